"""Compiled cue matchers for the extractor's lexicon kinds (actions, modality, roles ...).

A cue entry lists `forms` (words or phrases in natural Arabic) and/or a `regex`. Forms are
normalised with :func:`conflictlib.normalize.normalize_key`, like the text they are matched
against, and are matched as whole words that may carry the usual proclitics (و ف, ب ل ك,
the article ال / لل, and the future prefix سـ in front of an imperfect verb). Entries with
``pos: verb`` also take perfect-tense endings and object pronouns (قصفت، قصفوها). A `regex`
is folded with :func:`conflictlib.normalize.fold_regex` (letters only, its syntax kept).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from conflictlib.errors import LexiconError
from conflictlib.extract.literals import required_literals
from conflictlib.lexicons.base import LexiconFile
from conflictlib.normalize import fold_regex, normalize_key

ARTICLE = "ال"
# A form written with a hamza or madda on its alef before ل (إلزام، ألفين، ألوية، آليات) does
# not open with the article: dropping «ال» as if it did left a stem (زام، فين، فان، ويه، يات)
# that matched inside other words (قرى تل بزام read as «بالزام», a future cue).
ROOT_ALEF_LAM = ("أل", "إل", "آل")
VERB_SUFFIX = r"(?:ت|وا|و|ا|تا|ن|نا|ون|ان|ين)?(?:ه|ها|هم|هما|هن)?"
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")  # a plural verb (القوا) takes only these
PREFIX = r"(?P<pre>[وف]?(?:س(?=[يتن])|[بلك])?(?:ال|لل)?)"
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CueHit:
    """One cue found in normalised text (offsets include its clitics)."""

    start: int
    end: int
    kind: str
    entry_id: str
    surface: str
    prefix: str = ""
    entry: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def future(self) -> bool:
        """True when the cue carries the future prefix سـ (سيسيطر)."""
        return "س" in self.prefix


def form_key(form: str, verb: bool = False) -> str:
    """A form's normalised match key: article dropped when the clitic pattern restores it.

    A form whose alef carries a hamza or madda (إلزام، ألفين، آليات) keeps its alef-lam: it is
    the word's own, and only «ال» written bare is read as the article.
    A trailing one-letter preposition written apart (وفقاً لـ، تابعة لـ) is dropped: in the
    text it is glued to the name that follows, where the name's matcher expects it.
    """
    key = normalize_key(form)
    if len(key) > 2 and key[-2] == " " and key[-1] in "لب":
        key = key[:-2]  # "وفقاً لـ": the preposition is glued to the next word in running text
    if form.lstrip().startswith(ROOT_ALEF_LAM):
        return key  # إلزام، ألفين، آليات: the alef-lam is the word's own, not the article
    if not verb and key.startswith(ARTICLE) and len(key) - len(ARTICLE) >= 3 and " " not in key[:4]:
        return key[len(ARTICLE) :]
    return key


def _form_pattern(key: str) -> str:
    return r"\s+".join(re.escape(part) for part in key.split())


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regex alternation of `keys` (spaces match any whitespace), factored as a trie.

    It matches what ``"|".join(_form_pattern(k) for k in keys_longest_first)`` matches, in
    the same order of preference: keys that match at one position are prefixes of one another
    (their spaces are single), and at every trie node the longer continuations are tried
    before the key that ends there, so the longest key is tried first and backtracking goes
    to the next shorter one. Python's `re` tries a flat alternation one branch after the
    other at every position of the text; the trie rejects a position after one letter.
    """
    root: dict[str, dict] = {}
    for key in keys:
        node = root
        for ch in " ".join(key.split()):
            node = node.setdefault(ch, {})
        node[""] = {}  # a key ends here

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if "" not in node:
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if not alts:
            return ""
        return "(?:" + "|".join(alts) + ")?"  # greedy: the longer keys first

    return emit(root)


class CueMatcher:
    """All cues of one lexicon kind, compiled once; `find` returns non-overlapping hits."""

    def __init__(self, lex: LexiconFile):
        self.kind = lex.kind
        self.entries = {e["id"]: e for e in lex.entries}
        self._by_key: dict[tuple[str, bool], str] = {}
        problems: list[str] = []
        regexes: list[tuple[str, re.Pattern[str]]] = []
        for entry in lex.entries:
            verb = entry.get("pos") == "verb"
            for form in entry.get("forms") or ():
                key = form_key(form, verb)
                if not key:
                    problems.append(f"{lex.path}: {entry['id']}: empty form {form!r}")
                    continue
                other = self._by_key.get((key, verb))
                if other is not None and other != entry["id"]:
                    problems.append(
                        f"{lex.path}: form {form!r} of {entry['id']!r} is already in {other!r}"
                    )
                self._by_key[(key, verb)] = entry["id"]
            if entry.get("regex"):
                try:
                    # folded like the text it runs on, the regex syntax kept (؟ → \?, لـ? → ل)
                    key = " ".join(fold_regex(entry["regex"]).split())
                    regexes.append((entry["id"], re.compile(key)))
                except re.error as exc:
                    problems.append(f"{lex.path}: {entry['id']}: bad regex: {exc}")
        if problems:
            raise LexiconError(problems)
        self._regexes = regexes
        self._pattern = self._compile()
        self._needs, self._literals = self._literal_tests(regexes)

    def _compile(self) -> re.Pattern[str] | None:
        keys = sorted({k for k, _ in self._by_key}, key=len, reverse=True)
        if not keys:
            return None
        alt = _trie_pattern(keys)
        return re.compile(rf"(?<!\w){PREFIX}(?P<core>{alt})(?P<suf>{VERB_SUFFIX})(?!\w)")

    @staticmethod
    def _literal_tests(
        regexes: list[tuple[str, re.Pattern[str]]],
    ) -> tuple[list[frozenset[int] | None], ahocorasick.Automaton | None]:
        """Per regex the ids of the strings it needs (None: run always), and their automaton."""
        ids: dict[str, int] = {}
        needs: list[frozenset[int] | None] = []
        for _, rx in regexes:
            strings = required_literals(rx)
            needs.append(
                None if strings is None else frozenset(ids.setdefault(s, len(ids)) for s in strings)
            )
        if not ids:
            return needs, None
        automaton = ahocorasick.Automaton()
        for s, i in ids.items():
            automaton.add_word(s, i)
        automaton.make_automaton()
        return needs, automaton

    def _runnable(self, text: str) -> list[tuple[str, re.Pattern[str]]]:
        """The regexes that may match in text: those whose required strings occur in it."""
        if self._literals is None:
            return self._regexes
        present = {i for _, i in self._literals.iter(text)}
        return [
            pair
            for pair, needs in zip(self._regexes, self._needs, strict=True)
            if needs is None or not needs.isdisjoint(present)
        ]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CueHit]:
        """Cue hits in text[start:end], leftmost-longest, offsets in `text`."""
        end = len(text) if end is None else end
        hits: list[CueHit] = []
        if self._pattern is not None:
            pos = start
            while pos < end:
                m = self._pattern.search(text, pos, end)
                if m is None:
                    break
                hit = self._accept(m, text)
                if hit is None:  # قتيل وجريحين: the pair «قتيل وجريح» + ين is none, but its
                    hit = self._shorter(m, text)  # first word may be a form alone (قتيل)
                if hit is not None:
                    hits.append(hit)
                    pos = hit.end
                else:
                    pos = m.start() + 1  # a later word of the rejected span may start a form
        for entry_id, rx in self._runnable(text) if self._regexes else ():
            cue = "cue" in rx.groupindex  # a group «cue»: the hit is only that part of the
            for m in rx.finditer(text, start, end):  # match (the rest is context before it)
                a, b = m.span("cue") if cue and m.group("cue") is not None else m.span()
                if b > a and _at_word_edges(text, a, b):
                    hits.append(self._hit(a, b, entry_id, text, ""))
        return select_longest(hits)

    def _accept(self, m: re.Match[str], text: str) -> CueHit | None:
        """The hit of a pattern match, or None when its form and ending do not agree."""
        core = " ".join(m.group("core").split())
        if core.endswith("وا") and m.group("suf") not in ("", *OBJECT_PRONOUNS):
            return None  # القوا + ت is القوات (the forces), not a verb "they threw"
        verb = bool(m.group("suf"))
        entry_id = self._by_key.get((core, True)) if verb else None
        if entry_id is None and not verb:
            entry_id = self._by_key.get((core, False)) or self._by_key.get((core, True))
        if entry_id is None:
            return None
        return self._hit(m.start(), m.end(), entry_id, text, m.group("pre"))

    def _shorter(self, m: re.Match[str], text: str) -> CueHit | None:
        """The longest accepted match at m's start that ends at a word end inside m."""
        assert self._pattern is not None
        ends = [
            i
            for i in range(m.end() - 1, m.start(), -1)
            if text[i].isspace() and not text[i - 1].isspace()
        ]
        for stop in ends:
            shorter = self._pattern.match(text, m.start(), stop)
            if shorter is not None:
                hit = self._accept(shorter, text)
                if hit is not None:
                    return hit
        return None

    def _hit(self, start: int, end: int, entry_id: str, text: str, prefix: str) -> CueHit:
        return CueHit(
            start, end, self.kind, entry_id, text[start:end], prefix, self.entries[entry_id]
        )


def _at_word_edges(text: str, start: int, end: int) -> bool:
    left_ok = start == 0 or not text[start - 1].isalnum() or text[start - 1] in "وفبلك"
    right_ok = end >= len(text) or not text[end].isalnum() or not text[end - 1].isalnum()
    return left_ok and right_ok


def select_longest(hits: Iterable[CueHit]) -> list[CueHit]:
    """Drop hits overlapping a longer one (ties: the earlier); return them in text order."""
    chosen: list[CueHit] = []  # non-overlapping, so in text order their ends rise too
    starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        i = bisect_left(starts, hit.end)  # chosen[:i] start before hit ends
        if i and chosen[i - 1].end > hit.start:
            continue  # the last of them, which ends last, overlaps hit
        chosen.insert(i, hit)
        starts.insert(i, hit.start)
    return chosen


def words_between(text: str, start: int, end: int) -> int:
    """How many words lie in text[start:end]."""
    if end <= start:
        return 0
    return len(WORD.findall(text, start, end))
