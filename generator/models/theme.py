"""The theme model: font, sizes, greys, margins and writing-space measures."""

from __future__ import annotations

from pydantic import Field, model_validator

from actsheets.models.base import StrictModel

_COLOUR = r"^#[0-9a-fA-F]{6}$"


class FontFiles(StrictModel):
    regular: str
    bold: str | None = None
    italic: str | None = None
    bold_italic: str | None = None


class FontChoice(StrictModel):
    package: str | None = Field(None, description="a fontpkg family name, e.g. atkinson_hyperlegible")
    files: FontFiles | None = None


class Sizes(StrictModel):
    body: float = Field(11.5, ge=11, le=30)
    small: float = Field(9, ge=7, le=20)
    title: float = Field(22, ge=12, le=60)
    subtitle: float = Field(13.5, ge=10, le=40)
    heading: float = Field(15, ge=11, le=40)
    subheading: float = Field(12.5, ge=11, le=30)


class Colours(StrictModel):
    text: str = Field("#000000", pattern=_COLOUR)
    muted: str = Field("#3a3a3a", pattern=_COLOUR)
    rule: str = Field("#5a5a5a", pattern=_COLOUR)
    shade: str = Field("#ececec", pattern=_COLOUR)


class Writing(StrictModel):
    line_spacing_mm: float = Field(9, ge=8, le=20)
    tracker_row_mm: float = Field(10, ge=9, le=25)


class Theme(StrictModel):
    font: FontChoice = Field(default_factory=lambda: FontChoice(package="atkinson_hyperlegible"))
    sizes: Sizes = Field(default_factory=Sizes)
    leading: float = Field(1.38, ge=1.1, le=2.0)
    margins_in: float = Field(0.6, ge=0.5, le=2.0)
    large_print_scale: float = Field(1.5, ge=1.0, le=3.0)
    colours: Colours = Field(default_factory=Colours)
    writing: Writing = Field(default_factory=Writing)

    @model_validator(mode="after")
    def _large_print_is_large(self) -> Theme:
        if self.sizes.body * self.large_print_scale < 16:
            raise ValueError("large print must give body text of at least 16 pt "
                             "(raise large_print_scale or sizes.body)")
        return self
