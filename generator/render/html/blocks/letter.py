"""`letter` in HTML: the salutation labelling the name it is to, the letter's text area,
and the sign-off labelling the signature."""

from __future__ import annotations

from actsheets.models.blocks.letter import LetterBlock
from actsheets.render.html.blocks.base import BlockContext, renders


@renders("letter")
def letter(block: LetterBlock, ctx: BlockContext):
    wording = ctx.wording
    return ctx.render(
        block, salutation=block.salutation or wording.letter_salutation,
        sign_off=block.sign_off or wording.letter_sign_off,
        to=ctx.field("to", wording.letter_to), body=ctx.field("body", wording.letter_body),
        signed=ctx.field("from", wording.letter_from), rows=block.lines,
        answer=ctx.example_of(block) or "")
