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


def _count(key: str, *, timeout: int) -> int:
    try:
        return cache.incr(key)
    except ValueError:  # no counter yet for this window
        if cache.add(key, 1, timeout=timeout):
            return 1
        try:  # another request created it just now
            return cache.incr(key)
        except ValueError:  # ... and it expired in between
            return 1


def throttle_hit(*, scope: str, request: HttpRequest, rate: Rate | None = None) -> Decision:
    """Count one request of this client in ``scope``; say whether it is within the rate."""
    rate = rate or Rate.parse(settings.API_THROTTLE_RATE)
    if rate.limit <= 0:
        return Decision(allowed=False, retry_after=rate.period)
    now = int(time.time())
    window = now // rate.period
    key = f"throttle:{scope}:{client_key(client_address(request))}:{window}"
    try:
        count = _count(key, timeout=rate.period + 1)
    except Exception:  # noqa: BLE001 - a cache outage must not take the API down with it
        logger.warning("api.throttle_unavailable", extra={"event": "throttle_unavailable"})
        return Decision(allowed=True, retry_after=0)
    retry_after = max(1, rate.period - (now % rate.period))
    return Decision(allowed=count <= rate.limit, retry_after=retry_after)
