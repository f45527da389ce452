"""Combining signals into forms.

The indicator lists agree that one weak signal is not a case: a form is indicated when signals
that point to it add up AND there is evidence of coercion or control (or, for a minor in
commercial sex, without any). Signals shared by all forms (a held passport, a debt) count for
the form the rest of the description is about. Benign explanations lower the score, but never
cancel violence, threats or confinement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from signaalwijzer.knowledge.model import FORM_IDS, Indicator

# Tuned on the tuning two thirds of the development cases; see tests/engine for the behaviour.
FORM_THRESHOLD = 1.0  # evidence needed for a form
STRONG_THRESHOLD = 2.4  # ... and for "strong"
SECOND_FORM_SPECIFIC = 0.7  # a second form needs this much evidence of its own
LABOUR_SECOND_SPECIFIC = 0.5  # ... labour with words about the work: one own work signal
CONTEXT_WEIGHT = 0.25  # per context word that names a form ...
CONTEXT_MAX = 4  # ... of which at most this many count
LEX_COERCION_WEIGHT = 0.25  # per general coercion word in the lexicon ...
LEX_COERCION_MAX = 3  # ... of which at most this many count
LEX_IN_TOTAL = 1.0  # how much those words add to a form's score
BENIGN_WEIGHT = 0.35  # per benign explanation ...
BENIGN_MAX = 6  # ... of which at most this many count
RANK_CONTEXT = 0.4  # context words weigh more when deciding WHICH form
SEX_OBSERVED_WEIGHT = 0.4  # per observed sex-work cue (at most 3)
SEX_DIRECTED_WEIGHT = 0.5  # per cue that someone else runs the sex work (at most 3)
CRIME_DIRECTED_WEIGHT = 0.45  # per cue that someone else directs the crimes (at most 3)
COMMERCIAL_SEX_WEIGHT = 0.5  # paid sex mentioned: evidence for the sexual form
STACKING_THRESHOLD = 1.5  # three categories of signals at this score count as control (NLA)
LABOUR_STACK_SIGNALS = 3  # distinct labour signals (pay, hours, housing, safety ...) that stack
MINOR_BONUS = 0.25  # sexual or criminal signals around a minor weigh more
MIN_COERCION = 0.5  # coercion/control evidence needed unless the signals are many and varied
DANGER_COERCION = 0.6  # acute violence/confinement is itself coercion


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the scorer needs to know about one text."""

    signals: Sequence[tuple[Indicator, float]]  # indicator and the weight it counts with
    context: dict[str, int]  # form id -> number of context words
    lex_coercion: int
    benign: int
    minor_commercial_sex: bool
    commercial_sex: bool = False  # sex is paid for (by clients, to someone)
    crime_directed: int = 0  # cues that someone else directs crimes or takes the proceeds
    lex_coercion_strong: int = 0  # the strongest coercion words count twice
    sex_directed: int = 0  # cues that someone else runs the sex work
    sex_observed: int = 0  # what bystanders see of sexual exploitation (stream of men, ...)
    minor: bool = False  # a minor: abuse of that position counts as control (CKM)
    danger_now: bool = False  # violence, confinement or blocked help happening now


@dataclass(frozen=True, slots=True)
class FormScore:
    form_id: str
    score: float
    strong: bool
    signals: tuple[str, ...]


def score_forms(evidence: Evidence) -> list[FormScore]:
    specific = dict.fromkeys(FORM_IDS, 0.0)
    own = dict.fromkeys(FORM_IDS, 0.0)  # evidence that names this form alone
    generic = 0.0
    per_form_signals: dict[str, list[str]] = {f: [] for f in FORM_IDS}
    generic_ids: list[str] = []
    lex_coercion = LEX_COERCION_WEIGHT * min(
        evidence.lex_coercion + evidence.lex_coercion_strong, int(LEX_COERCION_MAX)
    )
    coercion = lex_coercion
    hard_coercion = 0.0
    danger = DANGER_COERCION if evidence.danger_now else 0.0
    coercion += danger
    hard_coercion += danger
    categories: set[str] = set()
    # A clear crime-exploitation signal (county lines, forced to deal) shows someone behind it.
    strong_crime = any(
        tuple(i.forms) == ("criminal_exploitation",) and w >= 0.6 for i, w in evidence.signals
    )
    labour_signals: set[str] = set()
    labour_categories: set[str] = set()
    for indicator, weight in evidence.signals:
        categories.add(indicator.category)
        if "labour_exploitation" in indicator.forms:
            labour_signals.add(indicator.id)
            labour_categories.add(indicator.category)
        if indicator.coercion:
            coercion += weight
            hard_coercion += weight
        forms = [f for f in indicator.forms if f in specific]
        if len(forms) >= len(FORM_IDS):
            generic += weight
            generic_ids.append(indicator.id)
            continue
        share = weight if len(forms) == 1 else weight * 0.75
        if len(forms) == 1:
            own[forms[0]] += weight
        for form in forms:
            specific[form] += share
            per_form_signals[form].append(indicator.id)
    if evidence.commercial_sex:
        specific["sexual_exploitation"] += COMMERCIAL_SEX_WEIGHT
        own["sexual_exploitation"] += COMMERCIAL_SEX_WEIGHT
    if evidence.sex_observed:
        specific["sexual_exploitation"] += SEX_OBSERVED_WEIGHT * min(evidence.sex_observed, 3)
        own["sexual_exploitation"] += 1
    # Directing cues ("picks her up", "takes the money") count when the text is about that form:
    # its setting words, or a signal that names that form alone.
    if evidence.sex_directed and (
        evidence.context.get("sexual_exploitation", 0)
        or evidence.sex_observed
        or own["sexual_exploitation"] > 0
    ):
        directed = SEX_DIRECTED_WEIGHT * min(evidence.sex_directed, 3)
        specific["sexual_exploitation"] += directed
        coercion += directed
    if evidence.crime_directed and (
        evidence.context.get("criminal_exploitation", 0) or own["criminal_exploitation"] > 0
    ):
        directed = CRIME_DIRECTED_WEIGHT * min(evidence.crime_directed, 3)
        specific["criminal_exploitation"] += directed
        coercion += directed
    anchor = {
        f: specific[f] + CONTEXT_WEIGHT * min(evidence.context.get(f, 0), int(CONTEXT_MAX))
        for f in FORM_IDS
    }
    # Which form the description is about: own signals plus the words that name the setting.
    rank_score = {
        f: specific[f] + RANK_CONTEXT * min(evidence.context.get(f, 0), int(CONTEXT_MAX))
        for f in FORM_IDS
    }
    ranked = sorted(FORM_IDS, key=lambda f: (-rank_score[f], FORM_IDS.index(f)))
    penalty = BENIGN_WEIGHT * min(evidence.benign, BENIGN_MAX)
    # Benign facts explain away working conditions, not violence or confinement.
    penalty = max(0.0, penalty - hard_coercion * 0.5)
    results: list[FormScore] = []
    named = 0  # forms that something names so far: a shared signal alone ranks no form first
    for form in ranked:
        forced_minor = form == "sexual_exploitation" and evidence.minor_commercial_sex
        # A form needs something that names it: its own signals or words about its setting.
        if own[form] <= 0 and not evidence.context.get(form, 0) and not forced_minor:
            continue
        rank = named
        named += 1
        # Work in a salon or a kitchen by day and sex at night: the labour side of a mixed case
        # shows in its own work signal plus words about the work itself.
        second_needed = SECOND_FORM_SPECIFIC
        if form == "labour_exploitation" and evidence.context.get(form, 0):
            second_needed = LABOUR_SECOND_SPECIFIC
        if rank > 0 and specific[form] < second_needed and not forced_minor:
            continue
        total = (
            anchor[form]
            + (generic if rank == 0 else generic * 0.5)
            + (coercion - lex_coercion - danger) * 0.5
            + lex_coercion * LEX_IN_TOTAL
            + danger
        )
        total -= penalty
        if evidence.minor and form != "labour_exploitation":
            total += MINOR_BONUS  # a minor's position is itself abused (CKM)
        enough_control = (
            coercion >= MIN_COERCION
            or len(categories) >= 4
            # NLA: stacking of bad pay, long hours, housing and dependence is itself a signal
            or (len(categories) >= 3 and total >= STACKING_THRESHOLD)
            # NLA: underpay, long days, housing at the workplace, no protection - several
            # distinct conditions of one job add up even when they share a category
            or (
                form == "labour_exploitation"
                and len(labour_signals) >= LABOUR_STACK_SIGNALS
                and len(labour_categories) >= 2
                and total >= STACKING_THRESHOLD
            )
            # A minor's position is abused: enough for sex; for crime only when someone directs it.
            or (evidence.minor and form == "sexual_exploitation")
            or (
                evidence.minor
                and form == "criminal_exploitation"
                and (evidence.crime_directed > 0 or coercion > 0 or strong_crime)
            )
        )
        if forced_minor:
            total = max(total, STRONG_THRESHOLD)
        elif total < FORM_THRESHOLD or not enough_control:
            continue
        strong = total >= STRONG_THRESHOLD and (hard_coercion > 0 or forced_minor)
        ids = per_form_signals[form] + generic_ids
        results.append(FormScore(form, round(total, 3), strong, tuple(dict.fromkeys(ids))))
    results.sort(key=lambda r: (-r.score, FORM_IDS.index(r.form_id)))
    return results
