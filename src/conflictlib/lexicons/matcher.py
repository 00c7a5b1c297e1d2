"""Clitic-aware, word-boundary-aware alias matching on normalised Arabic text.

Aliases are written once, in natural Arabic, without clitics. The matcher finds them in a
text normalised with ``conflictlib.normalize`` (so a ``لـ`` tatweel is already gone and
every quote is ``"`` or ``'``) when they carry the attached clitics of Arabic news prose:
a conjunction (و، ف), a preposition (ب، ل، ك) and the article (ال), including the
contraction ل + ال → لل. A quote between the clitic and the name is allowed (ل"داعش").
Overlapping candidates are resolved leftmost-longest: the longest alias wins.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from conflictlib.errors import LexiconError
from conflictlib.normalize import normalize_key

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")
ARTICLE = "ال"
QUOTES = "\"'"


def build_prefixes(with_article: bool) -> frozenset[str]:
    """All clitic strings that may be glued to a word (conj + prep [+ article])."""
    out = set()
    for conj, prep in itertools.product(CONJUNCTIONS, PREPOSITIONS):
        out.add(conj + prep)
        if with_article:
            out.add(conj + ("لل" if prep == "ل" else prep + ARTICLE))
    return frozenset(out)


# Before a word that starts with ال, ل is never written apart (ل + الرقة -> للرقة).
PREFIXES_BEFORE_ARTICLE = frozenset(
    p for p in build_prefixes(with_article=False) if not p.endswith("ل")
)  # the alias itself starts with ال
PREFIXES_ANY = build_prefixes(with_article=True)
# A name that takes no article (a place: حلب) still takes every conj + prep (لحلب، ولإدلب).
PREFIXES_NO_ARTICLE = build_prefixes(with_article=False)
# An alias that starts with ال loses its alef after ل: ل + الرقة -> للرقة.
PREFIXES_CONTRACTED = frozenset(c + "لل" for c in CONJUNCTIONS)


def is_word_char(ch: str) -> bool:
    """True for letters and digits of any script (Arabic included): the inside of a word."""
    return ch.isalnum()


@dataclass(frozen=True)
class Match:
    """One alias found in a text; offsets index the searched (normalised) text."""

    start: int
    end: int
    kind: str
    key: str  # the normalised alias that matched (full form, with its ال)
    surface: str  # text[start:end]: the name as written, without its clitics
    entry_id: str
    prefix: str = ""  # the clitics glued in front of the name ("" if none)


@dataclass(frozen=True)
class _Pattern:
    key: str  # normalised alias
    stem: str  # the string searched for (alias, or alias minus its ال)
    contracted: bool  # stem is the alias without its article (needs لل)


class AliasMatcher:
    """Find the aliases of one lexicon kind in normalised text (clitics, boundaries, longest)."""

    def __init__(self, kind: str, aliases: Mapping[str, str], *, article: bool = True):
        """Index ``aliases`` (alias -> entry id; keys are normalised here).

        ``article`` allows the article ال in front of aliases that do not start with it
        (مدنيين -> المدنيين); turn it off for proper names (سورية must not match السورية).
        """
        self.kind = kind
        self.article = article
        self.aliases: dict[str, str] = {}
        problems = []
        for alias, entry_id in aliases.items():
            key = normalize_key(alias)
            if not key:
                problems.append(f"{kind}: empty alias for {entry_id!r}")
                continue
            other = self.aliases.get(key)
            if other is not None and other != entry_id:
                problems.append(
                    f"{kind}: alias {key!r} of {entry_id!r} is already an alias of {other!r}"
                )
                continue
            self.aliases[key] = entry_id
        if problems:
            raise LexiconError(problems)
        self._automaton = self._build_automaton(self.aliases)

    @staticmethod
    def _build_automaton(aliases: Iterable[str]) -> ahocorasick.Automaton | None:
        patterns: dict[str, list[_Pattern]] = {}
        for key in aliases:
            patterns.setdefault(key, []).append(_Pattern(key, key, False))
            if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1:
                stem = key[len(ARTICLE) :]
                patterns.setdefault(stem, []).append(_Pattern(key, stem, True))
        if not patterns:
            return None
        automaton = ahocorasick.Automaton()
        for stem, pats in patterns.items():
            automaton.add_word(stem, tuple(pats))
        automaton.make_automaton()
        return automaton

    def __len__(self) -> int:
        return len(self.aliases)

    def find(self, text: str) -> list[Match]:
        """Return the non-overlapping alias matches in ``text``, in text order."""
        if self._automaton is None or not text:
            return []
        compact, index = _collapse_spaces(text)
        found: list[Match] = []
        for end_idx, pats in self._automaton.iter(compact):
            for pat in pats:
                match = self._accept(
                    compact, index, text, end_idx + 1 - len(pat.stem), end_idx + 1, pat
                )
                if match is not None:
                    found.append(match)
        return _select_longest(found)

    def _accept(
        self, compact: str, index: tuple[int, ...], text: str, start: int, end: int, pat: _Pattern
    ) -> Match | None:
        if end < len(compact) and is_word_char(compact[end]):
            return None
        prefix = _glued_prefix(compact, start)
        allowed = _allowed_prefixes(pat, self.article)
        if prefix not in allowed:
            return None
        o_start, o_end = index[start], index[end - 1] + 1
        return Match(
            start=o_start,
            end=o_end,
            kind=self.kind,
            key=pat.key,
            surface=text[o_start:o_end],
            entry_id=self.aliases[pat.key],
            prefix=prefix,
        )


def _allowed_prefixes(pat: _Pattern, article: bool) -> frozenset[str]:
    if pat.contracted:
        return PREFIXES_CONTRACTED
    if pat.key.startswith(ARTICLE):
        return PREFIXES_BEFORE_ARTICLE
    if not article:
        return PREFIXES_NO_ARTICLE
    return PREFIXES_ANY


def _glued_prefix(text: str, start: int) -> str:
    """The letters glued in front of position ``start`` (through an optional quote)."""
    i = start
    if i > 0 and text[i - 1] in QUOTES:
        j = i - 1
        k = j
        while k > 0 and is_word_char(text[k - 1]):
            k -= 1
        glued = text[k:j]
        # ل"داعش": a clitic before the quote belongs to the name; a whole word does not.
        return glued if glued in PREFIXES_ANY else ""
    k = i
    while k > 0 and is_word_char(text[k - 1]):
        k -= 1
    return text[k:i]


@lru_cache(maxsize=32)
def _collapse_spaces(text: str) -> tuple[str, tuple[int, ...]]:
    """Collapse whitespace runs to one space; return the text and each char's original index.

    A quote that stands between two words of a name (تنظيم "داعش"، حركة "أحرار الشام") is
    read as a space, so the whole name matches; a quote glued to a clitic (ل"داعش") stays.
    Cached: every matcher (actors, places, cues, reporters …) searches the same texts.
    """
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        if ch in QUOTES and _quote_between_words(text, i):
            ch = " "
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
        index.append(i)
    return "".join(out), tuple(index)


def _select_longest(matches: list[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap (ties: leftmost first)."""
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _quote_between_words(text: str, i: int) -> bool:
    """True for a quote with a space on one side and a word on the other side within reach."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() and is_word_char(after):
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        return j >= 0 and is_word_char(text[j])
    if is_word_char(before) and after.isspace():
        j = i + 1
        while j < len(text) and text[j].isspace():
            j += 1
        return j < len(text) and is_word_char(text[j])
    return False
