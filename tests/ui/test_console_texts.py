"""The console's texts, colours and chimes, without windows."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from codev_app import i18n
from codev_app.core.clock import FakeClock
from codev_app.core.commands import (
    AddTime,
    GoToPhase,
    InsertBreak,
    NewRound,
    NextPhase,
    NextSpeaker,
    Pause,
    StartSession,
)
from codev_app.core.engine_snapshot import PlanChange
from codev_app.core.participants import Roster
from codev_app.core.session import LiveSession
from codev_app.core.template import Template, load_template
from codev_app.core.timing import TimerState
from codev_app.resources_path import resource_dir
from codev_app.ui.console import action_words, texts
from codev_app.ui.console.chime import Chime, SoundChime
from codev_app.ui.console.palette import contrast_ratio, dark_palette, timer_colors


@pytest.fixture
def classic() -> Template:
    return load_template(resource_dir("templates", "classic.toml")).template


@pytest.fixture
def live(classic: Template) -> LiveSession:
    roster = Roster()
    for name in ("Anna", "Ben & Co", "Chloé"):
        roster.add(name)
    return LiveSession(classic, FakeClock(), roster=roster)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "fr")
    assert translators
    yield
    i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize(
    ("seconds", "round_up", "shown"),
    [
        (0, False, "0:00"),
        (59.9, False, "0:59"),
        (59.1, True, "1:00"),
        (900, True, "15:00"),
        (899.2, True, "15:00"),
        (3725, False, "1:02:05"),
        (-3, False, "0:00"),
    ],
)
def test_clock_text(seconds: float, round_up: bool, shown: str) -> None:
    assert texts.clock_text(seconds, round_up=round_up) == shown


def test_behind_and_ahead_are_whole_minutes() -> None:
    assert texts.behind_text(20) == "On schedule"
    assert texts.behind_text(185) == "3\u00a0min behind plan"
    assert texts.behind_text(-3900) == "1\u00a0h\u00a005 ahead of plan"


def test_the_undo_label_says_the_action_in_the_facilitators_language(
    live: LiveSession, french: None
) -> None:
    clock = live.clock
    assert isinstance(clock, FakeClock)
    assert action_words.undo_label(live, "fr") is None
    live.apply(StartSession())
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: début de la séance"
    live.apply(NextPhase())
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: phase suivante (Exposé)"
    live.apply(AddTime(2))
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: +2\u00a0min · Exposé"
    live.apply(AddTime(-1))
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: \u22121\u00a0min · Exposé"
    live.apply(InsertBreak(10))
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: pause de 10\u00a0min"
    live.apply(GoToPhase("consultation"))
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: passage à Consultation"
    live.apply(Pause())
    assert action_words.undo_label(live, "fr") == "Annuler\u00a0: pause"


def test_turn_actions_keep_the_names_as_typed(live: LiveSession) -> None:
    live.apply(StartSession())
    live.apply(NewRound())
    live.apply(NextSpeaker())
    assert action_words.undo_label(live, "en") == "Undo: Anna speaks"
    live.apply(NextSpeaker())
    assert action_words.undo_label(live, "en") == "Undo: Ben & Co speaks"


def test_the_plan_note_lists_the_phases_in_the_interface_language(
    live: LiveSession, french: None
) -> None:
    changes = [PlanChange("consultation", 1800, 1500), PlanChange("learnings", 900, 780)]
    assert texts.plan_changes_text(changes, live, "fr") == (
        "Pour finir à l’heure\u00a0: Consultation 30\u00a0min → 25\u00a0min · "
        "Apprentissages 15\u00a0min → 13\u00a0min."
    )
    assert texts.plan_changes_text([], live, "fr") == (
        "Les phases restantes tiennent déjà dans l’heure de fin prévue."
    )


def test_the_timer_reading_in_french(live: LiveSession, french: None) -> None:
    clock = live.clock
    assert isinstance(clock, FakeClock)
    assert texts.read_timer(live, "fr", start_key="Espace").state_text == (
        "Prêt. Appuyez sur Espace pour commencer."
    )
    live.apply(StartSession())
    assert texts.read_timer(live, "fr").state_text == "Temps confortable"
    clock.advance(13 * 60)
    assert texts.read_timer(live, "fr").state_text == "Bientôt fini"
    clock.advance(4 * 60 + 5)
    live.apply(Pause())
    reading = texts.read_timer(live, "fr")
    assert reading.state_text == "En pause · Dépassement +2:05"
    assert reading.digits == "+2:05"
    assert reading.phase_name == "Ouverture"


def test_who_speaks_is_one_sentence(classic: Template) -> None:
    assert texts.speakers_text(classic.phases[2]) == ("Who speaks: Everyone, after raising a hand.")
    assert texts.speakers_text(classic.phases[1]) == "Who speaks: The client, freely."


@pytest.mark.parametrize("dark", [False, True])
def test_timer_text_colours_read_well_on_both_palettes(qapp: QApplication, dark: bool) -> None:
    palette = dark_palette() if dark else QPalette(qapp.palette())
    window = palette.color(QPalette.ColorRole.Window)
    for state in (None, *TimerState):
        colors = timer_colors(state, palette)
        assert contrast_ratio(colors.text, window) >= 4.5, state
        # The disk stands out from its track in every state.
        assert contrast_ratio(colors.fill, colors.track) >= 1.5 or state is None, state


def test_a_missing_sound_system_leaves_the_chimes_silent_and_logs_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    chime = SoundChime(volume=60, players=())  # no player: QtMultimedia is the last resort
    with caplog.at_level(logging.WARNING):
        chime.play(Chime.WARNING)
        chime.play(Chime.END)
        chime.prepare()
    assert not chime.available
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 1 and messages[0].startswith("Chimes are silent")


def test_a_muted_volume_never_loads_the_sound_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    chime = SoundChime(volume=0)
    chime.play(Chime.END)
    assert chime.available
