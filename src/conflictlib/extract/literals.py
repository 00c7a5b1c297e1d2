"""Literal strings a regex cannot match without: a cheap test before running it on a text.

A cue entry's `regex` is searched over the whole document, and Python's `re` tries it at
every position; most documents contain none of the words the regex is built around
(اتفق، اسطوانة غاز ...). :func:`required_literals` reads the parsed regex and returns a few
strings such that every match of the regex, or a positive lookaround it requires, contains
at least one of them; a text holding none of them cannot match, and the regex need not run.
The analysis is conservative: whatever it cannot read (classes like \\w or \\s, unbounded
repeats, flags) it treats as unknown, and it returns None when it finds no useful string.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

try:  # the regex parser's internals (Python 3.11+); without them every regex simply runs
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's re module
    sre = sre_parse = None

MAX_STRINGS = 400  # give up on a finite language larger than this
MIN_LENGTH = 2  # a one-letter string is in every text: no use as a test
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre is not None else ()

Items = Any  # a parsed (sub)pattern: a sequence of (op, argument) pairs
Strings = set[str]


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` holds one; None when none is found."""
    if sre_parse is None or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    best = _best(_required(sre_parse.parse(pattern.pattern, pattern.flags)))
    if best is None or min(map(len, best)) < MIN_LENGTH:
        return None
    kept: list[str] = []
    for s in sorted(best, key=len):  # a text holding احرقت holds احرق
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


def _finite(items: Items) -> Strings | None:
    """Every string a parsed sequence can match, when they are few; else None."""
    out = {""}
    for op, av in items:
        strings = _finite_item(op, av)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > MAX_STRINGS:
            return None
    return out


def _finite_item(op: Any, av: Any) -> Strings | None:
    if op is sre.LITERAL:
        return {chr(av)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}  # zero width
    if op is sre.IN:
        chars: Strings = set()
        for o, a in av:
            if o is sre.LITERAL:
                chars.add(chr(a))
            elif o is sre.RANGE and a[1] - a[0] < 16:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None  # a negated set, a category (\w, \s), a wide range
        return chars
    if op is sre.SUBPATTERN:
        return None if av[1] or av[2] else _finite(av[3])  # av[1], av[2]: inline flags
    if op is sre.BRANCH:
        out: Strings = set()
        for alt in av[1]:
            strings = _finite(alt)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= MAX_STRINGS else None
    if op in REPEATS:
        low, high, inner = av
        strings = _finite(inner) if high <= 3 else None
        if strings is None:
            return None
        out = set()
        for n in range(low, high + 1):
            out.update("".join(c) for c in itertools.product(sorted(strings), repeat=n))
        return out if len(out) <= MAX_STRINGS else None
    return None


def _required(items: Items) -> list[Strings]:
    """Sets of strings of a parsed sequence: each of its matches holds one string of each."""
    found: list[Strings] = []
    run = {""}  # the strings of the current stretch of finite items, concatenated

    def close_run() -> None:
        nonlocal run
        if "" not in run:
            found.append(run)
        run = {""}

    for op, av in items:
        if op is sre.ASSERT:  # a positive lookahead/lookbehind: its text is in the document
            inner = _best(_required(av[1]))
            if inner:
                found.append(inner)
        strings = _finite_item(op, av)
        if strings is not None:
            joined = {a + b for a in run for b in strings}
            if len(joined) <= MAX_STRINGS:
                run = joined
            else:
                close_run()
                run = strings if len(strings) <= MAX_STRINGS else {""}
            continue
        close_run()
        sub: Strings | None = None
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            sub = _best(_required(av[3]))
        elif op is sre.BRANCH:
            per_alt = [_best(_required(alt)) for alt in av[1]]
            if all(per_alt):
                sub = set().union(*per_alt)  # type: ignore[arg-type]
        elif op in REPEATS and av[0] >= 1:
            sub = _best(_required(av[2]))
        if sub:
            found.append(sub)
    close_run()
    return found


def _best(found: list[Strings]) -> Strings | None:
    """The most telling set: longest shortest string, then fewest strings."""
    usable = [s for s in found if s and "" not in s]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)))
