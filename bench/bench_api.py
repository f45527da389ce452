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
import tempfile
import urllib.request
from pathlib import Path

from benchlib import bench_environment, gunicorn, manage, post_script, wrk

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


def measure(url: str, script: Path | None, duration: str = DURATION) -> dict[str, float]:
    return wrk(url, threads=THREADS, connections=CONNECTIONS, duration=duration, script=script)


def median_round(rounds: list[dict[str, float]]) -> dict[str, float]:
    """The round with the median throughput, plus the errors of all rounds."""
    middle = sorted(rounds, key=lambda r: r["rps"])[len(rounds) // 2]
    return {**middle, "non_2xx": sum(r["non_2xx"] for r in rounds)}


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
        overrides = {"API_THROTTLE_RATE": "100000000/m"}
        if os.environ.get("BENCH_DATABASE_URL"):  # e.g. a PostgreSQL database made for the bench
            overrides["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
        env = bench_environment(settings_module="benchapi.settings", home=home, **overrides)
        if "DATABASE_URL" not in overrides:
            env.pop("DATABASE_URL", None)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "createcachetable")
        with gunicorn(env, workers=WORKERS, ready_path="/__bench/json/") as base:
            body = json.dumps(PAYLOAD)
            check_answer(base, body.encode())
            script = post_script(home / "assess.lua", body=body, content_type="application/json")
            measure(base + "/__bench/json/", None, WARMUP)
            measure(base + "/api/v1/assess", script, WARMUP)
            bare_rounds, api_rounds = [], []
            for _ in range(ROUNDS):
                bare_rounds.append(measure(base + "/__bench/json/", None))
                api_rounds.append(measure(base + "/api/v1/assess", script))
            bare, api = median_round(bare_rounds), median_round(api_rounds)
            shares = sorted(
                a["rps"] / b["rps"] for a, b in zip(api_rounds, bare_rounds, strict=True)
            )
    share = shares[len(shares) // 2]  # median of the paired rounds' ratios
    return {
        "server": (
            f"gunicorn sync, {WORKERS} workers, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}, "
            f"{ROUNDS} alternating rounds, median"
        ),
        "database": ("PostgreSQL" if os.environ.get("BENCH_DATABASE_URL") else "SQLite (WAL)")
        + ", database cache for the throttle",
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 1),
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
