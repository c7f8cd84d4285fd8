"""Deleting a session from the history, with a moment to take it back.

A facilitator who deletes the wrong session must be able to undo it at once, where they look:
the history window shows "“Topic” was deleted. Undo" in place of the record, and Ctrl+Z works
too. The session is only hidden while the offer stands (:data:`UNDO_SECONDS`), then deleted from
the database for good; closing Codev deletes it for good at once. Why not a bin kept for days: a
deleted session is usually confidential notes the facilitator wants gone, and a bin would need a
new place in the database; a short, visible undo covers the slip of a click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from codev_app.storage.errors import StorageError
from codev_app.storage.repository import Store

_log = logging.getLogger(__name__)

UNDO_SECONDS = 30


class DeletionBin(QObject):
    """Sessions deleted in the history but still undoable (see the module docstring).

    ``on_deleted(session_id, error)`` is called when a session is deleted for good (``error`` is
    None) or could not be (the reason, in the facilitator's words; it is listed again).
    """

    def __init__(
        self,
        store: Store,
        *,
        on_deleted: Callable[[int, str | None], None],
        seconds: float = UNDO_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._on_deleted = on_deleted
        self._seconds = seconds
        self._timers: dict[int, QTimer] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.empty)

    @property
    def pending(self) -> frozenset[int]:
        """The sessions deleted but still undoable (hidden from the list)."""
        return frozenset(self._timers)

    def delete(self, session_id: int) -> None:
        """Hide ``session_id`` now; delete it for good when the undo time is over."""
        if session_id in self._timers:
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.commit(session_id))
        timer.start(round(self._seconds * 1000))
        self._timers[session_id] = timer

    def undo(self, session_id: int | None = None) -> int | None:
        """Bring back ``session_id`` (None: the last one deleted); the id, or None if none."""
        if session_id is None:
            if not self._timers:
                return None
            session_id = list(self._timers)[-1]
        timer = self._timers.pop(session_id, None)
        if timer is None:
            return None
        timer.stop()
        timer.deleteLater()
        return session_id

    def commit(self, session_id: int) -> bool:
        """Delete ``session_id`` for good now; False (and said) if the database refused."""
        timer = self._timers.pop(session_id, None)
        if timer is None:
            return False
        timer.stop()
        timer.deleteLater()
        try:
            self.store.delete_session(session_id)
        except StorageError as error:
            _log.warning("Session %s not deleted: %s", session_id, error)
            self._on_deleted(
                session_id,
                QCoreApplication.translate(
                    "HistoryWindow", "The session could not be deleted: %1"
                ).replace("%1", str(error)),
            )
            return False
        self._on_deleted(session_id, None)
        return True

    def empty(self) -> None:
        """Delete every pending session for good (Codev is closing)."""
        for session_id in list(self._timers):
            self.commit(session_id)
