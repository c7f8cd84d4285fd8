"""The template library: listing, duplicate, save, delete, import, export, clashes, atomicity."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from codev_app.core.errors import TemplateError
from codev_app.core.files import atomic_write
from codev_app.core.library import (
    BUILTIN_ORDER,
    MAX_TEMPLATE_BYTES,
    ReadOnlyTemplate,
    TargetExists,
    TemplateClash,
    TemplateLibrary,
    TemplateNotFound,
    suggest_id,
)
from codev_app.core.template import (
    LocalizedText,
    Template,
    dump_template,
    load_template,
    parse_template_text,
)
from codev_app.resources_path import resource_dir

BUILTIN_DIR = resource_dir("templates")

MINE = """\
format = "codev-template"
schema_version = 1
id = "{id}"
name = {{ fr = "{fr}", en = "{en}" }}

[[phases]]
id = "talk"
minutes = {minutes}
name = "Talk"
"""


def mine(
    template_id: str = "mine", fr: str = "Le mien", en: str = "Mine", minutes: int = 20
) -> str:
    return MINE.format(id=template_id, fr=fr, en=en, minutes=minutes)


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "user-templates"


@pytest.fixture
def library(user_dir: Path) -> TemplateLibrary:
    return TemplateLibrary(BUILTIN_DIR, user_dir)


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in a folder (hidden temporary files included) and its bytes."""
    if not folder.exists():
        return {}
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def template(template_id: str, fr: str, en: str, minutes: int = 20) -> Template:
    return parse_template_text(mine(template_id, fr, en, minutes)).template


# --- listing -------------------------------------------------------------------------------------


def test_lists_every_builtin_in_order_read_only(library: TemplateLibrary) -> None:
    builtins = library.builtin_templates()
    assert [t.id for t in builtins] == list(BUILTIN_ORDER)
    assert all(t.read_only for t in builtins)
    assert library.user_templates() == []
    assert library.problems == ()
    assert library.warnings == ()


def test_user_templates_follow_builtins_and_are_editable(
    library: TemplateLibrary, user_dir: Path
) -> None:
    user_dir.mkdir()
    (user_dir / "zeta.toml").write_text(mine("zeta", "Zêta", "Zeta"), encoding="utf-8")
    (user_dir / "alpha.toml").write_text(mine("alpha", "Alpha", "Alpha"), encoding="utf-8")
    library.reload()
    assert [t.id for t in library.templates()] == [*BUILTIN_ORDER, "alpha", "zeta"]
    assert not library.get("alpha").read_only
    assert library.get("classic").read_only
    assert "alpha" in library
    assert "nothing" not in library
    assert library.is_builtin("classic")
    assert not library.is_builtin("alpha")


def test_a_broken_user_file_never_hides_the_others(
    library: TemplateLibrary, user_dir: Path
) -> None:
    user_dir.mkdir()
    (user_dir / "good.toml").write_text(mine("good", "Bon", "Good"), encoding="utf-8")
    (user_dir / "zero.toml").write_text(mine("zero", "Zéro", "Zero", 0), encoding="utf-8")
    (user_dir / "latin.toml").write_bytes(mine("latin", "Modèle", "Latin").encode("latin-1"))
    (user_dir / "classic.toml").write_text(mine("classic", "Clone", "Clone"), encoding="utf-8")
    (user_dir / "twin.toml").write_text(mine("good", "Jumeau", "Twin"), encoding="utf-8")
    (user_dir / "notes.txt").write_text("not a template", encoding="utf-8")
    library.reload()
    assert [t.id for t in library.user_templates()] == ["good"]
    assert library.problems == (
        f"{user_dir / 'classic.toml'}: id 'classic' belongs to a built-in template; "
        "this file is ignored (give it another id to use it)",
        f"{user_dir / 'latin.toml'}: is not UTF-8 text",
        f"{user_dir / 'twin.toml'}: id 'good' is already used by {user_dir / 'good.toml'}; "
        "this file is ignored",
        f"{user_dir / 'zero.toml'}: phases[1].minutes: phase 1 'talk': "
        "duration must be between 1 and 240 minutes (got 0)",
    )


def test_unknown_keys_in_user_files_are_collected_as_warnings(
    library: TemplateLibrary, user_dir: Path
) -> None:
    user_dir.mkdir()
    path = user_dir / "mine.toml"
    path.write_text(mine() + "colour = 'blue'\n", encoding="utf-8")
    library.reload()
    assert library.warnings == (f"{path}: phases[1].colour: unknown key ignored",)
    assert library.get("mine").phases[0].id == "talk"


def test_get_unknown_id_raises_a_typed_error(library: TemplateLibrary) -> None:
    with pytest.raises(TemplateNotFound, match="no template with id 'nope'"):
        library.get("nope")


# --- duplicate -----------------------------------------------------------------------------------


def test_duplicate_makes_an_editable_copy_with_a_free_id_and_a_copy_name(
    library: TemplateLibrary, user_dir: Path
) -> None:
    classic = library.get("classic")
    copy = library.duplicate("classic")
    assert copy.id == "classic-copy"
    assert copy.name.get("fr") == "Codéveloppement classique (copie)"
    assert copy.name.get("en") == "Classic co-development (copy)"
    assert not copy.read_only
    assert copy.phases == classic.phases
    assert copy.description == classic.description
    assert (user_dir / "classic-copy.toml").is_file()
    assert copy.source == str(user_dir / "classic-copy.toml")
    # A new library sees the same copy on disk.
    assert TemplateLibrary(BUILTIN_DIR, user_dir).get("classic-copy") == copy


def test_duplicating_again_numbers_the_id_and_the_name(library: TemplateLibrary) -> None:
    library.duplicate("classic")
    second = library.duplicate("classic")
    third = library.duplicate("classic-copy")  # a copy of a copy is not "classic-copy-copy"
    assert (second.id, second.name.get("en")) == (
        "classic-copy-2",
        "Classic co-development (copy 2)",
    )
    assert (third.id, third.name.get("fr")) == (
        "classic-copy-3",
        "Codéveloppement classique (copie 3)",
    )


def test_duplicate_with_a_chosen_id_and_name(library: TemplateLibrary) -> None:
    copy = library.duplicate("codev-flash", new_id="jeudi", new_name="Codév du jeudi")
    assert copy.id == "jeudi"
    assert copy.name.get("fr") == copy.name.get("en") == "Codév du jeudi"
    named = library.duplicate("codev-flash", new_name=LocalizedText.of(fr="Vendredi", en="Friday"))
    assert named.id == "codev-flash-copy"
    assert named.name.get("en") == "Friday"


def test_duplicate_refuses_a_taken_id_or_name(library: TemplateLibrary, user_dir: Path) -> None:
    library.duplicate("classic", new_id="jeudi", new_name="Jeudi")
    before = folder_state(user_dir)
    with pytest.raises(TemplateClash) as by_id:
        library.duplicate("codev-flash", new_id="jeudi", new_name="Autre")
    assert by_id.value.same_id and not by_id.value.same_name
    assert by_id.value.can_replace
    with pytest.raises(TemplateClash) as by_name:
        library.duplicate("codev-flash", new_name="Codéveloppement classique")
    assert by_name.value.existing_ids == ("classic",)
    assert not by_name.value.can_replace
    assert folder_state(user_dir) == before


def test_duplicate_of_a_long_id_stays_a_valid_id(library: TemplateLibrary) -> None:
    long_id = "a" * 64
    library.save_user_template(template(long_id, "Long", "Long"))
    copy = library.duplicate(long_id)
    assert copy.id == "a" * 59 + "-copy"
    assert library.duplicate(long_id).id == "a" * 57 + "-copy-2"


def test_duplicate_of_an_unknown_template_raises(library: TemplateLibrary) -> None:
    with pytest.raises(TemplateNotFound):
        library.duplicate("nope")


# --- save and delete -----------------------------------------------------------------------------


def test_save_writes_a_file_that_loads_back_identically(
    library: TemplateLibrary, user_dir: Path
) -> None:
    saved = library.save_user_template(template("mine", "Le mien", "Mine"))
    path = user_dir / "mine.toml"
    assert load_template(path).template == saved
    assert [t.id for t in library.user_templates()] == ["mine"]
    assert [p.name for p in user_dir.iterdir()] == ["mine.toml"]  # no temporary file left


def test_saving_the_same_id_again_asks_unless_replace(
    library: TemplateLibrary, user_dir: Path
) -> None:
    library.save_user_template(template("mine", "Le mien", "Mine", 20))
    longer = template("mine", "Le mien", "Mine", 30)
    with pytest.raises(TemplateClash) as caught:
        library.save_user_template(longer)
    assert str(caught.value) == "template 'mine': a template with the id 'mine' already exists"
    assert (caught.value.same_id, caught.value.same_name, caught.value.can_replace) == (
        True,
        False,
        True,
    )
    assert library.get("mine").total_seconds == 20 * 60
    library.save_user_template(longer, replace=True)
    assert library.get("mine").total_seconds == 30 * 60
    assert TemplateLibrary(BUILTIN_DIR, user_dir).get("mine").total_seconds == 30 * 60


def test_a_name_clash_with_another_user_template_can_replace_it(
    library: TemplateLibrary, user_dir: Path
) -> None:
    library.save_user_template(template("first", "Jeudi", "Thursday"))
    second = template("second", "Autre", "Thursday")
    with pytest.raises(TemplateClash) as caught:
        library.save_user_template(second)
    assert str(caught.value) == (
        "template 'second': the name 'Thursday' is already used by 'first'"
    )
    assert caught.value.existing_ids == ("first",)
    library.save_user_template(second, replace=True)
    assert [t.id for t in library.user_templates()] == ["second"]
    assert sorted(p.name for p in user_dir.iterdir()) == ["second.toml"]


def test_names_are_compared_per_language_ignoring_case(library: TemplateLibrary) -> None:
    library.save_user_template(template("first", "Jeudi", "Thursday"))
    with pytest.raises(TemplateClash):
        library.save_user_template(template("second", "  JEUDI ", "Other"))
    # The same words in different languages are different names.
    library.save_user_template(template("third", "Thursday", "Jeudi"))


def test_a_builtin_is_never_overwritten(library: TemplateLibrary, user_dir: Path) -> None:
    original = (BUILTIN_DIR / "classic.toml").read_bytes()
    impostor = template("classic", "Imposteur", "Impostor")
    with pytest.raises(TemplateClash) as caught:
        library.save_user_template(impostor)
    assert not caught.value.can_replace
    assert str(caught.value) == (
        "template 'classic': a template with the id 'classic' already exists "
        "(built-in templates cannot be replaced: choose another name)"
    )
    with pytest.raises(ReadOnlyTemplate):
        library.save_user_template(impostor, replace=True)
    same_name = template("other", "Codéveloppement classique", "Other")
    with pytest.raises(ReadOnlyTemplate):
        library.save_user_template(same_name, replace=True)
    assert (BUILTIN_DIR / "classic.toml").read_bytes() == original
    assert folder_state(user_dir) == {}
    assert library.get("classic").read_only


def test_an_invalid_template_is_refused_and_nothing_is_written(
    library: TemplateLibrary, user_dir: Path
) -> None:
    valid = template("mine", "Le mien", "Mine")
    broken = valid.with_phases([replace(valid.phases[0], planned_seconds=0)])
    with pytest.raises(TemplateError) as caught:
        library.save_user_template(broken)
    assert str(caught.value) == (
        "template 'mine': phases[1].minutes: phase 1 'talk': "
        "duration must be between 1 and 240 minutes (got 0)"
    )
    with pytest.raises(TemplateError, match="short identifier"):
        library.save_user_template(replace(valid, id="Not An Id"))
    assert folder_state(user_dir) == {}


def test_delete_removes_a_user_template_only(library: TemplateLibrary, user_dir: Path) -> None:
    library.duplicate("classic")
    library.delete_user_template("classic-copy")
    assert "classic-copy" not in library
    assert folder_state(user_dir) == {}
    with pytest.raises(ReadOnlyTemplate):
        library.delete_user_template("classic")
    with pytest.raises(TemplateNotFound):
        library.delete_user_template("classic-copy")
    assert "classic" in library


def test_replacing_a_file_whose_name_differs_from_its_id_leaves_one_file(
    library: TemplateLibrary, user_dir: Path
) -> None:
    user_dir.mkdir()
    (user_dir / "hand made.toml").write_text(mine("mine"), encoding="utf-8")
    library.reload()
    assert library.user_template_path("mine") == user_dir / "hand made.toml"
    library.save_user_template(template("mine", "Le mien", "Mine", 40), replace=True)
    assert sorted(p.name for p in user_dir.iterdir()) == ["mine.toml"]
    assert library.get("mine").total_seconds == 40 * 60


# --- import --------------------------------------------------------------------------------------


def test_import_saves_a_clean_copy_and_reports_unknown_keys(
    library: TemplateLibrary, user_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "from-a-colleague.toml"
    source.write_text(mine() + "colour = 'blue'\n", encoding="utf-8")
    result = library.import_file(source)
    assert result.template.id == "mine"
    assert result.original_id == "mine"
    assert not result.renamed
    assert result.warnings == (f"{source}: phases[1].colour: unknown key ignored",)
    saved = (user_dir / "mine.toml").read_text(encoding="utf-8")
    assert "colour" not in saved
    assert parse_template_text(saved).warnings == ()
    assert source.read_text(encoding="utf-8").endswith("colour = 'blue'\n")  # left as it was


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (mine(minutes=500).encode(), "phases[1].minutes: phase 1 'talk': duration must be between"),
        (b"\xff\xfe not text", "is not UTF-8 text"),
        (b"[[[ nope", "not valid TOML"),
        (b"a = " + b"[" * 5000, "not valid TOML (nested too deeply)"),
        (b"# " + b"x" * MAX_TEMPLATE_BYTES, "is too large to be a template (1000 kB)"),
    ],
    ids=["invalid", "not-utf8", "not-toml", "too-deep", "too-large"],
)
def test_a_broken_import_changes_nothing(
    library: TemplateLibrary, user_dir: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    library.duplicate("classic")
    before = folder_state(user_dir)
    source = tmp_path / "broken.toml"
    source.write_bytes(content)
    with pytest.raises(TemplateError) as caught:
        library.import_file(source)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(source))
    assert folder_state(user_dir) == before
    assert [t.id for t in library.user_templates()] == ["classic-copy"]


def test_import_clash_asks_by_default_and_writes_nothing(
    library: TemplateLibrary, user_dir: Path, tmp_path: Path
) -> None:
    library.save_user_template(template("mine", "Le mien", "Mine", 20))
    before = folder_state(user_dir)
    source = tmp_path / "mine.toml"
    source.write_text(mine(minutes=45), encoding="utf-8")
    with pytest.raises(TemplateClash) as caught:
        library.import_file(source)
    # Same id and same name: one template, so one clash, by id.
    assert caught.value.same_id and not caught.value.same_name and caught.value.can_replace
    assert caught.value.existing_ids == ("mine",)
    assert folder_state(user_dir) == before


def test_import_clash_rename_keeps_both(
    library: TemplateLibrary, user_dir: Path, tmp_path: Path
) -> None:
    library.save_user_template(template("mine", "Le mien", "Mine", 20))
    source = tmp_path / "mine.toml"
    source.write_text(mine(minutes=45), encoding="utf-8")
    result = library.import_file(source, on_clash="rename")
    assert result.renamed and result.original_id == "mine"
    assert result.template.id == "mine-2"
    assert (result.template.name.get("fr"), result.template.name.get("en")) == (
        "Le mien (2)",
        "Mine (2)",
    )
    assert library.get("mine").total_seconds == 20 * 60
    assert library.get("mine-2").total_seconds == 45 * 60
    again = library.import_file(source, on_clash="rename")
    assert (again.template.id, again.template.name.get("en")) == ("mine-3", "Mine (3)")


def test_import_clash_replace_overwrites_the_user_template(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    library.save_user_template(template("mine", "Le mien", "Mine", 20))
    source = tmp_path / "mine.toml"
    source.write_text(mine(minutes=45), encoding="utf-8")
    result = library.import_file(source, on_clash="replace")
    assert result.replaced == ("mine",)
    assert library.get("mine").total_seconds == 45 * 60
    assert [t.id for t in library.user_templates()] == ["mine"]


def test_an_exported_builtin_comes_back_renamed_never_replacing_the_builtin(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    exported = library.export("classic", tmp_path / "classic.toml")
    with pytest.raises(TemplateClash) as caught:
        library.import_file(exported)
    assert not caught.value.can_replace
    with pytest.raises(ReadOnlyTemplate):
        library.import_file(exported, on_clash="replace")
    result = library.import_file(exported, on_clash="rename")
    assert result.template.id == "classic-2"
    assert result.template.name.get("fr") == "Codéveloppement classique (2)"
    assert result.template.phases == library.get("classic").phases
    assert library.get("classic").read_only


def test_import_rejects_an_unknown_clash_choice(library: TemplateLibrary, tmp_path: Path) -> None:
    source = tmp_path / "mine.toml"
    source.write_text(mine(), encoding="utf-8")
    bad_choice: Any = "merge"
    with pytest.raises(ValueError, match="on_clash"):
        library.import_file(source, on_clash=bad_choice)


# --- export --------------------------------------------------------------------------------------


def test_export_writes_a_template_that_loads_back(library: TemplateLibrary, tmp_path: Path) -> None:
    target = tmp_path / "out" / "remote.toml"
    assert library.export("remote-codev", target) == target
    loaded = load_template(target)
    assert loaded.warnings == ()
    assert loaded.template.phases == library.get("remote-codev").phases
    assert target.read_text(encoding="utf-8") == dump_template(library.get("remote-codev"))


def test_export_never_overwrites_unless_told(library: TemplateLibrary, tmp_path: Path) -> None:
    target = tmp_path / "precious.toml"
    target.write_text("my own notes", encoding="utf-8")
    with pytest.raises(TargetExists) as caught:
        library.export("classic", target)
    assert str(caught.value) == f"{target}: already exists"
    assert target.read_text(encoding="utf-8") == "my own notes"
    library.export("classic", target, overwrite=True)
    assert load_template(target).template.id == "classic"


def test_export_to_a_folder_is_refused(library: TemplateLibrary, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="is a folder"):
        library.export("classic", tmp_path, overwrite=True)


def test_export_of_an_unknown_template_raises(library: TemplateLibrary, tmp_path: Path) -> None:
    with pytest.raises(TemplateNotFound):
        library.export("nope", tmp_path / "x.toml")


# --- atomic writes -------------------------------------------------------------------------------


def fail(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failed_save_leaves_the_old_file_whole(
    library: TemplateLibrary, user_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    library.save_user_template(template("mine", "Le mien", "Mine", 20))
    before = folder_state(user_dir)
    monkeypatch.setattr(f"codev_app.core.files.os.{step}", fail)
    with pytest.raises(TemplateError) as caught:
        library.save_user_template(template("mine", "Le mien", "Mine", 45), replace=True)
    assert (
        str(caught.value)
        == f"{user_dir / 'mine.toml'}: cannot be written (No space left on device)"
    )
    monkeypatch.undo()
    assert folder_state(user_dir) == before  # same bytes, and no temporary file left behind
    assert TemplateLibrary(BUILTIN_DIR, user_dir).get("mine").total_seconds == 20 * 60


def test_a_write_cut_off_halfway_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.toml"
    target.write_bytes(b"old content")
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, descriptor: int, mode: str) -> None:
            self.stream = real_fdopen(descriptor, mode)

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(5, "Input/output error")

    monkeypatch.setattr("codev_app.core.files.os.fdopen", HalfWriter)
    with pytest.raises(OSError, match="Input/output error"):
        atomic_write(target, b"new content that will never be whole")
    assert folder_state(tmp_path) == {"notes.toml": b"old content"}


def test_a_failed_export_leaves_the_existing_file_whole(
    library: TemplateLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.toml"
    target.write_text("previous export", encoding="utf-8")
    monkeypatch.setattr("codev_app.core.files.os.replace", fail)
    with pytest.raises(TemplateError, match="cannot be written"):
        library.export("classic", target, overwrite=True)
    monkeypatch.undo()
    assert folder_state(tmp_path) == {"out.toml": b"previous export"}


# --- ids -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Codév du jeudi", "codev-du-jeudi"),
        ("  Équipe RH — cycle 2 ", "equipe-rh-cycle-2"),
        ("!!!", "template"),
        ("x" * 100, "x" * 64),
    ],
)
def test_suggest_id_makes_a_valid_id_from_a_name(name: str, expected: str) -> None:
    assert suggest_id(name) == expected


def test_unique_id_skips_taken_ids(library: TemplateLibrary) -> None:
    assert library.unique_id("mine") == "mine"
    assert library.unique_id("classic") == "classic-2"
    library.save_user_template(template("classic-2", "C2", "C2"))
    assert library.unique_id("classic") == "classic-3"
    assert library.unique_id("Mon Modèle") == "mon-modele"
