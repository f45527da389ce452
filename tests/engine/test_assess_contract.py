"""The assess() contract: input handling, evidence spans, notes, checklist, scoring and routing."""

from __future__ import annotations

import json

import pytest

from signaalwijzer.engine import MAX_TEXT_CHARS, InputError, assess
from signaalwijzer.knowledge import KnowledgeBase

LABOUR = (
    "Mijn buurman werkt 14 uur per dag in de kas en krijgt geen loon. De baas heeft zijn "
    "paspoort en hij moet de reis terugbetalen."
)


def test_evidence_spans_point_into_the_original_text(kb: KnowledgeBase) -> None:
    text = "  \x07Mijn buurman werkt 14 uur per dag en de baas heeft zijn paspoort in bewaring."
    result = assess(kb=kb, text=text)
    assert {"t_hours", "t_passport"} <= set(result.signal_ids)
    for signal in result.signals:
        assert signal.origin == "text"
        for span in signal.evidence:
            assert text[span.start : span.end] == span.text
    hours = next(s for s in result.signals if s.indicator_id == "t_hours")
    assert hours.evidence[0].text == "14 uur per dag"


def test_several_signals_with_coercion_make_a_form(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text=LABOUR)
    assert result.form_ids == ("labour_exploitation",)
    form = result.forms[0]
    assert form.level == "strong"
    assert {"t_hours", "t_unpaid", "t_passport", "t_debt"} <= set(form.signals)
    assert result.channel_ids[0] == "labour_inspectorate"


def test_one_weak_signal_is_not_a_case(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text="Mijn buurman werkt 14 uur per dag in de kas.")
    assert result.signal_ids == ("t_hours",)
    assert result.forms == ()
    assert result.channels == ()
    assert result.notes  # says it sees something, but too little


def test_hours_without_coercion_are_not_a_case(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text="Hij werkt 14 uur per dag en slaapt in de kas tijdens de oogst.")
    assert result.forms == ()


@pytest.mark.parametrize(
    "text",
    [
        LABOUR.replace("krijgt geen loon", "wordt gewoon betaald volgens de cao").replace(
            "De baas heeft zijn paspoort en hij moet de reis terugbetalen.", ""
        )
        + " Het is een familiebedrijf en hij heeft een vast contract en zijn eigen paspoort.",
        "My neighbour works 14 hours a day in his own family business, he is paid properly, "
        "has his own passport and takes holidays every summer.",
    ],
)
def test_benign_explanations_keep_look_alikes_unflagged(kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=kb, text=text).forms == ()


def test_sexual_signals_name_the_sexual_form(kb: KnowledgeBase) -> None:
    text = (
        "Ze moet elke avond klanten ontvangen in een flat, de man heeft haar paspoort in "
        "bewaring en ze moet een schuld terugbetalen."
    )
    result = assess(kb=kb, text=text)
    assert result.form_ids == ("sexual_exploitation",)
    assert result.channel_ids[0] == "police"


def test_two_forms_when_both_have_their_own_evidence(kb: KnowledgeBase) -> None:
    text = (
        "The boys work 14 hours a day at the car wash with no wages, and at night they have to "
        "deliver drugs for the owner. He keeps their passports and says they have a debt to pay "
        "off."
    )
    result = assess(kb=kb, text=text)
    assert set(result.form_ids) == {"labour_exploitation", "criminal_exploitation"}
    assert result.channel_ids[0] == "police"


def test_checklist_only(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, checklist=["t_hours", "t_unpaid", "t_passport"])
    assert result.form_ids == ("labour_exploitation",)
    assert all(s.origin == "checklist" and s.evidence == () for s in result.signals)


def test_checklist_and_text_together(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text="Hij werkt 14 uur per dag.", checklist=["t_passport", "t_unpaid"])
    origins = {s.indicator_id: s.origin for s in result.signals}
    assert origins == {"t_hours": "text", "t_passport": "checklist", "t_unpaid": "checklist"}
    assert "labour_exploitation" in result.form_ids


def test_unknown_checklist_id_is_an_input_error(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError, match="no_such_signal"):
        assess(kb=kb, checklist=["t_hours", "no_such_signal"])


def test_checklist_as_a_single_string_is_an_input_error(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError):
        assess(kb=kb, checklist="t_hours")


def test_unknown_setting_is_an_input_error(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError):
        assess(kb=kb, text="x", setting="moon_base")


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_text_gives_nothing(kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=kb, text=text)
    assert result.forms == () and result.signals == () and result.channels == ()
    assert result.acute is False
    assert result.notes


def test_long_text_is_cut_with_a_note(kb: KnowledgeBase) -> None:
    text = LABOUR + " " + "bla " * 5000
    result = assess(kb=kb, text=text)
    assert any("10,000" in n.en and "10.000" in n.nl for n in result.notes)
    assert MAX_TEXT_CHARS == 10_000
    assert all(s.end <= MAX_TEXT_CHARS for sig in result.signals for s in sig.evidence)
    assert "labour_exploitation" in result.form_ids


def test_text_after_the_limit_is_not_read(kb: KnowledgeBase) -> None:
    text = "x" * MAX_TEXT_CHARS + " " + LABOUR
    assert assess(kb=kb, text=text).signals == ()


def test_other_language_is_best_effort_with_a_note(kb: KnowledgeBase) -> None:
    text = "Pracuję w magazynie i nie dostaję pieniędzy, szef ma mój paszport i nie mogę wyjść"
    result = assess(kb=kb, text=text)
    assert result.language == "pl"
    assert any("Dutch or English" in n.en for n in result.notes)


def test_forced_language(kb: KnowledgeBase) -> None:
    assert assess(kb=kb, text="He works 14 hours a day", lang="nl").language == "nl"


def test_every_result_carries_the_kb_version_and_serialises(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text=LABOUR)
    assert result.kb_version == "test"
    data = result.to_dict(kb=kb, lang="nl")
    json.dumps(data)
    assert data["kb_version"] == "test"
    assert data["channels"][0]["reason"]
    assert data["signals"][0]["evidence"][0]["text"]


def test_every_channel_has_a_reason_in_both_languages(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text=LABOUR + " Ik wil anoniem blijven.")
    assert result.channel_ids[0] == "anonymous"
    for advice in result.channels:
        assert advice.reason.nl and advice.reason.en


def test_victim_with_labour_gets_comensha_police_and_the_inspectorate(kb: KnowledgeBase) -> None:
    text = (
        "Ik werk 14 uur per dag in een kas. Ik krijg geen loon en mijn baas heeft mijn paspoort. "
        "Ik moet de reis terugbetalen."
    )
    result = assess(kb=kb, text=text)
    assert result.perspective == "victim"
    assert result.channel_ids[:3] == ("comensha", "police", "labour_inspectorate")


def test_professional_asking_advice_on_sexual_case(kb: KnowledgeBase) -> None:
    text = (
        "Ik ben huisarts. Een patiënte moet elke avond klanten ontvangen, de man heeft haar "
        "paspoort in bewaring en ze moet een schuld terugbetalen. Wat moet ik hiermee?"
    )
    result = assess(kb=kb, text=text)
    assert result.perspective == "professional"
    assert result.channel_ids[:2] == ("police", "comensha")


def test_professional_asking_advice_on_labour_case_goes_to_the_inspectorate(
    kb: KnowledgeBase,
) -> None:
    text = "Ik ben wijkagent. " + LABOUR + " Waar kan ik dit melden?"
    assert assess(kb=kb, text=text).channel_ids[0] == "labour_inspectorate"


def test_acute_case_puts_emergency_first_then_the_rest(kb: KnowledgeBase) -> None:
    text = LABOUR + " Op dit moment slaat de baas hem, hij bloedt."
    result = assess(kb=kb, text=text)
    assert result.acute
    assert result.channel_ids[0] == "emergency"
    assert "labour_inspectorate" in result.channel_ids


def test_acute_and_anonymous_puts_anonymous_right_after_emergency(kb: KnowledgeBase) -> None:
    text = LABOUR + " Op dit moment slaat de baas hem. Ik wil anoniem blijven."
    assert assess(kb=kb, text=text).channel_ids[:2] == ("emergency", "anonymous")
