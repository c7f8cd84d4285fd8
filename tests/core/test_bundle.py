"""Session bundles: the lossless session file round-trips; broken files name the wrong field."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from codev_app.core.bundle import InvalidBundle, SessionBundle
from codev_app.core.clock import FakeClock
from codev_app.core.commands import (
    AddSuggestion,
    InsertBreak,
    NextPhase,
    SetText,
    StartSession,
    new_item_id,
)
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir


def _bundle() -> SessionBundle:
    template = load_template(resource_dir("templates", "classic.toml")).template
    roster = Roster()
    roster.add("Awa <b>Diallo</b>", Role.CLIENT)
    roster.add("Bruno & Cie")
    clock = FakeClock(100.0)
    session = LiveSession(template, clock, roster=roster)
    session.apply(StartSession())
    session.apply(SetText(RecordText.QUESTION, "Comment déléguer sans tout reprendre ?"))
    session.apply(AddSuggestion(new_item_id(), "Écrire <img src=x> la liste", None))
    clock.advance(600)
    session.apply(NextPhase())
    session.apply(InsertBreak(10))
    return SessionBundle(
        template=template,
        live=session.to_data(),
        record=session.record,
        title="Déléguer",
        group_name="Dirigeants ESS",
        facilitator="Élise",
        created_at=datetime(2026, 11, 20, 14, 0, tzinfo=UTC),
    )


def _round_trip(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(data))
    return result


def test_a_bundle_round_trips_identically() -> None:
    bundle = _bundle()
    data = _round_trip(bundle.to_data())
    again = SessionBundle.from_data(data)
    assert again.to_data() == bundle.to_data()
    live = again.live_session()
    assert [item.phase.is_break for item in live.engine.plan].count(True) == 1
    assert live.engine.actual_seconds(0) == pytest.approx(600)
    assert live.roster.participants[0].name == "Awa <b>Diallo</b>"


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda d: d.update(format="x"), "format"),
        (lambda d: d.update(schema_version=7), "schema_version"),
        (lambda d: d.update(title=3), "title"),
        (lambda d: d.update(created_at="yesterday"), "created_at"),
        (lambda d: d.update(created_at="2026-11-20T14:00:00"), "created_at"),
        (lambda d: d["template"]["phases"][2].update(minutes=0), "template.phases[3].minutes"),
        (lambda d: d["record"].update(record_version="one"), "record.record_version"),
        (lambda d: d.update(live=[]), "live"),
        (lambda d: d["live"].update(format="other"), "live"),
        (lambda d: d["live"].update(clock_reading="noon"), "live.clock_reading"),
    ],
)
def test_a_broken_file_names_the_first_wrong_field(damage: Any, field: str) -> None:
    data = _round_trip(_bundle().to_data())
    damage(data)
    with pytest.raises(InvalidBundle) as caught:
        SessionBundle.from_data(data)
    assert caught.value.field == field
    assert str(caught.value).startswith(field)
