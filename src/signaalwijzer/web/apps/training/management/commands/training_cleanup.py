"""``manage.py training_cleanup``: delete live sessions older than TRAINING_RETENTION_DAYS.

Run it daily (cron or a systemd timer); answers and nicknames go with their session.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from signaalwijzer.web.apps.training.services import training_cleanup


class Command(BaseCommand):
    help = "Delete live training sessions (with participants and answers) past the retention."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"]
        if days is None:
            days = settings.TRAINING_RETENTION_DAYS
        deleted = training_cleanup(days=days)
        if options["verbosity"] > 0:
            self.stdout.write(f"training: {deleted} session(s) older than {days} days deleted")
