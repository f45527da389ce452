"""Public forms with their validation messages in plain language, plus the spam fields."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from signaalwijzer.web.apps.outreach.models import (
    MAX_PARTICIPANTS,
    REQUEST_FIELDS,
    Sector,
    SessionRequest,
    SessionType,
)
from signaalwijzer.web.apps.outreach.spam import HONEYPOT_FIELD, TOKEN_FIELD, form_token_issue

PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{6,25}$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _reject_control_characters(value: str) -> None:
    if CONTROL_RE.search(value):
        raise forms.ValidationError(_("Deze tekst bevat tekens die we niet kunnen lezen."))


class SpamFieldsMixin(forms.Form):
    """A honeypot no person fills in, and the signed moment the form was shown."""

    website = forms.CharField(required=False, label=_("Laat dit veld leeg"), max_length=200)
    started = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        if not self.is_bound:
            self.initial[TOKEN_FIELD] = form_token_issue()

    def full_clean(self) -> None:
        """Point each invalid field at its error text, so screen readers read it with the field."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                ids = [bound.auto_id + "-error"]
                if bound.help_text:
                    ids.append(bound.auto_id + "_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


REQUIRED = {"required": _("Vul dit veld in.")}


class SessionRequestForm(SpamFieldsMixin, forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = SessionRequest
        fields = list(REQUEST_FIELDS)
        labels = {
            "organisation": _("Naam van je organisatie"),
            "sector": _("Sector"),
            "contact_name": _("Contactpersoon"),
            "email": _("E-mailadres"),
            "phone": _("Telefoonnummer"),
            "participants": _("Aantal deelnemers (ongeveer)"),
            "session_type": _("Wat wil je aanvragen?"),
            "preferred_period": _("Voorkeursperiode"),
            "location": _("Locatie"),
            "remarks": _("Opmerkingen (niet verplicht)"),
        }
        help_texts = {
            "preferred_period": _("Bijvoorbeeld: maart 2027, of na de zomer."),
            "location": _("Plaats en adres, of: online."),
            "phone": _("Zodat we je kunnen bellen over de details."),
            "remarks": _("Schrijf hier geen gegevens over slachtoffers of verdachten."),
        }
        error_messages = {
            "organisation": REQUIRED,
            "sector": {**REQUIRED, "invalid_choice": _("Kies een sector uit de lijst.")},
            "contact_name": REQUIRED,
            "email": {
                **REQUIRED,
                "invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
            },
            "phone": REQUIRED,
            "participants": {
                **REQUIRED,
                "invalid": _("Vul een getal in."),
                "min_value": _("Vul minimaal 1 deelnemer in."),
                "max_value": _("Vul maximaal %(limit_value)s deelnemers in."),
            },
            "session_type": {
                **REQUIRED,
                "invalid_choice": _("Kies een soort sessie uit de lijst."),
            },
            "preferred_period": REQUIRED,
            "location": REQUIRED,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("contact_name", "email", "phone"):
            self.fields[name].required = True
        self.fields["participants"].widget.attrs.update(
            {"min": "1", "max": str(MAX_PARTICIPANTS), "inputmode": "numeric"}
        )
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "type": "tel"})
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["remarks"].widget.attrs["rows"] = "4"
        placeholders = {
            "sector": _("Kies een sector"),
            "session_type": _("Kies wat je wilt aanvragen"),
        }
        for name, placeholder in placeholders.items():
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            model_choices = [
                (c.value, c.label) for c in (Sector if name == "sector" else SessionType)
            ]
            field.choices = [("", placeholder), *model_choices]

    def clean_phone(self) -> str:
        phone = str(self.cleaned_data["phone"]).strip()
        if not PHONE_RE.match(phone) or sum(ch.isdigit() for ch in phone) < 6:
            raise forms.ValidationError(
                _("Vul een telefoonnummer in met alleen cijfers, spaties, + of -.")
            )
        return phone

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name in ("organisation", "contact_name", "preferred_period", "location", "remarks"):
            value = cleaned.get(name)
            if isinstance(value, str):
                try:
                    _reject_control_characters(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class CampaignForm(SpamFieldsMixin, forms.Form):
    KIND_CHOICES = [
        ("organisation", _("Als organisatie")),
        ("person", _("Als persoon")),
    ]
    kind = forms.ChoiceField(
        label=_("Ik doe mee"),
        choices=KIND_CHOICES,
        widget=forms.RadioSelect,
        initial="organisation",
        error_messages={
            "required": _("Kies of je meedoet als organisatie of als persoon."),
            "invalid_choice": _("Kies of je meedoet als organisatie of als persoon."),
        },
    )
    name = forms.CharField(
        label=_("Naam of organisatie"),
        max_length=200,
        error_messages={
            "required": _("Vul je naam of de naam van je organisatie in."),
            "max_length": _("Gebruik maximaal %(limit_value)d tekens."),
        },
        validators=[_reject_control_characters],
    )
    city = forms.CharField(
        label=_("Plaats (niet verplicht)"),
        max_length=100,
        required=False,
        error_messages={"max_length": _("Gebruik maximaal %(limit_value)d tekens.")},
        validators=[_reject_control_characters],
    )
    show_publicly = forms.BooleanField(
        label=_("Toon de naam van onze organisatie op deze pagina."),
        required=False,
        help_text=_("Alleen voor organisaties. Namen van personen tonen we nooit."),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming dat Signaalwijzer deze gegevens bewaart "
            "voor de campagne van dit jaar."
        ),
        error_messages={"required": _("Zonder toestemming kunnen we je aanmelding niet bewaren.")},
    )
