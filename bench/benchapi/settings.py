"""Bench-only settings for bench_api.py: production settings, plus a URLconf with a bare JSON view.

Never deployed; the product's URLs stay free of benchmark views.
"""

from signaalwijzer.web.settings import *  # noqa: F403

ROOT_URLCONF = "benchapi.urls"
