"""Bench-only URLs: every production URL plus ``/__bench/json/``, a bare Django JSON view.

It passes through the same middleware as the API, so the gap between the two is what the API
itself costs: body checks, throttle, validation, the engine, mapping and the stats counters.
"""

from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from signaalwijzer.web.urls import handler400, handler404, handler500, urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]


@csrf_exempt
def bare_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


urlpatterns = [path("__bench/json/", bare_json), *urlpatterns]
