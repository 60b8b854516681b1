"""What every layout function needs to know about the build it is part of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actsheets.layout.page_setup import PageSetup
from actsheets.layout.styles import Styles
from actsheets.loading.source import SourceFile
from actsheets.wording import Wording


@dataclass(frozen=True)
class Personal:
    """What a homework plan fills in on a sheet; empty for a blank sheet."""

    client_name: str = ""
    week_label: str = ""
    dates: tuple[date, ...] = ()


@dataclass(frozen=True)
class LayoutContext:
    styles: Styles
    page: PageSetup
    wording: Wording
    source: SourceFile
    variables: dict[str, Any]
    audience: str = "client"
    fillable: bool = False
    personal: Personal = field(default_factory=Personal)
