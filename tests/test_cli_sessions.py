"""``codev-app sessions list|show|export|import|delete`` against a real store in tmp_path."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from codev_app import cli, cli_common, i18n, paths
from codev_app.core.record import RecordText
from codev_app.core.template import dump_template, load_template
from codev_app.export import SessionFileError, read_session_file
from codev_app.export.labels import label
from codev_app.export.sample import sample_bundle
from codev_app.resources_path import resource_dir
from codev_app.storage import SessionMode, Store
from tests.export.conftest import normalized, one_line

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english_output() -> None:
    # main() sets the language of plain-text translations; start every test from English.
    i18n.set_plain_language("en")


@pytest.fixture
def saved() -> dict[str, int]:
    """Three sessions: French and approved, English and not approved, timers only and open."""
    classic = load_template(resource_dir("templates", "classic.toml")).template
    with Store.open() as store:
        return {
            "fr": store.save_bundle(sample_bundle("fr")),
            "unapproved": store.save_bundle(sample_bundle("en", approved=False)),
            "timers": store.create_session(
                template_id=classic.id,
                template_toml=dump_template(classic),
                title="Minuteurs du jeudi",
                group_name="Groupe du jeudi",
                mode=SessionMode.TIMERS_ONLY,
                participants=[("Nadia Haddad", "client"), ("Paul Roy", "consultant")],
            ),
        }


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _ids() -> list[int]:
    with Store.open() as store:
        return [line.id for line in store.list_history()]


def _pdf_text(path: Path) -> str:
    return one_line(
        normalized("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))
    )


# --- list and show -------------------------------------------------------------------------------


def test_list_shows_every_session_newest_first(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int]
) -> None:
    code, out, err = _run(capsys, "sessions", "list")
    assert code == 0 and err == ""
    header, *lines = out.splitlines()
    assert header.split() == ["No.", "Date", "Group", "Client", "Topic", "Status"]
    with Store.open() as store:
        history = store.list_history()
    assert [int(line.split()[0]) for line in lines] == [item.id for item in history]
    assert history[0].id == saved["timers"]  # created now, the others in 2026-11
    by_id = {int(line.split()[0]): line for line in lines}
    timers = by_id[saved["timers"]]
    assert "Nadia Haddad" in timers and "Minuteurs du jeudi" in timers
    assert timers.endswith("open, timers only")
    french = by_id[saved["fr"]]
    fr_summary = next(item for item in history if item.id == saved["fr"])
    assert fr_summary.created_at.astimezone().strftime("%Y-%m-%d %H:%M") in french
    assert "Awa Diallo" in french and "Déléguer sans tout reprendre" in french
    assert french.endswith("finished")
    assert "Delegating without taking it all back" in by_id[saved["unapproved"]]


def test_list_search_and_limit(capsys: pytest.CaptureFixture[str], saved: dict[str, int]) -> None:
    code, out, _ = _run(capsys, "sessions", "list", "--search", "DELEGUER")
    assert code == 0
    assert [int(line.split()[0]) for line in out.splitlines()[1:]] == [saved["fr"]]
    code, out, _ = _run(capsys, "sessions", "list", "--search", "xylophone")
    assert code == 0 and out == "No saved session matches “xylophone”.\n"
    code, out, err = _run(capsys, "sessions", "list", "--limit", "1")
    assert code == 0
    assert [int(line.split()[0]) for line in out.splitlines()[1:]] == [saved["timers"]]
    assert "--limit" in err
    code, _, err = _run(capsys, "sessions", "list", "--limit", "0")
    assert code == 2 and "0 is not a whole number above zero" in err


def test_list_without_a_database_does_not_create_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "sessions", "list")
    assert (code, out) == (0, "No saved sessions yet.\n")
    assert not paths.database_path().exists()
    code, _, err = _run(capsys, "sessions", "show", "1")
    assert code == 1 and "There is no saved session number 1" in err
    assert not paths.database_path().exists()


def test_show_summarises_a_session(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int]
) -> None:
    code, out, err = _run(capsys, "sessions", "show", saved["fr"])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Session {saved['fr']} — Déléguer sans tout reprendre"
    fields = dict(re.split(r":\s+", line, maxsplit=1) for line in lines[1:] if ": " in line)
    assert fields["Group"] == "Dirigeants de l'ESS — Grand Est, cycle 2026"
    assert fields["Facilitator"] == "Élise Garnier"
    assert fields["Status"] == "finished"
    assert fields["Participants"].startswith("Awa Diallo (client), Élise Garnier (facilitator)")
    bundle = sample_bundle("fr")
    kept = sum(1 for item in bundle.record.suggestions if item.kept)
    assert fields["Suggestions"] == f"{len(bundle.record.suggestions)} (the client kept {kept})"
    assert fields["Steps of the action plan"] == str(len(bundle.record.action_items))
    assert "approved" in fields["Sharing"]
    # Private notes stay out of a quick look.
    private = bundle.record.text(RecordText.PRIVATE_NOTES)
    assert private[:30] not in out

    code, out, _ = _run(capsys, "sessions", "show", saved["timers"])
    assert code == 0
    assert "open, timers only" in out and "Suggestions" not in out

    code, _, err = _run(capsys, "sessions", "show", "999")
    assert code == 1 and "There is no saved session number 999" in err
    code, _, err = _run(capsys, "sessions", "show", "abc")
    assert code == 2 and "abc is not a session number" in err


# --- export --------------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_pdf_for_participants_is_readable_and_private_free(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    code, out, err = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "pdf",
        "--audience", "participants", "--lang", "fr", "-o", target,
    )  # fmt: skip
    assert code == 0, err
    assert out == f"File written: {target}\n"
    text = _pdf_text(target)
    assert "Déléguer sans tout reprendre" in text and "Les suggestions" in text
    private = sample_bundle("fr").record.text(RecordText.PRIVATE_NOTES)
    assert private[:30] not in text and "Temps de parole" not in text
    assert PdfReader(target).pages[0].mediabox.width < 600  # A4 is 595 points wide

    # A folder gets the usual file name; --paper letter is honoured.
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "pdf",
        "--audience", "facilitator", "--paper", "letter", "-o", folder,
    )  # fmt: skip
    assert code == 0, err
    (written,) = folder.iterdir()
    assert written.suffix == ".pdf" and "Facilitator record" in written.name
    page = PdfReader(written).pages[0].mediabox
    assert (round(float(page.width)), round(float(page.height))) == (612, 792)
    assert private[:30] in _pdf_text(written)


@pytest.mark.usefixtures("qapp")
def test_personal_pdfs_one_per_participant_with_progress(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    folder = tmp_path / "copies"  # created by the command
    code, out, err = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "pdf",
        "--audience", "personal", "-o", folder,
    )  # fmt: skip
    assert code == 0, err
    people = [p.name for p in sample_bundle("fr").live_session().roster.participants]
    lines = out.splitlines()
    assert len(lines) == len(people) + 1
    for number, (line, name) in enumerate(zip(lines, people, strict=False), start=1):
        assert line.startswith(f"[{number}/{len(people)}] {name}: {folder}")
    assert lines[-1] == f"Personal copies written in {folder}: {len(people)}."
    files = sorted(folder.iterdir())
    assert len(files) == len(people)
    for name in people:
        (mine,) = [path for path in files if name in path.name]
        assert name in _pdf_text(mine)


def test_markdown_for_each_audience(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    bundle = sample_bundle("fr")
    private = bundle.record.text(RecordText.PRIVATE_NOTES)
    texts = {}
    for audience in ("participants", "facilitator"):
        target = tmp_path / f"{audience}.md"
        code, _, err = _run(
            capsys, "sessions", "export", saved["fr"], "--format", "markdown",
            "--audience", audience, "--lang", "fr", "-o", target,
        )  # fmt: skip
        assert code == 0, err
        texts[audience] = target.read_text(encoding="utf-8")
    assert texts["participants"].startswith("# Déléguer sans tout reprendre")
    assert private[:30] not in texts["participants"]
    assert private[:30] in texts["facilitator"]
    assert "Temps de parole" in texts["facilitator"]

    # Without authors, no consultant is named beside a suggestion.
    target = tmp_path / "anonymous.md"
    code, _, _ = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "markdown",
        "--audience", "participants", "--no-authors", "-o", target,
    )  # fmt: skip
    assert code == 0
    assert "*— Bruno Lefèvre*" in texts["participants"]
    assert "*— " not in target.read_text(encoding="utf-8")

    folder = tmp_path / "personal"
    code, out, _ = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "markdown",
        "--audience", "personal", "-o", folder,
    )  # fmt: skip
    assert code == 0
    roster = bundle.live_session().roster.participants
    assert len(list(folder.glob("*.md"))) == len(roster)
    assert out.splitlines()[-1] == f"Personal copies written in {folder}: {len(roster)}."


def test_json_is_the_lossless_session_file(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "session.codev.json"
    code, _, err = _run(capsys, "sessions", "export", saved["fr"], "--format", "json", "-o", target)
    assert code == 0, err
    with Store.open() as store:
        stored = store.load_bundle(saved["fr"])
    again = read_session_file(target)
    assert again.record.state == stored.record.state
    assert again.created_at == stored.created_at  # the same instant, shown in local time
    assert dict(again.live) == dict(stored.live)
    # The session file is the facilitator's: it is refused as a document for the group.
    code, _, err = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "json",
        "--audience", "participants", "-o", tmp_path / "other.json",
    )  # fmt: skip
    assert code == 2 and "not a document for the participants" in err
    assert not (tmp_path / "other.json").exists()


def test_csv_writes_both_tables_or_the_one_asked(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    folder = tmp_path / "tables"
    code, out, err = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "csv", "-o", folder
    )
    assert code == 0, err
    files = sorted(folder.iterdir(), key=lambda path: path.name)
    assert len(files) == 2 and len(out.splitlines()) == 2
    headers = {path.read_text(encoding="utf-8-sig").splitlines()[0] for path in files}
    speaking = ";".join(label(key, "en") for key in ("csv.phase", "csv.participant", "csv.seconds"))
    timings = ";".join(
        label(key, "en") for key in ("csv.phase", "csv.planned_seconds", "csv.actual_seconds")
    )
    assert headers == {speaking, timings}

    target = tmp_path / "speaking.csv"
    code, _, _ = _run(
        capsys, "sessions", "export", saved["fr"], "--format", "csv",
        "--table", "speaking", "-o", target,
    )  # fmt: skip
    assert code == 0
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == speaking and len(lines) > 5
    assert any("Awa Diallo" in line for line in lines)


def test_options_that_do_not_fit_are_usage_errors(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    base = ["sessions", "export", saved["fr"], "-o", tmp_path / "x"]
    for extra, expected in (
        (["--format", "markdown"], "--audience participants, personal or facilitator"),
        (["--format", "markdown", "--audience", "facilitator", "--paper", "a4"], "--paper"),
        (["--format", "pdf", "--audience", "facilitator", "--table", "speaking"], "--table"),
        (["--format", "csv", "--no-authors"], "--no-authors"),
        (["--format", "csv", "--audience", "personal"], "not a document for the participants"),
    ):
        code, _, err = _run(capsys, *base, *extra)
        assert code == 2, extra
        assert expected in err
    assert not (tmp_path / "x").exists()


def test_no_document_for_participants_without_the_clients_approval(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    for audience, target in (
        ("participants", tmp_path / "summary.md"),
        ("personal", tmp_path / "copies"),
    ):
        code, out, err = _run(
            capsys, "sessions", "export", saved["unapproved"], "--format", "markdown",
            "--audience", audience, "-o", target,
        )  # fmt: skip
        assert code == 4
        assert out == ""
        assert "the client has not approved sharing" in err and "--audience facilitator" in err
        assert not target.exists()
    code, _, _ = _run(
        capsys, "sessions", "export", saved["unapproved"], "--format", "markdown",
        "--audience", "facilitator", "-o", tmp_path / "mine.md",
    )  # fmt: skip
    assert code == 0


def test_an_existing_file_is_kept_unless_force(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "summary.md"
    target.write_text("my own notes", encoding="utf-8")
    argv = ["sessions", "export", saved["fr"], "--format", "markdown", "--audience", "participants"]
    code, _, err = _run(capsys, *argv, "-o", target)
    assert code == 5
    assert str(target) in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "my own notes"
    code, _, _ = _run(capsys, *argv, "-o", target, "--force")
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("# Déléguer")

    # CSV: one existing table stops both, before either is written.
    folder = tmp_path / "tables"
    code, _, _ = _run(capsys, "sessions", "export", saved["fr"], "--format", "csv", "-o", folder)
    assert code == 0
    first, second = sorted(folder.iterdir())
    second.unlink()
    code, _, err = _run(capsys, "sessions", "export", saved["fr"], "--format", "csv", "-o", folder)
    assert code == 5 and "--force" in err
    assert sorted(folder.iterdir()) == [first]


# --- import --------------------------------------------------------------------------------------


def test_import_round_trip(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "session.codev.json"
    assert _run(capsys, "sessions", "export", saved["fr"], "--format", "json", "-o", target)[0] == 0
    code, out, err = _run(capsys, "sessions", "import", target)
    assert code == 0, err
    found = re.match(r"Imported as session (\d+)\.\n", out)
    assert found is not None
    new_id = int(found[1])
    assert new_id not in saved.values()
    with Store.open() as store:
        assert store.load_bundle(new_id).to_data() == store.load_bundle(saved["fr"]).to_data()
    assert new_id in _ids()


def test_a_broken_or_foreign_file_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    good = tmp_path / "good.codev.json"
    assert _run(capsys, "sessions", "export", saved["fr"], "--format", "json", "-o", good)[0] == 0
    data = json.loads(good.read_text(encoding="utf-8"))
    data["record"]["suggestions"][2]["kept"] = "yes"
    broken = tmp_path / "broken.codev.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        read_session_file(broken)
    assert caught.value.field.startswith("record.suggestions[")
    assert caught.value.field.endswith("].kept")
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"format": "something-else", "name": "Jeudi"}', encoding="utf-8")
    not_json = tmp_path / "notes.txt"
    not_json.write_text("Just some notes", encoding="utf-8")

    before = _ids()
    for path, expected in (
        (broken, f"the field {caught.value.field} is wrong"),
        (foreign, "the field format is wrong"),
        (not_json, "is not a readable Codev session file"),
        (tmp_path / "missing.json", "is not a readable Codev session file"),
    ):
        code, out, err = _run(capsys, "sessions", "import", path)
        assert code == 6, path
        assert out == ""
        assert expected in err and str(path) in err
        assert "Nothing was changed in your sessions." in err
    assert _ids() == before


def test_a_broken_file_does_not_even_create_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert _run(capsys, "sessions", "import", broken)[0] == 6
    assert not paths.database_path().exists()


# --- delete --------------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, with the user's answer in it."""

    def isatty(self) -> bool:
        return True


def test_delete_with_yes(capsys: pytest.CaptureFixture[str], saved: dict[str, int]) -> None:
    code, out, err = _run(capsys, "sessions", "delete", saved["fr"], "--yes")
    assert code == 0, err
    assert out.startswith(f"Deleted: session {saved['fr']} — ")
    assert "Déléguer sans tout reprendre" in out
    assert saved["fr"] not in _ids()
    code, _, err = _run(capsys, "sessions", "delete", saved["fr"], "--yes")
    assert code == 1 and f"no saved session number {saved['fr']}" in err


def test_delete_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # piped: not a person answering
    code, out, err = _run(capsys, "sessions", "delete", saved["fr"])
    assert code == 2
    assert "--yes" in err and out == ""
    assert saved["fr"] in _ids()


def test_delete_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("\n"))
    code, out, err = _run(capsys, "sessions", "delete", saved["fr"])
    assert code == 1 and out == "Not deleted.\n"
    assert "Déléguer sans tout reprendre" in err and "[y/N]" in err
    assert saved["fr"] in _ids()

    monkeypatch.setattr(sys, "stdin", _Terminal("oui\n"))
    code, out, err = _run(capsys, "--lang", "fr", "sessions", "delete", saved["fr"])
    assert code == 0
    assert f"définitivement cette séance et ses notes{NBSP}?" in err and "[o/N]" in err
    assert out.startswith(f"Séance supprimée{NBSP}: séance {saved['fr']}")
    assert saved["fr"] not in _ids()


# --- language ------------------------------------------------------------------------------------


def test_messages_and_help_in_french(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], tmp_path: Path
) -> None:
    code, out, _ = _run(capsys, "--lang", "fr", "sessions", "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["N°", "Date", "Groupe", "Client", "Sujet", "État"]
    assert "terminée" in out and "en cours, minuteurs seulement" in out

    code, _, err = _run(
        capsys, "--lang", "fr", "sessions", "export", saved["unapproved"], "--format", "pdf",
        "--audience", "participants", "-o", tmp_path / "x.pdf",
    )  # fmt: skip
    assert code == 4
    assert err.startswith(f"Non exporté{NBSP}: le client n’a pas donné son accord")

    code, _, err = _run(capsys, "--lang", "fr", "sessions", "import", tmp_path / "absent.json")
    assert code == 6 and "Rien n’a été modifié dans vos séances." in err

    code, out, _ = _run(capsys, "--lang", "fr", "sessions", "show", saved["fr"])
    assert code == 0
    assert f"Animation{chr(0x202F)}:" in out and "Élise Garnier" in out

    # The export's --lang is the document's: the messages stay in the interface language.
    target = tmp_path / "summary.md"
    code, out, _ = _run(
        capsys, "--lang", "fr", "sessions", "export", saved["fr"], "--format", "markdown",
        "--audience", "participants", "--lang", "en", "-o", target,
    )  # fmt: skip
    assert code == 0
    assert out == f"Fichier écrit{NBSP}: {target}\n"
    assert "## Suggestions" in target.read_text(encoding="utf-8")

    code, out, _ = _run(capsys, "--lang", "fr", "sessions", "export", "--help")
    assert code == 0
    assert "à qui s’adresse le document" in out and "arguments" in out


# --- the database cannot be used -----------------------------------------------------------------


def _spoil(database: Path, how: str) -> bytes:
    whole = database.read_bytes()
    spoilt = {
        "empty": b"",
        "truncated": whole[: len(whole) // 2],
        "garbage": b"These are not the notes you are looking for. " * 40,
    }[how]
    database.write_bytes(spoilt)
    return spoilt


@pytest.mark.parametrize("how", ["empty", "truncated", "garbage"])
def test_a_damaged_database_is_set_aside_and_the_backup_restored_and_said(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], how: str
) -> None:
    with Store.open() as store:
        assert store.make_daily_backup() is not None
        store.create_session(template_id="x", template_toml="", title="Après la sauvegarde")
    database = paths.database_path()
    spoilt = _spoil(database, how)

    code, out, err = _run(capsys, "--lang", "fr", "sessions", "list")
    assert code == 0
    [moved] = [
        path
        for path in database.parent.iterdir()
        if ".damaged-" in path.name and not path.name.endswith(("-wal", "-shm"))
    ]
    assert moved.read_bytes() == spoilt  # set aside, untouched
    assert "La base de données de Codev était endommagée" in err and str(moved) in err
    assert "restaurées depuis une sauvegarde" in err
    assert "Minuteurs du jeudi" in out  # a session saved before the backup, listed
    assert "Après la sauvegarde" not in out  # only in the file set aside, as the message says
    assert sorted(_ids()) == sorted(saved.values())


def test_a_damaged_database_without_backup_is_set_aside_and_said(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int]
) -> None:
    database = paths.database_path()
    _spoil(database, "empty")
    code, out, err = _run(capsys, "sessions", "list")
    assert code == 0
    assert out == "No saved sessions yet.\n"
    assert "There was no usable backup" in err
    assert any(".damaged-" in path.name for path in database.parent.iterdir())


def test_a_read_only_data_folder_is_named_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str],
    saved: dict[str, int],
    make_read_only: Callable[[Path], Path],
) -> None:
    folder = paths.data_dir()
    before = sorted(path.name for path in folder.iterdir())
    make_read_only(folder)
    for argv in (["list"], ["show", "1"]):
        code, out, err = _run(capsys, "--lang", "fr", "sessions", *argv)
        assert code == 3, argv
        assert out == ""
        assert "Codev ne peut pas écrire dans son dossier de données" in err
        assert str(folder) in err
    assert sorted(path.name for path in folder.iterdir()) == before


def test_a_database_held_by_the_window_is_reported(
    capsys: pytest.CaptureFixture[str], saved: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_common, "BUSY_TIMEOUT", 0.05)
    with Store.open():  # as Codev's window does, for as long as it is open
        code, out, err = _run(capsys, "--lang", "fr", "sessions", "list")
    assert code == 3 and out == ""
    assert "utilisée par un autre programme" in err and "Fermez Codev" in err
    assert _run(capsys, "sessions", "list")[0] == 0


# --- real processes ------------------------------------------------------------------------------


def test_pdf_export_works_with_no_display(saved: dict[str, int], tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONIOENCODING"] = "utf-8"
    target = tmp_path / "summary.pdf"
    result = subprocess.run(
        [
            sys.executable, "-m", "codev_app", "sessions", "export", str(saved["fr"]),
            "--format", "pdf", "--audience", "participants", "--lang", "fr", "-o", str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"File written: {target}\n"
    assert "Déléguer sans tout reprendre" in _pdf_text(target)


_MODULES_CHECK = """
import runpy, sys
sys.argv = ["codev-app", *sys.argv[1:]]
try:
    runpy.run_module("codev_app", run_name="__main__", alter_sys=True)
except SystemExit as stop:
    code = stop.code
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6", "qasync")))
print("QT-MODULES:", ",".join(qt) or "none", "EXIT:", code)
"""


def test_only_pdf_export_imports_qt(saved: dict[str, int], tmp_path: Path) -> None:
    session = str(saved["fr"])
    for argv in (
        ["sessions", "list"],
        ["sessions", "show", session],
        ["sessions", "export", session, "--format", "markdown", "--audience", "facilitator",
         "-o", str(tmp_path / "record.md")],
        ["sessions", "export", session, "--format", "csv", "-o", str(tmp_path / "tables")],
    ):  # fmt: skip
        result = subprocess.run(
            [sys.executable, "-c", _MODULES_CHECK, *argv],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == "QT-MODULES: none EXIT: 0", argv
