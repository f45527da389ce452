"""Everything stored about one requester, as JSON (AVG right of access, art. 15)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from signaalwijzer.web.apps.outreach.selectors import requester_export


class Command(BaseCommand):
    help = "Export all requests made with one e-mail address as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--output", help="write to this file instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        data = requester_export(email=options["email"])
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if options["output"]:
            Path(options["output"]).write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"{len(data['requests'])} request(s) written to {options['output']}")
        else:
            self.stdout.write(text)
