"""Every console action with its keys, and the F1 cheat sheet that lists them.

One key per action, working anywhere in the console's windows (``Qt.WindowShortcut``: the main
window, the compact window and the share window each carry the same actions). Plain keys
(Space, +, −, B, C, S…) never steal typing: Qt first offers a key to the focused text field
(``ShortcutOverride``), which keeps every key that types something. The keys are shown in each
button's tooltip and in the cheat sheet.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ActionSpec:
    """One console action: its id, menu text (with its ``&`` letter), keys and what it does."""

    name: str
    text: str
    keys: tuple[str, ...]
    help: str
    checkable: bool = False
    listed: bool = True
    """In the menus and in the cheat sheet as a row of its own (the number keys share one row)."""


def action_specs() -> list[ActionSpec]:
    """The console's actions, translated, in the order the cheat sheet lists them."""
    translate = QCoreApplication.translate
    return [
        ActionSpec(
            "start_pause",
            translate("ConsoleActions", "&Pause or resume"),
            ("Space",),
            translate("ConsoleActions", "Start the session, pause the timer, or resume it."),
        ),
        ActionSpec(
            "next_phase",
            translate("ConsoleActions", "Ne&xt phase"),
            ("PgDown", "Ctrl+Right"),
            translate("ConsoleActions", "Move on to the next phase."),
        ),
        ActionSpec(
            "previous_phase",
            translate("ConsoleActions", "P&revious phase"),
            ("PgUp", "Ctrl+Left"),
            translate("ConsoleActions", "Go back to the previous phase; its timer goes on."),
        ),
        ActionSpec(
            "add_minute",
            translate("ConsoleActions", "&Add a minute"),
            ("+", "="),
            translate("ConsoleActions", "Give the current phase one more minute."),
        ),
        ActionSpec(
            "remove_minute",
            translate("ConsoleActions", "Re&move a minute"),
            ("-",),
            translate("ConsoleActions", "Take one minute from the current phase."),
        ),
        ActionSpec(
            "insert_break",
            translate("ConsoleActions", "Insert a &break"),
            ("B",),
            translate("ConsoleActions", "Add a 10-minute break after the current phase."),
        ),
        ActionSpec(
            "keep_end_time",
            translate("ConsoleActions", "&Keep the end time"),
            ("K",),
            translate("ConsoleActions", "Shorten or lengthen the phases to come to end on time."),
            checkable=True,
        ),
        ActionSpec(
            "undo",
            translate("ConsoleActions", "&Undo"),
            ("Ctrl+Z",),
            translate(
                "ConsoleActions", "Undo the last action (a phase change, a pause, a minute…)."
            ),
        ),
        ActionSpec(
            "next_speaker",
            translate("ConsoleActions", "Nex&t speaker"),
            ("N",),
            translate(
                "ConsoleActions",
                "In a round, the next person speaks (the first press starts the round). "
                "With raised hands, the first hand gets the floor.",
            ),
        ),
        ActionSpec(
            "pass_turn",
            translate("ConsoleActions", "Pass t&his turn"),
            ("P",),
            translate("ConsoleActions", "In a round, the person whose turn it is passes."),
        ),
        ActionSpec(
            "skip_for_now",
            translate("ConsoleActions", "Speak &later"),
            ("L",),
            translate(
                "ConsoleActions",
                "In a round, the person whose turn it is will speak at the end of the round.",
            ),
        ),
        ActionSpec(
            "new_round",
            translate("ConsoleActions", "New r&ound"),
            ("R",),
            translate(
                "ConsoleActions",
                "Prepare another round of those who may speak, in the order chosen in the "
                "Speakers panel.",
            ),
        ),
        ActionSpec(
            "speaking_times",
            translate("ConsoleActions", "Speak&ing times"),
            ("T",),
            translate("ConsoleActions", "Show or hide the chart of speaking times."),
        ),
        *[
            ActionSpec(
                f"speaker_{key}",
                translate("ConsoleActions", "Participant %1").replace("%1", str(key)),
                (str(key),),
                translate(
                    "ConsoleActions",
                    "The participant with this number speaks, raises or lowers a hand, or "
                    "(in a round) speaks now; pressed again, they stop.",
                ),
                listed=False,
            )
            for key in range(1, 10)
        ],
        ActionSpec(
            "give_role",
            translate("ConsoleActions", "&Give a role…"),
            ("G",),
            translate(
                "ConsoleActions",
                "Give someone a role: their number, then the role's (moderator, secretary, "
                "process observer…).",
            ),
        ),
        ActionSpec(
            "kept",
            translate("ConsoleActions", "Mark kept"),
            ("Ctrl+K",),
            translate(
                "ConsoleActions",
                "The suggestion being typed is kept by the client; with nothing typed, the last "
                "suggestion noted (pressed again, it is not).",
            ),
        ),
        ActionSpec(
            "session_keys",
            translate("ConsoleActions", "Keys to the session"),
            ("Esc",),
            translate(
                "ConsoleActions",
                "Leave the field being typed in: single keys act on the session again. "
                "Enter then goes to the entry line of the phase.",
            ),
        ),
        ActionSpec(
            "details",
            translate("ConsoleActions", "Phase &details"),
            ("D",),
            translate("ConsoleActions", "Show or hide the rules and prompts of the phase."),
            checkable=True,
        ),
        ActionSpec(
            "mute",
            translate("ConsoleActions", "&Silent chimes"),
            ("M",),
            translate("ConsoleActions", "Silence the chimes, or let them ring again."),
            checkable=True,
        ),
        ActionSpec(
            "compact",
            translate("ConsoleActions", "&Compact window"),
            ("C",),
            translate(
                "ConsoleActions", "Switch between the full console and a small window on top."
            ),
        ),
        ActionSpec(
            "share",
            translate("ConsoleActions", "&Window to share"),
            ("S",),
            translate("ConsoleActions", "Open or close a clean window to share in the video call."),
        ),
        ActionSpec(
            "end_session",
            translate("ConsoleActions", "&End the session"),
            ("Ctrl+Shift+E",),
            translate("ConsoleActions", "End the session (asks once more, in the window)."),
        ),
        ActionSpec(
            "cheat_sheet",
            translate("ConsoleActions", "&Keyboard shortcuts"),
            ("F1",),
            translate("ConsoleActions", "Show or hide this list."),
        ),
    ]


def plain_text(action_text: str) -> str:
    """A menu text without its ``&`` letter marker or trailing ellipsis."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ConsoleActions(QObject):
    """The console's QActions by id; attach them to every window the console drives."""

    #: Actions the main window already provides itself (it has its own F1).
    MAIN_WINDOW_SKIPS = frozenset({"cheat_sheet"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in action_specs()}
        self._actions: dict[str, QAction] = {}
        for spec in self.specs.values():
            action = QAction(spec.text, self)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(key) for key in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            action.setStatusTip(spec.help)
            self._actions[spec.name] = action
            action.setToolTip(self.tooltip(spec.name))

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        """Every action for the menus, in the cheat sheet's order (not the number keys 1–9,
        which only have keys: see :meth:`attach`)."""
        return [action for name, action in self._actions.items() if self.specs[name].listed]

    def cheat_sheet_entries(self) -> list[tuple[str, str, str]]:
        """(keys, name, what it does) of each row of the cheat sheet; 1–9 share one row."""
        entries = []
        for name, spec in self.specs.items():
            if spec.listed:
                entries.append((self.keys_text(name), plain_text(spec.text), spec.help))
            elif name == "speaker_1":
                entries.append(
                    (
                        "1–9",
                        QCoreApplication.translate("ConsoleActions", "Participant by number"),
                        spec.help,
                    )
                )
        return entries

    def attach(self, widget: QWidget, *, main_window: bool = False) -> None:
        """Make the actions' keys work in ``widget``'s window."""
        for name, action in self._actions.items():
            if main_window and name in self.MAIN_WINDOW_SKIPS:
                continue
            widget.addAction(action)

    def keys_text(self, name: str) -> str:
        """The action's keys as the platform writes them, e.g. ``PgDown / Ctrl+Right``."""
        return " / ".join(key.toString(NATIVE) for key in self._actions[name].shortcuts())

    def tooltip(self, name: str, text: str | None = None) -> str:
        """``Next phase (PgDown / Ctrl+Right)``."""
        label = plain_text(text if text is not None else self.specs[name].text)
        return f"{label} ({self.keys_text(name)})"


class CheatSheet(QWidget):
    """A non-modal window listing every key (F1 or Esc closes it)."""

    def __init__(
        self,
        actions: ConsoleActions,
        extra: list[QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(QCoreApplication.translate("CheatSheet", "Keyboard shortcuts"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.rows: list[tuple[str, str]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        entries = actions.cheat_sheet_entries()
        for action in extra or []:
            keys = " / ".join(key.toString(NATIVE) for key in action.shortcuts())
            if keys and keys not in {entry[0] for entry in entries}:
                entries.append((keys, plain_text(action.text()), action.statusTip()))
        for row, (keys, name, help_text) in enumerate(entries):
            key_label = QLabel(keys)
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            font = key_label.font()
            font.setBold(True)
            key_label.setFont(font)
            # The name only: the keys are what one looks for here; what it does is in the tooltip.
            what = QLabel(name)
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setToolTip(help_text)
            what.setAccessibleDescription(help_text)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(what, row, 1)
            self.rows.append((keys, name))
        note = QLabel(
            QCoreApplication.translate(
                "CheatSheet",
                "Single keys type text while you are in a text field; Esc gives them back to "
                "the session. Alt and an underlined letter opens a menu.",
            )
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(note)
        self.setAccessibleDescription(
            "\n".join(f"{keys}: {name}" for keys, name in self.rows) + "\n" + note.text()
        )
        close = QAction(self)
        close.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Key.Key_F1)])
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(max(380, self.sizeHint().width()), self.sizeHint().height())


class _SpacePressesButton(QObject):
    """Lets a focused button or box take Space itself (instead of the pause shortcut)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            # Accepting the override hands the key to the widget: Space presses the button the
            # keyboard user tabbed to, as everywhere else.
            event.accept()
            return True
        return False


_space_filter: _SpacePressesButton | None = None


def let_space_press(widget: QAbstractButton) -> None:
    """Make Space press ``widget`` when it has the keyboard focus.

    Console buttons only take the focus from the Tab key (never from a click), so after clicking
    "Next" with the mouse, Space still pauses the timer.
    """
    global _space_filter
    if _space_filter is None:
        _space_filter = _SpacePressesButton()
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    widget.installEventFilter(_space_filter)


def action_button(
    action: QAction, *, name: str = "", text: str | None = None, accessible: str | None = None
) -> QPushButton:
    """A push button that triggers ``action`` and follows its text, state and tooltip.

    ``text`` replaces the action's text on the button (e.g. a shorter one). Buttons carry no
    Alt+letter: every action has its own key, and Alt letters would clash with the menus'. The
    accessible name is ``accessible``, else the action's full text.
    """
    button = QPushButton()
    if name:
        button.setObjectName(name)
    button.setCheckable(action.isCheckable())
    let_space_press(button)

    def sync() -> None:
        shown = text if text is not None else plain_text(action.text()).replace("&", "&&")
        button.setText(shown)
        button.setAccessibleName(accessible or plain_text(action.text()))
        button.setAccessibleDescription(action.statusTip())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        if action.isCheckable() and button.isChecked() != action.isChecked():
            button.setChecked(action.isChecked())

    button.clicked.connect(lambda _checked=False: action.trigger())
    action.changed.connect(sync)
    button.destroyed.connect(lambda _object=None: _disconnect(action, sync))
    sync()
    return button


def _disconnect(action: QAction, slot: Callable[[], None]) -> None:
    # The action may have gone first (then PySide warns or raises): nothing left to undo.
    with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
        warnings.simplefilter("ignore")
        action.changed.disconnect(slot)


class UndoButton(QPushButton):
    """The undo button: "Undo" on the first line, what it would undo on a second, cut with "…"
    to the button's width (the whole text is in the tooltip and the accessible name).

    The text is shown as given: an ``&`` in it (a name) is a character, not a keyboard letter.
    """

    PADDING = 24
    MAX_WIDTH = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = ""
        self._what = ""

    def set_texts(self, heading: str, what: str) -> None:
        """``heading`` ("Undo") on the first line, ``what`` on the second (cut to fit)."""
        if (heading, what) != (self._heading, self._what):
            self._heading, self._what = heading, what
            self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        """Both lines, whole."""
        return f"{self._heading}: {self._what}" if self._what else self._heading

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = QFontMetrics(self.font())
        width = max(metrics.horizontalAdvance(self._heading), metrics.horizontalAdvance(self._what))
        lines = 2 if self._what else 1
        height = max(hint.height(), metrics.lineSpacing() * lines + 12)
        return QSize(min(self.MAX_WIDTH, max(width + self.PADDING, 72)), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 96), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        available = max(0, self.width() - self.PADDING)
        what = metrics.elidedText(self._what, Qt.TextElideMode.ElideRight, available)
        text = f"{self._heading}\n{what}" if what else self._heading
        text = text.replace("&", "&&")
        if self.text() != text:
            self.setText(text)
