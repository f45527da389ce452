"""Template helpers for knowledge-base texts (``Text`` objects carry Dutch and English)."""

from __future__ import annotations

from django import template

from signaalwijzer.knowledge import Text

register = template.Library()


@register.filter
def get_text(value: Text | None, lang: str) -> str:
    """``{{ form.name|get_text:lang }}``: the text in the page's language ('' for nothing)."""
    if value is None:
        return ""
    return value.get(lang)
