"""Corpus runs: every input document through the extractor, into three tables.

A corpus run never stops on one bad document: each input gets exactly one row in the
documents table with its status (ok / empty / skipped / error) and a reason, and the
number of rows equals the number of inputs.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from conflictlib.errors import ConflictlibError
from conflictlib.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS, TOLL_COLUMNS

log = logging.getLogger(__name__)

INT_COLUMNS = {
    "events": (
        "inter1",
        "inter2",
        "interaction",
        "geo_precision",
        "fatalities",
        "injured",
        "char_start",
        "char_end",
    ),
    "tolls": ("killed", "injured", "captured", "char_start", "char_end"),
    "documents": ("n_chars", "n_sentences", "n_events", "n_tolls"),
}
FLOAT_COLUMNS = {"events": ("latitude", "longitude", "confidence"), "tolls": (), "documents": ()}
BOOL_COLUMNS = {"events": ("fatalities_estimated",), "tolls": (), "documents": ()}
COLUMNS = {"events": EVENT_COLUMNS, "tolls": TOLL_COLUMNS, "documents": DOCUMENT_COLUMNS}


@dataclass
class CorpusResult:
    """The three output tables of a corpus run."""

    events: pd.DataFrame
    tolls: pd.DataFrame
    documents: pd.DataFrame

    def summary(self) -> dict[str, Any]:
        """Counts of documents by status, events, tolls."""
        status = self.documents["status"].value_counts().to_dict() if len(self.documents) else {}
        return {
            "documents": len(self.documents),
            "by_status": {k: int(v) for k, v in sorted(status.items())},
            "events": len(self.events),
            "tolls": len(self.tolls),
        }


def _record_to_dict(record: Any) -> dict[str, Any]:
    """A record's fields as a dict (dataclass fields by attribute: no deep copy)."""
    if is_dataclass(record):
        return {f.name: getattr(record, f.name) for f in fields(record)}
    if isinstance(record, dict):
        return record
    return vars(record)


def _cell(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        if value.strip().lower() in ("true", "1"):
            return True
        if value.strip().lower() in ("false", "0"):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


def to_frame(records: Iterable[Any], table: str) -> pd.DataFrame:
    """Build one output table with its fixed columns and stable dtypes from records."""
    columns = COLUMNS[table]
    rows = []
    for record in records:
        values = _record_to_dict(record)
        rows.append({c: _cell(values.get(c)) for c in columns})
    frame = pd.DataFrame(rows, columns=list(columns))
    for col in columns:
        if col in INT_COLUMNS[table]:
            frame[col] = pd.array(pd.to_numeric(frame[col], errors="raise"), dtype="Int64")
        elif col in FLOAT_COLUMNS[table]:
            frame[col] = pd.to_numeric(frame[col], errors="raise").astype("float64")
        elif col in BOOL_COLUMNS[table]:
            frame[col] = frame[col].map(_to_bool, na_action="ignore").astype("boolean")
        else:  # text: an empty string and a missing value are the same (CSV cannot tell them apart)
            frame[col] = frame[col].astype("string").replace("", pd.NA)
    return frame


def _portable_source(source: str) -> str:
    """A document's source with the project folder's path removed (tables stay machine-free)."""
    from conflictlib.paths import project_root

    if not source or not Path(source).is_absolute():
        return source
    try:
        return Path(source).relative_to(project_root()).as_posix()
    except (ValueError, ConflictlibError):
        return source


def _document_row(
    doc: Any, status: str, reason: str, n_sentences: int = 0, n_events: int = 0, n_tolls: int = 0
) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "source": _portable_source(doc.source),
        "status": status,
        "reason": reason,
        "encoding": doc.encoding,
        "n_chars": len(doc.text or ""),
        "n_sentences": n_sentences,
        "n_events": n_events,
        "n_tolls": n_tolls,
        "publication_date": doc.publication_date,
        "outlet": doc.outlet,
        "title": doc.title,
    }


@dataclass
class Outcome:
    """What one document gave: its documents-table row, its events and its tolls."""

    row: dict[str, Any]
    events: list[Any]
    tolls: list[Any]


def extract_one(doc: Any, extractor: Any) -> Outcome:
    """Extract one document; a failure is recorded in its row, never raised."""
    if doc.status != "ok":
        return Outcome(_document_row(doc, doc.status, doc.reason), [], [])
    try:
        result = extractor.extract(doc)
    except Exception as exc:  # one bad document must not stop the corpus: record it
        log.error("extraction failed for %s:\n%s", doc.doc_id, traceback.format_exc())
        reason = f"extractor failed: {type(exc).__name__}: {exc}"
        return Outcome(_document_row(doc, "error", reason), [], [])
    reason = doc.reason
    if doc.publication_date is None:
        note = "no publication_date: relative dates left unresolved"
        reason = f"{reason}; {note}" if reason else note
    row = _document_row(
        doc, "ok", reason, result.n_sentences, len(result.events), len(result.tolls)
    )
    return Outcome(row, list(result.events), list(result.tolls))


def collect_outcomes(outcomes: Iterable[Outcome]) -> CorpusResult:
    """Assemble the three tables from per-document outcomes, in input order."""
    events: list[Any] = []
    tolls: list[Any] = []
    rows: list[dict[str, Any]] = []
    for outcome in outcomes:
        rows.append(outcome.row)
        events.extend(outcome.events)
        tolls.extend(outcome.tolls)
    return CorpusResult(
        to_frame(events, "events"), to_frame(tolls, "tolls"), to_frame(rows, "documents")
    )


def _with_progress(items: Iterable[Any], total: int, progress: bool) -> Iterable[Any]:
    if not progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc="extracting", unit="doc")


def extract_documents(
    documents: Sequence[Any], extractor: Any, *, progress: bool = False
) -> CorpusResult:
    """Run the extractor on every document; record each document's outcome, never stop early."""
    outcomes = (extract_one(doc, extractor) for doc in documents)
    return collect_outcomes(_with_progress(outcomes, len(documents), progress))


# One extractor per worker process, built once by the pool's initializer (process-local).
_WORKER: dict[str, Any] = {}


def _init_worker(lexicon_paths: Sequence[str], estimate_vague: bool) -> None:
    _WORKER["extractor"] = build_extractor(lexicon_paths, estimate_vague=estimate_vague)


def build_extractor(
    lexicon_paths: Sequence[str | Path] = (), *, estimate_vague: bool = False
) -> Any:
    """An Extractor over the package lexicons plus the given lexicon files."""
    from conflictlib.extract import Extractor
    from conflictlib.lexicons.loader import load_lexicons

    lexicons = load_lexicons([Path(p) for p in lexicon_paths])
    return Extractor(lexicons, estimate_vague=estimate_vague)


def _extract_in_worker(doc: Any) -> Outcome:
    return extract_one(doc, _WORKER["extractor"])


def iter_outcomes_parallel(
    documents: Sequence[Any],
    lexicon_paths: Sequence[str | Path] = (),
    *,
    jobs: int = 2,
    chunksize: int = 8,
    estimate_vague: bool = False,
) -> Iterator[Outcome]:
    """Per-document outcomes, in input order, computed in `jobs` worker processes."""
    from concurrent.futures import ProcessPoolExecutor

    paths = [str(p) for p in lexicon_paths]
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(paths, estimate_vague)
    ) as pool:
        yield from pool.map(_extract_in_worker, documents, chunksize=chunksize)


def extract_documents_parallel(
    documents: Sequence[Any],
    lexicon_paths: Sequence[str | Path] = (),
    *,
    jobs: int = 2,
    progress: bool = False,
    chunksize: int = 8,
    estimate_vague: bool = False,
) -> CorpusResult:
    """Like `extract_documents`, in `jobs` worker processes (each builds its own extractor)."""
    outcomes = iter_outcomes_parallel(
        documents, lexicon_paths, jobs=jobs, chunksize=chunksize, estimate_vague=estimate_vague
    )
    return collect_outcomes(_with_progress(outcomes, len(documents), progress))


def write_tables(result: CorpusResult, out_dir: str | Path) -> list[Path]:
    """Write events, tolls and documents as CSV and Parquet twins; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name in ("events", "tolls", "documents"):
        frame: pd.DataFrame = getattr(result, name)
        csv_path, pq_path = out / f"{name}.csv", out / f"{name}.parquet"
        frame.to_csv(csv_path, index=False)
        frame.to_parquet(pq_path, index=False)
        paths += [csv_path, pq_path]
    return paths


class _TableStream:
    """One output table written in pieces: CSV appended chunk by chunk, Parquet row groups.

    The files are written under temporary names and renamed when the run completes, so an
    interrupted run never leaves a table that looks whole.
    """

    def __init__(self, out: Path, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.table = table
        self.csv_path, self.pq_path = out / f"{table}.csv", out / f"{table}.parquet"
        self._csv_tmp = self.csv_path.with_name(self.csv_path.name + ".partial")
        self._pq_tmp = self.pq_path.with_name(self.pq_path.name + ".partial")
        empty = to_frame([], table)
        # the dtypes of to_frame do not depend on the values, so every chunk has this schema
        self._schema = pa.Schema.from_pandas(empty, preserve_index=False)
        self._pa = pa
        self._parquet = pq.ParquetWriter(self._pq_tmp, self._schema)
        self._csv = self._csv_tmp.open("w", encoding="utf-8", newline="")
        empty.to_csv(self._csv, index=False)  # the header line
        self.rows = 0

    def write(self, records: Sequence[Any]) -> None:
        frame = to_frame(records, self.table)
        frame.to_csv(self._csv, index=False, header=False)
        self._parquet.write_table(
            self._pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False)
        )
        self.rows += len(frame)

    def close(self, *, keep: bool) -> list[Path]:
        self._csv.close()
        self._parquet.close()
        if not keep:
            self._csv_tmp.unlink(missing_ok=True)
            self._pq_tmp.unlink(missing_ok=True)
            return []
        self._csv_tmp.replace(self.csv_path)
        self._pq_tmp.replace(self.pq_path)
        return [self.csv_path, self.pq_path]


def write_outcomes(
    outcomes: Iterable[Outcome], out_dir: str | Path, *, chunk_docs: int = 200
) -> dict[str, Any]:
    """Write per-document outcomes to the three tables as they come; return the run's counts.

    Memory stays bounded by `chunk_docs` documents' events whatever the corpus size; the files
    are the same as `write_tables(collect_outcomes(outcomes), out_dir)` writes.
    """
    if chunk_docs < 1:
        raise ConflictlibError(f"chunk_docs must be at least 1, got {chunk_docs}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    streams = {name: _TableStream(out, name) for name in ("events", "tolls", "documents")}
    pending: dict[str, list[Any]] = {name: [] for name in streams}
    by_status: dict[str, int] = {}
    n_docs = 0
    done = False

    def flush() -> None:
        for name, stream in streams.items():
            stream.write(pending[name])
            pending[name] = []

    try:
        for outcome in outcomes:
            pending["documents"].append(outcome.row)
            pending["events"].extend(outcome.events)
            pending["tolls"].extend(outcome.tolls)
            status = outcome.row["status"]
            by_status[status] = by_status.get(status, 0) + 1
            n_docs += 1
            if n_docs % chunk_docs == 0:
                flush()
        flush()
        done = True
    finally:
        paths = [p for s in streams.values() for p in s.close(keep=done)]
    return {
        "documents": n_docs,
        "by_status": dict(sorted(by_status.items())),
        "events": streams["events"].rows,
        "tolls": streams["tolls"].rows,
        "paths": paths,
    }


def read_table(path: str | Path, table: str) -> pd.DataFrame:
    """Read an output table (CSV or Parquet) back with the dtypes `to_frame` gives it."""
    path = Path(path)
    frame = (
        pd.read_parquet(path)
        if path.suffix == ".parquet"
        else pd.read_csv(path, dtype=str, keep_default_na=False)
    )
    records = frame.replace({"": None}).to_dict("records")
    return to_frame(records, table)


def extract_corpus(
    source: Any,
    manifest: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    lexicon_paths: Sequence[str | Path] = (),
    progress: bool = False,
    jobs: int = 1,
    estimate_vague: bool = False,
) -> CorpusResult:
    """Load a corpus (folder, table file or strings), extract it, optionally write the tables.

    With jobs > 1 the documents are extracted in that many worker processes; the tables are
    the same, in the same order. estimate_vague=True fills vague casualty amounts by ACLED's
    convention (tens -> 10, dozens -> 12, hundreds -> 100), marked in fatalities_estimated.
    """
    from conflictlib.corpus import load_corpus

    if jobs < 1:
        raise ConflictlibError(f"jobs must be at least 1, got {jobs}")
    documents = load_corpus(source, manifest=manifest)
    if jobs > 1:
        result = extract_documents_parallel(
            documents, lexicon_paths, jobs=jobs, progress=progress, estimate_vague=estimate_vague
        )
    else:
        extractor = build_extractor(lexicon_paths, estimate_vague=estimate_vague)
        result = extract_documents(documents, extractor, progress=progress)
    if out_dir is not None:
        write_tables(result, out_dir)
    return result


def extract_corpus_to_files(
    source: Any,
    manifest: str | Path | None,
    out_dir: str | Path,
    *,
    lexicon_paths: Sequence[str | Path] = (),
    progress: bool = False,
    jobs: int = 1,
    estimate_vague: bool = False,
    chunk_docs: int = 200,
) -> dict[str, Any]:
    """`extract_corpus` for large corpora: the tables are written as the documents are done.

    Only `chunk_docs` documents' events are held in memory at a time (the documents' texts are
    loaded up front, as `load_corpus` does). The files are identical to those of
    `extract_corpus(..., out_dir=...)`; the return value is the run's counts (documents,
    by_status, events, tolls) and the written paths instead of the tables.
    """
    from conflictlib.corpus import load_corpus

    if jobs < 1:
        raise ConflictlibError(f"jobs must be at least 1, got {jobs}")
    documents = load_corpus(source, manifest=manifest)
    if jobs > 1:
        outcomes: Iterable[Outcome] = iter_outcomes_parallel(
            documents, lexicon_paths, jobs=jobs, estimate_vague=estimate_vague
        )
    else:
        extractor = build_extractor(lexicon_paths, estimate_vague=estimate_vague)
        outcomes = (extract_one(doc, extractor) for doc in documents)
    return write_outcomes(
        _with_progress(outcomes, len(documents), progress), out_dir, chunk_docs=chunk_docs
    )
