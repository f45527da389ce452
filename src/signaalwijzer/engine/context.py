"""Reading a text in context: negation and its scope, time and acute danger, who writes, a wish to
stay anonymous and minors. All cue words come from ``lexicon.toml``; this module holds the rules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import NamedTuple

from signaalwijzer.engine.index import INDICATOR_PREFIX, LEXICON_PREFIX
from signaalwijzer.engine.patterns import Match
from signaalwijzer.engine.text import Doc, Token

NEGATION_LOOKBACK = 6  # tokens before a match that a negation word still reaches
# Danger and time cues: only a negation right before them counts ("als hij niet betaalt steken
# ze hem neer" is a threat, not its denial).
TIGHT_KEYS = frozenset(
    LEXICON_PREFIX + k
    for k in (
        "acute_danger",
        "acute_weak",
        "acute_threat",
        "acute_threat_timed",
        "acute_plea",
        "acute_silent_plea",
        "acute_now",
        "acute_soon",
        "acute_confined",
    )
)
EXPLAINED_BY_BENIGN = tuple(
    LEXICON_PREFIX + k
    for k in (
        "coercion",
        "coercion_strong",
        "sex_directed",
        "crime_directed",
        "sex_commercial",
        "acute_danger",
        "acute_confined",
        "acute_weak",
        "acute_threat",
        "context_labour",
        "context_sexual",
        "context_criminal",
    )
)
DENIED_BY_NO_EVIDENCE = tuple(
    LEXICON_PREFIX + k
    for k in ("coercion", "coercion_strong", "sex_directed", "crime_directed", "sex_commercial")
)
HEDGE_AFTER = frozenset(
    "of zeker precies goed idee sure whether if exactly really only alleen wat hoe wie waarom what "
    "how who why helemaal know weet".split()
)
HEDGE_BEFORE = frozenset("weet weten wist know knew knows sure zeker".split())
NEGATION_LOOKAHEAD_NL = 2  # Dutch puts "niet" after the verb: "ze slaan hem niet"
NOW_DISTANCE = 20  # tokens between a danger word and a now-word in a neighbouring sentence
SETTING_KEYS = tuple(
    LEXICON_PREFIX + k for k in ("context_sexual", "context_labour", "context_criminal")
)
# Small words that may stand between a negation and the setting it denies: "niet in de
# prostitutie", "not about sex", "niks te maken met drugs", "does not work in a brothel".
DENIAL_GAP = 4
DENIAL_FILLERS = frozenset(
    "in een de het om over als bij op aan met van sprake echt helemaal eens zo ook iets te "
    "maken werk werkt werken werkte werkten zit zitten zat is zijn was waren gaat ging gaan "
    "doet doen deed betrokken "
    "a an the about as at on with of any anything to do involved really even work works "
    "working worked is are was were it its going doing does into".split()
)
DENIAL_LINKS = frozenset({"of", "or", "en", "and", "noch", "nor"})
DENIAL_MODALS = frozenset(
    "mag mogen mocht mochten kan kon kunnen durft durfde wil wilde wilden "
    "may might can could".split()
)
# The writer's own job (see _drop_writer_job).
WRITER_JOB_REACH = 6  # words after "ik werk" that still describe the job
_WRITER_OPENERS = frozenset("ik i mijn my im als as".split())
_WRITER_WORKS = frozenset("werk werkte work worked".split())
_WRITER_FILLER = frozenset("zelf ook nog al myself also still".split())
_WRITER_JOB_NOUNS = frozenset("werk baan job bijbaan bijbaantje work".split())
_WRITER_JOB_LINKS = frozenset("als in bij op voor as at in for".split())
_WRITER_IS = frozenset({("ik", "ben"), ("i", "am")})
# The writer and the person share the work: a colleague, "bij ons", "came running to our gate".
_SHARED_WORK = frozenset(
    "collega collegas collegaatje werkgenoot werkgenoten colleague colleagues coworker "
    "coworkers workmate workmates ons onze our".split()
)
# Small words after a Dutch verb that do not use up the reach of a "niet" after it.
LOOKAHEAD_LIGHT = frozenset(
    "hem haar hen ze mij me ons jou je ook echt zeker gewoon helemaal".split()
)
LOOKAHEAD_LIGHT_MAX = 3
# A subordinate clause after the verb has its own "niet": "sloeg ze als ze niet luisterden".
LOOKAHEAD_STOPS = frozenset("als wanneer toen tenzij indien zolang nadat".split())
PROMISE_REACH = 8  # words of a promise ("beloofden haar werk in een hotel in Amsterdam")
# A negation reaches every item of a list: "niet geslagen of bedreigd", "nobody watches or
# threatens her", "not threatened, beaten or locked up". An item is short and does not open with
# a subject of its own ("geen loon of ze bedreigen hem" is a new statement).
LIST_LINKS = frozenset({"of", "or"})
LIST_ITEM_MAX = 3  # words of the last item before the match
# A word that opens a clause of its own: "do not go to a doctor or they'll hurt your mother" is
# a threat, not a second thing denied. English contractions carry their subject.
ITEM_SUBJECTS = frozenset(
    "ik je jij u hij zij ze we wij jullie het er dat die dit de een men "
    "i you he she we they it there that this the a an "
    "im ill ive youre youll youve hes hell shes shell well weve theyre theyll theyve".split()
)

_AGE_EXCLUDED_NEXT = frozenset(
    "euro eur uur uren hours hour h procent percent km minuten minutes min keer times dagen days "
    "weken weeks maanden months kilo kg geleden ago lang long".split()
    # A number right before people is a count: "een groep van zo'n 15 mannen", "12 workers".
    + "mannen vrouwen mensen personen arbeiders werknemers jongens meiden meisjes kinderen "
    "gasten men women people persons workers guys boys girls children kids".split()
    # A time of day or a temperature: "around 11 pm", "16 graden".
    + "pm am oclock graden degrees pond pounds dollar dollars euros cent cents".split()
)
# "een meisje van ongeveer 14", "she looks about 13", "hij lijkt hooguit 12"
_LOOKS = frozenset("looks look looked seems seem appears lijkt lijken leek oogt ogen".split())
_AGE_LOOKS = _LOOKS | frozenset("van of is aged ziet".split())
_DURATION_BEFORE = frozenset(
    "al sinds voor for since over na after past last laatste afgelopen ruim bijna elke every "
    "nog".split()
)
# Words that make an age loose without changing what it is: "rond de 15", "net 15 geworden",
# "nog maar 14", "uit de buurt van 16", "maybe 14", "barely 16". The word before them decides
# as it would before the number itself ("een meisje van rond de 15", "ze is nog maar 14").
_AGE_APPROX: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "in de buurt van",
        "uit de buurt van",
        "om en nabij de",
        "om en nabij",
        "rond de",
        "rondom de",
        "ergens rond de",
        "ongeveer",
        "rond",
        "zon",
        "circa",
        "hooguit",
        "hoogstens",
        "misschien",
        "waarschijnlijk",
        "amper",
        "nauwelijks",
        "net",
        "pas",
        "nog",
        "maar",
        "bijna",
        "maybe",
        "about",
        "around",
        "roughly",
        "approximately",
        "barely",
        "probably",
        "perhaps",
        "like",
        "just",
        "only",
        "nearly",
        "almost",
        "hardly",
    )
)
# Young people: "een meisje rond de 15", "a boy maybe 14" (not "a man around 11", a time).
_YOUNG = frozenset(
    "meisje meisjes jongen jongens kind kinderen tiener tieners dochter zoon jongere jongeren "
    "knul jochie leerling nichtje neefje zusje broertje "
    "girl girls boy boys kid kids child teen teenager daughter son lad youth".split()
)
_YOUNG_ENDINGS = ("meisje", "jongen")
# "dat ze 15 of 16 is", "omdat hij pas 14 is": Dutch puts the verb after the age.
_AGE_SUBJECTS = frozenset("ze zij hij ie die".split())
_AGE_VERB_AFTER = frozenset("is was wordt werd".split())


class Hit(NamedTuple):
    """A match and whether a negation governs it (a tuple: made for every match of every text)."""

    match: Match
    negated: bool


@dataclass
class Reading:
    """Pattern matches of one text, sorted by owner, with negation decided once."""

    doc: Doc
    lang: str
    hits: dict[str, list[Hit]] = field(default_factory=dict)

    _lex_cache: dict[tuple[str, bool], tuple[Match, ...]] = field(default_factory=dict)

    def lex(self, key: str, *, include_negated: bool = False) -> tuple[Match, ...]:
        """The matches of a lexicon entry (the rules ask for the same ones many times)."""
        found = self._lex_cache.get((key, include_negated))
        if found is None:
            hits = self.hits.get(LEXICON_PREFIX + key)
            if not hits:
                found = ()
            elif include_negated:
                found = tuple([h.match for h in hits])
            else:
                found = tuple([h.match for h in hits if not h.negated])
            self._lex_cache[(key, include_negated)] = found
        return found

    def keep(self, keys: Iterable[str], wanted: Callable[[Hit], bool]) -> bool:
        """Keep only the wanted hits of these owners (a later step that explains cues away);
        True when any went."""
        changed = False
        for key in keys:
            hits = self.hits.get(key)
            if hits:
                kept = [h for h in hits if wanted(h)]
                if len(kept) != len(hits):
                    self.hits[key] = kept
                    changed = True
        if changed:
            self._lex_cache.clear()
        return changed

    def positions(self, key: str) -> set[int]:
        out: set[int] = set()
        for match in self.lex(key, include_negated=True):
            out.update(range(match.start, match.end + 1))
        return out

    def sentences(self, key: str) -> set[int]:
        return {self.doc.tokens[m.start].sentence for m in self.lex(key)}

    def norms(self) -> list[str]:
        return self._norms

    @cached_property
    def _norms(self) -> list[str]:
        return [t.norm for t in self.doc.tokens]


def read(doc: Doc, lang: str, matches: Iterable[Match]) -> Reading:
    """Group matches by owner and decide for each whether a negation word governs it."""
    grouped: dict[str, list[Match]] = {}
    for match in matches:
        grouped.setdefault(match.owner, []).append(match)
    reading = Reading(doc=doc, lang=lang)
    negations: set[int] = set()
    for match in grouped.get(LEXICON_PREFIX + "negation", ()):
        negations.update(match.positions)
    # Hedges are not denials: "ik weet niet of ze bedreigd wordt", "not sure if he is paid".
    norms = reading.norms()
    hedges: set[int] = set()
    for q in list(negations):
        after = norms[q + 1] if q + 1 < len(norms) else ""
        before = norms[q - 1] if q > 0 else ""
        if after in HEDGE_AFTER or before in HEDGE_BEFORE:
            negations.discard(q)
            hedges.add(q)
    # ... nor the start of a signal: "ik weet niet of ze weg mag" is no "niet weg mag".
    if hedges:
        for owner in [o for o in grouped if o.startswith(INDICATOR_PREFIX)]:
            grouped[owner] = [m for m in grouped[owner] if m.start not in hedges]
    ordered = sorted(negations)
    breaks: set[int] = set()
    for match in grouped.get(LEXICON_PREFIX + "clause_break", ()):
        breaks.update(match.positions)
    for owner, owned in grouped.items():
        if owner in (LEXICON_PREFIX + "negation", LEXICON_PREFIX + "clause_break"):
            reading.hits[owner] = [Hit(m, False) for m in owned]
            continue
        window = 1 if owner in TIGHT_KEYS else NEGATION_LOOKBACK
        reading.hits[owner] = [
            Hit(m, _negated(doc, norms, m, negations, ordered, breaks, lang, window)) for m in owned
        ]
    # A benign fact explains away the cues made of its own words too ("opgesloten in een level
    # van het spel", "mijn baas vermoordt me nog"): not only signals, also coercion, danger and
    # setting words.
    benign = {
        p
        for hit in reading.hits.get(LEXICON_PREFIX + "benign", ())
        if not hit.negated
        for p in hit.match.positions
    }
    if benign:
        reading.keep(EXPLAINED_BY_BENIGN, lambda h: benign.isdisjoint(h.match.positions))
    _drop_denied_settings(reading, norms, negations, breaks)
    _drop_writer_job(reading, norms, breaks)
    _end_confinement_by_escape(reading)
    _drop_promised_settings(reading, breaks)
    _hypothetical_is_no_report(reading)
    _no_evidence_is_denial(reading)
    _generic_reference_is_no_report(reading)
    return reading


def _hypothetical_is_no_report(reading: Reading) -> None:
    """A general question ("wanneer mag je als arts je beroepsgeheim doorbreken als je denkt dat
    een patiënt voor een ander moet werken?", "what if someone's boss keeps their passport?")
    tells no situation: signals from the hypothetical to the end of its sentence count as denied.
    Only a general subject ("je", "u", "iemand", "you", "someone") makes it hypothetical; "als ik
    zie dat ..." is the writer's own observation."""
    _deny_to_sentence_end(reading, reading.lex("hypothetical", include_negated=True), also=())


def _generic_reference_is_no_report(reading: Reading) -> None:
    """ "Is dit zo'n ding waar ze op tv over praten, van jongens die voor een baas moeten dealen?",
    "I thought of those kids who have to beg for a boss": the phenomenon as the writer knows it
    from the news is no observation; its signals and pressure cues count as denied."""
    _deny_to_sentence_end(
        reading,
        reading.lex("generic_reference", include_negated=True),
        also=DENIED_BY_NO_EVIDENCE,
    )


def _no_evidence_is_denial(reading: Reading) -> None:
    """ "Er was geen enkele aanwijzing dat iemand hem aanstuurde of onder druk zette", "no evidence
    that anyone else was made to sell drugs for him": a finding that there was no sign of it
    denies everything after it in the sentence, further than one negation word reaches, and the
    cues of pressure in it too."""
    _deny_to_sentence_end(
        reading, reading.lex("no_evidence", include_negated=True), also=DENIED_BY_NO_EVIDENCE
    )


def _deny_to_sentence_end(
    reading: Reading, markers: Sequence[Match], *, also: Iterable[str]
) -> None:
    """Signals (and the ``also`` cues) from a marker to the end of its sentence count as denied."""
    if not markers:
        return
    tokens = reading.doc.tokens
    spans = []
    for m in markers:
        end = m.end
        while end + 1 < len(tokens) and tokens[end + 1].sentence == tokens[m.start].sentence:
            end += 1
        spans.append((m.start, end))
    owners = set(also)
    for owner, hits in reading.hits.items():
        if owner.startswith(INDICATOR_PREFIX) or owner in owners:
            reading.hits[owner] = [
                Hit(h.match, True) if not h.negated and _inside(h.match, spans) else h for h in hits
            ]
    if owners:
        reading._lex_cache.clear()


def _end_confinement_by_escape(reading: Reading) -> None:
    """Someone who got out is no longer locked in: "hij is weggelopen uit de kwekerij waar hij
    opgesloten zat" tells a confinement that is over. Only the confinement cues of that part of
    the clause go ("de mannen zijn gevlucht, maar er zit nog een meisje opgesloten" is not
    over); the signals stay (the exploitation happened) and so does any other danger ("she
    escaped and they are looking for her right now")."""
    confined_key = LEXICON_PREFIX + "acute_confined"
    if not reading.hits.get(confined_key):
        return
    escapes = reading.lex("escaped")
    if not escapes:
        return
    part = _clause_parts(reading)
    escaped = {part[m.start] for m in escapes}
    over = {
        p
        for hit in reading.hits[confined_key]
        if part[hit.match.start] in escaped
        for p in hit.match.positions
    }
    if not over:
        return
    reading.keep((confined_key,), lambda h: part[h.match.start] not in escaped)
    # The same words read as strong danger ("opgesloten", "locked in") are over too.
    reading.keep((LEXICON_PREFIX + "acute_danger",), lambda h: over.isdisjoint(h.match.positions))


def _drop_writer_job(reading: Reading, norms: list[str], breaks: set[int]) -> None:
    """The writer's own job is not where it happens: in "ik werk zelf in een nagelsalon en zie
    bij de buren ..." or "as a delivery driver I see a boy ..." the salon and the delivering
    say nothing about the form. Not when the writer tells of their own work or of a colleague
    ("ik werk in een kas en mijn collega ...")."""
    keys = [k for k in SETTING_KEYS if reading.hits.get(k)]
    if not keys:
        return
    tokens = reading.doc.tokens
    spans = _writer_job_spans(tokens, norms, breaks)
    if not spans:
        return
    if not any(_inside(h.match, spans) for key in keys for h in reading.hits[key]):
        return
    if any(n in _SHARED_WORK for n in norms) or is_victim(reading):
        return
    reading.keep(keys, lambda h: not _inside(h.match, spans))


def _clause_end(tokens: Sequence[Token], breaks: set[int], start: int, limit: int) -> int:
    """The last token from ``start`` on (at most ``limit`` further) before a comma, a word that
    ends a clause or a sentence end."""
    end = start
    while (
        end + 1 < len(tokens)
        and end + 1 <= start + limit
        and tokens[end + 1].sentence == tokens[start].sentence
        and not tokens[end + 1].comma_before
        and end + 1 not in breaks
    ):
        end += 1
    return end


def _clause_start(tokens: Sequence[Token], breaks: set[int], end: int, limit: int) -> int:
    start = end
    while (
        start - 1 >= 0
        and start - 1 >= end - limit
        and tokens[start - 1].sentence == tokens[end].sentence
        and not tokens[start].comma_before
        and start - 1 not in breaks
    ):
        start -= 1
    return start


def _drop_promised_settings(reading: Reading, breaks: set[int]) -> None:
    """A setting named in a promise is what was promised, not what happens: in "ze beloofden
    haar werk in een hotel, maar ..." or "I came for a job in a bar, then they put me in a
    window" the hotel and the bar do not say what the text is about."""
    promises = reading.lex("promise", include_negated=True)
    keys = [k for k in SETTING_KEYS if reading.hits.get(k)]
    if not promises or not keys:
        return
    tokens = reading.doc.tokens
    spans: list[tuple[int, int]] = []
    for m in promises:
        end = _clause_end(tokens, breaks, m.end, PROMISE_REACH)
        start = m.start
        if end == m.end and reading.lang == "nl":
            # "ze hebben hem werk in de bouw beloofd": the Dutch participle closes the clause.
            start = _clause_start(tokens, breaks, m.start, PROMISE_REACH)
        spans.append((start, end))
    reading.keep(keys, lambda h: not _inside(h.match, spans))


def _inside(match: Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= match.start and match.end <= b for a, b in spans)


def _writer_job_spans(
    tokens: Sequence[Token], norms: list[str], breaks: set[int]
) -> list[tuple[int, int]]:
    """Token ranges that name the writer's own job: what follows "ik werk (zelf) ..." / "I work
    ..." / "mijn werk als ..." up to the end of the clause, the job after "ik ben (een)" / "I'm
    a", and the job in "als chauffeur zie ik" / "as a driver I see"."""
    spans: list[tuple[int, int]] = []
    count = len(tokens)

    def clause_end(start: int, limit: int) -> int:
        return _clause_end(tokens, breaks, start, limit)

    for i in [i for i, word in enumerate(norms) if word in _WRITER_OPENERS]:
        if i + 1 >= count:
            break
        word, nxt = norms[i], norms[i + 1]
        if word in ("ik", "i") and nxt in _WRITER_WORKS:
            start = i + 2
            while start < count and norms[start] in _WRITER_FILLER:
                start += 1
            if start < count and tokens[start].sentence == tokens[i].sentence:
                spans.append((start, clause_end(start, WRITER_JOB_REACH)))
        elif (word in ("mijn", "my") and nxt in _WRITER_JOB_NOUNS) and i + 2 < count:
            if norms[i + 2] in _WRITER_JOB_LINKS:
                spans.append((i + 2, clause_end(i + 2, WRITER_JOB_REACH)))
        elif (word, nxt) in _WRITER_IS or (word == "im" and nxt in ("a", "an")):
            # "ik ben schoonmaker", "I'm a courier": only the job noun right after.
            start = i + 2
            if word == "im" or nxt in ("am", "ben"):
                while start < count and norms[start] in ("een", "a", "an", "zelf"):
                    start += 1
                if start < count and tokens[start].sentence == tokens[i].sentence:
                    spans.append((start, clause_end(start, 2)))
        elif word in ("als", "as") and (
            i == 0 or tokens[i].comma_before or tokens[i - 1].sentence != tokens[i].sentence
        ):
            # "Als chauffeur zie ik ...", "As a delivery driver I see ...".
            for j in range(i + 1, min(i + 6, count)):
                if norms[j] in ("ik", "i") and tokens[j].sentence == tokens[i].sentence:
                    spans.append((i + 1, j - 1))
                    break
    return spans


def _drop_denied_settings(
    reading: Reading, norms: list[str], negations: set[int], breaks: set[int]
) -> None:
    """Setting words that are denied ("geen sekswerk", "it is not about sex or porn", "nothing
    sexual") do not say what the text is about. Setting words are otherwise counted also under a
    negation ("hij krijgt geen loon in het restaurant"), so only a denial of the word itself
    counts: the negation with at most a few small words between."""
    keys = [k for k in SETTING_KEYS if reading.hits.get(k)]
    if not keys or not negations:
        return
    # Most setting words have no negation just before them: nothing can deny them.
    near = {q + step for q in negations for step in range(1, DENIAL_GAP + 2)}
    if all(h.match.start not in near for key in keys for h in reading.hits[key]):
        return
    found = sorted(
        ((hit.match.start, key, hit) for key in keys for hit in reading.hits[key]),
        key=lambda item: item[0],
    )
    tokens = reading.doc.tokens
    # A negation that a signal uses ("geen loon", "no condom") is part of that signal.
    in_signal = {
        p
        for owner, hits in reading.hits.items()
        if owner.startswith(INDICATOR_PREFIX)
        for hit in hits
        if not hit.negated
        for p in hit.match.positions
        if p in negations
    }
    free = negations - in_signal
    denied_positions: set[int] = set()
    denied: set[Hit] = set()
    for start, _key, hit in found:
        if _denied(tokens, norms, start, free, breaks, denied_positions):
            denied_positions.update(hit.match.positions)
            denied.add(hit)
    if denied:
        reading.keep(keys, lambda h: h not in denied)


def _denied(
    tokens: Sequence[Token],
    norms: list[str],
    start: int,
    negations: set[int],
    breaks: set[int],
    denied_positions: set[int],
) -> bool:
    sentence = tokens[start].sentence
    q = start - 1
    steps = 0
    while q >= 0 and steps <= DENIAL_GAP and tokens[q].sentence == sentence:
        if tokens[q + 1].comma_before:
            return q in denied_positions  # "geen seks, drugs of geweld"
        if q in negations:
            # "ze mag geen condoom gebruiken" is no denial of the setting.
            return not (q > 0 and norms[q - 1] in DENIAL_MODALS)
        if norms[q] in DENIAL_LINKS:
            return q - 1 in denied_positions  # "geen seks of drugs", "not sex or porn"
        if norms[q] not in DENIAL_FILLERS or q in breaks:
            return False
        q -= 1
        steps += 1
    return False


def _negated(
    doc: Doc,
    norms: list[str],
    match: Match,
    negations: set[int],
    ordered: list[int],
    breaks: set[int],
    lang: str,
    window: int,
) -> bool:
    # Most matches have no negation word within reach at all: find that out with one search.
    # A list reaches further back: its last item can be a few words past a plain window.
    reach = max(window, NEGATION_LOOKBACK) + 2 * LIST_ITEM_MAX + 2
    first = bisect_left(ordered, match.start - reach)
    if (
        first == len(ordered)
        or ordered[first] > match.end + NEGATION_LOOKAHEAD_NL + LOOKAHEAD_LIGHT_MAX
    ):
        return False
    tokens = doc.tokens
    own = set(match.positions)
    # A negation word inside the match that the pattern does not use ("paspoort niet afgepakt").
    for q in range(match.start + 1, match.end):
        if q in negations and q not in own:
            return True
    sentence = tokens[match.start].sentence
    q = match.start - 1
    steps = 0
    item_start = match.start  # first word of the list item the walk is in
    while q >= 0 and steps < window:
        if tokens[q].sentence != sentence:
            break
        if tokens[q + 1].comma_before:
            # "niet bedreigd, geslagen of opgesloten": one word between the comma and "of".
            link = match.end + 1 if item_start == match.start else q + 2
            if not (
                q + 1 == item_start
                and link < len(tokens)
                and norms[link] in LIST_LINKS
                and link in breaks
                and not tokens[link].comma_before
                and norms[q + 1] not in ITEM_SUBJECTS
            ):
                break
            item_start = q + 1
        if q in breaks:
            # "niet geslagen of bedreigd": the item after "of" shares the negation before it.
            if not (
                norms[q] in LIST_LINKS
                and not tokens[q].comma_before
                and match.start - (q + 1) <= LIST_ITEM_MAX
                and q + 1 < len(tokens)
                and norms[q + 1] not in ITEM_SUBJECTS
                and q > 0
                and tokens[q - 1].sentence == sentence
            ):
                break
            item_start = q - 1
            q -= 1
            # The earlier item is read as if it were the match: the full window again.
            steps = 0
            window = max(window, NEGATION_LOOKBACK)
            continue
        if q in negations:
            return True
        q -= 1
        steps += 1
    if lang == "nl":
        # Tight cues take only the word right after them: "hij slaat me niet".
        reach_ahead = NEGATION_LOOKAHEAD_NL if window > 1 else 1
        q = match.end + 1
        ahead = 0
        while (
            q < len(tokens)
            and ahead < reach_ahead
            and q <= match.end + NEGATION_LOOKAHEAD_NL + LOOKAHEAD_LIGHT_MAX
        ):
            if (
                tokens[q].sentence != sentence
                or q in breaks
                or tokens[q].comma_before
                or norms[q] in LOOKAHEAD_STOPS
            ):
                break
            if q in negations:
                return True
            # "ze bedreigen hem ook niet": small words do not use up the reach.
            if norms[q] not in LOOKAHEAD_LIGHT:
                ahead += 1
            q += 1
    return False


# --- acute danger ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AcuteFinding:
    acute: bool
    kind: str  # "danger", "threat", "minor_pickup", "plea" or "" when not acute
    evidence: tuple[Match, ...]


def acute_danger(reading: Reading, *, victim: bool, minor: bool, sexual: bool) -> AcuteFinding:
    """Danger now or within hours. Past violence or a bad situation that lasts is not acute."""
    tokens = reading.doc.tokens
    # Time words are set phrases: "om # uur" must not reach over "om een meisje van 13". A time
    # that only dates the report ("vertelde me vandaag", "came in this morning") is not danger now.
    reported = reading.positions("acute_report_time")
    now = [m for m in _contiguous(reading.lex("acute_now")) if m.start not in reported]
    now += reading.lex("acute_watching")
    now_positions = [m.start for m in now]
    # A plea for help ("kom snel", "please help") is itself about now.
    # A silent cry may take a few words inside ("schreef met lippenstift 'help'"), and one
    # written long ago ("wrote 'help me' in her diary last year") is no plea now.
    past_clauses = {tokens[m.start].clause for m in reading.lex("acute_past")}
    # "wrote to us for help with her taxes" asks for help in words; it is no cry.
    silent = [
        m
        for m in reading.lex("acute_silent_plea")
        if m.end - m.start + 1 <= len(m.positions) + 3
        and tokens[m.start].clause not in past_clauses
        and tokens[m.end - 1].norm not in _ASKING_FOR
    ]
    pleas = _contiguous(reading.lex("acute_plea")) + silent
    now_positions = now_positions + [m.start for m in pleas]
    # A text that opens with "help" or "SOS" is written in the moment.
    if tokens and tokens[0].norm in _OPENING_CRY:
        now_positions.append(0)
    # A case a court or newspaper has dealt with is over unless a now-word or a plea says
    # otherwise: "the back door was chained at night" in a ruling is no danger now.
    if not now_positions and reading.lex("case_closed"):
        return AcuteFinding(False, "", ())
    # "now" reaches the part of the clause it stands in: in "heeft hem vorige week geslagen en
    # gezegd dat hij nu moet betalen" the beating is not now.
    part = _clause_parts(reading)
    # A bare "now" in what someone says means "from now on" ("he said they work for him now",
    # "now the guy says he owes him"): it does not make the danger around it happen now.
    bare_now = {m.start for m in now if m.end == m.start and tokens[m.start].norm in THESE_DAYS}
    if bare_now:  # most texts have none: the words are looked at only then
        said_parts = {part[i] for i, t in enumerate(tokens) if t.norm in _SAYING}
        bare_now = {p for p in bare_now if part[p] in said_parts}
    scene_positions = [p for p in now_positions if p not in bare_now or p == 0]
    now_scene = {tokens[p].sentence for p in scene_positions}
    now_clauses = {part[p] for p in scene_positions}
    now_sentences = {tokens[p].sentence for p in now_positions} | {
        tokens[m.start].sentence for m in pleas
    }
    # "als de tas niet om 4 uur bij het station is": a "niet" in a condition does not deny its
    # deadline.
    conditional_clauses = {tokens[m.start].clause for m in reading.lex("acute_condition")}
    affirmed_soon = reading.lex("acute_soon")
    soon_phrases = _contiguous(affirmed_soon)
    soon = affirmed_soon + tuple(
        m
        for m in reading.lex("acute_soon", include_negated=True)
        if m not in affirmed_soon and tokens[m.start].clause in conditional_clauses
    )
    timed_sentences = {
        tokens[m.start].sentence for m in _contiguous(soon) if m.start not in reported
    }
    soon_sentences = now_sentences | timed_sentences
    # "nu", "net", "right now" - not "vanavond" / "tonight", which name a moment still to come.
    soon_starts = {m.start for m in soon_phrases}
    present_sentences = {tokens[m.start].sentence for m in now if m.start not in soon_starts} | {
        tokens[m.start].sentence for m in pleas
    }
    past_parts = {part[m.start] for m in reading.lex("acute_past")}
    confined = {p for m in reading.lex("acute_confined") for p in range(m.start - 2, m.end + 3)}
    conditional = reading.sentences("acute_condition")
    conditional_parts = {part[m.start] for m in reading.lex("acute_condition")}
    # Words that carry their own present ("slapping", "is lying on the floor", "ik verstop me"):
    # happening unless the clause is past.
    live = reading.positions("acute_live")
    live_sentences = {tokens[p].sentence for p in live}
    live_parts = {part[p] for p in live}
    # "now he wants her to come to a hotel next weekend": the meeting is days away.
    later = reading.sentences("acute_later")

    def current(match: Match) -> bool:
        clause = tokens[match.start].clause
        if part[match.start] in now_clauses:
            return True
        # A blow told in the past tense ("haar man sloeg met deuren", "he kicked her") happened,
        # unless it follows the moment the writer set ("op dit moment ... ze duwden hem erin").
        if any(tokens[q].norm in _PAST_BLOWS for q in match.positions):
            sentence = tokens[match.start].sentence
            return any(
                p < match.start and tokens[p].sentence >= sentence - 1 for p in scene_positions
            )
        # Being shut in lasts; a condition later in the sentence ("... en mag pas weg als ze
        # betaald heeft") is about leaving, not about whether she is held.
        if (
            match.start in confined
            and clause not in past_clauses
            and part[match.start] not in conditional_parts
        ):
            return True
        if (
            part[match.start] in conditional_parts
            and tokens[match.start].sentence not in soon_sentences
        ):
            return False  # "als hij wegloopt slaan ze hem": a threat without a moment
        # Heard or seen as it happens ("... en ik hoor klappen"): a habit told in another part
        # of the clause ("die man die ze elke ochtend ophaalt") does not make it the past.
        if (
            live.intersection(range(match.start - 1, match.end + 2))
            and part[match.start] not in past_parts
        ):
            return True
        if clause in past_clauses:
            return False
        if match.start in confined:
            return True  # being locked in or kept from help lasts: it is happening unless past
        # (A live cue right next to it returned above: its clause part is not past here.)
        # A verb of the present in the same part of the clause: "a man is holding a knife to
        # her throat", "his arm is badly hurt".
        if part[match.start] in live_parts:
            return True
        if any(abs(p - match.start) <= NOW_DISTANCE for p in scene_positions):
            return True
        # A report that opens with "Nu ..." / "Right now ..." tells one scene; otherwise a now-word
        # reaches the sentence before and after its own.
        return near_now(tokens[match.start].sentence)

    def near_now(sentence: int) -> bool:
        return 0 in now_scene or _near(sentence, now_scene)

    score = 0
    evidence: list[Match] = []
    kind = ""
    for match in reading.lex("acute_danger"):
        if current(match):
            score += 2
            evidence.append(match)
            kind = kind or "danger"
    # A participle alone ("geslagen") is usually the past; with a now-word in its own clause part
    # it is happening: "er wordt op dit moment een jongen geslagen", "hij is net neergestoken".
    hurt = reading.lex("acute_hurt_now")
    passive_now = (
        {part[i] for i, t in enumerate(tokens) if t.norm in _PRESENT_PASSIVE} if hurt else set()
    )
    for match in hurt:
        if (part[match.start] in now_clauses or part[match.start] in passive_now) and tokens[
            match.start
        ].clause not in past_clauses:
            score += 2
            evidence.append(match)
            kind = kind or "danger"
    # A bare "now" often means "these days" ("now he keeps my card ... he'll hurt me if I stop"):
    # it does not give a threat tied to a condition its moment.
    moment_sentences = (
        timed_sentences
        | {tokens[m.start].sentence for m in pleas}
        | {
            tokens[m.start].sentence
            for m in now
            if m.end > m.start or tokens[m.start].norm not in THESE_DAYS
        }
    )
    kin_parts = {part[m.start] for m in reading.lex("acute_kin")}
    for match in reading.lex("acute_threat"):
        if part[match.start] in kin_parts and any(
            tokens[q].norm in _FETCHING for q in match.positions
        ):
            continue
        # "if you run away we will kill your mother" is coercion that lasts; a threat is danger
        # now when it names a moment ("vannacht", "tonight") or is not tied to a condition.
        sentence = tokens[match.start].sentence
        # ... or a deadline within hours in the sentence next to it ("they want me to do a break-in
        # tonight. If I say no they'll hurt my sister").
        if (
            sentence in conditional
            and sentence not in moment_sentences
            and not _near(sentence, timed_sentences - later)
        ):
            continue
        score += 2
        evidence.append(match)
        kind = kind or "threat"
    # Cues that are danger only at a moment within hours: "he is coming back in an hour", "tonight
    # she has to go with his friends again".
    # "mijn vader komt me vanavond halen": family fetching someone home.
    # "hij komt over een uur terug": the moment may stand inside the cue.
    soon_words = {p for m in soon_phrases for p in m.positions}
    kin_positions = reading.positions("acute_kin")
    for match in reading.lex("acute_threat_timed"):
        # Family as the one who comes is a lift; as the one visited it is a threat ("gaat
        # morgen langs bij je moeder").
        if part[match.start] in kin_parts and kin_positions.isdisjoint(match.positions):
            continue
        inside = set(range(match.start, match.end + 1)) - soon_words
        close = len(inside) <= len(match.positions) + 1
        sentence = tokens[match.start].sentence
        # "vorig jaar zou hij haar slaan"; a past told in another part of the clause ("vorige
        # keer sloeg hij me en hij zegt dat hij boven komt als ...") does not date this one.
        past = part[match.start] in past_parts
        # "als ik stop zegt hij dat zijn neven me komen halen": a condition without a time of its
        # own ("binnen 5 min", "tonight") is coercion that lasts, even in a text that says "nu".
        tied = part[match.start] in conditional_parts and sentence not in timed_sentences
        if (
            close
            and not past
            and not tied
            and sentence not in later
            and (sentence in soon_sentences or near_now(sentence))
        ):
            score += 2
            evidence.append(match)
            kind = kind or "threat"
    for match in reading.lex("acute_confined"):
        if current(match) and all(e.start != match.start for e in evidence):
            score += 2
            evidence.append(match)
            kind = kind or "danger"
    # Weaker cues (crying, blood, "help") count only with a now-word in their sentence.
    weak = _disjoint(
        [
            m
            for m in reading.lex("acute_weak")
            if part[m.start] in now_clauses
            or (
                tokens[m.start].sentence in now_sentences
                and tokens[m.start].clause not in past_clauses
            )
        ]
    )
    # In a sentence told in the present without a now-word ("ze zit in de auto ... ze is bang")
    # weak cues count once: a quarrel heard through the wall is no emergency on its own.
    weak_present = [
        m
        for m in reading.lex("acute_weak")
        if tokens[m.start].sentence in live_sentences
        and tokens[m.start].clause not in past_clauses
        and m not in weak
    ]
    if weak:
        score += min(len(weak), 2)
        evidence.extend(weak[:2])
    elif weak_present:
        score += 1
        evidence.extend(weak_present[:1])
    if pleas:
        score += 1 + any(tokens[m.start].sentence in now_sentences for m in pleas)
        evidence.extend(pleas)
        kind = kind or "plea"
    # "he is driving her home, she is scared of the storm": a lift from family is no pickup.
    kin_sentences = reading.sentences("acute_kin")
    if not minor:  # an adult being taken away now backs up another cue
        taken = [
            m
            for m in reading.lex("acute_pickup")
            if tokens[m.start].sentence
            in timed_sentences | (now_sentences - later) | live_sentences
            and tokens[m.start].sentence not in kin_sentences
            and (part[m.start] in now_clauses or tokens[m.start].clause not in past_clauses)
        ]
        if taken:
            score += 1
            evidence.extend(taken[:1])
    if minor:  # a minor being taken away now or within hours
        sex_or_crime = (
            sexual
            or bool(reading.lex("context_sexual", include_negated=True))
            or bool(reading.lex("adult_contact", include_negated=True))
            or bool(reading.lex("context_criminal"))
            or bool(reading.lex("sex_observed"))
        )
        # Fear words alone ("bang voor het onweer") do not turn a parent's lift into a pickup.
        exploited = sex_or_crime or bool(reading.lex("coercion"))

        # Only in a story of exploitation (sex, an older man online, coercion, crime for
        # others): "she just got into her father's car" is not danger. Being taken counts with
        # any now-word; a pickup or meeting within hours too; a meeting next week is to report,
        # not a 112 call. Being streamed live, or gone and out of reach now, counts as well.
        def present(match: Match, sentences: set[int]) -> bool:
            return tokens[match.start].sentence in sentences and (
                part[match.start] in now_clauses or tokens[match.start].clause not in past_clauses
            )

        taking_now = (present_sentences - later) | live_sentences
        # Being taken right now also counts when the writer shows distress ("she is crying").
        distress = exploited or bool(weak) or bool(pleas)
        meeting = (
            [
                m
                for m in reading.lex("acute_pickup", include_negated=True)
                if present(m, taking_now | (timed_sentences if exploited else set()))
                and (sex_or_crime or tokens[m.start].sentence not in kin_sentences)
            ]
            if distress
            else []
        ) + (
            [
                m
                for m in reading.lex("acute_meeting", include_negated=True)
                if present(m, timed_sentences - later)
            ]
            + [m for m in reading.lex("acute_streamed") if present(m, taking_now)]
            + [
                m
                for m in reading.lex("acute_gone")
                if present(m, now_sentences | timed_sentences | live_sentences)
            ]
            if exploited
            else []
        )
        if meeting:
            score += 2
            evidence.extend(meeting[:1])
            kind = kind or "minor_pickup"
        # Paid sex with a minor that is going on while the writer types: "she is still up there
        # now", "ze zijn nu naar boven".
        # A bare "nu" / "now" often means "these days" ("now he wants me to do cam shows"); with
        # a verb of being somewhere in its sentence it is now ("she is still up there now").
        ongoing = [
            m
            for m in now
            if m.start not in soon_starts
            and tokens[m.start].clause not in past_clauses
            and (
                m.end > m.start
                or tokens[m.start].norm not in _BARE_NOW
                or tokens[m.start].sentence in live_sentences
            )
        ]
        if sexual and ongoing and not meeting:
            score += 2
            evidence.extend(ongoing[:1])
            kind = kind or "minor_pickup"
        # A minor up in a hotel room with a grown man, or men going up to her one after another,
        # while the writer types: no paid-sex word is needed to see that this is happening now.
        if not meeting and not (sexual and ongoing):
            visit = _minor_in_room(reading, part, now_scene, past_parts, later | kin_sentences)
            if visit:
                score += 2
                evidence.extend(visit[:1])
                kind = kind or "minor_pickup"
    # Being driven or taken away now against one's will: a ride told in the present, with the
    # taken person's refusal or fear close by ("ik zit achterin zijn auto ... ik wil naar huis").
    taken_away = _taken_against_will(
        reading,
        part,
        now_scene=now_scene,
        now_clauses=now_clauses,
        present=soon_sentences | live_sentences,
        past_parts=past_parts,
        conditional_parts=conditional_parts,
        away=later | kin_sentences,
    )
    if taken_away:
        score += 2
        evidence.extend(taken_away[:2])
        kind = kind or "danger"
    safe = reading.lex("acute_safe")
    threshold = 4 if safe else 2
    if score >= threshold:
        return AcuteFinding(True, kind or "danger", tuple(_dedupe(evidence)))
    return AcuteFinding(False, "", ())


# "Er wordt een jongen geslagen": the Dutch present passive tells what is happening.
_PRESENT_PASSIVE = frozenset({"wordt", "worden"})
_BARE_NOW = frozenset({"nu", "now", "vandaag", "today", "net", "momenteel", "currently"})
# A bare now-word that may mean "these days" rather than "at this moment" ("net" never does).
THESE_DAYS = frozenset({"nu", "now", "momenteel", "currently"})
_PAST_BLOWS = frozenset(
    "sloeg sloegen schopte schopten trapte trapten duwde duwden sleurde sleurden stak staken "
    "wurgde wurgden mishandelde mishandelden kicked punched slapped stabbed choked strangled "
    "dragged shoved".split()
)
_SAYING = frozenset(
    "zegt zei zeiden zeggen appt appte stuurt stuurde says said say tells told texts texted".split()
)
_ASKING_FOR = frozenset({"for", "om", "voor", "about", "over"})
# Coming to fetch someone ("komt me vanavond halen") is a lift home when family says it.
_FETCHING = frozenset({"halen", "ophalen", "komt", "komen", "coming", "come", "pick", "get"})
_OPENING_CRY = frozenset({"help", "hulp", "sos", "helpp", "hellup"})
# A grown man in the story: a minor in a hotel room with her friends is no emergency.
_GROWN_MEN = frozenset({"man", "men", "mannen", "guy", "guys", "vent", "kerel", "kerels"})


def _near(sentence: int, scene: set[int], reach: int = 1) -> bool:
    """Whether ``sentence`` is at most ``reach`` sentences from one in ``scene``."""
    return any(abs(q - sentence) <= reach for q in scene)


def _minor_in_room(
    reading: Reading,
    part: list[int],
    now_scene: set[int],
    past_parts: set[int],
    away: set[int],
) -> list[Match]:
    """A minor up in a (hotel) room with a grown man, or men going up to that room, told at the
    time it happens. ``away``: sentences about later or with family in them ("checked in with
    her father" is a holiday)."""
    tokens = reading.doc.tokens
    if not _GROWN_MEN.intersection(t.norm for t in tokens) and not reading.lex(
        "adult_contact", include_negated=True
    ):
        return []
    live = reading.positions("acute_live")
    return [
        m
        for m in reading.lex("acute_room") + reading.lex("acute_men_visit")
        if part[m.start] not in past_parts
        and tokens[m.start].sentence not in away
        and (_near(tokens[m.start].sentence, now_scene) or live.issuperset(m.positions))
    ]


def _taken_against_will(
    reading: Reading,
    part: list[int],
    *,
    now_scene: set[int],
    now_clauses: set[int],
    present: set[int],
    past_parts: set[int],
    conditional_parts: set[int],
    away: set[int],
) -> list[Match]:
    """A ride told in the present (``acute_taken_away``) and, within a sentence or two, the
    taken person's refusal or fear (``acute_unwilling``). Either alone is ordinary: a school trip
    by bus, "ik wil naar huis" after a long day. A ride with family in the sentence is a lift, a
    past or conditional one ("last year he drove me", "if he ever takes me") is not now.
    ``away``: sentences about later or with family in them."""
    tokens = reading.doc.tokens
    unwilling = [
        m
        for m in reading.lex("acute_unwilling")
        if part[m.start] in now_clauses or part[m.start] not in past_parts
    ]
    if not unwilling:
        return []
    unwilling_sentences = {tokens[m.start].sentence for m in unwilling}
    rides = [
        m
        for m in reading.lex("acute_taken_away")
        if part[m.start] not in past_parts
        and part[m.start] not in conditional_parts
        and tokens[m.start].sentence not in away
        and (tokens[m.start].sentence in present or _near(tokens[m.start].sentence, now_scene))
        and _near(tokens[m.start].sentence, unwilling_sentences, reach=2)
    ]
    if not rides:
        return []
    return [rides[0], unwilling[0]]


def _contiguous(matches: Sequence[Match]) -> list[Match]:
    """Set phrases as written; a phrase of three words or more may take one word inside ("op
    dit eigenste moment", "right at this moment")."""
    return [
        m
        for m in matches
        if m.end - m.start + 1 <= len(m.positions) + (1 if len(m.positions) >= 3 else 0)
    ]


def _clause_parts(reading: Reading) -> list[int]:
    """A label per token: clauses split further at "en", "maar", "because" ... Two tokens share a
    label when they share a clause and no such word stands between them."""
    tokens = reading.doc.tokens
    at_break = [0] * len(tokens)
    for position in reading.positions("clause_break"):
        # "een jongen van een jaar of 14", "10 or 12 men": "of" / "or" before a number joins
        # two numbers, not two clauses.
        following = position + 1
        if (
            tokens[position].norm in LIST_LINKS
            and following < len(tokens)
            and tokens[following].norm[:1].isdigit()
        ):
            continue
        at_break[position] = 1
    stride = len(tokens) + 1
    return [
        token.clause * stride + seen
        for token, seen in zip(tokens, accumulate(at_break), strict=True)
    ]


def _disjoint(matches: list[Match]) -> list[Match]:
    """One cue per word: "vrienden ontmoet" and "ontmoet" are one weak cue, not two."""
    used: set[int] = set()
    out = []
    for m in sorted(matches, key=lambda m: (m.start, m.end)):
        if used.isdisjoint(m.positions):
            used.update(m.positions)
            out.append(m)
    return out


def _dedupe(matches: list[Match]) -> list[Match]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in sorted(matches, key=lambda m: (m.start, m.end)):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


# --- who writes ------------------------------------------------------------------------------

_THIRD = {
    "nl": frozenset({"hij", "hem", "haar"}),
    "en": frozenset({"he", "she", "him", "her", "his"}),
}
_FIRST = {
    "nl": frozenset({"ik", "mij", "me", "mijn", "mn", "mezelf", "wij", "we", "ons", "onze"}),
    "en": frozenset({"i", "me", "my", "myself", "im", "ive", "we", "us", "our"}),
}


def is_professional(reading: Reading) -> bool:
    # Role phrases are set phrases: "ik ben ... bij mijn begeleider" is not "ik ben begeleider".
    return any(m.end - m.start + 1 <= len(m.positions) + 1 for m in reading.lex("professional"))


def is_victim(reading: Reading) -> bool:
    """First person plus what happens to the writer; professionals and relatives tell of others."""
    if is_professional(reading):
        return False
    lang = "en" if reading.lang == "en" else "nl"
    # "ik wil niet dat ze weten dat ik het was" is about reporting, not about what happens to me.
    aside = (
        reading.positions("anonymous")
        | reading.positions("anonymous_told")
        | reading.positions("anonymous_fear")
    )
    norms = reading.norms()
    if aside:
        norms = [n if i not in aside else "" for i, n in enumerate(norms)]
    first = sum(map(_FIRST[lang].__contains__, norms))
    third = sum(map(_THIRD[lang].__contains__, norms))
    # Short first-person phrases are only evidence when they are close together (one word
    # between at most): "ik wil dit melden" yes, "told me they all have to" no.
    own = {
        tuple(reading.doc.tokens[p].norm for p in m.positions)
        for m in reading.lex("victim_self", include_negated=True)
        if m.end - m.start + 1 <= len(m.positions) + 1 and m.start not in aside
    }
    relation = len(reading.lex("relation"))
    if relation and len(own) < 3:
        return False
    # A writer who saw or heard it ("ik zie ze nooit naar huis gaan", "told me that") needs more
    # signs that it happens to them.
    observed = _distinct_starts(reading.lex("observer", include_negated=True))
    return len(own) >= 2 + min(observed, 2) and first >= 2 and first >= third


def _distinct_starts(matches: Sequence[Match]) -> int:
    return len({m.start for m in matches})


def asks_advice(reading: Reading) -> bool:
    return bool(reading.lex("advice"))


def wants_anonymity(reading: Reading, *, victim: bool) -> Sequence[Match]:
    """An explicit wish, or fear of the people involved when the writer only saw it: a victim's
    ("victim" is what :func:`is_victim` says) "they know where I live" is a threat in their own
    story, not a wish to report unnamed."""
    wish = reading.lex("anonymous") + reading.lex("anonymous_told", include_negated=True)
    # A professional who writes "ze weten waar ik woon" quotes a client; their own wish to stay
    # out of it they say outright.
    if wish or victim or is_professional(reading):
        return wish
    return reading.lex("anonymous_fear")


# --- minors ----------------------------------------------------------------------------------


def minor_evidence(reading: Reading) -> list[tuple[int, int]]:
    """Token ranges that show someone under 18: an age or an explicit word."""
    tokens = reading.doc.tokens
    text = reading.doc.text
    found: list[tuple[int, int]] = [(m.start, m.end) for m in reading.lex("minor")]
    units = {t for m in reading.lex("age_unit", include_negated=True) for t in m.positions}
    persons = {t for m in reading.lex("person", include_negated=True) for t in m.positions}
    verbs = {t for m in reading.lex("age_verb", include_negated=True) for t in m.positions}
    norms = reading.norms()
    for i in [i for i, norm in enumerate(norms) if norm[0].isdigit()]:
        token = tokens[i]
        age = _age_value(token.norm)
        if age is None:
            continue
        value, unit_inside = age
        if not 1 <= value < 18:
            continue
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        prev = norms[i - 1] if i > 0 else ""
        if nxt in _AGE_EXCLUDED_NEXT:
            continue
        loose = _loose_age_start(norms, tokens, i)
        anchor = norms[loose - 1] if loose > 0 else ""
        if loose < i:
            # "al bijna 15 jaar": a duration, however loosely said.
            if anchor in _DURATION_BEFORE:
                continue
        elif prev in _DURATION_BEFORE:
            continue
        # The lower end of a range speaks for both: "zo'n 8 of 9 jaar oud", "13 or 14 years old".
        unit_at = i + 1
        if nxt in ("of", "or", "tot", "to") and i + 2 < len(norms):
            if _age_value(norms[i + 2]) is not None:
                unit_at = i + 3
        after_next = norms[unit_at + 1] if unit_at + 1 < len(norms) else ""
        is_age = unit_inside
        if unit_at in units and after_next not in _AGE_EXCLUDED_NEXT:
            is_age = (
                is_age
                or norms[unit_at] in ("jarige", "jarig", "jr", "yo", "yrs")
                or after_next
                in (
                    "oud",
                    "old",
                )
            )
            # "een meisje van 15 jaar", "15 jaar" after a person word
            is_age = is_age or any(p in persons for p in range(max(0, i - 3), i))
        if i - 1 in verbs:
            is_age = True
        # "two girls who look 13", "ze lijkt 14", "ziet eruit als 15", "looks like 14".
        if prev in _LOOKS or (
            prev in ("als", "like")
            and i >= 2
            and norms[i - 2] in _LOOKS | {"uit", "eruit", "zien", "ziet", "uitziet"}
        ):
            is_age = True
        # "een man of 12", "een stuk of 12": about twelve (people), a count and not an age.
        if prev == "of" and i >= 3 and norms[i - 2] in ("man", "stuk") and norms[i - 3] == "een":
            continue
        if prev in ("van", "of") and any(p in persons for p in range(max(0, i - 4), i - 1)):
            is_age = True
        if prev in (
            "ongeveer",
            "maybe",
            "about",
            "around",
            "rond",
            "zon",
            "circa",
            "approximately",
            "hooguit",
            "hoogstens",
            "misschien",
            "amper",
            "nauwelijks",
            "barely",
            "probably",
            "like",
        ):
            if i >= 2 and norms[i - 2] in _AGE_LOOKS:
                is_age = True
        if loose < i and (
            loose - 1 in verbs
            or anchor in _AGE_LOOKS
            or anchor in _YOUNG
            or anchor.endswith(_YOUNG_ENDINGS)
            or (anchor == "van" and any(p in persons for p in range(max(0, loose - 5), loose)))
        ):
            is_age = True  # "ze is nog maar 14", "een meisje rond de 15", "a boy maybe 14"
        # "een jaar of 14" after someone or a verb of age ("ze is een jaar of 14"), not a
        # duration ("het duurt een jaar of 14").
        if prev == "of" and i >= 3 and norms[i - 2] == "jaar" and norms[i - 3] == "een":
            if i - 4 in verbs or (i >= 4 and norms[i - 4] in _AGE_LOOKS):
                is_age = True
            elif any(p in persons for p in range(max(0, i - 7), i - 3)):
                is_age = True
        # The verb after the age: "dat ze 15 of 16 is", "ze is vorige maand 16 geworden".
        verb_after = norms[unit_at] if unit_at < len(norms) else ""
        if verb_after == "geworden" or (
            verb_after in _AGE_VERB_AFTER
            and (anchor in _AGE_SUBJECTS or anchor in _YOUNG or anchor.endswith(_YOUNG_ENDINGS))
        ):
            is_age = True
        # "a girl at my gym, 17, ..." / "a boy in my street, maybe 14, ...": a number set off
        # by commas right after a person word
        if tokens[loose].comma_before and i + 1 < len(tokens) and tokens[i + 1].comma_before:
            if any(p in persons for p in range(max(0, loose - 5), loose)):
                is_age = True
        if (
            token.start > 0
            and text[token.start - 1] == "("
            and text[token.end : token.end + 1] == ")"
        ):
            is_age = True
        if (
            prev in ("tot", "to", "en", "and", "of", "or")
            and i >= 2
            and _age_value(norms[i - 2]) is not None
        ):
            continue  # the upper end of a range: the lower end decides
        if is_age:
            found.append((i, unit_at if unit_at in units else i))
    return found


def _loose_age_start(norms: list[str], tokens: Sequence[Token], i: int) -> int:
    """Where the words that loosen the age at ``i`` begin ("rond de", "nog maar", "maybe");
    ``i`` itself when there are none."""
    start = i
    while start > 0:
        for phrase in _AGE_APPROX:
            size = len(phrase)
            if (
                start >= size
                and tuple(norms[start - size : start]) == phrase
                and not any(tokens[p].comma_before for p in range(start - size + 1, start + 1))
            ):
                start -= size
                break
        else:
            return start
    return start


def _age_value(norm: str) -> tuple[int, bool] | None:
    if not norm.isascii():
        return None
    if norm.isdigit():
        return (int(norm), False) if len(norm) <= 2 else None
    for suffix in ("jarige", "jarig", "jr", "yo", "yrs", "j"):
        if (
            norm.endswith(suffix)
            and norm[: -len(suffix)].isdigit()
            and len(norm) - len(suffix) <= 2
        ):
            return (int(norm[: -len(suffix)]), True)
    return None
