"""What every group of ``codev-app`` subcommands shares: the context a handler gets, the exit
codes, and how a subcommand is added with translated help.

:mod:`codev_app.cli` (the parser and ``main``) and :mod:`codev_app.cli_sessions` both build on
this module, so neither imports the other's internals. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NamedTuple, TextIO

from codev_app.core.text import strip_direction_controls
from codev_app.i18n import translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

Commands = argparse._SubParsersAction  # the object add_subparsers() returns


class CliContext(NamedTuple):
    """What a subcommand needs besides its arguments: the language and where to write."""

    language: str
    stdout: TextIO
    stderr: TextIO

    # Terminals rarely isolate bidirectional text, and columns are padded by character count:
    # names lose their direction controls here (an override cannot reverse a line) instead of
    # being wrapped in invisible isolates.
    def out(self, text: str) -> None:
        """Write a line of results, without direction controls."""
        print(strip_direction_controls(text), file=self.stdout)

    def warn(self, text: str) -> None:
        """Write a line about a problem (stderr), without stopping; no direction controls."""
        print(strip_direction_controls(text), file=self.stderr)


Handler = Callable[[argparse.Namespace, CliContext], int]


class Formatter(argparse.HelpFormatter):
    """argparse's help, with its "usage: " translated."""

    def add_usage(
        self, usage: str | None, actions: object, groups: object, prefix: str | None = None
    ) -> None:
        # argparse passes prefix="" to build a subcommand's prog: keep that one empty.
        prefix = translate("cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


def add_help(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """Our own help option and group, so that their texts are translated too."""
    options = parser.add_argument_group(translate("cli", "options"))
    options.add_argument(
        "-h", "--help", action="help", help=translate("cli", "show this help and exit")
    )
    return options


def add_command(
    commands: Commands[argparse.ArgumentParser], name: str, *, help: str, description: str
) -> argparse.ArgumentParser:
    """A subcommand (or group) with translated help."""
    parser = commands.add_parser(
        name, help=help, description=description, add_help=False, formatter_class=Formatter
    )
    add_help(parser)
    return parser
