"""The request form works by keyboard alone, and the outreach pages have no axe violations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page
from pytest_django import Settings

from signaalwijzer.web.apps.outreach.models import SessionRequest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FORM_ORDER = [
    "id_organisation",
    "id_sector",
    "id_contact_name",
    "id_email",
    "id_phone",
    "id_session_type",
    "id_participants",
    "id_preferred_period",
    "id_location",
    "id_remarks",
]


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings: Settings) -> None:
    # The minimum fill time is tested in the view tests; here only the keyboard matters.
    settings.OUTREACH_MIN_FILL_SECONDS = 0


def focused_id(page: Page) -> str:
    return str(page.evaluate("document.activeElement && document.activeElement.id"))


def tab_to(page: Page, element_id: str, limit: int = 40) -> int:
    """Press Tab until ``element_id`` has focus; returns how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if focused_id(page) == element_id:
            return presses
    raise AssertionError(f"{element_id} not reachable with Tab (last focus: {focused_id(page)})")


def test_request_form_by_keyboard_only(
    page: Page,
    live_url: str,
    axe_check: Callable[[Page], list[dict[str, Any]]],
    describe_axe: Callable[[list[dict[str, Any]]], str],
) -> None:
    page.goto(live_url + "/aanbod/aanvragen/")
    violations = axe_check(page)
    assert violations == [], describe_axe(violations)

    tab_to(page, FORM_ORDER[0])
    values = {
        "id_organisation": "Buurthuis De Linde",
        "id_contact_name": "Noor Bakker",
        "id_email": "noor@delinde.example",
        "id_phone": "050 765 4321",
        "id_participants": "18",
        "id_preferred_period": "oktober",
        "id_location": "Emmen",
        "id_remarks": "Liefst op dinsdag.",
    }
    for index, element_id in enumerate(FORM_ORDER):
        assert focused_id(page) == element_id, "tab order follows the visual order"
        if element_id in values:
            page.keyboard.type(values[element_id])
        else:  # a closed <select>: the arrow keys choose an option
            page.keyboard.press("ArrowDown")
            page.keyboard.press("ArrowDown")
        if index + 1 < len(FORM_ORDER):
            page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/aanbod/aanvragen/bedankt/")
    item = SessionRequest.objects.get()
    assert (item.organisation, item.email, item.participants) == (
        "Buurthuis De Linde",
        "noor@delinde.example",
        18,
    )
    assert item.sector and item.session_type  # chosen with the arrow keys
    violations = axe_check(page)
    assert violations == [], describe_axe(violations)


def test_errors_are_announced_and_lead_back_to_the_field(
    page: Page,
    live_url: str,
    axe_check: Callable[[Page], list[dict[str, Any]]],
    describe_axe: Callable[[list[dict[str, Any]]], str],
) -> None:
    page.goto(live_url + "/aanbod/aanvragen/")
    tab_to(page, FORM_ORDER[0])
    page.keyboard.type("Alleen de organisatie")
    page.focus("button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator("#error-summary")
    assert summary.get_attribute("role") == "alert"
    assert "Vul dit veld in." in summary.inner_text()
    assert page.title().startswith("Fout:")
    # The first link in the summary takes keyboard users to the field with the problem.
    page.locator("#error-summary a").first.focus()
    page.keyboard.press("Enter")
    assert focused_id(page) == "id_sector"
    assert page.get_attribute("#id_sector", "aria-invalid") == "true"
    assert SessionRequest.objects.count() == 0
    violations = axe_check(page)
    assert violations == [], describe_axe(violations)


@pytest.mark.parametrize("path", ["/aanbod/", "/doe-mee/", "/en/aanbod/", "/en/doe-mee/"])
def test_outreach_pages_have_no_axe_violations(
    page: Page,
    live_url: str,
    path: str,
    axe_check: Callable[[Page], list[dict[str, Any]]],
    describe_axe: Callable[[list[dict[str, Any]]], str],
) -> None:
    page.goto(live_url + path)
    violations = axe_check(page)
    assert violations == [], describe_axe(violations)


def test_staff_dashboard_has_no_axe_violations(
    page: Page,
    live_url: str,
    axe_check: Callable[[Page], list[dict[str, Any]]],
    describe_axe: Callable[[list[dict[str, Any]]], str],
) -> None:
    from django.contrib.auth.models import Group, User
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    from signaalwijzer.web.apps.accounts.roles import ROLE_COORDINATOR
    from signaalwijzer.web.apps.stats.services import counter_increment

    user = User.objects.create_user("coordinator-e2e", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get_or_create(name=ROLE_COORDINATOR)[0])
    device = StaticDevice.objects.create(user=user, name="e2e")
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    counter_increment(metric="checks", key="free_text", amount=4)
    counter_increment(metric="forms", key="labour_exploitation", amount=2)
    page.context.add_cookies(
        [{"name": "sessionid", "value": session.session_key or "", "url": live_url}]
    )
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.goto(live_url + "/staff/stats/")
    assert page.locator("h1").inner_text() == "Statistieken"
    assert console_errors == []  # no CSP violation (e.g. an inline style) in the charts
    assert page.locator("svg.stats-chart").count() == 7
    violations = axe_check(page)
    assert violations == [], describe_axe(violations)
