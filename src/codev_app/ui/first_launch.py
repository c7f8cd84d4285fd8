"""The first launch: a short welcome, the first time only.

It asks two things — the facilitator's name (the ``facilitator_name`` setting, printed on
summaries) and the language — and offers two ways in: "Try a 5-minute demo session"
(:mod:`codev_app.ui.demo`) and "Plan my first session" (the new-session page). "Not now" leads
to the usual welcome screen. It is shown in the main window, never as a dialog, once the database
is open, when the ``first_launch_done`` setting is not set and no session exists yet (someone
who already ran sessions with an older Codev is not welcomed as a newcomer). The setting is saved
as soon as the page shows, so it never shows twice, whatever happens next.

Changing the language applies at once to this page and to everything opened from it (the demo,
the new-session page, the method page): the application's translators are swapped. The menus
and the welcome screen, built before, follow the next time Codev starts; the page says so.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.settings import MAX_NAME_LENGTH, Language, Settings, load_settings, save_settings
from codev_app.ui.fonts import scaled_font

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from codev_app.storage import Store
    from codev_app.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

# Language names in their own language (a French speaker looks for "Français").
LANGUAGES = (("fr", "Français"), ("en", "English"))


def should_show(settings: Settings, store: Store | None) -> bool:
    """Whether this start is the first one: never welcomed, and no session in the database."""
    if settings.first_launch_done:
        return False
    try:
        return store is None or not store.list_sessions(limit=1)
    except Exception as error:  # a welcome is never worth an error dialog
        _log.warning("Could not look for past sessions: %s", error)
        return False


class FirstLaunchPage(QWidget):
    """The welcome itself: name, language, and the two ways in."""

    demo_requested = Signal()
    plan_requested = Signal()
    skipped = Signal()
    language_chosen = Signal(str)
    method_requested = Signal()

    def __init__(
        self,
        language: str,
        name: str = "",
        *,
        menus_later: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstLaunchPage")
        self.language = language
        heading = QLabel(self.tr("Welcome to Codev"))
        heading.setObjectName("firstLaunchHeading")
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        intro = QLabel(
            self.tr(
                "Codev keeps the time and the notes of your co-development sessions, beside "
                "your video call. Two questions, then choose how to begin."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("facilitatorName")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("First name and last name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        name_note = QLabel(self.tr("Printed as the facilitator on the summaries you export."))
        name_note.setWordWrap(True)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("firstLaunchLanguage")
        self.language_combo.setAccessibleName(self.tr("Language"))
        for value, label in LANGUAGES:
            self.language_combo.addItem(label, value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.language_combo.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(self.language_combo.currentData())
        )
        form = QFormLayout()
        name_label = QLabel(self.tr("Your &name"))
        name_label.setBuddy(self.name_edit)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow("", name_note)
        form.addRow(language_label, self.language_combo)
        self.menus_note = QLabel(self.tr("The menus follow the next time Codev starts."))
        self.menus_note.setObjectName("menusNote")
        self.menus_note.setVisible(menus_later)
        form.addRow("", self.menus_note)

        self.demo_button, demo_text = _way(
            self.tr("Try a 5-minute &demo session"),
            "demoButton",
            self.tr(
                "A sample group with invented names plays a whole session, sped up; or step "
                "through it yourself, one phase at a time. Nothing of it is saved."
            ),
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.plan_button, plan_text = _way(
            self.tr("&Plan my first session"),
            "planButton",
            self.tr("Choose a format, the participants and the client; start when you are ready."),
        )
        self.plan_button.clicked.connect(self.plan_requested)
        self.method_button = QPushButton(self.tr("How co-development works…"))
        self.method_button.setObjectName("methodButton")
        self.method_button.setToolTip(self.tr("The phases, roles and rules (Shift+F1)."))
        self.method_button.clicked.connect(self.method_requested)
        self.skip_button = QPushButton(self.tr("Not now"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setToolTip(self.tr("Go to the list of templates."))
        self.skip_button.clicked.connect(self.skipped)

        column = QWidget()
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addSpacing(8)
        for widget in (self.demo_button, demo_text, self.plan_button, plan_text):
            inner.addWidget(widget)
        inner.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.method_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        inner.addLayout(row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)

    @property
    def name(self) -> str:
        """The name as typed, trimmed."""
        return self.name_edit.text().strip()


def _way(label: str, name: str, description: str) -> tuple[QPushButton, QLabel]:
    """A way in: a large button, and a line under it saying what it leads to."""
    button = QPushButton(label)
    button.setObjectName(name)
    button.setAccessibleDescription(description)
    button.setFont(scaled_font(button.font(), 1.2, bold=True))
    button.setMinimumHeight(44)
    text = QLabel(description)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    return button, text


class FirstLaunch(QObject):
    """Shows :class:`FirstLaunchPage` in ``window`` and carries out what it asks."""

    def __init__(self, window: MainWindow, translators: list[QTranslator] | None = None) -> None:
        super().__init__(window)
        self.window = window
        # The application's installed translators, replaced in place when the language changes
        # (the list is the one the application removes when it stops).
        self.translators = translators if translators is not None else []
        self.page: FirstLaunchPage | None = None

    def show(self, *, menus_later: bool = False) -> FirstLaunchPage:
        """Show the welcome and remember, at once, that it was shown."""
        name = self.page.name if self.page is not None else self._settings().facilitator_name
        self._drop_page()
        page = FirstLaunchPage(self.window.language, name, menus_later=menus_later)
        page.demo_requested.connect(self.try_demo)
        page.plan_requested.connect(self.plan)
        page.skipped.connect(self.skip)
        page.language_chosen.connect(self.choose_language)
        page.method_requested.connect(lambda: self.window.help_entry.open())
        page.name_edit.editingFinished.connect(self._save_name)
        self.page = page
        self.window._show_page(page)
        page.name_edit.setFocus()
        self._save(first_launch_done=True)
        return page

    def choose_language(self, language: str) -> None:
        """Use ``language`` from now on: saved, and this page and what follows in it."""
        if language == self.window.language:
            return
        self._save(language=Language(language))
        app = QCoreApplication.instance()
        if app is not None:
            i18n.remove_translators(app, self.translators)
            self.translators[:] = i18n.install_translators(app, language)
        self.window.language = language
        self.window.language_setting = language
        action = self.window.language_actions.get(language)
        if action is not None:
            action.setChecked(True)
        self.show(menus_later=True)

    def try_demo(self) -> None:
        """Leave the welcome for the demo session."""
        from codev_app.ui.demo import start_demo

        self._leave()
        start_demo(self.window)

    def plan(self) -> None:
        """Leave the welcome for the new-session page."""
        self._leave()
        self.window.show_new_session()

    def skip(self) -> None:
        """Leave the welcome for the usual welcome screen."""
        self._leave()
        self.window.show_welcome()

    def _leave(self) -> None:
        self._save_name()
        self._drop_page()

    def _drop_page(self) -> None:
        page, self.page = self.page, None
        if page is not None:
            self.window._page_stack().removeWidget(page)
            page.deleteLater()

    def _save_name(self) -> None:
        if self.page is not None and self.page.name != self._settings().facilitator_name:
            self._save(facilitator_name=self.page.name)

    @staticmethod
    def _settings() -> Settings:
        return load_settings()[0]

    def _save(self, **changes: object) -> None:
        try:
            save_settings(replace(self._settings(), **changes))  # type: ignore[arg-type]
        except (OSError, ValueError) as error:
            _log.warning("Could not save the settings: %s", error)
            self.window.statusBar().showMessage(
                self.tr("Your choice could not be saved: %1").replace("%1", str(error)), 10_000
            )


def offer_first_launch(
    window: MainWindow, translators: list[QTranslator] | None = None
) -> FirstLaunch | None:
    """Show the welcome if this is the first start (see :func:`should_show`); else None."""
    if window.console is not None or not should_show(load_settings()[0], window.store):
        return None
    first = FirstLaunch(window, translators)
    first.show()
    return first
