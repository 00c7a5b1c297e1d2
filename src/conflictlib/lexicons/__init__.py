"""Lexicons: the extractor's knowledge as validated data files (see docs/lexicons.md)."""

from conflictlib.lexicons.gazetteer import Gazetteer, Place
from conflictlib.lexicons.loader import Actor, Anaphor, Lexicons, load_lexicons
from conflictlib.lexicons.matcher import AliasMatcher, Match

__all__ = [
    "Actor",
    "AliasMatcher",
    "Anaphor",
    "Gazetteer",
    "Lexicons",
    "Match",
    "Place",
    "load_lexicons",
]
