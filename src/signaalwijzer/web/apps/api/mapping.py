"""Explicit mapping from engine and knowledge-base dataclasses to the API schemas.

Written out field by field on purpose: the API is a published contract, the dataclasses are not.
"""

from __future__ import annotations

from signaalwijzer.engine import Assessment, ChannelAdvice, FormResult, SignalFound, Span
from signaalwijzer.knowledge import Channel, Form, Indicator, KnowledgeBase
from signaalwijzer.web.apps.api.schemas import (
    AssessmentOut,
    ChannelAdviceOut,
    ChannelOut,
    FormOut,
    FormResultOut,
    IndicatorOut,
    SignalOut,
    SourceOut,
    SpanOut,
)


def span_out(span: Span) -> SpanOut:
    return SpanOut(start=span.start, end=span.end, text=span.text)


def form_result_out(result: FormResult, *, kb: KnowledgeBase, lang: str) -> FormResultOut:
    return FormResultOut(
        id=result.form_id,
        name=kb.form(result.form_id).name.get(lang),
        level=result.level,
        score=round(result.score, 3),
        signals=list(result.signals),
        evidence=[span_out(s) for s in result.evidence],
    )


def signal_out(signal: SignalFound, *, kb: KnowledgeBase, lang: str) -> SignalOut:
    indicator = kb.indicator(signal.indicator_id)
    return SignalOut(
        id=signal.indicator_id,
        title=indicator.title.get(lang),
        category=indicator.category,
        origin=signal.origin,
        weight=signal.weight,
        evidence=[span_out(s) for s in signal.evidence],
    )


def channel_advice_out(advice: ChannelAdvice, *, kb: KnowledgeBase, lang: str) -> ChannelAdviceOut:
    channel = kb.channel(advice.channel_id)
    return ChannelAdviceOut(
        id=channel.id,
        name=channel.name.get(lang),
        phone=channel.phone,
        tel=channel.tel,
        url=channel.url,
        reason=advice.reason.get(lang),
    )


def assessment_out(assessment: Assessment, *, kb: KnowledgeBase, lang: str) -> AssessmentOut:
    return AssessmentOut(
        forms=[form_result_out(f, kb=kb, lang=lang) for f in assessment.forms],
        signals=[signal_out(s, kb=kb, lang=lang) for s in assessment.signals],
        acute=assessment.acute,
        acute_reason=assessment.acute_reason.get(lang) if assessment.acute_reason else None,
        acute_evidence=[span_out(s) for s in assessment.acute_evidence],
        channels=[channel_advice_out(c, kb=kb, lang=lang) for c in assessment.channels],
        language=assessment.language,
        perspective=assessment.perspective,
        anonymous=assessment.anonymous,
        minor=assessment.minor,
        kb_version=assessment.kb_version,
        notes=[n.get(lang) for n in assessment.notes],
    )


def form_out(form: Form, *, lang: str) -> FormOut:
    return FormOut(
        id=form.id,
        name=form.name.get(lang),
        summary=form.summary.get(lang),
        description=form.description.get(lang),
    )


def indicator_out(indicator: Indicator, *, kb: KnowledgeBase, lang: str) -> IndicatorOut:
    sources = []
    for key in indicator.sources:
        source = kb.source(key)
        sources.append(SourceOut(key=source.key, title=source.title, url=source.url))
    return IndicatorOut(
        id=indicator.id,
        forms=list(indicator.forms),
        category=indicator.category,
        title=indicator.title.get(lang),
        explanation=indicator.explanation.get(lang),
        question=indicator.question.get(lang),
        weight=indicator.weight,
        coercion=indicator.coercion,
        checklist=indicator.checklist,
        sources=sources,
    )


def channel_out(channel: Channel, *, lang: str) -> ChannelOut:
    return ChannelOut(
        id=channel.id,
        name=channel.name.get(lang),
        phone=channel.phone,
        tel=channel.tel,
        url=channel.url,
        when=channel.when.get(lang),
        what_happens=channel.what_happens.get(lang),
        anonymous_possible=channel.anonymous_possible,
    )
