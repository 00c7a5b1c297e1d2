"""Tests of residue cleaning and prepare(): normalised text, offset maps, segments."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlib.clean import clean_residue, is_residue_line, load_residue_cues
from conflictlib.errors import LexiconError
from conflictlib.normalize import normalize_key
from conflictlib.text import TextPreparer, normalize_text, prepare
from conflictlib.wordsplit import build_vocabulary

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

PLAIN_PIECES = list("ابتجحدرسعفقكلمنهويءأإآةىؤئـَُِّ٠١٩،؛؟«»\"'.!?;:, \n\t\u200f\u00a0") + [
    "الأممالمتحدة",
    "سورياوالعراق",
    "2.5",
    "...",
    "\ufefb",
]
MARKUP_PIECES = [
    "&nbsp;",
    "&amp;",
    "<p>",
    "</p>",
    "<br/>",
    "#بشار_الأسد",
    "#",
    "_",
    "<",
    ">",
    "&",
    "أقسام\n",
]
PLAIN = st.lists(st.sampled_from(PLAIN_PIECES), max_size=60).map("".join)
MARKUP = st.lists(st.sampled_from(PLAIN_PIECES + MARKUP_PIECES), max_size=60).map("".join)


@pytest.fixture(scope="module")
def cues():
    return load_residue_cues()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('<p dir="RTL" style="text-align:justify">قصف على حلب</p>', "\nقصف على حلب\n"),
        ("حلب&nbsp;وإدلب", "حلب وإدلب"),
        ("القوات &amp; الشرطة", "القوات & الشرطة"),
        ("&#1581;&#1604;&#1576;", "حلب"),
        ("<script>var x = 1;</script>قصف", "قصف"),
        ("<script>document.write('<p>&amp;</p>');</script>قصف", "قصف"),
        ("<style>p { color: red; }</style><p>غارة</p>", "\nغارة\n"),
        ("<!-- تعليق -->غارة", "غارة"),
        ("قتل<br>وجرح", "قتل\nوجرح"),
        ("#بشار_الأسد يزور حلب", "بشار الأسد يزور حلب"),
        ("وسم #الرقة_تذبح_بصمت", "وسم الرقة تذبح بصمت"),
        ("المادة 5 < 7 لا تتغير", "المادة 5 < 7 لا تتغير"),
        ("#Syria #2015 قصف", "Syria #2015 قصف"),
    ],
)
def test_markup_and_hashtags(cues, raw: str, expected: str) -> None:
    assert clean_residue(raw, cues)[0] == expected


@pytest.mark.parametrize(
    ("line", "residue"),
    [
        ("أقسام", True),
        ("أخبار متعلقة", True),
        ("أخبار ذات صلة", True),
        ("إقرأ أيضاً: التحالف يقصف مواقع التنظيم في الرقة", True),
        ("اقرأ أيضا", True),
        ("Facebook Twitter WhatsApp Telegram", True),
        ("شارك: فيسبوك | تويتر | واتساب", True),
        ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا", True),
        ("جميع الحقوق محفوظة © 2017", True),
        ("أخبار", True),
        ("وقال المتحدث في تغريدة على تويتر إن الطائرات قصفت مواقع التنظيم", False),
        ("أخبار عن مقتل خمسة عناصر من التنظيم في غارة على الرقة", False),
        ("قتل 5 مدنيين في قصف على حلب", False),
    ],
)
def test_residue_lines(cues, line: str, residue: bool) -> None:
    assert is_residue_line(normalize_key(line), cues) is residue


def test_residue_lines_and_repeats_are_dropped(cues) -> None:
    lede = "أعلن مسؤولان في التحالف الدولي أن المعركة الحاسمة ضد تنظيم داعش ستكون على الحدود"
    raw = "\n".join(
        [
            lede[:60] + "...",
            lede + ".",
            "قتل خمسة مدنيين في قصف على ريف حلب الشمالي صباح اليوم.",
            "قتل خمسة مدنيين في قصف على ريف حلب الشمالي صباح اليوم.",
            "أقسام",
            "أخبار متعلقة",
        ]
    )
    cleaned, mapping = clean_residue(raw, cues)
    assert cleaned.splitlines() == [
        lede + ".",
        "قتل خمسة مدنيين في قصف على ريف حلب الشمالي صباح اليوم.",
    ]
    assert mapping is not None


def test_short_repeated_lines_are_kept(cues) -> None:
    raw = "دمشق\nقصف على الغوطة.\nدمشق\n"
    assert clean_residue(raw, cues)[0] == raw


@pytest.mark.parametrize(
    ("raw", "needle", "evidence"),
    [
        ("قال السفير لدى الأممالمتحدة إن", "الامم المتحده", "الأممالمتحدة"),
        ("<p>قُتِلَ خمسةُ مدنيين</p>", "قتل خمسه", "قُتِلَ خمسةُ"),
        ("غارات على  مواقع «داعش» في الرقّة", '"داعش" في الرقه', "«داعش» في الرقّة"),
        ("#بشار_الأسد في حلب", "بشار الاسد", "بشار_الأسد"),
        ("حلب&nbsp;وإدلب", "حلب وادلب", "حلب&nbsp;وإدلب"),
        ("مقتل ١٩ شخصاً", "19 شخصا", "١٩ شخصاً"),
        ("تظاهرات في سورياوالعراق", "سوريا والعراق", "سورياوالعراق"),
    ],
)
def test_spans_map_to_exact_original_evidence(raw: str, needle: str, evidence: str) -> None:
    norm = normalize_text(raw)
    start = norm.text.index(needle)
    a, b = norm.to_original(start, start + len(needle))
    assert raw[a:b] == evidence


@pytest.mark.parametrize(
    ("raw", "evidence", "normalised"),
    [
        ("قال السفير لدى الأممالمتحدة إن", "الأممالمتحدة", "الامم المتحده"),
        ("<p>قُتِلَ خمسةُ مدنيين</p>", "خمسةُ مدنيين", "خمسه مدنيين"),
        ("مقتل ١٩ شخصاً", "١٩", "19"),
    ],
)
def test_from_original_inverts_to_original(raw: str, evidence: str, normalised: str) -> None:
    norm = normalize_text(raw)
    a = raw.index(evidence)
    start, end = norm.from_original(a, a + len(evidence))
    assert norm.text[start:end] == normalised
    assert norm.to_original(start, end) == (a, a + len(evidence))


def test_prepare_on_seed_with_headline() -> None:
    path = next(p for p in SEEDS if p.name.startswith("004_"))
    text = path.read_text(encoding="utf-8")
    prep = prepare(text)
    first = prep.segments[0]
    assert first.kind == "headline"
    a, b = prep.norm.to_original(first.start, first.end)
    assert text[a:b] == "التحالف الدولي يكثف هجومه على داعش لحشره على الحدود بين سوريا والعراق"
    assert "أخبار متعلقة" not in prep.norm.text
    assert all(s.kind == "sentence" for s in prep.segments[1:])


def test_prepare_repairs_seed_glued_name() -> None:
    path = next(p for p in SEEDS if p.name.startswith("001_"))
    text = path.read_text(encoding="utf-8")
    prep = prepare(text)
    assert normalize_key("الأمم المتحدة") in prep.norm.text
    start = prep.norm.text.index(normalize_key("الأمم المتحدة"))
    a, b = prep.norm.to_original(start, start + len(normalize_key("الأمم المتحدة")))
    assert text[a:b] == "الأممالمتحدة"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_seed_segment_maps_back(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    prep = prepare(text)
    assert len(prep.segments) >= 5
    for seg in prep.segments:
        a, b = prep.norm.to_original(seg.start, seg.end)
        assert normalize_key(text[a:b]).replace(" ", "") == normalize_key(
            prep.segment_text(seg)
        ).replace(" ", "")


def test_prepare_accepts_vocabulary_forms() -> None:
    raw = "قتل عشرة في تلالسمن شمال الرقة"
    assert "تل السمن" not in prepare(raw).norm.text
    assert "تل السمن" in prepare(raw, vocabulary=["تل السمن"]).norm.text
    assert "تل السمن" in prepare(raw, vocabulary=build_vocabulary(["تل السمن"])).norm.text
    assert "تل السمن" in prepare(raw, vocabulary=TextPreparer.load(["تل السمن"])).norm.text


def test_empty_text_prepares_to_nothing() -> None:
    prep = prepare("")
    assert prep.norm.text == "" and prep.segments == ()
    assert prep.norm.to_original(0, 0) == (0, 0)


@settings(max_examples=300, deadline=None)
@given(PLAIN)
def test_segment_spans_round_trip(raw: str) -> None:
    prep = prepare(raw)
    text = prep.norm.text
    for seg in prep.segments:
        for start, end in [(seg.start, seg.end), *seg.clauses]:
            a, b = prep.norm.to_original(start, end)
            assert 0 <= a <= b <= len(raw)
            assert normalize_key(text[start:end]).replace(" ", "") in normalize_key(
                raw[a:b]
            ).replace(" ", "")


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_map_is_monotonic_and_inside_original(raw: str) -> None:
    mapping = prepare(raw).norm.mapping
    starts, ends = list(mapping.starts), list(mapping.ends)
    assert all(0 <= a <= b <= len(raw) for a, b in zip(starts, ends, strict=True))
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_prepare_never_raises(raw: str) -> None:
    prep = prepare(raw)
    assert len(prep.norm.mapping) == len(prep.norm.text)
    for seg in prep.segments:
        assert 0 <= seg.start < seg.end <= len(prep.norm.text)


@settings(max_examples=200, deadline=None)
@given(MARKUP, st.data())
def test_any_span_maps_inside_original(raw: str, data: st.DataObject) -> None:
    norm = normalize_text(raw)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    a, b = norm.to_original(start, end)
    assert 0 <= a <= b <= len(raw)
    if norm.text[start:end].strip():  # a span with visible text has visible evidence
        assert raw[a:b].strip()


def test_residue_cues_that_collapse_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "residue.yaml"
    path.write_text(
        "kind: text_residue\nversion: 1\nsource: test\nentries:\n"
        "  - {id: a, cue: إقرأ أيضاً, match: line_start}\n"
        "  - {id: b, cue: اقرأ أيضا, match: line_start}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="normalises like a"):
        load_residue_cues(path)


def test_residue_cue_file_rejects_unknown_fields(tmp_path: Path) -> None:
    path = tmp_path / "residue.yaml"
    path.write_text(
        "kind: text_residue\nversion: 1\nsource: test\nentries:\n  - {id: a, cue: أقسام, match: line_start, weight: 2}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="unknown field 'weight'"):
        load_residue_cues(path)


SCRAPED_PAGE = """<div class="nav">الرئيسية</div>
<div>أقسام</div>
<h1>مقتل 7 مدنيين بقصف جوي على ريف إدلب</h1>
<div class="share">Facebook | Twitter | WhatsApp | Telegram</div>
<p dir="RTL" style="text-align:justify">قُتل سبعة مدنيين&nbsp;وأُصيب آخرون، أمس، جراء غارات جوية استهدفت بلدة كفرنبل في ريف إدلب الجنوبي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.</p>
<p>وقال المرصد إن الطائرات الحربية شنت غاراتها على الأحياء السكنية، فيما قصفت قوات النظام بالمدفعية الثقيلة أطراف البلدة. #إدلب_تحت_القصف</p>
<p>وقال المرصد إن الطائرات الحربية شنت غاراتها على الأحياء السكنية، فيما قصفت قوات النظام بالمدفعية الثقيلة أطراف البلدة. #إدلب_تحت_القصف</p>
<div>إقرأ أيضاً: غارات روسية على ريف حماة</div>
<div>أخبار متعلقة</div>
<div class="cookies">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.</div>
"""


def test_scraped_page_end_to_end() -> None:
    prep = prepare(SCRAPED_PAGE)
    texts = [prep.segment_text(s) for s in prep.segments]
    kinds = [s.kind for s in prep.segments]
    assert kinds == ["headline", "sentence", "sentence", "sentence"]  # the hashtag is the last
    assert texts[0] == normalize_key("مقتل 7 مدنيين بقصف جوي على ريف إدلب")
    assert "Facebook" not in prep.norm.text and "الخصوصيه" not in prep.norm.text
    assert "ايضا" not in prep.norm.text and "متعلقه" not in prep.norm.text
    assert "#" not in prep.norm.text and texts[3] == "ادلب تحت القصف"
    assert prep.norm.text.count("وقال المرصد") == 1  # the repeated paragraph is dropped
    # the first sentence maps back to the exact original, entity and harakat included
    a, b = prep.norm.to_original(prep.segments[1].start, prep.segments[1].end)
    assert SCRAPED_PAGE[a:b].startswith("قُتل سبعة مدنيين&nbsp;وأُصيب آخرون")
    assert SCRAPED_PAGE[a:b].endswith("المرصد السوري لحقوق الإنسان.")
    # the second sentence has two clauses, cut at فيما
    clauses = [prep.norm.text[x:y] for x, y in prep.segments[2].clauses]
    assert len(clauses) == 2 and clauses[1].startswith("فيما قصفت")
