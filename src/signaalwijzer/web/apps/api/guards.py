"""Checks that run before ninja reads a POST body: throttle, media type, size, encoding, JSON.

Ninja would otherwise read any body it is given and answer every failure with one generic 400.
Partner sites get a precise, documented status instead (429, 415, 413, 400), and hostile bodies
(huge, deeply nested, not UTF-8, NaN) are refused before they reach the engine.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from ninja.parser import Parser

from signaalwijzer.web.apps.api.problems import ApiProblem, problem_response
from signaalwijzer.web.apps.api.throttling import throttle_hit

MAX_BODY_BYTES = 128 * 1024
"""Room for the longest allowed text even when every character is sent as a \\uXXXX escape."""

_PARSED = "_signaalwijzer_api_json"

Run = Callable[..., HttpResponseBase]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json_body(request: HttpRequest) -> Any:
    """The body as JSON, or ApiProblem with the exact reason it is not acceptable."""
    if request.content_type != "application/json":
        raise ApiProblem(415, "Send the body as JSON with 'Content-Type: application/json'.")
    charset = (request.content_params or {}).get("charset", "utf-8").lower()
    if charset not in {"utf-8", "utf8"}:
        raise ApiProblem(415, "Send the body encoded as UTF-8.")
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES:
        raise ApiProblem(413, f"The body is larger than {MAX_BODY_BYTES} bytes.")
    try:
        raw = request.body
    except RequestDataTooBig:
        raise ApiProblem(413, f"The body is larger than {MAX_BODY_BYTES} bytes.") from None
    if len(raw) > MAX_BODY_BYTES:
        raise ApiProblem(413, f"The body is larger than {MAX_BODY_BYTES} bytes.")
    if not raw.strip():
        raise ApiProblem(400, "The body is empty; send a JSON object.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiProblem(400, "The body is not valid UTF-8.") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ApiProblem(400, "The JSON is nested too deeply.") from None
    except ValueError as error:  # JSONDecodeError, NaN/Infinity, over-long integers
        position = f" (at character {error.pos})" if isinstance(error, json.JSONDecodeError) else ""
        raise ApiProblem(400, "The body is not valid JSON" + position + ".") from None


class GuardedJsonParser(Parser):
    """Hands ninja the body that ``json_post`` already checked and parsed."""

    def parse_body(self, request: HttpRequest) -> Any:
        if hasattr(request, _PARSED):
            return getattr(request, _PARSED)
        return parse_json_body(request)


def json_post(*, scope: str) -> Callable[[Run], Run]:
    """Wrap a ninja operation's ``run``: throttle first, then the body checks."""

    def decorator(run: Run) -> Run:
        @functools.wraps(run)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            decision = throttle_hit(scope=scope, request=request)
            if not decision.allowed:
                return problem_response(
                    429,
                    "Too many requests from this client. Please wait before trying again.",
                    headers={"Retry-After": str(decision.retry_after)},
                )
            try:
                setattr(request, _PARSED, parse_json_body(request))
            except ApiProblem as problem:
                return problem_response(problem.status, problem.detail, headers=problem.headers)
            return run(request, *args, **kwargs)

        return guarded

    return decorator


def no_store(response: HttpResponse) -> None:
    """The answer quotes the visitor's text: no cache on the way may keep it."""
    response["Cache-Control"] = "no-store, private"
