"""Realistic sessions for storage and persistence tests: every record field filled, awkward text."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

from codev_app.core.clock import Clock, FakeClock
from codev_app.core.commands import NextPhase, SelectSpeaker, StartSession, StopSpeaking
from codev_app.core.participants import Role, Roster
from codev_app.core.record import (
    SESSION_CASE,
    HelpKind,
    RecordMode,
    RecordState,
    RecordText,
    SessionRecord,
)
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, dump_template, load_template
from codev_app.resources_path import resource_dir
from codev_app.storage.repository import Store

TEMPLATE: Template = load_template(resource_dir("templates", "classic.toml")).template

# Text that an HTML view would mangle if anything escaped or interpreted it on the way.
AWKWARD = "<b>gras</b> <img src=x onerror=alert(1)> &amp; &lt; « guillemets » l'été\n\t🌱 \x00fin"


def fixed_now() -> str:
    return "2026-11-20T14:05:00+01:00"


def people() -> Roster:
    roster = Roster()
    roster.add("Awa <b>Diallo</b>", Role.CLIENT)
    roster.add("Bruno & Cie")
    roster.add("Élise Faÿ", Role.FACILITATOR)
    return roster


def fill_record(record: SessionRecord, roster: Roster) -> None:
    """Write something into every content field of the record."""
    client, consultant, facilitator = (person.id for person in roster.participants)
    for which in RecordText:
        record.set_text(which, f"{which.value}: {AWKWARD}")
    record.set_text(RecordText.QUESTION, "Comment réussir la délégation sans tout reprendre ?")
    record.set_text(RecordText.HELP_NOTES, "Piste : une Œuvre commune, budget &amp; <i>temps</i>")
    record.set_help_kinds([HelpKind.IDEAS, HelpKind.HYPOTHESES])
    kept = record.add_suggestion(f"Écrire la liste {AWKWARD}", consultant, created_at=fixed_now())
    record.update_suggestion(kept, kept=True)
    record.add_suggestion("Demander de l'aide", None, created_at=fixed_now())
    step = record.add_action_item("Appeler <Zoé>", "2026-12-01", "elle a répondu & accepté")
    record.add_action_item("Relire", "vendredi", "")
    record.move_action_item(step, 1)
    record.set_learning(client, text="J'ai appris", appreciation="merci", expectations="plus")
    record.set_learning(consultant, learnings="écouter", applications=f"demain {AWKWARD}")
    # A second case (two in a half day): its client, a step and a learning of its own.
    record.set_case_client(1, client)
    record.set_case_client(2, consultant)
    record.add_action_item("Réunir l'équipe", "lundi", "", case=2)
    record.set_learning(client, text="Écouter le 2e cas", case=2)
    record.set_text(RecordText.QUESTION, f"La question du 2e cas {AWKWARD}", case=2)
    record.set_help_kinds([HelpKind.RESOURCES], case=2)
    record.set_learning(consultant, text="Météo de clôture", case=SESSION_CASE)
    record.approve_export(client, at=fixed_now())
    record.set_speaking("exposition", {client: 312.5, facilitator: 4.0})


def assert_every_field_filled(state: RecordState) -> None:
    """Guard for round-trip tests: a field left at its default would not prove anything."""
    for field in dataclasses.fields(state):
        if field.name == "mode":
            continue
        default = RecordState()
        assert getattr(state, field.name) != getattr(default, field.name), field.name


def live_session(
    clock: Clock | None = None, *, mode: RecordMode = RecordMode.FULL, notes: bool = True
) -> LiveSession:
    """A started session, ten minutes into the exposition, with (unless timers-only) notes."""
    clock = FakeClock(5_000.0) if clock is None else clock
    roster = people()
    record = SessionRecord(RecordState(mode=mode), now=fixed_now)
    live = LiveSession(TEMPLATE, clock, roster=roster, record=record)
    live.apply(StartSession())
    if isinstance(clock, FakeClock):
        clock.advance(300)
    live.apply(NextPhase())
    client = roster.participants[0].id
    live.apply(SelectSpeaker(client))  # the client tells the case: real speaking time
    if isinstance(clock, FakeClock):
        clock.advance(300)
    live.apply(StopSpeaking())
    if mode is RecordMode.FULL and notes:
        fill_record(record, roster)
    return live


def create(store: Store, **fields: object) -> int:
    values: dict[str, object] = {
        "template_id": TEMPLATE.id,
        "template_toml": dump_template(TEMPLATE),
    }
    values.update(fields)
    return store.create_session(**values)  # type: ignore[arg-type]


def record_json(record: SessionRecord) -> str:
    return json.dumps(record.to_data(), ensure_ascii=False)


def bytes_in(folder: Path) -> bytes:
    """Every byte of every file in ``folder`` (database, its log, anything beside it)."""
    return b"".join(item.read_bytes() for item in folder.iterdir() if item.is_file())


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def stored_record_text(store: Store, session_id: int) -> str:
    """The saved record as compact JSON ("" when none), for checks that a text was kept."""
    record = store.load_record(session_id)
    if record is None:
        return ""
    return json.dumps(record.to_data(), ensure_ascii=False, separators=(",", ":"))


def saved_record(store: Store, session_id: int) -> SessionRecord:
    """The saved record; fails the test when none was saved."""
    record = store.load_record(session_id)
    assert record is not None, f"no record saved for session {session_id}"
    return record
