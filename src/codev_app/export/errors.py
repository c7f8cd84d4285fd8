"""What can go wrong when exporting or importing, as typed errors the UI can turn into a question or
a message."""

from __future__ import annotations

from pathlib import Path

from codev_app.core.errors import MAX_FIELD_LENGTH, CodevError
from codev_app.core.text import clip


class ExportError(CodevError):
    """An export or import that could not be made; nothing was written or changed."""


class ExportNotApproved(ExportError):
    """A document for participants was asked for but the client has not approved the export."""

    def __init__(self) -> None:
        super().__init__(
            "The client has not approved sharing this session's record. Ask the client, record "
            "their approval in the session, then export again."
        )


class FileExists(ExportError):
    """The target file already exists; ask the user, then call again with ``overwrite=True``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} already exists")


class UnknownRecipient(ExportError):
    """A personal copy was asked for someone who is not in the session."""

    def __init__(self, participant_id: str) -> None:
        self.participant_id = participant_id
        super().__init__(f"no participant with id {participant_id!r} in this session")


class SessionFileError(ExportError):
    """A file that cannot be imported as a Codev session.

    ``field`` names the first wrong field (``"record.suggestions[3].kept"``), or is ``""`` when the
    file is not JSON at all; ``detail`` says what is wrong with it.
    """

    def __init__(self, path: Path, detail: str, *, field: str = "") -> None:
        self.path = path
        self.field = clip(field, MAX_FIELD_LENGTH)
        self.detail = clip(detail)
        where = f"{self.field}: " if self.field else ""
        super().__init__(f"{path.name}: {where}{self.detail}")
