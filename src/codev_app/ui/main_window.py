"""The main window: menus and a calm welcome screen listing the session templates.

Texts a facilitator typed (template names, descriptions) are always shown as plain text, never as
markup. Every control can be reached from the keyboard and has an accessible name.

Start-up speed: the window is built in two steps. The constructor builds the window itself
and stays away from what is slow to create in PySide: the ``Qt`` namespace (its ~95 Python enums
cost ~25 ms on first use) and large classes such as ``QStyle``, reached here through the module
(``QtCore.Qt``) only in code that runs once the window is usable.
:meth:`MainWindow.complete_startup` then finishes the job (keyboard shortcuts, the entries
of the other windows); the application fills the template list at that
point, before the window is shown.

Sessions: "New session" (Ctrl+N) shows :class:`~codev_app.ui.new_session.NewSessionPage` in the
window (never a dialog); starting goes through :meth:`MainWindow.open_session`, the one place a
session is created (autosave hooks in there), which shows the
:class:`~codev_app.ui.console.console.ConsoleWidget`. The console's modules are imported only
then, so they cost nothing at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from codev_app import i18n
from codev_app.ui.fonts import scaled_font
from codev_app.version import app_version

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
    from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent
    from PySide6.QtWidgets import QMessageBox, QStackedWidget, QStyleOptionViewItem

    from codev_app.core.clock import Clock
    from codev_app.core.session import LiveSession
    from codev_app.core.template_index import TemplateSummary
    from codev_app.settings import Settings
    from codev_app.storage import Store
    from codev_app.storage.recovery import RecoveryNote
    from codev_app.ui.console.chime import ChimePlayer
    from codev_app.ui.console.console import ConsoleWidget
    from codev_app.ui.export.window import ExportWindow
    from codev_app.ui.new_session import NewSessionPage, SessionSetup
    from codev_app.ui.record.keeping import SessionKeeping
    from codev_app.ui.session_controller import SessionController

_log = logging.getLogger(__name__)

NBSP = "\u00a0"
LanguageSaver = Callable[[str], None]

# Language menu: the setting's value and how the choice is labelled. Language names are written in
# their own language (a French speaker looks for "Français" whatever the interface shows).
LANGUAGE_CHOICES = (("system", None), ("fr", "Français"), ("en", "English"))
# What the window remembers in the database between sessions (Store.app_state).
LAST_PARTICIPANTS_KEY = "new_session.participants"
LAST_TEMPLATE_KEY = "new_session.template_id"
# Qt.TextFormat.PlainText and Qt.ItemDataRole.UserRole as numbers, for the code on the way to the
# first usable window (see set_shortcut).
PLAIN_TEXT = 0
USER_ROLE = 256
ALIGN_LEFT_TOP = 0x0001 | 0x0020  # Qt.AlignmentFlag.AlignLeft | AlignTop


def save_language_setting(language: str) -> None:
    """Store the interface language (``system``, ``fr`` or ``en``) in the settings file."""
    from dataclasses import replace

    from codev_app.settings import Language, load_settings, save_settings

    settings, _warnings = load_settings()
    save_settings(replace(settings, language=Language(language)))


def text_action(text: str, parent: QObject) -> QAction:
    # Not QAction(text, parent): PySide6 then also weighs the (icon, text, parent) overload and
    # creates QIcon's Python enums, ~2.5 ms before the first paint.
    action = QAction(parent)
    action.setText(text)
    return action


def set_shortcut(action: QAction, keys: str) -> None:
    """Give ``action`` the shortcut ``keys`` (e.g. ``"Ctrl+N"``).

    Through ``setShortcuts``: the overloads of ``setShortcut`` make PySide create every enum of
    the ``Qt`` namespace (~15 ms), which the way to the first usable window avoids.
    """
    action.setShortcuts([QtGui.QKeySequence(keys)])


def _mute(widget: QWidget) -> None:
    # widget.palette() is already a copy (and QPalette's copy constructor is slow to resolve).
    palette = widget.palette()
    color = palette.color(QPalette.ColorRole.PlaceholderText)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, color)
    widget.setPalette(palette)


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text as a title line and a quieter detail line (split at the newline).

    The item keeps both lines as its text, so screen readers read everything.
    """

    PADDING = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # No enum of Qt or QStyle here: the first usable window paints this (see set_shortcut).
        item = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        # Not item.text: initStyleOption turns the newline into a Unicode line separator.
        title, _, details = str(index.data() or "").partition("\n")  # the display role
        # The background, selection and focus as the style draws them, without the text.
        self._blank = True
        try:
            super().paint(painter, option, index)
        finally:
            self._blank = False
        view = item.widget
        selection = view.selectionModel() if isinstance(view, QListWidget) else None
        selected = selection is not None and selection.isSelected(index)
        title_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        area = item.rect.adjusted(2 * self.PADDING, self.PADDING, -2 * self.PADDING, -self.PADDING)
        detail_font = self._detail_font(item.font)
        lines = (
            (title, item.font, title_role),
            (details, detail_font, detail_role),
        )
        style = view.style() if view is not None else QtWidgets.QApplication.style()
        painter.save()
        top = area.top()
        for text, font, role in lines:
            metrics = QtGui.QFontMetrics(font)
            painter.setFont(font)
            # Through the style, in the palette's colour: a QColor or QPen given to the painter
            # would create the Qt namespace's enums (overloads with Qt.GlobalColor, Qt.PenStyle).
            line = QtCore.QRect(area.left(), top, area.width(), metrics.height())
            elided = _elided(metrics, text, area.width())
            style.drawItemText(painter, line, ALIGN_LEFT_TOP, item.palette, True, elided, role)
            top += metrics.height() + 2
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title_height = QtGui.QFontMetrics(option.font).height()
        detail_height = QtGui.QFontMetrics(self._detail_font(option.font)).height()
        return QtCore.QSize(200, title_height + detail_height + 2 + 2 * self.PADDING)

    _blank = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._blank:
            option.text = ""

    @staticmethod
    def _detail_font(font: QFont) -> QFont:
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * 0.9)
        return smaller


def _elided(metrics: QtGui.QFontMetrics, text: str, width: int) -> str:
    # As QFontMetrics.elidedText(ElideRight), whose mode is an enum of the Qt namespace.
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis: in [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


class WelcomePage(QWidget):
    """What the window shows before any session: a few words and the available templates."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._language = language

        self.heading = QLabel(self.tr("Welcome to Codev"))
        self.heading.setObjectName("welcomeHeading")
        self.heading.setFont(scaled_font(self.font(), 1.6, bold=True))

        self.intro = QLabel(
            self.tr(
                "Codev keeps the time and the notes of your co-development sessions, "
                "beside your video call."
            )
        )
        self.intro.setWordWrap(True)

        self.templates_label = QLabel(self.tr("Session &templates"))
        section_font = QFont(self.font())
        section_font.setWeight(QFont.Weight.Bold)
        self.templates_label.setFont(section_font)

        self.template_list = QListWidget()
        self.template_list.setObjectName("templateList")
        self.template_list.setAccessibleName(self.tr("Session templates"))
        self.template_list.setItemDelegate(TwoLineDelegate(self.template_list))
        self.template_list.setUniformItemSizes(True)
        self.templates_label.setBuddy(self.template_list)

        self.problems = QLabel()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.new_session_button = QtWidgets.QPushButton(self.tr("&New session…"))
        self.new_session_button.setObjectName("newSessionButton")
        self.new_session_button.setAccessibleName(self.tr("New session"))
        self.new_session_button.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.new_session_button.setMinimumHeight(44)

        self.note = QLabel(
            self.tr("Choose a template and the participants; the session starts with one key.")
        )
        self.note.setObjectName("welcomeNote")
        self.note.setWordWrap(True)
        _mute(self.note)

        # Every label shows its text literally, whatever it contains. One by one, through the
        # property system: findChildren would wrap every child widget in Python (~2 ms at start).
        for label in (self.heading, self.intro, self.templates_label, self.problems, self.note):
            label.setProperty("textFormat", PLAIN_TEXT)

        column = QWidget()
        column.setMaximumWidth(680)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(4)
        # A row with a stretch rather than an alignment flag: the Qt namespace is slow to reach
        # before the first paint (see the module docstring).
        button_row = QHBoxLayout()
        button_row.addWidget(self.new_session_button)
        button_row.addStretch(1)
        inner.addLayout(button_row)
        inner.addWidget(self.note)
        inner.addSpacing(12)
        inner.addWidget(self.templates_label)
        inner.addWidget(self.template_list, 1)
        inner.addWidget(self.problems)

        # The column grows with the window up to a comfortable reading width, then stays centred.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 24)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)

    def set_templates(
        self,
        templates: Sequence[TemplateSummary],
        problem_count: int = 0,
        log_file: Path | None = None,
    ) -> None:
        """Show ``templates`` (in the order given) and how many files could not be read."""
        self.template_list.clear()
        for template in templates:
            item = QListWidgetItem(self.template_text(template))
            description = template.description(self._language)
            if description:
                item.setToolTip(description)
            item.setData(USER_ROLE, template.id)
            self.template_list.addItem(item)
        if problem_count:
            text = self.tr(
                "%n template file(s) could not be read and are not listed.", "", problem_count
            )
            if log_file is not None:
                text += " " + self.tr("The details are in %1.").replace("%1", str(log_file))
            self.problems.setText(text)
        self.problems.setVisible(bool(problem_count))

    def template_text(self, template: TemplateSummary) -> str:
        """Two lines: the name, then phases, total duration and where it comes from."""
        phases = self.tr("%n phase(s)", "", template.phase_count)
        duration = i18n.format_duration(template.total_seconds, space=NBSP)
        origin = self.tr("built-in") if template.read_only else self.tr("yours")
        return f"{template.name(self._language)}\n{phases} · {duration} · {origin}"


class MainWindow(QMainWindow):
    """Codev's main window."""

    #: Emitted once, when the window has been painted for the first time.
    first_painted = Signal()

    def __init__(
        self,
        *,
        language: str = i18n.SOURCE_LANGUAGE,
        language_setting: str = i18n.SYSTEM,
        save_language: LanguageSaver = save_language_setting,
        clock: Clock | None = None,
        chime: ChimePlayer | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Codev")
        self.resize(880, 600)
        self.setMinimumSize(520, 380)
        self.language = language
        self.language_setting = language_setting
        self._save_language = save_language
        self.painted = False
        self.log_file: Path | None = None
        # Set by the application once the database is open (after the first paint).
        self.store: Store | None = None
        # Sessions read time from this clock (tests inject a FakeClock); chimes ring through this
        # player (None: the sound chime, created with the session from the settings).
        self.clock: Clock = clock if clock is not None else _monotonic_clock()
        self.chime = chime
        self.wall_clock = wall_clock  # the time of day for "ends around" (None: the real one)
        self.new_session_page: NewSessionPage | None = None
        self.console: ConsoleWidget | None = None
        self.controller: SessionController | None = None
        # The database id of the open session (None: no session, or not saved yet).
        self.current_session_id: int | None = None
        self._keeping: SessionKeeping | None = None
        self._pages: QStackedWidget | None = None
        self._session_separator: QAction | None = None
        self._memory: dict[str, str] = {}

        self._create_actions()
        self._create_menus()
        self.welcome = WelcomePage(language)
        self.welcome.new_session_button.clicked.connect(self.new_session_action.trigger)
        self.setCentralWidget(self.welcome)
        self.statusBar().setSizeGripEnabled(True)

    def complete_startup(self) -> None:
        """Shortcuts and the other windows' entries (see module docs)."""
        # setShortcut creates the whole Qt namespace of enums (overload resolution), hence here.
        for action, keys in (
            (self.new_session_action, "Ctrl+N"),
            (self.export_action, "Ctrl+E"),
            (self.quit_action, "Ctrl+Q"),
            (self.shortcuts_action, "F1"),
        ):
            set_shortcut(action, keys)
            self.addAction(action)  # shortcuts work even where the menu bar is not ours (macOS)
        # A view that fails while told of a change is logged with its traceback by the core and
        # said here, calmly: the session itself is whole.
        from codev_app.core.events import failure_reporters

        def report(_name: str, _error: BaseException) -> None:
            self.statusBar().showMessage(
                QtCore.QCoreApplication.translate(
                    "MainWindow",
                    "A part of the window could not be updated. Your notes are safe; "
                    "the details are in the log.",
                ),
                15_000,
            )

        failure_reporters.append(report)
        self.destroyed.connect(lambda _object=None: failure_reporters.remove(report))
        # "Templates…" (Ctrl+T) in the menu and on the welcome screen, and template files dropped
        # on the window: all in codev_app.ui.templates.entry.
        from codev_app.ui.templates.entry import TemplatesEntry

        self.templates = TemplatesEntry(self)
        # "History…" (Ctrl+H) in the menu and on the welcome screen; "Keep session notes for" in
        # the Settings menu: codev_app.ui.history and codev_app.ui.record.retention.
        from codev_app.ui.history import HistoryEntry
        from codev_app.ui.record.retention import RetentionMenu

        self.history = HistoryEntry(self)
        self.retention = RetentionMenu(self)
        from codev_app.ui.groups import GroupsEntry

        self.groups = GroupsEntry(self)  # Session > Groups… (Ctrl+G)
        # Help > The co-development method (Shift+F1, from every window): codev_app.ui.help.
        from codev_app.ui.help.window import HelpEntry

        self.help_entry = HelpEntry(self)
        # Settings > Preferences… (Ctrl+,): codev_app.ui.settings_entry.
        from codev_app.ui.settings_entry import SettingsEntry

        self.preferences = SettingsEntry(self)
        # "Share with a co-facilitator…" and "Join a session…": codev_app.ui.cofacilitation.
        from codev_app.ui.cofacilitation.entry import CofacilitationEntry

        self.cofacilitation = CofacilitationEntry(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    # --- actions and menus -----------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.new_session_action = text_action(self.tr("&New session…"), self)
        self.new_session_action.setStatusTip(
            self.tr("Choose a template and the participants, then start.")
        )
        self.new_session_action.triggered.connect(self.show_new_session)

        self.export_action = text_action(self.tr("E&xport…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setStatusTip(
            self.tr("Write the session's documents: for participants, for you, open formats.")
        )
        self.export_action.setEnabled(False)  # until a session is open
        self.export_action.triggered.connect(lambda: self.show_export())

        self.quit_action = text_action(self.tr("&Quit"), self)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for value, label in LANGUAGE_CHOICES:
            action = text_action(label or self.tr("&System language"), self)
            action.setCheckable(True)
            action.setChecked(value == self.language_setting)
            action.setData(value)
            action.triggered.connect(
                lambda _checked=False, chosen=value: self.choose_language(chosen)
            )
            self.language_group.addAction(action)
            self.language_actions[value] = action

        self.shortcuts_action = text_action(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

        self.about_action = text_action(self.tr("&About Codev"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Main menu"))
        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.session_menu.addAction(self.new_session_action)
        self.session_menu.addAction(self.export_action)
        self._quit_separator = self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)

        self.settings_menu = bar.addMenu(self.tr("S&ettings"))
        self.language_menu = self.settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    # --- content ---------------------------------------------------------------------------------

    def set_templates(self, templates: Sequence[TemplateSummary], problem_count: int = 0) -> None:
        """Show the available templates on the welcome screen (see
        :func:`~codev_app.core.template_index.summarize`)."""
        self.welcome.set_templates(templates, problem_count, self.log_file)

    # --- commands --------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """Save the interface language; it applies the next time Codev starts."""
        if language == self.language_setting:
            return
        try:
            self._save_language(language)
        except (OSError, ValueError) as error:
            _log.warning("Could not save the language setting: %s", error)
            self.language_actions[self.language_setting].setChecked(True)
            self.statusBar().showMessage(
                self.tr("The language could not be saved: %1").replace("%1", str(error))
            )
            return
        self.language_setting = language
        self.statusBar().showMessage(
            self.tr("Saved. Codev will use this language the next time it starts.")
        )

    def show_shortcuts(self) -> QWidget:
        """List the keyboard shortcuts in a box that does not block the window.

        While a session is open, the console's cheat sheet (every console key) is shown instead.
        """
        if self.console is not None:
            self.console.toggle_cheat_sheet()
            assert self.console.cheat_sheet is not None
            return self.console.cheat_sheet
        native = QtGui.QKeySequence.SequenceFormat.NativeText
        lines = []
        actions = (
            self.new_session_action,
            self.export_action,
            self.quit_action,
            self.shortcuts_action,
            *([self.help_entry.action] if hasattr(self, "help_entry") else []),
        )
        for action in (action for action in actions if action.isEnabled()):
            name = action.text().replace("&", "").rstrip("…")
            lines.append(f"{action.shortcut().toString(native)}\t{name}")
        lines.append("")
        lines.append(self.tr("Alt and the underlined letter opens a menu."))
        return self._show_box(self.tr("Keyboard shortcuts"), "\n".join(lines), "shortcutsBox")

    def show_about(self) -> QMessageBox:
        """A short word about Codev, its version and its font."""
        text = "\n\n".join(
            [
                f"Codev {app_version()}",
                self.tr(
                    "A calm companion for co-development sessions: phases, time and notes, "
                    "beside your video call."
                ),
                self.tr("Your notes stay on this computer."),
                self.tr("Text is set in Noto Sans, under the SIL Open Font License."),
            ]
        )
        return self._show_box(self.tr("About Codev"), text, "aboutBox")

    def _show_box(self, title: str, text: str, name: str) -> QMessageBox:
        # Never modal: the facilitator may be in the middle of a session and a call.
        Qt, QMessageBox = QtCore.Qt, QtWidgets.QMessageBox
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, title, "", QMessageBox.StandardButton.Close, self
        )
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        box.show()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.console is not None and not self.console.may_quit():
            event.ignore()  # asked inline first: the session is paused and saved now
            if self._keeping is not None:
                self._keeping.flush()
            return
        if self._keeping is not None and not self._keeping.may_quit():
            event.ignore()  # the last changes could not be saved: closing again quits anyway
            return
        for box in self.findChildren(QtWidgets.QMessageBox):
            box.close()
        if self.console is not None:
            self.console.close_windows()
        from codev_app.ui.console import placement

        placement.remember(self, _WindowMemory(self), "main")
        super().closeEvent(event)

    # --- sessions --------------------------------------------------------------------------------

    def _page_stack(self) -> QStackedWidget:
        # Made on first use: the welcome screen alone is the central widget at start-up.
        if self._pages is None:
            stack = QtWidgets.QStackedWidget()
            stack.setObjectName("pages")
            welcome = self.takeCentralWidget()
            stack.addWidget(welcome if welcome is not None else self.welcome)
            self.setCentralWidget(stack)
            stack.show()
            self._pages = stack
        return self._pages

    def _show_page(self, page: QWidget) -> None:
        stack = self._page_stack()
        if stack.indexOf(page) < 0:
            stack.addWidget(page)
        stack.setCurrentWidget(page)

    def add_session_entry(self, action: QAction) -> None:
        """Add a window-wide action (Templates…, History…) to the Session menu, before Quit."""
        self.addAction(action)
        self.session_menu.insertAction(self._quit_separator, action)

    def show_welcome(self) -> None:
        """Back to the welcome screen (the new-session page is dropped)."""
        self._show_page(self.welcome)
        if self.new_session_page is not None:
            self._page_stack().removeWidget(self.new_session_page)
            self.new_session_page.deleteLater()
            self.new_session_page = None
        self.welcome.new_session_button.setFocus()

    def remembered(self, key: str) -> str | None:
        """A value remembered between sessions (in the database once it is open)."""
        if self.store is not None:
            try:
                return self.store.get_app_state(key)
            except Exception as error:  # a memory is never worth an error dialog
                _log.warning("Could not read %s: %s", key, error)
        return self._memory.get(key)

    def remember(self, key: str, value: str) -> None:
        """Remember a value between sessions (in memory until the database is open)."""
        self._memory[key] = value
        if self.store is not None:
            try:
                self.store.set_app_state(key, value)
            except Exception as error:
                _log.warning("Could not remember %s: %s", key, error)

    def show_new_session(self) -> NewSessionPage | None:
        """Show the new-session page (refused, with a word, while a session is open)."""
        import json

        from codev_app import paths
        from codev_app.core.library import TemplateLibrary
        from codev_app.resources_path import resource_dir
        from codev_app.settings import Settings, load_settings
        from codev_app.ui.new_session import NewSessionPage

        if self.console is not None:
            self.console.show_notice(
                self.tr("A session is open. End it and close it before starting another one.")
            )
            return None
        if self.new_session_page is not None:
            self._show_page(self.new_session_page)
            self.new_session_page.focus_first_field()
            return self.new_session_page
        settings, _warnings = load_settings()
        library = TemplateLibrary(resource_dir("templates"), paths.user_templates_dir())
        for problem in library.problems:
            _log.warning("Template not offered: %s", problem)
        template_id = settings.default_template_id
        if template_id == Settings().default_template_id:
            template_id = self.remembered(LAST_TEMPLATE_KEY) or template_id
        try:
            names = json.loads(self.remembered(LAST_PARTICIPANTS_KEY) or "[]")
        except ValueError:
            names = []
        page = NewSessionPage(
            library.templates(),
            language=self.language,
            template_id=template_id,
            last_participants=[name for name in names if isinstance(name, str)],
            facilitator=settings.facilitator_name,
        )
        page.start_requested.connect(self._start_from_page)
        page.cancelled.connect(self._leave_new_session)
        self.new_session_page = page
        self._show_page(page)
        page.focus_first_field()
        return page

    def _leave_new_session(self) -> None:
        # Escape keeps the draft: Ctrl+N brings it back as it was left.
        self._show_page(self.welcome)
        self.welcome.new_session_button.setFocus()

    def _start_from_page(self, setup: SessionSetup) -> None:
        from codev_app.core.errors import CodevError
        from codev_app.ui.messages import describe_error

        try:
            self.open_session(setup)
        except CodevError as error:
            if self.new_session_page is not None:
                self.new_session_page.show_error(describe_error(error))

    def open_session(
        self,
        setup: SessionSetup,
        *,
        start: bool = True,
        live: LiveSession | None = None,
        session_id: int | None = None,
        saved: bool = True,
    ) -> SessionController:
        """Create the session chosen in ``setup``, show its console, and (by default) start it.

        The one place where sessions are made: whatever must happen to every new session (saving
        it, autosave) belongs here. Raises a CodevError when the plan cannot run. A session
        brought back after a crash comes as ``live``, with its saved ``session_id``. With
        ``saved`` False (the demo, which brings its own ``live``), nothing of it is written
        anywhere, not even the participants remembered for next time.
        """
        import json

        from codev_app.settings import load_settings
        from codev_app.ui.console.console import ConsoleWidget
        from codev_app.ui.session_controller import SessionController

        settings, _warnings = load_settings()
        if live is None:
            live = self.create_live_session(setup, settings)  # raises if the plan cannot run
            # Saved before anything else happens to it.
            session_id = self.keeping.create_row(setup, live)
        controller = SessionController(live, self, language=self.language)
        chime = self.chime if self.chime is not None else _sound_chime(settings)
        console = ConsoleWidget(
            controller,
            language=self.language,
            chime=chime,
            muted=settings.chime_muted,
            memory=_WindowMemory(self),
            wall_clock=self.wall_clock,
        )
        console.close_requested.connect(self.close_session)
        from codev_app.ui.console.speakers import add_speaker_panel

        add_speaker_panel(console)  # the Speakers panel (« Parole »), first of the side panels
        from codev_app.ui.record.panel import add_notes_panel

        add_notes_panel(console, self.language)  # the Notes panel (« Notes »)
        from codev_app.ui.wrapup.entry import attach_wrapup, keep_setup_emails

        if saved:  # a demo is neither kept nor sent
            self.keeping.attach(live, console, session_id)  # autosave, and its banner
            attach_wrapup(self, console)  # the session's end leads to its wrap-up
        self.controller, self.console = controller, console
        if saved:
            keep_setup_emails(self, setup, session_id)
            from codev_app.ui.groups.panel import attach_group

            attach_group(self, console, setup, session_id)  # its Group panel, after a crash too
        self._show_page(console)
        if self.new_session_page is not None:
            self._page_stack().removeWidget(self.new_session_page)
            self.new_session_page.deleteLater()
            self.new_session_page = None
        # The Help menu has its own F1 already.
        menu_actions = [
            action
            for action in console.action_set.all()
            if action.objectName() != "action_cheat_sheet"
        ]
        self.session_menu.insertActions(self._quit_separator, menu_actions)
        self._session_separator = self.session_menu.insertSeparator(self._quit_separator)
        if saved:
            self.remember(LAST_PARTICIPANTS_KEY, json.dumps(list(setup.participants)))
            self.remember(LAST_TEMPLATE_KEY, setup.template.id)
        if settings.always_on_top:
            self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
            self.show()
        console.take_keyboard()  # after the start, the keys act on the session
        self.export_action.setEnabled(True)
        if start:
            from codev_app.core.commands import StartSession

            controller.apply(StartSession())
        return controller

    def create_live_session(self, setup: SessionSetup, settings: Settings) -> LiveSession:
        """The live session for ``setup``: plan, people (client included), record mode."""
        from codev_app.core.setup import new_live_session

        return new_live_session(
            setup.template,
            self.clock,
            participants=setup.participants,
            client=setup.client,
            title=setup.title,
            timers_only=setup.timers_only,
            keep_end_time=settings.keep_end_time,
            warning_fraction=settings.warning_fraction,
            speaker_seconds=settings.speaker_seconds,
        )

    def show_export(self, session_id: int | None = None) -> ExportWindow | None:
        """Open the export window for the live session (``session_id`` None or the live one's) or
        for a saved session; None, with a word in the status bar, when there is none."""
        from codev_app.ui.export.entry import open_export_window

        return open_export_window(self, session_id)

    def close_session(self) -> None:
        """Leave the session's console and go back to the welcome screen."""
        console, controller = self.console, self.controller
        if console is None:
            return
        if self._keeping is not None and not self._keeping.close_session():
            return  # not saved: the session stays open (the console says why)
        console.close_windows()
        for action in console.action_set.all():
            self.session_menu.removeAction(action)
        if self._session_separator is not None:
            self.session_menu.removeAction(self._session_separator)
            self._session_separator = None
        self._page_stack().removeWidget(console)
        if controller is not None:
            controller.close()
            controller.deleteLater()
        console.deleteLater()
        self.console = self.controller = None
        self.export_action.setEnabled(False)
        self.show_welcome()
        if self._keeping is not None:
            self._keeping.session_closed()

    @property
    def keeping(self) -> SessionKeeping:
        """Saving, resuming and backing up sessions (made on first use, once usable)."""
        if self._keeping is None:
            from codev_app.ui.record.keeping import SessionKeeping

            self._keeping = SessionKeeping(self)
        return self._keeping

    def attach_store(self, store: Store, messages: Sequence[RecoveryNote] = ()) -> None:
        """The database is open: remember it, explain ``messages`` (a repaired database), offer
        an interrupted session back, and later apply the retention and make the daily backup."""
        self.store = store
        from codev_app.ui.console import placement

        placement.restore(self, _WindowMemory(self), "main")  # as left with these screens
        self.keeping.store_ready(messages)


class _WindowMemory:
    """The console's memory of small choices, kept by the window (see MainWindow.remember)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def get(self, key: str) -> str | None:
        return self._window.remembered(key)

    def set(self, key: str, value: str) -> None:
        self._window.remember(key, value)


def _monotonic_clock() -> Clock:
    # Imported here: nothing of the core is needed before the first paint.
    from codev_app.core.clock import MonotonicClock

    return MonotonicClock()


def _sound_chime(settings: Settings) -> ChimePlayer:
    from codev_app.ui.console.chime import SoundChime

    return SoundChime(settings.chime_volume)
