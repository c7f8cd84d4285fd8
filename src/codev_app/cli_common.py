"""What the ``codev-app`` command modules share: exit codes, parser helpers, the database, Qt."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from codev_app import i18n
from codev_app.cli_base import EXIT_FAILED, CliContext, Commands, Handler, add_command
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle
    from codev_app.paths import FolderProblem
    from codev_app.storage import Store
    from codev_app.storage.errors import DatabaseUnavailable
    from codev_app.storage.recovery import RecoveryNote


EXIT_DATABASE_UNAVAILABLE = 3
EXIT_NOT_APPROVED = 4
EXIT_FILE_EXISTS = 5
EXIT_BAD_SESSION_FILE = 6

# Seconds to wait for a database another program holds. Codev's window holds it for as long as
# it is open, so waiting longer would only delay the message.
BUSY_TIMEOUT = 2.0


class _Stop(Exception):
    """Ends a command: ``lines`` go to stderr and ``code`` is the exit code."""

    def __init__(self, code: int, *lines: str) -> None:
        super().__init__(*lines)
        self.code = code
        self.lines = lines


def _command(function: Handler) -> Handler:
    """Turn a :class:`_Stop` or a storage error into a message and an exit code."""

    @functools.wraps(function)
    def run(args: argparse.Namespace, context: CliContext) -> int:
        from codev_app.storage.errors import DatabaseUnavailable, SessionNotFound, StorageError

        try:
            return function(args, context)
        except _Stop as stop:
            for line in stop.lines:
                context.warn(line)
            return stop.code
        except DatabaseUnavailable as error:
            context.warn(database_message(error))
            return EXIT_DATABASE_UNAVAILABLE
        except SessionNotFound as error:
            context.warn(_not_found(error.session_id))
            return EXIT_FAILED
        except StorageError as error:
            context.warn(str(error))
            return EXIT_FAILED

    return run


# --- the parser ----------------------------------------------------------------------------------


def _session_number(text: str) -> int:
    if text.strip().isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(
        translate("cli", "%1 is not a session number (see: codev-app sessions list).").replace(
            "%1", text
        )
    )


def _new_command(
    commands: Commands[argparse.ArgumentParser], name: str, *, help: str, description: str
) -> argparse.ArgumentParser:
    parser = add_command(commands, name, help=help, description=description)
    # argparse's own title is not translated.
    parser._positionals.title = translate("cli", "arguments")
    return parser


def _options(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """The group that holds --help, so that all options are listed under one title."""
    return next(
        group
        for group in parser._action_groups
        if any("--help" in action.option_strings for action in group._group_actions)
    )


def _add_session_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "session_id",
        metavar="ID",
        type=_session_number,
        help=translate("cli", "the session's number (see: codev-app sessions list)"),
    )


# --- the database --------------------------------------------------------------------------------


@contextmanager
def _store(*, create: bool = False) -> Iterator[Store | None]:
    """The open store, closed on leaving; None when there is no database and ``create`` is off."""
    from codev_app import paths
    from codev_app.storage.recovery import open_store_with_recovery

    problems = paths.unwritable_folders([paths.FolderRole.DATA, paths.FolderRole.BACKUPS])
    if problems:
        raise _Stop(EXIT_DATABASE_UNAVAILABLE, *map(_folder_message, problems))
    path = paths.database_path()
    if not create and not path.exists():
        yield None
        return
    store, notes = open_store_with_recovery(path, busy_timeout=BUSY_TIMEOUT)
    for note in notes:
        print(_recovery_message(note), file=sys.stderr)
    with store:
        yield store


def _folder_message(problem: FolderProblem) -> str:
    return (
        translate(
            "cli",
            "Codev cannot write to its data folder: %1 (%2)\nCodev has not changed anything. "
            "Check that the disk is connected, not full and not read-only, and that you may "
            "write there, then run the command again.",
        )
        .replace("%1", str(problem.path))
        .replace("%2", problem.detail)
    )


def _recovery_message(note: RecoveryNote) -> str:
    from codev_app.storage.recovery import RecoveryKind

    match note.kind:
        case RecoveryKind.RESTORED:
            text = translate(
                "cli",
                "The Codev database was damaged; it is set aside as %1. Your sessions up to %2 "
                "are restored from a backup; anything written after that is only in the file "
                "set aside.",
            )
        case RecoveryKind.EMPTY:
            text = translate(
                "cli",
                "The Codev database was damaged; it is set aside as %1. There was no usable "
                "backup, so Codev starts with an empty database.",
            )
        case _:
            text = translate("cli", "The backup %3 is damaged too; it was not used.")
    backup = note.backup.name if note.backup is not None else ""
    return (
        text.replace("%1", str(note.set_aside))
        .replace("%2", note.backup_time)
        .replace("%3", backup)
    )


def database_message(error: DatabaseUnavailable) -> str:
    """Why the database cannot be used and what to do, in the interface language."""
    texts = {
        "corrupt": translate(
            "cli",
            "The Codev database is damaged: %1\nCodev has not changed it. Move this file "
            "somewhere else or restore a backup, then try again.",
        ),
        "locked": translate(
            "cli",
            "The Codev database is in use by another program, most likely the Codev window: "
            "%1\nClose Codev, then run the command again.",
        ),
        "read_only": translate(
            "cli",
            "Codev cannot write to its database, because the file or its folder is read-only: "
            "%1\nAllow writing there, then run the command again.",
        ),
        "newer_version": translate(
            "cli",
            "The Codev database was written by a newer version of Codev (%2): %1\nThis version "
            "has not changed it. Use the newer Codev.",
        ),
        "io_error": translate(
            "cli",
            "Codev could not read or write its database (%2): %1\nCheck that the disk is "
            "connected and not full and that you may use this file, then try again.",
        ),
    }
    text = texts.get(str(error.reason))
    if text is None:
        return str(error)
    detail = error.detail or translate("cli", "disk error")
    return text.replace("%1", str(error.path)).replace("%2", detail)


def _not_found(session_id: int) -> str:
    return translate(
        "cli", "There is no saved session number %1 (see: codev-app sessions list)."
    ).replace("%1", str(session_id))


def _load(session_id: int) -> SessionBundle:
    from codev_app.storage.repository import SessionUnreadable

    with _store() as store:
        if store is None:
            raise _Stop(EXIT_FAILED, _not_found(session_id))
        try:
            bundle = store.load_bundle(session_id)
        except SessionUnreadable as error:
            raise _Stop(
                EXIT_FAILED,
                translate("cli", "The saved session number %1 cannot be read (%2).")
                .replace("%1", str(session_id))
                .replace("%2", error.detail),
            ) from None
    # Stored times come back in UTC; documents and file names show the facilitator's clock.
    return replace(
        bundle,
        created_at=bundle.created_at.astimezone() if bundle.created_at else None,
        finished_at=bundle.finished_at.astimezone() if bundle.finished_at else None,
    )


def _interface_language(args: argparse.Namespace, context: CliContext) -> CliContext:
    """``context`` in the interface language, whatever the document's ``--lang`` says.

    :func:`codev_app.cli.main` picks the interface language from a ``--lang`` anywhere on the
    line, before parsing; after ``export`` that option is the document's. So the choice is made
    again from the ``--lang`` before the command, the settings and the system.
    """
    if args.document_language is None:
        return context
    from codev_app.settings import load_settings

    settings, _warnings = load_settings()  # main() has shown its warnings already
    language = i18n.choose_language(
        getattr(args, "lang", None), str(settings.language), i18n.system_language()
    )
    if language == context.language:
        return context
    i18n.set_plain_language(language)
    return context._replace(language=language)


_qt_app: Any = None


def _qt_application() -> None:
    """Make sure a ``QGuiApplication`` exists, which Qt's PDF writer needs; no window opens."""
    global _qt_app
    # Offscreen: works over SSH or in a script with no display (Qt would abort without one).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    try:
        from PySide6.QtGui import QGuiApplication
    except ImportError as error:
        raise _Stop(
            EXIT_FAILED,
            translate(
                "cli", "PDF export is not available here (%1). Markdown export works."
            ).replace("%1", str(error)),
        ) from None
    if QGuiApplication.instance() is None:
        _qt_app = QGuiApplication(["codev-app"])
