"""The committed schema matches the code; every operation documents its errors; docs are local."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from signaalwijzer.web.apps.api.openapi import openapi_document

from .conftest import ApiClient

REPO = Path(__file__).resolve().parents[3]
COMMITTED = REPO / "docs" / "openapi.json"


def test_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == openapi_document(), (
        "docs/openapi.json is stale: run `signaalwijzer manage api_schema` and commit it"
    )


def test_served_schema_is_the_committed_one(api: ApiClient) -> None:
    served = api.get("/api/v1/openapi.json").json()
    assert served == json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_check_command_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "openapi.json"
    stale.write_text('{"openapi": "3.1.0"}\n', encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("api_schema", "--check", "--output", str(stale))
    call_command("api_schema", "--output", str(stale))
    call_command("api_schema", "--check", "--output", str(stale))


def test_every_operation_is_there_and_post_documents_its_problems() -> None:
    schema = json.loads(openapi_document())
    operations = {
        (method.upper(), path) for path, methods in schema["paths"].items() for method in methods
    }
    assert operations == {
        ("POST", "/api/v1/assess"),
        ("GET", "/api/v1/forms"),
        ("GET", "/api/v1/indicators"),
        ("GET", "/api/v1/channels"),
        ("GET", "/api/v1/version"),
        ("GET", "/api/v1/health"),
    }
    responses = schema["paths"]["/api/v1/assess"]["post"]["responses"]
    for status in ("400", "413", "415", "422", "429"):
        assert list(responses[status]["content"]) == ["application/problem+json"], status
    assert list(responses["200"]["content"]) == ["application/json"]


def test_docs_page_loads_everything_from_this_site(api: ApiClient) -> None:
    response = api.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls
    assert all(u.startswith("/static/") for u in urls), urls
    assert "cdn" not in html.lower()
    assert '"validatorUrl": null' in html  # Swagger would otherwise call validator.swagger.io
