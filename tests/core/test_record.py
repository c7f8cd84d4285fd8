"""The session record: edits, events, privacy, timers-only mode and the data format."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codev_app.core.errors import CodevError, InvalidCommand
from codev_app.core.record import (
    PRIVATE_TEXTS,
    RECORD_VERSION,
    ActionItem,
    ChangeKind,
    Consent,
    HelpKind,
    InvalidRecordEdit,
    Learning,
    PhaseTiming,
    RecordChange,
    RecordDataError,
    RecordHasContent,
    RecordMode,
    RecordPart,
    RecordState,
    RecordText,
    SessionRecord,
    Suggestion,
    TimersOnly,
    UnknownRecordItem,
)

NOW = "2025-03-14T09:30:00+01:00"
TRICKY = [
    "Équipe « projet » : délégation à Zoé, ça coince 😅",
    "<b>gras</b> & <img src=x onerror=alert(1)> &amp; &lt;",
    "ligne 1\nligne 2\n\ttabulée  ",
    "",
]


def make_record() -> SessionRecord:
    return SessionRecord(now=lambda: NOW)


def round_trip(record: SessionRecord) -> SessionRecord:
    """Through JSON text, as storage and file import do."""
    text = json.dumps(record.to_data(), ensure_ascii=False)
    return SessionRecord.from_data(json.loads(text))


def recorder(record: SessionRecord) -> list[RecordChange]:
    events: list[RecordChange] = []
    record.changes.subscribe(events.append)
    return events


def full_record() -> SessionRecord:
    """A record with something in every part."""
    record = make_record()
    for index, which in enumerate(RecordText):
        record.set_text(which, f"{which.value}: {TRICKY[index % 2]}")
    record.set_help_kinds([HelpKind.IDEAS, HelpKind.HYPOTHESES])
    first = record.add_suggestion("Parler à Zoé <en tête-à-tête>", "ana")
    record.add_suggestion("Déléguer & suivre", None, created_at="2025-03-14T10:02:11")
    record.update_suggestion(first, kept=True)
    record.add_action_item("Rencontrer Zoé", "2025-04-01", "Elle propose d'elle-même")
    record.add_action_item("Écrire à l'équipe", "avant vendredi", "")
    record.set_learning("bob", text="Écouter sans répondre", applications="En réunion")
    record.set_learning("ana", appreciation="merci", learnings="silence", applications="Demain")
    record.set_timings(
        [PhaseTiming("opening", "Ouverture", 600, 655.5), PhaseTiming("case", "Exposé", 600, 0)]
    )
    record.set_speaking("opening", {"ana": 120.25, "bob": 80})
    record.set_speaking("case", {"bob": 0.0})
    record.approve_export("bob", at="2025-03-14T11:00:00+01:00")
    return record


# --- texts ---------------------------------------------------------------------------------------


def test_text_fields_are_the_state_fields() -> None:
    state_fields = {f.name for f in dataclasses.fields(RecordState)}
    assert {which.value for which in RecordText} <= state_fields


@pytest.mark.parametrize("which", list(RecordText))
@pytest.mark.parametrize("value", TRICKY[:3])
def test_each_text_field_is_kept_exactly_as_typed_and_round_trips(
    which: RecordText, value: str
) -> None:
    record = make_record()
    record.set_text(which, value)
    assert record.text(which) == value
    others = [other for other in RecordText if other is not which]
    assert all(record.text(other) == "" for other in others)
    back = round_trip(record)
    assert back.text(which) == value
    assert back.state == record.state


def test_help_kinds_are_chips_that_round_trip() -> None:
    record = make_record()
    record.set_help_kind(HelpKind.FEEDBACK, True)
    record.set_help_kind(HelpKind.IDEAS, True)
    record.set_help_kind(HelpKind.FEEDBACK, False)
    record.set_help_kind(HelpKind.RESOURCES, True)
    assert record.help_kinds == {HelpKind.IDEAS, HelpKind.RESOURCES}
    assert record.to_data()["help_kinds"] == ["ideas", "resources"]
    assert round_trip(record).help_kinds == {HelpKind.IDEAS, HelpKind.RESOURCES}


def test_unknown_help_kind_is_refused() -> None:
    record = make_record()
    with pytest.raises(InvalidRecordEdit):
        record.set_help_kinds(["advice"])  # type: ignore[list-item]
    assert record.help_kinds == frozenset()


# --- suggestions ---------------------------------------------------------------------------------


def test_suggestions_are_added_edited_kept_moved_and_removed() -> None:
    times = iter(["2025-03-14T10:00:00+01:00", "2025-03-14T10:01:00+01:00"])
    record = SessionRecord(now=lambda: next(times))
    a = record.add_suggestion("Parler à Zoé", "ana")
    b = record.add_suggestion("<i>Déléguer</i>", None)
    c = record.add_suggestion("Lire « Le codev »", "bob", created_at="2025-03-14T10:05:00")
    assert len({a, b, c}) == 3
    assert record.suggestion(a) == Suggestion(
        a, "Parler à Zoé", "ana", False, "2025-03-14T10:00:00+01:00"
    )
    assert record.suggestion(b).created_at == "2025-03-14T10:01:00+01:00"
    assert record.suggestion(c).created_at == "2025-03-14T10:05:00"

    record.update_suggestion(b, text="Déléguer & suivre", author="carla")
    record.update_suggestion(a, kept=True)
    record.update_suggestion(c, author=None)
    assert record.suggestion(b).text == "Déléguer & suivre"
    assert record.suggestion(b).author == "carla"
    assert record.suggestion(b).kept is False
    assert record.suggestion(a).kept is True
    assert record.suggestion(a).text == "Parler à Zoé"
    assert record.suggestion(c).author is None

    record.move_suggestion(c, 0)
    assert [s.id for s in record.suggestions] == [c, a, b]
    record.move_suggestion(c, 2)
    assert [s.id for s in record.suggestions] == [a, b, c]

    removed = record.remove_suggestion(b)
    assert removed.text == "Déléguer & suivre"
    assert [s.id for s in record.suggestions] == [a, c]
    back = round_trip(record)
    assert back.suggestions == record.suggestions


def test_suggestion_ids_stay_stable_and_unique_after_reload() -> None:
    record = make_record()
    first = record.add_suggestion("un")
    back = round_trip(record)
    second = back.add_suggestion("deux")
    assert back.suggestion(first).text == "un"
    assert second != first


@pytest.mark.parametrize(
    "edit",
    [
        lambda r: r.add_suggestion("x", created_at="hier"),
        lambda r: r.add_suggestion("x", author=""),
        lambda r: r.add_suggestion(None),
        lambda r: r.update_suggestion(r.suggestions[0].id, kept="yes"),
        lambda r: r.update_suggestion(r.suggestions[0].id, text=3),
        lambda r: r.move_suggestion(r.suggestions[0].id, 2),
        lambda r: r.move_suggestion(r.suggestions[0].id, -1),
        lambda r: r.move_action_item(r.action_items[0].id, 5),
        lambda r: r.add_action_item(what=None),
        lambda r: r.set_learning("", text="x"),
        lambda r: r.set_learning("ana", text=["x"]),
        lambda r: r.set_text("title", "x"),
        lambda r: r.set_timings([PhaseTiming("a", "A", -1, 1.0)]),
        lambda r: r.set_timings([PhaseTiming("a", "A", 60, float("nan"))]),
        lambda r: r.set_timings([PhaseTiming("a", "A", 60, 1), PhaseTiming("a", "B", 60, 1)]),
        lambda r: r.set_speaking("a", {"ana": -3}),
        lambda r: r.set_speaking("", {"ana": 3}),
        lambda r: r.set_speaking_times({"a": {"ana": float("inf")}}),
        lambda r: r.set_speaking_times({"a": {"": 3}}),
        lambda r: r.approve_export("bob", at="tomorrow"),
    ],
)
def test_invalid_values_are_refused_and_change_nothing(edit: Callable[[Any], object]) -> None:
    record = make_record()
    record.add_suggestion("one", "ana")
    record.add_suggestion("two", "bob")
    record.add_action_item("do")
    before = record.state
    events = recorder(record)
    with pytest.raises(InvalidRecordEdit):
        edit(record)
    assert record.state == before
    assert events == []


# --- action plan ---------------------------------------------------------------------------------


def test_action_items_are_added_edited_moved_and_removed() -> None:
    record = make_record()
    a = record.add_action_item("Rencontrer Zoé", "2025-04-01", "Elle propose d'elle-même")
    b = record.add_action_item()
    c = record.add_action_item("Écrire <à l'équipe>")
    assert record.action_item(b) == ActionItem(b)
    record.update_action_item(b, what="Relire & signer", by_when="fin avril")
    record.update_action_item(b, success_sign="Le contrat est signé")
    assert record.action_item(b) == ActionItem(
        b, "Relire & signer", "fin avril", "Le contrat est signé"
    )
    record.move_action_item(a, 2)
    assert [item.id for item in record.action_items] == [b, c, a]
    assert record.remove_action_item(c).what == "Écrire <à l'équipe>"
    assert [item.id for item in record.action_items] == [b, a]
    assert round_trip(record).action_items == record.action_items


# --- learnings -----------------------------------------------------------------------------------


def test_one_learning_per_participant_with_the_four_a() -> None:
    record = make_record()
    record.set_learning("ana", text="J'ai appris à me taire")
    record.set_learning("ana", appreciation="Merci", applications="Lundi")
    record.set_learning("bob", expectations="<attentes>", learnings="&amp;")
    assert record.learning("ana") == Learning(
        "ana", text="J'ai appris à me taire", appreciation="Merci", applications="Lundi"
    )
    assert record.learning("nobody") is None
    assert [item.participant_id for item in record.learnings] == ["ana", "bob"]
    assert round_trip(record).learnings == record.learnings
    assert record.remove_learning("ana").text == "J'ai appris à me taire"
    assert record.learning("ana") is None
    assert Learning("x").is_empty and not Learning("x", learnings="y").is_empty


def test_ordered_learnings_put_the_client_first_then_the_roster_order() -> None:
    record = make_record()
    for participant in ("dan", "bob", "ana", "gone", "carla"):
        record.set_learning(participant, text=participant)
    ordered = record.ordered_learnings("carla", ["ana", "bob", "carla", "dan", "eve"])
    assert [item.participant_id for item in ordered] == ["carla", "ana", "bob", "dan", "gone"]
    no_client = record.ordered_learnings(None, ["bob"])
    assert [item.participant_id for item in no_client] == ["bob", "dan", "ana", "gone", "carla"]
    absent_client = record.ordered_learnings("eve", ["ana"])
    assert [item.participant_id for item in absent_client][:2] == ["ana", "dan"]


# --- consent, timings, speaking ------------------------------------------------------------------


def test_consent_is_approved_with_when_and_who_and_can_be_withdrawn() -> None:
    record = make_record()
    assert record.consent == Consent()
    record.approve_export("bob")
    assert record.consent == Consent(True, NOW, "bob")
    assert round_trip(record).consent == Consent(True, NOW, "bob")
    record.withdraw_export_approval()
    assert record.consent == Consent()
    assert round_trip(record).consent == Consent()


def test_timings_and_speaking_are_set_by_the_controller_and_round_trip() -> None:
    record = make_record()
    timings = [
        PhaseTiming("opening", "Ouverture", 600, 655.25),
        PhaseTiming("case", "Exposé", 300, 12),
    ]
    record.set_timings(timings)
    record.set_speaking("opening", {"ana": 61.5, "bob": 30})
    record.set_speaking("case", {"carla": 12})
    record.set_speaking("opening", {"ana": 70.0})
    assert record.timings == tuple(timings)
    assert record.speaking == {"opening": {"ana": 70.0}, "case": {"carla": 12.0}}
    # The getter hands out a copy: changing it does not change the record.
    record.speaking["case"]["carla"] = 999
    assert record.speaking["case"]["carla"] == 12.0
    back = round_trip(record)
    assert back.timings == record.timings
    assert back.speaking == record.speaking


# --- events --------------------------------------------------------------------------------------


def test_each_edit_emits_exactly_one_change() -> None:
    record = make_record()
    events = recorder(record)
    expected: list[RecordChange] = []

    def check(edit: Callable[[], object], change: RecordChange) -> None:
        edit()
        expected.append(change)
        assert events == expected

    check(
        lambda: record.set_text(RecordText.HEADLINE, "Zoé"),
        RecordChange(RecordText.HEADLINE, ChangeKind.SET),
    )
    check(
        lambda: record.set_help_kind(HelpKind.IDEAS, True),
        RecordChange(RecordPart.HELP_KINDS, ChangeKind.SET),
    )
    sid = record.add_suggestion("idée", "ana")
    expected.append(RecordChange(RecordPart.SUGGESTIONS, ChangeKind.ADDED, sid))
    assert events == expected
    record.add_suggestion("autre")
    expected.append(
        RecordChange(RecordPart.SUGGESTIONS, ChangeKind.ADDED, record.suggestions[1].id)
    )
    check(
        lambda: record.update_suggestion(sid, text="idée!", kept=True),
        RecordChange(RecordPart.SUGGESTIONS, ChangeKind.UPDATED, sid),
    )
    check(
        lambda: record.move_suggestion(sid, 1),
        RecordChange(RecordPart.SUGGESTIONS, ChangeKind.MOVED, sid),
    )
    check(
        lambda: record.remove_suggestion(sid),
        RecordChange(RecordPart.SUGGESTIONS, ChangeKind.REMOVED, sid),
    )
    aid = record.add_action_item("faire")
    expected.append(RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.ADDED, aid))
    assert events == expected
    record.add_action_item("défaire")
    expected.append(
        RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.ADDED, record.action_items[1].id)
    )
    check(
        lambda: record.update_action_item(aid, by_when="demain"),
        RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.UPDATED, aid),
    )
    check(
        lambda: record.move_action_item(aid, 1),
        RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.MOVED, aid),
    )
    check(
        lambda: record.remove_action_item(aid),
        RecordChange(RecordPart.ACTION_ITEMS, ChangeKind.REMOVED, aid),
    )
    check(
        lambda: record.set_learning("ana", text="x"),
        RecordChange(RecordPart.LEARNINGS, ChangeKind.ADDED, "ana"),
    )
    check(
        lambda: record.set_learning("ana", learnings="y"),
        RecordChange(RecordPart.LEARNINGS, ChangeKind.UPDATED, "ana"),
    )
    check(
        lambda: record.remove_learning("ana"),
        RecordChange(RecordPart.LEARNINGS, ChangeKind.REMOVED, "ana"),
    )
    check(lambda: record.approve_export("bob"), RecordChange(RecordPart.CONSENT, ChangeKind.SET))
    check(
        lambda: record.withdraw_export_approval(), RecordChange(RecordPart.CONSENT, ChangeKind.SET)
    )
    check(
        lambda: record.set_timings([PhaseTiming("a", "A", 60, 1.0)]),
        RecordChange(RecordPart.TIMINGS, ChangeKind.SET),
    )
    check(
        lambda: record.set_speaking("a", {"bob": 1.0}),
        RecordChange(RecordPart.SPEAKING, ChangeKind.SET, "a"),
    )
    before = record.state
    record.set_text(RecordText.KEY_FACTS, "fait")
    expected.append(RecordChange(RecordText.KEY_FACTS, ChangeKind.SET))
    check(lambda: record.restore(before), RecordChange(RecordPart.WHOLE, ChangeKind.REPLACED))
    assert record.state == before
    assert RecordChange(RecordPart.SUGGESTIONS, ChangeKind.ADDED, sid).path == f"suggestions[{sid}]"
    assert RecordChange(RecordText.HEADLINE, ChangeKind.SET).path == "headline"


def test_an_edit_that_changes_nothing_emits_nothing() -> None:
    record = make_record()
    record.set_text(RecordText.QUESTION, "Comment ?")
    sid = record.add_suggestion("idée", "ana")
    record.set_learning("ana", text="x")
    events = recorder(record)
    record.set_text(RecordText.QUESTION, "Comment ?")
    record.update_suggestion(sid, text="idée", author="ana")
    record.move_suggestion(sid, 0)
    record.set_learning("ana", text="x")
    record.withdraw_export_approval()
    assert events == []


# --- refusals ------------------------------------------------------------------------------------

UNKNOWN_ID_EDITS: list[Callable[[SessionRecord], object]] = [
    lambda r: r.update_suggestion("nope", text="x"),
    lambda r: r.remove_suggestion("nope"),
    lambda r: r.move_suggestion("nope", 0),
    lambda r: r.suggestion("nope"),
    lambda r: r.update_action_item("nope", what="x"),
    lambda r: r.remove_action_item("nope"),
    lambda r: r.move_action_item("nope", 0),
    lambda r: r.action_item("nope"),
    lambda r: r.remove_learning("nope"),
]


@pytest.mark.parametrize("edit", UNKNOWN_ID_EDITS)
def test_unknown_ids_are_refused_and_change_nothing(
    edit: Callable[[SessionRecord], object],
) -> None:
    record = full_record()
    before = record.state
    events = recorder(record)
    with pytest.raises(UnknownRecordItem) as caught:
        edit(record)
    assert caught.value.item_id == "nope"
    assert isinstance(caught.value, InvalidCommand)
    assert "nope" in str(caught.value)
    assert record.state == before
    assert events == []


CONTENT_EDITS: list[Callable[[SessionRecord], object]] = [
    *(lambda r, w=which: r.set_text(w, "x") for which in RecordText),
    lambda r: r.set_help_kinds([HelpKind.IDEAS]),
    lambda r: r.set_help_kind(HelpKind.FEEDBACK, True),
    lambda r: r.add_suggestion("x", "ana"),
    lambda r: r.update_suggestion("any", text="x"),
    lambda r: r.remove_suggestion("any"),
    lambda r: r.move_suggestion("any", 0),
    lambda r: r.add_action_item("x"),
    lambda r: r.update_action_item("any", what="x"),
    lambda r: r.remove_action_item("any"),
    lambda r: r.move_action_item("any", 0),
    lambda r: r.set_learning("ana", text="x"),
    lambda r: r.remove_learning("ana"),
]


@pytest.mark.parametrize("edit", CONTENT_EDITS)
def test_timers_only_refuses_every_content_edit(edit: Callable[[SessionRecord], object]) -> None:
    record = make_record()
    record.set_mode(RecordMode.TIMERS_ONLY)
    before = record.state
    events = recorder(record)
    with pytest.raises(TimersOnly):
        edit(record)
    assert record.state == before
    assert not record.has_content
    assert events == []


def test_timers_only_still_keeps_timings_speaking_and_consent() -> None:
    record = make_record()
    record.set_mode(RecordMode.TIMERS_ONLY)
    record.set_timings([PhaseTiming("a", "A", 60, 75.0)])
    record.set_speaking("a", {"ana": 30.0})
    record.approve_export("ana")
    back = round_trip(record)
    assert back.mode is RecordMode.TIMERS_ONLY
    assert back.state == record.state


def test_switching_to_timers_only_with_notes_needs_explicit_discard() -> None:
    record = full_record()
    before = record.state
    events = recorder(record)
    with pytest.raises(RecordHasContent):
        record.set_mode(RecordMode.TIMERS_ONLY)
    assert record.state == before
    assert events == []
    record.set_mode(RecordMode.TIMERS_ONLY, discard_content=True)
    assert events == [RecordChange(RecordPart.WHOLE, ChangeKind.REPLACED)]
    assert not record.has_content
    assert record.search_text() == ""
    assert record.timings == before.timings
    assert record.speaking == {k: dict(v) for k, v in before.speaking.items()}
    assert record.consent == before.consent
    record.set_mode(RecordMode.FULL)
    assert events[-1] == RecordChange(RecordPart.MODE, ChangeKind.SET)
    record.set_text(RecordText.CASE_TITLE, "à nouveau")
    assert record.text(RecordText.CASE_TITLE) == "à nouveau"


# --- privacy and search --------------------------------------------------------------------------


def test_for_participants_drops_private_notes_only() -> None:
    record = full_record()
    secret = record.text(RecordText.PRIVATE_NOTES)
    assert secret
    view = record.for_participants()
    assert view.text(RecordText.PRIVATE_NOTES) == ""
    assert all(view.text(which) == "" for which in PRIVATE_TEXTS)
    assert secret not in json.dumps(view.to_data(), ensure_ascii=False)
    assert secret not in view.search_text()
    assert view.to_data() | {"texts": {}} == record.to_data() | {"texts": {}}
    others = [which for which in RecordText if which not in PRIVATE_TEXTS]
    assert all(view.text(which) == record.text(which) for which in others)
    # The facilitator's own record keeps them, and the copy is independent.
    assert record.text(RecordText.PRIVATE_NOTES) == secret
    view.set_text(RecordText.CASE_TITLE, "changed in the copy")
    assert record.text(RecordText.CASE_TITLE) != "changed in the copy"


def test_search_text_holds_every_written_text_including_private_notes() -> None:
    record = full_record()
    found = record.search_text()
    for which in RecordText:
        assert record.text(which) in found
    for suggestion in record.suggestions:
        assert suggestion.text in found
    for item in record.action_items:
        assert item.what in found and item.success_sign in found
    for learning in record.learnings:
        for value in dataclasses.astuple(learning)[1:]:
            assert isinstance(value, int) or value in found  # the case number is no text
    assert "Demain" in found
    assert make_record().search_text() == ""


# --- data format ---------------------------------------------------------------------------------


def test_full_record_round_trips_exactly() -> None:
    record = full_record()
    data = record.to_data()
    assert data["record_version"] == RECORD_VERSION == 1
    back = round_trip(record)
    assert back.state == record.state
    assert back.to_data() == data


def test_from_data_accepts_a_minimal_record() -> None:
    record = SessionRecord.from_data({"record_version": 1})
    assert record.state == RecordState()


def _broken(path: str, value: Any) -> dict[str, Any]:
    """full_record's data with the value at a dotted path (``suggestions.0.kept``) replaced."""
    data = copy.deepcopy(full_record().to_data())
    keys = path.split(".")
    target: Any = data
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = keys[-1]
    if value is _DELETE:
        del target[last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


_DELETE = object()

BROKEN_INPUTS: list[tuple[Any, str]] = [
    (_broken("record_version", 2), "record_version"),
    (_broken("record_version", "1"), "record_version"),
    (_broken("record_version", _DELETE), "record_version"),
    (_broken("mode", "secret"), "mode"),
    (_broken("colour", "blue"), "colour"),
    (_broken("texts", "hello"), "texts"),
    (_broken("texts.headline", 3), "texts.headline"),
    (_broken("texts.headline", None), "texts.headline"),
    (_broken("texts.nickname", "x"), "texts.nickname"),
    (_broken("help_kinds", "ideas"), "help_kinds"),
    (_broken("help_kinds.1", "advice"), "help_kinds[2]"),
    (_broken("help_kinds.1", "ideas"), "help_kinds[2]"),
    (_broken("suggestions", {}), "suggestions"),
    (_broken("suggestions.1", "idée"), "suggestions[2]"),
    (_broken("suggestions.1.id", ""), "suggestions[2].id"),
    (_broken("suggestions.0.text", ["a"]), "suggestions[1].text"),
    (_broken("suggestions.1.author", 7), "suggestions[2].author"),
    (_broken("suggestions.1.kept", "yes"), "suggestions[2].kept"),
    (_broken("suggestions.0.created_at", "hier"), "suggestions[1].created_at"),
    (_broken("suggestions.0.created_at", _DELETE), "suggestions[1].created_at"),
    (_broken("suggestions.0.votes", 3), "suggestions[1].votes"),
    (_broken("action_items.1.what", 1), "action_items[2].what"),
    (_broken("action_items.0.id", None), "action_items[1].id"),
    (_broken("learnings.1.participant_id", ""), "learnings[2].participant_id"),
    (_broken("learnings.0.applications", False), "learnings[1].applications"),
    (_broken("consent.client_approved_export", 1), "consent.client_approved_export"),
    (_broken("consent.approved_at", "soon"), "consent.approved_at"),
    (_broken("timings.1.planned_seconds", 1.5), "timings[2].planned_seconds"),
    (_broken("timings.1.actual_seconds", -1), "timings[2].actual_seconds"),
    (_broken("timings.0.actual_seconds", True), "timings[1].actual_seconds"),
    (_broken("timings.1.phase_id", "opening"), "timings[2].phase_id"),
    (_broken("speaking", []), "speaking"),
    (_broken("speaking.opening", 12), "speaking.opening"),
    (_broken("speaking.opening.bob", "long"), "speaking.opening.bob"),
    (_broken("mode", "timers_only"), "texts.check_in"),
    ([], ""),
    ("record", ""),
]


@pytest.mark.parametrize(("data", "field"), BROKEN_INPUTS)
def test_from_data_names_the_first_wrong_field(data: Any, field: str) -> None:
    with pytest.raises(RecordDataError) as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == field
    assert isinstance(caught.value, CodevError)
    if field:
        assert str(caught.value).startswith(f"{field}: ")


def test_duplicate_ids_and_inconsistent_consent_are_refused() -> None:
    data = full_record().to_data()
    data["suggestions"][1]["id"] = data["suggestions"][0]["id"]
    with pytest.raises(RecordDataError, match="two suggestions") as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == "suggestions[2].id"
    data = full_record().to_data()
    data["learnings"][1]["participant_id"] = data["learnings"][0]["participant_id"]
    with pytest.raises(RecordDataError) as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == "learnings[2].participant_id"
    data = full_record().to_data()
    data["consent"]["client_approved_export"] = False
    with pytest.raises(RecordDataError) as caught:
        SessionRecord.from_data(data)
    assert caught.value.field == "consent.approved_at"


def test_newer_format_asks_to_update_codev() -> None:
    with pytest.raises(RecordDataError, match="newer version"):
        SessionRecord.from_data({"record_version": RECORD_VERSION + 1})


def test_a_hand_made_state_is_checked_like_a_file() -> None:
    bad = RecordState(suggestions=(Suggestion("s", "x", None, False, "not a date"),))
    with pytest.raises(InvalidRecordEdit, match="created_at"):
        SessionRecord(bad)
    record = make_record()
    with pytest.raises(InvalidRecordEdit):
        record.restore(bad)
    with pytest.raises(InvalidRecordEdit):
        record.restore(RecordState(suggestions=({"id": "x"},)))  # type: ignore[arg-type]
    assert record.state == RecordState()


# --- random records ------------------------------------------------------------------------------

_ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.é", min_size=1, max_size=10)
_texts = st.text(max_size=40)
_iso = st.datetimes().map(lambda moment: moment.isoformat())
_seconds = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)


@st.composite
def _states(draw: st.DrawFn) -> RecordState:
    suggestion_ids = draw(st.lists(_ids, unique=True, max_size=5))
    action_ids = draw(st.lists(_ids, unique=True, max_size=5))
    learning_ids = draw(st.lists(_ids, unique=True, max_size=5))
    phase_ids = draw(st.lists(_ids, unique=True, max_size=5))
    approved = draw(st.booleans())
    texts: dict[str, Any] = {which.value: draw(_texts) for which in RecordText}
    return RecordState(
        help_kinds=frozenset(draw(st.sets(st.sampled_from(HelpKind)))),
        suggestions=tuple(
            Suggestion(i, draw(_texts), draw(st.none() | _ids), draw(st.booleans()), draw(_iso))
            for i in suggestion_ids
        ),
        action_items=tuple(
            ActionItem(i, draw(_texts), draw(_texts | _iso), draw(_texts)) for i in action_ids
        ),
        learnings=tuple(Learning(i, *(draw(_texts) for _ in range(5))) for i in learning_ids),
        consent=Consent(True, draw(_iso), draw(st.none() | _ids)) if approved else Consent(),
        timings=tuple(
            PhaseTiming(i, draw(_texts), draw(st.integers(0, 100_000)), draw(_seconds))
            for i in phase_ids
        ),
        speaking={p: draw(st.dictionaries(_ids, _seconds, max_size=4)) for p in phase_ids},
        **texts,
    )


@settings(max_examples=150, deadline=None)
@given(_states())
def test_random_records_round_trip_exactly(state: RecordState) -> None:
    record = SessionRecord(state)
    data = record.to_data()
    back = SessionRecord.from_data(json.loads(json.dumps(data)))
    assert back.state == record.state
    assert back.to_data() == data
    assert back.search_text() == record.search_text()
    assert back.for_participants().state == record.for_participants().state


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path to a value inside JSON data."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_FULL_DATA = full_record().to_data()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_paths(_FULL_DATA)), _json)
def test_any_damage_to_stored_data_is_a_readable_error_or_a_valid_record(
    path: tuple[str | int, ...], value: Any
) -> None:
    data = copy.deepcopy(_FULL_DATA)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        record = SessionRecord.from_data(data)
    except RecordDataError as error:
        assert error.field
    else:
        assert SessionRecord.from_data(record.to_data()).state == record.state


def test_speaking_times_of_every_phase_at_once_drop_the_phases_left_out() -> None:
    record = make_record()
    record.set_speaking("opening", {"ana": 61.5})
    record.set_speaking_times({"case": {"bob": 12}})
    assert dict(record.state.speaking) == {"case": {"bob": 12.0}}
    assert SessionRecord.from_data(record.to_data()).state == record.state


def test_a_state_made_by_hand_is_still_checked_after_valid_ones_were_handed_back() -> None:
    record = make_record()
    record.add_suggestion("one", "ana")
    record.restore(record.state)  # a state the record made itself: taken as it is
    bad = dataclasses.replace(record.state, suggestions=("not a suggestion",))
    with pytest.raises(InvalidRecordEdit):
        record.restore(bad)
    assert record.suggestions[0].text == "one"
