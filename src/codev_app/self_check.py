"""``CODEV_SELF_CHECK=1``: Codev starts as usual, says where it found what it loaded, and quits.

Meant for packaged builds, whose files live inside the bundle rather than in a checkout: once the
window is shown and its start-up is complete (templates listed, database open), Codev prints one
line, :data:`SELF_CHECK_MARKER` followed by a JSON object, and closes as if the facilitator had
closed it (:data:`codev_app.app.SELF_CHECK_ENV` names the variable).
``tests/test_packaging.py`` starts the built program this way. The object holds:

- ``version``, ``frozen`` (True in a PyInstaller bundle) and ``resources``, the resources folder;
- ``window``: its title, whether it was painted, the menu titles (in the chosen language) and
  the number of templates it lists;
- ``templates``: the folder of the built-in templates; ``icon``: the window icon's file, and
  whether Qt could draw it;
- ``translations``: the ``.qm`` files the translators loaded;
- ``font``: the application font's family, the families read from the bundled font files and
  ``emoji``: the fonts that draw "🙂" in the application font (Noto Emoji, the bundled fallback);
- ``chime``: the chime files (each opened as a WAV file, with its length), ``player``: the
  system's player the chime hands them to (``null`` where there is none), and ``sound``: whether
  QtMultimedia (the chime's last resort) could be imported, how many sound outputs it sees and the
  status of a chime it loaded (``Ready``; ``Error`` where there is no sound device).
"""

from __future__ import annotations

import json
import shutil
import sys
import wave
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from codev_app.ui.main_window import MainWindow

SELF_CHECK_MARKER = "codev-self-check"
SOUND_TIMEOUT_MS = 2000
PAINT_TIMEOUT_MS = 10_000


def report(app: QApplication, window: MainWindow, translators: list[QTranslator]) -> dict[str, Any]:
    """What the self-check prints: where each kind of resource was loaded from."""
    from codev_app.fonts import fonts_dir, register_bundled_fonts
    from codev_app.resources_path import resource_dir, resources_root
    from codev_app.ui.console.chime import PLAYERS, Chime
    from codev_app.version import app_version

    return {
        "version": app_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources": str(resources_root()),
        "window": {
            "title": window.windowTitle(),
            "painted": window.painted,
            "menus": [action.text() for action in window.menuBar().actions()],
            "templates_listed": window.welcome.template_list.count(),
        },
        "templates": str(resource_dir("templates")),
        "icon": {
            "path": str(resource_dir("icons", "codev.svg")),
            "drawn": not app.windowIcon().pixmap(64, 64).isNull(),  # needs Qt's SVG plugins
        },
        "translations": [translator.filePath() for translator in translators],
        "font": {
            "family": app.font().family(),
            "files": str(fonts_dir()),
            "families_in_files": register_bundled_fonts(),
            "emoji": _families_drawing("🙂", app.font()),
        },
        "chime": {
            "files": {
                chime.value: _wav_seconds(str(resource_dir("sounds", f"chime-{chime.value}.wav")))
                for chime in Chime
            },
            "player": next(filter(None, map(shutil.which, PLAYERS)), None),
            "sound": _sound_status(str(resource_dir("sounds", "chime-end.wav"))),
        },
    }


def _wav_seconds(path: str) -> dict[str, Any]:
    try:
        with wave.open(path, "rb") as sound:
            return {"path": path, "seconds": sound.getnframes() / sound.getframerate()}
    except (OSError, wave.Error) as error:
        return {"path": path, "error": str(error)}


def _families_drawing(text: str, font: QFont) -> list[str]:
    # As Qt lays the text out for painting: a family per run of glyphs; glyph 0 is the empty box.
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        run.rawFont().familyName()
        for run in layout.glyphRuns()
        if all(glyph != 0 for glyph in run.glyphIndexes())
    ]


def _sound_status(path: str) -> dict[str, Any]:
    # QtMultimedia loads the file as the chime does; with no sound device the status is "Error".
    try:
        from PySide6.QtCore import QEventLoop, QTimer, QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as error:
        return {"qt_multimedia": False, "error": str(error)}
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(path))
    if effect.status() in (QSoundEffect.Status.Null, QSoundEffect.Status.Loading):
        loop = QEventLoop()
        effect.statusChanged.connect(loop.quit)
        QTimer.singleShot(SOUND_TIMEOUT_MS, loop.quit)
        loop.exec()
    return {
        "qt_multimedia": True,
        "outputs": len(QMediaDevices.audioOutputs()),
        "status": effect.status().name,
    }


def report_then_quit(
    app: QApplication,
    window: MainWindow,
    translators: list[QTranslator],
    finish_startup: Callable[[], None],
) -> None:
    """Once the event loop runs, the window is painted (the loop paints it: start-up shows it
    once, whole) and the deferred start-up is done, print the report line and quit the
    application. A window still not painted after :data:`PAINT_TIMEOUT_MS` is reported as such."""
    import time

    from PySide6.QtCore import QTimer

    deadline = time.monotonic() + PAINT_TIMEOUT_MS / 1000

    def run() -> None:
        if not window.painted and time.monotonic() < deadline:
            QTimer.singleShot(20, run)
            return
        finish_startup()
        print(SELF_CHECK_MARKER, json.dumps(report(app, window, translators)), flush=True)
        app.quit()

    QTimer.singleShot(0, run)
