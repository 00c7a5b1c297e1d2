"""Figures with correctly shaped Arabic labels (see docs/plotting.md)."""

from conflictlib.plotting.figures import (
    ACTION_COLORS,
    plot_actor_action_heatmap,
    plot_actor_fatalities,
    plot_actor_timeline,
    plot_event_map,
    plot_interaction_network,
    plot_timeline,
    plot_tolls,
    save_figure,
)
from conflictlib.plotting.fonts import figure_rc, use_arabic_font
from conflictlib.plotting.labels import (
    ACTION_NAMES,
    PlotInputError,
    labels_from_actor_table,
    labels_from_lexicons,
)
from conflictlib.plotting.shaping import matplotlib_shapes_text, shape_label

__all__ = [
    "ACTION_COLORS",
    "ACTION_NAMES",
    "PlotInputError",
    "figure_rc",
    "labels_from_actor_table",
    "labels_from_lexicons",
    "matplotlib_shapes_text",
    "plot_actor_action_heatmap",
    "plot_actor_fatalities",
    "plot_actor_timeline",
    "plot_event_map",
    "plot_interaction_network",
    "plot_timeline",
    "plot_tolls",
    "save_figure",
    "shape_label",
    "use_arabic_font",
]
