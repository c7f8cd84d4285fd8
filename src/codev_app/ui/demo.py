"""The demo session in the real console: a sample group plays a classic codev, fast.

:func:`start_demo` builds a real :class:`~codev_app.core.session.LiveSession` on an
:class:`~codev_app.core.clock.AcceleratedClock` (the whole plan in about five minutes), opens it
through :meth:`MainWindow.open_session` with ``saved=False`` (no database row, no autosave, no
remembered participants) and puts a :class:`DemoBar` at the top of the console. The bar says in a
sentence what happens in the current phase, and lets the facilitator let it play or step through
it (Next phase), open the method page there, or end the demo. Every move of the demo is an
ordinary command sent through the console's controller (core/demo_player.py), so what the
facilitator sees is exactly a session. At the end, "Keep it in my history" saves it, and only then.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from codev_app.core.clock import AcceleratedClock
from codev_app.core.demo import DEMO, TEMPLATE_ID, demo_speed, say
from codev_app.core.demo_player import DemoPlayer
from codev_app.core.engine import EngineState
from codev_app.core.setup import new_live_session
from codev_app.core.template import load_template
from codev_app.resources_path import resource_dir
from codev_app.ui.fonts import scaled_font

if TYPE_CHECKING:
    from codev_app.ui.console.console import ConsoleWidget
    from codev_app.ui.main_window import MainWindow
    from codev_app.ui.new_session import SessionSetup
    from codev_app.ui.session_controller import SessionController

_log = logging.getLogger(__name__)

POLL_MS = 100


class DemoRun(QObject):
    """One demo in the console: the player, its timer and its bar."""

    def __init__(
        self,
        window: MainWindow,
        controller: SessionController,
        console: ConsoleWidget,
        setup: SessionSetup,
        *,
        auto: bool,
    ) -> None:
        super().__init__(console)
        self.window, self.controller, self.console, self.setup = window, controller, console, setup
        self.kept_id: int | None = None
        self.player = DemoPlayer(
            controller.live, controller.apply, language=window.language, auto=auto
        )
        self.bar = DemoBar(self)
        layout = console.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.bar)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        controller.changed.connect(lambda _change: self.bar.refresh())
        self.bar.refresh()

    @property
    def open(self) -> bool:
        """The demo's console is still the window's console."""
        return shiboken6.isValid(self.console) and self.window.console is self.console

    def poll(self) -> None:
        """Let the script play what is due (the session's clock runs fast)."""
        if not self.open:
            self._timer.stop()
            return
        self.player.poll()

    def set_auto(self, auto: bool) -> None:
        """Let it play by itself, or wait for the facilitator's Next phase."""
        self.player.auto = auto
        self.bar.refresh()

    def next_phase(self) -> None:
        """The facilitator steps on: the rest of this phase, then the next one."""
        self.player.next_phase()

    def keep(self) -> int | None:
        """Save the demo in the history after all (the facilitator asked); its id, or None."""
        if self.kept_id is not None:
            return self.kept_id
        keeping = self.window.keeping
        session_id = keeping.create_row(self.setup, self.controller.live)
        if session_id is None:
            return None
        keeping.attach(self.controller.live, self.console, session_id)
        if keeping.flush():
            self.kept_id = session_id
        self.bar.refresh()
        return self.kept_id

    def end(self) -> None:
        """Leave the demo: the console closes and nothing is kept (unless it was)."""
        self._timer.stop()
        self.window.close_session()


class DemoBar(QFrame):
    """The strip above the console: where the demo is, in a sentence, and its controls."""

    def __init__(self, run: DemoRun) -> None:
        super().__init__()
        self.run = run
        self.setObjectName("demoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.heading = QLabel()
        self.heading.setObjectName("demoHeading")
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.about = QLabel()
        self.about.setObjectName("demoAbout")
        self.about.setWordWrap(True)
        for label in (self.heading, self.about):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.mode_button = QPushButton()
        self.mode_button.setObjectName("demoModeButton")
        self.mode_button.clicked.connect(lambda: run.set_auto(not run.player.auto))
        self.next_button = QPushButton(self.tr("Next phase"))
        self.next_button.setObjectName("demoNextButton")
        self.next_button.setAccessibleName(self.tr("Next phase of the demo"))
        self.next_button.clicked.connect(run.next_phase)
        self.help_button = QPushButton(self.tr("About this phase"))
        self.help_button.setObjectName("demoHelpButton")
        self.help_button.setToolTip(self.tr("The method page, at this phase (Shift+F1)."))
        self.help_button.clicked.connect(lambda: run.window.help_entry.open())
        self.keep_button = QPushButton(self.tr("Keep it in my history"))
        self.keep_button.setObjectName("demoKeepButton")
        self.keep_button.clicked.connect(run.keep)
        self.end_button = QPushButton()
        self.end_button.setObjectName("demoEndButton")
        self.end_button.clicked.connect(run.end)

        buttons = QHBoxLayout()
        for button in (self.mode_button, self.next_button, self.help_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Words and buttons for where the demo is."""
        if not shiboken6.isValid(self):
            return
        run = self.run
        live = run.controller.live
        state = live.state
        finished = state is EngineState.FINISHED
        if finished:
            heading = self.tr("Demo · the end")
        elif state is EngineState.NOT_STARTED:
            heading = self.tr("Demo")
        else:
            engine = live.engine
            heading = (
                self.tr("Demo · phase %1 of %2 · %3")
                .replace("%1", str(engine.current_index + 1))
                .replace("%2", str(len(engine.plan)))
                .replace("%3", engine.current_phase.name.get(run.window.language))
            )
        about = run.player.about()
        if run.kept_id is not None:
            about = self.tr("Kept in your history, like any session.")
        self.heading.setText(heading)
        self.about.setText(about)
        self.setAccessibleDescription(f"{heading}. {about}")
        self.mode_button.setText(
            self.tr("Step through it myself") if run.player.auto else self.tr("Let it play")
        )
        self.mode_button.setVisible(not finished)
        self.next_button.setVisible(not finished)
        self.help_button.setVisible(not finished)
        self.keep_button.setVisible(finished)
        self.keep_button.setEnabled(run.kept_id is None)
        self.end_button.setText(self.tr("Close the demo") if finished else self.tr("End the demo"))


def start_demo(window: MainWindow, *, auto: bool = True) -> DemoRun | None:
    """Open the demo in ``window``'s console and start it; None (with a word) if a session is
    open already."""
    from codev_app.settings import load_settings
    from codev_app.ui.new_session import SessionSetup

    if window.console is not None:
        window.console.show_notice(
            QCoreApplication.translate(
                "Demo", "A session is open. End it and close it before trying the demo."
            )
        )
        return None
    language = window.language
    template = load_template(resource_dir("templates", f"{TEMPLATE_ID}.toml")).template
    names = DEMO.names(language)
    client, title = names[DEMO.client], say(DEMO.title, language)
    clock = AcceleratedClock(window.clock, demo_speed(template))
    live = new_live_session(template, clock, participants=names, client=client, title=title)
    settings, _warnings = load_settings()
    setup = SessionSetup(
        template,
        names,
        client=client,
        title=title,
        group_name=say(DEMO.group, language),
        facilitator=settings.facilitator_name,
    )
    controller = window.open_session(setup, live=live, saved=False)
    console = window.console
    assert console is not None
    _log.info("Demo session started (not saved)")
    return DemoRun(window, controller, console, setup, auto=auto)
