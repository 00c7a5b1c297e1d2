"""Extractor behaviour on Arabic sentences written for these tests (not the seed articles).

Each row of a table is one behaviour of the codebook (data/gold/CODEBOOK.md): the text, the
publication date, and the fields the events must have. Property tests check that any text
is handled and every event's evidence span points into the original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictlib.corpus import Document
from conflictlib.errors import LexiconError
from conflictlib.extract import DocumentResult, Event, Extractor
from conflictlib.extract.cues import CueMatcher
from conflictlib.extract.model import check_event_fields
from conflictlib.extract.schemas import LEXICON_SCHEMAS, load_cue_files
from conflictlib.lexicons.base import load_validated
from conflictlib.schema import ACTIONS, EVENT_COLUMNS

PUB = dt.date(2016, 5, 10)
YESTERDAY = "2016-05-09"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, pub: dt.date | None = PUB) -> list[Event]:
    return extractor.extract(Document("t", text, publication_date=pub)).events


def only(events: list[Event], action: str) -> list[Event]:
    return [e for e in events if e.action == action]


# ------------------------------------------------------------------ one event, its fields

CASES = [
    pytest.param(
        "قتل خمسة مدنيين في غارة جوية على مدينة سراقب أمس.",
        {
            "action": "airstrike",
            "location_ar": "سراقب",
            "fatalities": 5,
            "actor2": "civilians",
            "event_date": YESTERDAY,
        },
        id="passive-agentless-airstrike-number-word",
    ),
    pytest.param(
        "أغارت طائرات حربية روسية صباح اليوم على مدينة أريحا.",
        {"action": "airstrike", "actor1": "russia", "location_ar": "أريحا"},
        id="raid-verb",
    ),
    pytest.param(
        "ونفذ سلاح الجو طلعات على تحصينات المسلحين في مدينة داريا.",
        {"action": "airstrike", "actor1": "syrian_regime", "location_ar": "داريا"},
        id="sorties-on-a-target",
    ),
    pytest.param(
        "تبادل عناصر من الجيش الحر إطلاق النار مع قوات النظام في محيط حي الوعر بحمص.",
        {"action": "clash", "actor2": "syrian_regime"},
        id="exchange-of-fire-split-by-its-subject",
    ),
    pytest.param(
        "قصفت الطائرات الروسية مدينة خان شيخون صباح اليوم.",
        {
            "action": "airstrike",
            "actor1": "russia",
            "location_ar": "خان شيخون",
            "event_date": "2016-05-10",
        },
        id="platform-aircraft-makes-airstrike",
    ),
    pytest.param(
        "قصفت قوات النظام بالمدفعية الثقيلة مدينة داريا.",
        {"action": "shelling", "actor1": "syrian_regime", "location_ar": "داريا"},
        id="platform-artillery-makes-shelling",
    ),
    pytest.param(
        "قصفت قوات النظام مدينة دوما.",
        {"action": "shelling", "actor1": "syrian_regime"},
        id="qasf-without-aircraft-is-shelling",
    ),
    pytest.param(
        "وقال المرصد السوري لحقوق الإنسان إن اشتباكات عنيفة اندلعت بين قوات سوريا الديمقراطية وتنظيم داعش في منبج.",
        {
            "action": "clash",
            "actor1": "sdf",
            "actor2": "isis",
            "source": "sohr",
            "location_ar": "منبج",
        },
        id="attribution-said-that-and-between",
    ),
    pytest.param(
        "قتل طفلان وأصيب ثلاثة مدنيين بقذائف هاون سقطت على حي الشيخ مقصود في حلب.",
        {
            "action": "shelling",
            "fatalities": 2,
            "injured": 3,
            "location_ar": "حلب",
            "geo_precision": 1,
        },
        id="dual-killed-injured-split-neighbourhood-to-town",
    ),
    pytest.param(
        "قتل سبعة عناصر من قوات النظام وخمسة مقاتلين من المعارضة في اشتباكات قرب مدينة حماة.",
        {"action": "clash", "fatalities": 12, "geo_precision": 2, "location_ar": "حماة"},
        id="summed-groups-near-town-precision-2",
    ),
    pytest.param(
        "دارت اشتباكات عنيفة في ريف حلب الشمالي بين الثوار وتنظيم داعش.",
        {
            "action": "clash",
            "location_ar": "حلب",
            "geo_precision": 2,
            "actor1": "syrian_opposition",
            "actor2": "isis",
        },
        id="countryside-precision-2",
    ),
    pytest.param(
        "استهدف الطيران الحربي الروسي مناطق في محافظة إدلب.",
        {"action": "airstrike", "actor1": "russia", "geo_precision": 3, "admin1": "Idlib"},
        id="governorate-only-precision-3",
    ),
    pytest.param(
        "شنت طائرات التحالف الدولي غارات على مطار الطبقة العسكري.",
        {"action": "airstrike", "actor1": "coalition", "location_ar": "الطبقة"},
        id="facility-resolves-to-town",
    ),
    pytest.param(
        "صدت قوات سوريا الديمقراطية هجوما لتنظيم داعش على بلدة عين عيسى.",
        {"action": "clash", "actor1": "sdf", "location_ar": "عين عيسى"},
        id="repelled-attack-is-a-clash",
    ),
    pytest.param(
        "فجر انتحاري نفسه بحزام ناسف في سوق مدينة الموصل مما أدى إلى مقتل 17 شخصا على الأقل.",
        {
            "action": "bombing",
            "sub_event_type": "Suicide bomb",
            "fatalities": 17,
            "location_ar": "الموصل",
        },
        id="suicide-bomb-at-least",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة بسيارة عسكرية في مدينة جرابلس.",
        {
            "action": "bombing",
            "actor1": "unknown",
            "sub_event_type": "Remote explosive/landmine/IED",
        },
        id="agentless-explosion-unidentified-actor",
    ),
    pytest.param(
        "قتل وجرح نحو 30 شخصا في انفجار سيارة مفخخة في مدينة الباب.",
        {"action": "bombing", "fatalities": None, "injured": None},
        id="killed-and-wounded-together-left-empty",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أدى إلى مقتل وإصابة 20 شخصاً.",
        {"action": "airstrike", "fatalities": None, "injured": None},
        id="s17-two-cues-one-count-mqtl-wisaba",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أدى إلى مقتل وجرح 20 شخصاً.",
        {"action": "airstrike", "fatalities": None, "injured": None},
        id="s17-two-cues-one-count-mqtl-wajarh",
    ),
    pytest.param(
        "قتل وأصيب 15 عنصراً من قسد بهجوم لداعش في بلدة الشحيل.",
        {"action": "clash", "fatalities": None, "injured": None},
        id="s17-two-cues-one-count-qutil-wausib",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أسفر عن سقوط 20 قتيلاً وجريحاً.",
        {"action": "airstrike", "fatalities": None, "injured": None},
        id="s17-two-nouns-one-count",
    ),
    pytest.param(
        "أسفر القصف على مدينة بنش عن سقوط 20 إصابة بين قتيل وجريح.",
        {"action": "shelling", "fatalities": None, "injured": None},
        id="s17-wounded-noun-then-both-kinds",
    ),
    pytest.param(
        "أسفرت الغارة على مدينة أريحا عن 12 مصاباً ما بين قتيل وجريح.",
        {"action": "airstrike", "fatalities": None, "injured": None},
        id="s17-wounded-noun-then-both-kinds-ma-bain",
    ),
    pytest.param(
        "قتل شخص وأصيب ثلاثة آخرون بقصف على مدينة بنش.",
        {"action": "shelling", "fatalities": 1, "injured": 3},
        id="s17-two-cues-each-with-count-kept",
    ),
    pytest.param(
        "قتل ثلاثة أشخاص وأصيب خمسة بقصف على مدينة بنش.",
        {"action": "shelling", "fatalities": 3, "injured": 5},
        id="s17-two-cues-each-with-count-kept-2",
    ),
    pytest.param(
        "أسفر القصف على مدينة بنش عن سقوط 20 إصابة، بينها 5 حالات خطرة.",
        {"action": "shelling", "fatalities": None, "injured": 20},
        id="s17-share-of-wounded-feminine-bainaha",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أدى لاستشهاد 3 مواطنين، "
        "ليرتفع إلى 8 عدد الشهداء في المدينة منذ صباح اليوم.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-running-count-since-morning-not-added",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أدى لاستشهاد 3 مواطنين، "
        "وبذلك يرتفع إلى 40 عدد الشهداء خلال الأسبوع الجاري.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-running-count-of-the-week-not-added",
    ),
    pytest.param(
        "قصف الطيران الحربي مدينة بنش، ما أدى لاستشهاد 3 مواطنين، ليرتفع إلى 8 عدد الشهداء في المدينة.",
        {"action": "airstrike", "fatalities": 8},
        id="s17-rise-with-no-period-replaces",
    ),
    pytest.param(
        "انفجرت عبوة في مبنى الأمن القومي في دمشق، وقال التلفزيون إن وزير الداخلية محمد الشعار "
        "أصيب في التفجير.",
        {"action": "bombing", "fatalities": None, "injured": 1},
        id="s17-subject-after-inna-wounded-with-post-and-name",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في قضاء الطارمية، وقال مصدر أمني إن ضابطاً في الجيش أصيب بجروح.",
        {"action": "bombing", "injured": 1},
        id="s17-subject-after-inna-officer-wounded",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في قضاء الطارمية، وذكر المصدر أن مدنياً لقي حتفه.",
        {"action": "bombing", "fatalities": 1},
        id="s17-subject-after-anna-met-his-death",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في قضاء الطارمية، وقال مصدر أمني إن جندياً قتل وأصيب اثنان آخران.",
        {"action": "bombing", "fatalities": 1, "injured": 2},
        id="s17-subject-killed-then-two-others-wounded",
    ),
    pytest.param(
        "قال مصدر أمني إن جندياً قتل في اشتباكات مع مسلحي داعش في قضاء الحويجة.",
        {"action": "clash", "fatalities": 1},
        id="s17-subject-soldier-killed-in-clash",
    ),
    pytest.param(
        "هاجم مسلحون حاجزاً للشرطة في بعقوبة، وقال مصدر إن عنصراً قتل 3 مدنيين قبل أن يلوذ بالفرار.",
        {"action": "clash", "fatalities": 3},
        id="s17-subject-who-killed-is-no-victim",
    ),
    pytest.param(
        "قصف الطيران الحربي بلدة كفرنبل، ما أدى إلى مقتل 4 مدنيين، وقال الدفاع المدني إن مدنياً "
        "قتل من بينهم.",
        {"action": "airstrike", "fatalities": 4},
        id="s17-subject-one-of-the-count-before",
    ),
    pytest.param(
        "قتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة في قضاء الطارمية.",
        {"action": "bombing", "fatalities": 1, "injured": 2},
        id="s17-vso-killed-and-others-wounded-unchanged",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في حي الجديدة، وقال مصدر أمني إن شخصاً قتل وأصيب آخر.",
        {"action": "bombing", "fatalities": 1, "injured": 1},
        id="s17-subject-killed-then-one-other-wounded",
    ),
    pytest.param(
        "ذكرت مصادر أن امرأة قتلت وأصيبت أخرى بقصف على بلدة الدانا.",
        {"action": "shelling", "fatalities": 1, "injured": 1},
        id="s17-subject-woman-killed-then-another-wounded",
    ),
    pytest.param(
        "قال ناشطون إن امرأة قتلت برصاص قناص في حي الوعر.",
        {"action": "attack", "fatalities": 1},
        id="s17-subject-woman-killed-feminine-verb",
    ),
    pytest.param(
        "وقتلت وأصيبت 4 نساء في قصف على بلدة الدانا.",
        {"action": "shelling", "fatalities": None, "injured": None},
        id="s17-two-cues-feminine-one-count",
    ),
    pytest.param(
        "أسفر انفجار عبوة ناسفة في سوق بلدة الدانا عن مقتل وإصابة 20 شخصاً، بينهم 6 قتلى.",
        {"action": "bombing", "fatalities": 6, "injured": None},
        id="s17-share-of-dead-in-a-count-of-both",
    ),
    pytest.param(
        "أسفر انفجار عبوة ناسفة في سوق بلدة الدانا عن مقتل وإصابة 20 شخصاً، بينهم 6 قتلى و14 جريحاً.",
        {"action": "bombing", "fatalities": 6, "injured": 14},
        id="s17-shares-of-dead-and-wounded-in-a-count-of-both",
    ),
    pytest.param(
        "سقط 20 قتيلاً وجريحاً، بينهم 7 قتلى، بقصف على بلدة الدانا.",
        {"action": "shelling", "fatalities": 7, "injured": None},
        id="s17-share-of-dead-in-a-count-of-both-nouns",
    ),
    pytest.param(
        "أسفر انفجار عبوة ناسفة في الدانا عن مقتل وإصابة 20 شخصاً، بينهم 6 أطفال.",
        {"action": "bombing", "fatalities": None, "injured": None},
        id="s17-share-of-children-in-a-count-of-both-stays-empty",
    ),
    pytest.param(
        "لقيت امرأة وطفلاها حتفهم بقصف جوي على بلدة حاس.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-met-their-death-woman-and-her-two-children",
    ),
    pytest.param(
        "لقي رجل وامرأة وطفل حتفهم بقصف جوي على بلدة حاس.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-met-their-death-three-singles",
    ),
    pytest.param(
        "لقي مدني وعنصران من الفصائل حتفهم بقصف جوي على بلدة حاس.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-met-their-death-single-and-dual",
    ),
    pytest.param(
        "لقي ثلاثة أشخاص بينهم امرأة حتفهم بقصف جوي على بلدة حاس.",
        {"action": "airstrike", "fatalities": 3},
        id="s17-met-their-death-share-not-added",
    ),
    pytest.param(
        "شنت الطائرات الروسية ما لا يقل عن 10 غارات على مدينة سراقب.",
        {"action": "airstrike", "actor1": "russia", "location_ar": "سراقب"},
        id="at-least-is-no-negation",
    ),
    pytest.param(
        "قتل العشرات في قصف جوي على مدينة إدلب.",
        {"action": "airstrike", "fatalities": None, "fatalities_estimated": False},
        id="vague-amount-left-empty",
    ),
    pytest.param(
        "سيطرت قوات النظام على مدينة تدمر بعد معارك مع تنظيم داعش.",
        {
            "action": "capture",
            "actor1": "syrian_regime",
            "sub_event_type": "Government regains territory",
        },
        id="capture-by-state",
    ),
    pytest.param(
        "سيطر تنظيم داعش على بلدة عين عيسى.",
        {
            "action": "capture",
            "actor1": "isis",
            "sub_event_type": "Non-state actor overtakes territory",
        },
        id="capture-by-non-state",
    ),
    pytest.param(
        "انسحب مقاتلو تنظيم داعش من مدينة منبج.",
        {"action": "withdrawal", "actor1": "isis", "location_ar": "منبج"},
        id="withdrawal",
    ),
    pytest.param(
        "تظاهر المئات في مدينة إدلب ضد هيئة تحرير الشام.",
        {"action": "protest", "actor1": "protesters", "sub_event_type": "Peaceful protest"},
        id="peaceful-protest",
    ),
    pytest.param(
        "اندلعت احتجاجات في مدينة حماة أدت إلى مقتل ثلاثة متظاهرين برصاص قوات الأمن.",
        {
            "action": "protest",
            "fatalities": 3,
            "actor2": "syrian_regime",
            "sub_event_type": "Excessive force against protesters",
        },
        id="protest-repressed-security-forces-of-the-country",
    ),
    pytest.param(
        "اختطف مسلحون مجهولون ناشطا إعلاميا في مدينة الرقة.",
        {"action": "abduction", "actor1": "unknown"},
        id="abduction-by-unknown-gunmen",
    ),
    pytest.param(
        "خرجت مظاهرات في مدينة درعا. وأطلقت قوات الأمن النار على المتظاهرين، ما أدى إلى مقتل شاب.",
        {
            "action": "protest",
            "fatalities": 1,
            "actor2": "syrian_regime",
            "sub_event_type": "Excessive force against protesters",
        },
        id="shooting-at-protesters-single-victim",
    ),
    pytest.param(
        "استعادت القوات العراقية السيطرة على مدينة تكريت بعد معارك عنيفة مع تنظيم داعش.",
        {"action": "clash", "actor1": "iraqi_army", "actor2": "isis", "location_ar": "تكريت"},
        id="adjunct-battle-noun-in-iraq",
    ),
    pytest.param(
        "شنت غارة تركية على قرية قرب مدينة منبج فجر اليوم.",
        {"action": "airstrike", "actor1": "turkey", "geo_precision": 2, "event_date": "2016-05-10"},
        id="owner-adjective-after-strike-noun",
    ),
    pytest.param(
        "أعدم تنظيم داعش 12 مدنيا في مدينة الموصل بتهمة التعاون مع القوات الأمنية.",
        {"action": "attack", "actor1": "isis", "actor2": "civilians", "fatalities": 12},
        id="execution-of-civilians",
    ),
    pytest.param(
        "ألقت الأجهزة الأمنية القبض على ثلاثة أشخاص في مدينة حماة.",
        {"action": "arrest", "actor1": "syrian_regime", "sub_event_type": "Arrests"},
        id="arrest-verb-split-by-subject-security-forces-by-country",
    ),
    pytest.param(
        "اندلعت أمس اشتباكات بين فصائل من الحشد الشعبي ومسلحين من أبناء العشائر في مدينة البوكمال.",
        {"action": "clash", "actor1": "pmf", "actor2": "tribal_forces", "event_date": YESTERDAY},
        id="partitive-group-of-named-side",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة مجهولة سيارة تقل قياديين في الحرس الثوري الإيراني في مدينة الميادين.",
        {"action": "airstrike", "actor1": "unknown", "actor2": "irgc"},
        id="unidentified-drone-members-of-a-side",
    ),
    pytest.param(
        "قتل 33 جنديا تركيا في غارة جوية نفذتها طائرات النظام على مواقعهم في ريف إدلب الجنوبي.",
        {
            "action": "airstrike",
            "actor1": "syrian_regime",
            "actor2": "turkey",
            "fatalities": 33,
            "geo_precision": 2,
        },
        id="counted-soldiers-name-their-side",
    ),
    pytest.param(
        "استهدفت هجمات صاروخية قاعدة عسكرية في مدينة كركوك أسفرت عن مقتل متعاقد أمريكي.",
        {"action": "shelling", "fatalities": 1, "location_ar": "كركوك"},
        id="rocket-attacks-are-shelling",
    ),
    pytest.param(
        "في غضون ذلك، قصف طيران التحالف الدولي تجمعات لداعش في مدينة الموصل.",
        {"action": "airstrike", "actor1": "coalition", "actor2": "isis"},
        id="meanwhile-is-no-back-reference",
    ),
    pytest.param(
        "وأشار إلى أن التنظيم فجر جسرا في مدينة الموصل فجر اليوم.",
        {"action": "bombing", "actor1": "isis", "event_date": "2016-05-10"},
        id="blew-up-verb-not-dawn",
    ),
    pytest.param(
        "هاجم تنظيم داعش مواقع البيشمركة في مدينة الموصل، وتدخلت طائرات التحالف لصد الهجوم.",
        {"action": "airstrike", "actor1": "coalition"},
        id="aircraft-repelling-an-attack-strike",
    ),
    pytest.param(
        "أطلق مسلحون النار على سيارة مدنية في مدينة الرقة ما أدى إلى مقتل امرأة.",
        {"action": "attack", "actor1": "unknown", "actor2": "civilians", "fatalities": 1},
        id="indefinite-gunmen-are-unidentified",
    ),
    pytest.param(
        "هاجم مسلحو داعش مواقع الجيش في قضاء الحويجة غرب كركوك.",
        {"action": "clash", "actor1": "isis", "actor2": "iraqi_army", "location_ar": "الحويجة"},
        id="the-army-of-the-events-country",
    ),
    pytest.param(
        "قصفت طائرات النظام بلدة الباب التي يسيطر عليها تنظيم داعش.",
        {"action": "airstrike", "actor1": "syrian_regime", "actor2": ""},
        id="the-side-holding-a-place-is-no-target",
    ),
    pytest.param(
        "قتل عنصران من قوات سوريا الديمقراطية، جراء انفجار لغم أرضي زرعه مسلحو داعش في قرية الأغيبش.",
        {
            "action": "bombing",
            "actor1": "isis",
            "actor2": "sdf",
            "fatalities": 2,
            "location_ar": "الأغيبش",
        },
        id="victims-clause-before-the-cause-clause",
    ),
    pytest.param(
        "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في مدينة الرمادي.",
        {"action": "airstrike", "actor2": "isis", "fatalities": 3},
        id="counted-coreference-word-is-the-victim",
    ),
    pytest.param(
        "قالت وزارة الدفاع الروسية إن طائراتها دمرت مقرات لداعش في محيط مدينة تدمر.",
        {
            "action": "airstrike",
            "actor1": "russia",
            "actor2": "isis",
            "source": "russia_mod",
            "location_ar": "تدمر",
            "geo_precision": 2,
        },
        id="ministry-speaking-of-its-aircraft-and-a-town-named-like-a-verb",
    ),
    pytest.param(
        "وفي تدمر، استهدف الطيران الروسي مواقع التنظيم.",
        {"action": "airstrike", "actor1": "russia", "actor2": "isis", "assoc_actor1": ""},
        id="name-after-a-target-marker-is-no-owner",
    ),
    pytest.param(
        "ويوم الأحد قتل ستة أشخاص من عائلة واحدة بقصف لطيران التحالف على مدينة الرقة.",
        {
            "action": "airstrike",
            "actor1": "coalition",
            "actor2": "civilians",
            "fatalities": 6,
            "event_date": "2016-05-08",
        },
        id="weekday-family-victims-platform-genitive",
    ),
    pytest.param(
        "سقطت مدينة الشدادي في يد قوات سوريا الديمقراطية مساء أمس.",
        {"action": "capture", "actor1": "sdf", "admin1": "Al-Hasakah", "event_date": YESTERDAY},
        id="fell-into-the-hands-of-names-the-captor-and-the-place",
    ),
    pytest.param(
        "سقطت بلدة دير حافر بأيدي قوات النظام بعد معارك مع تنظيم داعش.",
        {"action": "clash", "actor1": "syrian_regime", "actor2": "isis"},
        id="battles-after-a-fall-are-fought-by-the-captor",
    ),
    pytest.param(
        "لقي سبعة مدنيين حتفهم بغارات للطيران الروسي على مدينة سراقب.",
        {"action": "airstrike", "fatalities": 7, "actor1": "russia"},
        id="met-their-death-split-by-the-count",
    ),
    pytest.param(
        "ارتفع إلى 11 عدد الجرحى جراء قصف مدفعي على مدينة الرستن.",
        {"action": "shelling", "injured": 11, "location_ar": "الرستن"},
        id="number-before-the-count-of-wounded",
    ),
    pytest.param(
        "قصف متواصل لقوات النظام منذ فجر اليوم على بلدة الهبيط.",
        {"action": "shelling", "event_date": "2016-05-10", "actor1": "syrian_regime"},
        id="going-on-since-dawn-today-is-today",
    ),
    pytest.param(
        "اختطف مسلحون ملثمون طبيباً من عيادته في مدينة الباب.",
        {"action": "abduction", "actor2": "civilians"},
        id="abduction-naming-no-armed-victim-targets-civilians",
    ),
    pytest.param(
        "أعدمت جبهة النصرة رجلاً رمياً بالرصاص في بلدة سلقين.",
        {"action": "attack", "actor1": "nusra", "actor2": "civilians"},
        id="execution-naming-no-armed-victim-targets-civilians",
    ),
    pytest.param(
        "قتلت امرأة برصاص عناصر من قوات سوريا الديمقراطية في مدينة الطبقة.",
        {"action": "attack", "actor1": "sdf", "actor2": "civilians", "fatalities": 1},
        id="civilian-killed-by-the-bullets-of-a-side",
    ),
    pytest.param(
        "اغتيال ناشط سياسي بارز في مدينة البصرة برصاص مسلحين.",
        {"action": "attack", "location_ar": "البصرة", "fatalities": 1},
        id="a-political-activist-assassinated-is-no-figurative-attack",
    ),
    pytest.param(
        "أقدمت دورية تابعة للهيئة على اختطاف ناشط إعلامي في مدينة سرمدا.",
        {"action": "abduction", "location_ar": "سرمدا"},
        id="a-media-activist-abducted",
    ),
    pytest.param(
        "استولى مقاتلو التنظيم أمس على قرية تل جبين بعد انسحاب الفصائل منها.",
        {"action": "capture", "actor1": "isis", "location_ar": "تل جبين"},
        id="seized-a-village",
    ),
    pytest.param(
        "أخلت الميليشيات الإيرانية مواقعها في مدينة البوكمال.",
        {"action": "withdrawal", "actor1": "iran", "location_ar": "أبو كمال"},
        id="a-side-vacating-its-positions",
    ),
    pytest.param(
        "تمكن مسلحو داعش من الاستيلاء على مدينة الموصل.",
        {"action": "capture", "actor1": "isis", "location_ar": "الموصل"},
        id="the-seizing-of-a-city",
    ),
    pytest.param(
        "شهدت ساحة التحرير وسط بغداد توافد آلاف المحتجين منذ ساعات الصباح.",
        {"action": "protest", "location_ar": "بغداد"},
        id="protesters-flocking-in",
    ),
    pytest.param(
        "خرج الآلاف في مدينة عامودا في تظاهرة نددوا فيها بالهجوم التركي على عفرين.",
        {"action": "protest", "location_ar": "عامودا"},
        id="a-protest-whose-people-condemned-an-attack-elsewhere",
    ),
    pytest.param(
        "عثر رعاة أغنام على جثث أربعة أشخاص إثر انفجار لغم أرضي بسيارتهم في بادية السخنة.",
        {"action": "bombing", "location_ar": "السخنة", "fatalities": 4},
        id="bodies-found-after-a-mine-blast-are-the-blast",
    ),
    pytest.param(
        "عثر على أشلاء ثلاثة أشخاص بعد انفجار لغم أرضي في بادية الميادين.",
        {"action": "bombing", "location_ar": "الميادين", "fatalities": 3},
        id="remains-found-after-a-mine-blast-count-the-dead",
    ),
    pytest.param(
        "عثرت فرق الدفاع المدني على جثتي طفلين جراء انفجار عبوة ناسفة في بلدة الباب أمس.",
        {"action": "bombing", "location_ar": "الباب", "fatalities": 2, "event_date": YESTERDAY},
        id="two-bodies-found-after-a-bomb-blast",
    ),
    pytest.param(
        "نفذت قوات التحالف الدولي أمس عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي.",
        {
            "action": "clash",
            "actor1": "coalition",
            "location_ar": "الشحيل",
            "event_date": YESTERDAY,
        },
        id="an-air-landing-raid-is-a-clash",
    ),
    pytest.param(
        "قتل قيادي في داعش وثلاثة من مرافقيه بإنزال جوي للتحالف الدولي قرب بلدة البصيرة فجر اليوم.",
        {"action": "clash", "actor1": "coalition", "actor2": "isis", "fatalities": 4},
        id="the-dead-of-an-air-landing-raid",
    ),
    pytest.param(
        "نفذت مجموعة من الانغماسيين في هيئة تحرير الشام، فجر اليوم، عملية نوعية على مواقع قوات"
        " النظام في قرية كبانة بريف اللاذقية، ما أدى لمقتل 12 عنصراً.",
        {"action": "clash", "actor2": "syrian_regime", "location_ar": "كبانة", "fatalities": 12},
        id="a-special-operation-on-positions-is-a-clash",
    ),
    pytest.param(
        "نفذت فصائل المعارضة عملية هجومية على مواقع ميليشيا أسد في محيط بلدة كفرنبودة أمس.",
        {"action": "clash", "actor1": "syrian_opposition", "actor2": "syrian_regime"},
        id="an-offensive-operation-on-positions-is-a-clash",
    ),
    pytest.param(
        "قتل شخص وأصيب ثلاثة آخرون في شجار مسلح بين عائلتين في قضاء الزبير غربي البصرة، اليوم.",
        {"action": "clash", "location_ar": "الزبير", "fatalities": 1, "injured": 3},
        id="an-armed-quarrel-between-two-families-is-a-clash",
    ),
    pytest.param(
        "وكانت قوات النظام قد قصفت بلدة اللطامنة بريف حماة قبل ساعات من بدء الهجوم البري.",
        {"action": "shelling", "actor1": "syrian_regime", "location_ar": "اللطامنة"},
        id="the-attack-that-dates-a-shelling-is-not-how-it-was-done",
    ),
    pytest.param(
        "وكانت قوات النظام قد قصفت بلدة اللطامنة قبل ساعات من بدء الهجوم البري، ما أدى لمقتل"
        " مدنيين اثنين.",
        {"action": "shelling", "actor2": "civilians", "fatalities": 2},
        id="the-shelling-dated-by-an-attack-keeps-its-dead",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرزيتا بالمدفعية مع بدء الهجوم على مواقع الفصائل.",
        {"action": "clash", "actor1": "syrian_regime", "location_ar": "كفر زيتا"},
        id="an-attack-begun-with-the-shelling-is-its-own-event",
    ),
    pytest.param(
        "ارتفعت حصيلة القتلى في تفجير الكرادة وسط بغداد إلى 30 على الأقل، بحسب مصادر طبية.",
        {"action": "bombing", "location_ar": "بغداد", "fatalities": 30},
        id="the-risen-count-of-the-dead-in-a-named-bombing-is-the-bombing",
    ),
    pytest.param(
        "ارتفعت حصيلة الضحايا في الهجوم الانتحاري على سوق الخالص بديالى أمس إلى 20 قتيلاً"
        " و35 جريحاً.",
        {"action": "bombing", "location_ar": "الخالص", "fatalities": 20, "injured": 35},
        id="the-suicide-attack-is-a-bombing-and-its-risen-count-its-dead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_event_fields(extractor: Extractor, text: str, expected: dict) -> None:
    events = only(run(extractor, text), expected["action"])
    assert len(events) == 1, [(e.action, e.location, e.sentence) for e in run(extractor, text)]
    event = events[0]
    for name, value in expected.items():
        assert getattr(event, name) == value, (name, getattr(event, name), event.provenance)


# ------------------------------------------------------------------ not events

NOT_EVENTS = [
    pytest.param(
        "وفككت فرق الهندسة ثلاث عبوات ناسفة على طريق مدينة الحسكة.",
        "bombing",
        id="defused-bombs-are-no-bombing",
    ),
    pytest.param(
        "استدعت الخارجية العراقية السفير التركي في بغداد للاحتجاج على القصف.",
        "protest",
        id="summoned-to-protest-is-no-protest",
    ),
    pytest.param(
        "لم تتمكن قوات النظام من السيطرة على مدينة تدمر.", "capture", id="negated-capture"
    ),
    pytest.param(
        "فشلت فصائل المعارضة في استعادة السيطرة على بلدة خان شيخون.", "capture", id="failed-capture"
    ),
    pytest.param("يعتزم التحالف الدولي شن غارات على مدينة الرقة.", "airstrike", id="planned"),
    pytest.param(
        "المعركة الحاسمة ضد التنظيم ستكون في مدينة الموصل.", "clash", id="future-ستكون-after-noun"
    ),
    pytest.param("نزح مئات الأهالي من منبج خوفا من الغارات الروسية.", "airstrike", id="feared"),
    pytest.param("قد يشن التنظيم هجمات على مدينة حلب.", "clash", id="qad-imperfect-possibility"),
    pytest.param("في حال سيطر التنظيم على المطار فإن المدينة ستسقط.", "capture", id="hypothetical"),
    pytest.param("دعا المبعوث الدولي إلى وقف القصف على مدينة حلب.", "shelling", id="appeal"),
    pytest.param(
        "لا تزال الأحياء الشرقية تحت سيطرة التنظيم في دير الزور.", "capture", id="state-of-control"
    ),
    pytest.param(
        "قتل أكثر من ألف شخص في مدينة كوباني منذ بدء هجوم التنظيم على المدينة.",
        "clash",
        id="cumulative-toll",
    ),
    pytest.param(
        "وقالت سانا إن الدفاعات الجوية تصدت لصواريخ معادية في سماء دمشق.",
        "clash",
        id="air-defence-interception",
    ),
    pytest.param(
        "وكانت قوات النظام قد سيطرت على مدينة حلب في كانون الأول 2013 بعد معارك استمرت أشهرا.",
        None,
        id="old-dated-background",
    ),
    pytest.param(
        "اتهمت دمشق واشنطن بقصف مواقع للجيش السوري في دير الزور، وهو ما نفته الولايات المتحدة.",
        None,
        id="denied-accusation",
    ),
    pytest.param(
        "انتشر القناصة على أسطح المباني في مدينة حلب.", "attack", id="snipers-without-victims"
    ),
    pytest.param(
        "تخوض روسيا معركة دبلوماسية شرسة في مجلس الأمن بشأن مدينة حلب.",
        "clash",
        id="figurative-battle",
    ),
    pytest.param(
        "تخوض الحكومة معركة سياسية مع الأكراد في كركوك.", "clash", id="figurative-political-battle"
    ),
    pytest.param(
        "استولت الميليشيات على منازل المدنيين في بلدة القصير.", "capture", id="houses-seized"
    ),
    pytest.param(
        "أخلت فرق الدفاع المدني مقراتها في بلدة كفرنبل خوفاً من القصف.",
        "withdrawal",
        id="rescuers-vacating-their-centres",
    ),
    pytest.param(
        "أخلت السلطات سكان الأبنية المتضررة في مدينة حلب.", "withdrawal", id="residents-evacuated"
    ),
    pytest.param(
        "ويرى مراقبون أن الصراع في مدينة حلب دخل مرحلة جديدة.",
        "capture",
        id="entering-a-phase-is-no-capture",
    ),
    pytest.param(
        "وتعود جذور الأزمة إلى عام 2011 حين خرجت مظاهرات في مدينة درعا.",
        "protest",
        id="years-old-background",
    ),
    pytest.param("يتوجه الوفد إلى جنيف لإجراء محادثات حول الوضع في حلب.", None, id="talks"),
    pytest.param(
        "ويأتي القصف بعد يومين من سيطرة الفصائل على بلدة كفرنبودة.",
        "shelling",  # the event it comes after is one told in passing (session 2)
        id="context-sentence-yati-is-background",
    ),
    pytest.param(
        "واشنطن تفرض عقوبات جديدة ردا على هجوم دوما الكيميائي",
        "attack",
        id="event-named-as-what-is-answered",
    ),
    pytest.param(
        "وحذرت المنظمة من أن أي هجوم على مدينة إدلب سيؤدي إلى كارثة.",
        "clash",
        id="any-attack-is-hypothetical",
    ),
    pytest.param(
        "وقالت الخارجية إنها تدرس طلبا لتنفيذ غارات جوية على مواقع التنظيم في الموصل.",
        "airstrike",
        id="strikes-under-consideration",
    ),
    pytest.param(
        "وصوت مجلس الأمن على مشروع قرار يدين قمع الاحتجاجات في مدينة درعا.",
        "protest",
        id="event-named-as-what-is-condemned",
    ),
    pytest.param(
        "وكانت القوات العراقية قد بدأت عملية عسكرية واسعة لاستعادة مدينة الفلوجة.",
        "capture",
        id="capture-as-the-aim-of-an-operation",
    ),
    pytest.param(
        "وتشهد مناطق سيطرة قوات سوريا الديمقراطية في ريف الرقة توترا منذ أسابيع.",
        "capture",
        id="zones-of-control-are-no-capture",
    ),
    pytest.param(
        "قال قيادي سابق في الجيش الحر إن الوضع الأمني في درعا يتدهور.",
        None,
        id="a-former-commander-speaking-is-no-event",
    ),
    pytest.param(
        "هدد القيادي باستهداف مواقع قوات النظام بالرشاشات إذا استمر القصف.",
        None,
        id="a-threat-to-target-with-machine-guns-is-no-event",
    ),
    pytest.param(
        "أطلق عناصر من الشرطة النار على عنصر في الأمن العام بعد مشاجرة في سوق المدينة.",
        "clash",
        id="fire-on-one-man-after-a-quarrel-is-no-clash",
    ),
    pytest.param(
        "وقالت منظمة العفو الدولية إن العرب السنة في العراق واجهوا هجمات انتقامية على أيدي ميليشيات.",
        "clash",
        id="s15-attacks-told-at-a-whole-country-are-no-clash",
    ),
    pytest.param(
        "التحالف الدولي يكثف هجومه على داعش لحشره على الحدود بين سوريا والعراق",
        "clash",
        id="s15-a-campaign-told-at-two-countries-is-no-clash",
    ),
    pytest.param(
        "وتشن الفصائل المسلحة هجمات متواصلة على القوات الحكومية في سوريا.",
        "clash",
        id="s15-a-war-summary-at-a-country-is-no-clash",
    ),
    pytest.param(
        'وضبطت بحوزتهم بنادق آلية وقواذف "آر بي جي" وكميات من المواد المتفجرة.',
        "clash",
        id="s15-rpg-launchers-seized-are-no-clash",
    ),
    pytest.param(
        "وسلم المسلحون أسلحتهم من رشاشات وقواذف آر بي جي إلى الجيش في بلدة الضمير.",
        "clash",
        id="s15-rpg-launchers-handed-over-are-no-clash",
    ),
    pytest.param(
        "رافضاً مجدداً مشاركة تركيا في المعركة",
        "clash",
        id="s15-a-side-s-part-in-the-battle-as-a-question-is-no-clash",
    ),
    pytest.param(
        "وبحث رئيس الوزراء مع قادة الحشد الشعبي مشاركة فصائلهم في معركة الموصل.",
        "clash",
        id="s15-talks-on-a-part-in-a-battle-are-no-clash",
    ),
    pytest.param(
        "وشهدت ساحة التحرير في بغداد أمس أعنف المواجهات منذ انطلاق التظاهرات.",
        "clash",
        id="s15-confrontations-of-the-protests-are-no-clash",
    ),
    pytest.param(
        "وتشهد جبهات ريف إدلب الجنوبي معارك كر وفر.",
        "clash",
        id="s15-the-fronts-of-a-countryside-summed-up-are-no-clash",
    ),
    pytest.param(
        "وتتواصل المعارك العنيفة على جبهات ريف حلب الغربي لليوم العاشر على التوالي.",
        "clash",
        id="s15-fighting-going-on-along-a-countryside-s-fronts-is-no-clash",
    ),
    pytest.param(
        "وتدور معارك يومية بين الطرفين على محاور ريف اللاذقية الشمالي.",
        "clash",
        id="s15-daily-fights-are-no-clash",
    ),
    pytest.param(
        "وتشهد الجبهة اشتباكات شبه يومية بين الطرفين في ريف درعا الغربي.",
        "clash",
        id="s15-almost-daily-clashes-are-no-clash",
    ),
    pytest.param(
        "عثرت قوى الأمن الداخلي على لغم أرضي في بلدة الشدادي وقامت بتفكيكه.",
        "bombing",
        id="a-mine-found-and-defused-is-no-bombing",
    ),
    pytest.param(
        "ألقت قوة من جهاز مكافحة الإرهاب القبض على إرهابيين اثنين في عملية إنزال جوي بقضاء الشرقاط.",
        "clash",
        id="an-air-landing-told-by-its-arrests-is-no-clash",
    ),
    pytest.param(
        "وهددت قسد بتنفيذ عملية إنزال جوي في بلدة هجين إذا لم يسلم المطلوبون أنفسهم.",
        None,
        id="a-threatened-air-landing-is-no-event",
    ),
    pytest.param(
        "وقام عدد من المتظاهرين بإنزال العلم التركي من المبنى في أربيل.",
        "clash",
        id="lowering-a-flag-is-no-air-landing",
    ),
    pytest.param(
        "تخطط الفصائل لتنفيذ عملية نوعية على مواقع النظام في جبل الزاوية.",
        None,
        id="a-planned-special-operation-is-no-event",
    ),
    pytest.param(
        "نفذت القوات الأمنية عملية نوعية في قضاء الطارمية ضبطت خلالها أسلحة.",
        "clash",
        id="a-special-operation-that-seized-weapons-is-no-clash",
    ),
    pytest.param(
        "دعت الأمم المتحدة أطراف النزاع المسلح في سوريا إلى وقف القتال في إدلب.",
        "clash",
        id="a-countrys-armed-conflict-is-no-clan-fight",
    ),
    pytest.param(
        "ارتفعت حصيلة القتلى في تفجيرات بغداد منذ بداية العام إلى 500.",
        "bombing",
        id="the-risen-count-of-bombings-since-the-start-of-the-year-is-a-toll",
    ),
    pytest.param(
        "وكانت قوات النظام قد قصفت بلدة اللطامنة قبل ساعات من بدء الهجوم البري، ما أدى لمقتل"
        " مدنيين اثنين.",
        "attack",
        id="the-attack-a-shelling-is-dated-by-is-no-event-of-that-sentence",
    ),
    # session 16 (hE5): an act framed by a past «جاء» (the attack told before) and places taken
    # or fights told over months or years (a campaign's summary) are no new event
    pytest.param(
        "وجاء الهجوم بعد أن انسحبت الفصائل من بلدة كفرنبودة قبل أسبوعين.",
        "clash",
        id="s16-the-attack-came-after-is-told-before",
    ),
    pytest.param(
        "وجاء هذا القصف رداً على استهداف الفصائل مواقع قوات النظام في بلدة حرستا.",
        "shelling",
        id="s16-this-shelling-came-in-response-is-told-before",
    ),
    pytest.param(
        "وجاءت الغارات بعد ساعات من إعلان التحالف بدء عملية عسكرية في مدينة الرقة.",
        "airstrike",
        id="s16-the-raids-came-hours-after-is-told-before",
    ),
    pytest.param(
        "وتمكنت قسد خلال أشهر من السيطرة على مساحات واسعة من ريفي الرقة الشمالي والغربي.",
        "capture",
        id="s16-land-taken-over-months-is-a-campaign-summary",
    ),
    pytest.param(
        "وسيطر التنظيم خلال عامين على مساحات واسعة من محافظة الأنبار.",
        "capture",
        id="s16-land-taken-over-two-years-is-a-campaign-summary",
    ),
    pytest.param(
        "وتمكنت القوات العراقية في غضون سنوات من استعادة مدن الرمادي والفلوجة والموصل.",
        "capture",
        id="s16-towns-retaken-within-years-are-a-campaign-summary",
    ),
    pytest.param(
        "وباتت قسد على مشارف السيطرة على بلدة الباغوز.",
        "capture",
        id="s16-on-the-verge-of-taking-is-no-capture",
    ),
    pytest.param(
        "وقالت قسد في بيان إن هجمات الاحتلال التركي تهدف إلى ضرب الاستقرار ودعم خلايا داعش.",
        "clash",
        id="s16-the-aim-claimed-of-attacks-is-a-statement",
    ),
    pytest.param(
        "وأكد المتحدث أن القصف التركي يندرج ضمن سياسة التهجير القسري في منطقة عفرين.",
        "shelling",
        id="s16-shelling-told-as-part-of-a-policy-is-a-statement",
    ),
    pytest.param(
        "وأحبطت القوات الأمنية هجوماً كان يعد له التنظيم على مواقع الحشد في ديالى.",
        "clash",
        id="s16-an-attack-foiled-while-planned-is-no-clash",
    ),
    pytest.param(
        "وأحبطت الاستخبارات العسكرية هجوماً إرهابياً كان التنظيم يخطط لتنفيذه في قضاء الطارمية.",
        "clash",
        id="s16-a-terror-attack-foiled-while-planned-is-no-clash",
    ),
    pytest.param(
        "وأحبطت قوات الأمن تفجيراً انتحارياً كانت خلية تابعة لداعش تنوي تنفيذه في سوق بعقوبة.",
        "bombing",
        id="s16-a-suicide-bombing-foiled-while-planned-is-no-bombing",
    ),
    pytest.param(
        "وتقصف قوات النظام بلدات جبل الزاوية بشكل شبه يومي.",
        "shelling",
        id="s17-shelling-told-as-almost-daily-is-a-habit",
    ),
    pytest.param(
        "وتشن الأجهزة الأمنية حملات اعتقال بشكل دوري في مناطق التسويات بريف درعا.",
        "arrest",
        id="s17-arrest-campaigns-told-as-periodic-are-a-habit",
    ),
    pytest.param(
        "وأعلنت الحكومة العراقية تحرير كامل الأراضي العراقية من تنظيم داعش.",
        "capture",
        id="s17-a-whole-country-freed-is-a-summary",
    ),
    pytest.param(
        "وتمكنت قوات النظام من استعادة السيطرة على معظم الأراضي السورية بدعم روسي.",
        "capture",
        id="s17-most-of-a-country-regained-is-a-summary",
    ),
    pytest.param(
        "واستعادت القوات العراقية السيطرة على جميع المدن التي سيطر عليها التنظيم.",
        "capture",
        id="s17-all-towns-once-held-regained-is-a-summary",
    ),
    pytest.param(
        "ونزح آلاف المدنيين من ريف إدلب الجنوبي هرباً من القصف.",
        "shelling",
        id="s17-the-shelling-people-flee-is-no-event",
    ),
    pytest.param(
        "وفر آلاف السكان من بلدة كفرنبل هرباً من الغارات الروسية المكثفة.",
        "airstrike",
        id="s17-the-strikes-people-flee-are-no-event",
    ),
    pytest.param(
        "وقتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل أثناء فرارهم من المعارك.",
        "clash",
        id="s17-the-fights-the-dead-fled-are-no-clash",
    ),
    pytest.param(
        "وكذبت هيئة تحرير الشام الأنباء عن سيطرة قوات النظام على بلدة الهبيط.",
        "capture",
        id="s17-a-capture-belied-is-denied",
    ),
    pytest.param(
        "وقدم الأهالي التهاني للجيش بمناسبة تحرير مدينة حلب.",
        "capture",
        id="s17-a-capture-named-as-the-occasion-is-no-event",
    ),
    pytest.param(
        "وأطلقت الدفاعات الجوية السورية صواريخ باتجاه أهداف معادية في سماء دمشق.",
        "shelling",
        id="s17-air-defences-firing-missiles-is-no-shelling",
    ),
    # Iraqi «سيطرة» is also a checkpoint (session 17, hG6)
    pytest.param(
        "وأكد مصدر في الشرطة أن مسلحين مجهولين هاجموا مساء اليوم سيطرة للشرطة عند مدخل تكريت.",
        "capture",
        id="s17-a-police-checkpoint-attacked-is-no-capture",
    ),
    pytest.param(
        "قال مصدر أمني إن انتحارياً فجر نفسه عند سيطرة أمنية في منطقة الشعلة شمال بغداد.",
        "capture",
        id="s17-a-bomber-at-a-security-checkpoint-is-no-capture",
    ),
    pytest.param(
        "استهدف انتحاري بسيارة مفخخة سيطرة مشتركة للجيش والحشد في سامراء.",
        "capture",
        id="s17-a-joint-checkpoint-targeted-is-no-capture",
    ),
    pytest.param(
        "نصب مسلحون مجهولون سيطرة وهمية على طريق كركوك بغداد واختطفوا ثلاثة مدنيين.",
        "capture",
        id="s17-a-fake-checkpoint-is-no-capture",
    ),
    pytest.param(
        "قتل جندي وأصيب آخران بانفجار عبوة ناسفة قرب سيطرة الجيش في قضاء الطارمية.",
        "capture",
        id="s17-a-blast-near-an-army-checkpoint-is-no-capture",
    ),
    # offices of a channel stormed: a building raided, no territory (session 17, hG6)
    pytest.param(
        'اقتحم مسلحون مجهولون، مساء أمس، مقار قنوات "دجلة" و"العربية" في بغداد.',
        "capture",
        id="s17-channel-offices-stormed-are-no-capture",
    ),
    pytest.param(
        "اقتحمت قوة أمنية مكتب صحيفة محلية في مدينة الموصل وصادرت أجهزة الحاسوب.",
        "capture",
        id="s17-a-newspaper-office-raided-is-no-capture",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_EVENTS)
def test_not_an_event(extractor: Extractor, text: str, action: str | None) -> None:
    events = run(extractor, text)
    found = events if action is None else only(events, action)
    assert found == [], [(e.action, e.provenance) for e in found]


# the guards of session 15 (hU) keep real fights: an RPG fired, a side's part told inside the
# fight, a fight at a region of a country, clashes of armed sides after protests
KEPT_FIGHTS = [
    pytest.param(
        "واستهدفت الفصائل بقذائف آر بي جي دبابة لقوات النظام على جبهة الراشدين غرب حلب.",
        "clash",
        id="s15-rpg-fired-at-a-tank-is-a-clash",
    ),
    pytest.param(
        "واعتقلت دورية المسلحين بعد اشتباك قصير وضبطت بحوزتهم قاذف آر بي جي في حي الزهور بدير الزور.",
        "clash",
        id="s15-a-clash-before-weapons-were-seized-stays",
    ),
    pytest.param(
        "وقتل خمسة من عناصر الحشد الشعبي بمشاركة الطيران في معارك قرية الشورة جنوب الموصل أمس.",
        "clash",
        id="s15-aircraft-taking-part-in-a-fight-keep-the-clash",
    ),
    pytest.param(
        "وتجددت المواجهات في حي بابا عمرو بين الجيش الحر وقوات النظام بعد تظاهرات حاشدة.",
        "clash",
        id="s15-two-armed-sides-after-protests-keep-the-clash",
    ),
    pytest.param(
        "وشهدت ساحة التحرير في بغداد أمس أعنف المواجهات منذ انطلاق التظاهرات.",
        "protest",
        id="s15-confrontations-of-the-protests-are-the-protest",
    ),
    pytest.param(
        "ودارت أمس معارك عنيفة على جبهات ريف إدلب الجنوبي بين قوات النظام والفصائل.",
        "clash",
        id="s15-fronts-of-a-countryside-on-a-told-day-keep-the-clash",
    ),
    pytest.param(
        "وقتل ثلاثة عناصر من قوات النظام في اشتباكات مع الفصائل على جبهات ريف اللاذقية الشمالي.",
        "clash",
        id="s15-fronts-of-a-countryside-with-their-dead-keep-the-clash",
    ),
    pytest.param(
        "وتتواصل المعارك على محور كفرنبودة في ريف حماة الشمالي.",
        "clash",
        id="s15-the-front-of-a-named-town-keeps-the-clash",
    ),
    pytest.param(
        "وجاء في بيان للجيش أن وحداته سيطرت على بلدة حرستا بعد معارك عنيفة.",
        "capture",
        id="s16-a-statement-introduced-by-jaa-fi-keeps-its-capture",
    ),
    pytest.param(
        "جاء ذلك بعد أن سيطرت قوات النظام على بلدة حرستا أمس.",
        "capture",
        id="s16-a-dated-capture-after-jaa-dhalika-stays",
    ),
    pytest.param(
        "وسيطرت قوات النظام خلال الأيام الماضية على بلدة صيدا في ريف درعا الشرقي.",
        "capture",
        id="s16-a-capture-of-the-past-days-stays",
    ),
    pytest.param(
        "وفر عناصر التنظيم من قرية تل السمن باتجاه الرقة بعد وصول قوات قسد.",
        "withdrawal",
        id="s16-fighters-who-flee-still-withdraw",
    ),
    pytest.param(
        "وجاءت الغارة بعد يوم واحد من استهداف مسيّرة تركية، مساء الاثنين، سيارة قرب مجمع خانصور"
        " شمال جبل سنجار، ما أدى إلى مقتل قيادي.",
        "airstrike",
        id="s16-a-strike-retold-after-a-framed-strike-stays",
    ),
    pytest.param(
        "وسيطرت الفصائل على مدينة سراقب، لتكمل بذلك سيطرتها على كامل محافظة إدلب تقريباً.",
        "capture",
        id="s16-what-a-capture-thereby-completes-is-no-second-capture",
    ),
    pytest.param(
        "وتابعت وحدات الجيش تقدمها لتبسط سيطرتها على قرية زمرين شمال الحارة.",
        "capture",
        id="s16-the-next-village-taken-with-no-thereby-stays",
    ),
    pytest.param(
        "وشنت قوات النظام هجوماً يهدف إلى السيطرة على بلدة نصيب.",
        "clash",
        id="s16-an-attack-launched-to-an-aim-stays",
    ),
    pytest.param(
        "وصدت قطعات الجيش هجوماً شنه التنظيم على مواقعها في قضاء الطارمية.",
        "clash",
        id="s16-a-repelled-attack-stays-a-clash",
    ),
    pytest.param(
        "واشتبكت القوات الأمنية مع خلية إرهابية كانت تخطط لتنفيذ هجوم في قضاء الطارمية، ما أسفر"
        " عن مقتل اثنين من عناصرها.",
        "clash",
        id="s16-a-fight-with-a-cell-that-was-planning-stays",
    ),
    pytest.param(
        "وقصفت الطائرات رتلاً كان يعد لمهاجمة مواقع الجيش قرب قضاء الطارمية.",
        "airstrike",
        id="s16-a-strike-on-a-column-preparing-an-attack-stays",
    ),
    pytest.param(
        "وشنت الطائرات الروسية اليوم غارات على بلدة كفرنبل التي تتعرض لقصف مدفعي بشكل يومي.",
        "airstrike",
        id="s17-a-strike-today-on-a-town-shelled-daily-stays",
    ),
    pytest.param(
        "وسيطرت قوات النظام على معظم مناطق ريف حماة الشمالي بعد معارك مع الفصائل.",
        "capture",
        id="s17-most-areas-of-a-countryside-taken-stays",
    ),
    pytest.param(
        "وسيطرت قوات النظام على بلدة الهبيط وعلى جميع القرى المحيطة بها.",
        "capture",
        id="s17-a-town-and-all-villages-around-it-taken-stays",
    ),
    pytest.param(
        "وقصفت قوات النظام اليوم بلدة كفرنبل، ما دفع عشرات العائلات إلى النزوح هرباً من القصف.",
        "shelling",
        id="s17-a-shelling-that-made-families-flee-stays",
    ),
    pytest.param(
        "وقتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل أثناء فرارهم من المعارك.",
        "shelling",
        id="s17-the-shelling-that-killed-those-fleeing-stays",
    ),
    pytest.param(
        "ونزحت عشرات العائلات من بلدة كفرنبل هرباً من القصف المدفعي الذي استهدف البلدة أمس.",
        "shelling",
        id="s17-a-dated-shelling-families-fled-stays",
    ),
    pytest.param(
        "وأطلقت الفصائل صواريخ غراد على مواقع قوات النظام في بلدة الهبيط.",
        "shelling",
        id="s17-rockets-fired-by-a-side-stay-shelling",
    ),
    pytest.param(
        "وقصفت قوات النظام مواقع المضادات الجوية للفصائل في ريف حماة.",
        "shelling",
        id="s17-shelling-air-defence-sites-stays",
    ),
    pytest.param(
        "وكذب ناشطون رواية النظام، مؤكدين أن الطيران الروسي قصف سوق بلدة كفرنبل أمس.",
        "airstrike",
        id="s17-a-strike-told-by-those-who-belie-a-story-stays",
    ),
    # captures the checkpoint and office guards keep (session 17, hG6)
    pytest.param(
        "بسطت القوات العراقية سيطرة أمنية كاملة على قضاء الحمدانية اليوم.",
        "capture",
        id="s17-security-control-over-a-district-is-no-checkpoint",
    ),
    pytest.param(
        "اقتحم مسلحو تنظيم داعش مقر الفرقة 17 شمال الرقة وسيطروا عليه بعد معارك عنيفة.",
        "capture",
        id="s17-a-division-base-stormed-stays-a-capture",
    ),
]


@pytest.mark.parametrize(("text", "action"), KEPT_FIGHTS)
def test_guards_keep_real_fights(extractor: Extractor, text: str, action: str) -> None:
    assert len(only(run(extractor, text), action)) == 1


# ------------------------------------------------------------------ several events, merging, context


def test_one_event_per_coordinated_town(extractor: Extractor) -> None:
    events = run(extractor, "شنت طائرات التحالف الدولي غارات على مدن منبج وجرابلس والباب.")
    towns = sorted(e.location_ar for e in only(events, "airstrike"))
    assert towns == sorted(["منبج", "جرابلس", "الباب"])
    assert {e.actor1 for e in events} == {"coalition"}


def test_figures_named_per_town_and_shared_figures_stay_with_the_first(
    extractor: Extractor,
) -> None:
    text = "قصفت الطائرات الروسية مدينتي سراقب وكفرنبل، ما أسفر عن مقتل 5 مدنيين في سراقب و3 في كفرنبل."
    figures = {e.location_ar: e.fatalities for e in only(run(extractor, text), "airstrike")}
    assert figures == {"سراقب": 5, "كفر نبل": 3}
    shared = "قصفت الطائرات الروسية مدينتي سراقب وكفرنبل، ما أسفر عن مقتل 5 مدنيين."
    figures = {e.location_ar: e.fatalities for e in only(run(extractor, shared), "airstrike")}
    assert figures == {"سراقب": 5, "كفر نبل": None}


def test_unnamed_facilities_in_a_list_of_targets_do_not_break_it(extractor: Extractor) -> None:
    text = (
        "استهدفت غارات للتحالف الدولي مقرات للتنظيم في مدينة الميادين ومستودع الذخيرة "
        "الرئيسي ومحطة المياه ومدينة البوكمال، والتي قتلت 9 من عناصر التنظيم بحسب مصادر محلية."
    )
    figures = {e.location_ar: e.fatalities for e in only(run(extractor, text), "airstrike")}
    assert figures == {"الميادين": 9, "أبو كمال": None}


def test_shelling_across_the_border_is_placed_in_the_neighbouring_country(
    extractor: Extractor,
) -> None:
    text = "سقطت قذائف أطلقت من الأراضي السورية على مدينة كلس التركية أمس ما أدى إلى إصابة ثلاثة مدنيين."
    [event] = only(run(extractor, text), "shelling")
    assert (event.location_ar, event.country, event.injured) == ("كلس", "Turkey", 3)


def test_breaking_news_wording_is_the_day_of_publication(extractor: Extractor) -> None:
    text = "قتل طفلان قبل قليل جراء قصف مدفعي لقوات النظام على بلدة كفرنبل."
    [event] = only(run(extractor, text), "shelling")
    assert event.event_date == PUB.isoformat()


def test_a_second_bare_action_after_a_strike_noun_is_its_own_event(extractor: Extractor) -> None:
    events = run(extractor, "قتلى بغارات روسية وقصف للنظام على مدينة إدلب.")
    roles = sorted((e.action, e.actor1, e.actor2) for e in events)
    assert roles == [("airstrike", "russia", ""), ("shelling", "syrian_regime", "")]


def test_village_missing_from_the_gazetteer_is_near_the_place_in_focus(
    extractor: Extractor,
) -> None:
    text = "قصفت الطائرات الروسية مدينة سراقب. كما قصفت قوات النظام بالمدفعية قرية زعبوبة."
    (shelling,) = only(run(extractor, text), "shelling")
    assert (shelling.location_ar, shelling.geo_precision) == ("سراقب", 2)


def test_locator_place_does_not_split(extractor: Extractor) -> None:
    events = run(extractor, "قصفت الطائرات الروسية بلدة خان شيخون جنوب مدينة إدلب.")
    assert [e.location_ar for e in only(events, "airstrike")] == ["خان شيخون"]


def test_headline_and_body_merge(extractor: Extractor) -> None:
    text = "غارات روسية على مدينة الرقة\n\nشنت الطائرات الروسية أمس غارات على مدينة الرقة أدت إلى مقتل 4 مدنيين."
    events = only(run(extractor, text), "airstrike")
    assert len(events) == 1
    e = events[0]
    assert (e.actor1, e.event_date, e.fatalities, e.location_ar) == (
        "russia",
        YESTERDAY,
        4,
        "الرقة",
    )
    assert len(e.provenance["mentions"]) == 2


def test_follow_up_sentence_adds_casualties(extractor: Extractor) -> None:
    text = "قصف طيران النظام مدينة دوما أمس. وقد أسفر القصف عن مقتل ثمانية مدنيين."
    events = only(run(extractor, text), "airstrike")
    assert len(events) == 1
    assert (events[0].fatalities, events[0].actor1, events[0].event_date) == (
        8,
        "syrian_regime",
        YESTERDAY,
    )


def test_casualties_told_for_another_town_do_not_join_the_event_before(
    extractor: Extractor,
) -> None:
    text = "قصف طيران النظام مدينة دوما أمس. وقتل ثلاثة مدنيين في مدينة حماة."
    (strike,) = only(run(extractor, text), "airstrike")
    assert strike.fatalities is None


def test_different_actions_same_place_are_two_events(extractor: Extractor) -> None:
    text = "قصفت قوات النظام مدينة داريا بالمدفعية، فيما دارت اشتباكات بين الثوار وقوات النظام على أطراف المدينة."
    actions = sorted(e.action for e in run(extractor, text))
    assert actions == ["clash", "shelling"]


def test_coreference_and_place_in_focus(extractor: Extractor) -> None:
    text = "وفي دير الزور، هاجم تنظيم داعش مواقع الجيش السوري. وقال مصدر ميداني إن التنظيم فجر سيارة مفخخة عند حاجز للجيش."
    bombing = only(run(extractor, text), "bombing")
    assert len(bombing) == 1
    b = bombing[0]
    assert (b.actor1, b.location_ar, b.source) == ("isis", "دير الزور", "local_source")


def test_place_in_focus_keeps_its_countryside_precision(extractor: Extractor) -> None:
    text = "وفي ريف حماة الشمالي، قصفت قوات النظام قرى المنطقة بالمدفعية. ودارت اشتباكات بين الفصائل وقوات النظام."
    (clash,) = only(run(extractor, text), "clash")
    assert (
        clash.location_ar,
        clash.geo_precision,
        clash.provenance["mentions"][0]["place_rule"],
    ) == ("حماة", 2, "focus")


def test_relative_date_needs_a_publication_date(extractor: Extractor) -> None:
    text = "قتل خمسة مدنيين في غارة جوية على مدينة سراقب أمس."
    (event,) = only(run(extractor, text, pub=None), "airstrike")
    assert (event.event_date, event.date_precision) == ("", "unknown")
    assert event.provenance["date_unresolved"] is True
    assert event.publication_date == ""


def test_date_belongs_to_the_verb_it_follows(extractor: Extractor) -> None:
    text = "انسحب مقاتلو التنظيم من مدينة منبج بعد أن كانوا قد دخلوها أمس."
    by_action = {e.action: e.event_date for e in run(extractor, text)}
    assert by_action == {"withdrawal": "", "capture": YESTERDAY}


PROTEST_SIDES = [
    pytest.param(
        "خرج المئات من أهالي مدينة منبج اليوم في مظاهرة تطالب قوات سوريا الديمقراطية بالإفراج عن المعتقلين.",
        "",
        id="side-named-in-the-demands-does-not-face-the-protest",
    ),
    pytest.param(
        "تظاهر العشرات في مدينة الرقة أمس تنديدا بممارسات النظام السوري.",
        "",
        id="side-denounced-does-not-face-the-protest",
    ),
    pytest.param(
        "فرقت قوات الأمن السورية مظاهرة في مدينة داريا بالرصاص الحي أمس.",
        "syrian_regime",
        id="subject-dispersing-the-protest-faces-it",
    ),
    pytest.param(
        "وأطلق عناصر من قسد النار لتفريق المتظاهرين في بلدة الصور، ما أدى إلى إصابة شاب.",
        "sdf",
        id="side-shooting-at-protesters-faces-them",
    ),
    pytest.param(
        "تظاهر آلاف الأكراد في مدينة عامودا أمس مطالبين بالحرية.",
        "",
        id="s14-the-kurds-who-protest-are-the-crowd",
    ),
    pytest.param(
        "خرج المئات من الكرد في مظاهرة في مدينة القامشلي ضد العملية التركية.",
        "",
        id="s14-the-kurds-from-whom-a-crowd-goes-out",
    ),
    pytest.param(
        "أصيب عشرات المتظاهرين بحالات اختناق جراء إطلاق القوات الأمنية الغاز المسيل للدموع في "
        "ساحة التحرير ببغداد.",
        "iraqi_security_forces",
        id="s15-the-side-whose-firing-is-told-as-a-noun-faces-them",
    ),
    pytest.param(
        "خرجت تظاهرة في البصرة للمطالبة بإقالة الحكومة بعد إطلاق سراح ناشطين.",
        "",
        id="s15-a-release-told-as-a-noun-is-no-force",
    ),
]


@pytest.mark.parametrize(("text", "actor2"), PROTEST_SIDES)
def test_protest_actor2_only_when_a_side_faces_the_protesters(
    extractor: Extractor, text: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), "protest")
    assert (event.actor1, event.actor2) == ("protesters", actor2)


FIGURE_ROLES = [
    pytest.param(
        "أفاد ناشطون بأن 3 مقاتلين من فصائل المعارضة قتلوا وأصيب 5 آخرون بقصف مدفعي على بلدة اللطامنة.",
        (3, 5),
        id="counted-noun-of-a-side-then-its-verb",
    ),
    pytest.param(
        "قالت مصادر طبية إن 6 أشخاص على الأقل قتلوا وأصيب 15 آخرون في قصف صاروخي على حي الحمدانية.",
        (6, 15),
        id="at-least-between-the-count-and-its-verb",
    ),
    pytest.param(
        "استشهد مواطنان وأصيب 4 آخرون بجروح جراء سقوط قذائف هاون على حي المزة.",
        (2, 4),
        id="dual-killed-then-wounded-of-the-next-clause",
    ),
    pytest.param(
        "قتل شاب وأصيب 3 آخرون بجروح بقصف مدفعي على بلدة الهبيط.",
        (1, 3),
        id="singular-killed-then-wounded",
    ),
    pytest.param(
        "قصفت قوات النظام بالمدفعية بلدة التمانعة، ما أدى إلى مقتل امرأة وابنها.",
        (2, None),
        id="a-woman-and-her-son-are-two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_ROLES)
def test_figure_roles_stay_in_their_clause(
    extractor: Extractor, text: str, expected: tuple[int | None, int | None]
) -> None:
    (event,) = only(run(extractor, text), "shelling")
    assert (event.fatalities, event.injured) == expected


def test_bare_air_strike_takes_the_striker_in_focus(extractor: Extractor) -> None:
    text = (
        "غارات روسية على ريف إدلب\n"
        "قتل أربعة مدنيين بغارات لطائرات روسية على مدينة سراقب صباح اليوم.\n"
        "كما استهدفت الطائرات الحربية ذاتها بلدة بنش.\n"
        "وفي ريف حماة، شنت الطائرات الحربية غارات على بلدة اللطامنة."
    )
    by_place = {e.location_ar: e.actor1 for e in only(run(extractor, text), "airstrike")}
    assert by_place == {"سراقب": "russia", "بنش": "russia", "اللطامنة": "russia"}


def test_striker_in_focus_is_no_one_without_a_named_strike(extractor: Extractor) -> None:
    (event,) = only(run(extractor, "استهدفت الطائرات الحربية بلدة بنش أمس."), "airstrike")
    assert event.actor1 == "unknown"  # no striker named anywhere: an unidentified one


def test_unclaimed_shelling_is_by_an_unknown_side(extractor: Extractor) -> None:
    (event,) = run(extractor, "سقطت قذائف هاون على حي العزيزية في حلب مساء أمس.")
    assert (event.action, event.actor1) == ("shelling", "unknown")


def test_place_in_a_protest_topic_is_not_where_it_happened(extractor: Extractor) -> None:
    text = "خرج المئات من أهالي مدينة منبج اليوم في مظاهرة تنديداً بالقصف الروسي على إدلب."
    (event,) = only(run(extractor, text), "protest")
    assert event.location_ar == "منبج"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "خرج آلاف الأهالي في مدينة القامشلي في مظاهرة منددة بالهجوم التركي على عفرين.",
            "القامشلي",
            id="a-protest-condemning-an-attack-on-another-town",
        ),
        pytest.param(
            "امتدت التظاهرات المنددة بالهجوم إلى قضاء الشطرة في ذي قار.",
            "الشطرة",
            id="a-topic-does-not-run-over-to",
        ),
    ],
)
def test_protest_place_after_its_topic(extractor: Extractor, text: str, place: str) -> None:
    (event,) = only(run(extractor, text), "protest")
    assert event.location_ar == place


SIDES = [
    pytest.param(
        "قتل الجيش الحر ثلاثة من الشبيحة في حي بابا عمرو بمدينة حمص.",
        "clash",
        ("syrian_opposition", "ndf"),
        id="s15-killing-a-count-of-the-other-sides-men-is-a-clash",
    ),
    pytest.param(
        "نصب مقاتلو داعش كميناً لرتل من الحشد الشعبي قرب قضاء بيجي أمس.",
        "clash",
        ("isis", "pmf"),
        id="s15-the-side-of-the-convoy-ambushed-is-the-target",
    ),
    pytest.param(
        "تعرضت دورية للشرطة لكمين من عناصر داعش قرب قضاء الطارمية.",
        "clash",
        ("isis", "iraqi_security_forces"),
        id="s15-an-ambush-by-a-side-is-that-sides",
    ),
    pytest.param(
        "قنص الجيش الحر ثلاثة من الشبيحة في حي بابا عمرو.",
        "clash",
        ("syrian_opposition", "ndf"),
        id="s15-sniping-a-count-of-the-other-sides-men-is-a-clash",
    ),
    pytest.param(
        "وقنصت فصائل المعارضة اثنين من عناصر قوات النظام على جبهة الراشدين غرب حلب أمس.",
        "clash",
        ("syrian_opposition", "syrian_regime"),
        id="s15-sniping-two-of-the-regimes-men-is-a-clash",
    ),
    pytest.param(
        "قنص الجيش الحر ثلاثة من المدنيين في حي بابا عمرو.",
        "attack",
        ("syrian_opposition", "civilians"),
        id="s15-sniping-a-count-of-civilians-stays-an-attack",
    ),
    pytest.param(
        "نفذت قوات التحالف الدولي بمشاركة «قسد»، فجر اليوم، عملية إنزال جوي في بلدة ذيبان بريف"
        " دير الزور الشرقي، استهدفت منزلاً يتحصن فيه قيادي في تنظيم الدولة.",
        "clash",
        ("coalition", "isis"),
        id="s15-a-side-taking-part-in-a-raid-is-no-opponent",
    ),
    pytest.param(
        "أفاد مصدر أمني بأن نزاعاً مسلحاً اندلع مساء أمس بين عشيرتي البطوط والحلاف في منطقة"
        " الهوير شمالي البصرة، أسفر عن مقتل شخصين وإصابة خمسة آخرين.",
        "clash",
        ("tribal_forces", "tribal_forces"),
        id="s15-an-armed-dispute-between-two-clans-is-a-clash",
    ),
    pytest.param(
        "أصيب طفل برصاص قناص تابع لتنظيم داعش في حي الصناعة.",
        "attack",
        ("isis", "civilians"),
        id="the-sniper-belonging-to-a-side-is-that-side",
    ),
    pytest.param(
        "استهدف الطيران الحربي مخيماً للنازحين قرب بلدة أطمة.",
        "airstrike",
        ("unknown", "civilians"),
        id="s15-civilians-after-an-aircraft-word-are-no-owner-of-it",
    ),
    pytest.param(
        "استهدفت غارات للتحالف منازل يتحصن فيها عناصر من داعش في الموصل.",
        "airstrike",
        ("coalition", "isis"),
        id="s15-a-house-a-side-holds-is-that-side",
    ),
    pytest.param(
        "قصفت طائرات النظام منازل المدنيين في بلدة كفرنبل.",
        "airstrike",
        ("syrian_regime", "civilians"),
        id="s15-civilians-houses-stay-civilians",
    ),
    pytest.param(
        "فجر مسلحون مجهولون منزل ضابط في الجيش العراقي في قضاء الطارمية.",
        "bombing",
        ("unknown", "iraqi_army"),
        id="s15-an-officer-s-house-is-his-side",
    ),
    pytest.param(
        "استهدفت غارة أردنية منزلاً في بلدة ملح بريف السويداء.",
        "airstrike",
        ("jordan", "civilians"),
        id="s16-a-house-struck-told-indefinite-is-civilians",
    ),
    pytest.param(
        "قصفت قوات النظام بالمدفعية منزلين في بلدة اللطامنة.",
        "shelling",
        ("syrian_regime", "civilians"),
        id="s16-two-houses-shelled-are-civilians",
    ),
    pytest.param(
        "استهدف الطيران الحربي الروسي مبنى سكنياً في مدينة أريحا.",
        "airstrike",
        ("russia", "civilians"),
        id="s16-a-residential-building-struck-is-civilians",
    ),
    pytest.param(
        "داهمت قوة أمنية منزلا في حي الوعر واعتقلت مطلوباً.",
        "arrest",
        ("syrian_regime", ""),
        id="s16-a-house-raided-names-no-one-arrested",
    ),
    pytest.param(
        "وقال سكان في حي القابون إن مروحيات عسكرية أطلقت النار من رشاشات ثقيلة على الحي.",
        "airstrike",
        ("syrian_regime", ""),
        id="s16-residents-who-report-are-no-victims",
    ),
    pytest.param(
        "وذكر أهالي البلدة أن الطائرات الروسية شنت غارات على بلدة كفرنبل.",
        "airstrike",
        ("russia", ""),
        id="s16-townspeople-who-tell-are-no-victims",
    ),
    pytest.param(
        "شنت الطائرات الروسية غارات على بلدة كفرنبل، بحسب ما أفاد سكان.",
        "airstrike",
        ("russia", ""),
        id="s16-residents-as-the-source-are-no-victims",
    ),
    pytest.param(
        "وقال عدد من السكان إن طائرة حربية روسية قصفت مدرسة في بلدة كفرنبل.",
        "airstrike",
        ("russia", "civilians"),
        id="s16-a-school-struck-told-by-residents-stays-civilians",
    ),
    pytest.param(
        "ذكر المرصد السوري مقتل سكان من البلدة بقصف جوي روسي على كفرنبل.",
        "airstrike",
        ("russia", "civilians"),
        id="s16-residents-killed-after-a-speech-verb-stay-civilians",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرنبل ما أدى إلى نزوح آلاف العائلات.",
        "shelling",
        ("syrian_regime", ""),
        id="s16-families-who-flee-are-no-victims",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرنبل ما أدى إلى مقتل ثلاثة مدنيين ونزوح آلاف العائلات.",
        "shelling",
        ("syrian_regime", "civilians"),
        id="s16-civilians-killed-and-families-fleeing-stay-civilians",
    ),
    pytest.param(
        "قصفت طائرات النظام مخيماً للنازحين قرب بلدة أطمة وسط حالة من الذعر.",
        "airstrike",
        ("syrian_regime", "civilians"),
        id="s16-a-camp-for-the-displaced-stays-civilians",
    ),
    pytest.param(
        "وفي بغداد قالت مصادر أمنية وطبية إن 11 شخصا على الأقل قتلوا وأصيب 27 آخرون في انفجار سيارة ملغومة في حي الكرادة.",
        "bombing",
        ("unknown", "civilians"),
        id="s16-persons-killed-by-a-car-bomb-are-civilians",
    ),
    pytest.param(
        "فجر انتحاري حزامه الناسف في شارع تجاري بمدينة بعقوبة ما أسفر عن مقتل عشرة أشخاص.",
        "bombing",
        ("unknown", "civilians"),
        id="s16-persons-killed-by-a-suicide-bomber-are-civilians",
    ),
    pytest.param(
        "فجر مسلحون مجهولون عبوة ناسفة في شارع تجاري بمدينة الرمادي ما أدى إلى مقتل ثلاثة أشخاص.",
        "bombing",
        ("unknown", ""),
        id="s16-persons-killed-by-a-roadside-bomb-stay-open",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة بدورية في مدينة الرمادي ما أدى إلى مقتل ثلاثة أشخاص.",
        "bombing",
        ("unknown", ""),
        id="s16-persons-killed-by-a-bomb-on-a-patrol-stay-open",
    ),
    pytest.param(
        "قتل ثلاثة أشخاص يعتقد أنهم مسلحون بانفجار عبوة كانوا يزرعونها في بلدة طفس.",
        "bombing",
        ("unknown", ""),
        id="s16-persons-told-as-gunmen-are-no-civilians",
    ),
    pytest.param(
        "سقطت قذائف هاون على حي باب توما في دمشق ما أدى إلى مقتل شخص وإصابة أربعة أشخاص.",
        "shelling",
        ("unknown", ""),
        id="s16-persons-hurt-by-mortars-stay-open",
    ),
    pytest.param(
        "قتل جنديان روسيان في اشتباكات مع تنظيم داعش قرب مدينة تدمر.",
        "clash",
        ("russia", "isis"),
        id="soldiers-of-a-nationality-are-their-states-side",
    ),
    # a former member shot by gunmen: an attack, his side named; one serving man a clash; a
    # sniping verb or a small-arms targeting of the other side's men or posts a clash (session 14, hM)
    pytest.param(
        "أطلق مسلحون مجهولون النار على عنصر سابق في فصائل المعارضة في بلدة طفس، ما أدى لمقتله.",
        "attack",
        ("unknown", "syrian_opposition"),
        id="gunmen-shooting-a-former-member-is-an-attack",
    ),
    pytest.param(
        "أطلق مجهولون النار على عضو سابق في لجنة المصالحة في بلدة اليادودة، ما أدى إلى مقتله.",
        "attack",
        ("unknown", "civilians"),
        id="gunmen-shooting-a-former-reconciliation-member-is-an-attack",
    ),
    pytest.param(
        "قُتل مسؤول أمني سابق في الحكومة برصاص مسلحين مجهولين في مدينة الرمادي.",
        "attack",
        ("unknown", "civilians"),
        id="a-former-security-official-shot-dead-is-an-attack",
    ),
    pytest.param(
        "أطلق مسلحون مجهولون النار على عنصر في الأمن العسكري في بلدة المزيريب، ما أدى لمقتله.",
        "clash",
        ("unknown", "syrian_regime"),
        id="gunmen-shooting-one-serving-man-is-a-clash",
    ),
    pytest.param(
        "قنصت الفصائل عنصراً من قوات النظام على جبهة كبانة في ريف اللاذقية.",
        "clash",
        ("syrian_opposition", "syrian_regime"),
        id="a-sniping-verb-with-a-fighter-object-is-a-clash",
    ),
    pytest.param(
        "قتل عنصر في الشرطة الاتحادية قنصاً في الموصل.",
        "clash",
        ("unknown", "iraqi_federal_police"),
        id="a-policeman-killed-by-sniping-is-a-clash",
    ),
    pytest.param(
        "استهدفت الفصائل بالرشاشات الثقيلة نقاطاً لقوات النظام في ريف إدلب.",
        "clash",
        ("syrian_opposition", "syrian_regime"),
        id="machine-guns-on-an-armed-sides-posts-are-a-clash",
    ),
    pytest.param(
        "واستهدفت قسد بالأسلحة المتوسطة مواقع الفصائل الموالية لتركيا في قرية الدبس بريف منبج.",
        "clash",
        ("sdf", "sna"),
        id="medium-arms-on-positions-are-a-clash",
    ),
    pytest.param(
        "استهدفت قوات النظام بالرشاشات الثقيلة منازل المدنيين في بلدة اللطامنة.",
        "attack",
        ("syrian_regime", "civilians"),
        id="machine-guns-on-civilians-homes-are-an-attack",
    ),
    pytest.param(
        "مروحيات النظام استهدفت بالرشاشات الثقيلة أطراف بلدة كفرزيتا.",
        "airstrike",
        ("syrian_regime", ""),
        id="helicopters-before-a-machine-gun-targeting-are-an-air-strike",
    ),
    pytest.param(
        "قضى مقاتل من الجيش الوطني برصاص قناص من قسد على جبهة عين عيسى.",
        "clash",
        ("sdf", "sna"),
        id="a-fighter-who-died-by-a-sides-sniper-is-a-clash",
    ),
    pytest.param(
        "نفذت وحدات من الجيش عمليات مكثفة على أوكار الإرهابيين في ريف حماة الشمالي أسفرت عن "
        "مقتل العديد منهم.",
        "clash",
        ("syrian_regime", "syrian_opposition"),
        id="state-media-operations-on-hideouts-that-killed-many-of-them-are-a-clash",
    ),
    pytest.param(
        "واصلت وحدات من جيشنا الباسل عملياتها النوعية على تجمعات الإرهابيين في ريف حمص أسفرت "
        "عن مقتل أعداد منهم.",
        "clash",
        ("syrian_regime", "syrian_opposition"),
        id="its-operations-on-gatherings-that-killed-numbers-of-them-are-a-clash",
    ),
    pytest.param(
        "استهدفت قوات الأمن بالرصاص الحي المتظاهرين في ساحة التحرير ببغداد، ما أدى إلى مقتل "
        "ثلاثة منهم.",
        "protest",
        ("protesters", "iraqi_security_forces"),
        id="small-arms-targeting-of-protesters-is-a-protest",
    ),
    pytest.param(
        "وتعرضت بلدة الحاضر لقصف مدفعي من قوات النظام على الأحياء السكنية فيها.",
        "shelling",
        ("syrian_regime", "civilians"),
        id="from-after-a-strike-noun-names-who-fired",
    ),
    pytest.param(
        "واعتقل عناصر الحسبة ثلاثة شبان في مدينة الرقة.",
        "abduction",
        ("isis", "civilians"),
        id="isis-religious-police-arrests-are-abductions",
    ),
    pytest.param(
        "اعتقلت قوات الأسايش خمسة شبان في حي الهلالية بمدينة القامشلي بتهمة التعامل مع تنظيم داعش.",
        "arrest",
        ("asayish", "civilians"),  # young men (شبان) detained are civilians (session 2)
        id="a-de-facto-authoritys-detentions-are-arrests",
    ),
    pytest.param(
        "اعتقلت قوات الأسايش التابعة للإدارة الذاتية ثلاثة مدرسين في مدينة القامشلي بسبب رفضهم المنهاج.",
        "arrest",
        ("asayish", "civilians"),  # teachers, doctors, journalists detained are civilians
        id="people-of-a-civilian-trade-detained-are-civilians",
    ),
    pytest.param(
        "داهمت دورية للأمن العسكري مشفى في مدينة درعا واعتقلت طبيبين وثلاثة ممرضين.",
        "arrest",
        ("syrian_regime", "civilians"),
        id="medical-staff-detained-are-civilians",
    ),
    pytest.param(
        "اعتقلت دورية للأسايش في مدينة القامشلي شابين بتهمة السرقة، بحسب مصادر محلية.",
        "arrest",
        ("asayish", "civilians"),  # the patrol is not the one detained
        id="a-patrol-right-after-a-verb-of-arrest-is-its-subject",
    ),
    pytest.param(
        "اعتقلت هيئة تحرير الشام صحفيين اثنين في مدينة إدلب واقتادتهما إلى جهة مجهولة.",
        "abduction",
        ("hts", "civilians"),
        id="journalists-detained-are-civilians",
    ),
    pytest.param(
        "اختطفت عناصر من هيئة تحرير الشام طبيباً من عيادته في مدينة أريحا واقتادته إلى جهة مجهولة.",
        "abduction",
        ("hts", "civilians"),
        id="members-right-after-the-verb-are-its-subject-and-a-destination-is-no-side",
    ),
    pytest.param(
        "شنت طائرات حربية روسية غارات على محيط مشفى الرحمة في بلدة كفرنبل.",
        "airstrike",
        ("russia", "civilians"),
        id="a-hospital-struck-makes-the-victims-civilians",
    ),
    pytest.param(
        "حرر الجيش التركي والجيش السوري الحر بلدة بلبل من تنظيم ب ي د. وقصفت المدفعية التركية مواقع الإرهابيين في قرية شيخ الحديد.",
        "shelling",
        ("turkey", "pyd"),
        id="terrorists-in-a-turkish-report-are-not-turkeys-partner",
    ),
    pytest.param(
        "دخلت قوات النظام أمس بلدة مورك بعد اشتباكات مع عناصر «جيش العزة» و«فيلق الشام» دامت يومين.",
        "clash",
        ("syrian_regime", "jaysh_al_izza"),
        id="opponents-joined-by-and-after-with-are-opponents",
    ),
    pytest.param(
        "سيطرت وحدات من الجيش السوري اليوم على بلدة كفرنبودة بعد معارك مع تنظيم داعش.",
        "capture",
        ("syrian_regime", "isis"),
        id="members-of-a-side-who-act-are-that-side",
    ),
    pytest.param(
        "استعادت «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» السيطرة على بلدة الهبيط أمس بعد هجوم على مواقع قوات النظام.",
        "clash",
        ("hts", "syrian_regime"),
        id="coordinated-names-lead-with-the-first",
    ),
    pytest.param(
        "دارت أمس اشتباكات بين قوات النظام والمسلحين الموالين لها من طرف، وفصائل المعارضة من طرف آخر، في محيط بلدة مورك.",
        "clash",
        ("syrian_regime", "syrian_opposition"),
        id="sides-told-from-one-side-and-from-the-other",
    ),
    pytest.param(
        "واقتحم مسلحو تنظيم داعش مبنى المحكمة في مدينة الموصل واختطفوا 20 شخصاً بينهم عناصر من الشرطة العراقية.",
        "abduction",
        ("isis", ""),
        id="members-of-a-side-taken-are-not-the-actor",
    ),
]


@pytest.mark.parametrize(("text", "action", "expected"), SIDES)
def test_sides_of_an_event(
    extractor: Extractor, text: str, action: str, expected: tuple[str, str]
) -> None:
    (event,) = only(run(extractor, text, pub=dt.date(2019, 5, 22)), action)
    assert (event.actor1, event.actor2) == expected


def test_victims_told_in_the_clause_before_the_strike_are_its_target(
    extractor: Extractor,
) -> None:
    """A second strike of the sentence whose dead are told before its cue, in their own clause
    (فيما استشهد 7 آخرون بينهم سيدتان في بلدة سقبا، بقصف من الطائرات الحربية): civilians."""
    text = (
        "ووثق المرصد استشهاد 13 مدنياً في مدينة حمورية جراء غارات طالت أحياء سكنية، فيما استشهد 7 "
        "آخرون بينهم سيدتان في بلدة سقبا، بقصف من الطائرات الحربية على البلدة."
    )
    strikes = only(run(extractor, text, pub=dt.date(2018, 2, 21)), "airstrike")
    assert [(e.location_ar, e.actor2, e.fatalities) for e in strikes] == [
        ("حمورية", "civilians", 13),
        ("سقبا", "civilians", 7),
    ]


def test_partner_named_with_actor1_is_no_opponent(extractor: Extractor) -> None:
    text = "استعادت «هيئة تحرير الشام» و«الجبهة الوطنية للتحرير» السيطرة على بلدة الهبيط أمس."
    (event,) = only(run(extractor, text, pub=dt.date(2019, 5, 22)), "capture")
    assert (event.actor1, event.actor2, event.assoc_actor1) == ("hts", "", "nlf")


def test_prisoners_are_not_counted_as_killed(extractor: Extractor) -> None:
    text = (
        "واندلعت اشتباكات في محيط بلدة مورك أسفرت عن مقتل 12 عنصرا من قوات النظام وأسر ثلاثة آخرين."
    )
    (event,) = only(run(extractor, text), "clash")
    assert event.fatalities == 12


ATTACKS_ON_CIVILIANS = [
    pytest.param(
        "هاجم مسلحون مجهولون مزرعة في قرية البوعيثة أمس، ما أدى إلى مقتل خمسة عمال.",
        "attack",
        id="attack-whose-victims-are-only-workers",
    ),
    pytest.param(
        "هاجم مسلحو داعش مواقع الجيش العراقي في قرية البوعيثة أمس، ما أدى إلى مقتل خمسة جنود.",
        "clash",
        id="attack-on-an-armed-side-is-a-clash",
    ),
    pytest.param(
        "قتل سبعة أشخاص بهجوم مسلحين على المعتصمين في ساحة الحبوبي بالناصرية أمس.",
        "attack",
        id="attack-on-sit-in-protesters-is-no-clash",
    ),
    pytest.param(
        "الحبوبي تحترق مجدداً: سبعة قتلى وعشرات الجرحى بهجوم القبعات الزرق على المعتصمين في الناصرية",
        "attack",
        id="headline-attack-on-protesters-is-no-clash",
    ),
    # armed men storming a channel's, a paper's or an organisation's offices (session 17, hG6)
    pytest.param(
        'اقتحم مسلحون مجهولون، مساء أمس، مقار قنوات "دجلة" و"العربية" في بغداد، وحطموا معداتها.',
        "attack",
        id="s17-gunmen-storm-channel-offices-is-an-attack",
    ),
    pytest.param(
        "هاجم مسلحون ملثمون مكتب صحيفة محلية في مدينة الموصل واعتدوا على العاملين فيه.",
        "attack",
        id="s17-gunmen-storm-a-newspaper-office-is-an-attack",
    ),
    pytest.param(
        "مسلحون مجهولون يقتحمون مقار فضائيات في بغداد",
        "attack",
        id="s17-headline-gunmen-storm-channels-is-an-attack",
    ),
]


@pytest.mark.parametrize(("text", "action"), ATTACKS_ON_CIVILIANS)
def test_attack_on_civilians_only(extractor: Extractor, text: str, action: str) -> None:
    assert [e.action for e in run(extractor, text)] == [action]


def test_suicide_attackers_who_attack_are_no_bombing_by_themselves(extractor: Extractor) -> None:
    text = "وهاجم انتحاريون مقرا للشرطة في مدينة كركوك فجر اليوم، واشتبكوا مع قوات الأمن."
    assert "bombing" not in {e.action for e in run(extractor, text)}


@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "هاجم انتحاريان من داعش حاجزا للجيش العراقي في سامراء.",
            "clash",
            "isis",
            "iraqi_army",
            id="suicide-attackers-from-isis-as-the-verb-s-subject",
        ),
        pytest.param(
            "هاجم مسلحان من داعش حاجزا للجيش العراقي في سامراء.",
            "clash",
            "isis",
            "iraqi_army",
            id="two-gunmen-from-isis-as-the-verb-s-subject",
        ),
        pytest.param(
            "اقتحم مسلحان من التنظيم مبنى القائمقامية في حديثة.",
            "capture",
            "isis",
            "",
            id="storming-gunmen-from-the-organisation",
        ),
        pytest.param(  # a count between the verb and the suicide noun (s16 hR5)
            "هاجم ثلاثة انتحاريين من تنظيم داعش مقرا للشرطة في الرمادي.",
            "clash",
            "isis",
            "iraqi_security_forces",
            id="s16-three-suicide-attackers-from-isis-as-the-verb-s-subject",
        ),
        pytest.param(
            "اقتحم 4 انتحاريين من داعش مبنى مجلس المحافظة في تكريت.",
            "capture",
            "isis",
            "",
            id="s16-four-storming-suicide-attackers-from-isis",
        ),
        pytest.param(  # negative: men of a side killed in a clash are its dead, still a side
            "قتل ثلاثة مسلحين من داعش في اشتباك مع الجيش العراقي في سامراء.",
            "clash",
            "isis",
            "iraqi_army",
            id="neg-killed-men-from-isis",
        ),
    ],
)
def test_men_of_a_side_right_after_an_attack_verb_are_its_subject(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    """Session 16 (hN5): «هاجم انتحاريان من داعش حاجزاً» — the suicide noun dropped as the verb's
    subject no longer claims the names after it, and the men «من X» after the verb act."""
    (event,) = only(run(extractor, text, pub=dt.date(2016, 3, 1)), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actions", "actor1", "actor2"),
    [
        pytest.param(
            "هاجم انتحاريان يرتديان أحزمة ناسفة مقرا للجيش في حديثة.",
            ["clash"],
            "unknown",
            "iraqi_army",
            id="s16-two-suicide-attackers-wearing-belts",
        ),
        pytest.param(
            "هاجم انتحاريان من داعش يرتديان أحزمة ناسفة مقرا للجيش في حديثة فجر اليوم.",
            ["clash"],
            "isis",
            "iraqi_army",
            id="s16-suicide-attackers-from-isis-wearing-belts-at-dawn",
        ),
        pytest.param(
            "هاجم انتحاري يرتدي حزاماً ناسفاً حاجزاً للجيش في مدينة الرمادي.",
            ["clash"],
            "unknown",
            "iraqi_army",
            id="s16-suicide-attacker-wearing-a-belt",
        ),
        pytest.param(
            "وهاجم مسلحون يرتدون سترات ناسفة مركزاً للشرطة في بلدة الكرمة، واشتبكوا مع عناصر الأمن.",
            ["clash"],
            "unknown",
            "iraqi_security_forces",
            id="s16-gunmen-wearing-explosive-vests",
        ),
        pytest.param(  # negative: the belts blown later in the sentence are a bombing
            "اقتحم مسلحون يرتدون أحزمة ناسفة مبنى مجلس المحافظة في تكريت، قبل أن يفجروا أنفسهم.",
            ["capture", "bombing"],
            "unknown",
            "",
            id="neg-s16-belts-blown-later",
        ),
        pytest.param(  # negative: a suicide bomber blowing himself up is the bombing
            "فجر انتحاري يرتدي حزاماً ناسفاً نفسه في سوق شعبي بمدينة بغداد.",
            ["bombing"],
            "unknown",
            "civilians",
            id="neg-s16-bomber-wearing-a-belt-blew-himself-up",
        ),
    ],
)
def test_belts_worn_by_the_attackers_are_no_bombing(
    extractor: Extractor, text: str, actions: list[str], actor1: str, actor2: str
) -> None:
    """Session 16 (hV5): «هاجم انتحاريان يرتديان أحزمة ناسفة مقراً» — the belts worn by the attack
    verb's subject are their gear: no bombing of its own, and no claim on the sides after them."""
    events = run(extractor, text, pub=dt.date(2016, 3, 1))
    assert [e.action for e in events] == actions
    assert (events[0].actor1, events[0].actor2) == (actor1, actor2)


def test_the_shell_fired_by_a_side_names_its_actor(extractor: Extractor) -> None:
    text = "قتل طفلان في بلدة سقبا جراء قصف صاروخي مصدره مواقع قوات النظام في حرستا."
    (event,) = only(run(extractor, text), "shelling")
    assert (event.actor1, event.actor2, event.fatalities) == ("syrian_regime", "civilians", 2)


def test_place_object_after_a_time_adverbial(extractor: Extractor) -> None:
    text = "أعلن مصدر أن القوات العراقية حررت، صباح اليوم، ناحية العلم شمال شرق تكريت."
    (event,) = only(run(extractor, text), "capture")
    assert (event.location_ar, event.event_date) == ("ناحية العلم", PUB.isoformat())


DATELINES = [
    pytest.param(
        "دمشق (الأناضول) – دخلت قوات النظام، اليوم، حي الشيخ مقصود في حلب.", id="place-outlet-dash"
    ),
    pytest.param(
        "ريف دمشق-سانا\nدخلت قوات النظام اليوم حي الشيخ مقصود في حلب.", id="place-dash-outlet"
    ),
    pytest.param(
        "السومرية نيوز/ دمشق\nدخلت قوات النظام اليوم حي الشيخ مقصود في حلب.",
        id="outlet-slash-place",
    ),
]


@pytest.mark.parametrize("text", DATELINES)
def test_dateline_place_is_not_where_it_happened(extractor: Extractor, text: str) -> None:
    (event,) = only(run(extractor, text), "capture")
    assert event.location == "Aleppo"


def test_attack_with_car_bombs_is_one_bombing(extractor: Extractor) -> None:
    text = (
        "شن مسلحو داعش صباح اليوم هجمات بثلاث سيارات مفخخة على القوات العراقية، "
        "تم تفجير اثنتين منها قبل وصولهما، فيما انفجرت الثالثة في حي كوكجلي بالموصل."
    )
    events = run(extractor, text, pub=dt.date(2016, 11, 1))
    assert [(e.action, e.actor1, e.event_date) for e in events] == [
        ("bombing", "isis", "2016-11-01")
    ]


def test_clash_between_the_two_sides_takes_the_sides_in_focus(extractor: Extractor) -> None:
    text = (
        "هاجم مسلحو داعش مواقع الجيش العراقي في قضاء حديثة فجر اليوم، "
        "ودارت اشتباكات عنيفة بين الطرفين في محيط سد حديثة."
    )
    clashes = only(run(extractor, text), "clash")
    assert {(e.actor1, e.actor2) for e in clashes} == {("isis", "iraqi_army")}


SUICIDE_ATTACKERS = [
    pytest.param(
        "تسلل عناصر من تنظيم داعش فجر اليوم إلى مدينة كركوك وهاجموا مقرات أمنية، "
        "فيما فجر انتحاري نفسه داخل مقر للشرطة في حي العروبة.",
        "isis",
        id="suicide-bomber-of-the-attack-in-focus",
    ),
    pytest.param(
        "فجر انتحاري نفسه داخل مقر للشرطة في حي العروبة بكركوك.",
        "unknown",
        id="suicide-bomber-with-no-group-in-focus-stays-unknown",
    ),
    pytest.param(
        "القوات العراقية تستعيد القائم من داعش\n"
        "أعلنت قيادة العمليات المشتركة استعادة السيطرة على قضاء القائم من تنظيم داعش.\n"
        "وقتل ثلاثة جنود في هجوم انتحاري بسيارة مفخخة استهدف تجمعاً للقوات عند مدخل بلدة الكرابلة.",
        "isis",
        id="suicide-attack-on-forces-is-by-the-enemy-of-the-offensive-in-focus",
    ),
    pytest.param(
        "القوات العراقية تقتحم الفلوجة\n"
        "اقتحمت القوات العراقية حي الجولان في الفلوجة بعد معارك مع تنظيم داعش.\n"
        "وفي بغداد، قتل سبعة مدنيين بتفجير انتحاري في سوق شعبي بمدينة الصدر.",
        "unknown",
        id="suicide-attack-in-another-paragraph-with-no-enemy-in-the-headline-stays-unknown",
    ),
    pytest.param(  # session 16, hN5: the bomber told as one of the dead just counted
        "ويأتي ذلك بعد مقتل عنصرين من التنظيم في مدينة جاسم، يوم أمس، فجّر أحدهما نفسه بحزام ناسف"
        " عند محاصرته داخل منزل في حي البلد، ما أدى إلى إصابة اثنين من المهاجمين.",
        "isis",
        id="one-of-the-dead-blew-himself-up",
    ),
    pytest.param(
        "قتل مسلحان من التنظيم في اشتباك مع قوات الأسايش في الحسكة، وقام أحدهما بتفجير نفسه"
        " بحزام ناسف.",
        "isis",
        id="one-of-them-went-on-to-blow-himself-up",
    ),
    pytest.param(
        "اقتحم ثلاثة انتحاريين من داعش مبنى مجلس المحافظة في الرمادي، وفجر أحدهم نفسه عند المدخل.",
        "isis",
        id="suicide-bombers-from-a-group-are-its-men-not-its-victims",
    ),
]


@pytest.mark.parametrize(("text", "actor1"), SUICIDE_ATTACKERS)
def test_suicide_attackers_belong_to_the_attackers_in_focus(
    extractor: Extractor, text: str, actor1: str
) -> None:
    (event,) = only(run(extractor, text, pub=dt.date(2016, 10, 21)), "bombing")
    assert event.actor1 == actor1


def test_figures_after_an_accompanying_clause_go_to_the_main_event(extractor: Extractor) -> None:
    text = (
        "ودارت أمس اشتباكات بين قوات النظام وفصائل المعارضة في محيط بلدة اللطامنة، "
        "ترافقت مع قصف مكثف، ما أدى لمقتل 15 عنصرا من الطرفين، "
        "ولم تتمكن قوات النظام من التقدم حتى الآن."
    )
    (clash,) = only(run(extractor, text), "clash")
    assert clash.fatalities == 15


DAY_BEFORE = "2016-05-08"

SHARED_DATES = [
    pytest.param(
        "سيطرت قوات النظام أمس على بلدة مورك بعد اشتباكات مع فصائل المعارضة.",
        {"capture": YESTERDAY, "clash": YESTERDAY},
        id="battles-after-which-a-place-fell-share-its-day",
    ),
    pytest.param(
        "سيطرت قوات النظام أمس على بلدة مورك بعد اشتباكات مع فصائل المعارضة دامت أسبوعين.",
        {"capture": YESTERDAY, "clash": ""},
        id="battles-that-lasted-weeks-have-no-day",
    ),
    pytest.param(
        "قصفت قوات النظام بالمدفعية بلدة كفرزيتا أمس، فيما شنت طائرات روسية غارات على مدينة اللطامنة.",
        {"shelling": YESTERDAY, "airstrike": YESTERDAY},
        id="fima-clause-takes-the-date-before",
    ),
    pytest.param(
        "اندلعت اشتباكات بين قوات النظام والفصائل في محيط بلدة مورك، كما ألقت مروحيات النظام براميل متفجرة على بلدة كفرزيتا أول من أمس.",
        {"clash": DAY_BEFORE, "airstrike": DAY_BEFORE},
        id="first-clause-takes-the-date-told-after",
    ),
    pytest.param(
        "انسحب مقاتلو التنظيم من مدينة منبج بعد أن كانوا قد دخلوها أمس، واندلعت اشتباكات في بلدة العريمة.",
        {"withdrawal": "", "capture": YESTERDAY, "clash": ""},
        id="pluperfect-background-lends-no-date",
    ),
    pytest.param(
        "قال مصدر إن القوات حررت أمس بلدة الكرمة، مبيناً أن التنظيم فجر جسر البلدة قبل انسحابه.",
        {"capture": YESTERDAY, "bombing": "", "withdrawal": ""},
        id="a-new-statement-after-a-speech-verb-takes-no-date",
    ),
    pytest.param(
        "ودارت اشتباكات عنيفة في حي الزهور بالموصل استمرت حتى ظهر اليوم، فيما ساند طيران التحالف تقدم القوات بغارات على مواقع التنظيم في حي الزهور بالموصل.",
        {"clash": PUB.isoformat(), "airstrike": PUB.isoformat()},
        id="fighting-that-lasted-until-today-is-today",
    ),
    pytest.param(
        "قصفت الطائرات الروسية مدينة تدمر. واندلعت اشتباكات أمس في بلدة القريتين.",
        {"airstrike": "", "clash": YESTERDAY},
        id="no-sharing-across-sentences",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_DATES)
def test_clauses_of_a_sentence_share_its_date(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    by_action = {e.action: e.event_date for e in run(extractor, text)}
    assert by_action == expected


def test_no_date_in_text_is_not_the_publication_date(extractor: Extractor) -> None:
    (event,) = only(run(extractor, "قصفت الطائرات الروسية مدينة تدمر."), "airstrike")
    assert (event.event_date, event.date_precision) == ("", "unknown")


def test_vague_amount_estimated_only_on_request() -> None:
    ex = Extractor(estimate_vague=True)
    (event,) = only(
        ex.extract(
            Document("t", "قتل العشرات في قصف جوي على مدينة إدلب.", publication_date=PUB)
        ).events,
        "airstrike",
    )
    assert event.fatalities_estimated is True
    assert event.fatalities is not None and event.fatalities > 0


def test_actor_name_outside_its_dates_becomes_its_successor() -> None:
    ex = Extractor()
    text = "هاجمت جبهة النصرة مواقع قوات النظام في مدينة حماة يوم الاثنين."
    (event,) = only(
        ex.extract(Document("n", text, publication_date=dt.date(2018, 4, 5))).events, "clash"
    )
    assert (event.actor1, event.actor2) == ("hts", "syrian_regime")
    (early,) = only(
        ex.extract(Document("n", text, publication_date=dt.date(2014, 4, 5))).events, "clash"
    )
    assert early.actor1 == "nusra"


def test_cue_word_inside_a_name_is_no_cue(extractor: Extractor) -> None:
    text = "استهدفت هيئة تحرير الشام بصواريخ غراد مواقع قوات النظام في مدينة حماة."
    actions = sorted(e.action for e in run(extractor, text, pub=dt.date(2018, 4, 5)))
    assert actions == ["shelling"]


def test_same_time_link_takes_the_date_of_the_event_before(extractor: Extractor) -> None:
    text = "قصفت قوات النظام بالمدفعية مدينة داريا أمس. وتزامن القصف مع غارات للطيران الروسي على مدينة دوما."
    (strike,) = only(run(extractor, text), "airstrike")
    assert (strike.actor1, strike.event_date) == ("russia", YESTERDAY)


def test_continuation_verb_keeps_the_reporter(extractor: Extractor) -> None:
    text = "قال المرصد السوري إن الطائرات الروسية قصفت مدينة تدمر. وأضاف أن اشتباكات دارت بين قوات النظام وتنظيم داعش في مدينة حماة."
    (clash,) = only(run(extractor, text), "clash")
    assert clash.source == "sohr"


def test_speaker_is_not_a_side_and_a_claim_names_the_perpetrator(extractor: Extractor) -> None:
    text = (
        "قالت الشرطة العراقية إن انتحاريا فجر نفسه وسط حشد في مدينة الموصل يوم الجمعة مما أسفر عن مقتل 23 شخصا. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم."
    )
    (bomb,) = only(run(extractor, text), "bombing")
    assert (bomb.actor1, bomb.fatalities, bomb.sub_event_type) == ("isis", 23, "Suicide bomb")
    assert only(run(extractor, text), "clash") == []


def test_speaker_speaking_of_its_own_forces_is_the_actor(extractor: Extractor) -> None:
    text = (
        "أعلن الجيش التركي، السبت، أن قواته والفصائل السورية الموالية لها سيطرت على مدينة عفرين، "
        "بعد انسحاب مقاتلي وحدات حماية الشعب منها."
    )
    (capture,) = only(run(extractor, text, pub=dt.date(2018, 3, 18)), "capture")
    assert (capture.actor1, capture.actor2, capture.assoc_actor1) == (
        "turkey",
        "ypg",
        "syrian_opposition",
    )
    (withdrawal,) = only(run(extractor, text, pub=dt.date(2018, 3, 18)), "withdrawal")
    assert withdrawal.actor1 == "ypg"


def test_interaction_codes(extractor: Extractor) -> None:
    (event,) = only(
        run(extractor, "دارت اشتباكات بين قوات النظام وتنظيم داعش في مدينة تدمر."), "clash"
    )
    assert (event.inter1, event.inter2, event.interaction) == (1, 2, 12)


# ------------------------------------------------------------------ output contract


def test_event_fields_are_the_schema_columns() -> None:
    check_event_fields()
    assert tuple(f.name for f in fields(Event)) == EVENT_COLUMNS


def test_event_ids_in_order_and_spans_are_evidence(extractor: Extractor) -> None:
    text = "قصفت الطائرات الروسية مدينة تدمر. ودارت اشتباكات بين الثوار وقوات النظام في مدينة حماة."
    result = extractor.extract(Document("doc7", text, publication_date=PUB))
    assert isinstance(result, DocumentResult)
    assert [e.event_id for e in result.events] == ["doc7-001", "doc7-002"]
    for e in result.events:
        assert text[e.char_start : e.char_end] == e.sentence
        assert 0.0 <= e.confidence <= 1.0
        assert e.publication_date == "2016-05-10"


def test_packaged_cue_files_validate() -> None:
    files = load_cue_files()
    assert set(files) == set(LEXICON_SCHEMAS)
    for lex in files.values():
        CueMatcher(lex)  # compiles; raises on a form shared by two entries


TRIE_PROBES = [
    "وقصفت الطائرات الحربية الروسية مدينة تدمر، فقتل ثلاثة مدنيين وجرح آخرون.",
    "استهدفت القوات التركية بقذائف المدفعية قرى ريف عفرين، وسيطرت الفصائل على التلة.",
    "أفاد مراسل عنب بلدي بمقتل قتيل وجريحين إثر انفجار عبوة ناسفة زرعها مجهولون.",
    "وقالت خلية الإعلام الأمني إن القوات الأمنية اشتبكت مع عناصر داعش  في  قضاء الحويجة.",
    "القوا القبض على المطلوبين والقوات انسحبت، وسيهاجمون المواقع ويستهدفونها غدا.",
]


def test_cue_trie_pattern_matches_like_the_flat_alternation() -> None:
    """The trie-factored form alternation finds what the longest-first alternation finds."""
    import re

    from conflictlib.extract import cues
    from conflictlib.normalize import normalize_key

    for lex in load_cue_files().values():
        matcher = CueMatcher(lex)
        if matcher._pattern is None:
            continue
        keys = sorted({k for k, _ in matcher._by_key}, key=len, reverse=True)
        flat = re.compile(
            rf"(?<!\w){cues.PREFIX}(?P<core>{'|'.join(cues._form_pattern(k) for k in keys)})"
            rf"(?P<suf>{cues.VERB_SUFFIX})(?!\w)"
        )
        texts = [normalize_key(t) for t in TRIE_PROBES + [" ".join(keys[:300])]]
        for text in texts + [t.replace(" ", "  \n", 3) for t in texts[:-1]]:
            for pos in range(len(text)):
                a, b = flat.search(text, pos), matcher._pattern.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_required_literals_give_up_without_the_regex_parser(monkeypatch) -> None:
    """Without re's parser internals (another Python) every regex simply runs."""
    import re

    from conflictlib.extract import literals

    monkeypatch.setattr(literals, "sre_parse", None)
    assert literals.required_literals(re.compile("(?:قصف|غاره)")) is None


@pytest.mark.parametrize(
    ("regex", "needed"),
    [
        (r"(?<!\w)[وف]?(?:احرق|احرقت|اضرم)\s+\S+", ("احرق", "اضرم")),
        (r"(?:(?<=دخل\s)|(?<=دخلت\s))(?:من|عبر)(?!\w)", ("من", "عبر")),
        (r"(?<!\w)(?:ال)?تسرب\s+(?:ال)?غاز(?!\w)", ("تسرب",)),
        (r"\d{2,3}(?=\s+(?:هجوما|هجمات))", ("هجمات", "هجوما")),
        (r"(?<!\w)[وف]?(?:ي|ت)\w+", None),  # one letter: in every text
        (r"(?i)قصف", None),  # flags: not read
        (r"\w+\s+\S+", None),
    ],
)
def test_required_literals(regex: str, needed: tuple[str, ...] | None) -> None:
    """A regex runs only on texts holding one of the strings every match needs."""
    import re

    from conflictlib.extract.literals import required_literals

    found = required_literals(re.compile(regex))
    assert (found and sorted(found)) == (needed and sorted(needed))


def test_cue_regexes_skipped_without_their_strings_find_the_same_hits() -> None:
    """A regex entry skipped for lack of its strings would have found nothing."""
    from conflictlib.normalize import normalize_key

    texts = [normalize_key(t) for t in TRIE_PROBES]
    texts.append(
        normalize_key("وتسرب الغاز من الأسطوانة واتفقت الأطراف على التهدئة بعد حده المعارك.")
    )
    for lex in load_cue_files().values():
        matcher = CueMatcher(lex)
        for text in texts:
            fast = matcher.find(text)
            matcher._literals = None  # every regex runs
            assert matcher.find(text) == fast
            matcher = CueMatcher(lex)


@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (r"(?<!\w)هل\s+قتل؟", "قال: هل قتل؟ لا", True),
        (r"(?<!\w)هل\s+قتل؟", "هل قت أحد", False),  # ؟ reads ?, a literal, not a quantifier
        (r"(?<!\w)لـ?قصف", "تحضيراً لقصف البلدة", True),
        (r"(?<!\w)لـ?قصف", "قصف البلدة", False),  # the tatweel was optional, not the ل
        (r"(?<!\w)المئات\s+من\s+المسلحين", "فر المئات من المسلحين", True),
    ],
)
def test_cue_regexes_are_folded_keeping_their_syntax(regex: str, text: str, found: bool) -> None:
    from pathlib import Path

    from conflictlib.lexicons.base import LexiconFile
    from conflictlib.normalize import normalize_key

    lex = LexiconFile(Path("probe.yaml"), "actions", "", [{"id": "probe.x", "regex": regex}])
    assert bool(CueMatcher(lex).find(normalize_key(text))) == found


def test_select_longest_keeps_the_longest_of_overlapping_hits() -> None:
    from conflictlib.extract.cues import CueHit, select_longest

    spans = [(0, 4), (2, 9), (9, 12), (10, 11), (3, 5), (12, 13), (5, 9), (20, 22), (21, 23)]
    hits = [CueHit(a, b, "k", f"e{a}", "") for a, b in spans]
    kept = [(h.start, h.end) for h in select_longest(hits)]
    assert kept == [(2, 9), (9, 12), (12, 13), (20, 22)]  # ties of length: the earlier


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "- {id: a, action: airstrike, strength: specific, forms: [غارة], colour: red}",
            "unknown field",
        ),
        ("- {id: a, action: bombardment, strength: specific, forms: [غارة]}", "not in"),
        ("- {id: a, strength: specific, forms: [غارة]}", "missing required field"),
    ],
)
def test_invalid_action_entries_are_rejected(tmp_path, body: str, problem: str) -> None:
    path = tmp_path / "actions.yaml"
    path.write_text(
        f"kind: actions\nversion: 1\nsource: test\nentries:\n  {body}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=problem):
        load_validated(path, LEXICON_SCHEMAS["actions"], kind="actions")


def test_a_form_in_two_entries_is_rejected(tmp_path) -> None:
    path = tmp_path / "actions.yaml"
    path.write_text(
        "kind: actions\nversion: 1\nsource: test\nentries:\n"
        "  - {id: a, action: airstrike, strength: specific, forms: [غارة]}\n"
        "  - {id: b, action: shelling, strength: specific, forms: [الغارة]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="already in"):
        CueMatcher(load_validated(path, LEXICON_SCHEMAS["actions"], kind="actions"))


def test_empty_document(extractor: Extractor) -> None:
    result = extractor.extract(Document("e", ""))
    assert (result.events, result.n_sentences) == ([], 0)


def test_explain_names_rules_and_suppressed_cues(extractor: Extractor) -> None:
    doc = Document(
        "x",
        "قصفت الطائرات الروسية مدينة تدمر. ولم تتمكن قوات النظام من السيطرة على المدينة.",
        publication_date=PUB,
    )
    text = extractor.explain(doc)
    assert "airstrike" in text
    assert "did not make an event" in text and "capture.take_control" in text


ARABIC = st.lists(
    st.sampled_from(list('ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ،.؛:"«»0123456789٣٤\n\u064e\u0640'))
    | st.sampled_from(
        [
            "قصف",
            "غارة",
            "الرقة",
            "حلب",
            "قتل ",
            "داعش",
            "طائرات ",
            "اشتباكات",
            "أمس",
            " و",
            "بين",
            "مدينة ",
            "لم ",
        ]
    ),
    max_size=120,
).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ARABIC)
def test_any_text_gives_valid_events(extractor: Extractor, text: str) -> None:
    result = extractor.extract(Document("h", text, publication_date=PUB))
    for e in result.events:
        assert 0 <= e.char_start <= e.char_end <= len(text)
        assert text[e.char_start : e.char_end] == e.sentence
        assert e.action in ACTIONS
        assert e.date_precision in ("day", "week", "month", "unknown")
        assert e.fatalities is None or e.fatalities >= 0


def test_dead_told_in_an_adjunct_event_belong_to_it(extractor: Extractor) -> None:
    text = (
        "استعادت قوات البشمركة بلدة ربيعة بعد معارك مع تنظيم داعش قتل خلالها سبعة من عناصر التنظيم."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "clash")] == [7]
    assert [e.fatalities for e in only(events, "capture")] == [None]


def test_also_takes_the_date_and_actor_of_the_same_action_before(extractor: Extractor) -> None:
    text = (
        "قصفت قوات النظام بلدة كفرنبودة يوم الأحد بعد انسحاب الفصائل منها. "
        "وقصفت أيضاً بلدة الهبيط المجاورة."
    )
    rows = sorted((e.action, e.actor1, e.location_ar, e.event_date) for e in run(extractor, text))
    assert rows == [
        ("shelling", "syrian_regime", "الهبيط", "2016-05-08"),
        ("shelling", "syrian_regime", "كفرنبودة", "2016-05-08"),
        ("withdrawal", "syrian_opposition", "كفرنبودة", "2016-05-08"),
    ]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "استشهد رجل وطفل جراء قصف القوات النظامية على بلدة كفرزيتا، كما تعرضت بلدة اللطامنة"
            " لقصف مماثل صباح اليوم دون أنباء عن إصابات.",
            {"كفر زيتا": "civilians", "اللطامنة": ""},
        ),
        (
            "ألقى الطيران المروحي عدة براميل متفجرة على حي الشعار في حلب، ما أدى لاستشهاد 7"
            " مواطنين بينهم 3 أطفال، كما ألقى براميل متفجرة على بلدة دير جمال، ولا معلومات عن"
            " إصابات.",
            {"حلب": "civilians", "دير جمال": ""},
        ),
        (
            "قتلت امرأة وطفلاها بقصف مدفعي لقوات النظام على كفرنبل، كما طال القصف بلدة حيش، ولم"
            " ترد معلومات عن خسائر بشرية.",
            {"كفر نبل": "civilians", "حيش": ""},
        ),
        (
            "ألقى الطيران المروحي براميل متفجرة على حي الشعار في حلب، ما أدى لاستشهاد 7 مواطنين،"
            " كما ألقى براميل متفجرة على بلدة دير جمال، ما أدى لإصابة طفلين بجروح.",
            {"حلب": "civilians", "دير جمال": "civilians"},
        ),
        (
            "قتل 3 مدنيين بقصف لقوات النظام على مدينة دوما، كما قصفت مدينة حرستا.",
            {"دوما": "civilians", "حرستا": "civilians"},
        ),
    ],
    ids=[
        "similar-shelling-no-news",
        "barrels-no-information",
        "shelling-reached-no-losses",
        "own-victims-told",
        "no-word-on-harm-keeps",
    ],
)
def test_a_strike_told_to_have_hurt_no_one_keeps_no_civilian_target_from_the_one_before(
    extractor: Extractor, text: str, targets: dict[str, str]
) -> None:
    """Session 13: the dev coders leave actor2 empty for the second strike of a sentence whose
    own clause says no one was reported hurt (dev6 al-Lataminah, dev9 Deir Jamal, Kafr Hamrah)."""
    strikes = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    got = {e.location_ar: e.actor2 or "" for e in strikes}
    assert {k: got.get(k) for k in targets} == targets


def test_capture_loser_is_the_side_that_fought_the_captor_there(extractor: Extractor) -> None:
    text = (
        "اقتحمت قوات جهاز مكافحة الإرهاب حي الزهراء في مدينة الموصل. "
        "وفجر تنظيم داعش سيارة مفخخة ضد قوات جهاز مكافحة الإرهاب في الحي."
    )
    (capture,) = only(run(extractor, text), "capture")
    assert (capture.actor1, capture.actor2) == ("iraqi_cts", "isis")


def test_a_timestamp_line_is_no_dateline(extractor: Extractor) -> None:
    (event,) = run(extractor, "17:20 - قصف مدفعي على مدينة الرستن.")
    assert (event.action, event.location) == ("shelling", "Ar Rastan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a sentence that only raises the count stands between them
            "قتل ثمانية مدنيين جراء قصف طائرات الاحتلال التركي لناحية جنديرس مساء أمس. "
            "وارتفع عدد القتلى صباح اليوم إلى تسعة. "
            "وقصفت الطائرات الحربية التركية أيضاً قرية كفر صفرة.",
            [("airstrike", "2016-05-09"), ("airstrike", "2016-05-09")],
            id="past-a-rise-in-the-count",
        ),
        pytest.param(  # a statement with no event stands between them
            "قصفت قوات النظام بلدة كفرنبودة يوم الأحد. "
            "وقالت مصادر محلية إن الأهالي نزحوا نحو المخيمات الحدودية. "
            "وقصفت أيضاً بلدة الهبيط المجاورة.",
            [("shelling", "2016-05-08"), ("shelling", "2016-05-08")],
            id="past-a-statement",
        ),
        pytest.param(  # a span of its own: the report's day (take_report_day_of_last_hours)
            "دخلت قوات النظام مساء أمس مدينة معرة النعمان. "
            "وقالت مصادر إن وحدات الهندسة تعمل على تفكيك الألغام في المدينة. "
            "وسيطرت القوات كذلك، خلال الساعات الماضية، على قرية معرشمشة.",
            [("capture", "2016-05-09"), ("capture", "2016-05-10")],
            id="neg-own-last-hours",
        ),
        pytest.param(  # another event told between them: only the sentence before counts
            "قصفت قوات النظام بلدة كفرنبودة يوم الأحد. "
            "واندلعت اشتباكات في محيط بلدة قلعة المضيق. "
            "وقصفت أيضاً بلدة الهبيط المجاورة.",
            [("shelling", "2016-05-08"), ("clash", ""), ("shelling", "")],
            id="neg-past-another-event",
        ),
    ],
)
def test_also_looks_back_past_sentences_that_tell_no_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    """وقصفت أيضاً …: one more of the last event of its kind, past a count rise or a statement."""
    got = [(e.action, e.event_date) for e in run(extractor, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "10:30 بتوقيت دمشق - قصفت المدفعية التركية مدينة رأس العين بعشرات القذائف.",
            [("shelling", "2016-05-10")],
            id="flash-line-with-time-zone",
        ),
        pytest.param(
            "تحديث 11:45: أفاد المرصد السوري بمقتل ثلاثة مدنيين بقصف تركي على بلدة تل أبيض.",
            [("shelling", "2016-05-10")],
            id="update-stamp",
        ),
        pytest.param(
            "الساعة 09:15 (بتوقيت غرينتش): اشتباكات عنيفة بين قسد والجيش التركي في تل أبيض.",
            [("clash", "2016-05-10")],
            id="hour-word-and-bracketed-zone",
        ),
        pytest.param(  # entries on their own lines: each dates the paragraph below it
            "تغطية مباشرة لليوم الثاني من العملية\n\n09:40 (بتوقيت مكة المكرمة)\n"
            "قصفت الطائرات التركية مواقع في محيط بلدة تل أبيض.\n\n10:15 (بتوقيت مكة المكرمة)\n"
            "قتل خمسة مدنيين جراء قصف مدفعي تركي على مدينة القامشلي.",
            [("airstrike", "2016-05-10"), ("shelling", "2016-05-10")],
            id="entries-of-a-live-blog",
        ),
        pytest.param(  # a day of its own wins, and background borrows nothing
            "09:40 - قصفت الطائرات التركية أمس بلدة تل أبيض.\n"
            "10:15 - وكانت القوات التركية قد سيطرت على مدينة رأس العين.",
            [("airstrike", "2016-05-09"), ("capture", "")],
            id="own-day-and-background",
        ),
        pytest.param(  # a byline's time and a time inside a sentence date nothing
            "آخر تحديث: 10:30\nقصفت المدفعية التركية مدينة رأس العين.",
            [("shelling", "")],
            id="neg-byline-time",
        ),
        pytest.param(
            "وقال مصدر ميداني إن الطائرات قصفت عند الساعة 10:30 مدينة رأس العين.",
            [("airstrike", "")],
            id="neg-time-inside-a-sentence",
        ),
    ],
)
def test_a_live_blog_entry_is_dated_by_its_time_stamp(
    extractor: Extractor, text: str, expected: list
) -> None:
    """A live blog's entry (10:30 بتوقيت دمشق - …) tells its time: the day of the blog."""
    got = [(e.action, e.event_date) for e in run(extractor, text)]
    assert got == expected


# session 16 (hQ5): a bulletin's line opened by «الآن |» is told as happening now; only that line
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "🔴 الآن | قصف صاروخي من الفصائل على مواقع قوات النظام في بلدة كرناز.\n"
            "🔴 قصف مدفعي على بلدة الهبيط.",
            [("shelling", "2016-05-10"), ("shelling", "")],
            id="now-bar-dates-its-line-only",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة كفرنبل، ولم تتبن أي جهة القصف حتى الآن.",
            [("shelling", "")],
            id="so-far-is-no-day",
        ),
    ],
)
def test_a_bulletin_line_told_now_is_the_report_day(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = [(e.action, e.event_date) for e in run(extractor, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت قوات النظام اليوم هجوماً هو الأعنف منذ عام 2014 على أحياء درعا البلد.",
            [("clash", "2016-05-10")],
            id="most-violent-since-a-year",
        ),
        pytest.param(
            "شنت قوات النظام اليوم هجوماً على أحياء درعا البلد هو الأعنف منذ اتفاق التسوية عام 2014.",
            [("clash", "2016-05-10")],
            id="most-violent-since-an-agreement-of-a-year",
        ),
        pytest.param(
            "شهدت محافظة درعا اليوم تصعيداً هو الأعنف منذ اتفاق التسوية عام 2014، إذ شنّت قوات "
            "النظام هجوماً على درعا البلد.",
            [("clash", "2016-05-10")],
            id="lead-day-not-the-compared-year",
        ),
        pytest.param(
            "شنت الطائرات الروسية غارات على ريف إدلب، في أعنف تصعيد منذ توقيع الاتفاق في آذار 2015.",
            [("airstrike", "")],
            id="compared-month-gives-no-day",
        ),
        pytest.param(  # an old day of its own after the comparison still makes it background
            "وكانت الطائرات الروسية قد شنت غارات هي الأعنف منذ عام 2013 على ريف إدلب في أيار 2015.",
            [],
            id="neg-own-old-month-after-the-comparison",
        ),
        pytest.param(  # أكثر من is a count: a toll since a year, no event
            "قتل أكثر من 50 شخصاً منذ عام 2014 في درعا.",
            [],
            id="neg-more-than-since-a-year",
        ),
    ],
)
def test_a_date_an_event_is_compared_with_is_not_its_own(
    extractor: Extractor, text: str, expected: list
) -> None:
    """هو الأعنف منذ عام 2018: the time an event is measured against neither dates it nor makes
    it background told in passing."""
    got = [(e.action, e.event_date) for e in run(extractor, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت قوات النظام بلدة طفس التي سيطرت عليها الفصائل أمس.",
            [("capture", YESTERDAY), ("shelling", "")],
            id="relative-clause-day-stays-there",
        ),
        pytest.param(
            "قصفت المدفعية التركية قرية الدردارة التي كانت قوات النظام قد دخلتها أمس.",
            [("capture", YESTERDAY), ("shelling", "")],
            id="pluperfect-relative-clause",
        ),
        pytest.param(  # a relative clause shares the day of the clause it describes
            "تجددت الاشتباكات صباح اليوم في محيط سجن علايا في مدينة القامشلي، الذي تمكنت الأسايش "
            "من السيطرة عليه بعد ساعات من المعارك.",
            [("clash", "2016-05-10"), ("capture", "2016-05-10")],
            id="neg-relative-clause-takes-the-main-day",
        ),
        pytest.param(  # two main clauses joined by و still share the day
            "قصفت قوات النظام اليوم بلدة طفس، وسيطرت الفصائل على بلدة اليادودة التي تقع غربها.",
            [("shelling", "2016-05-10"), ("capture", "2016-05-10")],
            id="neg-two-main-clauses",
        ),
    ],
)
def test_a_relative_clause_shares_no_day_with_the_clause_it_describes(
    extractor: Extractor, text: str, expected: list
) -> None:
    """قصفت البلدة التي سيطرت عليها الفصائل أمس: the day is the capture's, not the shelling's."""
    got = [(e.action, e.event_date) for e in run(extractor, text)]
    assert got == expected


def test_a_time_zone_names_no_place(extractor: Extractor) -> None:
    (event,) = run(extractor, "10:30 بتوقيت دمشق - قصفت المدفعية التركية قرية اليابسة.")
    assert event.location != "Damascus"


def test_a_later_rise_in_the_count_updates_the_event(extractor: Extractor) -> None:
    text = (
        "قتل 3 مدنيين وأصيب 8 آخرون بانفجار عبوة ناسفة في مدينة الباب. "
        "وارتفع عدد القتلى في وقت لاحق إلى 7."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    (event,) = result.events
    assert (event.fatalities, event.injured, result.tolls) == (7, 8, [])


def test_the_districts_of_a_town_are_the_town(extractor: Extractor) -> None:
    (event,) = run(extractor, "قصفت مدفعية النظام أحياء دوما صباح اليوم.")
    assert (event.action, event.location_ar) == ("shelling", "دوما")


def test_a_dual_countryside_covers_both_towns(extractor: Extractor) -> None:
    events = run(extractor, "قصفت قوات النظام بالمدفعية ريفي حمص وحماة أمس.")
    assert sorted((e.location, e.geo_precision) for e in events) == [("Hamah", 2), ("Homs", 2)]


def test_a_quoted_source_on_the_same_town_tells_that_days_events(extractor: Extractor) -> None:
    text = (
        "سيطرت قوات سوريا الديمقراطية أمس على بلدة الشدادي.\n"
        "وقال مصدر عسكري إن التنظيم فجر سيارة مفخخة عند مدخل الشدادي، ما أدى لمقتل 3 مقاتلين."
    )
    (bombing,) = only(run(extractor, text), "bombing")
    assert bombing.event_date == YESTERDAY


def test_a_new_sentence_about_another_town_stays_undated(extractor: Extractor) -> None:
    text = (
        "سيطرت قوات سوريا الديمقراطية أمس على بلدة الشدادي.\n"
        "وقال مصدر عسكري إن التنظيم فجر سيارة مفخخة في مدينة الحسكة."
    )
    (bombing,) = only(run(extractor, text), "bombing")
    assert bombing.event_date == ""


# ---- actors: outlet wording and sides (session 2)

ACTOR_WORDING = [
    pytest.param(
        "قال ناشطون إن مقاتلين من جبهة النصرة دخلوا مدينة معرة النعمان، وإن طائرات حربية"
        " قصفت أطراف المدينة مساء أمس.",
        dt.date(2013, 5, 10),
        "airstrike",
        {"actor1": "syrian_regime"},
        id="unowned-warplanes-in-2013-syria-are-the-regime-not-the-side-named-before",
    ),
    pytest.param(
        "وقال سكان إن مروحية أطلقت النار من رشاش ثقيل على حي الوعر في حمص مساء أمس.",
        PUB,
        "airstrike",
        {"actor1": "syrian_regime"},
        id="helicopter-that-shoots-is-an-airstrike-by-the-regime",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة تابعة للجيش التركي أمس سيارة قرب بلدة عامودا، ما أدى إلى مقتل مواطن.",
        PUB,
        "airstrike",
        {"actor1": "turkey", "actor2": "civilians"},
        id="drone-belonging-to-a-state-is-its-striker",
    ),
    pytest.param(
        "هاجم مسلحو الجيش الوطني السوري قرية تل طويل بإسناد من مدفعية الجيش التركي.",
        PUB,
        "clash",
        {"actor1": "sna", "actor2": ""},
        id="backing-is-a-partner-not-an-opponent",
    ),
    pytest.param(
        "قصفت المدفعية التركية مواقع تنظيم ب ي د/ بي كا كا في بلدة تل رفعت.",
        PUB,
        "shelling",
        {"actor1": "turkey", "actor2": "pyd"},
        id="slash-pair-names-one-group",
    ),
    pytest.param(
        "اعتدت المجموعات الإرهابية بقذائف الهاون على حي السحاري في مدينة درعا، ما أدى إلى"
        " إصابة مدنيين.",
        dt.date(2018, 6, 1),
        "shelling",
        {"actor1": "syrian_opposition", "actor2": "civilians"},
        id="state-media-terrorists-in-syria-are-the-armed-opposition",
    ),
    pytest.param(
        "فجر الإرهابيون عبوة ناسفة في سوق شعبي وسط مدينة بعقوبة، ما أدى إلى مقتل مدنيين.",
        dt.date(2018, 6, 1),
        "bombing",
        {"actor1": "isis"},
        id="terrorists-in-iraq-are-isis",
    ),
    pytest.param(
        "أسفرت غارة لطائرة مسيرة تركية على مبنى في قضاء سنجار عن مقتل خمسة من عناصر وحدات"
        " مقاومة سنجار وثلاثة مدنيين.",
        PUB,
        "airstrike",
        {"actor1": "turkey", "actor2": "ybs"},
        id="the-victim-group-named-first-is-actor2-fighters",
    ),
    pytest.param(
        "أسفرت غارة لطائرة مسيرة تركية على مبنى في قضاء سنجار عن مقتل ثلاثة مدنيين وخمسة من"
        " عناصر وحدات مقاومة سنجار.",
        PUB,
        "airstrike",
        {"actor1": "turkey", "actor2": "civilians"},
        id="the-victim-group-named-first-is-actor2-civilians",
    ),
    pytest.param(
        "شنت طائرات أمريكية ضربات جوية على مخازن تستخدمها جماعات مسلحة موالية لإيران قرب"
        " مدينة القائم.",
        PUB,
        "airstrike",
        {"actor1": "usa", "actor2": "iran_backed_militias"},
        id="unnamed-iran-backed-factions",
    ),
    pytest.param(
        "اندلعت اشتباكات بين مسلحين من أبناء العشيرة وعناصر التنظيم في بلدة الكشكية.",
        PUB,
        "clash",
        {"actor1": "tribal_forces", "actor2": "isis"},
        id="gunmen-of-the-tribe",
    ),
]


@pytest.mark.parametrize(("text", "pub", "action", "expected"), ACTOR_WORDING)
def test_actor_wording_of_the_outlets(
    extractor: Extractor, text: str, pub: dt.date, action: str, expected: dict[str, str]
) -> None:
    (event,) = only(run(extractor, text, pub), action)
    assert {k: getattr(event, k) for k in expected} == expected


def test_a_factions_word_refers_to_a_group_named_before_it(extractor: Extractor) -> None:
    text = (
        "تدور اشتباكات بين قوات النظام وجيش الإسلام على أطراف بلدة حرستا.\n"
        "وسقطت قذائف أطلقتها الفصائل على حي باب توما في دمشق.\n"
        "وتجري مفاوضات حول خروج هيئة تحرير الشام من المنطقة."
    )
    (shelling,) = only(run(extractor, text), "shelling")
    assert shelling.actor1 == "jaysh_al_islam"


ANNOUNCED_STRIKES = [
    pytest.param(
        "وقالت قيادة التحالف الدولي، في بيان، إن طائراته نفذت أمس أربع ضربات على مواقع"
        " لتنظيم داعش قرب مدينة هيت.",
        "airstrike",
        {"actor1": "coalition", "actor2": "isis"},
        id="speaker-own-aircraft-not-the-side-named-before",
    ),
    pytest.param(
        "أعلنت وزارة الدفاع الروسية أن غواصة أطلقت صواريخ كاليبر على مواقع لتنظيم داعش قرب"
        " مدينة الرقة، ما أدى إلى مقتل عشرات الإرهابيين بينهم مسلحون أجانب.",
        "shelling",
        {"actor1": "russia", "actor2": "isis"},
        id="ministry-announcing-its-own-strike-gunmen-among-the-dead-are-victims",
    ),
    pytest.param(
        "أعلنت وزارة الدفاع التركية تحييد إرهابيين اثنين من حزب العمال الكردستاني في ضربة"
        " جوية بمنطقة متينا.",
        "airstrike",
        {"actor1": "turkey", "actor2": "pkk"},
        id="counted-generic-word-is-the-victim",
    ),
    pytest.param(
        "أعلنت خلية الإعلام الأمني سقوط ثلاثة صواريخ على قاعدة بلد الجوية التي تضم قوات"
        " أمريكية، من دون خسائر.",
        "shelling",
        {"actor1": "unknown", "actor2": "usa"},
        id="rockets-fell-on-a-base-hosting-a-side-told-by-the-side-hit",
    ),
    pytest.param(
        "قتل ثلاثة جنود في ضربات صاروخية إسرائيلية على مطار المزة العسكري قرب دمشق.",
        "airstrike",
        {"actor1": "israel"},
        id="owner-adjective-inside-the-strike-phrase",
    ),
    pytest.param(  # wire copy: the striker the outlet believes in names it
        "بيروت (رويترز) - قال المرصد السوري إن 20 شخصا قتلوا في غارات جوية يعتقد أنها روسية"
        " على أحياء شرق حلب.",
        "airstrike",
        {"actor1": "russia"},
        id="hedged-owner-after-the-strike-noun-wire",
    ),
    pytest.param(
        "قتل خمسة مدنيين في غارات يرجح أنها روسية على مدينة سراقب صباح اليوم.",
        "airstrike",
        {"actor1": "russia"},
        id="hedged-owner-after-a-bare-strike-noun",
    ),
    pytest.param(
        "استهدفت ضربات جوية يُعتقد أنها إسرائيلية مواقع للميليشيات الإيرانية قرب البوكمال.",
        "airstrike",
        {"actor1": "israel"},
        id="hedged-owner-israeli",
    ),
    pytest.param(
        "قتل مدنيان بقصف مدفعي يعتقد أنه تركي على قرية في ريف تل تمر.",
        "shelling",
        {"actor1": "turkey"},
        id="hedged-owner-of-a-shelling",
    ),
]


@pytest.mark.parametrize(("text", "action", "expected"), ANNOUNCED_STRIKES)
def test_strikes_announced_by_a_side(
    extractor: Extractor, text: str, action: str, expected: dict[str, str]
) -> None:
    (event,) = only(run(extractor, text), action)
    assert {k: getattr(event, k) for k in expected} == expected


def test_a_make_is_no_owner(extractor: Extractor) -> None:
    # the regime's Russian-made jets (2013, before any Russian strike): no Russian striker
    text = "قصفت طائرات حربية روسية الصنع من طراز ميغ مدينة الرستن ما أدى لمقتل خمسة مدنيين."
    (event,) = only(run(extractor, text, dt.date(2013, 5, 10)), "airstrike")
    assert event.actor1 == "syrian_regime"
    text = "قصفت طائرات حربية روسية الصنع من طراز سوخوي مدينة الرستن."
    (event,) = only(run(extractor, text), "airstrike")
    assert event.actor1 != "russia"


def test_support_marker_adds_a_partner(extractor: Extractor) -> None:
    text = "هاجم مسلحو الجيش الوطني السوري قرية تل طويل بإسناد من مدفعية الجيش التركي."
    (clash,) = only(run(extractor, text), "clash")
    assert "turkey" in clash.assoc_actor1.split(";")


# ---- event cues, modality and casualties (session 2)

CUES_S2 = [
    pytest.param(
        "استعادت قوات النظام الأمن والاستقرار إلى بلدة الحراك بريف درعا الشرقي أمس.",
        "capture",
        id="s2-restore-security-is-capture",
    ),
    pytest.param(
        "وكانت قوات النظام قد أعادت قبل يومين الأمن والاستقرار إلى مدينة بصرى الشام.",
        "capture",
        id="s2-restore-security-pluperfect",
    ),
    pytest.param(
        "وكانت وحدات الجيش قد حررت خلال الأيام الماضية بلدة الحراك بريف درعا.",
        "capture",
        id="s2-liberated-in-the-past-days-is-no-toll",
    ),
    pytest.param(
        "قتل جندي جراء ضربات صاروخية إسرائيلية استهدفت مطار حماة العسكري فجر اليوم.",
        "airstrike",
        id="s2-israeli-missile-strikes-are-air-strikes",
    ),
    pytest.param(
        "نفذ العدو الإسرائيلي عدواناً جوياً على مواقع في محيط مدينة حمص.",
        "airstrike",
        id="s2-air-aggression",
    ),
    pytest.param(
        "وقال شهود إن مروحيات للنظام فتحت النار من رشاشات ثقيلة على حي الخالدية في حمص.",
        "airstrike",
        id="s2-helicopters-open-fire",
    ),
    pytest.param(
        "أطلقت غواصة روسية صواريخ مجنحة على مواقع للتنظيم قرب مدينة تدمر.",
        "shelling",
        id="s2-cruise-missiles",
    ),
    pytest.param(
        "قالت مصادر أمنية إن صاروخين سقطا قرب قاعدة بلد الجوية مساء أمس.",
        "shelling",
        id="s2-rockets-then-fell",
    ),
    pytest.param(
        "وأعلن الجيش أن طائراته نفذت أربع ضربات دقيقة على مواقع المسلحين قرب مدينة الرمادي.",
        "airstrike",
        id="s2-bare-strikes-with-aircraft",
    ),
    pytest.param(
        "وقبل انسحابهم من البلدة اقتادوا معهم عشرات المدنيين من قرية الكشكية.",
        "abduction",
        id="s2-led-away-civilians",
    ),
]


@pytest.mark.parametrize(("text", "action"), CUES_S2)
def test_s2_cues_make_events(extractor: Extractor, text: str, action: str) -> None:
    assert action in {e.action for e in run(extractor, text)}


NOT_EVENTS_S2 = [
    pytest.param(
        "وفكك فريق الهندسة التابع للشرطة أمس عبوة ناسفة معدة للتفجير على طريق الرستن.",
        "bombing",
        id="s2-defused-bomb-several-words-after",
    ),
    pytest.param(
        "وأسفرت العملية عن مقتل 12 مسلحاً وتدمير خمس عجلات مفخخة قرب تكريت.",
        "bombing",
        id="s2-destroyed-car-bombs",
    ),
    pytest.param(
        "تقدمت القطعات بعد معارك مع المسلحين الذين تحصنوا في المنازل المفخخة بحي الضباط في الموصل.",
        "bombing",
        id="s2-booby-trapped-houses",
    ),
    pytest.param(
        "نفذت الطائرات غارات على بلدة التمانعة مستخدمة صواريخ شديدة الانفجار.",
        "bombing",
        id="s2-high-explosive-is-an-adjective",
    ),
    pytest.param(
        "ويعيش مئات من أهالي قرية الكشكية في المخيمات بعد أن فروا باتجاه البادية.",
        "withdrawal",
        id="s2-civilians-fleeing",
    ),
    pytest.param(
        "ولا تزال أحياء مدينة حلب القديمة مسرحاً لعمليات كر وفر بين الطرفين.",
        "withdrawal",
        id="s2-hit-and-run-idiom",
    ),
    pytest.param(
        "وهاجمت الطائرات أطراف بلدة كفرنبل وكفر سجنة.",
        "withdrawal",
        id="s2-kafr-is-no-flight",
    ),
    pytest.param(
        "ودانت وزارة الخارجية الأردنية الهجوم الذي استهدف مدينة الرمثا.",
        "clash",
        id="s2-condemned-attack-four-words-on",
    ),
    pytest.param(
        "وأكد رئيس الوزراء رفضه للهجوم على مدينة الموصل.",
        "clash",
        id="s2-rejected-attack",
    ),
    pytest.param(
        'وقال المتحدث إن الجيش "سيواصل التصدي للمسلحين" في مدينة درعا.',
        "clash",
        id="s2-future-continue",
    ),
    pytest.param(
        'وقال الرئيس إن العملية "لن تقتصر على الغارات الجوية" في شمال سوريا.',
        "airstrike",
        id="s2-negation-after-a-quote",
    ),
    pytest.param(
        "وسيطرت القوات على مدينة تل أبيض بعد أكثر من ثلاثة أشهر من المعارك مع التنظيم.",
        "clash",
        id="s2-after-months-of-the-battles",
    ),
    pytest.param(
        "وتشهد أرياف دير الزور بين الحين والآخر هجمات لخلايا التنظيم.",
        "clash",
        id="s2-habitual-attacks",
    ),
    pytest.param(
        "وتتعرض مدينة الباب لتفجيرات متكررة بسيارات مفخخة.",
        "bombing",
        id="s2-repeated-bombings",
    ),
    pytest.param(
        "وحذر المسؤول من أن انهيار الهدنة في ريف إدلب يعني مزيداً من الغارات على المدنيين.",
        "airstrike",
        id="s2-warning-covers-its-sentence",
    ),
    pytest.param(
        "وأبدت منظمات الإغاثة قلقها من ظروف الاحتجاز في مخيم الهول.",
        "arrest",
        id="s2-concern",
    ),
    pytest.param(
        "واستخدم المسلحون الأهالي دروعاً بشرية لمنع استهدافهم بالطيران قرب مدينة الطبقة.",
        "airstrike",
        id="s2-to-prevent",
    ),
    pytest.param(
        "وقال قائد عمليات تحرير الرمادي إن القطعات تتقدم.",
        "capture",
        id="s2-operation-name",
    ),
    pytest.param(
        "ودخلت الحملة الأمنية في مخيم الركبان يومها الخامس.",
        "capture",
        id="s2-campaign-entered-its-day",
    ),
    pytest.param(
        "وأكد أن الطيران قصف انطلاقاً من مناطق سيطرتهم في مدينة الباب.",
        "capture",
        id="s2-zones-of-their-control",
    ),
    pytest.param(
        "وقال المرصد إن مقاتلين من أحرار الشام شاركوا في الهجوم.",
        "clash",
        id="s2-took-part-in-the-attack",
    ),
    pytest.param(
        "وتقدمت القوات مستغلة كثافة الغارات على المنطقة.",
        "airstrike",
        id="s2-intensity-of-the-strikes",
    ),
    pytest.param(
        "وفي مؤتمر صحفي، تعهدت الحكومة بانسحاب القوات من مدينة عفرين.",
        "withdrawal",
        id="s2-promised-withdrawal",
    ),
    pytest.param(
        "وعين الرئيس وزيراً جديداً للداخلية بعد ساعات من التفجير.",
        "bombing",
        id="s2-hours-after-the-blast",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_EVENTS_S2)
def test_s2_not_an_event(extractor: Extractor, text: str, action: str) -> None:
    assert action not in {e.action for e in run(extractor, text)}


def test_s2_count_of_one_event_is_its_figure(extractor: Extractor) -> None:
    text = "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوق مدينة إعزاز أمس إلى 9 قتلى و30 جريحاً."
    result = extractor.extract(Document("t", text, publication_date=PUB))
    (event,) = only(result.events, "bombing")
    assert (event.fatalities, event.injured) == (9, 30)


def test_s2_bare_shelling_headline_joins_the_air_strike(extractor: Extractor) -> None:
    text = (
        "خمسة قتلى بقصف تركي على مدرسة في قرية سكينية\n"
        "قتل خمسة أشخاص إثر غارة نفذتها طائرة مسيرة تركية أمس على مدرسة في قرية سكينية."
    )
    (event,) = run(extractor, text)
    assert (event.action, event.fatalities) == ("airstrike", 5)


def test_s2_also_shelled_after_an_air_strike_is_the_same_striker(extractor: Extractor) -> None:
    text = (
        "استهدفت طائرة حربية روسية بغارتين منزلاً في مدينة سراقب، كما قصفت محيط بلدة معرة النعمان."
    )
    events = run(extractor, text)
    assert [(e.action, e.actor1) for e in events] == [("airstrike", "russia")] * 2


def test_s2_figure_of_a_town_with_no_event_stays_out(extractor: Extractor) -> None:
    text = "قتل 6 مدنيين بغارات روسية على مدينة سراقب وأربعة مقاتلين في مدينة حلب."
    (event,) = run(extractor, text)
    assert (event.location_ar, event.fatalities) == ("سراقب", 6)


def test_s2_an_event_told_after_comes_after_is_an_event(extractor: Extractor) -> None:
    text = (
        "ويأتي الهجوم بعد يومين من انفجار لغم أرضي بسيارة مدنية قرب بلدة عقيربات يوم السبت الماضي."
    )
    assert [e.action for e in run(extractor, text)] == ["bombing"]


def test_s2_front_lines_are_no_clash(extractor: Extractor) -> None:
    text = "وعادت الحياة تدريجياً إلى القرى المحاذية لخطوط الاشتباك في ريف مدينة جسر الشغور."
    assert only(run(extractor, text), "clash") == []


def test_s2_the_attack_two_sentences_on_is_the_attack_told(extractor: Extractor) -> None:
    text = (
        "سقط خمسة صواريخ على قاعدة عين الأسد الجوية صباح اليوم.\n"
        "وذكرت الخلية أن الصواريخ من نوع غراد.\n"
        "وقال المتحدث إن الهجوم وقع عند الساعة السابعة."
    )
    assert [e.action for e in run(extractor, text)] == ["shelling"]


def test_s2_dead_counted_with_a_subset_before_their_verb(extractor: Extractor) -> None:
    text = "وقال المرصد إن تسعة أشخاص بينهم ثلاثة أطفال قتلوا في قصف مدفعي على مدينة داريا أمس."
    (event,) = run(extractor, text)
    assert event.fatalities == 9


def test_s2_town_after_a_subset_takes_the_figure(extractor: Extractor) -> None:
    text = (
        "شنت الطائرات الروسية غارات على كفرنبل وحاس، "
        "ما أدى إلى مقتل خمسة مدنيين بينهم طفلان في حاس."
    )
    figures = {e.location_ar: e.fatalities for e in run(extractor, text)}
    assert figures["حاس"] == 5 and sorted(figures.values(), key=str) == [5, None]


def test_s2_count_told_with_an_event_is_its_figure(extractor: Extractor) -> None:
    text = (
        "وقال مصدر أمني إن مسلحين هاجموا ليل أمس حاجزاً للجيش قرب بلدة الصبحة، "
        "ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    (event,) = result.events
    assert (event.fatalities, event.injured, result.tolls) == (2, 3, [])


def test_s2_a_third_one_wounded(extractor: Extractor) -> None:
    text = "واندلعت اشتباكات قرب بلدة الشحيل قتل فيها عنصران من الشرطة وأصيب ثالث بجروح."
    (event,) = run(extractor, text)
    assert (event.fatalities, event.injured) == (2, 1)


def test_s2_civilian_killed_at_the_hands_of_a_side(extractor: Extractor) -> None:
    text = "وعثر الأهالي على جثة امرأة في بلدة الشحيل قتلت على يد مسلحي التنظيم."
    (event,) = run(extractor, text)
    assert (event.action, event.actor2, event.fatalities) == ("attack", "civilians", 1)


def test_s2_the_last_fighters_withdrawing_is_the_same_withdrawal(extractor: Extractor) -> None:
    text = (
        "انسحب عناصر التنظيم من مدينة الطبقة أمس. "
        "وأكدت مصادر محلية انسحاب آخر عناصر التنظيم من المدينة."
    )
    assert len(only(run(extractor, text), "withdrawal")) == 1


def test_s2_the_end_of_a_battle_is_no_clash(extractor: Extractor) -> None:
    text = "وتنتظر أنقرة انسحاب المقاتلين إلى شرق الفرات بعد انتهاء معركة الرقة."
    assert only(run(extractor, text), "clash") == []


# ---- actors round 2: merging and sides in focus (session 2)


def test_r2_a_claim_joins_the_event_told_just_before(extractor: Extractor) -> None:
    text = (
        "مقتل ضابطين في تفجير بحلب واشتباكات في ريفها\n"
        "انفجرت سيارة مفخخة أمام مبنى فرع المخابرات الجوية في مدينة حلب صباح اليوم.\n"
        "وتبنت كل من جبهة النصرة وحركة أحرار الشام المسؤولية عن الهجوم."
    )
    (bombing,) = only(run(extractor, text), "bombing")
    assert bombing.actor1 == "nusra"
    assert "ahrar_al_sham" in bombing.assoc_actor1.split(";")


def test_r2_each_of_lists_the_subjects(extractor: Extractor) -> None:
    text = "وشنت كل من قوات النظام والميليشيات الإيرانية هجوماً على بلدة خان طومان أمس."
    (clash,) = only(run(extractor, text), "clash")
    assert clash.actor1 == "syrian_regime"


def test_r2_a_clash_naming_no_side_takes_the_sides_of_the_attack_before(
    extractor: Extractor,
) -> None:
    text = (
        "شنت قوات النظام صباح أمس هجوماً على مواقع فصائل المعارضة في ريف إدلب الجنوبي.\n"
        "وقال ناشطون إن القوات المهاجمة حاولت التقدم نحو بلدة كفرنبل، حيث دارت معارك عنيفة"
        " حتى المساء."
    )
    clashes = only(run(extractor, text), "clash")
    assert {(e.actor1, e.actor2) for e in clashes} == {("syrian_regime", "syrian_opposition")}


def test_r2_a_clash_naming_no_side_after_a_strike_stays_without_sides(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت طائرات روسية مواقع لتنظيم داعش قرب مدينة السخنة أمس.\n"
        "وفي بلدة القريتين، اندلعت معارك عنيفة منذ الصباح."
    )
    (clash,) = only(run(extractor, text), "clash")
    assert (clash.actor1, clash.actor2) == ("", "")


def test_r2_a_headline_telling_civilians_merges_with_the_strike_on_fighters(
    extractor: Extractor,
) -> None:
    text = (
        "ستة قتلى بقصف تركي لمدرسة في ريف القامشلي\n"
        "قتل ستة أشخاص، بينهم أربعة من مقاتلي قوات سوريا الديمقراطية، إثر غارة نفذتها طائرة"
        " مسيرة تركية أمس على قرية تل حميس جنوب القامشلي.\n"
        'وقال شهود إن "الطائرة استهدفت المدرسة بصاروخين".'
    )
    (strike,) = only(run(extractor, text), "airstrike")
    assert (strike.actor1, strike.actor2) == ("turkey", "sdf")


def test_r2_led_away_with_no_subject_takes_the_subject_before(extractor: Extractor) -> None:
    text = (
        "انسحب مسلحو داعش من بلدة الشدادي فجر اليوم باتجاه البادية، واقتادوا معهم عشرات المدنيين."
    )
    (abduction,) = only(run(extractor, text), "abduction")
    assert (abduction.actor1, abduction.actor2) == ("isis", "civilians")


def test_r2_a_capture_told_by_each_partner_is_one_event(extractor: Extractor) -> None:
    text = (
        "سيطر الجيش التركي وفصائل الجيش الوطني السوري صباح اليوم على بلدة راجو في ريف عفرين.\n"
        'وقال مصدر عسكري إن "وحدات من الجيش الوطني السوري المدعومة من القوات التركية دخلت'
        ' راجو بعد معارك مع وحدات حماية الشعب".'
    )
    (capture,) = only(run(extractor, text), "capture")
    assert capture.actor1 == "turkey"
    assert "sna" in capture.assoc_actor1.split(";")


DETENTIONS_R2 = [
    pytest.param(
        "اعتقلت قوات الأمن العراقية أمس سبعة مشتبهين بالانتماء إلى تنظيم داعش في قضاء الحويجة.",
        ("arrest", "iraqi_security_forces", "isis"),
        id="suspected-members-name-the-group-detained",
    ),
    pytest.param(
        "وفي بغداد، اعتقلت قوة من الشرطة الاتحادية أمس ثلاثة مطلوبين في منطقة أبو غريب.",
        ("arrest", "iraqi_federal_police", ""),
        id="a-force-of-the-police-is-the-subject",
    ),
    pytest.param(
        "ونفذت قوات التحالف الدولي فجر اليوم عملية إنزال جوي على منزل في بلدة الشحيل،"
        " واعتقلت قيادياً في داعش.",
        ("arrest", "coalition", "isis"),
        id="a-foreign-state-force-arrests-a-leader-of-a-group",
    ),
    pytest.param(
        "اعتقلت الأجهزة الأمنية التابعة للنظام أربعة شبان في مدينة البوكمال أمس.",
        ("arrest", "syrian_regime", "civilians"),
        id="owned-security-forces-then-a-count-are-not-counted-victims",
    ),
    pytest.param(
        "ألقت قوة من جهاز مكافحة الإرهاب، اليوم، القبض على إرهابيين اثنين بقضاء الشرقاط.",
        ("arrest", "iraqi_cts", "isis"),
        id="s13-the-seize-verb-cut-off-by-a-time-adverbial-keeps-its-subject",
    ),
    pytest.param(
        "وقال مصدر أمني إن القوات الأمنية ألقت، فجر اليوم، القبض على مطلوب بقضايا إرهاب"
        " في قضاء الحويجة.",
        ("arrest", "iraqi_security_forces", "isis"),
        id="s13-wanted-on-terrorism-charges-in-iraq-are-isis",
    ),
    pytest.param(
        "تمكنت قوة من الحشد الشعبي من إلقاء القبض على إرهابي مطلوب وفق أحكام المادة 4 إرهاب"
        " في قرية بنت الحسن ضمن قضاء الخالص.",
        ("arrest", "pmf", "isis"),
        id="s13-a-wanted-terrorist-under-article-4-is-isis",
    ),
    pytest.param(
        "أعلنت خلية الإعلام الأمني اعتقال أربعة متهمين خلال عملية دهم وتفتيش في أطراف المقدادية.",
        ("arrest", "iraqi_army", ""),
        id="s13-an-iraqi-command-announcing-an-arrest-noun-is-the-arresting-side",
    ),
    pytest.param(
        "وتم إلقاء القبض على ثلاثة من عناصر داعش في منطقة الطارمية شمالي بغداد.",
        ("arrest", "iraqi_security_forces", "isis"),
        id="s13-a-passive-arrest-in-iraq-is-by-the-security-forces",
    ),
    pytest.param(
        "وجرى اعتقال خمسة مطلوبين بقضايا إرهاب في قضاء الحويجة.",
        ("arrest", "iraqi_security_forces", "isis"),
        id="s13-jara-passive-arrest-in-iraq",
    ),
    pytest.param(
        "تم إلقاء القبض على ثلاثة متهمين بتهريب المخدرات في أربيل.",
        ("arrest", "", ""),
        id="s13-a-passive-arrest-in-the-kurdistan-region-names-no-federal-force",
    ),
    pytest.param(
        "تم إلقاء القبض على ثلاثة شبان في مدينة الرقة.",
        ("arrest", "", "civilians"),
        id="s13-a-passive-arrest-outside-iraq-names-no-one",
    ),
    pytest.param(
        "أطاحت مفارز وكالة الاستخبارات بإرهابيين اثنين في قضاء الطارمية.",
        ("arrest", "iraqi_security_forces", "isis"),
        id="s13-toppling-wanted-people-is-an-arrest",
    ),
    pytest.param(
        "تمكنت خلية الصقور الاستخبارية من الإطاحة بعصابة لتهريب المخدرات في البصرة.",
        ("arrest", "iraqi_security_forces", ""),
        id="s13-the-falcons-cell-toppling-a-gang-is-an-arrest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DETENTIONS_R2)
def test_r2_detentions(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1, event.actor2) == expected


IRAQI_ARMY_UNITS_S13 = [
    pytest.param(
        "انفجرت عبوة ناسفة صباح اليوم على عجلة همر تابعة للواء 20 في الفرقة الخامسة قرب قرية"
        " السعدية في حمرين.",
        ("bombing", "unknown", "iraqi_army"),
        id="a-division-by-its-ordinal-is-the-army",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة على عجلة عسكرية في وادي الشاي جنوبي كركوك.",
        ("bombing", "unknown", "iraqi_army"),
        id="an-iraqi-military-vehicle-is-the-army",
    ),
    pytest.param(
        "استهدفت عبوة ناسفة دورية تابعة للفرقة الثامنة في قضاء الطارمية.",
        ("bombing", "unknown", "iraqi_army"),
        id="a-patrol-after-the-bomb-is-its-target-not-its-owner-acting",
    ),
    pytest.param(
        "سيطرت الفرقة الأولى الساحلية على قرية في ريف اللاذقية.",
        ("capture", "first_coastal_division", "syrian_regime"),
        id="a-rebel-division-keeps-its-longer-name",
    ),
    pytest.param(
        "اشتبكت الفرقة الثالثة عشرة مع قوات النظام في ريف إدلب.",
        ("clash", "division_13", "syrian_regime"),
        id="the-thirteenth-division-is-no-ordinal-army-unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IRAQI_ARMY_UNITS_S13)
def test_s13_iraqi_army_units(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("خرج متظاهرون في مدينة حمص يطالبون بالإطاحة بالنظام.", id="the-regime"),
        pytest.param("قال المتحدث إن الانقلاب أطاح بالرئيس السابق في بغداد.", id="a-ruler"),
    ],
)
def test_s13_toppling_a_government_or_a_ruler_is_no_arrest(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text), "arrest") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تمكنت القوات الأمنية من قتل أربعة إرهابيين في قضاء الحويجة.",
            [("clash", "iraqi_security_forces", "isis", 4)],
            id="managed-to-kill-terrorists",
        ),
        pytest.param(
            "تمكنت قوة من الحشد الشعبي، فجر اليوم، من قتل ثلاثة من عناصر داعش في قضاء الطارمية.",
            [("clash", "pmf", "isis", 3)],
            id="managed-after-a-comma-set-time",
        ),
        pytest.param(
            "تمكنت فرق الإنقاذ من انتشال جثث خمسة مدنيين قتلوا في قضاء الطارمية.",
            [],
            id="neg-managed-to-recover-the-dead",
        ),
    ],
)
def test_s13_managing_to_kill_fighters_is_a_clash(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in run(extractor, text)] == expected


def test_s13_air_strikes_in_support_of_a_side_do_not_target_it(extractor: Extractor) -> None:
    text = (
        "شن طيران التحالف الدولي غارات مكثفة دعما للقوات العراقية التي اشتبكت مع عناصر داعش"
        " في حي الكرامة."
    )
    strike = only(run(extractor, text), "airstrike")[0]
    clash = only(run(extractor, text), "clash")[0]
    assert (strike.actor1, strike.actor2) == ("coalition", "")
    assert (clash.actor1, clash.actor2) == ("iraqi_army", "isis")


def test_s13_in_support_after_the_target_is_no_second_target(extractor: Extractor) -> None:
    text = "قصفت طائرات التحالف الدولي مواقع داعش في حي الكرامة إسناداً للقوات العراقية."
    (strike,) = run(extractor, text)
    assert (strike.actor1, strike.actor2) == ("coalition", "isis")


def test_r2_a_clause_whose_verb_makes_no_event_tells_the_strike_before(
    extractor: Extractor,
) -> None:
    text = "ونفذ التحالف الدولي أمس خمس ضربات جوية قرب مدينة الميادين، استهدفت مواقع قتالية لتنظيم داعش."
    (strike,) = run(extractor, text)
    assert (strike.actor1, strike.actor2) == ("coalition", "isis")


def test_r2_units_of_a_side_named_before_the_verb_act(extractor: Extractor) -> None:
    text = (
        "وأعلنت قيادة العمليات أن قطعات الفرقة التاسعة في الجيش العراقي دخلت بلدة حمام العليل أمس."
    )
    (capture,) = run(extractor, text)
    assert (capture.actor1, capture.actor2) == ("iraqi_army", "")


def test_r2_a_side_named_in_an_accusation_takes_no_part(extractor: Extractor) -> None:
    text = "أعدم مسلحو داعش أمس ثلاثة شبان في بلدة حمام العليل بتهمة التعاون مع البيشمركة."
    (attack,) = run(extractor, text)
    assert (attack.actor1, attack.actor2, attack.assoc_actor1) == ("isis", "civilians", "")


def test_r2_warships_stand_for_their_state(extractor: Extractor) -> None:
    text = (
        "وقال مصدر عسكري إن ثلاث سفن حربية روسية في البحر المتوسط أطلقت أمس"
        " 12 صاروخاً مجنحاً على مواقع لتنظيم داعش قرب مدينة تدمر."
    )
    (strike,) = run(extractor, text)
    assert (strike.actor1, strike.actor2) == ("russia", "isis")


def test_r2_a_suicide_bomber_belongs_to_the_group_targeted_before(extractor: Extractor) -> None:
    text = (
        "أعلنت القيادة المركزية الأميركية أن قواتها نفذت ليل الأحد عملية إنزال قرب بلدة الشحيل،"
        " استهدفت قيادياً في التنظيم، مضيفة أنه فجّر نفسه بحزام ناسف خلال الاشتباك، ما أدى إلى"
        " إصابة جنديين أميركيين."
    )
    events = run(extractor, text)
    assert {(e.action, e.actor1, e.actor2) for e in events} == {
        ("bombing", "isis", "usa"),
        # the raid (عملية إنزال) is the US forces' attack, so they lead the fight it opened
        # (session 15, hY; the dev3 gold codes this raid usa → isis)
        ("clash", "usa", "isis"),
    }


# ---- dates and tolls (session 2)


def test_d2_same_day_phrase_takes_the_day_of_the_event_told_before(extractor: Extractor) -> None:
    text = (
        "قصفت مدفعية النظام بلدة كفرنبل يوم الأحد الماضي. "
        "وفي مدينة معرة النعمان، انفجرت مساء اليوم نفسه عبوة ناسفة في سوق الخضار."
    )
    (bomb,) = only(run(extractor, text), "bombing")
    assert bomb.event_date == "2016-05-08"  # PUB is Tuesday 10 May: the Sunday before


def test_d2_next_day_phrase_is_one_day_after_the_event_told_before(extractor: Extractor) -> None:
    text = (
        "سيطر مقاتلو المعارضة على بلدة مورك أمس الأول. "
        "وفي اليوم التالي، انسحب المقاتلون من بلدة مورك."
    )
    (withdrawal,) = only(run(extractor, text), "withdrawal")
    assert withdrawal.event_date == YESTERDAY


def test_d2_same_day_phrase_with_no_dated_event_before_stays_undated(extractor: Extractor) -> None:
    (e,) = run(extractor, "وفي اليوم ذاته، انفجرت عبوة ناسفة في مدينة الباب.")
    assert e.event_date == "" and e.date_precision == "unknown"


def test_d2_an_old_event_told_with_its_day_is_kept(extractor: Extractor) -> None:
    text = "وتوقف العمل في الميناء إثر غارات إسرائيلية على مدينة اللاذقية في 7 كانون الأول الماضي."
    (e,) = only(run(extractor, text), "airstrike")
    assert e.event_date == "2015-12-07"


def test_d2_an_old_month_still_makes_background(extractor: Extractor) -> None:
    text = "وتعيش المدينة أزمة منذ سيطرة التنظيم على مدينة تدمر في أيار 2015."
    assert run(extractor, text) == []


def test_d2_event_figures_before_a_running_toll_stay_the_events(extractor: Extractor) -> None:
    text = (
        "قتل ثلاثة مدنيين وأصيب 11 آخرون أمس جراء سقوط قذائف على حي الميدان في مدينة حلب، "
        "ليرتفع إلى 20 عدد القتلى المدنيين جراء القذائف على المدينة منذ مساء الخميس."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    shelling = [(e.fatalities, e.injured, e.event_date) for e in only(result.events, "shelling")]
    assert (3, 11, YESTERDAY) in shelling
    assert [(t.group, t.killed, t.period_start) for t in result.tolls] == [
        ("civilians", 20, "2016-05-05")
    ]


def test_d2_an_events_running_count_is_no_toll(extractor: Extractor) -> None:
    text = (
        "وقال المرصد إن غارة استهدفت مقرا للفصائل في بلدة تفتناز أمس، ما أسفر عن مقتل "
        "ثلاثة مقاتلين، لترتفع حصيلة القتلى إلى خمسة."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    assert result.tolls == []


# ---- actors: SANA, Suwayda and Iranian-Kurdish wording (session 2)

ACTOR_WORDING_CASES = [
    # SANA's "Israeli enemy" is Israel
    (
        "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً على مطار المزة العسكري في دمشق.",
        "airstrike",
        "israel",
        "syrian_regime",  # its airbase: the Syrian state (unnamed_target, session 3)
    ),
    # a short name in brackets is the same party, the target (not a second side that strikes)
    (
        "استهدفت طائرة مسيرة مقرا لحزب الحياة الحرة الكردستاني (بيجاك) قرب بلدة سيدكان.",
        "airstrike",
        "unknown",
        "pjak",
    ),
    # Sweida's local factions and Raji Falhout's group
    (
        "اندلعت اشتباكات عنيفة بين الفصائل المحلية في السويداء ومجموعة راجي فلحوط في بلدة عتيل.",
        "clash",
        "sweida_local_factions",
        "falhout_group",
    ),
    # ambulances and rescue teams struck are civilians
    ("وقصفت طائرات حربية روسية سيارات الإسعاف في بلدة كفرنبل.", "airstrike", "russia", "civilians"),
]


@pytest.mark.parametrize(("text", "action", "actor1", "actor2"), ACTOR_WORDING_CASES)
def test_actor_wording_session2(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    (e,) = only(run(extractor, text), action)
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_strikes_after_a_lead_naming_one_striker_are_its(extractor: Extractor) -> None:
    text = (
        "شن الحرس الثوري الإيراني صباح اليوم هجمات بالصواريخ على مقرات لأحزاب كردية معارضة "
        "في إقليم كردستان.\n"
        "وطال القصف مقرات حركة كومله في بلدة بنجوين، كما استهدفت طائرات مسيرة مخيما قرب مدينة كويه."
    )
    events = run(extractor, text, dt.date(2022, 9, 28))
    assert {e.actor1 for e in events if e.action in ("shelling", "airstrike")} == {"irgc"}
    assert "komala" in {e.actor2 for e in events}


# ---- non-events and tolls in the document (session 3, events3)
def test_e3_own_air_defences_intercepting_missiles_is_no_clash(extractor: Extractor) -> None:
    text = (
        "استهدف العدو الإسرائيلي بعدوان جوي مطار دمشق الدولي فجر اليوم، "
        "وقد تصدت وسائط دفاعنا الجوي لصواريخ العدوان وأسقطت عدداً منها."
    )
    events = run(extractor, text, dt.date(2023, 10, 12))
    assert not only(events, "clash")
    assert only(events, "airstrike")


def test_e3_a_detention_count_told_with_an_arrest_stays_a_toll(extractor: Extractor) -> None:
    text = (
        "وثقت المنظمة الحقوقية خلال الشهر ما لا يقل عن 140 حالة اعتقال تعسفي، بينها 9 أطفال، "
        "نفذت معظمها الأجهزة الأمنية في مدينة حمص."
    )
    result = extractor.extract(Document("t", text, publication_date=dt.date(2020, 3, 1)))
    assert {(t.group, t.captured) for t in result.tolls} == {("total", 140), ("children", 9)}


def test_al_manar_islamic_resistance_is_hezbollah_session2(extractor: Extractor) -> None:
    text = "وسيطر الجيش العربي السوري بالتعاون مع المقاومة الإسلامية على مدينة القصير."
    (e,) = only(run(extractor, text), "capture")
    assert (e.actor1, e.assoc_actor1) == ("syrian_regime", "hezbollah")


# ---- dates round 4
def test_d4_a_date_after_areas_under_control_is_the_shelling_day(extractor: Extractor) -> None:
    text = (
        "وقصفت الفصائل المسلحة انطلاقاً من مناطق سيطرتها، ظهر أمس، بقذائف الهاون أطراف مدينة منبج."
    )
    events = only(run(extractor, text, dt.date(2021, 4, 10)), "shelling")
    assert events and {e.event_date for e in events} == {"2021-04-09"}


def test_d4_shelling_since_a_named_day_of_the_week_is_dated_to_it(extractor: Extractor) -> None:
    text = "وتقصف المدفعية التركية منذ الأحد الماضي قرى حدودية قرب بلدة عين العرب."
    (e,) = only(run(extractor, text, dt.date(2021, 4, 8)), "shelling")
    assert e.event_date == "2021-04-04"


def test_d4_shelling_since_two_days_ago_stays_undated(extractor: Extractor) -> None:
    text = "وتقصف المدفعية التركية منذ يومين قرى حدودية قرب بلدة عين العرب."
    (e,) = only(run(extractor, text, dt.date(2021, 4, 8)), "shelling")
    assert e.event_date == ""


@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        pytest.param(
            "قصفت طائرات حربية روسية منذ يومين بلدة كفرنبودة بريف حماة.",
            "airstrike",
            "2021-04-06",
            id="past-verb-two-days-ago",
        ),
        pytest.param(
            "سيطرت قوات النظام منذ يومين على بلدة كفرنبودة بريف حماة.",
            "capture",
            "2021-04-06",
            id="a-capture-two-days-ago",
        ),
        pytest.param(
            "اعتقلت قوات الأمن منذ ثلاثة أيام خمسة شبان في مدينة درعا.",
            "arrest",
            "2021-04-05",
            id="three-days-ago",
        ),
        pytest.param(
            "تتواصل الاشتباكات منذ يومين بين قوات النظام والفصائل في محيط بلدة كفرنبودة.",
            "clash",
            "",
            id="present-verb-is-a-span",
        ),
        pytest.param(
            "تتعرض بلدة كفرنبودة منذ يومين لقصف جوي مكثف.",
            "airstrike",
            "",
            id="present-passive-is-a-span",
        ),
        pytest.param(
            "اندلعت اشتباكات منذ يومين بين قوات النظام والفصائل في محيط بلدة كفرنبودة ولا تزال "
            "مستمرة.",
            "clash",
            "",
            id="still-going-on-is-a-span",
        ),
        pytest.param(
            "قصفت الطائرات الروسية بلدة كفرنبودة، والتي تحاصرها قوات النظام منذ يومين.",
            "airstrike",
            "",
            id="a-siege-of-a-later-clause",
        ),
        pytest.param(
            "قصفت طائرات حربية روسية منذ أسبوعين بلدة كفرنبودة بريف حماة.",
            "airstrike",
            "",
            id="more-than-a-week-no-day",
        ),
        pytest.param(
            "شنت الطائرات الحربية منذ ساعات غارات على بلدة كفرنبودة بريف حماة.",
            "airstrike",
            "2021-04-08",
            id="s17-hM6-hours-ago-is-the-day-of-the-report",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة منذ ساعتين في مدينة أعزاز شمال حلب.",
            "bombing",
            "2021-04-08",
            id="s17-hM6-two-hours-ago",
        ),
        pytest.param(
            "قصفت قوات النظام منذ ساعة بلدة كفرنبودة بالمدفعية الثقيلة.",
            "shelling",
            "2021-04-08",
            id="s17-hM6-an-hour-ago",
        ),
        pytest.param(
            "تتعرض بلدة كفرنبودة منذ ساعات لقصف مدفعي مكثف من قوات النظام.",
            "shelling",
            "",
            id="s17-hM6-a-present-verb-for-hours-is-a-span",
        ),
        pytest.param(
            "شنت الطائرات الحربية منذ ساعات فجر أمس غارات على بلدة كفرنبودة بريف حماة.",
            "airstrike",
            "2021-04-07",
            id="s17-hM6-since-the-hours-of-a-dawn-told-is-that-day",
        ),
        pytest.param(
            "شنت الطائرات الحربية منذ ساعات الفجر الأولى غارات على بلدة كفرنبودة بريف حماة.",
            "airstrike",
            "",
            id="s17-hM6-the-early-hours-with-no-day-stay-undated",
        ),
        pytest.param(
            "قصفت قوات النظام منذ 30 ساعة بلدة كفرنبودة بالمدفعية الثقيلة.",
            "shelling",
            "",
            id="s17-hM6-more-than-twelve-hours-no-day",
        ),
    ],
)
def test_dates_s17_since_a_count_of_days_after_a_past_verb_is_days_ago(
    extractor: Extractor, text: str, action: str, date: str
) -> None:
    (e,) = only(run(extractor, text, dt.date(2021, 4, 8)), action)
    assert e.event_date == date


@pytest.mark.parametrize(
    ("text", "action", "place", "date"),
    [
        pytest.param(
            "أحيا ناشطون اليوم ذكرى مجزرة الحولة التي قتل فيها أكثر من مئة مدني بقصف لقوات النظام.",
            "shelling",
            "الحولة",
            "",
            id="the-act-remembered-takes-no-day-of-the-remembrance",
        ),
        pytest.param(
            "خرج متظاهرون اليوم في إدلب في ذكرى مجزرة الحولة التي ارتكبتها قوات النظام بقصف "
            "البلدة.",
            "shelling",
            "الحولة",
            "",
            id="nor-from-the-protest-of-the-sentence",
        ),
        pytest.param(
            "نظم أهالي بلدة كفرنبل اليوم وقفة في الذكرى الأولى لمقتل الناشط رائد الفارس برصاص "
            "مسلحين.",
            "attack",
            "كفر نبل",
            "",
            id="a-first-anniversary-of-a-killing",
        ),
        pytest.param(
            "خرج متظاهرون اليوم في إدلب في ذكرى مجزرة الحولة التي ارتكبتها قوات النظام بقصف "
            "البلدة.",
            "protest",
            "إدلب",
            "2021-04-08",
            id="the-remembrance-itself-keeps-its-day",
        ),
        pytest.param(
            "شنت الطائرات الروسية اليوم، بالتزامن مع الذكرى الثامنة للثورة، غارات على مدينة دوما.",
            "airstrike",
            "دوما",
            "2021-04-08",
            id="strikes-told-on-an-anniversary-are-of-the-day",
        ),
        pytest.param(
            "وفي الذكرى السابعة لمجزرة الكيماوي، قصفت قوات النظام اليوم مدينة دوما.",
            "shelling",
            "دوما",
            "2021-04-08",
            id="a-day-after-the-verb",
        ),
        pytest.param(
            "وانفجرت عبوة ناسفة في مدينة أعزاز، في ثالث تفجير تشهده المدينة منذ السبت.",
            "bombing",
            "أعزاز",
            "",
            id="the-third-blast-since-saturday-is-no-day",
        ),
        pytest.param(
            "قصفت قوات النظام مدينة خان شيخون منذ يوم الاثنين الماضي.",
            "shelling",
            "خان شيخون",
            "2021-04-05",
            id="since-monday-still-dates",
        ),
    ],
)
def test_dates_s17_remembrances_and_counts_since_are_no_day_of_the_act(
    extractor: Extractor, text: str, action: str, place: str, date: str
) -> None:
    events = [
        e
        for e in run(extractor, text, dt.date(2021, 4, 8))
        if e.action == action and e.location_ar == place
    ]
    assert events and {e.event_date for e in events} == {date}


def test_d4_a_one_day_roundup_dates_its_undated_items(extractor: Extractor) -> None:
    head = "نشرة يومية.. قصف على ريف حلب\nرصدت الشبكة اليوم الثلاثاء 6 نيسان أبرز ما جرى:\n"
    body = "وألقت المروحيات براميل متفجرة على بلدة الأتارب غرب حلب."
    events = only(run(extractor, head + body, dt.date(2021, 4, 6)), "airstrike")
    assert events and {e.event_date for e in events} == {"2021-04-06"}
    events = only(run(extractor, "قصف على ريف حلب\n" + body, dt.date(2021, 4, 6)), "airstrike")
    assert events and {e.event_date for e in events} == {""}


# ---- precision round 4
NOT_AN_EVENT_R4 = [
    pytest.param(
        "وتشهد المنطقة توتراً منذ سيطرة الجيش على بلدة مورك.", "capture", id="since_a_capture"
    ),
    pytest.param(
        "واستنكرت وزارة الخارجية التركية وحكومة إقليم كوردستان الهجوم على بلدة سنجار.",
        "clash",
        id="condemned_after_a_long_subject",
    ),
    pytest.param(
        "ووصفت منظمة العفو الدولية الغارات على مدينة أريحا بأنها جريمة حرب.",
        "airstrike",
        id="described",
    ),
    pytest.param(
        "أعلنت الشرطة ضبط خلية في مدينة الباب كانت تعد لتنفيذ تفجيرات في الأسواق.",
        "bombing",
        id="was_preparing",
    ),
    pytest.param(
        "وقال ناشط إن الأهالي بعد الفرار من ويلات الحرب في مدينة الرقة يعيشون في المخيمات.",
        "withdrawal",
        id="flight_from_hardship",
    ),
    pytest.param(
        "اعتقلت القوات نحو 200 رجل من عشيرة البكارة فروا من بلدة الكسرة.",
        "withdrawal",
        id="counted_people_who_fled",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة مفخخة مقراً للحزب قرب بلدة سيدكان.", "bombing", id="explosive_drone"
    ),
    pytest.param(
        "ودخلت الحملة العسكرية على مدينة الرقة شهرها الثالث.", "capture", id="campaign_enters"
    ),
    pytest.param(
        "وقال المسؤول إن العملية أسفرت حتى مساء أمس عن اعتقال 80 مشتبهاً في مخيم الهول.",
        "arrest",
        id="running_count",
    ),
    pytest.param(
        "قتل شاب برصاص عناصر الأمن خلال مداهمة منزله في بلدة الصنمين.",
        "arrest",
        id="raid_as_setting",
    ),
    pytest.param(
        "وقتلت قوات النظام 12 مدنياً في سوريا، في حين قتل 30 مدنياً على يد جهات أخرى.",
        "attack",
        id="breakdown_by_party",
    ),
    pytest.param("ووثقت الشبكة 50 حالة اعتقال في محافظة حماة.", "arrest", id="cases_counted"),
    pytest.param(
        "واتهمت أنقرة الحزب بالوقوف وراء التفجير في مدينة الريحانية.",
        "bombing",
        id="stood_behind",
    ),
    pytest.param("وعلى صعيد الاعتقال، تحدث التقرير عن ريف دمشق.", "arrest", id="topic_heading"),
    pytest.param(
        "وتطالب الحكومة الدول باستعادة مواطنيها من مخيم الهول.", "capture", id="demands_return"
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_AN_EVENT_R4)
def test_p4_not_an_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


def test_p4_palmyra_is_a_place_and_sorties_are_strikes(extractor: Extractor) -> None:
    text = (
        "غارات روسية في محيط تدمر\n"
        "نفذت الطائرات الروسية 30 طلعة قتالية في منطقة تدمر بريف حمص الشرقي."
    )
    events = only(run(extractor, text), "airstrike")
    assert len(events) == 1 and events[0].location == "Tadmur"


def test_p4_a_bare_attack_with_no_place_of_its_own_restates_the_event_before(
    extractor: Extractor,
) -> None:
    text = (
        "سقطت خمسة صواريخ على قاعدة عسكرية في بلدة الضلوعية صباح اليوم.\n"
        "وقال المتحدث باسم التحالف الدولي إن الهجوم وقع عند الساعة التاسعة."
    )
    events = run(extractor, text)
    assert not only(events, "clash") and len(only(events, "shelling")) == 1


def test_p4_a_town_taken_once_whatever_side_it_was_taken_from(extractor: Extractor) -> None:
    text = (
        "سيطر الجيش السوري على مدينة الميادين بعد معارك مع تنظيم داعش.\n"
        "ودخلت قوات الجيش السوري مدينة الميادين بعد الالتقاء بقوات الحشد الشعبي."
    )
    assert len(only(run(extractor, text), "capture")) == 1


def test_p4_an_attack_noun_joins_the_attack_on_civilians_it_summarises(
    extractor: Extractor,
) -> None:
    text = (
        "هجوم لتنظيم داعش على قرية في قضاء خانقين\n"
        "قال مصدر إن مسلحين من داعش هاجموا قرية في قضاء خانقين وفتحوا النار على الأهالي "
        "ما أسفر عن مقتل 5 مدنيين."
    )
    events = run(extractor, text)
    assert not only(events, "clash") and len(only(events, "attack")) == 1


# ---- figures round 4
FIGURES_R4 = [
    pytest.param(
        "أعدم تنظيم داعش اليوم رجلاً في ساحة مدينة الميادين بتهمة التعامل مع التحالف.",
        ("attack", 1, None),
        id="object-of-an-execution-after-subject-and-time",
    ),
    pytest.param(
        "اغتال مسلحون مجهولون أمس عضواً في مجلس بلدة الشحيل بإطلاق النار عليه.",
        ("attack", 1, None),
        id="object-of-an-assassination-after-a-plural-subject",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة تركية سيارة القيادي في الوحدات قرب بلدة الدرباسية أمس، "
        "ما أدى إلى مقتله.",
        ("airstrike", 1, None),
        id="dead-told-by-a-pronoun",
    ),
    pytest.param(
        "استهدفت غارة أمريكية سيارة تقل قياديين في تنظيم القاعدة قرب بلدة سرمدا اليوم، "
        "ما أدى إلى مقتلهما.",
        ("airstrike", 2, None),
        id="dead-told-by-a-dual-pronoun",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرزيتا اليوم، ما أدى إلى مقتل امرأة وإصابة طفلتها.",
        ("shelling", 1, 1),
        id="a-relative-with-a-pronoun-is-one-person",
    ),
    pytest.param(
        "قتل شخصان وأصيب ثالث بجروح بانفجار عبوة في مدينة الرقة اليوم.",
        ("bombing", 2, 1),
        id="dual-killed-then-the-wounded-clause",
    ),
    pytest.param(
        "قتل تسعة مدنيين، بينهم أربعة أطفال وامرأتان، في غارة للتحالف على بلدة هجين اليوم.",
        ("airstrike", 9, None),
        id="a-dual-listed-after-a-subset-is-part-of-it",
    ),
    pytest.param(
        "انفجرت سيارة مفخخة في سوق مدينة جرابلس اليوم، راح ضحيتها عشرة مدنيين.",
        ("bombing", 10, None),
        id="went-as-its-victims",
    ),
    pytest.param(
        "أودى انفجار عبوة ناسفة في حي الكرادة ببغداد اليوم بحياة ستة أشخاص.",
        ("bombing", 6, None),
        id="claimed-the-lives-of-after-the-subject",
    ),
    pytest.param(
        "سقطت قذائف هاون على حي باب توما في دمشق اليوم. وأصيب أربعة مدنيين بجروح.",
        ("shelling", None, 4),
        id="wounded-told-in-the-next-sentence",
    ),
    pytest.param(
        "ورصد التقرير أبرز الحوادث خلال الشهر؛ ففي 3 أيار قتل طفلان وأصيبت والدتهما بقصف "
        "مدفعي على بلدة كنصفرة.",
        ("shelling", 2, 1),
        id="a-period-word-in-a-lead-clause-before-a-dated-killing",
    ),
    pytest.param(
        "أفاد ناشطون بأن مسلحين أعدموا رمياً بالرصاص 7 رجال وثلاثة صبية في قرية الجفرة أمس.",
        ("attack", 10, None),
        id="boys-listed-after-men",
    ),
    pytest.param(
        "سقطت قذائف هاون على حي باب توما في دمشق صباح اليوم. وأفادت مصادر طبية بإصابة ستة "
        "أشخاص بجروح متفاوتة.",
        ("shelling", None, 6),
        id="wounded-told-by-a-report-in-the-next-sentence",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة قرب سوق مدينة الطبقة ظهر اليوم. وذكر ناشطون إصابة ثلاثة مدنيين بينهم "
        "طفل.",
        ("bombing", None, 3),
        id="wounded-told-by-activists-in-the-next-sentence",
    ),
    pytest.param(
        "قصفت طائرات التحالف الدولي مدينة الرقة أمس. وارتفعت حصيلة القتلى إلى 21 مدنياً بينهم "
        "ستة أطفال.",
        ("airstrike", 21, None),
        id="count-of-civilians-told-rising-after-the-event",
    ),
    pytest.param(
        "شنت طائرات روسية غارات على بلدة التمانعة فجر اليوم. وقال الدفاع المدني إن عدد القتلى "
        "ارتفع إلى تسعة مدنيين.",
        ("airstrike", 9, None),
        id="count-of-civilians-told-rising-by-a-reporter",
    ),
    pytest.param(
        "هاجم مسلحو داعش قرية البو حياة في قضاء الطارمية، وقتلوا ستة من أبناء العشائر وأصابوا "
        "أربعة آخرين.",
        ("clash", 6, 4),
        id="active-wounding-verb-after-active-killing-verb",
    ),
    pytest.param(
        "أطلق مسلحون مجهولون النار على سيارة مدنية في بلدة الصنمين، فقتلوا رجلاً وأصابوا زوجته.",
        ("attack", 1, 1),
        id="active-wounding-verb-with-a-relative",
    ),
    pytest.param(
        "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبودة اليوم، بعد يومين من مقتل سبعة آخرين "
        "بغارات روسية على البلدة.",
        ("shelling", 3, None),
        id="two-days-are-no-two-dead",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة بسيارة عسكرية في مدينة درعا. وقتل في الانفجار ضابط برتبة ملازم، "
        "وأصيب عنصران.",
        ("bombing", 1, 2),
        id="one-dead-told-after-the-cause",
    ),
    pytest.param(
        "استشهد جراء القصف شاب من أبناء بلدة بنش.",
        ("shelling", 1, None),
        id="one-martyr-told-after-the-cause",
    ),
    pytest.param(
        "قتل أمس جندي عراقي بهجوم لداعش في قضاء خانقين.",
        ("clash", 1, None),
        id="one-dead-told-after-the-day",
    ),
    pytest.param(
        "انفجرت دراجة نارية مفخخة في مدينة أعزاز، وقتل في التفجير مدني وأصيب خمسة آخرون.",
        ("bombing", 1, 5),
        id="one-dead-told-after-the-blast-noun",
    ),
    pytest.param(
        "دارت اشتباكات بين قسد وداعش في قرية الباغوز، وقتل عنصر من قسد و3 من داعش.",
        ("clash", 4, None),
        id="a-group-joined-to-one-dead-person",
    ),
    pytest.param(
        "دارت اشتباكات بين قسد وداعش في قرية الباغوز، وقتل في الاشتباك عنصر من قسد و3 من داعش.",
        ("clash", 4, None),
        id="a-group-joined-to-one-dead-person-told-after-the-cause",
    ),
    pytest.param(
        "هاجم مسلحو داعش نقطة للجيش في قضاء الطارمية. وقال مصدر أمني إن الوضع تحت السيطرة. وفي "
        "حصيلة أولية، قتل ثلاثة جنود وأصيب خمسة آخرون.",
        ("clash", 3, 5),
        id="a-first-count-told-after-a-statement",
    ),
    pytest.param(
        "انفجرت سيارة مفخخة في سوق مدينة الطبقة ظهر اليوم. وقال مسؤول محلي إن السوق كان مكتظاً "
        "بالمتسوقين. وأفادت مصادر طبية بمقتل سبعة أشخاص وإصابة 20 آخرين.",
        ("bombing", 7, 20),
        id="a-medical-count-told-after-a-statement",
    ),
    pytest.param(
        "شن تنظيم داعش، فجر أمس، هجوماً واسعاً على مدينة كركوك. وقال محافظ كركوك إن «الوضع تحت "
        "السيطرة». وفي حصيلة غير نهائية لهجوم كركوك، قالت مصادر أمنية إن 46 شخصاً قتلوا بين "
        "عناصر أمن ومدنيين، فيما قتل 48 من المهاجمين.",
        ("clash", 94, None),
        id="a-provisional-count-of-the-attack-on-its-own-town",
    ),
    pytest.param(
        "قتل 9 عناصر من قسد، بينهم قيادي، و4 من الجيش الوطني في اشتباكات على محور تل تمر.",
        ("clash", 13, None),
        id="a-group-after-a-subset-closed-by-a-comma-is-added",
    ),
    pytest.param(
        "قتل 15 عنصراً من النظام بينهم ضابطان، و7 من الفصائل، في معارك بريف حماة.",
        ("clash", 22, None),
        id="a-side-after-a-subset-closed-by-a-comma-is-added",
    ),
    pytest.param(
        "أفادت مصادر محلية بمقتل طفلة وإصابة والدتها برصاص قناص في حي القدم جنوبي دمشق.",
        ("attack", 1, 1),
        id="her-mother-wounded",
    ),
    pytest.param(
        "قتلت امرأة وشقيقها بقصف مدفعي على بلدة كفرنبل.",
        ("shelling", 2, None),
        id="a-woman-and-her-brother",
    ),
    # session 16 (hI5): a mother, father, brother or sister told by a possessive
    pytest.param(
        "قتل طفل وأمه بقصف صاروخي على مدينة أريحا.",
        ("shelling", 2, None),
        id="s16-a-child-and-his-mother",
    ),
    pytest.param(
        "قتل طفلان وأمهما بقصف صاروخي على مدينة أريحا.",
        ("shelling", 3, None),
        id="s16-two-children-and-their-mother",
    ),
    pytest.param(
        "قتل عنصر من قوات النظام وأصيب أخوه بقصف للفصائل على بلدة محردة.",
        ("shelling", 1, 1),
        id="s16-his-brother-wounded",
    ),
    pytest.param(  # the mother's house: no victim
        "قتل شاب بقصف صاروخي أمام منزل أمه في مدينة أريحا.",
        ("shelling", 1, None),
        id="s16-neg-his-mother-s-house",
    ),
    # session 16 (hI5): people named again after a count and a comma, with no «هم»
    pytest.param(
        "وقتل مدنيان، رجل وامرأة، بقصف مدفعي على بلدة الهبيط.",
        ("shelling", 2, None),
        id="s16-two-civilians-a-man-and-a-woman",
    ),
    pytest.param(
        "قتل 3 مدنيين، طفل وامرأتان، بقصف مدفعي على بلدة الهبيط.",
        ("shelling", 3, None),
        id="s16-three-civilians-a-child-and-two-women",
    ),
    pytest.param(
        "قتل 5 أشخاص، 3 أطفال وامرأتان، بقصف مدفعي على بلدة الهبيط.",
        ("shelling", 5, None),
        id="s16-five-people-three-children-and-two-women",
    ),
    pytest.param(  # another group joined by و after the comma still adds
        "قتل 3 عناصر من الشرطة، ومدنيان في تفجير عبوة ناسفة في بغداد.",
        ("bombing", 5, None),
        id="s16-neg-another-group-after-a-comma-adds",
    ),
    pytest.param(  # the wounded after the comma are not the dead
        "قتل مدنيان، وجرح طفل وامرأة بقصف مدفعي على بلدة الهبيط.",
        ("shelling", 2, 2),
        id="s16-neg-the-wounded-after-a-comma",
    ),
    pytest.param(
        "سقط شهيد وعدد من الجرحى جراء قصف قوات النظام على بلدة الهبيط.",
        ("shelling", 1, None),
        id="one-martyr-fell",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في حي الزهراء بحمص، ما أدى لسقوط قتيل.",
        ("bombing", 1, None),
        id="led-to-the-fall-of-one-dead",
    ),
    pytest.param(
        "وفي ديالى، قُتل مزارع برصاص قناص مجهول أثناء عمله في بستانه في أطراف ناحية أبي صيدا "
        "شمال شرقي بعقوبة، عصر أمس.",
        ("attack", 1, None),
        id="a-farmer-killed",
    ),
    pytest.param(
        "اغتال مسلحون الأمينة العامة لحزب سوريا المستقبل وسائقها قرب تل أبيض.",
        ("attack", 2, None),
        id="a-secretary-general-and-her-driver",
    ),
    pytest.param(
        "أصيب مسن بجروح جراء قصف على بلدة كفرنبل.",
        ("shelling", None, 1),
        id="an-old-man-wounded",
    ),
    pytest.param(
        "قتل 3 عناصر من قوات النظام بهجوم لداعش قرب قرية الشولا أمس. وبذلك ترتفع حصيلة قتلى "
        "قوات النظام في البادية منذ مطلع العام إلى 150 عنصراً.",
        ("clash", 3, None),
        id="a-count-of-fighters-since-the-new-year-is-a-toll",
    ),
    # session 13 hD: a breakdown after «من بينهم» that makes up the whole is not added
    pytest.param(
        "قتل 20 شخصاً، من بينهم ستة من عناصر الشرطة، و14 مدنياً، في تفجير سيارة مفخخة في "
        "مدينة الباب.",
        ("bombing", 20, None),
        id="a-breakdown-after-a-subset-making-up-the-whole-is-not-added",
    ),
    pytest.param(
        "قتل 25 مقاتلاً، بينهم 10 من قوات النظام، و15 من الفصائل، في معارك بريف حماة الشمالي.",
        ("clash", 25, None),
        id="a-breakdown-of-fighters-by-side-is-not-added",
    ),
    pytest.param(
        "قتل 12 عنصراً من قوات النظام، بينهم ضابط، و11 مجنداً، في هجوم لهيئة تحرير الشام على "
        "حاجز في ريف حماة.",
        ("clash", 12, None),
        id="one-officer-and-the-rest-make-up-the-whole",
    ),
    pytest.param(
        "قتل 7 عناصر من قوات النظام، بينهم ضابطان، و5 من الفصائل في معارك بريف حماة الشمالي.",
        ("clash", 12, None),
        id="another-side-after-a-sided-whole-is-added-even-when-it-sums",
    ),
    # session 13 hD: one victim after the fire and its shooter
    pytest.param(
        "قتل بنيران قناص تابع لقوات النظام مدني في مدينة درعا.",
        ("attack", 1, None),
        id="one-victim-after-a-sniper-of-a-side",
    ),
    pytest.param(
        "قتل برصاص مسلحين مجهولين شاب في بلدة طفس بريف درعا الغربي.",
        ("attack", 1, None),
        id="one-victim-after-unknown-gunmen",
    ),
    pytest.param(
        "استشهد برصاص قناص من قوات الأسد طفل في حي الوعر بحمص.",
        ("attack", 1, None),
        id="one-martyr-after-a-sniper-of-the-regime",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة بسيارة القيادي في جيش الإسلام في دوما ما أدى إلى قتله.",
        ("bombing", 1, None),
        id="his-killing-is-still-one-dead",
    ),  # session 14 (hK): single victims told in the feminine, by trades, falling or as the object
    # of «قتل» after its subject; the wounded who died are dead
    pytest.param(
        "استشهدت سيدة جراء قصف مدفعي لقوات النظام على قرية البارة بجبل الزاوية.",
        ("shelling", 1, None),
        id="s14-a-woman-martyred-is-one-dead",
    ),
    pytest.param(
        "واستشهدت طفلة بقصف مدفعي لقوات النظام على بلدة كفرنبل.",
        ("shelling", 1, None),
        id="s14-a-girl-martyred-after-and-is-one-dead",
    ),
    pytest.param(
        "قضت امرأة جراء قصف قوات النظام على قرية البارة.",
        ("shelling", 1, None),
        id="s14-a-woman-perished-is-one-dead",
    ),
    pytest.param(
        "قُتل رئيس بلدية المسيفرة برصاص مجهولين في ريف درعا.",
        ("attack", 1, None),
        id="s14-a-town-s-mayor-killed-is-one-dead",
    ),
    pytest.param(
        "مقتل متطوع في الفرقة الرابعة بهجوم مسلح في بلدة المزيريب بريف درعا الغربي.",
        ("clash", 1, None),
        id="s14-a-volunteer-killed-is-one-dead",
    ),
    pytest.param(
        "سقط جريح جراء قصف قوات النظام على حي الوعر في حمص.",
        ("shelling", None, 1),
        id="s14-one-wounded-falling",
    ),
    pytest.param(
        "قتل مسلحون مجهولون شاباً في بلدة الكرك الشرقي بريف درعا.",
        ("attack", 1, None),
        id="s14-object-of-killed-after-its-plural-subject",
    ),
    pytest.param(
        "ألقى الطيران المروحي براميل متفجرة على حي الشعار بحلب، ما أدى لاستشهاد 7 مواطنين "
        "وسقوط جرحى.",
        ("airstrike", 7, None),
        id="s14-the-dead-before-wounded-falling-stay-dead",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرزيتا، ما أدى لإصابة 7 مواطنين وسقوط شهيد.",
        ("shelling", 1, 7),
        id="s14-one-martyr-falling-after-the-wounded",
    ),
    pytest.param(
        "قصفت طائرات النظام الحربية سوقاً شعبياً في مدينة معرة النعمان، ما أدى إلى مقتل ثمانية "
        "مدنيين. وتوفي ثلاثة من الجرحى متأثرين بجراحهم.",
        ("airstrike", 11, None),
        id="s14-the-wounded-who-died-are-dead",
    ),
    pytest.param(
        "قتل ثمانية مدنيين وجرح 20 في غارات على مدينة معرة النعمان، وتوفي ثلاثة من المصابين "
        "في المستشفى.",
        ("airstrike", 11, 20),
        id="s14-the-wounded-who-died-in-hospital-are-dead",
    ),
    pytest.param(
        "قصفت طائرات النظام الحربية سوقاً شعبياً في مدينة معرة النعمان، ما أدى إلى مقتل ثمانية "
        "مدنيين وإصابة 20 آخرين، توفي ثلاثة منهم لاحقاً.",
        ("airstrike", 11, 20),
        id="s14-the-wounded-are-not-the-dead-of-the-clause-after-the-comma",
    ),
    pytest.param(
        "قصفت طائرات النظام الحربية سوقاً شعبياً في مدينة معرة النعمان، ما أدى إلى مقتل ثمانية "
        "مدنيين. وقال مراسل عنب بلدي إن عدد القتلى ارتفع إلى 13 بعد وفاة خمسة من الجرحى "
        "متأثرين بجراحهم.",
        ("airstrike", 13, None),
        id="s14-the-wounded-who-died-raising-the-count-are-no-wounded",
    ),
    # the wounded who died told with no «من» (session 16, hC5)
    pytest.param(
        "توفي ثلاثة جرحى متأثرين بإصاباتهم جراء الغارات الروسية على مدينة معرة النعمان.",
        ("airstrike", 3, None),
        id="s16-three-wounded-who-died-are-dead",
    ),
    pytest.param(
        "استهدفت غارة جوية سوقاً شعبياً في مدينة أريحا صباح اليوم، وارتفع عدد القتلى إلى 12 "
        "مدنياً بعد وفاة جريحين متأثرين بجراحهما.",
        ("airstrike", 12, None),
        id="s16-two-wounded-who-died-raising-the-count-are-in-it",
    ),
    pytest.param(
        "نفذت طائرات حربية غارات على بلدة كفرنبل، وارتفع عدد القتلى إلى 9 إثر وفاة ثلاثة جرحى.",
        ("airstrike", 9, None),
        id="s16-the-rise-after-three-wounded-died-has-no-wounded",
    ),
    pytest.param(
        "قتل خمسة مدنيين بقصف على كفرنبل، وارتفع عدد القتلى إلى 7 بعد وفاة جريحين.",
        ("shelling", 7, None),
        id="s16-two-wounded-who-died-after-a-count",
    ),
    pytest.param(
        "انفجرت سيارة مفخخة في حي الكرادة وسط بغداد، ما أسفر عن مقتل 20 شخصاً وإصابة 40 آخرين. "
        "وقال مصدر طبي إن ثلاثة جرحى توفوا في المستشفى.",
        ("bombing", 23, 40),
        id="s16-wounded-then-died-verb-after-are-dead",
    ),
    pytest.param(
        "أسفر القصف على بلدة كفرنبل عن مقتل شخص وجريحين.",
        ("shelling", 1, 2),
        id="s16-a-dual-wounded-joined-by-and-stays-wounded",
    ),
    pytest.param(
        "أسفر القصف على بلدة كفرنبل عن قتيلين و3 جرحى.",
        ("shelling", 2, 3),
        id="s16-wounded-joined-by-and-after-the-dead-stay-wounded",
    ),
    pytest.param(
        "انفجرت سيارة مفخخة في سوق مدينة بعقوبة، ما أدى إلى مقتل 5 أشخاص. ولقي 4 مصابين حتفهم "
        "لاحقاً في مستشفى المدينة.",
        ("bombing", 9, None),
        id="s16-wounded-who-met-their-death-are-dead",
    ),
    pytest.param(
        "استشهد 23 مدنياً وجرح العشرات جراء غارات جوية روسية على حي الشعار في مدينة حلب. وفي وقت "
        "لاحق، أكد الدفاع المدني أن حصيلة المجزرة ارتفعت إلى 31 شهيداً بعد وفاة عدد من الجرحى "
        "متأثرين بإصاباتهم.",
        ("airstrike", 31, None),
        id="s16-a-vague-number-of-wounded-who-died-leaves-the-rise-as-before",
    ),
    # a share of the wounded after the manner of their wounds and a comma (session 16, hC5)
    pytest.param(
        "قصفت قوات النظام بلدة كفرنبل، ما أدى إلى إصابة أربعة مدنيين بجروح متفاوتة، اثنان منهم "
        "بحالة خطرة.",
        ("shelling", None, 4),
        id="s16-two-of-the-wounded-after-the-manner-of-wounds-are-no-more-wounded",
    ),
    pytest.param(
        "قصفت قوات النظام بلدة كفرنبل، ما أدى إلى إصابة 4 مدنيين بجروح خطيرة، 2 منهم أطفال.",
        ("shelling", None, 4),
        id="s16-a-share-in-digits-after-serious-wounds-is-part-of-the-count",
    ),
    pytest.param(
        "انفجرت عبوة ناسفة في سوق بعقوبة، ما أسفر عن مقتل شخصين وإصابة 9 آخرين بجروح متفاوتة، "
        "ثلاثة منهم في حالة حرجة.",
        ("bombing", 2, 9),
        id="s16-three-of-the-wounded-in-critical-condition-are-no-more-wounded",
    ),
    pytest.param(
        "سقطت قذيفة على حي الميدان في حلب، ما أدى إلى إصابة طفلين بجروح، وقتل اثنان آخران.",
        ("shelling", 2, 2),
        id="s16-a-new-count-after-the-wounds-with-its-own-verb-still-counts",
    ),
    # a count in the next sentence: of a neighbourhood's town, of «ضحايا» risen
    pytest.param(
        "استهدف تفجير انتحاري سوقاً شعبياً في حي الكرادة ببغداد. وقالت مصادر طبية إن حصيلة "
        "الضحايا بلغت 13 قتيلاً و35 جريحاً.",
        ("bombing", 13, 35),
        id="s14-a-count-after-a-blast-in-a-neighbourhood-is-its-count",
    ),
    pytest.param(
        "قتل 5 أشخاص بتفجير انتحاري استهدف سوقاً شعبياً في حي الكرادة ببغداد. وارتفع عدد ضحايا "
        "التفجير إلى 13 شخصاً.",
        ("bombing", 13, None),
        id="s14-the-victims-of-the-blast-risen-are-its-dead",
    ),
    pytest.param(
        "شنت طائرات حربية روسية غارات على مدينة خان شيخون. وارتفع عدد ضحايا المجزرة إلى 13 مدنياً.",
        ("airstrike", 13, None),
        id="s14-the-victims-of-the-massacre-risen-are-its-dead",
    ),
    # a count over several killings of a kind is no one event's
    pytest.param(
        "اغتال مجهولون قيادياً سابقاً في الجيش الحر في بلدة طفس بريف درعا الغربي. وبذلك يرتفع "
        "عدد القتلى بعمليات الاغتيال في درعا إلى 19 شخصاً.",
        ("attack", 1, None),
        id="s14-the-count-of-assassinations-risen-is-no-one-killing-s",
    ),
    pytest.param(
        "اغتال مجهولون قيادياً سابقاً في الجيش الحر في بلدة طفس بريف درعا الغربي، ليرتفع عدد "
        "ضحايا الاغتيالات في المحافظة إلى 19 شخصاً.",
        ("attack", 1, None),
        id="s14-the-victims-of-assassinations-risen-are-no-one-killing-s",
    ),
    pytest.param(
        "اغتال مجهولون قيادياً سابقاً في الجيش الحر في بلدة طفس بريف درعا الغربي. وسجلت درعا "
        "مقتل 19 شخصاً في عمليات اغتيال خلال شباط.",
        ("attack", 1, None),
        id="s14-the-dead-of-assassinations-over-a-month-are-no-event",
    ),
    # a side told losing its men: its dead
    pytest.param(
        "دارت اشتباكات عنيفة بين قوات النظام والفصائل في محيط بلدة كفرنبودة. وخسرت قوات النظام "
        "8 من عناصرها، فيما قتل 4 من الفصائل.",
        ("clash", 12, None),
        id="s14-a-side-losing-its-men-counts-its-dead",
    ),
    pytest.param(
        "دارت اشتباكات عنيفة بين قوات النظام والفصائل في محيط بلدة كفرنبودة، خسرت خلالها قوات "
        "النظام 8 عناصر.",
        ("clash", 8, None),
        id="s14-the-men-lost-during-the-fight",
    ),
    pytest.param(
        "سيطرت الفصائل على بلدة كفرنبودة، وخسرت قوات النظام 3 مواقع في محيطها.",
        ("capture", None, None),
        id="s14-positions-lost-are-no-dead",
    ),
    # one's life lost, a colleague wounded, an age told after the victim
    pytest.param(
        "فقد مقاتل من البيشمركة حياته بهجوم لداعش على قرية في قضاء مخمور.",
        ("clash", 1, None),
        id="s14-a-fighter-lost-his-life",
    ),
    pytest.param(
        "وفقد عنصران من الشرطة حياتهما بانفجار عبوة ناسفة في مدينة الموصل.",
        ("bombing", 2, None),
        id="s14-two-policemen-lost-their-lives",
    ),
    pytest.param(
        "لقي شرطي حتفه وأصيب زميله بهجوم مسلح على نقطة تفتيش في كركوك.",
        ("clash", 1, 1),
        id="s14-his-colleague-wounded-is-one",
    ),
    pytest.param(
        "قتل شاب (25 عاماً) برصاص مجهولين في مدينة جاسم بريف درعا.",
        ("attack", 1, None),
        id="s14-an-age-in-brackets-is-no-dead",
    ),
    pytest.param(
        "قتل طفل، 12 عاماً، وأصيب والده بقصف مدفعي على بلدة كنصفرة.",
        ("shelling", 1, 1),
        id="s14-an-age-between-commas-is-no-dead",
    ),
    # session 14 (hP): a victim told by a given name only, or as «المدعو», is one dead
    pytest.param(
        "قتل محمد الزعبي برصاص مجهولين في بلدة طفس بريف درعا الغربي.",
        ("attack", 1, None),
        id="s14-a-victim-told-by-his-name-only-is-one-dead",
    ),
    pytest.param(
        "اغتال مسلحون مجهولون محمد الزعبي في بلدة طفس بريف درعا.",
        ("attack", 1, None),
        id="s14-a-name-as-the-object-after-the-gunmen-is-one-dead",
    ),
    pytest.param(
        "اغتيال المدعو أحمد العلي برصاص مسلحين مجهولين في مدينة الميادين شرق دير الزور.",
        ("attack", 1, None),
        id="s14-the-one-called-so-assassinated-is-one-dead",
    ),
    pytest.param(
        "استشهد محمود العبد الله جراء قصف قوات النظام على مدينة داريا.",
        ("shelling", 1, None),
        id="s14-a-named-martyr-of-shelling-is-one-dead",
    ),
    pytest.param(
        "قتل 3 مدنيين وأحمد الخطيب برصاص مجهولين في مدينة جاسم.",
        ("attack", 4, None),
        id="s14-a-named-victim-joined-to-a-figure-adds-one",
    ),
    # session 14 (hP): the children or women a statement later counts in the same town are
    # among the dead told before, not more of them; «آخرين» or a larger count still adds
    pytest.param(
        "قتل 8 مدنيين جراء غارات جوية روسية على خان شيخون بريف إدلب. وقال الدفاع المدني إن 3 "
        "أطفال قتلوا في خان شيخون.",
        ("airstrike", 8, None),
        id="s14-children-told-later-are-among-the-dead-before",
    ),
    pytest.param(
        "قتل 8 مدنيين جراء غارات جوية روسية على خان شيخون بريف إدلب. وقتل 3 أطفال آخرين في "
        "البلدة ذاتها.",
        ("airstrike", 11, None),
        id="s14-other-children-told-later-are-added",
    ),
    # session 14 (hP): a count of a side as the object of an active killing verb
    pytest.param(
        "قتلت فصائل المعارضة ثلاثة من قوات النظام في اشتباكات بحي جوبر.",
        ("clash", 3, None),
        id="s14-a-count-of-a-side-as-the-killing-verb-s-object",
    ),
    # session 15 (hV): a count told risen to a bare number is the risen noun's
    pytest.param(
        "ارتفع عدد القتلى جراء غارات الطيران الحربي على بلدة كفرنبل إلى 11 بينهم 4 أطفال.",
        ("airstrike", 11, None),
        id="s15-dead-risen-to-a-bare-count-with-a-subset",
    ),
    pytest.param(
        "ارتفع عدد الجرحى جراء انفجار السيارة المفخخة في مدينة الباب إلى 45.",
        ("bombing", None, 45),
        id="s15-wounded-risen-to-a-bare-count",
    ),
    pytest.param(
        "وارتفع عدد القتلى في الغارات على مدينة حرستا اليوم إلى 17، بينهم ثلاث نساء.",
        ("airstrike", 17, None),
        id="s15-dead-risen-to-a-bare-count-before-a-comma",
    ),
    pytest.param(  # a running count over a period stays a toll
        "قتل 5 مدنيين بقصف على مدينة دوما، ليرتفع عدد القتلى منذ بداية الشهر إلى 150.",
        ("shelling", 5, None),
        id="s15-neg-a-bare-count-risen-since-the-month-began",
    ),
    pytest.param(  # strikes counted, no dead
        "ارتفع عدد الغارات على مدينة داريا إلى 20 غارة منذ الصباح.",
        ("airstrike", None, None),
        id="s15-neg-strikes-risen-to-a-count",
    ),
    # session 16 (hI5): a bare risen count told with why it rose, and «ضحايا» risen bare
    pytest.param(
        "ارتفع عدد القتلى جراء القصف على مدينة أريحا إلى 11 بعد وفاة أحد الجرحى.",
        ("shelling", 11, None),
        id="s16-dead-risen-to-a-bare-count-told-with-why-it-rose",
    ),
    pytest.param(
        "ارتفعت حصيلة ضحايا القصف على مدينة أريحا إلى 11 بعد وفاة أحد الجرحى.",
        ("shelling", 11, None),
        id="s16-victims-risen-to-a-bare-count-are-the-dead",
    ),
    pytest.param(
        "وارتفع عدد ضحايا الغارة الجوية على بلدة سرمين إلى 7، بينهم طفلان.",
        ("airstrike", 7, None),
        id="s16-victims-risen-to-a-bare-count-before-a-comma",
    ),
    pytest.param(
        "ارتفع عدد الشهداء جراء القصف على مدينة أريحا إلى 11 إثر وفاة طفل متأثراً بجراحه.",
        ("shelling", 11, None),
        id="s16-martyrs-risen-to-a-bare-count-after-a-child-died",
    ),
    pytest.param(  # a running count over a period stays a toll
        "قتل 5 مدنيين بقصف على مدينة دوما، ليرتفع عدد ضحايا القصف منذ بداية الشهر إلى 150.",
        ("shelling", 5, None),
        id="s16-neg-victims-risen-since-the-month-began",
    ),
]


@pytest.mark.parametrize(
    ("text", "action", "fatalities", "toll_killed"),
    [
        pytest.param(
            "قصفت قوات النظام مدينة دوما، ما أدى إلى مقتل شخصين، ليرتفع عدد ضحايا القصف على "
            "الغوطة منذ مطلع الشهر إلى 150 قتيلاً.",
            "shelling",
            2,
            [150],
            id="the-event-s-two-before-a-running-count-since-the-month-began",
        ),
        pytest.param(
            "قتل جنديان عراقيان بانفجار عبوة في قضاء الطارمية، ما يرفع عدد قتلى القوات الأمنية "
            "منذ بداية العام إلى 60.",
            "bombing",
            2,
            [60],
            id="the-event-s-two-before-what-raises-the-year-s-count",
        ),
        pytest.param(
            "قتل 4 مدنيين بغارة روسية على بلدة حاس، مما يرفع حصيلة الضحايا المدنيين منذ مطلع "
            "الشهر إلى 95.",
            "airstrike",
            4,
            [95],
            id="the-event-s-four-before-what-raises-the-month-s-toll",
        ),
    ],
)
def test_figures_round4_an_event_s_dead_before_the_running_toll_they_raise(
    extractor: Extractor, text: str, action: str, fatalities: int, toll_killed: list[int]
) -> None:
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    (event,) = only(result.events, action)
    assert event.fatalities == fatalities
    assert [t.killed for t in result.tolls] == toll_killed


def test_figures_round4_a_statement_does_not_carry_another_towns_dead(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت المدفعية التركية قرية الدردارة. وقال قائد مجلس تل تمر العسكري إن الوضع هادئ "
        "حالياً. وقتل في قرية أم الكيف مدنيان."
    )
    events = only(run(extractor, text), "shelling")
    assert events and events[0].fatalities is None


def test_figures_round4_the_wounded_in_a_new_paragraph_after_a_statement_are_not_carried(
    extractor: Extractor,
) -> None:
    text = (
        "شنت طائرات حربية غارات على بلدة حاس صباح اليوم. وقال ناشطون إن المنطقة تشهد نزوحاً.\n"
        "وقتل أربعة مدنيين بينهم طفل."
    )
    events = only(run(extractor, text), "airstrike")
    assert events and events[0].fatalities is None


def test_a_lead_told_over_villages_with_no_body_event_is_kept(extractor: Extractor) -> None:
    text = (
        "مقتل 9 مدنيين بقصف على ريف إدلب\n"
        "قتل تسعة مدنيين بقصف جوي ومدفعي على قرى وبلدات ريف إدلب، اليوم، بينهم خمسة في معرة "
        "النعمان وأربعة في سراقب."
    )
    events = run(extractor, text)
    assert [(e.location, e.fatalities) for e in events] == [("Idlib", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اغتيل القيادي في الفيلق الخامس، برصاص مجهولين في بلدة المزيريب.",
            [("syrian_regime", 1)],
            id="a-corps-commander",
        ),
        pytest.param(
            "اغتيل الشيخ أحمد، وهو قيادي سابق في الجيش الحر، برصاص مجهولين في بلدة داعل.",
            [("syrian_opposition", 1)],
            id="a-former-fsa-commander-named",
        ),
        pytest.param(
            "اغتيل شاب، برصاص مجهولين في بلدة المزيريب.",
            [("civilians", 1)],
            id="a-young-man",
        ),
    ],
)
def test_s14_a_killing_and_its_shooters_after_a_comma_are_one_event(
    extractor: Extractor, text: str, expected: list[tuple[str, int]]
) -> None:
    events = only(run(extractor, text), "attack")
    assert [(e.actor2, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وفي هجوم متزامن، فجر انتحاريون أنفسهم داخل محطة كهرباء في ناحية دبس شمال غربي"
            " كركوك، ما أسفر عن مقتل 13 عاملاً بينهم أربعة إيرانيين.",
            [("bombing", 13, None)],
            id="simultaneous-attack-then-suicide-bombers",
        ),
        pytest.param(
            "وفي هجوم آخر، انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي، ما أسفر عن مقتل 6"
            " مدنيين.",
            [("bombing", 6, None)],
            id="another-attack-then-a-car-bomb",
        ),
        pytest.param(
            "وفي هجوم منفصل، قصفت قوات النظام بلدة كفرنبل بالمدفعية، ما أدى إلى مقتل 4 مدنيين.",
            [("shelling", 4, None)],
            id="separate-attack-then-shelling",
        ),
        pytest.param(
            "وفي الهجوم الآخر، انفجرت عبوة ناسفة بدورية للجيش في قضاء الطارمية، ما أدى إلى"
            " مقتل جندي وإصابة اثنين.",
            [("bombing", 1, 2)],
            id="the-other-attack-then-a-roadside-bomb",
        ),
        pytest.param(  # no other act told: the attack is the event
            "وفي هجوم آخر لتنظيم داعش على قرية الزركة، قتل خمسة من عناصر الحشد العشائري.",
            [("clash", 5, None)],
            id="another-attack-with-no-other-act-stays",
        ),
        pytest.param(
            "وفي هجوم جديد، هاجم عناصر داعش نقطة للجيش العراقي في قضاء الطارمية، ما أدى إلى"
            " مقتل جنديين.",
            [("clash", 2, None)],
            id="a-new-attack-told-by-its-verb",
        ),
    ],
)
def test_s15_in_another_attack_only_frames_the_act_told_after_it(
    extractor: Extractor, text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    events = run(extractor, text)
    assert [(e.action, e.fatalities, e.injured) for e in events] == expected


@pytest.mark.parametrize("text,expected", FIGURES_R4)
def test_figures_round4(
    extractor: Extractor, text: str, expected: tuple[str, int | None, int | None]
) -> None:
    action, killed, injured = expected
    events = only(run(extractor, text), action)
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(
            "قتل 5 مدنيين في معرة النعمان و3 في كفرنبل جراء غارات روسية.",
            "airstrike",
            [("Ma'arrat an Nu'man", 5), ("Kafranbel", 3)],
            id="two-towns-each-with-its-count",
        ),
        pytest.param(  # session 14 (hK)
            "استشهد 7 مدنيين في خان شيخون و5 في كفرنبل جراء غارات روسية على ريف إدلب الجنوبي.",
            "airstrike",
            [("Khan Shaykhun", 7), ("Kafranbel", 5)],
            id="s14-two-towns-each-with-its-count-before-strikes-on-a-region",
        ),
        pytest.param(
            "شنت طائرات حربية روسية غارات على مدينة خان شيخون وبلدة كفرنبل في ريف إدلب الجنوبي. "
            "وقتل 14 مدنياً في خان شيخون، وستة في كفرنبل.",
            "airstrike",
            [("Khan Shaykhun", 14), ("Kafranbel", 6)],
            id="s14-a-follow-up-counts-each-town-of-the-strikes-before",
        ),
        pytest.param(
            "قصفت قوات النظام مدينتي الرستن وتلبيسة بريف حمص الشمالي. واستشهد سبعة مدنيين في "
            "الرستن وخمسة في تلبيسة.",
            "shelling",
            [("Ar Rastan", 7), ("Tallbisah", 5)],
            id="s14-a-follow-up-counts-each-town-of-the-shelling-before",
        ),
        pytest.param(
            "شنت طائرات حربية روسية غارات على مدينة خان شيخون وبلدة كفرنبل في ريف إدلب الجنوبي. "
            "وقتل 14 مدنياً، بينهم خمسة أطفال.",
            "airstrike",
            [("Khan Shaykhun", 14), ("Kafranbel", None)],
            id="s14-a-follow-up-count-of-no-town-stays-with-the-first",
        ),
        pytest.param(
            "مقتل 38 مدنياً بغارات على خان شيخون وريف إدلب\n"
            "قتل 38 مدنياً اليوم في غارات جوية روسية استهدفت مدينة خان شيخون وبلدتي كفرنبل "
            "والهبيط في ريف إدلب الجنوبي. وقال الدفاع المدني إن 14 مدنياً قتلوا في خان شيخون "
            "وحدها.",
            "airstrike",
            [("Khan Shaykhun", 14), ("Kafranbel", None), ("Al Habit", None)],
            id="s14-a-town-s-share-replaces-the-count-of-several-towns",
        ),
        pytest.param(
            "أفاد المرصد السوري لحقوق الإنسان بمقتل 7 مواطنين في الرستن، و5 آخرين في تلبيسة، جراء "
            "القصف المدفعي من قبل قوات النظام.",
            "shelling",
            [("Ar Rastan", 7), ("Tallbisah", 5)],
            id="two-towns-each-with-its-count-after-a-reporter",
        ),
        pytest.param(
            "قتل مدنيان في بلدة كفرنبل و3 آخرون في بلدة حاس جراء قصف مدفعي لقوات النظام.",
            "shelling",
            [("Kafranbel", 2), ("Has", 3)],
            id="a-dual-then-a-count-each-in-its-town",
        ),
        pytest.param(
            "قتل 6 مدنيين في مدينة إدلب و4 في سراقب و2 في أريحا جراء غارات جوية يعتقد أنها روسية.",
            "airstrike",
            [("Idlib", 6), ("Saraqib", 4), ("Ariha", 2)],
            id="three-towns-each-with-its-count",
        ),
        pytest.param(
            "قتل 5 مدنيين في معرة النعمان وكفرنبل جراء غارات روسية.",
            "airstrike",
            [("Ma'arrat an Nu'man", 5), ("Kafranbel", None)],
            id="one-count-over-two-towns-stays-with-the-first",
        ),
        pytest.param(
            "قتل 5 مدنيين في معرة النعمان، وطفل في كفرنبل، جراء غارات روسية.",
            "airstrike",
            [("Ma'arrat an Nu'man", 5), ("Kafranbel", 1)],
            id="a-count-then-one-child-in-another-town",
        ),
        pytest.param(
            "أسفرت غارات روسية عن مقتل 4 مدنيين في كفرنبل، و3 في معرة النعمان، و2 في سراقب.",
            "airstrike",
            [("Kafranbel", 4), ("Ma'arrat an Nu'man", 3), ("Saraqib", 2)],
            id="s15-counted-towns-told-after-the-clause-of-the-cue",
        ),
        pytest.param(
            "قتل 10 مدنيين في دوما بغارات على الغوطة الشرقية.",
            "airstrike",
            [("Duma", 10)],
            id="s15-the-town-of-the-dead-inside-the-region-struck",
        ),
        pytest.param(
            "قتل 10 مدنيين في دوما بغارات على الغوطة الشرقية، و3 في عربين.",
            "airstrike",
            [("Duma", 10), ("Irbin", 3)],
            id="s15-towns-of-the-dead-inside-the-region-struck-and-after-it",
        ),
        pytest.param(
            "قتل 6 مدنيين في كفرنبل بغارات على محافظة إدلب.",
            "airstrike",
            [("Kafranbel", 6)],
            id="s15-the-town-of-the-dead-inside-the-governorate-struck",
        ),
        pytest.param(
            "قتل 10 مدنيين في حلب بغارات على محافظة إدلب.",
            "airstrike",
            [("Idlib", 10)],
            id="s15-a-town-of-another-governorate-stays-apart",
        ),
        pytest.param(
            "استشهد 4 مدنيين بغارات روسية على بلدة كفرنبل، و2 في مدينة معرة النعمان.",
            "airstrike",
            [("Kafranbel", 4), ("Ma'arrat an Nu'man", 2)],
            id="s15-the-struck-town-then-a-counted-town-after-its-clause",
        ),
        pytest.param(
            "قتل 6 مدنيين بغارات على دوما، و3 في عربين، وفق الدفاع المدني.",
            "airstrike",
            [("Duma", 6), ("Irbin", 3)],
            id="s15-a-counted-town-after-the-cue-before-a-reporter",
        ),
        pytest.param(
            "قتل شخصان بانفجار عبوة ناسفة في الطارمية، وثلاثة في المحمودية.",
            "bombing",
            [("At Tarmiyah", 2), ("Al Mahmudiyah", 3)],
            id="s15-a-number-word-counted-in-another-town-after-a-blast",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على بلدة كفرنبل، و3 آخرون في بلدة حاس بقصف مدفعي.",
            "airstrike",
            [("Kafranbel", 5)],
            id="s15-a-counted-town-with-its-own-cue-is-not-the-strike-s",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على مدينة إدلب، و3 في حالة خطرة.",
            "airstrike",
            [("Idlib", 8)],
            id="s15-a-count-after-the-clause-with-no-town-splits-nothing",
        ),
        pytest.param(
            "قتل 12 عنصراً من داعش بغارات للتحالف على القائم، و8 في غارات على راوة.",
            "airstrike",
            [("Al Qa'im", 12), ("Rawah", 8)],
            id="s15-a-count-whose-verb-is-left-out-before-its-own-strike",
        ),
        pytest.param(
            "استشهد ثلاثة مدنيين بغارة على بلدة التمانعة، واثنان بغارة أخرى على بلدة كفرنبل.",
            "airstrike",
            [("At Tamani'ah", 3), ("Kafranbel", 2)],
            id="s15-a-number-word-whose-verb-is-left-out-before-another-raid",
        ),
        pytest.param(
            "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في الطارمية، واثنان بانفجار عبوة أخرى في "
            "المحمودية جنوبي بغداد.",
            "bombing",
            [("At Tarmiyah", 3), ("Al Mahmudiyah", 2)],
            id="s15-a-count-whose-verb-is-left-out-before-another-blast",
        ),
        pytest.param(
            "قتل 23 مدنياً اليوم في سوريا، وفق المرصد السوري، بينهم 9 في غارات على بلدة كفرنبل "
            "و6 بغارات على مدينة اللطامنة.",
            "airstrike",
            [("Kafranbel", 9), ("Al Lataminah", 6)],
            id="s15-a-day-s-toll-with-each-town-s-share-told-with-its-strike",
        ),
        pytest.param(
            "قتل 15 مدنياً في ريف إدلب، بينهم 8 في غارات روسية على خان شيخون، و7 في غارات على "
            "معرة النعمان.",
            "airstrike",
            [("Khan Shaykhun", 8), ("Ma'arrat an Nu'man", 7)],
            id="s15-a-region-s-count-with-each-town-s-share-told-with-its-strike",
        ),
        pytest.param(
            "قتل 10 مدنيين بغارات على كفرنبل، بينهم 4 في حالة خطرة.",
            "airstrike",
            [("Kafranbel", 10)],
            id="s15-a-share-with-no-act-of-its-own-is-no-share",
        ),
        pytest.param(
            "قتل سبعة مدنيين بينهم ثلاثة أطفال جراء غارات روسية على مدينة معرة النعمان.",
            "airstrike",
            [("Ma'arrat an Nu'man", 7)],
            id="s15-a-subset-of-people-before-the-cause-is-no-share",
        ),
        pytest.param(
            "شنت طائرات روسية غارات على خان شيخون، ما أدى لمقتل 7 مدنيين، وعلى كفرنبل، ما أدى "
            "لمقتل 5 آخرين.",
            "airstrike",
            [("Khan Shaykhun", 7), ("Kafranbel", 5)],
            id="s15-a-further-target-with-its-own-result-after-the-verb-left-out",
        ),
        pytest.param(
            "استهدفت الطائرات الحربية مدينة معرة النعمان، ما أدى لمقتل 6 مدنيين، ومدينة سراقب، "
            "ما أدى لمقتل 2.",
            "airstrike",
            [("Ma'arrat an Nu'man", 6), ("Saraqib", 2)],
            id="s15-a-further-object-with-its-own-result-after-the-verb-left-out",
        ),
        pytest.param(
            "شنت الطائرات الحربية غارات على مدينة إدلب، ما أدى لمقتل 5 مدنيين، وعلى حي الضبيط في "
            "المدينة، ما أدى لمقتل 2.",
            "airstrike",
            [("Idlib", 7)],
            id="s15-a-further-target-in-the-same-town-splits-nothing",
        ),
        # a country's count with one town's share told with its town or act (session 16, hC5)
        pytest.param(
            "وثقت لجان التنسيق المحلية مقتل 60 شخصاً اليوم في سوريا، بينهم 20 في حماة جراء القصف "
            "المدفعي.",
            "shelling",
            [("Hamah", 20)],
            id="s16-a-country-s-count-with-one-town-s-share-gives-the-share",
        ),
        pytest.param(
            "قال المرصد السوري إن 35 شخصاً قتلوا في أنحاء متفرقة من البلاد، منهم 12 مدنياً في قصف "
            "على بلدة الرستن.",
            "shelling",
            [("Ar Rastan", 12)],
            id="s16-the-share-of-a-count-across-the-country-is-not-added-to-it",
        ),
        pytest.param(
            "وأفادت الهيئة العامة للثورة السورية بمقتل 52 شخصا أمس الأربعاء في عموم سوريا معظمهم في "
            "حمص، بينهم 23 قتيلا في حي بابا عمرو وحده جراء القصف بقذائف الهاون.",
            "shelling",
            [("Homs", 23)],
            id="s16-a-share-counted-by-its-noun-after-a-country-s-toll",
        ),
        pytest.param(
            "قتل 45 شخصاً في أنحاء العراق اليوم، بينهم 20 في تفجير سيارة مفخخة في مدينة الصدر شرقي "
            "بغداد.",
            "bombing",
            [("Baghdad", 20)],
            id="s16-a-share-of-iraq-s-daily-count-told-with-its-blast",
        ),
        pytest.param(
            "قتل 25 مدنياً اليوم في محافظة إدلب بقصف جوي ومدفعي، بينهم 10 في مدينة معرة النعمان.",
            "airstrike",
            [("Idlib", 25)],
            id="s16-a-governorate-s-count-keeps-its-whole",
        ),
        pytest.param(
            "قتل 9 مدنيين بينهم 3 أطفال في حمورية جراء غارات جوية.",
            "airstrike",
            [("Hamouriyah", 9)],
            id="s16-a-subset-of-people-in-one-town-is-no-share",
        ),
        # the share's own verb before its act (session 16, hI5)
        pytest.param(
            "قتل 45 شخصاً في هجمات متفرقة في العراق، بينهم 12 قتلوا بتفجير انتحاري في بعقوبة.",
            "bombing",
            [("Baqubah", 12)],
            id="s16-a-share-with-its-verb-before-its-blast",
        ),
        pytest.param(
            "قتل 45 شخصاً في هجمات متفرقة في العراق، منهم 7 لقوا حتفهم في انفجار سيارة مفخخة في "
            "مدينة الحلة.",
            "bombing",
            [("Al Hillah", 7)],
            id="s16-a-share-that-met-its-death-in-a-car-bomb",
        ),
    ],
)
def test_s13_towns_each_told_with_a_count_are_events_of_their_own(
    extractor: Extractor, text: str, action: str, expected: list[tuple[str, int | None]]
) -> None:
    events = only(run(extractor, text), action)
    assert [(e.location, e.fatalities) for e in events] == expected


def test_s15_shares_after_a_whole_each_go_to_the_act_told_with_them(extractor: Extractor) -> None:
    text = "قتل 12 شخصاً بينهم 5 بقصف مدفعي و7 بغارات جوية على بلدة كفرنبل."
    events = run(extractor, text)
    dead = {e.action: e.fatalities for e in events}
    assert dead == {"shelling": 5, "airstrike": 7}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت قوات النظام بلدة الهبيط بالمدفعية ما أدى لمقتل مدنيين وإصابة 7. وقتل مدنيان في "
            "قصف على بلدة كفرسجنة. وارتفع عدد الجرحى في الهبيط إلى 12.",
            [("Al Habit", 12), ("Kafr Sajnah", None)],
            id="s15-wounded-risen-at-the-town-of-an-earlier-event",
        ),
        pytest.param(
            "قتل 3 مدنيين بغارات على بلدة كفرنبل. وقتل مدنيان في قصف على بلدة كفرسجنة. وارتفع عدد "
            "القتلى في كفرنبل إلى 6.",
            [("Kafranbel", 6), ("Kafr Sajnah", 2)],
            id="s15-dead-risen-at-the-town-of-an-earlier-event",
        ),
    ],
)
def test_s15_a_count_risen_at_a_town_updates_that_town_s_event(
    extractor: Extractor, text: str, expected: list[tuple[str, int | None]]
) -> None:
    events = run(extractor, text)
    got = [(e.location, e.injured if "الجرحى" in text else e.fatalities) for e in events]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 5 وأصيب 10 بغارات على مدينة إدلب، و3 بقصف على سرمين.",
            # the share's bare قصف names no aircraft: shelling (CODEBOOK §2; session 15, hM4)
            [("airstrike", "Idlib", 5, 10), ("shelling", "Sarmin", 3, None)],
            id="s15-a-count-left-after-the-dead-and-wounded-told-together-is-dead",
        ),
        pytest.param(
            "أصيب 7 مدنيين بجروح بقصف على حمورية، و2 بقصف على سقبا.",
            [("shelling", "Hamouriyah", None, 7), ("shelling", "Saqba", None, 2)],
            id="s15-a-count-left-after-the-wounded-alone-is-wounded",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على كفرنبل، وأصيب 3 بجروح، و2 بقصف مدفعي على حاس.",
            [("airstrike", "Kafranbel", 5, 3), ("shelling", "Has", None, 2)],
            id="s15-a-count-left-after-the-wounded-in-a-clause-of-their-own-is-wounded",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على كفرنبل بريف إدلب الجنوبي و3 بقصف مدفعي على حي في المدينة.",
            [("airstrike", "Kafranbel", 5, None), ("shelling", "Kafranbel", 3, None)],
            id="s15-a-count-with-its-own-act-and-no-comma-is-that-act-s",
        ),
        pytest.param(
            "استشهد 6 مواطنين جراء غارات على معرة النعمان و4 جراء قصف صاروخي على خان شيخون.",
            [("airstrike", "Ma'arrat an Nu'man", 6, None), ("shelling", "Khan Shaykhun", 4, None)],
            id="s15-a-count-with-its-own-cause-and-no-comma-is-that-cause-s",
        ),
        pytest.param(
            "أصيب 3 عناصر من الشرطة بانفجار عبوة في الطارمية و2 بانفجار آخر في التاجي.",
            [("bombing", "At Tarmiyah", None, 3), ("bombing", "Al-Taji", None, 2)],
            id="s15-a-second-blast-with-no-comma-is-an-event-of-its-own",
        ),
        pytest.param(
            "قتل 5 عناصر من قوات النظام و3 بانفجار لغم في ريف حماة.",
            [("bombing", "Hamah", 5, None)],
            id="s15-a-count-before-the-one-act-told-is-no-share-of-its-own",
        ),
        pytest.param(
            "تمكنت قواتنا من قتل 5 إرهابيين بضربة جوية في وادي حوران، و3 بضربة أخرى في صحراء "
            "الرطبة.",
            [("airstrike", "Wadi Hauran", 5, None)],
            id="s15-a-count-of-an-act-drawing-no-event-is-not-the-first-strike-s",
        ),
        pytest.param(
            "أسفر القصف على دوما عن مقتل 3 أشخاص وجرح 5 و2 بحالة خطرة.",
            [("shelling", "Duma", 3, 5)],
            id="s15-a-count-with-no-act-after-it-splits-nothing",
        ),
    ],
)
def test_s15_counts_left_without_their_verb_go_to_their_own_act(
    extractor: Extractor, text: str, expected: list[tuple[str, str, int | None, int | None]]
) -> None:
    events = run(extractor, text)
    assert [(e.action, e.location, e.fatalities, e.injured) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 4 مدنيين بغارات على كفرنبل، واثنان بغارة أخرى على قرية الشيخ مصطفى.",
            [("Kafranbel", "civilians"), ("Sheikh Mustafa", "civilians")],
            id="s15-a-bare-count-before-another-raid-is-more-of-the-civilians",
        ),
        pytest.param(
            "قتل 10 مدنيين بقصف على هيت، و8 في قصف على راوة.",
            [("Hit", "civilians"), ("Rawah", "civilians")],
            id="s15-a-bare-count-before-another-shelling-is-more-of-the-civilians",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على كفرنبل بريف إدلب الجنوبي و3 بقصف مدفعي على حي في المدينة.",
            [("Kafranbel", "civilians"), ("Kafranbel", "civilians")],
            id="s15-a-bare-count-with-no-comma-is-more-of-the-civilians",
        ),
        pytest.param(
            "قتل 12 عنصراً من داعش بقصف جوي على القائم، و8 في قصف على راوة.",
            [("Al Qa'im", "isis"), ("Rawah", "isis")],
            id="s15-a-bare-count-is-more-of-the-side-told-before",
        ),
        pytest.param(
            "قتل 4 مدنيين بغارات على كفرنبل، و3 مقاتلين من الفصائل بقصف على حاس.",
            [("Kafranbel", "civilians"), ("Has", "syrian_opposition")],
            id="s15-a-count-told-with-its-own-people-names-its-side",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على خان شيخون، ما أدى لمقتل 7 مدنيين، وعلى كفرنبل، ما أدى "
            "لمقتل 5 آخرين.",
            [("Khan Shaykhun", "civilians"), ("Kafranbel", "civilians")],
            id="s15-a-further-target-s-dead-are-more-of-the-civilians",
        ),
    ],
)
def test_s15_a_bare_count_is_more_of_the_side_told_before(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    events = run(extractor, text)
    assert [(e.location, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل شخصان بانفجار عبوة في الطارمية، وفي المحمودية، أدى انفجار آخر لإصابة 4.",
            [("At Tarmiyah", 2, None), ("Al Mahmudiyah", None, 4)],
            id="s15-a-town-opener-set-off-by-commas-heads-the-result-clause",
        ),
        pytest.param(
            "قتل شخصان بانفجار عبوة ناسفة في الطارمية شمالي بغداد، وفي المحمودية، أصيب 3 مدنيين "
            "بانفجار عبوة أخرى.",
            [("At Tarmiyah", 2, None), ("Al Mahmudiyah", None, 3)],
            id="s15-a-town-opener-set-off-by-commas-heads-the-clause-after-it",
        ),
        pytest.param(
            "قتل 5 مدنيين بقصف على كفرنبل، وفي حاس، قتل طفلان بغارة روسية.",
            [("Kafranbel", 5, None), ("Has", 2, None)],
            id="s15-a-town-opener-before-the-verb-of-another-strike",
        ),
    ],
)
def test_s15_a_town_opener_heads_the_clause_after_it(
    extractor: Extractor, text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    events = run(extractor, text)
    assert [(e.location, e.fatalities, e.injured) for e in events] == expected


def test_s15_a_further_village_shelled_keeps_its_own_dead_and_wounded(extractor: Extractor) -> None:
    text = (
        "استهدفت قوات النظام بالمدفعية بلدة كفرنبل، ما أدى لمقتل مدني، وبلدة حاس، ما أدى لإصابة "
        "طفلين."
    )
    events = only(run(extractor, text), "shelling")
    assert [(e.location, e.fatalities, e.injured) for e in events] == [
        ("Kafranbel", 1, None),
        ("Has", None, 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نفذ الطيران الروسي غارات على بلدة كفرنبل، ما أدى لمقتل ثلاثة مدنيين، وذلك بعد يوم من "
            "مقتل 12 آخرين في قصف مماثل على المدينة.",
            [3, 12],
            id="s15-a-strike-told-a-day-before-with-its-own-dead-is-another-event",
        ),
        pytest.param(
            "قتل 4 مدنيين بغارات روسية على مدينة سراقب اليوم، بعد ساعات من استئناف القصف على "
            "المدينة.",
            [4],
            id="s15-neg-a-bombardment-told-hours-before-with-no-count-joins-the-event",
        ),
    ],
)
def test_s15_a_mention_told_a_time_apart(
    extractor: Extractor, text: str, expected: list[int]
) -> None:
    events = run(extractor, text)
    assert [e.fatalities for e in events] == expected


def test_s13_counts_of_two_sides_in_two_villages_stay_one_fight(extractor: Extractor) -> None:
    text = "قتل عنصران من قسد في قرية الجرذي و3 من داعش في قرية الطيانة خلال اشتباكات بين الطرفين."
    events = only(run(extractor, text), "clash")
    assert [e.fatalities for e in events] == [5]


def test_figures_round4_denied_death_is_no_figure(extractor: Extractor) -> None:
    text = "قصفت طائرات التحالف بلدة الشعفة اليوم، ونفى التنظيم مقتله في الغارة."
    events = only(run(extractor, text), "airstrike")
    assert events and events[0].fatalities is None


def test_figures_round4_dead_told_after_the_town_of_one_of_the_strikes(
    extractor: Extractor,
) -> None:
    text = (
        "شنت طائرات روسية اليوم غارات على بلدات حيش وكفرنبل ومعرشورين، مستخدمة قنابل "
        "عنقودية، ما أدى إلى مقتل ثلاثة مدنيين في كفرنبل."
    )
    events = only(run(extractor, text), "airstrike")
    dead = {e.location_ar: e.fatalities for e in events}
    assert dead.get("كفر نبل") == 3 and sum(v or 0 for v in dead.values()) == 3


FOLLOW_UP_OF_THE_NAMED_TOWN = [
    (  # the figure follows up the strike on the town the sentence names, not the last clause's
        "شنت طائرات روسية غارات على مدينة سراقب، في حين قصفت قوات النظام بالمدفعية بلدة كفرنبل. "
        "وقال المرصد السوري إن الضربات طالت سوقاً شعبياً في سراقب، مشيراً إلى مقتل خمسة مدنيين.",
        {"سراقب": 5, "كفر نبل": None},
    ),
    (
        "استهدفت غارات أميركية منشأة للحرس الثوري في البوكمال، فيما تعرضت قاعدة عين الأسد لهجوم "
        "بطائرة مسيرة. وأفاد المرصد بأن الضربات طالت مستودعاً للأسلحة شرق البوكمال، مشيراً إلى "
        "مقتل سبعة عناصر.",
        {"أبو كمال": 7, "قاعدة عين الأسد": None},
    ),
    (  # a town of no event told: no one's figure
        "استهدفت غارات أميركية منشأة للحرس الثوري في البوكمال، فيما تعرضت قاعدة عين الأسد لهجوم "
        "بطائرة مسيرة. وأفاد المرصد بمقتل سبعة عناصر من الميليشيات في مدينة حمص.",
        {"أبو كمال": None, "قاعدة عين الأسد": None},
    ),
]


@pytest.mark.parametrize("text,dead", FOLLOW_UP_OF_THE_NAMED_TOWN)
def test_figures_s16_a_follow_up_naming_one_events_town_counts_its_dead(
    extractor: Extractor, text: str, dead: dict[str, int | None]
) -> None:
    got = {e.location_ar: e.fatalities for e in run(extractor, text)}
    assert got == dead


# ---- merge round 5


def test_merge_r5_lead_told_for_a_region_joins_the_town_event_of_the_headline(
    extractor: Extractor,
) -> None:
    text = (
        "قصف تركي على زاخو ومناطق في إقليم كردستان يوقع خمسة قتلى\n\n"
        "قصفت المدفعية التركية صباح اليوم قرى حدودية في عدة مناطق بإقليم كردستان، ما أسفر "
        "عن مقتل خمسة مدنيين وإصابة تسعة آخرين. وطال القصف الأعنف أطراف قضاء زاخو."
    )
    events = only(run(extractor, text), "shelling")
    assert len(events) == 1
    e = events[0]
    assert (e.location_ar, e.fatalities, e.injured, e.event_date) == ("زاخو", 5, 9, PUB.isoformat())


# ---- actors round 5


def test_actors_r5_dateline_capital_is_no_side(extractor: Extractor) -> None:
    text = (
        "دمشق (أ ف ب)- قتل سبعة جنود أتراك في قصف مدفعي صباح اليوم على نقطة مراقبة "
        "في بلدة معرة النعمان."
    )
    events = only(run(extractor, text), "shelling")
    assert events and all(e.actor1 != "syrian_regime" for e in events)


def test_actors_r5_marker_before_an_action_noun_does_not_make_its_doer_a_victim(
    extractor: Extractor,
) -> None:
    text = "جاء ذلك بعد يومين من استعادة قوات النظام السيطرة على بلدة كفرنبل أمس."
    events = only(run(extractor, text), "capture")
    assert events and events[0].actor1 == "syrian_regime" and not events[0].actor2


def test_actors_r5_no_news_of_civilian_harm_is_no_civilian_target(
    extractor: Extractor,
) -> None:
    text = "قصفت قوات النظام بالمدفعية بلدة حيش اليوم، دون ورود أنباء عن إصابات بين المدنيين."
    events = only(run(extractor, text), "shelling")
    assert events and events[0].actor1 == "syrian_regime" and not events[0].actor2


def test_actors_r5_jihadist_wording_of_the_regime_and_isis(extractor: Extractor) -> None:
    text = "قصفت مدفعية الهيئة اليوم تجمعات العصابات الأسدية في قرية الحاكورة بسهل الغاب."
    events = only(run(extractor, text), "shelling")
    assert events and events[0].actor2 == "syrian_regime"
    text = "اشتبكت قوات الهيئة اليوم مع خوارج البغدادي في مدينة الدانا."
    events = only(run(extractor, text), "clash")
    assert events and "isis" in (events[0].actor1, events[0].actor2)


# ---- merge round 5 (continued)


def test_merge_r5_dead_told_with_no_place_after_a_list_of_fronts_go_to_the_first(
    extractor: Extractor,
) -> None:
    text = (
        "حاولت قوات النظام اليوم التقدم على ثلاثة محاور، هي كفرنبل وحاس وكنصفرة، حيث دارت "
        "اشتباكات عنيفة مع الفصائل حتى المساء. وأفاد ناشطون بأن 12 عنصراً من قوات النظام "
        "قتلوا في المعارك."
    )
    dead = {e.location_ar: e.fatalities for e in only(run(extractor, text), "clash")}
    assert dead == {"كفر نبل": 12, "حاس": None, "كنصفرة": None}


def test_actors_r5_separatist_groups_in_a_state_statement_are_kurdish(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت المدفعية التركية اليوم مقرات حزب الحياة الحرة الكردستاني في قرية سيدكان، "
        "وقالت وزارة الدفاع التركية إنها دمرت مخابئ الجماعات الإرهابية الانفصالية هناك."
    )
    events = only(run(extractor, text), "shelling")
    assert events and all(e.actor2 != "isis" for e in events)
    assert events[0].actor2 in {"pjak", "pkk"}


def test_merge_r5_a_later_count_updates_the_event_a_headline_told(extractor: Extractor) -> None:
    text = (
        "مقتل شخصين بانفجار عبوة في الموصل\n"
        "قتل شخصان بانفجار عبوة ناسفة في سوق حي الزهور بالموصل أمس. "
        "وارتفع عدد القتلى لاحقاً إلى أربعة."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    events = only(result.events, "bombing")
    assert len(events) == 1 and events[0].fatalities == 4
    assert not result.tolls


# ---- merge round 5 (continued)


def test_merge_r5_a_rising_count_in_the_headline_is_the_toll_not_the_event_figure(
    extractor: Extractor,
) -> None:
    body = (
        "شنت طائرات حربية روسية صباح اليوم غارات على مدينة معرة النعمان في ريف إدلب الجنوبي. "
        "ووثق الدفاع المدني مقتل 23 مدنياً في ريف إدلب منذ يوم الجمعة الماضي."
    )
    head = "ارتفاع أعداد القتلى إلى 23 منذ الجمعة في ريف إدلب.. والغارات تتجدد على معرة النعمان"
    result = extractor.extract(Document("t", f"{head}\n{body}", publication_date=PUB))
    strikes = only(result.events, "airstrike")
    assert len(strikes) == 1 and strikes[0].fatalities is None
    assert [t.killed for t in result.tolls] == [23]


def test_merge_r5_a_headline_telling_the_strike_keeps_its_figure(extractor: Extractor) -> None:
    text = (
        "مقتل خمسة مدنيين بغارة روسية على سراقب\n"
        "قتل خمسة مدنيين صباح اليوم بغارة شنتها طائرة حربية روسية على مدينة سراقب. "
        "ووثق الدفاع المدني مقتل خمسة مدنيين في ريف إدلب منذ يوم الجمعة الماضي."
    )
    strikes = only(run(extractor, text), "airstrike")
    assert len(strikes) == 1 and strikes[0].fatalities == 5


# ---- casualty nouns of a state's forces and implied targets (session 3)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("أصيب شرطيان بانفجار عبوة ناسفة في منطقة الدورة جنوبي بغداد أمس.", "iraqi_police"),
        ("قتل جندي في انفجار لغم بدورية عسكرية قرب بلدة الشيخ مسكين.", "syrian_regime"),
        ("قضى جنديان وأصيب ثالث بقصف صاروخي إسرائيلي على مطار المزة العسكري.", "syrian_regime"),
    ],
    ids=["two-policemen-iraq", "one-soldier-syria", "two-soldiers-israeli-strike"],
)
def test_soldiers_and_policemen_named_alone_are_the_local_forces_that_suffered(
    extractor: Extractor, text: str, actor2: str
) -> None:
    events = run(extractor, text)
    assert len(events) == 1
    assert events[0].actor2 == actor2
    assert events[0].actor1 != actor2  # the casualties never become the side that acted


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "أسفر هجوم بطائرات مسيرة على قاعدة التنف عن إصابة عشرين جندياً أميركياً.",
            "unknown",
            "usa",
        ),
        ("أصيب عشرون جندياً أمريكياً بهجوم صاروخي على قاعدة عين الأسد.", "unknown", "usa"),
        ("قتل جندي بقصف على مدينة الموصل.", "unknown", "iraqi_army"),
        ("قتل مدني بقصف تركي على قرية في قضاء العمادية.", "turkey", "civilians"),
        ("تعرضت قرى ناحية كاني ماسي لقصف تركي.", "turkey", ""),
        ("أصيب مدنيان بقصف روسي على بلدة كفرنبل.", "russia", "civilians"),
    ],
    ids=[
        "accusative-american-soldiers",
        "accusative-american-soldiers-base",
        "bare-soldier-keeps-local-army",
        "with-turkish-shelling",
        "to-turkish-shelling",
        "with-russian-shelling",
    ],
)
def test_a_nationality_in_the_accusative_or_after_bi_qasf_names_the_side(
    extractor: Extractor, text: str, actor1: str, actor2: str
) -> None:
    """Session 13: «جندياً أميركياً» is no soldier of the country's army, and «بقصف تركي،
    لقصف تركي» name their firer as «القصف التركي» did."""
    strikes = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in strikes] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("قتل ضابط روسي بقصف للفصائل على ريف حماة.", "syrian_opposition", "russia"),
        ("قتل مستشار إيراني بغارة إسرائيلية على حي المزة في دمشق.", "israel", "iran"),
        ("قتل ضابط تركي بقصف لقوات النظام على نقطة مراقبة في ريف إدلب.", "syrian_regime", "turkey"),
        ("أعلن التحالف مقتل جندي أمريكي بهجوم صاروخي على قاعدة عين الأسد.", "unknown", "coalition"),
        (
            "أعلن التحالف وفاة متعاقد أمريكي إثر هجوم صاروخي على قاعدة عين الأسد.",
            "unknown",
            "coalition",
        ),
        ("أعلن الجيش الروسي مقتل ضابط روسي بقصف على ريف حماة.", "unknown", "russia"),
        (
            "قتل ضابط برتبة عقيد باشتباكات مع الجيش الحر في حي جوبر.",
            "syrian_regime",
            "syrian_opposition",
        ),
    ],
    ids=[
        "russian-officer",
        "iranian-adviser",
        "turkish-officer",
        "coalition-announces-american-soldier",
        "coalition-announces-contractor",
        "russian-army-announces-officer",
        "bare-officer-unchanged",
    ],
)
def test_an_officer_or_adviser_of_a_state_is_its_casualty_and_its_announcer_no_attacker(
    extractor: Extractor, text: str, actor1: str, actor2: str
) -> None:
    """Session 13: «ضابط روسي، مستشار إيراني، متعاقد أمريكي» head a state's name as «جندي» does;
    a side announcing its own dead (أعلن التحالف مقتل جندي أمريكي) is not the attacker."""
    events = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling", "clash")]
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "اغتال الكيان الصهيوني المستشار في حرس الثورة رضي موسوي بغارة على منطقة السيدة زينب"
            " جنوب دمشق.",
            "irgc",
        ),
        ("استهدفت غارة إسرائيلية مبنى في منطقة السيدة زينب جنوب دمشق.", "syrian_regime"),
        ("أصيبت سيدة بجروح جراء غارة إسرائيلية على بلدة خان أرنبة.", "civilians"),
    ],
    ids=["irgc-as-haras-al-thawra", "sayyida-zaynab-is-a-place", "a-woman-is-civilian"],
)
def test_the_irgc_named_by_tasnim_and_sayyida_zaynab_as_no_woman(
    extractor: Extractor, text: str, actor2: str
) -> None:
    """Session 13 (dev15 Tasnim): «حرس الثورة» is the IRGC; «السيدة» in the saint's name of a
    place (السيدة زينب، السيدة سكينة) is no woman hit."""
    strikes = [e for e in run(extractor, text) if e.action == "airstrike"]
    assert [(e.actor1, e.actor2) for e in strikes] == [("israel", actor2)]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("نفذت الطائرات التركية غارات على مواقع التنظيم في منطقة هاكورك.", "pkk"),
        ("دمرت المقاتلات التركية 8 أهداف للتنظيم الإرهابي في منطقة عفرين.", "ypg"),
        ("قصف الجيش التركي مواقع الإرهابيين في رأس العين.", "ypg"),
        ("قصفت المدفعية التركية مواقع تنظيم داعش في مدينة الباب.", "isis"),
        ("قصفت المدفعية التركية مواقع التنظيم في محيط مدينة الباب.", "isis"),
    ],
    ids=[
        "organisation-in-iraq",
        "organisation-in-afrin",
        "terrorists-in-ras-al-ain",
        "isis-named",
        "euphrates-shield-al-bab",
    ],
)
def test_turkeys_strikes_on_the_organisation_named_by_no_group_hit_the_pkk_or_ypg(
    extractor: Extractor, text: str, actor2: str
) -> None:
    """Session 13: the Turkish army's «التنظيم، الإرهابيين» are the PKK (Iraq) and the YPG
    (Syria) when the article names no group; not in the Euphrates Shield months (ISIS)."""
    day = "2016-12-20" if "محيط مدينة الباب" in text else "2019-10-15"
    events = run(extractor, text, dt.date.fromisoformat(day))
    strikes = [e for e in events if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in strikes] == [("turkey", actor2)]


def test_a_follow_up_retelling_the_strike_on_a_hospital_yields_to_the_fighters_killed(
    extractor: Extractor,
) -> None:
    """Session 13 (dev4 Sikeniye): the headline's «بقصف تركي لمستشفى» and a later «الطائرة
    استهدفت المستشفى» tell civilians; the body says the dead were YBS fighters."""
    text = (
        "ثمانية قتلى بقصف تركي لمستشفى في سنجار\n"
        "قُتل ثمانية أشخاص، بينهم أربعة من مقاتلي وحدات مقاومة شنكال المقربة من حزب العمال"
        " الكوردستاني، إثر غارة نفذتها طائرة مسيّرة تركية، أمس الثلاثاء، على مستشفى ميداني في"
        " قرية سكينية جنوب قضاء سنجار. "
        "وقال مصدر محلي إن الطائرة استهدفت المستشفى بصاروخين بعد ساعات من نقل جرحى إليه."
    )
    strikes = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in strikes] == [("turkey", "ybs")]


def test_a_named_army_is_not_the_generic_soldier(extractor: Extractor) -> None:
    events = run(extractor, "قتل جنديان تركيان بانفجار عبوة ناسفة قرب بلدة جنديرس.")
    assert [e.actor2 for e in events] == ["turkey"]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("قصفت الطائرات الإسرائيلية فجر اليوم مواقع في ريف القنيطرة الشمالي.", "syrian_regime"),
        ("استهدفت صواريخ إسرائيلية مطار التيفور العسكري في ريف حمص الشرقي.", "syrian_regime"),
        ("شنت طائرات إسرائيلية غارات على مستودعات لحزب الله قرب بلدة القصير.", "hezbollah"),
    ],
    ids=["israeli-strike-unnamed-target", "israeli-missiles-on-airbase", "named-target-wins"],
)
def test_israeli_strikes_in_syria_with_no_target_named_hit_the_syrian_state(
    extractor: Extractor, text: str, actor2: str
) -> None:
    strikes = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert strikes and all(e.actor1 == "israel" for e in strikes)
    assert {e.actor2 for e in strikes} == {actor2}


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("شنت طائرات إسرائيلية غارات على مواقع إيرانية قرب دمشق.", "israel", "iran"),
        ("استهدفت ضربات جوية إسرائيلية مواقع عسكرية إيرانية في ريف حمص.", "israel", "iran"),
        ("استهدف قصف إسرائيلي شحنة أسلحة إيرانية في مطار حلب.", "israel", "iran"),
        ("قصفت قوات النظام نقاطاً تركية في محيط سراقب.", "syrian_regime", "turkey"),
        ("قصفت الطائرات الروسية مواقع تركية قرب تل رفعت.", "russia", "turkey"),
        ("قصفت طائرات مجهولة مواقع إيرانية في البوكمال.", "unknown", "iran"),
        ("قصفت المدفعية التركية مواقع عسكرية سورية في ريف منبج.", "turkey", "syrian_regime"),
        ("قصفت المدفعية التركية مواقع للجيش السوري في ريف منبج.", "turkey", "syrian_regime"),
        ("قصفت القوات التركية مواقع النظام في ريف منبج.", "turkey", "syrian_regime"),
    ],
    ids=[
        "iranian-positions",
        "iranian-military-positions",
        "iranian-arms-shipment",
        "turkish-points",
        "turkish-positions-hit-by-russia",
        "unknown-jets-iranian-positions",
        "syrian-military-positions",
        "named-army-unchanged",
        "regime-word-unchanged",
    ],
)
def test_a_states_adjective_after_a_target_noun_names_the_side_struck(
    extractor: Extractor, text: str, actor1: str, actor2: str
) -> None:
    """Session 13: «مواقع إيرانية» is Iran struck, not the Syrian state an Israeli strike with
    no target named is taken to hit; a state's adjective past a target noun is no striker."""
    strikes = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in strikes] == [(actor1, actor2)]


# ---- figures told after the event (session 3)


def test_victims_told_in_the_next_sentence_are_the_strikes_civilian_target(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت مروحيات النظام بالبراميل المتفجرة بلدة الهبيط صباح اليوم. "
        "وأفاد ناشطون بمقتل ثلاثة مدنيين وإصابة سبعة آخرين."
    )
    events = run(extractor, text)
    assert [(e.actor2, e.fatalities, e.injured) for e in events] == [("civilians", 3, 7)]


def test_victims_told_after_do_not_replace_a_named_target(extractor: Extractor) -> None:
    text = (
        "استهدفت طائرات روسية مقرات لتنظيم داعش في بلدة عقيربات صباح اليوم. "
        "وأفاد ناشطون بمقتل ثلاثة مدنيين."
    )
    assert [e.actor2 for e in run(extractor, text)] == ["isis"]


def test_a_count_told_rising_replaces_the_first_figure(extractor: Extractor) -> None:
    text = (
        "انفجرت سيارة مفخخة قرب دوار في مدينة أعزاز، ما أدى لمقتل أربعة أشخاص. "
        "ولاحقاً ارتفعت حصيلة قتلى الانفجار إلى 11 قتيلاً."
    )
    assert [e.fatalities for e in run(extractor, text)] == [11]


COUNT_NAMED_BEFORE_ITS_RISE = [
    (  # the count named first, its rise verb after: the new count replaces the first
        "استهدفت غارات أميركية منشأة للحرس الثوري في البوكمال، ما أسفر عن مقتل سبعة عناصر، "
        "في حين قال المرصد في وقت لاحق إن عدد القتلى ارتفع إلى ثمانية.",
        (8, None),
    ),
    (  # «حصيلة» before the verb is the rising clause's, no toll word
        "انفجرت سيارة مفخخة في سوق مدينة الباب، ما أدى إلى مقتل خمسة مدنيين وإصابة عشرة "
        "آخرين، فيما أفاد الدفاع المدني لاحقاً بأن حصيلة القتلى ارتفعت إلى سبعة.",
        (7, 10),
    ),
    (
        "أصيب خمسة أشخاص بانفجار عبوة ناسفة في حي الكرادة ببغداد، فيما أكد مصدر في الشرطة أن "
        "حصيلة المصابين ارتفعت إلى سبعة.",
        (None, 7),
    ),
    (
        "قصف الطيران الحربي مدينة دوما، ما أدى إلى مقتل ستة مدنيين وإصابة عشرين آخرين، وقال "
        "مصدر طبي إن عدد الجرحى ارتفع إلى 25.",
        (6, 25),
    ),
    (  # a rise over a period is a toll: the event keeps its own count
        "قصف الطيران الحربي مدينة دوما، ما أدى إلى مقتل ستة مدنيين، وقال ناشطون إن عدد القتلى "
        "في الغوطة الشرقية ارتفع إلى 40 منذ بداية الشهر.",
        (6, None),
    ),
    (  # not a count of people
        "قصف الطيران الحربي مدينة دوما، ما أدى إلى مقتل ستة مدنيين، فيما قال المرصد إن عدد "
        "الغارات ارتفع إلى 20.",
        (6, None),
    ),
]


@pytest.mark.parametrize("text,expected", COUNT_NAMED_BEFORE_ITS_RISE)
def test_figures_s16_a_count_named_before_its_rise_verb_is_the_new_count(
    extractor: Extractor, text: str, expected: tuple[int | None, int | None]
) -> None:
    (event,) = run(extractor, text)
    assert (event.fatalities, event.injured) == expected


ATTACKERS_OWN_LOSSES = [
    (  # the attacked side's dead, then the attackers' own told in a later sentence: summed
        "هاجم مقاتلو هيئة تحرير الشام مواقع قوات النظام في كبانة، ما أدى إلى مقتل 14 عنصراً من "
        "قوات النظام. ودارت اشتباكات عنيفة بين الطرفين قتل خلالها اثنان من مقاتلي الهيئة.",
        16,
    ),
    (
        "هاجم مسلحو داعش نقطة للجيش العراقي في قضاء الحويجة، ما أسفر عن استشهاد ثلاثة جنود. "
        "وأضاف المصدر أن القوات اشتبكت مع المهاجمين وقتلت خمسة منهم.",
        8,
    ),
    (
        "هاجمت قوات النظام مواقع المعارضة في بلدة كفرنبودة، ما أدى إلى مقتل سبعة مقاتلين من "
        "الفصائل. وتمكنت الفصائل من صد الهجوم وقتلت 12 عنصراً من قوات النظام.",
        19,
    ),
    (  # the same side's dead told again: no sum
        "هاجم مسلحو داعش نقطة للجيش العراقي في قضاء الحويجة، ما أسفر عن استشهاد ثلاثة جنود. "
        "وأضاف المصدر أن الاشتباكات أسفرت عن استشهاد ثلاثة جنود من الجيش.",
        3,
    ),
    (  # a first count of both sides or of people at large may hold the attackers' dead
        "هاجم مقاتلو هيئة تحرير الشام مواقع قوات النظام في كبانة، ما أدى إلى مقتل 16 عنصراً من "
        "الطرفين. ودارت اشتباكات عنيفة بين الطرفين قتل خلالها اثنان من مقاتلي الهيئة.",
        16,
    ),
    (
        "هاجم مقاتلو هيئة تحرير الشام مواقع قوات النظام في كبانة، ما أدى إلى مقتل 16 شخصاً. "
        "ودارت اشتباكات عنيفة بين الطرفين قتل خلالها اثنان من مقاتلي الهيئة.",
        16,
    ),
]


@pytest.mark.parametrize("text,dead", ATTACKERS_OWN_LOSSES)
def test_figures_s16_the_attackers_own_dead_told_after_add_to_the_attacked_sides(
    extractor: Extractor, text: str, dead: int
) -> None:
    (event,) = run(extractor, text)
    assert event.fatalities == dead


COUNT_TOLD_AS_REACHED = [
    (  # «حصيلة القتلى بلغت N» right after an unfigured event: its count, no toll
        "تعرضت حافلة تقل عناصر من قوات النظام لكمين على طريق الشولا في بادية دير الزور. وبحسب "
        "المرصد السوري، فقد بلغت حصيلة القتلى 25 عنصراً، بينما أصيب 13 آخرون.",
        (25, 13),
    ),
    (
        "تعرضت حافلة تقل عناصر من قوات النظام لكمين على طريق الشولا في بادية دير الزور. وبحسب "
        "المرصد السوري، فإن حصيلة القتلى بلغت 25 عنصراً.",
        (25, None),
    ),
    (
        "انفجرت عبوة ناسفة بدورية للشرطة في قضاء المقدادية. وقال مصدر أمني إن حصيلة الجرحى "
        "وصلت إلى خمسة منتسبين.",
        (None, 5),
    ),
    (  # a count of the country's day or over a period stays a toll
        "تعرضت حافلة تقل عناصر من قوات النظام لكمين على طريق الشولا في بادية دير الزور. وبلغت "
        "حصيلة القتلى في سوريا اليوم 45 شخصاً.",
        (None, None),
    ),
    (
        "تعرضت حافلة تقل عناصر من قوات النظام لكمين على طريق الشولا في بادية دير الزور. وبلغت "
        "حصيلة القتلى منذ بداية الشهر 145 عنصراً.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text,expected", COUNT_TOLD_AS_REACHED)
def test_figures_s16_a_count_told_as_reached_after_an_unfigured_event_is_its_count(
    extractor: Extractor, text: str, expected: tuple[int | None, int | None]
) -> None:
    (event,) = run(extractor, text)
    assert (event.fatalities, event.injured) == expected


def test_a_count_of_the_place_after_an_event_without_figures_is_its_figure(
    extractor: Extractor,
) -> None:
    text = (
        "انفجرت عبوة ناسفة في سوق مدينة الشدادي مساء أمس. "
        "وقالت مصادر طبية إن حصيلة الضحايا بلغت ستة قتلى و14 جريحاً."
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    assert [(e.fatalities, e.injured) for e in result.events] == [(6, 14)]
    assert result.tolls == []


def test_two_civilians_in_the_dual_are_civilians(extractor: Extractor) -> None:
    events = run(extractor, "قتل مدنيان وأصيبت امرأتان بقصف مدفعي على بلدة التمانعة.")
    assert [(e.actor2, e.fatalities, e.injured) for e in events] == [("civilians", 2, 2)]


def test_a_town_taken_back_was_lost_by_the_side_that_took_it(extractor: Extractor) -> None:
    text = (
        "استعادت فصائل المعارضة السيطرة على بلدة تل ملح بريف حماة الشمالي، "
        "بعد ساعات من سيطرة قوات النظام عليها."
    )
    captures = only(run(extractor, text), "capture")
    assert sorted((e.actor1, e.actor2) for e in captures) == [
        ("syrian_opposition", "syrian_regime"),
        ("syrian_regime", "syrian_opposition"),
    ]


def test_partners_of_one_state_taking_parts_of_a_city_are_no_opponents(
    extractor: Extractor,
) -> None:
    text = (
        "سيطرت قوات جهاز مكافحة الإرهاب على حي الجولان في مدينة الفلوجة، "
        "فيما سيطرت قوات الحشد الشعبي على حي الشهداء في المدينة."
    )
    captures = only(run(extractor, text), "capture")
    assert captures and all(e.actor2 in ("", "isis") for e in captures)


# ---- actors: party statements and SDF wording (session 3)


def test_actors_s3_our_forces_in_a_party_statement_are_that_party(extractor: Extractor) -> None:
    text = (
        "المركز الإعلامي لقوات سوريا الديمقراطية: صد هجوم على قرية الكشمة\n"
        "بيان صحفي\n\n"
        "اشتبكت قواتنا مساء أمس مع عناصر داعش قرب قرية الكشمة في ريف دير الزور الشرقي."
    )
    clashes = only(run(extractor, text), "clash")
    assert [(e.actor1, e.actor2) for e in clashes] == [("sdf", "isis")]


def test_actors_s3_our_forces_without_a_party_header_stay_unresolved(
    extractor: Extractor,
) -> None:
    text = "اشتبكت قواتنا مساء أمس مع عناصر داعش قرب قرية الكشمة في ريف دير الزور الشرقي."
    clashes = only(run(extractor, text), "clash")
    assert all(e.actor1 != "sdf" for e in clashes)


def test_actors_s3_isis_called_mercenaries_by_kurdish_media(extractor: Extractor) -> None:
    text = (
        "قصفت طائرات التحالف الدولي مواقع مرتزقة داعش في بلدة الصور صباح اليوم، "
        "ثم استهدفت تجمعات المرتزقة قرب بلدة البصيرة."
    )
    strikes = only(run(extractor, text), "airstrike")
    assert strikes and all(e.actor2 == "isis" for e in strikes)


def test_actors_s3_the_organisation_is_the_side_named_as_an_organisation(
    extractor: Extractor,
) -> None:
    text = (
        "هاجم تنظيم الدولة الإسلامية قرية تل براك صباح الأحد. وقالت وحدات حماية الشعب إن "
        "مقاتلي الوحدات صدوا الهجوم، وتدور اشتباكات بين وحدات حماية الشعب وعناصر التنظيم "
        "في محيط تل براك."
    )
    clashes = [e for e in only(run(extractor, text), "clash") if e.actor1 == "ypg"]
    assert clashes and all(e.actor2 == "isis" for e in clashes)


def test_actors_s3_a_disguise_names_no_side(extractor: Extractor) -> None:
    text = (
        "تسلل مسلحو تنظيم داعش إلى بلدة صرين فجر الاثنين متنكرين بزي عناصر الجيش الحر، "
        "وفجروا سيارة مفخخة قرب مدخل البلدة."
    )
    bombings = only(run(extractor, text), "bombing")
    assert [e.actor1 for e in bombings] == ["isis"]


def test_actors_s3_indefinite_pro_regime_gunmen_are_the_regime_militia(
    extractor: Extractor,
) -> None:
    text = (
        "اندلعت اشتباكات أمس بين وحدات حماية الشعب ومسلحين موالين للنظام في حي طي بمدينة القامشلي."
    )
    clashes = only(run(extractor, text), "clash")
    assert [(e.actor1, e.actor2) for e in clashes] == [("ypg", "ndf")]


def test_actors_s3_women_suspected_of_belonging_to_a_group_are_its_members(
    extractor: Extractor,
) -> None:
    text = "اعتقلت قوى الأمن الداخلي (الأسايش) أمس في مخيم الهول تسع نساء يشتبه بانتمائهن إلى داعش."
    arrests = only(run(extractor, text), "arrest")
    assert [e.actor2 for e in arrests] == ["isis"]


def test_actors_s3_an_iraqi_vehicle_word_marks_the_target(extractor: Extractor) -> None:
    text = "انفجرت عبوة ناسفة صباح اليوم على عجلة للجيش العراقي في قضاء الدبس شمال غربي كركوك."
    bombings = only(run(extractor, text), "bombing")
    assert [e.actor2 for e in bombings] == ["iraqi_army"]


def test_actors_s3_local_fighters_in_syria_are_the_opposition(extractor: Extractor) -> None:
    text = (
        "هاجم مقاتلون محليون فجر اليوم حاجزاً لقوات النظام في بلدة جاسم بريف درعا الشمالي، "
        "وتمكن المقاتلون من السيطرة على الحاجز."
    )
    events = run(extractor, text)
    assert events and all(e.actor1 == "syrian_opposition" for e in events)


# ---- figures, dates, tolls and merging (session 3, engC)


def test_figures_s3_mercenaries_counted_are_people(extractor: Extractor) -> None:
    text = (
        "واندلعت اشتباكات عنيفة صباح اليوم بين وحدات حماية الشعب ومرتزقة داعش في قرية "
        "تل براك، وأكد مراسلنا أن 12 مرتزقاً قتلوا خلالها."
    )
    clashes = only(run(extractor, text), "clash")
    assert [e.fatalities for e in clashes] == [12]


def test_figures_s3_dead_told_during_a_later_clash_are_its_dead(extractor: Extractor) -> None:
    text = (
        "وقصفت فصائل المعارضة بالصواريخ تجمعات قوات النظام في بلدة كرناز صباح اليوم، كما "
        "تمكن مقاتلو الفصائل من قتل 9 عناصر من قوات النظام خلال الاشتباكات في بلدة كفرنبودة."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "shelling")] == [None]
    assert [e.fatalities for e in only(events, "clash")] == [9]


def test_figures_s3_a_final_count_replaces_the_preliminary_one(extractor: Extractor) -> None:
    text = (
        "انفجرت سيارة مفخخة مساء أمس في سوق مدينة الشرقاط، ما أسفر في حصيلة أولية عن مقتل "
        "ثلاثة مدنيين وإصابة ثمانية آخرين. وقال مصدر طبي إن اثنين من الجرحى توفيا اليوم، "
        "لتصبح الحصيلة النهائية خمسة قتلى وستة جرحى، مبيناً أن اثنين من الجرحى نقلوا إلى "
        "مستشفى المدينة."
    )
    bombings = only(run(extractor, text), "bombing")
    assert [(e.fatalities, e.injured) for e in bombings] == [(5, 6)]


def test_figures_s3_a_final_count_told_in_a_later_paragraph_replaces_the_first(
    extractor: Extractor,
) -> None:
    """«الحصيلة النهائية» with its hamza seat (نهائية reads نهاءيه once normalised) tells the
    final count: 11 dead in all, not 10 + 11."""
    text = (
        "تسلل عناصر تنظيم داعش فجر الجمعة إلى مقر للجيش في قرية حاوي العظيم، واشتبكوا مع "
        "الجنود لنحو ساعة، ثم انسحبوا باتجاه حوض ميطة.\n"
        "وكانت المصادر الأولية قد تحدثت عن مقتل عشرة جنود، قبل أن يعلن صباح اليوم عن وفاة "
        "جندي متأثراً بجراحه، لتستقر الحصيلة النهائية عند أحد عشر قتيلاً."
    )
    clashes = only(run(extractor, text, dt.date(2022, 1, 22)), "clash")
    assert [e.fatalities for e in clashes] == [11]


def test_figures_s3_a_preliminary_count_is_the_events_figure(extractor: Extractor) -> None:
    text = (
        "استهدفت غارة جوية سوقاً شعبية في بلدة معرة مصرين ظهر اليوم، ما أسفر في حصيلة أولية "
        "عن مقتل سبعة مدنيين وإصابة 15 آخرين."
    )
    strikes = only(run(extractor, text), "airstrike")
    assert [(e.fatalities, e.injured) for e in strikes] == [(7, 15)]


def test_figures_s3_the_dead_during_a_fight_of_days_are_its_own_list(extractor: Extractor) -> None:
    text = (
        "سيطرت الفصائل على بلدة خان طومان ليل أمس بعد معارك عنيفة استمرت منذ فجر السبت، "
        "وقتل خلالها 9 عناصر من قوات النظام و4 من مقاتلي الفصائل."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "clash")] == [13]
    assert [e.fatalities for e in only(events, "capture")] == [None]


def test_figures_s3_a_count_told_rising_after_the_event_updates_it(extractor: Extractor) -> None:
    text = (
        "قتل أربعة مدنيين بقصف مدفعي لقوات النظام على بلدة الهبيط أمس. وقال ناشطون إن القصف "
        "استهدف السوق الرئيسي. وارتفعت حصيلة القتلى إلى ستة مدنيين، بعد وفاة امرأتين "
        "متأثرتين بجروحهما مساء أمس."
    )
    assert [e.fatalities for e in only(run(extractor, text), "shelling")] == [6]


def test_figures_s3_soldiers_of_a_party_told_by_a_pronoun_are_counted(
    extractor: Extractor,
) -> None:
    text = (
        "قال الجيش التركي إن خمسة من جنوده قتلوا في هجوم على نقطة عسكرية قرب بلدة تل تمر فجر اليوم."
    )
    assert [e.fatalities for e in only(run(extractor, text), "clash")] == [5]


def test_figures_s3_only_does_not_part_a_number_from_its_noun(extractor: Extractor) -> None:
    text = (
        "وقالت الوحدات إن اثنين فقط من مقاتليها قتلوا في الاشتباكات التي دارت أمس في قرية تل جمعة."
    )
    assert [e.fatalities for e in only(run(extractor, text), "clash")] == [2]


def test_figures_s3_a_follow_up_figure_stays_with_the_first_event_of_a_clause(
    extractor: Extractor,
) -> None:
    text = (
        "شنت القوات التركية غارات جوية وقصفاً مدفعياً على قرية تل رفعت أمس. "
        "وقال ناشطون إن خمسة مدنيين قتلوا."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "airstrike")] == [5]
    assert [e.fatalities for e in only(events, "shelling")] == [None]


def test_merge_s3_the_day_a_report_was_told_yields_to_the_events_own_day(
    extractor: Extractor,
) -> None:
    text = (
        "أفاد مصدر أمني في محافظة صلاح الدين، اليوم الثلاثاء، بمقتل جنديين بهجوم لداعش على "
        "نقطة للجيش العراقي في قرية البو دور. وقال المصدر إن مسلحين هاجموا، ليل أمس، النقطة "
        "بالأسلحة الخفيفة."
    )
    clashes = only(run(extractor, text), "clash")
    assert [(e.event_date, e.fatalities) for e in clashes] == [("2016-05-09", 2)]


def test_figures_s3_the_body_counting_both_sides_wins_over_the_headline(
    extractor: Extractor,
) -> None:
    text = (
        "الجيش يصد هجوما لداعش على نقطة عسكرية في ناحية العلم ويقتل أربعة من عناصره\n"
        "وقالت قيادة العمليات إن مسلحي داعش هاجموا ليل أمس نقطة للجيش العراقي في ناحية العلم، "
        "ما أسفر عن مقتل أربعة من المهاجمين وجنديين."
    )
    assert [e.fatalities for e in only(run(extractor, text), "clash")] == [6]


def test_figures_s3_a_headline_summing_separate_operations_is_no_events_figure(
    extractor: Extractor,
) -> None:
    text = (
        "الجيش العراقي: ثلاث ضربات جوية ومقتل 11 إرهابياً في عمليات متفرقة بالأنبار وديالى\n"
        "نفذت طائرات القوة الجوية العراقية فجر اليوم ضربة جوية على وكر للإرهابيين في وادي "
        "حوران، أسفرت عن مقتل 6 إرهابيين."
    )
    assert [e.fatalities for e in only(run(extractor, text), "airstrike")] == [6]


def test_figures_s3_a_feminine_during_it_points_back_to_the_clashes(
    extractor: Extractor,
) -> None:
    text = (
        "وتتواصل الاشتباكات العنيفة بين قوات النظام والفصائل على محور بلدة الحاضر منذ فجر "
        "اليوم، وسط قصف متبادل بين الطرفين، وثق المرصد خلالها مقتل 5 عناصر من قوات النظام، "
        "و4 من الفصائل."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "clash")] == [9]
    assert all(e.fatalities is None for e in only(events, "shelling"))


# ---- which events and where: non-events on unseen outlets (session 3, engB)
@pytest.mark.parametrize(
    ("text", "action"),
    [
        # explosives found in a cache are no explosion
        (
            "وعثرت مفرزة من الشرطة أمس على مخزن يضم ثماني عبوات ناسفة وصواريخ في قضاء الحويجة.",
            "bombing",
        ),
        ("ضبطت القوات الأمنية وكراً يحتوي على أحزمة ناسفة وعبوات لاصقة قرب بيجي.", "bombing"),
        # car bombs destroyed before they reached their target
        (
            "وحاول التنظيم صد الهجوم بثلاث سيارات مفخخة، تم تدميرها قبل وصولها إلى القطعات في الموصل.",
            "bombing",
        ),
        # a battle that may start is no clash; a campaign named is no clash
        ("ويقول قادة ميدانيون إن معركة دير الزور قد تبدأ خلال أيام.", "clash"),
        ("وصفها ناشطون بأنها ضربة موجعة في معركة تحرير الرقة.", "clash"),
        # a situation brought under control is no capture; shared control is no capture
        ("اندلع حريق في مستودع بمدينة الحسكة قبل أن تتم السيطرة على الوضع.", "capture"),
        ("ويتقاسم الطرفان السيطرة على مدينة منبج منذ أشهر.", "capture"),
        # civilians driven to flee are no withdrawal; attackers leaving after a repelled attack
        ("ما أجبر مئات العائلات من الإيزيديين على الفرار نحو جبل سنجار.", "withdrawal"),
        ("صد الجيش هجوماً على قرية البوليل وانسحب بعدها المهاجمون إلى البادية.", "withdrawal"),
        ("ونفذ الطيران ضربات على طرق انسحاب المسلحين قرب تكريت.", "withdrawal"),
        # protest squares secured are no protest
        ("وتنشغل القوات الأمنية منذ أيام بحماية ساحات الاعتصام في البصرة.", "protest"),
    ],
)
def test_which_events_s3_non_events_are_not_extracted(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text), action) == []


def test_which_events_s3_a_car_bomb_that_exploded_is_still_a_bombing(extractor: Extractor) -> None:
    text = "انفجرت سيارة مفخخة صباح اليوم قرب سوق شعبي في مدينة القامشلي."
    assert len(only(run(extractor, text), "bombing")) == 1


def test_which_events_s3_a_shared_name_follows_the_report_governorate(
    extractor: Extractor,
) -> None:
    text = (
        "تقدمت قوات سوريا الديمقراطية غرب مدينة الطبقة في ريف الرقة أمس. "
        "وقتل 5 مدنيين بغارة جوية على بلدة المنصورة، بحسب ناشطين في الرقة."
    )
    strikes = only(run(extractor, text), "airstrike")
    assert [e.admin1 for e in strikes] == ["Ar-Raqqah"]


def test_which_events_s3_an_rpg_fired_at_a_position_is_a_clash(extractor: Extractor) -> None:
    text = 'واستهدف مسلحون مجهولون حاجزاً للجيش بقذيفة "آر بي جي" في بلدة الشحيل فجر اليوم.'
    events = run(extractor, text)
    assert [e.action for e in events] == ["clash"]


def test_which_events_s3_destroyed_tanks_are_targets_not_a_platform(extractor: Extractor) -> None:
    text = (
        "وأعلنت الوزارة أن الضربات الجوية أسفرت عن مقتل 40 مسلحاً وتدمير 3 دبابات قرب مدينة السخنة."
    )
    assert only(run(extractor, text), "shelling") == []


def test_which_events_s3_arrest_cases_counted_in_a_report_are_no_arrest(
    extractor: Extractor,
) -> None:
    text = "وسجل التقرير الشهري ما لا يقل عن 75 حالة اعتقال تعسفي واحتجاز في محافظة الحسكة."
    assert only(run(extractor, text), "arrest") == []


# ---- actors: civilian victims named by trade or age (session 3)


@pytest.mark.parametrize(
    "text",
    [
        "قُتل مزارع برصاص قناص مجهول في أرضه قرب بلدة المسيفرة صباح اليوم.",
        "قتل راعٍ برصاص مسلحين مجهولين في بادية تدمر أمس.",
        "قتل ثلاثة من جامعي الكمأة برصاص عناصر التنظيم في بادية السخنة.",
        "قتل سائق شاحنة برصاص مسلحين مجهولين قرب مدينة الميادين.",
        "قتل صيادان برصاص مجهولين على ضفة الفرات قرب البوكمال.",
        "اغتال مسلحون مجهولون شاباً بإطلاق النار عليه في بلدة جاسم.",
    ],
)
def test_actors_s3_trade_and_age_nouns_are_civilian_victims(
    extractor: Extractor, text: str
) -> None:
    attacks = only(run(extractor, text), "attack")
    assert [e.actor2 for e in attacks] == ["civilians"]


@pytest.mark.parametrize(
    ("text", "action", "sides"),
    [
        (
            "مقتل أربعة جنود روس في ضربة جوية قرب مدينة تدمر وموسكو تتهم واشنطن",
            "airstrike",
            ("usa", "russia"),
        ),
        (
            "قصفت القوات التركية قرية قرب عفرين والحكومة السورية تدين",
            "shelling",
            ("turkey", ""),
        ),
    ],
)
def test_actors_s3_a_side_that_accuses_or_condemns_is_no_side(
    extractor: Extractor, text: str, action: str, sides: tuple[str, str]
) -> None:
    events = only(run(extractor, text), action)
    assert [(e.actor1, e.actor2) for e in events] == [sides]


def test_actors_s3_factions_named_beside_a_group_are_not_that_group(extractor: Extractor) -> None:
    text = (
        "هاجمت هيئة تحرير الشام والفصائل مواقع قوات النظام قرب بلدة كفرنبل أمس. "
        "وفي وقت لاحق، قصفت الفصائل بقذائف الهاون أحياء سكنية في مدينة حماة."
    )
    shelling = only(run(extractor, text), "shelling")
    assert [e.actor1 for e in shelling] == ["syrian_opposition"]


# ---- figures, dates, tolls and merging (engC2, session 3 round 2)


def test_figures_s3_dead_named_as_fighters_of_a_group_are_the_strike_target(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت طائرة مسيرة تركية مساء أمس منزلاً في قرية كاني ماسي، ما أدى إلى مقتل شخصين. "
        'وقال مسؤول محلي إن "القتيلين من مقاتلي حزب العمال الكردستاني".'
    )
    strikes = only(run(extractor, text), "airstrike")
    assert [(e.actor1, e.actor2) for e in strikes] == [("turkey", "pkk")]


def test_figures_s3_dead_named_as_civilians_leave_no_armed_target(extractor: Extractor) -> None:
    text = (
        "قصفت طائرة مسيرة تركية مساء أمس منزلاً في قرية كاني ماسي، ما أدى إلى مقتل شخصين. "
        'وقال مسؤول محلي إن "القتيلين من أبناء القرية".'
    )
    strikes = only(run(extractor, text), "airstrike")
    # no armed side; the house struck (منزلاً, a civilian word since session 16, as منزل was
    # already) and the village's own dead make the target civilians (CODEBOOK §4)
    assert [e.actor2 for e in strikes] == ["civilians"]


# ---- which events and where (engB2, session 3 round 2)


def test_which_events_s3_aircraft_subject_of_bombard_is_an_airstrike(extractor: Extractor) -> None:
    text = "قالت الوزارة إن طائرات حربية روسية قصفت أمس مدافع للمسلحين قرب مدينة السفيرة."
    events = run(extractor, text)
    assert [e.action for e in events] == ["airstrike"]
    assert events[0].actor1 == "russia"


def test_which_events_s3_artillery_named_after_an_air_strike_keeps_its_shelling(
    extractor: Extractor,
) -> None:
    text = "وقال ناشطون إن الطائرات الحربية قصفت بلدة كفرنبل أمس، فيما قصفت مدفعية النظام بلدة حيش."
    events = run(extractor, text)
    assert sorted((e.action, e.location) for e in events) == [
        ("airstrike", "Kafranbel"),
        ("shelling", "Hish"),
    ]


def test_which_events_s3_the_holder_of_a_captured_place_loses_it(extractor: Extractor) -> None:
    text = "هاجم التنظيم أمس مدينة دير الزور وسيطر على حي الصناعة الخاضع لسيطرة قوات النظام."
    captures = only(run(extractor, text), "capture")
    assert [(e.actor1, e.actor2) for e in captures] == [("isis", "syrian_regime")]


def test_which_events_s3_joined_strike_nouns_share_their_target(extractor: Extractor) -> None:
    text = (
        "وقالت وزارة الدفاع إن غارات جوية وقصفا صاروخيا نفذتها القوات التركية أمس "
        "على مواقع لحزب العمال الكردستاني في قرية سيدكان."
    )
    events = run(extractor, text)
    assert sorted((e.action, e.actor2) for e in events) == [
        ("airstrike", "pkk"),
        ("shelling", "pkk"),
    ]


def test_which_events_s3_civilians_killed_at_least_at_the_hands_is_an_attack(
    extractor: Extractor,
) -> None:
    text = "قتل 40 مدنيا على الأقل على أيدي عناصر التنظيم في قرية الشعيطات أمس."
    attacks = only(run(extractor, text), "attack")
    assert [(e.actor2, e.fatalities) for e in attacks] == [("civilians", 40)]


def test_which_events_s3_the_axis_an_advance_came_from_is_not_its_place(
    extractor: Extractor,
) -> None:
    text = (
        "وقال قائد ميداني إن مقاتليه تقدموا أمس نحو مدينة خان شيخون من محور قرية التمانعة "
        "وسيطروا على أطرافها."
    )
    captures = only(run(extractor, text), "capture")
    assert [e.location for e in captures] == ["Khan Shaykhun"]


def test_which_events_s3_civilians_before_a_joined_attack_verb_are_another_clause(
    extractor: Extractor,
) -> None:
    text = "أعدم مسلحو التنظيم أمس خمسة مدنيين في قرية الشعيطات وهاجموا مدينة الميادين."
    clashes = only(run(extractor, text), "clash")
    assert [e.location for e in clashes] == ["Al Mayadin"]


def test_which_events_s3_residents_driven_to_flee_are_no_victims_of_an_attack(
    extractor: Extractor,
) -> None:
    text = "هاجم مسلحو التنظيم أمس مدينة تدمر، ما دفع آلاف السكان إلى النزوح."
    assert [e.action for e in run(extractor, text)] == ["clash"]


def test_which_events_s3_battles_that_lasted_months_are_background(extractor: Extractor) -> None:
    text = (
        "وكانت فصائل المعارضة قد سيطرت على المدينة في آذار الماضي بعد معارك استمرت نحو ثلاثة أشهر."
    )
    assert only(run(extractor, text), "clash") == []


def test_which_events_s3_a_repeated_preposition_adds_towns_to_the_object_list(
    extractor: Extractor,
) -> None:
    text = (
        "وسيطرت قوات النظام أمس على مدينة خان شيخون، كبرى مدن المنطقة، وعلى بلدتي التمانعة والهبيط."
    )
    captures = only(run(extractor, text), "capture")
    assert [e.location for e in captures] == ["Khan Shaykhun", "At Tamani'ah", "Al Habit"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "سيطرت قوات الحشد على ناحية القيروان وعلى قرية تل قصب.",
            ["ناحية القيروان", "تل قصب"],
            id="s14-a-repeated-preposition-adds-an-unknown-village",
        ),
        pytest.param(
            "سيطرت قوات الحشد على ناحية القيروان غرب الموصل وعلى قرية تل قصب جنوب سنجار.",
            ["ناحية القيروان", "تل قصب"],
            id="s14-a-repeated-preposition-after-a-direction-adds-an-unknown-village",
        ),
        pytest.param(
            "سيطرت فصائل المعارضة على قرية حيش ثم على بلدة التمانعة في ريف إدلب.",
            ["حيش", "التمانعة"],
            id="s14-then-on-adds-a-town-to-the-captures",
        ),
        pytest.param(
            "سيطرت الفصائل على قرية حيش وعلى الطريق الدولي.",
            ["حيش"],
            id="s14-a-repeated-preposition-before-a-road-adds-no-town",
        ),
        pytest.param(
            "سيطرت قوات النظام على بلدة خان طومان وعلى عدة تلال محيطة بها.",
            ["خان طومان"],
            id="s14-a-repeated-preposition-before-unnamed-hills-adds-no-town",
        ),
        pytest.param(
            "حررت البيشمركة قرية بورك وقرية دوكري شمال شنكال صباح اليوم.",
            ["بورك", "دوكري"],
            id="s14-two-unknown-villages-each-with-its-noun",
        ),
        pytest.param(
            "حررت قوات البيشمركة 10 قرى بينها قرية سولاغ وقرية كرزرك جنوب شنكال.",
            ["سولاغ", "كرزرك"],
            id="s14-two-unknown-villages-among-a-count",
        ),
        pytest.param(
            "قصفت الطائرات بلدة الرستن وقرية مجاورة لها.",
            [],
            id="s14-a-village-beside-a-town-is-no-pair-of-names",
        ),
    ],
)
def test_s14_a_second_object_of_a_capture_is_one_more_capture(
    extractor: Extractor, text: str, places: list
) -> None:
    assert [e.location_ar for e in only(run(extractor, text), "capture")] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "سيطرت فصائل الجيش الوطني على بلدة سلوك، إضافة إلى قريتي حمام التركمان وتل فندر.",
            ["سلوق", "حمام التركمان", "تل فندر"],
            id="s15-an-unknown-village-after-in-addition-to-is-one-more-capture",
        ),
        pytest.param(
            "سيطرت فصائل الجيش الوطني على بلدة سلوك، جنوب شرقي تل أبيض، إضافة إلى قرية حمام التركمان.",
            ["سلوق", "حمام التركمان"],
            id="s15-in-addition-to-after-a-locator-clause-adds-a-capture",
        ),
        pytest.param(
            "سيطرت قوات النظام على مدينة القصير بريف حمص، فضلاً عن قرى الضبعة والحميدية.",
            ["القصير", "الضبعة", "الحميدية"],
            id="s15-villages-after-besides-are-captures-with-their-own-spelling",
        ),
        pytest.param(
            "استعادت القوات العراقية ناحية القيروان، غرب الموصل، فضلاً عن قرى تل قصب وكرزرك.",
            ["ناحية القيروان", "تل قصب", "كرزرك"],
            id="s15-unknown-villages-after-a-locator-clause-and-besides",
        ),
        pytest.param(
            "سيطرت قوات النظام على مدينة القصير، إضافة إلى مقتل عناصر من قريتي البويضة والحميدية.",
            ["القصير"],
            id="s15-villages-of-the-dead-after-in-addition-to-are-no-captures",
        ),
        pytest.param(
            "وتمكن المقاتلون من السيطرة على حاجز الضاحية في طفس، وعلى حاجزين في محيط المزيريب.",
            ["طفس", "المزيريب"],
            id="s15-a-second-position-on-after-a-located-first-is-one-more-capture",
        ),
        pytest.param(
            "سيطر الثوار على كتيبة الدفاع الجوي في بلدة نمر، وعلى حاجز في بلدة الشيخ مسكين.",
            ["بلدة نمر", "الشيخ مسكين"],
            id="s15-a-battalion-then-a-checkpoint-in-two-towns",
        ),
        pytest.param(
            "سيطرت الفصائل على مواقع في طفس، وعلى أخرى في المزيريب.",
            ["طفس", "المزيريب"],
            id="s15-positions-in-one-town-and-on-others-in-another",
        ),
    ],
)
def test_s15_villages_of_a_later_object_clause_are_captures(
    extractor: Extractor, text: str, places: list
) -> None:
    assert [e.location_ar for e in only(run(extractor, text), "capture")] == places


@pytest.mark.parametrize(
    ("text", "action", "places"),
    [
        pytest.param(
            "سيطرت قوات النظام على قرى الزكاة والأربعين وحصرايا في ريف حماة الشمالي.",
            "capture",
            ["الزكاة", "الأربعين", "حصرايا"],
            id="s15-a-tens-number-names-a-village-of-the-list",
        ),
        pytest.param(
            "استعادت فصائل المعارضة قريتي الأربعين والزلاقيات بريف حماة.",
            "capture",
            ["الأربعين", "الزلاقيات"],
            id="s15-a-known-village-glued-to-waw-goes-on-with-the-list",
        ),
        pytest.param(
            "قصفت قوات النظام بالمدفعية قرى الأربعين والزكاة ولطمين في ريف حماة الشمالي.",
            "shelling",
            ["الأربعين", "الزكاة", "لطمين"],
            id="s15-a-shelled-list-opened-by-a-tens-number",
        ),
        pytest.param(
            "سيطرت فصائل المعارضة على تلة المحروقات وتلة الشيخ محمد جنوب حلب.",
            "capture",
            ["تلة المحروقات", "تلة الشيخ محمد"],
            id="s15-a-pair-of-named-hills-is-two-captures",
        ),
        pytest.param(
            "بسطت قوات النظام سيطرتها على قرية الجنابرة وتل عثمان في ريف حماة الشمالي.",
            "capture",
            ["الجنابرة", "تل عثمان"],
            id="s15-a-village-and-a-hill-are-two-captures",
        ),
        pytest.param(
            "انتزعت هيئة تحرير الشام قرية الحويز وتلة الشيخ حديد في ريف حماة.",
            "capture",
            ["الحويز", "تلة الشيخ حديد"],
            id="s15-a-known-village-and-an-unknown-hill",
        ),
        pytest.param(
            "سيطرت قوات النظام على تلال الملاح والبريج شمال حلب.",
            "capture",
            ["الملاح", "البريج"],
            id="s15-named-hills-after-a-plural-hill-noun",
        ),
        pytest.param(
            "حررت قوات سوريا الديمقراطية قرى أم البراميل والمشيرفة والحمرا في ريف منبج.",
            "capture",
            ["أم البراميل", "المشيرفة", "الحمرا"],
            id="s15-a-cue-word-after-a-name-head-stays-in-the-name",
        ),
        pytest.param(
            "استهدفت الطائرات الحربية قرى الشيخ محمد وأبو علي وكفرسجنة في ريف إدلب الجنوبي.",
            "airstrike",
            ["الشيخ محمد", "أبو علي", "كفر سجنة"],
            id="s15-given-names-after-a-head-stay-in-the-list",
        ),
        pytest.param(
            "أعلنت خلية الإعلام الأمني تحرير قرى البو علي والبو محمد والحامضية في قضاء الخالدية.",
            "capture",
            ["البو علي", "البو محمد", "الحامضية"],
            id="s15-iraqi-albu-villages-are-a-list",
        ),
        pytest.param(
            "تمكنت الفصائل من السيطرة على تلة استراتيجية وتلة أخرى قرب البلدة.",
            "capture",
            [],
            id="s15-unnamed-hills-are-no-list",
        ),
        pytest.param(
            "استعادت قوات النظام السيطرة على تلة النسر ونقاط في محيط قرية السمرا.",
            "capture",
            ["السمرا"],
            id="s15-a-hill-and-positions-near-a-village-are-one-capture",
        ),
        pytest.param(
            "قصفت المدفعية التركية قرى تل رفعت والمنشآت والطرقات.",
            "shelling",
            ["تل رفعت"],
            id="s15-plurals-of-things-end-a-village-list",
        ),
        pytest.param(
            "سيطرت قوات النظام على قرى المسلحين والإرهابيين.",
            "capture",
            [],
            id="s15-group-plurals-still-end-a-village-list",
        ),
        pytest.param(
            "حررت قوات البيشمركة 10 قرى جنوب شنكال بينها سولاغ وكرزرك.",
            "capture",
            ["سولاغ", "كرزرك"],
            id="s15-unknown-villages-after-among-with-no-noun",
        ),
        pytest.param(
            "سيطرت قوات النظام على عدة قرى في ريف حلب الشرقي، بينها الخفسة والزكاة وحصرايا.",
            "capture",
            ["الخفسة", "الزكاة", "حصرايا"],
            id="s15-unknown-villages-after-a-comma-and-among",
        ),
        pytest.param(
            "شنت طائرات التحالف غارات على عدة قرى جنوب الرقة، أبرزها الكرامة وحمرة ناصر وحمرة بلاسم.",
            "airstrike",
            ["الكرامة", "حمرة ناصر", "حمرة بلاسم"],
            id="s15-villages-after-most-notably-are-struck-once-each",
        ),
        pytest.param(
            "سيطرت قوات النظام على عدة قرى في الغوطة، وخرج منها مئات المدنيين نحو دوما.",
            "capture",
            ["الغوطة الشرقية"],
            id="s15-from-them-before-a-verb-opens-no-list",
        ),
        pytest.param(
            "سيطرت الفصائل على 5 قرى في ريف حماة، بينها قريتان استراتيجيتان.",
            "capture",
            ["حماة"],
            id="s15-among-them-two-unnamed-villages-is-no-list",
        ),
        pytest.param(
            "قصفت قوات النظام بالمدفعية قرى ومزارع الزكاة وحصرايا في ريف حماة الشمالي.",
            "shelling",
            ["الزكاة", "حصرايا"],
            id="s15-villages-and-farms-of-two-unknown-names",
        ),
        pytest.param(
            "قصفت قوات النظام قرى ومزارع عدة في ريف حماة.",
            "shelling",
            ["حماة"],
            id="s15-several-villages-and-farms-are-no-list",
        ),
        pytest.param(
            "قصفت قوات النظام قرى ومزارع تابعة لبلدة اللطامنة.",
            "shelling",
            ["اللطامنة"],
            id="s15-villages-and-farms-of-a-town-are-no-list",
        ),
        pytest.param(
            "دخلت البيشمركة مدينة سنجار اليوم. وكانت البيشمركة قد سيطرت، أمس، على قرى گرزرك وشيخ منصور "
            "وبورك شرق المدينة، وقطعت الطريق الذي يربط الموصل بالرقة.",
            "capture",
            ["سنجار", "گرزرك", "شيخ منصور", "بورك"],
            id="s15-own-unknown-villages-over-a-road-s-town-in-a-later-clause",
        ),
        pytest.param(
            "دخلت قوات النظام بلدة نبل. وكانت قوات النظام قد سيطرت أمس على قرى الطامورة ومعرسته الخان "
            "في محيط البلدة، وقطعت طريق الإمداد الواصل بين حلب وتركيا.",
            "capture",
            ["نبل", "الطامورة", "معرسته الخان"],
            id="s15-villages-near-the-town-in-focus-not-a-supply-road-s-end",
        ),
    ],
)
def test_s15_lists_of_villages_and_hills_are_not_cut_short(
    extractor: Extractor, text: str, action: str, places: list
) -> None:
    got = [e.location_ar for e in only(run(extractor, text), action) if e.location_ar]
    assert got == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "طهرت وحدات من الجيش قرى أبو الضهور والرفيعة من الإرهاب وأعادت الأمن والاستقرار إليها.",
            ["أبو الظهور", "الرفيعة"],
            id="s15-sana-purged-villages-are-captures",
        ),
        pytest.param(
            "أكملت القوات الأمنية تطهير ناحية الصقلاوية شمال غربي الفلوجة من عصابات داعش الإرهابية.",
            ["الصقلاوية"],
            id="s15-iraqi-purge-of-a-subdistrict-is-a-capture",
        ),
        pytest.param(
            "قالت خلية الإعلام الحربي إن القوات الأمنية تمكنت من تطهير مدينة تكريت بالكامل.",
            ["تكريت"],
            id="s15-iraqi-purge-of-a-city-is-a-capture",
        ),
        pytest.param(
            "حذرت الأمم المتحدة من تطهير عرقي في قرى سنجار.",
            [],
            id="s15-ethnic-cleansing-is-no-capture",
        ),
        pytest.param(
            "قامت وحدات الهندسة بتطهير المنطقة من الألغام والعبوات الناسفة.",
            [],
            id="s15-clearing-mines-is-no-capture",
        ),
        pytest.param(
            "تعمل فرق الهندسة على تطهير الأحياء المحررة من مخلفات الحرب.",
            [],
            id="s15-clearing-remnants-of-war-is-no-capture",
        ),
        pytest.param(
            "وفي حمص تواصل وحدات من الجيش العربي السوري تطهير حي جورة الشياح من بقايا الإرهابيين.",
            [],
            id="s15-a-purge-still-going-on-is-no-capture",
        ),
        pytest.param(
            "تواصل القطعات العسكرية عمليات تطهير حي الزنجيلي في الموصل.",
            [],
            id="s15-purge-operations-are-no-capture",
        ),
    ],
)
def test_s15_a_purged_place_is_a_capture(extractor: Extractor, text: str, places: list) -> None:
    assert [e.location_ar for e in only(run(extractor, text), "capture")] == places


@pytest.mark.parametrize(
    ("text", "places", "actor2"),
    [
        pytest.param(
            "سيطرت البيشمركة على قرى عين زالة والمحمودية والسعودية التابعة لناحية زمار.",
            ["عين زالة", "المحمودية", "السعودية"],
            "",
            id="s14-a-country-s-name-in-a-list-of-villages-is-a-village",
        ),
        pytest.param(
            "قصفت قوات النظام قرى الهبيط وعابدين والسعودية وتركيا في ريف إدلب.",
            ["الهبيط", "عابدين", "السعودية", "تركيا"],
            "",
            id="s14-two-country-names-in-a-list-of-villages-are-villages",
        ),
    ],
)
def test_s14_a_country_s_name_in_a_list_of_villages(
    extractor: Extractor, text: str, places: list, actor2: str
) -> None:
    events = run(extractor, text)
    assert [e.location_ar for e in events] == places
    assert {e.actor2 or "" for e in events} == {actor2}


def test_s14_a_country_s_aircraft_stays_its_own(extractor: Extractor) -> None:
    events = run(extractor, "شنت الطائرات السعودية غارات على قرى في صعدة.")
    assert [e.actor1 for e in events] == ["saudi_arabia"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        pytest.param(
            "دخل عناصر داعش قرية الشبكي وقتلوا 20 من سكانها.",
            ["attack"],
            id="s14-raiders-who-enter-and-kill-are-the-attack-alone",
        ),
        pytest.param(
            "اقتحم مسلحو التنظيم قرية كوجو وأعدموا عشرات الرجال.",
            ["attack"],
            id="s14-raiders-who-storm-and-execute-are-the-attack-alone",
        ),
        pytest.param(
            "دخل عناصر داعش قرية الشبكي وسيطروا عليها وقتلوا 20 من سكانها.",
            ["capture", "attack"],
            id="s14-raiders-who-take-control-and-kill-capture-too",
        ),
        pytest.param(
            "سيطر عناصر داعش على قرية الشبكي وقتلوا 20 من سكانها.",
            ["capture", "attack"],
            id="s14-a-capture-then-a-killing-stays-a-capture",
        ),
        pytest.param(
            "دخلت قوات سوريا الديمقراطية مدينة منبج بعد معارك عنيفة.",
            ["capture", "clash"],
            id="s14-entering-after-battles-stays-a-capture",
        ),
    ],
)
def test_s14_a_raid_that_kills_is_no_capture(
    extractor: Extractor, text: str, actions: list
) -> None:
    assert [e.action for e in run(extractor, text)] == actions


def test_figures_s3_the_missing_are_no_dead_and_a_verb_after_of_counts(
    extractor: Extractor,
) -> None:
    text = (
        "وقالت منظمة حقوقية إن مسلحين أعدموا معتقلين في سجن قرب مدينة الرقة أمس، "
        "وإن 21 من هؤلاء المعتقلين ماتوا جراء التعذيب، فيما لا يزال مصير 300 رجل مجهولاً."
    )
    attacks = only(run(extractor, text), "attack")
    assert [e.fatalities for e in attacks] == [21]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("انفجرت عبوة ناسفة أمس بدورية للجيش في قرية الحاج علي.", "Hajj Ali"),
        ("وسيطرت قوات سوريا الديمقراطية أمس على قرية أبو هريرة غرب الطبقة.", "Abu Hurayrah"),
    ],
)
def test_which_events_s3_curated_villages_named_with_their_class_noun(
    extractor: Extractor, text: str, location: str
) -> None:
    assert [e.location for e in run(extractor, text)] == [location]


def test_which_events_s3_a_name_that_is_a_person_is_no_village(extractor: Extractor) -> None:
    text = "وقتل القيادي في التنظيم أبو هريرة الأمريكي بغارة للتحالف قرب مدينة الميادين."
    assert [e.location for e in run(extractor, text)] == ["Al Mayadin"]


def test_figures_s3_a_figure_after_a_relative_clause_event_is_the_main_events(
    extractor: Extractor,
) -> None:
    text = (
        "وتجددت الاشتباكات صباح اليوم في محيط مدرسة الصناعة في مدينة الحسكة، التي سيطرت عليها "
        "قوات الأمن الداخلي بعد ساعات، مشيراً إلى مقتل ثلاثة مدنيين برصاص قناصة."
    )
    events = run(extractor, text)
    assert {(e.action, e.fatalities) for e in events} == {("clash", 3), ("capture", None)}


def test_which_events_s3_where_the_displaced_came_from_is_not_in_focus(
    extractor: Extractor,
) -> None:
    text = (
        "قتل عشرة مدنيين بغارات على مدرسة في قرية المنصورة بريف الرقة كانت تؤوي عائلات "
        "نازحة من حلب وحمص. وقال المرصد إن الغارات نفذتها طائرات التحالف."
    )
    strikes = only(run(extractor, text), "airstrike")
    # المنصورة «بريف الرقة» is the Raqqa town, not the Aleppo village of that name
    assert [(e.location, e.admin1, e.actor1) for e in strikes] == [
        ("Al Mansurah", "Ar-Raqqah", "coalition")
    ]


def test_dates_s3_a_day_told_after_the_places_of_a_clash_dates_it(extractor: Extractor) -> None:
    text = (
        "وعلى صعيد آخر، تتواصل المعارك العنيفة بين قوات النظام من جهة، والفصائل من جهة أخرى، "
        "على محاور كفرنبل وحاس في ريف إدلب الجنوبي، منذ فجر اليوم، وسط قصف متبادل بين "
        "الطرفين، قتل خلالها 5 عناصر من قوات النظام."
    )
    clashes = only(run(extractor, text), "clash")
    assert clashes and all(e.event_date == PUB.isoformat() for e in clashes)


def test_dates_s3_a_period_start_after_an_event_does_not_date_it(extractor: Extractor) -> None:
    text = (
        "ووثق المرصد إعدام 40 شخصاً على الأقل، على يد التنظيم في مدينة تدمر ومحيطها، منذ بدء "
        "هجومه على المنطقة في 3 أيار الجاري وحتى صباح اليوم."
    )
    attacks = only(run(extractor, text), "attack")
    assert attacks and all(e.event_date != "2016-05-03" for e in attacks)


def test_which_events_s3_an_unknown_name_inside_a_town_list_does_not_end_it(
    extractor: Extractor,
) -> None:
    text = "وشنت الطائرات الروسية أمس غارات على بلدات عندان وحريتان وحيان وتل رفعت وبيانون."
    strikes = only(run(extractor, text), "airstrike")
    assert [e.location for e in strikes] == [
        "Anadan",
        "Huraytan",
        "Anadan",  # حيان, a village the gazetteer lacks: near the list's first town (session 4)
        "Tall Rif'at",
        "Bayanoon",
    ]
    assert strikes[2].location_ar == "حيان" and strikes[2].geo_precision == 2


def test_which_events_s3_a_desert_named_after_its_village_is_the_village(
    extractor: Extractor,
) -> None:
    text = "قتل راعيان جراء انفجار لغم أرضي أمس في بادية كباجب غرب دير الزور."
    bombs = only(run(extractor, text), "bombing")
    assert [e.location for e in bombs] == ["Kabajib"]


def test_which_events_s3_the_air_attack_told_definite_is_an_airstrike(
    extractor: Extractor,
) -> None:
    text = "وبحسب مصادر محلية، وقع الهجوم الجوي قرب بلدة كفرنبل جنوبي إدلب."
    assert [e.action for e in run(extractor, text)] == ["airstrike"]


def test_which_events_s3_a_long_subject_between_alqa_and_alqabd_is_an_arrest(
    extractor: Extractor,
) -> None:
    text = "ألقت مفارز مديرية الاستخبارات العسكرية أمس القبض على مطلوبين اثنين في قضاء الطارمية."
    assert [e.action for e in run(extractor, text)] == ["arrest"]


def test_dates_s3_a_response_told_as_immediate_is_the_day_of_the_attack(
    extractor: Extractor,
) -> None:
    text = (
        "قصفت طائرات حربية تابعة للنظام مساء أمس بلدة كفرنبل في ريف إدلب الجنوبي. "
        "وأضاف المصدر أن الفصائل ردت فوراً بقصف مدفعي على مواقع قوات النظام في بلدة حيش."
    )
    shelling = only(run(extractor, text), "shelling")
    assert [e.event_date for e in shelling] == [YESTERDAY]


def test_merging_s3_a_headline_capture_naming_no_taker_joins_the_body(
    extractor: Extractor,
) -> None:
    text = (
        "المركز الإعلامي لقوات سوريا الديمقراطية: تحرير بلدة الشدادي بالكامل من داعش\n"
        "تمكنت قواتنا، اليوم، من تحرير بلدة الشدادي بالكامل من مرتزقة داعش بعد معارك استمرت "
        "أياماً."
    )
    captures = only(run(extractor, text), "capture")
    assert [(e.actor1, e.actor2) for e in captures] == [("sdf", "isis")]


def test_figures_s3_dead_told_of_a_far_town_are_not_the_next_events(
    extractor: Extractor,
) -> None:
    text = "تنظيم داعش يقتل 52 مدنياً على الأقل في مدينة منبج ويهاجم مدينة الحسكة"
    clashes = only(run(extractor, text), "clash")
    assert [(e.location, e.fatalities) for e in clashes] == [("Al Hasakah", None)]


# ---- a dated lead summary dates the body's undated details (engC3, session 3 round 3)


LEAD_SUMMARY = (
    "غارات على ريف إدلب الجنوبي\n"
    "قتل وجرح مدنيون، يوم الاثنين، بغارات جوية لطائرات النظام على قرى وبلدات في ريف إدلب "
    "الجنوبي.\n"
    "وقال ناشطون إن طائرة حربية شنت غارات على مدينة كفرنبل، فيما استهدفت غارات أخرى مدينة خان "
    "شيخون.\n"
)


def test_dates_s3_a_dated_lead_summary_dates_the_undated_details(extractor: Extractor) -> None:
    dated = {e.location: e.event_date for e in only(run(extractor, LEAD_SUMMARY), "airstrike")}
    assert dated.get("Kafranbel") == YESTERDAY and dated.get("Khan Shaykhun") == YESTERDAY


@pytest.mark.parametrize(
    ("third", "date"),
    [
        pytest.param(
            "وتزامن القصف مع اشتباكات بين الفصائل وقوات النظام على محور كفرنبودة.",
            PUB.isoformat(),
            id="told-at-the-time-of-the-detail-the-lead-dated",
        ),
        pytest.param(
            "وترافق القصف مع اشتباكات بين الفصائل وقوات النظام على محور كفرنبودة.",
            PUB.isoformat(),
            id="tarafaqa",
        ),
        pytest.param(
            "ودارت اشتباكات بين الفصائل وقوات النظام على محور كفرنبودة.",
            "",
            id="no-link-no-day",
        ),
        pytest.param(
            "وتزامن القصف مع اشتباكات بين الفصائل وقوات النظام على محور كفرنبودة يوم السبت.",
            "2016-05-07",
            id="its-own-day-wins",
        ),
    ],
)
def test_dates_s17_hM6_a_clash_told_at_the_time_of_a_lead_dated_detail_takes_its_day(
    extractor: Extractor, third: str, date: str
) -> None:
    text = (
        "قتلى بقصف على ريف إدلب\n"
        "قتل ثمانية مدنيين، اليوم الثلاثاء، بقصف جوي للطائرات الروسية على ريف إدلب الجنوبي.\n"
        "وبحسب الدفاع المدني، فإن الطائرات الروسية شنت غارات على بلدة كفرنبل، ما أدى لمقتل خمسة "
        "مدنيين، كما قتل ثلاثة آخرون بغارة على بلدة معرة حرمة.\n" + third + "\n"
    )
    (clash,) = only(run(extractor, text), "clash")
    assert clash.event_date == date


def test_dates_s3_a_lead_summary_dates_nothing_past_another_day_or_outside_its_region(
    extractor: Extractor,
) -> None:
    text = (
        LEAD_SUMMARY + "وشنت الطائرات الحربية غارات على مدينة اللطامنة في ريف حماة.\n"
        "وكانت الطائرات قد قصفت يوم السبت مدينة سراقب.\n"
        "وشنت طائرات النظام غارات على مدينة معرة النعمان.\n"
    )
    dated = {e.location: e.event_date for e in only(run(extractor, text), "airstrike")}
    assert dated.get("Al Lataminah") == "" and dated.get("Ma'arrat an Nu'man") == ""


def test_dates_s3_a_lead_that_names_its_towns_dates_no_other_detail(extractor: Extractor) -> None:
    text = (
        "غارات على ريف إدلب الجنوبي\n"
        "شنت طائرات النظام، يوم الاثنين، غارات جوية على مدن كفرنبل وخان شيخون في ريف إدلب.\n"
        "وشنت طائرات حربية غارات على مدينة معرة النعمان.\n"
    )
    dated = {e.location: e.event_date for e in only(run(extractor, text), "airstrike")}
    assert dated.get("Kafranbel") == YESTERDAY and dated.get("Ma'arrat an Nu'man") == ""


# ---- actors: relative clauses, countries as places, the withdrawer (engA3, session 3 round 3)


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت فصائل المعارضة على قرية الهبيط، بعد تطهيرها من العبوات التي زرعها تنظيم داعش في "
        "شوارعها.",
        "وسيطر الجيش التركي على بلدة جنديرس، وطهّر قرى محيطة بها من الألغام التي زرعها التنظيم.",
    ],
)
def test_actors_s3_the_subject_of_a_clause_on_another_noun_is_no_side(
    extractor: Extractor, text: str
) -> None:
    (capture,) = only(run(extractor, text), "capture")
    assert capture.actor2 == ""


def test_actors_s3_a_clause_on_the_event_noun_keeps_its_subject(extractor: Extractor) -> None:
    text = "وقصفت مدفعية النظام بلدة كفرنبل، بعد الغارات التي شنها الطيران الروسي على البلدة."
    assert {e.actor1 for e in only(run(extractor, text), "airstrike")} == {"russia"}


def test_actors_s3_a_country_after_a_compass_word_is_a_place(extractor: Extractor) -> None:
    text = "أطلق مسلحو وحدات حماية الشعب قذائف صاروخية على بلدة كلس جنوبي تركيا مساء الثلاثاء."
    (shelling,) = only(run(extractor, text), "shelling")
    assert (shelling.actor1, shelling.actor2) == ("ypg", "")


def test_actors_s3_the_side_right_after_a_withdrawal_withdraws(extractor: Extractor) -> None:
    (withdrawal,) = only(
        run(extractor, "قوات النظام تدخل مدينة سراقب بعد انسحاب الفصائل منها"), "withdrawal"
    )
    assert (withdrawal.actor1, withdrawal.actor2) == ("syrian_opposition", "")


def test_actors_s3_a_side_that_backs_the_subject_is_its_partner(extractor: Extractor) -> None:
    text = "سيطرت قوات النظام، يساندها مقاتلون من حزب الله، على بلدة يبرود فجر أمس."
    (capture,) = only(run(extractor, text), "capture")
    assert (capture.actor1, capture.actor2, capture.assoc_actor1) == (
        "syrian_regime",
        "",
        "hezbollah",
    )


def test_actors_s3_units_in_an_article_naming_no_ypg_are_not_the_ypg(extractor: Extractor) -> None:
    text = (
        "دخلت وحدات الجيش السوري إلى مدينة القصير. ولم تكد الوحدات تثبت نقاطها حتى شنت غارات "
        "على تجمعات للمسلحين في بلدة البويضة الشرقية."
    )
    assert "ypg" not in {e.actor1 for e in run(extractor, text)}


def test_actors_s3_a_name_joined_after_an_adjective_on_a_target_is_a_target(
    extractor: Extractor,
) -> None:
    text = (
        "واصلت قوات النظام عملياتها العسكرية ضد تنظيم جبهة النصرة الإرهابي والمجموعات المسلحة "
        "المرتبطة به في ريف درعا، وسيطرت أمس على بلدة الحارة."
    )
    (capture,) = only(run(extractor, text), "capture")
    assert capture.actor1 == "syrian_regime"


def test_actors_s3_a_withdrawal_has_no_second_side(extractor: Extractor) -> None:
    text = "انسحب عناصر تنظيم داعش من بلدة الشدادي أمام تقدم قوات سوريا الديمقراطية."
    (withdrawal,) = only(run(extractor, text), "withdrawal")
    assert (withdrawal.actor1, withdrawal.actor2) == ("isis", "")


def test_actors_s3_a_unit_of_a_side_right_after_the_verb_is_its_subject(
    extractor: Extractor,
) -> None:
    text = (
        "حررت قطعات الفرقة الخامسة من الجيش العراقي قرية الحود جنوب الموصل، فيما تقدمت قوات "
        "الحشد الشعبي نحو قضاء الحضر."
    )
    (capture,) = only(run(extractor, text), "capture")
    assert (capture.actor1, capture.actor2) == ("iraqi_army", "")


# ---- which events: transitions, columns, climates and summaries (session 3, engB3)
def test_which_events_s3_on_another_front_is_no_topic_heading(extractor: Extractor) -> None:
    text = "وعلى صعيد آخر، داهمت قوات الأمن منازل في قضاء الطارمية واعتقلت خمسة مطلوبين."
    assert [e.action for e in run(extractor, text)] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "دخل رتل عسكري تركي من معبر كفرلوسين إلى ريف إدلب صباح اليوم.", id="column-entered"
        ),
        pytest.param(
            "وكانت الشاحنات قد دخلت من العراق عبر معبر غير شرعي قرب مدينة الميادين.",
            id="entered-from-a-country",
        ),
        pytest.param(
            "وحذر المحافظ من محاولات إعادة مدينة كركوك إلى أجواء الاقتتال الطائفي.",
            id="climate-of-fighting",
        ),
    ],
)
def test_which_events_s3_movements_and_climates_are_no_events(
    extractor: Extractor, text: str
) -> None:
    assert run(extractor, text) == []


def test_which_events_s3_a_series_of_bombings_and_attacks_is_no_clash(
    extractor: Extractor,
) -> None:
    text = "قتل عشرون شخصاً في سلسلة تفجيرات وهجمات ضربت مدينة كركوك أمس."
    assert [e.action for e in run(extractor, text)] == ["bombing"]


def test_which_events_s3_an_army_entering_a_town_from_a_side_takes_it(
    extractor: Extractor,
) -> None:
    text = "دخلت قوات النظام مدينة خان شيخون من الجهة الشمالية بعد معارك عنيفة."
    assert "capture" in [e.action for e in run(extractor, text)]


def test_which_events_s3_a_tribal_fight_is_a_clash(extractor: Extractor) -> None:
    text = "قتل رجلان وأصيب ثلاثة آخرون في نزاع عشائري اندلع مساء أمس في قضاء الزبير غربي البصرة."
    assert [(e.action, e.location) for e in run(extractor, text)] == [("clash", "Az Zubayr")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "وفي مدينة الكوت، تجمع مئات المتظاهرين صباح اليوم أمام مبنى مجلس المحافظة.",
            "Al-Kut",
            id="gathered-before-the-building",
        ),
        pytest.param("احتشد المحتجون أمس في ساحة الحبوبي وسط الناصرية.", "Nasiriyah", id="crowded"),
    ],
)
def test_which_events_s3_protesters_told_gathering_are_a_protest(
    extractor: Extractor, text: str, place: str
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == [("protest", place)]


def test_which_events_s3_a_source_asking_anonymity_denies_nothing(extractor: Extractor) -> None:
    text = (
        "وقال ضابط في الشرطة طالباً عدم الكشف عن اسمه إن انتحارياً فجر سيارة مفخخة "
        "صباح اليوم عند حاجز في مدينة الفلوجة."
    )
    assert [e.action for e in run(extractor, text)] == ["bombing"]


def test_which_events_s3_a_count_over_a_month_is_no_event(extractor: Extractor) -> None:
    text = "ووثق المكتب 30 عملية اغتيال خلال شهر آذار الماضي في محافظة درعا."
    assert run(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        pytest.param(
            "قُتل شاب خنقاً داخل منزله في مدينة الرقة مساء أمس.", ["attack"], id="strangled"
        ),
        pytest.param(
            "توفي طفلان اختناقاً بالغاز في مدينة الرقة مساء أمس.", [], id="suffocated-no-murder"
        ),
    ],
)
def test_which_events_s3_a_killing_told_by_its_manner_is_an_attack(
    extractor: Extractor, text: str, actions: list[str]
) -> None:
    assert [e.action for e in run(extractor, text)] == actions


RETURN_TO_REGION = (
    "قصف على ريفي إدلب وحماة\n"
    "قتل مدنيون، يوم الاثنين، بقصف جوي ومدفعي لقوات النظام على قرى وبلدات في ريفي إدلب وحماة.\n"
    "وقال ناشطون إن طائرة حربية شنت غارات على مدينة كفرنبل.\n"
    "وجاء القصف بعد يومين من غارات طالت يوم السبت مدينة سراقب.\n"
)


def test_dates_s3_the_body_returning_to_a_lead_region_takes_the_leads_day_again(
    extractor: Extractor,
) -> None:
    text = RETURN_TO_REGION + "وفي ريف حماة الشمالي، قصفت قوات النظام بالمدفعية مدينة اللطامنة.\n"
    shelling = only(run(extractor, text), "shelling")
    assert [(e.location, e.event_date) for e in shelling] == [("Al Lataminah", YESTERDAY)]


def test_dates_s3_past_another_day_a_detail_not_returning_to_a_lead_region_stays_undated(
    extractor: Extractor,
) -> None:
    text = RETURN_TO_REGION + "وقصفت قوات النظام بالمدفعية مدينة اللطامنة.\n"
    shelling = only(run(extractor, text), "shelling")
    assert [(e.location, e.event_date) for e in shelling] == [("Al Lataminah", "")]


def test_dates_s3_a_lead_over_unnamed_towns_of_no_region_dates_details_anywhere_in_the_country(
    extractor: Extractor,
) -> None:
    lead = "تفجيرات دامية في العراق\nقتل عشرات العراقيين في تفجيرات ضربت أمس بغداد وعدداً من المدن"
    detail = "\nوفي مدينة الموصل، انفجرت سيارة مفخخة قرب سوق شعبي، ما أسفر عن مقتل سبعة أشخاص.\n"
    anywhere = only(run(extractor, lead + " في الشمال." + detail), "bombing")
    assert {e.location: e.event_date for e in anywhere}.get("Mosul") == YESTERDAY
    other = detail.replace("الموصل", "البصرة")
    in_region = only(run(extractor, lead + " في محافظة نينوى." + other), "bombing")
    assert {e.location: e.event_date for e in in_region}.get("Basrah") == ""


def test_figures_s3_two_of_ones_own_told_by_a_construct_dual_count_two(
    extractor: Extractor,
) -> None:
    text = "استهدفت طائرة مسيرة سيارة مدنية قرب مدينة سراقب أمس، ما أدى لمقتل رجل ونجليه."
    strikes = only(run(extractor, text), "airstrike")
    assert [e.fatalities for e in strikes] == [3]


def test_figures_s3_a_headlines_round_rising_count_is_the_bodys_toll_not_an_event_figure(
    extractor: Extractor,
) -> None:
    text = (
        "ارتفاع ضحايا الغارات على حلب إلى أكثر من 50 قتيلاً\n"
        "ارتفع عدد ضحايا الغارات على مدينة حلب منذ يوم الجمعة الماضي إلى 53 قتيلاً، بحسب الدفاع "
        "المدني.\n"
        "وشنت الطائرات الحربية أمس غارات على حي الشعار في حلب، ما أدى لمقتل سبعة مدنيين.\n"
    )
    strikes = only(run(extractor, text), "airstrike")
    assert strikes and all(e.fatalities in (None, 7) for e in strikes)


def test_figures_s3_the_dead_of_a_kidnap_then_execution_are_the_killings(
    extractor: Extractor,
) -> None:
    text = (
        "عثر الأهالي صباح اليوم على جثث ثلاثة شبان قرب مدينة الرمادي قالوا إن مسلحين اختطفوهم "
        "من منازلهم قبل أسبوع وأعدموهم رمياً بالرصاص."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "attack")] == [3]
    assert all(e.fatalities is None for e in only(events, "abduction"))


def test_figures_s3_his_death_told_after_a_victim_named_alone_is_that_victim_again(
    extractor: Extractor,
) -> None:
    text = (
        "اغتال مسلحون مجهولون، مساء أمس، القيادي المحلي في الفصائل أثناء مروره قرب بلدة المزيريب "
        "في ريف درعا الغربي.\n"
        "وأفاد ناشطون بأن مسلحين يستقلون سيارة أطلقوا النار عليه، ما أدى لمقتله على الفور.\n"
    )
    assert [e.fatalities for e in only(run(extractor, text), "attack")] == [1]


# ---- reviewer fixes: actors (session 3)


def test_actors_s3_carries_is_no_accusation(extractor: Extractor) -> None:
    text = "هاجمت مجموعة من تنظيم داعش تحمل أسلحة رشاشة نقطة للجيش السوري قرب بلدة السخنة."
    events = run(extractor, text)
    assert events and all(e.actor1 == "isis" for e in events)


def test_actors_s3_a_side_that_blames_is_no_side(extractor: Extractor) -> None:
    text = "قصفت الطائرات الروسية بلدة معرة النعمان وأنقرة تحمل موسكو المسؤولية عن الضحايا."
    events = only(run(extractor, text), "airstrike")
    assert [e.actor1 for e in events] == ["russia"]
    assert all("turkey" not in (e.actor1, e.actor2) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت مدفعية النظام مزارع قرية كفرزيتا بريف حماة بعشرات القذائف.",
        "قصفت قوات النظام بلدة التمانعة، وقال قائد ميداني إن عامل الطقس أخّر الهجوم.",
        "قصف الطيران الحربي بلدة حيش، وتتهم المعارضة روسيا بأنها راعي الهجمات على المنطقة.",
    ],
)
def test_actors_s3_ambiguous_singular_nouns_are_no_civilians(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text)
    assert events and all(e.actor2 != "civilians" for e in events)


def test_actors_s3_a_young_fighter_named_is_no_civilian(extractor: Extractor) -> None:
    text = "قتل عنصر من فصائل المعارضة يدعى الشاب خالد العمر برصاص قوات النظام قرب بلدة داعل."
    assert all(e.actor2 != "civilians" for e in run(extractor, text))


def test_actors_s3_local_fighters_outside_syria_are_no_syrian_rebels(
    extractor: Extractor,
) -> None:
    text = "هاجم مقاتلون محليون من أبناء المنطقة مقراً لتنظيم داعش في ناحية الرياض بقضاء الحويجة."
    events = run(extractor, text)
    assert events and all("syrian_opposition" not in (e.actor1, e.actor2) for e in events)


# ---- reviewer fixes: cues (session 3)
@pytest.mark.parametrize(
    ("text", "action", "present"),
    [
        pytest.param(
            "عثرت فرق الإنقاذ على جثث أربعة رجال قتلوا في انفجار سيارة مفخخة وسط مدينة الموصل أمس.",
            "bombing",
            True,
            id="bodies-found-after-a-car-bomb-stay-a-bombing",
        ),
        pytest.param(
            "وقع انفجار في مستودع للذخيرة تابع لفصيل مسلح قرب مدينة عفرين أمس.",
            "bombing",
            True,
            id="an-explosion-at-a-depot-stays-a-bombing",
        ),
        pytest.param(
            "ضبطت الشرطة مخزناً يضم عشرين عبوة ناسفة في قضاء الشرقاط.",
            "bombing",
            False,
            id="a-cache-with-explosives-seized-is-no-bombing",
        ),
        pytest.param(
            "قدمت المحامية طعناً أمام المحكمة الإدارية في قرار الإحالة أمس.",
            "attack",
            False,
            id="an-appeal-in-court-is-no-stabbing",
        ),
        pytest.param(
            "قتل رجل طعناً بالسكاكين في حي الميدان بمدينة دمشق أمس.",
            "attack",
            True,
            id="killed-by-stabbing-is-an-attack",
        ),
        pytest.param(
            "اندلعت موجة اشتباكات عنيفة بين الجيش ومسلحي التنظيم قرب بلدة القائم أمس.",
            "clash",
            True,
            id="a-wave-of-clashes-is-a-clash",
        ),
        pytest.param(
            "فرقت قوات الأمن اعتصاماً في ساحة الاعتصام وسط مدينة الرمادي أمس.",
            "protest",
            True,
            id="a-sit-in-dispersed-in-the-square-is-a-protest",
        ),
    ],
)
def test_reviewer_s3_cues_misfire_no_more(
    extractor: Extractor, text: str, action: str, present: bool
) -> None:
    assert bool(only(run(extractor, text), action)) is present


# ---- figures and tolls: rising counts and سقوط N قتيلاً (session 3, engC4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "استشهد 12 مدنياً بغارات جوية على بلدة كفرنبل بريف إدلب صباح اليوم. وطال قصف مدفعي"
            " لقوات النظام بلدة حاس موقعاً جرحى. وارتفعت حصيلة المجزرة في وقت لاحق إلى 17"
            " قتيلاً.",
            {"airstrike": 17, "shelling": None},
            id="a-rise-updates-the-earlier-count-not-the-uncounted-event-before-it",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على بلدة كفرنبل بريف إدلب صباح اليوم. وطال قصف مدفعي لقوات"
            " النظام بلدة حاس موقعاً جرحى. وارتفعت حصيلة القتلى في وقت لاحق إلى 17 قتيلاً.",
            {"airstrike": None, "shelling": 17},
            id="a-rise-with-no-earlier-count-stays-with-the-event-before-it",
        ),
        pytest.param(
            "قتل 20 مدنياً بغارات جوية على بلدة كفرنبل بريف إدلب صباح اليوم. وطال قصف مدفعي"
            " لقوات النظام بلدة حاس موقعاً جرحى. وارتفعت حصيلة القتلى في وقت لاحق إلى 17 قتيلاً.",
            {"airstrike": 20, "shelling": 17},
            id="a-rise-below-the-earlier-count-is-not-its-update",
        ),
    ],
)
def test_rising_count_updates_a_told_count(extractor: Extractor, text: str, expected: dict) -> None:
    events = run(extractor, text)
    assert {e.action: e.fatalities for e in events} == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "قصفت قوات النظام بلدة حاس بريف إدلب أمس. وأكد ناشطون سقوط 5 قتلى مدنيين.",
            5,
            id="dead-told-falling-follow-up-the-event-before",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة حاس بريف إدلب أمس. وسقط خمسة قتلى من المدنيين.",
            5,
            id="dead-told-fell-follow-up-the-event-before",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة حاس بريف إدلب أمس. وأكد ناشطون سقوط 3 قذائف بدون وقوع قتلى.",
            0,  # the shells are no dead, and «بدون وقوع قتلى» says no one died (session 9)
            id="shells-falling-without-dead-count-no-one",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة حاس بريف إدلب أمس. وتوقع ناشطون سقوط النظام خلال 3 أعوام.",
            None,
            id="a-regime-falling-counts-no-dead",
        ),
    ],
)
def test_dead_told_falling(extractor: Extractor, text: str, killed: int | None) -> None:
    (event,) = only(run(extractor, text), "shelling")
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "fatalities", "toll_killed"),
    [
        pytest.param(
            "استهدفت طائرة مسيرة مجهولة رتلاً لميليشيا الحرس الثوري قرب بلدة الهري فجر اليوم، ما"
            " أدى إلى مقتل ثلاثة عناصر. وقالت مصادر محلية إن مستودعاً قرب البلدة انفجر، وارتفع"
            " عدد القتلى لاحقاً إلى ستة عناصر.",
            6,
            [],
            id="a-group-count-told-rising-updates-the-strike",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة مجهولة رتلاً لميليشيا الحرس الثوري قرب بلدة الهري فجر اليوم، ما"
            " أدى إلى مقتل عشرة عناصر. وقالت مصادر محلية إن مستودعاً قرب البلدة انفجر، وارتفع"
            " عدد القتلى لاحقاً إلى ستة عناصر.",
            10,
            [6],
            id="a-rise-below-the-strike-count-is-not-its-update",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة مجهولة رتلاً لميليشيا الحرس الثوري قرب بلدة الهري فجر اليوم، ما"
            " أدى إلى مقتل ثلاثة عناصر. وقالت مصادر محلية إن عدد القتلى من عناصر الميليشيات"
            " ارتفع منذ بداية العام إلى ستين عنصراً.",
            3,
            [60],
            id="a-rise-since-a-date-stays-a-toll",
        ),
    ],
)
def test_rising_toll_row_updates_a_told_count(
    extractor: Extractor, text: str, fatalities: int, toll_killed: list[int]
) -> None:
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    (event,) = only(result.events, "airstrike")
    assert event.fatalities == fatalities
    assert [t.killed for t in result.tolls] == toll_killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اندلعت اشتباكات عنيفة بين الجيش العراقي وعناصر داعش في حي الزنجيلي بمدينة الموصل"
            " أمس. وقال قائد عسكري إن قواته قتلت 20 إرهابياً، مشيراً إلى أن عناصر التنظيم فروا"
            " باتجاه المدينة القديمة.",
            {"clash": 20},  # fled towards a place: the fight's end, no withdrawal (session 11)
            id="the-dead-told-before-a-flight-are-the-fight-s",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة بين الجيش العراقي وعناصر داعش في حي الزنجيلي بمدينة الموصل"
            " أمس. وانسحب عناصر التنظيم من الحي بعد مقتل 20 منهم.",
            {"clash": None, "withdrawal": 20},
            id="the-dead-told-with-the-withdrawal-stay-its",
        ),
    ],
)
def test_fight_dead_told_before_flight(extractor: Extractor, text: str, expected: dict) -> None:
    assert {e.action: e.fatalities for e in run(extractor, text)} == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "استهدفت طائرة مسيرة مساء أمس سيارة قرب بلدة عين عيسى، ما أدى إلى مقتل قيادي في"
            " وحدات حماية الشعب يعرف باسم أبو علي ومرافقه.",
            2,
            id="a-victim-and-his-companion-are-two",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة مساء أمس سيارة قرب بلدة عين عيسى، ما أدى إلى مقتل قيادي في"
            " وحدات حماية الشعب، فيما نجا مرافقه.",
            1,
            id="a-companion-who-survived-is-no-victim",
        ),
    ],
)
def test_victim_and_his_companion(extractor: Extractor, text: str, killed: int) -> None:
    (event,) = only(run(extractor, text), "airstrike")
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "action", "fatalities", "tolls"),
    [
        pytest.param(
            "قتل 20 عنصراً من قوات النظام أمس في أعنف هجوم تشنه الفصائل منذ انطلاق المعركة على"
            " بلدة كفرنبودة في ريف حماة.",
            "clash",
            20,
            0,
            id="the-fiercest-attack-since-is-still-an-event",
        ),
        pytest.param(
            "شن تنظيم داعش أمس أعنف هجوم منذ بداية العام على مواقع قوات سوريا الديمقراطية في"
            " بلدة هجين، ما أدى إلى مقتل 12 عنصراً.",
            "clash",
            12,
            0,
            id="the-biggest-since-the-start-of-the-year-keeps-its-dead",
        ),
        pytest.param(
            "قتل 20 عنصراً من قوات النظام منذ انطلاق المعركة على بلدة كفرنبودة في ريف حماة.",
            None,
            None,
            1,
            id="without-a-superlative-since-the-start-is-a-toll",
        ),
    ],
)
def test_superlative_since_is_no_toll(
    extractor: Extractor, text: str, action: str | None, fatalities: int | None, tolls: int
) -> None:
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    if action is None:
        assert result.events == []
    else:
        (event,) = only(result.events, action)
        assert event.fatalities == fatalities
    assert len(result.tolls) == tolls


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param(
            "قالت خلية الإعلام الأمني إن حصيلة قتلى القوات الأمنية منذ بداية العام في محافظة"
            " ديالى بلغت 35 قتيلاً و60 جريحاً.",
            "iraqi_security_forces",
            id="security-forces-of-an-iraqi-toll-are-iraq-s",
        ),
        pytest.param(
            "قالت مصادر إن حصيلة قتلى القوات الأمنية منذ بداية العام في مدينة حمص بلغت 35 قتيلاً.",
            "syrian_regime",
            id="security-forces-of-a-syrian-toll-are-the-regime",
        ),
    ],
)
def test_toll_group_anaphor_follows_the_country(
    extractor: Extractor, text: str, group: str
) -> None:
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    assert [t.group for t in result.tolls] == [group]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل مسلحون مجهولون ثلاثة مدنيين في بلدة طفس بريف درعا أمس.",
            [("attack", "unknown", "civilians", 3)],
            id="gunmen-killed-civilians-is-an-attack",
        ),
        pytest.param(
            "قتلت فصائل المعارضة 5 عناصر من قوات النظام في بلدة اللطامنة أمس.",
            [("clash", "syrian_opposition", "syrian_regime", 5)],
            id="a-side-that-killed-fighters-fought-them",
        ),
        pytest.param(
            "قتلت قوات النظام 5 مدنيين في قصف مدفعي على بلدة اللطامنة أمس.",
            [("shelling", "syrian_regime", "civilians", 5)],
            id="killed-in-shelling-is-the-shelling-only",
        ),
        pytest.param(
            "قتل مسلحون في الاشتباكات التي دارت في بلدة اللطامنة أمس.",
            [("clash", "unknown", "", None)],
            id="gunmen-were-killed-is-passive-no-attack",
        ),
        pytest.param(
            "قتل 5 عناصر من قوات النظام في بلدة اللطامنة أمس.",
            [],
            id="soldiers-were-killed-names-no-agent",
        ),
        pytest.param(
            "وثق التقرير مقتل 50 مدنياً خلال الشهر، وقتلت قوات النظام السوري 21 مدنياً منهم.",
            [],
            id="a-count-in-a-monthly-report-names-no-town",
        ),
    ],
)
def test_killing_verb_with_its_agent(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.actor1, e.actor2, e.fatalities) for e in run(extractor, text)]
    assert got == expected


def test_the_town_refers_to_the_town_itself(extractor: Extractor) -> None:
    """البلدة names the town in focus at its own precision, even when it was first told as near."""
    text = "دارت اشتباكات قرب بلدة مورك أمس. وأصيب مدنيان في قصف مدفعي لقوات النظام على البلدة."
    (shelling,) = only(run(extractor, text), "shelling")
    assert (shelling.location, shelling.geo_precision) == ("Murak", 1)


@pytest.mark.parametrize(
    ("text", "action", "location"),
    [
        pytest.param(
            "سيطرت قوات النظام على مدينة معرة النعمان بشكل كامل مساء أمس، عقب انسحاب الفصائل من"
            " المدينة التي باتت خالية من سكانها، لتصبح ثاني مدن محافظة إدلب تحت سيطرة النظام.",
            "withdrawal",
            "Ma'arrat an Nu'man",
            id="left-the-city-is-the-city-in-focus-not-the-province-told-next",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة بابا عمرو في حمص أمس. وخرجت مظاهرات في عشرات المدن والبلدات"
            " السورية، أبرزها في كفرنبل.",
            "protest",
            "Kafranbel",
            id="tens-of-towns-are-not-the-town-in-focus",
        ),
    ],
)
def test_definite_town_noun_after_the_cue(
    extractor: Extractor, text: str, action: str, location: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert event.location == location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطر تنظيم الدولة الإسلامية على بلدتي سنجار وزمار أمس. وتمثل السيطرة على سنجار وزمار"
            " أكبر انتكاسة للقوات الكردية منذ بدء هجوم التنظيم.",
            [("capture", "Sinjar"), ("capture", "Zummar")],
            id="a-capture-judged-as-a-setback-is-the-one-told-before",
        ),
        pytest.param(
            "تعد القوات العراقية لهجوم واسع على مدينة الموصل، وفق مصادر عسكرية.",
            [],
            id="forces-preparing-for-an-attack-make-no-clash",
        ),
        pytest.param(
            "شنت قوات النظام هجوماً على بلدة اللطامنة أمس، يعد الأعنف منذ أشهر.",
            [("clash", "Al Lataminah")],
            id="an-attack-judged-after-it-is-told-stays",
        ),
        pytest.param(
            "قصفت الطائرات الحربية تجمعاً لقوات النظام التي تحشد لهجوم على بلدة اللطامنة أمس.",
            [("airstrike", "Al Lataminah")],
            id="a-strike-on-forces-massing-for-an-attack-is-the-strike",
        ),
    ],
)
def test_judged_and_prepared_events(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- dates: a round-up's summary lead (session 4, helperC)
ROUNDUP_LEAD = (
    "الشبكة المحلية: 64 قتيلاً في سوريا اليوم\n"
    "وثقت الشبكة مقتل 64 شخصاً اليوم الثلاثاء، بينهم 12 طفلاً: 20 في حلب، 15 في إدلب، "
    "11 في حماة، 10 في درعا، و8 في حمص.\n"
    "حلب: الطيران الحربي يقصف بلدة الأتارب، واشتباكات بين فصائل المعارضة وقوات النظام في حي "
    "الراشدين.\n"
    "إدلب: قصف مدفعي على مدينة خان شيخون.\n"
    "حماة: ارتفاع عدد ضحايا القصف على بلدة كفرزيتا إلى 30 قتيلاً بعد غارات متواصلة على مدى "
    "ثلاثة أيام.\n"
    "درعا: الطيران المروحي يلقي براميل متفجرة على بلدة الحراك.\n"
)


def test_dates_s4_a_roundup_lead_over_the_country_dates_its_undated_items(
    extractor: Extractor,
) -> None:
    dated = {e.location: e.event_date for e in run(extractor, ROUNDUP_LEAD)}
    today = PUB.isoformat()
    assert dated.get("Al Atarib") == today and dated.get("Khan Shaykhun") == today
    assert dated.get("Al Hirak") == today
    assert dated.get("Kafr Zita") == ""  # told over a span of days: no day


def test_dates_s4_a_roundup_headline_gives_the_day_of_an_undated_lead(
    extractor: Extractor,
) -> None:
    text = (
        "حصاد يوم الاثنين 9-5-2016: 40 قتيلاً في سوريا\n"
        "وثقت الشبكة مقتل 40 شخصاً: 15 في حلب، 10 في إدلب، 8 في حماة، و7 في درعا.\n"
        "إدلب: الطيران الحربي يقصف مدينة سراقب.\n"
    )
    dated = {e.location: e.event_date for e in run(extractor, text)}
    assert dated.get("Saraqib") == YESTERDAY


def test_dates_s4_a_summary_lead_over_named_regions_dates_only_their_items(
    extractor: Extractor,
) -> None:
    text = (
        "الجيش يلاحق المسلحين في ريف حماة وإدلب\n"
        "تابعت وحدات الجيش اليوم ملاحقة المجموعات المسلحة في عدد من المناطق بريف حماة وإدلب.\n"
        "وفي ريف إدلب، استهدفت وحدة من الجيش بالقذائف تجمعات المسلحين في بلدة كفرنبل.\n"
        "وفي درعا، اشتبكت وحدة من الجيش مع مجموعة مسلحة في بلدة الحراك.\n"
    )
    dated = {e.location: e.event_date for e in run(extractor, text)}
    assert dated.get("Kafranbel") == PUB.isoformat() and dated.get("Al Hirak") == ""


def test_dates_s4_a_dated_statement_naming_regions_is_no_summary_lead(
    extractor: Extractor,
) -> None:
    text = (
        "وزير الخارجية يتحدث عن حلب\n"
        "قال وزير الخارجية اليوم في دمشق إن الوضع في حلب وإدلب يتحسن.\n"
        "وشنت طائرات حربية غارات على مدينة سراقب.\n"
    )
    dated = {e.location: e.event_date for e in run(extractor, text)}
    assert dated.get("Saraqib") == ""


def test_dates_s4_a_summary_lead_after_a_dateline_still_gives_the_day(
    extractor: Extractor,
) -> None:
    text = (
        "الجيش يلاحق المسلحين في ريف حماة وإدلب\n"
        "حماة-سانا\n"
        "تابعت وحدات الجيش اليوم ملاحقة المجموعات المسلحة في عدد من المناطق بريف حماة وإدلب.\n"
        "وفي ريف إدلب، استهدفت وحدة من الجيش بالقذائف تجمعات المسلحين في بلدة كفرنبل.\n"
    )
    dated = {e.location: e.event_date for e in run(extractor, text)}
    assert dated.get("Kafranbel") == PUB.isoformat()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "وفي رد سريع على الضربات، تعرضت قاعدة القوات الأميركية في حقل كونيكو للغاز بريف دير "
            "الزور الشمالي، مساء اليوم، لقصف بعدد من القذائف الصاروخية.",
            PUB.isoformat(),
            id="a-day-between-commas-before-the-cue-dates-it",
        ),
        pytest.param(
            "وفي رد سريع على الضربات، قالت قيادة القوات الأميركية في حقل كونيكو للغاز بريف دير "
            "الزور الشمالي، مساء اليوم، إن قصفاً بعدد من القذائف الصاروخية استهدف القاعدة.",
            "",
            id="a-speechs-day-between-commas-dates-no-event",
        ),
    ],
)
def test_dates_s4_a_parenthetical_day_before_the_cue(
    extractor: Extractor, text: str, date: str
) -> None:
    (event,) = only(run(extractor, text), "shelling")
    assert event.event_date == date


@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        pytest.param(
            "حاولت القوات النظامية اقتحام حي درعا البلد بعد منتصف ليل أول من أمس، واندلعت "
            "اشتباكات عنيفة مع مقاتلي الجيش الحر.",
            "clash",
            "2016-05-08",
            id="an-attempts-day-dates-the-clashes-joined-by-wa",
        ),
        pytest.param(
            "وصلت تعزيزات عسكرية لقوات النظام إلى ريف حماة الشمالي مساء أمس، ودارت اشتباكات "
            "عنيفة مع الفصائل على محور كفرنبودة.",
            "clash",
            YESTERDAY,
            id="a-day-of-no-event-dates-the-clause-joined-to-it",
        ),
        pytest.param(
            "حاولت ميليشيات أسد التقدم على محور الكبينة بريف اللاذقية صباح اليوم، وتصدت لها "
            "فصائل المعارضة.",
            "clash",
            PUB.isoformat(),
            id="a-repelled-advance-takes-the-day-of-the-attempt",
        ),
        pytest.param(
            'وقال ناشطون إن "مسلحين يرتدون القبعات الزرق دخلوا الساحة بعد ظهر الجمعة عقب '
            'انتهاء تظاهرة في بغداد، وبدأوا بإطلاق النار بشكل مباشر على الشباب العزل".',
            "attack",
            "2016-05-06",
            id="the-days-clause-may-go-on-with-what-came-before",
        ),
        pytest.param(
            "وصلت تعزيزات عسكرية إلى مدينة الباب صباح اليوم، وقال مصدر إن الفصائل شنت هجوما على "
            "قرية تادف.",
            "clash",
            "",
            id="a-statement-joined-after-the-day-dates-nothing",
        ),
        pytest.param(
            "حاولت القوات النظامية اقتحام حي درعا البلد بعد منتصف ليل أول من أمس.\nواندلعت "
            "اشتباكات عنيفة مع مقاتلي الجيش الحر.",
            "clash",
            "",
            id="no-day-across-a-sentence-break",
        ),
    ],
)
def test_dates_s15_a_day_closing_a_clause_dates_the_clause_joined_by_wa(
    extractor: Extractor, text: str, action: str, date: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert event.event_date == date


def test_dates_s4_a_setting_noun_leaves_the_parenthetical_day_to_the_next_cue(
    extractor: Extractor,
) -> None:
    text = (
        "انفجرت سيارة مفخخة مساء أمس في مدينة الباب، ما أدى إلى مقتل أربعة مدنيين.\n"
        "وفي أعقاب الهجوم، شنت الطائرات التركية، منذ صباح اليوم، أكثر من 20 غارة على مواقع في "
        "محيط بلدة تل رفعت.\n"
    )
    (strike,) = only(run(extractor, text), "airstrike")
    assert strike.event_date == PUB.isoformat()


@pytest.mark.parametrize(
    ("second", "action", "date"),
    [
        pytest.param(
            "وعقب الهجوم، شنت طائرات التحالف الدولي أمس غارات على مواقع لداعش في وادي حوران.",
            "airstrike",
            YESTERDAY,
            id="a-day-after-the-verb-with-no-comma",
        ),
        pytest.param(
            "وفي أعقاب الهجوم، نفذت طائرات F-16 العراقية مساء الجمعة ضربات جوية على أوكار "
            "للتنظيم في وادي الشاي جنوب كركوك.",
            "airstrike",
            "2016-05-06",
            id="an-evening-of-a-weekday-after-the-subject",
        ),
        pytest.param(
            "وفي أعقاب الهجوم، نفذت طائرات F-16 العراقية، بحسب بيان لخلية الإعلام الأمني صدر "
            "مساء الجمعة، ضربات جوية على أوكار للتنظيم في وادي الشاي جنوب كركوك.",
            "airstrike",
            "2016-05-06",
            id="the-day-a-statement-between-commas-was-issued",
        ),
        pytest.param(
            "وعقب الهجوم، شنت طائرات التحالف الدولي، وفقاً لبيان نشره التحالف أمس، غارات على "
            "مواقع لداعش في وادي حوران.",
            "airstrike",
            YESTERDAY,
            id="wafqan-li-a-statement-published-yesterday",
        ),
        pytest.param(
            "وفي أعقاب التفجير، اعتقلت قوات الأمن أمس ثلاثة مشتبهين في مدينة كركوك.",
            "arrest",
            YESTERDAY,
            id="an-arrest-after-the-blast",
        ),
        pytest.param(
            "وفي أعقاب الهجوم، قصفت المدفعية، بحسب مصدر أمني، قرى في ناحية شيلادزي.",
            "shelling",
            "",
            id="an-attribution-with-no-day-gives-none",
        ),
        pytest.param(
            "وعقب الهجوم، أعلنت خلية الإعلام الأمني اليوم، أن طائرات F-16 نفذت ضربات جوية على "
            "أوكار للتنظيم في وادي الشاي جنوب كركوك.",
            "airstrike",
            PUB.isoformat(),
            id="s17-hM6-the-speech-day-after-the-setting-dates-the-act-reported",
        ),
        pytest.param(
            "وفي أعقاب التفجير، قالت وزارة الداخلية مساء أمس إن القوات الأمنية اعتقلت ثلاثة "
            "مشتبهين في مدينة كركوك.",
            "arrest",
            YESTERDAY,
            id="s17-hM6-said-yesterday-evening-that",
        ),
        pytest.param(
            "وعقب الهجوم، أعلنت خلية الإعلام الأمني اليوم، أن طائرات F-16 كانت قد نفذت ضربات "
            "جوية على أوكار للتنظيم في وادي الشاي الأسبوع الماضي.",
            "airstrike",
            (PUB - dt.timedelta(days=7)).isoformat(),
            id="s17-hM6-the-act-reported-with-its-own-day-keeps-it",
        ),
    ],
)
def test_dates_s17_a_setting_noun_leaves_the_day_of_the_next_verb_to_its_event(
    extractor: Extractor, second: str, action: str, date: str
) -> None:
    text = "انفجرت سيارة مفخخة فجر اليوم في مدينة الموصل.\n" + second + "\n"
    (event,) = only(run(extractor, text), action)
    assert event.event_date == date


@pytest.mark.parametrize(
    ("first", "date"),
    [
        pytest.param("شنت الطائرات الروسية فجر اليوم غارات", PUB.isoformat(), id="dated-set"),
        pytest.param("شنت الطائرات الروسية غارات", "", id="undated-set-lends-nothing"),
    ],
)
def test_dates_s4_one_of_the_strikes_told_before_takes_their_day(
    extractor: Extractor, first: str, date: str
) -> None:
    text = (
        first + " على مدينة سراقب.\nوقال ناشطون إن إحدى الغارات طالت أيضاً مدرسة في بلدة كفرنبل.\n"
    )
    dated = {e.location: e.event_date for e in only(run(extractor, text), "airstrike")}
    assert dated.get("Kafranbel") == date


# ---- figures: a follow-up naming a town near a vaguely placed event (session 4, helperC)
VAGUE_STRIKE = (
    "تصدت الدفاعات الجوية فجر اليوم لعدوان جوي استهدف بعض النقاط في محيط مدينة حلب.\n"
    "وذكر مصدر عسكري أن الطائرات أطلقت رشقات من الصواريخ، ما أدى إلى مقتل ثلاثة عسكريين وإصابة "
    "خمسة آخرين في محيط بلدة {town}.\n"
)


@pytest.mark.parametrize(
    ("town", "figures"),
    [
        pytest.param("حريتان", (3, 5), id="a-town-near-the-vague-place-takes-the-figures"),
        pytest.param("سراقب", (None, None), id="a-far-town-is-elsewhere"),
    ],
)
def test_figures_s4_follow_up_near_a_vaguely_placed_event(
    extractor: Extractor, town: str, figures: tuple
) -> None:
    (event,) = only(run(extractor, VAGUE_STRIKE.format(town=town)), "airstrike")
    assert (event.fatalities, event.injured) == figures


def test_figures_s4_a_count_broken_down_by_group_restating_an_event_is_no_toll(
    extractor: Extractor,
) -> None:
    text = (
        "قتل ستة أشخاص وأصيب آخرون بجروح جراء قصف بطائرة مسيرة تركية استهدف مركزاً طبياً في "
        "بلدة عين عيسى اليوم.\n"
        "وبحسب مصادر طبية في المدينة، فإن حصيلة القتلى بلغت 6 أشخاص، بينهم ثلاثة من مقاتلي قسد، "
        "فيما أصيب خمسة آخرون.\n"
    )
    result = extractor.extract(Document("t", text, publication_date=PUB))
    (event,) = only(result.events, "airstrike")
    assert (event.fatalities, event.injured) == (6, 5) and result.tolls == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "استهدفت طائرة مسيرة تركية أمس سيارة قرب بلدة عين عيسى، ما أسفر عن مقتل القيادي في "
            "قسد أحمد حسن وابن أخيه الذي كان يرافقه.",
            2,
            id="and-his-nephew-is-one-more-victim",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة تركية أمس سيارة قرب بلدة عين عيسى، ما أسفر عن مقتل القيادي في "
            "قسد أحمد حسن، وقال ابن أخيه إن العائلة ستدفنه اليوم.",
            1,
            id="his-nephew-speaking-is-no-victim",
        ),
    ],
)
def test_figures_s4_a_relative_joined_to_a_victim(
    extractor: Extractor, text: str, killed: int
) -> None:
    (event,) = only(run(extractor, text), "airstrike")
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "اشتبكت وحدة من الجيش صباح اليوم مع مجموعة مسلحة في بلدة مورك وقضت على 14 مسلحاً، "
            "وكان من بين القتلى أحد قادة المجموعة.",
            14,
            id="put-an-end-to-counts-the-dead-and-one-among-the-dead-adds-none",
        ),
        pytest.param(
            "اشتبكت وحدة من الجيش صباح اليوم مع مجموعة مسلحة في بلدة مورك، وقضت الاشتباكات على "
            "آمال 3 عائلات بالعودة.",
            None,
            id="put-an-end-to-hopes-counts-no-dead",
        ),
    ],
)
def test_figures_s4_put_an_end_to_and_among_the_dead(
    extractor: Extractor, text: str, killed: int | None
) -> None:
    (event,) = only(run(extractor, text), "clash")
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "ألقت الشرطة القبض على 9 أشخاص من المطلوبين بجرائم قتل وسرقة في مدينة سلمية.",
            None,
            id="wanted-for-murder-is-no-death",
        ),
        pytest.param(
            "ألقت الشرطة القبض على 9 أشخاص من المطلوبين بتهمة القتل في مدينة سلمية.",
            None,
            id="charged-with-killing-is-no-death",
        ),
    ],
)
def test_figures_s4_a_killing_told_as_a_charge(
    extractor: Extractor, text: str, killed: int | None
) -> None:
    (event,) = only(run(extractor, text), "arrest")
    assert event.fatalities == killed


# ---- actors: early-war state-media and round-up wording (session 4, helperA)
@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "قصفت وحدة من قواتنا المسلحة بالمدفعية أوكار الإرهابيين في بلدة اللطامنة.",
            "shelling",
            "syrian_regime",
            "syrian_opposition",
            id="our-armed-forces-in-syria-are-the-army",
        ),
        pytest.param(
            "اشتبكت وحدات من الجيش مع مجموعة إرهابية مسلحة في بلدة كفرنبل صباح اليوم.",
            "clash",
            "syrian_regime",
            "syrian_opposition",
            id="an-indefinite-terrorist-group-is-the-armed-opposition-in-syria",
        ),
        pytest.param(
            "استشهد منتسبان في الحشد الشعبي بهجوم لخلية إرهابية في قضاء خانقين بمحافظة ديالى.",
            "clash",
            "isis",
            "pmf",
            id="a-terrorist-cell-in-iraq-is-isis",
        ),
        pytest.param(
            "قتل جنديان بانفجار عبوة ناسفة زرعتها خلية إرهابية على طريق في قضاء الطارمية.",
            "bombing",
            "isis",
            "iraqi_army",
            id="a-bomb-planted-by-a-terrorist-cell-in-iraq-is-isis",
        ),
        pytest.param(
            "هاجمت خلية إرهابية حاجزا للجيش العربي السوري في بلدة الصنمين بريف درعا.",
            "clash",
            "syrian_opposition",
            "syrian_regime",
            id="a-terrorist-cell-in-syrian-state-media-is-the-armed-opposition",
        ),
        pytest.param(
            "هاجم ثوار حوران حاجزا لقوات الأسد في بلدة صيدا.",
            "clash",
            "syrian_opposition",
            "syrian_regime",
            id="the-rebels-of-a-place-are-the-armed-opposition",
        ),
        pytest.param(
            "سيطر لواء ثوار الرقة على قرية في ريف الرقة الشمالي.",
            "capture",
            "liwa_thuwar_al_raqqa",
            "",
            id="a-brigade-named-for-the-rebels-of-a-place-keeps-its-name",
        ),
        pytest.param(
            "قال المتحدث باسم جيش العزة إن مقاتلي الفصيل استهدفوا دبابة لقوات النظام في قرية تل ملح.",
            "shelling",
            "syrian_opposition",
            "syrian_regime",
            id="the-fighters-of-the-faction-are-the-rebels-not-their-target",
        ),
        pytest.param(
            "أطلقت فصائل المعارضة معركة جديدة في ريف حلب الجنوبي. وسيطرت على بلدة خان طومان.",
            "capture",
            "syrian_opposition",
            "syrian_regime",  # the rebels' war on the regime (rebel_war_opponent)
            id="a-sentence-going-on-with-no-subject-keeps-the-side-told-before",
        ),
        pytest.param(  # «كما» + the verb and no subject (session 13)
            "اشتبك الثوار مع عناصر حزب الله في بلدة خان طومان بريف حلب الجنوبي. كما سيطروا على"
            " قرية الزربة المجاورة.",
            "capture",
            "syrian_opposition",
            "hezbollah",  # the side they fought there
            id="also-with-the-verb-and-no-subject-keeps-the-side-told-before",
        ),
        pytest.param(
            "أعلنت الجبهة الوطنية للتحرير بدء معركة لاستعادة مواقعها في ريف حماة. وتمكن مقاتلوها"
            " من السيطرة على بلدة كفرنبودة.",
            "capture",
            "nlf",
            "syrian_regime",  # the rebels' war on the regime (rebel_war_opponent)
            id="its-fighters-are-the-side-told-before",
        ),
        # the subject of a sentence that told no event (a launched operation, an advance) carries
        # over to the next sentence going on with no subject (s16 hR5)
        pytest.param(
            "أطلقت القوات العراقية عملية لتحرير الساحل الأيمن. وتمكنت من تحرير حي المأمون.",
            "capture",
            "iraqi_army",
            "",
            id="s16-the-subject-of-a-launched-operation-goes-on",
        ),
        pytest.param(
            "تقدمت القوات العراقية في الساحل الأيمن. وتمكنت من تحرير حي المأمون.",
            "capture",
            "iraqi_army",
            "",
            id="s16-the-subject-of-an-advance-goes-on",
        ),
        pytest.param(  # negative: a speaker opening the sentence before is no doer
            "أعلنت وزارة الدفاع الروسية أن قوات النظام تقدمت في ريف حماة. وتمكنت من السيطرة على"
            " بلدة صوران.",
            "capture",
            "",
            "",
            id="s16-neg-a-speaker-before-is-no-subject",
        ),
        pytest.param(
            "أصيب ثلاثة من عناصر الشرطة بهجوم إرهابي استهدف نقطة تفتيش في قضاء الطارمية.",
            "clash",
            "isis",
            "iraqi_security_forces",
            id="an-attack-called-terrorist-in-iraq-after-2014-is-isis",
        ),
        pytest.param(
            "أصيب ثلاثة من عناصر الشرطة بهجوم استهدف نقطة تفتيش في قضاء الطارمية.",
            "clash",
            "unknown",
            "iraqi_security_forces",
            id="an-attack-not-called-terrorist-names-no-side",
        ),
        pytest.param(
            "قتل ثلاثة مدنيين بهجوم إرهابي على مطعم في مدينة دمشق.",
            "attack",
            "unknown",
            "civilians",
            id="an-attack-called-terrorist-outside-iraq-stays-unidentified",
        ),
        pytest.param(
            "وقعت اشتباكات أمس بين كتائب المعارضة وحامية المطار الزراعي قرب بلدة كفرنبل.",
            "clash",
            "syrian_opposition",
            "syrian_regime",  # the airport's garrison: the rebels' war on the regime
            id="the-one-side-named-after-between-is-actor1",
        ),
        pytest.param(
            "قتل مدنيان برصاص حاجز لقوات النظام عند مدخل بلدة اللطامنة.",
            "attack",
            "syrian_regime",
            "civilians",
            id="shot-by-a-checkpoint-of-a-side",
        ),
        pytest.param(
            "خطف ثلاثة شبان على حاجز للشبيحة قرب بلدة كفرنبل.",
            "abduction",
            "ndf",
            "civilians",
            id="abducted-at-a-checkpoint-of-a-side",
        ),
        pytest.param(
            "نفذت الطائرات الروسية غارة على حاجز لقوات المعارضة في بلدة اللطامنة.",
            "airstrike",
            "russia",
            "syrian_opposition",
            id="a-checkpoint-struck-is-the-target",
        ),
    ],
)
def test_early_war_actor_wording(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


# ---- withdrawals that did not happen, and pluperfect background (session 4, integrator)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وينص الاتفاق على انسحاب المسلحين من حي الوعر في مدينة حمص خلال أسبوع.",
            [],
            id="the-terms-of-a-deal-are-no-withdrawal",
        ),
        pytest.param(
            "ورفض المقاتلون الانسحاب من مدينة الباب رغم الحصار.",
            [],
            id="fighters-who-refused-to-withdraw-did-not",
        ),
        pytest.param(
            "وتعثر انسحاب قوات سوريا الديمقراطية من مدينة منبج.",
            [],
            id="a-stalled-withdrawal-is-none",
        ),
        pytest.param(
            "انسحاب تركيا من الاتفاق يهدد بتصعيد عسكري في إدلب.",
            [],
            id="leaving-a-deal-is-no-withdrawal-from-a-place",
        ),
        pytest.param(
            "وكانت القوات العراقية قد انسحبت من مدينة الموصل في حزيران 2014 أمام هجوم التنظيم.",
            [],
            id="a-pluperfect-sentence-with-an-old-date-is-background-throughout",
        ),
        pytest.param(
            "وانسحبت قوات النظام من بلدة مورك بعد معارك عنيفة مع الفصائل أمس، ورفضت الحكومة"
            " التعليق.",
            [("withdrawal", "Murak"), ("clash", "Murak")],
            id="a-real-withdrawal-stays",
        ),
        pytest.param(
            "وبدأت عملية انسحاب المقاتلين من مدينة داريا أمس بموجب اتفاق مع النظام.",
            [("withdrawal", "Darayya")],
            id="a-withdrawal-under-a-deal-that-began-stays",
        ),
    ],
)
def test_withdrawals_that_did_not_happen(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


def test_died_and_spent_are_not_the_terms_of_a_deal(extractor: Extractor) -> None:
    """قضى (died) and تقضي (spend) are no "provides for" that makes a plan of the event."""
    text = "قضى جنديان وأصيب ثالث بقصف صاروخي إسرائيلي على مطار المزة العسكري أمس."
    assert [e.action for e in run(extractor, text)] == ["airstrike"]
    text = "وتقضي العائلات لياليها في الملاجئ بعد قصف مدفعي على بلدة اللطامنة أمس."
    assert [e.action for e in run(extractor, text)] == ["shelling"]


def test_unlisted_villages_keep_their_own_arabic_spelling(extractor: Extractor) -> None:
    """A village the gazetteer lacks is placed at the town it is told near (ACLED's precision 2),
    and location_ar keeps the article's spelling (ة, not the normalised ه)."""
    text = "قصفت الطائرات الحربية التركية قرى زرقانة وبوراز وسفتك في ريف تل تمر أمس."
    events = only(run(extractor, text), "airstrike")
    assert [e.location_ar for e in events] == ["زرقانة", "بوراز", "سفتك"]
    assert {(e.location, e.geo_precision) for e in events} == {("Tall Tamr", 2)}


# ---- the outlet's own label, and counted withdrawers (session 4, integrator)
@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        pytest.param(
            'أعلنت وزارة الدفاع التركية السيطرة على مدينة تل أبيض وطرد تنظيم "ي ب ك/ بي كا كا"'
            " الإرهابي منها. وفي المقابل، استهدف الإرهابيون بقذائف الهاون قضاء جيلان بينار"
            " جنوبي تركيا، ما أدى إلى إصابة ثلاثة مدنيين.",
            "shelling",
            ("ypg", "civilians"),
            id="turkish-media-s-terrorists-are-the-side-it-labels-even-across-the-border",
        ),
        pytest.param(
            "أعلنت خلية الإعلام الأمني مقتل قيادي في عصابات داعش الإرهابية ببغداد. واشتبكت القوات"
            " الأمنية العراقية مع الإرهابيين في ناحية العلم شرقي تكريت أمس.",
            "clash",
            ("iraqi_security_forces", "isis"),
            id="iraqi-media-s-terrorists-are-isis",
        ),
        pytest.param(
            "سيطرت قوات سوريا الديمقراطية على قرية الباغوز أمس، فيما فر عدد كبير من عناصر تنظيم"
            " داعش باتجاه الحدود العراقية.",
            "withdrawal",
            ("isis", ""),
            id="a-count-of-members-after-a-flight-verb-is-who-fled",
        ),
        pytest.param(
            "وانسحب العشرات من مقاتلي الفصائل من بلدة مورك أمس بعد قصف عنيف لقوات النظام.",
            "withdrawal",
            ("syrian_opposition", ""),
            id="tens-of-faction-fighters-withdrew",
        ),
        pytest.param(
            "وانسحبت قوات النظام من بلدة مورك أمس بعد مقتل عدد من عناصر الفصائل في المعارك.",
            "withdrawal",
            ("syrian_regime", ""),
            id="a-count-that-is-not-right-after-the-verb-withdraws-nothing",
        ),
    ],
)
def test_labelled_terrorists_and_counted_withdrawers(
    extractor: Extractor, text: str, action: str, actors: tuple[str, str]
) -> None:
    events = only(run(extractor, text), action)
    assert (events[0].actor1, events[0].actor2) == actors


# ---- from the session-4 review: misfires of the new rules (integrator)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت قوات النظام قرى شهدت نزوحاً كبيراً وتعرضت لدمار واسع في ريف درعا اليوم.",
            [("shelling", "درعا")],
            id="verbs-after-a-village-noun-are-no-villages",
        ),
        pytest.param(
            "سيطرت قوات سوريا الديمقراطية على قرى إضافية واستراتيجية في ريف الرقة اليوم.",
            [("capture", "الرقة")],
            id="adjectives-after-a-village-noun-are-no-villages",
        ),
        pytest.param(
            "قصفت الطائرات الروسية قرى بأكملها وشردت أهلها في ريف حلب الجنوبي اليوم.",
            [("airstrike", "حلب")],
            id="whole-villages-are-no-village-names",
        ),
        pytest.param(
            "قصف الطيران الروسي بلدات المعارضة والنازحين في ريف حلب اليوم.",
            [("airstrike", "حلب")],
            id="the-opposition-s-towns-are-no-town-names",
        ),
        pytest.param(
            "اقتحمت قوات النظام بلدات الزبداني ومضايا وبقين وقتلت مدنيين اليوم.",
            [("capture", "الزبداني"), ("capture", "مضايا"), ("capture", "بقين")],
            id="a-verb-after-a-list-of-towns-ends-it",
        ),
        pytest.param(
            "قصفت قوات النظام منطقتي الشيخ مقصود وبستان الباشا في مدينة حلب اليوم.",
            [("shelling", "حلب")],
            id="two-quarters-of-one-town-are-one-event",
        ),
        pytest.param(
            "شنت طائرات النظام عشرين غارة على مدينة دوما اليوم. وقتلت قوات النظام خمسة مدنيين في"
            " مدينة دوما.",
            [("airstrike", "دوما")],
            id="a-killing-told-after-a-strike-on-the-town-is-its-outcome",
        ),
        pytest.param(
            "قتل جنود عراقيون وثلاثة مدنيين في الموصل أمس.",
            [],
            id="soldiers-and-civilians-were-killed-is-passive",
        ),
        pytest.param(
            "قتلت طائرات النظام 12 مدنياً في مدينة معرة النعمان اليوم.",
            [("airstrike", "معرة النعمان")],
            id="aircraft-that-killed-made-an-airstrike",
        ),
        pytest.param(
            "عرقلت الاشتباكات العنيفة في حلب اليوم خروج المدنيين.",
            [("clash", "حلب")],
            id="clashes-that-hindered-something-happened",
        ),
        pytest.param(
            "يعتبر القصف الذي تعرضت له مدينة دوما اليوم الأعنف منذ أسابيع.",
            [("shelling", "دوما")],
            id="a-judged-event-told-only-there-stays",
        ),
    ],
)
def test_review_misfires(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location_ar) for e in run(extractor, text)] == expected


def test_a_campaign_over_the_country_does_not_take_a_town_s_dead(extractor: Extractor) -> None:
    text = (
        "قتل 5 مدنيين في غارة روسية على مدينة إدلب اليوم، في إطار حملة جوية تشنها موسكو في"
        " أنحاء سوريا."
    )
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    assert [(e.action, e.fatalities) for e in result.events] == [("airstrike", 5)]
    assert result.tolls == []
    text = "وثق المرصد السوري استشهاد 97 شخصاً يوم أمس، في مختلف المحافظات السورية."
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    assert [t.killed for t in result.tolls] == [97]


# ---- figures, dates, merging: round 2 (session 4, helperC2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 20 عنصراً من هيئة تحرير الشام اليوم جراء غارات روسية على معسكر للهيئة قرب"
            " مدينة سرمدا. وقال ناشطون إن الطائرات الروسية شنت أربع غارات على المعسكر صباح"
            " اليوم، ما أدى لمقتل عدد من المقاتلين.",
            [("airstrike", "russia", "nusra")],
            id="a-counted-noun-does-not-keep-a-retelling-apart",
        ),
        pytest.param(
            "قتل جنديان عراقيان اليوم جراء غارات تركية على مواقع للجيش العراقي في قضاء"
            " سنجار. وقالت الوزارة إن الطائرات التركية شنت غارتين على مواقع تتولى منع تسلل"
            " عناصر داعش قرب قضاء سنجار.",
            [("airstrike", "turkey", "iraqi_army")],
            id="a-purpose-clause-does-not-keep-a-retelling-apart",
        ),
    ],
)
def test_merge_s4_a_loosely_read_actor2_does_not_block_merging(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


# ---- events and places: summed-up attacks, predictions, the door idiom, Kurdistan areas (session 4, helperB2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وجاءت الغارات الإسرائيلية على مطار حماة اليوم بعد أسبوعين من هجمات نفذتها فصائل"
            " موالية لإيران.",
            [("airstrike", "حماة")],
            id="weeks-of-attacks-summed-up-are-no-clash",
        ),
        pytest.param(
            "قصفت الطائرات التركية قرية تل رفعت اليوم بعد يوم من هجوم على قاعدة تركية في مدينة"
            " اعزاز.",
            [("clash", "أعزاز"), ("airstrike", "تل رفعت")],
            id="a-day-after-one-attack-keeps-the-attack",
        ),
        pytest.param(
            "وقال القائد إن الهجمات ستزيد من عزلة التنظيم في دير الزور.",
            [],
            id="attacks-as-the-subject-of-a-prediction-are-no-clash",
        ),
        pytest.param(
            "قصفت المدفعية التركية قرية تل رفعت اليوم، وقال مسؤول إن ذلك سيزيد النزوح.",
            [("shelling", "تل رفعت")],
            id="a-prediction-later-in-the-sentence-keeps-the-shelling",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة اليوم، وقال مسؤول إن المفاوضات فتحت الباب أمام التهدئة.",
            [("clash", "")],
            id="opening-the-door-is-not-al-bab",
        ),
        pytest.param(
            "فتحت الفصائل معركة جديدة على مدينة الباب اليوم.",
            [("clash", "الباب")],
            id="a-front-opened-on-al-bab-stays-al-bab",
        ),
        pytest.param(
            "اندلعت اشتباكات في الباب أمام مبنى البلدية اليوم.",
            [("clash", "الباب")],
            id="al-bab-before-amam-stays-al-bab",
        ),
        pytest.param(
            "قصفت الطائرات التركية مواقع في منطقتي قنديل وكاني رش اليوم.",
            [("airstrike", "جبال قنديل"), ("airstrike", "كاني رش")],
            id="two-areas-named-with-the-dual",
        ),
        pytest.param(
            "قصفت الطائرات التركية جبال قنديل وآسوس ومنطقة هاكورك أمس.",
            [("airstrike", "جبال قنديل"), ("airstrike", "جبال آسوس"), ("airstrike", "هاكورك")],
            id="kurdistan-mountain-areas",
        ),
    ],
)
def test_events_places_s4_round2(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location_ar) for e in run(extractor, text)] == expected


# ---- events and places: the country as a whole (session 4, helperB2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتلت قوات النظام 30 شخصاً اليوم في مختلف أنحاء سوريا.",
            [],
            id="throughout-the-country-is-a-summary",
        ),
        pytest.param(
            "قصفت الطائرات الأمريكية مواقع للميليشيات في العراق وسوريا أمس.",
            [],
            id="two-countries-at-once-are-a-summary",
        ),
        pytest.param(
            "استهدفت غارات أمريكية مقرات للحشد الشعبي على الحدود بين العراق وسوريا فجر اليوم.",
            [("airstrike", "العراق")],
            id="the-border-between-two-countries-stays-an-event",
        ),
        pytest.param(
            "أطلقت السفن الحربية الروسية أمس 20 صاروخاً مجنحاً على أهداف في سوريا.",
            [("shelling", "سوريا")],
            id="one-country-named-alone-stays-an-event",
        ),
    ],
)
def test_events_places_s4_the_country_as_a_whole(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location_ar) for e in run(extractor, text)] == expected


# ---- actors round 2: strict actor pairs (session 4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "دارت اشتباكات بين الكتائب الإسلامية وقوات النظام في محيط مدينة إدلب. وفي حلب قصفت"
            " الطائرات مواقع تنظيم داعش من جهة أخرى.",
            [("clash", "syrian_opposition", "syrian_regime")],
            id="the-next-sentence-s-other-side-is-no-pair-of-sides",
        ),
        pytest.param(
            "اندلعت معارك عنيفة بين قوات النظام مدعومة بعناصر الدفاع الوطني من جهة، ومقاتلي جبهة"
            " النصرة من جهة أخرى في بلدة مورك اليوم.",
            [("clash", "syrian_regime", "nusra")],
            id="the-side-told-on-the-other-side-not-the-backer",
        ),
        pytest.param(
            "اندلعت اشتباكات بين الكتائب المقاتلة وقوات النظام في بلدة مورك اليوم.",
            [("clash", "syrian_opposition", "syrian_regime")],
            id="the-fighting-battalions-are-the-rebels",
        ),
    ],
)
def test_strict_actor_pairs(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.actor1, e.actor2) for e in run(extractor, text)]
    assert [g for g in got if g[0] == expected[0][0]] == expected


# ---- dates: a dated round-up's background (session 4, helperC2)
ROUNDUP_BACKGROUND = (
    "{head}\n"
    "وثقت الشبكة مقتل 40 شخصاً اليوم الثلاثاء: 15 في حلب، 10 في إدلب، 8 في حماة، و7 في درعا.\n"
    "حلب: الطيران الحربي يقصف بلدة الأتارب.\n"
    "درعا: قصف مدفعي على بلدة الحراك. وخرجت في بلدة نوى أولى المظاهرات ضد النظام عام 2011.\n"
    "إدلب: وكانت فصائل المعارضة سيطرت على مدينة جسر الشغور وأصبحت المدينة ثالث مدينة تخرج عن"
    " سيطرة النظام.\n"
    "حماة: قصف مدفعي على بلدة كفرزيتا.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("حصاد اليوم: 40 قتيلاً في سوريا", id="one-day-roundup"),
        pytest.param("الشبكة المحلية: 40 قتيلاً في سوريا اليوم", id="summary-lead"),
    ],
)
def test_dates_s4_a_dated_roundup_leaves_its_background_undated(
    extractor: Extractor, head: str
) -> None:
    dated = {e.location: e.event_date for e in run(extractor, ROUNDUP_BACKGROUND.format(head=head))}
    today = PUB.isoformat()
    assert dated.get("Al Atarib") == today and dated.get("Kafr Zita") == today
    assert dated.get("Jisr ash Shughur") == ""  # وكانت … سيطرت: told as background
    assert "Nawa" not in dated  # the first protests of 2011 are no item of the day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وفي البصرة، تظاهر المئات اليوم أمام مبنى المحافظة مطالبين بالخدمات، قبل أن تتدخل"
            " القوات الأمنية لتفريقهم.",
            "iraqi_security_forces",
            id="the-forces-that-dispersed-them-face-the-protesters",
        ),
        pytest.param(
            "خرج العشرات في احتجاجات في بلدة الشحيل اليوم، وأطلق عناصر من قوات سوريا الديمقراطية"
            " النار في الهواء لتفريق المحتجين.",
            "sdf",
            id="members-who-fired-to-disperse-face-the-protesters",
        ),
        pytest.param(
            "تظاهر المئات في مدينة القامشلي اليوم مطالبين قوات سوريا الديمقراطية بوقف إطلاق النار.",
            "",
            id="a-ceasefire-demanded-is-no-force",
        ),
        pytest.param(
            "تظاهر المئات في مدينة القامشلي اليوم وطالبوا بخروج قوات سوريا الديمقراطية ومنع"
            " الرصاص العشوائي.",
            "",
            id="a-side-demanded-to-leave-is-no-force",
        ),
    ],
)
def test_protesters_face_the_side_that_used_force(
    extractor: Extractor, text: str, expected: str
) -> None:
    (protest,) = only(run(extractor, text), "protest")
    assert protest.actor2 == expected


# ---- figures: a new toll told right after an event (session 4, helperC2)
NEW_TOLL = (
    "قتل وجرح العشرات من عناصر الفصائل اليوم جراء غارات روسية على مقر لهم قرب مدينة سرمدا.\n"
    "وفي حصيلة جديدة، قال المرصد السوري لحقوق الإنسان إن 34 مقاتلاً قتلوا وأصيب 50 آخرون{tail}.\n"
)


@pytest.mark.parametrize(
    ("tail", "figures", "tolls"),
    [
        pytest.param("", (34, 50), 0, id="a-new-toll-updates-the-event"),
        pytest.param(
            "، في أكبر حصيلة منذ توقيع اتفاق التهدئة",
            (34, 50),
            0,
            id="a-since-that-only-compares-tells-no-period",
        ),
        pytest.param(
            " منذ بدء الحملة الجوية قبل شهرين",
            (None, None),
            1,
            id="a-new-toll-over-a-period-stays-a-toll",
        ),
    ],
)
def test_figures_s4_a_new_toll_right_after_an_event(
    extractor: Extractor, tail: str, figures: tuple, tolls: int
) -> None:
    result = extractor.extract(Document("t", NEW_TOLL.format(tail=tail), publication_date=PUB))
    assert [(e.action, e.fatalities, e.injured) for e in result.events] == [("airstrike", *figures)]
    assert len({t.toll_id for t in result.tolls}) == tolls


# ---- figures: the counted people's relative clause tells their fate (session 4, helperC2)
@pytest.mark.parametrize(
    ("text", "action", "killed"),
    [
        pytest.param(
            "شيّعت الفصائل اليوم خمسة من مقاتليها الذين قتلوا جراء الغارات الروسية على بلدة"
            " سرمدا أمس.",
            "airstrike",
            5,
            id="buried-fighters-who-were-killed",
        ),
        pytest.param(
            "شيّع الأهالي اليوم أربعة من عناصر الكتيبتين 7 و9 الذين استشهدوا جراء القصف على"
            " بلدة سرمدا.",
            "shelling",
            4,
            id="a-construct-before-the-relative",
        ),
        pytest.param(
            "اعتقلت قوات النظام اليوم خمسة من الشبان الذين خرجوا في مظاهرة في بلدة داعل.",
            "arrest",
            None,
            id="a-relative-with-no-killing-verb",
        ),
        pytest.param(
            "قصفت قوات النظام اليوم بلدة سرمدا وزار الأهالي ثلاثة من الجرحى الذين كانوا قد"
            " قتلوا أقاربهم.",
            "shelling",
            None,
            id="the-verb-must-follow-the-relative",
        ),
    ],
)
def test_figures_s4_the_relative_clause_of_the_counted(
    extractor: Extractor, text: str, action: str, killed: int | None
) -> None:
    (event,) = only(run(extractor, text), action)
    assert event.fatalities == killed


# ---- actors round 2: hideouts struck (session 4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نفذ الطيران العراقي غارة على وكر لداعش في وادي حوران أمس.",
            ("iraqi_army", "isis"),
            id="a-hideout-of-a-side-is-its-position",
        ),
        pytest.param(
            "قصفت المدفعية التركية مخابئ حزب العمال الكردستاني في جبال قنديل اليوم.",
            ("turkey", "pkk"),
            id="hiding-places-of-a-side-are-its-positions",
        ),
        pytest.param(
            "قصف الطيران الروسي مخابئ المدنيين في ريف إدلب اليوم.",
            ("russia", "civilians"),
            id="civilians-shelters-stay-civilian",
        ),
    ],
)
def test_hideouts_struck_name_the_target(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text)
    assert (event.actor1, event.actor2) == expected


# ---- figures: the dead told before a hold on the fight's town (session 4, helperC2)
def test_figures_s4_the_dead_told_before_a_hold_are_the_fight_s(extractor: Extractor) -> None:
    text = (
        "وتتواصل اليوم الاشتباكات بين وحدات حماية الشعب وعناصر التنظيم في مدينة تل أبيض. وقال"
        ' متحدث باسم الوحدات إن "مقاتلينا قتلوا 20 من الإرهابيين"، مؤكداً أن الوحدات تحكم'
        " سيطرتها على معظم أحياء المدينة."
    )
    events = run(extractor, text)
    assert [e.fatalities for e in only(events, "clash")] == [20]
    assert all(e.fatalities is None for e in events if e.action == "capture")


def test_figures_s4_a_capture_of_another_town_keeps_its_own_dead(extractor: Extractor) -> None:
    text = (
        "وتتواصل اليوم الاشتباكات بين وحدات حماية الشعب وعناصر التنظيم في مدينة تل أبيض."
        " وقتل 20 عنصراً من التنظيم حين سيطرت الوحدات على بلدة عين عيسى."
    )
    captures = only(run(extractor, text), "capture")
    assert [e.fatalities for e in captures] == [20]


# ---- dates: hours after the event told before (session 4, helperC2)
@pytest.mark.parametrize(
    ("second", "date"),
    [
        pytest.param(
            "واعتقلت الشرطة خمسة مشتبهين في بلدة المحاويل بعد ساعات من الانفجار.",
            YESTERDAY,
            id="hours-after-the-blast-is-its-day",
        ),
        pytest.param(
            "واعتقلت الشرطة خمسة مشتبهين في بلدة المحاويل بعد ساعات من التحقيق معهم.",
            "",
            id="hours-after-something-else-tells-no-day",
        ),
        # session 16 (hB5): the phrase told more than eight words after the arrest, its noun
        # (الانفجار) no cue the day is told with; «قليلة / فقط» between the words
        pytest.param(
            "واعتقلت الشرطة خمسة مشتبهين في منطقتي المحاويل والإسكندرية شمال المحافظة بعد"
            " ساعات من الانفجار.",
            YESTERDAY,
            id="hours-after-told-far-after-the-cue",
        ),
        pytest.param(
            "واعتقلت الشرطة خمسة مشتبهين في بلدة المحاويل بعد ساعات قليلة على الانفجار.",
            YESTERDAY,
            id="a-few-hours-after",
        ),
        pytest.param(
            "واعتقلت الشرطة خمسة مشتبهين في بلدة المحاويل بعد ساعات فقط من الانفجار.",
            YESTERDAY,
            id="only-hours-after",
        ),
    ],
)
def test_dates_s4_hours_after_the_event_told_before(
    extractor: Extractor, second: str, date: str
) -> None:
    text = "انفجرت سيارة مفخخة في مدينة الحلة أمس. " + second
    arrests = only(run(extractor, text), "arrest")
    assert arrests
    assert all(arrest.event_date == date for arrest in arrests)


def test_dates_s16_hours_after_the_attacks_takes_the_attacks_day(extractor: Extractor) -> None:
    """بعد ساعات من الهجمات counts from the attacks told before, not from the last event told
    (an abduction told «قبل يومين» between them)."""
    text = (
        "قتل 30 شخصاً في سلسلة تفجيرات ضربت مدينة الحلة أمس. وعثرت الشرطة على جثث ثلاثة"
        " مدنيين قرب بلدة المقدادية قالت إن مسلحين خطفوهم من منازلهم قبل يومين. واعتقلت"
        " الشرطة خمسة مشتبهين في بلدة المحاويل بعد ساعات من الهجمات."
    )
    (arrest,) = only(run(extractor, text), "arrest")
    assert arrest.event_date == YESTERDAY


# ---- dates: the event named in «وتأتي الغارة بعد ساعات من …» (session 16, helper hQ5)
@pytest.mark.parametrize(
    ("first", "second", "action", "date"),
    [
        pytest.param(
            "قتل 33 جندياً تركياً في غارة جوية أمس على مواقعهم في بلدة بليون بريف إدلب.",
            "وتأتي الغارة بعد ساعات من استعادة فصائل المعارضة السيطرة على مدينة سراقب.",
            "capture",
            YESTERDAY,
            id="the-raid-came-hours-after-a-capture",
        ),
        pytest.param(
            "هاجم مسلحون من داعش أمس قرية الرشاد التابعة لقضاء المقدادية، ما أسفر عن مقتل 11"
            " مدنياً.",
            "وجاء الهجوم بعد ساعات قليلة من اختطاف التنظيم اثنين من أبناء القرية.",
            "abduction",
            YESTERDAY,
            id="the-attack-came-a-few-hours-after-an-abduction",
        ),
        pytest.param(
            "قصفت قوات النظام بالمدفعية مدينة دوما أمس.",
            "وتأتي الغارة بعد ساعات من سيطرة قوات النظام على بلدة الشيفونية.",
            "capture",
            "",
            id="no-raid-told-before-gives-no-day",
        ),
        pytest.param(
            "قتل 33 جندياً تركياً في غارة جوية أمس على مواقعهم في بلدة بليون بريف إدلب.",
            "وتأتي الغارة بعد أيام من استعادة فصائل المعارضة السيطرة على مدينة سراقب.",
            "capture",
            "",
            id="days-after-is-no-day",
        ),
    ],
)
def test_dates_s16_came_hours_after_takes_the_subjects_day(
    extractor: Extractor, first: str, second: str, action: str, date: str
) -> None:
    events = only(run(extractor, first + " " + second), action)
    assert all(e.event_date == date for e in events)
    if date:
        assert events


# ---- dates: a bare part of the day (صباحاً، بعد الظهر، مساءً) is within the story's day (s16, hT5)
@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "قال نشطاء إن مقاتلي المعارضة سيطروا على مدينة الرقة يوم الاثنين بعد معارك مع القوات"
            " الحكومية. وأظهر تسجيل مصور مقاتلين يحتجزون محافظ الرقة داخل مبنى المحافظة. وقال"
            " المرصد السوري إن مقاتلين من جبهة النصرة شاركوا في الهجوم، وإن طائرات حربية قصفت"
            " أطراف المدينة بعد الظهر.",
            "2016-05-09",
            id="warplanes-struck-in-the-afternoon-of-the-fall",
        ),
        pytest.param(
            "قصفت قوات النظام أمس بلدة كفرزيتا بالمدفعية. وقتل ثلاثة مدنيين صباحاً في غارة على"
            " بلدة اللطامنة.",
            YESTERDAY,
            id="killed-in-the-morning-in-a-raid",
        ),
        pytest.param(
            "قصفت قوات النظام أمس بلدة كفرزيتا بالمدفعية. وفي حلب، ألقى الطيران المروحي مساءً"
            " براميل متفجرة على حي الشعار.",
            YESTERDAY,
            id="barrels-dropped-in-the-evening",
        ),
        pytest.param(  # negative: a night may be the night before the story's day
            "قصفت قوات النظام أمس بلدة كفرزيتا بالمدفعية. وقتل ثلاثة مدنيين ليلاً في غارة على"
            " بلدة اللطامنة.",
            "",
            id="at-night-takes-no-day",
        ),
        pytest.param(  # negative: no day told before
            "وتتعرض بلدة كفرزيتا لقصف شبه يومي. وقتل ثلاثة مدنيين صباحاً في غارة على بلدة اللطامنة.",
            "",
            id="no-day-told-before",
        ),
    ],
)
def test_dates_s16_a_bare_part_of_the_day_takes_the_storys_day(
    extractor: Extractor, text: str, date: str
) -> None:
    events = only(run(extractor, text), "airstrike")
    assert events and all(e.event_date == date for e in events)


# ---- dates: the night before a morning told in a «بعد أن» clause (session 16, helper hQ5)
@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param(
            "دخلت قوات البيشمركة مركز مدينة سنجار صباح اليوم من ثلاثة محاور، بعد أن انسحب مسلحو"
            " داعش منها ليلاً باتجاه بلدة البعاج.",
            YESTERDAY,
            id="withdrew-at-night-before-the-morning",
        ),
        pytest.param(
            "دخلت القوات العراقية حي الجولان في الفلوجة فجر اليوم بعدما انسحب عناصر التنظيم منه"
            " خلال الليل.",
            YESTERDAY,
            id="during-the-night-before-dawn",
        ),
        pytest.param(
            "اقتحمت قوات النظام بلدة الشيخ مسكين مساء اليوم بعد أن انسحب منها مقاتلو المعارضة"
            " ليلاً.",
            PUB.isoformat(),
            id="night-after-an-evening-is-the-same-day",
        ),
        pytest.param(
            "سيطرت فصائل المعارضة على بلدة خان طومان صباح اليوم، وانسحبت قوات النظام منها ليلاً.",
            PUB.isoformat(),
            id="no-after-link-keeps-the-day",
        ),
    ],
)
def test_dates_s16_night_before_the_morning(extractor: Extractor, text: str, date: str) -> None:
    (withdrawal,) = only(run(extractor, text), "withdrawal")
    assert withdrawal.event_date == date
    assert [e.event_date for e in only(run(extractor, text), "capture")] == [PUB.isoformat()]


# ---- dates: the same speaker goes on (…، مبيناً أن …) about the day he told (session 16, hQ5)
@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        pytest.param(
            'وقال مصدر في القيادة إن "قطعات الجيش العراقي تمكنت، أمس الأحد، من الوصول إلى آمرلي'
            ' بعد اشتباكات عنيفة"، مبيناً أن "القوات حررت قرية ينكجة".',
            "capture",
            YESTERDAY,
            id="showing-that-the-forces-freed-a-village",
        ),
        pytest.param(
            'وقال قائد عمليات الأنبار إن "القوات اقتحمت أمس حي الضباط وسط الرمادي"، موضحاً أن'
            ' "الإرهابيين فجروا عجلة مفخخة عند مدخل الحي".',
            "bombing",
            YESTERDAY,
            id="explaining-in-his-own-quoted-words",
        ),
        pytest.param(
            "قال مصدر أمني إن القوات اقتحمت أمس حي الضباط وسط الرمادي، موضحاً أن الإرهابيين فجروا"
            " عجلة مفخخة عند مدخل الحي.",
            "bombing",
            "",
            id="no-quote-is-a-new-statement",
        ),
        pytest.param(
            "أعلن مصدر أمني أن القوات الأمنية حررت صباح أمس ناحية العلم شمال شرق تكريت، مبيناً أن"
            " التنظيم فجّر جسر العلم قبل انسحابه باتجاه مركز المدينة.",
            "bombing",
            "",
            id="an-act-before-another-tells-no-day",
        ),
        pytest.param(
            "قال المرصد السوري إن طائرات النظام الحربية قصفت بلدة كفرنبودة أمس، مشيراً إلى أن"
            " الفصائل استهدفت بالمدفعية مواقع لقوات النظام في قرية الحماميات.",
            "shelling",
            "",
            id="pointing-out-is-a-new-statement",
        ),
    ],
)
def test_dates_s16_same_speaker_goes_on(
    extractor: Extractor, text: str, action: str, date: str
) -> None:
    events = only(run(extractor, text), action)
    assert events
    assert all(e.event_date == date for e in events)


# ---- dates: fighting told as still going on is the report's day (session 16, helper hB5)
@pytest.mark.parametrize(
    ("text", "action", "date"),
    [
        pytest.param(
            "ونفى المركز الإعلامي لوحدات حماية الشعب ذلك، مؤكداً أن الاشتباكات ما تزال مستمرة"
            " في محيط بلدة شيه.",
            "clash",
            PUB.isoformat(),
            id="clashes-still-going-on",
        ),
        pytest.param(
            "ولا تزال الاشتباكات مستمرة بين قوات النظام وفصائل المعارضة على أطراف بلدة تل رفعت.",
            "clash",
            PUB.isoformat(),
            id="still-before-the-noun",
        ),
        pytest.param(
            "ولا يزال القصف متواصلاً على مدينة دوما بالغوطة الشرقية.",
            "shelling",
            PUB.isoformat(),
            id="shelling-still-going-on",
        ),
        pytest.param(
            "وتتواصل الاشتباكات بين الطرفين في محيط بلدة كفرنبودة حتى لحظة إعداد هذا التقرير.",
            "clash",
            PUB.isoformat(),
            id="going-on-until-the-report",
        ),
        pytest.param(
            "وتدور حالياً اشتباكات عنيفة بين الجيش الحر وتنظيم داعش في محيط بلدة مارع.",
            "clash",
            PUB.isoformat(),
            id="now",
        ),
        pytest.param(
            "وكانت الاشتباكات لا تزال مستمرة في محيط بلدة تل رفعت عندما انسحبت الفصائل منها.",
            "clash",
            "",
            id="background-was-still-going-on",
        ),
        pytest.param(
            "وتستمر المعارك في حي جوبر منذ ثلاثة أيام، ولا تزال مستمرة حتى الآن.",
            "clash",
            "",
            id="a-span-of-its-own",
        ),
        pytest.param(
            "قصفت قوات النظام أمس بلدة سرمين بالمدفعية، ولا يزال القصف متواصلاً حتى الآن.",
            "shelling",
            YESTERDAY,
            id="a-day-told-wins",
        ),
        pytest.param(
            "وقال المتحدث إن القوات العراقية لا تزال تسيطر على مدينة سامراء بعد صد هجوم لداعش.",
            "clash",
            "",
            id="still-holding-is-no-time-of-the-attack",
        ),
    ],
)
def test_dates_s16_still_going_on_is_the_report_day(
    extractor: Extractor, text: str, action: str, date: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert event.event_date == date


# ---- actors round 2: counted withdrawers and local fighters (session 4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأفاد ناشطون أن المئات من عناصر قوات النظام فروا من مطار الطبقة باتجاه بلدة أثريا"
            " اليوم.",
            [("withdrawal", "syrian_regime", "")],
            id="counted-men-before-the-flight-verb-flee",
        ),
        pytest.param(
            "قتل 5 من عناصر قوات النظام بعد أن انسحبت الفصائل من بلدة مورك اليوم.",
            [("withdrawal", "syrian_opposition", "")],
            id="the-dead-named-before-are-not-the-withdrawers",
        ),
        pytest.param(
            "وقال مراسل إن مقاتلين من أبناء المنطقة هاجموا حاجزاً لقوات النظام على أطراف بلدة"
            " المزيريب وسيطروا عليه اليوم.",
            [
                ("clash", "syrian_opposition", "syrian_regime"),
                ("capture", "syrian_opposition", "syrian_regime"),
            ],
            id="fighters-from-the-area-are-local-rebels-in-syria",
        ),
        pytest.param(
            "هاجم مسلحون من أبناء المنطقة مركزاً للشرطة في قضاء الطارمية اليوم.",
            [("clash", "unknown", "iraqi_security_forces")],
            id="gunmen-from-the-area-in-iraq-are-unidentified",
        ),
    ],
)
def test_counted_withdrawers_and_local_fighters(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


# ---- events told as a charge (session 4, helperC2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ألقت الشرطة القبض على 17 شخصاً من المطلوبين بجرائم قتل وخطف في بلدة الحراك.",
            ["arrest"],
            id="wanted-for-killing-and-kidnapping-is-no-abduction",
        ),
        pytest.param(
            "اعتقلت قوات الأمن خمسة شبان بتهمة المشاركة في المظاهرات في مدينة داعل.",
            ["arrest"],
            id="charged-with-protesting-is-no-protest",
        ),
        pytest.param(
            "خطف مسلحون مجهولون ثلاثة مدنيين في بلدة الحراك بتهمة التعامل مع النظام.",
            ["abduction"],
            id="a-charge-told-after-the-act-leaves-it",
        ),
        pytest.param(
            "اعتقلت هيئة تحرير الشام صحفيين اثنين في مدينة إدلب بسبب تغطيتهما مظاهرة.",
            ["abduction"],
            id="a-protest-a-journalist-covered-is-no-event-of-its-own",
        ),
        pytest.param(
            "اعتقلت قوات الأمن مراسلاً أثناء تغطيته الاحتجاجات في الناصرية، فيما خرجت مظاهرة"
            " حاشدة في ساحة الحبوبي.",
            ["arrest", "protest"],
            id="a-protest-told-for-itself-beside-one-covered-stays",
        ),
        pytest.param(
            "نجا طبيب من محاولة خطف على يد مسلحين مجهولين في مدينة الباب.",
            [],
            id="an-attempted-abduction-takes-no-one",
        ),
        pytest.param(
            "حاولت دورية للأمن العسكري اعتقال شاب في بلدة طفس، فاشتبك معها مسلحون محليون.",
            ["clash"],
            id="an-attempted-arrest-that-ends-in-a-fight-is-only-the-fight",
        ),
        pytest.param(
            "عقب محاولة هروب من السجن، اعتقلت قوات الأمن ثلاثة شبان في مدينة جاسم.",
            ["arrest"],
            id="an-attempt-of-another-act-before-a-clause-leaves-its-arrest",
        ),
    ],
)
def test_events_s4_an_act_told_as_a_charge(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- actors round 2: 'their forces' in a side's own statement (session 4)
def test_their_forces_are_the_speaking_side_s(extractor: Extractor) -> None:
    text = (
        'وقال مصدر عسكري في "قسد" إن قواتهم "تمكنت من إعادة السيطرة على أحياء في مدينة الحسكة"'
        " اليوم."
    )
    assert [(e.action, e.actor1) for e in run(extractor, text)] == [("capture", "sdf")]
    text = "وقال الأهالي إن قواتهم انسحبت من بلدة مورك اليوم."
    assert [(e.action, e.actor1) for e in run(extractor, text)] == [("withdrawal", "")]


def test_the_forces_are_no_plural_verb_they_threw(extractor: Extractor) -> None:
    """القوات is not the drop verb القوا + ت: a clash between X والقوات Y keeps both sides."""
    text = "اندلعت اشتباكات عنيفة بين فصائل المعارضة والقوات الحكومية في بلدة مورك أمس."
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == [
        ("clash", "syrian_opposition", "syrian_regime")
    ]
    text = "وألقوا براميل متفجرة على بلدة مورك أمس."
    assert [e.action for e in run(extractor, text)] == ["airstrike"]


# ---- from the second session-4 review (integrator)
@pytest.mark.parametrize(
    ("text", "events", "tolls"),
    [
        pytest.param(
            "قصفت طائرات النظام اليوم مدينة دوما ما أسفر عن مقتل 10 مدنيين. وفي حصيلة جديدة، قال"
            " المرصد إن 40 مدنياً قتلوا اليوم في سوريا، في أكبر حصيلة منذ أسابيع.",
            [("airstrike", "Duma", 10)],
            [],
            id="a-new-count-over-the-country-is-not-the-town-s",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة اليوم في مدينة القامشلي ما أدى إلى مقتل 5 أشخاص. وفي حصيلة جديدة،"
            " قال المرصد إن 25 عنصراً من قوات النظام قتلوا في اشتباكات مع داعش.",
            [("bombing", "Al Qamishli", 5)],
            [25],
            id="a-new-count-of-another-fight-is-not-the-bombing-s",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة اليوم في مدينة القامشلي ما أدى إلى مقتل 5 مدنيين. وفي حصيلة جديدة،"
            " قال المرصد إن 9 أشخاص قتلوا.",
            [("bombing", "Al Qamishli", 9)],
            [],
            id="a-new-count-with-no-scene-updates-the-event",
        ),
        pytest.param(
            "شنت الطائرات الأمريكية اليوم غارات على مواقع لداعش في سوريا والعراق، وقتل في إحداها"
            " 15 عنصراً في مدينة البوكمال.",
            [("airstrike", "Albu Kamal", 15)],
            [],
            id="strikes-over-two-countries-with-one-in-a-town-are-that-town-s",
        ),
        pytest.param(
            "اعتقلت قوات الأمن العراقية اليوم خمسة أشخاص في مدينة كركوك بتهمة تنفيذ تفجير سيارة"
            " مفخخة في المدينة الأسبوع الماضي.",
            [("arrest", "Kirkuk", None), ("bombing", "Kirkuk", None)],
            [],
            id="a-dated-act-named-in-a-charge-happened",
        ),
    ],
)
def test_second_review_fixes(
    extractor: Extractor, text: str, events: list, tolls: list[int]
) -> None:
    result = extractor.extract(Document(doc_id="t", text=text, publication_date=PUB))
    assert [(e.action, e.location, e.fatalities) for e in result.events] == events
    assert [t.killed for t in result.tolls] == tolls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقالت عائلات الضحايا إن مقاتليهم قصفوا حاجزاً لداعش في مدينة الرستن اليوم.",
            ("unknown", "isis"),
            id="residents-have-no-forces",
        ),
        pytest.param(
            "قال مسؤول في الجيش العراقي إن عناصر داعش فجروا اليوم جسراً في الموصل، مضيفاً أن"
            " وحداتهم انسحبت من حي الزهراء.",
            ("isis", ""),
            id="their-units-are-the-plural-side-named-before",
        ),
        pytest.param(
            "اشتبكت الكتائب المقاتلة ضمن الحشد الشعبي اليوم مع عناصر داعش قرب مدينة بيجي.",
            ("pmf", "isis"),
            id="fighting-battalions-in-iraq-are-not-the-syrian-rebels",
        ),
        pytest.param(
            "تظاهر العشرات اليوم في مدينة درعا، وحاول عناصر من قوات النظام تفريقهم بالقوة.",
            ("protesters", "syrian_regime"),
            id="forces-that-tried-to-disperse-protesters-face-them",
        ),
    ],
)
def test_second_review_actor_fixes(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    last = run(extractor, text)[-1]
    assert (last.actor1, last.actor2) == expected


def test_a_side_named_with_the_counted_dead_keeps_a_strike_apart(extractor: Extractor) -> None:
    text = (
        "قصفت قوات النظام اليوم مواقع لداعش في مدينة دير الزور. كما قصفت قوات النظام اليوم مدينة"
        " دير الزور ما أدى إلى مقتل عدد من المقاتلين من قوات سوريا الديمقراطية."
    )
    assert [e.actor2 for e in run(extractor, text)] == ["isis", "sdf"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "طردت فصائل الجيش الحر عناصر داعش من بلدة الراعي في ريف حلب الشمالي أمس.",
            [("capture", "fsa", "isis")],
            id="driving-a-side-out-of-a-town-captures-it",
        ),
        pytest.param(
            "وتمكنت القوات العراقية من طرد التنظيم من مدينة الرمادي أمس.",
            [("capture", "iraqi_army", "isis")],
            id="managed-to-drive-out",
        ),
        pytest.param(
            "طردت الحكومة العراقية السفير التركي من بغداد أمس.",
            [],
            id="expelling-an-ambassador-is-no-capture",
        ),
        pytest.param(
            "ودعا المجلس إلى طرد الميليشيات من مدينة الحسكة.",
            [],
            id="a-call-to-drive-out-is-no-capture",
        ),
        pytest.param(
            'وقالت مصادر إن المعتقلين من المنتسبين السابقين لـ"جبهة النصرة" التي طردها التنظيم من'
            " البلدة الصيف الماضي.",
            [],
            id="driven-out-in-a-relative-clause-is-background",
        ),
    ],
)
def test_driving_a_side_out(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت الطائرات التركية غارات على مواقع في جبل سنجار أمس. كما طال القصف مواقع لحزب العمال"
            " الكردستاني في منطقتي قنديل وكاني رش.",
            [("airstrike", "turkey"), ("airstrike", "turkey"), ("airstrike", "turkey")],
            id="the-bombing-right-after-air-strikes-is-those-strikes",
        ),
        pytest.param(
            "شنت الطائرات التركية غارات على مواقع في جبل سنجار أمس. وفي سياق آخر، تعرضت بلدة مورك"
            " لقصف من قوات النظام.",
            [("airstrike", "turkey"), ("shelling", "syrian_regime")],
            id="shelling-by-a-side-named-with-min-is-that-side-s",
        ),
        pytest.param(
            "شنت الطائرات الروسية غارات على بلدة مورك أمس. وتواصل القصف المدفعي لقوات النظام على"
            " بلدة اللطامنة.",
            [("airstrike", "russia"), ("shelling", "syrian_regime")],
            id="artillery-shelling-after-air-strikes-stays-shelling",
        ),
    ],
)
def test_bombing_told_after_air_strikes(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.actor1) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أعلن الرئيس الأمريكي انسحاب القوات الأمريكية من سوريا.",
            [],
            id="leaving-a-country-is-a-policy-not-a-withdrawal-at-a-place",
        ),
        pytest.param(
            "وأمهلت القوات التركية المقاتلين الأكراد 120 ساعة للانسحاب من المنطقة الحدودية.",
            [],
            id="a-deadline-to-withdraw-is-no-withdrawal",
        ),
        pytest.param(
            "وتم التوصل إلى اتفاق لانسحاب المسلحين من حي الوعر بمدينة حمص.",
            [],
            id="a-deal-for-a-withdrawal-is-no-withdrawal",
        ),
        pytest.param(
            "وأفاد ناشطون بانسحاب عدد من عناصر الميليشيات الإيرانية من مدينة البوكمال باتجاه الحدود"
            " العراقية اليوم.",
            [("withdrawal", "Albu Kamal")],
            id="a-withdrawal-from-a-town-stays",
        ),
    ],
)
def test_withdrawals_that_are_policies_or_plans(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- figures of a strike on civilians in an accompanying clause (session 4, helperC3)
RUSTAN_ASSAULT = "واقتحمت قوات النظام صباح اليوم أطراف مدينة الرستن، بالتزامن مع قصف مدفعي على "


@pytest.mark.parametrize(
    ("text", "shelling_dead", "other_dead"),
    [
        pytest.param(
            RUSTAN_ASSAULT + "الأحياء السكنية، ما أدى إلى مقتل أربعة مدنيين بينهم طفل.",
            4,
            None,
            id="civilians-dead-of-a-strike-on-homes-are-the-strike-s",
        ),
        pytest.param(
            RUSTAN_ASSAULT + "الأحياء السكنية، ما أدى إلى مقتل أربعة عناصر من المهاجمين.",
            None,
            4,
            id="fighters-dead-stay-with-the-main-event",
        ),
        pytest.param(
            RUSTAN_ASSAULT + "مواقع الفصائل، ما أدى إلى مقتل أربعة مدنيين.",
            None,
            4,
            id="strike-on-positions-is-no-strike-on-civilians",
        ),
        pytest.param(
            RUSTAN_ASSAULT + "الأحياء السكنية، ما أدى إلى مقتل أربعة عناصر كانوا داخل سيارة مدنية.",
            None,
            4,
            id="civilian-car-is-no-civilian-dead",
        ),
    ],
)
def test_figures_of_a_strike_on_civilians_in_an_accompanying_clause(
    extractor: Extractor, text: str, shelling_dead: int | None, other_dead: int | None
) -> None:
    events = run(extractor, text)
    (shelling,) = only(events, "shelling")
    assert shelling.fatalities == shelling_dead
    assert [e.fatalities for e in events if e.action != "shelling"] == [other_dead]


# ---- actors: a struck side is no owner of the aircraft (session 4, round 3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت طائرات تركية مسيرة مواقع قوات النظام قرب مدينة سراقب أمس.",
            [("airstrike", "turkey", "syrian_regime")],
            id="a-side-after-a-target-noun-is-struck-not-an-owner-of-the-drones",
        ),
        pytest.param(
            "استهدفت طائرات تركية مسيرة مواقع أخرى للنظام قرب مدينة سراقب أمس.",
            [("airstrike", "turkey", "syrian_regime")],
            id="other-positions-of-the-regime-are-struck",
        ),
        pytest.param(  # negative: a possessive marker still names the owner
            "ألقى الطيران المروحي التابع لقوات النظام براميل متفجرة على بلدة اللطامنة أمس.",
            [("airstrike", "syrian_regime", "")],
            id="helicopters-belonging-to-the-regime-are-the-regime-s",
        ),
        pytest.param(  # negative: an owner adjective right after the drones
            "قصفت طائرات مسيرة تركية سيارة على طريق بلدة عامودا أمس.",
            [("airstrike", "turkey", "")],
            id="drones-with-their-owner-adjective-and-no-side-struck",
        ),
        pytest.param(  # negative: two owners joined by و stay one side
            "شنت طائرات روسية وسورية غارات على بلدة كفرنبودة أمس.",
            [("airstrike", "russia", "")],
            id="joined-owner-adjectives-are-no-target",
        ),
        # the act a reference phrase tells (بعد ساعات من، رداً على) lends no owner (s16 hH5)
        pytest.param(
            "أغارت طائرات حربية بعد ظهر اليوم على خان شيخون، وذلك بعد ساعات من الضربة الأميركية "
            "على مطار الشعيرات.",
            [("airstrike", "unknown", "")],
            id="hours-after-the-american-strike-lends-no-owner",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على بلدة كفرنبل رداً على القصف التركي.",
            [("airstrike", "unknown", "")],
            id="in-reply-to-the-turkish-shelling-lends-no-owner",
        ),
        pytest.param(  # negative: the strike's own owner adjective, before the reference
            "شنت طائرات حربية روسية غارات على بلدة كفرنبل بعد ساعات من القصف التركي.",
            [("airstrike", "russia", "")],
            id="own-owner-before-the-reference-stays",
        ),
        pytest.param(  # negative: إثر before the strike tells its cause, not a reference
            "قتل ثلاثة مدنيين إثر غارة روسية على بلدة البارة.",
            [("airstrike", "russia", "civilians")],
            id="owner-after-ithr-of-the-strike-itself-stays",
        ),
        # a definite strike «، عقب ال…» with no town of its own is the strike referred to (s16 hR5)
        pytest.param(
            "قصفت طائرات حربية مدينة دوما، عقب الغارات الأميركية والبريطانية والفرنسية على مواقع "
            "النظام.",
            [("airstrike", "unknown", "")],
            id="s16-strikes-in-whose-wake-lend-no-owner",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على بلدة سراقب، وذلك في أعقاب القصف التركي على مواقع النظام.",
            [("airstrike", "unknown", "")],
            id="s16-shelling-in-whose-wake-lends-no-owner",
        ),
        pytest.param(  # negative: the referred strike at a town of its own stays its event
            "قصفت طائرات حربية مدينة دوما، وذلك عقب الضربات الأمريكية على مطار الشعيرات.",
            [("airstrike", "unknown", ""), ("airstrike", "usa", "")],
            id="s16-strike-in-whose-wake-at-its-own-place-stays",
        ),
        pytest.param(  # negative: the clash a withdrawal followed is no strike referred to
            "انسحبت قوات النظام من قرية خناصر، عقب الاشتباكات العنيفة مع التنظيم.",
            [("withdrawal", "syrian_regime", ""), ("clash", "syrian_regime", "isis")],
            id="s16-clashes-a-withdrawal-followed-stay",
        ),
    ],
)
def test_struck_side_is_no_aircraft_owner(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


# ---- opinions about an event; Tal al-Harah (session 4, helperB3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واعتبر محللون أن السيطرة على مدينة منبج تفتح الطريق أمام القوات نحو الرقة.",
            [],
            id="an-analyst-s-view-of-a-capture-is-no-capture",
        ),
        pytest.param(
            "ويرى مراقبون أن المعارك في مدينة حلب ستحسم مصير الشمال.",
            [],
            id="observers-view-of-a-battle-is-no-clash",
        ),
        pytest.param(
            "وقال المرصد إن الطائرات الحربية قصفت مدينة سراقب صباح اليوم.",
            [("airstrike", "Saraqib")],
            id="a-report-with-in-stays-an-event",
        ),
        pytest.param(
            "ورأى شهود عيان طائرات حربية تقصف مدينة سراقب صباح اليوم.",
            [("airstrike", "Saraqib")],
            id="witnesses-who-saw-a-strike-tell-the-event",
        ),
        pytest.param(
            "واعتبر الجيش المنطقة عسكرية مغلقة بعد أن قصفت المدفعية مدينة سراقب.",
            [("shelling", "Saraqib")],
            id="itabara-without-anna-declares-no-opinion",
        ),
        pytest.param(
            "واعتبرت الحكومة مدينة سراقب بعد أن قصفتها المدفعية منطقة منكوبة.",
            [("shelling", "Saraqib")],
            id="itabara-with-a-time-clause-keeps-the-shelling",
        ),
        pytest.param(
            "وسيطرت قوات النظام على تل الحارة بعد معارك مع فصائل المعارضة.",
            [("capture", "Al Harah"), ("clash", "Al Harah")],
            id="tal-al-harah-is-the-town-s-hill",
        ),
    ],
)
def test_opinions_about_an_event_are_no_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- a running total is no new event (session 4, helperB3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وبذلك يرتفع إلى 120 عدد المقاتلين الذين قتلوا في المعارك بين الطرفين في ريف حلب.",
            [],
            id="a-running-total-of-a-war-s-dead-is-no-clash",
        ),
        pytest.param(
            "وقتل أربعة مقاتلين في اشتباكات في مدينة الميادين، ليرتفع إلى 50 عدد الذين قضوا في"
            " الاقتتال بين الطرفين.",
            [("clash", "Al Mayadin")],
            id="the-event-before-the-running-total-stays",
        ),
        pytest.param(
            "وبذلك تمكنت قوات النظام من السيطرة على مدينة سراقب بعد معارك عنيفة.",
            [("capture", "Saraqib"), ("clash", "Saraqib")],
            id="bi-dhalika-without-a-rise-keeps-the-capture",
        ),
        pytest.param(
            "وقصفت الطائرات الحربية مدينة سراقب ليرتفع الدخان فوق المنازل.",
            [("airstrike", "Saraqib")],
            id="smoke-rising-is-no-running-total",
        ),
        pytest.param(
            "وارتفعت حدة الاشتباكات في مدينة سراقب منذ صباح اليوم.",
            [("clash", "Saraqib")],
            id="fighting-rising-in-intensity-stays-a-clash",
        ),
    ],
)
def test_a_running_total_is_no_new_event(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- a bare backdrop after رغم is no event (session 4, helperB3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وخرجت عشرات المظاهرات في ريف إدلب رغم القصف، أبرزها في مدينة سراقب.",
            [("protest", "Idlib")],
            id="protests-despite-the-shelling-tell-no-shelling",
        ),
        pytest.param(
            "وتقدمت الفصائل نحو مدينة سراقب رغم الغارات الجوية المكثفة التي شنتها الطائرات"
            " الروسية على المدينة.",
            [("airstrike", "Saraqib")],
            id="strikes-told-in-detail-after-despite-stay",
        ),
        pytest.param(
            "ورغم القصف المدفعي الذي استهدف مدينة سراقب صباح اليوم، عاد الأهالي إلى منازلهم.",
            [("shelling", "Saraqib")],
            id="a-described-shelling-after-despite-stays",
        ),
        pytest.param(
            "وعلى الرغم من أن الطائرات قصفت مدينة سراقب صباح اليوم، عاد الأهالي إلى منازلهم.",
            [("airstrike", "Saraqib")],
            id="despite-that-clause-tells-the-strike",
        ),
    ],
)
def test_a_bare_backdrop_after_despite_is_no_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واعتبر المرصد أن القصف الذي استهدف بلدة مورك أمس هو الأعنف منذ أشهر.",
            [("shelling", "Murak")],
            id="an-opinion-about-a-dated-event-keeps-it",
        ),
        pytest.param(
            "ويرى ناشطون أن قوات النظام قصفت بلدة مورك أمس بالبراميل المتفجرة.",
            [("airstrike", "Murak")],
            id="who-is-believed-to-have-struck-keeps-the-strike",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة مورك أمس. واعتبر المرصد أن القصف على مورك هو الأعنف منذ أشهر.",
            [("shelling", "Murak")],
            id="an-opinion-about-the-event-told-before-adds-none",
        ),
    ],
)
def test_opinions_keep_a_dated_act(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- events and places (session 5, tunerB)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وفي قضاء بيجي، شمال تكريت، قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة أثناء"
            " تفتيشهم أحد المنازل، أمس الأحد، بحسب مصدر طبي في مستشفى الموصل العام.",
            [("bombing", "Bayji")],
            id="a-source-seat-after-according-to-is-no-event-place",
        ),
        pytest.param(
            "وفي بلدة مورك، شمال حماة، قتل مدنيان بقصف مدفعي أثناء عودتهم إلى منازلهم، أمس،"
            " نقلاً عن مصدر طبي في مستشفى حماة الوطني.",
            [("shelling", "Murak")],
            id="a-source-seat-after-quoting-is-no-event-place",
        ),
        pytest.param(
            "بحسب مصدر محلي، قتل مدنيان بقصف مدفعي على مدينة حماة أمس.",
            [("shelling", "Hamah")],
            id="a-place-after-the-sources-clause-stays",
        ),
        pytest.param(
            "وقصفت قوات النظام مدينة حماة أمس بحسب ما أفاد ناشطون.",
            [("shelling", "Hamah")],
            id="according-to-without-a-seat-keeps-the-place",
        ),
        pytest.param(
            "قتل مدنيان بقصف مدفعي على بلدة مورك أمس، بحسب مصدر محلي، ونزح الأهالي إلى مدينة حماة.",
            [("shelling", "Murak")],
            id="a-place-after-the-sources-comma-is-no-seat",
        ),
    ],
)
def test_source_seat_is_no_event_place(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- actors: Iraqi statements' names for ISIS as a struck side (session 5, tunerA)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # criminal gangs are ordinary crime far more often than ISIS: no side
            "نفذ طيران التحالف الدولي ضربات استهدفت تجمعات للعصابات الإجرامية قرب مدينة الموصل أمس.",
            [("airstrike", "coalition", "")],
            id="criminal-gangs-are-no-armed-side",
        ),
        pytest.param(  # the reviewer's probes J1 and J6 (session 5)
            "اعتقلت قوات الشرطة في البصرة أمس ثلاثة من أفراد العصابات الإجرامية المتخصصة بالخطف"
            " والسطو المسلح.",
            [("arrest", "iraqi_security_forces", "")],
            id="police-arresting-members-of-criminal-gangs",
        ),
        pytest.param(  # negative: what a unit specialises in is no act of its own
            "وصلت أمس إلى مدينة الرمادي قوة متخصصة بعمليات الدهم والاعتقال لملاحقة خلايا التنظيم.",
            [],
            id="a-unit-specialised-in-raids-is-no-event",
        ),
        pytest.param(  # the act after the description still counts
            "خطف مسلحون مجهولون تاجراً أمس في مدينة البصرة، وقالت الشرطة إن عصابة متخصصة بالخطف"
            " تقف وراء العملية.",
            [("abduction", "unknown", "civilians")],
            id="a-gang-specialised-in-kidnapping-and-its-kidnapping",
        ),
        pytest.param(
            "قصفت المدفعية العراقية مواقع العناصر الإرهابية قرب قضاء تلعفر أمس.",
            [("shelling", "iraqi_army", "isis")],
            id="terrorist-elements-are-the-side-struck",
        ),
        pytest.param(  # negative: a warning about gangs is no event
            "حذر المحافظ أمس من عصابات إجرامية تسرق المواشي في ريف الحسكة.",
            [],
            id="a-warning-about-criminal-gangs-is-no-event",
        ),
        pytest.param(  # negative: a call to pursue them is no event
            "دعا وزير الداخلية أمس إلى ملاحقة العناصر الإرهابية في بادية الأنبار.",
            [],
            id="a-call-to-pursue-terrorist-elements-is-no-event",
        ),
        pytest.param(  # negative: one criminal gang is no armed side
            "اعتقلت الشرطة أمس أفراد عصابة إجرامية لسرقة السيارات في حي المنصور ببغداد.",
            [("arrest", "iraqi_security_forces", "")],
            id="a-single-criminal-gang-is-no-side",
        ),
        pytest.param(  # negative: an accusation in a later clause leaves the struck side
            "قصفت قوات النظام أمس مواقع الفصائل في بلدة اللطامنة، واتهمت وكالة سانا العناصر"
            " الإرهابية بخرق الهدنة.",
            [("shelling", "syrian_regime", "syrian_opposition")],
            id="an-accusation-of-terrorist-elements-leaves-the-struck-factions",
        ),
    ],
)
def test_iraqi_names_for_isis_as_struck_side(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


# ---- dates and figures (session 5, tunerC)
ACCOMPANIED_STRIKE = (
    "شن الطيران الحربي غارات على بلدة كفرنبل، ترافقت مع اشتباكات عنيفة بين قوات النظام"
    " وفصائل المعارضة في محيط البلدة، ما أدى لمقتل "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ACCOMPANIED_STRIKE + "5 عناصر من قوات النظام.",
            [("airstrike", None), ("clash", 5)],
            id="fighters-of-a-side-the-accompanying-clash-names-fell-in-the-clash",
        ),
        pytest.param(
            ACCOMPANIED_STRIKE + "4 مدنيين.",
            [("airstrike", 4), ("clash", None)],
            id="civilian-dead-stay-with-the-strike",
        ),
        pytest.param(
            ACCOMPANIED_STRIKE + "3 عناصر من تنظيم داعش.",
            [("airstrike", 3), ("clash", None)],
            id="dead-of-a-side-the-clash-does-not-name-stay-with-the-strike",
        ),
        pytest.param(
            ACCOMPANIED_STRIKE + "6 أشخاص.",
            [("airstrike", 6), ("clash", None)],
            id="dead-of-no-side-stay-with-the-strike",
        ),
        pytest.param(
            "قصفت قوات النظام مواقع لفصائل المعارضة في بلدة كفرنبل، بالتزامن مع اشتباكات بين"
            " قوات النظام وفصائل المعارضة على أطرافها، ما أدى لمقتل 5 عناصر من فصائل المعارضة.",
            [("shelling", 5), ("clash", None)],
            id="dead-of-the-side-the-strike-targets-stay-with-the-strike",
        ),
    ],
)
def test_dead_fighters_of_an_accompanying_clash(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.fatalities) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل خمسة مدنيين بقصف بطائرة مسيرة تركية استهدف سيارة في بلدة كوباني أمس، في ثالث"
            " هجوم من نوعه على المنطقة خلال أسبوع.",
            [("airstrike", "Ayn al-Arab (Kobani)")],
            id="in-the-third-attack-of-its-kind-is-the-strike-told",
        ),
        pytest.param(
            "قتل خمسة مدنيين بقصف بطائرة مسيرة تركية استهدف سيارة في بلدة كوباني أمس، في الهجوم"
            " الثاني من نوعه على المنطقة.",
            [("airstrike", "Ayn al-Arab (Kobani)")],
            id="in-the-second-attack-of-its-kind-is-the-strike-told",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة مورك أمس. ونفذت طائرة مسيرة أول هجوم من نوعه على مطار القامشلي.",
            [("shelling", "Murak"), ("airstrike", "Al Qamishli")],  # a drone's attack (session 8)
            id="a-first-attack-of-its-kind-told-alone-stays",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة مورك أمس، ونفذ التنظيم ثاني هجوم من نوعه على مطار القامشلي.",
            [("shelling", "Murak"), ("clash", "Al Qamishli")],
            id="an-attack-of-its-kind-with-its-own-verb-stays",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة مورك أمس. وشن مسلحون هجوماً هو الأول من نوعه على حاجز في"
            " مدينة حماة.",
            [("shelling", "Murak"), ("clash", "Hamah")],
            id="an-attack-that-is-the-first-of-its-kind-stays",
        ),
    ],
)
def test_an_attack_of_its_kind_after_the_event_is_no_new_one(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- events and places (session 5, tunerB), continued
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انسحب عناصر داعش من مدينة الطبقة باتجاه مدينة الرقة، واقتادوا معهم عشرات المدنيين.",
            [("withdrawal", "Al-Tabqa"), ("abduction", "Al-Tabqa")],
            id="where-the-withdrawing-side-headed-is-not-in-focus",
        ),
        pytest.param(
            "تقدمت قوات درع الفرات باتجاه مدينة الباب أمس. واندلعت اشتباكات عنيفة مع داعش.",
            [("clash", "Al Bab")],
            id="where-an-advancing-side-headed-stays-in-focus",
        ),
        pytest.param(
            "وصلت تعزيزات لقوات النظام إلى مدينة الباب، واندلعت اشتباكات عنيفة مع داعش.",
            [("clash", "Al Bab")],
            id="a-town-reached-stays-in-focus",
        ),
        pytest.param(
            "انسحب عناصر التنظيم أمس. وتقدمت قوات سوريا الديمقراطية نحو مدينة الرقة، واندلعت"
            " اشتباكات عنيفة مع داعش.",
            [("withdrawal", None), ("clash", "Ar Raqqah")],
            id="a-withdrawal-in-an-earlier-sentence-leaves-the-heading-in-focus",
        ),
    ],
)
def test_where_a_withdrawing_side_headed_is_not_in_focus(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location or None) for e in run(extractor, text)] == expected


# ---- dates and figures (session 5, tunerC, continued)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قالت مصادر محلية إن 12 مدنياً قتلوا بقصف على بلدة كفرنبل أمس، بينما ذكر المرصد"
            " أن 15 مدنياً قتلوا.",
            [("shelling", 12)],
            id="a-rival-sources-count-is-not-added",
        ),
        pytest.param(
            "قتل 33 مدنياً في غارات على بلدة كفرنبل أمس، في حين قال ناشطون إن عدد القتلى بلغ 40.",
            [("airstrike", 33)],
            id="a-rival-number-of-the-dead-is-no-toll-and-not-added",
        ),
        pytest.param(
            "قالت مصادر طبية إن 20 نازحاً قتلوا في غارات على مخيم قرب بلدة كفرنبل أمس.",
            [("airstrike", 20)],
            id="displaced-people-counted-before-the-killing-verb",
        ),
        pytest.param(
            "قتل 5 مدنيين بقصف على بلدة كفرنبل أمس، فيما قالت مصادر إن 3 عناصر من قوات النظام"
            " قتلوا باشتباكات في بلدة مورك.",
            [("shelling", 5), ("clash", 3)],
            id="a-while-clause-telling-its-own-event-keeps-its-dead",
        ),
        pytest.param(
            "قتل 4 مدنيين بقصف على بلدة كفرنبل أمس، في حين قال مسؤول إن القصف دمر 3 منازل.",
            [("shelling", 4)],
            id="a-while-clause-counting-houses-adds-no-dead",
        ),
        pytest.param(
            "وصل 300 نازح إلى بلدة كفرنبل أمس هرباً من الغارات التي قتلت 4 مدنيين.",
            [("airstrike", 4)],
            id="displaced-people-arriving-are-no-dead",
        ),
        pytest.param(
            "قتل 3 مدنيين بقصف على بلدة كفرنبل أمس، وأجبر القصف 200 لاجئ على الفرار.",
            [("shelling", 3)],
            id="refugees-forced-to-flee-are-no-dead",
        ),
    ],
)
def test_rival_counts_and_displaced_dead(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.fatalities) for e in run(extractor, text)] == expected


# ---- dates and figures (session 5, tunerC, continued)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وصلت جثامين سبعة من عناصر قوات النظام قتلوا في هجوم على بلدة مورك أمس إلى المشفى.",
            # soldiers killed in an attack: a clash (codebook §2); the hospital the bodies reached
            # is no civilian target (session 16, hH5; was "attack")
            [("clash", 7, None)],
            id="the-bodies-of-seven-are-seven-dead",
        ),
        pytest.param(
            "عثر صباح اليوم على جثة لاجئة عراقية في مخيم الهول مقتولة بطلق ناري في الرأس.",
            [("attack", 1, None)],
            id="the-body-of-a-refugee-is-one-dead",
        ),
        pytest.param(
            "أصيبت نازحة بجروح بقصف على بلدة كفرنبل أمس.",
            [("shelling", None, 1)],
            id="a-displaced-woman-wounded-is-one-wounded",
        ),
        pytest.param(
            "عادت نازحة إلى بلدة كفرنبل أمس بعد قصف قتل 3 مدنيين.",
            [("shelling", 3, None)],
            id="a-displaced-woman-returning-is-no-dead",
        ),
        pytest.param(
            "التقى الوفد بنازحة ولاجئة في بلدة كفرنبل أمس بعد قصف قتل مدنيين اثنين.",
            [("shelling", 2, None)],
            id="people-met-are-no-dead",
        ),
        pytest.param(
            "سلمت السلطات جثامين ثلاثة مقاتلين قتلوا قبل عامين في معارك ببلدة مورك.",
            [],
            id="bodies-handed-over-years-later-make-no-event",
        ),
    ],
)
def test_bodies_and_displaced_victims(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.fatalities, e.injured) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واصلت فصائل المعارضة تقدمها في ريف القنيطرة الشمالي الغربي، ودخلت فجراً بلدة الحارة"
            " والتلال القريبة منها، بعد قصف مدفعي عنيف.",
            [("capture", "Al Harah"), ("shelling", "Al Harah")],
            id="a-direction-adjective-before-a-comma-locates-no-next-town",
        ),
        pytest.param(
            "واندلعت اشتباكات عنيفة بين قوات النظام وداعش في البادية السورية جنوب شرقي مدينة السخنة.",
            [("clash", "As Sukhnah", 2)],
            id="a-direction-locator-without-a-comma-still-locates",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة اللطامنة في ريف حماة الشمالي، واستهدفت بلدة مورك بالمدفعية.",
            [("shelling", "Al Lataminah", 1), ("shelling", "Murak", 1)],
            id="a-comma-after-a-countryside-keeps-both-towns",
        ),
    ],
)
def test_a_comma_ends_a_direction_locator(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.location, e.geo_precision) for e in run(extractor, text)]
    assert [g[: len(x)] for g, x in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت الفصائل أمس على مدينة سراقب الاستراتيجية في محافظة إدلب بعد معارك عنيفة مع"
            " قوات النظام.",
            [("capture", "Saraqib"), ("clash", "Saraqib")],
            id="a-province-locating-the-town-before-the-cue-yields-to-the-town",
        ),
        pytest.param(
            "سيطرت الفصائل أمس على مدينة سراقب، وفي محافظة إدلب اندلعت معارك عنيفة مع قوات النظام.",
            [("capture", "Saraqib"), ("clash", "Idlib")],
            id="a-province-after-a-comma-is-its-own-place",
        ),
        pytest.param(
            "سيطرت الفصائل أمس على مدينة سراقب وفي محافظة حماة بعد معارك عنيفة مع قوات النظام.",
            [("capture", "Saraqib"), ("clash", "Hama")],
            id="a-province-joined-by-and-is-its-own-place",
        ),
        pytest.param(
            "تقدمت الفصائل أمس في محافظة إدلب بعد معارك عنيفة مع قوات النظام.",
            [("clash", "Idlib")],
            id="a-province-alone-stays",
        ),
    ],
)
def test_a_province_locating_a_town_yields_to_it(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت عبوة ناسفة صباح اليوم على دورية للشرطة في قضاء الدبس.",
            [("bombing", "Dibis")],
            id="the-dibis-district-is-a-place",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة قرب معمل الدبس في مدينة كركوك صباح اليوم.",
            [("bombing", "Kirkuk")],
            id="molasses-factory-is-no-place",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة صباح اليوم في سوق الدبس والتمور وسط مدينة كركوك.",
            [("bombing", "Kirkuk")],
            id="molasses-market-is-no-place",
        ),
    ],
)
def test_dibis_only_with_its_class_noun(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل عشرة عناصر من قوات النظام بهجوم استهدف حافلتهم على الطريق الواصل بين حمص وتدمر"
            " في البادية السورية، قرب قرية الفرقلس أمس.",
            [("clash", "Al Furqlus", 2)],
            id="a-village-near-the-road-is-the-spot-on-it",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة على الطريق الواصل بين القامشلي وعامودا، قرب قرية تل حميس أمس.",
            [("bombing", "Tall Hamis", 2)],
            id="a-village-near-the-road-after-a-comma",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة على الطريق الواصل بين القامشلي وعامودا، وقتل مدنيان قرب قرية تل"
            " حميس أمس.",
            [("bombing", "Al Qamishli", 2)],
            id="a-next-clause-with-its-own-verb-is-no-spot-on-the-road",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة على الطريق الواصل بين القامشلي وعامودا، في ريف الحسكة أمس.",
            [("bombing", "Al Qamishli", 2)],
            id="a-province-after-the-road-is-no-spot-on-it",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة على الطريق الواصل بين القامشلي وعامودا صباح اليوم، قرب حاجز للأسايش.",
            [("bombing", "Al Qamishli", 2)],
            id="an-unnamed-checkpoint-near-the-road-keeps-the-road",
        ),
    ],
)
def test_a_town_near_a_road_is_the_spot_on_it(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location, e.geo_precision) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات سوريا الديمقراطية على قرية الكرامة أمس، في إطار هجوم يهدف إلى عزل مدينة"
            " الرقة.",
            ["capture"],
            id="the-offensive-an-event-is-part-of-is-no-clash",
        ),
        pytest.param(
            "في إطار الهجوم الواسع على مدينة الرقة، قصفت طائرات التحالف مواقع داعش في الطبقة أمس.",
            ["airstrike"],
            id="the-offensive-framing-a-strike-is-no-clash",
        ),
        pytest.param(
            "وأكد المصدر أن المحادثات تجري في إطار الاتفاق، فيما اندلعت اشتباكات عنيفة في مدينة"
            " الرقة أمس.",
            ["clash"],
            id="a-clash-after-an-unrelated-framework-stays",
        ),
        pytest.param(
            "في إطار زيارته إلى المنطقة، تعرض موكب المسؤول لهجوم مسلح في مدينة الرقة أمس.",
            ["clash"],
            id="an-attack-told-after-a-framing-visit-stays",
        ),
        pytest.param(
            "في إطار عملية غصن الزيتون، سيطرت القوات التركية أمس على مدينة جنديرس.",
            ["capture"],
            id="a-capture-after-a-named-operation-stays",
        ),
    ],
)
def test_the_framework_of_an_offensive_is_no_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [e.action for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "دخل مسلحو داعش بلدة العلم مساء الاثنين وأحرقوا مبنى البلدية، ثم انسحبوا منها صباح أمس"
            " بعد وساطة عشائرية.",
            ["capture", "withdrawal"],
            id="a-retreat-with-its-own-day-is-a-withdrawal",
        ),
        pytest.param(
            "هاجم مسلحو داعش حاجزاً للجيش في بلدة العلم، ثم انسحبوا باتجاه الصحراء.",
            ["clash"],
            id="an-undated-retreat-after-an-attack-stays-no-withdrawal",
        ),
        pytest.param(
            "هاجم مسلحو داعش أمس حاجزاً للجيش في بلدة العلم، ثم انسحبوا منها.",
            ["clash"],
            id="the-attacks-day-before-the-retreat-makes-no-withdrawal",
        ),
        pytest.param(
            "هاجم مسلحو داعش أمس حاجزاً للجيش في بلدة العلم، قبل أن ينسحبوا باتجاه الصحراء.",
            ["clash"],
            id="a-retreat-before-which-stays-no-withdrawal",
        ),
    ],
)
def test_a_dated_retreat_is_a_withdrawal(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- places: outlets named after a place (session 5)
@pytest.mark.parametrize(
    ("text", "location"),
    [
        pytest.param(
            "كركوك - بغداد اليوم\nأفاد مصدر في الشرطة لـ(بغداد اليوم) بأن مسلحين من داعش هاجموا"
            " مساء أمس نقطة للجيش في قضاء الحويجة.",
            "Al Hawijah",
            id="an-outlet-named-after-baghdad-is-no-place",
        ),
        pytest.param(
            "وقالت مصادر أهلية لشبكة درعا 24 إن مسلحين اغتالوا عنصراً سابقاً في الفصائل بمدينة طفس.",
            "Tafas",
            id="an-outlet-named-after-daraa-is-no-place",
        ),
        pytest.param(
            "سقطت ثلاث قذائف هاون على بغداد اليوم دون أن تسفر عن إصابات.",
            "Baghdad",
            id="a-town-and-today-is-no-outlet",
        ),
        pytest.param(
            "قصفت طائرات حربية أحياء حلب اليوم الأحد، وقال ناشطون إن ثلاثة مدنيين قتلوا.",
            "Aleppo",
            id="aleppo-today-in-a-sentence-is-the-town",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على دمشق الآن ما أدى إلى مقتل ثلاثة مدنيين.",
            "Damascus",
            id="damascus-now-in-a-sentence-is-the-town",
        ),
    ],
)
def test_outlet_names_are_no_places(extractor: Extractor, text: str, location: str) -> None:
    assert [e.location for e in run(extractor, text)] == [location]


# ---- actors: the side a capture was fought with (session 5)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "استعادت القوات الحكومية أمس بلدة الصالحية بعد اشتباكات عنيفة مع عناصر تنظيم داعش.",
            [("syrian_regime", "isis")],
            id="a-capture-after-clashes-with-a-side-takes-it-as-loser",
        ),
        pytest.param(
            "سيطرت قوات النظام أمس على بلدة كفرزيتا، فيما تدور معارك مع هيئة تحرير الشام قرب"
            " اللطامنة.",
            [("syrian_regime", "")],
            id="a-fight-in-another-clause-names-no-loser",
        ),
        pytest.param(
            "دخلت قوات سوريا الديمقراطية أمس بلدة الشدادي بعد معارك مع وحدات حماية الشعب.",
            [("sdf", "")],
            id="a-fight-beside-its-own-family-names-no-loser",
        ),
        pytest.param(
            "سيطرت قوات النظام أمس على بلدة كفرزيتا بعد انسحاب المدنيين منها.",
            [("syrian_regime", "")],
            id="civilians-leaving-are-no-loser",
        ),
        pytest.param(
            "سيطرت فصائل المعارضة، صباح اليوم، على بلدة مورك، بعد انسحاب قوات النظام منها.",
            [("syrian_opposition", "syrian_regime")],
            id="the-side-that-withdrew-after-a-comma-lost-the-town",
        ),
        pytest.param(
            "سيطرت قوات النظام أمس على بلدة كفرزيتا، وقصفت الطائرات بلدة اللطامنة بعد معارك مع"
            " هيئة تحرير الشام.",
            [("syrian_regime", "")],
            id="a-fight-after-another-coordinated-clause-names-no-loser",
        ),
        pytest.param(
            "سيطرت قوات النظام أمس على بلدة كفرزيتا التي عرفت في الماضي معارك مع تنظيم داعش.",
            [("syrian_regime", "")],
            id="a-fight-in-a-relative-clause-names-no-loser",
        ),
        pytest.param(
            "سيطرت قوات النظام أمس على التلة، بعد انسحاب طائرات التحالف من الأجواء.",
            [("syrian_regime", "")],
            id="aircraft-leaving-the-sky-are-no-loser",
        ),
    ],
)
def test_capture_loser_fought_with(extractor: Extractor, text: str, actors: list) -> None:
    got = [(e.actor1, e.actor2) for e in run(extractor, text) if e.action == "capture"]
    assert got == actors


# ---- events missed or invented on unseen text (session 5, r2events)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأفاد شهود بأن قناصة مجهولين اعتلوا سطح بناية مطلة على ساحة الطيران في بغداد"
            " وأطلقوا النار على المحتجين.",
            # no air strike; unknown snipers firing on the protesters are an attack (session 17,
            # hE6: dev12 009 gold codes this very sentence attack unknown/protesters; was protest)
            ["attack"],
            id="a-square-named-after-aviation-is-no-aircraft",
        ),
        pytest.param(
            "استهدفت قوات النظام بالمدفعية الثقيلة أمس محيط كلية المدفعية في حلب.",
            ["shelling"],
            id="a-school-named-after-artillery-leaves-the-real-platform",
        ),
        pytest.param(
            "قصف الطيران الحربي أمس محيط جسر الشغور.",
            ["airstrike"],
            id="a-bridge-word-before-a-town-keeps-the-aircraft",
        ),
        pytest.param(
            "تجمع العشرات من الأهالي أمس أمام مبنى المحافظة في البصرة احتجاجاً على انقطاع الكهرباء.",
            ["protest"],
            id="a-crowd-gathering-in-protest-is-a-protest",
        ),
        pytest.param(
            "احتشد المئات أمس أمام مبنى البرلمان في بغداد للمطالبة بإقالة الحكومة.",
            ["protest"],
            id="a-crowd-gathering-to-demand-is-a-protest",
        ),
        pytest.param(
            "تجمع العشرات من عناصر الجيش أمس أمام مقر الفرقة في الموصل.",
            [],
            id="troops-gathering-are-no-protest",
        ),
        pytest.param(
            "تجمع المئات من النازحين أمس في مخيم الهول بانتظار توزيع المساعدات.",
            [],
            id="displaced-waiting-are-no-protest",
        ),
        pytest.param(
            "تجمع مقاتلو التنظيم أمس في ساحة البلدة رافعين رايات سوداء في مدينة الرقة.",
            [],
            id="fighters-raising-flags-are-no-protest",
        ),
    ],
)
def test_r2events_platform_places_and_gatherings(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [e.action for e in run(extractor, text)] == expected


def test_r2events_two_vigils_in_two_towns(extractor: Extractor) -> None:
    text = "شهدت مدينتا الحلة والكوت أمس وقفتين احتجاجيتين ضد الفساد."
    assert [(e.action, e.location) for e in run(extractor, text)] == [
        ("protest", "Al Hillah"),
        ("protest", "Al-Kut"),
    ]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        pytest.param(
            "دخلت قوات النظام بلدة الجيزة، بعد اشتباكات مع الفصائل استمرت منذ مساء أمس، قتل"
            ' خلالها ثلاثة عناصر من "جيش اليرموك".',
            ["Al Jizah", "Al Jizah"],
            id="a-unit-named-after-a-place-is-no-place",
        ),
        pytest.param(
            "قصفت قوات النظام مخيم اليرموك بقذائف الهاون ما أدى إلى مقتل مدنيين.",
            ["Yarmouk camp"],
            id="the-camp-after-its-class-noun-stays-a-place",
        ),
        pytest.param(
            "قصف الجيش اليرموك بقذائف المدفعية ما أدى إلى مقتل مدنيين.",
            ["Yarmouk camp"],
            id="the-definite-army-before-a-place-is-no-unit-name",
        ),
        pytest.param(
            "قصف جيش النظام بلدة صيدا بقذائف المدفعية ما أدى إلى مقتل مدنيين.",
            ["Sayda"],
            id="an-army-of-a-side-before-a-place-is-no-unit-name",
        ),
    ],
)
def test_unit_names_hold_no_place(extractor: Extractor, text: str, locations: list) -> None:
    assert [e.location for e in run(extractor, text)] == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        pytest.param(
            "قتل مدنيان بقصف تركي بقذائف الهاون استهدف حي الهلالية في مدينة قامشلي.",
            ["Al Qamishli"],
            id="qamishli-without-its-article-is-the-town",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة تركية محطة السويدية للغاز في ريف ديريك، ما أدى إلى خروجها عن"
            " الخدمة.",
            ["Al-Suwaydiyah gas plant"],
            id="the-suwaydiyah-gas-plant-is-a-place",
        ),
        pytest.param(
            "قالت الحكومة السويدية إن طائرات حربية قصفت بلدة سرمدا ما أدى إلى مقتل مدنيين.",
            ["Sarmada"],
            id="swedish-is-no-place",
        ),
    ],
)
def test_place_names_of_north_east_syria(extractor: Extractor, text: str, locations: list) -> None:
    assert [e.location for e in run(extractor, text)] == locations


# ---- events missed or invented on unseen text (session 5, r2events), part 2: fighters evacuated
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "بدأ أمس خروج المسلحين من مدينة داريا باتجاه إدلب.",
            ["withdrawal"],
            id="the-fighters-leaving-a-town-is-a-withdrawal",
        ),
        pytest.param(
            "أنهت السلطات أمس إخراج مسلحي جيش الإسلام من مدينة دوما.",
            ["withdrawal"],
            id="getting-the-fighters-out-is-a-withdrawal",
        ),
        pytest.param(
            "وقال مصدر إن ٩٠٠ مسلح خرجوا أمس على متن ٦٠ حافلة من بلدة مضايا.",
            ["withdrawal"],
            id="fighters-leaving-on-buses-is-a-withdrawal",
        ),
        pytest.param(
            "بدأ أمس خروج المدنيين من مدينة داريا باتجاه دمشق.",
            [],
            id="civilians-leaving-are-no-withdrawal",
        ),
        pytest.param(
            "خرجت العائلات أمس على متن حافلات من بلدة مضايا إلى دمشق.",
            [],
            id="families-on-buses-are-no-withdrawal",
        ),
        pytest.param(
            "تحدث القيادي عن خروج الفصائل على وسائل الإعلام في إدلب.",
            [],
            id="the-factions-appearing-in-the-media-is-no-withdrawal",
        ),
        pytest.param(
            "خرج مقاتلو الفصائل أمس لصد هجوم قوات النظام على بلدة اللطامنة.",
            ["clash"],
            id="fighters-going-out-to-repel-is-no-withdrawal",
        ),
        pytest.param(
            "تظاهر الأهالي أمس في مدينة دوما مطالبين بخروج المسلحين منها.",
            ["protest"],
            id="a-demand-that-fighters-leave-is-no-withdrawal",
        ),
    ],
)
def test_r2events_fighters_evacuated(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- fighters counted or told by batch leaving under a deal, and غادر (session 15, hZ)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وخرج المئات من مقاتلي المعارضة وعائلاتهم من حي الوعر باتجاه الشمال بموجب اتفاق"
            " التسوية.",
            [("withdrawal", "syrian_opposition", "Homs")],
            id="hundreds-of-the-rebels-leaving-a-district-withdraw",
        ),
        pytest.param(
            "وخرجت أول دفعة من مقاتلي فيلق الرحمن من بلدة عربين باتجاه إدلب.",
            [("withdrawal", "faylaq_al_rahman", "Irbin")],
            id="the-first-batch-of-a-faction-withdraws",
        ),
        pytest.param(
            "خرج آخر مقاتلي جيش الإسلام من مدينة دوما باتجاه الشمال السوري.",
            [("withdrawal", "jaysh_al_islam", "Duma")],
            id="the-last-fighters-of-a-faction-withdraw",
        ),
        pytest.param(
            "غادر مقاتلو المعارضة أحياء حمص القديمة بموجب اتفاق مع قوات النظام.",
            [("withdrawal", "syrian_opposition", "Homs")],
            id="fighters-who-left-a-town-told-with-ghadar-withdraw",
        ),
        pytest.param(
            "وغادر عناصر تنظيم داعش مدينة الطبقة باتجاه الرقة بعد اتفاق مع قوات سوريا الديمقراطية.",
            [("withdrawal", "isis", "Al-Tabqa")],
            id="isis-members-who-left-a-town-withdraw",
        ),
        pytest.param(
            "خرج المئات من المقاتلين من مدينة دوما لمهاجمة مواقع قوات النظام في حرستا.",
            [],
            id="hundreds-going-out-to-attack-do-not-withdraw",
        ),
        pytest.param(
            "غادر آلاف المقاتلين الأجانب بلدانهم للقتال في صفوف تنظيم داعش.",
            [],
            id="foreign-fighters-leaving-their-countries-do-not-withdraw",
        ),
        pytest.param(
            "خرجت الدفعة الأولى من المقاتلين من معسكر التدريب بعد انتهاء الدورة.",
            [],
            id="a-batch-leaving-a-training-camp-does-not-withdraw",
        ),
        pytest.param(
            "خرجت دفعة من المدنيين والجرحى من أحياء حلب الشرقية.",
            [],
            id="a-batch-of-civilians-does-not-withdraw",
        ),
        pytest.param(
            "من المقرر أن يخرج المئات من المقاتلين من داريا خلال الأيام المقبلة.",
            [],
            id="a-planned-exit-is-no-withdrawal",
        ),
        pytest.param(
            "يتوقع أن يغادر مقاتلو المعارضة مدينة داريا غداً.",
            [],
            id="an-expected-exit-is-no-withdrawal",
        ),
    ],
)
def test_s15_fighters_counted_or_batched_leaving(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2017, 5, 10))
    assert [(e.action, e.actor1, e.location) for e in got] == expected


def test_s15_the_last_batch_leaving_is_the_event_its_headline_tells(extractor: Extractor) -> None:
    """آخر دفعة is the last batch, not «another» one: the headline and the body are one exit."""
    text = "\n".join(
        [
            "خروج آخر دفعة من مقاتلي داريا",
            "خرجت آخر دفعة من مقاتلي الجيش الحر والمدنيين من مدينة داريا في ريف دمشق الغربي،"
            " مساء الجمعة 26 آب، باتجاه محافظة إدلب، بموجب اتفاق مع النظام السوري.",
            "ودخلت قوات الأسد المدينة عقب خروج المقاتلين، بعد حصار استمر أربع سنوات.",
        ]
    )
    got = only(run(extractor, text, dt.date(2016, 8, 27)), "withdrawal")
    assert [(e.actor1, e.location, str(e.event_date)) for e in got] == [
        ("syrian_opposition", "Darayya", "2016-08-26")
    ]


# ---- figures: a first count replaced by the new one (session 5, r2actors)
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        pytest.param(
            "قتل 15 شخصاً بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر أمس، بحسب مصدر أمني، بعد"
            " أن كانت مصادر طبية قد تحدثت عن 9 قتلى.",
            [(15, None)],
            id="an-earlier-count-after-bad-an-kanat-is-replaced",
        ),
        pytest.param(
            "قتل 3 عناصر من الشرطة في هجوم مسلح على حاجز في قضاء الطارمية أمس بعد أن كان 6 آخرون"
            " قد أصيبوا بجروح.",
            [(3, 6)],
            id="a-count-of-another-kind-is-kept",
        ),
        pytest.param(
            "قتل 7 مدنيين وأصيب 10 آخرون في قصف على بلدة كفرنبل أمس بعد أن كانوا قد عادوا إليها"
            " قبل أسبوع.",
            [(7, 10)],
            id="bad-an-kanu-with-no-count-changes-nothing",
        ),
        pytest.param(
            "قتل مدنيان في قصف على بلدة كفرنبل أمس بعد أن كان 4 مدنيين قد قتلوا في قصف مماثل على"
            " بلدة حاس.",
            [(6, None)],
            id="a-count-told-with-its-own-strike-and-town-is-not-replaced",
        ),
    ],
)
def test_superseded_counts(extractor: Extractor, text: str, figures: list) -> None:
    assert [(e.fatalities, e.injured) for e in run(extractor, text)] == figures


# ---- events missed or invented on unseen text (session 5, r2events), part 3: rocket attacks
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تعرضت قاعدة عين الأسد أمس لهجوم بـ١٠ صواريخ نوع غراد.",
            ["shelling"],
            id="an-attack-with-counted-rockets-is-one-shelling",
        ),
        pytest.param(
            "تعرض مطار أربيل أمس لهجوم بقذائف الهاون.",
            ["shelling"],
            id="an-attack-with-mortar-rounds-is-one-shelling",
        ),
        pytest.param(
            "شن التنظيم أمس هجوماً بالدبابات والمدرعات على بلدة مارع.",
            ["clash"],
            id="an-attack-with-tanks-stays-a-ground-assault",
        ),
        pytest.param(
            "تعرضت بلدة مارع أمس لهجوم واسع من التنظيم.",
            ["clash"],
            id="an-attack-with-no-means-stays-a-clash",
        ),
        pytest.param(
            "هاجم مسلحو التنظيم أمس بلدة مارع بعشرات المقاتلين.",
            ["clash"],
            id="an-attack-with-counted-fighters-stays-a-clash",
        ),
    ],
)
def test_r2events_rocket_attacks(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- actors: a backer told inside "between X and Y" is no side (session 5, r2actors)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "اندلعت اشتباكات عنيفة أمس بين قوات الجيش العراقي، تساندها قوات الحشد الشعبي، ومسلحي"
            " تنظيم داعش في قضاء الطارمية.",
            [("iraqi_army", "isis", "pmf")],
            id="a-backer-between-commas-is-a-partner-not-the-second-side",
        ),
        pytest.param(
            "دارت أمس اشتباكات في بادية السخنة بين عناصر من لواء القدس المدعوم من روسيا وخلايا"
            " تابعة لتنظيم داعش.",
            [("liwa_al_quds", "isis", "russia")],
            id="a-side-backed-by-a-state-keeps-its-opponent",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة المدعومة من تركيا في بلدة"
            " النيرب.",
            [("syrian_regime", "sna", "")],
            id="a-backer-after-the-second-side-changes-nothing",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة أمس بين قوات الحشد الشعبي ومسلحي تنظيم داعش في قضاء الطارمية.",
            [("pmf", "isis", "")],
            id="two-sides-with-no-backer-stay",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة أمس بين قوات سوريا الديمقراطية وعناصر من الجيش الوطني السوري"
            " المدعوم من تركيا قرب مدينة منبج.",
            [("sdf", "sna", "turkey")],
            id="the-backer-of-the-second-side-is-no-side",
        ),
        # the side of «بين X و Y» said to attack in the same clause is actor1 (§4; s16 hR5)
        pytest.param(
            "تتواصل الاشتباكات بين قسد وعناصر التنظيم في محيط بلدة الهول منذ أن شنّ التنظيم هجوماً"
            " على مواقعها.",
            [("isis", "sdf", "")],
            id="s16-the-second-side-that-launched-the-attack-is-actor1",
        ),
        pytest.param(
            "اندلعت اشتباكات بين الجيش العراقي ومسلحي داعش في قضاء حديثة إثر هجوم شنه التنظيم على"
            " نقطة للجيش.",
            [("isis", "iraqi_army", "")],
            id="s16-the-second-side-whose-attack-it-was-is-actor1",
        ),
        pytest.param(  # negative: the first side named attacks, the order stays
            "اندلعت اشتباكات بين قوات النظام والفصائل في بلدة عقرب بعد أن هاجمت قوات النظام مواقع"
            " الفصائل.",
            [("syrian_regime", "syrian_opposition", "")],
            id="s16-the-first-side-that-attacked-stays-actor1",
        ),
        # the attack told past the comma, a mention of the same sentence (s16 hV5)
        pytest.param(
            "اندلعت اشتباكات بين الحشد الشعبي ومسلحي داعش في جزيرة سامراء، إثر هجوم شنه التنظيم"
            " على نقطة للحشد.",
            [("isis", "pmf", "")],
            id="s16-the-attack-past-the-comma-names-actor1",
        ),
        pytest.param(
            "دارت اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة كفرنبودة، بعد أن هاجمت قوات"
            " النظام مواقع الفصائل.",
            [("syrian_regime", "syrian_opposition", "")],
            id="s16-the-side-that-attacked-past-the-comma-is-actor1",
        ),
        pytest.param(  # negative: the first side named attacks past the comma, the order stays
            "اندلعت اشتباكات بين الفصائل وقوات النظام في بلدة اللطامنة، إثر هجوم شنته الفصائل على"
            " مواقع النظام.",
            [("syrian_opposition", "syrian_regime", "")],
            id="s16-the-first-side-that-attacked-past-the-comma-stays-actor1",
        ),
    ],
)
def test_backer_between_sides(extractor: Extractor, text: str, actors: list) -> None:
    got = [
        (e.actor1, e.actor2, e.assoc_actor1) for e in run(extractor, text) if e.action == "clash"
    ]
    assert got == actors


# ---- events missed or invented on unseen text (session 5, r2events), part 4: relative clauses
LEAD_R2 = (
    "سيطرت قوات النظام، مدعومة بغطاء جوي، على بلدة كفرزيتا، اليوم الخميس، بعد انسحاب الفصائل منها، "
)


@pytest.mark.parametrize(
    ("text", "captures"),
    [
        pytest.param(
            LEAD_R2 + "في حين تتواصل المعارك على محور اللطامنة في ريف حماة الشمالي، التي سيطرت"
            " عليها قوات النظام أمس الأربعاء.",
            ["Kafr Zita", "Al Lataminah"],
            id="a-relative-clause-taking-the-town-back-tells-it",
        ),
        pytest.param(
            LEAD_R2 + "في حين تتواصل المعارك على محور اللطامنة، التي سيطرت قوات النظام أمس"
            " الأربعاء على تلال قريبة منها في بلدة مورك.",
            ["Kafr Zita", "Murak"],
            id="a-relative-clause-with-its-own-town-keeps-it",
        ),
        pytest.param(
            LEAD_R2 + "في حين تتواصل المعارك على محور اللطامنة، التي سيطرت قوات النظام أمس"
            " الأربعاء على تلال قريبة.",
            ["Kafr Zita", "Kafr Zita"],
            id="a-relative-clause-with-no-pronoun-takes-no-antecedent",
        ),
        pytest.param(
            LEAD_R2 + "في حين تتواصل المعارك في ريف حماة الشمالي، التي سيطرت عليها قوات النظام"
            " أمس الأربعاء.",
            ["Kafr Zita", "Kafr Zita"],
            id="a-countryside-is-no-antecedent-town",
        ),
    ],
)
def test_r2events_relative_clause_antecedent(
    extractor: Extractor, text: str, captures: list
) -> None:
    assert [e.location for e in only(run(extractor, text), "capture")] == captures


# ---- figures: a killing verb in the next clause does not count the wounded (session 5, r2actors)
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        pytest.param(
            "اندلعت أمس اشتباكات بين الجيش العراقي ومسلحي داعش في قضاء الطارمية أسفرت عن مقتل"
            " خمسة من عناصر الجيش وإصابة 9 آخرين، فيما قتل عدد غير معروف من المسلحين.",
            [(5, 9)],
            id="the-wounded-before-fima-qutila-stay-wounded",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة أمس بدورية للشرطة في قضاء الطارمية ما أدى إلى إصابة 3 عناصر، فيما"
            " قتل مدني كان يمر في المكان.",
            [(1, 3)],
            id="a-count-before-a-comma-is-not-the-next-verbs",
        ),
        pytest.param(
            "قال مصدر أمني إن 21 شخصاً قتلوا في تفجير سيارة مفخخة في سوق بمدينة الصدر أمس.",
            [(21, None)],
            id="a-verb-right-after-the-counted-noun-still-counts-it",
        ),
        pytest.param(
            "قتل 4 مدنيين وأصيب 6 آخرون بجروح في قصف على بلدة كفرنبل أمس.",
            [(4, 6)],
            id="killed-and-wounded-in-one-clause-stay",
        ),
    ],
)
def test_next_clause_verb_counts(extractor: Extractor, text: str, figures: list) -> None:
    assert [(e.fatalities, e.injured) for e in run(extractor, text)] == figures


# ---- events missed or invented on dev11/dev12 (session 5, r3events)
@pytest.mark.parametrize(
    ("text", "action", "places"),
    [
        pytest.param(
            "سيطر مسلحو تنظيم داعش، أمس، على ناحيتي الزاب والرياض في محافظة كركوك.",
            "capture",
            ["Al-Zab (Kirkuk)", "Ar Riyad"],
            id="dual-class-noun-names-read-with-the-singular-noun",
        ),
        pytest.param(
            "ألقت المروحيات أمس براميل متفجرة على بلدتي حمورية وكفربطنا في الغوطة الشرقية.",
            "airstrike",
            ["Hamouriyah", "Kafr Batna"],
            id="dual-class-noun-with-bare-names-unchanged",
        ),
        pytest.param(
            "تظاهر العشرات أمس في مدينتي الرقة والطبقة احتجاجاً على الغلاء.",
            "protest",
            ["Ar Raqqah", "Al-Tabqa"],
            id="dual-city-noun-with-bare-city-names-unchanged",
        ),
        pytest.param(
            "قال المحافظ إن مدينتي لن تسقط، وإن الهجوم على الرمادي أمس فشل.",
            "clash",
            ["Ramadi"],
            id="my-city-is-no-dual-list",
        ),
    ],
)
def test_r3events_dual_class_nouns(
    extractor: Extractor, text: str, action: str, places: list[str]
) -> None:
    assert [e.location for e in only(run(extractor, text), action)] == places


# ---- review fixes: framework, rival injured, displaced bystanders, criminal gangs (session 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 6 مدنيين أمس في إطار قصف مدفعي لقوات النظام استهدف بلدة الهبيط.",
            [("shelling", 6)],
            id="fix2-the-strike-after-fi-itar-is-the-only-telling",
        ),
        pytest.param(
            "استشهد مدنيان أمس في إطار الغارات الجوية التي شنتها طائرات النظام على مدينة خان"
            " شيخون.",
            [("airstrike", 2)],
            id="fix2-the-raids-after-fi-itar-are-the-event",
        ),
        pytest.param(
            "قتل 8 مدنيين أمس في إطار حملة قصف جوي تشنها الطائرات الروسية على مدينة سراقب.",
            [("airstrike", 8)],
            id="fix2-a-campaign-told-only-by-its-strike-is-the-event",
        ),
        pytest.param(
            "ويطوق مقاتلو الفصائل مدينة جسر الشغور منذ أسبوعين، في إطار هجوم يهدف إلى السيطرة على"
            " ريف إدلب الغربي.",
            [],
            id="fix2-a-campaign-told-by-its-aim-is-no-event",
        ),
        pytest.param(
            "قصفت الطائرات الروسية أمس مدينة سراقب، في إطار حملة عسكرية تهدف إلى السيطرة على"
            " الطريق الدولي.",
            [("airstrike", None)],
            id="fix2-the-aim-of-a-campaign-is-no-capture",
        ),
        pytest.param(
            "وقال المسؤول إن الزيارة تأتي في إطار التعاون بين البلدين.",
            [],
            id="fix2-a-framework-of-cooperation-is-no-event",
        ),
    ],
)
def test_fix2_framework_is_the_event_when_told_alone(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.fatalities) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 5 مدنيين أمس بقصف جوي على مدينة معرة النعمان، فيما قال الدفاع المدني إن 12 آخرين"
            " أصيبوا بجروح.",
            [(5, 12)],
            id="fix2-a-rival-clauses-wounded-add",
        ),
        pytest.param(
            "قتل 3 مدنيين أمس بغارة على بلدة كفرنبل، في حين أفادت مصادر طبية بإصابة 9 آخرين.",
            [(3, 9)],
            id="fix2-a-rival-clauses-wounding-noun-adds",
        ),
        pytest.param(
            "قتل 5 مدنيين وأصيب 10 آخرون أمس بقصف على بلدة كفرنبل، بينما قال المرصد إن 7 قتلوا"
            " و15 أصيبوا.",
            [(5, 10)],
            id="fix2-a-rival-clauses-counts-of-both-kinds-told-are-not-added",
        ),
        pytest.param(
            "قتل 3 عناصر من الشرطة أمس بتفجير عبوة في مدينة الموصل، بينما ذكرت مصادر أمنية أن 6"
            " قتلوا.",
            [(3, None)],
            id="fix2-a-rival-death-count-is-still-not-added",
        ),
        pytest.param(
            "قتل شخصان أمس بانفجار لغم أرضي في ريف الرقة، أثناء عودة 40 نازحاً إلى قريتهم.",
            [(2, None)],
            id="fix2-returning-displaced-are-bystanders",
        ),
        pytest.param(
            "قتل طفلان أمس بقصف مدفعي على مخيم قرب بلدة أطمة يضم نحو 70 لاجئاً.",
            [(2, None)],
            id="fix2-refugees-a-camp-holds-are-bystanders",
        ),
        pytest.param(
            "قتل مدني أمس بقصف على مخيم يقطنه 35 نازحاً قرب بلدة كفرنبل.",
            [(1, None)],
            id="fix2-displaced-living-in-a-camp-are-bystanders",
        ),
        pytest.param(
            "أسفرت غارة جوية أمس عن مقتل 15 نازحاً في مخيم قرب بلدة سرمدا.",
            [(15, None)],
            id="fix2-displaced-after-a-killing-noun-are-dead",
        ),
        pytest.param(
            "قتلت الغارات الروسية أمس 9 نازحين في مخيم قرب مدينة سراقب.",
            [(9, None)],
            id="fix2-displaced-objects-of-a-killing-verb-are-dead",
        ),
    ],
)
def test_fix2_rival_wounded_and_displaced_bystanders(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.fatalities, e.injured) for e in run(extractor, text)] == expected


# ---- source seats, withdrawal destinations, towns near a road (session 5, fix1)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وبحسب المرصد السوري لحقوق الإنسان قصفت الطائرات الروسية أمس بلدة كفرنبل بعدة غارات،"
            " ما أدى لمقتل 4 مدنيين.",
            [("airstrike", "Kafranbel")],
            id="review-A1-the-event-clause-after-according-to-is-no-seat",
        ),
        pytest.param(
            "وبحسب المرصد قصفت طائرات النظام مدينة خان شيخون أمس.",
            [("airstrike", "Khan Shaykhun")],
            id="review-A12",
        ),
        pytest.param(
            "وحسب ناشطين في مدينة دوما فإن قوات النظام قصفت المدينة أمس بقذائف الهاون، ما أدى"
            " لإصابة 7 مدنيين.",
            [("shelling", "Duma")],
            id="review-A4-an-anaphor-refers-back-to-the-seat",
        ),
        pytest.param(
            "وبحسب ناشطين في مدينة إدلب قصفت طائرات النظام بلدة سراقب أمس.",
            [("airstrike", "Saraqib")],
            id="a-seat-then-the-event-town",
        ),
        pytest.param(
            "وبحسب مصدر طبي في مستشفى الرقة الوطني فإن مدنيين قتلا بقصف جوي على بلدة الكرامة أمس.",
            [("airstrike", "Al Karamah")],
            id="a-hospital-seat-stays-hidden",
        ),
        pytest.param(
            "قتل مدنيان بقصف مدفعي على بلدة مورك أمس، وفقاً لمصدر طبي في مدينة حماة.",
            [("shelling", "Murak")],
            id="a-seat-after-the-event-stays-hidden",
        ),
        pytest.param(
            "انسحب مقاتلو التنظيم من مواقعهم أمس نحو مدينة الميادين، ثم قصفت طائرات التحالف"
            " المدينة بعدة غارات.",
            [("withdrawal", None), ("airstrike", "Al Mayadin")],
            id="review-B3-a-later-anaphor-brings-the-destination-back",
        ),
        pytest.param(
            "انسحب عناصر التنظيم أمس من حي الشيخ مقصود باتجاه مدينة الباب، وقد قصفتها الطائرات"
            " التركية مساء أمس.",
            [("withdrawal", "Aleppo"), ("airstrike", "Al Bab")],
            id="review-B7-a-pronoun-on-the-destination",
        ),
        pytest.param(
            "انسحبت قوات النظام من قرية الحماميات باتجاه بلدة كرناز، واندلعت فيها اشتباكات عنيفة"
            " أمس مع الفصائل.",
            [("withdrawal", "Hamamiyat"), ("clash", "Kurnaz")],
            id="review-B8-fighting-in-the-destination",
        ),
        pytest.param(
            "انسحبت الفصائل أمس من بلدة كفرنبل نحو مدينة إدلب، التي قصفتها طائرات النظام بعدة"
            " غارات.",
            [("withdrawal", "Kafranbel"), ("airstrike", "Idlib")],
            id="a-relative-clause-on-the-destination",
        ),
        pytest.param(
            "انسحب عناصر داعش أمس من مدينة الطبقة باتجاه مدينة الرقة، وفجروا جسراً في مدينة الطبقة.",
            [("withdrawal", "Al-Tabqa"), ("bombing", "Al-Tabqa")],
            id="a-later-clause-about-another-town-keeps-the-destination-hidden",
        ),
        pytest.param(
            "قتل 4 جنود بهجوم لتنظيم داعش أمس على الطريق بين دير الزور وتدمر، قرب قرية الشولا.",
            [("clash", "Ash Shula")],
            id="review-E5-a-village-near-the-road-with-the-date-before",
        ),
        pytest.param(
            "هاجم تنظيم داعش أمس حافلة على الطريق الواصل بين حمص وتدمر، قرب قرية الفرقلس.",
            [("clash", "Al Furqlus")],
            id="review-E12",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة أمس على الطريق الواصل بين القامشلي وعامودا، وقتل مدنيان قرب قرية"
            " تل حميس.",
            [("bombing", "Al Qamishli")],
            id="a-next-clause-near-a-village-is-no-spot-on-the-road-date-before",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة أمس على الطريق الواصل بين حمص وتدمر، قرب حاجز للجيش.",
            [("bombing", "Homs")],
            id="an-unnamed-spot-near-the-road-keeps-the-road-date-before",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة أمس على الطريق الواصل بين حلب ودمشق، قرب محافظة حماة.",
            [("bombing", "Aleppo")],
            id="a-province-near-the-road-is-no-spot",
        ),
    ],
)
def test_fix1_seats_destinations_and_roads(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location or None) for e in run(extractor, text)] == expected


# ---- a cue blocked as a protest's topic leaves its part to the protest (session 5, r3events)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نظم العشرات من الأهالي وقفة احتجاجية، أمس، في مركز مدينة الرقة تنديداً بالقصف،"
            " مطالبين بحماية المدنيين.",
            [("protest", "Ar Raqqah")],
            id="the-protests-place-sits-in-the-topic-part",
        ),
        pytest.param(
            "تظاهر العشرات أمس في مدينة إدلب، فيما قصفت الطائرات الحربية بلدة سراقب.",
            [("protest", "Idlib"), ("airstrike", "Saraqib")],
            id="a-real-event-after-a-protest-stays-its-own",
        ),
        pytest.param(
            "نظم الأهالي وقفة احتجاجية أمس في مدينة القامشلي، تنديداً بالقصف التركي على بلدة عامودا.",
            [("protest", "Al Qamishli")],
            id="the-protest-keeps-its-own-town-over-the-topics",
        ),
        pytest.param(
            "ندد المجلس المحلي بالقصف الذي استهدف بلدة كفرنبل أمس.",
            [],
            id="a-condemned-shelling-alone-is-no-event",
        ),
    ],
)
def test_r3events_topic_part_goes_to_the_protest(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- r3actors: actors and merging (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ذكر مصدر أمني أن الهجوم على قرية في قضاء المقدادية أوقع قتلى. وقال إن قوة من الجيش"
            " وصلت إلى القرية واشتبكت مع المهاجمين.",
            [("clash", "iraqi_army", "isis")],
            id="r3actors-members-of-a-side-after-a-sentence-telling-deaths-are-its-subject",
        ),
        pytest.param(
            "قتل ثلاثة مدنيين بقصف على بلدة الحويجة. وأضاف المصدر أن عناصر من الشرطة الاتحادية"
            " اشتبكوا مع مسلحي داعش قرب البلدة.",
            [("shelling", "unknown", "civilians"), ("clash", "iraqi_federal_police", "isis")],
            id="r3actors-a-killing-in-the-sentence-before-makes-no-victims-of-members",
        ),
        pytest.param(
            "أسفر الهجوم على قرية في قضاء المقدادية عن إصابة عناصر من الجيش العراقي بجروح.",
            [("clash", "unknown", "iraqi_army")],
            id="r3actors-neg-wounded-members-in-the-same-sentence-stay-victims",
        ),
        pytest.param(
            "اختطف مسلحون مجهولون عناصر من الشرطة العراقية على طريق الرمادي.",
            [("abduction", "unknown", "iraqi_police")],
            id="r3actors-neg-members-after-an-abduction-verb-are-its-captives",
        ),
        pytest.param(
            "قتلت غارة جوية عناصر من تنظيم داعش قرب الموصل.",
            [("airstrike", "unknown", "isis")],
            id="r3actors-neg-members-after-a-strike-are-its-target",
        ),
        pytest.param(
            "هاجم مسلحو داعش قرية في المقدادية وقتلوا عناصر من الحشد الشعبي في اشتباكات عنيفة.",
            [("clash", "isis", "pmf")],
            id="r3actors-neg-members-killed-in-the-same-sentence-are-the-opponent",
        ),
    ],
)
def test_r3actors_members_subject_across_sentences(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2021, 10, 27))
    assert [(e.action, e.actor1, e.actor2) for e in got] == expected


# r3actors: a restatement with a pronoun subject (وهو هجوم) and a name a side gives itself
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تعرض مطار أربيل الدولي لقصف بـ١٤ صاروخاً أمس، ما أسفر عن مقتل متعاقد مدني أجنبي،"
            ' وهو هجوم تبنته جماعة تطلق على نفسها "سرايا أولياء الدم".',
            [("shelling", "saraya_awliya_al_dam", "civilians")],
            id="r3actors-a-pronoun-restatement-joins-the-event-and-names-its-claimant",
        ),
        pytest.param(
            "قصفت القوات التركية قرية في ريف عفرين، وهو هجوم تبنته أنقرة في بيان.",
            [("shelling", "turkey", "")],
            id="r3actors-a-pronoun-restatement-keeps-the-events-action",
        ),
        pytest.param(
            'قصفت طائرات حربية مواقع لجماعة تطلق على نفسها "سرايا أولياء الدم" قرب مدينة الرمادي.',
            [("airstrike", "unknown", "saraya_awliya_al_dam")],
            id="r3actors-neg-a-side-named-by-its-own-name-stays-the-target",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في سوق مدينة الباب، وهي الضربة الثانية للمدينة هذا الأسبوع، وقصفت"
            " المدفعية بلدة قباسين.",
            [("bombing", "unknown", ""), ("shelling", "unknown", "")],
            id="r3actors-neg-an-event-told-after-the-restatement-stays-its-own",
        ),
        pytest.param(
            "هاجم مسلحون مجهولون حاجزاً للشرطة العراقية في مدينة الرمادي أمس. وهو هجوم هو الثالث"
            " من نوعه هذا الشهر.",
            [("clash", "unknown", "iraqi_police")],
            id="r3actors-neg-a-restatement-in-the-next-sentence-adds-no-event",
        ),
        pytest.param(
            "قال مصدر أمني إن هجوم المسلحين على حاجز للشرطة العراقية في الرمادي أسفر عن مقتل"
            " جنديين.",
            [("clash", "isis", "iraqi_police")],
            id="r3actors-neg-an-attack-noun-without-a-pronoun-is-the-event",
        ),
    ],
)
def test_r3actors_pronoun_restatement_and_self_naming(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2021, 3, 4))
    assert [(e.action, e.actor1, e.actor2) for e in got] == expected


# r3actors: counted members followed by ل + a side (20 عنصراً للنظام) are that side's dead
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "استعادت فصائل الجبهة الوطنية للتحرير أمس السيطرة على بلدة كفرنبل، بعد معارك مع قوات"
            " الأسد قتل فيها 12 عنصراً للنظام.",
            [("capture", "nlf", "syrian_regime"), ("clash", "nlf", "syrian_regime")],
            id="r3actors-counted-members-of-a-side-are-its-dead-not-the-subject",
        ),
        pytest.param(
            "أصيب 3 عناصر للشرطة العراقية بانفجار عبوة ناسفة في الرمادي.",
            [("bombing", "unknown", "iraqi_police")],
            id="r3actors-counted-wounded-of-a-side-are-the-target",
        ),
        pytest.param(
            "قتل 20 عنصراً بقصف مدفعي لقوات النظام على بلدة كفرنبل.",
            [("shelling", "syrian_regime", "")],
            id="r3actors-neg-a-side-after-the-strike-noun-is-its-firer",
        ),
        pytest.param(
            "أسرت الفصائل 5 عناصر لقوات النظام خلال اشتباكات في ريف حماة.",
            [("clash", "syrian_opposition", "syrian_regime")],
            id="r3actors-neg-the-captors-named-first-stay-actor1",
        ),
        pytest.param(
            "انشق 20 عنصراً للنظام وانضموا إلى الفصائل في ريف إدلب.",
            [],
            id="r3actors-neg-defectors-counted-are-no-event",
        ),
    ],
)
def test_r3actors_counted_members_of_a_side(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2020, 2, 28))
    assert [(e.action, e.actor1, e.actor2) for e in got] == expected


# ---- r4events: dual class nouns join place lists; weapons named as a hindrance are no bombing (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطر مسلحو داعش مساء الثلاثاء على قضاء الشرقاط وناحيتي الزاب والعباسي.",
            [("capture", "Ash Sharqat"), ("capture", "Al-Zab (Kirkuk)"), ("capture", "Al 'Abbasi")],
            id="r4events-a-dual-class-noun-joins-the-list",
        ),
        pytest.param(
            "تتقدم القوات ببطء في ريف الرقة بسبب كثافة العبوات الناسفة في الطرق.",
            [],
            id="r4events-the-density-of-ieds-slowing-an-advance-is-no-bombing",
        ),
        pytest.param(
            "دخلت فرق الهندسة بلدة البوكمال لتمشيطها من العبوات الناسفة.",
            [("capture", "Albu Kamal")],
            id="r4events-combing-a-town-for-ieds-is-no-bombing",
        ),
        pytest.param(
            "قال الضابط إن الوضع من ناحيتي مستقر بعد سيطرة الجيش على مدينة بيجي.",
            [("capture", "Bayji")],
            id="r4events-neg-my-side-is-no-class-noun",
        ),
        pytest.param(
            "قتل ثلاثة جنود بانفجار عبوة ناسفة أثناء تمشيطهم قرية قرب الموصل.",
            [("bombing", "Mosul")],
            id="r4events-neg-a-blast-during-a-combing-stays-a-bombing",
        ),
        pytest.param(
            "هذه السيارة المفخخة انفجرت صباح اليوم في سوق مدينة الباب.",
            [("bombing", "Al Bab")],
            id="r4events-neg-a-demonstrative-before-a-weapon-that-explodes-stays-a-bombing",
        ),
    ],
)
def test_r4events_dual_class_nouns_and_weapons_as_hindrance(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2021, 3, 4))
    assert [(e.action, e.location) for e in got] == expected


# r3actors: قوات الجيش السوري الحر is the FSA, not the Syrian army named by its first words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وكانت قوات الجيش السوري الحر، بدعم من الجيش التركي، قد سيطرت أمس على قرية كفرجنة في"
            " ريف عفرين.",
            [("capture", "fsa", "")],
            id="r3actors-forces-of-the-free-syrian-army-are-the-fsa",
        ),
        pytest.param(
            "وكانت قوات الجيش السوري قد سيطرت أمس على بلدة خان شيخون في ريف إدلب.",
            [("capture", "syrian_regime", "")],
            id="r3actors-neg-forces-of-the-syrian-army-stay-the-regime",
        ),
        pytest.param(
            "قصفت قوات الجيش السوري مواقع الجيش السوري الحر في ريف درعا.",
            [("shelling", "syrian_regime", "fsa")],
            id="r3actors-neg-the-army-shelling-the-fsa-keeps-both-sides",
        ),
    ],
)
def test_r3actors_free_syrian_army_forces(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text, dt.date(2018, 3, 18))
    assert [(e.action, e.actor1, e.actor2) for e in got] == expected


# ---- r4dates: a count told rising replaces the event's count (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل ستة مدنيين بقصف مدفعي على بلدة كفرنبل صباح أمس. وارتفع عدد القتلى مساء اليوم"
            " إلى تسعة بعد وفاة طفل متأثراً بجراحه.",
            [("shelling", 6 + 3)],
            id="r4dates-a-rise-told-with-its-own-time-replaces-the-count",
        ),
        pytest.param(
            "قتل ستة مدنيين بقصف مدفعي على بلدة كفرنبل صباح أمس. وتوفي طفلان متأثرين بجراحهما"
            " صباح اليوم، ليرتفع عدد القتلى إلى ثمانية.",
            [("shelling", 8)],
            id="r4dates-the-deaths-before-a-rise-are-inside-the-new-count",
        ),
        pytest.param(
            "قتل ستة مدنيين بقصف مدفعي على بلدة كفرنبل صباح أمس. وارتفع عدد القتلى إلى تسعة بعد"
            " وفاة ثلاثة جرحى في مشفى مدينة إدلب.",
            [("shelling", 9)],
            id="r4dates-a-hospital-town-tells-no-other-scene",
        ),
        pytest.param(
            "سقط قتلى صباح اليوم في 3 قرى بريف إدلب جراء قصف مدفعي.",
            [("shelling", None)],
            id="r4dates-neg-time-words-before-a-count-of-villages-make-no-dead",
        ),
        pytest.param(
            "قتل خمسة مدنيين بغارة جوية على بلدة كفرنبل أمس. وبذلك يرتفع عدد القتلى منذ بدء"
            " الحملة إلى 40 مدنياً.",
            [("airstrike", 5)],
            id="r4dates-neg-a-rise-since-the-campaign-began-is-a-toll",
        ),
        pytest.param(
            "قتل ستة مدنيين بقصف مدفعي على بلدة كفرنبل صباح أمس. وقتل ثلاثة آخرون في مدينة إدلب.",
            [("shelling", 6)],
            id="r4dates-neg-dead-told-in-another-town-are-not-the-events",
        ),
        pytest.param(
            "قتل ستة مدنيين بقصف مدفعي على بلدة كفرنبل صباح أمس. ونقل الجرحى مساء اليوم إلى 3"
            " مشاف في مدينة إدلب.",
            [("shelling", 6)],
            id="r4dates-neg-hospitals-counted-after-time-words-are-no-dead",
        ),
    ],
)
def test_r4dates_rising_counts(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text, dt.date(2018, 2, 10))
    assert [(e.action, e.fatalities) for e in got] == expected


# ---- r4dates: "N من <members of a side> قتلوا": the verb's subject is counted (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اندلعت اشتباكات عنيفة في بلدة بشير أمس. وذكرت مصادر طبية أن أربعة من عناصر"
            " البيشمركة قتلوا وأصيب 7 آخرون في المواجهات.",
            [("clash", 4, 7)],
            id="r4dates-members-of-a-side-told-before-their-killing-verb-are-its-dead",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة في بلدة بشير أمس. وذكرت مصادر طبية أن أربعة من عناصر"
            " البيشمركة نقلوا إلى مستشفى كركوك بعد أن أصيبوا بجروح.",
            [("clash", None, None)],
            id="r4dates-neg-members-carried-to-hospital-are-no-count-of-a-far-verb",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة في بلدة بشير أمس. وذكرت مصادر أن ستة من عناصر البيشمركة"
            " أسروا خلال المواجهات.",
            [("clash", None, None)],
            id="r4dates-neg-members-taken-prisoner-are-no-dead",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة في بلدة بشير أمس. وأكدت مصادر أن خمسة من عناصر البيشمركة"
            " شاركوا في صد الهجوم.",
            [("clash", None, None)],
            id="r4dates-neg-members-who-took-part-are-no-dead",
        ),
    ],
)
def test_r4dates_members_of_a_side_before_the_verb(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2017, 10, 17))
    assert [(e.action, e.fatalities, e.injured) for e in got] == expected


# ---- fix3: fighters leaving, deal partners, organisations named تجمع (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "خرج المسلحون من مخابئهم وهاجموا حاجزاً للشرطة في ناحية العلم.",
            [("clash", "")],
            id="fix3-neg-going-out-to-attack-is-no-withdrawal",
        ),
        pytest.param(
            "خرج مقاتلو الفصائل من بلدة كفرنبل وهاجموا حاجزاً لقوات النظام في قرية حيش.",
            [("clash", "Hish")],
            id="fix3-neg-going-out-from-a-town-to-attack-is-no-withdrawal",
        ),
        pytest.param(
            "خرج مقاتلو العشائر من مدينة سامراء متوجهين إلى جبهات القتال في الضلوعية.",
            [],
            id="fix3-neg-deploying-to-the-fronts-is-no-withdrawal",
        ),
        pytest.param(
            "خرج المسلحون من مدينة داريا متوجهين إلى إدلب أمس.",
            [("withdrawal", "Darayya")],
            id="fix3-leaving-a-town-heading-for-another-is-a-withdrawal-where-they-left",
        ),
        pytest.param(
            "خرج المقاتلون من بلدة مضايا متجهين نحو إدلب أمس.",
            [("withdrawal", "Madaya")],
            id="fix3-leaving-heading-towards-a-town-stays-where-they-left",
        ),
    ],
)
def test_fix3_fighters_leaving(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [
        (e.action, e.location if e.action != "clash" or expected[0][1] else "") for e in got
    ] == [(a, loc) for a, loc in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "دخلت قوات النظام بلدة مضايا صباح اليوم بعد خروج آخر دفعة من مسلحي المعارضة.",
            ("syrian_opposition", ""),
            id="fix3-the-last-batch-of-fighters-leaves-not-the-subject",
        ),
        pytest.param(
            "بدأ خروج مسلحي المعارضة من حي الوعر بحمص صباح اليوم بموجب اتفاق مع النظام.",
            None,
            id="fix3-the-other-party-of-a-deal-is-no-associate",
        ),
        pytest.param(
            "انسحبت فصائل المعارضة من بلدة التمانعة أمس بموجب هدنة مع قوات النظام.",
            None,
            id="fix3-a-truce-partner-is-no-associate",
        ),
    ],
)
def test_fix3_leavers_and_deal_partners(extractor: Extractor, text: str, expected) -> None:
    got = only(run(extractor, text), "withdrawal")
    assert len(got) == 1
    assert "syrian_regime" not in (got[0].actor1, got[0].assoc_actor1)
    if expected:
        assert got[0].actor1 == expected[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ذكر تجمع أحرار حوران أن قوات النظام اعتقلت 5 شبان في بلدة الحراك للمطالبة بتسليم"
            " أقاربهم المطلوبين.",
            ["arrest"],
            id="fix3-neg-an-organisation-named-tajammu-after-a-report-verb-is-no-crowd",
        ),
        pytest.param(
            "وأفاد تجمع ناشطي درعا بأن الأمن اعتقل شابين في مدينة نوى للمطالبة بتسليم أسلحتهم.",
            ["arrest"],
            id="fix3-neg-afada-tajammu-is-an-organisation",
        ),
        pytest.param(
            "قال تجمع شباب حمص إن قوات النظام اعتقلت ثلاثة شبان في مدينة تلكلخ منددين بتصرفاتهم.",
            ["arrest"],
            id="fix3-neg-qala-tajammu-is-an-organisation",
        ),
        pytest.param(
            "تجمع العشرات أمام مبنى المحافظة في مدينة السويداء اليوم احتجاجاً على الغلاء.",
            ["protest"],
            id="fix3-a-crowd-gathering-in-protest-stays-a-protest",
        ),
    ],
)
def test_fix3_tajammu_organisation(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- r4dates: a cue that opens no event takes no day from the event of its part (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وعلى صعيد المقاومة، صدّ مقاتلو الفصائل ليل أمس هجوماً لقوات النظام على قرية تل ملح"
            " في ريف حماة.",
            [("clash", "2016-05-09")],
            id="r4dates-a-day-nearer-a-blocked-cue-dates-the-event-of-its-part",
        ),
        pytest.param(
            "وعلى صعيد المقاومة، صدّ مقاتلو الفصائل هجوماً لقوات النظام على قرية تل ملح في ريف حماة.",
            [("clash", "")],
            id="r4dates-neg-no-time-told-no-date",
        ),
        pytest.param(
            "وعلى صعيد المقاومة، صدّ مقاتلو الفصائل في عام 2014 هجوماً لقوات النظام على قرية تل"
            " ملح في ريف حماة.",
            [("clash", "")],
            id="r4dates-neg-a-past-year-is-no-recent-day",
        ),
        pytest.param(
            "وعلى صعيد المقاومة، صدّ مقاتلو الفصائل مساء الخميس الماضي، بحسب مصادر محلية، هجوماً"
            " لقوات النظام على قرية تل ملح.",
            [("clash", "")],
            id="r4dates-neg-a-day-parted-from-the-cue-by-a-clause-stays-unclaimed",
        ),
    ],
)
def test_r4dates_day_of_a_blocked_cue(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- r4dates: an arrest kills no one: the dead are the fight's told with it (session 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اعتقلت قوة أمنية أمس مطلوباً في مدينة الرمادي، بعد تبادل لإطلاق النار مع حراسه أسفر"
            " عن مقتل اثنين منهم.",
            [("arrest", None), ("clash", 2)],
            id="r4dates-the-dead-of-an-exchange-of-fire-told-with-an-arrest-are-the-fights",
        ),
        pytest.param(
            "اعتقلت القوات الأمنية أمس خمسة مطلوبين في مدينة الرمادي، وقتل اثنان منهم خلال"
            " المداهمة.",
            [("arrest", 2)],
            id="r4dates-neg-an-arrest-told-alone-keeps-its-dead",
        ),
        pytest.param(
            "خطف مسلحون مجهولون أمس ثلاثة مدنيين في بلدة الضمير، فيما قصفت قوات النظام بلدة دوما"
            " ما أدى لمقتل خمسة أشخاص.",
            [("abduction", None), ("shelling", 5)],
            id="r4dates-neg-a-kidnap-beside-a-shelling-takes-none-of-its-dead",
        ),
    ],
)
def test_r4dates_arrest_kills_no_one(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, e.fatalities) for e in got] == expected


# ---- fix4: an earlier count after بعد أن كانت حصيلة … is superseded (session 5)

FIX4_EARLIER_COUNTS = [
    (
        "ارتفع عدد قتلى الغارات على بلدة كفرنبل إلى 15، بعد أن كانت حصيلة أولية قد أشارت إلى 8 قتلى و20 جريحاً.",
        (15, None),
    ),
    (
        "قتل 12 شخصاً في تفجير بمدينة الباب، بعد أن كانت حصيلة سابقة تحدثت عن 9 قتلى و20 جريحاً.",
        (12, None),
    ),
    (
        "ارتفعت حصيلة قتلى القصف على مدينة دوما إلى 20 قتيلاً، بعد أن كانت الحصيلة السابقة قد بلغت 11 قتيلاً.",
        (20, None),
    ),
    ("قتل 7 مدنيين في غارة على بلدة سراقب، بعد أن كانت حصيلة أولية أفادت بمقتل 4.", (7, None)),
    # negatives: another event's count, a count of no casualties, a period's toll
    ("قتل 3 جنود في هجوم على حاجز بمدينة درعا، بعد أن كانت القوات قد سيطرت على 4 قرى.", (3, None)),
    (
        "سقط 6 قتلى في انفجار بمدينة الباب، بعد أن كانت حصيلة المرصد الشهرية قد تجاوزت 300 قتيل.",
        (6, None),
    ),
    ("قتل 12 شخصاً وأصيب 30 آخرون في تفجير بمدينة الباب.", (12, 30)),
]


@pytest.mark.parametrize("text,expected", FIX4_EARLIER_COUNTS)
def test_fix4_earlier_count_superseded(extractor: Extractor, text: str, expected: tuple) -> None:
    events = [e for e in run(extractor, text) if e.fatalities is not None]
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == expected


def test_fix4_other_event_before_earlier_clause_keeps_its_count(extractor: Extractor) -> None:
    text = "قتل 5 مدنيين في قصف على بلدة حاس، بعد أن كان 4 قد قتلوا في قصف على بلدة كفرنبل أمس."
    assert [e.fatalities for e in run(extractor, text) if e.location_ar == "حاس"] == [5]


# ---- outlet names holding a town, as sources (session 5, integrator; review 2 defect 1)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت قوات النظام مدينة حلب اليوم بقذائف صاروخية، ما أدى إلى مقتل طفلين.",
            [("shelling", "Aleppo", "")],
            id="aleppo-today-in-a-sentence-is-a-town-and-a-day-not-a-source",
        ),
        pytest.param(
            "شهدت بغداد اليوم تفجيراً انتحارياً في سوق الشورجة أسفر عن مقتل 11 شخصاً.",
            [("bombing", "Baghdad", "")],
            id="baghdad-today-in-a-sentence-is-no-source",
        ),
        pytest.param(
            "تشهد دمشق الآن اشتباكات عنيفة في حي جوبر بين قوات النظام وفصائل المعارضة.",
            [("clash", "Damascus", "")],
            id="damascus-now-in-a-sentence-is-no-source",
        ),
        pytest.param(  # the source told the outlet: the source is the security source
            'وقال مصدر أمني لـ"بغداد اليوم" إن عبوة ناسفة انفجرت في قضاء الطارمية صباح اليوم، ما أدى'
            " إلى مقتل جنديين.",
            [("bombing", "At Tarmiyah", "local_source")],
            id="a-source-telling-an-outlet-is-the-source",
        ),
        pytest.param(  # the outlet's own correspondent: the outlet is the source
            "وقال مراسل حلب اليوم إن طائرات النظام قصفت مدينة الأتارب أمس.",
            [("airstrike", "Al Atarib", "aleppo_today")],
            id="the-outlets-correspondent-makes-it-the-source",
        ),
        pytest.param(
            "وذكرت شبكة درعا 24 أن قوات النظام اعتقلت ثلاثة شبان في بلدة طفس أمس.",
            [("arrest", "Tafas", "daraa24")],
            id="an-outlet-reporting-is-the-source",
        ),
    ],
)
def test_outlet_names_holding_a_town_as_sources(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.location, e.source) for e in run(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'وقال مصدر عسكري لـ"روسيا اليوم" إن الطائرات الروسية قصفت مواقع لداعش قرب مدينة تدمر.',
            [("airstrike", "")],
            id="told-to-russia-today",
        ),
        pytest.param(
            "ذكرت قناة روسيا اليوم أن الطائرات الروسية قصفت مواقع لداعش قرب مدينة تدمر.",
            [("airstrike", "")],
            id="the-channel-russia-today",
        ),
        pytest.param(  # Russia announced today: a day
            "أعلنت روسيا اليوم أن طائراتها قصفت مواقع لداعش قرب مدينة تدمر.",
            [("airstrike", "2016-05-10")],
            id="neg-russia-announced-today",
        ),
    ],
)
def test_the_day_in_an_outlet_name_with_no_town_is_no_day(
    extractor: Extractor, text: str, expected: list
) -> None:
    """«روسيا اليوم» (RT Arabic) read as a name is no day, like «بغداد اليوم»."""
    assert [(e.action, e.event_date) for e in run(extractor, text)] == expected


# ---- fix4: a second killing's "N آخرين" adds to the event it joins (session 5)

FIX4_MORE_OF_THE_SAME = [
    (
        "قتل التنظيم 4 مدنيين في قرية بريف دير الزور، وأعدمت العصابات الإجرامية التابعة له 2 آخرين.",
        [6],
    ),
    ("أعدم تنظيم داعش 3 شبان في مدينة الميادين، كما أعدم 2 آخرين بتهمة التعامل مع التحالف.", [5]),
    ("قتل 3 مدنيين في غارة على مدينة دوما، وقتل 2 آخرون بالغارة نفسها.", [5]),
    # negatives: another town's dead, the wounded, a subset, another act's prisoners
    ("قتل 4 مدنيين في قصف على مدينة دوما، وقتل 2 آخرون في قصف على مدينة حرستا.", [4, 2]),
    ("قتل 4 مدنيين في غارة على مدينة دوما، وأصيب 9 آخرون.", [4]),
    ("قتل 6 مدنيين بينهم 4 أطفال في غارة على مدينة دوما.", [6]),
    ("قتلت قوات النظام 6 مسلحين في ريف درعا، وأسرت 3 آخرين.", [6]),
]


@pytest.mark.parametrize("text,expected", FIX4_MORE_OF_THE_SAME)
def test_fix4_more_of_the_same_adds_its_count(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [e.fatalities for e in run(extractor, text)] == expected


# ---- fix5: dual class nouns, protest topics, rocket attacks, leaving, relative clauses (session 5)
FIX5_DUAL_PAIRS = [
    # a pair the gazetteer also holds as one name keeps both towns after a dual class noun
    ("سقطت قذائف على بلدتي نبل والزهراء في ريف حلب الشمالي اليوم.", ["الزهراء", "نبل"]),
    ("قصفت الطائرات بلدتي نبل والزهراء فجر اليوم.", ["الزهراء", "نبل"]),
    ("سقطت قذائف على بلدة نبل وبلدة الزهراء في ريف حلب الشمالي اليوم.", ["الزهراء", "نبل"]),
    # negatives: ordinary pairs and a name after a ناحية stay as they were
    ("قصفت قوات المعارضة بلدتي كفريا والفوعة بريف إدلب.", ["الفوعة", "كفريا"]),
    ("سيطرت القوات على ناحيتي الزاب والرياض في كركوك.", ["ناحية الرياض", "ناحية الزاب"]),
    ("قصف الطيران بلدتي حمورية وسقبا في الغوطة الشرقية.", ["حمورية", "سقبا"]),
]


@pytest.mark.parametrize("text,places", FIX5_DUAL_PAIRS)
def test_fix5_dual_noun_keeps_both_names(extractor: Extractor, text: str, places: list) -> None:
    found = sorted(e.location_ar.removeprefix("بلدة ") for e in run(extractor, text))
    assert found == places


FIX5_PROTEST_TOPICS = [
    # a strike that is only what a protest is against opens no event; the protest keeps its town
    (
        "نظم أهالي مدينة إدلب وقفتين احتجاجيتين ضد القصف الروسي أمس.",
        [("protest", "إدلب", None)],
    ),
    (
        "نظم أهالي مدينة إدلب وقفة احتجاجية ضد القصف الروسي على مدينة حلب.",
        [("protest", "إدلب", None)],
    ),
    (
        "تظاهر المئات في مدينة القامشلي ضد الهجوم التركي على مدينة عفرين.",
        [("protest", "القامشلي", None)],
    ),
    (
        "نظم أهالي بلدة كفرنبل مظاهرة استنكاراً للغارات الروسية على البلدة.",
        [("protest", "كفر نبل", None)],
    ),
    # a strike told in a relative clause with its own town is its own event, with its dead
    (
        "نظم أهالي بلدة كفرنبل مظاهرة استنكاراً للغارات الروسية التي استهدفت مدينة معرة النعمان"
        " أمس وأدت إلى مقتل 10 مدنيين.",
        [("airstrike", "معرة النعمان", 10), ("protest", "كفر نبل", None)],
    ),
    (
        "خرجت مظاهرة في بلدة كفرنبل تنديداً بالقصف الذي استهدف مدينة معرة النعمان أمس.",
        [("protest", "كفر نبل", None)],
    ),
    # negatives: ضد after no protest word is an ordinary attack
    ("صدت القوات هجوماً ضد مواقعها في بلدة مورك أمس.", [("clash", "مورك", None)]),
    ("شنت الطائرات غارات ضد مواقع التنظيم في مدينة الرقة أمس.", [("airstrike", "الرقة", None)]),
    (
        "أطلقت القوات حملة ضد خلايا داعش في قضاء الطارمية، وقصفت المدفعية مواقع التنظيم.",
        [("shelling", "الطارمية", None)],
    ),
]


@pytest.mark.parametrize("text,expected", FIX5_PROTEST_TOPICS)
def test_fix5_protest_topic(extractor: Extractor, text: str, expected: list) -> None:
    got = sorted((e.action, e.location_ar, e.fatalities) for e in run(extractor, text))
    assert got == expected


FIX5_ROCKET_ATTACKS = [
    # a rocket attack told with the adjective, definite or not, is shelling
    (
        "تبنت جماعة تطلق على نفسها سرايا أولياء الدم الهجوم الصاروخي على قاعدة في أربيل.",
        [("shelling", "saraya_awliya_al_dam")],
    ),
    ("تبنت الجماعة الهجمات الصاروخية على مطار أربيل.", [("shelling", "unknown")]),
    ("تعرضت قاعدة بلد الجوية لهجوم صاروخي أمس.", [("shelling", "unknown")]),
    # a rocket attack a strike answers is no event unless told with its own town and dead
    (
        "قصفت الطائرات الأمريكية مواقع للكتائب في القائم رداً على الهجوم الصاروخي على قاعدة"
        " في أربيل.",
        [("airstrike", "usa")],
    ),
    # negatives: feared, condemned or guarded-against rocket attacks are no events
    ("أدانت الحكومة الهجوم الصاروخي على قاعدة في أربيل.", []),
    ("حذر المسؤول من الهجمات الصاروخية المحتملة على السفارة الأمريكية في بغداد.", []),
    (
        "تحسباً من الهجمات الصاروخية، نشرت القوات الأمريكية بطاريات باتريوت في قاعدة عين الأسد.",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", FIX5_ROCKET_ATTACKS)
def test_fix5_rocket_attack_is_shelling(extractor: Extractor, text: str, expected: list) -> None:
    assert sorted((e.action, e.actor1) for e in run(extractor, text)) == expected


def test_fix5_answered_attack_with_its_own_town_and_dead(extractor: Extractor) -> None:
    text = (
        "قصفت الطائرات الأمريكية مواقع للكتائب في القائم رداً على الهجوم الصاروخي الذي استهدف"
        " قاعدة بلد الجوية أمس وأسفر عن مقتل جنديين."
    )
    got = sorted((e.action, e.location) for e in run(extractor, text))
    assert got == [("airstrike", "Al Qa'im"), ("shelling", "Balad")]


FIX5_VERB_FIRST_LEAVING = [
    # fighters counted after the verb, leaving a town (on buses) under a deal
    ("خرج 900 مسلح على متن حافلات من مدينة دوما باتجاه جرابلس أمس.", [("withdrawal", "دوما")]),
    ("خرج نحو 900 مسلح من مدينة دوما على متن حافلات باتجاه الشمال أمس.", [("withdrawal", "دوما")]),
    ("وصلت 20 حافلة تقل مسلحين خرجوا من مدينة دوما إلى جرابلس اليوم.", [("withdrawal", "دوما")]),
    ("خرج 300 مقاتل من حي الوعر في حمص اليوم بموجب اتفاق مع النظام.", [("withdrawal", "حمص")]),
    # negatives: going out to attack or to the front, civilians and protesters leaving
    (
        "خرج 50 مسلحاً من الأنفاق وهاجموا نقطة للجيش العراقي في قضاء الطارمية.",
        [("clash", "الطارمية")],
    ),
    ("خرج 200 مقاتل من مدينة تكريت متوجهين إلى جبهات القتال في بيجي.", []),
    ("نقلت الحافلات مدنيين خرجوا من مدينة دوما إلى جرابلس.", []),
    ("خرج مئات المدنيين من مدينة دوما على متن حافلات أمس.", []),
]


@pytest.mark.parametrize("text,expected", FIX5_VERB_FIRST_LEAVING)
def test_fix5_verb_first_leaving(extractor: Extractor, text: str, expected: list) -> None:
    assert sorted((e.action, e.location_ar) for e in run(extractor, text)) == expected


FIX5_RELATIVE_KEEPS_ITS_TOWN = [
    # a relative clause whose verb takes the town back as its object keeps that town,
    # whatever place is told after the clause
    ("وصلت تعزيزات إلى مدينة سراقب، التي قصفتها الطائرات الروسية أمس، قادمة من حماة.", "سراقب"),
    (
        "وصلت تعزيزات إلى مدينة سراقب، التي استهدفتها غارات روسية أمس، قادمة من مدينة حماة.",
        "سراقب",
    ),
    ("وصلت تعزيزات إلى مدينة سراقب، التي قصفتها الطائرات الروسية أمس.", "سراقب"),
    # negatives: a clause naming its own target or firing from the town
    ("وصلت تعزيزات إلى مدينة سراقب، التي قصفت الطائرات منها مدينة حماة أمس.", "حماة"),
    ("وصلت تعزيزات إلى مدينة سراقب، وقصفت الطائرات الروسية مدينة حماة أمس.", "حماة"),
    ("سيطرت القوات على مدينة سراقب، التي يقطنها 50 ألف نسمة، وقصفت الطائرات مدينة حماة.", "حماة"),
]


@pytest.mark.parametrize("text,town", FIX5_RELATIVE_KEEPS_ITS_TOWN)
def test_fix5_relative_clause_keeps_its_town(extractor: Extractor, text: str, town: str) -> None:
    assert [e.location_ar for e in only(run(extractor, text), "airstrike")] == [town]


# ---- fix4: bare المسلحين with no side named (session 5): ISIS, but the rebels when they leave a
# Syrian town under a deal (the rebels-first default for every use was reverted)

FIX4_BARE_GUNMEN = [
    # Aleppo city and its western countryside were the rebels' front; its east was ISIS's
    (
        "أفاد مراسلنا بأن المسلحين استهدفوا بالقذائف الصاروخية حي الحمدانية في مدينة حلب، ما أدى"
        " إلى مقتل أربعة مدنيين.",
        [("shelling", "syrian_opposition")],
    ),
    (
        "قصف المسلحون بلدتي نبل والزهراء بريف حلب الشمالي بالقذائف.",
        [("shelling", "syrian_opposition"), ("shelling", "syrian_opposition")],
    ),
    ("هاجم المسلحون مطار كويرس العسكري في ريف حلب الشرقي.", [("clash", "isis")]),
    ("فجر المسلحون سيارة مفخخة في مدينة الباب.", [("bombing", "isis")]),
    ("هاجم المسلحون مواقع الجيش السوري في ريف حلب الشرقي.", [("clash", "isis")]),
    pytest.param(
        "بدأ خروج المسلحين من حي الوعر في حمص اليوم بموجب اتفاق مع النظام.",
        [("withdrawal", "syrian_opposition")],
    ),
    pytest.param(
        "أعلن النظام خروج المسلحين من مدينة التل بموجب اتفاق تسوية.",
        [("withdrawal", "syrian_opposition")],
    ),
    pytest.param(
        "انسحب المسلحون من بلدة الزبداني بموجب اتفاق مع قوات النظام.",
        [("withdrawal", "syrian_opposition")],
    ),
    # negatives: a side the article names wins; Iraq keeps ISIS
    (
        "سيطر تنظيم داعش على قرية في ريف حمص الشرقي. وبعد يومين انسحب المسلحون من القرية.",
        [("capture", "isis"), ("withdrawal", "isis")],
    ),
    ("هاجم المسلحون نقطة للجيش العراقي في قضاء الطارمية.", [("clash", "isis")]),
    (
        "قالت جبهة النصرة إنها سيطرت على بلدة في ريف إدلب. وهاجم المسلحون حاجزاً لقوات النظام في ريف إدلب.",
        [("capture", "nusra"), ("clash", "nusra")],
    ),
    ("خرج مسلحو تنظيم داعش من مخيم اليرموك بموجب اتفاق مع النظام.", [("withdrawal", "isis")]),
    # after a battle, with no deal: on a rebel front (Rif Dimashq) the gunmen are the rebels
    # (session 6, r1actors: a region-aware default; Deir ez-Zor and Raqqa below keep ISIS)
    (
        "انسحب المسلحون من بلدة الزبداني أمس بعد معارك عنيفة مع قوات النظام.",
        [("withdrawal", "syrian_opposition"), ("clash", "syrian_opposition")],
    ),
    # review 3: bare المسلحين in ISIS-era Syria with no side named stays ISIS
    (
        "هاجم المسلحون نقاط الجيش السوري في محيط مطار دير الزور العسكري أمس، وقتل 12 جندياً.",
        [("clash", "isis")],
    ),
    (
        "أعدم المسلحون 3 شبان في ساحة النعيم بمدينة الرقة أمس بتهمة التعامل مع التحالف.",
        [("attack", "isis")],
    ),
]


def test_an_attack_called_terrorist_in_iraq_before_mosul_fell_names_no_side(
    extractor: Extractor,
) -> None:
    text = "أصيب ثلاثة من عناصر الشرطة بهجوم إرهابي استهدف نقطة تفتيش في قضاء الطارمية."
    (event,) = only(run(extractor, text, pub=dt.date(2012, 7, 23)), "clash")
    assert event.actor1 == "unknown"  # an unidentified attacker (session 13), not ISIS


def test_aircraft_told_before_take_no_town_by_a_sentence_with_no_subject(
    extractor: Extractor,
) -> None:
    text = "شنت الطائرات الروسية غارات على مدينة سراقب. وسيطرت على قرية تل مرديخ."
    assert [e.actor1 for e in run(extractor, text) if e.action == "capture"] in ([], [""])


@pytest.mark.parametrize("text,expected", FIX4_BARE_GUNMEN)
def test_fix4_bare_gunmen_by_country(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.actor1) for e in run(extractor, text)] == expected


# ---- review 3 regressions (session 5, integrator)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # two more dead and a rising count with no figure read: they add up
            "قتل ستة مدنيين بقصف على مدينة عفرين أمس. وتوفي طفلان متأثرين بجراحهما، ليرتفع العدد"
            " إلى ثمانية.",
            [("shelling", "Afrin", 8)],
            id="two-more-dead-add-when-the-rising-count-is-bare",
        ),
        pytest.param(
            "قتل ستة مدنيين بقصف على مدينة عفرين أمس. وارتفع عدد القتلى صباح اليوم إلى تسعة.",
            [("shelling", "Afrin", 9)],
            id="a-rising-count-still-replaces",
        ),
        pytest.param(  # members who killed someone are not the dead
            "قال قائد الشرطة إن ثلاثة من عناصر الشرطة قتلوا انتحارياً قبل أن يفجر حزامه الناسف عند"
            " مدخل مدينة سامراء اليوم.",
            [("bombing", "Samarra'", None)],
            id="members-who-killed-a-bomber-are-not-the-dead",
        ),
        pytest.param(
            "وقال إن خمسة من عناصر الشرطة قتلوا جميعاً في الهجوم على حاجز قرب مدينة سامراء أمس.",
            [("clash", "Samarra'", 5)],
            id="members-killed-all-together-are-the-dead",
        ),
        pytest.param(  # out of a car, then firing: no withdrawal
            "خرج ثلاثة مسلحين من سيارة وأطلقوا النار على المارة في سوق مدينة الباب أمس، ما أدى إلى"
            " مقتل شخصين.",
            [("attack", "Al Bab", 2)],  # passers-by shot: an attack on civilians (session 9)
            id="gunmen-out-of-a-car-are-no-withdrawal",
        ),
        pytest.param(
            "خرج نحو 900 مسلح من مدينة دوما على متن حافلات باتجاه الشمال أمس.",
            [("withdrawal", "Duma", None)],
            id="fighters-leaving-a-town-on-buses-withdraw",
        ),
        pytest.param(  # a blast during a combing is a bombing
            "بدأت القوات العراقية تمشيط قرى جنوب الموصل، وخلال تمشيطها انفجرت عبوة ناسفة بآلية"
            " عسكرية ما أدى إلى مقتل جنديين.",
            [("bombing", "Mosul", 2)],
            id="a-blast-during-a-combing-is-a-bombing",
        ),
        pytest.param(
            "دخلت وحدات الهندسة بلدة حرستا لتمشيطها من المفخخات والألغام التي خلفها المسلحون.",
            [("capture", "Harasta", None)],
            id="combing-a-town-for-car-bombs-is-no-bombing",
        ),
        pytest.param(  # a foiled rocket attack is no shelling
            "أعلنت القوات الأمريكية أنها تمكنت من إحباط الهجوم الصاروخي على السفارة في بغداد.",
            [("clash", "Baghdad", None)],
            id="a-foiled-rocket-attack-is-no-shelling",
        ),
    ],
)
def test_review3_regressions(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location, e.fatalities) for e in run(extractor, text)] == expected


def test_review3_a_demonstrative_blast_keeps_its_victims(extractor: Extractor) -> None:
    text = "انفجرت عبوة ناسفة في مدينة الباب أمس، وأدت هذه العبوة الناسفة إلى مقتل 3 مدنيين."
    assert [(e.action, e.actor2, e.fatalities) for e in run(extractor, text)] == [
        ("bombing", "civilians", 3)
    ]


def test_review3_opposition_members_elsewhere_are_not_syrian_rebels(extractor: Extractor) -> None:
    text = (
        "سقطت قذائف صاروخية على مخيم ليبرتي الذي يؤوي عناصر المعارضة الإيرانية في بغداد أمس، ما"
        " أدى إلى مقتل 5 منهم."
    )
    assert all(e.actor1 != "syrian_opposition" for e in run(extractor, text))


# ---- review 4 regressions (session 5, integrator)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قال مصدر في الشرطة إن ستة من عناصر الشرطة قتلوا عندما انفجرت عبوة ناسفة بدوريتهم في"
            " الرمادي أمس.",
            [("bombing", "Ramadi", 6)],
            id="members-killed-when-a-bomb-went-off-are-the-dead",
        ),
        pytest.param(
            "وأكد المصدر أن خمسة من عناصر قوات النظام قتلوا صباحا بقصف لداعش على مواقعهم في دير"
            " الزور.",
            [("shelling", "Deir ez-Zor", 5)],
            id="members-killed-in-the-morning-are-the-dead",
        ),
        pytest.param(  # combing an area for bombs, no pronoun: no bombing
            "وقامت القوات العراقية بتمشيط حي الزنجيلي في الموصل من العبوات الناسفة أمس.",
            [],
            id="combing-a-quarter-for-bombs-is-no-bombing",
        ),
        pytest.param(  # a foiled ground attack with a fight is a clash
            "أحبطت قوات سوريا الديمقراطية هجوماً لتنظيم داعش على مواقعها في ريف الرقة وقتلت 12 من"
            " عناصره أمس.",
            [("clash", "Ar Raqqah", 12)],
            id="a-foiled-ground-attack-is-a-clash",
        ),
        pytest.param(  # verb-first leaving from a bare town name
            "خرج نحو 300 مسلح من داريا باتجاه إدلب بموجب اتفاق مع الحكومة السورية أمس.",
            [("withdrawal", "Darayya", None)],
            id="fighters-leaving-a-bare-town-name-withdraw",
        ),
        pytest.param(  # a release is no firing after going out
            "خرج 2000 مسلح من حي الوعر في حمص على متن حافلات، فيما أطلقت الحكومة سراح عشرات"
            " المعتقلين بموجب الاتفاق.",
            [("withdrawal", "Homs", None)],
            id="a-release-does-not-cancel-a-withdrawal",
        ),
        pytest.param(  # out of a prison: no withdrawal
            "خرج 50 مسلحا من سجن بادوش في الموصل بعد هجوم على السجن أمس.",
            [("clash", "Mosul", None)],
            id="gunmen-out-of-a-prison-are-no-withdrawal",
        ),
    ],
)
def test_review4_regressions(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location, e.fatalities) for e in run(extractor, text)] == expected


# ---- actors (session 6, r1actors)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # an opposition roundup: martyrs, «النظام», only the regime named
            "وثق ناشطون سقوط 12 شهيداً برصاص قوات النظام في ريف حمص. وتعرضت مدينة تلبيسة لقصف"
            " مدفعي عنيف مساء أمس.",
            ("shelling", "syrian_regime"),
            id="unclaimed-shelling-told-by-the-regimes-opponents",
        ),
        pytest.param(  # Russia named too: the firer stays unknown
            "تعرضت مدينة تلبيسة لقصف مدفعي عنيف مساء أمس. وقال ناشطون إن قوات النظام حشدت في"
            " ريف حمص، فيما استشهد 4 مدنيين بغارات روسية على بلدة كفرنبل.",
            ("shelling", "unknown"),
            id="unclaimed-shelling-stays-unknown-when-russia-is-named",
        ),
        pytest.param(  # no martyrs: a neutral report keeps the firer unknown
            "قتل 4 عناصر من قوات النظام في اشتباكات بريف حمص. وتعرضت مدينة تلبيسة لقصف مدفعي"
            " عنيف مساء أمس.",
            ("shelling", "unknown"),
            id="unclaimed-shelling-stays-unknown-without-martyrs",
        ),
        pytest.param(  # «الأسد» as a surname of someone else, no regime force named
            "استشهد الشاب محمد الأسد في مدينة الموصل. وتعرضت مدينة تلعفر لقصف مدفعي عنيف مساء أمس.",
            ("shelling", "unknown"),
            id="unclaimed-shelling-in-iraq-stays-unknown",
        ),
    ],
)
def test_r1actors_unclaimed_shelling_of_opposition_reports(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    shelling = only(run(extractor, text), "shelling")
    assert [(e.action, e.actor1) for e in shelling] == [expected]


# ---- r1dates: a lead's span within the day dates the body; a bulletin's flashes do not (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تواصل قوات النظام قصفها على ريف إدلب الجنوبي، حيث نفذت الطائرات الحربية منذ فجر اليوم"
            " الثلاثاء أكثر من 40 غارة على مدن وبلدات ريف إدلب.\n\nوقتل ثلاثة مدنيين في بلدة كفرنبل"
            " جراء غارات جوية على البلدة، كما سقطت قذائف مدفعية على مدينة معرة النعمان.",
            [("airstrike", "2016-05-10"), ("airstrike", "2016-05-10"), ("shelling", "2016-05-10")],
            id="r1dates-since-dawn-today-in-the-lead-dates-the-body",
        ),
        pytest.param(
            "تواصل قوات النظام قصفها على ريف إدلب الجنوبي، حيث نفذت الطائرات الحربية منذ مساء أمس"
            " أكثر من 40 غارة على مدن وبلدات ريف إدلب.\n\nوقتل ثلاثة مدنيين في بلدة كفرنبل جراء"
            " غارات جوية على البلدة، كما سقطت قذائف مدفعية على مدينة معرة النعمان.",
            [("airstrike", "2016-05-09"), ("airstrike", ""), ("shelling", "")],
            id="r1dates-neg-since-last-evening-spans-two-days",
        ),
        pytest.param(
            "تواصل قوات النظام قصفها على ريف إدلب الجنوبي، حيث نفذت الطائرات الحربية منذ يوم الأحد"
            " أكثر من 40 غارة على مدن وبلدات ريف إدلب.\n\nوقتل ثلاثة مدنيين في بلدة كفرنبل جراء"
            " غارات جوية على البلدة، كما سقطت قذائف مدفعية على مدينة معرة النعمان.",
            [("airstrike", "2016-05-08"), ("airstrike", ""), ("shelling", "")],
            id="r1dates-neg-since-a-weekday-is-a-period",
        ),
        pytest.param(
            "🔴 غارات جوية اليوم على مدن وبلدات خان شيخون والتمانعة جنوب إدلب.\n\n🔴 استهداف رتل"
            " عسكري بغارة جوية قرب بلدة كفرنبل على الطريق الدولي.",
            [("airstrike", "2016-05-10"), ("airstrike", "2016-05-10"), ("airstrike", "")],
            id="r1dates-neg-a-bulletin-flash-is-no-lead",
        ),
        pytest.param(
            "• غارات جوية منذ فجر اليوم على مدن وبلدات خان شيخون والتمانعة جنوب إدلب.\n\n• استهداف"
            " رتل عسكري بغارة جوية قرب بلدة كفرنبل على الطريق الدولي.",
            [("airstrike", "2016-05-10"), ("airstrike", "2016-05-10"), ("airstrike", "")],
            id="r1dates-neg-a-bulleted-line-is-no-lead",
        ),
    ],
)
def test_r1dates_lead_span_within_the_day(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- missed and extra events: a stand-in village is a place of its own (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت الطائرات الروسية مدينة مورك اليوم. كما قصفت الطائرات قريتي زعرورة وقصبلو قرب"
            " المدينة.",
            [("airstrike", "مورك"), ("airstrike", "زعرورة"), ("airstrike", "قصبلو")],
            id="r1events-unlisted-village-does-not-join-the-town-it-stands-at",
        ),
        pytest.param(
            "الطائرات التركية تقصف منبج\n\nقصفت الطائرات الحربية التركية صباح اليوم قرى زعرورة"
            " وقصبلو وشرمالك في ريف منبج الغربي.",
            [
                ("airstrike", "منبج"),
                ("airstrike", "زعرورة"),
                ("airstrike", "قصبلو"),
                ("airstrike", "شرمالك"),
            ],
            id="r1events-unlisted-village-does-not-join-the-headline-town",
        ),
        pytest.param(
            "قوات النظام تسيطر على عدة قرى قرب مورك\n\nسيطرت قوات النظام اليوم على قرى زعرورة"
            " وقصبلو وشرمالك في محيط مورك.",
            [("capture", "زعرورة"), ("capture", "قصبلو"), ("capture", "شرمالك")],
            id="r1events-neg-villages-summed-up-by-a-plural-noun-join",
        ),
        pytest.param(
            "غارات روسية على ريف حماة الشمالي\n\nقصفت الطائرات الروسية اليوم قريتي زعرورة وقصبلو"
            " قرب مورك.",
            # the headline's countryside joins the first village's event, which the village
            # names: it is the more specific place (session 7, merge.body_stand_in)
            [("airstrike", "زعرورة"), ("airstrike", "قصبلو")],
            id="r1events-neg-headline-countryside-holds-the-villages",
        ),
        pytest.param(
            "قصفت الطائرات الروسية اليوم قريتي زعرورة وقصبلو قرب مورك، ما أدى إلى مقتل طفلين في"
            " القرية.",
            [("airstrike", "زعرورة"), ("airstrike", "قصبلو")],
            id="r1events-neg-the-village-referred-back-to-joins",
        ),
        # a quarter the gazetteer lacks is part of the town in focus (session 16, hH5)
        pytest.param(
            "هاجم عناصر داعش سجن الصناعة في مدينة الحسكة مساء أمس، وبدأ الهجوم بتفجير سيارة "
            "مفخخة، قبل أن تهاجم مجموعات مسلحة تحصنت في حي الزهور المجاور نقاط الحراسة.",
            [("clash", "الحسكة"), ("bombing", "الحسكة")],
            id="s16-an-unlisted-quarter-is-the-town-s-own-attack",
        ),
        pytest.param(
            "سيطرت قوات النظام على حي الشيخ سعيد في مدينة حلب، كما سيطرت على حي العامرية المجاور.",
            [("capture", "حلب")],
            id="s16-two-quarters-of-one-town-one-capture",
        ),
    ],
)
def test_r1events_stand_in_village_is_its_own_place(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text)
    assert [(e.action, e.location_ar) for e in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام اليوم على بلدتي مورك وكفرنبودة بعد انسحاب الفصائل منهما.",
            ["مورك", "كفرنبودة"],
            id="r1events-withdrawal-from-them-leaves-every-town-taken",
        ),
        pytest.param(
            "سيطرت قوات النظام اليوم على بلدة مورك بعد انسحاب الفصائل منها.",
            ["مورك"],
            id="r1events-neg-withdrawal-from-one-town",
        ),
        pytest.param(
            "سيطرت قوات النظام اليوم على بلدتي مورك وكفرنبودة، بعد انسحاب قسم منها نحو خان شيخون.",
            ["كفرنبودة"],
            id="r1events-neg-part-of-them-is-the-forces",
        ),
        pytest.param(
            "سيطرت قوات النظام اليوم على بلدتي مورك وكفرنبودة بعد معارك عنيفة. وانسحبت الفصائل"
            " منهما.",
            ["كفرنبودة"],
            id="r1events-neg-withdrawal-told-in-the-next-sentence",
        ),
    ],
)
def test_r1events_withdrawal_from_the_towns_taken(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text)
    assert [e.location_ar for e in got if e.action == "withdrawal"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام، صباح اليوم، على بلدة الحراك في ريف درعا الشرقي، بعد انسحاب مقاتلي"
            " المعارضة منها، إثر مفاوضات مع الوفد الروسي في مدينة بصرى الشام لم تنجح.",
            ["Al Hirak"],
            id="r1events-withdrawal-from-it-is-not-the-town-of-the-next-clause",
        ),
        pytest.param(
            "قصفت الطائرات، صباح اليوم، بلدة الحراك في ريف درعا الشرقي، بعد انسحاب مقاتلي"
            " المعارضة منها، إثر مفاوضات مع الوفد الروسي في مدينة بصرى الشام لم تنجح.",
            ["Busra ash Sham"],
            id="r1events-neg-no-capture-before-the-withdrawal",
        ),
        pytest.param(
            "سيطرت قوات النظام، صباح اليوم، على بلدة الحراك في ريف درعا الشرقي، بعد انسحاب عدد"
            " منهم، إثر مفاوضات مع الوفد الروسي في مدينة بصرى الشام لم تنجح.",
            ["Busra ash Sham"],
            id="r1events-neg-from-them-are-people-not-towns",
        ),
        pytest.param(
            "انسحبت الفصائل منه اليوم، عقب اجتماع في مدينة بصرى الشام.",
            ["Busra ash Sham"],
            id="r1events-neg-withdrawal-alone-in-its-sentence",
        ),
    ],
)
def test_r1events_withdrawal_from_it_keeps_the_town_taken(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text)
    assert [e.location for e in got if e.action == "withdrawal"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام، صباح اليوم، على بلدة مورك وقرية زعرورة في ريف حماة الشمالي.",
            2,
            id="r1events-a-village-joined-to-the-town-in-a-later-part-is-an-event",
        ),
        pytest.param(
            "سيطرت قوات النظام، صباح اليوم، على بلدة مورك وقرية صغيرة في ريف حماة الشمالي.",
            1,
            id="r1events-neg-an-adjective-after-the-village-noun-is-no-name",
        ),
        pytest.param(
            "سيطرت قوات النظام، صباح اليوم، على بلدة مورك والقرية المجاورة في ريف حماة الشمالي.",
            1,
            id="r1events-neg-a-definite-village-noun-is-no-name",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة، صباح اليوم، سيارة على الطريق بين بلدة مورك وقرية زعرورة في ريف"
            " حماة.",
            1,
            id="r1events-neg-a-road-between-two-places-is-one-place",
        ),
    ],
)
def test_r1events_village_joined_to_a_town(extractor: Extractor, text: str, expected: int) -> None:
    assert len(run(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the pronoun on the target refers back to the side named before
            "تقدم مقاتلو داعش نحو بلدة تل أبيض، فقصفت الطائرات التركية مواقعهم قرب البلدة.",
            [("airstrike", "turkey", "isis")],
            id="held-target-is-the-side-named-before",
        ),
        pytest.param(  # a country told as a place is no side the pronoun refers to
            "انسحب تنظيم داعش من قرية قرب الحدود مع تركيا، عقب غارات نفذها التحالف الدولي على"
            " مواقعهم في بلدة تل أبيض.",
            [("withdrawal", "isis", ""), ("airstrike", "coalition", "isis")],
            id="held-target-skips-a-country-as-a-place",
        ),
        pytest.param(  # retaking its own positions: no target, but the one foe of the
            # article lost them (opponent_elsewhere, session 9)
            "استعادت القوات العراقية مواقعها في بيجي بعد هجوم لداعش.",
            [("capture", "iraqi_army", "isis"), ("clash", "isis", "iraqi_army")],
            id="own-positions-retaken-are-no-target",
        ),
        pytest.param(  # only the striker named before: its own positions, no target
            "قصفت قوات النظام مواقعها السابقة في سراقب بعد انسحابها منها.",
            [("withdrawal", "syrian_regime", ""), ("shelling", "syrian_regime", "")],
            id="own-former-positions-name-no-target",
        ),
        pytest.param(  # no side named before the pronoun: actor2 stays empty
            "قصفت الطائرات التركية مواقعهم في بلدة تل أبيض أمس.",
            [("airstrike", "turkey", "")],
            id="held-target-with-no-side-before",
        ),
    ],
)
def test_r1actors_held_targets(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.actor1, e.actor2) for e in run(extractor, text)] == expected


# ---- r1dates: a lead's rockets joined by drones tell air strikes too; a lead over a region (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شن الحرس الثوري الإيراني، صباح اليوم الثلاثاء، هجمات بالصواريخ والطائرات المسيرة على"
            " مقرات لأحزاب كردية معارضة في عدة مناطق بإقليم كوردستان.\n\nكما استهدفت طائرات مسيرة"
            " مقرات حزب كردي معارض في قضاء كويه شرق أربيل.",
            [("shelling", "2016-05-10"), ("airstrike", "2016-05-10")],
            id="r1dates-rockets-and-drones-in-the-lead-date-a-drone-strike",
        ),
        pytest.param(
            "شن الحرس الثوري الإيراني، صباح اليوم الثلاثاء، هجمات بالصواريخ على مقرات لأحزاب كردية"
            " معارضة في عدة مناطق بإقليم كوردستان.\n\nكما استهدفت طائرات مسيرة مقرات حزب كردي"
            " معارض في قضاء كويه شرق أربيل.",
            [("shelling", "2016-05-10"), ("airstrike", "")],
            id="r1dates-neg-rockets-alone-tell-no-drone-strike",
        ),
        pytest.param(
            "قصفت المدفعية الإيرانية بالصواريخ صباح اليوم الثلاثاء قرى حدودية في عدة مناطق بإقليم"
            " كوردستان، والطائرات المسيرة تحلق في الأجواء.\n\nكما استهدفت طائرات مسيرة مقرات حزب"
            " كردي معارض في قضاء كويه شرق أربيل.",
            [("shelling", "2016-05-10"), ("airstrike", "")],
            id="r1dates-neg-aircraft-of-another-clause-are-no-weapon-of-the-lead",
        ),
        pytest.param(
            "شن الحرس الثوري الإيراني، صباح اليوم الثلاثاء، هجمات بالصواريخ والطائرات المسيرة على"
            " مقرات لأحزاب كردية معارضة في عدة مناطق بإقليم كوردستان.\n\nوكانت طائرات مسيرة قد"
            " استهدفت مقرات حزب كردي معارض في قضاء كويه شرق أربيل.",
            [("shelling", "2016-05-10"), ("airstrike", "")],
            id="r1dates-neg-background-after-the-lead-keeps-no-day",
        ),
        pytest.param(
            "قصفت المدفعية الإيرانية صباح اليوم الثلاثاء قرى حدودية في عدة مناطق بإقليم كوردستان."
            "\n\nوفي سوريا، سقطت قذائف مدفعية على أطراف مدينة القامشلي.",
            [("shelling", "2016-05-10"), ("shelling", "")],
            id="r1dates-neg-a-region-lead-dates-nothing-in-another-country",
        ),
    ],
)
def test_r1dates_lead_weapons_and_region(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # an opposition roundup naming only the regime: the war's two sides
            "وثقت لجان التنسيق 15 شهيداً برصاص قوات النظام في حمص. واندلعت اشتباكات عنيفة في"
            " محيط بلدة الرستن.",
            ("syrian_opposition", "syrian_regime"),
            id="sideless-clash-of-an-opposition-roundup",
        ),
        pytest.param(  # قوات حفظ النظام is law enforcement, not «the regime»
            "استشهد عنصران من قوات حفظ النظام في ريف دمشق. واندلعت اشتباكات عنيفة في محيط بلدة"
            " الرستن.",
            ("", ""),
            id="law-enforcement-is-no-regime-word",
        ),
        pytest.param(  # ISIS named too: a sideless clash may be anyone's
            "وثق ناشطون 15 شهيداً بقصف قوات النظام على حمص، فيما سيطر تنظيم داعش على قرية قرب"
            " تدمر. واندلعت اشتباكات عنيفة في محيط بلدة الرستن.",
            ("", ""),
            id="sideless-clash-stays-sideless-when-isis-is-named",
        ),
        pytest.param(  # no martyrs: a neutral report
            "قتل 15 شخصاً برصاص قوات النظام في حمص. واندلعت اشتباكات عنيفة في محيط بلدة الرستن.",
            ("", ""),
            id="sideless-clash-stays-sideless-without-martyrs",
        ),
    ],
)
def test_r1actors_sideless_clash_of_opposition_reports(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    clashes = only(run(extractor, text), "clash")
    assert [(e.actor1, e.actor2) for e in clashes] == [expected]


# ---- r1dates: an attack told as simultaneous (وفي هجوم متزامن) has the day of the one before (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "فجر انتحاري نفسه مساء أمس عند حاجز للشرطة في مدينة كركوك. وفي هجوم متزامن، فجر انتحاري"
            " آخر سيارة مفخخة قرب مبنى البلدية في قضاء الدبس.",
            [
                ("bombing", "2016-05-09"),
                ("bombing", "2016-05-09"),
            ],  # the framing noun is no clash (s15)
            id="r1dates-simultaneous-attack-takes-the-day-before",
        ),
        pytest.param(
            "فجر انتحاري نفسه عند حاجز للشرطة في مدينة كركوك. وفي هجوم متزامن، فجر انتحاري آخر"
            " سيارة مفخخة قرب مبنى البلدية في قضاء الدبس.",
            [("bombing", ""), ("bombing", "")],
            id="r1dates-neg-simultaneous-with-an-undated-attack",
        ),
        pytest.param(
            "فجر انتحاري نفسه مساء أمس عند حاجز للشرطة في مدينة كركوك. وفي هجوم مماثل، فجر انتحاري"
            " آخر سيارة مفخخة قرب مبنى البلدية في قضاء الدبس.",
            [("bombing", "2016-05-09"), ("bombing", "")],
            id="r1dates-neg-a-similar-attack-is-no-time",
        ),
        pytest.param(
            "فجر انتحاري نفسه مساء أمس عند حاجز للشرطة في مدينة كركوك. وحذر مسؤول من هجمات متزامنة"
            " قد يشنها التنظيم، وفجر انتحاري آخر سيارة مفخخة قرب مبنى البلدية في قضاء الدبس.",
            [("bombing", "2016-05-09")],
            id="r1dates-neg-feared-simultaneous-attacks-tell-no-time",
        ),
    ],
)
def test_r1dates_simultaneous_attack(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # Homs, a rebel front; the Nusra Front is named only later, elsewhere
            "أطلق المسلحون قذائف هاون على حي الزهراء في مدينة حمص أمس. وفي القلمون، تستمر"
            " الاشتباكات بين الجيش السوري ومقاتلين من جبهة النصرة في يبرود.",
            "syrian_opposition",
            id="bare-gunmen-on-a-rebel-front-are-the-rebels",
        ),
        pytest.param(  # Raqqa after 2014 is no rebel front: the later name stands
            "أطلق المسلحون قذائف هاون على حي الدرعية في مدينة الرقة أمس. وفي القلمون، تستمر"
            " الاشتباكات بين الجيش السوري ومقاتلين من جبهة النصرة في يبرود.",
            "nusra",
            id="bare-gunmen-off-the-rebel-fronts-keep-their-resolution",
        ),
        pytest.param(  # the Nusra Front named before: the article's own side
            "تستمر الاشتباكات بين الجيش السوري ومقاتلين من جبهة النصرة في يبرود. وأطلق المسلحون"
            " قذائف هاون على حي الزهراء في مدينة حمص أمس.",
            "nusra",
            id="bare-gunmen-after-a-named-side-are-that-side",
        ),
        pytest.param(  # ISIS named before, even on a rebel front
            "سيطر تنظيم داعش على مدينة تدمر. وأطلق المسلحون قذائف هاون على حي الزهراء في مدينة"
            " حمص أمس.",
            "isis",
            id="bare-gunmen-after-isis-named-are-isis",
        ),
    ],
)
def test_r1actors_bare_gunmen_on_rebel_fronts(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert [e.actor1 for e in only(run(extractor, text), "shelling")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # one side told; the article's one armed opponent is the other
            "تقدمت قوات النظام نحو مدينة تدمر التي يسيطر عليها تنظيم داعش. وتخوض قوات النظام"
            " معارك عنيفة على مشارف مدينة تدمر.",
            ("syrian_regime", "isis"),
            id="one-sided-clash-against-the-one-opponent-named",
        ),
        pytest.param(  # two opponents named (Nusra, ISIS): the other side stays empty
            "تقدمت قوات النظام نحو مدينة تدمر، فيما قصفت الطائرات الروسية مواقع جبهة النصرة في"
            " إدلب وسيطر تنظيم داعش على قرية قرب حلب. وتخوض قوات النظام معارك عنيفة على مشارف"
            " مدينة تدمر.",
            ("syrian_regime", ""),
            id="one-sided-clash-with-two-opponents-named-stays-one-sided",
        ),
        pytest.param(  # the PMF is the Iraqi state's partner, no opponent
            "وصلت تعزيزات من الحشد الشعبي إلى قضاء بيجي. وتخوض القوات العراقية معارك عنيفة على"
            " مشارف بيجي.",
            ("iraqi_army", ""),
            id="one-sided-clash-no-partner-as-opponent",
        ),
        pytest.param(  # civilians are no side
            "قتل 3 مدنيين في حمص. وتخوض قوات النظام معارك عنيفة على مشارف مدينة تدمر.",
            ("syrian_regime", ""),
            id="one-sided-clash-civilians-are-no-opponent",
        ),
    ],
)
def test_r1actors_one_sided_clash(extractor: Extractor, text: str, expected: tuple) -> None:
    assert [(e.actor1, e.actor2) for e in only(run(extractor, text), "clash")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the offensive goes on: the taker from the same side before
            "سيطر الجيش التركي على بلدة جنديرس بعد معارك مع وحدات حماية الشعب. وواصلت القوات"
            " تقدمها وانتزعت قرية كفرصفرة من وحدات حماية الشعب.",
            [("turkey", "ypg"), ("turkey", "ypg")],
            id="capture-without-taker-from-the-same-loser",
        ),
        pytest.param(  # another loser: no taker inferred
            "سيطر الجيش التركي على بلدة جنديرس بعد معارك مع وحدات حماية الشعب. وتواصل القتال"
            " وانتزعت قرية كفرصفرة من تنظيم داعش.",  # no subject (bare القوات names the army)
            [("turkey", "ypg"), ("", "isis")],
            id="capture-without-taker-from-another-loser",
        ),
        pytest.param(  # the named capture comes later: no taker inferred backwards
            "انتزعت القوات قرية كفرصفرة من وحدات حماية الشعب. وسيطر الجيش التركي على بلدة جنديرس"
            " بعد معارك مع وحدات حماية الشعب.",
            [("", "ypg"), ("turkey", "ypg")],
            id="capture-without-taker-before-the-named-one",
        ),
    ],
)
def test_r1actors_taker_of_the_same_loser(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text), "capture")]
    assert got == expected


# ---- r2actors: the loser of one offensive's round-up; what remained of a side withdraws (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the same state's forces took another village from ISIS: the round-up's loser
            "حررت قوات الجيش العراقي ناحية حمام العليل من قبضة تنظيم داعش. كما حررت قطعات"
            " الشرطة الاتحادية قضاء الشرقاط.",
            [("iraqi_army", "isis"), ("iraqi_federal_police", "isis")],
            id="round-up-loser-from-the-same-state",
        ),
        pytest.param(  # two losers named before: left empty
            "سيطر الجيش التركي على بلدة جنديرس بعد طرد وحدات حماية الشعب منها. وسيطر الجيش"
            " التركي على بلدة الراعي بعد طرد تنظيم داعش منها. وسيطرت القوات التركية على بلدة راجو.",
            [("turkey", "ypg"), ("turkey", "isis"), ("turkey", "")],
            id="round-up-two-losers-leave-it-empty",
        ),
        pytest.param(  # another side's capture names no loser for this taker
            "سيطر تنظيم داعش على بلدة السخنة بعد انسحاب قوات النظام منها. وسيطرت قوات سوريا"
            " الديمقراطية على مدينة الطبقة.",
            [("isis", "syrian_regime"), ("sdf", "")],
            id="round-up-other-taker-no-loser",
        ),
        pytest.param(  # another family's taker (the Peshmerga) names no loser for the army
            "استعادت قوات البيشمركة بلدة زمار من تنظيم داعش. وسيطر الجيش العراقي على مدينة كركوك.",
            [("peshmerga", "isis"), ("iraqi_army", "")],
            id="round-up-other-family-no-loser",
        ),
    ],
)
def test_r2actors_loser_of_the_same_taker(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text), "capture")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # what remained of the terrorists withdrew
            "وانسحب ما تبقى من عناصر داعش باتجاه الصحراء وتلاحقهم طائراتنا.",
            "isis",
            id="what-remained-of-a-side-withdraws",
        ),
        pytest.param(  # the army withdrew from what remained of the town: the army withdraws
            "وانسحب الجيش العراقي مما تبقى من مدينة بيجي بعد هجوم لتنظيم داعش.",
            "iraqi_army",
            id="withdrew-from-what-remained-of-the-town",
        ),
        pytest.param(  # a side named before the verb stays the withdrawer without ما تبقى
            "وانسحبت قوات البيشمركة من بلدة سنجار أمام هجوم داعش.",
            "peshmerga",
            id="withdrawer-named-before",
        ),
    ],
)
def test_r2actors_what_remained_withdraws(extractor: Extractor, text: str, expected: str) -> None:
    assert [e.actor1 for e in only(run(extractor, text), "withdrawal")] == [expected]


# ---- r2dates: datelines, parts of day in the event's clause (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجار يهز مدينة تكريت\nتكريت 10-5-2016 (أ ف ب) - انفجرت سيارة مفخخة ليل الأحد قرب سوق"
            " شعبي في مدينة تكريت.",
            [("bombing", "2016-05-08")],
            id="r2dates-dateline-date-is-no-event-date",
        ),
        pytest.param(
            "انفجار يهز مدينة تكريت\nتكريت 10-5-2016 (أ ف ب) - انفجرت سيارة مفخخة قرب سوق شعبي في"
            " مدينة تكريت.",
            [("bombing", "")],
            id="r2dates-neg-dateline-alone-dates-nothing",
        ),
    ],
)
def test_r2dates_datelines(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- r2figures: a count's noun, headline sums (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the bodies of five (killed); the next count's noun is the wounded's
            "وفي بلدة حزة، قصفت طائرات النظام منازل المدنيين، وتمكنت فرق الإنقاذ من انتشال جثث"
            " خمسة مدنيين من تحت الركام وإسعاف 17 جريحاً.",
            [(5, 17)],
            id="r2figures-bodies-then-wounded-count",
        ),
        pytest.param(  # negative: "of the side" before its verb still gives the role
            "وفي مدينة سراقب، قتل ثلاثة عناصر من فصائل المعارضة بقصف مدفعي لقوات النظام.",
            [(3, None)],
            id="r2figures-neg-of-side-killed",
        ),
        pytest.param(  # negative: a people noun with "من" then the next clause's wounded
            "وفي مدينة معرة النعمان، استشهد ستة مدنيين من أبناء المدينة وأصيب 9 آخرون جراء غارات"
            " روسية.",
            [(6, 9)],
            id="r2figures-neg-of-town-then-wounded",
        ),
        pytest.param(  # the headline sums the day's towns, told again as a count since yesterday
            "قوات النظام تقصف ريف إدلب وتقتل 9 مدنيين\nقصفت قوات النظام بالمدفعية مدينة سراقب صباح"
            " اليوم، ما أدى إلى مقتل خمسة مدنيين. كما قتل أربعة مدنيين في بلدة سرمين بقصف مماثل."
            " وبذلك ترتفع حصيلة القتلى منذ يوم أمس إلى 9 مدنيين.",
            [(5, None), (4, None)],
            id="r2figures-headline-sum-equal-to-period-count",
        ),
        pytest.param(  # negative: the body tells the headline's count for the one event
            "قصف مدفعي يقتل 9 مدنيين في سراقب\nقصفت قوات النظام بالمدفعية مدينة سراقب صباح اليوم،"
            " ما أدى إلى مقتل 9 مدنيين. وبذلك ترتفع حصيلة القتلى منذ يوم أمس إلى 9 مدنيين.",
            [(9, None)],
            id="r2figures-neg-headline-count-told-in-body",
        ),
        pytest.param(  # negative: a period count different from the headline's
            "قصف مدفعي يقتل 9 مدنيين في سراقب\nقصفت قوات النظام بالمدفعية مدينة سراقب صباح اليوم."
            " وبذلك ترتفع حصيلة القتلى في المدينة منذ بداية الشهر إلى 40 مدنياً.",
            [(9, None)],
            id="r2figures-neg-headline-other-period-count",
        ),
    ],
)
def test_r2figures_counts(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.fatalities, e.injured) for e in run(extractor, text)] == expected


# ---- r2actors: the side named right after a strike noun is the striker (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # joint strikers: the side named first after the strike noun leads
            "قتل 12 مدنيا بغارات قوات النظام والطيران الروسي على مدينة أريحا.",
            [("syrian_regime", "civilians")],
            id="strike-noun-then-side-and-platform",
        ),
        pytest.param(  # joint strikers as the verb's subject: the side named first leads
            "قصفت قوات النظام والطيران الحربي الروسي بلدات ريف إدلب الجنوبي، ما أدى لمقتل 4"
            " مدنيين في كفرنبل.",
            [("syrian_regime", "")],
            id="joint-strikers-side-and-aircraft-of-another-not-its-target",
        ),
        pytest.param(  # «موقعة» (inflicting) is not «موقعه» (its position): the first side leads
            "واصلت طائرات ميليشيا أسد والطيران الروسي قصف مدن الغوطة الشرقية، موقعة عشرات"
            " الضحايا من المدنيين، في واحدة من أعنف موجات القصف.",
            [("syrian_regime", "civilians")],
            id="joint-strikers-aircraft-inflicting-is-no-held-position",
        ),
        pytest.param(  # a side after a verb and a target noun is struck, not the striker
            "شنت طائرات حربية غارات استهدفت مواقع قوات النظام في بلدة سراقب.",
            [("unknown", "syrian_regime")],
            id="strike-noun-then-verb-then-target",
        ),
        pytest.param(  # after a target marker the side is struck
            "نفذت الطائرات الروسية غارات على مواقع الفصائل في بلدة سراقب.",
            [("russia", "syrian_opposition")],
            id="strike-noun-then-marker",
        ),
        pytest.param(  # civilians after the strike noun are never its striker
            "قتل 4 مدنيين في غارات المدنيين الفارين قرب بلدة سراقب.",
            [("unknown", "civilians")],
            id="strike-noun-then-civilians",
        ),
    ],
)
def test_r2actors_striker_named_after_strike_noun(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text), "airstrike")]
    assert got == expected


# ---- r2dates: a day told after في حين is not shared back with the clause before it (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "اقتحمت القوات العراقية مدينة بيجي، في حين سيطرت اليوم على مدينة تكريت.",
            [("capture", ""), ("capture", "2016-05-10")],
            id="r2dates-whereas-day-is-not-shared-back",
        ),
        pytest.param(
            "سيطرت القوات العراقية اليوم على مدينة بيجي، في حين تتواصل المعارك في مدينة تكريت.",
            [("capture", "2016-05-10"), ("clash", "2016-05-10")],
            id="r2dates-neg-clause-after-whereas-still-shares",
        ),
        pytest.param(
            "اقتحمت القوات العراقية مدينة بيجي، فيما سيطرت اليوم على مدينة تكريت.",
            [("capture", "2016-05-10"), ("capture", "2016-05-10")],
            id="r2dates-neg-while-shares-the-day",
        ),
        pytest.param(
            "اقتحمت القوات العراقية مدينة بيجي حين سيطرت اليوم على مدينة تكريت.",
            [("capture", "2016-05-10")],
            id="r2dates-neg-when-is-no-whereas",
        ),
    ],
)
def test_r2dates_whereas(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- r2actors: "government forces" are the state forces of the event's country (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # in Iraq: the Iraqi forces
            "سيطر مسلحو تنظيم داعش على مدينة بيجي بعد معارك مع القوات الحكومية.",
            ("isis", "iraqi_army"),
            id="government-forces-in-iraq",
        ),
        pytest.param(  # in Syria: the regime
            "سيطرت فصائل المعارضة على مدينة إدلب بعد معارك مع القوات الحكومية.",
            ("syrian_opposition", "syrian_regime"),
            id="government-forces-in-syria",
        ),
        pytest.param(  # a named state wins over the place's country
            "سيطر تنظيم داعش على مدينة البوكمال بعد معارك مع القوات الحكومية العراقية.",
            ("isis", "iraqi_army"),
            id="government-forces-named-state",
        ),
    ],
)
def test_r2actors_government_forces_by_country(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text), "capture")]
    assert got == [expected]


# ---- r2events: lists after بينها/منها, and where an attack came from (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the towns singled out of an unnamed plural object are taken too
            "استعادت القوات الحكومية السيطرة على مدينة خان شيخون وعدد من القرى المجاورة لها، "
            "بينها التمانعة وكفرسجنة.",
            ["Khan Shaykhun", "At Tamani'ah", "Kafr Sajnah"],
            id="among-list-in-the-cue-part",
        ),
        pytest.param(  # a countryside gives way to the towns named of it
            "قصفت الطائرات الحربية عدة بلدات في ريف إدلب الجنوبي، أبرزها كفرنبل وحاس.",
            ["Kafranbel", "Has"],
            id="among-list-replaces-the-countryside",
        ),
        pytest.param(  # منها opening a clause of its own is no list
            "قصفت الطائرات مدينة الباب وهجرت أهالي القرى، ومنها خرجت قوافل النازحين إلى منبج.",
            ["Al Bab"],
            id="neg-among-opens-a-clause-with-its-verb",
        ),
        pytest.param(  # بينها singling out sides, not places
            "أعلنت فصائل عدة، بينها حركة أحرار الشام، سيطرتها على بلدة كفرنبودة.",
            ["Kafr Nabudah"],
            id="neg-among-sides",
        ),
        pytest.param(  # no plural of places before منها: no list of objects
            "قصفت الطائرات مواقع في بلدة الهبيط، منها مقرات قرب مدينة خان شيخون.",
            ["Al Habit"],
            id="neg-among-without-plural-place",
        ),
        pytest.param(  # a strike from the direction of a country strikes elsewhere
            "نفذت طائرات معادية غارات من اتجاه الأراضي اللبنانية استهدفت مواقع قرب مدينة حمص.",
            ["Homs"],
            id="strike-from-a-direction",
        ),
        pytest.param(  # an attack that set off from a country is fought at its target
            "دخل المسلحون بلدة ربيعة بعد هجوم انطلق من الأراضي التركية.",
            ["Rabia (Ninewa)", "Rabia (Ninewa)"],
            id="attack-set-off-from-a-country",
        ),
        pytest.param(  # a withdrawal from the ground is where it happened
            "انسحب مقاتلو التنظيم من الأراضي الواقعة في محيط بلدة الشدادي.",
            ["Ash Shaddadah"],
            id="neg-origin-withdrawal-keeps-its-place",
        ),
        pytest.param(  # the side of a town (الجهة الشرقية من) is the town itself
            "اندلعت اشتباكات عنيفة في الجهة الشرقية من مدينة درعا.",
            ["Dar'a"],
            id="neg-origin-side-of-a-town",
        ),
        pytest.param(  # من before a side is who fired, not where from
            "قتل مدنيان بقصف مدفعي من قوات النظام على مدينة جسر الشغور.",
            ["Jisr ash Shughur"],
            id="neg-origin-from-a-side",
        ),
    ],
)
def test_r2events_among_lists_and_origins(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.location for e in run(extractor, text)] == expected


# ---- r2dates: a source told with بحسب ما / حسبما is no new statement between clauses (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت الطائرات الحربية اليوم مدينة كفرنبل، بحسب ما أفاد به ناشطون، كما قصفت بلدة حاس.",
            ["2016-05-10", "2016-05-10"],
            id="r2dates-according-to-what-is-no-new-statement",
        ),
        pytest.param(
            "قصفت الطائرات الحربية اليوم مدينة كفرنبل، وأفاد ناشطون بأن الطائرات قصفت بلدة حاس.",
            ["2016-05-10", ""],
            id="r2dates-neg-a-new-speech-verb-starts-a-statement",
        ),
        pytest.param(
            "قصفت الطائرات الحربية اليوم مدينة كفرنبل، مضيفاً أن الطائرات قصفت بلدة حاس.",
            ["2016-05-10", ""],
            id="r2dates-neg-adding-that-starts-a-statement",
        ),
        pytest.param(
            "قصفت الطائرات الحربية اليوم مدينة كفرنبل، وقال ناشطون بحسب شهود إن الطائرات قصفت"
            " بلدة حاس.",
            ["2016-05-10", ""],
            id="r2dates-neg-according-to-a-witness-inside-a-new-statement",
        ),
    ],
)
def test_r2dates_according_to_what(extractor: Extractor, text: str, expected: list) -> None:
    got = only(run(extractor, text), "airstrike")
    assert [str(e.event_date or "") for e in got] == expected


# ---- r2actors: a generic noun in construct before another generic word is that word's side (session 6)
@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(  # مسلحو التنظيم: the organisation's gunmen
            "أعدم مسلحو التنظيم خمسة رجال في قرية حردان قرب سنجار.",
            "attack",
            ("isis", "civilians"),
            id="gunmen-of-the-organisation",
        ),
        pytest.param(  # المسلحون الجنود: subject and object, two sides (no construct)
            "هاجم المسلحون الجنود في بلدة الصنمين.",
            "clash",
            ("syrian_opposition", "syrian_regime"),
            id="definite-gunmen-then-soldiers-two-sides",
        ),
        pytest.param(  # indefinite gunmen stay unidentified
            "هاجم مسلحون مجهولون حاجزا للجيش في بلدة الصنمين.",
            "clash",
            ("unknown", "syrian_regime"),
            id="indefinite-gunmen-unidentified",
        ),
        pytest.param(  # fighters of the factions: the factions
            "اشتبك مقاتلو الفصائل مع قوات النظام في بلدة الصنمين.",
            "clash",
            ("syrian_opposition", "syrian_regime"),
            id="fighters-of-the-factions",
        ),
    ],
)
def test_r2actors_generic_noun_in_construct(
    extractor: Extractor, text: str, action: str, expected: tuple
) -> None:
    assert [(e.actor1, e.actor2) for e in only(run(extractor, text), action)] == [expected]


# ---- r2events: a bomb told as the means or support of another action (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # car bombs supporting an assault: the assault only
            "هاجم المسلحون مواقع الجيش قرب بلدة سراقب بدعم من دبابات وعربات مفخخة.",
            ["clash"],
            id="bombs-in-support-of-an-assault",
        ),
        pytest.param(  # what the enemy relies on is a description, no blast
            "قال القائد إن العدو يعتمد على القناصين والعبوات الناسفة المزروعة في طرقات "
            "مدينة الفلوجة.",
            [],
            id="bombs-relied-on",
        ),
        pytest.param(  # a blast told before the support phrase stays
            "انفجرت سيارة مفخخة في سوق مدينة الباب بدعم من خلايا التنظيم.",
            ["bombing"],
            id="neg-blast-before-support",
        ),
        pytest.param(  # a blast in a clause of its own after the support phrase stays
            "هاجم مقاتلو التنظيم بدعم من المدفعية مواقع الجيش في دير الزور، فيما انفجرت عبوة "
            "ناسفة بدورية للجيش في بلدة الميادين.",
            ["clash", "bombing"],
            id="neg-blast-in-its-own-clause",
        ),
        pytest.param(  # a bomber using a belt is a blast
            "فجر انتحاري مستخدما حزاما ناسفا نفسه في سوق مدينة منبج.",
            ["bombing"],
            id="neg-bomber-using-a-belt",
        ),
    ],
)
def test_r2events_bombs_as_means(extractor: Extractor, text: str, expected: list) -> None:
    assert [e.action for e in run(extractor, text)] == expected


# ---- r2dates: fighting told with وسط (amid) goes on at the day of the act it surrounds (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت القوات العراقية اليوم على مدينة بيجي وسط اشتباكات عنيفة مع عناصر التنظيم.",
            [("capture", "2016-05-10"), ("clash", "2016-05-10")],
            id="r2dates-amid-fighting-has-the-day-of-the-capture",
        ),
        pytest.param(
            "وكانت القوات العراقية سيطرت أمس على مدينة بيجي وسط اشتباكات عنيفة مع عناصر التنظيم.",
            [("capture", "2016-05-09"), ("clash", "")],
            id="r2dates-neg-amid-a-background-act",
        ),
        pytest.param(
            "سيطرت القوات العراقية على مدينة بيجي في تشرين الأول الماضي وسط اشتباكات عنيفة مع"
            " عناصر التنظيم.",
            [("clash", "")],
            id="r2dates-neg-amid-an-act-of-a-month",
        ),
        pytest.param(
            "سيطرت القوات العراقية اليوم على مدينة بيجي بعد معارك استمرت أياماً مع عناصر التنظيم.",
            [("capture", "2016-05-10"), ("clash", "")],
            id="r2dates-neg-battles-that-lasted-days",
        ),
    ],
)
def test_r2dates_amid_fighting(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- r2actors: shells told as more of the same; shells fired from a side's positions (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # كما سقطت: more shells of the one shooter told before
            "استهدف الإرهابيون حي باب توما بقذائف الهاون ما أدى إلى إصابة 3 مدنيين.\nوفي حلب،"
            " اعتقلت قوات النظام شابا في حي الميدان.\nكما سقطت قذيفتا هاون على مدينة جرمانا ما أدى"
            " إلى إصابة طفلة.",
            [("syrian_opposition", "civilians"), ("syrian_opposition", "civilians")],
            id="shells-alike-one-shooter",
        ),
        pytest.param(  # two shooters told before: none borrowed
            "قصفت قوات النظام بلدة كفرنبل بالمدفعية. وقصفت فصائل المعارضة مدينة محردة بالصواريخ."
            " كما سقطت قذائف هاون على بلدة السقيلبية.",
            [("syrian_regime", ""), ("syrian_opposition", ""), ("unknown", "")],
            id="shells-alike-two-shooters",
        ),
        pytest.param(  # a side named with the shells: the one shooter is not borrowed
            "قصفت قوات النظام بلدة كفرنبل بالمدفعية. واشتبكت فصائل المعارضة مع قوات النظام في"
            " بلدة الهبيط. كما سقطت قذائف على مواقع قوات النظام في بلدة حيش.",
            [("syrian_regime", ""), ("unknown", "syrian_regime")],
            id="shells-alike-side-named",
        ),
        pytest.param(  # fired from the positions of a side: that side shoots
            "كما طال القصف المدفعي من مواقع قوات الأسد في معسكر جورين مدينة خان شيخون مساء أمس.",
            [("syrian_regime", "")],
            id="shelling-from-positions-of-a-side",
        ),
    ],
)
def test_r2actors_shells_alike_and_fired_from(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text), "shelling")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(  # withdrew from a side's positions: no shooter marker
            "انسحبت فصائل المعارضة من مواقع قوات النظام في بلدة كفرنبل.",
            "withdrawal",
            ("syrian_opposition", ""),
            id="withdrew-from-positions-of-a-side",
        ),
        pytest.param(  # captured a side's positions: that side loses them
            "سيطرت فصائل المعارضة على مواقع قوات النظام في بلدة كفرنبل.",
            "capture",
            ("syrian_opposition", "syrian_regime"),
            id="captured-positions-of-a-side",
        ),
    ],
)
def test_r2actors_positions_of_a_side_not_fired_from(
    extractor: Extractor, text: str, action: str, expected: tuple
) -> None:
    assert [(e.actor1, e.actor2) for e in only(run(extractor, text), action)] == [expected]


# ---- r2events: a headline's bare "attack" is the event the body tells at its place (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the body's drone strike at the headline's place is the attack
            "بعد هجوم مطار المزة.. غارات على ريف إدلب\n"
            "استهدفت طائرات مسيرة مطار المزة العسكري في دمشق، أمس السبت. "
            "وشنت الطائرات الحربية غارات على بلدة كفرنبل.",
            [("airstrike", "Damascus"), ("airstrike", "Kafranbel")],
            id="headline-attack-is-the-body-strike",
        ),
        pytest.param(  # a strike at another town leaves the headline's attack alone
            "هجوم على مطار المزة العسكري\nشنت الطائرات الحربية غارات على بلدة كفرنبل، اليوم الأحد.",
            [("clash", "Damascus"), ("airstrike", "Kafranbel")],
            id="neg-headline-attack-other-town",
        ),
        pytest.param(  # a protest is never the headline's attack
            "هجوم على مدينة السويداء\nتظاهر المئات في ساحة الكرامة وسط مدينة السويداء، اليوم الأحد.",
            [("clash", "As-Suwayda"), ("protest", "As-Suwayda")],
            id="neg-headline-attack-and-protest",
        ),
        pytest.param(  # an attack told in the body is no headline
            "قال المرصد إن مسلحين شنوا هجوماً على حاجز قرب مدينة تدمر. "
            "وفي وقت لاحق قصفت الطائرات الحربية مدينة تدمر.",
            [("clash", "Tadmur"), ("airstrike", "Tadmur")],
            id="neg-body-attack-then-strike",
        ),
    ],
)
def test_r2events_headline_attack(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- r2events: a headline told only at a countryside sums up the body's events (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the headline's two countrysides are the body's towns, no events of their own
            "النظام يتقدم في ريف حماة.. و15 غارة روسية على ريفي إدلب وحماة\n"
            "نفذت الطائرات الحربية الروسية 15 غارة على بلدتي كفرنبل وحاس في ريف إدلب الجنوبي، "
            "اليوم الأحد.",
            [("airstrike", "Kafranbel"), ("airstrike", "Has")],
            id="headline-countryside-sums-up",
        ),
        pytest.param(  # the body tells no shelling: the headline is the only telling
            "قصف مدفعي على ريف حماة الشمالي\nتظاهر المئات في مدينة السويداء، اليوم الأحد.",
            [("shelling", "Hamah"), ("protest", "As-Suwayda")],
            id="neg-headline-countryside-alone",
        ),
        pytest.param(  # a headline at a town is an event of its own
            "غارات روسية على مدينة اللطامنة\n"
            "نفذت الطائرات الحربية الروسية غارات على بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد.",
            [("airstrike", "Al Lataminah"), ("airstrike", "Kafranbel")],
            id="neg-headline-town",
        ),
        pytest.param(  # a countryside told in the body stays
            "قال المرصد إن الطائرات الروسية شنت غارات على ريف حماة الشمالي، اليوم الأحد، "
            "كما شنت غارات على بلدة كفرنبل.",
            [("airstrike", "Hamah"), ("airstrike", "Kafranbel")],
            id="neg-body-countryside",
        ),
    ],
)
def test_r2events_headline_summary(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- r2dates: an event told with its own span back from the report borrows no day (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أعلنت وزارة الدفاع الروسية اليوم أن طائراتها نفذت خلال الساعات الأربع والعشرين"
            " الماضية غارات على مدينة تدمر.",
            [("airstrike", "")],
            id="r2dates-own-span-takes-no-day-of-the-statement",
        ),
        pytest.param(
            "قال مصدر أمني اليوم إن الطائرات نفذت خلال اليومين الماضيين غارات على مدينة الفلوجة.",
            [("airstrike", "")],
            id="r2dates-own-two-day-span",
        ),
        pytest.param(
            "قصفت الطائرات صباح اليوم مدينة الفلوجة التي شهدت خلال الساعات الـ24 الماضية معارك"
            " عنيفة.",
            [("clash", "2016-05-10"), ("airstrike", "2016-05-10")],
            id="r2dates-neg-a-span-of-another-clause",
        ),
        pytest.param(
            "تشن الطائرات منذ فجر اليوم غارات على مدينة الفلوجة.",
            [("airstrike", "2016-05-10")],
            id="r2dates-neg-since-dawn-is-a-day",
        ),
        pytest.param(
            "قال مصدر أمني اليوم إن الطائرات قصفت مدينة الفلوجة.",
            [("airstrike", "2016-05-10")],
            id="r2dates-neg-statement-day-without-a-span",
        ),
    ],
)
def test_r2dates_own_span(extractor: Extractor, text: str, expected: list) -> None:
    got = run(extractor, text)
    assert [(e.action, str(e.event_date or "")) for e in got] == expected


# ---- r2events: sit-ins and protesters blocking roads are protests (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واصل مئات المعلمين اعتصامهم أمام مبنى محافظة البصرة اليوم الأحد.",
            [("protest", "Al-Basrah")],
            id="sit-in-continued",
        ),
        pytest.param(
            "أغلق المتظاهرون الطرق الرئيسية في مدينة الحلة بالإطارات المحترقة.",
            [("protest", "Al Hillah")],
            id="protesters-block-roads",
        ),
        pytest.param(  # the forces cut the road on the protesters: no protest told
            "قطعت القوات الطريق على المتظاهرين في مدينة الحلة.",
            [],
            id="neg-forces-cut-road-on-protesters",
        ),
        pytest.param(
            "أغلق الجيش الطرق المؤدية إلى مدينة الحلة.",
            [],
            id="neg-army-closes-roads",
        ),
        pytest.param(
            "قطع المسلحون الطريق الدولي قرب مدينة حمص.",
            [],
            id="neg-gunmen-cut-road",
        ),
    ],
)
def test_r2events_sit_ins_and_blockades(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- r2events: protesters holding a stand (وقفة) is a protest (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نظم المتظاهرون وقفة أمام مبنى محافظة البصرة اليوم.",
            [("protest", "Al-Basrah")],
            id="protesters-stand",
        ),
        pytest.param(  # a stand with the protesters: a feature, no protest told
            "وقفة مع المتظاهرين في مدينة البصرة: ماذا يريدون؟",
            [],
            id="neg-stand-with-protesters",
        ),
        pytest.param(  # stopping the protests is no stand
            "أعلن المتظاهرون وقف الاحتجاجات في مدينة البصرة.",
            [],
            id="neg-protesters-stop",
        ),
        pytest.param(  # a demand to stop the fire is no stand
            "طالب المحتجون بوقف إطلاق النار في مدينة البصرة.",
            [],
            id="neg-protesters-demand-ceasefire",
        ),
    ],
)
def test_r2events_protesters_stand(extractor: Extractor, text: str, expected: list) -> None:
    assert [(e.action, e.location) for e in run(extractor, text)] == expected


# ---- r2events: an unknown village entered after a capture is its own place (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a named village the gazetteer lacks: a second capture
            "وسيطرت قوات النظام على بلدة مورك، فيما دخلت قوات النظام قرية الحمرا المجاورة.",
            2,
            id="unknown-village-after-capture",
        ),
        pytest.param(  # the definite noun is the town taken
            "سيطرت قوات النظام على بلدة كفرنبودة، ثم دخلت القوات البلدة من جهتها الشرقية.",
            1,
            id="neg-definite-town-noun",
        ),
        pytest.param(  # an unnamed village is no place of its own
            "سيطرت قوات النظام على بلدة كفرنبودة، فيما دخلت قوات النظام قرية في محيطها.",
            1,
            id="neg-unnamed-village",
        ),
    ],
)
def test_r2events_unknown_village_after_capture(
    extractor: Extractor, text: str, expected: int
) -> None:
    assert len(only(run(extractor, text), "capture")) == expected


# ---- integrator: a described generic place noun (أحياء سكنية) names no place (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # المدينة after «أحياء سكنية» is the town told before, not the next one
            "قتل 6 مدنيين في مدينة معرة النعمان، جراء غارات طالت أحياء سكنية في المدينة، فيما "
            "قتل 3 آخرون في بلدة كفرنبل، بقصف مدفعي على البلدة.",
            [("airstrike", "Ma'arrat an Nu'man", 6), ("shelling", "Kafranbel", 3)],
            id="residential-quarters-of-the-town",
        ),
        pytest.param(  # an indefinite quarter with a name the gazetteer lacks stays near the town
            "قصفت طائرات النظام حي الزهور في مدينة معرة النعمان، ما أدى لمقتل مدنيين اثنين.",
            [("airstrike", "Ma'arrat an Nu'man", 2)],
            id="neg-named-quarter",
        ),
        pytest.param(  # residential quarters of a town named after the cue
            "استهدفت غارات روسية أحياء سكنية في مدينة أريحا، ما أدى لمقتل 4 مدنيين.",
            [("airstrike", "Ariha", 4)],
            id="neg-quarters-of-a-named-town",
        ),
    ],
)
def test_described_place_noun_is_no_name(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.location, e.fatalities) for e in run(extractor, text)]
    assert got == expected


# ---- fix6b (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a background capture and the fighting amid it take no later clause's day
            "وكانت الفصائل سيطرت على بلدة كفرنبودة وسط معارك عنيفة، فيما قصفت طائرات النظام "
            "اليوم مدينة أريحا.",
            [("capture", ""), ("clash", ""), ("airstrike", "2016-05-10")],
            id="background-capture-amid-fighting",
        ),
        pytest.param(  # background with قد: no day borrowed from the بينما clause
            "وكانت الفصائل قد سيطرت على بلدة كفرنبودة، بينما قصفت طائرات النظام اليوم مدينة أريحا.",
            [("capture", ""), ("airstrike", "2016-05-10")],
            id="background-capture-before-while",
        ),
        pytest.param(  # not background: the capture and the fighting amid it share the day
            "سيطرت الفصائل على بلدة كفرنبودة وسط معارك عنيفة، فيما قصفت طائرات النظام اليوم "
            "مدينة أريحا.",
            [("capture", "2016-05-10"), ("clash", "2016-05-10"), ("airstrike", "2016-05-10")],
            id="neg-capture-amid-fighting-shares-the-day",
        ),
        pytest.param(  # a background clause keeps the day it tells itself
            "وكانت الفصائل سيطرت أمس على بلدة كفرنبودة، فيما قصفت طائرات النظام اليوم مدينة أريحا.",
            [("capture", YESTERDAY), ("airstrike", "2016-05-10")],
            id="neg-background-with-its-own-day",
        ),
        pytest.param(  # an undated clause that is not background still shares the day
            "قصفت طائرات النظام مدينة أريحا، فيما قصفت المدفعية اليوم بلدة كفرنبل.",
            [("airstrike", "2016-05-10"), ("shelling", "2016-05-10")],
            id="neg-plain-clause-shares-the-day",
        ),
        pytest.param(  # amid fighting on a day told
            "سيطرت الفصائل اليوم على بلدة كفرنبودة وسط معارك عنيفة مع قوات النظام.",
            [("capture", "2016-05-10"), ("clash", "2016-05-10")],
            id="neg-amid-fighting-of-the-day",
        ),
    ],
)
def test_fix6b_background_clause_borrows_no_day(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.event_date) for e in run(extractor, text)] == expected


# ---- integrator: review rev6a of the round-1 priors (session 6)
@pytest.mark.parametrize(
    ("text", "pub", "action", "actor1", "actor2"),
    [
        pytest.param(  # state media: a hospital named after al-Asad is no regime word
            "استشهد طفلان وأصيب خمسة مدنيين جراء سقوط قذائف هاون صباح اليوم على حي القصاع في "
            "دمشق، ونقل المصابون إلى مشفى الأسد الجامعي. وذكر مصدر عسكري أن وحدات من الجيش "
            "العربي السوري تلاحق المجموعات الإرهابية في حي جوبر.",
            dt.date(2016, 3, 10),
            "shelling",
            "unknown",
            "civilians",
            id="neg-state-media-asad-hospital",
        ),
        pytest.param(  # a suburb named after al-Asad
            "استشهد مواطن وأصيب ثلاثة آخرون جراء سقوط قذيفة صاروخية على ضاحية الأسد بريف دمشق.",
            dt.date(2017, 1, 12),
            "shelling",
            "unknown",
            "civilians",
            id="neg-asad-suburb",
        ),
        pytest.param(  # the text says the firer is unknown
            "استشهد ثلاثة مدنيين اليوم بقصف مجهول المصدر استهدف حي غويران في مدينة الحسكة، وسط "
            "اشتباكات بين قوات النظام ووحدات حماية الشعب الكردية في المدينة.",
            dt.date(2015, 8, 20),
            "shelling",
            "unknown",
            "civilians",
            id="neg-firer-told-unknown",
        ),
        pytest.param(  # an opposition roundup: the regime's
            "استشهد ثلاثة مدنيين بقصف مدفعي على مدينة تلبيسة بريف حمص الشمالي، وسط تحليق "
            "لطيران قوات الأسد في سماء المنطقة.",
            dt.date(2016, 3, 10),
            "shelling",
            "syrian_regime",
            "civilians",
            id="opposition-roundup-regime-shells",
        ),
        pytest.param(  # a statement naming another side is no opponent of the clash
            "تخوض قوات النظام معارك عنيفة على مشارف مدينة تدمر بإسناد من الطيران الروسي. "
            "وقالت وزارة الخارجية الأمريكية إن واشنطن تتابع التطورات.",
            dt.date(2016, 3, 20),
            "clash",
            "syrian_regime",
            "",
            id="neg-opponent-in-a-later-statement",
        ),
        pytest.param(  # a side busy on another front in the same sentence
            "وتخوض قوات النظام معارك عنيفة على مشارف مدينة تدمر، فيما استهدفت طائرات التحالف "
            "الدولي مواقع في الرقة.",
            dt.date(2016, 3, 20),
            "clash",
            "syrian_regime",
            "",
            id="neg-opponent-busy-elsewhere",
        ),
        pytest.param(  # the article's one opponent, named before the clash
            "قال المرصد إن تنظيم داعش فقد مئات من عناصره في ريف حمص الشرقي منذ مطلع الشهر. "
            "وتخوض قوات النظام معارك عنيفة على مشارف مدينة تدمر.",
            dt.date(2016, 3, 20),
            "clash",
            "syrian_regime",
            "isis",
            id="opponent-named-before",
        ),
        pytest.param(  # the Badia was ISIS's front: bare gunmen there stay ISIS
            "قتل ثلاثة عناصر من قوات النظام في هجوم شنه المسلحون على نقطة عسكرية قرب مدينة "
            "تدمر، بحسب المرصد السوري. ويسيطر تنظيم داعش على البادية منذ عام 2015.",
            dt.date(2017, 4, 3),
            "clash",
            "isis",
            "syrian_regime",
            id="neg-badia-gunmen-stay-isis",
        ),
        pytest.param(  # ISIS named later in the same sentence, on the same front
            "قتل أربعة جنود في هجوم شنه المسلحون على حقل جزل قرب تدمر، بعد يوم من دخول تنظيم "
            "داعش المدينة.",
            dt.date(2016, 12, 12),
            "clash",
            "isis",
            "syrian_regime",
            id="neg-isis-named-after-gunmen",
        ),
    ],
)
def test_review_rev6a_priors(
    extractor: Extractor, text: str, pub: dt.date, action: str, actor1: str, actor2: str
) -> None:
    events = only(run(extractor, text, pub), action)
    assert [(e.actor1, e.actor2) for e in events][:1] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("text", "pub", "place", "actor1", "actor2"),
    [
        pytest.param(  # another country: no taker carried over
            "استعاد الجيش السوري مدينة البوكمال من تنظيم داعش. وفي العراق، تم تحرير قضاء راوة "
            "من التنظيم.",
            dt.date(2017, 11, 9),
            "Rawah",
            "",
            "isis",
            id="neg-taker-from-another-country",
        ),
        pytest.param(  # another front: no loser carried over
            "استعادت قوات النظام السوري اليوم السيطرة على مدينة تدمر من تنظيم الدولة بدعم من "
            "الطيران الروسي. وفي ريف حلب الجنوبي، سيطرت قوات النظام أمس على بلدة العيس بعد "
            "معارك عنيفة.",
            dt.date(2016, 3, 27),
            "Al Eis",
            "syrian_regime",
            "",
            id="neg-loser-from-another-front",
            # known limitation since session 9: the article's one foe of the taker (ISIS at
            # Palmyra) is taken by opponent_elsewhere; a "وفي <place>" guard cost 3 right dev
            # opponents and fixed no blind one
            marks=pytest.mark.xfail(strict=True, reason="opponent_elsewhere takes the one foe"),
        ),
        pytest.param(  # the same front: the offensive goes on
            "سيطرت قوات النظام على بلدة كفرنبودة من فصائل المعارضة. وواصلت القوات تقدمها "
            "وانتزعت قرية الحويز من الفصائل.",
            dt.date(2019, 5, 10),
            "Huwayz",
            "syrian_regime",
            "syrian_opposition",
            id="taker-on-the-same-front",
        ),
    ],
)
def test_review_rev6a_same_front(
    extractor: Extractor, text: str, pub: dt.date, place: str, actor1: str, actor2: str
) -> None:
    events = [e for e in only(run(extractor, text, pub), "capture") if e.location == place]
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, actor2)]


# ---- fix6b: a whole told after «من بين / من أصل» is never added; «عائلة واحدة» (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the people present: the dead are part of them
            "قتل خمسة مدنيين من بين 11 شخصا كانوا في القبو إثر غارة على بلدة حمورية اليوم.",
            5,
            id="among-people-present",
        ),
        pytest.param(
            "قتل خمسة مدنيين من أصل 11 شخصا كانوا في القبو إثر غارة على بلدة حمورية اليوم.",
            5,
            id="out-of-people-present",
        ),
        pytest.param(  # the whole is the dead: it is the count
            "انتشلت فرق الإنقاذ جثث أربعة أطفال من بين 9 قتلى في غارات على بلدة حمورية اليوم.",
            9,
            id="among-the-dead",
        ),
        pytest.param(  # واحدة of «عائلة واحدة» is no victim
            "قتل 5 مدنيين من عائلة واحدة و2 آخرون في غارات على بلدة حمورية اليوم.",
            7,
            id="one-family-and-others",
        ),
        pytest.param(  # two groups joined by و are added
            "قتل 3 أطفال و10 أشخاص في غارات على بلدة حمورية اليوم.",
            13,
            id="neg-two-groups-added",
        ),
        pytest.param(  # «من بين» before a count of strikes, not of people
            "قتل 7 مدنيين في غارات على بلدة حمورية من بين 20 غارة استهدفت الغوطة اليوم.",
            7,
            id="neg-among-strikes",
        ),
        pytest.param(  # a conjoined «وواحد» is one more victim
            "قتل 4 مدنيين وواحد من عناصر الدفاع المدني في غارة على بلدة حمورية اليوم.",
            5,
            id="neg-and-one-more",
        ),
    ],
)
def test_fix6b_whole_of_and_one_family(extractor: Extractor, text: str, expected: int) -> None:
    assert [e.fatalities for e in run(extractor, text)] == [expected]


# ---- integrator: review rev6b, a clash's opponent named by a word resolved by country (session 6)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "وقالت مصادر إن القوات الحكومية انسحبت من مدينة تدمر اليوم بعد هجوم لتنظيم الدولة.",
            dt.date(2015, 5, 20),
            [("isis", "syrian_regime")],
            id="government-forces-in-syria",
        ),
        pytest.param(
            "انسحبت القوات الحكومية من مدينة الرمادي أمس بعد هجوم واسع لتنظيم الدولة الإسلامية.",
            dt.date(2015, 5, 18),
            [("isis", "iraqi_army")],
            id="government-forces-in-iraq",
        ),
        pytest.param(  # a withdrawal from another town is no side of this clash
            "انسحبت القوات الحكومية من مدينة الرمادي أمس. وفي الموصل، تستمر الاشتباكات العنيفة "
            "منذ الصباح.",
            dt.date(2015, 5, 18),
            [("", "")],
            id="neg-withdrawal-elsewhere",
        ),
    ],
)
def test_review_rev6b_government_forces_opponent(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    got = [(e.actor1, e.actor2) for e in only(run(extractor, text, pub), "clash")]
    assert got == expected


# ---- fix6a (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the body tells the attack itself: the headline's dead stay with it
            "مقتل 7 من قوات النظام بهجوم في مدينة تدمر\n"
            "قصفت طائرات حربية روسية مدينة تدمر اليوم، بعد ساعات من هجوم لتنظيم الدولة على "
            "نقطة لقوات النظام في المدينة قتل فيه سبعة عناصر.",
            [("airstrike", "russia", "", None), ("clash", "isis", "syrian_regime", 7)],
            id="headline-attack-told-in-body",
        ),
        pytest.param(  # the headline's target strikes in the body: not the attack on it
            "هجوم على نقطة للنظام في مدينة تلبيسة\n"
            "قصفت طائرات النظام مدينة تلبيسة اليوم، ما أدى لمقتل مدنيين اثنين.",
            [
                ("clash", "unknown", "syrian_regime", None),
                ("airstrike", "syrian_regime", "civilians", 2),
            ],
            id="headline-target-strikes-in-body",
        ),
    ],
)
def test_fix6a_headline_attack_not_merged(extractor: Extractor, text: str, expected: list) -> None:
    got = sorted((e.action, e.actor1, e.actor2, e.fatalities) for e in run(extractor, text))
    assert got == sorted(expected, key=lambda x: (x[0], x[1], x[2], x[3] or 0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the body's strikes lie in another governorate: the headline is kept
            "غارات روسية مكثفة على ريف حماة الشمالي\n"
            "شنت طائرات روسية غارات اليوم على مدينة أريحا وبلدة كفرنبل في ريف إدلب.",
            3,
            id="headline-countryside-elsewhere-kept",
        ),
        pytest.param(  # the body's strikes lie in that countryside: the headline sums them up
            "غارات روسية مكثفة على ريف إدلب الجنوبي\n"
            "شنت طائرات روسية غارات اليوم على مدينة أريحا وبلدة كفرنبل في ريف إدلب.",
            2,
            id="neg-headline-countryside-summary",
        ),
        pytest.param(  # a bare قصف in the headline sums up air raids in that governorate
            "اشتباكات في حلب.. وقصف على ريف دير الزور\n"
            "نفذ الطيران الحربي غارات على حي الحويقة في مدينة دير الزور اليوم.",
            1,
            id="neg-headline-shelling-sums-up-raids",
        ),
    ],
)
def test_fix6a_headline_summary_within(extractor: Extractor, text: str, expected: int) -> None:
    got = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert len(got) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام على بلدة مسكنة اليوم، فيما دخلت قوات النظام قرية الشيخ موسى المجاورة.",
            "الشيخ موسى",
            id="village-head-and-given-name",
        ),
        pytest.param(
            "سيطرت قوات النظام على بلدة مسكنة اليوم، فيما دخلت قوات النظام قرية تل محمد.",
            "تل محمد",
            id="village-tell-and-given-name",
        ),
        pytest.param(  # a name of two words with no given name is read whole
            "سيطرت قوات النظام على بلدة مسكنة اليوم، فيما دخلت قوات النظام قرية أبو جبار القريبة.",
            "أبو جبار",
            id="neg-village-two-words",
        ),
    ],
)
def test_fix6a_own_village_whole_name(extractor: Extractor, text: str, expected: str) -> None:
    names = [e.location_ar for e in only(run(extractor, text), "capture")]
    assert expected in names


# ---- integrator: «من بينهم» counts people, it lists no categories (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل 7 مدنيين من بينهم 3 أطفال في غارات على بلدة سقبا اليوم.",
            [("airstrike", "Saqba", 7)],
            id="victims-among-them",
        ),
        pytest.param(
            "قتل 5 عناصر من قوات النظام، من بينهم ضابط، في هجوم لتنظيم داعش على حاجز قرب مدينة "
            "السخنة اليوم.",
            [("clash", "As Sukhnah", 5)],
            id="soldiers-among-them",
        ),
        pytest.param(  # kinds of causes (feminine) stay categories
            "ووثق التقرير مقتل 40 مدنياً خلال الشهر الماضي على يد جهات أخرى، من بينها الألغام "
            "والتفجيرات في محافظة درعا.",
            [],
            id="neg-kinds-of-causes",
        ),
    ],
)
def test_among_them_counts_people(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.location, e.fatalities) for e in run(extractor, text, dt.date(2018, 3, 20))]
    assert got == expected


# ---- r3events: protesters blocking roads, places after an origin (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أغلق عشرات المتظاهرين الطريق المؤدي إلى مدينة الكوت صباح اليوم احتجاجاً على البطالة.",
            [("protest", "Al-Kut")],
            id="quantifier-before-protesters",
        ),
        pytest.param(
            "المتظاهرون قطعوا جسراً رئيسياً في مدينة البصرة اليوم بالإطارات المحترقة.",
            [("protest", "Basrah")],
            id="protesters-before-verb",
        ),
        pytest.param(
            "أغلقت قوات الأمن الطرق المؤدية إلى وسط مدينة الكوت اليوم أمام المحتجين.",
            [],
            id="neg-forces-close-roads",
        ),
        pytest.param(
            "قطع عشرات المسلحين الطريق الدولي قرب مدينة الرمادي اليوم.",
            [],
            id="neg-gunmen-cut-road",
        ),
        pytest.param(
            "قالت الشرطة إن المحتجين الذين قطعوا الطريق غادروا مدينة الكوت اليوم.",
            [],
            id="neg-protesters-relative-clause",
        ),
    ],
)
def test_r3events_protesters_block_roads(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.location) for e in run(extractor, text, dt.date(2019, 11, 5))]
    assert [g for g in got if g[0] == "protest"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the origin dropped, the target told with قرب is the place
            "أصيب ثلاثة جنود أتراك بقذائف صاروخية انطلقت من بلدة تل رفعت على نقطة عسكرية قرب مدينة "
            "إعزاز اليوم.",
            ("I'zaz", 2),
            id="near-target-after-origin",
        ),
        pytest.param(  # a near place after a town that is no origin still locates it
            "قصفت قوات النظام بلدة كفرنبودة قرب مدينة قلعة المضيق اليوم.",
            ("Kafr Nabudah", 1),
            id="neg-near-locator-kept",
        ),
    ],
)
def test_r3events_place_after_origin(extractor: Extractor, text: str, expected: tuple) -> None:
    got = [(e.location, e.geo_precision) for e in run(extractor, text, dt.date(2016, 9, 1))]
    assert got[:1] == [expected]


def test_r3events_origin_city_is_no_unknown_village(extractor: Extractor) -> None:
    # «مدينة X» told as one name is a known place, not a village the gazetteer lacks
    text = (
        "قصفت المدفعية التركية بلدة مرعناز اليوم، ويقول مسؤولون أتراك إن القصف جاء رداً على "
        "قذائف قادمة من مدينة عفرين."
    )
    got = [(e.action, e.location) for e in run(extractor, text, dt.date(2016, 2, 20))]
    assert [g for g in got if g[0] == "shelling"] == [("shelling", "Maranaz")]


# ---- actors: striker before a time aside, tanween target nouns (session 6, r3actors)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a platform subject split from its noun object by a comma-set time phrase
            "نفذت طائرات التحالف الدولي، مساء أمس، ثلاث غارات على أبنية يختبئ فيها مسلحو داعش في مدينة البوكمال.",
            ("coalition", "isis"),
        ),
        (
            "وقال مصدر أمني إن الطائرات العراقية شنت، فجر اليوم، ضربات جوية على أبنية يتحصن فيها عناصر داعش في قضاء القائم.",
            ("iraqi_army", "isis"),
        ),
        (  # a tanween plural as the target noun
            "قصفت الطائرات الروسية أوكاراً لتنظيم داعش قرب مدينة تدمر.",
            ("russia", "isis"),
        ),
        (
            "استهدفت المدفعية التركية مواقعاً لقوات سوريا الديمقراطية في ريف منبج.",
            ("turkey", "sdf"),
        ),
    ],
)
def test_striker_before_time_aside(extractor: Extractor, text: str, want: tuple) -> None:
    evs = [e for e in run(extractor, text) if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in evs][:1] == [want]


@pytest.mark.parametrize(
    ("text", "action", "not_actor1"),
    [
        # the clause before the aside tells its own action: its side is no striker of the next
        (
            "سيطرت قوات النظام على بلدة مورك، أمس الاثنين، غارات روسية عنيفة على ريف حماة.",
            "airstrike",
            "syrian_regime",
        ),
        # the clause before the aside is a speaker's, not a light verb with a platform
        (
            "قالت فصائل المعارضة، أمس الاثنين، غارات روسية استهدفت بلدة كفرنبل.",
            "airstrike",
            "rebels",
        ),
        # a time aside that follows a place, not a subject
        ("في مدينة الرقة، صباح اليوم، غارات جديدة على مقرات للتنظيم.", "airstrike", "isis"),
        # an aside that is not only a time phrase
        ("نفذت طائرات التحالف، بحسب ناشطين، غارات على مدينة الميادين.", "airstrike", "rebels"),
    ],
)
def test_no_striker_before_time_aside(
    extractor: Extractor, text: str, action: str, not_actor1: str
) -> None:
    evs = [e for e in run(extractor, text) if e.action == action]
    assert evs and all(e.actor1 != not_actor1 for e in evs)


# ---- dates: a quote's continuation at the same town (session 6, r3dates)
# A sentence quoting a source about the town of the sentence before takes that sentence's day,
# but a day told inside the quote itself at the same town wins (مبيناً أن … continues it).
def test_quote_continuation_takes_day_of_its_own_quote(extractor: Extractor) -> None:
    text = (
        "أفاد مصدر في الشرطة، يوم الخميس، بمقتل أربعة مدنيين في هجوم على قرية الرشاد بكركوك.\n"
        "وقال المصدر إن مسلحين هاجموا فجر أمس قرية الرشاد، مبيناً أن الهجوم بدأ باختطاف راعيين."
    )
    evs = run(extractor, text, dt.date(2021, 10, 28))
    abd = only(evs, "abduction")
    assert abd and abd[0].event_date == "2021-10-27"


@pytest.mark.parametrize(
    ("text", "action", "want"),
    [
        # no day inside the quote: the day of the sentence before at the same town stays
        (
            "سيطرت القوات على قرية الرشاد بكركوك، يوم الخميس.\n"
            "وقال المصدر إن مسلحين خطفوا راعيين في قرية الرشاد.",
            "abduction",
            "2021-10-28",
        ),
        # a day inside the quote at another town lends nothing to this town
        (
            "سيطرت القوات على قرية الرشاد بكركوك، يوم الخميس.\n"
            "وقال المصدر إن غارة استهدفت أمس بلدة الحويجة، مبيناً أن مسلحين خطفوا راعيين في قرية الرشاد.",
            "abduction",
            "!2021-10-27",
        ),
        # no sentence before at the same town: the quote's day is not spread by this rule
        (
            "وقال المصدر إن مسلحين هاجموا فجر أمس قرية الرشاد بكركوك، مبيناً أن الهجوم بدأ باختطاف راعيين.",
            "abduction",
            "",
        ),
    ],
)
def test_quote_continuation_day_negatives(
    extractor: Extractor, text: str, action: str, want: str
) -> None:
    evs = only(run(extractor, text, dt.date(2021, 10, 28)), action)
    assert evs
    if want.startswith("!"):  # the other town's day is not taken
        assert evs[0].event_date != want[1:]
    else:
        assert evs[0].event_date == want


# ---- integrator: «حزب العمال» is the PKK, not workers (civilians) (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت الطائرات التركية غارات على مواقع حزب العمال في جبال قنديل اليوم.",
            [("airstrike", "turkey", "pkk")],
            id="pkk-short-name",
        ),
        pytest.param(  # workers killed are civilians
            "قتل ثلاثة عمال بقصف صاروخي على قرية في قضاء العمادية اليوم.",
            [("shelling", "unknown", "civilians")],
            id="neg-workers-are-civilians",
        ),
    ],
)
def test_pkk_short_name(extractor: Extractor, text: str, expected: list) -> None:
    got = [(e.action, e.actor1, e.actor2) for e in run(extractor, text, dt.date(2019, 3, 20))]
    assert got == expected


# ---- actors: a bombing at a held site's gate strikes its holder (session 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "هاجم مسلحو داعش مقر قيادة الشرطة في مدينة الرمادي، بعد أن فجر انتحاري منهم نفسه "
            "عند بوابته.",
            ("isis", "iraqi_security_forces"),
            id="gate-pronoun-holder",
        ),
        pytest.param(
            "فجر مسلحو التنظيم سيارة مفخخة عند البوابة الرئيسية للسجن في مدينة الحسكة، ثم "
            "هاجموا نقاط قسد المحيطة به.",
            ("isis", "sdf"),
            id="gate-of-prison-holder",
        ),
        pytest.param(  # a gate that is a place name names no force
            "انفجرت سيارة مفخخة قرب بوابة حلب في مدينة الباب اليوم.",
            ("unknown", ""),
            id="neg-gate-place-name",
        ),
        pytest.param(  # a market's gate: the attack on civilians after it gives no holder
            "فجر عناصر داعش سيارة مفخخة عند بوابة السوق في مدينة الحسكة، وهاجموا منازل المدنيين.",
            ("isis", ""),
            id="neg-gate-civilians",
        ),
        pytest.param(  # the force attacked in another town holds no gate of this one
            "فجر مسلحو التنظيم عبوة ناسفة عند مدخل البلدة في قضاء حديثة، ثم هاجموا حاجزا "
            "للجيش العراقي في الموصل.",
            ("isis", ""),
            id="neg-gate-other-town",
        ),
        pytest.param(  # another side's strike in the same sentence gives no holder
            "فجر انتحاري من داعش نفسه عند بوابة سجن في الحسكة، فيما قصفت قوات النظام مواقع "
            "للتنظيم.",
            ("isis", ""),
            id="neg-gate-other-attacker",
        ),
    ],
)
def test_gate_holder(extractor: Extractor, text: str, expected: tuple) -> None:
    got = [
        (e.actor1, e.actor2) for e in only(run(extractor, text, dt.date(2019, 3, 20)), "bombing")
    ]
    assert got == [expected]


# ---- integrator: review rev6c (session 6)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(  # a monthly tally and the victims among them: no event
            "وثق المرصد السوري مقتل 2400 شخص في تشرين الأول، من بينهم 600 مدني قتلوا في غارات "
            "الطائرات الروسية.",
            dt.date(2015, 11, 2),
            [],
            id="neg-monthly-tally-among-them",
        ),
        pytest.param(  # a weekly tally
            "قتل 85 شخصا خلال الأسبوع الماضي في محافظة درعا، من بينهم 20 طفلا قضوا في غارات "
            "روسية على بلدة الشيخ مسكين.",
            dt.date(2016, 2, 20),
            [],
            id="neg-weekly-tally-among-them",
        ),
        pytest.param(  # a dated day is no period
            "قتل 7 مدنيين في 3 آذار، من بينهم 3 أطفال، في غارات على بلدة سقبا.",
            dt.date(2018, 3, 20),
            [("airstrike", "Saqba", "2018-03-03")],
            id="dated-day-among-them",
        ),
        pytest.param(  # «فيما كانت الفصائل تشن هجوماً»: at the same time, not background
            "قصفت الطائرات الحربية اليوم بلدة التمانعة بريف إدلب، فيما كانت الفصائل تشن هجوما "
            "على مواقع قوات النظام في بلدة عطشان بريف حماة.",
            dt.date(2016, 4, 12),
            [("airstrike", "At Tamani'ah", "2016-04-12"), ("clash", "Atshan", "2016-04-12")],
            id="while-was-is-no-background",
        ),
        pytest.param(  # background stays background
            "وكانت قوات النظام سيطرت على بلدة مارع وسط اشتباكات عنيفة، بينما قصفت طائراتها اليوم "
            "مدينة عندان.",
            dt.date(2016, 2, 5),
            [
                ("capture", "Mari'", ""),
                ("clash", "Mari'", ""),
                ("airstrike", "Anadan", "2016-02-05"),
            ],
            id="neg-background-stays",
        ),
    ],
)
def test_review_rev6c_tallies_and_background(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    got = [(e.action, e.location, str(e.event_date or "")) for e in run(extractor, text, pub)]
    assert got == expected


def test_review_rev6c_opposition_report_quoting_state_media(extractor: Extractor) -> None:
    text = (
        "استشهد ثلاثة مدنيين جراء قصف بقذائف الهاون على بلدة كفربطنا في الغوطة الشرقية اليوم، "
        "فيما قصفت قوات النظام مدينة دوما بالمدفعية الثقيلة. وزعمت وكالة سانا أن وحدات من الجيش "
        "العربي السوري قضت على عشرات الإرهابيين في المنطقة."
    )
    got = [(e.action, e.actor1, e.location) for e in run(extractor, text, dt.date(2015, 6, 10))]
    assert got[0] == ("shelling", "syrian_regime", "Kafr Batna")


# ---- missed and extra events: lists, operation names, withdrawals (session 6)
def test_village_list_with_commas(extractor: Extractor) -> None:
    # a comma before و still joins a list of villages the gazetteer lacks
    text = "سيطرت فصائل المعارضة اليوم على قرى بير حسو، وعرب كوسا، وجديدة العلي، قرب معرة النعمان."
    got = [e for e in run(extractor, text) if e.action == "capture"]
    assert len(got) >= 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(  # the clause goes on after the comma: a verb, not a village
            "سيطر الجيش اليوم على قرى عين شعيب وتل بزام، وأعلن قائد ميداني انتهاء العملية قرب حماة.",
            2,
            id="neg-comma-then-verb",
        ),
        pytest.param(
            "قصفت الطائرات اليوم قرية أم سريج، وقتلت ثلاثة مدنيين في ريف حماة.",
            1,
            id="neg-comma-then-killing",
        ),
    ],
)
def test_village_list_with_commas_negatives(extractor: Extractor, text: str, count: int) -> None:
    got = run(extractor, text)
    assert len({e.location_ar for e in got if e.action in ("capture", "airstrike")}) <= count


def test_forces_of_the_operation_take_a_town(extractor: Extractor) -> None:
    text = "وأفاد مصدر أن القوات المشاركة في الحملة سيطرت على بلدة تل رفعت اليوم."
    assert any(e.action == "capture" for e in run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("انطلقت اليوم عملية تحرير بلدة تل رفعت.", id="neg-operation-named"),
        pytest.param("أعلنت الفصائل اليوم انطلاق معركة تحرير حماة.", id="neg-battle-named"),
        pytest.param("بدأت القوات اليوم حملة استعادة قرى ريف منبج.", id="neg-campaign-named"),
    ],
)
def test_operation_name_is_no_capture(extractor: Extractor, text: str) -> None:
    assert not any(e.action == "capture" for e in run(extractor, text))


def test_withdrawal_from_the_last_taken_town(extractor: Extractor) -> None:
    text = (
        "سيطرت القوات اليوم على قريتي الزيارة والمنصورة، فيما دخلت فصائل أخرى بلدة تل رفعت "
        "بعد انسحاب المسلحين منها."
    )
    got = [e.location for e in run(extractor, text) if e.action == "withdrawal"]
    assert got == ["Tall Rif'at"]


def test_withdrawal_from_both_towns_of_one_capture(extractor: Extractor) -> None:
    # negative: one capture naming two towns, "منهما" still leaves both
    text = "سيطرت القوات اليوم على بلدتي حيش والتمانعة بعد انسحاب المسلحين منهما."
    got = [e.location for e in run(extractor, text) if e.action == "withdrawal"]
    assert len(got) == 2


# ---- a site struck told with the side that used or held it: that side is the target (session 16,
# hN5)
@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "فجرت قوات النظام نفقاً كانت تستخدمه الفصائل في حي جوبر.",
            "bombing",
            "syrian_regime",
            "syrian_opposition",
            id="a-tunnel-the-factions-used",
        ),
        pytest.param(
            "فجر مقاتلو الجيش الحر مبنى يتحصن فيه عناصر النظام في حي جوبر.",
            "bombing",
            "fsa",
            "syrian_regime",
            id="a-building-regime-men-held",
        ),
        pytest.param(
            "دمرت طائرات التحالف مقراً يتخذه تنظيم داعش في مدينة الرقة.",
            "airstrike",
            "coalition",
            "isis",
            id="a-headquarters-isis-took",
        ),
    ],
)
def test_a_site_used_by_a_side_makes_it_the_target(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


# ---- the unnamed men withdrawing from a place just captured are its losers (session 16, hN5)
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "سيطر مقاتلو المعارضة على حاجز المساكن في بلدة طفس بعد انسحاب العناصر منه دون قتال.",
            "syrian_regime",
            id="the-elements-withdrawing-are-the-loser-not-the-taker",
        ),
        pytest.param(
            "سيطر الثوار على مخفر الشرطة في بلدة الحراك إثر انسحاب العناصر منه.",
            "syrian_regime",
            id="after-ithr",
        ),
        pytest.param(
            "سيطر تنظيم الدولة على مدينة تدمر بعد انسحاب القوات منها.",
            "",
            id="the-forces-with-no-loser-known-are-no-one-rather-than-the-taker",
        ),
        pytest.param(  # negative: a named withdrawing side stays
            "دخلت قوات سوريا الديمقراطية قرية الهول بعد انسحاب عناصر التنظيم منها.",
            "isis",
            id="neg-named-withdrawing-side",
        ),
        pytest.param(  # negative: the withdrawing side named by the anaphor المسلحين
            "سيطرت قوات النظام على بلدة خان طومان بعد انسحاب المسلحين منها.",
            "syrian_opposition",
            id="neg-gunmen-withdrawing",
        ),
    ],
)
def test_unnamed_men_withdrawing_from_a_captured_place_are_its_losers(
    extractor: Extractor, text: str, actor1: str
) -> None:
    (event,) = only(run(extractor, text), "withdrawal")
    assert event.actor1 == actor1


def test_also_on_the_next_line_goes_on_with_the_side_told_before(extractor: Extractor) -> None:
    # a bulletin's item: «كما سيطروا» on the line after the capture it goes on from
    text = (
        "📍 الريف الغربي:\n"
        "أبناء حوران يسيطرون على حاجز السرو في بلدة المزيريب وأسر ١٥ عنصراً من قوات الأسد\n"
        "كما سيطروا على حاجز المساكن في بلدة طفس"
    )
    got = {(e.location_ar, e.actor1) for e in only(run(extractor, text), "capture")}
    assert ("طفس", "syrian_opposition") in got


def test_also_after_a_paragraph_break_goes_on_with_the_side_told_before(
    extractor: Extractor,
) -> None:
    text = "سيطرت فصائل المعارضة على بلدة كفرنبودة في ريف حماة.\n\nكما سيطرت على قرية الهبيط."
    got = {(e.location_ar, e.actor1) for e in only(run(extractor, text), "capture")}
    assert ("الهبيط", "syrian_opposition") in got


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "سيطرت وحدات حماية الشعب على قرية تل براك. وتمكنت لاحقاً من السيطرة على قرية الهول.",
            "ypg",
            id="was-able-to-later",
        ),
        pytest.param(
            "شنت فصائل المعارضة هجوماً على مواقع قوات النظام في ريف حماة. ونجحت في السيطرة على"
            " قرية الزلاقيات.",
            "syrian_opposition",
            id="succeeded-in",
        ),
    ],
)
def test_was_able_to_with_no_subject_keeps_the_side_told_before(
    extractor: Extractor, text: str, actor1: str
) -> None:
    last = only(run(extractor, text), "capture")[-1]
    assert last.actor1 == actor1


# ---- actors: the PKK/YPG slash pair is the YPG whatever the order (session 6, r5actors)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'قتل مدني بقذيفة أطلقها إرهابيو "بي كا كا/ي ب ك" على بلدة أقجة قلعة الليلة الماضية.',
            ("shelling", "ypg"),
            id="pkk-first-arabic",
        ),
        pytest.param(
            'سقطت قذائف أطلقها تنظيم "PKK/YPG" الإرهابي على مدينة جيلان بينار صباح اليوم.',
            ("shelling", "ypg"),
            id="pkk-first-latin",
        ),
        pytest.param(
            'قصفت المدفعية التركية مواقع تنظيم "ي ب ك/ بي كا كا" في قرية قرب تل رفعت اليوم.',
            ("shelling", "turkey"),
            id="ypg-first-still-one-group",
        ),
    ],
)
def test_pkk_ypg_slash_pair(extractor: Extractor, text: str, expected: tuple) -> None:
    got = run(extractor, text, dt.date(2019, 10, 13))
    assert got and got[0].action == expected[0]
    assert expected[1] in (got[0].actor1, got[0].actor2)
    assert "pkk" not in (got[0].actor1, got[0].actor2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the PKK alone in Iraq stays the PKK
            'قصفت الطائرات التركية مواقع لتنظيم "بي كا كا" في جبال قنديل اليوم.',
            ("airstrike", "turkey", "pkk"),
            id="neg-pkk-alone",
        ),
        pytest.param(  # Latin PKK alone stays the PKK
            "شنت المقاتلات التركية غارات على مواقع PKK في منطقة هفتانين شمالي العراق اليوم.",
            ("airstrike", "turkey", "pkk"),
            id="neg-latin-pkk-alone",
        ),
        pytest.param(  # two groups joined by و are two groups, the PKK kept
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني ووحدات حماية الشعب في سنجار اليوم.",
            ("airstrike", "turkey", "pkk"),
            id="neg-pkk-and-ypg-joined-by-and",
        ),
    ],
)
def test_pkk_ypg_slash_pair_negatives(extractor: Extractor, text: str, expected: tuple) -> None:
    got = [(e.action, e.actor1, e.actor2) for e in run(extractor, text, dt.date(2021, 5, 3))]
    assert got and got[0] == expected


# ---- integrator: review rev6d (session 6)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(  # in Iraqi Kurdistan the pair is the PKK itself
            "قصفت المقاتلات التركية مواقع تنظيم PKK/PYD في منطقة قنديل شمالي العراق اليوم.",
            dt.date(2019, 6, 1),
            ("turkey", "pkk"),
            id="pair-in-iraq-is-the-pkk",
        ),
        pytest.param(
            "شنت المقاتلات التركية غارات على مواقع YPG/PKK في جبل سنجار شمالي العراق أمس.",
            dt.date(2018, 12, 14),
            ("turkey", "pkk"),
            id="pair-in-iraq-is-the-pkk-either-order",
        ),
        pytest.param(  # in Syria the Syrian branch
            "قصفت المدفعية التركية مواقع تنظيم بي كا كا/ي ب ك الإرهابي في قرية مرعناز بريف "
            "عفرين اليوم.",
            dt.date(2018, 2, 14),
            ("turkey", "ypg"),
            id="pair-in-syria-is-the-ypg",
        ),
    ],
)
def test_review_rev6d_slash_pair_by_country(
    extractor: Extractor, text: str, pub: dt.date, expected: tuple
) -> None:
    events = run(extractor, text, pub)
    assert [(e.actor1, e.actor2) for e in events] == [expected]


def test_review_rev6d_daily_count_since_an_onset_stays_on_its_event(extractor: Extractor) -> None:
    text = (
        "قتل 10 مدنيين في غارات تركية على ناحية راجو بريف عفرين يوم الإثنين، وهو الأعنف منذ بدء "
        "العملية التركية في 20 يناير."
    )
    events = only(run(extractor, text, dt.date(2018, 2, 20)), "airstrike")
    assert [(e.location, e.fatalities) for e in events] == [("Raju", 10)]


# ---- actors: bare «القوات» refers back to the forces named; backers joined by و (session 7)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(  # the forces named before (regime), early-war human-rights report
            "اقتحمت قوات النظام بلدة الحراك صباح اليوم، ثم اعتقلت القوات عشرين شاباً من أهالي "
            "بلدة المليحة.",
            dt.date(2012, 6, 3),
            ("arrest", "syrian_regime"),
            id="regime-forces-named-back",
        ),
        pytest.param(  # a participle after it keeps the reference (القوات المشاركة)
            "أطلق الجيش التركي عملية عسكرية في ريف عفرين، وسيطرت القوات المشاركة في العملية على "
            "قرية ميدانكي اليوم.",
            dt.date(2018, 3, 1),
            ("capture", "turkey"),
            id="turkish-forces-named-back",
        ),
        pytest.param(  # Iraq: the forces named before are the Iraqi army
            "وصلت قطعات الجيش العراقي إلى أطراف قضاء الحويجة، وقال مصدر إن القوات حررت قرية الرشاد "
            "اليوم.",
            dt.date(2017, 10, 2),
            ("capture", "iraqi_army"),
            id="iraqi-forces-named-back",
        ),
    ],
)
def test_bare_forces_refer_back(
    extractor: Extractor, text: str, pub: dt.date, expected: tuple
) -> None:
    events = only(run(extractor, text, pub), expected[0])
    assert events and events[-1].actor1 == expected[1]


@pytest.mark.parametrize(
    ("text", "pub", "action"),
    [
        pytest.param(  # no forces named before: bare القوات names nobody
            "اعتقلت القوات عشرين شاباً من أهالي بلدة المليحة صباح اليوم.",
            dt.date(2012, 6, 3),
            "arrest",
            id="neg-none-named",
        ),
        pytest.param(  # a commander's title, not a side
            "قصفت قوات النظام بلدة اللطامنة، وقال قائد القوات البرية إن مسلحين مجهولين اختطفوا "
            "ثلاثة مدنيين في بلدة كفرزيتا.",
            dt.date(2016, 4, 3),
            "abduction",
            id="neg-commander-title",
        ),
        pytest.param(  # a named service (القوات الدولية) is another force
            "دخلت القوات الدولية بلدة القحطانية صباح اليوم بعد انسحاب عناصر قوات النظام.",
            dt.date(2013, 3, 7),
            "capture",
            id="neg-international-forces",
        ),
    ],
)
def test_bare_forces_refer_back_negatives(
    extractor: Extractor, text: str, pub: dt.date, action: str
) -> None:
    events = only(run(extractor, text, pub), action)
    assert all(e.actor1 != "syrian_regime" for e in events)


def test_second_backer_joined_by_and_is_no_opponent(extractor: Extractor) -> None:
    text = (
        "وصلت قطعات الجيش العراقي بإسناد من متطوعي الحشد الشعبي وقوات البيشمركة إلى ناحية "
        "السعدية بعد اشتباكات عنيفة اليوم."
    )
    events = run(extractor, text, dt.date(2014, 11, 23))
    assert events
    assert all("peshmerga" != e.actor2 for e in events)


def test_second_opponent_joined_by_and_stays_an_opponent(extractor: Extractor) -> None:
    text = "اشتبكت قوات البيشمركة مع عناصر تنظيم داعش وجماعة أنصار الإسلام في قضاء مخمور اليوم."
    events = only(run(extractor, text, dt.date(2014, 11, 23)), "clash")
    assert events and (events[0].actor1, events[0].actor2) == ("peshmerga", "isis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # security forces said to belong to a named side are that side's
            "اعتقلت عناصر الشرطة التابعة لهيئة تحرير الشام خمسة شبان في بلدة سرمدا أمس.",
            ("abduction", "hts", "civilians"),
            id="police-of-a-named-side",
        ),
        pytest.param(
            "اعتقلت قوات الأمن التابعة لهيئة تحرير الشام ثلاثة ناشطين في مدينة إدلب أمس.",
            ("abduction", "hts", "civilians"),
            id="security-forces-of-a-named-side",
        ),
    ],
)
def test_security_forces_owner(extractor: Extractor, text: str, expected: tuple) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 10)), expected[0])
    assert events and (events[0].action, events[0].actor1, events[0].actor2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the forces are the object: their owner is hit, the attacker acts
            "هاجمت الفصائل عناصر أمن تابعين لقوات النظام على حاجز في بلدة كفرنبودة اليوم.",
            ("syrian_opposition", "syrian_regime"),
            id="neg-owned-forces-as-object",
        ),
        pytest.param(  # positions of a side are its target, as before
            "قصفت الفصائل مواقع تابعة لقوات النظام في بلدة كفرنبودة اليوم.",
            ("syrian_opposition", "syrian_regime"),
            id="neg-positions-of-a-side",
        ),
        pytest.param(  # no owner named: the state's security forces
            "اعتقلت قوات الأمن خمسة شبان في بلدة داعل بريف درعا أمس.",
            ("syrian_regime", "civilians"),
            id="neg-no-owner",
        ),
    ],
)
def test_security_forces_owner_negatives(extractor: Extractor, text: str, expected: tuple) -> None:
    events = run(extractor, text, dt.date(2019, 5, 10))
    assert events and (events[0].actor1, events[0].actor2) == expected


# ---- dates: a counted plural of towns in a dated lead (datefig7, session 7)
COUNTED_LEAD = (
    "تقدم جديد لقوات النظام في ريف حماة\n"
    "استعادت قوات النظام، اليوم الثلاثاء، 4 قرى من قبضة فصائل المعارضة في منطقة محردة.\n"
)
KAFR_ZITA = "وسيطرت القوات على بلدة كفرزيتا بعد معارك عنيفة مع الفصائل.\n"


def test_dates_s7_a_lead_over_a_counted_plural_of_towns_dates_its_details(
    extractor: Extractor,
) -> None:
    dated = {
        e.location: e.event_date for e in only(run(extractor, COUNTED_LEAD + KAFR_ZITA), "capture")
    }
    assert dated.get("Kafr Zita") == "2016-05-10"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(  # a counted plural sums up its own region, not the country
            COUNTED_LEAD + "وفي ريف حلب الجنوبي، سيطرت فصائل المعارضة على بلدة خان طومان بعد "
            "معارك عنيفة.\n",
            "Khan Tuman",
            id="other-governorate",
        ),
        pytest.param(  # a lead naming its one town is no summary
            "تقدم جديد لقوات النظام في ريف حماة\n"
            "استعادت قوات النظام، اليوم الثلاثاء، بلدة صوران من قبضة فصائل المعارضة.\n" + KAFR_ZITA,
            "Kafr Zita",
            id="one-named-town",
        ),
        pytest.param(  # a count of something else (schools) tells no towns
            "تقدم جديد لقوات النظام في ريف حماة\n"
            "استعادت قوات النظام، اليوم الثلاثاء، بلدة صوران التي تضم ست مدارس.\n" + KAFR_ZITA,
            "Kafr Zita",
            id="count-of-schools",
        ),
        pytest.param(  # background keeps no day of the lead
            COUNTED_LEAD + "وكانت القوات قد سيطرت على بلدة كفرزيتا بعد معارك عنيفة مع الفصائل.\n",
            "Kafr Zita",
            id="background",
        ),
    ],
)
def test_dates_s7_a_counted_plural_lead_dates_no_other_detail(
    extractor: Extractor, text: str, town: str
) -> None:
    dated = {e.location: e.event_date for e in only(run(extractor, text), "capture")}
    assert dated.get(town) == ""


# ---- precision: denials, attempts, squares and houses, visitors, plots, reminders (session 7, prec7)
@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "وقال المتحدث باسم الوزارة نافياً أن تكون الطائرات الروسية قد قصفت مدينة سراقب أمس.",
            "airstrike",
            id="denial-participle",
        ),
        pytest.param(
            "أصيب خمسة متظاهرين خلال محاولتهم اقتحام مقر الحكومة المحلية في مدينة الناصرية أمس.",
            "capture",
            id="attempt-with-pronoun",
        ),
        pytest.param(
            "دخل مسلحون مجهولون ساحة الاعتصام في مدينة الناصرية أمس.", "capture", id="square"
        ),
        pytest.param(
            "اقتحمت قوة أمنية منزل أحد المطلوبين في بلدة الضلوعية أمس.", "capture", id="house"
        ),
        pytest.param(
            "واقتحم عناصر من الأمن العسكري منازل المدنيين في بلدة داعل أمس.",
            "capture",
            id="houses-after-a-long-subject",
        ),
        pytest.param(
            "ثم اقتحمت عناصر الشبيحة القادمون من القرى المجاورة منازل عائلتين في بلدة تلدو.",
            "capture",
            id="houses-after-raiders-from-villages",
        ),
        pytest.param(
            "واقتحمت قوة من الشرطة الاتحادية منزل أحد المطلوبين في حي الجامعة بالموصل.",
            "capture",
            id="house-after-a-unit",
        ),
        pytest.param(
            "وصل المراقبون الدوليون الذين دخلوا مدينة حمص أمس إلى حي بابا عمرو.",
            "capture",
            id="observers",
        ),
        pytest.param(
            "دخل وفد أممي مدينة دوما أمس للاطلاع على أوضاع السكان.", "capture", id="delegation"
        ),
        pytest.param(
            "واتهمت الوزارة الرجل بالتخطيط لتفجيرات في مدينة كركوك.", "bombing", id="plot"
        ),
        pytest.param(
            "للتذكير: اندلعت الاشتباكات في بلدة ذيبان بين مقاتلي العشائر وقسد.",
            "clash",
            id="reminder",
        ),
    ],
)
def test_prec7_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "نفى المسؤول الشائعات. وقصفت الطائرات الروسية مدينة سراقب أمس.",
            ("airstrike", "Saraqib"),
            id="denial-other-sentence",
        ),
        pytest.param(
            "وقال المصدر، نافياً وقوع إصابات بين المدنيين، إن الطائرات الروسية قصفت بلدة سراقب أمس.",
            ("airstrike", "Saraqib"),
            id="denial-aside",
        ),
        pytest.param(
            "دخلت القوات العراقية مدينة الرمادي من جهة ساحة الحرية أمس.",
            ("capture", "Ramadi"),
            id="square-after-the-town",
        ),
        pytest.param(
            "سيطرت الفصائل أمس على ساحة البلدة في مدينة إدلب.",
            ("capture", "Idlib"),
            id="square-after-preposition",
        ),
        pytest.param(
            "اقتحم مسلحو التنظيم بلدة البغدادي أمس وفجروا منازل عدة.",
            ("capture", "Al-Baghdadi"),
            id="houses-in-a-later-clause",
        ),
        pytest.param(
            "دخلت القوات بلدة الضلوعية بعد تدمير منازل عدة فيها أمس.",
            ("capture", "Dhuluiyah"),
            id="houses-destroyed-before",
        ),
        pytest.param(
            "واقتحمت قوات الأمن والشبيحة المدعومة بالدبابات بلدة داعل، ومن ثم داهمت منازل الأهالي.",
            ("capture", "Da'il"),
            id="houses-raided-after-the-town",
        ),
        pytest.param(
            "واقتحمت قوات النظام مدعومة بالشبيحة بلدة داعل أمس وأحرقت منازل المدنيين.",
            ("capture", "Da'il"),
            id="houses-burned-after-the-town",
        ),
        pytest.param(
            "اقتحمت قوات النظام بلدة بيت سحم أمس.", ("capture", "Beit Sahm"), id="town-named-bayt"
        ),
        pytest.param(
            "دخلت فصائل المعارضة بيت جن أمس.", ("capture", "Beit Jinn"), id="bare-bayt-town"
        ),
        pytest.param(
            "قال مراقبون إن القوات العراقية دخلت مدينة تكريت أمس.",
            ("capture", "Tikrit"),
            id="observers-as-source",
        ),
        pytest.param(
            "وصل وفد أممي إلى دمشق أمس، فيما دخلت قوات النظام بلدة المليحة.",
            ("capture", "Al Mulayhah"),
            id="delegation-elsewhere",
        ),
        pytest.param(
            "بعد أسابيع من التخطيط، شنت القوات العراقية هجوماً على قرية البو سيف أمس.",
            ("clash", "Albu Sayf"),
            id="planning-before-the-attack",
        ),
        pytest.param(
            "للتذكير: بدأت المواجهات قبل أسبوع.\nوسيطر مقاتلو العشائر اليوم على بلدة ذيبان.",
            ("capture", "Dhiban"),
            id="after-the-reminder",
        ),
        pytest.param(
            "فشلت محاولتهم السابقة. وسيطرت القوات العراقية أمس على بلدة بيجي.",
            ("capture", "Bayji"),
            id="attempt-other-sentence",
        ),
    ],
)
def test_prec7_still_an_event(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


# ---- precision: statistics and the weapons used in a told event (session 7, prec7)
@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "وأشارت إحصائية للمرصد إلى أن غارات الطيران الروسي على مدينة سراقب منذ بدء الحملة "
            "أسفرت عن مقتل 50 مدنياً.",
            "airstrike",
            id="statistic-of-strikes",
        ),
        pytest.param(
            "وبحسب إحصائيات الدفاع المدني، قصفت قوات النظام بلدة كفرنبل بمئات القذائف.",
            "shelling",
            id="statistic-attributed",
        ),
        pytest.param(
            "اندلع نزاع عشائري في قضاء القرنة أمس، استخدمت فيه الأسلحة المتوسطة والقذائف.",
            "shelling",
            id="weapons-used-in-it",
        ),
    ],
)
def test_prec7_tally_or_weapons_is_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأشارت إحصائية للمرصد إلى مقتل 20 مدنياً منذ بدء الحملة. وقصفت الطائرات الروسية "
            "مدينة سراقب أمس.",
            ("airstrike", "Saraqib"),
            id="statistic-then-a-new-sentence",
        ),
        pytest.param(
            "قصفت الطائرات الروسية مدينة سراقب أمس، وفق إحصائية للمرصد.",
            ("airstrike", "Saraqib"),
            id="statistic-after-the-event",
        ),
        pytest.param(
            "وبحسب إحصائية للمرصد، قتل 20 مدنياً في غارات روسية على مدينة سراقب أمس.",
            ("airstrike", "Saraqib"),
            id="statistic-with-a-dated-event",
        ),
        pytest.param(
            "أصيب موظف في مديرية الإحصاء بقصف مدفعي على مدينة دير الزور أمس.",
            ("shelling", "Deir ez-Zor"),
            id="statistics-office",
        ),
        pytest.param(
            "دارت اشتباكات عنيفة في بلدة الطيانة استخدمت فيها الأسلحة الثقيلة. ثم قصفت المدفعية "
            "بلدة ذيبان أمس.",
            ("shelling", "Dhiban"),
            id="weapons-then-a-new-sentence",
        ),
        pytest.param(
            "استخدم الجيش المدفعية في قصف بلدة كفرنبل أمس.",
            ("shelling", "Kafranbel"),
            id="weapon-used-for-the-act",
        ),
    ],
)
def test_prec7_tally_or_weapons_keeps_events(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


# ---- precision: a month's count then «بينهم» without من (session 7, prec7)
def test_prec7_month_count_among_them_is_no_event(extractor: Extractor) -> None:
    text = (
        "ووثقت الشبكة مقتل 60 مدنياً خلال شهر آذار، بينهم 20 طفلاً، قتل أغلبهم في غارات جوية "
        "على ريف إدلب."
    )
    assert not only(run(extractor, text), "airstrike")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل خمسة مدنيين بينهم طفلان في غارة روسية على مدينة سراقب أمس.",
            ("airstrike", "Saraqib"),
            id="among-them-without-a-period",
        ),
        pytest.param(
            "قتل خلال شهر أيار 40 شخصاً في ريف إدلب. وأمس قتل خمسة مدنيين بينهم طفلان في غارة "
            "روسية على مدينة سراقب.",
            ("airstrike", "Saraqib"),
            id="period-in-an-earlier-sentence",
        ),
        pytest.param(
            "وقال المرصد إن 10 عناصر قتلوا في اشتباكات مع التنظيم في بلدة السخنة أمس، بينهم ضابطان.",
            ("clash", "As Sukhnah"),
            id="among-them-after-the-event",
        ),
    ],
)
def test_prec7_among_them_keeps_events(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


# ---- review rev7a: bare «القوات» names back no side when its sentence names another (session 7)
@pytest.mark.parametrize(
    ("text", "pub", "action", "expected"),
    [
        pytest.param(
            "سيطرت قوات المعارضة على بلدة العيس في ريف حلب الجنوبي بعد معارك عنيفة مع قوات "
            "النظام، وأسرت القوات خمسة عناصر من ميليشيا حزب الله.",
            dt.date(2016, 3, 12),
            "clash",
            ("syrian_opposition", "syrian_regime"),
            id="opposition-forces-named-before",
        ),
        pytest.param(
            "سيطرت قوات الحشد الشعبي على قرية الصقلاوية بعد معارك مع داعش بمساندة الجيش "
            "العراقي، وقالت القوات إنها قتلت 25 مسلحا.",
            dt.date(2016, 5, 25),
            "capture",
            ("pmf", "isis"),
            id="pmf-with-army-support",
        ),
        pytest.param(
            "سيطرت فصائل درع الفرات على مدينة الباب بدعم من القوات التركية بعد معارك مع داعش، "
            "وقالت فصائل درع الفرات إن القوات المشاركة فككت عشرات العبوات.",
            dt.date(2017, 2, 23),
            "capture",
            ("sna", "isis"),
            id="backed-factions-speak-of-their-forces",
        ),
        pytest.param(
            "قصفت قوات النظام قرية إبلين في جبل الزاوية، وأعلنت غرفة عمليات الفتح المبين أن "
            "القوات استهدفت تجمعات قوات النظام في كفرنبل بقذائف المدفعية.",
            dt.date(2021, 6, 8),
            "shelling",
            ("syrian_regime", ""),
            id="side-named-after-as-target",
        ),
        pytest.param(  # positive: the forces named in the sentence before
            "ارتكبت قوات النظام مجزرة في بلدة تلدو. إذ قصفت القوات المتمركزة في محيط البلدة "
            "المنازل بالمدفعية.",
            dt.date(2012, 5, 26),
            "shelling",
            ("syrian_regime", "civilians"),
            id="forces-named-back-across-sentences",
        ),
        pytest.param(  # session 13 (dev16 Houla): a partner named as a later verb's subject
            "ارتكبت قوات النظام مجزرة في بلدة تلدو. إذ قصفت القوات المتمركزة في محيط البلدة "
            "المنازل بالمدفعية، ثم اقتحمت عناصر الشبيحة منازل عائلتين في البلدة.",
            dt.date(2012, 5, 26),
            "shelling",
            ("syrian_regime", "civilians"),
            id="partner-subject-of-a-later-verb",
        ),
    ],
)
def test_review_rev7a_bare_forces(
    extractor: Extractor, text: str, pub: dt.date, action: str, expected: tuple
) -> None:
    events = only(run(extractor, text, pub), action)
    assert events and (events[0].actor1, events[0].actor2) == expected


def test_review_rev7a_backed_forces_no_side_named_back(extractor: Extractor) -> None:
    text = (
        "قصفت المدفعية التركية مواقع قسد في رأس العين، بينما قصفت القوات المدعومة أمريكيا بلدة "
        "جيلان بينار بالهاون."
    )
    events = [e for e in run(extractor, text, dt.date(2019, 10, 12)) if "Ceylanpinar" in e.location]
    assert events and events[0].actor2 != "turkey"


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        pytest.param(
            "استشهد رجال أمن بتفجير إرهابي استهدف مبنى في حي المزة بدمشق.",
            dt.date(2013, 9, 30),
            id="security-men-as-victims",
        ),
        pytest.param(
            "اغتال مسلحون مجهولون عناصر أمن في مدينة الرقة بإطلاق نار على حاجز لهم.",
            dt.date(2020, 7, 14),
            id="security-men-in-an-sdf-held-city",
        ),
        pytest.param(
            "استهدف مجهولون بعبوة ناسفة عناصر أمن في مدينة إدلب ما أدى لمقتل عنصرين.",
            dt.date(2019, 4, 15),
            id="security-men-in-an-hts-held-city",
        ),
    ],
)
def test_review_rev7a_indefinite_security_men_not_by_country(
    extractor: Extractor, text: str, pub: dt.date
) -> None:
    events = run(extractor, text, pub)
    assert events and all("syrian_regime" not in (e.actor1, e.actor2) for e in events)


# ---- a dateline is no focus; an object after a comma continues its verb (session 7)
@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("روداو – أربيل", id="outlet-then-city"),
        pytest.param("أربيل – روداو", id="city-then-outlet"),
    ],
)
def test_dateline_is_no_focus(extractor: Extractor, dateline: str) -> None:
    text = (
        f"اشتباكات عنيفة في سنجار\n{dateline}\n"
        "دارت اشتباكات عنيفة فجر اليوم بين قوات البيشمركة ومسلحي داعش."
    )
    events = run(extractor, text, dt.date(2015, 11, 12))
    assert events and {e.location for e in events} == {"Sinjar"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the object after a parenthetical day belongs to the verb before it
            "سيطر مسلحو تنظيم داعش، يوم أمس الأحد، على قضاء سنجار غرب محافظة نينوى بعد انسحاب "
            "قوات البيشمركة منه.",
            [("capture", "Sinjar"), ("withdrawal", "Sinjar")],
            id="capture-object-after-parenthetical-day",
        ),
        pytest.param(
            "سيطر مسلحو تنظيم داعش، يوم أمس الأحد، على بلدة زمار بعد معارك مع قوات البيشمركة.",
            [("capture", "Zummar"), ("clash", "Zummar")],
            id="capture-object-after-parenthetical-day-2",
        ),
        pytest.param(  # negatives: على opening a phrase of its own
            "سيطرت فصائل المعارضة على بلدة خان طومان، على الرغم من الغارات الروسية المكثفة.",
            [("capture", "Khan Tuman"), ("airstrike", "Khan Tuman")],
            id="neg-ala-al-raghm",
        ),
        pytest.param(
            "قتل خمسة مدنيين في غارة على مدينة سراقب، على أن الحصيلة مرشحة للارتفاع.",
            [("airstrike", "Saraqib")],
            id="neg-ala-an",
        ),
        pytest.param(
            "دارت اشتباكات عنيفة في حي جوبر، على صعيد آخر، قصفت قوات النظام مدينة دوما.",
            [("clash", "Damascus"), ("shelling", "Duma")],
            id="neg-ala-saeed-akhar",
        ),
    ],
)
def test_object_after_comma(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2014, 8, 4))
    assert [(e.action, e.location) for e in events] == expected


# ---- fire opened on an armed side is a clash; exchanged fire in any verb form (session 7)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أطلق مسلحون النار على دورية للشرطة في حي بابا عمرو بحمص مساء الأحد.",
            [("clash", "unknown", "syrian_regime", "Homs")],
            id="gunmen-fire-on-a-patrol",
        ),
        pytest.param(
            "فتح مجهولون النار على حاجز للجيش قرب مدينة الرستن فجر اليوم.",
            [("clash", "unknown", "syrian_regime", "Ar Rastan")],
            id="unknown-men-fire-on-a-checkpoint",
        ),
        pytest.param(  # negative: fire on protesters stays a protest met with force
            "أطلقت قوات الأمن النار على المتظاهرين في حي الخالدية بحمص مساء الأحد ما أدى إلى "
            "مقتل ثلاثة.",
            [("protest", "protesters", "syrian_regime", "Homs")],
            id="neg-fire-on-protesters",
        ),
        pytest.param(  # negative: fire on a civilian car stays an attack on civilians
            "أطلق عناصر الحاجز النار على سيارة مدنية قرب مدينة الرستن ما أدى إلى مقتل سائقها.",
            [("attack", "unknown", "civilians", "Ar Rastan")],
            id="neg-fire-on-a-civilian-car",
        ),
        pytest.param(  # negative: a threat to open fire is no event
            "هدد القيادي بإطلاق النار على أي دورية تقترب من بلدة الرستن.",
            [],
            id="neg-threat-to-fire",
        ),
    ],
)
def test_fire_on_forces(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2011, 6, 7))
    assert [(e.action, e.actor1, e.actor2, e.location) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("تبادلت قوات النظام وفصائل المعارضة إطلاق النار في حي جوبر بدمشق.", id="fem"),
        pytest.param("يتبادل الطرفان إطلاق النار في حي جوبر بدمشق منذ الصباح.", id="imperfect"),
        pytest.param("تبادل الطرفان إطلاق النار في حي جوبر بدمشق.", id="masc"),
    ],
)
def test_exchanged_fire_verb_forms(extractor: Extractor, text: str) -> None:
    events = run(extractor, text, dt.date(2016, 6, 7))
    assert [(e.action, e.location) for e in events] == [("clash", "Damascus")]


# ---- the present tense of headlines and bulletins tells an act; in the body a state (session 7)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "الجيش السوري يسيطر على بلدة سراقب\nدخلت وحدات الجيش بلدة سراقب أمس.",
            [("capture", "syrian_regime", "Saraqib")],
            id="headline-present-capture-joins-body",
        ),
        pytest.param(
            "القوات العراقية تستعيد قرية بازوايا شرقي الموصل\nوأفادت مصادر محلية بذلك في بيان.",
            [("capture", "iraqi_army", "Bazwaya")],
            id="headline-present-regain",
        ),
        pytest.param(
            "قوات الأسد تعتقل ثلاثة شبان في مدينة نوى\nوأفادت مصادر محلية بذلك في بيان.",
            [("arrest", "syrian_regime", "Nawa")],
            id="headline-present-arrest",
        ),
        pytest.param(
            "مسلحون مجهولون يغتالون قياديا سابقا في مدينة نوى\nوأفادت مصادر محلية بذلك في بيان.",
            [("attack", "unknown", "Nawa")],
            id="headline-present-assassination",
        ),
        pytest.param(
            "نشرة اليوم\n📍 ريف درعا:\nقوات الأسد تعتقل ثلاثة شبان على حاجز في مدينة نوى.",
            [("arrest", "syrian_regime", "Nawa")],
            id="bulletin-item-under-section-head",
        ),
        pytest.param(
            "نشرة اليوم\n🔸 مقاتلو العشائر يسيطرون على بلدة ذيبان بالكامل بعد انسحاب قسد منها.",
            [("capture", "tribal_forces", "Dhiban"), ("withdrawal", "sdf", "Dhiban")],
            id="bulletin-flash-line",
        ),
        pytest.param(
            "تقدم جديد في ريف إدلب\nوتقتحم قوات النظام منذ فجر اليوم بلدة سرمين.",
            [("capture", "syrian_regime", "Sarmin")],
            id="body-present-with-todays-time",
        ),
    ],
)
def test_present_tense_news(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2020, 3, 3))
    assert [(e.action, e.actor1, e.location) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "قصف على إدلب\nوتسيطر فصائل المعارضة على بلدة النيرب منذ عام 2012، وتعتبرها خط "
            "دفاع أول عن مدينة إدلب.",
            id="state-since-a-year",
        ),
        pytest.param(
            "قصف على دير الزور\nويسيطر التنظيم على مساحات واسعة من ريف دير الزور الشرقي.",
            id="state-of-control",
        ),
        pytest.param(
            "قصف على درعا\nوتعتقل الأجهزة الأمنية كل من يعارض الحكومة في مدينة نوى.",
            id="habit",
        ),
        pytest.param(
            "قصف على حمص\nومن المتوقع أن تستكمل عملية الإخلاء اليوم، على أن يدخل الجيش إلى "
            "مدينة حمص القديمة بعد انتهائها.",
            id="subjunctive-an",
        ),
        pytest.param(
            "تدخل عسكري تركي جديد في مدينة تل رفعت",
            id="intervention-noun",
        ),
    ],
)
def test_present_tense_state_is_no_event(extractor: Extractor, text: str) -> None:
    events = run(extractor, text, dt.date(2020, 3, 3))
    assert [e for e in events if e.action in ("capture", "arrest")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وكانت فصائل المعارضة خسرت بلدة كفرنبودة قبل أن تستعيدها في هجوم معاكس.",
            [("syrian_opposition", "Kafr Nabudah")],
            id="lost-it-before-taking-it-back",
        ),
        pytest.param(
            "وكانت فصائل المعارضة قد انسحبت من بلدة كفرنبودة قبل أن تستعيدها بهجوم معاكس.",
            [("syrian_opposition", "Kafr Nabudah")],
            id="pluperfect-before-the-recapture",
        ),
    ],
)
def test_hl5_a_recapture_told_after_qabla_an_is_an_act(
    extractor: Extractor, text: str, expected: list
) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 20)), "capture")
    assert [(e.actor1, e.location) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وطالب الأهالي بإخراج المسلحين من المدينة قبل أن يدخلها الجيش.", id="a-demand"
        ),
        pytest.param("ويتوقع أن تنتهي المعركة قبل أن تسيطر القوات على مدينة الرقة.", id="expected"),
        pytest.param("وتحاول القوات تأمين الطريق قبل أن تقتحم مدينة الرقة.", id="an-attempt"),
    ],
)
def test_hl5_qabla_an_with_no_past_clause_is_no_act(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text, dt.date(2017, 6, 1)), "capture")


# ---- casualty figures: label numbers, superlative days, unplaced leads (fig7, session 7)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل اثنان من عناصر الفوج 63 في هجوم على حاجز قرب مدينة دير الزور.", [2], id="fawj"
        ),
        pytest.param(
            "أعلنت هيئة الحشد الشعبي مقتل ثلاثة من مقاتلي اللواء 52 وإصابة آخرين بقصف جوي استهدف "
            "مواقعهم قرب قضاء القائم.",
            [3],
            id="liwa",
        ),
        pytest.param(
            "قتل أربعة مدنيين بقصف مدفعي استهدف سيارتهم على الطريق الدولي M5 قرب مدينة سراقب.",
            [4],
            id="latin-road",
        ),
        pytest.param(  # negative: a count after a label noun's phrase still counts
            "قتل جنديان من الكتيبة 82 و3 مدنيين بقصف على مدينة سراقب.", [5], id="neg-and-count"
        ),
        pytest.param(  # negative: an ordinary count
            "قتل 6 أشخاص بقصف مدفعي على مدينة سراقب.", [6], id="neg-plain-count"
        ),
    ],
)
def test_fig7_label_numbers_count_nobody(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2019, 5, 4))
    assert [e.fatalities for e in events] == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("قتلت الفرقة 25 مسلحا", ["label"]),  # the label is kept; casualties read the noun after it
        ("قصفت الطائرات مقرين للواءين 7 و9 قرب الحدود", ["label", "label"]),
        ("قتل عنصران من الفوج 46 و3 مدنيين", ["dual", "label", "cardinal"]),
        ("بموجب المادة 4 من القانون", ["label"]),
        ("قتل 12 شخصا", ["cardinal"]),
        ("في عام 2014 قتل 9 اشخاص", ["year", "cardinal"]),
    ],
)
def test_fig7_label_number_kinds(text: str, kinds: list) -> None:
    from conflictlib.normalize import normalize_key
    from conflictlib.numbers import find_numbers

    assert [n.kind for n in find_numbers(normalize_key(text))] == kinds


def test_fig7_label_then_person_noun_is_a_count(extractor: Extractor) -> None:
    events = run(
        extractor, "قتلت الفرقة 25 مسلحا في اشتباكات بريف مدينة سراقب.", dt.date(2019, 5, 4)
    )
    assert [e.fatalities for e in events] == [25]


SUPERLATIVE_DAY = (
    "أطلقت قوات الأمن النار على مظاهرة في مدينة حمص أمس الجمعة وقتلت 12 متظاهراً، في أشد "
    "أيام الاحتجاجات دموية منذ بدايتها في آذار الماضي."
)


def test_fig7_superlative_day_names_no_event(extractor: Extractor) -> None:
    events = run(extractor, SUPERLATIVE_DAY, dt.date(2011, 4, 23))
    assert [(e.action, e.location, e.event_date, e.fatalities) for e in events] == [
        ("protest", "Homs", "2011-04-22", 12)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a superlative before the event noun itself (no day compared)
            "شهدت مدينة درعا اليوم أكبر مظاهرة منذ بدء الاحتجاجات.",
            [("protest", "Dar'a")],
            id="neg-largest-protest",
        ),
        pytest.param(  # the event told after the compared days, beyond the class noun
            "في أعنف أيام المعركة، قصفت قوات النظام مدينة دوما بالمدفعية.",
            [("shelling", "Duma")],
            id="neg-event-after-class",
        ),
        pytest.param(  # "more than a day": no day compared
            "استمرت الاشتباكات في مدينة دوما أكثر من يوم بين قوات النظام وفصائل المعارضة.",
            [("clash", "Duma")],
            id="neg-more-than-a-day",
        ),
    ],
)
def test_fig7_superlative_day_keeps_events(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2013, 5, 4))
    assert [(e.action, e.location) for e in events] == expected


UNPLACED_LEAD = (
    "قتلى برصاص الأمن\n"
    "قال ناشطون إن أكثر من أربعين شخصا قتلوا أمس الجمعة برصاص قوات الأمن التي أطلقت النار على "
    "آلاف المتظاهرين الذين خرجوا في مدن وبلدات عدة.\n"
)
DUMA_SHOT = "وفي مدينة دوما أطلق عناصر الأمن النار على مظاهرة حاشدة."


def test_fig7_unplaced_lead_dates_its_details(extractor: Extractor) -> None:
    text = UNPLACED_LEAD + DUMA_SHOT + " كما خرجت مظاهرة في مدينة حماة.\n"
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert {e.location: e.event_date for e in events}.get("Hamah") == "2011-04-22"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(  # background keeps no day of the lead
            UNPLACED_LEAD + "وكانت قوات الأمن قد أطلقت النار على مظاهرة في مدينة دوما. كما خرجت "
            "مظاهرة في مدينة حماة.\n",
            "Hamah",
            id="background",
        ),
        pytest.param(  # a body in two countries: the lead's country is unknown
            UNPLACED_LEAD + DUMA_SHOT + " وفي مدينة البصرة خرجت مظاهرة.\n",
            "Basrah",
            id="two-countries",
        ),
        pytest.param(  # a lead naming no towns it sums up is no summary
            "قتلى برصاص الأمن\nقال ناشطون إن أكثر من أربعين شخصا قتلوا أمس الجمعة برصاص قوات "
            "الأمن.\n" + DUMA_SHOT + " كما خرجت مظاهرة في مدينة حماة.\n",
            "Hamah",
            id="no-towns-summed",
        ),
    ],
)
def test_fig7_unplaced_lead_dates_no_other_detail(
    extractor: Extractor, text: str, town: str
) -> None:
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert {e.location: e.event_date for e in events}.get(town) == ""


# ---- protest (session 7)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # clashes with protesters as one side are a protest turned violent
            "شهدت مدينة السماوة صباح اليوم مواجهات بين متظاهرين غاضبين وعناصر الشرطة أمام مقر "
            "المحافظة.",
            [("protest", "protesters", "iraqi_security_forces")],
            id="clash-between-protesters-and-police",
        ),
        pytest.param(
            "وفي مدينة الكوت، جرح أمس تسعة محتجين خلال مواجهات مع قوات الشغب قرب مبنى المحافظة.",
            [("protest", "protesters", "")],
            id="protesters-hurt-in-clashes-with",
        ),
        pytest.param(
            "اشتبكت قوات الأمن مع المتظاهرين قرب جسر السنك في بغداد أمس.",
            [("protest", "protesters", "iraqi_security_forces")],
            id="forces-clash-with-protesters",
        ),
        pytest.param(
            "هاجم محتجون غاضبون مقر حزب الدعوة في مدينة الكوت وأضرموا فيه النار.",
            [("protest", "protesters", "")],
            id="protesters-attack-a-party-office",
        ),
        pytest.param(  # fire opened on protesters, shooting to disperse them
            "وأفاد ناشطون بأن قوات الأمن فتحت النار على متظاهرين في بلدة الحراك أمس.",
            [("protest", "protesters", "syrian_regime")],
            id="fire-opened-on-protesters",
        ),
        pytest.param(
            "تجمع المئات أمام مبنى المحافظة في مدينة الكوت، وأطلقت قوات الشرطة الرصاص الحي "
            "لتفريقهم.",
            [("protest", "protesters", "iraqi_security_forces")],
            id="shot-to-disperse-them",
        ),
        pytest.param(  # protesters blocking roads or gathering, the subject before the verb
            "وقام متظاهرون غاضبون بقطع الطريق الرئيسي في مدينة السماوة أمس.",
            [("protest", "protesters", "")],
            id="protesters-did-block-roads",
        ),
        pytest.param(
            "وقال مصدر أمني إن محتجين أشعلوا الإطارات وأغلقوا جسراً وسط مدينة الكوت.",
            [("protest", "protesters", "")],
            id="protesters-burnt-tyres-and-closed",
        ),
        pytest.param(
            "عشرات المتظاهرين تجمعوا ظهر اليوم أمام مجلس محافظة كربلاء.",
            [("protest", "protesters", "")],
            id="protesters-gathered-subject-first",
        ),
        pytest.param(  # negatives: protesters caught in others' fighting, other meanings
            "قتل متظاهر برصاص طائش خلال اشتباكات بين فصيلين مسلحين في مدينة البصرة.",
            [("clash", "unknown", "")],
            id="neg-protester-killed-in-others-clashes",
        ),
        pytest.param(
            "اشتبكت قوات الأمن مع مسلحين هاجموا خيام المعتصمين في ساحة الحبوبي بمدينة الناصرية.",
            [("clash", "iraqi_security_forces", "unknown")],
            id="neg-forces-clash-with-gunmen-who-attacked-sit-in",
        ),
        pytest.param(
            "شن مسلحو داعش هجوماً على نقطة للجيش قرب تجمع للمتظاهرين في قضاء الطارمية.",
            [("clash", "isis", "iraqi_army")],
            id="neg-attack-on-army-near-protesters",
        ),
        pytest.param(
            "فتحت السلطات تحقيقاً في حادثة إطلاق النار بمدينة حماة.",
            [],
            id="neg-open-an-investigation",
        ),
        pytest.param(
            "أعادت قوات الأمن فتح الطريق الدولي قرب مدينة الرستن بعد إغلاقه.",
            [],
            id="neg-reopen-a-road",
        ),
        pytest.param(
            "أطلق مسلحون النار على سيارة مدنية في مدينة الرمادي، ولم تتمكن الشرطة من تفريق المارة.",
            [("attack", "unknown", "civilians")],
            id="neg-dispersal-in-another-clause",
        ),
        pytest.param(
            "قامت قوات الأمن بقطع الطرق المؤدية إلى ساحة التحرير في بغداد.",
            [],
            id="neg-forces-cut-roads",
        ),
        pytest.param(
            "طالب المتظاهرون بإعادة فتح الطريق الذي قطعته القوات في مدينة الكوت.",
            [],
            id="neg-road-cut-by-forces",
        ),
        pytest.param(
            "قوات الأمن تجمعوا قرب مبنى المحافظة في مدينة الكوت خشية وصول المتظاهرين.",
            [],
            id="neg-forces-gathered",
        ),
    ],
)
def test_protest_session7(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2019, 11, 10))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


# ---- review rev7b: precision rules that deleted real events (session 7)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "شهدت الغوطة خلال الأيام الماضية تصعيداً، وقتل اليوم الثلاثاء 7 مدنيين بينهم 3 أطفال "
            "في غارات روسية على بلدة حمورية.",
            dt.date(2018, 2, 20),
            [("airstrike", "Hamouriyah")],
            id="period-then-bare-among-is-no-tally",
        ),
        pytest.param(
            "صدت قوات النظام محاولتهم التقدم، ثم سيطرت اليوم على تلة العيس جنوب حلب.",
            dt.date(2016, 5, 10),
            [("clash", ""), ("capture", "Al Eis")],
            id="their-attempt-blocks-no-later-capture",
        ),
        pytest.param(
            "وفي محيط وزارة التخطيط انفجرت عبوة ناسفة في منطقة الكرادة ببغداد اليوم، ما أدى إلى "
            "إصابة 3 مدنيين.",
            dt.date(2014, 5, 12),
            [("bombing", "Baghdad")],
            id="ministry-of-planning-is-no-plan",
        ),
        pytest.param(
            "بعد التخطيط لأسابيع، هاجم مسلحو داعش اليوم الاثنين مقر الفوج الثالث في الفلوجة وقتلوا "
            "7 جنود.",
            dt.date(2014, 5, 12),
            [("clash", "Al Fallujah")],
            id="after-planning-the-attack-happened",
        ),
        pytest.param(
            "وبحسب صحفيين محليين، سيطر الجيش العراقي اليوم على حي الطيران في الموصل.",
            dt.date(2017, 3, 1),
            [("capture", "Mosul")],
            id="journalists-as-a-source-enter-nothing",
        ),
        pytest.param(  # a reminder recalls older events, even with their own day
            "نشرة أخبار المنطقة الشرقية\n📌 للتذكير: بدأت المواجهات يوم الإثنين الماضي بعد اعتقال "
            "قسد لقائد مجلس دير الزور العسكري في مدينة الحسكة.",
            dt.date(2023, 9, 3),
            [],
            id="neg-reminder-with-its-day",
        ),
        pytest.param(  # the rules still hold where they were meant to
            "وأصيب محتجون خلال محاولتهم اقتحام مبنى ديوان المحافظة وسط مدينة البصرة.",
            dt.date(2019, 10, 10),
            [],
            id="neg-attempted-storming",
        ),
        pytest.param(
            "وكان متورطاً في التخطيط لهجمات ضد القوات الأمريكية في قاعدة عين الأسد.",
            dt.date(2020, 1, 5),
            [],
            id="neg-plotting-attacks",
        ),
        pytest.param(
            "ضاعت الحقيقة في انتظار ما سيقوله المراقبون الدوليون الذين دخلوا بلدة التريمسة أمس.",
            dt.date(2012, 7, 14),
            [],
            id="neg-observers-entered",
        ),
    ],
)
def test_review_rev7b_precision(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    assert [(e.action, e.location) for e in run(extractor, text, pub)] == expected


# ---- reviews rev7c and rev7d: the session-7 rules probed with other wordings (session 7)
@pytest.mark.parametrize(
    ("text", "pub", "no_action"),
    [
        pytest.param(
            "تبادلت روسيا وتركيا الاتهامات بخرق وقف إطلاق النار في إدلب أمس.",
            dt.date(2015, 8, 4),
            "clash",
            id="ceasefire-accusations",
        ),
        pytest.param(
            "جرت في مدينة الباب أمس عملية تبادل الأسرى وإطلاق سراح المختطفين بين فصائل درع "
            "الفرات وقوات النظام.",
            dt.date(2018, 5, 10),
            "clash",
            id="prisoner-swap",
        ),
        pytest.param(
            "قال المتحدث باسم العمليات المشتركة اليوم إن القوات العراقية تسيطر على 90% من الجانب "
            "الأيمن لمدينة الموصل.",
            dt.date(2017, 5, 20),
            "capture",
            id="share-controlled-said-today",
        ),
        pytest.param(
            "نشرة\nوتسيطر هيئة تحرير الشام اليوم على معظم محافظة إدلب.",
            dt.date(2020, 1, 15),
            "capture",
            id="nowadays-control",
        ),
        pytest.param(
            "عندما يدخل الجيش السوري إلى درعا البلد سيجد مدينة مدمرة، كما قال الأهالي اليوم.",
            dt.date(2018, 12, 20),
            "capture",
            id="when-the-army-enters",
        ),
        pytest.param(
            "يقول سكان إن قوات النظام تعتقل الشبان على الحواجز في مدينة حماة اليوم كما في كل يوم.",
            dt.date(2019, 10, 9),
            "arrest",
            id="arrests-every-day",
        ),
        pytest.param(
            "نشرة حماة\n- تعتقل الأجهزة الأمنية في حماة كل من يتخلف عن الخدمة العسكرية.",
            dt.date(2019, 10, 9),
            "arrest",
            id="habit-on-a-bullet-line",
        ),
        pytest.param(
            "نشرة البادية\n🔸 لا يزال تنظيم داعش يسيطر على جيب في بادية السخنة",
            dt.date(2018, 12, 20),
            "capture",
            id="still-controls-on-an-emoji-line",
        ),
        pytest.param(
            "داعش يسيطر على ثلث مساحة العراق\nتقرير عن توسع التنظيم في المحافظات الغربية.",
            dt.date(2014, 9, 20),
            "capture",
            id="headline-share-of-a-country",
        ),
        pytest.param(
            "تركيا تطرد اللاجئين السوريين إلى إدلب\nقال ناشطون إن السلطات رحلت المئات.",
            dt.date(2019, 7, 1),
            "capture",
            id="deporting-refugees",
        ),
        pytest.param(
            "أطلق مسلحون النار على مقر منظمة إغاثية في مدينة سرمدا أمس، ما أدى إلى إصابة موظف.",
            dt.date(2018, 5, 10),
            "clash",
            id="fire-on-an-aid-office",
        ),
        pytest.param(
            "أطلق حرس الحدود التركي النار لتفريق مجموعة من المهربين على الحدود قرب خربة الجوز "
            "اليوم، ما أدى إلى مقتل شابين سوريين.",
            dt.date(2017, 3, 10),
            "protest",
            id="dispersing-smugglers",
        ),
        pytest.param(
            "أطلقت الشرطة النار في الهواء لتفريق المتجمهرين عقب حادث سير في الحلة اليوم.",
            dt.date(2019, 10, 26),
            "protest",
            id="dispersing-onlookers",
        ),
    ],
)
def test_review_rev7cd_no_event(
    extractor: Extractor, text: str, pub: dt.date, no_action: str
) -> None:
    assert [e for e in run(extractor, text, pub) if e.action == no_action] == []


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(  # the dateline's town when no other place is named
            "حمص – سانا\nاستشهد ثلاثة مواطنين وأصيب خمسة آخرون اليوم جراء سقوط قذائف هاون "
            "أطلقها إرهابيون على الأحياء السكنية في المدينة.",
            dt.date(2015, 6, 10),
            ("shelling", "Homs"),
            id="dateline-as-the-last-resort",
        ),
        pytest.param(
            "سيطرت قوات النظام، اليوم، على حي القابون، على غرار ما جرى في حي الوعر أواخر عام 2016.",
            dt.date(2017, 3, 12),
            ("capture", "Damascus"),
            id="ala-gharar-opens-its-own-phrase",
        ),
        pytest.param(  # a namesake quarter of the town named right after it
            "هاجم مسلحون نقطة للجيش في حي العمال بالموصل اليوم وقتلوا جنديين.",
            dt.date(2015, 3, 10),
            ("clash", "Mosul"),
            id="quarter-of-the-town-named-after-it",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في حي الشرطة غربي بغداد، اليوم الثلاثاء، ما أسفر عن مقتل 5 مدنيين.",
            dt.date(2015, 3, 10),
            ("bombing", "Baghdad"),
            id="quarter-west-of-the-town",
        ),
        pytest.param(
            "قتل 3 جنود في هجوم لداعش على الفوج 46 في الرمادي اليوم.",
            dt.date(2015, 3, 10),
            ("clash", "Ramadi"),
            id="base-name-of-another-country",
        ),
        pytest.param(  # a facility located by the countryside of a town nearby stays itself
            "استهدفت طائرة مسيرة تركية محطة السويدية للغاز في ريف ديريك، ما أدى إلى خروجها عن "
            "الخدمة.",
            dt.date(2022, 11, 23),
            ("airstrike", "Al-Suwaydiyah gas plant"),
            id="facility-in-the-countryside-of-a-town",
        ),
    ],
)
def test_review_rev7cd_event(
    extractor: Extractor, text: str, pub: dt.date, expected: tuple
) -> None:
    events = run(extractor, text, pub)
    assert [(e.action, e.location) for e in events if e.action == expected[0]][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "أصيب 25 متظاهراً في مواجهات مع قوات الأمن العراقية قرب جسر الأحرار وسط بغداد، اليوم "
            "الثلاثاء.",
            "iraqi_security_forces",
            id="protesters-confronted-security-forces",
        ),
        pytest.param(
            "أصيب 25 متظاهراً في مواجهات مع الجيش العراقي قرب جسر الأحرار وسط بغداد، اليوم "
            "الثلاثاء.",
            "iraqi_army",
            id="protesters-confronted-the-army",
        ),
    ],
)
def test_review_rev7d_protest_faces_the_side_confronted(
    extractor: Extractor, text: str, actor2: str
) -> None:
    events = only(run(extractor, text, dt.date(2019, 11, 5)), "protest")
    assert events and (events[0].actor1, events[0].actor2) == ("protesters", actor2)


# ------------------------------------------------------------------ session 8


@pytest.mark.parametrize(
    ("text", "pub", "actors"),
    [
        pytest.param(
            "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير في أربيل بطائرة مسيرة، فجر "
            "اليوم الأحد.",
            dt.date(2024, 1, 21),
            ("islamic_resistance_iraq", "usa"),
            id="a-claimed-drone-on-a-base-hosting-us-forces",
        ),
        pytest.param(
            "قصفت إيران قاعدة عين الأسد في الأنبار بأكثر من عشرة صواريخ باليستية فجر اليوم.",
            dt.date(2020, 1, 8),
            ("iran", "usa"),
            id="missiles-on-ain-al-asad",
        ),
        pytest.param(
            "تعرضت قاعدة حميميم لهجوم بطائرات مسيرة أطلقتها فصائل المعارضة فجر اليوم.",
            dt.date(2018, 1, 10),
            ("syrian_opposition", "russia"),
            id="drones-on-hmeimim",
        ),
        pytest.param(
            "سقطت ثلاثة صواريخ على قاعدة عين الأسد في محافظة الأنبار مساء أمس.",
            dt.date(2013, 5, 10),
            ("unknown", ""),
            id="before-the-forces-came-no-target",
        ),
        pytest.param(
            "قصفت طائرات التحالف الدولي مواقع قرب التنف اليوم.",
            dt.date(2018, 1, 10),
            ("coalition", ""),
            id="the-hosted-forces-own-strike-has-no-such-target",
        ),
        pytest.param(
            "استهدف قصف مدفعي منازل المدنيين قرب حقل العمر النفطي مساء أمس.",
            dt.date(2021, 6, 28),
            ("unknown", "civilians"),
            id="a-named-target-stays",
        ),
        pytest.param(  # review rev8: near the base is not the base
            "استهدفت ثلاثة صواريخ محيط قاعدة عين الأسد اليوم دون وقوع إصابات.",
            dt.date(2021, 5, 5),
            ("unknown", ""),
            id="rev8-around-the-base",
        ),
        pytest.param(
            "قصفت طائرة مسيرة تركية سيارة قرب قاعدة حرير شمال أربيل اليوم.",
            dt.date(2023, 6, 10),
            ("turkey", ""),
            id="rev8-near-the-base",
        ),
        pytest.param(
            "قصفت قوات سوريا الديمقراطية بالمدفعية انطلاقا من حقل كونيكو مواقع على الضفة الغربية "
            "لنهر الفرات اليوم.",
            dt.date(2019, 3, 1),
            ("sdf", ""),
            id="rev8-fire-from-the-base-by-a-partner",
        ),
        pytest.param(
            "قصفت طائرات حربية تابعة للنظام قاعدة حميميم بالخطأ اليوم.",
            dt.date(2015, 10, 20),
            ("syrian_regime", ""),
            id="rev8-the-hosts-partner",
        ),
        pytest.param(
            "قصف تنظيم داعش قاعدة عين الأسد بقذائف الهاون اليوم.",
            dt.date(2015, 3, 1),
            ("isis", ""),
            id="rev8-an-iraqi-base-before-2018",
        ),
    ],
)
def test_an_unclaimed_target_at_a_base_is_the_forces_it_hosts(
    extractor: Extractor, text: str, pub: dt.date, actors: tuple[str, str]
) -> None:
    events = [e for e in run(extractor, text, pub) if e.action in ("airstrike", "shelling")]
    assert [(e.actor1, e.actor2) for e in events][:1] == [actors]


def test_a_bad_hosts_entry_is_a_lexicon_error() -> None:
    from conflictlib.lexicons.gazetteer import parse_hosts

    assert parse_hosts("x", ["usa 2014-11-01 -"])[0].end is None
    assert parse_hosts("x", ["usa 2018-01-01 - sdf,iraqi_forces"])[0].partners == (
        "sdf",
        "iraqi_forces",
    )
    with pytest.raises(LexiconError, match="hosts entry"):
        parse_hosts("x", ["usa since-2014"])
    with pytest.raises(LexiconError, match="hosts entry"):
        parse_hosts("x", ["usa 2018-01-01 - sdf extra"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وانسحب وفد المعارضة من جلسة المفاوضات في جنيف احتجاجاً.", id="talks"),
        pytest.param("وانسحبت كتلة سائرون من جلسة البرلمان في بغداد اليوم.", id="parliament"),
        pytest.param("وأعلن التيار انسحابه من الحكومة العراقية اليوم.", id="government"),
        pytest.param(
            "وفر مئات المدنيين من بلدة رأس العين هرباً من القصف.", id="civilians-after-verb"
        ),
    ],
)
def test_a_walkout_or_civilians_fleeing_is_no_withdrawal(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text, dt.date(2019, 10, 20)), "withdrawal")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "وأجبرت قوات النظام مقاتلي المعارضة على الانسحاب من بلدة اللطامنة بعد معارك عنيفة أمس.",
            "syrian_opposition",
            id="the-forced-side-withdraws",
        ),
        pytest.param(
            "وأجبرت الغارات الروسية فصائل المعارضة على الانسحاب من بلدة كفرنبودة اليوم.",
            "syrian_opposition",
            id="forced-by-strikes",
        ),
        pytest.param(
            "واضطرت قوات سوريا الديمقراطية إلى الانسحاب من بلدة رأس العين أمس.",
            "sdf",
            id="a-side-that-had-to-withdraw-withdraws",
        ),
        pytest.param(
            "وانسحبت قوات سوريا الديمقراطية من بلدة رأس العين أمس.",
            "sdf",
            id="plain-withdrawal",
        ),
    ],
)
def test_a_side_forced_to_withdraw_is_the_one_that_withdraws(
    extractor: Extractor, text: str, actor1: str
) -> None:
    events = only(run(extractor, text, dt.date(2019, 10, 20)), "withdrawal")
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شن الطيران المسير التركي هجوماً على بلدة عامودا اليوم.",
            [("airstrike", "turkey")],
            id="aircraft-launch-an-attack",
        ),
        pytest.param(
            "وهاجم الطيران الروسي مواقع الفصائل في جسر الشغور اليوم.",
            [("airstrike", "russia")],
            id="aircraft-attack",
        ),
        pytest.param(
            "هاجمت طائرات مسيرة أطلقتها هيئة تحرير الشام قاعدة حميميم الروسية في ريف اللاذقية.",
            [("airstrike", "hts")],
            id="drones-attack-a-base",
        ),
        pytest.param(
            "بعد غارات للطيران الحربي على البلدة، شن مقاتلو المعارضة هجوماً على مواقع النظام في "
            "بلدة اللطامنة اليوم.",
            [("clash", "syrian_opposition")],
            id="aircraft-in-another-clause-leave-the-attack-a-clash",
        ),
    ],
)
def test_an_attack_made_by_aircraft_is_an_airstrike(
    extractor: Extractor, text: str, expected: list
) -> None:
    events = run(extractor, text, dt.date(2022, 11, 20))
    got = [(e.action, e.actor1) for e in events if e.action in ("airstrike", "clash")]
    assert [g for g in got if g[1] == expected[0][1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "دمرت طائرات القوة الجوية العراقية مضافة لعصابات داعش في جبال حمرين اليوم.",
            id="hideout",
        ),
        pytest.param(
            "قصفت طائرات التحالف الدولي كهوفاً لتنظيم داعش قرب مدينة هيت اليوم.", id="caves"
        ),
    ],
)
def test_a_hideout_or_tunnel_owned_by_a_side_makes_it_the_target(
    extractor: Extractor, text: str
) -> None:
    events = only(run(extractor, text, dt.date(2022, 11, 20)), "airstrike")
    assert [e.actor2 for e in events] == ["isis"]
    assert "isis" not in events[0].assoc_actor1.split(";")


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        pytest.param(
            "قصفت قوات النظام أحياء في مدينة درعا البلد، وفي بلدة طفس، وفي مدينة جاسم اليوم.",
            [("shelling", "Dar'a"), ("shelling", "Tafas"), ("shelling", "Jasim")],
            id="the-preposition-repeated-for-each-town",
        ),
        pytest.param(
            "دارت اشتباكات عنيفة بين الطرفين في بلدة اللطامنة، وفي قرية الزكاة، بحسب المرصد.",
            [("clash", "Al Lataminah"), ("clash", "Al Zakah")],
            id="clashes-in-two-villages",
        ),
        pytest.param(
            "قصفت قوات النظام أحياء في مدينة درعا البلد، وفي ريف حلب الجنوبي، سيطرت قوات النظام "
            "على بلدة العيس.",
            [("shelling", "Dar'a"), ("capture", "Al Eis")],
            id="the-topic-of-the-next-clause-is-no-object",
        ),
        pytest.param(
            "قصفت قوات النظام أحياء في مدينة درعا البلد، وفي بلدة طفس قتل مدنيان برصاص قناص.",
            [("shelling", "Dar'a"), ("attack", "Tafas")],
            id="a-town-with-its-own-event-is-no-object",
        ),
    ],
)
def test_a_repeated_locative_names_one_more_town(
    extractor: Extractor, text: str, towns: list
) -> None:
    got = [(e.action, e.location) for e in run(extractor, text, dt.date(2019, 5, 10))]
    assert got == towns


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "بمساندة الطيران الروسي هاجمت قوات النظام بلدة اللطامنة في ريف حماة أمس.",
            dt.date(2017, 4, 10),
            ["clash"],
            id="rev8b-aircraft-backing-a-ground-attack",
        ),
        pytest.param(
            "وسط تحليق مكثف للطيران الروسي هاجمت قوات النظام بلدة اللطامنة أمس.",
            dt.date(2017, 4, 10),
            ["clash"],
            id="rev8b-aircraft-overhead",
        ),
        pytest.param(
            "أسقطت فصائل المعارضة طائرة مسيرة وهاجمت مواقع قوات النظام في كفرنبودة أمس.",
            dt.date(2019, 5, 20),
            ["clash"],
            id="rev8b-a-drone-shot-down-first",
        ),
        pytest.param(
            "قصفت الطائرات الحربية قرية معان وهاجمت قوات النظام مواقع فصائل المعارضة في محيطها أمس.",
            dt.date(2017, 4, 10),
            ["airstrike", "clash"],
            id="rev8b-aircraft-in-their-own-clause",
        ),
        pytest.param(
            "تعرضت قاعدة عين الأسد لهجوم بثلاث طائرات مسيرة أمس.",
            dt.date(2023, 10, 20),
            ["airstrike"],
            id="rev8b-an-attack-with-three-drones",
        ),
        pytest.param(
            "هاجمت ثلاث طائرات مسيرة قاعدة حرير في أربيل أمس.",
            dt.date(2023, 10, 20),
            ["airstrike"],
            id="rev8b-three-drones-attack",
        ),
        pytest.param(
            "انسحبت قوات الجيش العراقي من مقر الحكومة المحلية في مدينة تكريت بعد هجوم مسلحي تنظيم "
            "داعش أمس.",
            dt.date(2014, 6, 12),
            ["clash", "withdrawal"],
            id="rev8b-withdrawal-from-a-government-building",
        ),
        pytest.param(
            "انسحبت القوات الأمريكية من قاعدة التحالف في بلدة صرين بريف حلب أمس.",
            dt.date(2019, 10, 20),
            ["withdrawal"],
            id="rev8b-withdrawal-from-a-coalition-base",
        ),
        pytest.param(
            "فجرت فصائل المعارضة مبنى الفندق في حلب القديمة عبر نفق حفرته الجبهة الإسلامية أمس، ما "
            "أسفر عن مقتل عشرة من قوات النظام.",
            dt.date(2015, 3, 5),
            ["bombing"],
            id="rev8b-a-tunnel-dug-by-the-attacker",
        ),
    ],
)
def test_review_rev8b_actions(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    events = run(extractor, text, pub)
    assert sorted(e.action for e in events) == expected
    if expected == ["bombing"]:
        assert events[0].actor2 == "syrian_regime"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "أجبرت فصائل المعارضة قوات النظام والميليشيات الإيرانية على الانسحاب من بلدة كفرنبودة.",
            "syrian_regime",
            id="rev8b-an-object-of-two-sides",
        ),
        pytest.param(
            "أجبر الجيش التركي والفصائل الموالية له وحدات حماية الشعب الكردية على الانسحاب من "
            "مدينة عفرين.",
            "ypg",
            id="rev8b-a-subject-of-two-sides",
        ),
        pytest.param(
            "اضطرت قوات النظام فصائل المعارضة للانسحاب من بلدة كفرنبودة أمس.",
            "syrian_opposition",
            id="rev8b-forced-with-lam",
        ),
    ],
)
def test_review_rev8b_forced_withdrawal(extractor: Extractor, text: str, actor1: str) -> None:
    events = only(run(extractor, text, dt.date(2016, 3, 1)), "withdrawal")
    assert [(e.actor1, e.actor2, e.assoc_actor1) for e in events] == [(actor1, "", "")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "وأجبرت فصائل المعارضة قوات النظام على التراجع من قرية الحماميات بعد اشتباكات عنيفة.",
            "syrian_regime",
            id="forced-to-fall-back-from-a-village",
        ),
        pytest.param(
            "وأرغمت وحدات حماية الشعب مسلحي داعش على التراجع من قرية تل طويل.",
            "isis",
            id="fighters-of-a-named-side-fall-back",
        ),
        pytest.param(
            "وتراجعت عناصر التنظيم من مواقعها في حي الشهداء بمدينة الفلوجة تحت ضربات القوات العراقية.",
            "isis",
            id="fell-back-from-its-positions",
        ),
        pytest.param(
            "شنت فصائل المعارضة هجوماً على قرية الحماميات وأجبرت قوات النظام على التراجع منها.",
            "syrian_regime",
            id="fell-back-from-it",
        ),
        pytest.param(
            "واندلعت اشتباكات عنيفة في محيط مدينة الشدادي، وأرغمت قوات سوريا الديمقراطية والتحالف "
            "الدولي عناصر التنظيم على الفرار من المدينة.",
            "isis",
            id="the-organisation-named-back-after-two-subjects",
        ),
    ],
)
def test_hl5_a_side_forced_to_fall_back_withdraws(
    extractor: Extractor, text: str, actor1: str
) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 20)), "withdrawal")
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, "")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وتراجع عدد القتلى في مدينة حلب من 50 إلى 30 خلال الشهر الماضي.", id="a-figure"
        ),
        pytest.param("وتراجعت أسعار الخبز في مدينة إدلب من 200 ليرة.", id="prices"),
        pytest.param("وتراجع أعداد النازحين من مخيم الهول.", id="numbers-of-displaced"),
        pytest.param("وتراجع النظام عن قراره بعد احتجاجات في مدينة السويداء.", id="a-retraction"),
        pytest.param(
            "تصدى مقاتلو الوحدات للهجوم على قرية قسطل مقداد وأجبروا المرتزقة على التراجع.",
            id="no-place-fallen-back-from",
        ),
    ],
)
def test_hl5_falling_back_that_is_no_withdrawal(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text, dt.date(2019, 5, 20)), "withdrawal")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        pytest.param(
            "وأجبرت فصائل المعارضة قوات النظام على التراجع من قرية الحماميات بعد اشتباكات عنيفة.",
            ("syrian_opposition", "syrian_regime"),
            id="the-forcing-side-fights",
        ),
        pytest.param(
            "وأجبر مقاتلو العشائر عناصر داعش على الانسحاب من بلدة البغدادي بعد معارك استمرت ساعات.",
            ("tribal_forces", "isis"),
            id="tribes-force-isis-out",
        ),
        pytest.param(
            "واندلعت اشتباكات عنيفة في محيط مدينة الشدادي، وأرغمت قوات سوريا الديمقراطية والتحالف "
            "الدولي عناصر التنظيم على الفرار من المدينة.",
            ("sdf", "isis"),
            id="clash-told-before-the-forcing",
        ),
        pytest.param(
            "شنت فصائل المعارضة هجوماً على قرية الحماميات وأجبرت قوات النظام على التراجع منها.",
            ("syrian_opposition", "syrian_regime"),
            id="attacker-named-with-its-own-verb",
        ),
    ],
)
def test_hl5_the_clash_of_a_forced_retreat_is_the_forcing_sides(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 20)), "clash")
    assert [(e.actor1, e.actor2) for e in events] == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        pytest.param(
            "وتبادل الطرفان السيطرة على تلة الحماميات عدة مرات خلال اليوم.",
            ("", ""),
            id="both-sides-exchanged-control",
        ),
        pytest.param(
            "وتبادلت قوات النظام وفصائل المعارضة السيطرة على بلدة كفرنبودة أكثر من مرة منذ صباح "
            "اليوم.",
            ("syrian_regime", "syrian_opposition"),
            id="named-sides-exchanged-control",
        ),
        pytest.param(
            "وتناوبت قوات النظام والفصائل على السيطرة على قرية تل ملح خلال الأيام الماضية.",
            ("syrian_regime", "syrian_opposition"),
            id="took-turns-holding-it",
        ),
    ],
)
def test_hl5_control_that_changed_hands_is_a_clash(
    extractor: Extractor, text: str, sides: tuple[str, str]
) -> None:
    events = run(extractor, text, dt.date(2019, 5, 20))
    assert [(e.action, e.actor1, e.actor2) for e in events] == [("clash", *sides)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وتسبب الهجوم بنزوح وهروب آلاف الأهالي من قرى سهل نينوى.", id="attack-caused-flight"
        ),
        pytest.param(
            "وأدى القصف إلى نزوح مئات العائلات من بلدة تل تمر.", id="shelling-led-to-displacement"
        ),
    ],
)
def test_hl5_an_event_named_as_the_cause_of_displacement_is_no_new_event(
    extractor: Extractor, text: str
) -> None:
    assert run(extractor, text, dt.date(2014, 8, 10)) == []


def test_hl5_the_displaced_are_no_victims_of_an_attack(extractor: Extractor) -> None:
    text = "وأدى هجوم التنظيم على بلدة قرقوش إلى نزوح آلاف العائلات المسيحية."
    events = run(extractor, text, dt.date(2014, 8, 10))
    assert [(e.action, e.actor1, e.actor2) for e in events] == [("clash", "isis", "")]


def test_hl5_a_restated_attack_with_its_displaced_adds_no_event(extractor: Extractor) -> None:
    text = (
        "شن تنظيم داعش فجر اليوم هجوماً على بلدة قرقوش وسيطر عليها بعد انسحاب قوات البيشمركة "
        "منها.\nوتسبب الهجوم بنزوح وهروب آلاف الأهالي من قرى سهل نينوى باتجاه أربيل."
    )
    events = run(extractor, text, dt.date(2014, 8, 7))
    assert sorted(e.action for e in events) == ["capture", "clash", "withdrawal"]
    assert "civilians" not in {e.actor2 for e in events}


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "وقصفت الطائرات رتلاً كان يعد لمهاجمة مواقع الجيش قرب قضاء الطارمية.",
            "",
            id="the-column-meant-to-attack-the-army",
        ),
        pytest.param(
            "ودمر طيران التحالف رتلاً لتنظيم داعش كان يتجه لمهاجمة القوات العراقية في قضاء حديثة.",
            "isis",
            id="the-column-named-with-its-owner",
        ),
        pytest.param(
            "وقصفت الطائرات مواقع الجيش في الطارمية لتمهيد الطريق لمهاجمة المدينة.",
            "iraqi_army",
            id="target-named-before-the-aim",
        ),
    ],
)
def test_hl5_the_aim_of_a_struck_column_is_not_the_target(
    extractor: Extractor, text: str, actor2: str
) -> None:
    events = only(run(extractor, text, dt.date(2015, 6, 10)), "airstrike")
    assert [e.actor2 for e in events] == [actor2]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "واستعادت الفصائل السيطرة على بلدة كفرنبودة بعد أن خسرتها يوم أمس.",
            "",
            id="the-loss-was-yesterday",
        ),
        pytest.param(
            "واستعادت الفصائل السيطرة على بلدة كفرنبودة اليوم بعد أن خسرتها يوم أمس.",
            "2019-05-20",
            id="its-own-day-before-the-clause",
        ),
        pytest.param(
            "ودخلت قوات النظام بلدة كفرنبودة بعد معارك عنيفة أمس.",
            "2019-05-19",
            id="after-a-noun-keeps-the-day",
        ),
    ],
)
def test_hl5_a_day_in_a_later_clause_is_not_the_events(
    extractor: Extractor, text: str, day: str
) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 20)), "capture")
    assert [e.event_date for e in events] == [day]


def test_hl5_factions_named_back_force_the_regime_out(extractor: Extractor) -> None:
    text = (
        "شنت فصائل المعارضة هجوماً معاكساً على مواقع قوات النظام في ريف حماة الشمالي اليوم.\n"
        "وأجبرت الفصائل قوات النظام على التراجع من قرية الحماميات بعد اشتباكات عنيفة."
    )
    events = run(extractor, text, dt.date(2019, 5, 20))
    clashes = [e for e in only(events, "clash") if "Hamamiyat" in e.location]
    assert [(e.actor1, e.actor2) for e in clashes] == [("syrian_opposition", "syrian_regime")]
    assert [e.actor1 for e in only(events, "withdrawal")] == ["syrian_regime"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "أعلنت خلية الإعلام الأمني، اليوم الأحد، القبض على إرهابي مطلوب في قضاء الحويجة.",
            id="announced-as-a-noun",
        ),
        pytest.param(
            "ألقت القوات الأمنية، اليوم الأحد، القبض على إرهابي مطلوب في قضاء الحويجة.",
            id="the-verb-cut-off-by-commas",
        ),
        pytest.param(
            "نفذت قوة من الشرطة عملية أمنية أسفرت عن القبض على ثلاثة متهمين في قضاء الحويجة.",
            id="an-operation-resulted-in",
        ),
    ],
)
def test_an_arrest_told_as_a_noun(extractor: Extractor, text: str) -> None:
    events = run(extractor, text, dt.date(2021, 8, 22))
    assert [(e.action, e.location) for e in events] == [("arrest", "Al Hawijah")]


def test_an_arrest_in_a_definition_is_no_event(extractor: Extractor) -> None:
    text = 'ويستخدم الجيش التركي مصطلح "تحييد" للإشارة إلى قتل الإرهابيين أو القبض عليهم.'
    assert not only(run(extractor, text, dt.date(2021, 8, 22)), "arrest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # still an event (a known false one), but ISIS is never the taker
            "انطلاق عمليات تحرير مدينة الموصل من سيطرة تنظيم داعش",
            [("", "isis")],
            id="an-operation-launched",
        ),
        pytest.param(  # review rev8d: verbs that are no capture cues
            "تمكنت قوات سوريا الديمقراطية من انتزاع قرية الخطونية من سيطرة داعش.",
            [("sdf", "isis")],
            id="rev8d-wrested-from-the-control-of",
        ),
        pytest.param(
            "استرجعت القوات العراقية، اليوم، قضاء هيت من سيطرة داعش.",
            [("iraqi_army", "isis")],
            id="rev8d-retrieved-from-the-control-of",
        ),
        pytest.param(
            "حررت القوات العراقية بلدة القيارة من سيطرة تنظيم داعش اليوم.",
            [("iraqi_army", "isis")],
            id="freed-from-the-control-of",
        ),
        pytest.param(
            "حررت القوات العراقية بلدة القيارة من قبضة تنظيم داعش اليوم.",
            [("iraqi_army", "isis")],
            id="freed-from-the-grip-of",
        ),
        pytest.param(
            "استعادت فصائل المعارضة السيطرة على بلدة تل ملح، بعد ساعات من سيطرة قوات النظام عليها.",
            [("syrian_opposition", "syrian_regime"), ("syrian_regime", "syrian_opposition")],
            id="hours-after-the-other-side-took-it",
        ),
    ],
)
def test_from_the_control_of_names_the_loser(
    extractor: Extractor, text: str, expected: list
) -> None:
    captures = only(run(extractor, text, dt.date(2016, 10, 17)), "capture")
    assert sorted((e.actor1, e.actor2) for e in captures) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "أصدرت محكمة جنايات الرصافة، اليوم الأربعاء، حكماً بالإعدام شنقاً بحق إرهابيين اثنين "
            "أدينا بتفجير سيارة مفخخة في مدينة الصدر عام 2016.",
            dt.date(2022, 5, 11),
            [],
            id="a-death-sentence-is-no-execution",
        ),
        pytest.param(
            "قضت المحكمة الجنائية المركزية في بغداد بإعدام مدان بالانتماء لداعش اليوم.",
            dt.date(2022, 5, 11),
            [],
            id="a-court-ruled-for-death",
        ),
        pytest.param(
            "نفذت الدولة الإسلامية في العراق والشام حكم الإعدام بحق ثلاثة رجال في بلدة مركدة اليوم.",
            dt.date(2014, 6, 12),
            [("attack", "isis", "Markadah", 3)],
            id="a-sentence-carried-out-is-one",
        ),
        pytest.param(
            "أعدم تنظيم داعش، اليوم، ثلاثة رجال ذبحاً بتهمة الردة في مدينة البوكمال.",
            dt.date(2017, 5, 6),
            [("attack", "isis", "Albu Kamal", 3)],
            id="a-manner-phrase-across-commas",
        ),
        pytest.param(
            "صدت وحدات حماية الشعب، الليلة الماضية، هجوماً عنيفاً لتنظيم داعش على الجبهة الشرقية "
            "لمدينة كوباني، وقتلت ١٥ عنصراً من التنظيم، بحسب وكالة هاوار.",
            dt.date(2014, 10, 10),
            [("clash", "ypg", "Ayn al-Arab (Kobani)", 15)],
            id="the-eastern-front-is-a-front-line-not-nusra",
        ),
    ],
)
def test_review_rev8c_events(extractor: Extractor, text: str, pub: dt.date, expected: list) -> None:
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.location, e.fatalities) for e in events] == expected
    assert all(e.actor2 != "nusra" for e in events)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        pytest.param(
            "اندلعت اشتباكات عنيفة، يوم السبت، بين فرقة الحمزة وفرقة السلطان مراد في مدينة عفرين.",
            ("hamza_division", "sultan_murad"),
            id="two-factions-of-one-family",
        ),
        pytest.param(
            "اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في بلدة كفرنبودة اليوم.",
            ("syrian_regime", "syrian_opposition"),
            id="two-families",
        ),
    ],
)
def test_infighting_keeps_both_factions(extractor: Extractor, text: str, sides: tuple) -> None:
    events = only(run(extractor, text, dt.date(2021, 6, 27)), "clash")
    assert [(e.actor1, e.actor2) for e in events] == [sides]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "قتل 25 عنصراً من قوات النظام في هجوم لخلايا تنظيم داعش على حافلة تقلهم على طريق دير "
            "الزور - تدمر قرب بلدة الشولا.",
            ["Ash Shula"],
            id="a-road-by-its-two-ends-with-a-spot-on-it",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية على طريق القامشلي - عامودا اليوم.",
            ["Al Qamishli"],
            id="a-road-by-its-two-ends",
        ),
    ],
)
def test_a_road_named_by_its_two_ends_is_one_place(
    extractor: Extractor, text: str, places: list
) -> None:
    assert [e.location for e in run(extractor, text, dt.date(2020, 12, 31))] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل عنصر من قوات النظام برصاص قناص من فصائل المعارضة في بلدة كفرنبودة اليوم.",
            [("clash", "syrian_opposition", "syrian_regime", 1)],
            id="a-fighter-shot-by-a-sniper",
        ),
        pytest.param(
            "قتل جندي تركي برصاص قناص في ريف إدلب اليوم.",
            [("clash", "unknown", "turkey", 1)],
            id="a-soldier-shot-by-an-unnamed-sniper",
        ),
        pytest.param(
            "قتل مدني برصاص قناص من قوات النظام في بلدة كفرنبودة اليوم.",
            [("attack", "syrian_regime", "civilians", 1)],
            id="a-civilian-shot-stays-an-attack",
        ),
    ],
)
def test_fighters_shot_are_a_clash(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2021, 11, 10))
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "قتل عنصر من الشرطة العسكرية برصاص زملائه إثر خلاف شخصي في مدينة عفرين.", id="a-quarrel"
        ),
        pytest.param(
            "قتل عنصر من الجيش الحر برصاص طائش خلال حفل زفاف في بلدة الأتارب.", id="stray-bullets"
        ),
        pytest.param(
            "قتل عنصر من هيئة تحرير الشام بنيران صديقة في ريف إدلب الجنوبي.", id="friendly-fire"
        ),
    ],
)
def test_review_rev8d_fighters_shot_outside_a_fight_are_no_clash(
    extractor: Extractor, text: str
) -> None:
    assert not only(run(extractor, text, dt.date(2016, 4, 1)), "clash")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل جنديان تركيان برصاص قناص من وحدات حماية الشعب قرب بلدة جنديرس.",
            [("clash", "ypg", "turkey", 2)],
            id="rev8d-two-soldiers",
        ),
        pytest.param(
            "سقطت بلدة كسب، مساء أمس، بيد فصائل المعارضة.",
            [("capture", "syrian_opposition", "syrian_regime", None)],  # rebel_war_opponent
            id="rev8d-a-capture-phrase-across-commas",
        ),
        pytest.param(
            "وأصدر القضاء أمراً بالقبض على النائب السابق بتهمة الإرهاب.", [], id="rev8d-an-order"
        ),
        pytest.param("وصدر أمر القبض على المتهمين من محكمة تحقيق نينوى.", [], id="rev8d-a-warrant"),
        pytest.param(
            "وعرضت الداخلية مكافأة مالية لمن يدلي بمعلومات تؤدي إلى القبض على زعيم العصابة.",
            [],
            id="rev8d-a-reward",
        ),
    ],
)
def test_review_rev8d_events(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2016, 5, 3))
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "وأفادت شبكة شفق نيوز بأن مسلحين مجهولين هاجموا نقطة للجيش في قضاء الطارمية اليوم.",
            "shafaq_news",
            id="shafaq",
        ),
        pytest.param(
            "قال مراسل عنب بلدي إن قوات النظام قصفت بلدة كنصفرة اليوم.", "enab_baladi", id="enab"
        ),
        pytest.param(
            "ذكرت وكالة نورث برس أن طائرة مسيرة تركية استهدفت سيارة في مدينة القامشلي اليوم.",
            "north_press",
            id="north-press",
        ),
    ],
)
def test_outlets_cited_are_the_source(extractor: Extractor, text: str, source: str) -> None:
    events = run(extractor, text, dt.date(2021, 6, 1))
    assert [e.source for e in events] == [source]


# ---- session 9: an event the text says hurt no one counts zero, not "not told"


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        ("سقطت صواريخ كاتيوشا على المنطقة الخضراء في بغداد دون وقوع إصابات.", "shelling", 0, 0),
        (
            "انفجرت عبوة ناسفة بدورية للجيش العراقي في قرية الحاج علي جنوبي الموصل، دون تسجيل"
            " إصابات بشرية.",
            "bombing",
            0,
            0,
        ),
        (
            "قصفت قوات النظام بالمدفعية بلدة اللطامنة في ريف حماة الشمالي، من دون أن يسفر ذلك عن"
            " خسائر بشرية.",
            "shelling",
            0,
            0,
        ),
        ("سقطت قذيفتان على قضاء ريحانلي بولاية هطاي دون سقوط قتلى.", "shelling", 0, None),
        ("قصفت الطائرات الحربية بلدة كفرنبل، ولم تسفر الغارة عن وقوع إصابات.", "airstrike", 0, 0),
        # not reported is not zero
        (
            "استهدفت غارة مشفى في بلدة كفرنبل، دون أن ترد معلومات عن خسائر بشرية.",
            "airstrike",
            None,
            None,
        ),
        (
            "قصفت قوات النظام حي جوبر بقذائف الهاون، دون أن يذكر حجم الخسائر.",
            "shelling",
            None,
            None,
        ),
        # one group's losses, or material ones, say nothing of the others
        (
            "قصفت الطائرات الحربية مواقع للتنظيم في الطبقة، ولم تسجل أي إصابات في صفوف المدنيين.",
            "airstrike",
            None,
            None,
        ),
        ("سقطت قذيفة هاون على حي الميدان في دمشق، دون وقوع خسائر مادية.", "shelling", None, None),
        # a figure told wins
        ("قتل ثلاثة مدنيين في قصف على بلدة سرمين، دون وقوع إصابات أخرى.", "shelling", 3, None),
    ],
)
def test_no_losses_told_is_zero(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.fatalities, event.injured) == (killed, injured)


def test_no_losses_belong_to_their_own_clause(extractor: Extractor) -> None:
    text = (
        "سقطت قذيفة على حي الميدان في دمشق دون وقوع إصابات، فيما قتل خمسة مدنيين في غارة جوية"
        " على بلدة سرمين."
    )
    events = run(extractor, text)
    assert [(e.action, e.fatalities) for e in events] == [("shelling", 0), ("airstrike", 5)]


# ---- session 9: a man, a named young man, a village headman or a teacher shot is a civilian victim


@pytest.mark.parametrize(
    "text",
    [
        "قتل رجل برصاص مسلحين مجهولين في قرية الحاج علي جنوبي الموصل.",
        "استشهد الشاب محمد العلي برصاص قناص في حي الوعر بحمص.",
        "قتل مختار برصاص مسلحين مجهولين في قرية الحاج علي جنوبي الموصل.",
        "قتل معلم برصاص مسلحين مجهولين في مدينة الميادين.",
    ],
)
def test_people_shot_are_civilian_victims(extractor: Extractor, text: str) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor2, event.fatalities) == ("attack", "civilians", 1)


def test_a_quarter_named_for_employees_is_no_victim(extractor: Extractor) -> None:
    text = "قصف مدفعي على أحياء الموظفين والعرضي في مدينة دير الزور."
    (event,) = run(extractor, text)
    assert (event.action, event.actor2) == ("shelling", "")


# ---- session 9: commanders and officials killed count one; their companions count too


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("استهدفت طائرة مسيرة سيارة في بغداد، ما أدى إلى مقتل معاون قائد العمليات.", 1),
        ("قتل قائد اللواء 12 في الحشد بانفجار عبوة ناسفة في قضاء الطارمية.", 1),
        ("قتل أمير في داعش بغارة للتحالف على بلدة الشدادي.", 1),
        ("استهدفت طائرة مسيرة سيارة في بغداد، ما أدى إلى استشهاد قائد في الحشد وأحد مرافقيه.", 2),
        (
            "استهدفت طائرة مسيرة سيارة في بغداد، ما أدى إلى مقتل قيادي في الحشد واثنين من مرافقيه.",
            3,
        ),
        # a title, a full name and a nickname between the dead and his companion (session 15)
        (
            "استهدفت طائرة مسيرة مقراً للحشد الشعبي في بغداد، ما أدى إلى استشهاد معاون قائد"
            ' عمليات حزام بغداد في الحشد، مشتاق طالب السعيدي المعروف بـ"أبو تقوى"، وأحد'
            " مرافقيه، وإصابة ستة آخرين.",
            2,
        ),
        (
            "استهدفت طائرة مسيرة مقراً للحشد الشعبي في بغداد، ما أدى إلى استشهاد معاون قائد"
            " عمليات حزام بغداد في الحشد، مشتاق طالب السعيدي، وأحد مرافقيه.",
            2,
        ),
        # a companion who survived is no victim
        (
            "قتل القيادي في حركة أحرار الشام أبو خالد الشامي بغارة لطائرة مسيرة على سيارته قرب"
            " مدينة سرمدا شمالي إدلب، ونجا أحد مرافقيه.",
            1,
        ),
        # the named ones are among the counted, not added to them
        (
            "استهدفت طائرة مسيرة عجلة في منطقة المشتل ببغداد، ما أسفر عن مقتل ثلاثة أشخاص، بينهم"
            " القيادي في الكتائب أبو باقر الساعدي واثنان من مرافقيه.",
            3,
        ),
    ],
)
def test_commanders_and_their_companions_count(
    extractor: Extractor, text: str, killed: int
) -> None:
    events = [e for e in run(extractor, text) if e.action in ("airstrike", "bombing")]
    assert [e.fatalities for e in events] == [killed]


# ---- session 9: an air power's bare strikes are air strikes; «غارات التحالف» is a strike


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("استهدفت غارات التحالف مدينة البوكمال.", "coalition"),
        ("طالت غارات التحالف مستودعاً شرق البوكمال.", "coalition"),
        ("طالت الضربات الأمريكية مستودعاً في منطقة المزارع شرق البوكمال.", "usa"),
        ("استهدفت ضربات روسية مدينة سراقب.", "russia"),
        ("نفذت الولايات المتحدة ضربات على مواقع لفصائل موالية لإيران في البوكمال.", "usa"),
    ],
)
def test_an_air_powers_strikes_are_air_strikes(
    extractor: Extractor, text: str, actor1: str
) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1) == ("airstrike", actor1)


@pytest.mark.parametrize(
    "text",
    [
        "تلقى التنظيم ضربات موجعة في مدينة البوكمال.",  # blows, not strikes
        "استهدفت ضربات تركية قرية تل رفعت.",  # Turkish strikes may be artillery: no platform, no event
    ],
)
def test_other_bare_strikes_need_their_platform(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text), "airstrike")


# ---- session 9: a protest told by the force used on it


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "فرقت قوات الأمن العراقية المحتجين في ساحة التحرير ببغداد بالغاز المسيل للدموع.",
            "iraqi_security_forces",
        ),
        ("قمعت قوات الأمن السورية المتظاهرين في مدينة حمص.", "syrian_regime"),
        ("فضت قوات الأمن العراقية اعتصاماً في مدينة الناصرية بالقوة.", "iraqi_security_forces"),
        # session 14: a headline's present
        ("قوات الأمن العراقية تهاجم المعتصمين في مدينة البصرة.", "iraqi_security_forces"),
        ("مسلحون يهاجمون مظاهرة في مدينة كربلاء.", ""),
    ],
)
def test_protesters_dispersed_are_a_protest_met_with_force(
    extractor: Extractor, text: str, actor2: str
) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1, event.actor2) == ("protest", "protesters", actor2)


def test_a_dispersal_not_done_is_no_protest(extractor: Extractor) -> None:
    assert not run(extractor, "أكد المحافظ أن القوات لن تفرق المحتجين في الناصرية.")


# ---- session 9: a capture or clash with no opponent named fights the one side its taker faces


def test_a_capture_takes_the_one_opponent_of_the_article(extractor: Extractor) -> None:
    text = (  # the fight is far from the town taken: not its front, the article's war
        "شن تنظيم داعش هجوماً على مواقع قوات البيشمركة في قضاء سنجار، ودارت اشتباكات عنيفة"
        " بين الطرفين.\nوأعلنت قوات البيشمركة لاحقاً سيطرتها على قضاء مخمور."
    )
    (capture,) = only(run(extractor, text), "capture")
    assert (capture.actor1, capture.actor2) == ("peshmerga", "isis")


def test_two_opponents_leave_the_capture_without_one(extractor: Extractor) -> None:
    text = (
        "اشتبكت قوات البيشمركة مع عناصر داعش قرب ناحية بعشيقة.\n"
        "وقصفت قوات البيشمركة مواقع لحزب العمال الكردستاني في سنجار.\n"
        "وأعلنت قوات البيشمركة لاحقاً سيطرتها على قضاء مخمور."
    )
    (capture,) = only(run(extractor, text), "capture")
    assert (capture.actor1, capture.actor2) == ("peshmerga", "")


# ---- session 16, helper hK5: a clash's opponent from the holder of the place fought over and
# from the same side's capture at the same place
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت فصائل المعارضة هجوماً على بلدة مورك الخاضعة لسيطرة قوات النظام.",
            [("clash", "syrian_opposition", "syrian_regime")],
            id="attack-on-a-held-town",
        ),
        pytest.param(
            "دارت اشتباكات عنيفة على أطراف بلدة اللطامنة إثر محاولة قوات النظام التقدم نحو "
            "البلدة الخاضعة لسيطرة الفصائل.",
            [("clash", "syrian_regime", "syrian_opposition")],
            id="advance-on-a-held-town",
        ),
        pytest.param(
            "هاجم مسلحون مجهولون حاجزاً في مدينة القامشلي الخاضعة لسيطرة قسد، مساء أمس.",
            [("clash", "unknown", "sdf")],
            id="unknown-gunmen-on-a-held-town",
        ),
        pytest.param(
            "شن تنظيم داعش هجوماً واسعاً على مدينة دير الزور الخاضعة لسيطرة النظام فجر اليوم.",
            [("clash", "isis", "syrian_regime")],
            id="bare-regime-holds",
        ),
        pytest.param(  # the attacker's own town: no opponent
            "شنت قوات النظام هجوماً على قرية الحويز الخاضعة لسيطرة قوات النظام.",
            [("clash", "syrian_regime", "")],
            id="neg-own-town",
        ),
        pytest.param(  # a shelling of a held town: the holder is no target (gold leaves it)
            "قصفت قوات النظام بلدة كفرنبل الخاضعة لسيطرة الفصائل.",
            [("shelling", "syrian_regime", "")],
            id="neg-shelling-keeps-no-holder",
        ),
        pytest.param(  # no side named for the fight: the holder alone is no side of it
            "اندلعت اشتباكات عنيفة في مدينة دير الزور الخاضعة لسيطرة قوات النظام.",
            [("clash", "", "")],
            id="neg-no-actor1",
        ),
    ],
)
def test_s16_clash_on_a_held_place_is_against_its_holder(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = [(e.action, e.actor1, e.actor2) for e in run(extractor, text, dt.date(2016, 3, 2))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # AFP: the organisation's foes are the regime at Hasakah, the YPG at Kobani
            "شن تنظيم الدولة الاسلامية الخميس هجوما على مدينة الحسكة.\n"
            "وسيطر التنظيم الخميس على اجزاء من حيي النشوة والشريعة في الحسكة الخاضعين لسيطرة "
            "قوات النظام.\n"
            "وفي كوباني، اشتبك المقاتلون الاكراد مع عناصر التنظيم.",
            ("isis", "syrian_regime"),
            id="attack-and-capture-same-town",
        ),
        pytest.param(  # another side's capture at the town lends nothing: the article's one foe
            "شن تنظيم الدولة الاسلامية الخميس هجوما على مدينة الحسكة.\n"
            "وسيطرت قوات النظام الخميس على حي النشوة في الحسكة بعد طرد الوحدات الكردية منه.\n"
            "وفي كوباني، اشتبك المقاتلون الاكراد مع عناصر التنظيم.",
            ("isis", "ypg"),
            id="neg-another-side-captures",
        ),
    ],
)
def test_s16_clash_takes_the_loser_of_its_side_s_capture_there(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    clashes = [
        (e.actor1, e.actor2)
        for e in only(run(extractor, text, dt.date(2015, 6, 26)), "clash")
        if e.location_ar == "الحسكة"
    ]
    assert clashes == [expected]


def test_s16_the_fight_of_the_day_s_taker(extractor: Extractor) -> None:
    text = (  # al-Alam: the dead of the day's battles are the side the army took the town from
        "استعاد الجيش السوري وحلفاؤه، اليوم الأحد، السيطرة الكاملة على مدينة البوكمال، آخر "
        "معاقل تنظيم داعش الإرهابي في سوريا.\n"
        'وقال قائد ميداني لمراسلنا إن "أكثر من 70 إرهابيا قتلوا في معارك اليوم".'
    )
    clashes = [
        (e.actor1, e.actor2) for e in only(run(extractor, text, dt.date(2017, 11, 19)), "clash")
    ]
    assert clashes == [("syrian_regime", "isis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام على بلدة كفرنبودة صباح اليوم، قبل أن تستعيدها فصائل المعارضة في "
            "هجوم معاكس مساءً.",
            [
                ("capture", "syrian_regime", "syrian_opposition"),
                ("capture", "syrian_opposition", "syrian_regime"),
                ("clash", "syrian_opposition", "syrian_regime"),
            ],
            id="retaken-before-an-in-a-counterattack",
        ),
        pytest.param(
            "استعادت فصائل المعارضة بلدة كفرنبودة في هجوم معاكس مساء اليوم.",
            [
                ("capture", "syrian_opposition", "syrian_regime"),
                ("clash", "syrian_opposition", "syrian_regime"),
            ],
            id="the-taker-s-counterattack",
        ),
        pytest.param(  # «قبل أن تقتحمها»: a storming so told is often a raid (dev16 Tremseh),
            # so only a retake verb after «قبل أن» is a capture (hL5's reading, kept at integration)
            "قصفت قوات النظام بلدة كفرنبودة قبل أن تقتحمها بعد ساعات.",
            [("shelling", "syrian_regime", "")],
            id="stormed-after-shelling",
        ),
        pytest.param(  # no past act before it: what is to come
            "يجب إخلاء المدنيين قبل أن يقتحم الجيش البلدة.",
            [],
            id="neg-before-an-with-no-past-act",
        ),
        pytest.param(  # an attack in which a side's men were killed: no capture, no taker
            "قتل عنصران من قوات النظام في هجوم على حاجز في بلدة الصنمين.",
            [("clash", "unknown", "syrian_regime")],
            id="neg-killed-in-an-attack",
        ),
    ],
)
def test_s16_retaken_before_an_and_the_taker_s_attack(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = [(e.action, e.actor1, e.actor2) for e in run(extractor, text, dt.date(2019, 5, 22))]
    assert sorted(got) == sorted(expected)


# ---- session 9: the security forces by their short names; shootings of a protest are its repression


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "قتل شابان برصاص الأمن خلال مظاهرة في حي الحميدية بمدينة دير الزور.",
            dt.date(2012, 5, 26),
            [("protest", "protesters", "syrian_regime", 2)],
        ),
        (
            "قال شهود إن عناصر من الأمن أطلقوا الرصاص الحي على مظاهرة حاشدة في مدينة دوما.",
            dt.date(2011, 4, 23),
            [("protest", "protesters", "syrian_regime", None)],
        ),
        (
            "وقالت مصادر محلية إن الأمن فرّق المظاهرة في حي باب السباع بحمص بالغاز المسيل للدموع.",
            dt.date(2011, 4, 23),
            [("protest", "protesters", "syrian_regime", None)],
        ),
        (
            "هاجمت قوات مكافحة الشغب المعتصمين في ساحة الحبوبي بالناصرية.",
            dt.date(2019, 11, 28),
            [("protest", "protesters", "iraqi_security_forces", None)],
        ),
        (  # the means used to disperse them (session 13): the protest met with force
            "استخدمت قوات مكافحة الشغب الغاز المسيل للدموع لتفريق المحتجين في الناصرية.",
            dt.date(2019, 10, 5),
            [("protest", "protesters", "iraqi_security_forces", None)],
        ),
        (  # a demonstration attacked is no clash (session 13)
            "هاجمت قوات الأمن مظاهرة في جامعة حلب أمس.",
            dt.date(2012, 5, 4),
            [("protest", "protesters", "syrian_regime", None)],
        ),
        (  # a dispersal planned or threatened is no event
            "تستعد قوات الأمن لتفريق المعتصمين في ساحة التحرير ببغداد.",
            dt.date(2019, 10, 5),
            [],
        ),
    ],
)
def test_security_forces_short_names_and_repressed_protests(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in events] == expected


def test_riot_police_make_no_riot(extractor: Extractor) -> None:
    (event,) = run(extractor, "هاجمت قوات مكافحة الشغب المعتصمين في ساحة الحبوبي بالناصرية.")
    assert event.sub_event_type != "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "دعا مجلس الأمن الدولي إلى وقف القصف على إدلب بعد غارات قتلت عشرة مدنيين في أريحا.",
        "قصفت الطائرات الحربية مدينة أريحا بهدف زعزعة الأمن والاستقرار فيها.",
    ],
)
def test_security_in_a_compound_is_no_side(extractor: Extractor, text: str) -> None:
    assert all("syrian_regime" not in (e.actor1, e.actor2) for e in run(extractor, text))


def test_a_civilian_word_inside_a_name_is_no_victim(extractor: Extractor) -> None:
    text = (
        "قصفت طائرة مسيرة تركية، فجر اليوم، مواقع يشتبه بأنها تعود لمسلحي حزب العمال الكوردستاني"
        " في محيط ناحية كاني ماسي."
    )
    (event,) = run(extractor, text)
    assert (event.actor1, event.actor2) == ("turkey", "pkk")


def test_a_headlines_victims_yield_to_the_side_the_body_says_was_struck(
    extractor: Extractor,
) -> None:
    text = (
        "طائرات تركية تقصف مخيم مخمور ومدنيين في جبال قنديل\n"
        "قصفت الطائرات التركية، فجر اليوم، مواقع لحزب العمال الكردستاني في جبال قنديل."
    )
    strikes = [e for e in run(extractor, text) if e.location_ar.endswith("قنديل")]
    assert [(e.actor1, e.actor2) for e in strikes] == [("turkey", "pkk")]


# ---- session 9: dual casualty nouns count two of their own role; a list's second group after a long first


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("سقط قتيلان وعدد من الجرحى في قصف على بلدة حاس.", 2, None),
        ("سقط قتيلان وجريحان في قصف على بلدة حاس.", 2, 2),
        ("أسفر القصف المدفعي على بلدة حاس عن قتيلين.", 2, None),
        (
            "قتل 15 عنصراً من قوات النظام والمسلحين الموالين لها و9 من الفصائل في معارك بلدة"
            " كفرنبودة.",
            24,
            None,
        ),
    ],
)
def test_dual_dead_and_long_lists_count(
    extractor: Extractor, text: str, killed: int, injured: int | None
) -> None:
    (event,) = run(extractor, text)
    assert (event.fatalities, event.injured) == (killed, injured)


# ---- session 9: Syrian state media's «Israeli aggression» is an Israeli air strike


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        (
            "تصدت الدفاعات الجوية السورية لعدوان إسرائيلي على محيط دمشق وأسقطت عدداً من الصواريخ.",
            "دمشق",
            None,
        ),
        ("أدى العدوان الإسرائيلي على مطار التيفور إلى استشهاد سبعة عسكريين.", "مطار التيفور", 7),
    ],
)
def test_israeli_aggression_is_an_air_strike(
    extractor: Extractor, text: str, place: str, killed: int | None
) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1, event.actor2, event.fatalities) == (
        "airstrike",
        "israel",
        "syrian_regime",
        killed,
    )
    assert place in event.sentence


def test_a_warning_of_aggression_is_no_strike(extractor: Extractor) -> None:
    assert not run(extractor, "حذرت دمشق من أي عدوان إسرائيلي جديد على أراضيها.")


# ---- session 9: a side told with ل right after an action noun carried it out


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("أعلن الجيش التركي مقتل جندي تركي بقصف لقسد على قاعدة تركية في ريف حلب.", "sdf", "turkey"),
        ("أعلن الجيش التركي مقتل جندي بقصف لقسد على قاعدة تركية في مدينة مارع.", "sdf", None),
        ("قتل مدنيان في قصف لقوات سوريا الديمقراطية على بلدة مارع.", "sdf", "civilians"),
    ],
)
def test_a_side_with_li_after_an_action_noun_is_its_agent(
    extractor: Extractor, text: str, actor1: str, actor2: str | None
) -> None:
    (event,) = run(extractor, text)
    assert event.actor1 == actor1
    if actor2 is not None:
        assert event.actor2 == actor2


def test_a_clash_takes_its_other_side_from_another_mention(extractor: Extractor) -> None:
    text = (
        "هجوم لداعش على سجن الصناعة في الحسكة\n"
        "تتواصل، اليوم الجمعة، الاشتباكات بين قوات سوريا الديمقراطية وعناصر من تنظيم داعش في"
        " محيط سجن الصناعة بمدينة الحسكة."
    )
    clashes = only(run(extractor, text), "clash")
    assert clashes and {clashes[0].actor1, clashes[0].actor2} == {"isis", "sdf"}


# ---- session 9: Iraqi security-media wording


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a soldier or policeman word followed by في/من and a side: that side's man
            "استشهد منتسب في الحشد الشعبي وأصيب اثنان آخران بهجوم لداعش على قرية في قضاء خانقين.",
            ("clash", "isis", "pmf", 1, 2),
        ),
        (  # an operation whose result is fighters killed is a fight
            "نفذت القطعات الأمنية عملية تفتيش في قضاء المقدادية أسفرت عن قتل إرهابيين اثنين.",
            ("clash", "iraqi_security_forces", "isis", 2, None),
        ),
        (  # a crime directorate's detachments are the security forces
            "تمكنت مفارز مديرية مكافحة الإجرام من إلقاء القبض على متهم بالإرهاب في منطقة الدورة"
            " جنوبي بغداد.",
            ("arrest", "iraqi_security_forces", "", None, None),
        ),
    ],
)
def test_iraqi_security_media_wording(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text, dt.date(2021, 5, 10))
    assert (event.action, event.actor1, event.actor2, event.fatalities, event.injured) == expected


def test_an_operation_that_killed_civilians_is_no_fight(extractor: Extractor) -> None:
    text = "نفذت القوات الأمنية عملية أمنية في قضاء الطارمية أسفرت عن مقتل مدنيين اثنين."
    assert not only(run(extractor, text, dt.date(2021, 5, 10)), "clash")


# ---- session 9: background that stops, a killing told with its instrument, operation names, near towns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a new clause after «منذ بدء»
            "وهي الحصيلة الأعنف منذ بدء الأزمة، فيما سقطت قذائف هاون على حي نهر عيشة في دمشق.",
            [("shelling", "دمشق")],
        ),
        (  # «يذكر أن» with the event's own day
            "يذكر أن الطائرات الروسية شنت، الخميس الماضي، غارات على مدينة أريحا.",
            [("airstrike", "أريحا")],
        ),
        ("يذكر أن الطائرات الروسية شنت غارات على مدينة أريحا.", []),  # undated background
        ("قتل 300 شخص منذ بدء الحملة وحتى اليوم في قصف على مدينة أريحا.", []),  # a period's count
        (  # the killing is the strike
            "اغتالت طائرة مسيرة أمريكية القيادي أبو باقر بضربة جوية في مدينة القائم.",
            [("airstrike", "القائم")],
        ),
        ("أطلقت الفصائل عملية «فجر الحرية» في ريف حلب الشمالي.", []),  # a name, no bombing
        (  # two towns 1.2 km apart, each named: two events
            "قصفت قوات النظام بلدة كفربطنا، وقصفت بلدة سقبا بالمدفعية.",
            [("shelling", "كفر بطنا"), ("shelling", "سقبا")],
        ),
    ],
)
def test_session9_loose_fixes(extractor: Extractor, text: str, expected: list) -> None:
    events = run(extractor, text, dt.date(2018, 3, 10))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقامت الشبيحة بإطلاق النار عشوائيا على المارة في حي الصابونية بمدينة حماة.",
        "فتح مسلحون مجهولون النار على المارة في سوق مدينة الباب.",
    ],
)
def test_passers_by_shot_are_civilian_victims(extractor: Extractor, text: str) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor2) == ("attack", "civilians")


# ---- session 9 review (rev9): armed men by their titles, no one hurt, Iraqi operations, tear gas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل رجل أمن برصاص مسلحين مجهولين في مدينة درعا.", ("clash", 1, None)),
        (
            "قتل الشاب خالد العبد الله وهو عنصر في قسد برصاص مسلحين مجهولين في بلدة الشحيل.",
            ("clash", 1, None),
        ),
        ("قتل مسؤول أمني في قسد برصاص مسلحين مجهولين في بلدة الشحيل.", ("clash", 1, None)),
        ("قتل منتسب في الحشد الشعبي برصاص قناص من داعش في قضاء الطارمية.", ("clash", 1, None)),
        (
            "سقطت قذيفتان على قرية في ريف عفرين دون سقوط قتلى، فيما أصيب شخصان بجروح.",
            ("shelling", 0, 2),
        ),
        (
            "قصفت طائرات روسية بلدة تلبيسة، ولم يقتل أحد في القصف، فيما أصيب ثلاثة مدنيين بجروح.",
            ("airstrike", 0, 3),
        ),
        ("سقطت قذيفتان على قرية في ريف عفرين، ولم يصب أحد بأذى.", ("shelling", 0, 0)),
        ("سقطت قذيفتان على قرية في ريف عفرين، ولم ترد أنباء عن إصابات.", ("shelling", None, None)),
        (
            "أسفرت عملية تفتيش نفذتها قطعات الجيش العراقي في قضاء الرطبة عن قتل إرهابيين اثنين.",
            ("clash", 2, None),
        ),
        (
            "اغتيل مسؤول في المجلس المحلي واثنان من مرافقيه برصاص مسلحين مجهولين في مدينة الباب.",
            ("attack", 3, None),
        ),
        ("أعدم تنظيم داعش معلماً في مدينة الميادين.", ("attack", 1, None)),
        (
            "أطلقت قوات مكافحة الشغب الغاز المسيل للدموع على المتظاهرين في ساحة التحرير ببغداد، ما أدى"
            " لإصابة 20 شخصاً.",
            ("protest", None, 20),
        ),
    ],
)
def test_review_rev9(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text, dt.date(2021, 5, 10))
    assert (event.action, event.fatalities, event.injured) == expected


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("قالت السفارة إن الضربات الأمريكية لم تستهدف أي مواقع في بغداد.", []),
        ("الغارات الروسية لم تتوقف على بلدة كفرنبل منذ الصباح.", ["airstrike"]),
        ("قصفت قوات النظام بلدة كفرنبل، والقصف لم يسفر عن إصابات.", ["shelling"]),
        (
            "قتل سبعة مدنيين جراء الغارات على مدينة الباب، وهي أنباء لم يتسن التأكد منها.",
            ["airstrike"],
        ),
    ],
)
def test_a_strike_noun_with_a_negated_verb_is_denied(
    extractor: Extractor, text: str, actions: list
) -> None:
    assert [e.action for e in run(extractor, text)] == actions


@pytest.mark.parametrize(
    "text",
    [
        "أقدم مسلحون مجهولون على قتل رجل في مدينة الباب.",
        "أقدم مسلحون مجهولون، صباح اليوم، على قتل تاجر في بلدة الشحيل.",
    ],
)
def test_proceeding_to_kill_a_civilian_is_an_attack(extractor: Extractor, text: str) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1, event.actor2, event.fatalities) == (
        "attack",
        "unknown",
        "civilians",
        1,
    )


# ---- session 10: people shot dead, passengers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 أشخاص برصاص قوات الأمن في مدينة درعا أمس.", ("attack", "civilians", 5)),
        ("قتل شخصان برصاص قناص في مدينة درعا أمس.", ("attack", "civilians", 2)),
        (
            "أطلق عناصر من قوات النظام النار على حافلة ركاب في مدينة درعا ما أدى إلى مقتل 3 أشخاص.",
            ("attack", "civilians", 3),
        ),
        # people killed by a bomb or a shell are not made civilians (the coders leave actor2 empty)
        ("لقي 4 أشخاص مصرعهم جراء انفجار عبوة ناسفة في مدينة الباب أمس.", ("bombing", None, 4)),
        ("قتل 3 أشخاص وأصيب 7 آخرون في قصف على مدينة درعا أمس.", ("shelling", None, 3)),
        # people of an armed side shot are fighters
        ("قتل شخصان من عناصر قسد برصاص قناص في بلدة الشحيل.", ("clash", "sdf", 2)),
    ],
)
def test_people_shot_dead_are_an_attack(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor2 or None, event.fatalities) == expected


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("قتل ثلاثة مدنيين جراء القصف التركي على مدينة رأس العين أمس.", "turkey"),
        ("استهدف القصف الروسي بلدة كفرنبل جنوب إدلب.", "russia"),
        ("قتل مدنيان بالقصف المدفعي التركي على قرية تل رفعت.", "turkey"),
        # an adjective past another word is not the shelling's owner
        ("قصفت قوات النظام مواقع تركية قرب بلدة سراقب.", "syrian_regime"),
    ],
)
def test_the_owner_adjective_of_a_bombardment_fired_it(
    extractor: Extractor, text: str, actor1: str
) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.actor1) == ("shelling", actor1)


def test_a_state_and_its_own_force_are_one_striker_in_focus(extractor: Extractor) -> None:
    text = (
        "قصف إيراني بالصواريخ على كويسنجق يوقع 13 قتيلاً\n"
        "شن الحرس الثوري الإيراني هجمات بالصواريخ على مقرات لأحزاب كردية في قضاء كويه.\n"
        "كما استهدفت طائرات مسيرة مقرات حزب الحرية الكوردستاني في منطقة بردي."
    )
    drones = only(run(extractor, text), "airstrike")
    assert drones and all(e.actor1 in ("iran", "irgc") for e in drones)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «جبهة النصرة» is a side, not the topic marker «نصرةً لـ»: the town stays the place
        ("هاجمت جبهة النصرة بلدة تل رفعت.", ("clash", "تل رفعت")),
        ("سيطرت جبهة النصرة على بلدة تل رفعت.", ("capture", "تل رفعت")),
        # the front of a town (على جبهة سراقب) is no Front's name
        ("قتل ثلاثة عناصر من قوات النظام بنيران الفصائل على جبهة سراقب.", ("clash", "سراقب")),
        # the claim or the toll denied, not the blast
        (
            "لم تعلن أي جهة مسؤوليتها عن الانفجار الذي استهدف سيارة عسكرية في مدينة الحسكة أمس.",
            ("bombing", "الحسكة"),
        ),
        ("لم تسجل إصابات في انفجار سيارة مفخخة في مدينة الباب أمس.", ("bombing", "الباب")),
        # a longer subject between «أطلقت» and the rockets
        ("أطلقت قوات النظام صواريخ على بلدة اللطامنة.", ("shelling", "اللطامنة")),
    ],
)
def test_session10_probes(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.location_ar) == expected


@pytest.mark.parametrize(
    "text",
    [
        "لم تسجل أي غارات على مدينة الباب اليوم.",
        "خرج المئات في مظاهرة نصرةً لمدينة درعا.",  # the town supported is not where they marched
    ],
)
def test_session10_no_event_there(extractor: Extractor, text: str) -> None:
    assert all(e.location_ar != "الباب" and e.location_ar != "درعا" for e in run(extractor, text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # gunmen "believed to be" of a side are that side's men
        (
            "هاجم مسلحون يعتقد أنهم من خلايا تنظيم داعش نقطة للجيش السوري في بادية الميادين.",
            ("isis", "syrian_regime"),
        ),
        # the source's body tells the news; it is no side of the blast
        (
            "أفاد مصدر في الشرطة العراقية بمقتل مدنيين اثنين بانفجار عبوة ناسفة في قضاء الطارمية.",
            ("unknown", "civilians"),
        ),
        # a tribal feud: tribal fighters on both sides
        (
            "اندلع نزاع عشائري بين عشيرتين في بلدة الشحيل أسفر عن مقتل ثلاثة أشخاص.",
            ("tribal_forces", "tribal_forces"),
        ),
    ],
)
def test_session10_sides(extractor: Extractor, text: str, actors: tuple) -> None:
    (event,) = run(extractor, text)
    assert (event.actor1, event.actor2) == actors


def test_opposition_wording_names_the_regime_as_the_unnamed_shelling_side(
    extractor: Extractor,
) -> None:
    text = (
        "قتل مدنيان بقصف مدفعي على بلدة كفرنبل جنوب إدلب، كما استهدفت قوات الأسد بقذائف الهاون"
        " بلدة معرة حرمة."
    )
    assert {e.actor1 for e in only(run(extractor, text), "shelling")} == {"syrian_regime"}


# ---- session 10: casualty rules from the dev review (helper hC)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a day in a date is never a count
        (
            "اغتال مسلحون مجهولون في 25 كانون الأول/ديسمبر القيادي في الفيلق الخامس في مدينة درعا.",
            None,
            None,
        ),
        ("قتل رضيع جراء قصف مدفعي على بلدة كفرنبل أمس.", 1, None),
        ("قتل مدني واحد بقصف مدفعي على بلدة كفرنبل أمس.", 1, None),
        # a counted group joined to the next one shares its verb
        (
            "تظاهر المئات في ساحة الحبوبي بالناصرية، وأصيب ثمانية متظاهرين وأربعة من منتسبي القوات"
            " الأمنية في المواجهات.",
            None,
            12,
        ),
        # the dead of another town are not this event's
        (
            "خرجت مظاهرة في مدينة دوما فأطلق عليها الأمن النار وقتلوا ثمانية، كما قتل خمسة آخرون في"
            " المعضمية.",
            8,
            None,
        ),
    ],
)
def test_session10_casualties(
    extractor: Extractor, text: str, killed: int | None, injured: int | None
) -> None:
    event = run(extractor, text)[0]
    assert (event.fatalities, event.injured) == (killed, injured)


def test_a_new_topic_does_not_carry_figures_to_the_event_before(extractor: Extractor) -> None:
    text = (
        "قصفت قوات النظام بلدة كفرنبل أمس. إلى ذلك، قتل ثلاثة مدنيين في انفجار عبوة في مدينة الباب."
    )
    events = run(extractor, text)
    assert only(events, "shelling")[0].fatalities is None
    assert only(events, "bombing")[0].fatalities == 3


def test_a_headline_sum_yields_to_the_body_count_of_its_event(extractor: Extractor) -> None:
    text = (
        "أكثر من 100 قتيل بغارات على الغوطة الشرقية\n"
        "شنت طائرات النظام غارات على مدينة دوما، ما أدى إلى مقتل 17 مدنياً."
    )
    douma = [e for e in only(run(extractor, text), "airstrike") if e.location_ar == "دوما"]
    assert douma and douma[0].fatalities == 17


# ---- session 10: dates from the dev review (helper hB)

SESSION10_PUB = dt.date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a response told with no day of its own is on the day of the event it answers
        (
            "قصفت قوات النظام بلدة كفرنبل أمس. وقصفت الفصائل مدينة خان شيخون رداً على القصف.",
            ["2020-01-09", "2020-01-09"],
        ),
        # «ورداً على ذلك،» opens the response: it is an event
        (
            "قصفت قوات النظام بلدة كفرنبل أمس. ورداً على ذلك، قصفت الفصائل مدينة خان شيخون.",
            ["2020-01-09", "2020-01-09"],
        ),
        # the items of a round-up «على النحو التالي» take its day
        (
            "نشرت الشبكة حصيلة الغارات الروسية أمس على النحو التالي:\nغارات على بلدة كفرنبل.\n"
            "غارات على مدينة معرة النعمان.",
            ["2020-01-09", "2020-01-09"],
        ),
        ("قتل ثلاثة مدنيين بقصف على مدينة الباب خلال اليوم الماضي.", ["2020-01-09"]),
        # «اليوم» in an outlet's name is no day
        (
            "وقال مصدر لموقع «بغداد اليوم» إن مسلحين هاجموا نقطة للجيش في قضاء الطارمية.",
            [""],
        ),
    ],
)
def test_session10_dates(extractor: Extractor, text: str, dates: list) -> None:
    assert [e.event_date for e in run(extractor, text, SESSION10_PUB)] == dates


@pytest.mark.parametrize(
    "text",
    [
        "عثر الأهالي أمس على جثث ثلاثة رجال في بلدة الشحيل، أعدمهم تنظيم داعش رمياً بالرصاص.",
        "قصفت قوات النظام بلدة كفرنبل أمس، فيما عثر الأهالي على جثث ثلاثة رجال أعدمهم تنظيم داعش"
        " في بلدة الشحيل.",
    ],
)
def test_the_day_bodies_were_found_is_not_the_killing_day(extractor: Extractor, text: str) -> None:
    (attack,) = only(run(extractor, text, SESSION10_PUB), "attack")
    assert attack.event_date == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare strike noun after a time aside: the aircraft named before the aside decide
        (
            "شنت طائرات أمريكية، فجر اليوم، ضربات على مواقع للحشد الشعبي في القائم.",
            ("airstrike", "القائم"),
        ),
        ("هز انفجاران مدينة القامشلي صباح اليوم.", ("bombing", "القامشلي")),
        ("ألقى مسلحون قنبلة يدوية على منزل في مدينة الباب.", ("bombing", "الباب")),
        ("أطلق مسلحو داعش صاروخاً على قاعدة عين الأسد.", ("shelling", "قاعدة عين الأسد")),
        ("قتل الصحفي أحمد حسن برصاص قناص في مدينة دوما.", ("attack", "دوما")),
    ],
)
def test_session10_cues(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text)
    assert (event.action, event.location_ar) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح المصدر أن المجموعات المسلحة التي تملك أسلحة متوسطة وقنابل يدوية تنتشر في المدينة.",
        "نفذت القوات التركية، مساء أمس، ضربات على قرية تل رفعت.",  # no aircraft named
    ],
)
def test_session10_no_new_event(extractor: Extractor, text: str) -> None:
    assert [e.action for e in run(extractor, text) if e.action in ("bombing", "airstrike")] == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a side announcing its own dead is the side hit, not the attacker
        (
            "أعلن التحالف الدولي مقتل اثنين من جنوده بهجوم صاروخي على قاعدة التاجي.",
            ("unknown", "coalition"),
        ),
        (
            "أعلنت قسد مقتل ثلاثة من مقاتليها في هجوم لخلايا داعش على حاجز في بلدة الشحيل.",
            ("isis", "sdf"),
        ),
        # a side announcing what its forces did stays the actor
        (
            "أعلن التحالف الدولي أن طائراته نفذت غارات على مواقع لداعش في بلدة هجين.",
            ("coalition", "isis"),
        ),
    ],
)
def test_a_side_announcing_its_own_dead_is_the_target(
    extractor: Extractor, text: str, actors: tuple
) -> None:
    (event,) = run(extractor, text, SESSION10_PUB)
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("أحرق متظاهرون مقر حزب الدعوة في مدينة الناصرية.", "Violent demonstration"),
        ("اقتحم محتجون القنصلية الإيرانية في النجف وأحرقوا أجزاء منها.", "Violent demonstration"),
        ("خرج المئات في مدينة كربلاء احتجاجاً على غلاء الأسعار.", "Peaceful protest"),
        # session 14: a crowd that went out demanding, in solidarity, chanting, or in a named Friday
        ("خرج عشرات الآلاف في مدينة دير الزور مطالبين بإسقاط النظام.", "Peaceful protest"),
        ("وخرج الآلاف في بلدة كفرنبل تضامناً مع مدينة حماة.", "Peaceful protest"),
        ("وخرج أهالي بلدة تلبيسة نصرةً لحمص.", "Peaceful protest"),
        ('وفي دوما خرج المئات بعد الصلاة يهتفون "الشعب يريد إسقاط النظام".', "Peaceful protest"),
        ("خرجت حشود كبيرة في مدينة حمص للتنديد بالحملة الأمنية.", "Peaceful protest"),
        ('خرج مئات الآلاف في مدينة حماة في جمعة "ارحل".', "Peaceful protest"),
        ("تجمع المئات أمام مبنى المحافظة في البصرة مطالبين بفرص عمل.", "Peaceful protest"),
        ("وجابت مسيرة شوارع مدينة إدلب مطالبة بإسقاط النظام.", "Peaceful protest"),
        ("ونظم آلاف المحتجين مسيرات في مدينة الكوت.", "Peaceful protest"),
        # session 14: violent acts in a headline's present, after a quantifier, subject-first
        ("محتجون يحرقون القنصلية الإيرانية في النجف.", "Violent demonstration"),
        (
            "المتظاهرون الغاضبون أضرموا النار في مبنى مجلس المحافظة في الناصرية.",
            "Violent demonstration",
        ),
        ("وقال مصدر محلي إن محتجين أحرقوا إطارات في بلدة الحوايج.", "Violent demonstration"),
        ("أحرق مئات المحتجين مقر حزب الدعوة في الديوانية.", "Violent demonstration"),
    ],
)
def test_protesters_who_storm_or_burn_protest(
    extractor: Extractor, text: str, sub_event_type: str
) -> None:
    (event,) = run(extractor, text, SESSION10_PUB)
    assert (event.action, event.actor1, event.sub_event_type) == (
        "protest",
        "protesters",
        sub_event_type,
    )


def test_armed_men_who_go_out_make_no_protest(extractor: Extractor) -> None:
    text = "خرج المسلحون من بلدة كفرنبل احتجاجاً على الاتفاق."
    assert only(run(extractor, text, SESSION10_PUB), "protest") == []


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("وأفادت مصادر طبية بمقتل 18 متظاهراً في مدينة الناصرية.", 18, None),
        ("قتل ثمانية متظاهرين في بلدة إزرع أمس.", 8, None),
        ("استشهد خمسة متظاهرين في مدينة درعا.", 5, None),
        ("قتل ما لا يقل عن 20 متظاهراً في مدينة الناصرية.", 20, None),
        ("أصيب 20 متظاهراً بحالات اختناق في مدينة البصرة.", None, 20),
    ],
)
def test_s14_protesters_killed_with_no_other_act_are_a_protest(
    extractor: Extractor, text: str, killed: int | None, injured: int | None
) -> None:
    (event,) = run(extractor, text, SESSION10_PUB)
    assert (event.action, event.actor1, event.fatalities, event.injured) == (
        "protest",
        "protesters",
        killed,
        injured,
    )


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("قتل متظاهر خلال اشتباكات بين فصيلين في مدينة معرة النعمان.", "clash"),
        ("قتل ثلاثة متظاهرين بقصف جوي على مظاهرة في مدينة كفرنبل.", "airstrike"),
        ("قصفت قوات النظام حي بستان القصر في حلب ما أدى إلى مقتل متظاهرين اثنين.", "shelling"),
    ],
)
def test_s14_protesters_killed_by_another_act_are_its_dead(
    extractor: Extractor, text: str, action: str
) -> None:
    events = run(extractor, text, SESSION10_PUB)
    (event,) = only(events, action)
    assert event.actor2 == "protesters" or action == "clash"
    assert all(e.fatalities is None for e in events if e.action == "protest")


@pytest.mark.parametrize(
    "text",
    [
        "خرج المئات من المدنيين من الأحياء الشرقية في حلب عبر المعابر.",
        "خرج عشرات الآلاف من الأهالي من مدينة الرقة نحو الريف هرباً من المعارك.",
        "خرج مئات المسلحين من بلدة الزبداني مطالبين بضمانات.",
        "استهدفت مسيرة تركية سيارة في مدينة القامشلي.",
        "انطلقت مسيرة مفخخة من إدلب باتجاه قاعدة حميميم.",
        "خرجت مسيرة تركية من قاعدتها واستهدفت سيارة في مدينة عين العرب.",
    ],
)
def test_s14_a_crowd_that_leaves_a_town_makes_no_protest(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text, SESSION10_PUB), "protest") == []


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the dead a protest is held for are its cause, not its dead
        ("تظاهر المئات في مدينة الناصرية تنديداً باغتيال الناشط أحمد.", None, None),
        (
            "قتل متظاهر وأصيب عشرة خلال مظاهرة في الناصرية تنديداً باغتيال الناشط أحمد.",
            1,
            10,
        ),
        # session 13 hD: «قتلة» (killers) is no «قتله» (his killing)
        ("تجمع محتجون في حمص للمطالبة بكشف قتلة الناشطين.", None, None),
        ("خرجت مظاهرة في ساحة التحرير تطالب بمحاسبة قتلة المتظاهرين.", None, None),
        ("تظاهر المئات في الناصرية للمطالبة بالقبض على قتلة المتظاهرين.", None, None),
        ("خرج متظاهرون في البصرة للمطالبة بالكشف عن قتلة الناشط أحمد عبد الصمد.", None, None),
        ("تظاهر المئات في كربلاء مطالبين بالقصاص من قتلة المتظاهرين.", None, None),
    ],
)
def test_the_dead_a_protest_is_held_for_are_not_its_own(
    extractor: Extractor, text: str, killed: int | None, injured: int | None
) -> None:
    (event,) = run(extractor, text, SESSION10_PUB)
    assert (event.action, event.fatalities, event.injured) == ("protest", killed, injured)


# ---- session 11: a state named as the seat of a statement; fired from a side's positions

SESSION11_PUB = dt.date(2016, 12, 8)


def test_a_capital_after_in_is_where_it_was_said_not_a_side(extractor: Extractor) -> None:
    text = (
        "وقال رئيس هيئة الأركان الروسية سيرغي رودسكوي، في مؤتمر صحفي بموسكو اليوم الخميس، "
        "إن القوات الحكومية السورية حررت أحياء الشيخ لطفي والمرجة في حلب."
    )
    (event,) = only(run(extractor, text, SESSION11_PUB), "capture")
    assert event.actor1 == "syrian_regime"


def test_shelling_from_a_sides_positions_is_fired_by_that_side(extractor: Extractor) -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي وصاروخي عنيف من مواقع قوات النظام على بلدة كبانة."
    (event,) = only(run(extractor, text, SESSION11_PUB), "shelling")
    assert (event.actor1, event.actor2) == ("syrian_regime", "civilians")


def test_the_fath_al_mubin_operations_room_is_a_side(extractor: Extractor) -> None:
    text = (
        'أعلنت غرفة عمليات "الفتح المبين" أنها استهدفت بعشرات القذائف الصاروخية مواقع '
        "قوات الأسد في مدينة كفرنبل."
    )
    (event,) = only(run(extractor, text, dt.date(2020, 10, 26)), "shelling")
    assert (event.actor1, event.actor2) == ("fath_al_mubin", "syrian_regime")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("اعتقلت قوات النظام 12 شخصاً من أبناء مدينة داعل في ريف درعا.", "civilians"),
        ("ونفذت قوات النظام حملة اعتقالات واسعة في الكسوة طالت العشرات.", "civilians"),
        ("شنت قوات النظام حملة اعتقالات طالت المئات في مدينة التل بريف دمشق.", "civilians"),
        # suspects are no civilians by the text's own account
        ("اعتقلت القوات الأمنية ثلاثة أشخاص يشتبه بتورطهم في الهجمات في بغداد.", ""),
        ("اعتقلت قوة من الشرطة خمسة مطلوبين بتهم إرهابية في منطقة أبو غريب.", ""),
    ],
)
def test_people_arrested_with_no_charge_told_are_civilians(
    extractor: Extractor, text: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 25)), "arrest")
    assert event.actor2 == actor2


def test_a_suicide_drone_is_a_kind_of_drone_and_keeps_its_owner(extractor: Extractor) -> None:
    text = "استهدفت مسيّرة انتحارية تابعة لقوات النظام سيارة مدنية على أطراف مدينة جسر الشغور."
    (event,) = run(extractor, text, dt.date(2023, 5, 25))
    assert (event.action, event.actor1, event.actor2) == ("airstrike", "syrian_regime", "civilians")


@pytest.mark.parametrize(
    ("text", "withdrawals"),
    [
        (
            "هاجمت الفصائل حاجزا لقوات النظام في بلدة كنسبا وقتلت خمسة عناصر "
            "فيما فرّ الباقون باتجاه بلدة سلمى.",
            0,
        ),
        ("فر عناصر داعش من بلدة كنسبا باتجاه الجبال.", 1),
    ],
)
def test_fleeing_towards_a_place_ends_a_fight(
    extractor: Extractor, text: str, withdrawals: int
) -> None:
    assert len(only(run(extractor, text, dt.date(2019, 5, 10)), "withdrawal")) == withdrawals


# ---- session 11: actor rules from the probe review (helper hE)


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(  # only the regime flies helicopters with barrels, whoever is named beside
            "ألقت المروحيات براميل متفجرة على بلدة اللطامنة، فيما شن الطيران الروسي غارات على "
            "بلدة كفرزيتا.",
            "airstrike",
            [("syrian_regime", ""), ("russia", "")],
            id="regime-only-aircraft",
        ),
        pytest.param(
            "قتل رضيع وأمه بقصف مدفعي لقوات النظام على بلدة كفرزيتا.",
            "shelling",
            [("syrian_regime", "civilians")],
            id="an-infant-is-a-civilian",
        ),
        pytest.param(
            "خرجت مظاهرة في بلدة كفرنبل وواجهتهم قوات الجيش بالرصاص.",
            "protest",
            [("protesters", "syrian_regime")],
            id="force-told-with-a-pronoun",
        ),
        pytest.param(
            "سيطر مقاتلون معارضون على بلدة كفرنبودة في ريف حماة.",
            "capture",
            [("syrian_opposition", "syrian_regime")],  # rebel_war_opponent
            id="opposition-fighters-by-adjective",
        ),
        pytest.param(
            "وجهت وحدات من الجيش العربي السوري بالتعاون مع سلاح الجو الروسي ضربات على مواقع "
            "الإرهابيين في بلدة اللطامنة.",
            "airstrike",
            [("syrian_regime", "syrian_opposition")],
            id="in-cooperation-with-is-a-partner",
        ),
        pytest.param(
            "استعادت الفصائل السيطرة على بلدة كفرنبودة، وشاركت هيئة تحرير الشام في الهجوم.",
            "capture",
            [("syrian_opposition", "syrian_regime")],  # HTS on their side: rebel_war_opponent
            id="the-factions-are-not-a-group-named-after-them",
        ),
        pytest.param(
            "اندلعت اشتباكات بين قوات النظام المدعومة بالطيران الروسي والفصائل في بلدة كفرنبودة.",
            "clash",
            [("syrian_regime", "syrian_opposition")],
            id="the-second-side-of-between-after-a-backer",
        ),
        pytest.param(
            "سقطت قذائف هاون من مناطق سيطرة الفصائل على حي الميدان في حلب.",
            "shelling",
            [("syrian_opposition", "")],
            id="shells-from-areas-a-side-holds",
        ),
        pytest.param(  # monitor copy: new warplanes with no owner after hedged Russian ones
            "نفذت طائرات حربية يرجح أنها روسية غارات على مناطق في بلدة عندان، ونفذت طائرات"
            " حربية غارات على مناطق في حريتان.",
            "airstrike",
            [("russia", ""), ("syrian_regime", "")],
            id="new-warplanes-after-russian-ones-are-the-regime-s",
        ),
        pytest.param(  # negative: warplanes told as alike stay Russian
            "نفذت طائرات حربية يرجح أنها روسية غارات على مناطق في بلدة عندان، ونفذت طائرات"
            " حربية مماثلة غارات على مناطق في حريتان.",
            "airstrike",
            [("russia", ""), ("russia", "")],
            id="neg-warplanes-told-alike-stay-russian",
        ),
        pytest.param(  # the headline's Russian striker is stale after a regime strike in the body
            "غارات روسية على ريف إدلب\nشنت طائرات حربية روسية غارات على مدينة أريحا.\nكما نفذت"
            " طائرات النظام الحربية غارات على بلدة كفرنبل.\nوقصف الطيران الحربي بلدة الهبيط، ما"
            " أدى لمقتل طفل.",
            "airstrike",
            [("russia", ""), ("syrian_regime", ""), ("syrian_regime", "civilians")],
            id="warplanes-after-a-regime-strike-do-not-take-the-headline-s-russia",
        ),
    ],
)
def test_session11_actor_review(
    extractor: Extractor, text: str, action: str, expected: list[tuple[str, str]]
) -> None:
    events = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert [(e.actor1, e.actor2) for e in events] == expected


# ---- session 11: casualty rules from the probe review (helper hF)


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        pytest.param(  # an official count of the event is no period toll
            "قتل 11 شخصاً في انفجار سيارة مفخخة في حي الكرادة ببغداد مساء اليوم، وفق حصيلة رسمية.",
            "bombing",
            11,
            None,
            id="official-count",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة الباب اليوم، وبلغت الحصيلة 8 قتلى و40 جريحاً.",
            "bombing",
            8,
            40,
            id="count-with-its-numbers",
        ),
        pytest.param(  # a number after the people it counts (المهاجمين الثلاثة)
            "قتلت امرأة وأطفالها الأربعة بغارة روسية على بلدة كفرنبل.",
            "airstrike",
            5,
            None,
            id="postposed-count",
        ),
        pytest.param(  # an indefinite number word after its noun joined by و (session 16, hI5)
            "أدى القصف إلى مقتل 3 عناصر من الفصائل ومدنيين اثنين في بلدة كفرنبل.",
            "shelling",
            5,
            None,
            id="postposed-indefinite-number-word-joined-by-wa",
        ),
        pytest.param(
            "قتل ثلاثة جنود أتراك ومدنيين اثنين في قصف على بلدة جرابلس.",
            "shelling",
            5,
            None,
            id="postposed-two-civilians-after-soldiers",
        ),
        pytest.param(
            "قتل شرطي وعسكريين اثنين بانفجار عبوة ناسفة في مدينة الموصل.",
            "bombing",
            3,
            None,
            id="postposed-two-servicemen-after-a-single-policeman",
        ),
        pytest.param(
            "أدى القصف إلى مقتل 3 مدنيين وإصابة أطفال ثلاثة في بلدة كفرنبل.",
            "shelling",
            3,
            3,
            id="postposed-indefinite-count-of-the-wounded",
        ),
        pytest.param(  # a vague amount stays out of the sum
            "قتل 3 عناصر من الفصائل وعشرات المدنيين في غارات على بلدة سرمين.",
            "airstrike",
            None,
            None,
            id="postposed-neg-tens-of-civilians",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة كفرنبل ما أدى لوفاة طفلين.",
            "shelling",
            2,
            None,
            id="death-as-wafat",
        ),
    ],
)
def test_session11_casualty_review(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "action", "actor1"),
    [
        (
            "اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ثلاثة شبان في مدينة إدلب.",
            "abduction",
            "hts",
        ),
        (
            "اشتبكت جبهة تحرير سوريا مع هيئة تحرير الشام في بلدة دارة عزة.",
            "clash",
            "jabhat_tahrir_souriya",
        ),
    ],
)
def test_session11_named_factions(
    extractor: Extractor, text: str, action: str, actor1: str
) -> None:
    (event,) = only(run(extractor, text, dt.date(2019, 5, 10)), action)
    assert event.actor1 == actor1


def test_the_battles_before_a_list_of_captures_are_one_fight(extractor: Extractor) -> None:
    text = (
        "حررت وحدات من الجيش العربي السوري أمس مدينة معرة النعمان وبلدات وقرى تلمنس "
        "ومعرشمارين والدير الشرقي بريف إدلب الجنوبي الشرقي بعد معارك عنيفة مع إرهابيي جبهة النصرة."
    )
    events = run(extractor, text, dt.date(2020, 1, 29))
    assert len(only(events, "capture")) == 4
    (clash,) = only(events, "clash")
    assert clash.location == "Ma'arrat an Nu'man"


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        ("تعرضت القوات الأمريكية لهجوم صاروخي في قاعدة عين الأسد.", "shelling", ("unknown", "usa")),
        ("القوات الأمريكية تعرضت لهجوم صاروخي في قاعدة عين الأسد.", "shelling", ("unknown", "usa")),
        (
            "تعرضت القوات التركية لهجوم من قبل الوحدات الكردية قرب عفرين.",
            "clash",
            ("ypg", "turkey"),
        ),
        ("تعرض عناصر من الجيش السوري لهجوم مسلح في درعا.", "clash", ("unknown", "syrian_regime")),
        # an attack told with its count of rockets is a rocket attack
        ("تعرضت قاعدة عين الأسد لهجوم بثلاثة صواريخ مساء أمس.", "shelling", ("unknown", "usa")),
    ],
)
def test_the_side_that_underwent_an_act_is_its_target(
    extractor: Extractor, text: str, action: str, expected: tuple[str, str]
) -> None:
    (event,) = only(run(extractor, text, dt.date(2020, 1, 10)), action)
    assert (event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("وتستغل خلايا التنظيم الوديان لشن هجمات مباغتة على القطعات الأمنية في كركوك.", 0),
        ("ويتحصن التنظيم في مناطق جبلية ويشن منها هجمات على القطعات الأمنية.", 0),
        ("تشن قوات النظام منذ فجر اليوم هجوما عنيفا على بلدة كفرنبودة.", 1),
    ],
)
def test_attacks_as_an_aim_or_a_habit_are_no_event(extractor: Extractor, text: str, n: int) -> None:
    assert len(only(run(extractor, text, dt.date(2020, 1, 10)), "clash")) == n


@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(  # نينوى told after the village the gazetteer does not know
            "تمكنت القطعات الأمنية من تحرير قرية طوبزاوة من سيطرة عصابات داعش الإرهابية. "
            "وتقع القرية في محافظة نينوى.",
            "capture",
            "iraqi_security_forces",
            "isis",
            id="iraqi-place-elsewhere",
        ),
        pytest.param(  # no place known at all: the Iraqi sides the article names
            "داهمت قوات الأمن قرية الشيحة واعتقلت 3 مطلوبين. "
            "وأعلنت قوات الحشد الشعبي مشاركتها في العملية.",
            "arrest",
            "iraqi_security_forces",
            None,
            id="iraqi-sides-named",
        ),
        pytest.param(
            "أفاد مصدر أمني في ديالى بأن عبوة ناسفة انفجرت على دورية للجيش في قرية الحديد.",
            "bombing",
            "unknown",
            "iraqi_army",
            id="iraqi-army-patrol",
        ),
        pytest.param(  # a Syrian article keeps the Syrian sides
            "اعتقلت قوات الأمن 12 شابا في قرية الزيدان. وقال ناشطون في درعا إن الحملة "
            "شملت منازل المدنيين.",
            "arrest",
            "syrian_regime",
            "civilians",
            id="syrian-place-elsewhere",
        ),
    ],
)
def test_document_country_for_unknown_places(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 6, 1)), action)
    assert (event.actor1, event.actor2 or None) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "استهدف مقاتلو المعارضة بصاروخ موجه دبابة لقوات النظام على جبهة كفرنبودة.",
            "syrian_opposition",
            "syrian_regime",
            id="missile-then-tank",
        ),
        pytest.param(
            "استهدف تنظيم داعش دبابة للجيش العراقي بصاروخ كورنيت في الموصل.",
            "isis",
            "iraqi_army",
            id="side-then-tank",
        ),
        pytest.param(  # the tank is the weapon: no side named before it
            "استهدفت دبابة لقوات النظام منازل المدنيين في بلدة كفرزيتا.",
            "syrian_regime",
            "civilians",
            id="tank-fires",
        ),
        pytest.param(
            "قصفت مدفعية تابعة لقوات النظام بلدة كفرزيتا بعشرات القذائف.",
            "syrian_regime",
            None,
            id="guns-fire",
        ),
    ],
)
def test_vehicle_of_a_side_struck(
    extractor: Extractor, text: str, actor1: str, actor2: str | None
) -> None:
    (event,) = only(run(extractor, text), "shelling")
    assert (event.actor1, event.actor2 or None) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "ارتكبت قوات النظام مجزرة في بلدة كفرنبل راح ضحيتها 12 مدنياً.",
            "attack",
            "syrian_regime",
            "civilians",
            id="massacre",
        ),
        pytest.param(  # aircraft told with it make it their strike
            "ارتكب الطيران الروسي مجزرة جديدة في مدينة أريحا.",
            "airstrike",
            "russia",
            "civilians",
            id="massacre-by-air",
        ),
        pytest.param(
            "سقط برميل متفجر على بلدة كفرزيتا.",
            "airstrike",
            "syrian_regime",
            None,
            id="barrel-fell",
        ),
        pytest.param(
            "قام مسلحون مجهولون باستهداف سيارة في مدينة درعا.",
            "clash",
            "unknown",
            None,
            id="gunmen-target",
        ),
        pytest.param(
            "قام مسلحون مجهولون باستهداف منزل مدني في بلدة طفس ما أدى لمقتل امرأة.",
            "attack",
            "unknown",
            "civilians",
            id="gunmen-target-civilians",
        ),
        pytest.param(
            "قضى شاب على يد عناصر من داعش في مدينة الميادين.",
            "attack",
            "isis",
            "civilians",
            id="died-at-the-hands",
        ),
    ],
)
def test_session11_missing_cues(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str | None
) -> None:
    events = run(extractor, text)
    assert [e.action for e in events] == [action]
    assert (events[0].actor1, events[0].actor2 or None) == (actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        # the act that made the massacre is the event, not the massacre besides
        "ارتكبت قوات النظام مجزرة مروعة في حي الشعار بحلب، حيث قتل 15 مدنياً بغارات جوية.",
        "أعدمت قوات النظام 10 مدنيين في قرية الزارة، في مجزرة جديدة ترتكبها بحق أهالي ريف حماة.",
    ],
)
def test_massacre_told_by_its_act(extractor: Extractor, text: str) -> None:
    assert len(run(extractor, text)) == 1


@pytest.mark.parametrize(
    ("text", "action", "place"),
    [
        pytest.param(  # the massacre the aircraft made is the strike, at the town it names
            "وصل عدد ضحايا المجزرة التي ارتكبتها طائرات النظام أمس في سوق مدينة دوما إلى 112 قتيلاً.",
            "airstrike",
            "Duma",
            id="s15-the-massacre-the-aircraft-made",
        ),
        pytest.param(
            "ارتفعت حصيلة المجزرة التي ارتكبتها قوات النظام في بلدة التريمسة إلى 150 قتيلاً.",
            "attack",
            "Tremseh",
            id="s15-the-massacre-the-forces-made-risen",
        ),
    ],
)
def test_s15_the_massacre_a_side_made(
    extractor: Extractor, text: str, action: str, place: str
) -> None:
    events = run(extractor, text)
    assert [(e.action, e.location) for e in events] == [(action, place)]


def test_s15_a_headline_s_region_keeps_the_massacre_s_town_apart_from_a_list(
    extractor: Extractor,
) -> None:
    text = (
        "أكثر من 100 قتيل بغارات على الغوطة الشرقية\n"
        "ارتفعت حصيلة المجزرة التي ارتكبها الطيران الحربي أمس في مدينة دوما إلى 112 قتيلاً.\n"
        "وطالت غارات الطيران الحربي أمس مدن حرستا وعربين وكفربطنا."
    )
    events = run(extractor, text)
    assert [(e.location, e.fatalities) for e in events] == [
        ("Duma", 112),
        ("Harasta", None),
        ("Irbin", None),
        ("Kafr Batna", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "حذر ناشطون من أن النظام قد يرتكب مجزرة جديدة في مدينة حلب.",
        "أحيا ناشطون الذكرى الثالثة لمجزرة الكيماوي التي ارتكبتها قوات النظام في الغوطة الشرقية.",
        "وطالبت الإدارة الذاتية الأمم المتحدة بالتدخل لوقف المجازر التي ترتكبها الدولة التركية بحق شعبنا.",
    ],
)
def test_massacre_not_an_event(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        pytest.param(  # a count told rising in the same sentence replaces the first count
            "قتل 5 مدنيين بقصف على كفرنبل، وارتفع عدد الشهداء إلى 9 بعد وفاة طفل متأثراً بجراحه.",
            "shelling",
            9,
            None,
            id="rise-after-death",
        ),
        pytest.param(
            "قتل 5 مدنيين بقصف على كفرنبل، وارتفع عدد القتلى لاحقاً إلى 12",
            "shelling",
            12,
            None,
            id="rise-later",
        ),
        pytest.param(  # the wounded who died are in the new count
            "قتل 6 مدنيين في قصف مدفعي على دوما، ليرتفع عدد القتلى إلى 10 بعد وفاة أربعة جرحى.",
            "shelling",
            10,
            None,
            id="rise-wounded-died",
        ),
        pytest.param(  # only the role told rising is replaced
            "قتل 10 أشخاص وأصيب 20 آخرون في تفجير انتحاري في بغداد، وارتفع عدد الجرحى إلى 35.",
            "bombing",
            10,
            35,
            id="rise-of-wounded",
        ),
        pytest.param(  # a rise over a period is a toll: the event keeps its own count
            "قتل 8 مدنيين بغارة على أريحا، ليرتفع عدد القتلى منذ بدء الحملة الجوية إلى 120 مدنياً.",
            "airstrike",
            8,
            None,
            id="rise-over-period",
        ),
        pytest.param(  # a rise told of a wider area is not this event's count
            "قتل 7 مدنيين بقصف على بلدة التمانعة وارتفع عدد القتلى في ريف إدلب اليوم إلى 25.",
            "shelling",
            7,
            None,
            id="rise-of-region",
        ),
        pytest.param(  # session 15: a final total restated without a rise verb replaces
            "قتل خمسة مدنيين بقصف مدفعي لقوات النظام على مدينة دوما، لتصبح الحصيلة النهائية ستة قتلى.",
            "shelling",
            6,
            None,
            id="restated-becomes",
        ),
        pytest.param(
            "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة كفرنبل، ليبلغ عدد القتلى خمسة.",
            "shelling",
            5,
            None,
            id="restated-reaches",
        ),
        pytest.param(  # the death told before لتستقر is in the final count
            "قتل عشرة جنود بهجوم لتنظيم داعش على حاجز في ريف حماة، وتوفي جندي متأثرا بجراحه "
            "لتستقر الحصيلة النهائية عند أحد عشر قتيلا.",
            "clash",
            11,
            None,
            id="restated-settles",
        ),
        pytest.param(  # the dead found after are in the new count
            "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في وادي حوران، ليصبح عدد "
            "القتلى خمسة بعد العثور على جثتين.",
            "airstrike",
            5,
            None,
            id="restated-iraq",
        ),
        pytest.param(  # only the wounded are restated
            "قتل 5 مدنيين وجرح 10 آخرون بقصف مدفعي على مدينة دوما، ليبلغ عدد الجرحى 14.",
            "shelling",
            5,
            14,
            id="restated-wounded",
        ),
        pytest.param(  # a total over a period stays a toll
            "وثق المرصد السوري لحقوق الإنسان مقتل 4 مواطنين بقصف جوي على مدينة دوما، ليبلغ عدد "
            "القتلى الموثقين في المدينة منذ بداية الشهر 120 مواطنا.",
            "airstrike",
            4,
            None,
            id="restated-period",
        ),
    ],
)
def test_session11_count_risen_in_sentence(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "action", "killed", "town"),
    [
        pytest.param(  # session 15: the victims' home town is not where they died
            "قتل ثلاثة لاجئين من مدينة حمص بقصف لقوات النظام على بلدة عرسال.",
            "shelling",
            3,
            "عرسال",
            id="refugees-from-town",
        ),
        pytest.param(
            "قتل ثلاثة نازحين من حمص بقصف على بلدة عرسال.",
            "shelling",
            3,
            "عرسال",
            id="displaced-from-town",
        ),
        pytest.param(
            "وثق المرصد مقتل 5 مواطنين من مدينة داريا بقصف على مدينة المعضمية.",
            "shelling",
            5,
            "معضمية الشام",
            id="sohr-citizens-from-town",
        ),
        pytest.param(  # no act told after the town: the town is the other dead's scene
            "قتل 6 مدنيين بقصف على مدينة سراقب، كما قتل خمسة آخرون من مدينة المعضمية.",
            "shelling",
            6,
            "سراقب",
            id="others-from-town-no-act",
        ),
    ],
)
def test_session15_victims_home_town(
    extractor: Extractor, text: str, action: str, killed: int, town: str
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.location_ar) == (killed, town)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        pytest.param(  # session 15: a share told with a bare قصف of its own is shelling
            "قتل 6 أطفال بغارات على كفرنبل، و3 آخرون بقصف على حاس.",
            [("airstrike", 6), ("shelling", 3)],
            id="share-by-bare-shelling",
        ),
        pytest.param(
            "استشهد 4 مدنيين بغارات جوية روسية على مدينة سراقب، و2 بقصف على بلدة سرمين.",
            [("airstrike", 4), ("shelling", 2)],
            id="share-by-bare-shelling-sohr",
        ),
        pytest.param(  # the aircraft told for it
            "قتل 4 مدنيين بغارات روسية على سراقب و2 بقصف جوي على سرمين.",
            [("airstrike", 4), ("airstrike", 2)],
            id="share-by-air-shelling",
        ),
        pytest.param(  # a verb with no count of its own stays the aircraft's
            "استهدفت طائرة حربية روسية بغارتين منزلاً في مدينة سراقب، كما قصفت محيط بلدة معرة النعمان.",
            [("airstrike", None), ("airstrike", None)],
            id="verb-after-strike",
        ),
    ],
)
def test_session15_bare_shelling_share_after_raids(
    extractor: Extractor, text: str, actions: list[tuple[str, int | None]]
) -> None:
    events = run(extractor, text, dt.date(2019, 5, 2))
    assert [(e.action, e.fatalities) for e in events] == actions


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        pytest.param(  # session 15: the wounded told risen in the next sentence
            "انفجرت سيارة مفخخة في مدينة الباب، ما أسفر عن مقتل 6 مدنيين وإصابة آخرين. وارتفع "
            "عدد الجرحى إلى 25، بحسب مصادر طبية.",
            "bombing",
            6,
            25,
            id="s15-wounded-risen-after-wounded-told-vaguely",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة الباب، ما أسفر عن مقتل 6 مدنيين وإصابة 10 آخرين. "
            "وارتفع عدد المصابين لاحقاً إلى 31 شخصاً.",
            "bombing",
            6,
            31,
            id="s15-wounded-risen-from-a-count",
        ),
        pytest.param(  # a running count over a campaign is a toll
            "قصفت قوات النظام مدينة دوما، ما أدى إلى مقتل 3 مدنيين. وارتفع عدد الجرحى في الغوطة "
            "الشرقية منذ بداية الحملة إلى 400.",
            "shelling",
            3,
            None,
            id="s15-neg-wounded-risen-since-a-campaign-began",
        ),
        pytest.param(  # a follow-up sentence counting the dead by a noun only
            "قصفت قوات النظام بلدة حمورية اليوم. وانتشلت فرق الدفاع المدني جثث خمسة مدنيين من "
            "تحت الأنقاض.",
            "shelling",
            5,
            None,
            id="noun-follow-up-bodies",
        ),
        pytest.param(
            "شنت طائرات النظام غارة على بلدة كفرزيتا اليوم. ووثق المرصد ثلاثة قتلى.",
            "airstrike",
            3,
            None,
            id="noun-follow-up-documented",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في حي الكرادة ببغداد مساء اليوم. وقال المصدر إن عدد الشهداء بلغ "
            "أحد عشر شهيداً.",
            "bombing",
            11,
            None,
            id="noun-follow-up-same-source",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة في سوق شعبي في مدينة بعقوبة اليوم. ونقل خمسة جرحى إلى المستشفى.",
            "bombing",
            None,
            5,
            id="noun-follow-up-wounded",
        ),
        pytest.param(  # another source's count of an event told by a first source
            "قالت وكالة سانا إن قذائف سقطت على حي باب توما في دمشق. وقال المرصد إن عدد الجرحى "
            "بلغ 9.",
            "shelling",
            None,
            None,
            id="noun-follow-up-rival-source",
        ),
        pytest.param(  # an estimate is no count
            "قصفت قوات النظام بلدة التريمسة. ولم يحسم المراقبون عدد القتلى، فيما قدّره ناشطون "
            "بـ 68 قتيلاً.",
            "shelling",
            None,
            None,
            id="noun-follow-up-estimate",
        ),
        pytest.param(
            "قصفت قوات النظام بلدة التريمسة. وبحسب تقديرات ناشطين فإن عدد القتلى بلغ 80.",
            "shelling",
            None,
            None,
            id="noun-follow-up-estimates",
        ),
        pytest.param(  # the dead of another town
            "قصفت قوات النظام مدينة داريا اليوم. ووثق المرصد 45 قتيلاً في حمص.",
            "shelling",
            None,
            None,
            id="noun-follow-up-elsewhere",
        ),
    ],
)
def test_session11_noun_count_follow_up(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.injured) == (killed, injured)


def test_session11_noun_count_not_a_second_count(extractor: Extractor) -> None:
    # the event was counted when first told: a second source's count later is not taken
    text = (
        "عاجل: انفجار سيارتين ملغومتين في جرمانا قرب دمشق\n"
        "قال التلفزيون السوري الرسمي إن سيارتين ملغومتين انفجرتا صباح اليوم في جرمانا مما "
        "أسفر عن مقتل 29 شخصا.\n"
        'وحمّل التلفزيون "إرهابيين" مسؤولية التفجيرين.\n'
        "وقال المرصد السوري لحقوق الإنسان إن عدد القتلى بلغ 34 على الأقل."
    )
    (event,) = only(run(extractor, text, dt.date(2013, 8, 28)), "bombing")
    assert event.fatalities == 29


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        pytest.param("قتل شقيقان بقصف على بلدة كفرنبل.", "shelling", 2, None, id="brothers-dual"),
        pytest.param(
            "قتل الشقيقان أحمد ومحمد الخطيب بقصف مدفعي على بلدة حاس.",
            "shelling",
            2,
            None,
            id="brothers-dual-definite",
        ),
        pytest.param(  # an adjective dual after a count adds no one
            "قتل طفلان شقيقان بقصف على بلدة سراقب.", "shelling", 2, None, id="brothers-adjective"
        ),
        pytest.param(
            "قتلت امرأة وابناها الشقيقان بقصف على دوما.",
            "shelling",
            3,
            None,
            id="brothers-adjective-own",
        ),
        pytest.param("قتيل وثلاثة جرحى بقصف على مدينة إدلب", "shelling", 1, 3, id="one-dead-and"),
        pytest.param("قتيلان وجريح بقصف على بلدة كفرنبل", "shelling", 2, 1, id="and-one-wounded"),
        pytest.param(
            "قصف مدفعي على بلدة التمانعة يوقع قتيلاً وجريحين",
            "shelling",
            1,
            2,
            id="one-dead-two-wounded",
        ),
        pytest.param(  # the number counts the dead, not the wounded after it
            "قتيل واحد وثلاثة جرحى بقصف على إدلب", "shelling", 1, 3, id="one-dead-with-number"
        ),
        pytest.param(
            "قصفت قوات النظام بلدة كفرنبل ما أدى لمقتل مدني وإصابة آخر.",
            "shelling",
            1,
            1,
            id="and-another-wounded",
        ),
        pytest.param(
            "قتل ثلاثة عناصر من الشرطة وإصابة آخر في هجوم على حاجز بكركوك.",
            "clash",
            3,
            1,
            id="and-another-after-count",
        ),
        pytest.param(  # a vague amount of both kinds
            "وأوقعت الغارات أعداداً من الإرهابيين بين قتيل ومصاب في الزبداني.",
            "airstrike",
            None,
            None,
            id="between-dead-and-wounded",
        ),
        pytest.param(  # آخر qualifying a noun is no person
            "قتل مدني وأصيب آخر عنصر في الحاجز بقصف على درعا.",
            "shelling",
            1,
            None,
            id="other-as-adjective",
        ),
        pytest.param(  # plural others: no count
            "قتل شخص وأصيب آخرون بقصف على كفرنبل.", "shelling", 1, None, id="others-plural"
        ),
    ],
)
def test_session11_singles_and_duals(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.injured) == (killed, injured)


# ------------------------------------------------------------------ session 12 (hQ): figures


@pytest.mark.parametrize(
    ("text", "action", "killed", "injured"),
    [
        pytest.param(  # «وأصيب آخر» after a side told at length
            "قُتل عنصر من قوات سوريا الديمقراطية (قسد) وأصيب آخر، ليل الاثنين، بهجوم مسلح "
            "استهدف نقطة عسكرية في قرية رطلة.",
            "clash",
            1,
            1,
            id="another-after-long-side",
        ),
        pytest.param(
            "قتل جندي من الجيش العراقي وأصيب آخر بانفجار عبوة ناسفة في قضاء الطارمية.",
            "bombing",
            1,
            1,
            id="another-after-side",
        ),
        pytest.param("قُتل مدني وأصيب آخران بقصف على قرية رطلة.", "shelling", 1, 2, id="two-others"),
        pytest.param(
            "استشهد مواطنان وأصيب آخران بجروح بقصف تركي على قرية تل رفعت.",
            "shelling",
            2,
            2,
            id="two-and-two-others",
        ),
        pytest.param(  # «آخران» describing «اثنان» adds no one
            "قتل ثلاثة عناصر من قسد وجرح اثنان آخران بانفجار لغم في ريف دير الزور.",
            "bombing",
            3,
            2,
            id="two-others-adjective",
        ),
        pytest.param(  # SANA: the dual of شهيد
            "ارتقاء شهيدين وإصابة 4 مدنيين جراء اعتداء إرهابي بالقذائف على حي المزة بدمشق.",
            "shelling",
            2,
            4,
            id="two-martyrs-noun",
        ),
        pytest.param(
            "ارتقى شهيدان وأصيب ثلاثة مواطنين جراء قذائف أطلقها الإرهابيون على مدينة جبلة.",
            "shelling",
            2,
            3,
            id="two-martyrs-verb",
        ),
        pytest.param(  # a vague group in the sum leaves it vague (codebook §7)
            "دارت اشتباكات بين قوات النظام والفصائل في محيط بلدة اللطامنة، انتهت بمقتل عدد كبير "
            "من عناصر النظام وسقوط قتيلين من الفصائل.",
            "clash",
            None,
            None,
            id="vague-and-dual",
        ),
        pytest.param(
            "دارت اشتباكات بين قوات النظام والفصائل قرب اللطامنة، قتل خلالها 3 من الفصائل وعشرات "
            "من عناصر النظام.",
            "clash",
            None,
            None,
            id="count-and-vague",
        ),
        pytest.param(  # the vague amount is of the other role
            "قتل خمسة مدنيين وأصيب العشرات بقصف على مدينة دوما.",
            "shelling",
            5,
            None,
            id="vague-other-role",
        ),
        pytest.param(  # bodies of the dead already counted, in a clause of their own
            "وخلال المعارك التي دارت أمس على أطراف مدينة هجين، قُتل 27 مرتزقاً من داعش، فيما "
            "استشهد 4 من مقاتلينا، وقد تم سحب جثث عدد من المرتزقة من أرض المعركة.",
            "clash",
            31,
            None,
            id="vague-bodies-new-clause",
        ),
        pytest.param(  # the subject inside «فارق … الحياة»
            "فارق مدني الحياة متأثراً بجراحه جراء قصف على بلدة معرة النعمان.",
            "shelling",
            1,
            None,
            id="passed-away-subject-inside",
        ),
        pytest.param(
            "فارق شابان الحياة جراء قصف على بلدة كفرنبل.",
            "shelling",
            2,
            None,
            id="passed-away-dual-inside",
        ),
        pytest.param(  # the martyr named after the verb
            "ارتقى الشهيد محمد الأحمد جراء قصف قوات النظام على بلدة حاس.",
            "shelling",
            1,
            None,
            id="named-martyr",
        ),
        pytest.param(
            "ارتقاء الشهيدة فاطمة العلي وإصابة 3 مدنيين جراء قذائف الإرهابيين على مدينة جبلة.",
            "shelling",
            1,
            3,
            id="named-martyr-feminine",
        ),
        pytest.param(
            "ارتقاء شهيد وإصابة 3 مدنيين جراء قذائف الإرهابيين على مدينة جبلة.",
            "shelling",
            1,
            3,
            id="one-martyr",
        ),
        pytest.param(
            "ارتقاء شهيد واحد وإصابة 3 مدنيين جراء قذائف الإرهابيين على مدينة جبلة.",
            "shelling",
            1,
            3,
            id="one-martyr-counted",
        ),
        pytest.param(  # the dead named again in apposition: a breakdown, not more dead
            "قتل 7 أشخاص، هم 4 أطفال وثلاث نساء، جراء غارة على بلدة أريحا.",
            "airstrike",
            7,
            None,
            id="apposition-breakdown",
        ),
        pytest.param(
            "قتل 5 أشخاص وهم ثلاثة أطفال وامرأتان بقصف على بلدة أريحا.",
            "shelling",
            5,
            None,
            id="apposition-breakdown-and",
        ),
        pytest.param(  # «هم» as a copula is no breakdown
            "قالت مصادر إن المسلحين هم 3 عناصر من داعش قتلوا في اشتباك مع الجيش في قضاء الطارمية.",
            "clash",
            3,
            None,
            id="they-are-copula",
        ),
        pytest.param(  # an Iraqi unit commander (آمر فوج) is one of the dead
            "أسفر الهجوم عن استشهاد آمر فوج وثلاثة من مرافقيه في قضاء الطارمية.",
            "clash",
            4,
            None,
            id="unit-commander-and-guards",
        ),
        pytest.param(  # a dual told by its vowels, spelled like the sound plural
            "استهدفت طائرة مسيّرة تركية سيارة مدنية قرب مدينة كوباني، ما أدى إلى استشهاد "
            "مواطنَيْن كانا بداخلها.",
            "airstrike",
            2,
            None,
            id="voweled-dual",
        ),
        pytest.param(
            "قصفت طائرة مسيرة تركية سيارة قرب مدينة كوباني، ما أدى إلى استشهاد مدنيَّين.",
            "airstrike",
            2,
            None,
            id="voweled-dual-shadda",
        ),
        pytest.param(  # the number after the voweled dual counts it once
            "سقطت قذيفة في حي الزراعة، ما أدى إلى استشهاد مواطنَين اثنين وإصابة سبعة آخرين.",
            "shelling",
            2,
            7,
            id="voweled-dual-and-two",
        ),
        pytest.param(  # unvoweled: the plural, no count
            "قصفت طائرة مسيرة تركية سيارة قرب مدينة كوباني، ما أدى إلى استشهاد مدنيين.",
            "airstrike",
            None,
            None,
            id="plural-not-dual",
        ),
        pytest.param(  # a counted plural with its kasra stays the count
            "قصفت طائرة مسيرة تركية سيارة قرب مدينة كوباني، ما أدى إلى استشهاد ثلاثة مدنيِّين.",
            "airstrike",
            3,
            None,
            id="voweled-plural",
        ),
    ],
)
def test_session12_figures(
    extractor: Extractor, text: str, action: str, killed: int | None, injured: int | None
) -> None:
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize(
    "count",
    [
        pytest.param("مقتل 7 مدنيين بينهم 3 أطفال", id="children-among-civilians"),
        pytest.param("مقتل 7 أشخاص بينهم 3 أطفال وامرأتان", id="children-women-among-people"),
    ],
)
def test_children_among_a_follow_up_count_are_not_added(extractor: Extractor, count: str) -> None:
    """A count told in a sentence that also foresees the toll rising (a toll cue) fills the event
    before it with the whole, not the whole plus its children and women."""
    text = (
        "قصفت طائرات التحالف الدولي قرية الباغوز بريف دير الزور الشرقي.\n"
        f"وقال المرصد السوري إن القصف أسفر عن {count}، مرجحاً ارتفاع عدد القتلى لوجود جرحى "
        "بحالات خطرة."
    )
    (event,) = only(run(extractor, text, dt.date(2019, 5, 10)), "airstrike")
    assert event.fatalities == 7


@pytest.mark.parametrize(
    ("text", "action", "killed"),
    [
        pytest.param(
            "قصفت قوات النظام بلدة تلبيسة بريف حمص أمس. وارتفع عدد الشهداء إلى 7 بينهم ثلاثة "
            "أطفال.",
            "shelling",
            7,
            id="risen-with-children-among",
        ),
        pytest.param(
            "قتل 5 مدنيين بقصف على مدينة أريحا اليوم.\nوارتفع عدد القتلى لاحقاً إلى تسعة مدنيين "
            "بينهم طفلان وامرأة.",
            "shelling",
            9,
            id="risen-next-paragraph-with-children",
        ),
        pytest.param(
            "انفجار في الباب\nانفجرت سيارة مفخخة في سوق مدينة الباب ظهر اليوم.\nوأكدت مصادر طبية "
            "أن حصيلة الضحايا ارتفعت إلى 15 قتيلاً بينهم أربعة أطفال.",
            "bombing",
            15,
            id="count-in-next-paragraph",
        ),
    ],
)
def test_a_count_with_its_children_updates_the_event_before(
    extractor: Extractor, text: str, action: str, killed: int
) -> None:
    """A period-less count told after an event (rising, or the first count of an uncounted event
    in the next paragraph) updates it with its whole, even when it names the children among."""
    (event,) = only(run(extractor, text, dt.date(2019, 5, 10)), action)
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("text", "town", "killed", "injured"),
    [
        pytest.param(
            "نفذت الطائرات الحربية الروسية ما لا يقل عن 21 غارة استهدفت مناطق في خان شيخون والهبيط "
            "وكفرنبل، ما تسبب بمقتل 4 مدنيين في خان شيخون، وطفل في الهبيط.",
            "الهبيط",
            1,
            None,
            id="child-in-the-second-town",
        ),
        pytest.param(
            "قصفت الطائرات الروسية بلدات خان شيخون والهبيط وكفرنبل، ما أدى إلى مقتل 3 مدنيين في "
            "خان شيخون وامرأة في كفرنبل.",
            "كفر نبل",
            1,
            None,
            id="woman-in-the-third-town",
        ),
        pytest.param(
            "قصفت الطائرات الروسية بلدات خان شيخون والهبيط، ما أدى إلى مقتل 3 مدنيين في خان شيخون، "
            "وإصابة طفل في الهبيط.",
            "الهبيط",
            None,
            1,
            id="wounded-child-in-the-second-town",
        ),
    ],
)
def test_one_victim_told_with_its_own_town_after_a_count(
    extractor: Extractor, text: str, town: str, killed: int | None, injured: int | None
) -> None:
    """A count told with its town, then one person with another town (… 4 مدنيين في خان شيخون،
    وطفل في الهبيط): the one person is the second town's dead, the count stays with the first."""
    events = only(run(extractor, text, dt.date(2019, 5, 10)), "airstrike")
    by_town = {e.location_ar: e for e in events}
    assert (by_town[town].fatalities, by_town[town].injured) == (killed, injured)
    assert by_town["خان شيخون"].fatalities in (3, 4)


def test_dead_under_a_town_heading_are_not_the_next_towns(extractor: Extractor) -> None:
    """A round-up item headed by its town (المعضمية: شهيدان …) tells dead of no event here: the
    protest of another town told after it does not take them."""
    text = (
        "ريف دمشق – المعضمية: شهيدان برصاص قناصة منتشرين على أسطح المباني الحكومية، وخرجت "
        "مظاهرة ليلية حاشدة في حرستا تضامنا مع حماة."
    )
    (event,) = only(run(extractor, text, dt.date(2011, 8, 1)), "protest")
    assert event.fatalities is None


# ------------------------------------------------------------------ session 11 (hL): precision


@pytest.mark.parametrize(
    ("text", "action", "n"),
    [
        pytest.param(
            "اعترف الإرهابي بتنفيذ عدة تفجيرات بعبوات ناسفة استهدفت دوريات الجيش في ديالى.",
            "bombing",
            0,
            id="confession",
        ),
        pytest.param(
            "بدأت في باريس محاكمة متهمين بالمشاركة في هجمات على القوات الكردية في سوريا.",
            "clash",
            0,
            id="trial",
        ),
        pytest.param(
            "اعتقلت القوات الأمنية متهماً بتنفيذ تفجيرات في بغداد.", "bombing", 0, id="accused"
        ),
        pytest.param(
            "اعترف الجيش الأمريكي بمقتل أربعة مدنيين في غارة جوية على قرية الباغوز أمس.",
            "airstrike",
            1,
            id="admitted-dated-strike-stays",
        ),
        pytest.param(
            "وزار وزير الداخلية موقع التفجير في الكرادة والتقى بعوائل الضحايا.",
            "bombing",
            0,
            id="visit-to-site",
        ),
        pytest.param(
            "وقدم المحافظ التعازي لذوي ضحايا الانفجار في الكرادة.", "bombing", 0, id="condolences"
        ),
        pytest.param(
            "أحيا أهالي حلبجة الذكرى الحادية والثلاثين لقصف المدينة بالأسلحة الكيماوية.",
            "shelling",
            0,
            id="anniversary",
        ),
        pytest.param(
            "قتل ثلاثة عناصر من الشرطة بانفجار عبوة ناسفة خلال إحياء ذكرى عاشوراء في كربلاء.",
            "bombing",
            1,
            id="blast-during-commemoration-stays",
        ),
        pytest.param(
            "شيع أهالي بلدة الكرك جثامين ثلاثة شبان قتلوا في اشتباكات مع قوات النظام.",
            "clash",
            0,
            id="funeral",
        ),
        pytest.param(
            "وخلال مراسم تشييع الضحايا، انفجرت عبوة ناسفة في مقبرة الرمادي ما أدى إلى إصابة خمسة.",
            "bombing",
            1,
            id="blast-at-funeral-stays",
        ),
    ],
)
def test_session11_aftermath_non_events(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert len(only(run(extractor, text, dt.date(2019, 5, 10)), action)) == n


@pytest.mark.parametrize(
    ("text", "action", "n"),
    [
        pytest.param(
            "وشدد وزير الدفاع على أن الجيش مستعد لخوض المعركة ضد الإرهاب على كل الجبهات.",
            "clash",
            0,
            id="ready-to-fight",
        ),
        pytest.param(
            "وقال الناطق باسم الفصيل إن مقاتليه على أهبة الاستعداد للتصدي لأي تقدم في حماة.",
            "clash",
            0,
            id="on-alert",
        ),
        pytest.param(
            "أجرت وحدات من الجيش السوري تدريبات على اقتحام المدن والتعامل مع الكمائن في ريف حمص.",
            "capture",
            0,
            id="training",
        ),
        pytest.param(
            "اختتمت القوات الروسية والسورية مناورات مشتركة تضمنت محاكاة صد هجوم على قاعدة حميميم.",
            "clash",
            0,
            id="exercise",
        ),
        pytest.param(
            "أفرجت هيئة تحرير الشام عن عشرة معتقلين كانت قد اعتقلتهم خلال حملة مداهمات في إدلب.",
            "abduction",
            0,
            id="release",
        ),
        pytest.param(
            "وتتقاسم قوات النظام وقسد السيطرة على مدينة الحسكة.", "capture", 0, id="shared-control"
        ),
        pytest.param(
            "لتصبح محافظة الرقة بالكامل خارج سيطرة النظام.", "capture", 0, id="outside-control"
        ),
        pytest.param(
            "وتسعى قوات النظام إلى السيطرة على مدينة سراقب.", "capture", 0, id="seeks-to-take"
        ),
        pytest.param(
            "أحبط الجيش الأردني محاولة تسلل وتهريب مخدرات على الحدود مع سوريا.",
            "clash",
            0,
            id="smuggling-foiled",
        ),
        pytest.param(
            "صد مقاتلو قسد مساء أمس محاولة تسلل لمرتزقة الاحتلال التركي على محور قرية الدردارة.",
            "clash",
            1,
            id="infiltration-repelled-stays",
        ),
        pytest.param(
            "وتشهد جبهات ريف حماة اشتباكات متقطعة بين الحين والآخر.",
            "clash",
            0,
            id="habitual-after-cue",
        ),
        pytest.param(
            "وتراجعت حدة المعارك في ريف إدلب الجنوبي.", "clash", 0, id="intensity-dropped"
        ),
        pytest.param(
            "وانطلقت عملية التسوية في درعا البلد بعد اتفاق أنهى الحصار والاشتباكات.",
            "clash",
            0,
            id="deal-ended-fighting",
        ),
        pytest.param(
            "سيطرت قوات النظام على مدينة سراقب بعد معارك مع الفصائل.",
            "capture",
            1,
            id="capture-stays",
        ),
    ],
)
def test_session11_readiness_state_non_events(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert len(only(run(extractor, text, dt.date(2019, 5, 10)), action)) == n


def test_session11_a_partners_foe_is_the_opponent_of_a_capture(extractor: Extractor) -> None:
    text = (
        "القوات العراقية والبيشمركة تحرر ثماني قرى في اليوم الرابع لعمليات الموصل\n"
        "وقالت خلية الإعلام الحربي إن قطعات الجيش العراقي حررت صباح اليوم قرية بازوايا"
        " على محور الحمدانية.\n"
        "من جانبها، أعلنت قوات البيشمركة أنها سيطرت على قرية الفاضلية في محيط ناحية بعشيقة بعد"
        " اشتباكات مع مسلحي التنظيم."
    )
    events = only(run(extractor, text, dt.date(2016, 10, 20)), "capture")
    assert {(e.actor1, e.actor2) for e in events if e.actor1 == "iraqi_army"} == {
        ("iraqi_army", "isis")
    }


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(  # the Peshmerga's and the army's fights are with ISIS: so is the army's capture
            [
                "أعلنت قوات البيشمركة اليوم السيطرة على قرية كوكجلي بعد معارك مع مسلحي داعش.",
                "وفي محور آخر، استعادت قطعات الجيش العراقي بلدة الحمدانية أمس.",
            ],
            {("capture", "peshmerga", "isis"), ("capture", "iraqi_army", "isis")},
            id="a-capture-takes-the-wars-common-enemy",
        ),
        pytest.param(  # the coalition's untargeted strikes in the SDF's war on ISIS
            [
                "سيطرت قوات سوريا الديمقراطية على حي الصناعة في مدينة الرقة بعد معارك مع تنظيم"
                " داعش.",
                "وشنت طائرات التحالف الدولي غارات على حي البدو في المدينة.",
            ],
            {("airstrike", "coalition", "isis")},
            id="coalition-strike-takes-the-common-enemy",
        ),
        pytest.param(  # the regime's untargeted strike keeps no target (the coders' practice)
            [
                "سيطرت قوات النظام على بلدة مهين بعد معارك مع تنظيم داعش.",
                "وشنت طائرات النظام غارات على مدينة القريتين.",
            ],
            {("airstrike", "syrian_regime", "")},
            id="neg-regime-strike-takes-no-common-enemy",
        ),
        pytest.param(  # a war of two groups: a state's capture there has no known loser
            [
                "اندلعت اشتباكات عنيفة بين قسد والفصائل الموالية لتركيا في محيط تل أبيض.",
                "وسيطر الجيش التركي على قرية اليابسة.",
            ],
            {("capture", "turkey", "")},
            id="neg-no-common-enemy-in-a-war-of-groups",
        ),
        pytest.param(  # a rebel group's capture takes no common enemy: it may fight the state
            [
                "سيطرت قوات النظام على بلدة مهين بعد معارك مع تنظيم داعش.",
                "وفي ريف إدلب، سيطرت فصائل المعارضة على قرية الزيارة.",
            ],
            {("capture", "syrian_opposition", "")},
            id="neg-a-rebel-capture-takes-no-common-enemy",
        ),
    ],
)
def test_session12_common_enemy(extractor: Extractor, paragraphs: list, expected: set) -> None:
    events = run(extractor, "\n".join(paragraphs), dt.date(2017, 6, 10))
    got = {(e.action, e.actor1, e.actor2) for e in events}
    assert expected <= got


@pytest.mark.parametrize(
    ("paragraphs", "day", "expected"),
    [
        pytest.param(  # a rebel capture on their front against the regime (SOHR, Smart)
            ["سيطرت فصائل المعارضة على قرية تل الكرامة في ريف حماة الشمالي بعد معارك عنيفة."],
            dt.date(2016, 2, 10),
            {("capture", "syrian_opposition", "syrian_regime")},
            id="rebel-capture-takes-the-regime",
        ),
        pytest.param(  # a named faction's clash (Orient, Enab Baladi)
            ["خاضت فصائل الجيش الحر معارك عنيفة على أطراف بلدة كفرنبودة في ريف حماة."],
            dt.date(2016, 2, 10),
            {("clash", "fsa", "syrian_regime")},
            id="faction-clash-takes-the-regime",
        ),
        pytest.param(  # Jaysh al-Fatah's capture of Jisr al-Shughur (Al Jazeera)
            ["سيطر جيش الفتح على مدينة جسر الشغور بريف إدلب."],
            dt.date(2015, 5, 10),
            {("capture", "jaysh_al_fatah", "syrian_regime")},
            id="coalition-of-factions-takes-the-regime",
        ),
        pytest.param(  # the rebels' Russian-struck front: Russia is the regime's partner
            [
                "أعلنت فصائل المعارضة سيطرتها على قرية معان في ريف حماة الشمالي، بينما قصفت"
                " الطائرات الروسية مدينة اللطامنة."
            ],
            dt.date(2016, 8, 10),
            {("capture", "syrian_opposition", "syrian_regime")},
            id="regime-partner-named-keeps-the-war",
        ),
        pytest.param(  # SANA: the army's capture after killing «terrorists» (the rebels)
            [
                "استعادت وحدات من الجيش العربي السوري السيطرة على قرية الحاضر بريف حلب الجنوبي"
                " بعد القضاء على أعداد من الإرهابيين."
            ],
            dt.date(2016, 2, 10),
            {("capture", "syrian_regime", "syrian_opposition")},
            id="state-media-terrorists-are-the-rebels",
        ),
        pytest.param(  # the rebels leave under a deal and the regime enters: taken from them
            [
                "خرجت آخر دفعة من مقاتلي الجيش الحر والمدنيين من مدينة داريا بريف دمشق الغربي"
                " مساء الجمعة تنفيذاً للاتفاق.",
                "وأفاد مصدر محلي بأن قوات الأسد دخلت المدينة صباح اليوم السبت.",
            ],
            dt.date(2016, 8, 27),
            {("capture", "syrian_regime", "fsa")},
            id="regime-capture-after-the-rebels-left",
        ),
        pytest.param(  # the factions named in another clause: the regime's capture is from them
            [
                "سيطرت قوات النظام أمس على بلدة كفرزيتا، فيما تدور معارك مع فصائل المعارضة قرب"
                " اللطامنة."
            ],
            dt.date(2019, 5, 10),
            {("capture", "syrian_regime", "syrian_opposition")},
            id="regime-capture-in-a-war-with-the-factions",
        ),
        pytest.param(  # the regime's dead in a clash the factions fight beside: theirs
            [
                "قتل 12 عنصراً من قوات النظام في اشتباكات على أطراف بلدة كفرنبودة، فيما سيطرت"
                " فصائل المعارضة على قرية الجبين."
            ],
            dt.date(2016, 2, 10),
            {("clash", "syrian_opposition", "syrian_regime")},
            id="the-regime-fought-by-the-rebels-named",
        ),
        pytest.param(  # the factions' dead on a front of the war: the regime fought them
            ["قتل 5 من مقاتلي الفصائل في اشتباكات على جبهة الملاح شمال حلب."],
            dt.date(2016, 2, 10),
            {("clash", "syrian_regime", "syrian_opposition")},
            id="the-rebels-fought-on-their-front",
        ),
        pytest.param(  # no rebels named (Daraa after the settlement): the attackers stay unknown
            ["قتل 7 من عناصر قوات النظام بهجوم على حاجز في ريف حماة."],
            dt.date(2016, 2, 10),
            {("clash", "unknown", "syrian_regime")},
            id="neg-an-attack-on-the-regime-with-no-rebels-named",
        ),
        pytest.param(  # the factions fighting each other, no second side named
            ["دارت اشتباكات عنيفة بين الفصائل في مدينة أريحا بريف إدلب."],
            dt.date(2019, 6, 10),
            {("clash", "syrian_opposition", "")},
            id="neg-fighting-between-the-factions",
        ),
        pytest.param(  # infighting told before the capture
            ["تجدد الاقتتال في ريف إدلب وسيطرت الفصائل على بلدة معرة مصرين."],
            dt.date(2017, 7, 10),
            {("capture", "syrian_opposition", "")},
            id="neg-a-capture-told-with-infighting",
        ),
        pytest.param(  # Aleppo's north from 2017: the Turkey-backed factions' zone
            ["سيطرت الفصائل على نقطة قرب بلدة مارع بعد اشتباكات."],
            dt.date(2021, 6, 10),
            {("capture", "syrian_opposition", "")},
            id="neg-the-sna-zone",
        ),
        pytest.param(  # two factions fight: a faction's capture there has no regime loser
            [
                "اندلعت اشتباكات بين فرقة الحمزة والجبهة الشامية في مدينة عفرين.",
                "وفي ريف إدلب، سيطرت الفصائل على بلدة كفرنبل.",
            ],
            dt.date(2015, 6, 10),
            {("capture", "syrian_opposition", "")},
            id="neg-factions-fighting-each-other",
        ),
        pytest.param(  # 2011: a raid on a protest town names no rebels
            ["اقتحمت قوات النظام بلدة التريمسة في ريف حماة."],
            dt.date(2012, 7, 10),
            {("capture", "syrian_regime", "")},
            id="neg-raid-on-a-protest-town",
        ),
        pytest.param(  # Operation Euphrates Shield's war was on ISIS at al-Bab, not the regime
            ["سيطرت فصائل درع الفرات على قرية قباسين قرب مدينة الباب بعد معارك."],
            dt.date(2017, 3, 10),
            {("capture", "sna", "")},
            id="neg-euphrates-shield-factions",
        ),
        pytest.param(  # the rebels' war on ISIS in the north (Marea)
            [
                "اشتبك الجيش الحر مع عناصر تنظيم داعش في ريف حلب الشمالي قرب مارع، وسيطر على"
                " قرية تل مالد."
            ],
            dt.date(2016, 2, 10),
            {("capture", "syrian_opposition", "isis")},
            id="neg-rebels-fighting-isis",
        ),
        pytest.param(  # HTS fighting the factions: infighting, no regime
            [
                "دارت اشتباكات عنيفة بين هيئة تحرير الشام وحركة نور الدين الزنكي في ريف حلب"
                " الغربي.",
                "وفي ريف إدلب، سيطرت حركة أحرار الشام على بلدة معرة مصرين.",
            ],
            dt.date(2018, 1, 10),
            {("capture", "ahrar_al_sham", "hts")},
            id="neg-hts-infighting",
        ),
    ],
)
def test_session12_rebel_war_opponent(
    extractor: Extractor, paragraphs: list, day: dt.date, expected: set
) -> None:
    events = run(extractor, "\n".join(paragraphs), day)
    got = {(e.action, e.actor1, e.actor2) for e in events}
    assert expected <= got


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(  # Iraqi security media: the army repelled a terrorist attack
            "تصدت قطعات الجيش لهجوم إرهابي على قرية الجلام في ريف الأنبار.",
            dt.date(2016, 2, 10),
            ("iraqi_army", "isis"),
            id="a-repelled-terrorist-attack-in-iraq-is-isis",
        ),
        pytest.param(  # «تعرض إرهابي», the security media cell's word
            "أعلنت خلية الإعلام الأمني أن القوات الأمنية تصدت لتعرض إرهابي على نقطة مراقبة في"
            " قضاء الطارمية، ما أسفر عن استشهاد جنديين.",
            dt.date(2017, 2, 10),
            ("iraqi_security_forces", "isis"),
            id="a-terrorist-assault-in-iraq-is-isis",
        ),
        pytest.param(  # the Peshmerga too
            "تصدت قوات البيشمركة لهجوم إرهابي على قرية قرب مخمور.",
            dt.date(2016, 4, 10),
            ("peshmerga", "isis"),
            id="the-peshmerga-repel-isis",
        ),
        pytest.param(  # SANA: a terrorist attack on a rebel front is the rebels'
            "تصدت وحدات من الجيش العربي السوري لهجوم إرهابي على نقاط عسكرية في محيط بلدة مورك.",
            dt.date(2016, 2, 10),
            ("syrian_regime", "syrian_opposition"),
            id="sana-terrorist-attack-on-a-rebel-front",
        ),
        pytest.param(  # «armed elements» in Iraq (tribes, gangs): no ISIS
            "اشتبكت القوات الأمنية مع عناصر مسلحة في قضاء الزبير بمحافظة البصرة.",
            dt.date(2019, 10, 10),
            ("iraqi_security_forces", "unknown"),
            id="neg-armed-elements-in-iraq-are-not-isis",
        ),
        pytest.param(  # another armed group named: the PKK, not ISIS
            "صدت قوات البيشمركة هجوماً لمسلحي حزب العمال الكردستاني على نقطة في قضاء سيدكان،"
            " في هجوم وصفته بالإرهابي.",
            dt.date(2018, 4, 10),
            ("peshmerga", "pkk"),
            id="neg-the-pkk-named",
        ),
    ],
)
def test_session12_terrorists_repelled(
    extractor: Extractor, text: str, day: dt.date, expected: tuple
) -> None:
    events = only(run(extractor, text, day), "clash")
    assert [(e.actor1, e.actor2) for e in events] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(  # the loser named in the headline
            [
                "القوات العراقية تواصل عمليات تحرير الفلوجة من عصابات داعش",
                "حررت القوات الأمنية حي الشهداء جنوبي الفلوجة.",
            ],
            ("iraqi_army", "isis"),
            id="a-capture-takes-the-loser-named-in-the-headline",
        ),
        pytest.param(
            [
                "قوات النظام تتقدم في الغوطة الشرقية على حساب جيش الإسلام",
                "سيطرت قوات النظام على بلدة الشيفونية.",
            ],
            ("syrian_regime", "jaysh_al_islam"),
            id="a-capture-takes-the-group-named-in-the-headline",
        ),
        pytest.param(  # a side named later in its own sentence is left to the clause rules
            [
                "الجيش يواصل تقدمه في الجانب الأيسر",
                "قالت خلية الإعلام الحربي إن قطعات الجيش حررت حي الزهور في الجانب الأيسر من"
                " الموصل، وقتلت 20 إرهابياً من داعش.",
            ],
            ("iraqi_army", ""),
            id="neg-a-group-named-later-in-its-sentence",
        ),
        pytest.param(  # no side named: the loser stays empty
            ["تقدم جديد", "سيطرت قوات النظام على بلدة دير حافر."],
            ("syrian_regime", ""),
            id="neg-no-loser-named",
        ),
        pytest.param(  # named only after the capture: not taken
            [
                "قوات النظام تتقدم في أحياء حلب الشرقية",
                "سيطرت قوات النظام على حي الشيخ سعيد.",
                "وقال ناشطون إن هيئة تحرير الشام تواجه ضغطاً كبيراً في الأحياء المتبقية.",
            ],
            ("syrian_regime", ""),
            id="neg-a-side-named-only-later",
        ),
    ],
)
def test_session12_capture_takes_the_one_opponent_named(
    extractor: Extractor, paragraphs: list, expected: tuple
) -> None:
    events = only(run(extractor, "\n".join(paragraphs), dt.date(2017, 1, 10)), "capture")
    assert [(e.actor1, e.actor2) for e in events] == [expected]


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        pytest.param(  # a numbered division, told by the country of the place
            "قالت خلية الإعلام الأمني إن قوة من الفرقة 14 اشتبكت مع مجموعة إرهابية في قضاء"
            " الطارمية.",
            "clash",
            ("iraqi_army", "isis"),
            id="a-force-of-a-numbered-division-is-the-army-of-the-country",
        ),
        pytest.param(  # Iraqi-only unit names
            "تمكنت قوات الرد السريع من تحرير حي باب الطوب في الموصل.",
            "capture",
            ("iraqi_army", ""),
            id="rapid-response-forces",
        ),
        pytest.param(
            "دخلت القوات الاتحادية مدينة كركوك وسيطرت على مبنى المحافظة.",
            "capture",
            ("iraqi_army", ""),
            id="federal-forces",
        ),
        pytest.param(  # a commander of operations announcing a liberation
            "أعلن قائد عمليات قادمون يا نينوى تحرير قرية الشورة جنوب الموصل.",
            "capture",
            ("iraqi_army", ""),
            id="commander-of-operations",
        ),
    ],
)
def test_session11_iraqi_unit_names(
    extractor: Extractor, text: str, action: str, actors: tuple[str, str]
) -> None:
    (event,) = only(run(extractor, text, dt.date(2017, 3, 12)), action)
    assert (event.actor1, event.actor2) == actors


def test_session11_isis_member_nisba_is_isis(extractor: Extractor) -> None:
    (event,) = only(
        run(
            extractor,
            "اشتبكت قوات الشرطة الاتحادية مع عشرات الداعشيين في حي الجوسق بالموصل.",
            dt.date(2016, 11, 4),
        ),
        "clash",
    )
    assert {event.actor1, event.actor2} == {"iraqi_federal_police", "isis"}


def test_session11_a_bare_air_forces_victims_are_no_owner(extractor: Extractor) -> None:
    (event,) = only(
        run(
            extractor,
            "خلية الإعلام الأمني: طائرات القوة الجوية تقتل 8 إرهابيين في ضربة جوية ضمن قاطع"
            " عمليات كركوك.",
            dt.date(2023, 1, 5),
        ),
        "airstrike",
    )
    assert (event.actor1, event.actor2) == ("iraqi_army", "isis")


@pytest.mark.parametrize(
    ("text", "pub", "actors"),
    [
        pytest.param(
            "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة للاحتلال في عين الأسد برشقة صاروخية.",
            dt.date(2024, 1, 20),
            ("islamic_resistance_iraq", "usa"),
            id="the-occupation-in-iraq-is-the-us-forces",
        ),
        pytest.param(
            "قصف الاحتلال مخيم جباليا في قطاع غزة ما أدى إلى استشهاد عشرات المدنيين.",
            dt.date(2023, 11, 1),
            ("israel", "civilians"),
            id="the-occupation-elsewhere-stays-israel",
        ),
    ],
)
def test_session11_the_occupation_by_country(
    extractor: Extractor, text: str, pub: dt.date, actors: tuple[str, str]
) -> None:
    (event,) = run(extractor, text, pub)
    assert (event.actor1, event.actor2) == actors


def test_the_city_refers_back_to_the_town_named_a_city(extractor: Extractor) -> None:
    text = (
        "اندلعت اشتباكات في مدينة حلب، وقصفت الطائرات قرية حريتان. "
        "وفي المدينة، قتل ثلاثة مدنيين برصاص قناص."
    )
    (attack,) = only(run(extractor, text, dt.date(2016, 5, 10)), "attack")
    assert attack.location == "Aleppo"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "طال القصف الجوي مدينة دوما في الغوطة الشرقية ما أدى لمقتل 12 مدنياً.",
            "airstrike",
            id="definite-air-bombardment",
        ),
        pytest.param(
            "قتل 5 مدنيين جراء القصف الجوي الروسي على مدينة الأتارب أمس.",
            "airstrike",
            id="definite-air-bombardment-owner",
        ),
        pytest.param(
            "دكت المدفعية التركية مواقع لوحدات حماية الشعب في ريف عفرين.",
            "shelling",
            id="pound-artillery",
        ),
        pytest.param(
            "دكت الطائرات الحربية مواقع التنظيم في مدينة تكريت أمس.",
            "airstrike",
            id="pound-aircraft",
        ),
        pytest.param(
            "أمطرت طائرات النظام مدينة خان شيخون بوابل من الصواريخ فجر اليوم.",
            "airstrike",
            id="rain-down-aircraft",
        ),
    ],
)
def test_session11_bombardment_idioms(extractor: Extractor, text: str, action: str) -> None:
    events = run(extractor, text, dt.date(2017, 4, 4))
    assert [e.action for e in events] == [action]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أمطرت السماء بغزارة على مدينة حلب صباح اليوم.", id="rain-weather"),
        pytest.param("أدان الائتلاف الوطني القصف الجوي على المدنيين في إدلب.", id="air-condemned"),
        pytest.param("تضمنت اعتبار الدكة العشائرية جريمة إرهابية في البصرة.", id="dakka-tribal"),
    ],
)
def test_session11_bombardment_idioms_none(extractor: Extractor, text: str) -> None:
    assert run(extractor, text, dt.date(2017, 4, 4)) == []


def test_session11_air_bombardment_as_time_of_shelling(extractor: Extractor) -> None:
    text = "وتزامن القصف الجوي مع قصف مدفعي لقوات النظام على قرية كفرتعال بريف حلب الغربي."
    assert [e.action for e in run(extractor, text, dt.date(2017, 4, 4))] == ["shelling"]


@pytest.mark.parametrize(
    ("text", "actor1", "town"),
    [
        pytest.param(
            "أحكمت فصائل المعارضة قبضتها على بلدة خان طومان جنوب حلب.",
            "syrian_opposition",
            "خان طومان",
            id="tighten-grip",
        ),
        pytest.param(
            "وقعت بلدة حمام العليل تحت سيطرة القوات العراقية.",
            "iraqi_army",
            "حمام العليل",
            id="came-under-control",
        ),
        pytest.param(
            "قوات وحدات حماية الشعب تدخل مدينة تل أبيض\nوأفاد مراسلنا بأن المنطقة تشهد توتراً.",
            "ypg",
            "تل أبيض",
            id="enters-town-headline",
        ),
    ],
)
def test_session11_capture_idioms(extractor: Extractor, text: str, actor1: str, town: str) -> None:
    # (استولى / استرد and «باتت … تحت سيطرة» were tried and left out: blind extras +1 and +1;
    # they seize things and tell states as often as places taken)
    (event,) = only(run(extractor, text, dt.date(2016, 6, 1)), "capture")
    assert (event.actor1, event.location_ar) == (actor1, town)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("استولى التنظيم على كميات من الأسلحة والذخائر.", id="seized-arms"),
        pytest.param("استولى مسلحون على سيارة إسعاف في مدينة درعا.", id="seized-car"),
        pytest.param("استرداد الأموال المنهوبة من الفاسدين في بغداد.", id="recovered-money"),
        pytest.param("أحكمت قوات النظام الحصار على الغوطة الشرقية.", id="tightened-siege"),
        pytest.param("لا تزال مدينة الرقة تحت سيطرة تنظيم الدولة منذ 2014.", id="still-under"),
        pytest.param("يحاول التنظيم إحكام قبضته على مدينة دير الزور.", id="grip-attempt"),
        pytest.param("تخشى دمشق من تدخل تركي في مدينة منبج.", id="intervention-noun"),
        pytest.param("وأوضح أن الهدف هو الاستيلاء على سد الطبقة ومطارها العسكري.", id="seize-aim"),
        pytest.param(
            "القوات العراقية تسترد جثث الضحايا من الموصل\nوأفاد مراسلنا بأن المنطقة تشهد توتراً.",
            id="recovers-bodies",
        ),
    ],
)
def test_session11_capture_idioms_none(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text, dt.date(2016, 6, 1)), "capture") == []


def test_session11_foiled_infiltration_is_a_clash(extractor: Extractor) -> None:
    text = "أفشلت قوات سوريا الديمقراطية محاولة تسلل لمسلحي داعش قرب بلدة هجين."
    (event,) = only(run(extractor, text, dt.date(2018, 4, 16)), "clash")
    assert (event.actor1, event.actor2) == ("sdf", "isis")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("أفشلت الحكومة العراقية مشروع قانون في البرلمان.", id="bill"),
        pytest.param("أفشل الوفد المفاوضات في جنيف.", id="talks"),
        pytest.param("أفشلت المعارضة محاولة الحكومة تمرير القانون في بغداد.", id="attempt-other"),
    ],
)
def test_session11_foiled_other_things_none(extractor: Extractor, text: str) -> None:
    assert run(extractor, text, dt.date(2018, 4, 16)) == []


def test_a_rejected_two_word_form_leaves_its_words_to_shorter_forms(extractor: Extractor) -> None:
    # «قتيل وجريح» + a verb ending is no form, but «قتيل» and «جريحين» are
    text = "قصفت قوات النظام بلدة كفرنبل ما أدى إلى سقوط قتيل وجريحين."
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), "shelling")
    assert (event.fatalities, event.injured) == (1, 2)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # snipers (plural) shooting people is an attack, as a sniper is
        ("قتل مدنيان برصاص قناصة في حي الوعر بمدينة حمص.", {"attack"}),
        # the dead of a fight told by the snipers' bullets are the fight's
        (
            "وتجددت الاشتباكات صباح اليوم في حي الوعر بمدينة حمص، مشيراً إلى مقتل مدنيين اثنين "
            "برصاص قناصة.",
            {"clash"},
        ),
    ],
)
def test_snipers_dead_alone_or_in_a_fight(
    extractor: Extractor, text: str, actions: set[str]
) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2016, 5, 10))} == actions


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a state's own command announcing a place taken in its country: its forces took it
        ("أعلنت خلية الإعلام الأمني تحرير قرية الحود جنوب الموصل.", "iraqi_army"),
        # another state's ministry announcing it does not make its own forces the captor
        ("أعلنت وزارة الدفاع الروسية تحرير بلدة عقيربات في ريف حماة.", ""),
    ],
)
def test_a_state_s_command_announcing_a_capture_at_home(
    extractor: Extractor, text: str, actor1: str
) -> None:
    (event,) = only(run(extractor, text, dt.date(2017, 7, 10)), "capture")
    assert event.actor1 == actor1


@pytest.mark.parametrize(
    ("text", "pub", "action", "expected"),
    [
        pytest.param(
            "شنت طائرات التحالف الدولي غارات على بلدة الباغوز في الخامس من الشهر الماضي"
            " ما أدى إلى مقتل عشرة مدنيين.",
            dt.date(2019, 3, 10),
            "airstrike",
            "2019-02-05",
            id="ordinal-day-of-last-month-is-no-monthly-toll",
        ),
        pytest.param(
            "قتل عشرة مدنيين في غارات لطائرات التحالف على بلدة الباغوز في 15 الشهر الماضي.",
            dt.date(2019, 3, 10),
            "airstrike",
            "2019-02-15",
            id="digit-day-of-al-shahr-al-madi",
        ),
        pytest.param(
            "وشهدت مدينة الصدر شرقي بغداد، ليل الجمعة – السبت، اشتباكات بين قوات الأمن"
            " ومسلحين مجهولين.",
            dt.date(2019, 10, 6),
            "clash",
            "2019-10-04",
            id="night-of-two-weekdays-is-the-first",
        ),
        pytest.param(
            "سيطرت قوات النظام ليلة الخميس على الجمعة على قرية الحاضر في ريف حلب الجنوبي.",
            dt.date(2016, 5, 10),
            "capture",
            "2016-05-05",
            id="night-thursday-ala-friday",
        ),
        pytest.param(
            "قتل خمسة عناصر من قوات النظام يوم الجمعة قبل الماضية في هجوم لتنظيم الدولة"
            " على حاجز قرب مدينة تدمر.",
            dt.date(2016, 5, 10),
            "clash",
            "2016-04-29",
            id="weekday-before-last",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في حي جوبر الليلة قبل الماضية.",
            dt.date(2016, 5, 10),
            "clash",
            "2016-05-08",
            id="the-night-before-last",
        ),
        pytest.param(
            "سيطر تنظيم الدولة على قرية تل شعير في كانون الأول من العام الماضي.",
            dt.date(2016, 1, 10),
            "capture",
            "2015-12-01",
            id="month-of-last-year",
        ),
        pytest.param(
            "قتل مدنيان في قصف مدفعي لقوات النظام على بلدة اللطامنة في اليوم الثالث للمعارك.",
            dt.date(2016, 5, 10),
            "shelling",
            "",
            id="a-campaign-day-is-not-today",
        ),
    ],
)
def test_dates_hp_expressions_date_the_event(
    extractor: Extractor, text: str, pub: dt.date, action: str, expected: str
) -> None:
    events = only(run(extractor, text, pub), action)
    assert events and {e.event_date for e in events} == {expected}


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a bombardment told only as the setting of a fight or a capture: no strike of its own
        ("وتستمر المعارك في بلدة كفرنبودة وسط قصف جوي وبري عنيف.", {"clash"}),
        (
            "دارت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبودة، "
            "وسط قصف مدفعي مكثف.",
            {"clash"},
        ),
        (
            "سيطرت قوات النظام اليوم على بلدة الهبيط بريف إدلب الجنوبي في ظل قصف جوي ومدفعي "
            "لم يتوقف منذ أيام.",
            {"capture"},
        ),
        ("تتواصل الاشتباكات في حي جوبر بدمشق وسط قصف متبادل بين الطرفين.", {"clash"}),
        # told with its target, its side or its aircraft, it is an event of its own
        (
            "سيطرت قوات النظام اليوم على بلدة الهبيط وسط قصف مدفعي مكثف على البلدة ومحيطها.",
            {"capture", "shelling"},
        ),
        (
            "سيطرت قوات النظام اليوم على بلدة الهبيط وسط غارات روسية مكثفة.",
            {"capture", "airstrike"},
        ),
        (
            "اشتباكات عنيفة في بلدة خربة غزالة وسط قصف بمدافع الهاون من قبل قوات الأسد.",
            {"clash", "shelling"},
        ),
        (
            "تمكنت قوات النظام من السيطرة على تل ملح وسط قصف عنيف بالطيران الحربي.",
            {"capture", "airstrike"},
        ),
        # with no other act told, the strikes are what the sentence tells
        ("قتل 4 مدنيين اليوم في بلدة كفرنبل وسط غارات للطيران الحربي.", {"airstrike"}),
        ("قتل مدنيان اليوم في مدينة أريحا وسط قصف مدفعي.", {"shelling"}),
    ],
)
def test_a_bombardment_told_only_as_the_setting_is_no_event(
    extractor: Extractor, text: str, actions: set[str]
) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2019, 5, 10))} == actions


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(
            "قال مصدر أمني اليوم إن عبوة ناسفة انفجرت مساء أمس في منطقة الطارمية"
            " ما أدى إلى مقتل جنديين.",
            "bombing",
            "2016-05-09",
            id="noun-cue-nearer-the-speaker-day",
        ),
        pytest.param(
            "قال مصدر أمني اليوم إن انفجار عبوة ناسفة أمس في قضاء الطارمية أدى إلى مقتل جنديين.",
            "bombing",
            "2016-05-09",
            id="day-after-the-noun",
        ),
        pytest.param(
            "ذكر المرصد السوري اليوم أن غارات جوية استهدفت فجر أمس مدينة سراقب.",
            "airstrike",
            "2016-05-09",
            id="strikes-of-yesterday-dawn",
        ),
        pytest.param(
            "أكد ناشطون اليوم أن قصفا مدفعيا طال بلدة التمانعة ليل أمس الأول.",
            "shelling",
            "2016-05-08",
            id="shelling-the-night-before-yesterday",
        ),
        pytest.param(
            "قال مصدر عسكري اليوم إن القوات سيطرت على بلدة خان طومان التي كانت قد خسرتها"
            " يوم الجمعة.",
            "capture",
            "2016-05-10",
            id="a-relative-clause-day-is-another-act",
        ),
        pytest.param(
            "قال مصدر عسكري اليوم إن القوات سيطرت على بلدة خان طومان.",
            "capture",
            "2016-05-10",
            id="the-report-day-alone-still-dates",
        ),
    ],
)
def test_dates_hp_the_speaker_day_yields_to_the_day_told_after_that(
    extractor: Extractor, text: str, action: str, expected: str
) -> None:
    events = only(run(extractor, text, dt.date(2016, 5, 10)), action)
    assert events and {e.event_date for e in events} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aircraft or a drone that fires missiles strikes from the air
        (
            'وقال مصدر أمني إن "الطائرة أطلقت صاروخين على عجلة كانت تقل قيادياً قرب مطار بغداد".',
            {"airstrike"},
        ),
        (
            "أطلقت طائرة مسيرة مجهولة صاروخاً على سيارة في بلدة الشحيل، ما أدى لمقتل شخصين.",
            {"airstrike"},
        ),
        (
            "وأطلقت الطائرات المسيرة التركية عدة صواريخ على مواقع قسد في ريف عين عيسى.",
            {"airstrike"},
        ),
        ("قال ناشطون إن المروحيات أطلقت صواريخ على بلدة الهبيط اليوم.", {"airstrike"}),
        # fired by men or forces, missiles are a shelling
        ("أطلق مسلحون مجهولون صاروخين على قاعدة عين الأسد في الأنبار.", {"shelling"}),
        ("أطلقت قوات النظام صواريخ أرض-أرض على مدينة معرة النعمان.", {"shelling"}),
        # the moment a vehicle or a patrol entered a place times another act: no capture
        (
            "وقال مصدر أمني إن الطائرة أطلقت صاروخين على عجلة لحظة دخولها المقر في بغداد.",
            {"airstrike"},
        ),
        (
            "انفجرت عبوة ناسفة بدورية للشرطة العسكرية أثناء دخولها قرية الغندورة بريف جرابلس.",
            {"bombing"},
        ),
        ("دخلت قوات النظام اليوم إلى مدينة بصرى الشام.", {"capture"}),
    ],
)
def test_missiles_from_aircraft_and_the_moment_of_entering(
    extractor: Extractor, text: str, expected: set[str]
) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2023, 1, 10))} == expected


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a fight told going on for days or longer sums up a front: no event of one day
        ("وتشهد محاور ريف تل تمر اشتباكات متقطعة منذ أيام.", set()),
        ("وتشهد جبهات ريف إدلب الجنوبي معارك عنيفة منذ أسابيع بين قوات النظام والفصائل.", set()),
        ("وتدور منذ أيام معارك عنيفة في محيط بلدة عين عيسى.", set()),
        # the day's fight told beside it stays, and so does a fight told since this morning
        (
            "وتتواصل المعارك منذ أيام في محيط عين عيسى، حيث قتل اليوم 5 عناصر من قسد باشتباكات "
            "مع الفصائل في قرية صيدا.",
            {"clash"},
        ),
        ("وتشهد بلدة كفرنبل اشتباكات عنيفة منذ صباح اليوم.", {"clash"}),
        (
            "قتل 3 مدنيين اليوم بقصف مدفعي على بلدة كفرنبل التي تتعرض لقصف متواصل منذ أيام.",
            {"shelling"},
        ),
    ],
)
def test_a_fight_told_going_on_for_days_is_no_event(
    extractor: Extractor, text: str, actions: set[str]
) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2019, 10, 15))} == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the event a strike is said to answer (بذريعة / بحجة / في إطار الرد على) is no new event
        (
            "شنت الطائرات التركية غارات على ريف ديرك، بذريعة الرد على تفجير شارع الاستقلال في "
            "إسطنبول.",
            {"airstrike"},
        ),
        ("قصفت القوات التركية قرى ريف كوباني، في إطار الرد على تفجير إسطنبول.", {"shelling"}),
        (
            "قصفت الطائرات التركية قرية تل جيجان بريف منبج، بحجة الرد على هجمات قسد على قواعدها.",
            {"airstrike"},
        ),
    ],
)
def test_the_event_a_strike_is_said_to_answer_is_no_event(
    extractor: Extractor, text: str, actions: set[str]
) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2022, 11, 20))} == actions


def test_a_lead_restating_the_headline_summary_is_no_event(extractor: Extractor) -> None:
    # headline and lead tell strikes on several villages of two countrysides; the body names them
    text = "\n".join(
        [
            "قتلى وجرحى بقصف جوي ومدفعي لقوات النظام وروسيا على ريفي إدلب وحماة",
            "إدلب (سمارت) - قتل وجرح مدنيون، يوم الأربعاء، بقصف جوي ومدفعي لقوات النظام والطيران "
            "الروسي على قرى وبلدات في ريفي إدلب وحماة.",
            "وقال مراسل سمارت إن طائرة حربية روسية شنت غارات على بلدة معرة حرمة، ما أدى لمقتل "
            "ثلاثة مدنيين.",
            "كما قصفت قوات النظام بقذائف المدفعية بلدتي اللطامنة وكفرزيتا بريف حماة الشمالي.",
        ]
    )
    events = run(extractor, text, dt.date(2019, 5, 29))
    assert sorted(e.location_ar for e in only(events, "airstrike")) == ["معرة حرمة"]
    # a strike told at one countryside stays its own event beside a strike at a town
    text = "\n".join(
        [
            "غارات روسية على ريف إدلب الجنوبي",
            "شنت الطائرات الحربية الروسية اليوم غارات على ريف إدلب الجنوبي، ما أدى لمقتل مدنيين "
            "اثنين.",
            "وفي سياق متصل، استهدفت طائرات النظام الحربية بلدة بنش شمال إدلب بغارتين.",
        ]
    )
    events = run(extractor, text, dt.date(2019, 5, 29))
    assert len(only(events, "airstrike")) == 2


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a bombing foiled is neither a fight nor a blast
        ("أحبطت القوات الأمنية محاولة تفجير سيارة مفخخة في قضاء الطارمية شمالي بغداد.", set()),
        ("تمكنت القوات الأمنية من إحباط تفجير عبوة ناسفة على طريق الخالص في ديالى.", set()),
        (
            "قتل 3 جنود بانفجار عبوة ناسفة في قضاء الطارمية، بعد يوم من إحباط محاولة تفجير سيارة "
            "مفخخة في المنطقة.",
            {"bombing"},
        ),
        # a foiled attack is still a clash, and a car bomb in a repelled attack still a bombing
        ("أحبطت قوات سوريا الديمقراطية هجوماً لخلايا داعش على حاجز في بلدة الشحيل.", {"clash"}),
        (
            "صدت القوات العراقية هجوماً بسيارة مفخخة يقودها انتحاري على قطعاتها في حي الزهور "
            "بالموصل.",
            {"clash", "bombing"},
        ),
    ],
)
def test_a_bombing_foiled_is_no_event(extractor: Extractor, text: str, actions: set[str]) -> None:
    assert {e.action for e in run(extractor, text, dt.date(2020, 5, 10))} == actions


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        pytest.param(  # remnants (بقايا، فلول) between a target marker and the group's name
            "نفذت طائرات القوة الجوية ضربات على بقايا عصابات داعش في وادي حوران.",
            "airstrike",
            ("iraqi_army", "isis"),
            id="remnants-between-marker-and-name",
        ),
        pytest.param(
            "اشتبكت قوات الحشد الشعبي مع فلول داعش في جزيرة الخالدية.",
            "clash",
            ("pmf", "isis"),
            id="remnants-of-isis-are-isis",
        ),
        pytest.param(  # shabiha who assault the protesters face them
            "اعتدى الشبيحة على المتظاهرين في حي الميدان بدمشق بالهراوات.",
            "protest",
            ("protesters", "ndf"),
            id="shabiha-assault-protesters",
        ),
    ],
)
def test_session12_sides_named_by_generic_words(
    extractor: Extractor, text: str, action: str, actors: tuple
) -> None:
    events = only(run(extractor, text, dt.date(2017, 6, 20)), action)
    assert [(e.actor1, e.actor2) for e in events] == [actors]


# ---- the rebels told indefinitely, and factions the lexicon lacked (session 12)
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "سيطرت فصائل معارضة وإسلامية على بلدة خان طومان بريف حلب الجنوبي.",
            "syrian_opposition",
            id="opposition-and-islamist-factions-wire-style",
        ),
        pytest.param(
            "سيطرت فصائل مقاتلة على قرية خلصة بريف حلب الجنوبي.",
            "syrian_opposition",
            id="indefinite-fighting-factions",
        ),
        pytest.param(
            "سيطرت قوات معارضة على قرية خلصة بريف حلب الجنوبي.",
            "syrian_opposition",
            id="indefinite-opposition-forces",
        ),
        pytest.param(
            "سيطر مقاتلو فصائل معارضة على قرية خلصة بريف حلب الجنوبي.",
            "syrian_opposition",
            id="fighters-of-opposition-factions",
        ),
        pytest.param(
            "سيطرت جماعات مسلحة معارضة على قرية خلصة بريف حلب الجنوبي.",
            "syrian_opposition",
            id="armed-opposition-groups-indefinite",
        ),
        pytest.param(
            'سيطر "جيش المجاهدين" على قرية خلصة بريف حلب الجنوبي.',
            "jaysh_al_mujahideen",
            id="jaysh-al-mujahideen",
        ),
        pytest.param(
            'هاجم "جيش التوحيد" حاجزاً لقوات النظام في بلدة تلبيسة.',
            "jaysh_al_tawhid",
            id="jaysh-al-tawhid",
        ),
        pytest.param(
            'سيطرت "الفرقة الساحلية الأولى" على قرية في ريف اللاذقية الشمالي.',
            "first_coastal_division",
            id="first-coastal-division",
        ),
        pytest.param(
            'هاجم "جيش الأبابيل" حاجزاً لقوات النظام في بلدة الشيخ مسكين.',
            "jaysh_al_ababil",
            id="jaysh-al-ababil",
        ),
        pytest.param(
            "اقتحمت فرقة السلطان سليمان شاه قرية في ناحية شيخ الحديد بريف عفرين.",
            "sultan_sulaiman_shah",
            id="sultan-sulaiman-shah-division",
        ),
    ],
)
def test_rebels_told_indefinitely_and_more_factions(
    extractor: Extractor, text: str, actor1: str
) -> None:
    events = run(extractor, text)
    assert events and events[0].actor1 == actor1, [(e.action, e.actor1) for e in events]


def test_armed_groups_alone_stay_unidentified(extractor: Extractor) -> None:
    """«مجموعات مسلحة» names no side: only «معارضة» or a faction word makes them the rebels."""
    events = run(extractor, "سيطرت مجموعات مسلحة على قرية خلصة بريف حلب الجنوبي.")
    assert [e.actor1 for e in events] == ["unknown"]


def test_the_factions_are_not_hts_named_before_them(extractor: Extractor) -> None:
    """«الفصائل» after HTS is named tells of the other factions: the armed opposition."""
    text = (
        "قصفت هيئة تحرير الشام مواقع قوات النظام في بلدة كرناز بريف حماة الشمالي.\n"
        "كما استهدفت الفصائل بقذائف الهاون مواقع قوات النظام في بلدة محردة."
    )
    events = run(extractor, text)
    by_place = {e.location_ar: e.actor1 for e in events}
    assert by_place["كرناز"] in ("hts", "nusra")  # the name's id depends on the date
    assert by_place["محردة"] == "syrian_opposition"


@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "اعتقلت دورية تابعة للأمن العسكري ثلاثة شبان عند حاجز في مدينة درعا.",
            "arrest",
            "syrian_regime",
            "civilians",
            id="a-patrol-belonging-to-a-side-arrests-for-it",
        ),
        pytest.param(
            "داهمت دورية مؤللة تابعة لقوات النظام بلدة الحارة بريف درعا واعتقلت خمسة شبان.",
            "arrest",
            "syrian_regime",
            "civilians",
            id="a-mechanised-patrol-belonging-to-a-side-arrests-for-it",  # مؤللة: ؤ reads ء
        ),
        pytest.param(
            "هاجمت مجموعة تابعة لتنظيم داعش حاجزاً لقوات النظام في بلدة القريتين.",
            "clash",
            "isis",
            "syrian_regime",
            id="a-group-belonging-to-a-side-attacks-for-it",
        ),
        pytest.param(
            "استهدف الطيران الروسي رتلاً تابعاً للفصائل قرب بلدة كفرنبل.",
            "airstrike",
            "russia",
            "syrian_opposition",
            id="a-convoy-belonging-to-a-side-struck-is-the-target",
        ),
    ],
)
def test_a_unit_belonging_to_a_side(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_the_organisation_beside_the_sdf_is_isis_and_a_claimed_attack_is_the_bombing(
    extractor: Extractor,
) -> None:
    """«التنظيم» in a report naming only the SDF (whose family holds the PYD) is ISIS, and «في
    هجوم تبنته …» after a bombing restates it with its claimer: one bombing, not a clash too."""
    text = (
        "قتل عنصران من قسد بانفجار عبوة ناسفة في بلدة الشحيل بريف دير الزور الشرقي، "
        "في هجوم تبنته خلايا التنظيم."
    )
    events = run(extractor, text)
    assert [(e.action, e.actor1, e.actor2) for e in events] == [("bombing", "isis", "sdf")]


def test_an_attack_claimed_in_a_sentence_of_its_own_stays_an_event(extractor: Extractor) -> None:
    text = "قتل ثلاثة من الشرطة بهجوم أعلن تنظيم داعش مسؤوليته عنه في قضاء الطارمية."
    assert [e.action for e in run(extractor, text)] == ["clash"]


def test_the_dead_of_the_fighting_go_to_the_clash_not_the_capture(extractor: Extractor) -> None:
    text = (
        "دارت اشتباكات عنيفة بين الفصائل وقوات النظام على محور تل ملح والجبين.\n"
        "وتمكنت الفصائل من استعادة السيطرة على قرية الجبين بعد هجوم معاكس، وقتل خلال الاشتباكات"
        " 15 عنصراً من قوات النظام و9 من الفصائل."
    )
    events = run(extractor, text)
    got = {(e.action, e.location_ar): e.fatalities for e in events}
    assert got[("clash", "الجبين")] == 24
    assert got[("capture", "الجبين")] is None


def test_the_dead_of_a_capture_told_with_the_battles_stay_with_it(extractor: Extractor) -> None:
    """No fight told apart from «خلال المعارك»: the capture keeps them (as the dev coders do)."""
    text = "أعلنت القوات العراقية أنها حررت مبنى المجمع الحكومي في الموصل، مشيرة إلى مقتل 40 من عناصر التنظيم خلال المعارك."
    (event,) = only(run(extractor, text), "capture")
    assert event.fatalities == 40


@pytest.mark.parametrize(
    ("text", "action", "actor1", "actor2"),
    [
        pytest.param(
            "بمساندة طيران التحالف، اشتبكت القوات العراقية مع عناصر داعش في حي كوكجلي بالموصل.",
            "clash",
            "iraqi_army",
            "isis",
            id="air-support-told-first-is-no-owner-of-the-subject",
        ),
        pytest.param(
            "بمساندة الطيران الروسي، اشتبكت قوات النظام مع الفصائل في بلدة كفرنبودة.",
            "clash",
            "syrian_regime",
            "syrian_opposition",
            id="russian-air-support-told-first",
        ),
        pytest.param(
            "نفذ طيران التحالف غارات على مدينة الرقة.",
            "airstrike",
            "coalition",
            "",
            id="the-aircraft-named-with-its-side",
        ),
    ],
)
def test_fronted_air_support(
    extractor: Extractor, text: str, action: str, actor1: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_the_fath_halab_operations_room_is_the_opposition(extractor: Extractor) -> None:
    text = "أعلنت غرفة عمليات فتح حلب السيطرة على حي الراموسة في مدينة حلب."
    (event,) = only(run(extractor, text), "capture")
    assert event.actor1 == "syrian_opposition"


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        pytest.param("قتل 25 متظاهراً برصاص قوات الأمن في مدينة الناصرية.", 25, None, id="tamyiz"),
        pytest.param(
            "قتل 25 متظاهراً وأصيب 250 آخرون برصاص قوات الأمن في مدينة الناصرية.",
            25,
            250,
            id="killed-and-wounded",
        ),
        pytest.param(
            "قتل محتجان برصاص قوات الأمن في مدينة الناصرية.", 2, None, id="s14-dual-protesters"
        ),
        pytest.param(
            "قتل متظاهران وأصيب 30 آخرون برصاص قوات الأمن في مدينة البصرة.",
            2,
            30,
            id="s14-dual-protesters-and-wounded",
        ),
    ],
)
def test_protesters_counted_in_the_singular(
    extractor: Extractor, text: str, killed: int, injured: int | None
) -> None:
    """«متظاهراً» after 11–99 names protesters shot at a protest (the bare singular stays out:
    «قتل متظاهر برصاص طائش خلال اشتباكات» is someone caught in others' fighting)."""
    (event,) = only(run(extractor, text, dt.date(2019, 11, 28)), "protest")
    assert (event.actor1, event.actor2) == ("protesters", "iraqi_security_forces")
    assert (event.fatalities, event.injured) == (killed, injured)


def test_protesters_dispersed_told_with_lam(extractor: Extractor) -> None:
    """«خلال تفريق قوات الأمن للمتظاهرين»: the dispersal noun with its object after لـ."""
    text = "سقط 25 قتيلاً وأكثر من 250 جريحاً في مدينة الناصرية خلال تفريق قوات الأمن للمتظاهرين."
    (event,) = only(run(extractor, text, dt.date(2019, 11, 28)), "protest")
    assert (event.fatalities, event.injured) == (25, 250)


# ------------------------------------------------------------------ session 13 (hY): precision
@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            'وأكد قائد العمليات أن "المعركة مع الإرهاب لن تتوقف" حتى تحرير كامل الأراضي.',
            "clash",
            id="battle-with-terrorism",
        ),
        pytest.param(
            "وقال إن هذا الإنجاز يشكل منعطفاً مهماً في الحرب على الإرهاب وفي المعارك ضد الإرهاب.",
            "clash",
            id="war-on-terror",
        ),
        pytest.param(
            "واتفق الجانبان على انسحاب القوات من محيط بلدة سراقب.",
            "withdrawal",
            id="agreed-on-withdrawal",
        ),
        pytest.param(
            "وتوافقت الأطراف على دخول الشرطة العسكرية الروسية إلى بلدة بيت جن.",
            "capture",
            id="agreed-on-entry",
        ),
    ],
)
def test_s13_policies_and_terms_are_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واندلعت اشتباكات مع الإرهابيين في محيط بلدة الكرمة أمس.",
            ("clash", "Al-Karma (Anbar)"),
            id="terrorists-fought",
        ),
        pytest.param(
            "وخاضت القوات معارك ضد الإرهاب في حي الضباط بالموصل أمس.",
            ("clash", "Mosul"),
            id="dated-fight-against-terrorism",
        ),
        pytest.param(
            "وانسحبت فصائل المعارضة من بلدة بيت جن أمس بعد الاتفاق على تسوية أوضاع المقاتلين.",
            ("withdrawal", "Beit Jinn"),
            id="withdrawal-before-the-deal-told",
        ),
    ],
)
def test_s13_still_an_event(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


# ---- session 13 (helper hA): the unnamed sides of the rebels' war and the forces facing protesters
@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "هجوم على حاجز لقوات الأسد في بلدة الحراك بريف درعا الشرقي ومقتل عنصرين من الحاجز.",
            dt.date(2021, 7, 29),
            ("unknown", "syrian_regime"),
            id="attack-noun-on-a-regime-checkpoint",
        ),
        pytest.param(
            'استُهدفت نقطة عسكرية لقسد بقذيفة "آر بي جي" في بلدة البصيرة بريف دير الزور.',
            dt.date(2020, 8, 4),
            ("unknown", "sdf"),
            id="passive-attack-on-an-sdf-post",
        ),
        pytest.param(
            "تعرضت دورية لقوات الأمن لكمين مسلح على الطريق بين أريحا وجسر الشغور.",
            dt.date(2011, 9, 5),
            ("unknown", "syrian_regime"),
            id="ambush-on-a-security-patrol",
        ),
        pytest.param(
            "قتل ثلاثة عناصر من الشرطة بهجوم مسلح على مركز للشرطة في قضاء الطارمية شمالي بغداد.",
            dt.date(2013, 3, 10),
            ("unknown", "iraqi_security_forces"),
            id="armed-attack-on-an-iraqi-police-station",
        ),
        pytest.param(  # negative: a clash naming no side at all keeps none
            "دارت اشتباكات عنيفة في حي جوبر بدمشق.",
            dt.date(2013, 5, 11),
            ("", ""),
            id="neg-no-side-at-all",
        ),
    ],
)
def test_an_attack_on_a_side_by_no_one_named_is_unknowns(
    extractor: Extractor, text: str, day: dt.date, expected: tuple[str, str]
) -> None:
    """A clash told only by the side it hit is fought by an unidentified armed group: the dev
    coders code all 11 such clashes `unknown` and leave no clash's actor1 empty."""
    (event,) = only(run(extractor, text, day), "clash")
    assert (event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "تجمع مئات المتظاهرين أمام مبنى المحافظة في البصرة ورشقوا القوات الأمنية بالحجارة.",
            "iraqi_security_forces",
            id="protesters-stone-the-security-forces",
        ),
        pytest.param(
            'كما هاجم محتجون نقطة عسكرية لـ"قسد" في بلدة الطيانة وأحرقوا محتوياتها.',
            "sdf",
            id="protesters-attack-a-post-of-a-side",
        ),
        pytest.param(
            "ورشق المحتجون قوات مكافحة الشغب بالحجارة قرب جسر الأحرار في بغداد.",
            "iraqi_security_forces",
            id="protesters-stone-the-riot-police",
        ),
        pytest.param(  # negative: a building stormed is no side
            "اقتحم متظاهرون مبنى المحافظة في الناصرية وأضرموا النار فيه.",
            "",
            id="neg-a-building-stormed",
        ),
        pytest.param(  # negative: the side denounced after the protest verb
            "تظاهر المئات في مدينة الباب ضد ممارسات الفصائل وهاجموا سياسة المجالس المحلية.",
            "",
            id="neg-a-policy-attacked-in-words",
        ),
    ],
)
def test_the_side_protesters_turn_on_is_actor2(
    extractor: Extractor, text: str, actor2: str
) -> None:
    """The side the protesters stoned, attacked or stormed is the one acted upon (codebook §4),
    as the side that used force on them is."""
    (event,) = only(run(extractor, text, dt.date(2020, 8, 21)), "protest")
    assert (event.actor1, event.actor2) == ("protesters", actor2)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "ثم نصب المسلحون كميناً للأهالي الذين خرجوا لنجدتهم في قرية الرشاد أمس.",
            "attack",
            id="ambush-of-residents",
        ),
        pytest.param(
            "وقتل خمسة رعاة أغنام في كمين نصبه عناصر التنظيم في بادية السخنة أمس.",
            "attack",
            id="shepherds-killed-in-an-ambush",
        ),
        pytest.param(
            "ونصب عناصر داعش كميناً لدورية من الجيش العراقي قرب قرية الرشاد، ما أدى إلى مقتل جنديين.",
            "clash",
            id="ambush-of-a-patrol",
        ),
    ],
)
def test_s13_an_ambush_of_civilians_is_an_attack(
    extractor: Extractor, text: str, action: str
) -> None:
    assert [e.action for e in run(extractor, text)] == [action]


def test_s13_the_attack_noun_takes_the_attack_its_body_tells(extractor: Extractor) -> None:
    """A headline and a lead telling only «هجوم» merge with the ambush of residents and the
    shooting told in the body: one attack, not a clash."""
    text = (
        "حصيلة ضحايا هجوم داعش في المقدادية ترتفع إلى 11 شهيداً\n"
        "أفاد مصدر أمني، اليوم الأربعاء، بارتفاع حصيلة ضحايا الهجوم الذي شنه عناصر تنظيم داعش "
        "على قرية الرشاد التابعة لقضاء المقدادية إلى 11 شهيداً.\n"
        'وقال المصدر إن "مجموعة من عناصر داعش هاجمت مساء أمس الثلاثاء قرية الرشاد، قبل أن تنصب '
        'كميناً للأهالي الذين هبوا لنجدتهم وتفتح النار عليهم بشكل مباشر".'
    )
    events = run(extractor, text, dt.date(2021, 10, 27))
    assert [e.action for e in events if e.action in ("attack", "clash")] == ["attack"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "ووثقت المنظمة 46 هجوماً جوياً وبرياً على منشآت مدنية في إدلب.",
            "attack",
            id="documented-count-of-attacks",
        ),
        pytest.param(
            "وسجلت الشبكة 4 هجمات على مراكز حيوية في مدينة إدلب.",
            "attack",
            id="recorded-count-of-attacks",
        ),
        pytest.param(
            "وثّق التقرير، المؤلف من 167 صفحة، 46 هجوما جويا وبريا على منشآت مدنية، بينها مدارس "
            "ومستشفيات.",
            "attack",
            id="large-count-after-a-comma",
        ),
        pytest.param(
            "من بين الهجمات الموثقة: غارة على سوق في مدينة معرة النعمان.",
            "clash",
            id="documented-attacks-heading",
        ),
    ],
)
def test_s13_counts_of_attacks_are_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ووثق المرصد السوري 3 هجمات لخلايا التنظيم على مواقع قسد في ريف دير الزور اليوم.",
            ("clash", "Deir ez-Zor"),
            id="counted-attacks-of-the-day",
        ),
    ],
)
def test_s13_counted_attacks_of_the_day_stay(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "وزعمت وسائل إعلام النظام أن قوات النظام سيطرت على بلدة حزرما في الغوطة الشرقية.",
            "capture",
            id="claimed-capture",
        ),
        pytest.param(
            "وادعت وكالة سانا أن الجيش العربي السوري حرر بلدة حزرما.",
            "capture",
            id="alleged-capture",
        ),
        pytest.param(
            "وأعلن جيش الإسلام سيطرته على بلدة حزرما، في حين نفت وسائل إعلام النظام ذلك.",
            "capture",
            id="denied-by-a-named-subject",
        ),
        pytest.param(
            "وقالت مصادر إن قوات النظام سيطرت على بلدة حزرما، ونفى المكتب الإعلامي صحة هذه الأنباء.",
            "capture",
            id="reports-denied",
        ),
    ],
)
def test_s13_claims_and_denials_are_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقصفت قوات النظام بلدة كفرنبل أمس، فيما زعمت وسائل إعلامها أنها استهدفت مقرات للإرهابيين.",
            ("shelling", "Kafranbel"),
            id="shelling-told-before-a-claim",
        ),
        pytest.param(
            "ونفى المسؤول ذلك. وسيطرت القوات العراقية أمس على بلدة بيجي.",
            ("capture", "Bayji"),
            id="denial-of-the-sentence-before",
        ),
    ],
)
def test_s13_still_an_event_beside_claims(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


def test_s13_a_resolution_to_work_for_a_withdrawal_is_no_event(extractor: Extractor) -> None:
    text = "وصوت البرلمان العراقي على قرار يلزم الحكومة بالعمل على انسحاب القوات الأجنبية."
    assert not only(run(extractor, text), "withdrawal")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "ونزح آلاف المدنيين من مدينة خان شيخون هرباً من المعارك.",
            "clash",
            id="fled-the-fighting",
        ),
        pytest.param(
            "وفر آلاف المدنيين من ريف حماة الشمالي هرباً من القصف والمعارك الدائرة.",
            "clash",
            id="fled-the-shelling-and-fighting",
        ),
        pytest.param(
            "وتخوض فصائل المعارضة معارك على عدة جبهات في ريف حلب وإدلب وحماة.",
            "clash",
            id="fights-on-many-fronts",
        ),
    ],
)
def test_s13_fights_named_in_passing_are_no_event(
    extractor: Extractor, text: str, action: str
) -> None:
    assert not only(run(extractor, text), action)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقتل 12 عنصراً من قوات النظام في معارك على عدة محاور في ريف حماة أمس.",
            ("clash", "Hamah"),
            id="dated-fights-on-several-axes",
        ),
        pytest.param(
            "واندلعت اشتباكات عنيفة بين قوات النظام والفصائل في بلدة كفرنبودة، ونزح الأهالي هرباً "
            "من المعارك.",
            ("clash", "Kafr Nabudah"),
            id="fight-told-before-the-flight",
        ),
    ],
)
def test_s13_still_a_fight(extractor: Extractor, text: str, expected: tuple) -> None:
    assert expected in [(e.action, e.location) for e in run(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وأطلق عناصر الجندرمة التركية النار على لاجئين سوريين حاولوا عبور الحدود قرب بلدة "
            "خربة الجوز، ما أدى إلى مقتل اثنين منهم.",
            id="fire-opened-on-refugees",
        ),
        pytest.param(
            "وقتل لاجئان سوريان برصاص الجندرمة التركية أثناء محاولتهما عبور الحدود قرب بلدة دركوش.",
            id="refugees-killed-by-gunfire",
        ),
    ],
)
def test_s13_refugees_shot_are_civilians_attacked(extractor: Extractor, text: str) -> None:
    (event,) = only(run(extractor, text), "attack")
    assert (event.actor1, event.actor2) == ("turkey", "civilians")


def test_s13_sons_of_the_village_killed_make_the_attack_on_civilians(extractor: Extractor) -> None:
    text = "وهاجم مسلحون مجهولون قرية الكرامة مساء أمس وقتلوا أربعة من أبنائها."
    (event,) = only(run(extractor, text, dt.date(2020, 2, 10)), "attack")
    assert event.actor2 == "civilians"


def test_s13_a_follow_up_repeating_the_count_adds_no_dead(extractor: Extractor) -> None:
    """Shafaq style: the lead counts the dead, a later sentence with no event of its own tells the
    same count as the attack's result: the same two soldiers, not four."""
    text = (
        "أفاد مصدر أمني في محافظة ديالى، يوم الاثنين، بمقتل جنديين وإصابة ثالث بهجوم شنه عناصر "
        "داعش على نقطة للجيش العراقي في قرية الميتة شمال شرقي بعقوبة.\n"
        "وقال المصدر إن عناصر التنظيم استهدفوا النقطة بالأسلحة القناصة والمتوسطة، ما أسفر عن مقتل "
        "جنديين وإصابة ثالث."
    )
    (event,) = only(run(extractor, text, dt.date(2021, 5, 10)), "clash")
    assert (event.fatalities, event.injured) == (2, 1)


def test_s13_a_follow_up_with_other_dead_still_adds(extractor: Extractor) -> None:
    text = (
        "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل صباح اليوم.\n"
        "كما قتل ثلاثة مدنيين آخرين في البلدة."
    )
    (event,) = only(run(extractor, text, dt.date(2016, 5, 10)), "shelling")
    assert event.fatalities == 6


def test_a_crowd_dispersed_by_a_pronoun_is_the_protest_told_before(extractor: Extractor) -> None:
    """«…في بلدة الصور، وأطلق عناصر من قسد النار لتفريقهم، كما تظاهر آخرون في البصيرة»: the
    crowd dispersed is the one told before, not the next clause's."""
    text = (
        "قطع محتجون الطرق في بلدة الصور، وأطلق عناصر من قسد النار في الهواء لتفريقهم، ما أدى"
        " لإصابة شخصين، كما تظاهر آخرون في بلدة البصيرة."
    )
    events = only(run(extractor, text, dt.date(2020, 8, 4)), "protest")
    got = sorted((e.location, e.actor2, e.injured) for e in events)
    assert got == [("Al Busayrah", "", None), ("As Suwar town", "sdf", 2)], got


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "سيطر مسلحون على مخفر الشرطة في بلدة الأتارب بريف حلب الغربي.",
            dt.date(2012, 9, 12),
            {("capture", "syrian_opposition", "syrian_regime")},
            id="gunmen-take-a-police-station-2012",
        ),
        pytest.param(
            "هاجم مسلحون حاجزاً للقوات النظامية في بلدة المليحة وسيطروا عليه.",
            dt.date(2013, 5, 10),
            {
                ("clash", "syrian_opposition", "syrian_regime"),
                ("capture", "syrian_opposition", "syrian_regime"),
            },
            id="gunmen-attack-and-take-a-checkpoint",
        ),
        pytest.param(
            "اشتبك مقاتلون مع قوات النظام على أطراف بلدة كفرنبودة بريف حماة.",
            dt.date(2015, 9, 20),
            {("clash", "syrian_opposition", "syrian_regime")},
            id="fighters-clash-with-the-regime",
        ),
        pytest.param(  # negative: men the outlet says it cannot name
            "هاجم مسلحون مجهولون حاجزاً لقوات النظام في بلدة الصنمين بريف درعا.",
            dt.date(2019, 5, 20),
            {("clash", "unknown", "syrian_regime")},
            id="neg-unidentified-gunmen",
        ),
        pytest.param(  # negative: 2011, SANA's gunmen are kept unidentified
            "أطلق مسلحون النار على دورية للشرطة في حي بابا عمرو بحمص مساء الأحد.",
            dt.date(2011, 6, 7),
            {("clash", "unknown", "syrian_regime")},
            id="neg-2011",
        ),
        pytest.param(  # negative: the desert front was ISIS's
            "سيطر مسلحون على حاجز لقوات النظام قرب مدينة تدمر في ريف حمص الشرقي.",
            dt.date(2016, 5, 20),
            {("capture", "unknown", "syrian_regime")},
            id="neg-the-badia",
        ),
        pytest.param(  # negative: an article naming ISIS is another war
            "سيطر مسلحون على حاجز لقوات النظام في بلدة حريتان، بعد يوم من هجوم لتنظيم داعش على"
            " قرية قريبة.",
            dt.date(2016, 5, 20),
            {("capture", "unknown", "syrian_regime")},
            id="neg-isis-named",
        ),
    ],
)
def test_indefinite_fighters_against_the_regime_are_the_rebels(
    extractor: Extractor, text: str, day: dt.date, expected: set
) -> None:
    """From 2012, armed men with no name (مسلحون، مقاتلون، مجموعات مسلحة) taking or attacking
    the regime's positions on a front of the rebels' war are the rebels."""
    got = {(e.action, e.actor1, e.actor2) for e in run(extractor, text, day)}
    assert expected <= got, got


@pytest.mark.parametrize(
    ("paragraphs", "day", "expected"),
    [
        pytest.param(
            [
                "هاجم مسلحون بلدة خطاب في ريف حماة الشمالي واندلعت اشتباكات عنيفة في محيطها.",
                "وقصفت قوات النظام البلدة بالمدفعية.",
            ],
            dt.date(2013, 3, 20),
            {("clash", "syrian_opposition", "syrian_regime")},
            id="gunmen-attack-a-town-the-regime-then-shells",
        ),
        pytest.param(
            [
                "قال ناشطون إن مقاتلين سيطروا على بلدة العيس في ريف حلب الجنوبي.",
                "وردت قوات النظام بقصف البلدة براجمات الصواريخ.",
            ],
            dt.date(2013, 3, 20),
            {("capture", "syrian_opposition", "syrian_regime")},
            id="fighters-take-a-town-the-regime-then-shells",
        ),
        pytest.param(  # negative: the other side is the YPG, another war
            [
                "سيطر مسلحون على قرية تل براك بريف الحسكة بعد اشتباكات مع وحدات حماية الشعب.",
                "وقصفت قوات النظام مواقع في مدينة الحسكة.",
            ],
            dt.date(2015, 3, 20),
            {("capture", "unknown", "ypg")},
            id="neg-gunmen-fighting-the-ypg",
        ),
    ],
)
def test_indefinite_fighters_in_an_article_of_the_rebels_war(
    extractor: Extractor, paragraphs: list, day: dt.date, expected: set
) -> None:
    """With no loser told, indefinite armed men are the rebels only when the article's war is
    the regime's (the regime is a side of it); alone they stay unidentified."""
    got = {(e.action, e.actor1, e.actor2) for e in run(extractor, "\n".join(paragraphs), day)}
    assert expected <= got, got


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        pytest.param(
            "سيطر مقاتلون من الفصائل على حاجز في بلدة الأتارب بريف حلب الغربي.",
            "capture",
            ("syrian_opposition", "syrian_regime"),
            id="fighters-of-the-factions-take",
        ),
        pytest.param(
            "قتل ثلاثة مقاتلين من الفصائل بقصف لقوات النظام على بلدة اللطامنة.",
            "shelling",
            ("syrian_regime", "syrian_opposition"),
            id="fighters-of-the-factions-killed",
        ),
        pytest.param(
            "سيطر مقاتلون من الحشد على قرية البشير جنوب كركوك.",
            "capture",
            ("pmf", ""),
            id="fighters-of-the-mobilisation",
        ),
    ],
)
def test_members_of_a_group_word_are_that_group(
    extractor: Extractor, text: str, action: str, expected: tuple[str, str]
) -> None:
    """«مقاتلون من الفصائل»: members «of» a group word are that group, as «من» + a name is."""
    (event,) = only(run(extractor, text, dt.date(2016, 2, 14)), action)
    assert (event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "سيطرت قوات النظام على بلدة سلمى في جبل الأكراد بريف اللاذقية.",
            ("capture", "syrian_regime", ""),
            id="jabal-al-akrad-is-a-place",
        ),
        pytest.param(  # negative: the Kurds as a side still are one
            "اندلعت اشتباكات بين الأكراد وفصائل المعارضة في حي الشيخ مقصود بحلب.",
            ("clash", "ypg", "syrian_opposition"),
            id="neg-the-kurds-as-a-side",
        ),
    ],
)
def test_a_sides_word_inside_a_place_name_is_the_place(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """«جبل الأكراد» (Latakia) names a mountain, not the Kurds: no YPG loser."""
    (event,) = run(extractor, text, dt.date(2016, 1, 10))
    assert (event.action, event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "day", "actor2"),
    [
        pytest.param(
            "خرجت مظاهرة في بلدة كفرنبل بريف إدلب، وقامت قوات الأمن والشبيحة بملاحقة المتظاهرين"
            " واعتقال عدد منهم.",
            dt.date(2012, 2, 3),
            "syrian_regime",
            id="forces-chasing-the-protesters",
        ),
        pytest.param(
            "حاصرت قوات الأمن والشبيحة المتظاهرين في جامع الرفاعي بحي كفرسوسة في دمشق.",
            dt.date(2011, 6, 3),
            "syrian_regime",
            id="forces-besieging-the-protesters",
        ),
        pytest.param(
            "حاصرت القوات الأمنية المعتصمين في ساحة الحبوبي بالناصرية.",
            dt.date(2019, 11, 3),
            "iraqi_security_forces",
            id="forces-besieging-a-sit-in",
        ),
    ],
)
def test_protesters_chased_or_besieged_face_the_force(
    extractor: Extractor, text: str, day: dt.date, actor2: str
) -> None:
    """Chasing or besieging protesters (ملاحقة، مطاردة، محاصرة، حاصرت) is force used on them,
    as dispersing them is: a protest met with force, the force its actor2."""
    (event,) = only(run(extractor, text, day), "protest")
    assert (event.actor1, event.actor2) == ("protesters", actor2)


def test_a_town_besieged_is_no_protest(extractor: Extractor) -> None:
    """A siege of a town whose protesters are named far after the verb tells no protest."""
    text = "حاصرت قوات النظام بلدة مضايا في ريف دمشق منذ أشهر ومنعت دخول المساعدات إلى المحتجين."
    assert not only(run(extractor, text, dt.date(2015, 11, 3)), "protest")


# ------------------------------------------------------------------ session 13 (hB): failed assaults


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أفشلت الفصائل محاولة قوات النظام التقدم على محور كبانة.",
            ("syrian_opposition", "syrian_regime", None),
            id="foiled-attempt-with-its-side-between",
        ),
        pytest.param(
            "وأوقعت الفصائل قتلى في صفوف قوات النظام خلال محاولتها التقدم نحو كفرنبودة.",
            ("syrian_opposition", "syrian_regime", None),
            id="dead-inflicted-during-its-attempt",
        ),
        pytest.param(
            "وحاولت قوات النظام اقتحام بلدة كفرنبودة، إلا أنها فشلت بعد مقتل عشرة من عناصرها.",
            ("syrian_regime", None, 10),
            id="tried-to-storm-but-failed",
        ),
        pytest.param(
            "وقتل عشرة عناصر من قوات النظام، خلال محاولتهم التقدم نحو كفرنبودة بريف حماة.",
            (None, "syrian_regime", 10),
            id="killed-during-their-attempt",
        ),
        pytest.param(
            "ولقي 12 عنصراً من قوات النظام مصرعهم أثناء محاولتهم التسلل إلى محور كبانة.",
            (None, "syrian_regime", 12),
            id="met-their-death-infiltrating",
        ),
        pytest.param(
            "قتل ثلاثة عناصر من قسد خلال محاولة خلايا داعش التسلل إلى نقطة عسكرية في ريف دير "
            "الزور الشرقي.",
            ("isis", "sdf", 3),
            id="defenders-killed-during-the-others-attempt",
        ),
        pytest.param(
            "وقتل عشرة عناصر من قوات النظام في محاولة تقدم فاشلة نحو كفرنبودة.",
            (None, "syrian_regime", 10),
            id="a-failed-advance",
        ),
        pytest.param(
            "ومنيت قوات النظام بخسائر فادحة في محاولتها اقتحام بلدة كفرنبودة.",
            ("syrian_regime", None, None),
            id="heavy-losses-in-its-attempt",
        ),
        pytest.param(
            "وأخفقت قوات النظام في اقتحام بلدة كفرنبودة بعد معارك استمرت ساعات.",
            ("syrian_regime", None, None),
            id="failed-to-storm",
        ),
    ],
)
def test_s13_a_failed_assault_is_a_clash(extractor: Extractor, text: str, expected: tuple) -> None:
    (event,) = run(extractor, text)
    assert event.action == "clash"
    a1, a2, dead = expected
    if a1:
        assert event.actor1 == a1
    if a2:
        assert event.actor2 == a2
    if dead is not None:
        assert event.fatalities == dead


def test_s13_a_failed_assault_in_an_article_has_both_sides(extractor: Extractor) -> None:
    text = (
        "قال المرصد السوري لحقوق الإنسان إن معارك عنيفة دارت أمس بين قوات النظام والفصائل في "
        "ريف حماة الشمالي.\n\nوحاولت قوات النظام اقتحام بلدة كفرنبودة، إلا أنها فشلت بعد مقتل "
        "عشرة من عناصرها."
    )
    events = run(extractor, text)
    assert not only(events, "capture")
    assert ("syrian_regime", "syrian_opposition", 10) in [
        (e.actor1, e.actor2, e.fatalities) for e in only(events, "clash")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتسعى قوات النظام للتقدم نحو بلدة كفرنبودة.", id="seeks-to-advance"),
        pytest.param(
            "وتحاول قوات النظام منذ أشهر التقدم نحو بلدة كفرنبودة دون أن تتمكن من ذلك.",
            id="has-tried-for-months",
        ),
        pytest.param(
            "قالت مصادر إن قوات النظام ستحاول اقتحام حي جوبر لكنها ستفشل.", id="will-try-and-fail"
        ),
        pytest.param(
            "وقتل خمسة مدنيين خلال محاولتهم الفرار من مدينة الرقة.", id="civilians-fleeing"
        ),
        pytest.param(
            "وقتل ثلاثة مهربين خلال محاولتهم التسلل عبر الحدود التركية برصاص الجندرما.",
            id="smugglers-crossing",
        ),
        pytest.param(
            "وأحبطت قوات حرس الحدود محاولة مهربين التسلل عبر الحدود.", id="smugglers-foiled"
        ),
        pytest.param(
            "وأحبطت قوات الأمن محاولة تفجير سيارة مفخخة في مدينة الرقة.", id="bombing-foiled"
        ),
        pytest.param(
            "وأفشلت روسيا محاولة فرنسا التقدم بمشروع قرار في مجلس الأمن.", id="a-draft-put-forward"
        ),
        pytest.param("وأفشلت الحكومة محاولة المعارضة التقدم في المفاوضات.", id="progress-in-talks"),
        pytest.param("وفشلت المفاوضات في التقدم نحو حل سياسي.", id="talks-failed-to-progress"),
        pytest.param(
            "وكانت قوات النظام قد حاولت مرات عدة اقتحام بلدة كبانة خلال السنوات الماضية إلا أنها "
            "فشلت.",
            id="tried-many-times-over-the-years",
        ),
    ],
)
def test_s13_plans_flights_and_smuggling_are_no_clash(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text), "clash")
    assert not only(run(extractor, text), "capture")


# ---- session 13 (helper hC): the sides of the Syrian opposition's own groups


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "سيطرت كتائب معارضة بينها جبهة النصرة وأحرار الشام على مدينة الرقة.",
            dt.date(2013, 3, 5),
            ("capture", "syrian_opposition", "nusra"),
            id="bainaha",
        ),
        pytest.param(
            "سيطرت فصائل معارضة من بينها جبهة النصرة على مدينة إدلب بعد معارك مع قوات النظام.",
            dt.date(2015, 4, 1),
            ("capture", "syrian_opposition", "nusra"),
            id="min-bainaha",
        ),
        pytest.param(
            "هاجمت فصائل المعارضة وأبرزها حركة أحرار الشام مواقع قوات النظام في ريف حماة.",
            dt.date(2015, 5, 20),
            ("clash", "syrian_opposition", "ahrar_al_sham"),
            id="abrazuha",
        ),
        pytest.param(
            "شنت فصائل المعارضة وفي مقدمتها جيش الإسلام هجوماً على مواقع قوات النظام في حرستا.",
            dt.date(2017, 3, 20),
            ("clash", "syrian_opposition", "jaysh_al_islam"),
            id="fi-muqaddimatiha",
        ),
    ],
)
def test_a_group_named_among_a_side_is_its_partner(
    extractor: Extractor, text: str, day: dt.date, expected: tuple
) -> None:
    """A group named after «بينها، من بينها، أبرزها، في مقدمتها» is one of the side before it: a
    partner, never the side it fights."""
    action, actor1, partner = expected
    (event,) = only(run(extractor, text, day), action)
    assert event.actor1 == actor1
    assert event.actor2 != partner
    assert partner in event.assoc_actor1.split(";"), event


def test_a_fight_of_hit_and_run_keeps_its_sides(extractor: Extractor) -> None:
    """«معارك كر وفر بين X وY» is a kind of fight: its فر is no flight cutting the sides off."""
    for text in (
        "دارت معارك كر وفر بين قوات النظام والفصائل في ريف اللاذقية.",
        "وتشهد جبهات ريف حماة معارك كر وفر بين قوات النظام وفصائل المعارضة.",
    ):
        (event,) = only(run(extractor, text, dt.date(2014, 3, 1)), "clash")
        assert {event.actor1, event.actor2} == {"syrian_regime", "syrian_opposition"}, text


@pytest.mark.parametrize(
    "text",
    [
        "اغتال مسلحون مجهولون قيادياً في فصيل معارض في ريف درعا.",
        "قتل عنصر في فصيل معارض برصاص مجهولين في مدينة الباب.",
        "اغتال مجهولون قيادياً في فصيل مسلح معارض بمدينة جاسم.",
    ],
)
def test_a_member_of_an_opposition_faction_killed_is_the_opposition(
    extractor: Extractor, text: str
) -> None:
    """A commander or member «في/من فصيل معارض» is the opposition, not a civilian."""
    (event,) = only(run(extractor, text, dt.date(2019, 3, 1)), "attack")
    assert event.actor2 == "syrian_opposition"


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "أعلنت كتيبة شهداء جبل الزاوية سيطرتها على حاجز لقوات النظام في ريف إدلب.",
            dt.date(2012, 7, 10),
            ("capture", "syrian_opposition", "syrian_regime"),
            id="katiba-shuhada",
        ),
        pytest.param(
            "أعلنت ألوية أحفاد الرسول سيطرتها على قرية في ريف حماة.",
            dt.date(2014, 2, 2),
            ("capture", "syrian_opposition", "syrian_regime"),
            id="alwiya-ahfad",
        ),
        pytest.param(
            "استهدف الطيران الحربي التابع للنظام مقراً لكتيبة الفاروق في حمص.",
            dt.date(2013, 6, 1),
            ("airstrike", "syrian_regime", "syrian_opposition"),
            id="katiba-as-target",
        ),
        pytest.param(
            "اشتبك تجمع أنصار الإسلام مع قوات النظام في ريف دمشق.",
            dt.date(2013, 6, 1),
            ("clash", "syrian_opposition", "syrian_regime"),
            id="tajammu-ansar-al-islam-is-syrian",
        ),
        pytest.param(
            "سيطرت كتائب الفاروق على حاجز لقوات النظام في حمص.",
            dt.date(2013, 5, 1),
            ("capture", "syrian_opposition", "syrian_regime"),
            id="kataib-al-faruq",
        ),
        pytest.param(  # the name ends where the object begins
            "قصفت سرايا أهل الشام مواقع قوات النظام في القلمون.",
            dt.date(2015, 5, 1),
            ("shelling", "syrian_opposition", "syrian_regime"),
            id="saraya-then-object",
        ),
    ],
)
def test_an_unlisted_rebel_brigade_is_the_opposition(
    extractor: Extractor, text: str, day: dt.date, expected: tuple
) -> None:
    """A brigade the lexicon lacks (كتيبة، كتائب، لواء، ألوية، سرايا and a rebel name's opening
    word) in Syria 2012–2016 is the armed opposition."""
    action, actor1, actor2 = expected
    (event,) = only(run(extractor, text, day), action)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "قصفت كتيبة الدفاع الجوي مواقع المسلحين في ريف دمشق.", dt.date(2013, 1, 15), id="air"
        ),
        pytest.param(
            "اشتبك لواء ذو الفقار مع مقاتلي المعارضة في ريف دمشق.", dt.date(2013, 8, 1), id="zf"
        ),
        pytest.param(
            "قصفت قوات النظام تجمع عناصر في حي جوبر بالهاون.", dt.date(2014, 1, 1), id="gathering"
        ),
        pytest.param(  # a general's rank
            "قتل ضابط برتبة لواء عمر في اشتباكات مع المسلحين في ريف دمشق، بحسب إعلام النظام.",
            dt.date(2013, 5, 1),
            id="rank",
        ),
        pytest.param(  # Iraq: no rebels' war
            "سيطرت فصائل الحشد ولواء أنصار المرجعية على قرية في محافظة صلاح الدين.",
            dt.date(2016, 6, 1),
            id="iraq",
        ),
    ],
)
def test_regime_units_and_other_wars_brigades_are_no_rebels(
    extractor: Extractor, text: str, day: dt.date
) -> None:
    """Regime units, the regime's militias, a gathering (تجمع عناصر) and Iraq's brigades stay."""
    events = run(extractor, text, day)
    assert events
    assert all("syrian_opposition" != e.actor1 for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وأحبطت قوات الأمن محاولة مجموعة إرهابية تفجير سيارة مفخخة في مدينة الرقة.",
            id="a-group-between-attempt-and-bombing",
        ),
        pytest.param(
            "وأحبطت القوات الأمنية محاولة انتحاري تفجير نفسه وسط سوق في بغداد.",
            id="a-suicide-bomber-between",
        ),
        pytest.param(
            "وأحبطت القوات الأمنية مخطط داعش لتفجير سيارات مفخخة في بغداد.", id="a-plot-of-isis"
        ),
    ],
)
def test_s13_a_foiled_bombing_with_its_author_is_no_event(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text)


# ------------------------------------------------------------------ session 14 (helper hJ)
# captures, withdrawals and bombings that are no event: prisoners and communities who flee,
# a withdrawal demanded by a deadline, an obligation or as a deal's condition, a hoped-for
# capture, a bomb blown up by the engineers themselves, protesters who take a bridge

S14 = dt.date(2019, 10, 7)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "تمكن مئات السجناء من الفرار من سجن أبو غريب غربي بغداد بعد هجوم مسلح على السجن.",
            id="prisoners-escape-abu-ghraib",
        ),
        pytest.param(
            "أعلنت وزارة العدل العراقية هروب عدد من السجناء من سجن التاجي شمالي بغداد.",
            id="ministry-told-prisoners-escaped",
        ),
        pytest.param(
            "وأسفر الهجوم عن فرار أكثر من 500 سجين معظمهم من قادة تنظيم القاعدة.",
            id="attack-led-to-prisoners-fleeing",
        ),
        pytest.param(
            "وفر عشرات المعتقلين من سجن غويران في مدينة الحسكة خلال الفوضى.",
            id="detainees-flee-ghwayran",
        ),
        pytest.param(
            "وأضاف أن قوات الأمن تمكنت من السيطرة على الوضع في سجن التاجي، فيما تمكن نحو 500 سجين"
            " من الهروب من سجن أبو غريب.",
            id="prisoners-escape-in-a-clause-naming-the-forces",
        ),
        pytest.param(
            "وتمكن عشرات المعتقلين من الفرار بمساعدة عناصر التنظيم الذين هاجموا السجن.",
            id="detainees-escape-helped-by-isis",
        ),
        pytest.param(
            "فر آلاف الإيزيديين من سنجار باتجاه جبل سنجار.",
            id="yazidis-flee-sinjar",
        ),
        pytest.param(
            "وفرّ مئات المسيحيين من بلدة قرقوش باتجاه أربيل.",
            id="christians-flee-qaraqosh",
        ),
        pytest.param(
            "وغادرت قافلة تقل مئات المدنيين مدينة حرستا.",
            id="s15-hJ3-a-convoy-of-civilians-leaves",
        ),
        pytest.param(
            "مسلحو الدولة الإسلامية يسيطرون على الموصل وفرار مئات الآلاف من السكان",
            id="s16-hE5-residents-counted-after-the-flight-noun",
        ),
        pytest.param(
            "سيطر مسلحو داعش على مدينة تلعفر، ما أدى إلى فرار نحو 200 ألف شخص من المدينة.",
            id="s16-hE5-persons-counted-after-the-flight-noun-beside-a-capture",
        ),
        pytest.param(
            "وغادرت قافلة تقل مقاتلين من الحشد الشعبي مدينة البصرة متوجهين إلى جبهات القتال في"
            " الموصل.",
            id="s15-hJ3-a-convoy-of-fighters-sets-off-to-the-front",
        ),
    ],
)
def test_s14_prisoners_and_communities_who_flee_make_no_withdrawal(
    extractor: Extractor, text: str
) -> None:
    assert not only(run(extractor, text, S14), "withdrawal")


@pytest.mark.parametrize(
    "text,actor1",
    [
        pytest.param(
            "وفر عناصر التنظيم من سجن بادوش باتجاه الصحراء بعد تقدم القوات العراقية.",
            "isis",
            id="isis-fighters-flee-a-prison",
        ),
        pytest.param(
            "وفر مئات السجناء من سجن بادوش بعد انسحاب قوات الجيش العراقي من محيط السجن.",
            "iraqi_army",
            id="the-guards-withdraw-while-prisoners-flee",
        ),
        pytest.param(
            "وفر عناصر قوات النظام من مطار الطبقة العسكري باتجاه بلدة أثريا.",
            "syrian_regime",
            id="regime-fled-an-airbase",
        ),
        pytest.param(
            "وخرج نحو 300 مقاتل من حي الوعر في حمص باتجاه جرابلس.",
            "syrian_opposition",
            id="s15-hJ3-counted-fighters-of-no-side-leave-a-syrian-town",
        ),
        pytest.param(
            "وخرج نحو 300 مقاتل من مدينة الفلوجة باتجاه الصحراء.",
            "",
            id="s15-hJ3-neg-counted-fighters-leave-an-iraqi-town",
        ),
        pytest.param(
            "وغادرت قافلة تقل مئات المقاتلين مدينة حرستا في الغوطة الشرقية.",
            "syrian_opposition",
            id="s15-hJ3-a-convoy-carrying-fighters-leaves",
        ),
        pytest.param(
            "وخرجت الحافلات التي تقل مقاتلي المعارضة من داريا باتجاه إدلب.",
            "syrian_opposition",
            id="s15-hJ3-buses-carrying-named-fighters-leave",
        ),
        pytest.param(
            "وغادرت الحافلات التي تقل مسلحي داعش وعائلاتهم منطقة القلمون الغربي باتجاه البوكمال.",
            "isis",
            id="s15-hJ3-buses-carrying-isis-leave-qalamoun",
        ),
        pytest.param(
            "انهارت دفاعات الجيش العراقي في الموصل وانسحبت قطعاته منها.",
            "iraqi_army",
            id="s15-hJ3-its-units-withdraw",
        ),
        pytest.param(
            "انهارت دفاعات الجيش العراقي في الموصل، وانسحبت قواته باتجاه أربيل.",
            "iraqi_army",
            id="s15-hJ3-its-forces-withdraw-after-a-comma",
        ),
        pytest.param(
            "انهارت خطوط وحدات حماية الشعب في عفرين وانسحب مقاتلوها من المدينة.",
            "ypg",
            id="s15-hJ3-its-fighters-withdraw",
        ),
    ],
)
def test_s14_an_armed_side_that_flees_still_withdraws(
    extractor: Extractor, text: str, actor1: str
) -> None:
    assert [e.actor1 for e in only(run(extractor, text, S14), "withdrawal")] == [actor1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "أمهل الرئيس التركي رجب طيب أردوغان قوات النظام حتى نهاية شهر شباط للانسحاب إلى ما"
            " وراء نقاط المراقبة التركية.",
            id="deadline-with-a-long-term",
        ),
        pytest.param(
            "وأمهلت الفصائل عناصر التنظيم المحاصرين في البلدة ثلاثة أيام للخروج منها.",
            id="deadline-to-leave",
        ),
        pytest.param(
            "وقال أردوغان إن على قوات النظام الانسحاب من المناطق التي تقدمت إليها في ريف إدلب.",
            id="obligation-inna-ala",
        ),
        pytest.param(
            "وأكد وزير الخارجية أنه يتعين على القوات الأجنبية الانسحاب من الأراضي السورية.",
            id="obligation-yataayyan",
        ),
        pytest.param(
            "واعتبرت أنقرة أن انسحاب قوات النظام من محيط سراقب شرط لوقف إطلاق النار.",
            id="withdrawal-as-a-condition",
        ),
        pytest.param(
            "وعرضت روسيا وقف القصف مقابل انسحاب الفصائل من الطريق الدولي.",
            id="withdrawal-in-exchange",
        ),
        pytest.param(
            "تأمل الفصائل في السيطرة على مدينة حماة خلال الأيام المقبلة.",
            id="capture-hoped-for",
        ),
        pytest.param(
            "ويطمح النظام إلى استعادة السيطرة على كامل محافظة إدلب.",
            id="capture-aspired-to",
        ),
    ],
)
def test_s14_a_withdrawal_or_capture_demanded_or_hoped_for_is_no_event(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text, dt.date(2020, 2, 6))
    assert not [e for e in events if e.action in ("withdrawal", "capture")], events


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "انسحبت فصائل المعارضة من مدينة سراقب مساء أمس بعد معارك عنيفة مع قوات النظام.",
            "withdrawal",
            id="a-told-withdrawal",
        ),
        pytest.param(
            "سيطرت قوات النظام على مدينة سراقب بعد انسحاب فصائل المعارضة منها أمس.",
            "withdrawal",
            id="the-other-side-of-a-capture",
        ),
        pytest.param(
            "وبعد انتهاء المهلة انسحبت الفصائل من البلدة باتجاه الشمال أمس.",
            "withdrawal",
            id="withdrawal-after-the-deadline",
        ),
        pytest.param(
            "وبعد أن انتهت المهلة المحددة انسحب مقاتلو التنظيم من البلدة أمس.",
            "withdrawal",
            id="withdrawal-when-the-deadline-ran-out",
        ),
        pytest.param(
            "في المقابل، انسحبت قوات النظام من بلدة النيرب أمس.",
            "withdrawal",
            id="fil-muqabil-is-no-exchange",
        ),
    ],
)
def test_s14_still_a_withdrawal(extractor: Extractor, text: str, action: str) -> None:
    assert only(run(extractor, text, dt.date(2020, 2, 6)), action)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "فجرت القوات الأمنية عبوة ناسفة تحت السيطرة في قضاء المقدادية.",
            id="ied-detonated-under-control",
        ),
        pytest.param(
            "أعلنت وزارة الداخلية تفجير كدس للعتاد تحت السيطرة في منطقة النهروان.",
            id="ammunition-blown-up-under-control",
        ),
        pytest.param(
            "فجرت مفارز الهندسة ثلاث عبوات ناسفة بشكل مسيطر عليه في قضاء الطارمية.",
            id="blown-up-in-a-controlled-way",
        ),
        pytest.param(
            "رفعت فرق الهندسة أكثر من 200 عبوة ناسفة من أحياء الرمادي.",
            id="engineers-removed-ieds",
        ),
    ],
)
def test_s14_a_controlled_detonation_or_a_removed_bomb_is_no_bombing(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text, S14)
    assert not [e for e in events if e.action in ("bombing", "capture")], events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "انفجرت عبوة ناسفة في سوق شعبي بقضاء المقدادية ما أدى إلى مقتل ثلاثة مدنيين، وفرضت"
            " القوات الأمنية طوقاً على المنطقة التي باتت تحت السيطرة.",
            id="a-blast-then-the-area-under-control",
        ),
        pytest.param(
            "فجر انتحاري نفسه وسط تجمع للمدنيين في المقدادية، وقالت الشرطة إن الوضع تحت السيطرة.",
            id="a-suicide-blast-then-the-situation-under-control",
        ),
    ],
)
def test_s14_a_blast_before_things_under_control_stays(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text, S14), "bombing")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("سيطر المحتجون على جسر الأحرار وسط بغداد.", id="protesters-take-a-bridge"),
        pytest.param(
            "وتمكن المتظاهرون من السيطرة على جسر السنك بعد مواجهات مع قوات الأمن.",
            id="protesters-managed-to-take",
        ),
        pytest.param(
            "وسيطر متظاهرون غاضبون على مبنى المحافظة في الناصرية.",
            id="protesters-take-the-governorate-building",
        ),
    ],
)
def test_s14_protesters_who_take_a_place_protest(extractor: Extractor, text: str) -> None:
    events = run(extractor, text, S14)
    assert not only(events, "capture"), events
    assert only(events, "protest")


def test_s14_a_capture_after_protesters_are_named_stays_a_capture(extractor: Extractor) -> None:
    events = run(
        extractor,
        "خرج المتظاهرون في مدينة إدلب بعد أن سيطر مقاتلو الجيش الحر على المدينة.",
        dt.date(2012, 3, 5),
    )
    assert only(events, "capture"), events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وبعد مرور ست سنوات على سيطرة داعش على سنجار ما زالت آلاف العائلات نازحة.",
            id="six-years-after-the-capture",
        ),
        pytest.param(
            "وبعد عامين من تحرير الموصل ما زالت أحياء المدينة القديمة مدمرة.",
            id="two-years-after-the-liberation",
        ),
        pytest.param(
            "ودخلت قوات الحشد الشعبي سنجار في تشرين الأول 2017 بعد انسحاب البيشمركة منها.",
            id="an-old-entry-and-the-withdrawal-before-it",
        ),
    ],
)
def test_s14_a_capture_or_withdrawal_of_years_ago_is_no_event(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text, dt.date(2020, 10, 10))
    assert not [e for e in events if e.action in ("withdrawal", "capture")], events


@pytest.mark.parametrize(
    "text,actions",
    [
        pytest.param(
            "ودخلت القوات العراقية كركوك أمس بعد انسحاب البيشمركة منها.",
            ["capture", "withdrawal"],
            id="a-recent-entry-and-its-withdrawal",
        ),
        pytest.param(
            "وبعد مرور ثلاثة أيام على انسحاب الفصائل من البلدة، دخلتها قوات النظام اليوم.",
            ["capture", "withdrawal"],
            id="three-days-after-is-recent",
        ),
    ],
)
def test_s14_a_recent_capture_and_its_withdrawal_stay(
    extractor: Extractor, text: str, actions: list
) -> None:
    events = run(extractor, text, dt.date(2020, 10, 10))
    assert sorted({e.action for e in events}) == actions, events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وباتت قوات النظام على وشك السيطرة على بلدة سلمى في ريف اللاذقية.", id="on-the-verge"
        ),
        pytest.param(
            "وباتت قوات النظام قاب قوسين أو أدنى من السيطرة على مدينة حلب.", id="two-bows-length"
        ),
        pytest.param(
            "وتقترب القوات العراقية من استعادة السيطرة على مركز قضاء الشرقاط.",
            id="drawing-close-to-retaking",
        ),
        pytest.param(
            "وتداولت صفحات موالية أنباء عن سيطرة قوات النظام على بلدة كفرنبودة، دون تأكيد رسمي.",
            id="news-passed-around",
        ),
        pytest.param(
            "وتحدثت شائعات عن انسحاب الفصائل من مدينة خان شيخون.", id="rumours-of-a-withdrawal"
        ),
        pytest.param(
            "ومن شأن السيطرة على البلدة أن تفتح الطريق أمام قوات النظام نحو مدينة إدلب.",
            id="what-a-capture-would-bring",
        ),
        pytest.param(
            "وتكمن أهمية بلدة سلمى في أن السيطرة عليها تتيح للنظام الإشراف على ريف إدلب.",
            id="why-the-town-matters",
        ),
        pytest.param(
            "وتعد السيطرة على مطار كويرس هدفاً استراتيجياً لقوات النظام.", id="a-capture-as-a-goal"
        ),
    ],
)
def test_s14_a_capture_near_rumoured_or_weighed_is_no_event(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text, dt.date(2016, 1, 10))
    assert not [e for e in events if e.action in ("withdrawal", "capture")], events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "واقتربت قوات النظام من بلدة سلمى ثم سيطرت عليها بعد معارك عنيفة أمس.",
            id="drew-close-then-took",
        ),
        pytest.param(
            "وسيطرت قوات النظام أمس على بلدة سلمى ذات الأهمية الاستراتيجية في ريف اللاذقية.",
            id="a-town-of-importance-taken",
        ),
        pytest.param(
            "وسيطرت قوات النظام على بلدة سلمى، وتكمن أهميتها في موقعها المطل على ريف إدلب.",
            id="taken-then-why-it-matters",
        ),
        pytest.param(
            "وسيطرت هيئة تحرير الشام على بلدة كفرنبل اليوم بعد معارك مع الفصائل، وتداول ناشطون"
            " صوراً لعناصرها في البلدة.",
            id="taken-then-photos-passed-around",
        ),
        pytest.param(
            "وسيطر الجيش على حي الشيخ سعيد، وهو ما من شأنه أن يضيق الخناق على المسلحين.",
            id="taken-then-what-it-brings",
        ),
    ],
)
def test_s14_a_capture_told_beside_its_weight_stays(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text, dt.date(2016, 1, 10)), "capture")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "ويتعرض الرجال الفارون من الفلوجة لعمليات تعذيب واعتقال على يد الميليشيات.",
            id="men-suffer-arrests",
        ),
        pytest.param(
            "وتتعرض المدن السنية لحملات اعتقال عشوائية من قبل القوات الحكومية.",
            id="towns-suffer-arrest-campaigns",
        ),
        pytest.param(
            "وتعرض الناشط للاعتقال مرات عدة على يد قسد خلال السنوات الماضية.",
            id="arrested-many-times",
        ),
    ],
)
def test_s14_arrests_suffered_again_and_again_are_no_event(extractor: Extractor, text: str) -> None:
    events = run(extractor, text, dt.date(2016, 5, 30))
    assert not [e for e in events if e.action in ("arrest", "abduction")], events


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "وتتعرض بلدة كفرنبودة لقصف عنيف من قبل قوات النظام منذ صباح اليوم.",
            "shelling",
            id="a-town-under-todays-shelling",
        ),
        pytest.param(
            "وتعرض الشاب للاعتقال على يد قسد أمس في بلدة الشحيل.",
            "arrest",
            id="arrested-yesterday",
        ),
        pytest.param(
            "واعتقلت قوات الأمن الناشط أمس بعد أن كان قد اعتقل سابقاً مرات عدة.",
            "arrest",
            id="arrested-again-yesterday",
        ),
    ],
)
def test_s14_a_single_arrest_or_todays_shelling_stays(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text, dt.date(2016, 1, 10)), action)


# ---- session 14 (helper hF): raids on villages, attacks on civilians and clashes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "لندن – «القدس العربي»: اندلعت اشتباكات عنيفة في محيط مدينة السويداء.", id="london-qa"
        ),
        pytest.param(
            "موسكو ـ «الشرق الأوسط»: اندلعت اشتباكات عنيفة في محيط مدينة السويداء.",
            id="moscow-tatweel",
        ),
        pytest.param("لندن: «الشرق الأوسط» اندلعت اشتباكات عنيفة قرب مدينة درعا.", id="colon"),
        pytest.param("أنقرة – الأناضول: اندلعت اشتباكات عنيفة في محيط مدينة السويداء.", id="aa"),
        pytest.param("واشنطن - «القدس العربي»: تدور معارك عنيفة في ريف دير الزور.", id="dc"),
    ],
)
def test_s14_a_newspapers_dateline_capital_is_no_side(extractor: Extractor, text: str) -> None:
    """A capital before a newspaper's own tag (لندن – «القدس العربي»:) is where it wrote from:
    neither a side of the clause nor the article's one opponent of a side."""
    events = run(extractor, text, dt.date(2018, 7, 26))
    assert events
    assert all(
        s not in ("uk", "russia", "turkey", "usa") for e in events for s in (e.actor1, e.actor2)
    ), events


def test_s14_a_dateline_capital_is_no_opponent_of_the_attacker(extractor: Extractor) -> None:
    text = (
        "لندن – «القدس العربي»: قتل أكثر من مئتي شخص، أمس الأربعاء، في سلسلة هجمات "
        "شنها تنظيم «الدولة الإسلامية» على مدينة السويداء."
    )
    events = run(extractor, text, dt.date(2018, 7, 26))
    assert events and all(e.actor2 != "uk" for e in events), events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "دمشق – «القدس العربي»: قصفت الطائرات الروسية بلدة كفرنبل أمس.", "russia", id="owner"
        ),
        pytest.param("أنقرة تقصف مواقع الوحدات الكردية في عفرين أمس.", "turkey", id="verb"),
    ],
)
def test_s14_a_capital_that_speaks_or_acts_is_still_its_state(
    extractor: Extractor, text: str, actor1: str
) -> None:
    events = run(extractor, text, dt.date(2017, 6, 10))
    assert events and events[0].actor1 == actor1, events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وتمكنت قوات الأمن من استعادة السيطرة على مبنى المطعم التركي الذي يتحصن فيه المحتجون"
            " منذ أسابيع.",
            id="forces-retake-a-building-held-by-protesters",
        ),
        pytest.param(
            "وأعلن محافظ البصرة أن قوات الأمن فرضت سيطرتها على ميناء أم قصر بعد أن أغلقه المحتجون"
            " لأيام.",
            id="forces-take-a-port-closed-by-protesters",
        ),
        pytest.param(
            "واستعادت قوات مكافحة الشغب السيطرة على جسر الشهداء بعد تفريق المعتصمين بالغاز.",
            id="riot-police-retake-a-bridge",
        ),
        pytest.param(
            "محتجون يقتحمون القنصلية الإيرانية في كربلاء", id="protesters-storm-in-a-headline"
        ),
    ],
)
def test_s14_a_protest_site_taken_is_no_capture(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text, S14), "capture")


@pytest.mark.parametrize(
    "text,actor1",
    [
        pytest.param(
            "وسيطرت القوات العراقية على مركز مدينة الرمادي أمس بعد معارك مع مسلحي داعش.",
            "iraqi_army",
            id="iraqi-forces-take-ramadi",
        ),
        pytest.param(
            "واقتحمت قوات النظام مدينة حماة صباح اليوم بعد أسابيع من المظاهرات الحاشدة فيها.",
            "syrian_regime",
            id="regime-storms-a-town-of-demonstrations",
        ),
    ],
)
def test_s14_a_state_capture_beside_a_protest_word_stays(
    extractor: Extractor, text: str, actor1: str
) -> None:
    assert [e.actor1 for e in only(run(extractor, text, S14), "capture")] == [actor1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "انفجرت أسطوانة غاز في مطعم وسط مدينة أربيل ما أدى إلى إصابة خمسة أشخاص.",
            id="gas-cylinder",
        ),
        pytest.param(
            "أصيب ثلاثة أشخاص بانفجار مدفأة في منزل بحي الشعار في حلب.", id="a-heater-blew-up"
        ),
        pytest.param(
            "انفجار محولة كهربائية يتسبب بحريق في سوق الشورجة ببغداد.", id="a-transformer"
        ),
        pytest.param("انفجار صهريج وقود في الموصل يوقع قتلى.", id="a-fuel-tanker"),
        pytest.param(
            "وقالت الشرطة إن الانفجار ناجم عن تماس كهربائي في مستودع للمفرقعات.",
            id="a-short-circuit",
        ),
        pytest.param(
            "وأكدت الشرطة أن الانفجار الذي وقع في مطعم بأربيل ناجم عن تسرب غاز وليس عملاً إرهابياً.",
            id="a-gas-leak-not-terrorism",
        ),
    ],
)
def test_s14_an_accidental_blast_is_no_bombing(extractor: Extractor, text: str) -> None:
    assert not only(run(extractor, text, S14), "bombing")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "انفجرت عبوة ناسفة مزروعة في أسطوانة غاز قرب سوق شعبي في مدينة الباب، ما أدى إلى"
            " مقتل ثلاثة مدنيين.",
            id="a-bomb-hidden-in-a-gas-cylinder",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة قرب مولدة كهربائية في حي الشيخ مقصود بحلب.",
            id="a-car-bomb-near-a-generator",
        ),
        pytest.param(
            "قتل شخصان بانفجار دراجة نارية مفخخة قرب محطة وقود في مدينة عفرين.",
            id="a-motorbike-bomb-near-a-fuel-station",
        ),
    ],
)
def test_s14_a_bomb_beside_household_words_stays(extractor: Extractor, text: str) -> None:
    assert only(run(extractor, text, S14), "bombing")


def test_s14_an_act_of_the_last_days_borrows_no_day_from_its_frame(extractor: Extractor) -> None:
    events = run(
        extractor,
        "وتقدمت قوات النظام اليوم في ريف إدلب الشرقي، بعد أن انسحبت الفصائل من عدة قرى خلال"
        " الأيام الماضية.",
        dt.date(2020, 2, 6),
    )
    withdrawals = only(events, "withdrawal")
    assert withdrawals and all(not e.event_date for e in withdrawals), withdrawals


def test_s14_an_act_told_today_beside_the_last_days_keeps_its_day(extractor: Extractor) -> None:
    events = run(
        extractor,
        "وانسحبت الفصائل اليوم من بلدة النيرب بعد معارك استمرت خلال الأيام الماضية.",
        dt.date(2020, 2, 6),
    )
    assert [e.event_date for e in only(events, "withdrawal")] == ["2020-02-06"], events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وتتهم العشائر قوات سوريا الديمقراطية بشن حملات اعتقال تعسفية بحق أبناء المنطقة.",
            id="accused-of-arrest-campaigns",
        ),
        pytest.param(
            "وتتهم العشائر خلايا تابعة لداعش بتنفيذ عمليات اغتيال بحق وجهاء المنطقة.",
            id="accused-of-assassinations",
        ),
        pytest.param(
            "وتتهم أنقرة وحدات حماية الشعب بشن هجمات على أراضيها انطلاقاً من تل رفعت.",
            id="accused-of-attacks",
        ),
    ],
)
def test_s14_a_side_accused_of_a_kind_of_act_is_no_event(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text, dt.date(2019, 8, 20))


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "واتهم ناشطون قسد باعتقال عشرات الشبان في بلدة الشحيل أمس.",
            "arrest",
            id="one-arrest-charged",
        ),
        pytest.param(
            "واتهمت وزارة الدفاع التركية الوحدات الكردية بشن هجوم صاروخي على بلدة أقجة قلعة"
            " اليوم أدى إلى مقتل مدنيين.",
            "shelling",
            id="one-rocket-attack-charged",
        ),
        pytest.param(
            "وقصفت قوات النظام اليوم بلدة كفرنبل، متهمة الفصائل بشن هجمات على مواقعها.",
            "shelling",
            id="a-shelling-then-a-charge",
        ),
    ],
)
def test_s14_one_act_charged_or_told_beside_a_charge_stays(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text, dt.date(2019, 8, 20)), action)


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "وسيطرت القوات الأمنية على أعمال الشغب في سجن الحوت بالناصرية.",
            "capture",
            id="riots-brought-under-control",
        ),
        pytest.param(
            "وسيطرت خلية الصقور الاستخبارية على شبكة لتهريب المخدرات في بغداد.",
            "capture",
            id="a-smuggling-ring-seized",
        ),
        pytest.param(
            "وتمكنت فرق الإطفاء من السيطرة الكاملة على الحرائق في ريف الحسكة.",
            "capture",
            id="fires-brought-under-control",
        ),
        pytest.param(
            "وحررت القوات الأمنية مختطفاً في حي الشعلة ببغداد.", "capture", id="a-hostage-freed"
        ),
        pytest.param(
            "وتمكنت قوة من الشرطة من تحرير الرهائن المحتجزين في مبنى البلدية بكركوك.",
            "capture",
            id="hostages-freed",
        ),
        pytest.param(
            "واقتحمت القوات الأمنية وكراً لعصابة خطف في حي الشعلة ببغداد وحررت مختطفاً.",
            "capture",
            id="a-hideout-raided",
        ),
        pytest.param(
            "واقتحمت القوات الأمنية وكراً لعصابة خطف في حي الشعلة ببغداد وحررت مختطفاً.",
            "abduction",
            id="a-kidnapping-gang-is-no-abduction",
        ),
        pytest.param(
            "وفككت القوات الأمنية عصابة خطف في حي الشعلة ببغداد.",
            "abduction",
            id="a-kidnapping-gang-broken-up",
        ),
    ],
)
def test_s14_police_work_is_no_capture_or_abduction(
    extractor: Extractor, text: str, action: str
) -> None:
    assert not only(run(extractor, text, dt.date(2016, 1, 10)), action)


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "وسيطرت قوات النظام على بلدة سلمى بعد معارك عنيفة، وعملت على إخماد الحرائق في الأحراش.",
            "capture",
            id="a-town-taken-then-fires-put-out",
        ),
        pytest.param(
            "وسيطرت قوات النظام على مدينة حلب بعد أشهر من الفوضى.",
            "capture",
            id="a-city-taken-after-chaos",
        ),
        pytest.param(
            "وحرر مقاتلو الفصائل بلدة عطمان من قوات النظام.",
            "capture",
            id="a-town-liberated",
        ),
        pytest.param(
            "واختطف مسلحون مجهولون طفلاً في حي الشعلة ببغداد أمس.",
            "abduction",
            id="a-child-kidnapped",
        ),
    ],
)
def test_s14_a_capture_or_abduction_beside_police_words_stays(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text, dt.date(2016, 1, 10)), action)


# ---- session 14 (helper hE): who flew, what was struck, and multi-site strike reports


@pytest.mark.parametrize(
    ("text", "day", "action", "expected"),
    [
        pytest.param(  # Orient / Enab Baladi name the regime's aircraft by its head (طيران الأسد)
            "قصفت طائرات الأسد وحليفه الروسي مدينة دوما، ما أدى لمقتل 10 مدنيين.",
            dt.date(2018, 2, 20),
            "airstrike",
            [("syrian_regime", "civilians")],
            id="assad-s-aircraft-and-his-russian-ally",
        ),
        pytest.param(
            "ألقت مروحيات أسد براميل متفجرة على مدينة دوما.",
            dt.date(2018, 2, 20),
            "airstrike",
            [("syrian_regime", "")],
            id="assad-s-helicopters",
        ),
        pytest.param(
            "قتل خمسة مدنيين بغارات لطائرات الأسد على مدينة حلب.",
            dt.date(2016, 6, 1),
            "airstrike",
            [("syrian_regime", "civilians")],
            id="strikes-of-assad-s-aircraft",
        ),
        pytest.param(  # negative: «الأسد» in a place's name is no owner of the aircraft
            "استهدفت طائرات مسيرة قاعدة عين الأسد في الأنبار.",
            dt.date(2023, 10, 27),
            "airstrike",
            [("unknown", "usa")],
            id="neg-ain-al-asad-base-is-no-owner",
        ),
        pytest.param(
            "قصفت طائرات حربية سد الأسد قرب الطبقة.",
            dt.date(2016, 10, 27),
            "airstrike",
            [("unknown", "")],
            id="neg-the-assad-dam-is-no-owner",
        ),
        pytest.param(  # «الحليفة» (the allied) is still the coalition's
            "شنت الطائرات الحليفة غارات على مواقع داعش في الرقة.",
            dt.date(2016, 2, 20),
            "airstrike",
            [("coalition", "isis")],
            id="the-allied-aircraft-are-the-coalition",
        ),
        pytest.param(  # his/its ally is a partner, never the side struck
            "قصفت قوات الأسد وحليفتها روسيا مدينة دوما.",
            dt.date(2018, 2, 20),
            "shelling",
            [("syrian_regime", "")],
            id="its-ally-russia-is-no-target",
        ),
        pytest.param(
            "قصفت طائرات النظام وحليفه الروسي أحياء حلب الشرقية.",
            dt.date(2016, 10, 1),
            "airstrike",
            [("syrian_regime", "")],
            id="its-russian-ally-is-no-target",
        ),
    ],
)
def test_s14_the_regime_s_aircraft_and_its_allies(
    extractor: Extractor,
    text: str,
    day: dt.date,
    action: str,
    expected: list[tuple[str, str]],
) -> None:
    """«طيران الأسد» is the regime's; «وحليفه الروسي، وحليفتها روسيا» a partner, never the target."""
    events = only(run(extractor, text, day), action)
    assert [(e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "day", "action", "expected"),
    [
        pytest.param(  # Syrian opposition media's indefinite «ميليشيات موالية لإيران»
            "استهدفت غارات إسرائيلية مواقع ميليشيات موالية لإيران في البوكمال.",
            dt.date(2021, 9, 10),
            "airstrike",
            [("israel", "iran")],
            id="indefinite-militias-loyal-to-iran",
        ),
        pytest.param(
            "استهدفت غارات إسرائيلية مواقع لمليشيات إيرانية في البوكمال.",
            dt.date(2021, 9, 10),
            "airstrike",
            [("israel", "iran")],
            id="indefinite-iranian-militias",
        ),
        pytest.param(  # a side's tankers or convoy struck make it the target
            "استهدفت طائرات التحالف الدولي حقل العمر النفطي، ما أدى إلى احتراق عدد من صهاريج"
            " التنظيم. ويسيطر داعش على الحقل منذ 2014.",
            dt.date(2016, 3, 10),
            "airstrike",
            [("coalition", "isis")],
            id="the-organisation-s-tankers",
        ),
        pytest.param(
            "استهدفت طائرات التحالف قافلة لتنظيم داعش قرب البوكمال.",
            dt.date(2016, 3, 10),
            "airstrike",
            [("coalition", "isis")],
            id="a-convoy-of-isis",
        ),
        pytest.param(  # a market or an aid convoy struck is the civilians'
            "استهدفت طائرات حربية روسية سوقاً شعبياً في مدينة معرة النعمان، ما أدى لمقتل 5 أشخاص.",
            dt.date(2019, 5, 20),
            "airstrike",
            [("russia", "civilians")],
            id="a-popular-market",
        ),
        pytest.param(
            "جراء غارة جوية روسية استهدفت سوق الخضار في مدينة جسر الشغور.",
            dt.date(2017, 9, 10),
            "airstrike",
            [("russia", "civilians")],
            id="the-vegetable-market",
        ),
        pytest.param(
            "ضربت غارات جوية شنتها طائرات حكومية سورية سوقا شعبيا في مدينة معرة النعمان.",
            dt.date(2016, 3, 10),
            "airstrike",
            [("syrian_regime", "civilians")],
            id="a-market-hrw-style",
        ),
        pytest.param(
            "استهدف الطيران الحربي الروسي قافلة مساعدات إنسانية في أورم الكبرى.",
            dt.date(2016, 9, 20),
            "airstrike",
            [("russia", "civilians")],
            id="an-aid-convoy",
        ),
    ],
)
def test_s14_what_was_struck(
    extractor: Extractor,
    text: str,
    day: dt.date,
    action: str,
    expected: list[tuple[str, str]],
) -> None:
    """Iran's militias told indefinitely, a side's tankers or convoy, markets and aid convoys."""
    events = only(run(extractor, text, day), action)
    assert [(e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(  # Reuters / Asharq: the list goes on past the country locating its first towns
            "شنت القوات الأميركية ضربات جوية على مواقع في القائم وعكاشات في العراق والبوكمال"
            " والميادين في سوريا.",
            dt.date(2024, 2, 3),
            ["القائم", "عكاشات", "أبو كمال", "الميادين"],
            id="past-a-country",
        ),
        pytest.param(
            "استهدفت الضربات الأميركية مواقع في منطقتي القائم وعكاشات بمحافظة الأنبار، ومدينتي"
            " البوكمال والميادين بريف دير الزور.",
            dt.date(2024, 2, 3),
            ["القائم", "عكاشات", "أبو كمال", "الميادين"],
            id="past-a-province-and-a-comma-with-another-town-noun",
        ),
        pytest.param(
            "قصفت الطائرات الحربية الروسية بلدة كفرنبل في ريف إدلب وبلدة اللطامنة في ريف حماة.",
            dt.date(2019, 5, 10),
            ["كفر نبل", "اللطامنة"],
            id="past-a-countryside",
        ),
        pytest.param(  # the towns the strikes took in, after an unnamed plural
            "شنت مسيرات تركية غارات على قرى في ريف القامشلي، شملت تل حميس والقحطانية وعامودا.",
            dt.date(2023, 10, 5),
            ["تل حميس", "القحطانية", "عامودا"],
            id="shamalat-after-villages-of-a-countryside",
        ),
        pytest.param(
            "نفذت طائرات أميركية غارات على مواقع للحرس الثوري والفصائل الموالية له، شملت القائم"
            " في العراق والبوكمال والميادين في سوريا.",
            dt.date(2024, 2, 3),
            ["القائم", "أبو كمال", "الميادين"],
            id="shamalat-with-countries-between",
        ),
        pytest.param(
            "شنت الطائرات التركية غارات على مناطق في محافظة الحسكة، بينها المالكية والقحطانية.",
            dt.date(2022, 11, 21),
            ["المالكية", "القحطانية"],
            id="among-them-after-a-province",
        ),
        pytest.param(
            "شنت الطائرات التركية غارات على مناطق متفرقة من شمال وشرق سوريا، طالت قرية تل كوجر"
            " ومدينة عامودا.",
            dt.date(2022, 11, 21),
            ["اليعربية", "عامودا"],
            id="talat-after-a-country",
        ),
        pytest.param(  # «طالت» names what was struck even with no plural noun before
            "وشنت المقاتلات التركية غارات على ريف القامشلي الشرقي، طالت قرى تل حميس وتل براك"
            " والقحطانية.",
            dt.date(2022, 11, 23),
            ["تل حميس", "تل براك", "القحطانية"],
            id="talat-after-a-countryside",
        ),
        pytest.param(  # negative: a province and no list after it stays one event
            "شنت الطائرات التركية غارات على مناطق في محافظة الحسكة، وقالت الإدارة الذاتية إن"
            " القصف خلف أضراراً كبيرة.",
            dt.date(2022, 11, 21),
            ["محافظة الحسكة"],
            id="neg-a-province-alone",
        ),
    ],
)
def test_s14_each_struck_town_of_a_list_is_a_strike(
    extractor: Extractor, text: str, day: dt.date, expected: list[str]
) -> None:
    events = only(run(extractor, text, day), "airstrike")
    assert [e.location_ar for e in events] == expected


def test_s14_a_new_clause_after_a_countryside_is_no_list(extractor: Extractor) -> None:
    """A locator and a new clause of its own (وسيطرت …) join no list."""
    text = (
        "قصفت الطائرات الحربية الروسية بلدة كفرنبل في ريف إدلب، وسيطرت قوات النظام على قرية الحويز."
    )
    events = run(extractor, text, dt.date(2019, 5, 10))
    assert [(e.action, e.location_ar) for e in events] == [
        ("airstrike", "كفر نبل"),
        ("capture", "الحويز"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قتل ثلاثة متظاهرين في مدينة دوما أمس، وقتل اثنان آخران في مدينة حرستا.",
            {"دوما": 3, "حرستا": 2},
            id="two-others-in-a-second-town",
        ),
        pytest.param(
            "وأطلق الأمن النار على المتظاهرين في بانياس فقتل أربعة منهم، كما قتل ستة آخرون في جبلة.",
            {"بانياس": 4, "جبلة": 6},
            id="others-after-a-shooting",
        ),
    ],
)
def test_s14_more_protesters_told_as_others_are_one_more_town_s_protest(
    extractor: Extractor, text: str, expected: dict
) -> None:
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert {e.location_ar: e.fatalities for e in events} == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة مدنيين بقصف على مدينة دوما، كما قتل خمسة آخرون في مدينة حرستا.",
        "قتل ثلاثة عناصر من قوات النظام في اشتباكات في حرستا، وقتل اثنان آخرون في دوما.",
    ],
)
def test_s14_others_killed_with_no_protesters_before_are_no_protest(
    extractor: Extractor, text: str
) -> None:
    assert only(run(extractor, text, dt.date(2015, 4, 23)), "protest") == []


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(  # two aircraft: the owner's adjective in the dual
            "نفذت طائرتان أميركيتان ضربات على منشأة للحرس الثوري قرب مدينة البوكمال.",
            dt.date(2023, 10, 27),
            [("usa", "irgc")],
            id="two-american-aircraft",
        ),
        pytest.param(
            "شنت طائرتان حربيتان تركيتان غارات على مواقع لقسد قرب بلدة تل تمر.",
            dt.date(2022, 11, 20),
            [("turkey", "sdf")],
            id="two-turkish-warplanes",
        ),
        pytest.param(
            "قصفت طائرتان حربيتان روسيتان بلدة كفرنبل.",
            dt.date(2019, 5, 20),
            [("russia", "")],
            id="two-russian-fighters",
        ),
    ],
)
def test_s14_owners_in_the_dual(
    extractor: Extractor, text: str, day: dt.date, expected: list[tuple[str, str]]
) -> None:
    events = only(run(extractor, text, day), "airstrike")
    assert [(e.actor1, e.actor2) for e in events] == expected


def test_s14_the_towns_struck_go_on_after_the_list_they_took_in(extractor: Extractor) -> None:
    """«طالت قرى X وY، إضافة إلى محيط مدينة Z»: Z is one more town of the same strikes."""
    text = (
        "وشنت المقاتلات التركية غارات على ريف القامشلي، طالت قرى تل حميس والقحطانية، إضافة إلى"
        " محيط مدينة عامودا."
    )
    events = only(run(extractor, text, dt.date(2022, 11, 23)), "airstrike")
    assert [e.location_ar for e in events] == ["تل حميس", "القحطانية", "عامودا"]


def test_s14_a_clause_of_its_own_after_the_towns_among_them_is_not_taken(
    extractor: Extractor,
) -> None:
    text = "قصفت قوات النظام مناطق في ريف إدلب الجنوبي، منها كفرنبل وحاس، وسيطرت على قرية الحويز."
    events = run(extractor, text, dt.date(2019, 5, 10))
    assert [(e.action, e.location_ar) for e in events] == [
        ("shelling", "كفر نبل"),
        ("shelling", "حاس"),
        ("capture", "الحويز"),
    ]


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "وأكد المرصد أن على الأقل ثلاث قرى سقطت بيد قوات النظام بعد انسحاب الفصائل منها اليوم.",
            "capture",
            id="at-least-is-no-obligation",
        ),
        pytest.param(
            "وقال مصدر إن على محور النيرب انسحبت الفصائل من مواقعها مساء أمس.",
            "withdrawal",
            id="on-a-front-is-no-obligation",
        ),
        pytest.param(
            "وانسحبت الفصائل من داريا أمس وفق شروط الاتفاق مع النظام.",
            "withdrawal",
            id="withdrawn-under-the-terms",
        ),
        pytest.param(
            "وتداول ناشطون مقاطع مصورة تظهر سيطرة الفصائل على بلدة كفرنبودة اليوم.",
            "capture",
            id="footage-passed-around",
        ),
        pytest.param(
            "وسيطرت الفصائل أمس على التلة التي تعد هدفاً استراتيجياً.",
            "capture",
            id="a-hill-that-was-a-goal-taken",
        ),
    ],
)
def test_s14_still_an_event_beside_terms_footage_or_goals(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text, dt.date(2020, 2, 6)), action)


@pytest.mark.parametrize(
    "text,action",
    [
        pytest.param(
            "واعتقلت قوات الأمن اليوم قيادياً سابقاً في الجيش الحر في مدينة درعا.",
            "arrest",
            id="a-former-commander-arrested",
        ),
        pytest.param(
            "واقتحم مسلحون سجن بادوش فجر اليوم وحرروا السجناء.",
            "capture",
            id="a-prison-stormed-and-its-prisoners-freed",
        ),
    ],
)
def test_s14_a_former_member_arrested_or_a_prison_stormed_stays(
    extractor: Extractor, text: str, action: str
) -> None:
    assert only(run(extractor, text, dt.date(2016, 1, 10)), action)


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        pytest.param(
            "قتل أكثر من 200 شخص، غالبيتهم من المدنيين، أمس الأربعاء، في سلسلة هجمات متزامنة "
            "شنها تنظيم «الدولة الإسلامية» على مدينة السويداء وريفها الشرقي.",
            "السويداء",
            200,
            id="series-of-attacks",
        ),
        pytest.param(
            "استشهد 12 مدنياً، بينهم أطفال، جراء هجوم شنه مسلحو داعش على قرية الزارة بريف حماة.",
            "الزارة",
            12,
            id="because-of",
        ),
        pytest.param(
            "قتل 146 مدنياً على الأقل، اليوم، في هجوم لتنظيم الدولة على مدينة عين العرب.",
            "عين العرب",
            146,
            id="kobani",
        ),
    ],
)
def test_s14_civilians_told_dead_before_the_attack_they_fell_in_make_it_an_attack(
    extractor: Extractor, text: str, place: str, killed: int
) -> None:
    """The dead told first and the attack after «في / جراء» (قتل 200 شخص، غالبيتهم من المدنيين،
    في هجمات شنها التنظيم على السويداء): civilians killed by one side, an attack (§2)."""
    events = run(extractor, text, dt.date(2018, 7, 26))
    assert not only(events, "clash"), events
    (event,) = only(events, "attack")
    assert (event.actor1, event.actor2, event.location_ar, event.fatalities) == (
        "isis",
        "civilians",
        place,
        killed,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "قتل 12 عنصراً من قوات النظام، في هجوم شنه مسلحو داعش على حواجز في ريف حماة.",
            id="soldiers",
        ),
        pytest.param(
            "قتل خمسة مدنيين وعنصران من قوات النظام، في هجوم شنه مسلحو داعش على بلدة السلمية.",
            id="civilians-and-soldiers",
        ),
    ],
)
def test_s14_fighters_among_the_dead_before_the_attack_keep_it_a_clash(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text)
    assert only(events, "clash") and not only(events, "attack"), events


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        pytest.param(
            "تسلل انغماسيون من تنظيم الدولة إلى قرية الشبكي شرق السويداء فجر اليوم واقتحموا "
            "منازل المدنيين وقتلوا 20 شخصاً.",
            dt.date(2018, 7, 26),
            ("isis", "civilians", 20),
            id="infiltrators-stormed-houses-and-killed",
        ),
        pytest.param(
            "اقتحم عناصر التنظيم منازل في قرية المتونة بريف السويداء وقتلوا 15 مدنياً.",
            dt.date(2018, 7, 26),
            ("isis", "civilians", 15),
            id="raided-houses",
        ),
        pytest.param(
            "دخلت قوات الأمن والشبيحة حي باب السباع في حمص وقتلوا ثلاثة شبان.",
            dt.date(2011, 8, 1),
            ("syrian_regime", "civilians", 3),
            id="security-forces-2011",
        ),
        pytest.param(
            "اقتحم مقاتلو الدولة الإسلامية قرية كوجو جنوب سنجار، وقتلوا نحو 80 رجلاً إيزيدياً "
            "واختطفوا النساء والأطفال.",
            dt.date(2014, 8, 16),
            ("isis", "civilians", 80),
            id="kocho",
        ),
        pytest.param(
            "وقتل مسلحو التنظيم 20 مدنياً في قرية الشبكي.",
            dt.date(2018, 7, 26),
            ("isis", "civilians", 20),
            id="killed-by-agent-in-an-unlisted-village",
        ),
    ],
)
def test_s14_raiders_who_killed_civilians_make_an_attack(
    extractor: Extractor, text: str, day: dt.date, expected: tuple
) -> None:
    """Raiders who "and killed" people who do not fight (… وقتلوا 20 شخصاً): an attack (§2),
    with the raiders told before as actor1 and the count of the killing verb as its dead."""
    (event,) = only(run(extractor, text, day), "attack")
    assert (event.actor1, event.actor2, event.fatalities) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "هاجمت الفصائل مواقع قوات النظام في بلدة خان طومان وقتلوا 10 عناصر منهم.",
            id="fighters-killed",
        ),
        pytest.param(
            "خرج ثلاثة شبان من بلدة كفرنبل للعمل في أرضهم وقتلوا جراء انفجار لغم.", id="passive"
        ),
        pytest.param("وقال الأهالي إن المسلحين الذين قتلوا المدنيين فروا من القرية.", id="no-waw"),
    ],
)
def test_s14_and_killed_fighters_or_a_passive_are_no_raid(extractor: Extractor, text: str) -> None:
    events = run(extractor, text)
    assert not [e for e in events if e.action == "attack" and e.fatalities], events


def test_s14_a_village_raided_with_captives_and_dead_is_one_attack(extractor: Extractor) -> None:
    text = (
        "هاجم عناصر من تنظيم داعش قرية تل شاميرام في ريف الحسكة، وخطفوا عشرات الآشوريين، "
        "وقتلوا عدداً من سكانها."
    )
    events = run(extractor, text, dt.date(2015, 2, 24))
    assert not only(events, "clash"), events
    assert len(only(events, "attack")) == 1 and only(events, "abduction"), events


def test_s14_raids_on_villages_the_gazetteer_lacks_stay_one_event_each(
    extractor: Extractor,
) -> None:
    """Each village named by its class noun (قرية المتونة، قرية الشريحي، قرية طربا) is a place of
    its own near the town in focus: three raids, three attacks, each with its own dead."""
    text = (
        "قتل أكثر من 200 شخص، غالبيتهم من المدنيين، أمس الأربعاء، في سلسلة هجمات متزامنة شنها "
        "تنظيم «الدولة الإسلامية» على مدينة السويداء وريفها الشرقي.\n"
        "كما اقتحم عناصر التنظيم منازل في قرية المتونة وقتلوا 15 مدنياً، وأعدموا عدداً من "
        "الرجال في قرية الشريحي.\n"
        "وفي قرية طربا، قتل مسلحو التنظيم 12 مدنياً بينهم أطفال."
    )
    events = only(run(extractor, text, dt.date(2018, 7, 26)), "attack")
    got = {(e.location_ar, e.fatalities) for e in events}
    assert {("المتونة", 15), ("الشريحي", None), ("طربا", 12)} <= got, got
    assert all(e.actor1 == "isis" and e.actor2 == "civilians" for e in events), events


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param("شن الجيش التركي هجوماً بطائرة مسيرة على مخيم مخمور.", "turkey", id="camp"),
        pytest.param(
            "هاجمت طائرة مسيرة تركية سيارة مدنية في مدينة القامشلي ما أدى لمقتل طفلين.",
            "turkey",
            id="civilian-car",
        ),
    ],
)
def test_s14_a_drone_attack_on_civilians_is_an_airstrike(
    extractor: Extractor, text: str, actor1: str
) -> None:
    """An attack whose means are drones is an air/drone strike (codebook §2: the platform
    decides); civilians hit make it no ground attack on civilians."""
    events = run(extractor, text, dt.date(2022, 8, 18))
    assert not only(events, "attack"), events
    (event,) = only(events, "airstrike")
    assert (event.actor1, event.actor2) == (actor1, "civilians")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "قضت وحدات من الجيش على أعداد من الإرهابيين ودمرت أسلحتهم في ريف القصير الجنوبي.",
            "القصير",
            id="eliminated",
        ),
        pytest.param(
            "تابعت وحدات من الجيش عملياتها في الزبداني وأوقعت أعداداً من الإرهابيين بين قتيل ومصاب.",
            "الزبداني",
            id="inflicted-dead",
        ),
        pytest.param(
            "استهدفت وحدة من الجيش تجمعاً للإرهابيين في بلدة داعل بريف درعا وقضت على عدد منهم.",
            "داعل",
            id="some-of-them",
        ),
        pytest.param(
            "تابعت وحدات من جيشنا الباسل ملاحقة فلول الإرهابيين في ريف القصير وأوقعت أعداداً منهم "
            "قتلى ومصابين.",
            "القصير",
            id="pursuit",
        ),
    ],
)
def test_s14_state_media_army_that_killed_terrorists_fought_them(
    extractor: Extractor, text: str, place: str
) -> None:
    """SANA's «قضت وحدات من الجيش على … الإرهابيين» and «أوقعت أعداداً من الإرهابيين بين قتيل
    ومصاب» tell a fight with the side it calls terrorists (ACLED: Armed clash)."""
    (event,) = only(run(extractor, text, dt.date(2016, 2, 10)), "clash")
    assert (event.actor1, event.location_ar) == ("syrian_regime", place), event


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وأكد الرئيس أن الجيش ماض في القضاء على الإرهابيين في كل شبر من سوريا.", id="aim"
        ),
        pytest.param(
            "وقال المصدر إن القوات الأمنية ستواصل عمليات التفتيش حتى القضاء على آخر إرهابي.",
            id="until",
        ),
        pytest.param("قضت محكمة الجنايات على المتهم بالسجن عشر سنوات في بغداد.", id="court"),
        pytest.param(
            "انفجرت عبوة ناسفة في سوق شعبي بمدينة الباب وأوقعت قتلى وجرحى بين المدنيين.",
            id="bomb",
        ),
        pytest.param("قضت الغارات الروسية على عشرات الإرهابيين في ريف القصير.", id="strikes"),
    ],
)
def test_s14_an_aim_a_sentence_or_a_bombs_dead_are_no_state_media_fight(
    extractor: Extractor, text: str
) -> None:
    assert not only(run(extractor, text, dt.date(2016, 2, 10)), "clash")


def test_s14_a_day_told_inside_a_cue_is_that_cues_day(extractor: Extractor) -> None:
    """A day told within a cue's own words (أعادت وحدات من قواتنا المسلحة أمس الأمن والاستقرار
    إلى) belongs to that cue, not to the next cue of the part (بعد أن قضت على …)."""
    text = (
        "أعادت وحدات من قواتنا المسلحة الباسلة أمس الأمن والاستقرار إلى كامل مدينة القصير في "
        "ريف حمص بعد أن قضت على أعداد كبيرة من الإرهابيين المرتزقة."
    )
    day = dt.date(2013, 6, 6)
    events = run(extractor, text, day)
    (capture,) = only(events, "capture")
    assert capture.event_date == (day - dt.timedelta(days=1)).isoformat()
    assert only(events, "clash"), events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "صدت قوات النظام هجوماً بالطائرات المسيرة على مواقعها في بلدة جورين بسهل الغاب.",
            id="repelled",
        ),
        pytest.param(
            "تصدت وحدات الجيش لهجوم بطائرات مسيرة أطلقها الإرهابيون على مواقعها في ريف حماة.",
            id="confronted",
        ),
        pytest.param("أحبطت قسد هجوماً بطائرة مسيرة على قاعدة لها في بلدة الشدادي.", id="foiled"),
    ],
)
def test_s14_a_drone_attack_repelled_is_the_strike_and_no_clash(
    extractor: Extractor, text: str
) -> None:
    """Defenders who repel a drone attack meet it with air defence: the drone strike is the event
    (codebook §2), no ground fight between the two sides."""
    events = run(extractor, text, dt.date(2019, 8, 20))
    assert only(events, "airstrike") and not only(events, "clash"), events


def test_s14_a_ground_attack_backed_by_aircraft_repelled_stays_a_clash(
    extractor: Extractor,
) -> None:
    text = "تصدت الفصائل لهجوم بري لقوات النظام مدعوم بالطائرات الروسية على بلدة كفرنبودة."
    events = run(extractor, text, dt.date(2019, 8, 20))
    assert only(events, "clash"), events


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        pytest.param(
            "تسلل عناصر من تنظيم داعش إلى نقطة عسكرية لقسد في بلدة الشحيل وقتلوا ثلاثة عناصر.",
            ("isis", "sdf"),
            id="into-a-post",
        ),
        pytest.param(
            "نفذ مقاتلو هيئة تحرير الشام عملية انغماسية على مواقع لقوات النظام في بلدة كفرنبودة.",
            ("hts", "syrian_regime"),
            id="inghimasi-operation",
        ),
        pytest.param(
            "نفذت مجموعة من الفصائل عملية تسلل على مواقع قوات النظام في بلدة كفرنبودة.",
            ("syrian_opposition", "syrian_regime"),
            id="infiltration-operation",
        ),
    ],
)
def test_s14_an_infiltration_onto_an_armed_sides_positions_is_a_clash(
    extractor: Extractor, text: str, sides: tuple
) -> None:
    (event,) = only(run(extractor, text, dt.date(2019, 5, 20)), "clash")
    assert (event.actor1, event.actor2) == sides


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("تسلل مهربون إلى الأراضي الأردنية من بلدة نصيب.", id="smugglers-border"),
        pytest.param("تسلل مقاتلو الفصائل إلى بلدة كفرنبودة ليلاً.", id="into-a-town"),
    ],
)
def test_s14_an_infiltration_into_a_town_or_a_country_is_no_clash(
    extractor: Extractor, text: str
) -> None:
    assert not run(extractor, text, dt.date(2019, 5, 20))


def test_s14_protests_told_after_the_dated_one_take_the_article_s_day(
    extractor: Extractor,
) -> None:
    text = (
        "احتجاجات في العراق\n"
        "تظاهر آلاف المحتجين اليوم الأحد في ساحة التحرير وسط بغداد.\n"
        "وفي الناصرية، قطع المتظاهرون الطرق والجسور الرئيسية.\n"
        "وقال مصدر محلي إن محتجين أغلقوا الطرق في مدينة الكوت.\n"
        "وكانت مدينة البصرة قد شهدت مظاهرات حاشدة.\n"
        "وتعد مدينة الديوانية من أبرز معاقل الاحتجاج، إذ شهدت مظاهرات خلال الأسابيع الماضية."
    )
    events = only(run(extractor, text, dt.date(2019, 12, 1)), "protest")
    by_place = {e.location_ar: e.event_date for e in events}
    assert by_place["الناصرية"] == by_place["الكوت"] == "2019-12-01"
    assert by_place.get("البصرة", "") == "" and by_place.get("الديوانية", "") == ""


def test_s14_protests_of_two_days_lend_no_day(extractor: Extractor) -> None:
    text = (
        "تظاهر المئات أمس في مدينة البصرة.\n"
        "وتظاهر العشرات اليوم في مدينة النجف.\n"
        "وفي مدينة الناصرية قطع المتظاهرون الطرق."
    )
    events = only(run(extractor, text, dt.date(2019, 12, 1)), "protest")
    assert {e.location_ar: e.event_date for e in events}["الناصرية"] == ""


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "خرجت مظاهرة حاشدة في مدينة بانياس، واعتقلت قوات الأمن عشرات المتظاهرين عقب المظاهرة.",
            "syrian_regime",
            id="arrested-in-the-same-town",
        ),
        pytest.param(
            "تظاهر المئات في مدينة الكوت، واعتقلت الشرطة عدداً من المحتجين في بغداد.",
            "",
            id="neg-arrested-in-another-town",
        ),
    ],
)
def test_s14_a_protest_whose_protesters_were_arrested_faced_the_force(
    extractor: Extractor, text: str, actor2: str
) -> None:
    events = only(run(extractor, text, dt.date(2019, 11, 21)), "protest")
    assert events[0].actor2 == actor2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت طائرات التحالف الدولي حقل العمر الخاضع لسيطرة تنظيم داعش في ريف دير الزور.",
            ("coalition", "isis"),
            id="a-field-held-by-isis",
        ),
        pytest.param(
            "أفاد ناشطون بأن تنظيم داعش يحشد عناصره شرق دير الزور. واستهدفت طائرات التحالف الدولي"
            " حقل العمر النفطي، ما أدى لمقتل ثلاثة من عناصره.",
            ("coalition", "isis"),
            id="victims-told-by-a-pronoun",
        ),
        pytest.param(
            "شن طيران التحالف الدولي غارات على قرية الباغوز، ما أدى لمقتل 7 مدنيين بينهم أطفال.",
            ("coalition", "civilians"),
            id="civilian-victims-stay",
        ),
        pytest.param(
            "استهدفت طائرات التحالف الدولي مدينة الميادين بريف دير الزور.",
            ("coalition", ""),
            id="no-isis-named-no-target",
        ),
    ],
)
def test_s14_a_coalition_strike_with_no_target_strikes_isis(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    (strike,) = only(run(extractor, text), "airstrike")
    assert (strike.actor1, strike.actor2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت القوات الأميركية ضربات جوية طالت مستودعات للفصائل في البوكمال بريف دير الزور.",
            ("usa", "iran_backed_militias"),
            id="us-strikes-on-the-factions-in-bukamal",
        ),
        pytest.param(
            "شنت الطائرات الأمريكية غارات على مواقع الفصائل في مدينة الميادين شرقي دير الزور.",
            ("usa", "iran_backed_militias"),
            id="us-aircraft-on-the-factions-in-mayadin",
        ),
        pytest.param(
            "قصفت قوات النظام مواقع الفصائل في جبل الزاوية بريف إدلب.",
            ("syrian_regime", "syrian_opposition"),
            id="the-regime-shelling-the-factions-stays-the-rebels",
        ),
    ],
)
def test_s14_factions_struck_by_the_us_are_iran_s_militias(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    (event,) = run(extractor, text, dt.date(2021, 6, 28))
    assert (event.actor1, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "غارات على معرة النعمان\n"
            "شنت طائرات حربية روسية غارات على مدينة معرة النعمان بريف إدلب صباح اليوم.\n"
            "وارتفع عدد الضحايا المدنيين في المدينة إلى 15 بينهم أربعة أطفال.",
            ("russia", "civilians", 15),
            id="a-later-count-of-civilians",
        ),
        pytest.param(
            "قصف على دوما\n"
            "قصفت قوات النظام مدينة دوما بقذائف الهاون مساء أمس.\n"
            "وارتفعت حصيلة القتلى في المدينة إلى 9 أشخاص.",
            ("syrian_regime", "", 9),
            id="a-later-count-of-persons-names-no-civilians",
        ),
    ],
)
def test_s14_a_later_count_of_civilians_names_a_strike_s_victims(
    extractor: Extractor, text: str, expected: tuple[str, str, int]
) -> None:
    (event,) = run(extractor, text)
    assert (event.actor1, event.actor2, event.fatalities) == expected


# ---- session 14 (hO): one protester shot dead or wounded is a protest met with force
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "قتل متظاهر برصاص قوات الأمن في الناصرية.",
            dt.date(2019, 11, 29),
            [("protest", "protesters", "iraqi_security_forces", 1)],
            id="one-protester-killed-iraq",
        ),
        pytest.param(
            "استشهد متظاهر برصاص الأمن في مدينة حمص مساء أمس.",
            dt.date(2011, 5, 1),
            [("protest", "protesters", "syrian_regime", 1)],
            id="one-protester-martyred-syria",
        ),
        pytest.param(
            "أصيب محتج بجروح برصاص القوات الأمنية قرب مبنى المحافظة في مدينة الكوت.",
            dt.date(2019, 11, 29),
            [("protest", "protesters", "iraqi_security_forces", 0)],
            id="one-protester-wounded",
        ),
        pytest.param(
            "قتل شرطي برصاص متظاهر في مدينة الناصرية.",
            dt.date(2019, 11, 29),
            [],
            id="neg-a-protester-who-shot",
        ),
        pytest.param(
            "قتل متظاهر برصاص طائش خلال اشتباكات بين فصيلين مسلحين في مدينة البصرة.",
            dt.date(2019, 11, 29),
            [("clash", "unknown", "", 1)],
            id="neg-caught-in-others-clashes",
        ),
    ],
)
def test_s14_one_protester_shot_is_a_protest(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.actor2, e.fatalities or 0) for e in events] == expected


# ---- session 14 (hO): persons killed town by town in an article of protesters shot
def test_s14_persons_killed_town_by_town_after_protesters_shot_are_protests(
    extractor: Extractor,
) -> None:
    text = (
        "قتل 88 شخصا على الأقل الجمعة برصاص قوات الأمن السورية التي أطلقت النار على متظاهرين "
        "في عدة مدن، بحسب ناشطين.\n"
        "وقال ناشط إن ثمانية أشخاص قتلوا في إزرع.\n"
        "وفي ريف دمشق، قتل خمسة أشخاص في دوما بحسب شهود."
    )
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert {"Izra'", "Duma"} <= {e.location for e in events}
    assert next(e for e in events if e.location == "Duma").fatalities == 5
    # the lead told «في عدة مدن» sums the towns up: it keeps its total and joins none of them
    assert next(e for e in events if e.location == "Izra'").fatalities == 8
    assert 88 in {e.fatalities for e in events}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # no protesters shot before: persons killed by an untold act
            "خرجت مظاهرات في عدة مدن سورية.\nوقال ناشط إن ثمانية أشخاص قتلوا في إزرع.",
            id="neg-no-shooting-on-protesters",
        ),
        pytest.param(
            "أطلقت قوات الأمن النار على متظاهرين في درعا.\nوقتل ثلاثة أشخاص في قصف على إزرع.",
            id="neg-another-act",
        ),
    ],
)
def test_s14_persons_killed_with_no_protest_shooting_are_no_protest_in_that_town(
    extractor: Extractor, text: str
) -> None:
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert "Izra'" not in {e.location for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت دورية تركية النار على شاب حاول عبور الحدود قرب بلدة خربة الجوز بريف إدلب، ما أدى "
        "لمقتله.",
        "قتل شاب برصاص دورية للجندرما التركية أثناء محاولته عبور الحدود قرب بلدة دركوش.",
        "فتح حرس الحدود الأتراك النار على مجموعة من اللاجئين قرب بلدة الدرباسية، ما أدى لمقتل امرأة.",
    ],
)
def test_s14_a_turkish_patrol_or_border_guard_is_turkey(extractor: Extractor, text: str) -> None:
    """Session 14 (hP): a Turkish patrol (دورية تركية، دورية للجندرما) or the Turkish border
    guards (حرس الحدود الأتراك) shooting at the border are Turkey's forces."""
    events = only(run(extractor, text), "attack")
    assert events and events[0].actor1 == "turkey" and events[0].fatalities == 1


# ---- session 15 (hA2): the side that claims or is charged with an act told before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية على طريق الحسكة ما أدى لمقتل عنصرين من قسد. وتبنى"
            " تنظيم داعش العملية.",
            ("bombing", "isis"),
            id="a-claim-of-the-operation",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية على طريق الحسكة ما أدى لمقتل عنصرين من قسد.\n"
            "واتهمت قسد خلايا تنظيم داعش بالوقوف وراء التفجير.",
            ("bombing", "isis"),
            id="an-accusation-in-the-next-paragraph",
        ),
        pytest.param(
            "خرج مشفى في بلدة عين ترما عن الخدمة بعد استهدافه بعدة صواريخ. واتهمت مديرية الصحة"
            " قوات النظام باستهداف المشفى.",
            ("shelling", "syrian_regime"),
            id="an-accusation-names-the-firer",
        ),
        pytest.param(
            "وكانت طائرات حربية يرجح أنها روسية قد استهدفت ليل أمس مدينة عربين، فيما خرج مشفى في"
            " بلدة عين ترما عن الخدمة بعد استهدافه بعدة صواريخ. واتهمت مديرية صحة دمشق وريفها"
            " الحرة قوات النظام باستهداف المشفى بشكل متعمد.",
            ("shelling", "syrian_regime"),
            id="an-accusation-over-a-firer-inherited-from-the-clause-before",
        ),
        pytest.param(
            "سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية. واتهمت واشنطن كتائب حزب الله"
            " بالوقوف وراء الهجوم.",
            ("shelling", "kataib_hezbollah"),
            id="a-state-accuses-a-faction",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة سيارة قرب مدينة القائم ما أدى لمقتل ثلاثة من عناصر الحشد الشعبي."
            " وحمّلت هيئة الحشد الشعبي الولايات المتحدة مسؤولية الاستهداف.",
            ("airstrike", "usa"),
            id="a-side-held-responsible",
        ),
        pytest.param(
            "قتل 4 مدنيين بقصف مدفعي على بلدة اللطامنة. وحمّل الدفاع المدني قوات النظام وروسيا"
            " مسؤولية المجزرة.",
            ("shelling", "syrian_regime"),
            id="the-first-of-sides-held-responsible-together",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة سيارة قرب مدينة القائم ما أدى لمقتل ثلاثة من عناصر الحشد الشعبي."
            " وحمّلت هيئة الحشد الشعبي الولايات المتحدة مسؤولية الهجمات المتكررة على مقراتها.",
            ("airstrike", "unknown"),
            id="neg-held-responsible-for-many-acts",
        ),
        pytest.param(
            "وأضاف المركز أن المسلحين قصفوا أحياء مدينة حلب بقذائف صاروخية، ما أدى إلى إصابة 6"
            " مدنيين.\nوفي المقابل، اتهمت أنقرة القوات السورية باستهداف محيط نقطة المراقبة"
            " التركية في الصرمان.",
            ("shelling", "!syrian_regime"),
            id="neg-the-other-sides-charge-of-an-act-of-its-own",
        ),
        pytest.param(
            "ارتفعت حصيلة ضحايا التفجير بسيارة مفخخة في مدينة الباب إلى 18 قتيلاً.\nولم تتبن أي"
            " جهة الهجوم حتى الآن، إلا أن وزارة الدفاع التركية حمّلت وحدات حماية الشعب المسؤولية"
            " عنه.",
            ("bombing", "unknown"),
            id="neg-unclaimed-but-blamed-by-the-other-side",
        ),
        pytest.param(
            "قتل عنصر من الأسايش بانفجار عبوة ناسفة في القامشلي. وتبادلت الأسايش وقوات الدفاع"
            " الوطني الاتهامات، واتهمت الأسايش قوات الدفاع الوطني بزرع العبوة.",
            ("bombing", "unknown"),
            id="neg-sides-accusing-each-other",
        ),
        pytest.param(
            "استهدف هجوم صاروخي قاعدة كي وان قرب كركوك ما أدى لمقتل متعاقد أمريكي. ولم تعلن أي"
            " جهة مسؤوليتها عن الهجوم، فيما اتهمت واشنطن كتائب حزب الله بالوقوف وراءه، وهو ما"
            " نفته الكتائب.",
            ("shelling", "unknown"),
            id="neg-an-accusation-denied",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة أعزاز ما أدى لمقتل 6 مدنيين. واتهمت الحكومة المؤقتة"
            " وحدات حماية الشعب بالوقوف وراء التفجير.\nفيما نفت الوحدات ذلك في بيان.",
            ("bombing", "unknown"),
            id="neg-an-accusation-denied-in-the-next-sentence",
        ),
        pytest.param(
            "اغتال مسلحون مجهولون قيادياً سابقاً في المعارضة بريف درعا الغربي. ويتهم ناشطون"
            " الأجهزة الأمنية التابعة للنظام بالوقوف وراء عمليات الاغتيال في المحافظة.",
            ("attack", "unknown"),
            id="neg-a-charge-of-many-acts",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة أعزاز ما أدى لمقتل 6 مدنيين. ولم تتبن أي جهة التفجير"
            " حتى الآن.",
            ("bombing", "unknown"),
            id="neg-no-side-claimed-it",
        ),
        pytest.param(
            "قصفت المدفعية منتجعاً سياحياً في زاخو ما أدى لمقتل 9 سياح. ونفت أنقرة مسؤوليتها عن"
            " القصف، واتهمت حزب العمال الكردستاني بتنفيذه.",
            ("shelling", "unknown"),
            id="neg-the-accuser-denies-its-own-part",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة قرب مقر للفصائل في مدينة الباب ما أدى لمقتل 10 أشخاص.\nوأعلنت"
            " وزارة الدفاع التركية أن قواتها قتلت 5 عناصر من داعش.",
            ("bombing", "unknown"),
            id="neg-an-announcement-is-no-claim",
        ),
        pytest.param(  # session 17 (hD6): a side said to stand behind the act just told
            "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد في بلدة الشحيل. ويرجح أن خلايا داعش"
            " تقف وراء التفجير.",
            ("bombing", "isis"),
            id="s17-cells-likely-stand-behind-the-blast",
        ),
        pytest.param(
            "قال مصدر أمني إن عبوة ناسفة انفجرت على دورية للجيش في الطارمية. ويعتقد أن تنظيم"
            " داعش يقف خلف الهجوم.",
            ("bombing", "isis"),
            id="s17-the-organisation-believed-behind-the-attack",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد في بلدة الشحيل. وقالت مصادر إن خلايا"
            " داعش لا تقف وراء التفجير.",
            ("bombing", "unknown"),
            id="neg-s17-does-not-stand-behind",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد في بلدة الشحيل. ونفت مصادر أن تكون"
            " خلايا داعش تقف وراء التفجير.",
            ("bombing", "unknown"),
            id="neg-s17-denied-standing-behind",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد في بلدة الشحيل. ويرجح أن خلايا داعش"
            " تقف وراء عمليات الاغتيال في المنطقة.",
            ("bombing", "unknown"),
            id="neg-s17-behind-many-acts",
        ),
    ],
)
def test_s15_a_claim_or_charge_after_the_act_names_its_actor1(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 15 (hA2): a claim (وتبنى X العملية؛ أعلن X مسؤوليته) or a charge of one act
    (اتهمت X Y باستهداف المشفى) told after an act whose side no rule named gives it actor1;
    denied charges, refused claims and charges of many acts do not."""
    action, actor1 = expected
    events = only(run(extractor, text, dt.date(2019, 3, 2)), action)
    if actor1.startswith("!"):  # only that the side was not given
        assert events and events[0].actor1 != actor1[1:]
    else:
        assert events and events[0].actor1 == actor1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "الجيش السوري يعلن تحرير معرة النعمان.. وموسكو: المسلحون شنوا هجمات على مواقع الجيش",
            ("clash", "syrian_opposition", "syrian_regime"),
            id="a-capital-quoted-in-a-headline",
        ),
        pytest.param(
            "واشنطن: القوات التركية قصفت محيط موقع للقوات الأمريكية قرب كوباني",
            ("shelling", "turkey", "usa"),
            id="a-capital-quoting-another-states-fire",
        ),
        pytest.param(
            "أنقرة: مقتل 33 جندياً تركياً بقصف لقوات النظام في إدلب",
            ("shelling", "syrian_regime", "turkey"),
            id="a-capital-quoting-its-own-dead",
        ),
        pytest.param(
            "موسكو: طائراتنا قصفت مواقع الإرهابيين في إدلب",
            ("shelling", "russia", "syrian_opposition"),
            id="neg-a-capital-speaking-of-its-own-forces",
        ),
        pytest.param(
            "قسد: قواتنا حررت قرية الكرامة شرق الرقة",
            ("capture", "sdf", ""),
            id="neg-a-side-named-by-its-name-speaks-of-itself",
        ),
    ],
)
def test_s15_a_capital_before_a_colon_is_the_speaker(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 15 (hA2): a state or its capital named by one word before a colon opening a
    headline or a clause (موسكو: …، أنقرة: …) says what follows; it is no side of it unless it
    speaks of its own forces (طائراتنا)."""
    action, actor1, actor2 = expected
    events = only(run(extractor, text, dt.date(2020, 1, 28)), action)
    assert events and (events[0].actor1, events[0].actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت عبوة ناسفة بدورية للجيش التركي قرب مدينة الباب.",
            ("bombing", "unknown", "turkey"),
            id="a-blast-on-a-patrol-of-the-army",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بدورية تركية على طريق M4 قرب أريحا ما أدى لإصابة جنديين.",
            ("bombing", "unknown", "turkey"),
            id="a-blast-on-a-turkish-patrol",
        ),
        pytest.param(
            "أطلقت دورية للجيش التركي النار على شاب قرب بلدة دركوش ما أدى لمقتله.",
            ("attack", "turkey", "civilians"),
            id="neg-the-patrol-that-fires",
        ),
        pytest.param(
            "تعرضت دورية للجيش التركي لهجوم بعبوة ناسفة قرب أريحا.",
            ("bombing", "unknown", "turkey"),
            id="the-patrol-that-underwent-a-blast",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بدورية روسية في ريف درعا الشرقي.",
            ("bombing", "unknown", "russia"),
            id="s15-hJ3-a-blast-on-a-russian-patrol",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بدورية أمريكية قرب الشدادي.",
            ("bombing", "unknown", "usa"),
            id="s15-hJ3-a-blast-on-an-american-patrol",
        ),
        pytest.param(
            "أصيب ثلاثة جنود روس بانفجار لغم بدورية روسية تركية مشتركة على طريق M4.",
            ("bombing", "unknown", "russia"),
            id="s15-hJ3-a-blast-told-after-bi-on-a-joint-patrol",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة تركية دورية روسية قرب تل تمر.",
            ("airstrike", "turkey", "russia"),
            id="s15-hJ3-a-drone-with-its-owner-strikes-a-patrol",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة دورية روسية قرب تل تمر.",
            ("airstrike", "unknown", "russia"),
            id="s15-hJ3-a-drone-with-no-owner-strikes-a-patrol",
        ),
        pytest.param(
            "استهدفت عبوة ناسفة دورية أمريكية على طريق الشدادي.",
            ("bombing", "unknown", "usa"),
            id="s15-hJ3-a-bomb-as-subject-hits-a-patrol",
        ),
        pytest.param(
            "استهدفت دورية روسية بعبوة ناسفة على طريق درعا.",
            ("bombing", "unknown", "russia"),
            id="s15-hJ3-a-patrol-targeted-passive-by-a-bomb",
        ),
        pytest.param(
            "أطلقت دورية أمريكية النار على سيارة مدنية قرب تل بيدر ما أدى لمقتل شاب.",
            ("attack", "usa", "civilians"),
            id="s15-hJ3-neg-the-american-patrol-that-fires",
        ),
        pytest.param(
            "قصفت طائرات روسية مواقع للفصائل في جبل الزاوية.",
            ("airstrike", "russia", "syrian_opposition"),
            id="s15-hJ3-neg-russian-aircraft-strike",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة القوات الروسية في ريف الحسكة.",
            ("airstrike", "unknown", "russia"),
            id="s15-hK4-a-drone-subject-strikes-a-named-side",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة مجهولة الهوية القوات الروسية قرب القامشلي.",
            ("airstrike", "unknown", "russia"),
            id="s15-hK4-an-unknown-drone-strikes-a-named-side",
        ),
        pytest.param(
            "استهدفت طائرة مسيرة قوات النظام في ريف إدلب الجنوبي.",
            ("airstrike", "unknown", "syrian_regime"),
            id="s15-hK4-a-drone-subject-strikes-regime-forces",
        ),
        pytest.param(
            "استهدفت سيارة مفخخة قوات النظام في ريف درعا ما أدى لمقتل 5 عناصر.",
            ("bombing", "unknown", "syrian_regime"),
            id="s15-hK4-a-car-bomb-subject-strikes-regime-forces",
        ),
        pytest.param(
            "قصفت طائرة حربية روسية مواقع الفصائل في جبل الزاوية.",
            ("airstrike", "russia", "syrian_opposition"),
            id="s15-hK4-neg-a-warplane-with-its-owner-adjective",
        ),
        pytest.param(
            "استهدفت طائرات النظام مواقع الفصائل في ريف إدلب.",
            ("airstrike", "syrian_regime", "syrian_opposition"),
            id="s15-hK4-neg-aircraft-owned-by-the-side-after-them",
        ),
        pytest.param(
            "قصفت طائرة مسيرة تركية مواقع قسد في ريف القامشلي.",
            ("airstrike", "turkey", "sdf"),
            id="s15-hK4-neg-a-turkish-drone-strikes-sdf",
        ),
    ],
)
def test_s15_a_patrol_named_as_a_side_after_a_blast_is_hit(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 15 (hA2): «دورية للجيش التركي، دورية تركية» are aliases of Turkey (session 14);
    after «انفجرت عبوة ناسفة بـ» the patrol is what the blast hit, not the bomber."""
    action, actor1, actor2 = expected
    events = only(run(extractor, text, dt.date(2020, 5, 1)), action)
    assert events and (events[0].actor1, events[0].actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "سيطر أبناء حوران على حاجز السرو في ريف درعا الشرقي بعد اشتباكات مع قوات النظام.",
            dt.date(2020, 3, 1),
            [("capture", "syrian_opposition", "syrian_regime")],
            id="s15-hK4-sons-of-hauran-capture-a-checkpoint",
        ),
        pytest.param(
            "اندلعت اشتباكات بين أبناء البلدة وعناصر الفرقة الرابعة في بلدة طفس بريف درعا الغربي.",
            dt.date(2020, 3, 1),
            [("clash", "syrian_opposition", "syrian_regime")],
            id="s15-hK4-sons-of-the-town-one-side-of-a-clash",
        ),
        pytest.param(
            "تصدى أبناء المدينة لمحاولة اقتحام قوات النظام لمدينة جاسم.",
            dt.date(2021, 3, 1),
            [("clash", "syrian_opposition", "syrian_regime")],
            id="s15-hK4-sons-of-the-town-repel-a-raid",
        ),
        pytest.param(
            "اندلعت اشتباكات بين أبناء المنطقة وعناصر تنظيم داعش في قضاء الحويجة جنوب غرب كركوك.",
            dt.date(2016, 5, 1),
            [("clash", "unknown", "isis")],
            id="s15-hK4-sons-of-the-area-in-iraq-are-no-syrian-rebels",
        ),
        pytest.param(
            "اعتقلت قوات النظام 3 شبان من أبناء المدينة في مدينة درعا.",
            dt.date(2020, 3, 1),
            [("arrest", "syrian_regime", "civilians")],
            id="s15-hK4-neg-sons-of-the-town-arrested-are-civilians",
        ),
        pytest.param(
            "استشهد ستة من أبناء البلدة إثر اقتحامها من قبل قوات الجيش والأمن في الحراك.",
            dt.date(2011, 8, 1),
            [("capture", "syrian_regime", "")],
            id="s15-hK4-neg-sons-of-the-town-killed-in-a-raid",
        ),
    ],
)
def test_s15_sons_of_a_town_are_fighters_only_as_a_capturer_or_a_side_of_a_clash(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hK4): «أبناء حوران، أبناء البلدة» are the rebels (local_fighters) only as the
    subject of a capture or one side of a clash; killed or arrested they stay the town's people."""
    events = run(extractor, text, pub)
    got = [(e.action, e.actor1, e.actor2) for e in events]
    assert all(x in got for x in expected), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "هاجم مسلحون الجيش التركي قرب بلدة تل تمر.",
            ("clash", "unknown", "turkey"),
            id="gunmen-then-a-named-object",
        ),
        pytest.param(
            "استهدف مسلحون دورية تركية قرب بلدة تل تمر ما أدى لإصابة جنديين تركيين.",
            ("clash", "unknown", "turkey"),
            id="gunmen-target-a-patrol",
        ),
        pytest.param(
            "هاجم مقاتلون قوات النظام في ريف حماة الشمالي.",
            ("clash", "syrian_opposition", "syrian_regime"),
            id="fighters-then-a-named-object",
        ),
        pytest.param(
            "هاجم مسلحو داعش مواقع الجيش العراقي قرب بيجي.",
            ("clash", "isis", "iraqi_army"),
            id="neg-a-construct-names-its-owner",
        ),
    ],
)
def test_s15_a_nominative_plural_is_no_construct(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 15 (hA2): «مسلحون، مقاتلون» (nominative sound plurals) never own the name right
    after them: it is the verb's object (هاجم مسلحون الجيش التركي), where «مسلحو داعش» is ISIS."""
    action, actor1, actor2 = expected
    events = only(run(extractor, text, dt.date(2020, 5, 1)), action)
    assert events and (events[0].actor1, events[0].actor2) == (actor1, actor2)


# ---- session 15 (hE3): the forces facing a protest, told in the next sentence or storming it
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "خرج المئات في تظاهرات في الناصرية. وقامت قوات مكافحة الشغب بتفريقهم بالرصاص الحي.",
            dt.date(2019, 10, 26),
            [("الناصرية", "iraqi_security_forces")],
            id="dispersed-as-a-pronoun-in-the-next-sentence",
        ),
        pytest.param(
            "تظاهر مئات الطلاب في الكوت أمس للمطالبة بفرص عمل. وعمدت القوات الأمنية إلى تفريقهم"
            " بالقوة، بحسب شهود.",
            dt.date(2019, 10, 26),
            [("الكوت", "iraqi_security_forces")],
            id="set-about-dispersing-them",
        ),
        pytest.param(
            "تظاهر الآلاف في درعا. وتدخلت قوات الأمن لتفريقهم.",
            dt.date(2011, 4, 23),
            [("درعا", "syrian_regime")],
            id="intervened-to-disperse-them",
        ),
        pytest.param(
            "تظاهر الآلاف في درعا. وفتحت قوات الأمن النار عليهم، ما أدى إلى مقتل 3 وإصابة 10 آخرين.",
            dt.date(2011, 4, 23),
            [("درعا", "syrian_regime")],
            id="fire-opened-on-them-in-the-next-sentence",
        ),
        pytest.param(
            "اقتحمت قوات الأمن ساحة الاعتصام في الناصرية وأحرقت خيام المعتصمين.",
            dt.date(2019, 11, 28),
            [("الناصرية", "iraqi_security_forces")],
            id="sit-in-square-stormed",
        ),
        pytest.param(
            "وفي كربلاء، قامت القوات الأمنية باقتحام مخيم الاعتصام وسط المدينة.",
            dt.date(2019, 11, 5),
            [("كربلاء", "iraqi_security_forces")],
            id="sit-in-camp-stormed-as-a-noun",
        ),
        pytest.param(
            "وأحرقت القوات الأمنية خيم المعتصمين في ساحة الحبوبي بالناصرية فجر اليوم.",
            dt.date(2020, 1, 25),
            [("الناصرية", "iraqi_security_forces")],
            id="sit-in-tents-burnt-by-the-forces",
        ),
        pytest.param(
            "اقتحم المتظاهرون ساحة التحرير وسط بغداد.",
            dt.date(2019, 10, 30),
            [("بغداد", "")],
            id="neg-protesters-enter-a-square-by-its-name",
        ),
        pytest.param(
            "خرج ثوار في حمص بمظاهرة حاشدة تطالب بإسقاط النظام.",
            dt.date(2011, 7, 1),
            [("حمص", "")],
            id="s15-hK4-rebels-who-go-out-to-protest-are-the-crowd",
        ),
        pytest.param(
            "خرج الآلاف من الثوار في مظاهرة بمدينة إدلب رغم القصف.",
            dt.date(2012, 7, 1),
            [("إدلب", "")],
            id="s15-hK4-counted-rebels-who-go-out-are-the-crowd",
        ),
        pytest.param(
            "تظاهر مقاتلون من الجيش الحر في مدينة إعزاز احتجاجا على تأخر الرواتب.",
            dt.date(2019, 7, 1),
            [("أعزاز", "")],
            id="s15-hK4-fighters-who-demonstrate-are-the-crowd",
        ),
        pytest.param(
            "فرقت قوات النظام مظاهرة في مدينة درعا بالرصاص الحي.",
            dt.date(2020, 7, 1),
            [("درعا", "syrian_regime")],
            id="s15-hK4-neg-the-force-that-disperses-stays-actor2",
        ),
    ],
)
def test_s15_the_force_used_on_a_protest_told_after_it_is_its_actor2(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    events = run(extractor, text, pub)
    assert [(e.location_ar, e.actor2) for e in events if e.action == "protest"] == expected
    assert [e.action for e in events] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "تجمع عشرات المهربين قرب الحدود مع الأردن. وقامت قوات حرس الحدود بتفريقهم.",
            id="neg-a-crowd-of-smugglers",
        ),
        pytest.param("وقام الأهالي بتفريقهم بعد شجار بين عائلتين في الحي.", id="neg-a-quarrel"),
        pytest.param(
            "هاجم مسلحون حاجزاً للجيش في درعا. وفتح الجنود النار عليهم.", id="neg-attackers-fired-on"
        ),
    ],
)
def test_s15_a_crowd_dispersed_with_no_protest_told_is_no_protest(
    extractor: Extractor, text: str
) -> None:
    events = run(extractor, text)
    assert not [e for e in events if e.action in ("protest", "attack")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "قال شهود إن عناصر أمن بلباس مدني أطلقوا الرصاص الحي على مظاهرة في دوما.",
            dt.date(2011, 4, 23),
            [("protest", "syrian_regime")],
            id="plainclothes-security-fire-on-a-protest",
        ),
        pytest.param(
            "هاجم رجال أمن بزي مدني مظاهرة في حي الميدان بدمشق واعتقلوا عدداً من المشاركين.",
            dt.date(2011, 7, 2),
            [("protest", "syrian_regime"), ("arrest", "")],
            id="plainclothes-security-attack-a-protest",
        ),
        pytest.param(
            "اعتقل عناصر أمن بلباس مدني ناشطاً في مدينة حمص.",
            dt.date(2011, 5, 1),
            [("arrest", "civilians")],
            id="plainclothes-security-arrest",
        ),
    ],
)
def test_s15_security_men_in_plain_clothes_are_the_security_forces(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hE3): «عناصر أمن بلباس مدني» are the security services by what they are
    (dev16 Douma); bare indefinite «عناصر أمن» stay no side (review rev7a)."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2) for e in events] == expected
    assert "syrian_regime" in {e.actor1 for e in events} | {e.actor2 for e in events}


def test_s15_more_protesters_killed_were_shot_by_the_force_told_before(
    extractor: Extractor,
) -> None:
    text = (
        "وفي ريف دمشق قال شهود عيان إن عناصر أمن بلباس مدني أطلقوا الرصاص الحي على مظاهرة حاشدة"
        " في مدينة دوما، وقتلوا ثمانية متظاهرين، كما قتل خمسة آخرون في المعضمية وثلاثة في حرستا."
    )
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert [(e.location, e.actor2, e.fatalities) for e in events] == [
        ("Duma", "syrian_regime", 8),
        ("Moadamiyat al-Sham", "syrian_regime", 5),
        ("Harasta", "syrian_regime", 3),
    ]


def test_s15_more_dead_after_a_protest_met_with_no_force_take_no_side(
    extractor: Extractor,
) -> None:
    text = (
        "خرجت مظاهرة حاشدة في مدينة دوما وقتل فيها ثلاثة متظاهرين، كما قتل خمسة آخرون في المعضمية."
    )
    events = only(run(extractor, text, dt.date(2011, 4, 23)), "protest")
    assert events and all(e.actor2 == "" for e in events)


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "سقط 3 قتلى و50 جريحاً في صفوف المتظاهرين جراء استخدام القوات الأمنية الرصاص الحي في"
            " الناصرية.",
            dt.date(2019, 11, 4),
            [("protest", "iraqi_security_forces", 3, 50)],
            id="live-fire-used-as-a-noun",
        ),
        pytest.param(
            "واستخدمت قوات مكافحة الشغب الرصاص الحي ضد المحتجين في ساحة الخلاني ببغداد.",
            dt.date(2019, 11, 4),
            [("protest", "iraqi_security_forces", None, None)],
            id="live-fire-used-against-protesters",
        ),
        pytest.param(
            "تظاهر الآلاف في البصرة. وقد تصدت لهم القوات الأمنية بالرصاص الحي.",
            dt.date(2019, 10, 26),
            [("protest", "iraqi_security_forces", None, None)],
            id="met-them-in-the-next-sentence",
        ),
        pytest.param(
            "وتصدت القوات الأمنية للمتظاهرين في ساحة الخلاني ببغداد بالرصاص الحي.",
            dt.date(2019, 10, 26),
            [("protest", "iraqi_security_forces", None, None)],
            id="met-the-protesters",
        ),
        pytest.param(
            "وتصدى عناصر الأمن للمتظاهرين في حي الميدان بدمشق بالهراوات.",
            dt.date(2011, 4, 23),
            [("protest", "syrian_regime", None, None)],
            id="met-the-protesters-syria",
        ),
        pytest.param(
            "تصدت الفصائل لهجوم قوات النظام على بلدة اللطامنة.",
            dt.date(2016, 5, 10),
            [("clash", "syrian_regime", None, None)],
            id="neg-an-attack-repelled",
        ),
        pytest.param(
            "استخدمت قوات النظام الرصاص الحي في اشتباكات مع الفصائل في حي جوبر.",
            dt.date(2016, 5, 10),
            [("clash", "syrian_opposition", None, None)],
            id="neg-live-fire-in-a-clash",
        ),
    ],
)
def test_s15_protesters_met_with_force_told_by_its_means_or_by_tasadda(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hE3): «استخدام القوات الأمنية الرصاص الحي» is a shooting as «إطلاق» is, and
    «تصدت» with protesters (or «لهم» after a protest) as its object is the protest met with
    force, not a clash."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2, e.fatalities, e.injured) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "action"),
    [
        pytest.param(
            "وشهدت مدينة الصدر شرقي العاصمة، ليل الجمعة – السبت، أعنف المواجهات بين المتظاهرين"
            " وقوات مكافحة الشغب.",
            dt.date(2019, 10, 6),
            "protest",
            id="protest-confrontations",
        ),
        pytest.param(
            "قتل 15 شخصاً بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر أمس.",
            dt.date(2016, 5, 10),
            "bombing",
            id="car-bomb",
        ),
    ],
)
def test_s15_sadr_city_is_a_district_of_baghdad(
    extractor: Extractor, text: str, pub: dt.date, action: str
) -> None:
    """Session 15 (hE3): Sadr City is Baghdad's (codebook §1: a district resolves to its town),
    so its protest joins the one told at Baghdad the same day (dev8 gold codes both at Baghdad)."""
    (event,) = only(run(extractor, text, pub), action)
    assert (event.location, event.geo_precision) == ("Baghdad", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "خرج آلاف المتظاهرين في الناصرية، وأطلقت القوات الأمنية النار عليهم، ما أدى إلى مقتل"
            " 3 منهم وإصابة 10 آخرين.",
            (3, 10),
            id="protest",
        ),
        pytest.param(
            "قصفت طائرات النظام بلدة كفرنبل، ما أدى إلى مقتل ثلاثة منهم وإصابة عشرة آخرين.",
            (3, 10),
            id="airstrike-number-words",
        ),
        pytest.param(
            "استهدفت غارة جوية سوقاً في مدينة إدلب، وقتل 5 منهم وأصيب 12 آخرون.",
            (5, 12),
            id="verbs",
        ),
        pytest.param(
            "قتل 7 أشخاص بينهم 3 أطفال بغارة جوية على مدينة إدلب.",
            (7, None),
            id="neg-subset-still-not-added",
        ),
    ],
)
def test_s15_wounded_after_minhum_are_a_new_group(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 15 (hI3): «مقتل 3 منهم وإصابة 10 آخرين» — «منهم» closes the dead, the wounded
    after the next casualty word are their own figure, not a subset of the dead."""
    (event,) = run(extractor, text, dt.date(2019, 10, 26))
    assert (event.fatalities, event.injured) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "خرجت مظاهرات في كل من دوما وحرستا، قابلتها قوات الأمن بإطلاق الرصاص.",
            dt.date(2011, 4, 23),
            [("protest", "syrian_regime"), ("protest", "syrian_regime")],
            id="met-with-fire-after-a-town-list",
        ),
        pytest.param(
            "تظاهر المئات في الديوانية وقابلتهم القوات الأمنية بالغاز المسيل للدموع.",
            dt.date(2019, 10, 25),
            [("protest", "iraqi_security_forces")],
            id="met-them-with-gas",
        ),
        pytest.param(
            "خرجت مظاهرة في حي القابون قبل أن يداهمها الأمن ويعتقل عدداً من المتظاهرين.",
            dt.date(2012, 3, 10),
            [("protest", "syrian_regime")],
            id="raided-then-arrested",
        ),
        pytest.param(  # session 15, hL4: the same raid past a comma
            "وخرج الأهالي في تظاهرة في بلدة بنش، قبل أن يداهمها الأمن ويعتقل عدداً من الشبان.",
            dt.date(2012, 3, 2),
            [("protest", "syrian_regime")],
            id="raided-then-arrested-after-a-comma",
        ),
        pytest.param(
            "خرجت مظاهرة في بلدة كفرنبل، قبل أن تداهمها قوات النظام وتعتقل عشرة شبان.",
            dt.date(2012, 3, 2),
            [("protest", "syrian_regime")],
            id="regime-raid-after-a-comma",
        ),
        pytest.param(
            "خرجت مظاهرة في بلدة بنش، قبل أن تصل قوات النظام إلى البلدة.",
            dt.date(2012, 3, 2),
            [("protest", "")],
            id="neg-forces-arriving-after-a-comma",
        ),
        pytest.param(
            "نظم العشرات وقفة احتجاجية في ساحة الكرامة بالسويداء، قبل أن يعودوا إلى منازلهم.",
            dt.date(2023, 9, 8),
            [("protest", "")],
            id="neg-protesters-going-home",
        ),
        pytest.param(
            "تظاهر المئات في ساحة الحبوبي في الناصرية، قبل أن تفتح قوات مكافحة الشغب وعناصر"
            " بملابس مدنية النار الحي عليهم.",
            dt.date(2019, 10, 25),
            [("protest", "iraqi_security_forces")],
            id="fire-opened-by-two-forces",
        ),
        pytest.param(
            "تظاهر المئات في الناصرية. وفتحت قوات مكافحة الشغب النار الحي عليهم.",
            dt.date(2019, 10, 25),
            [("protest", "iraqi_security_forces")],
            id="live-fire-on-them-next-sentence",
        ),
        pytest.param(
            "قابل وفد من قوات سوريا الديمقراطية وجهاء العشائر في الحسكة.",
            dt.date(2016, 5, 10),
            [],
            id="neg-a-meeting",
        ),
        pytest.param(
            "فتحت الحكومة الباب أمام وقف إطلاق النار في حلب.",
            dt.date(2016, 5, 10),
            [],
            id="neg-door-opened-to-a-ceasefire",
        ),
    ],
)
def test_s15_protest_met_by_qabala_a_raid_or_fire_opened_by_a_longer_subject(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hI3): «قابلتها/قابلتهم قوات الأمن بالرصاص» is the protest met with force; a
    raid followed by arrests (يداهمها الأمن ويعتقل) too; fire opened by a subject of up to six
    words (قوات مكافحة الشغب وعناصر بملابس مدنية) and «النار الحي عليهم» are a shooting."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "واصل المحتجون في السويداء احتجاجاتهم في ساحة السير.",
            dt.date(2023, 9, 1),
            ["As-Suwayda"],
            id="their-protests",
        ),
        pytest.param(
            "جدد أهالي مدينة شهبا مظاهراتهم المطالبة بإسقاط النظام.",
            dt.date(2023, 9, 1),
            ["Shahba"],
            id="their-demonstrations",
        ),
        pytest.param(
            "نظم طلبة جامعة البصرة وقفتهم الاحتجاجية أمام مبنى المحافظة.",
            dt.date(2019, 11, 10),
            ["Basrah"],
            id="their-stand",
        ),
        pytest.param(
            "في جمعة ارحل خرج مئات الآلاف في حماة.",
            dt.date(2011, 7, 1),
            ["Hamah"],
            id="named-friday-before-the-verb",
        ),
        pytest.param(
            "وفي جمعة أطفال الحرية، خرج عشرات الآلاف في حماة ودير الزور.",
            dt.date(2011, 6, 3),
            ["Hamah", "Deir ez-Zor"],
            id="named-friday-then-a-comma",
        ),
        pytest.param(
            "في جمعة أسرى الحرية، تظاهر الآلاف في حمص.",
            dt.date(2011, 7, 15),
            ["Homs"],
            id="named-friday-comma-demonstrated",
        ),
        pytest.param(
            "وفي الجمعة الماضية، خرج مئات المسلحين من حي الوعر باتجاه الشمال.",
            dt.date(2016, 5, 10),
            [],
            id="neg-friday-comma-fighters-leaving",
        ),
        pytest.param(
            "دعا رئيس الوزراء المتظاهرين إلى إنهاء احتجاجاتهم والعودة إلى منازلهم.",
            dt.date(2019, 11, 10),
            [],
            id="neg-appeal",
        ),
        pytest.param(
            "وقال المحتجون إنهم سيواصلون احتجاجاتهم حتى تحقيق مطالبهم.",
            dt.date(2023, 9, 1),
            [],
            id="neg-future",
        ),
        pytest.param(
            "وفي جمعة الماضي خرج مئات المسلحين من حي الوعر باتجاه الشمال.",
            dt.date(2016, 5, 10),
            [],
            id="neg-fighters-leaving",
        ),
    ],
)
def test_s15_possessive_protest_nouns_and_the_friday_before_the_verb(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hI3): protest nouns with a possessive ending (احتجاجاتهم، مظاهراتهم،
    وقفتهم الاحتجاجية) are protest cues, and a named Friday told before «خرج الآلاف» makes the
    crowd a protest."""
    events = only(run(extractor, text, pub), "protest")
    assert [e.location for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "واصل المتظاهرون أمس احتجاجاتهم في بغداد، فيما ارتفعت حصيلة الضحايا إلى 93 قتيلاً.",
            dt.date(2019, 10, 6),
            [("protest", None)],
            id="running-count-beside-a-protest",
        ),
        pytest.param(
            "ارتفع عدد ضحايا الاحتجاجات التي تشهدها بغداد ومحافظات الوسط والجنوب منذ الثلاثاء"
            " الماضي إلى 104 قتلى وأكثر من 6 آلاف جريح.",
            dt.date(2019, 10, 6),
            [],
            id="the-wave-whose-dead-are-counted",
        ),
        pytest.param(
            "دعت التنسيقيات إلى الاستمرار حتى إسقاط الحكومة، متوعدة بتظاهرات حاشدة في ساحة"
            " التحرير خلال الأيام المقبلة.",
            dt.date(2019, 10, 6),
            [],
            id="threatened-protests",
        ),
        pytest.param(
            "وقالت خلية الإعلام الأمني إن القوات الأمنية لم تستخدم الرصاص الحي وإن أيادي مندسة"
            " وراء قتل المتظاهرين ومنتسبي الأمن.",
            dt.date(2019, 10, 6),
            [],
            id="blamed-for-killing-protesters",
        ),
        pytest.param(
            "وحمل الصدر الحكومة مسؤولية قتل المتظاهرين في بغداد والناصرية.",
            dt.date(2019, 10, 6),
            [],
            id="held-responsible",
        ),
        pytest.param(
            "خرج آلاف المتظاهرين في الناصرية، وأطلقت القوات الأمنية النار عليهم، ما أدى إلى مقتل"
            " 3 منهم.",
            dt.date(2019, 10, 26),
            [("protest", 3)],
            id="dead-of-a-protest-met-with-force-stay",
        ),
        pytest.param(
            "قتل 12 متظاهراً برصاص قوات الأمن في درعا أمس، وارتفعت حصيلة القتلى إلى 15.",
            dt.date(2011, 4, 23),
            [("protest", 15)],
            id="count-risen-of-a-shooting-stays",
        ),
        pytest.param(  # session 15, hL4: a count since the wave began is no update
            "قتل 3 متظاهرين اليوم في درعا، ليرتفع عدد القتلى منذ بدء الاحتجاجات إلى 40.",
            dt.date(2011, 4, 23),
            [("protest", 3)],
            id="count-since-the-start-of-the-protests-is-a-toll",
        ),
        pytest.param(
            "قتل 5 متظاهرين في الناصرية اليوم، ليرتفع عدد القتلى منذ انطلاق التظاهرات إلى 149.",
            dt.date(2019, 10, 26),
            [("protest", 5)],
            id="count-since-the-protests-began-iraq",
        ),
    ],
)
def test_s15_running_counts_threats_and_blame_are_no_protest_figures(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 15 (hI3): a count told rising beside a protest told by its noun is the wave's
    running count, the wave whose dead are counted is no event, protests threatened (متوعدة
    بتظاهرات) are future, and the killing of protesters someone is blamed for (وراء قتل
    المتظاهرين، مسؤولية قتل المتظاهرين) is no mention of it (dev8 011, dev12 009)."""
    events = run(extractor, text, pub)
    assert [(e.action, e.fatalities) for e in events] == expected


def test_s15_a_superlative_since_a_start_is_told_now(extractor: Extractor) -> None:
    """Session 15 (hI3): «أعنف المواجهات منذ انطلاق التظاهرات، حين خرج المئات … قبل أن تفتح
    قوات مكافحة الشغب … النار الحي عليهم» is that night's protest met with force; «منذ انطلاق»
    only measures the superlative (dev8 011-01)."""
    text = (
        "وشهدت مدينة الصدر شرقي العاصمة، ليل الجمعة – السبت، أعنف المواجهات منذ انطلاق التظاهرات،"
        " حين خرج المئات من الشباب باتجاه ساحة 55 وقطعوا الشوارع بالإطارات المشتعلة، قبل أن تفتح"
        " قوات مكافحة الشغب وعناصر بملابس مدنية النار الحي عليهم."
    )
    (event,) = only(run(extractor, text, dt.date(2019, 10, 6)), "protest")
    assert (event.location, event.actor2) == ("Baghdad", "iraqi_security_forces")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hD5): a bare «كما استهدف» after raids is the aircraft's
            "شن الطيران الحربي غارات على بلدة سلمى، كما استهدف قرية تردين.",
            [("airstrike", "بلدة سلمى"), ("airstrike", "تردين")],
            id="also-targeted-after-raids-sohr",
        ),
        pytest.param(
            "استهدف الطيران الروسي بلدة كفرنبودة، كما استهدف بلدة قلعة المضيق.",
            [("airstrike", "كفرنبودة"), ("airstrike", "قلعة المضيق")],
            id="also-targeted-after-targeting",
        ),
        pytest.param(
            "وقال المرصد إن الطائرات الحربية الروسية شنت 12 غارة على ريف إدلب الجنوبي، كما استهدفت"
            " محيط بلدة الهبيط.",
            [("airstrike", "إدلب"), ("airstrike", "الهبيط")],
            id="also-targeted-outskirts",
        ),
        pytest.param(
            "نفذ طيران الجيش العراقي ضربات جوية على أوكار داعش في قضاء القائم، كما استهدف تجمعاً"
            " للإرهابيين في منطقة عكاشات.",
            [("airstrike", "القائم"), ("airstrike", "عكاشات")],
            id="also-targeted-iraqi-air-force",
        ),
        pytest.param(  # the aircraft were shot down, they struck nothing
            "أسقطت فصائل المعارضة طائرة حربية في ريف إدلب، كما استهدفت مواقع النظام في بلدة أبو"
            " الظهور.",
            [],
            id="downed-aircraft-no-strike",
        ),
        pytest.param(  # the guns told between: not the aircraft's
            "شن الطيران الحربي غارات على بلدة سراقب، وقصفت المدفعية بلدة سرمين، كما استهدفت بلدة بنش.",
            [("airstrike", "سراقب"), ("shelling", "سرمين")],
            id="guns-between",
        ),
        pytest.param(  # a side of its own as the subject
            "شن الطيران الحربي غارات على بلدة سراقب، كما استهدفت فصائل المعارضة مواقع قوات النظام"
            " في بلدة أبو الظهور.",
            [("airstrike", "سراقب")],
            id="own-subject",
        ),
        pytest.param(  # no aircraft told before
            "قصفت المدفعية بلدة سرمين، كما استهدفت بلدة بنش.",
            [("shelling", "سرمين")],
            id="after-shelling",
        ),
    ],
)
def test_s16_bare_targeting_verb_continues_an_air_strike(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hD5): «كما استهدف/ثم استهدف» with no subject, platform or other cue of its
    own, after an air strike told earlier in the sentence, is that aircraft's next strike
    (SOHR/Smart village round-ups); a downed aircraft or guns told between keep it no strike."""
    events = run(extractor, text, dt.date(2019, 5, 2))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hD5): targets joined by و in one clause, each with its town
            "شنت طائرات أميركية غارات على مقرات لفصائل موالية لإيران في مدينة الميادين وموقعاً"
            " قرب بلدة الهري.",
            [("airstrike", "الميادين"), ("airstrike", "الهري")],
            id="target-near-town-joined",
        ),
        pytest.param(
            "استهدفت مسيرات تركية محطة السويدية للغاز في ريف المالكية ومعملاً للإسمنت في ريف عين"
            " العرب وحاجزاً لقسد على طريق عامودا.",
            [("airstrike", "محطة السويدية"), ("airstrike", "عين العرب"), ("airstrike", "عامودا")],
            id="facility-then-targets-anha",
        ),
        pytest.param(
            "استهدفت غارة جوية منزلاً في بلدة سراقب ومنزلاً آخر في بلدة سرمين.",
            [("airstrike", "سراقب"), ("airstrike", "سرمين")],
            id="another-house",
        ),
        pytest.param(
            "قصفت المدفعية التركية مواقع لقسد في قرية مرعناز ونقاطاً عسكرية قرب مدينة تل رفعت.",
            [("shelling", "مرعناز"), ("shelling", "تل رفعت")],
            id="shelling-targets",
        ),
        pytest.param(  # a count of strikes opens the next target (واثنتان في منطقة القائم)
            "نفذت طائرات مجهولة غارات على مواقع لفصائل عراقية في البوكمال، واثنتان في منطقة القائم"
            " على الجانب العراقي من الحدود.",
            [("airstrike", "أبو كمال"), ("airstrike", "القائم")],
            id="count-of-strikes-elsewhere",
        ),
        pytest.param(
            "شن طيران التحالف غارات على مواقع لداعش في الرقة، وثلاث في مدينة الطبقة.",
            [("airstrike", "الرقة"), ("airstrike", "الطبقة")],
            id="count-of-raids-elsewhere",
        ),
        pytest.param(  # no target noun: a place the vehicle was headed for
            "قصف الطيران الحربي بلدة كفرنبل وسيارة إسعاف كانت متجهة إلى مدينة معرة النعمان.",
            [("airstrike", "كفر نبل")],
            id="headed-for-no-target",
        ),
        pytest.param(  # the origin of the fire is no target
            "قصفت قوات النظام من مواقعها في بلدة جورين ومواقعها قرب مدينة محردة بلدة قلعة المضيق.",
            [("shelling", "قلعة المضيق")],
            id="origins-not-targets",
        ),
    ],
)
def test_s16_targets_joined_in_one_clause_each_with_its_town(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hD5): a strike's targets joined by و in one clause, each told with where it
    is (…في مدينة الميادين وموقعاً قرب بلدة الهري), are one strike per town, as listed_targets
    does for targets told in the clauses after (dev8 010, dev10 011)."""
    events = run(extractor, text, dt.date(2019, 5, 2))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hD5): a week's barrels on the town told with no dead
            "وتعرضت مدينة داريا خلال الأسبوع لقصف بأكثر من 40 برميلاً متفجراً ألقتها المروحيات على"
            " الأحياء السكنية.",
            [("airstrike", "داريا", None)],
            id="week-of-barrels-enab",
        ),
        pytest.param(
            "تعرضت مدينة سراقب خلال الأسبوع لأكثر من 60 غارة جوية.",
            [("airstrike", "سراقب", None)],
            id="week-of-raids",
        ),
        pytest.param(
            "ألقى الطيران المروحي خلال الأسبوع أكثر من 30 برميلاً متفجراً على بلدات وادي بردى.",
            [("airstrike", "وادي بردى", None)],
            id="week-of-barrels-sohr",
        ),
        pytest.param(  # the week's dead: a toll, no event
            "تعرضت مدينة سراقب خلال الأسبوع الماضي لأكثر من 60 غارة جوية أدت إلى مقتل 12 مدنياً.",
            [],
            id="week-with-dead-is-toll",
        ),
        pytest.param(  # a campaign's total still blocks
            "شن الطيران الحربي منذ بداية الشهر أكثر من 1000 غارة على ريف إدلب.",
            [],
            id="since-month-start-total",
        ),
    ],
)
def test_s16_an_act_told_over_the_week_with_no_dead_is_an_event(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hD5): «خلال الأسبوع» with no dead, wounded or captured counted in the part
    tells the act itself (Enab Baladi's weekly town reports: dev9 006), not a cumulative toll."""
    events = run(extractor, text, dt.date(2013, 2, 10))
    assert [(e.action, e.location_ar, e.fatalities) for e in events] == expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        pytest.param(  # session 16 (hD5): حي الجمعيات is also a quarter of Albu Kamal
            [
                "صدّ مقاتلو لواء شهداء الإسلام في داريا يوم الخميس الماضي محاولة جديدة لقوات الأسد"
                " للتقدم من جهة حي الجمعيات غرب المدينة.",
                "وتعرضت المدينة أمس لقصف ببراميل متفجرة ألقتها المروحيات على الأحياء السكنية.",
            ],
            ["داريا", "داريا"],
            id="namesake-quarter-of-the-town",
        ),
        pytest.param(  # the quarter's own town: unchanged
            [
                "قتل 4 مدنيين في البوكمال أمس بقصف على حي الجمعيات غرب المدينة.",
                "وتعرضت المدينة اليوم لقصف جوي.",
            ],
            ["أبو كمال", "أبو كمال"],
            id="quarter-of-its-own-town",
        ),
    ],
)
def test_s16_a_quarter_in_the_town_named_before_is_that_town_s(
    extractor: Extractor, paras: list, expected: list
) -> None:
    """Session 16 (hD5): a quarter placed in «the town» (حي الجمعيات غرب المدينة) after another
    town far from the quarter's own is a namesake quarter of that town: «المدينة» told next
    stays that town (dev9 006: Darayya's raids went to Albu Kamal)."""
    events = run(extractor, "\n".join(paras), dt.date(2013, 2, 10))
    assert [e.location_ar for e in events] == expected


# ---- session 16 (hG5): a claim or a charge naming the places of acts told before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت سيارة مفخخة في بلدة التاجي شمال بغداد ما أدى إلى مقتل 10 أشخاص. وفي الضلوعية،"
            " هاجم مسلحون مقراً للجيش ما أسفر عن مقتل 15 جندياً.\nودان رئيس الوزراء الهجمات.\n"
            "وتبنى تنظيم دولة العراق الإسلامية في بيان هجمات التاجي والضلوعية.",
            [("bombing", "التاجي", "isis"), ("clash", "الضلوعية", "isis")],
            id="a-claim-of-two-towns-acts-paragraphs-after",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في حي الكرادة وسط بغداد أسفرت عن مقتل 80 شخصاً.\nوفي سياق آخر،"
            " قتل ثلاثة جنود بهجوم في الرمادي.\nوأعلن تنظيم الدولة مسؤوليته عن تفجير الكرادة في"
            " بيان على الإنترنت.",
            [("bombing", "بغداد", "isis"), ("clash", "الرمادي", "unknown")],
            id="a-claim-of-a-quarter-not-the-latest-act",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة أعزاز قرب مبنى المحكمة ما أدى إلى مقتل 43 شخصاً.\nوقتل"
            " مدنيان بقصف مدفعي على مدينة مارع.\nواتهمت فصائل المعارضة تنظيم داعش بالوقوف وراء"
            " تفجير أعزاز.",
            [("bombing", "أعزاز", "isis"), ("shelling", "مارع", "unknown")],
            id="a-charge-naming-the-town-of-an-earlier-act",
        ),
        pytest.param(
            "قتل 20 شخصاً بانفجار سيارتين مفخختين في سوق بمدينة الحلة. كما انفجرت عبوة ناسفة في"
            " حي الكرادة ببغداد أسفرت عن مقتل أربعة.\nوفي الموصل، قتل شرطيان بهجوم مسلح على نقطة"
            " تفتيش.\nوأعلنت دولة العراق الإسلامية مسؤوليتها عن تفجيرات الحلة والكرادة.",
            [("bombing", "الحلة", "isis"), ("bombing", "بغداد", "isis")],
            id="the-islamic-state-of-iraq-claims-two-cities",
        ),
        pytest.param(
            "انفجرت سيارة مفخخة في حي الكرادة وسط بغداد أسفرت عن مقتل 80 شخصاً.\nوفي حي الشعلة،"
            " اغتال مسلحون مجهولون ضابطاً في الشرطة أمام منزله.\nوأعلن تنظيم الدولة مسؤوليته عن"
            " تفجير الكرادة في بيان على الإنترنت.",
            [("bombing", "بغداد", "isis"), ("attack", "بغداد", "unknown")],
            id="neg-a-quarter-claimed-is-not-every-act-of-its-city",
        ),
    ],
)
def test_s16_a_claim_naming_places_gives_those_acts_actor1(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hG5): a claim or a charge naming the places of acts told earlier (وتبنى
    التنظيم «غزوة» التاجي والضلوعية؛ أعلن مسؤوليته عن تفجير الكرادة) gives those acts actor1, in
    any paragraph, and not the latest act elsewhere (dev8 002); «دولة العراق الإسلامية» is ISIS."""
    events = run(extractor, text, dt.date(2016, 7, 4))
    for action, place, actor1 in expected:
        got = [e for e in events if e.action == action and e.location_ar == place]
        assert got and got[0].actor1 == actor1, (
            action,
            place,
            [(e.action, e.location_ar, e.actor1) for e in events],
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شن تنظيم داعش هجوماً على سجن الصناعة في الحسكة. وبدأ الهجوم، بحسب بيان لقسد، بتفجير"
            " سيارتين مفخختين عند البوابة الرئيسية للسجن.",
            ("bombing", "isis"),
            id="the-attack-opened-with-car-bombs",
        ),
        pytest.param(
            "هاجم عناصر من داعش نقاطاً للحشد الشعبي قرب عكاشات. وقال مصدر أمني إن الهجوم بدأ"
            " بتفجير انتحاريين نفسيهما.",
            ("bombing", "isis"),
            id="the-attack-began-with-suicide-bombers",
        ),
        pytest.param(
            "شن تنظيم الدولة هجوماً على مواقع قوات النظام في تدمر. وبدأ الهجوم بقصف مدفعي عنيف.",
            ("shelling", "isis"),
            id="the-attack-opened-with-shelling",
        ),
        pytest.param(
            "هاجم مسلحون مجهولون حاجزاً للشرطة في الرمادي. وبدأ الهجوم بتفجير سيارة مفخخة عند مدخل"
            " الحاجز.",
            ("bombing", "unknown"),
            id="neg-an-attack-by-unknown-gunmen",
        ),
        pytest.param(
            "قتل 5 عناصر من قسد بانفجار عبوة ناسفة في بلدة الشحيل. وفي سياق آخر، هاجمت خلايا داعش"
            " نقطة لقسد في ذيبان.",
            ("bombing", "unknown"),
            id="neg-a-blast-before-another-attack",
        ),
        pytest.param(
            "شن تنظيم الدولة هجوماً على مواقع قوات النظام في تدمر. وبدأ الهجوم بتفجير عربة مفخخة.",
            ("shelling", None),
            id="neg-a-blast-opening-is-no-shelling",
        ),
        pytest.param(  # session 16, hN5: the attack as the verb's pronoun, the site's users hit
            "شنت قوات النظام هجوماً على المليحة، بدأته بتفجير نفق كان يستخدمه مقاتلو المعارضة.",
            ("bombing", "syrian_regime"),
            id="opened-it-with-a-blast-the-pronoun-is-the-attack",
        ),
        pytest.param(
            "شن تنظيم داعش هجوماً على سجن غويران في الحسكة. وبدأه بتفجير سيارتين مفخختين عند"
            " البوابة الرئيسية.",
            ("bombing", "isis"),
            id="opened-it-in-the-next-sentence",
        ),
    ],
)
def test_s16_a_blast_or_shelling_opening_an_attack_is_the_attackers(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 16 (hG5): a bombing or a shelling told as the opening of an attack whose side was
    told before (شن التنظيم هجوماً على السجن. وبدأ الهجوم بتفجير سيارتين مفخختين؛ وبدأ الهجوم بقصف
    مدفعي) is the attacker's (dev10 003 Ghweran); an attack by unknown gunmen gives nothing."""
    action, actor1 = expected
    events = only(run(extractor, text, dt.date(2016, 7, 4)), action)
    if actor1 is None:
        assert not events
    else:
        assert events and events[0].actor1 == actor1, [(e.action, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "شهدت مدينة الرستن مظاهرة حاشدة أمس الجمعة تعرضت لإطلاق نار من قبل قوات الأمن.",
            dt.date(2011, 10, 8),
            [("protest", "syrian_regime")],
            id="fire-as-a-noun-then-min-qibal",
        ),
        pytest.param(
            "خرجت مظاهرة في الديوانية أمس، وتعرض المحتجون للقمع على يد قوات مكافحة الشغب.",
            dt.date(2019, 10, 26),
            [("protest", "iraqi_security_forces")],
            id="repression-then-ala-yad",
        ),
        pytest.param(
            "مظاهرة حاشدة في حماة نظمت من قبل تنسيقية المدينة أمس.",
            dt.date(2011, 8, 5),
            [("protest", "")],
            id="neg-organised-by-is-no-force",
        ),
        pytest.param(
            "خرجت مظاهرة في مدينة الباب احتجاجا على الغلاء، ونظمت المظاهرة من قبل الحكومة المؤقتة.",
            dt.date(2020, 3, 2),
            [("protest", "")],
            id="neg-organised-by-a-government",
        ),
        pytest.param(
            "شهدت مدينة الرستن مظاهرة حاشدة أمس الجمعة أطلقت عليها قوات الأمن النار.",
            dt.date(2011, 10, 8),
            [("protest", "syrian_regime")],
            id="fired-on-it-verb-first",
        ),
        pytest.param(
            "خرجت مظاهرة حاشدة في مدينة القامشلي أمس الجمعة تطالب بإسقاط النظام، وقام عناصر"
            " الأمن بتفريقها بالقوة.",
            dt.date(2011, 10, 8),
            [("protest", "syrian_regime")],
            id="qama-men-of-the-security-to-disperse-it",
        ),
        pytest.param(
            "استهدف الأمن مظاهرة في حي الميدان بدمشق بالرصاص الحي أمس، ما أدى إلى مقتل متظاهر.",
            dt.date(2011, 10, 8),
            [("protest", "syrian_regime")],
            id="a-demonstration-targeted-with-bullets",
        ),
        pytest.param(
            "استهدفت قوات النظام تجمعات لمقاتلي الجيش الحر بالرشاشات الثقيلة في بلدة الرستن.",
            dt.date(2012, 5, 10),
            [("clash", "fsa")],
            id="neg-fighters-gatherings-targeted",
        ),
        pytest.param(
            "نظم أنصار جبهة النصرة مظاهرة في حلب، وأطلق عناصر الجبهة النار في الهواء ابتهاجا.",
            dt.date(2013, 4, 10),
            [("protest", "")],
            id="neg-supporters-organise-and-fire-in-joy",
        ),
        pytest.param(
            "نظم أنصار جبهة النصرة مظاهرة في حلب، وقامت قوات النظام بتفريقها بالرصاص.",
            dt.date(2013, 4, 10),
            [("protest", "syrian_regime")],
            id="supporters-protest-dispersed-by-the-regime",
        ),
    ],
)
def test_s16_protest_force_told_as_a_noun_an_agent_or_a_targeting(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hA5): the force on a protest told as a noun before its side's agent marker
    (تعرضت لإطلاق نار من قبل قوات الأمن، للقمع على يد …), a verb with «عليها» or «قام»
    (أطلقت عليها قوات الأمن النار؛ وقام عناصر الأمن بتفريقها) and a demonstration as the object
    of a small-arms targeting (استهدف الأمن مظاهرة بالرصاص) name the protest's actor2 (§4);
    an organiser after «من قبل», a side whose supporters protest (نظم أنصار جبهة النصرة) and
    fire of joy do not."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2) for e in events] == expected


def test_s16_protesters_hurt_elsewhere_in_the_article_faced_its_one_force(
    extractor: Extractor,
) -> None:
    """Session 16 (hA5): protesters killed at a protest told with no side, in an article whose
    other protests met force from one state side only, faced that side (§4: clearly implied);
    a protest with no one hurt keeps no side."""
    text = (
        "قتل 34 شخصا على الأقل أمس الجمعة في مدينة حماة عندما أطلقت قوات الأمن النار على مظاهرة"
        " حاشدة تطالب برحيل الرئيس بشار الأسد.\n"
        "وفي درعا، قتل متظاهران في بلدة الحراك برصاص قناصة.\n"
        "وفي ريف دمشق قتل ثلاثة أشخاص خلال تفريق مظاهرة في مدينة دوما.\n"
        "وخرجت مظاهرة في مدينة بانياس دون سقوط ضحايا."
    )
    events = only(run(extractor, text, dt.date(2011, 6, 4)), "protest")
    assert [(e.location_ar, e.actor2) for e in events] == [
        ("حماة", "syrian_regime"),
        ("مدينة الحراك", "syrian_regime"),
        ("دوما", "syrian_regime"),
        ("بانياس", ""),
    ]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "أطلقت القوات الأمنية النار على المتظاهرين في الناصرية، فيما قتل متظاهران في"
            " الديوانية.",
            dt.date(2019, 10, 3),
            [("الناصرية", "iraqi_security_forces"), ("الديوانية", "iraqi_security_forces")],
            id="the-force-met-a-protest-with-no-one-hurt",
        ),
        pytest.param(
            "قتل 25 متظاهرا في درعا أمس، وقال شهود إن قوات الأمن أطلقت النار على المصلين بعد"
            " خروجهم من المسجد العمري.",
            dt.date(2011, 4, 9),
            [("درعا", "syrian_regime")],
            id="the-state-shooting-of-the-same-sentence",
        ),
        pytest.param(
            "قتل 25 متظاهرا في درعا أمس.\nوقالت مصادر إن مسلحين مجهولين أطلقوا النار على المصلين.",
            dt.date(2011, 4, 9),
            [("درعا", "")],
            id="neg-unknown-gunmen-in-the-next-sentence",
        ),
    ],
)
def test_s16_protesters_hurt_faced_the_force_of_their_sentence_or_article(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hA5): protesters killed at a protest told with no side faced the state side
    shooting in the same sentence, else the one state side the article's other protests faced,
    met with casualties or not."""
    events = only(run(extractor, text, pub), "protest")
    assert [(e.location_ar, e.actor2) for e in events] == expected


def test_s16_protesters_hurt_keep_no_side_where_another_side_attacked_protesters(
    extractor: Extractor,
) -> None:
    """Session 16 (hA5): where gunmen of another side shot protesters too, the protesters hurt
    at a protest told with no side are not lent the security forces (dev16 012)."""
    text = (
        "أطلق مسلحون مجهولون النار على المعتصمين في ساحة الحبوبي بالناصرية، ما أدى إلى مقتل"
        " سبعة متظاهرين.\n"
        "وفي الكوت قتل متظاهر برصاص القوات الأمنية خلال تظاهرة.\n"
        "وفي بغداد أصيب 20 متظاهرا خلال تظاهرة في ساحة التحرير."
    )
    events = run(extractor, text, dt.date(2020, 11, 28))
    baghdad = [e for e in events if e.action == "protest" and e.location_ar == "بغداد"]
    assert baghdad and all(e.actor2 == "" for e in baghdad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hJ5): two jets told in the dual, with their owner
            "شنت مقاتلتان أميركيتان فجر الجمعة ضربات على منشأتين تابعتين لكتائب حزب الله قرب"
            " البوكمال.",
            [("airstrike", "usa", "أبو كمال")],
            id="two-us-jets-dev10",
        ),
        pytest.param(
            "قصفت مقاتلتان روسيتان بلدة كفرنبل صباح اليوم.",
            [("airstrike", "russia", "كفر نبل")],
            id="two-russian-jets-shelled",
        ),
        pytest.param(
            "أغارت قاذفتان استراتيجيتان روسيتان على مواقع التنظيم في دير الزور.",
            [("airstrike", "russia", "دير الزور")],
            id="two-strategic-bombers",
        ),
        pytest.param(
            "استهدفت مروحيتان تابعتان للنظام بلدة اللطامنة بالبراميل المتفجرة.",
            [("airstrike", "syrian_regime", "اللطامنة")],
            id="two-helicopters",
        ),
        pytest.param(  # two women fighters of the YPJ, not two jets: the shelling stays
            "قتلت مقاتلتان كرديتان جراء قصف على قرية تل تمر أمس.",
            [("shelling", "unknown", "تل تامر")],
            id="two-women-fighters-not-jets",
        ),
        pytest.param(  # a march (مسيرة) in the dual is no drone
            "خرجت مسيرتان في مدينة القامشلي تنديداً بالقصف التركي.",
            [],
            id="two-marches-no-drones",
        ),
    ],
)
def test_s16_two_aircraft_told_in_the_dual(extractor: Extractor, text: str, expected: list) -> None:
    """Session 16 (hJ5): two fighter jets, bombers or helicopters told in the dual (مقاتلتان
    أميركيتان، قاذفتان روسيتان، مروحيتان) are the aircraft of the strike; مقاتلتان only with an
    aircraft's or owner's adjective after it, as it is also two women fighters."""
    events = run(extractor, text, dt.date(2021, 2, 27))
    assert [(e.action, e.actor1, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hJ5): the strikes did not prevent …: they happened
            "لم تمنع الغارات الأميركية التي استهدفت، فجر الجمعة، منشأتين قرب البوكمال من تجدد"
            " الهجمات.",
            [("airstrike", "أبو كمال")],
            id="did-not-prevent-dev10",
        ),
        pytest.param(
            "لم يمنع القصف الجوي الروسي على بلدة كفرنبل أمس الأهالي من الخروج في مظاهرة.",
            [("airstrike", "كفر نبل"), ("protest", "كفر نبل")],
            id="did-not-prevent-the-protest",
        ),
        pytest.param(
            "ولم يحل القصف المدفعي على مدينة دوما صباح اليوم دون خروج المظاهرة.",
            [("shelling", "دوما")],
            id="did-not-stand-in-the-way",
        ),
        pytest.param(  # the strike noun before the negated verb
            "الغارات الروسية على كفرنبل أمس لم تمنع المقاتلين من التقدم.",
            [("airstrike", "كفر نبل")],
            id="subject-then-did-not-prevent",
        ),
        pytest.param(  # the strike itself denied: still none
            "لم يستهدف الطيران الحربي بلدة كفرنبل أمس.",
            [],
            id="strike-denied",
        ),
        pytest.param(
            "لم تشن الطائرات الروسية أي غارة على مدينة سراقب.",
            [],
            id="no-raid-launched",
        ),
    ],
)
def test_s16_a_strike_that_did_not_prevent_happened(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hJ5): «لم تمنع/لم تردع/لم تحل دون» negates what the strike failed to stop,
    not the strike that is its subject (dev10 011); a strike denied itself stays none."""
    events = run(extractor, text, dt.date(2021, 2, 27))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hJ5): shares of a count of strikes, each on its town
            "شنت الطائرات الروسية ثماني غارات، ثلاث منها على مدينة سراقب واثنتان على بلدة سرمين.",
            [("airstrike", "سراقب"), ("airstrike", "سرمين")],
            id="shares-after-bare-on",
        ),
        pytest.param(
            "نفذ الطيران الحربي عشر غارات، أربع منها على مدينة معرة النعمان وست على بلدة كفرنبل.",
            [("airstrike", "معرة النعمان"), ("airstrike", "كفر نبل")],
            id="share-six",
        ),
        pytest.param(  # the shares in clauses of their own, after a clause with no place
            "نفذ الطيران الحربي الروسي 12 غارة جوية، خمس منها على بلدة كفرنبل، وأربع على مدينة خان"
            " شيخون، وثلاث على قرية حيش.",
            [("airstrike", "كفر نبل"), ("airstrike", "خان شيخون"), ("airstrike", "حيش")],
            id="shares-in-clauses",
        ),
        pytest.param(  # shares told in digits
            "ألقى الطيران المروحي 20 برميلاً متفجراً، منها 12 على مدينة داريا و8 على بلدة المعضمية.",
            [("airstrike", "داريا"), ("airstrike", "معضمية الشام")],
            id="shares-in-digits",
        ),
        pytest.param(  # a target on the edge of another town
            "قصفت الطائرات الحربية مواقع في بلدة سراقب ومنزلاً على أطراف بلدة سرمين.",
            [("airstrike", "سراقب"), ("airstrike", "سرمين")],
            id="target-on-the-edge-of-a-town",
        ),
        pytest.param(  # fighters on a front are no target of the strike
            "شن الطيران الحربي غارات على مدينة سراقب وثلاثة من عناصر الفصائل على جبهة بلدة سرمين.",
            [("airstrike", "سراقب")],
            id="fighters-on-a-front-not-a-target",
        ),
    ],
)
def test_s16_shares_of_a_count_of_strikes_each_on_its_town(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hJ5): «ثماني غارات، ثلاث منها على مدينة سراقب واثنتان على بلدة سرمين»: each
    share of a count of strikes told with «على» and its town is one strike per town (codebook
    §1), in one clause or in clauses of their own after the count."""
    events = run(extractor, text, dt.date(2019, 6, 10))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hJ5): a given name after a strike's «على» is the village
            "شن الطيران الحربي أكثر من 40 غارة على سلمى ومحيطها.",
            [("airstrike", "بلدة سلمى")],
            id="salma-after-raids-on-dev3",
        ),
        pytest.param(
            "شن الطيران الروسي غارات على سلمى وكنسبا في ريف اللاذقية.",
            [("airstrike", "بلدة سلمى"), ("airstrike", "كنّسبّا")],
            id="given-name-first-in-a-list",
        ),
        pytest.param(
            "شن الطيران الحربي غارات على كنسبا وسلمى.",
            [("airstrike", "كنّسبّا"), ("airstrike", "بلدة سلمى")],
            id="given-name-second-in-a-list",
        ),
        pytest.param(
            "أسفرت الغارات على حيان وحريتان عن مقتل 5 مدنيين.",
            [("airstrike", "بلدة حيان"), ("airstrike", "حريتان")],
            id="hayyan-after-raids-on",
        ),
        pytest.param(  # the woman who speaks is no place; the town is told with its noun
            "تحدثت سلمى عن الغارات على حلب.",
            [("airstrike", "حلب")],
            id="a-person-named-salma",
        ),
        pytest.param(  # a boy named Hayyan killed in a raid on another town
            "استشهد الطفل حيان جراء غارة على بلدة كفرنبل.",
            [("airstrike", "كفر نبل")],
            id="a-boy-named-hayyan",
        ),
    ],
)
def test_s16_a_given_name_after_a_strike_s_on_is_the_village(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hJ5): a village the gazetteer knows only with its settlement noun, as its
    bare name is a given name (بلدة سلمى، بلدة حيان), is that village right after a strike
    noun's «على» (غارات على سلمى ومحيطها: dev3 005), where no person is meant."""
    events = run(extractor, text, dt.date(2016, 2, 10))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # session 16 (hJ5): two villages the gazetteer lacks, each struck
            "شنت المقاتلات التركية غارات على قرية بوراز، ثم استهدفت قرية كوران بريف عفرين.",
            [("airstrike", "بوراز"), ("airstrike", "كوران")],
            id="two-unknown-villages-in-two-clauses",
        ),
        pytest.param(
            "شن الطيران الحربي غارات على قرية تردين، كما استهدف قرية كبانة في جبل الأكراد.",
            [("airstrike", "تردين"), ("airstrike", "كبانة")],
            id="unknown-village-then-a-known-one",
        ),
        pytest.param(  # one village struck and placed by its locator: at the locator
            "قصفت المقاتلات التركية قرية بوراز بريف عفرين.",
            [("airstrike", "عفرين")],
            id="one-unknown-village-stays-at-its-locator",
        ),
        pytest.param(  # no name after the noun
            "شن الطيران الحربي غارات على قرية مجاورة لمدينة عفرين.",
            [("airstrike", "عفرين")],
            id="a-village-next-to-a-town-no-name",
        ),
        pytest.param(
            "استهدفت غارة جوية قرية صغيرة قرب مدينة جنديرس.",
            [("airstrike", "جنديرس")],
            id="a-small-village-no-name",
        ),
        pytest.param(  # a known town after the noun: no unknown name read after it
            "قصف مدفعي على بلدة التمانعة يوقع قتيلاً وجريحين.",
            [("shelling", "التمانعة")],
            id="known-town-no-stand-in",
        ),
    ],
)
def test_s16_a_struck_village_the_gazetteer_lacks_is_an_event_of_its_own(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hJ5): «قرية X» right after a strike's «على» or a targeting verb names one
    village struck even when the gazetteer lacks it: it stands near the place its clause is told
    near, so two such villages are two events (codebook §1), not one at the district."""
    events = run(extractor, text, dt.date(2018, 3, 10))
    assert [(e.action, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "خرجت مظاهرة في حي برزة بدمشق أمس، وحاصرتها قوات الأمن.",
            dt.date(2011, 6, 10),
            [("protest", "syrian_regime")],
            id="besieged-it-no-force-word-after",
        ),
        pytest.param(
            "خرجت مظاهرة في حي برزة بدمشق أمس، وفرقتها قوات الأمن.",
            dt.date(2011, 6, 10),
            [("protest", "syrian_regime")],
            id="dispersed-it",
        ),
        pytest.param(
            "خرج المئات في تظاهرة وسط الناصرية أمس، وفرقتهم قوات مكافحة الشغب.",
            dt.date(2019, 11, 10),
            [("protest", "iraqi_security_forces")],
            id="dispersed-them",
        ),
        pytest.param(
            "خرجت مظاهرة في حي برزة بدمشق أمس، وحاصرتها قوات الأمن واعتقلت عددا من المشاركين فيها.",
            dt.date(2011, 6, 10),
            [("protest", "syrian_regime"), ("arrest", "")],
            id="besieged-it-and-arrested-in-an-event-of-its-own",
        ),
        pytest.param(
            "تظاهر المئات في دوما أمس، واعتقلت قوات الأمن عددا منهم.",
            dt.date(2011, 6, 10),
            [("protest", "syrian_regime"), ("arrest", "")],
            id="some-of-them-arrested",
        ),
        pytest.param(
            "نظم أهالي مدينة منبج مظاهرة ضد تنظيم داعش، فهاجمهم عناصر التنظيم واعتقلوا عددا منهم.",
            dt.date(2014, 6, 10),
            [("protest", "isis"), ("abduction", "civilians")],
            id="attacked-them-and-abducted-some-of-them",
        ),
        pytest.param(
            "خرجت مظاهرة في مدينة دوما أمس، واعتقلت قوات الأمن ناشطا في المدينة.",
            dt.date(2011, 6, 10),
            [("protest", ""), ("arrest", "")],
            id="neg-someone-else-arrested",
        ),
        pytest.param(
            "خرجت مظاهرة في مدينة دوما أمس، وقصفت قوات النظام مدينة حرستا.",
            dt.date(2011, 6, 10),
            [("protest", ""), ("shelling", "")],
            id="neg-another-town-shelled",
        ),
        pytest.param(
            "خرجت مظاهرة في مدينة دوما أمس. واعتقلت قوات الأمن عددا منهم في المدينة.",
            dt.date(2011, 6, 10),
            [("protest", ""), ("arrest", "")],
            id="neg-an-arrest-of-the-next-sentence",
        ),
        pytest.param(
            'في "جمعة أحرار الجيش" خرجت مظاهرات في كفرنبل.',
            dt.date(2012, 2, 12),
            [("protest", "")],
            id="neg-the-army-in-a-friday-name",
        ),
        pytest.param(
            "في جمعة «الجيش الحر يحميني» خرجت مظاهرات في كفرنبل وأطلقت قوات الأمن النار على"
            " المتظاهرين.",
            dt.date(2011, 11, 26),
            [("protest", "syrian_regime")],
            id="the-fsa-in-a-friday-name-the-force-after",
        ),
    ],
)
def test_s16_a_protest_broken_up_in_the_next_clause(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hM5): a force verb whose object pronoun is the protest or its crowd (وحاصرتها
    قوات الأمن؛ وفرقتهم) needs no force word after its side; an event of the same sentence whose
    verb takes the protest as object or that arrests some of its crowd (واعتقلت عدداً منهم؛ من
    المشاركين فيها) lends the protest its side (§4: the force facing the protesters); an arrest
    of someone else or another town shelled lends nothing. A side named in a protest Friday's
    name before the protest (في "جمعة أحرار الجيش" خرجت مظاهرات) is the cause hailed, no force."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "أطلقت قوات الأسايش التابعة للاتحاد الوطني الكردستاني النار على المحتجين في جمجمال.",
            dt.date(2019, 3, 10),
            [("protest", "protesters", "asayish")],
            id="a-six-word-subject-of-the-shooting",
        ),
        pytest.param(
            "أطلقت عناصر من قوات مكافحة الشغب التابعة لوزارة الداخلية الرصاص الحي على المتظاهرين"
            " في الناصرية أمس.",
            dt.date(2019, 11, 10),
            [("protest", "protesters", "iraqi_security_forces")],
            id="an-eight-word-subject-of-the-shooting",
        ),
        pytest.param(
            "أطلقت السلطات سراح جميع المتظاهرين المعتقلين بعد اتفاق وقف إطلاق النار في المدينة.",
            dt.date(2019, 11, 10),
            [],
            id="neg-a-release-and-a-ceasefire",
        ),
        pytest.param(
            "استهدف مسلحون مجهولون المتظاهرين في ساحة الحبوبي بالناصرية بالرصاص الحي ليلة أمس.",
            dt.date(2019, 12, 8),
            [("protest", "protesters", ""), ("attack", "unknown", "protesters")],
            id="gunmen-target-the-protesters",
        ),
        pytest.param(
            "استهدف مسلحون ملثمون المعتصمين أمام مبنى المحافظة في كربلاء فجر اليوم، ما أدى إلى"
            " إصابة خمسة منهم.",
            dt.date(2019, 12, 8),
            [("attack", "unknown", "protesters")],
            id="gunmen-target-the-sit-in-crowd",
        ),
        pytest.param(
            "استهدف مسلحون مجهولون دورية للشرطة قرب المتظاهرين في الناصرية.",
            dt.date(2019, 12, 8),
            [("clash", "unknown", "iraqi_security_forces")],
            id="neg-gunmen-target-a-patrol-near-the-protesters",
        ),
        pytest.param(
            "تعرضت وقفة احتجاجية في مدينة الرقة للاعتداء من قبل عناصر الأسايش.",
            dt.date(2019, 5, 10),
            [("protest", "protesters", "asayish")],
            id="the-force-noun-with-lil-before-the-agent",
        ),
    ],
)
def test_s16_protesters_shot_by_a_long_subject_or_targeted_by_gunmen(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hM5): the shooting verb reaches its «النار/الرصاص» over up to eight words of
    subject (a force «التابعة لـ» a party or a ministry), the last three with no comma; gunmen
    who target protesters or a sit-in's crowd (استهدف مسلحون مجهولون المعتصمين) attack unarmed
    victims (dev14 011: مسلحين بلباس مدني أطلقوا النار على المتظاهرين is an attack), not a
    clash; a patrol targeted near protesters stays a clash. The force noun before its side's
    agent marker may carry «لل» (تعرضت وقفة احتجاجية للاعتداء من قبل عناصر الأسايش)."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


# ---- two groups of dead in one sentence, and the hospital they were taken to (session 16, hH5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال مصدر طبي في مشفى الحسكة الوطني، إن جثامين سبعة من عناصر قسد قضوا في هجوم ليل "
            "أمس وصلت إلى المشفى، إلى جانب ثلاثة مدنيين من سكان الحي قضوا برصاص عناصر التنظيم.",
            [("clash", "sdf", 7), ("attack", "civilians", 3)],
            id="alongside-three-civilians-shot-by-the-organisation",
        ),
        pytest.param(
            "قتل خمسة جنود في هجوم لداعش على نقطة عسكرية قرب بلدة السخنة، بالإضافة إلى مدنيين "
            "اثنين قتلا بانفجار لغم في المنطقة.",
            [("clash", "syrian_regime", 5), ("bombing", "civilians", 2)],
            id="in-addition-two-civilians-killed-by-a-mine",
        ),
        pytest.param(
            "قال مصدر طبي إن سبعة من عناصر قسد قضوا في هجوم ليل أمس ونقلت جثثهم إلى المشفى.",
            [("clash", "sdf", 7)],
            id="the-hospital-the-dead-were-taken-to-is-no-target",
        ),
        # two allied sides, a bracketed other name, «لقوا حتفهم» after the count (s16 hR5)
        pytest.param(
            "قال مصدر طبي إن سبعة من عناصر قسد وقوى الأمن الداخلي (الأسايش) قضوا في هجوم ليل أمس "
            "ونقلت جثثهم إلى المشفى.",
            [("clash", "sdf", 7)],
            id="s16-seven-of-two-allied-sides-with-a-bracketed-name-died",
        ),
        pytest.param(
            "وأفاد المرصد بأن سبعة من عناصر قسد لقوا حتفهم في هجوم على حاجز في الحسكة.",
            [("clash", "sdf", 7)],
            id="s16-seven-of-a-side-met-their-death",
        ),
        pytest.param(
            "وأكد المصدر أن أربعة من مقاتلي الحشد الشعبي والشرطة الاتحادية لقوا حتفهم في هجوم لداعش "
            "قرب بيجي.",
            [("clash", "pmf", 4)],
            id="s16-four-of-two-allied-iraqi-forces-met-their-death",
        ),
        pytest.param(  # negative: the dead of two opposing sides make both sides of the clash
            "قتل خمسة من عناصر قسد وثلاثة من عناصر داعش في اشتباكات قرب الشدادي.",
            [("clash", "isis", 8)],
            id="s16-neg-dead-of-two-opposing-sides",
        ),
        # a further counted group with no verb of its own adds to the figure before (s16 hR5)
        pytest.param(
            "قتل 4 عناصر من الجيش في هجوم لداعش على قرية الشولا، إلى جانب ثلاثة مدنيين.",
            [("attack", "civilians", 7)],
            id="s16-alongside-three-civilians-with-no-verb-of-their-own",
        ),
        pytest.param(
            "قتل 4 عناصر من الجيش في هجوم لداعش على قرية الشولا، بالإضافة إلى 3 مدنيين.",
            [("attack", "civilians", 7)],
            id="s16-in-addition-three-civilians-with-no-verb-of-their-own",
        ),
        pytest.param(
            "أصيب ثلاثة جنود في هجوم لداعش على حاجز قرب كركوك ونقلوا إلى أحد المستشفيات.",
            [("clash", "iraqi_army", None)],
            id="wounded-taken-to-one-of-the-hospitals",
        ),
        # negatives: a hospital struck, civilians of the same act, the villagers shot at
        pytest.param(
            "سقطت قذائف هاون على مستشفى المواساة في دمشق.",
            [("shelling", "civilians", None)],
            id="mortars-on-a-hospital-strike-civilians",
        ),
        pytest.param(
            "هاجم مسلحون من داعش قرية الرشاد، وفتحوا النار على الأهالي، ما أسفر عن مقتل 11 مدنياً.",
            [("attack", "civilians", 11)],
            id="the-villagers-shot-in-the-same-attack",
        ),
    ],
)
def test_s16_a_second_group_of_dead_and_their_hospital(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.actor2, e.fatalities) for e in run(extractor, text)] == expected


# ---- the side «وسط اتهامات لـ» names is the accused striker, not a target (session 16, hH5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قُتل تسعة سياح عراقيين وأصيب 23 آخرون في قصف مدفعي استهدف منتجع برخ السياحي في "
            "قضاء زاخو، وسط اتهامات للجيش التركي بالوقوف وراءه.",
            [("shelling", "turkey")],
            id="amid-charges-against-the-turkish-army",
        ),
        pytest.param(
            "قتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة الباب، وسط اتهامات لتنظيم داعش "
            "بالوقوف وراءه.",
            [("bombing", "isis")],
            id="amid-charges-against-isis",
        ),
        # the act named again after the charge (وراء التفجير) keeps its part the event's (s16 hR5)
        pytest.param(
            "قتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة الباب، وسط اتهامات لوحدات حماية الشعب "
            "بالوقوف وراء التفجير.",
            [("bombing", "ypg")],
            id="s16-amid-charges-of-standing-behind-the-blast",
        ),
        pytest.param(
            "قتل تسعة سياح في قصف على منتجع في قضاء زاخو، وسط اتهامات للجيش التركي بالوقوف وراء "
            "القصف.",
            [("shelling", "turkey")],
            id="s16-amid-charges-of-standing-behind-the-shelling",
        ),
        pytest.param(  # negative: mutual charges of breaking a truce name no second striker
            "قصفت قوات النظام بلدة كفرنبل بالمدفعية، وسط اتهامات متبادلة بين النظام والمعارضة "
            "بخرق الهدنة.",
            [("shelling", "syrian_regime")],
            id="s16-neg-mutual-charges-keep-the-striker",
        ),
        # the accusation told with its own verb by a source (s16 hV5)
        pytest.param(
            "انفجرت سيارة مفخخة في مدينة الباب، واتهمت مصادر محلية وحدات حماية الشعب بالوقوف "
            "وراء التفجير.",
            [("bombing", "ypg")],
            id="s16-local-sources-accused-the-ypg",
        ),
        pytest.param(
            "قتل خمسة مدنيين بانفجار عبوة ناسفة في مدينة عفرين، واتهم ناشطون خلايا تابعة لحزب "
            "العمال الكردستاني بزرع العبوة.",
            [("bombing", "pkk")],
            id="s16-activists-accused-cells-of-the-pkk",
        ),
        pytest.param(
            "وقتل ثلاثة مدنيين بانفجار دراجة مفخخة في مدينة جرابلس، وحمّل ناشطون خلايا تابعة "
            "لتنظيم داعش مسؤولية التفجير.",
            [("bombing", "isis")],
            id="s16-activists-held-cells-of-isis-responsible",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بسيارة مدنية في بلدة طفس، وسط اتهامات لمجموعات تابعة للنظام "
            "بالوقوف وراء التفجير.",
            [("bombing", "syrian_regime")],
            id="s16-amid-charges-against-groups-of-the-regime",
        ),
        pytest.param(  # negative: «وسط» before a gathering still marks the target
            "قتل ثلاثة مدنيين بانفجار عبوة ناسفة وسط مدينة الباب.",
            [("bombing", "unknown")],
            id="amid-a-town-is-no-charge",
        ),
    ],
)
def test_s16_amid_charges_names_the_accused(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert [(e.action, e.actor1) for e in run(extractor, text)] == expected


# ---- people who stone a force with a protest's purpose: a violent demonstration (s16, hH5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وخلال الحملة، رشقت نساء في القسم الخامس عناصر الأمن بالحجارة احتجاجاً على "
            "المداهمات، ما أدى إلى إصابة ثلاثة من العناصر بجروح طفيفة.",
            [("protest", "Violent demonstration", 3)],
            id="women-stone-the-security-men-in-protest-at-the-raids",
        ),
        pytest.param(
            "رشق شبان من أهالي بلدة النيرب دورية تركية بالحجارة رفضاً لفتح الطريق الدولي.",
            [("protest", "Violent demonstration", None)],
            id="youths-stone-a-turkish-patrol-in-refusal",
        ),
        pytest.param(  # negative: stones thrown with no purpose told make no protest
            "رشق شبان دورية بالحجارة قرب بلدة النيرب.",
            [],
            id="stones-with-no-purpose-are-no-protest",
        ),
    ],
)
def test_s16_stoning_in_protest_is_a_violent_demonstration(
    extractor: Extractor, text: str, expected: list
) -> None:
    got = run(extractor, text, dt.date(2019, 9, 30))
    assert [(e.action, e.sub_event_type, e.injured) for e in got] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "قال ناشطون إن قوات الجيش اقتحمت مدينة تلكلخ أمس بعد مظاهرة حاشدة وأطلقت النار على"
            " المتظاهرين.",
            dt.date(2011, 5, 15),
            [("protest", "syrian_regime")],
            id="reported-subject-stormed-then-shot",
        ),
        pytest.param(
            "ذكر ناشطون أن قوات الأمن السورية حاصرت مدينة جسر الشغور بعد مظاهرات حاشدة وفتحت النار"
            " على المحتجين.",
            dt.date(2011, 6, 5),
            [("protest", "syrian_regime")],
            id="besieged-then-opened-fire",
        ),
        pytest.param(
            "قال شهود إن قوات مكافحة الشغب انتشرت في ساحة التحرير ببغداد بعد تظاهرة كبيرة ثم أطلقت"
            " الرصاص الحي على المتظاهرين.",
            dt.date(2019, 10, 26),
            [("protest", "iraqi_security_forces")],
            id="deployed-then-shot-iraq",
        ),
        pytest.param(
            "قال شهود إن مسلحين مجهولين وصلوا إلى ساحة الحبوبي بعد تظاهرة كبيرة وأطلقوا النار على"
            " المتظاهرين.",
            dt.date(2019, 10, 26),
            [("protest", "")],
            id="neg-unknown-gunmen-no-force-side",
        ),
        pytest.param(
            "قالت لجان التنسيق إن مظاهرة خرجت في حي الميدان بدمشق وأطلقت النار على المتظاهرين.",
            dt.date(2012, 3, 2),
            [("protest", "")],
            id="neg-no-side-before-the-protest",
        ),
    ],
)
def test_s16_a_protest_shot_by_the_subject_of_its_sentence(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hW5): a shooting on the crowd told with no subject of its own, joined by و/ثم
    to what the sentence's subject did first (قوات الجيش اقتحمت تلكلخ بعد مظاهرة حاشدة وأطلقت
    النار على المتظاهرين), is that subject's: the force facing the protesters (codebook §4).
    Unknown gunmen are no force side; no side named before the protest lends nothing."""
    events = [e for e in run(extractor, text, pub) if e.action == "protest"]
    assert [(e.action, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "تعرض المتظاهرون في بلدة كفرنبل للاعتداء من قبل عناصر من جبهة النصرة.",
            dt.date(2014, 1, 10),
            [("protest", "nusra")],
            id="protesters-assaulted-by-an-agent",
        ),
        pytest.param(
            "تعرضت مظاهرة في معرة النعمان للهجوم على يد عناصر جبهة النصرة أمس.",
            dt.date(2014, 1, 10),
            [("protest", "nusra")],
            id="a-demonstration-attacked-no-clash",
        ),
        pytest.param(
            "تعرض عشرات المتظاهرين في دير الزور لإطلاق الرصاص الحي من قبل قوات الأمن.",
            dt.date(2011, 8, 12),
            [("protest", "syrian_regime")],
            id="a-quantified-crowd-fired-on",
        ),
        pytest.param(
            "تعرضت المحتجات أمام مبنى المحافظة في السليمانية للضرب من قبل قوات الأسايش.",
            dt.date(2021, 6, 1),
            [("protest", "asayish")],
            id="beaten-by-an-agent",
        ),
        pytest.param(
            "تعرض حي الوعر للقصف من قبل قوات النظام.",
            dt.date(2016, 5, 10),
            [("shelling", "")],
            id="neg-no-crowd-a-shelling",
        ),
        pytest.param(
            "قال ناشطون إن المتظاهرين تعرضوا لحملة تشويه إعلامي.",
            dt.date(2019, 11, 2),
            [],
            id="neg-no-force-noun",
        ),
    ],
)
def test_s16_protesters_told_suffering_force(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hW5): «تعرض المتظاهرون / تعرضت مظاهرة … للاعتداء / للهجوم / لإطلاق نار / للضرب
    من قبل X» is a protest met with force, X its actor2 (codebook §4), not a clash with the
    attacker; no crowd word (تعرض الحي للقصف) or no force noun makes none."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "شيع الآلاف في مدينة القامشلي أمس الناشط مشعل تمو، وأطلقت قوات الأمن النار على المشيعين.",
            dt.date(2011, 10, 9),
            [("attack", "syrian_regime", "civilians")],
            id="mourners-fired-on-civilians",
        ),
        pytest.param(
            "أطلق مسلحون مجهولون النار على المشيعين في مدينة الخالص.",
            dt.date(2015, 3, 1),
            [("attack", "unknown", "civilians")],
            id="gunmen-fire-on-mourners",
        ),
        pytest.param(
            "خرجت مظاهرة حاشدة في دوما خلال تشييع القتلى، وفتحت قوات الأمن النار على المشيعين"
            " فقتلت ثلاثة منهم.",
            dt.date(2011, 4, 10),
            [("protest", "protesters", "syrian_regime"), ("attack", "syrian_regime", "civilians")],
            id="a-funeral-protest-faced-the-force",
        ),
        pytest.param(
            "شارك المشيعون في تشييع جثامين الضحايا في مدينة الناصرية.",
            dt.date(2019, 10, 10),
            [],
            id="neg-a-funeral-no-force",
        ),
    ],
)
def test_s16_mourners_fired_on(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 16 (hW5): mourners (المشيعين) are civilians fired on (codebook §2 attack: killing
    civilians directly); a protest of the same sentence whose mourners were fired on faced the
    shooting side (§4). A funeral with no force is no event."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "استهدف مسلحون يستقلون دراجة نارية خيم المعتصمين في ساحة التحرير بالبصرة.",
            [("attack", "unknown", "protesters")],
            id="gunmen-riding-a-motorbike-target-the-tents",
        ),
        pytest.param(
            "استهدف مسلحون يستقلون سيارة دورية للشرطة قرب المتظاهرين في البصرة.",
            [("clash", "unknown", "iraqi_security_forces")],
            id="neg-riding-gunmen-target-a-patrol",
        ),
    ],
)
def test_s16_gunmen_riding_a_vehicle_target_protesters(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 16 (hW5): the vehicle the gunmen rode (يستقلون دراجة نارية، على متن سيارة مدنية),
    told between them and the protesters they target, is not counted against
    GUNMEN_OBJECT_WORDS: an attack on the protesters, not a clash; a patrol targeted stays a
    clash."""
    events = run(extractor, text, dt.date(2019, 12, 8))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


# ---- gunmen or snipers of no side shooting protesters attack them (session 17, hE6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال شهود عيان إن مسلحين بلباس مدني أطلقوا النار على المتظاهرين قرب ضريح محمد باقر"
            " الحكيم في النجف مساء أمس، ما أدى إلى مقتل أربعة منهم.",
            [("attack", "unknown", "protesters")],
            id="gunmen-in-plain-clothes-fire-on-the-protesters",
        ),
        pytest.param(
            "وأكد شهود عيان أن قناصين مجهولين اعتلوا أسطح البنايات المطلة على ساحة الطيران"
            " ببغداد وأطلقوا النار على رؤوس المحتجين وصدورهم.",
            [("attack", "unknown", "protesters")],
            id="unknown-snipers-on-the-roofs",
        ),
        pytest.param(
            "وقتل متظاهران برصاص مسلحين مجهولين في البصرة ليلة أمس.",
            [("attack", "unknown", "protesters")],
            id="two-protesters-killed-by-unknown-gunmen",
        ),
        pytest.param(
            "وأطلق مجهولون النار على خيمة للمعتصمين في الديوانية.",
            [("attack", "unknown", "protesters")],
            id="unknown-men-fire-on-the-sit-in",
        ),
        pytest.param(
            "وأطلقت قوات الأمن النار على المتظاهرين في الديوانية.",
            [("protest", "protesters", "iraqi_security_forces")],
            id="neg-a-named-force-is-the-protest-met-with-force",
        ),
        pytest.param(
            "وقتل متظاهر برصاص قناص تابع لقوات الأمن في الكوت.",
            [("protest", "protesters", "iraqi_security_forces")],
            id="neg-a-sniper-of-the-security-forces",
        ),
        pytest.param(
            "وقتل متظاهران برصاص قناصة في الناصرية.",
            [("protest", "protesters", "")],
            id="neg-snipers-not-told-unknown-stay-the-protest",
        ),
        pytest.param(
            "وقتل مدني برصاص مسلحين مجهولين في الحلة.",
            [("attack", "unknown", "civilians")],
            id="neg-a-civilian-is-no-protester",
        ),
    ],
)
def test_s17_protesters_shot_by_gunmen_of_no_side(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hE6): protesters shot by gunmen, masked or unknown men told with no side
    (dev12 009 «قناصين مجهولين … وأطلقوا النار على رؤوس المحتجين», dev14 011 «مسلحين بلباس مدني
    أطلقوا النار على المتظاهرين», both gold attack unknown/protesters) were a protest with no
    force; now an attack by unknown on the protesters. A named force, or snipers not told
    unknown (Syria 2011: the force implied), keep the protest."""
    events = run(extractor, text, dt.date(2019, 10, 5))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


# ---- a place overrun (اجتاح) is a capture (session 17, hE6)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        pytest.param(
            "اجتاح مسلحو تنظيم الدولة بلدة سنجار.",
            dt.date(2014, 8, 3),
            [("capture", "isis", "سنجار")],
            id="isis-overran-sinjar",
        ),
        pytest.param(
            "اجتاحت قوات المعارضة مدينة الرقة.",
            dt.date(2013, 3, 4),
            [("capture", "syrian_opposition", "الرقة")],
            id="the-opposition-overran-raqqa",
        ),
        pytest.param(
            "اجتاحت السيول قرى ريف إدلب الشمالي وأغرقت خيام النازحين.",
            dt.date(2019, 1, 10),
            [],
            id="neg-floods-overran-villages",
        ),
        pytest.param(
            "اجتاح فيروس كورونا مدينة القامشلي.",
            dt.date(2020, 3, 4),
            [],
            id="neg-an-epidemic",
        ),
        pytest.param(
            "هددت تركيا باجتياح مدينة منبج.",
            dt.date(2018, 1, 10),
            [],
            id="neg-a-threat-to-invade",
        ),
    ],
)
def test_s17_a_place_overrun_is_a_capture(
    extractor: Extractor, text: str, pub: dt.date, expected: list
) -> None:
    """Session 17 (hE6): «اجتاح» told nothing (dev7 008: «وكان التنظيم قد اجتاح بلدة سنجار»,
    gold capture). The past verb with a town noun after at most five words of subject is a
    capture (capture.overrun); floods, storms and epidemics overrunning villages, and the noun
    of a threatened invasion, are none."""
    events = run(extractor, text, pub)
    assert [(e.action, e.actor1, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قصفت طائرات حربية روسية وأخرى تابعة للنظام مدينة معرة النعمان، ما أدى لمقتل 5 مدنيين.",
            ("russia", "civilians", "syrian_regime"),
            id="russian-warplanes-and-others-of-the-regime",
        ),
        pytest.param(
            "استهدف الطيران الحربي الروسي والمروحي التابع للنظام بلدات ريف حماة الشمالي.",
            ("russia", "", "syrian_regime"),
            id="russian-jets-and-the-regime-s-helicopters",
        ),
        pytest.param(
            "شنت طائرات التحالف الدولي وأخرى تابعة للقوة الجوية العراقية غارات على مواقع داعش في"
            " القائم.",
            ("coalition", "isis", "iraqi_army"),
            id="coalition-jets-and-others-of-the-iraqi-air-force",
        ),
        pytest.param(  # negative: a target and others owned by a side, one word after the jets
            "قصفت طائرات حربية روسية مقرات وأخرى تابعة لجبهة النصرة في ريف إدلب.",
            ("russia", "nusra", ""),
            id="neg-headquarters-and-others-of-a-side-are-struck",
        ),
    ],
)
def test_s17_other_aircraft_of_another_side_strike_with_them(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 17 (hD6): more aircraft joined by «و» right after the aircraft told (وأخرى،
    والمروحي، والطائرات المروحية) and owned by another side (تابعة للنظام) are that side's
    strike too: its partner, not the target (codebook §4, a platform stands for its owner)."""
    (event,) = only(run(extractor, text, dt.date(2016, 2, 17)), "airstrike")
    assert (event.actor1, event.actor2, event.assoc_actor1) == expected


def test_s17_troops_and_others_of_a_side_are_no_aircraft(extractor: Extractor) -> None:
    """Session 17 (hD6), negative: «قوات أمريكية وأخرى تابعة للتحالف» tells troops at the base
    hit (Shafaq, dev4), no aircraft striking: the US stays the target."""
    text = (
        "أعلنت خلية الإعلام الأمني سقوط عشرة صواريخ على قاعدة عين الأسد الجوية، والتي تضم قوات"
        " أمريكية وأخرى تابعة للتحالف الدولي."
    )
    (event,) = only(run(extractor, text, dt.date(2020, 1, 8)), "shelling")
    assert (event.actor1, event.actor2) == ("unknown", "usa")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وفي الرقة، هاجم مسلحون مجهولون، ليل الجمعة، حاجزاً لقسد في بلدة الكرامة.",
            [("clash", "unknown", "sdf", "بلدة الكرامة")],
            id="s17-opener-and-time-aside-keep-the-checkpoint-attacked",
        ),
        pytest.param(
            "وفي درعا، انفجرت عبوة ناسفة، صباح اليوم، بدورية لقوات النظام في بلدة المزيريب.",
            [("bombing", "unknown", "syrian_regime", "المزيريب")],
            id="s17-opener-and-time-aside-keep-the-patrol-struck",
        ),
        pytest.param(
            "وفي ريف إدلب، قصفت قوات النظام، صباح اليوم، مواقع الفصائل في بلدة كنصفرة.",
            [("shelling", "syrian_regime", "syrian_opposition", "كنصفرة")],
            id="s17-opener-and-time-aside-keep-the-positions-shelled",
        ),
        pytest.param(
            "وفي دير الزور، استهدف مسلحون، مساء أمس، سيارة عسكرية لقوات النظام في بلدة الميادين.",
            [("clash", "unknown", "syrian_regime", "الميادين")],
            id="s17-opener-and-evening-aside-keep-the-vehicle-targeted",
        ),
        pytest.param(
            "وفي ريف حماة، قتل عنصران من قوات النظام، مساء أمس، بنيران قناصة الفصائل في بلدة"
            " كفرنبودة.",
            [("clash", "syrian_opposition", "syrian_regime", "كفرنبودة")],
            id="s17-dead-then-time-aside-then-the-fire-that-killed-them",
        ),
        pytest.param(
            "وفي درعا، انفجرت عبوة ناسفة، صباح اليوم، ما أدى إلى مقتل عنصرين من قوات النظام في"
            " بلدة المزيريب.",
            [("bombing", "unknown", "", "درعا")],
            id="s17-neg-a-result-clause-after-the-aside-is-its-own-part",
        ),
        pytest.param(
            "وفي ريف دمشق، قصفت قوات النظام مدينة دوما، صباح اليوم، في حين استهدفت الفصائل"
            " مواقعها في حرستا.",
            [("shelling", "syrian_regime", "", "دوما")],
            id="s17-neg-a-while-clause-after-the-aside-is-its-own-part",
        ),
        pytest.param(
            "وفي الأنبار، أعلن الجيش العراقي، اليوم الاثنين، تحرير المجمع الحكومي في مدينة الرمادي.",
            [("capture", "iraqi_army", "", "الرمادي")],
            id="s17-neg-a-speaker-before-the-aside-keeps-his-report-apart",
        ),
    ],
)
def test_s17_a_time_aside_does_not_cut_the_clause_from_its_object(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hC6): a clause whose last comma piece is only its time (…، ليل الجمعة،؛ …،
    صباح اليوم،) goes on past the comma with its object, target and place (split_parts,
    TIME_ASIDE_END): after an opener place (وفي الرقة،) the object part was cut off and the
    event lost its actor2 (the side struck, codebook §4) and its town. A piece opening a clause
    of its own (ما أدى، في حين، و…، بعد …) stays a part of its own."""
    events = run(extractor, text, dt.date(2022, 1, 22))
    assert [(e.action, e.actor1, e.actor2, e.location_ar) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت عبوة ناسفة بحافلة تقل عناصر من الأمن قرب بلدة داعل في ريف درعا.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-a-bus-carrying-security-men-is-struck",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بحافلة تقل عناصر من قوات النظام قرب بلدة داعل.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-a-bus-carrying-regime-men-is-struck",
        ),
        pytest.param(
            "استهدفت عبوة ناسفة مركبة للجيش العراقي في قضاء الطارمية.",
            [("bombing", "unknown", "iraqi_army")],
            id="s17-an-army-vehicle-is-struck",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة بحافلة تقل زواراً شيعة في منطقة السيدة زينب.",
            [("bombing", "unknown", "civilians")],
            id="s17-a-bus-of-pilgrims-is-civilians",
        ),
        pytest.param(
            "خرجت الحافلات التي تقل مقاتلي المعارضة من مدينة حرستا باتجاه إدلب.",
            [("withdrawal", "syrian_opposition", "")],
            id="s17-neg-buses-carrying-fighters-out-withdraw",
        ),
    ],
)
def test_s17_buses_and_vehicles_struck(extractor: Extractor, text: str, expected: list) -> None:
    """Session 17 (hC6): a bus or vehicle (حافلة، مركبة، ناقلة جند) struck with a side's men in
    it is that side struck (roles.yaml target.positions, as سيارة and دورية already were);
    pilgrims and the displaced (زوار، مهجرين) are civilians. Buses carrying fighters out of a
    town under a deal still withdraw."""
    events = run(extractor, text, dt.date(2016, 3, 10))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "فجر تنظيم داعش سيارتين مفخختين عند بوابة سجن غويران الذي تديره قوات سوريا"
            " الديمقراطية في الحسكة.",
            [("bombing", "isis", "sdf")],
            id="s17-a-prison-run-by-the-sdf-is-struck",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة قرب حاجز تديره الفرقة الرابعة في بلدة الصنمين.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-a-checkpoint-run-by-the-fourth-division-is-struck",
        ),
        pytest.param(
            "قصفت الطائرات الروسية مستشفى تديره منظمة أطباء بلا حدود في معرة النعمان.",
            [("airstrike", "russia", "civilians")],
            id="s17-a-hospital-run-by-an-aid-group-is-civilians",
        ),
    ],
)
def test_s17_a_site_run_by_a_side_is_that_side_struck(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hC6): a site told with the side that runs it (الذي تديره / التي تديرها X) is X
    struck (roles.yaml target.site_used; `in_relative_clause` no longer drops the runner as the
    subject of a clause on another noun). A hospital stays civilians."""
    events = run(extractor, text, dt.date(2022, 1, 21))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


def test_s17_a_rising_count_in_another_headline_item_is_no_figure_of_the_event(
    extractor: Extractor,
) -> None:
    # حصيلة … ترتفع إلى 93 قتيلاً.. ومسلحون …: the items of a headline apart (session 17, hG6)
    text = (
        "حصيلة التظاهرات ترتفع إلى 93 قتيلاً.. ومسلحون مجهولون يقتحمون مقار فضائيات في بغداد\n"
        'وفي تطور لافت، اقتحم مسلحون مجهولون، مساء أمس، مقار قنوات "دجلة" و"العربية" في'
        " بغداد، وحطموا معداتها."
    )
    [event] = only(run(extractor, text), "attack")
    assert (event.location_ar, event.fatalities) == ("بغداد", None)
    kept = "هجوم لداعش يقتل 5 جنود في الطارمية.. واعتقال قيادي في كركوك"
    assert [e.fatalities for e in only(run(extractor, kept), "clash")] == [5]


# Session 17 (hH6): a targeting verb and its subject, a day told between commas, then the
# verb's object and the instrument that is the cue (استهدف جيش الاحتلال التركي، أمس الأحد،
# قافلة مدنية … بغارة جوية؛ استهدفت قوات النظام، صباح اليوم، مدينة دوما بالقذائف): the subject
# before the aside is the striker (Hawar, Enab Baladi, Smart, Iraqi wire styles). A part
# opening on a conjunction or a new clause keeps its own subject.
@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        pytest.param(
            "استهدفت قوات النظام، أمس الإثنين، بلدة كفرنبل بقذائف المدفعية.",
            "shelling",
            ("syrian_regime", ""),
            id="s17-subject-day-object-shells",
        ),
        pytest.param(
            "استهدفت قوات النظام، مساء أمس، منازل المدنيين في بلدة كفرنبل بغارة جوية، ما أدى "
            "لمقتل 4 مدنيين.",
            "airstrike",
            ("syrian_regime", "civilians"),
            id="s17-subject-evening-houses-air-strike",
        ),
        pytest.param(
            "استهدفت قوات النظام، صباح اليوم، مدينة دوما بعشرات القذائف الصاروخية، ما أدى لمقتل "
            "6 مدنيين.",
            "shelling",
            ("syrian_regime", "civilians"),
            id="s17-subject-morning-town-rockets",
        ),
        pytest.param(
            "استهدف تنظيم داعش، مساء أمس، تجمعاً للحشد الشعبي قرب ناحية الصقلاوية بسيارة مفخخة.",
            "bombing",
            ("isis", "pmf"),
            id="s17-iraqi-wire-car-bomb-on-a-gathering",
        ),
        pytest.param(
            "استهدفت قوات النظام، مساء أمس، بلدة كفرنبل، قتل فيها 3 مدنيين بقذائف الهاون.",
            "shelling",
            ("unknown", "civilians"),
            id="s17-neg-a-clause-break-before-the-cue",
        ),
    ],
)
def test_s17_the_targeting_verb_s_subject_before_a_day_aside_strikes(
    extractor: Extractor, text: str, action: str, actors: tuple[str, str]
) -> None:
    (event,) = only(run(extractor, text), action)
    assert (event.actor1, event.actor2) == actors


# Session 17 (hH6): more of the same people told with their verb and «others» (…، ما أدى لمقتل
# تسعة مدنيين، فيما قُتل ستة آخرون بقصف مدفعي على دوما) are the people of the count before,
# as a bare share is (BARE_SHARE); a count with its own people (3 مقاتلين) names its side.
@pytest.mark.parametrize(
    ("text", "action", "actor2"),
    [
        pytest.param(
            "شنت طائرات حربية روسية غارات على مدينة حمورية، ما أدى لمقتل تسعة مدنيين، فيما "
            "قُتل ستة آخرون بقصف مدفعي لقوات النظام على مدينة دوما.",
            "shelling",
            "civilians",
            id="s17-smart-others-killed-by-shelling",
        ),
        pytest.param(
            "قتل 7 عناصر من قوات النظام بهجوم لداعش على حاجز قرب تدمر، فيما قتل 4 آخرون "
            "بانفجار لغم في بادية السخنة.",
            "bombing",
            "syrian_regime",
            id="s17-others-of-the-soldiers-by-a-mine",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على قرية الكسرات، كما أصيب 4 آخرون بقصف على بلدة الطبقة.",
            "shelling",
            "civilians",
            id="s17-others-wounded-told-with-kama",
        ),
        pytest.param(
            "قتل 5 مدنيين بغارات على قرية الكسرات، فيما قتل 3 مقاتلين بقصف مدفعي على بلدة الطبقة.",
            "shelling",
            "",
            id="s17-neg-a-count-with-its-own-people",
        ),
    ],
)
def test_s17_others_killed_are_the_people_of_the_count_before(
    extractor: Extractor, text: str, action: str, actor2: str
) -> None:
    (event,) = only(run(extractor, text), action)
    assert event.actor2 == actor2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وسمع دوي انفجارات في المدينة ناجمة عن تفجير ذخائر من مخلفات الحرب من قبل فرق الهندسة.",
            id="war-remnants-blown-up-by-the-engineers",
        ),
        pytest.param(
            "وفجرت فرق الهندسة عبوة ناسفة عثر عليها قرب دوار المدينة.",
            id="the-engineers-blew-up-a-found-ied",
        ),
        pytest.param(
            "فجرت مفارز الهندسة التابعة للفرقة 16 عبوات ناسفة من مخلفات داعش في الموصل القديمة.",
            id="iraqi-engineer-detachments",
        ),
        pytest.param(
            "أعلنت قيادة العمليات تفجير 15 عبوة ناسفة على يد فرق الهندسة في قضاء الشرقاط.",
            id="blown-up-at-the-hands-of-the-engineers",
        ),
        pytest.param(
            "وتقوم فرق إزالة الألغام بتفجير الألغام التي خلفها التنظيم في محيط القرية.",
            id="demining-teams-blow-up-mines",
        ),
    ],
)
def test_s17_the_engineers_blowing_up_ordnance_is_no_bombing(
    extractor: Extractor, text: str
) -> None:
    """Session 17 (hK6): a detonation whose subject or agent is the engineers (فرق/وحدات/مفارز
    الهندسة، فرق إزالة الألغام) is a controlled one: no attack (modality
    failed.engineers_detonate)."""
    assert not only(run(extractor, text, dt.date(2019, 5, 10)), "bombing")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "انفجرت عبوة ناسفة بفريق الهندسة أثناء عمله في بلدة الطيبة ما أدى إلى مقتل عنصرين.",
            id="a-blast-hits-the-engineers",
        ),
        pytest.param(
            "استهدفت عبوة ناسفة فريق الهندسة التابع للجيش في بلدة الطيبة.",
            id="an-ied-targets-the-engineers",
        ),
        pytest.param(
            "قتل عنصر من فرق الهندسة بانفجار لغم أثناء تفكيكه في ريف حماة.",
            id="an-engineer-killed-by-a-mine",
        ),
        pytest.param(
            "فجرت فرق الهندسة عبوة ناسفة عثر عليها على طريق المطار، وفي حادث منفصل انفجرت عبوة"
            " ناسفة بدورية للجيش في المقدادية.",
            id="another-blast-after-the-engineers-detonation",
        ),
    ],
)
def test_s17_a_blast_that_hits_the_engineers_stays(extractor: Extractor, text: str) -> None:
    assert len(only(run(extractor, text, dt.date(2019, 5, 10)), "bombing")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال وزير حقوق الإنسان إن مقاتلي الدولة الإسلامية قتلوا 500 إيزيدي على الأقل في"
            " سنجار.",
            [("attack", "isis", "civilians", 500)],
            id="reported-killers-of-yazidis",
        ),
        pytest.param(
            "وأكدت مصادر محلية أن عناصر داعش قتلوا خمسة أشخاص في قرية كوجو.",
            [("attack", "isis", "civilians", 5)],
            id="reported-killers-of-people",
        ),
        pytest.param(
            "وقال المتحدث إن قوات الأمن قتلت خمسة إرهابيين في الرمادي.",
            [("clash", "iraqi_security_forces", "isis", 5)],
            id="reported-forces-killing-fighters",
        ),
        pytest.param(
            "اندلعت اشتباكات مع داعش قتل فيها 5 مدنيين في سنجار.",
            [("clash", "unknown", "isis", 5)],
            id="neg-a-side-in-a-phrase-before-a-passive-verb",
        ),
        pytest.param(
            "قتل مسلحو داعش 20 إيزيدياً في سنجار.",
            [("attack", "isis", "civilians", None)],
            id="yazidis-are-civilian-victims",
        ),
    ],
)
def test_s17_a_killer_told_before_the_verb_after_inna(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hK6): «قال … إن مقاتلي الدولة الإسلامية قتلوا 500 إيزيدي» (dev7 008-08) made
    no attack: the killing verb's armed subject was read only after it. After «إن/أن» the side
    that ends right before the verb is its subject (`subject_told_after_inna`); Yazidis are
    civilian victims (roles civilian.victims)."""
    events = run(extractor, text, dt.date(2014, 8, 8))
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in events] == expected


def test_s17_civilians_killed_where_a_taking_was_told_are_an_attack(
    extractor: Extractor,
) -> None:
    """Session 17 (hK6): dev7 008-08. A killing verb at a town the sentence before told was
    dropped as that event's outcome; a capture kills no one itself, so civilians killed there
    are an attack of their own. After a shelling the killing stays its outcome."""
    text = (
        "وكان التنظيم قد اجتاح بلدة سنجار معقل الأقلية الإيزيدية مطلع الأسبوع. وقال وزير حقوق"
        " الإنسان العراقي لرويترز إن مقاتلي الدولة الإسلامية قتلوا 500 إيزيدي على الأقل في"
        " سنجار، ودفنوا بعضهم وهم أحياء."
    )
    events = run(extractor, text, dt.date(2014, 8, 8))
    assert [(e.action, e.actor1, e.fatalities) for e in events] == [
        ("capture", "isis", None),
        ("attack", "isis", 500),
    ]
    shelled = "قصفت قوات النظام مدينة دوما بالمدفعية. وقتلت قوات النظام خمسة مدنيين في دوما."
    events = run(extractor, shelled, dt.date(2016, 8, 8))
    assert [(e.action, e.fatalities) for e in events] == [("shelling", 5)]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        pytest.param(
            "ويعرف عن الفصيل مشاركته في معارك ريف حلب الجنوبي ضد قوات النظام.",
            [],
            id="known-for-taking-part-in-battles",
        ),
        pytest.param(
            "وأعلنت الحركة مشاركتها الواسعة في معارك ريف حلب الجنوبي.",
            [],
            id="announced-its-part-in-battles",
        ),
        pytest.param(
            "وشاركت الفصائل في معارك عنيفة مع قوات النظام في بلدة كفرنبودة اليوم.",
            ["clash"],
            id="a-dated-fight-taken-part-in-stays",
        ),
    ],
)
def test_s17_a_part_in_battles_is_no_clash(extractor: Extractor, text: str, actions: list) -> None:
    """Session 17 (hK6): background.part_in_battle never fired: reference.participated matched
    the same «مشاركته في» and won the span (equal length, overlapping hits of one lexicon). The
    background hit now runs through «في» and its space, so it is the longer one."""
    assert [e.action for e in run(extractor, text, dt.date(2016, 5, 10))] == actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "واتهمت الحكومة السورية الجيش الحر بقصف الأحياء السكنية في حلب.",
            ("shelling", "syrian_opposition"),
            id="the-government-accuses-the-fsa",
        ),
        pytest.param(
            "واتهمت الحكومة السورية فصائل المعارضة بقصف الأحياء السكنية في حلب.",
            ("shelling", "syrian_opposition"),
            id="the-government-accuses-the-factions",
        ),
        pytest.param(
            "واتهمت قسد تركيا بقصف قرى في ريف الحسكة.",
            ("shelling", "turkey"),
            id="the-sdf-accuses-turkey",
        ),
        pytest.param(
            "ويتهم الأهالي عناصر التنظيم بتنفيذ التفجير الذي استهدف سوق البلدة.",
            ("bombing", "isis"),
            id="residents-accuse-the-organisation",
        ),
    ],
)
def test_s17_the_accused_not_the_accuser_is_the_actor(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    """Session 17 (hK6): «واتهمت الحكومة السورية الجيش الحر بقصف …» gave the shelling to the
    regime: the accuser told right after its verb (verb first) was read as the subject. A side
    right after an accusing verb and followed at once by another side and «ب» + the act is the
    accuser (`accuser_after_verb`), as one before the verb already was (ACCUSER_VERB)."""
    [event] = run(extractor, text, dt.date(2016, 5, 10))
    assert (event.action, event.actor1) == expected


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        pytest.param(
            "وزار رئيس الوزراء مدينة الموصل بعد تحريرها من التنظيم.",
            [],
            id="a-visit-after-its-liberation",
        ),
        pytest.param(
            "وعاد مئات الأهالي إلى قرية الحمدانية عقب استعادتها من داعش.",
            [],
            id="a-return-after-its-recapture",
        ),
        pytest.param(
            "وتفقد قائد العمليات قطعات الجيش في بيجي بعد أيام من تحريرها.",
            [],
            id="an-inspection-days-after-its-liberation",
        ),
        pytest.param(
            "ودخلت القوات العراقية مدينة الموصل بعد تحريرها من التنظيم بالكامل.",
            ["capture"],
            id="an-entry-is-no-visit",
        ),
        pytest.param(
            "أعلنت القيادة العامة للجيش مساء اليوم عودة الأمن والأمان إلى مدينة حلب بعد تحريرها"
            " من الإرهاب.",
            ["capture"],
            id="security-back-after-its-liberation-is-the-taking-announced",
        ),
        pytest.param(
            "وعاد الهدوء إلى مدينة سراقب بعد اشتباكات عنيفة استمرت أياماً بين قوات النظام"
            " وفصائل المعارضة.",
            [],
            id="calm-back-after-days-of-fighting",
        ),
        pytest.param(
            "وعاد الهدوء إلى المدينة بعد اشتباكات اندلعت أمس بين الطرفين وأسفرت عن مقتل 3 عناصر.",
            ["clash"],
            id="calm-after-yesterdays-fight-keeps-it",
        ),
        pytest.param(
            "اندلعت اشتباكات عنيفة بين قوات النظام والفصائل في سراقب، قبل أن يعود الهدوء إلى"
            " المدينة.",
            ["clash"],
            id="a-fight-then-calm",
        ),
    ],
)
def test_s17_a_visit_or_calm_after_the_act_is_no_event(
    extractor: Extractor, text: str, actions: list
) -> None:
    """Session 17 (hK6): a visit, inspection or return after a taking told by its verbal noun
    with a pronoun (بعد تحريرها، عقب استعادتها) is the visit's time, the taking told as done
    (background.visit_after_taking); calm back after fights (وعاد الهدوء … بعد اشتباكات استمرت
    أياماً) is their past, unless a day is told (background.calm_after_fights)."""
    assert [e.action for e in run(extractor, text, dt.date(2016, 5, 10))] == actions


# ---- session 17, helper hI6: a unit «تابعة له/لها» stands for the speaker as the subject


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        pytest.param(
            "قال جهاز الأمن الوطني إن قوة تابعة له ألقت القبض أمس على قيادي في التنظيم في كركوك.",
            "arrest",
            ("iraqi_security_forces", "isis"),
            id="s17-hI6-a-force-of-the-national-security-service-arrests",
        ),
        pytest.param(
            "قال جهاز مكافحة الإرهاب إن قوة تابعة له اعتقلت قياديا في داعش في الموصل.",
            "arrest",
            ("iraqi_cts", "isis"),
            id="s17-hI6-a-force-of-the-cts-arrests",
        ),
        pytest.param(
            "قالت قوات سوريا الديمقراطية إن وحدات تابعة لها اعتقلت خلية لتنظيم داعش في الشدادي.",
            "arrest",
            ("sdf", "isis"),
            id="s17-hI6-units-of-the-sdf-arrest-an-isis-cell",
        ),
        pytest.param(
            "قال الحشد الشعبي في بيان إن قوة تابعة له صدت هجوما لداعش قرب جلولاء.",
            "clash",
            ("pmf", "isis"),
            id="s17-hI6-a-force-of-the-pmf-repels",
        ),
        pytest.param(
            "وقالت هيئة تحرير الشام إن مجموعة تابعة لها استهدفت مواقع قوات النظام بقذائف الهاون"
            " في ريف حماة.",
            "shelling",
            ("hts", "syrian_regime"),
            id="s17-hI6-a-group-of-hts-shells",
        ),
        pytest.param(  # the speaker's unit as the object: the attacker stays first
            "قال الجيش العراقي إن مسلحي داعش هاجموا دورية تابعة له قرب الطارمية، ما أسفر عن مقتل"
            " جنديين.",
            "clash",
            ("isis", "iraqi_army"),
            id="s17-hI6-neg-the-speakers-patrol-attacked-is-no-subject",
        ),
    ],
)
def test_s17_hI6_a_unit_of_the_speaker_is_the_speaker(
    extractor: Extractor, text: str, action: str, actors: tuple[str, str]
) -> None:
    events = only(run(extractor, text, dt.date(2019, 5, 12)), action)
    assert len(events) == 1, [(e.action, e.actor1, e.actor2) for e in events]
    assert (events[0].actor1, events[0].actor2) == actors, events[0].provenance


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "انفجرت عبوة ناسفة استهدفت الجيش العراقي في الطارمية.",
            ("unknown", "iraqi_army"),
            id="s17-hI6-a-bomb-that-targeted-the-army",
        ),
        pytest.param(  # the verb opening the clause keeps its subject
            "استهدفت قوات النظام بلدة كفرنبل بقذائف الهاون.",
            ("syrian_regime", ""),
            id="s17-hI6-neg-the-regime-targets-a-town",
        ),
        pytest.param(
            "استهدف الجيش التركي مواقع لقسد في تل رفعت بالمدفعية.",
            ("turkey", "sdf"),
            id="s17-hI6-neg-the-turkish-army-targets-sdf-positions",
        ),
    ],
)
def test_s17_hI6_a_side_after_a_weapons_targeting_verb_is_its_target(
    extractor: Extractor, text: str, actors: tuple[str, str]
) -> None:
    [event] = run(extractor, text, dt.date(2020, 6, 11))
    assert (event.actor1, event.actor2) == actors, event.provenance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "انفجرت سيارة مفخخة في الرمادي، وأصيب قائد شرطة الأنبار بجروح خطيرة.",
            [("bombing", "unknown", "iraqi_police")],
            id="s17-a-police-chief-wounded-after-a-blast",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة في الرمادي، ما أدى إلى إصابة قائد شرطة الأنبار بجروح.",
            [("bombing", "unknown", "iraqi_police")],
            id="s17-the-wounding-of-a-police-chief",
        ),
        pytest.param(
            "انفجرت عبوة ناسفة في الرمادي، وقتل مدير شرطة الرمادي.",
            [("bombing", "unknown", "iraqi_police")],
            id="s17-a-police-director-killed-after-a-blast",
        ),
        pytest.param(
            "أصيب قائد الفرقة الخامسة في الجيش العراقي بانفجار عبوة ناسفة في الطارمية.",
            [("bombing", "unknown", "iraqi_army")],
            id="s17-a-division-commander-wounded-by-a-bomb",
        ),
        pytest.param(
            "مقتل قائد جبهة النصرة في ريف إدلب بغارة لطائرات التحالف.",
            [("airstrike", "coalition", "nusra")],
            id="s17-a-leader-killed-in-an-air-strike-is-his-side-struck",
        ),
        pytest.param(
            "استشهد قائد لواء في الحشد الشعبي خلال اشتباكات مع داعش في بيجي.",
            [("clash", "pmf", "isis")],
            id="s17-a-commander-killed-in-a-clash-keeps-his-side-first",
        ),
        pytest.param(
            "أعلن قائد شرطة الأنبار مقتل 5 مسلحين من داعش في هجوم على الرمادي.",
            [("clash", "iraqi_police", "isis")],
            id="s17-neg-a-police-chief-announcing-stays-the-actor",
        ),
        pytest.param(
            "قاد قائد عمليات الأنبار هجوماً على مواقع داعش في هيت.",
            [("clash", "iraqi_army", "isis")],
            id="s17-neg-a-commander-leading-an-attack-stays-the-actor",
        ),
    ],
)
def test_s17_an_officer_hurt_or_killed_is_his_side_struck(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hL6): a side named through an officer's title after a verb or noun of harm
    (وأصيب قائد شرطة الأنبار، إصابة مدير شرطة الرمادي، مقتل قائد جبهة النصرة) is the side hit
    (`harmed_officer` in actors.py), not the subject of the blast told before."""
    events = run(extractor, text, dt.date(2015, 5, 10))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "شنت طائرات انطلقت من قاعدة حميميم غارات على الهبيط بريف إدلب.",
            "russia",
            id="s17-aircraft-flying-from-hmeimim-are-russian",
        ),
        pytest.param(
            "قصفت طائرات حربية أقلعت من مطار حميميم بلدة كفرنبل.",
            "russia",
            id="s17-aircraft-taking-off-from-hmeimim-airport",
        ),
        pytest.param(
            "قصفت الطائرات الحربية الأتارب، فيما قالت مصادر إنها روسية.",
            "russia",
            id="s17-sources-say-the-aircraft-are-russian",
        ),
        pytest.param(
            "شنت طائرات حربية غارات على كفرنبل، ورجح ناشطون أنها روسية.",
            "russia",
            id="s17-activists-believe-the-aircraft-russian",
        ),
        pytest.param(
            "استهدفت الطائرات الحربية مدينة سراقب، وقالت مصادر محلية إن الطائرات روسية.",
            "russia",
            id="s17-sources-say-the-planes-are-russian",
        ),
        pytest.param(
            "قصفت الطائرات الحربية الأتارب، فيما قالت مصادر إن القصف أدى لمقتل 3 مدنيين.",
            "unknown",
            id="s17-neg-sources-telling-the-toll-name-no-owner",
        ),
    ],
)
def test_s17_the_owner_of_aircraft_told_by_a_source_or_their_base(
    extractor: Extractor, text: str, expected: str
) -> None:
    """Session 17 (hL6): aircraft flying from Hmeimim (platforms.yaml owner.russia_hmeimim) and
    aircraft a source later in the clause calls Russian (… فيما قالت مصادر إنها روسية,
    `SOURCE_SAYS_OWNER` in actors.py) are Russia's."""
    [event] = only(run(extractor, text, dt.date(2016, 5, 10)), "airstrike")
    assert event.actor1 == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "تفجير استهدف مبنى الأمن القومي في حي الروضة بدمشق.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-the-national-security-building-bombed",
        ),
        pytest.param(
            "استهدف انفجار مبنى أمن الدولة في مدينة حلب.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-the-state-security-building-struck-by-a-blast",
        ),
        pytest.param(
            "استهدف انفجار مبنى الأمن السياسي في مدينة حلب.",
            [("bombing", "unknown", "syrian_regime")],
            id="s17-the-political-security-building-struck-by-a-blast",
        ),
        pytest.param(
            "قصفت قوات النظام مبنى يتحصن فيه عناصر من الفصائل في حي جوبر.",
            [("shelling", "syrian_regime", "syrian_opposition")],
            id="s17-neg-a-building-held-by-a-side-unchanged",
        ),
        pytest.param(
            "قال مستشار الأمن القومي قاسم الأعرجي إن القوات العراقية حررت قضاء تلعفر بالكامل.",
            [("capture", "iraqi_army", "")],
            id="s17-neg-the-national-security-adviser-speaking-is-no-side",
        ),
    ],
)
def test_s17_a_security_building_struck_is_its_side(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hL6): a building (مبنى) struck is a target marker as «أمام/قرب مبنى» already
    were (roles.yaml target.positions), and «الأمن القومي، مكتب الأمن القومي» is a security
    branch (anaphors.yaml the_security_forces, the regime in Syria): the side of the building
    blasted is the target, not the blast's subject."""
    events = run(extractor, text, dt.date(2012, 7, 18))
    assert [(e.action, e.actor1, e.actor2) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قالت مصادر إن طائرة مسيرة قتلت 3 عناصر من قسد في عين عيسى.",
            [("airstrike", "unknown", "sdf", 3)],
            id="s17-a-drone-killed-after-inna",
        ),
        pytest.param(
            "طائرة مسيرة تركية تقتل 3 عناصر من قسد في عين عيسى",
            [("airstrike", "turkey", "sdf", 3)],
            id="s17-a-turkish-drone-kills-headline",
        ),
        pytest.param(
            "أكدت مصادر أن الطيران الروسي قتل 8 مدنيين في بلدة كفرنبل.",
            [("airstrike", "russia", "civilians", 8)],
            id="s17-russian-aviation-killed-after-anna",
        ),
        pytest.param(
            "خرجت مسيرة في حماة قتلت فيها قوات الأمن 5 متظاهرين.",
            [("protest", "protesters", "", 5)],
            id="s17-neg-a-march-in-which-forces-killed-is-no-drone",
        ),
    ],
)
def test_s17_an_aircraft_subject_of_a_killing_verb_is_an_air_strike(
    extractor: Extractor, text: str, expected: list
) -> None:
    """Session 17 (hL6): an aircraft or drone told before a killing verb (إن طائرة مسيرة قتلت …،
    طائرة مسيرة تركية تقتل …، الطيران الروسي قتل …) is an air strike (actions.yaml
    airstrike.aircraft_killed); a protest march (مسيرة) is not."""
    events = run(extractor, text, dt.date(2019, 7, 10))
    assert [(e.action, e.actor1, e.actor2, e.fatalities) for e in events] == expected
