"""``codev-app mail setup`` and ``codev-app sessions send``: participants' copies by e-mail.

    codev-app mail setup --host HOST --port PORT --security starttls|tls|none [--user USER]
                         --from ADDRESS
    codev-app sessions send ID [--drafts DIR] [--again] [--lang fr|en]

``send`` gives each attendee who has an address their personal copy (or the group's summary when
the session says so), one line per recipient; it refuses without the client's approval (exit 4),
exits 1 when any delivery failed, and sends nothing new when run again unless ``--again``. The
password comes from the keyring, ``CODEV_SMTP_PASSWORD``, or is asked on the terminal; it is never
written to a file.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path

from codev_app.cli_base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext, Commands
from codev_app.cli_common import (
    EXIT_NOT_APPROVED,
    _add_session_id,
    _command,
    _interface_language,
    _load,
    _new_command,
    _not_found,
    _options,
    _qt_application,
    _Stop,
    _store,
)
from codev_app.i18n import translate


def add_mail_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``mail setup`` to the ``codev-app`` command line."""
    group = _new_command(
        commands,
        "mail",
        help=translate("cli", "set up the mail server that sends participants' copies"),
        description=translate(
            "cli",
            "The mail server (SMTP) Codev sends participants' copies through. The password is "
            "kept in your system's keyring, never in a file.",
        ),
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = _new_command(
        actions,
        "setup",
        help=translate("cli", "choose the mail server and the sender address"),
        description=translate(
            "cli",
            "Choose the mail server. Gmail works with an app password; Microsoft 365 is "
            "turning basic SMTP sign-in off: make drafts there (sessions send --drafts DIR).",
        ),
    )
    options = _options(setup)
    options.add_argument("--host", required=True, help=translate("cli", "the server's name"))
    options.add_argument("--port", required=True, type=int, help=translate("cli", "its port"))
    options.add_argument(
        "--security",
        required=True,
        choices=("starttls", "tls", "none"),
        help=translate(
            "cli", "starttls (usually port 587), tls (465) or none (a relay on this network)"
        ),
    )
    options.add_argument("--user", default="", help=translate("cli", "the login, if any"))
    options.add_argument(
        "--from", dest="sender", required=True, help=translate("cli", "the sender's address")
    )
    setup.set_defaults(handler=mail_setup)


def add_send_command(actions: Commands[argparse.ArgumentParser]) -> None:
    """Add ``sessions send`` (called by :func:`codev_app.cli_sessions.add_sessions_commands`)."""
    sending = _new_command(
        actions,
        "send",
        help=translate("cli", "e-mail each attendee their copy (or write drafts)"),
        description=translate(
            "cli",
            "E-mail each attendee who has an address their personal copy (or the group's "
            "summary, if the session says so). Needs the client's approval. Run again, only "
            "those not served yet are sent to. The facilitator's record is never sent.",
        ),
    )
    _add_session_id(sending)
    options = _options(sending)
    options.add_argument(
        "--drafts",
        type=Path,
        metavar="DIR",
        help=translate("cli", "write one draft (.eml) per recipient in DIR instead of sending"),
    )
    options.add_argument(
        "--again",
        action="store_true",
        help=translate("cli", "send again to those who already received their copy"),
    )
    options.add_argument(
        "--lang",
        dest="document_language",
        choices=("fr", "en"),
        help=translate("cli", "language of the documents (default: the interface language)"),
    )
    sending.set_defaults(handler=send_session)


@_command
def mail_setup(args: argparse.Namespace, context: CliContext) -> int:
    """Save the mail settings; ask for the password and keep it in the keyring when there is one."""
    from codev_app.delivery.mail_settings import (
        MailSettings,
        MailSettingsError,
        Security,
        save_mail_settings,
    )
    from codev_app.delivery.passwords import PASSWORD_VARIABLE, keep_password

    try:
        settings = MailSettings(
            host=args.host.strip(),
            port=args.port,
            security=Security(args.security),
            sender=args.sender.strip(),
            user=args.user.strip(),
        )
    except MailSettingsError as error:
        raise _Stop(
            EXIT_USAGE, translate("cli", "Not saved: %1").replace("%1", str(error))
        ) from None
    path = save_mail_settings(settings)
    context.out(translate("cli", "Mail settings saved in %1.").replace("%1", str(path)))
    if settings.user and sys.stdin.isatty():
        password = getpass.getpass(translate("cli", "Password (kept in the keyring): "))
        if password and not keep_password(settings.key, password):
            context.warn(
                translate(
                    "cli",
                    "No keyring works here: the password was not kept. It will be asked when "
                    "sending (or set %1).",
                ).replace("%1", PASSWORD_VARIABLE)
            )
    return EXIT_OK


@_command
def send_session(args: argparse.Namespace, context: CliContext) -> int:
    """Send (or draft) each recipient's copy; one line per recipient."""
    from codev_app.delivery.mail_settings import load_mail_settings
    from codev_app.delivery.outbox import Outcome, deliver
    from codev_app.delivery.problems import problem_words
    from codev_app.storage.deliveries import DeliveryState

    context = _interface_language(args, context)
    language = args.document_language or context.language
    bundle = _load(args.session_id)
    if not bundle.record.consent.client_approved_export:
        raise _Stop(
            EXIT_NOT_APPROVED,
            translate(
                "cli",
                "Not sent: the client has not approved sharing this session's record. Record "
                "their approval in the session (in Codev), then send again.",
            ),
        )
    settings = load_mail_settings()
    if settings is None and args.drafts is None:
        raise _Stop(
            EXIT_FAILED,
            translate(
                "cli",
                "No mail server is set up. Run: codev-app mail setup --host HOST --port PORT "
                "--security starttls --from ADDRESS (or write drafts with --drafts DIR).",
            ),
        )
    password = _password(settings) if args.drafts is None else None
    _qt_application()
    from codev_app.export.pdf import paper_for_locale, render_pdf

    paper = paper_for_locale()

    def line(outcome: Outcome) -> None:
        who = f"{outcome.name} <{outcome.address}>"
        if outcome.state is DeliveryState.SENT:
            context.out(translate("cli", "sent: %1").replace("%1", who))
        elif outcome.state is DeliveryState.DRAFT:
            context.out(
                translate("cli", "draft: %1: %2")
                .replace("%1", who)
                .replace("%2", str(outcome.path))
            )
        else:
            words = problem_words(outcome.problem, outcome.detail, translate)
            context.out(translate("cli", "failed: %1: %2").replace("%1", who).replace("%2", words))

    with _store() as store:
        if store is None:
            raise _Stop(EXIT_FAILED, _not_found(args.session_id))
        outcomes = asyncio.run(
            deliver(
                bundle,
                args.session_id,
                store.deliveries,
                lambda summary: render_pdf(summary, paper),
                language=language,
                settings=settings,
                password=password,
                drafts_folder=args.drafts,
                again=args.again,
                on_outcome=line,
            )
        )
    if not outcomes:
        context.out(
            translate(
                "cli",
                "Nothing new to send: everyone with an address has their copy (--again sends "
                "again).",
            )
        )
    failed = any(outcome.state is DeliveryState.FAILED for outcome in outcomes)
    return EXIT_FAILED if failed else EXIT_OK


def _password(settings: object) -> str | None:
    from codev_app.delivery.mail_settings import MailSettings
    from codev_app.delivery.passwords import stored_password

    if not isinstance(settings, MailSettings) or not settings.user:
        return None
    password = stored_password(settings.key)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(
            translate("cli", "Password for %1 on %2: ")
            .replace("%1", settings.user)
            .replace("%2", settings.host)
        )
    return password or None
