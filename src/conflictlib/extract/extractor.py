"""The Extractor: a document in, events and tolls out (codebook data/gold/CODEBOOK.md)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from conflictlib.corpus import Document
from conflictlib.dates import DateMatch
from conflictlib.extract.actors import (
    HOUSE,
    POSSESSED_PLATFORM,
    ActorContext,
    build_actor_context,
    in_construct,
    named_actors,
    owner_after,
    valid_actor,
)
from conflictlib.extract.casualties import OWN_ACT, Figure, gap_words, sentence_figures, total
from conflictlib.extract.cues import CueHit, words_between
from conflictlib.extract.document import (
    DocMentions,
    Sentence,
    add_context_duals,
    add_voweled_duals,
    build_sentences,
    find_mentions,
)
from conflictlib.extract.events import (
    LAST_HOURS,
    VAGUE_RECENT_SPAN,
    Candidate,
    aftermath_day,
    compared_since,
    describe,
    event_date_fields,
    has_own_span,
    is_adjunct,
    is_subordinate,
    link_also,
    prune_agent_cues,
    referred_strikes_span,
    remembered,
    sentence_candidates,
    share_sentence_date,
    sound_of_strikes,
    starts_this_week,
    told_as_background,
    told_in_later_clause,
)
from conflictlib.extract.explain import explain_result
from conflictlib.extract.merge import Cluster, is_report_date, loose_actor2, merge_candidates
from conflictlib.extract.model import DocumentResult, Event
from conflictlib.extract.places import WIDE_KINDS, countryside_of, outlet_names
from conflictlib.extract.resources import Resources, build_resources
from conflictlib.extract.tolls import (
    SPEAKER_NEXT,
    SharedMentions,
    Toll,
    compares_since_word,
    find_tolls,
)
from conflictlib.geo import haversine_km
from conflictlib.lexicons.gazetteer import distance_km
from conflictlib.lexicons.loader import Lexicons, load_lexicons
from conflictlib.normalize import norm_re, normalize_key
from conflictlib.text import PreparedText, TextPreparer, default_preparer

LOSER_KM = 25.0
SAME_PLACE_KM = 3.0  # two captures this close are of one place (a town taken and retaken)
UNCLAIMED_STRIKES = ("airstrike", "shelling")  # with no firer named anywhere: unknown
LOSER_FIGHT_ACTIONS = ("bombing", "shelling", "airstrike")  # after clashes: who fought actor1 there
KILLING_VERB = "killed.verb"
KILLING_VERBS = (
    KILLING_VERB,
    "killed.transitive",
    "killed.pronoun_one",
    "killed.pronoun_two",
    "killed.fall",
)
COUNTED_NOUNS = ("killed.noun", "injured.noun")  # the dead or wounded counted by a noun
# قدّره ناشطون بـ 68 قتيلاً، بحسب تقديرات ناشطين، يقدر عدد القتلى: an estimate, not a count
ESTIMATE = re.compile(
    r"(?<!\w)[وف]?(?:ب?حسب\s+)?(?:قدر|قدرت|قدره|قدرها|قدروا|قدروه|يقدر|تقدر|يقدرون|يقدرها|تقدرها"
    r"|يقدره|تقدير|تقديرات|التقديرات|بتقدير|تقديرات|المقدر|المقدره|مقدره)(?!\w)"
)
# a count over a period (منذ بدء الحملة، خلال الشهر، إجمالي): a toll, not the event's count
PERIOD_COUNT = re.compile(r"(?<!\w)(?:منذ|خلال|اجمالي|مجموع|المجموع|حتي الان)(?!\w)")
WOUNDING_VERB = "injured.verb"  # a sentence opening with it (وأصيب أربعة مدنيين بجروح) …
WOUNDING_VERB_CHARS = 12  # … tells the outcome of the event before
# … or a report opening the sentence tells the wounded (وأفادت مصادر طبية بإصابة ستة أشخاص)
REPORTED_WOUNDED = re.compile(
    r"\W*[وف]?(?:افاد|افادت|ذكر|ذكرت|اكد|اكدت|اعلن|اعلنت|تحدث|تحدثت|وثق|وثقت|سجل|سجلت|قال|قالت"
    r"|اشار|اشارت|اضاف|اضافت|نقل|نقلت|افادوا|تحدثوا|ذكروا|اكدوا)(?!\w)"
)
VACATE_CUE = "withdrawal.vacate"  # أخلت الميليشيات مواقعها: a withdrawal only of a side named
FLIGHT_CUE = "withdrawal.flee"  # فرّوا، لاذوا بالفرار: a withdrawal only of an armed side
IN_WHICH = re.compile(r"(?<!\w)(?:فيها|فيه|خلالها|خلاله|اثناءها|جراءها|جراءه)(?!\w)")
IN_WHICH_WORDS = 4  # قتل فيها أربعة: a killing "in which" this close before a figure
DURING = re.compile(r"(?<!\w)(?:خلال|اثناء|في|جراء|اثر|بسبب)\s*$")  # …قتل 15 عنصراً خلال الاشتباكات
TOWN_WORD = re.compile(r"(?<!\w)(?:بلده|قريه|مدينه|بلدات|قري|ناحيه)\s")  # a place named by its kind
DURING_WORDS = 6  # words between a figure and the "during <event>" that follows it
ROUNDUP_HEAD = re.compile(
    r"حصاد يوم|حصيله يوم|ابرز (?:ال)?(?:احداث|تطورات)|(?:ال)?نشره (?:ال)?(?:ميدانيه|يوميه|اخبار)"
    r"|(?:ال)?تطورات (?:ال)?ميدانيه|(?:موجز|ملخص) (?:ال)?(?:احداث|تطورات)"
)  # حصاد يوم الخميس 29 تموز، النشرة الميدانية ليوم …: a roundup's title, opening its line
ROUNDUP_HEAD_CHARS = 40  # the title opens its line, or follows a label (المرصد السوري: …)
ROUNDUP = re.compile(
    r"حصاد اليوم|حصيله اليوم|ابرز (?:ما|احداث|تطورات)|(?<!\w)(?:و)?فيما يلي(?!\w)|نشره (?:ميدانيه|يوميه)"
    r"|(?<!\w)علي النحو التالي(?!\w)|(?<!\w)(?:ك|و)?ما يلي(?!\w)|(?<!\w)كالتالي(?!\w)"
)  # «وجاءت الغارات على النحو التالي:»: the items below are the lead's day
ROUNDUP_CHARS = 600  # a roundup says so in its headline or lead
OLD_EVENT_DAYS = 45  # an event dated earlier than this is background in the article
FIGURE_TOWN_WORDS = 3  # a town named this close after a figure is where those people died  # a clash this close to a capture is the fight for the same place

# How much an actor coding is trusted when merged mentions disagree (lower = better).
ACTOR_RULE_RANK = {
    "between": 0,
    "agent_marker": 0,
    "lost_control": 0,
    "protest": 0,
    "subject": 1,
    "clash_victims": 1,
}


# a clash or a withdrawal placed at a whole country (تشن الفصائل هجمات على مواقع الجيش في سوريا؛
# العرب السنة في العراق واجهوا هجمات انتقامية؛ التحالف يكثف هجومه على داعش لحشره على الحدود بين
# سوريا والعراق؛ انسحاب القوات الأميركية من العراق): a war summary, a campaign or a policy, no
# battle at one place (CODEBOOK §1, §5: the gold never codes a battle at a country; a battle at a
# governorate or a region such as «شمال شرقي سوريا» stays) (session 15, hU)
COUNTRY_WIDE_ACTIONS = ("clash", "withdrawal")


def country_wide_battle(event: Event) -> bool:
    """True for a clash or a withdrawal whose only place is a country."""
    return (
        event.action in COUNTRY_WIDE_ACTIONS
        and event.geo_precision == 3
        and bool(event.country)
        and event.location == event.country
        and not event.admin1
    )


class Extractor:
    """Rule-based event extractor; compile once, call `extract` on many documents."""

    def __init__(self, lexicons: Lexicons | None = None, *, estimate_vague: bool = False):
        """Compile every matcher. estimate_vague=True fills vague amounts (عشرات → 10) as estimates."""
        self.lexicons = lexicons if lexicons is not None else load_lexicons()
        self.resources: Resources = build_resources(self.lexicons)
        self.preparer: TextPreparer = default_preparer()
        self.estimate_vague = estimate_vague
        self.families = self.lexicons.families()
        self.seats = governorate_seats(self.lexicons)

    def extract(self, doc: Document) -> DocumentResult:
        """Events and tolls of one document."""
        return self._run(doc)[0]

    def explain(self, doc: Document) -> str:
        """A human-readable account of every event and every suppressed cue of a document."""
        result, trace = self._run(doc)
        return explain_result(doc, result, trace)

    def _run(self, doc: Document) -> tuple[DocumentResult, dict[str, Any]]:
        if not doc.text or not doc.text.strip():
            return DocumentResult(doc.doc_id, [], [], 0), {"suppressed": [], "text": ""}
        prepared = self.preparer(doc.text)
        sentences = build_sentences(prepared)
        mentions = find_mentions(
            prepared.norm.text, self.resources, doc.publication_date, self.estimate_vague
        )
        add_voweled_duals(doc.text, prepared.norm.index, mentions, self.resources)
        add_context_duals(mentions, self.resources)
        prune_agent_cues(sentences, mentions)
        drop_days_in_outlet_names(mentions)
        shared = SharedMentions(
            numbers=None if self.estimate_vague else mentions.by_kind["number"],
            dates=mentions.by_kind["date"] if doc.publication_date is not None else None,
            places=mentions.by_kind["place_match"],
        )
        tolls = find_tolls(
            doc.doc_id, prepared, self.lexicons, doc.publication_date, self.resources.tolls, shared
        )
        ctx = build_actor_context(mentions, self.resources, doc.publication_date)
        cands, suppressed = self._candidates(
            sentences, mentions, ctx, tolls, prepared, doc.publication_date
        )
        clusters = merge_candidates(cands, self.families, mentions, self.seats)
        events = [self._event(doc, n, k, prepared) for n, k in enumerate(clusters, 1)]
        kept = [n for n, e in enumerate(events) if not country_wide_battle(e)]
        if len(kept) < len(events):  # number the events that stay in order again
            clusters = [clusters[n] for n in kept]
            events = [self._event(doc, n, k, prepared) for n, k in enumerate(clusters, 1)]
        infer_losers(events, self.lexicons)
        claimed_elsewhere(events, ctx, mentions, prepared.norm.text, self.lexicons, prepared.norm)
        attack_opened_by_blast(events, prepared.norm, self.lexicons)

        protests_of_the_article_s_day(events, doc.text)
        protesters_arrested_at_their_protest(events, self.lexicons)
        protest_broken_up_in_the_next_clause(events, doc.text, self.lexicons)
        more_dead_of_the_shooting_before(events, self.lexicons)
        protesters_hurt_by_the_article_s_force(events, doc.text, self.lexicons)
        rebels_leave_under_deals(events, ctx, self.lexicons)
        regime_fires_unclaimed(events, ctx, prepared.norm.text, self.lexicons)
        rebel_front_gunmen(events, ctx, prepared.norm.text, self.lexicons)
        clash_opponent(events, ctx, prepared.norm.text, self.lexicons)
        hosted_forces(events, clusters, mentions, doc.publication_date, self.lexicons)
        us_embassy_struck(events, clusters, mentions, self.lexicons)
        taker_of_the_same_loser(events, prepared.norm.text, self.lexicons)
        loser_of_the_same_taker(events, prepared.norm.text, self.lexicons)
        opponent_at_the_same_place(events, self.lexicons)
        opponent_elsewhere(events, self.lexicons)
        common_enemy(events, ctx, self.lexicons)
        capture_opponent(events, ctx, prepared.norm.text, self.lexicons)
        rebel_war_opponent(events, ctx, self.lexicons)
        withdrawer_is_the_loser(events, self.lexicons)
        coalition_war_on_isis(events, ctx, self.lexicons)
        factions_struck_by_us(events, ctx, self.lexicons)
        terrorists_in_iraq(events, ctx, self.lexicons)
        unnamed_attacker(events, self.lexicons)
        move_risen_counts(events, clusters, prepared.norm.text)
        tolls = absorb_event_updates(
            tolls,
            events,
            doc.text,
            lambda sentence: any(
                c.entry.get("strength") == "specific"
                for c in self.resources.actions.find(normalize_key(sentence))
            ),
            lambda name: towns_named(self.lexicons.gazetteer, name),
        )
        civilian_updates_name_the_victims(events, self.lexicons)
        persons_hit_are_civilians(events, prepared.norm.text, self.lexicons)
        trace = {"suppressed": suppressed, "text": prepared.norm.text, "clusters": clusters}
        return DocumentResult(doc.doc_id, events, tolls, len(sentences)), trace

    def _candidates(
        self,
        sentences: list[Sentence],
        mentions: DocMentions,
        ctx: ActorContext,
        tolls: list[Toll],
        prepared: PreparedText,
        publication_date: dt.date | None,
    ) -> tuple[list[Candidate], list[tuple[Any, str]]]:
        out: list[Candidate] = []
        suppressed: list[tuple[Any, str]] = []
        taken = toll_spans(tolls, prepared)
        last_reporter = ""
        for s in sentences:
            result = sentence_candidates(s, mentions, self.resources, ctx, out[-1] if out else None)
            suppressed += result.suppressed
            old = [c for c in result.candidates if is_old(c, publication_date)]
            if old and PLUPERFECT.match(mentions.text, s.start, s.end):
                old += [c for c in result.candidates if c.date is None and c not in old]
            elif old:  # ودخلت قوات الحشد سنجار في تشرين الأول 2017 بعد انسحاب البيشمركة منها
                old += [
                    c
                    for c in result.candidates
                    if c.date is None
                    and c not in old
                    and not c.told_dates
                    and CIRCUMSTANCE_BEFORE.search(mentions.text, s.start, c.cues[0].start)
                ]
            suppressed += [(c.cues[0], "background.old_date") for c in old]
            result.candidates = [c for c in result.candidates if c not in old]
            for i, c in enumerate(result.candidates):
                earlier = out + result.candidates[:i]
                strike_told_again(c, earlier, mentions)
                strikes_referred_back_told(c, mentions, self.resources)
                take_striker_in_focus(c, earlier, mentions.text, ctx)
                other_aircraft_than_russia(c, earlier, mentions, ctx)
                take_sides_in_focus(c, earlier, mentions)
                take_attacker_in_focus(c, earlier, mentions, self.lexicons)
                take_side_fought(c, s, mentions, ctx)
                take_subject_told_before(c, s, earlier, mentions, self.lexicons)
                withdrew_from_the_taker(c, s, earlier, mentions)
                protest_shot_by_the_sentence_s_subject(c, s, mentions, ctx, self.lexicons)
            take_gate_holder(result.candidates, mentions.text)
            charged = [c for c in result.candidates if told_as_charge(c, mentions.text)]
            suppressed += [(c.cues[0], "background.charge") for c in charged]
            result.candidates = [c for c in result.candidates if c not in charged]
            framed = framing_campaigns(result.candidates, s, mentions.text)
            suppressed += [(c.cues[0], "background.framework") for c in framed]
            result.candidates = [c for c in result.candidates if c not in framed]
            fled = [c for c in result.candidates if civilians_fleeing(c, s, mentions)]
            suppressed += [(c.cues[0], "flight.civilians") for c in fled]
            walked = [c for c in result.candidates if political_walkout(c, mentions.text)]
            walked += [
                c for c in result.candidates if protest_site_retaken(c, s, mentions, self.lexicons)
            ]
            suppressed += [(c.cues[0], "withdrawal.walkout") for c in walked]
            walked += shootings_of_a_protest(result.candidates, s, mentions)
            suppressed += [(c.cues[0], "protest.repressed") for c in walked if c.action == "attack"]
            result.candidates = [c for c in result.candidates if c not in fled + walked]
            for c in result.candidates:
                forced_to_withdraw(c, mentions, ctx)
                forcing_side_fights(c, s, mentions, ctx)
                aim_of_the_struck(c, s, mentions, ctx)
                lost_control(c, mentions)
            figures = sentence_figures(s.start, s.end, mentions, taken)
            previous = first_of_last_clause(out, s.index - 1)
            if previous is None and not result.candidates:
                previous = event_across_a_statement(out, sentences, s, mentions, taken)
            if previous is not None and not result.candidates:
                previous = event_of_town_named(out, previous, s, mentions)
            rose = (
                previous is not None
                and not result.candidates
                and rising_count(mentions.text, s.start, s.end)
            )
            if previous is not None and not result.candidates and not figures:
                if rose:  # وارتفعت حصيلة القتلى إلى خمسة
                    figures = sentence_figures(s.start, s.end, mentions, taken, event_count=True)
                    figures = rising_clause(mentions.text, s.start, s.end, figures)
                elif new_count(mentions.text, s.start, s.end) and not tells_own_scene(
                    s, mentions, previous
                ):  # وفي حصيلة جديدة … 78 قتلوا
                    figures = sentence_figures(s.start, s.end, mentions, taken, event_count=True)
            elif rose:  # وتوفي طفلان متأثرين بجراحهما، ليرتفع عدد القتلى إلى ثمانية: the new count
                risen = rising_clause(mentions.text, s.start, s.end, figures)
                if risen:
                    figures = risen
                else:  # ليرتفع العدد إلى ثمانية with no figure read: the two more dead add
                    rose = False
            if (
                previous is not None
                and not result.candidates
                and not follows_up(s, mentions, previous)
                and not noun_count_follow_up(
                    s, mentions, previous, out, self.resources, last_reporter
                )
            ):
                previous = None
            assign_figures(
                figures,
                result.candidates,
                s,
                mentions,
                previous,
                rising=rose,
                told_with=[
                    c for c in out if previous is not None and c.sentence == previous.sentence
                ],
            )
            result.candidates = [
                c for c in result.candidates if not protests_counted(c, mentions.text)
            ]
            for c in result.candidates:
                drop_running_count_of_protests(c, mentions.text)
            if not result.candidates:
                dead_identified_follow_up(out, s, mentions, self.lexicons)
            link_also(result.candidates, out, mentions)
            take_day_of_refer_back(result.candidates, out, mentions)
            take_date_of_reported_event(result.candidates, out, s, mentions)
            take_day_of_came_hours_after(result.candidates, out, s, mentions)
            take_day_of_bare_part_of_day(result.candidates, out, mentions, sentences)
            take_unclaimed_date(result.candidates, s, mentions)
            share_sentence_date(result.candidates, mentions)
            heard = [
                c
                for c in result.candidates
                if c.action == "bombing" and all(sound_of_strikes(h, mentions) for h in c.cues)
            ]  # استفاق السكان على أصوات الانفجارات، إثر غارات روسية: the strikes' sound
            suppressed += [(c.cues[0], "reference.sound_of_strikes") for c in heard]
            result.candidates = [c for c in result.candidates if c not in heard]
            last_reporter = assign_sources(
                result.candidates, s, mentions, self.resources, last_reporter
            )
            out += result.candidates
        take_day_of_lead(out, sentences, mentions, self.seats)
        take_day_of_summary_lead(out, sentences, mentions)
        take_day_of_frame(out, sentences, mentions, self.seats)
        take_day_of_partitive(out, mentions)
        share_days_lent(out, mentions)
        take_report_day_of_last_hours(out, sentences, mentions, publication_date)
        take_report_day_of_ongoing(out, mentions, publication_date)
        take_day_of_live_entry(out, mentions, publication_date)
        no_day_of_bodies_found(out, sentences, mentions.text)
        return out, suppressed

    def _event(self, doc: Document, n: int, k: Cluster, prepared: PreparedText) -> Event:
        first = k.first
        a, b = prepared.norm.to_original(*first.span)
        a, b = trim_span(doc.text, a, b)
        event = Event(event_id=f"{doc.doc_id}-{n:03d}", doc_id=doc.doc_id, action=k.action)
        event.sentence, event.char_start, event.char_end = doc.text[a:b], a, b
        event.publication_date = doc.publication_date.isoformat() if doc.publication_date else ""
        dated = [m for m in k.members if m.date is not None and m.date.date is not None]
        # a day the event is told to have happened wins over the day a report of it was told
        date_member = next((m for m in dated if not is_report_date(m)), dated[0] if dated else None)
        event.event_date, event.date_precision = event_date_fields(
            date_member.date if date_member else None
        )
        fill_place(event, k)
        if event.location_ar and PLACE_STAND_IN in (k.best_place().place.id or ""):
            event.location_ar = original_spelling(event.location_ar, k, doc.text, prepared)
        offset_by_told_distance(event, k, prepared.norm.text, self.lexicons)
        fill_actors(event, k, self.lexicons, parse_day(event.event_date) or doc.publication_date)
        fill_casualties(event, k, prepared.norm.text)
        event.source = str(k.value("source") or "")
        fill_types(event, k, self.resources, self.lexicons)
        event.confidence = confidence(k, event)
        event.rule = "+".join(dict.fromkeys(c.entry_id for m in k.members for c in m.cues))
        event.provenance = {
            "mentions": [
                describe(m) | {"span": list(prepared.norm.to_original(*m.span))} for m in k.members
            ],
            "date_from_mention": k.members.index(date_member) if date_member else None,
            "date_unresolved": any(m.date is not None and m.date.date is None for m in k.members),
        }
        return event


def infer_losers(events: list[Event], lex: Lexicons) -> None:
    """A capture with no losing side: the side that withdrew from the place, the other side that
    captured the same place (a town taken and retaken), or the side that fought actor1 there
    (a clash, else a bombing, shelling or strike between the two sides there)."""
    fam = lex.families()
    for e in events:
        if e.action != "capture" or not e.actor1 or e.actor2 or e.latitude is None:
            continue
        for w in events:  # the side that withdrew from the place lost it
            if w.action == "withdrawal" and w.actor1 and w.latitude is not None:
                if (
                    fam.get(w.actor1, w.actor1) != fam.get(e.actor1, e.actor1)
                    and haversine_km(e.latitude, e.longitude, w.latitude, w.longitude) <= LOSER_KM
                ):
                    set_actor2(e, w.actor1, lex, w.event_id)
                    break
        if e.actor2:
            continue
        for w in events:  # taken back: the side that captured the same place from it (استعادة)
            if (
                w is not e
                and w.action == "capture"
                and w.actor1 not in ("", "unknown")
                and w.latitude is not None
                and fam.get(w.actor1, w.actor1) != fam.get(e.actor1, e.actor1)
                and not same_state(w.actor1, e.actor1, lex)
                and haversine_km(e.latitude, e.longitude, w.latitude, w.longitude) <= SAME_PLACE_KM
            ):
                set_actor2(e, w.actor1, lex, w.event_id)
                break
        if e.actor2:
            continue
        fights = [c for c in events if c.action == "clash"]
        fights += [c for c in events if c.action in LOSER_FIGHT_ACTIONS]  # clashes first
        for c in fights:
            if (
                c.latitude is None
                or not (c.actor1 and c.actor2)
                or "civilians"
                in (
                    c.actor1,
                    c.actor2,
                )
            ):
                continue
            if haversine_km(e.latitude, e.longitude, c.latitude, c.longitude) > LOSER_KM:
                continue
            sides = {fam.get(c.actor1, c.actor1): c.actor2, fam.get(c.actor2, c.actor2): c.actor1}
            other = sides.get(fam.get(e.actor1, e.actor1))
            if other and other != "unknown":
                set_actor2(e, other, lex, c.event_id)
                break


BACKGROUND_TOLD = re.compile(  # وكانت … قد شهدت؛ سبق أن؛ خلال الأسابيع الماضية؛ منذ أشهر
    r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,5}?قد\s"
    r"|(?<!\w)(?:سبق|سابقا|سابق|منذ|الماضي|الماضيه|الماضيين|الماضيتين|الاسابيع|الاشهر|الايام"
    r"|يوميا|اسبوعيا|المستمره|مستمره|المتواصله|متواصله)(?!\w)"
)


CONTINUES = re.compile(
    r"\s*(?:و?كما|وكذلك|كذلك)(?!\w)"
)  # a sentence that goes on from the one before


def protests_of_the_article_s_day(events: list[Event], text: str) -> None:
    """An article that tells its protests on one day tells the day once (خرج العشرات، اليوم
    الثلاثاء، في مظاهرات في ذيبان … وقال مصدر إن محتجين أحرقوا إطارات في الحوايج): a protest
    told after the first dated one with no day of its own is that day's. Not when the article's
    protests fall on different days or in two countries, nor a protest told as background
    (وكانت … قد شهدت) or going on from a background sentence with «كما»."""
    protests = [e for e in events if e.action == "protest"]
    dated = [e for e in protests if e.event_date and e.date_precision == "day"]
    if (
        len({e.event_date for e in dated}) != 1
        or len({e.country for e in protests if e.country}) > 1
    ):
        return  # protests of two days, or a body in two countries: no one day of the article
    first = min(dated, key=lambda e: e.char_start)
    for e in protests:
        if e.event_date or e.char_start <= first.char_start:
            continue
        start = max(text.rfind(c, 0, e.char_start) for c in ".!؟\n") + 1
        ends = [i for i in (text.find(c, e.char_end) for c in ".!؟\n") if i >= 0]
        if BACKGROUND_TOLD.search(normalize_key(text[start : min(ends, default=len(text))])):
            continue
        before = max(text.rfind(c, 0, max(start - 1, 0)) for c in ".!؟\n") + 1
        if CONTINUES.match(text, start) and BACKGROUND_TOLD.search(
            normalize_key(text[before:start])
        ):  # وكانت القوات قد أطلقت النار على مظاهرة في دوما. كما خرجت مظاهرة في حماة
            continue
        e.event_date, e.date_precision = first.event_date, first.date_precision
        e.provenance["date_rule"] = f"protest_day_of_the_article:{first.event_id}"


def protesters_arrested_at_their_protest(events: list[Event], lex: Lexicons) -> None:
    """A protest with no side named whose protesters a state force arrested in the same town
    (واعتقلت قوات الأمن عشرات المتظاهرين في بانياس عقب المظاهرة) faced that force."""
    for e in events:
        if e.action != "protest" or e.actor2 or not e.location_ar:
            continue
        arrests = [
            a
            for a in events
            if a.action == "arrest"
            and a.actor2 == "protesters"
            and a.location_ar == e.location_ar
            and a.actor1 in lex.actors
            and lex.actors[a.actor1].type == "state"
        ]
        if len({a.actor1 for a in arrests}) == 1:
            set_actor2(e, arrests[0].actor1, lex, arrests[0].event_id)


# the next clause's verb acting on the protest or its crowd (وحاصرتها قوات الأمن؛ فاقتحمتها؛
# وفرقتهم), or an arrest of some of its crowd (واعتقلت قوات الأمن عدداً منهم / من المشاركين فيها)
FORCE_ON_THE_PROTEST = norm_re(
    r"^\W*[وف]?(?:فرقت|فرق|فضت|فض|قمعت|قمع|هاجمت|هاجم|لاحقت|لاحق|طاردت|طارد|حاصرت|حاصر|اقتحمت"
    r"|اقتحم|داهمت|داهم|استهدفت|استهدف)(?:ها|هم)(?!\w)"
)
CROWD_ARRESTED = norm_re(
    r"(?<!\w)(?:منهم|منهن|(?:ال)?(?:مشاركين|متظاهرين|محتجين|معتصمين|مشيعين)"
    r"|(?:ال)?مشارك(?:ين|ات)\s+فيها)(?!\w)"
)

# the mourners of a funeral told as a protest fired on (تحول تشييع القتلى إلى مظاهرة حاشدة،
# وأطلقت قوات الأمن النار على المشيعين): the crowd of the protest
MOURNERS_SHOT = norm_re(
    r"(?<!\w)(?:ال)?(?:نار|نيران|رصاص)(?:\s+\S+){0,2}?\s+على\s+(?:ال)?مشيعين(?!\w)"
)


def protest_broken_up_in_the_next_clause(events: list[Event], text: str, lex: Lexicons) -> None:
    """A protest with no side, told before an event of its own sentence whose verb takes the
    protest or its crowd as object (خرجت مظاهرة في حي برزة، وحاصرتها قوات الأمن واعتقلت عدداً
    من المشاركين فيها؛ فاقتحمتها قوات الأمن والشبيحة) or that arrests some of its crowd
    (تظاهر المئات في دوما، واعتقلت قوات الأمن عدداً منهم) or that shoots its mourners (خرجت
    مظاهرة حاشدة خلال تشييع القتلى، وفتحت قوات الأمن النار على المشيعين: session 16, hW5), faced
    that event's armed side: force
    met the protesters (codebook §4). The next clause makes an event of its own and takes its
    side; an arrest of someone else (واعتقلت ناشطاً في المدينة) lends nothing."""
    for e in events:
        if e.action != "protest" or e.actor2:
            continue
        for a in events:
            if (
                a is e
                or a.action not in ("arrest", "abduction", "capture", "attack", "clash")
                or a.char_start <= e.char_start
                or SENTENCE_BREAK.search(text, e.char_start, a.char_start)
                or a.actor1 not in lex.actors
                or lex.actors[a.actor1].type not in ("state", "rebel", "militia", "ethnic")
                or (a.location_ar and e.location_ar and a.location_ar != e.location_ar)
            ):
                continue
            told = normalize_key(text[a.char_start : a.char_end])
            if (
                FORCE_ON_THE_PROTEST.search(told)
                or (a.action in ("arrest", "abduction") and CROWD_ARRESTED.search(told))
                or (a.action == "attack" and MOURNERS_SHOT.search(told))
            ):
                set_actor2(e, a.actor1, lex, a.event_id)
                break


# protesters killed told only as «others» or as persons town by town after protesters were shot
# (كما قتل خمسة آخرون في المعضمية وثلاثة في حرستا؛ وقال ناشط إن ثمانية أشخاص قتلوا في إزرع)
MORE_DEAD_CUES = frozenset(
    {"protest.other_protesters_killed", "protest.persons_killed_in_protest_article"}
)
MORE_DEAD_CHARS = 1500  # as far back as the shooting on protesters may stand (PROTEST_SHOT_CHARS)
EXCESSIVE_FORCE = "Excessive force against protesters"


def more_dead_of_the_shooting_before(events: list[Event], lex: Lexicons) -> None:
    """Protesters killed told only as more dead of a shooting told before (عناصر أمن بلباس مدني
    أطلقوا الرصاص على مظاهرة في دوما وقتلوا ثمانية متظاهرين، كما قتل خمسة آخرون في المعضمية)
    were shot by the same force: the nearest earlier protest met with force lends its actor2
    (codebook §4: the security forces facing the protesters) (session 15, hE3)."""
    for e in events:
        if e.action != "protest" or e.actor2:
            continue
        told = e.provenance.get("mentions", [])
        if not told or not all(m.get("cues") and set(m["cues"]) <= MORE_DEAD_CUES for m in told):
            continue
        before = [
            p
            for p in events
            if p is not e
            and p.action == "protest"
            and p.actor2
            and p.sub_event_type == EXCESSIVE_FORCE
            and 0 <= e.char_start - p.char_start <= MORE_DEAD_CHARS
        ]
        if before:
            shot = max(before, key=lambda p: p.char_start)
            set_actor2(e, shot.actor2, lex, shot.event_id)
            e.sub_event_type = EXCESSIVE_FORCE  # they were killed by that force


# gunmen, masked or unknown men, militiamen or infiltrators told at a protest (أطلق مسلحون مجهولون
# النار على المعتصمين؛ هاجم ملثمون ساحة الاعتصام): someone other than the security forces
OTHER_SHOOTERS = norm_re(
    r"(?<!\w)(?:ال)?(?:مسلح(?:ون|ين|ان)?|مجهول(?:ون|ين)?|ملثم(?:ون|ين)?|مندس(?:ون|ين)|ميليشيا\w*"
    r"|مليشيا\w*|الطرف\s+الثالث|طرف\s+ثالث)(?!\w)"
)


SENTENCE_BREAK = re.compile(r"[.!?؟\n]")  # on the original text (doc.text)


def protesters_hurt_by_the_article_s_force(events: list[Event], text: str, lex: Lexicons) -> None:
    """Protesters killed or wounded at a protest told with no side (وفي درعا، قتل متظاهران في
    بلدة الحراك برصاص قناصة؛ قتل ثلاثة أشخاص خلال تفريق مظاهرة في دوما) faced the state side
    told shooting in its own sentence, else the one state side the article's other protests
    faced (أطلقت قوات الأمن النار على مظاهرة في حماة): the article clearly implies it (codebook
    §4). A protest with no one
    hurt keeps no side (كما شهدت حماة واللاذقية مظاهرات انتهت دون سقوط ضحايا), and so does
    every protest of an article where another side attacked protesters (أنصار التيار الصدري
    أطلقوا النار على المعتصمين): who hurt them is then not clear."""
    if any(e.action in ("attack", "clash") and e.actor2 == "protesters" for e in events) or any(
        e.action == "protest" and not e.actor2 and OTHER_SHOOTERS.search(e.sentence or "")
        for e in events
    ):
        return

    def state(actor: str) -> bool:
        return actor in lex.actors and lex.actors[actor].type == "state"

    facing = [p for p in events if p.action == "protest" and state(p.actor2)]
    for e in events:
        if (
            e.action != "protest"
            or e.actor2
            or not ((e.fatalities or 0) > 0 or (e.injured or 0) > 0)
        ):
            continue
        # قتل 25 متظاهراً في درعا، وقال شهود إن قوات الأمن أطلقت النار على المصلين: the
        # state side shooting in the protest's own sentence
        shooters = [
            a
            for a in events
            if a.action == "attack"
            and state(a.actor1)
            and not SENTENCE_BREAK.search(
                text, min(e.char_end, a.char_end), max(e.char_start, a.char_start)
            )
        ]
        sources = shooters if len({a.actor1 for a in shooters}) == 1 else []
        if not sources and len({p.actor2 for p in facing}) == 1:
            sources = facing
        if not sources or (e.country and sources[0].country and e.country != sources[0].country):
            continue
        force = sources[0].actor1 if sources[0].action == "attack" else sources[0].actor2
        set_actor2(e, force, lex, sources[0].event_id)
        e.sub_event_type = EXCESSIVE_FORCE  # protesters killed or hurt by that force


UNDER_A_DEAL = re.compile(r"(?:بموجب|وفق|ضمن)\s+(?:ال)?(?:اتفاق|تسوي[ةه]|هدن[ةه]|مصالح[ةه])")


def rebels_leave_under_deals(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """Bare gunmen told leaving a Syrian town under a deal (بدأ خروج المسلحين من حي الوعر بموجب
    اتفاق مع النظام) are the rebels when the article names none of the sides the word may mean:
    the evacuations of the war were the rebels' (Darayya, al-Waer, Aleppo, Ghouta, Daraa), while
    bare المسلحين elsewhere keeps ISIS as its default."""
    gunmen = [c for c in ctx.anaphors.get("gunmen", ()) if c != "unknown"]
    if any(ctx.salience[c] > 0 for c in gunmen) or "syrian_opposition" not in lex.actors:
        return
    for e in events:
        if e.action != "withdrawal" or e.country != "Syria" or e.actor1 not in ("isis", ""):
            continue
        first = (e.provenance.get("mentions") or [{}])[0]
        evidence = first.get("actor_evidence") or []
        evacuated = "withdrawal.evacuated" in first.get("cues", ())
        if not e.actor1:  # وخرج نحو 300 مقاتل من حي الوعر: counted fighters of no named side
            if not evacuated:
                continue
        elif not (evacuated or UNDER_A_DEAL.search(e.sentence or "")) or not any(
            str(a).startswith("isis<-anaphor:gunmen") for a in evidence
        ):
            continue
        e.actor1 = "syrian_opposition"
        e.inter1 = lex.actors["syrian_opposition"].inter
        codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
        e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
        e.provenance["actor1_rule"] = "bare gunmen leaving under a deal in Syria: the rebels"


MARTYRS = re.compile(
    r"(?<!\w)[وف]?(?:شهيد|شهيدا|شهداء|الشهداء|استشهد|استشهدت|استشهاد|باستشهاد)(?!\w)"
)
# the government called «النظام» or «(قوات) الأسد» (not قوات حفظ النظام, law-enforcement, nor
# النظام العام; not a place or a person named after al-Asad: مشفى الأسد، ضاحية الأسد، الرئيس بشار الأسد)
REGIME_WORD = norm_re(
    r"(?<!حفظ )(?<!\w)[وبل]?(?:ال)?نظام(?!\w)(?!\s+(?:العام|الداخلي|الانتخابي|الاساسي))"
    r"|(?<!\w)[وبل]?(?:قوات|جيش|طيران|طاءرات|طائرات|ميليشيا|ميليشيات|مليشيا|مليشيات|مدفعيه"
    r"|عصابات|نظام)\s+(?:ال)?اسد(?!\w)"
)
# the government's own media (SANA): its dead are martyrs too, and it never fires unclaimed shells
STATE_MEDIA_WORDS = re.compile(
    r"(?<!\w)(?:الجيش العربي السوري|وحدات من الجيش|المجموعات الارهابيه|التنظيمات الارهابيه)(?!\w)"
)
# the opposition's words for the regime's forces, never used by state media
REGIME_FORCES = norm_re(
    r"(?<!\w)[وبل]?(?:قوات|جيش|طيران|طاءرات|طائرات|ميليشيا|ميليشيات|مليشيا|مليشيات|مدفعيه)"
    r"\s+(?:ال)?(?:نظام|اسد)(?!\w)"
)
# the government's forces named after al-Asad: only the opposition's outlets say it
ASAD_FORCES = norm_re(
    r"(?<!\w)[وبل]?(?:قوات|جيش|طيران|طاءرات|طائرات|ميليشيا|ميليشيات|مليشيا|مليشيات|مدفعيه|عصابات)"
    r"\s+(?:ال)?اسد(?!\w)"
)
UNKNOWN_FIRER = re.compile(r"(?<!\w)(?:مجهول|مجهوله)\s+المصدر(?!\w)")
OTHER_STRIKERS = ("external", "state")
NO_SIDES = frozenset({"civilians", "protesters", "unknown"})
REGIME_PARTNERS = ("hezbollah",)  # a sideless clash of an article naming these: rebels v. regime


def regime_fires_unclaimed(events: list[Event], ctx: Any, text: str, lex: Lexicons) -> None:
    """An unclaimed shelling in Syria, told by the regime's opponents (their dead are martyrs,
    the government is «النظام» or «الأسد»), is the regime's when it is the only state the
    article names: rebels' own fire is told with its firer (الجيش الحر يستهدف المطار بالهاون),
    and an article naming Russia, Turkey, Israel or the coalition keeps the firer unknown."""
    regime = lex.actors.get("syrian_regime")
    if regime is None or ctx.salience["syrian_regime"] <= 0:
        return
    if not ((MARTYRS.search(text) and REGIME_WORD.search(text)) or ASAD_FORCES.search(text)):
        return  # «قوات الأسد، ميليشيا أسد»: opposition wording even where the dead are «قتلى» (عنب بلدي)
    if STATE_MEDIA_WORDS.search(text) and not REGIME_FORCES.search(text):
        return  # state media; an opposition report quoting SANA still says قوات النظام
    named = [c for c, n in ctx.salience.items() if n > 0] + [e.actor1 for e in events]
    states = [c for c in named if c in lex.actors and lex.actors[c].type in OTHER_STRIKERS]
    if any(lex.actors[c].family != regime.family for c in states):
        return
    rebels = lex.actors.get("syrian_opposition")
    sides = {lex.actors[c].family for c in named if c in lex.actors} - NO_SIDES
    two_sided = rebels is not None and sides <= {regime.family, rebels.family, *REGIME_PARTNERS}
    for e in events:
        if e.action == "clash" and e.country == "Syria" and not (e.actor1 or e.actor2):
            if (
                two_sided and rebels is not None
            ):  # اشتباكات عنيفة في محيط البلدة: the war's two sides
                e.actor1, e.inter1 = "syrian_opposition", rebels.inter
                set_actor2(e, "syrian_regime", lex, "")
                e.provenance["actor1_rule"] = "a sideless clash told by the regime's opponents"
            continue
        if e.action != "shelling" or e.country != "Syria" or e.actor1 != "unknown":
            continue
        if UNKNOWN_FIRER.search(normalize_key(e.sentence or "")):
            continue  # قصف مجهول المصدر: the text says the firer is unknown
        if e.actor2 and lex.actors.get(e.actor2, regime).family == regime.family:
            continue
        e.actor1 = "syrian_regime"
        e.inter1 = regime.inter
        codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
        e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
        e.provenance["actor1_rule"] = "unclaimed shelling told by the regime's opponents"


# governorates whose armed opposition was the rebels' (ISIS held at most pockets there)
REBEL_FRONTS = frozenset(
    {"Damascus", "Rif Dimashq", "Daraa", "Quneitra", "Idlib", "Hama", "Latakia", "Homs"}
)
ISIS_YEAR = 2014  # before it, bare gunmen anywhere in Syria were the rebels
# the desert east of these governorates (Palmyra, the Jazal and Shaer fields, east Hama, east
# Qalamoun) was ISIS's front, not the rebels'
BADIA_GOVERNORATES = frozenset({"Homs", "Hama", "Rif Dimashq"})
BADIA_LON = 37.2
# Aleppo city and its west, south and north countryside were the rebels' front against the
# regime (the city's eastern districts 2012-2016, Khan Tuman, Azaz, Nubl and al-Zahraa); ISIS's
# lay east of it (al-Bab, Deir Hafer, Kuweires, Manbij, Kobani)
ALEPPO_REBEL_LON = 37.3


def on_rebel_front(e: Event) -> bool:
    """True for an event in Syria on a front the rebels held, or anywhere in Syria before 2014."""
    year = int((e.event_date or e.publication_date or "0")[:4] or 0)
    if 0 < year < ISIS_YEAR:
        return True
    if e.admin1 == "Aleppo":  # a town placed west of the line (not "ريف حلب": its east was ISIS's)
        return e.geo_precision == 1 and 0 < (e.longitude or 0) < ALEPPO_REBEL_LON
    if e.admin1 not in REBEL_FRONTS:
        return False
    in_badia = e.admin1 in BADIA_GOVERNORATES and (e.longitude or 0) > BADIA_LON
    return not in_badia


FRONT_CHANGE = re.compile(r"\s*(?:و)?في\s")  # وفي القلمون، …: the next sentence opens another front


def same_front_span(e: Event, text: str) -> tuple[int, int]:
    """An event's sentence and the next one, unless the next one opens another front."""
    _, start, end = sentences_around(e, text)
    nxt = SENTENCE_END.search(text, end)
    if end < len(text) and not FRONT_CHANGE.match(text, end):
        end = nxt.end() if nxt else len(text)
    return start, end


def rebel_front_gunmen(events: list[Event], ctx: Any, text: str, lex: Lexicons) -> None:
    """Bare gunmen (المسلحين) that no side named before them explains are the rebels on a
    front the rebels held (Homs, Damascus, Daraa, Idlib …) or anywhere in Syria before 2014:
    neither ISIS (the word's default) nor a group the article names only later, on another
    front, is who they were."""
    rebels = lex.actors.get("syrian_opposition")
    if rebels is None:
        return
    default = next(iter(ctx.anaphors.get("gunmen", ())), "")  # the bare word's default (ISIS)
    for e in events:
        if e.country != "Syria" or not on_rebel_front(e):
            continue
        front = same_front_span(e, text)
        evidence = [
            str(x)
            for m in e.provenance.get("mentions") or []
            for x in m.get("actor_evidence") or []
        ]
        for slot in ("actor1", "actor2"):
            side = getattr(e, slot)
            if side in ("", "syrian_opposition", "unknown"):
                continue
            bare = any(x.startswith(side + "<-anaphor:gunmen") for x in evidence)
            told = any(x.startswith(side + "<-") for x in evidence)  # by a word of its own
            if not bare and (told or side != default or ctx.salience[side] > 0):
                continue  # a side of its own, or one never named: the bare word's default
            named = ctx.positions.get(side, ())
            if named and min(named) <= e.char_start:
                continue  # named before: the article's own side
            if any(front[0] <= p < front[1] for p in named):
                continue  # …، بعد يوم من دخول تنظيم داعش المدينة: named on the same front
            other = e.actor2 if slot == "actor1" else e.actor1
            if other and lex.actors.get(other) and lex.actors[other].family == rebels.family:
                continue
            if slot == "actor1":
                e.actor1, e.inter1 = "syrian_opposition", rebels.inter
                codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
                e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
            else:
                set_actor2(e, "syrian_opposition", lex, "")
            e.provenance[slot + "_rule"] = "bare gunmen on a rebel front: the rebels"


SENTENCE_END = norm_re(r"[.!؟\n]")


OPPONENT_SENTENCES_BEFORE = 2


def sentence_starts(text: str, pos: int) -> list[int]:
    """Starts of the sentences up to offset pos (".\n" ends one sentence, not two)."""
    starts = [0]
    for m in SENTENCE_END.finditer(text, 0, pos):
        if text[starts[-1] : m.start()].strip():
            starts.append(m.end())
        else:
            starts[-1] = m.end()
    return starts


def sentences_around(
    e: Event, text: str, back: int = OPPONENT_SENTENCES_BEFORE
) -> tuple[int, int, int]:
    """Start of the `back`-th sentence before an event's, start and end of its own sentence."""
    own = max(e.char_start, 0)
    starts = sentence_starts(text, own)
    nxt = SENTENCE_END.search(text, max(e.char_end - 1, own))
    return starts[max(len(starts) - 1 - back, 0)], starts[-1], nxt.end() if nxt else len(text)


def clash_opponent(events: list[Event], ctx: Any, text: str, lex: Lexicons) -> None:
    """A clash told with one side (وتخوض معارك عنيفة على مشارفها) is fought against the one
    armed side the article names that is neither of its family nor its state's partner, when
    that side is named in the clash's sentence or the two before. A side named only in a later
    statement (وقالت الخارجية الأمريكية …) or busy elsewhere (an actor of another event far
    away: فيما استهدفت طائرات التحالف مواقع في الرقة) is no opponent."""
    for e in events:
        if e.action == "clash" and not e.actor2 and e.actor1 not in ("", "unknown"):
            one_named_opponent(e, events, ctx, text, lex)


def headline_end(text: str) -> int:
    """End of an article's first line when it is a headline (a line of its own with no full
    stop), else 0."""
    end = text.find("\n")
    if end <= 0 or SENTENCE_END.search(text[:end].rstrip(" .")):
        return 0
    return end


def capture_opponent(events: list[Event], ctx: Any, text: str, lex: Lexicons) -> None:
    """A capture told with its taker and no loser (سيطرت قوات النظام على حي الشيخ سعيد) is
    taken from the one armed side the article names that is neither of the taker's family nor
    its state's partner, when that side is named in the capture's sentence, the two before, or
    the headline (قوات النظام تتقدم في الغوطة على حساب جيش الإسلام؛ القوات العراقية تواصل
    تحرير الفلوجة من عصابات داعش): the coders leave a capture's loser empty only when no side
    is named. Runs after the rules that read the loser from the article's other events."""
    for e in events:
        if e.action == "capture" and not e.actor2 and e.actor1 not in ("", "unknown"):
            one_named_opponent(e, events, ctx, text, lex, headline=True)


def one_named_opponent(
    e: Event, events: list[Event], ctx: Any, text: str, lex: Lexicons, headline: bool = False
) -> None:
    """Set e's actor2 to the article's one armed opponent of its actor1 named near it."""
    fam = lex.families()
    partners = {*e.assoc_actor1.split(";"), *ctx.allies}  # بإسناد من مدفعية الجيش التركي
    before, own, end = sentences_around(e, text)
    elsewhere = {
        side for w in events if w is not e and not same_place(w, e) for side in (w.actor1, w.actor2)
    }
    # sides of events told here, also when named by a word resolved by country
    # (انسحبت القوات الحكومية من الرمادي بعد هجوم لتنظيم الدولة: the Iraqi army)
    here = {
        side
        for w in events
        if w is not e and same_place(w, e) and before <= w.char_start < end
        for side in (w.actor1, w.actor2)
        if side
    }
    if headline:  # a capture's loser: named in the headline only (the text may tell of others)
        head = headline_end(text)
        near = {c for c, at in ctx.positions.items() if any(p < head for p in at)}
    else:
        near = here | {
            c
            for c, at in ctx.positions.items()
            if any(before <= p < end for p in at) and c not in elsewhere
        }
    named = [c for c, n in ctx.salience.most_common() if n > 0]
    others = {
        fam.get(c, c): c
        for c in named + sorted(here - set(named))
        if c in lex.actors
        and lex.actors[c].type not in ("civilians", "protesters", "unknown")
        and fam.get(c, c) != fam.get(e.actor1, e.actor1)
        and not same_state(c, e.actor1, lex)
        and c not in partners
    }
    # the article's one opponent, and named near the clash
    if len(others) == 1 and next(iter(others.values())) in near:
        set_actor2(e, next(iter(others.values())), lex, "")


# strikes told as support of a side (غارات مكثفة دعما للقوات العراقية؛ وتدخلت الطائرات لصد
# الهجوم): the coders leave their target empty (normalised keys)
IN_SUPPORT = re.compile(r"(?<!\w)(?:دعما|اسنادا|مسانده|لمسانده|لصد|تغطيه)(?!\w)")


def coalition_war_on_isis(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """An air strike of the international coalition told with no target side (قصفت طائرات
    التحالف حقل العمر الخاضع لسيطرة داعش، ما أدى لمقتل ثلاثة من عناصره) struck ISIS when the
    article names ISIS: the coalition's war is on ISIS (dev gold: 25 coalition strikes on ISIS,
    5 on civilians, none left without a target). US strikes on militias are told as «القوات
    الأميركية» (usa), not the coalition, and keep their own reading (session 14)."""
    if "isis" not in lex.actors or ctx.salience.get("isis", 0) <= 0:
        return
    for e in events:
        if e.action == "airstrike" and e.actor1 == "coalition" and not e.actor2:
            if IN_SUPPORT.search(normalize_key(e.sentence or "")):
                continue  # غارات دعما للقوات العراقية: strikes told by the side they support
            set_actor2(e, "isis", lex, "the coalition's war on ISIS")


# US strikes in Syria on «الفصائل» hit Iran's militias from the fall of ISIS's Deir ez-Zor on
US_STRIKES_ON_MILITIAS_SINCE = dt.date(2017, 6, 1)


def factions_struck_by_us(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """«الفصائل» struck by US or coalition aircraft in Syria (شنت القوات الأميركية ضربات طالت
    مستودعات للفصائل في البوكمال) are the Iran-backed militias, not the rebels: the US never
    struck the Syrian opposition, and from 2017 its strikes in eastern Syria hit «الفصائل
    الموالية لإيران / الفصائل العراقية» (dev gold: usa strikes on militias 18 times, on the
    opposition never). Only when the article names no opposition group itself (session 14)."""
    if "iran_backed_militias" not in lex.actors or ctx.salience.get("syrian_opposition", 0) > 0:
        return
    for e in events:
        if (
            e.action == "airstrike"
            and e.actor1 in ("usa", "coalition")
            and e.actor2 == "syrian_opposition"
            and e.country == "Syria"
        ):
            day = parse_day(e.event_date or "") or parse_day(e.publication_date or "")
            if day is not None and day >= US_STRIKES_ON_MILITIAS_SINCE:
                set_actor2(e, "iran_backed_militias", lex, "factions struck by the US")


# the sides of the war of the rebels on the regime (with the regime's partners); a side of
# another family named in the article (ISIS, the SDF, Turkey, HTS fighting the factions) makes
# it another war
REBEL_WAR_FAMILIES = frozenset(
    {"syrian_regime", "syrian_opposition", "hezbollah", "iran", "russia"}
)
# the attackers or their attack called terrorist (قضت وحدات من الجيش على أعداد من الإرهابيين،
# تصدت لهجوم إرهابي، لتعرض إرهابي، أحبطت تسلل مجموعة إرهابية): state media's rebels in Syria,
# the Iraqi forces' ISIS after the fall of Mosul (normalised: ة reads ه, أ reads ا)
TERRORIST_FOE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:ارهابيين|ارهابيون|ارهابيي"
    r"|(?:هجوم|هجوما|هجمات|تعرض|اعتداء|اعتداءات|تسلل|عمليه)\s+(?:ال)?ارهابي(?:ا|ه|ين)?"
    r"|(?:مجموعه|مجموعات|عناصر|خلايا|خليه|تنظيمات|جماعات)\s+(?:ال)?ارهابيه)(?!\w)"
)
# and SANA's «armed groups» (المجموعات المسلحة); not for Iraq, where they are also tribes' gunmen
STATE_MEDIA_REBELS = re.compile(
    TERRORIST_FOE.pattern + r"|(?<!\w)[وبل]?(?:ال)?(?:مجموعه|مجموعات)\s+(?:ال)?مسلحه(?!\w)"
)
# Turkey-backed factions (the SNA) fight the SDF, not the regime
NOT_REBEL_WAR_SIDES = frozenset({"sna"})


def on_rebels_war_front(e: Event) -> bool:
    """A Syrian event on a front of the rebels' war on the regime: on_rebel_front, or a place
    of Aleppo west of the line at any precision (ريف حلب الجنوبي، الراشدين)."""
    if on_rebel_front(e):
        return True
    return e.admin1 == "Aleppo" and 0 < (e.longitude or 0) < ALEPPO_REBEL_LON


# fighting among the factions told with no second side (اشتباكات بين الفصائل، بين فصيلين،
# الاقتتال الداخلي); normalised: ئ reads ء
FACTIONS_INFIGHTING = re.compile(
    r"(?<!\w)(?:بين\s+(?:ال)?(?:فصاءل|فصيل|فصيلين|فصيلي|كتاءب)(?!\s+\S+\s+و)|[وال]*اقتتال)"
)
# Aleppo north of the regime's Nubl and al-Zahraa (Azaz, Afrin, Marea, Tal Rifaat, Jarablus):
# from 2017 the Turkey-backed factions' zone, whose fronts were the SDF's
SNA_ZONE_LAT = 36.42
SNA_ZONE_FROM = 2017


def in_the_sna_zone(e: Event) -> bool:
    """True for an event of 2017 on in Aleppo's north (the Turkey-backed factions' zone)."""
    year = int((e.event_date or e.publication_date or "0")[:4] or 0)
    return e.admin1 == "Aleppo" and year >= SNA_ZONE_FROM and (e.latitude or 0) > SNA_ZONE_LAT


# from 2012 the armed men fighting the regime were the armed opposition (the 2011 coders keep
# the gunmen SANA blamed for attacks on the security forces unidentified)
INDEFINITE_REBELS_FROM = 2012


def indefinite_rebels(
    e: Event, regime_family: str, fam: dict[str, str], told_before: set[str], regime_named: bool
) -> bool:
    """True for a capture or clash in Syria from 2012 on a front of the rebels' war by
    indefinite armed men (سيطر مسلحون على مخفر الأتارب؛ اشتبك مقاتلون مع قوات النظام) that no
    side named before explains, against the regime (or no one told, in an article whose war is
    the regime's on the rebels: the regime is a side of it): the rebels. Not for «مجهولون», men
    the outlet says it cannot name, nor with no loser told and no regime in the article
    (test_armed_groups_alone_stay_unidentified)."""
    if e.action not in OPPONENT_ACTIONS or e.country != "Syria" or e.actor1 != "unknown":
        return False
    if e.actor2 and fam.get(e.actor2, e.actor2) != regime_family:
        return False
    if not e.actor2 and not regime_named:
        return False  # سيطرت مجموعات مسلحة على قرية: whom they took it from is not told
    year = int((e.event_date or e.publication_date or "0")[:4] or 0)
    if year < INDEFINITE_REBELS_FROM or not on_rebels_war_front(e) or in_the_sna_zone(e):
        return False
    mentions = e.provenance.get("mentions") or []
    evidence = [
        str(x)
        for m in mentions
        for x in m.get("actor_evidence") or []
        if str(x).startswith("unknown<-")
    ]
    if not evidence:  # هاجم مسلحون حاجزاً … وسيطروا عليه: the subject of the clause before
        return (e.sentence or "") in told_before and all(
            str(m.get("actor_rule", "")).startswith("fallback:subject_before") for m in mentions
        )
    return all(x.startswith("unknown<-anaphor:gunmen") for x in evidence)


def rebel_war_opponent(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """A capture or clash of the rebels (الثوار، الفصائل، a named faction) told with no opponent
    on a front of their war on the regime is fought against the regime, and a regime capture or
    clash with no opponent against the rebels when the article names them (خرجت آخر دفعة من
    مقاتلي الجيش الحر من داريا … دخلت قوات الأسد المدينة) or its sentence tells them in state
    media's words (بعد القضاء على أعداد من الإرهابيين): the coders leave none of the rebels'
    67 fights of the dev sets without its other side. Any armed side of another family named in the article
    (ISIS in the Yarmouk basin or at al-Bab, the SDF at Tal Rifaat, Turkey, HTS fighting the
    factions) makes it another war, and Turkey-backed factions (the SNA) take none, nor do
    factions fighting each other (اقتتال، اشتباكات بين الفصائل) or fights in Aleppo's north
    from 2017 (the SNA's zone). A regime raid on a protest town (2011) names no rebels and
    keeps its loser empty. Runs last."""
    regime, rebels = lex.actors.get("syrian_regime"), lex.actors.get("syrian_opposition")
    if regime is None or rebels is None:
        return
    fam = lex.families()
    named = {c for c, n in ctx.salience.items() if n > 0} | {
        x for w in events for x in (w.actor1, w.actor2, *w.assoc_actor1.split(";")) if x
    }
    sides = {fam.get(c, c) for c in named if c in lex.actors} - NO_SIDES
    hts = lex.actors.get("hts")
    if hts is not None and hts.family in sides:
        # HTS on the rebels' side (the 2024 offensive) keeps the war; HTS fighting the
        # factions is infighting
        infighting = any(
            {fam.get(w.actor1, w.actor1), fam.get(w.actor2, w.actor2)}
            == {hts.family, rebels.family}
            for w in events
        )
        if infighting:
            return
        sides -= {hts.family}
    if not sides <= REBEL_WAR_FAMILIES or named & NOT_REBEL_WAR_SIDES:
        return
    if any(
        w.actor1 and fam.get(w.actor1, w.actor1) == fam.get(w.actor2, w.actor2) == rebels.family
        for w in events
    ):
        return  # the factions fight each other (اشتباكات بين فرقة الحمزة والجبهة الشامية)
    # the rebels are a side of the article's war: named in it (خرج مقاتلو الجيش الحر من داريا)
    rebels_fight = any(fam.get(c, c) == rebels.family for c in named)
    told_before: set[str] = set()  # sentences whose indefinite fighters were the rebels
    for e in events:
        if indefinite_rebels(e, regime.family, fam, told_before, regime.family in sides):
            told_before.add(e.sentence or "")
            side = next(
                (
                    x
                    for w in events
                    if w is not e
                    for x in (w.actor1, w.actor2)
                    if x and fam.get(x, x) == rebels.family
                ),
                "syrian_opposition",
            )
            e.actor1, e.inter1 = side, lex.actors[side].inter
            codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
            e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
            e.provenance["actor1_rule"] = "indefinite fighters in the rebels' war: the rebels"
        if e.action not in OPPONENT_ACTIONS or e.country != "Syria" or (e.actor1 and e.actor2):
            continue
        if not on_rebels_war_front(e) or in_the_sna_zone(e):
            continue
        if FACTIONS_INFIGHTING.search(normalize_key(e.sentence or "")):
            continue
        if e.actor2:  # a side told only as the one fought (قتل عناصر من قوات النظام في اشتباكات)
            lost = fam.get(e.actor2, e.actor2)
            side = ""
            if lost == regime.family and rebels_fight:
                side = next(
                    (
                        x
                        for w in events
                        if w is not e
                        for x in (w.actor1, w.actor2)
                        if x and fam.get(x, x) == rebels.family
                    ),
                    "syrian_opposition",
                )
            elif lost == rebels.family:
                side = "syrian_regime"
            if side in lex.actors:
                e.actor1, e.inter1 = side, lex.actors[side].inter
                codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
                e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
                e.provenance["actor1_rule"] = "the rebels' war: the other side"
            continue
        own = fam.get(e.actor1, e.actor1)
        if own == rebels.family:
            set_actor2(e, "syrian_regime", lex, "the rebels' war on the regime")
        elif own == regime.family and (
            rebels_fight or STATE_MEDIA_REBELS.search(normalize_key(e.sentence or ""))
        ):
            others = [
                x
                for w in events
                if w is not e
                for x in (w.actor1, w.actor2)
                if x and fam.get(x, x) == rebels.family
            ]
            set_actor2(e, others[0] if others else "syrian_opposition", lex, "the rebels' war")


def unnamed_attacker(events: list[Event], lex: Lexicons) -> None:
    """A clash told only by the side it hit (هجوم على حاجز لقوات الأسد في بلدة صيدا؛ هجوم مسلح
    على نقطة لقسد؛ تعرضت دورية للجيش لكمين) whose attacker no rule could name is fought by an
    unidentified armed group, as an agentless bombing or attack is: the dev coders code all 11
    such clashes `unknown` and leave no clash's actor1 empty. Runs after every rule that names
    the other side from the article (the rebels' war, the terrorists in Iraq)."""
    unknown = lex.actors.get("unknown")
    if unknown is None:
        return
    for e in events:
        if e.action != "clash" or e.actor1 or not e.actor2 or e.actor2 in NO_SIDES:
            continue
        e.actor1, e.inter1 = unknown.id, unknown.inter
        codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
        e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
        e.provenance["actor1_rule"] = "an attack on a side by no one named: unknown"


ISIS_IRAQ_SINCE = dt.date(2014, 6, 10)  # the fall of Mosul: Iraq's terrorists are ISIS
# sides of the war on ISIS in Iraq: a foe called terrorist there is ISIS
IRAQ_WAR_FAMILIES = frozenset(
    {"iraqi_forces", "pmf", "peshmerga", "coalition", "tribal_forces", "isis"}
)


def terrorists_in_iraq(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """A clash of Iraq's forces or the Peshmerga with no opponent, told against attackers or an
    attack called terrorist (تصدت قطعات الجيش لهجوم إرهابي على قرية الجلام؛ تصدت القوات
    الأمنية لتعرض إرهابي في الطارمية), is fought against ISIS when it is in Iraq after the fall
    of Mosul and the article names no armed side but those of the war on ISIS (a militia's
    rockets that Erbil calls terrorist are no ISIS attack). Like the actor1 fallback
    «terror_attack_in_iraq», for the side that repelled the attack."""
    isis = lex.actors.get("isis")
    if isis is None:
        return
    fam = lex.families()
    named = {c for c, n in ctx.salience.items() if n > 0} | {
        x for w in events for x in (w.actor1, w.actor2, *w.assoc_actor1.split(";")) if x
    }
    sides = {fam.get(c, c) for c in named if c in lex.actors} - NO_SIDES
    if not sides <= IRAQ_WAR_FAMILIES:
        return
    for e in events:
        if e.action != "clash" or e.actor2 or e.country != "Iraq":
            continue
        day = parse_day(e.event_date or "") or parse_day(e.publication_date or "")
        own = fam.get(e.actor1, e.actor1)
        if day is None or day < ISIS_IRAQ_SINCE or own not in IRAQ_WAR_FAMILIES - {"isis"}:
            continue
        if TERRORIST_FOE.search(normalize_key(e.sentence or "")):
            set_actor2(e, "isis", lex, "an attack called terrorist in Iraq")


HOSTED_TARGET_ACTIONS = ("airstrike", "shelling")
# انطلاقاً من حقل كونيكو، من قاعدة حميميم: fire told as coming from the base
FROM_THE_BASE = norm_re(r"(?<!\w)(?:من|انطلاقا\s+من|المنطلق[هة]?\s+من|منطلق[هة]\s+من)\s+$")


def hosted_forces(
    events: list[Event],
    clusters: list[Cluster],
    mentions: DocMentions,
    day: dt.date | None,
    lex: Lexicons,
) -> None:
    """A strike on a base that hosts foreign forces (استهداف قاعدة عين الأسد بطائرة مسيرة)
    told without its target targets those forces, when they were there on the event's day
    (else the publication day): the gazetteer's `hosts` of the base. The base must be named
    in the part of a mention that placed the event, as the place itself (geo_precision 1, not
    قرب/محيط) and not as where fire came from (انطلاقاً من); the striker must be of neither
    the forces' family or state nor their partners' (the SDF at Conoco, the Syrian army at
    Hmeimim). A target already named (civilians included) stays."""
    fam = lex.families()
    text = mentions.text
    for e, k in zip(events, clusters, strict=True):
        if e.action not in HOSTED_TARGET_ACTIONS or e.actor2 or e.geo_precision != 1:
            continue
        when = dt.date.fromisoformat(e.event_date) if e.event_date else day
        bases = [
            p.place
            for m in k.members
            if m.place is not None
            for p in mentions.inside("place", *(m.part_span if m.part_span[1] else m.span))
            if p.place.hosts
            and p.town.id == m.place.id
            and m.place.name_en == e.location
            and not FROM_THE_BASE.search(text[max(0, p.start - 20) : p.start])
        ]
        if when is None or not bases:
            continue
        striker = fam.get(e.actor1, e.actor1)
        for h in bases[0].hosts:
            if (
                h.at(when)
                and h.actor in lex.actors
                and striker not in (fam.get(h.actor, h.actor), *h.partners)
                and not same_state(h.actor, e.actor1, lex)
            ):
                set_actor2(e, h.actor, lex, f"hosted at {bases[0].id}")
                break


EMBASSY_STRUCK_ACTIONS = ("airstrike", "shelling", "bombing")
# the US embassy (السفارة الأمريكية/الأميركية، سفارة الولايات المتحدة، سفارة واشنطن)
# told as where the fire fell or what it hit (على، قرب، بالقرب من، على مقربة من، محيط، داخل،
# مجمع، مبنى، استهدف/تستهدف), not as a speaker (أدانت السفارة الأمريكية التفجير)
US_EMBASSY = norm_re(
    r"(?<!\w)(?:على|علي|قرب|بقرب|بالقرب\s+من|مقربة\s+من|محيط|بمحيط|داخل|نحو|باتجاه|تجاه"
    r"|(?:استهدف|استهدفت|يستهدف|تستهدف|استهدفا|استهدفتا|استهداف|طال|طالت)(?:\s+\S+){0,3}?)"
    r"\s+(?:(?:مبنى|مجمع|مقر|محيط|حرم|مباني)\s+)?(?:ال)?سفارة\s+"
    r"(?:(?:ال)?(?:أمريكية|أميركية|امريكية)|الولايات\s+المتحدة|واشنطن)(?!\w)"
)


def us_embassy_struck(
    events: list[Event], clusters: list[Cluster], mentions: DocMentions, lex: Lexicons
) -> None:
    """Rockets or drones on or near the US embassy (سقط صاروخان داخل المنطقة الخضراء قرب
    مبنى السفارة الأمريكية؛ استهدف هجوم صاروخي مجمع السفارة الأميركية) told without a target
    target the United States (Baghdad 2019-2023, the embassy in the Green Zone: dev gold usa). The
    embassy must be named in the evidence of a mention of the event; a striker of the US family
    keeps no such target."""
    if "usa" not in lex.actors:
        return
    fam = lex.families()
    text = mentions.text
    for e, k in zip(events, clusters, strict=True):
        if e.action not in EMBASSY_STRUCK_ACTIONS or e.actor2:
            continue
        if fam.get(e.actor1, e.actor1) == fam.get("usa", "usa"):
            continue
        if any(US_EMBASSY.search(text, *m.span) for m in k.members):
            set_actor2(e, "usa", lex, "the US embassy struck")


FRONT_KM = 60.0


def same_front(a: Event, b: Event, text: str) -> bool:
    """True for two events of one front: one country, and one governorate, close together or
    told in one sentence or the next one unless it opens with «وفي» (وفي ريف حلب الجنوبي …، وفي
    العراق …: another front; سيطروا على تكريت بعد يوم من سقوط الموصل، كما حررت …: one offensive)."""
    if not a.country or a.country != b.country:
        return False
    if a.admin1 and a.admin1 == b.admin1:
        return True
    previous, start, end = sentences_around(b, text, back=1)
    if not FRONT_CHANGE.match(text, start):  # كما حررت …: the story goes on; وفي ريف حلب: another
        start = previous
    told = [m.get("span", [a.char_start])[0] for m in a.provenance.get("mentions") or []]
    if any(start <= x < end for x in told or [a.char_start]):
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= FRONT_KM


def same_place(a: Event, b: Event) -> bool:
    """True for two events within LOSER_KM of each other (or at one named place)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return bool(a.location) and a.location == b.location
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= LOSER_KM


def taker_of_the_same_loser(events: list[Event], text: str, lex: Lexicons) -> None:
    """A capture told without its taker (واصلت القوات تقدمها وسيطرت على قريتين) from a side an
    earlier capture took a place from is that earlier capture's taker: the offensive goes on."""
    for i, e in enumerate(events):
        if e.action != "capture" or e.actor1 or not e.actor2:
            continue
        before = [
            w
            for w in events[:i]
            if w.action == "capture"
            and w.actor2 == e.actor2
            and w.actor1 not in ("", "unknown")
            and same_front(w, e, text)
        ]
        if before:
            w = before[-1]
            e.actor1, e.inter1 = w.actor1, w.inter1
            e.assoc_actor1 = e.assoc_actor1 or w.assoc_actor1
            codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
            e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.interaction
            e.provenance["actor1_inferred_from"] = w.event_id


def loser_of_the_same_taker(events: list[Event], text: str, lex: Lexicons) -> None:
    """A capture told without its loser (وحررت قطعات الشرطة الاتحادية قرى الحود والبو سيف) by a
    side whose family or state took another place of the article from one side only is taken
    from that side too: one offensive's round-up of villages. Two losers leave it empty."""
    fam = lex.families()
    for e in events:
        if e.action != "capture" or e.actor1 in ("", "unknown") or e.actor2:
            continue
        losers = {
            w.actor2: w
            for w in events
            if w is not e
            and w.action == "capture"
            and same_front(w, e, text)
            and w.actor2 not in ("", "unknown", "civilians")
            and (
                fam.get(w.actor1, w.actor1) == fam.get(e.actor1, e.actor1)
                or same_state(w.actor1, e.actor1, lex)
            )
            and fam.get(w.actor2, w.actor2) != fam.get(e.actor1, e.actor1)
            and not same_state(w.actor2, e.actor1, lex)
        }
        if len({fam.get(x, x) for x in losers}) == 1:
            x, w = next(iter(losers.items()))
            set_actor2(e, x, lex, w.event_id)


OPPONENT_ACTIONS = ("capture", "clash")
NO_OPPONENTS = ("", "unknown", "civilians", "protesters")


def opponent_at_the_same_place(events: list[Event], lex: Lexicons) -> None:
    """A clash or capture told with its actor1 and no opponent takes the opponent of that side's
    other fight or capture at the same place and day (شن التنظيم هجوماً على الحسكة وسيطر على
    أجزاء من حيين خاضعين لسيطرة قوات النظام: the attack is on the side that loses the
    quarters), even when the article's other fronts give that side other foes (codebook §4).
    Two such opponents leave it empty. A clash told with no side of its own against the side a
    capture took the same place from that day (أكثر من 70 إرهابياً قتلوا في معارك اليوم after
    استعاد الجيش … السيطرة على البوكمال اليوم) is the taker's fight."""
    fam = lex.families()
    for e in events:
        if e.action not in OPPONENT_ACTIONS or e.actor1 in NO_OPPONENTS or e.actor2:
            continue
        own = fam.get(e.actor1, e.actor1)
        foes = {
            fam.get(w.actor2, w.actor2): w
            for w in events
            if w is not e
            and w.action in OPPONENT_ACTIONS
            and w.action != e.action
            and e.location
            and w.location == e.location
            and (not e.event_date or not w.event_date or w.event_date == e.event_date)
            and fam.get(w.actor1, w.actor1) == own
            and w.actor2 not in NO_OPPONENTS
            and fam.get(w.actor2, w.actor2) != own
        }
        if len(foes) == 1:
            w = next(iter(foes.values()))
            set_actor2(e, w.actor2, lex, w.event_id)
    for e in events:  # أكثر من 70 إرهابياً قتلوا في معارك اليوم: the fight of the day's taker
        if e.action != "clash" or e.actor1 not in ("", "unknown") or e.actor2 in NO_OPPONENTS:
            continue
        lost = fam.get(e.actor2, e.actor2)
        takers = {
            fam.get(w.actor1, w.actor1): w
            for w in events
            if w.action == "capture"
            and e.location
            and w.location == e.location
            and e.event_date
            and w.event_date == e.event_date
            and w.actor1 not in NO_OPPONENTS
            and fam.get(w.actor2, w.actor2) == lost
            and fam.get(w.actor1, w.actor1) != lost
        }
        if len(takers) == 1:
            w = next(iter(takers.values()))
            e.actor1, e.inter1 = w.actor1, w.inter1
            codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
            e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.interaction
            e.provenance["actor1_inferred_from"] = w.event_id


def opponent_elsewhere(events: list[Event], lex: Lexicons) -> None:
    """A capture or clash told with its actor1 and no opponent (أعلنت قوات البيشمركة سيطرتها على
    قريتي الفاضلية ونوران؛ أعلن الحشد الشعبي تحرير منطقة عكاشات) is fought against the one side
    that actor1's family (or another force of its state) faces in the article's other events
    (CODEBOOK §4: an actor2 the article clearly implies). Two such sides leave it empty; an air
    strike or a shelling borrows no target this way (their targets are not the taker's foes)."""
    fam = lex.families()
    for e in events:
        if e.action not in OPPONENT_ACTIONS or e.actor1 in NO_OPPONENTS or e.actor2:
            continue
        own = fam.get(e.actor1, e.actor1)
        # its partners' foes are its own (القوات العراقية والبيشمركة تحرر ثماني قرى … the Peshmerga's
        # fight with the organisation) (session 11)
        partners = {fam.get(a, a) for a in e.assoc_actor1.split(";") if a} - {own}
        foes: dict[str, tuple[str, str]] = {}
        for w in events:
            if w is e:
                continue
            for side, other in ((w.actor1, w.actor2), (w.actor2, w.actor1)):
                if side in NO_OPPONENTS or other in NO_OPPONENTS:
                    continue
                if (
                    fam.get(side, side) != own
                    and fam.get(side, side) not in partners
                    and not same_state(side, e.actor1, lex)
                ):
                    continue
                if fam.get(other, other) in ({own} | partners) or same_state(other, e.actor1, lex):
                    continue
                foes.setdefault(fam.get(other, other), (other, w.event_id))
        if len(foes) == 1:
            actor, source = next(iter(foes.values()))
            set_actor2(e, actor, lex, source)


STATE_TYPES = ("state", "external")
ENEMY_STRIKE_ACTIONS = ("airstrike", "shelling")


def strikes_the_enemy(actor: str, lex: Lexicons) -> bool:
    """True for a striker whose untargeted strikes the coders give the war's enemy as target:
    the anti-ISIS coalition and Iraq's state forces (طيران التحالف نفذ ضربات قرب الفلوجة; طيران
    الجيش العراقي نفذ ضربات), not the regime, Russia or Turkey, whose strikes on a town with no
    victims named keep no target (CODEBOOK §4)."""
    a = lex.actors.get(actor)
    return bool(a and (a.family == "coalition" or (a.type == "state" and a.country == "Iraq")))


def common_enemy(events: list[Event], ctx: Any, lex: Lexicons) -> None:
    """A capture or clash told with a state or foreign force as actor1 and no opponent (وكانت
    قوات الجيش قد استعادت بلدة برطلة؛ أعلنت البيشمركة سيطرتها على قريتي الفاضلية ونوران) is
    fought against the one armed group every two-sided event of the article involves, when
    that force fights no one there itself: the war's common enemy (ISIS in a report of the
    Mosul offensive whose fights are the Iraqi forces' and the Peshmerga's against it). The
    enemy's other foes must be state or foreign forces too for a capture or clash (a rebel group
    may fight the state; a state joining a war of groups has no known side), and a force told
    on the enemy's side (its assoc_actor1) takes none. An untargeted air strike or shelling
    takes it only for the coalition and Iraq's forces (strikes_the_enemy), also in a war of the
    SDF on ISIS (طائرات التحالف شنت غارات على حي البدو)."""
    fam = lex.families()
    pairs = [
        (w.actor1, w.actor2)
        for w in events
        if w.actor1 not in NO_OPPONENTS
        and w.actor2 not in NO_OPPONENTS
        and fam.get(w.actor1, w.actor1) != fam.get(w.actor2, w.actor2)
    ]
    if len(pairs) < 2:
        return  # one fight is no war: the army's capture of Kirkuk beside the Peshmerga's of Zummar
    common = set.intersection(*({fam.get(a, a), fam.get(b, b)} for a, b in pairs))
    fighting = {fam.get(x, x) for p in pairs for x in p}
    fighting |= {  # and their partners (والأسايش الكردية، «الوحدات» ووحدات حماية المرأة)
        fam.get(a, a)
        for w in events
        if w.actor1 not in NO_OPPONENTS and w.actor2 not in NO_OPPONENTS
        for a in w.assoc_actor1.split(";")
        if a
    }
    if other_groups_act(events, lex, fighting):
        return
    groups = [
        f
        for f in common
        if not any(
            lex.actors.get(c) and lex.actors[c].type in STATE_TYPES for c in fam if fam[c] == f
        )
    ]
    if len(groups) == 2 and "isis" in groups:
        # a war of two groups (the SDF on ISIS): only the anti-ISIS strikers take a side in it
        return strikes_on_isis(events, lex, groups)
    if len(groups) != 1:
        return
    enemy_family = groups[0]
    enemy = next(x for p in pairs for x in p if fam.get(x, x) == enemy_family)
    foes = {fam.get(x, x) for p in pairs for x in p} - {enemy_family}
    # a force joins a war of states on a group; a group's war with a group is no sign of a state's
    states_fight_it = all(
        any(lex.actors.get(c) and lex.actors[c].type in STATE_TYPES for c in fam if fam[c] == f)
        for f in foes
    )
    on_its_side = {
        fam.get(a, a)
        for w in events
        if fam.get(w.actor1, w.actor1) == enemy_family
        for a in w.assoc_actor1.split(";")
        if a
    }
    for e in events:
        if e.actor2 or e.actor1 in NO_OPPONENTS or e.actor1 not in lex.actors:
            continue
        if e.action in ENEMY_STRIKE_ACTIONS:
            if not strikes_the_enemy(e.actor1, lex):
                continue
        elif e.action not in OPPONENT_ACTIONS or not states_fight_it:
            continue
        own = fam.get(e.actor1, e.actor1)
        if lex.actors[e.actor1].type not in STATE_TYPES or own == enemy_family:
            continue
        if own in fighting and e.action not in ENEMY_STRIKE_ACTIONS:
            continue  # it fights in the article: its own foes (opponent_elsewhere) decide
        if own in on_its_side:
            continue
        set_actor2(e, enemy, lex, "common enemy")


def other_groups_act(events: list[Event], lex: Lexicons, fighting: set[str]) -> bool:
    """True when an armed group of a family that fights in none of the article's two-sided
    events is a side of another event (وسيطر تنظيم داعش على قرية قرب حلب beside strikes on the
    Nusra Front): then the war has no one common enemy. A group only named (a partner told
    beside a side: اشتبكوا مع قوات الشرطة والأسايش) does not count."""
    fam = lex.families()
    return any(
        c in lex.actors
        and lex.actors[c].type not in (*STATE_TYPES, "civilians", "protesters", "unknown")
        and fam.get(c, c) not in fighting
        for w in events
        for c in (w.actor1, w.actor2)
    )


def strikes_on_isis(events: list[Event], lex: Lexicons, groups: list[str]) -> None:
    """In an article whose every fight is between ISIS and another armed group (the SDF, the
    YPG), the coalition's and Iraq's untargeted strikes are on ISIS (common_enemy)."""
    fam = lex.families()
    enemy = next((a for a, f in fam.items() if f == "isis" and a == "isis"), "")
    if not enemy:
        return
    for e in events:
        if (
            e.action in ENEMY_STRIKE_ACTIONS
            and not e.actor2
            and strikes_the_enemy(e.actor1, lex)
            and fam.get(e.actor1, e.actor1) not in groups
        ):
            set_actor2(e, enemy, lex, "common enemy")


def same_state(a: str, b: str, lex: Lexicons) -> bool:
    """True for two forces of one state (the army and the PMF in Iraq): partners, never opponents."""
    x, y = lex.actors.get(a), lex.actors.get(b)
    return bool(x and y and x.type == y.type == "state" and x.country and x.country == y.country)


PERIOD_WORD = re.compile(r"(?<!\w)[وف]?(?:منذ|حتي|لغايه)(?!\w)")


def take_unclaimed_date(cands: list[Candidate], sentence: Sentence, mentions: DocMentions) -> None:
    """A day told later in the clause run of an event, past its places (تتواصل الاشتباكات بين
    قوات النظام من جهة، والهيئة من جهة أخرى، على محاور خان طومان، منذ فجر اليوم), that no
    event took, dates the event whose cue is the last before it, if that event has no date."""
    if sentence.kind == "headline" or not cands:
        return
    # وفي أعقاب الهجوم، نفذت الطائرات، منذ صباح اليوم، 30 غارة: a day an event took from its
    # frame, outside its own part, is no claim on the day told between commas before a next cue
    setting = {
        id(c.date)
        for c in cands
        if c.date is not None
        and c.date.start >= c.cues[0].end
        and (
            (c.date_rule.startswith("frame:") and not c.span[0] <= c.date.start < c.span[1])
            or SETTING_BEFORE.search(mentions.text, max(0, c.cues[0].start - 16), c.cues[0].start)
        )
    }
    taken = {id(c.date) for c in cands if c.date is not None} | {
        id(d) for c in cands for d in getattr(c, "told_dates", ())
    }
    for d in mentions.inside("date", sentence.start, sentence.end):
        first = next_candidate(cands, d)
        if first is not None and aftermath_day(d, first.cues[0], mentions.text):
            continue  # شيع الأهالي، اليوم، جثامين ضحايا الغارة: the funeral's day
        if id(d) in setting and d.date is not None and d.precision == "day":
            take_date_of_own_part(cands, d, mentions)  # وعقب الهجوم، شنت الطائرات أمس غارات
            take_parenthetical_date(cands, d, mentions)
            take_speech_day_after_setting(cands, d, mentions)
            continue
        if id(d) in taken or d.date is None or d.precision != "day":
            continue
        if d.kind != "point" and not (d.kind == "since" and starts_this_week(d)):
            continue
        if compared_since(d, mentions.text):
            continue  # في ثالث تفجير تشهده المدينة منذ السبت: a count since, not the event's day
        before = [c for c in cands if c.cues[0].end <= d.start]
        if not before:
            take_date_of_own_part(cands, d, mentions)
            take_parenthetical_date(cands, d, mentions)
            take_day_of_elaboration(cands, d, sentence, mentions)
            take_day_of_joined_clause(cands, d, sentence, mentions)
            take_day_of_cause_clause(cands, d, sentence, mentions)
            continue
        last = max(before, key=lambda c: c.cues[0].start)
        if PERIOD_WORD.search(mentions.text, last.cues[0].end, d.start):
            continue  # منذ بدء هجومه على المنطقة في 16 أيار: a period's start, not the event's day
        if told_in_later_clause(d, last, mentions.text) or remembered(
            d, last.cues[0], mentions.text
        ):
            continue  # استعادت الفصائل البلدة بعد أن خسرتها يوم أمس: the loss's day
        if last.date is None and not last.headline and not is_subordinate(last, mentions):
            last.date, last.date_rule = d, f"unclaimed:{d.rule}"


SETTING_BEFORE = re.compile(
    r"(?<!\w)(?:[وف]?في اعقاب|[وف]?عقب|[وف]?بعد|[وف]?اثر|ردا علي)\s+$"
)  # وفي أعقاب الهجوم
PARENTHETICAL_WORDS = (
    3  # نفذت الطائرات، منذ صباح اليوم، أكثر من 30 غارة: words from the date to the cue
)
# قصفت قوات النظام، فجر أمس، أحياء درعا البلد بالصواريخ وقذائف الهاون: the object and an
# instrument that is no cue (بالصواريخ) may stand between, in the same comma piece
PARENTHETICAL_PIECE_WORDS = 5
PIECE_BREAK = norm_re(r"[,،.؛;:!?\n]")


def parenthetical_reach(gap: str) -> bool:
    """True when a cue that far after a day told between commas is still the act it dates: at
    most PARENTHETICAL_WORDS words, or PARENTHETICAL_PIECE_WORDS with no comma or stop between."""
    n = words_between(gap, 0, len(gap))
    if n <= PARENTHETICAL_WORDS:
        return True
    return n <= PARENTHETICAL_PIECE_WORDS and not PIECE_BREAK.search(gap.lstrip(" ,،"))


COMMA_AFTER = norm_re(r"\s*[,،]")
COMMA_BEFORE = norm_re(r"[,،]\s*$")
# نفذت الطائرات، بحسب بيان لخلية الإعلام الأمني صدر مساء الجمعة، ضربات: the day closes an
# attribution told between commas; the statement's day is the day it tells of
ATTRIBUTION_BEFORE = norm_re(
    r"[,،]\s*(?:ب?حسب|وفق|وفقا\s+ل\S*|طبقا\s+ل\S*|نقلا\s+عن)\s+[^,،.؛:\n]{0,80}$"
)
SPEECH_THAT = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|بانه)(?!\w)")


RECENT_DAYS = 7  # a day told relative to the report (ليل أمس، الخميس الماضي), not a past year


def next_candidate(cands: list[Candidate], d: Any) -> Candidate | None:
    """The candidate whose cue comes first after a date mention (None if none follows)."""
    after = [c for c in cands if c.cues[0].start >= d.end]
    return min(after, key=lambda c: c.cues[0].start) if after else None


def take_date_of_own_part(cands: list[Candidate], d: Any, mentions: DocMentions) -> None:
    """A recent day told in an event's own part before its cue, that no event took because a
    cue that opens no event is nearer (وعلى صعيد المقاومة، صدّ مقاتلو الوحدات ليل أمس هجوماً
    …: the blocked صدّ), dates that event: a cue that is no event takes no day from one."""
    if d.kind != "point" or d.offset_days is None or not -RECENT_DAYS <= d.offset_days <= 0:
        return
    text = mentions.text
    first = next_candidate(cands, d)
    if first is None:
        return
    gap = text[d.end : first.cues[0].start]
    if (
        first.date is not None
        or first.headline
        or not first.span[0] <= d.start < first.span[1]
        or re.search(r"[,،;:.\n]", gap)
        or SPEECH_THAT.search(gap)
        or is_subordinate(first, mentions)
        or remembered(d, first.cues[0], text)
    ):
        return
    first.date, first.date_rule = d, f"part_unclaimed:{d.rule}"


# وعقب الهجوم، أعلنت خلية الإعلام الأمني اليوم، أن طائرات F-16 نفذت ضربات: the speech told
# after the setting's comma, its day, then «أن» and the act reported
SPEECH_AFTER_SETTING = norm_re(r"[,،]\s*([^,،.؛:\n]{0,80})$")
SPEECH_DAY_TO_THAT = norm_re(
    r"[\s,،]*(?:[^\s,،.؛:\n]+\s+){0,4}?(?:ان|انه|انها|بان|بانه|بانها)(?!\w)"
)
SPEECH_SUBJECT_WORDS = 8  # words from the speech verb to its day
SPEECH_ACT_WORDS = 10  # words from «أن» to the reported act's cue


def take_speech_day_after_setting(cands: list[Candidate], d: Any, mentions: DocMentions) -> None:
    """A recent day of a speech told right after a setting noun's comma (وعقب الهجوم، أعلنت
    خلية الإعلام الأمني اليوم، أن طائرات F-16 نفذت ضربات …) that the setting noun took dates the
    act reported after «أن», as the same speech's day does with no setting noun before it."""
    if d.kind != "point" or d.offset_days is None or not -RECENT_DAYS <= d.offset_days <= 0:
        return
    text = mentions.text
    lead = SPEECH_AFTER_SETTING.search(text, max(0, d.start - 90), d.start)
    if lead is None or not SPEECH_OPENER.match(lead.group(1)):
        return
    if len(lead.group(1).split()) > SPEECH_SUBJECT_WORDS:
        return
    that = SPEECH_DAY_TO_THAT.match(text, d.end)
    first = next_candidate(cands, d)
    if that is None or first is None or first.cues[0].start < that.end():
        return
    gap = text[that.end() : first.cues[0].start]
    if (
        first.date is not None
        or first.headline
        or re.search(r"[.;\n]", gap)
        or words_between(text, that.end(), first.cues[0].start) > SPEECH_ACT_WORDS
        or is_subordinate(first, mentions)
        or remembered(d, first.cues[0], text)
    ):
        return
    first.date, first.date_rule = d, f"setting_speech:{d.rule}"


def take_parenthetical_date(cands: list[Candidate], d: Any, mentions: DocMentions) -> None:
    """A day told between commas after the subject, before the event's cue (نفذت الطائرات
    الحربية، منذ صباح اليوم الخميس، أكثر من 30 غارة على …), that no event took, dates the event
    whose cue follows it within a few words. A speech's day (قال المرصد، اليوم، إن غارات …) is
    the day it was told, not the event's: a complementiser between them dates nothing."""
    text = mentions.text
    first = next_candidate(cands, d)
    if first is None:
        return
    gap = text[d.end : first.cues[0].start]
    if (
        first.date is not None
        or first.headline
        or not COMMA_AFTER.match(text, d.end)
        or not (
            COMMA_BEFORE.search(text, max(0, d.start - 3), d.start)
            or ATTRIBUTION_BEFORE.search(text, max(0, d.start - 100), d.start)
        )
        or not parenthetical_reach(gap)
        or SPEECH_THAT.search(gap)
        or "\n" in gap
        or is_subordinate(first, mentions)
    ):
        return
    first.date, first.date_rule = d, f"parenthetical:{d.rule}"


def take_date_of_reported_event(
    cands: list[Candidate], earlier: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> None:
    """A sentence that opens by quoting a source (وقال مصدر … إن) about the town of a dated
    event of the sentence before tells more of that day: its undated events take the date.

    A day told from the event before (في اليوم ذاته) is resolved first (take_day_of_event_before).
    """
    take_day_of_event_before(cands, earlier, mentions.text)
    take_day_of_roundup(cands, sentence, mentions)
    text = mentions.text
    opener = [
        h
        for h in mentions.inside("attribution", sentence.start, sentence.end)
        if h.entry.get("scope") in ("speech", "continuation")
        and words_between(text, sentence.start, h.start) == 0
    ]
    if not opener:
        return
    before = [
        c
        for c in earlier
        if c.sentence == sentence.index - 1 and c.date is not None and c.place is not None
    ]
    for c in cands:
        if c.date is not None or c.place is None or has_own_span(c):
            continue
        here = [
            b
            for b in cands
            if b.date is not None and b.place is not None and b.place.id == c.place.id
        ]  # هاجموا مساء أمس القرية، مبيناً أن الهجوم بدأ باختطاف: the day told in the same quote
        same = [b for b in before if b.place.id == c.place.id]
        same = (here or same) if same else []
        if same:
            c.date, c.date_rule = same[0].date, f"reported_same_town:{same[0].date.rule}"


def roundup_day(mentions: DocMentions) -> Any:
    """The day a one-day roundup says it covers (حصاد اليوم، أبرز ما رصدناه خلال اليوم الاثنين
    22 تموز): a day told on the same line as a roundup phrase near the top of the article."""
    text = mentions.text
    heads = [
        m
        for m in ROUNDUP_HEAD.finditer(text, 0, ROUNDUP_CHARS)
        if m.start() - (text.rfind("\n", 0, m.start()) + 1) <= ROUNDUP_HEAD_CHARS
    ]
    for m in sorted([*ROUNDUP.finditer(text, 0, ROUNDUP_CHARS), *heads], key=lambda m: m.start()):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        days = [
            d
            for d in mentions.inside("date", start, end)
            if d.kind == "point" and d.precision == "day" and d.date is not None
        ]
        if days and days[0].offset_days is not None and days[0].offset_days >= -1:
            return days[0]
    return None


def take_day_of_roundup(cands: list[Candidate], sentence: Sentence, mentions: DocMentions) -> None:
    """In a roundup of one day every event told without a time is that day's (CODEBOOK §6: the
    time is told once, for the whole list). Background (كان قد، بعد أن) borrows nothing."""
    if sentence.kind == "headline" or not any(c.date is None for c in cands):
        return
    day = roundup_day(mentions)
    if day is None or day.end > sentence.end or opens_background(mentions.text, sentence):
        return
    for c in cands:
        if c.date is None and not is_subordinate(c, mentions) and not has_own_span(c):
            if SPAN_TOLD.search(mentions.text, c.span[0], c.span[1]):
                continue  # واستمرار الإعدامات … على مدى خمسة أيام: a span, not the roundup's day
            c.date, c.date_rule = day, f"roundup_day:{day.rule}"


# بعد ساعات من الهجمات / الغارات / القصف: the actions the event counted from may be, the first
# told before wins (an attack is more often a raid or a blast than a killing: الهجمات after
# bombings and bodies found is the bombings)
HOURS_AFTER_NOUNS = (
    (norm_re(r"(?:انفجار|تفجير)"), ("bombing",)),
    (norm_re(r"(?:غار|ضرب)"), ("airstrike",)),
    (norm_re(r"قصف"), ("shelling", "airstrike")),
    (norm_re(r"اشتباك"), ("clash",)),
    (norm_re(r"(?:هجوم|هجمات|اعتداء)"), ("clash", "bombing", "attack")),
)


def hours_after_kind(told: Any, text: str) -> tuple[str, ...]:
    """The actions of the event «بعد ساعات من X» counts from, by X; none for other phrases."""
    if told.rule != "anaphor:hours_after_event":
        return ()
    phrase = text[told.start : told.end]
    return next((acts for rx, acts in HOURS_AFTER_NOUNS if rx.search(phrase)), ())


# «وتأتي الغارة بعد ساعات من استعادة الفصائل السيطرة على سراقب»; «وجاء الهجوم بعد ساعات من قيام
# التنظيم باختطاف اثنين»; «ويأتي ذلك بعد ساعات من …»: the event named inside the phrase happened
# within hours of the event retold as the subject, so it takes that event's day (session 16, hQ5)
CAME_HOURS_AFTER = norm_re(
    r"(?<!\w)[وف]?(?:تأتي|يأتي|جاءت|جاء|أتت|أتى)\s+(?:(?:هذه|هذا|ذلك|هذه\s+ال\S+|هذا\s+ال\S+)"
    r"|(?P<noun>ال\S+))(?:\s+\S+){0,3}?\s+(?:بعد|قبل|عقب)\s+(?:ساعة|ساعتين|ساعات|ساعتان)"
    r"(?:\s+(?:قليلة|فقط|معدودة))*\s+(?:من|على)\s+(?:\S+\s+){0,2}\S{0,3}$"
)
CAME_HOURS_WINDOW = 120  # characters before the cue the phrase may start in
CAME_HOURS_SENTENCES = 2  # the retold event is told in this or the two sentences before


def take_day_of_came_hours_after(
    cands: list[Candidate], earlier: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> None:
    """An undated event named right after «وتأتي الغارة / وجاء الهجوم / ويأتي ذلك بعد ساعات من»
    takes the day of the event retold as the subject: the last event dated to a day, of the kind
    the noun names (الغارة: an air strike; الهجوم: a clash, a bombing or an attack), told in this
    or the two sentences before. An explicit link, not narrative continuity: the dev coders
    date such an event to the subject's day (dev5: the capture of Saraqib hours before the raid)."""
    text = mentions.text
    for i, c in enumerate(cands):
        if c.date is not None or c.headline or has_own_span(c):
            continue
        start = c.cues[0].start
        m = CAME_HOURS_AFTER.search(text, max(sentence.start, start - CAME_HOURS_WINDOW), start)
        if m is None or CLAUSE_BREAK.search(text, m.start(), start):
            continue
        donors = [
            d
            for d in earlier + cands[:i]
            if d is not c
            and not d.headline
            and d.cues[0].start < m.start()
            and d.sentence >= c.sentence - CAME_HOURS_SENTENCES
            and d.date is not None
            and d.date.date is not None
            and d.date.precision == "day"
        ]
        noun = m.group("noun")
        if noun is not None:
            kinds = next((acts for rx, acts in HOURS_AFTER_NOUNS if rx.search(noun)), None)
            if kinds is None:
                continue
            donors = [d for d in donors if d.action in kinds]
        if donors:
            d = max(donors, key=lambda b: b.cues[0].start)
            c.date, c.date_rule = d.date, f"came_hours_after:{d.date.rule}"


# «وإن طائرات حربية قصفت أطراف المدينة بعد الظهر»; «إن الميليشيات تقدمت صباحاً إلى حاجز المداجن»:
# a part of the day told bare, with no day, is a time within the day the story tells (session 16,
# hT5). Not ليلاً / فجراً: a night or a dawn may be the night before the story's day.
BARE_PART_OF_DAY = norm_re(
    r"(?<!\w)(?:صباحا|ظهرا|عصرا|مساء|بعد\s+الظهر|بعد\s+الظهيره|في\s+الصباح|في\s+المساء"
    # a clock hour (قرابة الساعة الخامسة فجراً، نحو الساعة الواحدة فجراً، عند الساعة 7:20، في تمام
    # الساعة العاشرة) or the first hours of a morning or a dawn (في ساعات الصباح الأولى): a time
    # within the day the story tells, dawn included, as the dev coders date them (session 18, hS7)
    r"|الساعه\s+(?:[0-9٠-٩]+|الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه"
    r"|التاسعه|العاشره|الحاديه)(?:\s+عشره)?(?:[:.][0-9٠-٩]+)?(?:\s+(?:و|الا)\s*\S+(?:\s+دقيقه)?)?"
    r"(?:\s+(?:صباحا|فجرا|ظهرا|عصرا|مساء|ليلا|من\s+(?:صباح|فجر|ظهر|مساء|ليل)))?"
    r"|ساعات\s+(?:الصباح|الفجر)\s+الاولي)(?!\w)"
    r"(?!\s+(?:اليوم|امس|الامس|يوم|نهار|ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)"
    r"|(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)|[0-9٠-٩]|ذلك|ذات|نفس|السبت|الماضي|المقبل"
    r"|القادم|الماضيه|المقبله|القادمه|من\s+(?:صباح|فجر|ظهر|مساء|ليل)\s+(?:اليوم|امس|يوم|ال)))"
)
BARE_PART_SENTENCES = 3  # the story's day is told in this or the three sentences before
BARE_PART_DAYS_BACK = (
    7  # a day told before, as the story's day, is at most a week before the report
)


def take_day_of_bare_part_of_day(
    cands: list[Candidate],
    earlier: list[Candidate],
    mentions: DocMentions,
    sentences: Sequence[Sentence] = (),
) -> None:
    """An undated event told with a bare part of the day (تقدمت صباحاً، قصفت بعد الظهر، مساءً) or a
    clock hour (قصفت … قرابة الساعة الخامسة فجراً) takes the day told last before it in this or the
    three sentences before: the day of an event dated to a day, or a day told on its own (استيقظت
    الغوطة فجر اليوم الأربعاء على مجزرة، بعدما قصفت … . وقصفت … قرابة الساعة الخامسة فجراً), at most
    a week before the report: the time is within the story's day. The dev coders date such acts to
    that day (dev3: the afternoon strikes on al-Raqqa the day it fell; the morning push on Atshan;
    dev19, dev10, dev4: a strike at a clock hour after the day's lead)."""
    text = mentions.text
    body = {x.index: x for x in sentences if x.kind != "headline"}
    days = [
        d
        for d in mentions.by_kind.get("date", [])
        if d.date is not None
        and d.precision == "day"
        and d.kind == "point"
        and d.anaphor is None
        and d.offset_days is not None
        and -BARE_PART_DAYS_BACK <= d.offset_days <= 0
    ]
    for i, c in enumerate(cands):
        if c.date is not None or c.headline or has_own_span(c):
            continue
        if not BARE_PART_OF_DAY.search(text, *c.span):
            continue
        donors = [
            (d.cues[0].start, d.date)
            for d in earlier + cands[:i]
            if d is not c
            and not d.headline
            and d.cues[0].start < c.cues[0].start
            and d.sentence >= c.sentence - BARE_PART_SENTENCES
            and d.date is not None
            and d.date.date is not None
            and d.date.precision == "day"
        ]
        window = [
            body[k] for k in range(c.sentence - BARE_PART_SENTENCES, c.sentence + 1) if k in body
        ]
        donors += [
            (d.start, d)
            for d in days
            if d.start < c.cues[0].start and any(x.start <= d.start < x.end for x in window)
        ]
        if donors:
            _, day = max(donors, key=lambda b: b[0])
            c.date, c.date_rule = day, f"bare_part_of_day:{day.rule}"


def take_day_of_event_before(
    cands: list[Candidate], earlier: list[Candidate], text: str = ""
) -> None:
    """A day told from the event told before (في اليوم ذاته، مساء اليوم نفسه، في الوقت ذاته،
    خلال ذلك، في اليوم التالي) is the day of the last event dated to a day before it, moved by
    the phrase's offset. With no such event it stays undated."""
    for i, c in enumerate(cands):
        told = c.date
        if told is None or told.anaphor is None or told.date is not None:
            continue
        before = [
            b
            for b in earlier + cands[:i]
            if b.cues[0].start < told.start
            and b.date is not None
            and b.date.date is not None
            and b.date.precision == "day"
        ]
        if not before:
            continue
        # بعد ساعات من الهجمات: the day of the last attack told, not of any event before
        kinds = hours_after_kind(told, text)
        before = next(
            (
                [b for b in before if b.action == k]
                for k in kinds
                if any(b.action == k for b in before)
            ),
            before,
        )
        donor = max(before, key=lambda b: b.cues[0].start).date
        offset = None if donor.offset_days is None else donor.offset_days + told.anaphor
        c.date = replace(
            told,
            date=donor.date + dt.timedelta(days=told.anaphor),
            precision="day",
            offset_days=offset,
        )
        c.date_rule = f"{c.date_rule}+event_before:{donor.rule}"


def absorb_event_updates(
    tolls: list[Toll],
    events: list[Event],
    text: str,
    own_scene: Callable[[str], bool] = lambda _: False,
    towns_of: Callable[[str], frozenset[str]] = lambda name: frozenset({name}),
) -> list[Toll]:
    """A running count with no period told right after an event with casualties (… جراء قصف
    على حلب. وارتفع عدد القتلى لاحقاً إلى 9) updates that event's figures: it is no toll.
    ``own_scene(sentence)``: the count's sentence tells an action of its own (… قتلوا في
    اشتباكات مع داعش), so a count told as new updates nothing."""
    for e in events:
        drop_toll_told_in_headline(e, tolls, text)
    kept: list[Toll] = []
    by_id: dict[str, list[Toll]] = {}
    for t in tolls:
        by_id.setdefault(t.toll_id, []).append(t)
    for rows in by_id.values():
        told = event_told_with(rows, events, text)
        if told is not None:  # … ما أسفر عن مقتل ثلاثة عناصر: the figures of the event told there
            fill_from_rows(told, rows)
            continue
        if restates_event(rows, events):  # ارتفاع حصيلة الضربات … إلى 25 شهيداً: the event's count
            continue
        event = (
            updated_event(rows, events, text, towns_of)
            or risen_event(rows, events)
            or (None if own_scene(rows[0].sentence) else new_count_event(rows, events, text))
            or (None if own_scene(rows[0].sentence) else reached_count_event(rows, events, text))
        )
        if event is None:
            kept += rows
            continue
        row = whole_rows(rows)[0]
        if row.killed is not None and (event.fatalities or 0) < row.killed:
            event.fatalities = row.killed
            event.fatalities_estimated = False
        if row.injured is not None and (event.injured or 0) < row.injured:
            event.injured = row.injured
        event.provenance["figures_updated_by"] = [row.char_start, row.char_end]
        if row.group == "civilians":
            event.provenance["figures_of_civilians"] = True
    return kept


RISE_WORDS = re.compile(r"حصيل|ارتفا|يرتفع|ترتفع|أعداد|اعداد")


# actions whose victims a later count of civilians names (وارتفع عدد الضحايا المدنيين إلى 15)
CIVILIAN_UPDATE_ACTIONS = ("airstrike", "shelling", "bombing")


def civilian_updates_name_the_victims(events: list[Event], lex: Lexicons) -> None:
    """A strike with no target side whose figures a later count of civilians updated (شنت
    طائرات روسية غارات على معرة النعمان. وارتفع عدد الضحايا المدنيين في المدينة إلى 15) struck
    civilians, as when they are told in its own sentence (CODEBOOK §4; session 14)."""
    for e in events:
        if (
            e.action in CIVILIAN_UPDATE_ACTIONS
            and not e.actor2
            and e.provenance.get("figures_of_civilians")
            and "civilians" in lex.actors
        ):
            set_actor2(e, "civilians", lex, "a later count of civilians")


def drop_toll_told_in_headline(event: Event, tolls: list[Toll], text: str) -> None:
    """A headline's count that rises (ارتفاع أعداد الشهداء إلى 194 منذ مساء الأحد.. والقصف
    يتجدد) is the article's toll over a period, which the body tells again: it is no figure of
    the event the headline also names. The event keeps a figure of its other mentions, if any."""
    if event.fatalities is None:
        return
    periodic = {t.killed for t in tolls if (t.period_start or t.period_end) and t.killed}
    if not any(rounded_to(k, event.fatalities) for k in periodic):
        return
    mentions = event.provenance.get("mentions", [])
    killed = [
        (m, int(f.split("=")[1].split()[0]))
        for m in mentions
        for f in m.get("figures", [])
        if f.startswith("killed=")
    ]
    told = [m for m, v in killed if v == event.fatalities]
    others = [v for m, v in killed if m["sentence"] != 0]
    if not told or any(m["sentence"] != 0 for m in told):
        return
    if not all(is_rise_headline(line_of(text, *m["span"])) for m in told) and not (
        event.fatalities in periodic and others
    ):  # تصعّد قصفها على إدلب وريف حلب وتقتل 11 مدنياً, a body count "up to 11 since
        return  # yesterday": the headline sums the day; the event keeps its own body count
    event.fatalities = others[0] if others else None
    event.fatalities_estimated = False
    event.provenance["figure_was_headline_toll"] = True


ROUNDING = 0.1  # a headline's round count (أكثر من 100) stands for a toll up to 10% above it


def rounded_to(exact: int, told: int) -> bool:
    """True when a headline's count is the exact count or a round figure just below it (104 → 100)."""
    return exact == told or (told % 10 == 0 and told <= exact <= told * (1 + ROUNDING))


def is_rise_headline(line: str) -> bool:
    """A one-sentence line (a headline) that tells a count rising (ارتفاع أعداد الشهداء إلى …)."""
    return bool(RISE_WORDS.search(line)) and not re.search(r"(?<!\.)\.\s+\S", line)


def line_of(text: str, a: int, b: int) -> str:
    """The line (a headline) that holds a span."""
    end = text.find("\n", b)
    return text[text.rfind("\n", 0, a) + 1 : end if end >= 0 else len(text)]


def event_told_with(rows: list[Toll], events: list[Event], text: str = "") -> Event | None:
    """The event told in the same clause as a period-less count, if any (no figures of its own).

    A count with no period that the tolls module found in a sentence which also tells an
    event (هاجمت … نقطة مرابطة، ما أسفر عن مقتل ثلاثة عناصر وإصابة اثنين) is that event's
    casualty figure, not a cumulative toll. A headline's items apart (حصيلة التظاهرات ترتفع إلى
    93 قتيلاً.. ومسلحون مجهولون يقتحمون مقار فضائيات): the count is told in another item than
    the event, and is not its figure (session 17, hG6).
    """
    if any(r.period_start or r.period_end for r in rows):
        return None
    if all(r.killed is None and r.injured is None for r in rows):
        return None  # a count of detentions (189 حالة اعتقال) is no figure an event can hold
    lo, hi = min(r.char_start for r in rows), max(r.char_end for r in rows)
    for e in events:
        if e.fatalities is not None or e.injured is not None:
            continue
        spans = [m["span"] for m in e.provenance.get("mentions", [])]
        if any(
            a < hi
            and lo < b
            and not count_in_another_item(rows, a, b, text)
            and not speaker_next_item(rows, a, b, text)
            for a, b in spans
        ):
            return e
    return None


def speaker_next_item(rows: list[Toll], a: int, b: int, text: str) -> bool:
    """True when the event is told in a speaker's next clause (…منذ مطلع الأسبوع، لافتاً إلى أن
    الفصائل هاجمت مواقع للنظام في قرية الجلمة) that does not hold the count: a new item."""
    lead = re.compile(r"[\s،,\"«]*").match(text, a)
    if not text or lead is None or not SPEAKER_NEXT.match(text, lead.end()):
        return False
    figures = {str(v) for r in rows for v in (r.killed, r.injured) if v is not None}
    return not any(f in re.findall(r"\d+", text[a:b]) for f in figures)


HEADLINE_ITEM_BREAK = re.compile(r"\.\.+|…")  # a headline's items: «حصيلة … 93 قتيلاً.. ومسلحون …»


def count_in_another_item(rows: list[Toll], a: int, b: int, text: str) -> bool:
    """True when a count's figures stand only in items of its span (split at «..») that the
    event's mention [a, b) does not reach."""
    lo, hi = min(r.char_start for r in rows), max(r.char_end for r in rows)
    if not text or not HEADLINE_ITEM_BREAK.search(text, lo, hi):
        return False
    figures = {str(v) for r in rows for v in (r.killed, r.injured) if v is not None}
    items, start = [], lo
    for m in HEADLINE_ITEM_BREAK.finditer(text, lo, hi):
        items.append((start, m.start()))
        start = m.end()
    items.append((start, hi))
    own = [(x, y) for x, y in items if x < b and a < y]
    other = [(x, y) for x, y in items if not (x < b and a < y)]
    digits = re.compile(r"\d+")
    in_own = any(f in digits.findall(text[x:y]) for x, y in own for f in figures)
    in_other = any(f in digits.findall(text[x:y]) for x, y in other for f in figures)
    return in_other and not in_own


PART_GROUPS = ("children", "women")  # counted among the civilians (بينهم 3 أطفال وامرأتان)


def whole_rows(rows: list[Toll]) -> list[Toll]:
    """The rows of a count without the children and women counted among its civilians or its
    people told with no group (مقتل 7 مدنيين بينهم 3 أطفال: civilians 7)."""
    if not any(r.group in ("civilians", "total") for r in rows):
        return rows
    return [r for r in rows if r.group not in PART_GROUPS] or rows


def fill_from_rows(event: Event, rows: list[Toll]) -> None:
    """Set an event's figures from the rows of a count told with it (summed over the groups).

    Children and women are counted among the civilians or the people told with no group (مقتل
    7 مدنيين بينهم 3 أطفال), not beside them."""
    rows = whole_rows(rows)
    killed = [r.killed for r in rows if r.killed is not None]
    injured = [r.injured for r in rows if r.injured is not None]
    if killed:
        event.fatalities, event.fatalities_estimated = sum(killed), False
    if injured:
        event.injured = sum(injured)
    event.provenance["figures_from_count"] = [rows[0].char_start, rows[0].char_end]


def restates_event(rows: list[Toll], events: list[Event]) -> bool:
    """True for a period-less count with the same figures as an event of the article: its one
    row, or the total of a count broken down by group (حصيلة القتلى بلغت 8 أشخاص، بينهم أربعة من
    عناصر الوحدات: the parts are the event's dead too)."""
    if any(r.period_start or r.period_end for r in rows):
        return False
    totals = [r for r in rows if r.group == "total"]
    if len(rows) > 1 and len(totals) != 1:
        return False
    row = totals[0] if len(rows) > 1 else rows[0]
    if row.killed is None and row.injured is None:
        return False
    for e in events:
        if e.fatalities == row.killed and (row.injured is None or e.injured == row.injured):
            return True
        if row.killed is not None and e.fatalities == row.killed and e.injured is None:
            e.injured = row.injured  # قتل ثمانية وأصيب آخرون … بلغت 8، فيما أصيب أربعة: its wounded
            return True
    # the first figure of an event that a later count updated (قُتل ثلاثة … وارتفعت إلى خمسة)
    told = {
        f for e in events for m in e.provenance.get("mentions", []) for f in m.get("figures", [])
    }
    return (
        row.killed is not None
        and row.injured is None
        and any(f.startswith(f"killed={row.killed} ") for f in told)
    )


_TOWNS_NAMED: dict[tuple[int, str], frozenset[str]] = {}


def towns_named(gazetteer: Any, name: str) -> frozenset[str]:
    """The English names of the towns a place of this English name stands in (Karrada ->
    Baghdad): a toll read in the sentence after an event names the event's neighbourhood."""
    key = (id(gazetteer), name)
    if key not in _TOWNS_NAMED:
        _TOWNS_NAMED[key] = frozenset(
            {name}
            | {gazetteer.town_of(p).name_en for p in gazetteer.places.values() if p.name_en == name}
        )
    return _TOWNS_NAMED[key]


# a count since a wave or a campaign began (منذ بدء الاحتجاجات، منذ انطلاق الثورة، منذ اندلاع
# المعارك، منذ مطلع الشهر): a running toll of many events, never one event's new count
SINCE_THE_START = norm_re(r"(?<!\w)منذ\s+(?:بدء|بدايه|بداية|انطلاق|اندلاع|مطلع|بدايات)(?!\w)")


def updated_event(
    rows: list[Toll],
    events: list[Event],
    text: str,
    towns_of: Callable[[str], frozenset[str]] = lambda name: frozenset({name}),
) -> Event | None:
    """The event a one-row, period-less count in the next sentence updates, if any: one of its
    mentions (not only its evidence) ends right before the count. An event without figures
    takes the count when it is told of the event's place or of none (انفجرت سيارة مفخخة في
    سوق الباب. وأكدت مصادر طبية أن حصيلة الضحايا ارتفعت إلى 15 قتيلاً)."""
    rows = whole_rows(rows)  # وارتفع عدد الشهداء إلى 7 بينهم ثلاثة أطفال: the 7
    # one group of people: the total, or the civilians (ارتفع عدد القتلى إلى 21 مدنياً)
    if len(rows) != 1 or rows[0].period_start or rows[0].period_end:
        return None
    if rows[0].group not in ("total", "civilians"):
        return None
    row = rows[0]
    if row.group == "civilians" and re.search(r"(?<!\w)(?:منذ|خلال)(?!\w)", row.sentence):
        return None  # وبذلك يرتفع عدد القتلى منذ بدء الحملة إلى 40 مدنياً: a running toll
    if SINCE_THE_START.search(normalize_key(row.sentence)):
        return None  # قتل 3 متظاهرين اليوم في درعا، ليرتفع عدد القتلى منذ بدء الاحتجاجات إلى
        # 40: the dead of the whole wave or campaign, any group (session 15, hL4)
    if SEVERAL_OPERATIONS.search(normalize_key(row.sentence)):
        return None  # يرتفع عدد القتلى بعمليات الاغتيال في درعا إلى 19: many events' toll
    for e in events:
        if (
            e.fatalities is None
            and e.injured is None
            and row.location
            and e.location not in towns_of(row.location)
        ):
            continue  # an event without figures takes a count told of its own place (its
            # neighbourhood: انفجار في حي الكرادة ببغداد. … حصيلة الضحايا بلغت 13), or of none
        if (
            row.location
            and e.location not in towns_of(row.location)
            and any(
                o.location in towns_of(row.location) and o.char_end <= row.char_start
                for o in events
            )
        ):
            continue  # … وإصابة 7. وقتل مدنيان في قصف على كفرسجنة. وارتفع عدد الجرحى في الهبيط
            # إلى 12: the count of the event told at that town, not of the one told last
        # any mention: a headline's event has its evidence in the headline, its count in the body
        ends = [e.char_end] + [m["span"][1] for m in e.provenance.get("mentions", [])]
        for end in ends:
            gap = text[end : row.char_start]
            # the count may open the next paragraph of the body, not the line after a headline
            body = "\n" in text[:end] and gap.count("\n") <= 1
            if end <= row.char_start and not re.search(r"\w", gap) and ("\n" not in gap or body):
                return e
    return None


def risen_event(rows: list[Toll], events: list[Event]) -> Event | None:
    """The event a one-row, period-less count told rising updates (مقتل أربعة عناصر … وارتفع عدد
    القتلى لاحقاً إلى سبعة عناصر): of the events told before it, the one with the largest count
    below it. A rise presupposes a count told before; none below it, no update."""
    rows = whole_rows(rows)
    if len(rows) != 1 or rows[0].period_start or rows[0].period_end:
        return None
    row = rows[0]
    if row.killed is None and row.injured is None:
        return None
    told = row.sentence
    rise = RISEN.search(normalize_key(told))
    if rise is None or "منذ" in told or "خلال" in told:
        return None
    if SEVERAL_OPERATIONS.search(normalize_key(told)):
        return None
    if row.killed is None:  # وارتفع عدد الجرحى إلى 25: the casualty event told just before
        hurt = [
            e
            for e in events
            if e.char_end <= row.char_start
            and (
                (e.injured is not None and 0 < e.injured < (row.injured or 0))
                or (e.injured is None and bool(e.fatalities))
            )
        ]
        named = [e for e in hurt if e.location_ar and e.location_ar in told]
        return (named or hurt)[-1] if hurt else None
    earlier = [
        e
        for e in events
        if e.char_end <= row.char_start
        and e.fatalities is not None
        and not e.fatalities_estimated
        and e.fatalities < row.killed
    ]
    return max(reversed(earlier), key=lambda e: e.fatalities or 0) if earlier else None


# people counted with no side (قتل 11 شخصا في انفجار سيارة ملغومة، أسفر انفجار مفخخة عن مقتل
# ثمانية أشخاص): a blast that named no armed target hit civilians (CODEBOOK §4; session 16)
PERSONS_HIT = norm_re(
    r"(?<!\w)(?:\d+|[٠-٩]+|\S+ه|ثلاث|خمس|ست|سبع|تسع|عشر|عشرات|مءات|شخصين|شخصان)\s+"
    r"(?:اشخاص|شخصا|شخص|شخصين|شخصان|(?:من\s+)?الاشخاص)(?!\w)|(?<!\w)(?:شخصين|شخصان)(?!\w)"
)
ARMED_DEAD = norm_re(  # بينهم عناصر من الشرطة، يعتقد أنهم مسلحون: the count has fighters in it
    r"(?<!\w)[وب]?(?:ال)?(?:عنصر|عنصرا|عنصرين|عنصران|عناصر|مقاتل|مقاتلا|مقاتلين|مقاتلون|مقاتلي|جندي|"
    r"جنديا|جنديين|جنديان|جنود|شرطي|شرطيا|شرطيين|شرطيان|منتسب|منتسبا|منتسبين|منتسبي|مسلح|مسلحا|"
    r"مسلحين|مسلحون|عسكري|عسكريا|عسكريين|عسكريون|ضابط|ضابطا|ضباط|مرتزقه)(?!\w)"
)
ARMED_DEAD_REACH = 60  # the fighters are told this close after the count (بينهم …)
ARMED_TARGET = norm_re(  # عبوة استهدفت دورية، قرب حاجز، داخل مقر: a post or force was the target
    r"(?<!\w)[وبل]?(?:ال)?(?:دوريه|دوريات|حاجز|حواجز|رتل|ارتال|ثكنه|مقر|مقرات|قاعده|موقع|مواقع|"
    r"اليه\s+عسكريه|عربه\s+عسكريه|سياره\s+عسكريه|قوه\s+امنيه|نقطه\s+عسكريه)(?!\w)"
)
PERSONS_ACTIONS = ("bombing",)  # not shelling: mortars on a district hurting أربعة أشخاص: open
# only a car bomb or a suicide blast, which strike whoever is around (انفجار سيارة ملغومة في حي
# الكرادة): persons killed by a roadside bomb (لقي 4 أشخاص مصرعهم جراء انفجار عبوة ناسفة) are
# left open, as the coders do (session 10)
INDISCRIMINATE_BLAST = norm_re(
    r"(?<!\w)[وبل]?(?:ال)?(?:(?:سياره|سيارتين|سيارات|دراجه|دراجات|شاحنه|صهريج|عربه)\s+"
    r"(?:ال)?(?:مفخخه|مفخختين|مفخخات|ملغومه|ملغومتين|مفخخ)|مفخخه|مفخختين|انتحاري|انتحاريه|"
    r"انتحاريين|انتحاريان|حزام\s+ناسف|احزمه\s+ناسفه)(?!\w)"
)


def persons_hit_are_civilians(events: list[Event], text: str, lex: Lexicons) -> None:
    """A car bomb or suicide blast with no target side whose own sentence counts its dead or
    hurt as persons (شخصاً، أشخاص), names no fighter among them and no post or patrol struck,
    hit civilians (قتل 11 شخصا في انفجار سيارة ملغومة في حي الكرادة)."""
    if "civilians" not in lex.actors:
        return
    for e in events:
        if e.action not in PERSONS_ACTIONS or e.actor2 or not (e.fatalities or e.injured):
            continue
        for m in e.provenance.get("mentions", []):
            start, end = m["span"]
            hit = PERSONS_HIT.search(text, start, end) if m.get("figures") else None
            if (
                hit is not None
                and INDISCRIMINATE_BLAST.search(text, start, end)
                and not ARMED_DEAD.search(text, hit.start(), min(end, hit.end() + ARMED_DEAD_REACH))
                and not ARMED_TARGET.search(text, start, end)
            ):
                set_actor2(e, "civilians", lex, "persons counted with no side")
                break


def withdrawer_is_the_loser(events: list[Event], lex: Lexicons) -> None:
    """A withdrawal left without its side by `withdrew_from_the_taker` (سيطروا على الحاجز بعد
    انسحاب العناصر منه) is done by the loser found for the capture it was told with: the
    capture before it at the same place."""
    for i, e in enumerate(events):
        rules = [str(m.get("actor_rule", "")) for m in e.provenance.get("mentions") or []]
        if e.action != "withdrawal" or e.actor1 or "withdrew_from_the_taker" not in rules:
            continue
        takes = [
            w
            for w in events[:i]
            if w.action == "capture"
            and w.actor2 not in ("", "unknown", "civilians")
            and w.location == e.location
        ]
        if takes:
            w = takes[-1]
            e.actor1 = w.actor2
            e.inter1 = lex.actors[w.actor2].inter if w.actor2 in lex.actors else None
            e.provenance["actor1_inferred_from"] = w.event_id


def set_actor2(e: Event, actor: str, lex: Lexicons, source_event: str) -> None:
    """Set an inferred actor2 with its inter code and the event it was inferred from."""
    e.actor2 = actor
    e.inter2 = lex.actors[actor].inter if actor in lex.actors else None
    codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
    e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.interaction
    e.provenance["actor2_inferred_from"] = source_event


PLUPERFECT = re.compile(r"\W*[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,5}?قد\s")
# a sentence told in the pluperfect (وكانت القوات العراقية قد انسحبت من الموصل في حزيران 2014
# أمام هجوم التنظيم): when one of its events is old, the undated ones it tells are that past too


# an undated act told as the circumstance of an old one (بعد انسحاب البيشمركة منها؛ إثر سقوط
# المدينة): the verbal noun right after «بعد / إثر / عقب» is that past too (session 14)
CIRCUMSTANCE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:بعد|اثر|عقب|جراء|نتيجه)\s+(?:\S+\s+)?$")


def is_old(c: Candidate, publication_date: dt.date | None) -> bool:
    """An event told as background: a date told with it ends more than OLD_EVENT_DAYS before publication."""
    if publication_date is None:
        return False
    dates = [
        d for d in c.told_dates + ([c.date] if c.date is not None else []) if d.date is not None
    ]
    return any(
        (publication_date - period_end(d)).days > OLD_EVENT_DAYS
        and (d.precision != "day" or d.kind != "point")
        for d in dates
    )


def period_end(d: Any) -> dt.date:
    """The last day a date expression can mean (a month or a year counts to its end)."""
    if d.precision == "year":
        return dt.date(d.date.year, 12, 31)
    if d.precision == "month":
        nxt = dt.date(d.date.year + d.date.month // 12, d.date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d.date


def parse_day(value: str) -> dt.date | None:
    """A 'YYYY-MM-DD' string as a date (None if empty)."""
    return dt.date.fromisoformat(value) if value else None


def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces and separators from both ends of an evidence span."""
    while a < b and (text[a].isspace() or text[a] in ",،;؛:."):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",،;؛:"):
        b -= 1
    return a, b


def toll_spans(tolls: list[Toll], prepared: PreparedText) -> list[tuple[int, int]]:
    """Normalised spans of the evidence of toll rows (their figures are not event casualties)."""
    index = prepared.norm.index
    spans = []
    for t in tolls:
        lo = next((i for i, o in enumerate(index) if o >= t.char_start), None)
        hi = next((i for i, o in enumerate(index) if o >= t.char_end), len(index))
        if lo is not None:
            spans.append((lo, hi))
    return spans


def assign_figures(
    figures: list[Figure],
    cands: list[Candidate],
    sentence: Sentence,
    mentions: DocMentions,
    previous: Candidate | None,
    *,
    rising: bool = False,
    told_with: Sequence[Candidate] = (),
) -> None:
    """Give each casualty figure to one candidate: the one of its town, its frame, or the nearest.

    ``rising``: the sentence tells the count of the event before rising (وارتفع عدد القتلى صباح
    اليوم إلى تسعة): its figures replace that event's figures of their role, not add to them.
    ``told_with``: the events told with ``previous`` in its sentence; a follow-up count told
    town by town (وقتل 14 مدنياً في خان شيخون، وستة في كفرنبل) gives each town's count to the
    event of that town.
    """
    final = final_count_start(mentions.text, sentence.start, sentence.end)
    if rising and previous is not None and not cands:
        roles = {f.role for f in figures}
        previous.figures = [f for f in previous.figures if f.role not in roles]
    if final is not None and previous is not None and not cands:
        stops = [i for i in (mentions.text.find(c, final, sentence.end) for c in ',،".') if i >= 0]
        clause_end = min(stops, default=sentence.end)
        # …، لتصبح الحصيلة النهائية ستة قتلى وتسعة جرحى: only the figures of that clause
        figures = [f for f in figures if final <= f.start < clause_end]
        if figures:  # the final count replaces the figures told before it
            previous.figures = []
            previous.final_count = True
    last: tuple[Figure, Candidate] | None = None
    fig_to_previous = False
    others: list[Candidate] = []  # events of the towns a follow-up count names
    for fig in figures:
        target = figure_target(fig, cands, sentence, mentions) or (previous if not cands else None)
        if last is not None and continues_list(last[0], fig, mentions):
            target = last[1]  # قتل خلالها 11 مقاتلاً من الكتائب و3 من الوحدات: one event's dead
        if not cands and previous is not None and len(told_with) > 1:
            target = town_after(fig, list(told_with), sentence, mentions) or target
            if target is not previous and target is not None and target not in others:
                others.append(target)
        target = killing_instead(fig, target, cands)
        fled_from = target
        target = fight_before_flight(fig, target, previous)
        target = fight_told_with_dead(fig, target, cands, previous, mentions.text)
        if not cands and previous is not None and target is previous:
            target = fight_told_with_taking(fig, previous, told_with)
            if target is not previous and target is not None and target not in others:
                others.append(target)
        fig_to_previous = fig_to_previous or (target is previous and fled_from is not previous)
        if target is not None:
            last = (fig, target)
        if target is not None and (
            target is previous
            or (
                target in cands
                and outside_part(fig, target)
                and not victims_elsewhere(fig, target, sentence, mentions)
            )
        ):
            civilian_victims_follow_up(target, fig, mentions)
        if target is not None and told_again(fig, target):
            continue
        if (
            target is not None
            and target is previous
            and not cands
            and count_told_again(fig, target, sentence, mentions.text)
        ):
            continue
        if (
            target is not None
            and target is previous
            and not cands
            and town_share(fig, target, told_with, sentence, mentions)
        ):  # وقال الدفاع المدني إن 14 مدنياً قتلوا في خان شيخون وحدها: the town's own count
            target.figures = [f for f in target.figures if f.role != fig.role]
            target.final_count = True
        if target is not None:
            target.figures.append(fig)
            if target.date is None and target.sentence == sentence.index:
                take_date_of_figure(target, fig, sentence, mentions)
    took_figure = previous is not None and (not cands or fig_to_previous)
    for c in cands + ([previous] if previous is not None and took_figure else []) + others:
        c.fatalities, c.estimated = total(c.figures, "killed")
        c.injured, c.injured_estimated = total(c.figures, "injured")
    no_losses_told(cands, sentence, mentions.text)


# the text says the event hurt no one (دون وقوع إصابات، من دون أن يسفر ذلك عن خسائر بشرية، لم
# تسجل أي إصابات، انتهت دون سقوط ضحايا): zero, which is not the same as a figure not told. Not
# when the losses are of one group only (لم تسجل خسائر في صفوف القوات), material (خسائر مادية)
# or merely not reported (دون أن يذكر حجم الخسائر، دون أن ترد معلومات عن خسائر).
NO_LOSSES = norm_re(
    r"(?<!\w)(?:(?:من\s+)?(?:دون|بدون)\s+(?:ان\s+(?:يسفر|تسفر|يسفرا|تسفرا|تسفرن|يسفروا|يودي|تودي"
    r"|تسجل|يسجل|توقع|يوقع)\s+(?:ذلك\s+|الحادث\s+|القصف\s+|الهجوم\s+)?(?:عن\s+)?)?"
    r"|(?:و|ف)?لم\s+(?:تسفر|يسفر|تسجل|يسجل|تقع|يقع|تود|يود)"
    r"\s+(?:\S+\s+){0,2}?(?:عن\s+)?)"
    r"(?:(?:وقوع|تسجيل|سقوط|اي|ايه)\s+)*"
    r"(?P<what>اصابات|اصابه|ضحايا|خسا[ءئ]ر\s+بشريه|خسا[ءئ]ر\s+في\s+الارواح|خسا[ءئ]ر|قتلي)(?!\w)"
    r"(?!\s+(?:ماديه|في\s+صفوف|بين|من|لدي|في\s+الجانب))"
    # no one was killed or hurt (ولم يقتل أحد، ولم يصب أحد بأذى)
    r"|(?<!\w)(?:و|ف)?لم\s+(?P<who>يقتل|يصب|يصاب|يتاذ|يتضرر)\s+(?:اي\s+)?احد(?!\w)"
)


def no_losses_told(cands: list[Candidate], sentence: Sentence, text: str) -> None:
    """An event with no figure whose clause says it hurt no one counts zero dead (and zero
    wounded unless only the dead are denied: دون سقوط قتلى). The clause runs from the event's
    cue to the next event's cue in the sentence."""
    ordered = sorted(cands, key=lambda c: c.cues[0].start if c.cues else sentence.start)
    for i, c in enumerate(ordered):
        if not c.cues or c.fatalities is not None:
            continue
        start = max(h.end for h in c.cues)
        later = [o.cues[0].start for o in ordered[i + 1 :] if o.cues and o.cues[0].start > start]
        end = min(later, default=sentence.end)
        m = NO_LOSSES.search(text, start, end)
        if m is None:
            continue
        dead_only = m.group("what") == "قتلي" or m.group("who") == "يقتل"
        if c.injured is not None and not dead_only:
            continue  # a wounded count told with «no losses» of another kind: leave it
        c.fatalities, c.estimated = 0, False  # دون سقوط قتلى، فيما أصيب شخصان: 0 dead, 2 hurt
        if c.injured is None and not dead_only:
            c.injured, c.injured_estimated = 0, False


FIGHTS = ("clash", "attack", "airstrike", "shelling")


def fight_before_flight(
    fig: Figure, target: Candidate | None, previous: Candidate | None
) -> Candidate | None:
    """The dead told before a flight (وقتلت 35 إرهابياً …، مشيراً إلى أن الإرهابيين فروا) are
    those of the fight told in the sentence before: fleeing kills no one. So are the dead told
    before a hold on the fight's own town (قتلوا 35 من الإرهابيين، مؤكداً أن الوحدات تحكم
    سيطرتها على معظم أحياء المدينة): the fight killed them, not the hold."""
    if (
        target is None
        or previous is None
        or fig.role != "killed"
        or target.action not in ("withdrawal", "capture")
        or previous.action not in FIGHTS
        or fig.start > target.cues[0].start
    ):
        return target
    if target.action == "capture" and not (
        target.place_rule in WEAK_PLACE_RULES
        or (
            target.place is not None
            and previous.place is not None
            and target.place.id == previous.place.id
        )
    ):
        return target  # قتل 20 عنصراً وسيطرت القوات على قرية أخرى: that capture's own dead
    return previous


def fight_told_with_taking(
    fig: Figure, previous: Candidate, told_with: Sequence[Candidate]
) -> Candidate:
    """The dead and wounded a next sentence counts after a taking told with its fight (سيطر
    مسلحون على ثلاثة أحياء …، قبل أن تستعيد الشرطة السيطرة عليها أمس بعد اشتباكات استمرت
    ساعات. وقال مصدر طبي إن المستشفى تسلم 18 جثة، وعالج 40 جريحاً) are the fight's: the
    fighting hurt them, not the taking. The fight must be at the taking's place."""
    if previous.action not in ("capture", "withdrawal") or fig.role not in ("killed", "injured"):
        return previous
    fights = [
        c
        for c in told_with
        if c is not previous
        and c.action in CLASHES
        and c.sentence == previous.sentence
        and (
            c.place_rule in WEAK_PLACE_RULES
            or (
                c.place is not None
                and previous.place is not None
                and c.place.id == previous.place.id
            )
        )
    ]
    return fights[0] if fights else previous


WEAK_PLACE_RULES = ("focus", "anaphor", "unknown_name_near_focus", "no_place")
# the dead said to have fallen in the fighting (وقتل خلال الاشتباكات 15 عنصراً، قتلوا في المعارك)
IN_THE_FIGHTING = re.compile(
    r"(?<!\w)(?:خلال|في|جراء|اثر|اثناء|اثناءها|خلالها)\s+(?:ال)?(?:اشتباكات|اشتباك|معارك|معركه|مواجهات"
    r"|قتال|مواجهه)(?!\w)"
)
FIGHT_WORDS_CHARS = 40
CLASHES = ("clash", "attack")


def fight_told_with_dead(
    fig: Figure,
    target: Candidate | None,
    cands: list[Candidate],
    previous: Candidate | None,
    text: str,
) -> Candidate | None:
    """The dead said to have fallen in the fighting (وتمكنت الفصائل من استعادة السيطرة على
    القرية، وقتل خلال الاشتباكات 15 عنصراً) are the fight's, not the capture's or withdrawal's
    the sentence also tells: the clash of the sentence, else the fight told just before at the
    same place."""
    told = (
        IN_THE_FIGHTING.search(
            text, max(0, fig.start - FIGHT_WORDS_CHARS), fig.end + FIGHT_WORDS_CHARS
        )
        if target is not None
        and fig.role == "killed"
        and target.action in ("withdrawal", "capture")
        else None
    )
    if told is None:
        return target
    fights = [  # a fight told apart from the words of the dead (not «خلال المعارك» itself)
        c
        for c in cands
        if c.action in CLASHES
        and c.sentence == target.sentence
        and not all(told.start() <= cue.start < told.end() for cue in c.cues)
    ]
    if fights:
        return min(fights, key=lambda c: abs(c.cues[0].start - fig.start))
    if (
        previous is not None
        and previous.action in CLASHES
        and previous.place is not None
        and target.place is not None
        and previous.place.id == target.place.id
    ):
        return previous
    return target


def town_share(
    fig: Figure,
    target: Candidate,
    told_with: Sequence[Candidate],
    sentence: Sentence,
    mentions: DocMentions,
) -> bool:
    """True for a follow-up count told of the previous event's own town (… إن 14 مدنياً قتلوا في
    خان شيخون وحدها) when that event's larger count of the role was told over several towns at
    once (قتل 38 مدنياً في غارات استهدفت خان شيخون وكفرنبل وحيش): the town's share is its count,
    the total was the several places' (CODEBOOK §7)."""
    if len(told_with) < 2 or target.place is None:
        return False
    if not any(
        f.role == fig.role and f.value > fig.value and f.start < sentence.start
        for f in target.figures
    ):
        return False
    part = sentence.parts[sentence.part_of(fig.start)]
    towns = [
        m
        for m in mentions.inside("place", fig.end, part[1])
        if gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
    ]
    return bool(towns) and towns[0].town.id == target.place.id


def told_again(fig: Figure, target: Candidate) -> bool:
    """True for 'his death' (ما أدى لمقتله) told of an event that already counts one victim named
    alone (اغتال مسلحون القيادي …): the pronoun is that victim again."""
    return fig.cue == "killed.pronoun_one" and any(
        f.role == "killed" and f.value == 1 and f.cue.endswith(("+object", "+one"))
        for f in target.figures
    )


# «آخر/آخرين» or «أيضاً» right after a count: more victims, not the same ones told again
MORE_VICTIMS = norm_re(
    r"\s*(?:\S+\s+){0,2}?(?:اخر|اخرين|اخرون|اخران|اخرى|اخريات|ايضا|اضافيين)(?!\w)"
)


def count_told_again(fig: Figure, target: Candidate, sentence: Sentence, text: str) -> bool:
    """True for a follow-up sentence with no event of its own that repeats the count the event
    before already has from an earlier sentence (بمقتل جنديين وإصابة ثالث بهجوم … . وقال المصدر إن
    عناصر التنظيم استهدفوا النقطة، ما أسفر عن مقتل جنديين وإصابة ثالث): the same dead, not more."""
    if MORE_VICTIMS.match(text, fig.end, min(len(text), fig.end + 30)):
        return False
    part = fig.role == "killed" and PART_NOUN.match(text, fig.start, min(len(text), fig.end + 20))
    return any(
        f.role == fig.role
        and (f.value == fig.value or (part and f.value > fig.value))
        and f.start < sentence.start
        for f in target.figures
    )


# the children or women among a count told before (قتل 8 مدنيين … . وقال الدفاع المدني إن 3
# أطفال قتلوا في خان شيخون): a part of the dead already counted, not more dead
PART_NOUN = norm_re(
    r"\S*(?:\s+\S+)?\s+(?:من\s+)?(?:ال)?(?:اطفال|أطفال|طفلا|طفلين|طفلان|نساء|سيدات|امراتين|امرأتين)(?!\w)"
)


SEIZING = ("abduction", "arrest")  # events whose victims are taken, not killed


# اعتقلت قوة أمنية النائب …، بعد تبادل لإطلاق النار مع حراسه أسفر عن مقتل شقيقه: the fight's dead
KILLING_ACTIONS = ("attack", "clash", "airstrike", "shelling", "bombing")


def killing_instead(
    fig: Figure, target: Candidate | None, cands: list[Candidate]
) -> Candidate | None:
    """The dead of a sentence that tells both a seizure and a killing (عثرت الشرطة على جثث خمسة
    مدنيين قالت إن مسلحين خطفوهم … وأعدموهم) are the killing's: a kidnap or an arrest kills no one."""
    if target is None or fig.role != "killed" or target.action not in SEIZING:
        return target
    killing = [c for c in cands if c.action in KILLING_ACTIONS and c.sentence == target.sentence]
    return min(killing, key=lambda c: abs(c.cues[0].start - fig.start)) if killing else target


def outside_part(fig: Figure, cand: Candidate) -> bool:
    """True for a figure of the cue's sentence told in another clause than the cue's part (فيما
    استشهد 7 آخرون بينهم سيدتان في بلدة سقبا، بقصف من الطائرات الحربية على البلدة)."""
    return not cand.span[0] <= fig.start < cand.span[1]


def victims_elsewhere(
    fig: Figure, cand: Candidate, sentence: Sentence, mentions: DocMentions
) -> bool:
    """True when the figure's clause names the victims' own town and the event is not placed
    there (قصفت قوات النظام بلدات ريف إدلب الجنوبي، ما أدى لمقتل 4 مدنيين في كفرنبل): the dead are
    no sign of whom the wider strike hit."""
    part = sentence.parts[sentence.part_of(fig.start)]
    towns = [
        m
        for m in mentions.inside("place", fig.end, part[1])
        if gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
    ]
    if not towns or towns[0].town.kind in WIDE_KINDS:
        return False
    return cand.place is None or cand.place.id != towns[0].town.id


def civilian_victims_follow_up(cand: Candidate, fig: Figure, mentions: DocMentions) -> None:
    """A strike's victims told in the next sentence (وأفاد مراسلنا بمقتل أربعة مدنيين) make
    civilians its actor2 when the strike itself named no target (CODEBOOK §4)."""
    if cand.action not in ("airstrike", "shelling", "bombing") or cand.roles is None:
        return
    if cand.roles.actor2 or cand.roles.actor1 == "civilians":
        return
    hits = mentions.inside("role", fig.start, min(len(mentions.text), fig.end + 30))
    if any(h.entry.get("type") == "civilian" and h.start >= fig.start for h in hits):
        cand.roles.actor2 = "civilians"
        cand.roles.rule += "+victims_told_after"


DEAD_OF_GROUP = re.compile(  # القتلى الثلاثة من مقاتلي …، الضحايا هم عناصر في …
    r"(?<!\w)(?:القتلي|الضحايا|القتيلين|القتيلان|الجثث)(?:\s+ال\w+)?\s+(?:هم\s+|كانوا\s+)?"
    r"(?:من\s+)?(?P<member>(?:مقاتلي|عناصر|مسلحي|اعضاء|افراد|جنود)\s+(?:في\s+)?)"
)
DEAD_GROUP_CHARS = 12  # the group is named with the membership noun or this close after it


def only_houses_struck(strike: Candidate, mentions: DocMentions) -> bool:
    """True when the strike's civilians are only a house it hit (قصفت مسيرة منزلاً في القرية):
    dead identified after as a side's fighters tell whose house it was (session 16)."""
    words = [
        h for h in mentions.inside("role", *strike.span) if h.entry.get("type") == "civilian"
    ] + [a for a in mentions.inside("actor", *strike.span) if a.entry_id == "civilians"]
    return bool(words) and all(HOUSE.match(w.surface) for w in words)


def dead_identified_follow_up(
    out: list[Candidate], sentence: Sentence, mentions: DocMentions, lexicons: Lexicons
) -> None:
    """A strike's dead identified in the next sentence as members of a named armed group
    (وقال مسؤول إن القتلى الثلاثة من مقاتلي الحزب) make that group its actor2 when the
    strike named no target (CODEBOOK §4: the text names whom it hit)."""
    strikes = [
        c
        for c in out
        if c.sentence == sentence.index - 1
        and c.action in ("airstrike", "shelling", "bombing")
        and c.fatalities
        and c.roles is not None
    ]
    if len(strikes) != 1:
        return
    strike = strikes[0]
    text = mentions.text
    if strike.roles.actor2 and not (
        strike.roles.actor2 == "civilians" and only_houses_struck(strike, mentions)
    ):
        return
    for m in DEAD_OF_GROUP.finditer(text, sentence.start, sentence.end):
        named = [
            a
            for a in mentions.inside("actor", m.start("member"), sentence.end)
            if a.kind != "anaphor" and a.start - m.end() <= DEAD_GROUP_CHARS
        ]
        actor = lexicons.actors.get(named[0].entry_id) if named else None
        if actor is None or actor.type in ("civilians", "protesters", "unknown"):
            continue
        if actor.id == strike.roles.actor1:
            continue
        strike.roles.actor2 = actor.id
        strike.roles.rule += "+dead_identified_after"
        return


# the home town of the people counted (قتل ثلاثة لاجئين من مدينة حمص بقصف على عرسال، استشهاد
# طفلين من أبناء بلدة كفرنبل): where they came from, not where they died
ORIGIN_BEFORE = norm_re(
    r"(?<!\w)من\s+(?:(?:ابناء|اهالي|اهل|سكان)\s+)?(?:(?:مدينه|بلده|قريه|مخيم|حي|ريف|محافظه)\s+)?$"
)


def origin_town(text: str, m: Any, cands: list[Candidate], end: int) -> bool:
    """True for a place told as the home of the people counted right before it (من مدينة حمص)
    when the act that killed them is told after it (بقصف على بلدة عرسال); not «كما قتل خمسة
    آخرون من مدينة المعضمية», where the town is the only scene told."""
    if ORIGIN_BEFORE.search(text, max(0, m.start - 30), m.start) is None:
        return False
    return any(m.end <= h.start < end for c in cands for h in c.cues)


def figure_target(
    fig: Figure, cands: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> Candidate | None:
    """The candidate a figure belongs to (see clause_target); a figure told after a relative
    clause's event (سجن علايا، الذي سيطرت عليه الأسايش بعد ساعات، مشيراً إلى مقتل مدنيين)
    belongs to the sentence's main event before it."""
    target = clause_target(fig, cands, sentence, mentions)
    if (
        target is None
        or fig.start < target.span[1]
        or not in_relative_clause(target, mentions.text)
    ):
        return target
    main = [
        c for c in cands if c.span[1] <= target.span[0] and not in_relative_clause(c, mentions.text)
    ]
    if not main:
        return target
    return next(c for c in main if c.span == main[-1].span)


FAR_TOWN_KM = 50.0  # a town this far from an event's named place is another place


def other_town(cand: Candidate, town: Any) -> bool:
    """True for an event placed at a named town other than ``town`` (a few km apart or more)."""
    place = cand.place
    if place is None or cand.place_rule != "named" or place.kind in WIDE_KINDS:
        return False
    if town.kind in WIDE_KINDS or place.id == town.id:
        return False
    return distance_km(place, town) > SAME_PLACE_KM


def far_from(cand: Candidate, town: Any) -> bool:
    """True when an event names a town of its own far from ``town`` (neither holds the other)."""
    place = cand.place
    if place is None or cand.place_rule != "named" or place.kind in WIDE_KINDS:
        return False
    if town.kind in WIDE_KINDS:
        return False
    return distance_km(place, town) > FAR_TOWN_KM


SHARE_CUE_WORDS = 3  # a share's people and «في» between it and its act


def clause_target(
    fig: Figure, cands: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> Candidate | None:
    """The candidate a figure belongs to: the one its clause names, its frame's, a caused one, the nearest."""
    if not cands:
        return None
    if fig.cue.endswith("+share"):  # بينهم 5 بقصف مدفعي و7 بغارات جوية: the act told with it
        own = [
            (h.start, c)
            for c in cands
            for h in c.cues
            if h.start >= fig.end and gap_words(mentions.text, fig.end, h.start) <= SHARE_CUE_WORDS
        ]
        nearest = [c for at, c in own if at == min((a for a, _ in own), default=-1)]
        town = next(iter(mentions.inside("place", fig.end, sentence.end)), None)
        placed = [c for c in nearest if town and c.place and c.place.id == town.town.id]
        if placed or nearest:  # و6 بغارات على مدينة اللطامنة: of one cue, the town named next
            return (placed or nearest)[0]
    if fig.cue.endswith("+list") and OWN_ACT.match(mentions.text, fig.end):
        own = [  # …، بريف إدلب الجنوبي و3 بقصف مدفعي على حي في المدينة: the act told with it
            (h.start, c)
            for c in cands
            for h in c.cues
            if h.start >= fig.end and gap_words(mentions.text, fig.end, h.start) <= 1
        ]
        if own:
            return min(own, key=lambda x: x[0])[1]
        return (
            None  # …، و3 بضربة أخرى في صحراء الرطبة: the dead of an act not drawn, not the first's
        )
    caused = caused_candidate(fig, cands, sentence, mentions)
    if caused is not None:
        return caused
    inside = [c for c in cands if any(h.start <= fig.start < h.end for h in c.cues)]
    if inside:  # دخلت قوات الأمن الحي وقتلوا ثلاثة شبان: the count is in the killing cue's words
        return inside[0]
    during = told_during(fig, cands, mentions)
    if during is not None:
        return during
    holding = [c for c in cands if any(a <= fig.start < b for a, b in c.frame_parts)]
    part = next(((a, b) for c in holding for a, b in c.frame_parts if a <= fig.start < b), None)
    if holding and part is not None:
        places = mentions.inside("place", *part)
        right_after = [
            m
            for m in places
            if m.start >= fig.end
            and gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
            and not origin_town(mentions.text, m, cands, part[1])
        ]
        for m in right_after[:1]:  # مقتل 5 في سراقب و3 في كفرنبل
            own = [c for c in holding if c.place is not None and c.place.id == m.town.id]
            if own:
                return own[0]
            if joined_by_and(mentions.text, fig) and not any(
                c.place is not None and c.place.id == m.town.id for c in cands
            ):
                return None  # … على ريف ديرك وتسعة عسكريين في ريف كوباني: dead of no event here
            if all(far_from(c, m.town) for c in cands):
                return None  # يقتل 146 مدنياً في كوباني ويهاجم الحسكة: dead of no event here
            if all(other_town(c, m.town) for c in cands):
                return None  # وقتلوا ثمانية، كما قتل خمسة آخرون في المعضمية: not Douma's dead
        agreeing = antecedent_by_gender(fig, holding, cands, mentions.text)
        if agreeing is not None:
            return agreeing
        told_in = sorted(
            (c for c in holding if in_which(c, fig, mentions.text)), key=lambda c: c.cues[0].start
        )
        if told_in:  # … بعد اشتباكات مع البشمركة قتل فيها أربعة: the dead of the clash
            return told_in[-1]
        fought = [  # … بعد اشتباكات خلفت 6 قتلى في صفوف داعش: the fight's own result
            c
            for c in holding
            if c.action == "clash"
            and is_adjunct(c, mentions)
            and own_result_of_later(c, fig, mentions)
        ]
        if fought:
            return fought[-1]
        towns = {m.town.id for m in places}
        named = [c for c in holding if c.place is not None and c.place.id in towns]
        chosen = min(named or holding, key=lambda c: c.cues[0].start)  # stays with the first
        return main_event_of(chosen, cands, mentions, fig)
    named_after = town_after(fig, cands, sentence, mentions)
    if named_after is not None:
        return named_after  # …، ما أدى إلى استشهاد أربعة مدنيين في كفرنبودة
    part = sentence.parts[sentence.part_of(fig.start)]
    towns = [
        m
        for m in mentions.inside("place", fig.end, part[1])
        if gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
        and not origin_town(mentions.text, m, cands, part[1])
    ]
    if towns and all(other_town(c, towns[0].town) for c in cands):
        return None  # كما قتل خمسة آخرون في المعضمية: not the Douma protest's dead
    if not any(part[0] <= c.span[0] < part[1] for c in cands):
        heads = [  # a town heading the item (المعضمية: …), as round-ups list towns
            m
            for m in mentions.inside("place", part[0], fig.start)
            if m.town.kind not in WIDE_KINDS and re.match(r"\s*:", mentions.text[m.end : m.end + 3])
        ]
        if heads and all(other_town(c, heads[-1].town) for c in cands):
            return None  # المعضمية: شهيدان برصاص قناصة، وخرجت مظاهرة في حرستا: not Harasta's dead
    before = [c for c in cands if c.span[0] <= fig.start]
    if not before:
        return min(cands, key=lambda c: c.cues[0].start)
    main = [c for c in before if not in_relative_clause(c, mentions.text)]
    if main and in_relative_clause(before[-1], mentions.text):
        before = (
            main  # سجن علايا، الذي سيطرت عليه الأسايش …، مشيراً إلى مقتل مدنيين: the main event's
        )
    same_clause = [c for c in before if c.span == before[-1].span]
    return same_clause[0]  # the towns of one clause: the figure stays with the first (§7)


RELATIVE = re.compile(r"\W*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?!\w)")


def in_relative_clause(cand: Candidate, text: str) -> bool:
    """True for an event told in a relative clause describing a place (الذي تمكنت الأسايش من
    السيطرة عليه): background to the sentence's main event, not the one a later figure counts."""
    return bool(RELATIVE.match(text, cand.span[0], cand.span[1]))


def town_after(
    fig: Figure, cands: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> Candidate | None:
    """The candidate of the town named right after a figure told in a clause of no event's own."""
    part = sentence.parts[sentence.part_of(fig.start)]
    towns = [
        m
        for m in mentions.inside("place", fig.end, part[1])
        if gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
    ]
    if not towns:
        return None
    return next((c for c in cands if c.place is not None and c.place.id == towns[0].town.id), None)


def continues_list(before: Figure, fig: Figure, mentions: DocMentions) -> bool:
    """True for a figure joined by و to the figure before it, in the same clause, with no town
    between or right after (11 مقاتلاً من الكتائب و3 من الوحدات; not …و3 في كفرنبل)."""
    text = mentions.text
    if fig.start <= before.end or not joined_by_and(text, fig):
        return False
    gap = text[before.end : fig.start]
    if "." in gap or words_between(text, before.end, fig.start) > 6:
        return False
    reach = min(len(text), fig.end + 40)
    return not mentions.inside("place", before.end, reach)


def joined_by_and(text: str, fig: Figure) -> bool:
    """True for a figure joined by و to what precedes it (… وأربعة مقاتلين في حلب)."""
    return text[fig.start : fig.start + 1] == "و" or text[
        max(0, fig.start - 2) : fig.start
    ].strip().endswith("و")


def main_event_of(
    cand: Candidate, cands: list[Candidate], mentions: DocMentions, fig: Figure
) -> Candidate:
    """The event an adjunct clause accompanies (…، ترافق مع قصف مكثف، ما أدى لمقتل 23): its figures.

    A figure told after a clause that only accompanies an earlier event of the sentence (a
    same-time or adjunct noun) belongs to that earlier event — unless it is told as killed
    "in" that clause's event (بعد اشتباكات مع البشمركة قتل فيها أربعة).
    """
    if not is_adjunct(cand, mentions) or in_which(cand, fig, mentions.text):
        return cand
    if strike_on_civilians(cand, fig, mentions.text) or own_result_of_later(cand, fig, mentions):
        return cand
    earlier = [c for c in cands if c.span[0] < cand.span[0] and not is_adjunct(c, mentions)]
    if earlier and dead_of_fight_side(cand, earlier[-1], fig, mentions):
        return cand
    return earlier[-1] if earlier else cand


# a later act told after the first (أعقبته، تلتها، تبعته اشتباكات …) and its own result verb right
# after it (… أسفرت عن مقتل جنديين), not a «ما أدى» that may sum the sentence
FOLLOWED_BY = re.compile(r"^(?:اعقب|تل|تبع)")
OWN_RESULT = norm_re(r"(?<!ما )(?<!\w)(?:اسفرت|اسفر|ادت|ادى|خلفت|خلف|اوقعت|اوقع)\s+(?:عن|الى)?")


def own_result_of_later(cand: Candidate, fig: Figure, mentions: DocMentions) -> bool:
    """True when the clause is a later act told as following the first (تعرضت المدينة لقصف …،
    أعقبته اشتباكات مع القوات الأمنية أسفرت عن مقتل جنديين), or a fight the first act came
    after (سيطرت على برطلة بعد معارك ضارية مع داعش أسفرت عن قتل 35 إرهابياً), and the figure
    is its own result: the result verb follows its noun with no comma between."""
    cue = cand.cues[0]
    text = mentions.text
    followed = any(
        h.entry.get("type") == "same_time"
        and FOLLOWED_BY.match(h.surface)
        and words_between(text, h.end, cue.start) <= 2
        for h in mentions.inside("link", max(cand.span[0], cue.start - 30), cue.start)
    )
    followed = followed or cand.action == "clash"  # بعد/عقب/إثر اشتباكات … أسفرت عن
    if not followed or fig.start <= cue.end:
        return False
    between = text[cue.end : fig.start]
    return "،" not in between and "." not in between and bool(OWN_RESULT.search(between))


DEAD_SIDE_WORDS = 4  # ما أدى لمقتل 6 عناصر من قوات النظام: the side is named this close after


def dead_of_fight_side(
    adjunct: Candidate, main: Candidate, fig: Figure, mentions: DocMentions
) -> bool:
    """True when the dead are fighters of a side the accompanying clash names (ترافق مع
    اشتباكات بين قوات النظام و…، ما أدى لمقتل 6 عناصر من قوات النظام) and the strike it
    accompanies does not target that side: they fell in the fighting, not under the strike."""
    if fig.role != "killed" or adjunct.action != "clash" or main.action not in REMOTE_STRIKES:
        return False
    text = mentions.text
    side = next(
        (
            h
            for h in mentions.inside("actor", fig.end, min(len(text), fig.end + 60))
            if gap_words(text, fig.end, h.start) <= DEAD_SIDE_WORDS
        ),
        None,
    )
    if side is None or side.entry_id == "civilians" or adjunct.roles is None:
        return False
    sides = {adjunct.roles.actor1, adjunct.roles.actor2}
    return side.entry_id in sides and side.entry_id != (main.roles.actor2 if main.roles else None)


CIVILIAN_DEAD = norm_re(r"\W*(?:\w+\W+)?(?:مدني|مواطن|اطفال|أطفال)")


def strike_on_civilians(cand: Candidate, fig: Figure, text: str) -> bool:
    """True when the adjunct clause is a strike on civilians (بالتزامن مع قصف … على الأحياء
    السكنية) and the figure counts civilians (ما أسفر عن مقتل ثلاثة مدنيين): the strike's dead,
    not the ground assault's the clause accompanies."""
    return (
        cand.action in ("shelling", "airstrike")
        and cand.roles.actor2 == "civilians"
        and bool(CIVILIAN_DEAD.match(text, fig.end))
    )


def told_during(fig: Figure, cands: list[Candidate], mentions: DocMentions) -> Candidate | None:
    """The candidate whose cue follows the figure as "during/in <event>" (قتل 15 عنصراً من قوات
    النظام خلال الاشتباكات في بلدة ماير): those are its dead, not those of an earlier event at
    another place."""
    text = mentions.text
    for c in sorted(cands, key=lambda c: c.cues[0].start):
        cue = c.cues[0].start
        if cue < fig.end or words_between(text, fig.end, cue) > DURING_WORDS:
            continue
        gap = text[fig.end : cue]
        if "." in gap or "," in gap or not DURING.search(gap):
            continue
        own = [  # و5 في كفرنبل جراء غارات …: the town told with the figure names its event
            o
            for o in cands
            if o.place is not None
            and any(p.town.id == o.place.id for p in mentions.inside("place", fig.end, cue))
        ]
        if own:
            return own[0]
        stop = [i for i in (text.find(p, cue) for p in ",،.") if i >= 0]
        towns = {p.town.id for p in mentions.inside("place", cue, min(stop, default=len(text)))}
        earlier = [o for o in cands if o is not c and o.cues[0].start < fig.start]
        clause = text[cue : min(stop, default=len(text))]
        if not towns and not TOWN_WORD.search(clause):
            continue  # …مقتل 40 خلال المعارك: the fighting of the event told before
        if any(o.place is not None and o.place.id in towns for o in earlier):
            continue  # the battles of the same town (حررت المجمع … مقتل 40 خلال المعارك): one event
        return c
    return None


MASCULINE_NOUNS = frozenset(  # singular masculine event nouns: فيه/خلاله refer to them
    ["قصف", "هجوم", "اشتباك", "انفجار", "تفجير", "قصفا", "هجوما", "اشتباكا", "انفجارا", "تفجيرا"]
)


def is_masculine(cue_word: str) -> bool:
    """True for a singular masculine event noun (القصف، هجوم); plurals of things (الاشتباكات،
    المعارك، الغارات) and nouns in ة take a feminine pronoun (خلالها)."""
    word = cue_word.split()[0] if cue_word.split() else ""
    for prefix in ("وبال", "بال", "وال", "ال", "و", "ب"):
        if word.startswith(prefix) and word[len(prefix) :] in MASCULINE_NOUNS:
            return True
    return word in MASCULINE_NOUNS


def antecedent_by_gender(
    fig: Figure, holding: list[Candidate], cands: list[Candidate], text: str
) -> Candidate | None:
    """The first earlier event a "during it" pronoun agrees with, when the event holding the
    figure does not (…اشتباكات … وسط قصف متبادل، وثق المرصد خلالها مقتل 8: the clashes')."""
    pron = None
    for m in IN_WHICH.finditer(text, max(0, fig.start - 80), fig.start):
        if words_between(text, m.end(), fig.start) <= IN_WHICH_WORDS:
            pron = m
    if pron is None:
        return None
    feminine = pron.group().endswith("ها")

    def agrees(c: Candidate) -> bool:
        return is_masculine(text[c.cues[0].start : c.cues[0].end]) != feminine

    if not holding or any(agrees(c) for c in holding):
        return None
    earlier = [c for c in cands if c.cues[0].end <= pron.start() and c not in holding and agrees(c)]
    return min(earlier, key=lambda c: c.cues[0].start) if earlier else None


def in_which(cand: Candidate, fig: Figure, text: str) -> bool:
    """True when the figure is told as the dead "in which" the candidate's event (قتل فيها أربعة)."""
    start = cand.cues[0].end
    if fig.start <= start:
        return False
    ends = [m.end() for m in IN_WHICH.finditer(text, start, fig.start)]
    return bool(ends) and words_between(text, ends[-1], fig.start) <= IN_WHICH_WORDS


def caused_candidate(
    fig: Figure, cands: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> Candidate | None:
    """The event of the next part when it opens with a cause connective (…، جراء غارات / بعد أن قصفت)."""
    i = sentence.part_of(fig.start)
    if i + 1 >= len(sentence.parts) or any(c.span == sentence.parts[i] for c in cands):
        return None
    nxt = sentence.parts[i + 1]
    links = [h for h in mentions.inside("link", *nxt) if h.entry.get("type") == "cause"]
    if not links or words_between(mentions.text, nxt[0], links[0].start) > 1:
        return None
    caused = [c for c in cands if c.span == nxt]
    towns = [  # بمقتل 7 في الرستن، و5 في تلبيسة، جراء القصف: each count to its town's event
        m
        for m in mentions.inside("place", fig.end, sentence.parts[i][1])
        if gap_words(mentions.text, fig.end, m.start) <= FIGURE_TOWN_WORDS
    ]
    own = [c for c in caused if towns and c.place is not None and c.place.id == towns[0].town.id]
    return next(iter(own or caused), None)


# the sites of a side the strikes told before destroyed (دمرت ثمانية أهداف لتنظيم داعش، ضربت
# مواقع للمسلحين): that side is what «الضربات أصابت …» hit too
STRUCK_SITES_OF = norm_re(
    r"(?<!\w)(?:ال)?(?:اهداف|هدفا|هدفاً|مواقع|مقرات|تجمعات|مخازن|مستودعات|معاقل|نقاط|تحصينات)"
    r"(?:\s+\S+)?\s+(?:ل|لل)$"
)
REFERRED_DAY_WORDS = 3  # الطائرات الحربية الروسية نفذت أمس: the day right after the aircraft


def strikes_referred_back_told(cand: Candidate, mentions: DocMentions, res: Resources) -> None:
    """A bare «الضربات أصابت …» referring back to the strikes the sentence before told
    (events.strikes_referred_back) takes their striker and day when it names none: «أعلنت وزارة
    الدفاع الروسية، اليوم الخميس، أن الطائرات الحربية الروسية نفذت أمس عشرين طلعة … . وقال
    المتحدث إن الضربات أصابت مستودعاً قرب تلبيسة» is Russia's strike of yesterday (the
    announcement's «اليوم» is not the strikes' day). The striker is the owner of the last
    aircraft or air strike told there (الطائرات الروسية، طائرات التحالف، غارات روسية); the day is
    one told in the last aircraft's clause: a few words after it, before its strike noun, or
    right after that noun."""
    if cand.action != "airstrike" or cand.headline:
        return
    text = mentions.text
    cue = cand.cues[0]
    own = [
        p
        for p in mentions.inside("platform", cand.span[0], cand.span[1])
        if p.entry.get("type") in ("air", "air_force", "ground")
    ]
    span = referred_strikes_span(cue, own, mentions)
    if span is None:
        return
    back, lo = span
    if any(
        h.entry.get("type") == "ground" for h in mentions.inside("platform", lo, cue.start)
    ) or any(
        h.entry.get("strength") == "specific" and h.entry.get("action") != "airstrike"
        for h in mentions.inside("action", lo, cue.start)
    ):
        return  # وقال إن قصفاً مدفعياً استهدف الحي، وإن الضربات أصابت منازل: the guns' strikes
    plats = mentions.inside("platform", back, lo)
    owners = [h for h in plats if h.entry.get("type") == "owner"]
    anchors = [h for h in plats if h.entry.get("type") in ("air", "air_force")] + [
        h
        for h in mentions.inside("action", back, lo)
        if h.entry.get("action") == "airstrike" and h.entry.get("strength") == "specific"
    ]
    anchors.sort(key=lambda h: h.start)
    striker = ""
    for anchor in reversed(anchors):
        adjective = owner_after(anchor, owners, 2, text, res)
        named = [
            a.entry_id
            for a in mentions.inside("actor", anchor.end, min(lo, anchor.end + 40))
            if words_between(text, anchor.end, a.start) <= 1
            and not re.search(r"[،,.;:؛]", text[anchor.end : a.start])
        ]
        found = [a.actor_id for a in adjective] or named or possessor(anchor, back, mentions)
        if found:
            striker = found[0]
            break
    if not cand.roles.actor1 and striker and striker != cand.roles.actor2:
        cand.roles.actor1 = striker
        cand.roles.rule += "+strikes_referred_back"
    struck = {
        a.entry_id
        for a in mentions.inside("actor", anchors[0].end if anchors else lo, lo)
        if STRUCK_SITES_OF.search(text, max(0, a.start - 40), a.start)
    } - {"civilians", "protesters", cand.roles.actor1}
    if cand.roles.actor1 and not cand.roles.actor2 and len(struck) == 1:
        # دمرت خلالها ثمانية أهداف لتنظيم داعش: whose sites. Read loosely (unmarked in its own
        # sentence), so another account of the strike naming its civilian dead still joins it
        cand.roles.actor2 = struck.pop()
        cand.roles.evidence = (
            *cand.roles.evidence,
            f"{cand.roles.actor2}<-struck_told_back:unmarked",
        )
        cand.roles.rule += "+struck_told_back"
    if cand.date is not None or not anchors:
        return
    air = [h for h in anchors if h.entry.get("type") in ("air", "air_force")]
    if not air:
        return
    first = air[-1]
    strikes = [h for h in anchors if h not in air and h.start >= first.end]
    days = [
        d
        for d in mentions.inside("date", first.end, lo)
        if d.date is not None
        and d.precision == "day"
        and d.kind == "point"
        and not re.search(r"[،,.;:؛]", text[first.end : d.start])
        and (
            words_between(text, first.end, d.start) <= REFERRED_DAY_WORDS
            or (strikes and d.end <= strikes[0].start)
            or (strikes and words_between(text, strikes[0].end, d.start) <= 2)
        )
    ]
    if days:
        cand.date, cand.date_rule = days[0], f"strikes_referred_back:{days[0].rule}"


def possessor(anchor: CueHit, back: int, mentions: DocMentions) -> list[str]:
    """The side a possessed aircraft word belongs to (أعلن التحالف الدولي أن طائراته، قال الجيش
    الإسرائيلي إن طائراته الحربية، أفادت وزارة الدفاع الروسية أن طائراتها): the last side
    named before it in its sentence, the speaker."""
    if not POSSESSED_PLATFORM.search(anchor.surface):
        return []
    text = mentions.text
    lo = max(back, text.rfind(".", 0, anchor.start) + 1, text.rfind("\n", 0, anchor.start) + 1)
    named = [
        (a.start, a.entry_id)
        for a in mentions.inside("actor", lo, anchor.start)
        if a.entry_id not in ("civilians", "protesters", "unknown")
    ]
    named += [  # وزارة الدفاع الروسية: the ministry told by its country's adjective
        (p.start, p.entry["owner"])
        for p in mentions.inside("platform", lo, anchor.start)
        if p.entry.get("type") == "owner" and p.entry.get("owner")
    ]
    return [max(named)[1]] if named else []


def take_striker_in_focus(
    cand: Candidate, earlier: list[Candidate], text: str, ctx: ActorContext | None = None
) -> None:
    """A remote strike with no striker named takes the striker in focus.

    That is actor1 of the last air strike told before it in the same paragraph, else of the
    headline's air strike (غارات روسية … ثم: كما استهدفت الطائرات الحربية ذاتها …). A
    missile or drone campaign told by its striker in the lead (شن الحرس الثوري هجمات
    بالصواريخ والطائرات المسيرة …) is the focus of the strikes and shelling told after it
    with no striker (وطال القصف مقرات …، كما استهدفت طائرات مسيرة …), when the lead tells
    no other striker.
    """
    if cand.action not in REMOTE_STRIKES or cand.roles.actor1:
        return
    strikes = [c for c in earlier if c.action in REMOTE_STRIKES and c.roles.actor1]
    air = [c for c in strikes if c.action == "airstrike"]
    same_paragraph = [c for c in air if "\n" not in text[c.span[1] : cand.span[0]]]
    headline = [c for c in air if c.headline]
    body = [c for c in air if not c.headline]
    if body and SAME_AIRCRAFT.search(text, cand.span[0], cand.span[1]):
        # the same aircraft (الطائرات ذاتها) are the last ones told, not the headline's
        headline = body
    donor = (same_paragraph or headline or [None])[-1] if cand.action == "airstrike" else None
    if donor is None:
        donor = lead_striker(cand, strikes, earlier, text, ctx)
    if donor is None and cand.action == "shelling":
        donor = shells_told_alike(cand, strikes, text)
    if donor is None or donor.roles.actor1 == cand.roles.actor2:
        return
    cand.roles.actor1 = donor.roles.actor1
    cand.roles.rule += "+striker_in_focus"


SHELLS_ALIKE = re.compile(
    r"^\W*(?:كما|وكذلك)\s+(?:سقط|سقطت|استهدفت|استهدف|طال|طالت)(?!\w)|(?<!\w)(?:مماثل|مشابه)(?:ه|ين|ان)?(?!\w)"
)  # كما سقطت قذيفتا هاون على …، كما استهدفت قذائف مماثلة قرية …
SHELLS_SAID_ALIKE = re.compile(r"(?<!\w)(?:مماثل|مشابه)(?:ه|ين|ان)?(?!\w)")  # قذائف مماثلة


def shells_told_alike(cand: Candidate, strikes: list[Candidate], text: str) -> Candidate | None:
    """Shells told with no shooter as more of the same (كما سقطت قذيفتا هاون على جرمانا، كما
    استهدفت قذائف مماثلة قرية …) are fired by the one side the article told firing shells
    before (two shooters told: none; a side named with them: none). Shells said to be «alike»
    (قذائف مماثلة، قصف مماثل) are the last shelling's told before them, also when the article
    told another side shelling earlier (the army's guns in the lead, then the other side's mortar
    rounds on a border town and «similar shells» on the next: the mortar crew's)."""
    if cand.roles.actor2 not in ("", "civilians"):
        return None  # a side named with the shells: not borrowed from the article
    start = max(text.rfind(".", 0, cand.span[0]), text.rfind("\n", 0, cand.span[0])) + 1
    told = text[start : cand.span[1]]
    if not SHELLS_ALIKE.search(told):
        return None
    shellings = [
        c for c in strikes if c.action == "shelling" and c.roles.actor1 not in ("", "unknown")
    ]
    if len({c.roles.actor1 for c in shellings}) == 1:
        return shellings[-1]
    before = [c for c in shellings if c.span[1] <= cand.span[0]]
    if before and SHELLS_SAID_ALIKE.search(told):
        return max(before, key=lambda c: c.span[1])
    return None


RUSSIA_STRIKES_FROM = dt.date(2015, 9, 30)  # Russia's first air strikes in Syria
# new aircraft told with no owner (ونفذت طائرات حربية غارات): indefinite, not «the same» ones
INDEFINITE_AIRCRAFT = re.compile(r"^[وفب]?(?:طاءرات|طاءره|مقاتلات|طيران)(?:\s+حربيه)?$")
SAME_AIRCRAFT = re.compile(r"(?<!\w)(?:ذات|نفس|مماثل)\w*")
# the outlet's warplanes with no owner (الطائرات الحربية، الطيران الحربي): a monitor names
# Russia's when it means them (الطائرات الحربية الروسية) and leaves the regime's unowned
WARPLANES = re.compile(r"^[وفبل]?(?:ال)?(?:طاءرات|طيران|مقاتلات)(?:\s+(?:ال)?حربي\w*)?$")


# a Russian official telling its own strikes (وأضافت الوزارة أن الطائرات الحربية دمرت …): its
# unowned warplanes are Russia's
RUSSIAN_SPEAKER = norm_re(
    r"(?:الدفاع|الجيش|الأركان)\s+(?:العامة\s+)?الروسي|حميميم|الكرملين|المصالحة\s+الروسي"
    r"|الجوية\s+الفضائية|سبوتنيك|روسيا\s+اليوم"
)


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def other_aircraft_than_russia(
    cand: Candidate, earlier: list[Candidate], mentions: DocMentions, ctx: ActorContext
) -> None:
    """Warplanes that took Russia as the striker in focus are the regime's, in Syria, when the
    outlet sets them apart from the Russian ones: new aircraft told with no owner after Russian
    ones (نفذت طائرات حربية يرجح أنها روسية غارات على عندان، ونفذت طائرات حربية غارات على
    حريتان: monitor copy hedges a Russian strike and leaves the regime's unnamed), or a strike
    borrowing the headline's Russian striker after the body told a regime air strike (… كما نفذت
    طائرات النظام الحربية غارات على كفرنبل. وقصف الطيران الحربي بلدة الهبيط), or warplanes
    told with no owner in a paragraph that names no Russia, after the body told a Russian
    strike (… غارات نفذتها طائرات حربية روسية على كفرنبل.\nكما نفذت الطائرات الحربية غارات
    على الهبيط: a monitor names Russia's aircraft when it means them). The same aircraft
    (ذاتها، غارات مماثلة), bare strikes (وقتل مدنيان في غارات على …) and warplanes in the
    Russian strike's own paragraph stay Russian."""
    if cand.action != "airstrike" or cand.roles.actor1 != "russia":
        return
    rule = cand.roles.rule
    if "striker_in_focus" not in rule and "same_action_before" not in rule:
        return
    country = cand.place.country if cand.place is not None else ctx.country
    day = ctx.publication_date
    if country != "Syria" or "syrian_regime" not in ctx.actors or day is None:
        return
    text = mentions.text
    if RUSSIA_NAMED.search(text, cand.span[0], cand.span[1]) or SAME_AIRCRAFT.search(
        text, cand.span[0], cand.span[1]
    ):
        return
    plats = mentions.inside("platform", *cand.span)
    if any(p.entry.get("type") == "owner" for p in plats):
        return
    new_aircraft = any(
        p.entry.get("type") == "air" and INDEFINITE_AIRCRAFT.match(p.surface) for p in plats
    )
    warplanes = [p for p in plats if p.entry.get("type") == "air" and WARPLANES.match(p.surface)]
    russian = [  # a Russian air strike the body told, not one borrowed from the headline
        c
        for c in earlier
        if c.action == "airstrike"
        and c.roles.actor1 == "russia"
        and not c.headline
        and "striker_in_focus" not in c.roles.rule
    ]
    if warplanes and russian and "striker_in_focus" in rule and not RUSSIAN_SPEAKER.search(text):
        start = warplanes[0].start
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        new_aircraft |= russian[-1].span[1] <= sentence_start and not RUSSIA_NAMED.search(
            text, paragraph_start(text, start), start
        )
    body = [c for c in earlier if c.action == "airstrike" and not c.headline and c.roles.actor1]
    after_regime = (
        "striker_in_focus" in rule
        and bool(body)
        and body[-1].roles.actor1 == "syrian_regime"
        and "other_aircraft_than_russia" not in body[-1].roles.rule  # told, not inferred
        and "\n" in text[body[-1].span[1] : cand.span[0]]
    )
    if not (new_aircraft or after_regime or day < RUSSIA_STRIKES_FROM):
        return
    cand.roles.actor1 = "syrian_regime"
    cand.roles.rule += "+other_aircraft_than_russia"


# Russia's war in Syria is fought from the air and the sea: its own guns are named (المدفعية
# الروسية) or its ships and cruise missiles are told (سفن حربية، صواريخ كاليبر مجنحة)
RUSSIA_NAMED = re.compile(r"روس|موسكو")


REMOTE_STRIKES = ("airstrike", "shelling")
SIDE_FOUGHT = re.compile(  # بعد معارك عنيفة مع X، اثر انسحاب X: the side the place was taken from
    r"(?<!\w)(?:بعد|اثر|عقب|وسط)\s+(?:(?:معارك|اشتباكات|مواجهات|قتال)(?:\s+(?!خاض|شارك|جنب)\S+){0,3}?\s+مع"
    r"|انسحاب)\s+"
)
NEXT_CLAUSE_WORD = norm_re(r"(?<!\w)(?:فيما|بينما|في حين|كما|ثم)(?!\w)|[.،,؛:]")
FROM_IT = re.compile(r"(?:\s+\S+){0,3}?\s+منه(?:ا|ما|م)?(?!\w)")  # انسحاب X منها: from the place
CLAUSE_TURN = norm_re(  # a comma opens no new clause unless a conjunction or verb follows
    r"(?<!\w)(?:فيما|بينما|في حين|كما|ثم|حيث|التي|الذي|الذين)(?!\w)|[.؛:]|[،,]\s*و"
)


GATE = norm_re(  # عند بوابته، عند البوابة الرئيسية للسجن، أمام مدخل القاعدة: a held site's gate
    r"(?<!\w)(?:عند|امام|قرب|علي|الي)\s+(?:(?:بوابت|بوابات|مدخل|مداخل)(?:ه|ها)(?!\w)|"
    r"(?:ال)?(?:بوابه|بوابات|مدخل|مداخل)(?:\s+(?:ال)?(?:رءيسي|رءيسيه|رئيسي|رئيسيه|خارجي|خارجيه))?\s+(?:لل|ال)?"
    r"(?:سجن|مقر|قاعده|مطار|ثكنه|فرع|مبني|معسكر|قياده|مركز|حاجز|كتيبه|فوج)(?!\w))"
)


def take_gate_holder(cands: list[Candidate], text: str) -> None:
    """A bombing at the gate of a held site (فجروا سيارات مفخخة عند بوابته، عند البوابة
    الرئيسية للسجن) naming no target strikes the force the same attacker fights in the same
    sentence (دخلوا مقر قيادة عمليات الأنبار، ثم هاجموا نقاط قسد المحيطة بالسجن): the site's
    holder. Civilians and other attackers give nothing; a gate with no held site (بوابة حلب)
    names a place, not a force."""
    for c in cands:
        if c.action != "bombing" or not c.roles.actor1 or c.roles.actor2:
            continue
        if GATE.search(text, c.cues[0].start, c.span[1]) is None:
            continue
        donors = {
            d.roles.actor2
            for d in cands
            if d is not c
            and d.roles.actor1 == c.roles.actor1
            and d.roles.actor2 not in ("", "civilians", "unknown", c.roles.actor1)
            and (d.place is None or c.place is None or d.place == c.place)
        }
        if len(donors) == 1:
            c.roles.actor2 = donors.pop()
            c.roles.rule += "+gate_holder"


# a sentence that goes on with its verb and no subject (وسيطرت على البلدة، وتمكنوا من …، كما سيطروا على …) or with
# the fighters of a side named before (وتمكن مقاتلوها من السيطرة، وقال إن عناصره قتلوا …)
# «إذ/حيث سيطرت …» after «؛» (حققت قسد تقدماً جديداً في الرقة؛ إذ سيطرت أمس على حي …): the
# clause tells how the sentence before went on (session 18, hD7)
GOES_ON = norm_re(
    r"\s*(?:كما\s+[وف]?|[وف]|(?:(?<=;)|(?<=; ))\s*(?:[إا]ذ|حيث)\s+)(?:[^\s.،,؛:]+)(?:\s|$)"
)
ABLE_TO = norm_re(
    r"\s*(?:كما\s+|[إا]ذ\s+|حيث\s+)?[وف]?(?:تمكن|تمكنت|تمكنوا|تمكنا|استطاع|استطاعت|استطاعوا|نجح|نجحت|نجحوا)"
    r"(?:\s+[^\s.،,؛:]+)?\s+(?:من|في)\s+(?:ال)?"
)
AS_ALSO = norm_re(r"\s*كما\s")
NEXT_LINE = re.compile(r"[^\n]*\n+\s*")  # the rest of the line before, then the line break
FIGHTERS_OF_IT = re.compile(
    r"(?<!\w)[وف]?(?:مقاتلو|مقاتلي|عناصر|قوات|ثوار|مسلحو|مسلحي)(?:ها|ه|هم)(?!\w)"
)
SUBJECT_SIDES = ("rebel", "militia", "identity", "state", "external")


# the opening verb of a sentence and its subject right after it (أطلقت القوات العراقية عملية …؛
# وتقدمت قوات النظام في …)
OPENING_VERB = norm_re(r"\W*[وف]?[^\s.،,؛:\"]+\s+\"?$")  # «قوات سوريا الديمقراطية» in quotes
SPEECH_OPENER = norm_re(
    r"\W*[وف]?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|أفاد|أفادت|ذكر|ذكرت|أشار|أشارت|نقل|نقلت|أوضح|أوضحت"
    r"|بث|بثت|نشر|نشرت|نفى|نفت|اتهم|اتهمت|حمل|حملت|طالب|طالبت|دعا|دعت|أدان|أدانت)(?!\w)"
)


def opening_subject_before(sentence: Sentence, mentions: DocMentions, lex: Lexicons) -> str | None:
    """The side named right after the opening verb of the sentence just before, in the same
    paragraph, when that sentence told no event (a launched operation, an advance): the subject
    a sentence going on with no subject of its own carries over (session 16, hR5)."""
    text = mentions.text
    lo = max(0, sentence.start - 400)
    if "\n" in text[lo : sentence.start].rstrip():
        lo = lo + text[lo : sentence.start].rstrip().rfind("\n") + 1
    ends = [m.end() for m in re.finditer(r"[.!؟?;]", text[lo : sentence.start].rstrip())]
    if not ends:
        return None
    ends = [lo] + [lo + e for e in ends]
    start = ends[-2] if len(ends) >= 2 else lo  # the sentence just before
    for a in mentions.inside("actor", start, sentence.start):
        if OPENING_VERB.fullmatch(text, start, a.start - len(a.prefix)) is None:
            continue
        if SPEECH_OPENER.match(text, start):
            return None  # أعلنت وزارة الدفاع الروسية أن …: the speaker, no doer
        side = lex.actors.get(a.entry_id)
        if side is not None and side.type in SUBJECT_SIDES:
            return a.entry_id
        return None
    return None


# a shooting on the crowd told with no subject of its own, joined by و to what the sentence's
# subject did before (قوات الجيش اقتحمت تلكلخ بعد مظاهرة حاشدة وأطلقت النار على المتظاهرين)
SUBJECTLESS_SHOT = norm_re(
    r"(?<!\w)[وث](?:م\s+)?(?:أطلقت|أطلق|أطلقوا|فتحت|فتح|فتحوا)\s+(?:ال)?(?:نار|رصاص|نيران)"
    r"(?:\s+(?:ال)?حي[ةه]?)?\s+(?:مباشر[ةه]\s+)?على\s+(?:ال)?(?:متظاهرين|محتجين|معتصمين|مشيعين|مصلين"
    r"|مظاهر[ةه]|تظاهر[ةه]|مسير[ةه]|الحشود|حشود)(?!\w)"
)
# the sentence's subject: the side right at its start, after «إن/أن» of reported speech or after
# its opening verb (قال ناشطون إن قوات الجيش اقتحمت …؛ اقتحمت قوات الأمن …)
SUBJECT_AT_START = norm_re(r"\W*(?:[^.،,؛:]*?(?<!\w)[إا]ن\s+)?(?:[وف]?[^\s.،,؛:]+\s+)?$")
FORCE_SIDES = ("state", "rebel", "militia", "ethnic", "external")


def protest_shot_by_the_sentence_s_subject(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, ctx: Any, lex: Lexicons
) -> None:
    """A protest with no side told in a sentence whose subject did something else first and
    then, with no subject of its own, shot the crowd (قال ناشطون إن قوات الجيش اقتحمت مدينة
    تلكلخ بعد مظاهرة حاشدة وأطلقت النار على المتظاهرين): that subject is the force facing the
    protesters (codebook §4). Only the first side of the sentence, named at its start (after
    «إن» of reported speech or the opening verb), and only an armed one."""
    if cand.action != "protest" or cand.roles.actor2:
        return
    text = mentions.text
    cue = cand.cues[0].start
    shot = SUBJECTLESS_SHOT.search(text, cue, sentence.end)
    if shot is None:
        return
    sides = mentions.inside("actor", sentence.start, cue)
    if not sides:
        return
    first = sides[0]
    if SUBJECT_AT_START.fullmatch(text, sentence.start, first.start - len(first.prefix)) is None:
        return
    if mentions.inside("actor", first.end, shot.start()):
        return  # another side named between: whose shooting it was is not clear
    country = cand.place.country if cand.place is not None else ctx.country
    actor = (
        (ctx.resolve_anaphor(first.entry_id, country, first.start) or "")
        if first.kind == "anaphor"
        else first.entry_id
    )
    side = lex.actors.get(actor)
    if side is None or side.type not in FORCE_SIDES:
        return
    cand.roles.actor2 = actor
    cand.roles.rule += "+shot_by_the_sentence_s_subject"


# a subjectless verb after «، بعدما/بعد أن/قبل أن/ثم» (كانت قد دخلت): the clause before's subject
SAME_SUBJECT_AFTER = norm_re(
    r"[،,]\s*(?:و)?(?:بعدما|بعد\s+ان|قبل\s+ان|ثم|حيث|اذ)\s+(?:(?:كانت|كان|كانوا)\s+(?:قد\s+)?)?$"
)


def take_subject_told_before(
    cand: Candidate,
    sentence: Sentence,
    earlier: list[Candidate],
    mentions: DocMentions,
    lex: Lexicons,
) -> None:
    """A ground action told with no side, in a sentence that goes on from the one before it with
    no subject of its own (أطلقت فصائل المعارضة معركة … . وسيطرت على بلدة خان طومان) or by the
    fighters of a side (وتمكن مقاتلوها من السيطرة), is done by actor1 of the last event of the
    paragraph told before it."""
    if cand.roles.actor1 or cand.action not in ("capture", "clash", "shelling", "withdrawal"):
        return
    text = mentions.text
    cue = cand.cues[0].start
    if any(h.start < cue for h in mentions.inside("actor", sentence.start, cue)):
        return  # a side named before the verb (even one not resolved) is its subject
    head = text[sentence.start : cue]
    then = [c for c in earlier if sentence.start <= c.span[0] and c.span[1] <= cue]
    if (
        then
        and then[-1].roles.actor1 not in ("", "unknown")
        and then[-1].roles.actor1 != cand.roles.actor2
        and then[-1].action in ("capture", "clash", "withdrawal")
        and SAME_SUBJECT_AFTER.search(text, max(then[-1].span[0], cue - 40), cue)
        and not mentions.inside("actor", then[-1].span[1], cue)
    ):  # سيطرت أمس على حي الرومانية، بعدما كانت قد دخلت حي المشلب: the same subject goes on
        cand.roles.actor1 = then[-1].roles.actor1
        cand.roles.rule += "+subject_of_the_clause_before"
        return
    opens = GOES_ON.match(text, sentence.start)
    # the cue is the opening verb itself (not واندلعت اشتباكات، not a shell that fell: وسقطت قذائف)
    goes_on = opens is not None and cue < opens.end() - 1 and cand.action != "shelling"
    goes_on = goes_on or (  # وتمكنت لاحقاً من السيطرة على …: the verb «was able to» opens it
        opens is not None
        and cand.action != "shelling"
        and ABLE_TO.fullmatch(text, sentence.start, cue) is not None
    )
    if not goes_on and not FIGHTERS_OF_IT.search(head):
        return
    same = [c for c in earlier if "\n" not in text[c.span[1] : cand.span[0]]]
    if not same and opens is not None and AS_ALSO.match(text, sentence.start):
        # كما سيطروا على … on the line after a bulletin's item or the paragraph after: «كما»
        # goes on from the act told just before, across one line break
        same = [c for c in earlier[-1:] if NEXT_LINE.fullmatch(text, c.span[1], sentence.start)]
    donor = same[-1] if same else None
    if donor is None or not donor.roles.actor1:
        # (or the act told before names no side: حققت قسد تقدماً … بعد إعلانها انطلاق المعركة؛ إذ
        # سيطرت …: the opening subject of that sentence)
        opener = opening_subject_before(sentence, mentions, lex)
        if opener is not None:  # أطلقت القوات العراقية عملية لتحرير …. وتمكنت من تحرير حي المأمون
            cand.roles.actor1 = opener
            cand.roles.rule += "+subject_of_sentence_before"
        return
    if donor.span[1] > sentence.start + 1 and donor.span[0] >= sentence.start:
        return  # the event told just before must be in an earlier sentence
    if donor.action == "airstrike":
        return  # the aircraft of the sentence before take no town (… غارات. وسيطرت على …)
    side = lex.actors.get(donor.roles.actor1)
    if side is None or side.type not in SUBJECT_SIDES or donor.roles.actor1 == cand.roles.actor2:
        return
    cand.roles.actor1 = donor.roles.actor1
    cand.roles.rule += "+subject_told_before"


# سيطروا على الحاجز بعد انسحاب العناصر منه: the withdrawal noun after a circumstance word, its
# unnamed doers (العناصر، القوات) and «منه» — the place the capture took
AFTER_WITHDRAWAL = norm_re(r"(?<!\w)(?:بعد|اثر|إثر|عقب|وسط)\s+$")
UNNAMED_FORCES = ("the_forces",)
UNNAMED_FROM_IT = re.compile(r"(?:\s+\S+){1,2}?\s+منه(?:ا|م|ما)?(?!\w)")


def withdrew_from_the_taker(
    cand: Candidate, sentence: Sentence, earlier: list[Candidate], mentions: DocMentions
) -> None:
    """A withdrawal told as the circumstance of a capture in the same sentence, by unnamed men
    from the place (سيطروا على حاجز المساكن بعد انسحاب العناصر منه دون قتال؛ سيطرت الفصائل على
    التلة بعد انسحاب القوات منها) is done by the side the place was taken from, never by the
    capture's subject that the fallback reads before the noun: the capture's actor2 when it is
    known, else nobody yet (the loser found later for the capture is lent at the event level)."""
    if cand.action != "withdrawal" or not cand.cues:
        return
    text = mentions.text
    cue = cand.cues[0]
    if not AFTER_WITHDRAWAL.search(text, max(sentence.start, cue.start - 6), cue.start):
        return
    tail = UNNAMED_FROM_IT.match(text, cue.end)
    if tail is None or tail.end() > sentence.end:
        return
    if any(
        not (m.kind == "anaphor" and m.entry_id in UNNAMED_FORCES)
        for m in mentions.inside("actor", cue.end, tail.end())
    ):
        return  # بعد انسحاب عناصر التنظيم منها: the named side withdrew (القوات names none)
    takes = [
        c
        for c in earlier
        if c.action == "capture" and sentence.start <= c.cues[0].start < cue.start
    ]
    if not takes or cand.roles.actor1 not in ("", "unknown", takes[-1].roles.actor1):
        return
    loser = takes[-1].roles.actor2
    loser = "" if loser in ("civilians", "unknown") else loser
    cand.roles = replace(
        cand.roles, actor1=loser, actor2="", assoc=(), rule="withdrew_from_the_taker"
    )


def take_side_fought(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, ctx: ActorContext
) -> None:
    """A capture naming no loser takes the side it was fought with or that withdrew, told in a
    clause right after it (حررت القوات البلدة بعد معارك عنيفة مع عناصر التنظيم، سيطرت … اثر
    انسحاب مقاتلي الفصائل منها): that side is named with the capture, not guessed."""
    if cand.action != "capture" or not cand.roles.actor1 or cand.roles.actor2:
        return
    text = mentions.text
    start = cand.cues[-1].end
    stop = CLAUSE_TURN.search(text, start, sentence.end)
    end = stop.start() if stop else sentence.end
    m = SIDE_FOUGHT.search(text, start, end)
    if m is None:
        return
    mine = {c.start for c in cand.cues}
    if any(h.start not in mine for h in mentions.inside("action", start, m.start())):
        return  # another action told between: the fight is that one's
    stop = NEXT_CLAUSE_WORD.search(text, m.end(), sentence.end)
    limit = stop.start() if stop else sentence.end
    country = cand.place.country if cand.place is not None else ctx.country
    sides = named_actors(m.end(), limit, mentions, ctx, country)
    family = {k: a.family for k, a in ctx.actors.items()}
    own = family.get(cand.roles.actor1, cand.roles.actor1)
    first = next((a for a in sides if a.actor_id != "civilians"), None)
    if first is None or words_between(text, m.end(), first.start) > 3:
        return
    if family.get(first.actor_id, first.actor_id) == own:
        return
    if m.group(0).strip().endswith("انسحاب") and not FROM_IT.match(text, first.end):
        return  # انسحاب طائرات التحالف من الأجواء: not a withdrawal from the place taken
    cand.roles.actor2 = first.actor_id
    cand.roles.rule += "+side_fought"


def lead_striker(
    cand: Candidate,
    strikes: list[Candidate],
    earlier: list[Candidate],
    text: str,
    ctx: ActorContext | None = None,
) -> Candidate | None:
    """The strike of the lead paragraph (the first body paragraph telling an event) when every
    event told so far names the one striker (no other side acts before the strike; an
    unidentified one does not count; a state and its own force, إيران and الحرس الثوري, are
    one side)."""
    family = {k: a.family for k, a in ctx.actors.items()} if ctx is not None else {}
    body = [c for c in earlier if not c.headline]
    if not body:
        return None
    first = body[0]
    lead = [c for c in body if "\n" not in text[first.span[0] : c.span[0]]]
    sides = {
        family.get(c.roles.actor1, c.roles.actor1)
        for c in earlier
        if c.roles.actor1 not in ("", "unknown", "civilians")
    }
    told = [c for c in strikes if c in lead]
    if len(sides) != 1 or not told or told[-1].roles.actor1 in ("unknown", "civilians"):
        return None
    return told[-1]


def in_focus(cand: Candidate, earlier: list[Candidate], text: str) -> list[Candidate]:
    """Earlier mentions of the same paragraph as cand, else of the headline (in text order)."""
    same = [c for c in earlier if "\n" not in text[c.span[1] : cand.span[0]]]
    return same or [c for c in earlier if c.headline]


def take_sides_in_focus(cand: Candidate, earlier: list[Candidate], mentions: DocMentions) -> None:
    """A clash that names no side is fought by the sides in focus.

    "Between the two sides" (بين الطرفين) points to actor1 and actor2 of the last event told
    before it that named both; a clash naming no side at all (حيث اندلعت معارك عنيفة) takes
    them only from the ground fight told just before it (the attack whose fighting it tells;
    not an air strike, whose target may not be fighting there).
    """
    if cand.action != "clash" or cand.roles.actor1 and cand.roles.actor2:
        return
    one_side = cand.roles.actor1 or cand.roles.actor2
    if one_side:  # خلال الاشتباك after a bombing of the two sides: the side told is one of them
        donor = earlier[-1] if earlier else None
        if donor is not None and two_armed_sides(donor) and one_side in two_sides(donor):
            cand.roles.actor1, cand.roles.actor2 = donor.roles.actor1, donor.roles.actor2
            cand.roles.rule += "+sides_in_focus"
        return
    both = [c for c in earlier if two_armed_sides(c)]
    if not any(h.entry.get("type") == "both_sides" for h in mentions.inside("role", *cand.span)):
        just_before = earlier[-1] if earlier else None
        both = [just_before] if just_before in both and just_before.action in GROUND_FIGHTS else []
    if both:
        cand.roles.actor1, cand.roles.actor2 = both[-1].roles.actor1, both[-1].roles.actor2
        cand.roles.rule += "+sides_in_focus"


def two_sides(c: Candidate) -> tuple[str, str]:
    """actor1 and actor2 of a mention."""
    return c.roles.actor1, c.roles.actor2


GROUND_FIGHTS = ("clash", "capture", "withdrawal")  # events whose sides fight on the ground


def two_armed_sides(c: Candidate) -> bool:
    """True for a mention naming both an actor1 and an actor2, neither of them civilians."""
    return bool(c.roles.actor1 and c.roles.actor2) and "civilians" not in (
        c.roles.actor1,
        c.roles.actor2,
    )


NON_STATE_ATTACKERS = ("rebel", "militia", "identity")
# فجّر أحدهما نفسه، قام أحدهم بتفجير نفسه، أحد الانتحاريين فجر نفسه: one of the men just counted
ONE_OF_THEM_BLEW_UP = norm_re(
    r"(?<!\w)(?:[وف]?(?:فجر|قام)\s+(?:احدهما|احدهم|احدهن)(?:\s+ب?(?:تفجير))?\s+نفسه"
    r"|(?:احدهما|احدهم)\s+(?:قد\s+)?(?:فجر|قام\s+بتفجير)\s+نفسه)(?!\w)"
)
STATE_TYPES = ("state", "external")


def take_attacker_in_focus(
    cand: Candidate, earlier: list[Candidate], mentions: DocMentions, lex: Lexicons
) -> None:
    """Suicide attackers with no group named (انتحاريون) belong to the attacking group in focus.

    That is the non-state actor1 of the last clash, bombing or attack of the paragraph (or
    headline); without one they stay `unknown`.
    """
    if cand.action not in ("bombing", "attack"):
        return
    suicide = [h for h in mentions.inside("action", *cand.span) if h.entry.get("suicide")]
    state = cand.roles.actor1 in lex.actors and lex.actors[cand.roles.actor1].type in STATE_TYPES
    target = lex.actors.get(cand.roles.actor2)
    if (
        cand.roles.actor1 in ("", "unknown")
        and target is not None
        and target.type in NON_STATE_ATTACKERS
        and (
            ONE_OF_THEM_BLEW_UP.search(mentions.text, cand.span[0], cand.span[1])
            or any(bombers_from(h, cand.roles.actor2, mentions, lex) for h in suicide)
        )
    ):  # مقتل عنصرين من التنظيم، فجّر أحدهما نفسه: the group of the dead is the bomber's
        cand.roles = replace(cand.roles, actor1=cand.roles.actor2, actor2="", assoc=())
        cand.roles.rule += "+one_of_the_dead_blew_up"
        return
    if not suicide or cand.roles.actor1 not in ("", "unknown") and not state:
        return  # a state's forces never blow themselves up: a state subject was the target
    attackers = [
        c.roles.actor1
        for c in in_focus(cand, earlier, mentions.text)
        if c.action in ("clash", "bombing", "attack")
        and c.roles.actor1 in lex.actors
        and lex.actors[c.roles.actor1].type in NON_STATE_ATTACKERS
    ]
    if not attackers:  # أنه فجّر نفسه after "قيادياً في التنظيم": the group named before him
        attackers = groups_named_before(cand, suicide[0].start, mentions, lex)
    if not attackers:  # تستعيد القائم من داعش … هجوم انتحاري استهدف تجمعاً للقوات: the enemy fought
        attackers = state_enemy_in_focus(cand, earlier, mentions.text, lex)
    if attackers:
        if state and not cand.roles.actor2:
            cand.roles.actor2 = cand.roles.actor1
        cand.roles.actor1 = attackers[-1]
        cand.roles.rule += "+attacker_in_focus"


BOMBERS_FROM = re.compile(r"\s+(?:من|ينتمون\s+(?:الي|ل)|ينتمي\s+(?:الي|ل)|تابعين\s+ل)\s*")


def bombers_from(hit: CueHit, group: str, mentions: DocMentions, lex: Lexicons) -> bool:
    """True when a suicide noun is followed by its men's group (ثلاثة انتحاريين من داعش؛
    انتحاري ينتمي إلى التنظيم): that group is the bomber's, not a victim's."""
    if not hit.surface.startswith(("انتحاري", "الانتحاري", "وانتحاري")):
        return False
    m = BOMBERS_FROM.match(mentions.text, hit.end)
    if m is None:
        return False
    for a in mentions.inside("actor", m.end(), m.end() + 30):
        ids = lex.anaphors[a.entry_id].candidates[:1] if a.kind == "anaphor" else [a.entry_id]
        return a.start == m.end() and group in ids
    return False


# groups whose men blow themselves up among state forces (an unclaimed suicide bombing in an
# article on the state's offensive against one of them is theirs)
SUICIDE_BOMBER_FAMILIES = ("isis", "hts", "al_qaeda")


def state_enemy_in_focus(
    cand: Candidate, earlier: list[Candidate], text: str, lex: Lexicons
) -> list[str]:
    """The one non-state side that the state forces in focus fight, capture from or strike
    (the enemy of an offensive told in the headline or paragraph), when the suicide attack hits
    no other side: a state's enemy, not the state, blows itself up among its forces. With no
    enemy in focus (a car bomb told in its own paragraph of an AFP or security-cell report on an
    offensive), the one enemy of the article's state forces told before it."""

    def state(side: str) -> bool:
        return side in lex.actors and lex.actors[side].type in STATE_TYPES

    def enemies_of(told: list[Candidate], unsaid: bool = False) -> set[str]:
        return {
            c.roles.actor2
            for c in told
            if c.action in ("clash", "capture", "airstrike", "shelling")
            and (state(c.roles.actor1) or unsaid and c.action == "clash" and not c.roles.actor1)
            and c.roles.actor2 in lex.actors
            and lex.actors[c.roles.actor2].type in NON_STATE_ATTACKERS
        }

    enemies = enemies_of(in_focus(cand, earlier, text))
    if (
        not enemies
        and cand.roles.actor2 != "civilians"  # a market bombing elsewhere: not told as theirs
        and any(state(c.roles.actor1) for c in earlier if c.action != cand.action)
    ):
        # «وخاضت مواجهات شرسة مع الجهاديين» after the state forces' assault: their fight; only
        # a jihadist enemy (rebels told fighting the regime send no suicide bombers of theirs)
        enemies = enemies_of(earlier, unsaid=True)
        if not all(lex.actors[e].family in SUICIDE_BOMBER_FAMILIES for e in enemies):
            return []
    target = cand.roles.actor2
    if len(enemies) != 1 or target in enemies:
        return []
    hit = lex.actors.get(target)
    if target and (hit is None or hit.type not in (*STATE_TYPES, "civilians")):
        return []
    return sorted(enemies)


def groups_named_before(
    cand: Candidate, pos: int, mentions: DocMentions, lex: Lexicons
) -> list[str]:
    """Non-state armed groups named earlier in the sentence of a cue (co-reference words by
    their first candidate: التنظيم → isis), other than the event's actor2."""
    text = mentions.text
    lo = max(text.rfind(".", 0, cand.span[0]), text.rfind("\n", 0, cand.span[0])) + 1
    out = []
    for m in mentions.inside("actor", lo, pos):
        ids = lex.anaphors[m.entry_id].candidates[:1] if m.kind == "anaphor" else [m.entry_id]
        out += [
            x
            for x in ids
            if x in lex.actors
            and lex.actors[x].type in NON_STATE_ATTACKERS
            and x != cand.roles.actor2
        ]
    return out


def strike_told_again(cand: Candidate, before: list[Candidate], mentions: DocMentions) -> None:
    """A bare "قصفت" (or the definite القصف in the next sentence, with no side in its clause)
    with no subject after an air strike is that striker's.

    استهدفت طائرة حربية روسية بغارتين منزلاً …، كما قصفت محيط قرية الشيخ بحر: the verb
    names no side and no platform, so its subject is the aircraft of the clause before.
    """
    if cand.action != "shelling" or not cand.weak_action or not before:
        return
    strike = before[-1]
    cue = cand.cues[0]
    if strike.action != "airstrike":
        return
    if cand.sentence - strike.sentence > (1 if cue.prefix.endswith(("ال", "لل")) else 0):
        return  # كما طال القصف مواقع …: the definite noun is the strikes just told, if no side
    if cand.roles.actor1 not in ("", strike.roles.actor1):
        return  # قصفاً عنيفاً من قبل قوات البيشمركة: a side of its own
    if mentions.inside("actor", cand.part_span[0], cue.start):
        return
    if cue.prefix in ("ب", "وب") and any(
        n.value is not None for n in mentions.inside("number", strike.cues[-1].end, cue.start)
    ):
        return  # قتل 6 بغارات على كفرنبل، و3 آخرون بقصف على حاس: its own dead, by shelling
    cand.action = "airstrike"
    if not cand.roles.actor1:
        cand.roles.actor1 = strike.roles.actor1
    cand.roles.rule += "+strike_told_again"


FRAMEWORK = re.compile(r"(?<!\w)و?(?:في|ضمن)\s+(?:ال)?اطار\s+(?:\S+\s+)?$")
AIMED = norm_re(  # في إطار هجوم يهدف إلى …، حملة ترمي إلى …: a campaign told by its aim
    r"\s+(?:[^\s،,.]+\s+){0,2}?(?:يهدف|تهدف|الهادف|الهادفه|هدفها|هدفه|يرمي|ترمي|الرامي|الراميه)(?!\w)"
)


def framing_campaigns(cands: list[Candidate], sentence: Sentence, text: str) -> list[Candidate]:
    """The campaigns other events of the sentence are part of (سيطرت القوات على القرية، في إطار
    هجوم يهدف إلى عزل المدينة; في إطار الهجوم على الرقة، قصفت الطائرات …): no event of their own.

    A candidate told only by cues right after في إطار / ضمن إطار is dropped only when another
    candidate of the sentence is told outside that phrase (before it, or in another clause).
    A campaign told by its aim (ويحاصر المقاتلون المدينة، في إطار هجوم يهدف إلى قطع طريق
    الإمداد) is dropped too. When the strike after في إطار is the sentence's only telling of it (قتل 6 مدنيين أمس في إطار
    قصف مدفعي … استهدف بلدة الهبيط), it is the event.
    """

    def frame_of(c: Candidate) -> int | None:
        starts = []
        for cue in c.cues:
            m = FRAMEWORK.search(text, max(sentence.start, cue.start - 30), cue.start)
            if m is None:
                return None
            starts.append(m.start())
        return min(starts) if starts else None

    out = []
    for c in cands:
        at = frame_of(c)
        if at is None:
            continue
        part = sentence.part_of(at)
        if AIMED.match(text, max(cue.end for cue in c.cues)) or any(
            o is not c
            and frame_of(o) is None
            and all(cue.end <= at or sentence.part_of(cue.start) != part for cue in o.cues)
            for o in cands
        ):
            out.append(c)
    return out


def civilians_fleeing(cand: Candidate, sentence: Sentence, mentions: DocMentions) -> bool:
    """Civilians who flee (الآلاف من الأهالي … فرّوا باتجاه البادية) are no withdrawal.

    A withdrawal told only by a flight cue is no event when its actor1 is civilians, or
    when it has no armed actor1 and the sentence names civilians before the cue.
    """
    if cand.action != "withdrawal":
        return False
    if cand.cues and all(c.entry_id == VACATE_CUE for c in cand.cues):
        return cand.roles.actor1 in ("", "unknown", "civilians")  # أخلت فرق الدفاع المدني مقراتها
    if any(c.entry_id != FLIGHT_CUE for c in cand.cues):
        return False
    if cand.roles.actor1 == "civilians":
        return True
    cue = cand.cues[0]
    if UNARMED_FLEEING.search(
        mentions.text, max(sentence.start, cue.start - FLIGHT_SUBJECT_CHARS), cue.start
    ) or UNARMED_AFTER.match(mentions.text, cue.end, sentence.end):
        return True  # تمكن نحو 500 سجين من الهروب: the prisoners, whoever else the clause names
    if CIVILIANS_COUNTED_AFTER.match(mentions.text, cue.end, sentence.end):
        return True  # يسيطرون على الموصل وفرار مئات الآلاف من السكان: the town's people flee
    if cand.roles.actor1 not in ("", "unknown"):
        return False
    # named before the cue, or as its subject right after it (وفرّ مئات المدنيين من البلدة)
    after = (cue.end, min(sentence.end, cue.end + FLIGHT_SUBJECT_CHARS))
    return any(
        any(h.entry.get("type") == "civilian" for h in mentions.inside("role", *span))
        or any(a.entry_id == "civilians" for a in mentions.inside("actor", *span))
        or UNARMED_FLEEING.search(mentions.text, *span)
        for span in ((sentence.start, cue.start), after)
    )


FLIGHT_SUBJECT_CHARS = 25

# prisoners who escape (تمكن مئات السجناء من الفرار من سجن أبو غريب؛ أسفر الهجوم عن فرار أكثر
# من 500 سجين) and a community driven out (فرّ آلاف الإيزيديين من سنجار) hold no ground: their
# flight is no withdrawal (codebook §2: withdrawal is a side leaving a place)
UNARMED_FLEEING = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:سجين|سجينا|سجناء|مساجين|معتقلين|المعتقلون|معتقلون|موقوفين|نزلاء|"
    r"محكومين|ايزيدي|ايزيديين|ايزيديون|ايزيديه|يزيدي|يزيديين|مسيحيين|مسيحيون|تركمان)(?!\w)"
)
UNARMED_AFTER = norm_re(r"\s+(?:[^\s,،.؛]+\s+){0,3}?" + UNARMED_FLEEING.pattern)  # فرار 500 سجين
# the people who flee, told right after the flight noun with at most a count before them (وفرار
# مئات الآلاف من السكان؛ فرار آلاف العائلات؛ هروب نحو 200 ألف مدني): whichever armed side the
# sentence names as the taker of the town, the flight is the civilians' (session 16, hE5)
CIVILIANS_COUNTED_AFTER = norm_re(
    r"\s+(?:(?:\d[\d,.]*|نحو|قرابة|حوالي|زهاء|أكثر|اكثر|من|مئات|آلاف|الآلاف|ألف|الف|عشرات|"
    r"ملايين|مليون|الوف|ألوف)\s+)*(?:ال)?(?:سكان|مدنيين|مدني|المدنيين|أهالي|عائلات|عائلة|أسر|"
    r"نساء|أطفال|نازحين|مواطنين|مواطن|قاطنين|شخص|أشخاص)(?!\w)"
)

# انسحب وفد المعارضة من جلسة المفاوضات، انسحبت الكتلة من البرلمان: a walkout, no territory
WALKOUT = norm_re(
    r"\s+(?:\S+\s+){0,4}?من\s+(?:ال)?(?:جلس[هة]|جلسات|اجتماع|اجتماعات|مفاوضات|"
    r"محادثات|حكوم[هة]|برلمان|انتخابات|اتفاق|اتفاقي[هة]|تحالف|عملي[هة]\s+(?:ال)?سياسي[هة]|مؤتمر|"
    r"قائم[هة]|كتل[هة]|تصويت|قاع[هة]|حوار|سباق|ترشح|لجن[هة]|مجلس\s+(?:ال)?(?:نواب|وزراء|محافظ[هة])|"
    r"معاهد[هة])(?!\w)"
)


# أجبرت قوات النظام مقاتلي المعارضة على الانسحاب: the forced side withdraws
FORCED_TO = re.compile(
    r"(?<!\w)[وف]?(?:اجبر|اجبرت|اجبروا|ارغم|ارغمت|ارغموا|اضطر|اضطرت|اضطروا)"
    r"(هم|ها|ه|هما)?(?!\w)((?:\s+\S+){0,12}?)\s*(?:(?:علي|الي)\s+)?$"
)


def forced_to_withdraw(
    cand: Candidate, mentions: DocMentions, ctx: ActorContext | None = None
) -> None:
    """A withdrawal the side named after a forcing verb was made to do (أجبرت قوات النظام مقاتلي
    المعارضة على الانسحاب من اللطامنة، اضطرت قوات النظام فصائل المعارضة للانسحاب) is that side's,
    not the forcing side's. After the verb come its subject, with the sides joined to it by و,
    then its object: the first side not so joined (أجبر الجيش التركي والفصائل الموالية له وحدات
    حماية الشعب على …). A lone side is the one that withdraws (اضطرت قوات النظام إلى الانسحاب; قوات
    النظام أجبرت المعارضة على …); a pronoun object (أجبرتهم) is left to the other rules."""
    if cand.action != "withdrawal" or not cand.cues:
        return
    cue = cand.cues[0]
    text = mentions.text
    window = max(0, cue.start - 160)
    before = text[window : cue.start]
    m = FORCED_TO.search(before)
    if not m or m.group(1):
        return
    if not (re.search(r"(?:علي|الي)\s+$", before) or cue.prefix.startswith("ل")):
        return
    named = mentions.inside("actor", window + m.start(2), window + m.end(2))
    if not named:
        return
    forced = named[0]
    for prev, a in itertools.pairwise(named):
        if not re.match(r"\s*و", text[prev.end : a.start]):
            forced = a
            break
    else:
        if len(named) > 1:
            return  # one run of sides joined by و: subject or object, it cannot be told
    forced = named_after_noun(forced, named, text)
    forced_id = forced.entry_id
    if forced.kind == "anaphor":
        if forced is named[0] or ctx is None:
            return  # أرغموا عناصر التنظيم …: left to the co-reference of the other rules
        country = cand.place.country if cand.place is not None else ctx.country
        # أرغمت قسد والتحالف عناصر التنظيم على الفرار: the object named back after a subject
        forced_id = ctx.resolve_anaphor(forced.entry_id, country, forced.start) or ""
        if not forced_id or forced_id == "civilians":
            return
    if forced_id != cand.roles.actor1:
        cand.roles = replace(
            cand.roles, actor1=forced_id, actor2="", assoc=(), rule="forced_to_withdraw"
        )


def named_after_noun(side: Any, named: list[Any], text: str) -> Any:
    """The side a fighters' noun is told of (مسلحي داعش، عناصر التنظيم الإرهابي): the name
    right after the noun (only a space between), else the noun itself."""
    if side.kind != "anaphor" or not in_construct(text[side.start : side.end]):
        return side
    later = [a for a in named if a.start >= side.end and a.kind == "actor"]
    if later and not text[side.end : later[0].start].strip():
        return later[0]
    return side


# أجبرت الفصائل قوات النظام على التراجع من القرية بعد اشتباكات: a forcing verb, its subject and
# object, then the retreat it forced
FORCED_RETREAT = norm_re(
    r"(?<!\w)[وف]?(?:اجبر|اجبرت|اجبروا|ارغم|ارغمت|ارغموا)(?!\w)((?:\s+[^\s،,.؛]+){1,12}?)\s+"
    r"(?:(?:علي|الي)\s+(?:ال)?|ل(?:ل)?)(?:انسحاب|تراجع|فرار|هروب|تقهقر|انكفاء|خروج|ترك|اخلاء)(?!\w)"
)


def forcing_side_fights(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, ctx: ActorContext
) -> None:
    """The clash of a sentence that tells one side forcing another to retreat (وأجبرت الفصائل
    قوات النظام على التراجع من قرية الحماميات بعد اشتباكات عنيفة) is the forcing side's against
    the forced one: the subject of the forcing verb is actor1 (named first, codebook §4), the
    side it forced is actor2. Only when the clash had taken the forced side, or none, as its
    actor1 (a side told with its own attack verb keeps it)."""
    if cand.action != "clash" or not cand.cues:
        return
    text = mentions.text
    m = FORCED_RETREAT.search(text, sentence.start, sentence.end)
    if m is None:
        return
    country = cand.place.country if cand.place is not None else ctx.country
    named = mentions.inside("actor", m.start(1), m.end(1))
    sides: list[Any] = []
    for a in named:  # مسلحي داعش: a fighters' noun and the name right after it are one side
        if (
            sides
            and sides[-1].kind == "anaphor"
            and in_construct(text[sides[-1].start : sides[-1].end])
            and not text[sides[-1].end : a.start].strip()
        ):
            sides[-1] = a
        else:
            sides.append(a)
    if len(sides) < 2:
        return
    forced = None
    for prev, a in itertools.pairwise(sides):
        if not re.match(r"\s*و", text[prev.end : a.start]):
            forced = a
            break
    if forced is None:
        return
    ids = [
        (ctx.resolve_anaphor(a.entry_id, country, a.start) or "")
        if a.kind == "anaphor"
        else a.entry_id
        for a in (sides[0], forced)
    ]
    forcer_id, forced_id = ids
    if not forcer_id or not forced_id or forcer_id == forced_id or "civilians" in ids:
        return
    if cand.roles.actor1 not in ("", "unknown", forced_id):
        return
    cand.roles = replace(
        cand.roles,
        actor1=forcer_id,
        actor2=forced_id,
        assoc=(),
        rule="forcing_side_fights",
    )


# what a struck column or group was on its way to do (رتلاً كان يعد لمهاجمة مواقع الجيش): the side
# named after it is that aim's target, not the strike's
PURPOSE_OF_STRUCK = norm_re(
    r"(?<!\w)(?:لمهاجمه|للهجوم|لشن|لاستهداف|لاقتحام|للتسلل|للاعتداء|للتعرض)(?!\w)"
)
STRIKES = ("airstrike", "shelling")


def aim_of_the_struck(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, ctx: ActorContext
) -> None:
    """A strike on a force told with what that force meant to do (وقصفت الطائرات رتلاً كان
    يعد لمهاجمة مواقع الجيش قرب الطارمية) did not strike the side named in that aim: actor2 is
    left empty when it was named only after the purpose word (codebook §4: the side acted upon;
    the column is the enemy of the side it meant to attack)."""
    if cand.action not in STRIKES or not cand.roles.actor2 or not cand.cues:
        return
    text = mentions.text
    start = cand.cues[-1].end
    m = PURPOSE_OF_STRUCK.search(text, start, sentence.end)
    if m is None or re.search(r"[،,.؛;:]", text[start : m.start()]):
        return
    country = cand.place.country if cand.place is not None else ctx.country

    def resolved(a: Any) -> str:
        return (
            (ctx.resolve_anaphor(a.entry_id, country, a.start) or "")
            if a.kind == "anaphor"
            else a.entry_id
        )

    if any(
        resolved(a) == cand.roles.actor2
        for a in mentions.inside("actor", sentence.start, m.start())
    ):
        return
    if not any(
        resolved(a) == cand.roles.actor2 for a in mentions.inside("actor", m.end(), sentence.end)
    ):
        return
    cand.roles = replace(cand.roles, actor2="", rule=cand.roles.rule + "+aim_of_the_struck")


FROM_CONTROL = re.compile(r"(?<!\w)من\s+$")
CONTROL_OF = norm_re(r"(?:\s+[^\s,،.]+){1,6}?\s+علي(?:ها|ه|هم|هما)?(?!\w)")


def lost_control(cand: Candidate, mentions: DocMentions) -> None:
    """A capture told only by «من سيطرة X / من قبضة X» (انتزعت الفصائل البلدة من سيطرة داعش؛
    أخرجت البيشمركة بعشيقة من سيطرة التنظيم, whose verbs are no capture cues) was taken from X:
    X is the loser, never the taker. X taking control «of» a place (بعد ساعات من سيطرة قوات النظام
    عليها) is a capture by X and stays as it is."""
    text = mentions.text
    if (
        cand.action != "capture"
        or not cand.cues
        or not all(
            c.surface in ("سيطره", "قبضه")
            and FROM_CONTROL.search(text, max(0, c.start - 8), c.start)
            and not CONTROL_OF.match(text, c.end)
            for c in cand.cues
        )
    ):
        return
    cue = cand.cues[-1]
    held = next(
        (
            a.entry_id
            for a in mentions.inside("actor", cue.end, cue.end + 40)
            if a.kind != "anaphor" and words_between(text, cue.end, a.start) <= 1
        ),
        None,
    )
    if held is None:
        return
    taker = cand.roles.actor1 if cand.roles.actor1 != held else ""
    cand.roles = replace(cand.roles, actor1=taker, actor2=held, rule="lost_control")


SHOOTING_CUES = frozenset({"attack.sniper", "attack.shoot", "attack.open_fire"})


def shootings_of_a_protest(
    cands: list[Candidate], sentence: Sentence, mentions: DocMentions
) -> list[Candidate]:
    """A shooting told in the clause of a protest (قتل شابان برصاص الأمن خلال مظاهرة؛ أطلق عناصر
    أمن الرصاص الحي على مظاهرة حاشدة وقتلوا ثمانية متظاهرين) is the force used on that protest
    (codebook §2: Excessive force against protesters), not an attack of its own."""
    protests = [c for c in cands if c.action == "protest" and c.sentence == sentence.index]
    out = []
    for c in cands:
        if c.action != "attack" or not all(h.entry_id in SHOOTING_CUES for h in c.cues):
            continue
        if any(
            sentence.part_of(p.cues[0].start) == sentence.part_of(c.cues[0].start) for p in protests
        ):
            out.append(c)
    return out


# protesters named as the ones the place was taken from (استعادت قوات الأمن السيطرة على مبنى المطعم
# التركي الذي يتحصن فيه المحتجون؛ فرضت سيطرتها على ميناء أم قصر بعد أن أغلقه المحتجون)
PROTESTERS_NEAR = re.compile(
    r"(?<!\w)(?:[وبل]|لل)?(?:ال)?(?:متظاهر|محتج|معتصم)(?:ا|ان|ين|ون|ات)?(?!\w)"
)
PROTEST_SITE_CHARS = 80


def protest_site_retaken(
    cand: Candidate, sentence: Sentence, mentions: DocMentions, lex: Lexicons
) -> bool:
    """A square, a bridge, a building or a port a state force takes back from protesters is a
    protest met with force or nothing, no territory changing hands (codebook §2: captures are
    of territory between armed sides), so no capture (session 14)."""
    if cand.action != "capture" or not cand.cues:
        return False
    actor = lex.actors.get(cand.roles.actor1)
    if actor is None or actor.type not in STATE_TYPES:
        return False
    if cand.roles.actor2 == "protesters":
        return True
    end = cand.cues[-1].end
    return bool(
        PROTESTERS_NEAR.search(mentions.text, end, min(sentence.end, end + PROTEST_SITE_CHARS))
    )


def political_walkout(cand: Candidate, text: str) -> bool:
    """A withdrawal from a session, talks, a government, an agreement or a list (انسحب وفد
    المعارضة من جلسة المفاوضات) is politics, not a side leaving territory: no event."""
    return cand.action == "withdrawal" and any(
        c.entry_id == "withdrawal.withdraw" and WALKOUT.match(text, c.end) for c in cand.cues
    )


NEAR_VAGUE_KM = 25  # a town this near the place of a vaguely placed event may be where it hit


# بعد وفاة طفل متأثراً بجراحه في مشفى عفرين: the town where a hospital is tells no other scene
HOSPITAL_SEAT = re.compile(r"(?<!\w)(?:ال)?(?:مشفي|مستشفي|مشافي|مستشفيات)\s+(?:\S+\s+){0,2}$")


def follows_up(
    sentence: Sentence, mentions: DocMentions, previous: Candidate, *, counted_by_noun: bool = False
) -> bool:
    """True when a sentence with no event of its own tells the outcome of the event before it.

    It needs a result verb (أسفر، أدى إلى), a killing verb (وقتلت أكثر من 40) or a wounding
    verb opening it (وأصيب أربعة مدنيين بجروح), and must not name a town other than that event's.
    ``counted_by_noun``: the caller has checked that a noun counts the dead (ووثق المرصد ثلاثة
    قتلى), which stands for the verb.
    """
    span = (sentence.start, sentence.end)
    result = any(h.entry.get("type") == "result" for h in mentions.inside("link", *span))
    killing = any(
        h.entry_id in KILLING_VERBS
        or (
            h.entry_id == WOUNDING_VERB
            and (
                h.start < sentence.start + WOUNDING_VERB_CHARS
                or REPORTED_WOUNDED.match(mentions.text, sentence.start)
            )
        )
        for h in mentions.inside("casualty", *span)
    )
    named = [
        p.town
        for p in mentions.inside("place", *span)
        if p.town.kind not in WIDE_KINDS
        and not (
            HOSPITAL_SEAT.search(mentions.text, max(0, p.start - 40), p.start)
            and (previous.place is None or p.town.id != previous.place.id)
        )
    ]
    towns = {t.id for t in named}
    elsewhere = bool(towns) and (previous.place is None or previous.place.id not in towns)
    if elsewhere and previous.place is not None and (previous.precision or 1) >= 2:
        # في محيط دمشق … في محيط بلدة الكسوة: a town near a vaguely placed event is where it hit
        elsewhere = any(distance_km(previous.place, t) > NEAR_VAGUE_KM for t in named)
    final = final_count_start(mentions.text, *span) is not None
    rising = rising_count(mentions.text, *span)
    if not (final or rising) and (
        NEW_TOPIC.match(mentions.text, sentence.start)
        or dated_elsewhere(sentence, mentions, previous)
    ):
        return False  # إلى ذلك، … / a sentence told on another day: its own event's figures
    return (result or killing or final or rising or counted_by_noun) and not elsewhere


def noun_count_follow_up(
    sentence: Sentence,
    mentions: DocMentions,
    previous: Candidate,
    earlier: list[Candidate],
    res: Resources,
    last_reporter: str,
) -> bool:
    """True for a sentence with no event of its own that counts the dead or wounded only by a
    noun (وانتشلت فرق الدفاع المدني جثث خمسة مدنيين؛ ووثق المرصد ثلاثة قتلى؛ وقال المصدر إن
    عدد الشهداء بلغ أحد عشر شهيداً): it tells the outcome of the event before when that event
    has no figure yet and no earlier mention of an event of its kind nearby (جرمانا، دمشق) was
    counted. Not a second source's count
    (a reporter other than the event's: وقال المرصد إن عدد القتلى بلغ 34 after the state
    television's account), an estimate (قدّره ناشطون بـ 68 قتيلاً، بحسب تقديرات), a count over
    a period (منذ بدء الحملة، خلال الشهر) or a sentence that follows up for no other reason
    (another town, another day, إلى ذلك)."""
    if previous.figures:
        return False
    span = (sentence.start, sentence.end)
    text = mentions.text
    hits = mentions.inside("casualty", *span)
    if not any(h.entry_id in COUNTED_NOUNS for h in hits):
        return False
    if ESTIMATE.search(text, *span) or PERIOD_COUNT.search(text, *span):
        return False
    if any(
        c is not previous
        and c.figures
        and c.action == previous.action
        and (
            c.place is None
            or previous.place is None
            or distance_km(c.place, previous.place) <= NEAR_VAGUE_KM
        )
        for c in earlier
    ):
        return False  # the event was counted when told first: this is a second count of it
    reporters = {
        last_reporter if res.reporter_entries[m.entry_id].get("anaphor") else m.entry_id
        for m in mentions.inside("reporter", *span)
    } - {""}
    if previous.source and reporters and reporters != {previous.source}:
        if reporters != {"medical_source"}:
            return False  # another source's count of the event
        # أفاد مصدر أمني بأن قوات الجيش اقتحمت ساحة الاعتصام …. وقال مصدر طبي إن المستشفى تسلم
        # جثث 27 شخصاً: a hospital counts the dead of the event a security source told
    return follows_up(sentence, mentions, previous, counted_by_noun=True)


NEW_TOPIC = norm_re(
    r"\s*[\"«]?(?:الي ذلك|إلى ذلك|وفي تطور لاحق|في تطور لاحق|وفي سياق (?:اخر|منفصل)|في سياق (?:اخر|منفصل)"
    r"|وفي حادث(?:ه)? (?:اخر|منفصل)(?:ه)?|من جهه اخري|ومن جهه اخري|وعلي صعيد اخر|وفي حادث اخر)(?!\w)"
)


def dated_elsewhere(sentence: Sentence, mentions: DocMentions, previous: Candidate) -> bool:
    """True when the sentence tells a day or month other than the event before it."""
    if previous.date is None or previous.date.date is None:
        return False
    cas = [
        h.start
        for h in mentions.inside("casualty", sentence.start, sentence.end)
        if h.entry.get("type") in ("killed", "injured")
    ]
    first = min(cas, default=sentence.end)
    for d in mentions.inside("date", sentence.start, first):
        if d.date is None or d.precision not in ("day", "month", "year") or d.kind != "point":
            continue
        if (
            d.precision == "day"
            and previous.date.precision == "day"
            and d.date != previous.date.date
        ):
            return True
        if d.date.year != previous.date.date.year:
            return True
    return False


def event_across_a_statement(
    out: list[Candidate],
    sentences: list[Sentence],
    s: Sentence,
    mentions: DocMentions,
    taken: list[tuple[int, int]],
) -> Candidate | None:
    """The event told two sentences before when the sentence between, in the count's paragraph,
    tells no event and no figure (هجوم على كركوك. وقال المحافظ إن الوضع تحت السيطرة. وفي حصيلة
    غير نهائية للهجوم، قالت مصادر أمنية إن 46 شخصاً قتلوا): a statement does not end the story."""
    if s.index < 2 or s.kind == "headline":
        return None
    between = sentences[s.index - 1]
    if between.kind == "headline" or between.index != s.index - 1:
        return None
    if any(c.sentence == between.index for c in out):
        return None
    if "\n" in mentions.text[between.end : s.start]:
        return None  # the count opens a paragraph of its own
    if sentence_figures(between.start, between.end, mentions, taken):
        return None
    count = NEW_COUNT.search(mentions.text, s.start, s.end)
    if count is not None:  # وفي حصيلة غير نهائية لهجوم كركوك: the event of that noun
        named = {
            c.entry_id
            for c in mentions.inside("action", count.end(), count.end() + COUNT_OF_EVENT_CHARS)
        }
        told = [c for c in out if c.sentence == s.index - 2]
        same = [c for c in told if any(cue.entry_id in named for cue in c.cues)]
        if same:
            return same[0]
    return first_of_last_clause(out, s.index - 2)


def event_of_town_named(
    out: list[Candidate], previous: Candidate, sentence: Sentence, mentions: DocMentions
) -> Candidate:
    """The event a sentence with no event of its own follows up when it names the town of one
    of the events told together with ``previous`` (لم تمنع الغارات على البوكمال … من تجدد
    الهجمات، إذ تعرضت قاعدة عين الأسد لهجوم. … أفاد المرصد بأن الضربات طالت مستودعاً شرق
    البوكمال، مشيراً إلى مقتل سبعة): that event, not the last clause's (session 16, hU5)."""
    if previous.place is None:
        return previous
    told = [c for c in out if c.sentence == previous.sentence]
    if len(told) < 2:
        return previous
    towns = {
        p.town.id
        for p in mentions.inside("place", sentence.start, sentence.end)
        if p.town.kind not in WIDE_KINDS
    }
    if not towns or previous.place.id in towns:
        return previous
    own = [c for c in told if c.place is not None and c.place.id in towns]
    if len({c.place.id for c in own}) != 1 or any(c.place is None for c in told):
        return previous
    return own[0]


def first_of_last_clause(out: list[Candidate], index: int) -> Candidate | None:
    """The event a next sentence's figures follow up: of the events told together in the last
    clause of sentence ``index`` (ضربات جوية وقصفاً مدفعياً …), the first (CODEBOOK §7)."""
    told = [c for c in out if c.sentence == index]
    if not told:
        return None
    return next(c for c in told if c.span == told[-1].span)


# a protest told only by its noun or its crowd (واصل المتظاهرون احتجاجاتهم؛ خرجت تظاهرات في …)
PROTEST_TOLD_CUES = frozenset(
    {
        "protest.demonstration",
        "protest.crowd_out",
        "protest.friday_crowd_out",
        "protest.crowd_gathered",
        "protest.crowd_with_purpose",
        "protest.march",
    }
)
# the protests named as whose dead are counted (ارتفع عدد ضحايا الاحتجاجات التي تشهدها بغداد)
COUNT_OF_PROTESTS = norm_re(
    r"(?<!\w)(?:عدد|حصيله)\s+(?:ال)?(?:ضحايا|قتلي|قتلى|جرحي|جرحى|شهداء|مصابي)\s+$"
)


def protests_counted(c: Candidate, text: str) -> bool:
    """True for a protest told only as the wave whose dead are counted (ارتفع عدد ضحايا
    الاحتجاجات … منذ الثلاثاء إلى 104 قتلى): a running toll (codebook §3, §8), no event
    (session 15, hI3)."""
    return (
        c.action == "protest"
        and bool(c.cues)
        and all(
            cue.entry_id in PROTEST_TOLD_CUES
            and COUNT_OF_PROTESTS.search(text, max(0, cue.start - 30), cue.start)
            and RISEN.search(text, max(0, cue.start - 50), cue.start)
            for cue in c.cues
        )
    )


def drop_running_count_of_protests(c: Candidate, text: str) -> None:
    """A protest told only by its noun or crowd takes no count told rising in its sentence
    (واصل المتظاهرون احتجاجاتهم في بغداد …، فيما ارتفعت حصيلة الضحايا إلى 93 قتيلاً): protests
    run for days, and a count told rising with them is the wave's running count (codebook §3,
    §8), not the dead of that day's protest in that town; the dead of a protest met with force
    (أطلقت القوات الأمنية النار عليهم، ما أدى إلى مقتل 3) stay its own (session 15, hI3)."""
    if c.action != "protest" or not c.cues or c.final_count:
        return
    if not all(cue.entry_id in PROTEST_TOLD_CUES for cue in c.cues):
        return
    for role in ("killed", "injured"):
        figs = [f for f in c.figures if f.role == role]
        if not figs or not risen(c, role, text):
            continue
        c.figures = [f for f in c.figures if f.role != role]
        if role == "killed":
            c.fatalities, c.estimated = None, False
        else:
            c.injured, c.injured_estimated = None, False


def rising_clause(text: str, start: int, end: int, figures: list[Figure]) -> list[Figure]:
    """The figures of the clause that tells the count rising (…إلى ستة مدنيين، بعد وفاة
    امرأتين: not the two who died of their wounds)."""
    m = RISEN.search(text, start, end)
    if m is None:
        return []
    stops = [i for i in (text.find(c, m.end(), end) for c in ',،".') if i >= 0]
    cause = RISE_CAUSE.search(text, m.end(), end)  # إلى 13 بعد وفاة خمسة من الجرحى: no comma
    clause_end = min(stops + ([cause.start()] if cause else []), default=end)
    return [f for f in figures if m.end() <= f.start < clause_end]


# why a count rose, told after it (بعد وفاة خمسة من الجرحى، إثر مقتل طفل): its dead are in the count
RISE_CAUSE = norm_re(r"(?<!\w)(?:بعد|اثر|إثر|عقب)\s+(?:وفاه|مقتل|استشهاد|موت)(?!\w)")


def rising_count(text: str, start: int, end: int) -> bool:
    """True for a count told rising with no period of its own (وارتفعت حصيلة القتلى إلى خمسة
    مدنيين، بعد وفاة امرأة): the sentence updates the event told right before it."""
    told = text[start:end]
    return (
        bool(RISEN.search(told))
        and "منذ" not in told
        and "خلال" not in told
        and not SEVERAL_OPERATIONS.search(told)
    )


# a count over several killings of a kind (وبذلك يرتفع عدد القتلى بعمليات الاغتيال في درعا إلى
# 19؛ ضحايا الاغتيالات): a running toll of many events, not the count of the one told before
SEVERAL_OPERATIONS = re.compile(
    r"(?<!\w)(?:[بلف]|في\s+)?(?:(?:ال)?(?:عمليات|حوادث|حالات)\s+(?:ال)?(?:اغتيال|قتل|تصفيه|خطف"
    r"|مماثله|مشابهه)|(?:ال)?اغتيالات)(?!\w)"
)


NEW_COUNT = norm_re(
    r"(?<!\w)(?:ال)?حصيله\s+(?:(?:ال)?(?:جديده|محدثه|اوليه)|غير\s+نها[ءئ]?يه)(?!\w)"
)
COUNT_OF_EVENT_CHARS = 30  # وفي حصيلة غير نهائية لهجوم كركوك: the noun names the event counted


def new_count(text: str, start: int, end: int) -> bool:
    """True for a count told as a new toll with no period of its own (وفي حصيلة جديدة، قال
    المرصد إن 78 مقاتلاً قتلوا، في أكبر حصيلة منذ …): it updates the event told right before it.
    A "since" that only compares (أكبر حصيلة منذ) tells no period."""
    if NEW_COUNT.search(text, start, end) is None or "خلال" in text[start:end]:
        return False
    since = [m.start() for m in re.finditer(r"(?<!\w)منذ(?!\w)", text[start:end])]
    return all(compares_since_word(text, start + i) for i in since)


def tells_own_scene(s: Sentence, mentions: DocMentions, previous: Candidate | None = None) -> bool:
    """True when a sentence names a place (a country too) or an action of its own (… 40 مدنياً
    قتلوا اليوم في سوريا؛ 25 عنصراً قتلوا في اشتباكات مع داعش): its count is not the update of
    the event told before it. The town of that event and the noun the count is told of (وفي
    حصيلة غير نهائية لهجوم كركوك) are not a scene of its own."""
    count = NEW_COUNT.search(mentions.text, s.start, s.end)
    own_town = previous.place.id if previous is not None and previous.place is not None else None
    places = [p for p in mentions.inside("place", s.start, s.end) if p.town.id != own_town]
    return bool(places) or any(
        c.entry.get("strength") == "specific"
        and not (count is not None and count.end() <= c.start < count.end() + COUNT_OF_EVENT_CHARS)
        for c in mentions.inside("action", s.start, s.end)
    )  # not the generic إطلاق النار of a ceasefire (منذ بدء سريان وقف إطلاق النار)


def new_count_event(
    rows: list[Toll], events: list[Event], text: str, *, told_as_new: bool = True
) -> Event | None:
    """The event a one-row, period-less count told as a new toll (وفي حصيلة جديدة …) updates:
    the last event with a mention in the sentence right before it, told of its place or of none."""
    rows = whole_rows(rows)
    if len(rows) != 1 or rows[0].period_start or rows[0].period_end:
        return None
    row = rows[0]
    if (
        row.killed is None
        and row.injured is None
        or (told_as_new and not NEW_COUNT.search(normalize_key(row.sentence)))
    ):
        return None
    before = []
    for e in events:
        if row.location not in ("", e.location):
            continue
        ends = [e.char_end] + [m["span"][1] for m in e.provenance.get("mentions", [])]
        for end in ends:
            gap = text[end : row.char_start].rstrip(" .\n")
            if end <= row.char_start and not re.search(r"[.!?؟\n]", gap):
                before.append((end, e))
    return max(before, key=lambda x: x[0])[1] if before else None


# a count told as reached, with no period (فإن حصيلة القتلى بلغت 25 عنصراً؛ فقد بلغت حصيلة القتلى 25)
COUNT_REACHED = norm_re(
    r"(?<!\w)(?:ال)?حصيلة\s+(?:ال)?(?:قتلى|ضحايا|شهداء|جرحى|مصابين)\s+(?:بلغت|وصلت\s+(?:الى|إلى))(?!\w)"
    r"|(?<!\w)[وف]?(?:قد\s+)?(?:بلغت|وصلت)\s+(?:ال)?حصيلة\s+(?:ال)?(?:قتلى|ضحايا|شهداء|جرحى|مصابين)(?!\w)"
)


def reached_count_event(rows: list[Toll], events: list[Event], text: str) -> Event | None:
    """The event with no figure that a period-less count told as reached right after it counts
    (تعرضت حافلة لكمين على طريق الشولا. وبحسب المرصد، فإن حصيلة القتلى بلغت 25 عنصراً، بينما
    أصيب 13 آخرون): its dead, no toll (session 16, hU5). Only the event told in the sentence
    right before it (new_count_event's test), with no figure of the count's kind yet."""
    if not COUNT_REACHED.search(normalize_key(rows[0].sentence)):
        return None
    event = new_count_event(rows, events, text, told_as_new=False)
    row = whole_rows(rows)[0]
    if event is None or (event.fatalities if row.killed is not None else event.injured) is not None:
        return None
    return event


FINAL_COUNT = norm_re(
    r"(?<!\w)(?:[ول]?(?:تصبح|يصبح|اصبحت|باتت)\s+)?(?:ال)?حصيله\s+(?:ال)?نهائيه(?!\w)"
    r"|(?<!\w)[ول]?(?:تصبح|اصبحت)\s+(?:ال)?حصيله(?!\w)"
)


def final_count_start(text: str, start: int, end: int) -> int | None:
    """Where a final count is told in a span (لتصبح الحصيلة النهائية ستة قتلى), if it is."""
    m = FINAL_COUNT.search(text, start, end)
    return m.end() if m else None


def take_date_of_figure(
    cand: Candidate, fig: Figure, sentence: Sentence, mentions: DocMentions
) -> None:
    """An undated event takes the date told with its casualty figure (21 قتلوا … ليلة أول من أمس)."""
    part = sentence.parts[sentence.part_of(fig.start)]
    if mentions.inside("action", *part):
        return
    dates = [d for d in mentions.inside("date", *part) if d.kind == "point"]
    if dates:
        cand.date = min(dates, key=lambda d: abs(d.start - fig.start))
        cand.date_rule = f"casualty_clause:{cand.date.rule}"


TOLD_TO = norm_re(r"(?<!\w)(?:لـ?|ل(?:وكالة|صحيفة|موقع|قناة|شبكة|تلفزيون|مراسل)\s*)\s*[(\"«“]?\s*$")


def told_to(text: str, start: int) -> bool:
    """True when an outlet's name is the addressee of a statement (قال مصدر لـ"بغداد اليوم";
    وأضاف المصدر لوكالة (أصوات العراق) أن …: the medium's noun before the name)."""
    return TOLD_TO.search(text, max(0, start - 14), start) is not None


def assign_sources(
    cands: list[Candidate], sentence: Sentence, mentions: DocMentions, res: Resources, last: str
) -> str:
    """Attribute candidates to the reporter of their sentence; return the last reporter named."""
    text = mentions.text
    hits = mentions.inside("attribution", sentence.start, sentence.end)
    frames = [f for f in hits if f.entry.get("scope") == "sentence"]
    named: list[tuple[int, str, bool]] = []
    continuing = [f for f in hits if f.entry.get("scope") == "continuation"]
    if last and continuing and not mentions.inside("reporter", sentence.start, sentence.end):
        named.append((continuing[0].start, last, False))  # وأضاف … : the reporter named last
    adverbs = outlet_names(mentions, named=False)  # شهدت حلب اليوم …: a town and a day
    for m in mentions.inside("reporter", sentence.start, sentence.end):
        if m in adverbs:
            continue
        entry = res.reporter_entries[m.entry_id]
        rid = last if entry.get("anaphor") else m.entry_id
        if not rid:
            continue
        if entry.get("type") == "outlet" and named and told_to(text, m.start):
            continue  # وقال مصدر أمني لـ"بغداد اليوم" إن …: the source told the outlet
        wide = any(f.end <= m.start and words_between(text, f.end, m.start) <= 2 for f in frames)
        named.append((m.start, rid, wide))
        last = rid
    for c in cands:
        wide = [r for _, r, w in named if w]
        before = [r for pos, r, _ in named if pos <= c.cues[0].start]
        if wide:
            c.source, c.source_rule = wide[0], "attribution frame in the sentence"
        elif before:
            c.source, c.source_rule = before[-1], "reporter named before the cue"
    return last


PLACE_STAND_IN = "~"  # id of a stand-in place for a village the gazetteer lacks (town~name)


def original_spelling(name: str, k: Cluster, text: str, prepared: PreparedText) -> str:
    """The document's own spelling of a name found in normalised text (زرقانة, not زرقانه)."""
    norm = prepared.norm.text
    for m in k.members:
        at = norm.find(name, m.span[0], m.span[1])
        if at >= 0:
            a, b = prepared.norm.to_original(at, at + len(name))
            return text[a:b]
    at = norm.find(name)  # told in a later clause than the event's span (…، إضافة إلى قريتي X وY)
    if at >= 0:
        a, b = prepared.norm.to_original(at, at + len(name))
        return text[a:b]
    return name


def fill_place(event: Event, k: Cluster) -> None:
    """Place fields from the most specific mention."""
    best = k.best_place()
    if best is None or best.place is None:
        return
    p = best.place
    event.location, event.location_ar, event.admin1, event.country = (
        p.name_en,
        p.name_ar,
        p.admin1 or "",
        p.country,
    )
    event.latitude, event.longitude, event.geo_precision = p.lat, p.lon, best.precision


DEFAULT_VICTIMS = "+victims_civilians"  # an attack's part naming no victim: civilians assumed


# a village the gazetteer lacks told by its distance and direction from a town (قرية X الواقعة
# على بعد 30 كم جنوب سنجار، قرية X (40 كلم شمال بغداد)، قرية X جنوب الموصل بـ 25 كم)
_DIRECTION = r"(شمال|جنوب|شرق|غرب)(?:ي)?(?:\s+(?:ال)?(شرق|غرب)(?:ي)?)?"
_KM = r"(\d+(?:[.,]\d+)?)\s*(?:كم|كلم|كيلو\s*متر\w*|كيلومتر\w*)"
_ADMIN_NOUN = r"(?:[لب]?(?:ال)?(?:مدينه|بلده|قضاء|ناحيه|مركز)\s+)?"
TOLD_OFFSET_BEFORE = re.compile(
    r"(?:علي\s+بعد\s+|بعد\s+|نحو\s+|حوالي\s+)?"
    + _KM
    + r"\s+(?:الي\s+ال)?"
    + _DIRECTION
    + r"(?:\s+من)?\s+"
    + _ADMIN_NOUN
    + r"[لب]?$"
)
TOLD_OFFSET_AFTER = norm_re(r"^\s*(?:ب|بـ|بنحو|بحوالي|بمسافه)?\s*" + _KM)
TOLD_DIRECTION_BEFORE = re.compile(r"(?<!\w)" + _DIRECTION + r"\s+" + _ADMIN_NOUN + r"[لب]?$")
BEARINGS = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
OFFSET_KM = (5.0, 200.0)  # told distances this long move the point; shorter stay at the town


def told_offset(text: str, start: int, end: int, names: list[str]) -> tuple[float, float] | None:
    """(km, bearing) of a distance and direction told from a town named in text[start:end]."""
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[start:end]):
            at, stop = start + m.start(), start + m.end()
            before = text[max(0, at - 60) : at]
            found = TOLD_OFFSET_BEFORE.search(before)
            if found:
                km, d1, d2 = found.group(1), found.group(2), found.group(3)
            else:
                direction = TOLD_DIRECTION_BEFORE.search(before)
                after = TOLD_OFFSET_AFTER.match(text[stop : stop + 30])
                if not (direction and after):
                    continue
                km, d1, d2 = after.group(1), direction.group(1), direction.group(2)
            bearing = BEARINGS[d1]
            if d2:  # شمال شرق: halfway between
                second = BEARINGS[d2]
                bearing = (bearing + second) / 2 if abs(bearing - second) <= 180 else 315.0
            return float(km.replace(",", ".")), bearing
    return None


def offset_by_told_distance(event: Event, k: Cluster, text: str, lex: Lexicons) -> None:
    """Move an event placed at a town by the distance and direction told from that town.

    «قرية سولاغ الواقعة شمال سنجار بـ 30 كم»، «على بعد 30 كم جنوب سنجار»: the village the gazetteer
    lacks, placed at Sinjar, lies 30 km away. Only a distance told from the event's own town
    moves it (القيارة (60 كلم جنوب الموصل) is placed at Qayyarah, not moved from Mosul)."""
    best = k.best_place()
    if best is None or best.place is None or event.latitude is None:
        return
    town = best.place
    if town.kind in WIDE_KINDS:
        return
    if PLACE_STAND_IN in (town.id or "") and town.parent in lex.gazetteer.places:
        town = lex.gazetteer.places[town.parent]
    names = sorted(
        {normalize_key(n) for n in (town.name_ar, *town.aliases) if n}, key=len, reverse=True
    )
    start, end = best.span
    offset = told_offset(text, start, min(len(text), end + 40), names)
    if offset is None or not OFFSET_KM[0] <= offset[0] <= OFFSET_KM[1]:
        return
    km, bearing = offset
    lat = town.lat + km * math.cos(math.radians(bearing)) / 111.2
    lon = town.lon + km * math.sin(math.radians(bearing)) / (111.2 * math.cos(math.radians(lat)))
    event.latitude, event.longitude = round(lat, 5), round(lon, 5)
    event.geo_precision = max(event.geo_precision or 2, 2)


FOLLOW_UP = "striker_in_focus"  # a later sentence retelling the strike, its striker borrowed


def told_attacker(
    event: Event, ranked: list[Candidate], fam: dict[str, str]
) -> tuple[str, str] | None:
    """The side told attacking the other in a mention of the same sentence as a clash's «بين X
    و Y» (اندلعت اشتباكات بين الحشد الشعبي ومسلحي داعش، إثر هجوم شنه التنظيم على نقطة للحشد؛
    …، بعد أن هاجمت قوات النظام مواقع الفصائل): the attacker is actor1 (codebook §4), not the
    side named first; only when that mention names the same two sides the other way round."""
    if event.action != "clash":
        return None
    pairs = [m for m in ranked if m.roles.rule.split("+")[0] == "between"]
    for b in pairs:
        x, y = b.roles.actor1, b.roles.actor2
        if not x or not y or x == "unknown" or y == "unknown" or fam.get(x, x) == fam.get(y, y):
            continue
        for m in ranked:
            if (
                m is not b
                and m.sentence == b.sentence
                and m.roles.rule.split("+")[0] in ("agent_marker", "subject")
                and fam.get(m.roles.actor1, m.roles.actor1) == fam.get(y, y)
                and fam.get(m.roles.actor2, m.roles.actor2) == fam.get(x, x)
            ):
                return y, x
    return None


def fill_actors(event: Event, k: Cluster, lex: Lexicons, day: dt.date | None) -> None:
    """actor1/actor2/assoc and inter codes; same-family alternates of actor1 become associates."""
    fam = lex.families()
    ranked = sorted(k.members, key=lambda m: ACTOR_RULE_RANK.get(m.roles.rule.split("+")[0], 2))
    a1s = [m.roles.actor1 for m in ranked if m.roles.actor1]
    a1s = [x for x in a1s if x != "unknown"] + [x for x in a1s if x == "unknown"]
    a2s = [m.roles.actor2 for m in ranked if m.roles.actor2 and not loose_actor2(m)]
    a2s += [m.roles.actor2 for m in ranked if m.roles.actor2 and loose_actor2(m)]
    a1 = a1s[0] if a1s else ""
    attacker = told_attacker(event, ranked, fam)
    if attacker is not None:  # اشتباكات بين الحشد وداعش …، إثر هجوم شنه التنظيم على نقطة للحشد
        a1s = [attacker[0]] + [x for x in a1s if x != attacker[0]]
        a1 = attacker[0]
        a2s = [attacker[1]] + a2s
    if not a1 and event.action in UNCLAIMED_STRIKES and "unknown" in lex.actors:
        a1 = "unknown"  # a strike or shell whose firer the article never names
    a2 = next((x for x in a2s if fam.get(x, x) != fam.get(a1, a1)), "")
    if a2 == "civilians":  # a headline's victims (مقتل 33 نازحاً بغارات) yield to the side the
        # body says was struck (غارات مكثفة للتحالف على مواقع التنظيم)
        told = [m for m in ranked if m.roles.actor2 == "civilians"]
        armed = [
            m.roles.actor2
            for m in ranked
            if not m.headline
            and m.roles.actor2 not in ("", "civilians", "unknown")
            and fam.get(m.roles.actor2, m.roles.actor2) != fam.get(a1, a1)
            # the sites the strikes told before destroyed (الضربات أصابت …): a claim, no victims
            and "struck_told_back" not in m.roles.rule
        ]
        if (
            told
            and all(
                m.headline or FOLLOW_UP in m.roles.rule or DEFAULT_VICTIMS in m.roles.rule
                for m in told
            )
            and armed
        ):  # … الطائرة استهدفت المستشفى: a follow-up retelling the strike too; اغتيل القيادي في
            a2 = armed[0]  # الفيلق الخامس، برصاص مجهولين: the part told with no victim of its own
    infighting = [  # اشتباكات بين فرقة الحمزة وفرقة السلطان مراد: two factions of one family
        m.roles.actor2
        for m in ranked
        if (m.roles.rule.split("+")[0] == "between" or "tribal_fight" in m.roles.rule)
        and m.roles.actor1 == a1
        and m.roles.actor2 not in ("", "unknown")
        and (m.roles.actor2 != a1 or "tribal_fight" in m.roles.rule)
    ]  # نزاع عشائري: tribe against tribe, one family on both sides
    if not a2 and event.action == "clash" and infighting:
        a2 = infighting[0]
    if not a2 and event.action == "clash":  # a clash's sides are unordered: the other side
        # named by a mention whose actor1 is not actor1's family (هجوم لداعش … الاشتباكات بين قسد وداعش)
        a2 = next(
            (x for x in a1s if x != "unknown" and fam.get(x, x) != fam.get(a1, a1)),
            "",
        )
    assoc = [x for m in k.members for x in m.roles.assoc]
    assoc += [x for x in a1s[1:] if fam.get(x, x) == fam.get(a1, a1)]
    event.actor1 = valid_actor(a1, day, lex.actors, event.country)
    event.actor2 = valid_actor(a2, day, lex.actors, event.country)
    event.assoc_actor1 = ";".join(
        x for x in dict.fromkeys(assoc) if x and x not in (event.actor1, event.actor2)
    )
    event.inter1 = lex.actors[event.actor1].inter if event.actor1 in lex.actors else None
    event.inter2 = lex.actors[event.actor2].inter if event.actor2 in lex.actors else None
    codes = sorted(c for c in (event.inter1, event.inter2) if c is not None)
    event.interaction = (
        int("".join(map(str, codes))) if len(codes) == 2 else (codes[0] * 10 if codes else None)
    )


RISEN = re.compile(r"(?<!\w)[وفل]?(?:ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع)(?!\w)")


def risen(m: Candidate, role: str, text: str) -> bool:
    """True when a mention's figure of this role is told as the count rising (وارتفعت حصيلة
    قتلى التفجير إلى 15): the later count replaces the first one."""
    for f in m.figures:
        if f.role != role:
            continue
        before = text[max(0, f.start - 80) : f.start]
        cut = max(before.rfind("."), before.rfind("\n"))
        if RISEN.search(before[cut + 1 :]):
            return True
    return False


SEPARATE = norm_re(r"(?<!\w)متفرق(?:ه|ة)(?!\w)")  # في عمليات متفرقة: several operations


def sums_operations(m: Candidate, text: str) -> bool:
    """True for a headline whose figure sums several operations (٤ ضربات جوية وقتل ٩
    إرهابيين في عمليات متفرقة بكركوك وحمرين): it is the figure of no single event."""
    return bool(m.headline and text and SEPARATE.search(text, *m.span))


def risen_follow_up(m: Candidate, text: str) -> int | None:
    """The count a mention only took from a later sentence telling it rising (وطال قصف مدفعي حي
    المشهد. وارتفعت حصيلة المجزرة إلى 31 شهيداً), if that is its only killed figure."""
    killed = [f for f in m.figures if f.role == "killed"]
    if len(killed) != 1 or m.estimated or not risen(m, "killed", text):
        return None
    if killed[0].start < m.span[1]:
        return None
    told = text[m.span[0] : killed[0].start]  # the evidence and what follows it, to the count
    return killed[0].value if ("." in told or "\n" in told) else None


def move_risen_counts(events: list[Event], clusters: list[Cluster], text: str) -> None:
    """A count told rising updates a count told before: when the event told right before it
    has none, the rise belongs to the earlier event with the largest smaller count (استشهد 23
    مدنياً بغارات على الشعار … وطال قصف مدفعي حي المشهد. وارتفعت حصيلة المجزرة إلى 31)."""
    for event, k in zip(events, clusters, strict=True):
        counted = [m for m in k.members if m.fatalities is not None]
        rises = [risen_follow_up(m, text) for m in counted]
        if not counted or None in rises or event.fatalities is None:
            continue
        value = event.fatalities
        earlier = [
            e
            for e in events
            if e is not event
            and e.char_start < event.char_start
            and e.fatalities is not None
            and not e.fatalities_estimated
            and e.fatalities < value
        ]
        if not earlier:
            continue
        target = max(reversed(earlier), key=lambda e: e.fatalities or 0)
        target.fatalities, event.fatalities = value, None
        target.provenance["figure_risen"] = True
        event.provenance["figure_moved_to"] = target.event_id


def fill_casualties(event: Event, k: Cluster, text: str = "") -> None:
    """First exact figures among the mentions; estimates only when no exact figure exists.

    A later mention that counts more (the body sums the sides a headline told one of) or
    tells the count rising to a larger figure replaces it, and a final
    count told of the event (لتصبح الحصيلة النهائية ستة قتلى وتسعة جرحى) replaces any figure.
    """
    members = [m for m in k.members if not sums_operations(m, text)]
    for attr, flag in (("fatalities", "estimated"), ("injured", "injured_estimated")):
        role = "killed" if attr == "fatalities" else "injured"
        exact = [
            getattr(m, attr)
            for m in members
            if getattr(m, attr) is not None and not getattr(m, flag)
        ]
        rises = [
            getattr(m, attr)
            for m in k.members[1:]
            if getattr(m, attr) is not None and not getattr(m, flag) and risen(m, role, text)
        ]
        summed = attackers_own_losses(members, attr, flag, text)
        if summed is not None:  # the attackers' own dead told in a later sentence add (§7)
            exact = [summed]
            event.provenance["figure_sides_summed"] = True
        elif exact and max(exact) > exact[0]:  # a headline counts one side, the body both (§7)
            exact = [max(exact)]
        elif exact:
            exact = body_over_headline(members, attr, flag, exact, event)
        if exact and rises and max(rises) > exact[0]:
            exact = [max(rises)]
            event.provenance["figure_risen"] = True
        finals = [
            getattr(m, attr) for m in k.members if m.final_count and getattr(m, attr) is not None
        ]
        if finals:  # a final count (لتصبح الحصيلة النهائية …) replaces every earlier figure
            exact = [finals[-1]]
            event.provenance["figure_final"] = True
        est = [
            getattr(m, attr) for m in members if getattr(m, attr) is not None and getattr(m, flag)
        ]
        setattr(event, attr, exact[0] if exact else (est[0] if est else None))
        if attr == "fatalities":
            event.fatalities_estimated = not exact and bool(est)


def victims_of(m: Candidate) -> set[str]:
    """The side a mention's figures count: the victims its roles name, else its actor2."""
    told = {e.split("<-", 1)[0] for e in m.roles.evidence if e.endswith(":victim")}
    return told or ({m.roles.actor2} if m.roles.actor2 else set())


def attackers_own_losses(members: list[Candidate], attr: str, flag: str, text: str) -> int | None:
    """The sum of two body counts of one event told in two sentences, the first of the side
    attacked, the second of the attackers (هاجم مقاتلو الهيئة مواقع النظام، ما أدى إلى مقتل 14
    من عناصره. … قتل خلالها اثنان من مقاتلي الهيئة؛ … وقتلت خمسة منهم): the dead of both
    sides (codebook §7: summed over the groups named), not the larger count alone. Not
    when the sides are unknown or the same (a count told again) (session 16, hU5)."""
    told = [
        m
        for m in members
        if getattr(m, attr) is not None and not getattr(m, flag) and not m.headline
    ]
    if len(told) != 2 or any(m.headline for m in members if getattr(m, attr) is not None):
        return None
    first, second = told
    if first.sentence == second.sentence or not first.roles.actor1:
        return None
    hit, lost = victims_of(first), victims_of(second)
    if not hit or lost != {first.roles.actor1} or first.roles.actor1 in hit:
        return None
    role = "killed" if attr == "fatalities" else "injured"
    figs = [f for f in first.figures if f.role == role]
    if not figs or not all(ONE_SIDE_COUNTED.match(text, f.end) for f in figs):
        return None  # مقتل 16 شخصاً؛ 16 من الطرفين: a count that may hold the attackers' dead
    return getattr(first, attr) + getattr(second, attr)


# a count told of one side (ثلاثة جنود، 14 عنصراً من قوات النظام، سبعة مقاتلين من الفصائل), not
# of people at large or of both sides (16 شخصاً، 16 قتيلاً من الطرفين)
ONE_SIDE_COUNTED = norm_re(
    r"\s*(?:(?:جنود|جندي|جنديا|عسكريين|عسكريا|عناصر|عنصرا|عنصر|مقاتلين|مقاتلا|مسلحين|مسلحا"
    r"|مدنيين|مدنيا|اطفال|طفلا|شرطيين|منتسبين|افراد|ضباط)(?!\w)(?!\s+من\s+(?:ال)?(?:طرفين|جانبين|كلا))"
    r"|من\s+(?!(?:ال)?(?:طرفين|جانبين|كلا)(?!\w))\S)"
)


def body_over_headline(
    members: list[Candidate], attr: str, flag: str, exact: list[int], event: Event
) -> list[int]:
    """A headline's count that is larger than every count the body gives the event, and
    not their sum, yields to the body when the headline does not name the event's own town
    (أكثر من 100 قتيل بغارات … على مدينة دوما، ما أدى إلى مقتل 17): it sums other events."""
    told = [m for m in members if getattr(m, attr) is not None and not getattr(m, flag)]
    if not told or not told[0].headline:
        return exact
    head = told[0]
    body = [getattr(m, attr) for m in told if not m.headline]
    if not body or getattr(head, attr) <= max(body) or getattr(head, attr) == sum(body):
        return exact
    if (
        head.place is not None
        and head.place_rule.startswith("named")
        and any(m.place is not None and m.place.id == head.place.id for m in told if not m.headline)
    ):
        return exact
    event.provenance["figure_body_over_headline"] = True
    return [max(body)]


def fill_types(event: Event, k: Cluster, res: Resources, lex: Lexicons) -> None:
    """ACLED event_type / sub_event_type through the codebook mapping."""
    action = event.action
    variant = next((m.variant for m in k.members if m.variant != "default"), "default")
    actor1 = lex.actors.get(event.actor1)
    if action == "arrest" and actor1 is not None and not actor1.arrests:
        event.action = action = "abduction"
        if not event.actor2 and "civilians" in lex.actors:
            set_actor2(
                event, "civilians", lex, "victims_civilians"
            )  # an armed group's arrest names no armed side
    if action == "capture":
        variant = "state" if actor1 is not None and actor1.type == "state" else "default"
    if action == "protest":
        actor2 = lex.actors.get(event.actor2)
        hurt = event.fatalities or event.injured
        if hurt and actor2 is not None and actor2.type == "state":
            variant = "repressed"
    event.event_type, event.sub_event_type = (
        res.event_types.get((action, variant)) or res.event_types[(action, "default")]
    )


def confidence(k: Cluster, event: Event) -> float:
    """Heuristic confidence in [0, 1]: see docs/extraction.md (cue strength, place, actor, date, mentions)."""
    score = 0.35
    score += 0.15 if any(m.specific for m in k.members) else 0.0
    best = k.best_place()
    if best is not None and best.place_rule not in ("focus", "anaphor"):
        score += 0.15
    elif best is not None:
        score += 0.05
    score += 0.15 if event.actor1 else 0.0
    score += 0.05 if event.actor2 else 0.0
    score += 0.05 if event.event_date else 0.0
    score += 0.05 if event.source else 0.0
    score += min(0.05 * (len(k.members) - 1), 0.1)
    return round(min(score, 0.99), 2)


LEAD_SPREAD = re.compile(
    r"(?<!\w)(?:علي|في|من|و|عده|عددا من)\s*(?:ال)?(?:قري|بلدات|مدن|مناطق|احياء|ارياف)(?!\w)"
)
COUNTED_TOWNS = norm_re(
    r"(?<!\w)(?:\d+|[٠-٩]+|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)\s+(?:قري|بلدات|مدن|احياء)(?!\w)"
)  # خمس قرى جديدة: a counted plural of towns (a bounded set: it widens no lead to the country)
TOWNS_REACH = 25  # characters after a plural of towns where the region they lie in is named
LEAD_REGION_OPENER = re.compile(r"\W*(?:و|اما )?في (?:ريف|ارياف|محافظه) ")
LEAD_BACKGROUND = re.compile(
    r"\W*(?:و|ف)?(?:كان|كانت|كانوا|سبق|يذكر|ويذكر|يشار|تاتي|ياتي|جاء|جاءت)(?!\w)"
)


# خلال الساعات الـ24 الماضية، في الساعات القليلة الماضية، خلال الـ24 ساعة الماضية: the hours
# back from the report (a day at most)
REPORT_DAY_ACTIONS = ("capture", "withdrawal")
SAID_THAT = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|بانه|بانها)(?!\w)")


def take_report_day_of_last_hours(
    cands: list[Candidate],
    sentences: list[Sentence],
    mentions: DocMentions,
    publication_date: dt.date | None,
) -> None:
    """A capture or withdrawal told within the last hours before the report (حررت خلال الساعات
    الـ24 الماضية أحياء الشيخ لطفي، بسط سيطرته، خلال الساعات الماضية، على قرى معرشمشة) is dated
    to the day of the report: the day the statement was made when told before أن (أعلنت الهيئة
    اليوم أن …), else the publication day. Strikes counted over those hours (نفذت خلال الساعات
    الـ24 الماضية 40 غارة) keep none: a count is no one act of one day."""
    if publication_date is None:
        return
    text = mentions.text
    starts = {s.index: s.start for s in sentences}
    for c in cands:
        if c.date is not None or c.action not in REPORT_DAY_ACTIONS or c.headline:
            continue
        span = LAST_HOURS.search(text, *c.span)
        if span is None or told_as_background(c, text):
            continue
        cue = c.cues[0].start
        if any(
            d.kind == "point" and not (d.end <= cue and SAID_THAT.search(text, d.end, cue))
            for d in c.told_dates
        ):
            continue  # a day of its own
        said = [
            d
            for d in mentions.inside("date", starts.get(c.sentence, c.span[0]), cue)
            if d.kind == "point"
            and d.precision == "day"
            and d.date is not None
            and d.end <= span.start()
            and SAID_THAT.search(text, d.end, cue)
        ]
        if said:
            c.date, c.date_rule = said[-1], f"report_day_of_last_hours:{said[-1].rule}"
            continue
        c.date = DateMatch(
            span.start(),
            span.end(),
            publication_date,
            "day",
            0,
            "last_hours:publication_day",
            surface=span.group(0),
        )
        c.date_rule = "report_day_of_last_hours:publication_day"


ONGOING_ACTIONS = ("clash", "shelling", "airstrike")
ONGOING_CUE_WORDS = 3  # الاشتباكات ما تزال مستمرة: the noun right before «ما تزال»
_STILL = r"[وف]?(?:لا|ما)\s+(?:تزال|يزال|زالت|زال)"
_GOING = r"(?:(?:مستمر|متواصل|دائر)(?:ه|ة|ا|اً|ين|ون|ان|تان)?|جار(?:يه|ية|ي|يا|ياً)?)"
_NOW = (
    r"(?:حتي\s+(?:الان|الآن|اللحظه|لحظه|ساعه)|حاليا|حالياً"
    r"|في\s+هذه\s+(?:الاثناء|اللحظات|الساعات))"
)
# ما تزال الاشتباكات مستمرة، لا يزال القصف متواصلاً، المعارك مستمرة حتى الآن، تتواصل الاشتباكات
# … حتى لحظة إعداد هذا التقرير، تدور حالياً اشتباكات: fighting told as still going on when the
# report is written
STILL_GOING = norm_re(
    rf"(?<!\w){_STILL}(?:\s+[^\s.،,]+){{0,4}}?\s+{_GOING}(?!\w)"
    rf"|(?<!\w){_GOING}\s+{_NOW}(?!\w)"
    r"|(?<!\w)[وف]?(?:تتواصل|تستمر|تدور|تجري|يتواصل|يستمر|يدور|يجري)"
    rf"(?:\s+[^\s.،,]+){{0,8}}?\s+{_NOW}(?!\w)"
)


def take_report_day_of_ongoing(
    cands: list[Candidate], mentions: DocMentions, publication_date: dt.date | None
) -> None:
    """Fighting, shelling or strikes told as still going on (مؤكداً أن الاشتباكات ما تزال مستمرة
    في محيط بلدة شيه؛ ولا يزال القصف متواصلاً على دوما؛ وتتواصل الاشتباكات في محيط كفرنبودة حتى
    لحظة إعداد هذا التقرير) with no day of their own go on on the day of the report: «still»
    and «until now» are the time told (CODEBOOK §6). Background, headlines and events told with
    any date or span of their own are left alone."""
    if publication_date is None:
        return
    text = mentions.text
    for c in cands:
        if c.date is not None or c.action not in ONGOING_ACTIONS or c.headline:
            continue
        if getattr(c, "told_dates", None) or told_as_background(c, text):
            continue
        cue = c.cues[0]
        m = next(
            (
                m
                for m in STILL_GOING.finditer(text, *c.span)
                if m.start() <= cue.start < m.end()
                or (cue.end <= m.start() and words_between(text, cue.end, m.start()) == 0)
                or (
                    m.end() <= cue.start
                    and words_between(text, m.end(), cue.start) <= ONGOING_CUE_WORDS
                )
            ),
            None,
        )
        if m is None:
            continue
        c.date = DateMatch(
            m.start(),
            m.end(),
            publication_date,
            "day",
            0,
            "ongoing:publication_day",
            surface=m.group(0),
        )
        c.date_rule = "report_day_of_ongoing:publication_day"


# 10:30 بتوقيت دمشق -، تحديث 11:45:، الساعة 09:15 (بتوقيت غرينتش): a live blog's entry time,
# opening its line (not آخر تحديث: 10:30, a byline, nor حوالي الساعة 13:50 inside a sentence)
LIVE_STAMP = re.compile(
    r"^[^\S\n]*(?:(?:تحديث|عاجل|الساعه)[^\S\n]*[:|\-–—]?[^\S\n]*)?"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?::[0-5]\d(?!\d))?(?:[^\S\n]*(?:ص|م|صباحا|مساء)(?!\w))?"
    r"(?:[^\S\n]*\(?[^\S\n]*(?:بتوقيت|توقيت|ت\.?[^\S\n]?غ|gmt)[^()\n:|\-–—]{0,25}\)?)?"
    r"[^\S\n]*(?:[:|\-–—]|$)",
    re.MULTILINE | re.IGNORECASE,
)


def live_entries(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """The entries of a live blog, each from its time stamp to the next one (or the end); a
    single stamp in an article is an entry only for the text that follows it on its line
    (17:20 - قصف مدفعي على مدينة الرستن)."""
    stamps = list(LIVE_STAMP.finditer(text))
    if not stamps:
        return []
    if len(stamps) == 1:
        m = stamps[0]
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        return [(m.start(), end, m)] if text[m.end() : end].strip() else []
    ends = [m.start() for m in stamps[1:]] + [len(text)]
    return [(m.start(), end, m) for m, end in zip(stamps, ends, strict=True)]


# 🔴 الآن | قصف صاروخي على بلدة كرناز: a bulletin's line told as happening now (not «حتى الآن»,
# «والآن ترفرف …» inside a sentence); the line only, never the lines after it (session 16, hQ5)
NOW_LINE = norm_re(r"^[^\w\n]{0,6}الآن[^\S\n]*[|:\-–—][^\S\n]*(?=\w)", re.MULTILINE)


def now_lines(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """The bulletin lines opened by «الآن |», each to the end of its line."""
    out = []
    for m in NOW_LINE.finditer(text):
        end = text.find("\n", m.end())
        out.append((m.start(), len(text) if end < 0 else end, m))
    return out


def take_day_of_live_entry(
    cands: list[Candidate], mentions: DocMentions, publication_date: dt.date | None
) -> None:
    """An event told in a live blog's entry with no day of its own happened on the day of the
    blog: the entry's time stamp (10:30 بتوقيت دمشق - قصفت المدفعية التركية …) is the time told
    for it (CODEBOOK §6), on the publication day. Background (كان قد، بعد أن) and spans told
    back from the report borrow nothing."""
    if publication_date is None or not any(c.date is None for c in cands):
        return
    text = mentions.text
    entries = live_entries(text) + now_lines(text)
    if not entries:
        return
    for c in cands:
        if c.date is not None or c.headline:
            continue
        cue = c.cues[0].start
        entry = next((e for e in entries if e[0] <= cue < e[1]), None)
        if entry is None or is_subordinate(c, mentions) or has_own_span(c):
            continue
        if told_as_background(c, text):
            continue
        m = entry[2]
        c.date = DateMatch(
            m.start(), m.end(), publication_date, "day", 0, "live_entry", surface=m.group(0)
        )
        c.date_rule = "live_entry:publication_day"


def governorate_seats(lex: Lexicons) -> frozenset[str]:
    """Ids of the towns that bear their governorate's name (إدلب، حماة، كركوك): the seat named
    where محافظة إدلب is meant."""
    gaz = lex.gazetteer
    seats = set()
    for gov in gaz.places.values():
        if gov.kind != "governorate" or not gov.name_ar.startswith("محافظة "):
            continue
        for town in gaz.candidates(gov.name_ar.removeprefix("محافظة ")):
            if town.kind not in WIDE_KINDS and town.admin1 == gov.admin1:
                seats.add(town.id)
    return frozenset(seats)


AREAS_OF = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:مناطق|محافظات|ارياف)(?!\w)")


def seats_listed(
    lead: list[Candidate], sentence: Sentence, mentions: DocMentions, seats: frozenset[str]
) -> bool:
    """True when a lead lists the seats of two governorates or more after a plural of areas
    (تعرضت مناطق في إدلب وحلب وحماة لقصف): the governorates are meant, not their towns."""
    named = {c.place.admin1 for c in lead if c.place.id in seats}
    return len(named) >= 2 and bool(AREAS_OF.search(mentions.text, sentence.start, sentence.end))


def take_day_of_lead(
    cands: list[Candidate],
    sentences: list[Sentence],
    mentions: DocMentions,
    seats: frozenset[str] = frozenset(),
) -> None:
    """A dated lead that sums up a day's events over a region or several towns (قتل وجرح مدنيون،
    يوم الأربعاء، بقصف جوي … على قرى وبلدات في ريفي إدلب وحماة) dates the body's details told
    after it with no time of their own (CODEBOOK §6: the lead tells their time): an undated
    event of an action the lead tells, in a governorate the lead names, takes the lead's day.
    The details end at the first sentence that tells a day of its own other than the lead's,
    or opens as background (وكان، يذكر أن، وتأتي … بعد يومين من)."""
    text = mentions.text
    body = [s for s in sentences if s.kind != "headline"]
    firsts = [c for c in cands if not c.headline]
    if not body or not firsts:
        return
    lead_index = firsts[0].sentence
    if lead_index not in [s.index for s in body[:2]]:
        return
    lead_sentence = next(s for s in body if s.index == lead_index)
    if is_flash(text, lead_sentence):
        return  # 🔴 عاجل | غارات منذ فجر اليوم …: a bulletin's flashes are items, not a lead's body
    dated = [
        c
        for c in cands
        if c.sentence == lead_index
        and c.date is not None
        and c.date.date is not None
        and c.date.precision == "day"
        and (c.date.kind == "point" or within_the_day(c.date))
    ]
    lead = [c for c in dated if c.place is not None]
    if not lead:
        unplaced_lead(cands, dated, sentences, lead_sentence, mentions)
        return
    days = {c.date.date for c in lead}
    if len(days) != 1:
        return
    day = next(c.date for c in lead)
    if (
        not any((c.precision or 1) >= 2 for c in lead)
        and not unnamed_towns(lead_sentence, mentions)
        and not seats_listed(lead, lead_sentence, mentions, seats)
    ):
        return
    actions = {c.action for c in lead} | ground_joined(lead, mentions)
    regions = {c.place.admin1 for c in lead if c.place.admin1}
    countries = (
        {c.place.country for c in lead}
        if towns_anywhere(lead_sentence, mentions) or any(not c.place.admin1 for c in lead)
        else set()
    )  # في عدة مناطق بإقليم كوردستان: a lead over a region wider than a governorate
    date_lead_details(cands, sentences, lead_index, day, actions, regions, countries, mentions)


def unplaced_lead(
    cands: list[Candidate],
    dated: list[Candidate],
    sentences: list[Sentence],
    lead_sentence: Sentence,
    mentions: DocMentions,
) -> None:
    """A dated lead that names no place because it sums up towns of no region (قتل أمس عشرات
    المتظاهرين الذين خرجوا في مدن وبلدات عدة) tells the day of its action's details over the
    country the body's events are in (one country only)."""
    if not dated or len({c.date.date for c in dated}) != 1:
        return
    if not towns_anywhere(lead_sentence, mentions) or not unnamed_towns(lead_sentence, mentions):
        return
    countries = {
        c.place.country
        for c in cands
        if c.place is not None and not c.headline and c.sentence > lead_sentence.index
    }
    if len(countries) != 1:
        return
    actions = {c.action for c in dated}
    day = dated[0].date
    date_lead_details(
        cands, sentences, lead_sentence.index, day, actions, set(), countries, mentions
    )


def date_lead_details(
    cands: list[Candidate],
    sentences: list[Sentence],
    lead_index: int,
    day: Any,
    actions: set[str],
    regions: set[str],
    countries: set[str],
    mentions: DocMentions,
) -> None:
    """Date the undated details of a lead (take_day_of_lead) up to a sentence that tells another
    day or opens as background, resuming where the body returns to a lead region."""
    text = mentions.text
    stopped = False
    for s in sentences:
        if s.index <= lead_index:
            continue
        told = mentions.inside("date", s.start, s.end)
        if stopped and not told and returns_to(s, regions, mentions):
            # وفي ريف حماة الشمالي، …: the body goes back to a region the lead sums up
            stopped = False
        if any(d.date != day.date for d in told) or LEAD_BACKGROUND.match(text, s.start, s.end):
            stopped = True
        if stopped:
            continue
        for c in cands:
            if (
                c.sentence == s.index
                and c.date is None
                and joined_to_dated_detail(c, cands, day, mentions)
            ):
                # وتزامن القصف مع اشتباكات …: told at the time of the detail the lead dated
                c.date, c.date_rule = day, f"lead_same_time:{day.rule}"
                continue
            if (
                c.sentence != s.index
                or c.date is not None
                or c.place is None
                or c.action not in actions
                or (c.place.admin1 not in regions and c.place.country not in countries)
                or is_subordinate(c, mentions)
            ):
                continue
            c.date, c.date_rule = day, f"lead_summary:{day.rule}"


def joined_to_dated_detail(
    c: Candidate, cands: list[Candidate], day: Any, mentions: DocMentions
) -> bool:
    """True for an event told as at the same time as the event just before it (وتزامن القصف مع
    اشتباكات …؛ بالتزامن مع …) when that event took the lead's day (link_same_time ran before
    the lead's details were dated)."""
    if not any(h.entry.get("type") == "same_time" for h in mentions.inside("link", *c.span)):
        return False
    before = [
        d
        for d in cands
        if d is not c and d.cues[0].start < c.cues[0].start and d.sentence >= c.sentence - 1
    ]
    if not before:
        return False
    last = max(before, key=lambda d: d.cues[0].start)
    return last.date is day and last.date_rule.startswith("lead_summary:")


FLASH_MARK = re.compile(r"[-*\u2022\u25aa-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]")


def is_flash(text: str, s: Sentence) -> bool:
    """True when a sentence's line opens with a bullet or emoji (🔴، •، -): a news bulletin's
    flash, one item among others that the next lines do not continue."""
    line = text[text.rfind("\n", 0, s.start) + 1 : s.start].strip()
    head = line or text[s.start : s.start + 1]
    return bool(FLASH_MARK.match(head))


def within_the_day(d: Any) -> bool:
    """True for a span that opened earlier on the day of publication (منذ فجر اليوم، منذ صباح
    اليوم الأربعاء): all it tells happened that day, so it is a day, not a period."""
    return d.kind == "since" and bool(d.part_of_day) and d.offset_days == 0


AIR_JOINED = re.compile(r"\s*و(?:ال)?جوي(?:ه)?(?!\w)")  # قصف مدفعي وجوي


def ground_joined(lead: list[Candidate], mentions: DocMentions) -> set[str]:
    """Shelling, when the lead's air strike noun is joined by a ground weapon (بقصف جوي ومدفعي);
    air strikes, when the lead's weapons are rockets joined by aircraft (هجمات بالصواريخ
    والطائرات المسيرة): the lead tells both actions."""
    text = mentions.text
    for c in lead:
        if c.action == "shelling" and any(AIR_JOINED.match(text, cue.end) for cue in c.cues):
            return {"airstrike"}  # لقصف مدفعي وجوي: one noun for both
        if c.action == "shelling":
            cue = c.cues[0]
            weapon = cue.end if cue.surface.split()[-1].startswith("ب") else None
            for h in mentions.inside("platform", cue.end, min(cue.end + 60, c.span[1])):
                if h.entry.get("type") == "ground" and h.surface.startswith("ب"):
                    weapon = h.end  # هجمات بالصواريخ …
                elif (
                    weapon is not None
                    and h.entry.get("type") == "air"
                    and h.surface.startswith("و")
                    and words_between(text, weapon, h.start) <= 1
                ):
                    return {"airstrike"}  # … والطائرات المسيرة: the same instrument list
        if c.action != "airstrike":
            continue
        for cue in c.cues:
            for h in mentions.inside("platform", cue.end, cue.end + 12):
                if (
                    h.entry.get("type") == "ground"
                    and mentions.text[cue.end : h.start].strip() == ""
                    and mentions.text[h.start] == "و"
                ):
                    return {"shelling"}
    return set()


def returns_to(sentence: Sentence, regions: set[str], mentions: DocMentions) -> bool:
    """True when a sentence opens by naming the countryside of a lead's governorate (وفي ريف حماة)."""
    m = LEAD_REGION_OPENER.match(mentions.text, sentence.start, sentence.end)
    if not m:
        return False
    return any(
        p.start == m.end() and p.place.admin1 in regions
        for p in mentions.inside("place", m.end(), sentence.end)
    )


def unnamed_towns(sentence: Sentence, mentions: DocMentions) -> bool:
    """True when a sentence tells of towns it does not name (على قرى وبلدات في ريفي إدلب وحماة،
    ضربت بغداد وعدداً من المدن): a plural of towns that no place name follows."""
    text = mentions.text
    spread = [
        *LEAD_SPREAD.finditer(text, sentence.start, sentence.end),
        *COUNTED_TOWNS.finditer(text, sentence.start, sentence.end),
    ]
    for m in spread:
        after = (
            m.end() + len(text[m.end() : sentence.end]) - len(text[m.end() : sentence.end].lstrip())
        )
        if not any(
            p.start <= after + 1 for p in mentions.inside("place_match", after, sentence.end)
        ):
            return True
    return False


def towns_anywhere(sentence: Sentence, mentions: DocMentions) -> bool:
    """True when a sentence's unnamed towns are tied to no region (ضربت بغداد وعدداً من المدن في
    الوسط والشمال): no place is named in the words right after them."""
    text = mentions.text
    return any(
        not mentions.inside("place_match", m.end(), min(m.end() + TOWNS_REACH, sentence.end))
        for m in LEAD_SPREAD.finditer(text, sentence.start, sentence.end)
    )


ROUNDUP_WORDS = re.compile(
    r"(?<!\w)(?:و|ب)?(?:توثيق|وثق\w*|حصاد|حصيله|مقتل|شهيد\w*|شهداء|قتيل\w*|قتلي)(?!\w)"
)
DATELINE_WORDS = 3  # a first body line this short is a dateline (دمشق-سانا)
ROUNDUP_COUNTRY = 4  # governorates a round-up's lead names when it sums up the whole country
SECTION_HEAD = re.compile(r"\W*(?:محافظه |ريف )?[^\W\d]+(?: [^\W\d]+)?\s*:")
SPAN_TOLD = re.compile(r"(?<!\w)(?:علي مدي|طوال|طيله|منذ)(?!\w)")


def take_day_of_summary_lead(
    cands: list[Candidate], sentences: list[Sentence], mentions: DocMentions
) -> None:
    """A round-up whose headline or lead gives one day and sums that day up over several
    governorates without itself telling an event (تمكنت لجان التنسيق من توثيق 127 شهيداً اليوم
    الثلاثاء …: 54 في دمشق، 23 في حلب …; حصاد يوم الاثنين 22-4-2013; واصلت وحداتنا اليوم ملاحقة
    الإرهابيين في عدد من المناطق بريف دمشق وحلب وحمص) tells the time of the items listed under it
    (CODEBOOK §6): an undated item in a governorate the lead names (any, when it names four or
    more) takes the day. An item told with a time of its own, a span (على مدى خمسة أيام، منذ) or
    as background (يذكر أن، وكان) keeps none, and so does the rest of its section, up to the next
    section head (حمص: …) or a sentence that goes back to a named region (وفي ريف حماة)."""
    text = mentions.text
    body = [s for s in sentences if s.kind != "headline"]
    heads = [s for s in sentences if s.kind == "headline"]
    if not body or len(heads) > 1:
        return
    lead = body[0]
    if len(body) > 1 and len(text[lead.start : lead.end].split()) <= DATELINE_WORDS:
        lead = body[1]  # دمشق-سانا: a dateline before the lead
    if any(c.sentence == lead.index and not c.headline for c in cands):
        return  # a lead that tells an event: take_day_of_lead
    told = [
        d
        for d in mentions.inside("date", lead.start, lead.end)
        if d.date is not None and d.kind == "point"
    ]
    if not told and heads:
        told = [
            d
            for d in mentions.inside("date", heads[0].start, heads[0].end)
            if d.date is not None and d.kind == "point"
        ]
    if not told or len({d.date for d in told}) != 1 or any(d.precision != "day" for d in told):
        return
    day = told[0]
    if not ROUNDUP_WORDS.search(text, lead.start, lead.end) and not LEAD_SPREAD.search(
        text, lead.start, lead.end
    ):
        return
    places = [p.place for p in mentions.inside("place", lead.start, lead.end)]
    regions = {p.admin1 for p in places if p.admin1}
    if len(regions) < 2:
        return
    countries = (
        {p.country for p in places if p.admin1} if len(regions) >= ROUNDUP_COUNTRY else set()
    )
    stopped = False
    for s in sentences:
        if s.index <= lead.index:
            continue
        own = mentions.inside("date", s.start, s.end)
        if (
            stopped
            and not own
            and (SECTION_HEAD.match(text, s.start, s.end) or returns_to(s, regions, mentions))
        ):
            stopped = False
        if any(d.date != day.date for d in own) or opens_background(text, s):
            stopped = True
        if stopped or SPAN_TOLD.search(text, s.start, s.end):
            continue
        for c in cands:
            if (
                c.sentence != s.index
                or c.headline
                or c.date is not None
                or c.place is None
                or (c.place.admin1 not in regions and c.place.country not in countries)
                or is_subordinate(c, mentions)
            ):
                continue
            c.date, c.date_rule = day, f"summary_lead:{day.rule}"


# الشمال السوري، شمال غربي سوريا، الشمال الغربي السوري، الجنوب السوري: a part of Syria
SYRIA_QUARTER = re.compile(
    r"(?<!\w)(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:\s+(?:ال)?(?:غرب|شرق)ي?)?\s+(?:ال)?سوري[اه]?(?!\w)"
)
FRAME_DAYS_BACK = 7  # a framing headline or lead tells a recent day (the report's week)
FRAME_LIST = 2  # undated items in distinct places a frame's day is lent to: a list, not one


def take_day_of_frame(
    cands: list[Candidate],
    sentences: list[Sentence],
    mentions: DocMentions,
    seats: frozenset[str] = frozenset(),
) -> None:
    """A dated headline or lead that frames the whole report over regions, with no town of its
    own (تصعيد على جبل الزاوية وريف حلب أمس الخميس; موجة تفجيرات تضرب العراق أمس; a lead that
    tells no event: شهد الشمال السوري أمس الخميس تصعيداً عسكرياً) tells the day once for the list
    of items under it (CODEBOOK §6): each undated item in a region or country it names takes the
    day, when at least two items in distinct places do. An item told with a time of its own or
    a span (خلال الساعات الماضية، منذ), in a sentence that opens as background (وكانت … قد، يذكر
    أن) or that tells another day, or in a subordinate clause keeps none; a sentence that tells
    another day or opens as background ends the list until the body goes back to a named region
    (وفي ريف حماة). The first body line must tell no other day."""
    text = mentions.text
    heads = [s for s in sentences if s.kind == "headline"]
    body = [s for s in sentences if s.kind != "headline"]
    if not body or len(heads) > 1:
        return
    lead = body[0]
    if len(body) > 1 and len(text[lead.start : lead.end].split()) <= DATELINE_WORDS:
        lead = body[1]  # دمشق-سانا: a dateline before the lead
    frames = []
    if not any(c.sentence == lead.index and not c.headline for c in cands):
        frames.append(lead)  # a lead that tells no event of its own
    frames += heads
    for frame in frames:
        got = frame_of(frame, cands, mentions, seats)
        if got is None:
            continue
        day, regions, countries = got
        if any(
            d.date is not None and d.date != day.date
            for d in mentions.inside("date", lead.start, lead.end)
        ):
            return  # the body's first line tells its own day
        date_framed_items(cands, sentences, frame, day, regions, countries, mentions)
        return


def frame_of(
    frame: Sentence, cands: list[Candidate], mentions: DocMentions, seats: frozenset[str]
) -> tuple[Any, set[str], set[str]] | None:
    """The day, governorates and countries of a sentence that frames a report: one recent day,
    no span, no background, and only regions named (ريف حلب، ريفي إدلب وحماة، جبل الزاوية،
    العراق، الشمال السوري), none of them a town but the seats of two governorates or more
    (مظاهرات في درعا وريف دمشق)."""
    text = mentions.text
    if is_flash(text, frame) or LEAD_BACKGROUND.match(text, frame.start, frame.end):
        return None
    if SPAN_TOLD.search(text, frame.start, frame.end):
        return None
    told = [d for d in mentions.inside("date", frame.start, frame.end) if d.date is not None]
    if not told or len({d.date for d in told}) != 1:
        return None
    day = told[0]
    if any(
        d.kind != "point"
        or d.precision != "day"
        or d.offset_days is None
        or not -FRAME_DAYS_BACK <= d.offset_days <= 0
        for d in told
    ):
        return None
    regions: set[str] = set()
    countries: set[str] = set()
    wide_ids: set[str] = set()  # the places read as regions
    seated = False
    wide = None  # the last place read as a countryside (ريفي إدلب وحماة: both)
    for p in mentions.inside("place", frame.start, frame.end):
        if p.place.kind == "country":
            countries.add(p.place.country)
        elif (
            p.place.geo_precision >= 2
            or countryside_of(p, text)
            or (wide is not None and text[wide.end : p.start].strip() in ("", "و"))
        ):
            wide = p
            wide_ids.add(p.place.id)
            if p.place.admin1:
                regions.add(p.place.admin1)
        elif p.place.id in seats:
            wide_ids.add(p.place.id)
            regions.add(p.place.admin1)
            seated = True
        else:
            return None  # a town: the frame tells of one place, not a list
    if seated and len(regions) < 2:
        return None  # one governorate's seat: a town
    if SYRIA_QUARTER.search(text, frame.start, frame.end):
        countries.add("Syria")
    if not regions and not countries:
        return None
    if any(
        c.sentence == frame.index
        and c.place is not None
        and (c.precision or 1) < 2
        and c.place.id not in wide_ids
        for c in cands
    ):
        return None
    return day, regions, countries


def date_framed_items(
    cands: list[Candidate],
    sentences: list[Sentence],
    frame: Sentence,
    day: Any,
    regions: set[str],
    countries: set[str],
    mentions: DocMentions,
) -> None:
    """Lend a frame's day (take_day_of_frame) to the undated items listed under it."""
    text = mentions.text
    items: list[Candidate] = []
    stopped = False
    for s in sentences:
        if s.kind == "headline" or s.index <= frame.index:
            continue
        told = mentions.inside("date", s.start, s.end)
        if stopped and not told and returns_to(s, regions, mentions):
            stopped = False
        if any(d.date != day.date for d in told) or opens_background(text, s):
            stopped = True
        if stopped or SPAN_TOLD.search(text, s.start, s.end):
            continue
        items += [
            c
            for c in cands
            if c.sentence == s.index
            and not c.headline
            and c.date is None
            and not c.told_dates
            and c.place is not None
            and (c.place.admin1 in regions or c.place.country in countries)
            and not is_subordinate(c, mentions)
        ]
    if len({c.place.id for c in items}) < FRAME_LIST:
        return
    for c in items:
        c.date, c.date_rule = day, f"frame:{day.rule}"


def opens_background(text: str, s: Sentence) -> bool:
    """True when a sentence, after its section head (إدلب:), opens as background (وكانت فصائل
    المعارضة سيطرت على المدينة …، يذكر أن): what it tells is no item of the round-up's day."""
    head = SECTION_HEAD.match(text, s.start, s.end)
    return bool(LEAD_BACKGROUND.match(text, head.end() if head else s.start, s.end))


# المطلوبين بجرائم قتل وخطف، بتهمة المشاركة في المظاهرات: an act told as a charge
CHARGE_BEFORE = re.compile(
    r"(?<!\w)[وب]?(?:ال)?(?:جراءم|جريمه|تهمه|تهم|قضايا)\s+(?:[^\s,.;:]+\s+){0,2}$"
)
CHARGE_CHARS = 40


def told_as_charge(c: Candidate, text: str) -> bool:
    """True when every cue of a mention is the object of a charge (المطلوبين بجرائم قتل وخطف،
    اعتقلوا بتهمة المشاركة في المظاهرات): the charge tells no event."""
    if any(
        d.start > c.cues[0].start for d in [*c.told_dates, *([c.date] if c.date else [])]
    ):  # بتهمة تنفيذ تفجير … الأسبوع الماضي: a dated act, only its author is alleged
        return False
    return all(
        CHARGE_BEFORE.search(text[max(0, cue.start - CHARGE_CHARS) : cue.start]) for cue in c.cues
    )


PARTITIVE = re.compile(r"(?<!\w)[وف]?(?:احدي|احد|بعض)\s+$")  # إحدى الغارات: one of those told


def take_day_of_partitive(cands: list[Candidate], mentions: DocMentions) -> None:
    """One of the strikes told before (إحدى الغارات طالت أيضاً موقعاً في ريف البوكمال) is one of
    those events: with no time of its own it takes the day of the last event of its action
    told before it with a day (an explicit reference, not narrative continuity)."""
    text = mentions.text
    for i, c in enumerate(cands):
        cue = c.cues[0]
        if c.date is not None or c.headline or not text[cue.start : cue.start + 2] == "ال":
            continue
        if not PARTITIVE.search(text, max(0, cue.start - 8), cue.start):
            continue
        donors = [
            b
            for b in cands[:i]
            if b.action == c.action
            and not b.headline
            and b.date is not None
            and b.date.date is not None
            and b.date.precision == "day"
        ]
        if donors:
            c.date, c.date_rule = donors[-1].date, f"partitive:{donors[-1].date.rule}"


def share_days_lent(cands: list[Candidate], mentions: DocMentions) -> None:
    """A day that a lead, a summary or a partitive lent to one clause of a sentence is shared
    with the sentence's other clauses, as a day told in it would be (share_sentence_date)."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        if any(c.date is None for c in group) and any(c.date is not None for c in group):
            share_sentence_date(group, mentions)


# the killing of people whose bodies were found (عثر الأهالي على جثث ثلاثة رجال …): the day they
# were found is not the day they were killed; only a day told in the killing's own clause dates it
BODIES_FOUND = re.compile(r"(?:عثر|العثور|انتشال)\S*\s+(?:\S+\s+){0,3}?(?:علي\s+)?(?:جث|رفات)")


def no_day_of_bodies_found(cands: list[Candidate], sentences: list[Sentence], text: str) -> None:
    """An attack told in a sentence about bodies found keeps only a day of its own part."""
    spans = {s.index: (s.start, s.end) for s in sentences}
    for c in cands:
        if c.action != "attack" or c.date is None or c.date_rule.startswith("part:"):
            continue
        span = spans.get(c.sentence)
        if span is not None and BODIES_FOUND.search(text, *span):
            c.date, c.date_rule = None, "bodies_found"


def drop_days_in_outlet_names(mentions: DocMentions) -> None:
    """«اليوم» inside an outlet's name (لـ«بغداد اليوم») is no day."""
    outlets = outlet_names(mentions)
    if not outlets:
        return
    dates = mentions.by_kind.get("date", [])
    kept = [d for d in dates if not any(o.start <= d.start and d.end <= o.end for o in outlets)]
    if len(kept) != len(dates):
        mentions.by_kind["date"] = kept
        mentions.starts.pop("date", None)


REFER_BACK = norm_re(
    r"(?<!\w)[وف]?(?:طال|طالت|شمل|شملت|امتد|امتدت)\s+(?:ال)?(?:قصف|غارات|ضربات|استهداف)"
    r"|(?<!\w)(?:ل|ب)?(?:قصف|غارات|غاره|ضربات|ضربه|هجوم|هجمات)\s+(?:مماثل|مماثله|اخري|اخرى)(?!\w)"
    r"|(?<!\w)(?:ال)?(?:طاءرات|طيران|مروحيات|مدفعيه|قوات)\s+(?:\w+\s+)?(?:ذاتها|نفسها|ذاته|نفسه)(?!\w)"
)  # كما طال القصف بلدة جسرين، تعرضت الأحياء لقصف مماثل، غارة أخرى، الطائرات ذاتها: the same strikes
STRIKES = {"airstrike", "shelling"}
REFER_BACK_SENTENCES = 2  # the event referred to is told in this or the two sentences before


def take_day_of_refer_back(
    cands: list[Candidate], earlier: list[Candidate], mentions: DocMentions
) -> None:
    """An undated strike told as more of the strikes told before (كما طال القصف مدينتي سرمين
    وأريحا، وتعرضت أحياء بستان القصر لقصف مماثل، واستهدفت غارة أخرى، الطائرات ذاتها) refers back to
    them: it takes the day of the last dated strike told before it (an explicit reference, like
    إحدى الغارات; not mere narrative continuity)."""
    text = mentions.text
    for i, c in enumerate(cands):
        if c.date is not None or c.action not in STRIKES or c.headline or has_own_span(c):
            continue
        if not REFER_BACK.search(text, c.span[0], c.span[1]):
            continue
        if told_as_background(c, text) or is_subordinate(c, mentions):
            continue
        donors = [
            d
            for d in earlier + cands[:i]
            if d.action in STRIKES
            and not d.headline
            and d.sentence >= c.sentence - REFER_BACK_SENTENCES
            and d.date is not None
            and d.date.date is not None
            and d.date.precision == "day"
        ]
        if donors:
            d = donors[-1]
            c.date, c.date_rule = d.date, f"refer_back:{d.date.rule}"


ELABORATION = norm_re(r"[,،]\s*(?:[وف]?حيث|اذ)(?!\w)")


# the clause of the day ends and the next opens with «و» (…، واندلعت اشتباكات، …، وقصفت)
JOINED_AFTER_DAY = norm_re(r"[,،]\s*و(?=\w)")
JOINED_CUE_WORDS = 2  # واندلعت اشتباكات؛ ودارت بعدها اشتباكات: words from «و» to the cue
JOINED_TAIL_WORDS = 10  # دخلوا الساحة بعد ظهر الجمعة عقب انتهاء تظاهرة …، وبدأوا: the day's clause
CLAUSE_BREAK = norm_re(r"[.؛;:!?\n]")


# «، بعدما / بعد أن» opening the clause of the act that caused what the day's clause tells
CAUSE_AFTER_DAY = norm_re(r"[,،]\s*(?:و|وذلك\s+)?(?:بعدما|بعد\s+ان)(?!\w)")
CAUSE_CUE_WORDS = 1  # بعدما قصفت قوات النظام: the cue right after the connector


def take_day_of_cause_clause(
    cands: list[Candidate], d: Any, sentence: Sentence, mentions: DocMentions
) -> None:
    """A recent day told in a clause which tells no event (استيقظت الغوطة فجر اليوم على مجزرة
    مروعة، بعدما قصفت قوات النظام بلدات زملكا وعين ترما بصواريخ كيماوية; عاش أهالي المدينة ليلة
    أمس ساعات من الرعب، بعد أن استهدفت الطائرات أحياءها) dates the act told right after «، بعدما / بعد
    أن»: the scene the day's clause tells is that act's outcome, the same morning (dev19 007). Not
    a speech's day (قال المرصد اليوم، بعدما …، أعلن … أمس أن), nor another day or act in the day's
    clause, nor an act told as background (كان قد). Every event of that cue takes it."""
    if d.kind != "point" or d.offset_days is None or not -RECENT_DAYS <= d.offset_days <= 0:
        return
    text = mentions.text
    m = CAUSE_AFTER_DAY.search(text, d.end, sentence.end)
    if m is None:
        return
    after = [c for c in cands if c.cues[0].start >= m.end()]
    first = min(after, key=lambda c: c.cues[0].start) if after else None
    if first is None or first.headline:
        return
    if words_between(text, m.end(), first.cues[0].start) > CAUSE_CUE_WORDS:
        return
    if words_between(text, d.end, m.start()) > JOINED_TAIL_WORDS or CLAUSE_BREAK.search(
        text, d.end, m.start()
    ):
        return
    if any(d.end <= c.cues[0].start < m.start() for c in cands) or any(
        o is not d for o in mentions.inside("date", d.end, m.start())
    ):
        return  # another act or another day in the day's clause
    speech = [
        h
        for h in mentions.inside("attribution", sentence.start, m.start())
        if h.entry.get("scope") in ("speech", "continuation")
    ]
    if speech or SPEECH_THAT.search(text, sentence.start, m.start()):
        return  # قال المرصد اليوم، بعدما …: the day the statement was made
    if told_as_background(first, text) or has_own_span(first):
        return
    if VAGUE_RECENT_SPAN.search(text, *first.span):
        return  # بعد أن انسحبت الفصائل من عدة قرى خلال الأيام الماضية: its own stretch of days
    for c in cands:
        if c.cues[0].start == first.cues[0].start and c.date is None and not c.headline:
            c.date, c.date_rule = d, f"cause_clause:{d.rule}"


def take_day_of_joined_clause(
    cands: list[Candidate], d: Any, sentence: Sentence, mentions: DocMentions
) -> None:
    """A recent day told in a clause which tells no event (حاولت القوات النظامية اقتحام حي درعا
    البلد بعد منتصف ليل أول من أمس، واندلعت اشتباكات عنيفة؛ إن مسلحين دخلوا الساحة بعد ظهر
    الجمعة عقب انتهاء تظاهرة …، وبدأوا بإطلاق النار) dates the event of the clause joined to it
    by «و» when its cue opens that clause: the two clauses tell one scene. The rest of the day's
    clause may only tell what came before (عقب، بعد أن). Not a speech's day (قال المرصد اليوم،
    وأضاف …), nor an event told as background (كان قد)."""
    if d.kind != "point" or d.offset_days is None or not -RECENT_DAYS <= d.offset_days <= 0:
        return
    text = mentions.text
    m = JOINED_AFTER_DAY.search(text, d.end, sentence.end)
    after = [c for c in cands if m is not None and c.cues[0].start >= m.end()]
    first = min(after, key=lambda c: c.cues[0].start) if after else None
    if m is None or first is None or first.date is not None or first.headline:
        return
    if words_between(text, m.end() - 1, first.cues[0].start) > JOINED_CUE_WORDS:
        return
    if words_between(text, d.end, m.start()) > JOINED_TAIL_WORDS or CLAUSE_BREAK.search(
        text, d.end, m.start()
    ):
        return
    between = [c for c in cands if d.end <= c.cues[0].start < m.start()]
    if any(not is_subordinate(c, mentions) for c in between) or any(
        o is not d for o in mentions.inside("date", d.end, m.start())
    ):
        return  # another act or another day in the day's clause: the day is its own
    speech = [
        h
        for h in mentions.inside("attribution", sentence.start, first.cues[0].start)
        if h.entry.get("scope") in ("speech", "continuation")
    ]
    if any(h.start >= d.end for h in speech) or SPEECH_THAT.search(text, d.end, m.start()):
        return  # قال المصدر أمس، وأضاف إن …: a statement after the day
    said = [h for h in speech if h.end <= d.start]
    if said and not SPEECH_THAT.search(text, said[-1].end, d.start):
        return  # قال المرصد اليوم، و…: the day the statement was made
    if is_subordinate(first, mentions) or told_as_background(first, text):
        return
    first.date, first.date_rule = d, f"joined_clause:{d.rule}"


def take_day_of_elaboration(
    cands: list[Candidate], d: Any, sentence: Sentence, mentions: DocMentions
) -> None:
    """A day told with a verb that is no event (واصلت قوات النظام اليوم تصعيدها على ريف إدلب، شهد
    ريف إدلب اليوم تصعيداً) whose events are told in the clause that spells it out (، حيث قصفت
    مدينة خان شيخون، إذ استهدفت …) is those events' day: every undated event after حيث/إذ up to
    the end of the sentence takes it (not one told as background or before, كان قد، بعد أن)."""
    text = mentions.text
    m = ELABORATION.search(text, d.end, sentence.end)
    if m is None or any(c.cues[0].start < m.start() for c in cands):
        return
    if any(
        o is not d and o.start < m.start() and o.start > d.end
        for o in mentions.inside("date", d.end, m.start())
    ):
        return
    for c in cands:
        if (
            c.date is None
            and not c.headline
            and c.cues[0].start > m.end()
            and not is_subordinate(c, mentions)
            and not told_as_background(c, text)
        ):
            c.date, c.date_rule = d, f"elaboration:{d.rule}"


# a claim told in a sentence of its own after the act (وتبنى تنظيم داعش العملية؛ أعلن التنظيم
# مسؤوليته عن الهجوم عبر وكالة أعماق): the verb, then its subject
CLAIM_LEAD = re.compile(r"(?<!\w)[وف]?(?:(تبني|تبنت|تبنوا|يتبني|تتبني)|اعلن|اعلنت|اعلنوا)(?!\w)")
CLAIMED = re.compile(r"(?<!\w)(?:مسءوليت\S*|المسءوليه)(?!\w)")
# an accusation of one act: the accused, then بـ and the act (اتهمت مديرية الصحة قوات النظام
# باستهداف المشفى؛ واتهمت قسد خلايا التنظيم بالوقوف وراء التفجير), or a side held responsible
ACCUSE_VERB = re.compile(
    r"(?<!\w)[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|يتهمون|(حمل|حملت|حملوا|يحمل|تحمل|يحملون))(?!\w)"
)
# «حمّلت هيئة الحشد الولايات المتحدة مسؤولية الاستهداف»: the side held responsible, then the act
CONTRAST = re.compile(r"(?<!\w)(?:[وف]?في\s+المقابل|بالمقابل|في\s+حين)(?!\w)")
CHARGED_PLACE = re.compile(
    r"(?<!\w)(?:في|قرب|بمحيط|محيط)\s+(?:(?:بلده|مدينه|قريه|حي|ناحيه|قضاء|منطقه|بلدتي)\s+)?"
    r"(?!(?:المنطقه|المدينه|البلده|القريه|الحي|المحافظه|ذلك|حينه|اطار|بيان)(?!\w))(\w+)"
)
AND_GAP = norm_re(r"\s*[،,]?\s*و\s*")
HELD_RESPONSIBLE = re.compile(r"(?<!\w)(?:ال)?مسءوليه(?!\w)")
ACCUSED_ACT = re.compile(
    r"(?<!\w)ب(?:ال)?(?:وقوف\s+(?:وراء|خلف)|مسءوليه\s+عن|استهداف|قصف|تنفيذ|تفجير|شن|اغتيال"
    r"|اختطاف|خطف|قتل|ارتكاب|زرع)"
)
# the act told as a kind or as many (بشن حملات اعتقال؛ بالوقوف وراء عمليات الاغتيال): no one event
MANY_ACTS = re.compile(
    r"\S*\s+(?:\S+\s+)?(?:عمليات|هجمات|حملات|الهجمات|العمليات|التفجيرات|تفجيرات|معظم|اغلب"
    r"|سلسله|مجازر|انتهاكات|خروقات|الاغتيالات|اغتيالات)(?!\w)"
)
# a denial, a claim refused or both sides accusing each other: the act stays unclaimed
DENIED = re.compile(
    r"(?<!\w)[وف]?(?:نفت|نفي|نفته|نفاه|نفتها|تنفي|ينفي|ينفون|نفوا|لم\s+(?:تتبن|يتبن|تعلن|يعلن)"
    r"|تبادل\S*\s+(?:\S+\s+){0,5}?الاتهامات|دون\s+ان\s+(?:تتبن|يتبن|تعلن|يعلن))(?!\w)"
)
CLAIMED_ACTIONS = frozenset({"bombing", "shelling", "airstrike", "attack", "clash"})
CLAIMANT_TYPES = ("state", "external", "rebel", "militia", "ethnic")


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The sentence of the normalised text around pos (cut at . ؟ ! and line ends)."""
    start = max(text.rfind(c, 0, pos) for c in ".؟!\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".؟!\n") if i >= 0]
    return start, min(ends, default=len(text))


def told_before(e: Event, pos: int) -> int:
    """Where the event's latest mention before pos starts (normalised offsets), -1 if none."""
    spans = [m.get("span") for m in e.provenance.get("mentions") or [] if m.get("span")]
    return max((s[0] for s in spans if s[0] < pos), default=-1)


def weak_actor1(e: Event) -> bool:
    """No side named the event's actor1: unknown, or inherited from a clause before it."""
    if e.provenance.get("actor1_rule"):
        return False
    if e.actor1 in ("", "unknown"):
        return True
    rules = [str(m.get("actor_rule", "")) for m in e.provenance.get("mentions") or []]
    return bool(rules) and all(
        r.startswith(("fallback:subject_before", "fallback:same_action_before")) for r in rules
    )


def named_side(m: Any, ctx: Any, lex: Lexicons) -> str | None:
    """The actor a mention names: its entry, or for a word like «التنظيم» the salient candidate."""
    if m.kind != "anaphor":
        return m.entry_id if m.entry_id in lex.actors else None
    cands = [c for c in ctx.anaphors.get(m.entry_id, ()) if ctx.salience.get(c, 0) > 0]
    return cands[0] if len(cands) == 1 and cands[0] in lex.actors else None


def places_elsewhere(text: str, start: int, end: int, events: list[Event]) -> bool:
    """A place told with a charged act that no event names (اتهمت أنقرة القوات السورية باستهداف
    محيط نقطة المراقبة التركية في الصرمان): the charge tells an act of its own."""
    clause = re.split(r"[,،؛;]", text[start:end], maxsplit=1)[0]
    told = {w.removeprefix("ال") for e in events for w in normalize_key(e.sentence).split()}
    for m in CHARGED_PLACE.finditer(clause):
        if m.group(1).removeprefix("ال") not in told:
            return True
    return False


def claimed_elsewhere(
    events: list[Event],
    ctx: Any,
    mentions: DocMentions,
    text: str,
    lex: Lexicons,
    norm: Any = None,
) -> None:
    """An act told with no side, claimed or charged to a side in a sentence of its own after it
    (انفجرت سيارة مفخخة … وتبنى تنظيم داعش العملية؛ خرج مشفى عن الخدمة بعد استهدافه بصواريخ.
    واتهمت مديرية الصحة قوات النظام باستهداف المشفى): the side carried it out (codebook §4). A
    claim is its verb's subject, an accusation the side named just before «بـ» and the act. The
    act is the latest one told before it in its paragraph or the sentence before (one told in the
    claim's own sentence has its own roles); a denial or a refused claim (وهو ما نفته الكتائب؛ ولم
    تتبن أي جهة) in the sentence or the next, charges of many acts (بالوقوف وراء عمليات
    الاغتيال) and sides accusing each other leave it unclaimed."""
    actors = list(mentions.by_kind.get("actor", []))
    claimable = [e for e in events if e.action in CLAIMED_ACTIONS]
    if not claimable:
        return
    found: list[tuple[int, str, str, int]] = []  # (position, side, how, where its act is told)
    for v in CLAIM_LEAD.finditer(text):
        a, b = sentence_of(text, v.start())
        if not v.group(1) and not CLAIMED.search(text, v.end(), b):
            continue  # أعلن: a claim only with «مسؤوليته عن»
        if DENIED.search(text, a, b):
            continue
        after = [m for m in actors if v.end() <= m.start < b]
        side = named_side(after[0], ctx, lex) if after else None
        if side:
            found.append((v.start(), side, "claim", after[0].end))
    for v in ACCUSE_VERB.finditer(text):
        a, b = sentence_of(text, v.start())
        act = (HELD_RESPONSIBLE if v.group(1) else ACCUSED_ACT).search(text, v.end(), b)
        if act is None or MANY_ACTS.match(text, act.start()):
            continue
        j = b + len(text[b:]) - len(text[b:].lstrip(" .؟!\n"))  # the next sentence's start
        nxt = sentence_of(text, j)[1] if j < len(text) else b
        if DENIED.search(text, a, nxt):
            continue
        between = [m for m in actors if v.end() <= m.start and m.end <= act.start()]
        i = len(between) - 1  # the first of sides charged together (قوات النظام وروسيا)
        while i > 0 and AND_GAP.fullmatch(text, between[i - 1].end, between[i].start):
            i -= 1
        side = named_side(between[i], ctx, lex) if between else None
        if CONTRAST.search(text, max(a, v.start() - 16), v.start()):
            continue  # وفي المقابل، اتهمت أنقرة …: the other side's charge of an act of its own
        if side and not places_elsewhere(text, act.end(), b, events):
            found.append((v.start(), side, "accusation", act.end()))
    for v in STOOD_BEHIND.finditer(text):
        a, b = sentence_of(text, v.start())
        if MANY_ACTS.match(text, v.end()) or DENIED.search(text, a, b):
            continue  # تقف وراء عمليات الاغتيال: many acts, no one event
        if NOT_BEHIND.search(text, max(a, v.start() - 12), v.start()):
            continue  # لا تقف وراء التفجير
        before = [m for m in actors if a <= m.start and m.end <= v.start()]
        if not before or words_between(text, before[-1].end, v.start()) > 0:
            continue
        side = named_side(before[-1], ctx, lex)
        if side:
            found.append((v.start(), side, "stood_behind", v.end()))
    for pos, side, how, told_at in found:
        actor = lex.actors.get(side)
        if actor is None or actor.type not in CLAIMANT_TYPES:
            continue
        own = sentence_of(text, pos)
        named = claimed_places(text, told_at, own[1], mentions)
        at = [
            e
            for e in claimable
            if 0 <= told_before(e, own[0]) and any(at_place(e, p, text, norm) for p in named)
        ]
        if at:  # وتبنى التنظيم هجمات التاجي والضلوعية: the acts at the places it names
            for e in at:
                if weak_actor1(e) and side not in (e.actor2, *e.assoc_actor1.split(";")):
                    give_claimant(e, side, actor.inter, f"{how} naming its place")
            continue
        para = text.rfind("\n", 0, pos)  # its paragraph, or the sentence just before it
        last = len(text[: own[0]].rstrip(" .؟!\n")) - 1
        para = min(para, sentence_of(text, last)[0] - 1) if last >= 0 else para
        told = [(told_before(e, pos), n, e) for n, e in enumerate(claimable)]
        told = sorted(t for t in told if t[0] > para)
        if not told:
            continue
        start, _, e = told[-1]
        if start >= own[0]:
            continue  # the act told in the claim's own sentence has its own roles
        if not weak_actor1(e) or side in (e.actor2, *e.assoc_actor1.split(";")):
            continue
        give_claimant(e, side, actor.inter, f"{how} in a sentence after the act")


# a side said to stand behind one act, in a sentence after it (ويرجح أن خلايا داعش تقف وراء
# التفجير؛ ويعتقد أن التنظيم يقف خلف الهجوم): the verb right after the side, then the act
STOOD_BEHIND = re.compile(
    r"(?<!\w)(?:يقف|تقف|يقفون|يقفان|تقفان|وقف|وقفت|وقفوا)\s+(?:وراء|خلف)\s+"
    r"(?=(?:هذا\s+|هذه\s+)?(?:ال)?(?:تفجير|انفجار|هجوم|عمليه|استهداف|اعتداء|كمين|اغتيال)\S*(?!\S))"
)
NOT_BEHIND = re.compile(r"(?<!\w)(?:لا|لم|ليست|ليس|غير)\s+(?:\S+\s+)?$")


# an attack told to open with a blast (وبدأ الهجوم بتفجير سيارتين مفخختين؛ واستهل التنظيم هجومه
# بتفجير عربة مفخخة): the attack's noun, then the blast after «بـ»
OPENED_WITH = norm_re(
    r"(?<!\w)[وف]?(?:(?:بدا|بدات|بدأ|بدأت|استهل|استهلت|افتتح|افتتحت)\s+(?:\S+\s+)?"
    r"((?:ال)?هجوم\S*|(?:ال)?عمليه\S*)"
    r"|(?:بدا|بدات|بدأ|بدأت|استهل|استهلت|افتتح|افتتحت|بداو|بدأو|استهلو)(ه|ها)(?!\w))"
)  # شنت قوات النظام هجوماً على المليحة، بدأته بتفجير نفق: the pronoun is the attack just told
BLAST_AFTER = norm_re(
    r"(?<!\w)ب(?:تفجير|انفجار|سياره|سيارتين|سيارات|عربه|عربتين|عربات|هجوم\s+انتحاري"
    r"|(قصف|القصف|قذاءف|صواريخ|رشقات|رمايات))"
)


def attack_opened_by_blast(events: list[Event], norm: Any, lex: Lexicons) -> None:
    """A bombing told as the opening of an attack whose side was told before (شن التنظيم هجوماً على
    السجن. وبدأ الهجوم، بحسب بيان لقسد، بتفجير سيارتين مفخختين عند البوابة): the attacker set
    off the blast. The attack is the clash or attack event whose mention holds the noun, or for
    «الهجوم، هجومه» the latest one told before the sentence; its attacker is the side its own
    words name as the subject; an unknown attacker gives nothing."""
    text = norm.text
    attacks = [e for e in events if e.action in ("clash", "attack")]

    def spans(e: Event) -> list[tuple[int, int]]:
        got = [m.get("span") for m in e.provenance.get("mentions") or []]
        return [norm.from_original(*s) for s in got if s]

    for b in events:
        if b.action not in ("bombing", "shelling") or not weak_actor1(b):
            continue
        for span in spans(b):
            a, _ = sentence_of(text, span[0])
            for o in OPENED_WITH.finditer(text, a, span[1]):
                blast = BLAST_AFTER.search(text, o.end(), span[1])
                if blast is None or blast.start() < span[0] or blast.start() - o.end() > 60:
                    continue
                if bool(blast.group(1)) != (b.action == "shelling"):  # بقصف: the shelling
                    continue
                if o.group(1) is None:  # بدأته: the attack told last before the verb
                    told = [
                        (max((s[0] for s in spans(e) if s[0] < o.start()), default=-1), n, e)
                        for n, e in enumerate(attacks)
                    ]
                    told = sorted(t for t in told if t[0] >= 0)
                    owner = [told[-1][2]] if told else []
                else:
                    noun = o.start(1)
                    owner = [e for e in attacks if any(s[0] <= noun < s[1] for s in spans(e))]
                if (
                    not owner and o.group(1) is not None and text[noun : o.end(1)] != "هجوم"
                ):  # الهجوم، هجومه، هجومهم
                    told = [
                        (max((s[0] for s in spans(e) if s[0] < a), default=-1), n, e)
                        for n, e in enumerate(attacks)
                    ]
                    told = sorted(t for t in told if t[0] >= 0)
                    owner = [told[-1][2]] if told else []
                side, target = attacker_named(owner[0]) if len(owner) == 1 else (None, None)
                actor = lex.actors.get(side or "")
                if actor is None or side == b.actor2:
                    continue
                if not b.actor2 and target in lex.actors:  # its target, unless the blast names one
                    b.actor2, b.inter2 = target, lex.actors[target].inter
                give_claimant(b, actor.id, actor.inter, "the attack it opened")
                break


def attacker_named(e: Event) -> tuple[str | None, str | None]:
    """The sides an attack's own words name (شن التنظيم هجوماً على نقاط قسد): the first actor found
    as the subject or agent of one of its mentions, and the first one named as its target."""
    doer = target = None
    for m in e.provenance.get("mentions") or []:
        rule = str(m.get("actor_rule", ""))
        for ev in m.get("actor_evidence") or []:
            side, _, how = str(ev).partition("<-")
            if side in ("unknown", "civilians"):
                continue
            if how.endswith(":target") and target is None:
                target = side
            elif (
                how.endswith((":unmarked", ":agent", ":perpetrator"))
                and rule.startswith(("subject", "agent_marker"))
                and doer is None
            ):
                doer = side
    return doer, target if target != doer else None


def give_claimant(e: Event, side: str, inter: int, rule: str) -> None:
    """Make a claimed or charged side the event's actor1."""
    e.actor1, e.inter1 = side, inter
    codes = sorted(x for x in (e.inter1, e.inter2) if x is not None)
    e.interaction = int("".join(map(str, codes))) if len(codes) == 2 else e.inter1 * 10
    e.provenance["actor1_rule"] = rule


# a place told as a landmark for another (غارات على قرية التوخار قرب منبج؛ بريف حلب): not the act's
LANDMARK_BEFORE = norm_re(
    r"(?<!\w)(?:قرب|بالقرب\s+من|بمحيط|محيط|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|ريف|بريف"
    r"|وسط|اطراف|باطراف|مشارف)(?:\s+(?:مدينة|بلدة|قرية|محافظة|ناحية|قضاء))?\s*$"
)


def claimed_places(text: str, start: int, end: int, mentions: DocMentions) -> list[Any]:
    """The towns, villages and quarters a claim or a charge names after its verb (وتبنى التنظيم
    «غزوة» التاجي والضلوعية؛ أعلن مسؤوليته عن تفجير الكرادة): governorates and countries name
    no act."""
    return [
        p
        for p in mentions.inside("place", start, end)
        if p.place.kind not in WIDE_KINDS
        and p.town.kind not in WIDE_KINDS
        and not LANDMARK_BEFORE.search(text, max(start, p.start - 24), p.start)
    ]


def at_place(e: Event, p: Any, text: str, norm: Any) -> bool:
    """The event stands at the named place, or one of its mentions tells the place's name."""
    if e.latitude is not None and e.longitude is not None:  # the place itself, not its town:
        q = p.place  # a claim of الكرادة is not one of every act in Baghdad
        if haversine_km(e.latitude, e.longitude, q.lat, q.lon) < 1.0:
            return True
    name = text[p.start : p.end]
    spans = [m.get("span") for m in e.provenance.get("mentions") or [] if m.get("span")]
    spans = [norm.from_original(*s) if norm is not None else s for s in spans]
    return any(name in text[s[0] : s[1]] for s in spans)
