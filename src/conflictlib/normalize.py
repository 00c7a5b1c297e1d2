"""Arabic normalisation for matching, built from small named character steps.

The same function normalises lexicon keys and document text, so a key always matches
the text it was written for. Every step here maps one character to zero or one
character, so an index map back to the original text is a plain list of positions.
(The text layer may add steps that insert or delete more; it keeps the map.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

# --- named character steps -------------------------------------------------------
# Each step is a dict {char: replacement} where replacement is "" (delete) or one char.

HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
QURANIC_MARKS = "".join(chr(c) for c in range(0x06D6, 0x06ED + 1) if c not in (0x06E5, 0x06E6))
TATWEEL = "\u0640"

STEPS: dict[str, dict[str, str]] = {
    "diacritics": {c: "" for c in HARAKAT + QURANIC_MARKS},
    "tatweel": {TATWEEL: ""},
    "alef": {c: "\u0627" for c in "\u0623\u0625\u0622\u0671\u0672\u0673"},
    "alef_maqsura": {"\u0649": "\u064a"},
    "teh_marbuta": {"\u0629": "\u0647"},
    "digits": {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    },
    "punctuation": {"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".", "\u066c": ","},
    "quotes": {c: '"' for c in "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033\u275d\u275e\u301d\u301e"}
    | {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2039\u203a"},
    "invisible": {
        c: ""
        for c in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
    },
    "spaces": {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"},
}

DEFAULT_STEPS: tuple[str, ...] = tuple(STEPS)


def build_table(steps: Iterable[str] = DEFAULT_STEPS) -> dict[str, str]:
    """Merge the named steps into one character table (later steps win on conflict)."""
    table: dict[str, str] = {}
    for name in steps:
        table.update(STEPS[name])
    return table


_DEFAULT_TABLE = build_table()


def normalize_chars(text: str, table: dict[str, str] | None = None) -> tuple[str, list[int]]:
    """Apply a character table; return the new text and, per output char, its original index."""
    table = _DEFAULT_TABLE if table is None else table
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ch, ch)
        if rep == ch and ch not in table and unicodedata.category(ch) == "Mn" and "\u0600" <= ch <= "\u06ff":
            rep = ""  # any other Arabic combining mark
        if rep:
            out.append(rep)
            index.append(i)
    return "".join(out), index


def normalize_key(text: str) -> str:
    """Normalise a lexicon key or query: the character steps, then whitespace collapsed."""
    chars, _ = normalize_chars(unicodedata.normalize("NFC", text))
    return " ".join(chars.split())


Normalizer = Callable[[str], str]
