"""Fixtures: the shipped knowledge base, and a small one with indicators written for these tests,
so the engine's mechanics are tested independently of how the data grows."""

from __future__ import annotations

import dataclasses

import pytest

from signaalwijzer.knowledge import Indicator, KnowledgeBase, Patterns, Text, load_knowledge_base


def make_indicator(
    indicator_id: str,
    forms: tuple[str, ...],
    *,
    nl: tuple[str, ...] = (),
    en: tuple[str, ...] = (),
    weight: float = 0.6,
    coercion: bool = False,
    category: str = "coercion_control",
) -> Indicator:
    return Indicator(
        id=indicator_id,
        forms=forms,
        category=category,
        settings=(),
        weight=weight,
        title=Text(nl=indicator_id, en=indicator_id),
        explanation=Text(nl="-", en="-"),
        question=Text(nl="-", en="-"),
        patterns=Patterns(nl=nl, en=en),
        sources=("ILO",),
        coercion=coercion,
    )


ALL = ("sexual_exploitation", "labour_exploitation", "criminal_exploitation")
LAB = ("labour_exploitation",)
SEX = ("sexual_exploitation",)
CRIM = ("criminal_exploitation",)

TEST_INDICATORS = (
    make_indicator(
        "t_passport",
        ALL,
        nl=("paspoort* afpakken|innemen|houden|bewaring", "baas heeft paspoort*"),
        en=("passport* take|keep|hold", "boss has passport*"),
        weight=0.8,
        coercion=True,
        category="movement_documents",
    ),
    make_indicator(
        "t_hours",
        LAB,
        nl=("# uur per dag", "zeven dagen per week", "van licht tot donker"),
        en=("# hours a day", "seven|7 days a week"),
        weight=0.6,
        category="working_conditions",
    ),
    make_indicator(
        "t_unpaid",
        LAB,
        nl=("geen loon", "niet betaald|uitbetaald"),
        en=("no wages|pay|salary", "not paid"),
        weight=0.7,
        category="debt",
    ),
    make_indicator(
        "t_debt",
        ALL,
        nl=("*schuld* terugbetalen|aflossen|afbetalen", "reis terugbetalen"),
        en=("debt pay back|off", "pay back travel|trip"),
        weight=0.7,
        coercion=True,
        category="debt",
    ),
    make_indicator(
        "t_clients",
        SEX,
        nl=("klanten ontvangen|zien|afwerken", "mannen langs per avond|nacht"),
        en=("see|serve clients", "men per night"),
        weight=0.8,
        category="working_conditions",
    ),
    make_indicator(
        "t_drugs",
        CRIM,
        nl=("drugs|pakketjes rondbrengen|afleveren|verkopen", "dealen voor"),
        en=("deliver|sell drugs|packages", "deal for"),
        weight=0.7,
        category="behaviour",
    ),
    make_indicator(
        "t_threat",
        ALL,
        nl=("bedreigen", "familie iets aandoen"),
        en=("threaten", "hurt family"),
        weight=0.8,
        coercion=True,
    ),
    make_indicator(
        "t_sleeps_at_work",
        ALL,
        nl=("slapen in|op werk|salon|kas|keet|container",),
        en=("sleep in|at work|salon|shed|container",),
        weight=0.5,
        category="living_conditions",
    ),
)


@pytest.fixture(scope="session")
def real_kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture(scope="session")
def kb(real_kb: KnowledgeBase) -> KnowledgeBase:
    """The shipped forms, channels, routing and lexicon with the test indicators above."""
    return dataclasses.replace(real_kb, indicators=TEST_INDICATORS, version="test")
