"""Screens of the method library, for tools/screenshots.py: a Kollegiale Beratung (Tietze) session
at the method choice, with a module chosen (console and window to share) and in the advice that
follows it, roles given; the charter step of a first session of a cycle with the group's charter.
Each at 720×600 (a window beside the video call) and full screen (1920×1080)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from codev_app.core.clock import FakeClock

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.session_controller import SessionController

Screen = Callable[[str], QWidget]
SIZES = {"720": (720, 600), "full": (1920, 1080)}
PEOPLE = ("Amélie", "Bruno", "Chloé", "David", "Élise", "Farid")
_KEEP: list[object] = []  # stores alive until the screenshot is taken


def _console(
    language: str, template_id: str, size: tuple[int, int], *, store: bool = False
) -> tuple[MainWindow, SessionController, ConsoleWidget, FakeClock]:
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
    if store:
        from codev_app.storage import Store

        opened = Store(Path(tempfile.mkdtemp(prefix="codev-library-")) / "codev.sqlite3")
        _KEEP.append(opened)
        window.attach_store(opened)
    template = load_template(resource_dir("templates", f"{template_id}.toml")).template
    controller = window.open_session(SessionSetup(template, PEOPLE, client="Chloé"))
    console = window.console
    assert console is not None
    return window, controller, console, clock


def _tietze(language: str, stage: str, size: tuple[int, int]) -> QWidget:
    from codev_app.core.commands import ChooseModule, NextPhase, SelectSpeaker, SetRole
    from codev_app.core.participants import Role

    window, controller, console, clock = _console(language, "kollegiale-fallberatung", size)
    live = console.live
    people = {person.name: person.id for person in live.roster}
    for name, role in (("Bruno", Role.MODERATOR), ("David", Role.SCRIBE)):
        controller.apply(SetRole(people[name], role))
    controller.apply(SetRole(people["Élise"], Role.PROCESS_OBSERVER))
    while live.engine.current_phase.id != "method":
        clock.advance(live.engine.current_phase.planned_seconds)
        controller.apply(NextPhase())
    clock.advance(75)
    if stage in ("chosen", "share", "advice"):
        controller.apply(ChooseModule("method", "headstand"))
    if stage == "advice":
        clock.advance(150)
        controller.apply(NextPhase())
        controller.apply(SelectSpeaker(people["Farid"]))
        clock.advance(64)
    controller.tick()
    if stage == "share":
        console.toggle_share()
        share = console.share_window
        assert share is not None
        share.resize(*size)
        for _ in range(5):
            QApplication.processEvents()
        return share
    for _ in range(5):
        QApplication.processEvents()
    return window


def _charter(language: str, size: tuple[int, int]) -> QWidget:
    from dataclasses import replace

    from codev_app.core.commands import NextPhase
    from codev_app.core.groups import new_group
    from codev_app.storage.groups import GroupStore
    from codev_app.ui.groups.panel import add_group_panel

    window, controller, console, clock = _console(language, "first-session", size, store=True)
    store = window.store
    assert store is not None and window.current_session_id is not None
    groups = GroupStore(store)
    name = "Dirigeants du jeudi" if language == "fr" else "Thursday directors"
    group = new_group(name, ["Dominique"], language=language)
    extra = (
        "Téléphones en silencieux pendant les séances."
        if language == "fr"
        else "Phones on silent during the sessions."
    )
    group = groups.save_group(replace(group, charter=f"{group.charter}\n{extra}"))
    groups.link_session(window.current_session_id, group.id)
    add_group_panel(console, group)
    live = console.live
    while live.engine.current_phase.id != "charter":
        clock.advance(live.engine.current_phase.planned_seconds)
        controller.apply(NextPhase())
    clock.advance(7 * 60)
    controller.tick()
    for _ in range(5):
        QApplication.processEvents()
    return window


def _second_case(language: str, size: tuple[int, int], stop: str = "case2-action_plan") -> QWidget:
    """Two cases in a half day, in a phase of the second case: its own notes in the Notes."""
    from codev_app.core.commands import (
        AddActionItem,
        NextPhase,
        SetHelpKind,
        SetRole,
        SetText,
        new_item_id,
    )
    from codev_app.core.participants import Role
    from codev_app.core.record import HelpKind, RecordText
    from codev_app.ui.record.panel import NotesPanel

    window, controller, console, clock = _console(language, "two-cases", size)
    live = console.live
    people = {person.name: person.id for person in live.roster}
    fr = language == "fr"
    texts = {
        "case1-exposition": (1, RecordText.QUESTION, "Comment déléguer sans tout reprendre ?"
                             if fr else "How can I delegate without taking it all back?"),
        "case1-contract": (1, RecordText.REQUEST, "Des idées pour déléguer une tâche"
                           if fr else "Ideas to delegate one task"),
        "case2-exposition": (2, RecordText.QUESTION, "Comment dire non à ma directrice ?"
                             if fr else "How do I say no to my director?"),
        "case2-contract": (2, RecordText.REQUEST, "Des phrases pour commencer la conversation"
                           if fr else "Phrases to open the conversation"),
    }  # fmt: skip
    while True:
        phase_id = live.engine.current_phase.id
        if phase_id in texts:
            case, which, text = texts[phase_id]
            controller.apply(SetText(which, text, case))
            if which is RecordText.REQUEST:
                controller.apply(SetHelpKind(HelpKind.EXPERIENCES, True, case))
        if phase_id == stop:
            break
        if live.engine.current_phase.id == "case1-action_plan":
            what = "Déléguer le rapport mensuel" if fr else "Delegate the monthly report"
            controller.apply(AddActionItem(new_item_id(), what, "vendredi" if fr else "Friday"))
        if live.engine.current_phase.id == "break":
            controller.apply(SetRole(people["Bruno"], Role.CLIENT))
        clock.advance(live.engine.current_phase.planned_seconds)
        controller.apply(NextPhase())
    steps = (
        ("Réserver une salle pour l'équipe", "lundi")
        if fr
        else ("Book a room for the team", "Monday"),
        ("Demander l'avis de Farid", "mardi") if fr else ("Ask Farid's view", "Tuesday"),
    )
    for what, when in steps if stop == "case2-action_plan" else ():
        controller.apply(AddActionItem(new_item_id(), what, when, case=2))
    clock.advance(4 * 60)
    panel = console.findChild(NotesPanel)
    assert panel is not None
    console.side_tabs.setCurrentWidget(panel)
    controller.tick()
    for _ in range(5):
        QApplication.processEvents()
    return window


def _screen(build: Callable[[str, tuple[int, int]], QWidget], size: str, doc: str) -> Screen:
    def screen(language: str) -> QWidget:
        return build(language, SIZES[size])

    screen.__doc__ = f"{doc} ({'×'.join(map(str, SIZES[size]))})."
    return screen


def _stage(stage: str) -> Callable[[str, tuple[int, int]], QWidget]:
    return lambda language, size: _tietze(language, stage, size)


LIBRARY_SCREENS: dict[str, Screen] = {}
for _size in SIZES:
    LIBRARY_SCREENS |= {
        f"tietze-choice-{_size}": _screen(_stage("choice"), _size, "Tietze: the method choice"),
        f"tietze-chosen-{_size}": _screen(_stage("chosen"), _size, "Tietze: a module chosen"),
        f"tietze-share-{_size}": _screen(_stage("share"), _size, "Tietze: the module shared"),
        f"tietze-advice-{_size}": _screen(_stage("advice"), _size, "Tietze: the advice after it"),
        f"charter-step-{_size}": _screen(_charter, _size, "First session: the group's charter"),
        f"second-case-plan-{_size}": _screen(
            _second_case, _size, "Two cases: the second case's action plan"
        ),
        f"second-case-contract-{_size}": _screen(
            lambda language, size: _second_case(language, size, "case2-contract"),
            _size,
            "Two cases: the second case's own question and contract",
        ),
    }
