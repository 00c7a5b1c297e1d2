"""A corpus run through the command line: every input gets one documents.csv row with a status."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from conflictlib.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "قتل خمسة مدنيين أمس في غارة جوية لطائرات النظام على مدينة الباب في ريف حلب."


@pytest.fixture
def messy_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with one good article and one of each kind of bad input, plus a manifest."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "bom16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "win1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "undecodable.txt").write_bytes(b"\xc3\x28\x80\x81\x8d\x8f\x90\x9d" * 100)
    (folder / "latin.txt").write_text(
        "Only English text about the war, no Arabic at all.", encoding="utf-8"
    )
    (folder / "punct.txt").write_text("... !!! ؟؟ ،، -- ***", encoding="utf-8")
    (folder / "huge.txt").write_bytes(
        ARTICLE.encode("utf-8") * (50 * 1024 * 1024 // len(ARTICLE.encode("utf-8")) + 1)
    )
    manifest = tmp_path / "manifest.csv"
    pd.DataFrame(
        {"doc_id": ["good", "bom16", "win1256", "missing"], "publication_date": ["2016-05-02"] * 4}
    ).to_csv(manifest, index=False)
    return folder, manifest


def test_every_input_is_recorded_and_one_bad_file_never_stops_the_run(
    messy_corpus, tmp_path
) -> None:
    folder, manifest = messy_corpus
    out = tmp_path / "out"
    assert (
        main(
            [
                "extract",
                str(folder),
                "--manifest",
                str(manifest),
                "--out",
                str(out),
                "--no-progress",
            ]
        )
        == 0
    )
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    n_inputs = len(list(folder.iterdir())) + 1  # + the manifest row without a file
    assert len(docs) == n_inputs
    assert set(docs["status"]) <= {"ok", "empty", "skipped", "error"}
    expected = {
        "good": "ok",
        "bom16": "ok",
        "win1256": "ok",
        "empty": "empty",
        "binary": "skipped",
        "undecodable": "error",
        "latin": "skipped",
        "punct": "skipped",
        "huge": "skipped",
        "missing": "error",
    }
    assert docs["status"].to_dict() == expected
    for doc_id, status in expected.items():
        if status != "ok":
            assert docs.loc[doc_id, "reason"], f"{doc_id} has no reason"
    events = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    # the same article in three encodings gives the same events
    per_doc = events.groupby("doc_id")["action"].apply(sorted).to_dict()
    assert per_doc.get("good") and per_doc["good"] == per_doc.get("bom16") == per_doc.get("win1256")
    for table in ("events", "tolls", "documents"):
        assert (out / f"{table}.parquet").is_file()


def test_evidence_spans_point_into_the_original_text(tmp_path) -> None:
    out = tmp_path / "out"
    assert (
        main(
            [
                "extract",
                str(ROOT / "seeds"),
                "--manifest",
                str(ROOT / "data" / "manifest.csv"),
                "--out",
                str(out),
                "--no-progress",
            ]
        )
        == 0
    )
    events = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    assert len(events) > 0
    for row in events.itertuples():
        text = (ROOT / "seeds" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        assert text[int(row.char_start) : int(row.char_end)] == row.sentence


def test_parallel_extraction_gives_the_same_tables(tmp_path) -> None:
    from conflictlib.pipeline import extract_corpus

    serial = extract_corpus(ROOT / "seeds", ROOT / "data" / "manifest.csv")
    parallel = extract_corpus(ROOT / "seeds", ROOT / "data" / "manifest.csv", jobs=2)
    for name in ("events", "tolls", "documents"):
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(serial, name))


def test_estimate_vague_fills_and_marks_vague_fatalities(tmp_path) -> None:
    from conflictlib.pipeline import extract_corpus

    text = "قتل عشرات المدنيين أمس في غارات جوية لطائرات النظام على مدينة دوما في ريف دمشق."
    plain = extract_corpus({"d1": text}).events
    estimated = extract_corpus({"d1": text}, estimate_vague=True).events
    assert len(plain) == len(estimated) == 1
    assert pd.isna(plain.loc[0, "fatalities"]) and not plain.loc[0, "fatalities_estimated"]
    assert estimated.loc[0, "fatalities"] == 10 and estimated.loc[0, "fatalities_estimated"]


def test_a_repeated_doc_id_is_an_error_not_a_silent_merge(tmp_path) -> None:
    table = tmp_path / "articles.jsonl"
    rows = [
        {"doc_id": "a", "text": ARTICLE},
        {"doc_id": "b", "text": ARTICLE},
        {"doc_id": "a", "text": ARTICLE},
    ]
    import json

    table.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    from conflictlib.pipeline import extract_corpus

    docs = extract_corpus(table).documents
    assert list(docs["doc_id"]) == ["a", "b", "a"]
    assert list(docs["status"]) == ["ok", "ok", "error"]
    assert "duplicate doc_id" in docs.loc[2, "reason"]


@pytest.mark.parametrize(("chunk_docs", "jobs"), [(1, 1), (3, 2), (1000, 1)])
def test_streamed_tables_are_the_tables_of_the_in_memory_run(tmp_path, chunk_docs, jobs) -> None:
    """`extract_corpus_to_files` writes in chunks; the files equal the in-memory run's."""
    from conflictlib.pipeline import extract_corpus, extract_corpus_to_files

    corpus, manifest = (
        ROOT / "data" / "dev12" / "articles",
        ROOT / "data" / "dev12" / "manifest.csv",
    )
    whole = extract_corpus(corpus, manifest, tmp_path / "whole")
    counts = extract_corpus_to_files(
        corpus, manifest, tmp_path / "streamed", chunk_docs=chunk_docs, jobs=jobs
    )
    assert counts["documents"] == len(whole.documents) == 14
    assert counts["events"] == len(whole.events) > 50
    assert counts["tolls"] == len(whole.tolls)
    assert counts["by_status"] == {"ok": 14}
    for name in ("events", "tolls", "documents"):
        a = (tmp_path / "whole" / f"{name}.csv").read_bytes()
        b = (tmp_path / "streamed" / f"{name}.csv").read_bytes()
        assert a == b, name
        pd.testing.assert_frame_equal(
            pd.read_parquet(tmp_path / "streamed" / f"{name}.parquet"),
            pd.read_parquet(tmp_path / "whole" / f"{name}.parquet"),
        )
    assert not list((tmp_path / "streamed").glob("*.partial"))


def test_a_streamed_run_records_every_bad_input(messy_corpus, tmp_path) -> None:
    from conflictlib.pipeline import extract_corpus_to_files

    folder, manifest = messy_corpus
    counts = extract_corpus_to_files(folder, manifest, tmp_path / "out", chunk_docs=2)
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str)
    # every file, plus the manifest's doc_id that has no file
    assert counts["documents"] == len(docs) == len(list(folder.iterdir())) + 1
    assert sum(counts["by_status"].values()) == len(docs)
    assert "missing" in set(docs["doc_id"])
    assert set(docs["status"]) >= {"ok", "empty", "skipped"}


def test_an_interrupted_stream_leaves_no_table_that_looks_whole(tmp_path) -> None:
    from conflictlib.pipeline import Outcome, write_outcomes

    row = {"doc_id": "a", "status": "ok", "reason": ""}

    def outcomes():
        yield Outcome(row, [], [])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_outcomes(outcomes(), tmp_path / "out", chunk_docs=1)
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(Exception, match="chunk_docs"):
        write_outcomes([], tmp_path / "out", chunk_docs=0)
