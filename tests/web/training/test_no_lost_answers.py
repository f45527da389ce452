"""No answer is lost: 200 participants answer at the same moment against a real server.

The server is ``signaalwijzer serve`` (gunicorn, several worker processes) on the kind of database
the test run uses: a fresh SQLite file (WAL + busy timeout from settings) or the PostgreSQL test
database. Each participant joins through the join form (CSRF included), then all 200 post their
answer when a barrier releases them; afterwards every answer must be stored exactly once.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from server_support import running_server, server_env

PARTICIPANTS = 200
SIGNALS = ("mattresses", "passports", "late_hours", "cash_to_boss", "price_list")


class Server:
    def __init__(self, base: str, env: dict[str, str]) -> None:
        self.base = base
        self.env = env

    def manage_python(self, code: str) -> str:
        """Run Python in a Django shell on the server's database; returns its stdout."""
        result = subprocess.run(
            [str(Path(sys.executable).parent / "signaalwijzer"), "manage", "shell", "-c", code],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return result.stdout.strip()


# Marked before pytest-django orders the tests, so a run of this file alone on PostgreSQL uses the
# test database, never the real one named in DATABASE_URL (on SQLite the server gets its own file).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    env = server_env(tmp_path)
    with running_server(env=env, ready_path="/training/", workers=4) as base:
        yield Server(base, env)


class Phone:
    """One participant's browser: join with a nickname, then answer when the gun fires."""

    def __init__(self, base: str, number: int) -> None:
        self.base = base
        self.number = number
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.url = ""
        self.csrf = ""

    def join(self, code: str) -> None:
        with self.opener.open(f"{self.base}/training/live/{code}/", timeout=60) as response:
            html = response.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert token
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "code": code, "nickname": f"p{self.number}"}
        ).encode()
        with self.opener.open(self.base + "/training/live/", data=body, timeout=60) as response:
            self.url = response.url  # followed the redirect to the participant page
            html = response.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert token, "the open question is shown after joining"
        self.csrf = token.group(1)

    def choice(self) -> list[str]:
        """A different, known set of observations per participant (checked afterwards)."""
        return [s for bit, s in enumerate(SIGNALS) if self.number >> bit & 1]

    def answer(self, gun: threading.Barrier) -> int:
        fields = [
            ("csrfmiddlewaretoken", self.csrf),
            ("scene", "in_the_salon"),
            ("action", "note_and_report"),
            ("route", "labour_inspectorate"),
        ]
        fields += [("observation", o) for o in self.choice()]
        body = urllib.parse.urlencode(fields).encode()
        gun.wait()
        request = urllib.request.Request(self.url, data=body, method="POST")
        try:
            with self.opener.open(request, timeout=120) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)


def test_200_participants_answering_at_once_lose_no_answer(server: Server) -> None:
    code = server.manage_python(
        "from signaalwijzer.web.apps.training.models import Scenario;"
        "from signaalwijzer.web.apps.training.services import live_session_start, "
        "live_session_step;"
        "s = live_session_start(scenario=Scenario.objects.get(slug='nail_salon'), "
        "trainer_id=None);"
        "live_session_step(session=s, step='open');"
        "print(s.code)"
    ).splitlines()[-1]
    phones = [Phone(server.base, n) for n in range(1, PARTICIPANTS + 1)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(lambda phone: phone.join(code), phones))
    gun = threading.Barrier(PARTICIPANTS)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=PARTICIPANTS) as pool:
        statuses = list(pool.map(lambda phone: phone.answer(gun), phones))
    elapsed = time.monotonic() - started
    assert statuses == [200] * PARTICIPANTS  # redirect to "answer received" followed
    stored = json.loads(
        server.manage_python(
            "import json;"
            "from signaalwijzer.web.apps.training.models import Answer;"
            f"print(json.dumps([[a.participant.nickname, a.observations] for a in "
            f"Answer.objects.filter(session__code='{code}').select_related('participant')]))"
        ).splitlines()[-1]
    )
    assert len(stored) == PARTICIPANTS
    by_name = {name: sorted(observations) for name, observations in stored}
    assert by_name == {f"p{p.number}": sorted(p.choice()) for p in phones}
    assert elapsed < 60  # generous; the 10-second target is measured in bench/bench_live.py
