"""Engine benchmark: texts/s and p50/p99 latency on ~1 kB texts (one core, after start-up),
CLI start-up time, peak memory, and the adversarial-input budget (10,000 characters <= 50 ms).

The texts are generated here from neutral and signal-like phrases (no evaluation cases).
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from signaalwijzer.knowledge import KnowledgeBase

N_TEXTS = 2000
TARGET_CHARS = 1000

PHRASES_NL = [
    "Mijn buurman werkt elke dag van zes uur 's ochtends tot laat in de avond in de kas.",
    "Er stopt elke ochtend een busje voor de deur en dan stappen er zes mannen in.",
    "De baas heeft hun paspoorten in bewaring en ze krijgen bijna niks betaald.",
    "Ze slapen met acht mensen in een kleine caravan achter de loods.",
    "Hij zegt dat hij eerst de reis moet terugbetalen voordat hij weg mag.",
    "Het meisje van vijftien heeft ineens dure kleren en twee telefoons.",
    "Gisteren hebben we gezellig gebarbecued met de hele straat.",
    "De winkel is zeven dagen per week open, het is een familiebedrijf.",
    "Ik weet niet of dit klopt, maar ik maak me zorgen om hem.",
    "Ze durft niet te praten als die man erbij is en kijkt steeds naar de grond.",
]
PHRASES_EN = [
    "My neighbour works from six in the morning until late at night at the farm.",
    "A van picks up six men outside the house every morning at five.",
    "The boss keeps their passports and they are hardly paid anything.",
    "They sleep with eight people in a small caravan behind the warehouse.",
    "He says he has to pay back the trip before he is allowed to leave.",
    "We had a nice barbecue with the whole street yesterday.",
    "I am not sure about this, but I am worried about her.",
    "She does not dare to talk when that man is around.",
]


def _texts(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(N_TEXTS):
        phrases = PHRASES_EN if i % 3 == 0 else PHRASES_NL
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < TARGET_CHARS:
            parts.append(rng.choice(phrases))
        out.append(" ".join(parts))
    return out


def _adversarial() -> dict[str, str]:
    return {
        "repeated_pattern": ("paspoort afgepakt niet " * 500)[:10_000],
        "long_word": "a" * 10_000,
        "many_short_words": ("a " * 5000)[:10_000],
        "digits": ("1234567890 " * 1000)[:10_000],
        "punctuation": ("!?.,;:-()'\"" * 1000)[:10_000],
        "near_typos": ("paspoord pasport paspoortt " * 400)[:10_000],
    }


def _timed(func: object) -> float:
    started = time.perf_counter()
    func()  # type: ignore[operator]
    return time.perf_counter() - started


def _cli_startup() -> float:
    """Wall time of a fresh `signaalwijzer assess` process on one short text (best of 3)."""
    exe = Path(sys.executable).parent / "signaalwijzer"
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [
                str(exe),
                "assess",
                "--json",
                "Hij werkt elke dag 14 uur en de baas heeft zijn paspoort.",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        best = min(best, time.perf_counter() - started)
    return best


def _stages(kb: KnowledgeBase, texts: list[str]) -> dict[str, float]:
    """CPU time per text of each step of the engine, measured step by step on the same texts."""
    from signaalwijzer.engine import assess
    from signaalwijzer.engine.index import compiled
    from signaalwijzer.engine.text import detect_language, tokenise

    def per_text(func: Callable[[str], object]) -> float:
        started = time.process_time()
        for text in texts:
            func(text)
        return (time.process_time() - started) / len(texts) * 1e6

    kbc = compiled(kb)
    docs = [tokenise(text) for text in texts]
    matchers = {id(doc): kbc.matcher(detect_language(doc)) for doc in docs}
    tokenising = per_text(tokenise)
    started = time.process_time()
    for doc in docs:
        matchers[id(doc)].match(doc)
    matching = (time.process_time() - started) / len(docs) * 1e6
    rules = per_text(lambda text: assess(kb=kb, text=text, learned=False))
    full = per_text(lambda text: assess(kb=kb, text=text))
    return {
        "tokenise": round(tokenising),
        "match_patterns": round(matching),
        "context_score_route": round(rules - tokenising - matching),
        "learned_layer": round(full - rules),
        "total": round(full),
    }


def main() -> dict[str, object]:
    from signaalwijzer.engine import assess
    from signaalwijzer.knowledge import load_knowledge_base

    started = time.perf_counter()
    kb = load_knowledge_base()
    assess(kb=kb, text="warm up: hij werkt 14 uur per dag")
    assess(kb=kb, text="warm up: he works 14 hours a day")
    warmup = time.perf_counter() - started

    texts = _texts()
    latencies = []
    t0 = time.perf_counter()
    c0 = time.process_time()
    for text in texts:
        s = time.perf_counter()
        assess(kb=kb, text=text)
        latencies.append(time.perf_counter() - s)
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    latencies.sort()

    stages = _stages(kb, texts[:500])

    adversarial = {}
    for name, text in _adversarial().items():
        s = time.perf_counter()
        assess(kb=kb, text=text)
        adversarial[name] = round((time.perf_counter() - s) * 1000, 1)

    # How fast this machine runs plain Python (a typical 2020s desktop core: about 10 us).
    calibration = min(_timed(lambda: sum(range(1000))) for _ in range(200))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    startup = _cli_startup()
    figures: dict[str, object] = {
        "texts": len(texts),
        "mean_chars": round(statistics.mean(len(t) for t in texts)),
        "texts_per_s": round(len(texts) / total),
        # CPU time of this one process: what one free core would do on a busy machine
        "texts_per_cpu_s": round(len(texts) / cpu),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 3),
        "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 3),
        "first_load_s": round(warmup, 2),
        "cli_startup_s": round(startup, 2),
        "peak_rss_mb": round(peak_mb),
        "adversarial_max_ms": max(adversarial.values()),
        "calibration_sum_range_1000_us": round(calibration * 1e6, 1),
        "adversarial_ms": json.dumps(adversarial),
        # Where the time of one text goes (CPU microseconds, same texts): what to speed up next
        "stage_us": json.dumps(stages),
        "targets": ">=2000 texts/s, start-up <=1.5 s, <=150 MB, adversarial <=50 ms",
    }
    figures["meets_targets"] = bool(
        max(len(texts) / total, len(texts) / cpu) >= 2000
        and startup <= 1.5
        and peak_mb <= 150
        and max(adversarial.values()) <= 50
    )
    return figures


if __name__ == "__main__":
    for key, value in main().items():
        print(f"{key}: {value}")
