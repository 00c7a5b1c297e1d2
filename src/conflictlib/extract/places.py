"""Where an event happened: one place per coordinated town, precision, place in focus.

Rules (codebook §5), applied to the parts of a clause in order — the part with the action
cue first, then the parts after it, then the parts before it:

1. Place names are resolved by the gazetteer; a neighbourhood or facility stands for its
   town (Gazetteer.town_of) and does not split the event.
2. A name right after a "near" marker (ريف، محيط، قرب، أطراف، شرق…) gives geo_precision 2;
   when another place was named just before it, it only locates that place (قرية X في ريف
   Y; X شرقي Y) and is dropped. "ريف حلب" with حلب read as the governorate becomes the city
   at precision 2.
3. Towns joined by و, commas or class nouns (مدينتي الميادين والقورية وبلدة محكان) are a
   coordinated list: one event per distinct town. Otherwise the first name after the cue
   (else the last one before it) is the place.
4. No name: a definite class noun (المدينة، البلدة) refers to the place in focus — the last
   town named before the clause; an indefinite one (بلدة في شمال البلاد) leaves the place
   unknown; a bare clause inherits the place in focus (rule ``focus``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.document import DocMentions, PlaceMention, hits_of, speaker_spans
from conflictlib.extract.resources import Resources
from conflictlib.geo import haversine_km
from conflictlib.lexicons.gazetteer import Place
from conflictlib.normalize import norm_re, normalize_key

DATELINE = re.compile(r"[^\n.,:;]{1,40}?(?:\s*[-–—]\s*|/\s*)")  # place (outlet) – / outlet/
DATELINE_CHARS = 40  # a line this short with a dash or slash is a dateline
DATELINE_WORDS = 3  # at most this many words before its dash (a longer line is a caption)
DUAL_NEAR = ("ريفي", "محيطي", "اطرافي")  # a near marker for two places at once
TOPIC_WORDS = 4  # a place this close after a topic marker is what it is about
TOPIC_ENDS = norm_re(r"(?<!\w)(?:الي|الى)(?!\w)")  # a topic phrase does not run over إلى
NARROW_TOPICS = {"topic.axis_origin": 2}  # an axis (من محور كباجب - الشولا) names one or two places
WIDE_KINDS = ("governorate", "country", "region")
# Words after a class noun that show it has no name (بلدة في شمال البلاد، قرية قرب …).
NOT_A_NAME = (
    "في",
    "على",
    "من",
    "قرب",
    "الى",
    "عند",
    "تقع",
    "يسيطر",
    "تسيطر",
    "واحده",
    "اخري",
    "اخرى",
    "مجاوره",
)
# adjectives of a generic place noun (أحياء سكنية، مناطق متفرقة): a description, never a name
GENERIC_PLACE_ADJ = frozenset(
    {"سكنيه", "مدنيه", "عده", "عديده", "متفرقه", "مختلفه", "واسعه", "مكتظه", "ماهوله"}
)
SUBPLACE_KINDS = ("neighbourhood", "facility", "airbase", "dam", "crossing", "camp")
# A place name right after one of these is part of an organisation's name (حزب سوريا المستقبل).
ORGANISATION_NOUNS = frozenset(
    normalize_key(w)
    for w in ("حزب", "لحزب", "الحزب", "تيار", "لتيار", "حركة", "لحركة", "جبهة", "لجبهة")
    # armed units named after a place (جيش اليرموك، لواء القدس، كتائب الفرات): a side's name
    + ("جيش", "لجيش", "لواء", "للواء", "كتائب", "لكتائب", "كتيبة", "فيلق", "لفيلق", "ألوية")
    + ("سرايا", "لسرايا", "أجناد", "صقور", "جند")
    # rebels named by their home town (حرر ثوار حماة قرية حلفايا، سيطر ثوار حلب على خان طومان):
    # where they come from, not where they fight
    + ("ثوار", "وثوار", "لثوار", "ثوّار")
)
# «على جبهة سراقب»، «في جبهة تل تمر»: the front of a town, not a Front's name (جبهة النصرة)
ON_A_FRONT = norm_re(r"(?<!\w)(?:على|علي|في|عند|من|الى|إلى)\s+(?:ال)?جبه(?:ه|ات|تي)?\s*$")


def on_a_front(p: PlaceMention, text: str) -> bool:
    """True when the place follows «على/في جبهة» (the front line near it)."""
    return bool(ON_A_FRONT.search(normalize_key(text[max(0, p.start - 20) : p.start])))


# "the door" in an idiom, not the town of al-Bab (فتح الباب أمام، سد الباب في وجه)
DOOR_IDIOM = re.compile(r"الباب(?!\w)")
DOOR_OPENERS = re.compile(
    r"(?<!\w)[وف]?(?:س|ل|ب)?(?:فتح|فتحت|فتحوا|يفتح|تفتح|افتتاح|اغلق|اغلقت|اغلاق|يغلق|تغلق|سد|سدت|يسد|تسد)\s+$"
)
LOCATIVE = ("في", "داخل", "الى", "نحو", "وفي", "بمدينه", "عند", "قرب")
# «قنوات» is Qanawat (al-Suwayda) and the plain noun 'channels': offices, means or a count of
# channels before it (مقار قنوات "دجلة" و"العربية"، عبر قنوات، عدة قنوات) or a media, water or
# diplomatic word or a quoted name after it (قنوات فضائية، قنوات التواصل، قنوات الري) make it the
# noun (session 17, hG6)
CHANNELS = norm_re(r"قنوات(?!\w)")
CHANNELS_BEFORE = norm_re(
    r"(?<!\w)[وفبل]?(?:مقر|مقار|مقرات|مكتب|مكاتب|عبر|عده|احدى|احدي|بعض|اصحاب|ملاك|مالكي|ادارات)\s+$"
)
CHANNELS_AFTER = norm_re(
    r"\s*(?:[\"«“']|(?:ال)?(?:فضائيه|فضائيات|تلفزيونيه|تلفزيون|اعلاميه|اخباريه|عربيه|محليه|رسميه"
    r"|دبلوماسيه|خلفيه|التواصل|تواصل|الاتصال|اتصال|الري|ري|المياه|مياه|الصرف|تلغرام|يوتيوب)(?!\w))"
)


def channels_noun(p: PlaceMention, text: str) -> bool:
    """True for «قنوات» told as the noun 'channels', not the town."""
    m = CHANNELS.match(text, p.start)
    if m is None:
        return False
    return bool(
        CHANNELS_BEFORE.search(text, max(0, p.start - 16), p.start)
        or CHANNELS_AFTER.match(text, m.end())
    )


TIME_ZONE = ("بتوقيت", "توقيت")  # 10:30 بتوقيت دمشق: a live blog's clock, not a place
COMPLEMENTISER = re.compile(r"(?<!\w)(?:ان|بان|الي ان)(?!\w)")
REPORT_FRAME_WORDS = 15
ORIGIN_WORDS = 2  # words before a place (place nouns skipped) that may say it is an origin
# Place nouns skipped between من/على and a name (من داخل مدينة الفلوجة، على مواقع في بلدة …).
PLACE_NOUNS = frozenset(
    (
        "داخل مدينه بلده قريه منطقه ناحيه حي احياء مواقع موقع مناطق اطراف مقرات نقاط في "
        "مدينتي بلدتي قريتي منطقتي حيي مدن بلدات قري "
        "مواقعه مواقعها مواقعهم مناطقه مناطقها مناطقهم سيطرته سيطرتها سيطرتهم"
    ).split()
)
NEAR_BEFORE_MIN = frozenset({"بالقرب", "القرب", "مقربه", "قريبا", "بعيدا", "بدلا"})
# A plural class noun may name villages the gazetteer lacks before the next known one
# (وقرى مرج خوخة وكفردلبة وكبانة): like a facility, it takes up to FACILITY_WORDS words.
PLURAL_CLASS_NOUNS = frozenset(
    normalize_key(w) for w in ("قرى", "بلدات", "مناطق", "أحياء", "مدن", "أقضية")
)
# "and its surroundings" inside a list (سلمى ومحيطها، دوما وريفها).
SURROUNDINGS = re.compile(r"(?<!\w)و?(?:محيط|ريف|اطراف|ضواحي|جوار)(?:ها|ه|هما)(?!\w)")
FACILITY_WORDS = 3
PLURAL_WORDS = 6  # two unknown two-word villages joined by و  # words a facility noun may take in a list of targets (محطة البحوث الزراعية)
_GAP_JUNK = norm_re(r'[\s,;"\'()«»\-]+')
# "in addition to" joins one more name to a list of targets (بلدتي X وY، إضافة لمدينة Z)
ALSO_JOINERS = norm_re(
    r"(?<!\w)(?:و?(?:ب)?(?:ال)?اضافه(?:\s+(?:ل|الي|الى))?|فضلا\s+عن|علاوه\s+(?:علي|على))(?!\w)"
)
# "and another (one) in" names one more town of the same action (انفجرت عبوة في الموصل وأخرى في
# تلعفر، مظاهرة في الكوت وأخرى في الناصرية، غارة على كفرنبل وأخرى على معرة النعمان)
ANOTHER_JOINERS = re.compile(
    r"(?<!\w)و(?:اخري|اخر|اخريان|اخريين|اخرتان|اخرتين|اخرون|اخرين)"
    r"(?:\s+(?:في|علي|داخل|قرب|ب))?(?!\w)"
)
# a second object of the same verb with its preposition told again (سيطرت على ناحية القيروان
# وعلى قرية تل قصب؛ سيطرت على قرية حيش ثم على بلدة التمانعة): one more name of the list
AGAIN_JOINERS = norm_re(r"(?<!\w)(?:و|ثم\s+)(?:علي|على)(?!\w)")
# "and likewise in" names one more town of the same act (قصف على مورك وكذلك في اللطامنة؛
# في تل رفعت وأيضاً في منغ؛ على الموصل وكذلك على تلعفر)
LIKEWISE_JOINERS = norm_re(r"(?<!\w)و?(?:كذلك|ايضا)(?:\s+(?:في|فى|على|علي|داخل))?(?!\w)")
ANOTHER_OPENS = re.compile(r"\s*" + ANOTHER_JOINERS.pattern)
# the same after words that tell where or when the first one was (تظاهرة في كربلاء أمام مكتب
# لشركة تركية، وأخرى في الناصرية؛ في الكوت أمس وأخرى في …): the gap ends with "وأخرى في" and
# a class noun at most, and holds at most ANOTHER_GAP_WORDS words
ANOTHER_GAP_WORDS = 12
ANOTHER_ENDS_GAP = re.compile(
    r"\s"
    + ANOTHER_JOINERS.pattern
    + r"\s*(?:[بل]?(?:ال)?(?:مدينه|بلده|قريه|ناحيه|قضاء|حي|منطقه)\s*)?$"
)


@dataclass(frozen=True)
class PlaceChoice:
    """The place of one event, its ACLED precision and the rule that chose it."""

    place: Place | None
    precision: int | None
    rule: str
    start: int = -1
    end: int = -1


def usable_places(part: tuple[int, int], mentions: DocMentions) -> list[PlaceMention]:
    """Place names in a part that name where something happened.

    Dropped: a name used as an actor (تركيا as a side) or as an action word (دمر the verb,
    not Dummar) unless a locative preposition stands before it; a name inside a reporting
    frame (مصدر في X … أن، مراسلنا في دمشق أن); a name after a topic marker (احتجوا على ما
    يجري في X); a name in a dateline (أربيل (روداو) – …، ريف دمشق-سانا، السومرية نيوز/ كركوك).
    """
    text = mentions.text
    words = mentions.inside("actor", *part) + [
        a for a in mentions.inside("action", *part) if a.entry.get("pos") != "phrase"
    ]  # a place inside a phrase cue (سقطت مدينة X بيد …) is the cue's object, not a verb
    frames = reporting_frames(part, mentions)
    topics = [m for m in mentions.inside("place_marker", *part) if m.entry.get("type") == "topic"]
    out = []
    outlets = outlet_names(mentions)
    for p in mentions.inside("place", *part):
        if any(o.start <= p.start and p.end <= o.end for o in outlets):
            continue  # وقال المصدر لـ(بغداد اليوم): an outlet's name, not where it happened
        clash = any(a.start < p.end and p.start < a.end for a in words)
        if (
            clash
            and previous_word(text, p.start) not in LOCATIVE
            and not text[max(0, p.start - 1) : p.start] == "ب"
        ):
            continue
        if any(a <= p.start < b for a, b in frames) or in_dateline(p, text):
            continue
        if previous_word(text, p.start) in TIME_ZONE:
            continue
        if any(is_topic_of(t, p, text) for t in topics):
            continue
        if not_a_district(p, mentions) or in_another_town(p, mentions):
            continue
        if previous_word(text, p.start) in ORGANISATION_NOUNS and not on_a_front(p, text):
            continue  # حزب سوريا المستقبل، جيش سوريا الحرة: part of a party's name
        if DOOR_IDIOM.match(text, p.start) and DOOR_OPENERS.search(
            text, max(0, p.start - 12), p.start
        ):
            continue  # ستفتح الباب أمام …، أغلقت الباب في وجه …: a door, not the town of al-Bab
        if channels_noun(p, text):
            continue  # مقار قنوات "دجلة"، قنوات فضائية: the noun, not Qanawat
        out.append(p)
    return out


# ---- outlets whose name holds a place name (session 5)
OUTLET_HEADS = frozenset(
    normalize_key(w)
    for w in ("ل", "لـ", "موقع", "لموقع", "قناة", "لقناة", "شبكة", "لشبكة", "تلفزيون", "صحيفة")
    + ("لصحيفة", "وكالة", "لوكالة", "حملة", "مراسل", "لمراسل", "مراسلة", "لمراسلة", "منصة")
)
ADVERB_TAILS = ("اليوم", "الان", "الآن")  # حلب اليوم may be "Aleppo today"


def outlet_names(mentions: DocMentions, named: bool = True) -> list:
    """Reporter mentions whose name holds a place name (بغداد اليوم، درعا 24، السويداء 24).

    A name ending in an adverb (اليوم، الآن) counts only where it reads as a name: between
    brackets or quotes, after لـ or a medium noun (موقع، قناة، شبكة), or in a dateline;
    elsewhere (سقطت قذائف على بغداد اليوم) it is a town and a day. named=False gives those.
    """
    text = mentions.text
    out = []
    for rep in mentions.by_kind.get("reporter", []):
        tail = text[rep.start : rep.end].strip().endswith(ADVERB_TAILS)
        if not tail and not mentions.inside("place", rep.start, rep.end):
            continue  # روسيا اليوم: a name with a day in it, whether or not its place is known
        is_name = True
        if tail:
            before = text[max(0, rep.start - 12) : rep.start]
            after = text[rep.end : rep.end + 2]
            bracketed = re.search(r"[(\"«“]\s*$", before) and re.match(r"\s*[)\"»”]", after)
            word = re.findall(r"[\w]+", before)
            own = text[rep.start : rep.end].split()
            headed = bool(word) and normalize_key(word[-1]) in OUTLET_HEADS
            headed = headed or normalize_key(own[0]) in OUTLET_HEADS  # قناة روسيا اليوم
            glued = re.search(r"(?<!\w)لـ?\s*[(\"«“]?\s*$", before) is not None
            line_start = text.rfind("\n", 0, rep.start) + 1
            line_end = text.find("\n", rep.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            dateline = len(line) <= DATELINE_CHARS and any(c in line for c in "-–—/")
            is_name = bool(bracketed or headed or glued or dateline)
        if is_name == named:
            out.append(rep)
    return out


TOWN_AFTER_WORDS = 4  # حي الشرطة غربي بغداد، حي الشهداء بمدينة البصرة: the town told right after


def in_another_town(p: PlaceMention, mentions: DocMentions) -> bool:
    """True for a quarter or facility of one town named with another town right after it (حي
    الشرطة غربي بغداد، حي العمال بالموصل، الفوج 46 في الرمادي): a namesake quarter of the town
    the sentence names, which then stands for the event's place."""
    if p.place.kind not in SUBPLACE_KINDS:
        return False
    text = mentions.text
    if QUARTER_OF_THE_TOWN.match(text, p.end):
        return namesake_of_the_town_before(p, mentions)
    for q in mentions.inside("place", p.end, min(len(text), p.end + 60)):
        gap = text[p.end : q.start]
        if words_between(text, p.end, q.start) > TOWN_AFTER_WORDS or re.search(r"[.,;:\n]", gap):
            break
        if q.town.kind in WIDE_KINDS or q.place.kind in SUBPLACE_KINDS:
            continue
        if not LOCATIVE_GAP.fullmatch(gap):
            return False  # من حي الشيخ مقصود باتجاه مدينة الباب: a destination, not its town
        return q.town.id != p.town.id and (
            None in (p.town.lat, q.town.lat)
            or haversine_km(p.town.lat, p.town.lon, q.town.lat, q.town.lon) > NAMESAKE_KM
        )  # محطة السويدية للغاز في ريف ديريك: the town it lies by locates it
    return False


# a quarter told by where it lies in the town just named (حي الجمعيات غرب المدينة)
QUARTER_OF_THE_TOWN = norm_re(
    r"\s*(?:غرب|شرق|شمال|جنوب|غربي|شرقي|شمالي|جنوبي|وسط|داخل|في|ب)\s*(?:المدينه|البلده)(?!\w)"
)
QUARTER_TOWN_CHARS = 200  # the town told before the quarter, in the same sentence


def namesake_of_the_town_before(p: PlaceMention, mentions: DocMentions) -> bool:
    """True for a quarter placed in «the town» (حي الجمعيات غرب المدينة) when the town named
    before it in its sentence (في داريا …) is far from the quarter's own town: a namesake
    quarter of that town (quarter names such as الجمعيات، الشهداء، المحطة repeat from town to
    town), which then stands for the event's place."""
    text = mentions.text
    lo = max(
        text.rfind(".", 0, p.start), text.rfind("\n", 0, p.start), p.start - QUARTER_TOWN_CHARS
    )
    towns = [
        q
        for q in mentions.inside("place", max(0, lo), p.start)
        if q.town.kind not in WIDE_KINDS and q.place.kind not in SUBPLACE_KINDS
    ]
    if not towns:
        return False
    q = towns[-1]
    return q.town.id != p.town.id and (
        None not in (p.town.lat, q.town.lat)
        and haversine_km(p.town.lat, p.town.lon, q.town.lat, q.town.lon) > NAMESAKE_KM
    )


# only the words that put a quarter inside a town (حي الشرطة غربي بغداد، حي العمال بالموصل، حي
# الشهداء بمدينة البصرة); not a countryside, a governorate or a new conjunct (وفي بلدة …)
LOCATIVE_GAP = re.compile(
    r"\s*(?:(?:[فب]?(?:في|ب|وسط|داخل|غربي|شرقي|شمالي|جنوبي|مدينه|بمدينه|بلده|ببلده))\s*)*"
)
NAMESAKE_KM = 80  # a quarter this far from the town named after it is a namesake of that town's


def not_a_district(p: PlaceMention, mentions: DocMentions) -> bool:
    """True for "حي X" resolved to a place that is not a district (a namesake town elsewhere).

    "أحياء X" (the districts of X) names the town itself.
    """
    if p.place.kind in SUBPLACE_KINDS:
        return False
    nouns = mentions.inside("place_marker", max(0, p.start - 8), p.start)
    district = any(
        n.entry_id == "class.district"
        and not n.surface.endswith("احياء")
        and n.end <= p.start
        and mentions.text[n.end : p.start].strip() == ""
        for n in nouns
    )
    return district and not town_told_in_its_own_area(p, mentions)


SUBURB_KM = 15  # a town told as a quarter (حي جرمانا) of the city or governorate it lies in


def town_told_in_its_own_area(p: PlaceMention, mentions: DocMentions) -> bool:
    """True for a suburb town told as a quarter of the area named right after it (حي جرمانا في
    ريف دمشق، حي الحجر الأسود جنوب دمشق): the town itself, not a namesake elsewhere."""
    text = mentions.text
    for q in mentions.inside("place", p.end, min(len(text), p.end + 40)):
        if words_between(text, p.end, q.start) > 3 or re.search(
            r"[.,;:\n،]", text[p.end : q.start]
        ):
            return False
        if q.town.kind == "governorate":
            return q.town.admin1 == p.town.admin1
        if q.town.kind in WIDE_KINDS:
            continue
        return haversine_km(p.town.lat, p.town.lon, q.town.lat, q.town.lon) <= SUBURB_KM
    return False


def reporting_frames(part: tuple[int, int], mentions: DocMentions) -> list[tuple[int, int]]:
    """Spans from a reporter's name to the complementiser (أن/إن) that opens what it reported."""
    text = mentions.text
    spans = []
    adverbs = outlet_names(mentions, named=False)
    for rep in mentions.inside("reporter", *part):
        if rep in adverbs:
            continue  # سقطت قذائف على بغداد اليوم دون أن …: a town and a day, no reporter
        m = COMPLEMENTISER.search(text, rep.end, part[1])
        if m is not None and words_between(text, rep.end, m.start()) <= REPORT_FRAME_WORDS:
            spans.append((rep.start, m.start()))
    return (
        spans
        + speaker_spans(*part, mentions)
        + source_seats(part, mentions)
        + officials_seats(part, mentions)
    )


# an official named by the place he governs (والي هاتاي، محافظ نينوى، قائممقام قضاء سنجار، رئيس
# بلدية كوباني): his seat, not where the event he speaks of or blames on a side happened (وحمّل
# والي هاتاي قوات النظام المسؤولية عن الغارة) (session 16, hH5)
OFFICIAL_SEAT = norm_re(
    r"(?<!\w)[وف]?(?:ال)?(?:والي|محافظ|قائممقام|قائمقام|عمده|عمدة|رئيس\s+بلدية|مدير\s+ناحية)"
    r"\s+(?:(?:ولاية|ولايه|محافظة|محافظه|قضاء|ناحية|ناحيه|مدينة|مدينه|بلدة|بلده)\s+)?\S+"
)


def officials_seats(part: tuple[int, int], mentions: DocMentions) -> list[tuple[int, int]]:
    """Spans of an official's title and the place he governs (والي هاتاي)."""
    return [m.span() for m in OFFICIAL_SEAT.finditer(mentions.text, *part)]


ACCORDING = frozenset({"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "ووفقا", "نقلا"})
SEAT_END = norm_re(r"[,،.؛;:\n]|(?<!\w)و?(?:ان|بان|الذي|التي)(?!\w)")


def source_seats(part: tuple[int, int], mentions: DocMentions) -> list[tuple[int, int]]:
    """Spans of a source told after بحسب/نقلا عن (بحسب مصدر طبي في مستشفى سامراء): its seat.

    The place where the source sits is no place of the event told before or after it.
    """
    text = mentions.text
    spans = []
    for rep in mentions.inside("reporter", *part):
        before = re.findall(r"\w+", text[max(0, rep.start - 20) : rep.start])
        if not before:
            continue
        if before[-1] not in ACCORDING and not (before[-2:-1] and before[-1] == "عن"):
            continue
        if before[-1] == "عن" and before[-2] not in ACCORDING:
            continue
        end = seat_end(rep.end, part, mentions)
        if end > rep.end:
            spans.append((rep.start, end))
    return spans


SEAT_PREPOSITIONS = frozenset({"في", "فى", "داخل", "من"})
SEAT_LEAD_WORDS = 3


def seat_end(start: int, part: tuple[int, int], mentions: DocMentions) -> int:
    """End of the place that directly qualifies a source (مصدر طبي في مستشفى X، ناشطين في
    مدينة X): a preposition within a few words of the source, then the place.

    Anything else after the source (وبحسب المرصد قصفت الطائرات بلدة X) is the event's own
    clause, no seat; `start` is returned then.
    """
    text = mentions.text
    stop = SEAT_END.search(text, start, part[1])
    limit = stop.start() if stop else part[1]
    places = [p for p in mentions.inside("place", start, limit)]
    if not places:
        return start
    first = places[0]
    lead = re.findall(r"\w+", text[start : first.start])
    preps = [i for i, w in enumerate(lead) if w in SEAT_PREPOSITIONS]
    if not preps or preps[0] >= SEAT_LEAD_WORDS:
        return start  # no preposition right after the source: the place is the event's
    if mentions.inside("action", start, first.start):
        return start  # وبحسب المرصد قصفت الطائرات في ...: a cue opens the event clause
    if len(lead) - preps[0] - 1 > 2:
        return start  # more than class nouns between the preposition and the name
    if refers_back(first.end, part[1], mentions):
        return start  # ناشطين في مدينة دوما فإن القوات قصفت المدينة: the seat is the place
    return first.end


def refers_back(start: int, end: int, mentions: DocMentions) -> bool:
    """True when text[start:end] names a town only by a definite class noun (المدينة، البلدة)."""
    if mentions.inside("place", start, end):
        return False
    return any(
        m.entry.get("type") == "class_noun" and getattr(m, "prefix", "").endswith(("ال", "لل"))
        for m in mentions.inside("place_marker", start, end)
    )


def previous_word(text: str, pos: int) -> str:
    """The word before offset `pos` (clitics glued to the name excluded)."""
    words = re.findall(r"\w+", text[max(0, pos - 30) : pos])
    return words[-1] if words else ""


CLAUSE_BREAK = norm_re(r"[,،.؛;:\n]")
SENTENCE_BREAK = norm_re(r"[.!?\n]")


# a new conjunct of the list with its own place noun (في ريف إدلب وبلدة اللطامنة): the marker
# before it locates the town before it, not this one
NEW_CONJUNCT_TOWN = norm_re(
    r"(?<!\w)و(?:ال)?(?:مدينه|بلده|قريه|حي|مدينتي|بلدتي|قريتي|حيي|مدن|بلدات|قري|قرى|مخيم)(?!\w)"
)


def near_marker_before(p: PlaceMention, markers: list[CueHit], text: str) -> CueHit | None:
    """A "near" marker just before a place (class nouns and adjectives may stand between)."""
    for m in reversed(markers):
        if (
            m.end <= p.start
            and m.entry.get("type") == "near"
            and words_between(text, m.end, p.start) <= 2
            and not CLAUSE_BREAK.search(text, m.end, p.start)
            and not NEW_CONJUNCT_TOWN.search(text, m.end, p.start)
        ):
            return m  # ريف درعا الشمالي الغربي، وحررت أمس بلدة الحارة: the comma ends the locator
    return None


def drop_locators(
    places: list[PlaceMention], markers: list[CueHit], text: str, origins: bool = False
) -> list[tuple[PlaceMention, bool]]:
    """Drop places that only locate the one named before them; flag those near a marker.

    A town that locates a region (في البادية السورية جنوب شرقي مدينة السخنة) is the more
    precise place: it replaces the region, near (precision 2). With ``origins``, a place
    told as where an attack came from locates nothing after it (هجوم انطلق من مدينة منبج
    على موقع قرب جرابلس: Jarablus is where it struck).
    """
    out: list[tuple[PlaceMention, bool]] = []
    for i, p in enumerate(places):
        marker = near_marker_before(p, markers, text)
        joined = marker is not None and is_joined_near(marker, text)
        if (
            marker is not None
            and not joined  # في منطقة البوكمال وقرب بلدة الصالحية: a second place, no locator
            and i > 0
            and words_between(text, places[i - 1].end, p.start) <= 5
            and not (origins and came_from([(places[i - 1], False)], text))
        ):
            if places[i - 1].end <= marker.start and far_namesake(places[i - 1], p, marker, text):
                if out and out[-1][0] is places[i - 1]:
                    out.pop()  # قرية الخالدية جنوبي الموصل: not the Anbar namesake 300 km away
                out.append((p, True))
                continue
            if places[i - 1].end <= marker.start:
                wide = (
                    places[i - 1].town.kind in WIDE_KINDS
                    or (
                        countryside_of(places[i - 1], text)
                        and not town_countryside_by_direction(places[i - 1], marker)
                    )
                ) and p.town.kind not in WIDE_KINDS  # في ريف حماة الشمالي قرب بلدة صوران: Suran
                if not (wide and out and out[-1][0] is places[i - 1]):
                    continue
                out.pop()
        out.append((p, marker is not None))
    return out


FAR_NAMESAKE_KM = 80.0  # a village this far from the town that locates it is another village
VILLAGE_BEFORE = norm_re(r"(?<!\w)[وب]?(?:ال)?(?:قري[ةه]|قريتي|قرى)\s*$")


def far_namesake(prev: PlaceMention, locator: PlaceMention, marker: CueHit, text: str) -> bool:
    """True when a village told by its direction from a town (قرية X جنوبي الموصل) resolved
    to a namesake far from that town: the gazetteer lacks the village meant, and the locating
    town is the place, near it (precision 2). Only villages: towns and districts are told by
    their direction from far cities too (قضاء الشرقاط جنوب الموصل، سنجار غربي الموصل)."""
    if marker.entry.get("id") != "near.direction":
        return False
    if not VILLAGE_BEFORE.search(text, max(0, prev.start - 12), prev.start):
        return False
    a, b = prev.town, locator.town
    if a.kind in WIDE_KINDS or b.kind in WIDE_KINDS or a.country != b.country:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > FAR_NAMESAKE_KM


def town_countryside_by_direction(prev: PlaceMention, marker: CueHit) -> bool:
    """True for a small town's countryside told by its direction from a city (في ريف تربسبيه
    شرقي القامشلي): the city only locates the town, whose countryside stays the place. A
    governorate's or city's countryside (ريف حماة، ريف الباب) gives way to the town after it."""
    return prev.town.kind in ("town", "village") and marker.entry.get("id") == "near.direction"


COUNTRYSIDE_BEFORE = re.compile(r"(?<!\w)[وب]?(?:ريف|ريفي)\s*$")


def countryside_of(place: PlaceMention, text: str) -> bool:
    """True for a town named as the countryside around it (ريف حماة، بريف درعا): a region."""
    start = place.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return bool(COUNTRYSIDE_BEFORE.search(text, max(0, start - 10), start))


def is_joined_near(marker: CueHit, text: str) -> bool:
    """True for a near marker told after و (وقرب، وبالقرب من): a new conjunct."""
    return marker.surface.startswith("و") and not marker.surface.startswith("وريف")


SKIPPED_CONJUNCT = norm_re(r"^[\s,،]*و\w+[\s,،]+و?$")


def coordinated_groups(
    places: list[tuple[PlaceMention, bool]],
    text: str,
    class_nouns: list[CueHit],
    facilities: list[CueHit] | None = None,
) -> list[list[tuple[PlaceMention, bool]]]:
    """Split place mentions into runs joined only by و, commas, class nouns and facilities."""
    groups: list[list[tuple[PlaceMention, bool]]] = []
    for item in places:
        a, b = groups[-1][-1][0].end if groups else 0, item[0].start
        if groups and is_coordinated(text, a, b, class_nouns, facilities or []):
            groups[-1].append(item)
        elif groups and len(groups[-1]) >= 2 and SKIPPED_CONJUNCT.match(text[a:b]):
            groups[-1].append(item)  # عندان وحريتان وحيان وتل رفعت: an unknown name in a list
        elif (
            groups
            and ANOTHER_ENDS_GAP.search(text, a, b)
            and not re.search(r"[.!?؟\n]", text[a:b])
            and words_between(text, a, b) <= ANOTHER_GAP_WORDS
        ):
            groups[-1].append(item)  # تظاهرة في كربلاء أمام مكتب …، وأخرى في الناصرية
        else:
            groups.append([item])
    return groups


# what stands between a list's last town and the province, country or countryside locating it
# (القائم وعكاشات في العراق، … بمحافظة الأنبار، … بريف دير الزور، … في ريف حماة)
LOCATOR_GAP = re.compile(r"\s*(?:في\s+|ب)?(?:(?:ال)?(?:محافظه|ريف|اقليم|منطقه|باديه)\s+)?")
LIST_GOES_ON = norm_re(r"[\s,،]*و")
LIST_GOES_ON_NOUN = norm_re(
    r"[\s,،]*(?:و|ثم\s+)(?:(?:علي|على)\s+)?(?:ال)?(?:(?:مدينه|بلده|قريه|منطقه|حي|مدينتي|بلدتي|قريتي|منطقتي|حيي|مدن|بلدات|قري|قرى"
    r"|احياء|مخيم|ناحيه)\s+)?"
)


def lists_past_a_locator(
    groups: list[list[tuple[PlaceMention, bool]]],
    text: str,
    places: list[PlaceMention] = (),
) -> list[list[tuple[PlaceMention, bool]]]:
    """A list of towns that goes on past the province, country or countryside locating its
    first towns is one list (ضربات على مواقع في القائم وعكاشات في العراق والبوكمال والميادين في
    سوريا; قصفت الطائرات بلدة كفرنبل في ريف إدلب وبلدة اللطامنة في ريف حماة): the towns after
    the locator join the towns before it, and the locator is dropped. ``places`` are all the
    part's places, the locators already dropped among them."""
    out: list[list[tuple[PlaceMention, bool]]] = []
    grouped = {id(q) for g in groups for q, _ in g}
    for g in groups:
        prev = out[-1] if out else None
        if prev is None or prev[-1][0].town.kind in WIDE_KINDS:
            out.append(g)
            continue
        last = prev[-1][0]
        if countryside_of(last, text):
            out.append(g)
            continue
        head = g[0][0]
        dropped = [
            p
            for p in places
            if last.end <= p.start and p.end <= head.start and id(p) not in grouped
        ]
        if (  # the locator heads the next group: القائم وعكاشات في العراق والبوكمال
            not dropped
            and len(g) >= 2
            and is_locator(head, text)
            and all(q.town.kind not in WIDE_KINDS for q, _ in g[1:])
            and LOCATOR_GAP.fullmatch(text, last.end, _bare_start(head, text))
            and LIST_GOES_ON.match(text, head.end, g[1][0].start)
        ):
            out[-1] = prev + g[1:]
            continue
        if (  # the locator was dropped: بلدة كفرنبل في ريف إدلب وبلدة اللطامنة
            len(dropped) == 1
            and is_locator(dropped[0], text)
            and head.town.kind not in WIDE_KINDS
            and LOCATOR_GAP.fullmatch(text, last.end, _bare_start(dropped[0], text))
            and LIST_GOES_ON_NOUN.fullmatch(text, dropped[0].end, _bare_start(head, text))
        ):
            out[-1] = prev + g
            continue
        out.append(g)
    return out


def is_locator(p: PlaceMention, text: str) -> bool:
    """A province, country or region, or a town told as its countryside (ريف إدلب)."""
    return p.town.kind in WIDE_KINDS or countryside_of(p, text)


def _bare_start(p: PlaceMention, text: str) -> int:
    """Where the place's word begins, clitics glued to it included (بمحافظة → ب)."""
    start = p.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def is_coordinated(
    text: str, a: int, b: int, class_nouns: list[CueHit], facilities: list[CueHit] = ()
) -> bool:
    """True when text[a:b] holds only و, punctuation, class nouns and unnamed targets.

    An unnamed target is a facility noun and up to FACILITY_WORDS words after it (…في معسكر
    الطلائع ومحطة البحوث الزراعية ومطار الطبقة): a conjunct of the same list of targets.
    """
    cut = [(n.start, n.end) for n in class_nouns if a <= n.start and n.end <= b]
    plural = [n for n in class_nouns if n.surface[len(n.prefix) :] in PLURAL_CLASS_NOUNS]
    heads = sorted(
        (f for f in [*facilities, *plural] if a <= f.start and f.end <= b), key=lambda f: f.start
    )
    for i, f in enumerate(heads):
        stop = heads[i + 1].start if i + 1 < len(heads) else b
        limit = PLURAL_WORDS if f in plural else FACILITY_WORDS
        words = list(re.finditer(r"[^\s,،;؛]+", text[f.end : stop]))[:limit]
        cut.append((f.start, f.end + (words[-1].end() if words else 0)))
    raw = text[a:b]
    if (
        cut
        and not re.search(r"[,،]|(^|\s)و", raw)
        and not ALSO_JOINERS.search(raw)
        and not AGAIN_JOINERS.search(raw)
        and not LIKEWISE_JOINERS.search(raw)
    ):
        return False  # مدينة مورك بلدة اللطامنة: two names with no و or comma are no list
    gap = list(raw)
    for s, e in cut:
        gap[s - a : e - a] = " " * (e - s)
    rest = _GAP_JUNK.sub(" ", "".join(gap))
    rest = SURROUNDINGS.sub(" ", rest).strip()  # سلمى ومحيطها وقرى …: still one list
    rest = ALSO_JOINERS.sub(" ", f" {rest} ").strip()  # الركايا وكفرسجنة، إضافة لمدينة خان شيخون
    rest = ANOTHER_JOINERS.sub(" ", f" {rest} ").strip()  # عبوة في الموصل وأخرى في تلعفر
    rest = AGAIN_JOINERS.sub(" ", f" {rest} ").strip()  # القيروان وعلى قرية تل قصب
    rest = LIKEWISE_JOINERS.sub(" ", f" {rest} ").strip()  # مورك وكذلك في اللطامنة
    return rest in ("", "و") or all(w in ("و",) for w in rest.split())


def choose_group(
    groups: list[list[tuple[PlaceMention, bool]]], cue_start: int, text: str = ""
) -> list[tuple[PlaceMention, bool]]:
    """The first coordinated group after the cue, else the last before it.

    After the cue, a group of countries or governorates only gives way to a later group
    naming a town (قذائف أطلقت من الأراضي السورية على مدينة كلس: Kilis); a place told as
    the origin of fire (من داخل X) gives way to a later one told as the target (على Y).
    """
    after = [g for g in groups if g[0][0].start >= cue_start]
    if after:
        towns = [g for g in after if any(p.town.kind not in WIDE_KINDS for p, _ in g)]
        after = towns or after
        if text and len(after) > 1 and is_origin(after[0], text):
            targets = [g for g in after[1:] if not is_origin(g, text)]
            if targets:  # أطلقتها من داخل الفلوجة على ناحية عامرية الفلوجة: the target
                return targets[0]
        return after[0]
    if text and len(groups) > 1 and all(p.town.kind in WIDE_KINDS for p, _ in groups[-1]):
        town = groups[-2]
        if all(p.town.kind not in WIDE_KINDS for p, _ in town) and locates_one_of(
            groups[-1][0][0], [town[-1][0]], text
        ):  # مدينة جسر الشغور الاستراتيجية في محافظة إدلب بعد معارك: the town, not the province
            return town
    return groups[-1] if groups else []


def _words_before(group: list[tuple[PlaceMention, bool]], text: str) -> list[str]:
    """Up to ORIGIN_WORDS words before a group, without the place nouns between."""
    start = group[0][0].start
    while start > 0 and text[start - 1].isalpha():  # clitics glued to the name (وعلى → و)
        start -= 1
    words = re.findall(r"\w+", text[max(0, start - 80) : start])
    kept = [w for w in words if w not in PLACE_NOUNS]
    return kept[-ORIGIN_WORDS:] if kept else []


DESTINATION_WORDS = frozenset({"باتجاه", "اتجاه", "نحو", "الي", "صوب", "لجهه", "تجاه"})


def is_destination(place: PlaceMention, text: str) -> bool:
    """True for a place told as where a side went (باتجاه مدينة جرابلس، إلى بلدة …)."""
    return word_before_place(place, text) in DESTINATION_WORDS


def destination_list(
    places: list[PlaceMention], gone: list[PlaceMention], text: str
) -> list[PlaceMention]:
    """The destinations and the towns joined to them by و (فروا باتجاه مدينتي سراقب وأريحا:
    Ariha is where they went too, not where they left)."""
    out = list(gone)
    for prev, p in zip(places, places[1:], strict=False):
        if prev not in out or p in out:
            continue
        words = re.findall(r"\w+", text[prev.end : p.start])
        if not words or not words[0].startswith("و"):
            continue
        rest = [words[0][1:], *words[1:]] if len(words[0]) > 1 else words[1:]
        if all(w in PLACE_NOUNS and w != "في" for w in rest):
            out.append(p)
    return out


def word_before_place(place: PlaceMention, text: str) -> str:
    """The word before a place mention, class nouns (مدينة، بلدة …) skipped ('' if none)."""
    start = place.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    words = [
        w for w in re.findall(r"\w+", text[max(0, start - 60) : start]) if w not in PLACE_NOUNS
    ]
    return words[-1] if words else ""


LOCATOR_WORDS = 4  # باتجاه بلدة أثريا في ريف حماة الشرقي: حماة only locates أثريا


def locates_one_of(place: PlaceMention, others: list[PlaceMention], text: str) -> bool:
    """True when a place only locates one named just before it in the same clause (no و or
    comma between): فروا باتجاه بلدة أثريا في ريف حماة — Hama is where the destination lies."""
    for o in others:
        if o.end > place.start:
            continue
        gap = text[o.end : place.start]
        if re.search(r"[,،]|(?:^|\s)و", gap):
            continue
        if words_between(text, o.end, place.start) <= LOCATOR_WORDS:
            return True
    return False


def is_origin(group: list[tuple[PlaceMention, bool]], text: str) -> bool:
    """True for a place told as where fire came from (من داخل الفلوجة، انطلاقا من مواقعه في …)."""
    before = _words_before(group, text)
    if "انطلاقا" in before[-ORIGIN_WORDS - 2 :]:
        return True
    while len(before) > 1 and COMPASS_WORD.fullmatch(before[-1]):
        before = before[:-1]  # من مواقعها جنوبي مدينة خان شيخون: the compass side of the origin
    if not before or before[-1] != "من":
        return False
    return len(before) < 2 or before[-2] not in NEAR_BEFORE_MIN  # not بالقرب من / على مقربة من


COMPASS_WORD = re.compile(r"(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يه)?")
SIDE_WORDS = frozenset({"اتجاه", "جهه", "ناحيه", "الاراضي", "اراضي", "الاجواء", "اجواء"})
SET_OFF_VERB = re.compile(r"(?:ال)?(?:انطلق|قادم|تسلل)\w*")  # القادمين من بلدات X: also with ال
KEEPS_ORIGIN = frozenset({"withdrawal", "capture"})


def came_from(group: list[tuple[PlaceMention, bool]], text: str) -> bool:
    """True for a place told as the side or ground an attack came from, not where it struck
    (عدوان جوي من اتجاه شمال غرب لبنان؛ هجوم انطلق من الأراضي التركية؛ قادمة من بلدة X).

    A bare من stays the place left or taken from (انسحبوا من المدينة، طرد التنظيم من البلدة):
    only a side word (اتجاه، جهة، الأراضي، الأجواء) or a setting-off verb (انطلق، قادمة، تسلل)
    before من makes it an origin.
    """
    return came_from_at(group[0][0].start, text)


def came_from_at(start: int, text: str) -> bool:
    """True when the words before `start` (place nouns and a compass side skipped) tell where
    something came from: a side word or a setting-off verb before من (see came_from)."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    words = [
        w for w in re.findall(r"\w+", text[max(0, start - 80) : start]) if w not in PLACE_NOUNS
    ]
    while words and COMPASS_WORD.fullmatch(words[-1]):
        words.pop()
    if len(words) >= 2 and words[-1] in SIDE_WORDS and words[-2] in ("من", "ومن"):
        return True
    return len(words) >= 2 and words[-1] == "من" and SET_OFF_VERB.fullmatch(words[-2]) is not None


ROAD_WORDS = frozenset({"الطريق", "طريق", "اوتوستراد", "الاوتوستراد", "الاتستراد", "المنطقه"})


def between_ends_of_a_road(group: list[tuple[PlaceMention, bool]], text: str) -> bool:
    """True for the two ends of a road or area (على الطريق الواصل بين X وY، المنطقة الواقعة بين).

    The event is on the road, near the first town named (precision 2), not in both towns.
    """
    start = group[0][0].start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    words = re.findall(r"\w+", text[max(0, start - 60) : start])
    words = [w for w in words if w not in PLACE_NOUNS]
    if len(group) > 1 and ROAD_DASH.fullmatch(text, group[0][0].end, group[1][0].start):
        # طريق دير الزور - تدمر، أوتوستراد حلب-الحسكة: a road named by its two ends
        return bool(words) and words[-1] in ROAD_WORDS
    if not words or words[-1] != "بين":
        return False
    return any(w in ROAD_WORDS for w in words[-4:-1])


ROAD_DASH = re.compile(r"\s*[-–—/]\s*")


def near_town_after(
    group: list[tuple[PlaceMention, bool]], groups: list[list[tuple[PlaceMention, bool]]]
) -> tuple[PlaceMention, bool] | None:
    """The town told as near (قرب قرية X) right after the two ends of a road: the spot on it."""
    later = [g for g in groups if g[0][0].start > group[-1][0].end]
    for g in later[:2]:
        p, near = g[0]
        if near and p.town.kind not in WIDE_KINDS:
            return g[0]
    return None


def near_town_told_next(
    group: list[tuple[PlaceMention, bool]],
    places: list[PlaceMention],
    markers: list[CueHit],
    text: str,
) -> tuple[PlaceMention, bool] | None:
    """A town told near right after the road's ends in the same part (…وتدمر، قرب قرية X).

    drop_locators reads it as a locator of the road's last end and drops it; only a near
    marker told straight after the road (no verb or other word between) makes it the spot.
    """
    end = group[-1][0].end
    for p in places:
        if p.start <= end:
            continue
        marker = near_marker_before(p, markers, text)
        if marker is None or words_between(text, end, marker.start) != 0:
            return None
        return (p, True) if p.town.kind not in WIDE_KINDS else None
    return None


def near_town_opening(
    parts: list[tuple[int, int]], mentions: DocMentions
) -> tuple[PlaceMention, bool] | None:
    """A town the next part opens with after a near marker (…، قرب قرية الشولا)."""
    for part in parts:
        places = usable_places(part, mentions)
        if not places or places[0].town.kind in WIDE_KINDS:
            return None
        markers = mentions.inside("place_marker", *part)
        marker = near_marker_before(places[0], markers, mentions.text)
        if marker is not None and words_between(mentions.text, part[0], marker.start) == 0:
            return places[0], True
    return None


def precise_place(p: PlaceMention, near: bool, res: Resources) -> tuple[Place, int, str]:
    """The town a mention stands for and its precision; ريف + governorate -> the city, precision 2."""
    place, town = p.place, p.town
    if near and place.kind == "governorate":
        cities = [
            c for c in res.lexicons.gazetteer.candidates(p.surface) if c.kind not in WIDE_KINDS
        ]
        if cities:
            return cities[0], 2, "countryside_of_city"
    precision = town.geo_precision if town is not place else place.geo_precision
    if near:
        return town, max(precision, 2), "near_marker"
    return town, precision, "named" if town is place else f"named:{place.kind}->town"


TAKEN_ACTIONS = frozenset({"arrest", "abduction"})
# the people taken away after the act (واقتادتهم إلى مراكز احتجاز في دمشق؛ ونقلوهم إلى جهة مجهولة
# في ريف السويداء؛ وسيق إلى سجن صيدنايا؛ وتم إيداعه التوقيف في بعقوبة)
TAKEN_AWAY = norm_re(
    r"(?<!\w)[وف]?(?:(?:تم|جرى|جري)\s+)?(?:اقتاد|اقتيد|نقل|سيق|ساق|اودع|ايداع|اخفي|اخفاء)\w*(?!\w)"
)


def before_taken_away(places: list[PlaceMention], cue_start: int, text: str) -> list[PlaceMention]:
    """An arrest or abduction happens where the people were taken, not where they were taken
    to: places told after a verb of taking them away (اقتادتهم، نقلوهم، سيق، أودع) after the cue
    are left out when a place is told before that verb."""
    if not places:
        return places
    m = TAKEN_AWAY.search(text, cue_start, max(p.start for p in places))
    if m is None:
        return places
    before = [p for p in places if p.end <= m.start()]
    return before or places


def places_in_parts(
    parts: list[tuple[int, int]],
    cue_start: int,
    mentions: DocMentions,
    res: Resources,
    action: str | None = None,
) -> tuple[list[PlaceChoice], str]:
    """Places of the first part (in the given order) that names any: one per coordinated town.

    A withdrawal happens where the side left, not where it went: places told as its
    destination (انسحبوا من المدينة باتجاه بلدة تل رفعت) are left out.
    """
    text = mentions.text
    for i, part in enumerate(parts):
        places = usable_places(part, mentions)
        if action == "withdrawal":
            gone = destination_list(places, [p for p in places if is_destination(p, text)], text)
            places = [p for p in places if p not in gone and not locates_one_of(p, gone, text)]
        if action in TAKEN_ACTIONS:
            places = before_taken_away(places, cue_start, text)
        if not places:
            continue
        markers = mentions.inside("place_marker", *part)
        kept = drop_locators(places, markers, text, action not in KEEPS_ORIGIN)
        joined_near = [m for m in hits_of(markers, "near") if is_joined_near(m, text)]
        groups = coordinated_groups(
            kept,
            text,
            hits_of(markers, "class_noun") + joined_near,
            hits_of(markers, "facility"),
        )
        groups = lists_past_a_locator(groups, text, places)
        group = choose_group(groups, cue_start, text)
        more = locatives_after(group, groups, markers, mentions)
        if action in FIRE_ACTIONS:
            more = more or targets_after(group, places, kept, markers, mentions)
        if more:  # the chosen group stays the same object otherwise (`is` tests below)
            group = group + more
        if action in FIRE_ACTIONS and group and is_origin(group, text):
            struck = [g for g in groups if g is not group and not is_origin(g, text)]
            if not struck and len(group) > 1:  # من مواقعها في مدينة خان شيخون بلدة الهبيط: the
                # second name, told without و, is the object, not another origin
                cut = next(
                    (
                        j
                        for j in range(1, len(group))
                        if not re.search(r"(?<!\w)و", text[group[j - 1][0].end : group[j][0].start])
                    ),
                    None,
                )
                if cut is not None:
                    struck = [group[cut:]]
            later = [q for q in parts[i + 1 :] if q[0] >= part[1]]
            target = [] if struck else _fire_target(later, mentions, res, action)
            if target:  # قذيفتان أطلقتا من عفرين، سقطتا على ريحانلي: where the fire fell
                return target, "named"
            if struck:  # قصفت القوات من مواقعها في خان شيخون بلدة الهبيط: where the fire fell
                group = choose_group(struck, cue_start, text)
                groups = struck
        if action not in KEEPS_ORIGIN and group and came_from(group, text):
            rest = [g for g in groups if g is not group and not came_from(g, text)]
            if not rest:
                continue  # عدوان جوي من اتجاه شمال غرب لبنان: not where it struck
            group = choose_group(rest, cue_start, text)
        choices: dict[str, PlaceChoice] = {}
        dual_near = dual_countryside(group, markers, text)
        if len(group) > 1 and between_ends_of_a_road(group, text):
            road = group
            group, dual_near = group[:1], True  # الطريق الواصل بين القامشلي وعامودا: one place
            landmark = (
                near_town_after(group, groups)
                or near_town_told_next(road, places, markers, text)
                or near_town_opening(parts[i + 1 : i + 2], mentions)
            )
            if landmark is not None:  # على الطريق بين دير الزور وتدمر، قرب قرية الشولا
                group = [landmark]
        for p, near in group:
            town, precision, rule = precise_place(p, near or dual_near, res)
            if town.id not in choices:
                choices[town.id] = PlaceChoice(town, precision, rule, p.start, p.end)
        found = list(choices.values())
        wide = [c for c in found if c.place is not None and c.place.kind in WIDE_KINDS]
        if len(wide) == len(found):
            found = found[:1]  # countries and governorates are no towns: no split (codebook §1)
        elif wide:  # كويسنجق ومناطق في إقليم كوردستان: the towns, not the region as well
            found = [c for c in found if c not in wide]
        if found and (not wide or len(wide) == len(found)):
            named = named_among(found, parts[i + 1 :], part, mentions, res, action)
            if named:  # قرى في ريف تل تمر، منها أم الكيف وتل طويل: the villages named
                return named, "named"
        if (i == 0 or SHARE_OPENS.match(text, part[0])) and found and not wide:
            more = repeated_objects(found, parts[1:], part, mentions, res, action)
            if not more:  # fire names targets (ومحطة … قرب X); any action "another" (وأخرى في X)
                opens = TARGET_OPENS if action in FIRE_ACTIONS else ANOTHER_OPENS
                more = listed_targets(found, parts[1:], part, mentions, res, action, opens)
            found += more
        return found, "named"
    return [], ""


REPEATED_ON = norm_re(r"\s*و(?:على|علي)\s")
# the object of على told with where it is, before the first place (على حاجز الضاحية في طفس؛
# على تلة المحروقات في ريف حلب؛ على مواقع في طفس)
ON_AN_OBJECT = norm_re(r"(?<!\w)(?:على|علي)\s+(?:\S+\s+){1,4}$")
AMONG_OPENS = re.compile(
    r"\s*و?(?:(?:من\s+)?(?:منها|بينها|ابرزها|اهمها)|(?:شملت|شمل|طالت|طال|تركزت\s+في|تركز\s+في))(?!\w)"
)  # قرى في ريف القامشلي، شملت تل حميس والقحطانية: the towns the strikes took in
TOOK_IN = re.compile(r"\s*و?(?:شملت|شمل|طالت|طال|تركزت\s+في|تركز\s+في)(?!\w)")
UNNAMED_PLURAL = re.compile(r"(?<!\w)(?:ال)?(?:قري|بلدات|مناطق|مدن|احياء|مواقع)(?!\w)")


PARALLEL_NOUNS = frozenset(
    {"باديه", "ريف", "محيط", "اطراف", "قريه", "بلده", "مدينه", "منطقه", "حي", "ناحيه", "قضاء"}
)


def parallel_place_noun(first: PlaceChoice, nxt: tuple[int, int], mentions: DocMentions) -> bool:
    """True when the next clause opens with و and the place noun told before the first place.

    في بادية الرصافة جنوب غرب الرقة، وبادية أثريا ضمن الريف الشرقي لحماة: the clause
    repeats the object's noun and tells no action of its own: it names one more object.
    """
    text = mentions.text
    noun = previous_word(text, first.start)
    if noun in TOWN_NOUNS:  # في منطقتي القائم وعكاشات …، ومدينتي البوكمال والميادين
        opens = TOWN_NOUNS_OPEN
    elif noun in PARALLEL_NOUNS:
        opens = re.compile(r"\s*و" + re.escape(noun) + r"\s")
    else:
        return False
    if not opens.match(text[nxt[0] : nxt[1]]):
        return False
    return not mentions.inside("action", *nxt)


# the nouns of inhabited places, one, two or many: a clause opening with any of them after a
# place told with one of them names more places of the same kind
TOWN_NOUNS = frozenset(
    "مدينه بلده قريه منطقه حي مدينتي بلدتي قريتي منطقتي حيي مدن بلدات قري قرى احياء".split()
)
TOWN_NOUNS_OPEN = norm_re(r"\s*و(?:" + "|".join(sorted(TOWN_NOUNS, key=len, reverse=True)) + r")\s")


def named_among(
    found: list[PlaceChoice],
    later: list[tuple[int, int]],
    part: tuple[int, int],
    mentions: DocMentions,
    res: Resources,
    action: str | None,
) -> list[PlaceChoice]:
    """Towns named after منها/بينها that single out some of an unnamed plural (قرى في ريف X).

    The cue's one place must be a countryside (near, precision 2) told after a plural noun
    of places with no name; the next clause, opening with منها, names the towns meant.
    """
    text = mentions.text
    if len(found) != 1:
        return []
    place = found[0].place
    if (found[0].precision or 0) < 2 and (place is None or place.kind not in WIDE_KINDS):
        return []
    nxt = next((q for q in later[:1] if q[0] >= part[1]), None)
    opens = AMONG_OPENS.match(text, nxt[0]) if nxt is not None else None
    if opens is None:
        return []
    took_in = TOOK_IN.match(text, opens.start(), opens.end()) is not None
    if not took_in and not UNNAMED_PLURAL.search(text, part[0], found[0].start):
        return []  # «منها» singles out an unnamed plural; «طالت، شملت» name what was struck
    more, _ = places_in_parts([nxt], nxt[0], mentions, res, action)
    named = [c for c in more if c.place is not None and c.place.kind not in WIDE_KINDS]
    if named:  # طالت قرى تل حميس والقحطانية، إضافة إلى محيط مدينة عامودا: the list goes on
        known = {c.place.id for c in named}
        rest = repeated_objects(named, later[1:], nxt, mentions, res, action)
        named += [
            c
            for c in rest
            if c.place is not None and c.place.kind not in WIDE_KINDS and c.place.id not in known
        ]
    return named


ALSO_OPENS = norm_re(r"\s*" + ALSO_JOINERS.pattern)
# a clause that only locates the town told before it (بلدة سلوك، جنوب شرقي تل أبيض، …؛ مدينة
# القصير، بريف حمص، …): a direction or countryside, then one place and nothing else (session 15)
LOCATOR_OPENS = re.compile(
    r"\s*(?:(?:(?:شمال|جنوب|شرق|غرب)(?:ي)?\s+){1,2}|(?:في\s+|ب)?(?:ال)?(?:ريف|محافظه)\s+)"
)


def locator_clause(q: tuple[int, int], mentions: DocMentions) -> bool:
    """True for a clause made of a direction or countryside and one place name only."""
    text = mentions.text
    m = LOCATOR_OPENS.match(text, q[0])
    if m is None or mentions.inside("action", *q) or mentions.inside("actor", *q):
        return False
    places = mentions.inside("place", m.end(), q[1])
    if len(places) != 1:
        return False
    p = places[0]
    return _bare_start(p, text) <= m.end() and not text[p.end : q[1]].strip(" \t,،")


def repeated_objects(
    found: list[PlaceChoice],
    later: list[tuple[int, int]],
    part: tuple[int, int],
    mentions: DocMentions,
    res: Resources,
    action: str | None,
) -> list[PlaceChoice]:
    """Towns of a later clause repeating the object's preposition (سيطر على X، …، وعلى بلدتي Y وZ).

    The first clause after the cue's that opens with وعلى, when the cue's place follows على,
    names more objects of the same verb: one event per town, as in one list.
    """
    text = mentions.text
    first = found[0]
    nxt = next((q for q in later[:1] if q[0] >= part[1]), None)
    if nxt is not None and len(later) > 1 and locator_clause(nxt, mentions):
        if ALSO_OPENS.match(text, later[1][0]):  # سلوك، جنوب شرقي تل أبيض، إضافة إلى قرية X
            nxt = later[1]
    if nxt is not None and ALSO_OPENS.match(text, nxt[0]):
        more, _ = places_in_parts([nxt], nxt[0], mentions, res, action)
        known = {c.place.id for c in found if c.place is not None}
        wide = any(c.place is not None and c.place.kind in WIDE_KINDS for c in more)
        if not wide:  # X وY، إضافة لمدينة Z: one more town of the same list
            return [c for c in more if c.place is not None and c.place.id not in known]
    if nxt is not None and parallel_place_noun(first, nxt, mentions):
        more, _ = places_in_parts([nxt], nxt[0], mentions, res, action)
        known = {c.place.id for c in found if c.place is not None}
        wide = any(c.place is not None and c.place.kind in WIDE_KINDS for c in more)
        if not wide:  # في بادية الرصافة …، وبادية أثريا …: the same noun again, one more object
            return [c for c in more if c.place is not None and c.place.id not in known]
    if ON_AN_OBJECT.search(text[part[0] : first.start]):
        # على حاجز الضاحية في طفس، وعلى حاجزين في محيط المزيريب: the same verb's next object,
        # told with where it is (session 15)
        for q in [q for q in later if q[0] >= part[1]][:2]:
            if not REPEATED_ON.match(text, q[0]):
                continue
            more, _ = places_in_parts([q], q[0], mentions, res, action)
            known = {c.place.id for c in found if c.place is not None}
            more = [c for c in more if c.place is not None and c.place.id not in known]
            if more and not any(c.place.kind in WIDE_KINDS for c in more):
                return more
            break
    if re.search(r"(?<!\w)في\s+(?:\S+\s+){0,2}$", text[part[0] : first.start]):
        return repeated_locatives(found, later, part, mentions, res, action)
    if not re.search(r"(?<!\w)(?:على|علي)\s+(?:\S+\s+){0,1}$", text[part[0] : first.start]):
        return []
    for q in later[:2]:
        if q[0] < part[1]:
            return []
        if not REPEATED_ON.match(text, q[0]):
            continue
        more, _ = places_in_parts([q], q[0], mentions, res, action)
        known = {c.place.id for c in found if c.place is not None}
        return [c for c in more if c.place is not None and c.place.id not in known]
    return []


# a struck target told in a clause of its own, with where it is (…، ومحطة عودة النفطية قرب
# القحطانية، ومعملاً للإسمنت في ريف عين العرب، وحاجزاً لقسد على طريق عامودا)
TARGET_OPENS = norm_re(
    r"\s*و(?:ال)?(?:موقع|مواقع|محطه|معمل|مصنع|حاجز|نقطه|نقاط|مقر|مقرات|مستودع|مستودعات|مخزن"
    r"|مخازن|منزل|منازل|سياره|عجله|رتل|تجمع|تجمعات|اليه|اليات|قاعده|مطار|جسر|مدرسه|مشفي"
    r"|مستشفي|سوق|حقل|منشاه|منشات|مخفر|ثكنه|معسكر|مركز|مبني|مضافه|اوكار|مخابئ|مزرعه|مزارع"
    r"|محطات|ابار|بئر|صوامع|مطحنه|فرن|مخيم|اخر|اخري|اخرى"
    r"|اثنان|اثنتان|اثنين|اثنتين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني"
    r"|ثمانيه|تسع|تسعه|عشر|عشره)(?:ا|اً|ين)?(?!\w)|\s*و\s?\d+(?=\s+(?:على|علي)\s)"
)
# a share of a count of strikes (ثماني غارات، ثلاث منها على مدينة سراقب؛ 20 برميلاً، منها 12 على
# داريا): the clause is the first target of the strikes counted in the clause before
SHARE_OPENS = norm_re(
    r"\s*(?:(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه"
    r"|عشر|عشره|اثنتان|اثنان|\d+)\s+منها|منها\s+(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع"
    r"|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|اثنتان|اثنان|\d+))(?!\w)"
)
# where the target is: a preposition or a side of a town, then at most two words (a class noun)
# before the town's name (قرب بلدة الهري، في ريف عين العرب، على طريق عامودا، بمدينة القامشلي)
TARGET_WHERE = norm_re(
    r"(?:(?<!\w)(?:في|قرب|بالقرب\s+من|على\s+طريق|علي\s+طريق|بمحيط|شرق|غرب|شمال|جنوب|شرقي|غربي"
    r"|شمالي|جنوبي|بريف|على|علي)\s+(?:[^\s,،.]+\s+){0,2}|(?<!\w)ب)$"
)
MAX_TARGET_CLAUSES = 4


def listed_targets(
    found: list[PlaceChoice],
    later: list[tuple[int, int]],
    part: tuple[int, int],
    mentions: DocMentions,
    res: Resources,
    action: str | None,
    opens: re.Pattern[str] | None = None,
) -> list[PlaceChoice]:
    """Towns of the clauses right after a strike's that each name one more target and where it
    is (قصفت الطائرات موقعاً في مدينة القامشلي، ومحطة عودة النفطية قرب القحطانية، ومعملاً في
    ريف عين العرب): one event per town, as for a list of towns. A clause that tells an action
    or a casualty of its own, or names no town, ends the list."""
    text = mentions.text
    known = {c.place.id for c in found if c.place is not None}
    more: list[PlaceChoice] = []
    for q in [q for q in later if q[0] >= part[1]][:MAX_TARGET_CLAUSES]:
        if not (opens or TARGET_OPENS).match(text, q[0]):
            break
        if mentions.inside("action", *q) or mentions.inside("casualty", *q):
            break
        got, _ = places_in_parts([q], q[0], mentions, res, action)
        got = [
            c
            for c in got
            if c.place is not None
            and c.place.kind not in WIDE_KINDS
            and TARGET_WHERE.search(text, max(q[0], c.start - 40), c.start)
        ]
        if not got:
            break
        more += [c for c in got if c.place.id not in known]
        known |= {c.place.id for c in got}
    return more


REPEATED_IN = re.compile(r"\s*وفي\s")
MAX_REPEATED_IN = 4


def repeated_locatives(
    found: list[PlaceChoice],
    later: list[tuple[int, int]],
    part: tuple[int, int],
    mentions: DocMentions,
    res: Resources,
    action: str | None,
) -> list[PlaceChoice]:
    """Towns of the clauses right after the cue's that repeat its place's في (قصفت قوات النظام
    أحياء في مدينة درعا البلد، وفي بلدة طفس، وفي مدينة جاسم): one event per town, when those
    clauses tell no action of their own and the run is not the topic of a clause that does
    (…، وفي ريف حلب الجنوبي، سيطرت قوات النظام على …: another event's place)."""
    text = mentions.text
    known = {c.place.id for c in found if c.place is not None}
    more: list[PlaceChoice] = []
    run = [q for q in later[:MAX_REPEATED_IN] if q[0] >= part[1]]
    taken = 0
    for q in run:
        if not REPEATED_IN.match(text, q[0]) or mentions.inside("action", *q):
            break
        got, _ = places_in_parts([q], q[0], mentions, res, action)
        if not got or any(c.place is None or c.place.kind in WIDE_KINDS for c in got):
            return []
        more += [c for c in got if c.place.id not in known]
        known |= {c.place.id for c in got}
        taken += 1
    end = run[taken - 1][1] if taken else part[1]
    if more and opens_an_event(end, mentions):
        return []  # the run opens the next clause's event
    return more


NEXT_CLAUSE = norm_re(r"[^.!?؟\n]*?(?:[,،.!?؟\n]|$)")


def opens_an_event(end: int, mentions: DocMentions) -> bool:
    """True when the clause right after `end` (to the next comma or full stop) tells an action:
    a place run before it is that clause's topic (وفي ريف حلب الجنوبي، سيطرت القوات على …)."""
    text = mentions.text
    start = end + 1 if end < len(text) and text[end] in ",،" else end
    m = NEXT_CLAUSE.match(text, start)
    return bool(m and mentions.inside("action", start, m.end()))


# في مدينة درعا البلد، وفي بلدة طفس: the preposition repeated, maybe after a name's last word
REPEATED_IN_GAP = norm_re(r"(?:\s*[^\s,،]+)?\s*[,،]\s*وفي\s+(?:\S+\s+)?|\s*وفي\s+(?:\S+\s+)?")


def locatives_after(
    group: list[tuple[PlaceMention, bool]],
    groups: list[list[tuple[PlaceMention, bool]]],
    markers: list[CueHit],
    mentions: DocMentions,
) -> list[tuple[PlaceMention, bool]]:
    """Groups right after the chosen one that repeat its في (في مدينة درعا البلد، وفي بلدة
    طفس): more objects of the same verb, unless an action follows them in their clause (the
    place is then that action's topic) or the chosen group was not told with في."""
    text = mentions.text
    if not group or group not in groups:
        return []
    if not re.search(
        r"(?<!\w)في\s+(?:\S+\s+){0,2}$", text[max(0, group[0][0].start - 40) : group[0][0].start]
    ):
        return []
    more: list[tuple[PlaceMention, bool]] = []
    last = group[-1][0].end
    for g in groups[groups.index(group) + 1 :]:
        if not REPEATED_IN_GAP.fullmatch(text[last : g[0][0].start]):
            break
        if any(p.town.kind in WIDE_KINDS for p, _ in g):
            break
        more += g
        last = g[-1][0].end
    if more and opens_an_event(last, mentions):
        return []
    return more


# the rest of a name told in brackets (عين العرب (كوباني)) before the next target noun
BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")
TARGET_GAP_WORDS = 6  # ومعمل للإسمنت في ريف: words from the target noun to the town


def targets_after(
    group: list[tuple[PlaceMention, bool]],
    places: list[PlaceMention],
    kept: list[PlaceMention],
    markers: list[CueHit],
    mentions: DocMentions,
) -> list[tuple[PlaceMention, bool]]:
    """Towns right after the chosen group, in its clause, that each name one more target of
    the fire and where it is (مقرات في مدينة الميادين وموقعاً قرب بلدة الهري؛ محطة السويدية في
    ريف المالكية ومعملاً للإسمنت في ريف عين العرب وحاجزاً لقسد على طريق عامودا): one event
    per town, as listed_targets does for the clauses after (a town told after قرب is no
    locator of the town before here: a target noun opens its phrase). A gap that tells an
    action or a casualty of its own ends the list."""
    text = mentions.text
    if not group:
        return []
    more: list[tuple[PlaceMention, bool]] = []
    last = group[-1][0].end
    for p in places:
        if p.start < last:
            continue
        at = last
        bracket = BRACKETED.match(text, at, p.start)
        if bracket is not None:
            at = bracket.end()
        opens = TARGET_OPENS.match(text, at, p.start)
        if opens is None:
            opens = target_after_a_locator(text, at, p.start)
        if opens is None and p not in kept and words_between(text, last, p.start) <= 3:
            last = p.end  # محطة السويدية للغاز في ريف المالكية: where the target before is
            continue
        if opens is None or words_between(text, opens.end(), p.start) > TARGET_GAP_WORDS:
            break
        if not TARGET_WHERE.search(text, opens.end(), p.start):
            break
        if mentions.inside("action", last, p.start) or mentions.inside("casualty", last, p.start):
            break
        if p.town.kind in WIDE_KINDS:
            break
        more.append((p, near_marker_before(p, markers, text) is not None))
        last = p.end
    return more


# where the target before lies, told with no town (قرية تل كوجر على الحدود العراقية وموقعاً …؛
# بلدة X قرب الحدود التركية ومقراً …): a short phrase of a border, a road or a side of the town,
# then the next target noun (session 18, hF7)
LOCATOR_PHRASE = norm_re(
    r"\s*(?:على|علي|قرب|عند|بالقرب\s+من|بمحاذاه|بمحاذاة)\s+(?:ال)?(?:حدود|الحدود|الشريط\s+الحدودي|"
    r"طريق|الطريق|اطراف|الأطراف|مدخل|ضفاف|ضفه|ضفة)(?:\s+[^\s,،.؛:()\"«»]+){0,2}?(?=\s+و)"
)
MAX_LOCATOR_WORDS = 5


def target_after_a_locator(text: str, at: int, end: int) -> re.Match[str] | None:
    """The next target noun after a short locator phrase of the target before (على الحدود
    العراقية وموقعاً للأسايش في مدينة القامشلي), or None."""
    loc = LOCATOR_PHRASE.match(text, at, end)
    if loc is None or words_between(text, at, loc.end()) > MAX_LOCATOR_WORDS:
        return None
    return TARGET_OPENS.match(text, loc.end(), end)


FIRE_ACTIONS = frozenset({"shelling", "airstrike"})


def _fire_target(
    parts: list[tuple[int, int]], mentions: DocMentions, res: Resources, action: str
) -> list[PlaceChoice]:
    """The places of the first later clause naming a place that is no origin of fire."""
    text = mentions.text
    for part in parts:
        found, _ = places_in_parts([part], part[0], mentions, res, action)
        if not found:
            continue
        if any(text[max(0, c.start - 12) : c.start].rstrip().endswith("من") for c in found):
            return []  # another origin: keep the first
        return found
    return []


def dual_countryside(
    group: list[tuple[PlaceMention, bool]], markers: list[CueHit], text: str
) -> bool:
    """True when a dual near marker (ريفي حلب وإدلب) stands right before the group's first name."""
    if not group:
        return False
    first = group[0][0]
    return any(
        m.entry.get("type") == "near"
        and m.surface.endswith(DUAL_NEAR)
        and m.end <= first.start
        and not text[m.end : first.start].strip()
        for m in markers
    )


def class_noun_reference(parts: list[tuple[int, int]], mentions: DocMentions) -> tuple[str, bool]:
    """What a class noun with no known name says, and whether a near marker stands before it.

    'anaphor': definite (البلدة) — the place in focus; 'unnamed': indefinite and no name
    (بلدة في شمال البلاد) — unknown; 'unknown_name': a name the gazetteer lacks (قرية حاس) —
    somewhere near the place in focus.
    """
    text = mentions.text
    for part in parts[:1]:
        markers = mentions.inside("place_marker", *part)
        places = mentions.inside("place", *part)
        for noun in hits_of(markers, "class_noun"):
            if any(p.start <= noun.start < p.end for p in places):
                continue  # من مدينة عفرين told as one name: the noun is part of a known place
            following = [
                p for p in mentions.inside("place", noun.end, min(len(text), noun.end + 25))
            ]
            if following and words_between(text, noun.end, following[0].start) <= 1:
                continue
            near = any(
                m.entry.get("type") == "near"
                and m.end <= noun.start
                and words_between(text, m.end, noun.start) <= 2
                for m in markers
            )
            if noun.prefix.endswith(("ال", "لل")):
                return "anaphor", near
            nxt = re.findall(r"\w+", text[noun.end : noun.end + 30])[:1]
            if nxt and nxt[0] in GENERIC_PLACE_ADJ:
                continue  # جراء غارات طالت أحياء سكنية في المدينة: the definite noun refers
            if nxt and BACK_CLASS_NOUN.fullmatch(nxt[0]):
                continue  # دخلت مركز المدينة، أحياء البلدة: the definite noun after it refers
            if nxt and nxt[0] not in NOT_A_NAME:
                return "unknown_name", near
            if noun.surface in ("بلده", "مدينه", "قريه"):
                return "unnamed", near
    return "", False


def focus_town(
    before: int,
    mentions: DocMentions,
    res: Resources,
    skip: Callable[[PlaceMention], bool] | None = None,
) -> tuple[Place, int] | None:
    """The place in focus and its precision: the last town named before offset `before`
    (leaving out the place mentions `skip` rejects).

    Locators and districts named after a namesake are skipped; a region counts only when no
    town was named; "ريف X" keeps its precision 2 (وفي ريف حماة، …); a dateline's town alone on
    its line (روداو – أربيل) only when no other place was named.
    """
    text = mentions.text
    outlets = outlet_names(mentions)
    places = [
        p
        for p in mentions.by_kind.get("place", [])
        if p.end <= before and not any(o.start <= p.start and p.end <= o.end for o in outlets)
    ]
    markers = mentions.by_kind.get("place_marker", [])
    filed = None
    seat_region: PlaceMention | None = None
    later_governorate: Place | None = None
    for i in range(len(places) - 1, -1, -1):
        p = places[i]
        if (
            (skip is not None and skip(p))
            or not_a_district(p, mentions)
            or in_another_town(p, mentions)
            or displaced_from(p, text)
            or fled_to(p, mentions)
        ):
            continue
        if countryside_of(p, text) and region_seat(p, mentions):
            seat_region = seat_region or p  # أفاد مراسل عنب بلدي في ريف حمص أن …: the region the
            continue  # reporter covers, not the town in focus (… عند المدخل الغربي للمدينة)
        if in_dateline(p, text) and dateline_alone(p, text):
            filed = filed or p  # روداو – أربيل: where the report was filed, the last resort
            continue
        marker = near_marker_before(
            p, [m for m in markers if m.end <= p.start and m.start >= p.start - 40], text
        )
        if (
            marker is not None
            and i > 0
            and words_between(text, places[i - 1].end, p.start) <= 5
            and not SENTENCE_BREAK.search(text, places[i - 1].end, p.start)
        ):
            continue  # a locator of the town before; not across a sentence (… في الدردارة.
            # وفي ريف ناحية عين عيسى، …: the new sentence's own place)
        town, precision, _ = precise_place(p, marker is not None, res)
        if town.kind == "governorate" and later_governorate is None and opens_line(p, text):
            later_governorate = town
        if town.kind not in WIDE_KINDS:
            if later_governorate is not None and later_governorate.admin1 not in ("", town.admin1):
                # دير الزور: … \n درعا: استشهد ستة من أبناء البلدة: the governorate named since
                # the town, which is not in it, is the place in focus
                return later_governorate, later_governorate.geo_precision
            return town, precision
    wide = [p for p in places if p.town.kind in WIDE_KINDS and p is not filed]
    if wide:
        return wide[-1].town, wide[-1].town.geo_precision
    if seat_region is not None:  # no town named but the reporter's region: that region
        town, precision, _ = precise_place(seat_region, False, res)
        return town, precision
    if filed is not None:  # حمص – سانا / … في المدينة: no other town named, the dateline's
        town, precision, _ = precise_place(filed, False, res)
        return town, precision
    return None


def region_seat(place: PlaceMention, mentions: DocMentions) -> bool:
    """True for a place told inside a reporting frame of its sentence (أفاد مراسل عنب بلدي في
    ريف حمص أن …؛ قال ناشطون في ريف إدلب إن …): where the source sits (session 18, hO7)."""
    text = mentions.text
    lo = max(text.rfind(".", 0, place.start), text.rfind("\n", 0, place.start)) + 1
    stop = SENTENCE_BREAK.search(text, place.end)
    hi = stop.start() if stop else len(text)
    return any(a <= place.start < b for a, b in reporting_frames((lo, hi), mentions))


# a definite class noun that refers back to a town (في المدينة، وسط البلدة، أحياء القضاء)
BACK_CLASS_NOUN = norm_re(
    r"(?<!\w)[وفبل]?(?:ال|لل)(?:مدينه|مدينة|بلده|بلدة|قريه|قرية|قضاء|ناحيه|ناحية|محافظه|محافظة)(?!\w)"
)


def seat_town(
    part: tuple[int, int], cue_start: int, mentions: DocMentions, res: Resources
) -> tuple[Place, int] | None:
    """The town a source sits in, told before the cue in its own part (قال ناشطون من مدينة الكوت
    إن القوات الأمنية اعتقلت عشرات المتظاهرين في المدينة؛ أفاد مصدر في شرطة كركوك بأن عبوة انفجرت
    وسط المدينة), when the rest of the sentence refers back to a town by its class noun: the
    seat is the town the noun names, not the place in focus before the sentence; an outlet's
    name (لـ(بغداد اليوم)) is no seat (session 17, hG6).
    """
    text = mentions.text
    stop = SENTENCE_BREAK.search(text, cue_start)
    if not BACK_CLASS_NOUN.search(text, cue_start, stop.start() if stop else len(text)):
        return None
    frames = reporting_frames((part[0], cue_start), mentions)
    outlets = outlet_names(mentions)
    seats = [
        p
        for p in mentions.inside("place", part[0], cue_start)
        if any(a <= p.start < b for a, b in frames)
        and p.town.kind not in WIDE_KINDS
        and not any(o.start <= p.start and p.end <= o.end for o in outlets)
    ]
    if not seats or countryside_of(seats[-1], text):
        return None  # مراسل المنار في ريف دير الزور بأن القوات دخلوا المدينة: a region, no town
    town, precision, _ = precise_place(seats[-1], False, res)
    return (town, precision) if precision == 1 else None


LINE_OPENER = norm_re(r"[\s\W]*(?:و?في\s+|و?ب)?(?:محافظ[ةه]\s+)?$")


def opens_line(place: PlaceMention, text: str) -> bool:
    """True for a place that opens its line or paragraph (درعا: …، وفي محافظة حماة، …): the
    head of a roundup's section."""
    line_start = text.rfind("\n", 0, place.start) + 1
    return bool(LINE_OPENER.fullmatch(text, line_start, place.start))


DISPLACED_FROM = norm_re(
    r"(?<!\w)(?:ال)?(?:نازح|نازحه|نازحين|نازحون|مهجرين|مهجرون|مهجره|لاجئين|لاجئون)"
    r"\s+من\s+[^،,.:\n]*$"
)


HEADING_WORDS = DESTINATION_WORDS - {"الي"}
FLED_CHARS = 160


def fled_to(place: PlaceMention, mentions: DocMentions) -> bool:
    """True for a place a withdrawing side headed for (انسحبوا … باتجاه مدينة جرابلس): not in
    focus; what they did next (واقتادوا معهم مدنيين) happened where they left.

    إلى is left out (وصلت التعزيزات إلى المدينة puts it in focus), and so is a side that
    advanced towards a town (تقدمت القوات باتجاه مدينة الباب): the fighting is there.
    """
    text = mentions.text
    if not headed_for(place, text):
        return False
    lo = max(0, place.start - FLED_CHARS, text.rfind(".", 0, place.start) + 1)
    if not any(
        c.entry.get("action") == "withdrawal" for c in mentions.inside("action", lo, place.start)
    ):
        return False
    return not told_about_next(place, mentions)


RELATIVE_AFTER = norm_re(r"[\s,،]*(?:التي|الذي|حيث)(?!\w)")
PRONOUN_ON_TOWN = re.compile(
    r"(?<!\w)(?:فيها|عليها|اليها|منها|داخلها|قربها|محيطها|اطرافها|حولها|بها|نحوها|باتجاهها)(?!\w)"
)


def told_about_next(place: PlaceMention, mentions: DocMentions) -> bool:
    """True when the clause after a destination is about it: a relative (منبج، التي قصفتها),
    a pronoun on it (واندلعت فيها، وقد قصفتها) or a definite class noun (ثم قصفت المدينة).
    """
    text = mentions.text
    if RELATIVE_AFTER.match(text, place.end):
        return True
    dot = text.find(".", place.end)
    end = len(text) if dot < 0 else dot
    later = mentions.inside("place", place.end, end)
    if later:
        end = later[0].start  # a town named next takes the reference
    if PRONOUN_ON_TOWN.search(text, place.end, end):
        return True
    if any(
        c.surface.endswith("ها") and c.entry.get("action") != "withdrawal"
        for c in mentions.inside("action", place.end, end)
    ):
        return True
    return refers_back(place.end, end, mentions)


def headed_for(place: PlaceMention, text: str) -> bool:
    """True for a place told after باتجاه/نحو/صوب (not إلى): where a side headed."""
    return word_before_place(place, text) in HEADING_WORDS


def displaced_from(place: PlaceMention, text: str) -> bool:
    """True for a place the displaced came from (عائلات نازحة من حلب وحمص): not in focus."""
    return bool(DISPLACED_FROM.search(text, max(0, place.start - 60), place.start))


def is_topic_of(topic: CueHit, place: PlaceMention, text: str) -> bool:
    """True when a place is named in the topic phrase after a topic marker (تنديداً بالهجوم على X)."""
    if topic.end > place.start or "," in text[topic.end : place.start]:
        return False
    if TOPIC_ENDS.search(text, topic.end, place.start):
        return False  # امتدت التظاهرات المنددة بالهجوم إلى الشطرة: where the protest spread
    window = NARROW_TOPICS.get(topic.entry_id, TOPIC_WORDS)
    return words_between(text, topic.end, place.start) <= window


def dateline_alone(place: PlaceMention, text: str) -> bool:
    """True when a place's line is short and holds nothing else (روداو – أربيل), unlike a section
    head that opens the line of its items (درعا – الحراك: استشهد ستة …)."""
    line_start = text.rfind("\n", 0, place.start) + 1
    line_end = text.find("\n", place.end)
    line_end = len(text) if line_end < 0 else line_end
    return len(text[line_start:line_end].strip()) <= DATELINE_CHARS


def in_dateline(place: PlaceMention, text: str) -> bool:
    """True for a place in the dateline that opens a line: "X (outlet) – ", "X-outlet", "outlet/ X",
    "outlet – X"."""
    line_start = text.rfind("\n", 0, place.start) + 1
    line_end = text.find("\n", place.end)
    line_end = len(text) if line_end < 0 else line_end
    head = DATELINE.match(text, line_start, line_end)
    if head and place.end <= head.end():
        words = re.sub(r"\([^)]*\)", " ", head.group()).split()
        return len([w for w in words if w.isalnum()]) <= DATELINE_WORDS
    line = text[line_start:line_end]
    if len(line) > DATELINE_CHARS:
        return False
    dash_after = any(ch in text[place.end : line_end] for ch in "-–—")
    slash_before = "/" in text[line_start : place.start]
    # "روداو – أربيل": the outlet, a dash, then the place alone closing the line
    dash_before = (
        bool(re.search(r"[-–—]\s*$", text[line_start : place.start]))
        and not text[place.end : line_end].strip()
        and len(text[line_start : place.start].split()) <= DATELINE_WORDS + 1
    )
    # not "10:45 - غارات على X": a flash line tells more than a place after its dash
    return dash_after or slash_before or dash_before


# ---- villages the gazetteer lacks, in a list after a plural or dual class noun (session 4)
# قصفت الطائرات قرى بوراز وسفتك وبنيركي: one event per village (codebook §1), each placed at
# the town the list is told near (precision 2) and named in Arabic.
LIST_NOUNS = frozenset(
    normalize_key(w)
    for w in (
        "قرى",
        "بلدات",
        "مدن",
        "قريتي",
        "قريتا",
        "قريتين",
        "بلدتي",
        "بلدتا",
        "بلدتين",
        "مدينتي",
        "مدينتا",
        "مدينتين",
    )
)  # not منطقتي: two areas are often two quarters of one town (منطقتي الشيخ مقصود وبستان الباشا)
# Words that end the list of names (a locator, a preposition, a verb or adverb told after it).
LIST_STOPS = frozenset(
    normalize_key(w)
    for w in (
        "في",
        "على",
        "من",
        "قرب",
        "الى",
        "إلى",
        "عند",
        "ضمن",
        "داخل",
        "حول",
        "بين",
        "مع",
        "دون",
        "ما",
        "مما",
        "حيث",
        "التي",
        "الذي",
        "الواقعة",
        "التابعة",
        "المحيطة",
        "المجاورة",
        "القريبة",
        "الحدودية",
        "المحاذية",
        "المطلة",
        "بريف",
        "بمنطقة",
        "بمحافظة",
        "بقضاء",
        "بناحية",
        "منذ",
        "اليوم",
        "أمس",
        "صباح",
        "مساء",
        "ليل",
        "فجر",
        "بعد",
        "قبل",
        "خلال",
        "أيضا",
        "أيضاً",
        "كذلك",
        # a clause going on after the list (في مارع وتل مالد، وسط قصف متبادل؛ …، وذلك بعد)
        "وسط",
        "وذلك",
        # a quantity of what struck (قريتي الدردارة وتل جمعة بأكثر من 30 قذيفة)
        "بأكثر",
        "بنحو",
        "بحوالي",
        "بعشرات",
        "بمئات",
        "بعدد",
        "بعدة",
        "بما",
        # why or how its people were killed (أعدم ستة مدنيين في قرية السلامية بتهمة التخابر)
        "بتهمة",
        "بتهم",
        "بحجة",
        "بذريعة",
        "بسبب",
        "بداعي",
        "رمياً",
        "رميا",
        "ذبحاً",
        "ذبحا",
        "شنقاً",
        "شنقا",
    )
)
# Words right after the class noun that show it is no list of names (قرى عدة، بلدات مجاورة).
# after the names of a list, unnamed places told with و (بلدات بصر الحرير وناحتة والحراك وعدة قرى؛
# … والعباسي وقرى أخرى؛ … وعدد من المزارع): the list of names ends there
LIST_TAIL = frozenset(
    normalize_key(w)
    for w in (
        "عدة",
        "عدد",
        "قرى",
        "بلدات",
        "مدن",
        "مناطق",
        "مزارع",
        "بعض",
        "باقي",
        "بقية",
        "سائر",
        "معظم",
        "أجزاء",
        "عشرات",
    )
)
NOT_A_LIST = frozenset(
    normalize_key(w)
    for w in (
        "عدة",
        "عديدة",
        "أخرى",
        "اخرى",
        "مجاورة",
        "متفرقة",
        "كثيرة",
        "كبيرة",
        "صغيرة",
        "سورية",
        "عراقية",
        "كردية",
        "عربية",
        "تركية",
        "الريف",
        "ريف",
        "المنطقة",
        "المحافظة",
        "المدينة",
        "سيطرة",
        "تحت",
        "خاضعة",
        "يسيطر",
        "تسيطر",
        "واحدة",
        "آمنة",
        "امنة",
        "محررة",
        "محاصرة",
        "شرق",
        "غرب",
        "شمال",
        "جنوب",
    )
)
DIRECTION_STEMS = ("شرق", "غرب", "شمال", "جنوب", "الشرق", "الغرب", "الشمال", "الجنوب")
LIST_NAME_WORDS = 3  # an unknown village name is at most this many words
_LIST_WORD = norm_re(r"[^\s,،;؛:.!?\"'«»()\[\]\-–—]+|[,،;؛:.!?\"'«»()\[\]\-–—]")


LIST_COMMAS = (",", "،")


# a second plural place noun right after the first (قرى ومزارع، قرى وبلدات، بلدات وقرى)
SECOND_HEADS = frozenset(
    normalize_key("و" + w) for w in ("مزارع", "قرى", "بلدات", "مدن", "تلال", "مخيمات", "نواحي")
)


def list_goes_on(words: list[re.Match[str]], i: int) -> bool:
    """A comma at words[i] followed by a و-joined word that may be a name (not a verb or
    adjective: قرية X، وقتل …، قرى X وY، وتعرضت …)."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].group()
    return (
        nxt.startswith("و") and len(nxt) > 2 and nxt[1].isalpha() and not not_a_name_word(nxt[1:])
    )


def comma_item_follows(words: list[re.Match[str]], i: int, blockers: list[tuple[int, int]]) -> bool:
    """A comma at words[i] followed by one more name of a bare comma list: at most
    LIST_NAME_WORDS words that may be a name, then another comma, a و-joined name, a
    preposition or locator, or the end of the part (قرى ماير، رتيان، باشكوي في ريف حلب). Not a
    clause that goes on after the list (قرى X وY، مشيرة إلى …؛ قريتي X وY، قتل فيها …)."""
    n = 0
    for w in words[i + 1 :]:
        word = w.group()
        if word in LIST_COMMAS or not word[0].isalpha() or word in LIST_STOPS:
            return n > 0
        if word.startswith(DIRECTION_STEMS):
            return n > 0
        if word.startswith("و") and len(word) > 2:
            return n > 0 and not not_a_name_word(word[1:])
        if (
            not_a_name_word(word)
            or any(a <= w.start() < b for a, b in blockers)
            or n >= LIST_NAME_WORDS
        ):
            return False
        n += 1
    return n > 0


@dataclass(frozen=True)
class UnlistedName:
    """A village name of a list that the gazetteer lacks (normalised text offsets)."""

    start: int
    end: int
    name: str
    list_start: int
    list_end: int


def unlisted_names(part: tuple[int, int], mentions: DocMentions) -> list[UnlistedName]:
    """Names the gazetteer lacks in a list after a plural or dual class noun in a part.

    The list runs from the noun over names joined by و (a class noun may repeat: وبلدة X) to
    the first word that cannot be part of a name (a preposition or locator, a known actor,
    cue or marker, punctuation). A plural noun needs two names at least (قرى عدة is no list);
    a name is at most LIST_NAME_WORDS words. Names the gazetteer knows are not returned: they
    are events of their own already.
    """
    text = mentions.text
    nouns = [
        n
        for n in hits_of(mentions.inside("place_marker", *part), "class_noun")
        if (n.surface[len(n.prefix) :] in LIST_NOUNS and not n.prefix.endswith(("ال", "لل")))
        or joined_village(n, part, mentions)
        or opens_village_pair(n, part, mentions.text)
        or struck_village(n, part, mentions)
    ]
    nouns = sorted(
        nouns + hill_nouns(part, text) + among_nouns(part, text) + pair_nouns(part, mentions),
        key=lambda n: n.start,
    )
    out: list[UnlistedName] = []
    for noun in nouns:
        if out and noun.start < out[-1].list_end:
            continue
        if came_from_at(noun.start, text):
            continue  # المتظاهرون القادمون من بلدات X وY: where they came from, not the event's
        out += _list_after(noun, part, mentions, text)
    return out


def _list_after(
    noun: CueHit, part: tuple[int, int], mentions: DocMentions, text: str
) -> list[UnlistedName]:
    """The conjuncts of the list opened by one class noun, or [] when it is no list of names."""
    blockers = [
        (m.start, m.end)
        for kind in ("action", "actor", "date", "platform", "reporter", "modality")
        for m in mentions.inside(kind, noun.end, part[1])
    ] + [
        (m.start, m.end)
        for m in mentions.inside("place_marker", noun.end, part[1])
        if m.entry.get("type") != "class_noun"
    ]
    places = mentions.inside("place", noun.start, part[1])
    conjuncts: list[list[tuple[int, int, str]]] = [[]]
    end = noun.end
    words = list(_LIST_WORD.finditer(text, noun.end, part[1]))
    for i, w in enumerate(words):
        s, e, word = w.start(), w.end(), w.group()
        # a known place glued to و (قريتي الأربعين والزلاقيات) starts one letter after the word
        in_place = any(
            p.start <= s < p.end or (p.start == s + 1 and word[0] == "و") for p in places
        )
        if len(conjuncts) == 1 and not conjuncts[0] and word in SECOND_HEADS:
            end = e
            continue  # قرى ومزارع الزكاة وحصرايا: a second plural noun opens the same list
        if word in LIST_COMMAS and conjuncts[-1] and list_goes_on(words, i):
            continue  # قرى كفر صفرة، وجلمة، وكوتانا: a comma before و still joins the list
        if word in LIST_COMMAS and conjuncts[-1] and comma_item_follows(words, i, blockers):
            conjuncts.append([])
            continue  # قرى ماير، رتيان، باشكوي في ريف حلب: a bare comma list of names
        if not in_place and (
            not word[0].isalpha()
            or (any(a <= s < b for a, b in blockers) and not after_a_head(word, conjuncts[-1]))
            or (word in LIST_STOPS and not ali_after_head(word, conjuncts[-1]))
            or word.startswith(DIRECTION_STEMS)
        ):
            break
        if word.startswith("و") and len(word) > 2 and not word.startswith(("واد", "وادي")):
            if not in_place and not_a_name_word(word[1:]):
                break  # وتعرضت لدمار، وهجرت سكانهما: the clause goes on, the list is over
            if not in_place and conjuncts[-1] and word[1:] in LIST_TAIL:
                break  # بلدات X وY والحراك وعدة قرى / وقرى أخرى: the names end, unnamed ones follow
            if conjuncts[-1]:
                conjuncts.append([])
            word, s = word[1:], s + 1
            if word in (normalize_key(c) for c in CLASS_WORDS):
                end = e
                continue  # وبلدة تل رفعت: the class noun repeats within the list
        elif (
            not in_place
            and not_a_name_word(word)
            and not given_name_after_head(word, conjuncts[-1])
        ):
            if not conjuncts[-1]:
                return []
            break
        elif not conjuncts[-1] and (
            word in NOT_A_LIST or word in (normalize_key(c) for c in CLASS_WORDS)
        ):
            return []
        conjuncts[-1].append((s, e, word))
        end = e
    conjuncts = [c for c in conjuncts if c and not SURROUNDINGS.fullmatch(c[0][2])]
    if not conjuncts or any(len(c) > LIST_NAME_WORDS for c in conjuncts):
        return []
    if any(len(c) == 1 and c[0][2] in HILL_NOUNS for c in conjuncts):
        return []  # تلة استراتيجية وتلة أخرى: a hill with no name
    one = normalize_key(noun.surface[len(noun.prefix) :]) in JOINED_VILLAGE_NOUNS | HILL_NOUNS
    if len(conjuncts) < (1 if one else 2) or any(c[0][2] in NOT_A_LIST for c in conjuncts):
        return []  # قرى X: one name after a plural noun is no list
    out = []
    for c in conjuncts:
        s, e = c[0][0], c[-1][1]
        if any(p.start < e and s < p.end for p in places):
            continue  # a known place: an event of its own already
        out.append(UnlistedName(s, e, text[s:e], noun.start, end))
    return out


def village_name(noun: CueHit, part: tuple[int, int], mentions: DocMentions) -> str:
    """The whole name the gazetteer lacks after one singular class noun (قرية الشيخ أحمد
    المجاورة → الشيخ أحمد; قرية تل حسين), read as one name of a list; '' when none is read."""
    text = mentions.text
    names = _list_after(noun, part, mentions, text)
    if not names:
        return ""
    name, end = names[0].name, names[0].end
    head = normalize_key(name.split()[-1])
    nxt = _LIST_WORD.search(text, end, part[1])
    if (
        head in NAME_HEADS
        and nxt is not None
        and not text[end : nxt.start()].strip()
        and normalize_key(nxt.group()) in GIVEN_NAMES
    ):
        name = text[names[0].start : nxt.end()]  # الشيخ أحمد، تل حسين: a given name after a head
    return name


def given_name_after_head(word: str, conjunct: list[tuple[int, int, str]]) -> bool:
    """A given name right after a name's head word (تلة الشيخ محمد، قرية أبو علي)."""
    return bool(conjunct) and word in GIVEN_NAMES and conjunct[-1][2] in NAME_HEADS


def after_a_head(word: str, conjunct: list[tuple[int, int, str]]) -> bool:
    """A definite word right after a name's head word is part of the name even when it reads
    as a cue (قرية أم البراميل، تل الصواريخ: not barrel bombs or missiles)."""
    return (
        len(conjunct) == 1
        and conjunct[-1][2] in NAME_HEADS
        and word.startswith("ال")
        and len(word) > 3
    )


ALI_HEADS = frozenset(normalize_key(w) for w in ("أبو", "ابو", "الشيخ", "شيخ", "البو"))


def ali_after_head(word: str, conjunct: list[tuple[int, int, str]]) -> bool:
    """«علي» right after أبو/الشيخ/البو is a given name (أبو علي، البو علي), not «على»."""
    return bool(conjunct) and word == normalize_key("علي") and conjunct[-1][2] in ALI_HEADS


# Words that open a village's name before a given name (الشيخ أحمد، تل حسين، أبو علي).
NAME_HEADS = frozenset(
    normalize_key(w)
    for w in ("الشيخ", "شيخ", "تل", "تلة", "أبو", "ابو", "أم", "بيت", "عين", "بئر", "دير", "كفر")
    + ("خربة", "مزرعة", "جب", "بني", "بنات", "سيدي", "مقام", "قبر", "جسر", "بير", "رأس", "حوش")
    + ("البو",)
)
GIVEN_NAMES = frozenset(
    normalize_key(w)
    for w in ("محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "عمر", "محمود", "مصطفى", "إبراهيم")
    + ("يوسف", "عبدالله", "سليمان", "إسماعيل", "فاطمة", "مريم", "عيسى", "موسى", "صالح", "حمد")
)


JOINED_VILLAGE_NOUNS = frozenset(normalize_key(w) for w in ("قرية", "بلدة"))


def joined_village(noun: CueHit, part: tuple[int, int], mentions: DocMentions) -> bool:
    """A singular village noun joined by و to a town named before it in the part (على بلدة
    قلعة المضيق وقرية التوينة): the village after it is one more place of the list."""
    again = AGAIN_BEFORE.search(mentions.text, max(0, noun.start - 12), noun.start)
    if noun.prefix == "و":
        word, again = noun.surface[1:], None
    elif again and not noun.prefix:
        word = noun.surface  # وعلى قرية تل قصب؛ ثم على قرية حيش: the same verb's next object
    else:
        return False
    if normalize_key(word) not in JOINED_VILLAGE_NOUNS:
        return False
    joint = again.start() if again else noun.start
    before = [p for p in mentions.inside("place", part[0], joint) if p.town.kind not in WIDE_KINDS]
    if not before or words_between(mentions.text, before[-1].end, joint) > 1:
        return False
    opening = mentions.text[max(0, before[-1].start - 25) : before[-1].start]
    return not ROAD_BETWEEN.search(opening)  # الطريق بين مجمع خانصور وقرية دوكري: one road


# a singular village noun whose name is followed by another village noun after و (قرية بورك
# وقرية دوكري؛ بلدة X وبلدة Y): two villages the gazetteer may both lack, one list
PAIRED_VILLAGE = re.compile(r"^\s*\S+(?:\s+\S+)?\s+و(?:قريه|بلده|تله|تل)\s")


def opens_village_pair(noun: CueHit, part: tuple[int, int], text: str) -> bool:
    """True for «قرية X وقرية Y» with no article or preposition glued to the first noun."""
    if noun.prefix or normalize_key(noun.surface) not in JOINED_VILLAGE_NOUNS:
        return False
    if ROAD_BETWEEN.search(text[max(0, noun.start - 25) : noun.start]):
        return False  # الطريق بين بلدة مورك وقرية زعرورة: the ends of one road
    return bool(PAIRED_VILLAGE.match(text[noun.end : part[1]]))


# a strike's noun and «على», or a targeting verb, right before a singular village noun (غارات على
# قرية بوراز، ثم استهدفت قرية كوران بريف عفرين): the village struck, even one the gazetteer lacks
STRUCK_VILLAGE_BEFORE = norm_re(
    r"(?<!\w)(?:(?:ال)?(?:غاره|غارات|غارتين|غارتان|ضربه|ضربات|ضربتين|قصف|قصفا)(?:\s+[^\s\d,،.]+){0,2}?"
    r"\s+(?:على|علي)|[وف]?(?:استهدفت|استهدف|قصفت|قصف|ضربت))\s+$"
)


def struck_village(noun: CueHit, part: tuple[int, int], mentions: DocMentions) -> bool:
    """True for «قرية X» with no article or preposition glued to it, right after a strike's
    «على» or a targeting verb: one village struck, which the gazetteer may lack; it stands near
    the place its clause is told near (codebook §1: two named villages are two events)."""
    text = mentions.text
    if noun.prefix or normalize_key(noun.surface) not in JOINED_VILLAGE_NOUNS:
        return False
    if any(noun.end <= p.start <= noun.end + 2 for p in mentions.inside("place", *part)):
        return False  # على بلدة التمانعة: a known town, no list of unknown names
    return bool(STRUCK_VILLAGE_BEFORE.search(text, max(part[0], noun.start - 60), noun.start))


# Hills told as a pair or a plural (تلة المحروقات وتلة الشيخ محمد؛ تلال الملاح والبريج) are
# a list of places as villages are (session 15): the hill's word stays in its name (تلة X).
HILL_NOUNS = frozenset({"تله", "تل"})
HILL_PAIR = re.compile(r"(?<!\w)[وب]?(تله|تل)\s+(?=\S+(?:\s+\S+){0,2}?\s+و(?:تله|تل|قريه|بلده)\s)")
HILLS = re.compile(r"(?<![\w])[وب]?(تلال)\s")


def hill_nouns(part: tuple[int, int], text: str) -> list[CueHit]:
    """Stand-in class nouns for a list of hills: a zero-width one before the first of a pair
    (تلة X وتلة Y، تل X وقرية Y), so that the first name keeps its «تلة», and «تلال»."""
    out = [
        CueHit(m.start(1), m.start(1), "place_marker", "class.hill", "تله")
        for m in HILL_PAIR.finditer(text, *part)
    ]
    out += [
        CueHit(m.start(1), m.end(1), "place_marker", "class.hills", "تلال")
        for m in HILLS.finditer(text, *part)
    ]
    return out


# «بينها/منها/من بينها/أبرزها» after a plural village noun opens the list of its names with no
# noun of their own (حررت 10 قرى جنوب شنكال بينها سولاغ وكرزرك؛ عدة قرى، بينها X وY).
AMONG = re.compile(r"(?<!\w)(?:من\s+)?(?:بينها|منها|ابرزها|اهمها)\s")
AMONG_HEAD = re.compile(r"(?<!\w)(?:قري|بلدات|قريتين|بلدتين)(?!\w)")
AMONG_HEAD_WORDS = 6  # words between the plural noun and «بينها»
AMONG_REACH = 80  # characters before the clause searched for that noun


def among_nouns(part: tuple[int, int], text: str) -> list[CueHit]:
    """Stand-in plural class nouns at «بينها/منها» told a few words after «قرى/بلدات»."""
    out = []
    for m in AMONG.finditer(text, *part):
        head = among_head(text, part[0], m.start())
        if head is not None:
            out.append(CueHit(m.start(), m.end() - 1, "place_marker", "class.among", "قرى"))
    return out


# A known village or town after «في/على» with one bare name joined by و that the gazetteer
# lacks, ending the clause (غارات على تجمعات الإرهابيين في كنسبا وتردين بريف اللاذقية): two
# villages, one event each (codebook §1); the unknown one stands in near the known one.
PAIR_OPENS = norm_re(r"(?<!\w)(?:في|على|علي|وفي|وعلى)\s+$")
# the first word of a two-word village name (في تل رفعت والشيخ عيسى؛ في مارع وتل مالد؛ في
# جرابلس وعين البيضا): the name the gazetteer lacks may take two words when it opens so
PAIR_NAME_HEADS = "الشيخ|تل|تله|عين|كفر|دير|بير|بئر|خربه|ام|ابو|راس"
PAIR_TAIL = norm_re(
    r"\s+و(?!(?:في|على|علي|من|الي|عند|قرب|بين|مع)(?!\w))"
    rf"((?:{PAIR_NAME_HEADS})\s+\w{{3,}}|\w{{3,}})"
    r"(?=\s*(?:$|[,،.؛;:!?\n]|(?:ب?ريف|بمحافظه|بمنطقه|شمال|جنوب|شرق|غرب)\S*(?!\w)))"
)
PAIR_KINDS = ("city", "town", "village")


def pair_nouns(part: tuple[int, int], mentions: DocMentions) -> list[CueHit]:
    """Stand-in plural class nouns before «في X وY» where X is a known village or town and Y a
    bare name the gazetteer lacks."""
    text = mentions.text
    places = mentions.inside("place", *part)
    out = []
    for p in places:
        if p.place.kind not in PAIR_KINDS or not PAIR_OPENS.search(
            text, max(0, p.start - 8), p.start
        ):
            continue
        tail = PAIR_TAIL.match(text, p.end, part[1])
        if tail is None or any(q.start < tail.end() and tail.start() < q.end for q in places):
            continue  # في حلب وإدلب: both known, events of their own already
        if any(not_a_name_word(w) for w in tail.group(1).split()[-1:]) or SURROUNDINGS.fullmatch(
            tail.group(1)
        ):
            continue
        if any(mentions.inside(k, *tail.span(1)) for k in ("actor", "action", "number", "date")):
            continue
        out.append(CueHit(p.start, p.start, "place_marker", "class.pair", "قرى"))
    return out


def among_head(text: str, lo: int, at: int) -> int | None:
    """The end of the plural village noun a few words before «بينها» at `at`, if any."""
    heads = list(AMONG_HEAD.finditer(text, max(0, lo - AMONG_REACH), at))
    if not heads or any(ch in text[heads[-1].end() : at] for ch in ".!؟\n"):
        return None  # the noun may end the clause before (عدة قرى في ريف حلب، بينها X وY)
    return heads[-1].end() if len(text[heads[-1].end() : at].split()) <= AMONG_HEAD_WORDS else None


AGAIN_BEFORE = norm_re(r"(?<!\w)(?:و|ثم\s+)(?:علي|على)\s+$")
ROAD_BETWEEN = re.compile(r"(?<!\w)و?بين(?:\s+\w+)?\s+$")


CLASS_WORDS = ("قرية", "بلدة", "مدينة", "منطقة", "قريه", "بلده", "مدينه", "منطقه")

# Words that cannot be part of a village's name, whatever the gazetteer says: verbs, adjectives,
# nouns with a pronoun, prepositional phrases, group plurals and given names (قرى شهدت نزوحاً؛
# قرى إضافية واستراتيجية؛ قريتين بالكامل؛ بلدات المعارضة والنازحين؛ قرى محمد وأحمد).
NOT_IN_A_NAME = frozenset(
    normalize_key(w)
    for w in (
        "هامة",
        "حيوية",
        "إضافية",
        "استراتيجية",
        "مهمة",
        "عديدة",
        "نائية",
        "قريبة",
        "بعيدة",
        "مأهولة",
        "سكنية",
        "زراعية",
        "جبلية",
        "حدودية",
        "محاذية",
        "مدمرة",
        "خالية",
        "مختلفة",
        "متعددة",
        "جديدة",
        "كاملة",
        "بأكملها",
        "بكاملها",
        "بالكامل",
        "كلها",
        "جميعها",
        "معظمها",
        "محمد",
        "أحمد",
        "علي",
        "حسن",
        "حسين",
        "خالد",
        "عمر",
        "محمود",
        "مصطفى",
        "إبراهيم",
        "يوسف",
        "عبدالله",
        "سليمان",
        "إسماعيل",
        "فاطمة",
        "مريم",
    )
)
# The definite tens read as a group plural (ال…ين) but name villages and hills (قرى الزكاة
# والأربعين وحصرايا؛ تلة الأربعين): inside a list after a class noun they are names.
TENS_NAMES = frozenset(
    normalize_key(w)
    for w in ("العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين")
    + ("التسعين",)
)
PRONOUN_ENDING = re.compile(r"\w{2,}(?:ها|هم|هما|هن)$")
FEMININE_PAST = re.compile(r"\w{3,}ت$")
DEFINITE_PLURAL = re.compile(r"ال\w{2,}(?:ين|ون)$")
# singular nouns and given names ending like a definite plural that are common words of
# village names (دوير الزيتون، عين الطاحون، تل الحسين، حي الياسمين): part of the name, not a
# group plural ending the list (قرى تل جبين ودوير الزيتون وحردتنين lost حردتنين)
NAME_WORDS_LIKE_PLURALS = frozenset(
    normalize_key(w)
    for w in ("الزيتون", "الطاحون", "الليمون", "الصابون", "الكمون", "الحسين", "الياسمين")
)


DEFINITE_FEMININE_PLURAL = re.compile(r"ال\w{3,}ات$")
# definite plurals of things and forces told after a list of villages (قرى X وY والمنشآت)
PLURALS_OF_THINGS = frozenset(
    normalize_key("ال" + w)
    for w in ("منشآت", "ممتلكات", "مزروعات", "سيارات", "آليات", "عربات", "تحصينات", "دفاعات")
    + ("تعزيزات", "إمدادات", "مساعدات", "معدات", "عمليات", "مواجهات", "اشتباكات", "قوات")
    + ("ميليشيات", "مليشيات", "مجموعات", "جهات", "محافظات", "مناطق", "بلدات", "قرى", "طرقات")
    + ("مقرات", "نقاط", "تلال", "مرتفعات", "مدرعات", "دبابات", "طائرات", "غارات", "ضربات")
)


def not_a_name_word(word: str) -> bool:
    """True for a word that is no part of a place's name (a verb, an adjective, a pronoun's
    noun, a group plural, a given name): it ends a list of unknown villages."""
    if word in NOT_IN_A_NAME or word.startswith(("بال", "لل", "كال")):
        return True
    if word in ("بيت", "تلت") or word in TENS_NAMES or word in NAME_WORDS_LIKE_PLURALS:
        return False
    if DEFINITE_FEMININE_PLURAL.match(word) and word not in PLURALS_OF_THINGS:
        return False  # الزلاقيات، المحروقات: a name, no verb (a verb takes no article)
    return bool(
        PRONOUN_ENDING.match(word) or FEMININE_PAST.match(word) or DEFINITE_PLURAL.match(word)
    )


def unlisted_place(anchor: Place, name: str) -> Place:
    """A stand-in place for a village the gazetteer lacks: at the town it is told near."""
    return replace(
        anchor,
        id=f"{anchor.id}~{name}",
        name_ar=name,
        kind="village" if anchor.kind not in WIDE_KINDS else anchor.kind,
        parent=anchor.id,
        aliases=(),
        source=f"unlisted village near {anchor.id}",
        population=None,
        geonames_id=None,
    )


# ---- a definite facility noun refers to the facility named last (session 4)
FACILITY_CLASS_NOUNS = frozenset(normalize_key(w) for w in ("مطار", "معسكر", "مخيم"))


def facility_in_focus(
    part: tuple[int, int], mentions: DocMentions, res: Resources
) -> tuple[Place, int] | None:
    """The town of the facility a definite facility noun refers to, and its precision.

    المطار، المعسكر، المخيم with no name refer to the last place named with the same noun
    (سيطر التنظيم على مطار الطبقة … فروا من المطار باتجاه بلدة أثريا: Tabqa, not the town
    named last). None when the part has no such noun or no such facility was named before.
    """
    text = mentions.text
    nouns = [
        n
        for n in hits_of(mentions.inside("place_marker", *part), "class_noun")
        if n.prefix.endswith(("ال", "لل")) and n.surface[len(n.prefix) :] in FACILITY_CLASS_NOUNS
    ]
    for noun in nouns:
        following = mentions.inside("place", noun.end, min(len(text), noun.end + 25))
        if following and words_between(text, noun.end, following[0].start) <= 1:
            continue  # المطار العسكري في X … a named place follows
        bare = noun.surface[len(noun.prefix) :]
        before = [p for p in mentions.by_kind.get("place", []) if p.end <= noun.start]
        for p in reversed(before):
            words = p.surface.split()
            if words and words[0].endswith(bare) and len(words[0]) <= len(bare) + 2:
                town, precision, _ = precise_place(p, False, res)
                return town, precision
    return None


# ---- a village told by its compass direction from «the city» in focus (session 16, hS5)
# «إضافة إلى قرية الحميدية، شمال المدينة»: the village is near the town the article is about; a
# namesake the gazetteer knows far from that town (الحميدية in Tartus, 60 km from al-Qusayr) is
# another village, and the one meant stands in at the town in focus (precision 2).
COMPASS_OF_THE_TOWN = norm_re(
    r"[\s,،]*(?:الى\s+ال|في\s+ال|لل)?(?:شمال|جنوب|شرق|غرب)(?:ي|يه)?"
    r"(?:(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|يه)?)?\s+(?:المدينه|البلده)|ها)(?!\w)"
)
COMPASS_NEAR_KM = 25.0  # a village told by its direction from the town in focus lies this near


def far_namesakes_only(anchor: Place, name: str, res: Resources) -> bool:
    """True when the gazetteer holds two places or more of this name and all lie more than
    COMPASS_NEAR_KM from the anchor. A name it holds once is trusted (سجن بادوش شمال غربي
    المدينة: the town in focus may be a wrong one, the name is not)."""
    named = [p for p in res.lexicons.gazetteer.candidates(name) if p.kind not in WIDE_KINDS]
    return len(named) > 1 and all(
        haversine_km(anchor.lat, anchor.lon, p.lat, p.lon) > COMPASS_NEAR_KM for p in named
    )


def compass_of_the_town_in_focus(
    choices: list[PlaceChoice], mentions: DocMentions, res: Resources
) -> list[PlaceChoice]:
    """A village or town told «شمال المدينة / جنوب البلدة / شرقها» whose namesakes in the
    gazetteer all lie more than COMPASS_NEAR_KM from the town in focus, the one chosen in
    another province: a stand-in at that town, precision 2. In the same province the name is
    the place (a town 50 km north of a provincial capital is still told «شمال المدينة»)."""
    text = mentions.text
    out = []
    for c in choices:
        if (
            c.place is None
            or c.start < 0
            or c.place.kind not in ("town", "village")
            or not COMPASS_OF_THE_TOWN.match(text, c.end)
        ):
            out.append(c)
            continue
        focus = focus_town(c.start, mentions, res)
        anchor = focus[0] if focus else None
        if (
            anchor is None
            or anchor.kind not in ("city", "town")
            or anchor.id == c.place.id
            or anchor.admin1 == c.place.admin1  # عين عيسى شمال الرقة: 50 km, the same province
            or not far_namesakes_only(anchor, text[c.start : c.end], res)
        ):
            out.append(c)
            continue
        name = text[c.start : c.end]
        out.append(
            PlaceChoice(unlisted_place(anchor, name), 2, "unknown_name_near_focus", c.start, c.end)
        )
    return out
