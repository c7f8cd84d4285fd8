"""The Settings window (Settings > Preferences…, Ctrl+,; see codev_app.ui.settings_entry):
every setting of settings.json in one calm window.

Each change is saved at once, atomically (:func:`codev_app.settings.save_settings`); nothing to
confirm, no OK button. A line under the form says what happened ("Saved.", or why not, and the
control goes back to the saved value). The window never blocks the main window: a session may be
running. What each setting changes and when:

- language: the next time Codev starts (the interface is built in one language);
- facilitator's name: printed on the documents of the sessions started from now on;
- default template, gentle warning, time per speaker, chime: the next session started;
- keep notes for: at the next start (the clean-up runs then).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from codev_app.core.template import Template
from codev_app.settings import (
    MAX_NAME_LENGTH,
    MAX_SPEAKER_SECONDS,
    MIN_SPEAKER_SECONDS,
    Language,
    Settings,
    load_settings,
    save_settings,
)
from codev_app.ui.duration_field import DurationSpinBox
from codev_app.ui.fonts import scaled_font
from codev_app.ui.screen_fit import fit_in_screen

_log = logging.getLogger(__name__)

NAME_SAVE_DELAY_MS = 500
RETENTION_CHOICES = (0, 6, 12, 24)  # months; 0: until deleted by hand (None in the settings)


translate = QCoreApplication.translate


class SettingsWindow(QWidget):
    """See the module docstring. ``templates`` are offered as the default template."""

    #: The settings as saved after a change.
    changed = Signal(object)

    def __init__(
        self,
        templates: list[Template],
        *,
        language: str,
        save: Callable[[Settings], object] = save_settings,
        load: Callable[[], Settings] = lambda: load_settings()[0],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(translate("SettingsWindow", "Settings — Codev"))
        self.setAccessibleName(translate("SettingsWindow", "Settings"))
        self.language = language
        self._save = save
        self.settings = load()
        self._build(templates)
        self._show(self.settings)
        self._connect()
        self.setMinimumSize(420, 360)
        fit_in_screen(self, self.sizeHint().expandedTo(QSize(620, 0)))

    # --- building ------------------------------------------------------------------------------

    def _build(self, templates: list[Template]) -> None:
        heading = QLabel(translate("SettingsWindow", "Settings"))
        heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        intro = QLabel(translate("SettingsWindow", "Every change is saved at once."))
        intro.setWordWrap(True)

        self.language_combo = QComboBox()
        self.language_combo.addItem(
            translate("SettingsWindow", "System language"), Language.SYSTEM.value
        )
        self.language_combo.addItem("Français", Language.FR.value)
        self.language_combo.addItem("English", Language.EN.value)
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(MAX_NAME_LENGTH)
        self.name_field.setPlaceholderText(
            translate("SettingsWindow", "As printed on the documents")
        )
        self.template_combo = QComboBox()
        for template in templates:
            self.template_combo.addItem(template.name.get(self.language), template.id)
        self.warning_spin = QSpinBox()
        self.warning_spin.setRange(0, 50)
        self.warning_spin.setSuffix("\u00a0%")
        self.warning_spin.setSpecialValueText(translate("SettingsWindow", "No warning"))
        self.warning_spin.setToolTip(
            translate(
                "SettingsWindow", "The gentle warning comes when this share of a phase is left."
            )
        )
        self.speaker_spin = DurationSpinBox()
        self.speaker_spin.setRange(0, MAX_SPEAKER_SECONDS)
        self.speaker_spin.setSpecialValueText(translate("SettingsWindow", "No limit"))
        self.speaker_spin.setToolTip(
            translate(
                "SettingsWindow",
                "For rounds and raised hands, when the template sets no time per speaker. "
                "In minutes (3) or minutes and seconds (1:30).",
            )
        )
        self.chime_box = QCheckBox(
            translate("SettingsWindow", "Play a &chime at the end of a phase")
        )
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 4)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_value)
        self.retention_combo = QComboBox()
        self.retention_combo.addItem(translate("SettingsWindow", "Until I delete them"), 0)
        months_shown = list(RETENTION_CHOICES[1:])
        current = self.settings.retention_months
        if current is not None and current not in months_shown:  # written by hand: kept
            months_shown.append(current)
        for months in months_shown:
            self.retention_combo.addItem(self.tr("%n month(s)", "", months), months)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QWidget | QHBoxLayout, str, str]] = [
            (
                translate("SettingsWindow", "&Language"),
                self.language_combo,
                "languageCombo",
                "Language",
            ),
            (
                translate("SettingsWindow", "&Your name"),
                self.name_field,
                "facilitatorName",
                "Your name",
            ),
            (
                translate("SettingsWindow", "&Template"),
                self.template_combo,
                "defaultTemplate",
                "Default template",
            ),
            (
                translate("SettingsWindow", "Gentle &warning"),
                self.warning_spin,
                "warningSpin",
                "Gentle warning",
            ),
            (
                translate("SettingsWindow", "Time per &speaker"),
                self.speaker_spin,
                "speakerTime",
                "Time per speaker",
            ),
            ("", self.chime_box, "chimeBox", "Play a chime at the end of a phase"),
            (
                translate("SettingsWindow", "Chime &volume"),
                volume_row,
                "volumeSlider",
                "Chime volume",
            ),
            (
                translate("SettingsWindow", "&Keep notes for"),
                self.retention_combo,
                "retentionCombo",
                "Keep notes",
            ),
        ]
        accessible = {
            "Language": translate("SettingsWindow", "Language of the interface"),
            "Your name": translate("SettingsWindow", "Your name, as facilitator"),
            "Default template": translate("SettingsWindow", "Template proposed for a new session"),
            "Gentle warning": translate(
                "SettingsWindow", "Gentle warning, share of the phase left"
            ),
            "Time per speaker": translate("SettingsWindow", "Time per speaker, by default"),
            "Play a chime at the end of a phase": translate(
                "SettingsWindow", "Play a chime at the end of a phase"
            ),
            "Chime volume": translate("SettingsWindow", "Chime volume"),
            "Keep notes": translate("SettingsWindow", "Keep session notes for"),
        }
        self.hints: dict[str, QLabel] = {}
        for label, field, name, key in rows:
            widget = self.volume_slider if isinstance(field, QHBoxLayout) else field
            widget.setObjectName(name)
            widget.setAccessibleName(accessible[key])
            if label:
                buddy = QLabel(label)
                buddy.setBuddy(widget)
                form.addRow(buddy, field)
            else:
                form.addRow("", field)
        hints = {
            "languageCombo": translate("SettingsWindow", "Used the next time Codev starts."),
            "facilitatorName": translate(
                "SettingsWindow", "Printed on the documents of the sessions you start from now on."
            ),
            "retentionCombo": translate(
                "SettingsWindow",
                "Older finished sessions lose their notes at the next start; timings stay.",
            ),
        }
        for name, text in hints.items():
            hint = QLabel(text)
            hint.setWordWrap(True)
            hint.setMinimumWidth(320)  # a sentence on one or two lines, not a narrow column
            hint.setEnabled(False)  # quieter, still read
            self.hints[name] = hint
            row = {"languageCombo": 1, "facilitatorName": 3, "retentionCombo": None}[name]
            if row is None:
                form.addRow("", hint)
            else:
                form.insertRow(row, "", hint)

        # Where the outcome of the last change is said; its room is kept (nothing jumps).
        self.status = QLabel(" ")
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.fontMetrics().lineSpacing())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        for plain in self.findChildren(QLabel):
            plain.setTextFormat(Qt.TextFormat.PlainText)

        close = QAction(self)
        close.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.timeout.connect(self._save_name)

    def _show(self, settings: Settings) -> None:
        """Show ``settings`` in the controls (without saving anything)."""
        widgets = [
            self.language_combo,
            self.name_field,
            self.template_combo,
            self.warning_spin,
            self.speaker_spin,
            self.chime_box,
            self.volume_slider,
            self.retention_combo,
        ]
        blocked = [widget.blockSignals(True) for widget in widgets]
        _select(self.language_combo, settings.language.value)
        if self.name_field.text() != settings.facilitator_name:
            self.name_field.setText(settings.facilitator_name)
        _select(self.template_combo, settings.default_template_id)
        self.warning_spin.setValue(round(settings.warning_fraction * 100))
        self.speaker_spin.setValue(settings.speaker_seconds or 0)
        self.chime_box.setChecked(not settings.chime_muted)
        self.volume_slider.setValue(settings.chime_volume)
        _select(self.retention_combo, settings.retention_months or 0)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._show_volume()

    def _show_volume(self) -> None:
        self.volume_value.setText(f"{self.volume_slider.value()}\u00a0%")
        self.volume_slider.setEnabled(self.chime_box.isChecked())

    def _connect(self) -> None:
        self.language_combo.currentIndexChanged.connect(
            lambda: self.change(language=Language(self.language_combo.currentData()))
        )
        self.name_field.textEdited.connect(lambda _text: self._name_timer.start(NAME_SAVE_DELAY_MS))
        self.name_field.editingFinished.connect(self._save_name)
        self.template_combo.currentIndexChanged.connect(
            lambda: self.change(default_template_id=str(self.template_combo.currentData()))
        )
        self.warning_spin.valueChanged.connect(
            lambda value: self.change(warning_fraction=value / 100)
        )
        self.speaker_spin.valueChanged.connect(self._speaker_changed)
        self.chime_box.toggled.connect(lambda on: self.change(chime_muted=not on))
        self.chime_box.toggled.connect(lambda _on: self._show_volume())
        # The slider is saved when it is let go (or moved by keys), not at every pixel.
        self.volume_slider.valueChanged.connect(lambda _value: self._show_volume())
        self.volume_slider.setTracking(False)
        self.volume_slider.valueChanged.connect(lambda value: self.change(chime_volume=value))
        self.retention_combo.currentIndexChanged.connect(
            lambda: self.change(retention_months=self.retention_combo.currentData() or None)
        )

    def _speaker_changed(self, seconds: int) -> None:
        if 0 < seconds < MIN_SPEAKER_SECONDS:
            self._say(translate("SettingsWindow", "A time per speaker is at least 10 seconds."))
            self._show(self.settings)
            return
        self.change(speaker_seconds=seconds or None)

    def _save_name(self) -> None:
        self._name_timer.stop()
        name = " ".join(self.name_field.text().split())
        if name != self.settings.facilitator_name:
            self.change(facilitator_name=name)

    # --- saving --------------------------------------------------------------------------------

    def change(self, **values: Any) -> bool:
        """Apply and save one change at once; False (said, and shown back) if it was refused."""
        try:
            wanted = replace(self.settings, **values)
            self._save(wanted)
        except (OSError, ValueError) as error:
            _log.warning("Setting not saved: %s", error)
            self._say(translate("SettingsWindow", "Not saved: %1").replace("%1", str(error)))
            self._show(self.settings)
            return False
        self.settings = wanted
        self._say(translate("SettingsWindow", "Saved."))
        self.changed.emit(wanted)
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_name()  # a name typed just before closing is kept
        super().closeEvent(event)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
