"""Screens of peer support between sessions, for tools/screenshots.py: a group's requests (one
flagged, one referred), the availability and relaunch tab, and a one-to-one listening session in
the console; each at 720×600 (a window beside the video call) and full screen (1920×1080)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from codev_app.core.clock import FakeClock

Screen = Callable[[str], QWidget]
SIZES = {"720": (720, 600), "full": (1920, 1080)}
NAMES = ("Bruno Lefort", "Awa Diallo", "Chloé Faÿ", "Dmitri Ivanov", "Eun-ji Park", "Farid Haddad")
_KEEP: list[object] = []  # stores and windows alive until the screenshot is taken


def _support_window(language: str, size: tuple[int, int]) -> tuple[QWidget, QWidget, FakeClock]:
    from codev_app.core import support as s
    from codev_app.core.groups import Member, Resource, new_group, with_member
    from codev_app.storage import Store
    from codev_app.storage.groups import GroupStore
    from codev_app.storage.support import SupportStore
    from codev_app.template_library import template_summaries
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.support.window import SupportWindow

    store = Store(Path(tempfile.mkdtemp(prefix="codev-support-")) / "codev.sqlite3")
    today = date.today()
    group = new_group("Système de soutien CNV", ["Perrine"], language=language)
    for name in NAMES:
        group = with_member(group, Member(name, joined_on=today - timedelta(days=40)))
    titles = (
        ("Service social du travail", "Programme d’aide aux employés")
        if language == "fr"
        else ("Social worker", "Employee assistance programme")
    )
    group = GroupStore(store).save_group(
        replace(group, resources=tuple(Resource(t, "01 23 45 67 89") for t in titles))
    )
    ids = {m.name: m.id for m in group.members}
    support = SupportStore(store)
    for name, slots, weeks in (
        ("Awa Diallo", "mon 18:00-20:00, thu 12:00-13:00", None),
        ("Dmitri Ivanov", "sat 10:00-11:00", None),
        ("Farid Haddad", "wed 19:00-20:00", 2),
        ("Bruno Lefort", "tue 20:00-21:00", 3),
    ):
        offered = s.Availability(ids[name], s.parse_slots(slots), relaunch_after_weeks=weeks)
        support.save_availability(group.id, offered)
    support.save_availability(group.id, s.Availability(ids["Chloé Faÿ"], ask_me=True))
    fr = language == "fr"
    asked = [
        ("Bruno Lefort", s.SupportKind.LISTENING, 9, False, True, 3, "Awa Diallo", "closed"),
        ("Chloé Faÿ", s.SupportKind.LISTENING, 5, True, False, 0, None, "open"),
        ("Eun-ji Park", s.SupportKind.RESOURCES, 4, True, True, None, None, "referred"),
        ("Dmitri Ivanov", s.SupportKind.INFORMATION, 2, False, False, 7, "Chloé Faÿ", "held"),
        ("Bruno Lefort", s.SupportKind.LISTENING, 0, False, True, 4, None, "open"),
    ]
    for name, kind, ago, urgent, important, within, listener, state in asked:
        on = today - timedelta(days=ago)
        note = (
            "Deux temps d’écoute cette semaine, la médiation au lycée me pèse"
            if fr
            else "Two listening times this week; the mediation at school weighs on me"
        )
        request = s.new_request(
            group,
            name,
            kind,
            on,
            urgent=urgent,
            important=important,
            by_when=on + timedelta(days=within) if within is not None else None,
            note=note,
        )
        if listener:
            request = s.matched(group, request, listener, on)
        if state in ("held", "closed"):
            request = s.held(request, on + timedelta(days=1), 45)
        if state == "closed":
            request = s.closed(request, on + timedelta(days=1))
        if state == "referred":
            request = s.referred(group, request, titles[0], on)
        support.save_request(request)

    clock = FakeClock()
    main = MainWindow(
        language=language,
        clock=clock,
        chime=SilentChime(),
        wall_clock=lambda: datetime(2026, 3, 5, 18, 0),
    )
    main.show()
    main.complete_startup()
    main.attach_store(store)
    templates, problems = template_summaries()
    main.set_templates(templates, len(problems))
    window = SupportWindow(main, store, group)
    window.resize(*size)
    window.show()
    window.list.setCurrentRow(len(asked) - 1)
    _KEEP.extend((store, main, window))
    return main, window, clock


def _requests(size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        return _support_window(language, size)[1]

    return screen


def _availability(size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        window = _support_window(language, size)[1]
        window.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        return window

    return screen


def _listening(size: tuple[int, int]) -> Screen:
    """The listening session of Bruno's latest request, 8 minutes into "listen with empathy"."""

    def screen(language: str) -> QWidget:
        main, window, clock = _support_window(language, size)
        window.match()  # type: ignore[attr-defined]
        assert window.start_listening()  # type: ignore[attr-defined]
        page = main.new_session_page  # type: ignore[attr-defined]
        page.request_start()
        controller = main.controller  # type: ignore[attr-defined]
        from codev_app.core.commands import NextPhase

        for _ in range(2):
            clock.advance(240)
            controller.apply(NextPhase())
        clock.advance(480)
        window.hide()
        main.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        return main

    return screen


SUPPORT_SCREENS: dict[str, Screen] = {
    **{f"support-requests-{name}": _requests(size) for name, size in SIZES.items()},
    **{f"support-availability-{name}": _availability(size) for name, size in SIZES.items()},
    **{f"support-listening-{name}": _listening(size) for name, size in SIZES.items()},
}
