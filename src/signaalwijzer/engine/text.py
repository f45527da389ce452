"""Text preparation: cleaning, tokens with character offsets, sentences, lemmas, language.

Offsets always point into the (cut) input text, so evidence can be highlighted in what the
writer typed. Cleaning never changes the length of the text: control characters become spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

# Lemmas simplemma gets wrong for words that matter here (see engineering notes, section 10).
LEMMA_OVERRIDES: dict[str, dict[str, str]] = {
    "nl": {
        "werkgever": "werkgever",
        "werkgevers": "werkgever",
        "inhouden": "inhouden",
        "ingehouden": "inhouden",
        "houdt": "houden",
        "hield": "houden",
        "hielden": "houden",
        "waren": "zijn",
        "klanten": "klant",
        "planten": "plant",
        "mn": "mijn",
        "m'n": "mijn",
        "zn": "zijn",
        "z'n": "zijn",
        "bedreigd": "bedreigen",
        "bedreigt": "bedreigen",
        "opgesloten": "opsluiten",
        "afgepakt": "afpakken",
        "afgenomen": "afnemen",
        "ingenomen": "innemen",
        "slaapt": "slapen",
        "sliepen": "slapen",
        "geslagen": "slaan",
        "sloeg": "slaan",
        "sloegen": "slaan",
        "moet": "moeten",
        "moest": "moeten",
        "moesten": "moeten",
        "mag": "mogen",
        "mocht": "mogen",
        "mochten": "mogen",
        "durft": "durven",
        "durfde": "durven",
        "paspoorten": "paspoort",
    },
    "en": {
        "was": "be",
        # "told me they work" is no "I work": the object is not the subject.
        "me": "me",
        # Accompanied under watch, not the sex work "escort" (a pattern word matches its forms).
        "escorted": "escorted",
        "escorting": "escorting",
        "left": "leave",
        "lives": "live",
        "papers": "paper",
        "women": "woman",
        "men": "man",
        "children": "child",
        "kids": "kid",
        "clients": "client",
        "johns": "john",
        "pimps": "pimp",
        "pimped": "pimp",
        "pimping": "pimp",
        "prostituted": "prostitute",
        "harbored": "harbor",
        "harboured": "harbour",
        "threatened": "threaten",
        "forced": "force",
        "locked": "lock",
        "beaten": "beat",
        "held": "hold",
        "kept": "keep",
        "took": "take",
        "taken": "take",
        "paid": "pay",
        "brothels": "brothel",
        "visas": "visa",
    },
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
# A word: letters/digits, optionally joined by one apostrophe ("can't", "m'n", "zo'n").
# Digits and letters are separate words ("8am" -> "8" "am", "15yo" -> "15" "yo").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u2018`][^\W\d_]+)?|\d+")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n?|[;]")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]| - ")


class Token(NamedTuple):
    start: int
    end: int
    norm: str  # lowercased, accents and apostrophes removed
    sentence: int
    comma_before: bool  # a comma, colon, dash or bracket sits before this token
    clause: int  # sentences split further at those marks


@dataclass(frozen=True, slots=True)
class Doc:
    text: str  # cleaned text, same length as the input
    tokens: tuple[Token, ...]


def clean(text: str) -> str:
    """Control characters become spaces so every offset stays valid in the input text."""
    return _CONTROL.sub(" ", text)


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """Lowercase, drop accents and apostrophes: "Één" -> "een", "can't" -> "cant"."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered.replace("'", "").replace("`", "")
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("'", "").replace("\u2019", "").replace("\u2018", "").replace("`", "")


def tokenise(text: str) -> Doc:
    """Split into word tokens with offsets and sentence numbers (chat text without stops is one
    sentence; the pattern gap limit keeps matches local anyway).

    The text is cut at every sentence end and clause mark first; the words of one piece share
    their sentence and clause, so each piece is read with one regular-expression scan."""
    cleaned = clean(text)
    boundaries = [m.end() for m in _SENTENCE_END.finditer(cleaned)]
    marks = [m.start() for m in _CLAUSE_MARK.finditer(cleaned)]
    cuts = sorted({*boundaries, *marks, len(cleaned)})
    ends_at = dict.fromkeys(boundaries, 0)
    for end in boundaries:
        ends_at[end] += 1
    mark_at = frozenset(marks)
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    norm = normalise_word
    scan = _WORD.finditer
    sentence = previous_sentence = clause = 0
    comma = False  # a clause mark since the last word
    piece_start = 0
    for cut in cuts:
        first = True
        for match in scan(cleaned, piece_start, cut):
            if first:
                if comma or sentence != previous_sentence:
                    clause += 1
                previous_sentence = sentence
                start, end = match.span()
                append(new(Token, (start, end, norm(match.group()), sentence, comma, clause)))
                comma = first = False
                continue
            start, end = match.span()
            append(new(Token, (start, end, norm(match.group()), sentence, False, clause)))
        sentence += ends_at.get(cut, 0)
        if cut in mark_at:
            comma = True
        piece_start = cut
    return Doc(text=cleaned, tokens=tuple(tokens))


_SIMPLEMMA_LANGS = frozenset({"nl", "en", "de", "fr", "es", "pl", "ro", "bg", "pt", "it"})


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The base form of a normalised word; simplemma is imported (and its dictionary loaded)
    only on the first call, once per process."""
    override = LEMMA_OVERRIDES.get(lang, {}).get(word)
    if override is not None:
        return override
    if lang not in _SIMPLEMMA_LANGS or not word.isalpha():
        return word
    import simplemma

    result = simplemma.lemmatize(word, lang=lang).lower()
    return result.replace("_", "")


# Function words per language for detection. Small on purpose: enough to tell nl from en and to
# recognise the languages of the largest migrant groups, which get a best-effort analysis.
_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        "de het een en van ik je jij hij zij ze we wij niet is zijn was heeft hebben dat die "
        "dit er op in met voor naar maar ook al nog wel geen mijn mn zn haar hem hun wat waar "
        "hoe als dan om bij uit door wordt werd moet kan mag zou heb ben nu deze omdat toen "
        "tot over elke elk want echt gewoon even weet".split()
    ),
    "en": frozenset(
        "the a an and of i you he she they we not is are was were has have had that this "
        "there on in with for to but also no my his her him their what where how if then at "
        "from by be been will would can could do does did it me our just now who when so "
        "because every".split()
    ),
    "de": frozenset(
        "der die das und ich nicht ist sind mit für auf ein eine wir sie er zu".split()
    ),
    "pl": frozenset("i w nie jest na się z to że do jak ale mnie jestem mój moja pracy".split()),
    "ro": frozenset("și în nu este cu la pe că de un o eu sunt mă pentru care meu mea am".split()),
    "fr": frozenset("le la les et je ne pas est sont avec pour une un il elle nous dans".split()),
    "es": frozenset("el la los y yo no es son con para una un él ella que en por".split()),
    "pt": frozenset("o a os e eu não é são com para uma um ele ela que em meu minha".split()),
}
_STOPWORDS = {
    lang: frozenset(normalise_word(w) for w in words) for lang, words in _STOPWORDS.items()
}
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _STOPWORD_LANGS[_word] = (*_STOPWORD_LANGS.get(_word, ()), _lang)


def function_words(lang: str) -> frozenset[str]:
    """The (normalised) function words of a language: common in any text, never telling."""
    return _STOPWORDS.get(lang, frozenset())


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def detect_language(doc: Doc) -> str:
    """nl or en where the function words say so; another ISO code (best effort) otherwise."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for token in doc.tokens:
        for lang in _STOPWORD_LANGS.get(token.norm, ()):
            counts[lang] += 1
    if not doc.tokens:
        return "nl"
    best = max(counts, key=lambda k: (counts[k], k in ("nl", "en"), k == "nl"))
    if counts[best] == 0:
        cyrillic = len(_CYRILLIC.findall(doc.text))
        if cyrillic > len(doc.text) // 4:
            return "uk" if any(c in doc.text for c in "іїєґ") else "bg"
        return "nl"
    if best not in ("nl", "en"):
        # Loan words: a Dutch or English text with a few foreign function words stays itself.
        runner = max(("nl", "en"), key=lambda k: counts[k])
        if counts[runner] * 2 >= counts[best]:
            return runner
    return best


# Function words that tell Dutch from English inside one text: only those that are not also an
# everyday word of the other language ("die", "van", "door", "want" are English words too; "of",
# "me", "had", "been" Dutch ones; "er" is an English hesitation).
_TELLING: dict[str, frozenset[str]] = {
    "nl": _STOPWORDS["nl"]
    - _STOPWORDS["en"]
    - frozenset("die van over door even want ben dan al hem met hoe tot op er".split()),
    "en": _STOPWORDS["en"] - _STOPWORDS["nl"] - frozenset("of at me had been he an a i".split()),
}
_NORM = itemgetter(2)  # Token.norm
MIXED_MIN_WORDS = 2  # telling words of the other language before a text counts as mixed
MIXED_WINDOW = 4  # words either side that decide which language a word is written in


def other_language_positions(doc: Doc, lang: str) -> frozenset[int]:
    """The tokens written in the other of Dutch and English, in a text that mixes them ("mijn
    neef werkt bij een car wash and the boss keeps his passport"); empty for a one-language text.

    A word belongs to the language whose telling function words outnumber the other's within
    ``MIXED_WINDOW`` words in its clause (people switch language at a comma or mid-sentence);
    a word with no telling word near takes its clause's majority, then its sentence's. One
    stray word ("the", a quoted "please") does not make a text mixed."""
    if lang not in _TELLING:
        return frozenset()
    theirs = _TELLING["en" if lang == "nl" else "nl"]
    tokens = doc.tokens
    # Counted in C first: almost every text is in one language and stops here.
    if sum(map(theirs.__contains__, map(_NORM, tokens))) < MIXED_MIN_WORDS:
        return frozenset()
    ours = _TELLING[lang]
    # Running counts of telling words of each language, and the balance per clause and sentence
    # (+1 for the other language, -1 for the text's own).
    n = len(tokens)
    for_other = [0] * (n + 1)
    for_own = [0] * (n + 1)
    clause_votes: dict[int, int] = {}
    sentence_votes: dict[int, int] = {}
    first_of: dict[int, int] = {}
    last_of: dict[int, int] = {}
    for i, token in enumerate(tokens):
        is_other = token.norm in theirs
        is_own = not is_other and token.norm in ours
        for_other[i + 1] = for_other[i] + is_other
        for_own[i + 1] = for_own[i] + is_own
        if is_other or is_own:
            vote = 1 if is_other else -1
            clause_votes[token.clause] = clause_votes.get(token.clause, 0) + vote
            sentence_votes[token.sentence] = sentence_votes.get(token.sentence, 0) + vote
        first_of.setdefault(token.clause, i)
        last_of[token.clause] = i
    found: set[int] = set()
    for i, token in enumerate(tokens):
        lo = max(i - MIXED_WINDOW, first_of[token.clause])
        hi = min(i + MIXED_WINDOW, last_of[token.clause]) + 1
        balance = (for_other[hi] - for_other[lo]) - (for_own[hi] - for_own[lo])
        if balance == 0:
            balance = clause_votes.get(token.clause, 0) or sentence_votes.get(token.sentence, 0)
        if balance > 0:
            found.add(i)
    return frozenset(found)
