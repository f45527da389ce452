"""Names of the staff groups: one place, so e-mail routing and permission checks agree."""

from __future__ import annotations

from typing import Final

ROLE_TRAINER: Final = "trainer"
ROLE_COORDINATOR: Final = "coordinator"
ROLE_ADMINISTRATOR: Final = "administrator"
ROLES: Final = (ROLE_TRAINER, ROLE_COORDINATOR, ROLE_ADMINISTRATOR)

#: What each role may do, as data: "app_label" grants every permission of that app,
#: "app_label.codename" one permission. ``accounts.services.roles_sync`` applies it; permissions
#: of apps added later are picked up after their migrations (post_migrate).
ROLE_PERMISSIONS: Final[dict[str, tuple[str, ...]]] = {
    ROLE_TRAINER: (
        "training.run_livesession",
        "training.view_livesession",
        "training.view_scenario",
        "training.add_scenario",
        "training.change_scenario",
        "training.view_scene",
        "training.add_scene",
        "training.change_scene",
        "training.delete_scene",
        "training.view_observation",
        "training.add_observation",
        "training.change_observation",
        "training.delete_observation",
        "training.view_actionoption",
        "training.add_actionoption",
        "training.change_actionoption",
        "training.delete_actionoption",
        "training.view_routeoption",
        "training.add_routeoption",
        "training.change_routeoption",
        "training.delete_routeoption",
    ),
    ROLE_COORDINATOR: ("training", "outreach", "stats"),
    ROLE_ADMINISTRATOR: (
        "training",
        "outreach",
        "stats",
        "auth",
        "axes",
        "otp_totp",
        "otp_static",
    ),
}
