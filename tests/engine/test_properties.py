"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

from random import Random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

FRAGMENTS = [
    "Hij werkt 14 uur per dag.",
    "De baas heeft zijn paspoort.",
    "Ze krijgt geen loon.",
    "Hij moet de reis terugbetalen.",
    "Ze bedreigen zijn familie.",
    "Ze slapen in de keet.",
    "Ze moet klanten ontvangen.",
    "Hij moet pakketjes rondbrengen.",
    "Op dit moment slaat hij haar.",
    "Ik wil anoniem blijven.",
    "Mijn buurvrouw heeft een kapsalon aan huis.",
    "He works 14 hours a day.",
    "The boss keeps his passport.",
    "They threaten his family.",
    "Right now he is hitting her.",
    "She has to see clients every night.",
    "Het is een familiebedrijf.",
    "Het meisje is 15.",
    "lol ok",
    "",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=6).map(" ".join)
noise = st.text(max_size=300)
CHECKLIST = ["t_passport", "t_hours", "t_unpaid", "t_debt", "t_clients", "t_drugs", "t_threat"]
SLOW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SLOW
@given(text=st.one_of(texts, noise), ticked=st.lists(st.sampled_from(CHECKLIST), unique=True))
def test_deterministic(kb: KnowledgeBase, text: str, ticked: list[str]) -> None:
    assert assess(kb=kb, text=text, checklist=ticked) == assess(kb=kb, text=text, checklist=ticked)


@SLOW
@given(text=texts, ticked=st.lists(st.sampled_from(CHECKLIST), unique=True), seed=st.randoms())
def test_checklist_order_does_not_matter(
    kb: KnowledgeBase, text: str, ticked: list[str], seed: Random
) -> None:
    shuffled = list(ticked)
    seed.shuffle(shuffled)
    assert assess(kb=kb, text=text, checklist=ticked) == assess(
        kb=kb, text=text, checklist=shuffled
    )


@SLOW
@given(text=st.text(alphabet=" \t\n\r\x00\x0b\x0c\x1f\u200b\ufeff", max_size=50))
def test_empty_text_gives_no_forms(kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=kb, text=text)
    assert result.forms == () and result.signals == ()


@SLOW
@given(text=st.one_of(texts, noise), urgent=st.booleans(), anonymous=st.booleans())
def test_acute_always_puts_emergency_first(
    kb: KnowledgeBase, text: str, urgent: bool, anonymous: bool
) -> None:
    result = assess(kb=kb, text=text, urgent=urgent, anonymous=anonymous)
    if result.acute:
        assert result.channel_ids[0] == "emergency"
    else:
        assert "emergency" not in result.channel_ids


# Each denial with the language it is written in: a sentence in the other language is no
# negated signal for the engine, only unknown words.
NEGATED_SIGNALS = [
    ("Niemand neemt zijn paspoort in.", "nl"),
    ("Niemand bedreigt zijn familie.", "nl"),
    ("Ze hoeft geen schuld terug te betalen.", "nl"),
    ("Hij hoeft nooit de reis terugbetalen.", "nl"),
    ("Nobody threatens his family.", "en"),
    ("No one takes his passport.", "en"),
    ("He never has to pay back a debt.", "en"),
]


@SLOW
@given(base=texts, denial=st.sampled_from(NEGATED_SIGNALS))
def test_a_negated_signal_never_raises_a_score(
    kb: KnowledgeBase, base: str, denial: tuple[str, str]
) -> None:
    # The language is fixed so that adding a sentence cannot switch the pattern set.
    negated, lang = denial
    before = {f.form_id: f.score for f in assess(kb=kb, text=base, lang=lang).forms}
    after = {f.form_id: f.score for f in assess(kb=kb, text=base + " " + negated, lang=lang).forms}
    for form, score in after.items():
        assert score <= before.get(form, 0.0) + 1e-9


@SLOW
@given(text=st.one_of(texts, noise))
def test_spans_always_match_the_text(kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=kb, text=text)
    for signal in result.signals:
        for span in signal.evidence:
            assert text[span.start : span.end] == span.text
    for span in result.acute_evidence:
        assert text[span.start : span.end] == span.text
