"""``codev-app insights``: what the sessions say, for the facilitator.

    codev-app insights [--group GROUP] [--since YYYY-MM-DD] [-o report.pdf | --format csv]

Without ``-o`` or ``--format`` it prints the three things most worth attention with their
figures; ``-o`` writes the PDF report (charts and their tables); ``--format csv`` prints every
table as CSV (a line with the table's title, its header, its rows, a blank line). Exit codes
are those of ``sessions`` (:mod:`codev_app.cli_sessions`).
"""

from __future__ import annotations

import argparse
import csv
from datetime import date

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, CliContext, Commands
from codev_app.cli_common import (
    EXIT_FILE_EXISTS,
    _command,
    _new_command,
    _options,
    _qt_application,
    _Stop,
    _store,
)
from codev_app.i18n import translate


def add_insights_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``insights`` to the ``codev-app`` command line."""
    insights = _new_command(
        commands,
        "insights",
        help=translate("cli", "what your sessions say, to run the next one better"),
        description=translate(
            "cli",
            "Time per phase, speaking balance, suggestions kept, follow-ups, over your sessions "
            "or one group's: for the facilitator only. Without -o or --format, prints the three "
            "things most worth attention.",
        ),
    )
    options = _options(insights)
    options.add_argument("--group", metavar=translate("cli", "GROUP"))
    options.add_argument("--since", metavar="YYYY-MM-DD", type=_day)
    output = options.add_mutually_exclusive_group()
    output.add_argument(
        "-o", "--output", metavar=translate("cli", "FILE"), help=translate("cli", "the PDF report")
    )
    output.add_argument("--format", choices=("csv",), help=translate("cli", "the tables as CSV"))
    options.add_argument(
        "--force", action="store_true", help=translate("cli", "overwrite files that exist")
    )
    insights.set_defaults(handler=show_insights)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "“%1” is not a date like 2026-03-31.").replace("%1", text)
        ) from None


@_command
def show_insights(args: argparse.Namespace, context: CliContext) -> int:
    """Print the summary, write the PDF report or print the tables as CSV."""
    from codev_app.cli_groups import _find, _groups
    from codev_app.core.insight_trends import trends
    from codev_app.export.insight_words import attention_text, word
    from codev_app.storage.insights import insights_of

    with _store() as store:
        if store is None:
            sessions = []
        else:
            ids = None
            if args.group:
                groups = _groups(store)
                ids = groups.session_ids(_find(groups, args.group).id)
            sessions = insights_of(store, ids, since=args.since)
    if not sessions:
        raise _Stop(EXIT_FAILED, translate("cli", "No session to look at (none started yet)."))
    found = trends(sessions)
    language = context.language
    if args.format == "csv":
        from codev_app.export.insight_tables import trend_tables

        writer = csv.writer(context.stdout, lineterminator="\n")
        for table in trend_tables(found, language):
            writer.writerows([[table.title], list(table.headers), *map(list, table.rows), []])
        return EXIT_OK
    if args.output:
        _qt_application()
        from codev_app.export.errors import FileExists
        from codev_app.export.insights_pdf import write_insights_pdf

        try:
            path = write_insights_pdf(found, args.output, language=language, overwrite=args.force)
        except FileExists:
            raise _Stop(
                EXIT_FILE_EXISTS,
                translate("cli", "%1 exists already; add --force to replace it.").replace(
                    "%1", args.output
                ),
            ) from None
        context.out(translate("cli", "Written: %1").replace("%1", str(path)))
        return EXIT_OK
    context.out(word(language, "section.attention"))
    if not found.attention:
        context.out("  " + word(language, "attention.none"))
    for number, item in enumerate(found.attention, start=1):
        context.out(f"  {number}. {attention_text(item, language)}")
    return EXIT_OK
