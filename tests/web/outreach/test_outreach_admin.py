"""Staff handle requests in the (two-factor) admin: filters, search, CSV, transitions, history."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from signaalwijzer.web.apps.outreach import services
from signaalwijzer.web.apps.outreach.models import SessionRequest
from staff_support import login_verified

pytestmark = pytest.mark.django_db
LIST = "/admin/outreach/sessionrequest/"


@pytest.fixture
def staff_client(coordinator: User) -> Client:
    return login_verified(Client(), coordinator)


def make(data: dict[str, Any], **changes: Any) -> SessionRequest:
    item = services.session_request_create(
        data={**data, "participants": 10, **changes}, language="nl"
    )
    return item


def test_changelist_filters_and_search(staff_client: Client, request_data: dict[str, Any]) -> None:
    make(request_data, organisation="Politie Noord")
    make(request_data, organisation="Zorggroep Zuid")
    html = staff_client.get(LIST, {"q": "Zorggroep"}).content.decode()
    assert "Zorggroep Zuid" in html and "Politie Noord" not in html
    html = staff_client.get(LIST, {"state__exact": "new"}).content.decode()
    assert "Zorggroep Zuid" in html and "Politie Noord" in html
    assert "Zorggroep" not in staff_client.get(LIST, {"state__exact": "done"}).content.decode()


def test_requests_cannot_be_added_in_the_admin(staff_client: Client) -> None:
    assert staff_client.get(LIST + "add/").status_code == 403


def test_csv_export_action_neutralises_formulas(
    staff_client: Client, request_data: dict[str, Any]
) -> None:
    item = make(request_data, organisation="=HYPERLINK(1)")
    response = staff_client.post(LIST, {"action": "export_csv", "_selected_action": [item.pk]})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["id", "created_at", "state", "organisation"]
    assert rows[1][3] == "'=HYPERLINK(1)"
    assert rows[1][6] == "sam@wijkteam.example"


def test_transition_action_moves_what_may_move(
    staff_client: Client, request_data: dict[str, Any]
) -> None:
    new = make(request_data)
    done = make(request_data)
    SessionRequest.objects.filter(pk=done.pk).update(state="done")
    response = staff_client.post(
        LIST,
        {"action": "transition_to_in_progress", "_selected_action": [new.pk, done.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 aanvraag/aanvragen gewijzigd." in html
    assert f"#{done.pk}:" in html
    assert SessionRequest.objects.get(pk=new.pk).state == "in_progress"
    assert SessionRequest.objects.get(pk=done.pk).state == "done"


def test_change_form_sets_assignee_notes_and_state_with_history(
    staff_client: Client, request_data: dict[str, Any], coordinator: User
) -> None:
    item = make(request_data)
    url = f"{LIST}{item.pk}/change/"
    page = staff_client.get(url).content.decode()
    assert 'value="in_progress"' in page and 'value="done"' not in page  # only allowed targets
    response = staff_client.post(
        url,
        {
            "assignee": coordinator.pk,
            "internal_notes": "Eerst bellen",
            "transition_to": "in_progress",
            "transition_note": "Opgepakt",
            "events-TOTAL_FORMS": "1",
            "events-INITIAL_FORMS": "1",
            "events-MIN_NUM_FORMS": "0",
            "events-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert (item.state, item.assignee, item.internal_notes) == (
        "in_progress",
        coordinator,
        "Eerst bellen",
    )
    history = list(
        item.events.values_list("actor_name", "from_state", "to_state", "change", "note")
    )
    assert history == [
        ("", "", "new", "created", ""),
        ("coord", "", "", "assignee: - -> coord; internal notes", ""),
        ("coord", "new", "in_progress", "state", "Opgepakt"),
    ]
    assert "Opgepakt" in staff_client.get(url).content.decode()  # history shown on the page


def test_admin_needs_the_second_factor(coordinator: User) -> None:
    client = Client()
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(LIST)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_assignee_must_be_active_staff(
    staff_client: Client, request_data: dict[str, Any], outsider: User
) -> None:
    item = make(request_data)
    url = f"{LIST}{item.pk}/change/"
    assert f'<option value="{outsider.pk}"' not in staff_client.get(url).content.decode()
    response = staff_client.post(
        url,
        {
            "assignee": outsider.pk,
            "internal_notes": "",
            "transition_to": "",
            "events-TOTAL_FORMS": "1",
            "events-INITIAL_FORMS": "1",
            "events-MIN_NUM_FORMS": "0",
            "events-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200  # the form is shown again with an error
    item.refresh_from_db()
    assert item.assignee is None
