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
from typing import TYPE_CHECKING, cast

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "screenshots"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
_HOME = tempfile.mkdtemp(prefix="codev-screenshots-")
for _name in ("DATA", "CONFIG", "LOG", "CACHE"):
    os.environ[f"CODEV_{_name}_DIR"] = str(Path(_HOME) / _name.lower())

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from codev_app import app as codev_app  # noqa: E402
from codev_app import i18n  # noqa: E402
from codev_app.core.commands import (  # noqa: E402
    FinishSession,
    GoToPhase,
    InsertBreak,
    NewRound,
    NextSpeaker,
    Pause,
    SelectSpeaker,
    SetSpeakerTime,
    StartSession,
)
from codev_app.ui import fonts  # noqa: E402

if TYPE_CHECKING:
    from codev_app.core.bundle import SessionBundle
    from codev_app.ui.export.window import ExportWindow
    from codev_app.ui.session_controller import SessionController

Screen = Callable[[str], QWidget]


def welcome(language: str) -> QWidget:
    """The main window as it opens: menus and the list of templates."""
    from codev_app.template_library import template_summaries
    from codev_app.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.show()
    window.complete_startup()
    templates, problems = template_summaries()
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


def _number_key(controller: SessionController, key: int) -> None:
    """What a participant's number key does."""
    person = controller.live.roster.participant_for_key(key)
    controller.apply(SelectSpeaker(person.id))


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
    _number_key(controller, 2)
    _number_key(controller, 4)
    controller.apply(NextSpeaker())
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
        controller.apply(GoToPhase("consultation"))
        controller.apply(SetSpeakerTime(seconds=4 * 60))
        panel.next_speaker()  # Amélie
        clock.advance(3 * 60 + 40)
        panel.next_speaker()  # Bruno
        panel.skip_for_now()  # Bruno later: David
        clock.advance(3 * 60 + 25)
    else:
        controller.apply(GoToPhase("clarification"))
        for key in (2, 5):
            _number_key(controller, key)
        panel.next_speaker()  # Bruno
        clock.advance(95)
        for key in (4, 3, 1):
            _number_key(controller, key)
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
    from codev_app.ui.export.folder import DictMemory
    from codev_app.ui.export.source import StoredSource
    from codev_app.ui.export.window import ExportWindow

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

    def slow(
        bundle: SessionBundle, task: jobs.FileTask, choices: jobs.ExportChoices, log: object
    ) -> Path:
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


# --- the record: notes, saving, resuming, history (codev_app.ui.record, codev_app.ui.history) ----

_NOTES = {
    "fr": {
        "check_in": "Tout le monde est là. Bruno sort d’un rendez-vous difficile, Élise est "
        "en forme.",
        "follow_up": "David a essayé le point hebdomadaire avec son équipe : deux réunions sur "
        "trois ont eu lieu, la troisième a sauté faute de temps.",
        "case_title": "Déléguer sans tout reprendre",
        "headline": "Chloé refait le soir le travail de son équipe.",
        "question": "Comment confier le rapport mensuel à mon équipe sans le reprendre derrière "
        "eux ?",
        "key_facts": "Équipe de six depuis mars.\nLe rapport part au siège le 5 du mois.\n"
        "Deux erreurs l’an dernier, remarquées par la direction.",
        "request": "Des idées pour déléguer une première partie du rapport dès ce mois-ci.",
        "help_notes": "Pas d’outil informatique : plutôt la façon de s’y prendre.",
        "suggestions": [
            (
                "Amélie",
                "Commencer par la partie la moins sensible, avec une relecture à deux.",
                True,
            ),
            ("Bruno", "Écrire en cinq lignes ce qu’est un bon rapport pour toi.", False),
            ("David", "Et si l’erreur de l’an dernier n’était pas si grave ?", False),
            ("Élise", "Chez nous, chacun présente sa partie en réunion : ça responsabilise.", True),
        ],
        "typing": "Demander à l’équipe ce qu’elle",
        "actions": [
            ("Confier les tableaux à Marc", "vendredi 21", "il me les envoie sans relance"),
            ("Écrire la liste de contrôle du rapport", "fin du mois", "Marc s’en sert seul"),
        ],
        "client_learning": "Je vais lâcher une partie, pas tout. Et le dire à l’équipe.",
        "four_a": (
            "La qualité d’écoute",
            "Plus de temps pour le contrat",
            "Je reprends moi aussi le travail des autres",
            "Essayer la relecture à deux",
        ),
        "learning": "Le point hebdomadaire marche mieux quand il est court.",
        "private": "Chloé semble épuisée : prendre de ses nouvelles après la séance.",
    },
    "en": {
        "check_in": "Everyone is here. Bruno comes from a difficult meeting, Élise is in good "
        "spirits.",
        "follow_up": "David tried the weekly check-in with his team: two meetings out of three "
        "took place, the third was dropped for lack of time.",
        "case_title": "Delegating without taking it all back",
        "headline": "Chloé redoes her team’s work in the evening.",
        "question": "How can I hand the monthly report to my team without redoing it after them?",
        "key_facts": "A team of six since March.\nThe report goes to head office on the 5th.\n"
        "Two mistakes last year, noticed by management.",
        "request": "Ideas to delegate a first part of the report this month.",
        "help_notes": "No software tools: rather how to go about it.",
        "suggestions": [
            ("Amélie", "Start with the least sensitive part, and review it together.", True),
            ("Bruno", "Write down in five lines what a good report is for you.", False),
            ("David", "What if last year’s mistake was not that serious?", False),
            ("Élise", "In my team, each presents their part in the meeting: it helps.", True),
        ],
        "typing": "Ask the team what they",
        "actions": [
            ("Hand the tables to Marc", "Friday 21st", "he sends them without a reminder"),
            ("Write the report’s checklist", "end of month", "Marc uses it on his own"),
        ],
        "client_learning": "I will let go of a part, not all of it. And tell the team.",
        "four_a": (
            "The quality of listening",
            "More time for the contract",
            "I redo other people’s work too",
            "Try reviewing in pairs",
        ),
        "learning": "The weekly check-in works better when it is short.",
        "private": "Chloé looks exhausted: check in with her after the session.",
    },
}
NOTES_PHASES = (
    "opening",
    "exposition",
    "clarification",
    "contract",
    "consultation",
    "action_plan",
    "learnings",
)


def _fill_notes(live: object, language: str, up_to: str) -> None:
    """The notes a facilitator would have taken up to phase ``up_to`` (included)."""
    from codev_app.core.record import HelpKind, RecordText
    from codev_app.core.session import LiveSession

    assert isinstance(live, LiveSession)
    notes, record, roster = _NOTES[language], live.record, live.roster
    ids = {person.name: person.id for person in roster.participants}
    reached = NOTES_PHASES[: NOTES_PHASES.index(up_to) + 1]
    texts = {
        "opening": [(RecordText.CHECK_IN, "check_in"), (RecordText.FOLLOW_UP, "follow_up")],
        "exposition": [
            (RecordText.CASE_TITLE, "case_title"),
            (RecordText.HEADLINE, "headline"),
            (RecordText.QUESTION, "question"),
        ],
        "clarification": [(RecordText.KEY_FACTS, "key_facts")],
        "contract": [(RecordText.REQUEST, "request"), (RecordText.HELP_NOTES, "help_notes")],
    }
    for phase in reached:
        for which, key in texts.get(phase, []):
            record.set_text(which, str(notes[key]))
    if "contract" in reached:
        record.set_help_kinds([HelpKind.IDEAS, HelpKind.EXPERIENCES])
    if "consultation" in reached:
        for name, text, kept in notes["suggestions"]:
            new = record.add_suggestion(text, ids[name])
            record.update_suggestion(new, kept=kept and up_to != "consultation")
    if "action_plan" in reached:
        for what, when, sign in notes["actions"]:
            record.add_action_item(what, when, sign)
    if "learnings" in reached:
        record.set_learning(ids["Chloé"], text=str(notes["client_learning"]))
        appreciation, expectations, learnings, applications = notes["four_a"]
        record.set_learning(
            ids["Amélie"],
            appreciation=appreciation,
            expectations=expectations,
            learnings=learnings,
            applications=applications,
        )
        record.set_learning(ids["Bruno"], text=str(notes["learning"]))
    record.set_text(RecordText.PRIVATE_NOTES, str(notes["private"]))


def _notes_console(language: str, phase_id: str, *, timers_only: bool = False) -> QWidget:
    """A classic session in ``phase_id`` with the Notes panel in front, filled as it would be."""
    from datetime import datetime

    from codev_app.core.clock import FakeClock
    from codev_app.core.template import load_template
    from codev_app.resources_path import resource_dir
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup
    from codev_app.ui.record.panel import NotesPanel

    clock = FakeClock()
    window = MainWindow(
        language=language,
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2025, 3, 14, 14, 0),
    )
    window.resize(1280, 800)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(
        SessionSetup(template, PEOPLE, client="Chloé", timers_only=timers_only)
    )
    console = window.console
    assert console is not None
    panel = console.findChild(NotesPanel)
    assert panel is not None
    console.side_tabs.setCurrentWidget(panel)
    console.splitter.setSizes([190, 610, 480])
    for phase in NOTES_PHASES[: NOTES_PHASES.index(phase_id)]:
        clock.advance(template.phases[NOTES_PHASES.index(phase)].planned_seconds)
        controller.next_phase()
    clock.advance(4 * 60 + 12)
    if not timers_only:
        _fill_notes(console.live, language, phase_id)
        panel.refresh()  # the notes were written straight into the record
    if phase_id == "consultation":
        controller.apply(NewRound())
        for _ in range(5):
            controller.apply(NextSpeaker())
        panel.suggestions.input.setText(str(_NOTES[language]["typing"]))
        panel.suggestions.input.setFocus()
    controller.tick()
    _pump_while(lambda: True, 150)  # fields that grow with their text settle
    return cast(QWidget, window)


def _notes_screen(phase_id: str) -> Screen:
    def screen(language: str) -> QWidget:
        return _notes_console(language, phase_id)

    screen.__doc__ = f"The console's Notes panel during the {phase_id.replace('_', ' ')}."
    return screen


def notes_timers_only(language: str) -> QWidget:
    """The Notes panel of a session that keeps only timings."""
    return _notes_console(language, "clarification", timers_only=True)


def notes_saving_problem(language: str) -> QWidget:
    """The console while the disk is full: a calm banner, the notes still typed."""
    from codev_app.persistence import problem_message
    from codev_app.storage import DatabaseUnavailable, UnavailableReason

    window = _notes_console(language, "clarification")
    full = DatabaseUnavailable(Path("codev.sqlite3"), UnavailableReason.IO_ERROR, "disk is full")
    window.keeping.saving_banner.show_problem(problem_message(full))  # type: ignore[attr-defined]
    return window


def _store_in_scratch() -> object:
    import tempfile as scratch

    from codev_app.storage import Store

    store = Store(Path(scratch.mkdtemp(dir=_HOME)) / "codev.sqlite3")
    _OPEN_STORES.append(store)
    return store


def resume_offer(language: str) -> QWidget:
    """The welcome screen after a crash: resume, resume paused, not now, discard."""
    from datetime import datetime

    from codev_app.core.clock import FakeClock
    from codev_app.core.participants import Role, Roster
    from codev_app.core.record import RecordText, SessionRecord
    from codev_app.core.session import LiveSession
    from codev_app.core.template import dump_template, load_template
    from codev_app.resources_path import resource_dir
    from codev_app.storage import Store
    from codev_app.ui.main_window import MainWindow

    store = _store_in_scratch()
    assert isinstance(store, Store)
    template = load_template(resource_dir("templates", "classic.toml")).template
    roster = Roster()
    for name in PEOPLE:
        roster.add(name, Role.CLIENT if name == "Chloé" else Role.CONSULTANT)
    record = SessionRecord()
    record.set_text(RecordText.CASE_TITLE, str(_NOTES[language]["case_title"]))
    live = LiveSession(template, FakeClock(100.0), roster=roster, record=record)
    live.apply(StartSession())
    title = "Codév du jeudi" if language == "fr" else "Thursday co-development"
    session_id = store.create_session(
        template_id=template.id,
        template_toml=dump_template(template),
        group_name=title,
        participants=[(p.name, p.role.value) for p in roster.participants],
    )
    crashed = datetime(2025, 3, 14, 15, 7)
    store.save_progress(
        session_id, live=live.to_data(), wall_time=crashed.timestamp(), record=record
    )
    window = MainWindow(language=language, wall_clock=lambda: datetime(2025, 3, 14, 15, 12))
    window.show()
    window.complete_startup()
    from codev_app.template_library import template_summaries

    templates, problems = template_summaries()
    window.set_templates(templates, len(problems))
    window.attach_store(store)
    return cast(QWidget, window)


def database_repaired(language: str) -> QWidget:
    """The welcome screen after a damaged database was set aside and a backup restored."""
    from codev_app.storage import Store

    window = welcome(language)
    store = _store_in_scratch()
    assert isinstance(store, Store)
    from codev_app.storage.recovery import RecoveryKind, RecoveryNote

    aside = Path.home() / ".local/share/codev/codev.sqlite3.damaged-20250314T150700Z"
    note = RecoveryNote(RecoveryKind.RESTORED, set_aside=aside, backup_time="2025-03-13 18:02")
    window.attach_store(store, [note])  # type: ignore[attr-defined]
    return window


_HISTORY = {
    "fr": [
        ("Déléguer sans tout reprendre", "Codév du jeudi", "Chloé", 2),
        ("Un conflit entre deux collègues", "Codév du jeudi", "Bruno", 30),
        ("Reprendre après un long congé", "Managers de proximité", "Awa", 44),
        ("Dire non au siège", "Codév du jeudi", "David", 61),
        ("Recruter son premier salarié", "Créateurs 2025", "Gaëlle", 75),
        ("Le télétravail d’une équipe de nuit", "Managers de proximité", "Noé", 96),
        ("Une réorganisation annoncée", "Codév du jeudi", "Élise", 124),
    ],
    "en": [
        ("Delegating without taking it all back", "Thursday co-development", "Chloé", 2),
        ("A conflict between two colleagues", "Thursday co-development", "Bruno", 30),
        ("Coming back after a long leave", "Team leaders", "Awa", 44),
        ("Saying no to head office", "Thursday co-development", "David", 61),
        ("Hiring one's first employee", "Founders 2025", "Gaëlle", 75),
        ("Remote work for a night team", "Team leaders", "Noé", 96),
        ("A reorganisation announced", "Thursday co-development", "Élise", 124),
    ],
}


def _history_window(language: str, query: str = "") -> QWidget:
    from datetime import UTC, datetime, timedelta

    from codev_app.core.clock import FakeClock
    from codev_app.core.participants import Role, Roster
    from codev_app.core.record import RecordMode, RecordState, RecordText, SessionRecord
    from codev_app.core.session import LiveSession
    from codev_app.core.template import dump_template, load_template
    from codev_app.resources_path import resource_dir
    from codev_app.storage import Store
    from codev_app.storage.repository import SessionMode
    from codev_app.ui.record.history_window import HistoryWindow

    store = _store_in_scratch()
    assert isinstance(store, Store)
    template = load_template(resource_dir("templates", "classic.toml")).template
    today = datetime(2025, 3, 14, 14, 0, tzinfo=UTC)
    first = None
    for index, (title, group, client, days) in enumerate(reversed(_HISTORY[language])):
        roster = Roster()
        names = PEOPLE if days == 2 else ("Amélie", "Bruno", client)
        for name in dict.fromkeys(names):
            roster.add(name, Role.CLIENT if name == client else Role.CONSULTANT)
        timers_only = index == 1
        record = SessionRecord(
            RecordState(mode=RecordMode.TIMERS_ONLY if timers_only else RecordMode.FULL)
        )
        live = LiveSession(template, FakeClock(100.0), roster=roster, record=record)
        live.apply(StartSession())
        if days == 2:
            _fill_notes(live, language, "learnings")
        elif not timers_only:
            record.set_text(RecordText.QUESTION, title + (" ?" if language == "fr" else "?"))
        live.apply(FinishSession())
        session_id = store.create_session(
            template_id=template.id,
            template_toml=dump_template(template),
            title=title,
            group_name=group,
            mode=SessionMode.TIMERS_ONLY if timers_only else SessionMode.FULL,
            participants=[(p.name, p.role.value) for p in roster.participants],
            facilitator="Fran",
        )
        store.save_progress(
            session_id, live=live.to_data(), wall_time=1_741_960_800.0, record=record
        )
        store.finish_session(session_id)
        moment = (today - timedelta(days=days)).isoformat(timespec="microseconds")
        # The sessions are dated as in the story told by the picture.
        with store.shared.write() as connection:
            connection.execute(
                "UPDATE sessions SET created_at = ? WHERE id = ?", (moment, session_id)
            )
        if days == 2:
            first = session_id
    # As the main window opens it: with an Export button.
    history = HistoryWindow(store, language=language, show_export=lambda _session_id: None)
    history.show()
    if query:
        history.search.setText(query)
        history.refresh_list()
    assert first is not None
    history.select(first)
    return cast(QWidget, history)


def history(language: str) -> QWidget:
    """Session > History… (Ctrl+H): past sessions, one record shown read-only."""
    return _history_window(language)


def history_search(language: str) -> QWidget:
    """The history filtered as one types, accents or not."""
    return _history_window(language, "deleguer" if language == "fr" else "delegat")


def _wrapup(language: str, *, approved: bool, full_screen: bool = False) -> QWidget:
    """The wrap-up as the console turns into it, in a main window with a saved session."""
    import dataclasses
    from datetime import UTC, datetime

    from codev_app.export.sample import sample_bundle
    from codev_app.storage import Store
    from codev_app.storage.deliveries import DeliveryState, SharedDocument
    from codev_app.ui.export.source import StoredSource
    from codev_app.ui.wrapup.view import WrapUpView

    store = _store_in_scratch()
    assert isinstance(store, Store)
    bundle = sample_bundle(language, people=6, approved=approved)
    session_id = store.save_bundle(dataclasses.replace(bundle, finished_at=datetime.now(UTC)))
    people = [p.id for p in bundle.live_session().roster.participants]
    domain = "exemple.fr" if language == "fr" else "example.org"
    store.deliveries.set_emails(
        session_id, {pid: f"{pid}@{domain}" for pid in people if pid not in ("p5",)}
    )
    if approved:
        store.deliveries.queue(
            session_id,
            [(pid, f"{pid}@{domain}", SharedDocument.PERSONAL) for pid in ("p1", "p3", "p4")],
        )
        store.deliveries.mark(session_id, "p1", DeliveryState.SENT)
        store.deliveries.mark(session_id, "p3", DeliveryState.FAILED, "recipient_refused: 550")
    view = WrapUpView(StoredSource(store, session_id), store, session_id, language=language)
    if full_screen:
        view.resize(1920, 1080)
    else:
        view.resize(720, 600)
    view.show()
    if approved:
        view.preview("p3")
    return view


def settings(language: str) -> QWidget:
    """Settings > Preferences… (Ctrl+,): every setting, saved at once."""
    from codev_app.template_library import available_templates
    from codev_app.ui.settings_window import SettingsWindow

    window = SettingsWindow(list(available_templates()[0]), language=language)
    window.change(facilitator_name="Fran Dupont", speaker_seconds=150)
    window._show(window.settings)
    window.show()
    return window


# Screens as a laptop shows them: the available area (a 30 px panel at the top), the window placed
# by Codev (codev_app.ui.screen_fit) inside it, drawn with a frame.
SCREEN_SIZES = {"720x600": (720, 600), "1440x900": (1440, 900)}


def _placed(build: Callable[[str], QWidget], wanted: Callable[[QWidget], object]) -> Callable:
    def screen_for(size: str) -> Screen:
        def screen(language: str) -> QWidget:
            from PySide6.QtCore import QRect, QSize
            from PySide6.QtGui import QColor, QPainter, QPixmap
            from PySide6.QtWidgets import QLabel

            from codev_app.ui.screen_fit import fit_in_screen

            width, height = SCREEN_SIZES[size]
            area = QRect(0, 30, width, height - 30)
            window = build(language)
            asked = wanted(window)
            if isinstance(asked, QSize):
                fit_in_screen(window, asked, area)
            else:
                window._fit_to_screen(area)  # type: ignore[attr-defined]
            for _ in range(5):  # fields fit their text once the layout has run
                QApplication.processEvents()
            desk = QPixmap(width, height)
            desk.fill(QColor("#5a6472"))
            painter = QPainter(desk)
            painter.fillRect(0, 0, width, 30, QColor("#2b2f36"))
            # As the platform frames the window (offscreen: a thin frame; a desktop's title bar
            # is estimated by fit_in_screen before the window is first shown).
            painter.fillRect(window.frameGeometry(), QColor("#d8dde3"))
            painter.drawPixmap(window.geometry().topLeft(), window.grab())
            painter.end()
            window.hide()
            label = QLabel()
            label.setPixmap(desk)
            label.resize(width, height)
            label.show()
            return label

        return screen

    return screen_for


_PLACED = {
    "settings": _placed(settings, lambda window: window.sizeHint().expandedTo(QSize(620, 0))),
    "templates": _placed(_templates_window, lambda _window: QSize(960, 680)),
    "history": _placed(history, lambda _window: QSize(1000, 680)),
    "export": _placed(lambda language: _export_window(language, approved=True), lambda _w: None),
}


CONSOLE_SIZES = {"720": (720, 600), "1280": (1280, 800), "1920": (1920, 1080)}
CONSOLE_PHASES = (*NOTES_PHASES, "paused", "break")


def _phase_console(language: str, phase_id: str, size: tuple[int, int]) -> QWidget:
    """The console in ``phase_id`` at ``size`` (half a 1440 px screen to full HD), someone with
    the floor and their countdown, notes taken so far, a line being typed where there is one.
    ``paused``: the consultation paused; ``break``: a break under way."""
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
    window.resize(*size)
    window.show()
    window.complete_startup()
    template = load_template(resource_dir("templates", "classic.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    target = "consultation" if phase_id in ("paused", "break") else phase_id
    for phase in NOTES_PHASES[: NOTES_PHASES.index(target)]:
        clock.advance(template.phases[NOTES_PHASES.index(phase)].planned_seconds)
        controller.next_phase()
    _fill_notes(console.live, language, target)
    from codev_app.ui.record.panel import NotesPanel

    for panel in console.findChildren(NotesPanel):
        panel.refresh()  # the notes were written straight into the record
    controller.apply(SetSpeakerTime(seconds=3 * 60))
    if console.live.turns.mode.value == "round":
        controller.apply(NewRound())
        controller.apply(NextSpeaker())
        controller.apply(NextSpeaker())
    else:
        _number_key(controller, 4)
        if console.live.turns.mode.value == "queue":
            _number_key(controller, 2)
            controller.apply(NextSpeaker())
    clock.advance(2 * 60 + 21)
    if phase_id == "paused":
        controller.apply(Pause())
    if phase_id == "break":
        controller.apply(InsertBreak(10))
        controller.next_phase()
        clock.advance(3 * 60 + 5)
    if console.floor.entry.isVisible():
        console.floor.line.setText(str(_NOTES[language]["typing"]))
        console.floor.focus_entry()
    controller.tick()
    _pump_while(lambda: True, 150)
    return cast(QWidget, window)


def _phase_screen(phase_id: str, size: str) -> Screen:
    def screen(language: str) -> QWidget:
        return _phase_console(language, phase_id, CONSOLE_SIZES[size])

    screen.__doc__ = f"The console at {size} px wide, {phase_id.replace('_', ' ')}."
    return screen


def _countdown_window(kind: str, paused: bool) -> Screen:
    def screen(language: str) -> QWidget:
        window = _phase_console(language, "paused" if paused else "consultation", (1280, 800))
        console = window.console  # type: ignore[attr-defined]
        if kind == "compact":
            console.enter_compact()
            return console.compact_window  # type: ignore[no-any-return]
        console.toggle_share()
        console.share_window.resize(960, 540)
        console.refresh()
        return console.share_window  # type: ignore[no-any-return]

    screen.__doc__ = (
        f"The {kind} window with the speaker's countdown{' (paused)' if paused else ''}."
    )
    return screen


def _break_share(language: str) -> QWidget:
    """The window to share during a break: "Back at …"."""
    window = _phase_console(language, "break", (1280, 800))
    console = window.console  # type: ignore[attr-defined]
    console.toggle_share()
    console.share_window.resize(960, 540)
    return console.share_window  # type: ignore[no-any-return]


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
    **{f"notes-{phase.replace('_', '-')}": _notes_screen(phase) for phase in NOTES_PHASES},
    "notes-timers-only": notes_timers_only,
    "notes-saving-problem": notes_saving_problem,
    "resume-offer": resume_offer,
    "database-repaired": database_repaired,
    "history": history,
    "history-search": history_search,
    "wrapup-not-approved": lambda language: _wrapup(language, approved=False),
    "wrapup": lambda language: _wrapup(language, approved=True),
    "wrapup-full-screen": lambda language: _wrapup(language, approved=True, full_screen=True),
    "settings": settings,
    **{
        f"placed-{name}-{size}": build(size)
        for name, build in _PLACED.items()
        for size in SCREEN_SIZES
    },
    **{
        f"phase-{phase.replace('_', '-')}-{size}": _phase_screen(phase, size)
        for phase in CONSOLE_PHASES
        for size in CONSOLE_SIZES
    },
    "countdown-compact": _countdown_window("compact", False),
    "countdown-share": _countdown_window("share", False),
    "countdown-compact-paused": _countdown_window("compact", True),
    "countdown-share-paused": _countdown_window("share", True),
    "break-share": _break_share,
}
# The first launch, the demo at each phase and the method page (tools/screenshots_welcome.py).
from screenshots_welcome import WELCOME_SCREENS  # noqa: E402

SCREENS.update(WELCOME_SCREENS)
# Peer support between sessions: requests, availability, a listening session.
from screenshots_support import SUPPORT_SCREENS  # noqa: E402

SCREENS.update(SUPPORT_SCREENS)

# Groups and cycles: the groups window, the cycle, the review session (tools/screenshots_groups.py).
from screenshots_groups import GROUP_SCREENS  # noqa: E402

SCREENS.update(GROUP_SCREENS)

# The method library: Tietze's method choice and roles, a first session's charter step.
from screenshots_library import LIBRARY_SCREENS  # noqa: E402

SCREENS.update(LIBRARY_SCREENS)

# Sharing, joining, two consoles side by side (tools/screenshots_cofacilitation.py).
from screenshots_cofacilitation import SCREENS as COFACILITATION  # noqa: E402

SCREENS.update(COFACILITATION)


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
            window.close()  # a session under way asks "Quit Codev?" first
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
    parser.add_argument(
        "--review-pdfs", action="store_true", help="also write a cycle's two review PDFs"
    )
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
    if args.review_pdfs:  # to look at with: pdftoppm -png review-….pdf page
        from screenshots_groups import write_review_pdfs

        for language in languages:
            translators = i18n.install_translators(app, language)
            print(*write_review_pdfs(args.out, language), sep="\n")
            i18n.remove_translators(app, translators)
    for name in args.screens or list(SCREENS):
        for language in languages:
            for palette in palettes:
                print(take(app, name, language, args.out, palette))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
