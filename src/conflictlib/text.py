"""The text layer's entry point: clean, normalise, repair glued words, segment.

``prepare(original)`` returns a ``PreparedText``: the normalised text rules match on, an
offset map back to the exact original, and the headline/sentence/clause segments::

    prep = prepare(article)
    s = prep.segments[0]
    start, end = prep.norm.to_original(s.start, s.end)
    evidence = article[start:end]          # exact words shown to users

Build a ``TextPreparer`` once (it loads the cue and vocabulary files) and call it per
document when preparing many documents; ``prepare`` keeps one default preparer per
process and builds a new one only when given extra vocabulary as a plain iterable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from conflictlib.clean import ResidueCues, clean_lines, clean_markup, load_residue_cues
from conflictlib.normalize import OffsetMap, apply_edits, normalize_mapped
from conflictlib.segment import ClauseMarkers, Segment, load_clause_markers, segment_text
from conflictlib.wordsplit import Vocabulary, build_vocabulary, split_edits

__all__ = [
    "NormalizedText",
    "PreparedText",
    "Segment",
    "TextPreparer",
    "normalize_text",
    "prepare",
]


@dataclass(frozen=True)
class NormalizedText:
    """The exact user text, the cleaned + normalised text, and the map between them."""

    original: str
    text: str
    mapping: OffsetMap = field(repr=False, compare=False)

    @cached_property
    def index(self) -> list[int]:
        """For each char of .text, the index in .original it starts at."""
        return self.mapping.starts.tolist()

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of .text whose characters come from original[start:end] (inverse lookup)."""
        starts = self.mapping.starts
        lo = int(np.searchsorted(starts, start, side="left"))
        hi = int(np.searchsorted(starts, end, side="left"))
        return lo, max(lo, hi)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of .text to the span of .original it came from (exact evidence)."""
        return self.mapping.span(start, end)

    def original_slice(self, start: int, end: int) -> str:
        """The exact original text behind a span of .text."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


@dataclass(frozen=True)
class PreparedText:
    """A normalised text with its headline/sentence segments (offsets in norm.text)."""

    norm: NormalizedText
    segments: tuple[Segment, ...]

    def segment_text(self, segment: Segment) -> str:
        """The normalised text of a segment."""
        return self.norm.text[segment.start : segment.end]


@dataclass(frozen=True)
class TextPreparer:
    """Loaded resources of the text layer; call it on each document's text."""

    cues: ResidueCues
    markers: ClauseMarkers
    vocabulary: Vocabulary

    @classmethod
    def load(cls, vocabulary: Iterable[str] = ()) -> TextPreparer:
        """Load the packaged cue, marker and vocabulary files, adding extra vocabulary."""
        return cls(load_residue_cues(), load_clause_markers(), build_vocabulary(vocabulary))

    def normalize(self, original: str) -> NormalizedText:
        """Clean residue, normalise characters and repair glued words, keeping the map."""
        cleaned, markup_map = clean_markup(original)
        chars, mapping = normalize_mapped(cleaned)
        if markup_map is not None:
            mapping = markup_map.then(mapping)
        chars, lines_map = clean_lines(chars, self.cues)
        if lines_map is not None:
            mapping = mapping.then(lines_map)
        edits = split_edits(chars, self.vocabulary)
        if edits:
            chars, split_map = apply_edits(chars, edits)
            mapping = mapping.then(split_map)
        return NormalizedText(original, chars, mapping)

    def __call__(self, original: str) -> PreparedText:
        """Prepare one text: normalise it and cut it into segments."""
        norm = self.normalize(original)
        return PreparedText(norm, segment_text(norm.text, self.markers))


@lru_cache(maxsize=1)
def default_preparer() -> TextPreparer:
    """The preparer with packaged resources only (loaded once per process)."""
    return TextPreparer.load()


def _preparer_for(vocabulary: Vocabulary | TextPreparer | Iterable[str] | None) -> TextPreparer:
    """Pick or build the preparer for a vocabulary argument."""
    if vocabulary is None:
        return default_preparer()
    if isinstance(vocabulary, TextPreparer):
        return vocabulary
    base = default_preparer()
    if isinstance(vocabulary, Vocabulary):
        return TextPreparer(base.cues, base.markers, vocabulary)
    return TextPreparer(base.cues, base.markers, build_vocabulary(vocabulary))


def normalize_text(
    original: str, *, vocabulary: Vocabulary | TextPreparer | Iterable[str] | None = None
) -> NormalizedText:
    """Clean and normalise a text without segmenting it."""
    return _preparer_for(vocabulary).normalize(original)


def prepare(
    original: str, *, vocabulary: Vocabulary | TextPreparer | Iterable[str] | None = None
) -> PreparedText:
    """Clean residue + normalise + repair glued words + segment one text.

    ``vocabulary`` adds names to the glued-word splitter: a ``Vocabulary`` from
    ``conflictlib.wordsplit.build_vocabulary(extra)`` or a ``TextPreparer`` (both reusable,
    cheap per call), or an iterable of names (rebuilt on every call: slow for many docs).
    """
    return _preparer_for(vocabulary)(original)
