"""The two windows of co-facilitation: sharing (join code and QR code) and joining (paste it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codev_app.ui.cofacilitation.sharing import (
    JoinFailed,
    join_session,
    run_soon,
    start_sharing,
)

if TYPE_CHECKING:
    from codev_app.ui.cofacilitation.entry import CofacilitationEntry


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses, loopback first (nothing is looked up on the network);
    never 0.0.0.0: Codev listens on the one address chosen here."""
    found = [
        address.toString()
        for address in QNetworkInterface.allAddresses()
        if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
        and address.toString() != "0.0.0.0"
    ]
    return ["127.0.0.1", *sorted(a for a in found if a != "127.0.0.1")]


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ShareDialog(QDialog):
    """Share with a co-facilitator: choose the address, then give them the code."""

    def __init__(self, entry: CofacilitationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("shareDialog")
        self.setWindowTitle(
            QCoreApplication.translate("Cofacilitation", "Share with a co-facilitator")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                QCoreApplication.translate(
                    "Cofacilitation",
                    "Your co-facilitator joins this session from their own Codev, on the same "
                    "network: paste them the code in the call's private chat. Both of you can "
                    "then act; your private notes stay on your computer.",
                )
            )
        )
        form = QFormLayout()
        self.address = QComboBox()
        self.address.setObjectName("shareAddress")
        self.address.addItems(local_addresses())
        if self.address.count() > 1:
            self.address.setCurrentIndex(1)  # the network, not this computer only
        form.addRow(
            QCoreApplication.translate("Cofacilitation", "Share on this address:"), self.address
        )
        self.name = QLineEdit(entry.facilitator_name())
        self.name.setObjectName("shareName")
        form.addRow(QCoreApplication.translate("Cofacilitation", "Your name:"), self.name)
        layout.addLayout(form)
        self.start_button = QPushButton(
            QCoreApplication.translate("Cofacilitation", "Start sharing")
        )
        self.start_button.setObjectName("startSharing")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button)
        self.code = QLineEdit()
        self.code.setObjectName("joinCode")
        self.code.setReadOnly(True)
        self.code.setAccessibleName(QCoreApplication.translate("Cofacilitation", "Join code"))
        self.copy_button = QPushButton(
            QCoreApplication.translate("Cofacilitation", "Copy the code")
        )
        self.copy_button.setObjectName("copyCode")
        self.copy_button.clicked.connect(self._copy)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.qr = QLabel()
        self.qr.setObjectName("joinQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(
            QCoreApplication.translate("Cofacilitation", "Join code as a QR code")
        )
        layout.addWidget(self.qr)
        self.status = _plain()
        self.status.setObjectName("shareStatus")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.end_button = QPushButton(
            QCoreApplication.translate("Cofacilitation", "End the sharing")
        )
        self.end_button.setObjectName("endSharing")
        self.end_button.clicked.connect(self._end)
        close = QPushButton(QCoreApplication.translate("Cofacilitation", "Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Show the sharing as it is now."""
        sharing = self.entry.sharing
        active = sharing is not None and sharing.connection.status.value != "closed"
        settings: list[QWidget] = [self.address, self.name, self.start_button]
        for widget in settings:
            widget.setEnabled(not active)
        shown: list[QWidget] = [self.code, self.copy_button, self.qr, self.end_button]
        for widget in shown:
            widget.setVisible(active)
        if sharing is not None and active:
            self.code.setText(sharing.code.text())
            pixmap = QPixmap()
            pixmap.loadFromData(sharing.code.qr_png(scale=5), "PNG")
            self.qr.setPixmap(pixmap)
            self.status.setText(sharing.status_text())
        elif not self.status.text():
            self.status.setText("")

    def _start(self) -> None:
        self.status.setText(
            QCoreApplication.translate(
                "Cofacilitation", "Opening the session to your co-facilitator…"
            )
        )
        self.start_button.setEnabled(False)
        run_soon(self._start_async())

    async def _start_async(self) -> None:
        try:
            sharing = await start_sharing(
                self.entry.window, self.address.currentText(), self.name.text().strip()
            )
        except JoinFailed as error:
            self.status.setText(str(error))
            self.start_button.setEnabled(True)
            return
        self.entry.adopt(sharing)
        self.refresh()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.status.setText(
            QCoreApplication.translate(
                "Cofacilitation", "Copied: paste it in the call's private chat."
            )
        )

    def _end(self) -> None:
        sharing = self.entry.sharing
        if sharing is not None:
            run_soon(sharing.end())


class JoinDialog(QDialog):
    """Join a session: paste the code the other facilitator sent."""

    def __init__(self, entry: CofacilitationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("joinDialog")
        self.setWindowTitle(QCoreApplication.translate("Cofacilitation", "Join a session"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                QCoreApplication.translate(
                    "Cofacilitation",
                    "Paste the code your co-facilitator sent you. The session opens here as "
                    "it runs there, and is saved on this computer too.",
                )
            )
        )
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("pastedCode")
        self.code.setPlaceholderText("CODEV-…")
        form.addRow(QCoreApplication.translate("Cofacilitation", "Join code:"), self.code)
        self.name = QLineEdit(entry.facilitator_name())
        self.name.setObjectName("joinName")
        form.addRow(QCoreApplication.translate("Cofacilitation", "Your name:"), self.name)
        layout.addLayout(form)
        self.error = _plain()
        self.error.setObjectName("joinError")
        layout.addWidget(self.error)
        self.join_button = QPushButton(QCoreApplication.translate("Cofacilitation", "Join"))
        self.join_button.setObjectName("joinButton")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._join)
        layout.addWidget(self.join_button)

    def _join(self) -> None:
        self.error.setText(QCoreApplication.translate("Cofacilitation", "Joining…"))
        self.join_button.setEnabled(False)
        run_soon(self._join_async())

    async def _join_async(self) -> None:
        try:
            sharing = await join_session(
                self.entry.window, self.code.text(), self.name.text().strip()
            )
        except JoinFailed as error:
            self.error.setText(str(error))
            self.join_button.setEnabled(True)
            return
        self.entry.adopt(sharing)
        # Ready for the next time it is opened (this window is kept).
        self.error.clear()
        self.join_button.setEnabled(True)
        self.accept()
