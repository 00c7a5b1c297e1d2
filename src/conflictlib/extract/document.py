"""One document's mentions (cues, actors, places, numbers, dates), found once and indexed.

Every matcher runs once over the whole normalised text; the rules then ask for the
mentions inside a sentence or a part of it (`DocMentions.inside`). A sentence is cut into
*parts*: the text layer's clauses, further cut at commas, semicolons and sentence ends the text layer missed (a full stop
after a closing quote), where a piece of
fewer than MIN_PART_WORDS words (وفقاً للمرصد، بعدة غارات) stays glued to its neighbour.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any

from conflictlib.dates import DateMatch, find_dates
from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.local_fighters import LOCAL_FIGHTERS, fighting_sons
from conflictlib.extract.resources import Resources
from conflictlib.lexicons.gazetteer import Place, distance_km
from conflictlib.lexicons.matcher import Match
from conflictlib.normalize import norm_re, normalize_key
from conflictlib.numbers import NumberMatch, find_numbers
from conflictlib.text import PreparedText

MIN_PART_WORDS = 4
_PART_BREAK = re.compile(r"[,;:]|[.!?](?=[\s\"'])")
# the act a count is told with, right after it (و3 بقصف مدفعي، و2 جراء غارة، 4 آخرين بانفجار)
OWN_ACT_WORD = (
    r"(?:جراء|اثر|بسبب|ب(?:انفجار|قصف|غاره|غارات|قذيف\w*|هجوم|رصاص|نيران|استهداف|تفجير|عبوه"
    r"|لغم|ضربه|ضربات))(?!\w)"
)
OWN_ACT = re.compile(r"\s+(?:(?:اخرين|اخرون|اخران|اخري|اخريات)\s+)?" + OWN_ACT_WORD)
ACT_TOLD = re.compile(r"(?<!\w)" + OWN_ACT_WORD)
# an item with its verb left out and no comma before it, a count told with its own act (قتل 5
# مدنيين بغارات على كفرنبل بريف إدلب الجنوبي و3 بقصف مدفعي على حي في المدينة): a part of its
# own when the piece before told an act too
ELIDED_ITEM = re.compile(
    r"\s(?=و(?:\d+|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    r"(?:\s+(?:اخرين|اخرون|اخران))?\s+" + OWN_ACT_WORD + ")"
)
# a short piece opening on «وفي» set off by commas (…، وفي المحمودية، أدى انفجار آخر …) heads
# the clause after it, not the one before
OPENER = re.compile(r"\s*وفي\s+[^,;:]+[,;:]\s*$")
LOCATIVE_ITEM = re.compile(
    r"\s*و?(?:في|علي)\s"
)  # …، وفي بلدة طفس، وفي مدينة جاسم: a list of places
# a piece opening on the object's preposition على continues the verb before the comma (سيطر
# مسلحو التنظيم، يوم أمس الأحد، على قضاء سنجار …), unless it opens a phrase of its own (على
# أن، على الرغم من، على صعيد آخر، على إثر، على خلفية، على حد قوله، على غرار، على حين)
OBJECT_AFTER_COMMA = re.compile(
    r"\s*علي\s+(?!(?:ان|انه|انها|الرغم|رغم|صعيد|اثر|خلفيه|حد|وقع|مدي|مدار|طول|امتداد|الاقل|الفور|غرار|عكس|النقيض|حين|ما|نحو|غير|ذلك|اعتبار|اساس|هامش)(?!\w))"
)
# a clause whose last comma piece is only its time (…هاجم مسلحون مجهولون، ليل الجمعة،؛ انفجرت عبوة
# ناسفة، صباح اليوم،؛ سيطر التنظيم، يوم أمس الأحد،): the piece after it goes on with the same
# clause (its object, target or place: حاجزاً لقسد في بلدة الكرامة، بدورية لقوات النظام)
_TIME_WORD = (
    r"(?:يوم|ليل|ليلة|مساء|صباح|فجر|ظهر|عصر|ظهيرة|صبيحة|منتصف|أمس|اليوم|الليلة|الماضي|الماضية"
    r"|الفائت|الفائتة|الحالي|الجاري|الجمعة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس"
    r"|أول|من|في|الشهر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأول|الثاني"
    r"|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
    r"|[0-9٠-٩]+)"
)
TIME_ASIDE_END = norm_re(r"[,;:]\s*(?:" + _TIME_WORD + r"\s+){0,5}" + _TIME_WORD + r"\s*,\s*$")
# only after a clause headed by its place (وفي الرقة، …): with no place before the verb the object
# part already joins the event as a part that follows it; a speaker's clause (أعلن الجيش، اليوم
# الاثنين، تحرير …؛ أفاد مصدر، يوم الأربعاء، بارتفاع …) keeps its report apart
OPENER_HEAD = re.compile(r"\s*وفي\s+[^,;:.]{1,60}[,;:]")
SPEAKER_VERB = norm_re(
    r"(?<!\w)(?:أعلن|أعلنت|أفاد|أفادت|قال|قالت|أكد|أكدت|ذكر|ذكرت|أشار|أشارت|أوضح|أوضحت|صرح"
    r"|نقل|نقلت|كشف|كشفت|أورد|أوردت|نشر|نشرت|بث|بثت|زعم|زعمت|نفى|نفت|وثق|وثقت|رصد|رصدت)(?!\w)"
)
# a clause opening on a striking verb and its subject (استهدفت قوات النظام، اليوم،؛ ضربت طائرات
# روسية، فجر اليوم،؛ قصفت المدفعية التركية، أمس الأحد،): the piece after its time aside is the
# verb's object with its instrument (حي الشعار بالمدفعية الثقيلة، منازل في ذيبان برشاشات ثقيلة)
STRIKE_VERB_HEAD = norm_re(
    r"\s*[وف]?(?:استهدف|استهدفت|استهدفوا|قصف|قصفت|قصفوا|ضرب|ضربت|دك|دكت|أمطر|أمطرت)\s+"
    r"[^,;:.]{1,40}[,;:]"
)
# …but not a piece that opens a clause of its own: a connective, a relative, a result or a
# speaker's verb (…، صباح اليوم، ما أدى إلى؛ …، وقال المرصد؛ …، بعد أن؛ …، أسفرت عن)
NEW_CLAUSE_AFTER_ASIDE = norm_re(
    r"\s*(?:[وف]|ما\s|مما|حيث|بعد|قبل|إثر|اثر|عقب|جراء|بسبب|وسط|في\s+حين|فيما|كما|لكن|إلا"
    r"|حسب|بحسب|وفق|نقلا|بينما|أي\s|ذلك|الذي|التي|الذين|اللذين|اللتين|لي|لت|أسفر|أدى|أدت|خلف"
    r"|تسبب|أوقع|قتل|أصيب|سقط|أكد|قال|أفاد|ذكر|أشار|أعلن|تزامنا|بالتزامن|تمكن|تمكنت|ضمن|مع\s"
    r"|في\s+(?:إطار|سياق|ظل|خضم|وقت|حين|أعقاب)|على\s+(?:إثر|خلفية))"
)
# a comma list of short names after a plural place noun, its last item not yet told (سيطرت
# القوات على قرى ماير، رتيان،): the next piece holds the list's last name (باشكوي في ريف حلب)
COMMA_LIST_OPEN = norm_re(
    r"(?<!\S)(?:قرى|قريتي|بلدات|بلدتي|مدن|مدينتي|أحياء|حيي|مناطق|منطقتي|مزارع|تلال|مخيمات|نواحي)"
    r"\s+[^\s,،.؛:]+(?:\s+[^\s,،.؛:]+){0,2}\s*[,،](?:\s*[^\s,،.؛:]+(?:\s+[^\s,،.؛:]+){0,2}"
    r"\s*[,،])+\s*$"
)
# Two anchors far apart: a date found the same from both does not depend on the anchor.
_PROBE_ANCHORS = (dt.date(2001, 6, 15), dt.date(2009, 2, 10))


@dataclass(frozen=True)
class PlaceMention:
    """A place name in the text, resolved to a place and to the town it stands for."""

    start: int
    end: int
    surface: str
    place: Place
    town: Place
    reason: str
    entry_id: str


@dataclass
class Sentence:
    """A headline or sentence with its parts (offsets in the normalised text)."""

    index: int
    start: int
    end: int
    kind: str
    parts: list[tuple[int, int]]

    def part_of(self, pos: int) -> int:
        """Index of the part that contains offset `pos` (the last part if past the end)."""
        for i, (a, b) in enumerate(self.parts):
            if a <= pos < b:
                return i
        return len(self.parts) - 1


@dataclass
class DocMentions:
    """All mentions of one document, each list sorted by start offset."""

    text: str
    by_kind: dict[str, list[Any]] = field(default_factory=dict)
    starts: dict[str, list[int]] = field(default_factory=dict)

    def inside(self, kind: str, start: int, end: int) -> list[Any]:
        """Mentions of a kind that lie within text[start:end]."""
        items = self.by_kind.get(kind, [])
        starts = self.starts.get(kind)
        if starts is None or len(starts) != len(items):
            starts = self.starts[kind] = [m.start for m in items]
        i = bisect_left(starts, start)
        out = []
        while i < len(items) and items[i].start < end:
            if items[i].end <= end:
                out.append(items[i])
            i += 1
        return out


def split_parts(
    text: str, clauses: tuple[tuple[int, int], ...], start: int, end: int
) -> list[tuple[int, int]]:
    """Cut a sentence into parts: clauses cut at , ; : with short pieces glued to a neighbour."""
    pieces: list[tuple[int, int]] = []
    for a, b in clauses or ((start, end),):
        last = a
        breaks = [(m.end(), False) for m in _PART_BREAK.finditer(text, a, b)]
        breaks += [(m.start(), True) for m in ELIDED_ITEM.finditer(text, a, b)]
        for cut, elided in sorted(breaks):
            if cut <= last:
                continue
            if elided and not ACT_TOLD.search(text, last, cut):
                continue  # قتل 5 عناصر من قوات النظام و3 بانفجار لغم: the one act told
            pieces.append((last, cut))
            last = cut
        if last < b:
            pieces.append((last, b))
    merged: list[tuple[int, int]] = []
    carry: int | None = None  # start of a short piece waiting to be glued to the next one
    for i, (a, b) in enumerate(pieces):
        if carry is not None:
            a, carry = carry, None
        short = words_between(text, a, b) < MIN_PART_WORDS
        if (
            short
            and i + 1 < len(pieces)
            and OPENER.match(text, a, b)
            and not ends_sentence(text, a, b)
            and words_between(text, *pieces[i + 1]) >= MIN_PART_WORDS
            and not LOCATIVE_ITEM.match(text, pieces[i + 1][0])
        ):
            carry = a  # …، وفي المحمودية، أدى انفجار آخر لإصابة 4: the opener heads the next clause
        elif (
            merged
            and OBJECT_AFTER_COMMA.match(text, a)
            and text[a - 1 : a] == ","
            and not ends_sentence(text, *merged[-1])
        ):
            merged[-1] = (merged[-1][0], b)  # سيطر التنظيم، أمس، على القضاء: one clause
        elif (
            merged
            and TIME_ASIDE_END.search(text, merged[-1][0], merged[-1][1])
            and OPENER_HEAD.match(text, merged[-1][0], merged[-1][1])
            and not SPEAKER_VERB.search(text, merged[-1][0], merged[-1][1])
            and not NEW_CLAUSE_AFTER_ASIDE.match(text, a)
            and not ends_sentence(text, *merged[-1])
        ):
            # وفي الرقة، هاجم مسلحون مجهولون، ليل الجمعة، حاجزاً لقسد في بلدة الكرامة: one clause
            merged[-1] = (merged[-1][0], b)
        elif (
            merged
            and TIME_ASIDE_END.search(text, merged[-1][0], merged[-1][1])
            and STRIKE_VERB_HEAD.match(text, merged[-1][0], merged[-1][1])
            and not NEW_CLAUSE_AFTER_ASIDE.match(text, a)
            and not ends_sentence(text, *merged[-1])
        ):
            # استهدفت قوات النظام، اليوم، حي الشعار بالمدفعية الثقيلة: the object and instrument
            merged[-1] = (merged[-1][0], b)
        elif (
            merged
            and COMMA_LIST_OPEN.search(text, merged[-1][0], merged[-1][1])
            and not NEW_CLAUSE_AFTER_ASIDE.match(text, a)
            and not ends_sentence(text, *merged[-1])
        ):
            merged[-1] = (merged[-1][0], b)  # قرى ماير، رتيان، باشكوي في ريف حلب: one list
        elif merged and short and not ends_sentence(text, *merged[-1]):
            merged[-1] = (merged[-1][0], b)
        elif (
            short
            and (not merged or ends_sentence(text, *merged[-1]))
            and not ends_sentence(text, a, b)
        ):
            carry = a
        elif (
            merged
            and words_between(text, *merged[-1]) < MIN_PART_WORDS
            and not ends_sentence(text, *merged[-1])
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if carry is not None:
        merged.append((carry, pieces[-1][1]))
    return merged or [(start, end)]


def ends_sentence(text: str, a: int, b: int) -> bool:
    """True when text[a:b] ends with a full stop (or ! ?), quotes and spaces aside."""
    return text[a:b].rstrip(" \"'").endswith((".", "!", "?"))


def build_sentences(prepared: PreparedText) -> list[Sentence]:
    """The document's segments as Sentence objects with their parts."""
    text = prepared.norm.text
    return [
        Sentence(
            i, seg.start, seg.end, seg.kind, split_parts(text, seg.clauses, seg.start, seg.end)
        )
        for i, seg in enumerate(prepared.segments)
    ]


HIT_AND_RUN = re.compile(r"(?<!\w)(?:ال)?كر\s+$")  # كر وفر، الكر والفر


# An unlisted rebel brigade of the rebels' war (أعلنت كتيبة شهداء جبل الزاوية سيطرتها على حاجز،
# ألوية أحفاد الرسول، لواء صقور الغاب): a unit word with no ال (اللواء is a rank, اللواء 47 a
# regime brigade) and a name opening with a word rebel brigades take (شهداء، أحرار، أنصار، صقور،
# أسود، أحفاد، الفاروق، أبو …). Regime units (كتيبة الدفاع الجوي، الفرقة الرابعة) open with no such
# word; the regime's militias (لواء ذو الفقار، لواء أسد الله الغالب، كتائب البعث) are left out.
# No «تجمع»: activists' networks bear it (ذكر تجمع أحرار حوران، قال تجمع شباب حمص).
REBEL_UNIT = norm_re(
    r"(?<!\w)(?P<prefix>[وف]?(?:ل|ب)?)(?P<name>(?:كتيبه|كتاءب|لواء|الويه|سرايا)\s+"
    r"(?:شهداء|الشهداء|شهيد|الشهيد|احرار|الاحرار|انصار|صقور|اسود|ثوار|احفاد|فرسان|جند|"
    r"رجال|ابناء|حماه|درع|سيف|سيوف|نسور|فجر|نور|الفاروق|التوحيد|الحق|النصر|الفتح|الصحابه|"
    r"الرسول|الامه|المعتصم|السلطان|عمر|عثمان|ابو|ابي|ابن|خالد|صلاح|معاويه|القعقاع|البراء|"
    r"الصديق|حطين|اليرموك|القادسيه|الحريه|الكرامه|العز|المجد|الايمان|الاسلام|المهاجرين|"
    r"الانصار|الغرباء|المغيره|مصعب|حمزه|الحمزه|الزبير|سعد|طلحه|اهل|الجهاد|المجاهدين)"
    r"(?:\s+(?!(?:في|علي|من|مع|ضد|عن|الي|بعد|قبل|منذ|خلال|اثر|حيث|التي|الذي|الذين|مواقع|"
    r"موقع|مقرات|مقر|حاجز|نقاط|عناصر|قوات|جنود|مدينه|بلده|قريه|حي|اليوم|امس)(?!\w))"
    r"(?![\d٠-٩])\w+(?<!ها)(?<!هم)){0,3})"
)
REGIME_MILITIA_WORDS = re.compile(
    r"(?<!\w)(?:الحسين|الحسن|العباس|زينب|الامام|الفقار|البعث|الباقر|المهدي|الرضا|الكاظم|"
    r"السجاد|المرتضي|الله|الحشد|فاطميون|زينبيون|المقاومه|العلويه|الشيعه)(?!\w)"
)
RANK_BEFORE = re.compile(r"(?<!\w)(?:برتبه|رتبه)\s+$")
REGIME_NAMED = re.compile(  # the regime, or a Syrian governorate's countryside
    r"(?<!\w)[وف]?(?:(?:[بل]?ال|لل)(?:نظام|اسد|جيش السوري|جيش النظامي|جيش العربي السوري|"
    r"شبيحه)|ب?ريف (?:دمشق|حلب|ادلب|حماه|حمص|درعا|اللاذقيه|القنيطره))(?!\w)"
)


# a capital as the subject of a reply by strikes (وردت دمشق بقصف مواقع الفصائل؛ ودمشق ترد بغارات على
# …): the state's forces, not the city (Ankara, Moscow, Tehran, Washington are actor aliases; the two
# capitals told in the war's own countries are sides only here) (session 18, hR7)
CAPITAL_SIDES = {"دمشق": "syrian_regime", "بغداد": "iraqi_army"}
CAPITAL_REPLIES = re.compile(
    r"(?<!\w)[وف]?(?:(?:ردت|ترد|سارعت|تسارع)\s+(?P<a>دمشق|بغداد)|(?P<b>دمشق|بغداد)\s+(?:ترد|ردت))"
    r"(?=\s+ب(?:ال)?(?:قصف|غارات|غاره|ضربات|ضربه|استهداف|هجوم|هجمات)(?!\w))"
)


def capital_sides(text: str) -> list[Match]:
    """Damascus or Baghdad as the subject of a reply by strikes: the state's forces."""
    out = []
    for m in CAPITAL_REPLIES.finditer(text):
        g = "a" if m.group("a") else "b"
        start, end = m.span(g)
        name = text[start:end]
        out.append(Match(start, end, "actor", name, name, CAPITAL_SIDES[name], ""))
    return out


def rebel_units(text: str, found: list[Match], day: dt.date | None) -> list[Match]:
    """Unlisted rebel brigades in an article of the rebels' war (2012–2016, in Syria)."""
    if day is None or not 2012 <= day.year <= 2016 or not REGIME_NAMED.search(text):
        return []
    out = []
    for m in REBEL_UNIT.finditer(text):
        start, end = m.start("name"), m.end("name")
        if REGIME_MILITIA_WORDS.search(text, start, end) or RANK_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue  # لواء ذو الفقار: the regime's militia; برتبة لواء: a general's rank
        end = min([f.start for f in found if start < f.start < end], default=end)
        end = start + len(text[start:end].rstrip())  # سرايا أهل الشام مواقع قوات النظام
        if any(f.start < end and start < f.end for f in found):
            continue  # a listed side's name (لواء التوحيد، لواء شهداء اليرموك)
        name = text[start:end]
        out.append(Match(start, end, "actor", name, name, "syrian_opposition", m["prefix"]))
    return out


def find_mentions(
    text: str, res: Resources, publication_date: dt.date | None, estimate_vague: bool
) -> DocMentions:
    """Run every matcher once over the normalised text."""
    lex = res.lexicons
    mentions = DocMentions(text)
    kinds: dict[str, list[Any]] = {
        "action": res.actions.find(text),
        "modality": res.modality.find(text),
        "attribution": res.attribution.find(text),
        "platform": res.platforms.find(text),
        "casualty": res.casualties.find(text),
        "role": res.roles.find(text),
        "place_marker": res.place_markers.find(text),
        "variant": res.variant_cues.find(text),
        "link": res.links.find(text),
        "actor": [
            m
            for m in lex.find_actors(text)
            if not security_in_compound(text, m) and not MADE_IN.match(text, m.end)
        ],
        "reporter": res.reporters.find(text),
        "number": find_numbers(text, res.numbers, estimate=estimate_vague),
        "date": find_event_dates(text, res, publication_date),
        "place_match": with_section_head_names(
            text,
            with_struck_given_names(
                text,
                with_dual_class_names(text, lex.gazetteer.find(text), lex.gazetteer),
                lex.gazetteer,
            ),
            lex.gazetteer,
        ),
    }
    kinds["place"] = [
        p
        for p in resolve_places(text, kinds["place_match"], res)
        if not in_person_name(text, p, kinds["place_marker"])
        and not peaceful(text, p)
        and not official_title(text, p)
        and not told_to_outlet(text, p)
        and not in_operation_name(text, p)
    ]
    kinds["place"] = [p for p in kinds["place"] if not landmark_name(text, p, kinds["place"])]
    # a country's name glued by و into a list of villages (قرى عين زالة والمحمودية والسعودية) is
    # one more village the gazetteer lacks: neither the country nor its state as a side
    listed = [p for p in kinds["place"] if country_in_village_list(text, kinds["place"], p)]
    if listed:
        kinds["place"] = [p for p in kinds["place"] if p not in listed]
        for kind in ("actor", "platform"):  # nor an aircraft's owner
            kinds[kind] = [a for a in kinds[kind] if not in_place_name(a, listed, loose=True)]
    # a side's word inside a place's name (جبل الأكراد، جبل التركمان، حي الأكراد) is the place
    kinds["actor"] = [a for a in kinds["actor"] if not in_place_name(a, kinds["place"])]
    kinds["actor"] = sorted(
        kinds["actor"] + rebel_units(text, kinds["actor"], publication_date) + capital_sides(text),
        key=lambda a: a.start,
    )
    names = (
        kinds["actor"]
        + kinds["reporter"]
        + placed_names(text, kinds["place"], kinds["place_marker"])
    )
    longer = [p for p in kinds["place"] if len(p.surface.split()) > 1]  # مدينة تدمر
    # a period word inside a day's date (في الخامس من الشهر الماضي، 15 الشهر الماضي) tells
    # that day, not a month's toll
    days = [d for d in kinds["date"] if d.precision == "day" or "day_of_month" in d.rule]
    kinds["casualty"] = [
        h for h in kinds["casualty"] if not (h.entry.get("type") == "toll" and inside_any(h, days))
    ]
    kinds["action"] = [
        h
        for h in kinds["action"]
        if not inside_any(h, names + longer)
        and not (
            h.entry_id == "withdrawal.flee"
            and HIT_AND_RUN.search(text, max(0, h.start - 8), h.start)
        )
    ]  # معارك كر وفر بين قوات النظام والفصائل: a kind of fight, no flight that cuts its sides off
    # «مسيرة» inside a march's cue (خرجت مسيرة حاشدة في حمص قتل خلالها 3 متظاهرين برصاص الأمن؛
    # تعرضت مسيرة احتجاجية لإطلاق نار) is the march, not a drone that makes the shooting an air
    # strike (session 17, hP6)
    marches = [h for h in kinds["action"] if h.entry.get("action") == "protest"]
    kinds["platform"] = [p for p in kinds["platform"] if not inside_any(p, marches)]
    # a variant word inside a name (شغب in قوات مكافحة الشغب) says nothing of the protest
    kinds["variant"] = [h for h in kinds["variant"] if not inside_any(h, kinds["actor"])]
    # nor a civilian word inside a side's name (العمال in حزب العمال الكردستاني) of its victims
    sides = [a for a in kinds["actor"] if a.kind != "anaphor" and a.entry_id != "civilians"]
    kinds["role"] = [
        h
        for h in kinds["role"]
        if not (
            h.entry.get("type") == "civilian"
            and (
                inside_any(h, sides)
                or ARMED_AFTER.match(text, h.end)
                or taken_to_hospital(text, h.start, h.surface)
            )
        )
    ]
    # تعتقل 3 شبان من أبناء المدينة، استشهد ستة من أبناء البلدة: the town's people, not fighters
    kinds["actor"] = [
        a for a in kinds["actor"] if a.entry_id != LOCAL_FIGHTERS or fighting_sons(a, text)
    ]
    mentions.by_kind = {k: sorted(v, key=lambda m: (m.start, -m.end)) for k, v in kinds.items()}
    return mentions


# bare الأمن is the security forces (برصاص الأمن، الأمن فرّق المظاهرة) except as part of a compound:
# a head noun before it (مجلس الأمن، حفظ الأمن، زعزعة الأمن، وزير الأمن) or a qualifier after it
# (الأمن العام، الأمن الوطني، الأمن الداخلي، الأمن والاستقرار، الأمن الغذائي) (session 9)
BARE_SECURITY = frozenset({"الامن"})
SECURITY_HEAD_BEFORE = norm_re(
    r"(?<!\w)[وبلف]?(?:ال)?(?:مجلس|حفظ|زعزعه|استتباب|فرض|ضبط|عوده|اعاده|استقرار|وزير|وزاره|مستشار"
    r"|مدير|مديريه|قياده|لجنه|خليه|ملف|دعم|تعزيز|توفير|تحقيق|بسط|غياب|انعدام|فقدان|اختلال|انفلات"
    r"|فلتان|مسؤول|مسؤولي|مسؤولو|هيئه|رئيس|جهاز|اجهزه|قطاع|شؤون)\s+$"
)
SECURITY_QUALIFIER_AFTER = norm_re(
    r"\s+(?:و?ال(?:عام|وطني|قومي|داخلي|دولي|اقليمي|غذاءي|غذائي|مائي|سيبراني|اجتماعي|جناءي|جنائي"
    r"|سياسي|عسكري|والاستقرار|والامان|والسلام|والنظام)|والاستقرار|والامان)(?!\w)"
)


# a nationality told as a make (طائرات حربية روسية الصنع، مدفع أمريكي الصنع): no owner named
MADE_IN = re.compile(r"\s+(?:ال)?صنع(?!\w)")


def security_in_compound(text: str, m: Any) -> bool:
    """True for a bare «الأمن» that is part of a compound (or told with لل: للأمن), not the
    security forces."""
    if m.kind != "anaphor" or m.key not in BARE_SECURITY:
        return False
    if m.prefix not in ("", "و", "ف", "ب", "وب"):
        return True
    start = m.start - len(m.prefix)
    return bool(
        SECURITY_HEAD_BEFORE.search(text, max(0, start - 16), start)
        or SECURITY_QUALIFIER_AFTER.match(text, m.end)
    )


# what makes a civilian-looking word an armed man's: a security or military word right after it
# (رجل أمن، الطبيب العسكري) or, a few words on, «وهو عنصر/مقاتل/قيادي في» (session 9 review)
ARMED_AFTER = re.compile(
    r"\s+(?:(?:ال)?(?:امن|عسكري|شرطه|امني)(?!\w)|(?:\S+\s+){0,3}?[وف]?(?:هو|كان)\s+"
    r"(?:عنصر|مقاتل|قيادي|جندي|ضابط|منتسب|عضو)\s+(?:في|ب|من)(?!\w))"
)


# a hospital the dead or wounded were taken to (نقلوا إلى المستشفى، وصلت جثامينهم إلى المشفى
# الوطني، أسعفوا إلى أحد المشافي): where the victims went, no civilian target struck; a strike on a
# hospital is told with على / استهدف / طال (session 16, hH5)
HOSPITAL = norm_re(r"(?:ال)?(?:مستشفى|مشفى|مشافي|مستشفيات)")
TAKEN_TO = norm_re(
    r"(?<!\w)(?:(?:إلى|الى)\s+(?:(?:أحد|إحدى|احد|احدى)\s+)?"
    r"|(?:مصدر|مصادر|طبيب|أطباء|مدير|إدارة|مسؤول)\s+(?:\S+\s+)?(?:في\s+|ب))$"
)  # …إلى المشفى؛ وقال مصدر طبي في مشفى الحسكة: the source's seat, no target either


def taken_to_hospital(text: str, start: int, surface: str) -> bool:
    """True for a hospital word told right after «إلى» (…وصلت إلى المشفى) or as the seat of a
    source (مصدر طبي في مشفى الحسكة، مدير مستشفى …)."""
    word = surface.split()[0] if surface.split() else surface
    word = word[1:] if word[:1] in "وبل" and not HOSPITAL.fullmatch(word) else word
    return bool(HOSPITAL.fullmatch(word)) and bool(TAKEN_TO.search(text, max(0, start - 30), start))


# ---- dual class nouns (session 5): ناحيتي الزاب والرياض = ناحية الزاب + ناحية الرياض
DUAL_CLASS_NOUNS = {
    "ناحيتي": "ناحيه",
    "محافظتي": "محافظه",
    "قضاءي": "قضاء",
    "قضائي": "قضاء",
    "بلدتي": "بلده",
    "قريتي": "قريه",
    "مدينتي": "مدينه",
    "مخيمي": "مخيم",
    "حيي": "حي",
}
# a plural class noun opens a longer list the same way (أحياء الجراجمة والحاضر: حي الجراجمة، حي الحاضر)
PLURAL_QUARTER_NOUNS = {"احياء": "حي"}
_DUAL_NOUN = norm_re(
    r"(?<!\w)[وفبل]{0,2}(" + "|".join([*DUAL_CLASS_NOUNS, *PLURAL_QUARTER_NOUNS]) + r")\s+"
)
_LIST_STOP = norm_re(r"[,;:.()\"'\n،؛]")


def with_dual_class_names(text: str, matches: list[Match], gaz) -> list[Match]:
    """Read each name after a dual class noun as «singular class noun + name» when the
    gazetteer knows it so (ناحيتي الزاب والرياض: ناحية الزاب، ناحية الرياض; the bare names
    are a river and a capital). Such a name replaces the bare-name match on its span."""
    found: list[Match] = []
    for dual in _DUAL_NOUN.finditer(text):
        noun = dual.group(1)
        singular = DUAL_CLASS_NOUNS.get(noun) or PLURAL_QUARTER_NOUNS[noun]
        pos = dual.end()
        for turn in range(2 if noun in DUAL_CLASS_NOUNS else 8):
            stop = _LIST_STOP.search(text, pos)
            rest = text[pos : stop.start() if stop else len(text)]
            if turn:
                lead = re.match(r"\s*و(?=\w)", rest)
                if not lead:
                    break
                pos += lead.end()
                rest = rest[lead.end() :]
            synthetic = f"{singular} {rest}"
            shift = len(singular) + 1
            hits = gaz.find(synthetic)
            head = next((m for m in hits if m.start == 0 and m.end > shift), None)
            first = _first_of_pair(gaz, singular, rest, hits, shift)
            if first is not None:
                found.append(replace(first, start=pos, end=pos + first.end - shift))
                found[-1] = replace(found[-1], surface=text[found[-1].start : found[-1].end])
                pos += first.end - shift
                continue
            if head is None:
                bare = next((m for m in hits if m.start == shift and not m.prefix), None)
                if bare is None:
                    break
                pos += bare.end - shift  # a bare name the matcher already finds (بلدتي حمورية)
                continue
            end = pos + head.end - shift
            found.append(replace(head, start=pos, end=end, surface=text[pos:end]))
            pos = end
    if not found:
        return matches
    kept = [m for m in matches if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


# A strike's noun and its «على» (غارات على، ضربة جوية روسية على، برميلين متفجرين على): the
# object after it is where the strike fell, so a village the gazetteer lists only with its
# settlement noun because its bare name is a given name (بلدة سلمى، بلدة حيان، قرية بشير)
# is that village here too (شن الطيران أكثر من 40 غارة على سلمى ومحيطها).
_STRUCK_ON = norm_re(
    r"(?<!\w)(?:ال)?(?:غاره|غارات|غارتين|غارتان|ضربه|ضربات|ضربتين|ضربتان|برميل|براميل|برميلين"
    r"|برميلا|برميلاً)(?:\s+[^\s\d,،.؛:]+){0,2}?\s+(?:على|علي)\s+"
)
_GIVEN_NAME_NOUNS = ("بلده", "قريه")


def with_struck_given_names(text: str, matches: list[Match], gaz) -> list[Match]:
    """Read a bare name right after a strike's «على» (and the names joined to it by و) as
    «بلدة/قرية + name» when the gazetteer knows the village only so: its bare name is a
    given name (سلمى، حيان) that is no place elsewhere, but no person is struck «على» it."""
    found: list[Match] = []
    for on in _STRUCK_ON.finditer(text):
        pos = on.end()
        for turn in range(4):
            if turn:
                lead = re.match(r"و(?=\w)", text[pos:])
                if not lead:
                    break
                pos += lead.end()
            known = next((m for m in matches if m.start <= pos < m.end), None)
            if known is not None:  # a name the matcher already finds (على كنسبا وسلمى)
                pos = known.end
                pos += len(text[pos:]) - len(text[pos:].lstrip())
                continue
            stop = _LIST_STOP.search(text, pos)
            rest = text[pos : stop.start() if stop else len(text)]
            head = None
            for noun in _GIVEN_NAME_NOUNS:
                shift = len(noun) + 1
                head = next(
                    (m for m in gaz.find(f"{noun} {rest}") if m.start == 0 and m.end > shift),
                    None,
                )
                if head is not None:
                    break
            if head is None:
                break
            end = pos + head.end - shift
            found.append(replace(head, start=pos, end=end, surface=text[pos:end]))
            pos = end
            pos += len(text[pos:]) - len(text[pos:].lstrip())
    if not found:
        return matches
    kept = [m for m in matches if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


# A section head of a daily list (LCC, SOHR, SNHR): "governorate – town:" opens the line of the
# town's items (درعا – الحراك: استشهد ستة …، ريف دمشق – التل: …).
_SECTION_HEAD = norm_re(
    r"(?m)^[ \t]*[^\n:.،,]{2,30}?[ \t]*[-–—][ \t]*([^\n:.،,\-–—]{2,30}?)[ \t]*:"
)
SECTION_HEAD_NOUNS = ("مدينه", "بلده", "قريه")


def with_section_head_names(text: str, matches: list[Match], gaz) -> list[Match]:
    """Read the town of a section head (درعا – الحراك:) with a settlement noun when the
    gazetteer knows it only so: its name is an ordinary word (الحراك، التل، كسب) that the
    gazetteer lists only as «مدينة الحراك», and the head tells that it is a town."""
    found: list[Match] = []
    for head in _SECTION_HEAD.finditer(text):
        start, end = head.span(1)
        if any(m.start <= start and end <= m.end for m in matches):
            continue  # حمص – تلبيسة: a name the gazetteer knows bare
        for noun in SECTION_HEAD_NOUNS:
            synthetic = f"{noun} {text[start:end]}"
            whole = next(
                (m for m in gaz.find(synthetic) if m.start == 0 and m.end == len(synthetic)), None
            )
            if whole is not None:
                found.append(replace(whole, start=start, end=end, surface=text[start:end]))
                break
    if not found:
        return matches
    kept = [m for m in matches if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def _first_of_pair(gaz, singular: str, rest: str, hits: list[Match], shift: int) -> Match | None:
    """The first name of a pair the gazetteer holds as one name (بلدتي نبل والزهراء: the alias
    «نبل والزهراء» is one town): when a name matched after a dual class noun spans a «و» and the
    words before it are a name the gazetteer knows on their own, that name is the first of two."""
    whole = next((m for m in hits if m.start in (0, shift) and m.end > shift), None)
    if whole is None:
        return None
    joint = re.search(r"\s+و(?=\w)", rest[: whole.end - shift])
    if joint is None:
        return None
    part = rest[: joint.start()]
    synthetic = f"{singular} {part}"
    return next(
        (
            m
            for m in gaz.find(synthetic)
            if m.end == len(synthetic) and (m.start == 0 or (m.start == shift and not m.prefix))
        ),
        None,
    )


LOCATIVE_WORDS = (
    "في",
    "وفي",
    "الى",
    "نحو",
    "قرب",
    "داخل",
    "عند",
    "ببلده",
    "بمدينه",
    "ومدينه",
    "وبلده",
)


def placed_names(text: str, places: list[Any], markers: list[Any]) -> list[Any]:
    """Place names that are clearly places (after a class noun or a locative): تدمر in مدينة تدمر."""
    out = []
    for p in places:
        before = re.findall(r"\w+", text[max(0, p.start - 20) : p.start])
        noun = any(
            m.end <= p.start
            and not text[m.end : p.start].strip()
            and m.entry.get("type") == "class_noun"
            for m in markers
        )
        if noun or (before and before[-1] in LOCATIVE_WORDS):
            out.append(p)
    return out


def in_place_name(actor: Any, places: list[Any], loose: bool = False) -> bool:
    """True for an actor word that a place's name opens before and closes after or with
    (جبل الأكراد in Latakia, حي الأكراد): the name's genitive, not a side. ``loose``: any
    overlap with the place's word."""
    if loose:
        return any(p.start < actor.end and actor.start < p.end for p in places)
    return any(p.start < actor.start and actor.end <= p.end for p in places)


def country_in_village_list(text: str, places: list[Any], p: Any) -> bool:
    """True for a country's name glued to «و» after other names of a list of villages headed
    by a plural class noun (قرى عين زالة والمحمودية والسعودية): a village of that name."""
    if p.place.kind != "country" or text[max(0, p.start - 1) : p.start] != "و":
        return False
    if p.start >= 2 and text[p.start - 2].isalpha():
        return False  # not glued to «و» alone
    return _in_village_list(text, places, p)


def inside_any(hit: Any, names: list[Any]) -> bool:
    """True when a cue lies inside a name (تحرير in هيئة تحرير الشام)."""
    return any(n.start <= hit.start and hit.end <= n.end for n in names)


# «منذ ساعات / منذ ساعة (قليلة)» with no part of a day after it (not منذ ساعات فجر أمس، منذ ساعات
# الصباح): the date parser reads no day in it (it may be "for hours"); as a span of hours back from
# the report it is kept here, so that an act told with a past verb (شنت الطائرات منذ ساعات غارات)
# takes the report's day (events.told_days_ago, rule since+duration:fewxhour; session 17, hM6)
FEW_HOURS_BACK = norm_re(
    r"(?<!\w)منذ\s+(?:ساعات|ساعة)(?:\s+قليلة)?(?!\w)(?!\s+(?:ال|فجر|صباح|ظهر|ظهيرة|عصر|مساء"
    r"|ليل|ليلة|منتصف|امس|أمس|يوم|اول|أول)\S*)"
)


def few_hours_back(text: str, day: dt.date, found: list[DateMatch]) -> list[DateMatch]:
    """Spans of a few hours back from the report (منذ ساعات) that no date found covers."""
    out = []
    for m in FEW_HOURS_BACK.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        out.append(
            DateMatch(
                m.start(),
                m.end(),
                day,
                "hour",
                None,
                "since+duration:fewxhour",
                "since",
                surface=m.group(),
            )
        )
    return out


def find_event_dates(
    text: str, res: Resources, publication_date: dt.date | None
) -> list[DateMatch]:
    """Date expressions resolved against the publication date.

    Without a publication date only anchor-independent dates (an explicit day with its
    year) are kept; relative ones are returned with date=None and rule 'unresolved:...'.
    """
    if publication_date is not None:
        found = find_dates(text, publication_date, res.dates)
        return sorted(found + few_hours_back(text, publication_date, found), key=lambda d: d.start)
    first, second = (find_dates(text, a, res.dates) for a in _PROBE_ANCHORS)
    out = []
    for a, b in zip(first, second, strict=False):
        if (a.start, a.end, a.date) == (b.start, b.end, b.date):
            out.append(a)
        else:
            out.append(
                replace(
                    a, date=None, precision="unknown", offset_days=None, rule=f"unresolved:{a.rule}"
                )
            )
    return out


PERSON_NAME_WORDS = 2  # given names that may stand between a title and a name-like place


def in_person_name(text: str, place: PlaceMention, markers: list[Any]) -> bool:
    """True when a place name is part of a person's name (العماد فهد جاسم الفريج: not Jasim).

    A person title (a place_markers entry of type person_title) stands at most
    PERSON_NAME_WORDS words before the name, with only words between: no punctuation,
    preposition or class noun (قال العميد إن قوات … في جاسم is still a place).
    """
    for m in markers:
        if m.entry.get("type") != "person_title" or m.end > place.start:
            continue
        between = text[m.end : place.start]
        words = between.split()
        if len(words) > PERSON_NAME_WORDS or re.search(r"[^\w\s]", between):
            continue
        if any(w in LOCATIVE_WORDS or w in NOT_NAME_WORDS for w in words):
            continue
        return True
    return False


NOT_NAME_WORDS = frozenset({"من", "علي", "ان", "الي", "عن", "مع", "بين", "ب", "ل"})

# «سلمية / السلمية» (peaceful) after a protest or a manner noun is the adjective, not the town of
# Salamiyah (مظاهرة سلمية، المظاهرات السلمية، اعتصام سلمي، بطريقة سلمية، وقفة احتجاجية سلمية)
PEACEFUL_NAMES = frozenset({"سلميه", "السلميه"})
PEACEFUL_AFTER = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:مظاهر\w*|تظاهر\w*|احتجاج\w*|وقف\w*|اعتصام\w*|مسير\w*|حراك\w*"
    r"|طريق\w*|صور\w*|ثور\w*|نشاط\w*|حاشد\w*|شعبي\w*)\s+$"
)


# a quoted name of a battle, an operation, a campaign or an operations room (معركة "تحرير حماة"،
# غرفة عمليات «فتح حلب»، عملية "قادمون يا نينوى"), or of a Friday of the 2011–2012 protests
# (في جمعة "عذراً حماة سامحينا"، جمعة «حمص العدية»): a place named in it is the aim or the
# cause, not where the event is
OPERATION_NOUN = re.compile(
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:معركه|معارك|عمليه|عمليات|حمله|غرفه\s+عمليات|غرفه|جمعه))\s*$"
)
QUOTES_OPEN = "\"«“'"
QUOTES_CLOSE = "\"»”'"
OPERATION_NAME_CHARS = 40


def in_operation_name(text: str, place: PlaceMention) -> bool:
    """True for a place named inside the quoted name of a battle or an operations room."""
    window = text[max(0, place.start - OPERATION_NAME_CHARS) : place.start]
    opens = max((window.rfind(q) for q in QUOTES_OPEN), default=-1)
    if opens < 0 or any(q in window[opens + 1 :] for q in QUOTES_CLOSE if q != window[opens]):
        return False
    if any(q in window[opens + 1 :] for q in QUOTES_OPEN):
        return False  # the quote before it is closed: the place is after the name
    after = text[place.end : place.end + OPERATION_NAME_CHARS]
    if not any(q in after for q in QUOTES_CLOSE):
        return False
    return bool(OPERATION_NOUN.search(window[:opens]))


# A landmark's name (حاجز الطيبة، نقطة الكرامة، دوار الزيتونة، جسر الرستن، مفرق الحمرا، تلة الصنوبر)
# told in the town it stands in (… في مدينة داريا، بحي الشعار، داخل بلدة المليحة): the name is the
# landmark's, often a village's far away or a namesake; the event is in the town (codebook §1).
LANDMARK_BEFORE = norm_re(
    r"(?<!\w)[وبل]?(?:ال)?(?:حاجز|حاجزا|حواجز|نقطة|نقطتي|جسر|دوار|مفرق|تلة|كازية|محطة)\s+$"
)
LANDMARK_TOWN_AFTER = norm_re(
    r"(?:\s+(?:الرئيسي|العسكري|الامني|الشهير|الشرقي|الغربي|الشمالي|الجنوبي))?"
    r"(?:\s+(?:التابع\S*\s+)?ل\S+(?:\s+(?:النظام|الاسد|السوري|الدولة|داعش|الشعبي))?)?\s+"
    r"(?:(?:في|داخل|وسط)\s+|ب(?=\S))(?:(?:ال)?(?:مدينة|بلدة|قرية|حي|ناحية|منطقة)\s+)?$"
)
LANDMARK_GAP_CHARS = 60
TOWN_KINDS = ("city", "town", "village", "neighbourhood", "camp")


def landmark_name(text: str, place: PlaceMention, places: list[PlaceMention]) -> bool:
    """True for a name right after a landmark noun (حاجز/نقطة/جسر/دوار/مفرق/تلة) when the
    town the landmark stands in is told right after it (حاجز الطيبة في مدينة داريا)."""
    if not LANDMARK_BEFORE.search(text, max(0, place.start - 12), place.start):
        return False
    nxt = next((q for q in places if q.start >= place.end), None)
    if nxt is None or nxt.start - place.end > LANDMARK_GAP_CHARS:
        return False
    if nxt.place.kind not in TOWN_KINDS or nxt.place.id == place.place.id:
        return False
    return bool(LANDMARK_TOWN_AFTER.fullmatch(text, place.end, nxt.start))


# «القائم بالأعمال» (chargé d'affaires) and «القائم مقام» (a district's governor) are titles, not
# the town of al-Qa'im (استدعت الخارجية القائم بالأعمال التركي) (session 18, hG7)
TITLE_NAMES = frozenset(normalize_key(w) for w in ("القائم", "والقائم"))
TITLE_AFTER = norm_re(r"\s+(?:ب(?:ال)?اعمال|مقام)(?!\w)")


def official_title(text: str, place: PlaceMention) -> bool:
    """True for «القائم» heading an official's title (القائم بالأعمال، القائم مقام)."""
    return normalize_key(place.surface) in TITLE_NAMES and bool(TITLE_AFTER.match(text, place.end))


# a channel named after a town, told as whom a source spoke to (قال مصدر مقرب من الحزب للميادين
# إن …؛ وأكد قائد ميداني للميادين أن …): the outlet, not al-Mayadin; «وصلت تعزيزات للميادين» has
# no speaker and stays the town (session 18, hR7)
OUTLET_TOWN_NAMES = frozenset(normalize_key(w) for w in ("ميادين",))
SPEAKER_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:قال|قالت|قالوا|يقول|تقول|افاد|افادت|اكد|اكدت|ذكر|ذكرت|صرح|صرحت|اوضح|اوضحت"
    r"|كشف|كشفت|اضاف|اضافت|اشار|اشارت|نقل|نقلت|مصدر|مصادر|مسؤول|مسؤولون|شاهد|شهود|ناشط|ناشطون"
    r"|متحدث|المتحدث|الناطق|قائد|قيادي|تحدث|تحدثت|حديث|تصريح|تصريحات)(?!\w)"
)
SPEAKER_WINDOW_CHARS = 70
SPEAKER_WORDS = 6  # فيما قال مصدر مقرب من الحزب للميادين


def told_to_outlet(text: str, place: PlaceMention) -> bool:
    """True for a town's name that is a channel's, glued by لـ after a speaker (للميادين)."""
    if (
        normalize_key(place.surface) not in OUTLET_TOWN_NAMES
        or text[max(0, place.start - 2) : place.start] != "لل"
    ):
        return False
    before = text[max(0, place.start - 2 - SPEAKER_WINDOW_CHARS) : place.start - 2]
    before = re.split(r"[.,،؛;:\n]|(?<!\w)(?:ان|بان|انه|انها|بانه|بانها)(?!\w)", before)[-1]
    return bool(SPEAKER_BEFORE.search(" ".join(before.split()[-SPEAKER_WORDS:])))  # not the
    # speech told: قال المرصد إن طائرات التحالف شنت غارات على الطريق المؤدي للميادين


def peaceful(text: str, place: PlaceMention) -> bool:
    """True for «سلمية» told as the adjective "peaceful" of a protest (مظاهرة سلمية)."""
    if place.surface not in PEACEFUL_NAMES:
        return False
    return bool(PEACEFUL_AFTER.search(text, max(0, place.start - 25), place.start))


def resolve_places(text: str, matches: list[Match], res: Resources) -> list[PlaceMention]:
    """Resolve each place name in the context of the whole document."""
    gaz = res.lexicons.gazetteer
    hint = dominant_admin1(matches, gaz)
    country = dominant_country(matches, gaz)
    out = []
    for m in matches:
        place, reason = gaz.resolve(m, text)
        if hint and place.admin1 != hint and _close_call(gaz, m, text):
            place, reason = gaz.resolve(m, text, hint)  # المنصورة in a report about Raqqa
        if country and place.country != country and _close_call(gaz, m, text):
            place, reason = in_country(gaz, m, text, country) or (place, reason)
        out.append(
            PlaceMention(m.start, m.end, m.surface, place, gaz.town_of(place), reason, m.entry_id)
        )
    return quarter_of_the_city_in_focus(text, located_near_anchor(text, out, gaz), gaz, country)


# «في المدينة / بالمدينة / داخل المدينة» right after a quarter: the city the article is about
CITY_ANAPHOR_AFTER = re.compile(r"\s*(?:(?:في|داخل|وسط)\s+|ب)المدينه(?!\w)")
QUARTER_NAMESAKE_KM = 80.0


def quarter_of_the_city_in_focus(
    text: str, places: list[PlaceMention], gaz, country: str | None = None
) -> list[PlaceMention]:
    """A quarter told as one of «the city» (قتل 5 مدنيين بغارات على مدينة خان شيخون. وطال القصف
    حي الصناعة في المدينة) lies in the city named last before it, not in a namesake's city far
    away (Deir ez-Zor's حي الصناعة): a quarter of that name near the city if the gazetteer has
    one, else the city itself (codebook §1: a neighbourhood resolves to its town). So does a
    quarter told in the sentence of another town (وفي بغداد، انفجرت عبوة في حي الزهراء; في
    كربلاء … في حي العباسية) whose own city the paragraph never names, and a quarter of another
    country than the document's whose city the document never names (انسحبوا من حي العباسية in
    a Kut story: the city in focus, looked for over paragraphs too, in the document's country);
    quarter names (الزهراء، العباسية، الخالدية) repeat from city to city."""
    out: list[PlaceMention] = []
    for pm in places:
        if pm.place.kind != "neighbourhood":
            out.append(pm)
            continue
        anaphor = bool(CITY_ANAPHOR_AFTER.match(text, pm.end))
        namesake = _namesake_of_the_city_told_last(out, pm, gaz)
        if namesake is not None:
            why = f"a quarter of {gaz.town_of(namesake).name_en}, the city told last before it"
            out.append(replace(pm, place=namesake, town=gaz.town_of(namesake), reason=why))
            continue
        foreign = _foreign_quarter(places, pm, country)
        if (
            not anaphor
            and not foreign
            and not _shared_quarter_name_in_a_town_s_paragraph(text, places, pm, gaz)
            and not _quarter_in_another_town_s_sentence(text, out, places, pm, gaz)
        ):
            out.append(pm)
            continue
        before = [
            q
            for q in out
            if q.end <= pm.start
            and q.place.kind not in AREA_KINDS
            and q.town.kind not in AREA_KINDS
            and q.place.kind != "neighbourhood"
            and (anaphor or foreign or "\n" not in text[q.end : pm.start])
            and (not foreign or q.place.country == country)
            # a bureau's dateline abroad (بيروت (رويترز) -) is no city of the story
            and (foreign or q.place.country == pm.place.country or not _opens_a_dateline(text, q))
        ]
        city = before[-1].town if before else None
        if (
            city is None
            or city.id == pm.town.id
            or None in (city.lat, pm.place.lat)
            or distance_km(pm.place, city) <= QUARTER_NAMESAKE_KM
        ):
            out.append(pm)
            continue
        near = [
            p
            for p in gaz.candidates(pm.surface)
            if p.lat is not None and distance_km(p, city) <= QUARTER_NAMESAKE_KM
        ]
        place = min(near, key=lambda p: distance_km(p, city)) if near else city
        why = f"a quarter of the city in focus ({city.name_en})"
        out.append(replace(pm, place=place, town=gaz.town_of(place), reason=why))
    return out


SENTENCE_END = re.compile(r"[.!?\n]")
# a clause opened on a town (وفي بغداد، …؛ . في حمص …): the place of what the clause tells
TOWN_FRAME_BEFORE = norm_re(
    r"(?:^|[\n.;:،,!?])\s*(?:و|كما\s+)?(?:في|ب)\s*(?:(?:ال)?(?:مدينة|بلدة|العاصمة)\s+)?$"
)
# a town opening its line before an outlet tag or a dash (بيروت (رويترز) - ، حمص - )
LINE_DATELINE_TAIL = norm_re(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—/:]")


def _opens_a_dateline(text: str, pm: PlaceMention) -> bool:
    """True for a place that opens its line before a dash or an outlet tag (a dateline)."""
    line_start = text.rfind("\n", 0, pm.start) + 1
    if text[line_start : pm.start].strip(" \t\u200f\u200e\"'«»"):
        return False
    return bool(LINE_DATELINE_TAIL.match(text, pm.end))


def _namesake_of_the_city_told_last(resolved: list[PlaceMention], pm: PlaceMention, gaz):
    """The namesake quarter of the city the document named last before a shared quarter name
    (… حلب … وفي حمص، تعرضت أحياء المدينة لقصف. واشتبك مقاتلو الجيش الحر في حي الخالدية: Homs'
    Khalidiya, not Aleppo's), when the quarter was resolved to another city; None otherwise."""
    before = [
        q
        for q in resolved
        if q.end <= pm.start
        and q.place.kind not in AREA_KINDS
        and q.town.kind not in AREA_KINDS
        and q.place.lat is not None
    ]
    if not before or pm.place.lat is None:
        return None
    last = before[-1]
    if distance_km(pm.place, last.place) <= QUARTER_NAMESAKE_KM:
        return None
    near = [
        p
        for p in gaz.candidates(pm.surface)
        if p.kind == "neighbourhood"
        and p.lat is not None
        and distance_km(p, last.place) <= QUARTER_NAMESAKE_KM
    ]
    return min(near, key=lambda p: distance_km(p, last.place)) if near else None


def _foreign_quarter(places: list[PlaceMention], pm: PlaceMention, country: str | None) -> bool:
    """True for a quarter of another country than the document's whose city (or any place
    within QUARTER_NAMESAKE_KM of it) the document never names."""
    if not country or pm.place.country == country or pm.place.lat is None:
        return False
    return not any(
        q is not pm
        and q.place.kind not in AREA_KINDS
        and q.place.lat is not None
        and distance_km(q.place, pm.place) <= QUARTER_NAMESAKE_KM
        for q in places
    )


def _quarter_in_another_town_s_sentence(
    text: str, resolved: list[PlaceMention], places: list[PlaceMention], pm: PlaceMention, gaz
) -> bool:
    """True for a quarter whose sentence names, last before it, a town far from the quarter's
    own city (وفي بغداد، انفجرت عبوة ناسفة في حي الزهراء: Mosul's and Homs' quarters), when the
    quarter's paragraph names no place near its own city. A quarter name of one city only
    (حي الوعر) keeps its city unless that town is in another country (في كربلاء … حي العباسية):
    a victim's home town is often told before it (قتل طفل من مدينة حلب بقصف على حي الوعر)."""
    if pm.place.lat is None:
        return False
    before = [
        q
        for q in resolved
        if q.end <= pm.start
        and q.place.kind not in AREA_KINDS
        and q.town.kind not in AREA_KINDS
        and q.place.kind != "neighbourhood"
        and not SENTENCE_END.search(text, q.end, pm.start)
    ]
    if not before or before[-1].town.lat is None:
        return False
    last = before[-1]
    if distance_km(pm.place, last.town) <= QUARTER_NAMESAKE_KM or _opens_a_dateline(text, last):
        return False
    if last.town.country == pm.place.country:
        namesakes = {
            gaz.town_of(p).id
            for p in gaz.candidates(pm.surface)
            if p.kind == "neighbourhood" and gaz.town_of(p) is not None
        }
        if len(namesakes) < 2 or not TOWN_FRAME_BEFORE.search(
            text, max(0, last.start - 30), last.start
        ):
            return False  # a speaker's or a victim's town (أعلن المتحدث في بغداد أن …)
    start = text.rfind("\n", 0, pm.start) + 1
    end = text.find("\n", pm.end)
    end = len(text) if end < 0 else end
    return not any(
        q is not pm
        and start <= q.start < end
        and q.place.kind not in AREA_KINDS
        and q.place.lat is not None
        and distance_km(q.place, pm.place) <= QUARTER_NAMESAKE_KM
        for q in places
    )


def _shared_quarter_name_in_a_town_s_paragraph(
    text: str, places: list[PlaceMention], pm: PlaceMention, gaz
) -> bool:
    """True for a quarter name that several cities share (حي الصناعة، حي القصور، حي الزهراء),
    told with no city after it, whose resolved city the document never names: in a paragraph
    about another town (وفي سري كانيه أيضاً، تصدى المقاتلون لهجوم على حي الصناعة) it is that
    town's quarter, not the namesake's city far away. A quarter name of one city only (حي
    الشعار) keeps its city, which bulletins often leave untold."""
    namesakes = {
        gaz.town_of(p).id
        for p in gaz.candidates(pm.surface)
        if p.kind == "neighbourhood" and gaz.town_of(p) is not None
    }
    if len(namesakes) < 2:
        return False
    return not any(
        q is not pm and q.place.kind != "neighbourhood" and q.town.id == pm.town.id for q in places
    )


# a place told as lying in or beside another (قرية X التابعة لناحية زمار، X في ريف الموصل، قرى X
# وY جنوب سنجار، X في محافظة نينوى): the words between the place (or the list it heads) and
# its anchor end on a locator, an optional preposition and administrative noun, and the
# anchor's own clitic (لناحية، بريف); «و» before the locator or the anchor makes a list instead
LOCATOR_BEFORE_ANCHOR = re.compile(
    r"(?<!\w)(?:(?P<tight>(?:في\s+)?(?:التابعه|التابع|التابعتين|التابعين|الواقعه|الواقع|الواقعتين|الواقعين"
    r"|ضمن|[بل]?ريف|ب?اطراف|ب?محيط|قرب|بالقرب\s+من)|في(?=\s+[لب]?(?:ال)?(?:قضاء|ناحيه|محافظه)))"
    r"|(?P<direction>(?:في\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)"
    r"(?:\s+(?:شرق|غرب|شرقي|غربي))?)"
    r"|(?P<bare>في))"
    r"(?:\s+(?:ل|من|في|ب|الي))?"
    r"\s*(?:[لب]?(?:ال)?(?:قضاء|ناحيه|محافظه|مدينه|بلده|منطقه|مركز)\s+)?[لب]?$"
)
# words that may stand between a place and its locator: after a plural class noun (قرى X وY
# وZ التابعة لـ), the list's unknown members glued to «و» (not a new phrase: وفي، وعلى …)
LIST_GLUE = norm_re(r"^(?:و(?!(?:في|علي|من|الي|قرب|فيما|بين|عند)$)\S+|[,،و])$")
PLURAL_CLASS = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:قري|قريتي|بلدات|بلدتي|مجمعات|مجمعي|مناطق|احياء|حيي|مدن|مدينتي|نواحي|ناحيتي)(?!\w)"
)
LIST_LOOKBACK = 60  # characters before a place to find the plural class noun of its list
LOOSE_LOCATOR = re.compile(r"(?:قرب|محيط|اطراف)")
VILLAGE_NOUN_BEFORE = re.compile(
    r"(?<!\w)[وبلف]?(?:في\s+)?(?:ال)?(?:قريه|قريتي|بلده|بلدتي|مجمع|مزرعه|ناحيه|حي)\s+$"
)
# «ريف X» is the hinterland of a town as wide as its governorate (بلدة الصنمين بريف درعا, 50 km
# from Daraa town; شهبا بريف السويداء): read like a district, not a nearness
COUNTRYSIDE_LOCATOR = re.compile(r"(?<!\w)[بل]?ريف(?!\w)")
ANCHOR_WINDOW = 100  # characters from the end of the place to its anchor
FAR_FROM_ANCHOR_KM = 80.0
NEAR_ANCHOR_KM = 50.0
AREA_KINDS = ("governorate", "country", "region")


def located_near_anchor(text: str, places: list[PlaceMention], gaz) -> list[PlaceMention]:
    """Keep a village or town consistent with the place it is told to lie in or beside.

    «قرى عين زالة والمحمودية التابعة لناحية زمار»: المحمودية is then a village of Zummar, not the
    Baghdad town of that name. A candidate of the same name that fits the anchor (same
    governorate, or within FAR_FROM_ANCHOR_KM) replaces the resolved one; with none, the
    gazetteer lacks the village and the name is dropped (the unknown-name rules then place
    the event near the anchor). Cities are left alone, and so is a direction from a city
    (سامراء شمال بغداد، سنجار غرب الموصل: far but true). A bare «في» locates only in a
    governorate, a region or a country (قرية الخالدية في محافظة نينوى).
    """
    out = []
    for i, pm in enumerate(places):
        found = _anchor_of(text, places, i)
        if found is None and far_member_of_village_list(text, places, pm):
            continue  # قرى الشبكي ودوما وطربا in a report on Sweida: not the Ghouta's Duma
        if found is None or pm.place.kind in AREA_KINDS:
            out.append(pm)
            continue
        anchor, locator = found
        if anchor.place.id == pm.place.id or _fits_anchor(pm.place, anchor.place, locator):
            out.append(pm)
            continue
        fitting = [p for p in gaz.candidates(pm.surface) if _fits_anchor(p, anchor.place, locator)]
        if fitting:
            best = min(fitting, key=lambda p: distance_km(p, anchor.place))
            why = f"told to lie in or beside {anchor.surface}"
            out.append(replace(pm, place=best, town=gaz.town_of(best), reason=why))
        # else: the gazetteer lacks the village of that name near the anchor: no place
    return out


VILLAGE_LIST_HEAD = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:قري|قريتي|بلدات|بلدتي|مجمعات|مجمعي)(?!\w)")


NOT_A_LIST_MEMBER = re.compile(
    r"(?<!\w)(?:[وبل]?(?:ريف|محيط|اطراف|منطقه|محافظه|قضاء|ناحيه|مدينه|شمال|جنوب|شرق|غرب)\w*)(?!\w)"
)


# a list headed by cities with towns or villages (مدن وبلدات، بلدات ومدن، مدن وقرى): it names
# cities of several governorates (Syria 2011 protests), no village list (session 18, hF7)
CITIES_WITH_THE_HEAD = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?مدن\s+و(?:ال)?(?:بلدات|قري)(?!\w)|(?<!\w)[وبل]?(?:ال)?(?:بلدات|قري)\s+و(?:ال)?مدن(?!\w)"
)


def far_member_of_village_list(text: str, places: list[PlaceMention], pm: PlaceMention) -> bool:
    """True for a known name in a list of villages (قرى الشبكي والشريحي ودوما) whose place lies
    more than FAR_FROM_ANCHOR_KM from every other place the document names: a namesake far
    from the story, where the list's village is one the gazetteer lacks."""
    if pm.place.kind in AREA_KINDS:
        return False
    heads = list(VILLAGE_LIST_HEAD.finditer(text, max(0, pm.start - LIST_LOOKBACK), pm.start))
    if not heads or not _in_village_list(text, places, pm):
        return False
    if NOT_A_LIST_MEMBER.search(text, heads[-1].end(), pm.start):
        return False  # قرى ريف اللاذقية: the villages of the place, not a village
    if CITIES_WITH_THE_HEAD.search(text, max(0, heads[-1].start() - 8), heads[-1].end() + 8):
        return False  # مظاهرات في مدن وبلدات حمص وحماة وإدلب: cities far apart, not namesakes
    others = [p for p in places if p.surface != pm.surface]
    if not others:
        return False
    for other in others:
        if other.place.kind == "country":
            if other.place.country == pm.place.country:
                return False
            continue
        if other.place.kind in ("governorate", "region"):
            if other.place.admin1 == pm.place.admin1 or not other.place.admin1:
                return False
            continue
        if distance_km(pm.place, other.place) <= FAR_FROM_ANCHOR_KM:
            return False
    return not _list_of_towns_across_the_country(text, places, heads[-1])


BIG_CITY_PEOPLE = 100_000  # a city this large named in a list is itself, not a namesake village


def _list_of_towns_across_the_country(text: str, places: list[PlaceMention], head) -> bool:
    """True for a list after «بلدات / قرى» holding two known places or more, one of them a big
    city (قصفت قوات النظام بلدات داعل وحماة وإدلب): towns of several governorates told loosely
    as «بلدات», each far from the others, not namesake villages the gazetteer lacks."""
    members = [
        p
        for p in places
        if head.end() <= p.start <= head.end() + LIST_LOOKBACK
        and p.place.kind not in AREA_KINDS
        and _in_village_list(text, places, p)
        and not any(
            head.end() < h.start() for h in PLURAL_CLASS.finditer(text, head.end(), p.start)
        )
    ]
    return len({p.place.id for p in members}) >= 2 and any(
        p.place.kind == "city" and (p.place.population or 0) >= BIG_CITY_PEOPLE for p in members
    )


def _anchor_of(text: str, places: list[PlaceMention], i: int) -> tuple[PlaceMention, str] | None:
    """The place the i-th place is told to lie in or beside, with the kind of locator."""
    pm = places[i]
    limit = pm.end + ANCHOR_WINDOW
    for end_mark in (".", "\n", "؟", "!"):
        at = text.find(end_mark, pm.end, limit)
        if at >= 0:
            limit = at
    for other in places[i + 1 :]:
        if other.start >= limit:
            return None
        between = text[pm.end : other.start]
        if TOLD_DISTANCE.search(between):
            return None  # a distance told (١٦٠ كلم شمال بغداد): the first place is elsewhere
        m = LOCATOR_BEFORE_ANCHOR.search(between)
        if m is None:
            continue
        lead = between[: m.start()]
        words = [(pm.end + w.start(), w.group(0)) for w in re.finditer(r"[^\s,،]+|[,،]", lead)]
        listed = _in_village_list(text, places, pm)
        if not all(
            any(p.start <= at < p.end for p in places) or (listed and LIST_GLUE.match(word))
            for at, word in words
        ):
            return None
        kind = next(k for k in ("tight", "direction", "bare") if m.group(k))
        if (kind == "direction" or LOOSE_LOCATOR.search(m.group(0))) and not (
            listed or VILLAGE_NOUN_BEFORE.search(text, max(0, pm.start - 12), pm.start)
        ):
            return None  # near or beside may tell where the event was (طريق دير الزور - تدمر
            # قرب بلدة الشولا), not where the place lies, unless the place is told a village
        if kind == "tight" and "قضاء" in m.group(0):
            kind = "district"  # a district is wide: ناحية ربيعة التابعة لقضاء تلعفر (55 km)
        elif kind == "tight" and COUNTRYSIDE_LOCATOR.search(m.group(0)):
            kind = "countryside"  # الصنمين بريف درعا: the hinterland of a town told as a province
        if kind == "bare" and other.place.kind not in AREA_KINDS:
            return None  # في X after a place is a second place, not where the first lies
        return other, kind
    return None


def _in_village_list(text: str, places: list[PlaceMention], pm: PlaceMention) -> bool:
    """True for a member of a list headed by a plural class noun (قرى عين زالة والمحمودية):
    the first member (one or two words) may be unknown, the others are glued to «و»."""
    heads = list(PLURAL_CLASS.finditer(text, max(0, pm.start - LIST_LOOKBACK), pm.start))
    if not heads:
        return False
    start = heads[-1].end()
    words = [
        (start + w.start(), w.group(0))
        for w in re.finditer(r"[^\s,،]+|[,،]", text[start : pm.start])
    ]
    first = 0
    while first < len(words) and first < 2 and not words[first][1].startswith("و"):
        first += 1
    return all(
        any(p.start <= at < p.end for p in places) or LIST_GLUE.match(word)
        for at, word in words[first:]
    )


TOLD_DISTANCE = re.compile(r"\d|(?<!\w)(?:كم|كلم|كيلو\w*|ميل)(?!\w)")


def _fits_anchor(place: Place, anchor: Place, locator: str = "tight") -> bool:
    """True when a place can lie in or beside its anchor.

    In the country or region told; in the governorate told or near its capital; in a city's governorate or
    within FAR_FROM_ANCHOR_KM of it (ريف حلب; Ramtha across the border from Daraa), anywhere
    in a direction told from a city (الرطبة غرب بغداد، سنجار غرب الموصل); within
    NEAR_ANCHOR_KM of a town or village it belongs to or is near (التابعة لمدينة القصير، قرب
    ناحية العظيم), within FAR_FROM_ANCHOR_KM in a direction from it (جنوب سنجار) or in its
    district (التابعة لقضاء سنجار)."""
    if anchor.kind in ("country", "region"):
        return place.country == anchor.country
    same_admin1 = bool(anchor.admin1) and (place.admin1, place.country) == (
        anchor.admin1,
        anchor.country,
    )
    km = distance_km(place, anchor)
    if anchor.kind == "governorate":  # or a capital told as one: جنوب شرقي العاصمة دمشق
        return same_admin1 or km <= FAR_FROM_ANCHOR_KM  # مخمور: Erbil, or Ninewa
    if anchor.kind == "city":
        return locator == "direction" or same_admin1 or km <= FAR_FROM_ANCHOR_KM
    wide = ("direction", "district", "countryside")
    return km <= (FAR_FROM_ANCHOR_KM if locator in wide else NEAR_ANCHOR_KM)


def dominant_admin1(matches: list[Match], gaz) -> str | None:
    """The governorate most of the document's unambiguous places lie in (None on a tie).

    Decides a name several governorates share when its own context is a close call: a
    report mostly about Raqqa that names المنصورة means the Raqqa town.
    """
    counts: dict[str, int] = {}
    for m in matches:
        cands = gaz.candidates(m.key)
        admins = {p.admin1 for p in cands}
        if len(admins) != 1 or not cands[0].admin1 or cands[0].kind == "country":
            continue
        counts[cands[0].admin1] = counts.get(cands[0].admin1, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda a: counts[a])


def dominant_country(matches: list[Match], gaz) -> str | None:
    """The country of most of the document's unambiguous places, when it holds at least
    two thirds of them (None otherwise, and for a document naming fewer than two)."""
    counts: dict[str, int] = {}
    for m in matches:
        countries = {p.country for p in gaz.candidates(m.key)}
        if len(countries) == 1:
            c = next(iter(countries))
            counts[c] = counts.get(c, 0) + 1
    total = sum(counts.values())
    if total < 2:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] * 3 >= total * 2 else None


def in_country(gaz, m: Match, text: str, country: str) -> tuple[Any, str] | None:
    """The name's best candidate in the document's country (الخالدية in a Homs round-up is the
    Homs district, not the Anbar town), when its context is a close call."""
    cands = [p for p in gaz.candidates(m.key) if p.country == country]
    if not cands:
        return None
    ev = gaz._context_evidence(m, text)
    best = max(cands, key=lambda p: (gaz._score(p, None, ev)[0], gaz._prior(p)))
    return best, f"in {country}, the country of the document's other places"


def _close_call(gaz, m: Match, text: str) -> bool:
    """True when the name's candidates score within one point of each other in context."""
    cands = gaz.candidates(m.key)
    if len(cands) < 2:
        return False
    ev = gaz._context_evidence(m, text)
    scores = sorted((gaz._score(p, None, ev)[0] for p in cands), reverse=True)
    return scores[0] - scores[1] < 1.0


COMPLEMENTISER = re.compile(r"(?<!\w)(?:ان|بان|الي ان)(?!\w)")
SPEAKER_WORDS = 8


def speaker_spans(start: int, end: int, mentions: DocMentions) -> list[tuple[int, int]]:
    """Spans between a speech verb and its أن/إن (قالت الشرطة العراقية إن …): the speaker."""
    text = mentions.text
    spans = []
    for hit in mentions.inside("attribution", max(0, start - 200), end):
        if hit.entry.get("scope") != "speech":
            continue
        m = COMPLEMENTISER.search(text, hit.end, min(len(text), hit.end + 120))
        if m is not None and words_between(text, hit.end, m.start()) <= SPEAKER_WORDS:
            spans.append((hit.end, m.start()))
    return spans


def hits_of(items: list[CueHit], *types: str, field_name: str = "type") -> list[CueHit]:
    """The cue hits whose entry has one of the given values in `field_name`."""
    return [h for h in items if h.entry.get(field_name) in types]


# a dual told by its vowels (مواطنَيْن، مدنيَّين): a fatha before «ين» at the end of a word, where
# the plain spelling is also the sound plural (مواطنين) that the number lexicon leaves alone
VOWELED_DUAL = re.compile(  # runs on the original text: it reads the harakat
    "\u0651?\u064e\u0651?\u064a\u0652?\u0646(?=[\u064b-\u0652]*(?!\\w))"
)
NUMBER_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ال", "وال", "بال", "لل")


def add_voweled_duals(
    original: str, norm_index: list[int], mentions: DocMentions, res: Any
) -> None:
    """Read a sound-plural person noun written with the dual's fatha (استشهاد مواطنَيْن) as two.

    ``norm_index[i]`` is the original offset of normalised character i."""
    text = mentions.text
    found = mentions.by_kind.get("number", [])
    added = []
    for m in VOWELED_DUAL.finditer(original):
        at = bisect_left(norm_index, m.start())
        if at >= len(text):
            continue
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = at
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        word = text[start:end]
        if not word.endswith("ين") or any(n.start < end and start < n.end for n in found):
            continue
        if any(n.start >= end and not text[end : n.start].strip() for n in found):
            continue  # مواطنَين اثنين: the number after the noun counts them
        for prefix in NUMBER_PREFIXES:
            if not word.startswith(prefix):
                continue
            dual = res.numbers.duals.get(word[len(prefix) : -2] + "ان")
            if dual is not None and dual.counts == "person":
                added.append(
                    NumberMatch(
                        start + len(prefix),
                        end,
                        2,
                        kind="dual",
                        counts="person",
                        rule="voweled_dual",
                        surface=word,
                    )
                )
                break
    if added:
        mentions.by_kind["number"] = sorted(found + added, key=lambda n: (n.start, -n.end))
        mentions.starts.pop("number", None)


# a sound-plural person noun in -ين (مدنيين، مسلحين) told as two by what follows it: a third one
# in the same breath (مقتل مدنيين وإصابة ثالث، قتل مسلحين واعتقل ثالث) or a dual verb or pronoun
# taking it up (مقتل مسلحين كانا يزرعان عبوة، لقي … مصرعهما)
_PERSON_PLAIN_WORD = norm_re(r"(?<!\w)\w{3,}ين(?!\w)")
_PLAIN_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول")
_THIRD_AFTER = norm_re(
    r"\s+(?:و|فيما\s+|بينما\s+)(?:ا?صيب|جرح|اصابه|جروح|اعتقل|اعتقال|اسر|خطف|اختطاف|فقد|فقدان|"
    r"نجا|نجاه|قتل|مقتل|استشهد|استشهاد)\s+(?:ال)?(?:ثالث|ثالثه|ثالثا)(?!\w)(?!\s+عشر)"
)
_DUAL_AFTER = norm_re(r"\s+(?:كانا|كانتا|مصرعهما)(?!\w)")
_COUNTED_BEFORE = norm_re(r"(?:\d|(?<!\w)(?:من|عدد|عددا|عده|بعض|كل|جميع|هولاء|اولئك))\s*$")


def add_context_duals(mentions: DocMentions, res: Any) -> None:
    """Read an unvoweled sound-plural person noun in -ين as two where the text tells it.

    The spelling is both the dual and the plural (شرطيين، مدنيين). A noun the number lexicon marks
    ``bare_dual`` (شرطي: news tells policemen as عناصر/رجال الشرطة) is two when nothing counts it
    («ما أدى لمقتل شرطيين»); any of them is two before a third one (مقتل مدنيين وإصابة ثالث) or a
    dual taking it up (مسلحين كانا …). A number, a definite article or «من/عدد» before it, or a
    number after it (مدنيين اثنين) leaves it alone."""
    text = mentions.text
    found = mentions.by_kind.get("number", [])
    added = []
    for m in _PERSON_PLAIN_WORD.finditer(text):
        end, dual = m.end(), None
        for prefix in _PLAIN_PREFIXES:
            stem = m.group()[len(prefix) : -2] if m.group().startswith(prefix) else ""
            dual = res.numbers.duals.get(stem + "ان") if len(stem) >= 3 else None
            if dual is not None:
                break
        if dual is None or dual.counts != "person" or stem + "ين" in res.numbers.duals:
            continue  # not a sound plural (جنديين is a dual already)
        start, word = m.start() + len(prefix), m.group()[len(prefix) :]
        if any(n.start < end and start < n.end for n in found):
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _COUNTED_BEFORE.search(before) or any(
            not text[n.end : m.start()].strip() for n in found if n.end <= m.start()
        ):
            continue  # خمسة شرطيين، عدد من المدنيين: the plural
        if any(n.start >= end and not text[end : n.start].strip() for n in found):
            continue  # مدنيين اثنين: the number after the noun counts them
        tail = text[end : end + 60]
        if not (dual.bare_dual or _THIRD_AFTER.match(tail) or _DUAL_AFTER.match(tail)):
            continue
        added.append(
            NumberMatch(
                start, end, 2, kind="dual", counts="person", rule="context_dual", surface=word
            )
        )
    if added:
        mentions.by_kind["number"] = sorted(found + added, key=lambda n: (n.start, -n.end))
        mentions.starts.pop("number", None)
