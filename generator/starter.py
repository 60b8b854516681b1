"""Starting a project (`init`) and a document (`new`) from commented starter files.

The starters live in templates/starters/ (a user's templates folder may replace them);
the bundled library comes with the installed package, so `init --full` works anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from actsheets.config import CONFIG_NAME
from actsheets.errors import ActsheetsError
from actsheets.templates_path import TemplateSearchPath, builtin_templates

CLIENTS_FOLDER = "clients"  # plans name a client: they go where init keeps git away
FIRST_DOCUMENTS = ("worksheets/mindful-awareness-log.yaml", "worksheets/choice-point.yaml",
                   "handouts/your-homework-between-sessions.yaml")
GITIGNORE = """# made by actsheets init
output/
clients/
"""
SCHEMA_NAME = "actsheets.schema.json"


def builtin_library() -> Path:
    """The bundled documents: inside the installed package, or the repository's content/."""
    templates = builtin_templates()
    for candidate in (templates.parent / "library", templates.parent / "content"):
        if (candidate / "worksheets").is_dir():
            return candidate
    raise RuntimeError(f"the bundled library is missing next to {templates}")


def builtin_translations() -> Path:
    """The bundled translations (translations/<language>/<id>.po): inside the installed
    package, or the repository's translations/."""
    return builtin_templates().parent / "translations"


def init_project(folder: Path, practice: str, full: bool, schema_text: str) -> list[Path]:
    """Create a working project in `folder`; returns what was made. Never overwrites."""
    folder = folder.resolve()
    if (folder / CONFIG_NAME).exists():
        raise ActsheetsError(f"{folder / CONFIG_NAME} already exists: this folder is already "
                             "an actsheets project (run `actsheets build` in it)")
    if folder.exists() and not folder.is_dir():
        raise ActsheetsError(f"{folder} is a file (choose a folder name for the project)")
    made: list[Path] = []
    starters = TemplateSearchPath(None)
    config = starters.find("starters/actsheets.yaml").read_text("utf-8")
    made.append(_write_new(folder / CONFIG_NAME,
                           config.replace("{{ practice }}", json.dumps(practice))))
    library = builtin_library()
    chosen = sorted(p.relative_to(library).as_posix() for p in library.rglob("*.yaml")) \
        if full else list(FIRST_DOCUMENTS)
    for relative in chosen:
        made.append(_copy_new(library / relative, folder / "content" / relative))
    translations = builtin_translations()
    for relative in chosen:  # their translations, in the same layout
        for catalog in sorted(translations.glob(f"*/{Path(relative).stem}.po")):
            made.append(_copy_new(catalog, folder / "translations" /
                                  catalog.relative_to(translations)))
    for sub in ("themes", "wording"):
        (folder / "templates" / sub).mkdir(parents=True, exist_ok=True)
    made.append(_write_new(folder / "templates" / "README.txt", (
        "Your overrides of actsheets' built-in templates. A file here with the same name as a\n"
        "built-in one replaces it: themes/default.yaml (the look), wording/en.yaml (labels).\n"
        "Put only the keys you change in a wording file.\n")))
    gitignore = folder / ".gitignore"
    if not gitignore.exists():
        made.append(_write_new(gitignore, GITIGNORE))
    made.append(_write_new(folder / SCHEMA_NAME, schema_text))
    made.append(_write_new(folder / ".vscode" / "settings.json", json.dumps(
        {"yaml.schemas": {f"./{SCHEMA_NAME}": ["content/**/*.yaml", "clients/**/*.yaml"]}},
        indent=2) + "\n"))
    return made


def new_document(kind: str, name: str, root: Path, content_dir: Path,
                 search: TemplateSearchPath, today: dt.date) -> Path:
    """A commented starter document of `kind` named after `name`: in content/<kind>s/, or
    for a plan in clients/ (its name is an id or initials, and the title stays generic)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64]
    if not slug:
        raise ActsheetsError(f"'{name}' has no letters or digits to make a file name from "
                             "(for example: actsheets new worksheet \"Sleep diary\")")
    starter = search.find(f"starters/{kind}.yaml").read_text("utf-8")
    title = name if re.search(r"[A-Z ]", name) else name.replace("-", " ").capitalize()
    folder = root / CLIENTS_FOLDER if kind == "plan" else content_dir / f"{kind}s"
    target = folder / f"{slug}.yaml"
    shown = target.relative_to(root).as_posix() if target.is_relative_to(root) else str(target)
    text = (starter.replace("{{ title }}", json.dumps(title))
            .replace("{{ start }}", today.isoformat()).replace("{{ path }}", shown))
    return _write_new(target, text)


def _write_new(path: Path, text: str) -> Path:
    if path.exists():
        raise ActsheetsError(f"{path} already exists (choose another name, or delete it first)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _copy_new(source: Path, target: Path) -> Path:
    if target.exists():
        raise ActsheetsError(f"{target} already exists (init never overwrites files)")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
