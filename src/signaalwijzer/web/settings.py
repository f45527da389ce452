"""The one settings module. Secure by default; local development opts out with DJANGO_DEBUG=1.

Every value that differs between machines comes from an environment variable (see
``docs/configuration.md``). Never read settings at import time elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from signaalwijzer.web.env import env_bool, env_int, env_list, env_str

WEB_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(env_str("SIGNAALWIJZER_HOME", str(Path.cwd())))

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-for-DJANGO_DEBUG"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "ninja",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "signaalwijzer.web.apps.accounts",
    "signaalwijzer.web.apps.public",
    "signaalwijzer.web.apps.api",
    "signaalwijzer.web.apps.training",
    "signaalwijzer.web.apps.outreach",
    "signaalwijzer.web.apps.stats",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "signaalwijzer.web.middleware.PermissionsPolicyMiddleware",
    "signaalwijzer.web.middleware.ApiCorsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "signaalwijzer.web.urls"
WSGI_APPLICATION = "signaalwijzer.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "signaalwijzer.web.context.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "sqlite:///" + str(BASE_DIR / "var" / "db.sqlite3")),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + busy timeout: concurrent writers wait instead of failing ("database is locked").
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = env_str("CACHE_URL")
CACHES: dict[str, dict[str, object]]
if CACHE_URL.startswith("redis://") or CACHE_URL.startswith("rediss://"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
else:
    # Shared by all processes and app servers that share the database.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "signaalwijzer_cache",
            # The default (300) would cull API throttle counters on a busy day.
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 100_000)},
        }
    }

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [WEB_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [WEB_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Limits on what a visitor can send ---------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 400
FILE_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024

# --- Security headers and cookies ---------------------------------------------------------------
# One switch for everything that assumes HTTPS (redirect, HSTS, Secure cookies). Only a local run
# on http://127.0.0.1 turns it off (``make run`` does).
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", HTTPS)
# Behind a load balancer / reverse proxy that sets X-Forwarded-Proto and appends the client's
# address to X-Forwarded-For. PROXY_HOPS: how many proxies of our own append to that header.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
PROXY_HOPS = env_int("DJANGO_PROXY_HOPS", 1)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # never "no-referrer": it breaks CSRF on form posts
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
# A readable, translated page instead of Django's technical 403 when a check form lacks its token.
CSRF_FAILURE_VIEW = "signaalwijzer.web.apps.public.views.csrf_failure"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "manifest-src": [SELF],
    }
}

# --- Login protection (admin) -------------------------------------------------------------------
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
LOGIN_URL = "admin:login"

# --- E-mail ------------------------------------------------------------------------------------
# Production (HTTPS on) sends by SMTP; a local run over http prints mail to the console instead.
# Never the console in production: mails carry requesters' contact details into the logs.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if HTTPS
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "signaalwijzer@localhost")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Logging: structured, never personal data, never the text of a check -----------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "signaalwijzer.web.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # django.request logs the path of 4xx responses; keep it to warnings of our own.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}

# --- Product settings ---------------------------------------------------------------------------
QUICK_EXIT_URL = env_str("QUICK_EXIT_URL", "https://www.weeronline.nl/")
SITE_NAME = env_str("SITE_NAME", "Signaalwijzer Mensenhandel")
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:security@example.org")
# ISO date (YYYY-MM-DD) for security.txt's Expires; empty: 180 days from today.
SECURITY_TXT_EXPIRES = env_str("SECURITY_TXT_EXPIRES")

# --- JSON API (partner sites) -------------------------------------------------------------------
# POSTs per client (HMAC of the address, never the address) per period: "60/m", "1000/h", "10/5s".
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "60/m")
# Partner sites whose pages may call the API from the browser: "https://a.nl,https://b.nl".
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
# API checks are counted for the statistics in batches, every this many seconds (0 = at once).
STATS_FLUSH_SECONDS = float(env_str("STATS_FLUSH_SECONDS", "0.2"))

# --- Outreach (requests for sessions, campaign) --------------------------------------------------
# Months after a request is done or declined before `outreach_anonymise` clears contact details.
OUTREACH_RETENTION_MONTHS = env_int("OUTREACH_RETENTION_MONTHS", 12)
# Spam protection without third parties: minimum seconds between showing and sending a form, and
# at most OUTREACH_RATE_LIMIT submissions per client per hour (0 = no limit).
OUTREACH_MIN_FILL_SECONDS = env_int("OUTREACH_MIN_FILL_SECONDS", 3)
OUTREACH_RATE_LIMIT = env_int("OUTREACH_RATE_LIMIT", 10)
# The national campaign site; empty = the "Doe mee" page describes the campaign without a link.
OUTREACH_CAMPAIGN_URL = env_str("OUTREACH_CAMPAIGN_URL")

# --- Training (live sessions) -------------------------------------------------------------------
# Days after which `training_cleanup` deletes live sessions with their participants and answers.
TRAINING_RETENTION_DAYS = env_int("TRAINING_RETENTION_DAYS", 30)
