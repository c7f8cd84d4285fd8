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

The commands live in :mod:`codev_app.cli_sessions_read` (list, show),
:mod:`codev_app.cli_sessions_export` and :mod:`codev_app.cli_sessions_change` (import, delete),
on :mod:`codev_app.cli_common`; this module builds their parser.

Only PDF export imports Qt: it creates a ``QGuiApplication`` on the ``offscreen`` platform (unless
``QT_QPA_PLATFORM`` says otherwise), so it works over SSH and never opens a window.
"""

from __future__ import annotations

import argparse

from codev_app import i18n
from codev_app.cli_base import Commands
from codev_app.cli_common import _add_session_id, _new_command, _options
from codev_app.cli_sessions_change import delete_session, import_session
from codev_app.cli_sessions_export import AUDIENCES, FORMATS, PAPERS, TABLES, export_session
from codev_app.cli_sessions_read import DEFAULT_LIMIT, list_sessions, show_session
from codev_app.i18n import translate

# --- the parser ----------------------------------------------------------------------------------


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
