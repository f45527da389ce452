"""Staff accounts: roles as groups, two-factor admin, lockout (django-axes, see settings)."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(sender: AppConfig, **kwargs: Any) -> None:
    from signaalwijzer.web.apps.accounts.services import roles_sync

    roles_sync()


class AccountsConfig(AppConfig):
    name = "signaalwijzer.web.apps.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Accounts"

    def ready(self) -> None:
        # The admin asks for a password AND a code from an authenticator app (TOTP): staff who
        # have not passed the second step count as not-staff there. Swapping the class keeps
        # every model already registered on ``admin.site``.
        from django.contrib import admin

        from signaalwijzer.web.apps.accounts.admin_site import StaffAdminSite

        admin.site.__class__ = StaffAdminSite
        # After every migrate, so roles also get permissions of apps migrated after ours.
        post_migrate.connect(_sync_roles, dispatch_uid="accounts.sync_roles")
