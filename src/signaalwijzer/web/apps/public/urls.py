from django.urls import path

from signaalwijzer.web.apps.public import views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
]
