"""Everyday ways of saying the context cues in lexicon.toml: a wish to stay unnamed, a cry for help
heard from others, being shut in from outside, times that repeat, theft words, owners who choose
their hours. The texts are written for these tests (never taken from the evaluation cases)."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

LABOUR_NL = "De baas houdt hun paspoorten en ze krijgen geen loon. "
LABOUR_EN = "The boss keeps their passports and they get no wages. "


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        (LABOUR_NL + "Ik durf dit niet onder mijn eigen naam te melden.", True),
        (LABOUR_NL + "Zet mijn naam er alsjeblieft niet bij, hier kent iedereen elkaar.", True),
        (LABOUR_NL + "Hij mag niet weten dat ik dit meld.", True),
        (LABOUR_NL + "Hou mij er alsjeblieft buiten.", True),
        (LABOUR_EN + "I don't want my name on this.", True),
        (LABOUR_EN + "They can't know it was me who told you.", True),
        (LABOUR_EN + "I'm scared he will find out, everybody knows everybody here.", True),
        ("Mijn naam is Petra en ik werk bij de bakker. " + LABOUR_NL, False),
        (LABOUR_EN + "My name is Tom, you can call me back on this number.", False),
    ],
)
def test_wish_to_stay_unnamed_in_everyday_words(
    real_kb: KnowledgeBase, text: str, anonymous: bool
) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.anonymous is anonymous
    assert (result.channel_ids[0] == "anonymous") is anonymous


@pytest.mark.parametrize(
    "text",
    [
        "Vannacht is er bij de buren ingebroken, ik heb meteen de politie gebeld.",
        "Someone broke into my car last night and I called the police.",
    ],
)
def test_writer_calling_the_police_is_no_threat_with_police(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert "threat_police_deportation" not in result.signal_ids
    assert result.form_ids == ()


@pytest.mark.parametrize(
    "text",
    [
        "De baas zegt dat hij de politie belt als ze klagen.",
        "The boss says he will call immigration if they complain.",
    ],
)
def test_boss_threatening_with_police_is_a_signal(real_kb: KnowledgeBase, text: str) -> None:
    assert "threat_police_deportation" in assess(kb=real_kb, text=text).signal_ids


def test_a_relative_by_marriage_tells_of_someone_else(real_kb: KnowledgeBase) -> None:
    text = (
        "Mijn zwager laat een meisje in zijn kapsalon werken. Ik zie dat ze achter de zaak "
        "slaapt en ik weet dat ze geen loon krijgt. Ik heb het hem gevraagd en ik kreeg geen "
        "antwoord."
    )
    assert assess(kb=real_kb, text=text).perspective != "victim"


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        (
            "In de loods naast ons roepen mensen help, de deur is van buitenaf met een hangslot "
            "dicht.",
            True,
        ),
        ("They are shouting help from the container, it is padlocked.", True),
        ("My daughter of 14 just texted me 'help mum' from a house I don't know.", True),
        ("She goes out with his friends every night and comes back at 5.", False),
        (
            "The door was padlocked from the outside when the police raided the farm last year.",
            False,
        ),
    ],
)
def test_cries_heard_and_shut_in_from_outside(
    real_kb: KnowledgeBase, text: str, acute: bool
) -> None:
    assert assess(kb=real_kb, text=text).acute is acute


@pytest.mark.parametrize(
    "text",
    [
        "Kinderen van een jaar of 10 jatten in de drogist, buiten wacht een vrouw die de spullen "
        "aanneemt.",
        "Young kids pickpocket on the tram and hand the wallets to two men who wait at the exit.",
    ],
)
def test_children_stealing_for_an_adult_who_takes_the_goods(
    real_kb: KnowledgeBase, text: str
) -> None:
    assert "criminal_exploitation" in assess(kb=real_kb, text=text).form_ids


@pytest.mark.parametrize(
    "text",
    [
        "De man van de snackbar werkt van 10 tot 12 en woont erboven, maar hij is eigenaar en "
        "neemt elk jaar een maand vrij.",
        "Mijn zoon van 15 verdient geld met zijn gamefilmpjes op YouTube.",
        "My son (15) earns money from his gaming videos on TikTok, a brand pays him.",
        "He works from 10 till midnight and lives above the shop, but he owns the place and takes "
        "a month off every summer.",
    ],
)
def test_look_alikes_with_an_everyday_explanation(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


@pytest.mark.parametrize(
    "text",
    [
        "My niece (14) chats with a man on Snapchat who pays her for photos.",
        "Mijn nichtje van 14 krijgt van iemand via Snapchat geld voor foto's van zichzelf.",
    ],
)
def test_a_minor_paid_for_pictures_by_someone_met_online(real_kb: KnowledgeBase, text: str) -> None:
    assert "sexual_exploitation" in assess(kb=real_kb, text=text).form_ids


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        (
            "I work in a house as a cleaner, they keep my passport and I get no money for a year. "
            "Please help me.",
            False,
        ),
        (
            "Ik werk al een jaar in een restaurant, de baas houdt mijn paspoort en ik krijg geen "
            "loon. Help mij alsjeblieft.",
            False,
        ),
        ("Please help me, he is hitting her right now in the hallway.", True),
        ("Help, ze slaat hem nu met een stok!", True),
    ],
)
def test_a_plea_for_help_is_danger_now_only_with_a_sign_of_now(
    real_kb: KnowledgeBase, text: str, acute: bool
) -> None:
    assert assess(kb=real_kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "De ploegleider heeft hun pasjes en geeft ze elke week een paar tientjes.",
            "bank_card_controlled",
        ),
        ("Hun loon komt op een rekening die de voorman beheert.", "bank_card_controlled"),
        ("He had her phone in his hand the whole time.", "phone_taken_or_monitored"),
        (
            "In de massagesalon werd mijn buurman een extraatje aangeboden.",
            "massage_parlour_closed_off",
        ),
    ],
)
def test_everyday_words_for_control_signals(real_kb: KnowledgeBase, text: str, signal: str) -> None:
    assert signal in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("The girl with him couldn't have been older than 15.", True),
        ("Het meisje was echt niet ouder dan 14.", True),
        ("She came in with a school backpack, he did all the talking.", True),
        ("He is not older than 40, I think.", False),
    ],
)
def test_age_said_without_a_plain_number(real_kb: KnowledgeBase, text: str, minor: bool) -> None:
    assert assess(kb=real_kb, text=text).minor is minor


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "My neighbour's girlfriend has men over every night, he sits in the car outside and "
            "she gives him the money after.",
            "sexual_exploitation",
        ),
        (
            "Young women live in the flat above the chip shop, men come up all night and a guy "
            "drives them around.",
            "sexual_exploitation",
        ),
        (
            "Er staat elke dag een vrouw met een baby te bedelen bij de supermarkt, 's avonds "
            "haalt een man haar op en pakt het bakje.",
            "criminal_exploitation",
        ),
        (
            "Een jongen van 17 woont in een huis vol plantjes en mag er niet uit, hij moet de "
            "planten water geven.",
            "criminal_exploitation",
        ),
    ],
)
def test_what_a_bystander_sees_in_plain_words(real_kb: KnowledgeBase, text: str, form: str) -> None:
    assert form in assess(kb=real_kb, text=text).form_ids


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("They sleep ten to a room above the restaurant.", "overcrowded_housing"),
        ("The owner takes their wages for rent.", "housing_deduction_too_high"),
        ("Her papers are with my sister in law.", "passport_held"),
    ],
)
def test_everyday_words_for_work_signals(real_kb: KnowledgeBase, text: str, signal: str) -> None:
    assert signal in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize(
    "text",
    [
        "My flatmate has friends over every night for games.",
        "Hij verzamelt oude fietsen en haalt ze elke week op met een busje.",
    ],
)
def test_everyday_visitors_and_pickups_are_no_form(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mijn nichtje (15) gaat naar feestjes waar ze geld krijgt van oudere mannen.",
        "Onze leerling van 14 zegt dat ze met zijn vrienden chillt en daar geld voor krijgt.",
        "My niece (15) goes to parties where older guys give her cash.",
        "Mijn dochter (15) heeft een vriendje van 24 die haar ophaalt van school en haar meeneemt "
        "naar feestjes, ze krijgt van hem drank en spullen.",
    ],
)
def test_a_minor_paid_or_taken_to_parties_by_older_men(real_kb: KnowledgeBase, text: str) -> None:
    assert "sexual_exploitation" in assess(kb=real_kb, text=text).form_ids


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter van 16 is mee naar een feestje van haar klas en is pas om 1 uur thuis.",
        "We nemen onze kinderen mee naar het hotel in Spanje.",
        "Mijn zoon (15) werkt op feestjes als ober en wordt gewoon betaald door de catering.",
    ],
)
def test_ordinary_parties_are_no_form(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


def test_the_writers_own_volunteering_explains_nothing_away(real_kb: KnowledgeBase) -> None:
    plain = "Een meisje van 14 uit mijn team krijgt geld voor foto's van zichzelf van een man."
    volunteer = "Ik ben vrijwillig trainer. " + plain
    assert "sexual_exploitation" in assess(kb=real_kb, text=plain).form_ids
    assert "sexual_exploitation" in assess(kb=real_kb, text=volunteer).form_ids


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "The lads at the car wash work all day for almost nothing, they get food and a bed.",
            "wages_withheld",
        ),
        (
            "De jongens van de carwash werken voor bijna niks en krijgen alleen eten.",
            "wages_withheld",
        ),
        (
            "I owe a guy money and now he makes me sell in the park every night.",
            "forced_to_commit_crime",
        ),
    ],
)
def test_everyday_words_for_unpaid_and_forced_work(
    real_kb: KnowledgeBase, text: str, signal: str
) -> None:
    assert signal in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize(
    "text",
    [
        "He works for almost nothing because he is a volunteer at the food bank.",
        "Hij werkt voor niks, hij is vrijwilliger bij de voedselbank.",
    ],
)
def test_working_for_nothing_is_not_forced_labour_by_itself(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert "forced_labour_servitude" not in result.signal_ids
    assert result.form_ids == ()


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Er ligt een man in de kas die niet meer reageert, de voorman wil geen ambulance.", True),
        ("Hij appt haar steeds dat hij haar vanavond verrot slaat als ze niet betaalt.", True),
        ("He is beating her up right now in the hallway.", True),
        ("Vorig jaar dreigde hij dat hij haar verrot zou slaan, nu woont ze bij ons.", False),
        ("Last year her boss used to beat her up, now she lives with us.", False),
        ("We are coming over tonight for dinner with the kids.", False),
    ],
)
def test_everyday_words_for_danger_now_and_for_being_safe(
    real_kb: KnowledgeBase, text: str, acute: bool
) -> None:
    assert assess(kb=real_kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Mijn man zegt al weken 'mijn baas vermoordt me nog' omdat hij moet overwerken.", False),
        ("My boss is going to kill me if I'm late again, haha.", False),
        ("Help, they locked her in the room and he is hitting her now, I can hear it.", True),
    ],
)
def test_a_figure_of_speech_is_no_danger(real_kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=real_kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("A man asks my niece (13) for test shoots in her underwear for his clients.", False),
        ("He pulled a gun and shot at the car just now, the girl is still inside.", True),
    ],
)
def test_a_photo_shoot_is_no_shooting(real_kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=real_kb, text=text).acute is acute


@pytest.mark.parametrize(
    "text",
    [
        LABOUR_NL + "Mijn naam mag er nooit bij, die mensen kennen mijn gezicht.",
        LABOUR_NL + "Ik blijf hier liever buiten.",
        LABOUR_EN + "Those guys know my face, so please keep it quiet.",
    ],
)
def test_fear_of_being_recognised_as_the_reporter(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).anonymous


def test_a_store_security_guard_writes_as_a_professional(real_kb: KnowledgeBase) -> None:
    text = "I'm a security guard at a clothing store. Kids of 10 steal here every week for a woman."
    assert assess(kb=real_kb, text=text).perspective == "professional"


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        (LABOUR_EN + "pls dont tell anyone i sent this", True),
        (LABOUR_NL + "zeg aub niet dat het van mij komt", True),
        (LABOUR_EN + "I work there too so I can't be seen reporting this.", True),
        (LABOUR_NL + "Ik wil geen gedoe met die mensen, ik heb kinderen.", True),
        (LABOUR_EN + "I don't want any trouble with these people.", True),
        (LABOUR_EN + "My name is Anna, call me on this number if you need more.", False),
    ],
)
def test_more_everyday_wishes_to_stay_unnamed(
    real_kb: KnowledgeBase, text: str, anonymous: bool
) -> None:
    assert assess(kb=real_kb, text=text).anonymous is anonymous


@pytest.mark.parametrize(
    "text",
    [
        "My nephew was caught in a town he had never been to with drugs in his underwear.",
        "Mijn neef is opgepakt in een stad waar hij nooit was, met drugs in zijn onderbroek.",
    ],
)
def test_caught_far_from_home_carrying_drugs(real_kb: KnowledgeBase, text: str) -> None:
    assert "carries_drugs_cash_between_towns" in assess(kb=real_kb, text=text).signal_ids
