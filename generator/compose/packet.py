"""A homework packet as a composition: the plan page, the worksheets made out for the
client (in the plan's order, weekly sheets once per week), and the review page.

The file's metadata never holds the client's name: its title is the packet label and the
packet's id (which names the file too), so a folder of packets can be searched without
showing who they are for.
"""

from __future__ import annotations

from collections.abc import Sequence

from actsheets.compose.parts import Composition, Metadata, Part
from actsheets.text import markdown
from actsheets.text.document import ResolvedDocument


def packet(plan: ResolvedDocument, sheets: Sequence[tuple[ResolvedDocument, str]],
           review: ResolvedDocument, *, author: str, subject: str,
           fillable: bool) -> Composition:
    """`sheets` are (document, running title) pairs: a weekly copy's title names its week."""
    wording = plan.wording
    footer = wording.footer_line
    parts = [Part(plan, footer_line=footer)]
    parts += [Part(sheet, running_title=title, footer_line=footer) for sheet, title in sheets]
    parts.append(Part(review, footer_line=footer))
    label = markdown.plain(wording.plan_packet)
    metadata = Metadata(title=f"{label} {plan.id}", author=author, subject=subject,
                        keywords=tuple(getattr(plan.model, "keywords", ())),
                        language=plan.language)
    return Composition(parts=tuple(parts), metadata=metadata, numbering="continuous",
                       outline_title=label, fillable=fillable)
