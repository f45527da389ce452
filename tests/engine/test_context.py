"""Context rules through the public API: negation, time and acute danger, who writes, anonymity,
minors. The texts are written for these tests (never taken from the evaluation cases)."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

LABOUR_CASE_NL = (
    "Hij werkt 14 uur per dag in de kas, krijgt geen loon en de baas heeft zijn paspoort. "
)
LABOUR_CASE_EN = "He works 14 hours a day, gets no wages and the boss has his passport. "


# --- negation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "signal", "found"),
    [
        ("De baas heeft zijn paspoort.", "t_passport", True),
        ("De baas heeft zijn paspoort niet.", "t_passport", False),
        ("Niemand zal haar bedreigen.", "t_threat", False),
        ("Ze bedreigen haar familie.", "t_threat", True),
        ("Ze zeggen dat ze niet bedreigd wordt.", "t_threat", False),
        ("Ze werd niet betaald.", "t_unpaid", True),  # the negation is part of the signal
        ("Hij heeft geen contract, en hij moet de reis terugbetalen.", "t_debt", True),
        ("No one will threaten him.", "t_threat", False),
        ("They threaten him every day.", "t_threat", True),
        ("Nobody takes his passport, but they threaten him.", "t_threat", True),
        ("Nobody takes his passport, but they threaten him.", "t_passport", False),
        ("The boss doesn't keep her passport.", "t_passport", False),
        ("He is not paid.", "t_unpaid", True),
    ],
)
def test_negation_and_its_scope(kb: KnowledgeBase, text: str, signal: str, found: bool) -> None:
    assert (signal in assess(kb=kb, text=text).signal_ids) is found


def test_negated_signal_gives_no_evidence_and_no_form(kb: KnowledgeBase) -> None:
    text = (
        "Niemand neemt zijn paspoort in, hij wordt niet bedreigd en hij hoeft geen reis "
        "terugbetalen."
    )
    result = assess(kb=kb, text=text)
    assert result.signals == ()
    assert result.forms == ()


# --- acute danger and time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Op dit moment slaat de baas een van de jongens, hij ligt op de grond.", True),
        ("Right now the owner is hitting one of the workers behind the shop.", True),
        ("Ze zit opgesloten in de kelder en komt er niet uit, ze belt me nu.", True),
        ("I am locked in the room since this morning, please help me.", True),
        ("Als hij vanavond niet betaalt steken ze hem neer.", True),
        ("Vorig jaar is hij een keer geslagen door de baas.", False),
        ("Last year her boss hit her once, she has a new job now.", False),
        ("Hij werkt al maanden 14 uur per dag zonder loon.", False),
        ("She was beaten last week but she is safe now, she stays in a shelter with us.", False),
        ("Mijn buurman dealt wiet vanuit zijn huis, het is gewoon overlast.", False),
        ("", False),
    ],
)
def test_acute_is_danger_now_not_in_the_past(kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=kb, text=text).acute is acute


def test_acute_reason_and_evidence_point_into_the_text(kb: KnowledgeBase) -> None:
    text = "Help! Nu slaat hij haar met een stok."
    result = assess(kb=kb, text=text)
    assert result.acute and result.acute_reason is not None
    assert result.acute_evidence
    for span in result.acute_evidence:
        assert text[span.start : span.end] == span.text


def test_urgent_answer_makes_it_acute(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text="", urgent=True)
    assert result.acute and result.channel_ids[0] == "emergency"
    assert result.acute_reason is not None


# --- who writes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "perspective"),
    [
        (
            "Ik werk in een kas via een bureau. Mijn baas heeft mijn paspoort en ik krijg geen "
            "loon. Ik moet de reis terugbetalen.",
            "victim",
        ),
        (
            "I work at a farm and my boss keeps my passport. I have to pay back the trip and I "
            "get no wages.",
            "victim",
        ),
        (
            "Ik ben verpleegkundige. Een patiënte vertelde dat haar baas haar paspoort heeft.",
            "professional",
        ),
        (
            "As a teacher I am worried: one of my students sells packages for older boys.",
            "professional",
        ),
        ("Mijn buurman werkt 14 uur per dag en de baas heeft zijn paspoort.", "bystander"),
        ("Wat is eigenlijk het verschil tussen uitbuiting en slecht werkgeverschap?", "question"),
        ("What are the signs that someone is being exploited at work?", "question"),
    ],
)
def test_who_writes(kb: KnowledgeBase, text: str, perspective: str) -> None:
    assert assess(kb=kb, text=text).perspective == perspective


def test_a_general_question_gets_no_form_and_comensha(kb: KnowledgeBase) -> None:
    result = assess(
        kb=kb, text="Is het ook uitbuiting als iemand geen loon krijgt maar het zelf wil?"
    )
    assert result.perspective == "question"
    assert result.forms == ()
    assert result.channel_ids[:1] == ("comensha",)


# --- anonymity --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        (LABOUR_CASE_NL + "Ik wil dit anoniem melden.", True),
        (LABOUR_CASE_NL + "Mijn naam wil ik liever niet geven, die man weet waar ik woon.", True),
        (LABOUR_CASE_EN + "Please keep me anonymous, they know where I live.", True),
        (LABOUR_CASE_EN + "I'd rather not have my name involved.", True),
        (LABOUR_CASE_NL + "Ik hoef niet anoniem te blijven, bel me gerust.", False),
        (LABOUR_CASE_EN, False),
    ],
)
def test_wish_to_stay_anonymous(kb: KnowledgeBase, text: str, anonymous: bool) -> None:
    result = assess(kb=kb, text=text)
    assert result.anonymous is anonymous
    if anonymous:
        assert result.channel_ids[0] == "anonymous"


def test_anonymous_answer_routes_anonymously(kb: KnowledgeBase) -> None:
    result = assess(kb=kb, text=LABOUR_CASE_NL, anonymous=True)
    assert result.anonymous and result.channel_ids[0] == "anonymous"


# --- minors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("Een meisje van 15 stapt elke avond in een auto.", True),
        ("Mijn nichtje is 14 en krijgt geld voor foto's.", True),
        ("Een 16-jarige jongen brengt pakketjes rond.", True),
        ("A boy of maybe 17 came running to the gate.", True),
        ("My student (15) has a new phone.", True),
        ("Kinderen van 12, 13 jaar rijden rond op fatbikes.", True),
        ("Ze werken van 9 tot 9, zeven dagen per week.", False),
        ("Hij woont hier al 5 jaar en is 34.", False),
        ("My friend (19) works in a bar.", False),
        ("Ze betalen 15 euro per uur.", False),
        ("Een minderjarige wordt aangeboden op een site.", True),
        ("Bij het busje wachtte een groep van zo'n 15 mannen.", False),
        ("They squeeze 12 workers into one room.", False),
        ("Er staan 16 meisjes op de foto van het hockeyteam.", False),
        ("A girl of 15 gets into a car with older men.", True),
    ],
)
def test_minor_detection(kb: KnowledgeBase, text: str, minor: bool) -> None:
    assert assess(kb=kb, text=text).minor is minor


@pytest.mark.parametrize(
    "text",
    [
        "Mijn nichtje van 14 krijgt van een man cadeaubonnen en geld voor naaktfoto's.",
        "A 15-year-old girl gets paid by an older man for videos of herself.",
        "Een meisje van 16 gaat met mannen naar bed die haar vriend betalen.",
    ],
)
def test_commercial_sex_with_a_minor_is_sexual_exploitation_without_coercion(
    kb: KnowledgeBase, text: str
) -> None:
    result = assess(kb=kb, text=text)
    assert "sexual_exploitation" in result.form_ids
    assert result.minor


def test_minor_with_a_paid_side_job_is_not_flagged(kb: KnowledgeBase) -> None:
    text = (
        "Mijn zoon van 15 heeft een bijbaantje bij de supermarkt en kocht van zijn geld een "
        "nieuwe telefoon. Hij krijgt loonstroken en gaat gewoon naar school."
    )
    assert assess(kb=kb, text=text).forms == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ik weet niet of het klopt, maar ze bedreigen zijn familie.",
        "Ik weet niet zeker of ze haar familie bedreigen.",
        "I'm not sure if they threaten his family.",
        "I don't know whether they threaten her family.",
    ],
)
def test_hedges_are_not_denials(kb: KnowledgeBase, text: str) -> None:
    assert "t_threat" in assess(kb=kb, text=text).signal_ids


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Kom alsjeblieft snel, hij slaat haar weer.", True),
        ("Er ligt een man op de grond bij de loods, hij beweegt niet meer.", True),
        ("Ze hebben hem in de kelder gezet en hij roept al een uur om hulp.", True),
        ("He just texted me that they locked him in the basement.", True),
        ("De deur van de winkel is altijd op slot, je moet aanbellen.", False),
        ("Two years ago she was locked in a flat, she is safe now.", False),
    ],
)
def test_ongoing_danger_and_pleas(kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=kb, text=text).acute is acute


@pytest.mark.parametrize("digit", ["\U00011052", "\u0663"])
def test_non_ascii_digits_are_not_ages(kb: KnowledgeBase, digit: str) -> None:
    assert assess(kb=kb, text=f"een meisje van {digit} jaar").minor is False


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        # A threat tied to a condition lasts; with a moment within hours it is danger now.
        ("Als hij ooit weggaat, maken ze zijn moeder dood, zegt hij.", False),
        ("If she stops working for them they will hurt her little brother.", False),
        ("Ze hebben gedreigd hem vannacht in elkaar te slaan als hij niet betaalt.", True),
        ("They said they're coming to his flat tonight because he is short.", True),
        # A time that only dates the report does not make old violence current.
        ("Een leerling vertelde me vandaag dat zijn baas hem vorige maand heeft geslagen.", False),
        ("Today a patient told me that her pimp hit her last month.", False),
        # "now" reaches its own part of the clause, not the beating told before it.
        (
            "Toen hij vorige week te weinig had heeft die man hem geslagen en gezegd dat hij nu "
            "gratis moet werken.",
            False,
        ),
        # A minor and a meeting: days away is a report, within hours is 112.
        (
            "Mijn nichtje van 14 krijgt geld van een oudere man, nu wil hij haar volgend weekend "
            "ontmoeten in een hotel.",
            False,
        ),
        (
            "Mijn nichtje van 14 krijgt geld van een oudere man, vanavond om 9 uur wil hij haar "
            "ontmoeten in een hotel.",
            True,
        ),
        ("My son (15) was just taken away in a car by two men he owes money.", True),
        # Happening now in other words.
        ("HELP er wordt een jongen in elkaar geslagen bij de loods van de teler", True),
        ("Two men are dragging a woman by her hair out of the massage place.", True),
        ("Er staat nu een man in de deuropening die haar niet laat gaan.", True),
        # Habitual or long-lasting is not acute by itself.
        ("Hij slaat haar vaak, al maanden, ze moet voor hem werken in de zaak.", False),
        (
            "Now that I think of it, she is never allowed out and her boss keeps her passport.",
            False,
        ),
    ],
)
def test_time_of_danger(kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        (LABOUR_CASE_NL + "Als ze erachter komen dat ik het was, ben ik de klos.", True),
        (LABOUR_CASE_NL + "Graag vertrouwelijk, het mag niet naar mij terug te leiden zijn.", True),
        (LABOUR_CASE_EN + "Please don't tell them this came from me.", True),
        (LABOUR_CASE_EN + "Can I report this without them knowing who I am?", True),
        (LABOUR_CASE_EN + "I don't want to give my name.", True),
        # Fear of the people involved, told by a bystander: yes; a victim's own threat: no.
        (LABOUR_CASE_NL + "Die mannen weten waar ik woon.", True),
        (
            "I work at a farm and my boss keeps my passport. I have to pay back the trip and "
            "when I complain they say they know where I live.",
            False,
        ),
        (LABOUR_CASE_EN + "You can call me, my name is on the form.", False),
    ],
)
def test_many_ways_to_stay_unknown(kb: KnowledgeBase, text: str, anonymous: bool) -> None:
    assert assess(kb=kb, text=text).anonymous is anonymous


@pytest.mark.parametrize(
    ("text", "perspective"),
    [
        (
            "my boyfriend makes me sleep with his friends for money and he keeps all my money",
            "victim",
        ),
        (
            "He says I have to pay back 20000 for the journey and I have to work for him "
            "until then.",
            "victim",
        ),
        (
            "ik werk in een fabriek maar geen loon gekregen, mijn baas zegt dat ik moet wachten",
            "victim",
        ),
        # A neighbour who saw it and wants to stay unnamed: first person, but not the victim.
        (
            "Ik wil niet dat ze weten dat ik dit meld, ik woon ernaast. Ik zie de mannen om 5 uur "
            "in een busje stappen en de baas heeft hun paspoorten.",
            "bystander",
        ),
        (
            "I worked there for a summer myself. A colleague told me that they all have to pay "
            "back the bus trip and the agency keeps their bank cards.",
            "bystander",
        ),
    ],
)
def test_who_writes_in_everyday_words(kb: KnowledgeBase, text: str, perspective: str) -> None:
    assert assess(kb=kb, text=text).perspective == perspective


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("I'm hiding in the bathroom of the hotel, the men are outside the door.", True),
        ("A man is slapping a girl in the alley behind the salon, she is on the ground.", True),
        ("He is coming back in one hour and says I must go with his friends again.", True),
        ("Two men just forced a boy of about 14 into the boot of a car.", True),
        (
            "Apotheek: een vrouw fluisterde dat de man buiten in de auto haar iets aandoet als ze "
            "niet over vijf minuten terug is.",
            True,
        ),
        # Coming back or going with someone without a moment within hours is not 112.
        ("My boss comes back from holiday in August and then we have to work nights again.", False),
        (
            "The boss keeps hitting the workers when they are slow, it has been like that for "
            "months.",
            False,
        ),
        (
            "A young woman came in for a test today; a man came with her and answered for her.",
            False,
        ),
    ],
)
def test_danger_now_in_more_words(kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        # A report that opens with "now" tells one scene.
        (
            "Right now I am at the bus stop. Two men got out of a van. One of them is kicking a "
            "young guy who owes them money, and the other one keeps watch.",
            True,
        ),
        (
            "Nu, op het station: een meisje huilt. Een man trekt aan haar arm en zoekt haar tas.",
            True,
        ),
        ("The lady I clean for locked me in the storage room since yesterday.", True),
        # A danger word inside a condition is a threat; without a moment it lasts.
        ("Now I must work in a flat. If I run away they will kill my mother, she says.", False),
        ("We host an au pair. She has her own room with a lock and a key.", False),
    ],
)
def test_scene_and_conditions(kb: KnowledgeBase, text: str, acute: bool) -> None:
    assert assess(kb=kb, text=text).acute is acute


@pytest.mark.parametrize(
    ("text", "perspective"),
    [
        (
            "In mijn functie als jeugdconsulent zie ik een meisje van 15 met steeds nieuwe "
            "kleren en een oudere vriend die haar ophaalt.",
            "professional",
        ),
        (
            "As a landlord I noticed that eight women live in a flat rented by one man and that "
            "men visit at night.",
            "professional",
        ),
        # "ben ... begeleider" with words between is not a role.
        (
            "Ik werk in een kas en ik ben bang voor de man die onze begeleider is, mijn baas heeft "
            "mijn paspoort en ik krijg geen loon.",
            "victim",
        ),
    ],
)
def test_professional_roles(kb: KnowledgeBase, text: str, perspective: str) -> None:
    assert assess(kb=kb, text=text).perspective == perspective


def test_a_planned_pickup_of_a_minor_is_acute_only_in_a_story_of_exploitation(
    kb: KnowledgeBase,
) -> None:
    calm = "Mijn dochter van 14 gaat vanavond naar een feestje, haar vader haalt haar om 11 uur op."
    assert assess(kb=kb, text=calm).acute is False
    groomed = (
        "Mijn dochter van 14 krijgt geld van een oudere man op snapchat. Vanavond om 11 uur "
        "haalt hij haar op."
    )
    assert assess(kb=kb, text=groomed).acute is True
    owes = "My son is 16 and owes money to some guys he runs for. Tonight they pick him up at 11."
    assert assess(kb=kb, text=owes).acute is True


@pytest.mark.parametrize(
    "text",
    [
        "Last year he said he would come for her tonight, but he never did.",
        "Vorig jaar zei hij dat hij haar vanavond zou komen halen, maar dat is nooit gebeurd.",
    ],
)
def test_a_moment_named_in_a_past_clause_is_not_danger_now(kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=kb, text=text).acute


def test_the_same_moment_said_now_is_danger(kb: KnowledgeBase) -> None:
    assert assess(kb=kb, text="He will come for her tonight and she is terrified.").acute
