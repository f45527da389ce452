"""Template tags so other apps' pages (the privacy statement) can include outreach partials."""

from __future__ import annotations

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def outreach_retention_months() -> int:
    return int(settings.OUTREACH_RETENTION_MONTHS)
