"""The aggregate loader and the integrity of the actor lexicons."""

from __future__ import annotations

import csv
import datetime as dt
import textwrap
from pathlib import Path

import pytest

from conflictlib.errors import LexiconError
from conflictlib.lexicons import Lexicons, load_lexicons
from conflictlib.lexicons.base import Field
from conflictlib.lexicons.loader import OWN_KINDS, package_files
from conflictlib.normalize import normalize_chars, normalize_key

ROOT = Path(__file__).resolve().parents[1]
GOLD_ACTORS = ROOT / "data" / "gold" / "actors.csv"


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons(kinds=OWN_KINDS)


def gold_actor_rows() -> list[dict[str, str]]:
    with GOLD_ACTORS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def norm(text: str) -> str:
    return normalize_chars(text)[0]


# ------------------------------------------------------------------ gold actors


@pytest.mark.parametrize("row", gold_actor_rows(), ids=lambda r: r["actor_id"])
def test_every_gold_actor_has_its_family_and_inter(lex: Lexicons, row: dict[str, str]) -> None:
    actor = lex.actors[row["actor_id"]]
    assert (actor.family, actor.inter) == (row["family"], int(row["inter"]))
    assert actor.name_en == row["name_en"]


@pytest.mark.parametrize(
    "alias, actor_id",
    [(a, r["actor_id"]) for r in gold_actor_rows() for a in r["aliases_ar"].split(";")],
)
def test_every_gold_alias_finds_its_actor(lex: Lexicons, alias: str, actor_id: str) -> None:
    """A gold alias is an alias of its actor, or an anaphor whose first candidate it is."""
    (m,) = lex.find_actors(norm(alias))
    if m.kind == "actor":
        assert m.entry_id == actor_id
    else:
        assert lex.anaphors[m.entry_id].candidates[0] == actor_id


# ------------------------------------------------------------- actor integrity


def test_actor_date_ranges_are_ordered(lex: Lexicons) -> None:
    for actor in lex.actors.values():
        if actor.valid_from and actor.valid_to:
            assert actor.valid_from <= actor.valid_to, actor.id


@pytest.mark.parametrize(
    "actor_id, day, valid",
    [
        ("nusra", dt.date(2015, 5, 1), True),
        ("nusra", dt.date(2017, 5, 1), False),
        ("jfs", dt.date(2016, 10, 1), True),
        ("jfs", dt.date(2016, 7, 1), False),
        ("hts", dt.date(2017, 1, 28), True),
        ("hts", dt.date(2016, 12, 31), False),
        ("isis", dt.date(2014, 10, 8), True),
        ("hts", None, True),
    ],
)
def test_name_date_ranges(lex: Lexicons, actor_id: str, day: dt.date | None, valid: bool) -> None:
    assert lex.actors[actor_id].valid_on(day) is valid


def test_nusra_lineage_shares_a_family(lex: Lexicons) -> None:
    assert {lex.actors[a].family for a in ("nusra", "jfs", "hts")} == {"hts"}


def test_no_alias_belongs_to_two_actors(lex: Lexicons) -> None:
    owners: dict[str, str] = {}
    for actor in lex.actors.values():
        for alias in {normalize_key(a) for a in (actor.name_ar, *actor.aliases)}:
            assert owners.setdefault(alias, actor.id) == actor.id, alias


def test_anaphor_candidates_are_actors(lex: Lexicons) -> None:
    for anaphor in lex.anaphors.values():
        assert anaphor.candidates and set(anaphor.candidates) <= set(lex.actors)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "قصفت الطائرات الروسية مواقع التنظيم",
            [("actor", "russia"), ("anaphor", "the_organisation")],
        ),
        (
            "اشتباكات بين الجيش السوري الحر وقوات النظام",
            [("actor", "fsa"), ("actor", "syrian_regime")],
        ),
        ("سيطرت هيئة تحرير الشام على البلدة", [("actor", "hts")]),
        (
            "هاجم مسلحو تنظيم «داعش» مواقع الوحدات",
            [("anaphor", "gunmen"), ("actor", "isis"), ("anaphor", "the_units")],
        ),
        ("قتل 3 عناصر من الحشد الشعبي", [("actor", "pmf")]),
        ("قوات سوريا الديموقراطية «قسد»", [("actor", "sdf"), ("actor", "sdf")]),
        ("غارات إسرائيلية واستهدف الطيران الإسرائيلي", [("actor", "israel")]),
        (
            "كتائب حزب الله وحزب الله اللبناني",
            [("actor", "kataib_hezbollah"), ("actor", "hezbollah")],
        ),
        ("قتل المتشددين والمسلحين", [("anaphor", "jihadists"), ("anaphor", "gunmen")]),
        ("القوات الأمريكية والقوات الأميركية", [("actor", "usa"), ("actor", "usa")]),
    ],
)
def test_actor_mentions(lex: Lexicons, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.entry_id) for m in lex.find_actors(norm(text))] == expected


# Wording families of the outlets (opposition, state, Kurdish, Iraqi media): each phrasing
# names one actor, and an occupier named by nationality is never the bare "occupation".
@pytest.mark.parametrize(
    "text, expected",
    [
        ("قصف جيش الاحتلال التركي قرى ناحية جندريسه", [("actor", "turkey")]),
        ("الاحتلال التركي يحضّر لاجتياح عفرين", [("actor", "turkey")]),
        ("شنت طائرات الاحتلال التركي غارات", [("actor", "turkey")]),
        ("هاجم مرتزقة الاحتلال التركي قرية", [("actor", "sna")]),
        ("فصائل المعارضة المدعومة من تركيا", [("actor", "sna")]),
        ("الجيش الوطني السوري", [("actor", "sna")]),
        ("تصدى المقاتلون للمرتزقة", [("anaphor", "gunmen"), ("anaphor", "the_mercenaries")]),
        ("قصف جيش الاحتلال الإسرائيلي موقعا", [("actor", "israel")]),
        ("قصف جيش الاحتلال موقعا", [("anaphor", "the_occupation")]),
        ("غارات لطائرات الاحتلال الروسي", [("actor", "russia")]),
        ("فشلت قوات الأسد والميليشيات الإيرانية", [("actor", "syrian_regime"), ("actor", "iran")]),
        ("مواقع ميليشيا أسد الطائفية", [("actor", "syrian_regime")]),
        ("ألقت مروحيات أسد براميل", [("actor", "syrian_regime")]),
        ("ميليشيا «النمر» المدعومة من روسيا", [("actor", "syrian_regime"), ("actor", "russia")]),
        ("الطيران الحربي التابع للنظام", [("actor", "syrian_regime")]),
        ("قوات النظام والمسلحين الموالين لها", [("actor", "syrian_regime"), ("actor", "ndf")]),
        ("مقتل عناصر من الميليشيات", [("anaphor", "the_militias")]),
        ("بالتعاون مع المقاومة اللبنانية", [("actor", "hezbollah")]),
        ("المجموعات الإرهابية التابعة لما يسمى", [("anaphor", "jihadists")]),
        ("ألقت الجهات المختصة القبض", [("anaphor", "the_security_forces")]),
        ("القوات العراقية", [("actor", "iraqi_army")]),
        ("القوات الأمنية العراقية", [("actor", "iraqi_security_forces")]),
        ("القوات الأمنية والحشد الشعبي", [("anaphor", "the_security_forces"), ("actor", "pmf")]),
        ("الحشد العشائري", [("actor", "pmf")]),
        ("دخلت قوات جهاز مكافحة الإرهاب العراقي", [("actor", "iraqi_cts")]),
        ("قيادة شرطة كركوك", [("actor", "iraqi_police")]),
        ("عناصر من القوات الخاصة التركية", [("actor", "turkey")]),
        ("قبل أن يفجّر المهاجمون أنفسهم", [("anaphor", "gunmen")]),
        ("مواقع ميليشيا قسد", [("actor", "sdf")]),
        ("تنظيم ي ب ك/بي كا كا", [("actor", "ypg"), ("actor", "pkk")]),
        ("الجيش الحر المدعوم من تركيا", [("actor", "sna")]),
        ("أعلنت قيادة عمليات صلاح الدين", [("actor", "iraqi_army")]),
        ("القيادة العامة لقوات البيشمركة", [("actor", "peshmerga")]),
        ("ونفذ سلاح الجو في الجيش العربي السوري طلعات", [("actor", "syrian_regime")]),
    ],
)
def test_outlet_wording(lex: Lexicons, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.entry_id) for m in lex.find_actors(norm(text))] == expected


@pytest.mark.parametrize(
    "anaphor_id, actor_id",
    [
        ("the_occupation", "turkey"),  # Kurdish and Syrian state media
        ("the_security_forces", "iraqi_security_forces"),
        ("jihadists", "ahrar_al_sham"),  # Syrian state media's "terrorists"
        ("jihadists", "jaysh_al_islam"),
        ("the_mercenaries", "sna"),
        ("the_militias", "iran"),
    ],
)
def test_anaphor_can_refer_to(lex: Lexicons, anaphor_id: str, actor_id: str) -> None:
    assert actor_id in lex.anaphors[anaphor_id].candidates


def test_iraqi_forces_share_a_family(lex: Lexicons) -> None:
    ids = (
        "iraqi_army",
        "iraqi_security_forces",
        "iraqi_police",
        "iraqi_federal_police",
        "iraqi_cts",
    )
    assert {lex.actors[i].family for i in ids} == {"iraqi_forces"}


# ------------------------------------------------------------------ the loader


def test_every_package_file_loads_into_a_kind() -> None:
    """Integration: every data file of every owner validates against its kind's schema."""
    full = load_lexicons()
    assert len(full.files) == len(package_files())
    assert set(full.extra) >= {"numbers", "dates"}
    assert not set(full.extra) & set(OWN_KINDS)


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_user_file_adds_an_actor(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "my_actors.yaml",
        """\
        kind: actors
        source: my research
        entries:
          - id: liwa_test
            name_en: Liwa Test
            name_ar: لواء الاختبار
            family: syrian_opposition
            inter: 2
            type: rebel
            aliases: [لواء الاختبار]
        """,
    )
    lex = load_lexicons([path], kinds=OWN_KINDS)
    assert [m.entry_id for m in lex.find_actors(norm("هاجم لواء الاختبار"))] == ["liwa_test"]


def test_user_file_override_replaces_an_actor(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "override.yaml",
        """\
        kind: actors
        entries:
          - id: unknown
            override: true
            name_en: Unidentified
            name_ar: مجهولون
            family: unknown
            inter: 3
            type: unknown
            aliases: [جهة مجهولة الهوية]
        """,
    )
    lex = load_lexicons([path], kinds=OWN_KINDS)
    assert lex.actors["unknown"].name_en == "Unidentified"


def test_errors_are_all_reported_with_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.yaml",
        """\
        kind: actors
        entries:
          - id: isis
            name_en: Duplicate
            name_ar: مكرر
            family: x
            inter: 2
            type: rebel
          - id: bad_inter
            name_en: Bad
            name_ar: سيء
            family: x
            inter: 12
            type: rebel
            colour: red
          - id: bad_dates
            name_en: Dates
            name_ar: تواريخ
            family: x
            inter: 2
            type: rebel
            valid_from: 2017-01-01
            valid_to: 2016-01-01
        """,
    )
    with pytest.raises(LexiconError) as err:
        load_lexicons([path], kinds=OWN_KINDS)
    text = "\n".join(err.value.problems)
    assert "duplicate id" in text and "bad.yaml:3" in text
    assert "'inter' = 12" in text and "unknown field 'colour'" in text and "bad.yaml:9" in text
    assert "valid_from 2017-01-01 is after valid_to 2016-01-01" in text


@pytest.mark.parametrize(
    "body, message",
    [
        ("kind: spells\nentries:\n  - id: a\n", "unknown lexicon kind 'spells'"),
        (
            "kind: actors\nentries:\n  - {id: civ2, name_en: C, name_ar: X, family: civilians, inter: 7, type: civilians, aliases: [المدنيين]}\n",
            "also an alias of 'civilians'",
        ),
        (
            "kind: actors\nentries:\n  - {id: civ3, name_en: C, name_ar: التنظيم, family: x, inter: 2, type: rebel}\n",
            "an anaphor of 'the_organisation'",
        ),
        (
            "kind: anaphors\nentries:\n  - {id: an1, aliases: [الجماعة], candidates: [nobody]}\n",
            "are not actor ids",
        ),
        (
            "kind: actors\nentries:\n  - {id: x1, override: true, name_en: C, name_ar: ص, family: x, inter: 2, type: rebel}\n",
            "override of an id that no earlier file defines",
        ),
        ("kind: actors\nentries: [\n", "not valid YAML"),
        (
            "kind: actors\nentries:\n  - {id: x2, name_en: C, name_ar: ض, family: x, inter: 8, type: external, unnamed_target: {Syria: nobody}}\n",
            "unnamed_target Syria: 'nobody' is not an actor id",
        ),
    ],
)
def test_invalid_user_files(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, "user.yaml", body)
    kinds = (*OWN_KINDS, "spells")
    with pytest.raises(LexiconError) as err:
        load_lexicons([path], kinds=kinds)
    assert message in str(err.value)


def test_user_schema_for_a_new_kind(tmp_path: Path) -> None:
    path = write(
        tmp_path, "weapons.yaml", "kind: weapons\nentries:\n  - {id: mortar, forms: [هاون]}\n"
    )
    schema = {"id": Field((str,), required=True), "forms": Field((list,), item_types=(str,))}
    lex = load_lexicons([path], schemas={"weapons": schema}, kinds=("weapons",))
    assert lex.extra["weapons"].entries == [{"id": "mortar", "forms": ["هاون"]}]


def test_missing_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicons([tmp_path / "nope.yaml"], kinds=OWN_KINDS)


# ------------------------------------------------------------------ spelling variants


@pytest.mark.parametrize(
    "text, actor_id",
    [
        ("قوات سورية الديموقراطية", "sdf"),  # two variants at once, neither written in the data
        ("مشاة البحرية الأميركية", "usa"),
        ("مليشيا الحشد الشعبي", "pmf"),
        ("قوات البشمركة الكوردية", "peshmerga"),
        ("مرتزقة فاجنر", "wagner"),
        ("ألوية التوحيد", "liwa_al_tawhid"),
        ("قوات أسد", "syrian_regime"),  # أسد without its article (opposition media)
        ("ميليشيات حزب الله", "hezbollah"),
    ],
)
def test_spelling_variants_of_aliases_are_found(lex: Lexicons, text: str, actor_id: str) -> None:
    assert [m.entry_id for m in lex.find_actors(norm(text))] == [actor_id]


def test_written_alias_wins_over_a_generated_variant(tmp_path: Path) -> None:
    """جيش سورية is written for one actor; the variant of another actor's جيش سوريا must not take it."""
    path = write(
        tmp_path,
        "variants.yaml",
        """\
        kind: actors
        entries:
          - {id: army_a, name_en: A, name_ar: جيش سوريا, family: a, inter: 2, type: rebel}
          - {id: army_b, name_en: B, name_ar: جيش سورية, family: b, inter: 2, type: rebel}
        """,
    )
    lex = load_lexicons([path], kinds=OWN_KINDS)
    assert [m.entry_id for m in lex.find_actors(norm("جيش سورية وجيش سوريا"))] == [
        "army_b",
        "army_a",
    ]


@pytest.mark.parametrize(
    "body, message",
    [
        ("kind: spellings\nentries:\n  - {id: s1, scope: word, forms: [أمريكا]}\n", "at least two"),
        (
            "kind: spellings\nentries:\n  - {id: s2, scope: word, forms: [أمريك, أمريكا]}\n",
            "already in spelling",
        ),
        (
            "kind: spellings\nentries:\n  - {id: s3, scope: letters, forms: [ا, ب]}\n",
            "'scope' = 'letters'",
        ),
    ],
)
def test_invalid_spelling_entries(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, "spell.yaml", body)
    with pytest.raises(LexiconError, match=message):
        load_lexicons([path], kinds=OWN_KINDS)


def test_a_base_hosting_an_unknown_actor_is_a_lexicon_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "base.yaml",
        """\
        kind: places
        entries:
          - {id: test_base, kind: airbase, name_en: Test base, name_ar: قاعدة الاختبار,
             country: Iraq, lat: 33.0, lon: 43.0, coord_source: test, hosts: ["usaa 2014-01-01 -"]}
        """,
    )
    with pytest.raises(LexiconError, match="hosts an unknown actor 'usaa'"):
        load_lexicons([path], kinds=OWN_KINDS)


def test_a_base_partner_that_is_no_family_is_a_lexicon_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "base.yaml",
        """\
        kind: places
        entries:
          - {id: test_base, kind: airbase, name_en: Test base, name_ar: قاعدة الاختبار,
             country: Iraq, lat: 33.0, lon: 43.0, coord_source: test,
             hosts: ["usa 2014-01-01 - sdff"]}
        """,
    )
    with pytest.raises(LexiconError, match="partner 'sdff' is no actor family"):
        load_lexicons([path], kinds=OWN_KINDS)
