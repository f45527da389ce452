"""``signaalwijzer serve`` and ``signaalwijzer manage``: the Django side of the command line."""

from __future__ import annotations

import argparse
import os
import sys

from signaalwijzer.cli.main import CliError

SETTINGS_MODULE = "signaalwijzer.web.settings"


def gunicorn_command(*, bind: str, workers: int) -> list[str]:
    """The app under gunicorn with the production config (also what the benchmarks start)."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "signaalwijzer.web.wsgi:application",
        "--config",
        "python:signaalwijzer.web.gunicorn_conf",
        "--bind",
        bind,
        "--workers",
        str(workers),
    ]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="run migrations and serve the web app with gunicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.set_defaults(handler=run_serve)

    manage = sub.add_parser("manage", help="run a Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=run_manage)


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    from django.core.exceptions import ImproperlyConfigured

    try:
        import django

        django.setup()
    except ImproperlyConfigured as error:
        raise CliError(str(error)) from error


def run_manage(args: argparse.Namespace) -> int:
    _django_setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["signaalwijzer manage", *args.args])
    return 0


def run_serve(args: argparse.Namespace) -> int:
    _django_setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("load_scenarios", verbosity=0)  # training scenarios (idempotent)
    print(f"Signaalwijzer: http://{args.host}:{args.port}/", file=sys.stderr)
    command = gunicorn_command(bind=f"{args.host}:{args.port}", workers=args.workers)
    # Replaces this process with gunicorn, no shell involved.
    os.execvp(sys.executable, command)  # noqa: S606
    return 0  # pragma: no cover
