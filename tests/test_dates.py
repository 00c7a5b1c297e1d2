"""Tests for conflictlib.dates: Arabic date expressions resolved against a pinned anchor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictlib.dates import (
    DATE_SCHEMA,
    DateLexicon,
    find_dates,
    load_date_lexicon,
    load_month_forms,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    shift_date,
)
from conflictlib.errors import LexiconError
from conflictlib.normalize import normalize_key

REPO = Path(__file__).resolve().parents[1]
D = dt.date
WED = D(2014, 11, 12)  # a Wednesday: the anchor of most cases
SUN = D(2014, 11, 9)  # a Sunday


@pytest.fixture(scope="module")
def lex() -> DateLexicon:
    return load_date_lexicon()


def dates_in(text: str, anchor: dt.date, lex: DateLexicon) -> list[tuple]:
    """(date, precision, kind) of every date expression in the normalised text."""
    return [(m.date, m.precision, m.kind) for m in find_dates(normalize_key(text), anchor, lex)]


RELATIVE_CASES = [
    pytest.param("اليوم", WED, D(2014, 11, 12), id="today"),
    pytest.param("صباح اليوم", WED, D(2014, 11, 12), id="this-morning"),
    pytest.param("فجر اليوم", WED, D(2014, 11, 12), id="dawn-today"),
    pytest.param("منذ الصباح", WED, D(2014, 11, 12), id="since-the-morning"),
    pytest.param("هذا الصباح", WED, D(2014, 11, 12), id="this-morning-demonstrative"),
    pytest.param("قبل قليل", WED, D(2014, 11, 12), id="a-little-while-ago"),
    pytest.param("قبل ساعات", WED, D(2014, 11, 12), id="hours-ago"),
    pytest.param("قبل ساعة", WED, D(2014, 11, 12), id="an-hour-ago"),
    pytest.param("قبل ساعات قليلة", WED, D(2014, 11, 12), id="a-few-hours-ago"),
    pytest.param("أمس", WED, D(2014, 11, 11), id="yesterday"),
    pytest.param("مساء أمس", WED, D(2014, 11, 11), id="yesterday-evening"),
    pytest.param("ليل أمس", WED, D(2014, 11, 11), id="last-night"),
    pytest.param("بعد ظهر أمس", WED, D(2014, 11, 11), id="yesterday-afternoon"),
    pytest.param("يوم أمس", WED, D(2014, 11, 11), id="yesterday-with-yawm"),
    pytest.param("ليلة أمس", WED, D(2014, 11, 11), id="yesterday-night"),
    pytest.param("البارحة", WED, D(2014, 11, 11), id="al-bariha"),
    pytest.param("بالأمس", WED, D(2014, 11, 11), id="bil-ams"),
    pytest.param("وأمس", WED, D(2014, 11, 11), id="waw-ams"),
    pytest.param("أول من أمس", WED, D(2014, 11, 10), id="day-before-yesterday"),
    pytest.param("ليل أول من أمس", WED, D(2014, 11, 10), id="night-day-before-yesterday"),
    pytest.param("ليلة أول من أمس", WED, D(2014, 11, 10), id="night2-day-before-yesterday"),
    pytest.param("في وقت متأخر ليل أول من أمس", WED, D(2014, 11, 10), id="late-night"),
    pytest.param("أول أمس", WED, D(2014, 11, 10), id="awwal-ams"),
    pytest.param("أمس الأول", WED, D(2014, 11, 10), id="ams-al-awwal"),
    pytest.param("أمس الثلاثاء", WED, D(2014, 11, 11), id="yesterday-with-weekday"),
    pytest.param("قبل يومين", WED, D(2014, 11, 10), id="two-days-ago"),
    pytest.param("قبل ثلاثة أيام", WED, D(2014, 11, 9), id="three-days-ago"),
    pytest.param("قبل 5 أيام", WED, D(2014, 11, 7), id="five-days-ago-digits"),
    pytest.param("قبل يوم", WED, D(2014, 11, 11), id="a-day-ago"),
    pytest.param("الليلة قبل الماضية", WED, D(2014, 11, 10), id="the-night-before-last"),
]

WEEKDAY_CASES = [
    pytest.param("يوم الأحد", WED, D(2014, 11, 9), id="sunday"),
    pytest.param("الاثنين", WED, D(2014, 11, 10), id="monday"),
    pytest.param("الإثنين", WED, D(2014, 11, 10), id="monday-hamza"),
    pytest.param("الثلاثاء", WED, D(2014, 11, 11), id="tuesday"),
    pytest.param("الأربعاء", WED, D(2014, 11, 12), id="same-weekday-is-anchor"),
    pytest.param("الخميس", WED, D(2014, 11, 6), id="thursday-last-week"),
    pytest.param("يوم الجمعة", WED, D(2014, 11, 7), id="friday"),
    pytest.param("السبت", WED, D(2014, 11, 8), id="saturday"),
    pytest.param("الجمعة الماضية", WED, D(2014, 11, 7), id="last-friday"),
    pytest.param("الأربعاء الماضي", WED, D(2014, 11, 5), id="past-same-weekday-is-a-week-back"),
    pytest.param("الأحد المقبل", WED, D(2014, 11, 16), id="next-sunday"),
    pytest.param("مساء الجمعة", WED, D(2014, 11, 7), id="friday-evening"),
    pytest.param("فجر السبت", WED, D(2014, 11, 8), id="saturday-dawn"),
    pytest.param("ليلة السبت – الأحد", WED, D(2014, 11, 8), id="night-saturday-to-sunday"),
    pytest.param("ليل الجمعة/السبت", WED, D(2014, 11, 7), id="night-friday-slash-saturday"),
    pytest.param("ليلة الخميس على الجمعة", WED, D(2014, 11, 6), id="night-thursday-ala-friday"),
    pytest.param("ليل الأحد إلى الاثنين", WED, D(2014, 11, 9), id="night-sunday-ila-monday"),
    pytest.param(
        "بعد منتصف ليل السبت – الأحد", WED, D(2014, 11, 9), id="after-midnight-of-a-night-pair"
    ),
    pytest.param(
        "بعد منتصف ليلة الثلاثاء الأربعاء", WED, D(2014, 11, 12), id="after-midnight-into-today"
    ),
    pytest.param("بعد منتصف ليل الأحد", WED, D(2014, 11, 9), id="after-midnight-of-one-day"),
    pytest.param(
        "بعد منتصف ليل الأربعاء – الخميس", WED, D(2014, 11, 12), id="after-midnight-no-future"
    ),
    pytest.param("عشية السبت", WED, D(2014, 11, 7), id="eve-of-saturday-is-friday"),
    pytest.param("عشية يوم الجمعة", WED, D(2014, 11, 6), id="eve-of-friday-is-thursday"),
    pytest.param("عشية الأول من تشرين الثاني", WED, D(2014, 10, 31), id="eve-of-a-date"),
    pytest.param("يوم الأحد", SUN, D(2014, 11, 9), id="sunday-on-a-sunday"),
    pytest.param("السبت", SUN, D(2014, 11, 8), id="saturday-from-sunday"),
    pytest.param("الأحد قبل الماضي", WED, D(2014, 11, 2), id="sunday-before-last"),
    pytest.param("يوم الجمعة قبل الماضية", WED, D(2014, 10, 31), id="friday-before-last"),
    pytest.param("الأربعاء قبل الماضي", WED, D(2014, 10, 29), id="same-weekday-before-last"),
]

EXPLICIT_CASES = [
    pytest.param("16 سبتمبر", WED, D(2014, 9, 16), id="gregorian-name"),
    pytest.param("16 أيلول", WED, D(2014, 9, 16), id="syriac-name"),
    pytest.param("16 أيلول/سبتمبر", WED, D(2014, 9, 16), id="both-series"),
    pytest.param("16 سبتمبر (أيلول)", WED, D(2014, 9, 16), id="both-series-brackets"),
    pytest.param("16 سبتمبر 2014", WED, D(2014, 9, 16), id="with-year"),
    pytest.param("16 سبتمبر 2013", WED, D(2013, 9, 16), id="explicit-earlier-year"),
    pytest.param("في 16 من سبتمبر الماضي", WED, D(2014, 9, 16), id="min-and-madi"),
    pytest.param("25 ديسمبر", D(2015, 1, 3), D(2014, 12, 25), id="year-boundary"),
    pytest.param("25 كانون الأول", D(2015, 1, 3), D(2014, 12, 25), id="year-boundary-syriac"),
    pytest.param("12 نوفمبر", WED, D(2014, 11, 12), id="anchor-day-itself"),
    pytest.param("12 نوفمبر الماضي", WED, D(2013, 11, 12), id="madi-strictly-before"),
    pytest.param("20 نوفمبر المقبل", WED, D(2014, 11, 20), id="next"),
    pytest.param("5 يناير المقبل", WED, D(2015, 1, 5), id="next-across-year"),
    pytest.param("1 كانون الثاني 2015", WED, D(2015, 1, 1), id="january-syriac-with-year"),
    pytest.param("3 تشرين الأول", WED, D(2014, 10, 3), id="october-syriac"),
    pytest.param("3 تشرين أول", WED, D(2014, 10, 3), id="october-syriac-no-article"),
    pytest.param("9 تشرين ثاني", WED, D(2014, 11, 9), id="november-syriac-no-article"),
    pytest.param("25 كانون أول", D(2015, 1, 3), D(2014, 12, 25), id="december-syriac-no-article"),
    pytest.param("2 كانون ثاني 2015", WED, D(2015, 1, 2), id="january-syriac-no-article"),
    pytest.param("29 شباط", WED, D(2012, 2, 29), id="leap-day-latest-leap-year"),
    pytest.param("16/9/2014", WED, D(2014, 9, 16), id="numeric-dmy"),
    pytest.param("2014-09-16", WED, D(2014, 9, 16), id="numeric-iso"),
    pytest.param("يوم 10-11", WED, D(2014, 11, 10), id="numeric-day-month-after-yawm"),
    pytest.param("بتاريخ 3/11", WED, D(2014, 11, 3), id="numeric-day-month-after-bitarikh"),
    pytest.param("الموافق 20-12", WED, D(2013, 12, 20), id="numeric-day-month-latest-before"),
    pytest.param("يوم ١٠-١١", WED, D(2014, 11, 10), id="numeric-day-month-arabic-digits"),
    pytest.param("في 5 الجاري", WED, D(2014, 11, 5), id="day-of-the-current-month"),
    pytest.param("في 20 الماضي", WED, D(2014, 10, 20), id="day-of-last-month"),
    pytest.param("في 3 من الشهر الجاري", WED, D(2014, 11, 3), id="day-of-this-month-spelt-out"),
    pytest.param("الخامس من الشهر الماضي", WED, D(2014, 10, 5), id="ordinal-day-of-last-month"),
    pytest.param("في 15 الشهر الماضي", WED, D(2014, 10, 15), id="day-of-al-shahr-al-madi"),
    pytest.param("يوم 3 الشهر الجاري", WED, D(2014, 11, 3), id="day-of-al-shahr-al-jari"),
    pytest.param("في 5 أيار من العام الماضي", WED, D(2013, 5, 5), id="day-month-of-last-year"),
    pytest.param(
        "في 20 تشرين الثاني من العام الماضي", WED, D(2013, 11, 20), id="of-last-year-not-latest"
    ),
    pytest.param("الخامس من آب من عام 2012", WED, D(2012, 8, 5), id="day-month-of-year-n"),
    pytest.param("في 3 آذار من العام الجاري", WED, D(2014, 3, 3), id="day-month-of-this-year"),
    pytest.param("في اليوم الأول من أيار", WED, D(2014, 5, 1), id="al-yawm-al-awwal-min-month"),
    pytest.param("الأول من أكتوبر", WED, D(2014, 10, 1), id="ordinal-day"),
    pytest.param("في الحادي والعشرين من أيلول", WED, D(2014, 9, 21), id="ordinal-compound-day"),
    pytest.param("العاشر من تشرين الثاني الماضي", WED, D(2014, 11, 10), id="ordinal-day-madi"),
    pytest.param("16 سبتمبر، 2014", WED, D(2014, 9, 16), id="year-after-comma"),
    pytest.param("الجمعة 16 سبتمبر", WED, D(2014, 9, 16), id="weekday-then-date"),
    pytest.param("يوم الثلاثاء الموافق 16 سبتمبر", WED, D(2014, 9, 16), id="weekday-muwafiq-date"),
]

MONTH_CASES = [
    pytest.param("في أكتوبر الماضي", WED, D(2014, 10, 1), "month", id="october-last"),
    pytest.param("شهر آب", WED, D(2014, 8, 1), "month", id="shahr-aab"),
    pytest.param("آب 2013", WED, D(2013, 8, 1), "month", id="aab-with-year"),
    pytest.param(
        "تشرين الثاني الماضي", WED, D(2013, 11, 1), "month", id="same-month-madi-is-last-year"
    ),
    pytest.param("ديسمبر المقبل", WED, D(2014, 12, 1), "month", id="december-next"),
    pytest.param("أواخر أيلول الماضي", WED, D(2014, 9, 1), "month", id="late-september"),
    pytest.param("مطلع شهر أكتوبر", WED, D(2014, 10, 1), "month", id="early-october"),
    pytest.param("منتصف آب", WED, D(2014, 8, 1), "month", id="mid-august"),
    pytest.param("عام 2014", WED, D(2014, 1, 1), "year", id="year"),
    pytest.param("في العام 2013", WED, D(2013, 1, 1), "year", id="the-year"),
    pytest.param("لعام 2012", WED, D(2012, 1, 1), "year", id="year-with-clitic"),
    pytest.param("الأسبوع الماضي", WED, D(2014, 11, 5), "week", id="last-week"),
    pytest.param("هذا الأسبوع", WED, D(2014, 11, 12), "week", id="this-week"),
    pytest.param("الشهر الماضي", WED, D(2014, 10, 1), "month", id="last-month"),
    pytest.param("الشهر الجاري", WED, D(2014, 11, 1), "month", id="this-month"),
    pytest.param("العام الماضي", WED, D(2013, 1, 1), "year", id="last-year"),
    pytest.param("قبل أسبوع", WED, D(2014, 11, 5), "week", id="a-week-ago"),
    pytest.param("قبل شهرين", WED, D(2014, 9, 1), "month", id="two-months-ago"),
    pytest.param(
        "في كانون الأول من العام الماضي", WED, D(2013, 12, 1), "month", id="month-of-last-year"
    ),
    pytest.param(
        "في تشرين الثاني/نوفمبر من العام الماضي",
        WED,
        D(2013, 11, 1),
        "month",
        id="both-series-of-last-year",
    ),
    pytest.param("في أيار من العام 2012", WED, D(2012, 5, 1), "month", id="month-of-the-year-n"),
    pytest.param("أواخر آذار من هذا العام", WED, D(2014, 3, 1), "month", id="month-of-this-year"),
    pytest.param("الأسبوع قبل الماضي", WED, D(2014, 10, 29), "week", id="week-before-last"),
    pytest.param("العام قبل الماضي", WED, D(2012, 1, 1), "year", id="year-before-last"),
    pytest.param(
        "في النصف الثاني من الشهر الماضي", WED, D(2014, 10, 1), "month", id="second-half-of-a-month"
    ),
]

KIND_CASES = [
    pytest.param("منذ 16 سبتمبر", [(D(2014, 9, 16), "since")], id="since-date"),
    pytest.param("حتى مساء أمس", [(D(2014, 11, 11), "until")], id="until-yesterday-evening"),
    pytest.param("حتى اليوم", [(D(2014, 11, 12), "until")], id="until-today"),
    pytest.param("منذ يومين", [(D(2014, 11, 10), "since")], id="since-two-days"),
    pytest.param("اعتبارا من الأحد", [(D(2014, 11, 9), "since")], id="as-of-sunday"),
    pytest.param(
        "بين تاريخ بدء الهجوم ومساء أول من أمس",
        [(D(2014, 11, 10), "until")],
        id="between-start-and-evening",
    ),
    pytest.param(
        "بين 16 سبتمبر و10 نوفمبر",
        [(D(2014, 9, 16), "since"), (D(2014, 11, 10), "until")],
        id="between-two-dates",
    ),
    pytest.param(
        "قتلوا بين الأحد وأمس",
        [(D(2014, 11, 9), "since"), (D(2014, 11, 11), "until")],
        id="between-relative",
    ),
    pytest.param(
        "يومي 15 و16 أيلول",
        [(D(2014, 9, 15), "point"), (D(2014, 9, 16), "point")],
        id="two-days-one-month",
    ),
    pytest.param(
        "بين 15 و20 أيلول", [(D(2014, 9, 15), "since"), (D(2014, 9, 20), "until")], id="day-range"
    ),
    pytest.param(
        "15-16 أيلول", [(D(2014, 9, 15), "point"), (D(2014, 9, 16), "point")], id="hyphen-range"
    ),
    pytest.param(
        "يومي الخميس والجمعة",
        [(D(2014, 11, 6), "point"), (D(2014, 11, 7), "point")],
        id="two-weekdays",
    ),
    pytest.param(
        "ليل الجمعة – السبت", [(D(2014, 11, 7), "point")], id="night-of-two-weekdays-is-one-date"
    ),
    pytest.param(
        "ليلة الجمعة والأحد",
        [(D(2014, 11, 7), "point"), (D(2014, 11, 9), "point")],
        id="night-and-a-day-that-does-not-follow",
    ),
    pytest.param("منذ عام 2011", [(D(2011, 1, 1), "since")], id="since-year"),
    pytest.param("منذ 2011", [(D(2011, 1, 1), "since")], id="since-bare-year"),
    pytest.param("خلال الساعات الـ24 الماضية", [(D(2014, 11, 11), "since")], id="last-24-hours"),
    pytest.param("خلال الأيام الثلاثة الماضية", [(D(2014, 11, 9), "since")], id="last-three-days"),
    pytest.param("في اليومين الماضيين", [(D(2014, 11, 10), "since")], id="last-two-days-dual"),
    pytest.param(
        "خلال الأسابيع الثلاثة الأخيرة", [(D(2014, 10, 22), "since")], id="last-three-weeks"
    ),
    pytest.param("قبل ساعتين", [(D(2014, 11, 12), "point")], id="two-hours-ago-is-today"),
    pytest.param("خلال الأيام الماضية", [], id="last-days-without-a-number"),
    pytest.param(
        "الفترة الممتدة من 10 تشرين الأول وحتى اليوم",
        [(D(2014, 10, 10), "since"), (D(2014, 11, 12), "until")],
        id="from-until",
    ),
    pytest.param(
        "من الأحد إلى الثلاثاء",
        [(D(2014, 11, 9), "since"), (D(2014, 11, 11), "until")],
        id="from-to-weekdays",
    ),
    pytest.param(
        "قتل 3 من الأحد. وحتى اليوم",
        [(D(2014, 11, 9), "point"), (D(2014, 11, 12), "until")],
        id="from-across-sentences",
    ),
    pytest.param(
        "قتل أمس. وأمس الأول",
        [(D(2014, 11, 11), "point"), (D(2014, 11, 10), "point")],
        id="waw-without-bayna",
    ),
]

NOT_A_DATE_CASES = [
    pytest.param("في الجمعة ذاتها", id="weekday-of-the-story"),
    pytest.param("عشية الانتخابات", id="eve-of-an-event-is-no-day"),
    pytest.param("مارس ضغوطا على الحكومة", id="maras-verb"),
    pytest.param("مارس", id="bare-month-name"),
    pytest.param("أب لثلاثة أطفال", id="father-not-august"),
    pytest.param("30 فبراير", id="impossible-day"),
    pytest.param("قبل أيام", id="unknown-number-of-days"),
    pytest.param("في اليوم الثالث للمعارك", id="third-day-of-the-fighting"),
    pytest.param("لليوم الثاني على التوالي", id="second-day-running"),
    pytest.param("في اليوم الـ15 من الحصار", id="fifteenth-day-of-the-siege"),
    pytest.param("في الأسبوع الأول من أيار", id="first-week-of-may-is-no-first-of-may"),
    pytest.param("في العشر الأول من نيسان", id="first-ten-days-of-april"),
    pytest.param("مساء", id="bare-part-of-day"),
    pytest.param("في الأول", id="bare-ordinal"),
    pytest.param("قتل 5 المقبل", id="day-of-next-month-is-not-read"),
    pytest.param("في القرن العشرين", id="twentieth-century"),
    pytest.param("الطابق الثاني من المبنى", id="ordinal-not-before-a-month"),
    pytest.param("قتل 2014 شخصا", id="four-digit-count-is-not-a-year"),
    pytest.param("أحد منازل المدنيين", id="ahad-is-not-sunday"),
    pytest.param("سقطت 3-4 قذائف", id="a-range-of-numbers-is-no-day-month"),
    pytest.param("وصلت التعزيزات قبل ساعات من بدء الهجوم", id="hours-before-another-event"),
    pytest.param("انسحبوا قبل قليل من وصول القوات", id="a-while-before-another-event"),
    pytest.param("في 10-11 موقعا", id="day-month-needs-a-day-word-before-it"),
    pytest.param("يوم 40-3", id="no-day-forty"),
    pytest.param("يوم 10-13", id="no-month-thirteen"),
]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"), RELATIVE_CASES + WEEKDAY_CASES + EXPLICIT_CASES
)
def test_day_expressions(text: str, anchor: dt.date, expected: dt.date, lex: DateLexicon) -> None:
    assert dates_in(text, anchor, lex) == [(expected, "day", "point")]


@pytest.mark.parametrize(("text", "anchor", "expected", "precision"), MONTH_CASES)
def test_coarser_expressions(
    text: str, anchor: dt.date, expected: dt.date, precision: str, lex: DateLexicon
) -> None:
    assert dates_in(text, anchor, lex) == [(expected, precision, "point")]


@pytest.mark.parametrize(("text", "expected"), KIND_CASES)
def test_period_markers(text: str, expected: list[tuple], lex: DateLexicon) -> None:
    assert [(date, kind) for date, _, kind in dates_in(text, WED, lex)] == expected


@pytest.mark.parametrize("text", NOT_A_DATE_CASES)
def test_not_a_date(text: str, lex: DateLexicon) -> None:
    assert dates_in(text, WED, lex) == []


@pytest.mark.parametrize(
    ("text", "offset", "part"),
    [
        pytest.param("مساء أمس", -1, "evening", id="evening"),
        pytest.param("ليل أول من أمس", -2, "night", id="night"),
        pytest.param("فجر اليوم", 0, "dawn", id="dawn"),
        pytest.param("بعد ظهر أمس", -1, "afternoon", id="afternoon"),
        pytest.param("أمس", -1, None, id="no-part"),
        pytest.param("الأسبوع الماضي", -7, None, id="week-offset"),
    ],
)
def test_offsets_and_parts_of_day(
    text: str, offset: int, part: str | None, lex: DateLexicon
) -> None:
    match = find_dates(normalize_key(text), WED, lex)[0]
    assert (match.offset_days, match.part_of_day) == (offset, part)


def test_month_precision_has_no_day_offset(lex: DateLexicon) -> None:
    assert find_dates(normalize_key("في أكتوبر الماضي"), WED, lex)[0].offset_days is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        pytest.param("قتل ومساء أمس", "مساء أمس", id="waw-outside-span"),
        pytest.param("منذ 16 سبتمبر الماضي", "منذ 16 سبتمبر الماضي", id="marker-inside-span"),
        pytest.param("وقع يوم أمس الأحد", "يوم أمس الأحد", id="weekday-apposition-inside"),
    ],
)
def test_spans_point_into_normalised_text(text: str, surface: str, lex: DateLexicon) -> None:
    norm = normalize_key(text)
    match = find_dates(norm, WED, lex)[0]
    assert match.surface == norm[match.start : match.end] == normalize_key(surface)


def test_seed_toll_period(lex: DateLexicon) -> None:
    """Seed 001 (published 2014-11-12): the toll runs from 16 September to the evening of -2."""
    text = normalize_key(
        "منذ بدء هجوم هذا التنظيم على المدينة في 16 سبتمبر الماضي. "
        "وأشار إلى أن 1013 شخصا قتلوا بين تاريخ بدء الهجوم ومساء أول من أمس"
    )
    found = [(m.date, m.kind, m.offset_days) for m in find_dates(text, WED, lex)]
    assert found == [(D(2014, 9, 16), "point", -57), (D(2014, 11, 10), "until", -2)]


# --- resolution helpers ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("weekday", "anchor", "direction", "expected"),
    [
        pytest.param(6, SUN, 0, SUN, id="same-day"),
        pytest.param(6, SUN, -1, D(2014, 11, 2), id="same-day-past"),
        pytest.param(6, SUN, 1, D(2014, 11, 16), id="same-day-next"),
        pytest.param(0, SUN, 0, D(2014, 11, 3), id="monday-before-sunday"),
        pytest.param(0, SUN, 1, D(2014, 11, 10), id="monday-after-sunday"),
    ],
)
def test_resolve_weekday(weekday: int, anchor: dt.date, direction: int, expected: dt.date) -> None:
    assert resolve_weekday(weekday, anchor, direction) == expected


@pytest.mark.parametrize(
    ("day", "month", "anchor", "year", "qualifier", "expected"),
    [
        pytest.param(25, 12, D(2015, 1, 3), None, None, D(2014, 12, 25), id="back-a-year"),
        pytest.param(3, 1, D(2015, 1, 3), None, -1, D(2014, 1, 3), id="madi-same-day"),
        pytest.param(3, 1, D(2015, 1, 3), None, 1, D(2016, 1, 3), id="next-same-day"),
        pytest.param(29, 2, D(2015, 6, 1), None, None, D(2012, 2, 29), id="leap-day"),
        pytest.param(31, 4, WED, None, None, None, id="april-31"),
        pytest.param(10, 10, WED, 2010, None, D(2010, 10, 10), id="explicit-year"),
    ],
)
def test_resolve_day_month(
    day: int,
    month: int,
    anchor: dt.date,
    year: int | None,
    qualifier: int | None,
    expected: dt.date | None,
) -> None:
    assert resolve_day_month(day, month, anchor, year, qualifier) == expected


@pytest.mark.parametrize(
    ("month", "qualifier", "expected"),
    [
        pytest.param(11, None, D(2014, 11, 1), id="this-month"),
        pytest.param(12, None, D(2013, 12, 1), id="later-month-is-last-year"),
        pytest.param(11, -1, D(2013, 11, 1), id="madi"),
        pytest.param(11, 1, D(2015, 11, 1), id="next"),
    ],
)
def test_resolve_month(month: int, qualifier: int | None, expected: dt.date) -> None:
    assert resolve_month(month, WED, None, qualifier) == expected


@pytest.mark.parametrize(
    ("unit", "count", "expected"),
    [
        pytest.param("day", -3, D(2014, 11, 9), id="days"),
        pytest.param("week", -1, D(2014, 11, 5), id="week"),
        pytest.param("month", -11, D(2013, 12, 1), id="months-across-year"),
        pytest.param("year", 1, D(2015, 1, 1), id="year"),
    ],
)
def test_shift_date(unit: str, count: int, expected: dt.date) -> None:
    assert shift_date(WED, unit, count) == expected


def test_find_dates_loads_default_lexicon_when_none_given() -> None:
    assert [m.date for m in find_dates(normalize_key("أمس"), WED)] == [D(2014, 11, 11)]


# --- the lexicon file -------------------------------------------------------------------
def write_lexicon(tmp_path: Path, entries: str, kind: str = "dates") -> Path:
    path = tmp_path / "dates.yaml"
    path.write_text(
        f"kind: {kind}\nversion: 1\nsource: test\nentries:\n{entries}", encoding="utf-8"
    )
    return path


def test_package_lexicon_has_both_month_series(lex: DateLexicon) -> None:
    months = [payload for bucket in lex.tables["month"].by_first.values() for _, payload in bucket]
    for series in ("gregorian", "syriac"):
        assert {p["month"] for p in months if p["series"] == series} == set(range(1, 13))
    assert {"id", "category", "forms", "offset", "weekday", "month"} <= set(DATE_SCHEMA)


def test_package_lexicon_has_every_weekday(lex: DateLexicon) -> None:
    weekdays = [
        payload for bucket in lex.tables["weekday"].by_first.values() for _, payload in bucket
    ]
    assert {p["weekday"] for p in weekdays} == set(range(7))


@pytest.mark.parametrize("day", range(1, 32))
def test_every_ordinal_day_reads_back(day: int, lex: DateLexicon) -> None:
    ordinals = {p["day"]: form for form, p in _forms(lex, "ordinal_day")}
    found = find_dates(normalize_key(f"{ordinals[day]} من كانون الثاني 2015"), WED, lex)
    assert [m.date for m in found] == [D(2015, 1, day)]


def _forms(lex: DateLexicon, category: str) -> list[tuple[str, dict]]:
    return [
        (" ".join(words), p)
        for bucket in lex.tables[category].by_first.values()
        for words, p in bucket
    ]


def test_month_forms_are_year_cues_for_numbers() -> None:
    forms = load_month_forms()
    assert {normalize_key("سبتمبر"), normalize_key("أيلول"), normalize_key("الثاني")} <= forms


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        pytest.param(
            "  - {id: a, category: relative, offset: -1, forms: [أمس], days: 1}\n",
            "unknown field 'days'",
            id="unknown-key",
        ),
        pytest.param(
            "  - {id: a, category: relative, offset: -1, forms: [أمس]}\n  - {id: b, category: relative, offset: -1, forms: [امس]}\n",
            "collides",
            id="collision",
        ),
        pytest.param(
            "  - {id: a, category: relative, forms: [أمس]}\n", "needs 'offset'", id="missing-offset"
        ),
        pytest.param(
            "  - {id: a, category: month, month: 13, forms: [فوق]}\n", "not in", id="month-13"
        ),
        pytest.param(
            "  - {id: a, category: weekday, weekday: 1, forms: [الثلاثاء], lang: ar}\n",
            "unknown field 'lang'",
            id="unknown-key-2",
        ),
    ],
)
def test_invalid_lexicon_is_rejected(tmp_path: Path, entries: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        load_date_lexicon(write_lexicon(tmp_path, entries))


def test_a_user_lexicon_adds_expressions(tmp_path: Path) -> None:
    entries = (
        "  - {id: yesterday_levantine, category: relative, offset: -1, forms: [مبارح, إمبارح]}\n"
    )
    lex = load_date_lexicon(extra_paths=[write_lexicon(tmp_path, entries)])
    found = [m.date for m in find_dates(normalize_key("مساء مبارح و 16 سبتمبر"), WED, lex)]
    assert found == [D(2014, 11, 11), D(2014, 9, 16)]


def test_a_user_form_that_collides_with_the_package_is_an_error(tmp_path: Path) -> None:
    entries = "  - {id: yesterday_again, category: relative, offset: -1, forms: [الأمس]}\n"
    with pytest.raises(LexiconError, match="collides with .*dates.yaml"):
        load_date_lexicon(extra_paths=[write_lexicon(tmp_path, entries)])


# --- properties ----------------------------------------------------------------------------
ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءةىأإآ0123456789 ,./-()\n")),
    max_size=80,
)
DATE_WORDS = st.lists(
    st.sampled_from(
        [
            "أمس",
            "أول",
            "من",
            "مساء",
            "ليل",
            "يوم",
            "الأحد",
            "الجمعة",
            "16",
            "31",
            "2014",
            "سبتمبر",
            "أيلول",
            "/",
            "الماضي",
            "المقبل",
            "منذ",
            "حتى",
            "بين",
            "و",
            "قبل",
            "يومين",
            "ثلاثة",
            "أيام",
            "الأسبوع",
            "شهر",
            "آب",
            ".",
        ]
    ),
    max_size=12,
).map(" ".join)
ANCHORS = st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31))


FUTURE_RULES = ("relative:tomorrow", "relative:day_after_tomorrow")


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC_TEXT, DATE_WORDS), ANCHORS)
@example(text="آلآحد1آب2000", anchor=D(2000, 1, 1))  # weekday + explicit date after the anchor
def test_find_dates_never_raises_and_spans_are_ordered(
    lex: DateLexicon, text: str, anchor: dt.date
) -> None:
    norm = normalize_key(text)
    last_end = 0
    for m in find_dates(norm, anchor, lex):
        assert 0 <= m.start < m.end <= len(norm)
        assert m.start >= last_end
        assert m.surface == norm[m.start : m.end]
        assert m.precision in ("day", "week", "month", "year", "unknown")
        assert m.kind in ("point", "since", "until")
        future = "+next" in m.rule or m.rule.startswith(FUTURE_RULES)  # غدا، بعد غد
        # a weekday told with an explicit date («الأحد 1 آب 2000») is that date, which may
        # lie after the anchor; only expressions counted from the anchor are bounded by it
        explicit = "explicit_date" in m.rule
        if m.rule.startswith(("relative", "weekday", "ago")) and not future and not explicit:
            assert (
                m.date is not None and m.date <= anchor
            )  # past expressions never run ahead of the anchor
        last_end = m.end


ANAPHOR_CASES = [
    pytest.param("وفي اليوم نفسه قصفت المدفعية القرية", 0, None, id="same-day"),
    pytest.param("انفجرت سيارة في ذات اليوم", 0, None, id="same-day-dhat-first"),
    pytest.param("وسقطت قذائف مساء اليوم ذاته على الحي", 0, "evening", id="evening-of-same-day"),
    pytest.param("وفي الوقت نفسه دارت اشتباكات", 0, None, id="same-time"),
    pytest.param("وقتل خلال ذلك جنديان", 0, None, id="during-that"),
    pytest.param("وتزامن ذلك مع غارات على عربين", 0, None, id="s18-coincided-with-that"),
    pytest.param(
        "وبالتزامن مع ذلك، قصفت المدفعية البلدة", 0, None, id="s18-at-the-same-time-as-that"
    ),
    pytest.param("ثم انسحبوا في اليوم التالي", 1, None, id="next-day"),
    pytest.param("وكان قد وصل في الليلة السابقة", -1, None, id="night-before"),
    pytest.param("وبعد يومين قصفت الطائرات البلدة", 2, None, id="s18-two-days-after"),
    pytest.param("وبعد ثلاثة أيام، انسحبت الفصائل", 3, None, id="s18-three-days-after"),
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بعد يومين من سيطرة القوات على البلدة", id="two-days-after-an-act-named"),
        pytest.param("بعد ثلاثة أيام على الهجوم", id="three-days-after-an-act-named"),
    ],
)
def test_s18_days_after_an_act_named_are_no_anaphor(text: str, lex: DateLexicon) -> None:
    """«بعد يومين من X» counts from X, told right after (extract.events.days_apart)."""
    assert not [m for m in find_dates(normalize_key(text), WED, lex) if m.anaphor is not None]


@pytest.mark.parametrize(("text", "offset", "part"), ANAPHOR_CASES)
def test_anaphoric_days_are_left_to_the_extractor(
    text: str, offset: int, part: str | None, lex: DateLexicon
) -> None:
    """A day told from the event told before has no date here, only its offset from that event."""
    found = find_dates(normalize_key(text), WED, lex)
    assert [(m.date, m.precision, m.anaphor, m.part_of_day) for m in found] == [
        (None, "unknown", offset, part)
    ]


def test_today_is_not_an_anaphor(lex: DateLexicon) -> None:
    (m,) = find_dates(normalize_key("قصفت الطائرات اليوم الحي"), WED, lex)
    assert (m.date, m.anaphor) == (WED, None)


# ---- since this morning's hours (session 4, helperC)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قصف مدفعي على الحي منذ ساعات الصباح", [WED], id="since-the-morning-hours"),
        pytest.param("غارات منذ ساعات الصباح الأولى", [WED], id="since-the-early-morning-hours"),
        pytest.param("معارك منذ ساعات الفجر الأولى", [], id="dawn-hours-of-a-day-told-elsewhere"),
        pytest.param("قتل منذ ساعات خمسة أشخاص", [], id="for-hours-is-no-day"),
    ],
)
def test_since_the_morning_hours_is_today(text: str, expected: list, lex: DateLexicon) -> None:
    found = find_dates(normalize_key(text), WED, lex)
    assert [m.date for m in found if m.date is not None] == expected


# ---- r2dates: a dateline's date is the filing date, not an event's (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "عنوان الخبر هنا\nكركوك 3-5-2019 (أ ف ب) - انفجرت عبوة ناسفة مساء الثلاثاء",
            ["2019-04-30"],
            id="numeric-dateline-is-no-event-date",
        ),
        pytest.param(
            "عنوان الخبر\nدمشق/حلب (سوريا) 12 فبراير شباط (رويترز) - قصفت الطائرات أمس البلدة",
            ["2019-05-02"],
            id="month-dateline-with-two-places",
        ),
        pytest.param(
            "حصاد يوم الأحد 28-4-2019: قتلى في قصف",
            ["2019-04-28"],
            id="neg-headline-day-is-no-dateline",
        ),
        pytest.param(
            "قتل 4 في 28-4-2019 (بحسب الدفاع المدني) بقصف",
            ["2019-04-28"],
            id="neg-a-clause-before-the-date",
        ),
        pytest.param(
            "عنوان\nنص\nنص آخر\nالرقة 1-5-2019 (وكالة) - غارة",
            ["2019-05-01"],
            id="neg-deep-in-the-text",
        ),
        pytest.param(
            "عنوان الخبر\nكركوك 1-5-2019 - انفجرت عبوة",
            ["2019-05-01"],
            id="neg-no-agency-in-brackets",
        ),
        pytest.param(  # blank lines and a byline between the headline and the dateline
            "عنوان الخبر\n\nالعربي الجديد\n\nدرعا – 2 أيار (مايو) 2019 (أ ف ب) - قصفت قوات النظام",
            [],
            id="dateline-after-a-byline-and-blank-lines",
        ),
        pytest.param(
            "عنوان الخبر\n\nدمشق 1-5-2019 (رويترز) - انفجرت عبوة أمس",
            ["2019-05-02"],
            id="dateline-after-a-blank-line",
        ),
        pytest.param(
            "عنوان\n\nنص\n\nنص آخر\n\nالرقة 1-5-2019 (وكالة) - غارة",
            ["2019-05-01"],
            id="neg-deep-in-the-text-with-blank-lines",
        ),
    ],
)
def test_r2dates_dateline_date_is_left_out(text: str, expected: list, lex: DateLexicon) -> None:
    day = dt.date(2019, 5, 3)
    text = "\n".join(normalize_key(line) for line in text.split("\n"))
    found = find_dates(text, day, lex)
    assert [m.date.isoformat() for m in found if m.date is not None] == expected
    kept = find_dates(text, day, lex, datelines=True)
    assert len(kept) >= len(found)


# ---- r2dates: a definite compound number in a span back from the report (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نفذت خلال الساعات الأربع والعشرين الماضية غارات",
            [("recent:24xhour+past", "since")],
            id="the-twenty-four-hours",
        ),
        pytest.param(
            "خلال الساعات الثماني والأربعين الماضية",
            [("recent:48xhour+past", "since")],
            id="the-forty-eight-hours",
        ),
        pytest.param("خلال الساعات الأربع والعشرين", [], id="neg-no-past-qualifier"),
        pytest.param("قتل الأربعة والعشرون شخصا", [], id="neg-a-count-of-people"),
        pytest.param("في الدقائق الأربع الأولى", [], id="neg-minutes-are-no-unit"),
    ],
)
def test_r2dates_definite_compound_span(text: str, expected: list, lex: DateLexicon) -> None:
    found = find_dates(normalize_key(text), WED, lex)
    assert [(m.rule, m.kind) for m in found] == expected


# ---- fix6b: datelines with a doubled month name or a dash before the date (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "عنوان الخبر\nالبصرة 2 أيار (مايو) (الحياة) - انفجرت سيارة مفخخة مساء الأربعاء",
            ["2019-05-01"],
            id="doubled-month-dateline",
        ),
        pytest.param(
            "عنوان الخبر\nالموصل - 2 أيار (مايو) 2019 (أ ف ب) - قصفت الطائرات أمس البلدة",
            ["2019-05-02"],
            id="dash-before-a-doubled-month-dateline-with-year",
        ),
        pytest.param(  # a clause before the date: no dateline
            "سيطر التنظيم في 2 أيار (مايو) 2019 (بحسب مصادر) على البلدة",
            ["2019-05-02"],
            id="neg-clause-before-a-doubled-month",
        ),
        pytest.param(  # a date after بتاريخ opens no dateline
            "وبتاريخ 2 أيار (مايو) 2019 (بحسب المصادر) اقتحم المسلحون البلدة",
            ["2019-05-02"],
            id="neg-on-the-date-of",
        ),
        pytest.param(  # no agency after the doubled month and year
            "عنوان الخبر\nالموصل 2 أيار (مايو) 2019 - انفجرت عبوة",
            ["2019-05-02"],
            id="neg-doubled-month-without-agency",
        ),
    ],
)
def test_fix6b_doubled_month_dateline(text: str, expected: list, lex: DateLexicon) -> None:
    day = dt.date(2019, 5, 3)
    text = "\n".join(normalize_key(line) for line in text.split("\n"))
    found = find_dates(text, day, lex)
    assert [m.date.isoformat() for m in found if m.date is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل القيادي ومرافقيه الاثنين بانفجار عبوة", []),
        ("أسر الجنديين الاثنين قرب الحدود", []),
        ("قصفت الطائرات البلدة يوم الاثنين", [(D(2014, 11, 10), "day", "point")]),
        ("قصفت الطائرات البلدة صباح الاثنين", [(D(2014, 11, 10), "day", "point")]),
        ("قتل مدنيان اثنان في قصف على البلدة الاثنين", [(D(2014, 11, 10), "day", "point")]),
        ("قتل ثلاثة مدنيين خلال اليوم الماضي", [(D(2014, 11, 11), "day", "point")]),
    ],
)
def test_session10_two_is_not_monday(text: str, expected: list, lex: DateLexicon) -> None:
    assert dates_in(text, WED, lex) == expected


# ---- session 11: dates from the probe review (helper hG)


def _events(text: str, pub: dt.date):
    from conflictlib.corpus import Document
    from conflictlib.extract import Extractor

    return Extractor().extract(Document("d", text, publication_date=pub)).events


def test_a_roundup_title_dates_its_items() -> None:
    text = (
        "حصاد يوم الخميس 29 تموز في الشمال السوري\n\n"
        "قصفت قوات النظام بلدة كفرنبل بالمدفعية.\n"
        "وشنت طائرات روسية غارات على بلدة البارة."
    )
    events = _events(text, dt.date(2021, 7, 30))
    assert [str(e.event_date) for e in events] == ["2021-07-29", "2021-07-29"]


def test_a_strike_told_back_takes_the_strike_s_day() -> None:
    text = "قصفت الطائرات التركية ليلة أمس مخيم مخمور. كما طال القصف مواقع في منطقة قنديل."
    events = _events(text, dt.date(2018, 12, 14))
    assert [str(e.event_date) for e in events] == ["2018-12-13", "2018-12-13"]


def test_a_day_on_a_lead_verb_dates_the_acts_after_haith() -> None:
    text = (
        "واصلت قوات النظام اليوم تصعيدها على ريف إدلب الجنوبي، حيث قصفت مدينة خان شيخون بالمدفعية."
    )
    (event,) = _events(text, dt.date(2019, 5, 7))
    assert str(event.event_date) == "2019-05-07"


# ---- session 11: a dated headline or lead that frames the report (helper hJ)

_BODY = (
    "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة البارة.\n"
    "وشنت الطائرات الروسية غارات على محيط بلدة كنصفرة.\n"
    "كما قصفت قوات النظام قرية قسطون بريف حماة."
)


def _dates(text: str, pub: dt.date = dt.date(2021, 7, 30)) -> list[str]:
    return [e.event_date or "" for e in _events(text, pub)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تصعيد على ريفي إدلب وحماة أمس الخميس\n\n" + _BODY,
            ["2021-07-29"] * 3,
            id="headline-over-regions",
        ),
        pytest.param(
            "شهد الشمال السوري أمس الخميس تصعيدا عسكريا من قبل قوات النظام وروسيا.\n" + _BODY,
            ["2021-07-29"] * 3,
            id="lead-over-the-syrian-north",
        ),
        pytest.param(
            "موجة تفجيرات تضرب العراق أمس\n\nانفجرت سيارة مفخخة في حي الشعلة ببغداد، "
            "فيما انفجرت عبوة ناسفة بدورية للشرطة في كركوك.",
            ["2021-07-29"] * 2,
            id="headline-over-a-country",
        ),
        pytest.param(
            "هجمات لداعش في ديالى وكركوك اليوم\n\nهاجم مسلحو داعش نقطة للجيش في قرية المخيسة.\n"
            "كما انفجرت عبوة ناسفة بدورية للشرطة في قضاء الحويجة.",
            ["2021-07-30"] * 3,
            id="headline-a-governorate-and-a-seat",
        ),
        pytest.param(
            "تصعيد على ريف إدلب أمس\n\n" + _BODY,
            ["2021-07-29", "2021-07-29", ""],
            id="neg-item-outside-the-framed-region",
        ),
        pytest.param(
            "تصعيد على ريف إدلب أمس\n\nقتل ثلاثة مدنيين بقصف مدفعي على بلدة البارة.",
            [""],
            id="neg-one-item-is-no-list",
        ),
        pytest.param(
            "قتلى بقصف على البارة أمس\n\nقتل ثلاثة مدنيين بقصف مدفعي على بلدة البارة.\n"
            "وشنت الطائرات الروسية غارات على محيط بلدة كنصفرة.",
            ["2021-07-29", ""],
            id="neg-headline-of-one-town",
        ),
        pytest.param(
            "تصعيد على ريف إدلب أمس\n\nوكانت قوات النظام قد قصفت بلدة البارة.\n"
            "يذكر أن الطائرات الروسية شنت غارات على بلدة كنصفرة.",
            [""],
            id="neg-background",
        ),
        pytest.param(
            "تصعيد على ريف إدلب في 10 تموز\n\n" + _BODY,
            ["", "", ""],
            id="neg-a-day-weeks-back",
        ),
        pytest.param(
            "تصعيد على ريف إدلب أمس\n\nقصفت قوات النظام يوم الثلاثاء بلدة البارة.\n"
            "وشنت الطائرات الروسية غارات على بلدة كنصفرة.\nكما قصفت قوات النظام بلدة احسم.",
            ["2021-07-27", "", ""],
            id="neg-the-body-tells-its-own-day",
        ),
        pytest.param(
            "تحذيرات من تصعيد في إدلب غدا\n\nقصفت الطائرات الروسية بلدة البارة.\n"
            "وقصفت قوات النظام بلدة كنصفرة.",
            ["", ""],
            id="neg-no-day-of-the-past",
        ),
        pytest.param(
            "شهدت بلدة البارة أمس تصعيدا.\nقصفت الطائرات الروسية بلدة كنصفرة.\n"
            "وقصفت قوات النظام بلدة احسم.",
            ["", ""],
            id="neg-lead-of-one-town",
        ),
    ],
)
def test_session11_a_frame_lends_its_day_to_the_list(text: str, expected: list) -> None:
    assert _dates(text) == expected


def test_session11_seats_of_governorates_after_areas_make_a_regional_lead() -> None:
    text = "تعرضت مناطق في إدلب وحلب وحماة أمس الخميس لقصف مدفعي وجوي.\n" + _BODY
    assert _dates(text)[-3:] == ["2021-07-29"] * 3
    text = "قصفت قوات النظام إدلب وحماة أمس.\nوقصفت قوات النظام بلدة البارة."
    assert _dates(text)[-1:] == [""]  # two seats with no plural of areas: towns


# ---- session 11: a capture told within the last hours is dated to the report (helper hJ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام خلال الساعات الماضية على قرية معرشمشة.",
            ["2021-07-30"],
            id="capture-last-hours",
        ),
        pytest.param(
            "انسحب مسلحو التنظيم خلال الساعات القليلة الماضية من قرية تلمنس.",
            ["2021-07-30"],
            id="withdrawal-last-hours",
        ),
        pytest.param(
            "أعلنت وزارة الدفاع أمس أن قواتها سيطرت خلال الساعات الـ24 الماضية على قرية تلمنس.",
            ["2021-07-29"],
            id="the-day-the-statement-was-made",
        ),
        pytest.param(
            "وأضاف المراسل أن الجيش بسط سيطرته، خلال الساعات الماضية، على قرية معرشمشة، "
            "لافتا إلى أن سلاح الجو نفذ غارات مكثفة على محيط بلدة معرشورين.",
            ["2021-07-30", ""],
            id="neg-the-strikes-of-the-same-sentence",
        ),
        pytest.param(
            "نفذت الطائرات الروسية خلال الـ24 ساعة الماضية 41 طلعة قتالية في منطقة تدمر.",
            [""],
            id="neg-a-count-of-strikes",
        ),
        pytest.param(
            "قتل خمسة مدنيين خلال الساعات الماضية بقصف على بلدة البارة.",
            [""],
            id="neg-shelling",
        ),
        pytest.param(
            "سيطرت قوات النظام خلال الساعات الـ48 الماضية على قرية معرشمشة.",
            [""],
            id="neg-two-days",
        ),
        pytest.param(
            "وكانت قوات النظام قد سيطرت خلال الساعات الماضية على قرية معرشمشة.",
            [""],
            id="neg-background",
        ),
        pytest.param(
            "سيطرت قوات النظام خلال الأيام الماضية على قرية معرشمشة.",
            [""],
            id="neg-days",
        ),
    ],
)
def test_session11_last_hours_capture_takes_the_report_day(text: str, expected: list) -> None:
    assert _dates(text) == expected


# ---- session 14 (hG): the named protest Fridays of 2011–2012 ---------------------------
@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        pytest.param(
            'خرجت مظاهرات في جمعة "أطفال الحرية"', D(2011, 6, 4), [D(2011, 6, 3)], id="quoted-name"
        ),
        pytest.param("في «الجمعة العظيمة»", D(2011, 4, 22), [D(2011, 4, 22)], id="same-day"),
        pytest.param(
            "تظاهر الآلاف في الجمعة العظيمة",
            D(2011, 5, 2),
            [D(2011, 4, 22)],
            id="named-friday-not-the-last-friday",
        ),
        pytest.param(
            "وبجمعة أحفاد خالد بن الوليد", D(2011, 7, 30), [D(2011, 7, 22)], id="clitic-longer-name"
        ),
        pytest.param(
            "شهدت حماة مظاهرة في جمعة ارحل", D(2011, 7, 9), [D(2011, 7, 1)], id="a-week-later"
        ),
        pytest.param(
            "دعا الناشطون إلى التظاهر في جمعة أطفال الحرية",
            D(2011, 6, 1),
            [],
            id="neg-a-friday-still-to-come",
        ),
        pytest.param(
            "خرجت مظاهرات في جمعة الغضب في بغداد", D(2011, 2, 26), [], id="neg-another-country"
        ),
        pytest.param(
            "احتفل المسيحيون بالجمعة العظيمة",
            D(2014, 4, 19),
            [D(2014, 4, 18)],
            id="neg-another-year-is-the-weekday",
        ),
        pytest.param("في جمعة العزة والكرامة", D(2011, 4, 1), [], id="neg-a-longer-name"),
        # session 14 (hO): a naming clause between «جمعة» and the rest of the name
        pytest.param(
            'خرج المتظاهرون في جمعة أطلق عليها الناشطون اسم "أطفال الحرية"',
            D(2011, 6, 4),
            [D(2011, 6, 3)],
            id="naming-clause-activists",
        ),
        pytest.param(
            "تظاهر الآلاف في جمعة أطلق عليها اسم «صمتكم يقتلنا»",
            D(2011, 7, 30),
            [D(2011, 7, 29)],
            id="naming-clause-guillemets",
        ),
        pytest.param(
            'في جمعة سماها المحتجون "ارحل"', D(2011, 7, 2), [D(2011, 7, 1)], id="naming-verb"
        ),
        pytest.param(
            "في جمعة حملت شعار أسرى الحرية", D(2011, 7, 16), [D(2011, 7, 15)], id="slogan"
        ),
        pytest.param(
            "في جمعة أطلق عليها الناشطون اسم أطفال الحرية",
            D(2011, 6, 1),
            [],
            id="neg-naming-clause-still-to-come",
        ),
        pytest.param(
            "في جمعة أطلق عليها الناشطون في حمص اسم أطفال الحرية",
            D(2011, 6, 4),
            [],
            id="neg-naming-clause-with-other-words",
        ),
    ],
)
def test_s14_named_protest_fridays(
    text: str, anchor: dt.date, expected: list, lex: DateLexicon
) -> None:
    assert [d for d, _, _ in dates_in(text, anchor, lex)] == expected


def test_s14_a_named_day_must_be_a_friday(tmp_path: Path) -> None:
    entries = '  - {id: a, category: named_day, date: "2011-06-04", forms: [جمعة الفلان]}\n'
    with pytest.raises(LexiconError, match="not a Friday"):
        load_date_lexicon(write_lexicon(tmp_path, entries))
    with pytest.raises(LexiconError, match="needs 'date'"):
        load_date_lexicon(
            write_lexicon(tmp_path, "  - {id: a, category: named_day, forms: [جمعة الفلان]}\n")
        )
