"""System checks for what the API needs in production (run by ``check --deploy`` in CI)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

from signaalwijzer.web.apps.api.throttling import Rate

UNSHARED_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)

LOGGING_MAIL_BACKENDS = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
)


@register(Tags.security)
def api_configuration(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    try:
        Rate.parse(settings.API_THROTTLE_RATE)
    except ImproperlyConfigured as error:
        messages.append(Error(str(error), id="signaalwijzer.E101"))
    for origin in settings.CORS_ALLOWED_ORIGINS:
        clean = origin.rstrip("/")
        if not clean.startswith(("https://", "http://")) or clean.count("/") != 2:
            messages.append(
                Error(
                    f"CORS_ALLOWED_ORIGINS entry {origin!r} is not like https://partner.example",
                    id="signaalwijzer.E102",
                )
            )
    if "ninja" not in settings.INSTALLED_APPS:
        messages.append(
            Error(
                "'ninja' must be in INSTALLED_APPS, or the API docs load Swagger from a CDN.",
                id="signaalwijzer.E103",
            )
        )
    if settings.EMAIL_USE_TLS and settings.EMAIL_USE_SSL:
        messages.append(
            Error("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on.", id="signaalwijzer.E104")
        )
    return messages


@register(Tags.security, deploy=True)
def api_deployment(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    if settings.CACHES["default"]["BACKEND"] in UNSHARED_CACHES:
        messages.append(
            Warning(
                "The default cache is not shared between processes, so the API's throttle "
                "does not hold across app servers.",
                hint="Leave CACHE_URL empty (database cache) or point it at Redis.",
                id="signaalwijzer.W101",
            )
        )
    if "example.org" in settings.SECURITY_CONTACT or not settings.SECURITY_CONTACT:
        messages.append(
            Warning(
                "SECURITY_CONTACT is still the example address; /.well-known/security.txt "
                "would send vulnerability reports nowhere.",
                hint="Set SECURITY_CONTACT, e.g. mailto:security@your-organisation.nl",
                id="signaalwijzer.W102",
            )
        )
    if settings.EMAIL_BACKEND in LOGGING_MAIL_BACKENDS:
        messages.append(
            Warning(
                "EMAIL_BACKEND writes mail to the console or memory, so requesters' contact "
                "details would end up in the logs and no mail would arrive.",
                hint="Use django.core.mail.backends.smtp.EmailBackend with EMAIL_HOST etc.",
                id="signaalwijzer.W104",
            )
        )
    for origin in settings.CORS_ALLOWED_ORIGINS:
        if origin.startswith("http://"):
            messages.append(
                Warning(
                    f"CORS_ALLOWED_ORIGINS entry {origin!r} is not HTTPS.",
                    id="signaalwijzer.W103",
                )
            )
    return messages
