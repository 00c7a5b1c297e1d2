"""Tests of the glued-word splitter (conflictlib.wordsplit)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictlib.normalize import normalize_key
from conflictlib.wordsplit import build_prefixes, build_vocabulary, split_edits, split_glued

_VOCAB = build_vocabulary()


@pytest.fixture(scope="module")
def vocab():
    return _VOCAB


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("الأممالمتحدة", "الأمم المتحدة"),
        ("الولاياتالمتحدة", "الولايات المتحدة"),
        ("الولاياتالمتحدةالأمريكية", "الولايات المتحدة الأمريكية"),
        ("سورياوالعراق", "سوريا والعراق"),
        ("لسوريةوالعراق", "لسورية والعراق"),
        ("مجلسالأمن", "مجلس الأمن"),
        ("الحسكةوالرقة", "الحسكة والرقة"),
        ("المرصدالسوري", "المرصد السوري"),
        ("قواتالنظام", "قوات النظام"),
        ("بدمشقوحلب", "بدمشق وحلب"),
        ("للأممالمتحدة", "للأمم المتحدة"),
        ("وحزبالله", "وحزب الله"),
    ],
)
def test_glued_names_are_split(vocab, glued: str, expected: str) -> None:
    assert split_glued(normalize_key(glued), vocab) == normalize_key(expected)


@pytest.mark.parametrize(
    "word",
    [
        "المتحدة",  # a known word
        "والعراق",  # a known word with clitics
        "استهدافات",  # unknown, not made of known words
        "الاشتباكات",
        "بالتزامن",
        "عبدالله",  # a glued personal name: pieces are not in the vocabulary
        "مقاتلين",
        "الأمريكيين",
        "مناطقها",
        "للمعارضة",
    ],
)
def test_ordinary_words_are_left_alone(vocab, word: str) -> None:
    norm = normalize_key(word)
    assert split_glued(norm, vocab) == norm


def test_frequent_words_alone_do_not_license_a_split(vocab) -> None:
    # "مدينة" and "قرية" are frequent words but neither is a name: no split
    assert split_glued(normalize_key("مدينةقرية"), vocab) == normalize_key("مدينةقرية")


def test_extra_vocabulary_from_caller() -> None:
    vocab = build_vocabulary(["هيئة تحرير الشام", "تل السمن"])
    assert split_glued(normalize_key("تلالسمن"), vocab) == normalize_key("تل السمن")
    assert split_glued(normalize_key("تلالسمن"), build_vocabulary()) == normalize_key("تلالسمن")


def test_split_edits_are_insertions(vocab) -> None:
    text = normalize_key("قال سفير سوريا لدى الأممالمتحدة أمس")
    edits = split_edits(text, vocab)
    assert len(edits) == 1
    start, end, rep = edits[0]
    assert start == end and rep == " "
    assert text[:start].endswith("الامم")


def test_prefixes_include_article_and_clitic_chains() -> None:
    prefixes = build_prefixes()
    for p in ("", "و", "ال", "وال", "بال", "لل", "ولل", "فب"):
        assert p in prefixes
    assert list(prefixes) == sorted(prefixes, key=len, reverse=True)


@given(st.text(alphabet=st.sampled_from(list("ابتسشعرقكلمنهويءد ")), max_size=40))
def test_splitting_only_inserts_spaces(s: str) -> None:
    out = split_glued(s, _VOCAB)
    assert out.replace(" ", "") == s.replace(" ", "")


def test_packaged_vocabulary_loads_with_names_words_and_bigrams() -> None:
    vocab = build_vocabulary()
    assert {"سوريا", "عراق", "رقه", "امم"} <= vocab.names
    assert {"مدينه", "قوات", "متحده"} <= vocab.words
    assert not vocab.names & vocab.words
    assert ("امم", "متحده") in vocab.bigrams
    assert ("ولايات", "متحده") in vocab.bigrams


def test_vocabulary_file_rejects_bad_tier(tmp_path) -> None:
    from conflictlib.errors import LexiconError

    path = tmp_path / "v.yaml"
    path.write_text(
        "kind: wordsplit_vocabulary\nversion: 1\nsource: test\nentries:\n  - {id: a, tier: place, items: [حلب]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="tier"):
        build_vocabulary(path=path)
