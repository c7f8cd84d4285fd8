"""Each mail problem in words, with what to do, for the window and the command line alike.

The caller passes its own ``translate`` (``QCoreApplication.translate`` in the window,
:func:`codev_app.i18n.translate` on the command line); the calls below are literal so that
lupdate collects them into the catalogs.
"""

from __future__ import annotations

from collections.abc import Callable

from codev_app.delivery.smtp import MailProblem

Translate = Callable[[str, str], str]


def problem_words(problem: MailProblem | None, detail: str, translate: Translate) -> str:
    """What went wrong and what to do, then the server's own words when it gave any."""
    match problem:
        case MailProblem.LOGIN_REFUSED:
            text = translate(
                "mail",
                "The mail server refused the user name or password. Check them in the mail "
                "settings (Gmail needs an app password), or make drafts instead.",
            )
        case MailProblem.PASSWORD_NEEDED:
            text = translate("mail", "The mail server needs your password: type it to send.")
        case MailProblem.TLS:
            text = translate(
                "mail",
                "The secure connection to the mail server failed. Check the port and the "
                "security (STARTTLS is usually port 587, TLS port 465).",
            )
        case MailProblem.NO_CONNECTION:
            text = translate(
                "mail",
                "Codev could not reach the mail server. Check the network connection and the "
                "server's name and port, then send again.",
            )
        case MailProblem.TIMEOUT:
            text = translate(
                "mail",
                "The mail server did not answer in time. Send again in a moment, or make drafts.",
            )
        case MailProblem.DISCONNECTED:
            text = translate(
                "mail",
                "The mail server closed the connection before the message was accepted: it was "
                "not sent. Send again.",
            )
        case MailProblem.RECIPIENT_REFUSED:
            text = translate(
                "mail", "The mail server refused this address. Check it, then send again."
            )
        case MailProblem.SENDER_REFUSED:
            text = translate(
                "mail",
                "The mail server refused the sender address. Use the address of this mail "
                "account in the mail settings.",
            )
        case MailProblem.NOT_SET_UP:
            text = translate(
                "mail", "No mail server is set up yet: set one up, or make drafts instead."
            )
        case _:
            text = translate("mail", "The mail server refused the message.")
    return f"{text} ({detail})" if detail else text
