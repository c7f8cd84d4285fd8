"""Screens of groups and cycles, for tools/screenshots.py: the groups window (members and charter,
the cycle's planning with a proposal to gather earlier sessions), and the console of the cycle's
review session with its Group panel (charter, resources, the cycle so far); each at 720×600 (a
window beside the video call) and full screen (1920×1080). ``write_review_pdfs`` writes both
review PDFs (group, facilitators) of the same cycle, to look at with pdftoppm."""

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
NAMES = ("Awa Diallo", "Bruno Lefort", "Chloé Faÿ", "Dmitri Ivanov", "Eun-ji Park")
_KEEP: list[object] = []  # stores and windows alive until the screenshot is taken

_CASES = {
    "fr": (
        ("Comment déléguer sans tout reprendre derrière l’équipe ?", "Confier le planning à Inès"),
        ("Comment dire non à ma direction sans me fermer de portes ?", "Préparer trois phrases"),
    ),
    "en": (
        ("How can I delegate without redoing everything after the team?", "Hand the rota to Ines"),
        ("How do I say no to my director without closing doors?", "Prepare three sentences"),
    ),
}


def _held_sessions(main: QWidget, window: QWidget, clock: FakeClock, language: str) -> None:
    """Two sessions of the cycle run through the window (one member absent at the second)."""
    from codev_app.core import commands as c
    from codev_app.core.record import RecordText

    for number, (question, plan) in enumerate(_CASES[language]):
        assert window.cycle_tab.start_next_session()  # type: ignore[attr-defined]
        main.new_session_page.request_start()  # type: ignore[attr-defined]
        controller = main.controller  # type: ignore[attr-defined]
        live = controller.live
        if number == 1:
            absent = next(p for p in live.roster if p.name == "Eun-ji Park")
            controller.apply(c.SetCame(absent.id, False))
        controller.apply(c.SetText(RecordText.QUESTION, question))
        controller.apply(c.AddActionItem("a1", plan, "2026-04-01"))
        if number == 1:
            follow_up = "Inès a pris le planning : deux semaines sans urgence."
            if language != "fr":
                follow_up = "Ines took the rota: two weeks with no emergency."
            controller.apply(c.SetText(RecordText.FOLLOW_UP, follow_up))
        clock.advance(5400)
        controller.apply(c.FinishSession())
        main.close_session()  # type: ignore[attr-defined]


def _groups_window(language: str, size: tuple[int, int], *, held: bool) -> tuple[QWidget, QWidget]:
    from codev_app.core.cycles import plan_cycle, zone
    from codev_app.core.groups import Member, Resource, accepted_charter, new_group, with_member
    from codev_app.export.sample import sample_bundle
    from codev_app.storage import Store
    from codev_app.storage.groups import GroupStore
    from codev_app.template_library import template_summaries
    from codev_app.ui.console.chime import SilentChime
    from codev_app.ui.groups.window import GroupsWindow
    from codev_app.ui.main_window import MainWindow

    store = Store(Path(tempfile.mkdtemp(prefix="codev-groups-")) / "codev.sqlite3")
    today = date.today()
    name = "Dirigeants du jeudi" if language == "fr" else "Thursday leaders"
    group = new_group(name, ["Dominique Roux", "Lou Martin"], language=language)
    for person in NAMES:
        email = person.split()[0].lower().replace("é", "e").replace("ÿ", "y") + "@example.org"
        group = with_member(group, Member(person, email=email, joined_on=today))
    for person in NAMES[:3]:
        group = accepted_charter(group, person, today - timedelta(days=28))
    helpline = "Ligne d’écoute des dirigeants" if language == "fr" else "Leaders' helpline"
    reading = "Le codéveloppement professionnel (Payette, Champagne)"
    groups = GroupStore(store)
    group = groups.save_group(
        replace(
            group,
            resources=(Resource(helpline, "0 805 65 50 50"), Resource(reading)),
            print_resources=True,
        )
    )
    first = datetime(2026, 3, 5, 18, 0, tzinfo=zone("Europe/Paris"))
    groups.save_cycle(
        plan_cycle(group, sessions=4, first=first, every=timedelta(weeks=4), template_id="classic")
    )
    for _ in range(2):  # sessions from before the group, typed with its name: a proposal
        store.save_bundle(replace(sample_bundle(language, people=4), group_name=name))
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
    window = GroupsWindow(main, store)
    if held:
        _held_sessions(main, window, clock, language)
        window.refresh()
    window.resize(*size)
    window.show()
    _KEEP.extend((store, main, window))
    return main, window


def _members(size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        window = _groups_window(language, size, held=False)[1]
        window.members.setCurrentRow(3)  # type: ignore[attr-defined]
        return window

    return screen


def _cycle(size: tuple[int, int]) -> Screen:
    def screen(language: str) -> QWidget:
        window = _groups_window(language, size, held=True)[1]
        window.tabs.setCurrentWidget(window.cycle_tab)  # type: ignore[attr-defined]
        return window

    return screen


def _review_console(size: tuple[int, int]) -> Screen:
    """The cycle's third session run by the cycle-review template, its Group panel shown."""

    def screen(language: str) -> QWidget:
        main, window = _groups_window(language, size, held=True)
        assert window.cycle_tab.start_next_session()  # type: ignore[attr-defined]
        page = main.new_session_page  # type: ignore[attr-defined]
        page.template_combo.setCurrentIndex(page.template_combo.findData("cycle-review"))
        page.request_start()
        window.hide()
        console = main.console  # type: ignore[attr-defined]
        from codev_app.ui.groups.panel import GroupPanel

        panel = console.findChild(GroupPanel)
        console.side_tabs.setCurrentWidget(panel)
        main.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        return main

    return screen


def write_review_pdfs(out: Path, language: str) -> list[Path]:
    """Both review PDFs of the screenshots' cycle (two sessions held), in ``out``."""
    from codev_app.core.review import ReviewAudience

    _main, window = _groups_window(language, SIZES["720"], held=True)
    paths = []
    for audience in ReviewAudience:
        path = out / f"review-{audience.value}-{language}.pdf"
        window.cycle_tab.write_review(path, audience)  # type: ignore[attr-defined]
        paths.append(path)
    return paths


GROUP_SCREENS: dict[str, Screen] = {
    **{f"groups-members-{name}": _members(size) for name, size in SIZES.items()},
    **{f"groups-cycle-{name}": _cycle(size) for name, size in SIZES.items()},
    **{f"groups-review-session-{name}": _review_console(size) for name, size in SIZES.items()},
}
