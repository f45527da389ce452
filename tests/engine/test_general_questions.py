"""A general question tells no situation ("what should you do if someone's boss keeps their
passport?"); the writer's own observation does ("als ik zie dat de baas ..."). Also: whose
passports someone holds, and pay that is late but comes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    "text",
    [
        "Wij zijn huisartsen. Wanneer mag je je beroepsgeheim doorbreken als je denkt dat een "
        "patiënt voor een ander moet werken of seks moet hebben?",
        "What should you do if someone's boss keeps their passport and pays them nothing?",
        "Stel dat iemand zijn paspoort moet afgeven aan de baas, is dat dan strafbaar?",
        "If you suspect that a neighbour is forced to work without pay, who do you call?",
    ],
)
def test_a_hypothetical_question_indicates_no_form(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.form_ids == ()
    assert result.signals == ()


@pytest.mark.parametrize(
    "text",
    [
        "Als ik zie dat de baas hun paspoorten houdt en ze niet betaalt, moet ik dan bellen?",
        "Mijn buurman houdt de paspoorten van zijn personeel en betaalt ze niet. Wat moet je doen "
        "als je dat ziet?",
        "My neighbour keeps the passports of his workers and does not pay them.",
        "De baas betaalt ze niet en houdt hun paspoorten.",
        "The agency has their passports.",
    ],
)
def test_an_observed_situation_still_counts(real_kb: KnowledgeBase, text: str) -> None:
    assert "labour_exploitation" in assess(kb=real_kb, text=text).form_ids


@pytest.mark.parametrize(
    "text",
    [
        "The boss does not pay them on time but they get everything a week later.",
        "De baas betaalt ze niet op tijd, maar ze krijgen alles een week later.",
        "Each worker has their passport and their own bank card.",
        "Ze houden hun paspoorten gewoon zelf.",
    ],
)
def test_late_pay_and_own_passports_are_no_signal(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.form_ids == ()
    assert "passport_held" not in {s.indicator_id for s in result.signals}


# A question that names no form is answered by CoMensha; a statement that names none gets no
# channel, and a question that does name a form keeps its own route.
@pytest.mark.parametrize(
    "text",
    [
        "Mag een werkgever zomaar de huur van je loon afhalen? Waar kun je dan terecht?",
        "Can this also happen to kids who were born here, or only to people from abroad?",
        "Ik geef les in groep 8. Hoe leg ik uit waar ze op moeten letten bij nieuwe online "
        "vrienden?",
    ],
)
def test_a_question_without_a_form_goes_to_comensha(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.form_ids == ()
    assert result.channel_ids[:1] == ("comensha",)


def test_a_statement_without_a_form_gets_no_channel(real_kb: KnowledgeBase) -> None:
    result = assess(kb=real_kb, text="We hadden gisteren een gezellige barbecue met de straat.")
    assert result.form_ids == ()
    assert result.channel_ids == ()


def test_a_question_about_a_real_situation_keeps_its_route(real_kb: KnowledgeBase) -> None:
    text = "De baas houdt hun paspoorten en betaalt ze niet. Wat moet ik doen?"
    result = assess(kb=real_kb, text=text)
    assert "labour_exploitation" in result.form_ids
    assert result.channel_ids[0] == "labour_inspectorate"
