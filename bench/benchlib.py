"""What the HTTP benchmarks share: a gunicorn server on loopback, wrk runs and their figures.

Each benchmark starts the real app with production settings over plain http on 127.0.0.1 (a
bench-only settings module adds a bare view to compare with) and drives it with Debian's ``wrk``.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from signaalwijzer.cli.serve import gunicorn_command

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bench_environment(*, settings_module: str, home: Path, **overrides: str) -> dict[str, str]:
    """Production settings on loopback, plus the bench-only URLs of ``settings_module``."""
    env = dict(os.environ)
    env.pop("CACHE_URL", None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": settings_module,
            "PYTHONPATH": os.pathsep.join([str(BENCH_DIR), env.get("PYTHONPATH", "")]),
            "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
            "DJANGO_HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SIGNAALWIJZER_HOME": str(home),
            "LOG_LEVEL": "WARNING",
            **overrides,
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


def wait_for(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer on {url}")


@contextmanager
def gunicorn(env: dict[str, str], *, workers: int, ready_path: str) -> Iterator[str]:
    """The app under gunicorn (our production config) on a free port; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        gunicorn_command(bind=f"127.0.0.1:{port}", workers=workers),
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + ready_path)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def to_ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(
    url: str, *, threads: int, connections: int, duration: str, script: Path | None = None
) -> dict[str, float]:
    """One wrk run: requests/s, p50/p99 latency in ms, and non-2xx answers."""
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency"]
    if script:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    if not (rps and p50 and p99):
        raise RuntimeError("could not read wrk output:\n" + out)
    return {
        "rps": round(float(rps.group(1)), 1),
        "p50_ms": round(to_ms(*p50.groups()), 2),
        "p99_ms": round(to_ms(*p99.groups()), 2),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": 1 if socket_errors else 0,
    }


def lua_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def post_script(path: Path, *, body: str, content_type: str, cookie: str = "") -> Path:
    """A wrk Lua script that POSTs ``body``."""
    lines = [
        'wrk.method = "POST"',
        f"wrk.body = {lua_string(body)}",
        f'wrk.headers["Content-Type"] = "{content_type}"',
    ]
    if cookie:
        lines.append(f'wrk.headers["Cookie"] = "{cookie}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
