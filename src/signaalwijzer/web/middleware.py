"""Headers Django does not set by itself."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


API_PREFIX = "/api/"
CORS_ALLOW_METHODS = "GET, POST, OPTIONS"
CORS_ALLOW_HEADERS = "Content-Type"
CORS_EXPOSE_HEADERS = "Retry-After"
CORS_MAX_AGE = "86400"


class ApiCorsMiddleware:
    """CORS for the JSON API only, for the partner sites in ``CORS_ALLOWED_ORIGINS``.

    Small on purpose: no credentials (the API has no cookies or logins), exact origin match, and
    nothing outside ``/api/``, so the public pages never become readable from other sites.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.allowed = frozenset(
            origin.rstrip("/").lower() for origin in settings.CORS_ALLOWED_ORIGINS
        )
        for origin in self.allowed:
            if not origin.startswith(("https://", "http://")) or origin.count("/") != 2:
                raise ImproperlyConfigured(
                    f"CORS_ALLOWED_ORIGINS entry {origin!r} is not like https://partner.example"
                )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        origin = request.headers.get("Origin", "")
        allowed = origin.lower() in self.allowed
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = HttpResponse(status=204)
            if allowed:
                response["Access-Control-Allow-Methods"] = CORS_ALLOW_METHODS
                response["Access-Control-Allow-Headers"] = CORS_ALLOW_HEADERS
                response["Access-Control-Max-Age"] = CORS_MAX_AGE
        else:
            response = self.get_response(request)
        if allowed:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Expose-Headers"] = CORS_EXPOSE_HEADERS
        patch_vary_headers(response, ("Origin",))
        return response
