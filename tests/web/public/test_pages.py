"""Information pages: status, language, headers, cookies, links, knowledge-base content."""

from __future__ import annotations

import html
import re

import pytest
from django.conf import settings
from django.test import Client, RequestFactory

from signaalwijzer.knowledge import KnowledgeBase

INFO_PAGES = [
    "/",
    "/melden/",
    "/veilig-internetten/",
    "/privacy/",
    "/toegankelijkheid/",
    "/vormen/seksuele-uitbuiting/",
    "/vormen/arbeidsuitbuiting/",
    "/vormen/criminele-uitbuiting/",
]
CHECK_PAGES = ["/signaalcheck/", "/beschrijf/"]


def html_text(content: bytes) -> str:
    """The page's visible text, roughly: tags removed, whitespace collapsed."""
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", content.decode(), flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", INFO_PAGES)
@pytest.mark.parametrize("prefix,lang", [("", "nl"), ("/en", "en")])
def test_info_page_ok_in_language_without_cookies(
    client: Client, path: str, prefix: str, lang: str
) -> None:
    response = client.get(prefix + path)
    assert response.status_code == 200
    assert f'<html lang="{lang}"'.encode() in response.content
    assert response.cookies == {}  # no Set-Cookie at all, not even CSRF
    assert "Cookie" not in response.get("Vary", "")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp


@pytest.mark.parametrize("path", INFO_PAGES + CHECK_PAGES)
def test_no_inline_script_or_style(client: Client, path: str) -> None:
    content = client.get(path).content.decode()
    assert "<style" not in content
    assert not re.search(r"\sstyle=", content)
    assert not re.search(r"\son[a-z]+=", content)  # no inline event handlers
    for tag in re.findall(r"<script[^>]*>", content):
        assert "src=" in tag, tag
    assert not re.search(r"<script[^>]*>\s*[^<\s]", content)  # script tags have no body


@pytest.mark.parametrize("path", INFO_PAGES + CHECK_PAGES)
def test_external_links_have_noreferrer_and_assets_are_local(client: Client, path: str) -> None:
    content = client.get(path).content.decode()
    for tag in re.findall(r"<a\s[^>]*href=\"https?://[^\"]*\"[^>]*>", content):
        assert 'rel="noreferrer"' in tag, tag
    for src in re.findall(r"<(?:script|link|img)\s[^>]*(?:src|href)=\"([^\"]+)\"", content):
        assert src.startswith("/") or src.startswith("data:"), src


@pytest.mark.parametrize("path", INFO_PAGES + CHECK_PAGES)
def test_skip_link_then_quick_exit_first_in_tab_order(client: Client, path: str) -> None:
    content = client.get(path).content.decode()
    body = content[content.index("<body") :]
    focusable = re.findall(r"<(?:a|button|input|select|textarea)\s[^>]*>", body)
    assert 'href="#main"' in focusable[0]
    assert f'href="{settings.QUICK_EXIT_URL}"' in focusable[1]
    assert 'rel="noreferrer"' in focusable[1]
    assert "Snel weg" in body
    assert 'href="tel:112"' in body  # the always-visible 112 line


def test_english_pages_are_english(client: Client) -> None:
    text = html_text(client.get("/en/").content)
    for phrase in ("Quick exit", "Is someone in danger right now?", "Call 112", "Privacy"):
        assert phrase in text
    for dutch in ("Snel weg", "Zie je iets", "Naar de inhoud"):
        assert dutch not in text


def test_language_switch_links_to_same_page_in_other_language(client: Client) -> None:
    assert 'href="/en/melden/"' in client.get("/melden/").content.decode()
    assert 'href="/melden/"' in client.get("/en/melden/").content.decode()


def test_info_pages_refuse_post(client: Client) -> None:
    assert client.post("/").status_code == 405
    assert client.head("/").status_code == 200


def test_home_lists_forms_and_all_five_routes(client: Client, kb: KnowledgeBase) -> None:
    content = client.get("/").content.decode()
    for form in kb.forms:
        assert html.escape(form.name.nl) in content
    for channel in kb.channels:
        assert f'href="tel:{channel.tel}"' in content
    assert 'href="/signaalcheck/"' in content and 'href="/beschrijf/"' in content


@pytest.mark.parametrize(
    "slug,form_id",
    [
        ("seksuele-uitbuiting", "sexual_exploitation"),
        ("arbeidsuitbuiting", "labour_exploitation"),
        ("criminele-uitbuiting", "criminal_exploitation"),
    ],
)
def test_form_page_shows_every_signal_of_the_form_with_sources(
    client: Client, kb: KnowledgeBase, slug: str, form_id: str
) -> None:
    content = client.get(f"/vormen/{slug}/").content.decode()
    english = client.get(f"/en/vormen/{slug}/").content.decode()
    own = [i for i in kb.indicators if form_id in i.forms]
    assert own, "the knowledge base has signals for every form"
    for indicator in own:
        assert html.escape(indicator.title.nl) in content
        assert html.escape(indicator.explanation.nl) in content
        assert html.escape(indicator.title.en) in english
        for key in indicator.sources:
            assert html.escape(kb.source(key).url) in content
    others = [i for i in kb.indicators if form_id not in i.forms]
    for indicator in others:
        assert html.escape(indicator.explanation.nl) not in content
    for example in kb.form(form_id).examples:
        assert html.escape(example.nl) in content
    labour = 'href="tel:08005151"' in content
    assert labour == (form_id == "labour_exploitation")


def test_unknown_form_is_404_in_site_style(client: Client) -> None:
    response = client.get("/vormen/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    english = client.get("/en/does-not-exist/")
    assert english.status_code == 404
    assert "Page not found" in english.content.decode()
    assert english.cookies == {}


def test_report_page_has_every_route_with_tel_and_what_to_note(
    client: Client, kb: KnowledgeBase
) -> None:
    content = client.get("/melden/").content.decode()
    for channel in kb.channels:
        assert f'href="tel:{channel.tel}"' in content
        assert html.escape(channel.what_happens.nl) in content
    assert 'href="https://www.meldmisdaadanoniem.nl" rel="noreferrer"' in content
    assert "Schrijf dit op voordat je belt" in content


def test_privacy_statement_says_nothing_typed_is_stored_only_counters(client: Client) -> None:
    text = html_text(client.get("/privacy/").content)
    assert "We slaan het niet op" in text
    assert "alleen tellingen" in text


def test_server_error_page_is_site_styled(rf: RequestFactory) -> None:
    from signaalwijzer.web.apps.public.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Er ging iets mis" in response.content
    assert b"Snel weg" in response.content
