"""Generic loading and validation of lexicon data files (YAML or JSONL).

Every lexicon file has the same envelope::

    kind: actors            # which schema applies
    version: 1
    source: "hand-curated"  # provenance, free text
    entries:
      - id: isis
        ...

A JSONL file holds one entry per line; its kind comes from the file stem (``places.jsonl``)
or from a first line ``{"kind": ..., "source": ...}`` that has no ``id``.

A *schema* is a dict ``{field: Field(...)}``. Loading checks every entry and collects every
problem (file, line, id, field) before raising one LexiconError listing them all; unknown
fields are rejected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from conflictlib.errors import LexiconError

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Field:
    """One field of a lexicon entry: its Python type(s), whether required, allowed values."""

    types: tuple[type, ...]
    required: bool = False
    choices: tuple[Any, ...] | None = None
    item_types: tuple[type, ...] | None = None  # for list fields


@dataclass
class LexiconFile:
    """The validated content of one lexicon file."""

    path: Path
    kind: str
    source: str
    entries: list[dict[str, Any]]
    lines: list[int] = field(default_factory=list)  # line number of each entry (1-based)
    meta: dict[str, Any] = field(default_factory=dict)


_BaseSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


class _LineLoader(_BaseSafeLoader):  # type: ignore[misc,valid-type]
    """Safe loader that records the line of every mapping as ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_lexicon_file(path: str | Path) -> LexiconFile:
    """Read a YAML or JSONL lexicon file into its envelope, without schema validation."""
    path = Path(path)
    problems: list[str] = []
    if path.suffix in (".yaml", ".yml"):
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
        except yaml.YAMLError as exc:
            raise LexiconError([f"{path}: not valid YAML: {exc}"]) from exc
        if not isinstance(doc, dict) or "entries" not in doc or "kind" not in doc:
            raise LexiconError([f"{path}: a lexicon file needs top-level 'kind' and 'entries'"])
        entries = doc.get("entries") or []
        meta = {k: v for k, v in doc.items() if k not in ("entries", "__line__")}
        lines = [e.pop("__line__", 0) if isinstance(e, dict) else 0 for e in entries]
        for e in entries:
            if isinstance(e, dict):
                _strip_lines(e)
        unknown = set(meta) - {"kind", "version", "source", "description", "license"}
        if unknown:
            problems.append(f"{path}: unknown top-level key(s) {sorted(unknown)}")
        if problems:
            raise LexiconError(problems)
        return LexiconFile(
            path, str(doc["kind"]), str(meta.get("source", "")), entries, lines, meta
        )
    if path.suffix == ".jsonl":
        entries, lines, meta = [], [], {"kind": path.stem}
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{path}:{n}: not valid JSON: {exc}")
                    continue
                if "id" not in obj and "kind" in obj:
                    meta.update(obj)
                    continue
                entries.append(obj)
                lines.append(n)
        if problems:
            raise LexiconError(problems)
        return LexiconFile(
            path, str(meta["kind"]), str(meta.get("source", "")), entries, lines, meta
        )
    raise LexiconError([f"{path}: unsupported lexicon file type (use .yaml or .jsonl)"])


def _strip_lines(obj: Any) -> None:
    if isinstance(obj, dict):
        obj.pop("__line__", None)
        for v in obj.values():
            _strip_lines(v)
    elif isinstance(obj, list):
        for v in obj:
            _strip_lines(v)


def validate_entries(lex: LexiconFile, schema: dict[str, Field], id_field: str = "id") -> list[str]:
    """Check every entry of a file against a schema; return all problems (empty if valid)."""
    problems: list[str] = []
    seen: dict[Any, int] = {}
    for entry, line in zip(lex.entries, lex.lines or [0] * len(lex.entries), strict=False):
        where = f"{lex.path}:{line}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: entry is not a mapping")
            continue
        key = entry.get(id_field)
        where = f"{where} ({id_field}={key!r})"
        for name in entry:
            if name not in schema:
                problems.append(f"{where}: unknown field {name!r}")
        for name, spec in schema.items():
            if name not in entry or entry[name] is None:
                if spec.required:
                    problems.append(f"{where}: missing required field {name!r}")
                continue
            value = entry[name]
            if not isinstance(value, spec.types) or (
                isinstance(value, bool) and bool not in spec.types
            ):
                problems.append(
                    f"{where}: field {name!r} should be {_type_names(spec.types)}, got {value!r}"
                )
                continue
            if spec.choices is not None and value not in spec.choices:
                problems.append(f"{where}: field {name!r} = {value!r} not in {list(spec.choices)}")
            if spec.item_types is not None and isinstance(value, list):
                bad = [v for v in value if not isinstance(v, spec.item_types)]
                if bad:
                    problems.append(f"{where}: field {name!r} has items of wrong type: {bad!r}")
        if key is not None:
            if key in seen:
                problems.append(f"{where}: duplicate {id_field} (first at line {seen[key]})")
            else:
                seen[key] = line
    return problems


def _type_names(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def load_validated(
    path: str | Path, schema: dict[str, Field], kind: str | None = None
) -> LexiconFile:
    """Read a lexicon file and validate it; raise LexiconError listing every problem."""
    lex = read_lexicon_file(path)
    problems = []
    if kind is not None and lex.kind != kind:
        problems.append(f"{lex.path}: kind is {lex.kind!r}, expected {kind!r}")
    problems += validate_entries(lex, schema)
    if problems:
        raise LexiconError(problems)
    return lex
