"""Event mentions of one sentence: frames of parts, action groups, modality, fields.

A sentence's parts are grouped into *frames*: a part with an action cue opens a frame,
parts without one follow the frame before them (or precede the first). In a frame's cue
part, cues are grouped by action: a specific cue decides alone; a generic cue (قصف،
استهدف، دمر) takes the platform named in its part (aircraft → airstrike, artillery →
shelling), else is absorbed by a specific cue of the part, else takes its default action
(قصف → shelling) or is dropped. A group whose cues are all in the scope of a modality cue
(future, hypothetical, feared, negated, failed, attempted, state of control, background,
a back-reference) is no event; what was suppressed is kept for `explain`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from conflictlib.dates import DateMatch
from conflictlib.extract.actors import (
    AIR_ACTIONS,
    NON_STATE_DEFAULT,
    REMOTE_ACTIONS,
    ActorContext,
    ActorMention,
    RoleAssignment,
    assign_roles,
    collect_mentions,
    coordinated,
    is_dateline,
    residents_report_or_flee,
    subject_before_aside,
    told_as_reference,
)
from conflictlib.extract.casualties import Figure
from conflictlib.extract.cues import CueHit, normalize_key, words_between
from conflictlib.extract.document import DocMentions, PlaceMention, Sentence, hits_of
from conflictlib.extract.places import (
    ALSO_OPENS,
    AMONG,
    AMONG_OPENS,
    GENERIC_PLACE_ADJ,
    REPEATED_ON,
    UNNAMED_PLURAL,
    WIDE_KINDS,
    PlaceChoice,
    among_head,
    class_noun_reference,
    compass_of_the_town_in_focus,
    facility_in_focus,
    focus_town,
    locator_clause,
    places_in_parts,
    precise_place,
    seat_town,
    unlisted_names,
    unlisted_place,
    usable_places,
    village_name,
)
from conflictlib.extract.resources import Resources
from conflictlib.extract.tolls import OWN_DEED_VERB, SPEAKER_NEXT, compares_since_word
from conflictlib.lexicons.gazetteer import Place, distance_km
from conflictlib.normalize import norm_re

WEAPON_PLATFORMS = ("air", "air_force", "ground")
DATE_CUE_WORDS = 8
SINCE_DAY_DAYS = 7  # منذ السبت الماضي: a since-date within a week is the day the action began
CONTROL_STATE = re.compile(
    r"(?:مناطق|منطقه|مواقع|تحت|(?:ال)?خاضع(?:ه|ين|ون|تين|ان)?\s*ل?|تخضع\s*ل?|يخضع\s*ل?)\s*$"
)
REPEL_CUE = "clash.repel"
FOILED_CUE = "clash.foiled"
# واقتادوا معهم: a phrase opening with a plural verb, whose subject was told before it
PLURAL_VERB = re.compile(r"^\S+وا(?!\S)")
RELATIVE = re.compile(r"\s*(?:و)?(?:التي|الذي|الذين|اللذين|اللتين|اللواتي)(?!\w)")
RELATIVE_BEFORE_CUE = re.compile(r"(?<!\w)(?:التي|الذي|الذين|اللذين|اللتين|اللواتي)\s+$")
PLUPERFECT = re.compile(r"(?<!\w)(?:و)?(?:كان|كانت|كانوا)\s+قد(?!\w)")
SUBORDINATE_WORDS = 3
SUBJECT_WORDS = 2  # طائرات حربية أمريكية قصفت: adjectives between aircraft and their verb
PREPARE_VERB = re.compile(
    r"(?<!\w)[وف]?(?:تعد|يعد|يعدون|تستعد|يستعد|يستعدون|تحضر|يحضر|يحضرون|تحشد|يحشد|يحشدون"
    r"|تتاهب|يتاهب|يتاهبون)(?!\w)"
)
OF_ITS_KIND = re.compile(r"\s+(?:\w+\s+)?من\s+نوع(?:ه|ها)(?!\w)")
PREPARE_CHARS = 50  # تعد القوات العراقية والحشد الشعبي لهجوم: the verb a few words before
PURPOSE_ACTIONS = ("capture", "protest")  # with ل (لاستعادة، للاحتجاج على) the action is an aim
BOMB_INSTRUMENT_WORDS = 2  # هجمات بثلاث سيارات مفخخة: words between an attack and its bomb
PLACE_OBJECT_WORDS = 3  # an object place may open the part after a cue that ends its own
AFTER_WORDS = ("بعد", "وبعد")
AMID_WORDS = ("وسط", "ووسط", "في خضم")  # amid: the setting goes on at the time told
WAS_VERB = re.compile(r"(?<!\w)و?(?:كان|كانت|كانوا)(?!\w)")
LASTED = re.compile(r"(?<!\w)(?:استمرت|استمر|دامت|دام|تواصلت|امتدت)(?!\w)")
NOT_INSTRUMENTS = ("capture", "withdrawal", "protest", "arrest")  # never what a verb strikes with
CIVILIAN_TARGET_ACTIONS = ("attack", "abduction")  # violence against civilians (ACLED)
FULL_STOP = re.compile(r"[.!?](?=[\s\"'])")
# Aircraft only the Syrian government flew over Syria (normalised: ة reads ه)
REGIME_ONLY_AIRCRAFT = re.compile(r"مروحي|حوام|هليكوبتر|براميل|برميل")
FALLEN = re.compile(r"سقط|سقوط")  # سقوط صواريخ: what fell, told by the side hit
# the verb of «ألقى القبض» cut off from its noun by a comma-set adverbial (ألقت، اليوم، القبض)
SEIZE_VERB_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:القت|القى|القي|القوا|[أا]لقت|[أا]لقى|[أا]لقوا)(?:\s+[^\s,،.]+){0,8}\s*[,،]"
    r"(?:\s*[^\s,،.]+){1,5}\s*[,،]\s*$"
)
ARMED_GROUP_TYPES = ("rebel", "militia", "identity")  # the enemies a ministry strikes
# هاجم عناصر داعش بعجلات مفخخة …، هاجمت خلايا التنظيم بعبوات ناسفة …: the bombs are the
# instrument of the attack verb, whose subject set them off (session 18, hD7)
ATTACKED_WITH_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:هاجم|هاجمت|هاجموا|اقتحم|اقتحمت|اقتحموا)(?:\s+[^\s,،.]+){1,5}?"
    r"\s+(?P<by>ب(?:ال)?(?:عجل|سيار|عرب|عبو|حزام|احزم|دراج|صهريج|شاحن|انتحاري|لغم|الغام)"
    r"[^\s,،.]*\s+)?$"
)
SYRIA_ONE_AIR_FORCE_UNTIL = dt.date(2014, 9, 23)  # the coalition's first strikes in Syria


@dataclass
class Frame:
    """A cue part of a sentence with the parts that follow (and, for the first, precede) it."""

    cue_part: int
    follow: list[int] = field(default_factory=list)
    pre: list[int] = field(default_factory=list)


@dataclass
class Candidate:
    """One event mention before merging."""

    action: str
    sentence: int
    span: tuple[int, int]  # normalised offsets of the evidence part(s)
    cues: list[CueHit]
    place: Place | None = None
    precision: int | None = None
    place_rule: str = ""
    roles: RoleAssignment = field(default_factory=RoleAssignment)
    date: DateMatch | None = None
    date_rule: str = ""
    fatalities: int | None = None
    injured: int | None = None
    estimated: bool = False  # fatalities filled from a vague amount (estimate_vague)
    injured_estimated: bool = False
    figures: list[Figure] = field(default_factory=list)
    source: str = ""
    source_rule: str = ""
    variant: str = "default"
    part_span: tuple[int, int] = (0, 0)
    frame_parts: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    weak_action: bool = False  # only a generic verb with no platform decided the action (القصف)
    headline: bool = False  # told in a headline (summaries: a place may stand for its governorate)
    told_dates: list[DateMatch] = field(default_factory=list)  # every date told with the cue
    final_count: bool = False  # its figures were replaced by a final count told after it

    @property
    def specific(self) -> bool:
        """True when a specific cue (not only a generic verb) supports the mention."""
        return any(c.entry.get("strength") == "specific" for c in self.cues)


@dataclass
class SentenceResult:
    """Candidates of a sentence and the cues that were suppressed (for explain)."""

    candidates: list[Candidate]
    suppressed: list[tuple[CueHit, str]]


def build_frames(sentence: Sentence, mentions: DocMentions) -> list[Frame]:
    """Group a sentence's parts into frames around the parts that hold action cues."""
    frames: list[Frame] = []
    pending: list[int] = []
    for i, part in enumerate(sentence.parts):
        if mentions.inside("action", *part):
            frames.append(Frame(i, pre=pending if not frames else []))
            pending = []
        elif frames:
            frames[-1].follow.append(i)
        else:
            pending.append(i)
    return frames


def group_cues(
    cues: list[CueHit], part: tuple[int, int], mentions: DocMentions
) -> dict[str, list[CueHit]]:
    """Action -> cues of one part, generic cues resolved by platform or absorbed."""
    platforms = [
        p for p in mentions.inside("platform", *part) if p.entry.get("type") in WEAPON_PLATFORMS
    ]
    specific = [c for c in cues if c.entry.get("strength") == "specific"]
    groups: dict[str, list[CueHit]] = {}
    for c in specific:
        action = "airstrike" if attack_by_air(c, platforms, mentions.text) else ""
        action = action or attack_by_rockets(c, platforms, mentions.text)
        action = action or protesters_clash(c, part, mentions)
        action = action or ("airstrike" if air_small_arms(c, platforms, mentions.text) else "")
        if (
            c.entry_id == SMALL_ARMS_CUE
            and not action
            and (
                protesters_victims(part, mentions)
                or TARGETED_PROTEST.search(mentions.text, c.start, c.end)
            )
        ):
            action = "protest"  # استهدفت قوات الأمن بالرصاص الحي المتظاهرين: protesters shot
        groups.setdefault(action or air_repel(c, platforms, cues), []).append(c)
    repelled_by_air(groups, mentions.text)
    for c in cues:
        if c.entry.get("strength") != "generic":
            continue
        if c.entry.get("needs_agent"):
            action = agent_kill_action(c, part, mentions)  # alone in its part (prune_agent_cues)
            if action:
                groups.setdefault(action, []).append(c)
            continue
        if c.entry.get("needs_victims"):
            action = "airstrike" if aircraft_before(c, part, platforms) else ""
            action = action or victims_action(part, mentions, gunmen_attack=not specific)
            action = action or fighters_shot(c, part, mentions, specific)
            if c.entry.get("action") == "protest" and action != "protest":
                continue  # وقام الأهالي بتفريقهم بعد شجار: no protest told, no event
            if action:
                groups.setdefault(action, []).append(c)
            continue
        action = "airstrike" if subject_aircraft(c, part, platforms, mentions.text) else ""
        action = action or air_power_strike(c, mentions)
        action = action or strikes_referred_back(c, platforms, mentions)
        action = action or aircraft_before_aside(c, part, mentions)
        action = action or generic_action(c, platforms, same_event_cues(c, specific, mentions))
        action = action or strike_continued(c, part, cues, platforms, mentions)
        if action:
            groups.setdefault(action, []).append(c)
    joint_air_ground(groups, part, mentions.text)
    return groups


# the sound of explosions heard (استفاق السكان على أصوات الانفجارات، سماع دوي انفجارات، صوت
# انفجار): what was heard, not a blast of its own when the sentence tells the strikes (session 18)
SOUND_OF = norm_re(
    r"(?<!\w)(?:[وب]?(?:ال)?(?:اصوات|اصواتا|صوت|دوي)|على\s+(?:ال)?(?:اصوات|صوت|دوي))\s+$"
)
STRIKE_ACTIONS = ("airstrike", "shelling")


def sound_of_strikes(cue: CueHit, mentions: DocMentions) -> bool:
    """True for a blast noun told as the sound heard (على أصوات الانفجارات، سماع دوي انفجارات)
    in a sentence that tells the air strikes or shelling that made it (استفاق سكان حي الشعار
    على أصوات الانفجارات، إثر غارات جوية روسية استهدفت الحي؛ سمع دوي انفجارات ناجمة عن غارات
    للتحالف): the strikes' sound, no bombing. With no strike told it stays a blast (عاد دوي
    انفجارات ليسمع في المنطقة ذاتها، وقالت مصادر إن مستودعاً انفجر)."""
    if cue.entry_id != "bombing.blast":
        return False
    text = mentions.text
    before = text[max(0, cue.start - 25) : cue.start]
    for prefix in ("وال", "بال", "ال"):
        if before.endswith(prefix):
            before = before[: -len(prefix)]
            break
    if not SOUND_OF.search(before):
        return False
    lo = max(text.rfind(".", 0, cue.start), text.rfind("\n", 0, cue.start)) + 1
    ends = [i for i in (text.find(".", cue.end), text.find("\n", cue.end)) if i >= 0]
    hi = min(ends) if ends else len(text)
    return any(
        (h.entry.get("action") in STRIKE_ACTIONS and h.entry.get("strength") == "specific")
        or h.entry_id == "generic.strike"  # مع بدء الضربات الأمريكية
        for h in mentions.inside("action", lo, hi)
    )


SMALL_ARMS_CUE = "clash.small_arms_target"
# a demonstration or sit-in as the object of the small-arms targeting (استهدف الأمن مظاهرة في حي
# الميدان بالرصاص الحي؛ استهدفت القوات الأمنية اعتصام المحتجين بالرصاص): a protest met with force;
# a gathering (تجمعات لمقاتلي الفصائل) is no protest
TARGETED_PROTEST = norm_re(
    r"(?<!\w)(?:ال)?(?:مظاهرة|مظاهرات|تظاهرة|تظاهرات|اعتصام|اعتصامات|وقفة\s+احتجاجية"
    r"|خيم\s+المعتصمين)(?:\s+(?:ال)?(?:احتجاجية|سلمية|حاشدة|ليلية|طلابية|شعبية))?(?!\w)"
)
TRIBAL_FIGHT_CUES = ("clash.tribal_fight", "clash.tribal_armed_dispute")


def air_small_arms(cue: CueHit, platforms: list[CueHit], text: str) -> bool:
    """Aircraft told just before a machine-gun targeting (مروحيات النظام استهدفت بالرشاشات الثقيلة
    أطراف البلدة) fired it: an air strike, as when they follow the verb (session 14, hM)."""
    return cue.entry_id == SMALL_ARMS_CUE and any(
        p.entry.get("type") in ("air", "air_force")
        and p.end <= cue.start
        and words_between(text, p.end, cue.start) <= 2
        for p in platforms
    )


REPEL_WORDS = 4  # صدت قوات النظام هجوماً بالطائرات المسيرة: the defenders between


# aircraft and artillery told as one striker (واصلت الطائرات والمدفعية التركية قصف …؛ قصف جوي
# ومدفعي على أحياء المدينة؛ قصفت المدفعية والطيران الحربي البلدة): two kinds of fire, an airstrike
# and a shelling at each town (codebook §1: different actions are different events) (session 18)
JOINT_AIR_GROUND = norm_re(
    r"(?<!\w)(?:ب|ل)?(?:ال)?(?:طائرات|طيران|مقاتلات|مروحيات|قاذفات)(?:\s+(?!و)\w+)?"
    r"\s+و(?:ال)?(?:مدفعية|مدفعيته|مدفعيتها|مدافع|راجمات)(?!\w)"
    r"|(?<!\w)(?:ب|ل)?(?:ال)?(?:مدفعية|مدافع|راجمات)(?:\s+(?!و)\w+)?"
    r"\s+و(?:ال)?(?:طائرات|طيران|طيرانه|طيرانها|مقاتلات|مروحيات)(?!\w)"
    r"|(?<!\w)(?:جوي|جوية|الجوي|الجوية)\s+و(?:ال)?(?:مدفعي|مدفعية|صاروخي|صاروخية)(?!\w)"
    r"|(?<!\w)(?:ال)?(?:مدفعي|مدفعية|صاروخي|صاروخية)\s+و(?:ال)?(?:جوي|جوية)(?!\w)"
)
# towns told only by their kind (على مدن وبلدات في شمال غربي سوريا؛ تعرضت مدن وبلدات الغوطة
# لقصف جوي ومدفعي): a summary of a campaign, its towns told one by one after it
UNNAMED_TOWNS = norm_re(
    r"(?<!\w)(?:[بلو]|على\s+)?(?:ال)?(?:مدن|بلدات|قرى|مناطق)\s+و(?:ال)?(?:مدن|بلدات|قرى|مناطق)(?!\w)"
)
JOINT_BEFORE_WORDS = 4  # الطائرات والمدفعية التركية الخميس قصف: owner and day between
JOINT_AFTER_WORDS = 2  # استهدفت قوات النظام بالطيران والمدفعية: the verb's subject between


def joint_air_ground(groups: dict[str, list[CueHit]], part: tuple[int, int], text: str) -> None:
    """A strike by aircraft and artillery told as one (الطائرات والمدفعية قصفت، قصف جوي ومدفعي)
    is both an airstrike and a shelling: the strike cue is put in the action it lacks. The pair
    is the cue's subject a few words before it, or right after it (its subject, adjective or
    instrument, at most JOINT_AFTER_WORDS words on). Not for a definite or owned strike noun
    (تجدد القصف الجوي والمدفعي على الغوطة، صعدت من قصفها المدفعي والجوي) nor over towns told
    only by their kind (مدن وبلدات): a campaign's summary, its strikes told town by town."""
    have = [a for a in ("airstrike", "shelling") if a in groups]
    if len(have) != 1 or UNNAMED_TOWNS.search(text, part[0], part[1]):
        return
    for m in JOINT_AIR_GROUND.finditer(text, part[0], part[1]):
        for c in groups[have[0]]:
            if "ال" in c.prefix or text[c.start : c.end].endswith(("ها", "هم")):
                continue  # تجدد القصف الجوي والمدفعي، صعدت من قصفها المدفعي والجوي: a summary
            before = (
                m.end() <= c.start and words_between(text, m.end(), c.start) <= JOINT_BEFORE_WORDS
            )
            after = c.start < m.start() and (
                m.start() < c.end or words_between(text, c.end, m.start()) <= JOINT_AFTER_WORDS
            )  # قصف مدفعي وجوي: the pair may open inside the cue
            if before or after:
                other = "shelling" if have[0] == "airstrike" else "airstrike"
                groups[other] = [c]
                return


def repelled_by_air(groups: dict[str, list[CueHit]], text: str) -> None:
    """A drone attack repelled (صدت قوات النظام هجوماً بالطائرات المسيرة؛ تصدت وحدات الجيش لهجوم
    بطائرات مسيرة؛ أحبطت قسد هجوماً بطائرة مسيرة) is the drone strike, told with the air
    defence that met it: no ground fight between the two sides (an interception, as تصدت
    الدفاعات الجوية للصواريخ)."""
    by_air = [c for c in groups.get("airstrike", []) if c.entry_id == ATTACK_CUE]
    if not by_air or "clash" not in groups:
        return
    gone = [
        r
        for r in groups["clash"]
        if r.entry_id in (REPEL_CUE, FOILED_CUE)
        and any(
            a.start >= r.end and words_between(text, r.end, a.start) <= REPEL_WORDS for a in by_air
        )
    ]
    groups["clash"] = [c for c in groups["clash"] if c not in gone]
    if not groups["clash"]:
        del groups["clash"]


def aircraft_before_aside(cue: CueHit, part: tuple[int, int], mentions: DocMentions) -> str:
    """'airstrike' for a bare strike noun that opens its part after a time aside, when the
    clause before the aside names aircraft (شنت طائرات أمريكية، فجر اليوم، ضربات على …)."""
    if cue.entry_id != "generic.strike":
        return ""
    text = mentions.text
    context = max(text.rfind(".", 0, part[0]), text.rfind("\n", 0, part[0])) + 1
    span = subject_before_aside(part[0], part[1], mentions, context)
    if span is None:
        return ""
    plats = mentions.inside("platform", *span)
    return "airstrike" if any(p.entry.get("type") in ("air", "air_force") for p in plats) else ""


CONTINUED = re.compile(r"(?<!\w)(?:كما|ثم)\s+$")
CONTINUED_CHARS = 10  # «كما » / «ثم » right before the verb
STRIKE_VERBS = (
    "shelling.bombard",
    "shelling.pound",
    "generic.target",
    "generic.drop",
    "generic.rain_down",
)


def strike_continued(
    cue: CueHit,
    part: tuple[int, int],
    cues: list[CueHit],
    platforms: list[CueHit],
    mentions: DocMentions,
) -> str:
    """'airstrike' for a bare targeting verb with no subject of its own that continues an air
    strike told earlier in its sentence (شن الطيران الحربي غارات على بلدة سلمى، كما استهدف
    قرية تردين؛ استهدف الطيران الروسي كفرنبودة، ثم استهدف قلعة المضيق؛ … واستهدف قرى).

    Only the verb (not the noun استهداف), opened by كما/ثم or joined by و, with no other cue,
    platform or side named before it in its part or as its subject right after it; the
    nearest weapon platform before it in the sentence must be aircraft, with no ground cue
    (قصف مدفعي، اشتباكات) told between them.
    """
    if cue.entry_id != "generic.target" or cue.surface.endswith("استهداف"):
        return ""
    if platforms or any(c is not cue for c in cues):
        return ""
    text = mentions.text
    opened = CONTINUED.search(text, max(0, cue.start - CONTINUED_CHARS), cue.start)
    if not (cue.prefix.startswith("و") or opened):
        return ""
    if mentions.inside("actor", part[0], cue.start) or any(
        words_between(text, cue.end, a.start) == 0
        for a in mentions.inside("actor", cue.end, min(part[1], cue.end + 40))
    ):
        return ""  # كما استهدفت قوات النظام …: a side of its own
    lo = max(text.rfind(".", 0, cue.start), text.rfind("\n", 0, cue.start)) + 1
    before = [
        p
        for p in mentions.inside("platform", lo, part[0])
        if p.entry.get("type") in WEAPON_PLATFORMS
    ]
    if not before or platform_kind(before[-1]) != "air":
        return ""
    air = before[-1]
    if not any(
        (h.entry.get("action") == "airstrike" and h.entry.get("strength") == "specific")
        or (
            h.entry_id in STRIKE_VERBS
            and (
                0 <= words_between(text, air.end, h.start) <= SUBJECT_WORDS
                if air.end <= h.start
                else words_between(text, h.end, air.start) == 0
            )
        )
        for h in mentions.inside("action", lo, part[0])
    ):
        return ""  # أسقطت الفصائل طائرة حربية، كما استهدفت …: the aircraft struck nothing
    between = mentions.inside("action", air.end, part[0])
    if any(
        h.entry.get("action") not in ("airstrike", None) and h.entry.get("strength") == "specific"
        for h in between
    ):
        return ""  # شن الطيران غارات …، وقصفت المدفعية …، كما استهدفت: the guns' clause
    return "airstrike"


# the forces whose strikes in these wars are air strikes (ACLED codes US, coalition, Russian,
# Israeli and Jordanian strikes as Air/drone strikes): their bare «ضربات» need no aircraft named
AIR_POWERS = frozenset({"usa", "coalition", "russia", "israel", "jordan", "uk", "france"})


def air_power_strike(cue: CueHit, mentions: DocMentions) -> str:
    """'airstrike' for a bare strike noun owned by an air power: its adjective or its name
    right after it (الضربات الأمريكية، ضربات روسية، ضربات التحالف، الضربات الإسرائيلية)."""
    if cue.entry_id != "generic.strike":
        return ""
    text = mentions.text
    start = cue.end + len(text[cue.end :]) - len(text[cue.end :].lstrip())
    owners = [
        p.entry.get("owner")
        for p in mentions.inside("platform", start, min(len(text), start + 30))
        if p.start == start and p.entry.get("type") == "owner"
    ]
    named = [
        a.entry_id
        for a in mentions.inside("actor", start, min(len(text), start + 40))
        if a.start - len(a.prefix) <= start <= a.start
    ]
    subject = [  # نفذت الولايات المتحدة ضربات على …: the subject of a light verb right before it
        a.entry_id
        for a in mentions.inside("actor", max(0, cue.start - 40), cue.start)
        if not text[a.end : cue.start].strip()
        and LIGHT_VERB_BEFORE.search(
            text, max(0, a.start - len(a.prefix) - 12), a.start - len(a.prefix)
        )
    ]
    return "airstrike" if any(o in AIR_POWERS for o in owners + named + subject) else ""


# the definite strikes as the subject of a hitting verb (الضربات أصابت مستودعاً، إن الضربات
# استهدفت مواقع للتنظيم): the strikes the text told before (session 18, hO7)
STRIKES_HIT_AFTER = norm_re(r"\s+(?:\S+\s+)?(?:اصابت|استهدفت|طالت|دمرت|ضربت)(?!\w)")
AIR_BACK_CHARS = 400


def strikes_referred_back(cue: CueHit, platforms: list[CueHit], mentions: DocMentions) -> str:
    """'airstrike' for a bare definite strike noun (الضربات، الضربة) as the subject of a hitting
    verb, with no platform of its own, when the sentences just before it told air strikes or
    aircraft (نفذت الطائرات الروسية عشرين طلعة جوية …. وقال المتحدث إن الضربات أصابت مستودعاً
    قرب تلبيسة؛ نفذت طائرات التحالف 12 ضربة جوية …. وقال البيان إن الضربات استهدفت …): those
    strikes, referred back to. A ground platform there (المدفعية) or none leaves it no event."""
    return "airstrike" if referred_strikes_span(cue, platforms, mentions) else ""


def referred_strikes_span(
    cue: CueHit, platforms: list[CueHit], mentions: DocMentions
) -> tuple[int, int] | None:
    """The span of the sentences before a bare «الضربات أصابت …» that told the air strikes it
    refers back to (strikes_referred_back), or None."""
    if cue.entry_id != "generic.strike" or platforms or cue.prefix not in ("ال", "وال"):
        return None
    text = mentions.text
    if not STRIKES_HIT_AFTER.match(text, cue.end):
        return None
    lo = max(text.rfind(".", 0, cue.start), text.rfind("\n", 0, cue.start))
    if lo < 0:
        return None
    back = max(0, lo - AIR_BACK_CHARS)
    told = [
        p for p in mentions.inside("platform", back, lo) if p.entry.get("type") in WEAPON_PLATFORMS
    ]
    if told and platform_kind(told[-1]) == "air":
        return back, lo
    air = [
        h
        for h in mentions.inside("action", back, lo)
        if h.entry.get("action") == "airstrike" and h.entry.get("strength") == "specific"
    ]
    return (back, lo) if air and not told else None


LIGHT_VERB_BEFORE = re.compile(r"(?<!\w)[وف]?(?:نفذ|نفذت|شن|شنت|وجه|وجهت|تنفذ|ينفذ|تشن|يشن)\s+$")


# another event named as the time of this one (قبل ساعات من بدء الهجوم البري؛ بعد يوم من انطلاق
# المعركة): it is no instrument of the cue before it (session 15, hY)
TIME_ANCHOR_BEFORE = re.compile(
    r"(?<!\w)(?:قبل|بعد|عقب|منذ|مع)\s+(?:\S+\s+){0,3}?(?:ال)?(?:بدء|بدايه|انطلاق|انتهاء|نهايه|اندلاع)\s+$"
)


def same_event_cues(cue: CueHit, specific: list[CueHit], mentions: DocMentions) -> list[CueHit]:
    """The specific cues not cut off from a cue by a topic between them (قصفت الطائرات مواقع
    في القائم رداً على الهجوم الصاروخي …: the rocket attack is not how the aircraft struck)."""
    out = []
    for s in specific:
        lo, hi = sorted((cue.end, s.start)) if s.start >= cue.end else (s.end, cue.start)
        if s.start >= cue.end and TIME_ANCHOR_BEFORE.search(mentions.text, lo, s.start):
            continue  # قصفت البلدة قبل ساعات من بدء الهجوم البري: the attack only dates the shelling
        if not any(
            m.entry_id.startswith((*TOLD_ON_TOPICS, *TOPIC_BLOCKS))
            for m in mentions.inside("modality", lo, hi)
        ):
            out.append(s)
    return out


def prune_agent_cues(sentences: list[Sentence], mentions: DocMentions) -> None:
    """Drop the killing verbs that need their agent (قتل مسلحون مجهولون ثلاثة مدنيين) from the
    document's action cues unless told with it, alone in their part, and with a town there:
    otherwise the verb is a casualty word of another action or of a summary, not a cue."""
    dead = set()
    for i, sentence in enumerate(sentences):
        told_before = told_towns(sentences[i - 1], mentions) if i else set()
        for part in sentence.parts:
            cues = mentions.inside("action", *part)
            towns = {
                p.town.id for p in mentions.inside("place", *part) if p.town.kind not in WIDE_KINDS
            }
            for c in cues:
                if c.entry_id == MASSACRE_CUE and any(
                    h.entry_id != MASSACRE_CUE and not h.entry.get("needs_agent")
                    for h in mentions.inside("action", sentence.start, sentence.end)
                ):  # ارتكبت مجزرة في حي الشعار، حيث قتل 15 مدنياً بغارات: the raids are the event
                    dead.add((c.start, c.end, c.entry_id))
                if framing_attack(c, sentence, mentions):
                    dead.add((c.start, c.end, c.entry_id))
                if c.entry_id == AIR_LANDING_CUE and any(
                    h.entry.get("action") in LANDING_OUTCOMES
                    for h in mentions.inside("action", sentence.start, sentence.end)
                ):  # ألقت القبض على إرهابيين في عملية إنزال جوي: the raid is told by the arrest
                    dead.add((c.start, c.end, c.entry_id))  # it made, whose clause and date it is
                if c.entry.get("needs_agent") and (
                    len(cues) > 1
                    or not agent_kill_action(c, part, mentions)
                    or not (towns or village_noun_named(part, mentions))
                    or (  # وقتلت قوات النظام خمسة مدنيين في دوما: the outcome of the strike told
                        towns & told_before
                        and not killing_after_taking(c, part, sentences[i - 1], mentions)
                    )
                ):
                    dead.add((c.start, c.end, c.entry_id))
    if dead:
        mentions.by_kind["action"] = [
            c for c in mentions.by_kind["action"] if (c.start, c.end, c.entry_id) not in dead
        ]
        mentions.starts.pop("action", None)


def killing_after_taking(
    cue: CueHit, part: tuple[int, int], before: Sentence, mentions: DocMentions
) -> bool:
    """Civilians killed at a town whose taking alone the sentence before told (وكان التنظيم قد
    اجتاح بلدة سنجار … وقال الوزير إن مقاتلي الدولة الإسلامية قتلوا 500 إيزيدي في سنجار): a
    taking kills no one itself, so the killing is an attack of its own, not its outcome
    (session 17, hK6)."""
    told = {h.entry.get("action") for h in mentions.inside("action", before.start, before.end)}
    return (
        bool(told)
        and told <= {"capture", "withdrawal"}
        and (agent_kill_action(cue, part, mentions) == "attack")
    )


# an air-landing raid (عملية إنزال جوي) told with the arrests, abductions or captures it made
# is those events (session 15, hY)
AIR_LANDING_CUE = "clash.air_landing"
LANDING_OUTCOMES = ("arrest", "abduction", "capture")


FRAMING_BEFORE = norm_re(r"(?:^|[.،,؛:\n\"«]\s*)\W*[وف]?في\s+$")
FRAMING_AFTER = norm_re(  # وفي هجوم آخر لداعش، …: an ordinal or "other" adjective, a comma
    r"\s+(?:ال)?(?:اخر|متزامن|منفصل|مماثل|مشابه|ثان|ثاني|ثالث|جديد)(?:\s+\S+){0,3}?\s*[،,]"
)


FRAMED_GENERIC = ("shelling.bombard", "shelling.pound")  # قصفت قوات النظام: a strike of its own


def framing_attack(c: CueHit, sentence: Sentence, mentions: DocMentions) -> bool:
    """A bare attack noun that only opens a sentence as "in another attack" (وفي هجوم آخر،
    وفي هجوم متزامن، وفي هجوم منفصل لداعش،) before a clause telling the act with its own cue
    (فجر انتحاريون أنفسهم، انفجرت سيارة مفخخة، قصفت قوات النظام): the act is the event, the
    framing noun is no clash or attack of its own (it took the act's dead)."""
    if c.entry_id != ATTACK_CUE:
        return False
    text = mentions.text
    if not FRAMING_BEFORE.search(text[sentence.start : c.start]):
        return False
    m = FRAMING_AFTER.match(text, c.end)
    if m is None or m.end() > sentence.end:
        return False
    return any(
        h.start >= m.end()
        and h.entry_id != ATTACK_CUE
        and (h.entry.get("strength") == "specific" or h.entry_id in FRAMED_GENERIC)
        for h in mentions.inside("action", m.end(), sentence.end)
    )


def village_noun_named(part: tuple[int, int], mentions: DocMentions) -> bool:
    """True when a part names a village by its class noun and a name the gazetteer lacks (وفي
    قرية رامي، قتل مسلحو التنظيم 12 مدنياً): a place of the killing, as a known town is."""
    for noun in hits_of(mentions.inside("place_marker", *part), "class_noun"):
        bare = noun.surface[len(noun.prefix) :]
        if bare in VILLAGE_NOUNS_BARE and not noun.prefix.endswith(("ال", "لل")):
            if village_name(noun, part, mentions):
                return True
    return False


def told_towns(sentence: Sentence, mentions: DocMentions) -> set[str]:
    """Towns where a sentence tells an event (an action cue other than a bare killing verb)."""
    cues = [
        c
        for c in mentions.inside("action", sentence.start, sentence.end)
        if not c.entry.get("needs_agent")
    ]
    if not cues:
        return set()
    return {
        p.town.id
        for p in mentions.inside("place", sentence.start, sentence.end)
        if p.town.kind not in WIDE_KINDS
    }


ARMED_VICTIMS = norm_re(
    r"(?<!\w)(?:ال)?(?:عنصر|عنصرا|عنصرين|عناصر|مقاتل|مقاتلا|مقاتلين|مقاتلون|مسلح|مسلحا|مسلحين"
    r"|ارهابي|ارهابيا|ارهابيين|جندي|جنديا|جنديين|جنود|عسكري|عسكريا|عسكريين|مرتزق|مرتزقا|مرتزقه"
    r"|قيادي|قياديا|قياديين|دواعش|داعشيا|داعشيين|انتحاري|انتحاريا|انتحاريين|ضابط|ضابطا|ضباط"
    r"|شرطي|شرطيا|شرطيين|منتسب|منتسبا|منتسبين|منتسبي|قائد|قاءدا|قائدا|قاده|امير|اميرا|امراء"
    r"|نقيب|ملازم|عقيد|عميد|مس[ءؤو]ول\s+امني|مس[ءؤو]ولا\s+امنيا|رجل\s+امن|رجال\s+امن)(?!\w)"
)
PERSONS = re.compile(r"(?<!\w)(?:ال)?(?:اشخاص|شخصا|شخصين|شخصان|افراد)(?!\w)")
UNARMED_SIDES = ("civilians", "protesters")


# «تمكن X من قتل …»: the killing verb's noun after a verb of managing, its subject named
# before it (Iraqi security media: تمكنت قطعات قيادة عمليات كركوك، يوم أمس، من قتل أربعة إرهابيين)
ENABLED_TO = re.compile(
    r"(?<!\w)[وف]?(?:تمكن|تمكنت|تمكنوا|يتمكن|تتمكن|استطاع|استطاعت|استطاعوا|نجح|نجحت|نجحوا)"
    r"\s+[^.\n]{0,100}?\s*من\s+$"
)


def agent_kill_action(cue: CueHit, part: tuple[int, int], mentions: DocMentions) -> str:
    """Action of an active killing verb told with its subject right after it (قتل مسلحون مجهولون
    ثلاثة مدنيين → attack; قتلت القوات الأمنية خمسة إرهابيين → clash); '' when no armed side
    follows the verb at once, or no victims follow that side in the clause (قتل مسلحون في
    الاشتباك is passive: gunmen were killed)."""
    text = mentions.text
    aircraft = [
        p
        for p in mentions.inside("platform", cue.end, part[1])
        if p.entry.get("type") in WEAPON_PLATFORMS and not text[cue.end : p.start].strip()
    ]
    if aircraft:  # قتلت طائرات النظام 12 مدنياً: the platform decides (codebook §2)
        return "airstrike" if platform_kind(aircraft[0]) == "air" else "shelling"
    if ENABLED_TO.search(text, max(0, cue.start - 120), cue.start) and ARMED_VICTIMS.search(
        text, cue.end, min(part[1], cue.end + 40)
    ):
        return "clash"  # تمكنت القوات، يوم أمس، من قتل أربعة إرهابيين: the subject is before
    agent = next(
        (
            a
            for a in mentions.inside("actor", cue.end, part[1])
            if a.entry_id not in UNARMED_SIDES and not text[cue.end : a.start].strip()
        ),
        None,
    )
    victims_from = agent.end if agent is not None else cue.end
    if agent is None:
        agent = subject_told_after_inna(cue, part, mentions)
        if agent is None:
            return ""
    elif re.match(r"(?:\s+[^\s،,]+)?\s+و", text[agent.end : part[1]]):
        return ""  # قتل جنود عراقيون وثلاثة مدنيين: both were killed (passive)
    civilians = [
        h
        for h in mentions.inside("role", victims_from, part[1])
        if h.entry.get("type") == "civilian"
    ] + [a for a in mentions.inside("actor", victims_from, part[1]) if a.entry_id == "civilians"]
    if civilians:
        return "attack"
    if ARMED_VICTIMS.search(text, victims_from, part[1]) or (
        agent.start > cue.start and counted_of_armed_side(agent, part, mentions)
    ):
        return "clash"
    if PERSONS.search(text, victims_from, part[1]):
        return "attack"  # قتل مسلحون مجهولون خمسة أشخاص: people, not fighters
    return ""


# the killer told as the subject of a reported clause, right before its verb (قال الوزير إن
# مقاتلي الدولة الإسلامية قتلوا 500 إيزيدي؛ وأكدت المصادر أن عناصر التنظيم أعدموا …)
INNA_SUBJECT = norm_re(r"(?<!\w)[وف]?(?:إن|أن|بأن)\s+(?:[^\s,،.؛:]+\s+)?$")


def subject_told_after_inna(cue: CueHit, part: tuple[int, int], mentions: DocMentions):
    """The armed side that ends right before the killing verb and opens a clause after «إن/أن»
    (at most one word, its men, between: إن مقاتلي الدولة الإسلامية قتلوا); None otherwise (a
    side named in a phrase before the verb: اشتباكات مع داعش قتل فيها … is passive)."""
    text = mentions.text
    before = [
        a
        for a in mentions.inside("actor", part[0], cue.start)
        if a.entry_id not in UNARMED_SIDES and not text[a.end : cue.start].strip()
    ]
    if not before:
        return None
    agent = before[-1]
    if not INNA_SUBJECT.search(text, max(part[0], agent.start - 24), agent.start):
        return None
    return agent


COUNTED_OF = re.compile(r"\s+من\s+(?:(?:ال)?(?:عناصر|مقاتلي|جنود|مسلحي|منتسبي|مرتزقه)\s+)?")


def counted_of_armed_side(agent, part: tuple[int, int], mentions: DocMentions) -> bool:
    """A count of another armed side's men right after the killer (قتل الجيش الحر ثلاثة من
    الشبيحة؛ قنصت الفصائل خمسة من قوات النظام): a side's fire on the other side, a clash
    (session 15, hY)."""
    text = mentions.text
    for n in mentions.inside("number", agent.end, min(part[1], agent.end + 40)):
        if words_between(text, agent.end, n.start) > 1:
            break
        for a in mentions.inside("actor", n.end, min(part[1], n.end + 30)):
            if a.entry_id in UNARMED_SIDES or a.entry_id == agent.entry_id:
                return False
            return bool(COUNTED_OF.fullmatch(text, n.end, a.start))
        return False
    return False


def subject_aircraft(
    cue: CueHit, part: tuple[int, int], platforms: list[CueHit], text: str
) -> bool:
    """Aircraft told just before a strike verb are its subject (طائرات حربية قصفت … مدفعية).

    A platform after the verb is then what was hit, unless it is the verb's adjective
    (قصف مدفعي) or its instrument (قصفت … بالمدفعية). A cue joined by و (غارات الطائرات
    وقصف) opens an action of its own.
    """
    if cue.entry.get("pos") != "verb" or cue.prefix.startswith("و"):
        return False
    if not any(
        platform_kind(p) == "air"
        and part[0] <= p.start
        and p.end <= cue.start
        and words_between(text, p.end, cue.start) <= SUBJECT_WORDS
        for p in platforms
    ):
        return False
    return not any(
        platform_kind(p) == "ground"
        and p.start >= cue.end
        and (words_between(text, cue.end, p.start) == 0 or text[p.start] == "ب")
        for p in platforms
    )


# the belts the attackers wear (هاجم انتحاريان يرتديان أحزمة ناسفة؛ مسلحون مرتدين أحزمة ناسفة):
# their gear, told right after the verb's subject, no blast of its own (session 16, hV5)
WORN_BELT = norm_re(
    r"(?<!\w)(?:يرتدي|يرتديان|يرتدون|ترتدي|مرتديا|مرتدين|مرتدون|يلبس|يلبسون|يحمل|يحملان|يحملون"
    r"|مزود|مزودا|مزودين|مزودون|مزودان)\s+(?:ب)?(?:(?:حزام|حزاما|احزمه|احزمة|حزامين|سترات|ستره"
    r"|سترة)\s+)?$"
)
WORN_WEARER_WORDS = 3  # the verb, then at most a count and the wearers, then the wear verb


def worn_belt(b: CueHit, verbs: list[CueHit], text: str) -> bool:
    """A belt (أحزمة ناسفة، حزاماً ناسفاً) worn by the subject right after another action's verb."""
    wear = WORN_BELT.search(text, max(0, b.start - 40), b.start)
    if wear is None or BLAST_LATER.match(text, b.end):
        return False
    return any(
        v.end <= wear.start() and words_between(text, v.end, wear.start()) <= WORN_WEARER_WORDS
        for v in verbs
    )


# the belts blown later in the sentence (…، قبل أن يفجروا أنفسهم؛ ثم فجّر حزامه): a bombing told
# (not the dawn: هاجم … فجر اليوم)
BLAST_LATER = norm_re(
    r"[^.\n]*?(?<!\w)[وفب]?(?:(?:فجر|يفجر|تفجر|تفجير)\w*\s+(?:\S+\s+)?(?:نفس|انفس|حزام|احزم)"
    r"|تفجير|تفجر|انفجار|انفجر)"
)


def drop_suicide_subjects(groups: dict[str, list[CueHit]], mentions: DocMentions) -> None:
    """A suicide noun that is the subject of another action's verb (انتحاريون هاجموا) is no bombing,
    nor are the belts that subject wears (هاجم انتحاريان يرتديان أحزمة ناسفة مقراً)."""
    verbs = [c for action, cues in groups.items() if action != "bombing" for c in cues]
    bombs = groups.get("bombing", [])
    subjects = [
        b
        for b in bombs
        if b.entry.get("suicide")
        and b.entry.get("pos") == "noun"
        and any(next_to(mentions.text, b, v) for v in verbs)
    ]
    worn = [b for b in bombs if b not in subjects and worn_belt(b, verbs, mentions.text)]
    if (subjects or worn) and len(subjects) + len(worn) == len(bombs):
        del groups["bombing"]


PERSONS_IN_PROTEST_CUE = "protest.persons_killed_in_protest_article"
PROTESTERS_KILLED_CUES = (
    "protest.protesters_killed",
    "protest.other_protesters_killed",
    PERSONS_IN_PROTEST_CUE,
)
# protesters shot by a force (برصاص قوات الأمن التي أطلقت النار على متظاهرين؛ فتحت قوات الأمن
# النار على المتظاهرين؛ قتل 12 متظاهراً برصاص الأمن) told earlier in the article: its persons
# killed town by town are those protests' dead (session 14, hO)
PROTESTERS_SHOT_BEFORE = re.compile(
    r"(?:النار|الرصاص|برصاص|بالرصاص|نيران)(?:\s+\S+){0,8}?\s+(?:علي\s+)?"
    r"(?:[وبل]|لل)?(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين|ون)?(?!\w)"
    r"|(?<!\w)(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين|ون)?(?:\s+\S+){0,3}?\s+"
    r"(?:برصاص|بالرصاص|بنيران)(?!\w)"
)
PROTEST_SHOT_CHARS = 1500  # how far back in the article the shooting on protesters may stand


def drop_dead_protesters_of_another_act(groups: dict[str, list[CueHit]]) -> None:
    """Protesters killed or wounded (قتل ثلاثة متظاهرين، بمقتل 18 محتجاً) tell a protest only
    when nothing else in the clause killed them: with another act's cue in the clause (a
    strike, a clash, a bombing told before them) they are that act's dead, and a protest is
    told by its own word or by a shooting's victims."""
    if not any(action != "protest" for action in groups):
        return
    kept = [c for c in groups.get("protest", []) if c.entry_id not in PROTESTERS_KILLED_CUES]
    if kept:
        groups["protest"] = kept
    else:
        groups.pop("protest", None)


def drop_others_with_no_protesters_before(
    groups: dict[str, list[CueHit]], sentence: Sentence, mentions: DocMentions
) -> None:
    """«قتل خمسة آخرون» are more protesters only after protesters named earlier in the
    sentence (وقتلوا ثمانية متظاهرين، كما قتل خمسة آخرون في المعضمية); else they are
    whoever was counted before, and the cue tells no protest."""
    cues = groups.get("protest", [])
    kept = [
        c
        for c in cues
        if (
            c.entry_id != "protest.other_protesters_killed"
            or PROTESTER_WORD.search(mentions.text, sentence.start, c.start)
        )
        and (
            c.entry_id != PERSONS_IN_PROTEST_CUE
            or PROTESTERS_SHOT_BEFORE.search(
                mentions.text, max(0, c.start - PROTEST_SHOT_CHARS), c.start
            )
        )
    ]
    if len(kept) == len(cues):
        return
    if kept:
        groups["protest"] = kept
    else:
        groups.pop("protest", None)


def absorb_attack_by_bomb(groups: dict[str, list[CueHit]], mentions: DocMentions) -> None:
    """An attack carried out with a bomb (هجمات بثلاث سيارات مفخخة، هجوم بعبوة ناسفة) is the bombing."""
    attacks = groups.get("clash", [])
    bombs = groups.get("bombing", [])
    text = mentions.text
    used = [
        a
        for a in attacks
        if a.entry.get("on_civilians")  # the attack nouns (هجوم، هجمات)
        and any(
            b.start >= a.end
            and words_between(text, a.end, b.start) <= BOMB_INSTRUMENT_WORDS
            and re.match(r"\s*ب", text[a.end : b.start] + text[b.start : b.start + 1])
            for b in bombs
        )
    ]
    if used:
        groups["bombing"] = sorted(used + bombs, key=lambda c: c.start)
        groups["clash"] = [a for a in attacks if a not in used]
        if not groups["clash"]:
            del groups["clash"]
    absorb_killing_by_instrument(groups, mentions)


INSTRUMENT_ACTIONS = ("airstrike", "shelling", "bombing")
KILLING_INSTRUMENT_WORDS = 20


def absorb_killing_by_instrument(groups: dict[str, list[CueHit]], mentions: DocMentions) -> None:
    """A killing told with its instrument in the same clause (اغتال … بغارة على منطقة السيدة
    زينب؛ اغتالت الولايات المتحدة سليماني … بضربة جوية) is the strike, not an attack of its own."""
    attacks = groups.get("attack", [])
    text = mentions.text
    for action in INSTRUMENT_ACTIONS:
        if not attacks:
            break
        tools = [b for b in groups.get(action, []) if b.prefix.startswith(("ب", "وب"))]
        used = [
            a
            for a in attacks
            if any(
                b.start >= a.end
                and words_between(text, a.end, b.start) <= KILLING_INSTRUMENT_WORDS
                and not re.search(r"[.،؛,;]", text[a.end : b.start])
                for b in tools
            )
        ]
        if used:
            groups[action] = sorted(used + groups[action], key=lambda c: c.start)
            attacks = [a for a in attacks if a not in used]
    if "attack" in groups:
        if attacks:
            groups["attack"] = attacks
        else:
            del groups["attack"]


# the count of the suicide attackers between the verb and them (هاجم ثلاثة انتحاريين من داعش؛
# اقتحم 4 انتحاريين المبنى؛ هاجم عدد من الانتحاريين) (session 16, hR5)
SUBJECT_COUNT = norm_re(
    r"\s+(?:\d+|اثنان|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|عدة|عدد\s+من)\s+"
)


# one of the counted attackers told blowing himself up later in the sentence (اقتحم ثلاثة
# انتحاريين من داعش المبنى، وفجر أحدهم نفسه): the suicide noun stays that bombing's cue
SELF_BLAST_AFTER = norm_re(
    r"[^.\n]*?(?<!\w)[وف]?(?:فجر|فجرت|فجروا|يفجر|بتفجير|وقام\s+\S+\s+بتفجير)\s+(?:\S+\s+)?"
    r"(?:نفسه|نفسها|أنفسهم|انفسهم)(?!\w)"
)


def next_to(text: str, a: CueHit, b: CueHit) -> bool:
    """True when two cues touch, in either order (انتحاريون هاجموا، هاجم انتحاريون), or a count
    of the suicide noun stands between the verb and it (هاجم ثلاثة انتحاريين)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if second.start < first.end:
        return False
    if not text[first.end : second.start].strip():
        return True
    return (
        bool(second.entry.get("suicide"))
        and SUBJECT_COUNT.fullmatch(text, first.end, second.start) is not None
        and SELF_BLAST_AFTER.match(text, second.end) is None
    )


# a second group of dead told after the first with its own cause (قضوا في هجوم ليل أمس، إلى جانب
# ثلاثة مدنيين قضوا برصاص عناصر التنظيم؛ بالإضافة إلى مدنيين قتلوا بقصف): that act's victims
OTHER_GROUP = norm_re(
    r"(?<!\w)(?:و?(?:إلى|الى)\s+جانب|(?:ب?الإضافة|ب?الاضافة|إضافة|اضافة)\s+(?:إلى|الى)"
    r"|فضلاً\s+عن|فضلا\s+عن|علاوة\s+على)(?!\w)"
)


def other_group_before(cue_end: int, at: int, mentions: DocMentions) -> bool:
    """True when a marker adding another group of dead (إلى جانب، بالإضافة إلى) stands between
    the cue and a victim word, and an act of its own follows the marker in that group's clause."""
    for m in OTHER_GROUP.finditer(mentions.text, cue_end, at):
        stop = CLAUSE_END.search(mentions.text, m.end())
        end = stop.start() if stop else len(mentions.text)
        if any(h.start >= m.end() for h in mentions.inside("action", m.end(), end)):
            return True
    return False


CLAUSE_END = norm_re(r"[.،,؛;\n]")


def turn_on_civilians(
    groups: dict[str, list[CueHit]], sentence: Sentence, frame: Frame, mentions: DocMentions
) -> None:
    """An attack on civilians only (هاجموا محطة …، ما أدى إلى مقتل 13 عاملاً) is that action.

    Cues with `on_civilians` change action when the cue part and the part after it name
    civilian victims and no armed side is named as the target after the cue in its part.
    """
    for action, cues in list(groups.items()):
        target = {c.entry.get("on_civilians") for c in cues}
        if len(target) != 1 or None in target:
            continue
        if any(c.entry.get("action") != action for c in cues):
            continue  # هجوم بطائرة مسيرة على مخيم: the drone's strike, whoever it hit
        part = sentence.parts[frame.cue_part]
        rest = sentence.parts[frame.cue_part : frame.cue_part + 2]
        civilians = [
            h
            for p in rest
            for h in mentions.inside("role", *p)
            if h.entry.get("type") == "civilian"
            and not other_group_before(cues[0].end, h.start, mentions)
        ]
        if cues[0].prefix.startswith("و"):  # يقتل 146 مدنيا … ويهاجم الحسكة: a clause of its own
            civilians = [h for h in civilians if h.start > cues[0].start]
        civilians += dead_told_before(cues[0], sentence, frame, mentions)
        civilians += [  # هاجم عناصر التنظيم قرية X، وخطفوا …، وقتلوا عدداً من سكانها: its victims
            k  # the cue holds its unarmed victims
            for k in mentions.inside("action", part[0], sentence.end)
            if k.entry_id == RAIDERS_KILLED and k.start > cues[0].start
        ]
        fled = [
            m
            for p in rest
            for m in mentions.inside("modality", *p)
            if m.entry_id == "background.civilians_fled"
        ]  # ما دفع آلاف السكان إلى النزوح: the displaced are no victims of the attack
        civilians = [h for h in civilians if not any(m.start <= h.start < m.end for m in fled)]
        civilians = [  # وتسبب الهجوم بنزوح وهروب آلاف الأهالي: the displaced, no victims
            h
            for h in civilians
            if h.entry_id == RAIDERS_KILLED
            or not residents_report_or_flee(mentions.text, h.start, h.end, h.surface)
        ]
        targets = [
            h
            for h in mentions.inside("role", cues[0].end, part[1])
            if h.entry.get("role") == "target"
        ]
        # protesters attacked (بهجوم مسلحين على المعتصمين، هاجموا المتظاهرين) are unarmed
        # victims too; not protesters who attack (هاجم محتجون مقر الحزب)
        civilians += [
            h
            for h in mentions.inside("role", cues[0].end, part[1])
            if h.entry.get("type") == "protester"
            and (
                protesters_attacked(mentions.text, cues, h, targets)
                or gunmen_target_protesters(cues, h, mentions)
            )
        ]
        armed = [
            a
            for a in mentions.inside("actor", cues[0].end, part[1])
            if a.entry_id not in ("civilians", "protesters")
            and any(
                t.end <= a.start and words_between(mentions.text, t.end, a.start) <= 2
                for t in targets
            )
        ]
        if civilians and not armed:
            groups.setdefault(target.pop(), []).extend(groups.pop(action))


# the attack told as where the dead fell (قتل 200 شخص، غالبيتهم من المدنيين، في سلسلة هجمات شنها
# التنظيم على السويداء؛ استشهد 12 مدنياً جراء هجوم …): «في / جراء / إثر / خلال» or ب right before
IN_THE_ATTACK = norm_re(
    r"(?<!\w)(?:في|جراء|اثر|إثر|خلال|عقب|بسبب)\s+(?:(?:سلسله|موجه|سلسلة|موجة)\s+(?:من\s+)?)?$"
)


def dead_told_before(
    cue: CueHit, sentence: Sentence, frame: Frame, mentions: DocMentions
) -> list[CueHit]:
    """Civilian victims told in the parts before an attack noun that tells where they fell (قتل
    أكثر من 200 شخص، غالبيتهم من المدنيين، أمس، في هجمات شنها التنظيم على مدينة السويداء):
    the dead of that attack, when those parts tell no action of their own."""
    text = mentions.text
    if cue.prefix not in ("", "ب", "بال", "ال") or frame.cue_part == 0:
        return []
    if cue.prefix.startswith("ب"):
        lead = text[sentence.parts[frame.cue_part][0] : cue.start].strip(" ،,")
        if lead:
            return []
    elif not IN_THE_ATTACK.search(text, max(0, cue.start - 30), cue.start - len(cue.prefix)):
        return []
    if not cue.surface[len(cue.prefix) :].startswith("هج"):
        return []  # the attack nouns (هجوم، هجمات), not a verb
    before = (sentence.parts[0][0], sentence.parts[frame.cue_part][0])
    if (
        mentions.inside("action", *before)
        or ARMED_VICTIMS.search(text, *before)
        or any(
            a.entry_id not in UNARMED_SIDES and not is_dateline(text, a)
            for a in mentions.inside("actor", *before)
        )
    ):
        return []  # خمسة مدنيين وعنصران من قوات النظام: fighters among the dead
    return [h for h in mentions.inside("role", *before) if h.entry.get("type") == "civilian"]


def protesters_attacked(text: str, cues: list[CueHit], h: CueHit, targets: list[CueHit]) -> bool:
    """Protesters named as what the attack is on: after «على» (a target marker) right before
    them, or as the object right after the attack verb (هاجموا المعتصمين)."""
    if any(t.end <= h.start and words_between(text, t.end, h.start) == 0 for t in targets):
        return True
    return any(
        c.end <= h.start
        and words_between(text, c.end, h.start) == 0
        and c.surface[len(c.prefix) :].startswith(("هاجم", "يهاجم", "تهاجم"))
        for c in cues
    )


def gunmen_target_protesters(cues: list[CueHit], h: CueHit, mentions: DocMentions) -> bool:
    """Protesters as the object of gunmen who target (استهدف مسلحون مجهولون اعتصام المحتجين؛
    استهدف مسلحون ملثمون المتظاهرين): within GUNMEN_OBJECT_WORDS of the cue, no side named
    between (استهدف مسلحون دورية للشرطة قرب المتظاهرين: the patrol is the target)."""
    return any(
        c.entry_id == GUNMEN_TARGET_CUE
        and c.end <= h.start
        and words_between(mentions.text, c.end, h.start)
        - riding_words(mentions.text, c.end, h.start)
        <= GUNMEN_OBJECT_WORDS
        and not any(
            a.entry_id not in ("civilians", "protesters", "unknown")
            for a in mentions.inside("actor", c.end, h.start)
        )
        for c in cues
    )


GUNMEN_TARGET_CUE = "clash.gunmen_target"
GUNMEN_OBJECT_WORDS = 3  # مسلحون «مجهولون» اعتصام المحتجين: the gunmen told between
# the vehicle the gunmen rode, told between them and their target (استهدف مسلحون يستقلون دراجة
# نارية خيم المعتصمين؛ مسلحون على متن سيارة مدنية): not counted as words before the object
RIDING = norm_re(
    r"(?<!\w)(?:يستقلون|يستقل|يستقلان|تستقل|يركبون|على\s+متن)\s+(?:دراجه|دراجات|دراجتين|سياره|سيارات"
    r"|سيارتين|عربه|عجله|عجلات)(?:\s+(?:ناريه|مدنيه|حديثه|رباعيه\s+الدفع|بيضاء|سوداء|مظلله|دفع\s+رباعي))?(?!\w)"
)


def riding_words(text: str, start: int, end: int) -> int:
    """Words of a riding phrase (يستقلون دراجة نارية) within text[start:end]."""
    return sum(len(m.group().split()) for m in RIDING.finditer(text, start, end))


ATTACK_CUE = "clash.attack"
RAIDERS_KILLED = "attack.raiders_killed"  # وقتلوا 20 مدنياً: the subject told before kills them
BY_AIR_WORDS = 1  # هجوم جديد بطائرة مسيرة: at most one word between the attack and its means


def attack_by_air(cue: CueHit, platforms: list[CueHit], text: str) -> bool:
    """An attack told with aircraft or drones as its means (هجوم بطائرتين مسيرتين، هجمات
    بالمسيرات، لهجوم بثلاث طائرات مسيرة), or made by them, is an air/drone strike, not an armed
    clash: aircraft launching it (شن الطيران المسير التركي هجوماً), or right after its verb or
    noun, maybe counted (هاجمت ثلاث طائرات مسيرة القاعدة، لهجوم طائرات مسيرة). Aircraft that
    only back a ground attack (بمساندة الطيران الروسي هاجمت قوات النظام), were shot down before
    it, or struck in a clause of their own (قصفت الطائرات القرية وهاجمت القوات) leave it a clash."""
    if cue.entry_id != ATTACK_CUE:
        return False
    air = [p for p in platforms if p.entry.get("type") in ("air", "air_force")]
    by_air = any(
        p.start >= cue.end
        and (
            ("ب" in p.prefix and words_between(text, cue.end, p.start) <= BY_AIR_WORDS)
            or COUNTED_MEANS.fullmatch(text, cue.end, p.start) is not None
        )
        for p in air
    )
    nominal = not cue.surface[len(cue.prefix) :].startswith(("هاجم", "يهاجم", "تهاجم"))
    launched_by_air = nominal and any(
        p.end <= cue.start
        and p.prefix in ("", "ال")
        and words_between(text, p.end, cue.start) <= AIR_SUBJECT_WORDS
        and not AIR_SUBJECT_BREAK.search(text, p.end, cue.start)
        and LAUNCH_VERB.search(text, max(0, p.start - 12), p.start) is not None
        for p in air
    )
    made_by_air = any(  # هاجمت طائرات مسيرة القاعدة، لهجوم طائرات مسيرة: subject or idafa
        p.start >= cue.end
        and p.prefix in ("", "ال")
        and (
            words_between(text, cue.end, p.start) == 0
            or COUNT_WORD.fullmatch(text, cue.end, p.start) is not None
        )
        for p in air
    )
    return by_air or launched_by_air or made_by_air


AIR_SUBJECT_WORDS = 3  # شن الطيران المسير التركي هجوماً: the platform and its adjectives
# an owner told in another clause of the sentence owns another strike: «شنت الطائرات الحربية غارات
# على كفرنبل، فيما/بالتزامن مع/وسط غارات روسية على سراقب» — the unowned strike does not take it
OTHER_STRIKE_CLAUSE = norm_re(
    r"(?<!\w)(?:فيما|بينما|في\s+حين|وسط|بالتزامن\s+مع|تزامنا\s+مع|تزامناً\s+مع|(?:بعد|عقب|اثر|إثر)"
    r"(?!\s+(?:ال)?(?:ظهر|منتصف|عصر|مغرب|فجر|عشاء|ظهيرة|صلاة)))(?!\w)"
)
SAID_TO_BE = norm_re(r"(?<!\w)ب?[اإأ]نها\s+$")
AIR_SUBJECT_BREAK = norm_re(r"[،,.؛:]|(?<!\w)(?:بعد|قبل|اثر|عقب|فيما|بينما|حيث|ثم)(?!\w)|\sو")
LAUNCH_VERB = re.compile(r"(?<!\w)[وف]?(?:شن|شنت|يشن|تشن|نفذ|نفذت|ينفذ|تنفذ)\s+$")
_COUNT = (
    r"(?:\d+|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمان|تسع|تسعه|عشر|عشره|عده|سرب)"
)
COUNT_WORD = re.compile(r"\s+" + _COUNT + r"\s+")  # هاجمت ثلاث طائرات مسيرة: a count between
COUNTED_MEANS = re.compile(r"\s+ب\W*" + _COUNT + r"\s+")  # لهجوم بثلاث طائرات مسيرة


INDIRECT_FIRE = frozenset(
    normalize_key(w)
    for w in ("صاروخ", "صاروخين", "صواريخ", "قذيفة", "قذيفتين", "قذائف", "هاون", "غراد", "راجمات")
)
BY_COUNT = re.compile(r"\s*ب\W*\d+\s+")  # لهجوم بـ10 صواريخ: the means counted after ب


def attack_by_rockets(cue: CueHit, platforms: list[CueHit], text: str) -> str:
    """An attack told with rockets or mortar rounds as its means (هجوم بـ10 صواريخ، هجوم
    بقذائف الهاون) is a shelling (codebook §2: the platform decides), not an armed clash; an
    attack "with tanks" stays a ground assault."""
    if cue.entry_id != ATTACK_CUE:
        return ""
    for p in platforms:
        if p.entry.get("type") != "ground" or p.start < cue.end:
            continue
        word = normalize_key(text[p.start : p.end]).split()[-1]
        if not any(word.endswith(w) for w in INDIRECT_FIRE):  # بقذائف، الهاون
            continue
        between = text[cue.end : p.start]
        if ("ب" in p.prefix and words_between(text, cue.end, p.start) <= BY_AIR_WORDS) or (
            BY_COUNT.fullmatch(between)
        ):
            return "shelling"
    return ""


def air_repel(cue: CueHit, platforms: list[CueHit], cues: list[CueHit]) -> str:
    """Aircraft that "repel an attack" (طائرات التحالف تدخلت لصد الهجوم) strike from the air."""
    action = str(cue.entry["action"])
    if cue.entry_id != REPEL_CUE or any(c.entry.get("action") == "airstrike" for c in cues):
        return action
    if any(p.entry.get("type") in ("air", "air_force") and p.end <= cue.start for p in platforms):
        return "airstrike"
    return action


def aircraft_before(cue: CueHit, part: tuple[int, int], platforms: list[CueHit]) -> bool:
    """True when aircraft are the subject of a shooting verb (مروحيات أطلقت النار على الحي)."""
    return any(
        p.entry.get("type") in ("air", "air_force") and part[0] <= p.start and p.end <= cue.start
        for p in platforms
    )


STORMING_NOUN = re.compile(r"(?:اقتحام|دخول|تحرير)")
PROTEST_CLASH_CUES = (  # اقتحم متظاهرون مبنى؛ سيطر المحتجون على جسر الأحرار (session 14)
    "clash.clashes",
    "clash.attack",
    "capture.enter",
    "capture.take_control",
    "capture.seize",
    "capture.present_tense",
)
PROTEST_TAKE_CUES = ("capture.take_control", "capture.seize", "capture.present_tense")
PROTEST_SUBJECT_CHARS = 20  # تمكن المتظاهرون من السيطرة: the subject a few words before the noun
PROTESTER_WORD = re.compile(  # 17 متظاهراً، المعتصمين: counted or bare protesters
    r"(?<!\w)(?:[وبل]|لل)?(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين|ون|ات)?(?!\w)"
)
BETWEEN_SIDES = re.compile(r"(?:\s+\S+){0,2}?\s+بين(?!\w)")  # مواجهات عنيفة بين …
PROTESTERS_AFTER = re.compile(  # هاجم محتجون؛ اشتبكت قوات الأمن مع المتظاهرين؛ مواجهات مع مئات المحتجين
    r"\s+(?:(?:\S+\s+){0,3}?مع\s+|(?:\S+\s+)?)(?:(?:ال)?(?:"
    + "|".join(normalize_key(w) for w in ("مئات", "عشرات", "آلاف", "حشود", "جموع"))
    + r")\s+(?:من\s+)?)?"
    r"(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين|ون|ات)?(?!\w)"
)
BETWEEN_CHARS = 40  # the first side of the between-phrase: a few words after بين


# confrontations told only as part of the protests (أعنف المواجهات منذ انطلاق التظاهرات؛ مواجهات
# خلال الاحتجاجات في ساحة التحرير): the protest turned violent (codebook §2), not a battle; not
# when gunmen or another armed word stand in the clause (مواجهات مع مسلحين قرب ساحة الاعتصام)
# (session 15, hU)
CONFRONTATION_NOUN = re.compile(r"^(?:ال)?مواجهات$")
PROTEST_EVENT_NOUN = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:تظاهرات|مظاهرات|تظاهره|مظاهره|احتجاجات|الاحتجاجات|اعتصامات|اعتصام)(?!\w)"
)
ARMED_WORD = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:مسلح|مسلحين|مسلحون|مسلحي|مسلحه|مليشيات|ميليشيات|فصاءل)(?!\w)"
)


def confrontations_of_the_protests(cue: CueHit, part: tuple[int, int], text: str) -> bool:
    """True for «المواجهات» told with the protests in its clause and no armed word in it."""
    return (
        cue.entry_id == "clash.clashes"
        and bool(CONFRONTATION_NOUN.match(normalize_key(cue.surface)))
        and bool(PROTEST_EVENT_NOUN.search(text, *part))
        and not ARMED_WORD.search(text, *part)
    )


def protesters_clash(cue: CueHit, part: tuple[int, int], mentions: DocMentions) -> str:
    """Clashes or an attack told with protesters as one side (مواجهات بين متظاهرين والقوات
    الأمنية؛ أصيب 17 متظاهراً خلال مواجهات مع قوات مكافحة الشغب؛ هاجم محتجون نقطة عسكرية) are
    a protest turned violent (codebook §2), not an armed clash. The protesters must be a side:
    named in the between-phrase when there is one, else before the cue or as the subject right
    after it. Protesters caught in others' fighting (قتل متظاهر خلال اشتباكات بين فصيلين
    مسلحين) or a clause naming two armed sides leave the clash as it is."""
    if cue.entry_id == REPEL_CUE:
        return repelled_protesters(cue, part, mentions)
    if cue.entry_id not in PROTEST_CLASH_CUES:
        return ""
    text = mentions.text
    if cue.entry_id == "capture.enter" and STORMING_NOUN.search(cue.surface):
        return ""  # خلال محاولتهم اقتحام المبنى: an attempt told by the noun stays an attempt
    between = BETWEEN_SIDES.match(text, cue.end, part[1])
    if between:
        side = (between.end(), min(part[1], between.end() + BETWEEN_CHARS))
        if not PROTESTER_WORD.search(text, *side):
            return ""
    elif cue.entry_id in PROTEST_TAKE_CUES:
        # the protesters take the bridge only as the verb's subject (سيطر المحتجون على الجسر؛
        # تمكن المتظاهرون من السيطرة على), not a crowd told before another side's capture
        # (المتظاهرون في إدلب خرجوا بعد أن سيطر الجيش الحر على المدينة)
        near = max(part[0], cue.start - PROTEST_SUBJECT_CHARS)
        if not PROTESTER_WORD.search(text, near, cue.start) and not PROTESTERS_AFTER.match(
            text, cue.end, part[1]
        ):
            return ""
    elif (
        not PROTESTER_WORD.search(text, part[0], cue.start)
        and not PROTESTERS_AFTER.match(text, cue.end, part[1])
        and not confrontations_of_the_protests(cue, part, text)
    ):
        return ""
    actors = mentions.inside("actor", *part)
    armed = {a.entry_id for a in actors if a.entry_id not in (*UNARMED_SIDES, "unknown")}
    return "protest" if len(armed) <= 1 else ""


REPEL_CUE = "clash.repel"
# protesters met by a force (وتصدت القوات الأمنية للمتظاهرين بالرصاص الحي؛ تظاهر الآلاف في
# البصرة. وتصدت لهم القوات الأمنية): the protest met with force, not a clash (session 15, hE3)
REPELLED_PROTESTERS = re.compile(r"(?:\s+\S+){0,3}?\s+(?:لل|ل)(?:متظاهر|محتج|معتصم)(?:ين|ات)(?!\w)")
REPELLED_THEM = re.compile(r"\s+ل(?:هم|هن)(?!\w)")
# an attack told with them: the pronoun is attackers (هاجم مسلحون … فتصدت لهم القوات)
ATTACK_TOLD = re.compile(r"(?<!\w)[وف]?(?:هاجم|هجوم|هجوما|تسلل|اشتباك|مسلح)")


def repelled_protesters(cue: CueHit, part: tuple[int, int], mentions: DocMentions) -> str:
    """«تصدت» with protesters as its object, named or told by a pronoun after a protest told
    just before, is a protest met with force."""
    text = mentions.text
    if REPELLED_PROTESTERS.match(text, cue.end, part[1]):
        pass
    elif not (
        REPELLED_THEM.match(text, cue.end, part[1])
        and PROTEST_TOLD.search(text, max(0, cue.start - DISPERSAL_CONTEXT), cue.start)
        and not ATTACK_TOLD.search(text, max(0, cue.start - DISPERSAL_CONTEXT), part[1])
    ):
        return ""
    actors = mentions.inside("actor", *part)
    armed = {a.entry_id for a in actors if a.entry_id not in (*UNARMED_SIDES, "unknown")}
    return "protest" if len(armed) <= 1 else ""


# the crowd told by a pronoun (لتفريقهم، لتفريقها، النار عليهم): the protesters told before it
PRONOUN_DISPERSAL = re.compile(  # النار (الحي) عليهم: live fire, as the press writes it (hI3)
    r"(?<!\w)(?:[لب]?تفريق(?:هم|هن|ها)|النار\s+(?:(?:ال)?حيه?\s+)?علي(?:هم|هن))(?!\w)"
)
DISPERSAL = re.compile(  # أطلقت القوات الرصاص الحي لتفريقهم: shooting to disperse a crowd
    r"(?<!\w)(?:ل|و)?تفريق(?:هم|هن|ها)?(?!\w)"
)
# a crowd dispersed is protesters only when a protest is told with it or just before (not
# smugglers at a border, onlookers of a road accident, a family quarrel) (session 7 review)
PROTEST_WORDS = re.compile(r"متظاهر|محتج|معتصم|مظاهر|تظاهر|احتجاج|اعتصام|تجمع|احتشد|حشود")
DISPERSAL_CONTEXT = 200
PROTEST_TOLD = re.compile(r"متظاهر|محتج|معتصم|مظاهر|تظاهر|احتجاج|اعتصام")


def protesters_victims(part: tuple[int, int], mentions: DocMentions) -> bool:
    """Protesters are the ones shot in the part (named, the crowd dispersed, one protester
    killed or hurt)."""
    actors = mentions.inside("actor", *part)
    roles = mentions.inside("role", *part)
    return bool(
        any(a.entry_id == "protesters" for a in actors)
        or any(h.entry.get("type") == "protester" for h in roles)
        or (
            # …لتفريقهم؛ وفتحت قوات الأمن النار عليهم (session 15, hE3): the crowd told before
            DISPERSAL.search(mentions.text, *part)
            and PROTEST_WORDS.search(mentions.text, max(0, part[0] - DISPERSAL_CONTEXT), part[1])
        )
        or (
            # وقامت قوات الأمن بتفريقهم؛ وفتحت قوات الأمن النار عليهم: the crowd is the one told
            # before, protesters only when a protest itself is told (a crowd that gathered,
            # تجمع عشرات المهربين, is not one) (session 15, hE3)
            PRONOUN_DISPERSAL.search(mentions.text, *part)
            and PROTEST_TOLD.search(mentions.text, max(0, part[0] - DISPERSAL_CONTEXT), part[1])
        )
        or (
            PROTESTER_SHOT.search(mentions.text, *part)
            and not OTHERS_FIGHT.search(mentions.text, *part)
        )
    )


def victims_action(part: tuple[int, int], mentions: DocMentions, gunmen_attack: bool = True) -> str:
    """Shooting is a protest (repressed) when protesters are shot, an attack on civilians; an
    attack on the protesters when gunmen of no side shot them (unknown_shooters) and no
    specific cue of the part makes that attack already (استهدف مسلحون مجهولون المتظاهرين
    بالرصاص الحي: the gunmen's targeting is the attack, the shooting the protest)."""
    actors = mentions.inside("actor", *part)
    if protesters_victims(part, mentions):
        if gunmen_attack and unknown_shooters(part, mentions):
            return "attack"  # قناصين مجهولين … أطلقوا النار على المحتجين: no force met the crowd
        return "protest"
    civilians = [h for h in mentions.inside("role", *part) if h.entry.get("type") == "civilian"]
    if civilians or any(a.entry_id == "civilians" for a in actors):
        return "attack"
    if PERSONS_SHOT.search(mentions.text, *part) and not ARMED_VICTIMS.search(mentions.text, *part):
        return "attack"  # قتل 5 أشخاص برصاص قوات الأمن: people shot dead, none of them armed
    if FORMER_MEMBER.search(mentions.text, *part):
        return "attack"  # أطلق مجهولون النار على عنصر سابق في الفصائل، ما أدى لمقتله
    return ""


# gunmen, masked men or snipers with no side named (وقال شهود إن مسلحين بلباس مدني أطلقوا النار
# على المتظاهرين؛ قناصين مجهولين اعتلوا أسطح البنايات وأطلقوا النار على رؤوس المحتجين): coders
# give an attack by unknown on the protesters, not a protest met with force, which they keep for
# a named force (قوات الأمن، مكافحة الشغب); snipers with no «مجهولين» (قتل متظاهران برصاص قناصة,
# Syria 2011) stay the protest, the force implied
UNKNOWN_SHOOTER = norm_re(
    r"(?<!\w)[وف]?(?:ال)?(?:مسلح|مسلحون|مسلحين|مسلحان|مسلحا|ملثمون|ملثمين|مجهول|مجهولون"
    r"|مجهولين)(?!\w)"
)


def unknown_shooters(part: tuple[int, int], mentions: DocMentions) -> bool:
    """Protesters shot by gunmen or snipers told with no armed side in the part (the only
    actors named are the protesters, civilians, gunmen or «unknown»)."""
    return bool(UNKNOWN_SHOOTER.search(mentions.text, *part)) and not any(
        a.entry_id not in ("civilians", "protesters", "unknown", "gunmen")
        for a in mentions.inside("actor", *part)
    )


# a former member or commander of a side (عنصر سابق في فصائل المعارضة، القيادي السابق في الجيش
# الحر، عضو سابق في لجنة المصالحة) shot by gunmen: Daraa's assassinations after the 2018
# settlement; he bore no arms for a side when shot, so it is an attack, not a clash; his side
# stays actor2 as the text names it (session 14, hM)
FORMER_MEMBER = norm_re(
    r"(?<!\w)(?:ال)?(?:عنصر|عنصرا|عنصرين|عناصر|قيادي|قياديا|قياديين|عضو|عضوا|اعضاء|مقاتل|مقاتلا"
    r"|مقاتلين|قائد|قاءد|قائدا|قاءدا|ضابط|ضابطا|مسؤول|مسءول|مسؤولا|مسءولا)"
    r"(?:\s+(?:ال)?(?:امني|امنيا|عسكري|عسكريا|ميداني|ميدانيا))?\s+(?:ال)?(?:سابق|سابقا|سابقين"
    r"|متقاعد|متقاعدا)(?!\w)"
)


# one protester (or a few) killed or wounded by a shooting (قتل متظاهر برصاص قوات الأمن في
# الناصرية؛ أصيب محتج بجروح برصاص القوات الأمنية): the victim of the verb, not a side of its
# own (the bare singular is no actor alias: protesters would become a side of others' clashes)
# (session 14, hO)
PROTESTER_SHOT = re.compile(
    r"(?<!\w)[وف]?(?:قتل|مقتل|لقي|استشهد|استشهاد|اصيب|اصابه|جرح|سقوط)\s+"
    r"(?:(?!ب|علي\s)\S+\s+){0,2}?(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين)?(?!\w)"
)

# others' fighting or a stray bullet (قتل متظاهر برصاص طائش خلال اشتباكات بين فصيلين): the
# protester is a bystander of that act, not shot at as a protester
OTHERS_FIGHT = norm_re(
    r"(?<!\w)(?:ال)?(?:اشتباك|اشتباكات|معارك|اقتتال|مواجهات\s+بين|طائش|طاءش|طائشه|طاءشه"
    r"|طائشة|طاءشة)(?!\w)"
)


# «أشخاص» (or a journalist, an activist) shot dead: the victims of a shooting, unarmed unless
# the part says otherwise (they
# are not made civilians elsewhere: coders leave actor2 empty for people killed by a bomb)
PERSONS_SHOT = re.compile(
    r"(?<!\w)[وف]?(?:قتل|قتلت|مقتل|لقي|لقوا|اصيب|اصابه|جرح|سقوط)\s+(?:\S+\s+){0,3}?"
    r"(?:اشخاص|الاشخاص|شخصا|شخصين|شخصان|الصحفي|صحفيا|الناشط|ناشطا|الاعلامي|اعلاميا)(?!\w)"
)


# قتل عنصر من قوات النظام برصاص قناص من فصائل المعارضة: a killing or wounding word before the
# shot fighters
# قضى، استشهد، ارتقى: the same death told by its outlets (قضى مقاتل من الجيش الوطني برصاص قناص
# من قسد؛ استشهد جندي بنيران قناص) (session 14, hM)
HIT_WORD = norm_re(
    r"(?<!\w)[وف]?(?:قتل|قتلت|مقتل|اصيب|اصيبت|اصابه|جرح|جرحت|لقي|لقوا|قضي|قضى|استشهد|ارتقي|ارتقى)(?!\w)"
)


def fighters_shot(
    cue: CueHit, part: tuple[int, int], mentions: DocMentions, specific: list[CueHit]
) -> str:
    """A fighter, soldier or member of a side killed or wounded by a sniper's or a side's fire
    (قتل عنصر من فصيل أحرار الشرقية برصاص قناص من قسد على جبهة تل تمر؛ قتل جندي تركي برصاص
    قناص) is an armed clash, when the part tells no other act (no execution or arrest: أعدمه
    رمياً بالرصاص) and its victims are fighters, not civilians (victims_action)."""
    text = mentions.text
    if specific:
        return ""
    if SNIPED_FIGHTER.match(text, cue.start) and not NOT_COMBAT.search(text, part[0], part[1]):
        return "clash"  # قنصت الفصائل عنصراً من قوات النظام: a side's sniper hit a fighter
    if SNIPING_VERB.match(text, cue.start) and not NOT_COMBAT.search(text, part[0], part[1]):
        agent = next(
            (
                a
                for a in mentions.inside("actor", cue.end, part[1])
                if a.entry_id not in UNARMED_SIDES and not text[cue.end : a.start].strip()
            ),
            None,
        )
        if agent is not None and counted_of_armed_side(agent, part, mentions):
            return "clash"  # قنص الجيش الحر ثلاثة من الشبيحة: a count of the other side's men
    before = text[part[0] : cue.start]
    if not HIT_WORD.search(before) or not (
        ARMED_VICTIMS.search(before) or ARMED_DUAL.search(before)
    ):
        return ""
    if NOT_COMBAT.search(text, part[0], part[1]):
        return ""  # برصاص زملائه إثر خلاف، برصاص طائش، بنيران صديقة: no fight between sides
    sniper = SNIPER.search(text, cue.start, cue.end + 12)
    shooter = [  # برصاص قناص من قسد، بنيران فصائل المعارضة، برصاص مسلحين مجهولين: a side fired
        a
        for a in mentions.inside("actor", cue.end, part[1])
        if a.entry_id not in UNARMED_SIDES and words_between(text, cue.end, a.start) <= 3
    ]
    return "clash" if sniper or shooter else ""


SNIPER = re.compile(r"قنص|قناص")
SNIPING_VERB = re.compile(r"[وف]?(?:قنص|قنصت|قنصوا)(?!\w)")
# a sniping verb with a fighter as its object (قنصت الفصائل عنصراً من قوات النظام؛ قنص مقاتلو
# قسد جندياً تركياً؛ وقنصوا عنصرين): a side's fire on the other side's men, an armed clash
# (session 14, hM); its subject, up to three words, comes between
SNIPED_FIGHTER = re.compile(
    r"[وف]?(?:قنص|قنصت|قنصوا|قنصا|تقنص|يقنص)\s+(?:\S+\s+){0,3}?"
    r"(?:عنصر|عنصرا|عنصرين|عناصر|مقاتل|مقاتلا|مقاتلين|جندي|جنديا|جنديين|جنود|ضابط|ضابطا|شرطي|شرطيا"
    r"|مسلح|مسلحا|مسلحين|قناص|قناصا)(?!\w)"
)
ARMED_DUAL = re.compile(r"(?<!\w)(?:عنصران|جنديان|مقاتلان|مسلحان|ضابطان|شرطيان)(?!\w)")
NOT_COMBAT = norm_re(
    r"(?<!\w)(?:طاءش|طائش|صديقه|صديقة|الخطا|الخطأ|خطا|خلاف|شجار|مشاجره|زملاء\w*|شقيق\w*|"
    r"حفل|عرس|زفاف|ثار|الثار|انتحار|انتحر)(?!\w)"
)


def platform_kind(p: CueHit) -> str:
    """'air' for aircraft and air forces, 'ground' for artillery."""
    return "air" if p.entry["type"] in ("air", "air_force") else "ground"


def generic_action(cue: CueHit, platforms: list[CueHit], specific: list[CueHit]) -> str:
    """Action of a generic cue: its platform's, a specific cue's in the part, or its default."""
    needs = cue.entry.get("platform")
    usable = [p for p in platforms if needs is None or platform_kind(p) == needs]
    if usable:
        nearest = min(usable, key=lambda p: abs(p.start - cue.start))
        kind = platform_kind(nearest)
        if not specific or not any(s.entry.get("platform") for s in specific):
            return "airstrike" if kind == "air" else "shelling"
    instruments = [s for s in specific if s.entry.get("action") not in NOT_INSTRUMENTS]
    joined_after = cue.prefix.startswith("و") and all(s.start < cue.start for s in instruments)
    if instruments and not joined_after:
        return ""  # استهدفت … بغارات: the verb is told with the strike noun
    if cue.entry.get("default"):
        return str(cue.entry["action"])  # غارات روسية وقصف للنظام: a second action of its own
    return ""


# the week an act is told over (تعرضت المدينة خلال الأسبوع لقصف بأكثر من 40 برميلاً): the act
# itself, when no dead are counted; «الشهر الماضي» and longer periods still block (a month's
# background fight, a campaign's total)
RECENT_PERIOD = norm_re(r"خلال\s+(?:ال)?(?:اسبوع|اسابيع)")


def recent_period_act(toll: Any, in_part: list[Any], text: str) -> bool:
    """True when the part's period marker is the week (خلال الأسبوع) and the part counts
    no dead, wounded or captured: the act told over it is an event, not a cumulative toll."""
    if not RECENT_PERIOD.fullmatch(text, toll.start, toll.end):
        return False
    return not any(c.entry.get("type") != "toll" for c in in_part)


# a definite act told after the event's clause as what it came in the wake of (، عقب الغارات
# الأميركية على مواقع النظام؛ وذلك في أعقاب الهجوم التركي): another, earlier event (session 16, hR5)
IN_WAKE_BEFORE = norm_re(r"[،,؛]\s*(?:وذلك\s+)?(?:عقب|في\s+أعقاب|بعيد)\s+$")


def referred_in_wake(
    cue: CueHit, action: str, sentence: Sentence, part: tuple[int, int], mentions: DocMentions
) -> bool:
    """True when a definite strike noun opens a clause «، عقب ال…» after a strike told in the same
    sentence and names no town of its own: the strike referred to, not the event's own telling (it
    would lend its owner to the strike told before it). With a town (عقب الهجوم على الكلية
    الحربية في مدينة حمص) it stays an event of that town; an attack or clash after a fight or a
    withdrawal (انسحبت القوات من القرية، عقب الاشتباكات مع التنظيم) may be its cause and stays."""
    if action not in REMOTE_ACTIONS:
        return False
    if cue.prefix not in ("ال", "وال") or not IN_WAKE_BEFORE.search(
        mentions.text, max(sentence.start, cue.start - 24), cue.start
    ):
        return False
    if not any(
        h.entry.get("action") in REMOTE_ACTIONS
        for h in mentions.inside("action", sentence.start, cue.start)
    ):
        return False
    return not any(
        p.town.kind not in WIDE_KINDS for p in mentions.inside("place", cue.end, part[1])
    )


def modality_block(cue: CueHit, action: str, sentence: Sentence, mentions: DocMentions) -> str:
    """The id of the modality cue that makes this cue no event ('' if none)."""
    if cue.future:
        return "future.prefix_sa"
    if (
        cue.entry.get("tense") == "imperfect"
        and not told_as_news(cue, sentence, mentions)
        and not consequence_li(cue, sentence, mentions)
    ):
        return "state.present_tense"  # تسيطر قسد على المنطقة منذ 2019: a state, not an act
    light = LIGHT_VERB_AIM_OR_HABIT.search(mentions.text, max(0, cue.start - 16), cue.start)
    if light is not None and light.group("li"):
        return "purpose.light_verb"  # تستغل خلايا التنظيم الوديان لشن هجمات: the aim, no act
    if light is not None and light.group("base") and not told_as_news(cue, sentence, mentions):
        return "state.light_verb_present"  # ويشن منها هجمات على القطعات: a habit, no act
    if (
        cue.entry_id == "attack.sniper"
        and SNIPERS_DEAD.search(
            mentions.text, max(sentence.start, cue.start - 60), min(sentence.end, cue.end + 12)
        )
        and any(
            h.entry.get("action") == "clash"
            for h in mentions.inside("action", sentence.start, cue.start)
        )
    ):  # وتجددت الاشتباكات …، مشيراً إلى مقتل ثلاثة مدنيين برصاص قناصة: the fight's dead
        return "background.sniper_dead_in_fight"
    if cue.entry_id == "withdrawal.flee" and FLED_TOWARDS.match(mentions.text, cue.end):
        return "background.fled_towards"  # فيما فرّ الباقون باتجاه كنسبا: the end of a fight
    if (
        action in PURPOSE_ACTIONS
        and cue.prefix in ("ل", "لل", "ول")
        and not consequence_li(cue, sentence, mentions)
    ):
        return "purpose.li"  # عملية عسكرية لاستعادة تكريت: the aim, not the outcome
    text = mentions.text
    part = sentence.parts[sentence.part_of(cue.start)]
    if cue.prefix in ("ل", "لل") and PREPARE_VERB.search(
        text, max(part[0], cue.start - PREPARE_CHARS), cue.start
    ):
        return "purpose.prepare"  # تعد القوات العراقية لهجوم واسع: what is prepared is no event
    if (
        OF_ITS_KIND.match(text, cue.end)
        and "في" in re.findall(r"\w+", text[max(sentence.start, cue.start - 16) : cue.start])[-2:]
        and mentions.inside("action", sentence.start, cue.start)
    ):  # قتل ثمانية بقصف …، في ثاني هجوم من نوعه: the strike just told, counted
        return "reference.of_its_kind"
    in_part = mentions.inside("casualty", *part)
    if any(
        c.entry.get("type") == "toll"
        and not compares_since_word(text, c.start)
        and not recent_period_act(c, in_part, text)
        for c in in_part
    ):
        return "toll.cumulative_in_part"
    anchor = TIME_ANCHOR_BEFORE.search(text, max(part[0], cue.start - 60), cue.start)
    if (
        anchor is not None
        and not anchor.group().startswith("مع")
        and any(h.start < cue.start for h in mentions.inside("action", part[0], cue.start))
    ):  # قصفت البلدة قبل ساعات من بدء الهجوم البري: the attack dates the shelling, told elsewhere
        return "reference.time_anchor"
    if referred_in_wake(cue, action, sentence, part, mentions):
        return "reference.in_wake"  # قصفت طائرات مدينة دوما، عقب الغارات الأميركية على مواقع النظام
    if action in ("arrest", "abduction") and ATTEMPTED_TAKING.search(
        text, max(part[0], cue.start - 40), cue.start
    ):
        return "failed.attempted_taking"  # حاولت دورية اعتقاله؛ نجا من محاولة خطف: no one taken
    for m in mentions.inside("modality", sentence.start, sentence.end):
        blocks = m.entry.get("blocks") or []
        if m.entry["type"] == "distinct" or (blocks and action not in blocks):
            continue
        if m.entry.get("needs_earlier") and not told_earlier(action, sentence.start, mentions):
            continue  # يعتبر القصف … الأعنف: a comment, unless it is the event's only telling
        if m.entry_id == CAME_AFTER_ID and retold_of_same_kind(cue, action, sentence, mentions):
            continue  # وجاءت الغارة بعد يوم من استهداف مسيّرة سيارة قرب خانصور: the strike retold
        if m.entry.get("yields_to_dated") and any(
            d.kind == "point" and d.start > m.end for d in mentions.inside("date", *part)
        ):
            continue  # ويرى ناشطون أن قوات النظام قصفت البلدة أمس: a dated act, only its author is a view
        if m.entry.get("yields_to_any_date") and any(
            d.kind == "point" for d in mentions.inside("date", *part)
        ):
            continue  # دارت أمس معارك على جبهات ريف إدلب: a fight of a told day, not a summary
        if m.entry.get("yields_to_casualties") and mentions.inside("casualty", *part):
            continue  # قتل ثلاثة عناصر في اشتباكات على جبهات ريف اللاذقية: a fight with its dead
        if m.entry.get("yields_to_two_sides") and (
            len(
                {
                    a.entry_id
                    for a in mentions.inside("actor", *part)
                    if a.entry_id not in (*UNARMED_SIDES, "unknown")
                }
            )
            >= 2
        ):
            continue  # تشهد جبهات ريف حماة معارك كر وفر بين قوات النظام والفصائل: sides named
        if in_scope(m, cue, part, text):
            if m.entry_id in FOUND_AFTER_BLAST_IDS and BLAST_AS_CAUSE.search(
                text, max(part[0], cue.start - 8), cue.end
            ):
                continue  # عثر على أشلاء ثلاثة أشخاص بعد انفجار لغم: the blast that killed them
            if m.entry_id.startswith(TOLD_ON_TOPICS) and own_relative_clause(
                cue, part, sentence.end, mentions
            ):
                continue
            return m.entry_id
    return ""


# «وجاء الهجوم بعد …» (session 16, hE5): the framed act is one told before, unless the act the
# framing retells is of the same kind (وجاءت الغارة بعد يوم واحد من استهداف مسيّرة تركية سيارة قرب
# خانصور): then the framed noun carries that earlier strike, an event of the article
CAME_AFTER_ID = "background.came_after"


def retold_of_same_kind(
    cue: CueHit, action: str, sentence: Sentence, mentions: DocMentions
) -> bool:
    """True when a later cue of the sentence tells an act of the framed cue's action."""
    for h in mentions.inside("action", cue.end, sentence.end):
        if h.start < cue.end or h.entry.get("action") != action:
            continue
        if h.entry.get("strength") == "specific":
            return True
        if action == "airstrike" and any(
            p.entry.get("type") in ("air", "air_force")
            and p.start >= h.end
            and words_between(mentions.text, h.end, p.start) <= 1
            for p in mentions.inside("platform", h.end, sentence.end)
        ):
            return True  # استهداف مسيّرة تركية: the drone told as the subject of the strike
    return False


# a blast told as the cause of what was found (عثر على أشلاء ثلاثة أشخاص بعد انفجار لغم أرضي؛
# عثرت فرق الدفاع المدني على جثث جراء انفجار عبوة): the explosion happened, it is no bomb found
# and made safe (عثر على لغم أرضي، تم تفكيك عبوة ناسفة) (session 15, hY)
FOUND_AFTER_BLAST_IDS = ("failed.defused",)
BLAST_AS_CAUSE = norm_re(
    r"(?<!\w)(?:(?:بعد|اثر|إثر|جراء|نتيجه|بسبب|عقب)\s+|ب)(?:ال)?(?:انفجار|انفجارات)(?!\w)"
)


# an attempt right before a verb of arrest or abduction (حاولت دورية اعتقال شاب؛ لدى محاولة القوات
# الأمنية اعتقاله؛ نجا من محاولة خطف): nobody was taken; a failed arrest may end in a fight
ATTEMPTED_TAKING = norm_re(
    r"(?<!\w)[وفل]?(?:ب)?(?:ال)?(?:محاوله|محاولات|محاولتهم|محاولتها|محاولته|حاول|حاولت|حاولوا"
    r"|يحاول|تحاول|يحاولون)\s+(?:[^\s،,.؛:]+\s+){0,3}?(?:ل|ب)?$"
)


# the dead of a fight told by the snipers' bullets that killed them (مشيراً إلى مقتل مدنيين برصاص قناصة)
SNIPERS_DEAD = re.compile(r"(?:مقتل|سقوط|استشهاد)\s+(?:\S+\s+){0,4}?(?:ب)?رصاص\s+(?:ال)?قناص")


# fled towards a place, with no place fled from (فرّ الباقون باتجاه، الذين فروا نحو الأحياء);
# the words between stay in the clause, so a «إلى» after a comma or a closing quote (فرّوا
# مذعورين"، مشيراً إلى أن …) is another clause's and the flight stays (session 18, hO7)
FLED_TOWARDS = norm_re(
    r"(?:\s+(?!من(?!\w))[^\s،,.؛:\"«»“”]+){0,3}?\s+(?:باتجاه|نحو|صوب|الي|الى)(?!\w)"
)


# the consequence told with ل after a comma (لام العاقبة: انسحبت الفصائل من البلدة، لتدخلها قوات
# الأسد في اليوم ذاته؛ …، لتسيطر عليها عناصر التنظيم مساء اليوم): a taking that followed the act
# told before it, not an aim. The verb refers to the place (its pronoun, or عليها) and has its
# own subject after it; «، لتسيطر على بلدة كفرنبودة» (no subject) and «، لتدخلها قبل حلول
# الظلام» stay what was meant (session 18, hO7)
CONSEQUENCE_BEFORE = norm_re(r"[،,]\s*$")
CONSEQUENCE_PRONOUN = re.compile(r"(?:ها|ه)$")
LI_PRESENT = re.compile(r"و?ل[تي]")
CONSEQUENCE_AFTER = norm_re(
    r"(?:(?:وا|ون)?(?:ها|ه))?(?:\s+(?P<on>عليها|عليه))?\s+"
    r"(?!(?:على|في|من|الى|إلى|خلال|بعد|قبل|عن|نحو|باتجاه|لاحقا|مجددا|مرة|حين|عند)(?!\w))"
    r"[^\s\d،,.؛:]"
)
CONSEQUENCE_ACTS = ("withdrawal", "capture", "clash", "airstrike", "shelling", "attack")


def consequence_li(cue: CueHit, sentence: Sentence, mentions: DocMentions) -> bool:
    """True when a ل-prefixed present verb right after a comma tells what followed an act told
    before it in the sentence (انسحبت الفصائل من البلدة، لتدخلها قوات الأسد): an event, not an
    aim or a state."""
    text = mentions.text
    if cue.prefix not in ("ل", "ول") and not LI_PRESENT.match(text, cue.start, cue.end):
        return False
    if not CONSEQUENCE_BEFORE.search(text, max(sentence.start, cue.start - 4), cue.start):
        return False
    tail = CONSEQUENCE_AFTER.match(text, cue.end)
    if tail is None:
        return False
    refers = tail.group("on") or CONSEQUENCE_PRONOUN.search(text, cue.start, cue.end)
    if not refers:
        return False
    return any(  # the act itself told, not a demand or an aim for it (طالبت بانسحاب …)
        h.entry.get("action") in CONSEQUENCE_ACTS
        and h.end <= cue.start
        and not h.prefix.endswith(("ب", "ل"))
        for h in mentions.inside("action", sentence.start, cue.start)
    )


# a light verb whose object is the action noun: with ل an aim (لشن هجمات); in the present and
# from a base (يشن منها هجمات) a habit unless told as news (the present alone is often news:
# الطيران الحربي يشن غارات على دوما)
LIGHT_VERB_AIM_OR_HABIT = re.compile(
    r"(?<!\w)(?:(?P<li>[وف]?ل(?:شن|تنفيذ))|[وف]?(?:يشن|تشن|يشنون|ينفذ|تنفذ|ينفذون))"
    r"(?:\s+(?P<base>منها|منه|من خلالها|عبرها))?\s+$"
)


SUBJUNCTIVE_AN = re.compile(
    r"(?<!قبل )(?<!\w)[وف]?(?:علي )?(?:ان|لن|كي|لكي|حتي|عندما|حين|حينما|اذا|لو|متي|كلما)\s+$"
)
# a state or a habit told in the present (لا يزال يسيطر، يسيطر على ثلث مساحة العراق، تعتقل الشبان
# بشكل يومي، بين الحين والآخر، كما في كل يوم) (session 7 review)
STATE_WORDS = re.compile(
    r"(?<!\w)(?:[وف]?(?:لا|ما)\s+(?:يزال|تزال|زال|زالت|يزالون)|ماتزال|مايزال|ثلث|ربع|نصف|معظم|غالبيه"
    r"|اغلب|مساحه|مساحات|بشكل يومي|يوميا|باستمرار|بين الحين والاخر|كل يوم|في كل يوم|عاده|كل من)(?!\w)|%"
)
SPEECH_THAT_RE = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|بانه|بانها)(?!\w)")
NOWADAYS = re.compile(
    r"\s+(?:علي\s+)?(?:معظم|اغلب|غالبيه|نحو|حوالي|ما يقارب|\d)"
)  # تسيطر اليوم على معظم
LONG_SINCE = re.compile(r"(?<!\w)منذ\s+(?:عام|سنه|سنوات|اعوام|اشهر|شهور|\d{4})")  # a state's start
NEWS_LINE_MARK = re.compile(r"\W*[-*\u2022\u25aa-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]")
# «قبل أن» + a present verb after a clause told in the past (وكانت الفصائل خسرت البلدة قبل أن
# تستعيدها؛ سيطر التنظيم على الحي قبل أن يستعيده الجيش): the act that followed, told as past
BEFORE_IT_DID = re.compile(r"(?<!\w)قبل\s+ان\s+$")
# …قبل أن تقتحمها عناصر الشبيحة وتقوم بإعدامات: storming or entering told so is often a raid
TOOK_AFTER = re.compile(r"ستعيد|سيطر|ستولي|حرر|ستردو?|سترجع")
PAST_AUXILIARY = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|قد)(?!\w)")


def told_as_news(cue: CueHit, sentence: Sentence, mentions: DocMentions) -> bool:
    """True when a present-tense verb tells an act, as headlines and bulletins do (الجيش السوري
    يسيطر على سراقب؛ 🔸 مقاتلو العشائر يسيطرون على ذيبان): in a headline, on a line that opens
    with a bullet or an emoji or under such a section head (📍 نوى:), or with a recent day told in its sentence
    (تقتحم القوات البلدة منذ فجر اليوم). Elsewhere it tells a state or a habit (تسيطر قسد على
    المنطقة منذ عام 2019؛ تعتقل الأجهزة الأمنية كل من يعارضها)."""
    text = mentions.text
    if SUBJUNCTIVE_AN.search(text, max(0, cue.start - 12), cue.start):
        return False  # من المتوقع أن يدخل الجيش، على أن يدخل، عندما يدخل: what is to come
    part = sentence.parts[sentence.part_of(cue.start)]
    if LONG_SINCE.search(text, *part) or STATE_WORDS.search(text, *part):
        return False  # لا يزال يسيطر، يسيطر على ثلث مساحة العراق، تعتقل الشبان بشكل يومي
    if sentence.kind == "headline":
        return True
    if (
        BEFORE_IT_DID.search(text, max(part[0], cue.start - 12), cue.start)
        and TOOK_AFTER.search(cue.surface)
    ) and (
        PAST_AUXILIARY.search(text, sentence.start, cue.start)
        or any(
            h.entry.get("tense") != "imperfect" and not h.future
            for h in mentions.inside("action", sentence.start, cue.start)
        )
    ):
        return True
    line_start = text.rfind("\n", 0, cue.start) + 1
    line_end = text.find("\n", cue.end)
    line_end = len(text) if line_end < 0 else line_end
    if NEWS_LINE_MARK.match(text, line_start, line_end):
        return True
    head = text[: max(0, line_start - 1)].rstrip().rsplit("\n", 1)[-1]
    if NEWS_LINE_MARK.match(head) and head.rstrip().endswith(":"):
        return True  # 📍 نوى: / قوات الأسد تعتقل ٣ شبان: the item under a bulletin's section head
    said = [m.end() for m in SPEECH_THAT_RE.finditer(text, part[0], cue.start)]
    start = said[-1] if said else part[0]  # قال المتحدث اليوم إن القوات تسيطر: the day it was said
    return any(
        d.date is not None
        and d.kind in ("point", "since")
        and d.offset_days is not None
        and -2 <= d.offset_days <= 0
        and not NOWADAYS.match(text, d.end)
        for d in mentions.inside("date", start, part[1])
    )


def own_relative_clause(
    cue: CueHit, part: tuple[int, int], end: int, mentions: DocMentions
) -> bool:
    """True when a protest's topic is told on in a relative clause with a town and dead or
    wounded of its own (استنكاراً للغارات الروسية التي استهدفت مدينة معرة النعمان أمس وأدت
    إلى مقتل 10 مدنيين): the strike is an event of its own."""
    text = mentions.text
    words = re.match(r"(?:\s+(?:ال)?\w+){0,2}?(?=\s*(?:التي|الذي)(?!\w))", text[cue.end : part[1]])
    if words is None:
        return False
    rel = RELATIVE.match(text, cue.end + words.end())
    if rel is None:
        return False
    return any(
        p.town.kind not in WIDE_KINDS for p in usable_places((rel.end(), part[1]), mentions)
    ) and any(
        c.entry.get("type") in ("killed", "injured")
        for c in mentions.inside("casualty", rel.end(), end)
    )


def told_earlier(action: str, before: int, mentions: DocMentions) -> bool:
    """True when an action cue of this action is told before offset `before` in the document."""
    return any(c.entry.get("action") == action for c in mentions.inside("action", 0, before))


# a town or a clause break between «اقتحم» and the houses: the houses are not what was entered
# (a town the raiders came from does not count: القادمون من القرى المجاورة منازل …)
TOWN_BEFORE_HOUSES = norm_re(
    r"[،,.؛;:]|(?<!من\s)(?<!\w)[وبل]?(?:ال)?(?:بلده|قريه|مدينه|حي|احياء|بلدات|قري|ناحيه|قضاء|مخيم|منطقه)(?!\w)"
)


CONTROL_TOLD = norm_re(r"(?<!\w)[وف]?(?:سيطر\w*|السيطره|بسط\w*|رفع\w*|حرر\w*|[,،.؛;:])")


def in_scope(m: CueHit, cue: CueHit, part: tuple[int, int], text: str) -> bool:
    """True when the cue lies in the scope of modality cue m."""
    scope, window = m.entry["scope"], m.entry.get("window")
    if m.entry["type"] == "reference" and scope == "after":  # هذه المعارك، ذلك القصف
        between = text[m.end : cue.start].split()
        return (
            m.end <= cue.start
            and (
                not between
                or (
                    m.entry_id == "reference.intensity"  # not هذه: وأدت هذه العبوة الناسفة إلى …
                    and len(between) == 1
                    and between[0].startswith("ال")
                )
            )
            and cue.prefix.endswith(("ال", "لل"))
        )  # كثافة العبوات الناسفة: the cue may be the adjective of the noun the reference names
    if scope == "around" and cue.end <= m.start:
        if m.entry_id == "negation.subject_then_not" and re.search(
            r"[،,.؛;:]", text[cue.end : m.start]
        ):
            return False  # جراء الغارات، وهي أنباء لم يتسن …: another clause's verb
        return words_between(text, cue.end, m.start) <= int(window or 0)
    if scope == "before":
        if m.entry_id == "state.entered_building" and TOWN_BEFORE_HOUSES.search(
            text, cue.end, m.start
        ):
            return False  # اقتحمت القوات بلدة البيضا، ومن ثم منازل …: the town was entered
        if m.entry_id == "state.entered_to_kill" and (
            cue.entry_id != "capture.enter"
            or re.search(r"حرر|انتزع", cue.surface)  # حررت البيشمركة القرية: taken, no raid
            or CONTROL_TOLD.search(text, cue.end, m.start)
        ):
            return False  # سيطر عناصر داعش على القرية وقتلوا …: control told, a capture
        return cue.end <= m.start and words_between(text, cue.end, m.start) <= int(window or 0)
    if scope == "sentence" and cue.end <= m.start and m.entry.get("before_window") is not None:
        return words_between(text, cue.end, m.start) <= int(m.entry["before_window"])  # أحبطت
        # القوات الأمنية خلال عام 2019 عشرات الهجمات: the act told just before the span as well
    if m.end > cue.start:
        return False
    if scope == "sentence":
        if FULL_STOP.search(text, m.end, cue.start):
            return False
        return not (m.entry_id == "background.since_start" and told_apart(m, cue, text))
    if not part[0] <= m.start < part[1]:
        return False
    return window is None or words_between(text, m.end, cue.start) <= int(window)


# a day told in a clause (أمس، اليوم، يوم الخميس، 12 آذار)
CLAUSE_DAY = re.compile(
    r"(?<!\w)(?:امس|اليوم|(?:يوم\s+)?(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)"
    r"|\d{1,2}\s+(?:من\s+)?(?:كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير"
    r"|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر))(?!\w)"
)
CLAUSE_TURN_WORD = re.compile(r"(?<!\w)(?:فيما|بينما|في حين)(?!\w)")
# a superlative measured since a start (أعنف المواجهات منذ انطلاق التظاهرات؛ أكبر تظاهرة منذ بدء
# الاحتجاجات): the event is told now, the start only its measure (session 15, hI3)
SUPERLATIVE_BEFORE = norm_re(
    r"(?<!\w)(?:ال)?(?:اعنف|اكبر|اشد|اوسع|اضخم|ادمي|ادمى)(?:\s+[^\s.،,؛:]+){0,2}\s+$"
)
UNTIL_WORD = norm_re(r"(?<!\w)و?حت[يى](?!\w)")


# a count right after the verb (شنت أكثر من 500 غارة): a campaign's tally, not one deed
COUNT_AFTER_VERB = norm_re(
    r"^\s*(?:\S+\s+){0,2}?ب?(?:اكثر\s+من\s+|نحو\s+)?(?:[\d٠-٩]+|عشرات|مئات|الاف)\s+(?:من\s+)?"
    r"(?:ال)?(?:غار|ضرب|قذيف|قذائف|صاروخ|صواريخ|برميل|براميل|هجم|هجوم|عملي|طلع)"
)


def speaker_deed_apart(m: CueHit, cue: CueHit, text: str) -> bool:
    """True for a deed told by its own verb in a speaker's next clause after a period (…منذ
    مطلع الشهر، مضيفاً أن عناصر التنظيم أعدموا 12 مدنياً في قرية البوسيف): a new item, not
    the period's background. A tally after the verb (شنت أكثر من 500 غارة) stays background."""
    opener = SPEAKER_NEXT.search(text, m.end, cue.start)
    if opener is None or not re.search(
        r"[,،]\s*$", text[max(m.end, opener.start() - 3) : opener.start()]
    ):
        return False
    deed = OWN_DEED_VERB.match(text, max(0, cue.start - 2))
    if deed is None or not (deed.start() <= cue.start < deed.end()):
        deed = OWN_DEED_VERB.match(text, cue.start)
    if deed is None:
        return False
    return not COUNT_AFTER_VERB.match(text[deed.end() : deed.end() + 60])


def told_apart(m: CueHit, cue: CueHit, text: str) -> bool:
    """True for an event told after «منذ بدء …» or «يذكر أن» that stands apart from that
    background: a new clause opens between them (هي الأعنف منذ بدء الأزمة، فيما سقطت قذائف هاون
    على حي نهر عيشة) or the event's own clause tells its day (يذكر أن الطائرات الروسية شنت، الخميس
    الماضي، غارات على أريحا). A period counted «منذ … وحتى» stays background."""
    if UNTIL_WORD.search(text, m.end, cue.start):
        return False
    if CLAUSE_TURN_WORD.search(text, m.end, cue.start):
        return True
    if speaker_deed_apart(m, cue, text):
        return True
    if SUPERLATIVE_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True  # شهدت مدينة الصدر أعنف المواجهات منذ انطلاق التظاهرات: a record, told now
    stops = [i for i in (text.find(".", cue.end), text.find("،", cue.end)) if i >= 0]
    start = max(m.end, text.rfind("،", m.end, cue.start) + 1)
    return bool(CLAUSE_DAY.search(text, start, min(stops, default=len(text))))


def sentence_candidates(
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    previous: Candidate | None = None,
) -> SentenceResult:
    """All event candidates of one sentence (fields except casualties, source and merge)."""
    out: list[Candidate] = []
    suppressed: list[tuple[CueHit, str]] = []
    frames = build_frames(sentence, mentions)
    groups = [
        group_cues(
            mentions.inside("action", *sentence.parts[f.cue_part]),
            sentence.parts[f.cue_part],
            mentions,
        )
        for f in frames
    ]
    for f, g in zip(frames, groups, strict=True):
        drop_suicide_subjects(g, mentions)
        absorb_attack_by_bomb(g, mentions)
        turn_on_civilians(g, sentence, f, mentions)
        drop_dead_protesters_of_another_act(g)
        drop_others_with_no_protesters_before(g, sentence, mentions)
    for i, g in enumerate(groups):
        topic = i > 0 and topic_only(g, sentence, mentions)
        if topic:  # …وقفة احتجاجية، اليوم، في مركز قضاء سنجار تنديداً بالقصف: the protest's part
            suppressed += topic
            groups[i] = {}
    frames, groups = fold_empty_frames(frames, groups)
    refs = {  # cues that only refer to another event (تصدت الدفاعات الجوية لعدوان …)
        c.start
        for i in range(len(frames))
        for action, group in groups[i].items()
        for c in group
        if modality_block(c, action, sentence, mentions).startswith("reference.")
    }
    for i, frame in enumerate(frames):
        for action, group in groups[i].items():
            alive = []
            for c in group:
                why = modality_block(c, action, sentence, mentions)
                if why:
                    suppressed.append((c, why))
                else:
                    alive.append(c)
            if alive:
                later = [
                    sentence.parts[f.cue_part]
                    for f, g in zip(frames[i + 1 :], groups[i + 1 :], strict=False)
                    if action in g
                ]
                out += frame_candidates(
                    action, alive, frame, sentence, mentions, res, ctx, later, out, refs
                )
    link_same_time(out, mentions, previous)
    return SentenceResult(out, suppressed)


COUNTRYSIDE_BEFORE = re.compile(
    r"(?<!\w)(?:ب|و|في\s+)?(?:ريف|محافظه|منطقه)\s+$"
)  # في ريف حماة: a region
RESUMED_OBJECT = norm_re(r"[^،,.]{0,40}?(?<!\w)(?:عليها|عليه|منها|منه|فيها|فيه|اليها|اليه)(?!\w)")


RESUMED_ON_VERB = re.compile(r"\s*(\w+?)(?:ها|هما|هم)(?!\w)")


def relative_antecedent(
    cue_part: tuple[int, int], sentence: Sentence, mentions: DocMentions, res: Resources
) -> list[PlaceChoice]:
    """A relative clause with no place of its own whose verb takes the place back as a pronoun
    (…، في حين تتواصل المعارك على محور كفرنبودة، التي سيطرت عليها القوات أمس) tells an event
    in the town named just before التي, not in the sentence's first town."""
    text = mentions.text
    rel = RELATIVE.match(text, cue_part[0])
    if rel is None:
        return []
    verb = RESUMED_ON_VERB.match(text, rel.end(), cue_part[1])
    resumed_on_cue = verb is not None and any(
        c.start <= verb.end(1) for c in mentions.inside("action", verb.start(), verb.end())
    )  # التي قصفتها الطائرات: the object pronoun on the event's own verb
    if not resumed_on_cue and not RESUMED_OBJECT.match(text, rel.end(), cue_part[1]):
        return []
    towns = [
        p
        for p in usable_places((sentence.start, cue_part[0]), mentions)
        if p.town.kind not in WIDE_KINDS
        and not COUNTRYSIDE_BEFORE.search(text, max(0, p.start - 30), p.start)
    ]
    if not towns:
        return []
    town, precision, _ = precise_place(towns[-1], False, res)
    return [PlaceChoice(town, precision, "relative_antecedent", towns[-1].start, towns[-1].end)]


# A cue blocked as the topic of the event told before it (تنديداً بالقصف، استنكاراً للهجوم):
# its part goes on telling that event (its place and date), it opens no frame of its own.
PROTEST_TOPICS = ("background.protested_about", "background.protested_against")
# a topic that may be told on as an event of its own (رداً على الهجوم الذي استهدف مدينة X وأسفر …)
TOLD_ON_TOPICS = (*PROTEST_TOPICS, "background.in_response")
TOPIC_BLOCKS = (
    "background.protested_about",
    "background.protested_against",
    "background.condemned",
)


def topic_only(
    group: dict[str, list[CueHit]], sentence: Sentence, mentions: DocMentions
) -> list[tuple[CueHit, str]]:
    """The cues of a frame when every one is blocked as a topic (else an empty list)."""
    out = []
    for action, cues in group.items():
        for c in cues:
            why = modality_block(c, action, sentence, mentions)
            if not why.startswith(TOPIC_BLOCKS):
                return []
            out.append((c, why))
    return out


def before_topic(
    cue_part: tuple[int, int], cues: list[CueHit], mentions: DocMentions
) -> tuple[int, int]:
    """The part up to the topic a cue's event is about (استنكاراً ل، تنديداً ب، ضد), when a
    town is told before it: the rest (its places, figures, clauses) tells the topic."""
    after = cues[-1].end
    for m in mentions.inside("modality", *cue_part):
        if not m.entry_id.startswith(TOPIC_BLOCKS) or m.end <= after:
            continue
        edge = m.start  # وقفة احتجاجية ضد: the topic opens at its last word
        if edge < after:
            edge = m.start + mentions.text[m.start : m.end].rfind(" ") + 1
        if edge < after or not mentions.inside("action", m.end, cue_part[1]):
            return cue_part
        towns = [
            p for p in usable_places((cue_part[0], edge), mentions) if p.town.kind not in WIDE_KINDS
        ]
        return (cue_part[0], edge) if towns else cue_part
    return cue_part


def fold_empty_frames(
    frames: list[Frame], groups: list[dict[str, list[CueHit]]]
) -> tuple[list[Frame], list[dict[str, list[CueHit]]]]:
    """A part whose only cue makes no action (…ضربات جوية قرب منبج، استهدفت مواقع للتنظيم)
    goes on telling the frame before it: its target and figures are that event's."""
    out_f: list[Frame] = []
    out_g: list[dict[str, list[CueHit]]] = []
    for f, g in zip(frames, groups, strict=True):
        if not g and out_f:
            out_f[-1].follow += [f.cue_part, *f.follow]
            continue
        out_f.append(f)
        out_g.append(g)
    return out_f, out_g


OBJECT_OPENS = re.compile(
    r"^\W*(?:(?!في\s+حين|وفي|و)\w+\s+){0,2}?"
    r"(?:علي|في\s+(?:مدينه|بلده|قريه|منطقه|ناحيه|قضاء|محيط|ريف|حي|مخيم))\s"
)


def object_after_a_country(
    choices: list[PlaceChoice],
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    action: str,
) -> list[PlaceChoice]:
    """A country told inside a description between commas gives way to the town of the object
    told right after it: «سيطر مقاتلو جبهة النصرة، ذراع تنظيم القاعدة في سوريا، السبت على مدينة
    جسر الشغور» is a capture of Jisr al-Shughur, not of Syria."""
    if not choices or not all(c.place is not None and c.place.kind == "country" for c in choices):
        return choices
    if choices[0].end < 0:
        return choices
    i = sentence.part_of(choices[0].end - 1)
    for nxt in sentence.parts[i + 1 : i + 3]:  # past one more description of the sides (، وفصائل
        # إسلامية متحالفة معها،)
        if not OBJECT_OPENS.match(mentions.text[nxt[0] : nxt[1]]):
            if usable_places(nxt, mentions):
                return choices
            continue
        towns, _ = places_in_parts([nxt], nxt[0], mentions, res, action)
        if towns and all(c.place is not None and c.place.kind not in WIDE_KINDS for c in towns):
            return towns
        return choices
    return choices


def frame_candidates(
    action: str,
    cues: list[CueHit],
    frame: Frame,
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    later: list[tuple[int, int]],
    earlier: list[Candidate],
    refs: set[int] | None = None,
) -> list[Candidate]:
    """One candidate per town of an action group."""
    parts = sentence.parts
    cue_part = parts[frame.cue_part]
    order = [cue_part] + [parts[i] for i in frame.follow] + [parts[i] for i in reversed(frame.pre)]
    own = before_topic(cue_part, cues, mentions)
    if own != cue_part:  # نظم أهالي بلدة كفرنبل مظاهرة استنكاراً للغارات التي استهدفت …
        cue_part = own
        order = [own] + [parts[i] for i in reversed(frame.pre)]
    choices = refers_back(cue_part, cues[0], mentions, res)
    comma = re.compile(r"[,،]").search(mentions.text, cues[-1].end, cue_part[1])
    clause = (cue_part[0], comma.start() if comma else cue_part[1])
    if not choices and not usable_places(clause, mentions):
        choices = relative_antecedent(cue_part, sentence, mentions, res)  # …، قادمة من حماة
    if not choices:
        choices, _ = places_in_parts(order, cues[0].start, mentions, res, action)
        choices = object_after_a_country(choices, sentence, mentions, res, action)
        choices = own_unlisted_object(choices, cue_part, cues, mentions, res)
    if not choices and action == "protest" and PRONOUN_DISPERSAL.search(mentions.text, *clause):
        # …الحوايج، وأطلق عناصر من قسد النار في الهواء لتفريقهم، …كما هاجم محتجون نقطة في
        # الطيانة: the crowd dispersed is the one told before, not the next clause's
        back = [
            c
            for c in earlier
            if c.action == action and c.sentence == sentence.index and c.place is not None
        ]
        if back:
            choices = [PlaceChoice(back[-1].place, back[-1].precision, "same_action_in_sentence")]
    for nxt in later if not choices else []:
        choices, _ = places_in_parts([nxt], nxt[0], mentions, res, action)
        if not choices:
            continue
        choices = [
            PlaceChoice(c.place, c.precision, "next_clause_same_action", c.start, c.end)
            for c in choices
        ]
        break
    same = [
        c
        for c in earlier
        if c.action == action and c.sentence == sentence.index and c.place is not None
    ]
    if not choices:
        choices = relative_antecedent(cue_part, sentence, mentions, res)
    if not choices and same and class_noun_reference([clause], mentions)[0] == "unknown_name":
        # …، فيما دخلت قوات النظام قرية التوبة المجاورة: a village of its own, not the town the
        # sentence's first capture took
        choices = own_village(
            clause, inherited_place(clause, cues[0].start, mentions, res), mentions
        )
    if not choices and same:
        choices = [PlaceChoice(same[-1].place, same[-1].precision, "same_action_in_sentence")]
    follow = [parts[i] for i in frame.follow]
    if amid_bare_bombardment(action, cues, clause, sentence, mentions):
        return []  # وتستمر المعارك وسط قصف جوي ومدفعي مكثف: the setting of the fight, no strike
    if (
        all(needs_a_place(c) for c in cues)
        and not place_after(cues[-1], cue_part, mentions, follow)
        and not (cues[-1].prefix in ("ل", "ول") and ON_IT_AFTER.match(mentions.text, cues[-1].end))
    ):
        return []  # دخل مرحلة جديدة: entering needs a place as its object, named or referred to
    if (
        action == "withdrawal"
        and choices
        and all(c.place is not None and c.place.kind == "country" for c in choices)
    ):
        return []  # انسحاب القوات الأمريكية من سوريا: a country left is a policy, no event at a place
    if over_the_countries(choices, mentions):
        towns = [
            p
            for p in usable_places((cue_part[1], sentence.end), mentions)
            if p.town.kind not in WIDE_KINDS
        ]
        if not towns:
            return []  # قتلوا في أنحاء سوريا؛ 19 هجوماً في العراق وسوريا: a summary, no event
        town, precision, rule = precise_place(towns[0], False, res)  # … وقتل في إحداها 15 في
        choices = [PlaceChoice(town, precision, rule, towns[0].start, towns[0].end)]  # البوكمال
    if not choices:
        choices = [inherited_place(cue_part, cues[0].start, mentions, res)]
        if action == "attack" and any(c.entry_id in KILLING_CUES for c in cues):
            choices = village_of_the_frame(choices, order, mentions)
    choices = left_towns(action, choices, cues, clause, sentence, mentions, earlier)
    if not all(c.entry.get("pos") != "verb" and c.prefix.endswith(("ال", "لل")) for c in cues):
        list_part = next(  # the part the object was named in (سيطرت القوات، …، على بلدة X وقرية Y)
            (q for q in order if choices and q[0] <= choices[0].start < q[1]), cue_part
        )
        choices = with_unlisted_villages(choices, list_part, cues[0].start, mentions, res)
        choices = unlisted_in_a_later_object(choices, list_part, order, mentions, res)
    choices = among_listed(choices, frame.cue_part, cues, sentence, mentions, res, action)
    choices = compass_of_the_town_in_focus(choices, mentions, res)  # قرية X، شمال المدينة
    # (بمقتل 7 مواطنين في الرستن، و5 آخرين في تلبيسة، جراء القصف: the counts in the parts before)
    choices = elided_targets(choices, frame, sentence, mentions, res)
    tail = counted_tail(clause[1], sentence.end, mentions)  # …، و3 في معرة النعمان، و2 في سراقب
    choices = counted_towns(
        choices, (min(q[0] for q in order), tail), mentions, res, tail_from=clause[1], action=action
    )
    if (
        action == "clash"
        and len(choices) > 1
        and adjunct_before(cues[0], cue_part, mentions)
        and any(c.action == "capture" and c.sentence == sentence.index for c in earlier)
    ):  # حررت القوات مدينة معرة النعمان وبلدات تلمنس ومعرشمارين بعد معارك: one fight for the list
        choices = choices[:1]
    frame_parts = sorted(order)
    platforms = [
        p for p in mentions.inside("platform", *cue_part) if p.entry.get("type") in WEAPON_PLATFORMS
    ]
    weak = all(c.entry.get("strength") == "generic" for c in cues) and not platforms
    out = []
    for choice in choices:
        cand = Candidate(
            action, sentence.index, cue_part, cues, choice.place, choice.precision, choice.rule
        )
        cand.weak_action = weak
        cand.headline = sentence.kind == "headline"
        cand.part_span = cue_part
        own_parts = elided_parts(frame_parts, choice, choices)
        cand.frame_parts = (
            own_parts
            if choice.rule == "elided_target"
            else parts_for_town(own_parts, choice, cue_part, mentions)
        )
        fill_roles(cand, sentence, mentions, res, ctx, earlier + out)
        fill_date(cand, mentions, refs or set())
        fill_variant(cand, mentions)
        out.append(cand)
    return out


# amid (وسط، في ظل، في خضم) right before a bombardment noun: the setting of the act told
AMID_BEFORE = re.compile(r"(?<!\w)(?:[وف]?وسط|[وف]?في ظل|[وف]?في خضم|[وف]?تحت)\s+$")
# what names a bombardment's target or side after its noun (على البلدة، طال، استهدف، من قبل)
BOMBARDMENT_TOLD = re.compile(
    r"(?<!\w)(?:علي|عليها|عليه|طال|طالت|يطال|تطال|استهدف|استهدفت|يستهدف|تستهدف|من قبل|مصدره)(?!\w)"
)
BOTH_SIDES = re.compile(r"(?<!\w)(?:ال)?(?:طرفين|جانبين)(?!\w)")


def amid_bare_bombardment(
    action: str,
    cues: list[CueHit],
    clause: tuple[int, int],
    sentence: Sentence,
    mentions: DocMentions,
) -> bool:
    """True when air strikes or shelling are told only as the setting of another act: a noun
    right after «وسط / في ظل / في خضم» that names no target, side or place in its clause
    (تواصلت المعارك وسط قصف جوي ومدفعي مكثف؛ في ظل القصف المتواصل؛ وسط قصف متبادل بين
    الطرفين). The act it accompanies must be told in the sentence (a fight, a capture, a
    flight). The coders code none of these; a bombardment told with its target or its side
    (وسط قصف مدفعي مكثف على البلدة، وسط قصف بالهاون من قبل قوات الأسد، وسط غارات روسية) stays.
    """
    if action not in ("airstrike", "shelling") or sentence.kind == "headline":
        return False
    text = mentions.text
    first = cues[0]
    if not AMID_BEFORE.search(text, max(clause[0], first.start - 14), first.start):
        return False
    if not any(
        h.entry.get("action") not in (None, "airstrike", "shelling")
        for h in mentions.inside("action", sentence.start, sentence.end)
    ):
        return False  # قتل 4 مدنيين في كفرنبل وسط غارات للطيران: the strikes are what is told
    rest = (first.start, clause[1])
    if BOMBARDMENT_TOLD.search(text, *rest):
        return False
    if any(
        not BOTH_SIDES.fullmatch(text[a.start : a.end]) for a in mentions.inside("actor", *rest)
    ):
        return False
    if any(
        p.entry.get("owner") or p.entry.get("type") in ("air", "air_force")
        for p in mentions.inside("platform", *rest)
    ):
        return False  # وسط غارات روسية، وسط قصف بالطيران الحربي: the striker is named
    return not mentions.inside("place_match", *rest)


AMONG_LIST_WORDS = 2  # بينها قرية X: the list opens right after بينها
COUNTRYSIDE_OF = re.compile(r"(?<!\w)[وب]?ريفي?\s+$")
AMONG_AFTER_COMMA = norm_re(r"[,،]\s*و?(?:من\s+)?(?:منها|بينها|ابرزها|اهمها)(?!\w)")


def own_village(
    clause: tuple[int, int], choice: PlaceChoice, mentions: DocMentions
) -> list[PlaceChoice]:
    """A village the gazetteer lacks, told by its class noun and name (قرية التوبة المجاورة):
    a place of its own standing near the town in focus, not that town."""
    if choice.place is None or choice.rule != "unknown_name_near_focus":
        return [choice]
    text = mentions.text
    nouns = hits_of(mentions.inside("place_marker", *clause), "class_noun")
    name = village_name(nouns[0], clause, mentions) if nouns else ""
    if not name:  # not read as a name: its first word
        name = (
            next(iter(re.findall(r"\w+", text[nouns[0].end : nouns[0].end + 30])), "")
            if nouns
            else ""
        )
    if not name:
        return [choice]
    return [PlaceChoice(unlisted_place(choice.place, name), choice.precision, choice.rule)]


FOCUS_RULES = ("focus", "unknown_name_near_focus")
# the killings told with their killers (وقتلوا 15 مدنياً، قتل مسلحو التنظيم 12 مدنياً، أعدموا)
KILLING_CUES = frozenset({RAIDERS_KILLED, "attack.killed_by_agent", "attack.execute"})
VILLAGE_NOUNS_BARE = frozenset({"قريه", "بلده"})


def village_of_the_frame(
    choices: list[PlaceChoice], order: list[tuple[int, int]], mentions: DocMentions
) -> list[PlaceChoice]:
    """A village the gazetteer lacks, named by its class noun in the frame (تسلل عناصر التنظيم
    إلى قرية الشبكي، واقتحموا منازل المدنيين وقتلوا 40 شخصاً؛ وفي قرية رامي، قتل …): a place of
    its own near the town in focus, so that raids on two such villages stay two events."""
    if len(choices) != 1 or choices[0].place is None or choices[0].rule not in FOCUS_RULES:
        return choices
    for part in order:
        places = mentions.inside("place", *part)
        for noun in hits_of(mentions.inside("place_marker", *part), "class_noun"):
            bare = noun.surface[len(noun.prefix) :]
            if bare not in VILLAGE_NOUNS_BARE or noun.prefix.endswith(("ال", "لل")):
                continue
            if any(p.start <= noun.end + 1 and noun.start < p.end for p in places) or any(
                p.start >= noun.end and words_between(mentions.text, noun.end, p.start) <= 1
                for p in places
            ):
                continue  # a known place's own noun (قرية حاس in the gazetteer)
            name = village_name(noun, part, mentions)
            if name:
                return [
                    PlaceChoice(
                        unlisted_place(choices[0].place, name),
                        max(choices[0].precision or 2, 2),
                        "unknown_name_near_focus",
                    )
                ]
    return choices


def among_listed(
    choices: list[PlaceChoice],
    index: int,
    cues: list[CueHit],
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    action: str,
) -> list[PlaceChoice]:
    """Towns a clause singles out with بينها/منها from a plural of unnamed places the cue took
    as its object (حررت المدينة وعدداً من القرى المحيطة بها، بينها X وY وZ): one event per
    town named, besides the places the cue's clause named. The list follows a comma, in the
    cue's part or opening the next one, and tells no action of its own (ومنها خرجت قوافل …).
    """
    if not choices:
        return choices
    text = mentions.text
    part = sentence.parts[index]
    plural = UNNAMED_PLURAL.search(text, cues[-1].end, part[1])
    if plural is None:
        return choices
    inside = AMONG_AFTER_COMMA.search(text, plural.end(), part[1])
    if inside is not None:
        span = (inside.end(), part[1])
    elif index + 1 < len(sentence.parts):
        nxt = sentence.parts[index + 1]
        opens = AMONG_OPENS.match(text, nxt[0])
        if opens is None:
            return choices
        span = (opens.end(), nxt[1])
    else:
        return choices
    if mentions.inside("action", *span):
        return choices  # ومنها خرجت قوافل النازحين إلى منبج: a clause of its own, no list
    more, _ = places_in_parts([span], span[0], mentions, res, action)
    if more and words_between(text, span[0], more[0].start) > AMONG_LIST_WORDS:
        more = []
    # villages the gazetteer lacks in the list (عدة قرى في ريف حلب، بينها الخفسة والزكاة
    # وحصرايا): stand-ins at the list's first known town or the cue's place (session 15)
    opened = (inside.start() if inside is not None else nxt[0], span[1])
    names = [
        n
        for n in unlisted_names(opened, mentions)
        if AMONG.match(text, n.list_start)
        and n.list_start < span[0]
        and all(c.start != n.start for c in choices)  # not found in the cue's part already
    ]
    known = {c.place.id for c in choices if c.place is not None}
    add = [
        c
        for c in more
        if c.place is not None and c.place.kind not in WIDE_KINDS and c.place.id not in known
    ]
    anchor = (add or [c for c in choices if c.place is not None] or [None])[0]
    if anchor is not None and anchor.place is not None:
        add += [
            PlaceChoice(
                unlisted_place(anchor.place, n.name),
                max(anchor.precision or 2, 2),
                "unknown_name_near_focus",
                n.start,
                n.end,
            )
            for n in names
        ]
    if not add:
        return choices
    # بلدات في ريف إدلب، أبرزها X وY: the towns named, not the countryside as well
    kept = [
        c
        for c in choices
        if c.place is not None
        and c.place.kind not in WIDE_KINDS
        and not COUNTRYSIDE_OF.search(text, max(0, c.start - 12), max(0, c.start))
    ]
    return kept + sorted(add, key=lambda c: c.start)


# a count told with its town (5 مدنيين في معرة النعمان، و3 في كفرنبل): the number, up to two
# words of its people (not a side: عنصران من قسد في الجرذي و3 من داعش في الطيانة is one
# fight's dead), then «في» right before the town
COUNT_IN_TOWN = norm_re(
    r"\s+(?:(?!من\s)[^\s.,،؛:]+\s+){0,2}?في\s+(?:(?:مدينه|بلده|قريه|ناحيه|قضاء|حي|مخيم)\s+)?$"
)


# a second target of the act told before, its verb left out, with the result of its own
# (شنت طائرات غارات على خان شيخون، ما أدى لمقتل 7 مدنيين، وعلى كفرنبل، ما أدى لمقتل 5 آخرين؛
# استهدفت الطائرات مدينة معرة النعمان، ما أدى لمقتل 6، ومدينة سراقب، ما أدى لمقتل 2)
ELIDED_TARGET_LEAD = norm_re(
    r"(?:^|[,،])\s*و(?:علي|على|في|ب)?\s*"
    r"(?:(?:مدينه|بلده|قريه|بلدات|قري|مدن|حي|احياء|ناحيه|قضاء|مخيم)\s+)?"
)
ELIDED_TARGET_RESULT = norm_re(
    r"\s*[,،]?\s*(?:ما|مما|م?ما\s+ادي|ادي|ادت|واسفر|اسفر|اسفرت|واسفرت|مخلف|مخلفه|موقع|موقعه)(?!\w)"
)


def elided_targets(
    choices: list[PlaceChoice],
    frame: Frame,
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
) -> list[PlaceChoice]:
    """Towns told as further targets of the act in parts of their own, each with its result
    (…، وعلى كفرنبل، ما أدى لمقتل 5 آخرين): one event each, as towns of one list are."""
    if not choices or choices[0].place is None or choices[0].place.kind in WIDE_KINDS:
        return choices
    text = mentions.text
    out = list(choices)
    for i in frame.follow:
        part = sentence.parts[i]
        for town in usable_places(part, mentions):
            lead = ELIDED_TARGET_LEAD.search(text, max(part[0], town.start - 40), town.start)
            if (
                lead is None
                or lead.end() != town.start
                or town.town.kind in WIDE_KINDS
                or not ELIDED_TARGET_RESULT.match(text, town.end, sentence.end)
                or own_act_after(town.end, sentence.end, mentions)
                or any(c.place is not None and c.place.id == town.town.id for c in out)
            ):
                continue
            place, precision, rule = precise_place(town, False, res)
            out.append(PlaceChoice(place, precision, "elided_target", town.start, town.end))
    return out


def own_act_after(start: int, end: int, mentions: DocMentions) -> bool:
    """True when the result clause after a town tells an act of its own (وفي المحمودية، أدى
    انفجار آخر لإصابة 4): a new event there, not a further target of the act before."""
    comma = re.compile(r"[,،]").search(mentions.text, start, end)
    stop = ITEM_END.search(mentions.text, comma.end() if comma else start, end)
    return bool(mentions.inside("action", start, stop.start() if stop else end))


def elided_parts(
    parts: list[tuple[int, int]], choice: PlaceChoice, choices: list[PlaceChoice]
) -> list[tuple[int, int]]:
    """A town told as a further target (…، ما أدى لمقتل 7 مدنيين، وعلى كفرنبل، ما أدى لمقتل 5)
    speaks from its name to the next such town; the towns before it end where it begins."""
    cuts = sorted(c.start for c in choices if c.rule == "elided_target")
    if not cuts or not parts:
        return parts
    end = max(b for _, b in parts)
    if choice.rule == "elided_target":
        nxt = next((c for c in cuts if c > choice.start), end)
        return [(choice.start, nxt)]
    return [(a, min(b, cuts[0])) for a, b in parts if a < cuts[0]]


COUNT_ITEM_LEAD = norm_re(r"\s*[,،]\s*(?=و)")
ITEM_END = norm_re(r"[,،.؛]")
COUNT_ITEM_WORDS = 4  # the count's people and «في» between the count and its town


def counted_tail(end: int, sentence_end: int, mentions: DocMentions) -> int:
    """The end of the items told after an event's clause, each a count joined by و with a town
    and no cue of its own (أسفرت غارات روسية عن مقتل 4 مدنيين في كفرنبل، و3 في معرة النعمان، و2
    في سراقب): the counted towns of the event's sentence. ``end`` when none follows."""
    text = mentions.text
    pos = end
    while pos < sentence_end:
        lead = COUNT_ITEM_LEAD.match(text, pos, sentence_end)
        if lead is None:
            break
        at = lead.end()
        counts: list[Any] = [
            n for n in mentions.inside("number", at, sentence_end) if n.value is not None
        ] + [
            c
            for c in mentions.inside("casualty", at, sentence_end)
            if c.entry.get("type") == "person_one"
        ]
        num = next((n for n in counts if n.start in (at, at + 1)), None)
        if num is None:
            break
        town = next(
            (
                p
                for p in mentions.inside("place", num.end, sentence_end)
                if words_between(text, num.end, p.start) <= COUNT_ITEM_WORDS
                and COUNT_IN_TOWN.fullmatch(text, num.end, p.start)
            ),
            None,
        )
        if town is None:
            break
        stop = ITEM_END.search(text, town.end, sentence_end)
        if mentions.inside("action", pos, stop.start() if stop else sentence_end):
            break  # و3 آخرون في بلدة حاس بقصف مدفعي: a clause of its own cue, its own event
        pos = town.end
    return pos


# a share told with the strike on its town (بينهم 9 في غارات على بلدة كفرنبل و6 بغارات على مدينة
# اللطامنة): the number, the strike noun, up to two words of it, then «على / في» and the town
COUNT_BY_ACT_ON_TOWN = norm_re(
    r"\s+(?:في\s+|جراء\s+)?(?:ب|لل)?(?:ال)?(?:غاره|غارات|قصف|قذائف|ضربات|ضربه)"
    r"(?:\s+(?!من\s)[^\s.,،؛:]+){0,2}?\s+(?:علي|على|في|استهدف\S*)\s+"
    r"(?:(?:مدينه|بلده|قريه|ناحيه|قضاء|حي|مخيم)\s+)?$"
)


AREA_TOWN_KM = 30.0  # a town this near an area's point (الغوطة الشرقية) lies in it


def counted_towns(
    choices: list[PlaceChoice],
    clause: tuple[int, int],
    mentions: DocMentions,
    res: Resources,
    tail_from: int | None = None,
    action: str = "",
) -> list[PlaceChoice]:
    """Towns of a clause each told with a count of its own (قتل 5 مدنيين في معرة النعمان و3 في
    كفرنبل جراء غارات روسية): one event per town, not only the one nearest the cue. The
    counts after the first are joined by و; a place at one count only is left as it was.
    ``tail_from``: where the counted items told after the event's clause begin (see
    ``counted_tail``); a town struck with a count in the clause and towns counted only there
    (استشهد 4 مدنيين بغارات على بلدة كفرنبل، و2 في معرة النعمان) are one event each."""
    if len(choices) != 1 or choices[0].place is None:
        return choices
    text = mentions.text
    numbers: list[Any] = [n for n in mentions.inside("number", *clause) if n.value is not None]
    numbers += [  # قتل مدني في الباب و3 في أعزاز؛ …، وطفل في كفرنبل: one person is a count too
        c for c in mentions.inside("casualty", *clause) if c.entry.get("type") == "person_one"
    ]
    numbers.sort(key=lambda n: n.start)
    counted: list[PlaceChoice] = []
    for p in usable_places(clause, mentions):
        if p.town.kind in WIDE_KINDS:
            continue
        num = next(
            (
                n
                for n in reversed(numbers)
                if n.end <= p.start
                and words_between(text, n.end, p.start) <= 4
                and (
                    COUNT_IN_TOWN.fullmatch(text, n.end, p.start)
                    or (
                        COUNT_BY_ACT_ON_TOWN.fullmatch(text, n.end, p.start)
                        and {
                            a.entry_id.split(".")[0]
                            for a in mentions.inside("action", n.end, p.start)
                        }
                        == {action}
                    )  # و6 بقصف مدفعي على اللطامنة: the shelling's town, not the airstrike's
                )
            ),
            None,
        )
        if num is None or (
            counted
            and text[num.start : num.start + 1] != "و"
            and not text[max(0, num.start - 2) : num.start].strip().endswith("و")
        ):
            continue
        if any(c.place is not None and c.place.id == p.town.id for c in counted):
            continue
        town, precision, rule = precise_place(p, False, res)
        counted.append(PlaceChoice(town, precision, rule, p.start, p.end))
    first = choices[0].place
    if (
        tail_from is not None
        and counted
        and first.kind not in WIDE_KINDS
        and choices[0].start < tail_from
        and all(c.start >= tail_from for c in counted)
        and any(n.end <= choices[0].start for n in numbers)
    ):  # the struck town's count is told before it, the other towns' after the clause
        added = [c for c in counted if c.place is not None and c.place.id != first.id]
        return choices + added if added else choices
    if (
        len(counted) == 1
        and first.kind in ("region", "governorate", "area")
        and counted[0].place is not None
        and counted[0].place.admin1 == first.admin1
        and counted[0].place.country == first.country
        and (first.kind != "area" or distance_km(first, counted[0].place) <= AREA_TOWN_KM)
    ):  # قتل 10 مدنيين في دوما بغارات على الغوطة الشرقية: the town of the dead in the region
        return counted
    holds = first.kind in WIDE_KINDS or (
        first.kind == "area"
        and all(
            c.place is not None
            and c.place.admin1 == first.admin1
            and distance_km(first, c.place) <= AREA_TOWN_KM
            for c in counted
        )
    )  # الغوطة الشرقية holds دوما and عربين
    if len(counted) < 2 or (first.id not in {c.place.id for c in counted if c.place} and not holds):
        return choices  # بقصف على الغوطة الشرقية: the region struck holds the towns counted
    return counted


FROM_THEM = re.compile(r"(?<!\w)منه(?:ا|ما)?(?!\w)")
PARTITIVE_BEFORE = norm_re(r"(?<!\w)(?:عدد|جزء|قسم|بعض|كثير|العديد|معظم|اغلب|أغلب)\s+$")
LEFT_BY_PRONOUN_WORDS = 4  # بعد انسحاب فصائل المعارضة منهما: the subject between


def left_towns(
    action: str,
    choices: list[PlaceChoice],
    cues: list[CueHit],
    clause: tuple[int, int],
    sentence: Sentence,
    mentions: DocMentions,
    earlier: list[Candidate],
) -> list[PlaceChoice]:
    """A withdrawal "from them" (سيطر … على قضاء X وناحيتي Y وZ بعد انسحاب القوات منها) left
    every town the capture before it in the sentence named, not only the last one in focus,
    nor a town a later clause names (منه، عقب اجتماع في مدينة بصرى الشام)."""
    if action != "withdrawal" or not choices:
        return choices
    text = mentions.text
    pronoun = FROM_THEM.search(text, cues[-1].end, clause[1])
    if (
        pronoun is None
        or words_between(text, cues[-1].end, pronoun.start()) > LEFT_BY_PRONOUN_WORDS
    ):
        return choices
    if PARTITIVE_BEFORE.search(text, max(0, pronoun.start() - 12), pronoun.start()):
        return choices  # بعد انسحاب قسم منها: part of the forces, not the towns
    towns: list[PlaceChoice] = []
    spans: list[int] = []
    for c in earlier:
        if (
            c.sentence != sentence.index
            or c.action != "capture"
            or c.place is None
            or c.place_rule in ("focus", "anaphor")
            or c.span[0] > cues[0].start
            or any(t.place is not None and t.place.id == c.place.id for t in towns)
        ):
            continue
        towns.append(PlaceChoice(c.place, c.precision, "left_towns"))
        spans.append(c.span[0])
    if spans:
        # سيطرت على قرى X وY، فيما دخلت وحدات قرية Z بعد انسحاب التنظيم منها: the towns of the
        # last capture told before the withdrawal, not of every capture of the sentence
        towns = [t for t, at in zip(towns, spans, strict=True) if at == max(spans)]
    if len(choices) == 1 and choices[0].rule in ("focus", "anaphor"):
        return towns if len(towns) >= 2 else choices
    if towns and all(c.start > pronoun.end() for c in choices):
        # بعد انسحاب الفصائل منه، عقب اجتماع في مدينة بصرى الشام: not the meeting's town
        return towns
    return choices


NATIONWIDE = norm_re(
    r"(?<!\w)(?:ب|في)?(?:انحاء|مختلف|عموم|كافه|جميع|شتي|سائر)"
    r"(?:\s+(?:ال)?(?:مناطق|محافظات|اراضي|مدن))?(?:\s+(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)ي?)?\s+$"
)


def over_the_countries(choices: list[PlaceChoice], mentions: DocMentions) -> bool:
    """True when the event's only places are countries told as a whole.

    Two countries at once (تعرضت القوات الأميركية لـ19 هجوماً في العراق وسوريا) or a
    country after "throughout" (قتلوا أمس في أنحاء سوريا) sum up many events; one country
    named alone (11 هدفاً في سوريا) stays an event placed at the country.
    """
    text = mentions.text
    countries = [c for c in choices if c.place is not None and c.place.kind == "country"]
    if not countries or len(countries) < len(choices):
        return False
    named = [p for p in mentions.inside("place", 0, len(text)) if p.place.kind == "country"]
    for c in countries:
        if c.start < 0:
            continue
        if NATIONWIDE.search(text, max(0, c.start - 30), c.start):
            return True
        for p in named:
            if p.place.id == c.place.id:  # type: ignore[union-attr]
                continue
            first = min(c.start, p.start)
            gap = text[c.end : p.start] if p.start >= c.end else text[p.end : c.start]
            if COUNTRY_PAIR.fullmatch(gap) and not BETWEEN.search(text, max(0, first - 8), first):
                return True  # في العراق وسوريا (not الحدود بين العراق وسوريا: a border)
    return False


BETWEEN = re.compile(r"(?<!\w)(?:بين|وبين)\s+$")
COUNTRY_PAIR = norm_re(r"\s*(?:[،,]\s*)?و(?:في\s+)?")


def own_unlisted_object(
    choices: list[PlaceChoice],
    cue_part: tuple[int, int],
    cues: list[CueHit],
    mentions: DocMentions,
    res: Resources,
) -> list[PlaceChoice]:
    """The cue's own object, a list of villages the gazetteer lacks, over a town named only in a
    later part (سيطرت على قرى گرزرك وشيخ منصور وبورك شرق المدينة، وقطعت الطريق الذي يربط
    الموصل بالرقة): the villages stand near the place their own part refers to (the town in
    focus), not at the town of a later clause. Kept when that part refers to no place."""
    if not choices or any(c.start < cue_part[1] for c in choices):
        return choices
    names = [n for n in unlisted_names(cue_part, mentions) if n.list_start >= cues[-1].end]
    if not names:
        return choices
    own = inherited_place(cue_part, cues[0].start, mentions, res)
    return [own] if own.place is not None else choices


def with_unlisted_villages(
    choices: list[PlaceChoice],
    cue_part: tuple[int, int],
    cue_start: int,
    mentions: DocMentions,
    res: Resources,
) -> list[PlaceChoice]:
    """One place per village of a list the gazetteer lacks (قرى بوراز وسفتك وبنيركي).

    Each unknown village stands at the place the list was told near: its first known town,
    else the place the clause was given (a locator after it, the place in focus), at
    precision 2 at least. Known towns of the list and those named before it in the clause
    keep their events (an unknown name no longer cuts the list: بلدات X وY وZ); a place
    named after the list (its locator), before the cue (وفي ريف X، شنت …) or outside the
    clause gives way to the villages.
    Not for a definite action noun (الهجوم استهدف نقاط … في قرى …، طال القصف …): it
    restates an event already told.
    """
    names = unlisted_names(cue_part, mentions)
    if not names:
        return choices
    lo, hi = names[0].list_start, max(n.list_end for n in names)
    first = min(cue_start, lo)
    kept = [c for c in choices if c.place is not None and first <= c.start < hi]
    head = among_head(mentions.text, cue_part[0], lo) if AMONG.match(mentions.text, lo) else None
    if head is not None:  # 10 قرى جنوب شنكال بينها X وY: where the counted villages lie
        kept = [c for c in kept if not head <= c.start < lo]
    known = {c.place.id for c in kept if c.place is not None}
    for p in mentions.inside("place", lo, hi):
        if p.town.kind in WIDE_KINDS or p.town.id in known:
            continue
        town, precision, rule = precise_place(p, False, res)
        kept.append(PlaceChoice(town, precision, rule, p.start, p.end))
        known.add(town.id)
    in_list = sorted((c for c in kept if c.start >= lo), key=lambda c: c.start)
    anchor = in_list[0] if in_list else next((c for c in choices if c.place is not None), None)
    if anchor is None or anchor.place is None:
        return choices
    new = [
        PlaceChoice(
            unlisted_place(anchor.place, n.name),
            max(anchor.precision or 2, 2),
            "unknown_name_near_focus",
            n.start,
            n.end,
        )
        for n in names
    ]
    return sorted(kept + new, key=lambda c: c.start)


LATER_OBJECT_WORDS = 3  # words before the class noun: إضافة إلى، وعلى


def unlisted_in_a_later_object(
    choices: list[PlaceChoice],
    list_part: tuple[int, int],
    order: list[tuple[int, int]],
    mentions: DocMentions,
    res: Resources,
) -> list[PlaceChoice]:
    """Villages the gazetteer lacks in a later clause that adds objects to the verb's (سيطرت على
    بلدة سلوك، إضافة إلى قريتي حمام التركمان وتل فندر؛ …، جنوب شرقي تل أبيض، وعلى قرى X وY): one
    place each, as in the object's own list (session 15). The clause is the next after the
    object's, or the one after a clause that only locates the object; it opens with «إضافة
    إلى / فضلاً عن / علاوة على» or «وعلى»."""
    if not choices or list_part not in order:
        return choices
    text = mentions.text
    later = [q for q in order if q[0] >= list_part[1]][:2]
    if len(later) > 1 and locator_clause(later[0], mentions):
        later = later[1:]
    if not later:
        return choices
    q = later[0]
    if not (ALSO_OPENS.match(text, q[0]) or REPEATED_ON.match(text, q[0])):
        return choices
    names = unlisted_names(q, mentions)
    if not names or len(text[q[0] : names[0].list_start].split()) > LATER_OBJECT_WORDS:
        return choices  # …، إضافة إلى مقتل عناصر من قرى X وY: no object of the verb
    inside = [c for c in choices if q[0] <= c.start < q[1]]
    outside = [c for c in choices if c not in inside]
    got = with_unlisted_villages(inside or outside[:1], q, q[0], mentions, res)
    if got == (inside or outside[:1]):
        return choices
    known = {c.place.id for c in outside if c.place is not None}
    return outside + [c for c in got if c.place is None or c.place.id not in known]


def refers_back(
    cue_part: tuple[int, int], cue: CueHit, mentions: DocMentions, res: Resources
) -> list[PlaceChoice]:
    """The town in focus, for a cue whose own clause names no place but refers to one after the
    cue (انسحاب الفصائل من المدينة التي …، لتصبح … مدن محافظة إدلب): the definite noun is that
    town, not a place the next clause names in passing."""
    if usable_places(cue_part, mentions):
        return []
    nouns = [
        m
        for m in mentions.inside("place_marker", cue.end, cue_part[1])
        if m.entry.get("type") == "class_noun" and not described(m, mentions.text)
    ]
    if not nouns or nouns[0].surface not in ONE_TOWN_NOUNS:
        return []  # مظاهرات في عشرات المدن: many towns, not the one in focus
    if class_noun_reference([(cue.end, cue_part[1])], mentions)[0] != "anaphor":
        return []
    choice = inherited_place((cue_part[0], cue_part[1]), cue.start, mentions, res)
    return [choice] if choice.place is not None and choice.rule == "anaphor" else []


def described(noun: Any, text: str) -> bool:
    """True for a generic place noun followed by a describing adjective (أحياء سكنية)."""
    following = re.findall(r"\w+", text[noun.end : noun.end + 20])[:1]
    return bool(following) and following[0] in GENERIC_PLACE_ADJ


ONE_TOWN_NOUNS = frozenset(
    {"المدينه", "البلده", "القريه", "الحي", "المخيم", "الناحيه", "البلدة", "المدينة", "القرية"}
)


# the place referred to by a preposition's pronoun right after a ل-verb of consequence (…،
# لتسيطر عليها قوات الأسد): the object told, as the pronoun of دخلها; only after ل, so a
# relative state (تلعفر التي يسيطر عليها التنظيم منذ يونيو) stays no taking (session 18, hO7)
ON_IT_AFTER = re.compile(r"\s+(?:عليها|عليه)(?!\w)")


def needs_a_place(cue: CueHit) -> bool:
    """A cue that is an event only with a place object (دخل، اقتحم) and carries no pronoun for one."""
    if not cue.entry.get("needs_place"):
        return False
    return not cue.surface.endswith(("ها", "ه", "هم"))


def place_after(
    cue: CueHit,
    part: tuple[int, int],
    mentions: DocMentions,
    follow: list[tuple[int, int]] | None = None,
) -> bool:
    """True when a place name or a place noun (المدينة، قرية) follows the cue in its part.

    After a comma-set time adverbial (حررت، صباح اليوم، ناحية العلم؛ دخلت القوات، اليوم
    الثلاثاء، حي كوكجلي) the object may open one of the next two parts of its frame (within
    PLACE_OBJECT_WORDS words of its start).
    """
    if places_from(cue.end, part[1], mentions):
        return True
    for nxt in (follow or [])[:2]:
        hits = places_from(nxt[0], nxt[1], mentions)
        if any(words_between(mentions.text, nxt[0], h.start) <= PLACE_OBJECT_WORDS for h in hits):
            return True
    return False


def places_from(start: int, end: int, mentions: DocMentions) -> list[Any]:
    """Place names and class nouns (مدينة، البلدة) in text[start:end]."""
    nouns = [
        m
        for m in mentions.inside("place_marker", start, end)
        if m.entry.get("type") == "class_noun"
    ]
    return mentions.inside("place", start, end) + nouns


DISTRICT_NOUN = "class.district"


def quarter_told(part: tuple[int, int], mentions: DocMentions) -> bool:
    """True when the first class noun of the part that no known place holds is a quarter's (حي)."""
    places = mentions.inside("place", *part)
    for noun in hits_of(mentions.inside("place_marker", *part), "class_noun"):
        if any(p.start <= noun.start < p.end for p in places):
            continue
        return noun.entry_id == DISTRICT_NOUN and not noun.prefix.endswith(("ال", "لل"))
    return False


def inherited_place(
    part: tuple[int, int], cue_start: int, mentions: DocMentions, res: Resources
) -> PlaceChoice:
    """A place for a clause that names none: the place in focus, unless the clause says 'a town'."""
    ref, near = class_noun_reference([part], mentions)
    if ref == "unnamed":
        return PlaceChoice(None, None, "unnamed_place")
    seat = seat_town(part, cue_start, mentions, res) if ref != "unknown_name" else None
    if seat is not None:  # قال ناشطون من مدينة الكوت إن القوات اعتقلت … في المدينة: that town
        return PlaceChoice(seat[0], seat[1], "source_seat_referred_back")
    focus = focus_town(part[0], mentions, res)
    if focus is None:
        return PlaceChoice(None, None, "no_place")
    town, focus_precision = focus
    if ref == "unknown_name" and quarter_told(part, mentions):
        # تحصنت في حي الزهور المجاور: a quarter the gazetteer lacks is part of the town in focus
        # (codebook §1, §5): that town, not a place of its own beside it (session 16, hH5)
        return PlaceChoice(town, focus_precision, "focus")
    if ref == "unknown_name":  # a village the gazetteer lacks: near the place in focus
        return PlaceChoice(town, max(focus_precision, 2), "unknown_name_near_focus")
    facility = facility_in_focus(part, mentions, res) if ref == "anaphor" else None
    if facility is not None:  # المطار: the airport named last (مطار الطبقة), not the last town
        return PlaceChoice(facility[0], max(facility[1], 2) if near else facility[1], "anaphor")
    if ref == "anaphor":  # البلدة: the town itself, or its surroundings (أطراف المدينة)
        town = town_of_its_class(part, town, mentions, res)
        return PlaceChoice(
            town, max(town.geo_precision, 2) if near else town.geo_precision, "anaphor"
        )
    return PlaceChoice(town, max(focus_precision, 2) if near else focus_precision, "focus")


CITY_NOUNS = frozenset({"المدينه", "المدينة"})
VILLAGE_NOUNS = frozenset({"القريه", "القرية", "البلده", "البلدة"})
NAMED_VILLAGE = norm_re(r"(?<!\w)[وب]?(?:قريه|قريتي|قري|بلده|بلدتي|بلدات|قرية|بلدة)\s+$")
NAMED_CITY = norm_re(r"(?<!\w)[وب]?(?:مدينه|مدينتي|مدن|مدينة)\s+$")


def town_of_its_class(
    part: tuple[int, int], town: Place, mentions: DocMentions, res: Resources
) -> Place:
    """The town «المدينة» refers back to is the last one named a city, not a village named
    after it (سيطرت القوات على مدينة دير الزور، وقصفت قرية الشولا … أما داخل المدينة: Deir
    ez-Zor); «القرية / البلدة» likewise skip a place named a city. The place in focus when
    none of that class was named."""
    nouns = [
        m.surface
        for m in mentions.inside("place_marker", *part)
        if m.entry.get("type") == "class_noun" and m.surface in CITY_NOUNS | VILLAGE_NOUNS
    ]
    if not nouns:
        return town
    text = mentions.text
    wrong = NAMED_VILLAGE if nouns[0] in CITY_NOUNS else NAMED_CITY

    def other_class(p: PlaceMention) -> bool:  # قرية الشولا: the class word before or in the name
        first = text[p.start : p.end].split(" ")[0] + " "
        return bool(wrong.search(text, max(0, p.start - 12), p.start) or wrong.match(first))

    focus = focus_town(part[0], mentions, res, skip=other_class)
    return focus[0] if focus is not None else town


def parts_for_town(
    parts: list[tuple[int, int]],
    choice: PlaceChoice,
    cue_part: tuple[int, int],
    mentions: DocMentions,
) -> list[tuple[int, int]]:
    """The frame's parts that speak of this town: the cue part, and others naming no other town.
    An area of the town's own governorate (استيقظت الغوطة الشرقية فجر اليوم على مجزرة، بعدما
    قصفت قوات النظام بلدة زملكا) is no other town: its day is the town's."""
    keep = []
    for p in parts:
        if p == cue_part:
            keep.append(p)
            continue
        towns = {
            m.town.id
            for m in usable_places(p, mentions)
            if m.town.kind not in WIDE_KINDS
            and not (
                m.town.kind == "area"
                and choice.place is not None
                and m.town.admin1
                and m.town.admin1 == choice.place.admin1
            )
        }
        if not towns or (choice.place is not None and choice.place.id in towns):
            keep.append(p)
    return keep


# «، قبل أن تداهمها قوات النظام وتعتقل …»: what the force did next, told in narrative (session 15, hL4)
BEFORE_THAT = norm_re(r"\W*[وف]?قبل\s+ان\s")


def force_part_after(cand: Candidate, sentence: Sentence, mentions: DocMentions) -> list:
    """The part right after a protest's frame that opens with «قبل أن» (خرجت مظاهرة في بنش، قبل أن
    يداهمها الأمن ويعتقل عدداً من الشبان): the force that broke it up is named there, past the
    comma, and its own present-tense verbs make no event of their own; protest_roles still needs
    the force verb and the force word around the side (FORCE_VERB, FORCE_AFTER)."""
    if not cand.frame_parts:
        return []
    last = max(p[1] for p in cand.frame_parts)
    nxt = next((p for p in sentence.parts if p[0] >= last), None)
    if nxt is None or nxt in cand.frame_parts:
        return []
    if cand.action != "protest":
        # …، وسط اتهامات لوحدات حماية الشعب بالوقوف وراء التفجير: the accused named past the
        # comma, in a part whose act is the one just told (suppressed as background) (s16 hR5)
        if ACCUSED_OPENS.match(mentions.text, nxt[0], nxt[1]):
            return [nxt]
        # …، واتهمت مصادر محلية وحدات حماية الشعب بالوقوف وراء التفجير: the accusation told with
        # its own verb by a source; the accused, after the source, is the striker (s16 hV5)
        accuser = ACCUSER_OPENS.match(mentions.text, nxt[0], nxt[1])
        if accuser is not None and ACCUSED_CHARGE.search(mentions.text, accuser.end(), nxt[1]):
            return [(accuser.end(), nxt[1])]
        return []
    if not BEFORE_THAT.match(mentions.text, nxt[0], nxt[1]):
        return []
    return [nxt]


ACCUSED_OPENS = norm_re(r"[\s،,]*(?:وسط|مع)\s+(?:اتهامات|اتهام|تهم)(?!\w)")
# a source that accuses (واتهمت مصادر محلية / واتهم ناشطون / وحمّل أهالي البلدة …): no side itself
ACCUSER_OPENS = norm_re(
    r"[\s،,]*[وف]?(?:اتهمت|اتهم|اتهموا|حملت|حمل|حملوا)\s+"
    r"(?:مصادر|مصدر|ناشطون|ناشطين|ناشطو|شهود|سكان|الاهالي|اهالي|مراسلون|وسائل\s+اعلام|معرفات|صفحات"
    r"|شبكات|شبكه|مواقع)"
    r"(?:\s+(?:محليه|محلي|محليون|محليين|ميدانيه|ميداني|مطلعه|مطلع|اهليه|اهلي|امنيه|امني|اعلاميه"
    r"|اعلاميون|اعلاميين|معارضه|معارضون|عيان|اخباريه|كرديه|مقربه|المنطقه|البلده|المدينه|القريه"
    r"|(?:من|في)\s+(?:المنطقه|البلده|المدينه|القريه))){0,2}(?=\s)"
)
ACCUSED_CHARGE = norm_re(
    r"(?<!\w)(?:بالوقوف\s+(?:وراء|خلف)|بتنفيذ|بالمسؤوليه\s+عن|المسؤوليه\s+عن|مسؤوليه|بزرع|بتفجير"
    r"|بارتكاب|باغتيال|بقتل|بخطف|باختطاف)(?!\w)"
)


# هاجم انتحاريان من داعش، اقتحم مسلحان من التنظيم: armed men «من X» right after an attack verb
MEN_FROM_AFTER_VERB = norm_re(
    r"\s+(?:(?:\d+|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عده|عدد\s+من)\s+)?(?:انتحاري|انتحاريان|انتحاريين|انتحاريون"
    r"|مسلح|مسلحان|مسلحين|مسلحون|عنصر|عنصران|عنصرين|عناصر|مقاتل|مقاتلان|مقاتلين|مقاتلون)"
    r"\s+(?:من|ينتمون\s+الي|ينتمي\s+الي|ينتميان\s+الي)\s+(?:تنظيم\s+|عناصر\s+|جماعه\s+)?$"
)
ATTACK_VERB = norm_re(r"[وف]?(?:هاجم|هاجمت|هاجموا|يهاجم|اقتحم|اقتحمت|اقتحموا|تسلل|تسللت|دخل|دخلت)")


def men_of_the_verb(a: ActorMention, cand: Candidate, text: str) -> ActorMention:
    """A side whose men are the subject right after the event's verb (هاجم انتحاريان من داعش
    حاجزاً للجيش؛ اقتحم ثلاثة مسلحين من التنظيم المبنى) acts: it is no victim counted «من X»."""
    if a.role != "victim" or cand.action not in ("clash", "capture"):
        return a
    verbs = [c for c in cand.cues if c.end <= a.start and ATTACK_VERB.fullmatch(c.surface)]
    if not verbs or not MEN_FROM_AFTER_VERB.fullmatch(text, verbs[-1].end, a.start):
        return a
    return ActorMention(a.start, a.end, a.actor_id, a.via, None, a.evidence + "|men_of_the_verb")


def fill_roles(
    cand: Candidate,
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    earlier: list[Candidate],
) -> None:
    """actor1/actor2/assoc from the frame, then fallbacks from the sentence and the action."""
    country = cand.place.country if cand.place is not None else ctx.country
    found = []
    for p in cand.frame_parts + force_part_after(cand, sentence, mentions):
        here = collect_mentions(p[0], p[1], mentions, res, ctx, country, sentence.start)
        if p == cand.span:
            found += own_mentions(cand, here, mentions)
        else:
            found += [a for a in here if a.via not in ("owner", "pronoun")]
    found = [owner_after_noun(a, cand, mentions.text) for a in found]
    found = [men_of_the_verb(a, cand, mentions.text) for a in found]
    flip = any(c.entry.get("role_flip") for c in cand.cues)
    cue_start = cand.cues[0].start
    if cand.action == "protest" and not any(c.entry_id.startswith("protest.") for c in cand.cues):
        cue_start = cand.span[1]  # shooting at protesters: its subject comes after the verb
    roles = assign_roles(cand.action, found, mentions.text, flip, res.lexicons.actors, cue_start)
    if flip and not roles.actor1:
        roles.actor1 = winner_named_later(cand, sentence, mentions, res, ctx, country, roles.actor2)
        roles.rule += "+winner_named_later" if roles.actor1 else ""
    same = [c for c in earlier if c.action == cand.action and c.roles.actor1]
    new_subject = (
        bool(same)
        and not roles.actor1
        and COMPLEMENT_MIN.match(mentions.text, cand.span[0]) is not None
        and any(
            a.role in (None, "agent")
            and a.actor_id not in ("civilians", roles.actor2, same[-1].roles.actor1)
            and a.via not in ("owner", "pronoun")
            for a in collect_mentions(
                same[-1].span[1], cue_start, mentions, res, ctx, country, sentence.start
            )
        )
    )  # حررت قطعات الجيش قريتين، فيما تمكنت قوات الحشد، بإسناد من الطيران، من تحرير قرية: a new doer
    own_actor1 = roles.actor1
    if not new_subject:
        borrow_from_earlier(cand.action, roles, earlier, told_unharmed(cand, sentence, mentions))
    if (
        cand.action in AIR_ACTIONS
        and not own_actor1
        and roles.actor1 != "syrian_regime"
        and country == "Syria"
        and "syrian_regime" in ctx.actors
        and regime_only_aircraft(cand, mentions)
    ):  # وقصف الطيران المروحي قرية رتيان بالبراميل: only the regime flies them, whoever struck before
        roles.actor1 = "syrian_regime"
        roles.rule = (roles.rule + "+" if roles.rule else "") + "regime_only_aircraft"
    if (
        not roles.actor1
        and not roles.actor2
        and any(c.entry_id in TRIBAL_FIGHT_CUES for c in cand.cues)
        and "tribal_forces" in res.lexicons.actors
    ):  # نزاع عشائري بين عشيرتين: two tribes' fighters, ACLED's communal militias on both sides
        roles.actor1 = roles.actor2 = "tribal_forces"
        roles.rule = (roles.rule + "+" if roles.rule else "") + "tribal_fight"
    if not roles.actor1:
        roles.actor1, rule = fallback_actor1(
            cand, sentence, mentions, res, ctx, country, roles.actor2
        )
        roles.rule = (roles.rule + "+" if roles.rule else "") + rule
    if cand.action in REMOTE_ACTIONS and roles.actor1 == "turkey":
        turkish_terror_target(roles, found, ctx, country, res)
    armed = [a for a in found if a.actor_id not in (roles.actor1, "civilians")]
    striker = res.lexicons.actors.get(roles.actor1)
    if (
        striker is not None
        and cand.action in REMOTE_ACTIONS
        and not roles.actor2
        and country in striker.unnamed_target
    ):
        roles.actor2 = striker.unnamed_target[country]  # غارات إسرائيلية على مطار دمشق
        roles.rule += "+unnamed_target"
    if (
        not (roles.actor2 or armed)
        and cand.action in REMOTE_ACTIONS
        and any(c.entry_id == MASSACRE_CUE for c in cand.cues)
    ):
        roles.actor2 = "civilians"  # ارتكب الطيران الروسي مجزرة في أريحا: civilians were killed
        roles.rule += "+massacre"
    if cand.action in CIVILIAN_TARGET_ACTIONS and not (roles.actor2 or armed):
        roles.actor2 = "civilians"  # an execution or abduction naming no armed side
        roles.rule += "+victims_civilians"
    if cand.action == "arrest" and not (roles.actor2 or armed) and detains_people(cand, mentions):
        roles.actor2 = "civilians"  # اعتقلت 12 شخصاً من أبناء المدينة: no suspects, no side
        roles.rule += "+detained_people"
    if cand.action in (*REMOTE_ACTIONS, "bombing") and not (roles.actor2 or armed):
        share = share_told_before(cand, sentence, mentions, earlier)
        if share is not None and share.roles.actor2 != roles.actor1:
            roles.actor2 = share.roles.actor2
            roles.rule += "+victims_of_the_share_before"
    if protesters_shot_by_unknown(cand, mentions):
        if roles.actor1 in ("", "protesters", "civilians"):
            roles.actor1 = "unknown"
        roles.actor2 = "protesters"  # مسلحون بلباس مدني أطلقوا النار على المتظاهرين: the crowd
        roles.rule += "+protesters_shot_by_unknown"
    cand.roles = roles


def protesters_shot_by_unknown(cand: Candidate, mentions: DocMentions) -> bool:
    """An attack by a shooting cue whose part tells protesters shot by gunmen of no side
    (victims_action: protesters and unknown_shooters)."""
    if cand.action != "attack" or not any(c.entry.get("needs_victims") for c in cand.cues):
        return False
    return protesters_victims(cand.span, mentions) and unknown_shooters(cand.span, mentions)


# an item with its verb and people left out, a bare count with its own act or town (…، و8 في
# قصف على راوة؛ …، واثنان بغارة أخرى؛ … و3 آخرون بقصف على حاس)
BARE_SHARE = re.compile(
    r"\W*و(?:\d+|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    r"(?:\s+(?:اخرون|اخرين|اخران))?\s+(?:في|جراء|اثر|بسبب|ب(?:انفجار|قصف|غاره|غارات|قذيف\w*"
    r"|هجوم|رصاص|نيران|استهداف|تفجير|عبوه|لغم|ضربه|ضربات))(?!\w)"
)


# more of the same people, told with their verb and «others» (…، ما أدى لمقتل تسعة مدنيين، فيما
# قتل ستة آخرون بقصف مدفعي على دوما؛ …، كما أصيب 4 آخرون بقصف على …): the people of the count
# before (session 17, hH6)
SHARE_OF_OTHERS = norm_re(
    r"\W*(?:و?(?:فيما|بينما|كما)\s+|و)(?:قتل|لقي|سقط|استشهد|اصيب|جرح)\s+"
    r"(?:\d+|[٠-٩]+|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    r"\s+(?:اخرون|اخرين|اخران)(?!\w)"
)


def share_told_before(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, earlier: list[Candidate]
) -> Candidate | None:
    """The event whose victims a bare count is more of: the one told just before in the same
    sentence, when this one opens on a count with its verb and people left out (قتل 4 مدنيين
    بغارات على كفرنبل، واثنان بغارة أخرى على قرية الشيخ مصطفى؛ قتل 10 مدنيين بقصف على هيت، و8
    في قصف على راوة), or is a further target of the same strikes (…، ما أدى لمقتل 7 مدنيين، وعلى
    كفرنبل، ما أدى لمقتل 5 آخرين). A count told with its own people (و3 مقاتلين) names its side."""
    told = [c for c in earlier if c.sentence == sentence.index and c.roles.actor2]
    if cand.place_rule == "elided_target":
        same_cues = [c for c in told if c.cues == cand.cues]
        return same_cues[-1] if same_cues else None
    before = [c for c in told if c.span[0] < cand.span[0]]
    if not before or not (
        BARE_SHARE.match(mentions.text, cand.span[0], cand.span[1])
        or SHARE_OF_OTHERS.match(mentions.text, cand.span[0], cand.span[1])
    ):
        return None
    return before[-1]


TURKISH_ENEMY_WORDS = ("the_organisation", "jihadists")  # التنظيم، الإرهابيين
TURKISH_ENEMY = {"Iraq": "pkk", "Syria": "ypg"}
EUPHRATES_SHIELD = (dt.date(2016, 8, 24), dt.date(2017, 3, 29))  # Turkey's operation on ISIS


def turkish_terror_target(
    roles: RoleAssignment,
    found: list[ActorMention],
    ctx: ActorContext,
    country: str | None,
    res: Resources,
) -> None:
    """Turkey's strike on «التنظيم» or «الإرهابيين» in an article that names no group of them
    (دمرت المقاتلات التركية 8 أهداف للتنظيم في عفرين، غارات على مواقع التنظيم في هاكورك) is
    on the PKK in Iraq and the YPG in Syria: the Turkish army's words for them; the words'
    defaults (ISIS, the Syrian rebels) are never named there."""
    target = TURKISH_ENEMY.get(country or "")
    if roles.actor2 not in ("isis", "syrian_opposition") or target not in res.lexicons.actors:
        return
    if ctx.salience[roles.actor2] > 0:
        return  # داعش named in the article: the war on ISIS
    day = ctx.publication_date
    if country == "Syria" and day is not None and EUPHRATES_SHIELD[0] <= day <= EUPHRATES_SHIELD[1]:
        return  # مواقع التنظيم في محيط الباب: the Euphrates Shield's war on ISIS
    if any(
        a.actor_id == roles.actor2
        and a.via == "anaphor"
        and a.evidence.split("|")[0] in TURKISH_ENEMY_WORDS
        for a in found
    ):
        roles.actor2 = target
        roles.rule += "+turkish_terror_target"


MASSACRE_CUE = "attack.massacre"  # ارتكب مجزرة: its victims are civilians, whatever the weapon


# people arrested who are told as people (أشخاص، من أبناء/أهالي/شباب البلدة، العشرات), not as
# suspects or members of a side (normalised: ة reads ه, أ reads ا)
DETAINED_PEOPLE = norm_re(
    r"(?<!\w)(?:[وب]?(?:اشخاص|شخصا|شخصين|شخصان|العشرات|عشرات|المئات)(?!\w)"
    r"|من\s+(?:ابناء|اهالي|اهل|شباب|سكان)(?!\w))"
)
SUSPECTS = re.compile(
    r"مطلوب|مشتبه|يشتبه|متهم|بتهم|ارهابي|مسلح|خلايا|خليه|عناصر|قيادي|امير|تجار|مهرب|بتورط"
)


def detains_people(cand: Candidate, mentions: DocMentions) -> bool:
    """An arrest of people the text does not call suspects (قوات النظام تعتقل 12 شخصاً من
    أبناء داعل، حملة اعتقالات طالت العشرات): civilians, by ACLED's practice."""
    told = mentions.text[cand.cues[0].start : cand.span[1]]
    return bool(DETAINED_PEOPLE.search(told)) and not SUSPECTS.search(told)


# an action noun, then the side that owns it with ل (بقصف لقسد، غارة للتحالف، هجوم لداعش، كمين
# لمسلحين): that side carried it out
OWNER_LI = re.compile(r"\s+(?:ل|لل)$")
NOT_OWNERS = frozenset({"civilians", "protesters"})


def owner_after_noun(a: ActorMention, cand: Candidate, text: str) -> ActorMention:
    """An unmarked side told with ل right after the candidate's action noun is its agent."""
    if a.role is not None or a.actor_id in NOT_OWNERS or cand.action == "clash":
        return a  # صدت قسد هجوماً لداعش: a clash keeps its sides as told
    for c in cand.cues:
        if c.end >= a.start or a.start - c.end > 4 or c.surface.startswith(("ي", "ت")):
            continue  # يقصف لـ…: a verb's ل is no owner
        if OWNER_LI.fullmatch(text[c.end : a.start]):
            return ActorMention(
                a.start, a.end, a.actor_id, a.via, "agent", a.evidence + "|li_owner"
            )
    return a


# no victims told for the strike (دون ورود أنباء عن إصابات، ولا معلومات عن خسائر بشرية، دون
# تسجيل ضحايا، لم ترد معلومات عن إصابات); normalised text reads أ as ا
UNHARMED = norm_re(
    r"(?<!\w)(?:دون|بدون|لم\s+ترد|ولم\s+ترد|لا|ولا|عدم)\s+"
    r"(?:ورود\s+|وقوع\s+|تسجيل\s+|وجود\s+)?(?:[اأ]نباء|معلومات|[اأ]ي|[اإ]صابات|خسائر|ضحايا)(?!\w)"
)


def told_unharmed(cand: Candidate, sentence: Sentence, mentions: DocMentions) -> bool:
    """True when the rest of the sentence after the event's cue says no one was reported hurt
    (كما تعرضت بلدة اللطامنة لقصف مماثل دون أنباء عن إصابات) and no civilian is named between."""
    text = mentions.text
    start = cand.cues[0].end
    hit = UNHARMED.search(text, start, sentence.end)
    if hit is None:
        return False
    return not any(
        h.entry.get("type") == "civilian" for h in mentions.inside("role", start, hit.start())
    )


def borrow_from_earlier(
    action: str, roles: RoleAssignment, earlier: list[Candidate], unharmed: bool = False
) -> None:
    """Fill roles from events told earlier in the sentence.

    A capture's loser is the side its captor attacked just before; an agentless clause of
    the same action continues the actor of the one before it, and its target too unless that
    was the earlier strike's civilian victims and this strike is told to have hurt no one
    (قتل رجل وطفل بقصف على كفرزيتا، كما تعرضت اللطامنة لقصف مماثل دون أنباء عن إصابات).
    """
    if action == "capture" and roles.actor1 and not roles.actor2:
        attacked = [
            c
            for c in earlier
            if c.action == "clash" and c.roles.actor1 == roles.actor1 and c.roles.actor2
        ]
        if attacked:
            roles.actor2 = attacked[-1].roles.actor2
            roles.rule += "+actor2_from_preceding_attack"
    same = [
        c
        for c in earlier
        if c.action == action and c.roles.actor1 and c.roles.actor1 != roles.actor2
    ]
    if not roles.actor1 and same:
        roles.actor1 = same[-1].roles.actor1
        borrowed = same[-1].roles.actor2
        if not (unharmed and borrowed == "civilians"):
            roles.actor2 = roles.actor2 or borrowed
        roles.rule = (roles.rule + "+" if roles.rule else "") + "fallback:same_action_before"


def is_adjunct(cand: Candidate, mentions: DocMentions) -> bool:
    """True when an adjunct, cause or same-time word stands right before the action noun.

    بعد معارك، وسط حرب، ترافقت مع قصف: the noun's event is carried out by the clause's subject.
    """
    return adjunct_before(cand.cues[0], cand.span, mentions)


def adjunct_before(cue: CueHit, span: tuple[int, int], mentions: DocMentions) -> bool:
    """True when an adjunct, cause or same-time word stands right before the cue in its span."""
    links = mentions.inside("link", max(span[0], cue.start - 30), cue.start)
    return any(
        h.entry.get("type") in ("adjunct", "cause", "same_time")
        and words_between(mentions.text, h.end, cue.start) <= 2
        for h in links
    )


def own_mentions(
    cand: Candidate, found: list[ActorMention], mentions: DocMentions
) -> list[ActorMention]:
    """Mentions of the cue part that belong to this event's cues, not to another action's.

    A name belongs to the last action cue before it (Arabic puts the verb first), or to the
    first cue when it comes before all of them; generic verbs absorbed by another cue
    (استهدف … بغارات) do not claim names.
    """
    mine = {c.start for c in cand.cues}
    every = mentions.inside("action", *cand.span)
    first_specific = min(
        (h.start for h in every if h.entry.get("strength") == "specific"), default=None
    )

    instruments = any(
        h.entry.get("strength") == "specific" and h.entry.get("action") not in NOT_INSTRUMENTS
        for h in every
    )

    def claims(h: CueHit) -> bool:
        """Cues that start an event of their own in the part."""
        if h.start in mine:
            return True
        if (
            h.entry.get("suicide")
            and h.entry.get("pos") == "noun"
            and any(next_to(mentions.text, h, c) for c in cand.cues)
        ):
            return False  # هاجم انتحاريان من داعش حاجزاً: the verb's subject, dropped as a bombing
        if worn_belt(h, cand.cues, mentions.text):
            return False  # هاجم انتحاريان يرتديان أحزمة ناسفة مقراً: their gear, dropped likewise
        if state_of_control(h, mentions.text):
            return False  # الخاضعين لسيطرة قوات النظام: the holder, not another action's side
        if describes_noun(h, mentions):
            return False  # مسيرة انتحارية تابعة لقوات النظام: a kind of drone, not a bombing
        if h.entry.get("strength") == "specific":
            return True
        if h.entry.get("default") and not instruments:
            return True  # قصفت قوات النظام … بعد انسحاب الفصائل: the verb is an event of its own
        return first_specific is not None and h.prefix.startswith("و") and h.start > first_specific

    found = held_by(cand, found, every, mentions.text)
    hits = [h for h in every if claims(h)]
    for h in hits:  # ضربات جوية وقصفا مدفعيا … على مواقع X: joined cues share their names
        if h.prefix.startswith("و") and any(
            c.end <= h.start and not mentions.text[c.end : h.start].strip()
            for c in hits
            if c.start in mine
        ):
            mine.add(h.start)
    if all(h.start in mine for h in hits):
        return found
    out = []
    for a in found:
        before = [h for h in hits if h.start < a.start]
        owner = before[-1] if before else hits[0]
        doer = DOER_OF_NEXT.search(mentions.text, max(0, a.start - 12), a.start)
        after = [h for h in hits if h.start >= a.end]
        if doer and after and after[0].prefix.startswith("ب") and after[0].start - a.end < 40:
            owner = after[0]  # بعد ساعات من قيام التنظيم باختطاف اثنين: the doer of what follows
        if owner.start in mine:
            out.append(a)
    return out


def describes_noun(h: CueHit, mentions: DocMentions) -> bool:
    """True for a cue word that only qualifies the noun just before it, as the modality lexicon's
    window-0 states tell (مسيرة انتحارية: a suicide drone is no suicide bombing)."""
    return any(
        m.entry["type"] == "state"
        and m.entry.get("window", 1) == 0
        and m.entry.get("scope") == "after"
        and h.entry.get("action") in (m.entry.get("blocks") or [])
        and not mentions.text[m.end : h.start].strip()
        for m in mentions.inside("modality", max(0, h.start - 30), h.start)
    )


# the complement of تمكن/استطاع cut off by an aside (تمكنت قوات الحشد، بإسناد من الطيران، من تحرير)
COMPLEMENT_MIN = norm_re(r"\s*[،,]?\s*من\s+\S+")
# «قيام X بـ<action>» (the doing by X of …): X is the side of the verbal noun after it
DOER_OF_NEXT = norm_re(r"(?<!\w)[وب]?(?:قيام|اقدام|إقدام)\s+$")


def held_by(
    cand: Candidate, found: list[ActorMention], cues: list[CueHit], text: str
) -> list[ActorMention]:
    """The side named right after a noun of control told as a state (الخاضعين لسيطرة قوات X).

    It holds the place: in a capture it is the side that loses it (actor2, codebook §4),
    otherwise it only describes the place (role controller, no side of the event).
    """
    states = [h for h in cues if h.start not in {c.start for c in cand.cues}]
    states = [h for h in states if state_of_control(h, text)]
    capture = cand.action == "capture"
    role = "target" if capture else "controller"
    first = cand.cues[0].start
    out = []
    for a in found:
        held = a.role is None and any(
            h.end <= a.start and words_between(text, h.end, a.start) == 0 for h in states
        )
        if held or (capture and "controller.holds" in a.evidence and a.start > first):
            a = ActorMention(a.start, a.end, a.actor_id, a.via, role, a.evidence + "|holder")
        out.append(a)
    return out


def winner_named_later(
    cand: Candidate,
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    country: str | None,
    loser: str,
) -> str:
    """Who took a place another side lost: the first other side named later in the sentence (بسبب هجوم X)."""
    later = collect_mentions(
        cand.span[1], sentence.end, mentions, res, ctx, country, sentence.start
    )
    fam = {k: a.family for k, a in ctx.actors.items()}
    for a in later:
        if a.actor_id != "civilians" and fam.get(a.actor_id, a.actor_id) != fam.get(loser, loser):
            return a.actor_id
    return ""


# an attack told as the means of a capture before it (استعادت الفصائل البلدة في هجوم معاكس)
IN_ATTACK = norm_re(r"(?<!\w)(?:في|ب)\s*$")


def attacked_with(cand: Candidate, sentence: Sentence, mentions: DocMentions) -> bool:
    """True when the bombing cue is the instrument (بـ) of an attack verb just before it."""
    cue = cand.cues[0]
    m = ATTACKED_WITH_BEFORE.search(mentions.text, max(sentence.start, cue.start - 60), cue.start)
    return m is not None and bool(m.group("by") or cue.surface.startswith("ب"))


# an explosion noun (انفجار، بانفجار، انفجارات): what went off, not who set it off
EXPLOSION = norm_re(r"[وفب]?(?:ال)?(?:انفجار|انفجارا|انفجارات|انفجارين|انفجاران)")


def fallback_actor1(
    cand: Candidate,
    sentence: Sentence,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    country: str | None,
    actor2: str,
) -> tuple[str, str]:
    """actor1 when the frame names none: subject before, platform owner, state air force, unknown."""
    actors = res.lexicons.actors
    before = collect_mentions(
        sentence.start, cand.cues[0].start, mentions, res, ctx, country, sentence.start
    )
    relative = RELATIVE.match(mentions.text, cand.span[0]) or RELATIVE_BEFORE_CUE.search(
        mentions.text, max(sentence.start, cand.cues[0].start - 12), cand.cues[0].start
    )  # غارات دعماً للقوات العراقية التي اشتبكت مع داعش: the antecedent of the cue's own relative
    if relative and before:
        named = [
            a
            for a in before
            if a.actor_id not in (actor2, "civilians")
            # قاعدة عين الأسد، التي تضم قوات من الجيش العراقي ومستشارين أمريكيين، لهجوم …: the
            # forces the place hosts are struck, not the antecedent of the relative
            and a.role not in ("target", "controller")
        ]
        if named:
            return named[-1].actor_id, "fallback:relative_pronoun"
    subjects = [
        a
        for a in before
        if a.role in (None, "agent", "perpetrator")
        and a.actor_id not in (actor2, "civilians")
        and (cand.action in REMOTE_ACTIONS or a.via not in ("owner", "pronoun"))
    ]
    verbal = any(
        c.entry.get("pos") == "verb"
        or c.entry.get("strength") == "generic"
        or PLURAL_VERB.match(c.surface)
        for c in cand.cues
    )
    # اقتحمت القوات الحي بعد انفجار عبوة ناسفة: an explosion happens, it is no deed of the
    # clause's subject (بعد قصف، بعد تفجير: the subject's own act may be told so)
    verbal = verbal or (
        is_adjunct(cand, mentions) and not EXPLOSION.fullmatch(cand.cues[0].surface)
    )
    verbal = verbal or (  # استعادت الفصائل البلدة في هجوم معاكس: the taker's attack
        cand.action == "clash"
        and bool(
            IN_ATTACK.search(mentions.text, max(0, cand.cues[0].start - 6), cand.cues[0].start)
        )
        and any(
            h.entry.get("action") == "capture"
            for h in mentions.inside("action", sentence.start, cand.cues[0].start)
        )
    )
    verbal = verbal or (  # ألقت قوة من جهاز مكافحة الإرهاب، اليوم، القبض على …
        cand.action == "arrest"
        and bool(SEIZE_VERB_BEFORE.search(mentions.text, sentence.start, cand.cues[0].start))
    )
    verbal = verbal or (  # هاجم عناصر داعش بعجلات مفخخة مواقع الجيش: the attackers' bombs
        cand.action == "bombing" and attacked_with(cand, sentence, mentions)
    )
    verbal = verbal or any(  # كما استهدفت بقذائف الهاون …: the strike verb the instrument absorbed
        h.entry.get("strength") == "generic" and h.entry.get("pos", "verb") == "verb"
        for h in mentions.inside("action", cand.span[0], cand.cues[0].start)
    )
    heads = [
        a
        for i, a in enumerate(subjects)
        if not (i and coordinated(mentions.text, subjects[i - 1], a))
    ]  # «X» و«Y» استعادت …، بعد هجوم: X leads, Y is its partner
    if (
        heads
        and verbal
        and cand.action != "protest"
        and not platform_subject(cand, heads[-1], mentions)
    ):
        return heads[-1].actor_id, "fallback:subject_before"
    if cand.action in AIR_ACTIONS:
        whole = collect_mentions(
            sentence.start, sentence.end, mentions, res, ctx, country, sentence.start
        )
        owners = [
            a
            for a in whole
            if a.via in ("owner", "pronoun")
            and a.actor_id != actor2
            and not told_as_reference(mentions.text, cand.cues[0].end, a.start)
            and not (  # «فيما قالت مصادر إنها روسية» still tells this strike's owner
                a.via == "owner"
                and not SAID_TO_BE.search(mentions.text, max(0, a.start - 16), a.start)
                and OTHER_STRIKE_CLAUSE.search(
                    mentions.text,
                    min(a.start, cand.cues[0].start),
                    max(a.start, cand.cues[0].start),
                )
            )
        ]
        if owners:
            near = min(owners, key=lambda a: abs(a.start - cand.cues[0].start))
            return near.actor_id, "fallback:platform_owner_in_sentence"
        state = state_air_force(cand, sentence, mentions, ctx, country)
        if state:
            return state, "fallback:state_air_force"
    side = announcing_side(cand, sentence, mentions, res, actor2)
    if side:
        return side, "fallback:announcing_side"
    side = announcing_captor(cand, sentence, mentions, res, country)
    if side:
        return side, "fallback:announcing_captor"
    if terror_attack_in_iraq(cand, mentions.text, ctx, country):
        return "isis", "fallback:terror_attack_in_iraq"
    if passive_arrest_in_iraq(cand, mentions.text, ctx, country):
        return "iraqi_security_forces", "fallback:passive_arrest_in_iraq"
    if cand.action in ("bombing", "attack", "abduction") and NON_STATE_DEFAULT in actors:
        return NON_STATE_DEFAULT, "fallback:unidentified"
    return "", "fallback:none"


# an attack the outlet calls terrorist (بهجوم إرهابي، اعتداء إرهابي، تفجير إرهابي)
TERROR_ATTACK = norm_re(
    r"(?:هجوم|هجمات|اعتداء|اعتداءات|تفجير|تفجيرات|عملي[ةه]|هجوما)\s+(?:ال)?[إا]رهابي(?:[ةه]|ين|ان)?(?!\w)"
)
ISIS_IRAQ_FROM = dt.date(2014, 6, 10)  # the fall of Mosul: Iraq's terrorist attacks are ISIS's


def terror_attack_in_iraq(
    cand: Candidate, text: str, ctx: ActorContext, country: str | None
) -> bool:
    """An attack in Iraq after June 2014 that the outlet calls terrorist, with no side named
    (أصيب ثلاثة من الشرطة بهجوم إرهابي استهدف نقطة تفتيش): the Iraqi outlets' ISIS."""
    day = ctx.publication_date
    if country != "Iraq" or day is None or day < ISIS_IRAQ_FROM or "isis" not in ctx.actors:
        return False
    if cand.action not in ("clash", "bombing", "attack"):
        return False
    return any(TERROR_ATTACK.search(text, c.start, min(len(text), c.end + 12)) for c in cand.cues)


# the passive of an arrest noun (تم إلقاء القبض على، جرى اعتقال، تم اعتقال)
PASSIVE_ARREST = norm_re(r"(?<!\w)[وف]?(?:تم|تمت|جرى|جري|جرت)\s+(?:ال)?(?:القاء\s+)?$")
KURDISTAN_REGION = ("Erbil", "Duhok", "Dahuk", "Sulaymaniyah", "As Sulaymaniyah", "Halabja")


def passive_arrest_in_iraq(
    cand: Candidate, text: str, ctx: ActorContext, country: str | None
) -> bool:
    """An arrest told in the passive in Iraq with no one named (تم إلقاء القبض على ثلاثة من
    عناصر داعش في الطارمية): Iraqi security reporting's unnamed arresting side is the federal
    security forces (codebook §2: arrests are by state forces). Not in the Kurdistan Region,
    whose Asayish arrest."""
    if cand.action != "arrest" or country != "Iraq":
        return False
    if "iraqi_security_forces" not in ctx.actors:
        return False
    if cand.place is not None and cand.place.admin1 in KURDISTAN_REGION:
        return False
    cue = cand.cues[0]
    return bool(PASSIVE_ARREST.search(text, max(0, cue.start - 20), cue.start))


def announcing_side(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, res: Resources, actor2: str
) -> str:
    """A side's own ministry announcing a strike on an armed group with no striker named: that
    side (أعلنت وزارة الدفاع الروسية أن الفرقاطة أطلقت صواريخ كاليبر على مواقع التنظيم)."""
    actors = res.lexicons.actors
    if cand.action not in REMOTE_ACTIONS or not actor2 or actor2 == "civilians":
        return ""
    if any(FALLEN.search(c.surface) for c in cand.cues):
        return ""  # سقوط صواريخ على قاعدة: told by the side hit, not fired by it
    text = mentions.text
    speech = [
        h
        for h in mentions.inside("attribution", sentence.start, cand.cues[0].start)
        if h.entry.get("scope") == "speech"
    ]
    for r in mentions.inside("reporter", sentence.start, cand.cues[0].start):
        side = res.reporter_entries.get(r.entry_id, {}).get("actor")
        if (
            side in actors
            and actor2 in actors
            and actors[side].family != actors[actor2].family
            and actors[actor2].type in ARMED_GROUP_TYPES
            and any(h.end <= r.start and words_between(text, h.end, r.start) <= 1 for h in speech)
        ):
            return str(side)
    return ""


def announcing_captor(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, res: Resources, country: str | None
) -> str:
    """A state's own command announcing a place taken with no taker named is that state's
    forces (أعلنت خلية الإعلام الأمني تحرير قرية الحود): only in its own country (the Russian
    ministry announcing «تحرير» a Syrian town tells the Syrian army's capture, not its own).
    Likewise an arrest told as a noun (أعلنت خلية الإعلام الأمني اعتقال أربعة متهمين)."""
    actors = res.lexicons.actors
    if cand.action not in ("capture", "arrest") or not country:
        return ""
    text = mentions.text
    speech = [
        h
        for h in mentions.inside("attribution", sentence.start, cand.cues[0].start)
        if h.entry.get("scope") == "speech"
    ]
    for r in mentions.inside("reporter", sentence.start, cand.cues[0].start):
        side = res.reporter_entries.get(r.entry_id, {}).get("actor")
        if (
            side in actors
            and actors[side].country == country
            and actors[side].type == "state"
            and any(h.end <= r.start and words_between(text, h.end, r.start) <= 1 for h in speech)
        ):
            return str(side)
    return ""


def platform_subject(cand: Candidate, subject: ActorMention, mentions: DocMentions) -> bool:
    """True when aircraft with no owner named stand between a side and the cue in the cue's
    part: they are the verb's subject (… شاركوا في الهجوم، وإن طائرات حربية قصفت أطراف المدينة)."""
    cue = cand.cues[0]
    return any(
        p.entry.get("type") in ("air", "air_force")
        and cand.span[0] <= p.start
        and subject.end <= p.start
        and p.end <= cue.start
        for p in mentions.inside("platform", cand.span[0], cue.start)
    )


def regime_only_aircraft(cand: Candidate, mentions: DocMentions) -> bool:
    """True when the event's own part names helicopters or barrel bombs and no owner."""
    plats = mentions.inside("platform", *cand.span)
    if any(p.entry.get("type") == "owner" for p in plats):
        return False
    return any(
        p.entry.get("type") == "air" and REGIME_ONLY_AIRCRAFT.search(p.surface) for p in plats
    )


def state_air_force(
    cand: Candidate,
    sentence: Sentence,
    mentions: DocMentions,
    ctx: ActorContext,
    country: str | None,
) -> str:
    """For a bare 'سلاح الجو' / 'الطيران الحربي': the most-named state actor of the event's country.

    In Syria, aircraft with no owner named are the government's when only it flew them:
    helicopters and barrel bombs at any time, any aircraft before the US-led coalition's
    first strikes in Syria (SYRIA_ONE_AIR_FORCE_UNTIL).
    """
    plats = mentions.inside("platform", *cand.span)
    bare = [p for p in plats if p.entry.get("type") == "air_force"]
    regime = "syrian_regime"
    if not bare and country == "Syria" and regime in ctx.actors:
        air = [p for p in plats if p.entry.get("type") == "air"]
        day = ctx.publication_date
        if any(REGIME_ONLY_AIRCRAFT.search(p.surface) for p in air):
            return regime
        if air and day is not None and day < SYRIA_ONE_AIR_FORCE_UNTIL:
            return regime
    if not bare or not country:
        return ""
    states = [a for a in ctx.actors.values() if a.type == "state" and a.country == country]
    if not states:
        return ""
    return max(states, key=lambda a: ctx.salience[a.id]).id


def fill_date(cand: Candidate, mentions: DocMentions, refs: set[int] | None = None) -> None:
    """The date told with the cue: in its part (unless nearer another cue), else in its frame.

    No sentence-wide fallback: a date belongs to the action it is told with. Linked
    clauses (cause, same_time) are handled by the callers. A cue that only refers to
    another event (``refs``: تصدت وسائط دفاعنا الجوية فجر اليوم لعدوان جوي) takes no date
    from it.
    """
    text = mentions.text
    cue = cand.cues[0]
    mine = {c.start for c in cand.cues}
    cues = [
        h
        for h in mentions.inside("action", *cand.span)
        if h.start in mine
        or (h.entry.get("strength") == "specific" and h.start not in (refs or set()))
    ]
    own = [
        d
        for d in mentions.inside("date", *cand.span)
        if nearest_cue(d, cues, text) in cand.cues and not compared_since(d, text)
    ]
    own = [
        d
        for d in own
        if not told_in_later_clause(d, cand, text)
        and not remembered(d, cue, text)
        and not DAYS_AFTER.search(text, d.end, cue.start)  # قصفت اليوم بعد يومين من سيطرة …
        and not aftermath_day(d, cue, text)
    ]
    cand.told_dates = [d for d in own if d.date is not None]  # any kind: for the background check
    for name, spans in (
        ("part", [cand.span]),
        ("frame", [p for p in cand.frame_parts if p != cand.span]),
    ):
        dates = [
            d
            for s in spans
            for d in mentions.inside("date", *s)
            if d.kind == "point"
            and not compared_since(d, text)
            and not remembered(d, cue, text)
            and not aftermath_day(d, cue, text)
        ]
        if name == "part":
            dates = [d for d in own if d.kind == "point" and not speaker_day(d, cand, text, own)]
        elif has_own_span(cand) or VAGUE_RECENT_SPAN.search(text, *cand.span):
            break  # نفذت خلال الساعات الـ24 الماضية 40 غارة: its own span, no day of the report
        if any(d.date is not None for d in dates):  # رداً على …، مساء أمس: the day told wins
            dates = [d for d in dates if d.rule != "anaphor:response"] or dates
        if dates:
            cand.date = min(dates, key=lambda d: abs(d.start - cue.start))
            cand.date_rule = f"{name}:{cand.date.rule}"
            return
    until = [d for d in own if d.kind == "until" and d.precision == "day" and d.date is not None]
    if until:  # اشتباكات استمرت حتى ظهر اليوم: the fighting went on that day
        cand.date, cand.date_rule = until[0], f"part_until:{until[0].rule}"
        return
    since = [d for d in own if d.kind == "since" and starts_this_week(d)]
    if since:  # غارات منذ فجر اليوم، قصفت منذ السبت الماضي: dated to the day they began
        cand.date, cand.date_rule = since[0], f"part_since_day:{since[0].rule}"
        return
    ago = [d for d in own if d.kind == "since" and told_days_ago(d, cand, text)]
    if ago:  # قصفت الطائرات منذ يومين البلدة: a past act told so many days ago
        cand.date, cand.date_rule = ago[0], f"part_days_ago:{ago[0].rule}"
        return
    cand.date_rule = "no date told with the event"


# شيع الأهالي، اليوم، جثامين ضحايا الغارة التي استهدفت البلدة؛ زار المحافظ، أمس، الجرحى الذين
# أصيبوا في القصف؛ انتشلت فرق الدفاع المدني، اليوم، جثث مدنيين قضوا في الغارات؛ نشر المرصد،
# اليوم، صوراً تظهر الدمار الذي خلفه القصف: the day is the funeral's, visit's, recovery's or
# publication's, told before the act they mention (codebook §6: the act itself is left undated
# unless told with its own day: «جثث ضحايا غارة استهدفت البلدة فجر اليوم»)
AFTERMATH_VERB = norm_re(
    r"(?<!\w)[وف]?(?:شيع|شيعت|شيعوا|يشيع|تشيع|يشيعون|زار|زارت|زاروا|يزور|تزور|تفقد|تفقدت|يتفقد"
    r"|تتفقد|انتشل|انتشلت|انتشلوا|ينتشل|تنتشل|دفن|دفنت|دفنوا|يدفن|تدفن|نشر|نشرت|ينشر|تنشر"
    r"|بث|بثت|يبث|تبث)(?!\w)"
)
# نشرت القوات تعزيزات: a deployment; only what is shown (صوراً، مقطعاً مصوراً) is an aftermath
PUBLISH_VERB = norm_re(r"^[وف]?(?:نشر|نشرت|ينشر|تنشر|بث|بثت|يبث|تبث)$")
SHOWN = norm_re(
    r"(?<!\w)(?:ال)?(?:صور|صورا|صوره|مقطع|مقطعا|مقاطع|فيديو|فيديوهات|تسجيل|تسجيلا|تسجيلات|شريط|شريطا"
    r"|لقطات|مشاهد)(?!\w)"
)
AFTERMATH_BEFORE_WORDS = 5  # نشر المرصد السوري لحقوق الإنسان، اليوم
AFTERMATH_AFTER_WORDS = 2  # واليوم، شيع الأهالي
AFTERMATH_TO_CUE_WORDS = 14
AFTERMATH_BREAK = norm_re(r"[.;؛:]|[,،]\s*و|(?<!\w)(?:فيما|بينما|كما|ثم|حيث|وسط|في\s+حين)(?!\w)")


def aftermath_day(d: DateMatch, cue: CueHit, text: str) -> bool:
    """True for a day told with an aftermath verb (شيع، زار، تفقد، انتشل، دفن، نشر صوراً) before
    the event's cue, the cue in what that verb is about (the victims of the strike, the damage
    the shelling left): the day of the funeral, visit or publication, not of the act."""
    if d.end > cue.start or words_between(text, d.end, cue.start) > AFTERMATH_TO_CUE_WORDS:
        return False
    before = text[max(0, d.start - 80) : d.start]
    before = re.split(r"[.;؛:\n]", before)[-1]
    words = before.split()[-AFTERMATH_BEFORE_WORDS:]
    after = text[d.end : cue.start].split()[:AFTERMATH_AFTER_WORDS]
    verbs = [w.strip("،,") for w in words + after if AFTERMATH_VERB.search(w.strip("،,"))]
    if not verbs:
        return False
    start = text.find(verbs[-1], max(0, d.start - 80))
    if AFTERMATH_BREAK.search(text, d.end, cue.start):
        return False
    if PUBLISH_VERB.match(verbs[-1]) and not SHOWN.search(text, start, cue.start):
        return False
    return True


# هو الأعنف منذ اتفاق التسوية عام 2018، الأول من نوعه منذ سيطرة النظام على المحافظة في تموز
# 2018: the time an event is compared with, not its own
# (not أكثر من: a count, قتل أكثر من 50 منذ 2018 is a toll)
COMPARED = (
    r"(?<!\w)(?:(?:ال)?(?:اعنف|اكبر|اشد|اوسع|اعلي|اخطر|اضخم|ادمي|اسوا|اول|اولي)|الاكثر"
    # ثاني غارة تستهدف المدينة منذ يوم الاثنين، وهي الثالثة منذ السبت: a count since, not its day
    r"|(?<!تشرين )(?<!كانون )(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[هة]?)(?!\w)"
)
COMPARED_SINCE = norm_re(
    COMPARED + r"(?:\s+[^\s,.،؛;:]+){0,4}?\s+منذ(?:\s+[^\s,.،؛;:\d]+){0,6}?\s*$"
)
COMPARED_BEFORE_SINCE = norm_re(COMPARED + r"(?:\s+[^\s,.،؛;:]+){0,4}?\s*$")  # الأعنف | منذ 2018
COMPARED_CHARS = 90


# أحيا ناشطون اليوم ذكرى مجزرة الحولة التي قتل فيها …؛ وقفة في الذكرى الأولى لمقتل الناشط
# برصاص مسلحين: the day told is the remembrance's, the act remembered is of another year
REMEMBRANCE = norm_re(r"(?<!\w)[وبلف]?(?:ال|لل)?(?:ذكرى|ذكراها|ذكراه|ذكري)(?!\w)")


def remembered(d: DateMatch, cue: CueHit, text: str) -> bool:
    """True for a day told before «ذكرى» when the event's cue is inside what is remembered: a
    few words after it, no comma between (الذكرى الثامنة للثورة، غارات: the strikes are of
    the day)."""
    if d.end > cue.start:
        return False
    m = REMEMBRANCE.search(text, d.end, cue.start)
    return bool(
        m
        and not re.search(r"[,،;:.\n]", text[m.end() : cue.start])
        and words_between(text, m.end(), cue.start) <= REMEMBERED_WORDS
    )


REMEMBERED_WORDS = (
    12  # في الذكرى الأولى لمقتل …؛ ذكرى مجزرة الحولة التي قتل فيها أكثر من مئة مدني بقصف
)


def compared_since(d: DateMatch, text: str) -> bool:
    """True for a date in a comparison over time (هجوم هو الأعنف منذ عام 2018، في أول قصف من
    نوعه منذ تموز 2018): the date of what the event is measured against."""
    start = max(0, d.start - COMPARED_CHARS)
    if d.kind == "since" and d.surface.startswith("منذ"):
        return bool(COMPARED_BEFORE_SINCE.search(text, start, d.start))
    return bool(COMPARED_SINCE.search(text, start, d.start))


def has_own_span(cand: Candidate) -> bool:
    """True when an event is told with its own span back from the report (نفذت خلال الساعات
    الـ24 الماضية، خلال اليومين الماضيين): no single day is told, and it borrows none."""
    return any(d.rule.startswith("recent:") for d in getattr(cand, "told_dates", ()))


THAT = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|بانه|بانها)(?!\w)")

# a span back with no count (بعد أن انسحبت الفصائل من عدة قرى خلال الأيام الماضية؛ في الأسابيع
# الأخيرة): the act's own stretch of days, so it borrows no day from the frame (session 14)
VAGUE_RECENT_SPAN = norm_re(
    r"(?<!\w)(?:خلال|في|طيله|طوال|علي\s+مدي|على\s+مدى)\s+(?:ال)?(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات)"
    r"\s+(?:ال)?(?:ماضيه|اخيره|منصرمه|فاءته|قليله\s+(?:ال)?(?:ماضيه|اخيره))(?!\w)"
)


def speaker_day(
    d: DateMatch, cand: Candidate, text: str, own: list[DateMatch] | None = None
) -> bool:
    """True for the day a statement was made (أعلنت الوزارة اليوم أن طائراتها نفذت خلال الساعات
    الـ24 الماضية …), told before أن, when the event has its own span back from the report, or
    its own day after أن (قال مصدر أمني اليوم إن عبوة ناسفة انفجرت مساء أمس)."""
    if d.end > cand.cues[0].start:
        return False
    that = THAT.search(text, d.end, cand.cues[0].start)
    if that is None:
        return False
    cue = cand.cues[0]
    return has_own_span(cand) or any(
        o.kind == "point"
        and o.precision == "day"
        and o.start >= that.end()
        and not BACK_CLAUSE.search(text, cue.end, max(cue.end, o.start))
        for o in own or ()
    )


# between an act and a later day: a relative or pluperfect clause tells another act's day
# (سيطرت على البلدة التي كانت قد خسرتها يوم الجمعة)
BACK_CLAUSE = re.compile(r"(?<!\w)(?:التي|الذي|الذين|اللذين|اللتين|قد|بعد|عقب|اثر)(?!\w)")


def starts_this_week(d: DateMatch) -> bool:
    """True for a since-date that names the day an action began within the last week: a part of
    a day (منذ فجر اليوم) or a named day (منذ السبت الماضي، منذ 12 أيلول), not a duration
    (منذ يومين: a count back, not a day told)."""
    if d.date is None or d.precision != "day" or d.offset_days is None:
        return False
    if d.rule.startswith("recent:"):
        return False  # خلال الساعات الـ24 الماضية: a span back from the report, no day told
    if d.part_of_day:
        return True
    return -SINCE_DAY_DAYS <= d.offset_days <= 0 and "duration" not in d.rule


# «قصفت الطائرات منذ يومين البلدة»، «سيطرت قوات النظام منذ ثلاثة أيام على»: منذ + a count of
# days after a past-tense verb is so many days ago; after a present or lasting verb (تتواصل
# الاشتباكات منذ يومين، تتعرض البلدة منذ أيام لقصف، استمرت منذ يومين) it is a span, no day
DAYS_AGO_WORDS = 6  # words from the verb opening the event's part to منذ
LASTING_VERB = norm_re(
    r"^[وف]?(?:استمر|تواصل|دام|امتد|بقي|ظل|بات|مازال|كان|كانت|يكون|تكون|يزال|تزال)\S*$"
)
STILL_GOING = norm_re(
    r"(?<!\w)(?:لا\s+(?:تزال|يزال|زال|زالت)|ما\s*(?:زال|زالت|تزال|يزال)|مستمر|متواصل"
    r"|حتى\s+(?:الان|اللحظه|لحظه|ساعه)|لم\s+(?:يتوقف|تتوقف|يهدا|تهدا|ينقطع|ينقطع))"
)


HOURS_AGO = re.compile(r"duration:(?:few|\d+)xhour$")
HOURS_AGO_MAX = 12  # منذ ساعتين، منذ ست ساعات: today; منذ 30 ساعة is not read as a day


def hours_ago(d: DateMatch) -> bool:
    """True for «منذ ساعات / منذ ساعتين / منذ ثلاث ساعات» (at most HOURS_AGO_MAX hours)."""
    if d.precision != "hour" or d.date is None or HOURS_AGO.search(d.rule) is None:
        return False
    count = re.search(r"(\d+)xhour$", d.rule)
    return count is None or int(count.group(1)) <= HOURS_AGO_MAX


def told_days_ago(d: DateMatch, cand: Candidate, text: str) -> bool:
    """True for «منذ يومين / منذ ثلاثة أيام» (a count of days, within a week) or «منذ ساعات /
    منذ ساعتين» (hours back: the report's day) told a few words after the past-tense verb that
    opens the event's part, with nothing saying it goes on."""
    days_back = (
        d.precision == "day"
        and d.offset_days is not None
        and -SINCE_DAY_DAYS <= d.offset_days <= -1
    )
    if (
        "duration" not in d.rule
        or not (days_back or hours_ago(d))
        or not normalize_key(d.surface).startswith("منذ")
        or not cand.span[0] <= d.start < cand.span[1]
    ):
        return False
    lead = text[cand.span[0] : d.start]
    words = lead.split()
    if not words or len(words) > DAYS_AGO_WORDS or re.search(r"[,،;:.]", lead):
        return False
    verb = words[0]
    core = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    if LASTING_VERB.match(verb) or (core[:1] in "يتن" and not core.endswith(("ت", "وا"))):
        return False  # تتواصل، تدور، يقصف، استمرت: a span, not a day
    return not STILL_GOING.search(text, *cand.span)


def state_of_control(cue: CueHit, text: str) -> bool:
    """True for a noun of control told as a state (مناطق سيطرتهم، تحت سيطرة): no act to date."""
    return bool(CONTROL_STATE.search(text, max(0, cue.start - 16), cue.start))


# a clause of its own after the event (بعد أن خسرتها يوم أمس، قبل أن تنسحب منها مساء الجمعة)
LATER_CLAUSE = norm_re(r"(?<!\w)(?:(?:بعد|قبل)\s+(?:ان|أن)|بعدما|قبلما)(?!\w)")


def told_in_later_clause(d: DateMatch, cand: Candidate, text: str) -> bool:
    """True for a day told after the event's cue inside a «بعد أن / قبل أن» clause of its own
    (واستعادت الفصائل السيطرة على كفرنبودة بعد أن خسرتها يوم أمس): the day of that clause's act,
    not of the event (codebook §6), unless a cue of the event itself is told in that clause."""
    before = [c for c in cand.cues if c.end <= d.start]
    if not before:
        return False
    return LATER_CLAUSE.search(text, before[-1].end, d.start) is not None


def nearest_cue(d: DateMatch, cues: list[CueHit], text: str) -> CueHit | None:
    """The action cue a date is told with: the last one before it (within DATE_CUE_WORDS words),
    else the first one after it (Arabic tells the time after the verb: دخلها أول من أمس).
    A noun of control told as a state (انطلاقاً من مناطق سيطرتهم، مساء أمس) is no act."""
    cues = [c for c in cues if not state_of_control(c, text)]
    if d.anaphor is not None:  # بعد ساعات من الهجمات: the attacks are the event it counts from
        cues = [c for c in cues if not (d.start <= c.start and c.end <= d.end)]
    if not cues:
        return None
    inside = [c for c in cues if c.start <= d.start and d.end <= c.end]
    if inside:  # أعادت وحدات من قواتنا المسلحة أمس الأمن والاستقرار إلى: told within the cue
        return inside[0]
    before = [
        c
        for c in cues
        if c.end <= d.start and words_between(text, c.end, d.start) <= DATE_CUE_WORDS
    ]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= d.end]
    return after[0] if after else cues[-1]


def link_same_time(
    cands: list[Candidate], mentions: DocMentions, previous: Candidate | None = None
) -> None:
    """An undated event told with أعقب ذلك / بالتزامن takes the date of the event before it."""
    for i, c in enumerate(cands):
        before = cands[i - 1] if i > 0 else previous
        if c.date is not None or before is None or before.date is None:
            continue
        links = [h for h in mentions.inside("link", *c.span) if h.entry.get("type") == "same_time"]
        if links:
            c.date, c.date_rule = before.date, f"same_time:{links[0].entry_id}"


LAST_HOURS = norm_re(
    r"(?<!\w)(?:خلال|في)\s+(?:(?:ال)?ساعات(?:\s+(?:ال)?(?:24|٢٤|اربع والعشرين|قليله))?"
    r"|(?:ال)?(?:24|٢٤)\s+ساعه)\s+(?:ال)?(?:ماضيه|اخيره|منصرمه)(?!\w)"
)  # خلال الساعات الماضية: a span back from the report


def link_also(cands: list[Candidate], earlier: list[Candidate], mentions: DocMentions) -> None:
    """An undated event told as one more of its kind (وسيطر المتشددون أيضاً على …) takes the date
    of the last dated event of the same action in this or the previous sentence, and its
    actor1 when it names none (وقصفت أيضاً بلدة …: the subject is left out)."""
    for i, c in enumerate(cands):
        if not any(h.entry.get("type") == "also" for h in mentions.inside("link", *c.span)):
            continue
        # the previous sentence that tells an event: one that only updates a count or tells a
        # statement (وارتفع عدد الشهداء صباح اليوم إلى 9) stands between them in vain
        told = [d.sentence for d in earlier if d.sentence < c.sentence]
        back = min(c.sentence - 1, max(told)) if told else c.sentence - 1
        same = [d for d in earlier + cands[:i] if d.action == c.action and d.sentence >= back]
        dated = [d for d in same if d.date is not None]
        if LAST_HOURS.search(mentions.text, *c.span):
            dated = []  # بسط سيطرته كذلك، خلال الساعات الماضية: a time of its own
        if c.date is None and dated:
            c.date, c.date_rule = dated[-1].date, f"also:{dated[-1].date.rule}"
        if same and not c.roles.actor1 and same[-1].roles.actor1:
            c.roles.actor1 = same[-1].roles.actor1
            c.roles.rule += "+also_same_actor"


def share_sentence_date(cands: list[Candidate], mentions: DocMentions) -> None:
    """An undated clause joined to a dated clause of the same sentence (فيما، كما، و…) takes its date.

    The nearest dated clause before it wins, else the first dated one after it. A clause
    told as background of another (بعد أن كان قد دخلها أول من أمس) lends its date to no one,
    an adjunct noun (وسط حرب شوارع، بعد معارك) borrows none (it is the setting, not a new
    act), a speech verb between two clauses (… مبيناً أن …) starts a new statement, and a
    headline shares nothing (its clauses summarise several events).
    """
    dated = [
        c
        for c in cands
        if c.date is not None and c.date.date is not None and not is_subordinate(c, mentions)
    ]
    for c in cands:
        if c.date is not None or c.headline or has_own_span(c):
            continue
        if told_as_background(c, mentions.text):
            # وكانت القوات سيطرت على البلدة، بينما قصفت اليوم …: no day of its own, unless it
            # goes on the background clause that told its own day (وكان التنظيم قد سيطر يوم
            # الخميس على البلدة بعد انسحاب الفصائل منها)
            host = background_host(c, cands, mentions)
            if host is not None:
                c.date, c.date_rule = host.date, f"same_background_clause:{host.date.rule}"
            continue
        joined = [
            d
            for d in dated
            if not speech_between(d, c, mentions)
            and not contrast_after(c, d, mentions)
            and not relative_after(c, d, mentions.text)
            and not (  # وكانت القوات قد سيطرت أمس على البلدة، بينما تقصف الطائرات سراقب
                told_as_background(d, mentions.text) and present_tense_cue(c, mentions.text)
            )
            and not (  # خرج متظاهرون اليوم في ذكرى مجزرة … ارتكبتها القوات بقصف البلدة
                d.cues[0].start < c.cues[0].start
                and REMEMBRANCE.search(mentions.text, d.cues[0].end, c.cues[0].start)
            )
        ]
        if not joined:
            continue
        before = [d for d in joined if d.span[0] <= c.span[0]]
        donor = before[-1] if before else joined[0]
        if is_adjunct_noun(c, mentions, host_before(c, cands) or donor):
            continue
        c.date, c.date_rule = donor.date, f"same_sentence:{donor.date.rule}"
        apart = days_apart(c, donor, mentions.text)
        future = donor.date.offset_days is not None and donor.date.offset_days + apart > 0
        if apart and donor.date.date is not None and not future:
            c.date = replace(
                donor.date,
                date=donor.date.date + dt.timedelta(days=apart),
                part_of_day=None,
                offset_days=None
                if donor.date.offset_days is None
                else donor.date.offset_days + apart,
            )
            c.date_rule = f"days_apart:{apart}:{donor.date.rule}"
        elif night_before_morning(c, donor, mentions.text):
            c.date = replace(
                donor.date,
                date=donor.date.date - dt.timedelta(days=1),
                part_of_day="night",
                offset_days=None if donor.date.offset_days is None else donor.date.offset_days - 1,
            )
            c.date_rule = f"night_before:{donor.date.rule}"


# «اندلعت الاشتباكات يوم الإثنين، بعد يوم واحد من اعتقال قسد قائد المجلس»: the arrest is a day
# before the day told; «قصفت الطائرات سراقب بعد يومين من سيطرة القوات على كفرنبل يوم الأحد»: the
# strike two days after it. Only an act done at once (an arrest, a killing, a taking, a blast):
# «بعد أربعة أيام من المعارك / من القصف» counts how long the fighting lasted
DAYS_AFTER = norm_re(
    r"(?<!\w)[وف]?بعد\s+(?P<n>يوم(?:\s+واحد)?|يومين|(?:ثلاثة|3)\s+ايام|(?:اربعة|4)\s+ايام"
    r"|(?:خمسة|5)\s+ايام|(?:ستة|6)\s+ايام)\s+(?:من|علي)\s+"
)
DAYS_AFTER_COUNT = {"يوم": 1, "يومين": 2, "ثلاثه": 3, "3": 3, "اربعه": 4, "4": 4}
DAYS_AFTER_COUNT |= {"خمسه": 5, "5": 5, "سته": 6, "6": 6}
ACTS_AT_ONCE = ("arrest", "abduction", "capture", "withdrawal", "bombing", "attack")
DAYS_AFTER_WORDS = 3  # words from «من» to the act's cue (من اعتقال «قسد» قائد …)
KILLING_FIRST = norm_re(r"(?:مقتل|اغتيال|استشهاد|مصرع|اصابة|إصابة)(?!\w)")
KILLING_WORDS = 7


def days_apart(c: Candidate, donor: Candidate, text: str) -> int:
    """Days to add to the donor's day for c when «بعد N أيام من» ties the two acts (0 if not).

    c told right after the phrase (… يوم الإثنين، بعد يوم واحد من اعتقال …): −N; c told before
    it and the donor right after (قصفت … بعد يومين من سيطرة القوات … يوم الأحد): +N. The act
    told after «من» must be one done at once."""

    def count(m: re.Match) -> int:
        return DAYS_AFTER_COUNT.get(m.group("n").split()[0], 0)

    def right_before(cue_start: int, lo: int, action: str) -> re.Match | None:
        last = None
        for m in DAYS_AFTER.finditer(text, lo, cue_start):
            last = m
        if last is None:
            return None
        n = words_between(text, last.end(), cue_start)
        if n <= DAYS_AFTER_WORDS and action in ACTS_AT_ONCE:
            return last
        # بعد يومين من مقتل قائد الفصائل في البلدة بغارة: a killing told first, then its act
        killing = KILLING_FIRST.match(text, last.end()) is not None
        if killing and n <= KILLING_WORDS and not CLAUSE_END.search(text, last.end(), cue_start):
            return last
        return None

    a, b = donor.cues[0], c.cues[0]
    if a.start < b.start:
        m = right_before(b.start, a.end, c.action)
        return -count(m) if m is not None else 0
    m = right_before(a.start, b.end, donor.action)
    return count(m) if m is not None else 0


# «دخلت القوات المدينة صباح اليوم، بعد أن انسحب مسلحو داعش منها ليلاً»: the night before the
# morning told, the day before it (dev15 gold −1; session 16, hQ5)
AFTER_LINK = norm_re(r"(?<!\w)(?:بعد\s+ان|بعدما|اثر|إثر|عقب)(?!\w)")
NIGHT_ALONE = norm_re(r"(?<!\w)(?:ليلا|(?:خلال|في|طوال)\s+الليل)(?!\w)")
MORNING_PARTS = ("dawn", "morning")


def night_before_morning(c: Candidate, donor: Candidate, text: str) -> bool:
    """True when an undated act told after the dated one, in a «بعد أن / بعدما / إثر» clause,
    is told at night (ليلاً، خلال الليل) and the dated act in the morning or at dawn."""
    d = donor.date
    if d is None or d.date is None or d.part_of_day not in MORNING_PARTS:
        return False
    if donor.cues[0].start >= c.cues[0].start:
        return False
    link = None
    for m in AFTER_LINK.finditer(text, donor.cues[0].end, c.cues[0].start):
        link = m
    if link is None or words_between(text, link.end(), c.cues[0].start) > 2:
        return False
    end = CLAUSE_END.search(text, c.cues[0].end, c.span[1] + 1)
    return NIGHT_ALONE.search(text, c.cues[0].end, end.start() if end else c.span[1]) is not None


CLAUSE_END = norm_re(r"[.،,؛;:!?\n]")


WHILE_BEFORE = re.compile(r"(?<!\w)(?:فيما|بينما|في حين|حين|عندما)\s*$")


# the words opening a joined clause before its verb (بينما، فيما، في حين، و)
CLAUSE_LEAD = norm_re(r"^(?:[وف]?(?:فيما|بينما|حيث|في|حين|كما)|و|ف)$")


def present_tense_cue(c: Candidate, text: str) -> bool:
    """True for a clause opened by a present-tense verb (بينما تقصف الطائرات، فيما يستهدف
    الطيران … بغارات، بينما تدور اشتباكات): what goes on as the report is written, so a
    background clause's day (وكانت القوات قد سيطرت أمس …) is not its."""
    words = [w.strip(",،") for w in text[c.span[0] : c.cues[0].end].split()]
    words = [w for w in words if w]
    while words and CLAUSE_LEAD.match(words[0]):
        words = words[1:]
    if not words:
        return False
    word = words[0]
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    return len(word) >= 3 and word[:1] in "يت" and not word.endswith(("ت", "وا", "ي", "ات", "ه"))


def told_as_background(c: Candidate, text: str) -> bool:
    """True when a clause is told as background (وكانت قوات النظام سيطرت على …، وكان التنظيم
    قد …): a «كان» before its cue within its own clause. «فيما/بينما كانت الفصائل تشن هجوماً»
    tells what went on at the same time, not background (unless it says قد)."""
    for m in WAS_VERB.finditer(text, c.span[0], c.cues[0].start):
        if PLUPERFECT.match(text, m.start()) or not WHILE_BEFORE.search(text, 0, m.start()):
            return True
    return False


# a new clause within a background sentence (…، بينما تقصف الطائرات …): not the same act's setting
CLAUSE_OPENER = norm_re(
    r"(?<!\w)(?:[وف]?(?:فيما|بينما|حيث|كما|ثم|قبل|حتى|لكن|الا ان|غير ان|في حين|حين|عندما|بعدما)"
    r"|ما\s+(?:ادى|اسفر)|[وف]?(?:ان|إن|أن))(?!\w)"
)


def background_host(
    c: Candidate, cands: list[Candidate], mentions: DocMentions
) -> Candidate | None:
    """The background act (وكان … قد سيطر يوم الخميس على البلدة) an undated act of the same
    background clause goes with (… بعد انسحاب الفصائل منها؛ صدت أمس هجوماً بسيارة مفخخة), or None.

    The host is the act told right before c, dated to a day in its own part, and told as
    background too; nothing between their cues may open another clause (punctuation, فيما،
    بينما، كما، حيث، ما أدى، أن …), and c must not be an adjunct noun the day does not reach
    (بعد معارك استمرت أياماً، وسط اشتباكات, as in the foreground clauses)."""
    text = mentions.text
    host = host_before(c, cands)
    if host is None or host.date is None or host.date.date is None:
        return None
    if host.date.precision != "day" or not host.date_rule.startswith("part:"):
        return None
    if not told_as_background(host, text):
        return None
    lo, hi = host.cues[0].end, c.cues[0].start
    if lo >= hi or CLAUSE_END.search(text, lo, hi) or CLAUSE_OPENER.search(text, lo, hi):
        return None
    if words_between(text, lo, hi) > 10:
        return None
    if is_adjunct_noun(c, mentions, host):
        return None
    return host


def host_before(c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The act told right before a clause in its sentence (the act an amid noun accompanies:
    سيطرت على البلدة وسط اشتباكات), or None when it comes first."""
    before = [d for d in cands if d is not c and d.cues[0].start < c.cues[0].start]
    return max(before, key=lambda d: d.cues[0].start) if before else None


def speech_between(a: Candidate, b: Candidate, mentions: DocMentions) -> bool:
    """True when a speech verb (مبيناً أن، وأضاف أن) stands between two clauses' cues."""
    lo, hi = sorted((a.cues[0].start, b.cues[0].start))
    return any(
        h.entry.get("scope") in ("speech", "continuation")
        and not ACCORDING_TO_WHAT.search(mentions.text, max(0, h.start - 12), h.start)
        and not (
            a.cues[0].start < b.cues[0].start
            and SAME_SPEAKER_GOES_ON.fullmatch(mentions.text, h.start, h.end)
            and QUOTE_GOES_ON.match(mentions.text, h.end) is not None
            and not BEFORE_ANOTHER_ACT.search(mentions.text, h.end, max(b.span[1], b.cues[0].end))
        )
        for h in mentions.inside("attribution", lo, hi)
    )


# «…"، مبيناً أن "القوات حررت …"»: the same speaker's quoted words go on about the day he told;
# without a quote (…، مضيفاً أن الطائرات قصفت …) it is a new statement
SAME_SPEAKER_GOES_ON = norm_re(r"(?:مبينا|مبينة|موضحا|موضحة|مضيفا|مضيفة)")
QUOTE_GOES_ON = norm_re(r"\s+(?:ب)?ان\s*[\"«“]")  # مبيناً أن "…: his own words go on
# «مبيناً أن التنظيم فجّر جسر العلم قبل انسحابه»: an act told before another, on no day told
BEFORE_ANOTHER_ACT = norm_re(r"(?<!\w)قبل(?!\w)")


ACCORDING_TO_WHAT = re.compile(
    r"(?<!\w)(?:[وف]?بحسب ما|[وف]?حسب ما|[وف]?حسبما|[وف]?وفق ما|[وف]?وفقا لما|[وف]?طبقا لما)\s*$"
)  # بحسب ما أفاد به المرصد: a source of the same sentence, not a new statement


CONTRAST = re.compile(r"(?<!\w)[وف]?في حين(?!\w)")


def contrast_after(c: Candidate, donor: Candidate, mentions: DocMentions) -> bool:
    """True when في حين (whereas) opens the later clause of a donor told after the clause `c`:
    it sets another act against c's (دخلت الفصائل حلب، في حين سيطرت اليوم على سراقب), and the
    day told in it is that act's, not c's. A clause after في حين (في حين تتواصل المعارك) still
    shares the day told before it."""
    lo, hi = c.cues[0].start, donor.cues[0].start
    return lo < hi and bool(CONTRAST.search(mentions.text, lo, hi))


# قصفت البلدة التي سيطرت عليها الفصائل أمس: the act of a relative clause after c's cue
RELATIVE_OF_DONOR = norm_re(
    r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?:\s+[^\s,.،؛;:]+){0,4}?\s*$"
)


def relative_after(c: Candidate, donor: Candidate, text: str) -> bool:
    """True when the donor's act is told in a relative clause that describes a word of c's
    clause (قصفت قوات النظام بلدة طفس التي سيطرت عليها الفصائل أمس، قصفت المدفعية التركية قرية
    الدردارة التي كانت قوات النظام قد دخلتها أمس): the day told there is that act's, not c's.
    The other way round a relative clause shares the day of the clause it describes (تجددت
    الاشتباكات صباح الخميس قرب السجن، الذي تمكنت الأسايش من السيطرة عليه: the coders date it)."""
    lo, hi = c.cues[0].end, donor.cues[0].start
    m = RELATIVE_OF_DONOR.search(text, lo, hi) if lo < hi else None
    if m is None:
        return False
    gap = text[lo : m.start()].rstrip().rstrip("،,").rstrip()  # بلدة طفس، التي …
    return not re.search(r"[.،,؛;:!?\n]", gap)


def told_as_past(c: Candidate, text: str) -> bool:
    """True when a clause is told as background (وكانت قوات النظام بدأت …، وكان التنظيم قد …) or
    dated by no single day."""
    if c.date is None or c.date.precision != "day":
        return True  # منتصف تشرين الثاني: a campaign's span, not the day of one act
    return told_as_background(c, text)


def is_adjunct_noun(
    cand: Candidate, mentions: DocMentions, amid_of: Candidate | None = None
) -> bool:
    """True when an adjunct word (وسط، خلال) stands right before the action noun: the setting.

    Amid (وسط اشتباكات، في خضم المعارك) tells what went on while the act of ``amid_of`` was
    done, at its time, unless that act is told as background (وكانت القوات بدأت … وسط غارات).

    Battles "after" which something happened (سيطرت … أمس بعد اشتباكات مع X) are told as
    part of that day's events, unless they lasted several days (بعد معارك استمرت أياماً).
    """
    cue = cand.cues[0]
    text = mentions.text
    links = mentions.inside("link", max(cand.span[0], cue.start - 30), cue.start)
    for h in links:
        if h.entry.get("type") != "adjunct" or words_between(text, h.end, cue.start) > 1:
            continue
        if (
            h.surface in AMID_WORDS
            and amid_of is not None
            and not told_as_past(amid_of, text)
            and not closed_relative(amid_of, h.start, text)
        ):
            continue  # سيطرت القوات اليوم على البلدة وسط اشتباكات: fighting of that day
        if h.surface not in AFTER_WORDS:
            return True
        if LASTED.search(text, cue.end, cand.span[1]):
            return True
    return False


def closed_relative(host: Candidate, at: int, text: str) -> bool:
    """True when the host act is told in a relative clause closed by a comma before the adjunct at
    `at` (واصلت القوات التمشيط في مدينة الميادين، التي أعلنت السيطرة عليها يوم السبت الماضي،
    وسط غارات مكثفة على بلدة العشارة): the amid noun goes with the main clause, not with the
    act and the day the relative clause tells about a word of it (session 18, hO7)."""
    cue = host.cues[0]
    if RELATIVE_OF_DONOR.search(text, max(0, cue.start - 60), cue.start) is None:
        return False
    return bool(re.search(r"[،,؛;]", text[cue.end : at]))


def is_subordinate(cand: Candidate, mentions: DocMentions) -> bool:
    """True when the cue is told as what happened before (بعد أن، عقب) or in the pluperfect (كان قد)."""
    cue = cand.cues[0]
    text = mentions.text
    window = (max(cand.span[0], cue.start - 40), cue.start)
    prior = [
        h
        for h in mentions.inside("link", *window)
        if h.entry.get("prior") and words_between(text, h.end, cue.start) <= SUBORDINATE_WORDS
    ]
    return bool(prior) or bool(PLUPERFECT.search(text, *window))


def fill_variant(cand: Candidate, mentions: DocMentions) -> None:
    """suicide / violent / repressed variants from cue flags and variant words in the frame."""
    if cand.action == "bombing" and any(c.entry.get("suicide") for c in cand.cues):
        cand.variant = "suicide"
        return
    for p in cand.frame_parts:
        for hit in mentions.inside("variant", *p):
            if hit.entry["action"] == cand.action:
                cand.variant = hit.entry["variant"]


def event_date_fields(date: DateMatch | None) -> tuple[str, str]:
    """('YYYY-MM-DD' or '', precision) of a date match."""
    if date is None or date.date is None:
        return "", "unknown"
    precision = "day" if date.precision == "hour" else date.precision  # قبل ساعتين: that day
    precision = precision if precision in ("day", "week", "month") else "unknown"
    return date.date.isoformat() if isinstance(date.date, dt.date) else str(date.date), precision


def describe(cand: Candidate) -> dict[str, Any]:
    """Provenance of one mention (plain data)."""
    return {
        "sentence": cand.sentence,
        "cues": [c.entry_id for c in cand.cues],
        "cue_words": [c.surface for c in cand.cues],
        "place_rule": cand.place_rule,
        "actor_rule": cand.roles.rule,
        "actor_evidence": list(cand.roles.evidence),
        "date_rule": cand.date_rule,
        "figures": [f"{f.role}={f.value} ({f.cue})" for f in cand.figures],
        "source_rule": cand.source_rule,
    }
