"""Arabic labels reach the page correctly shaped: shape_label, fonts and the glyph/raster checks.

Runs on matplotlib >= 3.11 (libraqm shapes; glyph ids compared directly) and on
older matplotlib (the reshaper + bidi path; raster comparison), see docs/plotting.md
for the second environment.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from matplotlib.font_manager import FontProperties

from conflictlib.plotting import shaping
from conflictlib.plotting.fonts import ARABIC_FAMILY, find_font_file, use_arabic_font
from conflictlib.plotting.labels import ACTION_NAMES, TEXTS, TOLL_GROUP_NAMES, name_for
from conflictlib.plotting.shaping import matplotlib_shapes_text, preshape_label, shape_label

sc = pytest.importorskip("conflictlib.plotting.shapecheck")
pytest.importorskip("uharfbuzz")
pytest.importorskip("fontTools")

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
ACTORS_YAML = ROOT / "src" / "conflictlib" / "lexicons" / "data" / "actors.yaml"
RASTER_OK = 0.9  # score of a correct drawing; wrong ones measured 0.1-0.71 (docs/plotting.md)

MIXED = [
    "19 قتيلاً",
    "وحدات حماية الشعب YPG",
    "غارات 2014",
    "قوات سوريا الديمقراطية (قسد)",
    "سقوط 1,013 قتيلاً في كوباني",
    "الرقة 2017-06-06",
    "تنظيم الدولة ISIS في الموصل",
    "حصيلة T1 sohr",
    "التحالف الدولي: 23 جريحاً",
]


def gold_actor_names() -> list[str]:
    """Return every Arabic alias in data/gold/actors.csv."""
    table = pd.read_csv(GOLD / "actors.csv", dtype=str)
    return [a for cell in table["aliases_ar"].dropna() for a in cell.split(";") if a]


def lexicon_actor_names() -> list[str]:
    """Return name_ar of the package actor lexicon (empty while it does not exist yet)."""
    if not ACTORS_YAML.is_file():
        return []
    entries = yaml.safe_load(ACTORS_YAML.read_text(encoding="utf-8"))["entries"]
    return [e["name_ar"] for e in entries if e.get("name_ar")]


def figure_texts() -> list[str]:
    """Return the Arabic figure titles, axis labels and captions, formatted."""
    return [t.format(n=1234, k=12, cell=0.25) for t in TEXTS["ar"].values()]


def toll_group_names() -> list[str]:
    """Return the Arabic toll-group names, templated ones made from a real actor name."""
    made = [
        name_for(g, "ar", {"ypg": "وحدات حماية الشعب", "isis": "داعش"})
        for g in ("ypg_allied_fighters", "isis_foreign_fighters")
    ]
    return list(TOLL_GROUP_NAMES["ar"].values()) + made


def all_labels() -> list[str]:
    """Return the real labels the figures can show, deduplicated, in a stable order."""
    labels = list(ACTION_NAMES["ar"].values()) + figure_texts() + MIXED + toll_group_names()
    labels += gold_actor_names() + lexicon_actor_names()
    return sorted(set(labels))


LABELS = all_labels()
# the must-fail checks run on the figures' own texts and the mixed strings (all have at
# least two joining letters, so reversing or unjoining them changes the drawing)
SHAPED = sorted(set(ACTION_NAMES["ar"].values()) | set(figure_texts()) | set(MIXED))


@pytest.fixture(scope="module")
def prop() -> FontProperties:
    """Font properties of every conflictlib figure text."""
    return FontProperties(family=list(use_arabic_font()), size=12)


# ----------------------------------------------------------------------------- shape_label


def test_detection_follows_libraqm():
    """shape_label's switch is exactly the libraqm marker of matplotlib.ft2font."""
    expected = getattr(matplotlib.ft2font, "__libraqm_version__", None) is not None
    assert matplotlib_shapes_text() is expected


@pytest.mark.parametrize("label", ["غارة جوية", "19 قتيلاً", "Clash", ""])
def test_modern_matplotlib_gets_logical_string(monkeypatch, label):
    """With libraqm (3.11+) the logical string goes to matplotlib unchanged."""
    monkeypatch.setattr(shaping, "matplotlib_shapes_text", lambda: True)
    assert shape_label(label) == label


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("لا", "\ufefb"),  # lam-alef ligature, isolated
        ("ب", "\ufe8f"),  # beh isolated
        ("بب", "\ufe90\ufe91"),  # final beh left of initial beh
        ("بَ", "\u064e\ufe8f"),  # fatha kept (before its letter once the run is reversed)
        ("(ب)", "(\ufe8f)"),  # brackets mirrored in a right-to-left run
        ("19 ب", "\ufe8f 19"),  # number stays left to right, after the word visually
        ("ب YPG", "YPG \ufe8f"),
        ("سطر\nسطر", "\ufeae\ufec4\ufeb3\n\ufeae\ufec4\ufeb3"),  # each line on its own
        ("Clash 2014", "Clash 2014"),
    ],
)
def test_legacy_matplotlib_gets_presentation_forms_in_visual_order(monkeypatch, logical, visual):
    """Without libraqm, shape_label applies reshaper (harakat kept) + bidi with mirroring."""
    monkeypatch.setattr(shaping, "matplotlib_shapes_text", lambda: False)
    assert shape_label(logical) == visual


ARABIC_LETTERS = st.sampled_from(
    [chr(c) for c in range(0x0621, 0x064B) if unicodedata.category(chr(c)) == "Lo"]
)
LABEL_TEXT = st.text(
    alphabet=st.one_of(ARABIC_LETTERS, st.sampled_from(list(" 0123456789YPG-:"))), max_size=40
)


@given(LABEL_TEXT)
@settings(max_examples=200, deadline=None)
def test_legacy_shaping_keeps_every_letter(text):
    """Pre-shaping only changes forms and order: NFKC gives back the same characters."""
    out = preshape_label(text)
    assert sorted(unicodedata.normalize("NFKC", out)) == sorted(unicodedata.normalize("NFKC", text))


@given(st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=30))
@example("الله")  # arabic-reshaper writes the word Allah as one ligature (U+FDF2)
@settings(max_examples=200, deadline=None)
def test_legacy_shaping_reverses_arabic_words(word):
    """A single Arabic word comes out in visual order: the reverse of its letters."""
    shaped = preshape_label(word)
    out = unicodedata.normalize("NFKC", shaped)
    # a lam-alef ligature decomposes back in logical order (lam, alef)
    expected = re.sub("([اأإآ])ل", r"ل\1", unicodedata.normalize("NFKC", word)[::-1])
    if "\ufdf2" in shaped:  # the ligature of the word Allah decomposes in logical order too
        expected = expected.replace("هللا", "الله")
    assert out == expected


@given(LABEL_TEXT)
@settings(max_examples=200, deadline=None)
def test_shape_label_is_identity_on_libraqm(text):
    """On matplotlib with libraqm nothing is ever rewritten."""
    if not matplotlib_shapes_text():
        pytest.skip("matplotlib without libraqm")
    assert shape_label(text) == text


# ----------------------------------------------------------------------------- fonts


def test_arabic_font_comes_from_pypi_package():
    """The Noto Sans Arabic file is the one the fontpkg package installs, and is registered."""
    path = find_font_file(ARABIC_FAMILY)
    assert "fontpkg" in str(path) and path.suffix == ".ttf"
    use_arabic_font()
    assert str(path) in {f.fname for f in matplotlib.font_manager.fontManager.ttflist}


def test_all_labels_have_glyphs_without_warning(prop):
    """No 'Glyph missing' warning (nbval compares stderr) and no .notdef box for any label."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for label in LABELS:
            glyphs = sc.reference_glyphs(label, sc.font_files(prop))
            assert all(g.gid != 0 for g in glyphs), label
            sc.matplotlib_outline(shape_label(label), prop)


# ----------------------------------------------------------------------------- the checks


@pytest.mark.skipif(
    not matplotlib_shapes_text(), reason="glyph ids are comparable only with libraqm"
)
@pytest.mark.parametrize("label", LABELS)
def test_glyph_ids_match_reference_shaping(prop, label):
    """matplotlib lays out exactly the HarfBuzz glyphs of the reference, in visual order."""
    assert sc.compare_glyph_ids(label, shape_label(label), prop) == []


@pytest.mark.parametrize("label", LABELS)
def test_drawing_matches_reference_shaping(prop, label):
    """What matplotlib draws for shape_label(label) looks like the reference shaping (any version)."""
    assert sc.compare_raster(label, shape_label(label), prop) >= RASTER_OK


@pytest.mark.parametrize("label", SHAPED)
def test_check_fails_on_double_shaped_label(prop, label):
    """Pre-shaping on top of what matplotlib needs (e.g. the recipe on 3.11) is caught."""
    double = preshape_label(shape_label(label))
    assert sc.compare_raster(label, double, prop) < RASTER_OK
    if matplotlib_shapes_text():
        assert sc.compare_glyph_ids(label, double, prop) != []


@pytest.mark.parametrize("label", SHAPED)
def test_check_fails_on_unshaped_label(prop, label):
    """A label drawn unshaped (the logical string on matplotlib < 3.11) is caught."""
    reference = sc.reference_outline(label, sc.font_files(prop))
    assert sc.raster_score(reference, sc.unshaped_outline(label, sc.font_files(prop))) < RASTER_OK
    if not matplotlib_shapes_text():
        assert sc.compare_raster(label, label, prop) < RASTER_OK


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("abc", [0, 0, 0]),
        ("بيت", [1, 1, 1]),
        ("19 قتيلاً", [2, 2, 1, 1, 1, 1, 1, 1, 1]),
        ("ب YPG", [1, 1, 2, 2, 2]),
    ],
)
def test_reference_bidi_levels(text, levels):
    """The reference uses resolved UAX #9 levels (numbers and Latin embedded at level 2)."""
    assert sc.bidi_levels(text) == levels
