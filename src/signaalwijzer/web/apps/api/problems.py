"""Errors as RFC 9457 problem details (``application/problem+json``).

Every refusal of the API has the same readable shape, so partner sites can show ``detail`` to
their visitors. Nothing here echoes the request body back or logs it.
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://signaalwijzer.nl/problems/"
"""Problem type URIs are identifiers (RFC 9457 §3.1.1); they need not resolve."""

TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid fields",
    429: "Too many requests",
    500: "Internal error",
    503: "Service unavailable",
}
TYPES = {
    400: "malformed-request",
    413: "request-too-large",
    415: "unsupported-media-type",
    422: "invalid-fields",
    429: "too-many-requests",
    503: "unavailable",
}

logger = logging.getLogger("signaalwijzer.api")


class ApiProblem(Exception):
    """Raised anywhere in the API to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        super().__init__(status, detail)


def problem_response(
    status: int,
    detail: str,
    *,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + TYPES[status] if status in TYPES else "about:blank",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _field_errors(exc: ValidationError) -> list[dict[str, Any]]:
    """Ninja's errors without pydantic's echo of the input (it may be the visitor's text)."""
    errors = []
    for error in exc.errors:
        loc = [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]
        if loc[:2] == ["body", "payload"]:  # ninja's name for the whole body; not a field
            loc = ["body", *loc[2:]]
        msg = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        errors.append({"loc": loc, "msg": msg, "type": str(error.get("type", "value_error"))})
    return errors


def _summary(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error["loc"] if p != "body") or "body"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts) or "The request has invalid fields."


def install_problem_handlers(api: NinjaAPI) -> None:
    @api.exception_handler(ApiProblem)
    def on_problem(request: HttpRequest, exc: ApiProblem) -> HttpResponse:
        return problem_response(exc.status, exc.detail, headers=exc.headers)

    @api.exception_handler(ValidationError)
    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = _field_errors(exc)
        return problem_response(422, _summary(errors), errors=errors)

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        status = exc.status_code if exc.status_code in TITLES else 400
        return problem_response(status, str(exc))

    @api.exception_handler(Http404)
    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return problem_response(404, "There is nothing at this address.")

    @api.exception_handler(Exception)
    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Only where it broke, never the message: it could quote the visitor's text.
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        logger.error(
            "api.unhandled_error",
            extra={
                "error_type": type(exc).__name__,
                "where": f"{frame.filename}:{frame.lineno}" if frame else "",
                "path": request.path,
            },
        )
        return problem_response(500, "Something went wrong on our side. Please try again later.")


def mark_problem_media_types(schema: dict[str, Any]) -> dict[str, Any]:
    """Document error responses with the media type they really have.

    Ninja describes every response as ``application/json``; problem documents are sent as
    ``application/problem+json``, and schemathesis (rightly) checks the difference.
    """
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values():
                body = (response.get("content") or {}).get("application/json")
                if body and str(body.get("schema", {}).get("$ref", "")).endswith("/ProblemOut"):
                    response["content"] = {PROBLEM_CONTENT_TYPE: body}
    return schema
