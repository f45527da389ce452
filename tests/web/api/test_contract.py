"""Contract tests: what each endpoint answers, checked against the knowledge base and engine."""

from __future__ import annotations

import pytest
from pytest_django import Settings

from signaalwijzer.engine import Assessment, ChannelAdvice, FormResult, SignalFound, Span, assess
from signaalwijzer.knowledge import KnowledgeBase, Text
from signaalwijzer.web.apps.api.mapping import assessment_out

from .conftest import ASSESS, ApiClient

TEXT_NL = (
    "Mijn buurman werkt elke dag veertien uur in een autowasstraat. Zijn baas heeft zijn "
    "paspoort afgepakt en hij slaapt met zes anderen in een schuur achter de zaak."
)


def test_forms_lists_every_form_of_the_knowledge_base_in_both_languages(
    api: ApiClient, kb: KnowledgeBase
) -> None:
    for lang in ("nl", "en"):
        body = api.get("/api/v1/forms", {"lang": lang}).json()
        assert [f["id"] for f in body] == [f.id for f in kb.forms]
        assert [f["name"] for f in body] == [f.name.get(lang) for f in kb.forms]
        assert [f["summary"] for f in body] == [f.summary.get(lang) for f in kb.forms]


def test_indicators_without_filter_lists_all_with_their_sources(
    api: ApiClient, kb: KnowledgeBase
) -> None:
    body = api.get("/api/v1/indicators", {"lang": "en"}).json()
    assert [i["id"] for i in body] == [i.id for i in kb.indicators]
    for item in body:
        indicator = kb.indicator(item["id"])
        assert item["title"] == indicator.title.en
        assert item["category"] == indicator.category
        assert [s["key"] for s in item["sources"]] == list(indicator.sources)
        assert all(s["url"] == kb.source(s["key"]).url for s in item["sources"])
        assert item["sources"], "every indicator cites a source"


@pytest.mark.parametrize("filter_by", ["form", "category"])
def test_indicators_filter_by_form_or_category(
    api: ApiClient, kb: KnowledgeBase, filter_by: str
) -> None:
    values = [f.id for f in kb.forms] if filter_by == "form" else [c.id for c in kb.categories]
    seen: set[str] = set()
    for value in values:
        body = api.get("/api/v1/indicators", {filter_by: value}).json()
        expected = [
            i.id
            for i in kb.indicators
            if (value in i.forms if filter_by == "form" else i.category == value)
        ]
        assert [i["id"] for i in body] == expected
        seen.update(expected)
    assert seen == {i.id for i in kb.indicators}


def test_indicators_filters_combine(api: ApiClient, kb: KnowledgeBase) -> None:
    first = kb.indicators[0]
    body = api.get(
        "/api/v1/indicators", {"form": first.forms[0], "category": first.category}
    ).json()
    assert first.id in [i["id"] for i in body]
    assert all(first.forms[0] in i["forms"] and i["category"] == first.category for i in body)


@pytest.mark.parametrize("query", [{"form": "no_such_form"}, {"category": "no_such_category"}])
def test_indicators_unknown_filter_is_a_422_problem(api: ApiClient, query: dict[str, str]) -> None:
    response = api.get("/api/v1/indicators", query)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"


def test_channels_carry_the_numbers_of_the_knowledge_base(
    api: ApiClient, kb: KnowledgeBase
) -> None:
    body = api.get("/api/v1/channels").json()
    assert [c["id"] for c in body] == [c.id for c in kb.channels]
    by_id = {c["id"]: c for c in body}
    # The numbers from the product brief, independently of how the data files spell them.
    assert by_id["emergency"]["phone"] == "112"
    assert by_id["police"]["phone"] == "0900-8844"
    assert by_id["labour_inspectorate"]["phone"] == "0800-5151"
    assert by_id["anonymous"]["phone"] == "0800-7000"
    assert by_id["comensha"]["phone"] == "033-4481186"
    assert by_id["anonymous"]["anonymous_possible"] is True


def test_lang_outside_nl_en_is_refused(api: ApiClient) -> None:
    response = api.get("/api/v1/channels", {"lang": "de"})
    assert response.status_code == 422
    assert response.json()["status"] == 422


def test_version_and_health(api: ApiClient, kb: KnowledgeBase) -> None:
    version = api.get("/api/v1/version").json()
    assert version["kb_version"] == kb.version
    assert version["api_version"].startswith("1.")
    health = api.get("/api/v1/health")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_health_reports_a_broken_cache_as_503(api: ApiClient, settings: Settings) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "no_such_table",
        }
    }
    response = api.get("/api/v1/health")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"


def test_assess_answers_exactly_what_the_engine_decided(api: ApiClient, kb: KnowledgeBase) -> None:
    """The API adds no judgement of its own: same forms, signals, spans, routes, in order."""
    checklist = [kb.indicators[0].id]
    response = api.post_json(ASSESS, {"text": TEXT_NL, "signals": checklist, "lang": "nl"})
    assert response.status_code == 200
    body = response.json()
    expected = assess(kb=kb, text=TEXT_NL, checklist=checklist, lang="nl")
    assert [f["id"] for f in body["forms"]] == list(expected.form_ids)
    assert [s["id"] for s in body["signals"]] == list(expected.signal_ids)
    assert [c["id"] for c in body["channels"]] == list(expected.channel_ids)
    assert body["acute"] is expected.acute
    assert body["kb_version"] == kb.version
    for signal in body["signals"]:
        assert signal["title"] == kb.indicator(signal["id"]).title.nl
        for span in signal["evidence"]:
            assert TEXT_NL[span["start"] : span["end"]] == span["text"]
    for channel in body["channels"]:
        assert channel["phone"] == kb.channel(channel["id"]).phone
        assert channel["reason"]


def test_assess_reports_ticked_signals_and_routes(api: ApiClient, kb: KnowledgeBase) -> None:
    """Ticking every checklist signal of labour exploitation indicates it and gives routes."""
    ticked = [i.id for i in kb.indicators if i.checklist and "labour_exploitation" in i.forms]
    body = api.post_json(ASSESS, {"signals": ticked, "lang": "en"}).json()
    reported = {s["id"]: s for s in body["signals"]}
    assert set(ticked) <= set(reported)
    assert all(reported[i]["origin"] == "checklist" for i in ticked)
    assert "labour_exploitation" in [f["id"] for f in body["forms"]]
    assert body["channels"], "an indicated form always comes with a place to report"
    assert all(c["reason"] for c in body["channels"])


def test_assess_urgent_puts_112_first(api: ApiClient) -> None:
    body = api.post_json(ASSESS, {"urgent": True}).json()
    assert body["acute"] is True
    assert body["channels"][0]["id"] == "emergency"


def test_assess_texts_follow_lang(api: ApiClient, kb: KnowledgeBase) -> None:
    ticked = [kb.indicators[0].id]
    nl = api.post_json(ASSESS, {"signals": ticked, "lang": "nl"}).json()
    en = api.post_json(ASSESS, {"signals": ticked, "lang": "en"}).json()
    assert [s["title"] for s in nl["signals"]] == [
        kb.indicator(s["id"]).title.nl for s in nl["signals"]
    ]
    assert [s["title"] for s in en["signals"]] == [
        kb.indicator(s["id"]).title.en for s in en["signals"]
    ]


def test_mapping_copies_every_field_of_the_assessment(kb: KnowledgeBase) -> None:
    """A hand-made result through the mapper equals the engine's own JSON form of it."""
    indicator = kb.indicators[0]
    span = Span(start=4, end=12, text="paspoort")
    result = Assessment(
        forms=(FormResult(indicator.forms[0], "strong", 0.87654, (indicator.id,)),),
        signals=(SignalFound(indicator.id, "text", (span,), indicator.weight),),
        acute=True,
        acute_reason=Text(nl="Gevaar", en="Danger"),
        acute_evidence=(span,),
        channels=(
            ChannelAdvice("emergency", Text(nl="Nu gevaar", en="Danger now")),
            ChannelAdvice("comensha", Text(nl="Advies", en="Advice")),
        ),
        language="nl",
        perspective="victim",
        anonymous=True,
        minor=True,
        kb_version=kb.version,
        notes=(Text(nl="Let op", en="Note"),),
    )
    for lang in ("nl", "en"):
        mapped = assessment_out(result, kb=kb, lang=lang).model_dump()
        engine_json = result.to_dict(kb=kb, lang=lang)
        for channel in mapped["channels"]:
            assert channel.pop("tel") == kb.channel(channel["id"]).tel
        assert mapped == engine_json
