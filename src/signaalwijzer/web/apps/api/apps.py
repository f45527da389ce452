from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "signaalwijzer.web.apps.api"
    label = "api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from signaalwijzer.web.apps.api import checks  # noqa: F401 - registers the checks
