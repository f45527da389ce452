"""Writes for training: import/copy scenarios, run live sessions, store answers, clean up.

The live-session workflow is data (``STEPS``) enforced by one service, ``live_session_step``.
Answers are stored with one upsert per participant and scene under a unique constraint, so
parallel posts from a full room never overwrite each other and never create duplicates.
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass
from typing import Any, Final

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from signaalwijzer.knowledge.model import KnowledgeBase
from signaalwijzer.scenarios import Option as DomainOption
from signaalwijzer.scenarios import Scenario as DomainScenario
from signaalwijzer.scenarios import SceneAnswer, check_answer, load_scenarios, scenario_to_dict
from signaalwijzer.web.apps.training.models import (
    ActionOption,
    Answer,
    LiveSession,
    Observation,
    Participant,
    RouteOption,
    Scenario,
    Scene,
)
from signaalwijzer.web.apps.training.selectors import (
    live_session_current_scene,
    scenario_as_domain,
)

State = LiveSession.State

#: step -> (states it may start from, state it leads to). "next" also moves to the next scene.
STEPS: Final[dict[str, tuple[frozenset[str], str]]] = {
    "open": (frozenset({State.LOBBY}), State.QUESTION),
    "reveal": (frozenset({State.QUESTION}), State.REVEALED),
    "next": (frozenset({State.REVEALED}), State.QUESTION),
    "finish": (frozenset({State.QUESTION, State.REVEALED}), State.FINISHED),
}
#: Letters that cannot be confused when read aloud or typed on a phone (no 0/O, 1/I/L).
CODE_ALPHABET: Final = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH: Final = 6


class TrainingError(Exception):
    """An action that is not possible now; the message is shown to the user."""


@dataclass(frozen=True, slots=True)
class LoadReport:
    created: int
    updated: int
    unchanged: int


def _store_scenes(*, scenario: Scenario, domain: DomainScenario) -> None:
    scenario.scenes.all().delete()
    for position, scene in enumerate(domain.scenes):
        alt = scene.illustration_alt
        row = Scene.objects.create(
            scenario=scenario,
            key=scene.id,
            position=position,
            title_nl=scene.title.nl,
            title_en=scene.title.en,
            situation_nl=scene.situation.nl,
            situation_en=scene.situation.en,
            illustration=scene.illustration or "",
            illustration_svg=scene.illustration_svg or "",
            illustration_alt_nl=alt.nl if alt else "",
            illustration_alt_en=alt.en if alt else "",
        )
        Observation.objects.bulk_create(
            Observation(
                scene=row,
                key=o.id,
                position=i,
                text_nl=o.text.nl,
                text_en=o.text.en,
                is_signal=o.signal,
                indicators=list(o.indicators),
                feedback_nl=o.feedback.nl,
                feedback_en=o.feedback.en,
            )
            for i, o in enumerate(scene.observations)
        )
        ActionOption.objects.bulk_create(
            ActionOption(scene=row, position=i, **_option_fields(o))
            for i, o in enumerate(scene.actions)
        )
        RouteOption.objects.bulk_create(
            RouteOption(scene=row, position=i, **_option_fields(o))
            for i, o in enumerate(scene.routes)
        )


def _option_fields(option: DomainOption) -> dict[str, Any]:
    return {
        "key": option.id,
        "text_nl": option.text.nl,
        "text_en": option.text.en,
        "is_correct": option.correct,
        "feedback_nl": option.feedback.nl,
        "feedback_en": option.feedback.en,
    }


@transaction.atomic
def scenario_import(*, domain: DomainScenario) -> str:
    """Store a shipped scenario; returns "created", "updated" or "unchanged".

    A shipped scenario is replaced only when its file has a higher version, so running the
    import at every start is cheap and keeps a trainer's copies (origin "custom") untouched.
    """
    existing = Scenario.objects.select_for_update().filter(slug=domain.id).first()
    if existing is not None and (
        existing.origin != Scenario.Origin.SHIPPED or existing.version >= domain.version
    ):
        return "unchanged"
    fields = {
        "version": domain.version,
        "origin": Scenario.Origin.SHIPPED,
        "forms": list(domain.forms),
        "title_nl": domain.title.nl,
        "title_en": domain.title.en,
        "summary_nl": domain.summary.nl,
        "summary_en": domain.summary.en,
        "debrief_nl": domain.debrief.nl,
        "debrief_en": domain.debrief.en,
    }
    if existing is None:
        scenario = Scenario.objects.create(slug=domain.id, **fields)
    else:
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.save()
        scenario = existing
    _store_scenes(scenario=scenario, domain=domain)
    return "created" if existing is None else "updated"


def scenarios_load(*, kb: KnowledgeBase) -> LoadReport:
    """Validate the shipped scenario files and import them (idempotent)."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for domain in load_scenarios(kb=kb):
        counts[scenario_import(domain=domain)] += 1
    return LoadReport(**counts)


@transaction.atomic
def scenario_copy(*, scenario: Scenario) -> Scenario:
    """A trainer's own editable copy ("<slug>-kopie", "-kopie-2", ...), unpublished at first."""
    base = (scenario.slug[:70] + "-kopie").strip("-")
    slug, n = base, 1
    while Scenario.objects.filter(slug=slug).exists():
        n += 1
        slug = base + "-" + str(n)
    domain = scenario_as_domain(scenario=scenario)
    copy = Scenario.objects.create(
        slug=slug,
        version=1,
        origin=Scenario.Origin.CUSTOM,
        forms=list(scenario.forms),
        title_nl=scenario.title_nl + " (kopie)",
        title_en=scenario.title_en + " (copy)",
        summary_nl=scenario.summary_nl,
        summary_en=scenario.summary_en,
        debrief_nl=scenario.debrief_nl,
        debrief_en=scenario.debrief_en,
        is_published=False,
    )
    _store_scenes(scenario=copy, domain=domain)
    return copy


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def live_session_start(*, scenario: Scenario, trainer_id: int | None) -> LiveSession:
    """Open a session with a fresh join code and a snapshot of the scenario."""
    snapshot = scenario_to_dict(scenario_as_domain(scenario=scenario))
    if not snapshot["scenes"]:
        raise TrainingError("Dit scenario heeft geen scènes.")
    for _ in range(20):
        try:
            with transaction.atomic():
                return LiveSession.objects.create(
                    code=_new_code(),
                    scenario=scenario,
                    snapshot=snapshot,
                    trainer_id=trainer_id,
                )
        except IntegrityError:
            continue
    raise TrainingError("Geen vrije code gevonden; probeer het opnieuw.")  # pragma: no cover


@transaction.atomic
def live_session_step(*, session: LiveSession, step: str) -> LiveSession:
    """The one place that moves a session along its workflow (``STEPS``)."""
    if step not in STEPS:
        raise TrainingError("Onbekende stap.")
    locked = LiveSession.objects.select_for_update().get(pk=session.pk)
    allowed, target = STEPS[step]
    if locked.state not in allowed:
        raise TrainingError("Deze stap kan nu niet.")
    scene_count = len(locked.snapshot["scenes"])
    if step == "next":
        if locked.scene_index + 1 >= scene_count:
            raise TrainingError("Dit was de laatste scène.")
        locked.scene_index += 1
    locked.state = target
    locked.revision = F("revision") + 1
    locked.save(update_fields=["state", "scene_index", "revision"])
    locked.refresh_from_db()
    return locked


def participant_join(*, session: LiveSession, nickname: str = "") -> Participant:
    """A participant without an account: a random token is their only identity."""
    if session.state == LiveSession.State.FINISHED:
        raise TrainingError("Deze sessie is afgelopen.")
    nickname = " ".join(nickname.split())[:40]
    for _ in range(50):
        try:
            with transaction.atomic():
                last = Participant.objects.filter(session=session).aggregate(n=Max("number"))["n"]
                return Participant.objects.create(
                    session=session,
                    token=secrets.token_urlsafe(18),
                    nickname=nickname,
                    number=(last or 0) + 1,
                )
        except IntegrityError:
            continue  # another participant took this number at the same moment
    raise TrainingError("Meedoen lukt nu niet; probeer het opnieuw.")  # pragma: no cover


def answer_submit(*, participant: Participant, scene_key: str, answer: SceneAnswer) -> Answer:
    """Store (or replace) a participant's answer to the open scene.

    Only the scene that is open may be answered; the answer is checked against the session's
    snapshot. One row per participant and scene (unique constraint): a second post from the same
    participant replaces the first, posts from different participants never touch each other.
    """
    session = participant.session  # loaded with the participant, in this request
    scene = live_session_current_scene(session=session)
    if session.state != LiveSession.State.QUESTION or scene is None or scene.id != scene_key:
        raise TrainingError("Deze vraag is gesloten.")
    check_answer(scene, answer)
    values = {
        "session": session,
        "observations": sorted(answer.observations),
        "action": answer.action or "",
        "route": answer.route or "",
    }
    for _ in range(5):
        try:
            with transaction.atomic():
                row, _created = Answer.objects.update_or_create(
                    participant=participant, scene_key=scene_key, defaults=values
                )
                return row
        except IntegrityError:
            continue  # the same participant posted twice at once: the retry updates the row
    raise TrainingError("Opslaan lukt nu niet; probeer het opnieuw.")  # pragma: no cover


def training_cleanup(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete sessions (with participants and answers) older than ``days``; returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    deleted, per_model = LiveSession.objects.filter(created_at__lt=cutoff).delete()
    return per_model.get(LiveSession._meta.label, 0)
