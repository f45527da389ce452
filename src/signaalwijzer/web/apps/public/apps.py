from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "signaalwijzer.web.apps.public"
    label = "public"
    default_auto_field = "django.db.models.BigAutoField"
