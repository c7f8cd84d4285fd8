"""Take screenshots of Codev's screens, offscreen, in French and English, to look at them.

    python tools/screenshots.py                  every screen, both languages and palettes
    python tools/screenshots.py --lang fr --palette dark welcome console-overtime

One function per screen, registered in :data:`SCREENS`: to add a screen, write a function that
builds the widget in the given language and returns it shown, then list it. Codev's folders point at
a temporary directory, so the facilitator's own templates and settings never appear in a picture.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-screenshots-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from codev_app import app as codev_app  # noqa: E402
from codev_app import i18n  # noqa: E402
from codev_app.ui import fonts  # noqa: E402

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle
    from codev_app.ui.export.window import ExportWindow

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


PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")
# Seconds into the clarification (15 minutes) for each timer state.
TIMER_STATES = {"plenty": 4 * 60 + 12, "nearly-over": 12 * 60 + 40, "overtime": 17 * 60 + 13}


def new_session(language: str) -> QWidget:
    """Session > New session: the page, prefilled with last time's participants."""
    from codev_app.ui.main_window import MainWindow

    window = welcome(language)
    assert isinstance(window, MainWindow)
    window.remember("new_session.participants", json.dumps(PEOPLE))
    page = window.show_new_session()
    assert page is not None
    page.client_combo.setCurrentIndex(page.client_combo.findText("Chloé"))
    return window


def _running_console(language: str, seconds: int) -> QWidget:
    """A classic session in its clarification phase, ``seconds`` in, Bruno speaking."""
    from datetime import datetime

    from codev_app.core.clock import FakeClock
    from codev_app.core.template import load_template
    from codev_app.resources_path import resource_dir
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup

    clock = FakeClock()
    window = MainWindow(
        language=language,
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2025, 3, 14, 14, 0),
    )
    window.resize(960, 640)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    clock.advance(16 * 60)  # the opening ran a minute long
    controller.next_phase()
    clock.advance(14 * 60)
    controller.next_phase()
    controller.speaker_key(2)
    controller.speaker_key(4)
    controller.turn(lambda turns: turns.give_floor_to_next())
    clock.advance(seconds)
    controller.tick()
    if seconds > 15 * 60:
        window.console.set_keep_end_time(True)  # type: ignore[union-attr]
    return window


def _console_screen(state: str) -> Screen:
    def screen(language: str) -> QWidget:
        return _running_console(language, TIMER_STATES[state])

    screen.__doc__ = f"The console, the timer {state.replace('-', ' ')}."
    return screen


def _compact_screen(state: str) -> Screen:
    def screen(language: str) -> QWidget:
        window = _running_console(language, TIMER_STATES[state])
        console = window.console  # type: ignore[attr-defined]
        console.enter_compact()
        return console.compact_window  # type: ignore[no-any-return]

    screen.__doc__ = f"The compact window, the timer {state.replace('-', ' ')}."
    return screen


def _share_screen(state: str) -> Screen:
    def screen(language: str) -> QWidget:
        window = _running_console(language, TIMER_STATES[state])
        console = window.console  # type: ignore[attr-defined]
        console.toggle_share()
        console.share_window.resize(960, 540)
        return console.share_window  # type: ignore[no-any-return]

    screen.__doc__ = f"The window to share, the timer {state.replace('-', ' ')}."
    return screen


def share_small(language: str) -> QWidget:
    """The window to share at 640×360, the size of a small video tile."""
    window = _running_console(language, TIMER_STATES["nearly-over"])
    console = window.console  # type: ignore[attr-defined]
    console.toggle_share()
    console.share_window.resize(640, 360)
    return console.share_window  # type: ignore[no-any-return]


def cheat_sheet(language: str) -> QWidget:
    """F1 during a session: every console key."""
    window = _running_console(language, TIMER_STATES["plenty"])
    return window.show_shortcuts()  # type: ignore[attr-defined, no-any-return]


# --- speakers (codev_app.ui.console.speakers) -----------------------------------------------------


def _speakers_console(language: str, kind: str) -> QWidget:
    """A classic session with the Speakers panel shown: a consultation round (``round``) or the
    clarification's raised hands (``queue``)."""
    from datetime import datetime

    from codev_app.core.clock import FakeClock
    from codev_app.core.template import load_template
    from codev_app.core.turns import SpeakerTime
    from codev_app.resources_path import resource_dir
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.console.speakers import SpeakerPanel
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup

    clock = FakeClock()
    window = MainWindow(
        language=language,
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2025, 3, 14, 14, 0),
    )
    window.resize(1180, 720)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    panel = console.findChild(SpeakerPanel)
    assert panel is not None
    console.side_tabs.setCurrentWidget(panel)
    clock.advance(15 * 60)
    if kind == "round":
        controller.go_to_phase("consultation")
        controller.turn(lambda turns: turns.set_speaker_time(SpeakerTime.fixed(4 * 60)))
        panel.next_speaker()  # Amélie
        clock.advance(3 * 60 + 40)
        panel.next_speaker()  # Bruno
        panel.skip_for_now()  # Bruno later: David
        clock.advance(3 * 60 + 25)
    else:
        controller.go_to_phase("clarification")
        for key in (2, 5):
            controller.speaker_key(key)
        panel.next_speaker()  # Bruno
        clock.advance(95)
        for key in (4, 3, 1):
            controller.speaker_key(key)
        clock.advance(35)
    controller.tick()
    return window


def speakers_round(language: str) -> QWidget:
    """The console in a consultation round: who spoke, who speaks (nearly over), who is next."""
    return _speakers_console(language, "round")


def speakers_queue(language: str) -> QWidget:
    """The console in the clarification: raised hands, numbered, next to the names."""
    return _speakers_console(language, "queue")


def _speakers_share(kind: str) -> Screen:
    def screen(language: str) -> QWidget:
        window = _speakers_console(language, kind)
        console = window.console  # type: ignore[attr-defined]
        console.toggle_share()
        console.share_window.resize(960, 540)
        return console.share_window  # type: ignore[no-any-return]

    screen.__doc__ = f"The window to share during the {kind} of the speakers screens."
    return screen


def speaking_times(language: str) -> QWidget:
    """The speaking-time chart (T) during the consultation round, for the whole session."""
    window = _speakers_console(language, "round")
    console = window.console  # type: ignore[attr-defined]
    from codev_app.ui.console.speakers import SpeakerPanel

    panel = console.findChild(SpeakerPanel)
    panel.toggle_chart()
    chart = panel.chart_window
    chart.show_phase(None)
    return chart  # type: ignore[no-any-return]


# --- templates (codev_app.ui.templates) -----------------------------------------------------------

_DEMO_TEMPLATE = """\
format = "codev-template"
schema_version = 1
id = "codev-du-jeudi"
name = { fr = "Codév du jeudi", en = "Thursday co-development" }
description.fr = "Notre séance mensuelle, en une heure et quart."
description.en = "Our monthly session, in an hour and a quarter."

[[phases]]
id = "opening"
minutes = 10
name = { fr = "Ouverture", en = "Opening" }

[[phases]]
id = "exposition"
minutes = 15
speakers = "client"
name = { fr = "Exposé", en = "Case exposition" }

[[phases]]
id = "consultation"
minutes = 35
speakers = "consultants"
turns = "round"
name = { fr = "Consultation", en = "Consultation" }

[[phases]]
id = "learnings"
minutes = 15
turns = "round"
name = { fr = "Apprentissages", en = "Learnings" }
"""


def _templates_window(language: str, *, broken_file: bool = False) -> QWidget:
    """A fresh Templates window with one template of the facilitator's (and a broken file)."""
    from codev_app import paths
    from codev_app.ui.templates.window import TemplatesWindow

    folder = paths.user_templates_dir()
    for old in [*folder.glob("*.toml"), *(paths.data_dir() / "drafts").glob("*.toml")]:
        old.unlink()
    (folder / "codev-du-jeudi.toml").write_text(_DEMO_TEMPLATE, encoding="utf-8")
    if broken_file:
        (folder / "atelier.toml").write_text(
            _DEMO_TEMPLATE.replace("minutes = 35", "minutes = 0").replace("jeudi", "atelier"),
            encoding="utf-8",
        )
    window = TemplatesWindow(language=language)
    window.resize(980, 700)
    window.show()
    return window


def templates_library(language: str) -> QWidget:
    """Session > Templates… (Ctrl+T): built-in templates and the facilitator's own."""
    window = _templates_window(language)
    window.page.select("codev-du-jeudi")  # type: ignore[attr-defined]
    return window


def templates_problems(language: str) -> QWidget:
    """The library with a file it cannot read, and an import that clashes with a template."""
    import tempfile as scratch

    window = _templates_window(language, broken_file=True)
    incoming = Path(scratch.mkdtemp()) / "codev-du-jeudi.toml"
    incoming.write_text(_DEMO_TEMPLATE, encoding="utf-8")
    window.page.import_files([incoming])  # type: ignore[attr-defined]
    return window


def template_editor(language: str) -> QWidget:
    """Editing a copy of the classic template: phases, texts, timeline."""
    window = _templates_window(language)
    window.page.select("classic")  # type: ignore[attr-defined]
    window.page.duplicate_selected()  # type: ignore[attr-defined]
    window.editor.select_phase(1)  # type: ignore[attr-defined]
    return window


def template_fit(language: str) -> QWidget:
    """Fit to total time: 75 minutes, the opening kept as it is."""
    window = _templates_window(language)
    window.page.select("classic")  # type: ignore[attr-defined]
    window.page.duplicate_selected()  # type: ignore[attr-defined]
    editor = window.editor  # type: ignore[attr-defined]
    editor.open_fit()
    editor.fit_panel.set_pinned("opening", True)
    editor.fit_panel.target.setValue(75)
    return window


# --- export (codev_app.ui.export) ----------------------------------------------------------------

_OPEN_STORES: list[object] = []  # kept open while their windows are on screen


def _export_window(language: str, *, approved: bool) -> ExportWindow:
    """The export window for a saved six-person session, files going to a fresh folder."""
    import tempfile as scratch

    from codev_app.export.sample import sample_bundle
    from codev_app.storage import Store
    from codev_app.ui.export.source import StoredSource
    from codev_app.ui.export.window import DictMemory, ExportWindow

    home = Path(scratch.mkdtemp(dir=_HOME))
    store = Store(home / "codev.sqlite3")
    _OPEN_STORES.append(store)
    session_id = store.save_bundle(sample_bundle(language, people=6, approved=approved))
    window = ExportWindow(StoredSource(store, session_id), language=language, memory=DictMemory())
    folder = home / "Documents" / "Codev"
    folder.mkdir(parents=True)
    window.folder_field.setText(str(folder))
    window.show()
    return window


def _ready_export(language: str) -> ExportWindow:
    window = _export_window(language, approved=True)
    window.personal_box.click()
    window.record_box.click()
    return window


def _pump_while(busy: Callable[[], bool], limit_ms: int) -> None:
    from PySide6.QtCore import QElapsedTimer

    waited = QElapsedTimer()
    waited.start()
    while busy() and waited.elapsed() < limit_ms:
        QApplication.processEvents()


def export_consent_missing(language: str) -> QWidget:
    """Session > Export…: the client has not approved sharing yet."""
    return _export_window(language, approved=False)


def export_ready(language: str) -> QWidget:
    """Export approved: the summary, everyone's personal copy and the facilitator's record."""
    return _ready_export(language)


def export_progress(language: str) -> QWidget:
    """Export under way: personal copies written one by one, with Cancel."""
    import time

    from codev_app.ui.export import jobs

    window = _ready_export(language)
    real = jobs.write_task

    def slow(bundle: SessionBundle, task: jobs.FileTask, choices: jobs.ExportChoices) -> Path:
        time.sleep(0.4)  # slow enough to catch the bar part of the way
        return real(bundle, task, choices)

    jobs.write_task = slow
    window.exported.connect(lambda _files: setattr(jobs, "write_task", real))
    window.export_button.click()
    _pump_while(lambda: window.progress.value() < 3, 20_000)
    return window


def _finished_export(language: str) -> ExportWindow:
    window = _ready_export(language)
    window.export_button.click()
    _pump_while(window.is_busy, 60_000)
    return window


def export_done(language: str) -> QWidget:
    """Export finished: what was written, and Show in folder."""
    return _finished_export(language)


def export_replace(language: str) -> QWidget:
    """Exporting again into the same folder: Replace, Keep both or Cancel, in the window."""
    window = _finished_export(language)
    window.export_button.click()
    return window


SCREENS: dict[str, Screen] = {
    "welcome": welcome,
    "about": about,
    "shortcuts": shortcuts,
    "database-damaged": database_damaged,
    "unexpected-error": unexpected_error,
    "templates": templates_library,
    "templates-problems": templates_problems,
    "template-editor": template_editor,
    "template-fit": template_fit,
    "new-session": new_session,
    **{f"console-{state}": _console_screen(state) for state in TIMER_STATES},
    **{f"compact-{state}": _compact_screen(state) for state in TIMER_STATES},
    **{f"share-{state}": _share_screen(state) for state in TIMER_STATES},
    "share-small": share_small,
    "cheat-sheet": cheat_sheet,
    "speakers-round": speakers_round,
    "speakers-queue": speakers_queue,
    "share-round": _speakers_share("round"),
    "share-queue": _speakers_share("queue"),
    "speaking-times": speaking_times,
    "export-consent-missing": export_consent_missing,
    "export-ready": export_ready,
    "export-progress": export_progress,
    "export-done": export_done,
    "export-replace": export_replace,
}


def take(app: QApplication, name: str, language: str, out: Path, palette: str = "light") -> Path:
    """Build screen ``name`` in ``language`` and save it as ``out/<name>-<language>.png``
    (``-dark`` is added in the dark palette)."""
    from codev_app.ui.console.palette import dark_palette

    translators = i18n.install_translators(app, language)
    default_palette = QPalette(app.palette())
    if palette == "dark":
        app.setPalette(dark_palette())
    try:
        widget = SCREENS[name](language)
        for _ in range(3):
            app.processEvents()
        suffix = "-dark" if palette == "dark" else ""
        target = out / f"{name}-{language}{suffix}.png"
        if not widget.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        for window in app.topLevelWidgets():
            window.close()
        app.processEvents()
        return target
    finally:
        app.setPalette(default_palette)
        i18n.remove_translators(app, translators)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of Codev's screens (offscreen).")
    parser.add_argument("screens", nargs="*", help=f"any of: {', '.join(SCREENS)} (default: all)")
    parser.add_argument("--lang", choices=["fr", "en", "all"], default="all")
    parser.add_argument("--palette", choices=["light", "dark", "all"], default="all")
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
    palettes = ["light", "dark"] if args.palette == "all" else [args.palette]
    for name in args.screens or list(SCREENS):
        for language in languages:
            for palette in palettes:
                print(take(app, name, language, args.out, palette))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
