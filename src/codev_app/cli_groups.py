"""``codev-app groups`` and ``codev-app cycles``: groups, members and cycles from the terminal.

    codev-app groups list | show GROUP | create NAME --facilitator NAME [--facilitator NAME]
    codev-app groups add-member GROUP NAME [--email ADDRESS] [--note TEXT]
    codev-app groups remove-member GROUP NAME          (they leave; their history stays)
    codev-app groups export GROUP -o FILE [--with-notes] [--force] | import FILE
    codev-app cycles plan GROUP --sessions N --first "YYYY-MM-DD HH:MM" --every 4w
                          [--template ID] [--zone Europe/Paris]
    codev-app cycles show CYCLE | ics CYCLE -o FILE.ics | review CYCLE -o FILE.pdf
                          [--audience group|facilitator]

GROUP is a group's name or number; CYCLE a cycle's number (see ``groups show``). Exit codes are
those of ``sessions`` (:mod:`codev_app.cli_sessions`); refused group data exits with 1 and says why.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, CliContext, Commands
from codev_app.cli_common import (
    EXIT_FILE_EXISTS,
    _command,
    _new_command,
    _options,
    _qt_application,
    _Stop,
    _store,
)
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.core.cycles import Cycle, CycleError
    from codev_app.core.groups import Group, GroupError
    from codev_app.storage import Store
    from codev_app.storage.groups import GroupStore

_P = ParamSpec("_P")
_R = TypeVar("_R")


def add_groups_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``groups …`` and ``cycles …`` to the ``codev-app`` command line."""
    groups = _new_command(
        commands,
        "groups",
        help=translate("cli", "work with groups and their members"),
        description=translate(
            "cli", "Groups that meet over months: their members, charter and files."
        ),
    )
    actions = groups.add_subparsers(
        dest="action", metavar=translate("cli", "ACTION"), required=True
    )
    _new_command(
        actions,
        "list",
        help=translate("cli", "list the groups"),
        description=translate("cli", "List the groups."),
    ).set_defaults(handler=list_groups)
    show = _new_command(
        actions,
        "show",
        help=translate("cli", "show a group"),
        description=translate(
            "cli", "Show a group: members, charter, cycles, who to reach out to."
        ),
    )
    show.add_argument("group", metavar=translate("cli", "GROUP"))
    show.set_defaults(handler=show_group)
    create = _new_command(
        actions,
        "create",
        help=translate("cli", "create a group"),
        description=translate("cli", "Create a group with the method's charter."),
    )
    create.add_argument("name", metavar=translate("cli", "NAME"))
    _options(create).add_argument(
        "--facilitator",
        action="append",
        required=True,
        metavar=translate("cli", "NAME"),
        help=translate("cli", "a facilitator (once or twice)"),
    )
    create.set_defaults(handler=create_group)
    add = _new_command(
        actions,
        "add-member",
        help=translate("cli", "add a member to a group"),
        description=translate("cli", "Add a member to a group."),
    )
    add.add_argument("group", metavar=translate("cli", "GROUP"))
    add.add_argument("name", metavar=translate("cli", "NAME"))
    _options(add).add_argument("--email", default="", metavar=translate("cli", "ADDRESS"))
    _options(add).add_argument(
        "--note",
        default="",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "a confidential note"),
    )
    add.set_defaults(handler=add_member)
    remove = _new_command(
        actions,
        "remove-member",
        help=translate("cli", "a member leaves the group"),
        description=translate(
            "cli", "A member leaves the group today; their sessions and history stay."
        ),
    )
    remove.add_argument("group", metavar=translate("cli", "GROUP"))
    remove.add_argument("name", metavar=translate("cli", "NAME"))
    remove.set_defaults(handler=remove_member)
    export = _new_command(
        actions,
        "export",
        help=translate("cli", "write a group to a file"),
        description=translate(
            "cli",
            "Write a group to one JSON file, to move it or hand it to a co-facilitator. "
            "Members' notes stay out unless --with-notes.",
        ),
    )
    export.add_argument("group", metavar=translate("cli", "GROUP"))
    _options(export).add_argument("-o", "--output", required=True, metavar=translate("cli", "FILE"))
    _options(export).add_argument(
        "--with-notes",
        action="store_true",
        help=translate("cli", "include the members' confidential notes"),
    )
    _options(export).add_argument(
        "--force", action="store_true", help=translate("cli", "overwrite files that exist")
    )
    export.set_defaults(handler=export_group)
    imported = _new_command(
        actions,
        "import",
        help=translate("cli", "add a group from a file"),
        description=translate("cli", "Add a group from a file written by groups export."),
    )
    imported.add_argument("file", metavar=translate("cli", "FILE"))
    imported.set_defaults(handler=import_group)

    cycles = _new_command(
        commands,
        "cycles",
        help=translate("cli", "plan and review a group's cycles"),
        description=translate(
            "cli", "Cycles: a group's planned sessions, their calendar and their review."
        ),
    )
    steps = cycles.add_subparsers(dest="action", metavar=translate("cli", "ACTION"), required=True)
    plan = _new_command(
        steps,
        "plan",
        help=translate("cli", "plan a cycle"),
        description=translate("cli", "Plan N sessions of a group, each member the client once."),
    )
    plan.add_argument("group", metavar=translate("cli", "GROUP"))
    _options(plan).add_argument("--sessions", type=int, required=True, metavar="N")
    _options(plan).add_argument("--first", required=True, metavar='"YYYY-MM-DD HH:MM"')
    _options(plan).add_argument(
        "--every",
        required=True,
        metavar="4w",
        help=translate("cli", "time between sessions: weeks (4w) or days (28d)"),
    )
    _options(plan).add_argument("--template", default="classic", metavar="ID")
    _options(plan).add_argument(
        "--zone",
        default="",
        metavar="Europe/Paris",
        help=translate("cli", "time zone (default: this computer's)"),
    )
    plan.set_defaults(handler=plan_cycle)
    for name, handler, help_text in (
        ("show", show_cycle, translate("cli", "show a cycle")),
        ("ics", cycle_ics, translate("cli", "write the cycle's calendar (.ics)")),
        ("review", cycle_review, translate("cli", "write the cycle's review (PDF)")),
    ):
        step = _new_command(steps, name, help=help_text, description=help_text)
        step.add_argument("cycle", type=int, metavar=translate("cli", "CYCLE"))
        if name != "show":
            _options(step).add_argument(
                "-o", "--output", required=True, metavar=translate("cli", "FILE")
            )
            _options(step).add_argument(
                "--force", action="store_true", help=translate("cli", "overwrite files that exist")
            )
        if name == "review":
            _options(step).add_argument(
                "--audience", choices=("group", "facilitator"), default="group"
            )
        step.set_defaults(handler=handler)


# --- helpers -------------------------------------------------------------------------------------


def _groups(store: Store) -> GroupStore:
    from codev_app.storage.groups import GroupStore

    return GroupStore(store)


def _refused(error: GroupError | CycleError) -> _Stop:
    from codev_app.group_texts import problem_text

    return _Stop(EXIT_FAILED, problem_text(error, translate))


def _no_group(name: str) -> _Stop:
    return _Stop(
        EXIT_FAILED,
        translate("cli", "There is no group “%1” (see: codev-app groups list).").replace(
            "%1", name
        ),
    )


def _find(groups: GroupStore, name: str) -> Group:
    from codev_app.storage.groups import GroupNotFound

    try:
        return groups.find_group(name)
    except GroupNotFound:
        raise _no_group(name) from None


def _cycle(groups: GroupStore, number: int) -> tuple[Group, Cycle]:
    from codev_app.storage.groups import GroupNotFound

    try:
        cycle = groups.get_cycle(number)
    except GroupNotFound:
        raise _Stop(
            EXIT_FAILED,
            translate(
                "cli", "There is no cycle number %1 (see: codev-app groups show GROUP)."
            ).replace("%1", str(number)),
        ) from None
    return groups.get_group(cycle.group_id), cycle


def _saving(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """``function`` with refused group and cycle data turned into calm messages."""

    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        from codev_app.core.cycles import CycleError
        from codev_app.core.groups import GroupError

        try:
            return function(*args, **kwargs)
        except (GroupError, CycleError) as error:
            raise _refused(error) from None

    return run


# --- groups --------------------------------------------------------------------------------------


@_command
def list_groups(args: argparse.Namespace, context: CliContext) -> int:
    """Print every group: number, name, active members, facilitators."""
    with _store() as store:
        found = [] if store is None else _groups(store).list_groups()
    if not found:
        context.out(
            translate(
                "cli",
                "No groups yet (create one: codev-app groups create NAME --facilitator NAME).",
            )
        )
    for group in found:
        members = translate("cli", "%1 members").replace("%1", str(len(group.active_members)))
        context.out(f"{group.id}  {group.name}  ({members}; {', '.join(group.facilitators)})")
    return EXIT_OK


@_command
def show_group(args: argparse.Namespace, context: CliContext) -> int:
    """Print a group: members with their acceptance of the charter, cycles, who to reach out to."""
    from codev_app.core.groups import reach_out

    with _store() as store:
        if store is None:
            raise _no_group(args.group)
        groups = _groups(store)
        group = _find(groups, args.group)
        cycles = groups.cycles(group.id)
        sessions = groups.saved_sessions(groups.session_ids(group.id))
    context.out(
        f"{group.name} — {translate('cli', 'facilitators')}: {', '.join(group.facilitators)}"
    )
    context.out(
        translate("cli", "Meets every %1 days; reach out after %2 days.")
        .replace("%1", str(group.meets_every_days))
        .replace("%2", str(group.relaunch_after_days))
    )
    context.out(translate("cli", "Members:"))
    for member in group.members:
        accepted = member.charter_accepted_on
        parts = [member.email] if member.email else []
        parts.append(
            translate("cli", "charter accepted on %1").replace("%1", accepted.isoformat())
            if accepted
            else translate("cli", "charter not accepted yet")
        )
        if member.left_on:
            parts.append(translate("cli", "left on %1").replace("%1", member.left_on.isoformat()))
        context.out(f"  {member.name} ({'; '.join(parts)})")
    for cycle in cycles:
        context.out(
            translate("cli", "Cycle %1: %2 of %3 sessions held")
            .replace("%1", str(cycle.id))
            .replace("%2", str(cycle.held_count))
            .replace("%3", str(len(cycle.slots)))
        )
    for reach in reach_out(group, list(sessions.values()), date.today()):
        context.out(
            translate("cli", "Reach out to %1: no news for more than %2 days.")
            .replace("%1", reach.member.name)
            .replace("%2", str(group.relaunch_after_days))
        )
    return EXIT_OK


@_command
def create_group(args: argparse.Namespace, context: CliContext) -> int:
    """Create a group with the method's charter in the interface language."""
    from codev_app.core.groups import new_group

    with _store(create=True) as store:
        assert store is not None
        group = _saving(
            lambda: _groups(store).save_group(
                new_group(args.name, args.facilitator, language=context.language)
            )
        )()
    context.out(
        translate("cli", "Group %1 created: %2")
        .replace("%1", str(group.id))
        .replace("%2", group.name)
    )
    return EXIT_OK


@_command
def add_member(args: argparse.Namespace, context: CliContext) -> int:
    """Add a member (or bring back one who left)."""
    from codev_app.core.groups import Member, rejoined, with_member

    with _store(create=True) as store:
        assert store is not None
        groups = _groups(store)
        group = _find(groups, args.group)
        known = group.member(args.name)

        def change() -> Group:
            if known is not None and not known.active:
                return rejoined(group, known.name)
            return with_member(group, Member(args.name, email=args.email, note=args.note))

        saved = _saving(lambda: groups.save_group(change()))()
    context.out(
        translate("cli", "%1 is a member of %2.")
        .replace("%1", " ".join(args.name.split()))
        .replace("%2", saved.name)
    )
    return EXIT_OK


@_command
def remove_member(args: argparse.Namespace, context: CliContext) -> int:
    """The member leaves today; their history stays."""
    from codev_app.core.groups import left

    with _store(create=True) as store:
        assert store is not None
        groups = _groups(store)
        group = _find(groups, args.group)
        _saving(lambda: groups.save_group(left(group, args.name, date.today())))()
    context.out(
        translate("cli", "%1 has left %2; their sessions stay in the group's history.")
        .replace("%1", args.name)
        .replace("%2", group.name)
    )
    return EXIT_OK


@_command
def export_group(args: argparse.Namespace, context: CliContext) -> int:
    """Write the group's JSON file."""
    from codev_app.core.group_file import group_to_data
    from codev_app.export.atomic import atomic_write_text
    from codev_app.export.errors import FileExists

    with _store() as store:
        if store is None:
            raise _no_group(args.group)
        groups = _groups(store)
        group = _find(groups, args.group)
        data = group_to_data(group, groups.cycles(group.id), with_notes=args.with_notes)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        path = atomic_write_text(Path(args.output), text, overwrite=args.force)
    except FileExists:
        raise _Stop(
            EXIT_FILE_EXISTS,
            translate("cli", "%1 exists already; add --force to replace it.").replace(
                "%1", args.output
            ),
        ) from None
    context.out(translate("cli", "Written: %1").replace("%1", str(path)))
    return EXIT_OK


@_command
def import_group(args: argparse.Namespace, context: CliContext) -> int:
    """Add a group from its JSON file."""
    from codev_app.core.group_file import group_from_data
    from codev_app.core.groups import GroupError, GroupProblem

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _refused(GroupError(GroupProblem.BAD_FILE, str(error))) from None
    group, cycles = _saving(group_from_data)(data)
    with _store(create=True) as store:
        assert store is not None
        saved = _saving(lambda: _groups(store).import_group(group, cycles))()
    context.out(
        translate("cli", "Group %1 added: %2")
        .replace("%1", str(saved.id))
        .replace("%2", saved.name)
    )
    return EXIT_OK


# --- cycles --------------------------------------------------------------------------------------


@_command
def plan_cycle(args: argparse.Namespace, context: CliContext) -> int:
    """Plan a cycle and print it."""
    from codev_app.core import cycles as planning
    from codev_app.template_library import default_library

    library = default_library()
    try:
        template = library.get(args.template)
    except Exception:
        raise _Stop(
            EXIT_FAILED,
            translate("cli", "There is no template “%1” (see: codev-app templates list).").replace(
                "%1", args.template
            ),
        ) from None
    zone = args.zone or _local_zone()

    def planned(group: Group) -> Cycle:
        return planning.plan_cycle(
            group,
            sessions=args.sessions,
            first=planning.parse_first(args.first, zone),
            every=planning.parse_every(args.every),
            template_id=template.id,
            minutes=max(1, round(template.total_seconds / 60)),
        )

    with _store(create=True) as store:
        assert store is not None
        groups = _groups(store)
        group = _find(groups, args.group)
        cycle = _saving(lambda: groups.save_cycle(planned(group)))()
    _print_cycle(context, group, cycle)
    return EXIT_OK


def _local_zone() -> str:
    from codev_app.core.cycles import local_zone_name

    return local_zone_name()


def _print_cycle(context: CliContext, group: Group, cycle: Cycle) -> None:
    context.out(
        translate("cli", "Cycle %1 of %2 (%3)")
        .replace("%1", str(cycle.id))
        .replace("%2", group.name)
        .replace("%3", cycle.time_zone)
    )
    for number, slot in enumerate(cycle.slots, start=1):
        client = group.member_by_id(slot.client_id) if slot.client_id else None
        state = translate("cli", "held") if slot.held else translate("cli", "planned")
        who = client.name if client else translate("cli", "client to choose")
        context.out(f"  {number}. {slot.starts_at.strftime('%Y-%m-%d %H:%M')}  {who}  ({state})")


@_command
def show_cycle(args: argparse.Namespace, context: CliContext) -> int:
    """Print a cycle's sessions and clients."""
    with _store() as store:
        if store is None:
            raise _Stop(
                EXIT_FAILED,
                translate(
                    "cli", "There is no cycle number %1 (see: codev-app groups show GROUP)."
                ).replace("%1", str(args.cycle)),
            )
        group, cycle = _cycle(_groups(store), args.cycle)
    _print_cycle(context, group, cycle)
    return EXIT_OK


@_command
def cycle_ics(args: argparse.Namespace, context: CliContext) -> int:
    """Write the cycle's calendar."""
    from codev_app.export.calendar import write_calendar
    from codev_app.export.errors import FileExists

    with _store() as store:
        if store is None:
            raise _Stop(
                EXIT_FAILED,
                translate(
                    "cli", "There is no cycle number %1 (see: codev-app groups show GROUP)."
                ).replace("%1", str(args.cycle)),
            )
        group, cycle = _cycle(_groups(store), args.cycle)
    try:
        path = write_calendar(
            group, cycle, args.output, language=context.language, overwrite=args.force
        )
    except FileExists:
        raise _Stop(
            EXIT_FILE_EXISTS,
            translate("cli", "%1 exists already; add --force to replace it.").replace(
                "%1", args.output
            ),
        ) from None
    context.out(translate("cli", "Written: %1").replace("%1", str(path)))
    return EXIT_OK


@_command
def cycle_review(args: argparse.Namespace, context: CliContext) -> int:
    """Write the cycle's review PDF for the group or the facilitators."""
    from codev_app.core.review import ReviewAudience, build_review
    from codev_app.export.errors import FileExists

    with _store() as store:
        if store is None:
            raise _Stop(
                EXIT_FAILED,
                translate(
                    "cli", "There is no cycle number %1 (see: codev-app groups show GROUP)."
                ).replace("%1", str(args.cycle)),
            )
        groups = _groups(store)
        group, cycle = _cycle(groups, args.cycle)
        sessions = groups.saved_sessions(s.session_id for s in cycle.slots if s.session_id)
    review = build_review(group, cycle, sessions, ReviewAudience(args.audience))
    _qt_application()
    from codev_app.export.review import write_review_pdf

    try:
        path = write_review_pdf(
            review, args.output, language=context.language, overwrite=args.force
        )
    except FileExists:
        raise _Stop(
            EXIT_FILE_EXISTS,
            translate("cli", "%1 exists already; add --force to replace it.").replace(
                "%1", args.output
            ),
        ) from None
    context.out(translate("cli", "Written: %1").replace("%1", str(path)))
    return EXIT_OK
