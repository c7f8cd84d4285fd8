"""What the history says about a session: its row in the list, its title, details and note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from codev_app.core.bundle import SessionBundle
from codev_app.core.read_model import SavedSession
from codev_app.core.record import RecordMode
from codev_app.core.text import isolate
from codev_app.storage.repository import SessionMode, SessionSummary

# The texts keep the window's translation context.
translate = QCoreApplication.translate


def local_time(moment: datetime) -> QDateTime:
    """A stored (UTC) moment as Qt shows it: in local time."""
    return QDateTime.fromSecsSinceEpoch(round(moment.timestamp()))


def session_item(summary: SessionSummary, date_locale: QLocale) -> QTreeWidgetItem:
    """The session's row in the list: date, group, client, topic (with its marks)."""
    date = date_locale.toString(local_time(summary.created_at), QLocale.FormatType.ShortFormat)
    topic = isolate(summary.topic)
    marks = []
    if not summary.finished:
        marks.append(translate("HistoryWindow", "not finished"))
    if summary.mode is SessionMode.TIMERS_ONLY:
        marks.append(translate("HistoryWindow", "timings only"))
    elif summary.content_purged_at is not None:
        marks.append(translate("HistoryWindow", "notes removed"))
    if marks:
        topic = " · ".join([topic, *marks]) if topic else " · ".join(marks)
    names = (isolate(summary.group_name), isolate(summary.client_name))
    item = QTreeWidgetItem([date, *names, topic])
    item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
    return item


def session_title(bundle: SessionBundle, summary: SessionSummary | None, language: str) -> str:
    """The heading: the session's title, else its case, topic or template name."""
    title = bundle.title or bundle.record.state.case_title
    if not title and summary is not None:
        title = summary.topic
    return isolate(title or bundle.template.name.get(language))


def session_details(saved: SavedSession, date_locale: QLocale, language: str) -> str:
    """When, which group, client and facilitator, which template; who came; if unfinished."""
    parts = []
    if saved.created_at is not None:
        moment = local_time(saved.created_at)
        day = date_locale.toString(moment.date(), QLocale.FormatType.LongFormat)
        hour = date_locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        parts.append(f"{day} {hour}")
    if saved.group_name:
        parts.append(isolate(saved.group_name))
    client = saved.client
    if client is not None:
        parts.append(translate("HistoryWindow", "client: %1").replace("%1", isolate(client.name)))
    if saved.facilitator:
        parts.append(
            translate("HistoryWindow", "facilitator: %1").replace("%1", isolate(saved.facilitator))
        )
    parts.append(saved.template_name.get(language))
    line = " · ".join(parts)
    people = ", ".join(isolate(person.name) for person in saved.people)
    if people:
        line += "\n" + translate("HistoryWindow", "Participants: %1").replace("%1", people)
    if not saved.finished:
        line += "\n" + translate("HistoryWindow", "This session was not finished.")
    return line


def session_note(
    bundle: SessionBundle, summary: SessionSummary | None, *, open_in_console: bool
) -> str:
    """Why the record cannot be edited here ("" when it can)."""
    if open_in_console:
        return translate(
            "HistoryWindow",
            "This session is open in the console: shown as last saved; edit it there.",
        )
    if bundle.record.mode is RecordMode.TIMERS_ONLY:
        return translate("HistoryWindow", "Only timings were kept for this session.")
    if summary is not None and summary.content_purged_at is not None:
        return translate(
            "HistoryWindow",
            "The notes of this session were removed after the time you chose to keep them; "
            "its timings stay.",
        )
    return ""
