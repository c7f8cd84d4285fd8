"""The parts of a summary that belong to one case: its texts, help wanted, items and plan (and
the closing round's learnings, which belong to none)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from codev_app.core.record import (
    ActionItem,
    HelpKind,
    Learning,
    RecordText,
    SessionRecord,
    Suggestion,
)
from codev_app.export.labels import help_kind_label, label
from codev_app.export.summary_items import ActionRow, CaseNotes, LabelledText, LearningItem


def closing_notes(
    heading: str, pairs: tuple[tuple[Learning, LearningItem], ...]
) -> tuple[CaseNotes, ...]:
    """The closing round's learnings under ``heading``, apart after the cases (none: nothing)."""
    learnings = tuple(item for _source, item in pairs)
    return (CaseNotes(heading, (), (), learnings),) if learnings else ()


_Item = TypeVar("_Item", Suggestion, ActionItem)


def of_case(items: Iterable[_Item], case: int) -> tuple[_Item, ...]:
    """The items of ``case``, in order."""
    return tuple(item for item in items if item.case == case)


def action_rows(record: SessionRecord, case: int) -> tuple[ActionRow, ...]:
    """The written steps of ``case``'s plan, as table rows."""
    return tuple(
        ActionRow(item.what, item.by_when, item.success_sign)
        for item in of_case(record.action_items, case)
        if item.what or item.by_when or item.success_sign
    )


def texts_of(
    record: SessionRecord, language: str, fields: tuple[RecordText, ...], case: int = 1
) -> tuple[LabelledText, ...]:
    """``case``'s written texts among ``fields``, each with its label in ``language``."""
    return tuple(
        LabelledText(label(f"field.{which.value}", language), record.text(which, case))
        for which in fields
        if record.text(which, case).strip()
    )


def help_kinds_of(record: SessionRecord, language: str, case: int) -> tuple[str, ...]:
    """The help ``case``'s client asked for, named in ``language``."""
    kinds = record.help_kinds_of(case)
    return tuple(help_kind_label(kind, language) for kind in HelpKind if kind in kinds)
