"""What every layout function needs to know about the build it is part of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.layout.page_setup import PageSetup
from generator.layout.styles import Styles
from generator.loading.source import SourceFile
from generator.wording import Wording


@dataclass(frozen=True)
class LayoutContext:
    styles: Styles
    page: PageSetup
    wording: Wording
    source: SourceFile
    variables: dict[str, Any]
    audience: str = "client"
    fillable: bool = False
