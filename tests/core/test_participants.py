"""The roster: names, roles, keys, attendance, persistence, and who may speak in a phase."""

from __future__ import annotations

import json

import pytest

from codev_app.core.errors import CodevError, InvalidCommand
from codev_app.core.participants import (
    AlreadyPresent,
    AttendanceKind,
    ClientAlreadyChosen,
    DuplicateName,
    EmptyName,
    InvalidKey,
    InvalidRosterData,
    KeyInUse,
    NameTooLong,
    NotPresent,
    Participant,
    Role,
    Roster,
    UnknownKey,
    UnknownParticipant,
    eligible_speakers,
)
from codev_app.core.template import Speakers


def group() -> Roster:
    """Fanny facilitates; Ana, Bruno, Chloé consult; Claire is the client; Sam is the scribe."""
    roster = Roster()
    roster.add("Fanny", Role.FACILITATOR)
    roster.add("Ana")
    roster.add("Bruno")
    roster.add("Claire", Role.CLIENT)
    roster.add("Chloé")
    roster.add("Sam", Role.SCRIBE)
    return roster


def names(people: tuple[Participant, ...]) -> list[str]:
    return [p.name for p in people]


def by_name(roster: Roster, name: str) -> Participant:
    return next(p for p in roster if p.name == name)


# --- names and ids -------------------------------------------------------------------------------


def test_ids_are_stable_and_never_reused() -> None:
    roster = Roster()
    ana = roster.add("Ana")
    bruno = roster.add("Bruno")
    roster.remove(ana.id)
    chloe = roster.add("Chloé")
    assert len({ana.id, bruno.id, chloe.id}) == 3
    renamed = roster.rename(bruno.id, "Bruno M.")
    assert renamed.id == bruno.id
    assert roster.get(bruno.id).name == "Bruno M."
    assert roster.set_role(bruno.id, Role.TIMEKEEPER).id == bruno.id


def test_names_are_plain_text_kept_as_typed_but_trimmed() -> None:
    roster = Roster()
    person = roster.add("  <b>Zoé</b>  &amp;\n Co  ")
    assert person.name == "<b>Zoé</b> &amp; Co"


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_names_are_refused(bad: str) -> None:
    roster = group()
    before = roster.to_data()
    with pytest.raises(EmptyName) as caught:
        roster.add(bad)
    assert isinstance(caught.value, InvalidCommand)
    with pytest.raises(EmptyName):
        roster.rename(by_name(roster, "Ana").id, bad)
    assert roster.to_data() == before


@pytest.mark.parametrize("twin", ["Ana", "ana", "  ANA ", "Ana"])
def test_duplicate_names_are_refused_ignoring_case_and_spaces(twin: str) -> None:
    roster = group()
    before = roster.to_data()
    with pytest.raises(DuplicateName, match="Ana"):
        roster.add(twin)
    with pytest.raises(DuplicateName):
        roster.rename(by_name(roster, "Bruno").id, twin)
    assert roster.to_data() == before


def test_renaming_someone_to_their_own_name_in_other_case_is_allowed() -> None:
    roster = group()
    ana = by_name(roster, "Ana")
    assert roster.rename(ana.id, "ANA").name == "ANA"


def test_overlong_names_are_refused() -> None:
    with pytest.raises(NameTooLong):
        Roster().add("x" * 101)


def test_unknown_ids_raise_a_typed_error() -> None:
    roster = group()
    for action in (
        lambda: roster.get("p99"),
        lambda: roster.rename("p99", "X"),
        lambda: roster.arrive("p99", 1.0),
        lambda: roster.remove("p99"),
    ):
        with pytest.raises(UnknownParticipant):
            action()


# --- roles ---------------------------------------------------------------------------------------


def test_at_most_one_client() -> None:
    roster = group()
    before = roster.to_data()
    with pytest.raises(ClientAlreadyChosen, match="Claire"):
        roster.add("Dora", Role.CLIENT)
    with pytest.raises(ClientAlreadyChosen):
        roster.set_role(by_name(roster, "Ana").id, Role.CLIENT)
    assert roster.to_data() == before
    assert [p.role for p in roster].count(Role.CLIENT) == 1


def test_the_client_can_be_chosen_later_and_changed() -> None:
    roster = Roster()
    ana = roster.add("Ana")
    bruno = roster.add("Bruno")
    assert roster.client is None
    roster.set_client(ana.id)
    assert roster.client == roster.get(ana.id)
    roster.set_client(bruno.id)
    assert roster.client is not None and roster.client.id == bruno.id
    assert roster.get(ana.id).role is Role.CONSULTANT


def test_facilitator_is_found() -> None:
    roster = group()
    assert roster.facilitator is not None and roster.facilitator.name == "Fanny"
    assert Roster().facilitator is None


# --- keys ----------------------------------------------------------------------------------------


def test_keys_are_given_in_order_and_map_back_to_participants() -> None:
    roster = group()
    assert [p.key for p in roster] == [1, 2, 3, 4, 5, 6]
    assert roster.participant_for_key(3).name == "Bruno"


def test_no_key_left_after_nine() -> None:
    roster = Roster()
    people = [roster.add(f"Person {i}") for i in range(10)]
    assert [p.key for p in people] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None]


def test_keys_can_be_changed_but_not_shared() -> None:
    roster = group()
    ana = by_name(roster, "Ana")
    with pytest.raises(KeyInUse, match="Bruno"):
        roster.set_key(ana.id, 3)
    roster.set_key(ana.id, None)
    assert roster.set_key(by_name(roster, "Bruno").id, 2).key == 2
    assert roster.participant_for_key(2).name == "Bruno"
    with pytest.raises(UnknownKey):
        roster.participant_for_key(3)


@pytest.mark.parametrize("bad", [0, 10, -1, True])
def test_keys_outside_one_to_nine_are_refused(bad: int) -> None:
    roster = group()
    with pytest.raises(InvalidKey):
        roster.participant_for_key(bad)
    with pytest.raises(InvalidKey):
        roster.set_key(by_name(roster, "Ana").id, bad)
    with pytest.raises(InvalidKey):
        roster.add("Dora", key=bad)


# --- attendance ----------------------------------------------------------------------------------


def test_late_arrival_and_early_departure_are_recorded_with_clock_readings() -> None:
    roster = group()
    dora = roster.add("Dora", present=False)
    ana = by_name(roster, "Ana")
    assert not roster.is_present(dora.id)
    assert dora not in roster.present()
    roster.arrive(dora.id, 600.0)
    roster.leave(ana.id, 3000.0)
    assert roster.is_present(dora.id) and not roster.is_present(ana.id)
    dora_att = roster.attendance(dora.id)
    assert dora_att.arrived_late and not dora_att.left_early and dora_att.arrived_at == 600.0
    ana_att = roster.attendance(ana.id)
    assert ana_att.left_early and not ana_att.arrived_late and ana_att.left_at == 3000.0
    bruno_att = roster.attendance(by_name(roster, "Bruno").id)
    assert not bruno_att.arrived_late and not bruno_att.left_early and bruno_att.present
    assert [(e.participant_id, e.kind, e.at) for e in roster.attendance_events] == [
        (dora.id, AttendanceKind.ARRIVED, 600.0),
        (ana.id, AttendanceKind.LEFT, 3000.0),
    ]


def test_someone_who_comes_back_is_present_and_not_marked_as_gone() -> None:
    roster = group()
    ana = by_name(roster, "Ana")
    roster.leave(ana.id, 100.0)
    roster.arrive(ana.id, 160.0)
    attendance = roster.attendance(ana.id)
    assert attendance.present and not attendance.left_early and not attendance.arrived_late


def test_impossible_arrivals_and_departures_are_refused() -> None:
    roster = group()
    ana = by_name(roster, "Ana")
    before = roster.to_data()
    with pytest.raises(AlreadyPresent):
        roster.arrive(ana.id, 1.0)
    roster.leave(ana.id, 2.0)
    after_leaving = roster.to_data()
    with pytest.raises(NotPresent):
        roster.leave(ana.id, 3.0)
    assert roster.to_data() == after_leaving != before


# --- who may speak -------------------------------------------------------------------------------


def test_client_phase_offers_the_floor_to_the_client_only() -> None:
    roster = group()
    assert names(eligible_speakers(roster, Speakers.CLIENT)) == ["Claire"]
    assert eligible_speakers(Roster(), Speakers.CLIENT) == ()


def test_consultants_exclude_the_client_and_the_facilitator_by_default() -> None:
    roster = group()
    assert names(eligible_speakers(roster, Speakers.CONSULTANTS)) == [
        "Ana",
        "Bruno",
        "Chloé",
        "Sam",
    ]


def test_the_facilitator_consults_when_the_roster_says_so() -> None:
    roster = group()
    roster.add("Cora", Role.CO_FACILITATOR)
    roster.set_facilitator_consults(True)
    assert names(eligible_speakers(roster, Speakers.CONSULTANTS)) == [
        "Fanny",
        "Ana",
        "Bruno",
        "Chloé",
        "Sam",
        "Cora",
    ]


def test_everyone_puts_the_client_first_and_skips_the_absent() -> None:
    roster = group()
    roster.leave(by_name(roster, "Bruno").id, 10.0)
    assert names(eligible_speakers(roster, Speakers.EVERYONE)) == [
        "Claire",
        "Fanny",
        "Ana",
        "Chloé",
        "Sam",
    ]


def test_facilitator_phase() -> None:
    roster = group()
    roster.add("Cora", Role.CO_FACILITATOR)
    assert names(eligible_speakers(roster, Speakers.FACILITATOR)) == ["Fanny", "Cora"]


def test_absent_client_is_not_offered_the_floor() -> None:
    roster = group()
    roster.leave(by_name(roster, "Claire").id, 5.0)
    assert eligible_speakers(roster, Speakers.CLIENT) == ()


# --- events and persistence ----------------------------------------------------------------------


def test_every_change_is_announced_and_refusals_are_not() -> None:
    roster = Roster()
    seen: list[int] = []
    roster.changed.subscribe(lambda r: seen.append(len(r)))
    ana = roster.add("Ana")
    roster.rename(ana.id, "Anna")
    roster.leave(ana.id, 1.0)
    with pytest.raises(NotPresent):
        roster.leave(ana.id, 2.0)
    assert seen == [1, 1, 1]


def test_to_data_from_data_round_trip_through_json() -> None:
    roster = group()
    roster.set_facilitator_consults(True)
    dora = roster.add("Dora <i>", present=False)
    roster.arrive(dora.id, 42.5)
    roster.leave(by_name(roster, "Ana").id, 99.0)
    roster.remove(by_name(roster, "Sam").id)
    data = json.loads(json.dumps(roster.to_data()))
    restored = Roster.from_data(data)
    assert restored.to_data() == roster.to_data()
    assert restored.participants == roster.participants
    assert restored.facilitator_consults
    assert restored.attendance(dora.id) == roster.attendance(dora.id)
    # The id counter survives: a new participant never takes an old id.
    assert restored.add("Eve").id not in {p.id for p in roster} | {"p6"}


def test_from_data_rebases_clock_readings() -> None:
    roster = group()
    ana = by_name(roster, "Ana")
    roster.leave(ana.id, 100.0)
    restored = Roster.from_data(roster.to_data(), rebase_seconds=-40.0)
    assert restored.attendance(ana.id).left_at == 60.0


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("participants"),
        lambda d: d.update(schema_version=99),
        lambda d: d["participants"][0].update(role="boss"),
        lambda d: d["events"].append({"participant_id": "p77", "kind": "left", "at": 1.0}),
        lambda d: d["participants"].append(dict(d["participants"][0])),
    ],
)
def test_damaged_data_is_refused_with_a_typed_error(damage: object) -> None:
    data = group().to_data()
    damage(data)  # type: ignore[operator]
    with pytest.raises(InvalidRosterData) as caught:
        Roster.from_data(data)
    assert isinstance(caught.value, CodevError)
