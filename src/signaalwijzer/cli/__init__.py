"""The ``signaalwijzer`` command line: assess texts, evaluate, validate the knowledge base, serve.

Each sub-command lives in its own module and registers itself in ``COMMANDS``.
"""

from signaalwijzer.cli.main import main

__all__ = ["main"]
