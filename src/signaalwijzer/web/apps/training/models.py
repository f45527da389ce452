"""Training content (scenarios) and live sessions.

Scenario rows are an editable copy of the shipped data files (``load_scenarios``); trainers adapt a
scenario by copying it. A live session keeps a JSON snapshot of its scenario, so editing a
scenario never changes a session that is running or the meaning of answers already given.
Sessions, participants and answers are deleted after ``TRAINING_RETENTION_DAYS``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Scenario(models.Model):
    class Origin(models.TextChoices):
        SHIPPED = "shipped", _("Meegeleverd")
        CUSTOM = "custom", _("Eigen versie")

    slug = models.SlugField(_("code"), max_length=80, unique=True)
    version = models.PositiveIntegerField(_("versie"), default=1)
    origin = models.CharField(_("herkomst"), max_length=10, choices=Origin, default=Origin.CUSTOM)
    forms = models.JSONField(_("vormen"), default=list, blank=True)
    title_nl = models.CharField(_("titel (NL)"), max_length=200)
    title_en = models.CharField(_("titel (EN)"), max_length=200)
    summary_nl = models.TextField(_("samenvatting (NL)"))
    summary_en = models.TextField(_("samenvatting (EN)"))
    debrief_nl = models.TextField(_("nabespreking (NL)"))
    debrief_en = models.TextField(_("nabespreking (EN)"))
    is_published = models.BooleanField(_("zichtbaar voor deelnemers"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title_nl"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenario's")
        permissions = [("run_livesession", _("Kan een live sessie leiden"))]

    def __str__(self) -> str:
        return self.title_nl


class Scene(models.Model):
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="scenes")
    key = models.SlugField(_("code"), max_length=60)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    title_nl = models.CharField(_("titel (NL)"), max_length=200)
    title_en = models.CharField(_("titel (EN)"), max_length=200)
    situation_nl = models.TextField(_("situatie (NL)"))
    situation_en = models.TextField(_("situatie (EN)"))
    illustration = models.CharField(_("afbeelding"), max_length=100, blank=True)
    illustration_svg = models.TextField(_("afbeelding (SVG)"), blank=True)
    illustration_alt_nl = models.TextField(_("beschrijving afbeelding (NL)"), blank=True)
    illustration_alt_en = models.TextField(_("beschrijving afbeelding (EN)"), blank=True)

    class Meta:
        ordering = ["scenario", "position"]
        verbose_name = _("scène")
        verbose_name_plural = _("scènes")
        constraints = [
            models.UniqueConstraint(fields=["scenario", "key"], name="training_scene_unique_key")
        ]

    def __str__(self) -> str:
        return self.title_nl


class _Choice(models.Model):
    scene = models.ForeignKey(Scene, on_delete=models.CASCADE)
    key = models.SlugField(_("code"), max_length=60)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    feedback_nl = models.TextField(_("feedback (NL)"))
    feedback_en = models.TextField(_("feedback (EN)"))

    class Meta:
        abstract = True
        ordering = ["scene", "position"]

    def __str__(self) -> str:
        return self.key


class Observation(_Choice):
    text_nl = models.CharField(_("waarneming (NL)"), max_length=300)
    text_en = models.CharField(_("waarneming (EN)"), max_length=300)
    is_signal = models.BooleanField(_("is een signaal"), default=False)
    indicators = models.JSONField(_("signalen (ids)"), default=list, blank=True)

    class Meta(_Choice.Meta):
        verbose_name = _("waarneming")
        verbose_name_plural = _("waarnemingen")


class ActionOption(_Choice):
    text_nl = models.CharField(_("keuze (NL)"), max_length=300)
    text_en = models.CharField(_("keuze (EN)"), max_length=300)
    is_correct = models.BooleanField(_("goed antwoord"), default=False)

    class Meta(_Choice.Meta):
        verbose_name = _("wat doe je")
        verbose_name_plural = _("wat doe je")


class RouteOption(_Choice):
    """Where to report; ``key`` is a channel id from the knowledge base, or ``none``."""

    text_nl = models.CharField(_("keuze (NL)"), max_length=300)
    text_en = models.CharField(_("keuze (EN)"), max_length=300)
    is_correct = models.BooleanField(_("goed antwoord"), default=False)

    class Meta(_Choice.Meta):
        verbose_name = _("waar meld je")
        verbose_name_plural = _("waar meld je")


class LiveSession(models.Model):
    class State(models.TextChoices):
        LOBBY = "lobby", _("Wachten op deelnemers")
        QUESTION = "question", _("Vraag staat open")
        REVEALED = "revealed", _("Antwoorden getoond")
        FINISHED = "finished", _("Afgerond")

    code = models.CharField(_("deelnamecode"), max_length=8, unique=True)
    scenario = models.ForeignKey(
        Scenario, on_delete=models.SET_NULL, null=True, related_name="live_sessions"
    )
    snapshot = models.JSONField(_("scenario bij de start"))
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    state = models.CharField(_("status"), max_length=10, choices=State, default=State.LOBBY)
    scene_index = models.PositiveSmallIntegerField(default=0)
    #: Bumped on every change of state; part of the ETag of every polled view.
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("live sessie")
        verbose_name_plural = _("live sessies")

    def __str__(self) -> str:
        return self.code


class Participant(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="participants")
    token = models.CharField(max_length=32, unique=True)
    nickname = models.CharField(_("bijnaam"), max_length=40, blank=True)
    number = models.PositiveIntegerField()
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["session", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "number"], name="training_participant_unique_number"
            )
        ]

    def __str__(self) -> str:
        return self.nickname or "#" + str(self.number)


class Answer(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="answers")
    scene_key = models.CharField(max_length=60)
    observations = models.JSONField(default=list)
    action = models.CharField(max_length=60, blank=True)
    route = models.CharField(max_length=60, blank=True)
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "scene_key"], name="training_answer_one_per_scene"
            )
        ]
        indexes = [models.Index(fields=["session", "scene_key"])]

    def __str__(self) -> str:
        return self.scene_key
