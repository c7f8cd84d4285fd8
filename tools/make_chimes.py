"""Synthesise Codev's two soft chimes into resources/sounds/ (run again to change them).

A warm bell-like tone (a few harmonics, slow attack, long decay) so that the warning is noticed
without startling anyone on a video call. Made here rather than downloaded so the licence is ours.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def bell(frequencies: list[float], seconds: float, gap: float = 0.35) -> list[float]:
    """One soft bell note per frequency, each starting ``gap`` seconds after the previous one."""
    total = int(RATE * (seconds + gap * (len(frequencies) - 1)))
    samples = [0.0] * total
    for index, base in enumerate(frequencies):
        offset = int(RATE * gap * index)
        for n in range(int(RATE * seconds)):
            t = n / RATE
            envelope = min(1.0, t / 0.02) * math.exp(-3.2 * t)
            tone = (
                math.sin(2 * math.pi * base * t)
                + 0.35 * math.sin(2 * math.pi * base * 2.01 * t)
                + 0.12 * math.sin(2 * math.pi * base * 3.02 * t)
            )
            samples[offset + n] += 0.22 * envelope * tone
    return samples


def write(path: Path, samples: list[float]) -> None:
    """A 16-bit mono WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
        )


def main() -> None:
    """Write the warning chime (one note) and the end chime (two descending notes)."""
    SOUNDS.mkdir(parents=True, exist_ok=True)
    write(SOUNDS / "chime-warning.wav", bell([880.0], 1.6))
    write(SOUNDS / "chime-end.wav", bell([784.0, 587.3], 1.8))


if __name__ == "__main__":
    main()
