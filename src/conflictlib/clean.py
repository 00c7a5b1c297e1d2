"""Removal of web residue from scraped article text, as edits that keep an offset map.

Three passes, each a list of edits on the previous text:

1. markup: HTML comments, script/style blocks and tags are removed (block tags become a
   line break), entities (``&nbsp;`` ``&amp;`` ``&#1575;``) are decoded;
2. lines: navigation, share and legal lines (cues in ``lexicons/data/wordsplit_residue.yaml``),
   repeated paragraphs and truncated teasers of a later paragraph are dropped;
3. hashtags: ``#بشار_الأسد`` becomes ``بشار الأسد``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import DATA_DIR, Field, load_validated
from conflictlib.normalize import Edit, OffsetMap, apply_edits, normalize_key

RESIDUE_PATH = DATA_DIR / "wordsplit_residue.yaml"
RESIDUE_SCHEMA = {
    "id": Field((str,), required=True),
    "cue": Field((str,), required=True),
    "match": Field((str,), required=True, choices=("line_start", "share_word", "line_contains")),
    "max_words": Field((int,), required=False),
}
DEFAULT_MAX_WORDS = 12  # a line_start / share line longer than this is article text
NOTICE_MAX_WORDS = 80  # a legal/cookie notice longer than this is article text
MIN_REPEAT_CHARS = 30  # shorter repeated lines (e.g. a dateline) are kept

_BLOCK_TAGS = (
    "p|br|div|li|ul|ol|tr|td|th|table|h[1-6]|section|article|header|footer|blockquote|figure"
    "|figcaption|hr|nav|aside|main"
)
_DROP_BLOCK = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*/?>")
_BLOCK_TAG = re.compile(rf"(?:{_BLOCK_TAGS})", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HASHTAG = re.compile(r"(?<![\w&])#([^\W\d_][\w]*)")
_LINE = re.compile(r"[^\n]*\n?")
_SHARE_SEPARATORS = re.compile(r"[\s|/\-–—•·:,.;!؟?()\[\]0-9]+")


@dataclass(frozen=True)
class ResidueCues:
    """Normalised residue cues by kind, with per-cue word limits."""

    line_start: tuple[tuple[str, int], ...]
    share_words: frozenset[str]
    line_contains: tuple[str, ...]


def load_residue_cues(path: str | Path | None = None) -> ResidueCues:
    """Load and normalise the residue cue file (packaged one by default)."""
    lex = load_validated(path or RESIDUE_PATH, RESIDUE_SCHEMA, kind="text_residue")
    starts: list[tuple[str, int]] = []
    share: set[str] = set()
    contains: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for e in lex.entries:
        cue = normalize_key(e["cue"])
        key = (e["match"], cue.casefold())
        if key in seen:
            problems.append(f"{lex.path}: cue {e['cue']!r} ({e['id']}) normalises like {seen[key]}")
        seen[key] = e["id"]
        if e["match"] == "line_start":
            starts.append((cue, int(e.get("max_words") or DEFAULT_MAX_WORDS)))
        elif e["match"] == "share_word":
            share.add(cue.casefold())
        else:
            contains.append(cue.casefold())
    if problems:
        raise LexiconError(problems)
    starts.sort(key=lambda c: len(c[0]), reverse=True)
    return ResidueCues(tuple(starts), frozenset(share), tuple(contains))


def markup_edits(text: str) -> list[Edit]:
    """Edits removing HTML comments, scripts, tags and decoding entities."""
    if "<" not in text and "&" not in text:
        return []
    edits: list[Edit] = []
    if "<" in text:
        edits.extend((m.start(), m.end(), "") for m in _DROP_BLOCK.finditer(text))
        for m in _TAG.finditer(text):
            rep = "\n" if _BLOCK_TAG.fullmatch(m.group(1)) else ""
            edits.append((m.start(), m.end(), rep))
    if "&" in text:
        for m in _ENTITY.finditer(text):
            decoded = html.unescape(m.group())
            if decoded != m.group():
                edits.append((m.start(), m.end(), decoded.replace("\xa0", " ")))
    edits.sort(key=lambda e: (e[0], -e[1]))  # a script block before the tags inside it
    return _drop_overlaps(edits)


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    """Keep the first of overlapping edits (input sorted by start, longest first)."""
    out: list[Edit] = []
    end = -1
    for edit in edits:
        if edit[0] >= end:
            out.append(edit)
            end = max(end, edit[1])
    return out


def is_residue_line(key: str, cues: ResidueCues) -> bool:
    """True if a normalised line is navigation, sharing or legal boilerplate."""
    words = key.split()
    if not words:
        return False
    folded = key.casefold()
    for cue, max_words in cues.line_start:
        if len(words) <= max_words and (
            folded == cue or folded.startswith(cue + " ") or folded.startswith(cue + ":")
        ):
            return True
    if len(words) <= DEFAULT_MAX_WORDS and is_share_line(folded, cues):
        return True
    if len(words) <= NOTICE_MAX_WORDS and any(c in folded for c in cues.line_contains):
        return True
    return False


def is_share_line(folded: str, cues: ResidueCues) -> bool:
    """True if a line consists only of share/social words and separators."""
    rest = folded
    for cue in sorted(cues.share_words, key=len, reverse=True):
        if cue in rest:
            rest = re.sub(rf"(?<!\w){re.escape(cue)}(?!\w)", " ", rest)
    if rest == folded:
        return False
    return _SHARE_SEPARATORS.sub("", rest) == ""


def line_edits(text: str, cues: ResidueCues) -> list[Edit]:
    """Edits dropping residue lines, repeated paragraphs and teasers of later paragraphs."""
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group()]
    stripped = [line.strip() for _, _, line in lines]
    edits: list[Edit] = []
    seen: set[str] = set()
    for i, ((start, end, line), key) in enumerate(zip(lines, stripped, strict=True)):
        if not key:
            continue
        if line.count(" ") <= NOTICE_MAX_WORDS and is_residue_line(normalize_key(line), cues):
            edits.append((start, end, ""))
        elif len(key) >= MIN_REPEAT_CHARS and key in seen:
            edits.append((start, end, ""))
        elif is_teaser(key, stripped[i + 1 :]):
            edits.append((start, end, ""))
        seen.add(key)
    return edits


def is_teaser(line: str, later: list[str]) -> bool:
    """True if a line ends in an ellipsis and a later paragraph starts with its text."""
    if not line.endswith(("...", "…")):
        return False
    body = line.rstrip(".… ")
    return len(body) >= MIN_REPEAT_CHARS and any(k.startswith(body) and k != line for k in later)


def hashtag_edits(text: str) -> list[Edit]:
    """Edits unwrapping hashtags that contain letters: drop '#', underscores become spaces."""
    if "#" not in text:
        return []
    edits: list[Edit] = []
    for m in _HASHTAG.finditer(text):  # the tag starts with a letter: #2015 is left alone
        edits.append((m.start(), m.start() + 1, ""))
        base = m.start(1)
        edits.extend((base + k, base + k + 1, " ") for k, ch in enumerate(m.group(1)) if ch == "_")
    return edits


def clean_residue(text: str, cues: ResidueCues) -> tuple[str, OffsetMap | None]:
    """Run the three cleaning passes; return the text and its map (None if unchanged)."""
    mapping: OffsetMap | None = None
    for make in (markup_edits, lambda t: line_edits(t, cues), hashtag_edits):
        edits = make(text)
        if not edits:
            continue
        text, step = apply_edits(text, edits)
        mapping = step if mapping is None else mapping.then(step)
    return text, mapping
