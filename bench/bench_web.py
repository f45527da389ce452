"""Web benchmark: requests/s of the home page and of a free-text result (POST, engine + template +
counters) under gunicorn on loopback, measured with wrk, next to a bare Django view in the same run.

The bare view lives in a bench-only URLconf (``bench/benchsite``), not in the product's URLs. The
free-text sample is written here (no evaluation cases).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = int(os.environ.get("BENCH_WEB_WORKERS", "2"))
THREADS = 2
CONNECTIONS = 16
DURATION = "8s"
FREE_TEXT = (
    "Bij de wasstraat om de hoek werken elke dag dezelfde vier mannen, van zeven uur 's ochtends "
    "tot laat in de avond. Ze slapen in een caravan achter de zaak en de baas houdt hun "
    "paspoorten. Een van hen zei dat hij eerst een schuld moet afbetalen voordat hij weg mag."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(workdir: Path) -> dict[str, str]:
    """Production settings on loopback; a throwaway SQLite database, so the thousands of counted
    bench checks never end up in the real statistics."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "benchsite.settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), env.get("PYTHONPATH", "")]),
            "SECRET_KEY": env.get("SECRET_KEY", "bench-only-secret-key-0123456789abcdefghijklmnop"),
            "DJANGO_HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SIGNAALWIJZER_HOME": str(ROOT),
            "LOG_LEVEL": "WARNING",
            "DATABASE_URL": "sqlite:///" + str(workdir / "bench.sqlite3"),
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "django", *args],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer on {url}")


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


def wrk(url: str, script: Path | None = None) -> dict[str, float]:
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency"]
    if script:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": round(rps, 1),
        "p50_ms": round(float(p50.group(1)) * scale[p50.group(2)], 2) if p50 else -1.0,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-web-") as workdir:
        return run(environment(Path(workdir)))


def run(env: dict[str, str]) -> dict[str, object]:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "signaalwijzer.web.wsgi:application",
            "--config",
            "python:signaalwijzer.web.gunicorn_conf",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(base + "/__bench/bare/")
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
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(
                'wrk.method = "POST"\n'
                f"wrk.body = {lua_string(body)}\n"
                'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
                f'wrk.headers["Cookie"] = "csrftoken={cookie}"\n'
            )
        post_script = Path(script.name)
        bare = wrk(base + "/__bench/bare/")
        home = wrk(base + "/")
        free_text = wrk(base + "/beschrijf/", post_script)
        post_script.unlink()
    finally:
        server.terminate()
        server.wait(timeout=20)
    return {
        "server": f"gunicorn sync, {WORKERS} workers, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}",
        "cpus": os.cpu_count(),
        "bare_view_rps": bare["rps"],
        "home_rps": home["rps"],
        "free_text_result_rps": free_text["rps"],
        "bare_view_p50_ms": bare["p50_ms"],
        "home_p50_ms": home["p50_ms"],
        "free_text_result_p50_ms": free_text["p50_ms"],
        "non_2xx": bare["non_2xx"] + home["non_2xx"] + free_text["non_2xx"],
    }


def lua_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    for key, value in main().items():
        print(f"{key}: {value}")
