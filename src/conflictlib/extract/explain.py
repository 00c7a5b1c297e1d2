"""Human-readable provenance of a document's events (`conflictlib explain DOC_ID`)."""

from __future__ import annotations

from typing import Any

from conflictlib.corpus import Document
from conflictlib.extract.model import DocumentResult

FIELDS = (
    "action",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor1",
    "location",
    "geo_precision",
    "event_date",
    "date_precision",
    "fatalities",
    "injured",
    "source",
    "confidence",
)


def explain_result(doc: Document, result: DocumentResult, trace: dict[str, Any]) -> str:
    """Every event with its fields and the cues, rules and lexicon entries behind them."""
    lines = [
        f"document {doc.doc_id}: {result.n_sentences} sentences, {len(result.events)} events, {len(result.tolls)} toll rows"
    ]
    for e in result.events:
        lines.append("")
        lines.append(
            f"{e.event_id}  "
            + "  ".join(f"{f}={getattr(e, f)!s}" for f in FIELDS if getattr(e, f) not in ("", None))
        )
        lines.append(f"  evidence [{e.char_start}:{e.char_end}]: {e.sentence}")
        for i, m in enumerate(e.provenance.get("mentions", [])):
            a, b = m["span"]
            lines.append(f"  mention {i + 1} (sentence {m['sentence']}): {doc.text[a:b].strip()}")
            lines.append(
                f"    cues: {', '.join(f'{c} «{w}»' for c, w in zip(m['cues'], m['cue_words'], strict=False))}"
            )
            lines.append(
                f"    place: {m['place_rule']}; actors: {m['actor_rule']} {m['actor_evidence']}"
            )
            lines.append(
                f"    date: {m['date_rule']}; figures: {m['figures'] or '-'}; source: {m['source_rule'] or '-'}"
            )
    suppressed = trace.get("suppressed", [])
    if suppressed:
        lines.append("")
        lines.append("cues that did not make an event (modality):")
        for cue, why in suppressed:
            lines.append(f"  «{cue.surface}» ({cue.entry_id}) at {cue.start}: {why}")
    for t in result.tolls:
        lines.append(
            f"toll {t.toll_id}: {t.group} killed={t.killed} injured={t.injured} captured={t.captured} reporter={t.reporter}"
        )
    return "\n".join(lines)
