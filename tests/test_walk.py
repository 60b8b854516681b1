"""actsheets.text.walk: every reader-facing string of a model is visited (placeholders are
filled and glyphs checked there), and nothing else is."""

from __future__ import annotations

from actsheets.models.kinds.handout import Handout
from actsheets.text.walk import map_text

HANDOUT = Handout.model_validate({
    "kind": "handout",
    "id": "an-id",
    "title": "T",
    "subtitle": "ST",
    "language": "en",
    "keywords": ["kw"],
    "summary": "S",
    "key_points": ["K0", "K1"],
    "sections": [{"heading": "H0", "body": "B0"}, {"heading": "H1", "body": "B1"}],
    "assignments_heading": "AH",
    "assignments": [{"title": "AT0", "body": "AB0"}],
    "references": ["R0"],
    "adapted_from": "AF",
    "licence": "L",
})

ALL_TEXT = {
    ("title",): "T", ("subtitle",): "ST", ("summary",): "S",
    ("key_points", 0): "K0", ("key_points", 1): "K1",
    ("sections", 0, "heading"): "H0", ("sections", 0, "body"): "B0",
    ("sections", 1, "heading"): "H1", ("sections", 1, "body"): "B1",
    ("assignments_heading",): "AH",
    ("assignments", 0, "title"): "AT0", ("assignments", 0, "body"): "AB0",
    ("references", 0): "R0", ("adapted_from",): "AF", ("licence",): "L",
}
REQUIRED_FIELDS = {("title",), ("sections", 0, "heading"), ("sections", 0, "body"),
                   ("sections", 1, "heading"), ("sections", 1, "body"),
                   ("assignments", 0, "title"), ("assignments", 0, "body")}


def visited(model) -> dict[tuple, str]:
    seen: dict[tuple, str] = {}

    def record(loc, text):
        seen[loc] = text
        return text

    map_text(model, record)
    return seen


def test_optional_and_list_text_fields_are_visited_with_their_location():
    seen = visited(HANDOUT)
    for loc, text in ALL_TEXT.items():
        if loc not in REQUIRED_FIELDS:
            assert seen.get(loc) == text, loc


def test_non_text_fields_are_left_alone():
    seen = visited(HANDOUT)
    for loc in seen:
        assert loc[0] not in ("id", "kind", "language", "keywords", "audience")


def test_unvisited_model_is_returned_as_is():
    plain = Handout.model_validate({"kind": "handout", "title": "T"})
    assert map_text(plain, lambda loc, text: text) is plain


def test_changes_are_applied_to_a_copy():
    changed = map_text(HANDOUT, lambda loc, text: text.lower())
    assert changed.summary == "s" and changed.key_points == ["k0", "k1"]
    assert HANDOUT.summary == "S"  # the original is untouched


def test_required_text_fields_are_visited_too():
    # Regression: pydantic moves the TEXT marker of `title: Title` into field.metadata, and
    # these fields used to be skipped (placeholders printed raw, glyphs never checked).
    assert visited(HANDOUT) == ALL_TEXT


def test_text_inside_nested_lists_is_visited():
    """A tracker's worked example is a list of rows of text: every cell is reader-facing."""
    from actsheets.models.blocks.tracker import TrackerBlock

    block = TrackerBlock.model_validate({
        "type": "tracker", "name": "log", "columns": [{"label": "When"}, {"label": "What"}],
        "rows": "days", "example": [["Monday", "A walk"], ["Tuesday", "A call"]]})
    seen = []
    map_text(block, lambda loc, text: seen.append((loc, text)) or text)
    assert (("example", 1, 1), "A call") in seen
    assert (("columns", 0, "label"), "When") in seen
    assert not [text for loc, text in seen if loc == ("rows",)]  # `days` is a keyword
