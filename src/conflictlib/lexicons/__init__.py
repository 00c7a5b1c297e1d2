"""Lexicons: the extractor's knowledge as validated data files (see docs/lexicons.md)."""
