"""API benchmark: POST /api/v1/assess requests/s and p50/p99 latency under gunicorn at 32
concurrent connections (wrk on loopback), next to a bare Django JSON view in the same run.

Targets (issue 4): the API reaches >= 40% of the bare view's throughput, and its p99 <= 100 ms.
Everything a real request does is switched on: body checks, the per-client throttle (counting in
the database cache, at a rate high enough never to refuse), the engine, and the stats counters.
The bare view lives in a bench-only URLconf (``bench/benchapi``). The description sent is written
here (no evaluation cases).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
THREADS = 2
CONNECTIONS = 32
DURATION = "5s"
ROUNDS = 3
"""Bare view and API are measured in turns, ROUNDS times each, and the median round counts: on a
shared machine the load changes from second to second, and turns expose both to the same mix."""
WARMUP = "2s"
TARGET_SHARE = 0.40
TARGET_P99_MS = 100.0
PAYLOAD = {
    "text": (
        "Bij de nagelstudio in onze straat werken twee jonge vrouwen van 's ochtends vroeg tot "
        "middernacht. Ze wonen boven de zaak en gaan nooit alleen naar buiten. De eigenaar houdt "
        "hun paspoorten en zegt dat ze eerst de reis moeten terugbetalen."
    ),
    "lang": "nl",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CACHE_URL", None)
    env.pop("DATABASE_URL", None)
    if os.environ.get("BENCH_DATABASE_URL"):  # e.g. a PostgreSQL database made for the bench
        env["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "benchapi.settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), env.get("PYTHONPATH", "")]),
            "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
            "DJANGO_HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SIGNAALWIJZER_HOME": str(home),
            "API_THROTTLE_RATE": "100000000/m",
            "LOG_LEVEL": "WARNING",
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


def to_ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, script: Path | None, duration: str = DURATION) -> dict[str, float]:
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}", "--latency"]
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


def median_round(rounds: list[dict[str, float]]) -> dict[str, float]:
    """The round with the median throughput, plus the errors of all rounds."""
    middle = sorted(rounds, key=lambda r: r["rps"])[len(rounds) // 2]
    return {**middle, "non_2xx": sum(r["non_2xx"] for r in rounds)}


def lua_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_answer(base: str, body: bytes) -> None:
    """One real request first: it must be a full assessment, or the figures mean nothing."""
    request = urllib.request.Request(  # noqa: S310 - loopback
        base + "/api/v1/assess",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback
        answer = json.loads(response.read())
    if response.status != 200 or not answer.get("channels"):
        raise RuntimeError(f"assess did not answer with routes: {answer}")


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench_api_") as tmp:
        home = Path(tmp)
        (home / "var").mkdir()
        env = environment(home)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "createcachetable")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(  # noqa: S603 - fixed arguments
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
            wait_for(base + "/__bench/json/")
            body = json.dumps(PAYLOAD).encode()
            check_answer(base, body)
            script = home / "assess.lua"
            script.write_text(
                'wrk.method = "POST"\n'
                f"wrk.body = {lua_string(body.decode())}\n"
                'wrk.headers["Content-Type"] = "application/json"\n',
                encoding="utf-8",
            )
            wrk(base + "/__bench/json/", None, WARMUP)
            wrk(base + "/api/v1/assess", script, WARMUP)
            bare_rounds, api_rounds = [], []
            for _ in range(ROUNDS):
                bare_rounds.append(wrk(base + "/__bench/json/", None))
                api_rounds.append(wrk(base + "/api/v1/assess", script))
            bare, api = median_round(bare_rounds), median_round(api_rounds)
            shares = sorted(
                a["rps"] / b["rps"] for a, b in zip(api_rounds, bare_rounds, strict=True)
            )
        finally:
            server.terminate()
            server.wait(timeout=20)
    share = shares[len(shares) // 2]  # median of the paired rounds' ratios
    return {
        "server": (
            f"gunicorn sync, {WORKERS} workers, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}, "
            f"{ROUNDS} alternating rounds, median"
        ),
        "database": ("PostgreSQL" if os.environ.get("BENCH_DATABASE_URL") else "SQLite (WAL)")
        + ", database cache for the throttle",
        "cpus": os.cpu_count(),
        "bare_json_rps": bare["rps"],
        "bare_json_p50_ms": bare["p50_ms"],
        "bare_json_p99_ms": bare["p99_ms"],
        "api_assess_rps": api["rps"],
        "api_assess_p50_ms": api["p50_ms"],
        "api_assess_p99_ms": api["p99_ms"],
        "api_share_of_bare": round(share, 3),
        "api_share_per_round": [round(s, 3) for s in shares],
        "target_share_met": share >= TARGET_SHARE,
        "target_p99_met": api["p99_ms"] <= TARGET_P99_MS,
        "non_2xx": bare["non_2xx"] + api["non_2xx"],
    }


if __name__ == "__main__":
    for key, value in main().items():
        print(f"{key}: {value}")
