"""Fixtures for training views: the shipped scenarios in the database and a verified trainer."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client

from signaalwijzer.web.apps.accounts.roles import ROLE_TRAINER
from signaalwijzer.web.apps.training.models import Scenario
from staff_support import login_verified


@pytest.fixture
def scenarios(db: None) -> None:
    call_command("load_scenarios", verbosity=0)


@pytest.fixture
def trainer(db: None) -> User:
    user = User.objects.create_user("trainer1", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name=ROLE_TRAINER))
    return user


@pytest.fixture
def trainer_client(trainer: User) -> Client:
    client = Client()
    login_verified(client, trainer)
    return client


@pytest.fixture
def nail_salon(scenarios: None) -> Scenario:
    return Scenario.objects.get(slug="nail_salon")
