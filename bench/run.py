"""``make bench``: runs every ``bench/bench_*.py`` in turn and prints their figures.

Each benchmark is a script with a ``main() -> dict[str, object]`` that measures one thing (engine
throughput, page requests/s under gunicorn, API load, live-session load) and returns its figures.
The collected figures are also written to ``bench/results/latest.json``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchmarks share bench/benchlib.py


def main() -> int:
    results: dict[str, object] = {}
    failed = False
    only = set(sys.argv[1:])
    for script in sorted(HERE.glob("bench_*.py")):
        name = script.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(script.stem, script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {name} ==", flush=True)
        started = time.perf_counter()
        try:
            figures = module.main()
        except Exception as error:  # noqa: BLE001 - report and go on with the next benchmark
            failed = True
            figures = {"error": repr(error)}
        figures["seconds"] = round(time.perf_counter() - started, 1)
        for key, value in figures.items():
            print(f"  {key}: {value}")
        results[name] = figures
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
