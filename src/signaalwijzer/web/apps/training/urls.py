from django.urls import URLPattern, URLResolver, path

from signaalwijzer.web.apps.training import views

app_name = "training"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("scenario/<slug:slug>/", views.selfstudy, name="selfstudy"),
    path("live/", views.join, name="join"),
    path("live/<str:code>/", views.join, name="join_code"),
    path("live/<str:code>/p/<str:token>/", views.participant, name="participant"),
    path("live/<str:code>/p/<str:token>/state", views.participant_state, name="participant_state"),
    path("trainer/", views.trainer_home, name="trainer_home"),
    path("trainer/<str:code>/", views.trainer_session, name="trainer_session"),
    path("trainer/<str:code>/results", views.trainer_results, name="trainer_results"),
    path("trainer/<str:code>/step", views.trainer_step, name="trainer_step"),
    path("trainer/<str:code>/export.csv", views.trainer_export, name="trainer_export"),
]
