"""The template editor from the keyboard: phases, texts, durations, order, fit, undo, save."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from codev_app import i18n, paths
from codev_app.core.clock import FakeClock
from codev_app.core.commands import FinishSession, NextPhase, StartSession
from codev_app.core.engine import EngineState
from codev_app.core.session import LiveSession
from codev_app.core.template import Speakers, TurnMode, load_template
from codev_app.ui.templates.editor import TemplateEditor
from codev_app.ui.templates.window import TemplatesWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[TemplatesWindow]:
    templates = TemplatesWindow(language="en")
    with qtbot.waitExposed(templates):
        templates.show()
    with qtbot.waitActive(templates):
        templates.activateWindow()
    yield templates
    if templates.editor is not None:  # closing would ask about unsaved changes
        templates.editor.discard_changes()
    templates.close()
    templates.deleteLater()


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifiers)


def _type(text: str) -> None:
    """Replace the focused field's text with ``text``, as a user selecting all and typing."""
    _key(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(_focus(), text)


def _editor(window: TemplatesWindow) -> TemplateEditor:
    assert window.editor is not None
    return window.editor


def _minutes(editor: TemplateEditor) -> list[int]:
    return [phase.planned_seconds // 60 for phase in editor.template.phases]


def _names(editor: TemplateEditor, language: str = "en") -> list[str]:
    return [phase.name.get(language) for phase in editor.template.phases]


def _add_phase(qtbot: QtBot, editor: TemplateEditor, name: str, minutes: int) -> None:
    count = len(editor.template.phases)
    _key(Qt.Key.Key_A, ALT)  # "Add phase": the cursor lands in the new phase's name
    # A button's letter clicks it after a short visible press.
    qtbot.waitUntil(lambda: len(editor.template.phases) == count + 1)
    assert editor.phase_name.hasFocus()
    _type(name)
    _key(Qt.Key.Key_D, ALT)  # "Duration"
    assert editor.minutes.hasFocus()
    _type(str(minutes))


def test_a_template_built_with_the_keyboard_is_saved_loads_back_and_runs(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    _key(Qt.Key.Key_N, ALT)  # "New template"
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = _editor(window)
    qtbot.waitUntil(lambda: editor.template_name.hasFocus())
    _type("Thursday codev")

    # The new template's first phase, then four more.
    _key(Qt.Key.Key_M, ALT)  # "Phase name"
    assert editor.phase_name.hasFocus()
    _type("Opening")
    _key(Qt.Key.Key_D, ALT)
    _type("10")
    _add_phase(qtbot, editor, "Case", 15)
    _add_phase(qtbot, editor, "Consultation", 30)
    _add_phase(qtbot, editor, "Learnings", 10)
    _add_phase(qtbot, editor, "Clarification", 20)
    assert _names(editor) == ["Opening", "Case", "Consultation", "Learnings", "Clarification"]
    assert _minutes(editor) == [10, 15, 30, 10, 20]
    assert editor.phase_list.item(4).text().startswith("1:05")

    # Clarification goes after the case: two steps up, with the keys, in the phase list.
    _key(Qt.Key.Key_P, ALT)
    assert editor.phase_list.hasFocus()
    assert editor.phase_list.currentRow() == 4
    _key(Qt.Key.Key_Up, ALT)
    _key(Qt.Key.Key_Up, ALT)
    assert _names(editor) == ["Opening", "Case", "Clarification", "Consultation", "Learnings"]
    assert editor.phase_list.currentRow() == 2
    _key(Qt.Key.Key_Down, ALT)
    _key(Qt.Key.Key_Up, ALT)
    assert _names(editor)[2] == "Clarification"
    assert [editor.phase_list.item(i).text()[:4] for i in range(5)] == [
        "0:00",
        "0:10",
        "0:25",
        "0:45",
        "1:15",
    ]

    # Fit to 75 minutes, keeping the opening's 10 minutes.
    _key(Qt.Key.Key_F, ALT)
    fit = editor.fit_panel
    qtbot.waitUntil(lambda: fit.target.hasFocus())
    _type("75")
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    assert fit.table.hasFocus()
    fit.table.setCurrentCell(0, 0)
    _key(Qt.Key.Key_Space)  # tick "Keep" for the opening
    assert fit.pinned == {editor.template.phases[0].id}
    assert fit.result is not None and fit.result.total_after_seconds == 75 * 60
    before = _minutes(editor)
    _key(Qt.Key.Key_Y, ALT)  # "Apply"
    qtbot.waitUntil(lambda: _minutes(editor) != before)
    fitted = _minutes(editor)
    assert sum(fitted) == 75 and fitted[0] == 10
    # 65 minutes shared by 15, 20, 30 and 10: 13, 17.3, 26 and 8.7, in whole minutes.
    assert fitted == [10, 13, 17, 26, 9]
    assert not fit.isVisible()

    # Undo and redo the fit, from the keyboard.
    _key(Qt.Key.Key_Z, CTRL)
    assert _minutes(editor) == before
    _key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert _minutes(editor) == fitted

    _key(Qt.Key.Key_S, CTRL)
    assert not editor.has_unsaved_changes()
    assert editor.template.id == "thursday-codev"
    assert "thursday-codev" in window.library
    assert not (paths.data_dir() / "drafts" / "thursday-codev.toml").exists()

    saved = load_template(paths.user_templates_dir() / "thursday-codev.toml").template
    assert saved.name.get("en") == "Thursday codev"
    assert [p.name.get("en") for p in saved.phases] == _names(editor)
    assert [p.planned_seconds for p in saved.phases] == [m * 60 for m in fitted]
    assert saved.total_seconds == 75 * 60

    live = LiveSession(saved, FakeClock())
    live.apply(StartSession())
    for _ in saved.phases[1:]:
        live.apply(NextPhase())
    live.apply(FinishSession())
    assert live.state is EngineState.FINISHED


def test_undo_and_redo_take_back_typing_as_one_step(qtbot: QtBot, window: TemplatesWindow) -> None:
    editor = window.new_template()
    assert editor is not None
    editor.phase_name.setFocus()
    _type("Check-in")
    assert _names(editor) == ["Check-in"]
    _key(Qt.Key.Key_Z, CTRL)  # in the text field: the editor's undo, not the field's
    assert _names(editor) == ["New phase"]
    assert editor.phase_name.text() == "New phase"
    _key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert _names(editor) == ["Check-in"]
    _key(Qt.Key.Key_Y, CTRL)  # nothing more to redo: no change
    assert _names(editor) == ["Check-in"]
    assert editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()


def test_every_phase_setting_is_edited_and_undone(qtbot: QtBot, window: TemplatesWindow) -> None:
    editor = window.new_template()
    assert editor is not None
    editor.purpose.setFocus()
    _type("Say hello")
    editor.rules.setFocus()
    QTest.keyClicks(editor.rules, "One word each")
    QTest.keyClick(editor.rules, Qt.Key.Key_Return)
    QTest.keyClicks(editor.rules, "Nobody interrupts")
    editor.opening_prompt.setFocus()
    QTest.keyClicks(editor.opening_prompt, "Hello!")
    editor.closing_prompt.setFocus()
    QTest.keyClicks(editor.closing_prompt, "Thank you.")
    editor.speakers.setCurrentIndex(editor.speakers.findData("client"))
    editor.turns.setCurrentIndex(editor.turns.findData("round"))
    editor.speaker_time.setValue(90)
    editor.warning.setValue(10)
    editor.chime.setChecked(False)
    editor.is_break.setChecked(True)
    phase = editor.template.phases[0]
    assert phase.purpose.get("en") == "Say hello"
    assert phase.rules.lines("en") == ["One word each", "Nobody interrupts"]
    assert (phase.opening_prompt.get("en"), phase.closing_prompt.get("en")) == (
        "Hello!",
        "Thank you.",
    )
    assert (phase.speakers, phase.turns) == (Speakers.CLIENT, TurnMode.ROUND)
    assert (phase.speaker_seconds, phase.warning_fraction) == (90, 0.1)
    assert (phase.chime, phase.is_break) == (False, True)
    steps = editor.undo_stack.count()
    assert steps == 10
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    phase = editor.template.phases[0]
    assert not phase.purpose and not phase.rules and phase.chime and not phase.is_break
    assert phase.speaker_seconds is None and phase.speakers is Speakers.EVERYONE
    assert editor.speakers.currentData() == "everyone" and editor.rules.toPlainText() == ""


def test_texts_are_edited_in_french_and_english(qtbot: QtBot, window: TemplatesWindow) -> None:
    window.page.select("classic")
    window.page.duplicate_selected()
    editor = _editor(window)
    assert editor.phase_name.text() == "Opening"
    editor.language_buttons["fr"].click()
    assert editor.phase_name.text() == "Ouverture"
    assert editor.phase_name.placeholderText() == "Opening"
    editor.phase_name.setFocus()
    _type("Accueil")
    phase = editor.template.phases[0]
    assert (phase.name.get("fr"), phase.name.get("en")) == ("Accueil", "Opening")
    editor.set_edit_language("en")
    assert editor.phase_name.text() == "Opening"
    assert editor.timeline.description().splitlines()[0] == "0:00 Opening (15\u00a0min)"


def test_a_text_for_every_language_is_split_when_one_language_changes(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    from codev_app.core.template import LocalizedText
    from codev_app.ui.templates.document import text_in, with_text

    neutral = LocalizedText.of("Pause")
    assert text_in(neutral, "fr") == "Pause"
    changed = with_text(neutral, "en", "Break")
    assert (changed.get("fr"), changed.get("en")) == ("Pause", "Break")
    assert with_text(changed, "en", "").get("en") == "Pause"  # empty: falls back to French


def test_problems_show_beside_their_field_and_saving_waits(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    editor = window.new_template()
    assert editor is not None
    editor.add_phase()
    editor.phase_name.setFocus()
    _key(Qt.Key.Key_A, CTRL)
    _key(Qt.Key.Key_Delete)
    assert editor.template.phases[1].name.get("en") == ""
    issue = editor.issue_labels["name"]
    assert issue.isVisibleTo(editor)
    assert issue.text() == "Give this phase a name, in French or in English."
    assert editor.phase_needs_fixing(1) and not editor.phase_needs_fixing(0)
    editor.speaker_time.setValue(5)  # typed below the 10-second minimum
    assert editor.issue_labels["speaker_seconds"].isVisibleTo(editor)

    editor.select_phase(0)
    assert not editor.issue_labels["name"].isVisibleTo(editor)
    assert not editor.save()
    assert "fix what is marked" in editor.status.text()
    assert editor.selected_phase_id() == editor.template.phases[1].id
    assert editor.phase_name.hasFocus()
    assert not list(paths.user_templates_dir().glob("*.toml"))

    QTest.keyClicks(editor.phase_name, "Contract")
    editor.speaker_time.setValue(0)
    assert not editor.phase_needs_fixing(1)
    assert editor.save()


def test_a_name_used_by_another_template_is_refused_beside_the_name(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    editor = window.new_template()
    assert editor is not None
    editor.template_name.setFocus()
    _type("Classic co-development")
    assert not editor.save()
    assert editor.template_name_issue.isVisibleTo(editor)
    assert "already called" in editor.template_name_issue.text()
    assert editor.template_name.hasFocus()
    _type("My classic")
    assert not editor.template_name_issue.isVisibleTo(editor)
    assert editor.save()


def test_saving_an_edited_user_template_replaces_its_own_file(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    window.page.select("codev-express")
    copy = window.page.duplicate_selected()
    assert copy is not None
    editor = _editor(window)
    editor.minutes.setFocus()
    _type("7")
    assert editor.save()
    files = sorted(p.name for p in paths.user_templates_dir().glob("*.toml"))
    assert files == [f"{copy.id}.toml"]
    saved = load_template(paths.user_templates_dir() / files[0]).template
    assert saved.phases[0].planned_seconds == 7 * 60
    assert saved.name == copy.name


def test_removing_and_dragging_phases(qtbot: QtBot, window: TemplatesWindow) -> None:
    window.page.select("codev-express")
    window.page.duplicate_selected()
    editor = _editor(window)
    ids = [p.id for p in editor.template.phases]
    editor.select_phase(1)
    editor.phase_list.setFocus()
    _key(Qt.Key.Key_Delete)
    assert [p.id for p in editor.template.phases] == ids[:1] + ids[2:]
    _key(Qt.Key.Key_Z, CTRL)
    assert [p.id for p in editor.template.phases] == ids

    # Drag the first phase below the third one.
    listing = editor.phase_list
    listing.setCurrentRow(0)
    third = listing.visualItemRect(listing.item(2))
    below_middle = QPoint(third.center().x(), third.center().y() + third.height() // 4)
    mime = listing.model().mimeData([listing.model().index(0, 0)])

    class DropFromTheList(QDropEvent):
        # As when the phase was dragged from this list (a real drag cannot run offscreen).
        def source(self) -> QObject:
            return listing

    drop = DropFromTheList(
        below_middle,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.setDropAction(Qt.DropAction.MoveAction)
    listing.dropEvent(drop)
    qtbot.waitUntil(lambda: [p.id for p in editor.template.phases][2] == ids[0])
    assert [p.id for p in editor.template.phases] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert listing.count() == len(ids)
    _key(Qt.Key.Key_Z, CTRL)
    assert [p.id for p in editor.template.phases] == ids


def test_the_last_phase_cannot_be_removed(qtbot: QtBot, window: TemplatesWindow) -> None:
    editor = window.new_template()
    assert editor is not None
    assert not editor.remove_button.isEnabled()
    editor.remove_phase()
    assert len(editor.template.phases) == 1


def test_the_timeline_shows_start_times_and_follows_durations(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    window.page.select("codev-express")
    window.page.duplicate_selected()
    editor = _editor(window)
    lines = editor.timeline.description().splitlines()
    assert lines[:3] == [
        "0:00 Opening (5\u00a0min)",
        "0:05 Case exposition (8\u00a0min)",
        "0:13 Clarification (10\u00a0min)",
    ]
    assert lines[-1] == "Total 1\u00a0h, ending at 1:00."
    editor.select_phase(0)
    editor.minutes.setValue(20)
    lines = editor.timeline.description().splitlines()
    assert lines[1] == "0:20 Case exposition (8\u00a0min)"
    assert editor.timeline.accessibleDescription() == editor.timeline.description()
    widths = [rect.width() for rect in editor.timeline.block_rects()]
    assert widths[0] > widths[1] > widths[3]  # 20, 8 and 3 minutes
    assert "1\u00a0h\u00a015" in editor.total_label.text()


def test_every_control_has_an_accessible_name_and_labels_are_plain(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    window.page.select("classic")
    window.page.duplicate_selected()
    editor = _editor(window)
    for show in (editor.close_fit, editor.open_fit):  # the phase form, then the fit panel
        show()
        focusable = [
            w
            for w in window.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window)
        ]
        assert editor.phase_list in focusable
        for widget in focusable:
            parent = widget.parent()
            if parent is not None and parent.inherits("QAbstractSpinBox"):
                continue  # the line edit inside a spin box: the spin box has the name
            assert widget.accessibleName().strip(), (
                widget.objectName(),
                widget.metaObject().className(),
            )
    for label in editor.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_time_per_speaker_reads_minutes_and_m_ss_as_shown(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    editor = window.new_template()
    assert editor is not None
    editor.speaker_time.setFocus()
    for typed, seconds, shown in (
        ("2 min", 120, "2\u00a0min"),
        ("2:00", 120, "2\u00a0min"),
        ("1:30", 90, "1:30"),
        ("3", 180, "3\u00a0min"),
        ("45 s", 45, "0:45"),
    ):
        _type(typed)
        _key(Qt.Key.Key_Tab)  # leaving the field settles what was typed
        assert editor.template.phases[0].speaker_seconds == seconds, typed
        assert editor.speaker_time.text() == shown
        editor.speaker_time.setFocus()
    _type("soon")  # not a duration: the field goes back to what it held
    _key(Qt.Key.Key_Tab)
    assert editor.speaker_time.text() == "0:45"
    assert editor.template.phases[0].speaker_seconds == 45


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            "fr",
            "1 phase, 10\u00a0min en tout, fin à 0:10.",
            "2 phases, 20\u00a0min en tout, fin à 0:20.",
        ),
        (
            "en",
            "1 phase, 10\u00a0min in all, ending at 0:10.",
            "2 phases, 20\u00a0min in all, ending at 0:20.",
        ),
    ],
)
def test_the_total_line_counts_the_phases_in_the_facilitators_language(
    qtbot: QtBot, qapp: QApplication, language: str, one: str, two: str
) -> None:
    translators = i18n.install_translators(qapp, language)
    templates = TemplatesWindow(language=language)
    qtbot.addWidget(templates)
    try:
        editor = templates.new_template()
        assert editor is not None
        assert editor.total_label.text() == one
        editor.add_phase()
        assert editor.total_label.text() == two
        editor.discard_changes()
    finally:
        i18n.remove_translators(qapp, translators)
