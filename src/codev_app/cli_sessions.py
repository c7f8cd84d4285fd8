"""``codev-app sessions``: the saved sessions, from the terminal.

    codev-app sessions list [--search TEXT] [--limit N]
    codev-app sessions show ID
    codev-app sessions export ID --format pdf|markdown|json|csv -o PATH
                              [--audience participants|facilitator|personal] [--lang fr|en]
                              [--no-authors] [--paper a4|letter] [--table speaking|timings]
                              [--force]
    codev-app sessions import FILE
    codev-app sessions delete ID [--yes]

Exit codes (scripts may rely on them): 0 done; 1 failed (no such session, a file that cannot be
written); 2 usage (wrong arguments, or ``delete`` with no terminal to ask and no ``--yes``); 3 the
database cannot be used (damaged, in use by Codev's window, read-only, from a newer Codev); 4 the
client has not approved sharing the record; 5 the target file exists (``--force`` replaces it);
6 the file to import is not a readable Codev session (nothing is changed then).

The database is opened as the window opens it (:mod:`codev_app.storage.recovery`): a damaged
file (an empty or cut-short one included) is set aside, never changed, the newest sound backup
takes its place and stderr says so before the command goes on. A data folder Codev cannot write
to is named, with what to do. Commands that only read do not create a database that does not
exist yet. The store is closed before any document is written, so the file is held only while
it is read.

Only PDF export imports Qt: it creates a ``QGuiApplication`` on the ``offscreen`` platform (unless
``QT_QPA_PLATFORM`` says otherwise), so it works over SSH and never opens a window.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codev_app import i18n
from codev_app.cli_base import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliContext,
    Commands,
    Handler,
    add_command,
)
from codev_app.i18n import translate

if TYPE_CHECKING:
    from datetime import datetime

    from codev_app.core.bundle import SessionBundle
    from codev_app.paths import FolderProblem
    from codev_app.storage import Store
    from codev_app.storage.errors import DatabaseUnavailable
    from codev_app.storage.recovery import RecoveryNote
    from codev_app.storage.repository import SessionRow
    from codev_app.storage.repository import SessionSummary as HistoryLine

EXIT_DATABASE_UNAVAILABLE = 3
EXIT_NOT_APPROVED = 4
EXIT_FILE_EXISTS = 5
EXIT_BAD_SESSION_FILE = 6

# Seconds to wait for a database another program holds. Codev's window holds it for as long as
# it is open, so waiting longer would only delay the message.
BUSY_TIMEOUT = 2.0

FORMATS = ("pdf", "markdown", "json", "csv")
AUDIENCES = ("participants", "facilitator", "personal")
TABLES = ("speaking", "timings")
PAPERS = ("a4", "letter")
DEFAULT_LIMIT = 200
_YES = frozenset({"y", "yes", "o", "oui"})
# Longer cells are cut with an ellipsis so that a line of the list fits a terminal.
_WIDTHS = {"group": 24, "client": 22, "topic": 40}


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


def _positive(text: str) -> int:
    if text.strip().isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(
        translate("cli", "%1 is not a whole number above zero.").replace("%1", text)
    )


def add_sessions_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``sessions list|show|export|import|delete`` to the ``codev-app`` command line."""
    group = _new_command(
        commands,
        "sessions",
        help=translate("cli", "work with saved sessions"),
        description=translate(
            "cli",
            "Saved sessions: list and search them, read one, export it as a document or a file, "
            "import a session file, delete a session.",
        ),
    )
    actions = group.add_subparsers(
        dest="action",
        metavar=translate("cli", "ACTION"),
        title=translate("cli", "actions"),
        required=True,
    )
    listing = _new_command(
        actions,
        "list",
        help=translate("cli", "list the saved sessions, newest first"),
        description=translate(
            "cli",
            "List the saved sessions, newest first: number, date, group, client, topic, and "
            "whether the session is finished.",
        ),
    )
    _options(listing).add_argument(
        "--search",
        metavar=translate("cli", "TEXT"),
        help=translate(
            "cli",
            "only the sessions whose title, group, client or notes hold every word of TEXT "
            "(accents and capitals do not matter)",
        ),
    )
    _options(listing).add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help=translate("cli", "show at most N sessions (default: %1)").replace(
            "%1", str(DEFAULT_LIMIT)
        ),
    )
    listing.set_defaults(handler=list_sessions)

    showing = _new_command(
        actions,
        "show",
        help=translate("cli", "show a short summary of a session"),
        description=translate(
            "cli",
            "Show a short summary of a session: when, who, the plan, what was recorded. To read "
            "everything, export the facilitator's record.",
        ),
    )
    _add_session_id(showing)
    showing.set_defaults(handler=show_session)

    exporting = _new_command(
        actions,
        "export",
        help=translate("cli", "write a session as a document (PDF, Markdown) or a data file"),
        description=translate(
            "cli",
            "Write a session as a document for the participants or for you (PDF, Markdown), as "
            "the complete session file (json), or as tables for a spreadsheet (csv). Documents "
            "for participants need the client's approval, recorded in the session. An existing "
            "file is replaced only with --force.",
        ),
    )
    _add_session_id(exporting)
    _options(exporting).add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        help=translate(
            "cli",
            "pdf or markdown: a document; json: the complete session file (private notes "
            "included), to keep or to import again; csv: speaking times and timings",
        ),
    )
    _options(exporting).add_argument(
        "--audience",
        choices=AUDIENCES,
        help=translate(
            "cli",
            "who the document is for: participants (the group's summary), personal (one copy "
            "per participant, in the folder PATH) or facilitator (everything, private notes "
            "included); needed for pdf and markdown",
        ),
    )
    _options(exporting).add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli", "PATH"),
        help=translate(
            "cli",
            "the file to write, or a folder to write it in under its usual name (a folder for "
            "personal copies, and for csv without --table)",
        ),
    )
    _options(exporting).add_argument(
        "--lang",
        dest="document_language",
        choices=i18n.LANGUAGES,
        help=translate("cli", "language of the document (default: the interface language)"),
    )
    _options(exporting).add_argument(
        "--no-authors",
        dest="show_authors",
        action="store_false",
        help=translate("cli", "do not name who made each suggestion (pdf and markdown)"),
    )
    _options(exporting).add_argument(
        "--paper",
        choices=PAPERS,
        help=translate("cli", "paper size of a PDF (default: the one used where you live)"),
    )
    _options(exporting).add_argument(
        "--table",
        choices=TABLES,
        help=translate(
            "cli", "csv: write only the speaking times or only the timings (default: both)"
        ),
    )
    _options(exporting).add_argument(
        "--force", action="store_true", help=translate("cli", "overwrite files that exist")
    )
    exporting.set_defaults(handler=export_session)

    importing = _new_command(
        actions,
        "import",
        help=translate("cli", "add a session file to your sessions"),
        description=translate(
            "cli",
            "Read a session file (made with: sessions export --format json) and add it to your "
            "sessions as a new one. A damaged file or a file that is not a Codev session is "
            "refused, and nothing is changed.",
        ),
    )
    importing.add_argument(
        "file",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "the session file (.codev.json)"),
    )
    importing.set_defaults(handler=import_session)

    deleting = _new_command(
        actions,
        "delete",
        help=translate("cli", "delete a session and its notes for good"),
        description=translate(
            "cli",
            "Delete a session and its notes for good: they cannot be recovered. You are asked "
            "to confirm, unless you add --yes.",
        ),
    )
    _add_session_id(deleting)
    _options(deleting).add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "delete without asking (needed when no terminal can ask)"),
    )
    deleting.set_defaults(handler=delete_session)

    from codev_app.cli_mail import add_send_command

    add_send_command(actions)


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


# --- list ----------------------------------------------------------------------------------------


@_command
def list_sessions(args: argparse.Namespace, context: CliContext) -> int:
    """Print the saved sessions (or those matching ``--search``), newest first."""
    limit = args.limit or DEFAULT_LIMIT
    with _store() as store:
        if store is None:
            lines: list[HistoryLine] = []
        elif args.search:
            lines = store.search_sessions(args.search, limit=limit)
        else:
            lines = store.list_history(limit=limit)
    if not lines:
        if args.search:
            context.out(
                translate("cli", "No saved session matches “%1”.").replace("%1", args.search)
            )
        else:
            context.out(translate("cli", "No saved sessions yet."))
        return EXIT_OK
    header = (
        translate("cli", "No."),
        translate("cli", "Date"),
        translate("cli", "Group"),
        translate("cli", "Client"),
        translate("cli", "Topic"),
        translate("cli", "Status"),
    )
    rows = [header, *(_history_row(line) for line in lines)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        context.out("  ".join([*cells, row[-1]]).rstrip())
    if len(lines) == limit:
        context.warn(
            translate(
                "cli", "Only the most recent sessions are shown (%1); use --limit to see more."
            ).replace("%1", str(limit))
        )
    return EXIT_OK


def _history_row(line: HistoryLine) -> tuple[str, str, str, str, str, str]:
    from codev_app.storage import SessionMode

    status = translate("cli", "finished") if line.finished else translate("cli", "open")
    if line.mode is SessionMode.TIMERS_ONLY:
        status = translate("cli", "%1, timers only").replace("%1", status)
    return (
        str(line.id),
        line.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        _cut(line.group_name, _WIDTHS["group"]),
        _cut(line.client_name, _WIDTHS["client"]),
        _cut(line.topic, _WIDTHS["topic"]),
        status,
    )


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split()) or "–"
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# --- show ----------------------------------------------------------------------------------------


@_command
def show_session(args: argparse.Namespace, context: CliContext) -> int:
    """Print a short summary of one session, in the interface language."""
    from codev_app.export import Audience, build_summary
    from codev_app.export.labels import format_duration, with_colon

    bundle = _load(args.session_id)
    language = context.language
    summary = build_summary(bundle, Audience.FACILITATOR, language=language)
    topic = summary.case_title or translate("cli", "(no title)")
    context.out(
        translate("cli", "Session %1 — %2").replace("%1", str(args.session_id)).replace("%2", topic)
    )
    finished = bundle.saved_session().finished
    status = translate("cli", "finished") if finished else translate("cli", "open")
    if summary.timers_only:
        status = translate("cli", "%1, timers only").replace("%1", status)
    people = ", ".join(
        f"{person.name} ({', '.join(part for part in (person.role, person.note) if part)})"
        for person in summary.attendees
    )
    fields = [
        (translate("cli", "Date"), summary.date),
        (translate("cli", "Group"), summary.group_name),
        (translate("cli", "Facilitator"), summary.facilitator),
        (translate("cli", "Template"), summary.template_name),
        (translate("cli", "Status"), status),
        (translate("cli", "Participants"), people),
    ]
    if not summary.timers_only:
        fields += [
            # Counts stand alone after their label: no plural forms to get wrong.
            (
                translate("cli", "Suggestions"),
                translate("cli", "%1 (the client kept %2)")
                .replace("%1", str(len(summary.suggestions)))
                .replace("%2", str(summary.kept_count)),
            ),
            (translate("cli", "Steps of the action plan"), str(len(summary.action_plan))),
            (translate("cli", "Learnings written"), str(len(summary.learnings))),
        ]
    fields += [
        (
            translate("cli", "Time"),
            translate("cli", "%1 planned, %2 spent")
            .replace("%1", format_duration(summary.planned_total, language))
            .replace("%2", format_duration(summary.actual_total, language)),
        ),
        (translate("cli", "Sharing"), summary.consent_note),
    ]
    labels = [with_colon(name, language) for name, _ in fields]
    width = max(len(text) for text in labels)
    for text, (_, value) in zip(labels, fields, strict=True):
        context.out(f"{text.ljust(width)}  {value or '–'}")
    context.out("")
    context.out(
        translate(
            "cli",
            "To read everything: codev-app sessions export %1 --format markdown "
            "--audience facilitator -o FILE",
        ).replace("%1", str(args.session_id))
    )
    return EXIT_OK


# --- export --------------------------------------------------------------------------------------


@_command
def export_session(args: argparse.Namespace, context: CliContext) -> int:
    """Write a session as a document, the session file or CSV tables."""
    from codev_app.export import ExportError, ExportNotApproved, FileExists

    context = _interface_language(args, context)
    _check_export_options(args)
    bundle = _load(args.session_id)
    language = args.document_language or context.language
    output = Path(args.output).expanduser()
    try:
        if args.format in ("pdf", "markdown"):
            if args.audience == "personal":
                return _export_personal(bundle, output, args, language, context)
            written = [_export_document(bundle, output, args, language, args.session_id)]
        elif args.format == "json":
            written = [_export_session_file(bundle, output, args, language)]
        else:
            written = _export_tables(bundle, output, args, language)
    except ExportNotApproved:
        raise _Stop(EXIT_NOT_APPROVED, *_not_approved()) from None
    except FileExists as error:
        raise _Stop(EXIT_FILE_EXISTS, *_exists(error.path)) from None
    except OSError as error:
        raise _Stop(EXIT_FAILED, _unwritable(error)) from None
    except ExportError as error:
        raise _Stop(
            EXIT_FAILED, translate("cli", "Not exported: %1").replace("%1", str(error))
        ) from None
    for path in written:
        context.out(translate("cli", "File written: %1").replace("%1", str(path)))
    return EXIT_OK


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


def _check_export_options(args: argparse.Namespace) -> None:
    """Refuse combinations that make no sense or would mislead about what the file holds."""
    document = args.format in ("pdf", "markdown")
    if document and args.audience is None:
        raise _Stop(
            EXIT_USAGE,
            translate(
                "cli",
                "Say who the document is for: --audience participants, personal or facilitator.",
            ),
        )
    if not document and args.audience not in (None, "facilitator"):
        # The session file holds private notes and the tables hold speaking times: both are
        # the facilitator's, never a document for the group.
        raise _Stop(
            EXIT_USAGE,
            translate(
                "cli",
                "A %1 export is for you, the facilitator: it is not a document for the "
                "participants. Use --format pdf or markdown for them.",
            ).replace("%1", args.format),
        )
    misplaced = [
        option
        for option, used, allowed in (
            ("--table", args.table is not None, args.format == "csv"),
            ("--paper", args.paper is not None, args.format == "pdf"),
            ("--no-authors", not args.show_authors, document),
        )
        if used and not allowed
    ]
    if misplaced:
        raise _Stop(
            EXIT_USAGE,
            translate("cli", "%1 does not apply to --format %2.")
            .replace("%1", misplaced[0])
            .replace("%2", args.format),
        )


def _target(output: Path, suggested: str) -> Path:
    """``output``, or the usual file name inside it when it is a folder."""
    return output / suggested if output.is_dir() else output


def _export_document(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str, session_id: int
) -> Path:
    from codev_app.export import Audience, document_file_name

    audience = Audience(args.audience)
    extension = "pdf" if args.format == "pdf" else "md"
    target = _target(output, document_file_name(bundle, audience, extension, language=language))
    if args.format == "markdown":
        from codev_app.export.markdown import write_markdown

        return write_markdown(
            bundle,
            target,
            audience,
            language=language,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    _qt_application()
    from codev_app.export.pdf import PaperSize, write_pdf

    insights = None
    if audience is Audience.FACILITATOR:
        from codev_app.core.insights import session_insights
        from codev_app.storage.insights import command_lines

        with _store() as store:
            log = command_lines(store, session_id) if store is not None else []
        insights = session_insights(bundle.saved_session(), bundle.template, log)
    return write_pdf(
        bundle,
        target,
        audience,
        language=language,
        paper=PaperSize(args.paper) if args.paper else None,
        show_authors=args.show_authors,
        overwrite=args.force,
        insights=insights,
    )


def _export_personal(
    bundle: SessionBundle,
    folder: Path,
    args: argparse.Namespace,
    language: str,
    context: CliContext,
) -> int:
    from codev_app.export import ExportNotApproved, ExportProgress

    if not bundle.record.consent.client_approved_export:
        raise ExportNotApproved()  # before the folder is made
    if folder.exists() and not folder.is_dir():
        raise _Stop(
            EXIT_FAILED,
            translate(
                "cli", "%1 is a file: personal copies go into a folder (one file per person)."
            ).replace("%1", str(folder)),
        )
    folder.mkdir(parents=True, exist_ok=True)
    progress: Iterator[ExportProgress]
    if args.format == "pdf":
        _qt_application()
        from codev_app.export.pdf import PaperSize, write_personal_pdfs

        progress = write_personal_pdfs(
            bundle,
            folder,
            language=language,
            paper=PaperSize(args.paper) if args.paper else None,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    else:
        from codev_app.export.markdown import write_personal_markdowns

        progress = write_personal_markdowns(
            bundle,
            folder,
            language=language,
            show_authors=args.show_authors,
            overwrite=args.force,
        )
    count = 0
    for step in progress:
        count = step.total
        context.out(
            translate("cli", "[%1/%2] %3: %4")
            .replace("%1", str(step.done))
            .replace("%2", str(step.total))
            .replace("%3", step.participant)
            .replace("%4", str(step.path))
        )
    context.out(
        translate("cli", "Personal copies written in %1: %2.")
        .replace("%1", str(folder))
        .replace("%2", str(count))
    )
    return EXIT_OK


def _export_session_file(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str
) -> Path:
    from codev_app.export import write_session_file
    from codev_app.export.files import data_file_name

    target = _target(output, data_file_name(bundle, "session", language=language))
    return write_session_file(bundle, target, overwrite=args.force)


def _export_tables(
    bundle: SessionBundle, output: Path, args: argparse.Namespace, language: str
) -> list[Path]:
    from codev_app.export.atomic import check_target
    from codev_app.export.csv_export import write_speaking_csv, write_timings_csv
    from codev_app.export.files import data_file_name

    writers = {"speaking": write_speaking_csv, "timings": write_timings_csv}
    if args.table is not None:
        kinds = [args.table]
        targets = [_target(output, data_file_name(bundle, args.table, language=language))]
    else:
        # Two files: PATH is their folder.
        if output.exists() and not output.is_dir():
            raise _Stop(
                EXIT_FAILED,
                translate(
                    "cli",
                    "%1 is a file: without --table, the two tables go into a folder. Give a "
                    "folder, or choose one table with --table.",
                ).replace("%1", str(output)),
            )
        kinds = list(TABLES)
        targets = [output / data_file_name(bundle, kind, language=language) for kind in kinds]
    for target in targets:  # both refused before either is written
        check_target(target, overwrite=args.force)
    output_folder = targets[0].parent
    output_folder.mkdir(parents=True, exist_ok=True)
    return [
        writers[kind](bundle, target, language=language, overwrite=args.force)
        for kind, target in zip(kinds, targets, strict=True)
    ]


def _not_approved() -> tuple[str, str]:
    return (
        translate(
            "cli",
            "Not exported: the client has not approved sharing this session's record. Record "
            "their approval in the session (in Codev), then export again.",
        ),
        translate("cli", "The facilitator's record (--audience facilitator) needs no approval."),
    )


def _exists(path: Path) -> tuple[str, str]:
    return (
        translate("cli", "Not exported: %1 already exists.").replace("%1", str(path)),
        translate("cli", "Run again with --force to overwrite it."),
    )


def _unwritable(error: OSError) -> str:
    where = error.filename if error.filename is not None else ""
    return (
        translate("cli", "Not exported: %1 cannot be written (%2).")
        .replace("%1", str(where))
        .replace("%2", error.strerror or str(error))
    )


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
