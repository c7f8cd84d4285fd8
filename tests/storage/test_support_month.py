"""A month of a six-member support system through the core and a real database: requests of
each kind and urgency, matching with availability and load, a listening time run with the
peer-listening template, a referral, a request nobody took (flagged), a relaunch due and
recorded; then every group document read back holds nothing of any request's words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from codev_app.core import commands as c
from codev_app.core import support as s
from codev_app.core.clock import FakeClock
from codev_app.core.cycles import parse_every, parse_first, plan_cycle
from codev_app.core.group_file import group_to_data
from codev_app.core.groups import Group, Member, Resource, new_group, with_member
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordMode, RecordState, SessionRecord
from codev_app.core.review import ReviewAudience, build_review
from codev_app.core.session import LiveSession
from codev_app.core.support import RequestState, SupportKind
from codev_app.core.template import dump_template, load_template
from codev_app.export.review import write_review_pdf
from codev_app.resources_path import resource_dir
from codev_app.storage.groups import GroupStore
from codev_app.storage.repository import SessionMode, Store
from codev_app.storage.support import SupportStore

LISTENING = load_template(resource_dir("templates", "peer-listening.toml")).template
NAMES = ("Bruno Lefort", "Awa Diallo", "Chloé Faÿ", "Dmitri Ivanov", "Eun-ji Park", "Farid Haddad")
MONDAY = date(2026, 3, 2)
SECRETS = {
    "Bruno Lefort": "Deux temps d’écoute cette semaine, la médiation au lycée me pèse",
    "Chloé Faÿ": "Célébrer la réconciliation avec ma sœur, tout de suite",
    "Dmitri Ivanov": "Où trouver un cercle restauratif près de Lyon",
    "Eun-ji Park": "Je ne dors plus depuis l’annonce du licenciement",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "codev.sqlite3")
    yield opened
    opened.close()


def _group(groups: GroupStore) -> Group:
    group = new_group("Système de soutien CNV", ["Perrine"], language="fr")
    for name in NAMES:
        group = with_member(group, Member(name, joined_on=date(2026, 3, 1)))
    group = replace(
        group,
        resources=(
            Resource("Service social du travail", "01 23 45 67 89"),
            Resource("Programme d’aide aux employés", "0 800 00 00 00"),
        ),
    )
    return groups.save_group(group)


def _listen(store: Store, asker: str, listener: str, minutes: int) -> int:
    """A listening time in the console's core, timers only, saved as the console saves it."""
    session_id = store.create_session(
        template_id=LISTENING.id,
        template_toml=dump_template(LISTENING),
        mode=SessionMode.TIMERS_ONLY,
        participants=[(asker, "client"), (listener, "consultant")],
    )
    roster = Roster()
    roster.add(asker, Role.CLIENT)
    roster.add(listener, Role.CONSULTANT)
    clock = FakeClock(1000.0)
    record = SessionRecord(RecordState(mode=RecordMode.TIMERS_ONLY))
    live = LiveSession(LISTENING, clock, roster=roster, record=record)
    live.apply(c.StartSession())
    for _ in LISTENING.phases[1:]:
        clock.advance(minutes * 60 / len(LISTENING.phases))
        live.apply(c.NextPhase())
    clock.advance(minutes * 60 / len(LISTENING.phases))
    live.apply(c.FinishSession())
    store.save_progress(
        session_id,
        live=live.to_data(),
        wall_time=1_772_000_000.0,
        record=SessionRecord(live.record_as_of_now()),
    )
    store.finish_session(session_id)
    return session_id


def test_a_month_of_a_six_member_support_system(store: Store, tmp_path: Path, qapp: object) -> None:
    groups, support = GroupStore(store), SupportStore(store)
    group = _group(groups)
    ids = {m.name: m.id for m in group.members}
    slots = {
        "Awa Diallo": "lun 18:00-20:00, jeu 12h00-13h00",
        "Dmitri Ivanov": "sat 10:00-11:00",
        "Farid Haddad": "wed 19:00-20:00",
        "Bruno Lefort": "tue 20:00-21:00",
    }
    for name, text in slots.items():
        weeks = {"Farid Haddad": 2, "Bruno Lefort": 3}.get(name)
        support.save_availability(
            group.id, s.Availability(ids[name], s.parse_slots(text), relaunch_after_weeks=weeks)
        )
    support.save_availability(group.id, s.Availability(ids["Chloé Faÿ"], ask_me=True))
    # Eun-ji never said when she is available: never proposed.

    def ask(name: str, kind: SupportKind, on: date, **how: object) -> s.SupportRequest:
        request = s.new_request(group, name, kind, on, note=SECRETS.get(name, ""), **how)  # type: ignore[arg-type]
        return support.save_request(request)

    def propose(request: s.SupportRequest, today: date) -> list[str]:
        found = s.proposals(
            group, request, support.availability(group.id), support.requests(group.id), today
        )
        return [p.member.name for p in found]

    # Week 1: Bruno's important, not urgent listening, by Thursday; Awa listens in the console.
    first = ask(
        "Bruno Lefort", SupportKind.LISTENING, MONDAY, important=True, by_when=MONDAY + timedelta(3)
    )
    assert propose(first, MONDAY) == ["Awa Diallo", "Farid Haddad", "Chloé Faÿ"]
    first = support.save_request(s.matched(group, first, "Awa Diallo", MONDAY))
    session_id = _listen(store, "Bruno Lefort", "Awa Diallo", minutes=44)
    minutes = support.session_minutes(session_id)
    assert minutes == 44
    first = support.save_request(s.held(first, MONDAY, minutes, session_id))
    first = support.save_request(s.closed(first, MONDAY + timedelta(1)))
    assert first.note == "" and first.minutes == 44 and not first.referred

    # Friday: Chloé's celebration, urgent but not important, today only: nobody is free then.
    friday = MONDAY + timedelta(4)
    celebration = ask("Chloé Faÿ", SupportKind.LISTENING, friday, urgent=True, by_when=friday)
    assert propose(celebration, friday) == []
    assert not s.is_overdue(celebration, friday)

    # Week 2: Dmitri wants information; Chloé ("ask me") answers. Bruno asks again: Awa.
    week2 = MONDAY + timedelta(7)
    info = ask("Dmitri Ivanov", SupportKind.INFORMATION, week2, by_when=week2 + timedelta(7))
    assert "Chloé Faÿ" in propose(info, week2) and "Eun-ji Park" not in propose(info, week2)
    info = support.save_request(s.matched(group, info, "Chloé Faÿ", week2))
    info = support.save_request(s.held(info, week2 + timedelta(2), 30))
    support.save_request(s.closed(info, week2 + timedelta(2)))
    # Eun-ji's urgent, important request for resources is referred to professional help.
    distress = ask(
        "Eun-ji Park", SupportKind.RESOURCES, week2 + timedelta(1), urgent=True, important=True
    )
    with pytest.raises(s.SupportError) as unknown:
        s.referred(group, distress, "Un ami médecin", week2 + timedelta(1))
    assert unknown.value.problem is s.SupportProblem.UNKNOWN_RESOURCE
    distress = support.save_request(
        s.referred(group, distress, "service social du TRAVAIL", week2 + timedelta(1))
    )
    assert distress.state is RequestState.REFERRED
    assert distress.referred_to == "Service social du travail" and distress.note == ""

    # Bruno asks every week; the least loaded come first, but the coordinator (who decides)
    # gives each to Awa until she has had four this month.
    for week in (1, 2, 3):
        day = MONDAY + timedelta(weeks=week)
        request = ask("Bruno Lefort", SupportKind.LISTENING, day, by_when=day + timedelta(3))
        if week == 1:
            assert propose(request, day) == ["Farid Haddad", "Awa Diallo", "Chloé Faÿ"]
        assert "Awa Diallo" in propose(request, day)
        support.save_request(s.matched(group, request, "Awa Diallo", day))
    thursday = MONDAY + timedelta(weeks=3, days=3)
    fifth = ask("Bruno Lefort", SupportKind.OTHER, thursday, by_when=thursday + timedelta(4))
    assert s.month_load(support.requests(group.id), ids["Awa Diallo"], thursday) == 4
    assert propose(fifth, thursday) == ["Dmitri Ivanov", "Chloé Faÿ"]  # Awa is overloaded
    with pytest.raises(s.SupportError) as same:
        s.matched(group, fifth, "Bruno Lefort", thursday)
    assert same.value.problem is s.SupportProblem.SAME_PERSON

    # Nobody took the celebration by its day: flagged from the next day on.
    kept = support.requests(group.id)
    overdue = [r for r in kept if s.is_overdue(r, friday + timedelta(1))]
    assert [r.id for r in overdue] == [celebration.id]

    # Relaunch: Farid asked after two weeks without a request; Bruno asks too often to be due.
    availability = support.availability(group.id)
    assert s.relaunch_due(group, availability, kept, MONDAY + timedelta(8)) == []
    due = s.relaunch_due(group, availability, kept, MONDAY + timedelta(14))
    assert [(r.member.name, r.weeks, r.last_request) for r in due] == [("Farid Haddad", 2, None)]
    farid = s.relaunched(availability[ids["Farid Haddad"]], MONDAY + timedelta(14))
    support.save_availability(group.id, farid)
    availability = support.availability(group.id)
    assert availability[ids["Farid Haddad"]].relaunched_on == (MONDAY + timedelta(14),)
    assert s.relaunch_due(group, availability, kept, MONDAY + timedelta(20)) == []
    assert [
        r.member.name for r in s.relaunch_due(group, availability, kept, date(2026, 3, 31))
    ] == ["Farid Haddad"]

    # What was kept, read back from a fresh store on the same file.
    store.close()
    reopened = Store(store.path)
    try:
        requests = SupportStore(reopened).requests(group.id)
        totals = s.counts(requests, date(2026, 3, 28))
        assert totals.asked == 8 and totals.overdue == 1
        assert s.counts(requests, date(2026, 3, 31)).overdue == 2  # Bruno's fifth, too, now
        assert totals.by_state[RequestState.CLOSED] == 2
        assert totals.by_state[RequestState.REFERRED] == 1
        assert totals.by_state[RequestState.MATCHED] == 3
        assert totals.by_state[RequestState.OPEN] == 2
        assert {r.kind for r in requests} == set(SupportKind)
        still_written = {r.note for r in requests if r.note}
        assert SECRETS["Eun-ji Park"] not in still_written  # referred: emptied
        assert SECRETS["Chloé Faÿ"] in still_written  # open: kept for the coordinator

        # Nothing of any request is in the group's documents.
        reopened_groups = GroupStore(reopened)
        kept_group = reopened_groups.get_group(group.id)
        assert reopened_groups.session_ids(group.id) == []  # listening times are not group sessions
        cycle = reopened_groups.save_cycle(
            plan_cycle(
                kept_group,
                sessions=3,
                first=parse_first("2026-03-05 18:00", "Europe/Paris"),
                every=parse_every("4w"),
                template_id="classic",
            )
        )
        file_text = json.dumps(
            group_to_data(kept_group, [cycle], with_notes=True), ensure_ascii=False
        )
        pdf_text = ""
        for audience in ReviewAudience:
            review = build_review(kept_group, cycle, {}, audience)
            path = write_review_pdf(review, tmp_path / f"bilan-{audience.value}.pdf", language="fr")
            pdf_text += " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Farid Haddad" in file_text and "Farid" in pdf_text  # the documents were read
        for secret in SECRETS.values():
            for words in (secret, secret.split(",")[0]):
                assert words not in file_text and words not in pdf_text
        assert "Service social du travail" not in pdf_text  # resources are not printed here
    finally:
        reopened.close()
