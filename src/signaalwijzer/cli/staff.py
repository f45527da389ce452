"""``signaalwijzer createstaff``: create a staff account with a role and a TOTP authenticator.

The admin demands a second factor, so a new account is useless without one: this prints the
``otpauth://`` provisioning URI (and, with ``--qr``, a QR code in the terminal) to add to an
authenticator app before the first login.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from signaalwijzer.cli.main import CliError
from signaalwijzer.cli.serve import _django_setup

ROLE_CHOICES = ("trainer", "coordinator", "administrator")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "createstaff",
        help="create a staff account (trainer, coordinator or administrator) with TOTP",
        description="Create a staff account with a role and print the TOTP provisioning URI "
        "for an authenticator app. The password is asked for, or read from the environment "
        "variable named by --password-env.",
    )
    parser.add_argument("username")
    parser.add_argument("--email", default="")
    parser.add_argument("--role", choices=ROLE_CHOICES, required=True)
    parser.add_argument(
        "--password-env",
        metavar="NAME",
        help="read the password from this environment variable (for scripts) instead of asking",
    )
    parser.add_argument("--qr", action="store_true", help="also print a QR code in the terminal")
    parser.set_defaults(handler=run_createstaff)


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env, "")
        if not value:
            raise CliError("environment variable " + args.password_env + " is empty or not set")
        return value
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password (again): "):
        raise CliError("the passwords do not match")
    return first


def run_createstaff(args: argparse.Namespace) -> int:
    _django_setup()
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from signaalwijzer.web.apps.accounts.services import StaffError, staff_create

    password = _password(args)
    try:
        validate_password(password)
    except ValidationError as error:
        raise CliError("password refused: " + " ".join(error.messages)) from error
    try:
        staff = staff_create(
            username=args.username, email=args.email, password=password, role=args.role
        )
    except StaffError as error:
        raise CliError(str(error)) from error
    print(f"Created staff account {args.username!r} with role {args.role!r}.")
    print("Add this to an authenticator app before the first login (admin: /admin/):")
    print(staff.provisioning_uri)
    if args.qr:
        import segno

        segno.make(staff.provisioning_uri, error="m").terminal(out=sys.stdout, compact=True)
    return 0
