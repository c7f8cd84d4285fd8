"""How long the PDF exports take, compared with a plain two-page PDF made by Qt on this machine.

    python benchmarks/exports.py [--runs 9]

Measures, in one process, offscreen, after one warm-up run of each:

- baseline: a plain two-page A4 document (QTextDocument from simple HTML + QPdfWriter, 96 dpi)
  written to a file — about 9 ms on the reference machine;
- the participants' summary of a full eight-person session (24 suggestions, action plan, eight
  learnings, timings), written atomically;
- the eight personal copies of that session, all together.

Prints the medians, their ratios to the baseline (targets: summary at most 5x, eight copies at
most 40x), and the peak memory: Python allocations (tracemalloc) during one run of each export,
and the process's peak resident set size. It reports and always exits 0: timings on shared
machines are too noisy to fail a build on.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUMMARY_TARGET = 5.0
COPIES_TARGET = 40.0

PLAIN_HTML = "<h1>Compte rendu</h1>" + "".join(
    f"<p>Paragraphe {n}. " + "Le groupe écoute, questionne et propose des pistes. " * 8 + "</p>"
    for n in range(24)
)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds, after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def peak_python_mb(action: Callable[[], object]) -> float:
    """Peak of Python allocations during one call of ``action``, in MB."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    from codev_app.export.content import Audience
    from codev_app.export.pdf import PaperSize, ensure_fonts, write_pdf, write_personal_pdfs
    from codev_app.export.sample import sample_bundle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    family = ensure_fonts()
    bundle = sample_bundle("fr", people=8, suggestions=24)
    folder = Path(tempfile.mkdtemp(prefix="codev-bench-"))

    def baseline() -> None:
        writer = QPdfWriter(str(folder / "plain.pdf"))
        writer.setResolution(96)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
            )
        )
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 10))
        document.documentLayout().setPaintDevice(writer)
        document.setHtml(PLAIN_HTML)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)

    def summary() -> None:
        write_pdf(
            bundle, folder / "summary.pdf", Audience.PARTICIPANTS, paper=PaperSize.A4,
            overwrite=True,
        )  # fmt: skip

    def copies() -> None:
        for _ in write_personal_pdfs(bundle, folder, paper=PaperSize.A4, overwrite=True):
            pass

    plain_pages = _pages(folder, baseline, "plain.pdf")
    summary_pages = _pages(folder, summary, "summary.pdf")
    base_ms = median_ms(baseline, args.runs)
    summary_ms = median_ms(summary, args.runs)
    copies_ms = median_ms(copies, max(3, args.runs // 3))
    summary_ratio = summary_ms / base_ms
    copies_ratio = copies_ms / base_ms
    summary_mb = peak_python_mb(summary)
    copies_mb = peak_python_mb(copies)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    print(f"baseline: plain {plain_pages}-page PDF          {base_ms:7.1f} ms")
    print(
        f"participants' summary ({summary_pages} pages)       {summary_ms:7.1f} ms  "
        f"= {summary_ratio:4.1f}x  (target <= {SUMMARY_TARGET:.0f}x)"
        f"  {'ok' if summary_ratio <= SUMMARY_TARGET else 'OVER'}"
    )
    print(
        f"eight personal copies together          {copies_ms:7.1f} ms  "
        f"= {copies_ratio:4.1f}x  (target <= {COPIES_TARGET:.0f}x)"
        f"  {'ok' if copies_ratio <= COPIES_TARGET else 'OVER'}"
    )
    print(f"peak Python memory: summary {summary_mb:.1f} MB, eight copies {copies_mb:.1f} MB")
    print(f"peak resident set size of this process: {rss_mb:.0f} MB")
    del app
    return 0


def _pages(folder: Path, action: Callable[[], object], name: str) -> str:
    """How many pages ``action`` writes to ``name`` (pypdf, from the test extras, counts them)."""
    action()
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    return str(len(PdfReader(folder / name).pages))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
