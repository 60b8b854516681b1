"""A loaded YAML file: its data plus the position of every key and value."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actsheets.errors import Position

Path_ = tuple[str | int, ...]


@dataclass
class SourceFile:
    path: Path
    data: Any
    value_positions: dict[Path_, Position] = field(default_factory=dict)
    key_positions: dict[Path_, Position] = field(default_factory=dict)
    block_scalars: set[Path_] = field(default_factory=set)
    # The text as typed of every plain (unquoted) value, e.g. "1e3" for the float 1000.0.
    plain_texts: dict[Path_, str] = field(default_factory=dict)

    def text_line(self, loc: Path_, line_in_text: int) -> int:
        """The file line of a line inside a text value (block scalars start one line down)."""
        start = self.position_of(loc).line
        return start + line_in_text - 1 + (1 if tuple(loc) in self.block_scalars else 0)

    def position_of(self, loc: Path_, *, prefer_key: bool = False) -> Position:
        """The closest known position for a location such as ("blocks", 2, "rows")."""
        loc = tuple(loc)
        while True:
            if prefer_key and loc in self.key_positions:
                return self.key_positions[loc]
            if loc in self.value_positions:
                return self.value_positions[loc]
            if loc in self.key_positions:
                return self.key_positions[loc]
            if not loc:
                return Position(1, 1)
            loc = loc[:-1]
