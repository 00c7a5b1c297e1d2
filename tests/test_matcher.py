"""AliasMatcher: clitics, quotes, word boundaries, longest match, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlib.errors import LexiconError
from conflictlib.lexicons.matcher import AliasMatcher, build_prefixes
from conflictlib.normalize import normalize_chars, normalize_key

ALIASES = {
    "داعش": "isis",
    "تنظيم الدولة": "isis",
    "تنظيم الدولة الإسلامية": "isis",
    "الجيش السوري": "syrian_regime",
    "الجيش السوري الحر": "fsa",
    "الرقة": "raqqa",
    "حلب": "aleppo",
    "مدنيين": "civilians",
    "عين العرب": "kobani",
    "طائرات أميركية": "usa",
}


@pytest.fixture(scope="module")
def matcher() -> AliasMatcher:
    return AliasMatcher("test", ALIASES)


def norm(text: str) -> str:
    return normalize_chars(text)[0]


def found(matcher: AliasMatcher, text: str) -> list[tuple[str, str]]:
    t = norm(text)
    return [(t[m.start : m.end], m.entry_id) for m in matcher.find(t)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سيطر داعش على القرية", [("داعش", "isis")]),
        ("وداعش انسحب", [("داعش", "isis")]),
        ("قال فداعش", [("داعش", "isis")]),
        ("بداعش", [("داعش", "isis")]),
        ("لداعش", [("داعش", "isis")]),
        ("كداعش", [("داعش", "isis")]),
        ("لـداعش", [("داعش", "isis")]),
        ("لـ«داعش»", [("داعش", "isis")]),
        ('ل"داعش"', [("داعش", "isis")]),
        ("قال «داعش» إن", [("داعش", "isis")]),
        ("في الرقة", [("الرقه", "raqqa")]),
        ("بالرقة", [("الرقه", "raqqa")]),
        ("والرقة", [("الرقه", "raqqa")]),
        ("للرقة", [("رقه", "raqqa")]),
        ("وللرقة", [("رقه", "raqqa")]),
        ("فبالرقة", [("الرقه", "raqqa")]),
        ("وحلب", [("حلب", "aleppo")]),
        ("بحلب", [("حلب", "aleppo")]),
        ("المدنيين", [("مدنيين", "civilians")]),
        ("للمدنيين", [("مدنيين", "civilians")]),
        ("وبالمدنيين", [("مدنيين", "civilians")]),
        ("الحلب", [("حلب", "aleppo")]),  # ال is a clitic unless the matcher has article=False
        ("مقتل مدنيين", [("مدنيين", "civilians")]),
        ("لمدينة عين العرب", [("عين العرب", "kobani")]),
        ("عين  العرب", [("عين  العرب", "kobani")]),
        ("عين\nالعرب", [("عين\nالعرب", "kobani")]),
        ("طائرات أمريكية", []),  # a spelling not listed is not guessed
        ("طائرات أميركية", [("طاءرات اميركيه", "usa")]),
    ],
)
def test_clitics_and_quotes(matcher: AliasMatcher, text: str, expected: list) -> None:
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "الداعشي",  # a suffix makes another word
        "حلبي",
        "مستحلب",  # letters before the name that are not clitics
        "الرقةالجديدة",
        "سالرقة",
        "لالرقة",
    ],
)
def test_word_boundaries(matcher: AliasMatcher, text: str) -> None:
    assert found(matcher, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("التابعة لحلب", ["aleppo"]),  # ل before a name without article (regression)
        ("ولحلب فلحلب", ["aleppo", "aleppo"]),
        ("وللرقة", ["raqqa"]),
        ("لالرقة", []),
    ],
)
def test_places_take_every_preposition(text: str, expected: list[str]) -> None:
    places = AliasMatcher("place", {"حلب": "aleppo", "الرقة": "raqqa"}, article=False)
    assert [m.entry_id for m in places.find(norm(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("مسلحو تنظيم «الدولة الإسلامية» في", [('تنظيم "الدوله الاسلاميه', "isis")]),
        ('تنظيم "الدولة" وداعش', [('تنظيم "الدوله', "isis"), ("داعش", "isis")]),
        ("«الجيش السوري» الحر", [('الجيش السوري" الحر', "fsa")]),
        ("لـ«داعش»", [("داعش", "isis")]),  # a quote glued to a clitic stays a clitic quote
    ],
)
def test_quote_between_the_words_of_a_name(
    matcher: AliasMatcher, text: str, expected: list
) -> None:
    assert found(matcher, text) == expected


def test_no_article_for_proper_names() -> None:
    places = AliasMatcher("place", {"سورية": "syria", "حلب": "aleppo"}, article=False)
    assert [m.entry_id for m in places.find(norm("الحدود السورية وفي سورية وبحلب"))] == [
        "syria",
        "aleppo",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("الجيش السوري الحر", [("الجيش السوري الحر", "fsa")]),
        ("الجيش السوري", [("الجيش السوري", "syrian_regime")]),
        ("تنظيم الدولة الإسلامية", [("تنظيم الدوله الاسلاميه", "isis")]),
        ("تنظيم الدولة وداعش", [("تنظيم الدوله", "isis"), ("داعش", "isis")]),
    ],
)
def test_longest_match_wins(matcher: AliasMatcher, text: str, expected: list) -> None:
    assert found(matcher, text) == expected


def test_match_fields(matcher: AliasMatcher) -> None:
    text = norm("غارات على بالرقة")
    (m,) = matcher.find(text)
    assert (m.kind, m.key, m.prefix, m.surface) == ("test", "الرقه", "ب", text[m.start : m.end])


def test_colliding_aliases_are_an_error() -> None:
    with pytest.raises(LexiconError) as err:
        AliasMatcher("x", {"الإمارات": "uae", "الامارات": "other"})
    assert "already an alias" in str(err.value)


def test_prefix_sets() -> None:
    with_article = build_prefixes(with_article=True)
    assert {"", "و", "ف", "ب", "ل", "ك", "ال", "لل", "بال", "وال", "ولل", "وبال"} <= with_article
    assert "لال" not in with_article
    assert "ال" not in build_prefixes(with_article=False)


ARABIC = st.text(alphabet=st.sampled_from(list('ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،"«»\n')), max_size=60)


@settings(max_examples=200, deadline=None)
@given(left=ARABIC, right=ARABIC)
def test_property_offsets_point_at_the_alias(matcher: AliasMatcher, left: str, right: str) -> None:
    text = norm(left + " داعش " + right)
    matches = matcher.find(text)
    assert any(text[m.start : m.end] == "داعش" for m in matches)
    for m in matches:
        assert normalize_key(text[m.start : m.end]) == m.key or m.key.endswith(
            text[m.start : m.end]
        )
        assert text[m.start : m.end] == m.surface
    spans = [(m.start, m.end) for m in matches]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(text=ARABIC)
def test_property_never_crashes_and_matches_are_bounded(matcher: AliasMatcher, text: str) -> None:
    for m in matcher.find(norm(text)):
        assert 0 <= m.start < m.end <= len(norm(text))


LETTERS = list("بتثجحخدذرزسشصضطظعغفقكمنهي")


@settings(max_examples=200, deadline=None)
@given(
    stem=st.text(alphabet=st.sampled_from(LETTERS), min_size=3, max_size=8),
    with_article=st.booleans(),
    prefix=st.sampled_from(["", "و", "ف", "ب", "ك", "وب", "فب", "وك"]),
    quote=st.sampled_from(["", '"']),
)
def test_property_any_alias_is_found_with_its_clitics(
    stem: str, with_article: bool, prefix: str, quote: str
) -> None:
    """An alias is found behind any clitic sequence, also through a quote, and points at itself."""
    alias = ("ال" if with_article else "") + stem
    matcher = AliasMatcher("x", {alias: "e"})
    text = f"قال المصدر إن {prefix}{quote}{alias}{quote} هاجم"
    (m,) = matcher.find(text)
    assert (text[m.start : m.end], m.prefix) == (alias, prefix)


@settings(max_examples=100, deadline=None)
@given(stem=st.text(alphabet=st.sampled_from(LETTERS), min_size=3, max_size=8))
def test_property_lam_contracts_the_article(stem: str) -> None:
    """ل + ال + stem is written لل + stem and still finds the alias ال + stem."""
    matcher = AliasMatcher("x", {"ال" + stem: "e"})
    (m,) = matcher.find(f"وصل لل{stem} أمس")
    assert (m.key, m.surface, m.prefix) == ("ال" + stem, stem, "لل")
