"""Public outreach pages: the offer, the request form with its spam protection, the campaign."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core import mail
from django.test import Client, override_settings

from signaalwijzer.web.apps.outreach.models import CampaignParticipant, OfferBlock, SessionRequest
from signaalwijzer.web.apps.outreach.spam import form_token_issue

pytestmark = pytest.mark.django_db
FORM_URL = "/aanbod/aanvragen/"


def post(client: Client, data: dict[str, Any], token: str, **extra: Any) -> Any:
    return client.post(FORM_URL, {**data, "started": token, "website": ""}, **extra)


def test_offer_page_shows_seeded_blocks_in_both_languages(client: Client) -> None:
    nl = client.get("/aanbod/")
    en = client.get("/en/aanbod/")
    assert nl.status_code == en.status_code == 200
    assert "Bewustwordingssessie" in nl.content.decode()
    assert "Awareness session" in en.content.decode()
    assert "VR-ervaring" in nl.content.decode()


def test_offer_page_follows_admin_edits(client: Client) -> None:
    OfferBlock.objects.update(published=False)
    OfferBlock.objects.create(
        order=1, title_nl="Nieuw blok", title_en="New block", body_nl="<b>x</b>", body_en="y"
    )
    html = client.get("/aanbod/").content.decode()
    assert "Nieuw blok" in html
    assert "Bewustwordingssessie" not in html
    assert "<b>x</b>" not in html  # staff text is escaped, not trusted as HTML


def test_valid_request_is_stored_and_confirmed(
    client: Client,
    request_data: dict[str, Any],
    aged_token: str,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, request_data, aged_token)
    assert response.status_code == 302
    assert response["Location"] == "/aanbod/aanvragen/bedankt/"
    item = SessionRequest.objects.get()
    assert (item.organisation, item.participants, item.state) == ("Wijkteam Oost", 25, "new")
    assert item.language == "nl"
    assert mail.outbox[0].to == ["sam@wijkteam.example"]
    assert client.get(response["Location"]).status_code == 200


def test_english_request_gets_english_confirmation(
    client: Client,
    request_data: dict[str, Any],
    aged_token: str,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en" + FORM_URL, {**request_data, "started": aged_token})
    assert response.status_code == 302
    assert SessionRequest.objects.get().language == "en"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("organisation", "", "Vul dit veld in."),
        ("email", "geen-adres", "Vul een geldig e-mailadres in"),
        ("phone", "bel me", "Vul een telefoonnummer in"),
        ("participants", "0", "Vul minimaal 1 deelnemer in."),
        ("participants", "5000", "Vul maximaal 1000 deelnemers in."),
        ("participants", "veel", "Vul een getal in."),
        ("session_type", "party", "Kies een soort sessie uit de lijst."),
        ("location", "a\x01b", "tekens die we niet kunnen lezen"),
    ],
)
def test_invalid_field_gives_a_clear_message_and_stores_nothing(
    client: Client,
    request_data: dict[str, Any],
    aged_token: str,
    field: str,
    value: str,
    message: str,
) -> None:
    response = post(client, {**request_data, field: value}, aged_token)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert f'aria-describedby="id_{field}-error' in html
    assert SessionRequest.objects.count() == 0


def test_filled_honeypot_looks_successful_but_stores_nothing(
    client: Client, request_data: dict[str, Any], aged_token: str
) -> None:
    response = client.post(
        FORM_URL, {**request_data, "started": aged_token, "website": "http://spam"}
    )
    assert response.status_code == 302
    assert SessionRequest.objects.count() == 0
    assert mail.outbox == []


def test_too_fast_submission_is_refused_with_a_fresh_token(
    client: Client, request_data: dict[str, Any]
) -> None:
    response = post(client, request_data, form_token_issue())
    assert response.status_code == 400
    assert "Dat ging erg snel" in response.content.decode()
    assert SessionRequest.objects.count() == 0


@pytest.mark.parametrize("token", ["", "forged", form_token_issue(now=time.time() - 3 * 86400)])
def test_missing_forged_or_expired_token_is_refused(
    client: Client, request_data: dict[str, Any], token: str
) -> None:
    response = post(client, request_data, token)
    assert response.status_code == 400
    assert SessionRequest.objects.count() == 0


@override_settings(OUTREACH_RATE_LIMIT=3)
def test_rate_limit_per_client_without_storing_the_address(
    client: Client, request_data: dict[str, Any], aged_token: str
) -> None:
    statuses = [
        post(client, request_data, aged_token, REMOTE_ADDR="192.0.2.7").status_code
        for _ in range(5)
    ]
    assert statuses == [302, 302, 302, 429, 429]
    assert SessionRequest.objects.count() == 3
    # Another client is not affected.
    assert post(client, request_data, aged_token, REMOTE_ADDR="192.0.2.8").status_code == 302
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM signaalwijzer_cache")
        stored = " ".join(str(cell) for row in cursor.fetchall() for cell in row)
    assert stored  # the counters are there ...
    assert "192.0.2.7" not in stored  # ... but not the address


def test_form_page_is_accessible_markup(client: Client) -> None:
    html = client.get(FORM_URL).content.decode()
    assert 'for="id_organisation"' in html
    assert 'name="website"' in html and "hidden" in html
    assert 'name="started"' in html
    assert "style=" not in html
    assert "no-store" in client.get(FORM_URL)["Cache-Control"]


def test_oversized_post_is_a_4xx_not_a_500(
    client: Client, request_data: dict[str, Any], aged_token: str
) -> None:
    response = post(client, {**request_data, "remarks": "x" * 300_000}, aged_token)
    assert 400 <= response.status_code < 500
    assert SessionRequest.objects.count() == 0


def test_campaign_signup_counts_and_lists_only_consenting_organisations(
    client: Client, aged_token: str
) -> None:
    base = {"started": aged_token, "website": "", "consent": "on"}
    client.post(
        "/doe-mee/",
        {
            **base,
            "kind": "organisation",
            "name": "Bakkerij Zon",
            "city": "Assen",
            "show_publicly": "on",
        },
    )
    client.post("/doe-mee/", {**base, "kind": "organisation", "name": "Stille BV"})
    client.post(
        "/doe-mee/", {**base, "kind": "person", "name": "Jan Jansen", "show_publicly": "on"}
    )
    assert CampaignParticipant.objects.count() == 3
    html = client.get("/doe-mee/").content.decode()
    assert "3 aanmeldingen" in html
    assert "Bakkerij Zon (Assen)" in html
    assert "Stille BV" not in html
    assert "Jan Jansen" not in html


def test_campaign_requires_consent(client: Client, aged_token: str) -> None:
    response = client.post("/doe-mee/", {"started": aged_token, "kind": "person", "name": "Ana"})
    assert response.status_code == 400
    assert "Zonder toestemming" in response.content.decode()
    assert CampaignParticipant.objects.count() == 0


def test_campaign_link_only_when_configured(client: Client) -> None:
    html = client.get("/doe-mee/").content.decode()
    assert "landelijke campagne" in html
    assert "Naar de website van de landelijke campagne" not in html
    with override_settings(OUTREACH_CAMPAIGN_URL="https://campagne.example/"):
        html = client.get("/doe-mee/").content.decode()
    assert '<a class="utrecht-link" href="https://campagne.example/" rel="noreferrer">' in html


def test_english_pages_use_the_app_catalogue(client: Client) -> None:
    """Needs compiled messages (``make messages``), as every run through the Makefile has."""
    html = client.get("/en/aanbod/aanvragen/").content.decode()
    assert "Send request" in html
    assert "Name of your organisation" in html
    assert "Join: keep your eyes open" in client.get("/en/doe-mee/").content.decode()
