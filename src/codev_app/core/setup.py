"""Building a live session from a template, the people and the facilitator's settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from codev_app.core.clock import Clock
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordMode, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import (
    DEFAULT_WARNING_FRACTION,
    Template,
    TurnMode,
    check_runnable,
)


def new_live_session(
    template: Template,
    clock: Clock,
    *,
    participants: Sequence[str] = (),
    client: str | None = None,
    title: str = "",
    timers_only: bool = False,
    keep_end_time: bool = False,
    warning_fraction: float = DEFAULT_WARNING_FRACTION,
    speaker_seconds: int | None = None,
) -> LiveSession:
    """A session ready to start: the plan (refused when it cannot run), the people in the listed
    order with ``client`` as the client, the record's mode and the case title.

    ``warning_fraction`` is the facilitator's own default for phases that do not set theirs;
    ``speaker_seconds`` their time per speaker for phases taken in turns that set none.
    """
    check_runnable(template.phases)
    if speaker_seconds is not None:
        template = template.with_phases(
            replace(phase, speaker_seconds=speaker_seconds)
            if phase.speaker_seconds is None and phase.turns is not TurnMode.FREE
            else phase
            for phase in template.phases
        )
    if warning_fraction != DEFAULT_WARNING_FRACTION:
        template = template.with_phases(
            replace(phase, warning_fraction=warning_fraction)
            if phase.warning_fraction == DEFAULT_WARNING_FRACTION
            else phase
            for phase in template.phases
        )
    roster = Roster()
    for name in participants:
        roster.add(name, Role.CLIENT if name == client else Role.CONSULTANT)
    record = SessionRecord()
    if timers_only:
        record.set_mode(RecordMode.TIMERS_ONLY)
    elif title:
        record.set_text(RecordText.CASE_TITLE, title)
    return LiveSession(template, clock, roster=roster, record=record, keep_end_time=keep_end_time)
