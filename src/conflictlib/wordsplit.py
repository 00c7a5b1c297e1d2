"""Repair of words glued together by scraping (الأممالمتحدة -> الأمم المتحدة).

A token is split only when it is *not* a known word (with or without clitics) and it is a
concatenation of known words, each optionally carrying proclitics (و ف ب ل ك ال), and
every join between two pieces is licensed: either the two words follow each other inside
a known multiword name, or at least one side is a name word. Frequent words alone never
license a split, so ordinary unknown words are left alone.

The vocabulary comes from ``lexicons/data/wordsplit.yaml`` plus any extra names a caller
passes (e.g. actor and place aliases). Everything is compared after ``normalize_key``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from conflictlib.lexicons.base import DATA_DIR, Field, load_validated
from conflictlib.normalize import Edit, normalize_key

VOCABULARY_PATH = DATA_DIR / "wordsplit.yaml"
VOCABULARY_SCHEMA = {
    "id": Field((str,), required=True),
    "tier": Field((str,), required=True, choices=("name", "word")),
    "items": Field((list,), required=True, item_types=(str,)),
}

ARTICLE = "ال"
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
MIN_STEM = 2  # shortest word a piece may rest on
MIN_TOKEN = 6  # shorter tokens are never split
MAX_TOKEN = 40  # longer tokens are not tried (URLs, noise)

_ARABIC_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_LONG_TOKEN = re.compile(
    rf"(?<![\u0621-\u064a\u0671-\u06d3])[\u0621-\u064a\u0671-\u06d3]{{{MIN_TOKEN},}}"
)


def build_prefixes() -> tuple[str, ...]:
    """All proclitic chains (conjunction + preposition + article), longest first."""
    out = set()
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            out.add(conj + prep)
            out.add(conj + ("لل" if prep == "ل" else prep + ARTICLE))  # لل = ل + ال
    return tuple(sorted(out, key=len, reverse=True))


@dataclass(frozen=True)
class Piece:
    """One known word inside a glued token: its span in the token and its bare stem."""

    start: int
    end: int
    stem: str
    is_name: bool


@dataclass
class Vocabulary:
    """Known words for the splitter; build once and reuse (it caches token decisions)."""

    names: frozenset[str]
    words: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    prefixes: tuple[str, ...] = field(default_factory=build_prefixes)
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def stem_of(self, piece: str) -> tuple[str, bool] | None:
        """Return (bare stem, is_name) if the piece is a known word with proclitics, else None."""
        for prefix in self.prefixes:
            if not piece.startswith(prefix):
                continue
            rest = piece[len(prefix) :]
            if len(rest) < MIN_STEM:
                continue
            bare = strip_article(rest)
            if bare in self.names:
                return bare, True
            if bare in self.words:
                return bare, False
        return None

    def is_known(self, token: str) -> bool:
        """True if the whole token is a known word (possibly with proclitics)."""
        return self.stem_of(token) is not None

    def split_points(self, token: str) -> tuple[int, ...]:
        """Offsets inside the token where a space belongs (empty: leave the token alone)."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        points: tuple[int, ...] = ()
        if MIN_TOKEN <= len(token) <= MAX_TOKEN and not self.is_known(token):
            pieces = self._best_cover(token)
            if pieces is not None and self._joins_licensed(pieces):
                points = tuple(p.start for p in pieces[1:])
        if len(self._cache) < 200_000:
            self._cache[token] = points
        return points

    def _best_cover(self, token: str) -> list[Piece] | None:
        """Cover the token with the fewest known pieces (dynamic programming), or None."""
        n = len(token)
        best: list[list[Piece] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(end - MIN_STEM, -1, -1):
                prev = best[start]
                if prev is None:
                    continue
                found = self.stem_of(token[start:end])
                if found is None:
                    continue
                cand = [*prev, Piece(start, end, found[0], found[1])]
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
        result = best[n]
        return result if result is not None and len(result) >= 2 else None

    def _joins_licensed(self, pieces: list[Piece]) -> bool:
        """Every join needs a known name bigram or a name word on at least one side."""
        for left, right in zip(pieces, pieces[1:], strict=False):
            if (left.stem, right.stem) in self.bigrams:
                continue
            if (left.is_name or right.is_name) and min(len(left.stem), len(right.stem)) >= 3:
                continue
            return False
        return True


def strip_article(word: str) -> str:
    """Remove a leading definite article if a stem of at least two letters remains."""
    if word.startswith(ARTICLE) and len(word) - 2 >= MIN_STEM:
        return word[2:]
    return word


def build_vocabulary(extra: Iterable[str] = (), path: str | Path | None = None) -> Vocabulary:
    """Load the packaged vocabulary (or another file) and add extra names from the caller."""
    lex = load_validated(path or VOCABULARY_PATH, VOCABULARY_SCHEMA, kind="wordsplit_vocabulary")
    names: set[str] = set()
    words: set[str] = set()
    bigrams: set[tuple[str, str]] = set()
    for entry in lex.entries:
        target = names if entry["tier"] == "name" else words
        add_items(entry["items"], target, bigrams)
    add_items(extra, names, bigrams)
    names -= words  # a generic word inside a name (مدينة in مدينة الصدر) stays generic
    return Vocabulary(frozenset(names), frozenset(words), frozenset(bigrams))


def add_items(items: Iterable[str], target: set[str], bigrams: set[tuple[str, str]]) -> None:
    """Add the words of each (possibly multiword) item, and its word bigrams, to the sets."""
    for item in items:
        stems = [
            strip_article(w) for w in normalize_key(item).split() if _ARABIC_TOKEN.fullmatch(w)
        ]
        stems = [s for s in stems if len(s) >= MIN_STEM]
        target.update(stems)
        bigrams.update(zip(stems, stems[1:], strict=False))


def split_edits(text: str, vocab: Vocabulary) -> list[Edit]:
    """Edits inserting a space at every licensed join of glued words in normalised text."""
    edits: list[Edit] = []
    for match in _LONG_TOKEN.finditer(text):
        token = match.group()
        for point in vocab.split_points(token):
            pos = match.start() + point
            edits.append((pos, pos, " "))
    return edits


def split_glued(text: str, vocab: Vocabulary) -> str:
    """Return normalised text with glued words separated (convenience for tests and tools)."""
    out = []
    pos = 0
    for start, _end, rep in split_edits(text, vocab):
        out.append(text[pos:start])
        out.append(rep)
        pos = start
    out.append(text[pos:])
    return "".join(out)
