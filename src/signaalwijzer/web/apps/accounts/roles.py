"""Names of the staff groups: one place, so e-mail routing and permission checks agree."""

from __future__ import annotations

from typing import Final

ROLE_TRAINER: Final = "trainer"
ROLE_COORDINATOR: Final = "coordinator"
ROLE_ADMINISTRATOR: Final = "administrator"
ROLES: Final = (ROLE_TRAINER, ROLE_COORDINATOR, ROLE_ADMINISTRATOR)
