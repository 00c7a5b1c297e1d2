"""Who did what to whom: actor mentions, their roles in a clause, co-reference.

Roles come from markers just before a mention (roles.yaml): على مواقع X / ضد X / في صفوف X
→ target; من قبل X / نفذها X → agent; بأيدي X → perpetrator; بين X و Y → both sides of a
clash; 13 مقاتلاً من X → victim; مع X → opponent in a clash, partner otherwise. A weapon
platform stands for its owner (طائرات روسية، طيران التحالف، طائراتها → the actor named
before). Unmarked mentions are subjects or genitives (غارات التحالف، هجوم داعش): the
first one is actor1. Co-reference words (التنظيم، المتشددين، الجيش، قوات الأمن, kind
'anaphor' from the lexicons) resolve to the candidate named most often in the article,
restricted to actors of the event's country when that is known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.document import DocMentions, hits_of, speaker_spans
from conflictlib.extract.resources import Resources
from conflictlib.lexicons.loader import Actor
from conflictlib.lexicons.matcher import Match
from conflictlib.normalize import norm_re, normalize_key
from conflictlib.segment import header_end

DEMONSTRATIVE = re.compile(r"(?:تلك|ذلك|هذه|هذا|تلكم)\s*$")
# more aircraft joined to the ones told before, owned by another side (طائرات حربية روسية وأخرى
# تابعة للنظام؛ الطيران الحربي الروسي والمروحي التابع للنظام): the owner strikes with them
OTHER_AIRCRAFT = norm_re(
    r"(?<!\w)و(?:أخرى|الأخرى|المروحي|المروحية|الحربي|الحربية|المروحيات|مروحيات|طائرات"
    r"|الطائرات|الطيران|طيران)(?:\s+(?:المروحي|المروحية|الحربي|الحربية))?\s*$"
)
_JOINER = norm_re(r"[\s\"'()«»]+")
SLASH = norm_re(r"[\s\"'«»]*/[\s\"'«»]*")
OPEN_PAREN = re.compile(r"\s*[(\[]\s*")  # حزب الحرية الكردستاني (باك): its short name again
NON_STATE_DEFAULT = "unknown"  # ACLED's unidentified armed group, for agentless bombings/attacks
AIR_ACTIONS = ("airstrike",)
REMOTE_ACTIONS = ("airstrike", "shelling")
OTHER_SIDE = re.compile(r"(?:\s+\S+){0,3}?\s+من\s+(?:طرف|جهه|جانب)\s+(?:اخر|اخري|ثان|ثانيه)(?!\w)")
SENTENCE_END = norm_re(r"[.!?؟\n]")
DESTINATION = norm_re(r"(?<!\w)(?:الي|إلى|الى|نحو|باتجاه)\s*$")  # taken "to" somewhere
BETWEEN = re.compile(r"(?<!\w)بين(?:\s+\S+){0,3}\s*$")  # بين [قوات|عناصر …] X و Y
PARTITIVE_OBJECT_WORDS = 8  # an action cue this close before "<group> من X" makes them its object
# طائراتها، طيرانه: a pronoun on the platform noun (not طائرة مسيرة، طائرات حربية, whose ة reads ه)
POSSESSED_PLATFORM = re.compile(r"^\S*(?:ات|ان)(?:ها|هم|ه)$")
SUPPORT_MARKER = "with.support"  # roles.yaml: backing markers name a partner, never an opponent
DATELINE_TAIL = norm_re(
    r"\s*(?:\([^()\n]{1,30}\)\s*[-–—:]|[-–—ـ/]\s*\(?(?:ا ف ب|أ ف ب|د ب أ|رويترز|الأناضول|الاناضول|سانا|واع|فرانس برس|ا ب|أ ب|شينخوا)\)?[\s:]"
    # a newspaper's own tag (لندن – «القدس العربي»: ، موسكو ـ «الشرق الأوسط»، لندن: «الشرق الأوسط»)
    r"|[-–—ـ]\s*[«\"“](?:[^«»\"“”\s]+\s?){1,4}[»\"”]\s*[:،,\s]"
    r"|[«\"“](?:[^«»\"“”\s]+\s?){1,4}[»\"”]\s*:"  # the dash may be a tatweel, dropped
    r"|:\s*[«\"“](?:الشرق الاوسط|الشرق الأوسط|القدس العربي|الحياة|العربي الجديد|المدن|عنب بلدي)[»\"”])"
)
NO_HARM = norm_re(
    r"(?<!\w)(?:دون|بدون|من دون|لم ترد|لا)\s+(?:ورود\s+|وقوع\s+|تسجيل\s+)?(?:انباء|أنباء|معلومات|اي|أي)"
    r"(?:\s+\S+){0,4}\s+(?:في\s+صفوف|بين|من)\s*$"
)
EACH_OF = re.compile(r"(?<!\w)كلا?\s+$")  # كل من X و Y: "each of", a list of subjects, not "from"
# و, or و with a members word before the second name (الجيش التركي وفصائل الجيش الوطني), or
# with the aircraft of a joint striker (قوات النظام والطيران الروسي، طائرات النظام وطائرات روسية)
AND_MEMBERS = norm_re(
    r"و(?:فصائل|فصاءل|عناصر|مقاتلي|مقاتلو|وحدات|قوات|كتائب|مسلحي|ميليشيات|ميليشيا"
    r"|(?:ال)?(?:طيران|طاءرات|مقاتلات)(?:(?:ال)?حربي(?:ه)?)?)?"
)
ONE_OR_TWO = re.compile(r"(?:واحد|اثن|اثنت)")  # the only numbers Arabic puts after the noun
DETENTIONS = ("arrest", "abduction")
FIRST_PERSON = re.compile(r"نا$")  # قواتنا، مقاتلينا: the speaker's own, in its own statement
COMPASS_BEFORE = re.compile(r"(?<!\w)[وب]?(?:جنوب|شمال|شرق|غرب)ي?\s*$")  # جنوبي تركيا: a place
RELATIVE_CLAUSE = norm_re(  # الألغام التي زرعها التنظيم: the subject of a clause on a noun
    r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?:\s+[^\s،,.:؛]+)?"
    r"\s+[^\s،,.:؛]+(?:ه|ها|هم|هما|هن)\s+$"  # زرعها، يسيطر عليها: the noun is its object
)
# a site told with the side that runs it (سجن غويران الذي تديره قوات سوريا الديمقراطية؛ حاجز
# تديره الفرقة الرابعة): that side is the one struck (roles.yaml target.site_used), not the
# subject of a clause on another noun
RUN_BY = norm_re(r"(?<!\w)(?:تديره|تديرها|يديره|يديرها|يديرونه|يديرونها)\s+$")
CUE_WORD = re.compile(r"\S+")
NEXT_CLAUSE = norm_re(r"[،,]\s*(?:فيما|بينما|في حين|وفي حين|في الوقت الذي)(?!\w)")
UNIT_OF = re.compile(  # قطعات الفرقة التاسعة من، لواء المشاة الثاني من: a unit of the side after من
    r"(?:قطعات|وحدات|قوه|قوات|الفرقه|اللواء|الفوج|الكتيبه|فرقه|لواء|فوج|كتيبه)(?:\s+\S+){0,3}\s+(?:من|في)"
)
ADJECTIVE_AND = re.compile(r"ال\w+\s+و")  # «جبهة النصرة» الإرهابي و…: one adjective, then و
# a target joined with units of another side (قاعدة تضم مستشارين أمريكيين وقوات من الجيش العراقي)
HOSTED_MARKER = "target.hosted"  # a side a base struck hosts (التي تضم قوات أمريكية)
AND_UNITS_OF = re.compile(r"و(?:قوات|عناصر|جنود|وحدات|مستشارين|افراد)\s+من")
# words that refer back to their candidates only once one is named: ولم تكد الوحدات تثبت نقاطها
# in an article naming no YPG means the army's units
# (and الجبهة, in an article naming no front, is a front line: على الجبهة الشرقية لكوباني)
NAMED_ONLY = frozenset({"the_units", "the_front"})  # الجبهة الشرقية لمدينة كوباني: a front line
# words that refer back to the side of their kind named most before them, in any country, and to
# none when none is named (إذ قصفت القوات المتمركزة في محيط المنطقة: the forces just named)
NEAREST_NAMED = frozenset({"the_forces"})
# a noun heading them (قائد القوات، تقدم القوات) or a definite adjective after them (القوات البرية،
# القوات الدولية) makes them a service, a commander's title or another force, not a side named back
FORCES_HEAD = norm_re(
    r"(?<!\w)[وفلب]?(?:قائد|قاده|قادة|قياده|قيادة|رئيس|اركان|أركان|تقدم|لتقدم)\s+$"
)
# security forces said to belong to a named side (عناصر أمن تابعون لهيئة تحرير الشام، الشرطة
# التابعة للإدارة الذاتية) are that side's, not the state's of the event's country
OWNED_FORCES = frozenset({"the_security_forces", "the_forces"})
AFFILIATED_TO = norm_re(r"\s+(?:ال)?تابع\w*\s+ل(?:ـ\s*)?")
# a definite nisba or a participle of backing after them (القوات البرية، القوات الدولية، القوات
# المدعومة أمريكياً، القوات الموالية لتركيا، القوات المشتركة): a force of its own, not a side named
# back (القوات المشاركة في العملية، القوات المتمركزة still name one back)
DEFINITE_NEXT = norm_re(
    r"\s+(?:وال|ال)(?:\w+(?:يه|ية)|خاصه|خاصة|(?:مدعوم|موالي|متحالف|مسلح|مشترك|معارض|منشق)\w*)(?!\w)"
)
# where a sentence opens, for the sides named in it before a word that names one back
SENTENCE_OPEN = re.compile(r"[.!?;:\n]")
# the side a word refers back to in a country when the article names none of its candidates:
# «الاحتلال» in Iraq is the United States forces (the factions' claims: استهدفنا قاعدة للاحتلال
# في عين الأسد; كتائب حزب الله: الاحتلال قصف مقراتنا), Israel elsewhere (session 11)
COUNTRY_DEFAULT = {("the_occupation", "Iraq"): "usa"}
# words whose sides are told by the event's country, indefinite or not (مقاتلون محليون: the rebels
# in Syria, an unidentified group in Iraq)
BY_COUNTRY = frozenset({"local_fighters"})
# the side named after a protest then used force on it (تتدخل القوات الأمنية لتفريقهم، ردت القوات
# بإطلاق الرصاص والقنابل المسيلة للدموع، أطلقت قوات الأمن النار على المحتجين); a ceasefire (وقف
# إطلاق النار) or a release (إطلاق سراح) is no force
FORCE_AFTER = norm_re(
    r"(?:\s+[^\s.،,؛:]+){0,5}?\s+(?<!وقف\s)(?<!بوقف\s)(?<!لوقف\s)(?:[لب]?تفريق\w*"
    r"|(?:ب|و)?(?:اطلاق|فتح|تفتح|فتحت)\s+(?:ال)?نار|النار\s+(?:(?:ال)?حيه?\s+)?علي(?:هم|ها|ه)?|(?:ب|و)?(?:الرصاص|الغاز|القنابل)"
    r"|بالقوه|[لب]?قمع\w*|(?:ب|و)?الهراوات|[لب]?(?:ملاحقه|مطارده|محاصره)\w*"
    r"|و(?:يعتقل|تعتقل|اعتقل|اعتقلت|اعتقال)|(?:ب|و)اعتقال"
    # أطلقت عليها قوات الأمن النار; not fire of joy (أطلقوا النار في الهواء ابتهاجاً)
    r"|(?<!اطلاق\s)(?:النار|النيران)(?!(?:\s+\S+){0,3}\s+ابتهاج))(?!\w)"
)
FORCE_VERB = re.compile(  # its verb comes right before it: تتدخل القوات، وأطلق عناصر من قسد
    r"(?:(?<!\w)[وف]?(?:تدخلت|تتدخل|يتدخل|تدخل|ردت|ترد|رد|فتحت|تفتح|فتح|اطلقت|تطلق|اطلق|قامت|تقوم"
    r"|عمدت|فرقت|تفرق|قمعت|تقمع|استخدمت|تستخدم|هاجمت|تهاجم|اعتدت|تعتدي|اعتدي|يعتدي|واجهت|تواجه|تصدت|حاولت|حاول|فرق|قمع|هاجم|واجه"
    r"|فضت|تفض|فض|يفض|لاحقت|طاردت|حاصرت|تحاصر|حاصر|اقتحمت|اقتحم|تقتحم|داهمت|داهم|تداهم|يداهم|تصدي|يتصدي"
    r"|قابلت|قابل|تقابل|يقابل|قام|يقوم)(?:هم|ها)?(?:\s+(?:ل|علي)(?:هم|ها|هن))?"  # قابلتها قوات الأمن (hI3); واجهتهم قوات الجيش: the pronoun is the protesters
    # جراء إطلاق قوات الأمن القنابل المسيلة للدموع: the firing told as a noun, its side after it
    r"|(?<!\w)(?:[وف]?(?:جراء|بسبب|اثر|بعد|عقب)\s+|[بل])(?:اطلاق|استخدام|قمع|تدخل))"
    r"\s+(?:(?:عناصر|افراد|دوريه|دوريات|قوه|مفرزه|مفارز|وحده|وحدات)\s+(?:من\s+)?)?$"
)
# a force verb whose object pronoun is the protest or its crowd, its side right after it
# (خرجت مظاهرة في برزة، وفرقتها قوات الأمن؛ وحاصرتها؛ فهاجمتهم عناصر الأمن): the verb is the
# force itself, with no force word after the side (FORCE_AFTER); not a bare verb (وحاصرت قوات
# الأمن الحي), whose object may be a town
FORCE_ON_THEM = re.compile(
    r"(?<!\w)[وف]?(?:فرقت|فرق|تفرق|يفرق|فضت|فض|تفض|يفض|قمعت|قمع|تقمع|يقمع|هاجمت|هاجم|تهاجم|يهاجم"
    r"|لاحقت|لاحق|تلاحق|يلاحق|طاردت|طارد|تطارد|يطارد|حاصرت|حاصر|تحاصر|يحاصر|اقتحمت|اقتحم|تقتحم"
    r"|يقتحم|داهمت|داهم|تداهم|يداهم|استهدفت|استهدف|تستهدف|يستهدف)(?:ها|هم)"
    r"\s+(?:(?:عناصر|افراد|دوريه|دوريات|قوه|مفرزه|مفارز|وحده|وحدات)\s+(?:من\s+)?)?$"
)
# a force told as a noun right before its side's agent marker (لإطلاق نار من قبل قوات الأمن،
# للقمع على يد الشبيحة، لاعتداء من جانب عناصر الأسايش، للاعتداء من قبل …)
FORCE_NOUN_BEFORE = norm_re(
    r"(?<!\w)(?:(?:[لب]|لل|بال)?(?:اطلاق|تفريق\w*|قمع\w*|اعتداء|الاعتداء|هجوم|الهجوم|رصاص|الرصاص|استهداف\w*|ضرب|الضرب)"
    r"|(?:ال)?نار|الحي|بالرصاص|للدموع)(?:\s+[^\s.،,؛:]+){0,3}?\s+(?:من\s+قبل|علي\s+يد|من\s+جانب|من\s+طرف)"
    r"(?:\s+(?:عناصر|افراد|دوريه|دوريات)(?:\s+من)?)?\s*[\"«]?$"
)
# a protest told by the force used on it, its verb first (فرقت قوات الأمن المحتجين، قمعت الشرطة
# المتظاهرين): the side right after the verb faced the protesters
DISPERSAL_OPENS = re.compile(
    r"[وف]?(?:فرقت|فرق|تفرق|يفرق|فضت|فض|تفض|يفض|قمعت|قمع|تقمع|يقمع|هاجمت|هاجم|اعتدت|اعتدي|لاحقت"
    r"|طاردت|حاصرت|حاصر|تحاصر|يحاصر|اقتحمت|اقتحم|تقتحم|يقتحم|داهمت|داهم|تداهم|يداهم|احرقت|ازالت|تصدت|تصدي|تصدوا|يتصدي)\s"
)
# the side the protesters turned on, right after their verb (رشقوا القوات الأمنية بالحجارة؛ هاجم
# محتجون نقطة عسكرية لـ«قسد»؛ اقتحموا مقر الحزب): the protest's actor2 (codebook §4, the side
# acted upon), as the side that used force on them is
ASSAILED_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:رشقوا|رشق|رشقت|يرشقون|هاجموا|هاجم|هاجمت|يهاجمون|اقتحموا|اقتحم|اقتحمت"
    r"|احرقوا|احرق|احرقت|حاصروا|حاصر|طردوا|طرد)"
    r"(?:\s+(?:ال)?(?:متظاهر|محتج|معتصم)\w*)?"
    r"(?:\s+(?:مقر|مقرات|مقرا|نقطه|نقاط|حاجز|حاجزا|حواجز|مبني|دوريه|دوريات|مركز|مركزا|مواقع"
    r"|موقع|موقعا|عناصر|اليه|اليات|سياره|سيارات)(?:\s+(?:عسكريه|امنيه|عسكريا|امنيا))?"
    r"(?:\s+(?:التابع|التابعه|التابعين))?\s*ل?)?"
    r"\s*[\"«]?$"
)
ARMED_TYPES = ("state", "rebel", "militia", "ethnic", "external")  # sides that can face protesters
# a side that accuses, condemns, denies, warns or threatens (وأنقرة تتهم دمشق): a speaker, no side
ACCUSER_VERB = norm_re(
    r"\s*(?:تتهم|يتهم|اتهمت|اتهم|تدين|يدين|دانت|ادانت|أدانت|تنفي|ينفي|نفت|تحذر|يحذر|حذرت|تتوعد"
    r"|يتوعد|توعدت|تستنكر|يستنكر|استنكرت)(?!\w)"
    # حمّل … المسؤولية (blames) only: a bare تحمل is "carries" (مجموعة من داعش تحمل أسلحة)
    r"|\s*(?:تحمل|يحمل|حملت|حمل)\s+(?:\S+\s+){0,3}(?:ال)?مس[ءو]ولي"
)


@dataclass(frozen=True)
class ActorMention:
    """An actor named (or referred to) in the text, with the role its context gives it."""

    start: int
    end: int
    actor_id: str
    via: str  # actor | anaphor | owner | civilian | pronoun
    role: str | None  # target | agent | perpetrator | with | between | victim | from | None
    evidence: str  # lexicon entry or cue id


@dataclass
class ActorContext:
    """Document-level facts used to resolve co-reference."""

    salience: Counter
    actors: dict[str, Actor]
    anaphors: dict[str, tuple[str, ...]]
    publication_date: dt.date | None
    allies: frozenset[str] = frozenset()  # named as a state's partner (الجيش التركي والجيش الحر)
    positions: dict[str, tuple[int, ...]] = field(default_factory=dict)  # where each is named
    victim_words: frozenset[str] = frozenset()  # anaphors that name casualties (جندي، شرطيين)
    victim_heads: frozenset[str] = frozenset()  # their words, heading a name (جنديان تركيان)
    # anaphor id -> actors named in the article with its head noun (تنظيم الدولة → التنظيم)
    headed: dict[str, frozenset[str]] = field(default_factory=dict)
    # anaphor id -> actors named beside it with و (هيئة تحرير الشام والفصائل): it means others
    beside: dict[str, frozenset[str]] = field(default_factory=dict)
    # actors the article itself calls terrorists (تنظيم "ي ب ك" الإرهابي، إرهابيي داعش), with
    # how often: the outlet's bare الإرهابيين means them
    labelled: Counter = field(default_factory=Counter)
    # the country the article is about (document_country): stands for an event's own country
    # when the gazetteer does not know its place (قرية الزيدان in a report from Anbar)
    country: str | None = None

    def resolve_anaphor(
        self, anaphor_id: str, country: str | None, pos: int | None = None
    ) -> str | None:
        """The candidate the article is about: in the event's country, named before the word
        (else anywhere), most named, first listed.

        A state's partner is never the one its enemies' words (الإرهابيين، التنظيم) refer to.
        """
        cands = [c for c in self.anaphors.get(anaphor_id, ()) if c in self.actors]
        if anaphor_id in NEAREST_NAMED:
            near = [c for c in cands if pos is not None and self.last_before(c, pos) >= 0]
            return max(near, key=lambda c: (self.salience[c], -cands.index(c))) if near else None
        cands = [c for c in cands if c not in self.allies] or cands
        cands = [c for c in cands if c not in self.beside.get(anaphor_id, ())] or cands
        if anaphor_id in LABELLED_ANAPHORS:
            own = [c for c in cands if self.labelled[c]]
            if own:  # the article's own label wins over the event's country (قذائف على جيلان بينار)
                return max(own, key=lambda c: (self.labelled[c], self.salience[c], -cands.index(c)))
        if country:
            local = [c for c in cands if self.actors[c].country in (None, "", country)]
            cands = local or cands
        if not cands:
            return None
        named = [c for c in cands if self.salience[c] > 0]
        named = [c for c in named if c in self.headed.get(anaphor_id, ())] or named
        if pos is not None:
            before = [c for c in named if self.last_before(c, pos) >= 0]
            soon = [  # الكتائب المقاتلة ضمن الحشد الشعبي: the body it belongs to, told with it
                c
                for c in named
                if any(pos < p <= pos + NAMED_WITH_CHARS for p in self.positions.get(c, ()))
            ]
            if anaphor_id in BEFORE_ONLY and not before:
                named = soon  # استعادت الفصائل … وشاركت هيئة تحرير الشام: a group named later is one of them
            else:
                named = before or named
        if (
            not named and anaphor_id not in BEFORE_ONLY and anaphor_id not in HEAD_NAMED_ONLY
        ):  # جيش الفتح … وسيطر المقاتلون: a named side of a candidate's family
            fams = {c: (self.actors[c].family or c) for c in cands}
            kin = [
                c
                for c in cands
                if any(
                    (a.family or a.id) == fams[c]
                    and self.salience[a.id] > 0
                    and (pos is None or self.last_before(a.id, pos) >= 0)
                    for a in self.actors.values()
                )
            ]
            named = kin[:1]
        if named:
            return max(named, key=lambda c: (self.salience[c], -cands.index(c)))
        if anaphor_id in NAMED_ONLY:
            return None
        default = COUNTRY_DEFAULT.get((anaphor_id, country or self.country or ""))
        if default in cands:
            return default
        return cands[0]

    def last_before(self, actor_id: str, pos: int) -> int:
        """Where the actor was last named before pos (-1 if not)."""
        return max((p for p in self.positions.get(actor_id, ()) if p < pos), default=-1)


# one or two officers, advisers or contractors heading a state's name (قتل ضابط روسي، مقتل مستشار
# إيراني، وفاة متعاقد أمريكي): casualties of that state, as a soldier is (normalised keys)
VICTIM_TITLES = frozenset(
    {"ضابط", "ضابطا", "ضابطان", "ضابطين", "مستشار", "مستشارا", "متعاقد", "متعاقدا", "عسكريا"}
)


def is_indefinite(m: Match) -> bool:
    """True for a word without the article (مسلحون، not المسلحون)."""
    return not m.key.startswith("ال") and "ال" not in m.prefix and not m.prefix.endswith("لل")


# a head noun told before «من» and the side's name (مسلحون من «جيش المهدي»، عناصر من الصحوة)
HEAD_OF_NAME = norm_re(r"(?<!\w)(\w+)\s+من\s+[«\"“(]?\s*$")


def build_actor_context(
    mentions: DocMentions, res: Resources, publication_date: dt.date | None
) -> ActorContext:
    """Count explicit actor mentions over the document (salience for co-reference)."""
    lex = res.lexicons
    named = [m for m in mentions.by_kind["actor"] if m.kind != "anaphor"]
    named = [m for m in named if not second_of_slash_pair(mentions.text, m, named)]
    named = [m for m in named if not is_dateline(mentions.text, m)]  # لندن – «القدس العربي»:
    counts = Counter(m.entry_id for m in named)
    positions: dict[str, list[int]] = {}
    for m in named:
        positions.setdefault(m.entry_id, []).append(m.start)
    anaphors = {a.id: tuple(a.candidates) for a in lex.anaphors.values()}
    for m in mentions.by_kind["actor"]:  # مقاتلون محليون … وتمكن المقاتلون: the rebels, named
        if m.kind == "anaphor" and m.entry_id in BY_COUNTRY and anaphors.get(m.entry_id):
            counts[anaphors[m.entry_id][0]] += 1  # another country's words filter them out
            positions.setdefault(anaphors[m.entry_id][0], []).append(m.start)
    allies = state_partners(mentions.text, named, lex.actors)
    heads = {a.id: name_head(a.aliases) for a in lex.anaphors.values()}
    words = {m.entry_id: set() for m in named}
    for m in named:
        words[m.entry_id].update(normalize_key(m.surface).split())
        head = HEAD_OF_NAME.search(mentions.text, max(0, m.start - 30), m.start)
        if head:  # مسلحون من «جيش المهدي»: the side named with the head noun before «من»
            word = normalize_key(head.group(1))
            if word[:1] in ("و", "ف") and len(word) > 4:  # ومسلحين من …
                word = word[1:]
            words[m.entry_id].add(word)
            if word.endswith("ون"):  # مسلحون من … heads the name as المسلحين does
                words[m.entry_id].add(word[:-2] + "ين")
    headed = {
        k: frozenset(c for c in words if h in words[c] or "ال" + h in words[c])
        for k, h in heads.items()
        if h
    }
    return ActorContext(
        counts,
        lex.actors,
        anaphors,
        publication_date,
        allies,
        {k: tuple(v) for k, v in positions.items()},
        frozenset(a.id for a in lex.anaphors.values() if a.victim),
        frozenset(normalize_key(w) for a in lex.anaphors.values() if a.victim for w in a.aliases)
        | VICTIM_TITLES,
        headed,
        named_beside(mentions.text, named, mentions),
        labelled_terrorists(mentions.text, named),
        document_country(mentions, named, res),
    )


def document_country(mentions: DocMentions, named: list[Match], res: Resources) -> str | None:
    """The country most of the article's places lie in (towns, districts, governorates; a
    tie gives none); in an article naming none, the country most of its named sides and
    country names belong to, among the countries the gazetteer holds places of (العراق، قوات
    الحشد الشعبي: Iraq; الجيش الروسي does not make a Syrian report Russian)."""
    places = [p.place for p in mentions.by_kind.get("place", ())]
    local = Counter(p.country for p in places if p.kind != "country" and p.country)
    if not local:
        mapped = res.mapped_countries
        local = Counter(p.country for p in places if p.kind == "country" and p.country in mapped)
        for m in named:
            actor = res.lexicons.actors.get(m.entry_id)
            if actor is not None and actor.country in mapped:
                local[actor.country] += 1
    ranked = local.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


LABELLED_ANAPHORS = frozenset({"jihadists"})
# words that name back a side of a candidate's family only when it is named with their head noun
# (تنظيم "ي ب ك" … التنظيم): «التنظيم» in a report naming only the SDF, whose family holds the
# PYD, is still ISIS (قتل عنصران من قسد … في هجوم تبنته خلايا التنظيم)
HEAD_NAMED_ONLY = frozenset({"the_organisation"})
# plural group words that refer back only to a side named before them (الفصائل)
BEFORE_ONLY = frozenset({"the_factions"})
NAMED_WITH_CHARS = 40  # how far after the word a body it belongs to may be named (ضمن الحشد)  # الإرهابيين، المجموعات الإرهابية …
TERROR_BEFORE = norm_re(r"(?:ارهابيي|الارهابيين من|مرتزقه)\s*[\"«'“(]?\s*$")
TERROR_AFTER = norm_re(
    r"[\"»'”)]?\s*(?:/\s*)?(?:(?!و)[^\s.،,]+\s+){0,3}?[\"»'”)]?\s*(?:ال)?ارهابي(?:ه|ين|ون)?(?!\w)"
)


def labelled_terrorists(text: str, named: list[Match]) -> Counter:
    """How often the article calls each named side a terrorist (إرهابيي "ي ب ك"، تنظيم داعش
    الإرهابي، جبهة النصرة الإرهابية): an outlet's bare الإرهابيين refers to the side it labels."""
    out: Counter = Counter()
    for m in named:
        if TERROR_BEFORE.search(text, max(0, m.start - 20), m.start) or TERROR_AFTER.match(
            text, m.end
        ):
            out[m.entry_id] += 1
    return out


def named_beside(text: str, named: list[Match], mentions: DocMentions) -> dict[str, frozenset[str]]:
    """Actors joined by و to a co-reference word (هيئة تحرير الشام والفصائل، الفصائل و"الهيئة"):
    the word names the other groups beside that actor, never that actor."""
    out: dict[str, set[str]] = {}
    words = [m for m in mentions.by_kind["actor"] if m.kind == "anaphor"]
    for w in words:
        for n in named:
            first, second = (n, w) if n.end <= w.start else (w, n)
            if second.start < first.end or second.start - first.end > 6:
                continue
            if _JOINER.sub("", text[first.end : second.start]) == "و":
                out.setdefault(w.entry_id, set()).add(n.entry_id)
    return {k: frozenset(v) for k, v in out.items()}


def name_head(aliases: tuple[str, ...]) -> str:
    """The noun a one-word co-reference word repeats from a name (التنظيم ← تنظيم الدولة)."""
    key = normalize_key(aliases[0]) if aliases else ""
    if " " in key or not key.startswith("ال") or len(key) < 5:
        return ""
    return key[2:]


SYRIAN_BRANCH = frozenset({"ypg", "pyd"})
# the pair told of Iraqi Kurdistan (قنديل، سنجار، شمالي العراق) means the PKK itself
IRAQI_SETTING = re.compile(
    r"(?<!\w)(?:ال)?عراق|قنديل|سنجار|شنكال|مخمور|دهوك|زاخو|حفتانين|هفتانين|متينا|اربيل|الزاب(?!\w)"
)


def second_of_slash_pair(text: str, m: Match, named: list[Match]) -> bool:
    """True for the second name of a slash pair (ب ي د/ بي كا كا) or a short name in brackets (باك).

    Turkish media join two names of the one group they mean with a slash; the first names
    the group that acts in the place (the PYD/YPG in Syria).
    """
    iraqi = (  # only the PKK and its Syrian branch read the setting (a costly search)
        IRAQI_SETTING.search(text, max(0, m.start - 150), m.end + 150)
        if m.entry_id == "pkk" or m.entry_id in SYRIAN_BRANCH
        else None
    )
    mate = "pkk" if iraqi else None  # in Iraq the pair is the PKK, whatever the order
    if (
        mate
        and m.entry_id in SYRIAN_BRANCH
        and any(
            o.entry_id == mate
            and (
                (o.end <= m.start and SLASH.fullmatch(text[o.end : m.start]))
                or (m.end <= o.start and SLASH.fullmatch(text[m.end : o.start]))
            )
            for o in named
        )
    ):
        return True
    if (
        m.entry_id == "pkk"
        and not iraqi
        and any(
            o.entry_id in SYRIAN_BRANCH
            and (
                (o.end <= m.start and SLASH.fullmatch(text[o.end : m.start]))
                or (m.end <= o.start and SLASH.fullmatch(text[m.end : o.start]))
            )
            for o in named
        )
    ):
        return True  # بي كا كا/ي ب ك: Turkish media's name for the YPG, whatever the order
    return any(
        o.end <= m.start
        and (
            (
                o.entry_id != m.entry_id
                and not (o.entry_id == "pkk" and m.entry_id in SYRIAN_BRANCH and not iraqi)
                and not (iraqi and m.entry_id == "pkk" and o.entry_id in SYRIAN_BRANCH)
                and SLASH.fullmatch(text[o.end : m.start])
            )
            or (o.entry_id == m.entry_id and OPEN_PAREN.fullmatch(text[o.end : m.start]))
        )
        for o in named
    )


def state_partners(text: str, named: list[Match], actors: dict[str, Actor]) -> frozenset[str]:
    """Non-state actors joined by و to a state actor (حرر الجيش التركي والجيش السوري الحر).

    Not the two sides of "بين X و Y", which are opponents.
    """
    out = set()
    for a, b in zip(named, named[1:], strict=False):
        if b.start <= a.end or _JOINER.sub("", text[a.end : b.start]) != "و":
            continue
        if BETWEEN.search(text[max(0, a.start - 30) : a.start]):
            continue
        kinds = [actors[m.entry_id].type if m.entry_id in actors else "" for m in (a, b)]
        for m, kind, other in ((a, kinds[0], kinds[1]), (b, kinds[1], kinds[0])):
            if other == "state" and kind not in ("state", "civilians", ""):
                out.add(m.entry_id)
    return frozenset(out)


# the accusing verb right before a side that another side follows, then «ب» and the act
# (واتهمت الحكومة السورية الجيش الحر بقصف الأحياء؛ يتهم الأهالي عناصر التنظيم بتنفيذ الهجوم)
ACCUSING_VERB_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:اتهم|اتهمت|اتهموا|تتهم|يتهم|يتهمون|تتهمان|يتهمان"
    r"|حمل|حملت|حملوا|تحمل|يحمل|يحملون)\s+$"
)
# … then «ب» and the act, or the blame itself (وحمّلت الحكومة العراقية تركيا المسؤولية عن القصف)
ACCUSED_THEN_ACT = norm_re(r"\s+(?:\S+\s+){0,4}?(?:ب\w+|(?:ال)?مسؤوليه(?!\w))")
# the members of the side accused or blamed told between the two sides (حملت قسد عناصر تنظيم داعش
# المسؤولية عن التفجير؛ اتهم الأهالي مسلحي التنظيم بتنفيذ الهجوم) (session 18, hO7)
MEMBERS_GAP = norm_re(r"(?:عناصر|مسلحي|مقاتلي|ميليشيات|ميليشيا|خلايا|فصائل)")


def accuser_after_verb(m: Match, every: list[Match], text: str) -> bool:
    """True for a side told right after an accusing verb and followed at once by another side
    that the act is pinned on with «ب» (اتهمت الحكومة السورية الجيش الحر بقصف): the accuser speaks
    of the event, the accused is its side (session 17, hK6)."""
    if not ACCUSING_VERB_BEFORE.search(
        text, max(0, m.start - len(m.prefix) - 12), m.start - len(m.prefix)
    ):
        return False
    nxt = next((n for n in every if n.start >= m.end), None)
    if nxt is None:
        return False
    gap = text[m.end : nxt.start - len(nxt.prefix)].strip()
    if gap and not MEMBERS_GAP.fullmatch(gap):  # حملت قسد عناصر التنظيم المسؤولية (session 18, hO7)
        return False
    return bool(ACCUSED_THEN_ACT.match(text, nxt.end))


MEMBER_OF = norm_re(r"\s+(?:في|من|ب|لدى|لدي)\s*$")


def member_of_named(m: Match, named: list[Match], text: str) -> bool:
    """True for a soldier or policeman word followed by في/من and a named side (منتسب في الحشد
    الشعبي، جندي من قوات النظام): the named side is the one he serves."""
    nxt = next((n for n in named if n.start >= m.end), None)
    if nxt is None or nxt.start - m.end > 8:
        return False
    gap = text[m.end : nxt.start - len(nxt.prefix)] + (nxt.prefix if nxt.prefix == "ب" else "")
    return bool(MEMBER_OF.fullmatch(" " + gap.strip() + " ")) if gap.strip() else False


def named_actors(
    start: int, end: int, mentions: DocMentions, ctx: ActorContext, country: str | None
) -> list[ActorMention]:
    """Actor names and resolved co-reference words in text[start:end] (no roles; speakers left out)."""
    found: list[ActorMention] = []
    speakers = speaker_spans(start, end, mentions)
    every = [m for m in mentions.by_kind["actor"] if m.kind != "anaphor"]
    for m in mentions.inside("actor", start, end):
        if m.kind != "anaphor" and second_of_slash_pair(mentions.text, m, every):
            continue  # تنظيم ي ب ك/بي كا كا: one group, named twice
        speaker = any(a <= m.start and m.end <= b for a, b in speakers)
        if speaker and not speaks_of_itself(m.end, end, mentions):
            continue
        if is_dateline(mentions.text, m):
            continue  # أنقرة (د ب أ) -: where the agency wrote from, not a side
        if m.entry_id == "civilians" and SHRINE_NAME.match(mentions.text, m.end):
            continue  # منطقة السيدة زينب: a place named after a saint, no woman hit
        if m.kind != "anaphor" and ACCUSER_VERB.match(mentions.text, m.end):
            continue  # وأنقرة تتهم دمشق: the accuser speaks of the event, it is no side of it
        if m.kind != "anaphor" and accuser_after_verb(m, every, mentions.text):
            continue  # واتهمت الحكومة السورية الجيش الحر بقصف: the accused shelled, not it
        if m.kind != "anaphor" and headline_speaker(m, mentions.text, ctx):
            if not speaks_of_itself(m.end, end, mentions):
                continue  # موسكو: المسلحون شنوا هجمات: the capital says it, it is no side
        if m.kind != "anaphor" and COMPASS_BEFORE.search(text_before(mentions.text, m)):
            continue  # قضاء ريحانلي جنوبي تركيا: a country as a place, not a side
        if m.kind != "anaphor" and state_seat(m, mentions.text, ctx):
            continue  # في مؤتمر صحفي بموسكو، في أنقرة: where something was said, not a side
        actor_id = m.entry_id
        via = "actor"
        if actor_id == NON_STATE_DEFAULT and DESTINATION.search(text_before(mentions.text, m)):
            continue  # اقتادته إلى جهة مجهولة: a destination, not a side
        if m.entry_id in NEAREST_NAMED and (
            FORCES_HEAD.search(text_before(mentions.text, m))
            or DEFINITE_NEXT.match(mentions.text, m.end)
        ):
            continue  # قائد القوات البرية، تقدم القوات، القوات الدولية: no side named back
        if m.entry_id in OWNED_FORCES and any(
            o.kind != "anaphor" and o.start == at.end()
            for at in [AFFILIATED_TO.match(mentions.text, m.end)]
            if at
            for o in every
        ):
            continue  # قوات الأمن التابعة لهيئة تحرير الشام: the owner named after is the side
        if (
            m.kind == "anaphor"
            and m.entry_id in ctx.victim_words
            and member_of_named(m, every, mentions.text)
        ):
            continue  # استشهد منتسب في الحشد الشعبي: the side named after it is the victim's
        if m.kind == "anaphor":
            actor_id = ctx.resolve_anaphor(m.entry_id, country, m.start) or ""
            via = "anaphor"
            if m.entry_id in NEAREST_NAMED and other_side_before(m, actor_id, every, ctx, mentions):
                continue  # سيطرت قوات المعارضة … وأسرت القوات: the forces of the side just named
            if (
                is_indefinite(m)
                and m.entry_id not in BY_COUNTRY
                and NON_STATE_DEFAULT in ctx.anaphors.get(m.entry_id, ())
            ):
                actor_id = NON_STATE_DEFAULT  # مسلحون (some gunmen) refers to no one named before
        if actor_id:
            victim = (
                ctx.actors.get(actor_id) is not None and ctx.actors[actor_id].type == "civilians"
            ) or (
                m.entry_id in ctx.victim_words
                if m.kind == "anaphor"
                else m.key.split(" ")[0] in ctx.victim_heads
            )
            if victim and NO_HARM.search(mentions.text, max(0, m.start - 50), m.start):
                continue  # دون أنباء عن إصابات في صفوف المدنيين: no civilian was hit
            if actor_id == "civilians" and residents_report_or_flee(
                mentions.text, m.start, m.end, mentions.text[m.start : m.end]
            ):
                continue  # وقال الأهالي إن …؛ وإن عائلات كثيرة نزحت: they report or flee
            if (
                speaker or ANNOUNCER_BEFORE.search(text_before(mentions.text, m))
            ) and speaks_of_own_dead(m.end, end, mentions):
                victim = True  # أعلن التحالف مقتل اثنين من جنوده بهجوم صاروخي
            role = "victim" if victim else None
            if role is None and m.kind != "anaphor" and blasted_patrol(m, mentions.text):
                role = "target"  # انفجرت عبوة ناسفة بدورية تركية: the patrol was hit
            if role is None and harmed_officer(m, mentions.text):
                role = "victim"  # وأصيب قائد شرطة الأنبار بجروح: the police were hit
            found.append(ActorMention(m.start, m.end, actor_id, via, role, m.entry_id))
    found = [announcer_of_own_dead(a, found, mentions.text, ctx) for a in found]
    return partitives(found, mentions.text)


def announcer_of_own_dead(
    a: ActorMention, found: list[ActorMention], text: str, ctx: ActorContext
) -> ActorMention:
    """A side announcing the death of its own kind named after it (أعلن التحالف مقتل جندي
    أمريكي بهجوم صاروخي، نعت القوات التركية ضابطاً تركياً) suffered the attack; it is no attacker."""
    if a.role is not None or not ANNOUNCER_BEFORE.search(text, max(0, a.start - 20), a.start):
        return a
    fam = ctx.actors[a.actor_id].family or a.actor_id if a.actor_id in ctx.actors else a.actor_id
    for v in found:
        if v.start < a.end or v.role != "victim" or v.actor_id not in ctx.actors:
            continue
        if (ctx.actors[v.actor_id].family or v.actor_id) != fam:
            continue
        if OWN_DEAD.search(text, max(a.end, v.start - 60), v.start):
            return ActorMention(
                a.start, a.end, a.actor_id, a.via, "victim", a.evidence + "|own_dead"
            )
    return a


def other_side_before(
    m: Match, actor_id: str, every: list[Match], ctx: ActorContext, mentions: DocMentions
) -> bool:
    """True when the sentence of a bare «القوات» names, before it, an armed side other than the
    one it would be read as (سيطرت قوات المعارضة على العيس …، وأسرت القوات؛ وقالت فصائل درع
    الفرات إن القوات المشاركة): the forces may be that side's, so they name no one back. Nor
    does one whose sentence names its side after it (أعلنت غرفة العمليات أن القوات استهدفت تجمعات
    قوات النظام): a side named again is the one acted on, not the forces."""
    text = mentions.text
    opens = [o.end() for o in SENTENCE_OPEN.finditer(text, 0, m.start)]
    start = opens[-1] if opens else 0
    fam = {a.id: (a.family or a.id) for a in ctx.actors.values()}
    own = fam.get(actor_id, actor_id)
    closes = SENTENCE_OPEN.search(text, m.end)
    end = closes.start() if closes else len(text)
    for o in every:
        if o.entry_id not in ctx.actors:
            continue
        if m.end <= o.start < end and fam.get(o.entry_id, o.entry_id) == own:
            if subject_of_later_verb(m, o, mentions):
                continue  # قصفت القوات …، ثم اقتحمت عناصر الشبيحة: another clause's own subject
            return True  # أن القوات استهدفت تجمعات قوات النظام: not the side it then names
        if not start <= o.start < m.start:
            continue
        other = ctx.actors[o.entry_id]
        if other.type in ARMED_TYPES and fam.get(o.entry_id, o.entry_id) != own:
            return True
    return False


def subject_of_later_verb(m: Match, o: Match, mentions: DocMentions) -> bool:
    """True when a side named after a bare «القوات» is the subject of a later verb (…، ثم
    اقتحمت عناصر الشبيحة): an action word stands right before it with no role marker between,
    and the forces' own verb is not that word (القوات استهدفت تجمعات قوات النظام)."""
    text = mentions.text
    cues = [c for c in mentions.inside("action", m.end, o.start) if c.end <= o.start]
    if not cues or words_between(text, m.end, cues[-1].start) < 2:
        return False
    last = cues[-1]
    markers = hits_of(mentions.inside("role", last.end, o.start), "marker")
    return not markers and words_between(text, last.end, o.start) <= 1


def is_dateline(text: str, m: Match) -> bool:
    """True for a capital opening a line before an agency tag (أنقرة (د ب أ)- ، بغداد - رويترز)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start : m.start].strip(" \t\u200f\u200e\"'«»"):
        return False
    return bool(DATELINE_TAIL.match(text, m.end))


# "in" before a one-word state name: في تركيا، بموسكو (the ب written on the word)
IN_BEFORE = re.compile(r"(?:(?<!\w)في\s+|(?<!\S)[وف]?ب)$")


def state_seat(m: Match, text: str, ctx: ActorContext) -> bool:
    """A state or its capital named by one word after "in" (بموسكو، في أنقرة): a place, no side."""
    actor = ctx.actors.get(m.entry_id)
    if actor is None or actor.type not in ("state", "external"):
        return False
    return " " not in text[m.start : m.end].strip() and bool(IN_BEFORE.search(text_before(text, m)))


# a one-word name opening a clause and followed by a colon (موسكو: …؛ وأنقرة: …)
SPEAKER_COLON = re.compile(r"\s*:")
CLAUSE_OPENING = norm_re(r"(?:^|[\n.:،,؛]|\.\.)\s*[وف]?$")


def headline_speaker(m: Match, text: str, ctx: ActorContext) -> bool:
    """A state or its capital named by one word before a colon at the opening of a clause, as
    headlines quote a government (الجيش السوري يعلن تحرير المدينة.. وموسكو: المسلحون شنوا هجمات؛
    أنقرة: مقتل جنديين بقصف للنظام): the speaker, not a side of what it tells."""
    actor = ctx.actors.get(m.entry_id)
    if actor is None or actor.type not in ("state", "external"):
        return False
    if " " in text[m.start : m.end].strip() or not SPEAKER_COLON.match(text, m.end):
        return False
    return bool(CLAUSE_OPENING.search(text[max(0, m.start - 6) : m.start]))


# a patrol named as a side (دورية تركية، دورية للجيش التركي) after بـ and a blast told before
# it in its clause (انفجرت عبوة ناسفة بدورية تركية): what the blast hit
PATROL_KEY = re.compile(r"^(?:ال)?(?:دوريه|دوريات)(?!\w)")
BLAST_BEFORE = norm_re(r"(?<!\w)[وف]?[بل]?(?:انفجر|انفجرت|انفجار|انفجرتا|انفجرا)(?!\w)[^.,،؛\n]*$")


# a strike verb and its weapon subject right before a patrol named as a side (استهدفت طائرة
# مسيرة دورية روسية؛ استهدفت عبوة ناسفة دورية أمريكية): the weapon is the subject, the patrol hit
WEAPON_SUBJECT_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:استهدف|استهدفت|ضرب|ضربت|قصف|قصفت|طال|طالت)"
    r"(?:\s+(?:ال)?(?:طائره|طاءره|طائرات|طاءرات|طيران|مسيره|مسيرات|حربيه|مجهوله|عبوه|عبوات"
    r"|ناسفه|لاصقه|صاروخ|صواريخ|قذيفه|قذائف|لغم|الغام|سياره|مفخخه|دراجه|نارية|ناريه)){1,3}\s+$"
)


# a patrol right after «استهدفت» and struck by a weapon told after it (استُهدفت دورية روسية
# بعبوة ناسفة): the verb is passive, the patrol was hit
PASSIVE_STRUCK_BEFORE = norm_re(r"(?<!\w)[وف]?(?:استهدفت|استُهدفت|استهدف|استُهدف)\s+$")
BY_WEAPON_AFTER = norm_re(
    r"(?:\s+\S+){0,3}?\s+ب(?:عبوه|عبوات|لغم|الغام|صاروخ|صواريخ|قذيفه|قذائف|سياره|طائره|طاءره"
    r"|مسيره|هجوم)(?!\w)"
)


# a strike verb and a weapon subject closed by its adjective right before any side (استهدفت
# طائرة مسيرة القوات الروسية؛ استهدفت طائرة مجهولة مواقع قسد): the adjective ends the subject, so
# the side is the verb's object; a side right after the weapon noun (قصفت طائرات النظام) owns it
WEAPON_ADJ_SUBJECT_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:استهدف|استهدفت|ضرب|ضربت|قصف|قصفت)"
    r"\s+(?:طائره|طاءره|طائرات|طاءرات|عبوه|عبوات|سياره|دراجه)"
    r"(?:\s+(?:مسيره|مسيرات|حربيه|مجهوله|ناسفه|لاصقه|مفخخه|ناريه)){1,2}(?:\s+الهويه)?\s+$"
)


# an officer of a side told hurt or killed (وأصيب قائد شرطة الأنبار بجروح، ما أدى إلى إصابة مدير
# شرطة الرمادي، وقتل آمر فوج في الجيش): the side he leads was hit; it is no subject doing the act
OFFICER_TITLE = r"(?:قائد|مدير|امر|آمر|رئيس|معاون|نائب|مساعد|مسؤول)"
HARMED_OFFICER_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:اصيب|اصيبت|جرح|قتل|استشهد|اصابه|مقتل|استشهاد|مصرع|جرح)\s+"
    + OFFICER_TITLE
    + r"(?:\s+[^\s،,.؛:]+){0,2}?(?:\s+(?:في|من|ب))?\s+$"
)
HARMED_BEFORE = norm_re(r"(?<!\w)[وف]?(?:اصيب|اصيبت|جرح|قتل|استشهد|اصابه|مقتل|استشهاد|مصرع)\s+$")
OFFICER_KEY = norm_re(OFFICER_TITLE + r"\s")


def harmed_officer(m: Match, text: str) -> bool:
    """True for a side named after a hurt or killed officer's title (أصيب قائد شرطة الأنبار)
    or named by a title itself after such a verb (قتل قائد عمليات الأنبار)."""
    before = m.start - len(m.prefix)
    if m.prefix:
        return False
    if HARMED_OFFICER_BEFORE.search(text, max(0, before - 40), before):
        return True
    return bool(OFFICER_KEY.match(m.key)) and bool(
        HARMED_BEFORE.search(text, max(0, before - 20), before)
    )


def blasted_patrol(m: Match, text: str) -> bool:
    """True for a patrol named as a side after بـ, hit by the blast told before it, or right
    after a strike verb and its weapon subject (استهدفت طائرة مسيرة دورية روسية); for any side
    right after a strike verb and a weapon subject closed by its adjective (استهدفت طائرة مسيرة
    القوات الروسية)."""
    if not PATROL_KEY.match(m.key):
        return not m.prefix and bool(
            WEAPON_ADJ_SUBJECT_BEFORE.search(text, max(0, m.start - 50), m.start)
        )
    if not m.prefix.endswith("ب"):
        if PASSIVE_STRUCK_BEFORE.search(text, max(0, m.start - 20), m.start):
            return bool(BY_WEAPON_AFTER.match(text, m.end))  # استهدفت دورية روسية بعبوة ناسفة
        return bool(WEAPON_SUBJECT_BEFORE.search(text, max(0, m.start - 60), m.start))
    return bool(BLAST_BEFORE.search(text, max(0, m.start - 60), m.start - len(m.prefix)))


def text_before(text: str, m: Match) -> str:
    """The few characters before a mention (with its clitics)."""
    return text[max(0, m.start - 12) : m.start]


NOT_CONSTRUCT = re.compile(r"(?:^[وفبل]?ال\S*|ون|ين|ه)$")  # المسلحون، مسلحين، مجموعة


# gunmen "believed to be" members of a named side (مسلحون يعتقد أنهم من بقايا عصابات داعش،
# مسلحون يرجح أنهم من خلايا التنظيم): the hedged attribution names who they are
HEDGED_MEMBERS = norm_re(
    r"(?:[وف]?(?:يعتقد|يُعتقد|يرجح|يُرجح|يشتبه|يُشتبه|يعتقد|يظن|يُظن)(?: ب)?)\s+"
    r"(?:انهم|أنهم|إنهم|انه|أنه|انها|أنها|بانهم|بأنهم|بانه|بأنه)\s+"
    r"(?:ينتمون\s+(?:الى|إلى)|ينتمي\s+(?:الى|إلى)|من)"
    r"(?:\s+(?:بقايا|خلايا|خلية|فلول|عناصر|مسلحي|عصابات)){0,2}"
)


# gunmen told as belonging to a named side (مسلحين ينتمون لتنظيم داعش، مسلحون تابعون للتنظيم،
# عناصر منتمين إلى داعش): that side, as with the hedged attribution above
BELONGING_MEMBERS = norm_re(
    r"(?:ينتمون|ينتمي|تنتمي|ينتمين|منتمين|منتمون|المنتمين|المنتمون|تابعون|تابعين|التابعين"
    r"|التابعون|تابعه|التابعه)(?:\s+(?:الى|إلى|ل))?"
)


def in_construct(surface: str) -> bool:
    """A noun in construct state (مسلحو، عناصر، مقاتلي): no article, no ون/ين ending; the word
    after it owns it (مسلحو التنظيم), where المسلحون الجنود are two sides."""
    words = normalize_key(surface).split()
    return bool(words) and not NOT_CONSTRUCT.search(words[-1])


# group words a members word can be "of" (مقاتلون من الفصائل، عناصر من التنظيم، مقاتلين من الحشد)
GROUP_ANAPHORS = frozenset(
    {"the_factions", "the_organisation", "the_units", "the_mobilisation", "the_committee"}
)


# a sound plural in the nominative (مسلحون، مقاتلون) is never a construct: the name right after
# it is the verb's object (هاجم مسلحون الجيش التركي؛ استهدف مسلحون دورية تركية), not its owner
NOMINATIVE_PLURAL = re.compile(r"ون$")


def two_noun_phrases(text: str, a: ActorMention, nxt: ActorMention) -> bool:
    """True when a definite generic word is followed by a name that opens on an indefinite word
    (اعتقلت القوات الأمنية مسلحي العشيرة؛ داهمت الشرطة عناصر داعش؛ مسلحين من عشيرة X): a definite
    word is never in construct, so the name is the verb's object, not the owner of the word."""
    first = normalize_key(text[a.start : a.end]).split()
    then = normalize_key(text[nxt.start : nxt.end]).split()
    return bool(first and then) and first[-1].startswith("ال") and not then[0].startswith("ال")


def partitives(found: list[ActorMention], text: str) -> list[ActorMention]:
    """A generic word followed by a name (مسلحو داعش) or by من + a name (فصائل من الحشد) is that name;
    one followed right by another generic word (مسلحو التنظيم، مقاتلو الفصائل) is that word's side."""
    out: list[ActorMention] = []
    skip: set[int] = set()
    for i, a in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            a.via == "anaphor"
            and nxt is not None
            and nxt.via in ("actor", "anaphor")
            and nxt.actor_id not in UNARMED  # فرقت قوات الأمن المعتصمين: the object, not an owner
        ):
            gap = _JOINER.sub(" ", text[a.end : nxt.start]).split()
            if (
                (
                    not gap
                    and (nxt.via == "actor" or in_construct(text[a.start : a.end]))
                    and not NOMINATIVE_PLURAL.search(text[a.start : a.end])
                    and not two_noun_phrases(text, a, nxt)
                )
                or (
                    gap
                    and gap[0] == "من"
                    and len(gap) <= 2
                    and (nxt.via == "actor" or nxt.evidence in GROUP_ANAPHORS)
                )
                or HEDGED_MEMBERS.fullmatch(" ".join(gap))
                or BELONGING_MEMBERS.fullmatch(" ".join(gap))
            ):
                out.append(
                    ActorMention(a.start, nxt.end, nxt.actor_id, "actor", a.role, nxt.evidence)
                )
                skip.add(i + 1)
                continue
        out.append(a)
    return out


# a unit with a pronoun right after a verb of withdrawal (انهارت دفاعات الجيش العراقي في الموصل
# وانسحبت قطعاته منها؛ فرت عناصره): the side named before it withdraws, with no speaker needed
WITHDRAW_VERB_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:انسحبت|انسحب|انسحاب|تنسحب|ينسحب|فرت|فر|فرار|هربت|هرب|هروب|خرجت|خرج|خروج|غادرت|غادر"
    r"|تراجعت|تراجع|انكفات|انكفأت)\s+$"
)


def text_upto(mentions: DocMentions, hit: CueHit) -> str:
    """The few words right before a hit."""
    return mentions.text[max(0, hit.start - 14) : hit.start]


# a unit told as the speaker's with «تابعة له/لها» (قال جهاز الأمن الوطني إن قوة تابعة له ألقت
# القبض؛ قالت قسد إن وحدات تابعة لها اعتقلت) stands for the speaker only as the subject: right
# after «إن/أن», or after it and one verb (أن اعتقلت مفرزة تابعة لها); an object after another
# side (إن مسلحي داعش هاجموا دورية تابعة له) is the speaker's hit unit, left to the target roles
OWN_UNIT_AS_SUBJECT = norm_re(r"(?<!\w)(?:ان|إن|أن)\s+(?:[وف]?\S+\s+)?$")


def own_unit_as_subject(hit: CueHit, text: str, lo: int) -> bool:
    """False for a «X تابعة له» self-reference that is not the subject of what the speaker said."""
    if "تابع" not in hit.surface:
        return True
    return bool(OWN_UNIT_AS_SUBJECT.search(text, max(lo, hit.start - 30), hit.start))


def own_forces(
    start: int,
    end: int,
    context_start: int | None,
    mentions: DocMentions,
    ctx: ActorContext,
    country: str | None,
    res: Resources | None = None,
) -> list[ActorMention]:
    """'قواته' after a speaker (أعلن الجيش التركي أن قواته …) stands for the speaker.

    The speaker is an actor named in the speech frame, or a reporter that speaks for a side
    (وزارة الدفاع الروسية → russia).
    """
    out = []
    lo = context_start if context_start is not None else start
    for hit in mentions.inside("role", start, end):
        if hit.entry.get("type") != "self_reference":
            continue
        if hit.surface.endswith("هم") or (
            hit.surface.endswith(("ه", "ها"))
            and WITHDRAW_VERB_BEFORE.search(text_upto(mentions, hit))
        ):  # قواتهم، وحداتهم؛ وانسحبت قطعاته منها: the side named last before
            sides = [
                side
                for m in mentions.inside("actor", lo, hit.start)
                for side in [
                    ctx.resolve_anaphor(m.entry_id, country, m.start)
                    if m.kind == "anaphor"
                    else m.entry_id
                ]
                if side and side not in UNARMED
            ]
            if sides:
                out.append(ActorMention(hit.start, hit.end, sides[-1], "self", None, hit.entry_id))
            continue
        if not own_unit_as_subject(hit, mentions.text, lo):
            continue
        spans = [s for s in speaker_spans(lo, hit.start, mentions) if s[1] <= hit.start]
        speakers = [
            (m.start, m.entry_id)
            for m in mentions.inside("actor", lo, hit.start)
            if m.kind != "anaphor"
            and m.entry_id not in UNARMED
            and any(a <= m.start and m.end <= b for a, b in spans)
        ]
        if res is not None:
            speakers += [
                (m.start, res.reporter_entries[m.entry_id]["actor"])
                for m in mentions.inside("reporter", lo, hit.start)
                if res.reporter_entries[m.entry_id].get("actor") in res.lexicons.actors
                and any(
                    a <= m.start + 1 and m.end <= b + 1
                    for a, b in [(s[0] - 40, s[1]) for s in spans]
                )
            ]
        if speakers:
            speaker = max(speakers)[1]
            out.append(ActorMention(hit.start, hit.end, speaker, "self", None, hit.entry_id))
        elif res is not None and FIRST_PERSON.search(hit.surface):
            party = statement_party(mentions, res)
            if party:  # قواتنا in a statement headed by a party's media office: that party
                out.append(ActorMention(hit.start, hit.end, party, "self", None, hit.entry_id))
    return out


UNARMED = frozenset({"civilians", "protesters"})  # residents who speak have no forces


def statement_party(mentions: DocMentions, res: Resources) -> str:
    """The side whose own statement the article is: a reporter that speaks for a side named in
    the headline or dateline (خلية الإعلام الأمني، المركز الإعلامي لقوات سوريا الديمقراطية)."""
    text = mentions.text
    head_end = header_end(text)
    for m in mentions.inside("reporter", 0, head_end):
        side = res.reporter_entries.get(m.entry_id, {}).get("actor")
        if side in res.lexicons.actors:
            return str(side)
    return ""


# a speaker announcing its own dead (أعلن التحالف مقتل اثنين من جنوده؛ نعت قسد ثلاثة من
# مقاتليها): the speaker's side was hit, it is the victim of the event it tells
OWN_DEAD = norm_re(
    r"(?<!\w)[وب]?(?:مقتل|استشهاد|مصرع|وفاه|اصابه|جرح|نعي|نعت|نعى|فقدان|خساره)(?:\s+\S+){0,4}?\s*$"
)


ANNOUNCER_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:اعلن|اعلنت|اكد|اكدت|اعترف|اعترفت|نعي|نعت|نعى|ذكر|ذكرت|افاد|افادت|قال|قالت)\s+$"
)
# its own forces told with the verb of their death or wounds after them (وقالت قسد إن أربعة من
# مقاتليها قتلوا في الغارات؛ إن ثلاثة من عناصره استشهدوا بالقصف): «قتلوا» only where no object
# follows (قتلوا في/جراء/خلال/بـ…، or the clause ends), not «عناصره قتلوا 5 إرهابيين»
OWN_DEAD_AFTER = norm_re(
    r"\s*(?:قد\s+)?(?:(?:استشهدوا|استشهد|استشهدا|اصيبوا|اصيب|اصيبا|جرحوا|جرح|لقوا|لقي|لقيا)(?!\w)"
    r"|(?:قتلوا|قتل|قتلا)(?=\s*(?:$|[.،,؛]|(?:في|جراء|خلال|اثر|بسبب|نتيجه|عندما|حين|ب\S+)(?!\w))))"
)


def speaks_of_own_dead(after: int, end: int, mentions: DocMentions) -> bool:
    """True when what a speaker said tells the killing or wounding of its own forces."""
    text = mentions.text
    return any(
        h.entry.get("type") == "self_reference"
        and (
            OWN_DEAD.search(text, max(after, h.start - 60), h.start)
            or OWN_DEAD_AFTER.match(text, h.end, min(end, h.end + 40))
        )
        for h in mentions.inside("role", after, end)
    )


def speaks_of_itself(after: int, end: int, mentions: DocMentions) -> bool:
    """True when what a speaker said names its own forces (أعلن الجيش أن قواته …)."""
    hits = mentions.inside("role", after, end)
    return any(
        h.entry.get("type") == "self_reference" and own_unit_as_subject(h, mentions.text, after)
        for h in hits
    )


def owned_anaphor(a: ActorMention, mentions: DocMentions, res: Resources) -> ActorMention:
    """A generic force word with its nationality after it (الشرطة العسكرية التركية) is that state's."""
    if a.via != "anaphor":
        return a
    text = mentions.text
    after = mentions.inside("platform", a.end, min(len(text), a.end + 30))
    owner = next(
        (
            o
            for o in after
            if o.entry.get("type") == "owner" and words_between(text, a.end, o.start) <= 1
        ),
        None,
    )
    if owner is None or owner.entry.get("owner") not in res.lexicons.actors:
        return a
    anaphor = res.lexicons.anaphors.get(a.evidence)
    if anaphor is not None and owner.entry["owner"] not in anaphor.candidates:
        return a  # الفصائل السورية: "Syrian" does not make the factions the Syrian state
    return ActorMention(
        a.start,
        owner.end,
        owner.entry["owner"],
        "anaphor",
        a.role,
        a.evidence + "|" + owner.entry_id,
    )


def collect_mentions(
    start: int,
    end: int,
    mentions: DocMentions,
    res: Resources,
    ctx: ActorContext,
    country: str | None,
    context_start: int | None = None,
) -> list[ActorMention]:
    """Actor, owner and civilian mentions in text[start:end], each with its role.

    `context_start` (the sentence start) is where a possessive pronoun on a platform
    (طائراتها) may look back for its owner.
    """
    text = mentions.text
    found = [
        owned_anaphor(a, mentions, res) for a in named_actors(start, end, mentions, ctx, country)
    ]
    earlier = (
        named_actors(context_start, start, mentions, ctx, country)
        if context_start is not None and context_start < start
        else []
    )
    found += own_forces(start, end, context_start, mentions, ctx, country, res)
    owners = platform_owners(start, end, mentions, res, earlier + found)
    aside = subject_before_aside(start, end, mentions, context_start)
    if aside is not None:  # نفذت طائرات التحالف، فجر اليوم، غارتين: the striker before the aside
        named = named_actors(*aside, mentions, ctx, country)
        strikers = platform_owners(*aside, mentions, res, named) or [
            a for a in named if a.role is None
        ]
        found += [
            ActorMention(a.start, a.end, a.actor_id, a.via, a.role, a.evidence + "|before_aside")
            for a in strikers[:1]
        ]
    found = [a for a in found if not any(overlaps(a, o) for o in owners)] + owners
    found += held_targets(start, end, earlier + found, text, ctx)
    found += struck_nationals(start, end, found, mentions, res)
    roles = hits_of(mentions.inside("role", start, end), "marker")
    found = [backed_by(a, roles, text) for a in found]
    found = spread_roles(
        text,
        sorted(
            (assign_marker_role(text, a, roles, mentions) for a in found), key=lambda a: a.start
        ),
    )
    for hit in hits_of(mentions.inside("role", start, end), "civilian"):
        if NO_HARM.search(text, max(0, hit.start - 50), hit.start):
            continue  # دون أنباء عن إصابات في صفوف المدنيين: no civilian was hit
        if NAME_INTRO.search(text, max(0, hit.start - 12), hit.start):
            continue  # عنصر من الفصائل يدعى الشاب خالد: the word is part of a fighter's name
        if residents_report_or_flee(text, hit.start, hit.end, hit.surface):
            continue  # وقال سكان إن مروحيات قصفت الحي؛ وسط نزوح كبير للأهالي: not the ones hit
        if SHRINE_NAME.match(text, hit.end):
            continue  # منطقة السيدة زينب، مقام السيدة سكينة: a place named after a saint
        if HOUSE.match(hit.surface) and armed_household(text, hit.end, found):
            continue  # منزلا يتحصن فيه عناصر من داعش، منزل قيادي في الفصائل: the side's house
        found.append(
            ActorMention(hit.start, hit.end, "civilians", "civilian", "victim", hit.entry_id)
        )
    return sorted(found, key=lambda a: a.start)


# a house, a targeted building (منزلا، منازل): civilians unless a side is said to hold it
HOUSE = re.compile(r"^[وفبل]?(?:ال)?(?:منزل|منزلا|منزلين|منزلان|منازل|بيتا)$")
HOUSEHOLD = re.compile(  # منزلا يتحصن فيه، منزل قيادي في، منزلا لاحد عناصر، منازل يتخذها
    # (منزلين كان المسلحون يتحصنون فيهما: كان and the side before the verb; session 18, hQ7)
    r"\s+(?:كان[تو]?\s+(?:\S+\s+){0,2}|(?:\S+\s+)?)(?:(?:ي|ت)(?:تحصنون|تحصن|تخذ|تخذه|تخذها|تخذون|تخذونه|"
    r"ستخدم|ستخدمه|ستخدمها|تمركزون|تمركز|قيم|قطن|قطنه|سكنه|ءوي|ختبءون|ختبء)|(?:ل|ب)?(?:احد|اثنين)|(?:ل|ال|لل)?(?:قيادي|قاءد|قياديين|عنصر|"
    r"عناصر|مسلحي|مقاتلي|مسءول|ضابط|امير|والي|شرطي|منتسب))(?!\w)"
)
HOUSEHOLD_REACH = 50  # the side is named this close after the house word


def armed_household(text: str, end: int, found: list[ActorMention]) -> bool:
    """True when the house word is told as a side's (منزلا يتحصن فيه عناصر من داعش، منزل قيادي
    في الفصائل، منزلا لاحد عناصر الشرطة) and a side other than civilians is named right after:
    the side is the target, not civilians (CODEBOOK §4)."""
    if not HOUSEHOLD.match(text, end):
        return False
    clause = re.search(r"[،,.؛;:]", text[end : end + HOUSEHOLD_REACH])
    stop = end + (clause.start() if clause else HOUSEHOLD_REACH)
    return any(
        end <= a.start < stop and a.actor_id not in ("civilians", "protesters", "unknown")
        for a in found
    )


# a word that introduces a person's name (يدعى، المدعو، الملقب): what follows is the name
SHRINE_NAME = norm_re(r"\s+(?:زينب|سكينه|سكينة|رقيه|رقية)(?!\w)")  # after السيدة
# residents told as the ones who report (وقال سكان في الحي إن، أفاد أحد السكان بأن، بحسب ما
# ذكر أهالي البلدة): the source of the account, not its victims (CODEBOOK §4; session 16)
RESIDENT = re.compile(r"^[وفبل]?(?:ال)?(?:سكان|اهالي)$")
RESIDENTS_SPEAK = norm_re(
    r"(?<!\w)[وف]?(?:قال|قالت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|روي|يقول|تقول|اوضح|اشار|نقل|نقلت"
    r"|بحسب|حسب|وفق|وفقا\s+ل|نقلا\s+عن|بحسب\s+ما\s+(?:افاد|ذكر|قال|روي|اكد)(?:ه|ها)?"
    r"|حسبما\s+(?:افاد|ذكر|قال|روي|اكد)(?:ه|ها)?|وفق\s+ما\s+(?:افاد|ذكر|قال|روي|اكد)(?:ه|ها)?)"
    r"\s+(?:(?:ل|مع)\S+\s+)?(?:[وب]?(?:احد|عدد\s+من|بعض|اثنان\s+من|اثنين\s+من)\s+)?$"
)
# civilians told only as fleeing (وإن عائلات كثيرة نزحت، وسط نزوح كبير للأهالي، نزوح آلاف
# العائلات): the strike's aftermath, not its victims (CODEBOOK §4; session 16)
FLED_AFTER = norm_re(
    r"\s+(?:\S+\s+)?(?:[وف]?(?:نزحت|نزحوا|نزح|فرت|فروا|هربت|هربوا|اضطرت|اضطروا|تنزح|ينزحون)"
    r"|(?:في\s+)?حال[هة]\s+(?:من\s+)?(?:ال)?(?:نزوح|ذعر|هلع))(?!\w)"
)
FLED_BEFORE = norm_re(
    r"(?<!\w)(?:و?(?:ال)?(?:نزوح|تهجير|فرار|هروب|تشريد)(?:\s+(?:ال)?(?:كبير|واسع|جماعي|واسعه|كبيره|مءات|الاف|عشرات|اكثر\s+من)){0,2}"
    r"|موجه\s+نزوح|حركه\s+نزوح)\s+(?:\d+\s+|[٠-٩]+\s+)?(?:من\s+)?\S{0,2}$"
)


def residents_report_or_flee(text: str, start: int, end: int, surface: str) -> bool:
    """Civilians told as the ones who report the event (وقال سكان إن، بحسب ما أفاد أهالي) or
    who flee it (نزحت عائلات، نزوح الأهالي) are no victim of it (CODEBOOK §4: the side acted upon)."""
    if RESIDENT.match(surface) and RESIDENTS_SPEAK.search(text, max(0, start - 40), start):
        return True
    if HOUSE.match(surface) or any(w in surface for w in ("نازح", "مخيم")):
        return False  # منازل نزحت عنها عائلاتها، مخيم النازحين: the place struck stays
    return bool(FLED_AFTER.match(text, end) or FLED_BEFORE.search(text, max(0, start - 40), start))


NAME_INTRO = norm_re(r"(?<!\w)(?:يدعي|يدعى|المدعو|الملقب|يلقب|اسمه)\s+$")


# شنت، نفذت، وجهت: a light verb whose object (غارتين) may come after a time aside
ASIDE = norm_re(r"[،,]([^،,.؛:]{2,30})[،,]\s*$")
CLAUSE_OPEN = norm_re(r"[،,؛:.]|(?<!\w)(?:ان|إن|أن)(?!\w)")


def subject_before_aside(
    start: int, end: int, mentions: DocMentions, context_start: int | None
) -> tuple[int, int] | None:
    """The clause before a time aside when this part opens with its object, an action noun
    (طائرات التحالف شنت، فجر اليوم، غارتين): the striker is its subject. The span from the
    clause opening to the aside's first comma, or None. Only when that clause tells no action
    of its own and names a weapon platform or ends with a light verb (شنت، نفذت)."""
    text = mentions.text
    if context_start is None or context_start >= start:
        return None
    cues = mentions.inside("action", start, end)
    if not cues:
        return None
    lead = text[start : cues[0].start]
    for n in mentions.inside("number", start, cues[0].start):  # ثلاث غارات: a count may lead
        lead = lead.replace(text[n.start : n.end], " ")
    if lead.strip() and not object_lead(lead):
        return None  # the part opens with a verb or other words: it has its own subject
    m = ASIDE.search(text, context_start, start)
    if m is None or not any(
        d.start < m.end(1) and d.end > m.start(1)
        for d in mentions.inside("date", m.start(1), m.end(1) + 1)
    ):
        return None
    if text[m.start(1) : m.end(1)].strip() != " ".join(
        text[d.start : d.end].strip() for d in mentions.inside("date", m.start(1), m.end(1) + 1)
    ):
        return None  # the aside is the time phrase only
    comma = m.start()
    opens = [o.end() for o in CLAUSE_OPEN.finditer(text, context_start, comma)]
    lo = opens[-1] if opens else context_start
    words = text[lo:comma].split()
    if lead.strip():  # استهدفت قوات النظام، أمس، بلدة كفرنبل بالقذائف: the verb's object leads
        verb = TARGETING_VERB.match(text, lo)
        if verb is None or words_between(text, lo, comma) > 8:
            return None
        told = [c for c in mentions.inside("action", lo, comma) if c.start >= verb.end()]
        return None if told else (lo, comma)
    if mentions.inside("action", lo, comma) or words_between(text, lo, comma) > 8:
        return None
    plats = [p for p in mentions.inside("platform", lo, comma) if p.entry.get("type") != "owner"]
    light = [w for w in words if re.fullmatch(r"[وف]?(?:شن|نفذ|وجه|اطلق)(?:ت|وا)?", w)]
    if not plats and not light:
        return None
    return (lo, comma)


# A targeting verb opening the clause before a time aside (استهدف جيش الاحتلال التركي، أمس
# الأحد، قافلة مدنية … بغارة جوية؛ قصفت قوات النظام، صباح اليوم، أحياء درعا البلد بقذائف
# الهاون): its object opens the part after the aside and the instrument there is the event's
# cue; the verb's subject is the striker (session 17, hH6)
TARGETING_VERB = norm_re(
    r"\s*(?:كما\s+)?[وف]?(?:استهدف|استهدفت|استهدفوا|قصف|قصفت|قصفوا|دك|دكت|دكوا|ضرب|ضربت|ضربوا)"
    r"(?!\w)"
)
# the object's first word: a noun, not a conjunction, a verb of a new clause or a
# subordinate word (وقتل، ما أدى، حيث، بعد، إثر، أن …); at most OBJECT_LEAD_WORDS words
OBJECT_LEAD = norm_re(
    r"\s*(?![وف]\w|(?:ما|مما|حيث|اذ|بعد|قبل|إثر|عقب|وسط|بينما|فيما|كما|ثم|لكن|إلا|رغم|أن|إن|أنه"
    r"|بحسب|حسب|وفق|وفقا|بسبب|جراء|نتيجة|خلال|منذ|في|على|من|إلى|عن|مع|بين|الذي|التي|الذين"
    r"|لا|لم|لن|قد|كان|كانت|مستهدفا|مستهدفة|مخلفا|مخلفة|موقعا|موقعة|مشيرا|مشيرة|مضيفا|مضيفة)"
    r"(?!\w))[^\W\d]"
)
OBJECT_LEAD_WORDS = 12


def object_lead(lead: str) -> bool:
    """True for words before a cue that can be a targeting verb's object (بلدة كفرنبل، منازل
    المدنيين في بلدة كفرنبل), with no clause break in them."""
    return (
        bool(OBJECT_LEAD.match(lead))
        and not re.search(r"[,،.؛;:]", lead)
        and len(lead.split()) <= OBJECT_LEAD_WORDS
    )


# مواقعهم، تجمعاتهم، مقراتها: positions owned by a side a pronoun refers back to; not «موقعه»,
# which is «موقعة» (inflicting: موقعة عشرات الضحايا) once ة reads ه
HELD_TARGET = norm_re(
    r"(?<!\w)[وب]?(?:مواقع|موقع|تجمعات|تجمع|مقرات|مقر|نقاط|تحصينات|معاقل|معقل|تمركزات|ثكنات"
    r"|مستودعات|دفاعات|خطوط|اوكار|مخابئ|ارتال|رتل|اليات)(?:هم|ها|ه)(?<!موقعه)(?!\w)"
)
PLACE_PREP = norm_re(r"(?<!\w)(?:مع|في|من|الي|إلى|الى|داخل|عبر|نحو|حدود|باتجاه)\s+$")
HELD_TARGET_ACTIONS = ("airstrike", "shelling", "attack", "bombing", "clash")


def country_as_place(a: ActorMention, text: str, ctx: ActorContext) -> bool:
    """A state named by its one-word name after a preposition (الحدودية مع تركيا): a place."""
    one_word = " " not in text[a.start : a.end].strip()
    state = ctx.actors[a.actor_id].type in ("state", "external")
    return one_word and state and bool(PLACE_PREP.search(text, 0, a.start))


# what lies between a target noun and the adjective of the state it belongs to (مواقع عسكرية
# إيرانية، مستودعات أسلحة إيرانية، نقطة مراقبة تركية); normalised text
NATIONAL_TARGET_GAP = norm_re(
    r"\s+(?:(?:ال)?(?:عسكريه|عسكري|اسلحه|ذخيره|ذخائر|صواريخ|مراقبه|عسكريين)\s+){0,2}"
)
NOT_NATIONAL = ("unknown", "coalition")  # مواقع مجهولة، مواقع التحالف: no state's adjective


def struck_nationals(
    start: int, end: int, found: list[ActorMention], mentions: DocMentions, res: Resources
) -> list[ActorMention]:
    """A state's adjective after a target noun (غارات إسرائيلية على مواقع إيرانية، قصف نقطة
    مراقبة تركية، استهداف أرتال أمريكية) names the side struck: the target of the strike.
    Adjectives that name the regime as a party (النظام، الحكومية، التابعة) are left to the
    actor names; a mention already found there stays."""
    text = mentions.text
    owners = [
        h
        for h in mentions.inside("platform", start, end)
        if h.entry.get("type") == "owner"
        and h.entry.get("owner") in res.lexicons.actors
        and h.entry.get("owner") not in NOT_NATIONAL
        and not any(w in h.surface for w in ("نظام", "حكومي", "تابع"))
    ]
    markers = [
        h
        for h in hits_of(mentions.inside("role", start, end), "marker")
        if h.entry_id == "target.positions"
    ]
    out: list[ActorMention] = []
    for o in owners:
        if any(a.start <= o.start < a.end or o.start <= a.start < o.end for a in found):
            continue
        if any(
            m.end <= o.start and NATIONAL_TARGET_GAP.fullmatch(text, m.end, o.start)
            for m in markers
        ):
            out.append(
                ActorMention(o.start, o.end, o.entry["owner"], "owner", "target", "target.national")
            )
    return out


def held_targets(
    start: int, end: int, before: list[ActorMention], text: str, ctx: ActorContext
) -> list[ActorMention]:
    """A target noun with a pronoun (فقصفت الطائرات التركية مواقعهم) is the side the pronoun
    refers to: the side named last before it that is not the one named nearest to it (the
    striker, told between the verb and its object). Only when two sides are named before."""
    out: list[ActorMention] = []
    for hit in HELD_TARGET.finditer(text, start, end):
        sides = [
            a
            for a in sorted(before, key=lambda a: a.start)
            if a.end <= hit.start()
            and a.actor_id in ctx.actors
            and a.actor_id not in UNARMED
            and a.actor_id != NON_STATE_DEFAULT
            and not country_as_place(a, text, ctx)
        ]
        if not sides:
            continue
        fam = {a.actor_id: ctx.actors[a.actor_id].family for a in sides}
        nearest = fam[sides[-1].actor_id]
        owner = next((a for a in reversed(sides) if fam[a.actor_id] != nearest), None)
        if owner is not None:
            out.append(
                ActorMention(
                    hit.start(), hit.end(), owner.actor_id, "held", "target", "target.held"
                )
            )
    return out


def support_before_min(best: CueHit, roles: list[CueHit], text: str) -> CueHit:
    """بإسناد من X، بدعم من X: the من completes the support marker before it."""
    if best.surface != "من":
        return best
    return next(
        (
            m
            for m in roles
            if m.entry_id == SUPPORT_MARKER
            and m.end <= best.start
            and not text[m.end : best.start].strip()
        ),
        best,
    )


def backed_by(a: ActorMention, roles: list[CueHit], text: str) -> ActorMention:
    """The owner of a weapon after a support marker backs actor1 (بإسناد من مدفعية الجيش التركي)."""
    if a.via not in ("owner", "pronoun"):
        return a
    marker = next(
        (
            m
            for m in roles
            if m.entry_id == SUPPORT_MARKER
            and m.end <= a.start
            and words_between(text, m.end, a.start) - text[m.end : a.start].split().count("من") <= 2
        ),
        None,
    )
    if marker is None:
        return a
    return ActorMention(
        a.start, a.end, a.actor_id, "actor", "with", a.evidence + "|" + SUPPORT_MARKER
    )


def platform_owners(
    start: int, end: int, mentions: DocMentions, res: Resources, named: list[ActorMention]
) -> list[ActorMention]:
    """Owners of the weapon platforms in the span (طائرات روسية، طيران التحالف، طائراتها)."""
    plats = mentions.inside("platform", start, end)
    owners = [h for h in plats if h.entry.get("type") == "owner"]
    air_cues = [
        h
        for h in mentions.inside("action", start, end)
        if h.entry.get("action") == "airstrike"
        and (h.entry.get("strength") == "specific" or h.entry_id == "generic.strike")
    ]
    out: list[ActorMention] = []
    for cue in air_cues:  # غارة تركية، غارات روسية
        adjective = owner_after(cue, owners, 1, mentions.text, res)
        out += adjective or striker_named_after(cue, named, mentions.text)
    for p in (h for h in plats if h.entry.get("type") == "ground"):  # المدفعية التركية
        mine = owner_after(p, owners, 1, mentions.text, res)
        if mine and struck_vehicle(p, mine[0], start, mentions.text, named):
            continue  # استهدف مقاتلو المعارضة بصاروخ موجه دبابة لقوات النظام: the tank was hit
        out += mine
    for cue in mentions.inside("action", start, end):  # القصف التركي، قصف روسي
        if cue.entry_id in BOMBARD_NOUNS and BOMBARD_NOUN.fullmatch(cue.surface):
            out += owner_after(cue, owners, 0, mentions.text, res)
    for p in (h for h in plats if h.entry.get("type") in ("air", "air_force")):
        markers = hits_of(
            mentions.inside("role", p.end, min(len(mentions.text), p.end + 60)), "marker"
        )
        named_owner = owner_named(p, named, mentions.text, markers)
        adjectives = [  # طائرات تركية مسيرة مواقع النظام: an owner past a target marker is struck
            a
            for a in owner_after(p, owners, 2, mentions.text, res)
            if not any(
                p.end <= m.start and m.end <= a.start and m.entry.get("role") == "target"
                for m in markers
            )
            # استهدفت طائرة مسيرة القوات الروسية: the adjective of a side told as struck
            and not any(n.role == "target" and n.start <= a.start < n.end for n in named)
            # طائرة مسيرة محيط السفارة الأميركية: an adjective agrees with its noun in «ال»
            and not qualifies_noun_between(mentions.text, p.start, p.end, a.start, a.end)
        ]
        if (
            named_owner and named_owner[0].via == "owner"
        ):  # طائرات «التحالف» الأميركي: coalition, usa
            out += named_owner + [a for a in adjectives if a.actor_id != named_owner[0].actor_id]
        else:
            out += adjectives or named_owner
    return out


# a weapon said to be a side's with ل (دبابة لقوات النظام، مدفع تابع للجيش التركي)
OWNED_WITH_LAM = re.compile(r"\s*(?:(?:ال)?تابع\w*\s+)?ل")
# a missile or shell it was hit with, told before it (بصاروخ موجه دبابة، بصاروخ م/د مدرعة)
INSTRUMENT_BEFORE = norm_re(
    r"(?<!\w)ب(?:ال)?(?:صاروخ|صواريخ|قذيفه|قذائف|صاروخين)(?:\s+\S+){0,3}\s+$"
)


def struck_vehicle(
    p: CueHit, owner: ActorMention, start: int, text: str, named: list[ActorMention]
) -> bool:
    """True when a tank or gun told as a side's (دبابة لقوات النظام) is what was struck: another
    side is named before it in the part (استهدف مقاتلو المعارضة دبابة لقوات النظام), or the
    missile that hit it is (بصاروخ موجه دبابة لقوات النظام)."""
    if not OWNED_WITH_LAM.match(text, p.end, owner.end):
        return False
    if INSTRUMENT_BEFORE.search(text, max(0, p.start - 60), p.start):
        return True
    return any(
        start <= a.start
        and a.end <= p.start
        and a.actor_id not in (owner.actor_id, "civilians")
        and a.role in (None, "agent")
        for a in named
    )


# «القصف» told with its owner's adjective right after it (القصف التركي، قصف روسي، القصف المدفعي
# التركي): the owner fired it; an adjective past another word is not its owner (قصف مواقع تركية)
BOMBARD_NOUNS = frozenset({"shelling.bombard", "shelling.artillery_rocket"})
BOMBARD_NOUN = re.compile(
    r"(?:[وف]?(?:ال|بال|لل|ب|ل)?)(?:قصف|القصف)(?:\s+(?:ال)?(?:مدفعي|صاروخي))?"
)


def striker_named_after(cue: CueHit, named: list[ActorMention], text: str) -> list[ActorMention]:
    """The side named right after a strike noun (غارات ميليشيا أسد والطيران الروسي): the striker,
    first of the strikers joined to it (a side after a target marker or a word is no owner)."""
    follower = next((a for a in named if a.start >= cue.end), None)
    if (
        follower is None
        or follower.actor_id in UNARMED
        or text[cue.end : follower.start].strip()
        or CUE_WORD.match(text, cue.start).end() != cue.end
    ):
        return []
    return [
        ActorMention(
            follower.start, follower.end, follower.actor_id, "owner", "agent", cue.entry_id
        )
    ]


# a hedged owner (غارات جوية يعتقد أنها روسية، ضربات يرجح أن تكون إسرائيلية، قصف مدفعي يشتبه
# بأنه تركي): wire and monitor copy name the striker they believe in; one word (جوية، حربية)
# may stand between the noun and the hedge
HEDGED_OWNER = norm_re(
    r"\s*(?:[^\s.،,؛:]+\s+)?[وف]?(?:يعتقد|يرجح|يشتبه|يظن|يحتمل|رجح|رجحت|يرجحون)(?:\s+ب)?\s*"
    r"(?:انها|انه|بانها|بانه|انهما|ان\s+تكون|ان\s+يكون)\s+"
)


# the owner told by a source later in the clause (قصفت الطائرات الحربية الأتارب، فيما قالت مصادر
# إنها روسية؛ وأغارت طائرات حربية على كفرنبل، رجح ناشطون أنها روسية): the striker they name
SOURCE_SAYS_OWNER = norm_re(
    r"[^.؛:\n]{0,80}?[،,]\s*(?:[وف]?(?:فيما|بينما|في\s+حين)\s+)?[وف]?(?:قالت|قال|رجحت|رجح|اكدت|اكد"
    r"|ذكرت|ذكر|افادت|افاد|اشارت|يرجح|ترجح|تقول|يقول)\s+(?:مصادر|مصدر|ناشطون|ناشطين|مراسلون|مراسل"
    r"|المرصد|شهود)(?:\s+[^\s.،,؛:]+){0,2}?\s+(?:الي\s+)?(?:انها|بانها|ان\s+(?:ال)?(?:طائرات|طيران"
    r"|طائره|مقاتلات)(?:\s+(?:ال)?حربيه)?)\s+"
)


def owner_after(
    anchor: CueHit, owners: list[CueHit], window: int, text: str, res: Resources
) -> list[ActorMention]:
    """An owner adjective right after a platform or strike noun, and those joined to it by و."""
    owner = next(
        (
            o
            for o in owners
            if (o.start >= anchor.end and words_between(text, anchor.end, o.start) <= window)
            or (anchor.start < o.start and o.end <= anchor.end)  # ضربات صاروخية إسرائيلية
            or (o.start >= anchor.end and HEDGED_OWNER.fullmatch(text, anchor.end, o.start))
            or (o.start >= anchor.end and SOURCE_SAYS_OWNER.fullmatch(text, anchor.end, o.start))
        ),
        None,
    )
    if owner is None or owner.entry.get("owner") not in res.lexicons.actors:
        return []
    first = ActorMention(
        owner.start, owner.end, owner.entry["owner"], "owner", "agent", owner.entry_id
    )
    return [first, *coordinated_owners(text, owner, owners, res)]


ARABIC_WORD = re.compile(r"[\u0621-\u064a]")
# a word of the definite article (الأميركية، السفارة; not للتحالف, a possessor)
DEFINITE_WORD = re.compile(r"(?:[وفب]?ال)\w\w")
NATIONAL_ADJECTIVE = re.compile(r"(?:ال)?\w{3,}(?:ي|يه|يين|يتان|يتين)")


def qualifies_noun_between(text: str, p_start: int, p_end: int, o_start: int, o_end: int) -> bool:
    """True when a national adjective after words past an aircraft noun qualifies a noun between
    them, not the aircraft: an adjective agrees with its noun in definiteness, so «الأميركية»
    after «طائرة مسيرة محيط السفارة» is the embassy's (an indefinite aircraft takes «أميركية»).
    A bare aircraft word before a definite word or a model is in construct and definite (طيران
    المحتل الروسي، طائرات F-16 العراقية); adjectives of the aircraft that hold a definite word
    (طائرات ثابتة الجناح روسية) leave it its owner."""
    between = text[p_end:o_start].split()
    if not between:
        return False
    if HEDGED_OWNER.fullmatch(text, p_end, o_start) or SOURCE_SAYS_OWNER.fullmatch(
        text, p_end, o_start
    ):
        return False  # الطائرات التي يرجح أنها روسية، قالت مصادر إنها روسية: a predicate
    owner = text[o_start:o_end]
    if not NATIONAL_ADJECTIVE.fullmatch(owner):
        return False
    words = text[p_start:p_end].split()
    if not words:
        return False
    plat_definite = bool(DEFINITE_WORD.match(words[-1]))
    if len(words) == 1 and not plat_definite:  # طيران المحتل، طائرات F-16: in construct
        plat_definite = bool(DEFINITE_WORD.match(between[0])) or not ARABIC_WORD.match(between[0])
    return bool(DEFINITE_WORD.match(owner)) != plat_definite


def owner_named(
    p: CueHit, named: list[ActorMention], text: str, markers: list[CueHit] = ()
) -> list[ActorMention]:
    """The side named right after an aircraft word (طيران التحالف), or before its pronoun (طائراتها).

    A name after a role marker (الطيران الروسي مواقع التنظيم) is a target, not the owner.
    """
    possessed = bool(POSSESSED_PLATFORM.search(p.surface))
    if any(a.start <= p.start < a.end for a in named if a.via != "owner"):
        return []  # «طيران التحالف» is one name: its side is named with it, none after it
    follower = next(
        (
            a
            for a in named
            if a.start >= p.end
            and words_between(text, p.end, a.start) <= 3
            # الطيران الحربي مخيماً للنازحين: civilians own no aircraft, they are its target
            and a.actor_id not in ("civilians", "protesters")
            # استهدفت طائرة مسيرة القوات الروسية: a side already told as struck owns nothing
            and a.role != "target"
            and not re.search(
                r"[،,.;:؛]", text[p.end : a.start]
            )  # بمساندة طيران التحالف، اشتبكت القوات
            # طائرات القوة الجوية تقتل 8 إرهابيين: a count or a verb before it makes it the
            # victims; a bare air force's owner is named right after it (session 11)
            and not re.search(r"\d", text[p.end : a.start])
            and not (p.entry.get("type") == "air_force" and words_between(text, p.end, a.start))
            # طائرة مسيرة تركية دورية روسية: a name opening with a target noun is struck
            and not any(
                p.end <= m.start and (m.end <= a.start or m.start == a.start) for m in markers
            )
            # الطيران الروسي والفصائل: a side joined by و after the platform is no owner of it
            and not (
                text[p.end : a.start].strip()
                and _JOINER.sub(" ", text[p.end : a.start]).rstrip().endswith(" و")
            )
        ),
        None,
    )
    if follower is not None and not possessed:
        return [
            ActorMention(
                follower.start, follower.end, follower.actor_id, "owner", "agent", p.entry_id
            )
        ]
    if possessed:
        speaker = [a for a in named if a.via == "self" and a.start < p.end and p.start < a.end]
        if speaker:  # أعلن التحالف أن طائراته نفذت: the speaker's own aircraft
            return [
                ActorMention(p.start, p.end, speaker[0].actor_id, "pronoun", "agent", p.entry_id)
            ]
        before = [a for a in named if a.end <= p.start]
        if before:
            return [
                ActorMention(p.start, p.end, before[-1].actor_id, "pronoun", "agent", p.entry_id)
            ]
    return []


def overlaps(a: ActorMention, b: ActorMention) -> bool:
    """True when two mentions share characters."""
    return a.start < b.end and b.start < a.end


def coordinated_owners(
    text: str, first: CueHit, owners: list[CueHit], res: Resources
) -> list[ActorMention]:
    """Owner adjectives joined to the first by و (طائرات إماراتية وسعودية)."""
    out = []
    last = first
    for o in owners:
        if o.start <= last.start:
            continue
        gap = text[last.end : o.start].strip()
        if gap == "" and o.prefix.startswith("و") and o.entry.get("owner") in res.lexicons.actors:
            out.append(ActorMention(o.start, o.end, o.entry["owner"], "owner", "agent", o.entry_id))
            last = o
        else:
            break
    return out


# تطلق على نفسها X، يطلق على نفسه اسم X: a name the side gives itself, no target marker
REFLEXIVE_AFTER = re.compile(r"\s*نفس(?:ها|ه|هم)(?!\w)")


# a side that "underwent" an act (تعرض لـ): the verb right before its name, or right after it
UNDERWENT = re.compile(
    r"(?<!\w)[وف]?(?:تعرضت|تعرض|تعرضوا|يتعرض|تتعرض|يتعرضون)\s+"
    r"(?:(?:عناصر|افراد|جنود|مقاتلو|مقاتلي|وحدات|وحده|قوه|مجموعه)\s+(?:من\s+)?)?$"
)
UNDERWENT_AFTER = re.compile(r"\s+(?:قد\s+)?[وف]?(?:تعرضت|تعرض|تعرضوا|يتعرض|تتعرض|يتعرضون)(?!\w)")


def assign_marker_role(
    text: str, a: ActorMention, roles: list[CueHit], mentions: DocMentions
) -> ActorMention:
    """Give a mention the role of the nearest marker before it (at most `window` words between)."""
    if a.role is not None:
        return a
    if counted_before(text, a, mentions):
        return ActorMention(a.start, a.end, a.actor_id, a.via, "victim", a.evidence + "|counted")
    if UNDERWENT.search(text, max(0, a.start - 30), a.start) or UNDERWENT_AFTER.match(text, a.end):
        # تعرضت القوات الأمريكية لهجوم صاروخي؛ قوات النظام تعرضت لكمين: the side that underwent it
        return ActorMention(a.start, a.end, a.actor_id, a.via, "target", a.evidence + "|underwent")
    word = text.rfind(" ", 0, a.start) + 1  # the mention may leave out its «لل»
    if OWNED_BY_LAM.fullmatch(text, word, a.start) and other_aircraft(
        OtherAt(word), text, mentions
    ):
        # غارات روسية وأخرى للنظام: more strikes, the regime's (no «تابعة» told)
        return ActorMention(a.start, a.end, a.actor_id, a.via, "agent", a.evidence + "|other")
    groups = [
        h
        for h in mentions.inside("role", max(0, a.start - 60), a.start)
        if h.entry.get("type") == "group_noun"
    ]
    named_at = [  # جماعة تطلق على نفسها X: the name is told where the naming phrase starts
        h.start
        for h in roles
        if h.end <= a.start
        and REFLEXIVE_AFTER.match(text, h.end)
        and words_between(text, h.end, a.start) <= 2
    ]
    at = min(named_at, default=a.start)
    near = [
        h
        for h in roles
        if h.end <= at
        and role_gap(text, h.end, at, groups) <= int(h.entry.get("window", 1))
        and not EACH_OF.search(text, max(0, h.start - 6), h.start)
        and not cue_between(h, a, mentions)
        and not (h.entry.get("role") == "controller" and h.prefix in ("ل", "ول"))
    ]  # …، لتسيطر عليها قوات الأسد: a taking told (لام العاقبة), not the side holding a place
    if not near:
        return a
    near = [h for h in near if not partitive_min(h, groups, text)] or near
    best = max(near, key=lambda h: (h.end, h.end - h.start))  # the longer marker: برصاص حاجز
    best = support_before_min(best, roles, text)
    role = best.entry["role"]
    if role == "possessive" and DEMONSTRATIVE.search(text[max(0, best.start - 8) : best.start]):
        role = "agent"  # وتلك التابعة للنظام: the same kind of platform, owned by another side
    if role == "possessive" and other_aircraft(best, text, mentions):
        role = "agent"  # طائرات حربية روسية وأخرى تابعة للنظام: more aircraft, the regime's
    if role == "possessive" and owns_the_forces(best, text, mentions):
        role = "agent"  # قوات الأمن التابعة لهيئة تحرير الشام: the owner acts through them
    if role == "possessive" and owns_the_weapon(best, text, mentions):
        role = "agent"  # برصاص قناص تابع لقوات النظام: the shooter's side
    if role == "possessive" and owns_the_unit(best, text, mentions):
        role = "agent"  # اعتقلت دورية تابعة للأمن العسكري ثلاثة شبان: the patrol's side
    if role == "possessive" and ACCUSED_UNIT.search(text, max(0, best.start - 60), best.start):
        role = "agent"  # واتهم ناشطون خلايا تابعة للنظام بتنفيذ العملية: the accused's side
    if role == "target" and unit_that_detains(best, text, mentions):
        role = "agent"  # داهمت دورية للأمن العسكري منزلاً واعتقلت …: the patrol's side
    if role == "victim" and not follows_count(text, best, mentions):
        held = [  # اجتماعاً لقادة في الحشد، موقعاً لعناصر من داعش: the people the site held
            h
            for h in near
            if h.entry.get("role") == "target"
            and h.end <= best.start
            and HELD_BY.fullmatch(text, h.end, best.start)
        ]
        if held:
            return ActorMention(
                a.start, a.end, a.actor_id, a.via, "target", a.evidence + "|" + held[-1].entry_id
            )
        if partitive_subject(best, groups, text, mentions):
            return a  # وحدات من الجيش سيطرت …: the members stand for their side
        role = "agent" if by_after_noun(best, text, mentions) else "from"
    return ActorMention(a.start, a.end, a.actor_id, a.via, role, a.evidence + "|" + best.entry_id)


OWNED_BY_LAM = re.compile(r"لل?")  # a side told as an owner with «ل» (للنظام، لقوات النظام)


@dataclass
class OtherAt:
    """Where a side told after «وأخرى» starts (other_aircraft reads only the start)."""

    start: int


# a target noun's people told with «ل» before «في/من» (اجتماعاً لقادة في، موقعاً لعناصر من)
HELD_BY = re.compile(r"\s+ل\w+\s+")


def other_aircraft(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True when "تابع لـ" follows more aircraft joined by «و» to aircraft told just before
    (طائرات حربية روسية وأخرى تابعة للنظام), not a target owned by a side."""
    m = OTHER_AIRCRAFT.search(text, max(0, marker.start - 30), marker.start)
    if m is None:
        return False
    plats = mentions.inside("platform", max(0, m.start() - 60), m.start())
    end = m.start()
    for p in sorted(plats, key=lambda p: -p.end):  # the owner told after the aircraft: روسية
        if p.end > end or words_between(text, p.end, end) != 0:
            continue
        if p.entry.get("type") == "air":
            return True
        if p.entry.get("type") != "owner":
            return False
        end = p.start  # قوات أمريكية وأخرى تابعة للتحالف: troops, no aircraft
    if end == m.start():
        return False  # no owner told: «غارات وأخرى تابعة للنظام» is no pair of strikers
    # strikes told by their owner (غارات روسية وأخرى تابعة للنظام): more strikes, another striker
    return any(
        h.entry_id.startswith("airstrike.")
        and h.end <= end
        and words_between(text, h.end, end) == 0
        for h in mentions.inside("action", max(0, end - 30), end)
    )


def cue_between(marker: CueHit, a: ActorMention, mentions: DocMentions) -> bool:
    """True when an action noun stands between the marker and the side (بعد ساعات من استعادة
    فصائل المعارضة السيطرة): the side is that noun's doer, and the marker belongs elsewhere."""
    return any(
        h.start >= marker.end and h.end <= a.start
        for h in mentions.inside("action", marker.end, a.start)
    )


def owns_the_forces(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True when "تابع لـ" follows a generic security-forces word that is the clause's subject,
    right after its verb (اعتقلت عناصر أمن تابعون لـ X), not an object after another side
    (هاجمت الفصائل عناصر أمن تابعين لـ X: X is hit)."""
    forces = [
        m
        for m in mentions.inside("actor", max(0, marker.start - 40), marker.start)
        if m.kind == "anaphor"
        and m.entry_id in OWNED_FORCES
        and m.end <= marker.start
        and not text[m.end : marker.start].strip()
    ]
    verbs = mentions.by_kind["action"]
    return any(
        any(h.end <= m.start and not text[h.end : m.start].strip() for h in verbs) for m in forces
    )


# a unit told as the subject right after its verb (اعتقلت دورية تابعة لـ، هاجمت مجموعة تابعة لـ)
UNIT_SUBJECT = norm_re(
    r"\s*(?:دوريه|دوريات|قوه|مجموعه|مجموعات|عناصر|عنصر|افراد|سريه|كتيبه|خليه|وحده|رتل|ارتال)"
    r"(?:\s+(?:امنيه|عسكريه|مسلحه|مشتركه|راجله|مؤلله|مدرعه))?\s*$"
)


# cells of a side accused of the act (واتهم ناشطون خلايا تابعة لحزب العمال بزرع العبوة؛ وسط
# اتهامات لمجموعات تابعة للنظام): the owner is the accused doer, not a target (session 16, hV5)
ACCUSED_UNIT = norm_re(
    r"(?<!\w)(?:[وف]?(?:اتهم|اتهمت|اتهموا|حمل|حملت|حملوا)\s+(?:\S+\s+){0,3}?|اتهامات\s+ل?|اتهام\s+ل?)"
    r"(?:ال)?(?:خلايا|خليه|مجموعه|مجموعات|عناصر|مسلحين|ميليشيات|ميليشيا|فصائل|جهات|قوات)\s*$"
)


def owns_the_unit(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True when "تابع لـ" follows a unit noun that is the clause's subject, right after its
    verb (اعتقلت دورية تابعة للأمن العسكري ثلاثة شبان؛ هاجمت مجموعة تابعة للتنظيم حاجزاً): the
    owner acts through its unit, as with the security forces (owns_the_forces); a unit told as
    the object after another side (استهدفت الفصائل دورية تابعة لـ X) is not right after the verb."""
    return any(
        h.end <= marker.start
        and marker.start - h.end <= 30
        and UNIT_SUBJECT.fullmatch(text, h.end, marker.start)
        and not (h.entry.get("action") == "bombing" and h.entry.get("pos") == "noun")
        for h in mentions.inside("action", max(0, marker.start - 40), marker.start)
    )  # استهدفت عبوة ناسفة دورية تابعة للفرقة الثامنة: the bomb is the subject, the patrol its target


def unit_that_detains(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True for a unit noun (دورية، قوة، مجموعة) right after a verb of arrest, raid or
    abduction, with its side after لـ (داهمت دورية للأمن العسكري، اعتقلت دورية للشرطة،
    اختطفت مجموعة للتنظيم): a patrol is no one's prisoner, so it is the verb's subject and its
    side acts. A patrol after a strike verb stays a target (استهدفت دورية للنظام بعبوة: passive)."""
    if not UNIT_SUBJECT.fullmatch(text, marker.start, marker.end):
        return False
    return any(
        h.end <= marker.start
        and h.entry.get("pos") == "verb"
        and h.entry.get("action") in ("arrest", "abduction")
        and not text[h.end : marker.start].strip()
        for h in mentions.inside("action", max(0, marker.start - 20), marker.start)
    )


def owns_the_weapon(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True when "تابع لـ" follows the action cue itself (برصاص قناص تابع لـ X) or an aircraft
    (طائرة مسيرة تابعة لـ X), not a target told after it (دمرت 3 مركبات مدرعة تابعة لـ X)."""
    hits = mentions.inside("action", max(0, marker.start - 30), marker.start)
    hits += [  # طائرة مسيرة تابعة لجيش الاحتلال التركي: the platform's owner
        p
        for p in mentions.inside("platform", max(0, marker.start - 30), marker.start)
        if p.entry.get("type") == "air"  # not a vehicle struck: مدرعة تابعة لـ X
    ]
    return any(h.end <= marker.start and not text[h.end : marker.start].strip() for h in hits)


def by_after_noun(marker: CueHit, text: str, mentions: DocMentions) -> bool:
    """True for "من" right after an action noun (قصف صاروخي من الفصائل، هجوم من التنظيم) or a
    verb's noun with a preposition or the article (تعرضت البلدة لقصف من قوات النظام): by X."""
    if marker.surface != "من":
        return False
    return any(
        h.end <= marker.start
        and (h.entry.get("pos") != "verb" or h.prefix.endswith(("ل", "ب", "ال")))
        and h.entry.get("action") != "withdrawal"
        and words_between(text, h.end, marker.start) <= 1
        and not TARGET_UNIT.fullmatch(text[h.end : marker.start].strip())
        for h in mentions.inside("action", max(0, marker.start - 40), marker.start)
    )


# the unit an action noun was aimed at, of the side named after it (كميناً لرتل من الحشد الشعبي؛
# هجوماً على دورية من الجيش): that side is the target, not the doer (session 15, hY)
TARGET_UNIT = norm_re(
    r"(?:ل|لل|على\s+(?:ال)?)(?:رتل|ارتال|دوريه|دوريات|مجموعه|قوه|عناصر|نقطه|حاجز|موقع|مواقع"
    r"|مقر|سياره|عربه|اليه|اليات|قافله|حافله|تجمع|تجمعات|كتيبه|سريه)"
)


def partitive_subject(
    marker: CueHit, groups: list[CueHit], text: str, mentions: DocMentions
) -> bool:
    """True for "<group noun> من X" told with no casualty word before it (وحدات من الجيش).

    Members of a side (وحدات، عناصر، مقاتلون) who act are that side, not its victims; after a
    killing or wounding word (مقتل عناصر من الجيش), a subset word (بينهم) or an action cue
    (واختطفوا 49 شخصاً بينهم … وعناصر من القوات الخاصة) they stay the people acted on —
    except right after a verb with no side named before it, where they are its subject.
    """
    noun = next(
        (g for g in groups if g.end <= marker.start and not text[g.end : marker.start].strip()),
        None,
    )
    if noun is None:
        return False
    lo = max(0, noun.start - 80)
    stops = list(SENTENCE_END.finditer(text, lo, noun.start))
    if stops:  # a cue told in the sentence before names no object here
        lo = stops[-1].end()
    harmed = [
        h
        for h in mentions.inside("casualty", lo, noun.start)
        if h.entry.get("type") in ("killed", "injured", "combined", "subset")
        and words_between(text, h.end, noun.start) <= PARTITIVE_OBJECT_WORDS
    ]
    acted_on = [
        h
        for h in mentions.inside("action", lo, noun.start)
        if h.end <= noun.start
        and words_between(text, h.end, noun.start) <= PARTITIVE_OBJECT_WORDS
        and not verb_before_subject(h, noun, text, mentions)
    ]
    return not harmed and not acted_on


def verb_before_subject(verb: CueHit, noun: CueHit, text: str, mentions: DocMentions) -> bool:
    """True for a verb right before the group with no side named before it: Arabic puts the
    subject after the verb (اختطفت عناصر من هيئة تحرير الشام ناشطاً)."""
    if verb.entry.get("pos") != "verb" or text[verb.end : noun.start].strip():
        return False
    return no_side_before(verb.start, text, mentions)


OWNER_CLITIC = re.compile(r"\s*(?:لل|ل)?")


def counted_before(text: str, a: ActorMention, mentions: DocMentions) -> bool:
    """True for counted people (ثلاثة إرهابيين، إرهابيين اثنين), people among the harmed
    (بينهم مسلحون) or a side named right after them (33 جندياً تركياً)."""
    lo = max(0, a.start - 60)
    if any(not text[n.end : a.start].strip() for n in mentions.inside("number", lo, a.start)):
        return True
    owned = "|" in a.evidence  # الأجهزة الأمنية التابعة للنظام ثلاثة شبان: its owner, then a count
    if (
        a.via == "anaphor"
        and not owned
        and any(  # إرهابيين اثنين: a generic word counted after it (only one and two follow)
            not text[a.end : n.start].strip() and ONE_OR_TWO.match(text, n.start)
            for n in mentions.inside("number", a.end, min(len(text), a.end + 20))
        )
    ):
        return True
    if any(
        h.entry.get("type") == "subset" and not text[h.end : a.start].strip()
        for h in mentions.inside("casualty", lo, a.start)
    ):
        return True
    nouns = [
        h
        for h in mentions.inside("casualty", lo, a.start)
        if h.entry.get("type") in ("person", "person_one")
    ]
    numbers = mentions.inside("number", lo, a.start)
    return any(
        OWNER_CLITIC.fullmatch(text[h.end : a.start])  # 20 عنصراً للنظام: the side they served
        and any(not text[n.end : h.start].strip() for n in numbers)
        for h in nouns
    )


def partitive_min(hit: CueHit, groups: list[CueHit], text: str) -> bool:
    """True for the من of "فصائل من X" (a group noun right before it): not a role marker."""
    return hit.surface == "من" and any(
        g.end <= hit.start and not text[g.end : hit.start].strip() for g in groups
    )


def role_gap(text: str, start: int, end: int, groups: list[CueHit]) -> int:
    """Words between a marker and a name, group nouns and من not counted (بين فصائل من الحشد)."""
    words = words_between(text, start, end)
    inside = [g for g in groups if start <= g.start and g.end <= end]
    words -= sum(words_between(text, g.start, g.end) for g in inside)
    words -= len(re.findall(r"(?<!\w)من(?!\w)", text[start:end])) if inside else 0
    return max(words, 0)


def spread_roles(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """A name joined by و to a target/victim/opponent (من «الوحدات» و«الناطورة»، مع X وY) shares
    its role, after an adjective on the first too (ضد تنظيم «جبهة النصرة» الإرهابي والمجموعات)."""
    out: list[ActorMention] = []
    for a in found:
        prev = out[-1] if out else None
        gap = _JOINER.sub(" ", text[prev.end : a.start]).strip() if prev is not None else ""
        if (
            a.role is None
            and prev is not None
            and prev.role in ("target", "victim", "from", "agent", "with")
        ) or (
            a.role in (None, "from")
            and prev is not None
            and prev.role == "target"
            and AND_UNITS_OF.fullmatch(gap)
        ):
            if gap == "و" or ADJECTIVE_AND.fullmatch(gap) or AND_UNITS_OF.fullmatch(gap):
                # بإسناد من الحشد الشعبي وقوات البيشمركة: the second backer is a partner too
                backing = "|" + SUPPORT_MARKER if SUPPORT_MARKER in prev.evidence else ""
                sides = [o for o in out if o.role == "between" and SUPPORT_MARKER not in o.evidence]
                if backing and len(sides) == 1 and sides[0].end <= prev.start:
                    # بين قوات النظام المدعومة بالطيران الروسي والفصائل: the second side of بين
                    out.append(
                        ActorMention(
                            a.start,
                            a.end,
                            a.actor_id,
                            a.via,
                            "between",
                            a.evidence + "|second_side",
                        )
                    )
                    continue
                a = ActorMention(
                    a.start,
                    a.end,
                    a.actor_id,
                    a.via,
                    prev.role,
                    a.evidence + "|coordinated" + backing,
                )
        out.append(a)
    return out


def follows_count(text: str, marker: CueHit, mentions: DocMentions) -> bool:
    """True when a counted or harmed person noun stands just before "من" (13 مقاتلاً من داعش).

    A bare group word before من (عناصر من داعش تسللوا) counts no one: its side is the
    subject; before في (قياديين في الحرس الثوري) its people are the ones struck.
    """
    lo = max(0, marker.start - 40)
    nouns = [
        h
        for h in mentions.inside("casualty", lo, marker.start)
        if h.entry.get("type") in ("person", "person_one")
    ]
    nums = mentions.inside("number", lo, marker.start)
    if any(words_between(text, n.end, marker.start) <= 1 for n in nums):
        return True
    partitive = marker.surface == "من"  # عناصر من داعش: members of, not victims among
    return any(
        words_between(text, h.end, marker.start) <= 1
        and (not partitive or is_counted(text, h, mentions))
        for h in nouns
    )


def is_counted(text: str, noun: CueHit, mentions: DocMentions) -> bool:
    """True for a person noun counted by a number or told as harmed (5 عناصر، مقتل عناصر)."""
    lo = max(0, noun.start - 40)
    if any(
        words_between(text, n.end, noun.start) <= 1 for n in mentions.inside("number", lo, noun.end)
    ):
        return True
    return any(
        h.entry.get("type") in ("killed", "injured", "combined", "captured")
        and words_between(text, h.end, noun.start) <= 2
        and not (
            h.entry.get("type") == "captured"
            and not text[h.end : noun.start].strip()
            and no_side_before(h.start, text, mentions)
        )  # اختطفت عناصر من X: the verb's subject follows it
        for h in mentions.inside("casualty", lo, noun.start)
    )


def no_side_before(pos: int, text: str, mentions: DocMentions) -> bool:
    """True when no actor is named in the clause before pos."""
    clause_start = max(text.rfind(".", 0, pos), text.rfind(",", 0, pos)) + 1
    return not mentions.inside("actor", clause_start, pos)


@dataclass
class RoleAssignment:
    """actor1 / actor2 / assoc_actor1 of one event, with the mentions that decided them."""

    actor1: str = ""
    actor2: str = ""
    assoc: tuple[str, ...] = ()
    rule: str = ""
    evidence: tuple[str, ...] = ()


# a source's affiliation (أفاد مصدر في الشرطة، بحسب مصدر أمني في قيادة عمليات سامراء، قال
# مصادر أمنية في …; not مسؤول/ضابط في X, often the one killed): the body the speaker belongs to tells the news, it is no side of the event
SOURCE_SEAT = norm_re(
    r"(?<!\w)(?:مصدر|مصادر)(?:\s+(?:امني|أمني|امنية|أمنية|امنيه|عسكري|"
    r"عسكرية|عسكريه|مطلع|مطلعة|مطلعه|رفيع|محلي|محلية|محليه|طبي|طبية|طبيه|برتبة\s+\S+))?\s+(?:في|ب|من|لدى)\s*"
    r"(?:(?:قيادة|قياده|مديرية|مديريه|وزارة|وزاره|جهاز|قوات|قوة|قوه|صفوف|هيئة|هيئه)\s+)?"
    r"(?:عمليات\s+)?$"
)


# an act told after the event as what it came some time after or in reply to (وذلك بعد ساعات من
# الضربة الأميركية؛ عقب الغارات الروسية؛ رداً على القصف التركي): another event, whose owner is not
# the striker of the event told before it
REFERENCE_ACT = norm_re(
    r"(?<!\w)(?:(?:بعد|قبل)\s+(?:(?:نحو|قرابة|أقل\s+من|أكثر\s+من)\s+)?(?:\S+\s+)?"
    r"(?:يوم|يومين|أيام|ساعات|ساعة|ساعتين|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر|دقائق)"
    r"\s+(?:من|على)|عقب|إثر|في\s+أعقاب|رداً?\s+على|على\s+خلفية)(?!\w)"
)


def told_as_reference(text: str, cue_end: int, at: int) -> bool:
    """True when a reference phrase (بعد ساعات من، عقب، رداً على) stands between the cue and a
    side named after it: that side owns the act referred to, not the event of the cue."""
    return at > cue_end and REFERENCE_ACT.search(text, cue_end, at) is not None


# a side named right after a targeting verb whose subject is the weapon or the blast (عبوة ناسفة
# تستهدف الجيش في حمرين؛ مسيرة تستهدف قوات النظام؛ انفجرت عبوة استهدفت الجيش العراقي) is the
# target, not the doer; a verb that opens the clause (استهدفت قوات النظام بلدة) keeps its subject
INSTRUMENT_AIMS_AT = norm_re(
    r"(?<!\w)(?:عبوة|عبوات|لغم|ألغام|مفخخة|مفخخات|مسيرة|مسيرات|طائرة|طائرات|صاروخ|صواريخ|قذيفة"
    r"|قذائف|غارة|غارات|ضربة|ضربات|انفجار|تفجير|هجوم|كمين)(?:\s+\S+){0,2}?\s+"
    r"(?:تستهدف|يستهدف|استهدفت|استهدف)\s+$"
)


def aimed_at(a: ActorMention, text: str) -> ActorMention:
    """An unmarked side right after a weapon's targeting verb is its target."""
    if a.role is None and INSTRUMENT_AIMS_AT.search(text, max(0, a.start - 45), a.start):
        return ActorMention(a.start, a.end, a.actor_id, a.via, "target", a.evidence + "|aimed_at")
    return a


def assign_roles(
    action: str,
    found: list[ActorMention],
    text: str,
    role_flip: bool,
    actors: dict[str, Actor],
    cue_start: int = 0,
) -> RoleAssignment:
    """Choose actor1, actor2 and assoc_actor1 from the role-tagged mentions of one event."""
    family = {k: a.family for k, a in actors.items()}
    holders = [a for a in found if a.role == "controller" and a.actor_id != "civilians"]
    found = [
        aimed_at(checkpoint_role(possessive_role(a, cue_start), action), text)
        for a in found
        if a.role != "controller"
        and not in_relative_clause(text, a, cue_start)
        and not SOURCE_SEAT.search(text, max(0, a.start - 60), a.start)
        and not (a.via in ("owner", "pronoun") and told_as_reference(text, cue_start, a.start))
    ]  # أغارت طائرات على كفرنبل رداً على القصف التركي: the platform of the act referred to
    if action not in REMOTE_ACTIONS:  # a platform's owner acts only in a strike
        found = [a for a in found if a.via not in ("owner", "pronoun")]
    if action not in HELD_TARGET_ACTIONS:  # استعادت القوات مواقعها: its own, not a target
        found = [a for a in found if a.via != "held"]
    if action in ("clash", "capture", "withdrawal"):  # civilians are victims, not a side
        found = [a for a in found if a.actor_id != "civilians"]
    if action in ("arrest", "abduction"):  # داهمت قوة أمنية منزلا واعتقلت مطلوبا: the house
        found = [  # raided is where the arrest happened; it names no one taken (session 16)
            a for a in found if not (a.via == "civilian" and HOUSE.match(text[a.start : a.end]))
        ]
    groups = {
        r: [a for a in found if a.role == r]
        for r in ("agent", "perpetrator", "target", "victim", "with", "between", "from")
    }
    if (
        action not in ("clash",)
        and not groups["agent"]
        and not any(a.role is None and a.start < cue_start for a in found)
    ):  # قطعات الفرقة التاسعة في الجيش العراقي دخلت: members of a side named before the verb act
        before = [
            a
            for a in groups["from"]
            if a.start < cue_start or unit_after_verb(text, cue_start, a, found)
        ]
        groups["from"] = [a for a in groups["from"] if a not in before]
        found = [
            ActorMention(a.start, a.end, a.actor_id, a.via, None, a.evidence + "|members")
            if a in before
            else a
            for a in found
        ]
    support = [a for a in groups["with"] if SUPPORT_MARKER in a.evidence]
    groups["with"] = [a for a in groups["with"] if a not in support]
    unmarked = [a for a in found if a.role is None]
    if action == "withdrawal":
        batch = batch_withdrawer(found, text, cue_start)
        if batch is not None:  # بعد خروج آخر دفعة من المسلحين: the batch's men withdraw
            return RoleAssignment(batch.actor_id, "", (), "counted_withdrawer", ev([batch]))
        unmarked = withdrawer_first(unmarked, text, cue_start)
        counted = counted_withdrawer(found, text, cue_start)
        if counted is not None:  # فر عدد كبير من عناصر التنظيم: they withdraw
            return RoleAssignment(counted.actor_id, "", (), "counted_withdrawer", ev([counted]))
        counted = counted_subject(found, text, cue_start)
        if counted is not None and not groups["agent"] and not unmarked:
            # مئات المسلحين انسحبوا، المئات من عناصر قوات الأسد فروا: the counted men withdraw
            return RoleAssignment(counted.actor_id, "", (), "counted_withdrawer", ev([counted]))
    between = clash_sides(groups["between"], found, text)
    if between and action == "clash" and attacker_told(between[1], between, found, text):
        between = [between[1], between[0]]  # الاشتباكات بين قسد والتنظيم منذ أن شن التنظيم هجوماً
    if between and action in ("clash", "capture"):
        sides = (between[0].actor_id, between[1].actor_id)
        backers = tuple(x for x in dict.fromkeys(a.actor_id for a in support) if x not in sides)
        return RoleAssignment(*sides, backers, "between", ev(between))
    if action == "clash" and groups["between"] and not agents_or_unmarked(found):
        # بين كتائب المعارضة ومقاتلي فصيل لا نعرفه: the one side named is named first (§4)
        return RoleAssignment(
            groups["between"][0].actor_id, "", (), "between_one", ev(groups["between"][:1])
        )
    agents = groups["agent"] + (groups["perpetrator"] if action != "protest" else [])
    if action == "protest":
        return protest_roles(found, groups, actors, cue_start, text)
    if role_flip:
        loser = (unmarked + groups["target"])[:1]
        winner = [a for a in agents + unmarked if not loser or a.actor_id != loser[0].actor_id][:1]
        return RoleAssignment(ids(winner), ids(loser), (), "lost_control", ev(loser + winner))
    if agents and agents[0].via == "owner":
        # قصفت قوات النظام والطيران الروسي: the side named first leads the aircraft joined to it
        lead = [a for a in unmarked if a.end <= agents[0].start and coordinated(text, a, agents[0])]
        if lead:
            agents = lead[-1:] + agents
            unmarked = [a for a in unmarked if a is not lead[-1]]
    a1 = (agents or unmarked)[:1]
    rule = "agent_marker" if agents else ("subject" if unmarked else "")
    a1_id = ids(a1)
    partners = [a for a in unmarked if a1 and coordinated(text, a1[0], a)]
    if action == "clash":  # either side may be named first
        objects = [a for a in unmarked if a not in a1 and a not in partners]
    else:
        objects = [a for a in unmarked if a.start > cue_start and a not in a1 + partners]
        turn = NEXT_CLAUSE.search(text, cue_start)
        if turn is not None:  # حررت … قريتين، فيما تمكنت قوات الحشد: another clause's subject
            objects = [a for a in objects if a.start < turn.start()]
    if action in DETENTIONS:  # the captives are named after the verb (a house struck before is not)
        groups["victim"] = [a for a in groups["victim"] if a.start > cue_start]
    a2 = pick_actor2(action, a1_id, groups, objects, family)
    if action == "withdrawal":
        a2 = []  # the side that withdraws is the one losing the place; the taker's is a capture
    if action == "clash" and a1_id and not a2:
        # هجوم على بلدة مورك الخاضعة لسيطرة قوات النظام، محاولة التقدم نحو البلدة الخاضعة
        # لسيطرة الفصائل: the side holding the place fought over is the opponent (codebook §4)
        a2 = [a for a in holders if family.get(a.actor_id, a.actor_id) != family.get(a1_id, a1_id)][
            :1
        ]
    if (
        not a1_id
        and action == "clash"
        and (
            len({family.get(a.actor_id, a.actor_id) for a in groups["victim"]}) >= 2
            or (groups["victim"] and groups["with"] and groups["victim"][0].start < cue_start)
        )
    ):  # قتل جنديان روسيان في اشتباكات مع داعش: the side that suffered is named first; not
        # two allies' dead (سبعة من عناصر قسد وقوى الأمن الداخلي قضوا في هجوم) (session 16, hR5)
        a1 = groups["victim"][:1]
        a1_id = ids(a1)
        a2 = pick_actor2(action, a1_id, groups, unmarked[1:], family)
        rule = "clash_victims"
    assoc = associates(action, a1, agents, groups["with"], unmarked, text, family, ids(a2))
    assoc += tuple(
        x for x in dict.fromkeys(a.actor_id for a in support) if x not in (a1_id, ids(a2), *assoc)
    )  # بإسناد من مدفعية الجيش التركي: a partner, in a clash too
    return RoleAssignment(a1_id, ids(a2), assoc if a1_id else (), rule, ev(a1 + a2))


PARTITIVE_SUBJECT = norm_re(
    r"\s+(?:\d+|[٠-٩]+|عدد|العشرات|عشرات|المئات|مئات|المءات|مءات|الالاف|الاف|بعض|معظم|اغلب|غالبيه|بقايا|فلول|مجموعه"
    r"|مجموعات|(?:ما|من)\s+(?:تبقي|بقي)|اخر|اول)(?:\s+(?:كبير|قليل|محدود|اخر|كبيره))?\s+(?:من\s+)?(?:(?:ال)?(?:عناصر|مقاتلي|مسلحي"
    r"|افراد|قوات|قيادات|قاده)\s+)?(?:من\s+)?$"
)


def counted_withdrawer(found: list[ActorMention], text: str, cue_start: int) -> ActorMention | None:
    """The side told by a count right after a flight or withdrawal verb (فر عدد كبير من عناصر
    التنظيم؛ انسحب العشرات من مقاتلي الفصائل): the count's members withdraw, whoever was
    named before the verb."""
    return side_after_cue(found, text, cue_start, PARTITIVE_SUBJECT)


def side_after_cue(
    found: list[ActorMention], text: str, cue_start: int, gap: re.Pattern
) -> ActorMention | None:
    """The first non-civilian side after the cue word when the words between match `gap`."""
    cue = CUE_WORD.match(text, cue_start)
    cue_end = cue.end() if cue else cue_start
    for a in sorted(found, key=lambda a: a.start):
        if a.start < cue_end or a.actor_id == "civilians":
            continue
        return a if gap.fullmatch(text, cue_end, a.start) else None
    return None


def counted_subject(found: list[ActorMention], text: str, cue_start: int) -> ActorMention | None:
    """Counted members of a side right before the verb (مئات المسلحين انسحبوا): its subject."""
    before = [a for a in found if a.end <= cue_start and a.role == "victim"]
    if not before or before[-1].actor_id == "civilians":
        return None
    last = before[-1]
    gap = text[last.end : cue_start]
    return (
        last if words_between(text, last.end, cue_start) == 0 and not gap.strip(" \"'«»") else None
    )


BATCH_OF = re.compile(
    r"\s+(?:اخر\s+|اول\s+|ثاني\s+|ثالث\s+)?(?:دفعه|الدفعه|دفعات|قافله|حافلات)"
    r"(?:\s+(?:الاولي|الاخيره|الثانيه|الثالثه|الرابعه))?\s+من\s+"
    r"(?:(?:ال)?(?:عناصر|مقاتلي|مسلحي)\s+)?"
)  # بعد خروج آخر دفعة من المسلحين، خرجت أول دفعة من مقاتلي فيلق الرحمن: the batch's men withdraw


# a convoy or buses carrying counted men right after a leaving verb (غادرت قافلة تقل مئات
# المقاتلين مدينة حرستا؛ خرجت الحافلات التي تقل مقاتلي المعارضة): the men carried withdraw
CARRIED_IN = norm_re(
    r"\s+(?:ال)?(?:قافله|قوافل|حافله|حافلات|باصات)\s+(?:التي\s+)?(?:تقل|تحمل|تنقل|تضم)"
    r"(?:\s+(?:نحو|قرابه|حوالي|زهاء|اكثر\s+من|\d+|[٠-٩]+|(?:ال)?مءات|عشرات|الاف|مءه|الف))*"
    r"(?:\s+من)?\s+"
)


def batch_withdrawer(found: list[ActorMention], text: str, cue_start: int) -> ActorMention | None:
    """The side told as a batch right after a leaving noun (خروج آخر دفعة من المسلحين) or
    carried by a convoy right after a leaving verb (غادرت قافلة تقل مئات المقاتلين)."""
    return side_after_cue(found, text, cue_start, BATCH_OF) or side_after_cue(
        found, text, cue_start, CARRIED_IN
    )


def withdrawer_first(unmarked: list[ActorMention], text: str, cue_start: int) -> list[ActorMention]:
    """The side right after a withdrawal verb or noun withdraws, whoever is named before it.

    قوات النظام تسيطر على البلدة بعد انسحاب الفصائل، في حين انسحب مقاتلو الجبهة: the
    factions withdraw; the side named in the clause before took the town.
    """
    cue = CUE_WORD.match(text, cue_start)
    cue_end = cue.end() if cue else cue_start
    after = [
        a
        for a in unmarked
        if a.start >= cue_end
        and words_between(text, cue_end, a.start) <= 1
        and not re.search(r"[،,.:؛;]", text[cue_end : a.start])
    ]
    if not after:
        return unmarked
    return after[:1] + [a for a in unmarked if a is not after[0]]


def unit_after_verb(text: str, cue_start: int, a: ActorMention, found: list[ActorMention]) -> bool:
    """حررت قطعات الفرقة التاسعة من الجيش العراقي قريتين: a unit of a side right after the
    verb, with no side named between, is its subject, not the side that lost the place."""
    cue = CUE_WORD.match(text, cue_start)
    if cue is None or a.start <= cue.end():
        return False
    gap = text[cue.end() : a.start]
    return bool(UNIT_OF.fullmatch(gap.strip())) and not any(
        cue.end() <= b.start < a.start for b in found
    )


def in_relative_clause(text: str, a: ActorMention, cue_start: int) -> bool:
    """True for the subject of a relative clause on a noun other than the event's cue.

    وطهرت القرى … من الألغام التي زرعها التنظيم: التنظيم planted mines, it is no side of the
    capture; الغارات التي شنها الطيران الروسي (on the cue noun) and المناطق التي سيطر عليها
    التنظيم (the cue inside the clause) keep their subject; a clause whose verb carries no
    pronoun back to the noun (القاعدة التي تضم قوات أمريكية) names its object, not a subject, and so does a clause before the
    cue (للعمليات التي تنفذها قواتنا … نفذت طائرات: often a preamble on the same side).
    """
    if a.actor_id == "civilians":
        return False
    rel = RELATIVE_CLAUSE.search(text, max(0, a.start - 40), a.start)
    if rel is None or RUN_BY.search(rel.group()):
        return False  # سجن غويران الذي تديره قسد: the side that runs the site struck
    if rel.start() < cue_start:
        return False  # the event's own verb in the clause, or a clause on its subject
    cue = CUE_WORD.match(text, cue_start)
    cue_end = cue.end() if cue else cue_start
    return words_between(text, cue_end, rel.start()) > 2  # not a clause on the event noun


CHECKPOINT_MEN_ACT = ("abduction", "arrest", "attack")


def checkpoint_role(a: ActorMention, action: str) -> ActorMention:
    """برصاص حاجز لـ X، اختطاف على حاجز لـ X: the checkpoint's men shoot, abduct and arrest;
    a checkpoint struck, shelled, bombed or stormed (غارة على حاجز لـ X) is the target."""
    if "perpetrator.checkpoint" not in a.evidence or action in CHECKPOINT_MEN_ACT:
        return a
    return ActorMention(a.start, a.end, a.actor_id, a.via, "target", a.evidence)


def agents_or_unmarked(found: list[ActorMention]) -> bool:
    """True when some side acts or is named without a marker (not only after بين)."""
    return any(a.role in (None, "agent", "perpetrator", "with") for a in found)


def possessive_role(a: ActorMention, cue_start: int) -> ActorMention:
    """X تابعة لـ Y: Y is acted upon when named after the cue, acts when named before it."""
    if a.role != "possessive":
        return a
    role = "target" if a.start > cue_start else None
    return ActorMention(a.start, a.end, a.actor_id, a.via, role, a.evidence)


# the subject of an attack verb (منذ أن شنّ التنظيم هجوماً على مواقعها؛ بعد أن هاجمت قوات النظام
# مواقعها؛ إثر هجوم شنه التنظيم على نقطة): the side said to attack in a clash between two sides (codebook §4) (session 16, hR5)
ATTACK_SUBJECT_BEFORE = norm_re(
    r"(?<!\w)(?:[وف]?(?:شن|شنت|شنوا|هاجم|هاجمت|هاجموا|يشن|تشن|يهاجم|تهاجم)"
    r"|(?:هجوم|هجوما|هجمات)\s+(?:شنه|شنها|شنته|نفذه|نفذها|نفذته))\s+$"
)


def attacker_told(
    side: ActorMention, between: list[ActorMention], found: list[ActorMention], text: str
) -> bool:
    """True when the second side of «بين X و Y» is also told as the subject of an attack verb
    in the event's sentence and the first is not: Y is the attacker, actor1 (codebook §4)."""

    def attacks(actor_id: str) -> bool:
        return any(
            o.actor_id == actor_id
            and o not in between
            and ATTACK_SUBJECT_BEFORE.search(text, max(0, o.start - 16), o.start) is not None
            for o in found
        )

    return attacks(side.actor_id) and not attacks(between[0].actor_id)


def clash_sides(
    betweens: list[ActorMention], found: list[ActorMention], text: str
) -> list[ActorMention]:
    """The two sides of "بين X و Y" (or "بين X … من طرف، وY … من طرف آخر")."""
    betweens = [b for b in betweens if SUPPORT_MARKER not in b.evidence]
    if not betweens:
        return []
    first = betweens[0]
    stop = SENTENCE_END.search(text, first.end, first.end + 300)  # the next sentence's من طرف آخر
    limit = stop.start() if stop else first.end + 300  # is another pair of sides
    later = [
        o
        for o in found
        if o.start > first.end
        and o.actor_id != first.actor_id
        and SUPPORT_MARKER not in o.evidence  # بين القوات، تساندها قوات الصحوة، و…: a partner
    ]
    if OTHER_SIDE.search(text, first.end, limit):
        # بين X مدعمة ب Z … من جهة، وY … من جهة أخرى: the side told "on the other side" is Y
        second = next((o for o in later if o.end < limit and OTHER_SIDE.match(text, o.end)), None)
        if second is not None:
            return [first, second]
    partners = [o for o in found if SUPPORT_MARKER in o.evidence]
    for other in later:
        anchor = max([first.end] + [p.end for p in partners if first.end < p.start < other.start])
        if words_between(text, anchor, other.start) <= 4 and not (
            OTHER_SIDE.search(text, first.end, limit) and coordinated(text, first, other)
        ):
            return [first, other]
    for other in later:  # بين X … من طرف، وY من طرف آخر
        if OTHER_SIDE.match(text, other.end):
            return [first, other]
    return []


def pick_actor2(
    action: str,
    a1: str,
    groups: dict[str, list[ActorMention]],
    unmarked: list[ActorMention],
    family: dict[str, str],
) -> list[ActorMention]:
    """The side acted upon: a target, a victim, an opponent, or the second side named."""

    def other(items: list[ActorMention]) -> list[ActorMention]:
        """Mentions of a side other than actor1's."""
        return [
            a for a in items if a.actor_id != a1 and family.get(a.actor_id) != family.get(a1, "?")
        ]

    targets = other(groups["target"])
    if action in ("airstrike", "shelling", "bombing") and len(targets) > 1:
        # قاعدة عين الأسد التي تضم قوات من الجيش العراقي ومستشارين أمريكيين: of the forces a
        # base hosts, the rockets aim at the US or coalition ones (session 18, hB7)
        hosted = [a for a in targets if HOSTED_MARKER in a.evidence or "|coordinated" in a.evidence]
        foreign = [a for a in hosted if family.get(a.actor_id) == "coalition"]
        if foreign and HOSTED_MARKER in targets[0].evidence and len(hosted) == len(targets):
            targets = foreign + [a for a in targets if a not in foreign]
    order: list[list[ActorMention]] = [targets]
    if action == "clash":
        order += [
            other(groups["with"]),
            other(groups["victim"]),
            other(unmarked),
            other(groups["from"]),
        ]
    elif action in ("capture", "withdrawal"):
        order += [other(groups["from"]), other(unmarked)]
    elif action in DETENTIONS:  # اعتقلت قيادياً في التنظيم: the group its captives belong to
        order += [other(groups["victim"]), other(unmarked)]
    else:
        order += [other(groups["victim"]), other(unmarked)]
    civilians = [a for a in groups["victim"] if a.actor_id == "civilians"]
    armed_targets = [a for a in other(groups["target"]) if a.actor_id != "civilians"]
    if civilians and action in ("attack", "abduction"):
        return civilians[:1]  # violence against civilians: the civilians are the target
    if civilians and not armed_targets and action in ("airstrike", "shelling", "bombing"):
        victims = sorted(other(groups["victim"]), key=lambda a: a.start)
        return victims[:1]  # the group named first: 4 من مقاتلي X و7 مدنيين → X
    for items in order:
        if items:
            return items[:1]
    return []


DEAL_PARTNER = re.compile(
    r"(?:اتفاق|الاتفاق|اتفاقيه|تسويه|هدنه|صفقه|تفاهم|مفاوضات|مصالحه)(?:\s+\S+){0,2}?\s+(?:مع|بين)\s*$"
)  # بموجب اتفاق مع النظام: the other party of a deal, never a partner of the side that acts


def associates(
    action: str,
    a1: list[ActorMention],
    agents: list[ActorMention],
    withs: list[ActorMention],
    unmarked: list[ActorMention],
    text: str,
    family: dict[str, str],
    a2: str,
) -> tuple[str, ...]:
    """Other participants on actor1's side: further agents, partners, names joined by و."""
    if not a1:
        return ()
    first = a1[0]
    out: list[str] = []
    for a in agents[1:]:
        out.append(a.actor_id)
    if action != "clash":
        out += [
            a.actor_id
            for a in withs
            if abs(a.start - first.end) < 60
            and not DEAL_PARTNER.search(text, max(0, a.start - 40), a.start)
        ]
    out += [a.actor_id for a in unmarked if coordinated(text, first, a)]
    seen = [first.actor_id, a2]
    return tuple(x for x in dict.fromkeys(out) if x not in seen)


def coordinated(text: str, first: ActorMention, other: ActorMention) -> bool:
    """True for a name joined by و right after another (X وY، «X» و«Y»، X وفصائل Y): the same side."""
    if other.start <= first.end:
        return False
    return bool(AND_MEMBERS.fullmatch(_JOINER.sub("", text[first.end : other.start])))


def protest_roles(
    found: list[ActorMention],
    groups: dict[str, list[ActorMention]],
    actors: dict[str, Actor],
    cue_start: int = 0,
    text: str = "",
) -> RoleAssignment:
    """Protesters act; actor2 is the armed side named as facing them, else no one.

    That side is marked as the perpetrator (بأيدي قوات الأمن) or is the subject of the clause
    that tells the protest (فرّقت قوات الأمن المظاهرة): an actor named after the cue without
    such a marker is what the protesters demand or denounce (مظاهرات تطالب قسد بـ…).
    """
    a1 = "protesters" if "protesters" in actors else ""
    subjects = [
        a
        for a in found
        if a.role in (None, "agent", "from", "victim")
        and a.start < cue_start
        and not a_people(text, a)
        and not PROTEST_GOER_BEFORE.search(text, max(0, a.start - 40), a.start)
    ]
    dispersed = bool(DISPERSAL_OPENS.match(text, cue_start))  # فرقت قوات الأمن المحتجين
    forcing = [  # … قبل أن تتدخل القوات الأمنية لتفريقهم: the side that used force on them
        a
        for a in found
        if a.start > cue_start
        and a.role in (None, "from")
        and (
            (
                (dispersed or FORCE_AFTER.match(text, a.end))
                and FORCE_VERB.search(text, max(0, a.start - 40), a.start)
            )
            or FORCE_ON_THEM.search(text, max(0, a.start - 40), a.start)
        )
    ]
    # تعرضت لإطلاق نار من قبل قوات الأمن: the force told as a noun after the protest, its side
    # marked as the agent (من قبل، على يد) — an agent with no force word is an organiser
    forced_by = [
        a
        for a in groups["agent"]
        if a.start > cue_start
        and FORCE_NOUN_BEFORE.search(text, max(cue_start, a.start - 50), a.start)
    ]
    # مواجهات مع قوات الأمن، اشتبك متظاهرون مع عناصر الفصيل: the side they confronted
    confronted = groups.get("with", []) + groups.get("between", [])
    assailed = [  # ورشقوا القوات الأمنية بالحجارة: the side the protesters turned on
        a for a in found if a.start > cue_start and ASSAILED_BEFORE.search(text, 0, a.start)
    ]
    facing = [
        a
        for a in groups["perpetrator"] + subjects + forcing + forced_by + confronted + assailed
        if actors.get(a.actor_id)
        and actors[a.actor_id].type in ARMED_TYPES
        and not FRIDAY_NAME_BEFORE.search(text, max(0, a.start - 40), a.start)
    ]
    return RoleAssignment(a1, ids(facing[:1]), (), "protest", ev(facing[:1]))


# a side named in a protest Friday's name (في جمعة «الجيش الحر يحميني» خرجت مظاهرات؛ في "جمعة
# أحرار الجيش"؛ جمعة دعم الجيش الحر): the cause the crowd hails, not a force facing it
FRIDAY_NAME_BEFORE = norm_re(r"(?<!\w)[\"«“]?جمعه\s*[\"«“]?(?:\s*[^\s.،,؛:\"»”]+){0,3}?\s*$")


PEOPLE_WORDS = frozenset({"الاكراد", "الكرد", "اكراد", "كرد"})

# the subject of the verb that takes the crowd out (خرج ثوار في حمص بمظاهرة؛ تظاهر مقاتلون من
# الجيش الحر؛ احتشد المئات من أنصار الفصائل): the side named is the crowd, never the one facing it
PROTEST_GOER_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:خرج|خرجت|خرجوا|يخرج|تخرج|تظاهر|تظاهرت|تظاهروا|يتظاهر|احتشد|احتشدت"
    r"|اعتصم|اعتصمت|تجمع|تجمعت|نظم|نظمت|شارك|شاركت|يشارك)"
    r"\s+(?:(?:\d+|[٠-٩]+|العشرات|عشرات|المءات|مءات|الالاف|الاف|الاف|الآلاف|آلاف|من|اليوم|امس"
    r"|انصار|مناصري|مناصرو|مؤيدي|مؤيدو|اتباع)\s+){0,3}$"
)


def a_people(text: str, a: ActorMention) -> bool:
    """True for a people named bare (خرج آلاف الأكراد في تظاهرات): before a protest they are the
    crowd that protests, not an armed side facing it (the Kurdish forces are named as forces)."""
    word = normalize_key(text[a.start : a.end]) if text else ""
    return a.via == "anaphor" and any(
        word == w or (word.endswith(w) and len(word) - len(w) <= 2) for w in PEOPLE_WORDS
    )


def ids(items: list[ActorMention]) -> str:
    """The actor id of the first mention, or ''."""
    return items[0].actor_id if items else ""


def ev(items: list[ActorMention]) -> tuple[str, ...]:
    """Provenance strings for mentions."""
    return tuple(f"{a.actor_id}<-{a.via}:{a.evidence}:{a.role or 'unmarked'}" for a in items)


# an organisation's branch in a country, while the branch's name was in use: Iraqi and wire
# reporting of 2004-2013 calls al-Qaeda in Iraq (ISIS's predecessor) bare تنظيم القاعدة
LOCAL_BRANCH = {("al_qaeda", "Iraq"): "al_qaeda_in_iraq"}


def valid_actor(
    actor_id: str, day: dt.date | None, actors: dict[str, Actor], country: str | None = None
) -> str:
    """The actor id valid on `day`: a same-family actor whose name was in use then, if the named
    one was not; the organisation's branch in the event's country (LOCAL_BRANCH) when it has one."""
    branch = actors.get(LOCAL_BRANCH.get((actor_id, country or ""), ""))
    if branch is not None and branch.valid_on(day):
        return branch.id
    actor = actors.get(actor_id)
    if actor is None or day is None or actor.valid_on(day):
        return actor_id
    same = [
        a.id
        for a in actors.values()
        if a.family == actor.family and a.id != actor_id and a.valid_on(day)
    ]
    return same[0] if len(same) == 1 else actor_id
