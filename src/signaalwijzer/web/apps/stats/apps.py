from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "signaalwijzer.web.apps.stats"
    label = "stats"
    default_auto_field = "django.db.models.BigAutoField"
