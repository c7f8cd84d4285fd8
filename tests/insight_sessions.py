"""Sessions played through commands for the insights tests, with known speaking times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from codev_app.core import commands as c
from codev_app.core.bundle import SessionBundle
from codev_app.core.clock import FakeClock
from codev_app.core.insights import SessionInsights, session_insights
from codev_app.core.participants import Role, Roster
from codev_app.core.record import RecordMode, RecordState, RecordText, SessionRecord
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.resources_path import resource_dir

TEMPLATE: Template = load_template(resource_dir("templates", "classic.toml")).template
NAMES = ("Awa", "Bruno", "Chloé", "Dan", "Eva")


def play(
    consultation: dict[str, float],
    *,
    contract_seconds: float = 300.0,
    day: int = 0,
    mode: RecordMode = RecordMode.FULL,
    suggestions: tuple[tuple[str, bool], ...] = (),
    follow_up: str = "",
    plan: bool = False,
    extra: bool = False,
) -> tuple[SessionBundle, list[tuple[float, c.Command]]]:
    """A classic session played through commands: 5 min of each phase up to the contract, the
    contract for ``contract_seconds``, the consultation with each person's speaking time."""
    clock = FakeClock(1_000.0)
    roster = Roster()
    ids = {}
    for index, name in enumerate(NAMES):
        ids[name] = roster.add(name, Role.CLIENT if index == 0 else Role.CONSULTANT).id
    ids["Fanny"] = roster.add("Fanny", Role.FACILITATOR).id
    record = SessionRecord(RecordState(mode=mode))
    live = LiveSession(TEMPLATE, clock, roster=roster, record=record)
    log: list[tuple[float, c.Command]] = []

    def apply(command: c.Command) -> None:
        live.apply(command)
        log.append((clock.now(), command))

    apply(c.StartSession())
    for _ in ("opening", "exposition", "clarification"):
        clock.advance(300)
        apply(c.NextPhase())
    if extra:
        apply(c.Pause())
        clock.advance(120)
        apply(c.Resume())
        apply(c.AddTime(2))
        apply(c.Undo())
        apply(c.AddTime(3))
    clock.advance(contract_seconds)
    apply(c.NextPhase())  # now the consultation, in rounds
    apply(c.NewRound())
    for name, seconds in consultation.items():
        apply(c.SelectSpeaker(ids[name]))
        clock.advance(seconds)
    apply(c.StopSpeaking())
    apply(c.NextPhase())
    if mode is RecordMode.FULL:
        for author, kept in suggestions:
            item = record.add_suggestion(f"idée de {author}", ids[author])
            if kept:
                record.update_suggestion(item, kept=True)
        if follow_up:
            record.set_text(RecordText.FOLLOW_UP, follow_up)
        if plan:
            record.add_action_item("Appeler Zoé", "vendredi", "")
    bundle = SessionBundle(
        template=TEMPLATE,
        live=live.to_data(),
        record=record,
        title=f"Séance {day + 1}",
        group_name="Les Tilleuls",
        created_at=datetime(2026, 1, 5, 18, tzinfo=UTC) + timedelta(days=28 * day),
    )
    return bundle, log


def played(consultation: dict[str, float], **options: Any) -> SessionInsights:
    """The insights of :func:`play`'s session, read as the app reads a saved one."""
    bundle, log = play(consultation, **options)
    return session_insights(bundle.saved_session(), bundle.template, log)


ONE_VOICE = {"Bruno": 360.0, "Chloé": 80.0, "Dan": 80.0, "Eva": 80.0}
EVEN = {"Bruno": 150.0, "Chloé": 150.0, "Dan": 150.0, "Eva": 150.0}
