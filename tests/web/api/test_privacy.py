"""Nothing a caller sends to POST /assess is stored or logged (only aggregate counters change)."""

from __future__ import annotations

import base64
import logging
import pickle
import zlib
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from .conftest import ASSESS, ApiClient

SECRET_TEXT = (
    "Mijn nichtje Fatima (16) moet van haar vriend Kevin in Zwolle met mannen naar bed. "
    "Hij heeft haar telefoon en haar paspoort afgepakt en ze moet hem geld geven."
)
FRAGMENTS = ["Fatima", "Kevin", "Zwolle", "nichtje"]


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()  # type: ignore[attr-defined]
        for model in apps.get_models()
    }


def stored_strings() -> list[str]:
    """Every text column of every table, plus the decoded cache values."""
    found: list[str] = []
    for model in apps.get_models():
        text_fields = [
            f.name
            for f in model._meta.concrete_fields
            if f.get_internal_type()
            in {"CharField", "TextField", "JSONField", "SlugField", "EmailField"}
        ]
        for row in model.objects.values_list(*text_fields) if text_fields else []:  # type: ignore[attr-defined]
            found.extend(str(value) for value in row)
    if str(settings.CACHES["default"]["BACKEND"]).endswith("RedisCache"):
        client = cache._cache.get_client()  # type: ignore[attr-defined]
        for key in client.keys("*"):
            found.append(key.decode())
            found.append(client.get(key).decode("utf-8", "replace"))
        return found
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM signaalwijzer_cache")
        for key, value in cursor.fetchall():
            found.append(key)
            raw = base64.b64decode(value)
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                pass
            found.append(repr(pickle.loads(raw)))  # noqa: S301 - our own test data
    return found


def test_assess_stores_and_logs_nothing_of_the_text(
    api: ApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    before = row_counts()
    with caplog.at_level(logging.DEBUG):
        response = api.post_json(ASSESS, {"text": SECRET_TEXT, "lang": "nl"})
    assert response.status_code == 200
    after = row_counts()
    changed = {label for label in after if after[label] != before[label]}
    assert changed <= {"stats.DailyCounter"}, changed

    stored = "\n".join(stored_strings())
    logged = "\n".join(record.getMessage() + repr(record.__dict__) for record in caplog.records)
    for fragment in FRAGMENTS:
        assert fragment not in stored
        assert fragment not in logged


def test_assess_answer_may_not_be_cached(api: ApiClient) -> None:
    response = api.post_json(ASSESS, {"text": SECRET_TEXT})
    assert "no-store" in response["Cache-Control"]


def test_refused_requests_log_nothing_of_the_body(
    api: ApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        api.post_json(ASSESS, {"text": SECRET_TEXT, "unknown": 1})
        api.post(ASSESS, SECRET_TEXT, content_type="text/plain")
        api.post(ASSESS, "{" + SECRET_TEXT, content_type="application/json")
    logged = "\n".join(r.getMessage() + repr(r.__dict__) for r in caplog.records)
    for fragment in FRAGMENTS:
        assert fragment not in logged


def test_stats_count_api_checks(api: ApiClient) -> None:
    counter = apps.get_model("stats", "DailyCounter")

    def api_checks() -> int:
        rows: Any = counter.objects.filter(key="api", metric="checks")
        return sum(r.count for r in rows)

    before = api_checks()  # on PostgreSQL the gunicorn tests may have counted some already
    api.post_json(ASSESS, {"text": SECRET_TEXT})
    api.post_json(ASSESS, {"urgent": True})
    api.post_json(ASSESS, {"text": "   "})  # refused: not a check
    assert api_checks() - before == 2
