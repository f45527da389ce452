"""Each signal said once in a plain sentence, in Dutch and English: the simplest way people write
it must be found. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

PLAIN: list[tuple[str, str]] = [
    ("passport_held", "Zijn werkgever heeft zijn paspoort ingenomen."),
    ("passport_held", "Her employer took her passport."),
    ("passport_held", "Ze moest haar ID-kaart afgeven aan de man van het bureau."),
    ("wages_withheld", "Hij heeft al drie maanden geen loon gekregen."),
    ("wages_withheld", "They have not been paid for months."),
    ("excessive_hours", "Ze werken elke dag van zes uur 's ochtends tot middernacht."),
    ("excessive_hours", "He works 80 hours a week without a day off."),
    ("locked_in", "De deur van hun kamer wordt 's nachts op slot gedaan."),
    ("locked_in", "They are not allowed to leave the house."),
    ("travel_recruitment_debt", "Hij moet eerst 5000 euro voor de reis terugbetalen."),
    ("travel_recruitment_debt", "She owes them money for the flight and the visa."),
    ("overcrowded_housing", "Ze slapen met twaalf man in één kamer."),
    ("overcrowded_housing", "Fifteen workers share a small two-room flat."),
    ("threats_against_person_or_family", "Ze dreigen zijn familie in Roemenië iets aan te doen."),
    ("threats_against_person_or_family", "They said they would hurt her mother if she left."),
    ("phone_taken_or_monitored", "Haar telefoon wordt door hem gecontroleerd."),
    ("phone_taken_or_monitored", "The boss took their phones."),
    ("forced_paid_sex", "Ze moet seks hebben met mannen die hem betalen."),
    ("forced_paid_sex", "He makes her sleep with men for money."),
    ("no_control_over_earnings", "Ze moet al het geld dat ze verdient aan hem geven."),
    ("no_control_over_earnings", "She has to hand over all her earnings to him."),
    ("minor_commercial_sex", "Een meisje van 15 heeft seks met mannen voor geld."),
    ("forced_to_commit_crime", "Hij wordt gedwongen om drugs te verkopen."),
    ("forced_to_commit_crime", "They force the children to steal from shops."),
    ("asked_to_lend_bank_card", "Iemand vroeg hem zijn bankpas uit te lenen voor geld."),
    ("asked_to_lend_bank_card", "Someone offered him money to use his bank account."),
    ("cannabis_grow_worker", "Hij moet in een wietplantage werken en daar slapen."),
    ("cannabis_grow_worker", "She waters cannabis plants in a house all day."),
    ("escorted_guarded", "Ze wordt altijd gebracht en gehaald door dezelfde man."),
    ("escorted_guarded", "He is never allowed to go anywhere alone."),
    ("physical_violence", "Hij wordt geslagen als hij niet hard genoeg werkt."),
    ("physical_violence", "The boss beats them when they complain."),
    ("fearful_anxious", "Ze is heel bang en kijkt steeds naar de deur."),
    ("fearful_anxious", "He seems terrified and won't look at anyone."),
    ("denied_medical_care", "Hij mag niet naar de dokter, ook niet toen hij ziek was."),
    ("denied_medical_care", "She was not allowed to see a doctor after the accident."),
    ("dropped_off_to_beg", "Elke ochtend worden bedelaars afgezet bij het station."),
    ("dropped_off_to_beg", "A van drops beggars off in the city centre every morning."),
]


@pytest.mark.parametrize(("indicator", "text"), PLAIN)
def test_a_plain_sentence_finds_its_signal(
    real_kb: KnowledgeBase, indicator: str, text: str
) -> None:
    assert indicator in {s.indicator_id for s in assess(kb=real_kb, text=text).signals}


@pytest.mark.parametrize(
    "text",
    [
        "He is paid every week into his own account and has a contract.",
        "Ze wordt betaald per uur, volgens de cao.",
    ],
)
def test_ordinary_pay_talk_finds_no_signal(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).signals == ()
