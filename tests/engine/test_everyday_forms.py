"""Everyday ways of telling which form it is: the words a neighbour, a taxi driver or a nurse uses
for a signal that the indicator patterns or the lexicon missed, and the look-alikes that must stay
benign. Every text is written for these tests (never taken from the evaluation cases)."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"
LAB = "labour_exploitation"
CRIM = "criminal_exploitation"


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        (
            "Bij de bushalte stond een meisje dat er uitzag als 14 te wachten op een oudere man.",
            True,
        ),
        ("Twee jongens die eruitzien als 15 staan elke avond bij de snackbar te wachten.", True),
        ("In de keuken werkt een jongen die er eigenlijk uitziet als 16.", True),
        ("Mijn buurvrouw die eruitziet als 40 is eigenlijk al 55.", False),
        ("Het huis zag er uit als een puinhoop, er stonden 14 dozen in de gang.", False),
    ],
)
def test_looking_an_age_in_a_side_clause_is_a_minor(
    real_kb: KnowledgeBase, text: str, minor: bool
) -> None:
    assert assess(kb=real_kb, text=text).minor is minor


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Driven from one man to the next, or to an address where clients wait.
        ("Ze zegt dat hij haar na elke afspraak naar een volgende man brengt.", {SEX}),
        ("Haar vriend rijdt haar elke avond naar een adres in Arnhem met klanten.", {SEX}),
        ("My friend says he takes her to another man every night and she cannot say no.", {SEX}),
        # Someone else has them receive clients; "moet met mannen".
        ("De eigenaar liet de vrouwen na sluitingstijd klanten ontvangen in de kelder.", {SEX}),
        ("Ze vertelde dat ze 's avonds met mannen moet en dat ze niet weg mag.", {SEX}),
        # Shows online that someone else makes her do.
        ("Haar man laat haar elk weekend online shows doen en houdt al het geld.", {SEX}),
        ("Her husband makes her do cam shows every night and keeps all the money.", {SEX}),
        # Look-alikes: a lift to an address, a hotel, a colleague among men.
        ("Ik breng mijn moeder zaterdag naar een adres in Zwolle voor haar verjaardag.", set()),
        ("The taxi took me to another hotel because mine was fully booked.", set()),
        ("In de fabriek werkt ze met mannen samen en ze krijgt gewoon haar loon.", set()),
    ],
)
def test_sex_arranged_by_someone_else(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Mijn neefje van 12 moet op het plein opletten of er politie aankomt voor de jongens "
            "die daar dealen, anders krijgt hij klappen.",
            {CRIM},
        ),
        (
            "A 13-year-old in my street watches for police for the older boys who deal behind "
            "the flats.",
            {CRIM},
        ),
        ("Mijn zoon van 15 verkoopt voor een man uit de stad wiet op school.", {CRIM}),
        ("My brother is 16 and he sells pills for this guy at parties.", {CRIM}),
        (
            "Een man brengt ze elke ochtend naar winkels en de kinderen komen terug met kleren "
            "waar de beveiliging nog aan zit.",
            {CRIM},
        ),
        (
            "An older man drives the kids to the shops and they come back with clothes with the "
            "security tags still on.",
            {CRIM},
        ),
        # Look-alikes: police on the road, a courier with a contract, tags left on by the shop.
        ("We moesten op de snelweg opletten of er politie stond, want we reden te hard.", set()),
        ("We kept watching for police cars because the street was closed for the parade.", set()),
        (
            "Zijn baas bij de koeriersdienst laat hem pakketjes rondbrengen in de wijk, hij heeft "
            "een contract.",
            set(),
        ),
        (
            "Thuis zat de beveiliging nog aan mijn nieuwe jas, de winkel heeft het netjes "
            "opgelost.",
            set(),
        ),
        ("Hij verkoopt voor een bakker brood op de markt.", set()),
    ],
)
def test_crimes_run_for_someone_else(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Sex work run by someone else, in the words of the women themselves or a client.
        (
            "Ik werk achter een raam in Utrecht. De man die mijn kamer regelt neemt elke dag de "
            "helft en ik mag pas stoppen als mijn schuld weg is.",
            {SEX},
        ),
        (
            "The madam said I would do hair, but here I must work with men in a house. If I run "
            "my mama will die, I owe her 30,000.",
            {SEX},
        ),
        (
            "One of the girls at the club has to pay the house 150 a day, she isn't allowed "
            "outside alone and the owner has her passport.",
            {SEX},
        ),
        # A signal shared by crime and work (punished for too little) does not push aside the
        # one form the text names.
        (
            "He has my passport and says I must do 8 men every day or there is no food, and he "
            "beats me when it is less.",
            {SEX},
        ),
        (
            "Hij heeft mijn paspoort en zegt dat ik elke dag 6 mannen moet doen, anders krijg ik "
            "geen eten.",
            {SEX},
        ),
        # Look-alikes: a shop window, a team of colleagues.
        (
            "Ik werk achter een raam bij de bakker, ik sta daar de hele dag brood te verkopen.",
            set(),
        ),
        ("I must work with men on the building site, they are a friendly crew.", set()),
    ],
)
def test_sex_work_run_by_someone_else(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text, learned=False).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # The plants, the cup, the bank, the debts: crime for someone else told plainly.
        (
            "Ik ben wijkagent. Bij een oude man wonen twee jongens, er staat wiet te groeien op "
            "zolder en hij moet de planten doen, anders mag hij niet meer in zijn eigen huis.",
            {CRIM},
        ),
        (
            "He cannot leave the house where they grow the plants, he does the cutting the plants "
            "and they keep his passport.",
            {CRIM},
        ),
        (
            "Een man zet haar elke ochtend bij de supermarkt om te bedelen en om 6 uur geeft ze "
            "hem het bekertje. Ze is doodsbang voor hem.",
            {CRIM},
        ),
        (
            "They drive him to the bank to open another account for them and threaten him if he "
            "refuses.",
            {CRIM},
        ),
        # Look-alikes: one's own garden, a street musician's own cup, a loan at one's own bank.
        ("My dad spends his Sundays cutting the plants in the garden.", set()),
        ("Een straatmuzikant bij de supermarkt geeft zijn bekertje aan zijn vriendin.", set()),
        ("Ik ging met mijn moeder naar de bank om een spaarrekening te openen.", set()),
    ],
)
def test_crime_for_someone_else_in_everyday_words(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Hij zorgt dag en nacht voor de oude meneer, slaapt op een matje in de gang en heeft "
            "nog nooit iets gekregen.",
            {LAB},
        ),
        (
            "She cooks and cleans for the family, sleeps on a mat in the hallway and has never "
            "received anything for it.",
            {LAB},
        ),
        ("Ze werkt al maanden in de wasserij zonder geld en de baas houdt haar paspoort.", {LAB}),
        # Look-alikes: a school camp, a holiday job that pays.
        ("Op kamp sliepen de kinderen op matjes in de gymzaal, het was heel gezellig.", set()),
        ("Mijn dochter werkt in de zomer bij de ijssalon en krijgt gewoon haar loon.", set()),
    ],
)
def test_unpaid_live_in_work(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Made to work, without "to", for (almost) nothing; people without papers.
        ("The owners made the undocumented men work in their bakery for almost nothing.", {LAB}),
        ("They made her work for nothing and kept her papers in a drawer.", {LAB}),
        ("De baas liet ze werken voor bijna niks en nam hun paspoort in.", {LAB}),
        # Look-alikes: a bakery that pays, a child who helps at home.
        ("The owners made the new workers feel welcome in their bakery and pay them well.", set()),
        ("Mijn moeder liet me vroeger werken in de tuin, gewoon meehelpen thuis.", set()),
    ],
)
def test_made_to_work_for_nothing(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text, learned=False).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Mijn dochter is 15. Ik vond online een advertentie met foto's van haar en een "
            "nummer dat niet van haar is.",
            {SEX},
        ),
        (
            "My niece is 15 and I found ads with her photos that say new in town, the number "
            "is not hers.",
            {SEX},
        ),
        (
            "Ik verhuur een flat. Er slapen vier vrouwen, de hele dag door bellen mannen aan en "
            "ik vond advertenties met foto's van mijn slaapkamer. De huurder komt elke avond "
            "langs en haalt een envelop op.",
            {SEX},
        ),
        # Look-alikes: selling a bike, a holiday let.
        ("Ik heb een advertentie met foto's van mijn fiets op Marktplaats gezet.", set()),
        ("We put an ad with photos of our flat online to rent it out for the summer.", set()),
    ],
)
def test_ads_with_her_pictures(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # "zijn" in "er zijn klanten" is a verb, not "his clients": no sexual setting.
        (
            "In de nagelstudio slapen twee jongens op matjes in de achterkamer en de eigenaar "
            "praat voor ze. Er zijn klanten die niets merken.",
            {LAB},
        ),
        (
            "Ze werkt elke nacht als escort en het geld houdt hij, ze mag nergens alleen heen.",
            {SEX},
        ),
    ],
)
def test_setting_words_name_the_right_form(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # A sports training is no request for a training: the situation is read.
        (
            "Ik ben voetbaltrainer. Een jongen van 13 komt niet meer op training, hij moet voor "
            "oudere jongens op de hoek opletten of er politie komt.",
            {CRIM},
        ),
        (
            "He stopped coming to training. He now watches for police for the older boys who "
            "deal on the square and gets beaten if he does not show up.",
            {CRIM},
        ),
    ],
)
def test_sports_training_is_no_question(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.perspective != "question"
    assert set(result.form_ids) == forms


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen jullie een training geven over signalen van uitbuiting voor ons team?",
        "Do you offer training for our staff about the signs of exploitation?",
    ],
)
def test_asking_for_a_training_is_still_a_question(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text).perspective == "question"


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Someone else holds her bank card in a story about sex work: control for that form.
        (
            "Mijn zus van 19 doet escort voor haar vriend, hij heeft haar bankpas en brengt haar "
            "overal naartoe.",
            {SEX},
        ),
        ("Her boyfriend has her bank card and drives her to clients every night.", {SEX}),
        # Kids who steal while an older man waits outside in a car: no boyfriend, no sex.
        (
            "Kids of 11 and 12 steal make-up in our shop every day while an older man waits "
            "outside in a car and takes the bags.",
            {CRIM},
        ),
        # A plain money debt at a nail salon is no gift turned into a debt.
        (
            "Ze moet nog heel veel geld terugbetalen aan de eigenaar van de nagelsalon en mag "
            "nooit naar buiten.",
            {LAB},
        ),
        # Selling pills is no sign of being sold.
        ("My sister is 16 and she sells pills at parties for this guy.", {CRIM}),
    ],
)
def test_signals_count_for_the_form_the_story_is_about(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


def test_being_sold_is_still_a_signal(real_kb: KnowledgeBase) -> None:
    result = assess(kb=real_kb, text="She was sold to a man in Amsterdam for 2000 euros.")
    assert "bought_or_sold" in result.signal_ids


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # A fine the authorities give a company is no fine a boss gives the workers.
        (
            "De douane vond in de haven een container met nepkleding, de groothandel kreeg een "
            "boete.",
            set(),
        ),
        ("The restaurant was fined by the council for hygiene problems.", set()),
        (
            "Als ze te laat komen krijgen ze een boete van de voorman en hij houdt hun paspoorten.",
            {LAB},
        ),
        ("The foreman fines them 50 euros when they are late and keeps their passports.", {LAB}),
    ],
)
def test_fines_from_the_boss_not_from_the_authorities(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "violence"),
    [
        ("Als hij niet op tijd is, krijgt hij klappen van de oudere jongens.", True),
        ("Als ze te weinig verkoopt, krijgt ze klappen.", True),
        ("Het bedrijf kreeg flinke klappen door de crisis.", False),
    ],
)
def test_beatings_said_verb_first(real_kb: KnowledgeBase, text: str, violence: bool) -> None:
    assert ("physical_violence" in assess(kb=real_kb, text=text).signal_ids) is violence


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # 30 hours a week is the au pair limit; far more is a signal.
        (
            "Our au pair works about 30 hours a week with the kids, has her own room and gets "
            "pocket money.",
            set(),
        ),
        ("De au pair werkt 30 uur per week met de kinderen en heeft een eigen kamer.", set()),
        (
            "Their au pair works 70 hours a week for the family and is never allowed out alone.",
            {LAB},
        ),
        ("De au pair werkt 60 uur per week in het gezin en mag nooit alleen naar buiten.", {LAB}),
    ],
)
def test_au_pair_hours(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Sleeping in a room with the drugs is no sleeping with men.
        (
            "He sleeps in a back room with the drugs and the older guys beat him when money is "
            "missing.",
            {CRIM},
        ),
        ("He makes her sleep with men for money and keeps everything.", {SEX}),
    ],
)
def test_sleeping_with_someone_not_in_a_room_with_things(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Shutters always down, women brought by the same car, men in and out at night.
        (
            "Bij de flat tegenover me zijn de rolluiken altijd dicht, elke avond worden twee "
            "jonge vrouwen gebracht door dezelfde auto en tot 3 uur 's nachts gaan er mannen in "
            "en uit.",
            {SEX},
        ),
        ("Er komen 's avonds mannen en dan moeten de meisjes naar de slaapkamer.", {SEX}),
        # Look-alikes: shutters against the sun, the same postman, children to bed.
        ("Onze rolluiken zijn altijd dicht omdat de zon zo fel op de gevel staat.", set()),
        ("De pakketjes worden altijd gebracht door dezelfde man van de post.", set()),
        ("Als er 's avonds mannen van de voetbal komen, moeten de kinderen naar bed.", set()),
    ],
)
def test_what_neighbours_see_of_a_flat_used_for_sex(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # The driver who drops them off to beg takes the money from each of them.
        (
            "Two women with toddlers beg at the station every day, a van drops them off in the "
            "morning and the driver takes the money from each of them at night.",
            {CRIM},
        ),
        (
            "Elke ochtend worden drie vrouwen met kleine kinderen bij het station gezet om te "
            "bedelen. 's Avonds pakt de chauffeur het geld van iedereen.",
            {CRIM},
        ),
        # A bus driver who takes the fares is no one who takes the takings.
        ("De chauffeur neemt het geld van iedereen aan bij het instappen.", set()),
    ],
)
def test_takings_of_begging_collected(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Made to work as self-employed, paid per room, rent withheld by the agency.
        (
            "De schoonmakers moeten als zzp'er werken, krijgen 4 euro per kamer en het bureau "
            "houdt de huur in.",
            {LAB},
        ),
        (
            "The cleaners are forced to work as freelancers, get paid per room and the agency "
            "takes rent from their pay.",
            {LAB},
        ),
        # Look-alike: a self-employed builder who earns well.
        ("Ik werk al jaren als zzp'er in de bouw en verdien prima.", set()),
        ("I have been a freelancer for years and I choose my own clients.", set()),
    ],
)
def test_sham_self_employment(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    "text",
    [
        "A young customer came in with a man who did all the talking, and after we reset the "
        "PIN the man took the card.",
        "A note on the account says her card is kept by her boyfriend.",
    ],
)
def test_card_taken_by_a_companion(real_kb: KnowledgeBase, text: str) -> None:
    assert "bank_card_controlled" in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize(
    ("text", "has_crime"),
    [
        # "Favours" for older boys' friends, paid: not a youth's odd jobs for criminals.
        (
            "A 14-year-old girl does favours for friends of older boys and gets money, her "
            "boyfriend of 20 keeps it.",
            False,
        ),
        ("He does jobs for older guys and gets 50 euros for each package he drops off.", True),
    ],
)
def test_favours_are_no_odd_jobs(real_kb: KnowledgeBase, text: str, has_crime: bool) -> None:
    assert (CRIM in assess(kb=real_kb, text=text).form_ids) is has_crime


def test_massages_and_more_for_friends(real_kb: KnowledgeBase) -> None:
    result = assess(
        kb=real_kb, text="She had to give massages and more to the owner's friends at night."
    )
    assert SEX in result.form_ids


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # A straw man: director of companies on paper, paid per signature, under pressure.
        (
            "Mijn neef met een lichte verstandelijke beperking staat als bestuurder van twee "
            "bv's ingeschreven. Een vriend gaf hem 100 euro per handtekening en dreigt hem uit "
            "zijn kamer te zetten.",
            {CRIM},
        ),
        (
            "My nephew is listed as director of three companies, a man paid him 50 euros per "
            "signature and threatens to throw him out of his room.",
            {CRIM},
        ),
        # Look-alikes: cars in one's own name, a real director.
        ("Mijn broer heeft twee auto's op zijn naam staan.", set()),
        ("She is director of two companies and runs them with her sister.", set()),
    ],
)
def test_straw_man_paid_per_signature(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Ze stuurt hem naar zijn vrienden om met ze naar bed te gaan.", {SEX}),
        ("He sends her to his friends to sleep with them.", {SEX}),
        (
            "They were made to work in nail bars by day and to water cannabis plants in houses "
            "at night.",
            {LAB, CRIM},
        ),
        # Look-alikes: a sleepover, a business owner.
        ("Ik stuur mijn zoon naar vrienden om te logeren.", set()),
        ("He is the owner of the shop and works there with his wife.", set()),
    ],
)
def test_sent_to_friends_and_made_to_work(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


def test_card_held_by_a_partner_is_no_business_partner(real_kb: KnowledgeBase) -> None:
    result = assess(kb=real_kb, text="Her card is held by her partner.")
    assert "bank_card_controlled" in result.signal_ids


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Money offered to someone on Snapchat is no child offered on Snapchat.
        (
            "My flatmate got offered 500 euros on Snapchat to lend his bank account and now two "
            "men keep demanding his PIN.",
            set(),
        ),
        ("Mijn dochter van 14 wordt aangeboden in een Telegram-groep.", {SEX}),
        ("Her niece of 15 is offered on a Telegram group.", {SEX}),
    ],
)
def test_offered_online_is_said_of_a_person(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert (SEX in assess(kb=real_kb, text=text).form_ids) is (SEX in forms)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # The boss forbids the hospital for a worker who collapsed.
        (
            "Mijn collega viel flauw op het werk en de baas zegt geen ziekenhuis, anders zijn we "
            "allemaal ons werk kwijt.",
            {LAB},
        ),
        (
            "My colleague collapsed at work and the boss said no hospital or we all lose our jobs.",
            {LAB},
        ),
        # A doctor who says no hospital is needed.
        ("De dokter zei geen ziekenhuis nodig, gewoon rust houden.", set()),
        # A boy who carries parcels and fears for his life if one is short.
        (
            "Hij is 15 en brengt elke week een rugtas naar een adres, hij zegt dat hij dood gaat "
            "als het pakket niet klopt.",
            {CRIM},
        ),
        (
            "He is 15 and carries a bag to another town every week, he says he is dead if the "
            "package comes short.",
            {CRIM},
        ),
        # A teenager's figure of speech.
        ("Ik ga dood als ik die film niet zie, zegt mijn dochter.", set()),
    ],
)
def test_help_refused_and_life_at_stake(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Begging: all the takings handed over, no food on a poor day.
        (
            "She begs outside the supermarket all day, has to give him everything and on days "
            "there is little in her cup she gets no food.",
            {CRIM},
        ),
        # Her pictures on a dating site with a number that is not hers.
        (
            "She found her pictures on a dating site with a phone number she does not "
            "recognise, and her ex says she owes him and must go with the men.",
            {SEX},
        ),
        # Look-alikes: a café with a tip jar, a shop's own pictures.
        ("On quiet days there is little in the tip jar, but the owner pays us well.", set()),
        ("We put pictures of our bakery on a dating site for local businesses as a joke.", set()),
    ],
)
def test_takings_handed_over_and_ads_not_her_own(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    "text",
    [
        "The ad has a phone number she doesn't recognise.",
        "Her profile lists a number she does not know.",
    ],
)
def test_number_in_her_ad_is_someone_elses(real_kb: KnowledgeBase, text: str) -> None:
    assert "ad_managed_by_third_party" in assess(kb=real_kb, text=text).signal_ids


def test_everything_they_earn_goes_to_him(real_kb: KnowledgeBase) -> None:
    result = assess(
        kb=real_kb,
        text="They work in a nail salon and give everything they earn to the man who brought "
        "them, for the debt.",
    )
    assert "no_control_over_earnings" in result.signal_ids
    assert LAB in result.form_ids


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Her benefits paid into his account, taken along to "parties" with other men.
        (
            "Haar uitkering wordt sinds kort op zijn rekening gestort en hij neemt haar mee naar "
            "feestjes bij andere mannen.",
            {SEX},
        ),
        ("Zijn loon wordt gewoon op zijn eigen rekening gestort.", set()),
        # Children hand the coins they begged to a woman nearby; "asking for money" is no sex.
        (
            "Two kids of about 8 ask people for money at the station and every half hour they "
            "hand over the coins to a woman on a bench.",
            {CRIM},
        ),
        # Abuse read about in the news is no abuse of someone.
        (
            "I read an article about abuse of migrant workers, but our neighbours have normal "
            "contracts and their own cars.",
            set(),
        ),
        # He takes the envelopes after the "dinners" with his friends.
        (
            "He sends me to dinners with his friends and takes the envelopes afterwards, I met "
            "him on a sugar daddy app.",
            {SEX},
        ),
        # A domestic worker who goes out only with "madam": labour, not sex work.
        (
            "I cook and clean for the family and I cannot go out except with madam, my passport "
            "is in their safe.",
            {LAB},
        ),
        ("Our passports are in the hotel safe during the holiday.", set()),
    ],
)
def test_money_and_papers_held_by_others(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "violence"),
    [
        ("He hits and abuses her when she does not bring enough.", True),
        ("There is a lot of abuse of migrant workers in the news lately.", False),
    ],
)
def test_abuse_of_someone(real_kb: KnowledgeBase, text: str, violence: bool) -> None:
    assert ("physical_violence" in assess(kb=real_kb, text=text).signal_ids) is violence


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Cleaning hotel rooms is a job, not a sign of sex work.
        (
            "Ik maak hotelkamers schoon via een man die werk regelt, hij houdt mijn papieren en "
            "ik moet 40 kamers per dag doen voor 3 euro per kamer.",
            {LAB},
        ),
        ("Ze moet met mannen naar hotelkamers en hij houdt het geld.", {SEX}),
        # A fine for being ill.
        ("Vorige maand kreeg ik een boete van 200 euro want ik was ziek.", {LAB}),
        # Climbing through windows is burglary, not window prostitution.
        (
            "A boy of 12 has to climb through windows at night for his uncle, who is very "
            "intimidating.",
            {CRIM},
        ),
        ("We cleaned all the windows of the school on Saturday with the kids.", set()),
    ],
)
def test_rooms_windows_and_fines(real_kb: KnowledgeBase, text: str, forms: set[str]) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "Ze hebben mijn bankpas en elke week pinnen ze geld terug voor het huis.",
            "bank_card_controlled",
        ),
        (
            "Hij noemt zich haar manager en beheert al haar verdiensten.",
            "no_control_over_earnings",
        ),
    ],
)
def test_money_taken_back_or_managed(real_kb: KnowledgeBase, text: str, signal: str) -> None:
    assert signal in assess(kb=real_kb, text=text).signal_ids


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Handing over the money he earned with men is no child handing over loot.
        (
            "The man who lets him sleep at his flat sends him to older men from a dating app and "
            "he has to hand over the money.",
            {SEX},
        ),
        # Body-packing and small bags sent out for delivery.
        (
            "She had to see clients in a house and was also made to swallow packages of drugs "
            "and fly to Spain.",
            {SEX, CRIM},
        ),
        (
            "The boys wash cars 7 days a week and sleep in the back office. At night the owner "
            "gives them small bags and sends them out on scooters to cars around the estate, "
            "it's drugs.",
            {LAB, CRIM},
        ),
    ],
)
def test_handing_over_swallowing_and_delivering(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms


@pytest.mark.parametrize(
    ("text", "guarded"),
    [
        # Passports "in bewaring" is no guard ("bewaking"): the typo must not join them.
        ("De eigenaar heeft hun paspoorten in bewaring, zegt hij.", False),
        ("Er staat dag en nacht bewaking bij de deur van het pand.", True),
    ],
)
def test_kept_in_safekeeping_is_no_guard(real_kb: KnowledgeBase, text: str, guarded: bool) -> None:
    assert ("escorted_guarded" in assess(kb=real_kb, text=text).signal_ids) is guarded


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # Riding around for them, and watering the plants in a shed to pay back a debt.
        (
            "Mijn neefje van 15 moet al weken voor ze rondrijden op een scooter en ze zeggen dat "
            "hij geld schuldig is.",
            {CRIM},
        ),
        (
            "Ze zeggen dat ik mijn scooter moet terugverdienen door in een loods de planten water "
            "te geven, ik mag niet weg.",
            {CRIM},
        ),
        # Look-alikes: a paper round, standing in for a sick colleague, a greenhouse job.
        ("My son has to deliver for them on Saturdays, it is a newspaper round.", set()),
        ("Ik moet morgen voor hem rijden want hij is ziek.", set()),
        ("In de kas geef ik de planten water, ik heb een gewoon contract bij de kweker.", set()),
    ],
)
def test_running_for_them_and_tending_plants(
    real_kb: KnowledgeBase, text: str, forms: set[str]
) -> None:
    assert set(assess(kb=real_kb, text=text).form_ids) == forms
