from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "signaalwijzer.web.apps.outreach"
    label = "outreach"
    default_auto_field = "django.db.models.BigAutoField"
