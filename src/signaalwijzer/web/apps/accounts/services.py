"""Staff accounts: role groups with their permissions, and creating a staff member.

Roles are Django groups (``roles.ROLE_PERMISSIONS`` says what each may do). ``roles_sync`` is
idempotent and runs in a data migration and after every ``migrate`` (post_migrate), so a role
also gets the permissions of apps whose migrations run later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.db import transaction
from django.db.models import Q
from django_otp.plugins.otp_totp.models import TOTPDevice

from signaalwijzer.web.apps.accounts.roles import ROLE_PERMISSIONS, ROLES


def _role_permission_filter(grants: tuple[str, ...]) -> Q:
    query = Q(pk__in=[])
    for grant in grants:
        if "." in grant:
            app_label, codename = grant.split(".", 1)
            query |= Q(content_type__app_label=app_label, codename=codename)
        else:
            query |= Q(content_type__app_label=grant)
    return query


def roles_sync(*, group_model: Any = Group, permission_model: Any = Permission) -> dict[str, int]:
    """Create the role groups and give them exactly the permissions the roles table grants.

    The models can be passed in so a data migration can use its historical models.
    """
    counts: dict[str, int] = {}
    for role in ROLES:
        group, _created = group_model.objects.get_or_create(name=role)
        permissions = list(
            permission_model.objects.filter(_role_permission_filter(ROLE_PERMISSIONS[role]))
        )
        group.permissions.set(permissions)
        counts[role] = len(permissions)
    return counts


class StaffError(Exception):
    """The staff account cannot be created as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class NewStaff:
    user: AbstractUser
    device: TOTPDevice

    @property
    def provisioning_uri(self) -> str:
        """``otpauth://totp/...``: scan it (or type the secret) into an authenticator app."""
        return str(self.device.config_url)


@transaction.atomic
def staff_create(*, username: str, email: str, password: str, role: str) -> NewStaff:
    """A staff member in one role, with a fresh confirmed TOTP device for the admin login."""
    if role not in ROLES:
        raise StaffError("unknown role " + repr(role) + "; choose one of " + ", ".join(ROLES))
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise StaffError("a user named " + repr(username) + " already exists")
    roles_sync()
    user = user_model.objects.create_user(username=username, email=email, password=password)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=role))
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return NewStaff(user=user, device=device)
