"""Arabic numbers in normalised text: digits, number words, duals, approximations, vague amounts.

The number words live in ``lexicons/data/numbers.yaml``; this module only computes with
them. Input text must already be normalised with :func:`conflictlib.normalize.normalize_key`
(or come from the text layer's ``NormalizedText.text``): no diacritics, one alef, ة -> ه,
ى -> ي, ASCII digits, ``،`` -> ``,``. Every span points into that text.

Conventions (data/gold/CODEBOOK.md, section 7): "نحو 30", "أكثر من 30", "ما لا يقل عن 30"
all give the value 30 with an ``approx`` tag; vague amounts (عشرات، عدد من، مئات) give
``value=None`` and ``vague=True``, with ``estimated_value`` holding ACLED's convention
(tens -> 10, dozens -> 12, hundreds -> 100); ``find_numbers(..., estimate=True)`` fills
``value`` from it and sets ``estimated=True``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import DATA_DIR, Field, LexiconFile, load_validated
from conflictlib.normalize import normalize_key

NUMBER_KINDS = ("cardinal", "dual", "one_of", "vague", "percent", "year", "label")
COMPONENT_CATEGORIES = ("unit", "teen", "ten", "hundred", "scale", "one_of")
NUMBER_CATEGORIES = (
    *COMPONENT_CATEGORIES,
    "approximator",
    "vague",
    "vague_noun",
    "percent",
    "year_cue",
    "label_cue",
    "not_number",
    "dual_noun",
)
APPROX_TAGS = ("about", "at_least", "more_than", "less_than", "up_to")

NUMBER_SCHEMA: dict[str, Field] = {
    "id": Field((str,), required=True),
    "category": Field((str,), required=True, choices=NUMBER_CATEGORIES),
    "forms": Field((list,), required=True, item_types=(str,)),
    "value": Field((int,)),
    "times": Field((int,)),
    "estimate": Field((int,)),
    "approx": Field((str,), choices=APPROX_TAGS),
    "position": Field((str,), choices=("before", "after", "both")),
    "counts": Field((str,), choices=("person", "object", "time")),
    "sound_plural": Field((bool,)),
    "bare_dual": Field((bool,)),
    "note": Field((str,)),
}
"""Schema of numbers.yaml entries (kind 'numbers'); unknown fields are rejected."""

_REQUIRED_BY_CATEGORY = {
    "unit": ("value",),
    "teen": ("value",),
    "ten": ("value",),
    "hundred": ("value",),
    "scale": ("value",),
    "one_of": ("value",),
    "approximator": ("approx", "position"),
    "dual_noun": ("counts",),
}

# Clitic prefixes, longest first; the stem keeps what follows. لل = ل + ال.
CLITIC_PREFIXES: tuple[str, ...] = (
    "وبال",
    "فبال",
    "وكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "فب",
    "فل",
    "وك",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
_CLITIC_INITIALS = frozenset(p[0] for p in CLITIC_PREFIXES)
NUMBER_CLITICS: tuple[str, ...] = ("", *(p for p in CLITIC_PREFIXES if "ك" not in p))
"""Clitics allowed on the first word of a number (not ك: كمية is not ك + مية)."""
_ARTICLE_PREFIXES = frozenset(p for p in CLITIC_PREFIXES if p.endswith("ال") or p.endswith("لل"))

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]+|%")


@dataclass(frozen=True)
class Token:
    """One word, digit group or percent sign of a normalised text, with its span."""

    start: int
    end: int
    text: str
    gap: str = ""  # what stands between the previous token and this one, spaces stripped

    @property
    def clean_gap(self) -> bool:
        """True when only whitespace (or nothing) separates this token from the previous one."""
        return self.gap == ""

    @cached_property
    def readings(self) -> tuple[tuple[str, str], ...]:
        """(prefix, stem) readings of the word, computed once (see strip_clitics)."""
        return _clitic_readings(self.text, 2)


def tokenize(text: str) -> list[Token]:
    """Split normalised text into Arabic words, digit groups and '%' signs, with spans."""
    tokens: list[Token] = []
    prev_end = 0
    for m in TOKEN_RE.finditer(text):
        gap = "".join(text[prev_end : m.start()].split())
        tokens.append(Token(m.start(), m.end(), m.group(), gap))
        prev_end = m.end()
    return tokens


def strip_clitics(word: str, min_stem: int = 2) -> list[tuple[str, str]]:
    """All (prefix, stem) readings of a word: the word itself first, then clitic splits."""
    return list(_clitic_readings(word, min_stem))


@lru_cache(maxsize=1 << 16)
def _clitic_readings(word: str, min_stem: int) -> tuple[tuple[str, str], ...]:
    """strip_clitics, memoised: news text repeats its words, and tokens are made per call."""
    readings = [("", word)]
    if word[:1] in _CLITIC_INITIALS:
        for prefix in CLITIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= min_stem:
                readings.append((prefix, word[len(prefix) :]))
    return tuple(readings)


@dataclass(frozen=True)
class PhraseHit:
    """A phrase-table match: tokens [first, last) and the payload of the matched form."""

    first: int
    last: int
    prefix: str
    payload: Any
    form: str


@dataclass
class PhraseTable:
    """Multi-word forms (tuples of normalised words) mapped to payloads; longest match wins."""

    by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = field(default_factory=dict)

    def add(self, form: str, payload: Any) -> None:
        """Add one normalised form (words separated by spaces)."""
        words = tuple(form.split())
        bucket = self.by_first.setdefault(words[0], [])
        bucket.append((words, payload))
        bucket.sort(key=lambda item: -len(item[0]))

    def match(
        self, tokens: list[Token], i: int, prefixes: Iterable[str] | None = None
    ) -> PhraseHit | None:
        """Longest form starting at token i; the first word may carry one of `prefixes` (None = any)."""
        if i >= len(tokens):
            return None
        for prefix, stem in tokens[i].readings:
            bucket = self.by_first.get(stem)
            if bucket is None or (prefixes is not None and prefix not in prefixes):
                continue
            for words, payload in bucket:
                if _words_follow(tokens, i, words):
                    return PhraseHit(i, i + len(words), prefix, payload, " ".join(words))
        return None


def _words_follow(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    return all(
        tokens[i + k].text == w and tokens[i + k].clean_gap for k, w in enumerate(words) if k > 0
    )


@dataclass(frozen=True)
class Component:
    """A number word: its category, value, dual multiplier and vague estimate."""

    entry_id: str
    category: str
    value: int
    times: int = 1
    estimate: int | None = None


@dataclass(frozen=True)
class DualNoun:
    """A counted noun in the dual (جنديين): the entry id and what it counts."""

    entry_id: str
    singular: str
    counts: str
    bare_dual: bool = False  # a sound plural whose bare -ين reads as two in news (شرطيين)


@dataclass(frozen=True)
class NumberLexicon:
    """Parsed numbers.yaml: phrase tables for every category, ready for find_numbers."""

    words: PhraseTable
    approx_before: PhraseTable
    approx_after: PhraseTable
    vague: PhraseTable
    percent: PhraseTable
    duals: dict[str, DualNoun]
    year_cues: frozenset[str]
    not_number: frozenset[str]
    paths: tuple[Path, ...] = ()
    starters: frozenset[str] = frozenset()  # every word a number expression can start with
    label_cues: frozenset[str] = frozenset()  # nouns whose digits name, not count (اللواء 14)


@dataclass(frozen=True)
class NumberMatch:
    """A number found in normalised text; offsets index that text."""

    start: int
    end: int
    value: int | float | None
    approx: str | None = None  # about | at_least | more_than | less_than | up_to
    estimated: bool = False  # value filled from a vague amount by ACLED convention
    vague: bool = False  # عشرات، عدد من ... (value None unless estimated)
    kind: str = "cardinal"  # cardinal | dual | one_of | vague | percent | year | label
    estimated_value: int | None = None  # ACLED convention for a vague amount
    counts: str | None = None  # for duals: person | object | time
    rule: str = ""
    surface: str = ""
    approx_span: tuple[int, int] | None = None  # where the approximator is, if any


# ---------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------


def load_number_lexicon(
    path: str | Path | None = None,
    *,
    extra_paths: Sequence[str | Path] = (),
    dates_path: str | Path | None = None,
) -> NumberLexicon:
    """Load and validate numbers.yaml (default: package data) plus a researcher's extra files.

    Every file is validated and every problem of every file is reported at once; a form in
    an extra file that collides with one already loaded is an error. Month names from
    dates.yaml (default: package data) become year cues, so "سبتمبر 2014" tags 2014 a year.
    """
    paths = [Path(path) if path is not None else DATA_DIR / "numbers.yaml", *map(Path, extra_paths)]
    files = load_all_validated(paths, NUMBER_SCHEMA, "numbers")
    from conflictlib.dates import load_month_forms  # dates builds on numbers: import here, no cycle

    return build_number_lexicon(files, year_cues=load_month_forms(dates_path))


def load_all_validated(
    paths: Sequence[Path], schema: dict[str, Field], kind: str
) -> list[LexiconFile]:
    """Validate several lexicon files of one kind; raise one LexiconError listing every problem."""
    files, problems = [], []
    for path in paths:
        try:
            files.append(load_validated(path, schema, kind=kind))
        except LexiconError as exc:
            problems += exc.problems
    if problems:
        raise LexiconError(problems)
    return files


def build_number_lexicon(
    files: Sequence[LexiconFile], year_cues: Iterable[str] = ()
) -> NumberLexicon:
    """Turn validated numbers files into a NumberLexicon; raise LexiconError on collisions."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    tables = {name: PhraseTable() for name in ("words", "before", "after", "vague", "percent")}
    duals: dict[str, DualNoun] = {}
    cues: set[str] = set(year_cues)
    not_number: set[str] = set()
    labels: set[str] = set()
    for lex_file in files:
        file_problems, incomplete = _check_category_fields(lex_file)
        problems += file_problems
        for entry, line in zip(lex_file.entries, _lines(lex_file), strict=True):
            where = f"{lex_file.path}:{line} (id={entry['id']!r})"
            for raw in entry["forms"]:
                form = normalize_key(raw)
                if not form:
                    problems.append(f"{where}: empty form {raw!r}")
                    continue
                # a dual noun is matched by its generated dual forms: those must be unique
                keys = _dual_keys(entry, form) if entry["category"] == "dual_noun" else [form]
                clashes = [key for key in keys if key in seen]
                if clashes:
                    problems.append(
                        f"{where}: form {raw!r} collides with {seen[clashes[0]]} after normalisation"
                    )
                    continue
                seen.update(
                    {key: f"{lex_file.path.name}:{line} id={entry['id']!r}" for key in keys}
                )
                if entry["id"] not in incomplete:
                    _add_form(entry, form, tables, duals, cues, not_number, labels)
    if problems:
        raise LexiconError(problems)
    return NumberLexicon(
        words=tables["words"],
        approx_before=tables["before"],
        approx_after=tables["after"],
        vague=tables["vague"],
        percent=tables["percent"],
        duals=duals,
        year_cues=frozenset(cues),
        not_number=frozenset(not_number),
        label_cues=frozenset(labels),
        paths=tuple(f.path for f in files),
        starters=frozenset(
            [*duals, *(w for name in ("words", "before", "vague") for w in tables[name].by_first)]
        ),
    )


def _lines(lex_file: LexiconFile) -> list[int]:
    return (
        lex_file.lines
        if len(lex_file.lines) == len(lex_file.entries)
        else [0] * len(lex_file.entries)
    )


def _dual_keys(entry: dict[str, Any], form: str) -> list[str]:
    return dual_forms(form, sound_plural=bool(entry.get("sound_plural")))


def _check_category_fields(lex_file: LexiconFile) -> tuple[list[str], set[str]]:
    """Fields a category needs (a unit needs a value...): the problems and the ids at fault."""
    problems, incomplete = [], set()
    for entry, line in zip(lex_file.entries, _lines(lex_file), strict=True):
        where = f"{lex_file.path}:{line} (id={entry['id']!r})"
        for name in _REQUIRED_BY_CATEGORY.get(entry["category"], ()):
            if entry.get(name) is None:
                problems.append(f"{where}: category {entry['category']!r} needs {name!r}")
                incomplete.add(entry["id"])
        if not entry["forms"]:
            problems.append(f"{where}: no forms")
    return problems, incomplete


def _add_form(
    entry: dict[str, Any],
    form: str,
    tables: dict[str, PhraseTable],
    duals: dict[str, DualNoun],
    year_cues: set[str],
    not_number: set[str],
    label_cues: set[str],
) -> None:
    category = entry["category"]
    if category in COMPONENT_CATEGORIES:
        component = Component(
            entry["id"], category, entry["value"], entry.get("times") or 1, entry.get("estimate")
        )
        tables["words"].add(form, component)
        if category == "scale" and component.estimate is not None:
            tables["vague"].add(form, (component.estimate, entry["id"], "vague"))  # آلاف alone
    elif category == "approximator":
        position = entry["position"]
        for side in ("before", "after"):
            if position in (side, "both"):
                tables[side].add(form, (entry["approx"], entry["id"]))
    elif category in ("vague", "vague_noun"):
        tables["vague"].add(form, (entry.get("estimate"), entry["id"], category))
    elif category == "percent":
        tables["percent"].add(form, entry["id"])
    elif category == "year_cue":
        year_cues.add(form)
    elif category == "label_cue":
        label_cues.add(form)
    elif category == "not_number":
        not_number.add(form)
    elif category == "dual_noun":
        for dual in _dual_keys(entry, form):
            duals[dual] = DualNoun(entry["id"], form, entry["counts"], bool(entry.get("bare_dual")))


def dual_forms(singular: str, sound_plural: bool = False) -> list[str]:
    """Dual forms of a normalised singular noun: جندي -> جنديان, جنديين (ه -> ت before the ending).

    With ``sound_plural`` the -ين form is left out, because it is also the plural
    (مدنيين = civilians).
    """
    stem = singular[:-1] + "ت" if singular.endswith("ه") else singular
    forms = [stem + "ان"]
    if not sound_plural:
        forms.append(stem + "ين")
    return forms


def dual_value(word: str, lex: NumberLexicon | None = None) -> int | None:
    """2 if the normalised word (clitics allowed) is the dual of a counted noun, else None."""
    lex = lex if lex is not None else load_number_lexicon()
    return 2 if _dual_at_word(word, lex) is not None else None


def _dual_at_word(word: str, lex: NumberLexicon) -> tuple[str, DualNoun] | None:
    for prefix, stem in strip_clitics(word):
        if stem in lex.duals and prefix in NUMBER_CLITICS:
            return prefix, lex.duals[stem]
    return None


# ---------------------------------------------------------------------------------
# Finding numbers
# ---------------------------------------------------------------------------------


def find_numbers(
    text: str, lex: NumberLexicon | None = None, *, estimate: bool = False
) -> list[NumberMatch]:
    """All numbers in normalised text, in order, non-overlapping.

    ``lex=None`` loads the package lexicon on every call (slow in a loop: load it once
    with :func:`load_number_lexicon` and pass it). With ``estimate=True`` vague amounts
    get ``value = estimated_value`` and ``estimated=True``.
    """
    lex = lex if lex is not None else load_number_lexicon()
    tokens = tokenize(text)
    matches = list(_scan_numbers(text, tokens, lex))
    if estimate:
        matches = [apply_estimate(m) for m in matches]
    return matches


def apply_estimate(match: NumberMatch) -> NumberMatch:
    """Fill a vague match's value from its ACLED estimate and mark it estimated."""
    if match.vague and match.value is None and match.estimated_value is not None:
        return replace(match, value=match.estimated_value, estimated=True)
    return match


def _scan_numbers(text: str, tokens: list[Token], lex: NumberLexicon) -> Iterator[NumberMatch]:
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[0].isdigit() and not any(
            stem in lex.starters for _, stem in token.readings
        ):
            i += 1  # no number expression starts with this word
            continue
        found = _match_at(text, tokens, i, lex)
        if found is None:
            i += 1
            continue
        match, next_i = found
        yield match
        i = max(next_i, i + 1)
        if i < len(tokens) and _is_counted_casualty_noun(tokens, i, lex):
            i += 1  # ثلاثة قتلى: the plural noun is what was counted, not a vague amount


def _match_at(
    text: str, tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[NumberMatch, int] | None:
    if _is_not_number(tokens[i], lex):
        return None
    approx = lex.approx_before.match(tokens, i, NUMBER_CLITICS)
    if approx is not None and approx.last < len(tokens) and tokens[approx.last].clean_gap:
        parsed = _parse_number(text, tokens, approx.last, lex)
        if parsed is not None:
            match, next_i = parsed
            start = tokens[i].start + len(approx.prefix)
            span = (start, tokens[approx.last - 1].end)
            tag, entry_id = approx.payload
            match = replace(
                match, start=start, approx=tag, approx_span=span, rule=f"{match.rule}+{entry_id}"
            )
            return _finish(text, match), next_i
    parsed = _parse_number(text, tokens, i, lex)
    if parsed is not None:
        match, next_i = parsed
        if match.approx is None:
            match, next_i = _attach_after_approx(tokens, next_i, match, lex)
        return _finish(text, match), next_i
    return _match_vague_or_dual(text, tokens, i, lex)


def _is_counted_casualty_noun(tokens: list[Token], i: int, lex: NumberLexicon) -> bool:
    hit = lex.vague.match(tokens, i, prefixes=("",))
    return hit is not None and hit.payload[2] == "vague_noun" and tokens[i].clean_gap


def _finish(text: str, match: NumberMatch) -> NumberMatch:
    return replace(match, surface=text[match.start : match.end])


def _is_not_number(token: Token, lex: NumberLexicon) -> bool:
    return any(
        stem in lex.not_number for prefix, stem in token.readings if prefix not in _ARTICLE_PREFIXES
    )


def parse_number_at(
    tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[int | float, int] | None:
    """The number (digits or words) starting at token i and the index of the token after it."""
    parsed = _parse_number("", tokens, i, lex)
    if parsed is None or parsed[0].value is None:
        return None
    return parsed[0].value, parsed[1]


def _parse_number(
    text: str, tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[NumberMatch, int] | None:
    if i >= len(tokens):
        return None
    if tokens[i].text[0].isdigit():
        return _parse_digit_number(text, tokens, i, lex)
    if _is_not_number(tokens[i], lex) or lex.percent.match(tokens, i) is not None:
        return None
    return _parse_word_number(tokens, i, lex)


def _parse_digit_number(
    text: str, tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[NumberMatch, int]:
    value, rule = parse_digits(tokens[i].text)
    start, end, j = tokens[i].start, tokens[i].end, i + 1
    scale = lex.words.match(tokens, j, prefixes=("",))
    if scale is not None and scale.payload.category == "scale" and tokens[j].clean_gap:
        value = _as_number(value * scale.payload.value)
        end, j, rule = tokens[scale.last - 1].end, scale.last, f"{rule}+{scale.payload.entry_id}"
    kind = "cardinal"
    percent = lex.percent.match(tokens, j, prefixes=("", "ب"))
    if percent is not None and tokens[j].clean_gap:
        kind, end, j = "percent", tokens[percent.last - 1].end, percent.last
    elif _is_year(tokens, i, value, lex):
        kind, rule = "year", f"{rule}+year"
    elif _is_label(tokens, i, lex):
        kind, rule = "label", f"{rule}+label"
    return NumberMatch(start, end, value, kind=kind, rule=rule), j


def parse_digits(digits: str) -> tuple[int | float, str]:
    """Value of an ASCII digit group with ',' or '.' separators, and the rule used.

    '1,013' and '1.013' are thousands (a '.' followed by exactly three digits is read as
    a thousands separator, as many Arabic outlets write it); '2.5' and '2,5' are decimals.
    """
    parts = re.split(r"[.,]", digits)
    if len(parts) == 1:
        return int(digits), "digits"
    seps = set(re.findall(r"[.,]", digits))
    if all(len(p) == 3 for p in parts[1:]) and len(seps) == 1:
        return int("".join(parts)), "digits_grouped"
    if len(parts) == 2:
        return _as_number(float(f"{parts[0]}.{parts[1]}")), "digits_decimal"
    whole, frac = "".join(parts[:-1]), parts[-1]
    return _as_number(float(f"{whole}.{frac}")), "digits_grouped_decimal"


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _is_year(tokens: list[Token], i: int, value: int | float, lex: NumberLexicon) -> bool:
    if (
        not (isinstance(value, int) and len(tokens[i].text) == 4 and 1900 <= value <= 2100)
        or i == 0
    ):
        return False
    return any(stem in lex.year_cues for _, stem in tokens[i - 1].readings)


def _is_label(tokens: list[Token], i: int, lex: NumberLexicon) -> bool:
    """Digits that name a unit, an article, a resolution or a road, not a count: right after a
    label noun (اللواء 14، الفرقة 17، المادة 4، القرار رقم 2254), after a Latin letter
    (M5، الطريق M4), or the second of two after a dual label noun (للواءين 14 و13)."""
    if "a" <= tokens[i].gap[-1:].lower() <= "z":
        return True
    if i == 0 or not tokens[i].clean_gap:
        return False
    prev = tokens[i - 1]
    if any(stem in lex.label_cues for _, stem in prev.readings):
        return True
    if prev.text == "و" and i >= 3 and tokens[i - 2].text[0].isdigit():
        cue = tokens[i - 3]
        return cue.text.endswith(("ين", "ان")) and _is_label(tokens, i - 2, lex)
    return False


# word numbers ----------------------------------------------------------------------

# After a component of this category, a following "و + component" may continue it.
_CONTINUES = {
    "scale": ("hundred", "ten", "unit", "teen", "scale"),
    "hundred": ("ten", "unit", "teen"),
    "unit": ("ten",),
    "teen": (),
    "ten": (),
}


def _parse_word_number(
    tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[NumberMatch, int] | None:
    first = lex.words.match(tokens, i, NUMBER_CLITICS)
    if first is None:
        return None
    comp: Component = first.payload
    start = tokens[i].start + len(first.prefix)
    if comp.category == "one_of":
        nxt = _continuation(tokens, first.last, lex)
        if nxt is None or nxt.payload.category != "ten":
            match = NumberMatch(
                start, tokens[first.last - 1].end, 1, kind="one_of", rule=comp.entry_id
            )
            return match, first.last
        comp = Component(comp.entry_id, "unit", 1)
    if comp.category == "scale" and comp.estimate is not None:
        return None  # آلاف alone is vague: handled by the vague table
    total, current, last = 0, 0, None
    hit = first
    rule_ids: list[str] = []
    while True:
        total, current = _apply_component(comp, total, current)
        rule_ids.append(comp.entry_id)
        last, end_tok = comp.category, hit.last
        nxt = _next_component(tokens, end_tok, last, current, lex)
        if nxt is None:
            break
        hit, comp = nxt, nxt.payload
    value = total + current
    return NumberMatch(
        start, tokens[end_tok - 1].end, value, rule="words:" + "+".join(rule_ids)
    ), end_tok


def _apply_component(comp: Component, total: int, current: int) -> tuple[int, int]:
    if comp.category == "scale":
        group = current if current else comp.times
        return total + group * comp.value, 0
    return total, current + comp.value * comp.times


def _continuation(tokens: list[Token], j: int, lex: NumberLexicon) -> PhraseHit | None:
    if j >= len(tokens) or not tokens[j].clean_gap:
        return None
    return lex.words.match(tokens, j, prefixes=("و",))


def _next_component(
    tokens: list[Token], j: int, last: str, current: int, lex: NumberLexicon
) -> PhraseHit | None:
    if j >= len(tokens) or not tokens[j].clean_gap:
        return None
    adjacent = lex.words.match(tokens, j, prefixes=("",))
    if adjacent is not None and adjacent.payload.category == "scale" and current > 0:
        return adjacent  # ثلاثة آلاف، مئة ألف
    joined = _continuation(tokens, j, lex)
    if joined is not None and joined.payload.category in _CONTINUES.get(last, ()):
        return joined
    return None


# approximators after, vague amounts, duals ------------------------------------------

_AFTER_WINDOW = 3


def _attach_after_approx(
    tokens: list[Token], j: int, match: NumberMatch, lex: NumberLexicon
) -> tuple[NumberMatch, int]:
    """Tag an approximator after the number (14 شخصا على الأقل); the span grows only if adjacent."""
    for k in range(j, min(j + _AFTER_WINDOW + 1, len(tokens))):
        if not tokens[k].clean_gap or tokens[k].text[0].isdigit():
            break
        hit = lex.approx_after.match(tokens, k, prefixes=("",))
        if hit is not None:
            tag, entry_id = hit.payload
            span = (tokens[k].start, tokens[hit.last - 1].end)
            end, next_i = (span[1], hit.last) if k == j else (match.end, j)
            rule = f"{match.rule}+{entry_id}"
            return replace(match, approx=tag, approx_span=span, end=end, rule=rule), next_i
        if lex.words.match(tokens, k) is not None:
            break
    return match, j


def _match_vague_or_dual(
    text: str, tokens: list[Token], i: int, lex: NumberLexicon
) -> tuple[NumberMatch, int] | None:
    vague = lex.vague.match(tokens, i, prefixes=("", "و", "ف", "ب", "ل"))
    if vague is not None:
        estimate, entry_id, category = vague.payload
        last = vague.last
        scale = lex.words.match(tokens, last, prefixes=("", "ال"))
        if scale is not None and scale.payload.category == "scale" and tokens[last].clean_gap:
            # عشرات الآلاف، مئات الآلاف: the vague amount counts thousands
            estimate = None if estimate is None else estimate * scale.payload.value
            entry_id, last = f"{entry_id}+{scale.payload.entry_id}", scale.last
        start, end = tokens[i].start + len(vague.prefix), tokens[last - 1].end
        match = NumberMatch(
            start, end, None, vague=True, kind="vague", estimated_value=estimate, rule=entry_id
        )
        return _finish(text, match), last
    dual = _dual_at_word(tokens[i].text, lex)
    if dual is None:
        return None
    prefix, noun = dual
    end, next_i = tokens[i].end, i + 1
    follow = lex.words.match(tokens, next_i, prefixes=("",))
    if (
        follow is not None
        and tokens[next_i].clean_gap
        and follow.payload.value == 2
        and follow.payload.category == "unit"
    ):
        end, next_i = tokens[follow.last - 1].end, follow.last  # جنديين اثنين
    match = NumberMatch(
        tokens[i].start + len(prefix),
        end,
        2,
        kind="dual",
        counts=noun.counts,
        rule=f"dual:{noun.entry_id}",
    )
    return _finish(text, match), next_i
