"""Where routing happens: every URL of the site starts here and is handed to one app."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

from signaalwijzer.web.wellknown import security_txt

urlpatterns: list[URLPattern | URLResolver] = [
    path("api/v1/", include("signaalwijzer.web.apps.api.urls")),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("admin/", admin.site.urls),
]

# Public pages: Dutch at /, English at /en/ (no language cookie).
urlpatterns += i18n_patterns(
    path("training/", include("signaalwijzer.web.apps.training.urls")),
    path("", include("signaalwijzer.web.apps.outreach.urls")),
    path("staff/stats/", include("signaalwijzer.web.apps.stats.urls")),
    path("", include("signaalwijzer.web.apps.public.urls")),
    prefix_default_language=False,
)

handler400 = "signaalwijzer.web.apps.public.views.bad_request"
handler404 = "signaalwijzer.web.apps.public.views.page_not_found"
handler500 = "signaalwijzer.web.apps.public.views.server_error"
