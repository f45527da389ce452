"""The admin site staff log in to: django-otp's two-factor login, in the staff's language.

django-otp ships its messages and login page in English (it has no Dutch catalogue), so the
Dutch admin showed "Please select a device." at the second step. Our own texts are Dutch source
strings like the rest of the project, with English in this app's ``locale/en``. The index page
also links to the statistics dashboard for the staff who may see it.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite

from signaalwijzer.web.apps.stats.access import can_see_stats


class StaffLoginForm(OTPAdminAuthenticationForm):
    """Password plus a code from an authenticator app; every message translatable."""

    # The keys and placeholders are django-otp's ({0} is filled in with str.format there).
    otp_error_messages = {
        **OTPAdminAuthenticationForm.otp_error_messages,
        "token_required": _("Vul de code uit je authenticator-app in."),
        "challenge_exception": _("Er ging iets mis bij het aanvragen van een code: {0}"),
        "not_interactive": _("Dit apparaat stuurt geen code; gebruik de code uit je app."),
        "challenge_message": _("Code aangevraagd: {0}"),
        "invalid_token": _("Deze code klopt niet. Kijk de code na en probeer het opnieuw."),
        "n_failed_attempts": ngettext_lazy(
            "Na %(failure_count)d mislukte poging kun je even niet inloggen. Probeer het zo "
            "opnieuw.",
            "Na %(failure_count)d mislukte pogingen kun je even niet inloggen. Probeer het zo "
            "opnieuw.",
            "failure_count",
        ),
        "verification_not_allowed": _("Inloggen met een code kan nu even niet."),
        "device_required": _("Kies een apparaat."),
    }


class StaffAdminSite(OTPAdminSite):
    login_form = StaffLoginForm
    login_template = "accounts/admin/login.html"
    index_template = "accounts/admin/index.html"

    def index(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> TemplateResponse:
        # The same rule as the dashboard itself, so the link never leads to a 403.
        stats_url = reverse("stats:dashboard") if can_see_stats(request) else ""
        return super().index(request, {"stats_url": stats_url, **(extra_context or {})})
