"""Event extraction (issue 5): Extractor, Event, DocumentResult.

Importing this package does no work; build an ``Extractor`` once and call ``extract``.
"""

from __future__ import annotations

from conflictlib.extract.extractor import Extractor
from conflictlib.extract.model import DocumentResult, Event
from conflictlib.extract.schemas import LEXICON_SCHEMAS

__all__ = ["LEXICON_SCHEMAS", "DocumentResult", "Event", "Extractor"]
