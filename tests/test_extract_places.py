"""Where events happen: place choice in lists, locators and neighbouring countries.

Sentences written for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlib.corpus import Document
from conflictlib.extract import Event, Extractor

PUB = dt.date(2019, 3, 12)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[Event]:
    return extractor.extract(Document("t", text, publication_date=PUB)).events


def test_a_town_that_locates_a_region_is_the_place(extractor: Extractor) -> None:
    text = "قتل أربعة رعاة بانفجار لغم أرضي في البادية السورية شمال مدينة تدمر أمس."
    [event] = [e for e in run(extractor, text) if e.action == "bombing"]
    assert (event.location_ar, event.geo_precision) == ("تدمر", 2)


def test_a_word_that_contains_a_place_name_after_a_clitic_is_no_place(
    extractor: Extractor,
) -> None:
    text = "انفجرت سيارة مفخخة قرب سوق الهال في مدينة منبج، وقالت فرقة الإطفاء إنها أخمدت الحريق."
    [event] = [e for e in run(extractor, text) if e.action == "bombing"]
    assert event.location_ar == "منبج"


def test_names_that_are_ordinary_words_are_kept_out_of_the_gazetteer() -> None:
    from conflictlib.lexicons import load_lexicons
    from conflictlib.normalize import normalize_key

    gaz = load_lexicons().gazetteer
    for word in ("وقالت فرقة الإطفاء", "في ورقة بحثية"):
        assert gaz.find(normalize_key(word)) == [], word
