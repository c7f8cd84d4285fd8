"""The history window: past sessions, searched as one types, each record shown read-only.

Opened by :class:`codev_app.ui.history.HistoryEntry` (Session > History…, Ctrl+H, or the welcome
screen's button), beside the main window (never modal: a session may be running). On the left,
the sessions, newest first (date, group, client, topic) and a search field that filters as one
types, over titles, groups, clients, questions and every note (the database ignores case and
accents: "delegation" finds "Délégation"). On the right, the chosen session's record in the same
panels as during the session, read-only, with an explicit "Edit" switch; edits are saved a
moment after typing. A session can be deleted for good after an inline confirmation, and
exported when the window is given a way to open the export window (``show_export``).

It receives the services it uses (the store, the language, which session the console has open,
how to export and where to say a word), not the main window.

The session open in the console is shown as last saved and cannot be edited or deleted here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from codev_app.core.bundle import SessionBundle
from codev_app.core.errors import CodevError
from codev_app.core.record import RecordMode
from codev_app.storage.errors import StorageError
from codev_app.storage.repository import SessionSummary, Store
from codev_app.ui.record.fields import GrowingTextEdit
from codev_app.ui.record.history_bin import UNDO_SECONDS, DeletionBin
from codev_app.ui.record.history_layout import HistoryLayout, keep_room_for_buttons
from codev_app.ui.record.history_saver import RecordSaver
from codev_app.ui.record.history_texts import (
    session_details,
    session_item,
    session_note,
    session_title,
)
from codev_app.ui.record.panel import NotesPanel
from codev_app.ui.screen_fit import fit_in_screen

_log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150


class HistoryWindow(HistoryLayout):
    """See the module docstring.

    ``console_session`` tells which session the console has open (None: none), ``show_export``
    opens the export window for a session (None: no Export button), ``tell`` shows a short
    message in the main window's status bar.
    """

    def __init__(
        self,
        store: Store,
        *,
        language: str,
        console_session: Callable[[], int | None] = lambda: None,
        show_export: Callable[[int], object] | None = None,
        show_wrapup: Callable[[int], object] | None = None,
        tell: Callable[[str], None] = lambda _text: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("historyWindow")
        self.store = store
        self.language = language
        self._console_session = console_session
        self._show_export = show_export
        self._show_wrapup = show_wrapup
        self._tell = tell
        self.date_locale = QLocale(self.language)
        self.session_id: int | None = None
        self.bundle: SessionBundle | None = None
        self.panel: NotesPanel | None = None
        self.saver: RecordSaver | None = None
        self._pending: list[RecordSaver] = []
        self.summaries: list[SessionSummary] = []
        self.bin = DeletionBin(store, on_deleted=self._deleted_for_good, parent=self)
        self.setWindowTitle(QCoreApplication.translate("HistoryWindow", "History — Codev"))
        self.setAccessibleName(QCoreApplication.translate("HistoryWindow", "History"))
        self._build()
        self._connect()
        fit_in_screen(self, QSize(1000, 680))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(lambda _text: self._search_timer.start(SEARCH_DELAY_MS))
        self.refresh_list()

    # --- signals and shortcuts ---------------------------------------------------------------

    def _connect(self) -> None:
        self.listing.currentItemChanged.connect(
            lambda item, _previous: self.open_session(
                None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))
            )
        )
        self.edit_switch.toggled.connect(self.set_editing)
        self.export_button.clicked.connect(self.export)
        self.wrapup_button.clicked.connect(self.wrap_up)
        self.insights_button.clicked.connect(self.show_insights)
        self.delete_button.clicked.connect(self.ask_delete)
        self.delete_confirm.clicked.connect(self.delete_current)
        self.delete_cancel.clicked.connect(self.cancel_delete)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.focus_search)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        # Ctrl+E exports the chosen session, as Session > Export does in the main window.
        export = QAction(self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export)
        undo = QAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self._undo_key)
        self.addActions([find, close, export, undo])

    # --- the list ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the keyboard in the search field, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh_list(self) -> None:
        """Fill the list from the database (filtered by the search), keeping the choice."""
        self._search_timer.stop()
        query = self.search.text()
        try:
            summaries = self.store.search_sessions(query)
        except StorageError as error:
            _log.warning("History not read: %s", error)
            self.count.setText(
                QCoreApplication.translate("HistoryWindow", "The history cannot be read now.")
            )
            return
        hidden = self.bin.pending  # deleted, still undoable
        summaries = [summary for summary in summaries if summary.id not in hidden]
        self.summaries = summaries
        chosen = self.session_id
        blocked = self.listing.blockSignals(True)
        self.listing.clear()
        items = [session_item(summary, self.date_locale) for summary in summaries]
        self.listing.addTopLevelItems(items)
        for item in items:
            if int(item.data(0, Qt.ItemDataRole.UserRole)) == chosen:
                self.listing.setCurrentItem(item)
        self.listing.blockSignals(blocked)
        if query.strip():
            text = self.tr("%n session(s) found.", "", len(summaries))
        else:
            text = self.tr("%n session(s), newest first.", "", len(summaries))
        self.count.setText(text)

    def select(self, session_id: int) -> bool:
        """Choose a session in the list (as a click would); False if it is not listed."""
        for index in range(self.listing.topLevelItemCount()):
            item = self.listing.topLevelItem(index)
            if item is not None and int(item.data(0, Qt.ItemDataRole.UserRole)) == session_id:
                self.listing.setCurrentItem(item)
                return True
        return False

    # --- the chosen session --------------------------------------------------------------------

    def open_session(self, session_id: int | None) -> None:
        """Show a session's record read-only (None: nothing chosen)."""
        if session_id == self.session_id and self.panel is not None:
            return
        self._leave_session()
        self.cancel_delete()
        if session_id is None:
            self.right.setCurrentIndex(0)
            return
        translate = QCoreApplication.translate
        try:
            bundle = self.store.load_bundle(session_id)
            saved = bundle.saved_session()
            # The notes panel shows (and edits) the record of a live session.
            live = bundle.live_session()
        except (StorageError, CodevError) as error:
            _log.warning("Session %s cannot be shown: %s", session_id, error)
            self.session_id = session_id
            self.bundle = None
            self.heading.setText(translate("HistoryWindow", "This session cannot be shown."))
            self.details.setText(str(error))
            self.note.hide()
            self.edit_switch.setEnabled(False)
            self.export_button.setEnabled(False)
            self.wrapup_button.setEnabled(False)
            self.delete_button.setEnabled(not self._is_open_in_console(session_id))
            self.right.setCurrentIndex(1)
            return
        self.session_id, self.bundle = session_id, bundle
        summary = next((item for item in self.summaries if item.id == session_id), None)
        self.heading.setText(session_title(bundle, summary, self.language))
        self.details.setText(session_details(saved, self.date_locale, self.language))
        note = session_note(bundle, summary, open_in_console=self._is_open_in_console(session_id))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        editable = not note and bundle.record.mode is RecordMode.FULL
        blocked = self.edit_switch.blockSignals(True)
        self.edit_switch.setChecked(False)
        self.edit_switch.blockSignals(blocked)
        self.edit_switch.setEnabled(editable)
        self.export_button.setEnabled(True)
        self.wrapup_button.setEnabled(True)
        self.delete_button.setEnabled(not self._is_open_in_console(session_id))
        self.saving_banner.hide()
        self.panel = NotesPanel(live, language=self.language, read_only=True, follow=False)
        keep_room_for_buttons(self.panel)
        # Room for the scroll bar that editing may need, so the fields never get narrower.
        self.panel.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.panel_holder.addWidget(self.panel)
        self.right.setCurrentIndex(1)

    def _is_open_in_console(self, session_id: int) -> bool:
        return self._console_session() == session_id

    def set_editing(self, editing: bool) -> None:
        """The "Edit" switch: the record can be changed (and is saved as it is typed)."""
        panel, bundle, session_id = self.panel, self.bundle, self.session_id
        if panel is None or bundle is None or session_id is None:
            return
        if editing and self.saver is None:
            self.saver = RecordSaver(
                self.store,
                session_id,
                bundle.record,
                on_problem=self.saving_banner.show_problem,
                on_saved=self._saved,
                parent=self,
            )
        if not editing and self.saver is not None:
            self.saver.flush()
        # Ticking "Edit" must not move what is under the pointer: fields keep their read-only
        # height (they grow as text is typed), hidden buttons keep their room, and the groups
        # that appear for editing (the empty ones) come into view without pushing the shown
        # ones away: the list scrolls by as much as they would have moved.
        shown = panel.shown_groups()
        anchor = panel.groups[shown[0]] if shown else None
        top = anchor.mapTo(self, QPoint(0, 0)).y() if anchor is not None else 0
        panel.set_read_only(not editing)
        for field in panel.findChildren(GrowingTextEdit):
            field.set_compact(True)
        if anchor is not None:
            for _round in range(3):  # nested layouts settle one level per round
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            bar = panel.scroll_area.verticalScrollBar()
            bar.setValue(bar.value() + anchor.mapTo(self, QPoint(0, 0)).y() - top)

    def _saved(self) -> None:
        self.saving_banner.hide_problem()

    def _leave_session(self) -> None:
        """Save the shown session's edits (still retried in the background if that fails)."""
        saver = self.saver
        if saver is not None:
            if not saver.flush():
                self._pending.append(saver)  # keeps retrying; the record stays in memory
            else:
                saver.stop()
            self.saver = None
        still_unsaved = []
        for pending in self._pending:
            if pending.dirty:
                still_unsaved.append(pending)
            else:
                pending.stop()
        self._pending = still_unsaved
        if self.panel is not None:
            self.panel.stop_listening()
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        self.session_id = None
        self.bundle = None

    def reload(self) -> None:
        """Read the list and the chosen session again (a session opened or left the console)."""
        self.flush()
        chosen = self.session_id
        self._leave_session()
        self.refresh_list()
        if chosen is not None and not self.select(chosen):
            self.right.setCurrentIndex(0)

    def flush(self) -> bool:
        """Save every edit made here; True when all are saved."""
        savers = [*self._pending, *([self.saver] if self.saver is not None else [])]
        return all([saver.flush() for saver in savers])

    # --- export and delete ---------------------------------------------------------------------

    def wrap_up(self) -> object:
        """Show the chosen session's wrap-up in the main window (approval, sending)."""
        if self.session_id is None or self._show_wrapup is None:
            return None
        return self._show_wrapup(self.session_id)

    def show_insights(self) -> QWidget | None:
        """The chosen session's insights and its group's, in their own window."""
        if self.session_id is None:
            return None
        from codev_app.ui.insights.window import InsightsWindow

        self.insights_window = InsightsWindow(self.store, self.session_id, self.language)
        self.insights_window.show()
        return self.insights_window

    def export(self) -> object:
        """Open the export window for the chosen session (when Codev has one)."""
        if self.session_id is None or self._show_export is None:
            return None
        if self.saver is not None:
            self.saver.flush()
        return self._show_export(self.session_id)

    def ask_delete(self) -> None:
        """Ask, inline, before deleting for good."""
        if self.session_id is None or self._is_open_in_console(self.session_id):
            return
        self.delete_frame.show()
        self.delete_cancel.setFocus()

    def cancel_delete(self) -> None:
        """Keep the session."""
        self.delete_frame.hide()

    def delete_current(self) -> bool:
        """Delete the chosen session (after the inline question), with a moment to undo it:
        see :mod:`codev_app.ui.record.history_bin`."""
        session_id = self.session_id
        if session_id is None or self._is_open_in_console(session_id):
            return False
        title = self.heading.text()
        self.flush()  # an edit made just before is kept if the deletion is undone
        self.cancel_delete()
        self._leave_session()
        self.bin.delete(session_id)
        self.right.setCurrentIndex(0)
        self.refresh_list()
        text = self.tr(
            "“%1” was deleted. You can still bring it back for %n second(s).", "", UNDO_SECONDS
        ).replace("%1", title)

        def undo() -> None:
            self.undo_delete(session_id)

        self.undo_bar.show_message(
            text, [(QCoreApplication.translate("HistoryWindow", "&Undo"), undo)]
        )
        self.undo_bar.buttons[0].setFocus()
        self._tell(QCoreApplication.translate("HistoryWindow", "The session was deleted."))
        return True

    def undo_delete(self, session_id: int | None = None) -> bool:
        """Bring back a session deleted a moment ago (None: the last one); shown again."""
        restored = self.bin.undo(session_id)
        if restored is None:
            return False
        self.undo_bar.clear()
        self.refresh_list()
        self.select(restored)
        self.listing.setFocus()
        self._tell(QCoreApplication.translate("HistoryWindow", "The session is back."))
        return True

    def _undo_key(self) -> None:
        if self.bin.pending and self.right.currentIndex() == 0:
            self.undo_delete()

    def _deleted_for_good(self, session_id: int, problem: str | None) -> None:
        if problem is not None:
            self.undo_bar.show_message(problem)
            self.refresh_list()
        elif not self.bin.pending:
            self.undo_bar.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
