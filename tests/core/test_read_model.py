"""The read model built from a session's saved data, without storage: breaks, damage, agreement."""

from __future__ import annotations

import re
from typing import Any

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.participants import Role, Roster
from codev_app.core.read_model import UnreadableSession, read_saved_session
from codev_app.core.record import RecordState
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir


def _template(name: str) -> Template:
    return load_template(resource_dir("templates", f"{name}.toml")).template


def _live(template: Template, clock: FakeClock) -> LiveSession:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    roster.add("Bruno")
    return LiveSession(template, clock, roster=roster)


def test_a_template_s_own_break_is_not_an_inserted_one() -> None:
    template = _template("remote-codev")
    clock = FakeClock(100.0)
    live = _live(template, clock)
    live.apply(c.StartSession())
    live.apply(c.InsertBreak(5))
    saved = read_saved_session(template, live.to_data(), RecordState())
    breaks = [phase for phase in saved.phases if phase.is_break]
    assert [phase.id for phase in breaks if not phase.inserted] == ["break"]
    inserted = [phase for phase in breaks if phase.inserted]
    assert len(inserted) == 1 and inserted[0].planned_seconds == 300
    assert saved.phases[1] == inserted[0]  # right after the current (first) phase


def test_the_read_model_agrees_with_the_live_session_at_the_moment_it_was_saved() -> None:
    # The numbers exports showed when they rebuilt a live session: the same, read plainly.
    template = _template("classic")
    clock = FakeClock(1_000.0)
    live = _live(template, clock)
    live.apply(c.StartSession())
    for seconds, command in ((95.5, c.NextPhase()), (40.25, c.Pause()), (12.0, c.Resume())):
        clock.advance(seconds)
        live.apply(command)
    live.apply(c.AddTime(2))
    clock.advance(33.75)
    live.apply(c.NextPhase())
    live.apply(c.PreviousPhase())  # back to a phase that already has time: it goes on from there
    clock.advance(7.5)
    saved = read_saved_session(template, live.to_data(), live.record.state)
    assert [phase.actual_seconds or 0.0 for phase in saved.phases] == pytest.approx(
        [live.engine.actual_seconds(index) for index in range(len(live.engine.plan))]
    )
    assert [phase.planned_seconds for phase in saved.phases] == [
        item.planned_seconds for item in live.engine.plan
    ]
    status = live.engine.session_status()
    assert saved.elapsed_seconds == pytest.approx(status.elapsed)
    assert saved.paused_seconds == pytest.approx(status.paused_seconds)
    assert saved.phases[1].actual_seconds == pytest.approx(40.25 + 33.75 + 7.5)
    assert saved.phases[3].actual_seconds is None


def _damaged(change: str) -> dict[str, Any]:
    template = _template("classic")
    data = _live(template, FakeClock(10.0)).to_data()
    if change == "format":
        data["format"] = "something-else"
    elif change == "newer":
        data["schema_version"] = 99
    elif change == "no engine":
        del data["engine"]
    elif change == "unknown phase":
        data["engine"]["plan"][0]["id"] = "not-in-the-template"
    elif change == "roster":
        data["roster"]["participants"][0]["role"] = "king"
    elif change == "clock":
        data["clock_reading"] = "soon"
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("format", "not a saved Codev session"),
        ("newer", "saved by another version of Codev (format 99)"),
        ("no engine", "cannot be read"),
        ("unknown phase", "not-in-the-template"),
        ("roster", "roster is damaged"),
        ("clock", "clock reading is not a number"),
    ],
)
def test_damaged_live_data_is_refused_with_what_is_wrong(change: str, message: str) -> None:
    with pytest.raises(UnreadableSession, match=re.escape(message)):
        read_saved_session(_template("classic"), _damaged(change), RecordState())
