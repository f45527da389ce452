"""JSON log lines without personal data: no IP addresses, no query strings, no request bodies.

Structured fields travel as ``extra={...}`` on the log call; only names in ``ALLOWED_EXTRA`` are
written, so a careless ``extra={"text": ...}`` never reaches the log. As a second line of defence,
anything that looks like an IPv4 or IPv6 address in the message or traceback is masked (Django and
gunicorn mention addresses in some of their own messages).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from datetime import UTC, datetime
from typing import Any

ALLOWED_EXTRA = frozenset(
    {
        "event",
        "error_type",
        "where",
        "path",
        "method",
        "status",
        "status_code",
        "duration_ms",
        "kind",
        "count",
        "command",
    }
)
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_IPV6_CANDIDATE = re.compile(r"[0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*")
MASK = "[address]"


def _mask_ipv6(match: re.Match[str]) -> str:
    # Only what really parses as an IPv6 address: "12:30:45" (a time) stays as it is.
    try:
        ipaddress.IPv6Address(match.group(0))
    except ValueError:
        return match.group(0)
    return MASK


def scrub(text: str) -> str:
    """Mask IP addresses (and so also any query string that carried one)."""
    return _IPV6_CANDIDATE.sub(_mask_ipv6, _IPV4.sub(MASK, text))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        for name in sorted(ALLOWED_EXTRA & record.__dict__.keys()):
            value = record.__dict__[name]
            entry[name] = value if isinstance(value, int | float | bool) else scrub(str(value))
        if record.exc_info:
            entry["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
