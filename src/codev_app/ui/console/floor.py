"""The floor: who speaks (and their countdown), who comes next, and the single entry line.

In the console's centre, under the phase timer. In phases that collect items (key facts,
suggestions, the action plan, learnings) one line takes what the facilitator types: Enter files
it under the person who has the floor (↑/↓ choose someone else), Ctrl+K marks a suggestion kept,
Escape gives the keys back to the session. What it files, and for whom, are the core's rules
(core/entry.py); it files through the session controller, like every other action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import EditSuggestion
from codev_app.core.engine import EngineState
from codev_app.core.entry import (
    EntryTarget,
    current_case,
    current_target,
    default_author,
    entry_commands,
)
from codev_app.core.record import RecordText
from codev_app.core.session import LiveSession
from codev_app.core.text import isolate, with_name
from codev_app.ui.console.palette import muted_text
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.speaker_clock import SpeakerClock, speaker_reading
from codev_app.ui.console.texts import speaker_names, waiting_names
from codev_app.ui.record.people import person_name
from codev_app.ui.record.suggestions import NOBODY, fill_people
from codev_app.ui.session_controller import SessionController

KEPT_KEY = "Ctrl+K"
RECENT = 4


def placeholder(target: EntryTarget, author: str | None) -> str:
    """What the empty entry line invites to type."""
    translate = QCoreApplication.translate
    if target is EntryTarget.SUGGESTION:
        if author is None:
            return translate("FloorView", "Type a suggestion, then Enter")
        return translate("FloorView", "Type the suggestion of %1, then Enter").replace("%1", author)
    if target is EntryTarget.LEARNING:
        if author is None:
            return translate("FloorView", "Choose whose learning it is")
        return with_name(translate("FloorView", "Type what %1 takes away, then Enter"), author)
    if target is EntryTarget.ACTION_STEP:
        return translate("FloorView", "Type a step of the action plan, then Enter")
    return translate("FloorView", "Type a key fact, then Enter")


class EntryLine(QLineEdit):
    """The entry line: ↑/↓ choose whose line it is, Ctrl+K marks it kept (before the field's own
    Ctrl+K, which would cut the rest of the line)."""

    author_step = Signal(int)
    kept_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.author_step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if QKeySequence(event.keyCombination()) == QKeySequence(KEPT_KEY):
            self.kept_pressed.emit()
            return
        super().keyPressEvent(event)


class FloorView(QFrame):
    """See the module docstring. ``notice`` shows a calm inline message (the console's)."""

    def __init__(
        self,
        controller: SessionController,
        language: str,
        notice: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("floorView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        self.live: LiveSession = controller.live
        self.language = language
        self._notice = notice
        self._author_for: tuple[str | None, EntryTarget | None] | None = None
        translate = QCoreApplication.translate

        self.countdown = SpeakerClock(64, digits_scale=2.0)
        self.queue_line = plain_label(wrap=True, name="floorQueue")

        self.author = QComboBox()
        self.author.setObjectName("entryAuthor")
        self.author.setAccessibleName(translate("FloorView", "Whose it is"))
        self.author.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.author.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.author.setMinimumContentsLength(7)
        self.line = EntryLine()
        self.line.setObjectName("entryLine")
        self.line.setAccessibleName(translate("FloorView", "Entry line"))
        self.line.setMaxLength(2000)
        self.kept = QCheckBox(translate("FloorView", "Kept (%1)").replace("%1", KEPT_KEY))
        self.kept.setObjectName("entryKept")
        self.kept.setAccessibleName(translate("FloorView", "Kept by the client"))
        self.kept.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hint = plain_label(wrap=True, name="entryHint")
        self.recent = plain_label(wrap=True, name="entryRecent")
        self.recent.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        entry_row = QHBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(self.author)
        entry_row.addWidget(self.line, 1)
        # Under the line, not beside it: the line keeps its width in half a screen.
        hint_row = QHBoxLayout()
        hint_row.setSpacing(10)
        hint_row.addWidget(self.kept)
        hint_row.addWidget(self.hint, 1)
        self.entry = QWidget()
        self.entry.setObjectName("entryBox")
        entry_layout = QVBoxLayout(self.entry)
        entry_layout.setContentsMargins(0, 4, 0, 0)
        entry_layout.setSpacing(3)
        entry_layout.addLayout(entry_row)
        entry_layout.addLayout(hint_row)
        entry_layout.addWidget(self.recent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.countdown)
        layout.addWidget(self.queue_line)
        layout.addWidget(self.entry)

        self.line.returnPressed.connect(self.file_typed)
        self.line.author_step.connect(self.step_author)
        self.line.kept_pressed.connect(self.toggle_kept)
        controller.changed.connect(lambda _change: self.show_state())
        controller.ticked.connect(self.refresh)
        self._apply_colors()
        self.show_state()

    # --- state ---------------------------------------------------------------------------------

    @property
    def target(self) -> EntryTarget | None:
        """What the entry line files now (None: no entry line in this phase)."""
        return current_target(self.live)

    def show_state(self) -> None:
        """Repaint from the session (after any change)."""
        live = self.live
        target = self.target
        underway = live.state in (EngineState.RUNNING, EngineState.PAUSED)
        self.setVisible(underway and not live.engine.current_phase.is_break)
        _speaking, upcoming = speaker_names(live)
        later = [isolate(name) for name in waiting_names(live)]
        names = ([isolate(upcoming)] if upcoming else []) + later
        queue = (
            QCoreApplication.translate("FloorView", "Next: %1").replace("%1", " · ".join(names))
            if names
            else ""
        )
        self.queue_line.setText(queue)
        self.queue_line.setVisible(bool(queue))
        self.entry.setVisible(target is not None)
        if target is not None:
            self._show_entry(target)
        elif self.line.hasFocus():
            self.window().setFocus()
        self.refresh()

    def refresh(self) -> None:
        """What changes with time: the speaker's countdown."""
        if self.isVisible() or self.isVisibleTo(self.parentWidget() or self):
            self.countdown.show_reading(speaker_reading(self.live, self.language))

    def _show_entry(self, target: EntryTarget) -> None:
        live = self.live
        floor_key = (live.turns.current_speaker, target)
        if floor_key != self._author_for:
            # A new speaker (or phase): the next line is theirs.
            self._author_for = floor_key
            self._fill_authors(target, default_author(live, target))
        else:
            self._fill_authors(target, self.author.currentData() or None)
        self.author.setVisible(target.has_author)
        self.kept.setVisible(target is EntryTarget.SUGGESTION)
        author = self.chosen_author()
        name = person_name(live.roster, author) if author is not None else None
        self.line.setPlaceholderText(placeholder(target, name))
        hint = QCoreApplication.translate(
            "FloorView", "Enter notes it · Esc gives the keys back to the session"
        )
        if target.has_author:
            hint = QCoreApplication.translate(
                "FloorView", "Enter notes it · ↑/↓ someone else · Esc gives the keys back"
            )
        self.hint.setText(hint)
        self.recent.setText("\n".join(self._recent_lines(target)))
        self.recent.setVisible(bool(self.recent.text()))

    def _fill_authors(self, target: EntryTarget, chosen: str | None) -> None:
        if not target.has_author:
            return
        fill_people(self.author, self.live.roster, chosen)
        if target is EntryTarget.LEARNING and self.author.count() and not self.author.itemData(0):
            blocked = self.author.blockSignals(True)
            self.author.removeItem(0)  # a learning is always someone's
            self.author.setCurrentIndex(max(0, self.author.findData(chosen or NOBODY)))
            self.author.blockSignals(blocked)
        for index in range(self.author.count()):
            self.author.setItemText(index, isolate(self.author.itemText(index)))

    def chosen_author(self) -> str | None:
        """Whose the next line is (None: nobody in particular)."""
        target = self.target
        if target is None or not target.has_author:
            return None
        return self.author.currentData() or None

    def _recent_lines(self, target: EntryTarget) -> list[str]:
        record, roster = self.live.record, self.live.roster
        case = current_case(self.live)  # the case the line files into
        if target is EntryTarget.SUGGESTION:
            kept = QCoreApplication.translate("FloorView", "kept")
            return [
                f"{'✓ ' if item.kept else '· '}{item.text} — "
                f"{isolate(person_name(roster, item.author))}" + (f" ({kept})" if item.kept else "")
                for item in [x for x in record.suggestions if x.case == case][-RECENT:]
            ]
        if target is EntryTarget.ACTION_STEP:
            steps = [step for step in record.action_items if step.case == case]
            first = max(0, len(steps) - RECENT)
            return [f"{first + n + 1}. {step.what}" for n, step in enumerate(steps[first:])]
        if target is EntryTarget.LEARNING:
            return [
                f"{isolate(person_name(roster, item.participant_id))}: "
                f"{item.text.splitlines()[-1] if item.text else ''}"
                for item in [x for x in record.learnings if x.case == case][-RECENT:]
            ]
        facts = record.text(RecordText.KEY_FACTS, case)
        lines = [line for line in facts.splitlines() if line.strip()]
        return [f"· {line}" for line in lines[-RECENT:]]

    # --- typing --------------------------------------------------------------------------------

    def focus_entry(self) -> bool:
        """Put the keyboard in the entry line (Enter from the session); False if there is none."""
        if self.target is None or not self.isVisible():
            return False
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def file_typed(self) -> bool:
        """File the typed line under the chosen person; the line empties for the next one."""
        target = self.target
        text = self.line.text().strip()
        if target is None or not text:
            return False
        author = self.chosen_author()
        if target is EntryTarget.LEARNING and author is None:
            self._notice(
                QCoreApplication.translate("FloorView", "Choose whose learning it is (↑/↓).")
            )
            return False
        commands = entry_commands(self.live, target, text, author, kept=self.kept.isChecked())
        for command in commands:
            if not self.controller.apply(command):
                return False
        self.line.clear()
        self.kept.setChecked(False)
        if target is EntryTarget.LEARNING:
            self._author_for = None  # the next person without a learning
            self.show_state()
        return True

    def step_author(self, step: int) -> None:
        """↑/↓: the line is someone else's."""
        count = self.author.count()
        if not count or self.author.isHidden():
            return
        self.author.setCurrentIndex((self.author.currentIndex() + step) % count)
        target = self.target
        if target is not None:
            self._show_entry(target)

    def toggle_kept(self) -> None:
        """Ctrl+K: the suggestion being typed is kept; with nothing typed, the last one noted."""
        if self.target is not EntryTarget.SUGGESTION:
            return
        if self.line.text().strip():
            self.kept.toggle()
            return
        case = current_case(self.live)
        suggestions = [item for item in self.live.record.suggestions if item.case == case]
        if not suggestions:
            return
        last = suggestions[-1]
        self.controller.apply(EditSuggestion(last.id, kept=not last.kept))

    def _apply_colors(self) -> None:
        quiet = muted_text(self.palette())
        for label in (self.hint, self.queue_line):
            palette = label.palette()
            palette.setColor(palette.ColorRole.WindowText, quiet)
            label.setPalette(palette)
