"""The session clock: time used against the plan, the likely end time of day, ahead or behind.

Also the "keep the end time" switch. When it rescales the remaining phases, a calm note says
which phases got shorter or longer; the note goes away by itself after a while.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from codev_app.core.session import LiveSession
from codev_app.ui.console.live_text import LiveText
from codev_app.ui.console.palette import muted_text
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.console.texts import schedule_line, session_line

NOTE_SECONDS = 45
WallClock = Callable[[], datetime]


class SessionClock(QWidget):
    """Elapsed / planned, the projected end time, and the keep-end-time switch with its note."""

    keep_end_time_toggled = Signal(bool)

    def __init__(
        self,
        live: LiveSession,
        language: str,
        *,
        wall_clock: WallClock = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionClock")
        self._live = live
        self._locale = QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English
        )
        self._wall_clock = wall_clock
        self.elapsed_line = LiveText(
            QCoreApplication.translate("SessionClock", "Session time"),
            sample=QCoreApplication.translate("ConsoleTexts", "Session %1 of %2")
            .replace("%1", "8:88:88")
            .replace("%2", "8\u00a0h\u00a088"),
        )
        self.elapsed_line.setObjectName("sessionElapsed")
        self.schedule_line = LiveText(
            QCoreApplication.translate("SessionClock", "End of the session"),
            sample=QCoreApplication.translate("ConsoleTexts", "Ends around %1").replace(
                "%1", "88:88 PM"
            )
            + " · "
            + QCoreApplication.translate("ConsoleTexts", "%1 behind plan").replace(
                "%1", "88\u00a0min"
            ),
        )
        self.schedule_line.setObjectName("sessionSchedule")
        self.keep_end = QCheckBox(QCoreApplication.translate("SessionClock", "&Keep the end time"))
        self.keep_end.setObjectName("keepEndTime")
        self.keep_end.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keep_end.setAccessibleName(
            QCoreApplication.translate("SessionClock", "Keep the end time")
        )
        self.keep_end.setAccessibleDescription(
            QCoreApplication.translate(
                "SessionClock",
                "When a phase runs long, the phases after it get shorter so the session ends "
                "on time (never below one minute).",
            )
        )
        self.keep_end.toggled.connect(self.keep_end_time_toggled)
        self.note = plain_label(name="planNote")
        self.note.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.note.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.elapsed_line)
        layout.addWidget(self.schedule_line)
        layout.addWidget(self.keep_end)
        layout.addWidget(self.note)
        self._apply_colors()
        self.sync()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()

    def _apply_colors(self) -> None:
        self.schedule_line.set_color(muted_text(self.palette()))

    # --- rendering -----------------------------------------------------------------------------

    def sync(self) -> None:
        """Match the switch to the session (after any change), without re-sending it."""
        keep = self._live.keeps_end_time
        if self.keep_end.isChecked() != keep:
            self.keep_end.blockSignals(True)
            self.keep_end.setChecked(keep)
            self.keep_end.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Update the figures from the clock (each second)."""
        self.elapsed_line.set_text(session_line(self._live))
        self.schedule_line.set_text(schedule_line(self._live, self.time_of_day))

    def follow_wall_clock(self, wall_clock: WallClock) -> None:
        """Read the time of day from ``wall_clock`` from now on (a shared session's: both
        consoles then say the same "ends around", whatever each computer's clock says)."""
        self._wall_clock = wall_clock
        self.refresh()

    def time_of_day(self, seconds_from_now: float) -> str:
        """The wall-clock time ``seconds_from_now`` from now, as the locale writes it."""
        moment = self._wall_clock() + timedelta(seconds=seconds_from_now)
        return self._locale.toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )

    def show_note(self, text: str) -> None:
        """Show what "keep the end time" changed, for a while."""
        self.note.setText(text)
        self.note.setAccessibleDescription(text)
        self.note.show()
        self._note_timer.start(NOTE_SECONDS * 1000)

    def hide_note(self) -> None:
        """Take the note away."""
        self._note_timer.stop()
        self.note.hide()

    @property
    def note_label(self) -> QLabel:
        """The note's label (for tests and screenshots)."""
        return self.note
