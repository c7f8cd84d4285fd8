"""The read model of sessions saved in a real database: what exports and the history read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.engine import EngineState
from codev_app.core.participants import Role
from codev_app.core.read_model import SavedSession, read_saved_session
from codev_app.core.session import LiveSession
from codev_app.export import Audience, build_summary
from codev_app.export.csv_export import timing_rows
from codev_app.storage.repository import Store
from tests.storage.sessions import TEMPLATE, create, live_session, utc

WALL = 1_763_650_000.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "codev.sqlite3")
    yield opened
    opened.close()


def save(store: Store, live: LiveSession, **fields: object) -> int:
    """The session's row, then one autosave of everything, as the window does."""
    session_id = create(store, title="Déléguer", group_name="Jeudi", facilitator="Élise", **fields)
    store.save_progress(
        session_id,
        live=live.to_data(),
        wall_time=WALL,
        record=live.record,
    )
    return session_id


def read(store: Store, session_id: int) -> SavedSession:
    return store.load_bundle(session_id).saved_session()


def test_a_session_left_in_the_middle_of_a_phase_keeps_that_phase_s_time(store: Store) -> None:
    # Five minutes of opening, then five of the exposition, and Codev is left right there.
    clock = FakeClock(5_000.0)
    live = live_session(clock)
    clock.advance(45.5)  # time goes on after the last command: the record's timings are behind
    by_id = {timing.phase_id: timing.actual_seconds for timing in live.record.timings}
    assert by_id["exposition"] == pytest.approx(300.0)
    session_id = save(store, live)
    saved = read(store, session_id)

    assert [phase.id for phase in saved.phases] == [phase.id for phase in TEMPLATE.phases]
    assert [phase.planned_seconds for phase in saved.phases] == [
        phase.planned_seconds for phase in TEMPLATE.phases
    ]
    opening, exposition, *later = saved.phases
    assert opening.actual_seconds == pytest.approx(300.0)
    assert exposition.actual_seconds == pytest.approx(345.5)
    assert all(phase.actual_seconds is None for phase in later)  # not reached
    assert saved.actual_total == pytest.approx(645.5)
    assert saved.elapsed_seconds == pytest.approx(645.5)
    assert saved.state is EngineState.RUNNING
    assert saved.started and not saved.finished
    assert (saved.title, saved.group_name, saved.facilitator) == ("Déléguer", "Jeudi", "Élise")
    assert saved.template_id == TEMPLATE.id and saved.template_name == TEMPLATE.name
    assert saved.created_at is not None and saved.finished_at is None

    # The documents say the same: the facilitator's record and the timings table.
    bundle = store.load_bundle(session_id)
    summary = build_summary(bundle, Audience.FACILITATOR)
    assert [row.actual_seconds for row in summary.timings[:2]] == pytest.approx([300.0, 345.5])
    assert summary.timings[2].actual_seconds is None
    assert [row[2] for row in timing_rows(bundle, "en")[:3]] == [300, 346, ""]


def test_the_people_their_roles_speaking_times_record_and_consent_are_read(
    store: Store,
) -> None:
    live = live_session()
    saved = read(store, save(store, live))
    assert [(person.name, person.role) for person in saved.people] == [
        ("Awa <b>Diallo</b>", Role.CLIENT),
        ("Bruno & Cie", Role.CONSULTANT),
        ("Élise Faÿ", Role.FACILITATOR),
    ]
    client = saved.client
    assert client is not None and client.name == "Awa <b>Diallo</b>"
    assert saved.person(client.id) == client and saved.person("nobody") is None
    assert all(person.came for person in saved.people)
    assert saved.speaking == {"exposition": {client.id: 312.5, saved.people[2].id: 4.0}}
    assert saved.record == live.record.state
    assert saved.consent.client_approved_export
    assert saved.consent.approved_by == client.id


def test_a_paused_session_counts_its_pause_apart_from_the_phase(store: Store) -> None:
    clock = FakeClock(5_000.0)
    live = live_session(clock)
    live.apply(c.Pause())
    clock.advance(120)  # a technical hitch: not the exposition's time
    saved = read(store, save(store, live))
    assert saved.state is EngineState.PAUSED
    assert saved.phases[1].actual_seconds == pytest.approx(300.0)
    assert saved.paused_seconds == pytest.approx(120.0)
    assert saved.elapsed_seconds == pytest.approx(720.0)


def test_an_inserted_break_is_part_of_the_plan_as_run(store: Store) -> None:
    clock = FakeClock(5_000.0)
    live = live_session(clock, notes=False)
    live.apply(c.InsertBreak(10))
    live.apply(c.NextPhase())
    clock.advance(90)
    saved = read(store, save(store, live))
    breaks = [phase for phase in saved.phases if phase.is_break]
    assert len(breaks) == 1
    pause = breaks[0]
    assert saved.phases.index(pause) == 2  # right after the exposition
    assert pause.inserted and pause.planned_seconds == 600
    assert pause.actual_seconds == pytest.approx(90.0)
    assert pause.name.get("fr") == "Pause"
    assert not any(phase.inserted for phase in saved.phases if phase is not pause)
    assert len(saved.phases) == len(TEMPLATE.phases) + 1


def test_attendance_says_who_came_late_left_or_never_came(store: Store) -> None:
    clock = FakeClock(5_000.0)
    live = live_session(clock, notes=False)
    bruno = live.roster.participants[1]
    live.apply(c.SetPresent(bruno.id, False))
    clock.advance(30)
    live.apply(c.AddParticipant("Zoé"))
    late = next(person for person in live.roster if person.name == "Zoé")
    absent = live.roster.add("Yann", present=False)
    saved = read(store, save(store, live))
    by_name = {person.name: person for person in saved.people}
    assert by_name["Bruno & Cie"].attendance.left_early
    assert by_name["Zoé"].attendance.arrived_late and by_name["Zoé"].came
    assert by_name["Zoé"].id == late.id
    assert not by_name["Yann"].came and by_name["Yann"].id == absent.id
    assert by_name["Awa <b>Diallo</b>"].attendance.present


def test_a_finished_session_is_finished_and_its_clock_stands_still(store: Store) -> None:
    clock = FakeClock(5_000.0)
    live = live_session(clock, notes=False)
    live.apply(c.FinishSession())
    clock.advance(3_600)  # saved an hour later: the session's times do not move
    session_id = save(store, live)
    store.finish_session(session_id)
    saved = read(store, session_id)
    assert saved.finished and saved.state is EngineState.FINISHED
    assert saved.finished_at is not None and saved.finished_at >= utc("2020-01-01T00:00:00+00:00")
    assert saved.elapsed_seconds == pytest.approx(600.0)
    assert saved.phases[1].actual_seconds == pytest.approx(300.0)


def test_a_session_never_started_has_its_plan_and_no_times(store: Store) -> None:
    session_id = create(store, participants=[("Awa", "client")])
    saved = read(store, session_id)
    assert not saved.started and not saved.finished
    assert [phase.actual_seconds for phase in saved.phases] == [None] * len(TEMPLATE.phases)
    assert saved.planned_total == TEMPLATE.total_seconds
    assert saved.elapsed_seconds == 0.0


def test_a_session_never_saved_reads_as_a_new_one_of_its_plan(store: Store) -> None:
    # Its live data is made from the plan without a session brought to life; a session rebuilt
    # from it (the history's notes panel, an export read back) equals a new one of that plan.
    session_id = create(store, title="Jamais lancée")
    bundle = store.load_bundle(session_id)
    fresh = LiveSession(TEMPLATE, FakeClock())
    rebuilt = LiveSession.from_data(bundle.live, TEMPLATE, FakeClock())
    assert rebuilt.to_data() == fresh.to_data()
    saved = bundle.saved_session()
    as_new = read_saved_session(
        TEMPLATE, fresh.to_data(), bundle.record.state, title="Jamais lancée"
    )
    assert (saved.phases, saved.people, saved.state) == (as_new.phases, (), EngineState.NOT_STARTED)
    # Exported and imported again, it is still the same not-started session.
    again = store.load_bundle(store.save_bundle(bundle))
    assert again.saved_session().phases == saved.phases
