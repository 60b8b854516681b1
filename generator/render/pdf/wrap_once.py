"""Paragraphs that break their lines once per width.

Platypus asks a paragraph for its size more than once at the same width: to keep a block
together (and in worksheet layout), then again to place it. Breaking the lines is most of
the cost of a paragraph, and the answer cannot change while the paragraph is unchanged,
so a second wrap at the same width gives back the first one's lines. Anything that may
have changed the lines (a split, drawing) makes the next wrap break them afresh.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class WrapOnce:
    """Mixin for Paragraph subclasses (before Paragraph in the bases)."""

    _wrapped: tuple | None = None

    def wrap(self, available_width: float, available_height: float):
        known = self._wrapped
        if known is not None and known[0] == available_width \
                and self.__dict__.get("blPara") is known[1] and self.frags is known[2] \
                and self.style is known[3]:
            self.width, self.height = known[4], known[5]
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, self.__dict__.get("blPara"), self.frags, self.style,
                         self.width, self.height) if size == (self.width, self.height) else None
        return size

    def split(self, available_width: float, available_height: float):
        self._wrapped = None
        return super().split(available_width, available_height)

    def draw(self):
        self._wrapped = None
        return super().draw()


class Para(WrapOnce, Paragraph):
    """A plain Platypus paragraph that breaks its lines once per width."""
