"""A public assessment leaves no trace but the counters: no text, no visit row, no IP."""

from __future__ import annotations

import base64
import pickle
from typing import cast

import pytest
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db

MARKER = "qz7xw9-unieke-zin"
TEXT = (
    "Mijn buurvrouw werkt elke dag veertien uur in de nagelsalon en krijgt geen loon. "
    "De baas heeft haar paspoort afgepakt en ze mag niet alleen naar buiten. " + MARKER
)
ADDRESS = "198.51.100.23"


def snapshot() -> dict[str, list[tuple[object, ...]]]:
    tables = connection.introspection.table_names()
    rows: dict[str, list[tuple[object, ...]]] = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows[table] = [tuple(row) for row in cursor.fetchall()]
    # The database cache stores base64-encoded pickles: decode them, so a text or address hidden
    # inside a cached value is found too.
    rows["signaalwijzer_cache (decoded)"] = [
        (key, pickle.loads(base64.b64decode(cast(str, value))))  # noqa: S301 - our own test database
        for key, value, _expires in rows.get("signaalwijzer_cache", [])
    ]
    return rows


def assert_only_counters_changed(before: dict[str, list[tuple[object, ...]]]) -> None:
    after = snapshot()
    changed = {
        t for t in after if sorted(map(repr, after[t])) != sorted(map(repr, before.get(t, [])))
    }
    assert changed == {"stats_dailycounter"}
    everything = repr(after)
    assert MARKER not in everything
    assert "paspoort" not in everything
    assert ADDRESS not in everything


def test_free_text_check_changes_only_the_counter_table() -> None:
    client = Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT="TraceTest/1.0")
    before = snapshot()
    assert sum(len(rows) for rows in before.values()) > 0  # the snapshot really reads the tables
    response = client.post("/beschrijf/", {"text": TEXT})
    assert response.status_code == 200
    assert MARKER in response.content.decode()  # the result did use the text ...
    assert_only_counters_changed(before)  # ... and forgot it
    from signaalwijzer.web.apps.stats.models import DailyCounter

    assert DailyCounter.objects.get(metric="checks", key="free_text").count == 1


def test_english_free_text_check_changes_only_the_counter_table() -> None:
    client = Client(REMOTE_ADDR=ADDRESS)
    before = snapshot()
    text = "My neighbour works fourteen hours a day, the boss took her passport. " + MARKER
    response = client.post("/en/beschrijf/", {"text": text})
    assert response.status_code == 200
    after = snapshot()
    changed = {t for t in after if sorted(map(repr, after[t])) != sorted(map(repr, before[t]))}
    assert changed == {"stats_dailycounter"}
    assert MARKER not in repr(after)
    assert "passport" not in repr(after)


def test_api_assessment_leaves_only_counters_and_an_anonymous_throttle_entry() -> None:
    client = Client(REMOTE_ADDR=ADDRESS)
    before = snapshot()
    response = client.post("/api/v1/assess", {"text": TEXT}, content_type="application/json")
    assert response.status_code == 200
    after = snapshot()
    changed = {t for t in after if sorted(map(repr, after[t])) != sorted(map(repr, before[t]))}
    # The API's rate limit may keep a short-lived cache entry per client; nothing else may change.
    assert changed <= {
        "stats_dailycounter",
        "signaalwijzer_cache",
        "signaalwijzer_cache (decoded)",
    }
    assert "stats_dailycounter" in changed
    everything = repr(after)
    assert MARKER not in everything
    assert "paspoort" not in everything
    assert ADDRESS not in everything
