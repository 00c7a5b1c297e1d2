"""Merging mentions into events (session 7, helper merge7)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlib.corpus import Document
from conflictlib.extract import Extractor

PUB = dt.date(2023, 5, 7)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def rows(extractor: Extractor, text: str) -> list[tuple]:
    events = extractor.extract(Document("t", text, publication_date=PUB)).events
    return [(e.action, e.actor1, e.location, e.event_date) for e in events]


LEAD = (
    "أفاد مصدر أمني، اليوم الأحد، بإصابة جنديين بانفجار عبوة ناسفة في قضاء طوزخورماتو، "
    "فيما صدت قوة من الشرطة هجوماً لمسلحي داعش في ناحية العظيم.\n"
)


# ---- merging: a lead clause dated only by its report frame's day (session 7)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD + "وقال المصدر إن مسلحي التنظيم هاجموا ليل أمس نقطة للشرطة في ناحية العظيم "
            "واشتبكوا مع عناصرها.",
            [
                ("bombing", "unknown", "Tuz Khurmatu", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-06"),
            ],
            id="fiima-clause-borrows-report-day-joins-body-yesterday",
        ),
        pytest.param(
            "ذكر مصدر في الشرطة، يوم الأحد، أن جنديا أصيب بانفجار لغم في قضاء سنجار، فيما صدت "
            "قوة من الجيش هجوما لعناصر داعش في قضاء مخمور.\nوأوضح المصدر أن عناصر التنظيم "
            "هاجموا مساء أمس موقعا للجيش في قضاء مخمور.",
            [
                ("bombing", "unknown", "Sinjar", "2023-05-07"),
                ("clash", "isis", "Mexmur", "2023-05-06"),
            ],
            id="report-day-weekday-other-verb",
        ),
        # negatives: the rule must not join these
        pytest.param(
            LEAD + "وقال المصدر إن مسلحي التنظيم هاجموا قبل خمسة أيام نقطة للشرطة في ناحية العظيم.",
            [
                ("bombing", "unknown", "Tuz Khurmatu", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-02"),
            ],
            id="neg-body-day-too-far-before-report",
        ),
        pytest.param(
            LEAD + "وقال المصدر إن مسلحي التنظيم هاجموا ليل أمس نقطة للجيش في قضاء خانقين.",
            [
                ("bombing", "unknown", "Tuz Khurmatu", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-07"),
                ("clash", "isis", "Khanaqin", "2023-05-06"),
            ],
            id="neg-body-attack-at-another-town",
        ),
        pytest.param(
            "صدت قوة من الشرطة اليوم هجوماً لمسلحي داعش في ناحية العظيم.\n"
            "وكان مسلحو التنظيم قد هاجموا أمس نقطة للشرطة في ناحية العظيم.",
            [
                ("clash", "iraqi_security_forces", "Al-Udhaim", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-06"),
            ],
            id="neg-clause-with-its-own-today",
        ),
        pytest.param(
            LEAD + "وقال المصدر إن عبوة ناسفة انفجرت مساء أمس بسيارة مدنية في ناحية العظيم.",
            [
                ("bombing", "unknown", "Tuz Khurmatu", "2023-05-07"),
                ("clash", "isis", "Al-Udhaim", "2023-05-07"),
                ("bombing", "unknown", "Al-Udhaim", "2023-05-06"),
            ],
            id="neg-other-action-at-the-clause-town",
        ),
    ],
)
def test_report_day_shared_by_lead_clause(extractor: Extractor, text: str, expected: list) -> None:
    assert rows(extractor, text) == expected


def rows_counted(extractor: Extractor, text: str) -> list[tuple]:
    events = extractor.extract(Document("t", text, publication_date=PUB)).events
    return [(e.action, e.location, e.fatalities, e.injured) for e in events]


# ---- merging: a later sentence that only locates the act told at a governorate's seat (session
# 16, helper hH5): «في إدلب … وقع الهجوم الجوي قرب بلدة بليون» is one event at the town
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "مقتل 33 جنديًا تركيًا بهجوم جوي للنظام السوري في إدلب\n"
            "أعلن الوالي استشهاد 33 جنديًا تركيًا وإصابة 32 آخرين، في هجوم جوي نفذته قوات النظام "
            "السوري على وحدات الجيش التركي بإدلب، مساء الخميس.\n"
            "وبحسب مصادر ميدانية، وقع الهجوم الجوي قرب بلدة بليون في جبل الزاوية جنوبي إدلب.",
            [("airstrike", "Balyun", 33, 32)],
            id="anadolu-attack-located-near-a-town-of-the-seat",
        ),
        pytest.param(
            "قصف على دير الزور\n"
            "قتل خمسة مدنيين بقصف مدفعي لقوات النظام على دير الزور أمس.\n"
            "وكان القصف قد استهدف بلدة الصالحية في ريف دير الزور.",
            [("shelling", "Al Salhiyyah", 5, None)],
            id="kana-the-shelling-had-targeted-a-town",
        ),
        pytest.param(
            "غارات للتحالف على الرقة\n"
            "شنت طائرات التحالف الدولي غارات على الرقة مساء أمس، ما أدى إلى مقتل 14 عنصرا من داعش.\n"
            "واستهدف القصف مقرات للتنظيم في مدينة الطبقة.",
            [("airstrike", "Al-Tabqa", 14, None)],
            id="the-bombing-targeted-headquarters-in-a-town",
        ),
        # negatives: the city named as such, an indefinite second strike
        pytest.param(
            "غارات للتحالف على مدينة الرقة\n"
            "شنت طائرات التحالف الدولي غارات على مدينة الرقة مساء أمس، ما أدى إلى مقتل 14 عنصرا "
            "من داعش.\nواستهدف القصف مقرات للتنظيم في مدينة الطبقة.",
            [("airstrike", "Ar Raqqah", 14, None), ("airstrike", "Al-Tabqa", None, None)],
            id="the-city-itself-named-stays-apart",
        ),
        pytest.param(
            "غارة على إدلب\nقتل ثلاثة مدنيين بغارة جوية على إدلب اليوم.\n"
            "وفي سياق متصل، قتل طفلان بغارة أخرى على بلدة سرمين.",
            [("airstrike", "Idlib", 3, None), ("airstrike", "Sarmin", 2, None)],
            id="another-strike-on-a-town-stays-apart",
        ),
    ],
)
def test_a_definite_act_located_at_a_town_refines_the_seat(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert rows_counted(extractor, text) == expected


# ---- merging: a sentence opened as a separate story (وفي سياق منفصل، وفي حادث آخر) joins no
# event the body told before it; a headline's summary may still be it (session 16, helper hH5)
ZAKHO = (
    "9 سياح قتلى و23 جريحاً بقصف تركي على منتجع برخ في زاخو\n"
    "قُتل تسعة سياح عراقيين، وأصيب 23 آخرون، يوم الأربعاء، في قصف مدفعي استهدف منتجع برخ "
    "السياحي في ناحية دركار التابعة لقضاء زاخو بمحافظة دهوك، وسط اتهامات للجيش التركي بالوقوف "
    "وراءه.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ZAKHO + "وفي سياق منفصل، أفاد مصدر محلي بأن طائرات حربية تركية قصفت ليل أمس مناطق "
            "جبلية قرب قرية كاني ماسي.",
            [("shelling", "Zaxo", 9, 23), ("airstrike", "Kani Masi", None, None)],
            id="kurdistan24-in-a-separate-context-keeps-the-headline-s-wounded",
        ),
        pytest.param(
            "قصف على ريف إدلب\n"
            "قتل خمسة مدنيين بقصف صاروخي لقوات النظام على مدينة معرة النعمان اليوم.\n"
            "وفي سياق منفصل، قصفت قوات النظام بلدة كفرنبل بقذائف المدفعية، ما أدى إلى إصابة "
            "ثلاثة مدنيين.",
            [("shelling", "Ma'arrat an Nu'man", 5, None), ("shelling", "Kafranbel", None, 3)],
            id="separate-context-shelling-of-another-town",
        ),
        # negatives: a related context joins; a headline summary is joined by the other incident
        pytest.param(
            "قصف على ريف إدلب\n"
            "قتل خمسة مدنيين بقصف صاروخي لقوات النظام على مدينة معرة النعمان اليوم.\n"
            "وفي سياق متصل، قتل طفل في القصف على معرة النعمان.",
            [("shelling", "Ma'arrat an Nu'man", 5, None)],
            id="related-context-still-joins",
        ),
    ],
)
def test_a_separate_story_joins_no_event_told_before(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert rows_counted(extractor, text) == expected


# ---- an official named by the place he governs (والي هاتاي) places no event (session 16, hH5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "مقتل 33 جندياً تركياً بغارة في إدلب\n"
            "قتل 33 جندياً تركياً بغارة جوية لقوات النظام على بلدة بليون في جبل الزاوية.\n"
            "وحمّل والي هاتاي قوات النظام المسؤولية عن الغارة.",
            [("airstrike", "Balyun", 33, None)],
            id="the-governor-of-hatay-blames-the-regime-for-the-strike",
        ),
        pytest.param(
            "قُتل 22 جندياً تركياً، مساء أمس الخميس، بغارة جوية استهدفت تجمعاً لهم في بلدة "
            "بليون بجبل الزاوية جنوبي إدلب، في أكبر خسارة للجيش التركي منذ بدء تدخله في سوريا. "
            "وحمّل والي هاتاي رحمي دوغان قوات النظام المسؤولية عن الغارة، قبل أن يعلن فجر اليوم "
            "ارتفاع عدد القتلى إلى 33 جندياً، وإصابة 32 آخرين.",
            [("airstrike", "Balyun", 33, 32)],
            id="step-the-biggest-loss-of-the-turkish-army-is-the-side-struck",
        ),
        pytest.param(  # negative: the town told after the act is still its place
            "قتل خمسة عناصر من الشرطة بهجوم لداعش على حاجز في قضاء سنجار، بحسب قائممقام سنجار.",
            [("clash", "Sinjar", 5, None)],
            id="the-act-s-own-town-stays",
        ),
    ],
)
def test_an_official_s_seat_places_no_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert rows_counted(extractor, text) == expected
