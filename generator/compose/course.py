"""A course's outputs as compositions: the course pack (cover, contents, course information,
every included handout and worksheet, discussion questions and references), and the
post-test, answer key and evaluation form, each its own file.

The parts drawn from the course itself are the course document under a view name
(`course.cover`, `course.information`...), so each renderer knows which page to draw.
The answer key is only ever composed on its own: no attendee file holds the answers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from actsheets.compose.parts import Composition, Metadata, Part
from actsheets.models.kinds.course import Course
from actsheets.text import markdown
from actsheets.text.document import ResolvedDocument
from actsheets.text.statements import Statement


@dataclass(frozen=True)
class CourseView:
    """What a course's pages draw: the resolved course, its filled-in board statements and
    the images it shows."""

    course: Course
    statements: tuple[Statement, ...]
    logo: Path | None = None

    @property
    def title(self) -> str:
        return self.course.title


@dataclass(frozen=True)
class Included:
    document: ResolvedDocument
    audience: str


def _view(resolved: ResolvedDocument, view: CourseView, name: str) -> ResolvedDocument:
    document = replace(resolved.document, kind=f"course.{name}")
    return ResolvedDocument(document, view, resolved.wording, resolved.language)


def _metadata(resolved: ResolvedDocument, view: CourseView, label: str) -> Metadata:
    title = markdown.plain(view.title)
    keywords = tuple(view.course.keywords)
    return Metadata(title=f"{title} – {label}", author=markdown.plain(view.course.provider.name),
                    subject=resolved.wording.course_cover_label, keywords=keywords,
                    language=resolved.language)


def course_pack(resolved: ResolvedDocument, view: CourseView,
                included: list[Included]) -> Composition:
    wording = resolved.wording
    footer = markdown.plain(view.title)
    parts = [
        Part(_view(resolved, view, "cover"), running_title=wording.course_pack,
             page_template="cover", footer_line=footer),
        Part(_view(resolved, view, "information"), running_title=wording.course_information,
             footer_line=footer),
    ]
    parts += [Part(item.document, audience=item.audience, footer_line=footer)
              for item in included]
    if view.course.discussion_questions or view.course.references:
        parts.append(Part(_view(resolved, view, "further"), running_title=wording.course_further,
                          footer_line=footer))
    return Composition(parts=tuple(parts), metadata=_metadata(resolved, view, wording.course_pack),
                       numbering="continuous", contents_before=1,
                       contents_title=wording.contents, outline_title=footer)


def course_sheet(resolved: ResolvedDocument, view: CourseView, product: str) -> Composition:
    """The post-test, the answer key or the evaluation form, each a file of its own."""
    name = {"post-test": "post_test", "answer-key": "answer_key",
            "evaluation": "evaluation"}[product]
    wording = resolved.wording
    label = {"post_test": wording.course_post_test, "answer_key": wording.course_answer_key,
             "evaluation": wording.course_evaluation}[name]
    part = Part(_view(resolved, view, name), running_title=label,
                footer_line=markdown.plain(view.title))
    return Composition(parts=(part,), metadata=_metadata(resolved, view, label))
