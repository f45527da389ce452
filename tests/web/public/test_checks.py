"""The two checks: POST-only flow, answers carried in the form, no-store, CSRF, bad input -> 400,
counters only, user text escaped and never logged."""

from __future__ import annotations

import logging
import re

import pytest
from django.http import HttpResponseBase
from django.test import Client

from signaalwijzer.engine import Assessment, FormResult, SignalFound, Span
from signaalwijzer.knowledge import KnowledgeBase, Text
from signaalwijzer.web.apps.stats.models import DailyCounter

pytestmark = pytest.mark.django_db


def checklist_ids(kb: KnowledgeBase) -> list[str]:
    return [i.id for i in kb.indicators if i.checklist]


def checked_signals(content: str) -> set[str]:
    return set(re.findall(r'name="signal" value="([^"]+)" checked', content))


def hidden_signals(content: str) -> set[str]:
    return set(re.findall(r'type="hidden" name="signal" value="([^"]+)"', content))


def assert_no_store(response: HttpResponseBase) -> None:
    """Check and result pages: never cached, and under the same strict CSP as every page."""
    assert "no-store" in response["Cache-Control"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "same-origin"


# --- step-by-step check ------------------------------------------------------------------------


def test_check_start_is_step_one_with_csrf_and_no_store(client: Client, kb: KnowledgeBase) -> None:
    response = client.get("/signaalcheck/")
    content = response.content.decode()
    assert response.status_code == 200
    assert_no_store(response)
    assert "csrftoken" in response.cookies  # the only cookie, and only where a form posts
    assert "Cookie" in response["Vary"]
    assert "Stap 1 van 4" in content
    for setting in kb.settings:
        assert f'name="setting" value="{setting.id}"' in content
    assert 'method="post"' in content


def test_check_in_english(client: Client) -> None:
    content = client.get("/en/signaalcheck/").content.decode()
    assert '<html lang="en"' in content
    assert "Step 1 of 4" in content and "Where did you see it?" in content


def test_check_next_and_back_keep_every_answer(client: Client, kb: KnowledgeBase) -> None:
    ids = checklist_ids(kb)[:3]
    setting = kb.settings[0].id
    step2 = client.post("/signaalcheck/", {"step": 1, "action": "next", "setting": setting})
    content = step2.content.decode()
    assert "Stap 2 van 4" in content
    assert_no_store(step2)
    assert f'type="hidden" name="setting" value="{setting}"' in content
    # every checklist question is offered, in plain words
    for indicator in kb.indicators:
        if indicator.checklist:
            assert f'value="{indicator.id}"' in content
    step3 = client.post(
        "/signaalcheck/", {"step": 2, "action": "next", "setting": setting, "signal": ids}
    )
    content = step3.content.decode()
    assert "Stap 3 van 4" in content
    assert hidden_signals(content) == set(ids)
    back = client.post(
        "/signaalcheck/",
        {"step": 3, "action": "back", "setting": setting, "signal": ids, "urgent": "no"},
    )
    content = back.content.decode()
    assert "Stap 2 van 4" in content
    assert checked_signals(content) == set(ids)
    assert 'type="hidden" name="urgent" value="no"' in content
    back1 = client.post(
        "/signaalcheck/", {"step": 2, "action": "back", "setting": setting, "signal": ids}
    )
    content = back1.content.decode()
    assert "Stap 1 van 4" in content
    assert f'name="setting" value="{setting}" checked' in content
    assert hidden_signals(content) == set(ids)


def test_check_asks_again_when_urgency_not_answered(client: Client) -> None:
    response = client.post("/signaalcheck/", {"step": 3, "action": "next"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Stap 3 van 4" in content
    assert 'role="alert"' in content and "Kies een antwoord" in content
    assert "<title>Fout: Signaalcheck" in content


def test_check_result_urgent_shows_112_first_and_counts(client: Client, kb: KnowledgeBase) -> None:
    ids = checklist_ids(kb)[:2]
    response = client.post(
        "/signaalcheck/",
        {"step": 3, "action": "next", "signal": ids, "urgent": "yes", "anonymous": "no"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert_no_store(response)
    assert "Stap 4 van 4" in content
    acute = content.index("Bel meteen 112")
    assert acute < content.index("Wat je beter niet doet")
    assert acute < content.index("Notities voor je melding")
    counter = DailyCounter.objects.get(metric="checks", key="signal_check")
    assert counter.count == 1
    # the result can go back to step 3 with the answers
    assert 'name="step" value="4"' in content
    assert hidden_signals(content) == set(ids)


def test_check_result_back_returns_to_step_three(client: Client, kb: KnowledgeBase) -> None:
    ids = checklist_ids(kb)[:1]
    response = client.post(
        "/signaalcheck/",
        {"step": 4, "action": "back", "signal": ids, "urgent": "no", "anonymous": "yes"},
    )
    content = response.content.decode()
    assert "Stap 3 van 4" in content
    assert 'name="anonymous" value="yes" checked' in content


@pytest.mark.parametrize(
    "data",
    [
        {"step": 2, "action": "next", "signal": ["no_such_signal"]},
        {"step": 9, "action": "next"},
        {"step": "twee", "action": "next"},
        {"step": 1, "action": "jump"},
        {"step": 3, "action": "next", "urgent": "misschien"},
        {"step": 1, "setting": "<script>alert(1)</script>"},
        {},
    ],
)
def test_check_bad_input_is_a_readable_400(client: Client, data: dict[str, object]) -> None:
    response = client.post("/signaalcheck/", data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "We konden de antwoorden niet lezen" in content
    assert "<script>alert" not in content
    assert_no_store(response)
    english = client.post("/en/signaalcheck/", data)
    assert english.status_code == 400
    assert "We could not read the answers" in english.content.decode()
    assert not DailyCounter.objects.exists()


def test_check_get_ignores_answers_in_the_url(client: Client, kb: KnowledgeBase) -> None:
    ids = checklist_ids(kb)[:1]
    query: dict[str, int | str | list[str]] = {"step": 3, "signal": ids, "urgent": "yes"}
    response = client.get("/signaalcheck/", query)
    assert "Stap 1 van 4" in response.content.decode()
    assert not DailyCounter.objects.exists()


def test_check_posts_need_the_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/signaalcheck/", {"step": 1, "action": "next"})
    assert response.status_code == 403
    assert "Het formulier is verlopen" in response.content.decode()
    page = client.get("/signaalcheck/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token
    ok = client.post(
        "/signaalcheck/", {"step": 1, "action": "next", "csrfmiddlewaretoken": token.group(1)}
    )
    assert ok.status_code == 200


# --- free-text check -----------------------------------------------------------------------------


def test_free_text_form_has_counter_and_no_js_fallback(client: Client) -> None:
    from signaalwijzer.engine import MAX_TEXT_CHARS

    response = client.get("/beschrijf/")
    content = response.content.decode()
    assert_no_store(response)
    assert f'maxlength="{MAX_TEXT_CHARS}"' in content
    assert f"Maximaal {MAX_TEXT_CHARS:,} tekens".replace(",", ".") in content
    assert "/static/js/counter.js" in content
    english = client.get("/en/beschrijf/").content.decode()
    assert f"At most {MAX_TEXT_CHARS:,} characters" in english


def test_free_text_empty_asks_again(client: Client) -> None:
    response = client.post("/beschrijf/", {"text": "   "})
    assert response.status_code == 200
    assert "Beschrijf eerst wat je zag" in response.content.decode()
    assert not DailyCounter.objects.exists()


def test_free_text_result_counts_and_is_not_stored_or_logged(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Mijn buurvrouw Zwaantje Q. werkt elke nacht en haar baas houdt haar paspoort"
    with caplog.at_level(logging.DEBUG):
        response = client.post("/beschrijf/", {"text": secret})
    assert response.status_code == 200
    assert_no_store(response)
    assert "Zwaantje" not in caplog.text
    assert DailyCounter.objects.get(metric="checks", key="free_text").count == 1
    for counter in DailyCounter.objects.all():
        assert "Zwaantje" not in counter.key
    # the notes sheet carries the text back to the visitor only
    assert "Notities voor je melding" in response.content.decode()


def test_free_text_oversized_is_400_in_page_language(client: Client) -> None:
    from signaalwijzer.engine import MAX_TEXT_CHARS

    response = client.post("/beschrijf/", {"text": "a" * (MAX_TEXT_CHARS + 1)})
    assert response.status_code == 400
    assert "Je tekst is te lang" in response.content.decode()
    english = client.post("/en/beschrijf/", {"text": "a" * (MAX_TEXT_CHARS + 1)})
    assert english.status_code == 400
    assert "Your text is too long" in english.content.decode()
    assert not DailyCounter.objects.exists()


def test_free_text_exactly_max_is_accepted(client: Client) -> None:
    from signaalwijzer.engine import MAX_TEXT_CHARS

    response = client.post("/beschrijf/", {"text": "wasstraat " * (MAX_TEXT_CHARS // 10)})
    assert response.status_code == 200


def test_free_text_null_character_is_400(client: Client) -> None:
    response = client.post("/beschrijf/", {"text": "hij werkt\x00 hard"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "body,content_type",
    [
        (b"text=%ff%fe%fd+werkt+zonder+loon", "application/x-www-form-urlencoded"),
        (b"text=\xc3\x28\xa0\xa1 paspoort", "application/x-www-form-urlencoded; charset=utf-8"),
        (b'--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhi', "multipart/form-data"),
        (b"--x\r\ngarbage", "multipart/form-data; boundary=x"),
        (b"text=" + b"a" * 300_000, "application/x-www-form-urlencoded"),
        (b"&".join(b"f%d=1" % i for i in range(500)), "application/x-www-form-urlencoded"),
    ],
)
def test_free_text_malformed_posts_never_500(
    client: Client, body: bytes, content_type: str
) -> None:
    response = client.generic("POST", "/beschrijf/", body, content_type=content_type)
    assert response.status_code in (200, 400)
    assert b"Traceback" not in response.content
    assert b"Snel weg" in response.content  # a page in the site's style


def test_free_text_over_upload_limit_is_readable_400(client: Client) -> None:
    body = b"text=" + b"a" * 300_000
    response = client.generic(
        "POST", "/en/beschrijf/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "We cannot read this request" in response.content.decode()


def _assessment(
    kb: KnowledgeBase,
    *,
    forms: tuple[FormResult, ...],
    signals: tuple[SignalFound, ...] = (),
    notes: tuple[Text, ...] = (),
) -> Assessment:
    """A result as the engine could give it, for testing what the page makes of it."""
    return Assessment(
        forms=forms,
        signals=signals,
        acute=False,
        acute_reason=None,
        acute_evidence=(),
        channels=(),
        language="nl",
        perspective="bystander",
        anonymous=False,
        minor=False,
        kb_version=kb.version,
        notes=notes,
    )


def test_evidence_is_highlighted_and_user_markup_escaped(
    client: Client, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The web layer marks exactly the engine's evidence spans and escapes everything typed."""
    text = '<b onmouseover="x()">Baas</b> houdt het paspoort; <script>alert(1)</script>'
    start = text.index("houdt het paspoort")
    end = start + len("houdt het paspoort")
    indicator = kb.indicators[0]
    form_id = indicator.forms[0]
    fake = _assessment(
        kb,
        forms=(FormResult(form_id=form_id, level="possible", score=0.5, signals=(indicator.id,)),),
        signals=(
            SignalFound(
                indicator_id=indicator.id,
                origin="text",
                evidence=(Span(start=start, end=end, text=text[start:end]),),
                weight=indicator.weight,
            ),
        ),
        notes=(Text(nl="Let op <i>dit</i>", en="Mind <i>this</i>"),),
    )
    monkeypatch.setattr("signaalwijzer.web.apps.public.services.assess", lambda **kwargs: fake)
    content = client.post("/beschrijf/", {"text": text}).content.decode()
    assert "<mark>houdt het paspoort</mark>" in content
    assert "&lt;b onmouseover=&quot;x()&quot;&gt;Baas&lt;/b&gt;" in content
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "Let op &lt;i&gt;dit&lt;/i&gt;" in content
    assert content.count("<mark>") == 1


def test_checklist_asks_signals_typical_for_the_setting_first(
    client: Client, kb: KnowledgeBase
) -> None:
    setting = next(s for s in kb.settings if any(s.id in i.settings for i in kb.indicators))
    typical = {i.id for i in kb.indicators if i.checklist and setting.id in i.settings}
    content = client.post(
        "/signaalcheck/", {"step": 1, "action": "next", "setting": setting.id}
    ).content.decode()
    legends = re.findall(r"<legend>(.*?)</legend>", content)
    assert legends[0] == f"Vaak gezien bij: {setting.name.nl}"
    asked = re.findall(r'name="signal" value="([^"]+)"', content)
    assert set(asked[: len(typical)]) == typical
    assert sorted(asked) == sorted(checklist_ids(kb))  # nothing hidden, nothing twice
    # without a known setting there is no "typical" group
    plain = client.post("/signaalcheck/", {"step": 1, "action": "next"}).content.decode()
    assert "Vaak gezien bij" not in plain


def test_change_text_from_the_result_shows_the_form_with_the_text(client: Client) -> None:
    text = "Hij werkt <elke> dag & nacht"
    response = client.post("/beschrijf/", {"text": text, "action": "edit"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Hij werkt &lt;elke&gt; dag &amp; nacht</textarea>" in content
    assert not DailyCounter.objects.exists()  # editing is not a check


def test_repeated_signal_ids_count_once(client: Client, kb: KnowledgeBase) -> None:
    one = checklist_ids(kb)[0]
    response = client.post("/signaalcheck/", {"step": 2, "action": "next", "signal": [one, one]})
    assert response.status_code == 200
    assert re.findall(
        r'type="hidden" name="signal" value="([^"]+)"', response.content.decode()
    ) == [one]


def test_a_form_seen_in_the_words_alone_shows_and_marks_those_words(
    client: Client, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No signal points to it, so the page shows the words that weighed and marks them."""
    text = "Hij moet elke avond pakketjes wegbrengen voor die jongens."
    start = text.index("pakketjes")
    end = start + len("pakketjes")
    fake = _assessment(
        kb,
        forms=(
            FormResult(
                form_id="criminal_exploitation",
                level="possible",
                score=0.8,
                signals=(),
                evidence=(Span(start=start, end=end, text=text[start:end]),),
            ),
        ),
    )
    monkeypatch.setattr("signaalwijzer.web.apps.public.services.assess", lambda **kwargs: fake)
    content = client.post("/beschrijf/", {"text": text}).content.decode()
    assert "Woorden die zwaar wogen: <q>pakketjes</q>" in content
    assert "<mark>pakketjes</mark>" in content
    assert '<ul class="signal-list">' not in content
    english = client.post("/en/beschrijf/", {"text": text}).content.decode()
    assert "Words that weighed most: <q>pakketjes</q>" in english
