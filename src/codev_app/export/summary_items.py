"""The rows and items a :class:`~codev_app.export.content.SessionSummary` is made of: people,
suggestions, plan steps, learnings, timings, speaking times, labelled texts and later cases,
already in the document's language. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attendee:
    """One person of the session as listed at the top of a document."""

    id: str
    name: str
    role: str
    is_client: bool
    note: str = ""


@dataclass(frozen=True)
class SuggestionItem:
    """One suggestion, numbered as in the session; ``author`` is empty when not shown."""

    number: int
    text: str
    author: str
    kept: bool


@dataclass(frozen=True)
class ActionRow:
    """One step of the action plan."""

    what: str
    by_when: str
    success_sign: str


@dataclass(frozen=True)
class LearningItem:
    """One person's learning: ``text`` and, where shown, the filled parts of the "4 A"."""

    name: str
    is_client: bool
    text: str
    four_a: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TimingRow:
    """One phase of the plan as run (``actual_seconds`` is None for a phase not reached)."""

    phase: str
    planned_seconds: int
    actual_seconds: float | None
    is_break: bool


@dataclass(frozen=True)
class SpeakingRow:
    """One participant's speaking seconds, phase by phase (same order as the table's phases)."""

    name: str
    seconds: tuple[float, ...]
    total: float


@dataclass(frozen=True)
class SpeakingTable:
    """Speaking times per participant and phase (phases where nobody spoke are left out)."""

    phases: tuple[str, ...]
    rows: tuple[SpeakingRow, ...]


@dataclass(frozen=True)
class LabelledText:
    """A titled free text (e.g. "Question" and what the client asked)."""

    label: str
    text: str


@dataclass(frozen=True)
class CaseNotes:
    """What the group produced for one case beyond the first (two cases in a half day)."""

    heading: str
    """"Case 2 — Bruno": the case's number and its client."""
    suggestions: tuple[SuggestionItem, ...]
    action_plan: tuple[ActionRow, ...]
    learnings: tuple[LearningItem, ...]
    question: tuple[LabelledText, ...] = ()
    """The case's own topic, question and key facts (its follow-up too, for the facilitator)."""
    contract: tuple[LabelledText, ...] = ()
    help_kinds: tuple[str, ...] = ()
