"""The statistics dashboard: only for coordinators/administrators with a second factor."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from signaalwijzer.web.apps.accounts.roles import ROLE_ADMINISTRATOR, ROLE_COORDINATOR, ROLE_TRAINER
from signaalwijzer.web.apps.stats.services import counter_increment
from staff_support import login_verified

pytestmark = pytest.mark.django_db
URL = "/staff/stats/"


def login(client: Client, user: User, *, verified: bool = True) -> None:
    if verified:
        login_verified(client, user)
    else:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")


def user_in(group: str | None, *, superuser: bool = False) -> User:
    user = User.objects.create_user(f"u-{group}-{superuser}", password="x" * 16, is_staff=True)
    user.is_superuser = superuser
    user.save()
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


def test_anonymous_is_sent_to_the_login() -> None:
    response = Client().get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    ("group", "superuser", "verified", "status"),
    [
        (ROLE_COORDINATOR, False, True, 200),
        (ROLE_ADMINISTRATOR, False, True, 200),
        (None, True, True, 200),
        (ROLE_TRAINER, False, True, 403),
        (None, False, True, 403),
        (ROLE_COORDINATOR, False, False, 403),
        (None, True, False, 403),
    ],
)
def test_access_by_role_and_second_factor(
    group: str | None, superuser: bool, verified: bool, status: int
) -> None:
    client = Client()
    login(client, user_in(group, superuser=superuser), verified=verified)
    assert client.get(URL).status_code == status
    assert client.get(URL + "export.csv").status_code == status


@pytest.fixture
def coordinator_client() -> Client:
    client = Client()
    login(client, user_in(ROLE_COORDINATOR))
    return client


def test_dashboard_shows_counts_as_svg_and_table(coordinator_client: Client) -> None:
    today = timezone.localdate()
    counter_increment(metric="checks", key="free_text", amount=7, date=today)
    counter_increment(metric="checks", key="signal_check", amount=3, date=today)
    counter_increment(metric="forms", key="labour_exploitation", amount=4, date=today)
    counter_increment(metric="first_route", key="labour_inspectorate", amount=4, date=today)
    counter_increment(metric="training", key="session_started", amount=2, date=today)
    counter_increment(
        metric="checks", key="free_text", amount=99, date=today - datetime.timedelta(days=400)
    )
    response = coordinator_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert html.count("<svg") == 7
    assert "Checks per soort (totaal: 10)" in html  # the 99 from last year is outside the range
    assert ", Vrije tekst: 7</title></rect>" in html  # the bar's own text alternative
    assert "<td>7</td>" in html and "<td>3</td>" in html
    assert "Nederlandse Arbeidsinspectie" in html
    assert "style=" not in html  # CSP: presentation attributes only


def test_week_view_sums_days_into_weeks(coordinator_client: Client) -> None:
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    for offset in range(3):
        counter_increment(
            metric="acute",
            key="free_text",
            amount=2,
            date=monday - datetime.timedelta(days=7 - offset),
        )
    html = coordinator_client.get(URL + "?per=week&days=28").content.decode()
    assert "Acute uitkomsten (totaal: 6)" in html
    assert "<td>6</td>" in html


def test_csv_export(coordinator_client: Client) -> None:
    today = timezone.localdate()
    counter_increment(metric="checks", key="api", amount=5, date=today)
    counter_increment(metric="checks", key="api", amount=1, date=today - datetime.timedelta(days=1))
    response = coordinator_client.get(URL + "export.csv?per=day&days=7")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["period_start", "metric", "key", "count"]
    assert [today.isoformat(), "checks", "api", "5"] in rows
    assert [(today - datetime.timedelta(days=1)).isoformat(), "checks", "api", "1"] in rows
    assert [today.isoformat(), "requests_by_status", "new", "0"] in rows


def test_bad_query_parameters_fall_back_instead_of_failing(coordinator_client: Client) -> None:
    for query in ("?days=abc", "?days=-5", "?days=999999", "?per=year"):
        assert coordinator_client.get(URL + query).status_code == 200
