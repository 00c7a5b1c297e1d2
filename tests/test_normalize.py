"""Tests of the character normaliser and offset maps (conflictlib.normalize)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictlib.normalize import (
    OffsetMap,
    apply_edits,
    fold_regex,
    norm_re,
    normalize_chars,
    normalize_key,
    normalize_mapped,
)

ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲،؛؟«»“”\u200f\u200c\u00a0 .\n")
        + ["\ufefb", "\ufe8d", "\ufef7", "\u0654", "\u06cc", "\u06a9", "e", "\u0301", "A", "7"]
    ),
    max_size=60,
)


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        ("diacritics", "قُتِلَ", "قتل"),
        ("shadda", "الجوّ", "الجو"),
        ("tatweel", "داعـــش", "داعش"),
        ("alef hamza above", "أعلن", "اعلن"),
        ("alef hamza below", "إدلب", "ادلب"),
        ("alef madda", "آمنة", "امنه"),
        ("alef wasla", "ٱلرقة", "الرقه"),
        ("hamza on waw", "مسؤول", "مسءول"),
        ("hamza on ya", "مسئول", "مسءول"),
        ("alef maqsura", "على", "علي"),
        ("teh marbuta", "الحسكة", "الحسكه"),
        ("arabic-indic digits", "١٠١٣ قتيلاً", "1013 قتيلا"),
        ("persian digits", "۱۹ قتيلا", "19 قتيلا"),
        ("arabic comma", "حلب، إدلب", "حلب, ادلب"),
        ("arabic semicolon and question", "ماذا؟ لا؛", "ماذا? لا;"),
        ("guillemets", "«داعش»", '"داعش"'),
        ("curly quotes", "“التحالف”", '"التحالف"'),
        ("rtl mark removed", "حلب\u200f", "حلب"),
        ("word joiner removed", "دير\u2060الزور", "ديرالزور"),
        ("reversed comma", "حلب\u2e41 ادلب", "حلب, ادلب"),
        ("zero-width non-joiner removed", "ال\u200cرقة", "الرقه"),
        ("no-break space", "عين\u00a0العرب", "عين العرب"),
        ("persian yeh", "سوریا", "سوريا"),
        ("persian keheh", "کوباني", "كوباني"),
        ("persian gaf", "شنگال", "شنكال"),
        ("persian peh and gaf, kurdish ae", "پیشمرگە", "بيشمركه"),
        ("persian tcheh", "چمچمال", "جمجمال"),
        ("kurdish veh", "ڤیان", "فيان"),
        ("kurdish reh with v, o", "کۆبانێ", "كوباني"),
        ("persian jeh", "ژیان", "زيان"),
        ("kurdish lam with v", "هەولێر", "ههولير"),
        ("heh doachashmee", "ھجوم", "هجوم"),
        ("lam-alef ligature", "\ufefb\u062d\u0642\u0627", "لاحقا"),
        ("decomposed alef + hamza", "ا\u0654علن", "اعلن"),
        ("decomposed waw + hamza", "مسو\u0654ول", "مسءول"),
        ("whitespace collapsed", "  دير   الزور \n", "دير الزور"),
    ],
)
def test_normalize_key_steps(step: str, raw: str, expected: str) -> None:
    assert normalize_key(raw) == expected, step


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("مسؤول", "مسئول"),
        ("شؤون", "شئون"),
        ("إدلب", "ادلب"),
        ("الرقّة", "الرقه"),
        ("ا\u0654علن", "أعلن"),
        ("\ufefb", "لا"),
    ],
)
def test_spelling_variants_meet(a: str, b: str) -> None:
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize(
    ("raw", "text", "starts"),
    [
        ("قُتِلَ", "قتل", [0, 2, 4]),
        ("داعـش", "داعش", [0, 1, 2, 4]),
        ("\ufefbحقا", "لاحقا", [0, 0, 1, 2, 3]),
        ("ا\u0654ب", "اب", [0, 2]),
    ],
)
def test_normalize_mapped_index(raw: str, text: str, starts: list[int]) -> None:
    out, mapping = normalize_mapped(raw)
    assert out == text
    assert list(mapping.starts) == starts


def test_normalize_chars_keeps_index_per_char() -> None:
    text, index = normalize_chars("قُتِلَ ٣")
    assert text == "قتل 3"
    assert index == [0, 2, 4, 6, 7]


@pytest.mark.parametrize(
    ("text", "edits", "expected", "span", "orig_span"),
    [
        ("الأممالمتحدة", [(5, 5, " ")], "الأمم المتحدة", (6, 13), (5, 12)),
        ("الأممالمتحدة", [(5, 5, " ")], "الأمم المتحدة", (0, 5), (0, 5)),
        ("<p>حلب</p>", [(0, 3, ""), (6, 10, "\n")], "حلب\n", (0, 3), (3, 6)),
        ("حلب&nbsp;إدلب", [(3, 9, " ")], "حلب إدلب", (3, 4), (3, 9)),
    ],
)
def test_apply_edits_maps_spans(text, edits, expected, span, orig_span) -> None:
    out, mapping = apply_edits(text, edits)
    assert out == expected
    assert mapping.span(*span) == orig_span


def test_apply_edits_rejects_overlap() -> None:
    with pytest.raises(ValueError, match="overlap"):
        apply_edits("حلب", [(0, 2, ""), (1, 3, "")])


def test_offset_map_span_outside_raises() -> None:
    with pytest.raises(IndexError):
        OffsetMap.identity(3).span(2, 5)


def test_composed_maps_point_into_first_text() -> None:
    first_text, first = apply_edits("<b>الأممالمتحدة</b>", [(0, 3, ""), (15, 19, "")])
    second_text, second = apply_edits(first_text, [(5, 5, " ")])
    composed = first.then(second)
    assert second_text == "الأمم المتحدة"
    assert composed.span(6, 13) == (8, 15)
    assert composed.span(0, len(second_text)) == (3, 15)


@given(ARABIC_TEXT)
@example("A\u200c\u0301")  # a mark after a deleted ZWNJ composes with the letter in one pass
def test_normalize_key_is_idempotent(s: str) -> None:
    once = normalize_key(s)
    assert normalize_key(once) == once


@given(ARABIC_TEXT)
def test_normalize_key_equals_mapped_text_collapsed(s: str) -> None:
    text, _ = normalize_mapped(s)
    assert normalize_key(s) == " ".join(text.split())


@given(ARABIC_TEXT, st.data())
def test_mapped_spans_inside_original(s: str, data: st.DataObject) -> None:
    text, mapping = normalize_mapped(s)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    a, b = mapping.span(start, end)
    assert 0 <= a <= b <= len(s)
    if start < end:  # the original evidence covers the span (a ligature may be cut in half)
        assert normalize_key(text[start:end]).replace(" ", "") in normalize_key(s[a:b]).replace(
            " ", ""
        )


@pytest.mark.parametrize(
    ("pattern", "folded"),
    [
        ("المئات|على", "المءات|علي"),  # ئ reads ء, ى reads ي
        ("[إأ]لى|هيئة", "[اا]لي|هيءه"),
        (r"[.؟!]\s", r"[.\?!]\s"),  # ؟ reads ?, escaped: still a literal, not a quantifier
        (r"x؟", r"x\?"),
        (r"\؟", r"\?"),  # an escaped mapped character is the escaped replacement
        ("«[^«»]+»", '"[^""]+"'),
        ("[٠-٩]+", "[0-9]+"),
        (r"مؤلّلة\s+(?:و)?", r"مءلله\s+(?:و)?"),  # harakat dropped, syntax kept
        (r"(?<!\w)لـ?\s*$", r"(?<!\w)ل\s*$"),  # a tatweel goes with its quantifier
        (r"بـ*ـ{0,2}?ال", r"بال"),
        (r"(?<!\w)قتل\s*(?P<n>\d+)", r"(?<!\w)قتل\s*(?P<n>\d+)"),  # nothing to fold
    ],
)
def test_fold_regex(pattern: str, folded: str) -> None:
    assert fold_regex(pattern) == folded


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!\w)المئات\s+من", "انسحب المئات من مقاتلي الفصائل"),
        (r"(?:ال)?حصيلة\s+(?:ال)?نهائية", "لتصبح الحصيلة النهائية ستة قتلى"),
        (r"مخابئ|ذخائر", "دمرت الطائرات مخابئ للتنظيم"),
        (r"مسؤول[وي]?\s+امني", "قال مسئول أمني"),
        (r"«الحياة»", "بيروت – «الحياة»:"),
    ],
)
def test_norm_re_matches_normalised_text(pattern: str, text: str) -> None:
    import re

    assert norm_re(pattern).search(normalize_key(text))
    assert not re.search(pattern, normalize_key(text))  # the unfolded pattern never did


# patterns written for the ORIGINAL text, which keeps the letters normalisation folds
ORIGINAL_TEXT_PATTERNS = {
    "document.VOWELED_DUAL",  # reads the harakat of a voweled dual (الطرفَيْن)
    "extractor.UNDER_A_DEAL",  # searched in an event's original sentence
    "extractor.RISE_WORDS",  # searched in a headline line of the original text
    "extractor.SENTENCE_BREAK",  # a sentence end between two events in the original text
}


def test_extractor_patterns_on_normalised_text_hold_no_folded_letter() -> None:
    """A module-level regex of the extractor runs on normalised text (ئ reads ء, ة reads ه, «»
    read "), so a letter the normalisation never leaves makes its branch dead (المئات never
    matched انسحب المئات من مقاتلي …): such patterns are built with norm_re."""
    import importlib
    import re

    bad = []
    for module in (
        "actors",
        "casualties",
        "document",
        "events",
        "extractor",
        "merge",
        "places",
        "tolls",
    ):
        mod = importlib.import_module(f"conflictlib.extract.{module}")
        for name, value in vars(mod).items():
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str):
                continue
            if f"{module}.{name}" in ORIGINAL_TEXT_PATTERNS:
                continue
            if fold_regex(value.pattern) != value.pattern:
                bad.append(f"{module}.{name}")
    assert not bad


def test_inline_extractor_regexes_hold_no_dead_spelling() -> None:
    """A regex literal written inside a function of the extractor runs on normalised text too: an
    Arabic word in it spelt with a letter the normalisation folds (على، المئات، «) must have its
    folded twin beside it (على|علي، [«"]), or be built with norm_re at module level."""
    import ast
    import pathlib
    import re

    import conflictlib.extract as extract

    dead = []
    for path in sorted(pathlib.Path(extract.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for node in (n for f in functions for n in ast.walk(f)):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            pattern = node.args[0].value
            classes = re.findall(r"\[(?:\\.|[^\]])*\]", pattern)
            rest = re.sub(r"\[(?:\\.|[^\]])*\]", " ", pattern)
            for c in "".join(classes):  # [،,.؛:] needs ; beside ؛
                if fold_regex(c) != c and not any(fold_regex(c).lstrip("\\") in k for k in classes):
                    dead.append(f"{path.name}:{node.lineno} {c}")
            for word in re.findall(r"[^\s\w]|\w+", rest):  # على needs علي beside it
                if fold_regex(word) != word and fold_regex(word).lstrip("\\") not in rest:
                    dead.append(f"{path.name}:{node.lineno} {word}")
    assert not dead
