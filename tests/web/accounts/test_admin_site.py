"""The two-factor admin speaks the staff's language, and its index links to the statistics."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from signaalwijzer.web.apps.accounts.admin_site import StaffLoginForm
from signaalwijzer.web.apps.accounts.roles import ROLE_COORDINATOR, ROLE_TRAINER
from signaalwijzer.web.apps.accounts.services import staff_create
from staff_support import login_verified

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password-123"


def post_code_without_device() -> str:
    """The first login step as staff type it: password and code, no device chosen yet."""
    staff_create(username="ina", email="", password=PASSWORD, role="trainer")
    # An English browser too: /admin/ has no language prefix, so it is always Dutch.
    response = Client(HTTP_ACCEPT_LANGUAGE="en").post(
        "/admin/login/", {"username": "ina", "password": PASSWORD, "otp_token": "123456"}
    )
    assert response.status_code == 200  # the form again, now with the device step
    return response.content.decode()


def test_the_device_step_is_dutch_in_the_dutch_admin() -> None:
    html = post_code_without_device()
    assert "Kies een apparaat." in html
    assert 'for="id_otp_device">Apparaat:' in html
    assert "Code uit je authenticator-app:" in html
    assert "Code aanvragen" in html
    for english in ("Please select a device", "OTP Device", "OTP Token", "Get OTP Challenge"):
        assert english not in html


def test_every_login_message_has_its_own_english_text() -> None:
    """Dutch source strings, English in the app's catalogue (for an English admin, if ever)."""
    messages = StaffLoginForm.otp_error_messages
    dutch = {key: str(message) for key, message in messages.items() if key != "n_failed_attempts"}
    with translation.override("en"):
        english = {key: str(messages[key]) for key in dutch}
        attempts = messages["n_failed_attempts"] % {"failure_count": 3}
    assert english["device_required"] == "Choose a device."
    assert all(english[key] != dutch[key] for key in dutch), english
    assert attempts.startswith("After 3 failed attempts")


def test_a_wrong_code_is_refused_in_dutch() -> None:
    staff = staff_create(username="ina", email="", password=PASSWORD, role="trainer")
    response = Client().post(
        "/admin/login/",
        {
            "username": "ina",
            "password": PASSWORD,
            "otp_device": staff.device.persistent_id,
            "otp_token": "000000",
        },
    )
    html = response.content.decode()
    assert "Deze code klopt niet." in html
    assert "Invalid token" not in html


def admin_client(role: str) -> Client:
    staff = staff_create(username=f"u-{role}", email="", password=PASSWORD, role=role)
    return login_verified(Client(), staff.user, device=staff.device)


def test_the_admin_index_links_coordinators_to_the_statistics() -> None:
    client = admin_client(ROLE_COORDINATOR)
    index = client.get("/admin/")
    assert index.status_code == 200
    html = index.content.decode()
    assert '<a href="/staff/stats/">Checks, trainingen en aanvragen in grafieken</a>' in html
    assert client.get("/staff/stats/").status_code == 200  # it leads somewhere they may go


def test_staff_who_may_not_see_the_statistics_get_no_link() -> None:
    client = admin_client(ROLE_TRAINER)
    index = client.get("/admin/")
    assert index.status_code == 200  # trainers use the admin (scenarios) ...
    assert "/staff/stats/" not in index.content.decode()
    assert client.get("/staff/stats/").status_code == 403  # ... but not the statistics
