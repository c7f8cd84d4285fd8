"""The history window's widgets and how they are laid out (its behaviour is in HistoryWindow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from codev_app.ui.console.shortcuts import let_space_press
from codev_app.ui.fonts import scaled_font
from codev_app.ui.record.banners import SavingBanner
from codev_app.ui.record.fields import field_label, mute, plain_label
from codev_app.ui.templates.widgets import InlineBar


def keep_room_for_buttons(panel: QWidget) -> None:
    """Buttons shown only while editing (remove, add) keep their room when hidden."""
    for button in panel.findChildren(QAbstractButton):
        policy = button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        button.setSizePolicy(policy)


class _SearchKeys(QObject):
    """Down in the search field goes to the list; Enter opens the first session."""

    def __init__(self, window: HistoryLayout) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        listing = self._window.listing
        first = listing.topLevelItem(0)
        if first is None:
            return False
        if event.key() == Qt.Key.Key_Down:
            listing.setFocus()
            if listing.currentItem() is None:
                listing.setCurrentItem(first)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            listing.setCurrentItem(first)
            return True
        return False


class HistoryLayout(QWidget):
    """The history window's widgets, built and laid out; :class:`HistoryWindow` gives them life.

    The texts keep the HistoryWindow translation context.
    """

    # Set by HistoryWindow before building: which buttons to show.
    _show_export: Callable[[int], object] | None
    _show_wrapup: Callable[[int], object] | None

    def _build(self) -> None:
        translate = QCoreApplication.translate
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(
            translate("HistoryWindow", "Search titles, clients, questions and notes")
        )
        self.search.setAccessibleName(translate("HistoryWindow", "Search the history"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(_SearchKeys(self))
        self.count = plain_label(name="historyCount")
        mute(self.count)

        self.listing = QTreeWidget()
        self.listing.setObjectName("historyList")
        self.listing.setAccessibleName(translate("HistoryWindow", "Past sessions"))
        self.listing.setRootIsDecorated(False)
        self.listing.setUniformRowHeights(True)
        self.listing.setAllColumnsShowFocus(True)
        self.listing.setHeaderLabels(
            [
                translate("HistoryWindow", "Date"),
                translate("HistoryWindow", "Group"),
                translate("HistoryWindow", "Client"),
                translate("HistoryWindow", "Topic"),
            ]
        )
        header = self.listing.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.listing.setColumnWidth(0, 130)
        self.listing.setColumnWidth(1, 110)
        self.listing.setColumnWidth(2, 100)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 6, 10)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.listing, 1)
        left_layout.addWidget(self.count)

        # Right: nothing chosen, or the chosen session.
        self.empty = plain_label(
            translate("HistoryWindow", "Choose a session to see its record."), name="historyEmpty"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.empty)
        # "… was deleted. Undo": where the record was, where the facilitator is looking.
        self.undo_bar = InlineBar("deletedBar")
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(8, 10, 10, 6)
        empty_layout.addWidget(self.undo_bar)
        empty_layout.addWidget(self.empty, 1)

        self.heading = field_label("", name="historyHeading")
        self.heading.setFont(scaled_font(self.heading.font(), 1.3))
        self.details = plain_label(name="historyDetails")
        mute(self.details)
        self.note = plain_label(name="historyNote")
        self.note.hide()

        self.edit_switch = QCheckBox(translate("HistoryWindow", "Edit"))
        self.edit_switch.setObjectName("editSwitch")
        self.edit_switch.setAccessibleName(translate("HistoryWindow", "Edit this record"))
        self.export_button = QPushButton(translate("HistoryWindow", "Export…"))
        self.export_button.setObjectName("historyExport")
        # The wrap-up again: approval, addresses, sending (ui/wrapup).
        self.wrapup_button = QPushButton(translate("HistoryWindow", "Send to participants…"))
        self.wrapup_button.setObjectName("historyWrapUp")
        self.wrapup_button.setAccessibleName(
            translate("HistoryWindow", "Send this session's documents to the participants")
        )
        self.wrapup_button.setVisible(self._show_wrapup is not None)
        self.insights_button = QPushButton(translate("HistoryWindow", "Insights…"))
        self.insights_button.setObjectName("historyInsights")  # ui/insights: for the facilitator
        self.insights_button.setAccessibleName(
            translate("HistoryWindow", "Insights on this session and its group (for you only)")
        )
        self.delete_button = QPushButton(translate("HistoryWindow", "Delete…"))
        self.delete_button.setObjectName("historyDelete")
        for button in (self.edit_switch, self.export_button, self.delete_button):
            let_space_press(button)
        self.export_button.setAccessibleName(translate("HistoryWindow", "Export this session"))
        self.delete_button.setAccessibleName(translate("HistoryWindow", "Delete this session"))
        self.export_button.setVisible(self._show_export is not None)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.edit_switch)
        actions.addStretch(1)
        actions.addWidget(self.wrapup_button)
        actions.addWidget(self.insights_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)

        self.delete_question = plain_label(
            translate(
                "HistoryWindow",
                "Delete this session for good? Its notes cannot be brought back.",
            ),
            name="deleteQuestion",
        )
        self.delete_confirm = QPushButton(translate("HistoryWindow", "Delete for good"))
        self.delete_confirm.setObjectName("deleteConfirm")
        self.delete_cancel = QPushButton(translate("HistoryWindow", "Keep it"))
        self.delete_cancel.setObjectName("deleteCancel")
        for button in (self.delete_confirm, self.delete_cancel):
            let_space_press(button)
            button.setAccessibleName(button.text())
        self.delete_frame = QFrame()
        self.delete_frame.setObjectName("deleteFrame")
        self.delete_frame.setFrameShape(QFrame.Shape.StyledPanel)
        confirm_row = QHBoxLayout(self.delete_frame)
        confirm_row.setContentsMargins(10, 6, 10, 6)
        confirm_row.addWidget(self.delete_question, 1)
        confirm_row.addWidget(self.delete_confirm)
        confirm_row.addWidget(self.delete_cancel)
        self.delete_frame.hide()

        self.saving_banner = SavingBanner()
        self.panel_holder = QVBoxLayout()
        self.panel_holder.setContentsMargins(0, 0, 0, 0)

        session_page = QWidget()
        session_page.setObjectName("historySession")
        session_layout = QVBoxLayout(session_page)
        session_layout.setContentsMargins(8, 10, 10, 6)
        session_layout.setSpacing(6)
        session_layout.addWidget(self.heading)
        session_layout.addWidget(self.details)
        session_layout.addWidget(self.note)
        session_layout.addLayout(actions)
        session_layout.addWidget(self.delete_frame)
        session_layout.addWidget(self.saving_banner)
        session_layout.addLayout(self.panel_holder, 1)

        self.right = QStackedWidget()
        self.right.addWidget(empty_page)
        self.right.addWidget(session_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("historySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 530])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        native = QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)
        self.export_button.setToolTip(
            translate("HistoryWindow", "Export this session (%1)").replace("%1", native)
        )
