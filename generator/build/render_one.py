"""Render one document in memory: each variant resolved, composed and drawn to PDF bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from actsheets.build.environment import Environment
from actsheets.build.languages import language_problem, unknown_language
from actsheets.compose import single
from actsheets.documents import Document
from actsheets.errors import ContentError, Position, Problem
from actsheets.loading import read_yaml
from actsheets.loading.reads import InputRecord
from actsheets.models.kinds import KINDS
from actsheets.output.naming import Variant
from actsheets.render.pdf.parts.composition import render_composition
from actsheets.text import markdown
from actsheets.text.document import ResolvedDocument, resolve_document
from actsheets.wording import language_file_names


def resolve(document: Document, env: Environment) -> ResolvedDocument:
    language = env.language_of(document.model)
    check_language(document, language, env)
    return resolve_document(document, env.practice, env.wording(language), language,
                            env.fonts_for(language))


def check_language(document: Document, language: str, env: Environment) -> None:
    """A language actsheets cannot write (no dates, no names for it) is a problem where it
    is named: the document's `language:`, or the project's."""
    if unknown_language(language) is None:
        return
    if getattr(document.model, "language", None):
        where = document.source.path, document.source.position_of(("language",))
    elif env.project.config_file is not None:
        where = env.project.config_file, read_yaml(env.project.config_file).position_of(
            ("language",))
    else:
        where = document.source.path, Position(1, 1)
    problem = language_problem(language, *where)
    if problem is not None:
        raise ContentError([problem])


def render_variant(document: Document, variant: Variant, env: Environment,
                   resolved: ResolvedDocument | None = None) -> bytes:
    """One variant's PDF; `resolved` saves resolving the text again for each variant."""
    if document.kind == "plan":  # a homework packet: plan page, worksheets, review page
        from actsheets.build.packets import render_packet

        return render_packet(document, variant, env).pdf
    resolved = resolved or resolve(document, env)
    subtitle = getattr(resolved.model, "subtitle", None)
    composition = single(resolved, variant.audience, author=env.author,
                         subject=markdown.plain(subtitle or KINDS[document.kind].describe),
                         fillable=variant.fillable)
    wording = resolved.wording  # the PDF title tells the variants apart
    kinds = [wording.title_therapist if variant.audience == "therapist" else "",
             wording.title_fillable if variant.fillable else "",
             wording.title_large_print if variant.large_print else ""]
    if any(kinds):
        title = f"{composition.metadata.title} — {', '.join(k for k in kinds if k)}"
        composition = replace(composition, metadata=replace(composition.metadata, title=title))
    return render_composition(composition, env.theme.theme, env.fonts_for(resolved.language),
                              variant.paper, variant.large_print).pdf


def render_document(document: Document, variants: list[Variant], env: Environment,
                    render: Callable[..., bytes] = render_variant,
                    ) -> list[bytes]:
    """Every variant, or a ContentError with the problems found; a place that fails in
    several variants (Letter and A4) is reported once, as the first variant saw it."""
    pdfs: list[bytes] = []
    problems: dict[tuple, Problem] = {}
    # The text is the same in every variant (a packet resolves its own parts).
    resolved = resolve(document, env) if document.kind != "plan" else None
    for variant in variants:
        try:
            pdfs.append(render(document, variant, env, resolved))
        except ContentError as error:
            for problem in error.problems:
                problems.setdefault((str(problem.file), problem.position), problem)
    if problems:
        raise ContentError(list(problems.values()))
    return pdfs


def inputs_of(document: Document, env: Environment) -> InputRecord:
    """Every file a render of this document reads."""
    record = InputRecord(env.record.files)
    record.add(document.source.path)
    for name in language_file_names(env.language_of(document.model)):
        for path in env.search.candidates(f"wording/{name}.yaml"):
            record.add(path)
    if document.kind == "plan":
        from actsheets.build.packets import packet_inputs

        packet_inputs(document, env, record)
    return record
