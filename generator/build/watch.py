"""`watch`: build again whenever an input is saved (through watchfiles, which uses the
operating system's change notifications instead of polling)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from actsheets.config import CONFIG_NAME, Project

WATCHED_SUFFIXES = (".yaml", ".yml", ".ttf", ".otf", ".csv", ".po", ".j2", ".html")


def watch_project(project: Project, build: Callable[[], object],
                  stop: threading.Event | None = None) -> None:
    """Build now, then after every batch of saves, until `stop` is set or Ctrl-C."""
    import watchfiles

    build()
    output = project.output_dir

    def wanted(change: watchfiles.Change, path: str) -> bool:
        file = Path(path)
        return (file.suffix in WATCHED_SUFFIXES and output not in file.parents
                and not any(part.startswith(".") for part in file.parts[-3:]))

    translations = project.root / "translations"  # build/translation_units.py TRANSLATIONS
    folders = [f for f in (project.content_dir, project.templates_dir, translations)
               if f.is_dir()]
    config = project.root / CONFIG_NAME
    watched = [*folders, *([config] if config.is_file() else [])]
    for _ in watchfiles.watch(*watched, watch_filter=wanted, stop_event=stop, debounce=300,
                              raise_interrupt=True):
        build()
