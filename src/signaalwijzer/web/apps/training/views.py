"""Training pages: self-study (no account, no server state), live sessions for participants, and
the trainer's screens. Views parse input, call services/selectors and render.

Self-study carries its progress in a hidden form field and is never cached. Participants are
identified only by a random token in their URL; trainers are verified staff (password + TOTP)
with the ``training.run_livesession`` permission.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

import segno
from django.contrib.auth.views import redirect_to_login
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponseNotModified,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import quote_etag
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from signaalwijzer.knowledge import load_knowledge_base
from signaalwijzer.scenarios import (
    AnswerError,
    SceneAnswer,
    check_answer,
    score_scenario,
    score_scene,
)
from signaalwijzer.scenarios import Scenario as DomainScenario
from signaalwijzer.scenarios import Scene as DomainScene
from signaalwijzer.web.apps.public.selectors import FORM_SLUGS
from signaalwijzer.web.apps.stats.services import stats_record_training
from signaalwijzer.web.apps.training import selectors, services
from signaalwijzer.web.apps.training.charts import scene_charts
from signaalwijzer.web.apps.training.models import LiveSession, Participant, Scenario

MAX_STATE_CHARS = 20_000


def _lang() -> str:
    return "en" if get_language() == "en" else "nl"


def _bad_request(request: HttpRequest, message: str, status: int = 400) -> HttpResponse:
    response = render(request, "training/message.html", {"message": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _record(event: str) -> None:
    """Count a training event in the statistics (counters only, nothing about the person)."""
    stats_record_training(event=event)


def _answer_from_post(request: HttpRequest, scene: DomainScene) -> SceneAnswer:
    answer = SceneAnswer.of(
        request.POST.getlist("observation"),
        request.POST.get("action") or None,
        request.POST.get("route") or None,
    )
    check_answer(scene, answer)
    return answer


def _form_links(scenario: DomainScenario) -> list[dict[str, str]]:
    kb = load_knowledge_base()
    forms = {f.id: f for f in kb.forms}
    return [
        {"slug": FORM_SLUGS[f], "name": forms[f].name.get(_lang())}
        for f in scenario.forms
        if f in forms and f in FORM_SLUGS
    ]


def _indicator_titles(scene: DomainScene) -> dict[str, list[str]]:
    kb = load_knowledge_base()
    titles = {i.id: i.title.get(_lang()) for i in kb.indicators}
    return {o.id: [titles.get(i, i) for i in o.indicators] for o in scene.observations}


# --- Overview ---------------------------------------------------------------------------------


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "training/index.html",
        {"scenarios": selectors.scenario_list_published(), "lang": _lang()},
    )


# --- Self-study -------------------------------------------------------------------------------


def _parse_state(raw: str, scenario: DomainScenario) -> dict[str, SceneAnswer]:
    """The answers so far, from the hidden field; anything odd is a 400, never a 500."""
    if len(raw) > MAX_STATE_CHARS:
        raise AnswerError("state too large")
    try:
        data = json.loads(raw or "{}")
    except (ValueError, RecursionError) as error:  # RecursionError: "[[[[..." nested deep
        raise AnswerError("state is not JSON") from error
    if not isinstance(data, dict):
        raise AnswerError("state is not an object")
    answers: dict[str, SceneAnswer] = {}
    scene_ids = {s.id for s in scenario.scenes}
    for scene_id, value in data.items():
        if scene_id not in scene_ids or not isinstance(value, dict):
            raise AnswerError("unknown scene")
        observations = value.get("o", [])
        action, route = value.get("a"), value.get("r")
        if not isinstance(observations, list) or not all(isinstance(o, str) for o in observations):
            raise AnswerError("bad observations")
        if not all(v is None or isinstance(v, str) for v in (action, route)):
            raise AnswerError("bad choice")
        answer = SceneAnswer.of(observations, action, route)
        check_answer(scenario.scene(scene_id), answer)
        answers[scene_id] = answer
    return answers


def _dump_state(answers: dict[str, SceneAnswer]) -> str:
    return json.dumps(
        {k: {"o": sorted(v.observations), "a": v.action, "r": v.route} for k, v in answers.items()},
        separators=(",", ":"),
    )


@csrf_exempt  # changes nothing on the server and needs no account; avoids a cookie
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def selfstudy(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(Scenario, slug=slug, is_published=True)
    scenario = selectors.scenario_as_domain(scenario=row)
    lang = _lang()
    base: dict[str, Any] = {"scenario": scenario, "lang": lang, "slug": slug}
    if request.method != "POST":
        return render(request, "training/selfstudy_intro.html", base)
    try:
        answers = _parse_state(request.POST.get("state", ""), scenario)
        answered = request.POST.get("answer_scene")
        if answered:
            scene = next((s for s in scenario.scenes if s.id == answered), None)
            if scene is None:
                raise AnswerError("unknown scene")
            answers[scene.id] = _answer_from_post(request, scene)
    except AnswerError:
        return _bad_request(request, _("Dit formulier klopt niet. Begin opnieuw met het scenario."))
    scenes = scenario.scenes
    state = _dump_state(answers)
    if answered:
        index = next(i for i, s in enumerate(scenes) if s.id == answered)
        scene = scenes[index]
        return render(
            request,
            "training/selfstudy_feedback.html",
            {
                **base,
                "scene": scene,
                "number": index + 1,
                "total": len(scenes),
                "score": score_scene(scene, answers[scene.id]),
                "answer": answers[scene.id],
                "indicators": _indicator_titles(scene),
                "next_index": index + 1 if index + 1 < len(scenes) else None,
                "state": state,
            },
        )
    goto = request.POST.get("goto", "0")
    if goto == "debrief":
        _record("selfstudy_completed")
        return render(
            request,
            "training/selfstudy_debrief.html",
            {
                **base,
                "score": score_scenario(scenario, answers),
                "form_links": _form_links(scenario),
                "state": state,
            },
        )
    if not goto.isdigit() or int(goto) >= len(scenes):
        return _bad_request(request, _("Dit formulier klopt niet. Begin opnieuw met het scenario."))
    index = int(goto)
    return render(
        request,
        "training/selfstudy_scene.html",
        {
            **base,
            "scene": scenes[index],
            "number": index + 1,
            "total": len(scenes),
            "previous": answers.get(scenes[index].id),
            "state": state,
        },
    )


# --- Live session: participants -----------------------------------------------------------------


def _session_or_404(code: str) -> LiveSession:
    session = selectors.live_session_by_code(code=code)
    if session is None:
        raise Http404
    return session


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, code: str = "") -> HttpResponse:
    """Join by code (typed, or from the QR code's link) with an optional nickname."""
    code = (request.POST.get("code") or code or request.GET.get("code", "")).strip().upper()
    error = ""
    if request.method == "POST":
        session = selectors.live_session_by_code(code=code) if code else None
        if session is None:
            error = _("Deze code kennen we niet. Kijk nog eens op het scherm van de trainer.")
        else:
            try:
                participant = services.participant_join(
                    session=session, nickname=request.POST.get("nickname", "")
                )
            except services.TrainingError:
                error = _("Deze sessie is afgelopen.")
            else:
                _record("participant_joined")
                return redirect("training:participant", code=session.code, token=participant.token)
    response = render(
        request,
        "training/join.html",
        {"code": code, "error": error},
        status=400 if error else 200,
    )
    return response


def _participant_or_404(code: str, token: str) -> tuple[LiveSession, Participant]:
    participant = selectors.participant_by_code_and_token(code=code, token=token)
    if participant is None:
        raise Http404
    return participant.session, participant


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def participant(request: HttpRequest, code: str, token: str) -> HttpResponse:
    session, person = _participant_or_404(code, token)
    scene = selectors.live_session_current_scene(session=session)
    if request.method == "POST":
        scene_key = request.POST.get("scene", "")
        if scene is None or scene.id != scene_key or session.state != LiveSession.State.QUESTION:
            return _bad_request(
                request, _("Deze vraag is al gesloten. Kijk naar het scherm van de trainer."), 409
            )
        try:
            answer = _answer_from_post(request, scene)
            services.answer_submit(participant=person, scene_key=scene.id, answer=answer)
        except AnswerError:
            return _bad_request(request, _("Dit antwoord klopt niet. Probeer het opnieuw."))
        except services.TrainingError:
            return _bad_request(
                request, _("Deze vraag is al gesloten. Kijk naar het scherm van de trainer."), 409
            )
        return redirect("training:participant", code=session.code, token=person.token)
    scenario = selectors.live_session_scenario(session=session)
    own = None
    if scene is not None:
        own = person.answers.filter(scene_key=scene.id).first()
    context: dict[str, Any] = {
        "session": session,
        "person": person,
        "scenario": scenario,
        "scene": scene,
        "number": session.scene_index + 1,
        "total": len(scenario.scenes),
        "lang": _lang(),
        "own": own,
        "state_url": reverse("training:participant_state", args=[session.code, person.token]),
    }
    if own is not None and scene is not None:
        context["score"] = score_scene(
            scene, SceneAnswer.of(own.observations, own.action or None, own.route or None)
        )
        context["indicators"] = _indicator_titles(scene)
    if session.state == LiveSession.State.FINISHED:
        # The group's counts are for the trainer's screen; a phone shows the right answers and
        # its own score, so a room reloading at once does not recount every answer 200 times.
        context["form_links"] = _form_links(scenario)
        mine = {
            a.scene_key: SceneAnswer.of(a.observations, a.action or None, a.route or None)
            for a in person.answers.all()
            if a.scene_key in {s.id for s in scenario.scenes}
        }
        context["own_score"] = score_scenario(scenario, mine)
    return render(request, "training/participant.html", context)


@require_safe
def participant_state(request: HttpRequest, code: str, token: str) -> HttpResponse:
    """Polled by every participant's page every three seconds: a room of 200 phones sends about
    70 of these per second, so it costs one small query per worker per half second at most
    (``selectors.live_session_state``) and an unchanged state is a bodiless 304."""
    state = selectors.live_session_state(code=code, token=token)
    if state is None:
        raise Http404
    etag = quote_etag(code + "-" + str(state.revision))
    if etag in request.headers.get("If-None-Match", ""):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = JsonResponse(
            {"revision": state.revision, "state": state.state, "scene": state.scene_index}
        )
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    return response


# --- Live session: trainer ----------------------------------------------------------------------


def trainer_required(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Verified staff (password and TOTP) with permission to run live sessions."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        verified = getattr(user, "is_verified", lambda: False)()
        if not (user.is_authenticated and user.is_staff and verified):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not user.has_perm("training.run_livesession"):
            return _bad_request(request, _("Je hebt geen toegang tot live sessies."), 403)
        return view(request, *args, **kwargs)

    return wrapper


def _own_session(request: HttpRequest, code: str) -> LiveSession:
    session = _session_or_404(code)
    user = request.user
    if session.trainer_id != user.pk and not user.has_perm("training.change_livesession"):
        raise Http404
    return session


@never_cache
@trainer_required
@require_http_methods(["GET", "HEAD", "POST"])
def trainer_home(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        scenario_id = request.POST.get("scenario", "")
        if not scenario_id.isdigit():
            return _bad_request(request, _("Kies een scenario."))
        scenario = get_object_or_404(Scenario, pk=int(scenario_id))
        try:
            session = services.live_session_start(scenario=scenario, trainer_id=request.user.pk)
        except services.TrainingError as error:
            return _bad_request(request, str(error))
        _record("session_started")
        return redirect("training:trainer_session", code=session.code)
    return render(
        request,
        "training/trainer_home.html",
        {
            "scenarios": Scenario.objects.order_by("title_nl"),
            "sessions": LiveSession.objects.filter(trainer_id=request.user.pk)[:20],
            "lang": _lang(),
        },
    )


def _join_url(request: HttpRequest, session: LiveSession) -> str:
    return request.build_absolute_uri(reverse("training:join_code", args=[session.code]))


def _qr_svg(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        scale=6,
        border=2,
        svgclass="qr-code",
        lineclass="qr-code__line",
        title=None,
    )
    return buffer.getvalue().decode("utf-8")


def _debrief(session: LiveSession, scenario: DomainScenario) -> list[Any]:
    return [selectors.scene_results(session=session, scene=scene) for scene in scenario.scenes]


@never_cache
@trainer_required
@require_safe
def trainer_session(request: HttpRequest, code: str) -> HttpResponse:
    session = _own_session(request, code)
    scenario = selectors.live_session_scenario(session=session)
    scene = selectors.live_session_current_scene(session=session)
    join_url = _join_url(request, session)
    context: dict[str, Any] = {
        "session": session,
        "scenario": scenario,
        "scene": scene,
        "number": session.scene_index + 1,
        "total": len(scenario.scenes),
        "is_last": session.scene_index + 1 >= len(scenario.scenes),
        "join_url": join_url,
        "qr_svg": _qr_svg(join_url),
        "lang": _lang(),
        "results_url": reverse("training:trainer_results", args=[session.code]),
    }
    context.update(_results_context(session, scene))
    if session.state == LiveSession.State.FINISHED:
        context["debrief"] = _debrief(session, scenario)
        context["charts"] = [scene_charts(r, lang=_lang()) for r in context["debrief"]]
    return render(request, "training/trainer_session.html", context)


def _results_context(session: LiveSession, scene: DomainScene | None) -> dict[str, Any]:
    results = selectors.scene_results(session=session, scene=scene) if scene else None
    return {
        "session": session,
        "participants": session.participants.count(),
        "results": results,
        "chart": scene_charts(results, lang=_lang()) if results else None,
        "revealed": session.state in (LiveSession.State.REVEALED, LiveSession.State.FINISHED),
    }


@trainer_required
@require_safe
def trainer_results(request: HttpRequest, code: str) -> HttpResponse:
    """The live charts as an HTML fragment, polled every half second with If-None-Match
    (one trainer per session, so cheap; it keeps the charts within two seconds of an answer
    even when the server is busy)."""
    session = _own_session(request, code)
    scene = selectors.live_session_current_scene(session=session)
    etag = quote_etag(
        selectors.live_session_etag(session=session, scene_key=scene.id if scene else None)
        + "-"
        + _lang()
    )
    if etag in request.headers.get("If-None-Match", ""):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = render(
            request, "training/_trainer_results.html", _results_context(session, scene)
        )
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    return response


@trainer_required
@require_POST
def trainer_step(request: HttpRequest, code: str) -> HttpResponse:
    session = _own_session(request, code)
    try:
        services.live_session_step(session=session, step=request.POST.get("step", ""))
    except services.TrainingError as error:
        return _bad_request(request, str(error), 409)
    return redirect("training:trainer_session", code=session.code)


@trainer_required
@require_safe
def trainer_export(request: HttpRequest, code: str) -> HttpResponse:
    session = _own_session(request, code)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "scene_number",
            "scene",
            "participant",
            "nickname",
            "spotted",
            "missed",
            "false_alarms",
            "action",
            "action_correct",
            "route",
            "route_correct",
        ]
    )
    for row in selectors.live_session_answer_rows(session=session):
        # A nickname starting with = + - @ would be run as a formula by spreadsheet programs.
        writer.writerow([("'" + v) if v[:1] in "=+-@\t\r" and v else v for v in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="training-' + session.code + '.csv"'
    response["Cache-Control"] = "no-store"
    return response
