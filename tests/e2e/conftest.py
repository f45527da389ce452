"""Shared end-to-end fixtures: a live server, Debian's Chromium via Playwright, a page that fails
the test when any request leaves the site's origin, and an axe-core check.

Use in any e2e test (mark it ``@pytest.mark.e2e``)::

    def test_something(page, live_url, axe_check):
        page.goto(live_url + "/")
        assert axe_check(page) == []
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API runs an event loop in this thread; Django's ORM (live server, fixtures)
# refuses to run there unless told this is fine (playwright-pytest #29, playwright-python #439).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: URL schemes that never leave the machine.
LOCAL_SCHEMES = {"data", "blob", "about"}


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright
        # While Playwright runs, asyncio counts as running in this thread, so Django (asgiref's
        # Local) keeps the database connections of later tests apart from the thread's own.
        # Close them here, or they outlive the test database, which PostgreSQL cannot drop then.
        from django.db import connections

        connections.close_all()


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture
def live_url(live_server: LiveServer) -> str:
    """Base URL of the live server, without a trailing slash."""
    return str(live_server.url).rstrip("/")


@pytest.fixture
def browser_context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    yield context
    context.close()


@pytest.fixture
def request_log() -> list[str]:
    """Every URL the page requested during the test (filled by the ``page`` fixture)."""
    return []


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


@pytest.fixture
def page(browser_context: BrowserContext, live_url: str, request_log: list[str]) -> Iterator[Page]:
    """A fresh page; after the test, fails if any request went anywhere but the live server.

    A test that deliberately leaves (quick exit) intercepts that URL with ``page.route`` and
    fulfils it locally; list such URLs in ``page.allowed_external`` (a set on the page object).
    """
    page = browser_context.new_page()
    allowed: set[str] = set()
    page.allowed_external = allowed  # type: ignore[attr-defined]
    page.on("request", lambda req: request_log.append(req.url))
    yield page
    home = _origin(live_url)
    leaks = [
        url
        for url in request_log
        if urlsplit(url).scheme not in LOCAL_SCHEMES
        and _origin(url) != home
        and not any(url.startswith(prefix) for prefix in allowed)
    ]
    page.close()
    assert leaks == [], f"requests left the site's origin: {leaks}"


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core (WCAG 2.0/2.1 A and AA rules only) on the current page; returns the violations."""
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    violations: list[dict[str, Any]] = results.response["violations"]
    return violations


@pytest.fixture
def axe_check() -> Callable[[Page], list[dict[str, Any]]]:
    """``axe_check(page)`` -> list of violations (each with id, impact, help and nodes)."""
    return run_axe


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """Readable one-line-per-node summary for assertion messages."""
    lines = []
    for violation in violations:
        for node in violation.get("nodes", []):
            lines.append(f"{violation['id']}: {node.get('target')} {violation.get('help')}")
    return "\n".join(lines)


@pytest.fixture
def describe_axe() -> Callable[[list[dict[str, Any]]], str]:
    return describe_violations
