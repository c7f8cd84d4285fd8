"""Calm strips across a window: saving problems, an interrupted session, a restored database.

None of them is modal and none takes the keyboard by itself: the facilitator may be running a
session and a video call. Texts are plain (a session title such as ``<b>Zoé</b>`` is shown as
typed).

The storage layer words its messages in English for the log; :func:`saving_problem_text` and
:func:`recovery_note_text` say the same in the interface language.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from codev_app.persistence import SavingProblem
from codev_app.ui.console.palette import is_dark
from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.record.fields import plain_label

if TYPE_CHECKING:
    from codev_app.storage.recovery import RecoveryNote

INFO = "info"
WARNING = "warning"

# Amber tints for warnings: calm, readable (text contrast above 7:1 on both).
_WARNING_COLORS = {False: ("#fbeecf", "#3d2a00"), True: ("#4a3d1f", "#f6e6c4")}


class Banner(QFrame):
    """An icon, a few plain words, and buttons; see the module docstring."""

    def __init__(self, *, name: str, tone: str = INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tone = tone
        self._colouring = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.icon = QLabel()
        self.icon.setObjectName("bannerIcon")
        self.icon.setTextFormat(Qt.TextFormat.PlainText)
        kind = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if tone == WARNING
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(kind).pixmap(22, 22))
        self.icon.setFixedSize(24, 24)
        self.text = plain_label(name="bannerText")
        self.detail = plain_label(name="bannerDetail")
        for label in (self.text, self.detail):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.detail.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        words.addLayout(self.buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self._colour()
        self.hide()

    def add_button(self, text: str, name: str, description: str = "") -> QPushButton:
        """A button on the banner's button row."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        if description:
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        let_space_press(button)
        last = self.buttons.itemAt(self.buttons.count() - 1) if self.buttons.count() else None
        if last is not None and last.spacerItem() is not None:
            self.buttons.insertWidget(self.buttons.count() - 1, button)
        else:
            self.buttons.addWidget(button)
            self.buttons.addStretch(1)
        return button

    def say(self, text: str, detail: str = "") -> None:
        """Show the banner with these words."""
        self.text.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(text)
        self.setAccessibleDescription(f"{text} {detail}".strip())
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._colour()

    def _colour(self) -> None:
        self._colouring = True
        palette = QPalette(self.palette())
        if self.tone == WARNING:
            # The application's palette says light or dark (this one holds the tint already).
            back, text = _WARNING_COLORS[is_dark(QApplication.palette())]
            palette.setColor(QPalette.ColorRole.Window, QColor(back))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        else:
            palette.setColor(
                QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase)
            )
        self.setPalette(palette)
        self._colouring = False


# --- saving problems ------------------------------------------------------------------------------


def saving_problem_text(message: str) -> str:
    """The autosave problem (a :class:`codev_app.persistence.SavingProblem`), said in the
    interface language."""
    causes = {
        SavingProblem.DISK_FULL: QCoreApplication.translate(
            "SavingBanner", "the disk is full (free some space and Codev saves at once)"
        ),
        SavingProblem.READ_ONLY: QCoreApplication.translate(
            "SavingBanner", "its folder cannot be written to any more"
        ),
        SavingProblem.LOCKED: QCoreApplication.translate(
            "SavingBanner", "another program is holding its database"
        ),
        SavingProblem.DAMAGED: QCoreApplication.translate(
            "SavingBanner", "its database is damaged"
        ),
        SavingProblem.DISK_ERROR: QCoreApplication.translate(
            "SavingBanner", "the disk cannot be written to (is it still connected?)"
        ),
    }
    try:
        said = causes[SavingProblem(message)]
    except (ValueError, KeyError):
        said = QCoreApplication.translate("SavingBanner", "an unexpected storage error")
    return QCoreApplication.translate("SavingBanner", "Codev cannot save right now: %1.").replace(
        "%1", said
    )


class SavingBanner(Banner):
    """Shown while autosave fails; hidden as soon as saving works again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(name="savingBanner", tone=WARNING, parent=parent)

    def show_problem(self, message: str) -> None:
        """Say what is wrong (``message`` from the keeper) and that nothing is lost."""
        self.say(
            saving_problem_text(message),
            QCoreApplication.translate(
                "SavingBanner",
                "Your notes are kept in memory and will be saved as soon as possible. "
                "Keep Codev open.",
            ),
        )

    def hide_problem(self, _message: str = "") -> None:
        """Saving works again."""
        self.hide()


# --- an interrupted session ---------------------------------------------------------------------


def interrupted_text(moment: datetime, today: datetime, language: str) -> str:
    """ "A session was interrupted at 15:07." (another day: "on 14 March at 15:07")."""
    clock = (
        QCoreApplication.translate("ResumeBanner", "%1:%2")
        .replace("%1", f"{moment.hour}")
        .replace("%2", f"{moment.minute:02d}")
    )
    if moment.date() == today.date():
        return QCoreApplication.translate(
            "ResumeBanner", "A session was interrupted at %1."
        ).replace("%1", clock)
    day = QLocale(language).toString(QDate(moment.year, moment.month, moment.day), "d MMMM")
    return (
        QCoreApplication.translate("ResumeBanner", "A session was interrupted on %1 at %2.")
        .replace("%1", day)
        .replace("%2", clock)
    )


class ResumeBanner(Banner):
    """ "A session was interrupted at 15:07": resume it, resume it paused, later, or discard."""

    #: Resume (True: paused).
    resume_requested = Signal(bool)
    #: Not now: asked again at the next start.
    later_requested = Signal()
    #: Discard: the session is ended as it stands; its notes stay in the history.
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(name="resumeBanner", tone=INFO, parent=parent)
        self.resume_button = self.add_button(
            QCoreApplication.translate("ResumeBanner", "Resume"),
            "resumeButton",
            QCoreApplication.translate(
                "ResumeBanner", "The timer goes on as if Codev had never stopped."
            ),
        )
        self.paused_button = self.add_button(
            QCoreApplication.translate("ResumeBanner", "Resume paused"),
            "resumePausedButton",
            QCoreApplication.translate(
                "ResumeBanner", "The timer waits where it was; start it again when ready."
            ),
        )
        self.later_button = self.add_button(
            QCoreApplication.translate("ResumeBanner", "Not now"),
            "laterButton",
            QCoreApplication.translate("ResumeBanner", "Codev asks again the next time it starts."),
        )
        self.discard_button = self.add_button(
            QCoreApplication.translate("ResumeBanner", "Discard"),
            "discardButton",
            QCoreApplication.translate(
                "ResumeBanner",
                "Do not resume: the session ends as it stands. Its notes stay in the history.",
            ),
        )
        self.resume_button.clicked.connect(lambda: self.resume_requested.emit(False))
        self.paused_button.clicked.connect(lambda: self.resume_requested.emit(True))
        self.later_button.clicked.connect(self.later_requested)
        self.discard_button.clicked.connect(self.discard_requested)

    def offer(self, question: str, what: str, *, paused_by_default: bool) -> None:
        """Show the question; the default button follows the facilitator's setting."""
        self.say(question, what)
        default = self.paused_button if paused_by_default else self.resume_button
        for button in (self.resume_button, self.paused_button):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)
        font = default.font()
        font.setBold(True)
        default.setFont(font)
        other = self.resume_button if default is self.paused_button else self.paused_button
        font = other.font()
        font.setBold(False)
        other.setFont(font)

    @property
    def default_button(self) -> QPushButton:
        """The button Enter presses."""
        return self.paused_button if self.paused_button.isDefault() else self.resume_button


# --- a damaged database -------------------------------------------------------------------------


def recovery_note_text(note: RecoveryNote) -> str:
    """A note of :func:`codev_app.storage.recovery.open_store_with_recovery`, translated."""
    from codev_app.storage.recovery import RecoveryKind

    moved = str(note.set_aside)
    match note.kind:
        case RecoveryKind.BAD_BACKUP:
            name = note.backup.name if note.backup is not None else ""
            return QCoreApplication.translate(
                "RecoveryBanner", "The backup %1 is damaged too; it was not used."
            ).replace("%1", name)
        case RecoveryKind.RESTORED:
            return (
                QCoreApplication.translate(
                    "RecoveryBanner",
                    "Codev found a damaged database and set it aside as %1. Your sessions up to %2 "
                    "are restored from a backup; anything written after that is only in the file "
                    "set aside.",
                )
                .replace("%1", moved)
                .replace("%2", note.backup_time)
            )
        case RecoveryKind.EMPTY:
            return QCoreApplication.translate(
                "RecoveryBanner",
                "Codev found a damaged database and set it aside as %1. There was no usable "
                "backup, so Codev starts with an empty database.",
            ).replace("%1", moved)


class RecoveryBanner(Banner):
    """What happened to a damaged database at start-up; closed with "OK"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(name="recoveryBanner", tone=WARNING, parent=parent)
        self.ok_button = self.add_button(
            QCoreApplication.translate("RecoveryBanner", "OK"), "recoveryOkButton"
        )
        self.ok_button.clicked.connect(self.hide)

    def show_notes(self, notes: list[RecoveryNote]) -> None:
        """Show the messages, translated."""
        translated = [recovery_note_text(note) for note in notes]
        self.say(translated[0], "\n".join(translated[1:]))
