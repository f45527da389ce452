"""Live-session load: 200 participants answer within 10 seconds while everybody polls.

Against ``signaalwijzer serve`` (gunicorn, sync workers) on loopback with a fresh SQLite file
(WAL + busy timeout, as in production on one machine):

* a trainer logs in through the two-factor admin login and polls the chart fragment every
  half second with ``If-None-Match`` (what ``training.js`` does);
* 200 participants join through the join form (CSRF included); each then answers at a random
  moment within a 10-second window, and every participant polls the session state every 2 s
  with ``If-None-Match`` the whole time (what their phones do);
* afterwards the answers in the database are counted (target: none lost), and for every answer
  the time from "POST finished" to "the trainer's chart shows it" is computed (target: <= 2 s).

The load generator runs on the same machine, and so may other work: the figures include the
1-minute load average before the run and the CPU seconds used by the gunicorn workers and by the
load generator during the answering window, so a slow run can be told apart from a slow server.
"""

from __future__ import annotations

import http.cookiejar
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTICIPANTS = 200
WINDOW_S = 10.0
WORKERS = 4
TRAINER_POLL_S = 0.5  # as training.js
PARTICIPANT_POLL_S = float(os.environ.get("BENCH_LIVE_POLL", "3.0"))  # as training.js
TARGET_FRESHNESS_S = 2.0
STATIC_TOKEN = "bench1234"
OBSERVATIONS = ("mattresses", "passports", "late_hours", "cash_to_boss", "price_list")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.pop("CACHE_URL", None)
    env.update(
        {
            # Production settings module minus the manifest static storage (no collectstatic).
            "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings_test",
            "SIGNAALWIJZER_HOME": str(home),
            # BENCH_LIVE_DATABASE_URL: an empty PostgreSQL database to measure that instead.
            "DATABASE_URL": os.environ.get("BENCH_LIVE_DATABASE_URL")
            or "sqlite:///" + str(home / "db.sqlite3"),
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def manage_python(env: dict[str, str], code: str) -> str:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "signaalwijzer"), "manage", "shell", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def csrf(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token"
    return match.group(1)


def get_etag(
    client: urllib.request.OpenerDirector, url: str, etag: str | None
) -> tuple[int, str | None, str]:
    request = urllib.request.Request(url)
    if etag:
        request.add_header("If-None-Match", etag)
    try:
        with client.open(request, timeout=30) as response:
            return response.status, response.headers.get("ETag"), response.read().decode()
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return 304, etag, ""
        raise


def trainer_login(base: str, device_id: str) -> urllib.request.OpenerDirector:
    client = opener()
    login = base + "/admin/login/?next=/training/trainer/"
    with client.open(login, timeout=30) as response:
        token = csrf(response.read().decode())
    fields = {
        "csrfmiddlewaretoken": token,
        "username": "benchtrainer",
        "password": "bench-password-0123456789",
        "otp_device": device_id,
        "otp_token": STATIC_TOKEN,
        "next": "/training/trainer/",
    }
    with client.open(login, data=urllib.parse.urlencode(fields).encode(), timeout=30) as response:
        assert "/training/trainer/" in response.url, "trainer login failed"
    return client


class Participant:
    def __init__(self, base: str, code: str, number: int) -> None:
        self.base = base
        self.code = code
        self.number = number
        self.client = opener()
        self.url = ""
        self.token = ""
        self.status = 0
        self.done_at = 0.0
        self.latency = 0.0
        self.polls = 0
        self.not_modified = 0
        rng = random.Random(number)
        self.choice = [o for o in OBSERVATIONS if rng.random() < 0.5]
        self.offset = rng.uniform(0, WINDOW_S)

    def join(self) -> None:
        with self.client.open(f"{self.base}/training/live/{self.code}/", timeout=60) as r:
            token = csrf(r.read().decode())
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "code": self.code, "nickname": f"p{self.number}"}
        ).encode()
        with self.client.open(self.base + "/training/live/", data=body, timeout=60) as r:
            self.url = r.url
            self.token = csrf(r.read().decode())

    def run(self, start: float, stop: threading.Event) -> None:
        """Poll the state like the page does (next poll a fixed time after the last one
        returned); answer once, at ``start + offset``."""
        etag: str | None = None
        answered = False
        next_poll = start + random.uniform(0, PARTICIPANT_POLL_S)
        while not stop.is_set():
            now = time.monotonic()
            if not answered and now >= start + self.offset:
                self.answer()
                answered = True
                continue
            if now >= next_poll:
                try:
                    status, etag, _ = get_etag(self.client, self.url + "state", etag)
                except (urllib.error.URLError, OSError):
                    status = -1
                self.polls += 1
                self.not_modified += status == 304
                next_poll = time.monotonic() + PARTICIPANT_POLL_S
            wake = min(next_poll, start + self.offset if not answered else next_poll)
            stop.wait(max(0.0, wake - time.monotonic()))

    def answer(self) -> None:
        fields = [
            ("csrfmiddlewaretoken", self.token),
            ("scene", "in_the_salon"),
            ("action", "note_and_report"),
            ("route", "labour_inspectorate"),
        ] + [("observation", o) for o in self.choice]
        sent = time.monotonic()
        try:
            with self.client.open(
                self.url, data=urllib.parse.urlencode(fields).encode(), timeout=60
            ) as response:
                response.read()
                self.status = response.status
        except urllib.error.HTTPError as error:
            self.status = error.code
        except (urllib.error.URLError, OSError):
            self.status = -1
        self.latency = time.monotonic() - sent
        self.done_at = time.monotonic()


def _server_cpu(master_pid: int) -> float:
    """CPU seconds (user + system) used so far by the gunicorn master's worker processes."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master_pid:  # ppid
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> dict[str, object]:
    home = Path(tempfile.mkdtemp(prefix="bench-live-"))
    env = environment(home)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "signaalwijzer"),
            "serve",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/training/", timeout=2):  # noqa: S310
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stderr.read() if server.stderr else b""
                    raise RuntimeError(output.decode()[-2000:]) from None
                time.sleep(0.3)
        device_id, code = manage_python(
            env,
            "from django.contrib.auth.models import Group, User;"
            "from django_otp.plugins.otp_static.models import StaticDevice;"
            "from signaalwijzer.web.apps.training.models import Scenario;"
            "from signaalwijzer.web.apps.training.services import live_session_start, "
            "live_session_step;"
            "u = User.objects.create_user('benchtrainer', password='bench-password-0123456789',"
            " is_staff=True); u.groups.add(Group.objects.get(name='trainer'));"
            "d = StaticDevice.objects.create(user=u, name='bench');"
            f"d.token_set.create(token='{STATIC_TOKEN}');"
            "s = live_session_start(scenario=Scenario.objects.get(slug='nail_salon'), "
            "trainer_id=u.pk); live_session_step(session=s, step='open');"
            "print(d.persistent_id, s.code)",
        ).split()
        trainer = trainer_login(base, device_id)
        people = [Participant(base, code, n) for n in range(1, PARTICIPANTS + 1)]
        # The machine is shared; the figures mean little if it was already busy.
        load_before = round(os.getloadavg()[0], 2)
        join_started = time.monotonic()
        joiners = [threading.Thread(target=p.join) for p in people]
        for chunk in range(0, len(joiners), 25):
            batch = joiners[chunk : chunk + 25]
            for thread in batch:
                thread.start()
            for thread in batch:
                thread.join()
        join_seconds = time.monotonic() - join_started

        stop = threading.Event()
        chart: list[tuple[float, int]] = []  # (time the response arrived, answers shown)
        trainer_counts = {"polls": 0, "not_modified": 0}

        def trainer_poll() -> None:
            etag: str | None = None
            url = f"{base}/training/trainer/{code}/results"
            while not stop.is_set():
                status, etag, html = get_etag(trainer, url, etag)
                trainer_counts["polls"] += 1
                if status == 200:
                    shown = re.search(r"data-answered>(\d+)<", html)
                    chart.append((time.monotonic(), int(shown.group(1)) if shown else 0))
                else:
                    trainer_counts["not_modified"] += 1
                    if chart:
                        chart.append((time.monotonic(), chart[-1][1]))
                stop.wait(TRAINER_POLL_S)

        cpu_before = time.process_time()
        server_cpu_before = _server_cpu(server.pid)
        start = time.monotonic() + 0.5
        threads = [threading.Thread(target=p.run, args=(start, stop)) for p in people]
        poller = threading.Thread(target=trainer_poll)
        poller.start()
        for thread in threads:
            thread.start()
        # Wait until everybody has answered (or clearly failed), then two more trainer polls.
        deadline = start + WINDOW_S + 60.0
        while time.monotonic() < deadline and not all(p.done_at for p in people):
            time.sleep(0.2)
        time.sleep(2 * TRAINER_POLL_S + 0.5)
        stop.set()
        for thread in threads:
            thread.join()
        poller.join()
        window = time.monotonic() - start
        client_cpu = time.process_time() - cpu_before
        server_cpu = _server_cpu(server.pid) - server_cpu_before

        stored = int(
            manage_python(
                env,
                "from signaalwijzer.web.apps.training.models import Answer;"
                f"print(Answer.objects.filter(session__code='{code}').count())",
            )
        )
        ok = [p for p in people if p.status == 200]
        done = sorted(p.done_at for p in ok)
        freshness: list[float] = []
        for k, finished in enumerate(done, start=1):
            seen = next((t for t, n in chart if t >= finished and n >= k), None)
            if seen is not None:
                freshness.append(seen - finished)
        latencies = [p.latency * 1000 for p in ok]
        answer_span = (max(done) - min(done)) if done else 0.0
        polls = sum(p.polls for p in people)
        return {
            "database": env["DATABASE_URL"].split(":", 1)[0],
            "load_average_1min_before": load_before,
            "participants": PARTICIPANTS,
            "gunicorn_workers": WORKERS,
            "join_seconds": round(join_seconds, 1),
            "answers_sent_ok": len(ok),
            "answers_stored": stored,
            "answers_failed": PARTICIPANTS - len(ok),
            "answers_lost": len(ok) - stored,
            "answers_spread_s": round(answer_span, 1),
            "answer_latency_ms_p50": round(statistics.median(latencies), 1) if latencies else None,
            "answer_latency_ms_p95": round(percentile(latencies, 0.95), 1) if latencies else None,
            "answer_latency_ms_max": round(max(latencies), 1) if latencies else None,
            "chart_freshness_s_p50": round(statistics.median(freshness), 2) if freshness else None,
            "chart_freshness_s_max": round(max(freshness), 2) if freshness else None,
            "chart_freshness_measured": len(freshness),
            "chart_fresh_within_target": bool(freshness)
            and len(freshness) == len(done)
            and max(freshness) <= TARGET_FRESHNESS_S,
            "window_s": round(window, 1),
            "cpu_s_load_generator": round(client_cpu, 1),
            "cpu_s_gunicorn_workers": round(server_cpu, 1),
            "trainer_polls": trainer_counts["polls"],
            "trainer_304": trainer_counts["not_modified"],
            "participant_state_polls": polls,
            "participant_state_304_share": round(sum(p.not_modified for p in people) / polls, 2)
            if polls
            else None,
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    for key, value in main().items():
        print(f"{key}: {value}")
