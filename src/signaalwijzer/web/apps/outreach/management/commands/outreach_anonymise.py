"""Clear contact details of closed requests after the retention time; daily (docs/outreach.md)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from signaalwijzer.web.apps.outreach.services import session_requests_anonymise


class Command(BaseCommand):
    help = (
        "Anonymise requests that were done or declined at least N months ago "
        "(N = --months or OUTREACH_RETENTION_MONTHS)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--months", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true", help="only count, change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        months = options["months"]
        if months is None:
            months = settings.OUTREACH_RETENTION_MONTHS
        if months < 0:
            raise CommandError("--months must be 0 or more")
        count = session_requests_anonymise(months=months, dry_run=options["dry_run"])
        verb = "would anonymise" if options["dry_run"] else "anonymised"
        if options["verbosity"] >= 1 or options["dry_run"]:
            self.stdout.write(f"{verb} {count} request(s) closed at least {months} month(s) ago")
