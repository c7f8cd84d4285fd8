"""Settings: typed values, JSON round trip, tolerant reading, atomic writing."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import fields, replace
from pathlib import Path

import pytest

from codev_app import paths, settings
from codev_app.settings import Language, Settings, load_settings, save_settings

CUSTOM = Settings(
    language=Language.FR,
    chime_muted=True,
    chime_volume=35,
    warning_fraction=0.25,
    keep_end_time=True,
    resume_paused_after_crash=False,
    retention_months=18,
    default_template_id="express",
    facilitator_name="Hélène <b>Dupré</b> & Cie",
    always_on_top=True,
    first_launch_done=True,
    speaker_seconds=150,
)


def write_json(path: Path, document: object) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def broken_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.json.broken-*"))


def test_every_field_differs_from_its_default_in_the_custom_sample() -> None:
    # Keeps the round-trip test honest when a field is added.
    defaults = Settings()
    for item in fields(Settings):
        assert getattr(CUSTOM, item.name) != getattr(defaults, item.name), item.name


def test_no_file_gives_defaults_without_warnings() -> None:
    assert load_settings() == (Settings(), [])
    assert not settings.settings_path().exists()


def test_round_trip_of_every_field() -> None:
    written = save_settings(CUSTOM)
    assert written == paths.config_dir() / "settings.json"
    loaded, warnings = load_settings()
    assert warnings == []
    assert loaded == CUSTOM
    assert isinstance(loaded.language, Language)


def test_file_is_versioned_readable_json() -> None:
    save_settings(CUSTOM)
    document = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert document["format"] == "codev-settings"
    assert document["schema_version"] == settings.SCHEMA_VERSION
    assert document["language"] == "fr"
    assert document["retention_months"] == 18
    assert document["facilitator_name"] == "Hélène <b>Dupré</b> & Cie"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_saved_file_is_private_and_no_temporary_file_is_left() -> None:
    path = save_settings(CUSTOM)
    save_settings(replace(CUSTOM, chime_volume=10))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [item.name for item in path.parent.iterdir()] == ["settings.json"]
    assert load_settings()[0].chime_volume == 10


def test_failed_write_keeps_the_old_file(monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_settings(CUSTOM)
    before = path.read_bytes()

    def crash(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("codev_app.core.files.os.replace", crash)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings())
    assert path.read_bytes() == before
    assert [item.name for item in path.parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"{ not json",
        b"\xff\xfe\x00garbage",
        b"",
        json.dumps(["a", "list"]).encode(),
        json.dumps({"language": "fr"}).encode(),  # no format marker: not ours
        json.dumps({"format": "codev-settings", "schema_version": "one"}).encode(),
        json.dumps({"format": "codev-settings"}).encode(),
    ],
    ids=["truncated", "binary", "empty", "list", "foreign", "bad-version", "no-version"],
)
def test_broken_or_foreign_file_is_kept_aside_with_a_warning(content: bytes) -> None:
    path = settings.settings_path()
    path.write_bytes(content)

    loaded, warnings = load_settings()

    assert loaded == Settings()
    kept = broken_copies(path.parent)
    assert len(kept) == 1
    assert kept[0].read_bytes() == content
    assert not path.exists()
    assert len(warnings) == 1
    assert str(path) in warnings[0]
    assert kept[0].name in warnings[0]

    # Saving afterwards writes a new file and leaves the kept copy alone.
    save_settings(CUSTOM)
    assert load_settings() == (CUSTOM, [])
    assert kept[0].read_bytes() == content


def test_two_broken_files_in_the_same_second_are_both_kept() -> None:
    path = settings.settings_path()
    path.write_bytes(b"first")
    load_settings()
    path.write_bytes(b"second")
    load_settings()
    assert sorted(copy.read_bytes() for copy in broken_copies(path.parent)) == [b"first", b"second"]


def test_saving_over_a_foreign_file_sets_it_aside_first() -> None:
    path = settings.settings_path()
    path.write_bytes(b"someone else's notes")
    save_settings(CUSTOM)
    assert [copy.read_bytes() for copy in broken_copies(path.parent)] == [b"someone else's notes"]
    assert load_settings() == (CUSTOM, [])


def test_invalid_values_get_defaults_with_one_warning_each() -> None:
    path = settings.settings_path()
    write_json(
        path,
        {
            "format": "codev-settings",
            "schema_version": 1,
            "language": "de",
            "chime_volume": 150,
            "chime_muted": "yes",
            "warning_fraction": True,
            "retention_months": 0,
            "facilitator_name": "two\nlines",
            "keep_end_time": True,  # valid: kept
            "always_on_top": True,  # valid: kept
        },
    )
    loaded, warnings = load_settings()
    assert loaded == Settings(keep_end_time=True, always_on_top=True)
    named = {
        name for name in settings.Settings.__dataclass_fields__ if any(name in w for w in warnings)
    }
    assert named == {
        "language",
        "chime_volume",
        "chime_muted",
        "warning_fraction",
        "retention_months",
        "facilitator_name",
    }
    assert len(warnings) == 6
    assert path.exists()  # a readable file with some wrong values is not set aside
    assert broken_copies(path.parent) == []


def test_unknown_keys_are_ignored_silently() -> None:
    write_json(
        settings.settings_path(),
        {"format": "codev-settings", "schema_version": 1, "theme": "dark", "chime_volume": 20},
    )
    assert load_settings() == (Settings(chime_volume=20), [])


def test_file_from_a_newer_codev_is_read_with_a_warning() -> None:
    path = settings.settings_path()
    write_json(
        path,
        {"format": "codev-settings", "schema_version": 99, "language": "en", "new_thing": 1},
    )
    loaded, warnings = load_settings()
    assert loaded == Settings(language=Language.EN)
    assert len(warnings) == 1
    assert "newer version" in warnings[0]
    assert path.exists()


def test_unreadable_file_gives_defaults_and_is_left_alone() -> None:
    path = settings.settings_path()
    path.mkdir()  # reading a folder fails whoever we are, even root
    loaded, warnings = load_settings()
    assert loaded == Settings()
    assert len(warnings) == 1
    assert str(path) in warnings[0]
    assert path.is_dir()


def test_explicit_path_is_honoured(tmp_path: Path) -> None:
    elsewhere = tmp_path / "portable" / "settings.json"
    elsewhere.parent.mkdir()
    save_settings(CUSTOM, elsewhere)
    assert load_settings(elsewhere) == (CUSTOM, [])
    assert not settings.settings_path().exists()


@pytest.mark.parametrize(
    "change",
    [
        {"chime_volume": 101},
        {"chime_volume": -1},
        {"chime_volume": True},
        {"warning_fraction": 1.0},
        {"retention_months": 0},
        {"language": "de"},
        {"chime_muted": 1},
        {"default_template_id": ""},
    ],
)
def test_invalid_settings_cannot_be_built(change: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(change))):
        Settings(**change)  # type: ignore[arg-type]


def test_language_given_as_text_becomes_the_enum() -> None:
    assert Settings(language="en").language is Language.EN  # type: ignore[arg-type]


# --- the language read before the window's first paint (codev_app.i18n.configured_language) ----


def _quick_and_full(path: Path) -> tuple[str, str]:
    # The quick reader first: load_settings sets a damaged file aside.
    from codev_app.i18n import configured_language

    quick = configured_language(path)
    return quick, str(load_settings(path)[0].language)


@pytest.mark.parametrize(
    "content",
    [
        None,  # no file
        b"",
        b"{not json",
        b"\xff\xfe not utf-8",
        b"[]",
        b'"fr"',
        b'{"language": "fr"}',  # no format marker
        b'{"format": "other", "schema_version": 1, "language": "fr"}',
        b'{"format": "codev-settings", "language": "fr"}',
        b'{"format": "codev-settings", "schema_version": true, "language": "fr"}',
        b'{"format": "codev-settings", "schema_version": 0, "language": "fr"}',
        b'{"format": "codev-settings", "schema_version": "1", "language": "fr"}',
        b'{"format": "codev-settings", "schema_version": 1}',
        b'{"format": "codev-settings", "schema_version": 1, "language": "fr"}',
        b'{"format": "codev-settings", "schema_version": 1, "language": "en"}',
        b'{"format": "codev-settings", "schema_version": 1, "language": "system"}',
        b'{"format": "codev-settings", "schema_version": 1, "language": "de"}',
        b'{"format": "codev-settings", "schema_version": 1, "language": ["fr"]}',
        b'{"format": "codev-settings", "schema_version": 1, "language": null}',
        b'{"format": "codev-settings", "schema_version": 7, "language": "en", "new": 1}',
        b'{"format": "codev-settings", "schema_version": 1, "language": "fr", "chime_volume": -1}',
    ],
)
def test_the_quick_language_read_agrees_with_load_settings(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "settings.json"
    if content is not None:
        path.write_bytes(content)
    quick, full = _quick_and_full(path)
    assert quick == full


def test_the_quick_language_read_finds_a_saved_language() -> None:
    from codev_app.i18n import configured_language

    save_settings(replace(CUSTOM, language=Language.EN))
    assert configured_language(paths.settings_file()) == "en"
    assert paths.settings_file() == settings.settings_path()


def test_the_quick_reader_knows_the_settings_format() -> None:
    from codev_app import i18n

    assert i18n.SETTINGS_FORMAT == settings.FORMAT_NAME
    assert set(i18n.LANGUAGES) | {i18n.SYSTEM} == {str(language) for language in Language}


def test_a_time_per_speaker_outside_10_s_to_an_hour_gives_no_limit_and_says_so() -> None:
    from codev_app.settings import settings_from_dict

    for wrong in (5, 3601, "2 min", True):
        settings, warnings = settings_from_dict({"speaker_seconds": wrong})
        assert settings.speaker_seconds is None
        assert len(warnings) == 1 and "speaker_seconds" in warnings[0]
    assert settings_from_dict({"speaker_seconds": 90})[0].speaker_seconds == 90
