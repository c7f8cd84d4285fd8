"""The cycle's facts at hand while the built-in "cycle-review" template runs the review session:
sessions held, attendance, each client's question, plan and what came of it, read through the
read model (:func:`codev_app.core.review.build_review`) and shown in the Group panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from codev_app.core.review import CycleReview, ReviewAudience, build_review
from codev_app.storage.groups import GroupStore

#: The built-in template that runs a cycle's review session.
REVIEW_TEMPLATE_ID = "cycle-review"


def cycle_review_of(
    groups: GroupStore, group_id: int, session_id: int
) -> tuple[CycleReview, int | None] | None:
    """The review of the group's latest cycle from its saved sessions (the review session itself
    left out), with the number of the session being run (None if it is none of the cycle's);
    None when the group has no cycle."""
    cycles = groups.cycles(group_id)
    if not cycles:
        return None
    cycle = cycles[-1]
    group = groups.get_group(group_id)
    ids = [s.session_id for s in cycle.slots if s.session_id and s.session_id != session_id]
    held_here = next((i for i, s in enumerate(cycle.slots) if s.session_id == session_id), None)
    # Not linked to its slot yet when it has just started from the cycle: it takes the next one.
    current = held_here if held_here is not None else cycle.next_index
    review = build_review(group, cycle, groups.saved_sessions(ids), ReviewAudience.FACILITATOR)
    return review, current + 1 if current is not None else None


def cycle_facts_text(review: CycleReview, current: int | None = None) -> str:
    """The review's facts as plain text, session by session (``current``: the number of the
    session being run), then each member's attendance."""
    lines = [
        QCoreApplication.translate("CycleFacts", "%1 of %2 sessions held.")
        .replace("%1", str(len(review.held)))
        .replace("%2", str(len(review.sessions)))
    ]
    for session in review.sessions:
        day = session.planned_at.strftime("%Y-%m-%d")
        if session.number == current:
            lines.append(
                "\n"
                + QCoreApplication.translate("CycleFacts", "Session %1 (%2): this session.")
                .replace("%1", str(session.number))
                .replace("%2", day)
            )
            continue
        if not session.held:
            lines.append(
                "\n"
                + QCoreApplication.translate("CycleFacts", "Session %1 (%2): not held.")
                .replace("%1", str(session.number))
                .replace("%2", day)
            )
            continue
        lines.append(
            "\n"
            + QCoreApplication.translate("CycleFacts", "Session %1 (%2), client: %3")
            .replace("%1", str(session.number))
            .replace("%2", day)
            .replace("%3", session.client or "—")
        )
        if session.question:
            lines.append(
                QCoreApplication.translate("CycleFacts", "Question: %1").replace(
                    "%1", session.question
                )
            )
        for step in session.plan:
            by = f" ({step.by_when})" if step.by_when else ""
            lines.append(
                QCoreApplication.translate("CycleFacts", "Plan: %1").replace("%1", step.what + by)
            )
        if session.outcome:
            lines.append(
                QCoreApplication.translate("CycleFacts", "Follow-up: %1").replace(
                    "%1", session.outcome
                )
            )
        lines.append(
            QCoreApplication.translate("CycleFacts", "Present: %1").replace(
                "%1", ", ".join(session.present) or "—"
            )
        )
        if session.absent:
            lines.append(
                QCoreApplication.translate("CycleFacts", "Absent: %1").replace(
                    "%1", ", ".join(session.absent)
                )
            )
    lines.append("\n" + QCoreApplication.translate("CycleFacts", "Attendance over the cycle:"))
    for member in review.members:
        line = (
            QCoreApplication.translate("CycleFacts", "%1: %2 of %3")
            .replace("%1", member.name)
            .replace("%2", str(member.attended))
        )
        line = line.replace("%3", str(len(review.held)))
        if member.left_on:
            line += " · " + QCoreApplication.translate("CycleFacts", "left on %1").replace(
                "%1", member.left_on.isoformat()
            )
        lines.append(line)
    return "\n".join(lines)
