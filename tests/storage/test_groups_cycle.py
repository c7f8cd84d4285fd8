"""A whole cycle through the core and a real database: a group of five, four sessions with a
client each, two members dropping out after the second, follow-ups carried from one session to
the next; the review PDF read back, the calendar parsed and exported again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.cycles import (
    adapt,
    parse_every,
    parse_first,
    plan_cycle,
    proposed_client,
    record_held,
)
from codev_app.core.groups import (
    Group,
    Member,
    accepted_charter,
    left,
    new_group,
    reach_out,
    with_member,
)
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordText, SessionRecord
from codev_app.core.review import ReviewAudience, build_review
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template, load_template
from codev_app.export.calendar import cycle_calendar
from codev_app.export.review import write_review_pdf
from codev_app.resources_path import resource_dir
from codev_app.storage.groups import GroupStore
from codev_app.storage.repository import Store

TEMPLATE = load_template(resource_dir("templates", "classic.toml")).template
NAMES = ("Awa Diallo", "Bruno Martin", "Chloé Faÿ", "Dmitri Ivanov", "Eun-ji Park")
QUESTIONS = {
    "Awa Diallo": "Comment déléguer sans tout reprendre ?",
    "Bruno Martin": "Comment annoncer une réorganisation ?",
    "Chloé Faÿ": "Comment tenir mes priorités ?",
    "Eun-ji Park": "Comment recruter sans me presser ?",
}


@pytest.fixture
def groups(tmp_path: Path) -> Iterator[GroupStore]:
    store = Store(tmp_path / "codev.sqlite3")
    yield GroupStore(store)
    store.close()


def run_session(
    groups: GroupStore, group: Group, client: str, absent: set[str], follow_up: str
) -> tuple[int, LiveSession]:
    """One session from the group: its members ticked present, the client's case, a plan."""
    store = groups.store
    people = [m.name for m in group.active_members]
    session_id = store.create_session(
        template_id=TEMPLATE.id,
        template_toml=dump_template(TEMPLATE),
        group_name=group.name,
        participants=[(n, "client" if n == client else "consultant") for n in people],
    )
    groups.link_session(session_id, group.id)
    roster = Roster()
    for name in people:
        role = Role.CLIENT if name == client else Role.CONSULTANT
        roster.add(name, role, present=name not in absent)  # unticked at the opening
    clock = FakeClock(1000.0)
    live = LiveSession(TEMPLATE, clock, roster=roster, record=SessionRecord())
    ids = {p.name: p.id for p in live.roster.participants}
    live.apply(c.StartSession())
    live.apply(c.SetText(RecordText.FOLLOW_UP, follow_up))
    clock.advance(600)
    live.apply(c.NextPhase())
    live.apply(c.SetText(RecordText.QUESTION, QUESTIONS[client]))
    live.apply(c.AddActionItem("step-1", what=f"Plan de {client}", by_when="dans 3 semaines"))
    learner = next(n for n in people if n != client and n not in absent)
    live.apply(c.SetLearning(ids[learner], text=f"{learner} apprend à écouter"))
    clock.advance(1800)
    live.apply(c.FinishSession())
    live.record.approve_export(ids[client], at="2026-01-01T10:00:00+01:00")
    store.save_progress(
        session_id,
        live=live.to_data(),
        wall_time=1_767_000_000.0,
        record=SessionRecord(live.record_as_of_now()),
    )
    store.finish_session(session_id)
    return session_id, live


def test_a_whole_cycle_of_four_sessions_with_two_drop_outs(
    groups: GroupStore, tmp_path: Path, qapp: object
) -> None:
    group = new_group("Dirigeants ESS", ["Dominique", "Lou"], language="fr")
    for name in NAMES:
        group = with_member(group, Member(name, email=f"{name.split()[0].lower()}@example.org"))
    group = groups.save_group(group)
    assert "Confidentialité" in group.charter
    for member in group.members:
        group = accepted_charter(group, member.name, date(2026, 1, 8))
    group = groups.save_group(group)
    assert all(
        m.charter_accepted_on == date(2026, 1, 8) for m in groups.get_group(group.id).members
    )

    first = parse_first("2026-01-08 18:00", "Europe/Paris")
    cycle = groups.save_cycle(
        plan_cycle(group, sessions=4, first=first, every=parse_every("4w"), template_id=TEMPLATE.id)
    )
    planned_ics = Calendar.from_ical(cycle_calendar(group, cycle, language="fr"))
    names = {m.id: m.name for m in group.members}
    assert [names[s.client_id] for s in cycle.slots if s.client_id] == list(NAMES[:4])

    follow_up = "Première séance."
    for number in range(4):
        if number == 2:  # Dmitri and Bruno drop out after the second session
            group = left(group, "Dmitri Ivanov", date(2026, 2, 10))
            group = left(group, "Bruno Martin", date(2026, 2, 10))
            group = groups.save_group(group)
            cycle = groups.save_cycle(adapt(cycle, group))
        index = cycle.next_index
        assert index == number
        client_id = proposed_client(cycle, group)
        assert client_id is not None
        client = names[client_id]
        absent = {"Chloé Faÿ"} if number == 1 else set()
        session_id, _live = run_session(groups, group, client, absent, follow_up)
        follow_up = f"Suite du plan de {client} : c’est fait."
        cycle = groups.save_cycle(record_held(cycle, index, session_id, client_id))

    clients = [names[s.client_id] for s in cycle.slots if s.client_id]
    assert clients == ["Awa Diallo", "Bruno Martin", "Chloé Faÿ", "Eun-ji Park"]
    assert cycle.held_count == 4 and cycle.next_index is None
    kept = groups.get_group(group.id)
    assert [m.name for m in kept.members if not m.active] == ["Bruno Martin", "Dmitri Ivanov"]

    saved = groups.saved_sessions(s.session_id for s in cycle.slots if s.session_id)
    review = build_review(kept, groups.get_cycle(cycle.id), saved, ReviewAudience.GROUP)
    assert [s.outcome for s in review.sessions[:3]] == [
        "Suite du plan de Awa Diallo : c’est fait.",
        "Suite du plan de Bruno Martin : c’est fait.",
        "Suite du plan de Chloé Faÿ : c’est fait.",
    ]
    assert review.sessions[1].absent == ("Chloé Faÿ",)
    path = write_review_pdf(review, tmp_path / "bilan.pdf", language="fr")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for client in clients:
        assert QUESTIONS[client] in text
        assert f"Plan de {client}" in text
    assert "Absents : Chloé Faÿ" in text
    assert "parti le" in text and "4 séances tenues sur 4 prévues" in text

    # Relaunch: Dmitri left (never relaunched); nobody active is overdue two weeks after.
    assert reach_out(kept, list(saved.values()), date.today() + timedelta(days=14)) == []
    overdue = reach_out(kept, list(saved.values()), date.today() + timedelta(days=60))
    assert {r.member.name for r in overdue} == {"Awa Diallo", "Chloé Faÿ", "Eun-ji Park"}

    ics = Calendar.from_ical(cycle_calendar(kept, cycle, language="fr"))
    events = ics.walk("VEVENT")
    assert len(events) == 4
    assert {str(e["DTSTART"].params["TZID"]) for e in events} == {"Europe/Paris"}
    assert events[0].decoded("DTSTART").hour == 18
    assert all(QUESTIONS["Awa Diallo"] not in str(e.get("DESCRIPTION")) for e in events)
    before = planned_ics.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [str(e["UID"]) for e in before]
    assert int(events[0]["SEQUENCE"]) > int(before[0]["SEQUENCE"])
