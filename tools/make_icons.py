"""Codev's icon for every system, drawn from ``resources/icons/codev.svg``.

    python tools/make_icons.py              # PNGs in packaging/linux/icons (committed)
    python tools/make_icons.py --ico FILE   # Windows icon, from those PNGs (needs Pillow)
    python tools/make_icons.py --icns FILE  # macOS icon, from those PNGs (needs Pillow)

The PNGs are rendered by Qt's SVG renderer, so they match the window icon exactly; run the first
form after changing the SVG. Pillow is only a build-time dependency of the Windows and macOS
packages (``.github/workflows/package.yml`` installs it in the build environment).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "codev.svg"
ICON_NAME = "io.github.codev.Codev"  # the desktop file's Icon= and the AppStream id
PNG_DIR = ROOT / "packaging" / "linux" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels is, in the freedesktop icon theme's layout."""
    return PNG_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render_pngs() -> list[Path]:
    """Render the SVG at every size in :data:`PNG_SIZES`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"Cannot read {SVG}")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"Cannot write {path}")
        written.append(path)
    return written


def write_ico(target: Path) -> None:
    """A Windows .ico holding every size of :data:`ICO_SIZES`, from the committed PNGs."""
    from PIL import Image

    largest = Image.open(png_path(256))
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO", sizes=[(size, size) for size in ICO_SIZES])


def write_icns(target: Path) -> None:
    """A macOS .icns from the 512-pixel PNG (Pillow adds the smaller sizes)."""
    from PIL import Image

    target.parent.mkdir(parents=True, exist_ok=True)
    Image.open(png_path(512)).save(target, format="ICNS")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Codev's icon for every system.")
    parser.add_argument("--ico", type=Path, help="write a Windows icon to this file")
    parser.add_argument("--icns", type=Path, help="write a macOS icon to this file")
    args = parser.parse_args(argv)
    if args.ico is None and args.icns is None:
        for path in render_pngs():
            print(path.relative_to(ROOT))
    if args.ico is not None:
        write_ico(args.ico)
        print(args.ico)
    if args.icns is not None:
        write_icns(args.icns)
        print(args.icns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
