"""The request workflow: every allowed transition works, every other one is refused."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core import mail
from django.core.exceptions import PermissionDenied

from signaalwijzer.web.apps.outreach import services
from signaalwijzer.web.apps.outreach.models import SessionRequest, SessionRequestEvent, State

pytestmark = pytest.mark.django_db

EXPECTED_ALLOWED = {
    ("new", "in_progress"),
    ("new", "declined"),
    ("in_progress", "scheduled"),
    ("in_progress", "declined"),
    ("scheduled", "done"),
    ("scheduled", "in_progress"),
    ("scheduled", "declined"),
}
ALL_PAIRS = list(itertools.product([s.value for s in State], repeat=2))


def make_request(data: dict[str, Any], state: str = "new") -> SessionRequest:
    fields = dict(data)
    fields["participants"] = int(fields["participants"])
    item = services.session_request_create(data=fields, language="nl")
    SessionRequest.objects.filter(pk=item.pk).update(state=state)
    item.refresh_from_db()
    return item


def test_transition_table_is_the_documented_workflow() -> None:
    table = {
        (a.value, b.value) for a, targets in services.ALLOWED_TRANSITIONS.items() for b in targets
    }
    assert table == EXPECTED_ALLOWED


@pytest.mark.parametrize(("source", "target"), sorted(EXPECTED_ALLOWED))
def test_allowed_transition_changes_state_and_writes_history(
    source: str, target: str, request_data: dict[str, Any], coordinator: User
) -> None:
    item = make_request(request_data, source)
    services.session_request_transition(
        request=item, to_state=target, actor=coordinator, note="gebeld"
    )
    item.refresh_from_db()
    assert item.state == target
    assert (item.closed_at is not None) == (target in {"done", "declined"})
    event = item.events.order_by("-id").first()
    assert event is not None
    assert (event.from_state, event.to_state) == (source, target)
    assert event.actor == coordinator
    assert event.actor_name == "coord"
    assert event.note == "gebeld"


@pytest.mark.parametrize(
    ("source", "target"), [pair for pair in ALL_PAIRS if pair not in EXPECTED_ALLOWED]
)
def test_forbidden_transition_is_refused_and_changes_nothing(
    source: str, target: str, request_data: dict[str, Any], coordinator: User
) -> None:
    item = make_request(request_data, source)
    events_before = SessionRequestEvent.objects.count()
    with pytest.raises(services.TransitionError):
        services.session_request_transition(request=item, to_state=target, actor=coordinator)
    item.refresh_from_db()
    assert item.state == source
    assert SessionRequestEvent.objects.count() == events_before


def test_unknown_state_is_refused(request_data: dict[str, Any], coordinator: User) -> None:
    item = make_request(request_data)
    with pytest.raises(services.TransitionError):
        services.session_request_transition(request=item, to_state="archived", actor=coordinator)


def test_transition_needs_change_permission(request_data: dict[str, Any], outsider: User) -> None:
    item = make_request(request_data)
    for actor in (outsider, AnonymousUser()):
        with pytest.raises(PermissionDenied):
            services.session_request_transition(request=item, to_state="in_progress", actor=actor)
    item.refresh_from_db()
    assert item.state == "new"


def test_update_records_assignee_and_notes_changes(
    request_data: dict[str, Any], coordinator: User
) -> None:
    item = make_request(request_data)
    services.session_request_update(
        request=item, actor=coordinator, assignee=coordinator, internal_notes="bellen di"
    )
    item.refresh_from_db()
    assert item.assignee == coordinator
    assert item.internal_notes == "bellen di"
    event = item.events.order_by("-id").first()
    assert event is not None
    assert event.change == "assignee: - -> coord; internal notes"
    # Saving without changes adds no history row.
    count = item.events.count()
    services.session_request_update(
        request=item, actor=coordinator, assignee=coordinator, internal_notes="bellen di"
    )
    assert item.events.count() == count


def test_create_sends_confirmation_and_tells_coordinators(
    request_data: dict[str, Any],
    coordinator: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        item = make_request(request_data)
    assert [m.to for m in mail.outbox] == [["sam@wijkteam.example"], ["coord@example.org"]]
    confirmation, staff = mail.outbox
    assert "Sam de Vries" in confirmation.body
    assert "VR-ervaring criminele uitbuiting" in confirmation.body
    assert f"/admin/outreach/sessionrequest/{item.pk}/change/" in staff.body
    # Staff mail leaves contact details in the admin.
    assert "sam@wijkteam.example" not in staff.body
    assert "06 1234 5678" not in staff.body


def test_create_survives_a_failing_mail_server(
    request_data: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> int:
        raise ConnectionRefusedError

    monkeypatch.setattr(services, "send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        make_request(request_data)
    assert SessionRequest.objects.count() == 1
