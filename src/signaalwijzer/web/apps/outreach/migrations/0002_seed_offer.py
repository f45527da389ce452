"""First content of the "Aanbod" page. Staff change it in the admin afterwards."""

from django.db import migrations

BLOCKS = [
    (
        10,
        "Wat wij doen",
        "What we do",
        "Mensenhandel zie je niet altijd meteen. Vaak zijn er kleine signalen. "
        "Wij leren professionals die signalen herkennen. En we leggen uit waar je een melding doet.\n\n"
        "Ons aanbod is voor mensen die in hun werk met anderen te maken hebben. Bijvoorbeeld in de "
        "zorg, het onderwijs, bij de gemeente, in een hotel of bij de bank.",
        "Human trafficking is not always easy to see. Often there are small signals. "
        "We teach professionals to recognise these signals. And we explain where to report.\n\n"
        "Our offer is for people who meet others in their work. For example in care, in schools, at "
        "the municipality, in a hotel or at a bank.",
    ),
    (
        20,
        "Bewustwordingssessie",
        "Awareness session",
        "In een bewustwordingssessie vertellen we wat mensenhandel is. We bespreken de drie vormen: "
        "seksuele uitbuiting, arbeidsuitbuiting en criminele uitbuiting.\n\n"
        "We laten voorbeelden zien uit het dagelijks werk. Zo weet je waar je op kunt letten. De "
        "sessie past goed in een teamoverleg of een studiedag.",
        "In an awareness session we explain what human trafficking is. We discuss the three forms: "
        "sexual exploitation, labour exploitation and criminal exploitation.\n\n"
        "We show examples from everyday work, so you know what to look out for. The session fits "
        "well into a team meeting or a study day.",
    ),
    (
        30,
        "Training signaleren en melden",
        "Training: recognising and reporting",
        "In de training oefen je met situaties uit de praktijk. Je leert signalen herkennen en "
        "wegen. En je oefent wat je daarna doet: met wie je overlegt en waar je meldt.\n\n"
        "De training is interactief. Deelnemers stemmen mee via hun telefoon. We passen de "
        "voorbeelden aan jullie werk aan.",
        "In the training you practise with real-life situations. You learn to recognise and weigh "
        "signals. And you practise what to do next: who to talk to and where to report.\n\n"
        "The training is interactive. Participants vote on their phones. We adapt the examples to "
        "your work.",
    ),
    (
        40,
        "VR-ervaring: seksuele en criminele uitbuiting",
        "VR experience: sexual and criminal exploitation",
        "Met een VR-bril kijk je door de ogen van iemand die wordt uitgebuit. Er is een ervaring over "
        "seksuele uitbuiting en een over criminele uitbuiting.\n\n"
        "Na de ervaring praten we samen na. Wat zag je? Wat voelde je? Wat kun jij doen? Een "
        "begeleider is er de hele tijd bij. De beelden kunnen heftig zijn. Je mag altijd stoppen.",
        "With a VR headset you see through the eyes of someone who is being exploited. There is one "
        "experience about sexual exploitation and one about criminal exploitation.\n\n"
        "Afterwards we talk it through together. What did you see? How did it feel? What can you "
        "do? A facilitator is there all the time. The images can be intense. You can always stop.",
    ),
    (
        50,
        "Aanvragen",
        "How to request",
        "Wil je een sessie, training of VR-ervaring voor je team? Vul het aanvraagformulier in. "
        "We nemen contact met je op om de details te bespreken.",
        "Would you like a session, training or VR experience for your team? Fill in the request "
        "form. We will contact you to discuss the details.",
    ),
]


def seed(apps, schema_editor):
    OfferBlock = apps.get_model("outreach", "OfferBlock")
    if OfferBlock.objects.exists():
        return
    for order, title_nl, title_en, body_nl, body_en in BLOCKS:
        OfferBlock.objects.create(
            order=order, title_nl=title_nl, title_en=title_en, body_nl=body_nl, body_en=body_en
        )


def unseed(apps, schema_editor):
    OfferBlock = apps.get_model("outreach", "OfferBlock")
    OfferBlock.objects.filter(title_nl__in=[b[1] for b in BLOCKS]).delete()


class Migration(migrations.Migration):
    dependencies = [("outreach", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
