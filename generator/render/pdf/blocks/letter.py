"""`letter` in PDF: salutation line, ruled body (filling its share of the page), sign-off
line."""

from __future__ import annotations

from reportlab.platypus import Spacer

from actsheets.models.blocks.letter import LetterBlock
from actsheets.render.pdf.blocks.base import BlockContext, renders
from actsheets.render.pdf.writing import RuledLines, WriteInLine


@renders("letter")
def letter(block: LetterBlock, ctx: BlockContext):
    styles, wording = ctx.styles, ctx.wording
    greeting = WriteInLine(block.salutation or wording.letter_salutation, styles,
                           ctx.field("to", wording.letter_to), width_fraction=0.6)
    body = RuledLines(ctx.lines_for(block.lines), styles,
                      ctx.field("body", wording.letter_body, multiline=True),
                      ctx.example_of(block), ctx.line_stretch(block.lines))
    closing = WriteInLine(block.sign_off or wording.letter_sign_off, styles,
                          ctx.field("from", wording.letter_from), width_fraction=0.6)
    return [*ctx.prompt(block), greeting, Spacer(1, styles.gap * 0.3),
            body, Spacer(1, styles.gap * 0.5), closing]
