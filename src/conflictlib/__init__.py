"""conflictlib: structured conflict-event data from Arabic news reporting."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
