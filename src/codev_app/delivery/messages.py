"""One e-mail per recipient: a short plain-text note in the document's language, the PDF attached.

The subject names the day only ("Your co-development session of 4 December"): a shared inbox
does not learn the case. Each message has one recipient, so nobody sees another's address. The
body is plain text only, so a name such as ``<b>x</b>`` is shown as typed, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Final

from codev_app.export.labels import check_language

_MONTHS: Final = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    "subject": (
        "Votre séance de codéveloppement du {day}",
        "Your co-development session of {day}",
    ),
    "hello": ("Bonjour {name},", "Hello {name},"),
    "personal": (
        "Voici votre copie personnelle de la séance de codéveloppement du {day}, en pièce "
        "jointe : votre apprentissage, vos suggestions et ce que le groupe a produit.",
        "Here is your personal copy of the co-development session of {day}, attached: your "
        "learning, your suggestions and what the group produced.",
    ),
    "client": (
        "Voici votre copie personnelle de la séance de codéveloppement du {day}, en pièce "
        "jointe : votre question, le contrat, votre plan d'action et les suggestions du groupe.",
        "Here is your personal copy of the co-development session of {day}, attached: your "
        "question, the contract, your action plan and the group's suggestions.",
    ),
    "participants": (
        "Voici le compte rendu de la séance de codéveloppement du {day}, en pièce jointe.",
        "Here is the summary of the co-development session of {day}, attached.",
    ),
    "keep_personal": (
        "Ce document vous est personnel : merci de ne pas le transférer.",
        "This document is yours: please do not forward it.",
    ),
    "keep_group": (
        "Ce compte rendu est réservé au groupe : merci de ne pas le transférer.",
        "This summary is for the group only: please do not forward it.",
    ),
    "thanks": ("Merci pour votre participation.", "Thank you for taking part."),
}


def text(key: str, language: str, **values: object) -> str:
    """A sentence of the e-mail in ``language`` ("fr" or "en")."""
    french, english = _TEXTS[key]
    return (french if check_language(language) == "fr" else english).format(**values)


def day_words(moment: datetime | None, language: str) -> str:
    """``4 décembre`` / ``4 December`` (the year only when it is not this year's)."""
    if moment is None:
        return ""
    month = _MONTHS[check_language(language)][moment.month - 1]
    day = "1er" if language == "fr" and moment.day == 1 else str(moment.day)
    words = f"{day} {month}"
    return words if moment.year == datetime.now(moment.tzinfo).year else f"{words} {moment.year}"


@dataclass(frozen=True)
class Letter:
    """What one message says and carries, before it becomes an :class:`EmailMessage`."""

    recipient_name: str
    address: str
    kind: str
    """"personal", "client" or "participants": which sentence introduces the attachment."""
    language: str
    session_day: datetime | None
    attachment: bytes
    file_name: str
    message_id: str
    facilitator: str = ""


def build_message(letter: Letter, sender: str | None) -> EmailMessage:
    """The message for ``letter`` from ``sender`` (an address; the facilitator's name shown).

    A draft may have no sender: the mail program fills it in.
    """
    language = letter.language
    day = day_words(letter.session_day, language)
    message = EmailMessage()
    message["Subject"] = text("subject", language, day=day)
    if sender:
        local, _, domain = sender.partition("@")
        message["From"] = Address(display_name=letter.facilitator, username=local, domain=domain)
    to_local, _, to_domain = letter.address.partition("@")
    message["To"] = Address(display_name=letter.recipient_name, username=to_local, domain=to_domain)
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = letter.message_id
    message["Content-Language"] = language
    keep = "keep_group" if letter.kind == "participants" else "keep_personal"
    lines = [
        text("hello", language, name=letter.recipient_name),
        "",
        text(letter.kind, language, day=day),
        "",
        text(keep, language),
        "",
        text("thanks", language),
    ]
    if letter.facilitator:
        lines.append(letter.facilitator)
    message.set_content("\n".join(lines) + "\n")
    message.add_attachment(
        letter.attachment, maintype="application", subtype="pdf", filename=letter.file_name
    )
    return message
