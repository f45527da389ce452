"""Bench-only settings: production settings plus a URLconf with a bare view (never deployed)."""

from signaalwijzer.web.settings import *  # noqa: F403

ROOT_URLCONF = "benchsite.urls"
