"""Public outreach pages. Thin: validation in forms, writes in services, reads in selectors."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from signaalwijzer.web.apps.outreach import selectors, services
from signaalwijzer.web.apps.outreach.forms import CampaignForm, SessionRequestForm
from signaalwijzer.web.apps.outreach.spam import (
    HONEYPOT_FIELD,
    TOKEN_FIELD,
    TokenProblem,
    form_token_check,
    form_token_issue,
    rate_limit_exceeded,
)

TOKEN_MESSAGES = {
    TokenProblem.TOO_FAST: gettext_noop(
        "Dat ging erg snel. Controleer je gegevens en verstuur het formulier opnieuw."
    ),
    TokenProblem.EXPIRED: gettext_noop(
        "Het formulier was te lang open. Controleer je gegevens en verstuur het opnieuw."
    ),
    TokenProblem.MISSING_OR_FORGED: gettext_noop(
        "Het formulier is niet compleet. Verstuur het formulier opnieuw."
    ),
}


def _language() -> str:
    return "en" if (get_language() or "nl").startswith("en") else "nl"


def offer(request: HttpRequest) -> HttpResponse:
    lang = _language()
    blocks = [
        {"title": block.title(lang), "body": block.body(lang)} for block in selectors.offer_blocks()
    ]
    return render(request, "outreach/offer.html", {"blocks": blocks})


def _spam_check(request: HttpRequest, form: forms.Form, scope: str) -> tuple[str, int] | None:
    """``None`` when the submission may go on; otherwise what to do: ("trap"|"error", status)."""
    if request.POST.get(HONEYPOT_FIELD, ""):
        return ("trap", 302)
    if rate_limit_exceeded(request=request, scope=scope):
        form.add_error(
            None, _("Je hebt veel formulieren verstuurd. Probeer het over een uur opnieuw.")
        )
        return ("error", 429)
    problem = form_token_check(token=request.POST.get(TOKEN_FIELD, ""))
    if problem is not TokenProblem.OK:
        form.add_error(None, _(TOKEN_MESSAGES[problem]))
        return ("error", 400)
    return None


def _fresh_token(form: forms.Form) -> None:
    """Give a re-shown form a new start moment, so a person can simply send it again."""
    if isinstance(form.data, QueryDict):
        data = form.data.copy()
        data[TOKEN_FIELD] = form_token_issue()
        form.data = data


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def request_form(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "outreach/request_form.html", {"form": SessionRequestForm()})
    form = SessionRequestForm(request.POST)
    status = 400
    verdict = _spam_check(request, form, scope="request")
    if verdict is not None and verdict[0] == "trap":
        return HttpResponseRedirect(reverse("outreach:request_done"))
    if verdict is None and form.is_valid():
        services.session_request_create(data=form.cleaned_data, language=_language())
        return HttpResponseRedirect(reverse("outreach:request_done"))
    if verdict is not None:
        status = verdict[1]
        form.is_valid()  # also show field errors, so nothing needs a second round
    _fresh_token(form)
    return render(request, "outreach/request_form.html", {"form": form}, status=status)


def request_done(request: HttpRequest) -> HttpResponse:
    return render(request, "outreach/request_done.html")


def _campaign_context(form: CampaignForm, **extra: Any) -> dict[str, Any]:
    year = selectors.campaign_year()
    return {
        "form": form,
        "year": year,
        "count": selectors.campaign_count(year=year),
        "organisations": selectors.campaign_public_organisations(year=year),
        "campaign_url": settings.OUTREACH_CAMPAIGN_URL,
        **extra,
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def campaign(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        joined = request.GET.get("aangemeld") == "1"
        return render(
            request, "outreach/campaign.html", _campaign_context(CampaignForm(), joined=joined)
        )
    form = CampaignForm(request.POST)
    status = 400
    verdict = _spam_check(request, form, scope="campaign")
    done = reverse("outreach:campaign") + "?aangemeld=1"
    if verdict is not None and verdict[0] == "trap":
        return HttpResponseRedirect(done)
    if verdict is None and form.is_valid():
        data = form.cleaned_data
        services.campaign_participant_create(
            name=data["name"],
            is_organisation=data["kind"] == "organisation",
            city=data["city"],
            show_publicly=data["show_publicly"],
        )
        return HttpResponseRedirect(done)
    if verdict is not None:
        status = verdict[1]
        form.is_valid()
    _fresh_token(form)
    return render(request, "outreach/campaign.html", _campaign_context(form), status=status)
