"""What a homework plan fills in on the pages made for one client, and how its dates and
amounts are written in the document's language.

`Personal` is the one object a personalised part carries: the client's name for the name
line, the week for the week line, dated rows for a day-by-day tracker, a note above that
tracker (the week's dose, how to check in), the parameters the sheet's placeholders see,
and for the plan page its schedule. A blank sheet has none.

Dates, weekdays, months, their order and the first day of the week come from the Unicode
CLDR data in Babel, so `language: de` gives "Mo., 2. März" without a table of our own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# CLDR puts thin and narrow spaces in ranges ("Mar 2 – 8"); fonts often lack them.
_SPACES = str.maketrans({"\u2009": " ", "\u202f": " ", "\u200a": " "})
_DURATIONS = {"minute": "duration-minute", "minutes": "duration-minute", "min": "duration-minute",
              "second": "duration-second", "seconds": "duration-second",
              "hour": "duration-hour", "hours": "duration-hour"}


@dataclass(frozen=True)
class WeekRow:
    number: int
    dates: str  # "Mar 2 – 8"
    doses: tuple[str, ...]  # one per practice with a dose: "2 minutes"


@dataclass(frozen=True)
class Schedule:
    """The plan page's dates and week-by-week table, written in the document's language."""

    start: str  # "Monday, March 2, 2026"
    review: str
    length: str  # "4 weeks"
    dosed: tuple[str, ...]  # the practices with a dose (their names head the table's columns)
    weeks: tuple[WeekRow, ...]


@dataclass(frozen=True)
class Personal:
    client_name: str
    week_label: str = ""  # on the name-and-date line's week
    days: tuple[str, ...] = ()  # a day-by-day tracker's rows, dated
    tracker_note: str = ""  # above a dated tracker
    params: dict[str, Any] = field(default_factory=dict)  # over the sheet's own defaults
    schedule: Schedule | None = None  # the plan page only


class UnknownLanguage(LookupError):
    pass


class Calendar:
    """Dates and amounts in one language (a tag such as en, en-GB or de)."""

    def __init__(self, language: str):
        from babel import Locale, UnknownLocaleError

        try:
            self.locale = Locale.parse(language, sep="-" if "-" in language else "_")
        except (UnknownLocaleError, ValueError):
            raise UnknownLanguage(language) from None

    @property
    def first_weekday(self) -> int:
        """0 Monday .. 6 Sunday, where the language's (default) territory starts a week."""
        return int(self.locale.first_week_day)

    def day(self, day: date) -> str:
        """A tracker row: weekday and date, in the language's order ("Mon, Mar 2")."""
        from babel.dates import format_skeleton

        return _clean(format_skeleton("MMMEd", day, locale=self.locale))

    def span(self, first: date, last: date) -> str:
        """A week: "Mar 2 – 8", "2.–8. März"."""
        from babel.dates import format_interval

        return _clean(format_interval(first, last, "MMMd", locale=self.locale))

    def date(self, day: date) -> str:
        """"March 2, 2026", "2 de marzo de 2026"."""
        from babel.dates import format_date

        return _clean(format_date(day, "long", locale=self.locale))

    def long(self, day: date) -> str:
        """"Monday, March 2, 2026"."""
        from babel.dates import format_date

        return _clean(format_date(day, "full", locale=self.locale))

    def weeks(self, count: int) -> str:
        from babel.units import format_unit

        return _clean(format_unit(count, "duration-week", length="long", locale=self.locale))

    def amount(self, value: float, unit: str) -> str:
        """"2 minutes", "2,5 Minuten"; another unit is written after the number as given."""
        from babel.numbers import format_decimal
        from babel.units import format_unit

        number = int(value) if float(value).is_integer() else value
        cldr = _DURATIONS.get(unit.strip().lower())
        if cldr is not None:
            return _clean(format_unit(number, cldr, length="long", locale=self.locale))
        return f"{format_decimal(number, locale=self.locale)} {unit}"

    def number(self, value: float) -> str:
        from babel.numbers import format_decimal

        return format_decimal(int(value) if float(value).is_integer() else value,
                              locale=self.locale)


def _clean(text: str) -> str:
    return text.translate(_SPACES)
