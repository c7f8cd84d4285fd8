"""The store's housekeeping, on a worker thread: retention, the full integrity check, backups.

Each can take a second or more on a large database, so none of it runs on the GUI thread. The
worker shares the Store's one connection (the file is held exclusively, so a second connection
could not read it) and takes it for one short step at a time: a batch of sessions whose notes
retention removes, a few hundred pages of the copy, one merge of the search index. Between steps
it pauses briefly, so the GUI thread waits for one step at most (``benchmarks/storage.py``
measures the longest wait).

The whole file is checked on the copy, on the copy's own connection: the check at open is
bounded (see :mod:`codev_app.storage.database`), and this one, made after the window is usable,
sees damage anywhere. A damaged database then never becomes a backup, and the next start checks
the whole file before writing and recovers from the newest sound backup.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from codev_app.storage.database import request_check
from codev_app.storage.errors import DatabaseUnavailable, StorageError, UnavailableReason
from codev_app.storage.repository import DEFAULT_BACKUPS_KEPT, Store

_log = logging.getLogger(__name__)

#: Seconds the worker pauses between two steps, leaving the connection to the GUI thread.
STEP_PAUSE_SECONDS = 0.002


@dataclass(frozen=True)
class HousekeepingReport:
    """What the housekeeping did. ``damage`` is SQLite's finding when the check failed."""

    purged: int = 0
    backup: Path | None = None
    damage: str | None = None
    problems: tuple[str, ...] = ()
    stopped: bool = False


class _Stopped(Exception):
    pass


class Housekeeping:
    """Runs retention, then the checked copy (kept as today's backup if none was made) once.

    ``retention_months`` None keeps every note. ``on_finished`` is called on the worker thread
    with the report (the UI passes it to its own thread). :meth:`Store.close` stops the worker
    between two steps and waits for it.
    """

    def __init__(
        self,
        store: Store,
        *,
        retention_months: int | None,
        on_finished: Callable[[HousekeepingReport], None] | None = None,
        keep: int = DEFAULT_BACKUPS_KEPT,
        folder: Path | None = None,
        now: datetime | None = None,
        step_pause: float = STEP_PAUSE_SECONDS,
    ) -> None:
        self.store = store
        self.report: HousekeepingReport | None = None
        self._months = retention_months
        self._on_finished = on_finished
        self._keep = keep
        self._folder = folder
        self._now = now
        self._pause = step_pause
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="codev-housekeeping", daemon=True)
        store.when_closing(self.stop)

    def start(self) -> None:
        """Start the worker (once)."""
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        """Ask the worker to stop after its current step and wait for it."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def wait(self, timeout: float | None = None) -> HousekeepingReport | None:
        """Wait until the worker is done; its report (None if it is still running)."""
        self._thread.join(timeout)
        return self.report

    @property
    def running(self) -> bool:
        """Whether the worker is still at work."""
        return self._thread.is_alive()

    def _between_steps(self) -> None:
        if self._stop.is_set():
            raise _Stopped
        time.sleep(self._pause)
        if self._stop.is_set():
            raise _Stopped

    def _run(self) -> None:
        purged = 0
        backup: Path | None = None
        damage: str | None = None
        problems: list[str] = []
        stopped = False
        try:
            if self._months is not None:
                try:
                    purged = self.store.purge_content_older_than(
                        self._months, now=self._now, between_batches=self._between_steps
                    )
                except StorageError as error:
                    problems.append(f"Retention not applied: {error}")
            try:
                backup = self.store.make_daily_backup(
                    keep=self._keep,
                    folder=self._folder,
                    now=self._now,
                    between_steps=self._between_steps,
                )
                if backup is None:  # today's exists: the check still runs, on a copy
                    self.store.check_integrity(
                        folder=self._folder, between_steps=self._between_steps
                    )
            except DatabaseUnavailable as error:
                if error.reason is not UnavailableReason.CORRUPT:
                    problems.append(f"No daily backup today: {error}")
                else:
                    damage = error.detail
                    try:
                        request_check(self.store.path, damage)
                    except StorageError as marker_error:
                        problems.append(str(marker_error))
            except (StorageError, OSError) as error:
                problems.append(f"No daily backup today: {error}")
        except _Stopped:
            stopped = True
        report = HousekeepingReport(purged, backup, damage, tuple(problems), stopped)
        if damage is not None:
            _log.warning("The database %s is damaged: %s", self.store.path, damage)  # explained
        for problem in problems:
            _log.warning("%s", problem)
        if purged:
            _log.info("Retention: notes of %s session(s) removed", purged)
        if backup is not None:
            _log.info("Daily backup: %s", backup)
        self.report = report
        if self._on_finished is not None and not stopped:
            self._on_finished(report)
