"""The end-of-cycle review ("bilan") as plain data: :func:`build_review`.

It reads the cycle's saved sessions through :class:`~codev_app.core.read_model.SavedSession`
(never a rebuilt live session): sessions held and attendance, each client's question and plan and
what came of it (the follow-up told at the next session), the learnings across the cycle, and time
as planned and as run. The group's version keeps out what a client did not approve for sharing and
every private note; the facilitators' version has everything. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import pairwise

from codev_app.core.cycles import Cycle
from codev_app.core.groups import Group, Resource
from codev_app.core.read_model import SavedSession
from codev_app.core.record import ActionItem, Learning


class ReviewAudience(StrEnum):
    """Who the review is for."""

    GROUP = "group"
    FACILITATOR = "facilitator"


@dataclass(frozen=True)
class ReviewLearning:
    """What one person took away from one session."""

    name: str
    text: str


@dataclass(frozen=True)
class ReviewSession:
    """One planned session of the cycle, held or not."""

    number: int
    planned_at: datetime
    held: bool
    client: str
    shared: bool
    """The case's content may appear (always for the facilitators; for the group, when the
    client approved sharing)."""
    question: str = ""
    request: str = ""
    plan: tuple[ActionItem, ...] = ()
    outcome: str = ""
    """What came of the plan, as told at the next session's follow-up."""
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    planned_seconds: int = 0
    actual_seconds: float = 0.0
    learnings: tuple[ReviewLearning, ...] = ()
    private_notes: str = ""


@dataclass(frozen=True)
class ReviewMember:
    """One member over the cycle."""

    name: str
    attended: int
    was_client: bool
    left_on: date | None


@dataclass(frozen=True)
class CycleReview:
    """Everything the review documents show."""

    audience: ReviewAudience
    group_name: str
    facilitators: tuple[str, ...]
    charter: str
    resources: tuple[Resource, ...]
    sessions: tuple[ReviewSession, ...]
    members: tuple[ReviewMember, ...]

    @property
    def held(self) -> tuple[ReviewSession, ...]:
        """The sessions that took place."""
        return tuple(session for session in self.sessions if session.held)

    @property
    def planned_total(self) -> int:
        """Planned seconds of the sessions held."""
        return sum(session.planned_seconds for session in self.held)

    @property
    def actual_total(self) -> float:
        """Seconds the sessions held ran (active time)."""
        return sum(session.actual_seconds for session in self.held)


def learning_text(learning: Learning) -> str:
    """One learning as a paragraph: its free text, then the "4 A" parts that were written."""
    parts = [learning.text, learning.appreciation, learning.expectations]
    parts += [learning.learnings, learning.applications]
    return "\n".join(part.strip() for part in parts if part.strip())


def build_review(
    group: Group,
    cycle: Cycle,
    sessions: Mapping[int, SavedSession],
    audience: ReviewAudience,
) -> CycleReview:
    """The review of ``cycle`` for ``audience``; ``sessions`` maps the saved session ids of its
    held slots to what they were (a slot whose session is missing counts as not held)."""
    facilitator = audience is ReviewAudience.FACILITATOR
    held = [
        (index, sessions[slot.session_id])
        for index, slot in enumerate(cycle.slots)
        if slot.session_id is not None and slot.session_id in sessions
    ]
    outcome_of = {
        index: following.record.follow_up for (index, _), (_, following) in pairwise(held)
    }
    members = {m.id: m for m in group.members}
    rows: list[ReviewSession] = []
    attended: dict[str, int] = {}
    clients: set[str] = set()
    saved_by_index = dict(held)
    for index, slot in enumerate(cycle.slots):
        saved = saved_by_index.get(index)
        planned_client = members.get(slot.client_id) if slot.client_id else None
        if saved is None:
            name = planned_client.name if planned_client else ""
            rows.append(ReviewSession(index + 1, slot.starts_at, False, name, False))
            continue
        client = saved.client
        client_name = client.name if client else (planned_client.name if planned_client else "")
        if client_name:
            clients.add(client_name.casefold())
        present = tuple(p.name for p in saved.people if p.came)
        for name in present:
            attended[name.casefold()] = attended.get(name.casefold(), 0) + 1
        shared = facilitator or saved.consent.client_approved_export
        record = saved.record
        names = {person.id: person.name for person in saved.people}
        learnings = tuple(
            ReviewLearning(names[item.participant_id], learning_text(item))
            for item in record.learnings
            if not item.is_empty and item.participant_id in names
        )
        rows.append(
            ReviewSession(
                number=index + 1,
                planned_at=slot.starts_at,
                held=True,
                client=client_name,
                shared=shared,
                question=record.question if shared else "",
                request=record.request if shared else "",
                plan=tuple(step for step in record.action_items if step.what) if shared else (),
                outcome=outcome_of.get(index, "") if shared else "",
                present=present,
                absent=tuple(p.name for p in saved.people if not p.came),
                planned_seconds=saved.planned_total,
                actual_seconds=saved.actual_total,
                learnings=learnings if shared else (),
                private_notes=record.private_notes if facilitator else "",
            )
        )
    return CycleReview(
        audience=audience,
        group_name=group.name,
        facilitators=group.facilitators,
        charter=group.charter,
        resources=group.resources if group.print_resources or facilitator else (),
        sessions=tuple(rows),
        members=tuple(
            ReviewMember(
                m.name, attended.get(m.name.casefold(), 0), m.name.casefold() in clients, m.left_on
            )
            for m in group.members
        ),
    )
