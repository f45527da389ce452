"""Production settings: `check --deploy` passes, HTTPS is enforced, cookies are secure.

Each test starts a fresh Python process with a production environment, because the settings
module reads the environment once at import (the test settings switch HTTPS off).
"""

from __future__ import annotations

import datetime
import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings

CONTACT = "mailto:security@signaalwijzer.example.nl"


def production_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECRET_KEY", "ALLOWED_HOSTS", "CSRF_", "CORS_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "signaalwijzer.example.nl",
            "DJANGO_HTTPS": "1",
            "SECURITY_CONTACT": CONTACT,
            "SIGNAALWIJZER_HOME": str(tmp_path),
            "DATABASE_URL": "sqlite:///" + str(tmp_path / "db.sqlite3"),
        }
    )
    env.update(overrides)
    return env


def check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_production_settings(tmp_path: Path) -> None:
    result = check_deploy(production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"DJANGO_HTTPS": "0"}, "security.W008"),
        ({"SECRET_KEY": "short"}, "security.W009"),
        ({"SECURITY_CONTACT": "mailto:security@example.org"}, "signaalwijzer.W102"),
        ({"CORS_ALLOWED_ORIGINS": "http://partner.example"}, "signaalwijzer.W103"),
        ({"API_THROTTLE_RATE": "lots"}, "signaalwijzer.E101"),
        ({"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}, "signaalwijzer.W104"),
        ({"EMAIL_USE_TLS": "1", "EMAIL_USE_SSL": "1"}, "signaalwijzer.E104"),
    ],
    ids=["http", "weak-key", "example-contact", "cors-http", "bad-rate", "console-mail", "tls-ssl"],
)
def test_check_deploy_fails_on_an_unsafe_setting(
    tmp_path: Path, overrides: dict[str, str], expected: str
) -> None:
    result = check_deploy(production_env(tmp_path, **overrides))
    assert result.returncode != 0
    assert expected in result.stderr + result.stdout


def test_settings_refuse_to_start_without_secret_key(tmp_path: Path) -> None:
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = check_deploy(env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


PROBE = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.conf import settings
    from django.test import Client
    out = {}
    client = Client()
    plain = client.get("/.well-known/security.txt", HTTP_HOST="signaalwijzer.example.nl")
    out["http"] = [plain.status_code, plain.get("Location", "")]
    secure = client.get(
        "/.well-known/security.txt", HTTP_HOST="signaalwijzer.example.nl", secure=True
    )
    out["https"] = [secure.status_code, dict(secure.headers), secure.content.decode()]
    proxied = client.get(
        "/.well-known/security.txt",
        HTTP_HOST="signaalwijzer.example.nl",
        HTTP_X_FORWARDED_PROTO="https",
    )
    out["proxied"] = proxied.status_code
    # A view that needs a CSRF token, through Django's own middleware (the site's form pages
    # need collected static files, which this probe does not have).
    from django.http import HttpResponse
    from django.middleware.csrf import CsrfViewMiddleware, get_token
    from django.test import RequestFactory
    def form_view(request):
        get_token(request)
        return HttpResponse()
    request = RequestFactory().get("/", secure=True, HTTP_HOST="signaalwijzer.example.nl")
    response = CsrfViewMiddleware(form_view)(request)
    out["cookies"] = {
        name: {"secure": bool(c["secure"]), "httponly": bool(c["httponly"])}
        for name, c in response.cookies.items()
    }
    out["settings"] = {
        name: getattr(settings, name)
        for name in ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE",
                     "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_HTTPONLY", "DEBUG",
                     "EMAIL_BACKEND"]
    }
    print(json.dumps(out))
    """
)


def probe(env: dict[str, str]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("production")
    env = production_env(tmp_path, SECURITY_TXT_EXPIRES="2027-03-31")
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "-v0"], env=env, check=True, timeout=300
    )
    return probe(env)


def test_http_is_redirected_to_https(production: dict[str, Any]) -> None:
    status, location = production["http"]
    assert status == 301
    assert location.startswith("https://signaalwijzer.example.nl/")


def test_https_answers_carry_hsts_and_the_other_security_headers(
    production: dict[str, Any],
) -> None:
    status, headers, _ = production["https"]
    assert status == 200
    hsts = headers["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_cookies_are_secure_and_httponly(production: dict[str, Any]) -> None:
    assert set(production["cookies"]) == {"csrftoken"}
    for name, flags in production["cookies"].items():
        assert flags == {"secure": True, "httponly": True}, name
    flags = {k: v for k, v in production["settings"].items() if k.endswith(("SECURE", "HTTPONLY"))}
    assert len(flags) == 5 and all(value is True for value in flags.values()), flags
    assert production["settings"]["DEBUG"] is False


def test_production_sends_mail_by_smtp_by_default(production: dict[str, Any]) -> None:
    assert production["settings"]["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"


def test_security_txt(production: dict[str, Any]) -> None:
    _, headers, body = production["https"]
    assert headers["Content-Type"].startswith("text/plain")
    lines = body.splitlines()
    assert f"Contact: {CONTACT}" in lines
    assert "Expires: 2027-03-31T00:00:00Z" in lines
    assert "Canonical: https://signaalwijzer.example.nl/.well-known/security.txt" in lines


def test_behind_a_proxy_forwarded_https_is_trusted_only_when_configured(tmp_path: Path) -> None:
    trusting = probe(production_env(tmp_path, DJANGO_BEHIND_PROXY="1"))
    assert trusting["proxied"] == 200
    direct = probe(production_env(tmp_path))
    assert direct["proxied"] == 301


def test_security_txt_expires_within_a_year_by_default(client: Client, settings: Settings) -> None:
    settings.SECURITY_TXT_EXPIRES = ""
    body = client.get("/.well-known/security.txt").content.decode()
    expires = next(line for line in body.splitlines() if line.startswith("Expires: "))
    moment = datetime.datetime.strptime(expires.removeprefix("Expires: "), "%Y-%m-%dT%H:%M:%SZ")
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    assert now < moment <= now + datetime.timedelta(days=365)
