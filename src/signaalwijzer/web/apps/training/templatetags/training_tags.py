"""Template helpers for bilingual scenario content."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from signaalwijzer.knowledge.model import Text

register = template.Library()


@register.filter
def tr(value: Text | None, lang: str) -> str:
    """``{{ scene.title|tr:lang }}``: the Dutch or English text of a scenario field."""
    if value is None:
        return ""
    return value.get(lang)


@register.filter
def illustration(svg: str | None) -> SafeString:
    """Illustrations are checked by ``scenarios.check_svg`` when loaded (no script, no style,
    no outside links) and are not editable in the admin, so they can be inlined as they are."""
    return mark_safe(svg or "")  # noqa: S308 - validated markup, see docstring


@register.filter
def contains(collection: Any, item: Any) -> bool:
    try:
        return item in collection
    except TypeError:
        return False


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def get_index(sequence: Any, index: int) -> Any:
    try:
        return sequence[index]
    except (IndexError, TypeError):
        return None
