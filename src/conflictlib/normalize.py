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

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

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
    # Persian/Urdu letter shapes that Arabic sites sometimes type for the Arabic ones, and the
    # Persian and Kurdish letters that Kurdish and Iranian outlets keep in names (شنگال، پیشمەرگە،
    # چمچمال، ڤیان): each becomes the Arabic letter Arabic-script news writes for it (شنكال،
    # بيشمركه، جمجمال، فيان), so one name is one key whatever the outlet's keyboard.
    "persian_letters": {
        "\u06cc": "\u064a",  # ی -> ي
        "\u06a9": "\u0643",  # ک -> ك
        "\u06c0": "\u0647",  # ۀ -> ه
        "\u06d5": "\u0647",  # ە -> ه
        "\u06be": "\u0647",  # ھ -> ه
        "\u06af": "\u0643",  # گ -> ك
        "\u067e": "\u0628",  # پ -> ب
        "\u0686": "\u062c",  # چ -> ج
        "\u0698": "\u0632",  # ژ -> ز
        "\u06a4": "\u0641",  # ڤ -> ف
        "\u0695": "\u0631",  # ڕ -> ر
        "\u06b5": "\u0644",  # ڵ -> ل
        "\u06c6": "\u0648",  # ۆ -> و
        "\u06ce": "\u064a",  # ێ -> ي
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
        "\u060d": ",",
        "\u2e41": ",",
    },
    "quotes": {c: '"' for c in "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033\u275d\u275e\u301d\u301e"}
    | {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2039\u203a"},
    "invisible": {
        c: ""
        for c in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c\u2060\u180e\u034f"
    },
    "spaces": {
        c: " "
        for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
    },
}

DEFAULT_STEPS: tuple[str, ...] = tuple(STEPS)
OFFSET_DTYPE = np.int32  # offsets of texts far below 2**31 characters (corpus size limit)


def build_table(steps: Iterable[str] = DEFAULT_STEPS) -> dict[str, str]:
    """Merge the named steps into one character table (later steps win on conflict)."""
    table: dict[str, str] = {}
    for name in steps:
        table.update(STEPS[name])
    return table


_DEFAULT_TABLE = build_table()


# Arabic-block combining marks that no step names are dropped like harakat.
OTHER_ARABIC_MARKS = "".join(
    chr(c) for c in range(0x0600, 0x0700) if unicodedata.category(chr(c)) == "Mn"
)


@dataclass(frozen=True)
class CompiledTable:
    """A character table ready for str.translate, with a regex of the characters it deletes."""

    translation: dict[int, str | None]
    deleted: re.Pattern[str] | None


def compile_table(table: dict[str, str]) -> CompiledTable:
    """Compile a {char: replacement} table (unnamed Arabic marks are deleted too)."""
    full = {c: "" for c in OTHER_ARABIC_MARKS} | table
    translation = {ord(c): (rep or None) for c, rep in full.items()}
    deleted = "".join(re.escape(c) for c, rep in full.items() if not rep)
    return CompiledTable(translation, re.compile(f"[{deleted}]") if deleted else None)


_DEFAULT_COMPILED = compile_table(_DEFAULT_TABLE)


def translate_with_index(text: str, table: dict[str, str] | None = None) -> tuple[str, np.ndarray]:
    """Apply a character table; return the new text and the source index of each output char."""
    compiled = _DEFAULT_COMPILED if table is None else compile_table(table)
    out = text.translate(compiled.translation)
    if len(out) == len(text) or compiled.deleted is None:
        return out, np.arange(len(text), dtype=OFFSET_DTYPE)
    keep = np.ones(len(text), dtype=bool)
    keep[[m.start() for m in compiled.deleted.finditer(text)]] = False
    return out, np.nonzero(keep)[0].astype(OFFSET_DTYPE)


def normalize_chars(text: str, table: dict[str, str] | None = None) -> tuple[str, list[int]]:
    """Apply a character table; return the new text and, per output char, its original index."""
    out, index = translate_with_index(text, table)
    return out, index.tolist()


# --- offset maps -------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class OffsetMap:
    """Per output character, the half-open span [starts[i], ends[i]) of the input it came from."""

    starts: np.ndarray
    ends: np.ndarray
    source_len: int

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        """The map of a text to itself."""
        return cls(np.arange(n, dtype=OFFSET_DTYPE), np.arange(1, n + 1, dtype=OFFSET_DTYPE), n)

    @classmethod
    def from_index(cls, index: Sequence[int] | np.ndarray, source_len: int) -> OffsetMap:
        """A map where output char i came from input char index[i] alone."""
        starts = np.asarray(index, dtype=OFFSET_DTYPE)
        return cls(starts, starts + 1, source_len)

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the output span [start, end) to the input span it came from."""
        n = len(self.starts)
        if not 0 <= start <= end <= n:
            raise IndexError(f"span ({start}, {end}) outside text of length {n}")
        if start == end:
            pos = int(self.starts[start]) if start < n else self.source_len
            return pos, pos
        a = int(self.starts[start])
        return a, max(int(self.ends[end - 1]), a)

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: self maps B->A, outer maps C->B; return the map C->A."""
        s, e = outer.starts, outer.ends
        if len(s) == 0:
            return OffsetMap(s.copy(), e.copy(), self.source_len)
        padded = np.concatenate([self.starts, np.array([self.source_len], dtype=OFFSET_DTYPE)])
        a = padded[s]  # an inserted char sits at the position of the next mid char
        if len(self.ends):
            last = self.ends[np.clip(e - 1, 0, len(self.ends) - 1)]
            b = np.where(e > s, last, a)
        else:
            b = a
        return OffsetMap(
            a.astype(OFFSET_DTYPE), np.maximum(a, b).astype(OFFSET_DTYPE), self.source_len
        )


Edit = tuple[int, int, str]
"""Replace text[start:end] by the string (start == end inserts; "" deletes)."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; every replacement char maps to its edited span."""
    out: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    pos = 0
    for start, end, rep in edits:
        if start < pos or end < start:
            raise ValueError(f"edits overlap or are unsorted at ({start}, {end})")
        out.append(text[pos:start])
        starts.append(np.arange(pos, start, dtype=OFFSET_DTYPE))
        ends.append(np.arange(pos + 1, start + 1, dtype=OFFSET_DTYPE))
        out.append(rep)
        starts.append(np.full(len(rep), start, dtype=OFFSET_DTYPE))
        ends.append(np.full(len(rep), end, dtype=OFFSET_DTYPE))
        pos = end
    out.append(text[pos:])
    starts.append(np.arange(pos, len(text), dtype=OFFSET_DTYPE))
    ends.append(np.arange(pos + 1, len(text) + 1, dtype=OFFSET_DTYPE))
    return "".join(out), OffsetMap(np.concatenate(starts), np.concatenate(ends), len(text))


# --- unicode repair ------------------------------------------------------------------


_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _is_presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


# format characters the character step deletes (zero-width and bidi controls, soft hyphen)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad\u061c\u180e]")


def repair_unicode_edits(text: str) -> list[Edit]:
    """Edits that compose (NFC) combining clusters and expand Arabic presentation forms."""
    edits: list[Edit] = []
    n = len(text)
    invisible = _INVISIBLE.search(text) is not None
    needs_nfc = not unicodedata.is_normalized(
        "NFC", _INVISIBLE.sub("", text) if invisible else text
    )
    if not needs_nfc and not _PRESENTATION_FORM.search(text):
        return edits
    i = 0
    while i < n:
        ch = text[i]
        if _is_presentation_form(ch) and ch != "\ufeff":
            edits.append((i, i + 1, unicodedata.normalize("NFKC", ch)))
            i += 1
            continue
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or _INVISIBLE.match(text[j])):
            j += 1
        if needs_nfc:
            cluster = text[i:j]
            # an invisible format mark the character step deletes (ZWNJ) must not keep a mark
            # from its letter: A + ZWNJ + ◌́ composes as Á, so normalising twice changes nothing
            composed = unicodedata.normalize(
                "NFC", _INVISIBLE.sub("", cluster) if invisible else cluster
            )
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
    chars, index = translate_with_index(repaired, table)
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
    n = len(mapping.starts)
    if n == 0:
        return
    following = np.append(mapping.starts[1:], len(source))
    for i in np.nonzero(mapping.ends < following)[0].tolist():
        end, stop = int(mapping.ends[i]), int(following[i])
        while end < stop and _is_attached_mark(source[end]):
            end += 1
        mapping.ends[i] = end


def normalize_key(text: str) -> str:
    """Normalise a lexicon key or query: the same steps as document text, whitespace collapsed."""
    edits = repair_unicode_edits(text)
    repaired = apply_edits(text, edits)[0] if edits else text
    chars = repaired.translate(_DEFAULT_COMPILED.translation)
    return " ".join(chars.split())


Normalizer = Callable[[str], str]


# --- regexes written for normalised text ---------------------------------------------


def fold_regex(pattern: str) -> str:
    """A regex over normalised text with every character normalisation never leaves folded.

    Module-level patterns in the extractor are written in plain Arabic (المئات، نهائية، على،
    «…»، ؛) but run on normalised text, where ئ reads ء, ة reads ه, ى reads ي, أ reads ا, «»
    read " and ؛ reads ;: an unfolded letter makes its branch dead. Only the characters the
    normalisation table maps are touched, one by one, so the regex syntax stays as written:
    a replacement that is a regex metacharacter (؟ → ?, ٫ → .) is escaped, an escaped mapped
    character (\\؟) becomes the escaped replacement, and deleted marks (harakat, tatweel) go
    with their quantifier (لـ? is ل, not an optional ل).
    Whitespace is not collapsed (verbose patterns keep their layout)."""
    table = _DEFAULT_COMPILED.translation
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if ord(nxt) in table:
                rep = table[ord(nxt)]
                out.append(re.escape(rep) if rep else "")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if ord(c) in table:
            rep = table[ord(c)]
            out.append(re.escape(rep) if rep else "")
            # لـ?: a deleted mark's quantifier goes with it, never onto the letter before
            if not rep and not in_class:
                quantifier = _QUANTIFIER.match(pattern, i + 1)
                if quantifier:
                    i = quantifier.end() - 1
        else:
            out.append(c)
        i += 1
    return "".join(out)


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def norm_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a regex that runs on normalised text, folding its letters first (fold_regex)."""
    return re.compile(fold_regex(pattern), flags)
