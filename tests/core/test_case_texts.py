"""Each case has its own texts (question, contract, help…): written with the case's number,
saved and read back, undone field by field; a record saved before case texts reads as before."""

from __future__ import annotations

import json

import pytest

from codev_app.core import commands as c
from codev_app.core.clock import FakeClock
from codev_app.core.entry import EntryTarget, current_case, entry_commands
from codev_app.core.record import (
    SESSION_CASE,
    HelpKind,
    InvalidRecordEdit,
    RecordDataError,
    RecordText,
    SessionRecord,
)
from codev_app.core.session import LiveSession
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir


def test_case_two_has_its_own_question_and_contract_and_reads_back() -> None:
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, "Comment déléguer ?")
    record.set_text(RecordText.QUESTION, "Comment dire non ?", case=2)
    record.set_text(RecordText.REQUEST, "Des idées concrètes", case=2)
    record.set_help_kind(HelpKind.EXPERIENCES, True, case=2)
    assert record.text(RecordText.QUESTION) == "Comment déléguer ?"
    assert record.text(RecordText.QUESTION, 2) == "Comment dire non ?"
    assert record.text(RecordText.REQUEST, 1) == ""
    assert record.help_kinds == frozenset()
    assert record.help_kinds_of(2) == {HelpKind.EXPERIENCES}
    assert record.state.cases == (1, 2)
    data = json.loads(json.dumps(record.to_data()))
    assert data["texts"]["question"] == "Comment déléguer ?"
    assert data["case_texts"] == {
        "2": {"question": "Comment dire non ?", "request": "Des idées concrètes"}
    }
    assert data["case_help_kinds"] == {"2": ["experiences"]}
    assert SessionRecord.from_data(data).state == record.state
    assert "Comment dire non ?" in record.search_text()


def test_session_texts_are_the_sessions_whatever_the_case() -> None:
    record = SessionRecord()
    record.set_text(RecordText.CHECK_IN, "Tout le monde est là", case=2)
    record.set_text(RecordText.PRIVATE_NOTES, "Penser à la pause", case=2)
    assert record.text(RecordText.CHECK_IN) == "Tout le monde est là"
    assert record.text(RecordText.PRIVATE_NOTES, 2) == "Penser à la pause"
    assert "case_texts" not in record.to_data()
    assert record.for_participants().text(RecordText.PRIVATE_NOTES, 2) == ""


def test_an_emptied_case_text_leaves_no_trace_and_a_record_without_them_reads_as_before() -> None:
    record = SessionRecord()
    record.set_text(RecordText.QUESTION, "Une question", case=2)
    record.set_text(RecordText.QUESTION, "", case=2)
    data = record.to_data()
    assert "case_texts" not in data and "case_help_kinds" not in data
    assert record.state.cases == (1,)
    assert not record.has_content


@pytest.mark.parametrize(
    ("case_texts", "field"),
    [
        ({"1": {"question": "x"}}, "case_texts.1"),
        ({"2": {"check_in": "x"}}, "case_texts.2.check_in"),
        ({"2": {"question": 3}}, "case_texts.2.question"),
        ({"x": {"question": "x"}}, "case_texts.x"),
    ],
)
def test_a_wrong_case_text_in_a_file_names_its_field(case_texts: object, field: str) -> None:
    data = SessionRecord().to_data() | {"case_texts": case_texts}
    with pytest.raises(RecordDataError) as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == field


def test_a_case_out_of_range_is_refused() -> None:
    with pytest.raises(InvalidRecordEdit, match="case"):
        SessionRecord().set_text(RecordText.QUESTION, "x", case=10)


def test_typing_in_case_two_is_undone_per_field_and_leaves_case_one_alone() -> None:
    template = load_template(resource_dir() / "templates" / "two-cases.toml").template
    live = LiveSession(template, FakeClock())
    live.apply(c.SetText(RecordText.QUESTION, "Q1"))
    for typed in ("C", "Co", "Com"):
        live.apply(c.SetText(RecordText.QUESTION, typed, case=2))
    live.apply(c.SetText(RecordText.REQUEST, "Des idées", case=2))
    live.apply(c.SetHelpKind(HelpKind.IDEAS, True, case=2))
    live.apply(c.Undo())
    assert live.record.help_kinds_of(2) == frozenset()
    live.apply(c.Undo())
    assert live.record.text(RecordText.REQUEST, 2) == ""
    assert live.record.text(RecordText.QUESTION, 2) == "Com"
    live.apply(c.Undo())  # the three letters typed are one step
    assert live.record.text(RecordText.QUESTION, 2) == ""
    assert live.record.text(RecordText.QUESTION) == "Q1"
    live.apply(c.Redo())
    assert live.record.text(RecordText.QUESTION, 2) == "Com"
    again = c.command_from_data(
        json.loads(json.dumps(c.SetText(RecordText.QUESTION, "x", 2).to_data()))
    )
    assert again == c.SetText(RecordText.QUESTION, "x", case=2)


def test_the_entry_line_files_key_facts_into_the_phase_case() -> None:
    template = load_template(resource_dir() / "templates" / "two-cases.toml").template
    live = LiveSession(template, FakeClock())
    live.apply(c.AddParticipant("Alice"))
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("case1-clarification"))
    for command in entry_commands(live, EntryTarget.KEY_FACT, "Équipe de 6", None):
        live.apply(command)
    live.apply(c.GoToPhase("case2-clarification"))
    for line in ("Nouvelle directrice", "Pas de budget"):
        for command in entry_commands(live, EntryTarget.KEY_FACT, line, None):
            live.apply(command)
    assert live.record.text(RecordText.KEY_FACTS) == "Équipe de 6"
    assert live.record.text(RecordText.KEY_FACTS, 2) == "Nouvelle directrice\nPas de budget"


def test_the_closing_weather_round_notes_learnings_of_no_case() -> None:
    template = load_template(resource_dir() / "templates" / "two-cases.toml").template
    live = LiveSession(template, FakeClock())
    live.apply(c.AddParticipant("Alice"))
    alice = live.roster.participants[0].id
    live.apply(c.StartSession())
    live.apply(c.GoToPhase("opening"))
    assert current_case(live) == 1  # before the cases: the first case's
    live.apply(c.GoToPhase("case1-learnings"))
    live.apply(c.SetLearning(alice, text="Écouter d'abord", case=current_case(live)))
    live.apply(c.GoToPhase("weather"))
    assert current_case(live) == SESSION_CASE
    for command in entry_commands(live, EntryTarget.LEARNING, "Une belle matinée", alice):
        live.apply(command)
    assert live.record.learning(alice).text == "Écouter d'abord"  # type: ignore[union-attr]
    closing = live.record.learning(alice, SESSION_CASE)
    assert closing is not None and closing.text == "Une belle matinée"
    assert live.record.state.cases == (1,)  # the closing round is not a case
    again = SessionRecord.from_data(json.loads(json.dumps(live.record.to_data())))
    assert again.state == live.record.state
