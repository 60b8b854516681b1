"""Where templates and themes are found: the user's folder first, then the built-ins."""

from __future__ import annotations

from pathlib import Path

import actsheets


def builtin_templates() -> Path:
    """Built-in templates: inside the installed package, or the repository's templates/."""
    package_dir = Path(actsheets.__file__).resolve().parent
    for candidate in (package_dir / "templates", package_dir.parent / "templates"):
        if (candidate / "themes").is_dir():
            return candidate
    raise RuntimeError(f"built-in templates not found next to {package_dir}")


class TemplateSearchPath:
    def __init__(self, user_dir: Path | None = None):
        self.user_dir = user_dir.resolve() if user_dir is not None else None
        dirs = [self.user_dir] if self.user_dir is not None and self.user_dir.is_dir() else []
        builtin = builtin_templates()
        if builtin not in dirs:
            dirs.append(builtin)
        self.dirs = dirs

    def candidates(self, name: str) -> list[Path]:
        """Every place `name` is looked for, in order (for the record of inputs)."""
        dirs = self.dirs if self.user_dir is None or self.user_dir in self.dirs \
            else [self.user_dir, *self.dirs]
        return [directory / name for directory in dirs]

    def find(self, name: str) -> Path:
        for directory in self.dirs:
            candidate = directory / name
            if candidate.is_file():
                return candidate
        raise FileNotFoundError(name)
