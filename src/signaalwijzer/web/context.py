"""Template context shared by every page (site name, quick-exit target, knowledge base)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from signaalwijzer.knowledge import load_knowledge_base


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "SITE_NAME": settings.SITE_NAME,
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "kb": load_knowledge_base(),
    }
