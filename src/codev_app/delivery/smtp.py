"""Talking to the mail server with aiosmtplib, on whatever asyncio loop runs (qasync's in the
window, ``asyncio.run`` on the command line); every failure becomes a :class:`MailFailure` whose
``problem`` the window and the command line put in words."""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from enum import StrEnum
from types import TracebackType
from typing import Self

import aiosmtplib
from aiosmtplib import errors

from codev_app.delivery.mail_settings import MailSettings, Security


class MailProblem(StrEnum):
    """What went wrong, in categories the user can act on."""

    LOGIN_REFUSED = "login_refused"
    PASSWORD_NEEDED = "password_needed"
    TLS = "tls"
    NO_CONNECTION = "no_connection"
    TIMEOUT = "timeout"
    DISCONNECTED = "disconnected"
    RECIPIENT_REFUSED = "recipient_refused"
    SENDER_REFUSED = "sender_refused"
    REFUSED = "refused"
    NOT_SET_UP = "not_set_up"


#: Problems that stop the whole batch (the next message would fail the same way).
CONNECTION_PROBLEMS = frozenset(
    {
        MailProblem.LOGIN_REFUSED,
        MailProblem.PASSWORD_NEEDED,
        MailProblem.TLS,
        MailProblem.NO_CONNECTION,
        MailProblem.TIMEOUT,
        MailProblem.SENDER_REFUSED,
        MailProblem.NOT_SET_UP,
    }
)


class MailFailure(Exception):
    """A message (or the connection) failed: ``problem`` and the server's own words."""

    def __init__(self, problem: MailProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


def _failure(error: BaseException) -> MailFailure:
    """The :class:`MailFailure` for what aiosmtplib (or the network) raised."""
    detail = str(error)
    if isinstance(error, errors.SMTPAuthenticationError):
        return MailFailure(MailProblem.LOGIN_REFUSED, detail)
    if isinstance(error, errors.SMTPRecipientsRefused):
        refused = "; ".join(str(item) for item in error.recipients)
        return MailFailure(MailProblem.RECIPIENT_REFUSED, refused or detail)
    if isinstance(error, errors.SMTPRecipientRefused):
        return MailFailure(MailProblem.RECIPIENT_REFUSED, detail)
    if isinstance(error, errors.SMTPSenderRefused):
        return MailFailure(MailProblem.SENDER_REFUSED, detail)
    if isinstance(error, errors.SMTPTimeoutError | TimeoutError):
        return MailFailure(MailProblem.TIMEOUT, detail)
    if isinstance(error, errors.SMTPServerDisconnected):
        return MailFailure(MailProblem.DISCONNECTED, detail)
    cause = error.__cause__ or error.__context__
    if isinstance(error, ssl.SSLError) or isinstance(cause, ssl.SSLError) or "TLS" in detail:
        return MailFailure(MailProblem.TLS, detail)
    if isinstance(error, errors.SMTPConnectError | OSError):
        return MailFailure(MailProblem.NO_CONNECTION, detail)
    return MailFailure(MailProblem.REFUSED, detail)


class SmtpSession:
    """One connection to the server, opened on entry (logged in when there is a user)."""

    def __init__(self, settings: MailSettings, password: str | None) -> None:
        if settings.user and not password:
            raise MailFailure(MailProblem.PASSWORD_NEEDED)
        context = ssl.create_default_context()
        if not settings.verify_certificate:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        self.settings = settings
        self._client = aiosmtplib.SMTP(
            hostname=settings.host,
            port=settings.port,
            username=settings.user or None,
            password=password if settings.user else None,
            timeout=settings.timeout,
            use_tls=settings.security is Security.TLS,
            start_tls=settings.security is Security.STARTTLS,
            validate_certs=settings.verify_certificate,
            tls_context=context if settings.security is not Security.NONE else None,
        )

    async def __aenter__(self) -> Self:
        try:
            await self._client.connect()
        except (errors.SMTPException, OSError, ssl.SSLError) as error:
            raise _failure(error) from None
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def send(self, message: EmailMessage) -> None:
        """Hand one message to the server; raises :class:`MailFailure`."""
        try:
            await self._client.send_message(message, sender=self.settings.sender)
        except (errors.SMTPException, OSError, ssl.SSLError) as error:
            raise _failure(error) from None

    async def close(self) -> None:
        """Say goodbye when still connected; a dead connection is just dropped."""
        if not self._client.is_connected:
            return
        try:
            await self._client.quit()
        except (errors.SMTPException, OSError):
            self._client.close()
