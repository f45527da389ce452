"""CORS: only partner origins from the allow-list, only for /api/, never with credentials."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from pytest_django import Settings

from signaalwijzer.web.middleware import ApiCorsMiddleware

from .conftest import ASSESS, ApiClient

PARTNER = "https://www.gemeente.example"


@pytest.fixture(autouse=True)
def _partners(settings: Settings) -> None:
    settings.CORS_ALLOWED_ORIGINS = [PARTNER, "https://campagne.example/"]


def test_partner_origin_may_read_api_answers(api: ApiClient) -> None:
    response = api.post_json(ASSESS, {"urgent": True}, HTTP_ORIGIN=PARTNER)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert "Origin" in response["Vary"]
    assert "Access-Control-Allow-Credentials" not in response


def test_trailing_slash_in_setting_still_matches(api: ApiClient) -> None:
    response = api.get("/api/v1/forms", HTTP_ORIGIN="https://campagne.example")
    assert response["Access-Control-Allow-Origin"] == "https://campagne.example"


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "http://www.gemeente.example", "null", PARTNER + ".evil"]
)
def test_other_origins_get_no_cors_headers(api: ApiClient, origin: str) -> None:
    response = api.get("/api/v1/forms", HTTP_ORIGIN=origin)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert "Origin" in response["Vary"]


def test_preflight_for_partner_allows_json_posts(api: ApiClient) -> None:
    response = api.options(
        ASSESS,
        HTTP_ORIGIN=PARTNER,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "Content-Type" in response["Access-Control-Allow-Headers"]


def test_preflight_for_stranger_allows_nothing(api: ApiClient) -> None:
    response = api.options(
        ASSESS, HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in response
    assert "Access-Control-Allow-Methods" not in response


def test_public_pages_never_get_cors_headers(api: ApiClient) -> None:
    response = api.get("/.well-known/security.txt", HTTP_ORIGIN=PARTNER)
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.parametrize("origin", ["gemeente.example", "https://a.example/path", "*"])
def test_malformed_allow_list_entry_is_a_configuration_error(
    settings: Settings, origin: str
) -> None:
    settings.CORS_ALLOWED_ORIGINS = [origin]

    def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse()

    with pytest.raises(ImproperlyConfigured):
        ApiCorsMiddleware(view)
