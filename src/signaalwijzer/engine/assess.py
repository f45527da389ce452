"""Entry point of the engine: text and/or checklist in, an explainable :class:`Assessment` out.

Pipeline: clean and cut the text, tokenise with offsets, detect the language, match the compiled
indicator and lexicon patterns, decide negation, read the context (who writes, minors, acute
danger, anonymity), score the forms and route. Nothing is stored or logged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from signaalwijzer.engine import context as ctx
from signaalwijzer.engine import learned as learned_layer
from signaalwijzer.engine.index import INDICATOR_PREFIX, LEXICON_PREFIX, CompiledKB, compiled
from signaalwijzer.engine.patterns import Match
from signaalwijzer.engine.result import Assessment, FormResult, SignalFound, Span
from signaalwijzer.engine.routing import Situation, route
from signaalwijzer.engine.scoring import Evidence, score_forms
from signaalwijzer.engine.text import (
    Doc,
    Token,
    detect_language,
    other_language_positions,
    tokenise,
)
from signaalwijzer.knowledge.model import KnowledgeBase, Text

MAX_TEXT_CHARS = 10_000
MAX_SPANS_PER_SIGNAL = 3
QUESTION_MAX_TOKENS = 70
QUESTION_MAX_WEIGHT = 1.0


class InputError(ValueError):
    """Input the engine cannot use (e.g. unknown checklist ids); the message is user-readable."""


_NOTE_CUT = Text(
    nl="De tekst was te lang. We hebben alleen de eerste 10.000 tekens gelezen.",
    en="The text was too long. Only the first 10,000 characters were read.",
)
_NOTE_OTHER_LANGUAGE = Text(
    nl="De tekst lijkt niet in het Nederlands of Engels te zijn. We hebben hem zo goed mogelijk "
    "gelezen, maar de uitkomst is minder zeker.",
    en="The text does not seem to be in Dutch or English. We read it as well as we could, but the "
    "result is less certain.",
)
_NOTE_EMPTY = Text(
    nl="Er is geen tekst ingevuld en geen signaal aangevinkt.",
    en="No text was entered and no signal was ticked.",
)
_NOTE_QUESTION = Text(
    nl="Dit lijkt een algemene vraag, geen beschrijving van een situatie.",
    en="This looks like a general question, not a description of a situation.",
)
_NOTE_MINOR = Text(
    nl="Het gaat om iemand onder de 18. Seks tegen betaling met een minderjarige is altijd "
    "uitbuiting, ook zonder dwang.",
    en="This concerns someone under 18. Paid sex with a minor is always exploitation, even "
    "without force.",
)
_NOTE_FEW = Text(
    nl="We zien wel iets, maar te weinig om van signalen van mensenhandel te spreken. Twijfel je? "
    "Vraag CoMensha om advies.",
    en="We see something, but too little to speak of signs of human trafficking. In doubt? Ask "
    "CoMensha for advice.",
)

_NOTE_LEARNED = Text(
    nl="Een deel van deze uitkomst komt uit de combinatie van woorden in de beschrijving, niet uit "
    "één los signaal.",
    en="Part of this result comes from the combination of words in the description, not from one "
    "single signal.",
)

# The learned layer gives no opinion on forms when fewer words than this are out of reach of a
# denial (counted so that adding a denial never changes it), unless the rules found a signal at
# least this heavy.
LEARNED_MIN_WORDS = 15
LEARNED_SHORT_TEXT_SIGNAL = 0.5
# Signals from this many categories are a case by the indicator lists: the model does not set
# that form aside. Nor does it, nor add a form from the words alone, in a text with fewer
# affirmed words than LONG_TEXT_WORDS ("Mijn buurman houdt de paspoorten van zijn personeel en
# betaalt ze niet. Wat moet je doen?" reads like the general questions it learned from; "her
# boyfriend took her to a hotel for her birthday" like its loverboy cases). Neither changed
# anything on the eight new batches but a benign false positive.
CASE_CATEGORIES = 3
LONG_TEXT_WORDS = 25
# A form with a signal this heavy that points to it alone stays, whatever the model says.
HEAVY_SIGNAL = 0.9

_NOTE_DOUBTED = Text(
    nl="Sommige signalen kunnen op een vorm van uitbuiting wijzen, maar de beschrijving als geheel "
    "wijst daar niet op. Daarom noemen we die vorm niet. De signalen staan er wel bij.",
    en="Some signals can point to a form of exploitation, but the description as a whole does "
    "not. So we do not name that form. The signals are still listed.",
)

# The indicator lists combine signals with evidence of coercion or control; a form the model adds
# to signals without any such evidence ("werkt 14 uur per dag en slaapt in de kas tijdens de
# oogst") needs more certainty, and so does one in a text with a benign fact ("she has her own
# job and her own bank account"). Sixteen batches L-AG, each scored by a model trained without
# it: macro-F1 0.874 -> 0.872, routing 0.891 -> 0.888, benign false positives 0.086 unchanged;
# kept because such look-alikes must not be flagged (the brief), not for the figures.
LEARNED_ADD_WITHOUT_CONTROL = 0.65
LEARNED_ADD_WITH_BENIGN = 0.5
_CONTROL_CUES = ("coercion", "coercion_strong", "crime_directed", "sex_directed", "sex_observed")
_LEARNED_ACUTE_CUES = (
    "acute_soon",
    "acute_plea",
    "acute_pickup",
    "acute_meeting",
    "acute_confined",
    "acute_danger",
    "acute_threat",
)
# A time word alone ("I'm dragging a sofa upstairs right now") is no danger: the learned layer
# raises acute danger only where the text also names danger or force, or indicates a form.
_LEARNED_DANGER_CUES = (
    "acute_plea",
    "acute_confined",
    "acute_danger",
    "acute_threat",
    "acute_threat_timed",
    "coercion_strong",
)

# Who writes and what the writer wants are read in the text's own language only: a stretch in
# the other language is mostly someone else's words ("zei ze 'please, he will hit me'"), which
# tell what happens, not that the writer is the victim, a professional or wants anonymity.
_WRITER_CUES = frozenset(
    LEXICON_PREFIX + key
    for key in (
        "victim_self",
        "observer",
        "relation",
        "professional",
        "advice",
        "question",
        "topic",
        "anonymous",
        "anonymous_fear",
        "anonymous_told",
    )
)

_ACUTE_REASONS = {
    "urgent": Text(
        nl="Je gaf aan dat er nu gevaar is.",
        en="You said there is danger right now.",
    ),
    "danger": Text(
        nl="De tekst beschrijft gevaar dat nu speelt, zoals geweld, opsluiting of een ernstige "
        "verwonding.",
        en="The text describes danger happening now, such as violence, being locked in or a "
        "serious injury.",
    ),
    "threat": Text(
        nl="De tekst noemt een dreiging die binnenkort kan gebeuren.",
        en="The text mentions a threat that may happen soon.",
    ),
    "plea": Text(
        nl="Iemand vraagt nu om hulp.",
        en="Someone is asking for help right now.",
    ),
    "learned": Text(
        nl="De woorden in de beschrijving wijzen op gevaar dat nu speelt of heel snel kan komen.",
        en="The words in the description point to danger happening now or very soon.",
    ),
    "minor_pickup": Text(
        nl="Een minderjarige wordt binnenkort opgehaald of meegenomen in een seksuele situatie.",
        en="A minor is about to be picked up or taken into a sexual situation.",
    ),
}


def assess(
    *,
    kb: KnowledgeBase,
    text: str = "",
    checklist: Iterable[str] = (),
    lang: str | None = None,
    urgent: bool = False,
    anonymous: bool = False,
    setting: str | None = None,
    learned: bool = True,
) -> Assessment:
    """Assess a free-text description and/or ticked checklist signals.

    ``urgent`` and ``anonymous`` are explicit answers from the step-by-step check; ``setting`` is
    where the visitor saw it (an id from the knowledge base's settings). ``lang`` forces the
    language; otherwise it is detected from the text. ``learned=False`` gives the rules alone
    (the training script of the learned layer needs that).
    """
    if not isinstance(text, str):
        raise InputError("The text must be a string.")
    ticked = _checked_ids(kb, checklist)
    setting_forms: tuple[str, ...] = ()
    if setting:
        found = next((s for s in kb.settings if s.id == setting), None)
        if found is None:
            raise InputError(f"Unknown setting: {setting}")
        setting_forms = found.forms
    notes: list[Text] = []
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(_NOTE_CUT)
    doc = tokenise(text)
    language = (lang or "").strip().lower() or detect_language(doc)
    if language not in ("nl", "en"):
        notes.append(_NOTE_OTHER_LANGUAGE)
    kbc = compiled(kb)
    matches: list[Match] = []
    rules_lang = language if language in ("nl", "en") else "en"
    if doc.tokens:
        if language in ("nl", "en"):
            matches = kbc.matcher(language).match(doc)
            # A text that switches language ("... bij een car wash and the boss keeps his
            # passport") is read with the other language's patterns too, where it is written in
            # that language; a one-language text costs only a look at its function words.
            mixed = other_language_positions(doc, language)
            if mixed:
                other = "en" if language == "nl" else "nl"
                matches += [
                    m
                    for m in kbc.matcher(other).match(doc)
                    if m.owner not in _WRITER_CUES and mixed.issuperset(m.positions)
                ]
        else:
            matches = kbc.matcher("en").match(doc) + kbc.matcher("nl").match(doc)
        matches += _benign_across_sentences(kbc, rules_lang, doc, matches)
    reading = ctx.read(doc, rules_lang, matches)

    # Signals found in the text (not negated), then the ticked ones.
    # A benign fact about the same words ("zijn eigen paspoort") explains the signal away.
    benign_positions = {p for m in reading.lex("benign") for p in m.positions}
    text_signals: dict[str, list[Match]] = {}
    explained_away = False
    for owner, hits in reading.hits.items():
        if not owner.startswith(INDICATOR_PREFIX):
            continue
        explained_away = explained_away or any(
            not h.negated and benign_positions.intersection(h.match.positions) for h in hits
        )
        live = [
            h.match
            for h in hits
            if not h.negated and not benign_positions.intersection(h.match.positions)
        ]
        if live:
            text_signals[owner.removeprefix(INDICATOR_PREFIX)] = live
    _one_phrase_one_signal(text_signals, kbc)
    signals: list[SignalFound] = []
    order = sorted(text_signals, key=lambda i: (min(m.start for m in text_signals[i]), i))
    for indicator_id in order:
        spans = _spans(doc, text, text_signals[indicator_id])
        signals.append(
            SignalFound(
                indicator_id=indicator_id,
                origin="text",
                evidence=spans,
                weight=kbc.indicators[indicator_id].weight,
            )
        )
    for indicator in kb.indicators:
        if indicator.id in ticked and indicator.id not in text_signals:
            signals.append(
                SignalFound(
                    indicator_id=indicator.id,
                    origin="checklist",
                    evidence=(),
                    weight=indicator.weight,
                )
            )

    # Context.
    minor_ranges = ctx.minor_evidence(reading)
    minor = bool(minor_ranges)
    # Children committing crimes (begging, stealing, dealing) are minors even without an age.
    crime_words = reading.lex("context_criminal", include_negated=True)
    minor_in_crime = minor or (bool(crime_words) and bool(reading.lex("child")))
    professional = ctx.is_professional(reading)
    victim = ctx.is_victim(reading)
    advice = ctx.asks_advice(reading)
    anonymous_hits = ctx.wants_anonymity(reading, victim=victim)
    is_anonymous = anonymous or bool(anonymous_hits)
    context_counts = {
        # Setting words name what it is about, also in a negated sentence.
        "sexual_exploitation": _distinct(reading.lex("context_sexual", include_negated=True)),
        "labour_exploitation": _distinct(reading.lex("context_labour", include_negated=True)),
        "criminal_exploitation": _distinct(reading.lex("context_criminal", include_negated=True)),
    }
    for form in setting_forms:
        context_counts[form] = context_counts.get(form, 0) + 2
    media_sentences = reading.sentences("sex_media")
    sex_words = bool(reading.lex("context_sexual", include_negated=True)) or bool(
        reading.lex("adult_contact", include_negated=True)
    )
    # Pictures for money count as paid sex only when the text is not about crime, or names sex.
    crime_text = bool(reading.lex("context_criminal", include_negated=True))
    sexual_text = bool(reading.lex("context_sexual", include_negated=True))
    commercial_sex = bool(reading.lex("sex_commercial")) or (
        sex_words
        and (sexual_text or not crime_text)
        and bool(media_sentences & reading.sentences("money"))
    )
    minor_commercial_sex = minor and commercial_sex

    # Signals that only name the subject ("what is labour exploitation?") describe no situation.
    topic_positions = {p for m in reading.lex("topic", include_negated=True) for p in m.positions}
    text_weight = sum(
        kbc.indicators[i].weight
        for i, found in text_signals.items()
        if any(not topic_positions.issuperset(m.positions) for m in found)
    )
    question = (
        not ticked
        and not victim
        and len(doc.tokens) <= QUESTION_MAX_TOKENS
        and text_weight < QUESTION_MAX_WEIGHT
        and not minor_commercial_sex
        and (bool(reading.lex("question")) or ("?" in text and bool(reading.lex("topic"))))
    )
    perspective = (
        "question"
        if question
        else "professional"
        if professional
        else "victim"
        if victim
        else "bystander"
    )

    # A general question ("when do you call 112?") tells no situation that could be in danger.
    pre_acute = (
        ctx.AcuteFinding(False, "", ())
        if question
        else ctx.acute_danger(reading, victim=victim, minor=minor, sexual=minor_commercial_sex)
    )
    scored = score_forms(
        Evidence(
            signals=[(kbc.indicators[s.indicator_id], s.weight) for s in signals],
            context=context_counts,
            lex_coercion=_distinct(reading.lex("coercion")),
            benign=_distinct(reading.lex("benign")),
            minor_commercial_sex=minor_commercial_sex,
            commercial_sex=commercial_sex,
            crime_directed=_distinct(reading.lex("crime_directed")),
            sex_directed=_distinct(reading.lex("sex_directed")),
            sex_observed=_distinct(reading.lex("sex_observed")),
            lex_coercion_strong=_distinct(reading.lex("coercion_strong")),
            minor=minor_in_crime,
            danger_now=pre_acute.acute and pre_acute.kind in ("danger", "threat"),
        )
    )
    if question:
        scored = []
        notes.append(_NOTE_QUESTION)
    forms = tuple(
        FormResult(
            form_id=f.form_id,
            level="strong" if f.strong else "possible",
            score=f.score,
            signals=f.signals,
        )
        for f in scored
    )
    form_ids = frozenset(f.form_id for f in forms)

    finding = _acute_as_sexual(
        reading,
        pre_acute,
        victim=victim,
        minor=minor,
        was_sexual=minor_commercial_sex,
        forms=form_ids,
    )
    sexual = minor_commercial_sex or "sexual_exploitation" in form_ids
    acute = urgent or finding.acute
    acute_reason: Text | None = None
    acute_evidence: tuple[Span, ...] = ()
    if finding.acute:
        acute_reason, acute_evidence = _acute_shown(finding, doc, text)
    elif urgent:
        acute_reason = _ACUTE_REASONS["urgent"]

    # Second opinion of the learned layer on the text (see engine/learned.py for its limits).
    model = learned_layer.load_model() if learned and doc.tokens and not question else None
    if model is not None:
        judgement = learned_layer.judge(
            model,
            text,
            negations=kbc.negation_words,
            form_ids=form_ids,
            signal_ids=text_signals,
            pointed=[f for i in text_signals for f in kbc.indicators[i].forms],
            acute=finding.acute,
        )
        forms, opinion_notes = _second_opinion_on_forms(
            forms=forms,
            judgement=judgement,
            model=model,
            kbc=kbc,
            text=text,
            text_signals=order,
            protected=_protected_forms(
                forms,
                signals,
                kbc,
                setting_forms=setting_forms,
                ticked=ticked,
                minor=minor,
            ),
            explained_away=explained_away,
            benign_found=bool(benign_positions),
            control_found=any(kbc.indicators[i].coercion for i in text_signals)
            or any(reading.lex(name) for name in _CONTROL_CUES),
        )
        notes.extend(opinion_notes)
        form_ids = frozenset(f.form_id for f in forms)
        # ... and again when the model reads a minor's story as sexual: a pickup tonight by the
        # man who wants her to "make his friends happy" is danger now.
        if not acute:
            again = _acute_as_sexual(
                reading, finding, victim=victim, minor=minor, was_sexual=sexual, forms=form_ids
            )
            if again.acute:
                acute = True
                acute_reason, acute_evidence = _acute_shown(again, doc, text)
        # Raise acute danger only where the text has some cue of danger or of "now", and not
        # where it says that the person is safe now ("ze zit nu bij mij en is veilig"). An "if"
        # elsewhere in a long text does not stop it (own cases, learned layer trained without
        # the batch scored: one more acute case found, no more false alarms).
        # A bare "nu" / "now" that opens a sentence often means "these days" ("Nu durft hij
        # niet meer te stoppen"); after its verb it is the moment ("they're still here now").
        danger_cue = (
            any(reading.lex(name) for name in _LEARNED_ACUTE_CUES)
            or any(not _opens_with_these_days(doc, m) for m in reading.lex("acute_now"))
        ) and not reading.lex("acute_safe")
        # ... and something that shows danger, unless the model is very sure about a text long
        # enough for a model of words ("a girl wrote 'help' on the mirror with lipstick"; eight
        # new batches: acute recall 0.913 -> 0.924, no more false alarms).
        danger = (
            bool(form_ids)
            or any(kbc.indicators[i].coercion for i in text_signals)
            or any(reading.lex(name) for name in _LEARNED_DANGER_CUES)
            or (
                judgement.acute_probability > model.acute_sure
                and judgement.affirmed_words >= LEARNED_MIN_WORDS
            )
        )
        if not acute and danger_cue and danger and judgement.acute_probability > model.acute_add:
            acute = True
            acute_reason = _ACUTE_REASONS["learned"]
            acute_evidence = tuple(
                Span(start=a, end=b, text=text[a:b])
                for a, b in learned_layer.acute_words(text, model)
            )

    # A question that names no form ("mag een uitzendbureau de huur van je loon afhalen?") still
    # gets an answer: CoMensha answers questions, where no report is advised.
    if (
        not form_ids
        and not acute
        and perspective in ("bystander", "professional")
        and ("?" in text or reading.lex("question"))
    ):
        perspective = "question"
    if minor_commercial_sex and "sexual_exploitation" in form_ids:
        notes.append(_NOTE_MINOR)
    if not doc.tokens and not ticked:
        notes.append(_NOTE_EMPTY)
    elif not forms and signals and not question:
        notes.append(_NOTE_FEW)

    channels = route(
        kb,
        Situation(
            acute=acute,
            anonymous=is_anonymous,
            perspective=perspective,
            asks_advice=advice,
            forms=form_ids,
        ),
    )
    return Assessment(
        forms=forms,
        signals=tuple(signals),
        acute=acute,
        acute_reason=acute_reason,
        acute_evidence=acute_evidence,
        channels=channels,
        language=language,
        perspective=perspective,
        anonymous=is_anonymous,
        minor=minor,
        kb_version=kb.version,
        notes=tuple(notes),
    )


def _opens_with_these_days(doc: Doc, match: Match) -> bool:
    """A bare "nu" / "now" as the first word of its sentence."""
    tokens = doc.tokens
    first = match.start == 0 or tokens[match.start - 1].sentence != tokens[match.start].sentence
    return first and match.end == match.start and tokens[match.start].norm in ctx.THESE_DAYS


def _acute_as_sexual(
    reading: ctx.Reading,
    finding: ctx.AcuteFinding,
    *,
    victim: bool,
    minor: bool,
    was_sexual: bool,
    forms: frozenset[str],
) -> ctx.AcuteFinding:
    """``finding`` read again when the forms now make a minor's story a sexual one. Only a
    minor's reading depends on that (a pickup of a minor is danger in a sexual story), so an
    adult's text is never read twice."""
    if not minor or was_sexual or "sexual_exploitation" not in forms:
        return finding
    return ctx.acute_danger(reading, victim=victim, minor=minor, sexual=True)


def _acute_shown(finding: ctx.AcuteFinding, doc: Doc, text: str) -> tuple[Text, tuple[Span, ...]]:
    """The reason for the danger the rules found, and where the text shows it."""
    return _ACUTE_REASONS[finding.kind], _spans(doc, text, list(finding.evidence), limit=5)


def _protected_forms(
    forms: Sequence[FormResult],
    signals: Sequence[SignalFound],
    kbc: CompiledKB,
    *,
    setting_forms: Sequence[str],
    ticked: frozenset[str],
    minor: bool,
) -> frozenset[str]:
    """Forms the model may not set aside: a strong finding (the model only prunes possible
    ones; on the US federal summaries it set aside labour cases the courts proved: macro-F1
    0.792 -> 0.799 with this, our eight new batches unchanged); one the visitor chose (a setting
    or a ticked signal); sexual exploitation of someone under 18 (a 16-year-old with gifts and
    an "older friend" who picks her up stays flagged, whatever the words weigh); a form whose
    signals come from ``CASE_CATEGORIES`` categories or more; a form with a heavy signal that
    can only mean that form; and in a two-form finding each form with a signal that can only
    mean it. The per-form model reads a two-form story as mostly one form: "14 hours in the car
    wash, and at night they have to deliver drugs" must keep both."""
    kept = set(setting_forms)
    kept.update(f for i in ticked for f in kbc.indicators[i].forms)
    if minor:
        kept.add("sexual_exploitation")
    for form in forms:
        pointing = [
            kbc.indicators[s.indicator_id]
            for s in signals
            if form.form_id in kbc.indicators[s.indicator_id].forms
        ]
        only_this = [i for i in pointing if i.forms == (form.form_id,)]
        if (
            form.level == "strong"
            or len({i.category for i in pointing}) >= CASE_CATEGORIES
            or any(i.weight >= HEAVY_SIGNAL for i in only_this)
            or (len(forms) > 1 and only_this)
        ):
            kept.add(form.form_id)
    return frozenset(kept)


def _second_opinion_on_forms(
    *,
    forms: tuple[FormResult, ...],
    judgement: learned_layer.Judgement,
    model: learned_layer.LearnedModel,
    kbc: CompiledKB,
    text: str,
    text_signals: Sequence[str],
    protected: frozenset[str],
    explained_away: bool,
    benign_found: bool,
    control_found: bool,
) -> tuple[tuple[FormResult, ...], list[Text]]:
    """What the learned layer changes in the forms, in two steps, each with a note.

    1. A form the rules found that the model finds very unlikely is set aside (its signals stay
       in the result), in a text of some length and unless ``protected``. On 480 new cases (each
       scored by a model trained without its batch) these were mostly forms in benign
       look-alikes and wrong second forms: benign false positives 0.174 -> 0.114, few real forms
       lost.
    2. A form the model finds likely is added, when signals point to it (surer without any
       evidence of control, or with a benign fact) or, far surer, from the words alone (showing
       the words that weighed most). Not where a benign fact explained a
       signal away ("his own passport"); from the words alone only as the first form and not
       in a text with any benign fact.
    A text with fewer than ``LEARNED_MIN_WORDS`` words that no denial reaches, and no
    signal of some weight, is left to the rules: too few words for a model of words ("she is
    crying right now because her boyfriend broke up with her"). On the 480 new cases this
    changed nothing.
    """
    probability = judgement.form_probability
    notes: list[Text] = []
    if judgement.affirmed_words < LEARNED_MIN_WORDS and not any(
        kbc.indicators[i].weight >= LEARNED_SHORT_TEXT_SIGNAL for i in text_signals
    ):
        return forms, notes
    long_enough = judgement.affirmed_words >= LONG_TEXT_WORDS
    doubted = {
        f.form_id
        for f in forms
        if long_enough
        and f.form_id not in protected
        and probability.get(f.form_id, 1.0) < model.form_drop
    }
    if doubted:
        forms = tuple(f for f in forms if f.form_id not in doubted)
        notes.append(_NOTE_DOUBTED)
    if explained_away:
        return forms, notes
    found = frozenset(f.form_id for f in forms) | doubted
    added: list[FormResult] = []
    for form_id, p in sorted(probability.items()):
        if form_id in found:
            continue
        pointing = tuple(i for i in text_signals if form_id in kbc.indicators[i].forms)
        evidence: tuple[Span, ...] = ()
        need = model.form_add
        if not control_found:
            need = max(need, LEARNED_ADD_WITHOUT_CONTROL)
        if benign_found:
            need = max(need, LEARNED_ADD_WITH_BENIGN)
        if not (p > need and pointing):
            # No signal points to it, but the words leave little doubt ("he brings the
            # packages for the older boys and may not stop"): show the words that weighed.
            if p <= model.form_add_words or found or benign_found or not long_enough:
                continue
            evidence = tuple(
                Span(start=a, end=b, text=text[a:b])
                for a, b in learned_layer.weighty_words(text, model.forms[form_id])
            )
            if not evidence:
                continue
        added.append(
            FormResult(
                form_id=form_id,
                level="possible",
                score=round(p, 3),
                signals=pointing,
                evidence=evidence,
            )
        )
    if added:
        notes.append(_NOTE_LEARNED)
    return forms + tuple(added), notes


def _one_phrase_one_signal(text_signals: dict[str, list[Match]], kbc: CompiledKB) -> None:
    """Words that match two indicators in exactly the same places ("slaapt in de keuken": living
    at the workplace and a domestic worker without a room) say one thing: they count once, for
    the indicator that weighs most."""
    by_spans: dict[frozenset[tuple[int, int]], str] = {}
    for indicator_id in sorted(text_signals, key=lambda i: (-kbc.indicators[i].weight, i)):
        key = frozenset((m.start, m.end) for m in text_signals[indicator_id])
        if key in by_spans:
            del text_signals[indicator_id]
        else:
            by_spans[key] = indicator_id


def _benign_across_sentences(
    kbc: CompiledKB, lang: str, doc: Doc, matches: Sequence[Match]
) -> list[Match]:
    """Benign facts told over two sentences ("Ze wordt gechanteerd met naaktfoto's. Hij eist 200
    euro."), found by the ``benign_across`` lexicon patterns read over sentence ends, returned as
    ``benign`` matches.

    Only the sentences around a signal made entirely of words of these patterns (the pictures,
    the blackmail) are read, as one piece: a fact told elsewhere in the text explains nothing
    away, and a wage signal that merely shares "euro" with them is not what they are about."""
    tokens = doc.tokens
    if tokens[-1].sentence == tokens[0].sentence:
        return []
    matcher, owners = kbc.across_matcher(lang)
    # Most texts have no signal that these patterns could explain: one look in C.
    if owners.isdisjoint(map(_OWNER, matches)):
        return []
    terms = matcher.word_terms
    around: set[int] = set()
    for m in matches:
        if m.owner in owners and all(terms(tokens[p].norm) for p in m.positions):
            s = tokens[m.start].sentence
            around.update((s - 1, s, s + 1))
    if not around:
        return []
    index: list[int] = []
    piece: list[Token] = []
    run = last = -2
    for i, t in enumerate(tokens):
        s = t.sentence
        if s not in around:
            continue
        if s > last + 1:  # neighbouring sentences become one piece; a gap still separates
            run += 1
        last = s
        index.append(i)
        piece.append(t._replace(sentence=run))
    found = matcher.match(Doc(text=doc.text, tokens=tuple(piece)))
    return [
        Match(
            owner=m.owner,
            pattern=m.pattern,
            start=index[m.start],
            end=index[m.end],
            positions=tuple([index[p] for p in m.positions]),
        )
        for m in found
    ]


_OWNER = itemgetter(0)  # Match.owner


def _checked_ids(kb: KnowledgeBase, checklist: Iterable[str]) -> frozenset[str]:
    if isinstance(checklist, str):
        raise InputError("The checklist must be a list of indicator ids, not one string.")
    ids = list(checklist)
    known = {i.id for i in kb.indicators}
    unknown = sorted({str(i) for i in ids if i not in known})
    if unknown:
        raise InputError("Unknown indicator ids: " + ", ".join(unknown))
    return frozenset(ids)


def _spans(
    doc: Doc, source: str, matches: list[Match], limit: int = MAX_SPANS_PER_SIGNAL
) -> tuple[Span, ...]:
    """Evidence as offsets into ``source``: the (cut) input exactly as it was given."""
    tokens = doc.tokens
    seen: set[tuple[int, int]] = set()
    spans: list[Span] = []
    for match in sorted(matches, key=lambda m: (m.start, m.end)):
        start, end = tokens[match.start].start, tokens[match.end].end
        if any(s <= start and end <= e for s, e in seen):
            continue
        seen.add((start, end))
        spans.append(Span(start=start, end=end, text=source[start:end]))
        if len(spans) >= limit:
            break
    return tuple(spans)


def _distinct(matches: Sequence[Match]) -> int:
    return len({m.start for m in matches})
