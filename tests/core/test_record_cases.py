"""Two cases in one session: the record's items carry their case, phases say which case they
fill, and the session notes each case's client; a record saved before cases reads as case 1."""

from __future__ import annotations

import json

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.errors import TemplateError, TemplateProblem
from codev_app.core.participants import Role
from codev_app.core.record import RecordDataError, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, dump_template, load_template, parse_template_text
from codev_app.resources_path import resource_dir


def _two_cases_template() -> Template:
    return load_template(resource_dir() / "templates" / "two-cases.toml").template


def test_the_two_cases_format_numbers_its_runs_and_fills_the_second_case() -> None:
    template = _two_cases_template()
    cases = {phase.id: phase.case for phase in template.phases}
    assert cases["opening"] is None and cases["break"] is None and cases["weather"] is None
    assert {cases[f"case1-{p}"] for p in ("exposition", "action_plan", "learnings")} == {1}
    assert {cases[f"case2-{p}"] for p in ("exposition", "action_plan", "learnings")} == {2}
    fills = {phase.id: {f.value for f in phase.fills} for phase in template.phases}
    assert "action_plan" in fills["case2-action_plan"]
    assert "learnings" in fills["case2-learnings"]
    assert "suggestions" in fills["case2-consultation"]
    again = parse_template_text(dump_template(template)).template
    assert [p.case for p in again.phases] == [p.case for p in template.phases]


def test_a_phase_case_out_of_range_is_refused_by_name() -> None:
    text = dump_template(_two_cases_template()).replace("case = 2", "case = 0", 1)
    with pytest.raises(TemplateError) as caught:
        parse_template_text(text)
    assert caught.value.problem is TemplateProblem.CASE_RANGE
    assert caught.value.field.endswith(".case")


def test_items_of_each_case_are_kept_apart_and_read_back() -> None:
    record = SessionRecord()
    record.add_action_item("Appeler Chloé", item_id="a1")
    record.add_action_item("Réunir l'équipe", item_id="a2", case=2)
    record.set_learning("p1", text="Écouter d'abord")
    record.set_learning("p1", text="Oser demander", case=2)
    record.add_suggestion("Déléguer", item_id="s1", case=2)
    record.set_case_client(2, "p2")
    assert record.learning("p1").text == "Écouter d'abord"  # type: ignore[union-attr]
    assert record.learning("p1", 2).text == "Oser demander"  # type: ignore[union-attr]
    assert [x.text for x in record.ordered_learnings(None, ["p1"], 2)] == ["Oser demander"]
    assert record.state.cases == (1, 2)
    data = json.loads(json.dumps(record.to_data()))
    assert "case" not in data["action_items"][0] and data["action_items"][1]["case"] == 2
    assert data["case_clients"] == {"2": "p2"}
    assert SessionRecord.from_data(data).state == record.state
    record.remove_learning("p1", 2)
    assert record.learning("p1", 2) is None and record.learning("p1") is not None


def test_a_record_saved_before_cases_reads_as_case_one() -> None:
    record = SessionRecord()
    record.add_action_item("Appeler Chloé", item_id="a1")
    record.set_learning("p1", text="Écouter")
    data = json.loads(json.dumps(record.to_data()))
    # Written as before cases existed: no case numbers, no clients by case.
    assert "case_clients" not in data and "case" not in data["action_items"][0]
    read = SessionRecord.from_data(data)
    assert [item.case for item in read.action_items] == [1]
    assert read.state.cases == (1,) and dict(read.state.case_clients) == {}


@pytest.mark.parametrize("value", [0, 10, "2", True])
def test_a_wrong_case_number_in_a_file_names_its_field(value: object) -> None:
    data = SessionRecord().to_data()
    data["action_items"] = [{"id": "a1", "what": "x", "case": value}]
    with pytest.raises(RecordDataError) as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == "action_items[1].case"


def test_the_session_notes_the_client_of_each_case_and_undo_takes_it_back() -> None:
    live = LiveSession(_two_cases_template(), FakeClock())
    live.apply(c.AddParticipant("Alice"))
    live.apply(c.AddParticipant("Bruno"))
    alice, bruno = (person.id for person in live.roster)
    live.apply(c.SetRole(alice, Role.CLIENT))
    live.apply(c.StartSession())
    assert dict(live.record.state.case_clients) == {}  # the opening belongs to no case
    live.apply(c.GoToPhase("case1-exposition"))
    assert dict(live.record.state.case_clients) == {1: alice}
    live.apply(c.GoToPhase("break"))
    live.apply(c.SetRole(bruno, Role.CLIENT))  # the second client, during the break
    assert dict(live.record.state.case_clients) == {1: alice}
    live.apply(c.GoToPhase("case2-exposition"))
    assert dict(live.record.state.case_clients) == {1: alice, 2: bruno}
    live.apply(c.Undo())
    assert dict(live.record.state.case_clients) == {1: alice}
