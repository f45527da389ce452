"""Staff in tests: a client logged in as if the user passed password and second factor.

The admin and the staff pages demand a verified django-otp device; tests that are not about the
login itself skip it by writing the device into the session, as django-otp's login does.
"""

from __future__ import annotations

from typing import cast

from django.contrib.auth.models import AbstractUser, User
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice


def login_verified(client: Client, user: AbstractUser, *, device: Device | None = None) -> Client:
    """Log ``client`` in as ``user``, verified by ``device`` (a new static one by default)."""
    # accounts.services.NewStaff.user is typed AbstractUser; the stubs want the configured User.
    client.force_login(cast(User, user), backend="django.contrib.auth.backends.ModelBackend")
    device = device or StaticDevice.objects.create(user=user, name="test")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
