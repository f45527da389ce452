"""``/.well-known/security.txt`` (RFC 9116): where to report a vulnerability.

Dutch government sites are expected to publish it ("pas toe of leg uit" since 2023).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

DEFAULT_VALIDITY = datetime.timedelta(days=180)


def security_txt_expires() -> datetime.datetime:
    """SECURITY_TXT_EXPIRES if set, else 180 days ahead: never a stale file (RFC 9116 §2.5.5)."""
    configured = settings.SECURITY_TXT_EXPIRES
    if configured:
        day = datetime.date.fromisoformat(configured)
        return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)
    today = timezone.now().astimezone(datetime.UTC).replace(hour=0, minute=0, second=0)
    return today.replace(microsecond=0) + DEFAULT_VALIDITY


@require_GET
def security_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        "Expires: " + security_txt_expires().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Preferred-Languages: nl, en",
        "Canonical: " + request.build_absolute_uri("/.well-known/security.txt"),
    ]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
