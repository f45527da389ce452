"""No request is ever lost: 500 simultaneous submissions to a real multi-process server.

The server is ``signaalwijzer serve`` (gunicorn, 4 worker processes) on the same kind of database
the test run uses: a fresh SQLite file (WAL + busy timeout from settings) or the PostgreSQL test
database. Every submission goes through the whole stack (CSRF, spam checks, form, service).
"""

from __future__ import annotations

import http.client
import http.cookiejar
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.db import connection

from server_support import running_server, server_env

SUBMISSIONS = 500
FORM_PATH = "/aanbod/aanvragen/"


@pytest.fixture
def server(transactional_db: None, tmp_path: Path) -> Iterator[tuple[str, str]]:
    # transactional_db: on PostgreSQL the server writes to the test database itself.
    env = server_env(
        tmp_path,
        OUTREACH_RATE_LIMIT="0",  # one client sends all 500; the limit is tested elsewhere
        OUTREACH_MIN_FILL_SECONDS="0",
    )
    with running_server(env=env, ready_path=FORM_PATH, workers=4) as base:
        yield base, env["DATABASE_URL"]


class Submitter:
    """One browser: GET the form (cookie + tokens), then POST it when the starting gun fires."""

    def __init__(self, base: str, number: int) -> None:
        self.base = base
        self.number = number
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.fields: dict[str, str] = {}

    def prepare(self) -> None:
        with self.opener.open(self.base + FORM_PATH, timeout=60) as response:
            html = response.read().decode()
        for name in ("csrfmiddlewaretoken", "started"):
            match = re.search(rf'name="{name}" value="([^"]+)"', html)
            assert match, name
            self.fields[name] = match.group(1)

    def submit(self, gun: threading.Barrier) -> int:
        data = {
            **self.fields,
            "website": "",
            "organisation": f"Organisatie {self.number}",
            "sector": "care",
            "contact_name": "Test Persoon",
            "email": f"persoon{self.number}@example.org",
            "phone": "050 123 4567",
            "participants": "12",
            "session_type": "awareness",
            "preferred_period": "najaar",
            "location": "Leeuwarden",
            "remarks": "",
        }
        body = urllib.parse.urlencode(data).encode()
        gun.wait()
        request = urllib.request.Request(self.base + FORM_PATH, data=body, method="POST")
        try:
            with self.opener.open(request, timeout=120) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)
        except (urllib.error.URLError, OSError, http.client.HTTPException):
            return -1  # connection dropped or timed out: counted as a failure


def stored(url: str) -> set[str]:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return {
                row[0] for row in db.execute("SELECT organisation FROM outreach_sessionrequest")
            }
    from signaalwijzer.web.apps.outreach.models import SessionRequest

    return set(SessionRequest.objects.values_list("organisation", flat=True))


def test_500_concurrent_submissions_are_all_stored(server: tuple[str, str]) -> None:
    base, url = server
    t0 = time.monotonic()
    submitters = [Submitter(base, n) for n in range(SUBMISSIONS)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(Submitter.prepare, submitters))
    t1 = time.monotonic()
    gun = threading.Barrier(SUBMISSIONS)
    with ThreadPoolExecutor(max_workers=SUBMISSIONS) as pool:
        statuses = list(pool.map(lambda s: s.submit(gun), submitters))
    print(f"prepare {t1 - t0:.1f}s submit {time.monotonic() - t1:.1f}s")
    # urllib follows the redirect to the thank-you page.
    assert statuses.count(200) == SUBMISSIONS, {
        code: statuses.count(code) for code in set(statuses)
    }
    assert stored(url) == {f"Organisatie {n}" for n in range(SUBMISSIONS)}
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite connection settings")
@pytest.mark.django_db
def test_sqlite_connections_wait_for_the_write_lock() -> None:
    """The settings behind the test above: a 20 s busy timeout and BEGIN IMMEDIATE."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == 20_000
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in connection.settings_dict["OPTIONS"]["init_command"]
