"""The shipped knowledge base: coverage, sourced facts, routing order and plain Dutch."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from signaalwijzer.knowledge import (
    CHANNEL_IDS,
    FORM_IDS,
    ROUTING_CONDITIONS,
    KnowledgeBase,
    load_knowledge_base,
)

CATEGORIES = (
    "recruitment_deception",
    "coercion_control",
    "movement_documents",
    "debt",
    "living_conditions",
    "working_conditions",
    "physical_psychological",
    "behaviour",
    "online",
)
# The settings issue 2 names explicitly; each needs setting-specific indicators.
NAMED_SETTINGS = (
    "car_wash",
    "nail_salon",
    "massage",
    "agriculture",
    "distribution_temp_agency",
    "hospitality",
    "cannabis_cultivation",
    "drug_running",
    "pickpocketing_shoplifting",
    "money_mules",
    "begging",
    "domestic_work",
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def test_load_is_cached_per_process(kb: KnowledgeBase) -> None:
    assert load_knowledge_base() is kb


def test_version_is_set(kb: KnowledgeBase) -> None:
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", kb.version)


def test_at_least_80_indicators(kb: KnowledgeBase) -> None:
    assert len(kb.indicators) >= 80


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_form_has_many_indicators(kb: KnowledgeBase, form_id: str) -> None:
    assert sum(form_id in i.forms for i in kb.indicators) >= 20


@pytest.mark.parametrize("category_id", CATEGORIES)
def test_every_category_exists_and_has_indicators(kb: KnowledgeBase, category_id: str) -> None:
    assert kb.category(category_id).name.nl
    assert sum(i.category == category_id for i in kb.indicators) >= 3


@pytest.mark.parametrize("setting_id", NAMED_SETTINGS)
def test_every_named_setting_has_indicators(kb: KnowledgeBase, setting_id: str) -> None:
    assert sum(setting_id in i.settings for i in kb.indicators) >= 2


def test_every_indicator_cites_existing_sources(kb: KnowledgeBase) -> None:
    keys = {s.key for s in kb.sources}
    for indicator in kb.indicators:
        assert indicator.sources, indicator.id
        assert set(indicator.sources) <= keys, indicator.id


def test_every_indicator_cites_at_least_one_source_with_a_url(kb: KnowledgeBase) -> None:
    """Case-file keys (OMW-HU, SNEEP, ...) have no public address; a reader needs one link."""
    for indicator in kb.indicators:
        urls = [kb.source(key).url for key in indicator.sources]
        assert any(u.startswith(("https://", "http://")) for u in urls), indicator.id


def test_every_indicator_has_patterns_in_both_languages(kb: KnowledgeBase) -> None:
    for indicator in kb.indicators:
        assert len(indicator.patterns.nl) >= 2, indicator.id
        assert len(indicator.patterns.en) >= 2, indicator.id


def test_each_form_has_strong_coercion_indicators(kb: KnowledgeBase) -> None:
    for form_id in FORM_IDS:
        strong = [i for i in kb.indicators if form_id in i.forms and i.coercion and i.weight >= 0.7]
        assert len(strong) >= 5, form_id


def test_commercial_sex_alone_is_not_a_coercion_signal(kb: KnowledgeBase) -> None:
    """A licensed independent sex worker must not be flagged on that fact alone."""
    context = kb.indicator("commercial_sex_context")
    assert not context.coercion and context.weight <= 0.3 and not context.checklist


def test_forms_have_texts_and_examples(kb: KnowledgeBase) -> None:
    assert [f.id for f in kb.forms] == list(FORM_IDS)
    for form in kb.forms:
        assert 2 <= len(form.examples) <= 3


# The reporting routes exactly as in the product brief's table.
@pytest.mark.parametrize(
    ("channel_id", "name", "phone", "tel", "url"),
    [
        ("emergency", "112", "112", "112", None),
        ("police", "Politie", "0900-8844", "09008844", None),
        ("labour_inspectorate", "Nederlandse Arbeidsinspectie", "0800-5151", "08005151", None),
        (
            "anonymous",
            "Meld Misdaad Anoniem",
            "0800-7000",
            "08007000",
            "https://www.meldmisdaadanoniem.nl",
        ),
        ("comensha", "CoMensha", "033-4481186", "0334481186", None),
    ],
)
def test_channel_facts(
    kb: KnowledgeBase, channel_id: str, name: str, phone: str, tel: str, url: str | None
) -> None:
    channel = kb.channel(channel_id)
    assert name in channel.name.nl
    assert (channel.phone, channel.tel, channel.url) == (phone, tel, url)


def test_channels_in_fixed_order(kb: KnowledgeBase) -> None:
    assert tuple(c.id for c in kb.channels) == CHANNEL_IDS


def test_anonymous_route_is_anonymous(kb: KnowledgeBase) -> None:
    assert kb.channel("anonymous").anonymous_possible
    assert not kb.channel("emergency").anonymous_possible


def test_routing_follows_the_guidelines_precedence(kb: KnowledgeBase) -> None:
    assert [(r.when, r.channels) for r in kb.routing] == [
        ("acute", ("emergency",)),
        ("anonymous", ("anonymous",)),
        ("victim", ("comensha", "police")),
        ("question", ("comensha",)),
        ("labour_only", ("labour_inspectorate",)),
        ("professional_advice", ("police", "comensha")),
        ("sexual_or_criminal", ("police",)),
        ("no_form", ()),
    ]
    assert {r.when for r in kb.routing} == set(ROUTING_CONDITIONS)


def _dutch_texts(kb: KnowledgeBase) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for i in kb.indicators:
        texts += [(i.id, i.title.nl), (i.id, i.explanation.nl), (i.id, i.question.nl)]
    for f in kb.forms:
        texts += [(f.id, f.summary.nl), (f.id, f.description.nl)]
        texts += [(f.id, e.nl) for e in f.examples]
    for c in kb.channels:
        texts += [(c.id, c.when.nl), (c.id, c.what_happens.nl)]
    texts += [(r.id, r.reason.nl) for r in kb.routing]
    return texts


def test_dutch_sentences_are_short(kb: KnowledgeBase) -> None:
    """B1 proxy: no Dutch sentence longer than 16 words."""
    too_long = []
    for owner, text in _dutch_texts(kb):
        for sentence in re.split(r"(?:(?<=[.!?])|(?<=[.!?]['\"]))\s+", text):
            if len(sentence.split()) > 16:
                too_long.append((owner, sentence))
    assert too_long == []


def test_dutch_avoids_officialese(kb: KnowledgeBase) -> None:
    deny = ("indien", "dienen", "teneinde", "betreffende", "verstrekken", "middels", "alsmede")
    words = Counter(
        w for _, text in _dutch_texts(kb) for w in re.findall(r"[a-zà-ÿ]+", text.lower())
    )
    assert [w for w in deny if words[w]] == []
