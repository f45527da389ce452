"""``manage.py api_schema [--check] [--output docs/openapi.json]``: write or verify the schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from signaalwijzer.web.apps.api.openapi import SCHEMA_PATH, openapi_document


class Command(BaseCommand):
    help = "Write the API's OpenAPI document to docs/openapi.json (or --check that it is current)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", default=SCHEMA_PATH, help="file to write or check")
        parser.add_argument(
            "--check", action="store_true", help="fail if the file differs from the code"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["output"])
        document = openapi_document()
        if options["check"]:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != document:
                raise CommandError(
                    f"{path} is out of date; run `signaalwijzer manage api_schema` and commit it."
                )
            self.stdout.write(f"{path} is up to date.")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document, encoding="utf-8")
        self.stdout.write(f"Wrote {path}.")
