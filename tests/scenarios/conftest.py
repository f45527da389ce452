"""A tiny knowledge base of our own, so scenario tests do not depend on the shipped data."""

from __future__ import annotations

import pytest

from signaalwijzer.knowledge.model import Channel, Indicator, KnowledgeBase, Patterns, Text


def _indicator(indicator_id: str) -> Indicator:
    return Indicator(
        id=indicator_id,
        forms=("labour_exploitation",),
        category="living_conditions",
        settings=(),
        weight=0.5,
        title=Text(indicator_id, indicator_id),
        explanation=Text("uitleg", "explanation"),
        question=Text("vraag?", "question?"),
        patterns=Patterns(),
        sources=("ILO",),
    )


def _channel(channel_id: str, phone: str) -> Channel:
    return Channel(
        id=channel_id,
        name=Text("Kanaal " + channel_id, "Channel " + channel_id),
        phone=phone,
        tel=phone,
        url=None,
        when=Text("wanneer", "when"),
        what_happens=Text("wat", "what"),
        anonymous_possible=False,
    )


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase(
        version="test",
        forms=(),
        categories=(),
        settings=(),
        channels=(_channel("police", "0900-8844"), _channel("labour_inspectorate", "0800-5151")),
        indicators=(_indicator("sleeps_at_work"), _indicator("passport_held")),
        sources=(),
        routing=(),
    )
