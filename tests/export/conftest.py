"""Shared helpers for the export tests: sample sessions, variations of them, reading PDFs back."""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from pypdf import PdfReader

from codev_app.core.bundle import SessionBundle
from codev_app.core.record import SessionRecord
from codev_app.export.sample import sample_bundle


def normalized(text: str) -> str:
    """Extracted text made comparable: ligatures split (NFKC), runs of spaces made one."""
    text = unicodedata.normalize("NFKC", text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def pdftotext(path: Path) -> str:
    """The text of a PDF as poppler reads it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return normalized(result.stdout.decode("utf-8"))


def pdf_pages(path: Path) -> list[str]:
    """The text of each page as pypdf reads it."""
    return [normalized(page.extract_text() or "") for page in PdfReader(path).pages]


def one_line(text: str) -> str:
    """Text with line breaks made spaces, to find phrases that wrapped."""
    return " ".join(text.split())


def edited(
    bundle: SessionBundle,
    change: Callable[[SessionRecord], object] | None = None,
    *,
    names: Mapping[str, str] | None = None,
) -> SessionBundle:
    """A copy of ``bundle`` with its record changed by ``change`` and participants renamed."""
    record = SessionRecord.from_data(bundle.record.to_data())
    if change is not None:
        change(record)
    live = copy.deepcopy(dict(bundle.live))
    for participant in live["roster"]["participants"]:
        if names and participant["id"] in names:
            participant["name"] = names[participant["id"]]
    return dataclasses.replace(bundle, record=record, live=live)


@pytest.fixture(scope="session")
def bundle_fr() -> SessionBundle:
    """A six-person French session, approved for export (do not change it: use ``edited``)."""
    return sample_bundle("fr", people=6)


@pytest.fixture(scope="session")
def bundle_en() -> SessionBundle:
    """The same session in English."""
    return sample_bundle("en", people=6)


@pytest.fixture(scope="session")
def long_bundle() -> SessionBundle:
    """Eight people, 120 long suggestions, long learnings."""
    return sample_bundle("fr", people=8, suggestions=120, long_texts=True)
