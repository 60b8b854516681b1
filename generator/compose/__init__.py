"""Composition: every output is an ordered list of parts (a single document is one part)."""

from actsheets.compose.parts import Composition, Part, single

__all__ = ["Composition", "Part", "single"]
