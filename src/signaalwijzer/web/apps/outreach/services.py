"""Writes for outreach: requests for sessions (workflow, e-mail, retention) and campaign sign-ups.

The workflow lives in one dict, ``ALLOWED_TRANSITIONS``; ``session_request_transition`` is the
only code that changes a request's state, and it writes a history row each time.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections.abc import Mapping
from typing import Any, Final

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from signaalwijzer.web.apps.accounts.roles import ROLE_COORDINATOR
from signaalwijzer.web.apps.outreach.models import (
    REQUEST_FIELDS,
    CampaignParticipant,
    SessionRequest,
    SessionRequestEvent,
    State,
)

logger = logging.getLogger(__name__)

ALLOWED_TRANSITIONS: Final[Mapping[State, frozenset[State]]] = {
    State.NEW: frozenset({State.IN_PROGRESS, State.DECLINED}),
    State.IN_PROGRESS: frozenset({State.SCHEDULED, State.DECLINED}),
    # A date can fall through: back to "in progress" to plan again.
    State.SCHEDULED: frozenset({State.DONE, State.IN_PROGRESS, State.DECLINED}),
    # Closed requests stay closed: their contact details are anonymised after the retention time.
    State.DONE: frozenset(),
    State.DECLINED: frozenset(),
}
CLOSED_STATES: Final = frozenset({State.DONE, State.DECLINED})
CHANGE_PERMISSION: Final = "outreach.change_sessionrequest"
ANONYMISED: Final = "[geanonimiseerd]"

Actor = User | AnonymousUser


class TransitionError(ValueError):
    """A state change the workflow does not allow; the message is shown to staff."""


def _actor_name(actor: Actor) -> str:
    return str(actor.get_username()) if actor.is_authenticated else ""


def _require_permission(actor: Actor) -> None:
    if not (actor.is_authenticated and actor.is_active and actor.has_perm(CHANGE_PERMISSION)):
        raise PermissionDenied


def session_request_create(*, data: Mapping[str, Any], language: str) -> SessionRequest:
    """Store a request and, once it is committed, confirm it by e-mail and tell the coordinators.

    E-mail failures never undo or hide the request: it is stored first and staff see it in the
    admin whatever the mail server does.
    """
    with transaction.atomic():
        request = SessionRequest.objects.create(
            **{key: data[key] for key in REQUEST_FIELDS}, language=language
        )
        SessionRequestEvent.objects.create(request=request, to_state=State.NEW, change="created")
        request_id = request.pk
        transaction.on_commit(lambda: _send_request_emails(request_id=request_id))
    return request


def coordinator_emails() -> list[str]:
    user_model = get_user_model()
    return sorted(
        set(
            user_model.objects.filter(groups__name=ROLE_COORDINATOR, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def _send_request_emails(*, request_id: int) -> None:
    request = SessionRequest.objects.get(pk=request_id)
    with translation.override(request.language):
        context = {"request_obj": request, "site_name": settings.SITE_NAME}
        subject = render_to_string("outreach/email/confirmation_subject.txt", context).strip()
        body = render_to_string("outreach/email/confirmation.txt", context)
        _send(subject=subject, body=body, to=[request.email], request_id=request_id)
    recipients = coordinator_emails()
    if recipients:
        # Staff mail carries no contact details: they open the request in the admin.
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "request_obj": request,
                "site_name": settings.SITE_NAME,
                "admin_path": reverse("admin:outreach_sessionrequest_change", args=[request.pk]),
            }
            subject = render_to_string("outreach/email/new_request_subject.txt", context).strip()
            body = render_to_string("outreach/email/new_request.txt", context)
        _send(subject=subject, body=body, to=recipients, request_id=request_id)


def _send(*, subject: str, body: str, to: list[str], request_id: int) -> None:
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    except (smtplib.SMTPException, OSError):
        logger.warning("outreach e-mail not sent", extra={"request_id": request_id})


def session_request_transition(
    *, request: SessionRequest, to_state: str, actor: Actor, note: str = ""
) -> SessionRequest:
    """Move a request to ``to_state`` if ``ALLOWED_TRANSITIONS`` allows it; record who and when."""
    _require_permission(actor)
    try:
        target = State(to_state)
    except ValueError as error:
        raise TransitionError(_("Onbekende status.")) from error
    with transaction.atomic():
        # Lock the row: two staff members clicking at once cannot both move it.
        current = SessionRequest.objects.select_for_update().get(pk=request.pk)
        source = State(current.state)
        if target not in ALLOWED_TRANSITIONS[source]:
            raise TransitionError(
                _("Van '%(from)s' naar '%(to)s' mag niet.")
                % {"from": source.label, "to": target.label}
            )
        current.state = target
        current.closed_at = timezone.now() if target in CLOSED_STATES else None
        current.save(update_fields=["state", "closed_at", "updated_at"])
        SessionRequestEvent.objects.create(
            request=current,
            actor=actor if actor.is_authenticated else None,
            actor_name=_actor_name(actor),
            from_state=source,
            to_state=target,
            change="state",
            note=note,
        )
    request.state = current.state
    request.closed_at = current.closed_at
    return current


def session_request_update(
    *,
    request: SessionRequest,
    actor: Actor,
    assignee: User | None,
    internal_notes: str,
) -> SessionRequest:
    """Change the assignee and internal notes; the history says who changed which of them."""
    _require_permission(actor)
    with transaction.atomic():
        current = SessionRequest.objects.select_for_update().get(pk=request.pk)
        changes = []
        new_assignee_id = assignee.pk if assignee is not None else None
        if current.assignee_id != new_assignee_id:
            changes.append(
                "assignee: "
                + (current.assignee.get_username() if current.assignee else "-")
                + " -> "
                + (assignee.get_username() if assignee is not None else "-")
            )
            current.assignee_id = new_assignee_id
        if current.internal_notes != internal_notes:
            changes.append("internal notes")
            current.internal_notes = internal_notes
        if changes:
            current.save(update_fields=["assignee", "internal_notes", "updated_at"])
            SessionRequestEvent.objects.create(
                request=current,
                actor=actor if actor.is_authenticated else None,
                actor_name=_actor_name(actor),
                change="; ".join(changes),
            )
    return current


def subtract_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    """``moment`` minus whole calendar months (31 March - 1 month = 28/29 February)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


def session_requests_anonymise(
    *, months: int, now: datetime.datetime | None = None, dry_run: bool = False
) -> int:
    """Clear contact details of requests closed at least ``months`` months ago.

    Kept: organisation, sector, type, numbers, dates, states: enough for statistics and for
    the history; gone: the person, their e-mail and phone, and every free text that may name them.
    Campaign sign-ups by people (not organisations) from earlier years lose their name as well.
    """
    moment = now or timezone.now()
    cutoff = subtract_months(moment, months)
    due = SessionRequest.objects.filter(
        state__in=CLOSED_STATES, closed_at__lte=cutoff, anonymised_at__isnull=True
    )
    if dry_run:
        return due.count()
    with transaction.atomic():
        ids = list(due.select_for_update().values_list("pk", flat=True))
        SessionRequest.objects.filter(pk__in=ids).update(
            contact_name=ANONYMISED,
            email="",
            phone="",
            remarks="",
            internal_notes="",
            anonymised_at=moment,
        )
        SessionRequestEvent.objects.filter(request_id__in=ids).update(note="")
        CampaignParticipant.objects.filter(
            is_organisation=False, year__lt=timezone.localdate(moment).year
        ).exclude(name=ANONYMISED).update(name=ANONYMISED, city="")
    return len(ids)


def requester_forget(*, email: str) -> int:
    """Delete every request (and its history) made with this e-mail address (AVG art. 17)."""
    address = email.strip()
    if not address:
        return 0
    with transaction.atomic():
        _total, per_model = SessionRequest.objects.filter(email__iexact=address).delete()
    return per_model.get(SessionRequest._meta.label, 0)


def campaign_participant_create(
    *, name: str, is_organisation: bool, city: str, show_publicly: bool
) -> CampaignParticipant:
    return CampaignParticipant.objects.create(
        name=name,
        is_organisation=is_organisation,
        city=city,
        # Only organisations are ever listed; a person's consent to be shown is not asked for.
        show_publicly=show_publicly and is_organisation,
        year=timezone.localdate().year,
    )
