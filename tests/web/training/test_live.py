"""Live sessions: trainer access, joining by code, answering, charts with ETag, export, cleanup."""

from __future__ import annotations

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from signaalwijzer.web.apps.stats.models import DailyCounter, Metric
from signaalwijzer.web.apps.training import selectors
from signaalwijzer.web.apps.training.models import Answer, LiveSession, Participant, Scenario
from signaalwijzer.web.apps.training.services import (
    STEPS,
    TrainingError,
    live_session_start,
    live_session_step,
)
from staff_support import login_verified

pytestmark = pytest.mark.django_db


def start(client: Client, scenario: Scenario) -> LiveSession:
    response = client.post("/training/trainer/", {"scenario": scenario.pk})
    assert response.status_code == 302
    code = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    return LiveSession.objects.get(code=code)


def join(code: str, nickname: str = "") -> tuple[Client, str]:
    client = Client()
    response = client.post("/training/live/", {"code": code.lower(), "nickname": nickname})
    assert response.status_code == 302, response.content
    return client, response["Location"]


def step(client: Client, session: LiveSession, name: str) -> None:
    response = client.post(f"/training/trainer/{session.code}/step", {"step": name})
    assert response.status_code == 302, response.content


def test_trainer_pages_need_verified_staff_with_the_permission(
    nail_salon: Scenario, trainer: User
) -> None:
    assert Client().get("/training/trainer/")["Location"].startswith("/admin/login/")
    unverified = Client()
    unverified.force_login(trainer, backend="django.contrib.auth.backends.ModelBackend")
    assert unverified.get("/training/trainer/").status_code == 302
    outsider = User.objects.create_user("staff2", password="x" * 16, is_staff=True)
    client = Client()
    login_verified(client, outsider)
    assert client.get("/training/trainer/").status_code == 403


@pytest.mark.parametrize("value", ["", "abc", "1 OR 1=1", "99999"])
def test_starting_with_a_bad_scenario_is_a_4xx(
    trainer_client: Client, nail_salon: Scenario, value: str
) -> None:
    response = trainer_client.post("/training/trainer/", {"scenario": value})
    assert response.status_code in (400, 404)
    assert not LiveSession.objects.exists()


def test_start_shows_code_and_server_made_qr(trainer_client: Client, nail_salon: Scenario) -> None:
    session = start(trainer_client, nail_salon)
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{6}", session.code)
    body = trainer_client.get(f"/training/trainer/{session.code}/").content.decode()
    assert session.code in body
    assert 'class="qr-code"' in body and "<svg" in body
    assert f"/training/live/{session.code}/" in body


def test_full_session_counts_answers_and_reveals_right_answers(
    trainer_client: Client, nail_salon: Scenario
) -> None:
    session = start(trainer_client, nail_salon)
    people = [join(session.code, name) for name in ("Ans", "", "Bo")]
    assert Participant.objects.filter(session=session).count() == 3
    counters = dict(DailyCounter.objects.filter(metric=Metric.TRAINING).values_list("key", "count"))
    assert counters == {"session_started": 1, "participant_joined": 3}
    # Nothing to answer in the lobby.
    lobby = people[0][0].get(people[0][1]).content.decode()
    assert "Wacht tot de trainer begint" in lobby

    step(trainer_client, session, "open")
    answers = [
        (["mattresses", "passports", "late_hours"], "note_and_report", "labour_inspectorate"),
        (["mattresses"], "confront_boss", "police"),
        (["price_list"], "do_nothing", "none"),
    ]
    for (client, url), (observations, action, route) in zip(people, answers, strict=True):
        response = client.post(
            url,
            {
                "scene": "in_the_salon",
                "observation": observations,
                "action": action,
                "route": route,
            },
        )
        assert response.status_code == 302
    assert Answer.objects.filter(session=session).count() == 3

    results = trainer_client.get(f"/training/trainer/{session.code}/results")
    html = results.content.decode()
    assert re.search(r'data-key="mattresses">.*?data-count>2<', html, re.S)
    assert re.search(r'data-key="labour_inspectorate">.*?data-count>1<', html, re.S)
    assert "(goed)" not in html  # right answers stay hidden until revealed
    etag = results["ETag"]
    again = trainer_client.get(f"/training/trainer/{session.code}/results", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304

    # A changed answer changes the chart and its ETag.
    people[2][0].post(
        people[2][1],
        {
            "scene": "in_the_salon",
            "observation": ["passports"],
            "action": "note_and_report",
            "route": "labour_inspectorate",
        },
    )
    changed = trainer_client.get(
        f"/training/trainer/{session.code}/results", HTTP_IF_NONE_MATCH=etag
    )
    assert changed.status_code == 200
    assert Answer.objects.filter(session=session).count() == 3

    step(trainer_client, session, "reveal")
    revealed = trainer_client.get(f"/training/trainer/{session.code}/results").content.decode()
    assert "(goed)" in revealed
    assert "Goed gezien" in people[0][0].get(people[0][1]).content.decode()
    # The question is closed now.
    late = people[1][0].post(
        people[1][1], {"scene": "in_the_salon", "action": "do_nothing", "route": "none"}
    )
    assert late.status_code == 409

    step(trainer_client, session, "next")
    step(trainer_client, session, "reveal")
    step(trainer_client, session, "finish")
    debrief = trainer_client.get(f"/training/trainer/{session.code}/").content.decode()
    assert "Nabespreking" in debrief
    assert "3 antwoorden, 1 helemaal goed." in debrief
    own = people[0][0].get(people[0][1]).content.decode()
    assert "Nabespreking" in own
    # Ans spotted all three signals of scene 1 and did not answer scene 2.
    assert "Je zag 3 van de 6 signalen. Je koos 1 van de 2 keer" in own

    export = trainer_client.get(f"/training/trainer/{session.code}/export.csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.content.decode())))
    assert len(rows) == 3
    first = next(r for r in rows if r["nickname"] == "Ans")
    assert first["spotted"] == "mattresses passports late_hours"
    assert first["missed"] == ""
    third = next(r for r in rows if r["nickname"] == "Bo")
    assert (third["spotted"], third["missed"]) == ("passports", "mattresses late_hours")
    assert first["route_correct"] == "1"


def test_participant_state_uses_etag(
    trainer_client: Client, nail_salon: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The half-second memo would hide the change for up to 0.5 s; that delay is by design.
    monkeypatch.setattr(selectors, "STATE_MEMO_SECONDS", 0)
    session = start(trainer_client, nail_salon)
    client, url = join(session.code)
    first = client.get(url + "state")
    assert first.status_code == 200 and first.json()["state"] == "lobby"
    assert client.get(url + "state", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    step(trainer_client, session, "open")
    moved = client.get(url + "state", HTTP_IF_NONE_MATCH=first["ETag"])
    assert moved.status_code == 200 and moved.json()["state"] == "question"


def test_unknown_code_and_token_are_refused(nail_salon: Scenario) -> None:
    client = Client()
    response = client.post("/training/live/", {"code": "ZZZZZZ"})
    assert response.status_code == 400
    assert "Deze code kennen we niet" in response.content.decode()
    assert client.get("/training/live/ZZZZZZ/p/abc/").status_code == 404


def test_bad_answers_are_400_and_do_not_count(trainer_client: Client, nail_salon: Scenario) -> None:
    session = start(trainer_client, nail_salon)
    client, url = join(session.code)
    step(trainer_client, session, "open")
    bad = client.post(url, {"scene": "in_the_salon", "observation": ["x"], "action": "a"})
    assert bad.status_code == 400
    wrong_scene = client.post(url, {"scene": "whisper", "action": "keep_secret"})
    assert wrong_scene.status_code == 409
    assert not Answer.objects.exists()


@pytest.mark.parametrize("name", sorted(STEPS))
def test_every_step_is_refused_from_states_it_does_not_start_from(
    nail_salon: Scenario, name: str
) -> None:
    allowed, _target = STEPS[name]
    for state in LiveSession.State:
        session = live_session_start(scenario=nail_salon, trainer_id=None)
        LiveSession.objects.filter(pk=session.pk).update(state=state)
        session.refresh_from_db()
        if state in allowed:
            assert live_session_step(session=session, step=name).state == _target
        else:
            with pytest.raises(TrainingError):
                live_session_step(session=session, step=name)


def test_next_stops_at_the_last_scene(nail_salon: Scenario) -> None:
    session = live_session_start(scenario=nail_salon, trainer_id=None)
    for name in ("open", "reveal", "next", "reveal"):
        session = live_session_step(session=session, step=name)
    with pytest.raises(TrainingError):
        live_session_step(session=session, step="next")


def test_other_trainers_cannot_see_a_session(
    trainer_client: Client, nail_salon: Scenario, trainer: User
) -> None:
    session = start(trainer_client, nail_salon)
    from django.contrib.auth.models import Group

    other = User.objects.create_user("trainer2", password="x" * 16, is_staff=True)
    other.groups.add(Group.objects.get(name="trainer"))
    client = Client()
    login_verified(client, other)
    assert client.get(f"/training/trainer/{session.code}/").status_code == 404
    assert client.get(f"/training/trainer/{session.code}/export.csv").status_code == 404


def test_cleanup_deletes_old_sessions_with_their_answers(
    trainer_client: Client, nail_salon: Scenario, settings: object
) -> None:
    old = start(trainer_client, nail_salon)
    new = start(trainer_client, nail_salon)
    join(old.code)
    LiveSession.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    settings.TRAINING_RETENTION_DAYS = 30  # type: ignore[attr-defined]
    call_command("training_cleanup", verbosity=0)
    assert list(LiveSession.objects.values_list("pk", flat=True)) == [new.pk]
    assert not Participant.objects.filter(session_id=old.pk).exists()
