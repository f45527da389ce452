"""Per-client limit on API POSTs that holds across processes and app servers.

The counter lives in Django's default cache, which in production is shared: the database cache
table (every app server talks to the same PostgreSQL) or Redis (``CACHE_URL``). A fixed window per
client: ``add`` creates the window's counter, ``incr`` counts. On Redis ``incr`` is atomic; on the
database cache two simultaneous requests can occasionally count as one, which is close enough for
abuse protection and never lets a client through at more than about twice the rate.

The client is identified by an HMAC of its address with SECRET_KEY, so no IP address is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

logger = logging.getLogger("signaalwijzer.api")

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(s|sec|m|min|h|hour|d|day)\s*$")
_PERIODS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


@dataclass(frozen=True, slots=True)
class Rate:
    limit: int
    period: int

    @classmethod
    def parse(cls, value: str) -> Rate:
        """``"60/m"``, ``"1000/h"``, ``"10/5s"`` (10 per 5 seconds); ``"0/m"`` blocks everything."""
        match = _RATE.match(value)
        if not match:
            raise ImproperlyConfigured(
                f"API_THROTTLE_RATE {value!r} is not like '60/m' (number/[n]s|m|h|d)."
            )
        count, multiple, unit = match.groups()
        return cls(limit=int(count), period=int(multiple or 1) * _PERIODS[unit])


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    retry_after: int


def client_address(request: HttpRequest) -> str:
    """The visitor's address as the outermost trusted proxy saw it.

    Behind a load balancer REMOTE_ADDR is the proxy; the proxy appends the real address to
    X-Forwarded-For. Only the last DJANGO_PROXY_HOPS entries were written by our own proxies;
    anything left of them is what the client claimed, so it is never trusted.
    """
    remote = str(request.META.get("REMOTE_ADDR", ""))
    if not settings.BEHIND_PROXY:
        return remote
    forwarded = [p.strip() for p in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    forwarded = [p for p in forwarded if p]
    hops = max(1, settings.PROXY_HOPS)
    if len(forwarded) >= hops:
        return forwarded[-hops]
    return forwarded[0] if forwarded else remote


def client_key(address: str) -> str:
    """A pseudonym for the address: stable per SECRET_KEY, useless without it."""
    digest = hmac.new(
        settings.SECRET_KEY.encode("utf-8"), address.encode("utf-8"), hashlib.sha256
    ).hexdigest()
    return digest[:32]


_clock = time.time
"""The window clock (its own name, so tests can move it without moving Django's cache clock)."""

LEASE_FRACTION = 100
"""A process reserves at most 1% of a client's limit from the shared counter at a time."""
MAX_LEASES = 10_000

_leases: dict[str, int] = {}
_leases_lock = threading.Lock()


def _reserve(key: str, *, amount: int, timeout: int) -> int:
    """Add ``amount`` to the shared counter; returns the new total."""
    try:
        return cache.incr(key, amount)
    except ValueError:  # no counter yet for this window
        if cache.add(key, amount, timeout=timeout):
            return amount
        try:  # another request created it just now
            return cache.incr(key, amount)
        except ValueError:  # ... and it expired in between
            return amount


EXHAUSTED = -1


def _take_leased(key: str) -> bool | None:
    """True: a leased request is left; False: the client is over the limit; None: ask the cache."""
    with _leases_lock:
        left = _leases.get(key, 0)
        if left == EXHAUSTED:
            return False
        if left <= 0:
            return None
        _leases[key] = left - 1
        return True


def _keep_lease(key: str, tokens: int) -> None:
    with _leases_lock:
        if len(_leases) >= MAX_LEASES:  # old windows; dropping a lease only makes us stricter
            _leases.clear()
        if tokens == EXHAUSTED:
            _leases[key] = EXHAUSTED
        elif tokens > 0:
            _leases[key] = max(_leases.get(key, 0), 0) + tokens


def throttle_hit(*, scope: str, request: HttpRequest, rate: Rate | None = None) -> Decision:
    """Count one request of this client in ``scope``; say whether it is within the rate.

    Every request counts, but not every request writes: a process reserves a small lease of
    requests (1% of the limit, at least one) in the shared counter and hands them out locally.
    The shared counter never passes the limit, so all processes together never let a client
    through more often than the rate; the cost is that leases left unused in one process can
    make another refuse a little early (at most 1% of the limit per process). With a limit
    below 200 per period every request goes to the shared counter. Once a client is over the
    limit, a process remembers that until the window ends, so floods cost no writes.
    """
    rate = rate or Rate.parse(settings.API_THROTTLE_RATE)
    now = int(_clock())
    retry_after = max(1, rate.period - (now % rate.period))
    if rate.limit <= 0:
        return Decision(allowed=False, retry_after=rate.period)
    window = now // rate.period
    key = f"throttle:{scope}:{client_key(client_address(request))}:{window}"
    leased = _take_leased(key)
    if leased is not None:  # decided in this process, without a cache round trip
        return Decision(allowed=leased, retry_after=retry_after)
    lease = max(1, rate.limit // LEASE_FRACTION)
    try:
        total = _reserve(key, amount=lease, timeout=rate.period + 1)
    except Exception:  # noqa: BLE001 - a cache outage must not take the API down with it
        logger.warning("api.throttle_unavailable", extra={"event": "throttle_unavailable"})
        return Decision(allowed=True, retry_after=0)
    granted = max(0, min(lease, rate.limit - (total - lease)))
    if granted == 0:
        # Over the limit for the rest of this window: refuse here, no more writes for it.
        _keep_lease(key, EXHAUSTED)
        return Decision(allowed=False, retry_after=retry_after)
    _keep_lease(key, granted - 1)
    return Decision(allowed=True, retry_after=retry_after)
