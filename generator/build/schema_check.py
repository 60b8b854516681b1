"""`check --schema-only`: load, validate and fill in placeholders, without any layout."""

from __future__ import annotations

from pathlib import Path

from actsheets.build.environment import Environment
from actsheets.documents import load_documents
from actsheets.errors import ContentError, Problem
from actsheets.loading.content_files import find_content_files
from actsheets.text.document import resolve_document


def check_text(paths: list[Path], env: Environment) -> tuple[int, list[Problem]]:
    files = find_content_files(paths)
    documents, problems = load_documents(files)
    for document in documents:
        language = env.language_of(document.model)
        try:
            resolve_document(document, env.practice, env.wording(language), language, env.fonts)
        except ContentError as error:
            problems += error.problems
    return len(files), problems
