"""The self-hosted API docs (/api/v1/docs) render in Chromium under the strict CSP.

Swagger UI must come from this site (no CDN, no validator badge from swagger.io) and cause zero
CSP violations; the ``page`` fixture fails the test on any request that leaves the origin.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def test_api_docs_render_every_operation_without_csp_violations(
    page: Page, live_url: str, request_log: list[str]
) -> None:
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.add_init_script(CSP_LISTENER)
    response = page.goto(live_url + "/api/v1/docs")
    assert response is not None and response.status == 200
    assert "default-src 'none'" in (response.headers.get("content-security-policy") or "")
    operations = page.locator(".opblock")
    operations.first.wait_for(timeout=15_000)
    assert operations.count() == 6
    assert (
        page.locator(".opblock-post .opblock-summary-path")
        .first.inner_text()
        .endswith("/api/v1/assess")
    )
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    assert console_errors == []
    assert any(url.endswith("/api/v1/openapi.json") for url in request_log)
    assert any("/static/ninja/swagger-ui-bundle" in url for url in request_log)
