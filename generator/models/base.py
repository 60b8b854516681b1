"""The base every content model shares: unknown keys are errors."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    # A number where text is expected comes back as the text typed (`keywords: [2024]`).
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False,
                              coerce_numbers_to_str=True, defer_build=True)
