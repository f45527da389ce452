"""Fixtures for the API tests: a client that posts JSON, a clean cache, a generous throttle."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from pytest_django import Settings

from server_support import running_server, server_env
from signaalwijzer.knowledge import KnowledgeBase, load_knowledge_base
from signaalwijzer.web.apps.api import throttling
from signaalwijzer.web.env import env_bool

ASSESS = "/api/v1/assess"


@pytest.hookimpl(tryfirst=True)  # before pytest-django sorts the tests by their markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every API test as a database test, so pytest-django creates the test database.

    pytest-django decides at collection which databases to create, and in which order the tests
    run, from markers and fixture names; ``_api_defaults`` asks for ``db`` only at run time.
    Unmarked, a run of API tests alone used the real database of ``DATABASE_URL`` (clearing its
    cache table), and in a whole run they ran last, after the e2e tests. Tests against the
    gunicorn server get ``transaction=True``: the test database, but no transaction of their own.
    """
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and item.get_closest_marker("django_db") is None:
            server = "api_server" in getattr(item, "fixturenames", ())
            item.add_marker(pytest.mark.django_db(transaction=server))


@pytest.fixture(autouse=True)
def _api_defaults(request: pytest.FixtureRequest, settings: Settings) -> None:
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


REDIS_URL = os.environ.get("SIGNAALWIJZER_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_problem() -> str | None:
    """Why the Redis-backed cache cannot be tested here, or None when it can."""
    try:
        from redis import Redis, RedisError
    except ImportError:
        return "the redis package is missing (pip install 'signaalwijzer[redis]')"
    try:
        Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2).ping()
    except RedisError as error:
        return (
            f"no Redis server at {REDIS_URL} ({error}); start redis-server or point "
            "SIGNAALWIJZER_TEST_REDIS_URL at one"
        )
    return None


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A reachable Redis server for ``CACHE_URL``; skipped without one, unless CI demands it.

    CI (``.ci/run``) starts Redis and sets ``SIGNAALWIJZER_REQUIRE_REDIS=1``, so a missing or
    unreachable server fails the run there instead of quietly skipping the Redis tests.
    """
    problem = _redis_problem()
    if problem is not None:
        if env_bool("SIGNAALWIJZER_REQUIRE_REDIS"):
            pytest.fail(problem + " (required: SIGNAALWIJZER_REQUIRE_REDIS=1)", pytrace=False)
        pytest.skip(problem)
    return REDIS_URL


@pytest.fixture(scope="session")
def api_server(django_db_setup: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under gunicorn (2 worker processes) on loopback; yields its base URL.

    On PostgreSQL it uses the test database pytest-django created; on SQLite a migrated file
    database of its own (the test database lives in memory, which other processes cannot see).
    """
    home = tmp_path_factory.mktemp("api_server")
    env = server_env(
        home,
        API_THROTTLE_RATE="100000/m",
        STATS_FLUSH_SECONDS="0.2",  # as in production: batched statistics
    )
    with running_server(env=env, ready_path="/api/v1/health", workers=2) as base:
        yield base
