"""``/api/v1/``: the ninja API's own URLs (operations, ``openapi.json``, ``docs``).

Unknown addresses and methods under ``/api/v1/`` answer with problem details too, not with the
website's HTML error pages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.urls import URLPattern, URLResolver, re_path

from signaalwijzer.web.apps.api.api import api
from signaalwijzer.web.apps.api.problems import problem_response

app_name = "api"


def _problem_for_405(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        if response.status_code == 405:
            allow = response.get("Allow", "")
            return problem_response(
                405,
                "This address does not accept " + str(request.method)[:10] + ".",
                headers={"Allow": allow},
            )
        return response

    return wrapped


def not_found(request: HttpRequest, rest: str = "") -> HttpResponseBase:
    return problem_response(404, "There is nothing at this address; see /api/v1/docs.")


def _api_patterns() -> list[URLPattern | URLResolver]:
    patterns: list[URLPattern | URLResolver] = []
    for pattern in api.urls[0]:
        if isinstance(pattern, URLPattern):
            pattern.callback = _problem_for_405(pattern.callback)
        patterns.append(pattern)
    return patterns


urlpatterns: list[URLPattern | URLResolver] = [
    *_api_patterns(),
    re_path(r"^(?P<rest>.*)$", not_found, name="not-found"),
]
