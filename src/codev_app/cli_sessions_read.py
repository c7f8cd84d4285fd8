"""``sessions list`` and ``sessions show``: the saved sessions read in the terminal."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from codev_app.cli_base import EXIT_OK, CliContext
from codev_app.cli_common import _command, _load, _store
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.storage.repository import SessionSummary as HistoryLine


DEFAULT_LIMIT = 200
# Longer cells are cut with an ellipsis so that a line of the list fits a terminal.
_WIDTHS = {"group": 24, "client": 22, "topic": 40}

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
