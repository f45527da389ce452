from django.urls import path

from signaalwijzer.web.apps.public import views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("vormen/<slug:slug>/", views.form_page, name="form"),
    path("melden/", views.report, name="report"),
    path("signaalcheck/", views.check, name="check"),
    path("beschrijf/", views.free_text, name="free_text"),
    path("veilig-internetten/", views.safe_browsing, name="safe_browsing"),
    path("privacy/", views.privacy, name="privacy"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
]
