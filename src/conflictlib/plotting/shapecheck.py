"""Prove that matplotlib draws a label as correctly shaped Arabic.

Reference shaping of a logical string, independent of matplotlib: Unicode bidi
levels (python-bidi's reference implementation), HarfBuzz (uharfbuzz) per run with
the same font files matplotlib picked (per-character fallback like matplotlib's
font.family list), runs reordered visually (UAX #9 rule L2). Two comparisons:

* `compare_glyph_ids`: the glyph ids matplotlib lays out (matplotlib >= 3.11 exposes
  its libraqm layout through the private `matplotlib._text_helpers.layout`) against
  the reference glyph ids, in visual order.
* `compare_raster`: works on every matplotlib version: the outline of what
  matplotlib draws (`TextPath`, the same glyphs and positions the Agg/SVG/PDF
  backends use) against the reference glyph outlines (fontTools) at HarfBuzz
  positions, both rasterised; their overlap (intersection over union) is returned.
  On matplotlib < 3.11 this is how a pre-shaped string (presentation forms in
  visual order) is proven equivalent to the reference shaping.

uharfbuzz and fontTools are test-time dependencies; they are imported lazily.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.path import Path as MplPath

from conflictlib.errors import ConflictlibError


class ShapeCheckError(ConflictlibError):
    """The reference shaping or the matplotlib layout could not be computed."""


@dataclass(frozen=True)
class PlacedGlyph:
    """One glyph in visual order: font file, glyph id, position in ems."""

    font: str
    gid: int
    x: float
    y: float


# ----------------------------------------------------------------------------- fonts


def font_files(prop: FontProperties) -> list[str]:
    """Return the font files matplotlib uses for `prop`, in fallback order."""
    return [str(f) for f in fontManager._find_fonts_by_props(prop)]


@lru_cache(maxsize=16)
def load_font(path: str):
    """Return a fontTools TTFont read fully into memory (no file handle left open)."""
    import io

    from fontTools.ttLib import TTFont

    with open(path, "rb") as handle:
        return TTFont(io.BytesIO(handle.read()))


@lru_cache(maxsize=16)
def cmap_of(path: str) -> frozenset[int]:
    """Return the code points a font file maps."""
    return frozenset(load_font(path).getBestCmap())


def font_for_char(ch: str, previous: str | None, files: Sequence[str]) -> str:
    """Return the first font covering `ch`; marks and joiners stay with the previous font."""
    if previous is not None and (unicodedata.category(ch) in ("Mn", "Me", "Cf")):
        return previous
    for path in files:
        if ord(ch) in cmap_of(path):
            return path
    return files[0]


# ----------------------------------------------------------------------------- bidi


def bidi_levels(text: str) -> list[int]:
    """Return the resolved embedding level of each character (UAX #9, up to rule L1)."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    base = uba.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    if len(storage["chars"]) != len(text):
        raise ShapeCheckError(f"explicit bidi controls are not supported in labels: {text!r}")
    levels = [ch["level"] for ch in storage["chars"]]
    for i in range(len(text) - 1, -1, -1):  # L1: trailing whitespace takes the base level
        if not text[i].isspace():
            break
        levels[i] = base
    return levels


def logical_runs(text: str, files: Sequence[str]) -> list[tuple[int, int, int, str]]:
    """Split `text` into (start, end, level, font) runs of equal bidi level and font."""
    levels = bidi_levels(text)
    runs: list[tuple[int, int, int, str]] = []
    font = None
    for i, ch in enumerate(text):
        font = font_for_char(ch, font, files)
        if runs and runs[-1][2] == levels[i] and runs[-1][3] == font:
            start, _, level, f = runs[-1]
            runs[-1] = (start, i + 1, level, f)
        else:
            runs.append((i, i + 1, levels[i], font))
    return runs


def visual_order(runs: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Reorder runs for display (UAX #9 rule L2)."""
    if not runs:
        return runs
    order = list(runs)
    highest = max(r[2] for r in order)
    lowest_odd = min((r[2] for r in order if r[2] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][2] >= level:
                j = i
                while j < len(order) and order[j][2] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# ----------------------------------------------------------------------------- HarfBuzz


@lru_cache(maxsize=16)
def hb_font(path: str):
    """Return a uharfbuzz Font (font units, default variation instance) for a file."""
    import uharfbuzz as hb

    with open(path, "rb") as handle:
        face = hb.Face(hb.Blob(handle.read()))
    return hb.Font(face)


def reference_glyphs(text: str, files: Sequence[str]) -> list[PlacedGlyph]:
    """Return the reference shaping of a logical-order string, glyphs in visual order."""
    import uharfbuzz as hb

    placed: list[PlacedGlyph] = []
    pen_x = 0.0
    for start, end, level, path in visual_order(logical_runs(text, files)):
        buf = hb.Buffer()
        buf.add_str(text[start:end])
        buf.guess_segment_properties()
        buf.direction = "rtl" if level % 2 else "ltr"
        hb.shape(hb_font(path), buf, {})
        upem = float(hb_font(path).face.upem)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            placed.append(
                PlacedGlyph(path, info.codepoint, pen_x + pos.x_offset / upem, pos.y_offset / upem)
            )
            pen_x += pos.x_advance / upem
    return placed


# ----------------------------------------------------------------------------- matplotlib side


def laid_out_glyphs(text: str, prop: FontProperties) -> list[tuple[str, int]]:
    """Return (font file, glyph id) of what matplotlib >= 3.11 lays out, in visual order."""
    from matplotlib.font_manager import get_font

    try:
        from matplotlib import _text_helpers
    except ImportError as exc:  # private module: may move in a later matplotlib
        raise ShapeCheckError(f"matplotlib._text_helpers is not available: {exc}") from exc

    font = get_font(fontManager._find_fonts_by_props(prop))
    font.set_size(prop.get_size_in_points(), 72)
    try:
        items = list(_text_helpers.layout(text, font))
    except TypeError as exc:  # private API: signature differs between versions
        raise ShapeCheckError(
            f"matplotlib._text_helpers.layout has an unknown signature: {exc}"
        ) from exc
    out = []
    for item in items:
        gid = getattr(item, "glyph_index", None)
        if gid is None:
            gid = getattr(item, "glyph_idx", None)
        if gid is None:
            raise ShapeCheckError("matplotlib layout items carry no glyph index")
        out.append((str(item.ft_object.fname), int(gid)))
    return out


def compare_glyph_ids(logical: str, drawn: str, prop: FontProperties) -> list[str]:
    """Compare what matplotlib lays out for `drawn` with the reference shaping of `logical`.

    Returns a list of differences (empty when equal). Meaningful on matplotlib >= 3.11,
    where glyph ids come from libraqm/HarfBuzz as in the reference.
    """
    files = font_files(prop)
    want = [(g.font, g.gid) for g in reference_glyphs(logical, files)]
    got = laid_out_glyphs(drawn, prop)
    if want == got:
        return []
    return [
        f"{logical!r}: reference glyphs {[g for _, g in want]} != matplotlib {[g for _, g in got]}"
    ]


# ----------------------------------------------------------------------------- raster comparison


class _PathPen:
    """fontTools pen collecting matplotlib path vertices and codes."""

    def __new__(cls, glyph_set):
        from fontTools.pens.basePen import BasePen

        class Pen(BasePen):
            def __init__(self, glyph_set):
                super().__init__(glyph_set)
                self.vertices: list[tuple[float, float]] = []
                self.codes: list[int] = []

            def _moveTo(self, pt):
                self.vertices.append(pt)
                self.codes.append(MplPath.MOVETO)

            def _lineTo(self, pt):
                self.vertices.append(pt)
                self.codes.append(MplPath.LINETO)

            def _curveToOne(self, pt1, pt2, pt3):
                self.vertices += [pt1, pt2, pt3]
                self.codes += [MplPath.CURVE4] * 3

            def _qCurveToOne(self, pt1, pt2):
                self.vertices += [pt1, pt2]
                self.codes += [MplPath.CURVE3] * 2

            def _closePath(self):
                self.vertices.append(self.vertices[-1])
                self.codes.append(MplPath.CLOSEPOLY)

        return Pen(glyph_set)


@lru_cache(maxsize=16)
def glyph_set(path: str):
    """Return (glyph set, glyph order, units per em) of a font file (default instance)."""
    font = load_font(path)
    return font.getGlyphSet(), font.getGlyphOrder(), font["head"].unitsPerEm


def glyph_outline(path: str, gid: int) -> MplPath:
    """Return the outline of one glyph in font units."""
    glyphs, order, _ = glyph_set(path)
    pen = _PathPen(glyphs)
    glyphs[order[gid]].draw(pen)
    if not pen.vertices:
        return MplPath(np.empty((0, 2)))
    return MplPath(np.asarray(pen.vertices, dtype=float), pen.codes)


def reference_outline(logical: str, files: Sequence[str]) -> MplPath:
    """Return the outline of the reference shaping, scaled to a 1-unit em."""
    parts = []
    for g in reference_glyphs(logical, files):
        outline = glyph_outline(g.font, g.gid)
        if len(outline.vertices):
            upem = glyph_set(g.font)[2]
            parts.append(MplPath(outline.vertices / upem + (g.x, g.y), outline.codes))
    return MplPath.make_compound_path(*parts) if parts else MplPath(np.empty((0, 2)))


def unshaped_outline(text: str, files: Sequence[str]) -> MplPath:
    """Return the outline of `text` drawn unshaped: nominal glyphs, logical order, left to right.

    This is what matplotlib < 3.11 draws for a logical-order Arabic string.
    """
    parts, pen_x, font = [], 0.0, None
    for ch in text:
        font = font_for_char(ch, font, files)
        tt = load_font(font)
        name = tt.getBestCmap().get(ord(ch), ".notdef")
        upem = glyph_set(font)[2]
        outline = glyph_outline(font, tt.getGlyphID(name))
        if len(outline.vertices):
            parts.append(MplPath(outline.vertices / upem + (pen_x, 0.0), outline.codes))
        pen_x += tt["hmtx"][name][0] / upem
    return MplPath.make_compound_path(*parts) if parts else MplPath(np.empty((0, 2)))


def matplotlib_outline(drawn: str, prop: FontProperties) -> MplPath:
    """Return the outline matplotlib draws for `drawn`, scaled to a 1-unit em."""
    from matplotlib.textpath import TextPath

    return TextPath((0, 0), drawn, size=1.0, prop=prop)


def rasterize(
    path: MplPath, x0: float, y0: float, width: float, height: float, px_per_em: int
) -> np.ndarray:
    """Fill `path` (nonzero rule) into a boolean image covering [x0, x0+width] x [y0, y0+height]."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch

    w_px, h_px = max(int(width * px_per_em), 1), max(int(height * px_per_em), 1)
    fig = Figure(figsize=(w_px / 100, h_px / 100), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.add_patch(PathPatch(path, facecolor="black", edgecolor="none", antialiased=False))
    ax.set_xlim(x0, x0 + width)
    ax.set_ylim(y0, y0 + height)
    fig.canvas.draw()
    rgba = np.asarray(fig.canvas.buffer_rgba())
    return rgba[..., 0] < 128


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """Return `mask` grown by `radius` pixels (square neighbourhood)."""
    out = mask.copy()
    h, w = mask.shape
    padded = np.pad(mask, radius)
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            out |= padded[radius + dy : radius + dy + h, radius + dx : radius + dx + w]
    return out


def compare_raster(
    logical: str, drawn: str, prop: FontProperties, px_per_em: int = 48, tolerance_px: int = 2
) -> float:
    """Return how well matplotlib's drawing of `drawn` matches the reference shaping of `logical`.

    Both outlines start at the pen origin on the baseline and are rasterised at
    `px_per_em`; the score is the smaller of the two fractions "ink of one within
    `tolerance_px` pixels of ink of the other" (1.0: same drawing; small kerning or
    mark-position differences of the pre-shaped path on old matplotlib cost little,
    a reversed or unjoined label scores far lower).
    """
    ref = reference_outline(logical, font_files(prop))
    got = matplotlib_outline(drawn, prop)
    return raster_score(ref, got, px_per_em, tolerance_px)


def raster_score(ref: MplPath, got: MplPath, px_per_em: int = 48, tolerance_px: int = 2) -> float:
    """Return the tolerant pixel agreement of two outlines in ems (see compare_raster)."""
    if not len(ref.vertices) or not len(got.vertices):
        return 1.0 if len(ref.vertices) == len(got.vertices) else 0.0
    ref_box, got_box = ref.get_extents(), got.get_extents()
    x0 = min(ref_box.x0, got_box.x0, 0.0) - 0.1
    y0 = min(ref_box.y0, got_box.y0) - 0.1
    width = max(ref_box.x1, got_box.x1) - x0 + 0.1
    height = max(ref_box.y1, got_box.y1) - y0 + 0.1
    a = rasterize(ref, x0, y0, width, height, px_per_em)
    b = rasterize(got, x0, y0, width, height, px_per_em)
    if not a.any() or not b.any():
        return float(a.any() == b.any())
    a_in_b = (a & dilate(b, tolerance_px)).sum() / a.sum()
    b_in_a = (b & dilate(a, tolerance_px)).sum() / b.sum()
    return float(min(a_in_b, b_in_a))
