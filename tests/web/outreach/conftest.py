"""Fixtures for the outreach tests: a valid request, staff users, a form token old enough."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache

from signaalwijzer.web.apps.accounts.roles import ROLE_COORDINATOR
from signaalwijzer.web.apps.outreach.spam import form_token_issue


@pytest.fixture(autouse=True)
def _clear_cache(request: pytest.FixtureRequest) -> None:
    """Rate-limit counters from one test must not leak into the next (DB cache tests only)."""
    if request.node.get_closest_marker("django_db"):
        cache.clear()


@pytest.fixture
def request_data() -> dict[str, Any]:
    return {
        "organisation": "Wijkteam Oost",
        "sector": "care",
        "contact_name": "Sam de Vries",
        "email": "sam@wijkteam.example",
        "phone": "06 1234 5678",
        "participants": "25",
        "session_type": "vr_criminal",
        "preferred_period": "voorjaar",
        "location": "Groningen",
        "remarks": "Graag in de middag.",
    }


@pytest.fixture
def aged_token() -> str:
    """A form token issued a minute ago: past the minimum fill time."""
    return form_token_issue(now=time.time() - 60)


@pytest.fixture
def coordinator(db: None) -> User:
    group, _ = Group.objects.get_or_create(name=ROLE_COORDINATOR)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="outreach", codename__endswith="request")
    )
    user = User.objects.create_user("coord", email="coord@example.org", password="x" * 16)
    user.is_staff = True
    user.save()
    user.groups.add(group)
    return User.objects.get(pk=user.pk)  # fresh: no cached permissions


@pytest.fixture
def outsider(db: None) -> User:
    return User.objects.create_user("outsider", email="outsider@example.org", password="x" * 16)
