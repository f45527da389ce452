"""End-to-end: the public site in Debian's Chromium (keyboard, quick exit, results, language)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.conf import settings
from playwright.sync_api import Browser, Locator, Page, expect

pytestmark = pytest.mark.e2e

INFO_PAGES = [
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
]

# Texts of our own (not from the evaluation set), one per case the issue names.
LABOUR_TEXT = (
    "Bij de wasstraat in onze straat werken steeds dezelfde mannen, elke dag van zeven uur "
    "'s ochtends tot tien uur 's avonds, ook op zondag. Ze slapen in een container achter de zaak. "
    "Een van hen vertelde dat de baas zijn paspoort heeft en dat hij bijna niets betaald krijgt."
)
SEXUAL_TEXT = (
    "Mijn nichtje van 16 heeft een vriend van 25. Hij heeft haar telefoon en bepaalt met wie ze "
    "praat. Ze vertelde dat hij haar dwingt om seks te hebben met andere mannen, en dat hij het "
    "geld houdt dat die mannen betalen."
)
CRIMINAL_TEXT = (
    "Een jongen van 14 uit de buurt heeft opeens dure kleren en twee telefoons. Oudere jongens "
    "halen hem elke middag op en hij moet voor hen drugs rondbrengen. Hij zei dat hij een schuld "
    "bij ze heeft en dat hij niet mag stoppen."
)
ACUTE_TEXT = (
    "Ik hoor nu geschreeuw bij de buren. Er zitten twee meisjes opgesloten in de kamer boven de "
    "nagelstudio en de man slaat ze op dit moment. Ze roepen om hulp."
)


def active(page: Page) -> dict[str, str]:
    element: dict[str, str] = page.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName, name: e.name || '',"
        " type: e.type || '', href: e.getAttribute('href') || '', text: e.textContent.trim(),"
        " value: e.value || ''}; }"
    )
    return element


def tab_until(
    page: Page, predicate: Callable[[dict[str, str]], bool], limit: int = 200
) -> dict[str, str]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = active(page)
        if predicate(element):
            return element
    raise AssertionError("never reached the element by Tab")


def test_tab_order_skip_link_then_quick_exit(page: Page, live_url: str) -> None:
    page.goto(live_url + "/")
    page.keyboard.press("Tab")
    assert active(page)["href"] == "#main"
    page.keyboard.press("Tab")
    assert active(page)["href"] == settings.QUICK_EXIT_URL


def test_signal_check_by_keyboard_only(page: Page, live_url: str) -> None:
    page.goto(live_url + "/")
    # home -> check: follow the start link by keyboard
    tab_until(page, lambda e: e["href"] == "/signaalcheck/" and "signaalcheck" in e["text"].lower())
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 1 van 4")).to_be_visible()
    # step 1: the first setting radio, select it with Space, go on with Enter (implicit submit)
    tab_until(page, lambda e: e["name"] == "setting")
    page.keyboard.press("Space")
    chosen = active(page)["value"]
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 2 van 4")).to_be_visible()
    # step 2: tick two checkboxes
    first = tab_until(page, lambda e: e["name"] == "signal")
    page.keyboard.press("Space")
    second = tab_until(page, lambda e: e["name"] == "signal" and e["value"] != first["value"])
    page.keyboard.press("Space")
    tab_until(page, lambda e: e["tag"] == "BUTTON" and e["value"] == "next")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 3 van 4")).to_be_visible()
    # Back keeps the answers (by keyboard too)
    tab_until(page, lambda e: e["tag"] == "BUTTON" and e["value"] == "back")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 2 van 4")).to_be_visible()
    for value in (first["value"], second["value"]):
        expect(page.locator(f'input[name="signal"][value="{value}"]')).to_be_checked()
    tab_until(page, lambda e: e["tag"] == "BUTTON" and e["value"] == "next")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 3 van 4")).to_be_visible()
    # step 3: urgent = "no" (arrow keys move within a radio group), anonymous = "yes"
    tab_until(page, lambda e: e["name"] == "urgent")
    page.keyboard.press("ArrowDown")
    assert active(page)["value"] == "no"
    tab_until(page, lambda e: e["name"] == "anonymous")
    page.keyboard.press("Space")
    assert active(page)["value"] == "yes"
    tab_until(page, lambda e: e["tag"] == "BUTTON" and e["value"] == "next")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Stap 4 van 4")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Advies")
    expect(page.get_by_role("heading", name="Notities voor je melding")).to_be_visible()
    # what the visitor chose is in the notes and nowhere in the URL
    assert "signal" not in page.url and chosen not in page.url


def submit_text(page: Page, live_url: str, text: str, prefix: str = "") -> None:
    page.goto(f"{live_url}{prefix}/beschrijf/")
    page.locator("#text").fill(text)
    page.locator("form.free-text-form button[type=submit]").click()
    page.wait_for_load_state()


def first_route(page: Page) -> Locator:
    return page.locator(".route--first")


@pytest.mark.parametrize(
    "text,form_id,tel",
    [
        (LABOUR_TEXT, "labour_exploitation", "tel:08005151"),
        (SEXUAL_TEXT, "sexual_exploitation", "tel:09008844"),
        (CRIMINAL_TEXT, "criminal_exploitation", "tel:09008844"),
    ],
    ids=["labour", "sexual", "criminal"],
)
def test_free_text_highlights_evidence_and_routes(
    page: Page, live_url: str, text: str, form_id: str, tel: str
) -> None:
    submit_text(page, live_url, text)
    marks = page.locator(".evidence-text mark")
    assert marks.count() >= 1, "no evidence highlighted in the text"
    for n in range(marks.count()):
        assert marks.nth(n).inner_text().strip() in text
    expect(page.locator(f"#form-{form_id}")).to_be_visible()
    expect(first_route(page).locator("a.call-button")).to_have_attribute("href", tel)
    expect(page.locator(".acute")).to_have_count(0)


def test_free_text_acute_shows_112_first(page: Page, live_url: str) -> None:
    submit_text(page, live_url, ACUTE_TEXT)
    acute = page.locator(".acute")
    expect(acute).to_be_visible()
    expect(acute.locator('a[href="tel:112"]')).to_be_visible()
    expect(first_route(page).locator("a.call-button")).to_have_attribute("href", "tel:112")
    # acute danger comes before everything else in the result
    order = page.evaluate(
        "() => [...document.querySelectorAll('main h2')].map(h => h.id || h.textContent)"
    )
    assert order[0] == "acute-title"


def test_counter_and_notes_download(page: Page, live_url: str) -> None:
    page.goto(live_url + "/beschrijf/")
    expect(page.locator("#text-count")).to_contain_text("10.000")
    page.locator("#text").fill("abc")
    expect(page.locator("#text-count")).to_contain_text("9.997")
    page.locator("form.free-text-form button[type=submit]").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als tekstbestand").click()
    download = info.value
    assert download.suggested_filename == "notities-melding.txt"
    body = open(download.path(), encoding="utf-8-sig").read()
    assert "WIE" in body and "WANNEER" in body and "abc" in body
    expect(page.get_by_role("button", name="Afdrukken")).to_be_visible()


def route_neutral(page: Page) -> None:
    target = settings.QUICK_EXIT_URL
    page.allowed_external.add(target)  # type: ignore[attr-defined]
    page.route(
        target + "**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>weer</p>"),
    )


def test_quick_exit_by_click(page: Page, live_url: str) -> None:
    route_neutral(page)
    page.goto(live_url + "/melden/")
    page.get_by_role("link", name=re.compile("Snel weg")).click()
    page.wait_for_url(settings.QUICK_EXIT_URL + "**")
    assert page.url.startswith(settings.QUICK_EXIT_URL)


def test_quick_exit_blanks_the_page_before_leaving(page: Page, live_url: str) -> None:
    route_neutral(page)
    page.goto(live_url + "/privacy/")
    # record (synchronously, in this origin's storage) the page's state the moment the overlay
    # appears, before the navigation commits; read it back after coming home again
    page.evaluate(
        "() => new MutationObserver(() => { if (document.querySelector('.quick-exit-overlay'))"
        " localStorage.setItem('leaving', JSON.stringify([document.documentElement.classList"
        ".contains('is-leaving'), getComputedStyle(document.querySelector('main')).visibility]));"
        " }).observe(document.body, {childList: true})"
    )
    page.get_by_role("link", name=re.compile("Snel weg")).click()
    page.wait_for_url(settings.QUICK_EXIT_URL + "**")
    page.goto(live_url + "/privacy/")
    assert page.evaluate("() => localStorage.getItem('leaving')") == '[true,"hidden"]'


def test_quick_exit_by_shift_three_times(page: Page, live_url: str) -> None:
    route_neutral(page)
    page.goto(live_url + "/beschrijf/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url.startswith(live_url)
    expect(page.locator("[data-quick-exit-status]")).to_contain_text("1")
    page.keyboard.press("Shift")
    page.wait_for_url(settings.QUICK_EXIT_URL + "**")


def test_typing_capitals_does_not_trigger_quick_exit(page: Page, live_url: str) -> None:
    page.goto(live_url + "/beschrijf/")
    page.locator("#text").press_sequentially("Ik Zag Drie Mannen")
    assert page.url.startswith(live_url)


def test_quick_exit_overlay_is_cleared_on_pageshow(page: Page, live_url: str) -> None:
    page.goto(live_url + "/")
    # simulate the page coming back from the back/forward cache after leaving
    page.evaluate(
        "() => { document.documentElement.classList.add('is-leaving');"
        " const p = document.createElement('p'); p.className = 'quick-exit-overlay';"
        " document.body.appendChild(p); window.dispatchEvent(new PageTransitionEvent('pageshow',"
        " {persisted: true})); }"
    )
    assert page.evaluate("() => document.documentElement.classList.contains('is-leaving')") is False
    expect(page.locator(".quick-exit-overlay")).to_have_count(0)


def test_english_pages_are_english(page: Page, live_url: str) -> None:
    page.goto(live_url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("link", name=re.compile("Quick exit"))).to_be_visible()
    expect(page.get_by_text("Is someone in danger right now?").first).to_be_visible()
    page.goto(live_url + "/en/signaalcheck/")
    expect(page.get_by_text("Step 1 of 4")).to_be_visible()
    submit_text(page, live_url, LABOUR_TEXT, prefix="/en")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("heading", name="Notes for your report")).to_be_visible()
    expect(page.get_by_role("heading", name="What not to do")).to_be_visible()


def test_no_request_leaves_the_origin_on_any_page(
    page: Page, live_url: str, request_log: list[str]
) -> None:
    for path in INFO_PAGES + ["/en" + p for p in INFO_PAGES]:
        page.goto(live_url + path)
    submit_text(page, live_url, LABOUR_TEXT)
    assert len(request_log) > len(INFO_PAGES)
    # the page fixture fails the test if any of these left the origin


def test_everything_works_without_javascript(browser: Browser, live_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(live_url + "/signaalcheck/")
        page.locator('input[name="setting"]').first.check()
        page.get_by_role("button", name="Volgende").click()
        page.locator('input[name="signal"]').first.check()
        page.get_by_role("button", name="Volgende").click()
        page.locator('input[name="urgent"][value="no"]').check()
        page.get_by_role("button", name="Bekijk het advies").click()
        expect(page.get_by_text("Stap 4 van 4")).to_be_visible()
        # without JS the print hint is shown instead of the print/download buttons
        # (Playwright's no-JS mode still parses <noscript> as text, so read its markup)
        assert "Ctrl+P" in page.locator(".notes-sheet noscript").inner_html()
        expect(page.get_by_role("button", name="Download als tekstbestand")).to_be_hidden()
        page.goto(live_url + "/beschrijf/")
        expect(page.get_by_text("Maximaal 10.000 tekens.")).to_be_visible()
        page.locator("#text").fill(LABOUR_TEXT)
        page.locator("form.free-text-form button[type=submit]").click()
        expect(page.get_by_role("heading", name="Jouw tekst")).to_be_visible()
        # the quick exit is a real link
        target = settings.QUICK_EXIT_URL
        page.route(target + "**", lambda route: route.fulfill(status=200, body="weer"))
        page.get_by_role("link", name=re.compile("Snel weg")).click()
        page.wait_for_url(target + "**")
    finally:
        context.close()
