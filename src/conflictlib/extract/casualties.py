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
from dataclasses import dataclass, replace

from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.document import ACT_TOLD, OWN_ACT, DocMentions
from conflictlib.extract.tolls import compares_since_word, next_item_after_toll
from conflictlib.normalize import norm_re, normalize_key
from conflictlib.numbers import NumberMatch

HEDGES = norm_re(r"(?<!\w)(?:علي|على) (?:الاقل|الأقل)(?!\w)")  # at least, told after the noun
SUBSET_GAP = re.compile(r"(?<!\w)(?:من )?بينه(?:م|ن|ما)(?: \S+){1,2}$")  # بينهم طفلان
RELATIVE_TAIL = re.compile(r"(?<!\w)(?:الذين|اللذين|اللتين|اللواتي|اللاتي|ممن)$")
OF_SIDE_WORDS = 4  # 4 عناصر من قوات النظام قتلوا: words of the side between noun and verb
MAX_CUE_WORDS = 10
MAX_NOUN_WORDS = 2
PERSON_TYPES = ("person", "person_one")
LIST_GAP_WORDS = 8
# بينهم القيادي في الكتائب أبو باقر الساعدي واثنان من مرافقيه: a subset item after a named one
SUBSET_GAP_WORDS = 8
SKIP_KINDS = ("year", "percent")
ROLE_TYPES = ("killed", "injured", "combined", "captured")  # cues that give a figure its role
PRONOUN_VICTIMS = {  # ما أدى إلى مقتله / مقتلهما: the dead or wounded told by a pronoun
    "killed.pronoun_one": 1,
    "killed.pronoun_two": 2,
    "injured.pronoun_one": 1,
    "injured.pronoun_two": 2,
}
NOT_TOLD = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|محاوله|نجا|نجت|تعرض|تعرضت)\s+(?:\S+\s+)?$")
TRANSITIVE = "killed.transitive"  # أعدم التنظيم أمس شاباً: the verb's object, a few words on
ONE_OBJECT = "person.one_object"
OBJECT_WORDS = 6


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
    start: int,
    end: int,
    mentions: DocMentions,
    taken: list[tuple[int, int]],
    *,
    event_count: bool = False,
) -> list[Figure]:
    """Casualty figures of one sentence (none if it reports a cumulative toll).

    A toll word after every figure in a clause of its own (…، ولم تتمكن من التقدم حتى الآن)
    does not make the sentence a toll. ``event_count``: the caller knows the count is one
    event's (told rising right after it, with no period), so its toll words are ignored.
    """
    text = mentions.text
    cues = mentions.inside("casualty", start, end)
    tolls = [
        c
        for c in cues
        if c.entry.get("type") == "toll"
        and not event_count
        and not compares_since_word(text, c.start)
    ]
    figures: list[Figure] = []
    dates_in = mentions.inside("date", start, end)
    dates = [(d.start, d.end) for d in dates_in]
    # 25 كانون الأول/ديسمبر: a day, never a count
    numbers_all = [n for n in mentions.inside("number", start, end) if not overlaps(n, dates)]
    # …منذ بداية الشهر، فيما قتل 7 مدنيين اليوم بغارة: a next clause after the toll's own count
    # (a period told by a date when no toll word: …منذ يوم الجمعة، مضيفاً أن مسلحين أعدموا …)
    since = [(d.start, d.end) for d in dates_in if getattr(d, "kind", "") == "since"]
    brk = next_item_after_toll(
        text,
        [(c.start, c.end) for c in tolls] or since,
        [n.start for n in numbers_all if n.value is not None and n.kind not in SKIP_KINDS],
        mentions.inside("date", start, end),
        [p.start for p in mentions.inside("place", start, end)],
    )
    first_toll = min((c.start for c in tolls), default=end)
    if any(c.entry_id != CUMULATIVE for c in tolls) or any(
        n.start < first_toll and not overlaps(n, taken) for n in numbers_all
    ):
        brk = None  # the event's own count before the period (ما أدى لمقتل 5، ليرتفع …): as before
    for num in numbers_all:
        if num.value is None or num.kind in SKIP_KINDS:
            continue
        if overlaps(num, taken) and (brk is None or num.start < brk):
            continue
        if adjective_dual(text, num, numbers_all, cues):
            continue  # طفلان شقيقان: two children who are brothers, not four people
        if num.kind == "label":  # اللواء 14: a name, unless a counted noun follows at once
            figure = classify_number(text, num, cues) if counted_at_once(text, num, cues) else None
        else:
            figure = classify_number(text, num, cues, numbers_all) or continue_list(
                text, num, cues, figures
            )
        if figure is not None:
            figures.append(figure)
    figures += groups_before(text, cues, numbers_all, figures, taken)
    singles = single_victims(text, cues, numbers_all)
    figures += singles
    figures += subject_victims(text, cues, numbers_all, figures)
    figures += met_their_death(text, cues, figures)
    figures += listed_after_single(text, cues, numbers_all, singles, figures, taken)
    figures += object_victims(text, cues, numbers_all, figures)
    figures += listed_singles(text, cues, sorted(figures, key=lambda f: f.start))
    figures += pronoun_victims(text, cues, figures)
    figures += joined_singles(text, cues, numbers_all, figures)
    figures += postposed_counts(text, cues, numbers_all, figures, taken)
    figures += risen_before_earlier_count(text, start, end, cues, figures, mentions)
    figures = shares_with_cause(text, cues, numbers_all, sorted(figures, key=lambda f: f.start))
    figures = country_shares(text, cues, numbers_all, figures, taken)
    figures = [f for f in figures if not country_scope(text, f, end)]
    figures = [f for f in figures if not death_told_as_rise_cause(text, f, start, end)]
    topics = protested_topics(text, start, end, mentions)  # تنديداً باغتيال الناشط
    figures = [f for f in figures if not any(a <= f.start < b for a, b in topics)]
    nobody = [m.span() for m in NO_ONE_TOLD.finditer(text, start, end)]  # ولم يقتل أحد
    figures = [f for f in figures if not any(a <= f.start < b for a, b in nobody)]
    figures = [f for f in figures if not superseded(text, f, figures, mentions)]
    figures = [f for f in figures if not displaced_bystanders(text, f, cues)]
    figures = part_of_whole(text, sorted(figures, key=lambda f: f.start), cues)
    figures = breakdown_of_whole(text, figures, cues, numbers_all)
    figures = apposed_breakdown(text, sorted(figures, key=lambda f: f.start), cues)
    figures = [f for f in figures if not summed_with_vague(text, f, numbers_all, cues, taken)]
    figures, rise = updated_in_sentence(text, start, end, figures, mentions)
    if rise is not None:  # the rising clause tells this event's new count, not a toll
        tolls = [c for c in tolls if not rise[0] <= c.start < rise[1]]
    rival = rival_account(text, start, end, figures, mentions)
    if (
        rival is not None
    ):  # …، في حين قالت حملة إن عدد القتلى تجاوز الأربعين: another source's count
        # only a count of a kind already told is the rival's: its injured (إن 12 آخرين
        # أصيبوا) after a death count add to the event
        told = {f.role for f in figures if f.start < rival}
        figures = [f for f in figures if f.start < rival or f.role not in told]
        tolls = [c for c in tolls if c.start < rival]
    brk = next_item_after_toll(
        text,
        [(c.start, c.end) for c in tolls],
        [n.start for n in numbers_all if n.value is not None and n.kind not in SKIP_KINDS],
        mentions.inside("date", start, end),
        [p.start for p in mentions.inside("place", start, end)],
    )
    first_toll = min((c.start for c in tolls), default=end)
    if (
        brk is not None
        and not any(n.start < first_toll and not overlaps(n, taken) for n in numbers_all)
        and all(c.entry_id == CUMULATIVE for c in tolls)
        and not any(f.start < first_toll for f in figures)
    ):
        # …منذ بداية الشهر، فيما قتل 7 مدنيين اليوم بغارة: the next clause's (the toll's own
        # count before the period is a toll row's, not an event figure)
        return sorted((f for f in figures if f.start > brk), key=lambda f: f.start)
    if any(
        not detached(text, c, figures) and not dated_apart(text, c, figures, mentions)
        for c in tolls
    ):
        return []
    return sorted(figures, key=lambda f: f.start)


VAGUE_SUM_WORDS = 8  # عدد كبير من عناصر النظام وسقوط قتيلين من الفصائل: one list of groups


def summed_with_vague(
    text: str,
    fig: Figure,
    numbers: list[NumberMatch],
    cues: list[CueHit],
    taken: list[tuple[int, int]],
) -> bool:
    """True for a figure joined by و to a vague amount of the same role (انتهى بمقتل عدد كبير من
    الإرهابيين وسقوط شهيدين من الجيش؛ قتل 3 من الفصائل وعشرات من عناصر النظام): the sum of the
    groups is vague, so the figure stays empty as the codebook wants (§7), not a part of it."""
    for num in numbers:
        if not num.vague or num.value is not None or num.estimated_value is None:
            continue
        if overlaps(num, taken):
            continue
        vague = classify_number(text, replace(num, value=num.estimated_value), cues, numbers)
        if vague is None or vague.role != fig.role:
            continue
        a, b = (vague.end, fig.start) if vague.start < fig.start else (fig.end, vague.start)
        if a > b or re.search(r"[.؛;:]", text[a:b]) or words_between(text, a, b) > VAGUE_SUM_WORDS:
            continue
        gap = text[a : b + 1]
        comma = max(gap.rfind("،"), gap.rfind(","))
        if comma >= 0 and not re.fullmatch(r"\s*و\w*\s*", gap[comma + 1 :]):
            continue  # استشهد 4 من مقاتلينا، وقد تم سحب جثث عدد من المرتزقة: a new clause
        if re.search(r"(?<!\w)و", gap):
            return True
    return False


SUPERSEDED = re.compile(r"(?<!\w)(?:بعد\s+ان|بعدما)\s+(?:كان|كانت|كانوا)(?!\w)")
CLAUSE_BREAK = norm_re(r"[.،,؛:]")
# the clause after بعد أن كانت is an earlier count of the same event (حصيلة أولية، حصيلة سابقة،
# الحصيلة السابقة), whatever its verb (أشارت، تحدثت، أفادت، بلغت)
EARLIER_COUNT = re.compile(r"\s+(?:ال)?حصيله(?!\w)")


def superseded(text: str, fig: Figure, figures: list[Figure], mentions: DocMentions) -> bool:
    """True for an earlier count told after the new one (ارتفعت الحصيلة إلى 11 قتيلاً، بعد أن
    كانت حصيلة أولية قد تحدثت عن ثمانية قتلى): the new count of the same kind replaces it.
    A count told with its own action or place (بعد أن كان 4 قد قتلوا في قصف على بلدة حاس) is
    another event's."""
    for m in SUPERSEDED.finditer(text, max(0, fig.start - 120), fig.start):
        if CLAUSE_BREAK.search(text, m.end(), fig.start):
            continue
        if EARLIER_COUNT.match(text, m.end()) and mentions.inside(
            "number", max(0, m.start() - 200), m.start()
        ):
            return True  # بعد أن كانت حصيلة أولية/سابقة قد أشارت إلى 8 قتلى: the old count
        end = CLAUSE_BREAK.search(text, fig.end)
        stop = end.start() if end else len(text)
        if mentions.inside("action", m.end(), stop) or mentions.inside("place", m.end(), stop):
            continue
        if any(f.role == fig.role and f.end <= m.start() for f in figures):
            return True
    return False


RISEN_TO = norm_re(r"(?:الي|إلى)\s*$")


def risen_before_earlier_count(
    text: str,
    start: int,
    end: int,
    cues: list[CueHit],
    figures: list[Figure],
    mentions: DocMentions,
) -> list[Figure]:
    """The new count told rising right before an earlier count (ارتفع عدد قتلى الغارات على
    كفرنبل إلى 15، بعد أن كانت حصيلة أولية قد أشارت إلى 8 قتلى): 15 dead, when the clause names
    the dead (قتلى، القتلى) before "إلى" and counts no dead of its own."""
    for m in SUPERSEDED.finditer(text, start, end):
        if not EARLIER_COUNT.match(text, m.end()):
            continue
        clause = max(text.rfind(c, start, m.start()) for c in ".؛:")
        lo = max(clause + 1, start)
        nums = [n for n in mentions.inside("number", lo, m.start()) if n.value is not None]
        if not nums or any(f.start < m.start() and f.role == "killed" for f in figures):
            continue
        num = nums[-1]
        gap = text[num.end : m.start()].strip(" ،,")
        if gap or not RISEN_TO.search(text[lo : num.start]):
            continue
        killed = [c for c in cues if c.entry.get("type") == "killed" and lo <= c.start < num.start]
        if killed:
            return [
                Figure(num.start, num.end, "killed", int(num.value), False, killed[-1].entry_id)
            ]
    return []


RISE_VERB = re.compile(r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع)(?!\w)")
# a total restated without a rise verb (لتصبح الحصيلة النهائية ستة قتلى، ليبلغ عدد القتلى خمسة،
# لتستقر الحصيلة عند 11، لتصل الحصيلة إلى 7): the count told after the noun replaces the first
RESTATE_VERB = norm_re(
    r"(?<!\w)[وفل]?(?:تصبح|يصبح|اصبحت|اصبح|صارت|تبلغ|يبلغ|بلغت|بلغ|تستقر|يستقر|استقرت|استقر"
    r"|تصل|يصل|وصلت|وصل)\s+(?:ال)?(?:حصيله|عدد)(?!\w)"
)
RISE_TO_WORD = norm_re(r"(?<!\w)(?:الي|إلى)(?!\w)")
RISE_CLAUSE_END = norm_re(r"[.,،؛;:]")
RISE_BECAUSE = norm_re(r"(?<!\w)(?:بعد|اثر|إثر)(?!\w)")  # بعد وفاة طفل: why it rose
# a rise over a period (منذ بداية الشهر، هذا الأسبوع، لهذا العام) is a toll, not the update
RISE_PERIOD = re.compile(
    r"(?<!\w)(?:منذ|خلال|حتي|اجمالي|ل?هذا\s+(?:العام|الشهر|الاسبوع)|الموثقين|العام|الشهر|الاسبوع)(?!\w)"
)


SO_FAR = norm_re(r"حتي\s+(?:الان|الآن|اللحظة|ساعة)")  # حتى الآن: so far, the event's own count


def running_count_dropped(
    figures: list[Figure], verb_start: int, to_end: int, clause_end: int
) -> list[Figure]:
    """A count told rising over a period after this event's own count of the same role (ما أدى
    لاستشهاد 3 مواطنين، ليرتفع إلى 8 عدد الشهداء في المدينة منذ صباح اليوم): the running count
    is a toll's (codebook §8), never added to the event's 3."""
    told = {f.role for f in figures if f.end <= verb_start}
    return [f for f in figures if not (to_end <= f.start < clause_end and f.role in told)]


def updated_in_sentence(
    text: str, start: int, end: int, figures: list[Figure], mentions: DocMentions
) -> tuple[list[Figure], tuple[int, int] | None]:
    """A count told rising in the clause after a count of the same role (قتل 5 مدنيين بقصف على
    كفرنبل، وارتفع عدد الشهداء إلى 9 بعد وفاة طفل): the new count replaces the one told first,
    never adds to it. Not a rise over a period (منذ، خلال، هذا الشهر), nor one naming a town
    the sentence did not name before (another event's count), nor a smaller count. Figures
    told after the rise as its cause (بعد وفاة أربعة جرحى) are in the new count. Returns the
    figures and the span of the rising clause when it updated a count."""
    verbs = sorted(
        [*RISE_VERB.finditer(text, start, end), *RESTATE_VERB.finditer(text, start, end)],
        key=lambda m: m.start(),
    )
    for m in verbs:
        stop = RISE_CLAUSE_END.search(text, m.end(), end)
        clause_end = stop.start() if stop else end
        if m.re is RESTATE_VERB:  # لتصبح الحصيلة النهائية ستة قتلى: the count follows the noun
            to_end = m.end()
        else:
            to = RISE_TO_WORD.search(text, m.end(), clause_end)
            if to is None:
                continue
            to_end = to.end()
        period = RISE_PERIOD.search(text, m.end(), clause_end)
        if period is not None and not SO_FAR.match(text, period.start()):
            figures = running_count_dropped(figures, m.start(), to_end, clause_end)
            continue
        because = RISE_BECAUSE.search(text, to_end, clause_end)
        told_end = because.start() if because else clause_end
        new = [f for f in figures if to_end <= f.start < told_end]
        if not new:
            continue
        before = {p.town.id for p in mentions.inside("place", start, m.start())}
        if any(p.town.id not in before for p in mentions.inside("place", m.end(), clause_end)):
            continue  # فيما ارتفع عدد قتلى مجزرة أريحا إلى 20: another event's count
        drop: set[int] = set()
        for role in {f.role for f in new}:
            old = [f for f in figures if f.role == role and f.end <= m.start()]
            if old and max(f.value for f in new if f.role == role) >= sum(f.value for f in old):
                drop |= {id(f) for f in old}
        cause = {  # بعد وفاة جريحين: the dead told as the rise's cause are in the new count
            id(f)
            for f in figures
            if told_end <= f.start < clause_end and f.role in {g.role for g in new}
        }
        if not drop:
            if cause:  # no count told before in the sentence: the rise updates no count here
                return [f for f in figures if id(f) not in cause], None
            continue
        drop |= {id(f) for f in figures if told_end <= f.start < clause_end}
        head = RISE_NOUN_HEAD.search(text, max(start, m.start() - 30), m.start())
        return [f for f in figures if id(f) not in drop], (
            head.start() if head else m.start(),
            clause_end,
        )
    return figures, None


# the count named before its rise verb (بأن حصيلة القتلى ارتفعت إلى سبعة): its «حصيلة» is in
# the rising clause, no toll word (session 16, hU5)
RISE_NOUN_HEAD = norm_re(r"(?<!\w)(?:ال)?(?:عدد|حصيلة)(?:\s+[^\s.,،؛:]+){1,2}\s+$")


DISPLACED = norm_re(r"\s*(?:من\s+)?(?:ال)?(?:نازح|لاج[ءئي]|مهجر)\w*")


SHARE_MARKS = ("subset.among",)
SHARE_WHOLE_WORDS = 10  # قتل 23 مدنياً اليوم في سوريا، وفق المرصد السوري، بينهم: time, place, source
# a share told with the strike, shelling or blast it died in (بينهم 9 في غارات على كفرنبل، و6
# بقصف مدفعي على اللطامنة): a bare number, then the cause (not بينهم ثلاثة أطفال جراء غارات:
# a subset of the whole, told before the whole's own cause)
SHARE_CAUSE = re.compile(
    r"\s+(?:(?:في|جراء|اثر|بسبب)\s+)?"
    r"(?:ب|لل)?(?:ال)?(?:انفجار|قصف|غاره|غارات|قذيف\w*|هجوم|هجمات|رصاص|نيران|استهداف|تفجير"
    r"|عبوه|لغم|اشتباك\w*|مواجهات|ضربه|ضربات|المعارك|معارك)(?!\w)"
)


def shares_with_cause(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure]
) -> list[Figure]:
    """Counts after «بينهم» each told with the act that killed them (قتل 23 مدنياً اليوم في
    سوريا، بينهم 9 في غارات على بلدة كفرنبل و6 بقصف مدفعي على مدينة اللطامنة) are the dead of
    those acts, of the whole's role; the whole, a day's or a place's sum of them, is no
    event's count then. The first share right after the marker, the others joined by و; two
    shares at least."""
    out = list(figures)
    taken = {(f.start, f.end) for f in figures if not f.cue.endswith("+list")}
    for mark in cues:
        if mark.entry_id not in SHARE_MARKS:
            continue
        whole = next((f for f in reversed(out) if f.end <= mark.start), None)
        if whole is None or words_between(text, whole.end, mark.start) > SHARE_WHOLE_WORDS:
            continue
        shares: list[Figure] = []
        for num in numbers:
            if num.start < mark.end or num.value is None or num.kind in SKIP_KINDS:
                continue
            if (num.start, num.end) in taken:
                break  # a counted group (بينهم 4 أطفال): a subset, as before
            first = not shares
            if first and words_between(text, mark.end, num.start) > 0:
                break
            if not first and not (
                text[max(0, num.start - 2) : num.start].strip().endswith("و")
                or text[num.start : num.start + 1] == "و"
            ):
                break
            verb = SHARE_VERB.match(text, num.end)  # بينهم 10 قضوا في قصف على الرستن
            if not SHARE_CAUSE.match(text, verb.end() if verb else num.end):
                break
            shares.append(
                Figure(num.start, num.end, whole.role, int(num.value), False, whole.cue + "+share")
            )
        if len(shares) >= 2:  # a breakdown of the whole by act, not one subset of it
            at = {(f.start, f.end) for f in shares}  # …، و7 في غارات: read as a list item before
            out = [f for f in out if f is not whole and (f.start, f.end) not in at] + shares
    return sorted(out, key=lambda f: f.start)


# a whole told for a country or many towns (قتل 40 شخصاً في أنحاء سوريا، بينهم 15 في حمص)
COUNTRY_WIDE = re.compile(
    r"(?<!\w)(?:في\s+)?(?:(?:عموم|انحاء|مختلف|كافه|معظم)\s+(?:متفرقه\s+من\s+)?)?"
    r"(?:سوريا|سوريه|العراق|البلاد|المحافظات\s+السوريه)(?!\w)"
    r"|(?<!\w)(?:في\s+)?(?:انحاء|مناطق|مدن)\s+(?:متفرقه|عده|مختلفه)(?!\w)"
)
# one share told with its own town or act (بينهم 23 قتيلاً في حي بابا عمرو، منهم 12 مدنياً في
# قصف على بلدة الرستن): at most a noun between the number and «في» or the act
TOWN_SHARE = re.compile(r"\s+(?:\S+\s+)?في\s+(?!ذلك|هذا|هذه|الاسبوع|الشهر|اليوم|العام)\S+")


# the share's own verb before its act (بينهم 12 قتلوا بتفجير انتحاري في بعقوبة)
SHARE_VERB = norm_re(
    r"\s+(?:قتلوا|قتلن|قضوا|ماتوا|استشهدوا|سقطوا|لقوا\s+حتفهم|لقوا\s+مصرعهم|اصيبوا|أصيبوا|جرحوا)(?=\s)"
)


def share_told(text: str, end: int) -> bool:
    """True when a share's own act or town follows it, maybe after its verb."""
    verb = SHARE_VERB.match(text, end)
    at = verb.end() if verb else end
    return bool(SHARE_CAUSE.match(text, at) or TOWN_SHARE.match(text, at))


def country_wide(text: str, start: int, end: int) -> bool:
    """True when the words between a whole and its «بينهم» place it in a whole country or in
    many towns at once (بمقتل 52 شخصاً أمس في عموم سوريا معظمهم في حمص، بينهم …)."""
    return bool(COUNTRY_WIDE.search(text, start, end))


def country_shares(
    text: str,
    cues: list[CueHit],
    numbers: list[NumberMatch],
    figures: list[Figure],
    taken: list[tuple[int, int]],
) -> list[Figure]:
    """The one count right after «بينهم / منهم» told with its own town or act after a whole told
    for a country or many towns (قتل 40 شخصاً في أنحاء سوريا اليوم، بينهم 15 في مدينة حمص جراء
    القصف؛ بمقتل 52 شخصاً في عموم سوريا، بينهم 23 قتيلاً في حي بابا عمرو وحده جراء القصف): the
    dead of the event told there, of the whole's role, even when the whole is a toll row's
    (codebook §8: the day's count is a toll; §7: the town's share is its event's own dead).
    The whole drops from the figures."""
    out = list(figures)
    for mark in cues:
        if mark.entry_id not in SHARE_MARKS:
            continue
        wholes = [
            n
            for n in numbers
            if n.end <= mark.start
            and n.value is not None
            and n.kind not in SKIP_KINDS
            and words_between(text, n.end, mark.start) <= SHARE_WHOLE_WORDS
            and not re.search(r"[.;:؛]", text[n.end : mark.start])
        ]
        if not wholes or not country_wide(text, wholes[-1].end, mark.start):
            continue
        if RISE_PERIOD.search(text, wholes[-1].end, mark.start):
            continue  # خلال الأسبوع الماضي، منذ بداية الشهر: a period's toll, its share too
        whole = wholes[-1]
        share = next((n for n in numbers if n.start >= mark.end and n.value is not None), None)
        if (
            share is None
            or share.kind in SKIP_KINDS
            or words_between(text, mark.end, share.start) > 0
            or not share_told(text, share.end)
            or any(f.start == share.start for f in out)
        ):
            continue
        told = next((f for f in out if f.start == whole.start), None)
        if told is None:
            if not overlaps(whole, taken):
                continue  # a whole no one counted: no casualty count at all
            told = classify_number(text, whole, cues, numbers)
            if told is None:
                continue
        out = [f for f in out if f.start != whole.start]
        out.append(
            Figure(share.start, share.end, told.role, int(share.value), False, told.cue + "+share")
        )
    return sorted(out, key=lambda f: f.start)


WHOLE_OF = re.compile(r"(?<!\w)من\s+(?:بين|اصل)\s+$")  # ثمانية مدنيين من بين 15 شخصا
WHOLE_GAP_WORDS = 4  # the part's noun and «من بين» between the part and the whole


def part_of_whole(text: str, figures: list[Figure], cues: list[CueHit]) -> list[Figure]:
    """A count told after «من بين / من أصل» right after another count is the whole the first
    is part of, never added to it. When the whole is counted by a casualty noun or verb (جثث
    خمسة أطفال من بين 12 قتيلا، من بين 10 أشخاص قتلوا) it is the count and the part drops;
    else it counts the people present (قتل ثمانية مدنيين من بين 15 شخصا كانوا في الملجأ)
    and drops itself."""
    drop: set[int] = set()
    for prev, fig in zip(figures, figures[1:], strict=False):
        if (
            prev.role != fig.role
            or not WHOLE_OF.search(text, max(0, fig.start - 12), fig.start)
            or words_between(text, prev.end, fig.start) > WHOLE_GAP_WORDS
        ):
            continue
        told = any(
            c.entry.get("type") in ("killed", "injured")
            and c.start >= fig.end
            and words_between(text, fig.end, c.start) <= 2
            for c in cues
        )
        drop.add(id(prev) if told else id(fig))
    return [f for f in figures if id(f) not in drop]


BREAKDOWN_GAP_WORDS = 3  # قتل 20 شخصاً، من بينهم ستة …: the whole, its noun, the marker


def breakdown_of_whole(
    text: str, figures: list[Figure], cues: list[CueHit], numbers: list[NumberMatch]
) -> list[Figure]:
    """Groups told after a «بينهم» subset and a comma that with the subset make up the whole
    before it are its breakdown, never added (قتل 20 شخصاً، من بينهم ستة من عناصر الشرطة، و14
    مدنياً → 20). Only when they sum to the whole exactly: «9 من قسد، بينهم قيادي، و4 من
    الجيش الوطني» adds another side (13)."""
    drop: set[int] = set()
    for mark in cues:
        if mark.entry.get("type") != "subset":
            continue
        whole = next(
            (
                f
                for f in reversed(figures)
                if f.end <= mark.start
                and words_between(text, f.end, mark.start) <= BREAKDOWN_GAP_WORDS
                and not re.search(r"[.;:]", text[f.end : mark.start])
            ),
            None,
        )
        if whole is None or whole.value < 3:
            continue
        sided = " من " in text[whole.end : mark.start]  # 7 عناصر من قوات النظام، بينهم …
        first = next(
            (
                n
                for n in numbers
                if n.start >= mark.end
                and n.value is not None
                and words_between(text, mark.end, n.start) == 0
            ),
            None,
        )
        if first is None:
            one = next((c for c in cues if c.start >= mark.end), None)
            if (
                one is None
                or one.entry.get("type") != "person_one"
                or text[mark.end : one.start].strip()
            ):
                continue
            part, last = people_of(one), one.end
        else:
            part, last = int(first.value), first.end
        items: list[Figure] = []
        for f in figures:
            if f.start < last or f.role != whole.role:
                continue
            if not joined(text, f.start) or words_between(text, last, f.start) > LIST_GAP_WORDS:
                break
            if sided and text[f.end : f.end + 4] == " من ":
                break  # 7 من قوات النظام، بينهم ضابطان، و5 من الفصائل: another side
            if any(c.entry.get("type") in ROLE_TYPES and last <= c.start < f.start for c in cues):
                break
            items.append(f)
            part += f.value
            last = f.end
            if part >= whole.value:
                break
        if items and part == whole.value:
            drop.update(id(f) for f in items)
    return [f for f in figures if id(f) not in drop]


APPOSED_GAP_WORDS = 3  # قتل 3 عناصر من الشرطة، …: the whole's noun and its side before the comma
APPOSED_COMMA = norm_re(r"\s*[،,]\s*$")


def apposed_breakdown(text: str, figures: list[Figure], cues: list[CueHit]) -> list[Figure]:
    """People named again after a count and a comma, with no «هم» (قتل مدنيان، رجل وامرأة؛ قتل
    3 مدنيين، طفل وامرأتان): a breakdown of the count, not more dead. The first item opens
    right after the comma (a single person or a count, no و), the others are joined to it by
    و with no casualty cue between, and only when they sum to the count exactly."""
    drop: set[int] = set()
    for whole in figures:
        if whole.value < 2:
            continue
        comma = re.compile(r"[،,]").search(text, whole.end, min(len(text), whole.end + 60))
        if (
            comma is None
            or words_between(text, whole.end, comma.start()) > APPOSED_GAP_WORDS
            or re.search(r"[.;:؛]", text[whole.end : comma.start()])
        ):
            continue
        at = comma.end() + len(text[comma.end() :]) - len(text[comma.end() :].lstrip())
        opener = next((f for f in figures if f.start == at and f.role == whole.role), None)
        one = next((c for c in cues if c.start == at and c.entry.get("type") == "person_one"), None)
        if opener is not None:
            part, last, items = opener.value, opener.end, [opener]
        elif one is not None and not any(f.start <= at < f.end for f in figures):
            part, last, items = people_of(one), one.end, []
        else:
            continue
        for f in figures:
            if f.start < last or part >= whole.value:
                continue
            if f.role != whole.role or not joined(text, f.start):
                break
            if words_between(text, last, f.start) > MAX_NOUN_WORDS:
                break
            if any(c.entry.get("type") in ROLE_TYPES and last <= c.start < f.start for c in cues):
                break
            items.append(f)
            part += f.value
            last = f.end
        if len(items) >= (1 if opener is None else 2) and part == whole.value:
            drop.update(id(f) for f in items)
    return [f for f in figures if id(f) not in drop]


def displaced_bystanders(text: str, fig: Figure, cues: list[CueHit]) -> bool:
    """True for a count of displaced people or refugees who are not the killed ones (أثناء
    عودة 40 نازحاً إلى قريتهم، مخيم يضم نحو 70 لاجئاً): they are dead only as the subject or
    object of a killing word in their clause (33 نازحاً قتلوا، مقتل 20 لاجئاً، قتلت الغارة 5
    نازحين); the wounded alike (إصابة 12 نازحاً)."""
    m = DISPLACED.match(text, fig.end)
    if m is None:
        return False
    killing = [c for c in cues if c.entry.get("type") == fig.role]
    for c in killing:
        if c.end <= fig.start:
            gap = text[c.end : fig.start]
            if not re.search(r"[،,.؛;]", gap) and len(gap.split()) <= 3:
                return False
        elif c.start >= m.end():
            gap = text[m.end() : c.start]
            if not re.search(r"[،,.؛;]", gap) and len(gap.split()) <= 2:
                return False
    return True


RIVAL = norm_re(
    r"[,،]\s*(?:في حين|بينما|فيما)\s+(?:\S+\s+)?"
    r"(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|اشار|اشارت|رجح|رجحت|قدر|قدرت)(?!\w)"
)


def rival_account(
    text: str, start: int, end: int, figures: list[Figure], mentions: DocMentions
) -> int | None:
    """Where a rival source's account of the dead begins (وقال المرصد إن 33 قتلوا، في حين قالت
    حملة … إن عدد القتلى تجاوز الأربعين): after a count of the dead told first, another source's
    figure or its 'number of the dead' is no figure of the sentence and makes it no toll (the
    first source's count is kept)."""
    m = RIVAL.search(text, start, end)
    if m is None or not any(f.role == "killed" and f.end <= m.start() for f in figures):
        return None
    if mentions.inside("action", m.end(), end) or mentions.inside("place", m.end(), end):
        return None  # فيما قالت مصادر إن 3 عناصر قتلوا باشتباكات في مورك: an event of its own
    return m.start()


def dated_apart(text: str, cue: CueHit, figures: list[Figure], mentions: DocMentions) -> bool:
    """True for a toll word told before every figure, in a clause of its own, when the figures'
    clause names its own day (سجل التقرير حوادث خلال الشهر، ففي 5 كانون الثاني قتل طفلان)."""
    if not figures:
        return False
    first = min(f.start for f in figures)
    if cue.end > first:
        return False
    cut = max(text.rfind(p, cue.end, first) for p in ",;:")
    if cut < 0:
        return False
    return any(
        d.kind == "point" and cut < d.start < first for d in mentions.inside("date", cut, first)
    )


def pronoun_victims(text: str, cues: list[CueHit], figures: list[Figure]) -> list[Figure]:
    """The dead or wounded told by a pronoun (ما أدى إلى مقتله → 1؛ إصابتهما بجروح → 2).

    Not when the same role was counted earlier in the sentence (قتل شخصان … مصرعهما), nor
    after a denial or an attempt (نفى مقتله، محاولة اغتياله).
    """
    out = []
    for cue in cues:
        value = PRONOUN_VICTIMS.get(cue.entry_id)
        if value is None or NOT_TOLD.search(text[max(0, cue.start - 40) : cue.start]):
            continue
        if cue.prefix.endswith("ال") or text[max(0, cue.start - 2) : cue.start] == "ال":
            continue  # ملاحقة القتلة: the killers, not his killing
        if cue.entry_id == "killed.pronoun_one" and killers_noun(text, cue):
            continue  # بكشف قتلة الناشطين: the killers of the activists, not his killing
        role = cue.entry["type"]
        if any(f.role == role and f.start < cue.start for f in figures):
            continue
        out.append(Figure(cue.start, cue.end, role, value, False, cue.entry_id))
    return out


# «قتلة» (killers; its ة is ه in the normalised text, as in قتله, his killing): the noun of
# people sought (كشف، محاسبة، ملاحقة قتلة …) or in construct with people in the genitive
# plural (قتلة المتظاهرين، قتلة الشهداء، قتلة أبنائنا)
KILLERS_BEFORE = norm_re(
    r"(?<!\w)[وبل]?(?:(?:ال)?(?:كشف|كشفت|محاسبه|ملاحقه|معاقبه|محاكمه|تسليم|اعتقال|مطارده|هويه"
    r"|اعدام|يحاسب|محاسبت)|(?:ال)?قبض (?:على|علي)|(?:ال)?كشف عن|(?:ال)?(?:قصاص|اقتصاص) من)\s+$"
)
KILLERS_AFTER = norm_re(
    r"\s+(?:(?:ال\S+ين|الشهداء|الاطفال|الأطفال|الابرياء|الأبرياء|الشعب|ابناء\S*|أبناء\S*"
    r"|اطفال\S*|أطفال\S*|شهداء\S*)(?!\w))"
)


def killers_noun(text: str, cue: CueHit) -> bool:
    """True when «قتله» is «قتلة», the killers: a word of seeking them before it, or people
    in the genitive plural after it (قتلة الناشطين; a verb's subject after قتله is in ون)."""
    if KILLERS_BEFORE.search(text[max(0, cue.start - 30) : cue.start]):
        return True
    after = KILLERS_AFTER.match(text, cue.end)
    return after is not None and "الاثنين" not in after.group(0)


GIVEN_NAME = "person.given_name"  # اغتال مسلحون مجهولون محمد الزعبي: a name has no accusative form


def object_victims(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure]
) -> list[Figure]:
    """One person as the object of an active killing verb, told after its subject and time
    (أعدم تنظيم داعش أمس شاباً؛ اغتال مجهولون، مساء أمس، الشاب …) — when the sentence counts
    no dead otherwise. The first person noun after the verb must be singular."""
    if any(f.role == "killed" for f in figures):
        return []
    out = []
    for cue in (c for c in cues if c.entry_id == TRANSITIVE or active_kill(text, c)):
        later = [c for c in cues if c.start >= cue.end]
        nxt = later[0] if later else None
        if (
            nxt is not None
            and nxt.entry_id == "person.nouns"
            and not cue.surface.endswith("وا")
            and words_between(text, cue.end, nxt.start) == 0
        ):
            nxt = later[1] if len(later) > 1 else None  # اغتال مسلحون مجهولون …: the subject
        if (
            nxt is None
            or nxt.entry_id not in (ONE_OBJECT, "person.one", GIVEN_NAME)
            or (cue.entry_id != TRANSITIVE and nxt.entry_id not in (ONE_OBJECT, GIVEN_NAME))
            or words_between(text, cue.end, nxt.start) > OBJECT_WORDS
            or any(cue.end <= n.start < nxt.end for n in numbers)
            or re.search(r"[.;:!?]", text[cue.end : nxt.start])
        ):
            continue
        out.append(Figure(nxt.start, nxt.end, "killed", 1, False, cue.entry_id + "+object"))
        break
    return out


# «قتل / قتلت» opening its clause: passive (قُتل شاب) or active with its subject after it (قتل
# مسلحون مجهولون شاباً): only an accusative singular after the subject makes it one victim
KILL_VERB = re.compile(r"[وف]?(?:قتل|قتلت)")


def active_kill(text: str, cue: CueHit) -> bool:
    """True for a bare «قتل / قتلت» (killed.verb) that may be active with its object later."""
    return (
        cue.entry_id == "killed.verb" and KILL_VERB.fullmatch(text, cue.start, cue.end) is not None
    )


CUMULATIVE = "toll.cumulative"  # منذ بدء، منذ بداية، خلال الشهر …


def detached(text: str, cue: CueHit, figures: list[Figure]) -> bool:
    """True for a toll word told after every figure, in a clause of its own (…، ولم تتقدم حتى الآن)."""
    if not figures:
        return False
    last = max(f.end for f in figures)
    return cue.start >= last and "," in text[last : cue.start]


ONE_OWN = "person.one_own"  # ومرافقه: his companion, one more victim
OWN_REACH_WORDS = 14  # مقتل قيادي في "وحدات حماية الشعب" يعرف باسم "جودي" ومرافقه; a title, a
# full name and a nickname between (معاون قائد عمليات حزام بغداد في الحشد، مشتاق طالب السعيدي
# المعروف بـ"أبو تقوى"، وأحد مرافقيه) (session 15)


def listed_singles(text: str, cues: list[CueHit], figures: list[Figure]) -> list[Figure]:
    """A singular person joined by و to a figure (مقتل طفلين وامرأة) adds one of its role; two
    of one's own told by a construct dual (مقتل امرأة وطفليها) add two."""
    out = []
    for noun in (
        c for c in cues if c.entry.get("type") == "person_one" and c.prefix.startswith("و")
    ):
        reach = OWN_REACH_WORDS if noun.entry_id == ONE_OWN else 1
        prev = [
            f
            for f in figures
            if f.end <= noun.start
            and (
                words_between(text, f.end, noun.start) <= reach
                or town_by_town(text, f.end, noun.start, noun.end)
            )
        ]
        if prev and noun.entry_id == GIVEN_NAME and names_between(cues, prev[-1].end, noun.start):
            continue  # قتل الشقيقان أحمد ومحمد: the names tell who the figure's dead are
        if prev and not any(f.start == noun.start for f in figures):
            value = people_of(noun)
            rule = "+and_two" if value == 2 else "+and_one"
            out.append(
                Figure(noun.start, noun.end, prev[-1].role, value, False, prev[-1].cue + rule)
            )
    return out


def names_between(cues: list[CueHit], start: int, end: int) -> bool:
    """True when a given name is told between a figure and a later name (الشقيقان أحمد ومحمد)."""
    return any(c.entry_id == GIVEN_NAME and start <= c.start and c.end <= end for c in cues)


# a figure told with its town, then one person with another (بمقتل 4 مدنيين في خان شيخون، وطفل
# في الهبيط): the gap is the counted noun and the first town
TOWN_GAP = norm_re(r"\s*(?:\S+\s+){0,2}?في\s+\S+(?:\s+\S+)?\s*[،,]?\s*")
TOWN_NEXT = re.compile(r"\s+في\s")
TOWN_GAP_WORDS = 5


def town_by_town(text: str, fig_end: int, noun_start: int, noun_end: int) -> bool:
    """True when a figure and a singular person after it are each told with a town of their own."""
    return (
        words_between(text, fig_end, noun_start) <= TOWN_GAP_WORDS
        and TOWN_GAP.fullmatch(text, fig_end, noun_start) is not None
        and TOWN_NEXT.match(text, noun_end) is not None
    )


NAMED_MARTYR = frozenset(normalize_key(w) for w in ("الشهيد", "الشهيدة", "شهيد", "شهيدة"))
FALL = "killed.fall"
FALLS = (FALL, "injured.fall")  # سقط شهيد؛ سقط جريح: one dead, one wounded
FALLEN_ONE = frozenset(
    normalize_key(w) for w in ("قتيل", "قتيلا", "شهيدا", "جريح", "جريحا", "مصاب", "مصابا")
)


# a time or a cause told between a passive killing verb and its one victim (وقتل في الانفجار
# ضابط؛ استشهد جراء القصف شاب؛ قتل أمس جندي): up to three words, the first a preposition or a day
ADJUNCT_GAP = norm_re(
    r"\s+(?:في|جراء|اثر|إثر|خلال|اثناء|امس|اليوم|صباح|مساء|فجر|ظهر|ليل|ليله|برصاص|بنيران"
    r"|بقصف|بالقصف|بانفجار|بالانفجار|بغاره|بالغاره|بالغارات|بالتفجير|بتفجير)(?:\s+[^\s.,،؛:]+){0,2}\s+"
)
# the fire told with its shooter between a passive verb and its one victim (قتل بنيران قناص تابع
# لقوات النظام مدني؛ أصيب برصاص دورية للجيش التركي شاب): the cause and who fired, up to six words
FIRE_GAP = norm_re(r"\s+(?:برصاص|برصاصه|بنيران|بنار|بقذيفه|بطلق|بطلقات)(?:\s+[^\s.,،؛:]+){1,5}\s+")
ADJUNCT_CUES = ("killed.verb", "injured.verb")


def adjunct_gap(text: str, cue: CueHit, noun: CueHit) -> bool:
    """True when only a short time or cause adjunct stands between a casualty verb and a
    singular person noun (وقتل في الانفجار ضابط برتبة ملازم)."""
    if cue.entry_id not in ADJUNCT_CUES:
        return False
    return (
        ADJUNCT_GAP.fullmatch(text, cue.end, noun.start) is not None
        or FIRE_GAP.fullmatch(text, cue.end, noun.start) is not None
    )


def single_victims(text: str, cues: list[CueHit], numbers: list[NumberMatch]) -> list[Figure]:
    """One person: a casualty cue followed directly by a singular person noun (مقتل شاب)."""
    out = []
    for cue in cues:
        if cue.entry.get("type") not in ("killed", "injured"):
            continue
        nxt = next((c for c in cues if c.start >= cue.end), None)
        if nxt is not None and nxt.entry.get("type") != "person_one":
            one = next(  # قتل برصاص مسلحين مجهولين شاب: the shooters told before the one victim
                (c for c in cues if c.start >= cue.end and c.entry.get("type") == "person_one"),
                None,
            )
            if (
                one is not None
                and cue.entry_id in ADJUNCT_CUES
                and FIRE_GAP.fullmatch(text, cue.end, one.start)
            ):
                nxt = one
        martyr = (  # ارتقى الشهيد محمد الأحمد: the martyr named, one person
            nxt is not None
            and cue.entry_id != "killed.noun"
            and (
                (cue.entry.get("type") == "killed" and text[nxt.start : nxt.end] in NAMED_MARTYR)
                or (cue.entry_id in FALLS and text[nxt.start : nxt.end] in FALLEN_ONE)
            )
        )  # سقط شهيد، ما أدى لسقوط قتيل: one dead
        if (
            nxt is None
            or (nxt.entry.get("type") != "person_one" and not martyr)
            or (text[cue.end : nxt.start].strip() and not adjunct_gap(text, cue, nxt))
        ):
            continue
        if any(cue.end <= n.start < nxt.end for n in numbers):
            continue
        if nxt.entry_id == GIVEN_NAME and cue.entry_id == "killed.noun":
            continue  # ارتقى الشهيد محمد الأحمد: the name tells who the martyr is
        if cue.entry_id == "killed.pronoun_one" and killers_noun(text, cue):
            continue  # بالكشف عن قتلة الناشط: the activist's killers, no one killed here
        if any(
            n.value == 1 and n.start >= nxt.end and words_between(text, nxt.end, n.start) == 0
            for n in numbers
        ):
            continue  # مقتل مدني واحد: the number counts him
        value = people_of(nxt)
        rule = "+two" if value == 2 else "+one"
        out.append(Figure(nxt.start, nxt.end, cue.entry["type"], value, False, cue.entry_id + rule))
    return out


# «إن/أن» + one person + a casualty verb of his own (وقال التلفزيون إن وزير الداخلية أصيب في
# التفجير؛ وقال مصدر أمني إن جندياً قتل؛ وذكر أن مدنياً لقي حتفه): the subject told first
SUBJECT_OPENS = norm_re(r"(?<!\w)ب?(?:ان|إن|أن)\s+$")
SUBJECT_VERBS = frozenset(
    normalize_key(w)
    for w in (
        "قتل",
        "قتلت",
        "لقي حتفه",
        "لقيت حتفها",
        "لقي مصرعه",
        "لقيت مصرعها",
        "استشهد",
        "استشهدت",
        "قضى",
        "قضت",
        "توفي",
        "توفيت",
        "اغتيل",
        "اغتيلت",
        "جرح",
        "جرحت",
        "أصيب",
        "أصيبت",
    )
)
SUBJECT_GAP_WORDS = 5  # قائد الفوج العميد الركن علي حسين قتل: his post and name
SUBJECT_GAP_STOP = norm_re(r"[.,،؛:]")


def subject_victims(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure]
) -> list[Figure]:
    """One person told as the subject of his own casualty verb after «إن/أن» (إن ضابطاً في
    الجيش أصيب بجروح؛ أن مدنياً لقي حتفه): one dead or wounded. Not a killer told so (إن مسلحاً
    قتل شرطياً: a person or a number right after the verb), nor a person a figure counts."""
    out = []
    for noun in cues:
        if noun.entry.get("type") not in PERSON_TYPES or noun.entry_id == GIVEN_NAME:
            continue
        if noun.entry.get("type") == "person" and noun.entry_id != ONE_OBJECT:
            continue  # عناصر، مدنيين: a plural noun is counted by its number
        if not SUBJECT_OPENS.search(text, max(0, noun.start - 6), noun.start):
            continue
        verb = next(
            (
                c
                for c in cues
                if c.start >= noun.end
                and c.entry.get("type") in ("killed", "injured", "combined", "toll")
            ),
            None,
        )
        if verb is None or (
            verb.entry.get("type") not in ("killed", "injured") and verb.entry_id != TWO_CUES
        ):
            continue
        word = normalize_key(text[verb.start : verb.end])
        if verb.entry_id == TWO_CUES:  # إن جندياً قتل وأصيب اثنان آخران: his death, then others
            word = word.split()[0]
        if word not in SUBJECT_VERBS and word[1:] not in SUBJECT_VERBS:
            continue
        if words_between(text, noun.end, verb.start) > SUBJECT_GAP_WORDS or SUBJECT_GAP_STOP.search(
            text, noun.end, verb.start
        ):
            continue
        if any(noun.start <= n.start < verb.end for n in numbers) or any(
            noun.start <= f.start < verb.end or f.start <= noun.start < f.end for f in figures
        ):
            continue
        object_after = any(
            c.start >= verb.end
            and c.entry.get("type") in PERSON_TYPES
            and words_between(text, verb.end, c.start) == 0
            for c in cues
        ) or any(
            n.start >= verb.end and words_between(text, verb.end, n.start) == 0 for n in numbers
        )
        if object_after and verb.entry_id != TWO_CUES:
            continue  # إن مسلحاً قتل شرطياً: the subject is the killer
        if any(
            c.entry.get("type") == "subset"
            and c.start >= verb.end
            and words_between(text, verb.end, c.start) <= 1
            for c in cues
        ):
            continue  # إن مدنياً قتل من بينهم: one of a count told before
        out.append(
            Figure(
                noun.start,
                noun.end,
                "killed" if verb.entry_id == TWO_CUES else verb.entry["type"],
                people_of(noun),
                False,
                verb.entry_id + "+subject",
            )
        )
        other = ONE_OTHER_AFTER.match(text, verb.end) if verb.entry_id == TWO_CUES else None
        if other is not None:  # إن شخصاً قتل وأصيب آخر: one dead, one other wounded
            out.append(
                Figure(other.start(), other.end(), "injured", 1, False, verb.entry_id + "+other")
            )
    return out


# «قتل وأصيب آخر/أخرى» after one person told as the subject: a single other, wounded
ONE_OTHER_AFTER = norm_re(r"\s+(?:شخص\s+|مدني\s+|عنصر\s+|جندي\s+)?(?:اخر|آخر|اخرى|أخرى)(?!\w)")


# «لقي رجل وامرأة وطفل حتفهم»: the people between «لقي» and the plural «حتفهم/مصرعهم»
MET_VERB = norm_re(r"(?<!\w)[وف]?(?:لقي|لقيت|لقوا|لقيا|لقيتا)\s+")
THEIR_DEATH = frozenset(normalize_key(w) for w in ("حتفهم", "مصرعهم", "حتفهن", "مصرعهن"))
MET_GAP_CHARS = 120


def met_their_death(text: str, cues: list[CueHit], figures: list[Figure]) -> list[Figure]:
    """Single people listed between «لقي» and a plural «حتفهم» (لقيت امرأة وطفلاها حتفهم → 3;
    لقي مدني وعنصران من الفصائل حتفهم → 1 + the 2 counted by their number): each singular
    person noun opening the list or joined by و is one dead (two for a construct dual)."""
    out = []
    for cue in cues:
        if normalize_key(text[cue.start : cue.end]) not in THEIR_DEATH:
            continue
        opens = list(MET_VERB.finditer(text, max(0, cue.start - MET_GAP_CHARS), cue.start))
        if not opens or CLAUSE_BREAK.search(text, opens[-1].end(), cue.start):
            continue
        lo = opens[-1].end()
        for noun in cues:
            if not (lo <= noun.start and noun.end <= cue.start):
                continue
            if noun.entry.get("type") != "person_one" or noun.entry_id == GIVEN_NAME:
                continue
            lead = text[lo : noun.start - len(noun.prefix)]
            if noun.start - len(noun.prefix) > lo and not (
                noun.prefix.startswith("و") and lead.rstrip() != lead
            ):
                continue  # عنصران من الفصائل: a noun inside an item, not an item of the list
            if any(f.start < noun.end and noun.start < f.end for f in figures + out):
                continue
            out.append(
                Figure(noun.start, noun.end, "killed", people_of(noun), False, "killed.met+one")
            )
    return out


# a casualty noun in the singular, one person (قتيل وثلاثة جرحى، قتيلان وجريح)
SINGLE_NOUNS = frozenset(
    normalize_key(w) for w in ("قتيل", "قتيلا", "شهيد", "شهيدا", "جريح", "جريحا", "مصاب", "مصابا")
)
COUNTED_NOUN_IDS = ("killed.noun", "injured.noun")
OTHER = norm_re(r"\s*(?:اخر|آخر)(?!\w)")  # وإصابة آخر: one more, of the other role
# what may follow «آخر» when it is a person (وأصيب آخر بجروح، في القصف، .): not a noun it
# qualifies (وقتل آخر عنصر، آخر قادة التنظيم)
AFTER_OTHER = norm_re(
    r"\s*(?:$|[.,،؛:!?\"»)]|(?:ب|ف|ل|و)\S|(?:في|على|علي|اثر|إثر|جراء|خلال|اثناء|عندما|بعد|اليوم"
    r"|امس|برصاص|حيث|كما|فيما|بينما|من)(?!\w))"
)
BETWEEN_KINDS = re.compile(r"(?<!\w)بين\s+(?:\S+\s+)?$")  # بين قتيل ومصاب، بين قتيل و3 جرحى
JOIN_WORDS = 3  # قتل ثلاثة عناصر من الشرطة وإصابة آخر: the figure, its people, the cue


def joined_singles(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure]
) -> list[Figure]:
    """One person of a role joined by و to a figure of the other role: a singular casualty
    noun (قتيل وثلاثة جرحى؛ قتيلان وجريح؛ يوقع قتيلاً وجريحين) or a casualty cue followed by
    «آخر» (ما أدى لمقتل مدني وإصابة آخر؛ قتل جندي وأصيب آخر). Not a noun counted by a number
    (19 قتيلاً، قتيل واحد), nor one with the article (القتيل), nor «آخر» qualifying a noun
    (وقتل آخر عنصر)."""
    out: list[Figure] = []
    told = sorted(figures, key=lambda f: f.start)

    def near(a: int, b: int) -> bool:
        if a > b or re.search(r"[.,،؛:;]", text[a:b]):
            return False
        # قتل عنصر من قوات سوريا الديمقراطية (قسد) وأصيب آخر: the side of the one counted
        # before may be told at length
        return words_between(text, a, b) <= JOIN_WORDS or of_side_gap(
            re.sub(r"[()«»\"]", " ", text[a:b]).strip()
        )

    for cue in cues:
        role = cue.entry.get("type")
        if role not in ("killed", "injured") or any(f.start <= cue.start < f.end for f in told):
            continue
        other = "injured" if role == "killed" else "killed"
        core = text[cue.start + len(cue.prefix) : cue.end]
        if cue.entry_id in COUNTED_NOUN_IDS and core in SINGLE_NOUNS and cue.prefix in ("", "و"):
            if BETWEEN_KINDS.search(text, max(0, cue.start - 30), cue.start):
                continue  # أوقعوا عدداً منهم بين قتيل ومصاب: a vague amount of both kinds
            if any(
                n.end <= cue.start and words_between(text, n.end, cue.start) == 0
                for n in numbers
                if not cue.prefix  # قتيلان وجريح: the dual is a count of its own
            ) or any(
                n.start >= cue.end and words_between(text, cue.end, n.start) == 0
                for n in numbers
                if not joined(text, n.start)  # قتيل وثلاثة جرحى: the next count's number
            ):
                continue  # 19 قتيلاً، قتيل واحد: the number counts the noun
            if cue.prefix == "و":
                joined_to = [f for f in told if f.role == other and near(f.end, cue.start)]
            else:
                nxt = re.match(r"\s+و", text[cue.end : cue.end + 3])
                joined_to = (
                    [
                        f
                        for f in told
                        if nxt is not None
                        and f.role == other
                        and f.start >= cue.end
                        and re.fullmatch(r"\s+و\s*", text[cue.end : f.start])
                    ]
                    + [
                        c  # قتيل وجريح: two singular nouns, one of each role
                        for c in cues
                        if nxt is not None
                        and c.start == cue.end + nxt.end() - 1
                        and c.entry_id in COUNTED_NOUN_IDS
                        and c.entry.get("type") == other
                        and text[c.start + len(c.prefix) : c.end] in SINGLE_NOUNS
                    ]
                )
            if joined_to:
                out.append(Figure(cue.start, cue.end, role, 1, False, cue.entry_id + "+single"))
            continue
        m = OTHER.match(text, cue.end)
        if (
            m is None
            or not cue.prefix.startswith("و")
            or cue.entry_id in COUNTED_NOUN_IDS
            or not AFTER_OTHER.match(text, m.end())
        ):
            continue
        if any(f.role == other and near(f.end, cue.start) for f in told) and not any(
            f.role == role and f.start >= cue.end and f.start <= m.end() for f in told
        ):
            out.append(Figure(cue.start, m.end(), role, 1, False, cue.entry_id + "+other_one"))
    return out


TWO_OWN = "person.two_own"  # طفليها، ابنيه: two of one's own


def people_of(noun: CueHit) -> int:
    """How many people a singular-person cue names: two for a construct dual (وطفليها), else one."""
    return 2 if noun.entry_id == TWO_OWN else 1


def listed_after_single(
    text: str,
    cues: list[CueHit],
    numbers: list[NumberMatch],
    singles: list[Figure],
    figures: list[Figure],
    taken: list[tuple[int, int]],
) -> list[Figure]:
    """A counted group joined by و to one person told before it (وقتل عنصر من قسد و3 من داعش):
    it shares that person's role."""
    out: list[Figure] = []
    for num in numbers:
        if num.value is None or num.kind in SKIP_KINDS or overlaps(num, taken):
            continue
        if any(f.start <= num.start < f.end for f in figures + out):
            continue
        before = sorted((f for f in singles + out if f.end <= num.start), key=lambda f: f.start)
        if not before or any(f.end <= num.start and f.start > before[-1].start for f in figures):
            continue  # the figure right before the number is no single person
        fig = continue_list(text, num, cues, before)
        if fig is not None:
            out.append(fig)
    return out


# a count opening an item after a comma, its verb left out and its own cause or town told
# right after it (قتل ثلاثة بانفجار عبوة في الطارمية، واثنان بانفجار آخر في المحمودية؛ قتل 12
# عنصراً بقصف جوي على القائم، و8 في قصف على راوة): the dead of the figure before's role
ELIDED_GAP_WORDS = 16
ELIDED_ITEM_LEAD = norm_re(r"[,،]\s*و\S?$")
# with no comma, only a count told at once with its own act (…، بريف إدلب الجنوبي و3 بقصف مدفعي
# على حي في المدينة): a bare «و3 في …» may still be part of the figure before's place list
BARE_ITEM_LEAD = norm_re(r"\sو\S?$")
ELIDED_KILLING = re.compile(
    r"\s+(?:(?:اخرين|اخرون|اخران|اخرين|اخري|اخريات)\s+)?"
    r"(?:في|جراء|اثر|بسبب|ب(?:انفجار|قصف|غاره|غارات|قذيف|هجوم|رصاص|نيران|استهداف|تفجير|عبوه"
    r"|لغم|اشتباك|مواجهات|ضربه|ضربات))(?!\w)"
)


# a further group of dead joined after the clause of the figure before (قتل 4 عناصر من الجيش في
# هجوم لداعش على قرية، إلى جانب ثلاثة مدنيين؛ بالإضافة إلى 3 مدنيين): that figure's role; a
# group with a verb of its own (إلى جانب ثلاثة مدنيين قضوا برصاص …) is classified by it (s16 hR5)
OTHER_GROUP_LEAD = norm_re(
    r"[,،]\s*(?:و?(?:إلى|الى)\s+جانب|(?:ب?الإضافة|ب?الاضافة|إضافة|اضافة)\s+(?:إلى|الى)"
    r"|فضلاً\s+عن|فضلا\s+عن|علاوة\s+على)\s+$"
)


def continue_list(
    text: str, num: NumberMatch, cues: list[CueHit], figures: list[Figure]
) -> Figure | None:
    """A counted group joined by و to the figure before (13 من داعش وستة من الوحدات) shares its role."""
    if not figures:
        return None
    gap = words_between(text, figures[-1].end, num.start)
    lead = text[max(0, num.start - 4) : num.start + 1]
    elided = bool(
        ELIDED_ITEM_LEAD.search(lead)
        and ELIDED_KILLING.match(text, num.end)
        or BARE_ITEM_LEAD.search(lead)
        and OWN_ACT.match(text, num.end)
        and ACT_TOLD.search(text, figures[-1].end, num.start)
    )  # …، واثنان بانفجار آخر في المحمودية: the verb of the figure before is left out
    joined = OTHER_GROUP_LEAD.search(text, max(0, num.start - 32), num.start) is not None
    if gap > (ELIDED_GAP_WORDS if elided or joined else LIST_GAP_WORDS):
        return None
    if any(
        c.entry.get("type") == "subset"
        and figures[-1].end <= c.start < num.start
        and not re.search(r"[,;]", text[c.end : num.start])
        for c in cues
    ):
        return None  # بينهم أربعة أطفال وامرأتان: part of the figure before, not added
    # (…، بينهم قيادي، و4 من الجيش الوطني: the comma closes the subset, a new group follows)
    if (
        not joined
        and not text[max(0, num.start - 2) : num.start].strip().endswith("و")
        and (text[num.start : num.start + 1] != "و" or text.startswith("واحد", num.start))
    ):
        return None  # عائلة واحدة: the و of واحدة is no conjunction
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
    if (
        not of_group
        and not elided
        and not dual
        and not any(c.entry.get("type") in PERSON_TYPES for c in after)
    ):
        return None
    prev = figures[-1]
    if elided:
        prev = killed_before_wounded(text, figures)
    return Figure(
        num.start, num.end, prev.role, int(num.value), bool(num.estimated), prev.cue + "+list"
    )


def killed_before_wounded(text: str, figures: list[Figure]) -> Figure:
    """The figure whose role an item with its verb left out takes: the one before it, or the
    dead when that one is the wounded told together with them (قتل 5 وأصيب 10 بغارات على إدلب،
    و3 بقصف على سرمين: the item continues the dead, the sentence's first role)."""
    prev = figures[-1]
    if prev.role != "injured" or len(figures) < 2:
        return prev
    first = figures[-2]
    between = text[first.end : prev.start]
    if first.role == "killed" and not re.search(r"[.،,؛;]", between) and len(between.split()) <= 3:
        return first
    return prev


def adjective_dual(
    text: str, num: NumberMatch, numbers: list[NumberMatch], cues: list[CueHit]
) -> bool:
    """True for a dual person noun that describes the people counted right before it (طفلان
    شقيقان، شابين شقيقين، ابناها الشقيقان): nothing but a space between, no و."""
    if num.kind != "dual" or num.counts != "person":
        return False
    head = text[max(0, num.start - 40) : num.start]
    head = head[:-2] if head.endswith("ال") else head  # الشقيقان: the article is not the number's
    if not head or not head[-1].isspace():
        return False
    edge = num.start - len(text[max(0, num.start - 40) : num.start]) + len(head.rstrip())
    return any(n.end == edge for n in numbers if n is not num) or any(
        c.end == edge and c.entry.get("type") in PERSON_TYPES for c in cues
    )


def overlaps(num: NumberMatch, spans: list[tuple[int, int]]) -> bool:
    """True if the number lies inside one of the spans (figures another module took)."""
    return any(a <= num.start and num.end <= b for a, b in spans)


TWO_CUES = "combined.two_cues"  # مقتل وإصابة 20 شخصاً: one count of both, left empty
OTHERS_AFTER = norm_re(r"\s+(?:\S+\s+)?(?:اخر|آخر)(?:ان|ين|ون)(?!\w)")
# «20 إصابة بين قتيل وجريح»، «20 شخصاً ما بين قتلى وجرحى»: one count of the dead and the wounded
# together (codebook §7 leaves it empty), even when its noun is a cue of one role
COUNT_OF_BOTH = norm_re(
    r"\s+(?:[^\s.,،؛:]+\s+)?(?:ما\s+)?بين\s+(?:قتيل|قتلى|شهيد|شهداء)\s+و\s?"
    r"(?:جريح|جرحى|مصاب|مصابين)(?!\w)"
)

# «20 إصابة، بينها 5 حالات خطرة»: a share of a count told by a feminine plural (إصابات، حالات),
# part of the count before (not in the lexicon's subset cues: «كتائب بينها جبهة النصرة» names
# a partner side there)
AMONG_THEM_FEMININE = norm_re(r"(?<!\w)(?:من\s+)?بينها\s+(?:[^\s.,،؛:]+\s+)?$")


SHARE_GAP_WORDS = (
    10  # مقتل وإصابة 20 شخصاً في قصف على بلدة الدانا، بينهم: the count, its place (hP6)
)
SHARE_LIST_WORDS = 6  # بينهم 6 قتلى و14 جريحاً: the second share of the list


def share_of_both(text: str, num: NumberMatch, cues: list[CueHit]) -> CueHit | None:
    """The role noun of a share told after «بينهم» of one count of the dead and the wounded
    together (مقتل وإصابة 20 شخصاً، بينهم 6 قتلى و14 جريحاً; قتل وجرح 30، بينهم 8 قتلى): the
    count of both is left empty (codebook §7), its shares named by role are that role's."""
    noun = next(
        (
            c
            for c in cues
            if c.start >= num.end
            and words_between(text, num.end, c.start) == 0
            and c.entry.get("type") in ("killed", "injured")
            and c.entry_id.endswith(".noun")
        ),
        None,
    )
    if noun is None:
        return None
    mark = next(
        (
            c
            for c in reversed(cues)
            if c.entry.get("type") == "subset"
            and c.end <= num.start
            and words_between(text, c.end, num.start) <= SHARE_LIST_WORDS
            and not re.search(r"[.;:؛]", text[c.end : num.start])
        ),
        None,
    )
    if mark is None:
        return None
    both = next(
        (
            c
            for c in reversed(cues)
            if c.entry.get("type") == "combined"
            and c.end <= mark.start
            and words_between(text, c.end, mark.start) <= SHARE_GAP_WORDS
            and not re.search(r"[.;:؛]", text[c.end : mark.start])
        ),
        None,
    )
    if both is None or any(
        c.entry.get("type") in ("killed", "injured") and both.end <= c.start < mark.start
        for c in cues
    ):
        return None
    return noun


# «ارتفع إلى 25 عدد الشهداء الذين قضوا اليوم في محافظة إدلب»: the rise told before its count,
# the count's noun after it, then a region (a governorate, a countryside, the country) as the
# first place: the region's day total, as «ارتفع عدد القتلى في ريف إدلب إلى 25» (session 17, hP6)
RISEN_TO_FIRST = norm_re(
    r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|ليرتفع|لترتفع)\s+(?:الي|إلى)\s*$"
)
RISEN_COUNT_AFTER = norm_re(r"\s+(?:ال)?(?:عدد|حصيله)\s+[^.،,؛;:\d]*")
RISEN_TOWN = norm_re(
    r"(?<!\w)(?:[بلف]|في\s+|على\s+)?(?:ال)?(?:بلده|مدينه|قريه|حي|مخيم|بلدات|قرى|مدن|احياء)(?!\w)"
)


# «ارتفع إلى 23 بينهم ستة أطفال وثلاث مواطنات عدد الشهداء الذين قضوا …» (SOHR): a share told
# between the risen count and its noun; the share's own numbers are subsets, as after «بينهم»
RISEN_SHARE_BEFORE_NOUN = norm_re(
    r"\s+(?:من\s+)?(?:بينهم|بينها|منهم)\s+[^.،,؛:]{1,80}?(?=\s+(?:ال)?(?:عدد|حصيله)\s)"
)
RISEN_SHARE_WORDS = 10


def risen_noun_start(text: str, num: NumberMatch) -> int:
    """Where the count's noun phrase (عدد الشهداء …) starts after a number told risen before it,
    past a share told between them (إلى 23 بينهم ستة أطفال عدد الشهداء); else the number's end."""
    share = RISEN_SHARE_BEFORE_NOUN.match(text, num.end)
    if share is None or len(share.group(0).split()) > RISEN_SHARE_WORDS:
        return num.end
    return share.end()


def risen_shared_count(text: str, num: NumberMatch, cues: list[CueHit]) -> CueHit | None:
    """The noun of the dead or the wounded of a count told risen before it with a share between
    them (ارتفع إلى 23 بينهم ستة أطفال وثلاث مواطنات عدد الشهداء الذين قضوا جراء …)."""
    if not RISEN_TO_FIRST.search(text, max(0, num.start - 20), num.start):
        return None
    start = risen_noun_start(text, num)
    m = RISEN_COUNT_AFTER.match(text, start) if start > num.end else None
    if m is None:
        return None
    head = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    noun_at = text.find(" ", head) + 1  # the word after «عدد/حصيلة»
    return next(
        (
            c
            for c in cues
            if c.start == noun_at
            and (
                (c.entry.get("type") in ("killed", "injured") and c.entry_id.endswith(".noun"))
                or (c.entry.get("type") == "combined" and text[c.start : c.end] in VICTIMS)
            )
        ),
        None,
    )


def risen_region_total(text: str, num: NumberMatch) -> bool:
    """True for a count told risen before its noun (ارتفع إلى 25 عدد الشهداء …) whose first place
    is a region (في محافظة إدلب، في ريف حلب، في سوريا), not a town (على بلدة كفرنبل في ريف إدلب)."""
    if not RISEN_TO_FIRST.search(text, max(0, num.start - 20), num.start):
        return False
    m = RISEN_COUNT_AFTER.match(text, risen_noun_start(text, num))
    if not m:
        return False
    rest = " ".join(m.group(0).split()[: RISEN_BARE_WORDS + 2])
    region = RISEN_REGION.search(rest)
    return region is not None and not RISEN_TOWN.search(rest, 0, region.start())


def classify_number(
    text: str, num: NumberMatch, cues: list[CueHit], numbers: list[NumberMatch] | None = None
) -> Figure | None:
    """Decide whether a number counts casualties and of which role."""
    if risen_region_total(text, num):
        return None  # ارتفع إلى 25 عدد الشهداء في محافظة إدلب: a region's day total
    if COUNT_OF_BOTH.match(text, num.end) or AMONG_THEM_FEMININE.search(
        text, max(0, num.start - 30), num.start
    ):
        return None
    after = [
        c
        for c in cues
        if c.start >= num.end
        and words_between(text, num.end, c.start) - only_words(text, num.end, c.start)
        <= MAX_NOUN_WORDS
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
    share = share_of_both(text, num, cues)
    if share is not None:  # مقتل وإصابة 20 شخصاً، بينهم 6 قتلى: the dead of a count of both
        return Figure(
            num.start,
            num.end,
            share.entry["type"],
            int(num.value),
            bool(num.estimated),
            share.entry_id,
        )
    if any(
        c.entry.get("type") == "subset"
        and words_between(text, c.end, num.start) <= 1
        and not role_between(c.end, num.start, cues)
        for c in before
    ) or in_subset_list(text, num, cues):
        return None
    if num.kind == "dual" and num.counts in ("time", "object"):
        return None  # بعد يومين من مقتل سبعة: two days, not two dead
    if FATE_OF.search(text, max(0, num.start - 20), num.start):
        return None  # لا يزال مصير 643 رجلاً مجهولاً: the missing, not casualties
    if AGE_AFTER.match(text, num.end):
        return None  # قتل شاب (25 عاماً): his age, not 25 more dead
    if NO_ONE.search(text, max(0, num.start - 24), num.end):
        return None  # ولم يقتل أحد: no one, not one
    dual_person = num.kind == "dual" and num.counts == "person"
    own = [  # قتيلان، جريحين: the dual is itself the dead or the wounded
        c
        for c in cues
        if c.start <= num.start
        and num.end <= c.end
        and c.entry.get("type") in ("killed", "injured")
    ]
    if dual_person and own:
        role = own[0].entry["type"]
        if role == "injured" and died_right_before(text, num, cues):
            role = "killed"  # بعد وفاة جريحين متأثرين بجراحهما: the wounded who died are dead
        return Figure(
            num.start,
            num.end,
            role,
            int(num.value),
            bool(num.estimated),
            own[0].entry_id,
        )
    of_side = side_verb(text, num, cues)
    if of_side is not None and not nouns:
        return Figure(  # 49 من هؤلاء الرجال ماتوا: the number is the verb's subject
            num.start,
            num.end,
            of_side.entry["type"],
            int(num.value),
            bool(num.estimated),
            of_side.entry_id,
        )
    adjacent_cue = [
        c
        for c in before
        if c.entry.get("type") in ("killed", "injured", "combined")
        and words_between(text, c.end, num.start) - time_words(text, c.end, num.start) <= 1
        and not wound_manner_before_share(text, c, num)
    ]
    verb = object_count_verb(text, num, before)
    if verb is not None and not nouns and not adjacent_cue:
        return Figure(  # قتلت الفصائل ثلاثة من الشبيحة: a count of a side as the verb's object
            num.start, num.end, "killed", int(num.value), bool(num.estimated), verb.entry_id
        )
    shared = risen_shared_count(text, num, cues)
    if shared is not None:  # ارتفع إلى 23 بينهم ستة أطفال عدد الشهداء: the count of the dead
        return Figure(
            num.start,
            num.end,
            "killed" if shared.entry.get("type") == "combined" else shared.entry["type"],
            int(num.value),
            bool(num.estimated),
            shared.entry_id,
        )
    risen = risen_bare_count(text, num, cues)
    own_nouns = [  # إلى 10 بعد مقتل 3 مدنيين: the cause's cue is no noun of the risen count
        c for c in nouns if not RISE_BECAUSE.search(text, num.end, c.start)
    ]
    if risen is not None and not own_nouns and not adjacent_cue:
        return Figure(  # ارتفع عدد القتلى جراء الغارات على كفرنبل إلى 11 بينهم 4 أطفال
            num.start,  # حصيلة ضحايا القصف … إلى 11: the dead, as victims_risen reads «ضحايا»
            num.end,
            "killed" if risen.entry.get("type") == "combined" else risen.entry["type"],
            int(num.value),
            bool(num.estimated),
            risen.entry_id,
        )
    if not (nouns or dual_person or adjacent_cue):
        return None
    died = [c for c in adjacent_cue if c.entry.get("type") == "killed"]
    if died and (
        OF_THE_WOUNDED.match(text, num.end)
        or (
            not (num.vague or num.estimated)  # وفاة عدد من الجرحى: vague, as before
            and WOUNDED_AFTER.match(text, num.end)
            and died_right_before(text, num, cues)
        )
    ):
        return Figure(  # وتوفي ثلاثة من الجرحى: the wounded who died are dead, not wounded
            num.start, num.end, "killed", int(num.value), bool(num.estimated), died[-1].entry_id
        )
    died_after = wounded_then_died(text, num, cues)
    if died_after is not None:
        return Figure(  # ثلاثة جرحى توفوا في المستشفى: the wounded who died are dead
            num.start, num.end, "killed", int(num.value), bool(num.estimated), died_after.entry_id
        )
    role_cue = role_after(text, num, after, cues, numbers or [])
    if (
        role_cue is None and of_side is not None
    ):  # ثلاثة من عناصر البيشمركة قتلوا: the verb's subject
        role_cue = of_side
    if role_cue is None:
        typed = [c for c in before if c.entry.get("type") in ROLE_TYPES]
        role_cue = typed[-1] if typed else None
    if role_cue is not None and victims_risen(text, role_cue, num):
        return Figure(  # ارتفع عدد ضحايا التفجير إلى 13 شخصاً: the count of the dead risen
            num.start, num.end, "killed", int(num.value), bool(num.estimated), role_cue.entry_id
        )
    if (
        role_cue is not None
        and role_cue.entry_id == TWO_CUES
        and role_cue.end <= num.start
        and OTHERS_AFTER.match(text, num.end)
    ):
        return Figure(  # جندي قتل وأصيب اثنان آخران: the others are the second cue's, wounded
            num.start, num.end, "injured", int(num.value), bool(num.estimated), role_cue.entry_id
        )
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


# «ارتفع عدد القتلى / حصيلة الجرحى … إلى N» with no noun after N: N counts that role
RISEN_HEAD = re.compile(
    r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|ليرتفع|لترتفع)\s+(?:ال)?(?:عدد|حصيله)\s+$"
)
RISEN_BARE_TO = norm_re(r"(?<!\w)(?:الي|إلى)\s*$")
RISEN_BARE_AFTER = norm_re(
    r"\s*(?:$|[.,،؛:)»\"]|(?:من\s+)?بينهم(?!\w)|منهم(?!\w)|(?:علي|على)\s+الاقل|(?:وفق|بحسب|حسب)(?!\w)"
    r"|(?:بعد|اثر|إثر|عقب)(?!\w))"  # إلى 11 بعد وفاة أحد الجرحى: why it rose
)
# a region's count (وارتفع عدد القتلى في ريف إدلب اليوم إلى 25) is the day's toll, no event's
RISEN_REGION = re.compile(
    r"(?<!\w)(?:[بفل]|في\s+)?(?:ال)?(?:ريف|ارياف|محافظه|محافظات|مناطق|منطقه|انحاء|سوريا|سوريه|العراق|البلاد)(?!\w)"
    r"(?!\s+(?:في|من)\s+(?:ال)?(?:حي|بلده|مدينه|قريه|مخيم)(?!\w))"  # على منطقة في حي الشعار: a spot
)
RISEN_BARE_WORDS = 12  # the noun of the dead, the event and its town between it and «إلى»


def risen_bare_count(text: str, num: NumberMatch, cues: list[CueHit]) -> CueHit | None:
    """The noun of the dead or the wounded whose count is told risen to a bare number (ارتفع عدد
    القتلى جراء غارات الطيران الحربي على بلدة كفرنبل إلى 11 بينهم 4 أطفال): the count is
    theirs. Not over a period (منذ بداية الشهر: a toll), nor past a clause break or another
    number, nor with a noun after the number (إلى 11 غارة)."""
    if not RISEN_BARE_TO.search(text, max(0, num.start - 8), num.start):
        return None
    if not RISEN_BARE_AFTER.match(text, num.end):
        return None
    for c in reversed([c for c in cues if c.end <= num.start]):
        victims = c.entry.get("type") == "combined" and text[c.start : c.end] in VICTIMS
        if not victims and (
            c.entry.get("type") not in ("killed", "injured") or not c.entry_id.endswith(".noun")
        ):
            continue
        gap = text[c.end : num.start]
        if (
            words_between(text, c.end, num.start) > RISEN_BARE_WORDS
            or re.search(r"[.,،;:؛\d]", gap)
            or RISE_PERIOD.search(gap)
            or RISEN_REGION.search(gap)
        ):
            return None
        if RISEN_HEAD.search(text, max(0, c.start - 30), c.start):
            return c
        if RISEN_NOUN_FIRST.search(text, max(0, c.start - 12), c.start) and RISE_VERB.search(
            gap
        ):  # إن عدد القتلى ارتفع إلى ثمانية: the count named first, the verb after it
            return c
        return None
    return None


# «عدد / حصيلة القتلى» told first, its rise after (قال المرصد لاحقاً إن عدد القتلى ارتفع إلى
# ثمانية؛ فيما أفاد الدفاع المدني بأن حصيلة القتلى ارتفعت إلى سبعة) (session 16, hU5)
RISEN_NOUN_FIRST = re.compile(r"(?<!\w)(?:ال)?(?:عدد|حصيله)\s+$")


# a count told right after the subject of an active killing verb, then «من» a side
OF_A_SIDE = re.compile(r"\s+من\s+\S")
OBJECT_COUNT_WORDS = 3


def object_count_verb(text: str, num: NumberMatch, before: list[CueHit]) -> CueHit | None:
    """The active killing verb whose object is a count of a side (قتلت فصائل المعارضة ثلاثة من
    قوات النظام؛ قتل الجيش الحر ثلاثة من الشبيحة), its subject of at most three words between."""
    if not OF_A_SIDE.match(text, num.end):
        return None
    for c in reversed(before):
        if not (c.entry_id == TRANSITIVE or active_kill(text, c)):
            continue
        gap = text[c.end : num.start]
        if 1 <= words_between(text, c.end, num.start) <= OBJECT_COUNT_WORDS and not re.search(
            r"[.,،;:؛]", gap
        ):
            return c
    return None


VICTIMS = frozenset({"ضحايا", "الضحايا"})
# «عدد / حصيلة ضحايا» told rising to a count, with only the count after «إلى»: the dead, as the
# toll table reads «ضحايا» (وارتفع عدد ضحايا التفجير إلى 13 شخصاً), not killed and wounded
VICTIMS_RISEN = re.compile(
    r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع)\s+(?:(?:ال)?(?:عدد|حصيله)\s+)$"
)
VICTIMS_TO = norm_re(r"(?:\s+[^\s.,،؛:]+){0,4}?\s+(?:الي|إلى)\s+$")


def victims_risen(text: str, cue: CueHit, num: NumberMatch) -> bool:
    """True for «ضحايا» after a rising «عدد / حصيلة» whose count follows «إلى» (ارتفع عدد
    ضحايا التفجير إلى 13 شخصاً)."""
    if cue.entry.get("type") != "combined" or text[cue.start : cue.end] not in VICTIMS:
        return False
    if cue.end > num.start or not VICTIMS_TO.fullmatch(text, cue.end, num.start):
        return False
    return VICTIMS_RISEN.search(text, max(0, cue.start - 40), cue.start) is not None


# years or months right after a number (شاب (25 عاماً)، طفلة، 7 سنوات): an age or a span, no people
AGE_AFTER = norm_re(
    r"\s*(?:عاما|عاماً|عام|اعوام|أعوام|سنه|سنة|سنوات|سنين|شهرا|شهراً|اشهر|أشهر)(?!\w)"
)
OF_THE_WOUNDED = norm_re(r"\s+من\s+(?:ال)?(?:جرحي|جرحى|مصابين|المصابين)(?!\w)")
# the wounded named right after a count with no «من» (توفي ثلاثة جرحى متأثرين بإصاباتهم)
WOUNDED_AFTER = norm_re(r"\s+(?:ال)?(?:جرحي|جرحى|مصابين|مصابون)(?!\w)")


def wounded_then_died(text: str, num: NumberMatch, cues: list[CueHit]) -> CueHit | None:
    """The death verb right after «N جرحى» (ثلاثة جرحى توفوا في المستشفى، أربعة مصابين فارقوا
    الحياة): the count is of the dead. Not a verb joined by و (ثلاثة جرحى وقتل اثنان)."""
    m = None if num.vague or num.estimated else WOUNDED_AFTER.match(text, num.end)
    if m is None:
        return None
    for c in cues:
        if c.start >= m.end() and c.entry.get("type") == "killed" and not c.prefix:
            return c if not text[m.end() : c.start].strip() else None
    return None


# how the wounded were hurt (بجروح متفاوتة، بجراح خطيرة): the manner, not a verb whose count follows
WOUND_MANNER = frozenset(normalize_key(w) for w in ("بجروح", "بجراح", "جروح", "باصابات"))
OF_THEM_AFTER = re.compile(r"\s+(?:منهم|منهن|منهما)(?!\w)")


def wound_manner_before_share(text: str, cue: CueHit, num: NumberMatch) -> bool:
    """True for the manner word of wounds told before a comma and a share of the wounded
    counted before it (إصابة أربعة مدنيين بجروح متفاوتة، اثنان منهم بحالة خطرة؛ بجروح خطيرة،
    2 منهم أطفال): the share is part of the count, never a new one."""
    return (
        normalize_key(text[cue.start : cue.end]) in WOUND_MANNER
        and bool(re.search(r"[,،]", text[cue.end : num.start]))
        and bool(OF_THEM_AFTER.match(text, num.end))
    )


def died_right_before(text: str, num: NumberMatch, cues: list[CueHit]) -> bool:
    """True when a cue of the dead ends right before the number with only a space between
    (وفاة جريحين، توفي ثلاثة جرحى): the wounded counted are those who died. Not a count
    joined by و after the dead (قتيلان و3 جرحى، مقتل شخص وجريحين)."""
    return any(
        c.entry.get("type") == "killed"
        and c.end <= num.start
        and not text[c.end : num.start].strip()
        for c in cues
    )


FATE_OF = re.compile(r"(?<!\w)مصير\s+(?:\S+\s+)?$")  # مصير 643 رجلاً: whose fate is unknown
NO_ONE = re.compile(r"(?<!\w)[وف]?لم\s+(?:يقتل|يصب|يصاب|يتاذ|يتضرر)\s+(?:اي\s+)?احد$")
NO_ONE_TOLD = re.compile(r"(?<!\w)[وف]?لم\s+(?:يقتل|يصب|يصاب|يتاذ|يتضرر)\s+(?:اي\s+)?احد(?!\w)")


# a dual verb agreeing with a count of two (اثنين من عناصر البيشمركة قتلا، أصيبا، استشهدتا)
DUAL_VERB_ENDINGS = ("ا", "تا")


def side_verb(text: str, num: NumberMatch, cues: list[CueHit]) -> CueHit | None:
    """A plural killing or wounding verb after "N من <a few words>" (49 من هؤلاء الرجال ماتوا،
    3 من عناصر الشرطة أصيبوا): the verb agrees with the number told before it."""
    if text[num.end : num.end + 5].split()[:1] != ["من"]:
        return None
    for c in cues:
        if c.start < num.end or c.entry.get("type") not in ("killed", "injured"):
            continue
        first = text[c.start : c.end].split()[0]
        dual = num.value == 2 and first.endswith(DUAL_VERB_ENDINGS) and not first.endswith("وا")
        if c.prefix.startswith("و") or not (first.endswith("وا") or dual):
            return None  # قتلوا، لقوا حتفهم؛ اثنين من عناصر البيشمركة قتلا: agreeing with it
        if has_object(text, c.end):
            return None  # ثلاثة من عناصر الشرطة قتلوا انتحارياً: they killed, they were not killed
        return c if of_side_gap(text[num.end : c.start]) else None
    return None


# whom a plural killing verb can take as its object (ثلاثة من عناصر الشرطة قتلوا انتحارياً)
KILLED_OBJECTS = frozenset(
    normalize_key(w)
    for w in ("انتحاريا", "مسلحا", "ارهابيا", "مهاجما", "قناصا", "عنصرا", "شخصا", "جنديا")
    + ("مقاتلا", "قياديا", "الانتحاري", "المهاجم", "المهاجمين", "المسلح", "المسلحين", "القناص")
    + ("الارهابي", "الارهابيين", "الانتحاريين", "انتحاريين", "مسلحين", "ارهابيين", "مهاجمين")
)


def has_object(text: str, verb_end: int) -> bool:
    """True when the word after a plural killing verb is its object: a number (قتلوا 3 مهاجمين)
    or a fighter noun (قتلوا انتحارياً، قتلوا المهاجم); not a time or manner word (قتلوا عندما،
    قتلوا صباحاً، قتلوا جميعاً)."""
    m = re.match(r"\s+(\S+)", text[verb_end : verb_end + 40])
    if m is None:
        return False
    word = m.group(1).strip(".,،؛:!?؟\"'»)")
    return word[:1].isdigit() or normalize_key(word) in KILLED_OBJECTS


def role_between(start: int, end: int, cues: list[CueHit]) -> bool:
    """True when a killed or wounded cue stands in [start, end): مقتل 3 منهم وإصابة 10 آخرين — the
    wounded are a new group after «منهم», not part of the subset it closes (session 15, hI3)."""
    return any(
        c.entry.get("type") in ("killed", "injured") and start <= c.start < end for c in cues
    )


def in_subset_list(text: str, num: NumberMatch, cues: list[CueHit]) -> bool:
    """True for a later item of a list after a subset marker (بينهم أربعة أطفال وامرأتان)."""
    marks = [
        c
        for c in cues
        if c.entry.get("type") == "subset"
        and c.end <= num.start
        and words_between(text, c.end, num.start) <= SUBSET_GAP_WORDS
    ]
    if not marks or not joined(text, num.start):
        return False
    mark = marks[-1]
    if re.search(r"[,.;:]", text[mark.end : num.start]):
        return False
    return not any(
        c.entry.get("type") in ("killed", "injured", "combined", "captured")
        and mark.end <= c.start < num.start
        for c in cues
    )


def joined(text: str, start: int) -> bool:
    """True for a word joined by و to what precedes it (وامرأتان، و 3)."""
    return text[start : start + 1] == "و" or text[max(0, start - 2) : start].strip().endswith("و")


ONLY_WORDS = ("فقط",)  # أربعة فقط من مقاتليه: "only" does not part a number from its noun


def only_words(text: str, start: int, end: int) -> int:
    """How many words "only" (فقط) lie between two offsets."""
    return sum(1 for w in text[start:end].split() if w in ONLY_WORDS)


# ارتفع عدد القتلى صباح اليوم إلى 9: a time told between the dead and their count parts nothing
TIME_GAP = norm_re(
    r"^(?:\s*(?:صباح|مساء|ليل|ليله|ظهر|فجر|عصر|ظهيره|اليوم|امس|الليله|البارحه|لاحقا|مجددا"
    r"|في\s+وقت\s+لاحق))+\s+(?=(?:الي|إلى)\s*$)"
)


def time_words(text: str, start: int, end: int) -> int:
    """How many time words (صباح اليوم، مساء أمس) lie before "إلى" in the gap between two
    offsets (عدد القتلى صباح اليوم إلى 9); none in any other gap (قتلى صباح اليوم في 3 قرى)."""
    m = TIME_GAP.match(text[start:end])
    return len(m.group(0).split()) if m else 0


def counted_at_once(text: str, num: NumberMatch, cues: list[CueHit]) -> bool:
    """A person noun right after the digits (قتلت الفرقة 25 مسلحاً): a count after a label noun."""
    return any(
        c.start >= num.end
        and words_between(text, num.end, c.start) == 0
        and c.entry.get("type") in PERSON_TYPES
        for c in cues
    )


def counted_noun(text: str, num: NumberMatch, noun: CueHit) -> bool:
    """True when the noun is the thing counted: right after the number, after "من" (12 من مقاتلي), or a casualty noun after "عدد"."""
    between = [w for w in text[num.end : noun.start].split() if w not in ONLY_WORDS]
    if between == ["عدد"] and noun.entry.get("type") in ("killed", "injured"):
        return True  # ارتفع إلى 15 عدد القتلى
    return not between or between in (["من"], ["من", "بين"])


def role_after(
    text: str,
    num: NumberMatch,
    after: list[CueHit],
    cues: list[CueHit],
    numbers: list[NumberMatch] | None = None,
) -> CueHit | None:
    """A killed/injured cue right after the counted noun (21 شخصاً قتلوا، 19 قتيلاً).

    Not the cue of a count joined by و after it (قتيل واحد وثلاثة جرحى: جرحى counts three)."""
    own_cue = any(  # وإصابة 20 آخرين: the number's role is told right before it
        c.entry.get("type") in ("killed", "injured")
        and c.end <= num.start
        and words_between(text, c.end, num.start) <= 1
        for c in cues
    )
    for c in after:
        if any(num.end <= n.start < c.start and joined(text, n.start) for n in numbers or []):
            break
        if c.entry.get("type") in ("killed", "injured", "combined"):
            if and_prefixed(text, c):
                break  # قتل شخصان وأصيب ثالث بجروح: the next clause's cue
            if own_cue and re.search(r"[،,]", text[num.end : c.start]):
                break  # وإصابة 20 آخرين، توفي ثلاثة منهم: the cue of the clause after the comma
            if CLAUSE_TURN.search(text, num.end, c.start):
                break  # وإصابة 14 آخرين، فيما قتل عدد من المسلحين: the next clause's verb
            return c
    nouns = [
        c for c in after if c.entry.get("type") in PERSON_TYPES and counted_noun(text, num, c)
    ]  # the noun this number counts, not the next clause's (استشهد مواطنان وأصيب 7 آخرون بجروح)
    if nouns:
        nxt = [
            c for c in cues if c.start >= nouns[0].end and of_side_gap(text[nouns[0].end : c.start])
        ]  # 11 شخصاً (على الأقل) قتلوا، 4 عناصر من قوات النظام قتلوا
        for c in nxt:
            if (
                c.entry.get("type") in ("killed", "injured", "combined")
                and not and_prefixed(text, c)
                and not CHARGE_OF.search(text, max(0, c.start - 12), c.start)
            ):
                return c
    return None


def and_prefixed(text: str, c: CueHit) -> bool:
    """True for a cue joined by و (وأصيب، وسقوط جرحى: the «falling» cues hold their و)."""
    return c.prefix.startswith("و") or (c.entry_id in FALLS and text[c.start : c.start + 1] == "و")


CLAUSE_TURN = norm_re(
    r"(?<!\w)(?:فيما|بينما|في حين)(?!\w)|[.؛;]|[،,]\s*[وف]"
    r"|[،,]\s*(?:ل[يت](?:رتفع|صل|بلغ)|(?:م?ما\s+|ل)?[يت]رفع)(?!\w)"  # …، ليرتفع / ما يرفع عدد
)

# المطلوبين بجرائم قتل، بتهمة القتل: a killing told as a charge, no one's death
CHARGE_OF = re.compile(r"(?<!\w)(?:[وب]?جراءم|[وب]?جريمه|[وب]?تهمه|[وب]?تهم|[وب]?قضايا)\s+$")


# a short name in brackets after a side (قوى الأمن الداخلي (الأسايش)؛ وحدات حماية الشعب (YPG)):
# the side's other name, no word of the gap (session 16, hR5)
BRACKETED_NAME = re.compile(r"\s*\([^()\n]{1,30}\)")
# a second side joined to the first (سبعة من عناصر قسد وقوى الأمن الداخلي قضوا): «و» and a name
JOINED_SIDE_WORDS = 3


def of_side_gap(gap: str) -> bool:
    """True for nothing, "at least" or a short "of X" between a counted noun and its verb; X may
    hold a bracketed other name and a second side joined by و."""
    gap = BRACKETED_NAME.sub("", gap)
    gap = HEDGES.sub("", gap).strip(" ")
    gap = SUBSET_GAP.sub("", gap).strip(" ")  # سبعة أشخاص بينهم طفلان قتلوا
    if not gap:
        return True
    rel = RELATIVE_TAIL.search(gap)
    if rel is not None:  # أربعة من مقاتلي اللواءين 14 و46 الذين استشهدوا: the people counted
        head = gap[: rel.start()].split()
        return len(head) <= OF_SIDE_WORDS and not re.search(r"[,.;:]", gap)
    words = gap.split()
    if re.search(r"\d", gap):
        return False  # جثث ثمانية مدنيين من تحت الأنقاض وإسعاف 23 جريحاً: the next count's noun
    limit = OF_SIDE_WORDS + 1
    if any(w.startswith("و") and len(w) > 2 for w in words[2:]):
        limit += JOINED_SIDE_WORDS  # من عناصر قسد وقوى الأمن الداخلي: two sides joined
    return words[0] == "من" and len(words) <= limit and not re.search(r"[,.;:]", gap)


SUBSET_PHRASE = norm_re(r"(?<!\w)(?:من )?بينه(?:م|ن|ما)(?: \S+){1,2}?(?= في| ب| على|$)")


def gap_words(text: str, start: int, end: int) -> int:
    """Words in text[start:end] not counting a subset phrase (أربعة مدنيين بينهم طفلة في كفرنبودة)."""
    gap = SUBSET_PHRASE.sub("", text[start:end])
    gap = HEDGES.sub("", gap)  # 146 مدنيا على الأقل في كوباني: "at least" parts nothing
    return len(re.findall(r"\w+", gap))


def total(figures: list[Figure], role: str) -> tuple[int | None, bool]:
    """Sum of the figures of one role, and whether any of them was an estimate."""
    chosen = [f for f in figures if f.role == role]
    if not chosen:
        return None, False
    return sum(f.value for f in chosen), any(f.estimated for f in chosen)


def groups_before(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure], taken
) -> list[Figure]:
    """A counted group joined by و to a later figure whose verb follows the list
    (ثمانية متظاهرين وأربعة من منتسبي القوات الأمنية أصيبوا): it shares that figure's role."""
    out = []
    for num in numbers:
        if num.value is None or num.kind in SKIP_KINDS or overlaps(num, taken):
            continue
        if any(f.start <= num.start < f.end for f in figures):
            continue
        dual = num.kind == "dual" and num.counts == "person"
        if not counted_at_once(text, num, cues) and not dual:
            continue
        nxt = [
            f
            for f in figures
            if f.start >= num.end
            and words_between(text, num.end, f.start) <= LIST_GAP_WORDS
            and joined(text, f.start)
            and not re.search(r"[,.;:،؛]", text[num.end : f.start])
        ]
        if not nxt:
            continue
        f = nxt[0]
        if any(c.entry.get("type") in ROLE_TYPES and num.end <= c.start < f.start for c in cues):
            continue
        if (
            any(
                c.entry.get("type") in ROLE_TYPES
                and c.start > f.end
                and words_between(text, f.end, c.start) <= OF_SIDE_WORDS + 2
                for c in cues
            )
            is False
        ):
            continue  # the role must come from a verb after the list
        if any(
            c.entry.get("type") == "subset"
            and c.end <= num.start
            and words_between(text, c.end, num.start) <= SUBSET_GAP_WORDS
            for c in cues
        ):
            continue
        out.append(
            Figure(
                num.start,
                num.end,
                f.role,
                int(num.value),
                bool(num.estimated),
                f.cue + "+list_before",
            )
        )
    return out


SCOPE_NEAR = re.compile(
    r"(?:\s+\S+){0,2}?\s+في\s+(?:عموم\s+|انحاء\s+|مختلف\s+)?(?:سوريا|سوريه|العراق)(?!\w)"
)
SCOPE_CLAUSE = re.compile(
    r"(?<!\w)(?:و)?عدد(?:ا)?\s+من\s+(?:المدن|المحافظات|البلدات|المناطق)(?!\w)"
    r"|(?<!\w)(?:مدن|محافظات|مناطق)\s+(?:عده|عديده|متفرقه)(?!\w)"
)


def country_scope(text: str, fig: Figure, end: int) -> bool:
    """A count told for a whole country (127 شهيداً في سوريا اليوم) or for many towns at
    once (قتل أكثر من مئة … في سلسلة تفجيرات ضربت بغداد وعدداً من المدن): a summary, no event's."""
    if SCOPE_NEAR.match(text, fig.end, min(end, fig.end + 40)):
        return True
    stops = [i for i in (text.find(c, fig.end, end) for c in ".،,;؛") if i >= 0]
    clause_end = min(stops, default=end)
    return bool(SCOPE_CLAUSE.search(text, fig.end, clause_end))


PROTESTED_TOPICS = ("background.protested_about",)
# a topic ends with its clause, or where a relative clause tells the topic's own event (استنكاراً
# للغارات التي استهدفت المدينة وأدت إلى مقتل 10 مدنيين: that strike's dead)
TOPIC_END = norm_re(r"[,.;:،؛\n]|(?<!\w)و?(?:التي|الذي|اللتين|اللذين|الذين)(?!\w)")


def protested_topics(
    text: str, start: int, end: int, mentions: DocMentions
) -> list[tuple[int, int]]:
    """The spans of what a protest is held against (تنديداً باغتيال الناشط، احتجاجاً على مقتل
    ثلاثة متظاهرين أمس): the dead named there are the cause of the protest, not its own dead;
    each span runs from the marker to the end of its clause or to a relative clause."""
    spans = []
    for hit in mentions.inside("modality", start, end):
        if hit.entry_id in PROTESTED_TOPICS:
            stop = TOPIC_END.search(text, hit.end, end)
            spans.append((hit.end, stop.start() if stop else end))
    return spans


# a definite cardinal after a definite or possessed plural of people (مقتل المهاجمين الثلاثة،
# مقتل امرأة وأطفالها الأربعة، ما أدى إلى مقتل ركابها الثلاثة، قتلت القوات الانتحاريين الأربعة)
POSTPOSED_STEMS = frozenset(
    normalize_key(w)
    for w in (
        "اطفال",
        "ابناء",
        "اولاد",
        "اشقاء",
        "ركاب",
        "افراد",
        "عناصر",
        "جنود",
        "مرافقي",
        "مرافقين",
        "حراس",
        "مهاجمين",
        "مهاجمون",
        "انتحاريين",
        "انتحاريون",
        "مسلحين",
        "مسلحون",
        "ارهابيين",
        "ارهابيون",
        "شبان",
        "رجال",
        "نساء",
        "فتيات",
        "عمال",
        "صحفيين",
        "صحفيون",
        "مسعفين",
        "متطوعين",
        "ناشطين",
        "مدنيين",
        "مدنيون",
        "ضحايا",
        "شهداء",
        "قتلي",
        "جرحي",
        "مصابين",
        "مقاتلين",
        "مقاتلون",
        "اخوه",
        "اخوات",
        "بنات",
        "طلاب",
        "موظفين",
        "عسكريين",
        "ضباط",
    )
)
POSSESSIVE = re.compile(r"(?:هما|هم|هن|ها|ه|نا)$")
POST_WORD = re.compile(r"(\S+)\s+$")
POST_WORD_AT = re.compile(r"(?<!\S)\S+\s+$")  # the indefinite number right after a word
POST_JOIN_WORDS = 5  # the count's noun and its side (عناصر من قوات النظام) before و
POST_CUE_WORDS = 2  # قتل جميع المهاجمين الثلاثة: the cue, a quantifier, the people


def postposed_counts(
    text: str, cues: list[CueHit], numbers: list[NumberMatch], figures: list[Figure], taken
) -> list[Figure]:
    """A definite cardinal told after its people (المهاجمين الثلاثة): it counts them, and
    their role comes from the killing or wounding cue right before them, else from the figure
    they are joined to by و (مقتل امرأة وأطفالها الأربعة)."""
    out: list[Figure] = []
    for num in numbers:
        if num.value is None or num.kind in SKIP_KINDS or overlaps(num, taken):
            continue
        if any(f.start <= num.start < f.end for f in figures):
            continue
        definite = text[max(0, num.start - 2) : num.start] == "ال"
        # an indefinite number word after an indefinite plural joined by و (مقتل 3 عناصر من
        # الفصائل ومدنيين اثنين): it counts them too, the role from the figure joined to
        if not definite and (
            num.vague
            or not num.rule.startswith("words:")
            or not POST_WORD_AT.search(text, 0, num.start)
        ):
            continue
        m = POST_WORD.search(text, max(0, num.start - 32), num.start - (2 if definite else 0))
        if m is None:
            continue
        word = m.group(1)
        if not definite and (not word.startswith("و") or word[1:].startswith("ال")):
            continue
        bare = re.sub(r"^[وف]?(?:ال|لل|بال)?", "", word)
        stem = bare if bare in POSTPOSED_STEMS else POSSESSIVE.sub("", bare)
        if normalize_key(stem) not in POSTPOSED_STEMS:
            continue
        noun_start = m.start(1)
        role = None
        own = [
            c
            for c in cues
            if c.start <= noun_start < c.end and c.entry.get("type") in ("killed", "injured")
        ]
        before = [
            c
            for c in cues
            if c.end <= noun_start
            and c.entry.get("type") in ("killed", "injured", "combined")
            and words_between(text, c.end, noun_start) <= POST_CUE_WORDS
            and not re.search(r"[,.;:،؛]", text[c.end : noun_start])
        ]
        if own:
            if any(f.role == own[0].entry["type"] for f in figures):
                continue  # القتلى الثلاثة: the dead already counted, named again
            role = own[0].entry["type"]
        elif before:
            role = before[-1].entry["type"]
        elif word.startswith("و"):
            reach = 1 if definite else POST_JOIN_WORDS  # 3 عناصر من الفصائل ومدنيين اثنين
            prev = [
                f
                for f in figures + out
                if f.end <= noun_start
                and words_between(text, f.end, noun_start) <= reach
                and not re.search(r"[,.;:،؛]", text[f.end : noun_start])
            ]
            role = prev[-1].role if prev else None
        if role not in ("killed", "injured"):
            continue
        out.append(
            Figure(num.start, num.end, role, int(num.value), bool(num.estimated), "postposed")
        )
    return out


# وارتفع عدد الشهداء إلى 9 بعد وفاة طفل متأثراً بجراحه: the death is already in the new count;
# وفاة متعاقد إثر نوبة قلبية: a natural death, no casualty of the event
RISE_IN = re.compile(r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع|لتستقر|تستقر)(?!\w)")
NATURAL_DEATH = re.compile(r"(?<!\w)(?:نوبه قلبيه|ازمه قلبيه|سكته)(?!\w)")


def death_told_as_rise_cause(text: str, fig: Figure, start: int, end: int) -> bool:
    """True for a death told by وفاة that only explains a risen count, or a natural death."""
    if not fig.cue.startswith("killed.verb"):
        return False
    window = text[max(start, fig.start - 30) : fig.start]
    if "وفاه" not in window:
        return False
    stop = CLAUSE_BREAK.search(text, fig.end, end)
    clause_end = stop.start() if stop else end
    if NATURAL_DEATH.search(text, fig.end, clause_end):
        return True
    return bool(RISE_IN.search(text, start, end))  # لتستقر الحصيلة عند 11: the death is in it
