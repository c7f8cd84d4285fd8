"""Starting the application: language, log, error hook, database refusal, bundled font."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from codev_app import app as codev_app_module
from codev_app import i18n, paths
from codev_app.app import EXIT_DATABASE_UNAVAILABLE, configure_logging, run_gui, stop_logging
from codev_app.settings import Language, Settings, save_settings
from codev_app.ui.errors import ExceptionHook
from codev_app.ui.main_window import MainWindow
from codev_app.version import app_version

TIMEOUT_MS = 20_000


def _started_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.store is not None and widget.isVisible():
            return widget
    return None


def run_gui_then(
    language: str | None,
    action: Callable[[MainWindow], object] | None = None,
    on_modal: Callable[[QMessageBox], object] | None = None,
) -> tuple[int, list[object]]:
    """Run the real start-up; once the window is up (or a modal box opens), act, then quit.

    Returns run_gui's exit code and what ``action`` / ``on_modal`` returned.
    """
    results: list[object] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            results.append(on_modal(modal) if on_modal else modal.text())
            modal.done(0)
            return
        window = _started_window()
        if window is not None:
            timer.stop()
            results.append(action(window) if action else None)
            QApplication.quit()

    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(TIMEOUT_MS, QApplication.quit)  # never hang the suite
    try:
        code = run_gui(language)
    finally:
        timer.stop()
        _settle_quit_state()
    return code, results


def _settle_quit_state() -> None:
    """Let Qt finish quitting, so that later event loops in this test process run normally.

    Closing the last window posts a Quit event; handled outside ``exec()``, it would leave Qt
    "quitting" and every later local event loop (qtbot.wait, dialogs) would return at once. A real
    process exits here; a test suite goes on, so it runs one short ``exec()`` that ends cleanly.
    """
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_application_starts_lists_templates_opens_the_database_and_quits(
    qapp: QApplication,
) -> None:
    def look(window: MainWindow) -> tuple[str, str, int, str]:
        return (
            window.windowTitle(),
            qapp.applicationDisplayName(),
            window.welcome.template_list.count(),
            qapp.font().family(),
        )

    code, results = run_gui_then("en", look)
    assert code == 0
    assert results == [("Codev", "Codev", results[0][2], "Noto Sans")]  # type: ignore[index]
    assert results[0][2] >= 1  # type: ignore[index]
    assert paths.database_path().is_file()
    log = (paths.log_dir() / "codev.log").read_text(encoding="utf-8")
    assert f"Codev {app_version()} started, language en" in log
    assert "Codev stopped" in log
    assert sys.excepthook is not None and not isinstance(sys.excepthook, ExceptionHook)
    assert QApplication.desktopFileName() == "io.github.codev.Codev"


def test_lang_fr_starts_in_french(qapp: QApplication) -> None:
    code, results = run_gui_then("fr", _menu_titles)
    assert code == 0
    assert results == [["&Séance", "&Paramètres", "&Aide"]]


def test_the_settings_language_applies_unless_the_command_line_says_otherwise(
    qapp: QApplication,
) -> None:
    save_settings(Settings(language=Language.FR))
    assert run_gui_then(None, _menu_titles)[1] == [["&Séance", "&Paramètres", "&Aide"]]
    assert run_gui_then("en", _menu_titles)[1] == [["&Session", "S&ettings", "&Help"]]


def test_the_system_language_applies_when_the_setting_is_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "qt_system_language", lambda: "fr")
    assert run_gui_then(None, _menu_titles)[1] == [["&Séance", "&Paramètres", "&Aide"]]


def _database_from_a_newer_codev() -> bytes:
    database = paths.database_path()
    with contextlib.closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA user_version = 999")
    return database.read_bytes()


def test_a_database_codev_cannot_use_is_explained_and_left_untouched(qapp: QApplication) -> None:
    # A damaged file is set aside and recovered (tests/ui/test_autosave.py); a file from a newer
    # Codev (like a locked or read-only one) cannot be: the facilitator is told what to do.
    database = paths.database_path()
    before = _database_from_a_newer_codev()

    def read(box: QMessageBox) -> tuple[str, str, bool]:
        return box.text(), box.windowTitle(), box.isModal()

    code, results = run_gui_then("en", on_modal=read)
    assert code == EXIT_DATABASE_UNAVAILABLE
    assert len(results) == 1
    text, title, modal = cast(tuple[str, str, bool], results[0])
    assert str(database) in text
    assert "newer version of Codev" in text and "has not changed it" in text
    assert title == "Codev cannot open your notes"
    assert modal
    assert database.read_bytes() == before
    assert sorted(
        p.name for p in database.parent.iterdir() if p.name.startswith(database.name)
    ) == [database.name]
    assert _started_window() is None


def test_the_database_message_is_in_french_with_lang_fr(qapp: QApplication) -> None:
    _database_from_a_newer_codev()
    code, results = run_gui_then("fr", on_modal=lambda box: box.text())
    assert code == EXIT_DATABASE_UNAVAILABLE
    assert "version plus récente" in str(results[0])
    assert str(paths.database_path()) in str(results[0])


# --- the exception hook --------------------------------------------------------------------------


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "logs-here").mkdir()
    path = configure_logging(tmp_path / "logs-here", rotate=True)
    yield path
    stop_logging()


def _exc_info(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError(message)
    except ValueError as error:
        return type(error), error, error.__traceback__


@pytest.mark.logs_errors  # the test reads the log itself
def test_the_hook_logs_the_traceback_and_shows_a_calm_message(qtbot: QtBot, log_file: Path) -> None:
    hook = ExceptionHook(log_file)
    hook(*_exc_info("boom-4242"))  # type: ignore[arg-type]
    box = hook.message_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = log_file.read_text(encoding="utf-8")
    assert "boom-4242" in text and "Traceback" in text and "ValueError" in text
    assert "Something went wrong" in box.text()
    assert "Your notes are saved" in box.text()
    assert str(log_file) in box.text()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None

    hook(*_exc_info("boom-again"))  # type: ignore[arg-type]
    assert hook.message_box is box  # one box, not a pile of them
    assert "boom-again" in log_file.read_text(encoding="utf-8")
    box.close()
    qtbot.waitUntil(lambda: hook.message_box is None)


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
@pytest.mark.logs_errors  # the test reads the log itself
def test_an_error_in_a_slot_reaches_the_hook(qtbot: QtBot, log_file: Path) -> None:
    emitter = _Emitter()

    def broken_slot() -> None:
        raise RuntimeError("slot-failure-77")

    emitter.fired.connect(broken_slot)
    with ExceptionHook(log_file) as hook:
        assert sys.excepthook is hook
        emitter.fired.emit()
        qtbot.waitUntil(lambda: hook.message_box is not None and hook.message_box.isVisible())
        assert "slot-failure-77" in log_file.read_text(encoding="utf-8")
        assert hook.message_box is not None
        hook.message_box.close()
    assert sys.excepthook is not hook


@pytest.mark.logs_errors  # the test reads the log itself
def test_errors_in_threads_are_logged_without_a_box(qtbot: QtBot, log_file: Path) -> None:
    def work() -> None:
        raise KeyError("thread-failure-5")

    with ExceptionHook(log_file) as hook:
        thread = threading.Thread(target=work, name="worker")
        thread.start()
        thread.join()
        assert hook.message_box is None
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "thread-failure-5" in text and "worker" in text


def test_the_log_rotates(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path)
    try:
        chunk = "x" * 10_000
        for _ in range(150):  # 1.5 MB: more than one file
            logging.getLogger("codev.test").info(chunk)
    finally:
        stop_logging()
    assert log_file.stat().st_size <= codev_app_module.LOG_MAX_BYTES
    assert (tmp_path / "codev.log.1").is_file()


# --- the bundled font on a machine without fonts -------------------------------------------------

_NO_FONTS_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)

def look():
    from codev_app.ui.main_window import MainWindow
    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow) and window.store is not None:
            heading = window.welcome.heading
            print("FONT", app.font().family(), "|", QFontInfo(heading.font()).family(), "|",
                  window.isVisible(), window.welcome.template_list.count(), flush=True)
            app.quit()

timer = QTimer()
timer.timeout.connect(look)
timer.start(20)
QTimer.singleShot(20000, app.quit)
from codev_app.app import run_gui
print("EXIT", run_gui("fr"), flush=True)
"""


def test_the_app_starts_cleanly_on_a_machine_without_fonts(tmp_path: Path) -> None:
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "from PySide6.QtGui import QFontDatabase\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\nprint(QFontDatabase.families())",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Noto Sans" not in check.stdout and "DejaVu" not in check.stdout  # really no fonts

    result = subprocess.run(
        [sys.executable, "-c", _NO_FONTS_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    font_line = next(line for line in lines if line.startswith("FONT "))
    family, effective, rest = font_line.removeprefix("FONT ").split(" | ")
    assert family == "Noto Sans"
    assert effective == "Noto Sans"
    visible, count = rest.split()
    assert visible == "True" and int(count) >= 1
    assert "EXIT 0" in lines
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(warnings) <= 3, result.stderr
    assert not any("font" in line.lower() for line in warnings), result.stderr


# --- folders Codev cannot write to ---------------------------------------------------------------


def _folder(role: str) -> Path:
    root = Path(os.environ["CODEV_DATA_DIR"])
    return {
        "data": root,
        "drafts": root / "drafts",
        "config": Path(os.environ["CODEV_CONFIG_DIR"]),
        "log": Path(os.environ["CODEV_LOG_DIR"]),
    }[role]


@pytest.mark.parametrize(
    ("role", "english", "french"),
    [
        ("data", "your sessions and notes", "vos séances et vos notes"),
        ("drafts", "the drafts of templates being edited", "les brouillons des modèles"),
        ("config", "your settings", "vos paramètres"),
        ("log", "the log", "le journal"),
    ],
)
def test_a_read_only_folder_is_named_in_a_dialog_and_nothing_is_written(
    qapp: QApplication,
    make_read_only: Callable[[Path], Path],
    role: str,
    english: str,
    french: str,
) -> None:
    folder = make_read_only(_folder(role))
    before = sorted(path.name for path in folder.iterdir())

    def read(box: QMessageBox) -> tuple[str, str, str]:
        return box.windowTitle(), box.text(), box.informativeText()

    code, results = run_gui_then("en", on_modal=read)
    assert code == codev_app_module.EXIT_FOLDER_UNAVAILABLE
    [(title, text, informative)] = cast(list[tuple[str, str, str]], results)
    assert title == "Codev cannot save here"
    assert f"Codev cannot write to the folder for {english}:\n{folder}\n" in text
    assert "Codev has not changed anything" in text and informative == "Codev will now close."
    assert _started_window() is None
    assert sorted(path.name for path in folder.iterdir()) == before
    assert not paths.database_path().exists()  # nothing was written anywhere

    code, results = run_gui_then("fr", on_modal=read)
    assert code == codev_app_module.EXIT_FOLDER_UNAVAILABLE
    [(title, text, _informative)] = cast(list[tuple[str, str, str]], results)
    assert title == "Codev ne peut pas enregistrer ici"
    assert french in text and str(folder) in text
