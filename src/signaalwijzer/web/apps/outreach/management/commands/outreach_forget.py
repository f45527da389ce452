"""Delete every request of one requester (AVG right to erasure, art. 17)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from signaalwijzer.web.apps.outreach.services import requester_forget


class Command(BaseCommand):
    help = "Delete all requests (and their history) made with one e-mail address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        if "@" not in options["email"]:
            raise CommandError("--email must be an e-mail address")
        count = requester_forget(email=options["email"])
        self.stdout.write(f"deleted {count} request(s)")
