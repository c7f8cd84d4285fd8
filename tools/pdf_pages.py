"""Every exported PDF of a realistic session, and each of its pages as an image, to look at.

    python tools/pdf_pages.py [--out screenshots/pdf] [--dpi 60]

Writes, in French and in English, for a six-person session (a director of a social-economy
organisation asking how to delegate): the participants' summary, one personal copy (the client's,
whose copy holds the full "4 A") and the facilitator's full record, plus a long session (eight
people, 120 long suggestions) to see page breaks. Each page is rendered to PNG with poppler's
``pdftoppm`` (``<name>-<page>.png``). Runs offscreen; needs poppler-utils.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "pdf")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 2

    from PySide6.QtGui import QGuiApplication

    from codev_app.export.content import Audience
    from codev_app.export.pdf import PaperSize, write_pdf
    from codev_app.export.sample import sample_bundle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.pdf"), *out.glob("*.png")]:
        old.unlink()

    documents = []
    for language, paper in (("fr", PaperSize.A4), ("en", PaperSize.LETTER)):
        bundle = sample_bundle(language, people=6)
        people = bundle.live_session().roster.participants
        client, consultant = people[0].id, people[2].id
        for audience, recipient, name in (
            (Audience.PARTICIPANTS, None, "participants"),
            (Audience.PERSONAL, client, "personal-client"),
            (Audience.PERSONAL, consultant, "personal-consultant"),
            (Audience.FACILITATOR, None, "facilitator"),
        ):
            path = out / f"{language}-{name}.pdf"
            write_pdf(bundle, path, audience, language=language, paper=paper,
                      recipient_id=recipient)  # fmt: skip
            documents.append(path)
    long_bundle = sample_bundle("fr", people=8, suggestions=120, long_texts=True)
    path = out / "fr-long-participants.pdf"
    write_pdf(long_bundle, path, Audience.PARTICIPANTS, language="fr", paper=PaperSize.A4)
    documents.append(path)

    for path in documents:
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", str(path), str(path.with_suffix(""))],
            check=True,
        )
        pages = sorted(out.glob(f"{path.stem}-*.png"))
        print(f"{path.name}: {len(pages)} pages")
    del app
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
