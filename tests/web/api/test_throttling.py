"""POSTs are limited per client, in the shared cache, keyed by an HMAC and never the address."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import RequestFactory
from pytest_django import Settings

from server_support import database_url, running_server, server_env
from signaalwijzer.web.apps.api import throttling
from signaalwijzer.web.apps.api.throttling import Rate, client_address, client_key, throttle_hit

from .conftest import ASSESS, ApiClient

BODY = {"urgent": True}
# Tests use a ten-year window, so a window boundary never falls in the middle of a test.
REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"


def post_from(api: ApiClient, address: str, **extra: Any) -> Any:
    return api.post_json(ASSESS, BODY, REMOTE_ADDR=address, **extra)


@pytest.fixture(params=["database", "redis"])
def shared_cache(request: pytest.FixtureRequest, settings: Settings) -> Iterator[str]:
    """Run the test on each cache that production shares between servers: the table or Redis.

    On Redis the test gets a key prefix of its own (counters outlive the test database there),
    and its keys are removed afterwards.
    """
    if request.param == "database":
        yield "database"
        return
    prefix = "test-" + uuid.uuid4().hex
    settings.CACHES = {
        "default": {
            "BACKEND": REDIS_BACKEND,
            "LOCATION": request.getfixturevalue("redis_url"),
            "KEY_PREFIX": prefix,
        }
    }
    throttling._leases.clear()
    try:
        yield "redis"
    finally:
        client = cache._cache.get_client()  # type: ignore[attr-defined]
        for key in client.scan_iter(prefix + ":*"):
            client.delete(key)


@pytest.mark.usefixtures("shared_cache")
def test_the_request_over_the_rate_gets_a_429_problem_with_retry_after(
    api: ApiClient, settings: Settings
) -> None:
    settings.API_THROTTLE_RATE = "3/3650d"
    statuses = [post_from(api, "198.51.100.7").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = post_from(api, "198.51.100.7")
    assert refused["Content-Type"] == "application/problem+json"
    assert refused.json()["status"] == 429
    assert int(refused["Retry-After"]) >= 1


def test_clients_are_counted_separately(api: ApiClient, settings: Settings) -> None:
    settings.API_THROTTLE_RATE = "2/3650d"
    for _ in range(2):
        assert post_from(api, "198.51.100.7").status_code == 200
    assert post_from(api, "198.51.100.7").status_code == 429
    assert post_from(api, "2001:db8::1").status_code == 200


def test_refused_bodies_count_too(api: ApiClient, settings: Settings) -> None:
    """Sending garbage is no way around the limit."""
    settings.API_THROTTLE_RATE = "2/3650d"
    for _ in range(2):
        response = api.post(ASSESS, b"{", content_type="application/json", REMOTE_ADDR="192.0.2.9")
        assert response.status_code == 400
    assert post_from(api, "192.0.2.9").status_code == 429


def test_gets_are_not_throttled(api: ApiClient, settings: Settings) -> None:
    settings.API_THROTTLE_RATE = "1/3650d"
    assert all(api.get("/api/v1/forms").status_code == 200 for _ in range(5))


def test_zero_rate_blocks_all_posts(api: ApiClient, settings: Settings) -> None:
    settings.API_THROTTLE_RATE = "0/3650d"
    assert post_from(api, "192.0.2.1").status_code == 429


@pytest.mark.usefixtures("shared_cache")
def test_the_cache_holds_an_hmac_not_the_address(api: ApiClient, settings: Settings) -> None:
    settings.API_THROTTLE_RATE = "5/3650d"
    address = "203.0.113.77"
    post_from(api, address)
    keys = stored_cache_keys()
    throttle_keys = [k for k in keys if "throttle:" in k]
    assert throttle_keys, keys
    assert all(address not in k and "203.0.113" not in k for k in keys)
    assert any(client_key(address) in k for k in throttle_keys)


def stored_cache_keys() -> list[str]:
    """Every key the shared cache holds, from the database table or from Redis."""
    if settings.CACHES["default"]["BACKEND"] == REDIS_BACKEND:
        client = cache._cache.get_client()  # type: ignore[attr-defined]
        return [key.decode() for key in client.scan_iter(cache.make_key("*"))]
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM signaalwijzer_cache")
        return [row[0] for row in cursor.fetchall()]


def test_hmac_depends_on_the_secret_key(settings: Settings) -> None:
    first = client_key("203.0.113.77")
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789"
    assert client_key("203.0.113.77") != first
    assert len(first) == 32


@pytest.mark.parametrize(
    ("behind_proxy", "hops", "forwarded", "expected"),
    [
        (False, 1, "203.0.113.5", "10.0.0.2"),
        (True, 1, "203.0.113.5", "203.0.113.5"),
        (True, 1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        (True, 2, "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (True, 1, "", "10.0.0.2"),
    ],
    ids=["direct-ignores-header", "one-proxy", "spoofed-left-part", "two-proxies", "no-header"],
)
def test_client_address_trusts_only_our_own_proxies(
    settings: Settings, behind_proxy: bool, hops: int, forwarded: str, expected: str
) -> None:
    settings.BEHIND_PROXY = behind_proxy
    settings.PROXY_HOPS = hops
    request = RequestFactory().post(ASSESS, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


@pytest.mark.parametrize(
    ("value", "limit", "period"),
    [("60/m", 60, 60), ("1000/h", 1000, 3600), ("10/5s", 10, 5), (" 7 / day ", 7, 86400)],
)
def test_rate_parsing(value: str, limit: int, period: int) -> None:
    assert Rate.parse(value) == Rate(limit=limit, period=period)


@pytest.mark.parametrize("value", ["", "60", "sixty/m", "60/w", "-1/m"])
def test_bad_rate_is_a_configuration_error(value: str) -> None:
    with pytest.raises(ImproperlyConfigured):
        Rate.parse(value)


HIT_SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.test import RequestFactory
    from signaalwijzer.web.apps.api.throttling import throttle_hit
    request = RequestFactory().post("/api/v1/assess", REMOTE_ADDR={address!r})
    print(",".join(
        "ok" if throttle_hit(scope="assess", request=request).allowed else "refused"
        for _ in range({count})
    ))
    """
)


def redis_client(redis_url: str) -> Any:
    from redis import Redis  # an optional extra: imported only once a server was found

    return Redis.from_url(redis_url)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("shared", ["database", "redis"])
def test_limit_holds_across_processes(
    request: pytest.FixtureRequest, tmp_path: Path, shared: str
) -> None:
    """Two separate OS processes (two app servers) share one counter: the database or Redis."""
    # An address of this run only: counters in Redis outlive the test database.
    address = "2001:db8::" + uuid.uuid4().hex[:4]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings_test",
        "API_THROTTLE_RATE": "3/3650d",
        "SIGNAALWIJZER_HOME": str(tmp_path),
        # The test run's PostgreSQL database (it has the cache table), or a SQLite file.
        "DATABASE_URL": database_url(tmp_path),
    }
    redis_url = ""
    if shared == "redis":
        redis_url = request.getfixturevalue("redis_url")
        # No cache table in the SQLite file: were CACHE_URL ignored, the throttle would find no
        # cache, let every request through and this test would fail.
        env["CACHE_URL"] = redis_url
        env["DATABASE_URL"] = "sqlite:///" + str(tmp_path / "no-cache-table.sqlite3")
    elif connection.vendor != "postgresql":
        subprocess.run([sys.executable, "-m", "django", "createcachetable"], env=env, check=True)

    def run(count: int) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", HIT_SCRIPT.format(count=count, address=address)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip().splitlines()[-1].split(",")

    assert run(2) == ["ok", "ok"]
    assert run(2) == ["ok", "refused"]
    if redis_url:  # the count is in Redis, under the address's HMAC
        client = redis_client(redis_url)
        keys = list(client.scan_iter(f"*throttle:assess:{client_key(address)}:*"))
        assert len(keys) == 1, keys
        client.delete(*keys)


def test_high_limits_are_counted_in_leases_that_never_pass_the_limit() -> None:
    """With 1000/m a process reserves 10 at a time; all processes together stay within 1000."""
    request = RequestFactory().post(ASSESS, REMOTE_ADDR="198.51.100.50")
    rate = Rate(limit=1000, period=3650 * 86400)
    key_part = client_key("198.51.100.50")

    def shared_total() -> int:
        assert all(key_part in k for k in throttling._leases)
        window_key = f"throttle:assess:{key_part}:{int(time.time()) // rate.period}"
        return int(cache.get(window_key) or 0)

    assert throttle_hit(scope="assess", request=request, rate=rate).allowed
    assert shared_total() == 10
    for _ in range(9):
        assert throttle_hit(scope="assess", request=request, rate=rate).allowed
    assert shared_total() == 10, "leased requests do not touch the shared counter"
    assert throttle_hit(scope="assess", request=request, rate=rate).allowed
    assert shared_total() == 20

    allowed = 11
    for _process in range(4):  # four "processes": each starts without leases
        throttling._leases.clear()
        while throttle_hit(scope="assess", request=request, rate=rate).allowed:
            allowed += 1
            assert allowed <= 1000
    assert allowed >= 1000 - 4 * 10
    total = shared_total()
    for _ in range(50):  # a flood after the limit: refused here, no more writes
        assert not throttle_hit(scope="assess", request=request, rate=rate).allowed
    assert shared_total() == total


def test_fixed_minute_window_and_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """2/m: the third request in the same minute is refused until the minute ends."""
    request = RequestFactory().post(ASSESS, REMOTE_ADDR="198.51.100.60")
    rate = Rate.parse("2/m")
    clock = [1_000_000_020.0 + 10]  # 10 s into a minute (1_000_000_020 is a multiple of 60)
    monkeypatch.setattr(throttling, "_clock", lambda: clock[0])
    assert throttle_hit(scope="assess", request=request, rate=rate).allowed
    clock[0] += 40
    assert throttle_hit(scope="assess", request=request, rate=rate).allowed
    clock[0] += 5
    refused = throttle_hit(scope="assess", request=request, rate=rate)
    assert not refused.allowed
    assert refused.retry_after == 5  # 55 s into the minute
    clock[0] += 5  # the next minute
    assert throttle_hit(scope="assess", request=request, rate=rate).allowed


def test_two_app_servers_share_one_limit_in_redis(redis_url: str, tmp_path: Path) -> None:
    """Two gunicorn servers, each on a database of its own, behind one load balancer.

    Only Redis (``CACHE_URL``) is shared, so only Redis can carry the count from one to the other.
    The proxy header names the client (``DJANGO_BEHIND_PROXY``): an address of this run only.
    """
    address = "2001:db8::" + uuid.uuid4().hex[:4]

    def app_server(name: str) -> AbstractContextManager[str]:
        home = tmp_path / name
        home.mkdir()
        env = server_env(
            home,
            CACHE_URL=redis_url,
            DATABASE_URL="sqlite:///" + str(home / "db.sqlite3"),
            API_THROTTLE_RATE="3/3650d",
            DJANGO_BEHIND_PROXY="1",
        )
        return running_server(env=env, ready_path="/api/v1/health", workers=1)

    def post(base: str) -> tuple[int, str | None]:
        request = urllib.request.Request(  # noqa: S310 - our own live test server
            base + ASSESS,
            data=json.dumps(BODY).encode(),
            headers={"Content-Type": "application/json", "X-Forwarded-For": address},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return response.status, response.headers.get("Retry-After")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Retry-After")

    with app_server("a") as first, app_server("b") as second:
        answers = [post(first), post(first), post(second), post(second), post(first)]
    statuses = [status for status, _ in answers]
    assert statuses == [200, 200, 200, 429, 429]
    assert all(int(retry or 0) >= 1 for status, retry in answers if status == 429)
    client = redis_client(redis_url)
    keys = list(client.scan_iter(f"*throttle:assess:{client_key(address)}:*"))
    assert len(keys) == 1, keys
    client.delete(*keys)
