"""Offline map layers shipped with the package (see scripts/build_admin_boundaries.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
from matplotlib.path import Path as MplPath

from conflictlib.errors import ConflictlibError

LAYERS = ("countries", "governorates")


class MapDataError(ConflictlibError):
    """A shipped map layer is missing or malformed."""


@dataclass(frozen=True)
class Region:
    """One polygon feature of a map layer, as a matplotlib path in lon/lat."""

    properties: dict[str, Any]
    path: MplPath


def read_layer(name: str) -> tuple[list[Region], str]:
    """Return the regions of a shipped layer ('countries' or 'governorates') and its source."""
    if name not in LAYERS:
        raise MapDataError(f"unknown map layer {name!r}; expected one of {LAYERS}")
    resource = resources.files("conflictlib.plotting") / "data" / f"{name}.geojson"
    try:
        collection = json.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise MapDataError(
            f"map layer {name!r} not found at {resource}; run scripts/build_admin_boundaries.py"
        ) from exc
    regions = [
        Region(feature["properties"], geometry_to_path(feature["geometry"]))
        for feature in collection["features"]
    ]
    return regions, collection.get("source", "")


def geometry_to_path(geometry: dict[str, Any]) -> MplPath:
    """Convert a GeoJSON Polygon/MultiPolygon (or GeometryCollection of them) to one Path."""
    kind = geometry["type"]
    if kind == "Polygon":
        polygons = [geometry["coordinates"]]
    elif kind == "MultiPolygon":
        polygons = geometry["coordinates"]
    elif kind == "GeometryCollection":
        parts = [geometry_to_path(g) for g in geometry["geometries"] if "Polygon" in g["type"]]
        return MplPath.make_compound_path(*parts) if parts else MplPath(np.empty((0, 2)))
    else:
        raise MapDataError(f"unsupported geometry type {kind!r} in map layer")
    rings = [
        MplPath(np.asarray(ring, dtype=float), closed=True) for poly in polygons for ring in poly
    ]
    if not rings:
        return MplPath(np.empty((0, 2)))
    return MplPath.make_compound_path(*rings)
