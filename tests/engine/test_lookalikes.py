"""Look-alikes explained in the text: no form, next to a real counterpart that keeps its form.

Expectations follow ``shared/eval/GUIDELINES.md`` (benign hard negatives): a situation that shares
words with a signal but comes with its explanation is not trafficking. The explanations are said
in general ways that the knowledge base recognises (``benign`` in ``lexicon.toml``):

- self-determination: own papers, own clients and rates, a job found oneself, pocket money earned;
- nobody behind it: "niemand die hem stuurt of bedreigt", "nobody pushes or threatens him";
- a hedge or a mention, not a description: "ik vroeg me af of iemand haar uitbuit", "you hear so
  much about drug runners";
- a figure of speech ("mijn baas vermoordt me nog"), a game ("locked in a level"), a passport
  only copied and handed back, a normal hourly wage.

The sentences are our own. Each look-alike has a counterpart with the same words used for real,
so a fix cannot simply switch the signal off.
"""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

SEX = "sexual_exploitation"
LAB = "labour_exploitation"
CRIM = "criminal_exploitation"

# (id, look-alike that gives no form, real counterpart, form the counterpart must give)
PAIRS: list[tuple[str, str, str, str]] = [
    (
        "nl_nobody_sends_or_threatens",
        "Mijn neef van 22 verkoopt wiet aan vrienden. Er is niemand die hem stuurt of bedreigt, "
        "hij doet het voor zichzelf.",
        "Mijn neef van 16 verkoopt wiet voor oudere jongens. Ze bedreigen hem en hij moet al het "
        "geld afdragen.",
        CRIM,
    ),
    (
        "en_nobody_pushes_or_threatens",
        "My cousin sells a bit of weed at parties. Nobody pushes or threatens him, he keeps what "
        "he makes.",
        "My cousin (15) has to sell weed for older guys. They threaten him and take all the money.",
        CRIM,
    ),
    (
        "en_nobody_takes_or_keeps",
        "He works at the car wash; nobody takes his passport or keeps his wages, he has a "
        "contract.",
        "Nobody helps him or pays him: the car wash boss keeps his passport and his wages.",
        LAB,
    ),
    (
        "nl_nobody_controls_or_locks_in",
        "Mijn broer werkt in de bouw en er is niemand die hem controleert of opsluit, hij gaat "
        "elke avond naar huis.",
        "Mijn broer werkt in de bouw, de baas sluit hem 's nachts op in de keet en houdt zijn "
        "paspoort.",
        LAB,
    ),
    (
        "nl_own_papers",
        "Mijn buurvrouw is haar baan bij het uitzendbureau kwijt en is bang voor de toekomst. Ze "
        "heeft haar eigen papieren en zoekt gewoon nieuw werk.",
        "De baas van het uitzendbureau heeft haar papieren en ze is bang om weg te gaan. Ze werkt "
        "elke dag 12 uur in de kas.",
        LAB,
    ),
    (
        "en_own_papers",
        "He lost his job at the agency and had to leave the agency house. He is afraid, has debts, "
        "and he has his own papers; he is looking for a room.",
        "The agency boss keeps his papers and he is scared to leave. He works 14 hours a day in "
        "the warehouse for almost nothing.",
        LAB,
    ),
    (
        "nl_wondered_whether_exploited",
        "Mijn broer werkt 's nachts in een bakkerij. Ik vroeg me af of iemand hem uitbuit, maar "
        "hij heeft de baan zelf gevonden en krijgt een loonstrook.",
        "Mijn broer wordt uitgebuit in een bakkerij: de baas houdt zijn paspoort en betaalt hem "
        "niets.",
        LAB,
    ),
    (
        "en_wondered_whether_exploited",
        "She cleans offices at night. I wondered whether someone exploits her, but she found the "
        "job herself and is paid into her own account.",
        "Her boss exploits her: he keeps her passport and she cleans 14 hours a day without pay.",
        LAB,
    ),
    (
        "en_phone_checked_nothing_about_money_or_sex",
        "Her boyfriend reads her messages and that worries me. But there is nothing about money "
        "or sex with other men, she has her own job and her own bank account.",
        "Her boyfriend reads her messages, sends her to men in hotels and keeps all the money she "
        "makes.",
        SEX,
    ),
    (
        "nl_self_employed_own_clients",
        "Onze glazenwasser werkt zwart bij drie huizen per dag, 16 euro per uur. Een buurvrouw "
        "denkt dat hij wordt uitgebuit, maar hij regelt alles zelf: eigen klanten, zelf zijn "
        "tarief, en hij zegt nee als het hem niet uitkomt.",
        "Onze glazenwasser werkt bij tien huizen per dag voor 3 euro per uur. De baas houdt zijn "
        "paspoort en hij mag niet stoppen.",
        LAB,
    ),
    (
        "en_teen_sells_weed_for_pocket_money",
        "A 16-year-old on our street sells weed to classmates. He lives with his parents, nobody "
        "is behind him, he is just making pocket money.",
        "A 16-year-old girl from our street was sold to men in a hotel by an older guy.",
        SEX,
    ),
    (
        "nl_mention_of_drug_runners",
        "Mijn zoon van 16 fietst 's avonds met een grote tas rond. Je hoort zoveel over "
        "drugsrunners, maar hij bezorgt maaltijden via een app op zijn eigen naam.",
        "Mijn zoon van 15 is drugsrunner voor oudere jongens. Hij moet pakketjes rondbrengen en "
        "durft niet te stoppen.",
        CRIM,
    ),
    (
        "en_mention_of_drug_runners",
        "You hear so much about drug runners that I worried when my son started delivering "
        "pizzas, but he works for the pizzeria with a contract.",
        "My son (15) works as a drug runner for older boys who threaten him if he stops.",
        CRIM,
    ),
    (
        "nl_figure_of_speech_kill",
        "Mijn vrouw zegt steeds 'mijn baas vermoordt me nog' omdat ze overuren maakt. Die worden "
        "gewoon uitbetaald en ze heeft straks drie weken vakantie.",
        "Zijn baas zei dat hij hem vermoordt als hij naar de politie gaat. Hij werkt 14 uur per "
        "dag op de bouw zonder loon.",
        LAB,
    ),
    (
        "en_figure_of_speech_kill",
        "I always say my boss is going to kill me if I'm late again. I work at the factory and my "
        "daughter is now scared for me.",
        "The boss said he will kill me if I go to the police. I work 14 hours a day on the farm "
        "and get no pay.",
        LAB,
    ),
    (
        "en_passport_copied_by_hr",
        "HR took my passport to copy it for the work permit. I got it back the same afternoon.",
        "My boss took my passport and I only get it back when my debt for the job is paid off. I "
        "work 12 hours a day in his restaurant.",
        LAB,
    ),
    (
        "nl_passport_copied_by_hr",
        "Personeelszaken nam mijn paspoort mee om te kopiëren voor mijn werkvergunning. Ik kreeg "
        "het dezelfde middag terug.",
        "De boer heeft mijn paspoort ingenomen en ik krijg het pas terug als mijn schuld is "
        "afbetaald. Ik werk elke dag 12 uur in de kas.",
        LAB,
    ),
    (
        "nl_locked_in_a_game_level",
        "Mijn zoon van 8 zit 'opgesloten' in een level van Minecraft. Hij is boos op de baas in "
        "het spel omdat hij steeds verliest.",
        "Mijn buurjongen van 14 zit opgesloten in een schuur en moet voor oudere jongens wiet "
        "knippen.",
        CRIM,
    ),
    (
        "en_locked_in_a_game_level",
        "My son (10) says he is locked in a level of the game and is scared of the boss there.",
        "My neighbour's son (14) is locked in a flat where older men make him pack drugs.",
        CRIM,
    ),
    (
        "en_school_project_asks_if_exploited",
        "My daughter did a school project on human trafficking and now asks if her friend is "
        "exploited. Her friend just works at a bakery with a contract.",
        "Her friend is exploited at a bakery: the owner keeps her passport and pays her nothing.",
        LAB,
    ),
    (
        "en_joke_locked_in_the_office",
        "My brother jokes that his boss keeps him locked in the office until the report is done, "
        "but he goes home at 5 every day.",
        "The boss keeps the workers locked in the warehouse at night and takes their passports.",
        LAB,
    ),
    (
        "nl_joke_locked_in_by_the_boss",
        "Mijn broer grapt dat zijn baas hem opsluit tot het rapport af is, maar hij gaat elke dag "
        "om vijf uur naar huis.",
        "De baas sluit de arbeiders 's nachts op in de loods en heeft hun paspoorten ingenomen.",
        LAB,
    ),
    (
        "en_forced_to_do_chores_by_parents",
        "My teen says he is 'forced' to do chores by us, his parents, lol.",
        "The host family forces the au pair to clean 14 hours a day and keeps her passport.",
        LAB,
    ),
    (
        "en_slave_labour_said_loosely",
        "My internship is basically slave labour lol, but I get paid and can quit whenever.",
        "They treat us like slaves: we work 14 hours a day and the boss keeps our passports.",
        LAB,
    ),
    (
        "nl_slavenarbeid_said_loosely",
        "Mijn stage is echt slavenarbeid haha, maar ik krijg gewoon een stagevergoeding en kan "
        "stoppen wanneer ik wil.",
        "Het is slavenarbeid: we werken 14 uur per dag en de baas houdt onze paspoorten.",
        LAB,
    ),
    (
        "nl_not_sure_whether_exploitation",
        "Ik weet niet of dit uitbuiting is: mijn nicht helpt na school mee in de snackbar van haar "
        "ouders.",
        "Ik weet niet of dit uitbuiting is: hij werkt 14 uur per dag in de kas, de baas houdt zijn "
        "paspoort en hij krijgt 3 euro per uur.",
        LAB,
    ),
    (
        "en_read_what_traffickers_do",
        "I read that traffickers take passports. My Polish colleague still has his, the agency "
        "never asked for it.",
        "The agency took his passport and he works 14 hours a day for 3 euros an hour.",
        LAB,
    ),
    (
        "en_drug_runner_in_a_game",
        "My son plays GTA and says he's a drug runner in the game, should I worry?",
        "My son (14) is a drug runner for older boys, they send him to other towns with packages.",
        CRIM,
    ),
    (
        "nl_joke_about_being_exploited",
        "Ze zegt voor de grap dat haar baas haar uitbuit omdat ze op zaterdag moet werken, maar ze "
        "verdient prima.",
        "Haar baas buit haar uit: ze werkt 70 uur per week zonder loon en hij heeft haar paspoort.",
        LAB,
    ),
    (
        "en_everyone_talks_about_loverboys",
        "Everyone talks about loverboys these days, so when my daughter got a boyfriend I worried, "
        "but he is her classmate and they just go to the cinema.",
        "My daughter (15) has a much older boyfriend who takes her to hotels to meet his friends "
        "for money.",
        SEX,
    ),
    (
        "en_boss_will_kill_me_over_a_deadline",
        "My boss will literally kill me if I miss another deadline, lol.",
        "My boss said he will kill me if I tell anyone. I work 14 hours a day in his restaurant "
        "and he keeps my passport.",
        LAB,
    ),
    (
        "nl_probably_exploited_said_a_neighbour",
        "Iemand in de buurtapp zei dat onze schoonmaker vast wordt uitgebuit. Maar hij heeft een "
        "vast contract, eigen klanten en zegt nee als het hem niet uitkomt.",
        "Onze schoonmaker zit vast bij zijn baas: die heeft zijn paspoort afgepakt en hij krijgt "
        "al maanden geen loon.",
        LAB,
    ),
]


@pytest.mark.parametrize(
    ("case_id", "look_alike", "real", "form"), PAIRS, ids=[p[0] for p in PAIRS]
)
def test_look_alike_gives_no_form(
    real_kb: KnowledgeBase, case_id: str, look_alike: str, real: str, form: str
) -> None:
    result = assess(kb=real_kb, text=look_alike)
    assert [f.form_id for f in result.forms] == [], case_id


@pytest.mark.parametrize(
    ("case_id", "look_alike", "real", "form"), PAIRS, ids=[p[0] for p in PAIRS]
)
def test_real_counterpart_keeps_its_form(
    real_kb: KnowledgeBase, case_id: str, look_alike: str, real: str, form: str
) -> None:
    result = assess(kb=real_kb, text=real)
    assert form in {f.form_id for f in result.forms}, case_id
