"""Tests for conflictlib.numbers: Arabic number words, digits, duals, approximations, vague amounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictlib.errors import LexiconError
from conflictlib.normalize import normalize_key
from conflictlib.numbers import (
    NUMBER_KINDS,
    NUMBER_SCHEMA,
    NumberLexicon,
    dual_forms,
    dual_value,
    find_numbers,
    load_number_lexicon,
    parse_digits,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return load_number_lexicon()


def numbers_in(text: str, lex: NumberLexicon, **kwargs) -> list[tuple]:
    """(value, kind, approx) of every number in the normalised text."""
    return [(m.value, m.kind, m.approx) for m in find_numbers(normalize_key(text), lex, **kwargs)]


# --- digits -------------------------------------------------------------------------
DIGIT_CASES = [
    pytest.param("قتل 19 شخصا", [(19, "cardinal", None)], id="plain"),
    pytest.param("1013 شخصا قتلوا", [(1013, "cardinal", None)], id="four-digits"),
    pytest.param("سقط 1,013 قتيلا", [(1013, "cardinal", None)], id="comma-thousands"),
    pytest.param("سقط 1.013 قتيلا", [(1013, "cardinal", None)], id="dot-thousands"),
    pytest.param("نزوح 2.5 مليون شخص", [(2_500_000, "cardinal", None)], id="decimal-million"),
    pytest.param("و٢٤ مدنيا", [(24, "cardinal", None)], id="arabic-indic-digits-with-waw"),
    pytest.param("قتل ۱۵ عنصرا", [(15, "cardinal", None)], id="persian-digits"),
    pytest.param("نحو 20 ألف مقاتل", [(20_000, "cardinal", "about")], id="digits-thousand"),
    pytest.param("3 آلاف نازح", [(3000, "cardinal", None)], id="digits-thousands"),
    pytest.param("12,500 لاجئ", [(12_500, "cardinal", None)], id="comma-grouped"),
    pytest.param("ارتفع 2,5 بالمئة", [(2.5, "percent", None)], id="decimal-comma-percent"),
]

# --- number words ---------------------------------------------------------------------
WORD_CASES = [
    pytest.param("مقتل خمسة مدنيين", [(5, "cardinal", None)], id="five"),
    pytest.param("قتل ستة أشخاص", [(6, "cardinal", None)], id="six-teh-marbuta"),
    pytest.param("قتل سته أشخاص", [(6, "cardinal", None)], id="six-written-with-heh"),
    pytest.param("ست نساء", [(6, "cardinal", None)], id="six-feminine"),
    pytest.param("استهدفت ثلاث مجموعات", [(3, "cardinal", None)], id="three-feminine"),
    pytest.param("ثماني سيارات", [(8, "cardinal", None)], id="eight-construct"),
    pytest.param("عشرة جنود", [(10, "cardinal", None)], id="ten"),
    pytest.param("منذ عشر سنوات", [(10, "cardinal", None)], id="ten-feminine"),
    pytest.param("متطوعا سوريا واحدا", [(1, "cardinal", None)], id="one-accusative"),
    pytest.param("عائلة واحدة", [(1, "cardinal", None)], id="one-feminine"),
    pytest.param("اثنان من الجرحى", [(2, "cardinal", None)], id="two-nominative"),
    pytest.param("أحد عشر مقاتلا", [(11, "cardinal", None)], id="eleven"),
    pytest.param("إحدى عشرة امرأة", [(11, "cardinal", None)], id="eleven-feminine"),
    pytest.param("اثنا عشر عنصرا", [(12, "cardinal", None)], id="twelve-nominative"),
    pytest.param("اثني عشر عنصرا", [(12, "cardinal", None)], id="twelve-genitive"),
    pytest.param("اثنتي عشرة سيدة", [(12, "cardinal", None)], id="twelve-feminine"),
    pytest.param("ثلاثة عشر قتيلا", [(13, "cardinal", None)], id="thirteen"),
    pytest.param("خمس عشرة غارة", [(15, "cardinal", None)], id="fifteen-feminine"),
    pytest.param("ثماني عشرة", [(18, "cardinal", None)], id="eighteen-feminine"),
    pytest.param("تسعة عشر", [(19, "cardinal", None)], id="nineteen"),
    pytest.param("عشرون مقاتلا", [(20, "cardinal", None)], id="twenty-nominative"),
    pytest.param("قتل عشرين", [(20, "cardinal", None)], id="twenty-accusative"),
    pytest.param("تسعين عنصرا", [(90, "cardinal", None)], id="ninety"),
    pytest.param("ثلاثة وعشرون شخصا", [(23, "cardinal", None)], id="twenty-three"),
    pytest.param("خمسة وثلاثين مدنيا", [(35, "cardinal", None)], id="thirty-five"),
    pytest.param("واحد وعشرون", [(21, "cardinal", None)], id="twenty-one"),
    pytest.param("إحدى وعشرين غارة", [(21, "cardinal", None)], id="twenty-one-feminine"),
    pytest.param("مئة", [(100, "cardinal", None)], id="hundred"),
    pytest.param("مائة قتيل", [(100, "cardinal", None)], id="hundred-old-spelling"),
    pytest.param("مئتين", [(200, "cardinal", None)], id="two-hundred"),
    pytest.param("مائتي عنصر", [(200, "cardinal", None)], id="two-hundred-construct"),
    pytest.param("ثلاثمئة", [(300, "cardinal", None)], id="three-hundred-joined"),
    pytest.param("ثلاث مئة", [(300, "cardinal", None)], id="three-hundred-apart"),
    pytest.param("خمسمائة", [(500, "cardinal", None)], id="five-hundred"),
    pytest.param("مئة وخمسون", [(150, "cardinal", None)], id="one-fifty"),
    pytest.param("مئتان وثلاثة وعشرون", [(223, "cardinal", None)], id="two-twenty-three"),
    pytest.param("ألف", [(1000, "cardinal", None)], id="thousand"),
    pytest.param("ألفين", [(2000, "cardinal", None)], id="two-thousand"),
    pytest.param("ثلاثة آلاف", [(3000, "cardinal", None)], id="three-thousand"),
    pytest.param("عشرة آلاف", [(10_000, "cardinal", None)], id="ten-thousand"),
    pytest.param("عشرين ألفا", [(20_000, "cardinal", None)], id="twenty-thousand"),
    pytest.param("مئة ألف", [(100_000, "cardinal", None)], id="hundred-thousand"),
    pytest.param("ألف ومئتان", [(1200, "cardinal", None)], id="twelve-hundred"),
    pytest.param("ثلاثة آلاف وخمسمئة", [(3500, "cardinal", None)], id="thirty-five-hundred"),
    pytest.param("مليون", [(1_000_000, "cardinal", None)], id="million"),
    pytest.param("مليونين", [(2_000_000, "cardinal", None)], id="two-million"),
    pytest.param("خمسة ملايين", [(5_000_000, "cardinal", None)], id="five-million"),
    pytest.param(
        "خمسة مدنيين وستة مقاتلين", [(5, "cardinal", None), (6, "cardinal", None)], id="two-counts"
    ),
    pytest.param(
        "خمسة وستة", [(5, "cardinal", None), (6, "cardinal", None)], id="unit-and-unit-stay-apart"
    ),
]

# --- clitics -------------------------------------------------------------------------
CLITIC_CASES = [
    pytest.param("وستة مقاتلين", [(6, "cardinal", None)], id="waw"),
    pytest.param("بخمسة صواريخ", [(5, "cardinal", None)], id="ba"),
    pytest.param("لثلاثة أيام", [(3, "cardinal", None)], id="lam"),
    pytest.param("من جهاتها الثلاث", [(3, "cardinal", None)], id="article"),
    pytest.param("والخمسة الآخرون", [(5, "cardinal", None)], id="waw-article"),
]

# --- approximations ------------------------------------------------------------------
APPROX_CASES = [
    pytest.param("نحو 30", [(30, "cardinal", "about")], id="nahw"),
    pytest.param("حوالي مئة", [(100, "cardinal", "about")], id="hawali"),
    pytest.param("حوالى مئة", [(100, "cardinal", "about")], id="hawala-alef-maqsura"),
    pytest.param("قرابة ألف", [(1000, "cardinal", "about")], id="qurabat"),
    pytest.param("زهاء خمسين", [(50, "cardinal", "about")], id="zuhaa"),
    pytest.param("ما يقارب 200", [(200, "cardinal", "about")], id="ma-yuqarib"),
    pytest.param("بنحو 40", [(40, "cardinal", "about")], id="clitic-on-approximator"),
    pytest.param("ما لا يقل عن 21 شخصا", [(21, "cardinal", "at_least")], id="at-least"),
    pytest.param("أكثر من ألف شخص", [(1000, "cardinal", "more_than")], id="more-than"),
    pytest.param("ما يزيد عن 50", [(50, "cardinal", "more_than")], id="ma-yazid-an"),
    pytest.param("ما يزيد على 50", [(50, "cardinal", "more_than")], id="ma-yazid-ala"),
    pytest.param("أقل من عشرة", [(10, "cardinal", "less_than")], id="less-than"),
    pytest.param("قتل 14 شخصا على الأقل", [(14, "cardinal", "at_least")], id="at-least-after-noun"),
    pytest.param("قتل على الأقل 14 شخصا", [(14, "cardinal", "at_least")], id="at-least-before"),
    pytest.param("50 قتيلا تقريبا", [(50, "cardinal", "about")], id="about-after"),
    pytest.param(
        "قتل 14، ونجا 3 على الأقل",
        [(14, "cardinal", None), (3, "cardinal", "at_least")],
        id="after-stops-at-comma",
    ),
    pytest.param("النزوح نحو مناطق أكثر أمنا", [], id="nahw-as-towards"),
]

# --- vague amounts --------------------------------------------------------------------
VAGUE_CASES = [
    pytest.param("عشرات القتلى", [(None, "vague", None)], id="tens"),
    pytest.param("قتل العشرات", [(None, "vague", None)], id="the-tens"),
    pytest.param("مئات المدنيين", [(None, "vague", None)], id="hundreds"),
    pytest.param("آلاف النازحين", [(None, "vague", None)], id="thousands"),
    pytest.param("عدد من العناصر", [(None, "vague", None)], id="a-number-of"),
    pytest.param("سقوط قتلى وجرحى", [(None, "vague", None)], id="casualties-no-number"),
    pytest.param("حصيلة القتلى", [], id="definite-casualties-are-not-an-amount"),
    pytest.param("سقوط ثلاثة قتلى", [(3, "cardinal", None)], id="counted-plural-is-not-vague"),
    pytest.param("10 إصابات", [(10, "cardinal", None)], id="counted-injuries-are-not-vague"),
]

# --- duals ---------------------------------------------------------------------------
DUAL_CASES = [
    pytest.param("مقتل جنديين", [(2, "dual", None)], id="soldiers-genitive"),
    pytest.param("قتل مدنيان", [(2, "dual", None)], id="civilians-nominative"),
    pytest.param("سقوط قتيلين", [(2, "dual", None)], id="killed"),
    pytest.param("أسر عنصرين", [(2, "dual", None)], id="members"),
    pytest.param("مقتل الجنديين", [(2, "dual", None)], id="definite"),
    pytest.param("امرأتين", [(2, "dual", None)], id="feminine-teh"),
    pytest.param("تفجير سيارتين", [(2, "dual", None)], id="object"),
    pytest.param("جنديين اثنين", [(2, "dual", None)], id="dual-with-two"),
    pytest.param("مقتل مدنيين", [], id="sound-plural-is-not-dual"),
    pytest.param("مقاتلين أكراد", [], id="sound-plural-fighters"),
]

# --- things that are not counts, or not cardinals --------------------------------------
FALSE_POSITIVE_CASES = [
    pytest.param("يوم الأحد", [], id="sunday"),
    pytest.param("الاثنين الماضي", [], id="monday"),
    pytest.param("الخميس", [], id="thursday-not-five"),
    pytest.param("أحد منازل المدنيين", [(1, "one_of", None)], id="one-of"),
    pytest.param("إحدى القرى", [(1, "one_of", None)], id="one-of-feminine"),
    pytest.param("للمرة الثالثة", [], id="ordinal"),
    pytest.param("ثالث أكبر مدينة", [], id="ordinal-masculine"),
    pytest.param("واغتنمت كمية من الأسلحة", [], id="kaf-is-not-a-clitic-here"),
    pytest.param("عام 2014", [(2014, "year", None)], id="year-after-am"),
    pytest.param(
        "16 سبتمبر 2014", [(16, "cardinal", None), (2014, "year", None)], id="year-after-month"
    ),
    pytest.param("أيلول 2015", [(2015, "year", None)], id="year-after-syriac-month"),
    pytest.param("تشرين الأول 2015", [(2015, "year", None)], id="year-after-two-word-month"),
    pytest.param("50 بالمئة", [(50, "percent", None)], id="percent-bilmiaa"),
    pytest.param("50 في المائة", [(50, "percent", None)], id="percent-fil-miaa"),
    pytest.param("50%", [(50, "percent", None)], id="percent-sign"),
    pytest.param("نحو 50 بالمئة من مساحة", [(50, "percent", "about")], id="approx-percent"),
    pytest.param("2014 شخصا", [(2014, "cardinal", None)], id="four-digit-count"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DIGIT_CASES
    + WORD_CASES
    + CLITIC_CASES
    + APPROX_CASES
    + VAGUE_CASES
    + DUAL_CASES
    + FALSE_POSITIVE_CASES,
)
def test_find_numbers(text: str, expected: list[tuple], lex: NumberLexicon) -> None:
    assert numbers_in(text, lex) == expected


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        pytest.param("عشرات القتلى", 10, id="tens-10"),
        pytest.param("مئات المدنيين", 100, id="hundreds-100"),
        pytest.param("المئات", 100, id="the-hundreds-100"),
        pytest.param("آلاف", 1000, id="thousands-1000"),
        pytest.param("عدد من العناصر", 10, id="several-10"),
        pytest.param("سقوط المزيد من القتلى", None, id="more-no-estimate"),
    ],
)
def test_vague_estimates_follow_acled(text: str, estimate: int | None, lex: NumberLexicon) -> None:
    plain, filled = (
        find_numbers(normalize_key(text), lex)[0],
        find_numbers(normalize_key(text), lex, estimate=True)[0],
    )
    assert (plain.value, plain.vague, plain.estimated, plain.estimated_value) == (
        None,
        True,
        False,
        estimate,
    )
    assert (filled.value, filled.estimated) == (estimate, estimate is not None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("وستة مقاتلين", "سته", id="waw-outside-span"),
        pytest.param("ما لا يقل عن 21 شخصا", "ما لا يقل عن 21", id="approximator-inside-span"),
        pytest.param("بنحو 40 غارة", "نحو 40", id="clitic-of-approximator-outside"),
        pytest.param("ثلاثة وعشرون شخصا", "ثلاثه وعشرون", id="compound"),
        pytest.param("مقتل الجنديين", "جنديين", id="clitics-and-article-outside-span"),
        pytest.param("نحو 50 بالمئة", "نحو 50 بالمءه", id="percent"),
    ],
)
def test_spans_point_into_normalised_text(text: str, surface: str, lex: NumberLexicon) -> None:
    norm = normalize_key(text)
    match = find_numbers(norm, lex)[0]
    assert match.surface == norm[match.start : match.end] == normalize_key(surface)


def test_after_approximator_span_is_recorded(lex: NumberLexicon) -> None:
    norm = normalize_key("قتل 14 شخصا على الأقل")
    match = find_numbers(norm, lex)[0]
    assert match.approx_span is not None
    assert norm[slice(*match.approx_span)] == normalize_key("على الأقل")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param("جنديين", "person", id="person"),
        pytest.param("دبابتين", "object", id="object"),
        pytest.param("يومين", "time", id="time"),
    ],
)
def test_duals_say_what_they_count(text: str, counts: str, lex: NumberLexicon) -> None:
    assert find_numbers(normalize_key(text), lex)[0].counts == counts


@pytest.mark.parametrize(
    ("word", "value"),
    [
        pytest.param("جنديين", 2, id="dual"),
        pytest.param("والقتيلين", 2, id="dual-with-clitics"),
        pytest.param("مدنيين", None, id="plural"),
        pytest.param("جندي", None, id="singular"),
    ],
)
def test_dual_value(word: str, value: int | None, lex: NumberLexicon) -> None:
    assert dual_value(normalize_key(word), lex) == value


@pytest.mark.parametrize(
    ("singular", "sound_plural", "expected"),
    [
        pytest.param("جندي", False, ["جنديان", "جنديين"], id="masculine"),
        pytest.param("سياره", False, ["سيارتان", "سيارتين"], id="teh-marbuta-becomes-teh"),
        pytest.param("مدني", True, ["مدنيان"], id="sound-plural-drops-yeen"),
    ],
)
def test_dual_forms(singular: str, sound_plural: bool, expected: list[str]) -> None:
    assert dual_forms(singular, sound_plural) == expected


@pytest.mark.parametrize(
    ("digits", "value", "rule"),
    [
        pytest.param("19", 19, "digits", id="int"),
        pytest.param("1,013", 1013, "digits_grouped", id="comma"),
        pytest.param("1.013", 1013, "digits_grouped", id="dot-three"),
        pytest.param("1,234,567", 1_234_567, "digits_grouped", id="millions"),
        pytest.param("2.5", 2.5, "digits_decimal", id="decimal"),
        pytest.param("2,5", 2.5, "digits_decimal", id="decimal-comma"),
        pytest.param("1,234.5", 1234.5, "digits_grouped_decimal", id="grouped-decimal"),
    ],
)
def test_parse_digits(digits: str, value: float, rule: str) -> None:
    assert parse_digits(digits) == (value, rule)


def test_find_numbers_loads_default_lexicon_when_none_given() -> None:
    assert [m.value for m in find_numbers(normalize_key("قتل خمسة"))] == [5]


# --- the lexicon file ---------------------------------------------------------------
def write_lexicon(tmp_path: Path, entries: str, kind: str = "numbers") -> Path:
    path = tmp_path / "numbers.yaml"
    path.write_text(
        f"kind: {kind}\nversion: 1\nsource: test\nentries:\n{entries}", encoding="utf-8"
    )
    return path


def test_package_lexicon_loads_and_every_entry_has_forms(lex: NumberLexicon) -> None:
    assert lex.words.by_first and lex.duals and lex.year_cues
    assert set(NUMBER_SCHEMA) >= {"id", "category", "forms", "value", "estimate", "approx"}


def package_entries() -> list[dict]:
    import yaml

    path = REPO / "src" / "conflictlib" / "lexicons" / "data" / "numbers.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]


@pytest.mark.parametrize(
    ("category", "values"),
    [
        pytest.param("unit", set(range(1, 11)), id="units-1-10"),
        pytest.param("teen", set(range(11, 20)), id="teens-11-19"),
        pytest.param("ten", set(range(20, 100, 10)), id="tens-20-90"),
        pytest.param("hundred", set(range(100, 1000, 100)), id="hundreds-100-900"),
    ],
)
def test_package_lexicon_covers_every_cardinal(category: str, values: set[int]) -> None:
    assert {e["value"] for e in package_entries() if e["category"] == category} == values


def test_package_lexicon_has_every_approximation_tag() -> None:
    tags = {e["approx"] for e in package_entries() if e["category"] == "approximator"}
    assert tags == {"about", "at_least", "more_than", "less_than", "up_to"}


@pytest.mark.parametrize("value", range(1, 100))
def test_every_number_below_a_hundred_reads_back(value: int, lex: NumberLexicon) -> None:
    """Build each number the way Arabic writes it (unit و ten) from the data and read it back."""
    by_value = {
        e["value"]: e["forms"][0]
        for e in package_entries()
        if e["category"] in ("unit", "teen", "ten")
    }
    text = (
        by_value[value]
        if value in by_value
        else f"{by_value[value % 10]} و{by_value[value - value % 10]}"
    )
    assert [m.value for m in find_numbers(normalize_key(text), lex)] == [value]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        pytest.param(
            "  - {id: a, category: unit, value: 1, forms: [واحد], colour: red}\n",
            "unknown field 'colour'",
            id="unknown-key",
        ),
        pytest.param(
            "  - {id: a, category: unit, value: 1, forms: [ستة]}\n  - {id: b, category: unit, value: 6, forms: [سته]}\n",
            "collides",
            id="collision-after-normalisation",
        ),
        pytest.param(
            "  - {id: a, category: unit, forms: [واحد]}\n", "needs 'value'", id="missing-value"
        ),
        pytest.param(
            "  - {id: a, category: approximator, approx: about, forms: [نحو]}\n",
            "needs 'position'",
            id="missing-position",
        ),
        pytest.param(
            "  - {id: a, category: number, value: 1, forms: [واحد]}\n",
            "not in",
            id="unknown-category",
        ),
        pytest.param(
            "  - {id: a, category: unit, value: 1, forms: [واحد]}\n  - {id: a, category: unit, value: 2, forms: [اثنان]}\n",
            "duplicate id",
            id="duplicate-id",
        ),
    ],
)
def test_invalid_lexicon_is_rejected(tmp_path: Path, entries: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        load_number_lexicon(write_lexicon(tmp_path, entries))


def test_lexicon_reports_every_problem_at_once(tmp_path: Path) -> None:
    entries = (
        "  - {id: a, category: unit, forms: [واحد]}\n  - {id: b, category: ten, forms: [عشرون]}\n"
    )
    with pytest.raises(LexiconError) as info:
        load_number_lexicon(write_lexicon(tmp_path, entries))
    assert len(info.value.problems) == 2


def test_lexicon_of_wrong_kind_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="expected 'numbers'"):
        load_number_lexicon(
            write_lexicon(
                tmp_path, "  - {id: a, category: unit, value: 1, forms: [واحد]}\n", "dates"
            )
        )


def test_a_user_lexicon_extends_the_package_lexicon(tmp_path: Path) -> None:
    entries = "  - {id: dozen, category: unit, value: 12, forms: [دستة]}\n"
    lex = load_number_lexicon(extra_paths=[write_lexicon(tmp_path, entries)])
    assert [m.value for m in find_numbers(normalize_key("دستة وخمسة"), lex)] == [12, 5]


def test_a_user_form_that_collides_with_the_package_is_an_error(tmp_path: Path) -> None:
    entries = "  - {id: six_again, category: unit, value: 6, forms: [سته]}\n"
    with pytest.raises(LexiconError, match="collides with numbers.yaml"):
        load_number_lexicon(extra_paths=[write_lexicon(tmp_path, entries)])


def test_problems_of_several_files_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_lexicon(
        tmp_path / "a", "  - {id: x, category: unit, value: 1, forms: [فرد], bad: 1}\n"
    )
    second = write_lexicon(
        tmp_path / "b", "  - {id: y, category: unit, value: 1, forms: [زوج], worse: 2}\n"
    )
    with pytest.raises(LexiconError) as info:
        load_number_lexicon(extra_paths=[first, second])
    assert len(info.value.problems) == 2


# --- the seed gold: every toll figure is found where the gold quotes it -------------------
def test_gold_toll_figures_are_found(lex: NumberLexicon) -> None:
    import csv

    with (REPO / "data" / "gold" / "seed_tolls.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["killed"] or r["captured"]]
    for row in rows:
        figure = int(row["killed"] or row["captured"])
        found = [m.value for m in find_numbers(normalize_key(row["evidence"]), lex)]
        assert figure in found, (row["evidence"], found)


# --- properties ----------------------------------------------------------------------
ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءةىأإآئؤ0123456789٠١٢٣ ,.،%/-\n")),
    max_size=80,
)
NUMBER_WORDS = st.lists(
    st.sampled_from(
        [
            "ثلاثة",
            "وعشرون",
            "مئة",
            "ألف",
            "آلاف",
            "نحو",
            "أكثر",
            "من",
            "على",
            "الأقل",
            "عشرات",
            "جنديين",
            "أحد",
            "عشر",
            "2014",
            "عام",
            "1,013",
            "بالمئة",
            "و",
            "،",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC_TEXT, NUMBER_WORDS))
@example("فوج0")  # found by Hypothesis in session 13: a label, once missing from the kinds
def test_find_numbers_never_raises_and_spans_are_ordered(lex: NumberLexicon, text: str) -> None:
    norm = normalize_key(text)
    matches = find_numbers(norm, lex, estimate=True)
    last_end = 0
    for m in matches:
        assert 0 <= m.start < m.end <= len(norm)
        assert m.start >= last_end
        assert m.surface == norm[m.start : m.end]
        assert m.kind in NUMBER_KINDS  # a unit's label (فوج0، اللواء 14) is a kind too
        last_end = m.end


def test_strip_clitics_is_memoised_but_returns_a_fresh_list() -> None:
    """Readings are cached per word; callers still get their own list to change."""
    from conflictlib.numbers import strip_clitics, tokenize

    first = strip_clitics("وبالقتلى")
    assert first[0] == ("", "وبالقتلى") and ("وبال", "قتلى") in first
    first.append(("x", "y"))
    assert ("x", "y") not in strip_clitics("وبالقتلى")
    assert strip_clitics("قتيل") == [("", "قتيل")]
    assert strip_clitics("ولد", min_stem=3) == [("", "ولد")]
    (token,) = tokenize("وبالقتلى")
    assert token.readings == tuple(strip_clitics("وبالقتلى"))
