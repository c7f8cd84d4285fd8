"""The facilitator console: phases, the timer, the session clock and every action, one key each.

Layout (no side panels)::

    ┌ phases ─────┬ [disk]  Phase name ───────────────────────────┐
    │ ✓ Opening   │         Phase 2 of 7 · 15 min planned          │
    │ ▶ Exposé    │         12:03           Plenty of time         │
    │ 3 Clarif.   │         [−1 min] [Pause] [+1 min]              │
    │ …           │ Session 18:20 of 1 h 50 · ends around 16:35    │
    │             │ ☐ Keep the end time                            │
    │             │ ▾ Phase details: purpose, who speaks, rules…   │
    ├─────────────┴────────────────────────────────────────────────┤
    │ [Previous] [Next] [Break] [Undo: …]      [Compact] [Share] [End]│
    └───────────────────────────────────────────────────────────────┘

Other parts of Codev (the speaker panel, the note panels) add themselves on the right with
:meth:`ConsoleWidget.add_side_panel`.

The console holds no session state: it sends commands to the
:class:`~codev_app.ui.session_controller.SessionController` and repaints from the live session
when told something changed (:attr:`~SessionController.changed`) or that a second passed
(:attr:`~SessionController.ticked`). Per second it only updates the few texts and the disk that
changed, without any relayout. Nothing modal ever opens: refusals and confirmations appear inline.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import (
    AddTime,
    FinishSession,
    GoToPhase,
    InsertBreak,
    Pause,
    SetKeepEndTime,
)
from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError, FreeSpeech, NoNextPhase
from codev_app.core.text import isolate
from codev_app.core.timing import TimerState
from codev_app.core.turn_state import RoundOver
from codev_app.ui.console import placement
from codev_app.ui.console.action_words import describe_action, undo_label
from codev_app.ui.console.charter_step import CharterStep
from codev_app.ui.console.chime import Chime, ChimePlayer, SilentChime
from codev_app.ui.console.compact import CompactWindow
from codev_app.ui.console.floor import FloorView
from codev_app.ui.console.keyboard import KeyboardMode, is_typing_field
from codev_app.ui.console.module_choice import ModuleChoice, shared_choice
from codev_app.ui.console.palette import muted_text
from codev_app.ui.console.phase_card import PhaseCard, plain_label
from codev_app.ui.console.phase_rail import PhaseRail
from codev_app.ui.console.questions import InlineQuestion
from codev_app.ui.console.roles import RoleMenu, RoleNotes
from codev_app.ui.console.session_clock import SessionClock
from codev_app.ui.console.share import ShareWindow
from codev_app.ui.console.shortcuts import (
    CheatSheet,
    ConsoleActions,
    UndoButton,
    action_button,
    let_space_press,
    plain_text,
)
from codev_app.ui.console.speaker_clock import speaker_reading
from codev_app.ui.console.texts import (
    TimerReading,
    duration_text,
    phase_position,
    plan_changes_text,
    read_timer,
    speaker_names,
    waiting_names,
)
from codev_app.ui.console.timer_view import TimerWidgets
from codev_app.ui.fonts import scaled_font
from codev_app.ui.messages import describe_error
from codev_app.ui.session_controller import SessionController

_log = logging.getLogger(__name__)

BREAK_MINUTES = 10
NOTICE_SECONDS = 12
END_CONFIRM_SECONDS = 10
DETAILS_KEY = "console.details_collapsed"
#: Below this width (a laptop split with the video call) the phase rail makes way.
NARROW = 860


class UiMemory(Protocol):
    """Where the console remembers small choices (e.g. folded details) between sessions."""

    def get(self, key: str) -> str | None:
        """The remembered value, or None."""
        ...

    def set(self, key: str, value: str) -> None:
        """Remember ``value``."""
        ...


class DictMemory:
    """A :class:`UiMemory` that forgets when Codev closes (tests, or before the database opens)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        """The remembered value, or None."""
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        """Remember ``value``."""
        self.values[key] = value


class ConsoleWidget(QWidget):
    """The whole console for one session. See the module docstring."""

    #: The facilitator asked to leave the finished session (back to the welcome screen).
    close_requested = Signal()
    #: The compact window was shown (True) or the full console came back (False).
    compact_changed = Signal(bool)
    #: The session has just ended (last phase or "End"): the wrap-up takes over (ui/wrapup).
    session_finished = Signal()

    def __init__(
        self,
        controller: SessionController,
        *,
        language: str = "en",
        chime: ChimePlayer | None = None,
        muted: bool = False,
        memory: UiMemory | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.controller = controller
        self.live = controller.live
        self.language = language
        self.chime: ChimePlayer = chime if chime is not None else SilentChime()
        self.memory: UiMemory = memory if memory is not None else DictMemory()
        self.compact_window: CompactWindow | None = None
        self.share_window: ShareWindow | None = None
        self.cheat_sheet: CheatSheet | None = None
        self.last_announcement = ""
        self.chimes_rung: list[Chime] = []
        self._shown_phase: tuple[str, EngineState] | None = None
        self._shown_changes: object = self.live.last_plan_changes
        self._muted = muted
        self._shape: tuple[bool, int] | None = None

        self.action_set = ConsoleActions(self)
        self._build(wall_clock or datetime.now)
        self.keyboard = KeyboardMode(self)
        # Its full width first (stretch 0): the spacer after it takes what is left, so the line
        # is never cut while the bar has room.
        self._windows_half.insertWidget(0, self.keyboard.label, 0)
        self._connect()
        collapsed = self.memory.get(DETAILS_KEY) == "1"
        self.card.set_collapsed(collapsed)
        self.action_set["details"].setChecked(not collapsed)
        self.action_set["mute"].setChecked(muted)
        self.show_state()
        self.refresh()
        prepare = getattr(self.chime, "prepare", None)
        if callable(prepare):
            QTimer.singleShot(1500, prepare)

    # --- building ------------------------------------------------------------------------------

    def _build(self, wall_clock: Callable[[], datetime]) -> None:
        actions = self.action_set
        self.rail = PhaseRail(self.live, self.language)
        self.rail.setMinimumWidth(170)

        self.timer = TimerWidgets(168, parent=self)
        self.timer.disk.setMinimumSize(128, 128)
        self.timer.digits.setFont(scaled_font(self.font(), 3.4, bold=True))
        self.timer.state.setFont(scaled_font(self.font(), 1.15))
        self.phase_name = plain_label(wrap=True, name="phaseName")
        self.phase_name.setFont(scaled_font(self.font(), 1.7, bold=True))
        self.phase_info = plain_label(wrap=True, name="phaseInfo")

        self.minus_button = action_button(
            actions["remove_minute"],
            name="minusButton",
            text=QCoreApplication.translate("ConsoleWidget", "−1 min"),
        )
        self.pause_button = action_button(actions["start_pause"], name="pauseButton")
        self.plus_button = action_button(
            actions["add_minute"],
            name="plusButton",
            text=QCoreApplication.translate("ConsoleWidget", "+1 min"),
        )
        self.pause_button.setMinimumWidth(96)

        timer_buttons = QHBoxLayout()
        timer_buttons.setSpacing(6)
        timer_buttons.addWidget(self.minus_button)
        timer_buttons.addWidget(self.pause_button)
        timer_buttons.addWidget(self.plus_button)
        timer_buttons.addStretch(1)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.phase_name)
        heading.addWidget(self.phase_info)
        heading.addWidget(self.timer.digits)
        heading.addWidget(self.timer.state)
        heading.addStretch(1)

        header = QHBoxLayout()
        header.setSpacing(18)
        header.addWidget(self.timer.disk, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(heading, 1)

        self.clock = SessionClock(self.live, self.language, wall_clock=wall_clock)
        self.floor = FloorView(self.controller, self.language, self.show_notice)
        let_space_press(self.clock.keep_end)

        self.card = PhaseCard(self.language)
        self.role_notes = RoleNotes(self.live, self.language)
        self.card.add_section(self.role_notes)
        self.role_menu = RoleMenu(self.live, self.controller, self)
        let_space_press(self.card.toggle)
        self.card_area = QScrollArea()
        self.card_area.setObjectName("phaseCardArea")
        self.card_area.setWidget(self.card)
        self.card_area.setWidgetResizable(True)
        self.card_area.setFrameShape(QFrame.Shape.NoFrame)
        self.card_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_area.setAccessibleName(QCoreApplication.translate("ConsoleWidget", "Phase card"))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        centre = QWidget()
        centre.setObjectName("consoleCentre")
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(18, 12, 12, 6)
        centre_layout.setSpacing(10)
        centre_layout.addLayout(header)
        centre_layout.addLayout(timer_buttons)  # under the disk: the header stays narrow
        centre_layout.addWidget(self.clock)
        centre_layout.addWidget(self.floor)
        centre_layout.addWidget(line)
        self.module_choice = ModuleChoice(self.live, self.controller, self.language)
        centre_layout.addWidget(self.module_choice)
        self.charter_step = CharterStep(self.live, self.language)  # the charter to read, there
        centre_layout.addWidget(self.charter_step)
        centre_layout.addWidget(self.card_area, 1)
        self.card_area.setMinimumHeight(110)
        # Half a screen: what does not fit scrolls, never clipped.
        self.centre_area = QScrollArea()
        self.centre_area.setObjectName("consoleCentreArea")
        self.centre_area.setWidget(centre)
        self.centre_area.setWidgetResizable(True)
        self.centre_area.setFrameShape(QFrame.Shape.NoFrame)
        self.centre_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sidePanels")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.setAccessibleName(QCoreApplication.translate("ConsoleWidget", "Panels"))
        self.side_tabs.tabBar().setAccessibleName(
            QCoreApplication.translate("ConsoleWidget", "Panels")
        )
        self.side_tabs.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("consoleSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.rail)
        self.splitter.addWidget(self.centre_area)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([220, 640, 0])

        # Inline messages: refusals and hints, then the end confirmation.
        self.notice = plain_label(wrap=True, name="notice")
        self.notice_frame = _calm_frame(self.notice, "noticeFrame")
        self.notice_frame.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice_frame.hide)

        self.end_frame = InlineQuestion(
            "endFrame",
            QCoreApplication.translate("ConsoleWidget", "End now"),
            QCoreApplication.translate("ConsoleWidget", "End the session now"),
            QCoreApplication.translate("ConsoleWidget", "Keep going"),
            seconds=END_CONFIRM_SECONDS,
        )
        self.quit_frame = InlineQuestion(
            "quitFrame",
            QCoreApplication.translate("ConsoleWidget", "Quit Codev"),
            QCoreApplication.translate("ConsoleWidget", "Quit Codev now"),
            QCoreApplication.translate("ConsoleWidget", "Keep going"),
            seconds=END_CONFIRM_SECONDS,
        )
        self._quit_confirmed = False

        self.previous_button = action_button(actions["previous_phase"], name="previousButton")
        self.next_button = action_button(actions["next_phase"], name="nextButton")
        self.break_button = action_button(actions["insert_break"], name="breakButton")
        # Not an action_button: its second line says what would be undone, cut to fit the bar.
        self.undo_button = UndoButton()
        self.undo_button.setObjectName("undoButton")
        let_space_press(self.undo_button)
        self.undo_button.clicked.connect(lambda _checked=False: actions["undo"].trigger())
        # Short texts in the bar (the menu and the tooltips have the full names and keys).
        self.compact_button = action_button(
            actions["compact"],
            name="compactButton",
            text=QCoreApplication.translate("ConsoleWidget", "Compact"),
        )
        self.share_button = action_button(
            actions["share"],
            name="shareButton",
            text=QCoreApplication.translate("ConsoleWidget", "Share"),
        )
        self.end_button = action_button(
            actions["end_session"],
            name="endButton",
            text=QCoreApplication.translate("ConsoleWidget", "End…"),
        )
        self.close_button = QPushButton(
            QCoreApplication.translate("ConsoleWidget", "Close the session")
        )
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(
            QCoreApplication.translate("ConsoleWidget", "Close the session")
        )
        let_space_press(self.close_button)
        self.close_button.hide()

        # Two halves side by side; one above the other when the window is narrow (see _fit).
        phases_half = QHBoxLayout()
        phases_half.setSpacing(6)
        for button in (self.previous_button, self.next_button, self.break_button):
            phases_half.addWidget(button)
        phases_half.addSpacing(12)
        phases_half.addWidget(self.undo_button)
        phases_half.addStretch(1)
        self._windows_half = QHBoxLayout()
        self._windows_half.setSpacing(6)
        self._windows_half.addStretch(1)
        for button in (self.compact_button, self.share_button, self.end_button, self.close_button):
            self._windows_half.addWidget(button)
        self._phases_half = phases_half
        # The bar never holds the window wider than the screen: it folds before it would clip.
        bar_box = QWidget()
        bar_box.setObjectName("consoleBar")
        bar_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QBoxLayout(QBoxLayout.Direction.LeftToRight, bar_box)
        bar.setContentsMargins(12, 4, 12, 8)
        bar.setSpacing(6)
        bar.addLayout(phases_half, 1)
        bar.addLayout(self._windows_half, 1)
        self._bar = bar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice_frame)
        layout.addWidget(self.end_frame)
        layout.addWidget(self.quit_frame)
        layout.addWidget(bar_box)
        actions.attach(self, main_window=True)
        self._apply_colors()

        # A sensible focus order: phases, timer buttons, the switch, details, then the bar.
        order: list[QWidget] = [
            self.rail,
            self.minus_button,
            self.pause_button,
            self.plus_button,
            self.clock.keep_end,
            self.card.toggle,
            self.previous_button,
            self.next_button,
            self.break_button,
            self.undo_button,
            self.compact_button,
            self.share_button,
            self.end_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        controller, actions = self.controller, self.action_set
        controller.changed.connect(self.show_state)
        controller.ticked.connect(self.refresh)
        controller.refused.connect(self.show_refusal)
        controller.timer_state_changed.connect(self._on_timer_state)
        controller.announcement.connect(self.announce)
        actions["start_pause"].triggered.connect(self.toggle_pause)
        actions["next_phase"].triggered.connect(self.next_phase)
        actions["previous_phase"].triggered.connect(lambda: controller.previous_phase())
        actions["add_minute"].triggered.connect(lambda: controller.apply(AddTime(1)))
        actions["remove_minute"].triggered.connect(lambda: controller.apply(AddTime(-1)))
        actions["insert_break"].triggered.connect(self.insert_break)
        actions["keep_end_time"].triggered.connect(
            lambda checked: self.set_keep_end_time(bool(checked))
        )
        actions["undo"].triggered.connect(self.undo)
        actions["details"].toggled.connect(lambda shown: self.card.set_collapsed(not shown))
        actions["mute"].toggled.connect(self._set_muted)
        actions["compact"].triggered.connect(self.toggle_compact)
        actions["share"].triggered.connect(self.toggle_share)
        actions["end_session"].triggered.connect(self.request_end)
        actions["cheat_sheet"].triggered.connect(self.toggle_cheat_sheet)
        actions["session_keys"].triggered.connect(self.escape)
        actions["kept"].triggered.connect(self.floor.toggle_kept)
        actions["give_role"].triggered.connect(
            lambda: self.role_menu.open_at(self.card.mapToGlobal(self.card.rect().topLeft()))
        )
        self.card.collapsed_changed.connect(self._remember_details)
        self.clock.keep_end_time_toggled.connect(self.set_keep_end_time)
        self.rail.phase_chosen.connect(self.go_to_phase)
        self.end_frame.confirmed.connect(self.finish)
        self.end_frame.cancelled.connect(self.keyboard.take_keyboard)
        self.quit_frame.confirmed.connect(self._quit_now)
        self.quit_frame.cancelled.connect(self.keyboard.take_keyboard)
        self.close_button.clicked.connect(self.close_requested)

    # --- side panels ---------------------------------------------------------------------------

    def add_side_panel(self, widget: QWidget, title: str, *, shown: bool = True) -> int:
        """Add a panel (speakers, notes…) as a tab on the right; returns its tab index.

        The first panel opens the right-hand column; the column stays hidden while there is none.
        The panel added last is the one shown (a click on a tab shows another), unless ``shown``
        is False (a panel there on demand, which must not take the current tab's place).
        """
        index = self.side_tabs.addTab(widget, title)
        if shown or self.side_tabs.count() == 1:
            self.side_tabs.setCurrentIndex(index)
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        if not self.side_tabs.isVisibleTo(self):
            self.side_tabs.show()
            self._shape = None
            self._fit(self.width(), self.height())
        return index

    def side_panel_count(self) -> int:
        """How many side panels were added."""
        return self.side_tabs.count()

    # --- commands ------------------------------------------------------------------------------

    def toggle_pause(self) -> bool:
        """Start, pause or resume."""
        return self.controller.toggle_pause()

    def next_phase(self) -> bool:
        """Next phase (the first press starts the session); on the last one the core refuses and
        the notice says how to end instead."""
        return self.controller.next_phase()

    def go_to_phase(self, phase_id: str) -> bool:
        """Jump to a phase chosen in the rail (the current one: nothing to do)."""
        if self.live.state not in (EngineState.RUNNING, EngineState.PAUSED):
            if self.live.state is EngineState.NOT_STARTED:
                self.show_notice(
                    QCoreApplication.translate(
                        "ConsoleWidget", "Start the session first (%1)."
                    ).replace("%1", self.action_set.keys_text("start_pause"))
                )
            return False
        if phase_id == self.live.engine.current_phase.id:
            return False
        return self.controller.apply(GoToPhase(phase_id))

    def insert_break(self) -> bool:
        """A break of :data:`BREAK_MINUTES` after the current phase."""
        if not self.controller.apply(InsertBreak(BREAK_MINUTES)):
            return False
        self.show_notice(
            QCoreApplication.translate(
                "ConsoleWidget", "A break of %1 comes next. Press %2 when it starts."
            )
            .replace("%1", duration_text(BREAK_MINUTES * 60))
            .replace("%2", self.action_set.keys_text("next_phase").split(" / ")[0])
        )
        return True

    def set_keep_end_time(self, keep: bool) -> bool:
        """Switch "keep the end time"; show what it changed."""
        if keep == self.live.keeps_end_time:
            self._sync_keep_end()
            return False
        done = self.controller.apply(SetKeepEndTime(keep))
        if done and not keep:
            self.clock.hide_note()
        self._sync_keep_end()
        return done

    def undo(self) -> bool:
        """Undo the last action and say what was undone."""
        target = self.live.undo_target()
        # Worded before the undo: "next phase (Contract)" names the phase it went to.
        said = describe_action(target, self.live, self.language) if target is not None else ""
        if not self.controller.undo():
            return False
        if said:
            self.show_notice(
                QCoreApplication.translate("ConsoleWidget", "Undone: %1.").replace("%1", said)
            )
        return True

    def escape(self) -> None:
        """Escape: close the end question if it is open, and give the keys to the session."""
        self.end_frame.dismiss()
        self.quit_frame.dismiss()
        self.keyboard.take_keyboard()

    def take_keyboard(self) -> None:
        """The keys act on the session (after the start, or Escape)."""
        self.keyboard.take_keyboard()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter with the keys on the session: type in the phase's entry line.
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        # A field's own Enter comes up here too (QLineEdit passes it on): not ours.
        from_field = is_typing_field(QApplication.focusWidget())
        if not (plain and enter and not from_field and self.floor.focus_entry()):
            super().keyPressEvent(event)

    def request_end(self) -> None:
        """First press: ask inline. Second press (or the button): end the session."""
        if self.live.state not in (EngineState.RUNNING, EngineState.PAUSED):
            return
        if self.end_frame.isVisible():
            self.finish()
            return
        self.end_frame.ask(
            QCoreApplication.translate(
                "ConsoleWidget",
                "End the session now? Press %1 again to end it; you can still undo afterwards.",
            ).replace("%1", self.action_set.keys_text("end_session"))
        )

    def may_quit(self) -> bool:
        """Before Codev closes: a session under way is paused and the quit is asked inline first
        (it stays saved and is offered back at the next start). True once confirmed."""
        if self._quit_confirmed or self.live.state not in (
            EngineState.RUNNING,
            EngineState.PAUSED,
        ):
            return True
        if self.quit_frame.isVisible():  # Ctrl+Q again
            self._quit_confirmed = True
            return True
        if self.live.state is EngineState.RUNNING:
            self.controller.apply(Pause())
        self.quit_frame.ask(
            QCoreApplication.translate(
                "ConsoleWidget",
                "Quit Codev? The session is paused and kept: Codev offers to resume it at the "
                "next start. Press %1 again to quit, or %2 to resume here.",
            )
            .replace("%1", "Ctrl+Q")
            .replace("%2", self.action_set.keys_text("start_pause"))
        )
        return False

    def _quit_now(self) -> None:
        self._quit_confirmed = True
        self.window().close()

    def show_refusal(self, error: CodevError) -> None:
        """A refused command, in calm words; some name the key that does what was meant."""
        translate = QCoreApplication.translate
        keyed = {
            NoNextPhase: (
                translate("ConsoleWidget", "This is the last phase. To end the session, press %1."),
                "end_session",
            ),
            RoundOver: (
                translate(
                    "SpeakerPanel", "Everyone has spoken in this round. Press %1 for another round."
                ),
                "new_round",
            ),
            FreeSpeech: (
                translate(
                    "SpeakerPanel",
                    "In free speech, press a participant’s number (or click their name) "
                    "when they start speaking.",
                ),
                "",
            ),
        }
        for kind, (text, action) in keyed.items():
            if isinstance(error, kind):
                keys = self.action_set.keys_text(action) if action else ""
                self.show_notice(text.replace("%1", keys))
                return
        self.show_notice(describe_error(error))

    def cancel_end(self) -> None:
        """Hide the end question."""
        self.end_frame.dismiss()

    def finish(self) -> bool:
        """End the session now."""
        self.cancel_end()
        return self.controller.apply(FinishSession())

    # --- windows -------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        """Whether the compact window is showing instead of the full console."""
        return self.compact_window is not None and self.compact_window.isVisible()

    def toggle_compact(self) -> None:
        """Switch between the full console and the compact window."""
        if self.compact:
            self.leave_compact()
        else:
            self.enter_compact()

    def enter_compact(self) -> None:
        """Hide the full console's window and show the small one on top."""
        if self.compact_window is None:
            self.compact_window = CompactWindow(self.controller, self.action_set, self)
            self.compact_window.closed.connect(self.leave_compact)
            if not placement.restore(self.compact_window, self.memory, "compact"):
                self._place_compact(self.compact_window)
        self._render_compact()
        # Hide first: the window shown last gets the keyboard.
        self.window().hide()
        self.compact_window.show()
        self.refresh()
        self.compact_window.raise_()
        self.compact_window.activateWindow()
        self.compact_changed.emit(True)

    def leave_compact(self) -> None:
        """Bring the full console back."""
        main = self.window()
        if self.compact_window is not None and self.compact_window.isVisible():
            placement.remember(self.compact_window, self.memory, "compact")
            self.compact_window.hide()
        if not main.isVisible():
            main.show()
            main.raise_()
            main.activateWindow()
            self.compact_changed.emit(False)

    def _place_compact(self, window: QWidget) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            size = window.sizeHint().expandedTo(window.size())
            window.move(screen.right() - size.width() - 24, screen.top() + 48)

    def toggle_share(self) -> None:
        """Open or close the window to share in the video call."""
        if self.share_window is not None and self.share_window.isVisible():
            placement.remember(self.share_window, self.memory, "share")
            self.share_window.close()
            return
        if self.share_window is None:
            self.share_window = ShareWindow(self.action_set, self)
            placement.restore(self.share_window, self.memory, "share")
        self._render_share()
        self.share_window.show()
        self.refresh()

    def toggle_cheat_sheet(self) -> None:
        """Show or hide the list of keys (never modal)."""
        if self.cheat_sheet is not None and self.cheat_sheet.isVisible():
            self.cheat_sheet.close()
            return
        if self.cheat_sheet is None:
            main = self.window()
            extra = [action for action in main.actions() if action.shortcut().count()]
            self.cheat_sheet = CheatSheet(self.action_set, extra, self)
        self.cheat_sheet.show()
        self.cheat_sheet.raise_()

    def close_windows(self) -> None:
        """Close the compact, share and cheat-sheet windows (the session is closing)."""
        for name, shown in (("compact", self.compact_window), ("share", self.share_window)):
            if shown is not None and shown.isVisible():
                placement.remember(shown, self.memory, name)
        for window in (self.compact_window, self.share_window, self.cheat_sheet):
            if window is not None:
                window.hide()

    # --- notices and announcements -------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """A calm inline message that goes away by itself."""
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice_frame.show()
        self._notice_timer.start(NOTICE_SECONDS * 1000)
        self.announce(text)

    def announce(self, text: str) -> None:
        """Tell screen readers (politely) what just happened."""
        self.last_announcement = text
        self.phase_name.setAccessibleDescription(
            f"{self.phase_name.text()}. {self.phase_info.text()}"
        )
        try:
            event = QAccessibleAnnouncementEvent(self, text)
            QAccessible.updateAccessibility(event)
        except (RuntimeError, TypeError) as error:  # older Qt: the description still changed
            _log.debug("No accessible announcement: %s", error)

    def _on_timer_state(self, state: str) -> None:
        phase = self.live.engine.current_phase
        if self._muted or not phase.chime:
            return
        chime = Chime.WARNING if state == TimerState.NEARLY_OVER.value else Chime.END
        self.chimes_rung.append(chime)
        self.chime.play(chime)

    def _set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.show_notice(
            QCoreApplication.translate("ConsoleWidget", "Chimes are silent.")
            if muted
            else QCoreApplication.translate("ConsoleWidget", "Chimes will ring.")
        )

    @property
    def muted(self) -> bool:
        """Whether the chimes are silent."""
        return self._muted

    def _remember_details(self, collapsed: bool) -> None:
        try:
            self.memory.set(DETAILS_KEY, "1" if collapsed else "0")
        except Exception as error:  # remembering a fold is never worth an error
            _log.warning("Could not remember the phase details setting: %s", error)
        action = self.action_set["details"]
        if action.isChecked() == collapsed:
            action.setChecked(not collapsed)

    # --- rendering -----------------------------------------------------------------------------

    def show_state(self, kind: str = "") -> None:
        """Repaint what depends on the session's state (after any change)."""
        live = self.live
        state = live.state
        engine = live.engine
        finished = state is EngineState.FINISHED
        phase_key = (engine.current_phase.id, state)
        ends_now = finished and self._shown_phase is not None and self._shown_phase[1] != state
        if phase_key != self._shown_phase:
            if self._shown_phase is not None and phase_key[0] != self._shown_phase[0]:
                # A notice speaks of the phase it was said in ("Undone: …"): a new phase ends it.
                self._notice_timer.stop()
                self.notice_frame.hide()
            self._shown_phase = phase_key
            self.card.show_phase(None if finished else engine.current_phase)
            self.card_area.verticalScrollBar().setValue(0)
        self.rail.rebuild()
        self.module_choice.refresh()
        self.role_notes.refresh()
        self.charter_step.refresh()
        item = engine.plan[engine.current_index]
        if finished:
            name = QCoreApplication.translate("ConsoleWidget", "Session finished")
            info = ""
        else:
            name = isolate(item.phase.name.get(self.language))
            info = (
                QCoreApplication.translate("ConsoleWidget", "%1 · %2 planned")
                .replace("%1", phase_position(engine.current_index, len(engine.plan)))
                .replace("%2", duration_text(item.planned_seconds))
            )
        if self.phase_name.text() != name:
            self.phase_name.setText(name)
        if self.phase_info.text() != info:
            self.phase_info.setText(info)
        self.phase_name.setAccessibleDescription(f"{name}. {info}")
        self._sync_keep_end()
        self._show_plan_changes()
        self._update_actions()
        self._render_compact()
        self._render_share()
        self.refresh()
        if ends_now:
            self.session_finished.emit()
        del kind

    def refresh(self) -> None:
        """Repaint what changes with time (each second): only the texts that changed."""
        reading = self._reading()
        self.timer.show(reading)
        self.rail.refresh_current()
        self.clock.refresh()
        self.floor.refresh()
        windows = [
            window
            for window in (self.compact_window, self.share_window)
            if window is not None and window.isVisible()
        ]
        if windows:
            speaker = speaker_reading(self.live, self.language)
            for window in windows:
                window.show_reading(reading, speaker)

    def _reading(self) -> TimerReading:
        return read_timer(
            self.live,
            self.language,
            start_key=self.action_set.keys_text("start_pause"),
            time_of_day=self.clock.time_of_day,
        )

    def _render_compact(self) -> None:
        window = self.compact_window
        if window is None:
            return
        speaking, upcoming = speaker_names(self.live)
        window.show_phase(self.phase_name.text(), speaking, upcoming)

    def _render_share(self) -> None:
        window = self.share_window
        if window is None:
            return
        live = self.live
        if live.state is EngineState.FINISHED:
            window.show_phase(self.phase_name.text(), "", None, None)
            window.show_choice("")
            return
        phase = live.engine.current_phase
        rules = phase.rules.lines(self.language)
        speaking, upcoming = speaker_names(live)
        window.show_phase(
            isolate(phase.name.get(self.language)),
            rules[0] if rules else "",
            speaking,
            upcoming,
            waiting_names(live),
        )
        window.show_choice(shared_choice(live, self.language))

    def _sync_keep_end(self) -> None:
        keep = self.live.keeps_end_time
        action = self.action_set["keep_end_time"]
        if action.isChecked() != keep:
            action.setChecked(keep)
        self.clock.sync()

    def _show_plan_changes(self) -> None:
        changes = self.live.last_plan_changes
        if changes is self._shown_changes:
            self._hide_stale_plan_note()
            return
        self._shown_changes = changes
        if self.live.keeps_end_time:
            self.clock.show_note(plan_changes_text(changes, self.live, self.language))
        else:
            self.clock.hide_note()

    def _hide_stale_plan_note(self) -> None:
        # "Contract 15 → 14 min" must never stay while the rail says 17: once the plan moved on
        # (a minute added, a phase undone), the note goes.
        changes = self._shown_changes
        if self.clock.note_label.isHidden() or not isinstance(changes, tuple | list):
            return
        planned = {item.id: item.planned_seconds for item in self.live.engine.plan}
        if any(planned.get(change.phase_id) != change.new_seconds for change in changes):
            self.clock.hide_note()

    def _update_actions(self) -> None:
        live, actions = self.live, self.action_set
        state = live.state
        underway = state in (EngineState.RUNNING, EngineState.PAUSED)
        started = state is not EngineState.NOT_STARTED
        start_pause = actions["start_pause"]
        if state is EngineState.NOT_STARTED:
            text = QCoreApplication.translate("ConsoleWidget", "&Start")
        elif state is EngineState.PAUSED:
            text = QCoreApplication.translate("ConsoleWidget", "&Resume")
        else:
            text = QCoreApplication.translate("ConsoleWidget", "&Pause")
        if start_pause.text() != text:
            start_pause.setText(text)
            start_pause.setToolTip(actions.tooltip("start_pause", text))
        for name in ("start_pause", "next_phase"):
            actions[name].setEnabled(state is not EngineState.FINISHED)
        for name in (
            "previous_phase",
            "add_minute",
            "remove_minute",
            "insert_break",
            "keep_end_time",
            "end_session",
        ):
            actions[name].setEnabled(underway)
        undo = actions["undo"]
        label = undo_label(live, self.language)
        plain = QCoreApplication.translate("ConsoleWidget", "&Undo")
        # In menus and buttons "&" marks the underlined letter: a name's own "&" is doubled.
        undo.setText(label.replace("&", "&&") if label else plain)
        undo.setEnabled(label is not None)
        spoken = label or plain_text(plain)
        undo.setToolTip(f"{spoken} ({actions.keys_text('undo')})")
        target = live.undo_target()
        what = describe_action(target, live, self.language) if target is not None else ""
        self.undo_button.set_texts(plain_text(plain), what)
        self.undo_button.setAccessibleName(spoken)
        self.undo_button.setToolTip(undo.toolTip())
        self.undo_button.setEnabled(label is not None)
        self.end_button.setVisible(state is not EngineState.FINISHED)
        self.close_button.setVisible(state is EngineState.FINISHED)
        self.clock.keep_end.setEnabled(started and state is not EngineState.FINISHED)
        if not underway:
            self.cancel_end()

    # --- size ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width(), event.size().height())

    def _fit(self, width: int, height: int) -> None:
        """From half a 1440 px screen to full screen: the rail goes below :data:`NARROW` px (the
        phase is named in the header), the side panels get a third, the disk and digits grow."""
        diameter = max(96, min(300, round(min(height * 0.22, width * 0.17))))
        if diameter != self.timer.disk.width():
            self.timer.disk.setFixedSize(diameter, diameter)
            self.timer.disk.set_diameter(diameter)
            self.timer.digits.setFont(scaled_font(self.font(), 1.6 + diameter / 70, bold=True))
        narrow = width < NARROW
        needed = (
            self._phases_half.minimumSize().width() + self._windows_half.minimumSize().width() + 40
        )
        folded = narrow or width < needed
        direction = QBoxLayout.Direction.TopToBottom if folded else QBoxLayout.Direction.LeftToRight
        if self._bar.direction() != direction:
            self._bar.setDirection(direction)
        shape = (narrow, width // 160)
        if shape == self._shape or not self.side_tabs.isVisibleTo(self):
            return
        self._shape = shape
        self.rail.setVisible(not narrow)
        rail = 0 if narrow else max(170, min(260, round(width * 0.15)))
        side = max(250, min(640, round(width * 0.36)))
        self.splitter.setSizes([rail, max(300, width - rail - side), side])

    # --- colours -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()

    def _apply_colors(self) -> None:
        quiet = muted_text(self.palette())
        for label in (self.phase_info,):
            palette = label.palette()
            palette.setColor(palette.ColorRole.WindowText, quiet)
            label.setPalette(palette)
        self.timer.recolor()


def _calm_frame(content: QWidget | QHBoxLayout, name: str) -> QFrame:
    """A quiet rounded box for inline messages."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(frame.palette().ColorRole.AlternateBase)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(12, 6, 12, 6)
    if isinstance(content, QHBoxLayout):
        layout.addLayout(content)
    else:
        layout.addWidget(content)
    return frame
