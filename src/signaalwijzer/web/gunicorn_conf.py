"""gunicorn settings: no access log (privacy); preload so workers share the knowledge base."""

import os

preload_app = True
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
timeout = 30
graceful_timeout = 20
limit_request_line = 8190
limit_request_fields = 100
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
