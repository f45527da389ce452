"""How far context reaches: a negation over a list ("niet geslagen of bedreigd"), a setting that is
denied ("geen sekswerk"), an escape that ends confinement but not the exploitation, ages said
loosely ("rond de 15", "barely 16") and the writer's own job. The texts are written for these
tests (never taken from the evaluation cases)."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

# --- a negation reaches every item of a list joined by "of" / "or" -------------------------


@pytest.mark.parametrize(
    ("text", "signal", "found"),
    [
        # The second item of a denied list is denied too.
        ("Niemand pakt zijn paspoort af of bedreigt hem.", "t_threat", False),
        ("Hij wordt niet gecontroleerd of bedreigd door de baas.", "t_threat", False),
        ("Nobody watches or threatens her at work.", "t_threat", False),
        ("The boss does not check or threaten him.", "t_threat", False),
        ("She is not followed, watched or threatened.", "t_threat", False),
        ("Ze wordt niet gevolgd, gecontroleerd of bedreigd.", "t_threat", False),
        # "or" that starts a new statement with its own subject keeps it.
        ("Ze krijgt geen loon of ze bedreigen haar familie.", "t_threat", True),
        ("They do not pay him or they threaten his family.", "t_threat", True),
        # A comma that opens a new statement ends the list.
        ("He is not paid, they threaten him every day.", "t_threat", True),
        ("Hij krijgt niks, de baas bedreigen hem of zijn broer.", "t_threat", True),
        # "and" starts a new statement: the negation stays behind.
        ("Hij krijgt geen loon en ze bedreigen hem.", "t_threat", True),
        ("He gets no pay and they threaten him.", "t_threat", True),
    ],
)
def test_negation_reaches_over_a_list(
    kb: KnowledgeBase, text: str, signal: str, found: bool
) -> None:
    assert (signal in assess(kb=kb, text=text, learned=False).signal_ids) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A "niet" in a clause of its own after the verb does not deny the verb.
        ("Hij sloeg ze als ze niet luisterden.", True),
        ("De baas slaat hem wanneer hij niet snel genoeg werkt.", True),
        # Straight after the verb it still does.
        ("De baas slaat hem niet.", False),
    ],
)
def test_a_side_clause_keeps_its_negation(real_kb: KnowledgeBase, text: str, found: bool) -> None:
    signals = assess(kb=real_kb, text=text, learned=False).signal_ids
    assert ("physical_violence" in signals) is found


@pytest.mark.parametrize(
    "text",
    [
        "Niemand pakt zijn telefoon af of sluit hem op, hij gaat gewoon naar huis.",
        "Nobody takes her phone or locks her up, she goes home every evening.",
    ],
)
def test_denied_confinement_in_a_list_is_no_danger(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute is False


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("He is not beaten or threatened by the boss.", "threats_against_person_or_family"),
        ("Hij wordt niet geslagen of bedreigd door de baas.", "threats_against_person_or_family"),
        ("Her boss does not hit or threaten her.", "threats_against_person_or_family"),
        ("Ze wordt niet opgesloten of geslagen.", "physical_violence"),
        ("He isnt threatened, beaten or locked up.", "locked_in"),
        ("Hij wordt niet bedreigd, geslagen of opgesloten.", "locked_in"),
    ],
)
def test_denied_list_gives_no_signal(real_kb: KnowledgeBase, text: str, signal: str) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert signal not in result.signal_ids
    assert result.forms == ()
    assert result.acute is False


# --- a denied setting does not decide the form --------------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "It is not about sex or porn. The man who brought him here keeps his passport, he "
            "owes him 8000 euro and has to work in his garage for free.",
            "labour_exploitation",
        ),
        (
            "Geen seks en geen drugs. De man die hem hier bracht houdt zijn paspoort en hij moet "
            "zonder loon in de wasstraat werken.",
            "labour_exploitation",
        ),
        (
            "She does not work in a brothel or as an escort, she cleans a hotel for no pay and "
            "the manager holds her passport.",
            "labour_exploitation",
        ),
        (
            "Nothing sexual happens, but he holds her passport and she must pay off a debt by "
            "cleaning for his friends.",
            "labour_exploitation",
        ),
    ],
)
def test_denied_setting_does_not_decide_the_form(
    real_kb: KnowledgeBase, text: str, form: str
) -> None:
    forms = assess(kb=real_kb, text=text, learned=False).form_ids
    assert "sexual_exploitation" not in forms
    assert form in forms


@pytest.mark.parametrize(
    "text",
    [
        "Geen seks en geen drugs, wel een gezin dat haar paspoort houdt en haar niet naar buiten "
        "laat.",
        "Ze werkt niet in een bordeel of als escort, maar een gezin houdt haar paspoort en laat "
        "haar niet naar buiten.",
        "She does not work in a brothel or as an escort, but the family she lives with holds her "
        "passport and won't let her leave the house.",
    ],
)
def test_only_denied_setting_words_name_no_form(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert "sexual_exploitation" not in result.form_ids
    assert "commercial_sex_context" not in result.signal_ids


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # The negation belongs to the signal, not to the setting.
        ("Hij krijgt geen loon in het restaurant en de baas heeft zijn paspoort.", "labour"),
        ("She gets no wages at the car wash and the owner keeps her passport.", "labour"),
        (
            "Ze mag geen condoom gebruiken en moet elke avond klanten ontvangen, hij houdt het "
            "geld.",
            "sexual",
        ),
        # The setting is named outside the denial.
        (
            "Hij zegt dat het geen seks is, maar ze moet elke avond met mannen naar een hotel en "
            "hij houdt het geld.",
            "sexual",
        ),
    ],
)
def test_setting_words_next_to_a_real_negation_still_count(
    real_kb: KnowledgeBase, text: str, form: str
) -> None:
    forms = assess(kb=real_kb, text=text, learned=False).form_ids
    assert f"{form}_exploitation" in forms


# --- ages said loosely --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("Een meisje van rond de 15 wordt elke avond door mannen opgehaald.", True),
        ("Er komt een meisje uit de buurt van 16 bij hem over de vloer.", True),
        ("Ze is net 15 geworden en gaat met een man van 30 om.", True),
        ("Hij is vorige maand 16 geworden en werkt voor een paar oudere jongens.", True),
        ("Ik denk dat ze 15 of 16 is.", True),
        ("De jongen, hij is nog maar 14, moet elke dag voor ze rijden.", True),
        ("A boy in my street, maybe 14, runs errands for older guys.", True),
        ("She just turned 15 and has an older boyfriend.", True),
        ("She is barely 16 and lives with a man of 40.", True),
        ("A man in a van with two girls who look 13 or 14.", True),
        ("Er zitten twee meisjes in de auto die eruit zien als 14.", True),
        ("The queue at the door looks 20 metres long tonight.", False),
        # Not an age: hours, counts, school years, durations, a time of day.
        ("Ze zit in de 3e klas en heeft een bijbaantje in de supermarkt.", False),
        ("Ze werkt rond de 15 uur per week in een bar.", False),
        ("Er waren rond de 15 mannen op het feest.", False),
        ("Het duurt een jaar of 14 voordat de schuld weg is.", False),
        ("He works around 15 hours a day in the kitchen.", False),
        ("Het was gisteren 16 graden en ze zat buiten.", False),
        ("The man came around 11 and left at midnight.", False),
    ],
)
def test_ages_said_loosely(kb: KnowledgeBase, text: str, minor: bool) -> None:
    assert assess(kb=kb, text=text, learned=False).minor is minor


@pytest.mark.parametrize(
    "text",
    [
        "Een meisje van rond de 15 wordt elke avond opgehaald door mannen die haar betalen "
        "voor seks.",
        "Ik denk dat ze 15 of 16 is, mannen betalen haar voor seks.",
        "Ze is net 15 geworden en gaat met mannen naar bed voor geld.",
    ],
)
def test_a_minor_said_loosely_in_paid_sex_is_sexual_exploitation(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert result.minor is True
    assert "sexual_exploitation" in result.form_ids


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("Op het plein bedelen kinderen van zo'n 9 of 10 jaar oud.", True),
        ("Three boys, 12 or 13 years old, come in every day after dark.", True),
        ("Hij ontvangt elke dag mannen, soms 7 of 8 per dag.", False),
        ("Two men with a van drove off around 4am.", False),
    ],
)
def test_ranges_and_times(kb: KnowledgeBase, text: str, minor: bool) -> None:
    assert assess(kb=kb, text=text, learned=False).minor is minor


# --- the writer's own job is not the setting ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong_form"),
    [
        (
            "Ik werk als bezorger en lever vaak eten af bij een huis waar jongens drugs inpakken "
            "en een man ze bedreigt.",
            "labour_exploitation",
        ),
        (
            "I work as a delivery driver and I keep seeing a boy at the station who hands over "
            "small bags for a man who hits him.",
            "labour_exploitation",
        ),
        (
            "Als chauffeur zie ik vaak een jongen bij het station die zakjes afgeeft voor een man "
            "die hem slaat.",
            "labour_exploitation",
        ),
    ],
)
def test_the_writers_own_job_does_not_name_the_form(
    real_kb: KnowledgeBase, text: str, wrong_form: str
) -> None:
    assert wrong_form not in assess(kb=real_kb, text=text, learned=False).form_ids


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # The writer's own work is the story.
        (
            "Ik werk in een nagelsalon, de baas heeft mijn paspoort en betaalt mij bijna niets.",
            "labour_exploitation",
        ),
        (
            "I work in a car wash, the boss keeps my passport and I sleep in the back.",
            "labour_exploitation",
        ),
        # A colleague or the writer's own workplace: the setting is shared.
        (
            "Ik werk in een kas en mijn collega uit Polen krijgt geen loon en de baas heeft zijn "
            "paspoort.",
            "labour_exploitation",
        ),
        (
            "I work at a garage. Every week a boy comes by our workshop on a scooter, he "
            "delivers packages of drugs for older guys and says he has to, they threaten his "
            "mother.",
            "criminal_exploitation",
        ),
    ],
)
def test_own_work_and_shared_workplaces_still_count(
    real_kb: KnowledgeBase, text: str, form: str
) -> None:
    assert form in assess(kb=real_kb, text=text, learned=False).form_ids


# --- an escape ends the confinement, not the exploitation -----------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "She escaped last week from the house where she had to see clients every night, the "
            "man kept all her money.",
            "sexual_exploitation",
        ),
        (
            "Hij is weggelopen van de boerderij waar hij 14 uur per dag werkte zonder loon, de "
            "baas had zijn paspoort afgepakt.",
            "labour_exploitation",
        ),
        (
            "Hij is weggelopen uit de wietkwekerij waar hij opgesloten zat, hij is nu veilig bij "
            "ons.",
            "criminal_exploitation",
        ),
    ],
)
def test_an_escape_keeps_the_form(real_kb: KnowledgeBase, text: str, form: str) -> None:
    assert form in assess(kb=real_kb, text=text, learned=False).form_ids


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        # Out and safe now: the confinement is over.
        (
            "Hij is weggelopen uit de wietkwekerij waar hij opgesloten zat, hij is nu veilig "
            "bij ons.",
            False,
        ),
        (
            "She escaped from the flat where they locked her in and made her sell drugs, she is "
            "at my place now.",
            False,
        ),
        # Out, but hunted now: an escape is no safety.
        (
            "He escaped an hour ago and is hiding in our shed, the men are driving around the "
            "village looking for him right now.",
            True,
        ),
        (
            "Hij is net ontsnapt en verstopt zich in onze schuur, de mannen zoeken hem nu met de "
            "auto.",
            True,
        ),
    ],
)
def test_an_escape_ends_confinement_but_is_no_safety(
    real_kb: KnowledgeBase, text: str, acute: bool
) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute is acute


# --- a promised job is not the setting ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "not_form"),
    [
        (
            "Een neef beloofde hem werk in een distributiecentrum. Hier moet hij in een woning "
            "planten verzorgen en hij mag niet naar buiten.",
            "criminal_exploitation",
            "labour_exploitation",
        ),
        (
            "Ze kwam voor een baan in een nagelsalon. Nu ontvangt ze mannen in een appartement "
            "en de man houdt haar paspoort.",
            None,
            "labour_exploitation",
        ),
    ],
)
def test_a_promised_job_does_not_name_the_form(
    real_kb: KnowledgeBase, text: str, form: str | None, not_form: str
) -> None:
    forms = assess(kb=real_kb, text=text, learned=False).form_ids
    assert not_form not in forms
    if form:
        assert form in forms


def test_the_promised_work_still_counts_when_the_work_itself_is_bad(
    real_kb: KnowledgeBase,
) -> None:
    text = (
        "Ze hebben hem werk in de bouw beloofd, maar hij krijgt geen loon en slaapt in een "
        "container op de bouwplaats."
    )
    assert "labour_exploitation" in assess(kb=real_kb, text=text, learned=False).form_ids


@pytest.mark.parametrize(
    ("text", "signal", "found"),
    [
        # Dutch "niet" after the verb, with small words between: "bedreigt hem ook niet".
        ("De baas bedreigt hem ook niet.", "t_threat", False),
        ("Ze bedreigen haar gewoon niet, ze werkt daar graag.", "t_threat", False),
        ("Ze bedreigen hem ook, niet alleen zijn broer.", "t_threat", True),
        ("Ze bedreigen hem elke dag en hij krijgt niet betaald.", "t_threat", True),
    ],
)
def test_dutch_niet_after_small_words(
    kb: KnowledgeBase, text: str, signal: str, found: bool
) -> None:
    assert (signal in assess(kb=kb, text=text, learned=False).signal_ids) is found


@pytest.mark.parametrize(
    "text",
    [
        "Now she sits in a window every night and the boss keeps her passport.",
        "Bij die flat komen iedere nacht andere mannen, en de baas van het meisje houdt haar "
        "paspoort.",
    ],
)
def test_everyday_words_for_the_sex_trade_name_the_form(real_kb: KnowledgeBase, text: str) -> None:
    forms = assess(kb=real_kb, text=text, learned=False).form_ids
    assert forms == ("sexual_exploitation",)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "He brought her here for kitchen work. Now she stands in a window every night and "
            "the boss keeps her passport.",
            "sexual_exploitation",
        ),
        (
            "He brought them over to work on his farm, now they work 14 hours a day and he "
            "keeps their passports.",
            "labour_exploitation",
        ),
    ],
)
def test_what_someone_was_brought_here_for_is_a_promise(
    real_kb: KnowledgeBase, text: str, form: str
) -> None:
    assert assess(kb=real_kb, text=text, learned=False).form_ids == (form,)


@pytest.mark.parametrize(
    "text",
    [
        "De mannen zijn gevlucht toen de politie kwam, maar er zit nu nog een meisje opgesloten "
        "in de kelder.",
        "The men ran away when the police came, but one girl is still locked in the back room "
        "right now.",
    ],
)
def test_someone_elses_escape_does_not_end_a_confinement(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute is True


# --- "no evidence that ..." denies the rest of its sentence ---------------------------------

NO_EVIDENCE_DENIED = [
    "De rechter zag geen enkele aanwijzing dat iemand anders hem onder druk zette of de "
    "pillen voor hem liet verkopen.",
    "The inspectors found no evidence in their many talks with the staff that the owner made "
    "anyone work for nothing or kept them from leaving.",
]
NO_EVIDENCE_ELSEWHERE = [
    # The denial is about something else; what follows in another sentence still counts.
    "Er is geen aanwijzing dat ze ziek is. Haar baas houdt haar paspoort en ze moet zeven dagen "
    "per week werken zonder loon.",
    "There is no evidence of any illness. The boss keeps her passport and she works seven days a "
    "week without pay.",
]


@pytest.mark.parametrize("text", NO_EVIDENCE_DENIED)
def test_no_evidence_that_denies_the_rest_of_the_sentence(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert result.form_ids == ()
    assert result.signal_ids == ()


@pytest.mark.parametrize("text", NO_EVIDENCE_ELSEWHERE)
def test_no_evidence_about_something_else_leaves_other_sentences(
    real_kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=real_kb, text=text, learned=False)
    assert "labour_exploitation" in result.form_ids


@pytest.mark.parametrize(
    "text",
    [
        # The phenomenon as known from the news is no observation.
        "Mijn neef van 16 verkoopt soms wiet aan vrienden, voor zichzelf. Is dit zo'n ding waar "
        "ze op tv over praten, van jongens die voor een baas moeten dealen?",
        "A boy sells sweets door to door for his football club. At first I thought of those kids "
        "who have to beg for a boss, but his coach was standing at the corner.",
        # Extra pocket money is no pay for sex.
        "My niece of 14 sings in the street with her mum on Saturdays, they do it for fun and for "
        "some extra pocket money.",
    ],
)
def test_news_and_pocket_money_are_no_case(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).form_ids == ()


@pytest.mark.parametrize(
    "text",
    [
        # The same details seen by the writer are a case.
        "Mijn neef van 16 moet voor een baas dealen, hij is bang voor hem en moet elke dag lopen.",
        "My niece of 14 goes with older men at weekends and does it for money, her 'boyfriend' "
        "arranges it.",
    ],
)
def test_the_same_details_seen_are_a_case(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).form_ids != ()
