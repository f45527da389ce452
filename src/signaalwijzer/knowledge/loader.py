"""Validating TOML loader for the knowledge base (stdlib only: tomllib).

A domain expert edits the data files by hand, so the loader never stops at the first mistake: it
collects *every* problem (file, entry, field, message) and only builds the typed
:class:`KnowledgeBase` when there are none. ``signaalwijzer kb validate`` prints the same list.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from signaalwijzer.knowledge.model import (
    CHANNEL_IDS,
    FORM_IDS,
    LANGS,
    ROUTING_CONDITIONS,
    Category,
    Channel,
    Form,
    Indicator,
    KnowledgeBase,
    Patterns,
    RoutingRule,
    Setting,
    Source,
    Text,
)

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"

WEIGHT_MIN = 0.1
WEIGHT_MAX = 1.0
MAX_PATTERN_TERMS = 8
MIN_WILDCARD_STEM = 3

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SOURCE_KEY_RE = re.compile(r"^[A-Z0-9][A-Za-z0-9()-]*$")
_TEL_RE = re.compile(r"^\+?[0-9]{3,15}$")
_VERSION_RE = re.compile(r"^\d{4}\.\d{1,2}\.\d+$")
_TOML_LINE_RE = re.compile(r"at line (\d+)")
# One alternative of a pattern term: letters/digits, optionally with a leading and/or trailing `*`.
_ALTERNATIVE_RE = re.compile(r"^(\*?)([^\W_]+)(\*?)$")

T = TypeVar("T")


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the data, pointed at precisely enough for a non-programmer to fix it."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.field}: {self.message}"


def pattern_problems(pattern: str) -> list[str]:
    """Why ``pattern`` breaks the syntax of ``data/README.md`` (empty list: it is fine).

    Shared with the engine's tests so both sides agree on one grammar. Besides plain syntax errors
    it reports what the syntax cannot express but an author may try to: an optional phrase of
    several words (``[heel erg]``) and an alternative of several words (``hem|de baas``, which
    reads as ``hem|de`` followed by ``baas``). Both would load as a different, often unmatchable
    pattern, so they are errors, each with the way to write it instead.
    """
    if not isinstance(pattern, str):
        return ["must be a string"]
    if pattern != pattern.strip() or "  " in pattern:
        return ["has leading, trailing or double spaces"]
    if not pattern:
        return ["is empty"]
    terms = pattern.split(" ")
    messages: list[str] = []
    if len(terms) > MAX_PATTERN_TERMS:
        messages.append(f"has {len(terms)} terms (at most {MAX_PATTERN_TERMS})")
    required = 0
    index = 0
    while index < len(terms):
        term = terms[index]
        index += 1
        if term.startswith("[") and not term.endswith("]"):
            close = _closing_bracket(terms, index)
            if close is not None:
                phrase = " ".join(terms[index - 1 : close + 1])
                messages.append(
                    f"{phrase!r}: brackets hold one term, not words with a space between them "
                    "(the syntax has no optional phrase); write the pattern twice, once with "
                    "and once without these words, or put each word in its own brackets"
                )
                index = close + 1
                required += 1  # do not also report "only optional terms"
                continue
        messages.extend(_space_next_to_bar(term, terms[index] if index < len(terms) else None))
        body = term
        if term.startswith("["):
            if not term.endswith("]"):
                messages.append(f"term {term!r}: '[' without ']'")
                required += 1  # do not also report "only optional terms"
                continue
            body = term[1:-1]
        else:
            required += 1
        if "[" in body or "]" in body:
            messages.append(f"term {term!r}: brackets only around a whole term")
            continue
        alternatives = body.split("|")
        if len(alternatives) > 1 and "" in alternatives:
            continue  # reported by _space_next_to_bar or below as an empty alternative
        if len(set(alternatives)) < len(alternatives):
            # "ik zie|zie ik hoe" was meant as two phrases; it reads "ik", "zie|zie", "ik", "hoe".
            messages.append(
                f"term {term!r}: an alternative is repeated; alternatives cannot hold a space: "
                "write one pattern per multi-word alternative"
            )
        for alternative in alternatives:
            if alternative == "#":
                continue
            match = _ALTERNATIVE_RE.match(alternative)
            if match is None:
                messages.append(
                    f"term {term!r}: {alternative!r} must be letters/digits with an optional "
                    "leading or trailing '*' (or '#' for a number)"
                )
                continue
            lead, stem, trail = match.groups()
            if (lead or trail) and len(stem) < MIN_WILDCARD_STEM:
                messages.append(
                    f"term {term!r}: wildcard stem {stem!r} is shorter than {MIN_WILDCARD_STEM} "
                    "letters and would match almost anything"
                )
            if stem != stem.lower():
                messages.append(f"term {term!r}: write {alternative!r} in lower case")
        if index < len(terms):
            messages.extend(_article_ends_alternatives(alternatives, term, terms[index]))
    if required == 0 and terms:
        messages.append("has only optional terms")
    return messages


def _closing_bracket(terms: list[str], start: int) -> int | None:
    """Index of the term that closes a ``[`` opened before ``start`` (None: it is never closed)."""
    for index in range(start, len(terms)):
        if terms[index].startswith("["):
            return None
        if terms[index].endswith("]"):
            return index
    return None


def _space_next_to_bar(term: str, following: str | None) -> list[str]:
    """A ``|`` at the edge of a term: a space was typed inside a list of alternatives."""
    body = term.strip("[]")
    if body == "|" or "||" in body:
        return [f"term {term!r}: an empty alternative ('||' or a lone '|')"]
    if body.startswith("|") or body.endswith("|"):
        return [
            f"term {term!r}: a space next to '|' splits one term in two; alternatives cannot "
            "hold a space: remove the space, or write a pattern per multi-word alternative"
        ]
    return []


def _article_ends_alternatives(alternatives: list[str], term: str, following: str) -> list[str]:
    """``hem|haar|de baas``: an article as the last alternative, next to alternatives that are
    complete without a noun, was meant to go with the next word ('de baas'). The pattern then
    needs that word after every alternative, so ``bang voor hem`` alone would never match."""
    if len(alternatives) < 2 or alternatives[-1] not in _ARTICLES:
        return []
    complete = [a for a in alternatives if a not in _BEFORE_NOUN and not a.isdigit()]
    if not complete:
        return []
    phrase = f"{alternatives[-1]} {following.strip('[]')}"
    return [
        f"term {term!r}: ends in the article {alternatives[-1]!r} next to {complete[0]!r}; "
        f"this reads as {term!r} followed by {following!r}, not as the alternative {phrase!r} "
        "(alternatives cannot hold a space): write one pattern per multi-word alternative"
    ]


# Articles: words that only stand before a noun.
_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})
# Words that, like an article, may stand before a noun: a slot of only these (and numbers) with an
# article in it ("zijn|haar|de paspoort", "per|a hour") is one slot on purpose.
_BEFORE_NOUN = _ARTICLES | frozenset(
    {
        # Dutch
        "mijn", "jouw", "je", "zijn", "haar", "hun", "onze", "ons", "uw", "dit", "dat", "deze",
        "die", "alle", "elke", "ieder", "iedere", "geen", "per", "in", "op", "aan", "van",
        "voor", "naar", "met", "bij", "uit", "om", "twee", "drie", "vier", "vijf", "zes",
        "zeven", "acht", "negen", "tien",
        # English
        "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
        "all", "any", "some", "no", "each", "every", "to", "of", "for", "at", "on",
        "from", "with", "by", "into", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten",
    }
)  # fmt: skip


def condition_problems(when: str) -> list[str]:
    """Why a routing ``when`` is invalid: conditions from ``ROUTING_CONDITIONS``, joined by
    `` and ``, each optionally preceded by ``not `` ("sexual_or_criminal and not victim")."""
    messages = []
    for part in when.split(" and "):
        word = part.strip().removeprefix("not ").strip()
        if word not in ROUTING_CONDITIONS:
            messages.append(
                f"unknown condition {word!r} (one of {', '.join(ROUTING_CONDITIONS)}, "
                "joined by 'and', each optionally with 'not')"
            )
    return messages


class _Checker:
    """Collects problems for one file while reading typed values out of its parsed TOML."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, entry: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, entry, field, message))

    def unknown_fields(self, entry: str, table: dict[str, Any], allowed: Iterable[str]) -> None:
        known = set(allowed)
        for key in table:
            if key not in known:
                self.problem(entry, key, f"unknown field (allowed: {', '.join(sorted(known))})")

    def string(
        self, entry: str, table: dict[str, Any], field: str, *, required: bool = True
    ) -> str | None:
        if field not in table:
            if required:
                self.problem(entry, field, "missing")
            return None
        value = table[field]
        if not isinstance(value, str):
            self.problem(entry, field, f"must be a string, not {_type_name(value)}")
            return None
        if required and not value.strip():
            self.problem(entry, field, "is empty")
            return None
        return value

    def boolean(self, entry: str, table: dict[str, Any], field: str, default: bool) -> bool:
        value = table.get(field, default)
        if not isinstance(value, bool):
            self.problem(entry, field, f"must be true or false, not {_type_name(value)}")
            return default
        return value

    def text(self, entry: str, table: dict[str, Any], field: str) -> Text | None:
        if field not in table:
            self.problem(entry, field, "missing")
            return None
        value = table[field]
        if not isinstance(value, dict):
            self.problem(entry, field, '{ nl = "...", en = "..." } expected')
            return None
        ok = True
        for key in value:
            if key not in LANGS:
                self.problem(entry, f"{field}.{key}", "unknown language (use nl and en)")
        for lang in LANGS:
            text = value.get(lang)
            if text is None:
                self.problem(entry, f"{field}.{lang}", "missing")
                ok = False
            elif not isinstance(text, str):
                self.problem(entry, f"{field}.{lang}", f"must be a string, not {_type_name(text)}")
                ok = False
            elif not text.strip():
                self.problem(entry, f"{field}.{lang}", "is empty")
                ok = False
        return Text(nl=value["nl"].strip(), en=value["en"].strip()) if ok else None

    def string_list(
        self,
        entry: str,
        table: dict[str, Any],
        field: str,
        *,
        allowed: Iterable[str] | None = None,
        what: str = "id",
        required: bool = True,
        non_empty: bool = False,
        unique: bool = True,
    ) -> tuple[str, ...] | None:
        if field not in table:
            if required:
                self.problem(entry, field, "missing")
                return None
            return ()
        value = table[field]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(entry, field, "must be a list of strings")
            return None
        if non_empty and not value:
            self.problem(entry, field, "must not be empty")
            return None
        known = set(allowed) if allowed is not None else None
        ok = True
        seen: set[str] = set()
        for item in value:
            if known is not None and item not in known:
                self.problem(entry, field, f"unknown {what} {item!r}")
                ok = False
            if unique and item in seen:
                self.problem(entry, field, f"{item!r} listed twice")
                ok = False
            seen.add(item)
        return tuple(value) if ok else None

    def items(self, data: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        """The ``[[key]]`` array of tables, each paired with a readable entry name."""
        raw = data.get(key)
        if raw is None:
            self.problem("-", key, f"no [[{key}]] entries")
            return []
        if not isinstance(raw, list):
            self.problem("-", key, f"must be written as [[{key}]] tables")
            return []
        result = []
        for index, item in enumerate(raw, start=1):
            if not isinstance(item, dict):
                self.problem(f"{key}[{index}]", "-", "must be a table")
                continue
            item_id = item.get("id", item.get("key"))
            name = item_id if isinstance(item_id, str) and item_id else f"{key}[{index}]"
            result.append((name, item))
        for extra in data:
            if extra != key:
                self.problem("-", extra, f"unknown top-level key (expected only [[{key}]])")
        return result


def _type_name(value: object) -> str:
    return {
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _read_toml(root: Path, relative: str, problems: list[Problem]) -> dict[str, Any] | None:
    path = root / relative
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(relative, "-", "-", "file is missing"))
        return None
    except OSError as error:
        problems.append(Problem(relative, "-", "-", f"cannot read file: {error.strerror}"))
        return None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(
            Problem(relative, f"line {line}", "-", f"not valid UTF-8 (byte {error.start})")
        )
        return None
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE_RE.search(str(error))
        entry = f"line {found.group(1)}" if found else "-"
        problems.append(Problem(relative, entry, "-", f"TOML syntax error: {error}"))
        return None


def _unique(
    check: _Checker, kind: str, items: Iterable[tuple[str, T]], key: Callable[[T], str]
) -> list[T]:
    seen: set[str] = set()
    result = []
    for entry, item in items:
        value = key(item)
        if value in seen:
            check.problem(entry, "id", f"duplicate {kind} id {value!r}")
            continue
        seen.add(value)
        result.append(item)
    return result


def _check_id(check: _Checker, entry: str, table: dict[str, Any]) -> str | None:
    value = check.string(entry, table, "id")
    if value is not None and not _ID_RE.match(value):
        check.problem(entry, "id", f"{value!r} must be snake_case (a-z, 0-9, _)")
        return None
    return value


def _load_meta(root: Path, problems: list[Problem]) -> str | None:
    data = _read_toml(root, "meta.toml", problems)
    if data is None:
        return None
    check = _Checker("meta.toml", problems)
    check.unknown_fields("meta", data, ("version", "changelog"))
    version = check.string("meta", data, "version")
    check.string("meta", data, "changelog", required=False)
    if version is not None and not _VERSION_RE.match(version):
        check.problem("meta", "version", f"{version!r} must look like 2026.11.1")
        return None
    return version


def _load_forms(root: Path, problems: list[Problem]) -> list[Form]:
    data = _read_toml(root, "forms.toml", problems)
    if data is None:
        return []
    check = _Checker("forms.toml", problems)
    found: list[tuple[str, Form]] = []
    for entry, item in check.items(data, "form"):
        check.unknown_fields(entry, item, ("id", "name", "summary", "description", "examples"))
        form_id = check.string(entry, item, "id")
        if form_id is not None and form_id not in FORM_IDS:
            check.problem(entry, "id", f"unknown form (expected one of {', '.join(FORM_IDS)})")
            form_id = None
        name = check.text(entry, item, "name")
        summary = check.text(entry, item, "summary")
        description = check.text(entry, item, "description")
        examples: list[Text] = []
        raw_examples = item.get("examples")
        if not isinstance(raw_examples, list) or not raw_examples:
            check.problem(entry, "examples", "a list of at least one { nl, en } example expected")
        else:
            for index, raw_example in enumerate(raw_examples, start=1):
                field = f"examples[{index}]"
                example = check.text(entry, {field: raw_example}, field)
                if example is not None:
                    examples.append(example)
        if form_id and name and summary and description:
            found.append((entry, Form(form_id, name, summary, description, tuple(examples))))
    forms = _unique(check, "form", found, lambda f: f.id)
    for missing in sorted(set(FORM_IDS) - {f.id for f in forms}):
        check.problem(missing, "-", "form is missing")
    return sorted(forms, key=lambda f: FORM_IDS.index(f.id))


def _load_categories(root: Path, problems: list[Problem]) -> list[Category]:
    data = _read_toml(root, "categories.toml", problems)
    if data is None:
        return []
    check = _Checker("categories.toml", problems)
    found: list[tuple[str, Category]] = []
    for entry, item in check.items(data, "category"):
        check.unknown_fields(entry, item, ("id", "name", "description"))
        category_id = _check_id(check, entry, item)
        name = check.text(entry, item, "name")
        description = check.text(entry, item, "description")
        if category_id and name and description:
            found.append((entry, Category(category_id, name, description)))
    return _unique(check, "category", found, lambda c: c.id)


def _load_settings(root: Path, problems: list[Problem]) -> list[Setting]:
    data = _read_toml(root, "settings.toml", problems)
    if data is None:
        return []
    check = _Checker("settings.toml", problems)
    found: list[tuple[str, Setting]] = []
    for entry, item in check.items(data, "setting"):
        check.unknown_fields(entry, item, ("id", "name", "forms"))
        setting_id = _check_id(check, entry, item)
        name = check.text(entry, item, "name")
        forms = check.string_list(entry, item, "forms", allowed=FORM_IDS, what="form")
        if setting_id and name and forms is not None:
            found.append((entry, Setting(setting_id, name, forms)))
    return _unique(check, "setting", found, lambda s: s.id)


def _load_sources(root: Path, problems: list[Problem]) -> list[Source]:
    data = _read_toml(root, "sources.toml", problems)
    if data is None:
        return []
    check = _Checker("sources.toml", problems)
    found: list[tuple[str, Source]] = []
    for entry, item in check.items(data, "source"):
        check.unknown_fields(entry, item, ("key", "title", "url"))
        key = check.string(entry, item, "key")
        if key is not None and not _SOURCE_KEY_RE.match(key):
            check.problem(entry, "key", f"{key!r}: use the key exactly as in the source table")
            key = None
        title = check.string(entry, item, "title")
        url = check.string(entry, item, "url", required=False)
        if url is None and "url" not in item:
            check.problem(entry, "url", 'missing (write url = "" when the source has none)')
        elif url and not url.startswith(("https://", "http://")):
            check.problem(entry, "url", "must start with https:// or http://")
            url = None
        if key and title and url is not None:
            found.append((entry, Source(key, title, url)))
    unique = _unique(check, "source", [(s.key, s) for _, s in found], lambda s: s.key)
    return unique


def _load_channels(root: Path, problems: list[Problem]) -> list[Channel]:
    data = _read_toml(root, "channels.toml", problems)
    if data is None:
        return []
    check = _Checker("channels.toml", problems)
    fields = ("id", "name", "phone", "tel", "url", "when", "what_happens", "anonymous_possible")
    found: list[tuple[str, Channel]] = []
    for entry, item in check.items(data, "channel"):
        check.unknown_fields(entry, item, fields)
        channel_id = check.string(entry, item, "id")
        if channel_id is not None and channel_id not in CHANNEL_IDS:
            check.problem(
                entry, "id", f"unknown channel (expected one of {', '.join(CHANNEL_IDS)})"
            )
            channel_id = None
        name = check.text(entry, item, "name")
        phone = check.string(entry, item, "phone", required=False)
        tel = check.string(entry, item, "tel", required=False)
        url = check.string(entry, item, "url", required=False)
        if tel is not None and not _TEL_RE.match(tel):
            check.problem(entry, "tel", f"{tel!r} must be digits only (what a phone dials)")
        if phone is not None and tel is None:
            check.problem(entry, "tel", "missing (the dialable digits of phone)")
        if phone is not None and tel is not None and re.sub(r"\D", "", phone) != tel.lstrip("+"):
            check.problem(entry, "tel", f"{tel!r} does not match phone {phone!r}")
        if url is not None and not url.startswith("https://"):
            check.problem(entry, "url", "must start with https://")
        if phone is None and url is None:
            check.problem(entry, "phone", "a channel needs a phone number or a url")
        when = check.text(entry, item, "when")
        what_happens = check.text(entry, item, "what_happens")
        if "anonymous_possible" not in item:
            check.problem(entry, "anonymous_possible", "missing")
        anonymous = check.boolean(entry, item, "anonymous_possible", False)
        if channel_id and name and when and what_happens:
            found.append(
                (entry, Channel(channel_id, name, phone, tel, url, when, what_happens, anonymous))
            )
    channels = _unique(check, "channel", found, lambda c: c.id)
    for missing in sorted(set(CHANNEL_IDS) - {c.id for c in channels}):
        check.problem(missing, "-", "channel is missing")
    return sorted(channels, key=lambda c: CHANNEL_IDS.index(c.id))


def _load_routing(root: Path, problems: list[Problem]) -> list[RoutingRule]:
    data = _read_toml(root, "routing.toml", problems)
    if data is None:
        return []
    check = _Checker("routing.toml", problems)
    found: list[tuple[str, RoutingRule]] = []
    for entry, item in check.items(data, "rule"):
        check.unknown_fields(entry, item, ("id", "when", "channels", "reason"))
        rule_id = _check_id(check, entry, item)
        when = check.string(entry, item, "when")
        if when is not None:
            messages = condition_problems(when)
            for message in messages:
                check.problem(entry, "when", message)
            if messages:
                when = None
        channels = check.string_list(entry, item, "channels", allowed=CHANNEL_IDS, what="channel")
        reason = check.text(entry, item, "reason")
        if rule_id and when and channels is not None and reason:
            found.append((entry, RoutingRule(rule_id, when, channels, reason)))
    return _unique(check, "rule", found, lambda r: r.id)


def _load_lexicon(root: Path, problems: list[Problem]) -> dict[str, Patterns]:
    if not (root / "lexicon.toml").exists():
        return {}
    data = _read_toml(root, "lexicon.toml", problems)
    if data is None:
        return {}
    check = _Checker("lexicon.toml", problems)
    lexicon: dict[str, Patterns] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            check.problem(name, "-", "must be a table with nl and en lists")
            continue
        check.unknown_fields(name, table, LANGS)
        nl = check.string_list(name, table, "nl", required=False, unique=False)
        en = check.string_list(name, table, "en", required=False, unique=False)
        # Cue words are patterns in the indicator syntax: a broken one would be dropped by the
        # engine without a word, so it is reported like a broken indicator pattern.
        for lang, words in (("nl", nl), ("en", en)):
            for word in words or ():
                for message in pattern_problems(word):
                    check.problem(name, lang, f"pattern {word!r} {message}")
        if nl is not None and en is not None:
            lexicon[name] = Patterns(nl=nl, en=en)
    return lexicon


_INDICATOR_FIELDS = (
    "id",
    "forms",
    "category",
    "settings",
    "weight",
    "coercion",
    "checklist",
    "title",
    "explanation",
    "question",
    "sources",
    "patterns",
)


def _indicator(
    check: _Checker,
    entry: str,
    item: dict[str, Any],
    *,
    categories: set[str],
    settings: set[str],
    sources: set[str],
) -> Indicator | None:
    check.unknown_fields(entry, item, _INDICATOR_FIELDS)
    indicator_id = _check_id(check, entry, item)
    forms = check.string_list(entry, item, "forms", allowed=FORM_IDS, what="form", non_empty=True)
    category = check.string(entry, item, "category")
    if category is not None and category not in categories:
        check.problem(entry, "category", f"unknown category {category!r}")
        category = None
    setting_ids = check.string_list(
        entry, item, "settings", allowed=settings, what="setting", required=False
    )
    weight = item.get("weight")
    if weight is None:
        check.problem(entry, "weight", "missing")
    elif isinstance(weight, bool) or not isinstance(weight, int | float):
        check.problem(entry, "weight", f"must be a number, not {_type_name(weight)}")
        weight = None
    elif not WEIGHT_MIN <= weight <= WEIGHT_MAX:
        check.problem(entry, "weight", f"{weight} is outside {WEIGHT_MIN}..{WEIGHT_MAX}")
        weight = None
    coercion = check.boolean(entry, item, "coercion", False)
    checklist = check.boolean(entry, item, "checklist", True)
    title = check.text(entry, item, "title")
    explanation = check.text(entry, item, "explanation")
    question = check.text(entry, item, "question")
    source_keys = check.string_list(
        entry, item, "sources", allowed=sources, what="source key", non_empty=True
    )
    patterns = _patterns(check, entry, item)
    if (
        indicator_id
        and forms
        and category
        and setting_ids is not None
        and weight is not None
        and title
        and explanation
        and question
        and source_keys
        and patterns
    ):
        return Indicator(
            id=indicator_id,
            forms=forms,
            category=category,
            settings=setting_ids,
            weight=float(weight),
            title=title,
            explanation=explanation,
            question=question,
            patterns=patterns,
            sources=source_keys,
            coercion=coercion,
            checklist=checklist,
        )
    return None


def _patterns(check: _Checker, entry: str, item: dict[str, Any]) -> Patterns | None:
    raw = item.get("patterns")
    if raw is None:
        check.problem(entry, "patterns", "missing (patterns.nl and patterns.en)")
        return None
    if not isinstance(raw, dict):
        check.problem(
            entry, "patterns", "must be a table: patterns.nl = [...], patterns.en = [...]"
        )
        return None
    for key in raw:
        if key not in LANGS:
            check.problem(entry, f"patterns.{key}", "unknown language (use nl and en)")
    ok = True
    per_lang: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        field = f"patterns.{lang}"
        values = raw.get(lang)
        if values is None:
            check.problem(entry, field, "missing")
            ok = False
            continue
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            check.problem(entry, field, "must be a list of strings")
            ok = False
            continue
        if not values:
            check.problem(entry, field, "must not be empty")
            ok = False
        seen: set[str] = set()
        for pattern in values:
            for message in pattern_problems(pattern):
                check.problem(entry, field, f"pattern {pattern!r} {message}")
                ok = False
            if pattern in seen:
                check.problem(entry, field, f"pattern {pattern!r} listed twice")
            seen.add(pattern)
        per_lang[lang] = tuple(values)
    return Patterns(nl=per_lang["nl"], en=per_lang["en"]) if ok else None


def _load_indicators(
    root: Path,
    problems: list[Problem],
    *,
    categories: set[str],
    settings: set[str],
    sources: set[str],
) -> list[Indicator]:
    folder = root / "indicators"
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not files:
        problems.append(Problem("indicators/", "-", "-", "no indicator files (indicators/*.toml)"))
        return []
    found: list[tuple[str, Indicator]] = []
    owner: dict[str, str] = {}
    for file in files:
        relative = f"indicators/{file.name}"
        data = _read_toml(root, relative, problems)
        if data is None:
            continue
        check = _Checker(relative, problems)
        for entry, item in check.items(data, "indicator"):
            indicator = _indicator(
                check, entry, item, categories=categories, settings=settings, sources=sources
            )
            if indicator is None:
                continue
            if indicator.id in owner:
                check.problem(
                    entry, "id", f"duplicate indicator id (also in {owner[indicator.id]})"
                )
                continue
            owner[indicator.id] = relative
            found.append((entry, indicator))
    return [indicator for _, indicator in found]


def _build(root: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    problems: list[Problem] = []
    if not root.is_dir():
        return None, [Problem(str(root), "-", "-", "knowledge-base folder not found")]
    version = _load_meta(root, problems)
    forms = _load_forms(root, problems)
    categories = _load_categories(root, problems)
    settings = _load_settings(root, problems)
    sources = _load_sources(root, problems)
    channels = _load_channels(root, problems)
    routing = _load_routing(root, problems)
    lexicon = _load_lexicon(root, problems)
    indicators = _load_indicators(
        root,
        problems,
        categories={c.id for c in categories},
        settings={s.id for s in settings},
        sources={s.key for s in sources},
    )
    if problems or version is None:
        return None, problems
    kb = KnowledgeBase(
        version=version,
        forms=tuple(forms),
        categories=tuple(categories),
        settings=tuple(settings),
        channels=tuple(channels),
        indicators=tuple(indicators),
        sources=tuple(sources),
        routing=tuple(routing),
        lexicon=lexicon,
    )
    return kb, problems


def validate_knowledge_base(path: Path | str | None = None) -> list[Problem]:
    """Every problem in the data folder (the shipped one by default); empty when it is valid."""
    _, problems = _build(Path(path) if path is not None else DEFAULT_DATA_DIR)
    return problems


@cache
def load_knowledge_base(path: Path | str | None = None) -> KnowledgeBase:
    """The validated knowledge base, parsed once per process and folder.

    Raises :class:`KnowledgeBaseError` listing every problem: a broken file must stop the app at
    start-up, never half-load.
    """
    kb, problems = _build(Path(path) if path is not None else DEFAULT_DATA_DIR)
    if kb is None:
        raise KnowledgeBaseError(problems)
    return kb
