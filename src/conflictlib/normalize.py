"""Arabic normalisation for matching, built from small named character steps.

The same function normalises lexicon keys and document text, so a key always matches
the text it was written for: ``normalize_key`` is ``normalize_mapped`` (which the text
layer uses on documents, keeping an offset map) followed by whitespace collapsing.

Two kinds of work happen here:

* *unicode repair* (``repair_unicode_edits``): decomposed letter + hamza sequences are
  composed (NFC) and Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF, common in text
  copied from old PDFs) are expanded to plain letters (NFKC). These can change the length.
* *character steps* (``STEPS``): each maps one character to zero or one character.

Offsets are kept as an ``OffsetMap``: for every output character, the span
``[starts[i], ends[i])`` of the input it came from (empty for inserted characters).
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# --- named character steps -------------------------------------------------------
# Each step is a dict {char: replacement} where replacement is "" (delete) or one char.

HARAKAT = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
)
QURANIC_MARKS = "".join(chr(c) for c in range(0x06D6, 0x06ED + 1) if c not in (0x06E5, 0x06E6))
TATWEEL = "\u0640"
HAMZA = "\u0621"

STEPS: dict[str, dict[str, str]] = {
    "diacritics": {c: "" for c in HARAKAT + QURANIC_MARKS},
    "tatweel": {TATWEEL: ""},
    "alef": {c: "\u0627" for c in "\u0623\u0625\u0622\u0671\u0672\u0673"},
    # hamza on a waw or ya seat -> bare hamza, so مسؤول and مسئول, شؤون and شئون meet
    "hamza_seats": {"\u0624": HAMZA, "\u0626": HAMZA},
    "alef_maqsura": {"\u0649": "\u064a"},
    "teh_marbuta": {"\u0629": "\u0647"},
    # Persian/Urdu letter shapes that Arabic sites sometimes type for the Arabic ones
    "persian_letters": {
        "\u06cc": "\u064a",
        "\u06a9": "\u0643",
        "\u06c0": "\u0647",
        "\u06d5": "\u0647",
    },
    "digits": {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    },
    "punctuation": {
        "\u060c": ",",
        "\u061b": ";",
        "\u061f": "?",
        "\u066a": "%",
        "\u066b": ".",
        "\u066c": ",",
        "\u06d4": ".",
    },
    "quotes": {c: '"' for c in "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033\u275d\u275e\u301d\u301e"}
    | {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2039\u203a"},
    "invisible": {
        c: ""
        for c in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
    },
    "spaces": {
        c: " "
        for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
    },
}

DEFAULT_STEPS: tuple[str, ...] = tuple(STEPS)


def build_table(steps: Iterable[str] = DEFAULT_STEPS) -> dict[str, str]:
    """Merge the named steps into one character table (later steps win on conflict)."""
    table: dict[str, str] = {}
    for name in steps:
        table.update(STEPS[name])
    return table


_DEFAULT_TABLE = build_table()


def _is_arabic_mark(ch: str) -> bool:
    """True for an Arabic-block combining mark not named in any step (dropped like harakat)."""
    return "\u0600" <= ch <= "\u06ff" and unicodedata.category(ch) == "Mn"


def normalize_chars(text: str, table: dict[str, str] | None = None) -> tuple[str, list[int]]:
    """Apply a character table; return the new text and, per output char, its original index."""
    table = _DEFAULT_TABLE if table is None else table
    out: list[str] = []
    index: list[int] = []
    get = table.get
    for i, ch in enumerate(text):
        rep = get(ch)
        if rep is None:
            rep = "" if ch >= "\u0600" and _is_arabic_mark(ch) else ch
        if rep:
            out.append(rep)
            index.append(i)
    return "".join(out), index


# --- offset maps -------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class OffsetMap:
    """Per output character, the half-open span of the input it came from."""

    starts: array
    ends: array
    source_len: int

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        """The map of a text to itself."""
        return cls(array("l", range(n)), array("l", range(1, n + 1)), n)

    @classmethod
    def from_index(cls, index: Sequence[int], source_len: int) -> OffsetMap:
        """A map where output char i came from input char index[i] alone."""
        starts = array("l", index)
        return cls(starts, array("l", (i + 1 for i in index)), source_len)

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the output span [start, end) to the input span it came from."""
        n = len(self.starts)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span ({start}, {end}) outside text of length {n}")
        if start == end:
            pos = self.starts[start] if start < n else self.source_len
            return pos, pos
        return self.starts[start], max(self.ends[end - 1], self.starts[start])

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: self maps B->A, outer maps C->B; return the map C->A."""
        starts = array("l")
        ends = array("l")
        n_mid = len(self.starts)
        for s, e in zip(outer.starts, outer.ends, strict=True):
            if s < e:
                a, b = self.starts[s], self.ends[e - 1]
            else:  # inserted char: zero-width at the position of the next mid char
                a = self.starts[s] if s < n_mid else self.source_len
                b = a
            starts.append(a)
            ends.append(max(a, b))
        return OffsetMap(starts, ends, self.source_len)


Edit = tuple[int, int, str]
"""Replace text[start:end] by the string (start == end inserts; "" deletes)."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; every replacement char maps to its edited span."""
    out: list[str] = []
    starts = array("l")
    ends = array("l")
    pos = 0
    for start, end, rep in edits:
        if start < pos or end < start:
            raise ValueError(f"edits overlap or are unsorted at ({start}, {end})")
        out.append(text[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        out.append(rep)
        starts.extend([start] * len(rep))
        ends.extend([end] * len(rep))
        pos = end
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), OffsetMap(starts, ends, len(text))


# --- unicode repair ------------------------------------------------------------------


def _is_presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


def repair_unicode_edits(text: str) -> list[Edit]:
    """Edits that compose (NFC) combining clusters and expand Arabic presentation forms."""
    edits: list[Edit] = []
    n = len(text)
    needs_nfc = not unicodedata.is_normalized("NFC", text)
    if not needs_nfc and not any(_is_presentation_form(c) for c in text if c >= "\ufb50"):
        return edits
    i = 0
    while i < n:
        ch = text[i]
        if _is_presentation_form(ch) and ch != "\ufeff":
            edits.append((i, i + 1, unicodedata.normalize("NFKC", ch)))
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        if needs_nfc:
            cluster = text[i:j]
            composed = unicodedata.normalize("NFC", cluster)
            if composed != cluster:
                edits.append((i, j, composed))
        i = j
    return edits


def normalize_mapped(text: str, table: dict[str, str] | None = None) -> tuple[str, OffsetMap]:
    """Unicode repair then the character steps; return the text and its map to the input."""
    edits = repair_unicode_edits(text)
    if edits:
        repaired, first = apply_edits(text, edits)
    else:
        repaired, first = text, None
    chars, index = normalize_chars(repaired, table)
    second = OffsetMap.from_index(index, len(repaired))
    if len(index) != len(repaired):
        attach_marks(repaired, second)
    return chars, (second if first is None else first.then(second))


def _is_attached_mark(ch: str) -> bool:
    """A deleted character that belongs to the letter before it (harakat, tatweel)."""
    return ch == TATWEEL or unicodedata.category(ch) == "Mn"


def attach_marks(source: str, mapping: OffsetMap) -> None:
    """Extend each char's source span over the deleted marks that follow it (in place).

    So the evidence for "قتل" in "قُتِلَ" is all of "قُتِلَ", not "قُتِل".
    """
    n = len(source)
    for i, end in enumerate(mapping.ends):
        stop = mapping.starts[i + 1] if i + 1 < len(mapping.starts) else n
        while end < stop and _is_attached_mark(source[end]):
            end += 1
        mapping.ends[i] = end


def normalize_key(text: str) -> str:
    """Normalise a lexicon key or query: the same steps as document text, whitespace collapsed."""
    edits = repair_unicode_edits(text)
    repaired = apply_edits(text, edits)[0] if edits else text
    chars, _ = normalize_chars(repaired)
    return " ".join(chars.split())


Normalizer = Callable[[str], str]
