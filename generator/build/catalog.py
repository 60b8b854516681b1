"""Write output/index.html, the catalog of the documents whose files are in output/.

It covers the project's content folder and the files of this build, and links only files
that exist. It is rewritten when a document was built, when the set of files in output/
changed, or when a template, the wording or the config it reads changed; otherwise the
cache keeps it.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from actsheets.build.catalog_state import CATALOG_NAME, CatalogState
from actsheets.build.environment import Environment
from actsheets.build.formats import THUMBNAILS
from actsheets.documents import Document, load_documents
from actsheets.errors import ContentError
from actsheets.loading.reads import InputRecord
from actsheets.models.kinds import PRODUCTS
from actsheets.output.atomic import write_atomically
from actsheets.output.cache import BuildCache, Entry
from actsheets.output.naming import Variant
from actsheets.render.html.pages.catalog import (
    CatalogEntry,
    CatalogLink,
    processes_of,
    render_catalog,
)
from actsheets.render.html.templates import template_inputs
from actsheets.render.pdf.fonts import font_files
from actsheets.text.document import resolve_document
from actsheets.text.labels import resolve_wording
from actsheets.wording import wording_files

# Every file a document can have, in the order the catalog lists them.
ALL_VARIANTS = [Variant(audience=audience, format="html") for audience in ("client", "therapist")]
ALL_VARIANTS += [Variant(paper, large, fillable, audience)
                 for audience, paper, large, fillable in itertools.product(
                     ("client", "therapist"), ("letter", "a4"), (False, True), (False, True))
                 if not (fillable and audience == "therapist")]


def write_catalog(state: CatalogState, env: Environment, cache: BuildCache) -> None:
    output_dir, files, present, key = state.output_dir, state.files, state.present, state.key
    source = output_dir / CATALOG_NAME
    documents, _ = load_documents(files)  # problems were reported by the build, if at all
    names = set(present)
    entries = [entry for entry in (_entry(d, env, names) for d in documents) if entry.links]
    translated = [_entry(d, env, names) for d in _translations(documents, env)]
    entries += [entry for entry in translated if entry.links]
    language = env.project.config.language
    wording = _wording(env, language)
    page = render_catalog(entries, wording, language, env.theme.theme, font_files(env.theme),
                          env.search)
    write_atomically(source, page)
    record = InputRecord(env.record.files)
    for path in [*files, *template_inputs(env.search), *wording_files(language, env.search)]:
        record.add(path)
    cache.record(source, key, Entry("", record, (CATALOG_NAME,)))


def _translations(documents: list[Document], env: Environment) -> list[Document]:
    """The documents in each language they have a catalog for (translations/<language>/)."""
    from actsheets.build.translation_units import TRANSLATIONS, Unit
    from actsheets.build.translations import translated_document

    found = []
    for document in documents:
        for catalog in sorted((env.project.root / TRANSLATIONS).glob(f"*/{document.id}.po")):
            unit = Unit(catalog, document.source.path, catalog.parent.name)
            try:
                found.append(translated_document(unit, strict=False)[0])
            except ContentError:
                continue  # the build reported it
    return found


def _entry(document: Document, env: Environment, present: set[str]) -> CatalogEntry:
    language = env.language_of(document.model)
    translation = document.translation.language if document.translation else ""
    model = document.model
    try:
        model = resolve_document(document, env.practice, env.wording(language), language,
                                 env.fonts).model
    except ContentError:
        pass  # the build reported it; the catalog shows the words as written
    links = []
    # A course makes four files per variant (pack, post-test, answer key, evaluation).
    products = PRODUCTS if document.kind == "course" else ("",)
    for product in products:
        stem = f"{document.id}-{product}" if product else document.id
        for variant in ALL_VARIANTS:
            variant = replace(variant, language=translation)
            name = f"{stem}{variant.suffix()}.{variant.format}"
            if name in present:
                links.append(CatalogLink(name, variant.format, variant.paper,
                                         variant.large_print, variant.fillable,
                                         variant.audience, product))
    thumbnails = [f"{THUMBNAILS}/{document.id}{replace(v, language=translation).suffix()}.png"
                  for v in ALL_VARIANTS if v.format == "pdf" and not v.fillable]
    thumbnail = next((t for t in thumbnails if t in present), None)
    # keywords stay in the language the document was written in
    wording = env.wording(env.project.config.language if translation else language).wording
    keywords = list(getattr(model, "keywords", ()))
    return CatalogEntry(
        id=document.id, title=model.title,  # type: ignore[attr-defined]
        subtitle=getattr(model, "subtitle", None) or "", kind=document.kind,
        audience=getattr(model, "audience", None) or _READERS.get(document.kind, "client"),
        language=language,
        processes=processes_of(keywords, wording), minutes=_minutes(model),
        links=tuple(links), thumbnail=thumbnail, keywords=tuple(keywords))


_READERS = {"course": "therapist"}  # a course is for the therapists who attend it


def _minutes(model) -> int | None:
    """Time needed, where the kind says it (a therapist guide's `minutes`, when it has one)."""
    for holder in (model, getattr(model, "therapist_guide", None)):
        value = getattr(holder, "minutes", None)
        if isinstance(value, int):
            return value
    return None


def _wording(env: Environment, language: str):
    variables = {"practice": env.practice, "client": {"name": ""},
                 "document": {"id": "", "kind": "", "title": ""}}
    return resolve_wording(env.wording(language), variables, env.fonts)

