"""The compiled template index: the same summaries as reading the files, rebuilt when a file
changes, and never in the way when it is damaged or cannot be written."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from codev_app.core.library import TemplateLibrary
from codev_app.core.template import Template
from codev_app.core.template_index import (
    MAX_INDEX_BYTES,
    TemplateSummary,
    indexed_summaries,
    summarize,
)
from codev_app.resources_path import resource_dir

HOUR_NS = 3600 * 1_000_000_000
MINE = """\
format = "codev-template"
schema_version = 1
id = "mine"
name = {{ fr = "{name}", en = "{name}" }}
[[phases]]
id = "only"
minutes = {minutes}
name = {{ fr = "Seule phase", en = "Only phase" }}
"""


class Folders:
    """A copy of the built-in templates and a user folder, with a loader that counts its reads."""

    def __init__(self, root: Path) -> None:
        self.builtin = root / "builtin"
        self.user = root / "user"
        self.index = root / "cache" / "template-index.json"
        shutil.copytree(resource_dir("templates"), self.builtin)
        self.user.mkdir()
        self.reads = 0
        self.age()

    def age(self) -> None:
        """Make every file an hour old (a file written just now never makes an index)."""
        past = time.time_ns() - HOUR_NS
        for folder in (self.builtin, self.user):
            for path in folder.iterdir():
                os.utime(path, ns=(past, past))

    def load(self) -> tuple[Sequence[Template], Sequence[str]]:
        self.reads += 1
        library = TemplateLibrary(self.builtin, self.user)
        return library.templates(), library.problems

    def summaries(self) -> tuple[list[TemplateSummary], list[str]]:
        return indexed_summaries((self.builtin, self.user), self.index, self.load)

    def expected(self) -> tuple[list[TemplateSummary], list[str]]:
        library = TemplateLibrary(self.builtin, self.user)
        return [summarize(template) for template in library.templates()], list(library.problems)

    def write_mine(self, name: str, minutes: int) -> None:
        (self.user / "mine.toml").write_text(MINE.format(name=name, minutes=minutes), "utf-8")
        self.age()


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    return Folders(tmp_path)


def test_the_second_start_reads_the_index_and_gets_the_same_summaries(folders: Folders) -> None:
    folders.write_mine("Ma séance", 30)
    (folders.user / "broken.toml").write_text("id = [", "utf-8")
    folders.age()
    first = folders.summaries()
    assert folders.reads == 1 and folders.index.is_file()
    second = folders.summaries()
    assert folders.reads == 1  # from the index
    assert second == first == folders.expected()
    summaries, problems = second
    mine = next(summary for summary in summaries if summary.id == "mine")
    assert (mine.name("fr"), mine.phase_count, mine.total_seconds) == ("Ma séance", 1, 1800)
    assert not mine.read_only and summaries[0].read_only
    assert len(problems) == 1 and "broken.toml" in problems[0]
    assert folders.index.stat().st_mode & 0o777 == 0o600


def test_a_changed_added_or_removed_file_is_read_again(folders: Folders) -> None:
    folders.write_mine("Avant", 30)
    folders.summaries()
    folders.write_mine("Après, version 1", 45)  # another size
    summaries, _ = folders.summaries()
    assert folders.reads == 2
    assert [s.name("fr") for s in summaries if s.id == "mine"] == ["Après, version 1"]
    # Same size, another time: read again too.
    size = (folders.user / "mine.toml").stat().st_size
    folders.write_mine("Après, version 2", 45)
    assert (folders.user / "mine.toml").stat().st_size == size
    past = time.time_ns() - HOUR_NS // 2
    os.utime(folders.user / "mine.toml", ns=(past, past))
    summaries, _ = folders.summaries()
    assert folders.reads == 3
    assert [s.name("fr") for s in summaries if s.id == "mine"] == ["Après, version 2"]
    (folders.user / "mine.toml").unlink()
    summaries, _ = folders.summaries()
    assert folders.reads == 4 and "mine" not in [s.id for s in summaries]
    assert folders.summaries() == folders.expected() and folders.reads == 4


def test_a_file_changed_just_now_makes_no_index(folders: Folders) -> None:
    (folders.user / "mine.toml").write_text(MINE.format(name="Neuve", minutes=20), "utf-8")
    assert folders.summaries() == folders.expected()
    assert not folders.index.exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage \xfe",
        b'{"key": [1, ',
        b"[1, 2, 3]",
        b"[" * 100_000,
        b" " * (MAX_INDEX_BYTES + 10),
    ],
    ids=["empty", "binary", "cut short", "not a table", "deep", "too large"],
)
def test_a_damaged_index_is_ignored_and_rebuilt(folders: Folders, damage: bytes) -> None:
    folders.summaries()
    folders.index.write_bytes(damage)
    assert folders.summaries() == folders.expected()
    assert folders.reads == 2
    assert json.loads(folders.index.read_bytes())["templates"]  # written again
    assert folders.summaries() == folders.expected() and folders.reads == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("names", {"fr": 12, "en": "x"}),
        ("id", None),
        ("phase_count", -1),
        ("total_seconds", "1h"),
        ("read_only", 1),
        ("descriptions", []),
    ],
)
def test_an_index_with_wrong_values_is_ignored(folders: Folders, field: str, value: object) -> None:
    folders.summaries()
    document = json.loads(folders.index.read_bytes())
    document["templates"][0][field] = value
    folders.index.write_text(json.dumps(document), "utf-8")
    assert folders.summaries() == folders.expected()
    assert folders.reads == 2


def test_an_index_that_cannot_be_written_costs_nothing(folders: Folders) -> None:
    folders.index.parent.mkdir(parents=True)
    folders.index.mkdir()  # a folder where the file should be: neither read nor replaced
    assert folders.summaries() == folders.expected()
    assert folders.summaries() == folders.expected()
    assert folders.reads == 2 and folders.index.is_dir()
