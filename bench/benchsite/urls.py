"""Bench-only URLs: every production URL plus ``/__bench/bare/``, the baseline Django view.

The bare view goes through the same middleware stack as every page, so the difference between it
and a real page is what our views, templates and the engine cost.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from signaalwijzer.web.urls import handler400, handler404, handler500, urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("__bench/bare/", bare), *urlpatterns]
