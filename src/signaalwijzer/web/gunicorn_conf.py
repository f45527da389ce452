"""gunicorn settings for production (``signaalwijzer serve`` and docs/deployment.md use them).

Privacy: no access log (it would hold every visitor's IP address and every URL). Error log lines
go through the same JSON formatter as the app's own logs, which masks addresses.

Memory and start-up: ``preload_app`` imports Django, loads the knowledge base and warms the engine
once in the master, then forks; workers share those pages copy-on-write and answer the first
request as fast as the thousandth.

Every value can be overridden on the command line or with GUNICORN_CMD_ARGS; the environment
variables below are the ones docs/configuration.md describes.
"""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", str(min(2 * multiprocessing.cpu_count() + 1, 9))))
worker_class = "sync"
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, spread out, so a slow leak never becomes an outage.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 - heartbeat files
# Only these peers may tell us the original scheme (X-Forwarded-Proto): the load balancer.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
logconfig_dict: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "signaalwijzer.web.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": [], "propagate": False},
    },
}


def worker_exit(server: Any, worker: Any) -> None:
    """Before a worker goes (restart, upgrade, stop): record the checks it still holds."""
    from signaalwijzer.web.apps.stats.batching import batcher

    batcher.stop()


def when_ready(server: Any) -> None:
    """In the master, after the app is imported and before workers fork: warm up."""
    from signaalwijzer.engine import assess
    from signaalwijzer.knowledge import load_knowledge_base

    kb = load_knowledge_base()
    # One Dutch and one English sentence load the lemmatiser data and compile every pattern.
    assess(kb=kb, text="Hij moet elke dag werken en krijgt geen geld.", lang="nl")
    assess(kb=kb, text="She has to work every day and gets no money.", lang="en")
