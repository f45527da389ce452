from django.urls import URLPattern, URLResolver, path

from signaalwijzer.web.apps.outreach import views

app_name = "outreach"
urlpatterns: list[URLPattern | URLResolver] = [
    path("aanbod/", views.offer, name="offer"),
    path("aanbod/aanvragen/", views.request_form, name="request"),
    path("aanbod/aanvragen/bedankt/", views.request_done, name="request_done"),
    path("doe-mee/", views.campaign, name="campaign"),
]
