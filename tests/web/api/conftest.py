"""Fixtures for the API tests: a client that posts JSON, a clean cache, a generous throttle."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from signaalwijzer.knowledge import KnowledgeBase, load_knowledge_base
from signaalwijzer.web.apps.api import throttling

ASSESS = "/api/v1/assess"


@pytest.fixture(autouse=True)
def _api_defaults(request: pytest.FixtureRequest, settings: Any) -> None:
    """Tests that are not about throttling must never hit it; every test starts uncounted.

    Tests against the gunicorn server get no database transaction of their own: on PostgreSQL
    it would hold locks on the cache table that the server's processes then wait for.
    """
    if "api_server" in request.fixturenames:
        return
    if "transactional_db" not in request.fixturenames:
        request.getfixturevalue("db")
    settings.API_THROTTLE_RATE = "100000/m"
    settings.STATS_FLUSH_SECONDS = 0  # recorded in the request, so tests can count at once
    cache.clear()
    throttling._leases.clear()


@pytest.fixture
def kb() -> KnowledgeBase:
    return load_knowledge_base()


class ApiClient(Client):
    def post_json(self, path: str, data: Any, **extra: Any) -> Any:
        return self.post(path, json.dumps(data), content_type="application/json", **extra)


@pytest.fixture
def api() -> ApiClient:
    return ApiClient(raise_request_exception=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def api_server(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under gunicorn (2 worker processes) on loopback; yields its base URL.

    On PostgreSQL it uses the test database pytest-django created; on SQLite a migrated file
    database of its own (the test database lives in memory, which other processes cannot see).
    """
    home = tmp_path_factory.mktemp("api_server")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings_test",
        "SIGNAALWIJZER_HOME": str(home),
        "API_THROTTLE_RATE": "100000/m",
        "STATS_FLUSH_SECONDS": "0.2",  # as in production: batched statistics
        "LOG_LEVEL": "WARNING",
    }
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(
            **{**settings_dict, "PORT": settings_dict["PORT"] or 5432}
        )
    else:
        env["DATABASE_URL"] = "sqlite:///" + str(home / "db.sqlite3")
        for command in (["migrate", "-v0"], ["createcachetable"]):
            subprocess.run([sys.executable, "-m", "django", *command], env=env, check=True)
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "signaalwijzer.web.wsgi:application",
            "--config",
            "python:signaalwijzer.web.gunicorn_conf",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/v1/health", timeout=2):  # noqa: S310
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
