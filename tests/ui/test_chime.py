"""The chime is played by a separate player process, at its volume, without QtMultimedia."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from codev_app.resources_path import resource_dir
from codev_app.ui.console.chime import Chime, SoundChime

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX shell players")


def _player(folder: Path, body: str) -> str:
    """A real executable that plays like paplay would: given the WAV file as its argument."""
    script = folder / "player"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def _samples(data: bytes) -> array[int]:
    with wave.open(io.BytesIO(data)) as source:
        return array("h", source.readframes(source.getnframes()))


def test_each_chime_is_handed_to_the_player_at_its_volume(tmp_path: Path) -> None:
    played = tmp_path / "played"
    played.mkdir()
    chime = SoundChime(volume=40, players=(_player(tmp_path, f'cp "$1" "{played}/"'),))
    chime.prepare()
    chime.play(Chime.WARNING)
    chime.play(Chime.END)
    chime.wait()
    assert chime.available
    assert sorted(path.name for path in played.iterdir()) == [
        "chime-end-40.wav",
        "chime-warning-40.wav",
    ]
    original = _samples(resource_dir("sounds", "chime-end.wav").read_bytes())
    quieter = _samples((played / "chime-end-40.wav").read_bytes())
    assert len(quieter) == len(original)
    assert max(quieter) == int(max(original) * 0.4)
    chime.set_volume(0)
    chime.play(Chime.END)  # muted: no player is started
    chime.wait()
    assert len(list(played.iterdir())) == 2


def test_a_player_that_fails_leaves_the_chimes_silent_and_logs_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    chime = SoundChime(volume=70, players=(_player(tmp_path, "exit 1"),))
    with caplog.at_level(logging.WARNING):
        chime.play(Chime.WARNING)
        chime.wait()
        chime.play(Chime.END)
        chime.wait()
    assert not chime.available
    messages = [record.getMessage() for record in caplog.records]
    assert messages == ["Chimes are silent: player exited with status 1"]


def test_ringing_never_loads_qtmultimedia(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from codev_app.ui.console.chime import Chime, SoundChime\n"
        f"chime = SoundChime(players=({_player(tmp_path, 'exit 0')!r},))\n"
        "chime.prepare(); chime.play(Chime.END); chime.wait()\n"
        "print(chime.available, any(m.startswith('PySide6.QtMultimedia') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]
