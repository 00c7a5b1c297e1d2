"""Sentence and clause segmentation of normalised Arabic news text.

Sentences end at ``. ? ! ; …`` (after normalisation ؟ and ؛ are ``?`` and ``;``) and at
line breaks, but not inside a number (2.5), after a one-letter abbreviation (د.), or inside
a quotation that closes on the same line. A first short line without final punctuation is
the headline. Long sentences are cut into clauses at connectives listed in
``lexicons/data/wordsplit_clauses.yaml`` (، و / فيما / في حين / بينما / كما ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import DATA_DIR, Field, load_validated
from conflictlib.normalize import normalize_key

CLAUSES_PATH = DATA_DIR / "wordsplit_clauses.yaml"
CLAUSES_SCHEMA = {
    "id": Field((str,), required=True),
    "marker": Field((str,), required=True),
    "except_prefixes": Field((list,), item_types=(str,)),
    "except_words": Field((list,), item_types=(str,)),
}

ENDERS = ".?!;…"
LINE_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c"
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
HEADLINE_MIN_WORDS = 3  # a one- or two-word first line is a dateline or a section name
MAX_QUOTE_CHARS = 600  # a quotation longer than this is treated as unbalanced
MIN_CLAUSE_CHARS = 20  # both sides of a clause cut must be at least this long
LONG_SENTENCE_CHARS = 60  # shorter sentences are one clause

_LINE = re.compile(rf"[^{LINE_BREAKS}]+")
_QUOTE = re.compile('"')
_ENDER_RUN = re.compile(rf"[{re.escape(ENDERS)}]+[\"')»]*")
_ARABIC = "\u0621-\u064a\u0671-\u06d3"


@dataclass(frozen=True)
class Segment:
    """A headline or sentence: offsets in NormalizedText.text, with clause spans inside it."""

    start: int
    end: int
    kind: str  # "headline" | "sentence"
    clauses: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ClauseMarkers:
    """Clause connectives compiled into one regex; group 'c' or 'm' starts at the marker."""

    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class Marker:
    """One normalised clause connective and the words it must not cut before."""

    text: str
    except_prefixes: tuple[str, ...] = ()
    except_words: tuple[str, ...] = ()


def load_clause_markers(path: str | Path | None = None) -> ClauseMarkers:
    """Load the clause connectives and compile them into one regular expression."""
    lex = load_validated(path or CLAUSES_PATH, CLAUSES_SCHEMA, kind="clause_markers")
    markers: dict[str, Marker] = {}
    problems: list[str] = []
    for e in lex.entries:
        text = normalize_key(e["marker"])
        if text in markers:
            problems.append(
                f"{lex.path}: marker {e['marker']!r} ({e['id']}) normalises like another"
            )
        markers[text] = Marker(
            text,
            tuple(normalize_key(w) for w in e.get("except_prefixes") or ()),
            tuple(normalize_key(w) for w in e.get("except_words") or ()),
        )
    if problems:
        raise LexiconError(problems)
    return compile_markers(markers.values())


def compile_markers(markers: Iterable[Marker]) -> ClauseMarkers:
    """Regex for normalised markers: "، و"-style ones after a comma, others as whole words.

    A marker whose last word is one letter (و) is a prefix of the next word (one space may
    separate them); other markers must not run on into a letter. Whole-word markers may
    carry a leading و (ومن جهة أخرى).
    """
    after_comma: list[str] = []
    words: list[str] = []
    for marker in sorted(markers, key=lambda m: len(m.text), reverse=True):
        parts = marker.text.lstrip(",").split()
        if not parts:
            continue
        body = r"\s+".join(re.escape(w) for w in parts)
        if len(parts[-1]) == 1:
            body += rf"(?=\s?[{_ARABIC}])" + exceptions(parts[-1], marker)
        else:
            body += rf"(?![{_ARABIC}])"
        (after_comma if marker.text.startswith(",") else words).append(body)
    branches = []
    if after_comma:
        branches.append(rf",\s*(?P<c>{'|'.join(after_comma)})")
    if words:
        branches.append(rf"[\s,](?P<m>و?(?:{'|'.join(words)}))")
    return ClauseMarkers(re.compile("|".join(branches)) if branches else None)


def exceptions(letter: str, marker: Marker) -> str:
    """Negative lookaheads (placed after a one-letter prefix) for the marker's exceptions."""
    out = ""
    if marker.except_prefixes:
        out += rf"(?!\s?(?:{'|'.join(map(re.escape, marker.except_prefixes))}))"
    rests = {w[len(letter) :] for w in marker.except_words if w.startswith(letter) and len(w) > 1}
    if rests:
        out += rf"(?!(?:{'|'.join(map(re.escape, sorted(rests, key=len, reverse=True)))})(?![{_ARABIC}]))"
    return out


def split_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of a text."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between paired double quotes in text[start:end] (long or unpaired ones ignored)."""
    marks = [m.start() for m in _QUOTE.finditer(text, start, end)]
    return [
        (a, b) for a, b in zip(marks[::2], marks[1::2], strict=False) if b - a <= MAX_QUOTE_CHARS
    ]


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence end inside one line."""
    quotes = quoted_spans(text, start, end) if '"' in text[start:end] else []
    ends: list[int] = []
    for m in _ENDER_RUN.finditer(text, start, end):
        i = m.start()
        if (
            _inside(i, quotes)
            or _is_decimal_point(text, i, start, end)
            or _is_abbreviation(text, i, start)
        ):
            continue
        ends.append(m.end())
    return ends


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


def _is_decimal_point(text: str, i: int, start: int, end: int) -> bool:
    """A '.' between two digits (2.5, 1.013) does not end a sentence."""
    return (
        text[i] == "." and start < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )


def _is_abbreviation(text: str, i: int, start: int) -> bool:
    """A '.' after a one-letter word (د. for doctor, م. for metre) does not end a sentence."""
    if text[i] != "." or i - 1 < start or not text[i - 1].isalpha():
        return False
    return i - 2 < start or not text[i - 2].isalpha()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace or commas."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_headline(text: str, start: int, end: int, has_more: bool) -> bool:
    """A first line that is short, has more text after it and no final punctuation.

    An ellipsis (.. or …) is no final punctuation: outlets end headlines with it (الجيش يصد
    هجوماً واسعاً للمسلحين في ريف اللاذقية الشمالي..).
    """
    line = text[start:end].strip()
    if line.endswith(("..", "…")):
        line = line.rstrip(".… ")
    if not has_more or not line or line[-1] in ENDERS + ":,":
        return False
    n_words = len(line.split())
    return len(line) <= HEADLINE_MAX_CHARS and HEADLINE_MIN_WORDS <= n_words <= HEADLINE_MAX_WORDS


def find_clauses(
    text: str, start: int, end: int, markers: ClauseMarkers
) -> tuple[tuple[int, int], ...]:
    """Clause spans inside a sentence, cut at connectives with enough text on both sides."""
    if markers.pattern is None or end - start < LONG_SENTENCE_CHARS:
        return ((start, end),)
    cuts = [start]
    for m in markers.pattern.finditer(text, start, end):
        pos = m.start("c") if m.group("c") is not None else m.start("m")
        if pos - cuts[-1] >= MIN_CLAUSE_CHARS and end - pos >= MIN_CLAUSE_CHARS:
            cuts.append(pos)
    spans = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        a, b = trim(text, a, b)
        if b > a:
            spans.append((a, b))
    return tuple(spans) or ((start, end),)


def segment_text(text: str, markers: ClauseMarkers) -> tuple[Segment, ...]:
    """Split normalised text into a headline (if any) and sentences with their clauses."""
    segments: list[Segment] = []
    lines = split_lines(text)
    for n, (lstart, lend) in enumerate(lines):
        if n == 0 and is_headline(text, lstart, lend, has_more=len(lines) > 1):
            a, b = trim(text, lstart, lend)
            segments.append(Segment(a, b, "headline", ((a, b),)))
            continue
        prev = lstart
        for stop in [*sentence_ends(text, lstart, lend), lend]:
            a, b = trim(text, prev, stop)
            prev = stop
            if b > a and any(c.isalnum() for c in text[a:b]):
                segments.append(Segment(a, b, "sentence", find_clauses(text, a, b, markers)))
    return tuple(segments)


HEADER_CHARS = 300  # the headline and dateline of an article, where a party's statement names it


def header_end(text: str, limit: int = HEADER_CHARS) -> int:
    """Where an article's header ends: the second line break after its first text (headline and
    dateline or lead line), and never past `limit` characters. Linear in the text."""
    start = len(text) - len(text.lstrip())
    first = text.find("\n", start)
    second = text.find("\n", first + 1) if first >= 0 else -1
    return min(second if second >= 0 else len(text), limit)
