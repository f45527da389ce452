import pytest

pytestmark = pytest.mark.e2e


def test_home_loads_without_external_requests(page, live_url, request_log):
    page.goto(live_url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert any(url.startswith(live_url) for url in request_log)
