"""Refresh Codev's translation files, or check that they are up to date.

    python tools/update_translations.py           collect texts into the .ts files, compile the .qm
    python tools/update_translations.py --check   change nothing; exit 1 if a .ts or .qm is stale

``pyside6-lupdate`` reads every ``tr(...)`` / ``translate("Context", ...)`` in ``src/codev_app``
and merges them into ``resources/translations/codev_<lang>.ts`` (translations already made are
kept, vanished texts dropped). Then translate the new entries (Qt Linguist: ``pyside6-linguist``,
or any editor) and run this again: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the
application loads. English is the source language: ``codev_en.ts`` only holds plural forms.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "codev_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """Path of a Qt tool: beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"codev_{language}.ts"


def qm_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"codev_{language}.qm"


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def update_ts(language: str, directory: Path = TRANSLATIONS) -> None:
    """Merge the texts found in the sources into ``codev_<language>.ts``."""
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    command = [
        tool("pyside6-lupdate"),
        *sources,
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    _run([*command, "-ts", str(ts_path(language, directory))])


def release(
    language: str, source_dir: Path = TRANSLATIONS, target_dir: Path = TRANSLATIONS
) -> Path:
    """Compile ``codev_<language>.ts`` into ``codev_<language>.qm``; returns the .qm path."""
    target = qm_path(language, target_dir)
    _run([tool("pyside6-lrelease"), str(ts_path(language, source_dir)), "-qm", str(target)])
    return target


def messages(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every current message of a .ts file."""
    found = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def check() -> list[str]:
    """What is stale, without changing anything: texts missing from a .ts, or an outdated .qm."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for language in LANGUAGES:
            committed = ts_path(language)
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            shutil.copy(committed, ts_path(language, work))
            update_ts(language, work)
            new = messages(ts_path(language, work)) - messages(committed)
            gone = messages(committed) - messages(ts_path(language, work))
            for context, source, _comment in sorted(new):
                problems.append(f"{committed.name}: new text not collected: [{context}] {source!r}")
            for context, source, _comment in sorted(gone):
                problems.append(f"{committed.name}: text no longer used: [{context}] {source!r}")
            rebuilt = release(language, TRANSLATIONS, work)
            compiled = qm_path(language)
            if not compiled.exists() or compiled.read_bytes() != rebuilt.read_bytes():
                problems.append(f"{compiled.name} does not match {committed.name}: recompile")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("Run: python tools/update_translations.py")
        return 1 if problems else 0
    for language in LANGUAGES:
        update_ts(language)
        print(f"updated {ts_path(language).relative_to(ROOT)}")
        print(f"compiled {release(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
