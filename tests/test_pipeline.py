"""Corpus runs record every input document; one bad document never stops the others."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pandas as pd
import pytest

from conflictlib.pipeline import extract_documents, read_table, to_frame, write_tables
from conflictlib.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS, TOLL_COLUMNS


def _doc(
    doc_id: str,
    text: str = "نص",
    status: str = "ok",
    reason: str = "",
    pub: date | None = date(2015, 1, 2),
):
    return SimpleNamespace(
        doc_id=doc_id,
        text=text,
        status=status,
        reason=reason,
        source=f"{doc_id}.txt",
        encoding="utf-8",
        publication_date=pub,
        outlet=None,
        title=None,
    )


class FakeExtractor:
    """Returns one event per document, and fails on documents whose text says so."""

    def extract(self, doc):
        if "boom" in doc.text:
            raise ValueError("cannot parse this")
        event = {c: None for c in EVENT_COLUMNS} | {
            "event_id": f"{doc.doc_id}-001",
            "doc_id": doc.doc_id,
            "action": "clash",
            "fatalities": 3,
            "latitude": 36.2,
            "longitude": 37.1,
            "fatalities_estimated": False,
            "provenance": {"rule": "test"},
            "char_start": 0,
            "char_end": 2,
        }
        return SimpleNamespace(events=[event], tolls=[], n_sentences=1)


def test_every_input_gets_one_documents_row_and_failures_do_not_stop_the_run() -> None:
    docs = [
        _doc("a"),
        _doc("b", text="boom"),
        _doc("c", text="", status="empty", reason="file is empty"),
        _doc("d", pub=None),
    ]
    result = extract_documents(docs, FakeExtractor())
    rows = result.documents.set_index("doc_id")
    assert list(result.documents["doc_id"]) == ["a", "b", "c", "d"]
    assert rows.loc["a", "status"] == "ok" and rows.loc["a", "n_events"] == 1
    assert rows.loc["b", "status"] == "error"
    assert "ValueError: cannot parse this" in rows.loc["b", "reason"]
    assert rows.loc["c", "status"] == "empty" and rows.loc["c", "reason"] == "file is empty"
    assert "no publication_date" in rows.loc["d", "reason"]
    assert list(result.events["doc_id"]) == ["a", "d"]
    assert result.summary() == {
        "documents": 4,
        "by_status": {"empty": 1, "error": 1, "ok": 2},
        "events": 2,
        "tolls": 0,
    }


def test_tables_have_fixed_columns_even_when_empty() -> None:
    assert tuple(to_frame([], "events").columns) == EVENT_COLUMNS
    assert tuple(to_frame([], "tolls").columns) == TOLL_COLUMNS
    assert tuple(to_frame([], "documents").columns) == DOCUMENT_COLUMNS


def test_tables_round_trip_through_csv_and_parquet(tmp_path) -> None:
    result = extract_documents([_doc("a"), _doc("b", text="boom")], FakeExtractor())
    paths = write_tables(result, tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(
        f"{n}.{ext}" for n in ("events", "tolls", "documents") for ext in ("csv", "parquet")
    )
    for name in ("events", "tolls", "documents"):
        original = getattr(result, name)
        for ext in ("csv", "parquet"):
            back = read_table(tmp_path / "out" / f"{name}.{ext}", name)
            pd.testing.assert_frame_equal(back, original, check_dtype=True)
    events = read_table(tmp_path / "out" / "events.csv", "events")
    assert events.loc[0, "provenance"] == '{"rule": "test"}'
    assert events["fatalities"].dtype == "Int64"


def test_to_frame_rejects_non_numeric_counts() -> None:
    with pytest.raises(ValueError):
        to_frame([{"doc_id": "a", "n_chars": "many"}], "documents")
