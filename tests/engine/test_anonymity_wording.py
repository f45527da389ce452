"""More ways people say they want to stay out of a report: the risk of being named, someone
finding out who told, being linked to it, and fear of one person who knows where they work. The
sentences are written for these tests; the look-alikes must stay named reports."""

from __future__ import annotations

import pytest

from signaalwijzer.engine import assess
from signaalwijzer.knowledge import KnowledgeBase

LABOUR_NL = "De baas houdt hun paspoorten en ze krijgen geen loon. "
LABOUR_EN = "The boss keeps their passports and they get no wages. "


@pytest.mark.parametrize(
    "text",
    [
        LABOUR_EN + "Please no my name, he knows I am his friend.",
        LABOUR_EN + "I cannot risk my name being attached to this.",
        LABOUR_EN + "They must never find out it was us who called.",
        LABOUR_EN + "If you go there, please do not say it was me.",
        LABOUR_EN + "Nobody should know that we were the ones who told.",
        LABOUR_EN + "I really can't be linked to this report.",
        LABOUR_EN + "He knows where I work, so I want to stay out of it.",
        LABOUR_NL + "Het mag echt niet uitkomen dat ik dit doorgeef.",
        LABOUR_NL + "Ik wil er niet mee in verband gebracht worden.",
        LABOUR_NL + "Die man weet waar ik werk, ik wil geen problemen met hem.",
        LABOUR_NL + "Zeg alsjeblieft niet dat wij het waren.",
        LABOUR_NL + "Als hij hoort dat wij gebeld hebben, zijn we de sjaak.",
        LABOUR_NL + "Ik wil niet dat mijn naam in een dossier komt.",
        LABOUR_NL + "Mijn naam liever niet op papier, ik woon naast ze.",
        LABOUR_NL
        + "De collega's willen niet dat hun namen vallen en ik wil zelf niet in beeld komen.",
        LABOUR_EN + "Please do not link this report to our shop.",
        # Said through a denial ("can't", "mag niemand"), a door, or a company name.
        LABOUR_EN + "I cannot have my name on any paperwork about this.",
        LABOUR_EN + "Do not tie my name to it, please.",
        LABOUR_EN + "We don't want our shop name connected with this.",
        LABOUR_EN + "Whatever happens, my name must never come up.",
        LABOUR_EN + "Please keep our restaurant name out of it.",
        LABOUR_EN + "Don't pass on my number to anyone.",
        LABOUR_EN + "Please don't say who reported it.",
        LABOUR_EN + "I'd rather not be known as the person who called you.",
        LABOUR_EN + "Do not tell anybody I spoke with you about this.",
        LABOUR_EN + "He lives two doors down, he'd know who rang straight away.",
        LABOUR_EN + "I don't want them knocking on my door at night.",
        LABOUR_NL + "Het mag echt niemand weten dat dit van ons komt.",
        LABOUR_NL + "Mijn buurman wil absoluut niet genoemd worden.",
        LABOUR_NL + "Hij mag nooit horen wie er gebeld heeft.",
        LABOUR_NL + "Ik wil niet dat die man weet wie het was.",
        LABOUR_NL + "Ik wil nie da ze weten da wij dit doorgeven.",
        LABOUR_NL + "Ik wil niet dat ze straks bij ons aanbellen.",
        LABOUR_NL + "Ik wil er zelf liever buiten blijven.",
        LABOUR_EN + "I really don't want the foreman to know I told you.",
        LABOUR_EN + "Nobody at the club can know it came from us.",
        LABOUR_NL + "Mijn naam en die van de zaak mogen nergens genoemd worden.",
    ],
)
def test_wish_to_stay_out_of_it(real_kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=real_kb, text=text)
    assert result.anonymous
    assert result.channel_ids[0] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        LABOUR_EN + "It was me who found him crying behind the shed.",
        LABOUR_EN + "My name is on the lease, so I can show you the flat.",
        LABOUR_NL + "Ik werk daar zelf ook, dus ik zie het elke dag.",
        LABOUR_NL + "Wij waren het die de politie belden, vorige week al.",
        LABOUR_EN + "I know where he works: the car wash on the ring road.",
        LABOUR_EN + "I asked her about it discreetly at the counter and she told me everything.",
        # A professional quoting a client's fear is not asking to stay unnamed themselves.
        "Schuldhulpverlener. Mijn cliënt zegt dat een man zijn bankpas heeft en dat hij niet kan "
        "weigeren, 'want ze weten waar ik woon'.",
    ],
)
def test_named_reports_stay_named(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text).anonymous


@pytest.mark.parametrize(
    ("text", "perspective"),
    [
        (
            "Taxi driver here. At night I drive a group of men from a meat plant to a house; "
            "they told me the agency keeps their passports and pays them almost nothing.",
            "bystander",
        ),
        (
            "I am a truck driver, my boss has my passport and I drive too many hours, I sleep "
            "in the cabin and get 800 a month.",
            "victim",
        ),
        # "told me they work" is no "I work": "me" is not the subject.
        (
            "I help out at the food bank. A man in the queue told me they work in the greenhouses "
            "and have not been paid for two months.",
            "bystander",
        ),
    ],
)
def test_a_driver_who_tells_what_passengers_said_is_no_victim(
    real_kb: KnowledgeBase, text: str, perspective: str
) -> None:
    assert assess(kb=real_kb, text=text).perspective == perspective


# The same words in a sentence that is not about the writer's name.
@pytest.mark.parametrize(
    "text",
    [
        LABOUR_EN + "She did not say who sent her to the farm.",
        LABOUR_EN + "I put my name on the list for the food bank.",
        LABOUR_EN + "My name is linked to the club where they train.",
        LABOUR_EN + "The company name is painted on the van.",
        LABOUR_NL + "Ik weet niet wie het was, ik zag alleen een busje.",
        LABOUR_NL + "Het meisje mag niet weten wie haar vader is, zegt de moeder.",
        LABOUR_NL + "De kinderen moeten er buiten blijven spelen tot de baas weg is.",
        LABOUR_NL + "Hij belt bij ons aan om de sleutel van de schuur te halen.",
        LABOUR_EN + "The money for the rent comes from us, his parents.",
        LABOUR_NL + "Zijn naam staat nergens, ook niet op de deur van de zaak.",
    ],
)
def test_denials_about_other_things_stay_named(real_kb: KnowledgeBase, text: str) -> None:
    assert not assess(kb=real_kb, text=text).anonymous
