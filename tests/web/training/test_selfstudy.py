"""Self-study: no account, no cookie, progress only in the form, bad forms are a 400."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from signaalwijzer.web.apps.stats.models import DailyCounter
from signaalwijzer.web.apps.training.models import Scenario

pytestmark = pytest.mark.django_db
URL = "/training/scenario/nail_salon/"


def test_index_lists_published_scenarios_only(client: Client, nail_salon: Scenario) -> None:
    nail_salon.is_published = False
    nail_salon.save()
    body = client.get("/training/").content.decode()
    assert "De nagelstudio" not in body
    assert "Het busje bij de kas" in body
    assert client.get("/en/training/").content.decode().count("The van at the greenhouse") == 1


def test_whole_scenario_by_form_posts_ends_in_a_debrief_with_the_score(
    client: Client, scenarios: None
) -> None:
    intro = client.get(URL)
    assert intro.status_code == 200
    assert not intro.cookies, "self-study sets no cookie"
    scene = client.post(URL, {"state": "{}", "goto": "0"})
    body = scene.content.decode()
    assert 'name="observation" value="mattresses"' in body
    assert 'data-observation="passports"' in body  # the hotspot in the inline illustration
    assert "no-store" in scene["Cache-Control"]

    feedback = client.post(
        URL,
        {
            "state": "{}",
            "answer_scene": "in_the_salon",
            "observation": ["mattresses", "price_list"],
            "action": "note_and_report",
            "route": "labour_inspectorate",
        },
    )
    text = feedback.content.decode()
    assert "Je zag 1 van de 3 signalen." in text
    assert "Gemist: dit is wel een signaal." in text  # passports and late hours
    assert "Dit is op zich geen signaal." in text  # the price list
    state = json.loads(feedback.context["state"])
    assert state["in_the_salon"]["o"] == ["mattresses", "price_list"]

    debrief = client.post(
        URL,
        {
            "state": feedback.context["state"],
            "answer_scene": "whisper",
            "observation": ["travel_debt", "low_pay", "no_phone"],
            "action": "listen_and_report",
            "route": "anonymous",
        },
    )
    assert debrief.context["next_index"] is None
    final = client.post(URL, {"state": debrief.context["state"], "goto": "debrief"})
    score = final.context["score"]
    assert (score.spotted, score.signals_total, score.routes_correct) == (4, 6, 1)
    assert 'href="/vormen/arbeidsuitbuiting/"' in final.content.decode()
    assert DailyCounter.objects.filter(key="selfstudy_completed").exists()


def test_english_pages_show_english_scenario_text(client: Client, scenarios: None) -> None:
    body = client.post("/en" + URL, {"state": "{}", "goto": "0"}).content.decode()
    assert "Mattresses behind the curtain" in body
    assert "Matrassen achter het gordijn" not in body


@pytest.mark.parametrize(
    "data",
    [
        {"state": "not json", "goto": "0"},
        {"state": "[]", "goto": "0"},
        {"state": '{"nope": {}}', "goto": "0"},
        {"state": '{"in_the_salon": {"o": ["unicorn"]}}', "goto": "0"},
        {"state": '{"in_the_salon": {"o": "mattresses"}}', "goto": "0"},
        {"state": "{}", "goto": "99"},
        {"state": "{}", "goto": "-1"},
        {"state": "{}", "answer_scene": "in_the_salon", "action": "dance"},
        {"state": "{}", "answer_scene": "in_the_salon", "observation": "<script>"},
        {"state": "{}", "answer_scene": "nope"},
        {"state": "x" * 30_000, "goto": "0"},
        {"state": "[" * 15_000, "goto": "0"},
        {"state": '{"in_the_salon": {"o": [], "a": 5}}', "goto": "0"},
    ],
)
def test_tampered_forms_are_a_readable_400(
    client: Client, scenarios: None, data: dict[str, str]
) -> None:
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "Dit formulier klopt niet" in response.content.decode()


def test_unknown_scenario_is_404(client: Client, scenarios: None) -> None:
    assert client.get("/training/scenario/nope/").status_code == 404


def test_english_interface_comes_from_the_training_catalogue(
    client: Client, scenarios: None
) -> None:
    body = client.post("/en" + URL, {"state": "{}", "goto": "0"}).content.decode()
    assert "What do you do now?" in body
    assert "Wat doe je nu?" not in body
