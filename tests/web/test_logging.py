"""Log lines are JSON with allow-listed fields only, and never carry an IP address."""

from __future__ import annotations

import json
import logging
import sys

from signaalwijzer.web.logging import JsonFormatter, scrub


def format_record(message: str, *args: object, **extra: object) -> dict[str, object]:
    record = logging.LogRecord(
        "signaalwijzer.test", logging.WARNING, __file__, 1, message, args, None
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return dict(json.loads(JsonFormatter().format(record)))


def test_a_line_is_json_with_time_level_logger_and_message() -> None:
    line = format_record("api.throttle_unavailable")
    assert line["level"] == "WARNING"
    assert line["logger"] == "signaalwijzer.test"
    assert line["message"] == "api.throttle_unavailable"
    assert str(line["time"]).endswith("+00:00")


def test_only_allow_listed_extra_fields_are_written() -> None:
    line = format_record(
        "api.unhandled_error", error_type="KeyError", status=500, text="mijn buurman", ip="1.2.3.4"
    )
    assert line["error_type"] == "KeyError"
    assert line["status"] == 500
    assert "text" not in line and "ip" not in line
    assert "mijn buurman" not in json.dumps(line)


def test_addresses_are_masked_in_message_fields_and_tracebacks() -> None:
    line = format_record("Invalid request from ip=%s via %s", "203.0.113.9", "2001:db8::7")
    assert "203.0.113.9" not in str(line["message"]) and "2001:db8" not in str(line["message"])
    assert str(line["message"]).count("[address]") == 2
    assert format_record("x", path="/api/v1/assess?from=198.51.100.4")["path"] == (
        "/api/v1/assess?from=[address]"
    )
    try:
        raise ValueError("client 192.0.2.1 broke it")
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    line = json.loads(JsonFormatter().format(record))
    assert "192.0.2.1" not in line["exception"] and "[address]" in line["exception"]


def test_scrub_leaves_versions_times_and_phone_numbers_alone() -> None:
    for text in ("kb 2026.11.1", "at 12:30:45", "bel 0900-8844", "version 1.7.1"):
        assert scrub(text) == text
