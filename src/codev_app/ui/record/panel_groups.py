"""Which parts of the record the notes panel shows for a phase, and their titles and hints."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from codev_app.core.record import HelpKind, RecordText
from codev_app.core.template import RecordField

# What each field of a template's ``fills`` shows here, in the panel's order. Attendance is the
# speaker panel's.
GROUPS_BY_FILL: dict[RecordField, tuple[str, ...]] = {
    RecordField.CHECK_IN: ("check_in",),
    RecordField.FOLLOW_UP: ("follow_up",),
    RecordField.CASE_TITLE: ("case_title",),
    RecordField.HEADLINE: ("headline",),
    RecordField.QUESTION: ("question",),
    RecordField.KEY_FACTS: ("key_facts",),
    RecordField.CONTRACT: ("request", "help_notes"),
    RecordField.HELP_KINDS: ("help_kinds", "help_notes"),
    RecordField.SUGGESTIONS: ("suggestions",),
    RecordField.ACTION_PLAN: ("action_plan",),
    RecordField.LEARNINGS: ("learnings",),
    RecordField.ATTENDANCE: (),
}
GROUP_ORDER = (
    "check_in",
    "follow_up",
    "case_title",
    "headline",
    "question",
    "key_facts",
    "request",
    "help_kinds",
    "help_notes",
    "suggestions",
    "action_plan",
    "learnings",
)
# Groups that are one free text of the record.
TEXT_GROUPS: dict[str, RecordText] = {
    "check_in": RecordText.CHECK_IN,
    "follow_up": RecordText.FOLLOW_UP,
    "case_title": RecordText.CASE_TITLE,
    "headline": RecordText.HEADLINE,
    "question": RecordText.QUESTION,
    "key_facts": RecordText.KEY_FACTS,
    "request": RecordText.REQUEST,
    "help_notes": RecordText.HELP_NOTES,
}
SINGLE_LINE = frozenset({"case_title", "headline"})


def groups_for(fills: Iterable[RecordField]) -> list[str]:
    """The panel's groups for a phase's ``fills``, in the panel's order."""
    wanted = {group for fill in fills for group in GROUPS_BY_FILL.get(fill, ())}
    return [group for group in GROUP_ORDER if group in wanted]


@dataclass(frozen=True)
class _Texts:
    title: str
    placeholder: str
    lines: int = 3


def group_texts() -> dict[str, _Texts]:
    """Title and placeholder of each text group, translated."""
    return {
        "check_in": _Texts(
            QCoreApplication.translate("NotesPanel", "Check-in"),
            QCoreApplication.translate("NotesPanel", "How is everyone arriving today?"),
            3,
        ),
        "follow_up": _Texts(
            QCoreApplication.translate("NotesPanel", "Follow-up of the previous action plan"),
            QCoreApplication.translate(
                "NotesPanel", "What did the previous client try, and what came of it?"
            ),
            3,
        ),
        "case_title": _Texts(
            QCoreApplication.translate("NotesPanel", "Case title"),
            QCoreApplication.translate("NotesPanel", "A few words to find the case again"),
        ),
        "headline": _Texts(
            QCoreApplication.translate("NotesPanel", "Headline"),
            QCoreApplication.translate("NotesPanel", "The case in one line"),
        ),
        "question": _Texts(
            QCoreApplication.translate("NotesPanel", "The client’s question"),
            QCoreApplication.translate(
                "NotesPanel", "The question the client brings, in their words"
            ),
            2,
        ),
        "key_facts": _Texts(
            QCoreApplication.translate("NotesPanel", "Key facts"),
            QCoreApplication.translate("NotesPanel", "What the clarification brought to light"),
            4,
        ),
        "request": _Texts(
            QCoreApplication.translate("NotesPanel", "The precise request"),
            QCoreApplication.translate("NotesPanel", "What the client asks of the group, now"),
            2,
        ),
        "help_notes": _Texts(
            QCoreApplication.translate("NotesPanel", "Notes on the contract"),
            QCoreApplication.translate("NotesPanel", "Anything else agreed for the consultation"),
            2,
        ),
    }


def help_kind_names() -> dict[HelpKind, str]:
    """The help-kind chips' texts."""
    return {
        HelpKind.IDEAS: QCoreApplication.translate("NotesPanel", "Ideas"),
        HelpKind.EXPERIENCES: QCoreApplication.translate("NotesPanel", "Experiences"),
        HelpKind.RESOURCES: QCoreApplication.translate("NotesPanel", "Resources"),
        HelpKind.FEEDBACK: QCoreApplication.translate("NotesPanel", "Feedback"),
        HelpKind.HYPOTHESES: QCoreApplication.translate("NotesPanel", "Hypotheses"),
    }
