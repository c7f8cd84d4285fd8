"""The ``codev-app`` command: starts the window, or does one job in the terminal.

    codev-app                  start Codev
    codev-app --lang fr        start Codev in French (or ``en``), whatever the settings say
    codev-app templates list   list the session templates Codev can use
    codev-app templates import FILE [--rename | --replace]
                               add a template file to your templates
    codev-app templates export ID -o FILE [--force]
                               write a template to a file, to share it

Each group of subcommands is added by one function listed in :data:`COMMAND_GROUPS`; a subcommand
sets ``handler`` (a function ``(args, context) -> exit code``) with ``set_defaults``. What the
groups share (context, exit codes, :func:`~codev_app.cli_base.add_command`) is in
:mod:`codev_app.cli_base`; ``sessions`` lives in :mod:`codev_app.cli_sessions`. This module parses
and dispatches; :mod:`codev_app.app` builds the window and imports nothing of the command line.

Nothing here imports Qt: ``--version``, ``--help`` and the subcommands stay quick and work without a
display. Only starting the window imports :mod:`codev_app.app`; it is the common case, so this
module's own imports stay light. Texts are translated from the same ``.ts`` files as the window's
(context ``cli``), read by :func:`codev_app.i18n.translate`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from codev_app import i18n
from codev_app.cli_base import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliContext,
    Commands,
    Formatter,
    Handler,
    add_command,
    add_help,
)
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.core.template import Template


class cli:  # lowercase: lupdate takes the translation context from this name
    """Plural texts of the command line (context ``cli``), spelled so that lupdate sees them.

    pyside6-lupdate 6.11 takes ``translate("cli", "%n …", None, count)`` for a plural only when
    the count is a number written in the call; ``cli.tr("%n …", "", count)`` is always read
    as one, like ``self.tr`` in the window.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """``translate("cli", text, disambiguation, n)``."""
        return translate("cli", text, disambiguation or None, n)


# --- templates -----------------------------------------------------------------------------------


def _add_templates_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    group = add_command(
        commands,
        "templates",
        help=translate("cli", "work with session templates"),
        description=translate(
            "cli", "Session templates: the phases a session follows, with their durations."
        ),
    )
    actions = group.add_subparsers(
        dest="action",
        metavar=translate("cli", "ACTION"),
        title=translate("cli", "actions"),
        required=True,
    )
    listing = add_command(
        actions,
        "list",
        help=translate("cli", "list the available templates"),
        description=translate(
            "cli",
            "List the built-in templates and yours: id, name, number of phases, total duration.",
        ),
    )
    listing.set_defaults(handler=list_templates)
    importing = add_command(
        actions,
        "import",
        help=translate("cli", "add a template file to your templates"),
        description=translate(
            "cli",
            "Check a template file and add it to your templates. Nothing is written if the file "
            "has a problem. If a template with the same id or name exists, choose --rename or "
            "--replace.",
        ),
    )
    importing.add_argument(
        "file", metavar=translate("cli", "FILE"), help=translate("cli", "the template file (.toml)")
    )
    on_clash = importing.add_mutually_exclusive_group()
    on_clash.add_argument(
        "--rename",
        dest="on_clash",
        action="store_const",
        const="rename",
        help=translate("cli", "if the id or name is taken, import under a new id and name"),
    )
    on_clash.add_argument(
        "--replace",
        dest="on_clash",
        action="store_const",
        const="replace",
        help=translate(
            "cli", "if the id or name is taken, replace your template (never a built-in)"
        ),
    )
    importing.set_defaults(handler=import_template, on_clash="ask")
    exporting = add_command(
        actions,
        "export",
        help=translate("cli", "write a template to a file, to share it"),
        description=translate(
            "cli", "Write a template (built-in or yours) to a file that others can import."
        ),
    )
    exporting.add_argument(
        "template_id",
        metavar="ID",
        help=translate("cli", "the template's id (see: templates list)"),
    )
    exporting.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "the file to write"),
    )
    exporting.add_argument(
        "--force", action="store_true", help=translate("cli", "overwrite the file if it exists")
    )
    exporting.set_defaults(handler=export_template)


def list_templates(args: argparse.Namespace, context: CliContext) -> int:
    """Print one line per template; files that cannot be read are reported on stderr."""
    from codev_app.template_library import available_templates

    templates, problems = available_templates()
    for problem in problems:
        context.warn(
            translate("cli", "Could not read a template, skipped: %1").replace("%1", problem)
        )
    if not templates:
        context.out(translate("cli", "No templates found."))
        return EXIT_OK
    rows = [_template_row(template, context.language) for template in templates]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        context.out("   ".join([*cells, row[-1]]))
    return EXIT_OK


def import_template(args: argparse.Namespace, context: CliContext) -> int:
    """Import one template file; a clash without --rename/--replace explains the choice."""
    from pathlib import Path

    from codev_app.core.errors import TemplateError
    from codev_app.core.library import ReadOnlyTemplate, TemplateClash
    from codev_app.template_library import default_library

    library = default_library()
    try:
        result = library.import_file(Path(args.file), on_clash=args.on_clash)
    except TemplateClash as clash:
        context.warn(translate("cli", "Not imported: %1").replace("%1", str(clash)))
        advice = (
            translate(
                "cli",
                "Run again with --rename to import it as a copy, or --replace to replace yours.",
            )
            if clash.can_replace
            else translate("cli", "Run again with --rename to import it under another name.")
        )
        context.warn(advice)
        return EXIT_FAILED
    except ReadOnlyTemplate as error:
        context.warn(translate("cli", "Not imported: %1").replace("%1", str(error)))
        context.warn(translate("cli", "Run again with --rename to import it under another name."))
        return EXIT_FAILED
    except TemplateError as error:
        context.warn(translate("cli", "Not imported: %1").replace("%1", str(error)))
        return EXIT_FAILED
    for warning in result.warnings:
        context.warn(warning)
    template = result.template
    name = template.name.get(context.language)
    if result.renamed:
        message = translate("cli", "Imported as “%1” (id %2), because the id or name was taken.")
    elif result.replaced:
        message = translate("cli", "Imported “%1” (id %2), replacing your previous template.")
    else:
        message = translate("cli", "Imported “%1” (id %2).")
    context.out(message.replace("%1", name).replace("%2", template.id))
    return EXIT_OK


def export_template(args: argparse.Namespace, context: CliContext) -> int:
    """Write one template to a file; an existing file needs --force."""
    from pathlib import Path

    from codev_app.core.errors import TemplateError
    from codev_app.core.library import TargetExists, TemplateNotFound
    from codev_app.template_library import default_library

    library = default_library()
    try:
        path = library.export(args.template_id, Path(args.output), overwrite=args.force)
    except TemplateNotFound:
        for problem in library.problems:  # the template may be in a file that cannot be read
            context.warn(
                translate("cli", "Could not read a template, skipped: %1").replace("%1", problem)
            )
        context.warn(
            translate("cli", "No template has the id %1 (see: codev-app templates list).").replace(
                "%1", args.template_id
            )
        )
        return EXIT_FAILED
    except TargetExists as error:
        context.warn(translate("cli", "Not exported: %1").replace("%1", str(error)))
        context.warn(translate("cli", "Run again with --force to overwrite it."))
        return EXIT_FAILED
    except TemplateError as error:
        context.warn(translate("cli", "Not exported: %1").replace("%1", str(error)))
        return EXIT_FAILED
    context.out(
        translate("cli", "Exported %1 to %2.")
        .replace("%1", args.template_id)
        .replace("%2", str(path))
    )
    return EXIT_OK


def _template_row(template: Template, language: str) -> tuple[str, str, str, str]:
    phases = cli.tr("%n phase(s)", "", len(template.phases))
    duration = i18n.format_duration(template.total_seconds)
    origin = translate("cli", "built-in") if template.read_only else translate("cli", "user")
    return (template.id, template.name.get(language), f"{phases}, {duration}", origin)


# --- the parser ----------------------------------------------------------------------------------


def _add_sessions_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    # Imported here: starting the window (the usual case) never needs it.
    from codev_app.cli_sessions import add_sessions_commands

    add_sessions_commands(commands)


def _add_groups_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    from codev_app.cli_groups import add_groups_commands

    add_groups_commands(commands)


def _add_insights_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    from codev_app.cli_insights import add_insights_commands

    add_insights_commands(commands)


def _add_support_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    from codev_app.cli_support import add_support_commands

    add_support_commands(commands)


def _add_mail_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    from codev_app.cli_mail import add_mail_commands

    add_mail_commands(commands)


COMMAND_GROUPS: tuple[Callable[[Commands[argparse.ArgumentParser]], None], ...] = (
    _add_templates_commands,
    _add_sessions_commands,
    _add_groups_commands,
    _add_insights_commands,
    _add_support_commands,
    _add_mail_commands,
)


class _ShowVersion(argparse.Action):
    # argparse's "version" action wants the text when the parser is built: this reads the
    # version only when --version is given.
    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, default=argparse.SUPPRESS, help=help
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from codev_app.version import app_version

        print(f"codev-app {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the language set by :func:`i18n.set_plain_language`."""
    parser = argparse.ArgumentParser(
        prog="codev-app",
        description=translate(
            "cli",
            "Codev keeps the time and the notes of co-development sessions, beside your video "
            "call. Without a command, it opens the Codev window.",
        ),
        add_help=False,
        formatter_class=Formatter,
    )
    options = add_help(parser)
    options.add_argument(
        "--version", action=_ShowVersion, help=translate("cli", "show the version and exit")
    )
    options.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("cli", "language of the interface, instead of the one in the settings"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMAND"), title=translate("cli", "commands")
    )
    for add_group in COMMAND_GROUPS:
        add_group(commands)
    return parser


def _requested_language(argv: Sequence[str]) -> str | None:
    # Read --lang before building the parser, so that --help is already in that language.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(argv)
    return known.lang if known.lang in i18n.LANGUAGES else None


def _configured_language(stderr: TextIO) -> str:
    from codev_app.settings import load_settings

    settings, warnings = load_settings()
    for warning in warnings:
        print(warning, file=stderr)
    return str(settings.language)


def _start_window(language: str | None) -> int:
    from codev_app.app import run_gui

    return run_gui(language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The usual case, straight to the window without building a parser (it takes milliseconds).
    if not argv:
        return _start_window(None)
    for language in i18n.LANGUAGES:
        if argv in (["--lang", language], [f"--lang={language}"]):
            return _start_window(language)

    requested = _requested_language(argv)

    language = i18n.choose_language(
        requested, _configured_language(sys.stderr), i18n.system_language()
    )
    i18n.set_plain_language(language)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors end here
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return _start_window(args.lang)
    return handler(args, CliContext(language, sys.stdout, sys.stderr))
