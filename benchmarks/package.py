"""The packaged program against the source install: its size, and the time to the first window.

    python benchmarks/package.py [--bundle dist/codev] [--runs 15]

Build the bundle first (``bash tools/build_linux.sh``). Both programs run offscreen in fresh
processes, alternately, timed like ``benchmarks/startup.py`` (process start to a usable window,
``CODEV_BENCH_USABLE=1``); the source install is this Python's ``-m codev_app``. Prints the
bundle's size on disk, the tarball's if there is one, both medians and their ratio. Reports only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from startup import time_to_marker

ROOT = Path(__file__).resolve().parents[1]


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder`` and below."""
    # Symbolic links (PyInstaller makes some for shared libraries) take no room of their own.
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Packaged program: size and start time.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "codev")
    parser.add_argument("--runs", type=int, default=15, help="runs of each program (at least 5)")
    args = parser.parse_args(argv)
    program = args.bundle / "codev-app"
    if not program.is_file():
        print(f"No built program at {program}: run bash tools/build_linux.sh", file=sys.stderr)
        return 1
    print(f"bundle {args.bundle}: {folder_size(args.bundle) / 1e6:.0f} MB on disk")
    for tarball in sorted((args.bundle.parent).glob("codev-*-linux-*.tar.gz")):
        print(f"tarball {tarball.name}: {tarball.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="codev-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CODEV_BENCH_USABLE="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the source install runs from bytecode too
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        for name in ("DATA", "CONFIG", "LOG", "CACHE"):
            env[f"CODEV_{name}_DIR"] = str(Path(home) / name.lower())
        source_command = [sys.executable, "-m", "codev_app"]
        bundle_command = [str(program)]
        time_to_marker(source_command, env)  # untimed: file cache, bytecode, Codev's folders
        time_to_marker(bundle_command, env)
        source, bundle = [], []
        for _ in range(max(5, args.runs)):
            source.append(time_to_marker(source_command, env))
            bundle.append(time_to_marker(bundle_command, env))
    source_ms = statistics.median(source) * 1000
    bundle_ms = statistics.median(bundle) * 1000
    print(f"source install (python -m codev_app): median {source_ms:.0f} ms over {len(source)}")
    print(f"built program (codev-app):            median {bundle_ms:.0f} ms over {len(bundle)}")
    print(f"ratio built / source {bundle_ms / source_ms:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
