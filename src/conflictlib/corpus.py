"""Loading a corpus of articles: folders of .txt files, tables, or Python strings.

Every input becomes exactly one ``Document``; a document that cannot be used keeps its
row with ``status`` (``empty`` / ``skipped`` / ``error``) and a ``reason``. Only a missing
or unreadable *source* raises ``CorpusError``.

Encodings are decided in a fixed, explainable order: byte-order marks (UTF-32, UTF-8,
UTF-16), then NUL bytes (binary), then strict UTF-8, then Windows-1256 if the result is
mostly Arabic letters. Anything else is an error naming charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from conflictlib.errors import CorpusError, EncodingError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MIN_ARABIC_SHARE = 0.6  # share of Arabic among letters for a cp1256 decoding to be accepted
MIN_FUNCTION_SHARE = 0.15  # share of Arabic words that are function words or carry ال
# The most frequent Arabic words: real Arabic has many of them; other 8-bit text read as
# Windows-1256 (e.g. KOI8-R Cyrillic) gives Arabic letters but almost never these words.
FUNCTION_WORDS = frozenset("في من على إلى عن أن إن مع التي الذي و أو ما لا هذا هذه كان قد".split())
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
TEXT_COLUMNS = ("doc_id", "text", "title", "publication_date", "outlet", "url")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Document:
    """One article: the exact decoded text, its metadata, and whether it can be used."""

    doc_id: str
    text: str
    title: str | None = None
    publication_date: datetime.date | None = None
    outlet: str | None = None
    url: str | None = None
    source: str = ""
    encoding: str | None = None
    status: str = "ok"
    reason: str = ""


# --- decoding -----------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding) or raise EncodingError with the reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"has a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}"
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise EncodingError(
            f"binary file: NUL byte at offset {nul} (not text, or UTF-16 without a byte-order mark)"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256", errors="strict") if _decodes(data, "cp1256") else None
        if text is not None and looks_like_arabic(text):
            return text, "cp1256"
        raise EncodingError(
            f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not Windows-1256 Arabic; "
            f"{describe_guess(data)}"
        ) from utf8_error


def _decodes(data: bytes, encoding: str) -> bool:
    """True if the bytes decode strictly in the encoding."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def arabic_share(text: str) -> float:
    """Share of Arabic letters among all letters of a text (0 if it has no letters)."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def looks_like_arabic(text: str) -> bool:
    """True if text is mostly Arabic letters and its words look like Arabic prose."""
    if arabic_share(text) < MIN_ARABIC_SHARE:
        return False
    words = [w for w in re.findall(r"[\u0621-\u064a]+", text)]
    if not words:
        return False
    hits = sum(1 for w in words if w in FUNCTION_WORDS or w.startswith(("ال", "وال", "بال")))
    return hits / len(words) >= MIN_FUNCTION_SHARE if len(words) >= 5 else hits >= 1


def describe_guess(data: bytes) -> str:
    """charset-normalizer's best guess, as words for an error message (never used to decode)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return "charset-normalizer finds no plausible text encoding"
    return f"charset-normalizer guesses {best.encoding} (not a supported encoding)"


# --- content checks -----------------------------------------------------------------


def check_text(text: str) -> tuple[str, str]:
    """Return (status, reason) for decoded text: ok, empty, or skipped without Arabic."""
    if not text.strip():
        return "empty", "empty text" if not text else "only whitespace"
    if "\x00" in text:
        return "error", "text contains NUL characters (binary data)"
    if not _ARABIC_LETTER.search(text):
        if any(c.isalpha() for c in text):
            return "skipped", "no Arabic letters (only Latin or other scripts)"
        return "skipped", "no letters at all (only punctuation, digits or symbols)"
    return "ok", ""


def document_from_bytes(
    doc_id: str, data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Decode and check one article given as bytes."""
    if not data:
        return Document(doc_id, "", source=source, status="empty", reason="empty file (0 bytes)")
    if len(data) > max_bytes:
        return Document(
            doc_id,
            "",
            source=source,
            status="skipped",
            reason=f"too large: {len(data)} bytes > limit {max_bytes}",
        )
    try:
        text, encoding = decode_bytes(data)
    except EncodingError as exc:
        status = "skipped" if "binary file" in str(exc) else "error"
        return Document(doc_id, "", source=source, status=status, reason=str(exc))
    status, reason = check_text(text)
    return Document(doc_id, text, source=source, encoding=encoding, status=status, reason=reason)


def document_from_text(
    doc_id: str, text: Any, source: str, max_bytes: int = DEFAULT_MAX_BYTES, **meta: Any
) -> Document:
    """Check one article given as a Python string (tables, lists, dicts)."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return Document(
            doc_id, "", source=source, status="empty", reason="no text (missing value)", **meta
        )
    if not isinstance(text, str):
        return Document(
            doc_id,
            "",
            source=source,
            status="error",
            reason=f"text is {type(text).__name__}, not a string",
            **meta,
        )
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        return Document(
            doc_id,
            "",
            source=source,
            status="skipped",
            reason=f"too large: {size} bytes > limit {max_bytes}",
            **meta,
        )
    status, reason = check_text(text)
    return Document(doc_id, text, source=source, status=status, reason=reason, **meta)


# --- sources ------------------------------------------------------------------------


def load_folder(folder: Path, max_bytes: int) -> list[Document]:
    """One Document per .txt file of a folder (sorted by name); doc_id is the file stem."""
    docs = []
    for path in sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".txt" and not p.is_dir()
    ):
        docs.append(load_file(path, max_bytes))
    return docs


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file; an unreadable file becomes an error Document."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Document(
                path.stem,
                "",
                source=str(path),
                status="skipped",
                reason=f"too large: {size} bytes > limit {max_bytes}",
            )
        data = path.read_bytes()
    except OSError as exc:
        return Document(
            path.stem,
            "",
            source=str(path),
            status="error",
            reason=f"cannot read file: {exc.strerror or exc}",
        )
    return document_from_bytes(path.stem, data, str(path), max_bytes)


def read_table(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV / JSONL / Parquet article table, as dicts."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            return read_jsonl(path)
        import pandas as pd

        if suffix == ".csv":  # pandas has no field-size limit (long articles)
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            return frame.to_dict(orient="records")
        return pd.read_parquet(path).to_dict(orient="records")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(f"cannot read article table {path}: {exc}") from exc


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a bad line becomes a row with an error marker."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                obj = {"__error__": f"line {n} is not valid JSON: {exc.msg}"}
            if not isinstance(obj, dict):
                obj = {"__error__": f"line {n} is not a JSON object"}
            obj.setdefault("__line__", n)
            rows.append(obj)
    return rows


def load_table(path: Path, max_bytes: int) -> list[Document]:
    """One Document per row of an article table (columns doc_id, text, optional metadata)."""
    rows = read_table(path)
    if rows and "text" not in rows[0] and not any("text" in r for r in rows):
        raise CorpusError(f"article table {path} has no 'text' column (columns: {sorted(rows[0])})")
    docs = []
    for n, row in enumerate(rows, 1):
        where = f"row {row.get('__line__', n)} of {path.name}"
        doc_id = clean_value(row.get("doc_id")) or f"{path.stem}-{n:06d}"
        if "__error__" in row:
            docs.append(
                Document(str(doc_id), "", source=where, status="error", reason=row["__error__"])
            )
            continue
        meta, problem = row_metadata(row)
        doc = document_from_text(str(doc_id), row.get("text"), where, max_bytes, **meta)
        if problem and doc.status == "ok":
            doc.reason = problem
        docs.append(doc)
    return docs


def row_metadata(row: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """Title, date, outlet and url of a table row; a bad date is reported, not guessed."""
    meta = {k: clean_value(row.get(k)) for k in ("title", "outlet", "url")}
    problem = ""
    try:
        meta["publication_date"] = parse_date(row.get("publication_date"))
    except ValueError as exc:
        meta["publication_date"] = None
        problem = f"publication_date not understood: {exc}"
    return meta, problem


def clean_value(value: Any) -> str | None:
    """A table cell as a stripped string, or None if empty/missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def parse_date(value: Any) -> datetime.date | None:
    """Parse an ISO date (YYYY-MM-DD, or a datetime); None for empty; ValueError otherwise."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    text = clean_value(value)
    if text is None:
        return None
    return datetime.date.fromisoformat(text[:10])


def load_strings(items: Iterable[str] | Mapping[str, str], max_bytes: int) -> list[Document]:
    """Documents from Python strings: a dict keyed by doc_id, or a list (doc-000000 ids)."""
    pairs = (
        items.items()
        if isinstance(items, Mapping)
        else ((f"doc-{i:06d}", t) for i, t in enumerate(items))
    )
    return [document_from_text(str(k), v, "<string>", max_bytes) for k, v in pairs]


# --- manifest -----------------------------------------------------------------------


def load_manifest(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a manifest CSV: doc_id -> {publication_date: date|None, outlet, title, ...}."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CorpusError(f"cannot read manifest {path}: {exc}") from exc
    if rows and "doc_id" not in rows[0]:
        raise CorpusError(f"manifest {path} has no doc_id column (columns: {sorted(rows[0])})")
    manifest: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for n, row in enumerate(rows, 2):
        entry = {k: clean_value(v) for k, v in row.items() if k is not None}
        doc_id = entry.get("doc_id")
        if not doc_id:
            problems.append(f"{path}:{n}: empty doc_id")
            continue
        if doc_id in manifest:
            problems.append(f"{path}:{n}: duplicate doc_id {doc_id!r}")
        try:
            entry["publication_date"] = parse_date(row.get("publication_date"))
        except ValueError as exc:
            problems.append(
                f"{path}:{n}: publication_date {row.get('publication_date')!r} is not YYYY-MM-DD ({exc})"
            )
        entry.setdefault("outlet", None)
        entry.setdefault("title", None)
        manifest[doc_id] = entry
    if problems:
        raise CorpusError("manifest problems:\n" + "\n".join(f"  - {p}" for p in problems))
    return manifest


def apply_manifest(
    docs: list[Document], manifest: Mapping[str, Mapping[str, Any]]
) -> list[Document]:
    """Add manifest metadata by doc_id (or file name); add an error Document per unmatched row."""
    by_file = {str(m.get("file")): k for k, m in manifest.items() if m.get("file")}
    used: set[str] = set()
    out = []
    for doc in docs:
        key = doc.doc_id if doc.doc_id in manifest else by_file.get(Path(doc.source).name)
        if key is None:
            out.append(doc)
            continue
        used.add(key)
        meta = manifest[key]
        out.append(
            replace(
                doc,
                doc_id=key,
                publication_date=meta.get("publication_date") or doc.publication_date,
                outlet=meta.get("outlet") or doc.outlet,
                title=meta.get("title") or doc.title,
                url=meta.get("url") or doc.url,
            )
        )
    for key, meta in manifest.items():
        if key not in used:
            out.append(
                Document(
                    key,
                    "",
                    title=meta.get("title"),
                    publication_date=meta.get("publication_date"),
                    outlet=meta.get("outlet"),
                    source=str(meta.get("file") or "manifest"),
                    status="error",
                    reason="listed in manifest but no file",
                )
            )
    return out


def load_corpus(
    source: str | Path | Iterable[str] | Mapping[str, str],
    manifest: str | Path | Mapping[str, Mapping[str, Any]] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """Load articles from a folder, a .csv/.jsonl/.parquet table, a list or a dict of strings."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            docs = load_folder(path, max_bytes)
        elif path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
            docs = load_table(path, max_bytes)
        elif path.is_file() and path.suffix.lower() == ".txt":
            docs = [load_file(path, max_bytes)]
        elif path.exists():
            raise CorpusError(
                f"unsupported corpus source {path}: use a folder of .txt files or a {'/'.join(TABLE_SUFFIXES)} file"
            )
        else:
            raise CorpusError(f"corpus source not found: {path}")
    elif isinstance(source, Mapping) or (
        isinstance(source, Iterable) and not isinstance(source, bytes)
    ):
        docs = load_strings(source, max_bytes)
    else:
        raise CorpusError(f"unsupported corpus source type {type(source).__name__}")
    if manifest is not None:
        table = load_manifest(manifest) if isinstance(manifest, (str, Path)) else manifest
        docs = apply_manifest(docs, table)
    return mark_duplicate_ids(docs)


def mark_duplicate_ids(docs: list[Document]) -> list[Document]:
    """A doc_id seen before makes the later document an error (event ids must be unique)."""
    first: dict[str, str] = {}
    out = []
    for doc in docs:
        if doc.doc_id in first and doc.status != "error":
            doc = replace(
                doc,
                status="error",
                reason=f"duplicate doc_id {doc.doc_id!r} (first from {first[doc.doc_id]})",
            )
        first.setdefault(doc.doc_id, doc.source)
        out.append(doc)
    return out
