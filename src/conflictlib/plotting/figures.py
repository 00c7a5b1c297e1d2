"""Figure functions: an events or tolls DataFrame in, a matplotlib Figure out.

Every piece of text goes through `shape_label` (via `_t`), so the same code is right
on matplotlib 3.11 (libraqm) and on older versions. Figures are built with
`matplotlib.figure.Figure` (no pyplot state) inside `figure_rc()`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch

from conflictlib.plotting.fonts import figure_rc
from conflictlib.plotting.labels import OTHER, PlotInputError, check_lang, name_for, text_for
from conflictlib.plotting.shaping import shape_label
from conflictlib.schema import ACTIONS

Labels = Mapping[str, str] | None

ACTION_COLORS: dict[str, str] = dict(
    zip(ACTIONS, [matplotlib.colors.to_hex(c) for c in colormaps["tab10"].colors], strict=True)
)
OTHER_COLOR = "#9e9e9e"
FREQ_NAMES = {"D": "events_per_day", "W": "events_per_week", "MS": "events_per_month"}
FREQ_WIDTH_DAYS = {"D": 0.8, "W": 5.6, "MS": 24.0}


# ----------------------------------------------------------------------------- helpers


def _t(s: str) -> str:
    """Shorthand used for every string handed to matplotlib."""
    return shape_label(s)


def action_color(action: str) -> str:
    """Return the fixed colour of an action (grey for unknown actions and 'other')."""
    return ACTION_COLORS.get(action, OTHER_COLOR)


def require_columns(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Raise PlotInputError naming every required column missing from `frame`."""
    if not isinstance(frame, pd.DataFrame):
        raise PlotInputError(f"{what} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise PlotInputError(f"{what} lacks column(s) {missing}; see conflictlib.schema")


def clean_ids(values: pd.Series) -> pd.Series:
    """Return ids as stripped strings, with NaN/None/'' as <NA>."""
    out = values.astype("string").str.strip()
    return out.mask(out == "")


def top_categories(values: pd.Series, top_n: int) -> list[str]:
    """Return the `top_n` most frequent non-empty values (ties broken by name)."""
    counts = clean_ids(values).dropna().value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [k for k, _ in ranked[: max(int(top_n), 0)]]


def cap_categories(values: pd.Series, keep: Sequence[str]) -> pd.Series:
    """Replace values outside `keep` by OTHER (missing values stay missing)."""
    ids = clean_ids(values)
    return ids.where(ids.isin(list(keep)) | ids.isna(), OTHER)


def ordered_actions(actions: Iterable[str]) -> list[str]:
    """Return the distinct actions in schema order, unknown ones after, 'other' last."""
    present = set(actions)
    known = [a for a in ACTIONS if a in present]
    extra = sorted(present - set(ACTIONS) - {OTHER})
    return known + extra + ([OTHER] if OTHER in present else [])


def numeric(values: pd.Series) -> pd.Series:
    """Return a float Series with unparseable values as NaN."""
    return pd.to_numeric(values, errors="coerce").astype(float)


def parse_dates(values: pd.Series | Sequence[object]) -> pd.Series:
    """Return datetimes (NaT where empty or unparseable)."""
    return pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce", format="mixed")


def new_figure(width: float, height: float) -> Figure:
    """Return a pyplot-free Figure with constrained layout."""
    return Figure(figsize=(width, height), layout="constrained")


def add_caption(fig: Figure, lines: Sequence[str], lang: str) -> None:
    """Write caption lines under the axes (right-aligned for Arabic)."""
    lines = [line for line in lines if line]
    if not lines:
        return
    x, ha = (0.99, "right") if lang == "ar" else (0.01, "left")
    fig.supxlabel(_t("\n".join(lines)), x=x, ha=ha, fontsize=9, color="#444444")


def set_tick_labels(ax, axis: str, positions: Sequence[float], names: Sequence[str], **kw) -> None:
    """Set fixed tick positions and shaped labels on the x or y axis."""
    setter = ax.set_xticks if axis == "x" else ax.set_yticks
    setter(list(positions), labels=[_t(n) for n in names], **kw)


def legend_handles(actions: Sequence[str], lang: str, labels: Labels) -> list[Patch]:
    """Return coloured legend patches for actions, with shaped names."""
    return [Patch(facecolor=action_color(a), label=_t(name_for(a, lang, labels))) for a in actions]


def legend_style(lang: str, outside: bool = False, offset: float = 1.01) -> dict[str, object]:
    """Return legend keyword arguments: small font, keys on the right of the text for Arabic."""
    style: dict[str, object] = {
        "fontsize": 8,
        "title_fontsize": 8,
        "markerfirst": lang != "ar",
        "title": _t(text_for("action", lang)),
        "framealpha": 0.9,
    }
    if outside:
        style.update(loc="upper left", bbox_to_anchor=(offset, 1.0), borderaxespad=0.0)
    return style


def choose_freq(dates: pd.Series) -> str:
    """Return 'D', 'W' or 'MS' from the span of the dates (> 60 days: week, > 2 years: month)."""
    if dates.empty:
        return "D"
    span = (dates.max() - dates.min()).days
    if span > 730:
        return "MS"
    if span > 60:
        return "W"
    return "D"


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Return the start of the day/week (Monday)/month each date falls in."""
    days = dates.dt.normalize()
    if freq == "D":
        return days
    if freq == "W":
        return days - pd.to_timedelta(days.dt.weekday, unit="D")
    if freq == "MS":
        return days.dt.to_period("M").dt.to_timestamp()
    raise PlotInputError(f"unknown timeline frequency {freq!r}; expected 'D', 'W' or 'MS'")


def publication_dates_of(source: object) -> pd.Series:
    """Return distinct publication dates from a documents DataFrame, a Series or a list."""
    if source is None:
        return pd.Series([], dtype="datetime64[ns]")
    if isinstance(source, pd.DataFrame):
        require_columns(source, ["publication_date"], "publication_dates table")
        source = source["publication_date"]
    dates = parse_dates(list(source)).dropna().dt.normalize()
    return pd.Series(sorted(set(dates)), dtype="datetime64[ns]")


def format_date_axis(ax, freq: str) -> None:
    """Put a bounded number of numeric date ticks on the x axis (whole days at least), rotated."""
    first, last = ax.get_xlim()
    if last - first <= 8:
        ax.xaxis.set_major_locator(DayLocator())
    else:
        ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(DateFormatter("%Y-%m" if freq == "MS" else "%Y-%m-%d"))
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")


def show_empty(ax, lang: str) -> None:
    """Write the 'no events' note in the middle of an empty axes."""
    ax.text(
        0.5,
        0.5,
        _t(text_for("no_events", lang)),
        ha="center",
        va="center",
        transform=ax.transAxes,
        fontsize=12,
        color="#666666",
    )
    ax.set_xticks([])
    ax.set_yticks([])


# ----------------------------------------------------------------------------- timeline


def plot_timeline(
    events: pd.DataFrame,
    lang: str = "ar",
    freq: str | None = None,
    publication_dates: pd.DataFrame | Sequence[object] | None = None,
    labels: Labels = None,
    top_n_actions: int = 10,
) -> Figure:
    """Events per day/week/month stacked by action, fatalities on a second axis, article dates marked."""
    check_lang(lang)
    require_columns(events, ["action", "event_date", "fatalities"], "events")
    with matplotlib.rc_context(figure_rc()):
        fig = new_figure(10, 5.2)
        ax = fig.add_subplot()
        dates = parse_dates(events["event_date"])
        dated = events.assign(_date=dates.to_numpy()).dropna(subset=["_date"])
        n_undated = len(events) - len(dated)
        freq = freq or choose_freq(dated["_date"])
        captions = [text_for("undated", lang, n=n_undated)] if n_undated else []
        if dated.empty:
            show_empty(ax, lang)
        else:
            draw_timeline_bars(ax, dated, freq, lang, labels, top_n_actions)
            draw_publication_marks(ax, publication_dates_of(publication_dates), lang)
            ax2 = draw_fatalities(ax, dated, freq, lang)
            draw_timeline_legend(ax, ax2, lang)
            format_date_axis(ax, freq)
            ax.set_ylabel(_t(text_for(FREQ_NAMES[freq], lang)))
            ax.set_xlabel(_t(text_for("date", lang)))
        ax.set_title(_t(text_for("timeline_title", lang)))
        add_caption(fig, captions, lang)
    return fig


def draw_timeline_bars(
    ax, dated: pd.DataFrame, freq: str, lang: str, labels: Labels, top_n: int
) -> None:
    """Draw one stacked bar per period, one segment per action."""
    actions = cap_categories(dated["action"], top_categories(dated["action"], top_n)).fillna(OTHER)
    periods = period_start(dated["_date"], freq)
    counts = pd.crosstab(periods, actions)
    order = ordered_actions(counts.columns)
    x = date2num(counts.index.to_pydatetime())
    bottom = np.zeros(len(counts))
    for action in order:
        heights = counts[action].to_numpy(dtype=float)
        ax.bar(
            x,
            heights,
            bottom=bottom,
            width=FREQ_WIDTH_DAYS[freq],
            color=action_color(action),
            label=_t(name_for(action, lang, labels)),
            linewidth=0,
            zorder=2,
        )
        bottom += heights
    ax.xaxis_date()
    ax.set_ylim(0, max(bottom.max(), 1) * 1.15)
    ax.yaxis.get_major_locator().set_params(integer=True)


def draw_fatalities(ax, dated: pd.DataFrame, freq: str, lang: str):
    """Draw fatalities per period (0 where none) as a line on a second y axis; return that axis."""
    deaths = numeric(dated["fatalities"]).fillna(0.0)
    periods = period_start(dated["_date"], freq)
    per_period = deaths.groupby(periods.to_numpy()).sum().sort_index()
    every = pd.date_range(periods.min(), periods.max(), freq={"W": "W-MON"}.get(freq, freq))
    per_period = per_period.reindex(every, fill_value=0.0)
    ax2 = ax.twinx()
    x = date2num(per_period.index.to_pydatetime())
    ax2.plot(
        x,
        per_period.to_numpy(),
        color="#b00020",
        marker="o" if len(x) <= 60 else None,
        markersize=3,
        linewidth=1.2,
        zorder=3,
        label=_t(text_for("fatalities", lang)),
    )
    ax2.set_ylim(0, max(per_period.max(), 1) * 1.15)
    ax2.set_ylabel(_t(text_for("fatalities", lang)), color="#b00020")
    ax2.tick_params(axis="y", colors="#b00020")
    return ax2


def draw_timeline_legend(ax, ax2, lang: str) -> None:
    """Put one legend (actions, publication marks, fatalities line) on the top axis."""
    handles, names = ax.get_legend_handles_labels()
    more_handles, more_names = ax2.get_legend_handles_labels()
    ax2.legend(
        handles + more_handles, names + more_names, **legend_style(lang, outside=True, offset=1.12)
    )


def draw_publication_marks(ax, dates: pd.Series, lang: str) -> None:
    """Mark article publication dates: dashed lines if few, a rug along the bottom if many."""
    if dates.empty:
        return
    x = date2num(dates.dt.to_pydatetime())
    label = _t(text_for("publication", lang))
    if len(x) <= 30:
        for i, xi in enumerate(x):
            ax.axvline(
                xi,
                color="#333333",
                linestyle="--",
                linewidth=0.8,
                zorder=1,
                label=label if i == 0 else None,
            )
    else:
        ax.plot(
            x,
            np.zeros_like(x),
            linestyle="none",
            marker="|",
            markersize=8,
            color="#333333",
            alpha=0.5,
            transform=ax.get_xaxis_transform(),
            label=label,
            clip_on=False,
        )


# ----------------------------------------------------------------------------- per actor


def plot_actor_timeline(
    events: pd.DataFrame,
    lang: str = "ar",
    top_n: int = 12,
    labels: Labels = None,
    role: str = "actor1",
) -> Figure:
    """One row per actor (top_n by events, rest as 'other'), one dot per event coloured by action.

    Events on the same actor, day and action are merged into one dot whose area grows
    with the count, so 50,000 events stay readable.
    """
    check_lang(lang)
    require_columns(events, ["action", "event_date", role], "events")
    with matplotlib.rc_context(figure_rc()):
        dates = parse_dates(events["event_date"])
        frame = events.assign(_date=dates.to_numpy()).dropna(subset=["_date"])
        keep = top_categories(frame[role], top_n)
        frame = frame.assign(_actor=cap_categories(frame[role], keep)).dropna(subset=["_actor"])
        rows = keep + ([OTHER] if (frame["_actor"] == OTHER).any() else [])
        fig = new_figure(10, 1.6 + 0.42 * max(len(rows), 1))
        ax = fig.add_subplot()
        n_undated = len(events) - len(dates.dropna())
        if frame.empty:
            show_empty(ax, lang)
        else:
            draw_actor_dots(ax, frame, rows, lang, labels)
            format_date_axis(ax, choose_freq(frame["_date"]))
            ax.set_xlabel(_t(text_for("date", lang)))
        ax.set_title(_t(text_for("actor_timeline_title", lang)))
        add_caption(fig, [text_for("undated", lang, n=n_undated)] if n_undated else [], lang)
    return fig


def draw_actor_dots(ax, frame: pd.DataFrame, rows: list[str], lang: str, labels: Labels) -> None:
    """Draw dots per (actor, period, action), area by count, with a small vertical offset per action.

    The period is a day while there are few events per row, else a week or month
    (chosen from the span as in plot_timeline), so dense data does not overplot.
    """
    actions = ordered_actions(frame["action"].fillna(OTHER).astype(str))
    freq = "D" if len(frame) <= 60 * max(len(rows), 1) else choose_freq(frame["_date"])
    grouped = (
        frame.assign(
            _day=period_start(frame["_date"], freq),
            _action=frame["action"].fillna(OTHER).astype(str),
        )
        .groupby(["_actor", "_day", "_action"], observed=True)
        .size()
        .rename("n")
        .reset_index()
    )
    row_of = {a: i for i, a in enumerate(rows)}
    step = 0.6 / max(len(actions), 1)
    max_n = grouped["n"].max()
    for k, action in enumerate(actions):
        part = grouped[grouped["_action"] == action]
        y = part["_actor"].map(row_of).to_numpy(dtype=float) + (k - (len(actions) - 1) / 2) * step
        sizes = 12 + 140 * np.sqrt(part["n"].to_numpy() / max_n)
        ax.scatter(
            date2num(part["_day"].dt.to_pydatetime()),
            y,
            s=sizes,
            color=action_color(action),
            alpha=0.75 if len(grouped) < 2000 else 0.45,
            linewidths=0,
            zorder=2,
        )
    set_tick_labels(ax, "y", range(len(rows)), [name_for(r, lang, labels) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="y", color="#dddddd", zorder=0)
    ax.legend(handles=legend_handles(actions, lang, labels), **legend_style(lang, outside=True))


def plot_actor_action_heatmap(
    events: pd.DataFrame, lang: str = "ar", top_n: int = 15, labels: Labels = None
) -> Figure:
    """Heatmap of event counts, acting actor (actor1, top_n + 'other') by action, annotated."""
    check_lang(lang)
    require_columns(events, ["action", "actor1"], "events")
    with matplotlib.rc_context(figure_rc()):
        keep = top_categories(events["actor1"], top_n)
        actors = cap_categories(events["actor1"], keep)
        frame = pd.DataFrame({"actor": actors, "action": clean_ids(events["action"])}).dropna()
        counts = pd.crosstab(frame["actor"], frame["action"])
        rows = [a for a in keep + [OTHER] if a in counts.index]
        cols = ordered_actions(counts.columns)
        counts = counts.reindex(index=rows, columns=cols, fill_value=0)
        fig = new_figure(2.5 + 0.75 * max(len(cols), 1), 1.8 + 0.42 * max(len(rows), 1))
        ax = fig.add_subplot()
        if counts.empty:
            show_empty(ax, lang)
        else:
            draw_heatmap(fig, ax, counts, lang, labels)
        ax.set_title(_t(text_for("heatmap_title", lang)))
    return fig


def draw_heatmap(fig: Figure, ax, counts: pd.DataFrame, lang: str, labels: Labels) -> None:
    """Draw an annotated count matrix with a labelled colour bar."""
    values = counts.to_numpy()
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(values.max(), 1))
    threshold = values.max() * 0.6
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(
                j,
                i,
                f"{v:,}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if v > threshold else "#222222",
            )
    set_tick_labels(
        ax,
        "x",
        range(values.shape[1]),
        [name_for(a, lang, labels) for a in counts.columns],
        rotation=35,
        ha="right",
        rotation_mode="anchor",
    )
    set_tick_labels(
        ax, "y", range(values.shape[0]), [name_for(a, lang, labels) for a in counts.index]
    )
    ax.set_xlabel(_t(text_for("action", lang)))
    ax.set_ylabel(_t(text_for("actor", lang)))
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label(_t(text_for("n_events", lang)))


def plot_actor_fatalities(
    events: pd.DataFrame, lang: str = "ar", top_n: int = 12, labels: Labels = None
) -> Figure:
    """Grouped horizontal bars: fatalities in events each actor carried out vs. suffered.

    In a protest the protesters are actor1 but the dead are theirs: its deaths count as
    suffered by actor1 and carried out by actor2 (the force facing them), when named.
    """
    check_lang(lang)
    require_columns(events, ["actor1", "actor2", "fatalities"], "events")
    with matplotlib.rc_context(figure_rc()):
        deaths = numeric(events["fatalities"]).fillna(0.0)
        actor1, actor2 = clean_ids(events["actor1"]), clean_ids(events["actor2"])
        if "action" in events.columns:
            protest = (events["action"].astype("string") == "protest").fillna(False).to_numpy()
            doer = actor1.where(~protest, actor2)
            victim = actor2.where(~protest, actor1)
        else:
            doer, victim = actor1, actor2
        carried = deaths.groupby(doer.to_numpy()).sum()
        suffered = deaths.groupby(victim.to_numpy()).sum()
        table = pd.DataFrame({"carried": carried, "suffered": suffered}).fillna(0.0)
        table = table[table.sum(axis=1) > 0]
        table = table.assign(_total=table.sum(axis=1)).sort_values(
            ["_total"], ascending=False, kind="stable"
        )
        table = cap_table(table.drop(columns="_total"), top_n)
        fig = new_figure(9, 1.6 + 0.5 * max(len(table), 1))
        ax = fig.add_subplot()
        if table.empty:
            show_empty(ax, lang)
        else:
            draw_grouped_barh(ax, table, lang, labels)
        ax.set_title(_t(text_for("fatalities_title", lang)))
    return fig


def cap_table(table: pd.DataFrame, top_n: int) -> pd.DataFrame:
    """Keep the first top_n rows and sum the rest into an 'other' row."""
    if len(table) <= top_n:
        return table
    head = table.iloc[:top_n]
    rest = table.iloc[top_n:].sum().to_frame(OTHER).T
    return pd.concat([head, rest])


def draw_grouped_barh(ax, table: pd.DataFrame, lang: str, labels: Labels) -> None:
    """Draw two horizontal bars per actor (carried out, suffered) with value labels."""
    y = np.arange(len(table))
    colors = {"carried": "#1f4e79", "suffered": "#c0504d"}
    for offset, column in ((-0.2, "carried"), (0.2, "suffered")):
        bars = ax.barh(
            y + offset,
            table[column].to_numpy(),
            height=0.38,
            color=colors[column],
            label=_t(text_for("carried_out" if column == "carried" else "suffered", lang)),
        )
        ax.bar_label(
            bars, labels=[f"{v:,.0f}" if v else "" for v in table[column]], padding=2, fontsize=8
        )
    set_tick_labels(ax, "y", y, [name_for(a, lang, labels) for a in table.index])
    ax.set_ylim(len(table) - 0.5, -0.5)
    ax.set_xlim(0, table.to_numpy().max() * 1.15)
    ax.set_xlabel(_t(text_for("fatalities", lang)))
    ax.legend(fontsize=8, loc="lower right", markerfirst=lang != "ar")


def plot_interaction_network(
    events: pd.DataFrame,
    lang: str = "ar",
    top_n: int = 12,
    labels: Labels = None,
    max_edges: int = 30,
) -> Figure:
    """Directed actor1 -> actor2 graph of the top_n actors and max_edges strongest edges, width = events."""
    import networkx as nx

    check_lang(lang)
    require_columns(events, ["actor1", "actor2"], "events")
    with matplotlib.rc_context(figure_rc()):
        pairs = pd.DataFrame(
            {"a": clean_ids(events["actor1"]), "b": clean_ids(events["actor2"])}
        ).dropna()
        pairs = pairs[pairs["a"] != pairs["b"]]
        keep = top_categories(pd.concat([pairs["a"], pairs["b"]]), top_n)
        inside = pairs["a"].isin(keep) & pairs["b"].isin(keep)
        weights = pairs[inside].value_counts().sort_index()
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        dropped = sum(int(w) for _, w in ranked[max_edges:])
        weights = pd.Series(dict(ranked[:max_edges]), dtype=int).sort_index()
        graph = nx.DiGraph()
        graph.add_nodes_from(sorted({a for a, _ in weights.index} | {b for _, b in weights.index}))
        graph.add_weighted_edges_from((a, b, int(w)) for (a, b), w in weights.items())
        fig = new_figure(8, 7)
        ax = fig.add_subplot()
        ax.set_axis_off()
        if graph.number_of_edges() == 0:
            show_empty(ax, lang)
        else:
            draw_network(ax, graph, lang, labels)
        ax.set_title(_t(text_for("network_title", lang)))
        left_out = int((~inside).sum())
        captions = [text_for("network_left_out", lang, n=left_out, k=top_n)] if left_out else []
        if dropped:
            captions.append(text_for("network_weak_edges", lang, n=dropped, k=max_edges))
        add_caption(fig, captions, lang)
    return fig


def draw_network(ax, graph, lang: str, labels: Labels) -> None:
    """Draw nodes on a circle (deterministic), curved arrows with width by events, edge counts."""
    import networkx as nx

    strength = {n: graph.degree(n, weight="weight") for n in graph.nodes}
    order = sorted(graph.nodes, key=lambda n: (-strength[n], n))
    pos = nx.circular_layout(order)
    max_w = max(w for _, _, w in graph.edges(data="weight"))
    widths = [0.8 + 7.0 * math.sqrt(graph[a][b]["weight"] / max_w) for a, b in graph.edges]
    sizes = [300 + 1500 * math.sqrt(strength[n] / max(strength.values())) for n in graph.nodes]
    nx.draw_networkx_nodes(
        graph, pos, ax=ax, node_size=sizes, node_color="#dbe8f5", edgecolors="#1f4e79"
    )
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        width=widths,
        edge_color="#1f4e79",
        alpha=0.55,
        arrowsize=14,
        node_size=sizes,
        connectionstyle="arc3,rad=0.12",
    )
    if graph.number_of_edges() <= 15:
        edge_labels = {(a, b): f"{w:,}" for a, b, w in graph.edges(data="weight")}
        nx.draw_networkx_edge_labels(
            graph,
            pos,
            edge_labels=edge_labels,
            ax=ax,
            font_size=7,
            connectionstyle="arc3,rad=0.12",
            bbox={"alpha": 0},
        )
    for node, (x, y) in pos.items():
        ha = "left" if x > 0.2 else "right" if x < -0.2 else "center"
        va = "bottom" if y > 0.2 else "top" if y < -0.2 else "center"
        ax.text(x * 1.13, y * 1.13, _t(name_for(node, lang, labels)), ha=ha, va=va, fontsize=9)
    ax.set_xlim(-1.7, 1.7)
    ax.set_ylim(-1.35, 1.35)


# ----------------------------------------------------------------------------- tolls


def plot_tolls(
    tolls: pd.DataFrame, lang: str = "ar", labels: Labels = None, top_n: int = 12
) -> Figure:
    """Grouped bars: one cluster per toll (doc, toll id, reporter), one bar per group; one panel per measure."""
    check_lang(lang)
    require_columns(
        tolls, ["doc_id", "toll_id", "reporter", "group", "killed", "injured", "captured"], "tolls"
    )
    with matplotlib.rc_context(figure_rc()):
        measures = [m for m in ("killed", "injured", "captured") if numeric(tolls[m]).notna().any()]
        fig = new_figure(10, 1.0 + 3.4 * max(len(measures), 1))
        if not measures:
            show_empty(fig.add_subplot(), lang)
            return fig
        axes = fig.subplots(len(measures), 1, squeeze=False)[:, 0]
        for ax, measure in zip(axes, measures, strict=True):
            draw_toll_panel(ax, tolls, measure, lang, labels, top_n)
        fig.suptitle(_t(text_for("tolls_title", lang)))
    return fig


def toll_key(row: pd.Series, lang: str, labels: Labels) -> str:
    """Return the display name of one toll: reporter (or 'toll') + toll id + document."""
    reporter = row["reporter"]
    who = (
        name_for(reporter, lang, labels)
        if isinstance(reporter, str) and reporter
        else text_for("toll", lang)
    )
    return f"{who} {row['toll_id']}\n{row['doc_id']}"


def draw_toll_panel(
    ax, tolls: pd.DataFrame, measure: str, lang: str, labels: Labels, top_n: int
) -> None:
    """Draw one measure (killed/injured/captured) as bars grouped by toll, coloured by group."""
    frame = tolls.assign(_v=numeric(tolls[measure])).dropna(subset=["_v"])
    frame = frame.assign(
        _toll=frame.apply(toll_key, axis=1, lang=lang, labels=labels),
        _group=clean_ids(frame["group"]).fillna(OTHER),
    )
    table = frame.pivot_table(
        index="_toll", columns="_group", values="_v", aggfunc="sum", sort=False
    )
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_n]]
    groups = list(table.sum().sort_values(ascending=False, kind="stable").index)
    palette = colormaps["tab20"].colors
    width = 0.8 / max(len(groups), 1)
    x = np.arange(len(table))
    for k, group in enumerate(groups):
        values = table[group].to_numpy()
        bars = ax.bar(
            x - 0.4 + width * (k + 0.5),
            np.nan_to_num(values),
            width=width * 0.95,
            color=palette[k % len(palette)],
            label=_t(name_for(group, lang, labels)),
        )
        ax.bar_label(
            bars, labels=[f"{v:,.0f}" if v == v else "" for v in values], fontsize=7, padding=1
        )
    set_tick_labels(ax, "x", x, list(table.index))
    ax.set_ylabel(_t(text_for(measure, lang)))
    ax.set_ylim(0, np.nanmax(table.to_numpy()) * 1.18)
    ax.legend(**{**legend_style(lang, outside=True), "title": None})


# ----------------------------------------------------------------------------- map


def plot_event_map(
    events: pd.DataFrame, lang: str = "ar", labels: Labels = None, top_n_actions: int = 10
) -> Figure:
    """Events over Syrian and Iraqi (approximate) governorates: dot area by fatalities, colour by action."""
    from conflictlib.plotting.geo import read_layer

    check_lang(lang)
    require_columns(events, ["action", "latitude", "longitude", "fatalities"], "events")
    with matplotlib.rc_context(figure_rc()):
        fig = new_figure(10, 7.4)
        ax = fig.add_subplot()
        draw_base_map(ax, read_layer("countries")[0], read_layer("governorates")[0])
        lat, lon = numeric(events["latitude"]), numeric(events["longitude"])
        located = events.assign(_lat=lat.to_numpy(), _lon=lon.to_numpy()).dropna(
            subset=["_lat", "_lon"]
        )
        aggregation = ""
        if not located.empty:
            aggregation = draw_event_points(ax, located, lang, labels, top_n_actions)
        lon_min, lat_min, lon_max, lat_max = MAP_WINDOW
        ax.set_xlim(lon_min, lon_max)
        ax.set_ylim(lat_min, lat_max)
        ax.set_aspect(1 / math.cos(math.radians((lat_min + lat_max) / 2)))
        ax.set_xlabel(_t(text_for("longitude", lang)))
        ax.set_ylabel(_t(text_for("latitude", lang)))
        ax.set_title(_t(text_for("map_title", lang)))
        captions = [text_for("map_caption", lang), aggregation]
        if len(located) < len(events):
            captions.append(text_for("no_coords", lang, n=len(events) - len(located)))
        outside = count_outside_window(located)
        if outside:
            captions.append(text_for("outside_map", lang, n=outside))
        add_caption(fig, captions, lang)
    return fig


def draw_base_map(ax, countries, governorates) -> None:
    """Draw neighbouring countries in grey, Syria/Iraq in white with governorate lines."""
    ax.set_facecolor("#dfeaf2")
    for region in countries:
        focus = region.properties.get("focus")
        ax.add_patch(
            PathPatch(
                region.path,
                facecolor="#ffffff" if focus else "#eeeeee",
                edgecolor="#555555",
                linewidth=1.0 if focus else 0.5,
                zorder=1,
            )
        )
    for region in governorates:
        ax.add_patch(
            PathPatch(
                region.path,
                facecolor="none",
                edgecolor="#999999",
                linewidth=0.5,
                linestyle=(0, (3, 2)),
                zorder=1.5,
            )
        )


MAP_WINDOW = (34.0, 28.5, 49.5, 38.5)  # lon_min, lat_min, lon_max, lat_max (as the map data)


def count_outside_window(located: pd.DataFrame) -> int:
    """Return how many located events fall outside the map window."""
    lon_min, lat_min, lon_max, lat_max = MAP_WINDOW
    inside = located["_lon"].between(lon_min, lon_max) & located["_lat"].between(lat_min, lat_max)
    return int((~inside).sum())


FINE_GRID_DEGREES = 0.01  # ~1 km: events in the same town share one dot per action
COARSE_GRID_DEGREES = 0.25  # ~25 km cells once fine dots would overplot
MAX_FINE_DOTS = 1500


def grid_events(
    located: pd.DataFrame, actions: pd.Series, cell: float, by_action: bool
) -> pd.DataFrame:
    """Sum events and fatalities per grid cell (and action, or the cell's most frequent action)."""
    frame = pd.DataFrame(
        {
            "lon": (located["_lon"] / cell).round().to_numpy() * cell,
            "lat": (located["_lat"] / cell).round().to_numpy() * cell,
            "action": actions.to_numpy(),
            "deaths": numeric(located["fatalities"]).fillna(0.0).to_numpy(),
        }
    )
    if by_action:
        grouped = frame.groupby(["lon", "lat", "action"])
        return grouped.agg(n=("deaths", "size"), deaths=("deaths", "sum")).reset_index()
    totals = frame.groupby(["lon", "lat"]).agg(n=("deaths", "size"), deaths=("deaths", "sum"))
    counts = frame.groupby(["lon", "lat", "action"]).size().rename("k").reset_index()
    counts = counts.sort_values(["lon", "lat", "k", "action"], ascending=[True, True, False, True])
    dominant = counts.drop_duplicates(["lon", "lat"]).set_index(["lon", "lat"])["action"]
    return totals.join(dominant).reset_index()


def draw_event_points(ax, located: pd.DataFrame, lang: str, labels: Labels, top_n: int) -> str:
    """Draw dots sized by fatalities and coloured by action; return a caption about aggregation.

    Events within ~1 km get one dot per action; when that would give more than
    MAX_FINE_DOTS dots, ~25 km cells get one dot coloured by their most frequent action.
    """
    actions = cap_categories(located["action"], top_categories(located["action"], top_n))
    actions = actions.fillna(OTHER)
    grid = grid_events(located, actions, FINE_GRID_DEGREES, by_action=True)
    caption, max_area = "", 400.0
    if len(grid) > MAX_FINE_DOTS:
        max_area = 90.0
        grid = grid_events(located, actions, COARSE_GRID_DEGREES, by_action=False)
        caption = text_for("map_coarse", lang, cell=COARSE_GRID_DEGREES)
    max_deaths = max(grid["deaths"].max(), 1.0)
    order = ordered_actions(grid["action"])
    alpha = 0.8 if len(grid) < 500 else 0.5
    for action in order:
        part = grid[grid["action"] == action]
        ax.scatter(
            part["lon"],
            part["lat"],
            s=dot_area(part["deaths"].to_numpy(), max_deaths, max_area),
            color=action_color(action),
            alpha=alpha,
            edgecolors="white",
            linewidths=0.4,
            zorder=3,
        )
    action_legend = ax.legend(
        handles=legend_handles(order, lang, labels), loc="lower left", **legend_style(lang)
    )
    ax.add_artist(action_legend)
    sizes = size_legend_values(max_deaths)
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            color="#777777",
            markersize=math.sqrt(dot_area(np.array([v]), max_deaths, max_area)[0]),
            label=f"{v:,.0f}",
        )
        for v in sizes
    ]
    ax.legend(
        handles=handles,
        loc="lower right",
        labelspacing=1.2,
        borderpad=0.8,
        **{**legend_style(lang), "title": _t(text_for("size_legend", lang))},
    )
    return caption


def dot_area(deaths: np.ndarray, max_deaths: float, max_area: float = 400.0) -> np.ndarray:
    """Return marker areas (pt^2): a floor for events without deaths, area proportional to deaths."""
    return 8.0 + max_area * np.asarray(deaths, dtype=float) / max_deaths


def size_legend_values(max_deaths: float) -> list[float]:
    """Return up to three round fatality values for the size legend."""
    if max_deaths <= 1:
        return [0.0, 1.0]
    top = 10 ** math.floor(math.log10(max_deaths))
    top = max(v for v in (top, 2 * top, 5 * top) if v <= max_deaths)
    return sorted({0.0, max(round(top / 10), 1.0) if top >= 10 else 1.0, float(top)})


# ----------------------------------------------------------------------------- saving


def save_figure(
    fig: Figure, stem: str, outdir: str | os.PathLike[str], formats: Sequence[str] = ("png", "svg")
) -> list[Path]:
    """Save `fig` as outdir/stem.<fmt> for each format, byte-reproducibly; return the paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    metadata_by_format = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    paths = []
    with matplotlib.rc_context(figure_rc()):
        for fmt in formats:
            if fmt not in metadata_by_format:
                raise PlotInputError(f"unsupported figure format {fmt!r}; expected png, svg or pdf")
            path = outdir / f"{stem}.{fmt}"
            fig.savefig(path, format=fmt, dpi=150, metadata=metadata_by_format[fmt])
            paths.append(path)
    return paths


__all__ = [
    "ACTION_COLORS",
    "action_color",
    "plot_actor_action_heatmap",
    "plot_actor_fatalities",
    "plot_actor_timeline",
    "plot_event_map",
    "plot_interaction_network",
    "plot_timeline",
    "plot_tolls",
    "save_figure",
]
