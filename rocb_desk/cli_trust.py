"""The command line's accounts: logging in with --user, and the `users` commands.

While an office has active accounts and login is on, every command that opens the
office logs in first: `--user NAME`, the password from ROCB_DESK_PASSWORD or asked for.
A refused login is one line on stderr and exit code 1, like any other refusal.
"""

from __future__ import annotations

import argparse
import getpass
import os

from .domain.access import ROLE_LABELS, Account, Role
from .domain.errors import QT_TRANSLATE_NOOP, OfficeError
from .i18n import translate

PASSWORD_VARIABLE = "ROCB_DESK_PASSWORD"
# The password of an account being created, when ROCB_DESK_PASSWORD already logs in.
NEW_PASSWORD_VARIABLE = "ROCB_DESK_NEW_PASSWORD"

NO_PASSWORD = QT_TRANSLATE_NOOP("Errors", "No password was given; nothing was changed.")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors", "The two passwords are not the same; nothing was changed."
)


def add_parsers(commands) -> None:  # noqa: ANN001 - argparse's subparsers
    users = commands.add_parser("users", help="the accounts of the office")
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="create an account (password from ROCB_DESK_NEW_PASSWORD or "
        "ROCB_DESK_PASSWORD, or asked for)",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--full-name", default="", metavar="TEXT")
    add.add_argument("--confidential", action="store_true", help="may read confidential letters")
    add.set_defaults(run=cmd_users_add)
    listing = actions.add_parser(
        "list", help="one line an account: name, role, clearance, active or inactive"
    )
    listing.set_defaults(run=cmd_users_list)
    switch = actions.add_parser("login", help="switch login off (a one-person office) or on")
    which = switch.add_mutually_exclusive_group(required=True)
    which.add_argument("--off", dest="login_off", action="store_true")
    which.add_argument("--on", dest="login_off", action="store_false")
    switch.set_defaults(run=cmd_users_login)


def authenticate(office, args: argparse.Namespace) -> None:  # noqa: ANN001 - an Office
    """Log in as --user when the office asks for a login; refuse without one."""
    from .services import access

    args.logged_in = False
    if not office.login_required:
        return
    if not args.user:
        raise OfficeError(access.NOT_LOGGED_IN)
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = ask_password(args.user)
    access.login(office, args.user, password)
    args.logged_in = True


def ask_password(user: str) -> str:
    return _ask(translate("CLI", "Password for {user}: ").format(user=user))


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise OfficeError(NO_PASSWORD) from None


def _new_password(args: argparse.Namespace) -> str:
    """The new account's password: from the environment, or typed twice.

    ROCB_DESK_PASSWORD is taken only when it did not just log someone in: the
    administrator's own password must never become another account's by accident."""
    password = os.environ.get(NEW_PASSWORD_VARIABLE)
    if password is None and not args.logged_in:
        password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    first = _ask(translate("CLI", "Password for {user}: ").format(user=args.name))
    if _ask(translate("CLI", "The same password again: ")) != first:
        raise OfficeError(PASSWORDS_DIFFER)
    return first


def cmd_users_add(args: argparse.Namespace) -> int:
    from .cli import OK, _open
    from .services.access import UserForm, add_user

    office = _open(args)
    try:
        password = _new_password(args)
        form = UserForm(
            args.name,
            args.role,
            password,
            full_name=args.full_name,
            confidential=args.confidential,
        )
        add_user(office, form)
    finally:
        office.close()
    print(
        translate("CLI", "Account {name} added: {role}").format(
            name=args.name.strip(), role=translate("Access", ROLE_LABELS[Role(args.role)])
        )
    )
    return OK


def cmd_users_list(args: argparse.Namespace) -> int:
    from .cli import OK, _open
    from .services.access import list_users

    office = _open(args)
    try:
        lines = list_users(office)
    finally:
        office.close()
    for line in lines:
        # The clearance: the most restricted letters the account reads.
        clearance = Account(line.name, line.role, line.confidential).readable()[-1]
        state = "active" if line.active else "inactive"
        print(f"{line.name}\t{line.role.value}\t{clearance}\t{state}")
    return OK


def cmd_users_login(args: argparse.Namespace) -> int:
    from .cli import OK, _open
    from .services.access import set_login_off

    office = _open(args)
    try:
        set_login_off(office, args.login_off)
    finally:
        office.close()
    if args.login_off:
        print(translate("CLI", "Login is off: the office acts as its one user."))
    else:
        print(translate("CLI", "Login is on: every command and window asks who is there."))
    return OK
