"""What every document of one project shares: config, theme, fonts and wording per language,
and the record of the project files they were read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from actsheets.build.epoch import check_source_date_epoch
from actsheets.config import Project
from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml
from actsheets.loading.reads import InputRecord
from actsheets.render.pdf.fonts import (
    FontNotFound,
    FontSet,
    font_files,
    load_fonts,
    package_files,
    register_fonts,
)
from actsheets.templates_path import TemplateSearchPath
from actsheets.text.languages import letters_of
from actsheets.text.resolve import missing_glyphs
from actsheets.theme import LoadedTheme, load_theme
from actsheets.wording import LoadedWording, load_wording


@dataclass
class Environment:
    project: Project
    search: TemplateSearchPath
    theme: LoadedTheme
    fonts: FontSet
    record: InputRecord
    _wordings: dict[str, LoadedWording] = field(default_factory=dict)
    _fonts: dict[str, FontSet] = field(default_factory=dict)
    library: Any = None  # the worksheets plans choose from, loaded once (build/packets.py)

    @property
    def practice(self) -> dict[str, str]:
        practice = self.project.config.practice
        return {"name": practice.name, "contact": practice.contact, "safety": practice.safety}

    @property
    def author(self) -> str:
        return self.project.config.practice.name or "actsheets"

    def language_of(self, model: Any) -> str:
        return getattr(model, "language", None) or self.project.config.language

    def fonts_for(self, language: str) -> FontSet:
        """The theme's fonts, unless they lack the letters of the language and the
        wide-coverage font has them (the theme's look is kept; only the font changes)."""
        if language not in self._fonts:
            self._fonts[language] = _fonts_for(self.fonts, language)
        return self._fonts[language]

    def wording(self, language: str) -> LoadedWording:
        if language not in self._wordings:
            self._wordings[language] = load_wording(language, self.search)
        return self._wordings[language]


WIDE_COVERAGE = "noto_sans"  # Latin, Greek, Cyrillic and Vietnamese (fontpkg-noto-sans)


def _fonts_for(theme_fonts: FontSet, language: str) -> FontSet:
    letters = letters_of(language)
    if not theme_fonts.missing(letters):
        return theme_fonts
    try:
        wide = register_fonts(tuple(sorted(package_files(WIDE_COVERAGE).items())))
    except FontNotFound:
        return theme_fonts
    return wide if not wide.missing(letters) else theme_fonts


# Characters layout draws besides the content: page and rating numbers, list bullets, the
# dot between attribution parts, the ellipsis of a footer that is cut short.
FURNITURE = "0123456789-•·…"


def prepare(project: Project) -> Environment:
    check_source_date_epoch()  # also in worker processes
    search = TemplateSearchPath(project.templates_dir)
    config_file = project.config_file or project.root / "actsheets.yaml"
    theme = load_theme(project.config.theme, search, config_file)
    try:
        fonts = load_fonts(theme)
        files = font_files(theme)
    except FontNotFound as error:
        raise ContentError([Problem.of("font.unusable", theme.path, Position(1, 1),
                                       detail=str(error))]) from None
    _check_practice_text(project, fonts)
    furniture = missing_glyphs(FURNITURE, fonts, theme.path, Position(1, 1),
                               "the theme's font cannot draw page numbers and bullets")
    if furniture:
        raise ContentError(furniture)
    record = InputRecord()
    if project.config_file is not None:
        record.add(project.config_file)
    for path in search.candidates(f"themes/{project.config.theme}.yaml"):
        record.add(path)
    for _, path in sorted(files.items()):
        record.add(path)
    return Environment(project, search, theme, fonts, record)


def _check_practice_text(project: Project, fonts: FontSet) -> None:
    """The practice line is not content, but it is drawn: it must fit the font too."""
    practice = project.config.practice
    if project.config_file is None or not (practice.name or practice.contact or practice.safety):
        return
    source = read_yaml(project.config_file)
    problems: list[Problem] = []
    for key in ("name", "contact", "safety"):
        problems += missing_glyphs(getattr(practice, key), fonts, project.config_file,
                                   source.position_of(("practice", key)), f"practice {key}")
    if problems:
        raise ContentError(problems)
