"""A live training session end to end: a trainer and three participants, each in their own
browser context (no shared cookies), complete a scenario; the trainer's charts follow the
answers; participant pages have no axe violations; self-study works without an account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect

from signaalwijzer.web.apps.accounts.services import staff_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-e2e-password-4711"
PHONE: ViewportSize = {"width": 390, "height": 844}
Axe = Callable[[Page], list[dict[str, Any]]]


def assert_no_axe(page: Page, axe_check: Axe, where: str) -> None:
    violations = axe_check(page)
    summary = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert violations == [], f"{where}: {summary}"


def assert_same_origin(requests: list[str], live_url: str) -> None:
    leaks = [u for u in requests if not u.startswith((live_url, "data:", "about:", "blob:"))]
    assert leaks == []


def login_trainer(page: Page, live_url: str) -> None:
    staff = staff_create(username="trainer", email="", password=PASSWORD, role="trainer")
    device = staff.device
    token = format(
        totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits), "06d"
    )
    page.goto(live_url + "/admin/login/?next=/training/trainer/")
    # django-otp's admin login: first name and password, then choose the device and give the code.
    page.fill("#id_username", "trainer")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.select_option("#id_otp_device", label="authenticator")
    page.fill("#id_password", PASSWORD)
    page.fill("#id_otp_token", token)
    page.click("input[type=submit]")
    expect(page.locator("#id_scenario")).to_be_visible(timeout=5000)


def count(page: Page, chart: str, key: str) -> Any:
    return page.locator(f"#chart-{chart} tr[data-key='{key}'] [data-count]")


def test_trainer_and_three_participants_complete_a_live_session(
    browser: Browser, live_url: str, axe_check: Axe
) -> None:
    call_command("load_scenarios", verbosity=0)
    requests: list[str] = []
    contexts: list[BrowserContext] = []
    try:
        trainer_context = browser.new_context(
            locale="nl-NL", viewport={"width": 1280, "height": 900}
        )
        contexts.append(trainer_context)
        trainer = trainer_context.new_page()
        trainer.on("request", lambda r: requests.append(r.url))
        login_trainer(trainer, live_url)
        trainer.select_option("#id_scenario", label="De nagelstudio")
        trainer.click("text=Start sessie")
        code = trainer.locator("[data-code]").inner_text().strip()
        assert len(code) == 6
        expect(trainer.locator(".training-qr svg")).to_be_visible()

        phones: list[Page] = []
        for name in ("Ans", "Bo", "Cas"):
            context = browser.new_context(locale="nl-NL", viewport=PHONE, is_mobile=True)
            contexts.append(context)
            phone = context.new_page()
            phone.on("request", lambda r: requests.append(r.url))
            phone.goto(f"{live_url}/training/live/{code}/")
            if name == "Ans":
                assert_no_axe(phone, axe_check, "join page")
            phone.fill("#id_nickname", name)
            phone.click("button[type=submit]:has-text('Meedoen')")
            expect(phone.locator(".training-wait")).to_contain_text("Wacht tot de trainer")
            phones.append(phone)
        assert_no_axe(phones[0], axe_check, "lobby")
        expect(trainer.locator("[data-participants]")).to_have_text("3", timeout=5000)

        trainer.click("text=Start de eerste scène")
        for phone in phones:  # the participant page polls and reloads by itself
            expect(phone.locator("input[name=observation]").first).to_be_visible(timeout=8000)
        assert_no_axe(phones[0], axe_check, "question")

        # Ans spots signals in the picture; the checkbox list follows the clicks.
        ans = phones[0]
        ans.locator(".scene-illustration [data-observation='mattresses']").click()
        ans.locator(".scene-illustration [data-observation='passports']").click()
        expect(ans.locator("#obs-mattresses")).to_be_checked()
        expect(ans.locator("#obs-passports")).to_be_checked()
        # Bo and Cas use the list (keyboard and screen-reader way).
        phones[1].check("#obs-mattresses")
        phones[2].check("#obs-price_list")
        choices = [
            ("note_and_report", "labour_inspectorate"),
            ("note_and_report", "police"),
            ("do_nothing", "none"),
        ]
        for phone, (action, route) in zip(phones, choices, strict=True):
            phone.check(f"#action-{action}")
            phone.check(f"#route-{route}")
            phone.click("text=Verstuur mijn antwoord")
            expect(phone.locator(".training-wait")).to_contain_text("ontvangen")
        assert_no_axe(ans, axe_check, "answer received")

        # The trainer's charts catch up by polling (ETag) without a reload.
        expect(count(trainer, "in_the_salon-observations", "mattresses")).to_have_text(
            "2", timeout=3000
        )
        expect(count(trainer, "in_the_salon-observations", "passports")).to_have_text("1")
        expect(count(trainer, "in_the_salon-observations", "price_list")).to_have_text("1")
        expect(count(trainer, "in_the_salon-actions", "note_and_report")).to_have_text("2")
        expect(count(trainer, "in_the_salon-routes", "none")).to_have_text("1")
        expect(trainer.locator("[data-answered]")).to_have_text("3")

        trainer.click("text=Toon de goede antwoorden")
        expect(trainer.locator("#chart-in_the_salon-routes tr.is-correct")).to_have_count(2)
        expect(ans.locator(".training-feedback").first).to_be_visible(timeout=8000)
        expect(ans.locator(".training-summary")).to_contain_text("Je zag 2 van de 3 signalen")
        assert_no_axe(ans, axe_check, "feedback")

        trainer.click("text=Volgende scène")
        expect(ans.locator("#obs-travel_debt")).to_be_visible(timeout=8000)
        ans.check("#obs-travel_debt")
        ans.check("#action-listen_and_report")
        ans.check("#route-labour_inspectorate")
        ans.click("text=Verstuur mijn antwoord")
        expect(count(trainer, "whisper-observations", "travel_debt")).to_have_text(
            "1", timeout=3000
        )
        trainer.click("text=Toon de goede antwoorden")
        trainer.click("text=Naar de nabespreking")
        expect(trainer.locator("h2", has_text="Nabespreking")).to_be_visible()
        expect(count(trainer, "in_the_salon-observations", "mattresses")).to_have_text("2")
        expect(ans.locator("h2", has_text="Nabespreking")).to_be_visible(timeout=8000)
        assert_no_axe(ans, axe_check, "debrief")
        assert_same_origin(requests, live_url)
    finally:
        for context in contexts:
            context.close()


def test_selfstudy_by_keyboard_without_account(page: Page, live_url: str, axe_check: Axe) -> None:
    call_command("load_scenarios", verbosity=0)
    page.set_viewport_size(PHONE)
    page.goto(live_url + "/training/scenario/seasonal_worker/")
    assert_no_axe(page, axe_check, "intro")
    page.click("text=Begin")
    assert_no_axe(page, axe_check, "scene")
    # Keyboard only: Space ticks a radio/checkbox, Enter submits.
    page.focus("#action-treat_and_ask")
    page.keyboard.press("Space")
    page.focus("#route-none")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    expect(page.locator(".training-summary")).to_contain_text("Je zag 0 van de 0 signalen")
    assert_no_axe(page, axe_check, "feedback")
    assert page.context.cookies() == []


def test_selfstudy_works_without_javascript(browser: Browser, live_url: str) -> None:
    call_command("load_scenarios", verbosity=0)
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(live_url + "/training/scenario/nail_salon/")
        page.click("text=Begin")
        expect(page.locator("[data-js-hint]")).to_be_hidden()  # "tap the picture" needs JS
        page.check("#obs-mattresses")
        page.check("#obs-passports")
        page.check("#action-note_and_report")
        page.check("#route-labour_inspectorate")
        page.click("text=Bekijk de uitleg")
        expect(page.locator(".training-summary")).to_contain_text("Je zag 2 van de 3 signalen")
        page.click("text=Volgende scène")
        page.click("text=Bekijk de uitleg")
        page.click("text=Naar de nabespreking")
        expect(page.locator(".training-summary")).to_contain_text("Je zag 2 van de 6 signalen")
    finally:
        context.close()
