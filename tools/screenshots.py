"""Take screenshots of Codev's screens, offscreen, in French and English, to look at them.

    python tools/screenshots.py                  every screen, both languages, into screenshots/
    python tools/screenshots.py --lang fr welcome

One function per screen, registered in :data:`SCREENS`: to add a screen, write a function that
builds the widget in the given language and returns it shown, then list it. Codev's folders point at
a temporary directory, so the facilitator's own templates and settings never appear in a picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-screenshots-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from codev_app import app as codev_app  # noqa: E402
from codev_app import i18n  # noqa: E402
from codev_app.ui import fonts  # noqa: E402

Screen = Callable[[str], QWidget]


def welcome(language: str) -> QWidget:
    """The main window as it opens: menus and the list of templates."""
    from codev_app.cli import available_templates
    from codev_app.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.show()
    window.complete_startup()
    templates, problems = available_templates()
    window.set_templates(templates, len(problems))
    return window


def about(language: str) -> QWidget:
    """Help > About Codev."""
    return welcome(language).show_about()  # type: ignore[attr-defined, no-any-return]


def shortcuts(language: str) -> QWidget:
    """Help > Keyboard shortcuts (F1)."""
    return welcome(language).show_shortcuts()  # type: ignore[attr-defined, no-any-return]


def database_damaged(language: str) -> QWidget:
    """The message shown when the notes database cannot be used."""
    from codev_app.storage import DatabaseUnavailable, UnavailableReason
    from codev_app.ui.errors import database_unavailable_box

    path = Path.home() / ".local/share/codev/codev.sqlite3"
    box = database_unavailable_box(DatabaseUnavailable(path, UnavailableReason.CORRUPT))
    box.show()
    return box


def unexpected_error(language: str) -> QWidget:
    """The calm message shown after an unexpected error."""
    from codev_app.ui.errors import ExceptionHook

    hook = ExceptionHook(Path.home() / ".local/state/codev/log/codev.log")
    box = hook.show_message()
    assert box is not None
    return box


SCREENS: dict[str, Screen] = {
    "welcome": welcome,
    "about": about,
    "shortcuts": shortcuts,
    "database-damaged": database_damaged,
    "unexpected-error": unexpected_error,
}


def take(app: QApplication, name: str, language: str, out: Path) -> Path:
    """Build screen ``name`` in ``language`` and save it as ``out/<name>-<language>.png``."""
    translators = i18n.install_translators(app, language)
    try:
        widget = SCREENS[name](language)
        for _ in range(3):
            app.processEvents()
        target = out / f"{name}-{language}.png"
        if not widget.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        for window in app.topLevelWidgets():
            window.close()
        app.processEvents()
        return target
    finally:
        i18n.remove_translators(app, translators)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of Codev's screens (offscreen).")
    parser.add_argument("screens", nargs="*", help=f"any of: {', '.join(SCREENS)} (default: all)")
    parser.add_argument("--lang", choices=["fr", "en", "all"], default="all")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    unknown = sorted(set(args.screens) - set(SCREENS))
    if unknown:
        parser.error(f"unknown screen(s): {', '.join(unknown)}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    codev_app.describe_application(app)
    fonts.apply_bundled_font(app)
    args.out.mkdir(parents=True, exist_ok=True)
    languages = ["fr", "en"] if args.lang == "all" else [args.lang]
    for name in args.screens or list(SCREENS):
        for language in languages:
            print(take(app, name, language, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
