"""Casualty figures of a sentence: killed and injured, summed over the groups named.

A number is a casualty figure when a counted person noun follows it within two words
(13 مقاتلاً، ستة مدنيين، 5 عناصر)، when it is itself a casualty noun's count (19 قتيلاً),
or when it follows a casualty cue directly (وأصيب نحو مئة). Its role (killed/injured) comes
from a cue right after it (21 شخصاً قتلوا), else the nearest cue before it within
MAX_CUE_WORDS words. A combined cue (قتل وجرح نحو 30) leaves the figure out; a number after
a subset marker (بينهم 7 أطفال) is part of the one before and is not added; figures of a
sentence that reports a cumulative toll (casualties.yaml type toll, or a figure the tolls
module took) are not event casualties. Vague amounts (عشرات) count only when the extractor
is asked to estimate, and then mark the event ``fatalities_estimated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.document import DocMentions
from conflictlib.numbers import NumberMatch

HEDGES = re.compile(r"(?<!\w)(?:علي|على) (?:الاقل|الأقل)(?!\w)")  # at least, told after the noun
SUBSET_GAP = re.compile(r"(?<!\w)(?:من )?بينه(?:م|ن|ما)(?: \S+){1,2}$")  # بينهم طفلان
OF_SIDE_WORDS = 4  # 4 عناصر من قوات النظام قتلوا: words of the side between noun and verb
MAX_CUE_WORDS = 10
MAX_NOUN_WORDS = 2
PERSON_TYPES = ("person", "person_one")
LIST_GAP_WORDS = 5
SKIP_KINDS = ("year", "percent")
ROLE_TYPES = ("killed", "injured", "combined", "captured")  # cues that give a figure its role


@dataclass(frozen=True)
class Figure:
    """One casualty figure: its role, value, and where it is."""

    start: int
    end: int
    role: str  # killed | injured
    value: int
    estimated: bool
    cue: str


def sentence_figures(
    start: int, end: int, mentions: DocMentions, taken: list[tuple[int, int]]
) -> list[Figure]:
    """Casualty figures of one sentence (none if it reports a cumulative toll).

    A toll word after every figure in a clause of its own (…، ولم تتمكن من التقدم حتى الآن)
    does not make the sentence a toll.
    """
    text = mentions.text
    cues = mentions.inside("casualty", start, end)
    tolls = [c for c in cues if c.entry.get("type") == "toll"]
    figures: list[Figure] = []
    for num in mentions.inside("number", start, end):
        if num.value is None or num.kind in SKIP_KINDS or overlaps(num, taken):
            continue
        figure = classify_number(text, num, cues) or continue_list(text, num, cues, figures)
        if figure is not None:
            figures.append(figure)
    figures += single_victims(text, cues, mentions.inside("number", start, end))
    figures += listed_singles(text, cues, sorted(figures, key=lambda f: f.start))
    if any(not detached(text, c, figures) for c in tolls):
        return []
    return sorted(figures, key=lambda f: f.start)


def detached(text: str, cue: CueHit, figures: list[Figure]) -> bool:
    """True for a toll word told after every figure, in a clause of its own (…، ولم تتقدم حتى الآن)."""
    if not figures:
        return False
    last = max(f.end for f in figures)
    return cue.start >= last and "," in text[last : cue.start]


def listed_singles(text: str, cues: list[CueHit], figures: list[Figure]) -> list[Figure]:
    """A singular person joined by و to a figure (مقتل طفلين وامرأة) adds one of its role."""
    out = []
    for noun in (
        c for c in cues if c.entry.get("type") == "person_one" and c.prefix.startswith("و")
    ):
        prev = [
            f
            for f in figures
            if f.end <= noun.start and words_between(text, f.end, noun.start) <= 1
        ]
        if prev and not any(f.start == noun.start for f in figures):
            out.append(
                Figure(noun.start, noun.end, prev[-1].role, 1, False, prev[-1].cue + "+and_one")
            )
    return out


def single_victims(text: str, cues: list[CueHit], numbers: list[NumberMatch]) -> list[Figure]:
    """One person: a casualty cue followed directly by a singular person noun (مقتل شاب)."""
    out = []
    for cue in cues:
        if cue.entry.get("type") not in ("killed", "injured"):
            continue
        nxt = next((c for c in cues if c.start >= cue.end), None)
        if (
            nxt is None
            or nxt.entry.get("type") != "person_one"
            or text[cue.end : nxt.start].strip()
        ):
            continue
        if any(cue.end <= n.start < nxt.end for n in numbers):
            continue
        out.append(Figure(nxt.start, nxt.end, cue.entry["type"], 1, False, cue.entry_id + "+one"))
    return out


def continue_list(
    text: str, num: NumberMatch, cues: list[CueHit], figures: list[Figure]
) -> Figure | None:
    """A counted group joined by و to the figure before (13 من داعش وستة من الوحدات) shares its role."""
    if not figures or words_between(text, figures[-1].end, num.start) > LIST_GAP_WORDS:
        return None
    if (
        not text[max(0, num.start - 2) : num.start].strip().endswith("و")
        and text[num.start : num.start + 1] != "و"
    ):
        return None
    after = [
        c
        for c in cues
        if c.start >= num.end and words_between(text, num.end, c.start) <= MAX_NOUN_WORDS
    ]
    of_group = text[num.end : num.end + 5].split()[:1] in (
        ["من"],
        ["في"],
    )  # و7 من المعارضة، و3 في X
    dual = num.kind == "dual" and num.counts == "person"
    if not of_group and not dual and not any(c.entry.get("type") in PERSON_TYPES for c in after):
        return None
    prev = figures[-1]
    return Figure(
        num.start, num.end, prev.role, int(num.value), bool(num.estimated), prev.cue + "+list"
    )


def overlaps(num: NumberMatch, spans: list[tuple[int, int]]) -> bool:
    """True if the number lies inside one of the spans (figures another module took)."""
    return any(a <= num.start and num.end <= b for a, b in spans)


def classify_number(text: str, num: NumberMatch, cues: list[CueHit]) -> Figure | None:
    """Decide whether a number counts casualties and of which role."""
    after = [
        c
        for c in cues
        if c.start >= num.end and words_between(text, num.end, c.start) <= MAX_NOUN_WORDS
    ]
    before = [
        c
        for c in cues
        if c.end <= num.start and words_between(text, c.end, num.start) <= MAX_CUE_WORDS
    ]
    nouns = [
        c
        for c in after
        if c.entry.get("type") in PERSON_TYPES + ("killed", "injured")
        and counted_noun(text, num, c)
    ]
    if any(
        c.entry.get("type") == "subset" and words_between(text, c.end, num.start) <= 1
        for c in before
    ):
        return None
    dual_person = num.kind == "dual" and num.counts == "person"
    adjacent_cue = [
        c
        for c in before
        if c.entry.get("type") in ("killed", "injured", "combined")
        and words_between(text, c.end, num.start) <= 1
    ]
    if not (nouns or dual_person or adjacent_cue):
        return None
    role_cue = role_after(text, num, after, cues)
    if role_cue is None:
        typed = [c for c in before if c.entry.get("type") in ROLE_TYPES]
        role_cue = typed[-1] if typed else None
    if role_cue is None or role_cue.entry.get("type") in ("combined", "captured"):
        return None
    return Figure(
        num.start,
        num.end,
        role_cue.entry["type"],
        int(num.value),
        bool(num.estimated),
        role_cue.entry_id,
    )


def counted_noun(text: str, num: NumberMatch, noun: CueHit) -> bool:
    """True when the noun is the thing counted: right after the number, after "من" (12 من مقاتلي), or a casualty noun after "عدد"."""
    between = text[num.end : noun.start].split()
    if between == ["عدد"] and noun.entry.get("type") in ("killed", "injured"):
        return True  # ارتفع إلى 15 عدد القتلى
    return not between or between in (["من"], ["من", "بين"])


def role_after(
    text: str, num: NumberMatch, after: list[CueHit], cues: list[CueHit]
) -> CueHit | None:
    """A killed/injured cue right after the counted noun (21 شخصاً قتلوا، 19 قتيلاً)."""
    for c in after:
        if c.entry.get("type") in ("killed", "injured", "combined") and not c.prefix.startswith(
            "و"
        ):
            return c
    nouns = [
        c for c in after if c.entry.get("type") in PERSON_TYPES and counted_noun(text, num, c)
    ]  # the noun this number counts, not the next clause's (استشهد مواطنان وأصيب 7 آخرون بجروح)
    if nouns:
        nxt = [
            c for c in cues if c.start >= nouns[0].end and of_side_gap(text[nouns[0].end : c.start])
        ]  # 11 شخصاً (على الأقل) قتلوا، 4 عناصر من قوات النظام قتلوا
        for c in nxt:
            if c.entry.get("type") in ("killed", "injured", "combined") and not c.prefix.startswith(
                "و"
            ):
                return c
    return None


def of_side_gap(gap: str) -> bool:
    """True for nothing, "at least" or a short "of X" between a counted noun and its verb."""
    gap = HEDGES.sub("", gap).strip(" ")
    gap = SUBSET_GAP.sub("", gap).strip(" ")  # سبعة أشخاص بينهم طفلان قتلوا
    if not gap:
        return True
    words = gap.split()
    return words[0] == "من" and len(words) <= OF_SIDE_WORDS + 1 and not re.search(r"[,.;:]", gap)


def gap_words(text: str, start: int, end: int) -> int:
    """Words in text[start:end] not counting a subset phrase (أربعة مدنيين بينهم طفلة في كفرنبودة)."""
    gap = re.sub(
        r"(?<!\w)(?:من )?بينه(?:م|ن|ما)(?: \S+){1,2}?(?= في| ب| على|$)", "", text[start:end]
    )
    return len(re.findall(r"\w+", gap))


def total(figures: list[Figure], role: str) -> tuple[int | None, bool]:
    """Sum of the figures of one role, and whether any of them was an estimate."""
    chosen = [f for f in figures if f.role == role]
    if not chosen:
        return None, False
    return sum(f.value for f in chosen), any(f.estimated for f in chosen)
