"""Counters never lose an increment when several processes count the same thing at once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Sum

PROCESSES = 6
INCREMENTS = 60
SCRIPT = """
import time
from signaalwijzer.web.apps.stats.services import counter_increment
start = float({start!r})
while time.time() < start:
    time.sleep(0.005)
for _ in range({n}):
    counter_increment(metric="checks", key="api")
    counter_increment(metric="checks", key="free_text", amount=2)
"""


# transaction=True: on PostgreSQL the worker processes write to the test database itself.
@pytest.mark.django_db(transaction=True)
def test_parallel_processes_lose_no_count(tmp_path: Path) -> None:
    manage = [str(Path(sys.executable).parent / "signaalwijzer"), "manage"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "signaalwijzer.web.settings_test"}
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        env["DATABASE_URL"] = "postgres://{}:{}@{}:{}/{}".format(
            urllib.parse.quote(s["USER"]),
            urllib.parse.quote(s["PASSWORD"]),
            s["HOST"] or "127.0.0.1",
            s["PORT"] or 5432,
            s["NAME"],
        )
    else:
        env["DATABASE_URL"] = "sqlite:///" + str(tmp_path / "db.sqlite3")
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, timeout=300)
    # Every process starts counting at the same moment, after Django has loaded.
    code = SCRIPT.format(start=time.time() + 8, n=INCREMENTS)
    workers = [
        subprocess.Popen([*manage, "shell", "-c", code], env=env, stderr=subprocess.PIPE)
        for _ in range(PROCESSES)
    ]
    errors = [w.communicate(timeout=300)[1].decode() for w in workers]
    assert [w.returncode for w in workers] == [0] * PROCESSES, errors

    if connection.vendor == "postgresql":
        from signaalwijzer.web.apps.stats.models import DailyCounter

        counts = dict(
            DailyCounter.objects.values("key").annotate(n=Sum("count")).values_list("key", "n")
        )
    else:
        with sqlite3.connect(tmp_path / "db.sqlite3") as db:
            counts = dict(
                db.execute("SELECT key, SUM(count) FROM stats_dailycounter GROUP BY key").fetchall()
            )
    assert counts == {"api": PROCESSES * INCREMENTS, "free_text": 2 * PROCESSES * INCREMENTS}
