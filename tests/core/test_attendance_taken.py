"""Attendance taken at the opening (SetCame): unticked, a member did not come (rather than left),
in the record the review reads; undone like any other action; refused once their arrival or
departure is noted."""

from __future__ import annotations

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.participants import AttendanceTaken, Role, Roster
from codev_app.core.read_model import people_of
from codev_app.core.session import LiveSession
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir


def started() -> tuple[LiveSession, FakeClock]:
    roster = Roster()
    roster.add("Awa", Role.CLIENT)
    roster.add("Bruno")
    roster.add("Chloe")
    clock = FakeClock()
    template = load_template(resource_dir("templates", "classic.toml")).template
    live = LiveSession(template, clock, roster=roster)
    live.apply(c.StartSession())
    clock.advance(120)
    return live, clock


def came(live: LiveSession) -> dict[str, bool]:
    return {person.name: person.came for person in people_of(live.roster)}


def test_unticked_at_the_opening_a_member_did_not_come() -> None:
    live, _clock = started()
    bruno = next(p for p in live.roster if p.name == "Bruno")
    live.apply(c.SetCame(bruno.id, False))
    assert came(live) == {"Awa": True, "Bruno": False, "Chloe": True}
    assert not live.roster.is_present(bruno.id)
    assert live.roster.attendance_events == ()
    live.apply(c.Undo())
    assert came(live) == {"Awa": True, "Bruno": True, "Chloe": True}


def test_a_member_who_left_is_not_made_absent_afterwards() -> None:
    live, clock = started()
    chloe = next(p for p in live.roster if p.name == "Chloe")
    live.apply(c.SetPresent(chloe.id, False))
    clock.advance(30)
    with pytest.raises(AttendanceTaken):
        live.apply(c.SetCame(chloe.id, False))
    assert came(live)["Chloe"] is True  # she came, then left: that stays what happened
    assert c.command_from_data(c.SetCame(chloe.id, True).to_data()) == c.SetCame(chloe.id, True)
