"""Retention and AVG commands: anonymise after N months, export and forget one requester."""

from __future__ import annotations

import datetime
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from signaalwijzer.web.apps.outreach import services
from signaalwijzer.web.apps.outreach.models import (
    CampaignParticipant,
    SessionRequest,
    SessionRequestEvent,
)

pytestmark = pytest.mark.django_db


def make(
    data: dict[str, Any], *, state: str, closed_days_ago: int | None, email: str
) -> SessionRequest:
    item = services.session_request_create(
        data={**data, "participants": 10, "email": email}, language="nl"
    )
    closed = (
        timezone.now() - datetime.timedelta(days=closed_days_ago)
        if closed_days_ago is not None
        else None
    )
    SessionRequest.objects.filter(pk=item.pk).update(
        state=state, closed_at=closed, internal_notes="belde Sam"
    )
    SessionRequestEvent.objects.filter(request=item).update(note="Sam belde terug")
    item.refresh_from_db()
    return item


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


@override_settings(OUTREACH_RETENTION_MONTHS=6)
def test_anonymise_clears_contact_details_only_after_retention(
    request_data: dict[str, Any],
) -> None:
    old_done = make(request_data, state="done", closed_days_ago=200, email="a@x.example")
    old_declined = make(request_data, state="declined", closed_days_ago=190, email="b@x.example")
    recent = make(request_data, state="done", closed_days_ago=100, email="c@x.example")
    open_old = make(request_data, state="scheduled", closed_days_ago=None, email="d@x.example")
    SessionRequest.objects.filter(pk=open_old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )

    assert "would anonymise 2" in run("outreach_anonymise", "--dry-run")
    assert SessionRequest.objects.filter(anonymised_at__isnull=False).count() == 0
    assert "anonymised 2 request(s) closed at least 6 month(s) ago" in run("outreach_anonymise")

    for item in (old_done, old_declined):
        item.refresh_from_db()
        assert (item.contact_name, item.email, item.phone, item.remarks, item.internal_notes) == (
            services.ANONYMISED,
            "",
            "",
            "",
            "",
        )
        assert item.anonymised_at is not None
        assert item.organisation == "Wijkteam Oost"  # kept for statistics
        assert set(item.events.values_list("note", flat=True)) == {""}
    for item in (recent, open_old):
        item.refresh_from_db()
        assert item.email.endswith("@x.example")
        assert item.anonymised_at is None
    # Running again changes nothing more.
    assert "anonymised 0" in run("outreach_anonymise")
    # --months overrides the setting.
    assert "anonymised 1" in run("outreach_anonymise", "--months", "3")


def test_anonymise_removes_names_of_people_from_earlier_campaigns() -> None:
    this_year = timezone.localdate().year
    CampaignParticipant.objects.create(
        name="Piet", is_organisation=False, city="Ede", year=this_year - 1
    )
    CampaignParticipant.objects.create(
        name="Zorg BV", is_organisation=True, city="Ede", year=this_year - 1
    )
    CampaignParticipant.objects.create(name="Kim", is_organisation=False, year=this_year)
    run("outreach_anonymise")
    names = set(CampaignParticipant.objects.values_list("name", flat=True))
    assert names == {services.ANONYMISED, "Zorg BV", "Kim"}


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (
            datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC),
            1,
            datetime.datetime(2026, 2, 28, 12, tzinfo=datetime.UTC),
        ),
        (
            datetime.datetime(2026, 1, 15, tzinfo=datetime.UTC),
            13,
            datetime.datetime(2024, 12, 15, tzinfo=datetime.UTC),
        ),
        (
            datetime.datetime(2024, 5, 31, tzinfo=datetime.UTC),
            3,
            datetime.datetime(2024, 2, 29, tzinfo=datetime.UTC),
        ),
        (
            datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC),
            0,
            datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC),
        ),
    ],
)
def test_subtract_months(now: datetime.datetime, months: int, expected: datetime.datetime) -> None:
    assert services.subtract_months(now, months) == expected


def test_export_and_forget_one_requester(request_data: dict[str, Any], tmp_path: Path) -> None:
    make(request_data, state="new", closed_days_ago=None, email="Sam@Wijkteam.example")
    make(request_data, state="done", closed_days_ago=5, email="sam@wijkteam.example")
    other = make(request_data, state="new", closed_days_ago=None, email="other@x.example")

    exported = json.loads(run("outreach_export", "--email", "sam@wijkteam.example"))
    assert len(exported["requests"]) == 2
    first = exported["requests"][0]
    assert first["contact_name"] == "Sam de Vries"
    assert first["phone"] == "06 1234 5678"
    assert first["history"][0]["to_state"] == "new"

    target = tmp_path / "export.json"
    run("outreach_export", "--email", "sam@wijkteam.example", "--output", str(target))
    assert json.loads(target.read_text(encoding="utf-8")) == exported

    assert "deleted 2 request(s)" in run("outreach_forget", "--email", "SAM@wijkteam.example")
    assert list(SessionRequest.objects.values_list("pk", flat=True)) == [other.pk]
    assert SessionRequestEvent.objects.exclude(request=other).count() == 0
    assert json.loads(run("outreach_export", "--email", "sam@wijkteam.example"))["requests"] == []


def test_anonymise_is_silent_with_verbosity_zero(request_data: dict[str, Any]) -> None:
    """Cron mails any output; -v0 keeps a daily run quiet."""
    make(request_data, state="done", closed_days_ago=900, email="q@x.example")
    assert run("outreach_anonymise", "-v0") == ""
    assert SessionRequest.objects.get().anonymised_at is not None
