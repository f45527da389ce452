"""Staff accounts: role groups and permissions, the two-factor admin, lockout, createstaff."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from signaalwijzer.cli.main import main as cli_main
from signaalwijzer.web.apps.accounts.roles import ROLES
from signaalwijzer.web.apps.accounts.services import StaffError, staff_create
from signaalwijzer.web.apps.training.models import Scenario
from staff_support import login_verified

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password-123"


def perms(role: str) -> set[str]:
    group = Group.objects.get(name=role)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_roles_exist_with_growing_permissions() -> None:
    trainer, coordinator, admin = (perms(r) for r in ROLES)
    assert "training.run_livesession" in trainer
    assert "training.change_scenario" in trainer
    assert "training.delete_scenario" not in trainer
    assert not any(p.startswith(("outreach.", "auth.")) for p in trainer)
    assert trainer <= coordinator <= admin
    assert any(p.startswith("outreach.") for p in coordinator)
    assert "auth.change_user" not in coordinator
    assert {"auth.add_user", "auth.change_group"} <= admin


def test_admin_login_needs_a_totp_code() -> None:
    staff = staff_create(username="ina", email="", password=PASSWORD, role="trainer")
    client = Client()
    page = client.get("/admin/login/")
    assert 'name="otp_token"' in page.content.decode()
    no_code = client.post(
        "/admin/login/", {"username": "ina", "password": PASSWORD, "otp_token": "000000"}
    )
    assert no_code.status_code == 200  # form shown again with an error
    assert client.get("/admin/").status_code == 302
    device = staff.device
    token = format(
        totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits), "06d"
    )
    ok = client.post(
        "/admin/login/",
        {
            "username": "ina",
            "password": PASSWORD,
            "otp_device": device.persistent_id,
            "otp_token": token,
        },
    )
    assert ok.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/training/scenario/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


def test_repeated_wrong_passwords_lock_the_account(settings: object) -> None:
    staff_create(username="bo", email="", password=PASSWORD, role="coordinator")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):  # type: ignore[attr-defined]
        client.post("/admin/login/", {"username": "bo", "password": "wrong", "otp_token": "1"})
    locked = client.post("/admin/login/", {"username": "bo", "password": PASSWORD})
    assert locked.status_code == 429


def test_staff_create_refuses_unknown_role_and_duplicates() -> None:
    with pytest.raises(StaffError):
        staff_create(username="x", email="", password=PASSWORD, role="boss")
    staff_create(username="x", email="", password=PASSWORD, role="trainer")
    with pytest.raises(StaffError):
        staff_create(username="x", email="", password=PASSWORD, role="trainer")


def test_createstaff_command_prints_a_provisioning_uri(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEW_STAFF_PASSWORD", PASSWORD)
    code = cli_main(
        [
            "createstaff",
            "anna",
            "--role",
            "coordinator",
            "--password-env",
            "NEW_STAFF_PASSWORD",
            "--qr",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "otpauth://totp/" in out
    user = User.objects.get(username="anna")
    assert user.is_staff and user.groups.filter(name="coordinator").exists()
    assert TOTPDevice.objects.get(user=user).confirmed
    assert user.check_password(PASSWORD)


def test_createstaff_refuses_weak_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW", "short")
    assert cli_main(["createstaff", "weak", "--role", "trainer", "--password-env", "PW"]) == 2
    assert "password refused" in capsys.readouterr().err
    assert not User.objects.filter(username="weak").exists()


def test_admin_copy_action_makes_an_unpublished_copy(scenarios_loaded: None) -> None:
    staff = staff_create(username="t", email="", password=PASSWORD, role="trainer")
    client = login_verified(Client(), staff.user, device=staff.device)
    original = Scenario.objects.get(slug="hotel_night")
    response = client.post(
        "/admin/training/scenario/",
        {"action": "copy_scenario", "_selected_action": [original.pk]},
    )
    assert response.status_code == 302
    copy = Scenario.objects.get(slug="hotel_night-kopie")
    assert copy.is_published is False
    assert copy.scenes.count() == original.scenes.count()


@pytest.fixture
def scenarios_loaded() -> None:
    from django.core.management import call_command

    call_command("load_scenarios", verbosity=0)
