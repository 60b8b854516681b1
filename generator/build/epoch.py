"""SOURCE_DATE_EPOCH: the date reproducible PDFs carry, checked before anything runs."""

from __future__ import annotations

import os

from actsheets.errors import ActsheetsError


def check_source_date_epoch() -> None:
    """Dates in PDFs come from SOURCE_DATE_EPOCH when it is set (for reproducible files)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value and not (value.isdigit() and int(value) < 253402300800):  # before year 10000
        raise ActsheetsError(
            f"SOURCE_DATE_EPOCH is {value[:40]!r}, but it must be a whole number of seconds "
            "since 1 January 1970, such as 1767225600 (set it to one, or unset it)")
