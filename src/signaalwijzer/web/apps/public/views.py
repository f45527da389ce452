"""Public pages. Views only parse input, call services/selectors and render.

Information pages answer GET/HEAD only and set no cookie. The two checks are POST-driven, carry
their answers in the form (no server session) and are never cached (``never_cache``), so Back or a
shared computer does not show someone else's answers.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from signaalwijzer.engine import MAX_TEXT_CHARS, InputError
from signaalwijzer.web.apps.public import selectors, services
from signaalwijzer.web.apps.public.forms import (
    ANONYMOUS_CHOICES,
    OTHER_SETTING,
    STEPS,
    URGENT_CHOICES,
    CheckForm,
    FreeTextForm,
)


def _lang() -> str:
    return "en" if get_language() == "en" else "nl"


def _number(value: int) -> str:
    """10.000 in Dutch, 10,000 in English."""
    text = f"{value:,}"
    return text if _lang() == "en" else text.replace(",", ".")


def _bad_request(request: HttpRequest, message: str) -> HttpResponse:
    response = render(request, "400.html", {"message": message}, status=400)
    response["Cache-Control"] = "no-store"
    return response


# --- Information pages -------------------------------------------------------------------------


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    kb = selectors.kb_get()
    return render(
        request,
        "public/home.html",
        {
            "form_links": selectors.form_links_list(kb=kb),
            "channels": selectors.channels_list(kb=kb),
        },
    )


@require_safe
def form_page(request: HttpRequest, slug: str) -> HttpResponse:
    kb = selectors.kb_get()
    form_id = selectors.form_slug_to_id(slug=slug)
    if form_id is None or form_id not in {f.id for f in kb.forms}:
        raise Http404
    return render(
        request,
        "public/form.html",
        {
            "form": kb.form(form_id),
            "groups": selectors.form_signals_grouped(kb=kb, form_id=form_id),
            "channels": selectors.form_channels_list(kb=kb, form_id=form_id),
            "form_links": selectors.form_links_list(kb=kb),
        },
    )


@require_safe
def report(request: HttpRequest) -> HttpResponse:
    kb = selectors.kb_get()
    return render(request, "public/report.html", {"channels": selectors.channels_list(kb=kb)})


@require_safe
def safe_browsing(request: HttpRequest) -> HttpResponse:
    return render(request, "public/safe_browsing.html")


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "public/privacy.html")


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "public/accessibility.html")


# --- Step-by-step signal check -----------------------------------------------------------------


def _check_context(*, kb: Any, step: int, data: dict[str, Any], error: str = "") -> dict[str, Any]:
    lang = _lang()
    return {
        "step": step,
        "steps": STEPS,
        "setting": data.get("setting") or "",
        "signals": list(data.get("signal") or []),
        "urgent": data.get("urgent") or "",
        "anonymous": data.get("anonymous") or "",
        "settings": [(s.id, s.name.get(lang)) for s in kb.settings],
        "other_setting": OTHER_SETTING if OTHER_SETTING not in {s.id for s in kb.settings} else "",
        "groups": selectors.checklist_grouped(
            kb=kb, setting_id=data.get("setting") or None, lang=lang
        )
        if step == 2
        else [],
        "urgent_choices": URGENT_CHOICES,
        "anonymous_choices": ANONYMOUS_CHOICES,
        "error": error,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    kb = selectors.kb_get()
    if request.method == "GET":
        return render(request, "public/check.html", _check_context(kb=kb, step=1, data={}))
    form = CheckForm(request.POST, kb=kb)
    if not form.is_valid():
        return _bad_request(
            request,
            _(
                "We konden de antwoorden niet lezen. Begin de signaalcheck opnieuw. "
                "Er is niets bewaard."
            ),
        )
    data = form.cleaned_data
    data["signal"] = list(dict.fromkeys(data["signal"]))  # a repeated id counts once
    step: int = data["step"]
    if data["action"] == "back":
        target = max(1, step - 1)
        return render(request, "public/check.html", _check_context(kb=kb, step=target, data=data))
    if step < STEPS - 1:
        return render(request, "public/check.html", _check_context(kb=kb, step=step + 1, data=data))
    if not data["urgent"]:
        return render(
            request,
            "public/check.html",
            _check_context(
                kb=kb,
                step=step,
                data=data,
                error=_("Kies een antwoord: is iemand nu in gevaar?"),
            ),
        )
    known_settings = {s.id for s in kb.settings}
    setting = data["setting"] if data["setting"] in known_settings else None
    try:
        assessment = services.signal_check_run(
            kb=kb,
            checklist=data["signal"],
            setting=setting,
            urgent=data["urgent"] == "yes",
            anonymous=data["anonymous"] == "yes",
            lang=_lang(),
        )
    except InputError:
        return _bad_request(request, _("Eén van de antwoorden kennen we niet. Begin opnieuw."))
    result = selectors.result_build(kb=kb, assessment=assessment, lang=_lang(), setting_id=setting)
    context = _check_context(kb=kb, step=STEPS, data=data)
    context.update({"result": result, "kind": "signal_check"})
    return render(request, "public/result.html", context)


# --- Free-text check ---------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def free_text(request: HttpRequest) -> HttpResponse:
    kb = selectors.kb_get()
    context: dict[str, Any] = {
        "max_chars": MAX_TEXT_CHARS,
        "max_chars_display": _number(MAX_TEXT_CHARS),
    }
    if request.method == "GET":
        return render(request, "public/free_text.html", {**context, "text": ""})
    form = FreeTextForm(request.POST)
    if request.POST.get("action") == "edit":
        # "Change my text" on the result page: show the form again with the text in it.
        text = form.data.get("text", "")
        if not isinstance(text, str) or len(text) > MAX_TEXT_CHARS or "\x00" in text:
            return _bad_request(request, _("Deze tekst kunnen we niet lezen. Probeer het opnieuw."))
        return render(request, "public/free_text.html", {**context, "text": text})
    if not form.is_valid():
        if form.text_too_long():
            return _bad_request(
                request,
                _("Je tekst is te lang. Gebruik maximaal %(max)s tekens.")
                % {"max": _number(MAX_TEXT_CHARS)},
            )
        if "text" in form.errors and form.data.get("text", "").strip():
            return _bad_request(request, _("Deze tekst kunnen we niet lezen. Probeer het opnieuw."))
        return render(
            request,
            "public/free_text.html",
            {
                **context,
                "text": "",
                "error": form.errors["text"][0] if "text" in form.errors else "",
            },
        )
    text = form.cleaned_data["text"]
    try:
        assessment = services.free_text_run(kb=kb, text=text, lang=_lang())
    except InputError:
        return _bad_request(request, _("Deze tekst kunnen we niet lezen. Probeer het opnieuw."))
    result = selectors.result_build(kb=kb, assessment=assessment, lang=_lang(), text=text)
    return render(
        request,
        "public/result.html",
        {**context, "result": result, "kind": "free_text", "text": text},
    )


# --- Error pages -------------------------------------------------------------------------------


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return _bad_request(request, _("Dit verzoek kunnen we niet lezen. Probeer het opnieuw."))


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Shown when a check form is posted without its security token (e.g. cookies blocked)."""
    response = render(
        request,
        "400.html",
        {
            "message": _(
                "Het formulier is verlopen of je browser blokkeert cookies. "
                "Laad de pagina opnieuw en probeer het nog eens."
            )
        },
        status=403,
    )
    response["Cache-Control"] = "no-store"
    return response


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """The site-styled 500 page; if even that fails, a plain page (never a stack trace)."""
    try:
        return render(request, "500.html", status=500)
    except Exception:  # noqa: BLE001 - last line of defence, the original error is already logged
        return HttpResponse(
            "<!DOCTYPE html><title>500</title><p>Er ging iets mis. Something went wrong.</p>",
            status=500,
        )
