"""Web benchmark: requests/s of the home page and of a free-text result (POST, engine + template +
counters) under gunicorn on loopback, measured with wrk, next to a bare Django view in the same run.

The bare view lives in a bench-only URLconf (``bench/benchsite``), not in the product's URLs. The
free-text sample is written here (no evaluation cases).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

from benchlib import bench_environment, gunicorn, manage, post_script, wait_for, wrk

WORKERS = int(os.environ.get("BENCH_WEB_WORKERS", "2"))
THREADS = 2
CONNECTIONS = 16
DURATION = "8s"
FREE_TEXT = (
    "Bij de wasstraat om de hoek werken elke dag dezelfde vier mannen, van zeven uur 's ochtends "
    "tot laat in de avond. Ze slapen in een caravan achter de zaak en de baas houdt hun "
    "paspoorten. Een van hen zei dat hij eerst een schuld moet afbetalen voordat hij weg mag."
)


def csrf_pair(base: str) -> tuple[str, str]:
    """A CSRF cookie and a matching form token, as a browser would have them."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + "/beschrijf/") as response:
        html = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    cookie = next((c.value for c in jar if c.name == "csrftoken"), None)
    if not token or not cookie:
        raise RuntimeError("no CSRF token on the free-text page")
    return cookie, token.group(1)


def measure(url: str, script: Path | None = None) -> dict[str, float]:
    return wrk(url, threads=THREADS, connections=CONNECTIONS, duration=DURATION, script=script)


def main() -> dict[str, object]:
    # A throwaway SQLite database: the thousands of counted bench checks never reach real stats.
    with tempfile.TemporaryDirectory(prefix="bench-web-") as workdir:
        home = Path(workdir)
        env = bench_environment(
            settings_module="benchsite.settings",
            home=home,
            DATABASE_URL="sqlite:///" + str(home / "bench.sqlite3"),
            STATIC_ROOT=str(home / "static"),
        )
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "createcachetable")
        manage(env, "collectstatic", "--noinput", "-v0")
        with gunicorn(env, workers=WORKERS, ready_path="/__bench/bare/") as base:
            wait_for(base + "/")
            cookie, token = csrf_pair(base)
            body = urllib.parse.urlencode({"text": FREE_TEXT, "csrfmiddlewaretoken": token})
            # one real POST first: it must be a 200 result page, or the figure means nothing
            request = urllib.request.Request(  # noqa: S310 - loopback
                base + "/beschrijf/",
                data=body.encode(),
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"csrftoken={cookie}",
                },
            )
            with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback
                page = response.read().decode()
                if response.status != 200 or "<mark>" not in page:
                    raise RuntimeError("free-text POST did not return a result page with evidence")
            script = post_script(
                home / "free_text.lua",
                body=body,
                content_type="application/x-www-form-urlencoded",
                cookie=f"csrftoken={cookie}",
            )
            bare = measure(base + "/__bench/bare/")
            home_page = measure(base + "/")
            free_text = measure(base + "/beschrijf/", script)
    return {
        "server": f"gunicorn sync, {WORKERS} workers, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}",
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "bare_view_rps": bare["rps"],
        "home_rps": home_page["rps"],
        "free_text_result_rps": free_text["rps"],
        "bare_view_p50_ms": bare["p50_ms"],
        "home_p50_ms": home_page["p50_ms"],
        "free_text_result_p50_ms": free_text["p50_ms"],
        "free_text_result_p99_ms": free_text["p99_ms"],
        "non_2xx": bare["non_2xx"] + home_page["non_2xx"] + free_text["non_2xx"],
    }
