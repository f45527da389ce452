"""Everyday phrasings find the right indicator; benign look-alikes do not.

These sentences are our own (never taken from the labelled development cases). They check that the
patterns in the knowledge base cover the words people really use, through the real engine.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import load_knowledge_base

FOUND = [
    ("de baas heeft hun paspoorten in zijn kluis liggen", "passport_held"),
    ("ze mag haar eigen id niet hebben van hem", "passport_held"),
    ("the manager took everybody's passport when they arrived", "passport_held"),
    ("ze zitten daar opgesloten, de deur gaat van buiten op slot", "locked_in"),
    ("they are never allowed to leave the farm on their own", "locked_in"),
    ("hij moet eerst 5000 euro terugbetalen voor de reis hierheen", "travel_recruitment_debt"),
    ("she still owes them thousands for bringing her over", "travel_recruitment_debt"),
    ("ze krijgen al drie maanden geen salaris", "wages_withheld"),
    ("he hasn't been paid for weeks", "wages_withheld"),
    (
        "als ze wegloopt doen ze haar familie in roemenie iets aan",
        "threats_against_person_or_family",
    ),
    (
        "they said they would hurt his kids back home if he talked",
        "threats_against_person_or_family",
    ),
    ("de baas slaat ze als ze te langzaam werken", "physical_violence"),
    ("the boss beats them when they work too slowly", "physical_violence"),
    ("ze moest van hem met andere mannen naar bed voor geld", "forced_paid_sex"),
    ("her boyfriend makes her see clients every night and takes the money", "forced_paid_sex"),
    ("een meisje van 15 wordt aangeboden aan mannen in een hotel", "minor_commercial_sex"),
    ("a 15 year old girl is being sold to men in a motel", "minor_commercial_sex"),
    ("mijn zoon moet drugs verkopen voor een paar oudere jongens", "forced_to_commit_crime"),
    ("my son is being made to sell drugs for older boys", "forced_to_commit_crime"),
    ("they work 14 hours a day seven days a week", "excessive_hours"),
    ("ze slapen met z'n tienen op matrassen in de schuur", "overcrowded_housing"),
    ("ten men sleep on mattresses in one room", "overcrowded_housing"),
    (
        "ze hebben alleen een telefoon van de baas en die leest alles mee",
        "phone_taken_or_monitored",
    ),
    ("her phone was taken away by her boyfriend", "phone_taken_or_monitored"),
    ("hij wil zijn bankpas lenen voor 500 euro", "asked_to_lend_bank_card"),
    ("someone on snapchat asked to borrow my bank card for money", "asked_to_lend_bank_card"),
    ("de kinderen worden elke ochtend met een busje afgezet om te bedelen", "dropped_off_to_beg"),
    ("the kids are dropped off every morning by a van to beg", "dropped_off_to_beg"),
    (
        "hij dreigt haar naaktfoto's te verspreiden als ze niet doet wat hij zegt",
        "sextortion_nude_images",
    ),
    (
        "he threatens to post her nudes online unless she meets his friends",
        "sextortion_nude_images",
    ),
    (
        "de vrouw werkt in het huis van dat gezin, dag en nacht, en slaapt in de keuken",
        "domestic_worker_no_room",
    ),
    ("the nanny sleeps on the kitchen floor and eats leftovers", "domestic_worker_no_room"),
    (
        "ze werken zonder handschoenen met bijtende schoonmaakmiddelen",
        "dangerous_work_no_protection",
    ),
    ("they wash cars without gloves and have burns on their hands", "dangerous_work_no_protection"),
    (
        "er zit een man die alles voor haar zegt en zij kijkt alleen naar de grond",
        "someone_speaks_for_them",
    ),
    ("a man always comes with her and answers for her", "someone_speaks_for_them"),
    ("ze moeten elke avond 300 euro ophalen anders krijgen ze klappen", "earnings_quota"),
    ("she has to make 500 a night or he hits her", "earnings_quota"),
    ("het uitzendbureau regelt hun werk, huis en busje", "agency_job_housing_package"),
    ("als je ziek bent ben je je kamer kwijt", "housing_tied_to_job"),
    ("zijn pinpas ligt bij de baas en die haalt geld van zijn rekening", "bank_card_controlled"),
    (
        "the employer keeps their bank cards and withdraws money from their wages",
        "bank_card_controlled",
    ),
    ("in de wietkwekerij op zolder woonde een vietnamese jongen", "cannabis_grow_worker"),
    ("a boy was found living in a cannabis grow house", "cannabis_grow_worker"),
    (
        "kinderen stelen in winkels en een volwassen man staat buiten te wachten",
        "child_directed_by_adults",
    ),
    (
        "children pickpocket at the station while an adult man watches nearby",
        "child_directed_by_adults",
    ),
    ("ze heeft een tatoeage met zijn naam in haar nek", "ownership_tattoo"),
    (
        "mijn dochter van 14 heeft een vriend van 24 die haar cadeaus geeft",
        "older_boyfriend_loverboy",
    ),
    ("my 14 year old has a 24 year old boyfriend who buys her stuff", "older_boyfriend_loverboy"),
    ("hij heeft ineens twee telefoons en veel contant geld", "sudden_money_goods_phones"),
    ("he suddenly has two phones and a lot of cash", "sudden_money_goods_phones"),
    ("ze beloofden werk in een hotel maar ze moest in een club werken", "lured_into_prostitution"),
    ("they promised her a job as a waitress but she had to see clients", "lured_into_prostitution"),
    (
        "hij moet zijn schuld bij de dealers afbetalen door pakketjes rond te brengen",
        "drug_debt_pressure",
    ),
    ("he owes the dealers money and has to work it off", "drug_debt_pressure"),
    ("ze krijgen een boete als ze te laat zijn of als het huis vies is", "fines_and_enforcers"),
    ("the agency fines them for being late", "fines_and_enforcers"),
    (
        "ze worden dreigend gezegd dat ze uitgezet worden als ze naar de politie gaan",
        "threat_police_deportation",
    ),
    ("the boss says he will call immigration if they complain", "threat_police_deportation"),
    ("ze werkt in een nagelsalon en woont daar ook achterin", "lives_at_workplace"),
    ("de jongens van de carwash slapen in een container achter de wasstraat", "lives_at_workplace"),
    ("ze worden om 5 uur s ochtends met een busje opgehaald", "van_transport_fixed_times"),
    ("die meiden hebben nooit vrij, zelfs niet op zondag", "excessive_hours"),
    ("het uitzendbureau houdt 150 euro per week in voor een bed", "housing_deduction_too_high"),
    ("ze moet alles afstaan aan haar vriend", "no_control_over_earnings"),
    ("haar vriendje zet advertenties van haar online", "ad_managed_by_third_party"),
    ("ze spijbelt steeds en is soms dagen weg", "truancy_running_away"),
    ("iemand bood op insta 1000 euro als ik mijn rekening uitleen", "asked_to_lend_bank_card"),
    ("ze heeft blauwe plekken op haar armen", "injuries"),
    ("ze is heel mager en ziet er doodmoe uit", "exhausted_malnourished"),
    ("ze moest meteen tekenen toen ze aankwam", "contract_signed_under_pressure"),
    ("hij is bang dat hij wordt uitgezet als hij praat", "threat_police_deportation"),
    ("de baas schreeuwt de hele dag tegen de jongens", "intimidation_insults"),
    ("ze vertelt steeds hetzelfde verhaal, alsof ze het geleerd heeft", "story_rehearsed_or_vague"),
    ("hij heeft een schuld van 20000 euro voor de overtocht", "travel_recruitment_debt"),
    ("de werkgever betaalt alles contant en er is geen contract", "no_contract_cash_only"),
    ("ze krijgen per kist betaald en niet per uur", "unrealistic_quota_piece_rate"),
    ("hij heeft brandwonden van de chemicalien", "dangerous_work_no_protection"),
    ("ze werken in de kas voor een hongerloontje", "wages_withheld"),
    ("zij weet niet in welke stad ze is", "unknown_own_address"),
    (
        "er komen de hele nacht mannen bij dat huis en de gordijnen zijn altijd dicht",
        "closed_house_many_visitors",
    ),
    ("ze moet de hele dag voor de webcam seks doen voor geld", "commercial_sex_context"),
    (
        "op zijn naam zijn drie telefoonabonnementen afgesloten door die jongens",
        "straw_man_in_own_name",
    ),
    ("hij moet dag en nacht werken zonder loon, echt als een slaaf", "forced_labour_servitude"),
    ("they live in the back of the nail bar", "lives_at_workplace"),
    ("workers get picked up at 4am by a minibus", "van_transport_fixed_times"),
    ("she never gets a day off", "excessive_hours"),
    ("he keeps their passports locked in his office", "passport_held"),
    ("they cannot leave, the gate is always locked", "locked_in"),
    ("she is terrified of him", "fearful_anxious"),
    ("my daughter's boyfriend is 30", "older_boyfriend_loverboy"),
    ("a guy on insta offered my son 300 to carry a package", "easy_money_offer_youth"),
    ("he keeps going to other cities with drugs for them", "carries_drugs_cash_between_towns"),
    ("she has to work off a debt of 40k", "travel_recruitment_debt"),
    ("they charge them for everything, food, rent, transport", "growing_debt_charges"),
    ("the agency fired him and kicked him out of the house the same day", "housing_tied_to_job"),
    ("they wash cars with no protective gear at all", "dangerous_work_no_protection"),
    ("there is always a guy watching them", "escorted_guarded"),
    ("they hand over all the cash at the end of the day", "no_control_over_earnings"),
    ("they took her phone so she can't call her family", "phone_taken_or_monitored"),
    ("young girls get sent to different hotels every night", "moved_between_places"),
    (
        "kids selling stuff on the train and an older man takes the money from the children",
        "child_directed_by_adults",
    ),
    ("she was forced to work as a domestic servant for no pay", "forced_labour_servitude"),
    ("the men shout at the workers and insult them", "intimidation_insults"),
    ("ze werken 14 uur per dag, ook in het weekend", "excessive_hours"),
    ("in de advertentie staat dat ze 24/7 beschikbaar is en heel jong lijkt", "ad_risk_features"),
    ("when the police car came they all ran off through the back door", "afraid_of_authorities"),
    ("she has to see clients day and night, 24/7", "available_all_hours_sex"),
    ("ze ontwijkt alle vragen over waar ze het weekend was", "avoids_topic_mask"),
    ("hij zei dat hij haar had gekocht voor 3000 euro", "bought_or_sold"),
    ("he says he cannot quit because they would hurt him", "cannot_refuse_or_quit"),
    (
        "kinderen zonder id worden telkens opgepakt in andere steden",
        "children_no_id_caught_repeatedly",
    ),
    (
        "the children travel around europe with adults who are not family",
        "children_with_non_family_group",
    ),
    (
        "haar telefoon gaat constant en ze moet meteen weg als hij belt",
        "constantly_called_controlled",
    ),
    ("ze mocht niet naar de dokter terwijl ze hoge koorts had", "denied_medical_care"),
    (
        "ze zegt dat hij voor haar zorgt en dat het haar eigen keus is",
        "does_not_see_self_as_victim",
    ),
    ("he travels on a fake passport that the boss gave him", "false_documents"),
    ("the job was nothing like what they promised her", "false_job_promise"),
    ("ze heeft bijna geen eigen spullen, alleen een plastic tasje", "few_belongings"),
    ("he gives her drugs to keep her calm and working", "forced_drugs_alcohol"),
    ("ze moet andere meisjes van school meenemen naar hem", "forced_to_recruit_others"),
    ("eerst kreeg hij gratis wiet, nu moet hij het terugbetalen", "gifts_drugs_become_debt"),
    ("in kamer 12 komen steeds andere mannen en het meisje lijkt jong", "hotel_room_prostitution"),
    ("she is not allowed to see her friends or family anymore", "isolated_from_friends_family"),
    (
        "op facebook zag ik een vacature met gratis huis en vervoer, geen ervaring nodig",
        "job_ad_free_housing_transport",
    ),
    ("the massage parlour is open till late and only men go in", "massage_parlour_closed_off"),
    ("my niece was offered on a telegram group", "minor_offered_online"),
    (
        "op instagram stond een bericht: verdien geld met je bankpas",
        "money_mule_recruitment_online",
    ),
    ("ze mag geen klanten weigeren, ook niet als ze niet wil", "no_choice_over_clients"),
    (
        "hij leerde haar online kennen en vroeg na twee dagen al om naaktfotos",
        "online_grooming_fast",
    ),
    (
        "ze wordt na school opgehaald door steeds andere oudere mannen in dure autos",
        "picked_up_by_older_men_cars",
    ),
    ("de manicure kost maar 10 euro, hoe kan dat zo goedkoop", "price_far_below_market"),
    ("if they steal too little they get beaten", "punished_for_low_proceeds"),
    (
        "hij had nooit problemen maar wordt nu steeds betrapt op winkeldiefstal",
        "repeat_offender_without_history",
    ),
    ("ze krast zichzelf en heeft vaak buikpijn", "self_harm_psychosomatic"),
    ("ze draagt opeens heel uitdagende kleren en veel make up", "sexualised_appearance_change"),
    ("she had her third STI test in two months", "sti_pregnancy_abortion"),
    ("mijn zoon heeft opeens grote schulden", "sudden_debts_young_person"),
    ("ze gaan elke middag winkels langs om te stelen", "systematic_crime_over_days"),
    ("een man regelde en betaalde haar vlucht en visum", "travel_arranged_by_others"),
    (
        "a group of women travels with one man who handles everything for them",
        "travels_in_controlled_group",
    ),
    ("he broke his hand but had to keep working", "untreated_injury_keeps_working"),
    ("hij heeft geen verblijfsvergunning en spreekt geen nederlands", "vulnerable_position_abused"),
    ("mijn leerling blowt steeds en valt in de les in slaap", "young_person_drugs_tired"),
    ("hij laat haar werken in een privehuis en pakt al het geld", "forced_paid_sex"),
    ("they make the girls do escort jobs", "forced_paid_sex"),
    ("hij moet coke rondbrengen voor een bende", "forced_to_commit_crime"),
    ("ze dwingen hem om in te breken", "forced_to_commit_crime"),
    ("they force kids to shoplift", "forced_to_commit_crime"),
    ("ze mogen het terrein niet af", "locked_in"),
    ("ze krijgt haar geld nooit te zien", "no_control_over_earnings"),
    ("she never gets to keep any of the money", "no_control_over_earnings"),
    ("ze moet 30000 euro terugbetalen voor de reis naar nederland", "travel_recruitment_debt"),
    ("een meisje van 14 wordt door een man aan andere mannen aangeboden", "forced_paid_sex"),
    ("they get paid 3 euros an hour", "wages_withheld"),
    ("hij krijgt zijn loon niet", "wages_withheld"),
    ("hij werkt alleen voor kost en inwoning", "forced_labour_servitude"),
    ("they work sixteen hour days", "excessive_hours"),
    ("he is afraid to go to the police because he has no papers", "afraid_of_authorities"),
    ("op de parkeerplaats wonen chauffeurs al maanden in hun cabine", "lives_at_workplace"),
    ("de eigenaar brengt 's nachts mannen naar haar kamer", "forced_paid_sex"),
    ("ze werken er en slapen er ook, op matrassen in de loods", "lives_at_workplace"),
    ("they work and sleep there, on mattresses in the warehouse", "lives_at_workplace"),
    ("ik hoorde dat de voorman hun bankpassen bewaart", "bank_card_controlled"),
    ("the foreman keeps their bank cards so nothing gets lost", "bank_card_controlled"),
    ("hij heeft nog nooit een loonstrook gezien", "no_contract_cash_only"),
    ("they never got a payslip", "no_contract_cash_only"),
    ("ze houden de helft van het loon in als borg", "wages_withheld"),
    ("they keep half our pay as a deposit", "wages_withheld"),
    ("ze betalen hem al maanden niet", "wages_withheld"),
    ("the boss keeps the rest for rent and transport", "growing_debt_charges"),
    ("de boer heeft zijn id in de la liggen", "passport_held"),
    ("werkn 14 uur en geen rust", "excessive_hours"),
    ("we work from dawn till dark in the fields", "excessive_hours"),
    ("he has to pay back what they spent on bringing him here", "travel_recruitment_debt"),
    ("ze zeggen dat hij het verschuldigd is omdat hij daar mag slapen", "travel_recruitment_debt"),
    ("ze mogen niet van het erf af", "locked_in"),
    ("the agency also rents us the caravan", "housing_tied_to_job"),
    ("ik kook en poets voor ze, geen geld", "forced_labour_servitude"),
    ("i clean and cook no money", "forced_labour_servitude"),
    ("they pay us 4 euro hour", "wages_withheld"),
    ("the company hasnt paid them since summer", "wages_withheld"),
    ("the farmer deducts rent and food from what they earn", "growing_debt_charges"),
    ("they had to pay 3000 to a guy back home for this job", "travel_recruitment_debt"),
    ("ze moest 2500 euro betalen aan de tussenpersoon", "travel_recruitment_debt"),
    ("ze worden om half 5 opgehaald met een busje", "van_transport_fixed_times"),
    ("de chauffeur nam bij iedereen de telefoon in", "phone_taken_or_monitored"),
    ("in de fabriek geldt: wie ziek is vliegt eruit", "untreated_injury_keeps_working"),
    ("we sleep in a container, no shower and no heating", "overcrowded_housing"),
    ("ze wonen met 14 man in een rijtjeshuis", "overcrowded_housing"),
    ("i never seen her outside", "locked_in"),
    ("the gaffer keeps their ids in his van", "passport_held"),
    # sexual and criminal exploitation in chat style, slang and US-style English
    ("hij zegt dat ze vannacht nog vier klanten moet doen", "forced_paid_sex"),
    ("he says tonight i go with other men", "forced_paid_sex"),
    ("she has to meet men he finds on an app", "forced_paid_sex"),
    ("her pimp makes her work the track every night", "forced_paid_sex"),
    ("mijn nichtje van 16 moet met mannen naar een hotel", "minor_commercial_sex"),
    ("if she doesnt make her quota he beats her", "earnings_quota"),
    ("ze moet elke avond 10 klanten per avond", "earnings_quota"),
    ("his handler has him carrying product on the train", "forced_to_commit_crime"),
    ("hij zegt precies wat ze moet stelen in de winkel", "forced_to_commit_crime"),
    ("hij moet voor de jongens pakketjes wegbrengen", "forced_to_commit_crime"),
    ("the guy who drops them off comes back to empty their cups", "dropped_off_to_beg"),
    ("een man haalt om vijf uur het bekertje leeg", "dropped_off_to_beg"),
    ("they keep him in a house with plants under lamps", "cannabis_grow_worker"),
    ("er hangt altijd een wietlucht en de ramen zijn beplakt met folie", "cannabis_grow_worker"),
    (
        "de kamer staat op naam van een man, en elk uur gaat er een andere man naar boven",
        "hotel_room_prostitution",
    ),
    ("her 'manager' keeps all the tokens from her cam shows", "ad_managed_by_third_party"),
    ("ze heeft een loverboy", "older_boyfriend_loverboy"),
    ("she moest haar bankrekening en pas aan hem geven", "asked_to_lend_bank_card"),
    ("in ruil moet hij vrienden van hem ontmoeten", "gifts_drugs_become_debt"),
    ("if i say no they hit me", "threats_against_person_or_family"),
    ("anders doet hij haar zusje iets", "threats_against_person_or_family"),
]

NOT_FOUND = [
    ("er is ingebroken in onze auto, de ruit is kapot", "exhausted_malnourished"),
    ("ik betaal 600 euro huur per maand voor mijn kamer", "housing_deduction_too_high"),
    ("he has no papers and is scared", "passport_held"),
    ("he bought her a bracelet for her birthday", "bought_or_sold"),
    ("my daughter of 16 has a boyfriend of 18", "older_boyfriend_loverboy"),
    ("hij heeft een vriend van 18", "older_boyfriend_loverboy"),
    ("hij heeft gewoon zijn eigen paspoort en een contract", "passport_held"),
    ("ik heb 20 euro betaald aan de baas van de wasstraat", "no_control_over_earnings"),
    ("we hebben een familiebedrijf en werken soms lang door", "forced_labour_servitude"),
    (
        "mijn zoon van 15 heeft een bijbaantje bij de supermarkt en kocht zelf een telefoon",
        "forced_to_commit_crime",
    ),
    (
        "she works as an independent escort with her own website and keeps her earnings",
        "forced_paid_sex",
    ),
    (
        "she works as an independent escort with her own website and keeps her earnings",
        "no_control_over_earnings",
    ),
    ("the au pair works 30 hours a week and has two days off", "domestic_worker_no_room"),
    ("seasonal workers with a contract and their own passports", "passport_held"),
    ("ik weet waar ze woont, ze is mijn buurvrouw", "threats_against_person_or_family"),
    ("my daughter has a boyfriend her own age", "older_boyfriend_loverboy"),
    ("nobody forces him to work, he likes the job", "forced_labour_servitude"),
    ("niemand dwingt hem, hij werkt daar graag", "cannot_refuse_or_quit"),
    ("ze wonen boven hun eigen winkel", "lives_at_workplace"),
    ("he works from 9 to 5 in an office", "excessive_hours"),
    ("ik ben mijn paspoort kwijt op vakantie", "passport_held"),
    ("ik werk elke dag op kantoor, gewoon acht uur", "excessive_hours"),
    ("my daughter gets pocket money from us every week", "wages_withheld"),
    ("she has her own bank card and her own account", "bank_card_controlled"),
    ("de studenten wonen samen in een huis van de universiteit", "housing_tied_to_job"),
    ("she pays 14 euros an hour for her cleaner", "wages_withheld"),
    ("my neighbour upstairs is a nurse", "lives_at_workplace"),
    ("hij meldde zich ziek en bleef een week thuis", "untreated_injury_keeps_working"),
    ("ze werkt bij een kwekerij met bloemen en planten", "cannabis_grow_worker"),
    (
        "my neighbour keeps the curtains closed and the windows covered",
        "massage_parlour_closed_off",
    ),
    ("de postbode is mijn pakket kwijtgeraakt", "carries_drugs_cash_between_towns"),
    ("she took her son to a hotel for the weekend", "forced_paid_sex"),
    ("hij haalt elke vrijdag het geld op voor de voetbalclub", "dropped_off_to_beg"),
]


@pytest.mark.parametrize(("text", "indicator_id"), FOUND)
def test_everyday_phrasing_is_recognised(text: str, indicator_id: str) -> None:
    result = assess(kb=load_knowledge_base(), text=text)
    assert indicator_id in result.signal_ids


@pytest.mark.parametrize(("text", "indicator_id"), NOT_FOUND)
def test_benign_look_alike_is_not_a_signal(text: str, indicator_id: str) -> None:
    result = assess(kb=load_knowledge_base(), text=text)
    assert indicator_id not in result.signal_ids


def test_most_indicators_have_an_everyday_phrasing_here() -> None:
    covered = {indicator_id for _, indicator_id in FOUND}
    assert len(covered) >= 90


BENIGN = [
    "Mijn buurman werkt in de bouw en maakt lange dagen, maar hij verdient goed en heeft een vast "
    "contract.",
    "Onze au pair krijgt 340 euro zakgeld per maand, heeft een eigen kamer en twee vrije dagen.",
    "De seizoenarbeiders bij de boer wonen op een camping, hebben een contract en hun eigen "
    "paspoort.",
    "Mijn dochter van 16 werkt bij de bakker en kocht een nieuwe telefoon van haar loon.",
    "Er komen veel mensen bij de buurvrouw over de vloer omdat ze een kapsalon aan huis heeft.",
    "We wonen met zes studenten in een huis, het is krap maar gezellig.",
    "Mijn zus werkt als zelfstandige sekswerker met een vergunning en bepaalt zelf haar klanten.",
    "The family next door runs a restaurant and everybody helps out, also the kids after school.",
    "She told me her boyfriend bought her flowers and took her to a hotel for her birthday.",
    "Mijn dochter van 15 had ineens een nieuwe telefoon, ik dacht eerst aan een loverboy, maar ze "
    "werkt bij de supermarkt en liet me haar loonstroken zien.",
    "My neighbour was burgled last night, the police think it was a local gang.",
    "I am an independent escort with my own licence, I choose my clients and keep my own money.",
    "The workers at the farm have contracts, their own passports and go home every weekend.",
    "Our cleaner is paid 15 euros an hour and works for several families.",
    "My daughter's boyfriend is 17, the same age as her, and they go to the same school.",
    "Mijn collega woont in een huis van het uitzendbureau en werkt in de kas, maar hij heeft een "
    "contract, krijgt gewoon loon en kan opzeggen wanneer hij wil.",
    "The pickers on my uncle's farm work long days in summer, but they have a seasonal contract, "
    "get paid on time and keep their own passports.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_everyday_benign_situation_indicates_no_form(text: str) -> None:
    assert assess(kb=load_knowledge_base(), text=text).forms == ()
