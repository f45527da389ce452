"""Danger now, said the way people write it: a Dutch passive with the verb far at the end,
violence heard through a wall, someone tied or cuffed, an injury nobody may treat, a minor being
taken or streamed right now. Each has a look-alike that is not acute (past, habitual, harmless).
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

ACUTE = [
    "Er wordt op dit moment achter de loods een jongen door twee mannen geslagen.",
    "Ik hoor door de muur klappen en een vrouw die gilt.",
    "I can hear slapping through the wall and a girl crying next door.",
    "please he lock the door from outside and i can not go out",
    "A boy is handcuffed to a pipe in the basement of the shop.",
    "Er zit een jongen met tiewraps vastgemaakt aan de verwarming.",
    "He fell from the scaffolding an hour ago and the foreman won't call an ambulance.",
    "She has a high fever and an infected wound, and she cannot go to a doctor.",
    "Zijn hand is opgezwollen en ontstoken en de baas zegt dat hij niet naar een dokter mag.",
    "Mijn nichtje van 14 is net bij die oudere jongen in de auto gestapt, hij zei dat ze "
    "vannacht voor hem moet werken bij zijn vrienden.",
    "The man who pays my 15-year-old student for sex is waiting outside the school in his car "
    "right now.",
    "Op dit moment zit een meisje van 13 live op een webcamsite en een man geeft haar opdrachten.",
    "Right now a boy of about 12 is on a live stream and men are paying him to undress.",
    "Mijn zoon van 16 moet voor die mannen pakketjes rondbrengen en naar hun feestjes; hij is "
    "sinds vanmiddag weg en zijn telefoon staat uit.",
    "They lock us in at night and the boss took our shoes so we cannot run.",
    "My cousin says he is being held in a flat and he is not leaving until the debt is paid.",
    "His arm is cut open, he's bleeding badly and the boss refuses to take him to a hospital.",
    "Het meisje wordt vastgehouden in een kamer boven de zaak en mag pas weg als ze betaald heeft.",
    "The hotel guest brought a girl of about 14 and three men have gone up to his room; she is "
    "still up there right now.",
    "Een man nam een meisje van een jaar of 14 mee naar kamer 12 en er gaan steeds mannen naar "
    "binnen die hem betalen. Ze is nu nog boven.",
    "De man die de meisjes elke avond komt brengen is binnen en ik hoor geschreeuw en klappen.",
    "please he locked the door from outside, i am in the back room",
    "Op dit eigenste moment staat er een man met een mes in de kapsalon tegenover.",
    "Hij zit hier bij mij in de auto, hij is uit de kas gevlucht en die mannen rijden rond om hem "
    "te zoeken.",
    "Mijn buurmeisje van 14 stapt op dit moment in een auto bij drie mannen die haar geld geven.",
    "Ik sta voor het pand, binnen hoor ik een vrouw om hulp roepen en de man schreeuwt dat hij "
    "haar afmaakt.",
    "Er zijn op dit ogenblik drie kinderen alleen in dat huis met de wietplantage en er hangt een "
    "brandlucht.",
    "They are taking the kids to the train station to steal again and the little one has a broken "
    "arm.",
    "A woman just ran into our shop barefoot saying the men in the next street are coming after "
    "her.",
]
# Watching it happen, blocked help, someone knocking from inside, hunted, hurt and left.
ACUTE_MORE = [
    "Ik zie vanuit mijn raam hoe twee mannen een meisje aan haar haren naar een busje "
    "trekken, ze verzet zich.",
    "Hij stuurde me zojuist een appje: 'ze komen me halen, ik weet niet waarheen, help'.",
    "Mijn collega in de kas is flauwgevallen door de hitte en de ploegbaas wil niet dat we "
    "een ambulance bellen.",
    "De jongen die bij ons op de bank slaapt zegt dat die mannen hem vanavond komen afmaken "
    "omdat hij is weggelopen.",
    "Er staat al een uur een man voor de deur van het meisje van hiernaast te bonken en te "
    "schreeuwen dat ze moet opendoen.",
    "Mijn dochter van 15 zit nu bij een man in een hotelkamer, ze stuurde me de locatie en "
    "schrijft dat ze niet weg mag.",
    "Er zit een vrouw in de laadruimte van een vrachtwagen op de parkeerplaats, ik hoor haar "
    "kloppen, de chauffeur is weg.",
    "Ik ben opgesloten in de kelder van het restaurant, ik heb de telefoon van een collega, "
    "kom alsjeblieft.",
    "De mannen die de wietzolder runnen staan nu beneden met honkbalknuppels omdat er planten"
    " weg zijn, de jongen zit boven.",
    "Ze ligt al twee dagen met hoge koorts op een matras in de loods en niemand mag een "
    "dokter halen.",
    "Someone is banging on the container from inside at the port, it's the one with the open "
    "padlock, I can hear shouting.",
    "My housemate just got a call that if she doesn't come back to the club tonight they will"
    " hurt her little sister.",
    "A girl, maybe 13, is getting into the car of a man who has been messaging her on "
    "Snapchat, right outside the school gate.",
    "The boy who sells for them came to my door with a bleeding face, he says they are "
    "searching the street for him.",
    "She texted me from the bathroom of the massage place: they took her passport and the "
    "boss is shouting, she is scared he will hit her.",
    "We found a man lying behind the greenhouse, he can barely talk, his hands are burned and"
    " the owner told us to leave him.",
    "The workers are locked in the bus in the heat, the driver left an hour ago and they are "
    "knocking on the windows.",
    "My neighbour's nanny is crying on the balcony, her employer just slapped her and locked "
    "the door behind her.",
    "I'm outside the house where my cousin is kept, I can hear her screaming, what do I do?",
    "Two men are forcing a young woman into a van on the corner of my street as I type this.",
]
# Told in the present without a now-word: "is holding a knife", "er wordt ... getrapt".
ACUTE_PRESENT = [
    "My friend's phone location shows her at a truck stop in Belgium, she texted 'help they "
    "are moving us' an hour ago and now nothing.",
    "Er wordt aan de overkant een jongen in elkaar getrapt door drie mannen, het is de jongen"
    " die altijd voor ze uitkijkt.",
    "We can hear a child crying in the locked garage of the house where the cannabis is "
    "grown, nobody has been there since yesterday.",
    "Help, ik ben ontsnapt uit het huis waar ik moest werken, ik sta bij een tankstation en "
    "hun auto rijdt hier rond.",
    "Right this moment a man is holding a knife to the throat of a woman in the flat "
    "opposite, I'm on the phone with her sister.",
    "Mijn vriendin zit in een auto met twee mannen die haar naar een 'klant' brengen, ze appt"
    " dat ze niet wil en dat ze bang is.",
    "A worker fell into the machine at the meat plant, his arm is badly hurt, and the foreman"
    " is telling everyone to keep working and not call anyone.",
    "They just dragged a girl from the massage parlour back inside by her arm after she ran "
    "out, I'm across the road.",
    "Ik hoor door de vloer een vrouw gillen en iemand die slaat, dit is het appartement waar "
    "steeds andere mannen komen.",
    "My son (14) is sitting in the car of a guy who gives him drugs to sell, they are parked "
    "behind the school and he won't answer me.",
    "The man who runs the nail salon has the girls locked in the back, I can see them through"
    " the window banging on the door.",
    "Er ligt een bewusteloze man in de container achter de loods en de baas zegt dat we hem "
    "moeten laten liggen.",
]

NOT_ACUTE = [
    "Hij is vorig jaar een keer door zijn baas geslagen, nu werkt hij ergens anders.",
    "Vorige maand hoorde ik een keer geschreeuw bij de buren.",
    "He broke his arm last year and had to pay the hospital bill himself.",
    "Mijn dochter van 15 stapte net bij haar vader in de auto, ze gaan naar oma.",
    "Ze deed vorig jaar livestreams over make-up en verdiende wat met reclame.",
    "My son of 16 went to a party tonight and his phone is off, he always forgets to charge it.",
    "Last year they locked us in at night; now I have my own flat and a normal job.",
    "Now he wants my 15-year-old niece to do webcam shows for money, she told me last week.",
    "Elke avond hoor ik klappen bij de buren, al maanden.",
    "Hij moet eerst zijn werk afmaken voordat hij naar huis mag.",
    "Er hing gisteren een brandlucht omdat de buren een barbecue hadden.",
    "They are taking the kids to school, like every morning.",
    "Mijn buren hebben al dagen ruzie, ik hoor ze schreeuwen over geld, maar klappen hoor ik niet.",
    "We found an old bike lying behind the greenhouse and told the owner.",
    "Every day after school two kids take the train with the same backpack, and a man in a car "
    "gives them money when they come back.",
    "Een klasgenootje van 15 stuurt foto's naar een man en nu wil hij dat ze zijn vrienden "
    "ontmoet.",
    "The boy we caught stealing begged us not to call anyone because his boss would be angry.",
    "Ze is net ontsnapt uit het huis waar ze moest werken. Ze zit nu bij mij en ze is veilig.",
]


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("Het meisje van veertien heeft een oudere vriend die haar ophaalt.", True),
        ("The girl in the hotel room looked about fourteen.", True),
        ("Hij is pas zestien en moet voor ze rondrijden.", True),
        ("Een groep van vijftien mannen werkt in de kas.", False),
        ("About fifteen men work there in shifts.", False),
    ],
)
def test_ages_written_as_words(real_kb: KnowledgeBase, text: str, minor: bool) -> None:
    assert assess(kb=real_kb, text=text).minor is minor


@pytest.mark.parametrize("text", ACUTE + ACUTE_MORE + ACUTE_PRESENT)
def test_danger_now_is_acute(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.acute
    assert result.channel_ids[0] == "emergency"


@pytest.mark.parametrize("text", NOT_ACUTE)
def test_look_alikes_are_not_acute(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text).acute


# The rules alone (no learned layer), one mechanism per pair: each acute sentence has a
# look-alike that is past, tied to a condition without a moment, harmless or family.
RULES_ACUTE = [
    # A fist or a foot on the writer's own door, now.
    "Ze trappen nu tegen mijn voordeur en schreeuwen dat ik open moet doen.",
    "Two guys are hammering on our front door right now and yelling my name.",
    # An ultimatum with a deadline in minutes, also after "niet" / "don't".
    "Hij appt dat hij boven komt als ik niet binnen tien minuten in de auto zit.",
    "He says he'll stab me if I don't come down in 5 min.",
    # A threat in a contraction, with a moment of its own.
    "They told my cousin they'll break his arms tonight if the money isn't there.",
    "They said don't go to a doctor or they'll hurt my little brother, and I have had a fever "
    "since this morning.",
    # Kept or sold for men tonight.
    "Zijn baas zei dat ze hem vanavond gaan verkopen aan een andere ploeg.",
    "Mijn nichtje van 14 appte net dat ze vannacht moet blijven voor zijn vrienden.",
    # A cry for help without a voice.
    "Een meisje schreef net met lippenstift 'help' op de spiegel van de wc en zit nu weer in "
    "het busje.",
    "The boy in the van is mouthing 'help' at me through the window right now.",
    # Pulled by the arm, chased, help refused in the words of the one who refuses it.
    "Right now a man is pulling her by her arm towards his car.",
    "Ze is net weggelopen en er rijdt een auto achter haar aan.",
    "De voorman staat nu aan de balie en roept 'geen ziekenhuis', de man bloedt uit zijn hand.",
    # A wound still to be stitched is no sign of safety.
    "De vrouw heeft een snee die gehecht moet worden en haar pooier staat nu in de wachtkamer "
    "en zegt dat ze nu meteen mee moet.",
]
RULES_NOT_ACUTE = [
    "Vorige week bonkten ze op mijn deur, nu is het rustig.",
    "De buurman klopte net op mijn deur om suiker te lenen.",
    "The neighbours are having a loud quarrel next door right now.",
    "If he ever stops working for them, they'll break his legs.",
    "Now he keeps my card and says he'll hurt me if I stop.",
    "Als ik stop zegt hij dat zijn vrienden me komen halen.",
    "Hij gaat vanavond zijn auto verkopen aan een vriend.",
    "My daughter has to stay the night at the hospital tonight.",
    "My daughter wrote 'help me' in her diary last year.",
    "She wrote to me for help with her tax forms today.",
    "Last week a man pulled her by the arm outside the club.",
    "Vorig jaar liep er een man achter haar aan.",
    "Mijn vader komt me vanavond halen van het station.",
    "Mijn dochter van 15 wordt vanavond door haar vader opgehaald.",
    "Hij is gisteren binnengebracht met een snee, de wond is gehecht en hij slaapt nu.",
]


@pytest.mark.parametrize("text", RULES_ACUTE)
def test_rules_alone_see_danger_now(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute


@pytest.mark.parametrize("text", RULES_NOT_ACUTE)
def test_rules_alone_leave_look_alikes(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text, learned=False).acute


# Being taken away now against one's will, and a minor in a room where men come to her: the rules
# alone. Each acute sentence needs a ride or a room told in the present AND the taken person's
# refusal or fear, or grown men; the look-alikes have one without the other, or are past,
# conditional or family.
TAKEN_ACUTE = [
    # A ride now, and the one in the car does not want to go.
    "Ik zit nu achterin zijn busje, hij zegt dat we naar België gaan. Ik wil niet mee, ik wil "
    "naar huis.",
    "I'm in the back of their van right now, they say we are going to a farm in France. I want "
    "to get out but they won't stop.",
    "My sister texted me just now: he is driving her to the airport and she is scared, she says "
    "she has no choice.",
    "Mijn vriendin wordt vannacht door haar vriend meegenomen naar Turkije, ze appte net dat ze "
    "niet wil maar geen keus heeft.",
    # A minor in a room with a grown man now, or men going up to her one after another.
    "Een meisje van een jaar of 14 ging een uur geleden met een man van 50 naar boven. Net vroeg "
    "weer een andere man naar zijn kamernummer.",
    "A girl who looks 13 went up with a man in his forties an hour ago. Just now another man "
    "asked for his room and went up.",
    "Ik werk op de receptie. Een meisje van 15 is nu naar boven met een oudere man die contant "
    "betaalde.",
    "The night porter says a boy of about 14 is still up there with two men who checked in an "
    "hour ago.",
]
TAKEN_NOT_ACUTE = [
    # A school trip by bus now: a ride, tired or nervous children, no one taken.
    "We zitten nu met de hele klas in de bus naar Parijs, de kinderen zijn moe en willen naar "
    "huis.",
    "Our class is on the school bus to the zoo right now and one boy is scared of the lions.",
    "My son (12) is on the school bus to camp right now, he is a bit scared and wants to go home.",
    # A daughter driven home by her father.
    "Mijn dochter van 14 zit nu in de auto bij haar vader, hij brengt haar naar huis. Ze is bang "
    "voor het onweer.",
    "My daughter is in the car with her dad right now, he is driving her home and she is scared "
    "of the storm.",
    # The past.
    "Last year he drove me to Germany in the back of his car, I wanted to go home.",
    "Vorig jaar zat ik achterin zijn auto op weg naar Duitsland, ik wilde naar huis.",
    "Two years ago a 15-year-old girl went up to a hotel room with a man, other men came later.",
    # "If he ever ...".
    "If he ever takes me to Germany in his car, I will be scared and want to go home.",
    "Als hij me ooit meeneemt naar Duitsland ben ik bang.",
    # Going home worried, a teenager upstairs with friends, family at a hotel, workmen.
    "Ik zit nu in de trein naar huis en ik ben bang dat ik mijn aansluiting mis.",
    "Mijn dochter van 15 is nu naar boven met haar vriendinnen, straks komen er nog meer "
    "vriendinnen slapen.",
    "My 14-year-old checked in with her father at the hotel just now, her uncle is coming later.",
    "Onze zoon van 13 is nu boven in zijn kamer, de mannen van de verhuizing lopen nog heen en "
    "weer.",
]


@pytest.mark.parametrize("text", TAKEN_ACUTE)
def test_rules_alone_see_someone_taken_now(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute


@pytest.mark.parametrize("text", TAKEN_NOT_ACUTE)
def test_rules_alone_leave_rides_and_rooms_that_are_no_danger(
    real_kb: KnowledgeBase, text: str
) -> None:
    assert not assess(kb=real_kb, text=text, learned=False).acute


# How people write a moment and a count: "een jaar of 15" is an age and "een man of 12" a count;
# "komt over een half uur terug" has its moment inside; hiding to write is fear now; a case a
# court has dealt with is over unless a now-word says otherwise; a minor fetched tonight to keep
# his friends "company" for money.
MOMENT_ACUTE = [
    "Er ligt hier in de gang een jongen van een jaar of 15 te bloeden, hij zegt dat hij gestoken "
    "is omdat hij het pakketje kwijt is.",
    "De voorman heeft onze paspoorten en komt over een half uur terug, dan moeten we met hem mee "
    "naar een andere boerderij.",
    "I'm hiding in the staff toilet to write this, he says a man will pick me up tonight and "
    "drive me to Germany.",
    "Ik verstop me op de wc van de zaak, de eigenaar zegt dat ik vannacht door een vriend van hem "
    "word opgehaald.",
    "He was convicted of this last year, but right now he is standing at her door with a knife.",
    # A threat tied to a condition, with a deadline within hours in the sentence next to it.
    "A man is coming to this flat in half an hour. He said if I don't open the door for him he "
    "will hurt me.",
    # "keeps the key" holds it; it is no habit that would put the locked door in the past.
    "I'm in a flat above the shop, the door is locked and he keeps the key. He is asleep in the "
    "next room now.",
    "Ons pleegkind van 15 zegt dat ze om 11 uur vanavond wordt opgehaald door een kerel van 25, ze "
    "moet dan een paar van zijn vrienden gezelschap houden en krijgt er geld voor.",
    "The girl next door is 14 and told me a man of 30 is collecting her tonight at 10, she has to "
    "keep some of his mates company and gets 50 pounds for it.",
    "Our neighbour's girl told me she's 14. A man of 30 picks her up tonight at 10 and she has to "
    "be nice to his friends to repay the phone he gave her.",
]
MOMENT_NOT_ACUTE = [
    "De rechtbank in Zwolle heeft een man veroordeeld tot vier jaar cel. Hij hield drie vrouwen "
    "opgesloten in een woning en nam hun paspoorten af.",
    "The court sentenced the owner to six years: the back door of the salon was chained at night "
    "and the women slept on the massage tables.",
    "Bij ons in het huis wonen een man of 12, ze worden elke ochtend om 5 uur opgehaald.",
    "My neighbour's friends come over for dinner tonight, she keeps them company and they pay for "
    "the food.",
    "Tonight we have a birthday party for my son. Last year the neighbour said if we made noise "
    "again he would hit us.",
]


@pytest.mark.parametrize("text", MOMENT_ACUTE)
def test_rules_alone_see_moments_as_people_write_them(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute


@pytest.mark.parametrize("text", MOMENT_NOT_ACUTE)
def test_rules_alone_leave_closed_cases_and_counts(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text, learned=False).acute


def test_a_man_of_twelve_is_a_count_and_a_year_of_fifteen_an_age(real_kb: KnowledgeBase) -> None:
    assert not assess(kb=real_kb, text=MOMENT_NOT_ACUTE[2], learned=False).minor
    assert assess(kb=real_kb, text=MOMENT_ACUTE[0], learned=False).minor
    assert assess(kb=real_kb, text=MOMENT_ACUTE[-1], learned=False).minor  # "she's 14"


@pytest.mark.parametrize("text", MOMENT_ACUTE[-3:])
def test_a_minor_keeping_his_friends_company_for_money_is_sexual_exploitation(
    real_kb: KnowledgeBase, text: str
) -> None:
    assert "sexual_exploitation" in assess(kb=real_kb, text=text, learned=False).form_ids


# --- the body in trouble, a deadline inside a condition, family as the target ----------------

BODY_AND_DEADLINE_ACUTE = [
    # Blue lips and breath said in the present carry their own moment.
    "Mijn collega is in de kas flauwgevallen van het spuiten, zijn lippen zien blauw. De baas "
    "zegt dat we door moeten werken.",
    "The man at the back of the van can't breathe properly, his lips are going blue and the driver "
    "won't stop.",
    "Hij heeft me met een stok geslagen, ik kan bijna niet ademen en het doet pijn als ik zit.",
    # A "niet" inside the condition does not deny its deadline; family is who is threatened.
    "Als het geld niet om 6 uur bij hem is, gaat hij langs bij mijn moeder. Hij weet waar ze "
    "woont.",
    "If the package is not at the station at 5, they'll come for my little brother, they said.",
    # Shut in from outside; the time said by the clock or the phone.
    "They took our phones and the door is barred from outside, nobody comes before Monday.",
    "Mijn zusje van 14 moest vanavond met een man van 35 en zijn vrienden mee, voor geld. Het is "
    "inmiddels half 12 en ze neemt niet op.",
]
BODY_AND_DEADLINE_NOT_ACUTE = [
    # The same words, over or without a moment.
    "Vorig jaar is mijn collega in de kas flauwgevallen, hij had blauwe lippen. Nu gaat het goed.",
    "When I was little I had asthma and sometimes couldn't breathe at night.",
    "Als ik niet om 6 uur thuis ben, gaat mijn vader altijd langs bij mijn moeder om te vragen "
    "waar ik ben.",
    "We moeten morgen mee met de schoolreis naar Antwerpen, niemand wil eigenlijk.",
    "Mijn telefoon heeft nog 5 batterij, ik bel je morgen terug over de verjaardag van oma.",
]


@pytest.mark.parametrize("text", BODY_AND_DEADLINE_ACUTE)
def test_rules_alone_see_a_body_in_trouble_and_deadlines(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute


@pytest.mark.parametrize("text", BODY_AND_DEADLINE_NOT_ACUTE)
def test_rules_alone_leave_the_same_words_without_danger(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text, learned=False).acute


# --- what is no emergency although it sounds like one; what is one although it is told calmly --

CALM_BUT_ACUTE = [
    # An idiom of a threat with its moment; a blow "just" now; someone hurt who cannot get up.
    "The man with her whispered that when they get home tonight he'll finish what he started.",
    "The guy who brings the boy to beg just kicked him because the cup was empty, he's lying on "
    "the pavement.",
    "They beat the new worker when he tried to leave, he cannot stand up and nobody called a "
    "doctor.",
    "Ze gaat morgenvroeg met hem mee naar het buitenland en hij zei dat hij haar kapotmaakt als ze "
    "iets zegt. Ze zit nu bij hem in de auto.",
    # A blow told in the past right after the moment the writer set.
    "Op dit moment zetten twee mannen mijn neefje van 14 in een auto. Ze duwden hem erin, hij "
    "huilde.",
]
SOUNDS_ACUTE_BUT_NOT = [
    # Asking what to do, a general question, a professional who says nobody is in danger.
    "Ik werk al een jaar zonder loon bij een kapper en de baas houdt mijn paspoort. Wat moet ik nu "
    "doen?",
    "How do you know if it is an emergency? Do you call 112 or the police if someone is locked in?",
    "Wij zien al maanden signalen bij dit bedrijf, maar niemand is op dit moment in gevaar.",
    # A "now" in what someone says, a denial after the verb, goods in a boot, a blow in the past.
    "He told the boys they work for him now. One of them has a broken arm he won't explain.",
    "Hij slaat me niet, maar ik mag niet zonder hem naar buiten.",
    "Ik moet voor de baas naar Duitsland rijden met dozen in de kofferbak, ik weet niet wat erin "
    "zit.",
    "Gisteravond sloeg de buurman met deuren en zijn vrouw huilde. Nu logeert hij bij zijn broer.",
    "We took her phone off her and she's at home tonight with us.",
]


@pytest.mark.parametrize("text", CALM_BUT_ACUTE)
def test_rules_alone_see_danger_told_calmly(real_kb: KnowledgeBase, text: str) -> None:
    assert assess(kb=real_kb, text=text, learned=False).acute


@pytest.mark.parametrize("text", SOUNDS_ACUTE_BUT_NOT)
def test_rules_alone_leave_what_only_sounds_like_danger(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text, learned=False).acute
