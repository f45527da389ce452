"""Template context shared by every page (site name, quick-exit target, language switch, 112).

Kept lazy-free and cheap: the knowledge base is cached per process, and nothing here touches the
session or the user, so information pages stay cookie-free (no ``Vary: Cookie``).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language

from signaalwijzer.knowledge import load_knowledge_base

#: The emergency number (brief: 112 for acute danger); used when the knowledge base lacks it.
EMERGENCY_NUMBER = "112"
OTHER_LANGUAGE = {"nl": ("en", "English"), "en": ("nl", "Nederlands")}


def site(request: HttpRequest) -> dict[str, Any]:
    kb = load_knowledge_base()
    lang = get_language() or settings.LANGUAGE_CODE
    other_code, other_name = OTHER_LANGUAGE.get(lang, OTHER_LANGUAGE["nl"])
    emergency = next((c for c in kb.channels if c.id == "emergency"), None)
    return {
        "SITE_NAME": settings.SITE_NAME,
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "kb": kb,
        "lang": lang,
        "other_language_code": other_code,
        "other_language_name": other_name,
        "other_language_url": translate_url(request.path, other_code),
        "emergency_number": (
            emergency.phone if emergency and emergency.phone else EMERGENCY_NUMBER
        ),
        "emergency_tel": (emergency.tel if emergency and emergency.tel else EMERGENCY_NUMBER),
    }
