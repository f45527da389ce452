"""Validation of what the public checks receive.

The step-by-step check carries every answer in the form itself (hidden fields), so each POST is
validated completely: a value the page could not have sent (unknown signal id, unknown step) is
bad input and gets a 400, not a quiet fallback.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from signaalwijzer.engine import MAX_TEXT_CHARS
from signaalwijzer.knowledge import KnowledgeBase

STEPS = 4  # setting, checklist, urgent/anonymous, result
URGENT_CHOICES = [
    ("yes", _("Ja, iemand is nu in gevaar")),
    ("no", _("Nee")),
    ("unknown", _("Dat weet ik niet")),
]
ANONYMOUS_CHOICES = [
    ("yes", _("Ja, ik wil anoniem blijven")),
    ("no", _("Nee, dat hoeft niet")),
    ("unknown", _("Dat weet ik nog niet")),
]
OTHER_SETTING = "other"


class CheckForm(forms.Form):
    """All answers of the step-by-step check, whichever step posted them."""

    step = forms.IntegerField(min_value=1, max_value=STEPS)
    action = forms.ChoiceField(choices=[("next", "next"), ("back", "back")], required=False)
    setting = forms.ChoiceField(required=False)
    signal = forms.MultipleChoiceField(required=False)
    urgent = forms.ChoiceField(choices=URGENT_CHOICES, required=False)
    anonymous = forms.ChoiceField(choices=ANONYMOUS_CHOICES, required=False)

    def __init__(self, *args: Any, kb: KnowledgeBase, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        setting_field = self.fields["setting"]
        signal_field = self.fields["signal"]
        assert isinstance(setting_field, forms.ChoiceField)
        assert isinstance(signal_field, forms.MultipleChoiceField)
        setting_ids = [s.id for s in kb.settings]
        if OTHER_SETTING not in setting_ids:
            setting_ids.append(OTHER_SETTING)
        setting_field.choices = [(sid, sid) for sid in setting_ids]
        signal_field.choices = [(i.id, i.id) for i in kb.indicators if i.checklist]


class FreeTextForm(forms.Form):
    text = forms.CharField(
        max_length=MAX_TEXT_CHARS,
        strip=True,
        error_messages={"required": _("Beschrijf eerst wat je zag. Een paar zinnen is genoeg.")},
    )

    def text_too_long(self) -> bool:
        """True when the only problem is the length: that is bad input (400), not a slip."""
        data = self.data.get("text", "")
        return isinstance(data, str) and len(data.strip()) > MAX_TEXT_CHARS
