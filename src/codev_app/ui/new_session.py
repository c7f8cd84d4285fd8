"""The "new session" page: a template, the participants, and Ctrl+Enter starts.

A page of the main window, not a dialog: nothing blocks the window. Everything is prefilled so a
session can start within seconds: the template (the settings' default or the last one used), the
participants of the last session. A name is added with Enter; the client can be chosen later (the
default), the topic too. "Timers only" keeps nothing but the timings.

A plan that cannot run (no phase, absurd durations) is refused at the start with a message naming
the problem, on the page itself. Names are shown exactly as typed, markup included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.core.addresses import InvalidAddress, checked_address
from codev_app.core.errors import CodevError
from codev_app.core.participants import Roster
from codev_app.core.template import Template, check_runnable
from codev_app.core.text import isolate
from codev_app.ui.fonts import scaled_font
from codev_app.ui.messages import describe_error

NBSP = "\u00a0"
CLASSIC = "classic"


@dataclass(frozen=True)
class SessionSetup:
    """Everything chosen on the page, enough to open a session."""

    template: Template
    participants: tuple[str, ...] = ()
    client: str | None = None  # a name from participants, or None: chosen later
    title: str = ""
    group_name: str = ""
    timers_only: bool = False
    facilitator: str = ""
    emails: tuple[tuple[str, str], ...] = ()  # (name, address) for those who gave one
    group_id: int | None = None  # the group (ui/groups) the session is one of, if any


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NewSessionPage(QWidget):
    """Choose a template and people, then start (Ctrl+Enter) or go back (Esc)."""

    start_requested = Signal(object)  # a SessionSetup
    cancelled = Signal()

    def __init__(
        self,
        templates: Sequence[Template],
        *,
        language: str = "en",
        template_id: str | None = None,
        participants: Sequence[str] = (),
        last_participants: Sequence[str] = (),
        facilitator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionPage")
        self._language = language
        self._templates = list(templates)
        self._facilitator = facilitator

        self.heading = _plain(QLabel(self.tr("New session")))
        self.heading.setFont(scaled_font(self.font(), 1.6, bold=True))

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.template_combo.setAccessibleName(self.tr("Session template"))
        for template in self._templates:
            self.template_combo.addItem(self._template_text(template), template.id)
        self.template_details = _plain(QLabel())
        self.template_details.setWordWrap(True)
        self.template_combo.currentIndexChanged.connect(self._show_template_details)

        self.name_field = QLineEdit()
        self.name_field.setObjectName("participantName")
        self.name_field.setPlaceholderText(self.tr("Type a name, then press Enter"))
        self.name_field.setAccessibleName(self.tr("Add a participant"))
        self.name_field.returnPressed.connect(self.add_typed_name)
        # Optional: where their copy is sent after the session (kept with the session only).
        self.email_field = QLineEdit()
        self.email_field.setObjectName("participantEmail")
        self.email_field.setPlaceholderText(self.tr("E-mail (optional)"))
        self.email_field.setAccessibleName(self.tr("E-mail address of this participant"))
        self.email_field.returnPressed.connect(self.add_typed_name)
        self._emails: dict[str, str] = {}
        self.group_id: int | None = None  # set when the session is one of a group's (ui/groups)
        self.people = QListWidget()
        self.people.setObjectName("participantList")
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.people.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeParticipant")
        self.remove_button.setAccessibleName(self.tr("Remove the selected participant"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_action = QAction(self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.people.addAction(remove_action)
        # Last time's people are a visible choice, never added without being asked for.
        self._last_people = [name for name in last_participants if name.strip()]
        shown_last = ", ".join(isolate(name) for name in self._last_people[:4])
        if len(self._last_people) > 4:
            shown_last += ", …"
        self.same_people_button = QPushButton(
            self.tr("Same people as last time (%1)").replace("%1", shown_last)
        )
        self.same_people_button.setObjectName("samePeople")
        self.same_people_button.setAccessibleName(self.tr("Same people as last time"))
        self.same_people_button.setToolTip(", ".join(isolate(n) for n in self._last_people))
        self.same_people_button.clicked.connect(self.add_last_people)
        self.same_people_button.setVisible(bool(self._last_people))
        self._zero_people_said = False

        self.client_combo = QComboBox()
        self.client_combo.setObjectName("clientCombo")
        self.client_combo.setAccessibleName(self.tr("Client"))
        self.client_combo.addItem(self.tr("Choose later"), None)

        self.title_field = QLineEdit()
        self.title_field.setObjectName("sessionTitle")
        self.title_field.setAccessibleName(self.tr("Topic"))
        self.title_field.setPlaceholderText(self.tr("If already known"))
        self.group_field = QLineEdit()
        self.group_field.setObjectName("groupName")
        self.group_field.setAccessibleName(self.tr("Group"))
        self.timers_only = QCheckBox(self.tr("&Timers only: keep the timings, no notes"))
        self.timers_only.setObjectName("timersOnly")
        self.timers_only.setAccessibleName(self.tr("Timers only"))

        self.error = _plain(QLabel())
        self.error.setObjectName("startError")
        self.error.setWordWrap(True)
        self.error.hide()

        # No Alt letter: Alt+S opens the Session menu; Ctrl+Enter starts.
        self.start_button = QPushButton(self.tr("Start the session"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self.start_button.setDefault(True)
        start_keys = [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        native = QKeySequence.SequenceFormat.NativeText
        self.start_button.setToolTip(
            f"{self.tr('Start the session')} ({start_keys[0].toString(native)})"
        )
        self.start_button.clicked.connect(self.request_start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(f"{self.tr('Cancel')} (Esc)")
        self.cancel_button.clicked.connect(self.cancelled)

        self.start_action = QAction(self.tr("Start the session"), self)
        self.start_action.setShortcuts(start_keys)
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start_action.triggered.connect(self.request_start)
        self.cancel_action = QAction(self.tr("Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_action.triggered.connect(self.cancelled)
        self.addActions([self.start_action, self.cancel_action])

        people_box = QVBoxLayout()
        people_box.setSpacing(4)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_field, 2)
        name_row.addWidget(self.email_field, 2)
        name_row.addWidget(self.remove_button)
        people_box.addLayout(name_row)
        people_box.addWidget(self.people, 1)
        people_box.addWidget(self.same_people_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        self.template_label = self._form_row(form, self.tr("Te&mplate"), self.template_combo)
        form.addRow("", self.template_details)
        self.people_label = self._form_row(form, self.tr("&Participants"), people_box)
        self.people_label.setBuddy(self.name_field)
        self._form_row(form, self.tr("&Client"), self.client_combo)
        self._form_row(form, self.tr("T&opic"), self.title_field)
        self._form_row(form, self.tr("&Group"), self.group_field)
        form.addRow("", self.timers_only)

        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)

        column = QWidget()
        column.setMaximumWidth(720)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addLayout(form, 1)
        inner.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 20)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)

        self._select_template(template_id)
        for name in participants:
            self.add_name(name, quiet=True)
        self._show_template_details()

    # --- building helpers ----------------------------------------------------------------------

    @staticmethod
    def _form_row(form: QFormLayout, text: str, field: QWidget | QVBoxLayout) -> QLabel:
        label = QLabel(text)
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _template_text(self, template: Template) -> str:
        phases = self.tr("%n phase(s)", "", len(template.phases))
        duration = i18n.format_duration(template.total_seconds, space=NBSP)
        return f"{isolate(template.name.get(self._language))} · {phases} · {duration}"

    def _select_template(self, template_id: str | None) -> None:
        for wanted in (template_id, CLASSIC):
            index = self.template_combo.findData(wanted)
            if wanted and index >= 0:
                self.template_combo.setCurrentIndex(index)
                return

    def _show_template_details(self) -> None:
        template = self.template
        text = template.description.get(self._language) if template is not None else ""
        self.template_details.setText(text)
        self.template_details.setVisible(bool(text))

    # --- participants --------------------------------------------------------------------------

    def participants(self) -> list[str]:
        """The names listed, in order."""
        return [self._name(self.people.item(row)) for row in range(self.people.count())]

    @staticmethod
    def _name(item: QListWidgetItem) -> str:
        # The item shows the name isolated (isolate()); the name as typed is its data.
        return str(item.data(Qt.ItemDataRole.UserRole))

    def add_typed_name(self) -> bool:
        """Add the name typed in the field (Enter); a refused name stays for correcting."""
        try:
            address = checked_address(self.email_field.text())
        except InvalidAddress:
            self.show_error(self.tr("This is not an e-mail address: check it, or leave it empty."))
            return False
        if self.add_name(self.name_field.text(), email=address):
            self.name_field.clear()
            self.email_field.clear()
            self.name_field.setFocus()
            return True
        return False

    def add_name(self, name: str, *, quiet: bool = False, email: str = "") -> bool:
        """Add a participant; refuses an empty, too long or duplicate name (said inline)."""
        roster = Roster()
        try:
            for existing in self.participants():
                roster.add(existing)
            added = roster.add(name)
        except CodevError as error:
            if not quiet:
                self.show_error(describe_error(error))
            return False
        shown = isolate(added.name)
        item = QListWidgetItem(f"{shown} — {email}" if email else shown)
        if email:
            self._emails[added.name] = email
        item.setData(Qt.ItemDataRole.UserRole, added.name)
        item.setToolTip(shown)
        self.people.addItem(item)
        self.client_combo.addItem(shown, added.name)
        self.error.hide()
        return True

    def add_last_people(self) -> None:
        """ "Same people as last time": add them (those already listed are kept once)."""
        listed = set(self.participants())
        for name in self._last_people:
            if name not in listed:
                self.add_name(name, quiet=True)
        self.same_people_button.hide()
        self.name_field.setFocus()

    def remove_selected(self) -> None:
        """Take the selected participant off the list."""
        row = self.people.currentRow()
        if row < 0:
            return
        name = self._name(self.people.takeItem(row))
        self._emails.pop(name, None)
        index = self.client_combo.findData(name)
        if index > 0:
            self.client_combo.removeItem(index)

    # --- starting ------------------------------------------------------------------------------

    @property
    def template(self) -> Template | None:
        """The chosen template."""
        index = self.template_combo.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def setup(self) -> SessionSetup | None:
        """What was chosen, or None (with an inline message) when the session cannot start."""
        if (
            self.name_field.text().strip() or self.email_field.text().strip()
        ) and not self.add_typed_name():
            return None
        template = self.template
        if template is None:
            self.show_error(self.tr("Choose a template first."))
            return None
        try:
            check_runnable(template.phases)
        except CodevError as error:
            self.show_error(describe_error(error))
            return None
        people = tuple(self.participants())
        timers_only = self.timers_only.isChecked()
        if not people and not timers_only:
            if not self._zero_people_said:
                # Said once, then a second Ctrl+Enter starts it as said.
                self._zero_people_said = True
                self.show_error(
                    self.tr(
                        "Nobody is listed: the session will keep the timings only (no turns, "
                        "no notes). Press Ctrl+Enter again to start it like that, or add names."
                    )
                )
                return None
            timers_only = True
        client = self.client_combo.currentData()
        if not isinstance(client, str) or client not in people:
            client = None  # a client is always one of the session's participants
        return SessionSetup(
            template=template,
            participants=people,
            client=client,
            title=" ".join(self.title_field.text().split()),
            group_name=" ".join(self.group_field.text().split()),
            timers_only=timers_only,
            facilitator=self._facilitator,
            emails=tuple(
                (name, self._emails[name]) for name in self.participants() if name in self._emails
            ),
            group_id=self.group_id,
        )

    def request_start(self) -> None:
        """Ctrl+Enter or the button: emit :attr:`start_requested` if everything is in order."""
        setup = self.setup()
        if setup is not None:
            self.error.hide()
            self.start_requested.emit(setup)

    def show_error(self, text: str) -> None:
        """A calm inline message (never a dialog)."""
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()

    def focus_first_field(self) -> None:
        """Put the keyboard in the participant field (the one most often used)."""
        self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
