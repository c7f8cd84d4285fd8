"""``codev-app requests``: a group's support requests from the terminal.

    codev-app requests list GROUP [--all]
    codev-app requests add GROUP NAME --kind listening|information|resources|other
                          [--urgent] [--important] [--by YYYY-MM-DD] [--note TEXT]
    codev-app requests match GROUP NUMBER [--with NAME]   (without --with: who could answer)
    codev-app requests close GROUP NUMBER [--held-minutes N] [--referred-to RESOURCE]

Notes are never printed by ``list`` (they are for the window); a closed or referred request
keeps nothing of its content. Exit codes are those of ``groups`` (:mod:`codev_app.cli_groups`).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, CliContext, Commands
from codev_app.cli_common import _command, _new_command, _options, _Stop, _store
from codev_app.cli_groups import _find, _groups
from codev_app.i18n import translate

if TYPE_CHECKING:
    from codev_app.core.groups import Group
    from codev_app.core.support import SupportError, SupportRequest
    from codev_app.storage import Store
    from codev_app.storage.support import SupportStore

KINDS = ("listening", "information", "resources", "other")


def add_support_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``requests …`` to the ``codev-app`` command line."""
    requests = _new_command(
        commands,
        "requests",
        help=translate("cli", "a group's requests for support between sessions"),
        description=translate(
            "cli", "Requests for support between sessions: record, match, close or refer."
        ),
    )
    actions = requests.add_subparsers(
        dest="action", metavar=translate("cli", "ACTION"), required=True
    )
    listing = _new_command(
        actions, "list", help=translate("cli", "list a group's requests"), description=""
    )
    listing.add_argument("group", metavar=translate("cli", "GROUP"))
    _options(listing).add_argument(
        "--all", action="store_true", help=translate("cli", "closed and referred ones too")
    )
    listing.set_defaults(handler=list_requests)
    add = _new_command(actions, "add", help=translate("cli", "record a request"), description="")
    add.add_argument("group", metavar=translate("cli", "GROUP"))
    add.add_argument("name", metavar=translate("cli", "NAME"))
    _options(add).add_argument("--kind", choices=KINDS, required=True)
    _options(add).add_argument("--urgent", action="store_true")
    _options(add).add_argument("--important", action="store_true")
    _options(add).add_argument("--by", default="", metavar="YYYY-MM-DD")
    _options(add).add_argument("--note", default="", metavar=translate("cli", "TEXT"))
    add.set_defaults(handler=add_request)
    match = _new_command(
        actions,
        "match",
        help=translate("cli", "match a request with a member (without --with: who could)"),
        description="",
    )
    match.add_argument("group", metavar=translate("cli", "GROUP"))
    match.add_argument("number", type=int, metavar="N")
    _options(match).add_argument("--with", dest="listener", default="", metavar="NAME")
    match.set_defaults(handler=match_request)
    close = _new_command(
        actions, "close", help=translate("cli", "close or refer a request"), description=""
    )
    close.add_argument("group", metavar=translate("cli", "GROUP"))
    close.add_argument("number", type=int, metavar="N")
    _options(close).add_argument("--held-minutes", type=int, default=None, metavar="N")
    _options(close).add_argument("--referred-to", default="", metavar="RESOURCE")
    close.set_defaults(handler=close_request)


def _refused(error: SupportError) -> _Stop:
    from codev_app.support_texts import problem_text

    return _Stop(EXIT_FAILED, problem_text(error, translate))


def _open(store: Store | None, name: str) -> tuple[Group, SupportStore]:
    from codev_app.storage.support import SupportStore

    if store is None:
        raise _Stop(
            EXIT_FAILED,
            translate("cli", "There is no group “%1” (see: codev-app groups list).").replace(
                "%1", name
            ),
        )
    return _find(_groups(store), name), SupportStore(store)


def _request(support: SupportStore, group: Group, number: int) -> SupportRequest:
    from codev_app.storage.support import RequestNotFound

    try:
        return support.get_request(group.id, number)
    except RequestNotFound:
        raise _Stop(
            EXIT_FAILED,
            translate("cli", "%1 has no request number %2 (see: codev-app requests list).")
            .replace("%1", group.name)
            .replace("%2", str(number)),
        ) from None


def _line(group: Group, request: SupportRequest, today: date) -> str:
    from codev_app.core.support import is_overdue
    from codev_app.support_texts import kind_text, state_text, urgency_text

    def name(member_id: int | None) -> str:
        member = group.member_by_id(member_id) if member_id is not None else None
        return member.name if member else "?"

    parts = [
        f"{request.id}",
        request.asked_on.isoformat(),
        name(request.member_id),
        kind_text(request.kind, translate),
        urgency_text(request.urgent, request.important, translate),
    ]
    if request.by_when:
        parts.append(translate("cli", "by %1").replace("%1", request.by_when.isoformat()))
    state = state_text(request.state, translate)
    if request.listener_id is not None and not request.referred:
        state += f" — {name(request.listener_id)}"
    if request.referred:
        state += f" — {request.referred_to}"
    parts.append(state)
    if is_overdue(request, today):
        parts.append(translate("cli", "NOBODY TOOK IT BY ITS DAY"))
    return "  ".join(parts)


@_command
def list_requests(args: argparse.Namespace, context: CliContext) -> int:
    """Print the group's requests (open, matched and held; all with --all), never their notes."""
    with _store() as store:
        group, support = _open(store, args.group)
        requests = support.requests(group.id)
    shown = [r for r in requests if args.all or not r.state.finished]
    if not shown:
        context.out(translate("cli", "No requests to show."))
    for request in shown:
        context.out(_line(group, request, date.today()))
    return EXIT_OK


@_command
def add_request(args: argparse.Namespace, context: CliContext) -> int:
    """Record a request made today."""
    from codev_app.core.support import SupportError, SupportKind, SupportProblem, new_request

    with _store(create=True) as store:
        group, support = _open(store, args.group)
        try:
            by_when = date.fromisoformat(args.by) if args.by else None
            request = new_request(
                group,
                args.name,
                SupportKind(args.kind),
                date.today(),
                urgent=args.urgent,
                important=args.important,
                by_when=by_when,
                note=args.note,
            )
        except ValueError:
            raise _refused(SupportError(SupportProblem.BAD_BY_WHEN, args.by)) from None
        except SupportError as error:
            raise _refused(error) from None
        saved = support.save_request(request)
    context.out(
        translate("cli", "Request %1 recorded: %2")
        .replace("%1", str(saved.id))
        .replace("%2", _line(group, saved, date.today()))
    )
    return EXIT_OK


@_command
def match_request(args: argparse.Namespace, context: CliContext) -> int:
    """Match with --with NAME, or print who could answer."""
    from codev_app.core.support import SupportError, matched, proposals

    with _store(create=True) as store:
        group, support = _open(store, args.group)
        request = _request(support, group, args.number)
        today = date.today()
        if not args.listener:
            found = proposals(
                group, request, support.availability(group.id), support.requests(group.id), today
            )
            if not found:
                context.out(translate("cli", "Nobody is available in time."))
            for proposal in found:
                when = (
                    proposal.first_day.isoformat()
                    if proposal.first_day
                    else translate("cli", "ask them")
                )
                context.out(
                    translate("cli", "%1 (%2; %3 this month)")
                    .replace("%1", proposal.member.name)
                    .replace("%2", when)
                    .replace("%3", str(proposal.this_month))
                )
            return EXIT_OK
        try:
            saved = support.save_request(matched(group, request, args.listener, today))
        except SupportError as error:
            raise _refused(error) from None
    context.out(_line(group, saved, today))
    return EXIT_OK


@_command
def close_request(args: argparse.Namespace, context: CliContext) -> int:
    """Close (after --held-minutes N if it was held) or refer (--referred-to RESOURCE)."""
    from codev_app.core.support import SupportError, closed, held, referred

    with _store(create=True) as store:
        group, support = _open(store, args.group)
        request = _request(support, group, args.number)
        today = date.today()
        try:
            if args.held_minutes is not None:
                request = held(request, today, args.held_minutes)
            if args.referred_to:
                request = referred(group, request, args.referred_to, today)
            else:
                request = closed(request, today)
        except SupportError as error:
            raise _refused(error) from None
        saved = support.save_request(request)
    context.out(_line(group, saved, today))
    return EXIT_OK
