"""Everyday Dutch the patterns missed, and the everyday Dutch they must still leave alone.

Two general gaps, found with sentences we wrote in the words people use (not textbook words):

- a pattern whose ``|`` alternative was meant as two words ("mag niet weg|naar buiten",
  "online|op internet verkoopt") reads as two slots and never matched the short phrase;
- Dutch puts the verb last in a subordinate clause ("dat ze mannen moet ontvangen", "die in de
  keuken slaapt", "dat iemand hun loon ophaalt"), where the patterns knew only main-clause order.

Each found signal has look-alikes next to it that must not become that signal.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"
LAB = "labour_exploitation"
CRIM = "criminal_exploitation"

# (text, indicator the rules must find)
FOUND: list[tuple[str, str]] = [
    # A phrase that was written as a two-word alternative.
    ("De vrouw die er woont mag nooit zelf de deur uit.", "locked_in"),
    ("Hij zegt dat hij niet weg mag voor het seizoen om is. Hij mag niet weg.", "locked_in"),
    ("Haar vriend maakt filmpjes van haar die hij online verkoopt.", "forced_paid_sex"),
    ("Ze durft niet te weigeren als de baas zegt dat ze moet blijven.", "cannot_refuse_or_quit"),
    ("Hij heeft geen geld om terug te gaan naar zijn familie.", "cannot_refuse_or_quit"),
    ("De borg van zijn kamer wordt ingehouden.", "wages_withheld"),
    ("Ze werkt onder een andere naam in die salon.", "false_documents"),
    (
        "Ze wordt elke week opgehaald door mannen die ik nooit eerder heb gezien.",
        "picked_up_by_older_men_cars",
    ),
    (
        "Mijn nichtje is verliefd op een oudere jongen met een dure auto.",
        "older_boyfriend_loverboy",
    ),
    (
        "Mijn buurjongen draait een deallijn voor een paar oudere jongens.",
        "carries_drugs_cash_between_towns",
    ),
    # The verb last, as in a subordinate clause.
    (
        "Ze vertelde dat ze 's avonds mannen moet ontvangen van de man bij wie ze woont.",
        "forced_paid_sex",
    ),
    ("Er werkt een jongen die altijd achter de loods slaapt.", "lives_at_workplace"),
    ("Ik zag dat iemand hun loon ophaalt zodra ze uitbetaald worden.", "no_control_over_earnings"),
    (
        "Een jongen uit haar klas zegt dat hij drugs moet verkopen omdat hij geld schuldig is.",
        "forced_to_commit_crime",
    ),
    (
        "Ze trekken zoveel af voor het huis dat ze bijna niks overhouden.",
        "housing_deduction_too_high",
    ),
    # Everyday words for the same signals.
    ("Haar loverboy heeft haar paspoort.", "passport_held"),
    ("Ze moet elke dag in een raam zitten.", "forced_paid_sex"),
    ("De eigenaar neemt haar fooi af.", "no_control_over_earnings"),
    ("Hij krijgt zijn geld pas als het seizoen klaar is.", "wages_withheld"),
    ("Hij heeft 2000 euro betaald voor zijn visum en het werk hier.", "travel_recruitment_debt"),
    (
        "Kinderen worden met een auto naar het centrum gebracht om zakken te rollen.",
        "forced_to_commit_crime",
    ),
    ("Een man laat kinderen op de markt portemonnees pakken.", "forced_to_commit_crime"),
    ("Hij moet nu voor ze rijden om de scooter terug te betalen.", "forced_to_commit_crime"),
    ("Ze stelen in de drogist en geven het aan een man buiten.", "forced_to_commit_crime"),
    (
        "Ze moeten een paar dagen in een huis blijven en drugs verkopen.",
        "carries_drugs_cash_between_towns",
    ),
    # Second round, other sentences of ours.
    ("Mijn vriend zegt dat ik met zijn neven moet slapen.", "forced_paid_sex"),
    ("Ze zeggen dat hij voor een dealer rijdt op zijn scooter.", "forced_to_commit_crime"),
    ("De baas betaalt ze een paar euro per auto.", "wages_withheld"),
    ("Hij moet op een bouwplaats werken zonder dat hij betaald wordt.", "wages_withheld"),
    ("Bij de fabriek moeten ze betalen voor hun messen en kleding.", "growing_debt_charges"),
    ("De kapitein houdt zijn papieren.", "passport_held"),
    ("Een collega zei dat de ploegbaas hun paspoorten bewaart.", "passport_held"),
    ("Ze hebben mijn paspoort en ik krijg het niet terug.", "passport_held"),
    ("Ze vertelt dat ze van de familie niet weg mag.", "locked_in"),
    ("Hij zegt dat hij nooit betaald wordt voor al dat werk.", "wages_withheld"),
    ("Ze houden mijn papieren tot het seizoen voorbij is.", "passport_held"),
    ("Ik hoorde dat de huisbaas de paspoorten van de jongens heeft.", "passport_held"),
    ("Hij is al maanden niet van boord geweest.", "locked_in"),
    ("Er werkt een man die in de kelder slaapt.", "lives_at_workplace"),
]

# The same two-word alternatives in English patterns: (text, indicator the rules must find).
FOUND_EN: list[tuple[str, str]] = [
    ("Since he came here he talks to nobody.", "isolated_from_friends_family"),
    ("She has no money to leave.", "cannot_refuse_or_quit"),
    ("She has to repay 2000 before she can keep her wages.", "travel_recruitment_debt"),
    ("She is in love with an older guy.", "older_boyfriend_loverboy"),
    ("All evening different men went upstairs to see her.", "hotel_room_prostitution"),
    ("She has a new phone every week while her parents are broke.", "sudden_money_goods_phones"),
]

# (text, form the rules alone must find)
FORMS: list[tuple[str, str]] = [
    (
        "Bij de buren komen de hele nacht mannen langs, steeds andere, en de vrouw die er woont "
        "mag nooit zelf de deur uit.",
        SEX,
    ),
    (
        "Mijn buurmeisje moet van haar vriend filmpjes van zichzelf maken die hij online verkoopt.",
        SEX,
    ),
    ("Haar loverboy heeft haar paspoort en ze moet elke dag in een raam zitten.", SEX),
    (
        "Een meisje van 14 uit mijn klas zegt dat ze geld krijgt als ze foto's stuurt naar een "
        "man.",
        SEX,
    ),
    (
        "Een jongen uit mijn team zegt dat hij geld verdient door met mannen af te spreken die hij "
        "online ontmoet, hij is pas 16.",
        SEX,
    ),
    (
        "Mijn collega uit Roemenië zegt dat hij zijn geld pas krijgt als het seizoen klaar is en "
        "hij mag niet weg voor die tijd.",
        LAB,
    ),
    (
        "Een paar kinderen worden elke ochtend door een auto naar het centrum gebracht om zakken "
        "te rollen.",
        CRIM,
    ),
    (
        "Hij kreeg een gratis scooter van een paar gasten en nu moet hij voor ze rijden om dat "
        "terug te betalen.",
        CRIM,
    ),
]

# (text, indicator that must NOT be found): ordinary Dutch next to the new phrasings.
LOOK_ALIKES: list[tuple[str, str]] = [
    # The writer's own passport: "heb" is a form of "hebben", as in "ze hebben mijn paspoort".
    (
        "Ik heb mijn paspoort gewoon bij me en de voorman heeft alleen de sleutels van het busje.",
        "passport_held",
    ),
    ("Ik houd mijn papieren zelf bij, in een map thuis.", "passport_held"),
    # A hedge is no denial and no start of a signal either.
    ("Ik weet niet of ze vanavond weg mag, ze heeft morgen een toets.", "locked_in"),
    ("Onze kat heeft een andere naam gekregen bij de nieuwe eigenaar.", "false_documents"),
    ("Ik kan vanavond niet weg, ik moet op mijn zusje passen.", "cannot_refuse_or_quit"),
    (
        "Hij durft niet te stoppen met roken omdat hij bang is dat hij aankomt.",
        "cannot_refuse_or_quit",
    ),
    ("De juf haalt het geld voor het schoolreisje bij de kinderen op.", "dropped_off_to_beg"),
    (
        "Ik moet voor iemand van mijn werk een pakketje ophalen bij het postkantoor.",
        "carries_drugs_cash_between_towns",
    ),
    ("Gisteren heb ik 12 uur achter elkaar geslapen na de nachtdienst.", "excessive_hours"),
    ("We moesten 300 euro betalen voor de reis naar Spanje, best duur.", "travel_recruitment_debt"),
    (
        "Na de huur en de boodschappen houden we weinig over deze maand.",
        "housing_deduction_too_high",
    ),
    (
        "Ze krijgt geld als ze foto's van haar schilderijen stuurt naar een galerie.",
        "forced_paid_sex",
    ),
    (
        "Onze kinderen worden na de training opgehaald door de jongens van het andere team.",
        "picked_up_by_older_men_cars",
    ),
    (
        "Mijn neef heeft zijn fooi van de bezorging aan zijn moeder gegeven.",
        "no_control_over_earnings",
    ),
    ("Mijn buurvrouw zit elke avond achter het raam te breien.", "forced_paid_sex"),
    (
        "Mijn dochter werkt bij de Hema en zegt dat ze op zaterdag veel klanten moet helpen.",
        "forced_paid_sex",
    ),
]


@pytest.mark.parametrize(("text", "indicator"), FOUND + FOUND_EN)
def test_everyday_dutch_finds_the_signal(real_kb: KnowledgeBase, text: str, indicator: str) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert indicator in result.signal_ids


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_everyday_dutch_finds_the_form_by_the_rules(
    real_kb: KnowledgeBase, text: str, form: str
) -> None:
    assert form in assess(kb=real_kb, text=text, learned=False).form_ids


@pytest.mark.parametrize(("text", "indicator"), LOOK_ALIKES)
def test_ordinary_dutch_is_not_that_signal(
    real_kb: KnowledgeBase, text: str, indicator: str
) -> None:
    result = assess(kb=real_kb, text=text)
    assert indicator not in result.signal_ids
    assert result.form_ids == ()
