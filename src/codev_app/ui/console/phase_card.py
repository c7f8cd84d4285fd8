"""The current phase's card: its purpose, who speaks, the rules, and words to read aloud.

Everything a facilitator might want to say or check during a phase, one rule per line, the
opening and closing prompts quoted so they can be read as they are. The details fold away with
one key (the console remembers the choice); the card is only rebuilt when the phase changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from codev_app.core.template import Phase
from codev_app.ui.console.texts import speakers_text


def plain_label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A QLabel that shows its text literally (names may contain ``<b>``), word-wrapped."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if name:
        label.setObjectName(name)
    return label


def quoted(text: str) -> str:
    """A prompt between the quotation marks of the interface language."""
    return QCoreApplication.translate("PhaseCard", "“%1”").replace("%1", text)


class PhaseCard(QWidget):
    """Purpose, speakers, rules and prompts of one phase; the details can be folded."""

    collapsed_changed = Signal(bool)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseCard")
        self._language = language

        self.toggle = QToolButton()
        self.toggle.setObjectName("detailsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setText(QCoreApplication.translate("PhaseCard", "Phase details"))
        self.toggle.setAccessibleName(QCoreApplication.translate("PhaseCard", "Phase details"))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.toggle.setFont(bold)
        self.toggle.toggled.connect(self._on_toggled)

        self.body = QWidget()
        self.body.setObjectName("phaseDetails")
        self.purpose = plain_label(name="phasePurpose")
        self.speakers = plain_label(name="phaseSpeakers")
        self.rules_heading = plain_label(
            QCoreApplication.translate("PhaseCard", "Rules"), name="rulesHeading"
        )
        self.rules = plain_label(name="phaseRules")
        self.opening_heading = plain_label(
            QCoreApplication.translate("PhaseCard", "To open the phase, you can say:"),
            name="openingHeading",
        )
        self.opening = plain_label(name="openingPrompt")
        self.closing_heading = plain_label(
            QCoreApplication.translate("PhaseCard", "To close it:"), name="closingHeading"
        )
        self.closing = plain_label(name="closingPrompt")
        for heading in (self.rules_heading, self.opening_heading, self.closing_heading):
            heading.setFont(bold)
        italic = QFont(self.font())
        italic.setItalic(True)
        for prompt in (self.opening, self.closing):
            prompt.setFont(italic)

        self._sections = 0
        body_layout = self.body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(4, 0, 4, 0)
        body_layout.setSpacing(6)
        body_layout.addWidget(self.purpose)
        body_layout.addWidget(self.speakers)
        body_layout.addSpacing(4)
        body_layout.addWidget(self.rules_heading)
        body_layout.addWidget(self.rules)
        body_layout.addSpacing(4)
        body_layout.addWidget(self.opening_heading)
        body_layout.addWidget(self.opening)
        body_layout.addWidget(self.closing_heading)
        body_layout.addWidget(self.closing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # --- content -------------------------------------------------------------------------------

    def show_phase(self, phase: Phase | None) -> None:
        """Show ``phase`` (None: the session is over)."""
        language = self._language
        if phase is None:
            for label in self._labels():
                label.hide()
            self.purpose.setText(
                QCoreApplication.translate(
                    "PhaseCard", "The session is over. Thank everyone for their time."
                )
            )
            self.purpose.show()
            return
        purpose = phase.purpose.get(language)
        if phase.is_break and not purpose:
            purpose = QCoreApplication.translate(
                "PhaseCard", "A break. The timer shows when the group comes back."
            )
        self._set(self.purpose, purpose)
        self._set(self.speakers, speakers_text(phase))
        rules = phase.rules.lines(language)
        self._set(self.rules, "\n".join(f"• {line}" for line in rules))
        self.rules_heading.setVisible(bool(rules))
        opening = phase.opening_prompt.get(language)
        closing = phase.closing_prompt.get(language)
        self._set(self.opening, quoted(opening) if opening else "")
        self.opening_heading.setVisible(bool(opening))
        self._set(self.closing, quoted(closing) if closing else "")
        self.closing_heading.setVisible(bool(closing))

    def add_section(self, widget: QWidget) -> None:
        """A section of the details that follows the session, not the phase (e.g. the roles),
        shown after the rules (the prompts to read aloud stay last)."""
        self._sections += 1
        self.body_layout.insertWidget(self.body_layout.indexOf(self.rules) + self._sections, widget)

    def rule_lines(self) -> list[str]:
        """The rules shown, one per line, without their bullets."""
        text = self.rules.text()
        return [line.removeprefix("• ") for line in text.splitlines()] if text else []

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _labels(self) -> tuple[QLabel, ...]:
        return (
            self.purpose,
            self.speakers,
            self.rules_heading,
            self.rules,
            self.opening_heading,
            self.opening,
            self.closing_heading,
            self.closing,
        )

    # --- folding -------------------------------------------------------------------------------

    @property
    def collapsed(self) -> bool:
        """Whether the details are folded away."""
        return not self.toggle.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold (or unfold) the details."""
        self.toggle.setChecked(not collapsed)

    def _on_toggled(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(
            QCoreApplication.translate("PhaseCard", "Shown")
            if expanded
            else QCoreApplication.translate("PhaseCard", "Hidden")
        )
        self.collapsed_changed.emit(not expanded)
