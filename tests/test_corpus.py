"""Tests of corpus loading: encodings, bad input, tables, strings, manifests."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlib.corpus import (
    Document,
    check_text,
    decode_bytes,
    document_from_bytes,
    load_corpus,
    load_manifest,
)
from conflictlib.errors import CorpusError, EncodingError
from conflictlib.schema import DOCUMENT_STATUSES

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "قتل خمسة مدنيين في غارة جوية على مدينة الرقة أمس، بحسب المرصد السوري لحقوق الإنسان."


@pytest.mark.parametrize(
    ("encoding", "data", "detected"),
    [
        ("utf-8", ARTICLE.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        ("utf-16 LE with BOM", ARTICLE.encode("utf-16"), "utf-16"),
        ("utf-16 BE with BOM", b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16"),
        ("windows-1256", ARTICLE.encode("cp1256"), "cp1256"),
    ],
)
def test_supported_encodings_decode_exactly(encoding: str, data: bytes, detected: str) -> None:
    text, used = decode_bytes(data)
    assert text == ARTICLE, encoding
    assert used == detected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Ceci est un texte français, très général.".encode("latin-1"), "not UTF-8"),
        (b"\x00\x01\x02\x03binary", "binary file"),
        (b"\xff\xfe\x00", "byte-order mark"),
        ("Привет, это русский текст в кодировке".encode("koi8-r"), "not UTF-8"),
    ],
)
def test_unsupported_bytes_raise_with_reason(data: bytes, message: str) -> None:
    with pytest.raises(EncodingError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        (ARTICLE, "ok", ""),
        ("", "empty", "empty"),
        ("   \n\t ", "empty", "whitespace"),
        ("Only English text about Aleppo.", "skipped", "no Arabic letters"),
        ("... !!! ؟؟ ،، 123 ---", "skipped", "no letters"),
        ("قصف\x00حلب", "error", "NUL"),
    ],
)
def test_check_text(text: str, status: str, reason: str) -> None:
    got_status, got_reason = check_text(text)
    assert got_status == status
    assert reason in got_reason


def write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def test_folder_with_every_bad_input(tmp_path: Path) -> None:
    write(tmp_path, "a_utf8.txt", ARTICLE.encode("utf-8"))
    write(tmp_path, "b_bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    write(tmp_path, "c_utf16.txt", ARTICLE.encode("utf-16"))
    write(tmp_path, "d_cp1256.txt", ARTICLE.encode("cp1256"))
    write(tmp_path, "e_empty.txt", b"")
    write(tmp_path, "f_binary.txt", bytes(range(256)))
    write(tmp_path, "g_latin.txt", b"Only English text here.")
    write(tmp_path, "h_punct.txt", b".,;!?-- 123")
    write(tmp_path, "i_undecodable.txt", "Texte français très général, déjà vu.".encode("latin-1"))
    write(tmp_path, "j_big.txt", ARTICLE.encode("utf-8") * 40)
    write(tmp_path, "notes.md", b"not an article")
    docs = load_corpus(tmp_path, max_bytes=2000)
    by_id = {d.doc_id: d for d in docs}
    assert len(docs) == 10  # every .txt file, nothing dropped, other files ignored
    expected = {
        "a_utf8": ("ok", "utf-8"),
        "b_bom": ("ok", "utf-8-sig"),
        "c_utf16": ("ok", "utf-16"),
        "d_cp1256": ("ok", "cp1256"),
        "e_empty": ("empty", None),
        "f_binary": ("skipped", None),
        "g_latin": ("skipped", "utf-8"),
        "h_punct": ("skipped", "utf-8"),
        "i_undecodable": ("error", None),
        "j_big": ("skipped", None),
    }
    for doc_id, (status, encoding) in expected.items():
        doc = by_id[doc_id]
        assert (doc.status, doc.encoding) == (status, encoding), doc_id
        assert (doc.reason == "") == (status == "ok"), doc_id
    for doc_id in ("a_utf8", "b_bom", "c_utf16", "d_cp1256"):
        assert by_id[doc_id].text == ARTICLE
    assert "too large" in by_id["j_big"].reason
    assert "binary" in by_id["f_binary"].reason


def test_default_size_limit_skips_a_50mb_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        "huge.txt",
        ARTICLE.encode("utf-8") * (50 * 1024 * 1024 // len(ARTICLE.encode("utf-8")) + 1),
    )
    (doc,) = load_corpus(tmp_path)
    assert doc.status == "skipped" and "too large" in doc.reason


def test_seed_folder_with_manifest() -> None:
    docs = load_corpus(ROOT / "seeds", ROOT / "data/gold/seed_manifest.csv")
    assert len(docs) == 5
    assert all(d.status == "ok" and d.encoding == "utf-8" for d in docs)
    first = docs[0]
    assert first.doc_id == "000_ba3923c3173497b3"
    assert first.publication_date == datetime.date(2014, 10, 8)
    assert first.outlet == "Al-Watan (Saudi Arabia)"
    assert first.text.startswith("فيما اضطر تنظيم الدولة")


def test_manifest_row_without_file_is_an_error_document(tmp_path: Path) -> None:
    write(tmp_path, "x1.txt", ARTICLE.encode("utf-8"))
    write(tmp_path, "unlisted.txt", ARTICLE.encode("utf-8"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "doc_id,outlet,publication_date,title\nx1,عنب بلدي,2016-02-03,غارات على حلب\nx2,Al-Akhbar,2015-10-03,\n",
        encoding="utf-8",
    )
    docs = load_corpus(tmp_path, manifest)
    by_id = {d.doc_id: d for d in docs}
    assert set(by_id) == {"x1", "x2", "unlisted"}
    assert by_id["x1"].outlet == "عنب بلدي" and by_id["x1"].title == "غارات على حلب"
    assert by_id["x2"].status == "error" and by_id["x2"].reason == "listed in manifest but no file"
    assert by_id["x2"].publication_date == datetime.date(2015, 10, 3)
    assert by_id["unlisted"].status == "ok" and by_id["unlisted"].publication_date is None


def test_manifest_matches_by_file_column(tmp_path: Path) -> None:
    write(tmp_path, "article one.txt", ARTICLE.encode("utf-8"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("doc_id,file,outlet\nA1,article one.txt,Enab Baladi\n", encoding="utf-8")
    (doc,) = load_corpus(tmp_path, manifest)
    assert (doc.doc_id, doc.outlet, doc.status) == ("A1", "Enab Baladi", "ok")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("doc,outlet\na,b\n", "no doc_id column"),
        ("doc_id,publication_date\na,3 October 2015\n", "not YYYY-MM-DD"),
        ("doc_id,publication_date\na,2015-10-03\na,2015-10-04\n", "duplicate doc_id"),
    ],
)
def test_bad_manifest_raises_with_every_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_manifest(path)


def test_load_manifest_parses_dates() -> None:
    manifest = load_manifest(ROOT / "data/gold/seed_manifest.csv")
    assert manifest["002_7284597a12a1953e"]["publication_date"] == datetime.date(2015, 10, 3)
    assert manifest["002_7284597a12a1953e"]["outlet"] == "Al-Akhbar (Lebanon)"


def test_csv_table(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": [ARTICLE, "", "English only"],
            "publication_date": ["2015-10-03", "", "bad date"],
            "outlet": ["الأخبار", "", ""],
        }
    )
    frame.to_csv(path, index=False)
    docs = load_corpus(path)
    assert [d.status for d in docs] == ["ok", "empty", "skipped"]
    assert docs[0].publication_date == datetime.date(2015, 10, 3) and docs[0].outlet == "الأخبار"
    assert docs[0].source == "row 1 of articles.csv"


def test_csv_table_with_a_long_article(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_text = " ".join([ARTICLE] * 3000)  # far beyond the csv module's 128 KB field limit
    pd.DataFrame({"doc_id": ["long"], "text": [long_text]}).to_csv(path, index=False)
    (doc,) = load_corpus(path)
    assert doc.status == "ok" and doc.text == long_text


def test_broken_symlink_is_an_error_document(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    (doc,) = load_corpus(tmp_path)
    assert doc.status == "error" and "cannot read file" in doc.reason


def test_generator_of_strings() -> None:
    docs = load_corpus(t for t in [ARTICLE, ARTICLE])
    assert [d.status for d in docs] == ["ok", "ok"]


def test_jsonl_table_with_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"doc_id": "a", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"doc_id": "c", "text": None}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = load_corpus(path)
    assert [(d.doc_id, d.status) for d in docs] == [
        ("a", "ok"),
        ("articles-000002", "error"),
        ("c", "empty"),
    ]
    assert "not valid JSON" in docs[1].reason


def test_parquet_table(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    pd.DataFrame(
        {"doc_id": ["a"], "text": [ARTICLE], "publication_date": [pd.Timestamp("2017-10-08")]}
    ).to_parquet(path)
    (doc,) = load_corpus(path)
    assert doc.status == "ok" and doc.publication_date == datetime.date(2017, 10, 8)


def test_table_without_text_column_raises(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text("doc_id,body\na,b\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no 'text' column"):
        load_corpus(path)


def test_strings_and_dicts() -> None:
    docs = load_corpus([ARTICLE, "", "abc"])
    assert [(d.doc_id, d.status) for d in docs] == [
        ("doc-000000", "ok"),
        ("doc-000001", "empty"),
        ("doc-000002", "skipped"),
    ]
    (doc,) = load_corpus({"my-id": ARTICLE})
    assert doc == Document("my-id", ARTICLE, source="<string>")


@pytest.mark.parametrize("source", ["/nonexistent/folder", "notes.docx"])
def test_missing_or_unsupported_source_raises(tmp_path: Path, source: str) -> None:
    if source == "notes.docx":
        source = tmp_path / source
        source.write_bytes(b"PK")
    with pytest.raises(CorpusError):
        load_corpus(source)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_one_document_and_never_raise(data: bytes) -> None:
    doc = document_from_bytes("x", data, "<bytes>")
    assert doc.status in DOCUMENT_STATUSES
    assert (doc.status == "ok") == (doc.reason == "")
    if doc.status == "ok":
        assert doc.encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1256")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_bytes_in_utf8_round_trip(text: str) -> None:
    doc = document_from_bytes("x", text.encode("utf-8", errors="surrogatepass"), "<bytes>")
    if doc.status == "ok":  # a leading BOM is the encoding's, not the text's
        assert doc.text == text.removeprefix("\ufeff")
