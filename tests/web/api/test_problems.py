"""Every refusal is a problem document with the right status; hostile input never gives a 500."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings

from signaalwijzer.engine import MAX_TEXT_CHARS
from signaalwijzer.web.apps.api import api as api_module
from signaalwijzer.web.apps.api.guards import MAX_BODY_BYTES

from .conftest import ASSESS, ApiClient


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/problem+json"
    body: dict[str, Any] = json.loads(response.content)
    assert body["status"] == status
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["detail"] and "Traceback" not in body["detail"]
    return body


def post_raw(client: Client, body: bytes | str, content_type: str = "application/json") -> Any:
    return client.post(ASSESS, body, content_type=content_type)


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b'{"text": "a",}',
        b"not json at all",
        b'{"text": NaN}',
        b'{"text": "x", "signals": [Infinity]}',
        b"[" * 50_000 + b"]" * 50_000,
        b'{"n": ' + b"9" * 5000 + b"}",
        b"   ",
    ],
    ids=["cut", "trailing-comma", "prose", "nan", "infinity", "deep", "huge-int", "blank"],
)
def test_malformed_json_is_400(api: ApiClient, body: bytes) -> None:
    assert_problem(post_raw(api, body), 400)


@pytest.mark.parametrize(
    "body",
    ['{"text": "caf\xe9"}'.encode("latin-1"), b"\xff\xfe{\x00}\x00", b'{"text": "\xc3("}'],
    ids=["latin-1", "utf-16", "broken-utf-8"],
)
def test_body_that_is_not_utf8_is_400(api: ApiClient, body: bytes) -> None:
    problem = assert_problem(post_raw(api, body), 400)
    assert "UTF-8" in problem["detail"]


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin-1",
    ],
)
def test_wrong_content_type_is_415(api: ApiClient, content_type: str) -> None:
    assert_problem(post_raw(api, b'{"text": "hallo"}', content_type), 415)


def test_json_with_utf8_charset_parameter_is_accepted(api: ApiClient) -> None:
    response = post_raw(api, '{"text": "café"}'.encode(), "application/json; charset=UTF-8")
    assert response.status_code == 200


def test_body_over_the_limit_is_413(api: ApiClient) -> None:
    body = json.dumps({"text": "a" * (MAX_BODY_BYTES + 10)})
    assert_problem(post_raw(api, body), 413)


def test_declared_length_over_the_limit_is_413_without_reading(api: ApiClient) -> None:
    response = api.post(
        ASSESS, b"{}", content_type="application/json", CONTENT_LENGTH=str(10 * MAX_BODY_BYTES)
    )
    assert_problem(response, 413)


def test_body_over_djangos_own_limit_is_413(api: ApiClient, settings: Settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    assert_problem(post_raw(api, json.dumps({"text": "b" * 2000})), 413)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"text": 5}, "text"),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, "text"),
        ({"text": "hallo", "lang": "de"}, "lang"),
        ({"text": "hallo", "signals": "passport_held"}, "signals"),
        ({"text": "hallo", "signals": ["<script>alert(1)</script>"]}, "signals"),
        ({"text": "hallo", "extra": 1}, "extra"),
        ({"text": "\ud800 hallo"}, "text"),
        ({"text": "   "}, None),
        ({}, None),
        ([], None),
        ("text", None),
    ],
    ids=[
        "text-number",
        "text-too-long",
        "lang",
        "signals-string",
        "signals-markup",
        "unknown-field",
        "lone-surrogate",
        "blank-text",
        "empty-object",
        "array",
        "string",
    ],
)
def test_invalid_fields_are_422_with_the_field_named(
    api: ApiClient, payload: Any, field: str | None
) -> None:
    problem = assert_problem(api.post_json(ASSESS, payload), 422)
    if field is not None:
        assert any(field in e["loc"] for e in problem["errors"]), problem


def test_422_does_not_echo_the_input(api: ApiClient) -> None:
    secret = "mijn zus wordt vastgehouden in Zwolle " * 10
    problem = assert_problem(api.post_json(ASSESS, {"text": secret, "bogus": True}), 422)
    assert "vastgehouden" not in json.dumps(problem)


def test_unknown_signal_ids_are_422(api: ApiClient) -> None:
    problem = assert_problem(api.post_json(ASSESS, {"signals": ["no_such_signal"]}), 422)
    assert "no_such_signal" in problem["detail"]


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "'; DROP TABLE stats_dailycounter; --",
        "\x00\x01\x02\x1b[31m control \u202e reversed \ufeff",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧 ﷽" * 50,
        "a" * MAX_TEXT_CHARS,
        "paspoort " * 1000,
        "{{ settings.SECRET_KEY }} %(x)s {0}",
    ],
    ids=["markup", "sql", "control", "astral", "max-length", "repeated-word", "templates"],
)
def test_hostile_text_gets_an_answer_not_an_error(api: ApiClient, text: str) -> None:
    response = api.post_json(ASSESS, {"text": text})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    for signal in body["signals"]:
        for span in signal["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_unknown_api_address_and_method_are_problems(api: ApiClient) -> None:
    assert_problem(api.get("/api/v1/no-such-thing"), 404)
    response = api.get(ASSESS)
    assert_problem(response, 405)
    assert "POST" in response["Allow"]


def test_unexpected_error_is_a_500_problem_without_details_in_body_or_log(
    api: ApiClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Jan de Vries uit Assen"

    def broken(**kwargs: Any) -> Any:
        raise RuntimeError("engine crashed on: " + kwargs["text"])

    monkeypatch.setattr(api_module, "assess", broken)
    with caplog.at_level(logging.DEBUG):
        response = api.post_json(ASSESS, {"text": secret})
    body = assert_problem(response, 500)
    assert secret not in json.dumps(body)
    assert "RuntimeError" not in json.dumps(body)
    assert any(r.getMessage() == "api.unhandled_error" for r in caplog.records)
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert secret not in str(record.__dict__)
