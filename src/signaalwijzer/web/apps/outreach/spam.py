"""Spam protection without third parties: honeypot, minimum fill time, rate limit per client.

The client is known only by an HMAC of its address with the secret key and the current hour, kept
in the cache for that hour. The raw address is never stored or logged.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest

TOKEN_SALT = "signaalwijzer.outreach.form-started"  # noqa: S105 - a namespace, not a secret
TOKEN_MAX_AGE_SECONDS = 24 * 3600
HONEYPOT_FIELD = "website"
TOKEN_FIELD = "started"  # noqa: S105 - a form field name


class TokenProblem(enum.Enum):
    OK = "ok"
    MISSING_OR_FORGED = "forged"
    TOO_FAST = "too_fast"
    EXPIRED = "expired"


def form_token_issue(*, now: float | None = None) -> str:
    """A signed timestamp of the moment the form was shown."""
    return signing.dumps(int(now if now is not None else time.time()), salt=TOKEN_SALT)


def form_token_check(*, token: str, now: float | None = None) -> TokenProblem:
    current = now if now is not None else time.time()
    try:
        started = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return TokenProblem.MISSING_OR_FORGED
    if not isinstance(started, int):
        return TokenProblem.MISSING_OR_FORGED
    elapsed = current - started
    if elapsed < settings.OUTREACH_MIN_FILL_SECONDS:
        return TokenProblem.TOO_FAST
    if elapsed > TOKEN_MAX_AGE_SECONDS:
        return TokenProblem.EXPIRED
    return TokenProblem.OK


def _client_address(request: HttpRequest) -> str:
    """The address of the client; behind a trusted proxy, the last hop it appended."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return str(forwarded.split(",")[-1].strip())
    return str(request.META.get("REMOTE_ADDR", ""))


def client_key(*, request: HttpRequest, scope: str, hour: int | None = None) -> str:
    """A cache key that identifies the client for one hour without revealing its address."""
    bucket = hour if hour is not None else int(time.time() // 3600)
    message = f"{scope}|{bucket}|{_client_address(request)}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
    return "outreach:rl:" + digest[:40]


def rate_limit_exceeded(*, request: HttpRequest, scope: str) -> bool:
    """Count this submission; True when the client went over the hourly limit."""
    limit = settings.OUTREACH_RATE_LIMIT
    if limit <= 0:
        return False
    key = client_key(request=request, scope=scope)
    if cache.add(key, 1, timeout=3600):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=3600)
        return False
    return count > limit
