"""Keeping the facilitator's sessions safe, for one main window.

:class:`SessionKeeping` is the Qt side of :mod:`codev_app.persistence`:

- every session made in :meth:`MainWindow.open_session` gets its row in the database at once
  (plan, title, group, mode, facilitator, participants) and a
  :class:`~codev_app.persistence.SessionKeeper` that saves it at most a second after any change,
  on ``QTimer.singleShot``. If the row cannot be written (full disk), the session starts all the
  same and Codev keeps trying; nothing is lost while the window is open.
- a save that fails shows a non-modal banner at the top of the console, which goes away as soon
  as saving works again;
- closing the session or Codev saves at once; if that fails, the window stays open and says so
  (closing again quits all the same, the facilitator decides);
- at start-up, a session that was running when Codev stopped is offered back on the welcome
  screen ("Resume", "Resume paused", "Not now", "Discard"), with the timer going on as if Codev had
  never stopped, or paused where it stopped;
- a damaged database set aside at start-up is explained on the welcome screen;
- after the first paint, once no session is open, the notes older than the retention setting are
  removed, the whole database is checked and the daily backup is made, on a worker thread that
  holds the database a few milliseconds at a time (storage.housekeeping); damage found then is
  explained on the welcome screen.

A finished session is marked finished in the database when the facilitator leaves it (or quits),
not at the moment it ends: until then "undo" may bring it back to life, and a session marked
finished would no longer be offered after a crash. A session found finished but not marked after
a crash is simply marked (it ended; everything was saved).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from codev_app.core.engine import EngineState
from codev_app.core.errors import CodevError
from codev_app.core.history import Change
from codev_app.core.record import ActionItem, RecordMode
from codev_app.core.session import LiveSession
from codev_app.core.template import dump_template
from codev_app.persistence import (
    SAVE_DELAY_SECONDS,
    ResumableSession,
    SessionKeeper,
    find_resumable,
    problem_message,
    resume,
)
from codev_app.storage.errors import StorageError
from codev_app.storage.repository import SessionMode, SessionSummary, Store
from codev_app.ui.record.banners import (
    RecoveryBanner,
    ResumeBanner,
    SavingBanner,
    interrupted_text,
)
from codev_app.ui.record.panel import NotesPanel

if TYPE_CHECKING:
    from codev_app.storage.housekeeping import Housekeeping, HousekeepingReport
    from codev_app.storage.recovery import RecoveryNote
    from codev_app.ui.console.console import ConsoleWidget
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup
    from codev_app.ui.record.history_window import HistoryWindow
    from codev_app.ui.session_controller import SessionController

_log = logging.getLogger(__name__)

RETRY_CREATE_SECONDS = 3.0
#: How long after the database opens the retention and the daily backup run (no session open).
HOUSEKEEPING_DELAY_MS = 4000


class SessionKeeping(QObject):
    """See the module docstring."""

    _housekeeping_finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keeper: SessionKeeper | None = None
        self.live: LiveSession | None = None
        self.session_id: int | None = None
        self.saving_banner: SavingBanner | None = None
        self.resume_banner: ResumeBanner | None = None
        self.recovery_banner: RecoveryBanner | None = None
        self.resumable: ResumableSession | None = None
        #: Seconds between a change and its save (tests may shorten it).
        self.save_delay = SAVE_DELAY_SECONDS
        #: True once the housekeeping's report came back (see :meth:`housekeeping`).
        self.housekeeping_done = False
        self._housekeeping: Housekeeping | None = None
        self._housekeeping_finished.connect(self._housekeeping_report)
        self._pending_setup: SessionSetup | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_create)
        self._quit_anyway = False
        self._later = False
        self._create_problem = ""
        self._scheduled: set[Callable[[], None]] = set()

    # --- time ----------------------------------------------------------------------------------

    def wall_time(self) -> float:
        """``time.time()``, or the window's injected wall clock (tests) as a timestamp."""
        clock = self.window.wall_clock
        return clock().timestamp() if clock is not None else time.time()

    def _schedule(self, delay: float, callback: Callable[[], None]) -> None:
        # Tied to this object: a callback never outlives the window. The callback is held here
        # until it runs: QTimer.singleShot alone does not keep a bound method's object alive, and
        # a keeper let go in the meantime would be called after it was freed.
        def run() -> None:
            self._scheduled.discard(run)
            callback()

        self._scheduled.add(run)
        QTimer.singleShot(max(0, round(delay * 1000)), self, run)

    # --- a session -------------------------------------------------------------------------------

    def create_row(self, setup: SessionSetup, live: LiveSession) -> int | None:
        """Save the new session's row; None when there is no database or it refuses for now."""
        store = self.window.store
        if store is None:
            _log.warning("No database: the session will not be saved")
            return None
        timers_only = live.record.mode is RecordMode.TIMERS_ONLY
        try:
            return store.create_session(
                template_id=live.template.id,
                template_toml=dump_template(live.template),
                title=setup.title,
                group_name=setup.group_name,
                mode=SessionMode.TIMERS_ONLY if timers_only else SessionMode.FULL,
                participants=[(p.name, p.role.value) for p in live.roster.participants],
                facilitator=setup.facilitator,
            )
        except StorageError as error:
            _log.warning("The new session could not be saved yet: %s", error)
            self._pending_setup = setup
            self._create_problem = problem_message(error)
            return None

    def attach(self, live: LiveSession, console: ConsoleWidget, session_id: int | None) -> None:
        """Keep ``live`` saved from now on; problems show on ``console``."""
        pending = self._pending_setup  # a row still to be written (see create_row)
        self.detach()
        self._pending_setup = pending if session_id is None else None
        self.live = live
        self.session_id = session_id
        banner = SavingBanner()
        layout = console.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, banner)
        self.saving_banner = banner
        self._unsubscribe = live.changed.subscribe(self._on_session_change)
        if session_id is not None:
            self._keep(session_id)
            self._show_previous_plan(console, session_id)
        elif self.window.store is not None:
            banner.show_problem(self._create_problem)
            self._retry_timer.start(round(RETRY_CREATE_SECONDS * 1000))
        self.window.current_session_id = session_id
        self._reload_history()

    def _history_window(self) -> HistoryWindow | None:
        entry = getattr(self.window, "history", None)
        window = getattr(entry, "history_window", None)
        return window if window is not None and shiboken6.isValid(window) else None

    def _reload_history(self) -> None:
        # The history must not edit the session the console edits (nor show it as it was).
        window = self._history_window()
        if window is not None:
            window.reload()

    def _show_previous_plan(self, console: ConsoleWidget, session_id: int) -> None:
        store, panel = self.window.store, console.findChild(NotesPanel)
        if store is None or panel is None:
            return
        found = previous_plan(store, session_id)
        if found is not None:
            summary, steps = found
            day = QLocale(self.window.language).toString(
                QDate(*summary.created_at.astimezone().timetuple()[:3]), "d MMMM"
            )
            panel.show_previous_plan(day, summary.client_name, steps)

    def _keep(self, session_id: int) -> None:
        store, live = self.window.store, self.live
        assert store is not None and live is not None
        keeper = SessionKeeper(
            store,
            session_id,
            live,
            scheduler=self._schedule,
            wall_clock=self.wall_time,
            delay_seconds=self.save_delay,
        )
        banner = self.saving_banner
        if banner is not None:
            keeper.problem.subscribe(banner.show_problem)
            keeper.recovered.subscribe(banner.hide_problem)
        keeper.recovered.subscribe(
            lambda _message: self._say(
                QCoreApplication.translate("SessionKeeping", "Codev can save again.")
            )
        )
        self.keeper = keeper
        self.session_id = session_id
        self.window.current_session_id = session_id

    def _retry_create(self) -> None:
        setup, live = self._pending_setup, self.live
        if setup is None or live is None or self.keeper is not None:
            return
        session_id = self.create_row(setup, live)
        if session_id is None:
            self._retry_timer.start(round(RETRY_CREATE_SECONDS * 1000))
            return
        self._pending_setup = None
        self._keep(session_id)
        if self.saving_banner is not None:
            self.saving_banner.hide_problem()

    def _on_session_change(self, _change: Change) -> None:
        live, keeper = self.live, self.keeper
        if live is not None and keeper is not None and live.state is EngineState.FINISHED:
            keeper.flush_now()  # the session ended: on disk now, not in a second

    def flush(self) -> bool:
        """Save the open session now; True when everything is saved (or nothing is open)."""
        if self.live is None:
            return True
        if self.keeper is None:
            return self.window.store is None  # no database at all: nothing can be done
        return self.keeper.flush_now()

    def close_session(self) -> bool:
        """Save and stop keeping the open session (marked finished if it is). False when it
        could not be saved: the session stays open, and the facilitator is told."""
        if self.live is None:
            return True
        if not self.flush():
            self._say(
                QCoreApplication.translate(
                    "SessionKeeping",
                    "Codev could not save this session, so it stays open. Free some space or "
                    "check the disk, then close it again.",
                )
            )
            return False
        keeper, live = self.keeper, self.live
        if keeper is not None and live.state is EngineState.FINISHED:
            try:
                keeper.store.finish_session(keeper.session_id)
            except StorageError as error:  # harmless: offered once more at the next start
                _log.warning("Session %s not marked finished: %s", keeper.session_id, error)
        self.detach()
        self._reload_history()
        return True

    def detach(self) -> None:
        """Stop keeping the session (already saved, or never to be)."""
        if self.keeper is not None:
            self.keeper.close()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._retry_timer.stop()
        self.keeper = self.live = self._unsubscribe = self._pending_setup = None
        self.session_id = None
        self.saving_banner = None
        self.window.current_session_id = None

    def may_quit(self) -> bool:
        """Before Codev closes: save. False (once) when that failed, to keep the window open."""
        history = self._history_window()
        saved = history.flush() if history is not None else True
        if (self.flush() and saved) or self._quit_anyway:
            if self.live is not None and self.live.state is EngineState.FINISHED:
                self.close_session()
            elif self.keeper is not None:
                self.keeper.close()
            return True
        self._quit_anyway = True
        self._say(
            QCoreApplication.translate(
                "SessionKeeping",
                "Codev could not save the last changes. Keep Codev open: it tries again every "
                "few seconds. To quit anyway (the last changes would be lost), close it again.",
            )
        )
        return False

    def _say(self, text: str) -> None:
        console = self.window.console
        if console is not None:
            console.show_notice(text)
        else:
            self.window.statusBar().showMessage(text, 15_000)

    # --- start-up ------------------------------------------------------------------------------

    def store_ready(self, messages: Sequence[RecoveryNote] = ()) -> None:
        """The database is open: explain a repair, offer an interrupted session, and later (no
        session open) apply the retention and make the daily backup."""
        if messages:
            banner = self._recovery_banner()
            banner.show_notes(list(messages))
        self.offer_resume()
        QTimer.singleShot(HOUSEKEEPING_DELAY_MS, self, self.housekeeping)

    def _welcome_banner(self, banner: QWidget) -> None:
        # At the top of the welcome screen's column, above the heading.
        column = self.window.welcome.heading.parentWidget()
        layout = column.layout() if column is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, banner)

    def _recovery_banner(self) -> RecoveryBanner:
        if self.recovery_banner is None:
            self.recovery_banner = RecoveryBanner()
            self._welcome_banner(self.recovery_banner)
        return self.recovery_banner

    def offer_resume(self) -> ResumableSession | None:
        """Show "A session was interrupted…" for the session Codev can bring back, if any."""
        store = self.window.store
        if store is None or self._later or self.window.console is not None:
            return None
        try:
            resumable = find_resumable(store)
            while resumable is not None and resumable.state is EngineState.FINISHED:
                # It had ended; only the "finished" mark was missing.
                store.finish_session(resumable.session_id)
                resumable = find_resumable(store)
        except StorageError as error:
            _log.warning("Could not look for an interrupted session: %s", error)
            return None
        self.resumable = resumable
        if resumable is None:
            if self.resume_banner is not None:
                self.resume_banner.hide()
            return None
        banner = self._resume_banner()
        question = interrupted_text(resumable.saved_at, self._now(), self.window.language)
        banner.offer(
            question, self._describe(resumable), paused_by_default=self._paused_by_default()
        )
        self._offer_sharing(banner, resumable)
        return resumable

    def _offer_sharing(self, banner: ResumeBanner, resumable: ResumableSession) -> None:
        from codev_app.ui.cofacilitation.resuming import offer_sharing

        if self.window.store is not None:
            offer_sharing(banner, self.window.store, resumable.session_id)

    def _now(self) -> datetime:
        clock = self.window.wall_clock
        return clock() if clock is not None else datetime.now()

    @staticmethod
    def _paused_by_default() -> bool:
        from codev_app.settings import load_settings

        return load_settings()[0].resume_paused_after_crash

    def _describe(self, resumable: ResumableSession) -> str:
        row = resumable.session
        language = self.window.language
        parts = [row.title or row.case_title or resumable.template.name.get(language)]
        if row.group_name:
            parts.append(row.group_name)
        state = {
            EngineState.NOT_STARTED: QCoreApplication.translate("SessionKeeping", "not started"),
            EngineState.PAUSED: QCoreApplication.translate("SessionKeeping", "paused"),
            EngineState.RUNNING: QCoreApplication.translate("SessionKeeping", "running"),
        }.get(resumable.state, "")
        if state:
            parts.append(state)
        return " · ".join(part for part in parts if part)

    def _resume_banner(self) -> ResumeBanner:
        if self.resume_banner is None:
            banner = ResumeBanner()
            banner.resume_requested.connect(self.resume)
            banner.later_requested.connect(self.later)
            banner.discard_requested.connect(self.discard)
            self._welcome_banner(banner)
            self.resume_banner = banner
        return self.resume_banner

    def resume(self, paused: bool) -> SessionController | None:
        """Bring the interrupted session back in the console (paused, or going on)."""
        store, resumable = self.window.store, self.resumable
        if store is None or resumable is None or self.window.console is not None:
            return None
        if self._resume_sharing(store, resumable):
            return None
        try:
            live = resume(
                store, resumable, self.window.clock, paused=paused, wall_clock=self.wall_time
            )
        except (CodevError, StorageError, ValueError, KeyError) as error:
            _log.warning("Session %s could not be resumed: %s", resumable.session_id, error)
            banner = self._resume_banner()
            banner.say(
                QCoreApplication.translate(
                    "SessionKeeping", "This session cannot be resumed; it stays in the history."
                ),
                str(error),
            )
            for button in (banner.resume_button, banner.paused_button):
                button.hide()
            return None
        if self.resume_banner is not None:
            self.resume_banner.hide()
        self.resumable = None
        return self.window.open_session(
            setup_of(resumable, live), start=False, live=live, session_id=resumable.session_id
        )

    def _resume_sharing(self, store: Store, resumable: ResumableSession) -> bool:
        """Resume a session still shared with its sharing (on the event loop); False if none."""
        from codev_app.ui.cofacilitation.resuming import resume_sharing, saved_sharing
        from codev_app.ui.cofacilitation.sharing import run_soon

        saved = saved_sharing(store, resumable.session_id)
        if saved is None:
            return False
        banner = self._resume_banner()
        for button in (banner.resume_button, banner.paused_button):
            button.hide()
        self.resumable = None

        async def run() -> None:
            if await resume_sharing(self.window, resumable, saved):
                banner.hide()
                return
            self.resumable = resumable  # not followable: resumed as this machine saved it
            try:
                store.shared_documents.end(resumable.session_id)
            except StorageError as error:
                _log.warning("The end of the sharing was not kept: %s", error)
            self.resume(paused=False)

        run_soon(run())
        return True

    def later(self) -> None:
        """Not now: asked again at the next start."""
        self._later = True
        if self.resume_banner is not None:
            self.resume_banner.hide()

    def discard(self) -> None:
        """Do not resume: the session ends as it stands; its notes stay in the history."""
        store, resumable = self.window.store, self.resumable
        if store is None or resumable is None:
            return
        try:
            store.finish_session(resumable.session_id)
        except StorageError as error:
            _log.warning("Session %s not marked finished: %s", resumable.session_id, error)
        self.resumable = None
        if self.resume_banner is not None:
            self.resume_banner.hide()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "SessionKeeping", "The interrupted session was ended; its notes are in the history."
            ),
            15_000,
        )
        self.offer_resume()

    def session_closed(self) -> None:
        """Back on the welcome screen: what waited for the session to end may run now."""
        self.offer_resume()
        if self._housekeeping is None:
            QTimer.singleShot(HOUSEKEEPING_DELAY_MS, self, self.housekeeping)

    # --- housekeeping --------------------------------------------------------------------------

    def housekeeping(self) -> None:
        """Retention, the full check and the daily backup: once per run, started when no session
        is open, on a worker thread (storage.housekeeping); its report comes back here."""
        store = self.window.store
        if self._housekeeping is not None or store is None:
            return
        if self.window.console is not None:
            return  # tried again when the session closes
        from codev_app.settings import load_settings
        from codev_app.storage.housekeeping import Housekeeping

        self._housekeeping = Housekeeping(
            store,
            retention_months=load_settings()[0].retention_months,
            on_finished=self._pass_report,
        )
        self._housekeeping.start()

    def _pass_report(self, report: HousekeepingReport) -> None:
        # On the worker thread: the signal queues the report to this object's (GUI) thread.
        if shiboken6.isValid(self):
            self._housekeeping_finished.emit(report)

    def _housekeeping_report(self, report: HousekeepingReport) -> None:
        self.housekeeping_done = True
        if report.damage is None or self.window.store is None:
            return
        banner = self._recovery_banner()
        banner.say(
            QCoreApplication.translate(
                "SessionKeeping",
                "Codev found damage in its database %1. It has not changed the file and made no "
                "backup of it. Quit Codev and start it again: Codev will then set the file aside "
                "and start from its newest sound backup.",
            ).replace("%1", str(self.window.store.path)),
            report.damage,
        )


def setup_of(resumable: ResumableSession, live: LiveSession) -> SessionSetup:
    """What the new-session page would have chosen for a session brought back after a crash."""
    from codev_app.ui.new_session import SessionSetup

    row = resumable.session
    client = live.roster.client
    return SessionSetup(
        template=live.template,
        participants=tuple(person.name for person in live.roster.participants),
        client=client.name if client is not None else None,
        title=row.title,
        group_name=row.group_name,
        timers_only=live.record.mode is RecordMode.TIMERS_ONLY,
        facilitator=row.facilitator,
    )


def previous_plan(
    store: Store, session_id: int
) -> tuple[SessionSummary, tuple[ActionItem, ...]] | None:
    """The action plan of the group's previous finished session (for the opening's follow-up).

    None when the session has no group, the group met no earlier, or its last client left with
    no plan.
    """
    try:
        group = store.get_session(session_id).group_name
        if not group:
            return None
        for summary in store.list_history(limit=100):
            if summary.id == session_id or summary.group_name != group or not summary.finished:
                continue
            record = store.load_record(summary.id)
            if record is None:
                return None
            steps = record.action_items
            return (summary, steps) if steps else None
    except StorageError as error:
        _log.warning("The previous action plan could not be read: %s", error)
    return None
