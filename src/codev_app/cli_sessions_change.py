"""``sessions import`` and ``sessions delete``: a session added from its file, or removed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext
from codev_app.cli_common import EXIT_BAD_SESSION_FILE, _command, _not_found, _Stop, _store
from codev_app.i18n import translate

if TYPE_CHECKING:
    from datetime import datetime

    from codev_app.storage.repository import SessionRow


_YES = frozenset({"y", "yes", "o", "oui"})

# --- import --------------------------------------------------------------------------------------


@_command
def import_session(args: argparse.Namespace, context: CliContext) -> int:
    """Read a session file and save it as a new session; a bad file changes nothing."""
    from codev_app.export import SessionFileError, read_session_file

    path = Path(args.file).expanduser()
    try:
        bundle = read_session_file(path)  # before the database is even opened
    except SessionFileError as error:
        if error.field:
            lines = [
                translate("cli", "Not imported: in %1, the field %2 is wrong: %3.")
                .replace("%1", str(path))
                .replace("%2", error.field)
                .replace("%3", error.detail)
            ]
        else:
            # The file's name and the technical cause, as a compiler would say it.
            lines = [_unreadable(path), str(error)]
        raise _Stop(EXIT_BAD_SESSION_FILE, *lines, _unchanged()) from None
    with _store(create=True) as store:
        assert store is not None  # created when missing
        try:
            session_id = store.save_bundle(bundle)
        except ValueError as error:
            raise _Stop(
                EXIT_BAD_SESSION_FILE, _unreadable(path), str(error), _unchanged()
            ) from None
        row = store.get_session(session_id)
    context.out(translate("cli", "Imported as session %1.").replace("%1", str(session_id)))
    context.out(_describe_row(row))
    return EXIT_OK


def _unreadable(path: Path) -> str:
    return translate("cli", "Not imported: %1 is not a readable Codev session file.").replace(
        "%1", str(path)
    )


def _unchanged() -> str:
    return translate("cli", "Nothing was changed in your sessions.")


# --- delete --------------------------------------------------------------------------------------


@_command
def delete_session(args: argparse.Namespace, context: CliContext) -> int:
    """Delete a session after confirmation (or with ``--yes``)."""
    session_id = args.session_id
    with _store() as store:
        if store is None:
            raise _Stop(EXIT_FAILED, _not_found(session_id))
        row = store.get_session(session_id)
    description = _describe_row(row)
    if not args.yes:
        # Closed while the question waits: the window must not find its database held.
        if not _can_ask():
            raise _Stop(
                EXIT_USAGE,
                translate(
                    "cli",
                    "Not deleted: there is no terminal to confirm. Add --yes to delete "
                    "session %1 without being asked.",
                ).replace("%1", str(session_id)),
            )
        context.warn(description)
        context.stderr.write(
            translate(
                "cli",
                "Delete this session and its notes for good? They cannot be recovered. [y/N] ",
            )
        )
        context.stderr.flush()
        answer = sys.stdin.readline().strip().casefold()
        if answer not in _YES:
            context.out(translate("cli", "Not deleted."))
            return EXIT_FAILED
    with _store() as store:
        if store is None:
            raise _Stop(EXIT_FAILED, _not_found(session_id))
        store.delete_session(session_id)
    context.out(translate("cli", "Deleted: %1").replace("%1", description))
    return EXIT_OK


def _can_ask() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _describe_row(row: SessionRow) -> str:
    return _describe(row.id, row.created_at, row.group_name, row.title or row.case_title)


def _describe(session_id: int, created_at: datetime, group: str, topic: str) -> str:
    parts = [
        translate("cli", "session %1").replace("%1", str(session_id)),
        created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        group,
        topic,
    ]
    return " — ".join(part for part in parts if part)
