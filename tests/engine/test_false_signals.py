"""Known false signals: situations that share words with a signal but are not trafficking.

Expectations follow ``shared/eval/GUIDELINES.md`` (forms), not what the engine happened to say:

- a threat of losing a job through a reorganisation, cuts or a closure is ordinary working life;
  no one threatens the person, so it is no coercion and no form;
- a tattoo of a partner's name that the person chose is not an ownership mark; only a mark put on
  her by someone else, a pimp's name, branding or 'property of' counts;
- financial sextortion (pay money or the nude pictures go out) is a crime without exploitation of
  a person into sex work: no form, unless more is asked (sex or content for others).

The sentences are our own. Each look-alike has a counterpart that must still be found, so the
fix cannot simply switch the signal off.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"

# (id, text, signal that must NOT be found)
LOOK_ALIKES: list[tuple[str, str, str]] = [
    # (a) losing a job in an ordinary context
    (
        "job_nl_reorganisation",
        "Mijn buurman maakt zich zorgen: hij dreigt zijn baan te verliezen door de reorganisatie.",
        "threats_against_person_or_family",
    ),
    (
        "job_nl_cuts",
        "Door de bezuinigingen dreigen er bij de thuiszorg veel ontslagen, mijn tante is bang.",
        "threats_against_person_or_family",
    ),
    (
        "job_nl_benefit",
        "Mijn moeder dreigt haar uitkering kwijt te raken omdat ze de formulieren te laat stuurde.",
        "threats_against_person_or_family",
    ),
    (
        "job_nl_threatened_with_dismissal_by_reorganisation",
        "Na de fusie wordt de helft van het kantoor met ontslag bedreigd vanwege de reorganisatie.",
        "threats_against_person_or_family",
    ),
    (
        "job_en_reorganisation",
        "She is threatened with losing her job because of the reorganisation at the factory.",
        "threats_against_person_or_family",
    ),
    (
        "job_en_redundancy",
        "My dad is threatened with redundancy after the merger and he is very stressed about it.",
        "threats_against_person_or_family",
    ),
    (
        "job_en_under_threat",
        "Hundreds of jobs at the plant are under threat since the takeover was announced.",
        "threats_against_person_or_family",
    ),
    # (b) a tattoo she chose herself
    (
        "tattoo_nl_boyfriend",
        "Mijn collega liet de naam van haar vriend op haar pols tatoeëren, dat wilde ze zelf.",
        "ownership_tattoo",
    ),
    (
        "tattoo_nl_husband",
        "Mijn zus heeft een tattoo met de initialen van haar man, ze koos het ontwerp zelf uit.",
        "ownership_tattoo",
    ),
    (
        "tattoo_en_boyfriend",
        "My sister got a tattoo of her boyfriend's name on her wrist, she chose it herself.",
        "ownership_tattoo",
    ),
    (
        "tattoo_en_fiance",
        "Our nanny has her fiance's name tattooed on her arm and shows it to everyone proudly.",
        "ownership_tattoo",
    ),
    (
        "tattoo_en_branded_clothes",
        "Her son suddenly wears expensive branded clothes and a brand new watch.",
        "ownership_tattoo",
    ),
    # (c) money demanded with nude pictures
    (
        "sextortion_nl_money",
        "Een onbekende chanteert mijn broer met naaktfoto's en eist 500 euro, anders stuurt hij "
        "ze naar zijn werk.",
        "sextortion_nude_images",
    ),
    (
        "sextortion_nl_transfer",
        "Iemand dreigt mijn naaktfoto's te verspreiden als ik niet 300 euro overmaak.",
        "sextortion_nude_images",
    ),
    (
        "sextortion_en_dollars",
        "Someone is blackmailing me with nude pictures and demands 300 dollars or he will send "
        "them to my family.",
        "sextortion_nude_images",
    ),
    (
        "sextortion_en_bitcoin",
        "A scammer threatened to post his nudes unless he paid 500 euros in bitcoin.",
        "sextortion_nude_images",
    ),
]

# Typo tolerance (one edit for 8+ letters) must not turn a real word into a signal word.
# (id, text, signal that must NOT be found, counterpart text where it must be found)
TYPO_NEIGHBOURS: list[tuple[str, str, str, str]] = [
    (
        "geslapen_geslagen",
        "Ik heb vannacht bij mijn zus geslapen.",
        "physical_violence",
        "Ze wordt thuis geslagen.",
    ),
    (
        "geschokt_geschopt",
        "Ik was echt geschokt toen ik het nieuws zag.",
        "physical_violence",
        "Hij is door de voorman geschopt.",
    ),
    (
        "contact_contract",
        "Ze heeft geen contact meer met haar oude school.",
        "no_contract_cash_only",
        "Hij werkt zonder contract en krijgt contant.",
    ),
    (
        "starting_starving",
        "He is starting a new course next week.",
        "exhausted_malnourished",
        "The kids look starving and thin.",
    ),
    (
        "departed_deported",
        "Her train departed at six and she arrived in Utrecht at eight.",
        "threat_police_deportation",
        "The boss says they will be deported if they complain.",
    ),
    (
        "employee_employer",
        "The employee has a bank card from the company for fuel.",
        "bank_card_controlled",
        "The employer keeps their bank cards in the office.",
    ),
    (
        "verwoorden_vermoorden",
        "Ik weet niet goed hoe ik het moet verwoorden, ze moet thuis veel doormaken.",
        "threats_against_person_or_family",
        "Hij dreigt haar broertje te vermoorden.",
    ),
    (
        "opgelucht_opgelicht",
        "Ik was echt opgelucht toen ze haar nieuwe baan kreeg.",
        "false_job_promise",
        "Ze zijn opgelicht door een bureau dat werk beloofde.",
    ),
    (
        "ondergoed_ondervoed",
        "Ze kocht nieuw ondergoed en sokken bij de markt.",
        "exhausted_malnourished",
        "De kinderen zien er ondervoed en uitgeput uit.",
    ),
    (
        "addition_addiction",
        "In addition, she works at the bakery on Saturdays.",
        "vulnerable_position_abused",
        "They use his addiction to keep him working for them.",
    ),
    (
        "underway_underpay",
        "The renovation of the kitchen is underway.",
        "wages_withheld",
        "They underpay the pickers every single week.",
    ),
    (
        "traffic_traffick",
        "The school is on a busy road and the parents deal with a lot of traffic.",
        "described_as_exploitation",
        "I think the girl next door is being trafficked.",
    ),
    (
        "dragging_drugging",
        "Two men were dragging a heavy sofa up the stairs.",
        "forced_drugs_alcohol",
        "He keeps drugging her drinks.",
    ),
]

# Ordinary places and people nearby: no crime directed by someone (no form).
NO_FORM: list[str] = [
    "Op de hoek staat een snackbar en 's avonds rijden er jongens op scooters langs.",
    "My neighbour waits outside the school every day to pick up her son.",
]

# Everyday verbs of force used for things, not people, are no danger now: "kicking a ball".
# (id, text, counterpart that is acute)
NOT_ACUTE: list[tuple[str, str, str]] = [
    (
        "kicking_a_ball",
        "The kids were kicking a ball in the street all afternoon.",
        "Right now two men are kicking a young guy at the bus stop.",
    ),
    (
        "hitting_the_gym",
        "He is hitting the gym every day now and eats well.",
        "He is hitting her in the car park right now.",
    ),
    (
        "schoppen_tegen_een_bal",
        "De kinderen zijn nu op het plein aan het schoppen tegen een bal.",
        "Ze zijn hem nu op straat aan het schoppen.",
    ),
    (
        "kast_duwen",
        "Ze zijn nu de kast aan het duwen naar de andere kamer.",
        "Hij duwt haar nu de auto in.",
    ),
    (
        "every_evening_a_van",
        "Elke avond staat er een busje voor de deur dat de vrouwen ophaalt.",
        "Nu staan er drie mannen voor de deur met een knuppel.",
    ),
    (
        "dragging_a_sofa",
        "Two men are dragging a sofa up the stairs to the third floor.",
        "Two men are dragging a girl into a van right now.",
    ),
]

# Written the way the guidelines would expect a report to read; these stay signals.
# (id, text, signal that must be found, form that must be indicated or None)
COUNTERPARTS: list[tuple[str, str, str, str | None]] = [
    (
        "threat_nl_family",
        "De baas dreigt haar familie iets aan te doen als ze weggaat.",
        "threats_against_person_or_family",
        None,
    ),
    (
        "threat_en_family",
        "The boss threatens to hurt his family back home if he quits.",
        "threats_against_person_or_family",
        None,
    ),
    (
        "tattoo_nl_pimp_forced",
        "Haar pooier heeft haar gedwongen een tatoeage met zijn naam te nemen, ze moet elke avond "
        "klanten ontvangen.",
        "ownership_tattoo",
        SEX,
    ),
    (
        "tattoo_nl_property",
        "Op haar pols staat een tatoeage met eigendom van R., hij int al haar geld van de klanten.",
        "ownership_tattoo",
        SEX,
    ),
    (
        "tattoo_en_put_on_her",
        "He had his name tattooed on her neck and sells her to men at a motel.",
        "ownership_tattoo",
        SEX,
    ),
    (
        "tattoo_en_barcode",
        "She has a barcode tattoo her pimp made her get.",
        "ownership_tattoo",
        None,
    ),
    (
        "sextortion_nl_sex_with_friends",
        "Hij chanteert haar met naaktfoto's: ze moet seks hebben met zijn vrienden, anders zet hij "
        "ze online.",
        "sextortion_nude_images",
        SEX,
    ),
    (
        "sextortion_en_webcam_for_men",
        "He blackmails her with nude photos to make her do webcam shows for paying men.",
        "sextortion_nude_images",
        SEX,
    ),
]

# (id, text): financial sextortion told over two sentences: the blackmail in one, the demand for
# money in the next (``benign_across`` in lexicon.toml, read over the sentence end).
TWO_SENTENCES: list[tuple[str, str]] = [
    (
        "sextortion_nl_two_sentences",
        "Mijn vriendin wordt gechanteerd met naaktfoto's. Hij eist 200 euro, anders zet hij ze "
        "online.",
    ),
]


@pytest.mark.parametrize(("cid", "text", "signal"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_look_alike_is_no_signal_and_no_form(
    real_kb: KnowledgeBase, cid: str, text: str, signal: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert signal not in {s.indicator_id for s in result.signals}
    assert result.form_ids == ()
    assert "police" not in result.channel_ids


@pytest.mark.parametrize(
    ("cid", "text", "signal", "form"), COUNTERPARTS, ids=[c[0] for c in COUNTERPARTS]
)
def test_the_real_signal_is_still_found(
    real_kb: KnowledgeBase, cid: str, text: str, signal: str, form: str | None
) -> None:
    result = assess(kb=real_kb, text=text)
    assert signal in {s.indicator_id for s in result.signals}
    if form is not None:
        assert form in result.form_ids


@pytest.mark.parametrize(("cid", "text"), TWO_SENTENCES, ids=[c[0] for c in TWO_SENTENCES])
def test_financial_sextortion_over_two_sentences(
    real_kb: KnowledgeBase, cid: str, text: str
) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


@pytest.mark.parametrize(
    ("cid", "text", "signal", "counterpart"), TYPO_NEIGHBOURS, ids=[c[0] for c in TYPO_NEIGHBOURS]
)
def test_a_real_word_next_to_a_signal_word_is_not_that_signal(
    real_kb: KnowledgeBase, cid: str, text: str, signal: str, counterpart: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert signal not in {s.indicator_id for s in result.signals}
    assert result.form_ids == () and not result.acute
    assert signal in {s.indicator_id for s in assess(kb=real_kb, text=counterpart).signals}


@pytest.mark.parametrize(("cid", "text", "counterpart"), NOT_ACUTE, ids=[c[0] for c in NOT_ACUTE])
def test_force_verbs_about_things_are_no_danger_now(
    real_kb: KnowledgeBase, cid: str, text: str, counterpart: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert not result.acute and "emergency" not in result.channel_ids
    assert assess(kb=real_kb, text=counterpart).acute


@pytest.mark.parametrize("text", NO_FORM)
def test_ordinary_places_and_waiting_people_indicate_no_form(
    real_kb: KnowledgeBase, text: str
) -> None:
    assert assess(kb=real_kb, text=text).form_ids == ()


def test_financial_sextortion_of_a_minor_is_no_form(real_kb: KnowledgeBase) -> None:
    """Money demanded with nudes is blackmail: the benign fact now also cancels the paid-sex cue."""
    text = "My 15 year old son is being blackmailed with nudes, the man demands 100 dollars."
    assert assess(kb=real_kb, text=text).form_ids == ()
