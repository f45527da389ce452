"""axe-core (WCAG 2.1 A/AA) on every public page at 320 px and 1280 px, reflow at 320 px, and
screenshots at 375 px for a human to look at (written to var/screenshots/)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

PAGES = [
    "/",
    "/melden/",
    "/veilig-internetten/",
    "/privacy/",
    "/toegankelijkheid/",
    "/vormen/seksuele-uitbuiting/",
    "/vormen/arbeidsuitbuiting/",
    "/vormen/criminele-uitbuiting/",
    "/signaalcheck/",
    "/beschrijf/",
    "/bestaat-niet/",
]
RESULT_TEXT = (
    "In de nagelstudio om de hoek werkt een meisje dat geen Nederlands spreekt. Ze werkt elke dag "
    "tot laat en slaapt achter in de zaak. De eigenaar houdt haar paspoort en ze krijgt geen loon."
)
SHOTS = Path("var/screenshots")

AxeCheck = Callable[[Page], list[dict[str, Any]]]
DescribeAxe = Callable[[list[dict[str, Any]]], str]


def check_flow_pages(page: Page, live_url: str) -> Iterator[str]:
    """Yield after each step of the signal check and after both results."""
    page.goto(live_url + "/signaalcheck/")
    page.locator('input[name="setting"]').first.check()
    page.get_by_role("button", name="Volgende").click()
    yield "check-step-2"
    page.locator('input[name="signal"]').nth(0).check()
    page.locator('input[name="signal"]').nth(1).check()
    page.get_by_role("button", name="Volgende").click()
    yield "check-step-3"
    page.get_by_role("button", name="Bekijk het advies").click()
    yield "check-step-3-error"
    page.locator('input[name="urgent"][value="yes"]').check()
    page.get_by_role("button", name="Bekijk het advies").click()
    yield "check-result"
    page.goto(live_url + "/beschrijf/")
    page.locator("#text").fill(RESULT_TEXT)
    page.locator("form.free-text-form button[type=submit]").click()
    yield "free-text-result"


def assert_clean(page: Page, axe_check: AxeCheck, describe_axe: DescribeAxe, label: str) -> None:
    violations = axe_check(page)
    assert violations == [], f"{label}: {describe_axe(violations)}"


def assert_reflows(page: Page, label: str) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{label}: scrolls sideways by {overflow}px at 320px"


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_axe_information_pages(
    page: Page,
    live_url: str,
    axe_check: AxeCheck,
    describe_axe: DescribeAxe,
    width: int,
    prefix: str,
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    for path in PAGES:
        page.goto(live_url + prefix + path)
        assert_clean(page, axe_check, describe_axe, prefix + path)
        if width == 320:
            assert_reflows(page, prefix + path)


@pytest.mark.parametrize("width", [320, 1280])
def test_axe_check_steps_and_results(
    page: Page, live_url: str, axe_check: AxeCheck, describe_axe: DescribeAxe, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    for label in check_flow_pages(page, live_url):
        assert_clean(page, axe_check, describe_axe, label)
        if width == 320:
            assert_reflows(page, label)


def test_screenshots_at_375(page: Page, live_url: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_url + "/")
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)
    page.screenshot(path=str(SHOTS / "home-top.png"))
    page.goto(live_url + "/signaalcheck/")
    page.screenshot(path=str(SHOTS / "check-step-1.png"), full_page=True)
    page.screenshot(path=str(SHOTS / "check-step-1-top.png"))
    for label in check_flow_pages(page, live_url):
        page.screenshot(path=str(SHOTS / f"{label}.png"), full_page=True)
        page.screenshot(path=str(SHOTS / f"{label}-top.png"))
    for name in ("home", "check-step-1", "check-step-2", "check-result", "free-text-result"):
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000
