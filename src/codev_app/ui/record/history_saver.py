"""Saving a record edited in the history a moment after each change, retrying on failure."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from codev_app.core.record import RecordChange, RecordPart, SessionRecord
from codev_app.persistence import problem_message
from codev_app.storage.errors import StorageError
from codev_app.storage.repository import Store

_log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
RETRY_MS = 3000


class RecordSaver(QObject):
    """Saves a record edited in the history a moment after each change; retries on failure."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        record: SessionRecord,
        *,
        on_problem: Callable[[str], None],
        on_saved: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.record = record
        self.dirty = False
        self.failing = False
        self._on_problem = on_problem
        self._on_saved = on_saved
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._unsubscribe = record.changes.subscribe(self._changed)

    def _changed(self, change: RecordChange) -> None:
        if change.field in (RecordPart.TIMINGS, RecordPart.SPEAKING):
            return
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> bool:
        """Save now if anything changed; True when everything is saved."""
        self._timer.stop()
        if not self.dirty:
            return True
        record = self.record
        try:
            self.store.save_record(self.session_id, record)
        except StorageError as error:
            _log.warning("History edit of session %s not saved yet: %s", self.session_id, error)
            self.failing = True
            self._on_problem(problem_message(error))
            self._timer.start(RETRY_MS)
            return False
        self.dirty = False
        self.failing = False
        self._on_saved()
        return True

    def stop(self) -> None:
        """Stop listening (after a last save attempt)."""
        self._timer.stop()
        self._unsubscribe()
