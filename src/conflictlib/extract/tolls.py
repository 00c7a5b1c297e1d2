"""Cumulative casualty tolls (codebook section 8): figures over a period, one row per group.

A *toll* is a running or campaign count ("1,013 killed in Kobani since 16 September, 609
of them ISIS fighters ..."), not one event. Its cues are data (``lexicons/data/tolls.yaml``,
kind ``tolls``):

* a sentence with a toll cue (حصيلة، ارتفع عدد، إجمالي، منذ بدء، حتى الآن ...) or a
  "since <date>" and a casualty figure opens a toll; a figure whose role is marked
  ``undated_total`` (captured) told with no date and no place is a campaign total too;
* the next sentences that refer back to it (في هذه المعارك، أغلبهم، بينهم at their start)
  add figures; a new toll sentence right after it with the same reporter and place restates
  it (the most precise figure of a group wins: 1013 over "more than a thousand");
* each figure gets a role (killed / injured / captured) from the nearest role cue, and a
  group: a group phrase next to it (مدنيا -> civilians, مقاتلا مواليا لها ->
  <actor>_allied_fighters), else the actor named after it (up to a comma or a breakdown cue),
  else the actor named between the toll cue and it, else its counted noun (شخصا -> total).

The event extractor calls :func:`is_toll_sentence` to leave cumulative figures out of events,
and :func:`find_tolls` per document; build the compiled lexicon once with
:func:`toll_lexicon_for` and pass it in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictlib.errors import LexiconError
from conflictlib.extract.local_fighters import LOCAL_FIGHTERS, fighting_sons
from conflictlib.lexicons.base import DATA_DIR, Field, LexiconFile, load_validated
from conflictlib.lexicons.matcher import AliasMatcher, Match
from conflictlib.normalize import norm_re, normalize_key
from conflictlib.segment import header_end

if TYPE_CHECKING:
    from conflictlib.dates import DateLexicon, DateMatch
    from conflictlib.lexicons.gazetteer import Place
    from conflictlib.lexicons.loader import Lexicons
    from conflictlib.numbers import NumberLexicon, NumberMatch
    from conflictlib.text import PreparedText

TOLL_CLASSES: tuple[str, ...] = (
    "running",
    "aggregate",
    "period_start",
    "period_end",
    "link",
    "breakdown",
    "backref",
    "event_ref",
    "cause",
    "event_noun",
    "attribution",
    "introducer",
    "role",
    "group",
    "person",
    "unit",
    "reporter",
)
ROLES: tuple[str, ...] = ("killed", "injured", "captured", "mixed", "displaced")
ANCHORS: tuple[str, ...] = ("year_start", "month_start", "publication")

TOLL_SCHEMA: dict[str, Field] = {
    "id": Field((str,), required=True),
    "class": Field((str,), required=True, choices=TOLL_CLASSES),
    "aliases": Field((list,), required=True, item_types=(str,)),
    "role": Field((str,), choices=ROLES),
    "group": Field((str,)),
    "template": Field((str,)),
    "anchor": Field((str,), choices=ANCHORS),
    "reporter": Field((str,)),
    "undated_total": Field((bool,)),
    "anaphor": Field((str,)),
    "notes": Field((str,)),
}
"""Schema of one entry of a ``kind: tolls`` lexicon file (also used by the aggregate loader)."""

DEFAULT_TOLL_PATH = DATA_DIR / "tolls.yaml"

# Which matcher each class goes to (an alias must be unique inside one matcher).
MATCHER_OF_CLASS: Mapping[str, str] = {
    **dict.fromkeys(
        (
            "running",
            "aggregate",
            "period_start",
            "period_end",
            "link",
            "breakdown",
            "backref",
            "event_ref",
            "cause",
            "event_noun",
            "attribution",
            "introducer",
        ),
        "cues",
    ),
    "role": "roles",
    "group": "groups",
    "person": "groups",
    "unit": "units",
    "reporter": "reporters",
}
REQUIRED_FIELD_OF_CLASS: Mapping[str, str] = {
    "role": "role",
    "person": "group",
    "reporter": "reporter",
}
TOLL_CUE_CLASSES = ("running", "aggregate", "period_start", "period_end")
SCOPE_CUE_CLASSES = ("running", "aggregate", "link", "breakdown")
PERIOD_END_WORDS = frozenset({"حتي", "وحتي", "لغايه", "ولغايه", "الي", "وصولا", "و"})
_WORD = re.compile(r"\w+")
MAX_ROLE_WORDS_AFTER = 8  # a role cue this many words after a figure still describes it
MAX_REPORTER_WORDS = 4  # words allowed between an attribution verb and the reporter
NATIONAL_COUNT = "aggregate_country"  # a count over a whole country, told for one day
MAX_SINCE_DAYS = 2  # "منذ <date>" opens a period only for dates older than this
DURING_OPENER = "period_during"  # the opener entry whose month or year covers the whole of it
SAME_AS_PREVIOUS = "<previous>"  # group of counted nouns meaning "others of the same group"
OWN_SIDE = "own_side"  # anaphor of counted nouns meaning "our fighters" (مقاتلينا)
THAT = re.compile(r"(?<!\w)[وف]?ان(?!\w)")  # أن / إن (normalised to ان), with و/ف
MAX_TITLE_CHARS = 150  # how far a speaker's title ("، نائب قائد ... في التحالف") may reach
TITLE_END = re.compile(r"(?<!\w)(?:ان|قال|قالت|اكد|اكدت)(?!\w)|[,.:\"]")
HEADLINE_MARGIN = 0.1  # a headline's rounded figure may differ this much from the body's
PRESENCE_ANCHOR = dt.date(2000, 1, 1)  # resolves dates only to know one is there, never output


@dataclass
class Toll:
    """One row of the tolls table: one group of one cumulative toll (schema.TOLL_COLUMNS)."""

    doc_id: str
    toll_id: str
    reporter: str
    location: str
    period_start: str
    period_end: str
    group: str
    killed: int | None
    injured: int | None
    captured: int | None
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class TollEntry:
    """One validated entry of the toll lexicon."""

    id: str
    cls: str
    role: str | None = None
    group: str | None = None
    template: str | None = None
    anchor: str | None = None
    reporter: str | None = None
    undated_total: bool = False
    anaphor: str | None = None  # a pejorative counted noun (1800 إرهابي): the side it names


@dataclass(frozen=True)
class TollLexicon:
    """The toll cues compiled into matchers, plus the reporters and anaphors to use with them."""

    entries: Mapping[str, TollEntry]
    cues: AliasMatcher
    roles: AliasMatcher
    groups: AliasMatcher
    units: AliasMatcher
    reporters: AliasMatcher  # reporters.yaml (when loaded with Lexicons) + the toll file's list
    reporter_anaphors: frozenset[str] = frozenset()  # reporter ids meaning "the last named"
    reporter_sides: Mapping[str, str] = field(default_factory=dict)  # reporter id -> its side
    anaphors: AliasMatcher | None = None  # co-reference words (التنظيم) -> anaphor id
    anaphor_candidates: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: NumberLexicon | None = None  # for conflictlib.numbers.find_numbers
    dates: DateLexicon | None = None  # for conflictlib.dates.find_dates
    lexicons: Lexicons | None = field(default=None, repr=False, compare=False)  # actors, places
    source: str = ""

    def entry(self, match: Match) -> TollEntry:
        """The lexicon entry a cue/role/group/unit match came from."""
        return self.entries[match.entry_id]

    def cls(self, match: Match) -> str:
        """The class of the entry a match came from."""
        return self.entries[match.entry_id].cls


# ------------------------------------------------------------------------ loading


def read_toll_entries(lex: LexiconFile) -> tuple[dict[str, TollEntry], dict[str, dict[str, str]]]:
    """Turn validated raw entries into TollEntry objects and alias tables; raise on clashes."""
    entries: dict[str, TollEntry] = {}
    tables: dict[str, dict[str, str]] = {name: {} for name in set(MATCHER_OF_CLASS.values())}
    problems: list[str] = []
    for raw, line in zip(lex.entries, lex.lines or [0] * len(lex.entries), strict=False):
        entry = TollEntry(
            id=raw["id"],
            cls=raw["class"],
            role=raw.get("role"),
            group=raw.get("group"),
            template=raw.get("template"),
            anchor=raw.get("anchor"),
            reporter=raw.get("reporter"),
            undated_total=bool(raw.get("undated_total", False)),
            anaphor=raw.get("anaphor"),
        )
        where = f"{lex.path}:{line} (id={entry.id!r})"
        problems += check_entry(entry, where)
        entries[entry.id] = entry
        table = tables[MATCHER_OF_CLASS[entry.cls]]
        for alias in raw["aliases"]:
            key = normalize_key(alias)
            other = table.get(key)
            if other is not None and other != entry.id:
                problems.append(f"{where}: alias {alias!r} is already an alias of {other!r}")
            table[key] = entry.id
    if problems:
        raise LexiconError(problems)
    return entries, tables


def check_entry(entry: TollEntry, where: str) -> list[str]:
    """The problems of one entry whose fields do not fit its class."""
    problems = []
    needed = REQUIRED_FIELD_OF_CLASS.get(entry.cls)
    if needed is not None and not getattr(entry, needed):
        problems.append(f"{where}: a {entry.cls} entry needs the field {needed!r}")
    if entry.cls == "group" and not (entry.group or entry.template):
        problems.append(f"{where}: a group entry needs 'group' or 'template'")
    if entry.template is not None and "{actor}" not in entry.template:
        problems.append(f"{where}: template {entry.template!r} lacks '{{actor}}'")
    if entry.undated_total and entry.cls != "role":
        problems.append(f"{where}: 'undated_total' only applies to role entries")
    return problems


def build_toll_lexicon(lex: LexiconFile, lexicons: Lexicons | None = None) -> TollLexicon:
    """Compile a validated ``kind: tolls`` file; use the reporters/anaphors of ``lexicons`` if given."""
    from conflictlib.dates import load_date_lexicon
    from conflictlib.numbers import load_number_lexicon

    numbers = load_number_lexicon()
    entries, tables = read_toll_entries(lex)
    extra = getattr(lexicons, "extra", None) or {}
    reporters, reporter_anaphors = reporter_table(
        extra.get("reporters"), entries, tables["reporters"]
    )
    anaphors = getattr(lexicons, "anaphors", None) or {}
    return TollLexicon(
        entries=entries,
        cues=AliasMatcher("toll_cue", tables["cues"]),
        roles=AliasMatcher("toll_role", tables["roles"]),
        groups=AliasMatcher("toll_group", tables["groups"]),
        units=AliasMatcher("toll_unit", tables["units"]),
        reporters=AliasMatcher("reporter", reporters),
        reporter_anaphors=reporter_anaphors,
        reporter_sides=reporter_sides(extra.get("reporters")),
        anaphors=getattr(lexicons, "anaphor_matcher", None),
        anaphor_candidates={a.id: tuple(a.candidates) for a in anaphors.values()},
        numbers=numbers,
        dates=load_date_lexicon(numbers=numbers),
        lexicons=lexicons,
        source=str(lex.path),
    )


def reporter_table(
    reporters: LexiconFile | None, entries: Mapping[str, TollEntry], fallback: Mapping[str, str]
) -> tuple[dict[str, str], frozenset[str]]:
    """Alias -> reporter id: the reporters lexicon, plus the toll file's list for names it lacks."""
    table = {alias: entries[eid].reporter or eid for alias, eid in fallback.items()}
    if reporters is None:
        return table, frozenset()
    own = {normalize_key(a): e["id"] for e in reporters.entries for a in e.get("aliases", ())}
    anaphoric = frozenset(e["id"] for e in reporters.entries if e.get("anaphor"))
    return table | own, anaphoric


def reporter_sides(reporters: LexiconFile | None) -> dict[str, str]:
    """Reporter id -> the side it speaks for (sdf_media -> sdf), from the reporters lexicon."""
    if reporters is None:
        return {}
    return {e["id"]: str(e["actor"]) for e in reporters.entries if e.get("actor")}


def load_toll_lexicon(
    path: str | Path | None = None, lexicons: Lexicons | None = None
) -> TollLexicon:
    """Load and validate a toll lexicon file (the package's ``tolls.yaml`` by default)."""
    lex = load_validated(path or DEFAULT_TOLL_PATH, TOLL_SCHEMA, kind="tolls")
    return build_toll_lexicon(lex, lexicons)


def toll_lexicon_for(lexicons: Lexicons) -> TollLexicon:
    """The toll lexicon that goes with loaded Lexicons (its 'tolls' file, reporters, anaphors)."""
    extra = getattr(lexicons, "extra", None) or {}
    if "tolls" in extra:
        return build_toll_lexicon(extra["tolls"], lexicons)
    return load_toll_lexicon(lexicons=lexicons)


# ------------------------------------------------------------------------ what a sentence holds


@dataclass
class Mentions:
    """Every match in one text (a document, or one sentence), offsets in its normalised text."""

    cues: list[Match]
    roles: list[Match]
    groups: list[Match]
    units: list[Match]
    reporters: list[Match] = field(default_factory=list)
    actors: list[Match] = field(default_factory=list)
    places: list[Match] = field(default_factory=list)
    numbers: list[NumberMatch] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)
    noun_actors: list[Match] = field(default_factory=list)  # pejorative nouns -> their side

    def within(self, start: int, end: int) -> Mentions:
        """The mentions that lie inside [start, end)."""

        def inside(items: Iterable[Any]) -> list[Any]:
            return [m for m in items if start <= m.start and m.end <= end]

        return Mentions(**{name: inside(getattr(self, name)) for name in MENTION_FIELDS})


MENTION_FIELDS = (
    "cues",
    "roles",
    "groups",
    "units",
    "reporters",
    "actors",
    "places",
    "numbers",
    "dates",
    "noun_actors",
)


@dataclass
class SentenceView:
    """One sentence (headline or sentence segment) and the mentions inside it."""

    index: int
    start: int
    end: int
    found: Mentions
    kind: str = "sentence"  # headline | sentence

    def cues_of(self, lexicon: TollLexicon, *classes: str) -> list[Match]:
        """The cue matches of the given classes, in text order."""
        return [m for m in self.found.cues if lexicon.cls(m) in classes]


@dataclass(frozen=True)
class Figure:
    """A casualty figure of a toll: value, role and group (offsets in normalised text)."""

    start: int
    end: int
    value: int
    approx: str | None
    role: str
    group: str
    actor: str | None  # the actor id the group stands on (for <actor>_allied_fighters)
    segment: int
    group_rule: str = (
        "default"  # phrase | named_after | named_before | counted_noun | default | shared
    )
    cut: int | None = (
        None  # where the toll's part of the sentence starts (after an event's figures)
    )


def words_between(text: str, start: int, end: int) -> int:
    """Number of words in text[start:end] (0 when end <= start)."""
    return len(_WORD.findall(text, start, end)) if end > start else 0


def find_text_mentions(
    text: str, lexicon: TollLexicon, numbers: list[NumberMatch] | None = None
) -> Mentions:
    """The toll lexicon's matches and the numbers of a normalised text (no actors, places, dates)."""
    from conflictlib.numbers import find_numbers

    return Mentions(
        cues=[c for c in lexicon.cues.find(text) if not compares_since(text, c, lexicon)],
        roles=lexicon.roles.find(text),
        groups=lexicon.groups.find(text),
        units=lexicon.units.find(text),
        reporters=lexicon.reporters.find(text),
        numbers=list(numbers) if numbers is not None else find_numbers(text, lexicon.numbers),
    )


SUPERLATIVE = re.compile(
    r"(?<!\w)(?:(?:ال)?(?:اعنف|اشد|اكبر|اوسع|اقوي|اخطر|اسوا|اعلي)|الاكثر)(?!\w)"
)  # not bare اكثر: أكثر من 90 is a count
SUPERLATIVE_WORDS = 4  # الحملة الجوية الأعنف على المدينة منذ بدء الثورة


def compares_since(text: str, cue: Match, lexicon: TollLexicon) -> bool:
    """True for a period start that only dates a comparison (الحملة الأعنف على المدينة منذ بدء
    الثورة؛ أعنف المواجهات منذ انطلاق التظاهرات): "the fiercest since" counts nothing."""
    if lexicon.cls(cue) != "period_start":
        return False
    return after_superlative(text, cue.start)


def compares_since_word(text: str, start: int) -> bool:
    """True for a toll word منذ … at start that only dates a comparison (أعنف هجوم منذ انطلاق
    المعركة): it makes no toll of its sentence."""
    return text.startswith("منذ", start) and after_superlative(text, start)


def after_superlative(text: str, start: int) -> bool:
    """True when a superlative (أعنف، الأكبر …) stands in the few words before start."""
    words = text[max(0, start - 80) : start].split()[-SUPERLATIVE_WORDS:]
    return any(SUPERLATIVE.fullmatch(w) for w in words)


def is_toll_sentence(text: str, toll_lexicon: TollLexicon) -> bool:
    """True if a sentence states a cumulative toll (a toll cue and a casualty figure with a role).

    Works on the sentence alone, without a publication date (dates are resolved against a
    fixed reference only to see that one is told), and knows places only if the toll lexicon
    was built with the Lexicons (:func:`toll_lexicon_for`). It does not see sentences that
    only continue a toll (أغلبهم ...): use the spans of :func:`find_tolls` rows for those.
    """
    from conflictlib.dates import find_dates

    norm = normalize_key(text)
    if toll_lexicon.lexicons is not None:
        found = find_document_mentions(norm, toll_lexicon.lexicons, toll_lexicon, PRESENCE_ANCHOR)
    else:
        found = find_text_mentions(norm, toll_lexicon)
        found.dates = find_dates(norm, PRESENCE_ANCHOR, toll_lexicon.dates)
    view = SentenceView(0, 0, len(norm), found)
    return bool(toll_figures(norm, view, toll_lexicon, None, None, keep_mixed=True))


# ------------------------------------------------------------------------ figures


def toll_figures(
    text: str,
    view: SentenceView,
    lexicon: TollLexicon,
    publication_date: dt.date | None,
    prior_actor: str | None,
    *,
    keep_mixed: bool = False,
) -> list[Figure]:
    """The figures of a sentence if it states a toll by itself, else [] (see sentence_figures)."""
    cues = view.cues_of(lexicon, *TOLL_CUE_CLASSES)
    since = runs_since(view, publication_date)
    if not since and (
        any(names_one_event(text, c, view, lexicon) for c in cues)
        or counts_one_day(view, lexicon, cues)
    ):
        cues = [c for c in cues if lexicon.cls(c) != "running"]  # the count of that one event
    figures = sentence_figures(
        text, view, lexicon, default_role(cues, lexicon), prior_actor, keep_mixed=keep_mixed
    )
    cues = [c for c in cues if not is_detached_period_end(text, c, figures, lexicon)]
    cues = [c for c in cues if not is_detached_period_start(text, c, figures, view, lexicon)]
    cues = [c for c in cues if not is_detached_national(text, c, figures, view, lexicon)]
    figures = drop_next_clause_figures(text, figures, cues, view, lexicon)
    periodic = since or has_since_period(text, view, publication_date)
    if not cues and periodic:
        # …قتلوا في الرمادي منذ يوم الجمعة الماضي، مضيفاً أن مسلحي التنظيم أعدموا نحو
        # أربعين شخصاً في منطقة البوفراج: the period is a date; the next clause is one event's
        spans = [(d.start, d.end) for d in view.found.dates if getattr(d, "kind", "") == "since"]
        brk = next_item_after_toll(
            text,
            spans,
            [f.start for f in figures],
            view.found.dates,
            [p.start for p in view.found.places],
        )
        figures = figures if brk is None else [f for f in figures if f.start < brk]
    if not cues and periodic and told_in_event(text, figures, view, publication_date):
        return []  # اشتباكات استمرت منذ فجر الثلاثاء، وقتل خلالها 11 مقاتلاً: that fight's dead
    if cues or periodic:
        running = [c for c in cues if lexicon.cls(c) == "running"]
        if not running:
            return figures
        kept = drop_event_figures(text, figures, running[0])
        if len(kept) < len(figures) and not periodic and all(c in running for c in cues):
            return []  # قتل اثنان …، لترتفع حصيلة القتلى إلى أربعة: that event's count, no toll
        if len(kept) < len(figures):  # the event's figures before it stay the event's
            kept = [replace(f, cut=running[0].start) for f in kept]
        return kept
    return [f for f in figures if is_undated_total(text, f, view, lexicon)]


IN_EVENT = re.compile(
    r"(?<!\w)(?:خلالها|خلاله|فيها|فيه|جراءها|جراءه|ما ادي|ما ادت|مما ادي|ما اسفر|مما اسفر)(?!\w)"
)  # … منذ مساء أمس، ما أدى لمصرع تسعة: the fight's own dead
IN_EVENT_WORDS = 2  # قتل خلالها 11 مقاتلاً: a killing "during it" this close before a figure
RECENT_SINCE_DAYS = 7  # a fight lasting since this recently is one event, not a campaign


def told_in_event(
    text: str, figures: Sequence[Figure], view: SentenceView, publication_date: dt.date | None
) -> bool:
    """True when a sentence's figures are told as the dead "during it" (وقتل خلالها) of a
    fight that has lasted only a few days (استمرت منذ فجر الثلاثاء): one event's figures,
    not a toll. A campaign that began weeks before keeps its toll."""
    if not figures or since_date(text, view, publication_date, RECENT_SINCE_DAYS) is not None:
        return False
    first = min(f.start for f in figures)
    return any(
        m.end() <= first and words_between(text, m.end(), first) <= IN_EVENT_WORDS
        for m in IN_EVENT.finditer(text, view.start, first)
    )


def runs_since(view: SentenceView, publication_date: dt.date | None) -> bool:
    """True if the sentence counts since a day before publication (منذ مساء الأحد): a running
    count over that period covers more than one event, however recent its start."""
    for d in view.found.dates:
        if getattr(d, "kind", "point") != "since" or d.date is None:
            continue
        if publication_date in (None, PRESENCE_ANCHOR):
            offset = getattr(d, "offset_days", None)
            if offset is None or offset < 0:
                return True
        elif d.date < publication_date:
            return True
    return False


def names_one_event(text: str, cue: Match, view: SentenceView, lexicon: TollLexicon) -> bool:
    """True if a running count is about one event: named right after it (حصيلة التفجير), or
    as the cause of the casualties later in the sentence (ارتفع إلى 11 عدد الجرحى جراء قصف …).
    A "so far" in a clause of its own after the count (وفق حصيلة أولية …، ولم تتبن أي جهة
    التفجير حتى الآن) is no period of the count."""
    if lexicon.cls(cue) != "running":
        return False
    periods = [
        m
        for m in view.cues_of(lexicon, "period_start", "period_end")
        if not (
            lexicon.cls(m) == "period_end" and m.start > cue.end and "," in text[cue.end : m.start]
        )
    ]
    if periods:
        return False
    refs = view.cues_of(lexicon, "event_ref")
    if any(cue.end <= m.start and words_between(text, cue.end, m.start) <= 2 for m in refs):
        return True
    nouns = refs + view.cues_of(lexicon, "event_noun")
    return any(
        cue.end <= c.start and c.end <= m.start and words_between(text, c.end, m.start) == 0
        for c in view.cues_of(lexicon, "cause")
        for m in nouns
    )


def counts_one_day(view: SentenceView, lexicon: TollLexicon, cues: Sequence[Match]) -> bool:
    """True if a running count with no period is dated to one day (ارتفع إلى 17 … صباح اليوم).

    That is the latest count of that day's event, not a cumulative toll.
    """
    if not any(lexicon.cls(c) == "running" for c in cues):
        return False
    if any(lexicon.cls(c) in ("period_start", "period_end", "aggregate") for c in cues):
        return False
    dates = view.found.dates
    if any(d.precision in ("month", "year") for d in dates):
        return False  # a month or year told is the period counted (تقريرها اليوم … في كانون الثاني)
    points = all(getattr(d, "kind", "point") == "point" for d in dates)
    return points and any(d.precision == "day" for d in dates)


def is_detached_period_end(
    text: str, cue: Match, figures: Sequence[Figure], lexicon: TollLexicon
) -> bool:
    """True for a period end told after every figure, in a clause of its own (…، ولم تتمكن … حتى الآن)."""
    if lexicon.cls(cue) != "period_end" or not figures:
        return False
    last = max(f.end for f in figures)
    return cue.start >= last and "," in text[last : cue.start]


def is_detached_national(
    text: str, cue: Match, figures: Sequence[Figure], view: SentenceView, lexicon: TollLexicon
) -> bool:
    """True for "over the country" told after every figure in a clause of its own, when the
    figures' clause names a town (قتل 5 مدنيين في غارة على إدلب، في إطار حملة جوية في أنحاء
    سوريا): it places the campaign, not the count, which is that town's event's."""
    if cue.entry_id != NATIONAL_COUNT or not figures or lexicon.lexicons is None:
        return False
    last = max(f.end for f in figures)
    if cue.start < last or not any(p in text[last : cue.start] for p in ",،"):
        return False
    places = lexicon.lexicons.gazetteer.places
    return any(
        p.start < cue.start
        and p.entry_id in places
        and places[p.entry_id].kind not in ("country", "governorate", "region")
        for p in view.found.places
    )


NEXT_CLAUSE = norm_re(r"[,،]\s*(?:و?كما|فيما|في حين|بينما)\s")


def is_detached_period_start(
    text: str, cue: Match, figures: Sequence[Figure], view: SentenceView, lexicon: TollLexicon
) -> bool:
    """True for a period told in a clause before every figure, when a next clause (، كما،
    فيما) tells its own day before them (شن خلال الأيام الماضية عشرين غارة، كما استهدفت
    غارتان اليوم حي الرميلة، ما أدى إلى مقتل ثمانية): the dead are that day's event's."""
    if lexicon.cls(cue) != "period_start" or not figures:
        return False
    first = min(f.start for f in figures)
    if first <= cue.end:
        return False
    brk = NEXT_CLAUSE.search(text, cue.end, first)
    if brk is None:
        return False
    return any(
        brk.end() <= d.start < first
        and getattr(d, "kind", "point") == "point"
        and d.precision == "day"
        for d in view.found.dates
    )


# a next clause told by the same speaker or as a new item (، مضيفاً أن، مشيراً إلى أن، فيما، كما)
NEXT_ITEM_CLAUSE = norm_re(
    r"[,،]\s*(?:(?:و?كما|فيما|في حين|بينما|مضيفا|مضيفه|مشيرا|مشيره|لافتا|موضحا|واضاف|واشار)(?!\w)"
    # a bare «و» before a verb of killing or striking (…منذ بداية الشهر، وقتل 7 مدنيين اليوم)
    r"|و(?=(?:قتل|قتلت|استشهد|قضي|لقي|قصف|قصفت|استهدف|استهدفت|شن|شنت|اعدم|هاجم|فجر)(?!\w)))"
)


def drop_next_clause_figures(
    text: str,
    figures: list[Figure],
    cues: Sequence[Match],
    view: SentenceView,
    lexicon: TollLexicon,
) -> list[Figure]:
    """Drop figures told in a next clause after a period (قتل 120 مدنياً في حلب منذ بداية
    الشهر، فيما قتل 7 مدنيين اليوم بغارة على حي الشعار؛ … منذ يوم الجمعة، مضيفاً أن مسلحي
    التنظيم أعدموا نحو أربعين شخصاً في البوفراج) when the toll's own figure comes before the
    period: the next clause tells one event, whose dead they are."""
    if any(lexicon.cls(c) == "running" for c in cues):
        return figures  # ما أدى لمقتل 5، ليرتفع إلى 60 عدد القتلى منذ بدء الحملة: as before
    brk = next_item_after_toll(
        text,
        [(c.start, c.end) for c in cues],
        [f.start for f in figures],
        view.found.dates,
        [p.start for p in view.found.places],
    )
    return figures if brk is None else [f for f in figures if f.start < brk]


# a deed told by its own verb with its doer (مسلحي التنظيم أعدموا، طائرات حربية قصفت، استهدف
# الطيران): a next clause telling one event, not a part of the toll
OWN_DEED_VERB = norm_re(
    r"(?<!\w)[وف]?(?:اعدم|قصف|استهدف|شن|شنت|شنوا|هاجم|فجر|اغتال|اقتحم|اختطف|خطف|ارتكب|نفذ)"
    r"(?:ت|وا|ا|تا)?(?!\w)"
)
# a named spot (في قرية الجلمة، على بلدة كفرنبل، في منطقة البوفراج) when the gazetteer lacks it
PLACE_NOUN = norm_re(
    r"(?<!\w)(?:في|على|ب)\s*(?:قريه|بلده|مدينه|حي|منطقه|ناحيه|قضاء|مخيم)\s+(?!ال(?:مدينه|منطقه|بلده)(?!\w))\w"
)
SPEAKER_NEXT = norm_re(r"(?<!\w)(?:مضيفا|مضيفه|مشيرا|مشيره|لافتا|موضحا|واضاف|واشار)(?!\w)")


def next_item_after_toll(
    text: str,
    cues: Sequence[tuple[int, int]],
    figures: Sequence[int],
    days: Sequence[Any],
    places: Sequence[int] = (),
) -> int | None:
    """Where a next clause (، فيما، مشيراً إلى أن …) starts after every toll cue of a sentence
    whose toll figure comes before its first cue, when that clause tells its own day (اليوم،
    أمس) before more figures: one event's (…، فيما أصيب 400 آخرين stays the toll's). A
    speaker's next clause (، مضيفاً أن مسلحي التنظيم أعدموا نحو أربعين شخصاً في منطقة
    البوفراج) telling a deed by its own verb and a place of its own (``places``: starts of
    place mentions) before its figure is one event's too, with no day."""
    if not cues or not figures or not any(f < min(a for a, _ in cues) for f in figures):
        return None
    brk = NEXT_ITEM_CLAUSE.search(text, max(b for _, b in cues), max(figures))
    if brk is None:
        return None
    own_day = any(
        brk.end() <= d.start and getattr(d, "kind", "point") == "point" and d.precision == "day"
        for d in days
    )
    if own_day:
        return brk.start()
    later = [f for f in figures if f >= brk.end()]
    if not later or not SPEAKER_NEXT.search(text, brk.start(), brk.end()):
        return None
    deed = OWN_DEED_VERB.search(text, brk.end(), min(later))
    if deed is None:
        return None
    stop = text.find(".", deed.end())
    stop = len(text) if stop < 0 else stop
    if not any(deed.end() <= p < stop for p in places) and not PLACE_NOUN.search(
        text, deed.end(), stop
    ):
        return None
    return brk.start()


def default_role(cues: Sequence[Match], lexicon: TollLexicon) -> str | None:
    """The role a toll cue implies by itself (حصيلة -> killed), if any."""
    return next((lexicon.entry(c).role for c in cues if lexicon.entry(c).role), None)


def drop_event_figures(text: str, figures: list[Figure], running: Match) -> list[Figure]:
    """Drop figures told in a clause before a running count that has its own figure (event, then total)."""
    if not any(f.start >= running.end for f in figures):
        return figures
    return [
        f
        for f in figures
        if not (f.end <= running.start and re.search(r"[,.]", text[f.end : running.start]))
    ]


# a fight told as the subject of its own result (الاشتباكات أسفرت عن مقتل 14 مسلحاً واعتقال 9
# آخرين؛ أسفرت المواجهات عن …): the fight's outcome, not a campaign's running count
FIGHT_RESULT = norm_re(
    r"(?<!\w)[وف]?(?:ال)?(?:اشتباكات|اشتباك|مواجهات|مواجهة|معركة|مناوشات)(?:\s+\S+){0,3}?"
    r"\s+(?:اسفرت|اسفر|ادت|خلفت|انتهت)\s+(?:عن|الى|ب)"
    r"|(?<!\w)[وف]?(?:اسفرت|ادت|خلفت)\s+(?:ال)?(?:اشتباكات|اشتباك|مواجهات|مواجهة|معركة|مناوشات)"
    r"(?:\s+\S+){0,3}?\s+عن"
)


def is_undated_total(text: str, fig: Figure, view: SentenceView, lexicon: TollLexicon) -> bool:
    """True for a figure whose role makes it a campaign total when told without date or place;
    not the outcome of a fight told before it (الاشتباكات أسفرت عن مقتل 14 مسلحاً واعتقال 9)."""
    if view.found.dates or view.found.places:
        return False
    fight = FIGHT_RESULT.search(text, view.start, view.end)
    if fight is not None and fight.start() < fig.start:
        return False
    return any(
        lexicon.entry(m).undated_total and lexicon.entry(m).role == fig.role
        for m in view.found.roles
    )


def sentence_figures(
    text: str,
    view: SentenceView,
    lexicon: TollLexicon,
    role: str | None,
    prior_actor: str | None,
    *,
    keep_mixed: bool = False,
) -> list[Figure]:
    """Casualty figures of a sentence with role and group; a figure inherits the previous role.

    Killed-and-wounded counted together (قتل وجرح 30) is role "mixed": such figures are
    dropped unless ``keep_mixed`` (a toll without a usable figure is still a toll sentence).
    Displaced people (عدد النازحين 300 ألف) are no casualties: their figures are dropped.
    """
    numbers = [n for n in view.found.numbers if is_casualty_number(text, n, view, lexicon)]
    figures: list[Figure] = []
    for i, num in enumerate(numbers):
        prev_end = numbers[i - 1].end if i else view.start
        next_start = numbers[i + 1].start if i + 1 < len(numbers) else view.end
        role = find_role(text, num, view, lexicon, prev_end, next_start) or role
        if role in (None, "displaced") or (role == "mixed" and not keep_mixed):
            continue
        group, actor, rule = find_group(
            text, num, view, lexicon, (prev_end, next_start), prior_actor
        )
        prior_actor = actor or prior_actor
        figures.append(
            Figure(
                num.start, num.end, int(num.value), num.approx, role, group, actor, view.index, rule
            )
        )
    return share_trailing_groups(text, figures)


def share_trailing_groups(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure with no group takes the group of the figure coordinated with it.

    "85 قتيلا و230 جريحا من المدنيين": both figures count civilians; "490 جنديا ونحو 1500
    جريح" and "مقتل 800 عنصر من قوات الأمن وإصابة 3000 آخرين": the wounded are of the same group.
    """
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        fig, nxt = out[i], out[i + 1]
        if (
            fig.group_rule == "default"
            and nxt.group_rule != "default"
            and coordinated(text, fig, nxt)
        ):
            out[i] = replace(fig, group=nxt.group, actor=nxt.actor, group_rule="shared")
    for i in range(1, len(out)):
        prev, fig = out[i - 1], out[i]
        same_people = prev.role != fig.role and coordinated(text, prev, fig)
        if fig.group_rule == "others" and i >= 2:
            prev = broken_down(text, out[:i]) or prev
        if fig.group_rule == "others" or (
            fig.group_rule == "default" and prev.group_rule != "default" and same_people
        ):
            out[i] = replace(fig, group=prev.group, actor=prev.actor, group_rule="shared")
    return out


PART_OF_WORDS = frozenset(normalize_key(w) for w in ("بينهم", "منهم", "ضمنهم", "بينهن", "منهن"))


def broken_down(text: str, figures: list[Figure]) -> Figure | None:
    """The figure a breakdown list splits, when the last figure is part of it: in "قتل 194
    مدنياً، بينهم 57 طفلاً و34 امرأة، فيما أصيب 850 آخرون" the others are the 194's group."""
    for k in range(len(figures) - 1, 0, -1):
        words = _WORD.findall(text, figures[k - 1].end, figures[k].start)
        if any(w in PART_OF_WORDS or w[1:] in PART_OF_WORDS for w in words):
            return figures[k - 1]
        if not coordinated(text, figures[k - 1], figures[k]):
            return None
    return None


def coordinated(text: str, first: Figure, second: Figure) -> bool:
    """True if two figures are joined by و with at most their nouns between (85 قتيلا و230 جريحا)."""
    gap = text[first.end : second.start]
    joined = gap.rstrip().endswith("و") or re.search(r"(?<!\w)و", gap) is not None
    return joined and "," not in gap and words_between(text, first.end, second.start) <= 3


# a force's size told before its number (العملية التي يشارك فيها نحو 10000 جندي، قوة قوامها 500
# عنصر، نشرت 3000 جندي): the troops taking part, never a casualty count (session 18, hG7)
FORCE_SIZE_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:يشارك|تشارك|شارك|شاركت|يشترك|تشترك|بمشاركه|قوامها|قوامه|تعدادها|تعداده"
    r"|عديدها|عديده|نشر|نشرت|تنشر|ينشر|حشد|حشدت|يحشد|تحشد)"
    r"(?:\s+(?:فيها|فيه|بها|به|نحو|حوالي|قرابه|اكثر|زهاء|ما|يقارب|يزيد|من|عن|علي|يصل|الي)){0,3}\s*$"
)


def is_casualty_number(
    text: str, num: NumberMatch, view: SentenceView, lexicon: TollLexicon
) -> bool:
    """True if a number counts people: not a date or unit, and next to a counted noun or cue."""
    if FORCE_SIZE_BEFORE.search(text, max(0, num.start - 50), num.start):
        return False
    if (
        num.value is None
        or num.estimated
        or num.vague
        or getattr(num, "kind", "cardinal") in ("percent", "year")
    ):
        return False
    if any(d.start <= num.start < d.end for d in view.found.dates):
        return False
    if any(r.start <= num.start < r.end for r in view.found.reporters):
        return False  # part of a reporter's name (السويداء 24)
    if any(
        num.end <= u.start and words_between(text, num.end, u.start) == 0 for u in view.found.units
    ):
        return False
    if any(is_adjacent(text, num, m) for m in [*view.found.groups, *view.found.roles]):
        return True
    leads = [*view.cues_of(lexicon, "link", "running", "aggregate"), *view.found.roles]
    if any(c.end <= num.start and words_between(text, c.end, num.start) <= 1 for c in leads):
        return True
    return introduces_people(text, num, view, lexicon)


def introduces_people(
    text: str, num: NumberMatch, view: SentenceView, lexicon: TollLexicon
) -> bool:
    """True for "<number> من <actor or counted noun>" (112 من تنظيم داعش)."""
    people = [*view.found.actors, *view.found.groups]
    for intro in view.cues_of(lexicon, "introducer"):
        if intro.start >= num.end and not _WORD.search(text, num.end, intro.start):
            return any(
                p.start >= intro.end and not _WORD.search(text, intro.end, p.start) for p in people
            )
    return False


def is_adjacent(text: str, num: NumberMatch, m: Match) -> bool:
    """True if a match is the word after a number, the noun before واحد/اثنان, or a dual noun itself."""
    if m.start < num.end and num.start < m.end:
        return True  # a dual noun (جنديان) is both the number and the counted noun
    if m.start >= num.end:
        return "," not in text[num.end : m.start] and words_between(text, num.end, m.start) == 0
    if m.end <= num.start and is_post_nominal(text, num):
        return "," not in text[m.end : num.start] and words_between(text, m.end, num.start) <= 1
    return False


def is_post_nominal(text: str, num: NumberMatch) -> bool:
    """True for the number words that follow their noun in Arabic (one, two: متطوعا سوريا واحدا)."""
    return num.value in (1, 2) and not any(ch.isdigit() for ch in text[num.start : num.end])


def find_role(
    text: str,
    num: NumberMatch,
    view: SentenceView,
    lexicon: TollLexicon,
    prev_end: int,
    next_start: int,
) -> str | None:
    """Role of a figure: a role cue after it (not past a comma, not opening a new و-clause), else the nearest before.

    The wounded who died (بعد وفاة خمسة من الجرحى، بعد وفاة ثلاثة جرحى) are of the death word
    right before them."""
    before = [m for m in view.found.roles if prev_end <= m.start and m.end <= num.start]
    if (
        before
        and lexicon.entry(before[-1]).role == "killed"
        and words_between(text, before[-1].end, num.start) <= 1
        and (
            OF_THE_WOUNDED.match(text, num.end)
            or (  # بعد وفاة ثلاثة جرحى: the death word right before, no «من»
                WOUNDED_AFTER.match(text, num.end) and not text[before[-1].end : num.start].strip()
            )
        )
    ):
        return "killed"
    for m in view.found.roles:
        if m.start < num.end or m.start >= next_start:
            continue
        gap = words_between(text, num.end, m.start)
        if "," in text[num.end : m.start]:
            break  # a role told after a comma is of the next clause (…طفلا، فيما بلغ عدد الجرحى)
        if gap <= MAX_ROLE_WORDS_AFTER and not (gap and m.prefix.startswith(("و", "ف"))):
            return lexicon.entry(m).role
        break
    before = [m for m in view.found.roles if prev_end <= m.start and m.end <= num.start]
    return lexicon.entry(before[-1]).role if before else None


OF_THE_WOUNDED = norm_re(r"\s+من\s+(?:ال)?(?:جرحي|جرحى|مصابين)(?!\w)")
WOUNDED_AFTER = norm_re(r"\s+(?:ال)?(?:جرحي|جرحى|مصابين|مصابون)(?!\w)")


def find_group(
    text: str,
    num: NumberMatch,
    view: SentenceView,
    lexicon: TollLexicon,
    bounds: tuple[int, int],
    prior_actor: str | None,
) -> tuple[str, str | None, str]:
    """Group of a figure, the actor it stands on, and the rule that found it.

    In order: a group phrase next to it, the first actor or phrase after it (up to a comma or
    a breakdown cue), the last one between its toll cue and it, its counted noun, 'total'.
    """
    prev_end, next_start = bounds
    phrases = [g for g in view.found.groups if lexicon.cls(g) == "group"]
    adjacent = [g for g in phrases if is_adjacent(text, num, g)]
    if adjacent:
        nearest = min(adjacent, key=lambda g: g.start < num.start)
        return (*group_of(text, nearest, view, lexicon, prior_actor), "phrase")
    victims = [a for a in view.found.actors if names_victims(text, a, view, lexicon)]
    named = sorted([*victims, *phrases], key=lambda m: m.start)
    after_end = scope_after_end(text, num, view, lexicon, next_start)
    after = [m for m in named if num.end <= m.start and m.end <= after_end]
    if after:
        if joined_groups(text, after, view, lexicon, prior_actor):
            return "total", None, "named_after_joined"
        return (*group_of(text, after[0], view, lexicon, prior_actor), "named_after")
    scope_start = scope_before_start(num, view, lexicon, prev_end)
    before = [
        m
        for m in named
        if scope_start is not None and scope_start <= m.start and m.end <= num.start
    ]
    if before:
        actors = [m for m in before if m.kind != "toll_group"]
        chosen = actors[0] if actors else before[-1]
        return (*group_of(text, chosen, view, lexicon, prior_actor), "named_before")
    nouns = [
        g for g in view.found.groups if lexicon.cls(g) == "person" and is_adjacent(text, num, g)
    ]
    if nouns and lexicon.entry(nouns[0]).group == SAME_AS_PREVIOUS:
        return "total", None, "others"  # آخرين: the group of the figure before, set later
    sides = [a for a in view.found.noun_actors if nouns and overlaps_any(a, nouns[:1])]
    if sides:
        return sides[0].entry_id, sides[0].entry_id, "pejorative_noun"
    if nouns:
        return lexicon.entry(nouns[0]).group or "total", None, "counted_noun"
    return "total", None, "default"


# «N شخص بين مدنيين وعسكريين»: the count is made of the two kinds named after «بين»
BETWEEN_KINDS = norm_re(r"(?<!\w)(?:ما\s+)?بين\s*$")


def joined_groups(
    text: str, after: list[Match], view: SentenceView, lexicon: TollLexicon, prior: str | None
) -> bool:
    """True when the people counted are two groups joined by و (نحو 500 شخص من المدنيين وأفراد
    الأمن قتلوا): the figure is their total, not the first group's."""
    first = after[0]
    later = [
        m
        for m in (*view.found.groups, *view.found.actors)
        if m.start >= first.end
        and (m.kind != "toll_group" or lexicon.cls(m) in ("group", "person"))
    ]
    if not later:
        return False
    second = min(later, key=lambda m: m.start)
    gap = text[first.end : second.start].strip()
    if not (gap == "و" or (not gap and second.prefix.startswith("و"))):
        return False
    between = BETWEEN_KINDS.search(text, max(0, first.start - 12), first.start) is not None
    if second.kind == "toll_group" and lexicon.cls(second) == "person":
        group = lexicon.entry(second).group
        # قوات النظام والمسلحين الموالين لها: its own fighters, not beside it; but «بين مدنيين
        # وعسكريين» (500 شخص بين مدنيين وعسكريين) names the two kinds the count is made of
        if group != "total" and not between:
            return False
    else:
        group = group_of(text, second, view, lexicon, prior)[0]
    counted = group_of(text, first, view, lexicon, prior)[0]
    # المدنيين والأطفال: children and women are counted among the civilians, not beside them
    if group == counted or group.startswith(counted):  # … وحلفاؤه: its allies are its own
        return False
    return not (counted == "civilians" and group in ("children", "women"))


def names_victims(text: str, actor: Match, view: SentenceView, lexicon: TollLexicon) -> bool:
    """True if an actor is named as the people counted: من / في صفوف / قتلى / مقاتلي right before it.

    An actor named otherwise is the perpetrator or the captor (غارات التحالف، لدى الأجهزة).
    """
    if actor.prefix.endswith("ل") and actor.prefix not in ("", "ال"):
        return True  # لـ"داعش": belonging to
    before = [
        m
        for m in [*view.cues_of(lexicon, "introducer"), *view.found.groups, *view.found.roles]
        if m.end <= actor.start
    ]
    return any(not _WORD.search(text, m.end, actor.start) for m in before)


def group_of(
    text: str, m: Match, view: SentenceView, lexicon: TollLexicon, prior_actor: str | None
) -> tuple[str, str | None]:
    """Group id of an actor match, or of a group phrase (fixed id, or template on an actor)."""
    if m.kind != "toll_group":
        return m.entry_id, m.entry_id
    entry = lexicon.entry(m)
    if entry.template is None:
        return entry.group or "total", None
    after = [
        a
        for a in view.found.actors
        if m.end <= a.start and words_between(text, m.end, a.start) <= 1
    ]
    before = [a for a in view.found.actors if a.end <= m.start and a.entry_id != "civilians"]
    actor = after[0].entry_id if after else before[-1].entry_id if before else prior_actor
    if actor is None:
        return entry.template.replace("{actor}_", ""), None
    return entry.template.format(actor=actor), None


def scope_after_end(
    text: str, num: NumberMatch, view: SentenceView, lexicon: TollLexicon, next_start: int
) -> int:
    """Where the words describing a figure end: next figure, a comma, or a breakdown cue."""
    end = next_start
    comma = text.find(",", num.end, end)
    end = comma if comma >= 0 else end
    breaks = [c.start for c in view.cues_of(lexicon, "breakdown") if num.end <= c.start < end]
    since = SINCE_ATTACK.search(text, num.end, end)
    if since:  # إلى 311 منذ بدء الهجوم الأعنف لقوات النظام: the side of the period's attack
        breaks.append(since.start())
    return min([end, *breaks])


# the start of a period told right after a figure (إلى 311 منذ بدء الهجوم لقوات النظام، إلى 500
# منذ انطلاق حملة النظام): a side named there is whose campaign it was, not the dead's group
SINCE_ATTACK = norm_re(
    r"(?<!\w)منذ\s+(?:بدء|بدايه|انطلاق|اندلاع)\s+(?:ال)?(?:هجوم|حمله|عمليه|معركه|معارك|تصعيد"
    r"|قصف|غارات|اقتحام|الهجوم|الحمله|العمليه|المعركه|المعارك|التصعيد|القصف)(?!\w)"
)


def scope_before_start(
    num: NumberMatch, view: SentenceView, lexicon: TollLexicon, prev_end: int
) -> int | None:
    """Where the words before a figure that may name its group start, if any.

    The last toll cue before it (what came before that cue is another clause), else its first cue.
    """
    toll_cues = [
        c.start
        for c in view.cues_of(lexicon, "running", "aggregate")
        if prev_end <= c.start and c.end <= num.start
    ]
    if toll_cues:
        return max(toll_cues)  # the count this figure ends (ليرتفع عدد ضحايا الحي … إلى 400)
    cues = [*view.cues_of(lexicon, *SCOPE_CUE_CLASSES), *view.found.roles]
    starts = [c.start for c in cues if prev_end <= c.start and c.end <= num.start]
    return min(starts) if starts else None


# ------------------------------------------------------------------------ period


def since_date(
    text: str,
    view: SentenceView,
    publication_date: dt.date | None,
    min_days: int = MAX_SINCE_DAYS,
) -> dt.date | None:
    """A date right after "منذ" older than a couple of days (منذ 16 سبتمبر), if any.

    ``min_days``: how old it must be (a toll told already starts at any day before publication).
    """
    if publication_date is None:
        return None
    limit = publication_date - dt.timedelta(days=min_days)
    for d in view.found.dates:
        words = _WORD.findall(text, view.start, d.start)
        since = getattr(d, "kind", "point") == "since" or opens_since(words)
        if since and d.date is not None and d.date < limit:
            return d.date
    return None


LAUNCH_VERBS = frozenset({"انطلقت", "انطلق", "بدات", "بدا", "اطلقت", "اطلق", "بدئت"})


def opens_since(words: list[str]) -> bool:
    """True for the words right before a date that make it the start of a count: منذ <date>,
    or a campaign launched on it (الحملة التي انطلقت في 25 أغسطس … أسفرت عن اعتقال 226)."""
    if words and words[-1] == "منذ":
        return True
    if len(words) >= 2 and words[-1] == "في":
        words = words[:-1]
    return bool(words) and words[-1].removeprefix("و") in LAUNCH_VERBS


def has_since_period(text: str, view: SentenceView, publication_date: dt.date | None) -> bool:
    """True if the sentence counts since a date (منذ 16 سبتمبر، منذ ثلاثة أيام), not منذ الصباح."""
    if publication_date not in (None, PRESENCE_ANCHOR):
        return since_date(text, view, publication_date) is not None
    for d in view.found.dates:
        words = _WORD.findall(text, view.start, d.start)
        since = getattr(d, "kind", "point") == "since" or opens_since(words)
        offset = getattr(d, "offset_days", None)
        if since and (offset is None or offset < -MAX_SINCE_DAYS):
            return True
    return False


def find_period(
    text: str, view: SentenceView, lexicon: TollLexicon, publication_date: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """Start and end of the period a toll sentence covers (None where it does not say)."""
    start = end = None
    if publication_date is not None:
        for cue in view.cues_of(lexicon, "period_start", "period_end"):
            anchor = lexicon.entry(cue).anchor
            if anchor and lexicon.cls(cue) == "period_start":
                start = start or anchor_date(anchor, publication_date)
            elif anchor:
                end = end or anchor_date(anchor, publication_date)
    openers = view.cues_of(lexicon, "period_start")
    whole = None
    for d in view.found.dates:
        if d.date is None:
            continue
        if getattr(d, "kind", "point") == "until" or marks_period_end(text[view.start : d.start]):
            end = end or (month_end(d.date) if d.precision == "month" else d.date)
        elif start is None and any(o.start < d.start for o in openers):
            start = d.date
            opener = [o for o in openers if o.start < d.start][-1]
            during = lexicon.entry(opener).id == DURING_OPENER
            whole = d if during and d.precision in ("month", "year") else None
    if start is None and not openers:  # قتل 348 مدنياً في أيار 2019: the month is the period
        wholes = [d for d in view.found.dates if d.precision in ("month", "year") and d.date]
        wholes = [d for d in wholes if getattr(d, "kind", "point") == "point"]
        if wholes:
            whole = wholes[0]
            start = whole.date
    nationals = [c for c in view.cues_of(lexicon, "aggregate") if c.entry_id == NATIONAL_COUNT]
    days = [d for d in view.found.dates if d.date is not None and d.precision == "day"]
    if nationals and start is None and not openers and len({d.date for d in days}) > 1:
        # قصف منذ ساعات الصباح، … قالت إن 98 شخصاً قتلوا أمس في أنحاء سوريا: the day in the
        # count's own clause
        cue = nationals[0]
        days = [d for d in days if "," not in text[min(d.end, cue.start) : max(d.start, cue.end)]]
    if nationals and start is None and not openers and len({d.date for d in days}) == 1:
        start = end = days[0].date  # استشهاد 97 شخصاً يوم أمس في عموم سوريا: that day's count
    if whole is not None and end is None:  # خلال شهر آذار، خلال العام 2022: the whole of it
        end = (
            month_end(whole.date)
            if whole.precision == "month"
            else whole.date.replace(month=12, day=31)
        )
    return start or since_date(text, view, publication_date, min_days=0), end


def month_end(day: dt.date) -> dt.date:
    """The last day of a date's month."""
    first_next = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first_next - dt.timedelta(days=1)


def anchor_date(anchor: str, publication_date: dt.date) -> dt.date:
    """The date an anchored period cue stands for (start of year or month, or publication)."""
    if anchor == "year_start":
        return publication_date.replace(month=1, day=1)
    if anchor == "month_start":
        return publication_date.replace(day=1)
    return publication_date


def marks_period_end(before: str) -> bool:
    """True if the words right before a date make it a period's end (و، حتى، لغاية، إلى)."""
    words = _WORD.findall(before)
    if not words:
        return False
    stripped = before.rstrip()
    glued_and = stripped.endswith("و") and (len(stripped) == 1 or not stripped[-2].isalnum())
    return glued_and or words[-1] in PERIOD_END_WORDS


# ------------------------------------------------------------------------ reporter


def find_reporter(text: str, view: SentenceView, lexicon: TollLexicon, doc: Mentions) -> str:
    """The reporter a toll sentence is attributed to ('' when the article states it itself)."""
    for verb in view.cues_of(lexicon, "attribution"):
        for rep in view.found.reporters:
            if (
                verb.end <= rep.start
                and words_between(text, verb.end, rep.start) <= MAX_REPORTER_WORDS
            ):
                return resolve_reporter(rep, lexicon, doc)
        actor = speaking_actor(text, verb, view)
        if actor:
            return actor
        speaker = _WORD.search(text, verb.end, view.end)
        if speaker:
            found = reporter_of_speaker(speaker.group(0), text[: view.start], lexicon, doc)
            if found:
                return found
    return ""


def speaking_actor(text: str, verb: Match, view: SentenceView) -> str:
    """An actor named as the subject of an attribution verb (أعلن الجيش التركي أن ...), if any."""
    for actor in view.found.actors:
        if actor.start < verb.end:
            continue
        between = text[verb.end : actor.start]
        if words_between(text, verb.end, actor.start) > MAX_REPORTER_WORDS or THAT.search(between):
            return ""
        return actor.entry_id
    return ""


def resolve_reporter(rep: Match, lexicon: TollLexicon, doc: Mentions) -> str:
    """A reporter id; an anaphoric one (المصدر) becomes the reporter named before it."""
    if rep.entry_id not in lexicon.reporter_anaphors:
        return rep.entry_id
    earlier = [
        r
        for r in doc.reporters
        if r.end <= rep.start and r.entry_id not in lexicon.reporter_anaphors
    ]
    return earlier[-1].entry_id if earlier else ""


def reporter_of_speaker(name: str, earlier_text: str, lexicon: TollLexicon, doc: Mentions) -> str:
    """The organisation a speaker was introduced with ("كروفت، نائب قائد ... في التحالف الدولي")."""
    if len(name) < 3:
        return ""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", earlier_text):
        title = earlier_text[m.end() : m.end() + MAX_TITLE_CHARS]
        if not title.lstrip().startswith(","):
            continue  # only a name followed by its title (appositive) introduces a speaker
        stop = TITLE_END.search(title, title.index(",") + 1)
        end = m.end() + (stop.start() if stop else len(title))
        window = [x for x in [*doc.reporters, *doc.actors] if m.end() <= x.start and x.end <= end]
        if window:
            return window[0].entry_id
    return ""


# ------------------------------------------------------------------------ assembly


@dataclass
class OpenToll:
    """A toll being assembled across consecutive sentences."""

    sentences: list[SentenceView] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    reporter: str = ""
    period_start: str = ""
    period_end: str = ""

    def last_actor(self) -> str | None:
        """The actor of the latest figure that has one (what لها / له refers to)."""
        return next((f.actor for f in reversed(self.figures) if f.actor), None)


@dataclass(frozen=True)
class SharedMentions:
    """Matches the caller already found over the same normalised text, to be reused.

    numbers: ``find_numbers`` without estimates; dates: ``find_dates`` against the same
    publication date; places: the gazetteer's raw matches. None means "find them here".
    """

    numbers: list[NumberMatch] | None = None
    dates: list[DateMatch] | None = None
    places: list[Match] | None = None


def find_tolls(
    doc_id: str,
    prepared: PreparedText,
    lexicons: Lexicons,
    publication_date: dt.date | None,
    toll_lexicon: TollLexicon | None = None,
    shared: SharedMentions | None = None,
) -> list[Toll]:
    """The cumulative tolls of one prepared document: one row per toll and group.

    Pass ``shared`` (the event extractor's numbers, dates and places of the same text) to
    avoid finding them twice.
    """
    lexicon = toll_lexicon or toll_lexicon_for(lexicons)
    text = prepared.norm.text
    views, tolls = assemble_document(prepared, lexicons, publication_date, lexicon, shared)
    rows: list[Toll] = []
    for number, toll in enumerate(tolls, 1):
        location = find_location(text, toll, views, lexicons)
        rows += toll_rows(doc_id, f"T{number}", toll, location, prepared)
    return rows


def find_toll_sentences(
    prepared: PreparedText,
    lexicons: Lexicons,
    publication_date: dt.date | None,
    toll_lexicon: TollLexicon | None = None,
) -> list[tuple[int, int]]:
    """Normalised spans of every sentence that states, restates or continues a toll.

    The rows of :func:`find_tolls` point at the clause of the figure they keep; a restated
    figure ("more than a thousand", then 1013) leaves its sentence without a row. The event
    extractor can leave the casualty figures of all these sentences out of events.
    """
    lexicon = toll_lexicon or toll_lexicon_for(lexicons)
    _views, tolls = assemble_document(prepared, lexicons, publication_date, lexicon)
    return [(v.start, v.end) for toll in tolls for v in toll.sentences]


def assemble_document(
    prepared: PreparedText,
    lexicons: Lexicons,
    publication_date: dt.date | None,
    lexicon: TollLexicon,
    shared: SharedMentions | None = None,
) -> tuple[list[SentenceView], list[OpenToll]]:
    """The sentence views of a prepared document and the tolls assembled from them."""
    text = prepared.norm.text
    doc = find_document_mentions(text, lexicons, lexicon, publication_date, shared)
    views = [
        SentenceView(i, s.start, s.end, doc.within(s.start, s.end), s.kind)
        for i, s in enumerate(prepared.segments)
    ]
    return views, assemble_tolls(text, views, lexicon, publication_date, doc)


def find_document_mentions(
    text: str,
    lexicons: Lexicons,
    lexicon: TollLexicon,
    publication_date: dt.date | None,
    shared: SharedMentions | None = None,
) -> Mentions:
    """Run every matcher once over a document's normalised text (reusing what is shared)."""
    shared = shared or SharedMentions()
    found = find_text_mentions(text, lexicon, shared.numbers)
    places = shared.places if shared.places is not None else lexicons.gazetteer.find(text)
    found.actors = find_actors(text, lexicons, lexicon, found, places)
    found.noun_actors = pejorative_sides(found, lexicon)
    found.actors = sorted(
        [*found.actors, *own_side_nouns(text, found, lexicon)], key=lambda m: m.start
    )
    taken = [*found.actors, *found.reporters]
    found.places = [
        p for p in places if not overlaps_any(p, taken) and not is_nisba(text, p, found.groups)
    ]
    if publication_date is not None and shared.dates is not None:
        found.dates = list(shared.dates)
    elif publication_date is not None:
        from conflictlib.dates import find_dates

        found.dates = find_dates(text, publication_date, lexicon.dates)
    return found


def find_actors(
    text: str,
    lexicons: Lexicons,
    lexicon: TollLexicon,
    found: Mentions,
    places: Sequence[Match] = (),
) -> list[Match]:
    """Actor mentions, with co-reference words (التنظيم) resolved to the actor named before them
    (else to the first candidate of the country most of the document's places lie in)."""
    named = lexicons.actor_matcher.find(text)
    if lexicon.anaphors is None:
        return named
    nouns = {(g.start, g.end) for g in found.groups}  # a bare counted noun (المقاتلين) is no actor
    country = main_country(places, lexicons)
    resolved = []
    for m in lexicon.anaphors.find(text):
        if (m.start, m.end) in nouns or overlaps_any(m, named):
            continue
        if m.entry_id == LOCAL_FIGHTERS and not fighting_sons(m, text):
            continue  # سقوط 11 شهيداً من أبناء المدينة: the town's people, as in the event mentions
        candidates = lexicon.anaphor_candidates.get(m.entry_id, ())
        if country:
            local = [
                c
                for c in candidates
                if c in lexicons.actors and lexicons.actors[c].country in (None, "", country)
            ]
            candidates = tuple(local) or candidates
        actor = resolve_anaphor(m, named, candidates)
        if actor:
            resolved.append(replace(m, entry_id=actor, kind="actor"))
    resolved += demonstrative_sides(text, named, lexicons)
    return sorted([*named, *resolved], key=lambda m: m.start)


DEMONSTRATIVE_FORCE = norm_re(
    r"(?<!\w)(?:هذه|تلك)\s+(?:القوات|الفصائل|الميليشيات|المليشيات|المجموعات|الوحدات)(?!\w)"
)
DEMONSTRATIVE_CHARS = 300  # "these forces" refer to a side named this close before


def demonstrative_sides(text: str, named: Sequence[Match], lexicons: Lexicons) -> list[Match]:
    """ "These forces" (299 من مقاتلي هذه القوات) as the armed side named last before them."""
    found = []
    for d in DEMONSTRATIVE_FORCE.finditer(text):
        before = [
            a
            for a in named
            if a.end <= d.start()
            and d.start() - a.end <= DEMONSTRATIVE_CHARS
            and a.entry_id in lexicons.actors
            and lexicons.actors[a.entry_id].type not in ("civilians", "protesters", "unknown")
        ]
        if before:
            found.append(
                replace(
                    before[-1],
                    start=d.start(),
                    end=d.end(),
                    surface=d.group(0),
                    key=d.group(0),
                    prefix="",
                )
            )
    return found


def pejorative_sides(found: Mentions, lexicon: TollLexicon) -> list[Match]:
    """The side a pejorative counted noun names (1800 إرهابي، 1163 مرتزقاً), as actor matches.

    A party's statement counts its enemy's dead as "terrorists" or "mercenaries": the noun
    stands for the candidate of its anaphor entry named last before it in the document (else
    the first named after it). With no candidate named, the noun stays a head count.
    """
    sides = []
    for g in found.groups:
        anaphor = lexicon.entry(g).anaphor if g.entry_id in lexicon.entries else None
        if anaphor is None:
            continue
        candidates = lexicon.anaphor_candidates.get(anaphor, ())
        named = [a for a in found.actors if a.entry_id in candidates and not overlaps_any(a, [g])]
        before = [a for a in named if a.end <= g.start]
        after = [a for a in named if a.start >= g.end]
        side = before[-1] if before else after[0] if after else None
        if side is not None:
            sides.append(replace(g, entry_id=side.entry_id, kind="actor"))
    return sides


def own_side_nouns(text: str, found: Mentions, lexicon: TollLexicon) -> list[Match]:
    """ "Our fighters" (ارتقى 273 من مقاتلينا) in a party's own statement, as actor matches of
    that party: the side whose media office the headline or dateline names (المركز الإعلامي
    لقوات سوريا الديمقراطية). In any other article the noun stays a head count."""
    nouns = [
        g
        for g in found.groups
        if g.entry_id in lexicon.entries and lexicon.entry(g).anaphor == OWN_SIDE
    ]
    if not nouns:
        return []
    head_end = header_end(text)
    sides = [lexicon.reporter_sides.get(r.entry_id) for r in found.reporters if r.end <= head_end]
    side = next((s for s in sides if s), None)
    if side is None:
        return []
    return [replace(g, entry_id=side, kind="actor") for g in nouns]


def main_country(places: Sequence[Match], lexicons: Lexicons) -> str:
    """The country most of a text's place mentions lie in ('' if none, or on a tie)."""
    counts = Counter(
        lexicons.gazetteer.get(p.entry_id).country
        for p in places
        if p.entry_id in lexicons.gazetteer.places
    )
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return ""
    return top[0][0]


def resolve_anaphor(m: Match, named: Sequence[Match], candidates: Sequence[str]) -> str | None:
    """The candidate actor named before a co-reference word that the article names most (the
    one it is about: التنظيم is ISIS in a report on its losses that once names the YPG in
    passing), the last named of those on a tie; else the first candidate."""
    earlier = [a.entry_id for a in named if a.end <= m.start and a.entry_id in candidates]
    if earlier:
        counts = Counter(a.entry_id for a in named if a.entry_id in candidates)
        return max(reversed(earlier), key=lambda c: counts[c])
    return candidates[0] if candidates else None


def is_nisba(text: str, place: Match, nouns: Sequence[Match]) -> bool:
    """True if a place name follows a counted noun as its adjective (متطوعا سوريا: Syrian, not Syria)."""
    return any(n.end <= place.start and not text[n.end : place.start].strip() for n in nouns)


def overlaps_any(m: Any, others: Iterable[Any]) -> bool:
    """True if a span overlaps any of the other spans."""
    return any(m.start < o.end and o.start < m.end for o in others)


def assemble_tolls(
    text: str,
    views: Sequence[SentenceView],
    lexicon: TollLexicon,
    publication_date: dt.date | None,
    doc: Mentions,
) -> list[OpenToll]:
    """Group toll sentences, and the sentences that continue them, into tolls."""
    tolls: list[OpenToll] = []
    current: OpenToll | None = None
    for view in views:
        follows = current is not None and current.sentences[-1].index == view.index - 1
        prior = current.last_actor() if follows and current else None
        figures = toll_figures(text, view, lexicon, publication_date, prior)
        earlier = current.figures if follows and current is not None else []
        figures = drop_untold_shares(text, figures, earlier)
        reporter = find_reporter(text, view, lexicon, doc)
        if figures:
            if not (follows and current is not None and restates(current, view, reporter, figures)):
                current = OpenToll()
                tolls.append(current)
            add_sentence(text, current, view, figures, reporter, lexicon, publication_date)
        elif follows and current is not None and refers_back(text, view, lexicon):
            role = current.figures[-1].role if current.figures else None
            figures = drop_untold_shares(
                text, sentence_figures(text, view, lexicon, role, prior), current.figures
            )
            add_sentence(text, current, view, figures, reporter, lexicon, publication_date)
        else:
            current = None
    kept = [t for t in tolls if t.figures]
    for toll in kept:
        inherit_period_start(text, toll, views, lexicon, publication_date)
    return merge_restated_tolls(kept)


def drop_untold_shares(text: str, figures: list[Figure], earlier: list[Figure]) -> list[Figure]:
    """Drop a share of a count told before that names no group of its own: in «ووثق المرصد مقتل
    120 مدنياً … منذ مطلع الشهر، وقتل 30 منهم في غارات روسية» the 30 are some of the 120 (split
    by cause), not a row of their own. «بينهم 30 طفلاً» (a group) and a share of another role
    (وأصيب 30 منهم) stay."""
    kept: list[Figure] = []
    for fig in figures:
        nxt = _WORD.search(text, fig.end)
        share = (
            fig.group_rule == "default"
            and nxt is not None
            and not text[fig.end : nxt.start()].strip()
            and nxt.group() in PART_OF_WORDS
        )
        if share and any(
            f.role == fig.role and f.value >= fig.value and f.end <= fig.start
            for f in [*earlier, *kept]
        ):
            continue
        kept.append(fig)
    return kept


def inherit_period_start(
    text: str,
    toll: OpenToll,
    views: Sequence[SentenceView],
    lexicon: TollLexicon,
    publication_date: dt.date | None,
) -> None:
    """A period opened with no date (منذ بدء العملية، بين تاريخ بدء الهجوم) starts on the date
    the article gave that opening before (منذ انطلاق العملية في 20 يناير): the nearest earlier
    sentence whose opener has a date."""
    if toll.period_start or not any(v.cues_of(lexicon, "period_start") for v in toll.sentences):
        return
    first = toll.sentences[0].index
    for view in reversed([v for v in views if v.index < first]):
        if not view.cues_of(lexicon, "period_start"):
            continue
        start, _ = find_period(text, view, lexicon, publication_date)
        if start is not None:
            toll.period_start = start.isoformat()
            return


def merge_restated_tolls(tolls: list[OpenToll]) -> list[OpenToll]:
    """Fold a toll into an earlier one told again later: a same figure, or a headline's rough one.

    When a headline's toll is told precisely in the body, the headline's rough figures give way.
    """
    kept: list[OpenToll] = []
    for toll in tolls:
        same = next((k for k in kept if same_toll(k, toll)), None)
        headline = next((k for k in kept if headline_announces(k, toll)), None)
        if same is None and headline is not None:
            headline.figures = [
                f
                for f in headline.figures
                if not any(close(f, b, rounded=True) for b in toll.figures)
            ]
            same = headline
        if same is None:
            kept.append(toll)
            continue
        same.sentences += toll.sentences
        same.figures += toll.figures
        same.reporter = same.reporter or toll.reporter
        same.period_start = same.period_start or toll.period_start
        same.period_end = same.period_end or toll.period_end
    return kept


def same_toll(old: OpenToll, new: OpenToll) -> bool:
    """True if two tolls share a (group, role, value) figure and do not differ in reporter or place."""
    if not compatible_tolls(old, new):
        return False
    old_figures = {(f.group, f.role, f.value) for f in old.figures}
    return any((f.group, f.role, f.value) in old_figures for f in new.figures)


def headline_announces(headline: OpenToll, body: OpenToll) -> bool:
    """True if a headline's toll is the body's toll told roughly ("أكثر من 500" for 510)."""
    if any(v.kind != "headline" for v in headline.sentences) or not compatible_tolls(
        headline, body
    ):
        return False
    return any(close(h, b, rounded=True) for h in headline.figures for b in body.figures)


def close(rough: Figure, precise: Figure, *, rounded: bool = False) -> bool:
    """True if two figures of the same role agree: equal, or within 10% when the first is
    approximate or told in a headline (rounded=True: headlines round, تتجاوز 300 for 310)."""
    if rough.role != precise.role:
        return False
    if rough.value == precise.value:
        return True
    margin = HEADLINE_MARGIN * max(rough.value, precise.value)
    return (rounded or rough.approx is not None) and abs(rough.value - precise.value) <= margin


def compatible_tolls(old: OpenToll, new: OpenToll) -> bool:
    """True if two tolls do not differ in reporter or in place."""
    if old.reporter and new.reporter and old.reporter != new.reporter:
        return False
    old_places = {p.entry_id for s in old.sentences for p in s.found.places}
    new_places = {p.entry_id for s in new.sentences for p in s.found.places}
    return not (old_places and new_places and not old_places & new_places)


def restates(
    toll: OpenToll, view: SentenceView, reporter: str, figures: Sequence[Figure] = ()
) -> bool:
    """True if a toll sentence right after a toll goes on with it (same reporter and place).

    A figure of a group and role the toll already counts, with another value, starts a new
    toll (ليرتفع إلى 16 عدد الشهداء المدنيين … في دمشق after 194 civilians in the Ghouta).
    """
    if reporter and toll.reporter and reporter != toll.reporter:
        return False
    if any(
        f.group == g.group and f.role == g.role and not close(f, g, rounded=True)
        for f in figures
        for g in toll.figures
    ):
        return False
    old = {p.entry_id for s in toll.sentences for p in s.found.places}
    new = {p.entry_id for p in view.found.places}
    return not old or not new or bool(old & new)


def refers_back(text: str, view: SentenceView, lexicon: TollLexicon) -> bool:
    """True if a sentence continues the previous toll (في هذه المعارك anywhere; أغلبهم at its start)."""
    if view.cues_of(lexicon, "backref"):
        return True
    return any(
        words_between(text, view.start, c.start) <= 2 for c in view.cues_of(lexicon, "breakdown")
    )


def add_sentence(
    text: str,
    toll: OpenToll,
    view: SentenceView,
    figures: list[Figure],
    reporter: str,
    lexicon: TollLexicon,
    publication_date: dt.date | None,
) -> None:
    """Add one sentence's figures, reporter and period to a toll."""
    toll.sentences.append(view)
    toll.figures += figures
    toll.reporter = toll.reporter or reporter
    start, end = find_period(text, view, lexicon, publication_date)
    toll.period_start = toll.period_start or (start.isoformat() if start else "")
    toll.period_end = toll.period_end or (end.isoformat() if end else "")


# ------------------------------------------------------------------------ location and rows


def find_location(
    text: str, toll: OpenToll, views: Sequence[SentenceView], lexicons: Lexicons
) -> str:
    """The place of a toll: first place in its sentences, else the places of the sentence before."""
    for view in toll.sentences:
        if view.found.places:
            return places_name(text, view, lexicons)
    first = toll.sentences[0]
    if first.index == 0:
        return ""
    before = views[first.index - 1]
    if "\n" in text[before.end : first.start] or not before.found.places:
        return ""
    return places_name(text, before, lexicons)


def places_name(text: str, view: SentenceView, lexicons: Lexicons) -> str:
    """The first town-level place of a sentence, or all places joined when all are countries/regions."""
    names = [place_name(p, text, view, lexicons) for p in view.found.places]
    kinds = [place_kind(p, text, view, lexicons) for p in view.found.places]
    if set(kinds) <= WIDE_PLACE_KINDS:
        return " and ".join(dict.fromkeys(n for n in names if n))
    return next(n for n, k in zip(names, kinds, strict=True) if k not in WIDE_PLACE_KINDS)


WIDE_PLACE_KINDS = frozenset({"country", "region", "governorate"})


def resolved_place(m: Match, text: str, view: SentenceView, lexicons: Lexicons) -> Place:
    """The gazetteer place a place mention resolves to in its sentence."""
    place, _reason = lexicons.gazetteer.resolve(m, text[view.start : view.end])
    return place


def place_name(m: Match, text: str, view: SentenceView, lexicons: Lexicons) -> str:
    """English name of a place mention ('' if unresolved)."""
    place = resolved_place(m, text, view, lexicons)
    return getattr(place, "name_en", "") or ""


def place_kind(m: Match, text: str, view: SentenceView, lexicons: Lexicons) -> str:
    """Kind (city, country ...) of a place mention."""
    place = resolved_place(m, text, view, lexicons)
    return getattr(place, "kind", "") or ""


def toll_rows(
    doc_id: str, toll_id: str, toll: OpenToll, location: str, prepared: PreparedText
) -> list[Toll]:
    """One row per group of a toll, with the best figure per role (exact beats approximate)."""
    best: dict[str, dict[str, Figure]] = {}
    for fig in drop_unnamed_repeats(adopt_head_group(toll.figures)):
        roles = best.setdefault(fig.group, {})
        old = roles.get(fig.role)
        if old is not None and fig.segment == old.segment and fig.value < old.value:
            continue  # a smaller figure later in the same sentence is a part of it (… منها 98)
        if old is None or fig.approx is None or old.approx is not None:
            roles[fig.role] = fig
    rows = []
    for group, roles in best.items():
        sentence, start, end = evidence_of(min(roles.values(), key=lambda f: f.start), prepared)
        rows.append(
            Toll(
                doc_id=doc_id,
                toll_id=toll_id,
                reporter=toll.reporter,
                location=location,
                period_start=toll.period_start,
                period_end=toll.period_end,
                group=group,
                killed=count_of(roles, "killed"),
                injured=count_of(roles, "injured"),
                captured=count_of(roles, "captured"),
                sentence=sentence,
                char_start=start,
                char_end=end,
            )
        )
    return rows


def drop_unnamed_repeats(figures: list[Figure]) -> list[Figure]:
    """A 'total' figure that repeats a named group's figure (a headline's 194 شهيداً, the body's
    194 civilians) counts the same people: it makes no row of its own."""
    named = {(f.role, f.value) for f in figures if f.group != "total"}
    return [f for f in figures if f.group != "total" or (f.role, f.value) not in named]


def adopt_head_group(figures: list[Figure]) -> list[Figure]:
    """A figure of another role with no group named counts the group the toll opened with.

    "ارتفع عدد الشهداء المدنيين إلى 196، بينهم 31 طفلاً، فيما بلغ عدد الجرحى 412": the 412
    wounded are civilians too, not a separate "total" row.
    """
    if not figures or figures[0].group == "total":
        return figures
    head = figures[0]
    heads = {f.role for f in figures if f.group == head.group}
    return [
        replace(f, group=head.group, group_rule="head")
        if f.group == "total" and f.group_rule == "default" and f.role not in heads
        else f
        for f in figures
    ]


def count_of(roles: Mapping[str, Figure], role: str) -> int | None:
    """The figure of one role, or None."""
    fig = roles.get(role)
    return fig.value if fig is not None else None


def evidence_of(fig: Figure, prepared: PreparedText) -> tuple[str, int, int]:
    """The clause holding a figure, as exact original text with its span in the original."""
    segment = prepared.segments[fig.segment]
    start, end = segment.start, segment.end
    for c_start, c_end in segment.clauses or ():
        if c_start <= fig.start < c_end:
            start, end = c_start, c_end
            break
    if fig.cut is not None and start < fig.cut <= fig.start:
        start = fig.cut
    o_start, o_end = prepared.norm.to_original(start, end)
    raw = prepared.norm.original[o_start:o_end]
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw) - len(raw.rstrip())
    return raw.strip(), o_start + lead, o_end - trail
