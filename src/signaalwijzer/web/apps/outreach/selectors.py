"""Reads for outreach: page content, public campaign figures, a requester's data (AVG art. 15)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.utils import timezone

from signaalwijzer.web.apps.outreach.models import (
    CampaignParticipant,
    OfferBlock,
    SessionRequest,
    State,
)


def offer_blocks() -> QuerySet[OfferBlock]:
    return OfferBlock.objects.filter(published=True)


def campaign_year() -> int:
    return timezone.localdate().year


def campaign_count(*, year: int) -> int:
    return CampaignParticipant.objects.filter(year=year).count()


def campaign_public_organisations(*, year: int) -> list[dict[str, str]]:
    """Organisations that agreed to be shown, alphabetically, each name once."""
    rows = (
        CampaignParticipant.objects.filter(year=year, is_organisation=True, show_publicly=True)
        .order_by("name", "city")
        .values("name", "city")
    )
    seen: set[str] = set()
    result: list[dict[str, str]] = []
    for row in rows:
        if row["name"].casefold() in seen:
            continue
        seen.add(row["name"].casefold())
        result.append({"name": row["name"], "city": row["city"]})
    return sorted(result, key=lambda row: row["name"].casefold())


def requests_by_state() -> dict[str, int]:
    counts = {state.value: 0 for state in State}
    for row in SessionRequest.objects.values("state").annotate(n=Count("id")):
        counts[row["state"]] = row["n"]
    return counts


def requester_export(*, email: str) -> dict[str, Any]:
    """Everything stored about the requests made with one e-mail address, as plain JSON types."""
    address = email.strip()
    requests = SessionRequest.objects.filter(email__iexact=address).order_by("created_at")
    exported = []
    for item in requests.prefetch_related("events"):
        exported.append(
            {
                "id": item.pk,
                "organisation": item.organisation,
                "sector": item.sector,
                "contact_name": item.contact_name,
                "email": item.email,
                "phone": item.phone,
                "participants": item.participants,
                "session_type": item.session_type,
                "preferred_period": item.preferred_period,
                "location": item.location,
                "remarks": item.remarks,
                "language": item.language,
                "state": item.state,
                "created_at": item.created_at.isoformat(),
                "updated_at": item.updated_at.isoformat(),
                "closed_at": item.closed_at.isoformat() if item.closed_at else None,
                "history": [
                    {
                        "at": event.created_at.isoformat(),
                        "from_state": event.from_state,
                        "to_state": event.to_state,
                        "change": event.change,
                    }
                    for event in item.events.all()
                ],
            }
        )
    return {"email": address, "requests": exported}
