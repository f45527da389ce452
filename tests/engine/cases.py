"""Hand-written cases for the shipped knowledge base (own texts, never from the evaluation set).

Each case: (id, text, forms, acute, first channel or None). They are written the way people type:
chat style, typos, no punctuation, everyday words instead of textbook terms.
"""

from __future__ import annotations

SEX = "sexual_exploitation"
LAB = "labour_exploitation"
CRIM = "criminal_exploitation"

Case = tuple[str, str, frozenset[str], bool, str | None]


def case(cid: str, text: str, forms: tuple[str, ...], acute: bool, first: str | None) -> Case:
    return (cid, text, frozenset(forms), acute, first)


CASES: list[Case] = [
    # --- sexual exploitation ---------------------------------------------------------------
    case(
        "nl_sex_flat",
        "boven mij woont sinds kort een jonge vrouw, er komen de hele avond mannen langs die na "
        "een half uur weer weggaan. ze mag nooit alleen naar buiten, er staat altijd een man bij "
        "die haar telefoon heeft en het geld ophaalt",
        (SEX,),
        False,
        "police",
    ),
    case(
        "nl_sex_loverboy",
        "Mijn nichtje van 16 heeft een 'vriend' van 24. Hij koopt dure spullen voor haar en nu "
        "zegt hij dat ze hem iets terug moet doen en met zijn vrienden naar bed moet. Die vrienden "
        "betalen hem daarvoor. Ze durft niet nee te zeggen.",
        (SEX,),
        False,
        "police",
    ),
    case(
        "en_sex_massage",
        "There's a massage place near the station open till 2am. The girls never leave, they "
        "sleep on the tables in the back, and the guy at the door takes all the cash. One of them "
        "whispered that she still owes him for the flight and cannot go home.",
        (SEX,),
        False,
        "police",
    ),
    case(
        "en_sex_online_minor",
        "my little sister is 13 and some older guy on insta sends her money and gift cards for "
        "pictures. now he wants her to come to a hotel to meet his friends next weekend",
        (SEX,),
        False,
        "police",
    ),
    case(
        "nl_sex_ads",
        "Mijn vriend zet advertenties van mij online en spreekt af met mannen. Ik moet al het geld "
        "aan hem geven, anders slaat hij me. Ik wil weg maar hij heeft mijn paspoort.",
        (SEX,),
        False,
        "comensha",
    ),
    case(
        "en_sex_window",
        "I'm a bartender near the red light district. One girl always comes in after her shift, "
        "a man waits outside and she gives him everything she earned. She said she can only stop "
        "when her debt is paid and he'd hurt her family back home otherwise.",
        (SEX,),
        False,
        "police",
    ),
    # --- labour exploitation ---------------------------------------------------------------
    case(
        "nl_lab_carwash",
        "bij de wasstraat aan de ringweg staan dezelfde jongens elke dag van 7 tot 10 uur s "
        "avonds, zonder handschoenen in dat spul. ze slapen in een container achter de hal en "
        "krijgen volgens mij 25 euro per dag. de baas houdt hun papieren",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_lab_greenhouse",
        "Our neighbours' greenhouse has about 30 workers from abroad living in caravans. The "
        "agency takes rent, transport and 'fines' from their pay so they end up with almost "
        "nothing, and the foreman keeps their ID cards. They work 12 hours a day, every day.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_lab_au_pair",
        "Een au pair in onze straat werkt van 6 uur s ochtends tot laat, ook in het weekend. Ze "
        "krijgt 80 euro per maand, de familie heeft haar paspoort en ze mag niet alleen de deur "
        "uit. Ze huilde toen ik haar sprak.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_lab_restaurant_victim",
        "I came from India to work as a cook. They promised 1500 a month but I get 300, I sleep "
        "above the kitchen and work 7 days. The owner says I owe him 9000 for the visa and if I "
        "complain he calls immigration.",
        (LAB,),
        False,
        "comensha",
    ),
    case(
        "nl_lab_construction",
        "Op de bouw hier werken Oekraïners die al drie maanden geen salaris hebben gehad. Ze "
        "slapen in de keet en de aannemer zegt dat ze eerst hun reis en huur moeten afbetalen. "
        "Ze kunnen nergens heen.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    # --- criminal exploitation -------------------------------------------------------------
    case(
        "nl_crim_runner",
        "Mijn zoon (15) is steeds weg, heeft opeens een dure jas en twee telefoons. Ik vond "
        "zakjes en een briefje met adressen. Hij zegt dat hij voor 'die jongens' moet rijden tot "
        "zijn schuld weg is, anders gebeurt er iets.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_crim_mule",
        "My nephew is 18 and someone on snapchat offered him 300 to use his bank account. Now "
        "they have his card and pin, thousands go through it and they say they'll post his "
        "address online if he goes to the bank.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "nl_crim_pickpocket",
        "In de trein naar Amsterdam zie ik al weken dezelfde meisjes van een jaar of 12 die "
        "tassen rollen. Een man stapt steeds met ze in en pakt de portemonnees meteen af. Ze "
        "gaan nooit naar school volgens de conducteur.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_crim_cannabis",
        "Police raided a house on our street and found a young Vietnamese guy who had been "
        "living inside with the weed plants for months. He had no passport, couldn't go out and "
        "said he had to work off the money for his trip.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "nl_crim_begging",
        "Bij de supermarkt zit elke dag een man met een kapot been te bedelen. Een busje zet hem "
        "om 9 uur af en haalt hem om 5 uur op, de chauffeur neemt dan al het geld uit zijn beker.",
        (CRIM,),
        False,
        "police",
    ),
    # --- acute -----------------------------------------------------------------------------
    case(
        "nl_acute_locked",
        "help ik zit opgesloten in een kamer in een huis in rotterdam, ze hebben mijn paspoort en "
        "telefoon afgepakt. vanavond moet ik weer met mannen mee anders slaan ze me",
        (SEX,),
        True,
        "emergency",
    ),
    case(
        "en_acute_beating",
        "Right now in the yard of the farm next to us the boss is kicking one of the pickers who "
        "is lying on the ground. These men live in the barn and work from dawn to dark for "
        "almost no money.",
        (LAB,),
        True,
        "emergency",
    ),
    case(
        "nl_acute_minor_threat",
        "Er zit nu een jongen van 14 bij ons in de winkel, hij is doodsbang. Hij moet drugs "
        "verkopen voor oudere jongens en is geld kwijt. Ze hebben net gezegd dat ze hem vanavond "
        "neersteken als hij niet betaalt.",
        (CRIM,),
        True,
        "emergency",
    ),
    # --- anonymous -------------------------------------------------------------------------
    case(
        "nl_anon_nails",
        "In de nagelstudio bij ons werken meisjes die er ook slapen, van s ochtends tot s avonds "
        "laat, en de eigenaar pakt al het geld en de fooien. Ze kijken steeds naar hem voor ze "
        "iets zeggen. Ik wil wel melden maar anoniem, ik woon om de hoek.",
        (LAB,),
        False,
        "anonymous",
    ),
    case(
        "en_anon_drugs_kids",
        "Kids of 12 or 13 on scooters hand out packages to cars for an older guy who sits in the "
        "park. He takes their phones when they mess up and says they owe him. Please don't use "
        "my name, everyone knows everyone here.",
        (CRIM,),
        False,
        "anonymous",
    ),
    # --- professional asking advice --------------------------------------------------------
    case(
        "en_prof_advice_sex",
        "I'm a GP. A 19-year-old patient comes in every few weeks for STI tests, always brought "
        "by an older man who pays and answers for her. Today she said she has to work for him "
        "until her debt is paid. What should I do and who should I contact?",
        (SEX,),
        False,
        "police",
    ),
    # --- benign look-alikes ----------------------------------------------------------------
    case(
        "nl_ok_family_shop",
        "De snackbar op de hoek is altijd open, ook zondag, en de dochter van 17 staat na school "
        "achter de toonbank. Het is hun eigen zaak, ze krijgt gewoon betaald en ze gaan elke "
        "zomer samen op vakantie.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_seasonal",
        "Every summer around 15 Polish workers pick apples at the orchard behind us and live in "
        "cabins there. I asked them: they have contracts through a registered agency, get "
        "minimum wage, keep their own passports and drive to town on weekends.",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_sex_worker",
        "Mijn buurvrouw werkt als escort, dat vond ik eerst raar. Maar ze heeft een vergunning, "
        "werkt zelfstandig via haar eigen website, bepaalt zelf haar klanten en houdt haar eigen "
        "geld. Er is niemand die haar iets oplegt.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_teen_job",
        "My son is 16 and suddenly has new sneakers and airpods. I was worried about the stories "
        "about kids dealing, but he works weekends at a restaurant, I've seen his payslips and "
        "his boss is a family friend.",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_au_pair",
        "Ons au pair meisje uit Brazilië werkt 25 uur per week, heeft haar eigen kamer, krijgt "
        "340 euro zakgeld en volgt een taalcursus. Ze heeft gewoon haar eigen paspoort en gaat "
        "in het weekend met vriendinnen weg.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_students",
        "Seven young foreigners live in the terraced house next door, mattresses in the living "
        "room. Turns out they are exchange students who couldn't find rooms and rent it together "
        "from a private landlord, they go to university every day.",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_burglary",
        "Vannacht is er ingebroken bij de buren, de achterdeur was open gebroken en de tv is weg. "
        "Ik heb een auto zien wegrijden maar geen kenteken.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_dealer",
        "The guy downstairs sells weed from his flat, cars stop all evening. He's in his fifties "
        "and does it all himself, nobody works for him. It's just a nuisance.",
        (),
        False,
        None,
    ),
    # --- general questions -----------------------------------------------------------------
    case(
        "nl_question",
        "Hoe herken je eigenlijk of iemand wordt uitgebuit? Ik werk in de horeca en wil weten "
        "waar ik op moet letten.",
        (),
        False,
        "comensha",
    ),
    case(
        "en_question",
        "Is it still trafficking if the person agreed to come and work here in the first place?",
        (),
        False,
        "comensha",
    ),
]

# A second batch in other registers: short, formal notes, run-on chat, mixed nl/en words.
CASES += [
    case(
        "nl_sex_short_chat",
        "vriendin van me moet van haar vriend met andere mannen slapen voor geld, hij houdt alles",
        (SEX,),
        False,
        "police",
    ),
    case(
        "en_sex_hotel_staff",
        "Night receptionist here. Room 12 was booked by a man who left, a girl who looks about "
        "16 is inside and men keep going up for twenty minutes each. He comes back every few "
        "hours to collect money.",
        (SEX,),
        False,
        "police",
    ),
    case(
        "nl_sex_formal",
        "Melding wijkteam: cliënte (20) verblijft bij een man die haar werk als escort regelt. "
        "Zij draagt haar verdiensten volledig aan hem af en heeft geen toegang tot haar eigen "
        "bankrekening. Zij geeft aan bang voor hem te zijn.",
        (SEX,),
        False,
        "police",
    ),
    case(
        "en_sex_sextortion",
        "A guy I met online has nude pics of me and says he will send them to my parents unless I "
        "meet men he chooses and give him the money. I'm 17.",
        (SEX,),
        False,
        "comensha",
    ),
    case(
        "nl_lab_mushroom",
        "werk bij een kwekerij via een bureau, we moeten 14 uur per dag plukken en krijgen per "
        "kilo betaald. als je te langzaam bent krijg je een boete. huur en bus gaan er ook af, "
        "ik hou bijna niks over",
        (LAB,),
        False,
        "comensha",
    ),
    case(
        "en_lab_domestic",
        "The family next door has a woman from the Philippines who cleans, cooks and looks after "
        "the kids from early till midnight. She sleeps on a mattress in the laundry room, is "
        "never allowed out alone and told me they keep her passport.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_lab_trucker",
        "Op de parkeerplaats bij ons staan chauffeurs uit Oezbekistan die al maanden in hun "
        "cabine wonen. Ze krijgen een paar honderd euro per maand, de firma houdt hun paspoorten "
        "en ze worden beboet als ze te laat zijn.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_lab_meat",
        "I work at a meat plant. Some colleagues from Romania told me the agency took their "
        "passports on arrival, they share a room with 5 people and after rent and 'costs' get "
        "100 euro a week. If they complain they lose job and bed.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_crim_port",
        "Mijn zoon van 17 is via snapchat benaderd om 'iets' uit containers in de haven te halen "
        "voor 5000 euro. Nu durft hij niet meer te stoppen, ze zeggen dat hij ze geld schuldig "
        "is en ze weten waar we wonen.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_crim_shoplifting",
        "Store detective here. Same pattern every week: a car drops off three boys of about 12, "
        "they steal razors and perfume, hand the bags to a man in the car park and go back in. "
        "The boy we caught today was terrified of him and had no ID.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "nl_crim_dealing_boys",
        "Bij ons op het plein staan elke avond jochies van 13, 14 te dealen. Een oudere gast "
        "komt het geld ophalen en slaat ze als er te weinig is. Ze zeggen dat ze niet kunnen "
        "stoppen omdat ze schulden bij hem hebben.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_crim_money_mule_victim",
        "i'm 20 and I let a guy use my bank account for some quick money. now he keeps my card "
        "and wants me to open more accounts and get my friends to do it too, he says he'll hurt "
        "me if I stop. can I go to the police without getting in trouble?",
        (CRIM,),
        False,
        "comensha",
    ),
    case(
        "nl_two_forms",
        "Het meisje in het restaurant werkt overdag in de keuken zonder loon en 's nachts brengt "
        "de eigenaar mannen naar haar kamer die voor seks betalen. Hij heeft haar paspoort en zegt "
        "dat ze een schuld heeft.",
        (LAB, SEX),
        False,
        "police",
    ),
    case(
        "en_acute_hotel",
        "I'm in the hotel corridor now, I can hear a girl screaming in room 40 and a man shouting "
        "that she has to do what the clients want. She sounds very young. What do I do?",
        (SEX,),
        True,
        "emergency",
    ),
    case(
        "nl_acute_van",
        "Er wordt nu een meisje van een jaar of 15 hardhandig in een busje geduwd bij het station, "
        "ze huilt en roept om hulp. Die man schreeuwt dat ze zijn klanten niet mag laten wachten.",
        (SEX,),
        True,
        "emergency",
    ),
    case(
        "nl_ok_webcam",
        "Mijn studiegenote doet webcamshows via haar eigen account, het geld komt op haar eigen "
        "rekening en ze bepaalt zelf wanneer ze online gaat. Niemand dwingt haar.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_overtime",
        "My colleague works 60 hours a week at the warehouse but he chooses the overtime, it's "
        "paid extra, he rents his own flat and keeps his passport and bank card himself.",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_boyfriend",
        "Mijn dochter van 15 heeft een vriendje van 17 met een scooter. We kennen zijn ouders, ze "
        "ziet gewoon haar vriendinnen, haar cijfers zijn goed en hij betaalt soms een ijsje. "
        "Niks geks volgens mij.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_hair_salon_home",
        "Lots of different women ring my neighbour's bell all day, an hour each. Turns out she "
        "does hair and nails from home, she's registered as a business and has a booking site.",
        (),
        False,
        None,
    ),
    case(
        "nl_question_loverboy",
        "Wat is precies een loverboy en hoe kan ik mijn dochter daartegen beschermen?",
        (),
        False,
        "comensha",
    ),
]

# A third batch: typos, very short texts, look-alikes with scary words.
CASES += [
    case(
        "nl_typo_labour",
        "ze werkn daar elke dag 16 uur en krijgen bijna geen loon de baas heeft ook hun paspoorte "
        "ingenomen en ze slapen boven de zaak",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_short_sex",
        "girl upstairs cant leave the flat, men visit all night, her 'boyfriend' takes the money",
        (SEX,),
        False,
        "police",
    ),
    case(
        "en_mixed_nl_words",
        "The uitzendbureau keeps the paspoorten of the Polish guys in my street and they pay 120 "
        "euro a week for a bed in a room with 5 others. They work 6 days, 11 hours, for about 4 "
        "euro an hour.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_crim_bankpas_short",
        "mn broertje (16) heeft zn bankpas aan iemand gegeven voor 200 euro en nu krijgt hij "
        "dreigberichten als hij de pas wil blokkeren",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_prof_formal_labour",
        "Labour inspection note: at the site we found 9 workers without contracts who stated they "
        "had not been paid for 10 weeks, sleep in a storage unit and had surrendered their "
        "passports to the site manager 'for safekeeping'.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_ok_domestic_violence",
        "Mijn buurvrouw wordt al jaren geslagen door haar man, gisteren hoorde ik weer geschreeuw. "
        "Ze werkt gewoon als lerares en heeft haar eigen geld.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_late_pay",
        "My boss paid me two weeks late this month and I had to work a few Saturdays. I have a "
        "contract and I'm looking for another job. Is this allowed?",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_busy_neighbour",
        "Bij de buren komen elke dag pakketbezorgers en busjes, ik dacht aan drugs maar hij heeft "
        "een webshop in sportvoeding, staat gewoon bij de kvk en doet alles zelf.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_massage",
        "The massage salon in our street is open late and I wondered about it, but it's run by "
        "two licensed therapists who own the place, prices are normal and they go home at night.",
        (),
        False,
        None,
    ),
    case(
        "nl_ok_seizoen",
        "Bij de aspergeboer werken in het voorjaar Roemenen die daar in units wonen. Ze hebben een "
        "contract, krijgen het minimumloon, houden hun eigen paspoort en gaan in het weekend naar "
        "de stad.",
        (),
        False,
        None,
    ),
    case(
        "en_acute_collapsed",
        "a worker at the car wash just collapsed in the heat and the boss is shouting that nobody "
        "may call an ambulance. they work 12 hours there every day for 30 euro",
        (LAB,),
        True,
        "emergency",
    ),
    case(
        "nl_acute_locked_victim",
        "ik zit opgesloten in een kas in het westland, ze hebben mijn paspoort en ik heb al twee "
        "dagen niks te eten gehad. ik moet hier werken zonder geld",
        (LAB,),
        True,
        "emergency",
    ),
    case(
        "en_anon_victim",
        "I want to report this anonymously. I work in a nail salon, the owner keeps my passport "
        "and I have to work every day from 9 to 9 to pay back my travel. If he finds out he will "
        "send me back.",
        (LAB,),
        False,
        "anonymous",
    ),
    case(
        "en_question_general",
        "What is the difference between human smuggling and human trafficking?",
        (),
        False,
        "comensha",
    ),
]

# Minors in crime stories: money and pictures there are not paid sex.
CASES += [
    case(
        "nl_crim_minor_video_threat",
        "Mijn zoon van 15 krijgt via snapchat geld van oudere jongens om pakketjes weg te brengen, "
        "ze hebben een filmpje van hem met drugs en dreigen dat naar de politie te sturen.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "nl_crim_girl_dealing",
        "Een meisje van 16 uit de wijk moet van haar vriend drugs verkopen op school en hij houdt "
        "haar telefoon in de gaten.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "nl_crim_steered_theft",
        "Twee jongens van 14 staan bij het winkelcentrum en worden door een man van in de dertig "
        "aangestuurd om telefoons te stelen, hij pakt ze direct af.",
        (CRIM,),
        False,
        "police",
    ),
    case(
        "en_crim_girl_carrying",
        "A 15 year old girl in my class is made to carry drugs by her older boyfriend, he says she "
        "owes him for the gifts he bought her.",
        (CRIM,),
        False,
        "police",
    ),
]

# Labour as neighbours describe it: hours, pay and housing without the words "exploitation".
CASES += [
    case(
        "nl_lab_takeaway",
        "De jongens van de afhaalchinees slapen boven de zaak, werken elke dag van 11 tot 1 uur "
        "'s nachts en krijgen alleen eten en een beetje zakgeld.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_lab_site_unpaid",
        "These guys on the building site next door have been sleeping in a shipping container for "
        "months and say they haven't been paid since spring.",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
]

# Crimes by young people without anyone behind them are not criminal exploitation.
CASES += [
    case(
        "nl_ok_shoplifting_for_fun",
        "Mijn zoon van 15 is betrapt op winkeldiefstal met twee vrienden, ze deden het voor de lol "
        "en hebben zelf excuses aangeboden.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_scooter_fine",
        "My nephew (17) got fined for riding his scooter without a licence.",
        (),
        False,
        None,
    ),
    case(
        "en_ok_teen_weed",
        "There are teenagers dealing a bit of weed behind the sports hall, they do it for "
        "themselves, no adults involved.",
        (),
        False,
        None,
    ),
    # --- labour: conditions that stack without any word of force (NLA) -----------------------
    case(
        "nl_lab_stacked_no_force_word",
        "bij de wasstraat op het industrieterrein werken die jongens elke dag van 7 tot 9, zonder "
        "handschoenen in dat zeepsop, en ze slapen achter in de loods op matrassen",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "en_lab_stacked_no_force_word",
        "the lads at the packing shed work 14 hour shifts, never saw a payslip and they sleep in "
        "a portacabin behind the warehouse",
        (LAB,),
        False,
        "labour_inspectorate",
    ),
    case(
        "nl_ok_agency_house_fair",
        "Mijn buurman woont in een huis van het uitzendbureau en werkt in de kas, soms lange "
        "dagen. Ik dacht eerst aan uitbuiting, maar hij krijgt gewoon loon op zijn eigen rekening, "
        "heeft zijn paspoort zelf en kan opzeggen wanneer hij wil.",
        (),
        False,
        None,
    ),
]
