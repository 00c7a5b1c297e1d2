"""Display names (Arabic and English) for actions, fixed figure texts and label lookup."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from conflictlib.errors import ConflictlibError

LANGS: tuple[str, ...] = ("ar", "en")
OTHER = "__other__"

ACTION_NAMES: dict[str, dict[str, str]] = {
    "ar": {
        "airstrike": "غارة جوية",
        "shelling": "قصف مدفعي",
        "bombing": "تفجير",
        "clash": "اشتباك",
        "capture": "سيطرة",
        "withdrawal": "انسحاب",
        "attack": "هجوم",
        "abduction": "خطف",
        "protest": "احتجاج",
        "arrest": "اعتقال",
    },
    "en": {
        "airstrike": "Airstrike",
        "shelling": "Shelling",
        "bombing": "Bombing",
        "clash": "Clash",
        "capture": "Capture",
        "withdrawal": "Withdrawal",
        "attack": "Attack",
        "abduction": "Abduction",
        "protest": "Protest",
        "arrest": "Arrest",
    },
}

TOLL_GROUP_NAMES: dict[str, dict[str, str]] = {
    "ar": {
        "total": "المجموع",
        "civilians": "مدنيون",
        "volunteer": "متطوع",
        "children": "أطفال",
        "women": "نساء",
        "combatants": "مقاتلون",
        "group": "غير محدد",
    },
    "en": {
        "total": "Total",
        "civilians": "Civilians",
        "volunteer": "Volunteer",
        "children": "Children",
        "women": "Women",
        "combatants": "Combatants",
        "group": "Unspecified",
    },
}
# Toll groups made from an actor id by a template of tolls.yaml ({actor}_allied_fighters).
TOLL_GROUP_TEMPLATES: dict[str, dict[str, str]] = {
    "ar": {
        "_allied_fighters": "{actor} (مقاتلون موالون)",
        "_foreign_fighters": "{actor} (مقاتلون أجانب)",
    },
    "en": {
        "_allied_fighters": "{actor} (allied fighters)",
        "_foreign_fighters": "{actor} (foreign fighters)",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "ar": {
        OTHER: "أخرى",
        "timeline_title": "الأحداث حسب النوع",
        "events_per_day": "عدد الأحداث في اليوم",
        "events_per_week": "عدد الأحداث في الأسبوع",
        "events_per_month": "عدد الأحداث في الشهر",
        "fatalities": "القتلى",
        "publication": "تاريخ نشر المقال",
        "undated": "أحداث بلا تاريخ لم تُرسم: {n}",
        "no_events": "لا توجد أحداث",
        "date": "التاريخ",
        "actor_timeline_title": "أحداث كل طرف عبر الزمن",
        "actor": "الطرف",
        "action": "نوع الحدث",
        "heatmap_title": "الأحداث حسب الطرف المنفذ ونوع الحدث",
        "n_events": "عدد الأحداث",
        "fatalities_title": "القتلى في الأحداث حسب الطرف",
        "carried_out": "في أحداث نفذها",
        "suffered": "في أحداث استهدفته",
        "network_title": "التفاعل بين الأطراف (الطرف المنفذ ← الطرف المستهدف)",
        "network_left_out": "أحداث بين أطراف من خارج أعلى {k} لم تُرسم: {n}",
        "network_weak_edges": "أحداث على صلات أضعف من أقوى {k} صلة لم تُرسم: {n}",
        "tolls_title": "الحصائل حسب الجهة المصدر والفئة",
        "killed": "قتلى",
        "injured": "جرحى",
        "captured": "أسرى",
        "count": "العدد",
        "map_title": "مواقع الأحداث",
        "map_caption": "حدود المحافظات تقريبية",
        "map_coarse": "الأحداث مجمعة في خلايا بعرض {cell} درجة، واللون لنوع الحدث الأكثر تكراراً في الخلية",
        "no_coords": "أحداث بلا إحداثيات لم تُرسم: {n}",
        "outside_map": "أحداث خارج حدود الخريطة: {n}",
        "size_legend": "القتلى",
        "longitude": "خط الطول",
        "latitude": "خط العرض",
        "toll": "حصيلة",
    },
    "en": {
        OTHER: "Other",
        "timeline_title": "Events by type",
        "events_per_day": "Events per day",
        "events_per_week": "Events per week",
        "events_per_month": "Events per month",
        "fatalities": "Fatalities",
        "publication": "Article publication date",
        "undated": "undated events left out: {n}",
        "no_events": "No events",
        "date": "Date",
        "actor_timeline_title": "Events of each actor over time",
        "actor": "Actor",
        "action": "Event type",
        "heatmap_title": "Events by acting actor and event type",
        "n_events": "Number of events",
        "fatalities_title": "Fatalities in events, by actor",
        "carried_out": "in events it carried out",
        "suffered": "in events it suffered",
        "network_title": "Actor interactions (actor1 → actor2)",
        "network_left_out": "events between actors outside the top {k} left out: {n}",
        "network_weak_edges": "events on links weaker than the {k} strongest left out: {n}",
        "tolls_title": "Reported tolls by reporter and group",
        "killed": "Killed",
        "injured": "Injured",
        "captured": "Captured",
        "count": "Count",
        "map_title": "Event locations",
        "map_caption": "approximate governorate boundaries",
        "map_coarse": "events aggregated to {cell}° cells, colour = the most frequent event type in the cell",
        "no_coords": "events without coordinates left out: {n}",
        "outside_map": "events outside the map area: {n}",
        "size_legend": "Fatalities",
        "longitude": "Longitude",
        "latitude": "Latitude",
        "toll": "Toll",
    },
}


class PlotInputError(ConflictlibError):
    """A figure function got an unusable argument (unknown language, missing columns...)."""


def check_lang(lang: str) -> str:
    """Return `lang` if it is a supported label language, else raise PlotInputError."""
    if lang not in LANGS:
        raise PlotInputError(f"unknown label language {lang!r}; expected one of {LANGS}")
    return lang


def text_for(key: str, lang: str, **values: Any) -> str:
    """Return the fixed figure text `key` in `lang`, formatted with `values`."""
    return TEXTS[check_lang(lang)][key].format(**values)


def name_for(key: object, lang: str, labels: Mapping[str, str] | None = None) -> str:
    """Return the display name of an actor id, action or toll group (logical order).

    Lookup order: the caller's `labels`, the built-in action and toll-group names, toll
    groups made from an actor id (ypg_allied_fighters → fighters allied to the YPG's name),
    then the id itself (so an unknown id is shown, never dropped).
    """
    key = str(key)
    if labels and key in labels and labels[key]:
        return str(labels[key])
    if key == OTHER:
        return text_for(OTHER, lang)
    builtin = ACTION_NAMES[check_lang(lang)].get(key) or TOLL_GROUP_NAMES[lang].get(key)
    if builtin:
        return builtin
    for suffix, template in TOLL_GROUP_TEMPLATES[lang].items():
        if key.endswith(suffix) and len(key) > len(suffix):
            return template.format(actor=name_for(key[: -len(suffix)], lang, labels))
    return key


def labels_from_lexicons(lexicons: Any, lang: str = "ar") -> dict[str, str]:
    """Return id -> display name for actors (name_ar / name_en) and reporters of a Lexicons object.

    Duck-typed on `conflictlib.lexicons.Lexicons`: `.actors` (objects with name_ar and
    name_en) and, if present, `.extra["reporters"].entries` (dicts with name_en and
    Arabic aliases, the first of which names the reporter in Arabic).
    """
    attr = "name_ar" if check_lang(lang) == "ar" else "name_en"
    labels = {}
    reporters = getattr(lexicons, "extra", {}).get("reporters")
    for entry in getattr(reporters, "entries", []):
        name = entry.get(attr)
        if not name and lang == "ar":
            name = next(iter(entry.get("aliases") or []), None)
        if name:
            labels[entry["id"]] = name
    for actor_id, actor in lexicons.actors.items():
        if getattr(actor, attr, None):
            labels[actor_id] = getattr(actor, attr)
    return labels


def labels_from_actor_table(table: Any, lang: str = "ar") -> dict[str, str]:
    """Return actor id -> name from a table like data/gold/actors.csv (first Arabic alias for ar)."""
    labels: dict[str, str] = {}
    for row in table.itertuples(index=False):
        if lang == "en":
            labels[row.actor_id] = row.name_en
        else:
            aliases = str(getattr(row, "aliases_ar", "") or "").split(";")
            if aliases and aliases[0]:
                labels[row.actor_id] = aliases[0]
    return labels
