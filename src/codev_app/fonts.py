"""The bundled fonts (Noto Sans and Noto Emoji, SIL Open Font License), so that Codev looks the
same everywhere.

A machine without fonts (minimal Linux installs, some containers) would otherwise show an empty box
for every glyph, and one without an emoji font an empty box for the 🙂 in a name. Noto Emoji
(monochrome) is registered as the substitute Qt falls back to for what Noto Sans lacks, in the
windows and in the PDF documents alike. Registering the files costs about a millisecond.

It lives outside ``ui`` because the PDF writer needs it too: it uses Qt's font database (QtGui)
only, never widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from codev_app.resources_path import resource_dir

BUNDLED_FAMILY = "Noto Sans"
EMOJI_FAMILY = "Noto Emoji"
BUNDLED_FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoEmoji.ttf",
)

_log = logging.getLogger(__name__)


def fonts_dir() -> Path:
    """Folder of the bundled font files and their licence."""
    return resource_dir("fonts")


def register_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Add the bundled font files to Qt's font database; returns the families they provide.

    Noto Emoji becomes the first substitute of Noto Sans: a character Noto Sans lacks is drawn
    with it before Qt asks the system (which may have no emoji font at all).
    """
    # Imported here: start-up imports this module before PySide6 (see codev_app.app).
    from PySide6.QtGui import QFont, QFontDatabase

    directory = fonts_dir() if directory is None else directory
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(directory / name))
        if font_id < 0:
            _log.warning("Could not load the bundled font %s", directory / name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if EMOJI_FAMILY in families:
        substitutes = QFont.substitutes(BUNDLED_FAMILY)
        if EMOJI_FAMILY not in substitutes:
            QFont.insertSubstitutions(BUNDLED_FAMILY, [EMOJI_FAMILY, *substitutes])
    return families
