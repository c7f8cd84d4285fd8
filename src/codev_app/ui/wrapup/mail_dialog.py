"""The mail server settings, in a small dialog opened from the wrap-up.

The password goes to the OS keyring when one works; otherwise the dialog says it will be asked
at sending time, and it is never written to a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codev_app.delivery.mail_settings import (
    MailSettings,
    MailSettingsError,
    Security,
    load_mail_settings,
    save_mail_settings,
)
from codev_app.delivery.passwords import keep_password, keyring_works

_DEFAULT_PORTS = {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25}


class MailSettingsDialog(QDialog):
    """Host, port, security, login, password and sender; Save checks them first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettings")
        self.setWindowTitle(self.tr("Mail settings"))
        saved = load_mail_settings()
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setPlaceholderText("smtp.example.org")
        self.security = QComboBox()
        for value, text in (
            (Security.STARTTLS, self.tr("STARTTLS (usually port 587)")),
            (Security.TLS, self.tr("TLS (usually port 465)")),
            (Security.NONE, self.tr("None: a relay on this computer or network only")),
        ):
            self.security.addItem(text, value)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else 587)
        if saved is not None:
            self.security.setCurrentIndex(self.security.findData(saved.security))
        self.security.currentIndexChanged.connect(self._suggest_port)
        self.user = QLineEdit(saved.user if saved else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_field = QLineEdit(saved.sender if saved else "")
        self.sender_field.setPlaceholderText("you@example.org")
        self.verify = QCheckBox(self.tr("Check the server's certificate (recommended)"))
        self.verify.setChecked(saved.verify_certificate if saved else True)
        advice = QLabel(
            self.tr(
                "Gmail: use an app password (with 2-step verification). Microsoft 365 is "
                "turning basic SMTP sign-in off: there, make drafts instead and send them from "
                "Outlook."
            )
        )
        advice.setWordWrap(True)
        self.keyring_note = QLabel(
            self.tr("The password is kept in your system's keyring.")
            if keyring_works()
            else self.tr(
                "No keyring works on this computer: the password is not kept, Codev asks for "
                "it when sending."
            )
        )
        self.keyring_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("mailSettingsError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("S&ecurity"), self.security)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Login (if any)"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&From (your address)"), self.sender_field)
        form.addRow("", self.verify)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(advice)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _suggest_port(self) -> None:
        security = self.security.currentData()
        if self.port.value() in _DEFAULT_PORTS.values() and isinstance(security, Security):
            self.port.setValue(_DEFAULT_PORTS[security])

    def settings(self) -> MailSettings:
        """The settings typed; raises :class:`MailSettingsError` naming the wrong value."""
        security = self.security.currentData()
        return MailSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=security if isinstance(security, Security) else Security.STARTTLS,
            sender=self.sender_field.text().strip(),
            user=self.user.text().strip(),
            verify_certificate=self.verify.isChecked(),
        )

    def save(self) -> None:
        """Check, save, keep the password, close; a wrong value is said inline."""
        try:
            settings = self.settings()
        except MailSettingsError as error:
            field = str(error).partition(":")[0]
            texts = {
                "host": self.tr("Type the server's name, such as smtp.example.org."),
                "from": self.tr("Type your e-mail address as the sender."),
                "port": self.tr("The port is a number from 1 to 65535."),
            }
            self.error.setText(texts.get(field, self.tr("These settings cannot be used.")))
            self.error.show()
            return
        save_mail_settings(settings)
        if settings.user and self.password.text():
            keep_password(settings.key, self.password.text())
        self.accept()
