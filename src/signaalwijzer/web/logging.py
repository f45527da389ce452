"""JSON log lines without personal data: no IP addresses, no query strings, no request bodies.

Structured fields travel as ``extra={...}`` on the log call; only names in ``ALLOWED_EXTRA`` are
written, so a careless ``extra={"text": ...}`` never reaches the log. As a second line of defence,
anything that looks like an IPv4 or IPv6 address in the message or traceback is masked (Django and
gunicorn mention addresses in some of their own messages).
"""

from __future__ import annotations

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
_IPV6 = re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}\b|\B::(?:[0-9a-fA-F]{1,4}:?)+\b")
MASK = "[address]"


def scrub(text: str) -> str:
    """Mask IP addresses (and so also any query string that carried one)."""
    return _IPV6.sub(MASK, _IPV4.sub(MASK, text))


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
