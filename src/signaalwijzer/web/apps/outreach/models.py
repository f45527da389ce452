"""Outreach: the offer page content, requests for sessions with their history, campaign sign-ups."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_PARTICIPANTS = 1000


class OfferBlock(models.Model):
    """One section of the "Aanbod" page; staff edit it in the admin in both languages."""

    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    title_nl = models.CharField(_("titel (Nederlands)"), max_length=120)
    title_en = models.CharField(_("titel (Engels)"), max_length=120)
    body_nl = models.TextField(_("tekst (Nederlands)"), help_text=_("Witregel = nieuwe alinea."))
    body_en = models.TextField(_("tekst (Engels)"), help_text=_("Witregel = nieuwe alinea."))
    published = models.BooleanField(_("zichtbaar"), default=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("blok aanbod")
        verbose_name_plural = _("blokken aanbod")

    def __str__(self) -> str:
        return self.title_nl

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_nl

    def body(self, lang: str) -> str:
        return self.body_en if lang == "en" else self.body_nl


class Sector(models.TextChoices):
    CARE = "care", _("Zorg")
    YOUTH = "youth", _("Jeugd en onderwijs")
    MUNICIPALITY = "municipality", _("Gemeente")
    POLICE_JUSTICE = "police_justice", _("Politie en justitie")
    HOSPITALITY = "hospitality", _("Horeca en hotels")
    BUSINESS = "business", _("Bedrijfsleven")
    OTHER = "other", _("Anders")


class SessionType(models.TextChoices):
    AWARENESS = "awareness", _("Bewustwordingssessie")
    TRAINING = "training", _("Training signaleren en melden")
    VR_SEXUAL = "vr_sexual", _("VR-ervaring seksuele uitbuiting")
    VR_CRIMINAL = "vr_criminal", _("VR-ervaring criminele uitbuiting")
    OTHER = "other", _("Weet ik nog niet / anders")


class State(models.TextChoices):
    NEW = "new", _("Nieuw")
    IN_PROGRESS = "in_progress", _("In behandeling")
    SCHEDULED = "scheduled", _("Ingepland")
    DONE = "done", _("Afgerond")
    DECLINED = "declined", _("Afgewezen")


class SessionRequest(models.Model):
    organisation = models.CharField(_("organisatie"), max_length=200)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), max_length=254, blank=True, db_index=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    participants = models.PositiveIntegerField(
        _("aantal deelnemers"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTICIPANTS)],
    )
    session_type = models.CharField(_("soort sessie"), max_length=32, choices=SessionType.choices)
    preferred_period = models.CharField(_("voorkeursperiode"), max_length=200)
    location = models.CharField(_("locatie"), max_length=200)
    remarks = models.TextField(_("opmerkingen"), max_length=2000, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl")

    state = models.CharField(
        _("status"), max_length=16, choices=State.choices, default=State.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(_("interne notities"), blank=True)
    created_at = models.DateTimeField(_("ontvangen"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    closed_at = models.DateTimeField(_("afgesloten"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")

    def __str__(self) -> str:
        return f"#{self.pk} {self.organisation}"


class SessionRequestEvent(models.Model):
    """History: who changed what and when. Kept after anonymisation (it holds no contact data)."""

    request = models.ForeignKey(
        SessionRequest, on_delete=models.CASCADE, related_name="events", verbose_name=_("aanvraag")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(_("door (naam)"), max_length=150, blank=True)
    from_state = models.CharField(_("van"), max_length=16, choices=State.choices, blank=True)
    to_state = models.CharField(_("naar"), max_length=16, choices=State.choices, blank=True)
    change = models.CharField(_("wijziging"), max_length=300, blank=True)
    note = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(_("moment"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("wijziging")
        verbose_name_plural = _("geschiedenis")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.from_state}->{self.to_state}"


class CampaignParticipant(models.Model):
    """A sign-up for the yearly week against human trafficking."""

    name = models.CharField(_("naam of organisatie"), max_length=200)
    is_organisation = models.BooleanField(_("organisatie"), default=False)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    show_publicly = models.BooleanField(_("toestemming om te tonen"), default=False)
    year = models.PositiveSmallIntegerField(_("jaar"), db_index=True)
    created_at = models.DateTimeField(_("aangemeld"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("deelnemer campagne")
        verbose_name_plural = _("deelnemers campagne")

    def __str__(self) -> str:
        return self.name


#: What a requester fills in (form, service and CSV export use this one list).
REQUEST_FIELDS: tuple[str, ...] = (
    "organisation",
    "sector",
    "contact_name",
    "email",
    "phone",
    "participants",
    "session_type",
    "preferred_period",
    "location",
    "remarks",
)
