"""The OpenAPI document as committed in ``docs/openapi.json``.

Partners read the committed file (and diff it between releases); a test fails when the code and
the file disagree, and ``signaalwijzer manage api_schema`` writes it anew.
"""

from __future__ import annotations

import json

from ninja.responses import NinjaJSONEncoder

from signaalwijzer.web.apps.api.api import api

SCHEMA_PATH = "docs/openapi.json"


def openapi_document() -> str:
    schema = api.get_openapi_schema()
    return json.dumps(schema, cls=NinjaJSONEncoder, indent=2, ensure_ascii=False) + "\n"
