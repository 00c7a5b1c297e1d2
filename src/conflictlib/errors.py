"""Exception hierarchy: every error raised by conflictlib derives from ConflictlibError."""

from __future__ import annotations


class ConflictlibError(Exception):
    """Base class of every conflictlib error."""


class CorpusError(ConflictlibError):
    """A corpus or manifest cannot be read at all (missing folder, wrong columns...)."""


class DocumentError(ConflictlibError):
    """One document cannot be read; the run records it and goes on."""


class EncodingError(DocumentError):
    """A document's bytes are not in a supported encoding."""


class LexiconError(ConflictlibError):
    """A lexicon file is invalid; the message lists every problem with file and line/key."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__(
            f"{len(self.problems)} lexicon problem(s):\n"
            + "\n".join(f"  - {p}" for p in self.problems)
        )


class EvaluationError(ConflictlibError):
    """Gold or prediction tables cannot be compared (missing columns, unknown doc ids...)."""
