"""Merge the mentions of one event across an article (codebook §1).

Two mentions are one event when they have the same action, compatible places (the same
town; or one has no place; or one is a governorate/country that contains the other),
no conflicting dates, and compatible actors (each of actor1/actor2 empty or of the same
family, or actor1s that are each other's partners (assoc); for a clash the two sides
unordered; civilians told by a headline or a follow-up agree with the fighters the body names).
Of the fitting events a mention joins the one told most recently. A mention that says the strike was another
one (غارات أخرى) starts a new event. The merged event keeps the first mention's evidence,
the most specific place (named over inherited, town over region, lower precision number),
the first date, casualty figure and source found, and the other same-family actor1s as
assoc_actor1. A definite action noun (الهجوم، الغارات) restates an event already told and
may name a place up to RESTATEMENT_KM away (a village of the area attacked), and so may a
mention whose place was only inherited from the focus. A headline summarises: its place
(الرقة) may stand for its governorate, so it joins a body event of the same governorate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflictlib.extract.cues import words_between
from conflictlib.extract.document import DocMentions, hits_of
from conflictlib.extract.events import Candidate
from conflictlib.extract.places import LIST_NOUNS, WIDE_KINDS
from conflictlib.lexicons.gazetteer import Place, distance_km
from conflictlib.normalize import norm_re, normalize_key

RESTATEMENT_KM = 25.0
SAME_TOWN_KM = 3.0
PLACE_RULE_RANK = {
    "anaphor": 1,
    "unknown_name_near_focus": 2,
    "focus": 2,
    "unnamed_place": 3,
    "no_place": 3,
}


@dataclass
class Cluster:
    """The mentions merged into one event."""

    members: list[Candidate] = field(default_factory=list)

    @property
    def first(self) -> Candidate:
        """The first mention (its evidence is the event's)."""
        return self.members[0]

    @property
    def action(self) -> str:
        """The shared action: that of the first mention whose action a cue decided.

        A bare قصف told first (ثمانية قتلى بقصف تركي) takes the action of the air strike
        that a later mention names (إثر غارة نفذتها طائرة مسيّرة).
        """
        decided = [m for m in self.members if not m.weak_action]
        told = [m for m in decided if not (m.headline and attack_noun_only(m))]
        if told and len(told) < len(decided):
            decided = told  # a headline's bare "attack" takes the action the body tells
        actions = {m.action for m in decided}
        if actions == {"clash", "attack"} and all(
            attack_noun_only(m) for m in decided if m.action == "clash"
        ):
            return "attack"  # the mention that names civilian victims decides the attack noun
        return (decided or self.members)[0].action

    def best_place(self) -> Candidate | None:
        """The member with the most specific place."""
        placed = [m for m in self.members if m.place is not None]
        if not placed:
            return None
        refining = [
            m
            for m in placed
            if any(refines_seat(m, o) for o in placed)
            and all(o.place.id == m.place.id or refines_seat(m, o) for o in placed)
        ]
        if refining:
            return refining[0]  # the town a later sentence locates the act at, not the seat
        return min(
            placed,
            key=lambda m: (
                0 if body_stand_in(m, placed) else PLACE_RULE_RANK.get(m.place_rule, 0),
                m.headline,
                m.place.kind in WIDE_KINDS,
                is_restatement(m),
                m.precision or 3,
            ),
        )

    def value(self, attr: str) -> object:
        """The first non-empty value of an attribute among the members."""
        for m in self.members:
            v = getattr(m, attr)
            if v not in (None, ""):
                return v
        return None

    def actors(self, which: str) -> list[str]:
        """Non-empty actor ids of one role, in mention order."""
        return [getattr(m.roles, which) for m in self.members if getattr(m.roles, which)]


def body_stand_in(m: Candidate, placed: list[Candidate]) -> bool:
    """True for a body mention at a village the gazetteer lacks, placed near a town, merged with
    a headline that names only that town (قوات النظام تسيطر على عدة قرى قرب مورك / سيطرت على قرى
    زعرورة …): the village is the more specific place, so it names the event."""
    return (
        m.place_rule == "unknown_name_near_focus"
        and not m.headline
        and all(o.headline for o in placed if o is not m and o.place_rule != m.place_rule)
        and any(o.headline for o in placed)
    )


def places_compatible(a: Candidate, b: Candidate) -> bool:
    """Same town, one unplaced, one a region that contains the other, or a nearby restatement."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.id == pb.id:
        return True
    if refines_seat(b, a) or refines_seat(a, b):
        return True  # في إدلب … وقع الهجوم الجوي قرب بلدة بليون: the governorate, then its town
    if stands_apart(a, b) or stands_apart(b, a):
        return False
    if "~" in pa.id and "~" in pb.id and pa.name_ar != pb.name_ar:
        return False  # قرية المتونة and قرية طربا, two villages the gazetteer lacks: two places
    if (
        pa.kind not in WIDE_KINDS
        and pb.kind not in WIDE_KINDS
        and distance_km(pa, pb) <= SAME_TOWN_KM
    ):
        if two_named_towns(a, b):
            return False  # كفربطنا and سقبا, 1.2 km apart, each named: two towns, two events
        return True  # two gazetteer entries for one town
    weak = {"focus", "anaphor", "same_action_in_sentence", "unknown_name_near_focus"}
    if (is_restatement(b) or b.place_rule in weak or a.place_rule in weak) and distance_km(
        pa, pb
    ) <= RESTATEMENT_KM:
        return True
    if (
        (a.headline or b.headline)
        and pa.admin1
        and pa.admin1 == pb.admin1
        and pa.country == pb.country
    ):
        return True
    inherited = {"focus", "anaphor"}
    if a.place_rule in inherited and b.place_rule in inherited:
        return False
    return contains(pa, pb) or contains(pb, pa)


TOWN_KINDS = frozenset({"town", "village", "city"})
# class words and compass words that two names of one place may share with any other name
NAME_FILLERS = frozenset(
    {
        "ناحيه",
        "قضاء",
        "قريه",
        "بلده",
        "مدينه",
        "منطقه",
        "مخيم",
        "حاوي",
        "مجمع",
        "منفذ",
        "شمالي",
        "جنوبي",
        "شرقي",
        "غربي",
        "الشرقي",
        "الغربي",
        "الشمالي",
        "الجنوبي",
        "الشرقيه",
        "الغربيه",
        "الشماليه",
        "الجنوبيه",
        "الكبري",
        "الصغري",
        "التحتاني",
        "الفوقاني",
    }
)


def name_words(p: Place) -> set[str]:
    """The distinctive words of a place's Arabic names."""
    names = [p.name_ar or "", *getattr(p, "aliases", ())]
    return {
        w for n in names for w in normalize_key(n).split() if len(w) >= 4 and w not in NAME_FILLERS
    }


def two_named_towns(a: Candidate, b: Candidate) -> bool:
    """True for two towns a few km apart that the text names each by a name of its own (not two
    gazetteer entries of one town, whose names share a word): two places, two events (§1)."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.kind not in TOWN_KINDS or pb.kind not in TOWN_KINDS:
        return False
    if a.place_rule != "named" or b.place_rule != "named" or is_restatement(b):
        return False
    wa, wb = name_words(pa), name_words(pb)
    return bool(wa and wb and not wa & wb)


INHERITED_RULES = frozenset({"focus", "anaphor", "same_action_in_sentence"})


def stands_apart(village: Candidate, other: Candidate) -> bool:
    """A village the gazetteer lacks (قرى بوراز وسفتك) stands at the town it was told near, but
    it is another place: it joins no event named at that town or another town (the headline's
    تقصف كوباني is Kobani itself), only one placed by reference, at an area holding it (a
    governorate, the countryside or outskirts of a town) or told as villages by a plural noun."""
    pv, po = village.place, other.place
    if pv is None or po is None or STAND_IN not in pv.id or po.kind in WIDE_KINDS:
        return False
    if VILLAGES_TOLD in other.notes or (other.precision or 1) >= 2:
        return False  # تحرر تسع قرى في محور بعشيقة؛ غارات على ريف حماة: the area of the villages
    return other.place_rule not in INHERITED_RULES and not is_restatement(other)


VILLAGES_TOLD = "villages told"


def mark_village_summaries(cands: list[Candidate], mentions: DocMentions) -> None:
    """Note the mentions whose clause tells villages by a plural noun (تسع قرى في محور X):
    the villages a later list names may join them."""
    for c in cands:
        if not c.cues:
            continue
        start = min(cue.start for cue in c.cues)
        nouns = hits_of(mentions.inside("place_marker", start, c.span[1]), "class_noun")
        if any(
            n.surface[len(n.prefix) :] in LIST_NOUNS and not n.prefix.endswith(("ال", "لل"))
            for n in nouns
        ):
            c.notes.append(VILLAGES_TOLD)


# a definite noun of the act told with a verb that places it (وقع الهجوم الجوي قرب بلدة بليون؛
# جرى القصف على قرية …؛ وكانت الغارة قد استهدفت بلدة …؛ الانفجار الذي وقع في سوق …)
LOCATING_BEFORE = norm_re(
    r"(?<!\w)و?(?:قد\s+)?(?:وقع|وقعت|جرى|جرت|حدث|حدثت|استهدف|استهدفت|طال|طالت|ضرب|ضربت)"
    r"\s+(?:\S+\s+)?$"
)
LOCATING_AFTER = norm_re(
    r"^(?:\s+\S+){0,2}?\s+(?:قد\s+|الذي\s+|التي\s+)?"
    r"(?:وقع|وقعت|جرى|جرت|حدث|حدثت|استهدف|استهدفت|طال|طالت|ضرب|ضربت)(?!\w)"
)
LOCATES = "locates the act told"
SEAT = "governorate seat"


def mark_locating_restatements(
    cands: list[Candidate], mentions: DocMentions, seats: frozenset[str]
) -> None:
    """Note the definite restatements that place the act at a town of their own (وقع الهجوم
    الجوي قرب بلدة بليون) and the mentions placed at a town bearing its governorate's name (في
    إدلب: the governorate may be meant)."""
    text = mentions.text
    for c in cands:
        if c.place is not None and c.place.id in seats and not city_told(c, text):
            c.notes.append(SEAT)
        if (
            c.headline
            or c.place is None
            or c.place.kind in WIDE_KINDS
            or c.place.id in seats
            or c.place_rule in INHERITED_RULES
            or not c.cues
            or not all(cue.prefix.endswith(("ال", "لل")) for cue in c.cues)  # القصف: a noun
        ):
            continue
        first = min(c.cues, key=lambda cue: cue.start)
        last = max(c.cues, key=lambda cue: cue.end)
        if LOCATING_BEFORE.search(text, max(0, first.start - 30), first.start) or (
            LOCATING_AFTER.match(text[last.end : last.end + 40])
        ):
            c.notes.append(LOCATES)


CITY_NOUN = norm_re(r"(?<!\w)[وبل]?(?:ال)?مدين[ةه]\s+$")


def city_told(c: Candidate, text: str) -> bool:
    """True when the mention names its seat as a city (على مدينة الرقة): the city is meant."""
    lo, hi = c.span
    for name in {normalize_key(n) for n in (c.place.name_ar, *c.place.aliases) if n}:
        for m in re.finditer(r"(?<!\w)[وبل]?" + re.escape(name) + r"(?!\w)", text[lo:hi]):
            if CITY_NOUN.search(text, max(0, lo + m.start() - 12), lo + m.start()):
                return True
    return False


def refines_seat(town: Candidate, seat: Candidate) -> bool:
    """True when ``town`` restates the act at a town of the governorate ``seat`` named by its
    seat (في إدلب … وقع الهجوم الجوي قرب بلدة بليون, 29 km from the city of Idlib): the town
    narrows the place down, it tells no other event."""
    pt, ps = town.place, seat.place
    return (
        pt is not None
        and ps is not None
        and LOCATES in town.notes
        and SEAT in seat.notes
        and pt.id != ps.id
        and bool(pt.admin1)
        and pt.admin1 == ps.admin1
        and pt.country == ps.country
    )


STAND_IN = "~"  # id of a stand-in place for a village the gazetteer lacks (town~name)


def is_restatement(c: Candidate) -> bool:
    """A definite action noun (الهجوم، صد الهجمات) refers back to an event already told."""
    nouns = [cue for cue in c.cues if cue.entry.get("pos") != "verb"]
    return bool(nouns) and all(cue.prefix.endswith(("ال", "لل")) for cue in nouns)


# A region spanning several governorates (the gazetteer gives it no admin1 of its own).
REGION_GOVERNORATES = {
    "region_iq_kurdistan": ("Erbil", "Dahuk", "Sulaymaniyah", "Halabja"),
}


def contains(wide: Place, inner: Place) -> bool:
    """True if `wide` is a governorate/country/region that holds `inner`."""
    if wide.kind == "country":
        return inner.country == wide.country
    if wide.id in REGION_GOVERNORATES:
        return inner.country == wide.country and inner.admin1 in REGION_GOVERNORATES[wide.id]
    if wide.kind in ("governorate", "region"):
        return bool(inner.admin1) and inner.admin1 == wide.admin1 and inner.country == wide.country
    return False


def actors_compatible(a: Candidate, b: Candidate, family: dict[str, str]) -> bool:
    """No actor of one mention contradicts the other's (families compared)."""

    def fam(x: str) -> str:
        """An actor's family (itself when unknown)."""
        return family.get(x, x)

    a1, a2, b1, b2 = (
        "" if x == UNIDENTIFIED else fam(x)
        for x in (a.roles.actor1, a.roles.actor2, b.roles.actor1, b.roles.actor2)
    )
    if a.action == "clash":
        sa, sb = {x for x in (a1, a2) if x}, {x for x in (b1, b2) if x}
        return len(sa | sb) <= 2  # a clash has two sides, whatever order they are named in
    if a.action in TERRITORY and a1 and a1 == b1 and same_town(a, b):
        return True  # a town changes hands once: the side it was taken from is told loosely
    if (
        a.action in TERRITORY
        and (not a1 or not b1)
        and (a.headline or b.headline)
        and same_town(a, b)
    ):
        return True  # تحرير مدينة هجين: a headline naming no taker tells the body's capture
    partnered = a1 in {fam(x) for x in b.roles.assoc} or b1 in {fam(x) for x in a.roles.assoc}
    same1 = not a1 or not b1 or a1 == b1 or partnered  # one side's partner tells it as its own
    summary = CIVILIANS in (a2, b2) and any(
        m.headline
        or m.place is None
        or m.place_rule in INHERITED
        or m.place_rule == NEXT_CLAUSE  # اغتيل القيادي …، برصاص مجهولين في بلدة: one killing
        for m in (a, b)
    )  # a headline or a follow-up names the harmed loosely (مستشفى) where the body names fighters
    loose2 = bool(a1) and a1 == b1 and (loose_actor2(a) or loose_actor2(b))
    same2 = not a2 or not b2 or a2 == b2 or summary or loose2
    crossed = bool(a1) and a1 in (b2,) or bool(b1) and b1 in (a2,)
    return same1 and same2 and not crossed


def loose_actor2(c: Candidate) -> bool:
    """True when a mention's actor2 was read loosely: from a counted noun (مقتل عدد من
    المقاتلين) or from a name with no target/victim marker (a purpose clause: مواقع تتولى منع
    تسلل عصابات داعش). Such an actor2 does not keep the mention from the event it retells."""
    a2 = c.roles.actor2
    if not a2:
        return False
    told = [e for e in c.roles.evidence if e.startswith(a2 + "<-")]
    return bool(told) and all(
        e.endswith(":unmarked") or ("|counted" in e and e.startswith(a2 + "<-anaphor:"))
        for e in told
    )  # not عدد من المقاتلين من قوات سوريا الديمقراطية: a side named, not a generic word


def same_town(a: Candidate, b: Candidate) -> bool:
    """Both mentions name (or inherit) the same town."""
    return a.place is not None and b.place is not None and a.place.id == b.place.id


def dates_compatible(a: Candidate, b: Candidate) -> bool:
    """No two different dates, unless one is only the day a report was told (أفاد مصدر، اليوم
    الثلاثاء، باستشهاد جنديين …) and the other the day before it that the body gives the
    event (هاجمت مجموعة مسلحة، ليل أمس، نقطة …)."""
    da = a.date.date if a.date is not None else None
    db = b.date.date if b.date is not None else None
    if da is None or db is None or da == db:
        return True
    return told_before_report(a, b) or told_before_report(b, a)


REPORT_LAG_DAYS = 2  # a report told today of an event of yesterday or the day before


def is_report_date(c: Candidate) -> bool:
    """True when a mention's only date is its report frame's 'today' (أعلنت الهيئة، اليوم، صد …)."""
    return (
        c.date is not None
        and (str(getattr(c, "date_rule", "")).startswith("frame:") or REPORT_DAY in c.notes)
        and getattr(c.date, "offset_days", None) == 0
    )


REPORT_DAY = "report day shared"


def mark_shared_report_days(cands: list[Candidate]) -> None:
    """A later clause of a sentence dated only by the day its report frame tells (أفاد مصدر،
    يوم الثلاثاء، بإصابة جنديين …، فيما صدت قوة هجوماً …؛ صعّدت القوات، اليوم، قصفها … عقب
    الهجوم على …) borrows that report day: it is no more the day of its own event than the
    frame's, and gives way to the day the body tells it (هاجموا مساء أمس)."""
    frames = {
        (c.sentence, id(c.date))
        for c in cands
        if c.date is not None and str(c.date_rule).startswith("frame:")
    }
    for c in cands:
        if (
            c.date is not None
            and str(c.date_rule).startswith("same_sentence:")
            and (c.sentence, id(c.date)) in frames
        ):
            c.notes.append(REPORT_DAY)


def told_before_report(report: Candidate, own: Candidate) -> bool:
    """True when ``report`` is dated only by its report frame and ``own`` a day or two before."""
    if not is_report_date(report) or is_report_date(own):
        return False
    lag = (report.date.date - own.date.date).days
    return 0 < lag <= REPORT_LAG_DAYS


# a mention told as what happened a time before or after the event (وذلك بعد يوم من مقتل 12
# آخرين في قصف مماثل على المدينة؛ بعد ساعات على غارات مماثلة): not the event of its sentence
TIME_APART = norm_re(
    r"(?<!\w)بعد\s+(?:(?:نحو|قرابه|اقل\s+من|اكثر\s+من)\s+)?(?:\S+\s+)?"
    r"(?:يوم|يومين|ايام|ساعات|ساعه|ساعتين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)"
    r"\s+(?:من|على|علي)(?!\w)"
)
TIME_APART_WORDS = 6  # بعد يوم من مقتل 12 آخرين في: the dead between the marker and the cue


def told_time_apart(c: Candidate, mentions: DocMentions) -> bool:
    """True when the mention's cue follows «بعد يوم / ساعات / أيام من» in its own part and it
    counts dead or wounded of its own; with no count (بعد ساعات من استئناف القصف على المدينة)
    it is background that may join the event."""
    if not c.cues or not c.figures:
        return False
    text = mentions.text
    cue = c.cues[0]
    lo = max(c.span[0], cue.start - 80)
    hits = list(TIME_APART.finditer(text, lo, cue.start))
    return bool(hits) and words_between(text, hits[-1].end(), cue.start) <= TIME_APART_WORDS


# a sentence opened as a separate story (وفي سياق منفصل، في حادث منفصل، وفي حادثة أخرى، في
# تطور منفصل): its acts are none of the events told before it (session 16, hH5)
SEPARATE_STORY = norm_re(
    r"\s*[\"«]?[وف]?(?:في|فى)\s+(?:سياق|حادث|حادثة|حادثه|تطور|هجوم|عملية|عمليه)\s+"
    r"(?:منفصل|منفصلة|منفصله|آخر|اخر|أخرى|اخرى|اخري)(?!\w)"
)
SENTENCE_END = norm_re(r"[.!?؟\n]")


def told_apart(c: Candidate, text: str) -> bool:
    """True when the mention's sentence opens with «وفي سياق منفصل» or the like before its cue."""
    if not c.cues:
        return False
    cue = min(c.cues, key=lambda h: h.start)
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, cue.start - 400), cue.start)]
    start = ends[-1] if ends else max(0, cue.start - 400)
    return bool(SEPARATE_STORY.match(text, start))


def says_another(c: Candidate, mentions: DocMentions) -> bool:
    """True when a cue of the mention is followed by أخرى / جديدة (another strike)."""
    text = mentions.text
    for cue in c.cues:
        for m in mentions.inside("modality", cue.end, min(len(text), cue.end + 40)):
            if m.entry.get("type") == "distinct" and words_between(text, cue.end, m.start) <= int(
                m.entry.get("window", 2)
            ):
                return True
    return False


def merge_candidates(
    cands: list[Candidate],
    family: dict[str, str],
    mentions: DocMentions,
    seats: frozenset[str] = frozenset(),
) -> list[Cluster]:
    """Cluster mentions into events, in order of first mention.

    ``seats``: ids of the towns that bear their governorate's name (إدلب، حماة، كركوك).
    """
    clusters: list[Cluster] = []
    mark_village_summaries(cands, mentions)
    mark_locating_restatements(cands, mentions, seats)
    mark_shared_report_days(cands)
    attacked = {
        c.place.id
        for c in cands
        if not c.headline
        and c.place is not None
        and c.action in ("clash", "attack")
        and not refers_to_attack(c)
    }  # places where the body tells an attack or a clash itself (not «الهجوم» told before)
    for c in cands:
        if pronoun_restatement(c, mentions.text):
            # وهو هجوم تبنته جماعة …: the event just told in the sentence, or background
            near = [k for k in clusters if k.members[-1].sentence == c.sentence]
            if near:
                c.weak_action = True  # the event restated keeps its own action
                max(near, key=latest_told).members.append(c)
            continue
        claimed = claimed_strike(c, clusters, mentions.text)
        if claimed is not None:  # تبنت المقاومة الإسلامية هجوماً على قاعدة حرير: the strike told
            c.weak_action = True
            claimed.members.append(c)
            continue
        open_to = clusters  # a lead told at several towns at once sums them up: it joins none
        if c.place is not None and c.place.kind not in WIDE_KINDS:
            open_to = [k for k in clusters if not several_towns_summary(k, mentions.text)]
        elif several_towns_summary(Cluster([c]), mentions.text):
            open_to = [k for k in clusters if several_towns_summary(k, mentions.text)]
        if told_time_apart(c, mentions):  # وذلك بعد يوم من مقتل 12 في قصف مماثل: not the event
            # of its own sentence it is told apart from (a headline's may still be it)
            open_to = [k for k in open_to if all(m.sentence != c.sentence for m in k.members)]
        if told_apart(c, mentions.text):  # وفي سياق منفصل، …: a new story, none the body told
            # before (a headline's summary may still be it: وفي حادثة أخرى … أعدموا 16)
            open_to = [
                k for k in open_to if all(m.headline or m.sentence >= c.sentence for m in k.members)
            ]
        if says_another(c, mentions):  # غارة أخرى، نقاط جديدة: none told in the body before; a
            # headline told alone so far sums it up (قسد تتقدم داخل مخيم الباغوز … تمكنوا من
            # السيطرة على نقاط جديدة داخل المخيم) (session 18, hM7)
            open_to = [k for k in open_to if all(m.headline for m in k.members)]
        target = find_cluster(open_to, c, family, attacked)
        if target is not None:
            add_more_of_the_same(target, c, mentions.text)
        if target is None:
            clusters.append(Cluster([c]))
        else:
            target.members.append(c)
    return drop_headline_summaries(clusters, mentions.text)


# a lead told at several towns at once (قتل 88 شخصاً برصاص قوات الأمن التي أطلقت النار على
# متظاهرين في عدة مدن): a summary of the protests told town by town after it, none of which it
# is; it keeps its own total (session 14, hO)
SEVERAL_TOWNS_TOLD = re.compile(
    r"(?<!\w)في\s+(?:عده\s+(?:مدن|مناطق|بلدات|محافظات)|(?:مدن|مناطق|بلدات)\s+(?:عده|متفرقه|مختلفه)"
    r"|مختلف\s+(?:المدن|المناطق|المحافظات)|انحاء\s+(?:متفرقه\s+من\s+)?(?:البلاد|سوريا|سوريه|العراق))(?!\w)"
)


def several_towns_summary(k: Cluster, text: str) -> bool:
    """True for a cluster of protest mentions with no town (none, or a country or governorate),
    each told at several towns at once (a strike's lead «في عدة مناطق» still joins its town: dev5's
    Koya)."""
    return all(
        m.action == "protest"
        and (m.place is None or m.place.kind in WIDE_KINDS)
        and SEVERAL_TOWNS_TOLD.search(text, m.span[0], m.span[1])
        for m in k.members
    )


def drop_headline_summaries(clusters: list[Cluster], text: str = "") -> list[Cluster]:
    """A headline told only at a countryside or a governorate (و21 غارة روسية على ريفي إدلب
    وحماة؛ الجيش يصد هجوماً في ريف اللاذقية) that joined no mention of the body, while the body
    tells events of the same action at their towns, sums those events up: no event of its own.
    """
    body = [k for k in clusters if any(not m.headline for m in k.members)]

    def wide(k: Cluster) -> Candidate | None:
        """The headline-only cluster's place when it is a countryside or a governorate."""
        place = k.best_place()
        if (
            any(m.headline for m in k.members)
            and all(m.headline or told_wide(m, text) for m in k.members)
            and place is not None
            and place.place is not None
            and (place.place.kind in WIDE_KINDS or (place.precision or 1) >= 2)
            and any(alike(k.action, b.action) for b in body if b is not k)
        ):
            return place
        return None

    def cue_of(k: Cluster) -> int:
        """Where the cluster's first cue starts (one headline mention of several places)."""
        return min((cue.start for m in k.members for cue in m.cues), default=-1)

    summed = {
        cue.start for k in body for m in k.members if m.headline and m.place for cue in m.cues
    }  # a headline mention that joined the body's event sums up the body
    for k in clusters:
        place = wide(k)
        if (
            place is not None
            and place.place is not None
            and (
                borrowed_place(k, place, clusters)
                or any(
                    alike(k.action, b.action) and told_within(place.place, b)
                    for b in body
                    if b is not k  # not the summary itself: no body event of its own
                )
            )
        ):
            summed.add(cue_of(k))  # the body tells the same action at towns of that countryside
    # ريفي إدلب وحماة: the countrysides of one headline mention are summed up together
    return [k for k in clusters if wide(k) is None or cue_of(k) not in summed]


def told_wide(m: Candidate, text: str) -> bool:
    """True when a body mention is told only at several places of a countryside, a governorate
    or a region (قتل وجرح مدنيون بقصف جوي على قرى وبلدات في ريفي إدلب وحماة؛ غارات على مناطق
    متفرقة من …): a lead that restates the headline's summary, not an event at one place. A
    strike told at one countryside (غارات على ريف إدلب الجنوبي) stays its own event."""
    return (
        m.place is not None
        and m.place_rule in ("named", "near_marker")
        and (m.place.kind in WIDE_KINDS or (m.precision or 1) >= 2)
        and bool(SEVERAL_PLACES.search(text, m.cues[0].end, m.span[1]))
    )


# several places named at once by a plural or dual (قرى وبلدات، مناطق متفرقة، ريفي إدلب وحماة)
SEVERAL_PLACES = re.compile(
    r"(?<!\w)(?:[وب]?(?:ال)?(?:قري|بلدات|مدن|مناطق|انحاء|ارياف)|[وب]?ريفي|[وب]?محافظتي)(?!\w)"
)


def borrowed_place(k: Cluster, place: Candidate, clusters: list[Cluster]) -> bool:
    """True when a headline mention told before, of another event, has the same place: the
    headline's second clause took the first's place (بهجوم قرب السخنة وانفجار لغم …)."""
    first = min(cue.start for cue in place.cues) if place.cues else 0
    return any(
        m.headline
        and m.place is not None
        and place.place is not None
        and m.place.id == place.place.id
        and m.cues
        and m.cues[0].start < first
        for o in clusters
        if o is not k
        for m in o.members
    )


def alike(a: str, b: str) -> bool:
    """Same action, or both remote strikes (قصف على ريف دير الزور sums up air raids there)."""
    return a == b or (a in REMOTE and b in REMOTE)


def told_within(wide: Place, k: Cluster) -> bool:
    """True when a body event lies in the governorate (or a town's countryside) of ``wide``:
    عشرات الغارات على ريف حلب (headline) sums up strikes on Aleppo's towns, not on Idlib's."""
    best = k.best_place()
    inner = best.place if best is not None else None
    if inner is None:
        return False
    if wide.kind in ("country", "governorate", "region") or wide.id in REGION_GOVERNORATES:
        return contains(wide, inner) or inner.id == wide.id
    return bool(inner.admin1) and inner.admin1 == wide.admin1 and inner.country == wide.country


MORE_OF = norm_re(r"\s*(?:آخرين|آخرون|اخرين|اخرون|آخرَين)(?!\w)")


def add_more_of_the_same(k: Cluster, c: Candidate, text: str) -> None:
    """A mention joining an event told earlier in its sentence with its own count of "more"
    dead (قتل التنظيم 4 مدنيين …، وأعدمت العصابات التابعة له 2 آخرين؛ وقتل 2 آخرون بالغارة
    نفسها) counts the event's dead so far plus its own: the event keeps both counts (6), not
    the first alone."""
    if c.fatalities is None or c.estimated:
        return
    own = [f for f in c.figures if f.role == "killed" and MORE_OF.match(text, f.end)]
    if len(own) != 1 or len([f for f in c.figures if f.role == "killed"]) != 1:
        return
    before = [
        m
        for m in k.members
        if m.sentence == c.sentence
        and m.span[1] <= c.span[0]
        and m.fatalities is not None
        and not m.estimated
        and all(f.start < own[0].start for f in m.figures)
    ]
    if before:
        c.fatalities = max(m.fatalities for m in before) + own[0].value


PRONOUN_BEFORE = norm_re(r"(?:^|[\s،,])و?(?:هو|هي)\s+$")
# an indefinite attack noun told with في after the act and claimed (…، في هجوم تبنته …)
IN_A_BEFORE = norm_re(r"[\s،,](?:في|ب)\s*$")
CLAIMED_AFTER = re.compile(
    r"(?:\s+\S+){0,2}?\s+(?:تبنته|تبناه|تبنتها|تبناها"
    r"|اعلن\w*\s+(?:\S+\s+){0,4}?مس[ءو]وليت\w*\s+عن(?:ه|ها))(?!\w)"
)


def pronoun_restatement(c: Candidate, text: str) -> bool:
    """An action noun whose subject is هو/هي (وهو هجوم، وهي الضربة الثانية): a restatement
    of the event told just before, never an event of its own."""
    if not c.cues or any(cue.entry.get("pos") == "verb" for cue in c.cues):
        return False
    first = min(c.cues, key=lambda cue: cue.start)
    if PRONOUN_BEFORE.search(text, max(0, first.start - 8), first.start):
        return True
    # «…، في هجوم تبنته خلايا التنظيم»: the act just told, claimed by a side
    return bool(
        first.entry_id == ATTACK_NOUN
        and CLAIMED_AFTER.match(text, first.end)
        and IN_A_BEFORE.search(text, max(0, first.start - 6), first.start)
    )


# an attack noun claimed by a side (وتبنت "المقاومة الإسلامية في العراق" في بيان مقتضب هجوماً على
# قاعدة حرير؛ أعلن التنظيم مسؤوليته عن الهجوم على …) (session 18, hE7)
CLAIM_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:تبنت|تبنى|تبنوا|يتبنى|تتبنى|اعلن\w*\s+(?:\S+\s+){0,4}?مس[ءو]وليت\w*\s+عن)"
    r"(?:\s+[^\s.؛:!?]+){0,9}?\s+[\"«]?$"
)
CLAIM_CHARS = 120


def claimed_strike(c: Candidate, clusters: list[Cluster], text: str) -> Cluster | None:
    """The strike or blast a claimed attack noun restates: a cluster of a remote or blast action
    told before at the same place, by the claimant or an unidentified side. A claim is no
    fight of its own; a claim with nothing told before stays the event."""
    if c.action != "clash" or not attack_noun_only(c) or c.place is None or c.fatalities:
        return None
    first = min(c.cues, key=lambda cue: cue.start)
    if not CLAIM_BEFORE.search(text, max(0, first.start - CLAIM_CHARS), first.start):
        return None
    a1 = c.roles.actor1
    for k in reversed(clusters):
        if k.action not in (*REMOTE, "bombing"):
            continue
        if not any(m.place is not None and m.place.id == c.place.id for m in k.members):
            continue
        k1 = {m.roles.actor1 for m in k.members} - {"", UNIDENTIFIED}
        if not a1 or a1 == UNIDENTIFIED or not k1 or a1 in k1:
            return k
    return None


REMOTE = ("airstrike", "shelling")
TERRITORY = ("capture", "withdrawal")
ATTACK_NOUN = "clash.attack"
UNIDENTIFIED = "unknown"
INHERITED = ("focus", "anaphor")  # places a mention took from the event told before
NEXT_CLAUSE = "next_clause_same_action"  # a place taken from the next clause of the same action
CIVILIANS = "civilians"  # a headline may tell as civilians the dead the body tells as fighters
ATTACK_BACK_SENTENCES = 2  # إن الهجوم وقع عند الساعة 7:20 — two sentences after the attack told


def same_action(
    k: Cluster,
    c: Candidate,
    family: dict[str, str] | None = None,
    attacked: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Same action; a bare قصف may restate a strike; a bare الهجوم any event just told.

    ``attacked``: the places where the body tells an attack or a clash itself.
    """
    if k.action == c.action:
        return True
    if {k.action, c.action} == {"clash", "attack"} and attack_noun_only(c):
        if all(attack_noun_only(m) for m in k.members):
            return True  # هجوم لداعش على قرية … هاجموا القرية وفتحوا النار على الأهالي
    if refers_to_attack(c) and k.members[-1].sentence >= c.sentence - ATTACK_BACK_SENTENCES:
        return True
    if headline_attack_only(k) and c.action != "protest" and not c.headline:
        # بعد هجوم الكلية الحربية.. (headline) … استهدفت مسيرات الكلية الحربية في حمص: the
        # headline's bare "attack" is the strike the body tells at that place; not when the
        # body tells the attack itself there (… بعد ساعات من هجوم لتنظيم الدولة على حاجز), nor
        # when the headline's target strikes (هجوم على حاجز للنظام / استهدفت طائرات النظام)
        if c.action not in ("clash", "attack"):
            if c.place is not None and c.place.id in attacked:
                return False
            if attacker_was_target(k, c, family or {}):
                return False
        return any(
            m.place is not None and c.place is not None and m.place.id == c.place.id
            for m in k.members
        )
    placed = c.place is not None and any(m.place is not None for m in k.members)
    if not (placed and c.action in REMOTE and k.action in REMOTE):
        return False
    return c.weak_action or all(m.weak_action for m in k.members)


def attacker_was_target(k: Cluster, c: Candidate, family: dict[str, str]) -> bool:
    """True when the mention's actor1 is (of the family of) a target of the cluster's mentions."""
    a1 = c.roles.actor1
    if not a1 or a1 == UNIDENTIFIED:
        return False
    return any(
        m.roles.actor2 and family.get(m.roles.actor2, m.roles.actor2) == family.get(a1, a1)
        for m in k.members
    )


def headline_attack_only(k: Cluster) -> bool:
    """A cluster told so far only by a headline's attack noun (هجوم الكلية الحربية)."""
    return all(m.headline and attack_noun_only(m) for m in k.members)


def attack_noun_only(c: Candidate) -> bool:
    """Told only by the attack noun/verb (هجوم، هاجموا), whose action the victims decide."""
    return bool(c.cues) and all(cue.entry_id == ATTACK_NOUN for cue in c.cues)


def refers_to_attack(c: Candidate) -> bool:
    """A definite "the attack" (الهجوم، الهجمات) with no other cue: it names an event told before."""
    return is_restatement(c) and all(cue.entry_id == ATTACK_NOUN for cue in c.cues)


def placed_by_focus_only(k: Cluster, c: Candidate) -> bool:
    """True when every placed mention of k took its place from the article's focus (وذلك بعد
    معارك عنيفة … قتل خلالها 14 عنصراً) and c names another town (ودارت اشتباكات على محور
    الحويز): the named town is an event of its own, not the focus's restatement."""
    if c.place is None or c.place_rule != "named" or c.headline or is_restatement(c):
        return False
    if c.place.kind in WIDE_KINDS:
        return False
    placed = [m for m in k.members if m.place is not None]
    return bool(placed) and all(
        m.place_rule == "focus"
        and not m.headline
        and m.place.id != c.place.id
        and m.place.kind not in WIDE_KINDS
        and distance_km(m.place, c.place) > SAME_TOWN_KM
        for m in placed
    )


def find_cluster(
    clusters: list[Cluster],
    c: Candidate,
    family: dict[str, str],
    attacked: frozenset[str] | set[str] = frozenset(),
) -> Cluster | None:
    """The cluster a mention joins: same place first, then the one told most recently.

    "Most recently" is the latest member, not the latest cluster opened: "وتبنى X المسؤولية عن
    الهجوم" after a bombing told in the sentence before joins the bombing, not a clash opened
    earlier by the headline. Of the events of one list of towns told by one mention, a mention
    with no place of its own joins the first.
    """
    loose = loose_restatement(clusters, c)
    if loose is not None:
        return loose
    fits = [
        k
        for k in clusters
        if same_action(k, c, family, attacked)
        and all(
            places_compatible(m, c) and dates_compatible(m, c) and actors_compatible(m, c, family)
            for m in k.members
        )
        and not any(
            m.sentence == c.sentence
            and m.place is not None
            and c.place is not None
            and m.place.id != c.place.id
            and not governorate_then_its_town(m.place, c.place)
            for m in k.members
        )
        and not placed_by_focus_only(k, c)
    ]
    if not fits:
        return None
    exact = [
        k
        for k in fits
        if any(
            m.place is not None and c.place is not None and m.place.id == c.place.id
            for m in k.members
        )
    ]
    chosen = max(enumerate(exact or fits), key=lambda ik: (latest_told(ik[1]), ik[0]))[1]
    if c.place is None or c.place_rule in INHERITED:
        # a restatement with no place of its own (قتل 20 عنصراً في معارك أمس) after a list of
        # towns (على محاور اللطامنة ولحايا وعطشان) joins the first of the list: its inherited
        # focus is only the last town named
        told = latest_told(chosen)
        chosen = next(k for k in fits if latest_told(k) == told)
    return chosen


def governorate_then_its_town(a: Place, b: Place) -> bool:
    """True when one of two places of one sentence is a governorate holding the other (وفي
    محافظة ذي قار، قتل أربعة متظاهرين …، بعد أن أطلقت قوات مكافحة الشغب النار عليهم … في مدينة
    الناصرية): the act told at the governorate, then placed at its town, is one event."""
    return any(w.kind == "governorate" and contains(w, i) for w, i in ((a, b), (b, a)))


def loose_restatement(clusters: list[Cluster], c: Candidate) -> Cluster | None:
    """A bare "the attack" with no place of its own (إن الهجوم وقع عند الساعة 7:20) joins the
    event told just before, whatever the place or sides its clause seems to name: the place
    was only inherited and the names around it belong to the speaker or to background."""
    if not refers_to_attack(c) or (c.place is not None and c.place_rule not in INHERITED):
        return None
    near = [
        k
        for k in clusters
        if k.members[-1].sentence >= c.sentence - ATTACK_BACK_SENTENCES
        and all(dates_compatible(m, c) for m in k.members)
    ]
    return max(near, key=latest_told) if near else None


def latest_told(k: Cluster) -> tuple[int, int]:
    """Where a cluster's last mention was told: a mention joins the event told just before it."""
    return max((m.sentence, m.span[0]) for m in k.members)
