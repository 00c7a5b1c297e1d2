"""Tests of sentence and clause segmentation (conflictlib.segment)."""

from __future__ import annotations

import pytest

from conflictlib.errors import LexiconError
from conflictlib.normalize import normalize_key
from conflictlib.segment import load_clause_markers, segment_text


@pytest.fixture(scope="module")
def markers():
    return load_clause_markers()


def sentences(text: str, markers) -> list[str]:
    return [text[s.start : s.end] for s in segment_text(text, markers)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قتل 5 مدنيين. وأصيب آخرون.", ["قتل 5 مدنيين.", "وأصيب آخرون."]),
        ("هل انسحب التنظيم؟ نعم.", ["هل انسحب التنظيم?", "نعم."]),
        ("سيطر الجيش على البلدة؛ وفر المسلحون", ["سيطر الجيش على البلدة;", "وفر المسلحون"]),
        ("تقدم الجيش! ثم تراجع", ["تقدم الجيش!", "ثم تراجع"]),
        (
            "ارتفعت الحصيلة إلى 2.5 ألف قتيل. وقال المرصد",
            ["ارتفعت الحصيلة إلى 2.5 ألف قتيل.", "وقال المرصد"],
        ),
        ("قتل 1,013 شخصا في كوباني.", ["قتل 1,013 شخصا في كوباني."]),
        ("تملأ شوارع عين العرب.وأشار شهود", ["تملأ شوارع عين العرب.", "وأشار شهود"]),
        ("وأضاف: «قتل خمسة. وجرح عشرة». ثم غادر", ["وأضاف: «قتل خمسة. وجرح عشرة».", "ثم غادر"]),
        ("قال د. محمد إن القصف استمر.", ["قال د. محمد إن القصف استمر."]),
        ("سقط المزيد... وقال المصدر", ["سقط المزيد...", "وقال المصدر"]),
        (
            "السطر الأول هنا طويل بما يكفي ليكون جملة.\nالسطر الثاني",
            ["السطر الأول هنا طويل بما يكفي ليكون جملة.", "السطر الثاني"],
        ),
    ],
)
def test_sentence_boundaries(markers, raw: str, expected: list[str]) -> None:
    text = (
        normalize_key(raw)
        if "\n" not in raw
        else "\n".join(normalize_key(x) for x in raw.split("\n"))
    )
    assert sentences(text, markers) == [normalize_key(e) for e in expected]


def test_unbalanced_quote_does_not_swallow_sentences(markers) -> None:
    text = normalize_key('قال المصدر "إن التنظيم انسحب. وتقدم الجيش. ثم هدأت الجبهة.')
    assert len(segment_text(text, markers)) == 3


@pytest.mark.parametrize(
    ("raw", "kinds"),
    [
        (
            "التحالف الدولي يكثف هجومه على داعش\n\nأعلن مسؤولان في التحالف أن المعركة ستكون على الحدود.",
            ["headline", "sentence"],
        ),
        (
            "أعلن مسؤولان في التحالف أن المعركة ستكون على الحدود.\nوقال مصدر إن القصف استمر.",
            ["sentence", "sentence"],
        ),
        ("التحالف الدولي يكثف هجومه على داعش", ["sentence"]),  # nothing after it: not a headline
        (
            "بيروت\nقصفت الطائرات مواقع التنظيم في ريف حمص الشرقي.",
            ["sentence", "sentence"],
        ),  # dateline
        (
            "الجيش يصد هجوماً واسعاً للمسلحين في ريف اللاذقية الشمالي..\n\nصد الجيش هجوماً.",
            ["headline", "sentence"],
        ),  # an ellipsis ends a headline, not a sentence
    ],
)
def test_headline_detection(markers, raw: str, kinds: list[str]) -> None:
    text = "\n".join(normalize_key(x) for x in raw.split("\n"))
    assert [s.kind for s in segment_text(text, markers)] == kinds


@pytest.mark.parametrize(
    ("raw", "clauses"),
    [
        (
            "شنت طائرات التحالف غارات على مواقع التنظيم في الرقة، وقتل عشرة مدنيين في قصف مدفعي على حلب.",
            [
                "شنت طائرات التحالف غارات على مواقع التنظيم في الرقة،",
                "وقتل عشرة مدنيين في قصف مدفعي على حلب.",
            ],
        ),
        (
            "سيطر الجيش على بلدة مورك في ريف حماة الشمالي فيما انسحب المسلحون نحو خان شيخون.",
            ["سيطر الجيش على بلدة مورك في ريف حماة الشمالي", "فيما انسحب المسلحون نحو خان شيخون."],
        ),
        (
            "قصفت المدفعية أحياء المدينة الشرقية في حين شنت الطائرات غارات على الريف الغربي.",
            ["قصفت المدفعية أحياء المدينة الشرقية", "في حين شنت الطائرات غارات على الريف الغربي."],
        ),
        (
            "استهدف الطيران الروسي مواقع للمعارضة في إدلب ومن جهة أخرى قصفت قوات النظام بلدة كفرنبل.",
            [
                "استهدف الطيران الروسي مواقع للمعارضة في إدلب",
                "ومن جهة أخرى قصفت قوات النظام بلدة كفرنبل.",
            ],
        ),
        (
            "قتل خمسة مدنيين بينما جرح عشرة.",
            ["قتل خمسة مدنيين بينما جرح عشرة."],
        ),  # short: one clause
        (
            "تقدمت القوات العراقية في أحياء الموصل الغربية وفيما يتعلق بالمدنيين نزح الآلاف.",
            ["تقدمت القوات العراقية في أحياء الموصل الغربية", "وفيما يتعلق بالمدنيين نزح الآلاف."],
        ),
    ],
)
def test_clauses(markers, raw: str, clauses: list[str]) -> None:
    text = normalize_key(raw)
    (segment,) = segment_text(text, markers)
    assert [text[a:b] for a, b in segment.clauses] == [normalize_key(c) for c in clauses]


@pytest.mark.parametrize(
    ("raw", "n_clauses"),
    [
        # a root و, not the conjunction: no cut
        (
            "حاول التنظيم الدخول إلى عدة أحياء شرق وجنوب المدينة، وسط حرب شوارع مع المقاتلين الأكراد.",
            1,
        ),
        (
            "تقدمت القوات العراقية نحو الأحياء الغربية للمدينة، وفق ما أعلنت قيادة العمليات المشتركة.",
            1,
        ),
        # ، وال... coordinates a noun or opens a relative clause: no cut
        (
            "قتلت الغارات الروسية عشرات المقاتلين في ريف حمص، والتي استهدفت مقار التنظيم في البادية.",
            1,
        ),
        ("تحدث وزير الخارجية الأمريكي مع نظيره الروسي، والأمين العام للأمم المتحدة عن الهدنة.", 1),
        # ، و + verb, with or without a space after و: a cut
        ("استهدف القصف مواقع التنظيم في محيط المطار العسكري، و تحدث المرصد عن مقتل خمسة عناصر.", 2),
        ("استهدف القصف مواقع التنظيم في محيط المطار العسكري، ووقعت اشتباكات عنيفة في المدينة.", 2),
    ],
)
def test_comma_wa_cuts_only_before_a_new_clause(markers, raw: str, n_clauses: int) -> None:
    text = normalize_key(raw)
    (segment,) = segment_text(text, markers)
    assert len(segment.clauses) == n_clauses


def test_clause_marker_inside_word_is_ignored(markers) -> None:
    text = normalize_key(
        "أعلن المتحدث أن الحاكمين العسكريين في المنطقة الشرقية رفضوا الاتفاق كليا."
    )
    (segment,) = segment_text(text, markers)
    assert len(segment.clauses) == 1


def test_segments_are_ordered_and_inside_text(markers) -> None:
    text = normalize_key("قتل خمسة. وجرح عشرة؟ ثم") + "\n\n" + normalize_key("سطر آخر هنا.")
    segs = segment_text(text, markers)
    ends = [0] + [s.end for s in segs]
    for seg, prev_end in zip(segs, ends, strict=False):
        assert prev_end <= seg.start < seg.end <= len(text)
        for a, b in seg.clauses:
            assert seg.start <= a < b <= seg.end


def test_clause_markers_that_collapse_are_rejected(tmp_path) -> None:
    path = tmp_path / "clauses.yaml"
    path.write_text(
        "kind: clause_markers\nversion: 1\nsource: test\nentries:\n"
        "  - {id: a, marker: إلى ذلك}\n  - {id: b, marker: الى ذلك}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="normalises like another"):
        load_clause_markers(path)


def test_header_end_is_the_second_line_break_after_the_first_text() -> None:
    from conflictlib.segment import header_end

    assert header_end("عنوان\nدمشق (سانا) - نص\nمتن المقال") == len("عنوان\nدمشق (سانا) - نص")
    assert header_end("\n\nعنوان\n\nمتن") == len("\n\nعنوان\n")  # a blank line ends the header
    assert header_end("سطر واحد") == len("سطر واحد")
    assert header_end("ا" * 400 + "\nب") == 300
