"""The Settings window: every setting by keyboard, saved at once, refused calmly, in French too."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.core.template import TurnMode
from codev_app.settings import Language, load_settings
from codev_app.template_library import available_templates
from codev_app.ui.main_window import MainWindow
from codev_app.ui.screen_fit import fit_in_screen, frame_inside
from codev_app.ui.settings_window import SettingsWindow
from tests.ui.test_console import english as english  # the autouse fixture: English texts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(clock=FakeClock(0.0))
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    main.complete_startup()
    return main


def _open(qtbot: QtBot, main: MainWindow) -> SettingsWindow:
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    QTest.keyClick(main, Qt.Key.Key_Comma, CTRL)
    settings = main.preferences.settings_window
    assert settings is not None
    qtbot.addWidget(settings)
    qtbot.waitUntil(settings.isVisible)
    settings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    return settings


def _saved() -> dict[str, object]:
    document = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _alt(widget: QWidget, letter: Qt.Key) -> QWidget:
    QTest.keyClick(widget, letter, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def test_every_setting_is_changed_by_keyboard_and_saved_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    settings = _open(qtbot, window)
    assert settings.focusWidget() is settings.language_combo
    assert "Preferences" in window.preferences.action.text()

    QTest.keyClick(settings.language_combo, Qt.Key.Key_Down)  # System → Français
    assert _saved()["language"] == "fr"
    assert settings.status.text() == "Saved."
    assert window.language_actions["fr"].isChecked()  # the Language menu follows

    name = _alt(settings, Qt.Key.Key_Y)  # "Your name"
    assert name is settings.name_field
    QTest.keyClicks(name, "Fran Dupont")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    assert _saved()["facilitator_name"] == "Fran Dupont"

    speaker = _alt(settings, Qt.Key.Key_S)  # "Time per speaker"
    assert speaker is settings.speaker_spin
    QTest.keyClick(speaker, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(speaker, "2:30")
    QTest.keyClick(speaker, Qt.Key.Key_Return)
    assert _saved()["speaker_seconds"] == 150
    assert speaker.text() == "2:30"

    warning = _alt(settings, Qt.Key.Key_W)
    QTest.keyClick(warning, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(warning, "10")
    QTest.keyClick(warning, Qt.Key.Key_Return)
    assert _saved()["warning_fraction"] == 0.1

    settings.chime_box.setFocus()
    QTest.keyClick(settings.chime_box, Qt.Key.Key_Space)
    assert _saved()["chime_muted"] is True
    assert not settings.volume_slider.isEnabled()
    QTest.keyClick(settings.chime_box, Qt.Key.Key_Space)
    volume = _alt(settings, Qt.Key.Key_V)
    assert volume is settings.volume_slider
    before = settings.volume_slider.value()
    QTest.keyClick(volume, Qt.Key.Key_PageDown)
    assert _saved()["chime_volume"] == before - 10
    assert settings.volume_value.text() == f"{before - 10}\u00a0%"

    retention = _alt(settings, Qt.Key.Key_K)
    QTest.keyClick(retention, Qt.Key.Key_Down)
    assert _saved()["retention_months"] == 6
    assert window.retention.actions[6].isChecked()  # the Settings menu follows

    template = _alt(settings, Qt.Key.Key_T)
    QTest.keyClick(template, Qt.Key.Key_Down)
    chosen = settings.template_combo.currentData()
    assert _saved()["default_template_id"] == chosen != "classic"

    loaded, warnings = load_settings()
    assert warnings == [] and loaded.language is Language.FR and loaded.speaker_seconds == 150
    QTest.keyClick(settings, Qt.Key.Key_Escape)
    assert not settings.isVisible()


def test_the_name_and_the_defaults_reach_the_next_session(qtbot: QtBot, window: MainWindow) -> None:
    settings = _open(qtbot, window)
    settings.name_field.setFocus()
    QTest.keyClicks(settings.name_field, "Fran")
    settings.close()  # closing keeps a name typed just before
    assert load_settings()[0].facilitator_name == "Fran"
    settings = _open(qtbot, window)
    settings.change(speaker_seconds=180)
    page = window.show_new_session()
    assert page is not None
    assert page.add_name("Ana")  # nobody listed would be said first (timings only)
    setup = page.setup()
    assert setup is not None and setup.facilitator == "Fran"
    live = window.create_live_session(setup, load_settings()[0])
    for phase in live.template.phases:
        expected = 180 if phase.turns is not TurnMode.FREE else None
        assert phase.speaker_seconds == expected, phase.id


@pytest.mark.logs_errors
def test_a_setting_that_cannot_be_saved_says_so_and_shows_the_saved_value(
    qtbot: QtBot, window: MainWindow, make_read_only: Callable[[Path], Path]
) -> None:
    settings = _open(qtbot, window)
    make_read_only(paths.settings_file().parent)
    settings.chime_box.setFocus()
    QTest.keyClick(settings.chime_box, Qt.Key.Key_Space)
    assert settings.status.text().startswith("Not saved:")
    assert settings.chime_box.isChecked()  # back to what is saved
    assert load_settings()[0].chime_muted is False


def test_too_short_a_time_per_speaker_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    settings = _open(qtbot, window)
    settings.speaker_spin.setFocus()
    QTest.keyClick(settings.speaker_spin, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(settings.speaker_spin, "0:05")
    QTest.keyClick(settings.speaker_spin, Qt.Key.Key_Return)
    assert settings.status.text() == "A time per speaker is at least 10 seconds."
    assert load_settings()[0].speaker_seconds is None


def test_every_control_has_an_accessible_name_and_a_label(qtbot: QtBot, window: MainWindow) -> None:
    settings = _open(qtbot, window)
    focusable = [
        widget
        for widget in settings.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(settings)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)  # a spin box's own line
    ]
    assert len(focusable) == 8
    buddies = {label.buddy() for label in settings.findChildren(QLabel)}
    for widget in focusable:
        assert widget.accessibleName().strip(), widget.objectName()
        assert widget in buddies or widget is settings.chime_box, widget.objectName()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "fr")
    yield
    i18n.remove_translators(qapp, translators)


def test_the_settings_window_speaks_french(qtbot: QtBot, french: None) -> None:
    templates, _problems = available_templates()
    settings = SettingsWindow(list(templates), language="fr")
    qtbot.addWidget(settings)
    settings.show()
    assert settings.windowTitle() == "Réglages — Codev"
    texts = {label.text() for label in settings.findChildren(QLabel)}
    assert "Chaque changement est enregistré aussitôt." in texts
    assert settings.speaker_spin.specialValueText() == "Sans limite"
    assert settings.template_combo.itemText(0) == "Codéveloppement classique"


def test_windows_open_inside_a_1440_by_900_screen_and_a_half_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setMinimumSize(480, 420)
    for area in (QRect(0, 0, 1440, 870), QRect(0, 24, 720, 576)):
        placed = fit_in_screen(widget, QSize(1000, 1200), area)
        assert frame_inside(widget, area), (area, placed)
        assert placed.height() < 1200 and placed.width() <= min(1000, area.width())
    placed = fit_in_screen(widget, QSize(600, 500), QRect(0, 0, 1440, 870))
    assert placed.size() == QSize(600, 500)  # room enough: the size asked for


def test_a_retention_written_by_hand_is_shown_as_it_is(qtbot: QtBot) -> None:
    from dataclasses import replace

    from codev_app.settings import Settings, save_settings

    save_settings(replace(Settings(), retention_months=18))
    settings = SettingsWindow(list(available_templates()[0]), language="en")
    qtbot.addWidget(settings)
    assert settings.retention_combo.currentText() == "18 months"
