"""Start the real app (``signaalwijzer serve``: migrate, then gunicorn) for multi-process tests.

Concurrency tests (no lost requests, answers, counts) need several worker processes on a database
they all share: the PostgreSQL test database, or on SQLite a file of the test's own (pytest-django's
in-memory test database is invisible to other processes).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

SIGNAALWIJZER = str(Path(sys.executable).parent / "signaalwijzer")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def database_url(home: Path) -> str:
    """The test run's PostgreSQL database, or a fresh SQLite file under ``home``."""
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        return "postgres://{}:{}@{}:{}/{}".format(
            urllib.parse.quote(s["USER"]),
            urllib.parse.quote(s["PASSWORD"]),
            s["HOST"] or "127.0.0.1",
            s["PORT"] or 5432,
            s["NAME"],
        )
    return "sqlite:///" + str(home / "db.sqlite3")


def server_env(home: Path, **overrides: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings_test",
        "DATABASE_URL": database_url(home),
        "SIGNAALWIJZER_HOME": str(home),
        "LOG_LEVEL": "WARNING",
        **overrides,
    }


@contextmanager
def running_server(
    *, env: dict[str, str], ready_path: str, workers: int = 2, timeout: float = 120
) -> Iterator[str]:
    """Serve the app on a free loopback port; yields the base URL once ``ready_path`` gives 200."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
        [SIGNAALWIJZER, "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(base + ready_path, timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                assert process.stderr is not None
                raise RuntimeError(
                    "server did not start: " + process.stderr.read().decode()[-2000:]
                )
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
