"""Create the staff roles (trainer, coordinator, administrator) as groups with permissions."""

from typing import Any

from django.db import migrations


def create_roles(apps: Any, schema_editor: Any) -> None:
    # Permissions are normally created after all migrations (post_migrate); create them now so
    # the groups can get them on a fresh database.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    from signaalwijzer.web.apps.accounts.services import roles_sync

    roles_sync(
        group_model=apps.get_model("auth", "Group"),
        permission_model=apps.get_model("auth", "Permission"),
    )


def remove_roles(apps: Any, schema_editor: Any) -> None:
    from signaalwijzer.web.apps.accounts.roles import ROLES

    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("training", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
