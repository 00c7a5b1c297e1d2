"""Removal of web residue from scraped article text, as edits that keep an offset map.

Three passes, each a list of edits on the previous text:

1. markup (on the original text): HTML comments, script/style blocks and tags are removed
   (block tags become a line break), entities (``&nbsp;`` ``&amp;`` ``&#1575;``) are decoded;
2. lines: navigation, share and legal lines (cues in ``lexicons/data/wordsplit_residue.yaml``),
   repeated paragraphs and truncated teasers of a later paragraph are dropped;
3. hashtags: ``#بشار_الأسد`` becomes ``بشار الأسد``.

The text layer runs pass 1, then character normalisation, then passes 2-3 on normalised
text (``clean_markup`` / ``clean_lines``); ``clean_residue`` runs all three on raw text.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable
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
    """Normalised residue cues, compiled: line starts (with word limits), share words, notices."""

    start_pattern: re.Pattern[str] | None
    start_max_words: dict[str, int]
    share_pattern: re.Pattern[str] | None
    line_contains: tuple[str, ...]


def load_residue_cues(path: str | Path | None = None) -> ResidueCues:
    """Load, normalise and compile the residue cue file (packaged one by default)."""
    lex = load_validated(path or RESIDUE_PATH, RESIDUE_SCHEMA, kind="text_residue")
    starts: dict[str, int] = {}
    share: set[str] = set()
    contains: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for e in lex.entries:
        cue = normalize_key(e["cue"]).casefold()
        key = (e["match"], cue)
        if key in seen:
            problems.append(f"{lex.path}: cue {e['cue']!r} ({e['id']}) normalises like {seen[key]}")
        seen[key] = e["id"]
        if e["match"] == "line_start":
            starts[cue] = int(e.get("max_words") or DEFAULT_MAX_WORDS)
        elif e["match"] == "share_word":
            share.add(cue)
        else:
            contains.append(cue)
    if problems:
        raise LexiconError(problems)
    return ResidueCues(
        _alternation(starts, r"^(?P<cue>{})(?=$|[\s:,.\-])"),
        starts,
        _alternation(share, r"(?<!\w)(?:{})(?!\w)"),
        tuple(contains),
    )


def _alternation(words: Iterable[str], template: str) -> re.Pattern[str] | None:
    """Compile words (longest first) into the template's alternation, or None if no words."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(template.format("|".join(re.escape(w) for w in ordered)))


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
    n_words = key.count(" ") + 1 if key else 0
    if n_words == 0 or n_words > NOTICE_MAX_WORDS:
        return False
    folded = key.casefold()
    if cues.start_pattern is not None:
        m = cues.start_pattern.match(folded)
        if m and n_words <= cues.start_max_words[m.group("cue")]:
            return True
    if n_words <= DEFAULT_MAX_WORDS and is_share_line(folded, cues):
        return True
    return any(c in folded for c in cues.line_contains)


def is_share_line(folded: str, cues: ResidueCues) -> bool:
    """True if a line consists only of share/social words and separators."""
    if cues.share_pattern is None:
        return False
    rest, n = cues.share_pattern.subn(" ", folded)
    return n > 0 and _SHARE_SEPARATORS.sub("", rest) == ""


def line_edits(text: str, cues: ResidueCues, normalised: bool = False) -> list[Edit]:
    """Edits dropping residue lines, repeated paragraphs and teasers of later paragraphs.

    With ``normalised=True`` the text is already normalised and lines are compared as they
    are; otherwise each short line is normalised for the cue test.
    """
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group()]
    keys = [" ".join(line.split()) for _, _, line in lines]
    later = LaterLines(keys)
    edits: list[Edit] = []
    seen: set[str] = set()
    for i, ((start, end, line), key) in enumerate(zip(lines, keys, strict=True)):
        if not key:
            continue
        if key.count(" ") < NOTICE_MAX_WORDS and is_residue_line(
            key if normalised else normalize_key(line), cues
        ):
            edits.append((start, end, ""))
        elif len(key) >= MIN_REPEAT_CHARS and key in seen:
            edits.append((start, end, ""))
        elif is_teaser(key) and later.continues(key.rstrip(".… "), i):
            edits.append((start, end, ""))
        seen.add(key)
    return edits


def is_teaser(line: str) -> bool:
    """True if a line ends in an ellipsis after enough text to be a cut-off paragraph."""
    return line.endswith(("...", "…")) and len(line.rstrip(".… ")) >= MIN_REPEAT_CHARS


class LaterLines:
    """Prefix lookup over a document's lines: does a later, longer line start with a text?"""

    def __init__(self, keys: list[str]):
        self.order = sorted(range(len(keys)), key=keys.__getitem__)
        self.sorted_keys = [keys[i] for i in self.order]

    def continues(self, body: str, index: int) -> bool:
        """True if a line after `index` starts with `body` and is longer than it."""
        pos = bisect.bisect_left(self.sorted_keys, body)
        while pos < len(self.sorted_keys) and self.sorted_keys[pos].startswith(body):
            key = self.sorted_keys[pos]
            if self.order[pos] > index and len(key) > len(body) and not key.endswith(("...", "…")):
                return True
            pos += 1
        return False


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


def run_passes(
    text: str, passes: Iterable[Callable[[str], list[Edit]]]
) -> tuple[str, OffsetMap | None]:
    """Apply edit passes in turn; return the text and the composed map (None if unchanged)."""
    mapping: OffsetMap | None = None
    for make in passes:
        edits = make(text)
        if not edits:
            continue
        text, step = apply_edits(text, edits)
        mapping = step if mapping is None else mapping.then(step)
    return text, mapping


def clean_markup(text: str) -> tuple[str, OffsetMap | None]:
    """Remove HTML markup and decode entities (first pass, on the original text)."""
    return run_passes(text, [markup_edits])


def clean_lines(
    text: str, cues: ResidueCues, normalised: bool = True
) -> tuple[str, OffsetMap | None]:
    """Drop residue lines and repeats, unwrap hashtags (on normalised text by default)."""
    return run_passes(text, [lambda t: line_edits(t, cues, normalised), hashtag_edits])


def clean_residue(text: str, cues: ResidueCues) -> tuple[str, OffsetMap | None]:
    """All cleaning passes on raw (not normalised) text: markup, lines, hashtags."""
    return run_passes(
        text, [markup_edits, lambda t: line_edits(t, cues, normalised=False), hashtag_edits]
    )
