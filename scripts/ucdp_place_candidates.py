"""List UCDP GED places the gazetteer lacks, most frequent first (candidates for curation).

Reads the UCDP GED 19.1 Syria events (Sundberg & Melander 2013; Högbladh 2019), keeps
the events located exactly (``where_prec`` 1), strips the type suffix of
``where_coordinates`` ("Kafr Nabl town" -> "Kafr Nabl"), counts events per place (name +
rounded coordinates) and compares each place with the package gazetteer: a gazetteer
place within ``--same-km`` with a similar English name, or within ``--twin-km`` whatever
its name, is the same place. The remaining places are printed as CSV (name, type,
governorate, district, coordinates, events, nearest gazetteer place and its distance).

The Arabic names of the chosen candidates are written by hand in
``src/conflictlib/lexicons/data/places_curated.yaml``; this script only picks and ranks.

    .venv/bin/python scripts/ucdp_place_candidates.py --top 400 > /tmp/candidates.csv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from conflictlib.geo import haversine_km

ROOT = Path(__file__).resolve().parents[1]
UCDP = ROOT.parent / "shared/external/ucdp_ged_syria_2016_2019.csv"
CURATED = ROOT / "src/conflictlib/lexicons/data/places_curated.yaml"
SUFFIXES = (
    "village", "town", "city", "neighbourhood", "neighborhood", "district", "suburb",
    "area", "camp", "airbase", "air base", "military airport", "airport", "base",
    "mountain", "hill", "farms", "dam", "crossing", "sub-district", "subdistrict",
    "quarter", "region", "province", "governorate", "farm", "field",
)  # fmt: skip
SUFFIX_RE = re.compile(r"\s+(" + "|".join(re.escape(s) for s in SUFFIXES) + r")$", re.I)
ARTICLE_RE = re.compile(r"\b(al|el|ar|as|ad|ash|at|az|an|adh|ath)[- ]", re.I)


def strip_type(name: str) -> tuple[str, str]:
    """Split "Kafr Nabl town" into ("Kafr Nabl", "town")."""
    name = name.strip()
    m = SUFFIX_RE.search(name)
    if not m:
        return name, ""
    return name[: m.start()].strip(), m.group(1).lower()


def name_key(name: str) -> str:
    """Loose key of an English transliteration: no article, no punctuation, few vowels."""
    s = ARTICLE_RE.sub("", name.lower().split("(")[0])
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"(ou|oo|ee|ei|ey|ay)", "a", s)
    return re.sub(r"[aeiouy]", "", s) or s


def similar(a: str, b: str) -> bool:
    """True when two English names plausibly spell the same Arabic name."""
    ka, kb = name_key(a), name_key(b)
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= 0.7


def ucdp_places(path: Path, prec: int = 1) -> list[dict]:
    """UCDP places with ``where_prec == prec``, one row per (name, coordinates)."""
    counts: Counter = Counter()
    info: dict = {}
    types: dict = defaultdict(Counter)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["where_prec"] != str(prec):
                continue
            name, kind = strip_type(row["where_coordinates"])
            lat, lon = float(row["latitude"]), float(row["longitude"])
            key = (name, round(lat, 3), round(lon, 3))
            counts[key] += 1
            types[key][kind] += 1
            info[key] = (row["where_coordinates"], row["adm_1"], row["adm_2"], lat, lon)
    rows = []
    for key, n in counts.items():
        raw, adm1, adm2, lat, lon = info[key]
        rows.append({
            "name": key[0], "type": types[key].most_common(1)[0][0], "raw": raw,
            "adm_1": adm1, "adm_2": adm2, "lat": lat, "lon": lon, "events": n,
        })  # fmt: skip
    return sorted(rows, key=lambda r: (-r["events"], r["name"]))


def same_name(a: str, b: str) -> bool:
    """Stricter than `similar`: the loose keys agree to 85 %."""
    return SequenceMatcher(None, name_key(a), name_key(b)).ratio() >= 0.85


def check_hand_placed(rows: list[dict], max_km: float) -> int:
    """Print the hand-placed curated places that UCDP locates under the same name."""
    import yaml

    data = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    out = csv.writer(sys.stdout)
    out.writerow(
        ["id", "name_en", "lat", "lon", "ucdp_raw", "ucdp_lat", "ucdp_lon", "events", "km"]
    )
    hand = [
        e
        for e in data["entries"]
        if "lat" in e
        and e.get("kind") != "neighbourhood"  # UCDP locates events in towns, not city quarters
        and str(e.get("coord_source", "")).startswith("approximate, hand-placed")
    ]
    found = 0
    for e in hand:
        near = [
            (haversine_km(e["lat"], e["lon"], r["lat"], r["lon"]), r)
            for r in rows
            if same_name(e["name_en"], r["name"])
        ]
        near = [(d, r) for d, r in near if d <= max_km]
        if not near:
            continue
        d, r = min(near, key=lambda x: x[0])
        found += 1
        out.writerow([e["id"], e["name_en"], e["lat"], e["lon"], r["raw"], r["lat"], r["lon"],
                      r["events"], f"{d:.1f}"])  # fmt: skip
    print(f"# {len(hand)} hand-placed places, {found} with a same-name UCDP place", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the candidate list as CSV."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucdp", type=Path, default=UCDP)
    ap.add_argument("--top", type=int, default=400, help="print at most this many")
    ap.add_argument("--min-events", type=int, default=1)
    ap.add_argument("--same-km", type=float, default=2.0)
    ap.add_argument("--twin-km", type=float, default=0.5)
    ap.add_argument("--all", action="store_true", help="also print places already known")
    ap.add_argument(
        "--hand-placed",
        action="store_true",
        help="instead: check the curated places placed by hand against UCDP places of the same "
        "name within --check-km (UCDP's coordinates are a recorded source)",
    )
    ap.add_argument("--check-km", type=float, default=40.0)
    args = ap.parse_args(argv)
    if args.hand_placed:
        return check_hand_placed(ucdp_places(args.ucdp), args.check_km)

    from conflictlib.lexicons.loader import load_lexicons

    gaz = load_lexicons(kinds=("actors", "anaphors", "places")).gazetteer
    places = [p for p in gaz.places.values() if p.kind not in ("governorate", "country", "region")]
    rows = ucdp_places(args.ucdp)
    out = csv.writer(sys.stdout)
    out.writerow(["ucdp_name", "raw", "type", "adm_1", "adm_2", "lat", "lon", "events",
                  "nearest_id", "nearest_en", "nearest_ar", "nearest_km", "known"])  # fmt: skip
    total = known_events = written = 0
    for r in rows:
        if r["events"] < args.min_events:
            continue
        total += r["events"]
        dist = sorted((haversine_km(r["lat"], r["lon"], p.lat, p.lon), p.id) for p in places)
        near = gaz.get(dist[0][1])
        known = any(
            d < args.twin_km or (d < args.same_km and similar(r["name"], gaz.get(pid).name_en))
            for d, pid in dist[:10]
        )
        known_events += r["events"] * known
        if (known and not args.all) or written >= args.top:
            continue
        written += 1
        out.writerow([r["name"], r["raw"], r["type"], r["adm_1"], r["adm_2"], r["lat"], r["lon"],
                      r["events"], near.id, near.name_en, near.name_ar,
                      f"{dist[0][0]:.1f}", int(known)])  # fmt: skip
    print(
        f"# {len(rows)} UCDP places (where_prec 1), {total} events; "
        f"{known_events} events ({known_events / max(total, 1):.1%}) at a place the gazetteer has",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
