"""The Speakers panel: who is here, who speaks, in what order, and for how long.

A side panel of the console (« Parole » in French), built by :func:`add_speaker_panel`::

    Client: [Chloé ▾]                  (“Who is the client today?” until one is chosen)
    Turns [Round ▾]                    (free, round or raised hands)
    Who may speak: the consultants.
    Order [As listed ▾]  [Next] [Pass] [Later] [New round]      (round)
    Hands [By arrival ▾] [Give the floor]                      (raised hands)
    Round 1: Bruno (spoke) · David (speaking) · Élise
    [disk] David  1:10 left                                    (speaker countdown)
    Time per speaker [3 min ▾]
    People                                          [Edit]
     1  Amélie      waiting
     2  Bruno       has spoken
     3  Chloé       listens
    [Speaking times]

The panel holds no state of its own except the facilitator's choice of order for the next round:
every figure comes from the live session when it changes (:attr:`SessionController.changed`) or
when a second passes (:attr:`SessionController.ticked`, only the countdown and the chart). Per
second, only the countdown's texts and disk repaint, without any relayout.

Keys (from the console's actions, so they also work in the compact and share windows; a focused
text field keeps them for typing): 1–9 a participant (free: speaks; raised hands: hand up or down;
round: speaks now, out of turn), N next speaker (or the first hand), P pass, L later (the end of
the round), R new round, T the speaking-time chart. A refusal is said calmly in the console's
notice line and changes nothing.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.commands import (
    AddParticipant,
    NewRound,
    NextSpeaker,
    PassTurn,
    SelectSpeaker,
    SetCame,
    SetPresent,
    SetQueueOrder,
    SetRole,
    SetRoundOrder,
    SetSpeakerTime,
    SetTurnMode,
    SpeakLater,
)
from codev_app.core.errors import CodevError
from codev_app.core.participants import Participant, Role, is_eligible
from codev_app.core.speaking_time import SpeakerTime
from codev_app.core.template import Speakers, TurnMode
from codev_app.core.text import isolate, with_name
from codev_app.core.timing import TimerState
from codev_app.core.turn_state import QueueOrder, RoundOrder, TurnOutcome
from codev_app.core.turns import TurnTaker
from codev_app.ui.console.console import ConsoleWidget
from codev_app.ui.console.palette import muted_text, timer_colors
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.shortcuts import action_button, let_space_press
from codev_app.ui.console.speaker_clock import SpeakerClock, SpeakerReading, speaker_reading
from codev_app.ui.console.speaking_chart import SpeakingTimesWindow
from codev_app.ui.console.texts import clock_text, duration_text, role_name

SPEAKER_MINUTES = (1, 2, 3, 4, 5, 8, 10)
NO_LIMIT = "none"
SHARE = "share"


# --- texts -------------------------------------------------------------------------------------


def round_order_name(order: RoundOrder) -> str:
    """How a round is ordered, in a few words."""
    return {
        RoundOrder.AS_LISTED: QCoreApplication.translate("SpeakerPanel", "As listed"),
        RoundOrder.SHUFFLED: QCoreApplication.translate("SpeakerPanel", "Shuffled"),
        RoundOrder.CLIENT_FIRST: QCoreApplication.translate("SpeakerPanel", "Client first"),
        RoundOrder.CLIENT_LAST: QCoreApplication.translate("SpeakerPanel", "Client last"),
    }[order]


def queue_order_name(order: QueueOrder) -> str:
    """How raised hands are ordered, in a few words."""
    return {
        QueueOrder.ARRIVAL: QCoreApplication.translate("SpeakerPanel", "First raised, first heard"),
        QueueOrder.LEAST_SPOKEN: QCoreApplication.translate("SpeakerPanel", "Least spoken first"),
    }[order]


def mode_name(mode: TurnMode) -> str:
    """A turn mode's name on its button."""
    return {
        TurnMode.FREE: QCoreApplication.translate("SpeakerPanel", "Free"),
        TurnMode.ROUND: QCoreApplication.translate("SpeakerPanel", "Round"),
        TurnMode.QUEUE: QCoreApplication.translate("SpeakerPanel", "Raised hands"),
    }[mode]


def who_may_speak(speakers: Speakers) -> str:
    """``Who may speak: the consultants.``"""
    who = {
        Speakers.CLIENT: QCoreApplication.translate("SpeakerPanel", "the client"),
        Speakers.CONSULTANTS: QCoreApplication.translate("SpeakerPanel", "the consultants"),
        Speakers.EVERYONE: QCoreApplication.translate("SpeakerPanel", "everyone"),
        Speakers.FACILITATOR: QCoreApplication.translate("SpeakerPanel", "the facilitator"),
    }[speakers]
    return QCoreApplication.translate("SpeakerPanel", "Who may speak: %1.").replace("%1", who)


def speaker_time_text(seconds: int) -> str:
    """``3 min``, or ``1:30`` for a time that is not whole minutes."""
    return duration_text(seconds) if seconds % 60 == 0 else clock_text(seconds)


class RowKind(StrEnum):
    """Where a participant stands in the current phase's turn-taking."""

    SPEAKING = "speaking"
    NEXT = "next"
    WAITING = "waiting"
    SPOKE = "spoke"
    PASSED = "passed"
    HAND = "hand"
    LISTENS = "listens"
    ABSENT = "absent"
    IDLE = "idle"


def participant_status(taker: TurnTaker, participant: Participant) -> tuple[RowKind, str]:
    """Where ``participant`` stands now, and how the panel says it."""
    roster = taker.roster
    pid = participant.id
    if not roster.is_present(pid):
        if roster.attendance(pid).left_early:
            return RowKind.ABSENT, QCoreApplication.translate("SpeakerPanel", "left")
        return RowKind.ABSENT, QCoreApplication.translate("SpeakerPanel", "not here")
    if not is_eligible(roster, participant, taker.speakers):
        return RowKind.LISTENS, QCoreApplication.translate("SpeakerPanel", "listens")
    if taker.current_speaker == pid:
        return RowKind.SPEAKING, QCoreApplication.translate("SpeakerPanel", "speaking")
    rnd = taker.state.round
    if taker.mode is TurnMode.ROUND and rnd is not None:
        if pid == taker.upcoming_speaker:
            return RowKind.NEXT, QCoreApplication.translate("SpeakerPanel", "next")
        if pid in rnd.pending:
            return RowKind.WAITING, QCoreApplication.translate("SpeakerPanel", "waiting")
        outcome = dict(rnd.done).get(pid)
        if outcome is TurnOutcome.SPOKE:
            return RowKind.SPOKE, QCoreApplication.translate("SpeakerPanel", "has spoken")
        if outcome is TurnOutcome.PASSED:
            return RowKind.PASSED, QCoreApplication.translate("SpeakerPanel", "passed")
    if taker.mode is TurnMode.QUEUE:
        queue = taker.queue()
        if pid in queue:
            return RowKind.HAND, QCoreApplication.translate(
                "SpeakerPanel", "hand raised · %1"
            ).replace("%1", str(queue.index(pid) + 1))
    return RowKind.IDLE, ""


def order_line(taker: TurnTaker, next_order: RoundOrder, seed: int | None) -> str:
    """The round in words: who spoke, who speaks, who is still to speak; or the next round."""
    if taker.mode is not TurnMode.ROUND:
        return ""
    roster = taker.roster

    def name(pid: str) -> str:
        return roster.get(pid).name if pid in roster else pid

    rnd = taker.state.round
    if rnd is None or taker.round_over:
        preview = taker.round_preview(next_order, seed)
        if not preview:
            return QCoreApplication.translate(
                "SpeakerPanel", "Nobody present may speak in this phase."
            )
        names = " · ".join(name(pid) for pid in preview)
        if rnd is None:
            return QCoreApplication.translate("SpeakerPanel", "The round will be: %1").replace(
                "%1", names
            )
        return (
            QCoreApplication.translate("SpeakerPanel", "Round %1 is over. Next round: %2")
            .replace("%1", str(rnd.number))
            .replace("%2", names)
        )
    parts = []
    for pid, outcome in rnd.done:
        label = (
            QCoreApplication.translate("SpeakerPanel", "%1 (spoke)")
            if outcome is TurnOutcome.SPOKE
            else QCoreApplication.translate("SpeakerPanel", "%1 (passed)")
        )
        parts.append(label.replace("%1", name(pid)))
    if taker.current_speaker is not None:
        parts.append(
            QCoreApplication.translate("SpeakerPanel", "%1 (speaking)").replace(
                "%1", name(taker.current_speaker)
            )
        )
    parts += [name(pid) for pid in rnd.pending]
    return (
        QCoreApplication.translate("SpeakerPanel", "Round %1: %2")
        .replace("%1", str(rnd.number))
        .replace("%2", " · ".join(parts))
    )


# --- widgets -----------------------------------------------------------------------------------


class ParticipantRow(QFrame):
    """One participant: number key, name (a click does what their key does), where they stand;
    in edit mode also their role and whether they are here."""

    def __init__(self, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantRow")
        self.participant_id = participant.id
        self.kind: RowKind | None = None
        self.key_label = plain_label(wrap=False, name="participantKey")
        self.key_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("88"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(bold)
        self.name_button = QPushButton()
        self.name_button.setObjectName("participantName")
        self.name_button.setFlat(True)
        # Ignored: a long name may be cut rather than widen the narrow column.
        self.name_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.name_button.setMinimumWidth(self.fontMetrics().horizontalAdvance("Marie-C") + 12)
        self.name_button.setStyleSheet(
            "QPushButton { text-align: left; padding: 3px 6px; border: 1px solid transparent; }"
            "QPushButton:hover { border-color: palette(mid); }"
            "QPushButton:focus { border-color: palette(highlight); }"
        )
        let_space_press(self.name_button)
        self.status = plain_label(wrap=False, name="participantStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.role_choice = QComboBox()
        self.role_choice.setObjectName("participantRole")
        self.role_choice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for role in Role:
            self.role_choice.addItem(role_name(role), role.value)
        self.here_box = QCheckBox(QCoreApplication.translate("SpeakerPanel", "Here"))
        self.here_box.setObjectName("participantHere")
        let_space_press(self.here_box)
        self.edit_row = QWidget()
        edit = QHBoxLayout(self.edit_row)
        edit.setContentsMargins(self.key_label.minimumWidth() + 10, 0, 0, 2)
        edit.addWidget(self.role_choice, 1)
        edit.addWidget(self.here_box)
        self.edit_row.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.key_label)
        top.addWidget(self.name_button, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 1, 6, 1)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.edit_row)
        self.setAutoFillBackground(False)

    def show_participant(
        self, participant: Participant, kind: RowKind, status: str, present: bool
    ) -> None:
        """Show the participant as they stand now (texts change only when they differ)."""
        key = str(participant.key) if participant.key is not None else ""
        if self.key_label.text() != key:
            self.key_label.setText(key)
        shown_name = isolate(participant.name).replace("&", "&&")
        if participant.role is not Role.CONSULTANT:  # the usual role goes without saying
            shown_name += f" · {role_name(participant.role)}"
        if self.name_button.text() != shown_name:
            self.name_button.setText(shown_name)
        if self.status.text() != status:
            self.status.setText(status)
        role = role_name(participant.role)
        details = [role]
        if participant.key is not None:
            details.append(
                QCoreApplication.translate("SpeakerPanel", "number %1").replace("%1", key)
            )
        if status:
            details.append(status)
        self.name_button.setAccessibleName(", ".join([participant.name, *details]))
        self.name_button.setToolTip(
            QCoreApplication.translate(
                "SpeakerPanel", "Press %1 or click: gives the floor, or raises a hand."
            ).replace("%1", key)
            if key
            else QCoreApplication.translate(
                "SpeakerPanel", "Click: gives the floor, or raises a hand."
            )
        )
        index = self.role_choice.findData(participant.role.value)
        if self.role_choice.currentIndex() != index:
            self.role_choice.setCurrentIndex(index)
        self.role_choice.setAccessibleName(
            with_name(QCoreApplication.translate("SpeakerPanel", "Role of %1"), participant.name)
        )
        if self.here_box.isChecked() != present:
            self.here_box.setChecked(present)
        self.here_box.setAccessibleName(
            QCoreApplication.translate("SpeakerPanel", "%1 is here").replace("%1", participant.name)
        )
        if kind != self.kind:
            self.kind = kind
            self._restyle()

    def _restyle(self) -> None:
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else self.palette()
        speaking = self.kind is RowKind.SPEAKING
        quiet = self.kind in (RowKind.ABSENT, RowKind.LISTENS)
        row_palette = QPalette(palette)
        if speaking:
            # A light wash of the timer's calm colour marks who has the floor.
            fill = QColor(timer_colors(TimerState.PLENTY, palette).fill)
            window = palette.color(QPalette.ColorRole.Window)
            wash = QColor(
                round(window.red() * 0.8 + fill.red() * 0.2),
                round(window.green() * 0.8 + fill.green() * 0.2),
                round(window.blue() * 0.8 + fill.blue() * 0.2),
            )
            row_palette.setColor(QPalette.ColorRole.Window, wash)
        self.setPalette(row_palette)
        self.setAutoFillBackground(speaking)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold if speaking else QFont.Weight.Normal)
        self.name_button.setFont(font)
        status_font = QFont(self.font())
        status_font.setWeight(
            QFont.Weight.DemiBold
            if self.kind in (RowKind.SPEAKING, RowKind.NEXT, RowKind.HAND)
            else QFont.Weight.Normal
        )
        self.status.setFont(status_font)
        for widget in (self.status, self.name_button):
            widget_palette = widget.palette()
            color = muted_text(palette) if quiet else palette.color(QPalette.ColorRole.WindowText)
            widget_palette.setColor(QPalette.ColorRole.WindowText, color)
            widget_palette.setColor(QPalette.ColorRole.ButtonText, color)
            widget.setPalette(widget_palette)


class SpeakerPanel(QWidget):
    """The Speakers side panel of a console. See the module docstring."""

    def __init__(self, console: ConsoleWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerPanel")
        self.console = console
        self.controller = console.controller
        self.live = console.live
        self.language = console.language
        self.chart_window: SpeakingTimesWindow | None = None
        self.rows: dict[str, ParticipantRow] = {}
        # The facilitator's choice of order for the next round of each phase (and its seed).
        self._shown_phase: str | None = None
        self._announced: tuple[str, TimerState] | None = None
        # The widgets are built when the tab is first shown (it starts hidden behind the Notes):
        # ~180 widgets a session may never look at. The keys work without them.
        self.built = False
        self._connect_keys()

    def ensure_built(self) -> None:
        """Build the panel's widgets (once) and paint them from the session."""
        if self.built:
            return
        self.built = True
        self._build()
        self._connect_widgets()
        self.show_state()
        if self.isVisible():
            # Built while being shown: Qt would show the new children only after the event loop.
            self.scroll_area.show()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        actions = self.console.action_set
        translate = QCoreApplication.translate

        self.client_label = plain_label(wrap=True, name="clientLabel")
        self.client_choice = self._combo("clientChoice", translate("SpeakerPanel", "Client"))

        # A choice rather than three buttons: it fits the narrow column in every language.
        self.mode_choice = self._combo("turnMode", translate("SpeakerPanel", "Way of taking turns"))
        for mode in TurnMode:
            self.mode_choice.addItem(mode_name(mode), mode.value)
        self.mode_label = plain_label(translate("SpeakerPanel", "Turns"), wrap=False)
        self.mode_label.setBuddy(self.mode_choice)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_label)
        mode_row.addWidget(self.mode_choice, 1)
        self.who_line = plain_label(wrap=True, name="whoMaySpeak")

        # Round: the order for the next round, and the four commands.
        self.round_box = QWidget()
        self.round_order_choice = self._combo(
            "roundOrder", translate("SpeakerPanel", "Order of the round")
        )
        for order in RoundOrder:
            self.round_order_choice.addItem(round_order_name(order), order.value)
        self.round_order_choice.setToolTip(
            translate("SpeakerPanel", "The order of the next round, shown below before it starts.")
        )
        self.next_button = action_button(
            actions["next_speaker"], name="nextSpeaker", text=translate("SpeakerPanel", "Next")
        )
        self.pass_button = action_button(
            actions["pass_turn"], name="passTurn", text=translate("SpeakerPanel", "Pass")
        )
        self.later_button = action_button(
            actions["skip_for_now"], name="skipForNow", text=translate("SpeakerPanel", "Later")
        )
        self.new_round_button = action_button(
            actions["new_round"], name="newRound", text=translate("SpeakerPanel", "New round")
        )
        round_layout = QGridLayout(self.round_box)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.setHorizontalSpacing(4)
        round_layout.setVerticalSpacing(4)
        order_label = plain_label(translate("SpeakerPanel", "Order"), wrap=False)
        order_label.setBuddy(self.round_order_choice)
        round_layout.addWidget(order_label, 0, 0)
        round_layout.addWidget(self.round_order_choice, 0, 1, 1, 3)
        round_layout.addWidget(self.next_button, 1, 0, 1, 2)
        round_layout.addWidget(self.pass_button, 1, 2)
        round_layout.addWidget(self.later_button, 1, 3)
        round_layout.addWidget(self.new_round_button, 2, 0, 1, 4)
        round_layout.setColumnStretch(1, 1)

        # Raised hands: how the queue is ordered, and who gets the floor.
        self.queue_box = QWidget()
        self.queue_order_choice = self._combo(
            "queueOrder", translate("SpeakerPanel", "Order of raised hands")
        )
        for queue_order in QueueOrder:
            self.queue_order_choice.addItem(queue_order_name(queue_order), queue_order.value)
        self.give_floor_button = action_button(
            actions["next_speaker"],
            name="giveFloor",
            text=translate("SpeakerPanel", "Give the floor"),
        )
        queue_layout = QGridLayout(self.queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.setHorizontalSpacing(4)
        hands_label = plain_label(translate("SpeakerPanel", "Hands"), wrap=False)
        hands_label.setBuddy(self.queue_order_choice)
        queue_layout.addWidget(hands_label, 0, 0)
        queue_layout.addWidget(self.queue_order_choice, 0, 1)
        queue_layout.addWidget(self.give_floor_button, 1, 0, 1, 2)
        queue_layout.setColumnStretch(1, 1)

        self.hint = plain_label(wrap=True, name="turnHint")
        self.order_line = plain_label(wrap=True, name="roundOrderLine")

        self.countdown = SpeakerClock(46, digits_scale=1.1)
        self.time_choice = self._combo("speakerTime", translate("SpeakerPanel", "Time per speaker"))
        time_label = plain_label(translate("SpeakerPanel", "Time per speaker"), wrap=False)
        time_label.setBuddy(self.time_choice)
        time_row = QHBoxLayout()
        time_row.addWidget(time_label)
        time_row.addWidget(self.time_choice, 1)

        self.people_label = plain_label(translate("SpeakerPanel", "People"), wrap=False)
        heading_font = QFont(self.font())
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.people_label.setFont(heading_font)
        self.edit_button = QPushButton(translate("SpeakerPanel", "Edit"))
        self.edit_button.setObjectName("editPeople")
        self.edit_button.setCheckable(True)
        self.edit_button.setAccessibleName(translate("SpeakerPanel", "Edit roles and presence"))
        self.edit_button.setToolTip(
            translate("SpeakerPanel", "Change roles, mark who left or came back, add a latecomer.")
        )
        let_space_press(self.edit_button)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_label, 1)
        people_row.addWidget(self.edit_button)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)

        self.add_row = QWidget()
        self.latecomer = QLineEdit()
        self.latecomer.setObjectName("latecomerName")
        self.latecomer.setPlaceholderText(translate("SpeakerPanel", "Someone arriving late"))
        self.latecomer.setAccessibleName(translate("SpeakerPanel", "Name of someone arriving late"))
        self.latecomer.setMaxLength(100)
        self.add_button = QPushButton(translate("SpeakerPanel", "Add"))
        self.add_button.setObjectName("addLatecomer")
        self.add_button.setAccessibleName(translate("SpeakerPanel", "Add who arrives late"))
        let_space_press(self.add_button)
        add_layout = QHBoxLayout(self.add_row)
        add_layout.setContentsMargins(0, 4, 0, 0)
        add_layout.addWidget(self.latecomer, 1)
        add_layout.addWidget(self.add_button)
        self.add_row.hide()

        self.chart_button = action_button(
            actions["speaking_times"],
            name="speakingTimesButton",
            text=translate("SpeakerPanel", "Speaking times"),
        )

        content = QWidget()
        content.setObjectName("speakerPanelContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label)
        client_row.addWidget(self.client_choice, 1)
        layout.addLayout(client_row)
        layout.addWidget(_line())
        layout.addLayout(mode_row)
        layout.addWidget(self.who_line)
        layout.addWidget(self.round_box)
        layout.addWidget(self.queue_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.order_line)
        layout.addWidget(_line())
        layout.addWidget(self.countdown)
        layout.addLayout(time_row)
        layout.addWidget(_line())
        layout.addLayout(people_row)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_row)
        layout.addSpacing(4)
        layout.addWidget(self.chart_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("speakerPanelScroll")
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Half a screen: what does not fit scrolls, never clipped.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._apply_colors()

    @staticmethod
    def _combo(name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        # Reached with Tab, never kept after a click: the console's single keys keep working.
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _connect_keys(self) -> None:
        controller, actions = self.controller, self.console.action_set
        controller.changed.connect(lambda _kind: self.show_state())
        controller.ticked.connect(self.refresh)
        actions["next_speaker"].triggered.connect(self.next_speaker)
        actions["pass_turn"].triggered.connect(self.pass_turn)
        actions["skip_for_now"].triggered.connect(self.skip_for_now)
        actions["new_round"].triggered.connect(self.new_round)
        actions["speaking_times"].triggered.connect(self.toggle_chart)
        for key in range(1, 10):
            actions[f"speaker_{key}"].triggered.connect(
                lambda _checked=False, number=key: self.speaker_key(number)
            )

    def _connect_widgets(self) -> None:
        self.mode_choice.activated.connect(
            lambda index: self.switch_mode(TurnMode(self.mode_choice.itemData(index)))
        )
        self.client_choice.activated.connect(self._on_client_chosen)
        self.round_order_choice.activated.connect(self._on_round_order_chosen)
        self.queue_order_choice.activated.connect(self._on_queue_order_chosen)
        self.time_choice.activated.connect(self._on_time_chosen)
        self.edit_button.toggled.connect(self.set_editing)
        self.add_button.clicked.connect(self.add_latecomer)
        self.latecomer.returnPressed.connect(self.add_latecomer)

    # --- commands ------------------------------------------------------------------------------

    @property
    def turns(self) -> TurnTaker:
        """The current phase's turn taker."""
        return self.live.turns

    def speaker_key(self, key: int) -> bool:
        """Number key ``key``: what it does depends on the turn mode (see the module docstring)."""
        try:
            person = self.live.roster.participant_for_key(key)
        except CodevError as error:
            self.controller.refused.emit(error)
            return False
        return self.select(person.id)

    def select(self, participant_id: str) -> bool:
        """A click on a name: the same as that participant's number key."""
        return self.controller.apply(SelectSpeaker(participant_id))

    def next_speaker(self) -> bool:
        """N: the next person of the round (starting it if needed), or the first raised hand."""
        return self.controller.apply(NextSpeaker())

    def pass_turn(self) -> bool:
        """P: the person whose turn it is passes."""
        return self.controller.apply(PassTurn())

    def skip_for_now(self) -> bool:
        """L: the person whose turn it is will speak at the end of the round."""
        return self.controller.apply(SpeakLater())

    def new_round(self) -> bool:
        """R: a new round in the chosen order; nobody speaks until N."""
        return self.controller.apply(NewRound())

    def switch_mode(self, mode: TurnMode) -> bool:
        """Free, round or raised hands for the rest of this phase."""
        done = self.controller.apply(SetTurnMode(mode))
        self.show_state()
        return done

    def set_round_order(self, order: RoundOrder) -> None:
        """The order of the next round of this phase (a shuffled order is drawn now, and kept)."""
        self.controller.apply(SetRoundOrder.choose(order))
        self.show_state()

    def next_round_order(self) -> tuple[RoundOrder, int | None]:
        """The order (and seed) the next round of the current phase will have."""
        return self.live.round_order(self.live.engine.current_phase.id)

    def set_queue_order(self, order: QueueOrder) -> bool:
        """Raised hands by arrival or least spoken first."""
        return self.controller.apply(SetQueueOrder(order))

    def set_speaker_time(self, rule: SpeakerTime | None) -> bool:
        """A time per speaker for this phase (fixed, a share of the time left, or none)."""
        if rule is None:
            return self.controller.apply(SetSpeakerTime())
        return self.controller.apply(SetSpeakerTime(rule.seconds, rule.share_remaining))

    def choose_client(self, participant_id: str) -> bool:
        """Who is the client today (the previous client becomes a consultant)."""
        return self.controller.apply(SetRole(participant_id, Role.CLIENT))

    def set_role(self, participant_id: str, role: Role) -> bool:
        """Someone's role; choosing "client" makes them the client."""
        return self.controller.apply(SetRole(participant_id, role))

    def set_present(self, participant_id: str, present: bool) -> bool:
        """Someone arrived (or came back), or left; the time is the session clock's. In the
        opening phase, before anyone's arrival or departure is noted for them, this is the
        attendance: unticked, they did not come (rather than left)."""
        live = self.live
        taking_attendance = live.engine.current_index == 0 and not any(
            e.participant_id == participant_id for e in live.roster.attendance_events
        )
        command = (
            SetCame(participant_id, present)
            if taking_attendance
            else SetPresent(participant_id, present)
        )
        done = self.controller.apply(command)
        self.show_state()
        return done

    def add_latecomer(self) -> bool:
        """Add the person typed in the latecomer field, arriving now."""
        self.ensure_built()
        known = {person.id for person in self.live.roster}
        if not self.controller.apply(AddParticipant(self.latecomer.text())):
            return False
        self.latecomer.clear()
        person = next(person for person in self.live.roster if person.id not in known)
        text = (
            QCoreApplication.translate("SpeakerPanel", "%1 joins the session (number %2).")
            .replace("%1", person.name)
            .replace("%2", str(person.key))
            if person.key is not None
            else QCoreApplication.translate("SpeakerPanel", "%1 joins the session.").replace(
                "%1", person.name
            )
        )
        self.console.show_notice(text)
        return True

    def set_editing(self, editing: bool) -> None:
        """Show or hide the role and presence controls and the latecomer field."""
        self.ensure_built()
        if self.edit_button.isChecked() != editing:
            self.edit_button.setChecked(editing)
        for row in self.rows.values():
            row.edit_row.setVisible(editing)
        self.add_row.setVisible(editing)

    def toggle_chart(self) -> None:
        """T: show or hide the speaking-time chart (never modal)."""
        window = self.chart_window
        if window is not None and window.isVisible():
            window.close()
            return
        if window is None:
            window = SpeakingTimesWindow(
                self.live, self.language, self.console.action_set, self.console
            )
            self.chart_window = window
        window.rebuild_choices()
        window.show()
        window.raise_()

    # --- rendering -----------------------------------------------------------------------------

    def show_state(self) -> None:
        """Repaint from the session (after any change)."""
        if not self.built:
            return
        live, taker = self.live, self.turns
        translate = QCoreApplication.translate
        phase_id = live.engine.current_phase.id
        new_phase = phase_id != self._shown_phase
        self._shown_phase = phase_id

        self._show_client()
        mode = taker.mode
        _select_data(self.mode_choice, mode.value)
        self.who_line.setText(who_may_speak(taker.speakers))
        self.round_box.setVisible(mode is TurnMode.ROUND)
        self.queue_box.setVisible(mode is TurnMode.QUEUE)
        order, seed = self.next_round_order()
        _select_data(self.round_order_choice, order.value)
        _select_data(self.queue_order_choice, taker.queue_order.value)
        keys = self.console.action_set.keys_text
        if mode is TurnMode.FREE:
            hint = translate(
                "SpeakerPanel",
                "Press a participant’s number (or click their name) when they start speaking, "
                "and again when they stop.",
            )
        elif mode is TurnMode.QUEUE:
            hint = translate(
                "SpeakerPanel",
                "When someone raises a hand, press their number. %1 gives the floor to the "
                "first hand.",
            ).replace("%1", keys("next_speaker"))
        else:
            hint = ""
        _set_text(self.hint, hint)
        _set_text(self.order_line, order_line(taker, order, seed))
        if new_phase:
            self._fill_time_choice()
        self._select_time()
        self._sync_rows()
        self.refresh()
        if self.chart_window is not None and self.chart_window.isVisible():
            self.chart_window.rebuild_choices()

    def refresh(self) -> None:
        """What changes with time: the speaker countdown (and the chart while it is open)."""
        reading = speaker_reading(self.live, self.console.language)
        if self.built:
            self.countdown.show_reading(reading)
        self._announce_speaker_time(reading)
        if self.chart_window is not None and self.chart_window.isVisible():
            self.chart_window.refresh()

    def _announce_speaker_time(self, reading: SpeakerReading) -> None:
        # Screen readers hear when a speaker's time is nearly over, and when it is over.
        if reading.name is None or reading.state is None:
            self._announced = None
            return
        key = (self.turns.current_speaker or "", reading.state)
        if key == self._announced:
            return
        self._announced = key
        if reading.state is TimerState.PLENTY:
            return
        self.console.announce(reading.line)

    def _show_client(self) -> None:
        roster = self.live.roster
        client = roster.client
        translate = QCoreApplication.translate
        _set_text(
            self.client_label,
            translate("SpeakerPanel", "Client")
            if client is not None
            else translate("SpeakerPanel", "Who is the client today?"),
        )
        wanted: list[tuple[str, str]] = []
        if client is None:
            wanted.append(("", translate("SpeakerPanel", "Choose…")))
        wanted += [(p.id, p.name) for p in roster]
        have = [
            (str(self.client_choice.itemData(i)), self.client_choice.itemText(i))
            for i in range(self.client_choice.count())
        ]
        if have != wanted:
            self.client_choice.blockSignals(True)
            self.client_choice.clear()
            for data, text in wanted:
                self.client_choice.addItem(text, data)
            self.client_choice.blockSignals(False)
        _select_data(self.client_choice, client.id if client is not None else "")

    def _fill_time_choice(self) -> None:
        translate = QCoreApplication.translate
        choice = self.time_choice
        choice.blockSignals(True)
        choice.clear()
        choice.addItem(translate("SpeakerPanel", "No limit"), NO_LIMIT)
        seconds = [minutes * 60 for minutes in SPEAKER_MINUTES]
        planned = self.live.engine.current_phase.speaker_seconds
        rule = self.turns.speaker_time
        for extra in (planned, rule.seconds if rule is not None else None):
            if extra is not None and extra not in seconds:
                seconds.append(extra)
        for value in sorted(seconds):
            choice.addItem(speaker_time_text(value), value)
        choice.addItem(translate("SpeakerPanel", "Share of the time left"), SHARE)
        choice.setItemData(
            choice.count() - 1,
            translate(
                "SpeakerPanel",
                "In a round: the phase’s remaining time divided among those still to speak.",
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        choice.blockSignals(False)

    def _select_time(self) -> None:
        rule = self.turns.speaker_time
        if rule is None:
            data: object = NO_LIMIT
        elif rule.share_remaining:
            data = SHARE
        else:
            data = rule.seconds
        if self.time_choice.findData(data) < 0:
            self._fill_time_choice()
        _select_data(self.time_choice, data)

    def _sync_rows(self) -> None:
        roster = self.live.roster
        ids = [p.id for p in roster]
        if list(self.rows) != ids:
            for row in self.rows.values():
                self.rows_layout.removeWidget(row)
                row.deleteLater()
            self.rows = {}
            for participant in roster:
                row = ParticipantRow(participant)
                pid = participant.id
                row.name_button.clicked.connect(lambda _checked=False, p=pid: self.select(p))
                row.role_choice.activated.connect(
                    lambda index, p=pid, combo=row.role_choice: self.set_role(
                        p, Role(combo.itemData(index))
                    )
                )
                row.here_box.clicked.connect(
                    lambda checked, p=pid: self.set_present(p, bool(checked))
                )
                row.edit_row.setVisible(self.edit_button.isChecked())
                self.rows_layout.addWidget(row)
                self.rows[pid] = row
        taker = self.turns
        for participant in roster:
            kind, text = participant_status(taker, participant)
            self.rows[participant.id].show_participant(
                participant, kind, text, roster.is_present(participant.id)
            )

    # --- choices -------------------------------------------------------------------------------

    def _on_client_chosen(self, index: int) -> None:
        participant_id = str(self.client_choice.itemData(index) or "")
        if participant_id:
            self.choose_client(participant_id)
        self.show_state()

    def _on_round_order_chosen(self, index: int) -> None:
        self.set_round_order(RoundOrder(self.round_order_choice.itemData(index)))

    def _on_queue_order_chosen(self, index: int) -> None:
        self.set_queue_order(QueueOrder(self.queue_order_choice.itemData(index)))

    def _on_time_chosen(self, index: int) -> None:
        data = self.time_choice.itemData(index)
        if data == NO_LIMIT:
            rule: SpeakerTime | None = None
        elif data == SHARE:
            rule = SpeakerTime.share()
        else:
            rule = SpeakerTime.fixed(int(data))
        self.set_speaker_time(rule)

    # --- colours -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.built:
            self._apply_colors()

    def _apply_colors(self) -> None:
        quiet = muted_text(self.palette())
        for label in (self.who_line, self.hint):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, quiet)
            label.setPalette(palette)


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _set_text(label: QLabel, text: str) -> None:
    """Set a label's text and show it only when it says something (no change: no relayout)."""
    if label.text() != text:
        label.setText(text)
        label.setAccessibleDescription(text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))


def _select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0 and combo.currentIndex() != index:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


def add_speaker_panel(console: ConsoleWidget) -> SpeakerPanel:
    """Build the Speakers panel and add it to ``console``'s side panels."""
    panel = SpeakerPanel(console)
    console.add_side_panel(panel, QCoreApplication.translate("SpeakerPanel", "Speakers"))
    return panel
