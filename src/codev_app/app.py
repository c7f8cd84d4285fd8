"""Starting the Codev window: application, language, font, log, error hook, database, event loop.

Start-up is ordered so that the window is usable about as early as a bare Qt window is painted:

1. log file and the language setting, then the modules the usable window needs that import no Qt
   (:data:`BEFORE_QT_MODULES`), before Qt is imported (see :func:`run_gui`), then the Qt
   application, translators, bundled font, error hook;
2. the main window with what the usable window needs: the other settings (a message in the status
   bar if some could not be read), the template list (from the compiled index, see
   :mod:`codev_app.core.template_index`), then shown, complete (painted once, by the event
   loop); then the database (a file Codev cannot use gives a clear message over the window and
   Codev closes without touching it);
3. Qt's event loop, and in its first turns, one step at a time (:class:`Deferred`): the rotating
   log and the version, the window icon, asyncio with qasync (whose import alone costs about a
   quarter of a bare Qt start; only sending mail uses it), then the modules the first session
   needs (:data:`FIRST_USE_MODULES`), so that it opens as fast as if they had been imported.

``CODEV_BENCH_USABLE=1`` makes Codev print :data:`USABLE_MARKER` once the window is usable (the
event loop running, the database open, the welcome screen painted with its templates) and exit:
``benchmarks/startup.py`` times that. ``CODEV_SELF_CHECK=1`` makes it start fully, print where it
found its resources and quit (see :mod:`codev_app.self_check`).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codev_app import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QtMsgType, QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

    from codev_app.paths import FolderProblem
    from codev_app.storage import Store
    from codev_app.storage.recovery import RecoveryNote
    from codev_app.ui.main_window import MainWindow

APPLICATION_NAME = "codev"
APPLICATION_DISPLAY_NAME = "Codev"
ORGANIZATION_NAME = "Codev"
# Matches packaging/linux/io.github.codev.Codev.desktop (taskbar icon and grouping on Wayland).
DESKTOP_FILE_NAME = "io.github.codev.Codev"
LOG_FILE_NAME = "codev.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
BENCH_USABLE_ENV = "CODEV_BENCH_USABLE"
SELF_CHECK_ENV = "CODEV_SELF_CHECK"
USABLE_MARKER = "codev-usable"
EXIT_OK = 0
# Imported one per event-loop turn once the window is usable: what the first new session and its
# console need, so that neither waits for an import when the facilitator asks for it.
FIRST_USE_MODULES = (
    "codev_app.core.session",
    "codev_app.core.library",  # the new-session page reads the templates in full
    "codev_app.storage.mapping",
    "codev_app.ui.new_session",
    "codev_app.core.setup",
    "codev_app.ui.session_controller",
    "codev_app.ui.console.console",
    "codev_app.ui.console.speakers",
    "codev_app.ui.record.panel",
    "codev_app.ui.wrapup.entry",
)
# What the usable window needs that imports no Qt: imported before PySide6 (see run_gui).
BEFORE_QT_MODULES = (
    "codev_app.fonts",
    "codev_app.version",
    "codev_app.core.clock",
    "codev_app.settings",
    "codev_app.core.events",
    "codev_app.template_library",
    "codev_app.core.template_index",
    "codev_app.storage.recovery",
)
EXIT_NO_DISPLAY = 1
EXIT_DATABASE_UNAVAILABLE = 3
EXIT_FOLDER_UNAVAILABLE = 4

_log = logging.getLogger("codev")
_our_handlers: list[logging.Handler] = []


# --- log -----------------------------------------------------------------------------------------


def configure_logging(
    log_dir: Path, *, rotate: bool = True, stderr_level: int = logging.WARNING
) -> Path:
    """Log to ``log_dir/codev.log`` and warnings to stderr; returns the log file's path.

    With ``rotate`` the file is rotated (4 files of 1 MB at most). Without it, a plain file handler
    writes to the same file: start-up uses it until the window is painted, because importing
    ``logging.handlers`` costs ~14 ms. Calling again replaces the handlers added before.
    """
    log_file = log_dir / LOG_FILE_NAME
    stop_logging()
    root = logging.getLogger()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler: logging.FileHandler
    if rotate:
        from logging.handlers import RotatingFileHandler

        class _PrivateRotatingFileHandler(RotatingFileHandler):
            _open = _open_private  # also each new file after a rotation

        file_handler = _PrivateRotatingFileHandler(
            log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
    else:
        file_handler = _PrivateFileHandler(log_file, encoding="utf-8", delay=True)
    file_handler.setFormatter(formatter)
    file_handler.setLevel(logging.INFO)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setFormatter(formatter)
    stderr_handler.setLevel(stderr_level)
    for handler in (file_handler, stderr_handler):
        _our_handlers.append(handler)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return log_file


def _open_private(handler: logging.FileHandler) -> Any:
    """The log file opened for appending, readable by the user only (0600 whatever the umask,
    also when an older Codev left it 0644): it names people and sessions."""
    descriptor = os.open(handler.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    if os.name != "nt":
        os.fchmod(descriptor, 0o600)
    return open(descriptor, "a", encoding=handler.encoding, errors=handler.errors)


class _PrivateFileHandler(logging.FileHandler):
    _open = _open_private


def stop_logging() -> None:
    """Remove and close the handlers :func:`configure_logging` added."""
    root = logging.getLogger()
    while _our_handlers:
        handler = _our_handlers.pop()
        root.removeHandler(handler)
        handler.close()


def _qt_message_handler() -> Callable[[QtMsgType, Any, str], None]:
    from PySide6.QtCore import QtMsgType

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handle(kind: QtMsgType, _context: Any, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    return handle


# --- application ---------------------------------------------------------------------------------


def has_display(environ: dict[str, str] | None = None) -> bool:
    """Whether a window can be shown. On Linux without a display, Qt would abort the process."""
    environ = dict(os.environ) if environ is None else environ
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def describe_application(app: QApplication) -> None:
    """Names the platform shows (task bar, about box, Wayland app id); the version is set once
    the window is usable (see :func:`run_gui`)."""
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_DISPLAY_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)


def app_icon_path() -> Path:
    """The application icon (SVG)."""
    from codev_app.resources_path import resource_dir

    return resource_dir("icons", "codev.svg")


def open_store(parent: QWidget | None = None) -> tuple[Store | None, list[RecoveryNote]]:
    """Open the notes database; returns it with what to tell the facilitator about it.

    A damaged database is set aside (renamed, never changed) and the newest sound backup takes
    its place: Codev starts, and the messages say what happened (the window shows them calmly).
    A database that cannot be used for another reason (held by another program, read-only,
    newer version) gives a message naming the file and what to do, and None: Codev has not
    changed the file.
    """
    from codev_app import paths
    from codev_app.storage import DatabaseUnavailable, StorageError, UnavailableReason
    from codev_app.storage.recovery import open_store_with_recovery
    from codev_app.ui.errors import database_unavailable_box

    try:
        store, messages = open_store_with_recovery(paths.database_path())
    except DatabaseUnavailable as error:
        # Handled: the facilitator is told in a dialog; a warning, not an error of Codev's.
        _log.warning("Database unavailable (%s): %s [%s]", error.reason, error, error.detail)
        database_unavailable_box(error, parent).exec()
        return None, []
    except StorageError as error:  # a backup could not be put back in place
        _log.error("Database could not be restored: %s", error)
        unusable = DatabaseUnavailable(
            paths.database_path(), UnavailableReason.IO_ERROR, str(error)
        )
        database_unavailable_box(unusable, parent).exec()
        return None, []
    for message in messages:
        _log.warning("%s", message)
    return store, messages


def _handle_loop_exception(hook: Callable[..., None]) -> Callable[[Any, dict[str, Any]], None]:
    # Errors in asyncio tasks and callbacks reach the same hook as the others.
    def handle(_loop: Any, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            hook(type(error), error, error.__traceback__)
        else:
            _log.error("asyncio: %s", context.get("message", context))

    return handle


def start_asyncio(app: QApplication, hook: Callable[..., None]) -> Callable[[], None]:
    """Join asyncio (qasync) to Qt's running event loop; returns what undoes it once Qt's loop
    has returned.

    Called from inside the running loop, after the first usable paint: importing asyncio and
    qasync costs about a quarter of a bare Qt start, and only sending mail uses asyncio. Work
    that must finish before Codev closes belongs in ``aboutToQuit`` handlers, which run
    synchronously.
    """
    os.environ.setdefault("QT_API", "pyside6")  # qasync would pick PyQt if it were installed
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app, already_running=True)
    loop.set_exception_handler(_handle_loop_exception(hook))
    asyncio.set_event_loop(loop)

    def stop() -> None:
        asyncio.events._set_running_loop(None)
        loop.stop()  # qasync's "running" flag; Qt's loop has already returned
        loop.close()
        asyncio.set_event_loop(None)

    return stop


def run_event_loop(app: QApplication, deferred: Deferred) -> int:
    """Run Qt's event loop until the application quits; ``deferred`` runs in its first turns."""
    deferred.start()
    try:
        app.exec()
    finally:
        deferred.finish()
    return EXIT_OK


class Deferred:
    """Start-up steps the usable window does without, one per turn of the event loop once it
    runs (so that none holds a key press or a repaint for long), in the order added.

    :meth:`finish` runs what is left (a very short run) and then the undo steps, last first.
    """

    def __init__(self) -> None:
        self._steps: list[tuple[Callable[[], Callable[[], None] | None], bool]] = []
        self._undo: list[Callable[[], None]] = []
        self._timer: Any = None

    def add(self, step: Callable[[], Callable[[], None] | None], *, at_exit: bool = False) -> None:
        """Add ``step``; when it returns a function, :meth:`finish` calls it. A step left when
        the loop ends is dropped, unless ``at_exit`` (it must happen in every run)."""
        self._steps.append((step, at_exit))

    def start(self) -> None:
        """Run the steps from the event loop, one per turn."""
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_next)
        self._timer.start()

    def run_next(self) -> bool:
        """Run the next step; False when there was none left."""
        if not self._steps:
            if self._timer is not None:
                self._timer.stop()
            return False
        step, _at_exit = self._steps.pop(0)
        undo = step()
        if undo is not None:
            self._undo.append(undo)
        return True

    def run_all(self) -> None:
        """Run every step left, now."""
        while self.run_next():
            pass

    def finish(self) -> None:
        """Run the remaining ``at_exit`` steps, then undo what the steps asked to be undone."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._steps = [(step, at_exit) for step, at_exit in self._steps if at_exit]
        self.run_all()
        while self._undo:
            self._undo.pop()()


def run_gui(language: str | None = None) -> int:
    """Start the Codev window; returns the process exit code.

    ``language`` ("fr" or "en") overrides the settings, which override the system's language.
    """
    if not has_display():
        i18n.set_plain_language(i18n.choose_language(language, None, i18n.system_language()))
        message = i18n.translate(
            "cli",
            "Codev cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from your desktop session. The command line "
            "works without a display: codev-app --help",
        )
        print(message, file=sys.stderr)
        return EXIT_NO_DISPLAY
    # What needs no Qt comes first: once PySide6 is imported, each module imported after it is
    # read once more by PySide6 (it looks for "PySide6" in its source), which costs ~0.3 ms each.
    from codev_app import paths
    from codev_app.resources_path import resources_root

    # Before anything is written (the log first): a folder Codev cannot write to is named in a
    # dialog, instead of a traceback half-way through the start.
    folder_problems = paths.unwritable_folders()
    if folder_problems:
        return _refuse_folders(language, folder_problems)
    log_file = configure_logging(paths.log_dir(), rotate=False)
    paths.cache_dir()  # Qt writes caches there: made user-only like every Codev folder
    # Only the language before Qt; all the settings (and their problems) with the window.
    setting = i18n.configured_language(paths.settings_file())
    resources_root()
    import importlib

    for module in BEFORE_QT_MODULES:  # see the comment above: ~6 ms less than after PySide6
        importlib.import_module(module)

    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from codev_app.ui.errors import ExceptionHook
    from codev_app.ui.fonts import apply_bundled_font
    from codev_app.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    previous_qt_handler = qInstallMessageHandler(_qt_message_handler())
    describe_application(app)
    chosen = i18n.choose_language(language, setting, i18n.qt_system_language())
    translators = i18n.install_translators(app, chosen)
    apply_bundled_font(app)
    hook = ExceptionHook(log_file).install()
    store: Store | None = None
    window: MainWindow | None = None
    try:
        window = MainWindow(language=chosen, language_setting=setting)
        window.log_file = log_file
        deferred = Deferred()
        from codev_app.settings import load_settings

        _settings, settings_warnings = load_settings()
        for warning in settings_warnings:
            _log.warning("%s", warning)
        window.complete_startup()
        _show_templates(window)
        if settings_warnings:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Startup",
                    "Some settings could not be read; Codev uses its defaults. "
                    "The details are in %1.",
                ).replace("%1", str(log_file))
            )
        # Shown complete, and painted once; a dialog about the database then comes over it.
        window.show()
        store, messages = open_store(window)
        if store is None:
            return EXIT_DATABASE_UNAVAILABLE
        # The first step once the loop runs (its modules cost ~40 ms): offers an interrupted
        # session back, shows what was repaired, and later (no session open) applies the
        # retention and makes the daily backup; and saves the open session when the system ends
        # Codev without closing its window.
        benchmark = os.environ.get(BENCH_USABLE_ENV) == "1" or os.environ.get(SELF_CHECK_ENV) == "1"
        first_launch = not messages and not benchmark  # a repaired database: Codev was used
        deferred.add(lambda: _attach_store(app, window, store, messages, translators, first_launch))
        _defer_startup(deferred, app, hook, chosen)
        if os.environ.get(SELF_CHECK_ENV) == "1":
            from codev_app.self_check import report_then_quit

            report_then_quit(app, window, translators, deferred.run_all)
        if os.environ.get(BENCH_USABLE_ENV) == "1":
            _report_usable(window)
        return run_event_loop(app, deferred)
    finally:
        if window is not None:
            window.close()  # saves the open session while the database is still open
            window.deleteLater()
        if store is not None:
            store.close()
        hook.uninstall()
        i18n.remove_translators(app, translators)
        qInstallMessageHandler(previous_qt_handler)
        _log.info("Codev stopped")
        stop_logging()


def _refuse_folders(language: str | None, problems: list[FolderProblem]) -> int:
    """Say which folders Codev cannot write to, in the facilitator's language; then close."""
    from codev_app import paths

    for problem in problems:
        print(f"Codev cannot write to {problem.path}: {problem.detail}", file=sys.stderr)
    try:
        setting = i18n.configured_language(paths.settings_file())
    except OSError:  # the settings' folder is one of those that cannot be used
        setting = i18n.SYSTEM
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication

    from codev_app.ui.errors import folders_unavailable_box

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    describe_application(app)
    translators = i18n.install_translators(
        app, i18n.choose_language(language, setting, i18n.qt_system_language())
    )
    try:
        folders_unavailable_box(problems).exec()
    finally:
        i18n.remove_translators(app, translators)
    return EXIT_FOLDER_UNAVAILABLE


def _report_usable(window: MainWindow) -> None:
    """For the benchmark: once the event loop runs, paint the window and print the marker."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        window.repaint()  # the welcome screen with its templates, painted now
        print(USABLE_MARKER, flush=True)
        os._exit(EXIT_OK)

    QTimer.singleShot(0, report)


def _attach_store(
    app: QApplication,
    window: MainWindow,
    store: Store,
    messages: list[RecoveryNote],
    translators: list[QTranslator],
    first_launch: bool,
) -> None:
    window.attach_store(store, messages)
    app.aboutToQuit.connect(window.keeping.flush)
    if first_launch:
        from codev_app.ui.first_launch import offer_first_launch

        # The first start only: name, language, the demo or a first session.
        offer_first_launch(window, translators)


def _defer_startup(
    deferred: Deferred, app: QApplication, hook: Callable[..., None], chosen: str
) -> None:
    """What waits until the window is usable: the rotating log, the version, the window icon,
    asyncio, then the modules the first new session needs (so that it opens as fast as before)."""
    from codev_app import paths

    def rotating_log() -> None:
        configure_logging(paths.log_dir())
        from codev_app.version import app_version

        app.setApplicationVersion(app_version())
        _log.info("Codev %s started, language %s", app_version(), chosen)

    deferred.add(rotating_log, at_exit=True)
    deferred.add(lambda: _set_window_icon(app))
    deferred.add(lambda: start_asyncio(app, hook))
    import functools

    for module in FIRST_USE_MODULES:
        deferred.add(functools.partial(_import, module))


def _import(module: str) -> None:
    import importlib

    importlib.import_module(module)


def _set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(app_icon_path())))


def _show_templates(window: MainWindow) -> None:
    from codev_app.template_library import template_summaries

    templates, problems = template_summaries()
    for problem in problems:
        _log.warning("Template not loaded: %s", problem)
    window.set_templates(templates, len(problems))
