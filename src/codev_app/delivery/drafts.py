"""Drafts: one ``.eml`` file per recipient, with ``X-Unsent: 1`` so that Outlook, Thunderbird and
Apple Mail open it as a message to send (the always-available path, e.g. where the mail provider
turned basic SMTP authentication off)."""

from __future__ import annotations

import copy
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from codev_app.core.files import atomic_write
from codev_app.core.text import safe_file_name


def draft_bytes(message: EmailMessage) -> bytes:
    """The draft's file content: the message marked unsent, lines ending in CRLF."""
    draft = copy.deepcopy(message)
    del draft["X-Unsent"]
    draft["X-Unsent"] = "1"
    return draft.as_bytes(policy=SMTP)


def write_draft(message: EmailMessage, folder: Path, stem: str) -> Path:
    """Write the draft as ``folder/stem.eml`` (``stem (2).eml``... when taken); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    base = safe_file_name(stem, fallback="message")
    name, number = base, 1
    while (folder / f"{name}.eml").exists():
        number += 1
        name = f"{base} ({number})"
    target = folder / f"{name}.eml"
    atomic_write(target, draft_bytes(message))
    return target
