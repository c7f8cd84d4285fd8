"""The template library: built-in templates (read-only) and the facilitator's own templates.

Built-ins ship with Codev in ``resources/templates``; user templates are TOML files in the user's
data folder (``paths.user_templates_dir()``), one file per template, named after its id. The
library never loses or half-writes a file: every write goes to a temporary file that is flushed to
disk and then atomically renamed over the target, and an import is fully validated before anything
is written.

A broken user file never hides the others: it is skipped and described in :attr:`problems`.
Name or id clashes raise :class:`TemplateClash` so the UI can ask "rename or replace?".
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from codev_app.core.errors import TemplateError
from codev_app.core.files import atomic_write
from codev_app.core.template import (
    LANGUAGES,
    LoadedTemplate,
    LocalizedText,
    Template,
    dump_template,
    is_valid_id,
    load_template,
    parse_template_text,
)

ClashAction = Literal["ask", "rename", "replace"]

#: Order in which built-ins are offered; any other built-in follows, sorted by id.
BUILTIN_ORDER = (
    "classic",
    "first-session",
    "choosing-the-case",
    "two-cases",
    "codev-express",
    "codev-flash",
    "remote-codev",
    "kollegiale-fallberatung",
    "heilsbronn",
    "action-learning",
    "action-learning-set",
    "coaching-session",
    "peer-support-circle",
    "peer-listening",
    "cycle-review",
)
#: A template file is a few kilobytes; anything much larger is not one (and is not read whole).
MAX_TEMPLATE_BYTES = 1_000_000
_MAX_ID_LENGTH = 64
_COPY_ID_SUFFIX = re.compile(r"-copy(-\d+)?$")
_COPY_NAME_SUFFIX = re.compile(r" \((copie|copy)( \d+)?\)$")
_NUMBER_NAME_SUFFIX = re.compile(r" \(\d+\)$")
_COPY_WORD = {"fr": "copie", "en": "copy"}


class TemplateClash(TemplateError):
    """A template with the same id or the same name already exists.

    ``existing_ids`` are the clashing templates; ``can_replace`` is false when one of them is a
    built-in (built-ins are never replaced: the only way out is another name).
    """

    def __init__(
        self,
        message: str,
        *,
        template_id: str,
        existing_ids: tuple[str, ...],
        same_id: bool,
        same_name: bool,
        can_replace: bool,
    ) -> None:
        super().__init__(message, source=f"template {template_id!r}")
        self.template_id = template_id
        self.existing_ids = existing_ids
        self.same_id = same_id
        self.same_name = same_name
        self.can_replace = can_replace


class ReadOnlyTemplate(TemplateError):
    """A change was asked of a built-in template (they are read-only: duplicate them instead)."""


class TemplateNotFound(TemplateError):
    """No template with this id in the library."""


class TargetExists(TemplateError):
    """An export would overwrite an existing file and overwriting was not asked for."""


@dataclass(frozen=True)
class ImportResult:
    """What an import did.

    ``template`` is the template as saved; ``warnings`` are about the file (e.g. unknown keys
    ignored); ``original_id`` is the id in the file and ``renamed`` whether the id or the name was
    changed to avoid a clash; ``replaced`` are the ids of user templates that the import replaced.
    """

    template: Template
    original_id: str
    warnings: tuple[str, ...] = ()
    renamed: bool = False
    replaced: tuple[str, ...] = ()


def suggest_id(text: str) -> str:
    """A valid template id made from a name, e.g. "Codév du jeudi" -> "codev-du-jeudi"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:_MAX_ID_LENGTH].rstrip("-") or "template"


def _with_suffix(base: str, suffix: str) -> str:
    """``base + suffix`` cut to the id length limit, keeping the suffix."""
    return base[: _MAX_ID_LENGTH - len(suffix)].rstrip("-_") + suffix


def _name_keys(name: LocalizedText) -> set[tuple[str, str]]:
    """What two names are compared on: the text in each language, ignoring case and outer spaces."""
    return {
        (lang, name.get(lang).strip().casefold()) for lang in LANGUAGES if name.get(lang).strip()
    }


class TemplateLibrary:
    """Built-in and user templates, with duplicate, save, delete, import and export.

    The library reads both folders when created and after each change it makes; call
    :meth:`reload` if files may have changed behind its back.
    """

    def __init__(self, builtin_dir: Path, user_dir: Path) -> None:
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self._builtins: dict[str, Template] = {}
        self._users: dict[str, Template] = {}
        self._user_paths: dict[str, Path] = {}
        self._problems: list[str] = []
        self._warnings: list[str] = []
        self.reload()

    # --- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read both folders again; a broken file is skipped and described in :attr:`problems`."""
        self._builtins, self._users, self._user_paths = {}, {}, {}
        self._problems, self._warnings = [], []
        for path, template in self._read_folder(self.builtin_dir, read_only=True):
            if template.id in self._builtins:
                self._problems.append(f"{path}: id {template.id!r} is used by two built-ins")
                continue
            self._builtins[template.id] = template
        for path, template in self._read_folder(self.user_dir, read_only=False):
            if template.id in self._builtins:
                self._problems.append(
                    f"{path}: id {template.id!r} belongs to a built-in template; "
                    "this file is ignored (give it another id to use it)"
                )
            elif template.id in self._users:
                self._problems.append(
                    f"{path}: id {template.id!r} is already used by "
                    f"{self._user_paths[template.id]}; this file is ignored"
                )
            else:
                self._users[template.id] = template
                self._user_paths[template.id] = path

    def _read_folder(self, folder: Path, *, read_only: bool) -> Iterable[tuple[Path, Template]]:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.toml")):
            try:
                loaded = self._load(path, read_only=read_only)
            except TemplateError as error:
                self._problems.append(str(error))
                continue
            self._warnings.extend(loaded.warnings)
            yield path, loaded.template

    @staticmethod
    def _load(path: Path, *, read_only: bool) -> LoadedTemplate:
        try:
            size = path.stat().st_size
        except OSError as error:
            raise TemplateError(f"cannot be read ({error.strerror})", source=str(path)) from None
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                f"is too large to be a template ({size // 1000} kB)", source=str(path)
            )
        return load_template(path, read_only=read_only)

    @property
    def problems(self) -> tuple[str, ...]:
        """One message per file that could not be loaded at the last (re)load."""
        return tuple(self._problems)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Warnings about loaded files (e.g. unknown keys ignored)."""
        return tuple(self._warnings)

    def builtin_templates(self) -> list[Template]:
        """The built-in templates, in :data:`BUILTIN_ORDER`, then any other by id."""
        rank = {template_id: index for index, template_id in enumerate(BUILTIN_ORDER)}
        return sorted(self._builtins.values(), key=lambda t: (rank.get(t.id, len(rank)), t.id))

    def user_templates(self) -> list[Template]:
        """The facilitator's templates, sorted by id."""
        return [self._users[template_id] for template_id in sorted(self._users)]

    def templates(self) -> list[Template]:
        """Every template: built-ins first, then the user's."""
        return self.builtin_templates() + self.user_templates()

    def __contains__(self, template_id: object) -> bool:
        return template_id in self._builtins or template_id in self._users

    def is_builtin(self, template_id: str) -> bool:
        """Whether this id is a built-in (read-only) template."""
        return template_id in self._builtins

    def get(self, template_id: str) -> Template:
        """The template with this id; raises :class:`TemplateNotFound` when there is none."""
        template = self._builtins.get(template_id) or self._users.get(template_id)
        if template is None:
            raise TemplateNotFound(f"no template with id {template_id!r}")
        return template

    def user_template_path(self, template_id: str) -> Path:
        """The file of a user template; raises :class:`TemplateNotFound` for others."""
        if template_id in self._builtins:
            raise ReadOnlyTemplate(f"{template_id!r} is a built-in template, not a user file")
        try:
            return self._user_paths[template_id]
        except KeyError:
            raise TemplateNotFound(f"no user template with id {template_id!r}") from None

    # --- names and ids ---------------------------------------------------------------------------

    def unique_id(self, base: str) -> str:
        """``base`` if free, else ``base-2``, ``base-3``… (made valid and short enough first)."""
        if not is_valid_id(base):
            base = suggest_id(base)
        candidate, number = base, 2
        while candidate in self:
            candidate = _with_suffix(base, f"-{number}")
            number += 1
        return candidate

    def _name_taken(self, name: LocalizedText, *, ignore_id: str | None = None) -> bool:
        keys = _name_keys(name)
        return any(
            keys & _name_keys(template.name)
            for template in self.templates()
            if template.id != ignore_id
        )

    def _unique_name(self, make: Callable[[int], LocalizedText]) -> LocalizedText:
        """The first of ``make(1)``, ``make(2)``… that no template uses."""
        number = 1
        while self._name_taken(name := make(number)):
            number += 1
        return name

    def _clashes(self, template: Template) -> tuple[list[str], bool, bool]:
        """Ids of templates clashing with ``template``, whether by id, whether by name."""
        existing: list[str] = []
        same_id = template.id in self
        if same_id:
            existing.append(template.id)
        keys = _name_keys(template.name)
        same_name = False
        for other in self.templates():
            if other.id != template.id and keys & _name_keys(other.name):
                same_name = True
                existing.append(other.id)
        return existing, same_id, same_name

    def _clash_error(self, template: Template) -> TemplateClash | None:
        existing, same_id, same_name = self._clashes(template)
        if not existing:
            return None
        builtin = [template_id for template_id in existing if self.is_builtin(template_id)]
        others = [template_id for template_id in existing if template_id != template.id]
        reasons = []
        if same_id:
            reasons.append(f"a template with the id {template.id!r} already exists")
        if same_name:
            owners = ", ".join(repr(template_id) for template_id in others)
            reasons.append(f"the name {template.name.get('en')!r} is already used by {owners}")
        message = "; ".join(reasons)
        if builtin:
            message += " (built-in templates cannot be replaced: choose another name)"
        return TemplateClash(
            message,
            template_id=template.id,
            existing_ids=tuple(existing),
            same_id=same_id,
            same_name=same_name,
            can_replace=not builtin,
        )

    # --- changes ---------------------------------------------------------------------------------

    def duplicate(
        self,
        template_id: str,
        new_id: str | None = None,
        new_name: str | LocalizedText | None = None,
    ) -> Template:
        """Save an editable copy of a template as a user template and return it.

        Without ``new_id`` the copy gets a free id such as ``classic-copy``, ``classic-copy-2``;
        without ``new_name`` it is named "… (copie)" / "… (copy)", numbered if needed. A given id or
        name that is already taken raises :class:`TemplateClash`.
        """
        original = self.get(template_id)
        if new_id is None:
            base = _COPY_ID_SUFFIX.sub("", original.id) or original.id
            new_id, number = _with_suffix(base, "-copy"), 2
            while new_id in self:
                new_id = _with_suffix(base, f"-copy-{number}")
                number += 1
        if new_name is None:
            bases = {lang: _COPY_NAME_SUFFIX.sub("", original.name.get(lang)) for lang in LANGUAGES}

            def copy_name(number: int) -> LocalizedText:
                count = f" {number}" if number > 1 else ""
                return LocalizedText.of(
                    **{lang: f"{bases[lang]} ({_COPY_WORD[lang]}{count})" for lang in LANGUAGES}
                )

            name = self._unique_name(copy_name)
        elif isinstance(new_name, str):
            name = LocalizedText.of(new_name.strip())
        else:
            name = new_name
        copy = replace(original, id=new_id, name=name, read_only=False, source="")
        return self.save_user_template(copy)

    def save_user_template(self, template: Template, *, replace: bool = False) -> Template:
        """Validate and write a user template; return it as read back from its file.

        A clash of id or name raises :class:`TemplateClash` unless ``replace`` is true, in which
        case the clashing user templates are replaced. Built-ins are never overwritten: without
        ``replace`` the clash has ``can_replace`` false; with it, :class:`ReadOnlyTemplate`.
        An invalid template raises :class:`TemplateError` and writes nothing.
        """
        text = dump_template(template)
        # Validate exactly what will be on disk, so a saved file always loads again.
        parse_template_text(text, source=f"template {template.id!r}")
        clash = self._clash_error(template)
        if clash is not None:
            if not clash.can_replace and replace:
                raise ReadOnlyTemplate(
                    f"{clash.detail}; built-in templates cannot be replaced",
                    source=clash.source,
                )
            if not replace or not clash.can_replace:
                raise clash
        target = self.user_dir / f"{template.id}.toml"
        try:
            atomic_write(target, text.encode("utf-8"))
        except OSError as error:
            raise TemplateError(
                f"cannot be written ({error.strerror or error})", source=str(target)
            ) from None
        # Only once the new file is safely written do the replaced ones go.
        stale = [
            self._user_paths[template_id] for template_id in (clash.existing_ids if clash else ())
        ]
        for path in stale:
            if path != target:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        self.reload()
        return self.get(template.id)

    def delete_user_template(self, template_id: str) -> None:
        """Delete a user template's file. Built-ins raise :class:`ReadOnlyTemplate`."""
        path = self.user_template_path(template_id)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise TemplateError(
                f"cannot be deleted ({error.strerror or error})", source=str(path)
            ) from None
        self.reload()

    def import_file(self, path: Path, *, on_clash: ClashAction = "ask") -> ImportResult:
        """Import a template file as a user template, or refuse it whole.

        The file is fully validated first; a :class:`TemplateError` leaves the library unchanged.
        On a clash, ``on_clash`` says what to do: ``"ask"`` raises :class:`TemplateClash`,
        ``"rename"`` gives the import a free id and name (``id-2``, "Name (2)"), ``"replace"``
        replaces the clashing user templates (never a built-in: :class:`ReadOnlyTemplate`).
        """
        if on_clash not in ("ask", "rename", "replace"):
            raise ValueError(f"on_clash must be 'ask', 'rename' or 'replace', not {on_clash!r}")
        loaded = self._load(path, read_only=False)
        template = loaded.template
        existing, _, _ = self._clashes(template)
        if existing and on_clash == "rename":
            new_id = self.unique_id(template.id)
            name = template.name
            if self._name_taken(name):
                bases = {
                    lang: _NUMBER_NAME_SUFFIX.sub("", template.name.get(lang)) for lang in LANGUAGES
                }
                name = self._unique_name(
                    lambda n: LocalizedText.of(
                        **{lang: f"{bases[lang]} ({n + 1})" for lang in LANGUAGES}
                    )
                )
            template = replace(template, id=new_id, name=name)
        replaced = tuple(i for i in existing if on_clash == "replace" and not self.is_builtin(i))
        saved = self.save_user_template(template, replace=on_clash == "replace")
        return ImportResult(
            saved,
            original_id=loaded.template.id,
            warnings=loaded.warnings,
            renamed=bool(existing) and on_clash == "rename",
            replaced=replaced,
        )

    def export(self, template_id: str, path: Path, *, overwrite: bool = False) -> Path:
        """Write a template (built-in or user) to ``path`` as TOML, atomically.

        An existing file is only replaced when ``overwrite`` is true (else :class:`TargetExists`).
        """
        template = self.get(template_id)
        if path.is_dir():
            raise TemplateError("is a folder, not a file name", source=str(path))
        if path.exists() and not overwrite:
            raise TargetExists("already exists", source=str(path))
        try:
            atomic_write(path, dump_template(template).encode("utf-8"))
        except OSError as error:
            raise TemplateError(
                f"cannot be written ({error.strerror or error})", source=str(path)
            ) from None
        return path
