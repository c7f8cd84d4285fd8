"""The method choice on the console: where the current phase offers modules (Tietze's
brainstorming, resonance round…, or consent and vote), one button and one key (Alt+1…Alt+9) per
module. Choosing sends :class:`~codev_app.core.commands.ChooseModule`; the set phase's rules,
prompts and turns follow it, and undo takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from codev_app.core.commands import ChooseModule
from codev_app.core.engine import EngineState
from codev_app.core.phase import Phase
from codev_app.core.session import LiveSession
from codev_app.ui.console.phase_card import plain_label
from codev_app.ui.session_controller import SessionController

MAX_KEYED = 9
COLUMNS = 2
SHARED_RULES = 2  # what a video tile can carry


def module_key(index: int) -> QKeySequence:
    """The key of the module at ``index`` (0-based): Alt+1…Alt+9."""
    return QKeySequence(f"Alt+{index + 1}")


def shared_choice(live: LiveSession, language: str) -> str:
    """What the group sees of the choice on the window to share, during the choice phase: the
    module chosen and its rules ("" where the phase offers no choice)."""
    if live.state is EngineState.FINISHED:
        return ""
    try:
        choice = live.template.phase(live.engine.current_phase.id)
    except KeyError:  # an inserted break
        return ""
    if not choice.modules:
        return ""
    target = next(item.phase for item in live.engine.plan if item.id == choice.sets)
    if not target.module:
        return QCoreApplication.translate("ModuleChoice", "The method is being chosen.")
    module = choice.module_named(target.module)
    rules = module.rules.lines(language)[:SHARED_RULES]
    return "\n".join(
        [
            QCoreApplication.translate("ModuleChoice", "Chosen: %1").replace(
                "%1", module.name.get(language)
            ),
            *(f"• {line}" for line in rules),
        ]
    )


class ModuleChoice(QFrame):
    """The modules of the current phase, the chosen one checked; hidden where there is none."""

    def __init__(
        self,
        live: LiveSession,
        controller: SessionController,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moduleChoice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._live = live
        self._controller = controller
        self._language = language
        self._shown: tuple[str, ...] = ()
        self._columns = 0
        # Plain text: module names come from template files (no markup ever interpreted).
        self.heading = plain_label(name="moduleChoiceHeading")
        self.chosen = plain_label(name="moduleChosen")
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.chosen)
        self.buttons: list[QPushButton] = []
        self._shortcuts: list[QShortcut] = []
        for index in range(MAX_KEYED):
            shortcut = QShortcut(module_key(index), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda index=index: self.choose(index))
            self._shortcuts.append(shortcut)
        self.hide()

    def _choice(self) -> Phase | None:
        live = self._live
        if live.state is EngineState.FINISHED:
            return None
        try:
            phase = live.template.phase(live.engine.current_phase.id)
        except KeyError:  # an inserted break
            return None
        return phase if phase.modules else None

    def choose(self, index: int) -> None:
        """Choose the module at ``index`` of the current phase (a key or a click)."""
        choice = self._choice()
        if choice is None or index >= len(choice.modules):
            return
        self._controller.apply(ChooseModule(choice.id, choice.modules[index].id))
        self.refresh()  # a refused or repeated choice announces nothing: uncheck the click

    def refresh(self) -> None:
        """Repaint after any change: the current phase's modules and which one is chosen."""
        choice = self._choice()
        self.setVisible(choice is not None)
        if choice is None:
            return
        language = self._language
        target = next(item.phase for item in self._live.engine.plan if item.id == choice.sets)
        ids = tuple(module.id for module in choice.modules)
        if ids != self._shown:
            self._build(choice)
            self._shown = ids
        set_name = self._live.template.phase(choice.sets).name.get(language)
        self.heading.setText(
            QCoreApplication.translate(
                "ModuleChoice", "Choose the module (it sets the next phase, %1):"
            ).replace("%1", set_name)
        )
        for button, module in zip(self.buttons, choice.modules, strict=False):
            button.setChecked(module.id == target.module)
        if target.module:
            module = choice.module_named(target.module)
            self.chosen.setText(
                QCoreApplication.translate("ModuleChoice", "Chosen: %1. %2")
                .replace("%1", module.name.get(language))
                .replace("%2", module.purpose.get(language))
            )
        else:
            self.chosen.setText(QCoreApplication.translate("ModuleChoice", "No module chosen yet."))

    def _build(self, choice: Phase) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, module in enumerate(choice.modules):
            key = module_key(index).toString(QKeySequence.SequenceFormat.NativeText)
            name = module.name.get(self._language).replace("&", "&&")  # no mnemonic
            button = QPushButton(f"{key} · {name}" if index < MAX_KEYED else name)
            button.setObjectName(f"module_{module.id}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolTip(module.purpose.get(self._language))
            button.clicked.connect(lambda _checked=False, index=index: self.choose(index))
            self.buttons.append(button)
        self._columns = 0
        self._place()

    def _place(self) -> None:
        """Two columns of buttons where they fit, else one (half a screen, long names)."""
        widest = max((button.sizeHint().width() for button in self.buttons), default=0)
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 20
        room = self.width() - margins
        columns = COLUMNS if room >= COLUMNS * widest + self.grid.horizontalSpacing() else 1
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(self.buttons):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column of buttons: two columns only where they fit."""
        hint = super().minimumSizeHint()
        widest = max((button.sizeHint().width() for button in self.buttons), default=0)
        return QSize(min(hint.width(), widest + 40), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
