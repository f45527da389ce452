"""Load and validate the training scenarios (TOML + SVG illustrations).

Like the knowledge base, a scenario file is checked completely before it is used: every problem is
reported with file, entry and field, and references to indicators and channels must exist in the
knowledge base, so a renamed indicator cannot silently break a training. Illustrations are
embedded in pages, so they are checked for anything that could run code or load from elsewhere.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET  # noqa: S405 - input is checked for DTDs/entities first
from pathlib import Path
from typing import Any

from signaalwijzer.knowledge.loader import Problem
from signaalwijzer.knowledge.model import FORM_IDS, KnowledgeBase, Text
from signaalwijzer.scenarios.model import NO_REPORT, Observation, Option, Scenario, Scene

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
SVG_NS = "http://www.w3.org/2000/svg"
ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
MAX_SVG_BYTES = 200_000
#: Elements that could run code, pull in other documents or restyle the page (CSP: no inline style).
FORBIDDEN_SVG_ELEMENTS = frozenset(
    {"script", "foreignObject", "style", "image", "iframe", "a", "animate", "set", "use", "feImage"}
)

ET.register_namespace("", SVG_NS)


class ScenarioError(Exception):
    """The scenarios cannot be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Collector:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, entry: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, entry, field, message))


def _text(value: Any, where: _Collector, entry: str, field: str) -> Text:
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("nl"), str)
        or not isinstance(value.get("en"), str)
        or not value["nl"].strip()
        or not value["en"].strip()
    ):
        where.add(entry, field, "needs a non-empty Dutch and English text: { nl = ..., en = ... }")
        return Text("", "")
    return Text(value["nl"].strip(), value["en"].strip())


def _id(value: Any, where: _Collector, entry: str, field: str = "id") -> str:
    if not isinstance(value, str) or not ID_RE.match(value):
        where.add(entry, field, "must be a snake_case id (a-z, 0-9, _), got " + repr(value))
        return ""
    return value


def _table_list(value: Any, where: _Collector, entry: str, field: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        where.add(entry, field, "must be a list of tables ([[...]])")
        return []
    return value


def check_svg(svg: str, *, hotspots: set[str] | None = None) -> tuple[list[str], str]:
    """Check an illustration and return (problems, normalised markup for inline use).

    The normalised markup is hidden from assistive technology (the page lists the same
    observations as checkboxes) and carries no XML declaration. Hotspots are elements with a
    ``data-observation`` attribute; every one must name an observation of the scene.
    """
    problems: list[str] = []
    if len(svg.encode("utf-8")) > MAX_SVG_BYTES:
        return ["is larger than " + str(MAX_SVG_BYTES) + " bytes"], ""
    if "<!DOCTYPE" in svg.upper() or "<!ENTITY" in svg.upper():
        return ["must not contain a DOCTYPE or entities"], ""
    try:
        root = ET.fromstring(svg)  # noqa: S314 - no DTD/entities (checked above)
    except ET.ParseError as error:
        return ["is not well-formed XML: " + str(error)], ""
    if root.tag != "{" + SVG_NS + "}svg":
        problems.append("root element must be <svg> in the SVG namespace")
    if "viewBox" not in root.attrib:
        problems.append("root <svg> needs a viewBox (it scales to the screen)")
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag in FORBIDDEN_SVG_ELEMENTS:
            problems.append("must not contain <" + tag + ">")
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1]
            if local.lower().startswith("on"):
                problems.append("must not use event attributes (" + local + ")")
            elif local == "style":
                problems.append("must not use style attributes (CSP forbids inline style)")
            elif local == "href" and not value.startswith("#"):
                problems.append("must not link outside the image (" + value + ")")
            elif "url(" in value and not re.fullmatch(r"url\(#[\w-]+\)", value.strip()):
                problems.append("must not reference outside resources (" + value + ")")
        observation = element.attrib.get("data-observation")
        if observation is not None and hotspots is not None and observation not in hotspots:
            problems.append("hotspot names an unknown observation: " + observation)
    if problems:
        return problems, ""
    root.set("aria-hidden", "true")
    root.set("focusable", "false")
    root.set("class", (root.get("class", "") + " scene-illustration").strip())
    return [], ET.tostring(root, encoding="unicode")


def _options(
    raw: list[dict[str, Any]], where: _Collector, entry: str, field: str
) -> tuple[Option, ...]:
    options: list[Option] = []
    for index, item in enumerate(raw, start=1):
        here = entry + "." + field + "[" + str(index) + "]"
        correct = item.get("correct", False)
        if not isinstance(correct, bool):
            where.add(here, "correct", "must be true or false")
            correct = False
        options.append(
            Option(
                id=_id(item.get("id"), where, here),
                text=_text(item.get("text"), where, here, "text"),
                correct=correct,
                feedback=_text(item.get("feedback"), where, here, "feedback"),
            )
        )
    return tuple(options)


def _check_choice(options: tuple[Option, ...], where: _Collector, entry: str, field: str) -> None:
    if len(options) < 2:
        where.add(entry, field, "needs at least two options")
    if not any(o.correct for o in options):
        where.add(entry, field, "needs at least one option with correct = true")
    ids = [o.id for o in options]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        where.add(entry, field, "duplicate id " + duplicate)


def _routes(
    raw: list[dict[str, Any]], where: _Collector, entry: str, kb: KnowledgeBase
) -> tuple[Option, ...]:
    channels = {c.id: c for c in kb.channels}
    options: list[Option] = []
    for index, item in enumerate(raw, start=1):
        here = entry + ".route[" + str(index) + "]"
        channel_id = item.get("channel")
        text: Text
        if channel_id == NO_REPORT:
            text = Text(
                "Niet melden: er is geen signaal van mensenhandel",
                "Do not report: there is no signal of human trafficking",
            )
        elif isinstance(channel_id, str) and channel_id in channels:
            channel = channels[channel_id]
            text = channel.name
            if channel.phone:
                text = Text(
                    channel.name.nl + " (" + channel.phone + ")",
                    channel.name.en + " (" + channel.phone + ")",
                )
        else:
            where.add(here, "channel", "unknown channel " + repr(channel_id))
            text = Text("", "")
            channel_id = ""
        correct = item.get("correct", False)
        if not isinstance(correct, bool):
            where.add(here, "correct", "must be true or false")
            correct = False
        options.append(
            Option(
                id=str(channel_id),
                text=text,
                correct=correct,
                feedback=_text(item.get("feedback"), where, here, "feedback"),
            )
        )
    return tuple(options)


def _scene(
    raw: dict[str, Any],
    where: _Collector,
    entry: str,
    kb: KnowledgeBase,
    illustrations: Path,
) -> Scene:
    scene_id = _id(raw.get("id"), where, entry)
    here = entry + "." + (scene_id or "?")
    indicator_ids = {i.id for i in kb.indicators}
    observations: list[Observation] = []
    for index, item in enumerate(
        _table_list(raw.get("observation"), where, here, "observation"), start=1
    ):
        obs_here = here + ".observation[" + str(index) + "]"
        signal = item.get("signal")
        if not isinstance(signal, bool):
            where.add(obs_here, "signal", "must be true or false")
            signal = False
        indicators = item.get("indicators", [])
        if not isinstance(indicators, list) or not all(isinstance(i, str) for i in indicators):
            where.add(obs_here, "indicators", "must be a list of indicator ids")
            indicators = []
        for indicator in indicators:
            if indicator not in indicator_ids:
                where.add(obs_here, "indicators", "unknown indicator " + repr(indicator))
        if signal and not indicators:
            where.add(obs_here, "indicators", "a signal must name at least one indicator")
        observations.append(
            Observation(
                id=_id(item.get("id"), where, obs_here),
                text=_text(item.get("text"), where, obs_here, "text"),
                signal=signal,
                indicators=tuple(indicators),
                feedback=_text(item.get("feedback"), where, obs_here, "feedback"),
            )
        )
    if len(observations) < 2:
        where.add(here, "observation", "needs at least two observations")
    ids = [o.id for o in observations]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        where.add(here, "observation", "duplicate id " + duplicate)

    actions = _options(_table_list(raw.get("action"), where, here, "action"), where, here, "action")
    _check_choice(actions, where, here, "action")
    routes = _routes(_table_list(raw.get("route"), where, here, "route"), where, here, kb)
    _check_choice(routes, where, here, "route")

    illustration = raw.get("illustration")
    svg: str | None = None
    alt: Text | None = None
    if illustration is not None:
        if not isinstance(illustration, str) or not re.fullmatch(r"[a-z0-9_]+\.svg", illustration):
            where.add(here, "illustration", "must be a file name like nail_salon_1.svg")
        elif not (illustrations / illustration).is_file():
            where.add(here, "illustration", "file not found: illustrations/" + illustration)
        else:
            svg_problems, svg = check_svg(
                (illustrations / illustration).read_text(encoding="utf-8"), hotspots=set(ids)
            )
            for problem in svg_problems:
                where.add(here, "illustration", illustration + " " + problem)
            svg = svg or None
        alt = _text(raw.get("illustration_alt"), where, here, "illustration_alt")
    return Scene(
        id=scene_id,
        title=_text(raw.get("title"), where, here, "title"),
        situation=_text(raw.get("situation"), where, here, "situation"),
        observations=tuple(observations),
        actions=actions,
        routes=routes,
        illustration=illustration if isinstance(illustration, str) else None,
        illustration_svg=svg,
        illustration_alt=alt,
    )


def parse_scenario(
    data: dict[str, Any], *, file: str, kb: KnowledgeBase, illustrations: Path
) -> tuple[Scenario | None, list[Problem]]:
    """Build one scenario from parsed TOML; returns it only if there were no problems."""
    where = _Collector(file)
    scenario_id = _id(data.get("id"), where, "scenario")
    entry = "scenario " + (scenario_id or "?")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        where.add(entry, "version", "must be a whole number >= 1 (raise it on every change)")
        version = 1
    forms = data.get("forms")
    if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
        where.add(entry, "forms", "must be a list of form ids ([] when nothing is wrong)")
        forms = []
    for form in forms:
        if form not in FORM_IDS:
            where.add(entry, "forms", "unknown form " + repr(form))
    scenes = [
        _scene(raw, where, entry + ".scene[" + str(index) + "]", kb, illustrations)
        for index, raw in enumerate(_table_list(data.get("scene"), where, entry, "scene"), start=1)
    ]
    if not scenes:
        where.add(entry, "scene", "needs at least one [[scene]]")
    scene_ids = [s.id for s in scenes]
    for duplicate in sorted({i for i in scene_ids if scene_ids.count(i) > 1}):
        where.add(entry, "scene", "duplicate id " + duplicate)
    scenario = Scenario(
        id=scenario_id,
        version=version,
        forms=tuple(forms),
        title=_text(data.get("title"), where, entry, "title"),
        summary=_text(data.get("summary"), where, entry, "summary"),
        debrief=_text(data.get("debrief"), where, entry, "debrief"),
        scenes=tuple(scenes),
    )
    return (None if where.problems else scenario), where.problems


def _read(path: Path, kb: KnowledgeBase) -> tuple[Scenario | None, list[Problem]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return None, [Problem(path.name, "file", "-", "cannot be read: " + str(error))]
    return parse_scenario(data, file=path.name, kb=kb, illustrations=path.parent / "illustrations")


def validate_scenarios(*, kb: KnowledgeBase, path: Path | None = None) -> list[Problem]:
    """Every problem in every scenario file of ``path`` (default: the shipped scenarios)."""
    folder = path or DEFAULT_DATA_DIR
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in sorted(folder.glob("*.toml")):
        scenario, found = _read(file, kb)
        problems.extend(found)
        if scenario is not None:
            if scenario.id in seen:
                problems.append(
                    Problem(
                        file.name, "scenario " + scenario.id, "id", "also in " + seen[scenario.id]
                    )
                )
            seen[scenario.id] = file.name
    if not seen and not problems:
        problems.append(Problem(str(folder), "-", "-", "no scenario files (*.toml)"))
    return problems


def load_scenarios(*, kb: KnowledgeBase, path: Path | None = None) -> tuple[Scenario, ...]:
    """All scenarios of ``path``, sorted by id; raises :class:`ScenarioError` on any problem."""
    problems = validate_scenarios(kb=kb, path=path)
    if problems:
        raise ScenarioError(problems)
    folder = path or DEFAULT_DATA_DIR
    scenarios = [_read(file, kb)[0] for file in sorted(folder.glob("*.toml"))]
    return tuple(sorted((s for s in scenarios if s is not None), key=lambda s: s.id))
