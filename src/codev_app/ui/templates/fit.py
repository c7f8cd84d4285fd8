"""“Fit to total time”: scale the phases to the time the group has, and see it before applying.

The facilitator types the total ("we have 75 minutes"), ticks the phases whose time must not
change, and reads, phase by phase, the duration now and after. Nothing changes until "Apply";
the change is then one undo step. A total that cannot be reached is explained, with the nearest
total that can, one click away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.core.errors import InvalidDuration
from codev_app.core.scaling import FitResult, InfeasibleFit, fit_to_total
from codev_app.core.template import MAX_PHASE_MINUTES, Phase

NBSP = "\u00a0"
KEEP, NAME, BEFORE, AFTER, CHANGE = range(5)


def _duration(seconds: int) -> str:
    return i18n.format_duration(seconds, space=NBSP)


def _delta(seconds: int) -> str:
    if seconds == 0:
        return "="
    sign = "+" if seconds > 0 else "−"
    return f"{sign}{_duration(abs(seconds))}"


class FitPanel(QWidget):
    """Target total, minimum per phase, phases to keep, and the before/after of every phase."""

    apply_requested = Signal(object)  # dict: phase id -> new planned seconds
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitPanel")
        self._phases: tuple[Phase, ...] = ()
        self._names: list[str] = []
        self._pinned: set[str] = set()
        self._filling = False
        self.result: FitResult | None = None
        self.error: InvalidDuration | None = None
        self._suggested_minutes = 0

        self.heading = QLabel(self.tr("Fit to total time"))
        heading_font = QFont(self.font())
        heading_font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(heading_font)
        self.intro = QLabel(
            self.tr(
                "Every phase grows or shrinks in proportion, in whole minutes. "
                "Tick the phases whose time must not change."
            )
        )
        self.intro.setWordWrap(True)

        self.target = QSpinBox()
        self.target.setObjectName("fitTarget")
        self.target.setRange(1, MAX_PHASE_MINUTES * 30)
        self.target.setSuffix(f"{NBSP}min")
        self.target.setAccessibleName(self.tr("Total time in minutes"))
        self.minimum = QSpinBox()
        self.minimum.setObjectName("fitMinimum")
        self.minimum.setRange(1, MAX_PHASE_MINUTES)
        self.minimum.setValue(1)
        self.minimum.setSuffix(f"{NBSP}min")
        self.minimum.setAccessibleName(self.tr("Shortest phase in minutes"))
        for spin in (self.target, self.minimum):
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000 min") + 60)
        form = QFormLayout()
        form.addRow(self.tr("&Total time"), self.target)
        form.addRow(self.tr("&Shortest phase"), self.minimum)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("fitTable")
        self.table.setAccessibleName(self.tr("Phases before and after"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keep"), self.tr("Phase"), self.tr("Now"), self.tr("After"), self.tr("Change")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel()
        self.summary.setObjectName("fitSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fitMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.suggestion = QPushButton()
        self.suggestion.setObjectName("fitSuggestion")
        self.suggestion.hide()
        self.suggestion.clicked.connect(lambda: self.target.setValue(self._suggested_minutes))

        self.apply_button = QPushButton(self.tr("Appl&y"))
        self.apply_button.setObjectName("fitApply")
        self.apply_button.setAccessibleName(self.tr("Apply the new durations"))
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Cl&ose"))
        self.close_button.setObjectName("fitClose")
        self.close_button.setAccessibleName(self.tr("Close without changing"))
        self.close_button.clicked.connect(self.close_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.suggestion)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.target.valueChanged.connect(self.refresh)
        self.minimum.valueChanged.connect(self.refresh)
        self.table.itemChanged.connect(self._on_item_changed)

    # --- content -----------------------------------------------------------------------------

    def set_phases(self, phases: Sequence[Phase], names: Sequence[str]) -> None:
        """Show these phases (kept phases stay ticked, by id) and work out the fit again."""
        self._phases = tuple(phases)
        self._names = list(names)
        self._pinned &= {phase.id for phase in self._phases}
        self._filling = True
        try:
            self.table.setRowCount(len(self._phases))
            for row, (phase, name) in enumerate(zip(self._phases, self._names, strict=True)):
                keep = QTableWidgetItem()
                keep.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                keep.setCheckState(
                    Qt.CheckState.Checked if phase.id in self._pinned else Qt.CheckState.Unchecked
                )
                keep.setData(Qt.ItemDataRole.UserRole, phase.id)
                keep.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Keep the time of %1").replace("%1", name),
                )
                self.table.setItem(row, KEEP, keep)
                for column, text in ((NAME, name), (BEFORE, _duration(phase.planned_seconds))):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, column, item)
                for column in (AFTER, CHANGE):
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False
        self.refresh()

    def start(self, phases: Sequence[Phase], names: Sequence[str]) -> None:
        """Open on these phases, with their current total as the target."""
        self._pinned.clear()
        total = sum(phase.planned_seconds for phase in phases)
        self.target.blockSignals(True)
        self.target.setValue(max(1, round(total / 60)))
        self.target.blockSignals(False)
        self.set_phases(phases, names)

    @property
    def pinned(self) -> frozenset[str]:
        """Ids of the phases whose time is kept."""
        return frozenset(self._pinned)

    def set_pinned(self, phase_id: str, pinned: bool) -> None:
        """Keep (or free) the time of one phase."""
        for row, phase in enumerate(self._phases):
            if phase.id == phase_id:
                state = Qt.CheckState.Checked if pinned else Qt.CheckState.Unchecked
                self._item(row, KEEP).setCheckState(state)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled by set_phases
        return item

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != KEEP:
            return
        phase_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._pinned.add(phase_id)
        else:
            self._pinned.discard(phase_id)
        self.refresh()

    # --- the fit -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Work out the fit for the current target, minimum and kept phases, and show it."""
        self.result, self.error = None, None
        target = self.target.value() * 60
        try:
            self.result = fit_to_total(
                self._phases, target, minimum_seconds=self.minimum.value() * 60, pinned=self._pinned
            )
        except InvalidDuration as error:
            self.error = error
        self._filling = True
        try:
            for row in range(len(self._phases)):
                after_item, change_item = self._item(row, AFTER), self._item(row, CHANGE)
                if self.result is None:
                    after_item.setText("")
                    change_item.setText("")
                    continue
                change = self.result.changes[row]
                after_item.setText(_duration(change.after_seconds))
                change_item.setText(_delta(change.delta_seconds))
                bold = QFont(self.table.font())
                bold.setWeight(
                    QFont.Weight.DemiBold if change.delta_seconds else QFont.Weight.Normal
                )
                after_item.setFont(bold)
        finally:
            self._filling = False
        self._show_outcome(target)

    def _show_outcome(self, target: int) -> None:
        before = sum(phase.planned_seconds for phase in self._phases)
        self.suggestion.hide()
        message = ""
        if self.result is not None:
            self.summary.setText(
                self.tr("Now %1, after %2.")
                .replace("%1", _duration(before))
                .replace("%2", _duration(self.result.total_after_seconds))
            )
            if not self.result.exact:
                message = self.tr(
                    "The phases you keep have odd seconds: the closest total is %1."
                ).replace("%1", _duration(self.result.total_after_seconds))
        else:
            self.summary.setText(self.tr("Now %1.").replace("%1", _duration(before)))
            message = self._explain(self.error, target)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.message.setAccessibleDescription(message)
        changes = self.result is not None and any(c.delta_seconds for c in self.result.changes)
        self.apply_button.setEnabled(changes)

    def _explain(self, error: InvalidDuration | None, target: int) -> str:
        if not isinstance(error, InfeasibleFit):
            return str(error) if error is not None else ""
        lowest, highest = error.lowest_seconds, error.highest_seconds
        if lowest == highest:
            return self.tr(
                "Every phase keeps its time, so the plan lasts %1. "
                "Untick a phase to change the total."
            ).replace("%1", _duration(lowest))
        if target < lowest:
            text = self.tr(
                "%1 is too short: the phases you keep and the shortest time per phase need at "
                "least %2."
            )
            nearest = lowest
        else:
            text = self.tr(
                "%1 is too long: no phase may last more than %3. The most is %2."
            ).replace("%3", _duration(MAX_PHASE_MINUTES * 60))
            nearest = highest
        self._suggested_minutes = -(-nearest // 60) if target < lowest else nearest // 60
        self.suggestion.setText(self.tr("Use %1").replace("%1", _duration(nearest)))
        self.suggestion.setAccessibleName(self.suggestion.text())
        self.suggestion.show()
        return text.replace("%1", _duration(target)).replace("%2", _duration(nearest))

    def apply(self) -> None:
        """Ask for the new durations (only the phases that change)."""
        if self.result is None:
            return
        changes = {c.phase_id: c.after_seconds for c in self.result.changes if c.delta_seconds}
        if changes:
            self.apply_requested.emit(changes)
