"""Arabic date expressions in normalised text, resolved against an explicit anchor date.

The anchor is the article's publication date (never today's date). The expressions live
in ``lexicons/data/dates.yaml``; this module only computes with them:

* relative days: اليوم (0), أمس / البارحة (-1), أول من أمس (-2), with parts of the day
  (مساء أمس، ليل أول من أمس) and ``يوم`` (يوم أمس);
* weekdays: the latest such day on or before the anchor (the anchor's own weekday is the
  anchor); with الماضي strictly before, with المقبل strictly after;
* explicit dates: "16 سبتمبر", "16 أيلول/سبتمبر 2014", "في 16 من سبتمبر الماضي", "16/9/2014";
  without a year the latest such date on or before the anchor (الماضي: strictly before,
  المقبل: strictly after); a month alone ("أكتوبر الماضي") has precision ``month``;
* periods: الأسبوع الماضي (week), الشهر الماضي (month), العام الماضي (year);
* durations: قبل يومين (-2), قبل ثلاثة أيام (-3);
* period markers: ``kind`` is ``since`` after منذ / اعتبارا من / the first date of a
  بين ... و ... pair, ``until`` after حتى / لغاية / the second date of the pair, else ``point``.

Known limit: اليوم can mean "nowadays" (سوريا اليوم); such uses are still read as the
anchor date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import DATA_DIR, Field, LexiconFile, load_validated
from conflictlib.normalize import normalize_key
from conflictlib.numbers import (
    NumberLexicon,
    PhraseHit,
    PhraseTable,
    Token,
    load_all_validated,
    load_number_lexicon,
    parse_number_at,
    tokenize,
)

DATE_CATEGORIES = (
    "relative",
    "part_of_day",
    "day_prefix",
    "weekday",
    "month",
    "month_prefix",
    "qualifier",
    "period",
    "this",
    "unit",
    "ago",
    "since",
    "until",
    "between",
    "filler",
    "blocker",
    "month_part",
    "ordinal_day",
    "year_prefix",
    "from",
    "anaphor",
    "named_day",
)
UNITS = ("hour", "day", "week", "month", "year")
PRECISIONS = ("day", "week", "month", "year", "unknown")
DATE_KINDS = ("point", "since", "until")

DATE_SCHEMA: dict[str, Field] = {
    "id": Field((str,), required=True),
    "category": Field((str,), required=True, choices=DATE_CATEGORIES),
    "forms": Field((list,), required=True, item_types=(str,)),
    "offset": Field((int,)),
    "weekday": Field((int,), choices=tuple(range(7))),
    "month": Field((int,), choices=tuple(range(1, 13))),
    "series": Field((str,), choices=("gregorian", "syriac")),
    "unit": Field((str,), choices=UNITS),
    "count": Field((int,)),
    "day": Field((int,), choices=tuple(range(1, 32))),
    "date": Field((str,)),
    "note": Field((str,)),
}
"""Schema of dates.yaml entries (kind 'dates'); unknown fields are rejected."""

_REQUIRED_BY_CATEGORY = {
    "relative": ("offset",),
    "qualifier": ("offset",),
    "weekday": ("weekday",),
    "month": ("month",),
    "period": ("unit",),
    "unit": ("unit",),
    "ordinal_day": ("day",),
    "anaphor": ("offset",),
    "named_day": ("date",),
}
_FIRST_WORD_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_MAX_BETWEEN_DISTANCE = 12  # tokens between بين and the "و" of the second date
_SENTENCE_BREAK = re.compile(r"[.!?;:\n]")


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in normalised text, resolved against the anchor."""

    start: int
    end: int
    date: dt.date | None
    precision: str  # day | week | month | year | unknown
    offset_days: int | None  # date - anchor in days (day and week precision), else None
    rule: str
    kind: str = "point"  # point | since | until
    part_of_day: str | None = None  # dawn | morning | noon | afternoon | evening | night
    surface: str = ""
    anaphor: int | None = None  # اليوم ذاته / اليوم التالي: days after the event told before


@dataclass(frozen=True)
class DateLexicon:
    """Parsed dates.yaml: one phrase table per category, plus the number lexicon for durations."""

    tables: dict[str, PhraseTable]
    numbers: NumberLexicon
    paths: tuple[Path, ...] = ()
    starters: frozenset[str] = frozenset()  # first words of every form: a fast pre-filter

    def match(
        self, category: str, tokens: list[Token], i: int, prefixes: tuple[str, ...] = ("",)
    ) -> PhraseHit | None:
        """Longest form of `category` at token i (first word may carry one of `prefixes`)."""
        if i < len(tokens) and (i == 0 or tokens[i].clean_gap or prefixes != ("",)):
            return self.tables[category].match(tokens, i, prefixes)
        return None


# ---------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------


def load_date_lexicon(
    path: str | Path | None = None,
    numbers: NumberLexicon | None = None,
    *,
    extra_paths: Sequence[str | Path] = (),
) -> DateLexicon:
    """Load and validate dates.yaml (default: package data) plus a researcher's extra files.

    ``numbers`` (for durations such as قبل ثلاثة أيام) defaults to the package number lexicon.
    """
    paths = [Path(path) if path is not None else DATA_DIR / "dates.yaml", *map(Path, extra_paths)]
    files = load_all_validated(paths, DATE_SCHEMA, "dates")
    numbers = numbers if numbers is not None else load_number_lexicon(dates_path=paths[0])
    return build_date_lexicon(files, numbers)


def load_month_forms(path: str | Path | None = None) -> set[str]:
    """Normalised last words of every month name in dates.yaml (year cues for numbers)."""
    path = Path(path) if path is not None else DATA_DIR / "dates.yaml"
    lex_file = load_validated(path, DATE_SCHEMA, kind="dates")
    return {
        normalize_key(form).split()[-1]
        for entry in lex_file.entries
        if entry["category"] == "month"
        for form in entry["forms"]
    }


def build_date_lexicon(files: Sequence[LexiconFile], numbers: NumberLexicon) -> DateLexicon:
    """Turn validated dates files into a DateLexicon; raise LexiconError on collisions."""
    problems: list[str] = []
    tables = {category: PhraseTable() for category in DATE_CATEGORIES}
    seen: dict[tuple[str, str], str] = {}
    for lex_file in files:
        lines = (
            lex_file.lines
            if len(lex_file.lines) == len(lex_file.entries)
            else [0] * len(lex_file.entries)
        )
        for entry, line in zip(lex_file.entries, lines, strict=True):
            problems += _add_date_entry(entry, f"{lex_file.path}:{line}", tables, seen)
    if problems:
        raise LexiconError(problems)
    starters = frozenset(word for table in tables.values() for word in table.by_first)
    return DateLexicon(
        tables=tables, numbers=numbers, paths=tuple(f.path for f in files), starters=starters
    )


def _add_date_entry(
    entry: dict[str, Any],
    where: str,
    tables: dict[str, PhraseTable],
    seen: dict[tuple[str, str], str],
) -> list[str]:
    """Check one entry (fields its category needs, collisions) and add its forms; return problems."""
    where = f"{where} (id={entry['id']!r})"
    problems = [
        f"{where}: category {entry['category']!r} needs {name!r}"
        for name in _REQUIRED_BY_CATEGORY.get(entry["category"], ())
        if entry.get(name) is None
    ]
    if entry["category"] == "named_day" and entry.get("date") is not None:
        problems += _named_day_problems(entry, where)
    for raw in entry["forms"]:
        form = normalize_key(raw)
        key = (_namespace(entry["category"]), form)
        if not form:
            problems.append(f"{where}: empty form {raw!r}")
        elif key in seen:
            problems.append(f"{where}: form {raw!r} collides with {seen[key]} after normalisation")
        else:
            seen[key] = where
            if not problems:
                tables[entry["category"]].add(form, dict(entry))
    return problems


def _named_day_problems(entry: dict[str, Any], where: str) -> list[str]:
    """A named Friday's date must be an ISO date that falls on a Friday."""
    try:
        day = dt.date.fromisoformat(entry["date"])
    except ValueError:
        return [f"{where}: date {entry['date']!r} is not YYYY-MM-DD"]
    return [] if day.weekday() == 4 else [f"{where}: {entry['date']} is not a Friday"]


def _namespace(category: str) -> str:
    """Duration units are only looked up after قبل/منذ or a number, so they may share forms (يوم، شهر)."""
    return "duration" if category == "unit" else "main"


# ---------------------------------------------------------------------------------
# Finding dates
# ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Core:
    """A date expression before markers: tokens [first, last), resolved date and how."""

    first: int
    last: int
    date: dt.date | None
    precision: str
    rule: str
    part_of_day: str | None = None
    first_prefix: str = ""
    kind: str | None = None  # set when the expression itself says since/until
    anaphor: int | None = None  # days after the day of the event told before (date is None)


def find_dates(
    text: str, anchor: dt.date, lex: DateLexicon | None = None, *, datelines: bool = False
) -> list[DateMatch]:
    """All date expressions in normalised text, resolved against `anchor`, in order.

    ``lex=None`` loads the package lexicons on every call (slow in a loop: load once with
    :func:`load_date_lexicon` and pass it). The date of a dateline (بغداد 22-6-2017 (أ ف ب) -،
    الموصل 7 مارس 2017 (شينخوا)) is the day the item was filed, never the day of an event it
    tells: it is left out unless ``datelines`` is true.
    """
    lex = lex if lex is not None else load_date_lexicon()
    tokens = tokenize(text)
    found: list[tuple[DateMatch, int]] = []  # each match with the index of its first token
    starters = lex.starters
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[0].isdigit() and not any(stem in starters for _, stem in token.readings):
            i += 1  # no date expression starts with this word
            continue
        hit = _match_date_at(text, tokens, i, anchor, lex)
        if hit is None:
            i += 1
            continue
        if datelines or not in_dateline(text, hit[0]):
            found.append((hit[0], i))
        i = max(hit[1], i + 1)
    return _mark_from_until(text, tokens, found, lex)


_DATELINE_HEAD_WORDS = 3  # place words before a dateline's date: الموصل (العراق)، واشنطن/أربيل
_NOT_DATELINE_HEAD = frozenset({"في", "منذ", "من", "حتى", "يوم", "بتاريخ", "وفي", "تاريخ"})
_DATELINE_AGENCY = re.compile(
    r"\)?(?:\s*(?:19|20)\d\d)?\s*\([^()\n]{1,25}\)\s*[-–—]?"
)  # after the date: a doubled month's bracket and a year (4 آب (أغسطس) 2014), then the agency


def in_dateline(text: str, d: DateMatch) -> bool:
    """True for an explicit date that opens a line after a place name and before the agency in
    brackets (بغداد 22-6-2017 (أ ف ب) -، أنقرة 24 نوفمبر تشرين الثاني (رويترز) -): the filing
    date of a wire item. A date after a verb or a headline word (حصاد يوم الاثنين 22-4-2013:)
    or without the agency is no dateline."""
    if d.precision != "day" or d.date is None or "relative" in d.rule or "weekday" in d.rule:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    head = re.sub(r"\([^()\n]*\)", " ", text[line_start : d.start])
    words = head.replace("/", " ").split()
    if not words or len(words) > _DATELINE_HEAD_WORDS or _lines_above(text, line_start) > 2:
        return False
    if any(w[0].isdigit() or w.removeprefix("و") in _NOT_DATELINE_HEAD for w in words):
        return False  # قتل 5 في 10-6-2014 (…): a clause, not a place
    return bool(_DATELINE_AGENCY.match(text, d.end))


def _lines_above(text: str, line_start: int) -> int:
    """Lines with text above a line: a dateline follows the headline and at most a byline
    (العربي الجديد، أورينت نت - خاص), whatever blank lines stand between them."""
    return sum(1 for line in text[:line_start].split("\n") if line.strip())


def _mark_from_until(
    text: str, tokens: list[Token], found: list[tuple[DateMatch, int]], lex: DateLexicon
) -> list[DateMatch]:
    """In "من X (و)حتى Y" the X that opens the period is a ``since`` date."""
    out = [match for match, _ in found]
    for k in range(len(found) - 1):
        (first, first_tok), (second, _) = found[k], found[k + 1]
        if first.kind != "point" or second.kind != "until" or first_tok == 0:
            continue
        if _SENTENCE_BREAK.search(text[first.end : second.start]):
            continue
        if lex.match("from", tokens, first_tok - 1, _FIRST_WORD_CLITICS) is not None:
            out[k] = replace(first, kind="since", rule=f"from+{first.rule}")
    return out


def _match_date_at(
    text: str, tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon
) -> tuple[DateMatch, int] | None:
    core = _parse_core(tokens, i, anchor, lex)
    if core is not None:
        kind = core.kind or ("until" if _second_of_between(text, tokens, core, lex) else "point")
        start = tokens[i].start + len(core.first_prefix)
    else:
        found = _parse_marked(tokens, i, anchor, lex)
        if found is None:
            return None
        kind, start, core = found
    end = tokens[core.last - 1].end
    offset = (
        (core.date - anchor).days
        if core.date is not None and core.precision in ("day", "week")
        else None
    )
    match = DateMatch(
        start,
        end,
        core.date,
        core.precision,
        offset,
        core.rule,
        kind,
        core.part_of_day,
        text[start:end],
        core.anaphor,
    )
    return match, core.last


def _parse_marked(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon
) -> tuple[str, int, _Core] | None:
    """منذ / حتى / بين + a date: the period kind, the span start and the date."""
    for category in ("since", "until", "between"):
        marker = lex.match(category, tokens, i, _FIRST_WORD_CLITICS)
        if marker is None:
            continue
        core = _parse_core(tokens, marker.last, anchor, lex, marked=True)
        if core is None and category == "since":
            core = _parse_duration(tokens, marker.last, anchor, lex)  # منذ يومين
        if core is None and marker.last < len(tokens) and tokens[marker.last].clean_gap:
            year = _year_number(tokens[marker.last].text)  # منذ 2011، حتى 2014
            core = (
                None
                if year is None
                else _Core(marker.last, marker.last + 1, dt.date(year, 1, 1), "year", "year")
            )
        if core is not None:
            kind = "until" if category == "until" else "since"
            rule = f"{marker.payload['id']}+{core.rule}"
            return kind, tokens[i].start + len(marker.prefix), replace(core, first=i, rule=rule)
    return None


def _second_of_between(text: str, tokens: list[Token], core: _Core, lex: DateLexicon) -> bool:
    """True when the date is the "و ..." half of a "بين ... و ..." pair."""
    joined = core.first_prefix.startswith("و") or (
        core.first > 0 and tokens[core.first - 1].text == "و"
    )
    if not joined:
        return False
    for k in range(core.first - 1, max(-1, core.first - 1 - _MAX_BETWEEN_DISTANCE), -1):
        if _SENTENCE_BREAK.search(text[tokens[k].end : tokens[k + 1].start]):
            return False
        if lex.match("between", tokens, k, _FIRST_WORD_CLITICS) is not None:
            return True
    return False


def _parse_core(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, marked: bool = False
) -> _Core | None:
    """A date at token i; after a marker (منذ، حتى) the first word takes no clitic."""
    clitics = ("",) if marked else _FIRST_WORD_CLITICS
    part = lex.match("part_of_day", tokens, i, clitics)
    if part is not None:
        day = _parse_day(tokens, part.last, anchor, lex, prefixes=("",))
        if day is None:
            return None
        if part.payload["id"] == "eve":  # عشية الجمعة: the evening before Friday
            if day.date is None or day.precision != "day" or "relative" in day.rule:
                return None  # عشية اليوم: this evening, read from اليوم alone
            day = replace(day, date=day.date - dt.timedelta(days=1))
        last = _night_to_next_day(tokens, part.payload["id"], day, lex)
        rule = f"{part.payload['id']}+{day.rule}"
        if (
            last != day.last
            and day.date is not None
            and day.date < anchor
            and _after_midnight(tokens, i)
        ):
            # بعد منتصف ليل الأربعاء – الخميس: past midnight, the second day of the pair
            day = replace(day, date=day.date + dt.timedelta(days=1))
            rule += "+after_midnight"
        return replace(
            day,
            first=i,
            last=last,
            part_of_day=part.payload["id"],
            rule=rule,
            first_prefix=part.prefix,
        )
    duration = _parse_duration_ago(tokens, i, anchor, lex, clitics) or _parse_recent(
        tokens, i, anchor, lex, clitics
    )
    if duration is not None:
        return duration
    return (
        _parse_day(tokens, i, anchor, lex, prefixes=clitics)
        or _parse_year(tokens, i, lex, clitics)
        or _parse_period(tokens, i, anchor, lex, clitics)
    )


_NIGHT_DAY_JOINERS = frozenset({"علي", "الي", "و"})  # ليلة الخميس على الجمعة، ليل السبت إلى الأحد


_AFTER_WORDS = frozenset({"بعد", "بعيد", "وبعد", "وبعيد"})


def _after_midnight(tokens: list[Token], i: int) -> bool:
    """True for «بعد منتصف ليل/ليلة …» (or «بعيد»): the time told is past midnight."""
    return (
        i > 0
        and tokens[i].text.startswith("منتصف")
        and tokens[i - 1].text in _AFTER_WORDS
        and tokens[i].clean_gap
    )


def _night_to_next_day(tokens: list[Token], part: str, day: _Core, lex: DateLexicon) -> int:
    """ليل الجمعة – السبت، ليلة الخميس على الجمعة: the night that joins a weekday to the next is
    dated to the first day; the span takes in the second weekday. Else the day's own end."""
    k = day.last
    if part != "night" or day.date is None or "weekday:" not in day.rule or k >= len(tokens):
        return day.last
    if tokens[k].text in _NIGHT_DAY_JOINERS and tokens[k].clean_gap:
        k += 1
    elif tokens[k].gap not in ("", "-", "–", "—", "/"):
        return day.last
    weekday = lex.tables["weekday"].match(tokens, k, ("",)) if k < len(tokens) else None
    if weekday is None or weekday.payload["weekday"] != (day.date.weekday() + 1) % 7:
        return day.last
    return weekday.last


def _parse_day(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    prefix = lex.match("day_prefix", tokens, i, prefixes)
    if prefix is not None:
        day = _parse_day(tokens, prefix.last, anchor, lex, prefixes=("",))
        return (
            None
            if day is None
            else replace(day, first=i, rule=f"day_prefix+{day.rule}", first_prefix=prefix.prefix)
        )
    for parser in (
        _parse_anaphor,
        _parse_relative,
        _parse_named_day,
        _parse_weekday,
        _parse_explicit,
    ):
        core = parser(tokens, i, anchor, lex, prefixes)
        if core is not None:
            return core
    return None


def _blocked(tokens: list[Token], j: int, lex: DateLexicon) -> bool:
    return lex.match("blocker", tokens, j) is not None


NAMED_DAY_WINDOW = 92  # days after a named Friday in which an article's mention of it is read
_NAME_QUOTES = frozenset("\"'()")  # جمعة "أطفال الحرية"، «الجمعة العظيمة»: quotes inside a name
# «جمعة أطلق عليها الناشطون اسم "أطفال الحرية"»، «جمعة سماها المحتجون "أحفاد خالد"»: a naming
# clause between «جمعة» and the rest of its name. It opens with a naming verb and holds only
# who named it and the word for the name; at most _NAMING_MAX words.
_NAMING_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "أطلق أطلقت أطلقوا يطلق تطلق سماها سمّاها أسماها يسميها تسميها سموها أسموها "
        "حملت تحمل حملوها عنونوها"
    ).split()
)
_NAMING_WORDS = frozenset(
    normalize_key(w)
    for w in (
        "عليها اسم إسم شعار عنوان تسمية لقب الناشطون ناشطون الناشطين ناشطين المعارضون "
        "معارضون المعارضة المتظاهرون متظاهرون المحتجون محتجون المنظمون الثوار الثائرون "
        "السوريون نشطاء النشطاء لجان التنسيق المحلية تنسيقيات التنسيقيات الثورة السورية "
        "صفحة صفحات على فيسبوك"
    ).split()
)
_NAMING_MAX = 7
_NAMING_QUOTES = frozenset("«»“”")


def _naming_clause(tokens: list[Token], j: int) -> int:
    """The end of a naming clause that starts at token j (see _NAMING_VERBS), or j when none."""
    if j >= len(tokens) or tokens[j].text not in _NAMING_VERBS:
        return j
    k = j + 1
    while k < len(tokens) and k - j <= _NAMING_MAX and tokens[k].text in _NAMING_WORDS:
        if tokens[k].gap.strip("\"'«»“”()"):
            return j
        k += 1
    return k if k - j <= _NAMING_MAX else j


def _parse_named_day(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    """A named protest Friday of 2011–2012 (جمعة أطفال الحرية، «الجمعة العظيمة»): its date, when
    the article was published on that Friday or within NAMED_DAY_WINDOW days after it (a Friday
    named after the publication is a call to protest, one long before is another country's or
    year's). Quotes may stand between the name's words; a name that goes on with «و» + a
    definite word (جمعة العزة والكرامة) is another Friday's and is left to the weekday."""
    table = lex.tables["named_day"]
    if i >= len(tokens) or not table.by_first:
        return None
    for prefix, stem in tokens[i].readings:
        if prefix not in prefixes:
            continue
        for words, payload in table.by_first.get(stem, ()):
            # the rest of the name may follow a naming clause (جمعة أطلق عليها اسم «...»)
            skip = _naming_clause(tokens, i + 1) - (i + 1) if len(words) > 1 else 0
            last = i + len(words) + skip
            if last > len(tokens) or any(
                tokens[i + k + (skip if k > 0 else 0)].text != w
                or not set(tokens[i + k + (skip if k > 0 else 0)].gap)
                <= (_NAME_QUOTES | _NAMING_QUOTES if k == 1 and skip else _NAME_QUOTES)
                for k, w in enumerate(words)
                if k > 0
            ):
                continue
            if last < len(tokens) and tokens[last].clean_gap:
                if tokens[last].text.startswith("وال"):
                    continue
            day = dt.date.fromisoformat(payload["date"])
            if not 0 <= (anchor - day).days <= NAMED_DAY_WINDOW:
                continue
            rule = f"named_day:{payload['id']}"
            return _Core(i, last, day, "day", rule, first_prefix=prefix)
    return None


def _parse_anaphor(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    """في اليوم ذاته، في الوقت نفسه، في اليوم التالي: a day told from the event told before.

    The date stays None (precision unknown): the extractor resolves it against the date of
    the event told before, which dates cannot know.
    """
    hit = lex.match("anaphor", tokens, i, prefixes)
    if hit is None:
        return None
    if hit.payload["id"].startswith("days_after_") and _followed_by_of(tokens, hit.last):
        return None  # بعد يومين من سيطرة …: counted from the act named after it (days_apart)
    offset, rule = hit.payload["offset"], f"anaphor:{hit.payload['id']}"
    return _Core(i, hit.last, None, "unknown", rule, first_prefix=hit.prefix, anaphor=offset)


def _followed_by_of(tokens: list[Token], j: int) -> bool:
    """True when «من» or «على» follows at token j (بعد يومين من / على …)."""
    return j < len(tokens) and tokens[j].text in ("من", "على", "علي") and tokens[j].clean_gap


def _parse_relative(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    hit = lex.match("relative", tokens, i, prefixes + ("بال",))
    if hit is None or _blocked(tokens, hit.last, lex) or _campaign_day(tokens, hit, lex):
        return None
    if _before_another_event(tokens, hit):
        return None
    date = anchor + dt.timedelta(days=hit.payload["offset"])
    last, rule = hit.last, f"relative:{hit.payload['id']}"
    weekday = lex.match("weekday", tokens, last)
    if weekday is not None:  # أمس الجمعة: the weekday restates the day
        last, rule = weekday.last, f"{rule}+weekday"
    return _Core(i, last, date, "day", rule, first_prefix=hit.prefix)


def _before_another_event(tokens: list[Token], hit: PhraseHit) -> bool:
    """«قبل ساعات/قبل قليل» followed by «من» (وصلت التعزيزات قبل ساعات من بدء الهجوم) counts back
    from another event, not from the report: no day of publication."""
    j = hit.last
    return (
        tokens[hit.first].text == "قبل"
        and j < len(tokens)
        and tokens[j].text == "من"
        and tokens[j].clean_gap
    )


def _campaign_day(tokens: list[Token], hit: PhraseHit, lex: DateLexicon) -> bool:
    """«اليوم» before an ordinal (اليوم الثالث للمعارك، اليوم الـ15 من الحصار، اليوم الأول من
    أيار) counts the days of a story or names a day of a month: it is not the publication day."""
    j = hit.last
    if hit.payload["offset"] != 0 or hit.last - hit.first != 1 or j >= len(tokens):
        return False
    if not tokens[j].clean_gap:
        return False
    if tokens[j].text == "ال" and j + 1 < len(tokens) and tokens[j + 1].text.isdigit():
        return True
    return lex.match("ordinal_day", tokens, j) is not None


# a plural or dual noun in the oblique case, or with a pronoun (مرافقيه، الجنديين): «الاثنين»
# after it is the number two agreeing with it
PLURAL_NOUN_BEFORE = re.compile(r"\w{2,}(?:ين|يه|يها|يهم|يهما)$")


def _parse_weekday(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    hit = lex.match("weekday", tokens, i, prefixes)
    if hit is None or _blocked(tokens, hit.last, lex):
        return None
    if hit.payload["weekday"] == 0 and i and PLURAL_NOUN_BEFORE.search(tokens[i - 1].text):
        return None  # مرافقيه الاثنين، الجنديين الاثنين: "the two", not Monday
    last, rule = hit.last, f"weekday:{hit.payload['id']}"
    qualifier = lex.match("qualifier", tokens, last)
    direction = 0
    if qualifier is not None:
        direction, last, rule = (
            qualifier.payload["offset"],
            qualifier.last,
            f"{rule}+{qualifier.payload['id']}",
        )
    else:
        before_last = _before_last(tokens, last, lex)
        if before_last is not None:  # الجمعة قبل الماضية: the Friday before last Friday
            direction, last, rule = -2, before_last, f"{rule}+before_last"
    date = resolve_weekday(hit.payload["weekday"], anchor, max(direction, -1))
    if direction == -2:
        date -= dt.timedelta(days=7)
    filler = lex.match("filler", tokens, last)
    explicit = _parse_explicit(tokens, filler.last if filler else last, anchor, lex, ("",))
    if explicit is not None and explicit.precision == "day":  # الجمعة (الموافق) 16 سبتمبر
        return replace(explicit, first=i, rule=f"{rule}+{explicit.rule}", first_prefix=hit.prefix)
    return _Core(i, last, date, "day", rule, first_prefix=hit.prefix)


def _before_last(tokens: list[Token], j: int, lex: DateLexicon) -> int | None:
    """After a weekday or a period, «قبل الماضي/الماضية»: the index after it, else None."""
    if j + 1 < len(tokens) and tokens[j].text == "قبل" and tokens[j].clean_gap:
        qualifier = lex.match("qualifier", tokens, j + 1)
        if qualifier is not None and qualifier.payload["offset"] < 0:
            return qualifier.last
    return None


def resolve_weekday(weekday: int, anchor: dt.date, direction: int = 0) -> dt.date:
    """The weekday (Monday=0) nearest the anchor: on or before (0), strictly before (-1), after (+1)."""
    if direction > 0:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    back = (anchor.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")


def _parse_explicit(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _Core | None:
    """16 سبتمبر، الأول من أيلول الماضي، 15 و16 أيلول، أواخر تشرين الأول، شهر آب، 16/9/2014."""
    if i >= len(tokens):
        return None
    numeric = _parse_numeric_date(tokens, i) or _parse_numeric_day_month(tokens, i, anchor)
    if numeric is not None:
        return numeric
    day = _parse_day_of_month(tokens, i, lex, prefixes)
    part = None if day is not None else lex.match("month_part", tokens, i, prefixes)
    j = day.next if day is not None else part.last if part is not None else i
    opening = day is None and part is None  # the month word opens the expression
    month_prefix = lex.match("month_prefix", tokens, j, prefixes if opening else ("",))
    if month_prefix is not None:
        j = month_prefix.last
    month = lex.match("month", tokens, j, prefixes if opening and month_prefix is None else ("",))
    if month is None:
        return None if day is None else _parse_day_of_this_month(tokens, i, j, day, anchor, lex)
    number, rule = month.payload["month"], f"month:{month.payload['id']}"
    last = _skip_alternative_month(tokens, month.last, number, lex)
    year, qualifier, last = _year_or_qualifier(tokens, last, lex)
    if year is None and qualifier is None:
        year, last = _of_year(tokens, last, anchor, lex) or (None, last)
    if day is not None:
        date = resolve_day_month(day.day, number, anchor, year, qualifier)
        if date is None:
            return None
        last, rule = (
            (day.range_end, f"{rule}+day_range") if day.range_end is not None else (last, rule)
        )
        return _Core(i, last, date, "day", f"explicit_date:{rule}", first_prefix=day.prefix)
    if year is None and qualifier is None and month_prefix is None and part is None:
        return None  # a bare month name (مارس، آب) is too often an ordinary word
    if opening:
        first_prefix = month_prefix.prefix if month_prefix is not None else month.prefix
    else:
        first_prefix = part.prefix if part is not None else ""
        rule = f"{part.payload['id']}+{rule}" if part is not None else rule
    date = resolve_month(number, anchor, year, qualifier)
    return _Core(i, last, date, "month", f"explicit_month:{rule}", first_prefix=first_prefix)


def _parse_day_of_this_month(
    tokens: list[Token], i: int, j: int, day: _DayOfMonth, anchor: dt.date, lex: DateLexicon
) -> _Core | None:
    """5 الجاري، 20 الماضي، 12 من الشهر الجاري: a day of the anchor's month or of the one before."""
    period = lex.match("period", tokens, j)
    if period is not None and period.payload["unit"] != "month":
        return None
    qualifier = lex.match("qualifier", tokens, period.last if period is not None else j)
    if qualifier is None or qualifier.payload["offset"] > 0:
        return None
    month_start = shift_date(anchor, "month", qualifier.payload["offset"])
    date = _safe_date(month_start.year, month_start.month, day.day)
    if date is None:
        return None
    last = day.range_end if day.range_end is not None else qualifier.last
    rule = f"day_of_month+{'period+' if period is not None else ''}{qualifier.payload['id']}"
    return _Core(i, last, date, "day", rule, first_prefix=day.prefix)


@dataclass(frozen=True)
class _DayOfMonth:
    """A day of the month: the day, where the month should start, and a range's first-day end."""

    day: int
    next: int
    prefix: str = ""
    range_end: int | None = None  # "15 و16 أيلول": the first date's span ends after "15"


# a noun of a span before an ordinal: «الأسبوع الأول من أيار» is no first of May
_PERIOD_BEFORE_ORDINAL = frozenset({"الاسبوع", "العشر", "الثلث", "النصف", "الربع", "الشهر"})


def _parse_day_of_month(
    tokens: list[Token], i: int, lex: DateLexicon, prefixes: tuple[str, ...]
) -> _DayOfMonth | None:
    """A day of the month at token i: 16، الأول من، or the first day of "15 و16 أيلول"."""
    day = _day_number(tokens[i].text)
    if day is not None:
        j, range_end = i + 1, None
        second = _second_day(tokens, j)
        if second is not None:
            j, range_end = second, i + 1
        if j < len(tokens) and tokens[j].text == "من" and tokens[j].clean_gap:
            j += 1  # 16 من سبتمبر
        return _DayOfMonth(day, j, "", range_end)
    ordinal = lex.match("ordinal_day", tokens, i, prefixes)
    if ordinal is not None and i > 0 and tokens[i].clean_gap:
        if tokens[i - 1].text in _PERIOD_BEFORE_ORDINAL:
            return None  # الأسبوع الأول من أيار، النصف الثاني من الشهر: a part of the month
    if ordinal is not None and ordinal.last < len(tokens) and tokens[ordinal.last].text == "من":
        return _DayOfMonth(
            ordinal.payload["day"], ordinal.last + 1, ordinal.prefix
        )  # الأول من أكتوبر
    return None


def _second_day(tokens: list[Token], j: int) -> int | None:
    """After the first day of "15 و16 أيلول", "15 إلى 20 أيلول", "15-16 أيلول": the token after the second day."""
    n = len(tokens)
    if j + 1 < n and tokens[j].text in ("و", "الي", "حتي") and tokens[j].clean_gap:
        if _day_number(tokens[j + 1].text) is not None and tokens[j + 1].gap in ("", "-"):
            return j + 2
    if j < n and _day_number(tokens[j].text) is not None and tokens[j].gap == "-":
        return j + 1
    return None


def _parse_numeric_date(tokens: list[Token], i: int) -> _Core | None:
    """16/9/2014، 16-9-2014، 16.9.2014 (day first, as Arabic outlets write) or 2014-09-16."""
    m = _NUMERIC_DATE.match(tokens[i].text)
    if m:
        parts, last = (m.group(1), m.group(3), m.group(4)), i + 1
    elif i + 2 < len(tokens) and all(t.text.isdigit() for t in tokens[i : i + 3]):
        sep = tokens[i + 1].gap
        if sep not in ("/", "-") or tokens[i + 2].gap != sep:
            return None
        a, b, c = (t.text for t in tokens[i : i + 3])
        parts, last = ((c, b, a) if len(a) == 4 else (a, b, c)), i + 3
    else:
        return None
    if len(parts[2]) != 4:
        return None
    date = _safe_date(int(parts[2]), int(parts[1]), int(parts[0]))
    return None if date is None else _Core(i, last, date, "day", "numeric_date")


# the words that announce a day: يوم 15-3، بتاريخ 15/3، الموافق 15-3 (not «في»: في 3-4 مواقع)
_DAY_MONTH_HEADS = frozenset({"يوم", "بتاريخ", "تاريخ", "الموافق"})


def _parse_numeric_day_month(tokens: list[Token], i: int, anchor: dt.date) -> _Core | None:
    """يوم 15-3، بتاريخ 15/3 (day first, no year) right after a word that announces a day: the
    latest such day on or before the anchor. Not a third number (15-3-2019 is a full date) nor a
    number with no such word before it (3-4 قذائف is a range)."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].text not in _DAY_MONTH_HEADS:
        return None
    day, month = tokens[i], tokens[i + 1]
    if not tokens[i].clean_gap or month.gap not in ("/", "-"):
        return None
    if not (day.text.isdigit() and month.text.isdigit()) or len(month.text) > 2:
        return None
    if i + 2 < len(tokens) and tokens[i + 2].gap == month.gap and tokens[i + 2].text.isdigit():
        return None
    number, month_number = _day_number(day.text), int(month.text)
    if number is None or not 1 <= month_number <= 12:
        return None
    date = resolve_day_month(number, month_number, anchor)
    return None if date is None else _Core(i, i + 2, date, "day", "numeric_day_month")


def _day_number(word: str) -> int | None:
    if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31:
        return int(word)
    return None


def _skip_alternative_month(tokens: list[Token], j: int, month: int, lex: DateLexicon) -> int:
    """Skip a restatement of the month in the other series: أيلول/سبتمبر, سبتمبر (أيلول)."""
    alt = lex.tables["month"].match(tokens, j, ("",)) if j < len(tokens) else None
    if alt is not None and alt.payload["month"] == month:
        return alt.last
    return j


def _of_year(
    tokens: list[Token], j: int, anchor: dt.date, lex: DateLexicon
) -> tuple[int, int] | None:
    """After a month, «من العام الماضي / من هذا العام / من عام 2015»: (the year, index after it)."""
    if j + 1 >= len(tokens) or tokens[j].text != "من" or not tokens[j].clean_gap:
        return None
    core = _parse_year(tokens, j + 1, lex, ("",)) or _parse_period(
        tokens, j + 1, anchor, lex, ("",)
    )
    if core is None or core.precision != "year" or core.date is None:
        return None
    return core.date.year, core.last


def _year_or_qualifier(
    tokens: list[Token], j: int, lex: DateLexicon
) -> tuple[int | None, int | None, int]:
    if j < len(tokens):
        word = tokens[j].text
        if _year_number(word) is not None and tokens[j].gap in ("", ","):
            return int(word), None, j + 1
        qualifier = lex.match("qualifier", tokens, j)
        if qualifier is not None:
            return None, qualifier.payload["offset"], qualifier.last
    return None, None, j


def resolve_day_month(
    day: int, month: int, anchor: dt.date, year: int | None = None, qualifier: int | None = None
) -> dt.date | None:
    """Resolve day+month: the given year, else the latest on/before the anchor (الماضي: before, المقبل: after)."""
    if year is not None:
        return _safe_date(year, month, day)
    if day > calendar.monthrange(2000, month)[1]:  # 2000 is a leap year: the largest month length
        return None
    step = 1 if qualifier is not None and qualifier > 0 else -1
    for delta in range(0, 9):
        candidate = _safe_date(anchor.year + step * delta, month, day)
        if candidate is None:
            continue
        if qualifier is None or qualifier == 0:
            if candidate <= anchor or qualifier == 0:
                return candidate
        elif qualifier < 0 and candidate < anchor or qualifier > 0 and candidate > anchor:
            return candidate
    return None


def resolve_month(
    month: int, anchor: dt.date, year: int | None = None, qualifier: int | None = None
) -> dt.date:
    """First day of the month: the given year, else the latest on/before the anchor's month (الماضي/المقبل)."""
    if year is not None:
        return dt.date(year, month, 1)
    here = (anchor.year, anchor.month)
    candidate_year = anchor.year
    if qualifier is not None and qualifier > 0:
        if (candidate_year, month) <= here:
            candidate_year += 1
    elif qualifier is not None and qualifier < 0:
        if (candidate_year, month) >= here:
            candidate_year -= 1
    elif qualifier is None and (candidate_year, month) > here:
        candidate_year -= 1
    return dt.date(candidate_year, month, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_period(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, clitics: tuple[str, ...]
) -> _Core | None:
    this = lex.match("this", tokens, i, clitics)
    j = this.last if this is not None else i
    period = lex.match("period", tokens, j, ("",) if this is not None else clitics)
    if period is None:
        return None
    qualifier = lex.match("qualifier", tokens, period.last)
    before_last = None
    if qualifier is None and this is None:
        before_last = _before_last(tokens, period.last, lex)
        if before_last is None:
            return None
    # الأسبوع قبل الماضي، العام قبل الماضي: two periods back
    offset = qualifier.payload["offset"] if qualifier is not None else -2 if before_last else 0
    last = qualifier.last if qualifier is not None else before_last or period.last
    unit = period.payload["unit"]
    rule = f"period:{period.payload['id']}" + (
        f"+{qualifier.payload['id']}" if qualifier else "+before_last" if before_last else "+this"
    )
    prefix = this.prefix if this is not None else period.prefix
    return _Core(i, last, shift_date(anchor, unit, offset), unit, rule, first_prefix=prefix)


def _parse_year(
    tokens: list[Token], i: int, lex: DateLexicon, clitics: tuple[str, ...]
) -> _Core | None:
    """عام 2014، العام 2015، سنة 2011: a year with precision "year"."""
    cue = lex.match("year_prefix", tokens, i, clitics)
    if cue is None:
        period = lex.match("period", tokens, i, clitics)
        cue = period if period is not None and period.payload["unit"] == "year" else None
    if cue is None or cue.last >= len(tokens) or not tokens[cue.last].clean_gap:
        return None
    year = _year_number(tokens[cue.last].text)
    if year is None:
        return None
    return _Core(i, cue.last + 1, dt.date(year, 1, 1), "year", "year", first_prefix=cue.prefix)


def _year_number(word: str) -> int | None:
    if word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100:
        return int(word)
    return None


def shift_date(anchor: dt.date, unit: str, count: int) -> dt.date:
    """Move the anchor by `count` units; month and year results are the first of the month/year."""
    if unit == "hour":  # whole days only: the last 24 hours start yesterday, 2 hours ago is today
        return anchor + dt.timedelta(days=int(count / 24))
    if unit == "day":
        return anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(days=7 * count)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + count
        return dt.date(index // 12, index % 12 + 1, 1)
    if unit == "year":
        return dt.date(anchor.year + count, 1, 1)
    raise ValueError(f"unknown date unit {unit!r}")


def _parse_duration_ago(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, clitics: tuple[str, ...]
) -> _Core | None:
    ago = lex.match("ago", tokens, i, clitics)
    if ago is None:
        return None
    core = _parse_duration(tokens, ago.last, anchor, lex)
    return (
        None
        if core is None
        else replace(core, first=i, rule=f"ago+{core.rule}", first_prefix=ago.prefix)
    )


def _parse_recent(
    tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon, clitics: tuple[str, ...]
) -> _Core | None:
    """The last N days: الأيام الثلاثة الماضية، الساعات الـ24 الماضية، 24 ساعة الماضية، اليومين الماضيين."""
    unit = lex.match("unit", tokens, i, (*(c + "ال" for c in clitics), "لل"))
    j, count = (unit.last, None) if unit is not None else (i, None)
    if j < len(tokens) and tokens[j].text == "ال":
        j += 1  # الساعات الـ24: the article before the digits stays a word of its own
    number = _definite_compound(tokens, j, lex) or parse_number_at(tokens, j, lex.numbers)
    if number is not None and isinstance(number[0], int):
        count, j = number
    if unit is None:
        unit = lex.match("unit", tokens, j, ("", "ال"))
        if unit is None or count is None:
            return None
        if unit.prefix == "ال" and unit.payload.get("count") == 1:
            return None  # 15 الشهر الماضي: a day of last month, not the last 15 months
        j = unit.last
    if count is None and (unit.payload.get("count") or 0) >= 2:
        count = unit.payload["count"]  # اليومين الماضيين (a singular is a period: الأسبوع الماضي)
    qualifier = lex.match("qualifier", tokens, j)
    if count is None or qualifier is None or qualifier.payload["offset"] >= 0:
        return None
    name = unit.payload["unit"]
    first_prefix = unit.prefix[:-2] if unit.first == i and unit.prefix.endswith("ال") else ""
    rule = f"recent:{count}x{name}+{qualifier.payload['id']}"
    date = shift_date(anchor, name, -count)
    precision = "day" if name == "hour" else name
    return _Core(i, qualifier.last, date, precision, rule, first_prefix=first_prefix, kind="since")


def _definite_compound(tokens: list[Token], j: int, lex: DateLexicon) -> tuple[int, int] | None:
    """A definite compound number word (الساعات الأربع والعشرين الماضية، الثماني والأربعين):
    (value, index after it), read as its indefinite form (أربع وعشرين); None otherwise."""
    if j + 1 >= len(tokens) or not tokens[j].text.startswith("ال"):
        return None
    second = tokens[j + 1].text
    if not second.startswith("وال") or not tokens[j + 1].clean_gap:
        return None
    words = tokenize(f"{tokens[j].text[2:]} و{second[3:]}")
    number = parse_number_at(words, 0, lex.numbers)
    if number is None or not isinstance(number[0], int) or number[1] != 2:
        return None
    return number[0], j + 2


def _parse_duration(tokens: list[Token], i: int, anchor: dt.date, lex: DateLexicon) -> _Core | None:
    """ "يومين", "ثلاثة أيام", "أسبوع" (a duration back from the anchor)."""
    count, j = 1, i
    number = parse_number_at(tokens, i, lex.numbers)
    if number is not None and isinstance(number[0], int):
        count, j = number
    unit = lex.match("unit", tokens, j)
    if unit is None:
        return None
    if number is None:
        if not unit.payload.get("count"):
            return None  # قبل أيام: an unknown number of days
        count = unit.payload["count"]
    name = unit.payload["unit"]
    return _Core(i, unit.last, shift_date(anchor, name, -count), name, f"duration:{count}x{name}")


def describe(match: DateMatch) -> dict[str, Any]:
    """A plain dict of a DateMatch, for tables and notebooks."""
    return {
        "start": match.start,
        "end": match.end,
        "surface": match.surface,
        "date": match.date.isoformat() if match.date else None,
        "precision": match.precision,
        "offset_days": match.offset_days,
        "kind": match.kind,
        "part_of_day": match.part_of_day,
        "rule": match.rule,
    }
