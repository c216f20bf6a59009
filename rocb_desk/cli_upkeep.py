"""The command line's upkeep of an office: `check`, `backup` and `restore`.

`check` prints problems on stderr (exit 1) and notices on stdout: a notice, such as a
file no record names left by an interrupted import, does not make an office unsound.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import i18n
from .i18n import translate


def add_parsers(commands) -> None:  # noqa: ANN001 - argparse's subparsers
    check = commands.add_parser(
        "check", help="verify the schema, the database, the audit trail and attachments"
    )
    check.set_defaults(run=cmd_check)

    backup = commands.add_parser("backup", help="write a consistent copy of the whole office")
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="restore a backup into --db (an office with accounts: as its administrator, --user)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--force", action="store_true", help="replace an office that has data")
    restore.set_defaults(run=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    from .cli import OK, REFUSED, _open
    from .services.maintenance import examine

    office = _open(args, upgrade=False)  # a check reports an old schema, it does not repair it
    try:
        result = examine(office)
    finally:
        office.close()
    for problem in result.problems:
        print(i18n.message_text(problem), file=sys.stderr)
    for notice in result.notices:
        print(translate("CLI", "Notice: {text}").format(text=i18n.message_text(notice)))
    if result.problems:
        return REFUSED
    print(translate("CLI", "The office is sound: {path}").format(path=office.location))
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    from .cli import OK, _open
    from .services.maintenance import backup

    office = _open(args)
    try:
        written = backup(office, args.output)
    finally:
        office.close()
    print(translate("CLI", "Backup written and verified: {path}").format(path=written))
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .cli import OK
    from .cli_trust import PASSWORD_VARIABLE, ask_password
    from .services.maintenance import restore

    credentials = None
    if args.user:  # checked against the office being replaced, if it has accounts
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None:
            password = ask_password(args.user)
        credentials = (args.user, password)
    target = restore(args.file, args.db, force=args.force, credentials=credentials)
    print(translate("CLI", "Office restored: {path}").format(path=target))
    return OK
