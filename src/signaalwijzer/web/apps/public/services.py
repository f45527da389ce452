"""Writes for the public site: run a check and count it. The text itself is never kept.

The only side effect of a public check is one set of aggregate counters in the stats app; the
assessment and the visitor's text live only as long as the request.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import DatabaseError

from signaalwijzer.engine import Assessment, assess
from signaalwijzer.knowledge import KnowledgeBase
from signaalwijzer.web.apps.stats.batching import batcher

logger = logging.getLogger(__name__)


def _count(*, kind: str, assessment: Assessment) -> None:
    """Counting must never cost a visitor their result: a database hiccup is logged, not raised."""
    try:
        batcher.record(kind=kind, assessment=assessment)
    except DatabaseError:
        # Only the kind is logged: nothing about the check's content.
        logger.warning("could not record a %s check in the counters", kind)


def signal_check_run(
    *,
    kb: KnowledgeBase,
    checklist: Iterable[str],
    setting: str | None,
    urgent: bool,
    anonymous: bool,
    lang: str,
) -> Assessment:
    """Assess the ticked signals of the step-by-step check and count it."""
    assessment = assess(
        kb=kb,
        checklist=tuple(checklist),
        lang=lang,
        urgent=urgent,
        anonymous=anonymous,
        setting=setting,
    )
    _count(kind="signal_check", assessment=assessment)
    return assessment


def free_text_run(*, kb: KnowledgeBase, text: str, lang: str) -> Assessment:
    """Assess a free-text description and count it.

    ``lang`` is only the page's language; the engine detects the text's own language, so an English
    text typed on the Dutch page is still read as English.
    """
    assessment = assess(kb=kb, text=text)
    _count(kind="free_text", assessment=assessment)
    return assessment
