"""``manage.py load_scenarios``: validate the shipped scenario files and import them.

Idempotent: a scenario is only replaced when its file has a higher version. Runs at every
``signaalwijzer serve`` and in tests.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from signaalwijzer.knowledge import load_knowledge_base
from signaalwijzer.scenarios import ScenarioError
from signaalwijzer.web.apps.training.services import scenarios_load


class Command(BaseCommand):
    help = "Validate and import the shipped training scenarios (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = scenarios_load(kb=load_knowledge_base())
        except ScenarioError as error:
            raise CommandError("Scenario files are invalid:\n" + str(error)) from error
        if options["verbosity"] > 0:
            self.stdout.write(
                f"scenarios: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged"
            )
