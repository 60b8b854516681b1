"""Every message a user can see about their files, in one table, by stable code.

A problem is data: a file, a position, a code from this table and the values for the
message's slots. Messages say what is wrong and, in brackets, how to fix it, in words a
therapist understands. Codes never change once released; wording may improve.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MESSAGES: dict[str, str] = {
    # finding and reading documents
    "document.not-mapping": "a content file must be a mapping of keys to values "
                            "(start with `kind:` and `title:`)",
    "document.missing-kind": "missing `kind:` (one of: {kinds})",
    "document.unknown-kind": "unknown kind '{kind}' ({hint})",
    "document.duplicate-id": "id '{id}' is also used by {other} (ids name the output files, so "
                             "they must be unique: rename this file or set a different `id:`)",
    "document.reserved-id": "'{id}' cannot be a file name on Windows (set a different `id:` "
                            "or rename the file, for example {id}-sheet)",
    "document.name-clash": "the files for '{id}' would have the same names as those of "
                           "'{other_id}' in {other} on some computers (file names there do "
                           "not tell capitals apart, and '-fillable', '-a4', '-large' and "
                           "'-therapist' are added to names): give one of them a different "
                           "`id:`",
    # rosters (client or attendee lists): messages name rows and columns, never the values
    "roster.unreadable": "cannot read the roster: {reason} ({fix})",
    "roster.too-large": "the roster is larger than {limit} MB (split it into smaller files)",
    "roster.not-utf8": "the roster is not saved as UTF-8 (in Excel: File > Save As > "
                       "\"CSV UTF-8\"; in LibreOffice: tick \"Edit filter settings\" and "
                       "choose Unicode (UTF-8))",
    "roster.empty": "the roster is empty (the first line names the columns, for example "
                    "id,name,start)",
    "roster.blank-column": "column {number} has no name in the first line (name it, or "
                           "delete the column)",
    "roster.repeated-column": "column '{name}' appears twice in the first line (keep one)",
    "roster.extra-cells": "this row has {count} cells but the first line names {columns} "
                          "columns (a value may hold an unquoted separator: put it in "
                          "double quotes)",
    "roster.control-character": "this cell contains an invisible control character "
                                "U+{codepoint:04X} (delete it)",
    "roster.syntax": "this row cannot be read: {detail} (check its quotes)",
    # the schema
    "schema.unknown-key": "unknown key '{key}'{suggestion}",
    "schema.missing-key": "missing required key '{key}' (add `{key}:` here)",
    "schema.unknown-block-type": "unknown block type '{type}'{suggestion}",
    "schema.no-block-type": "this item has no `type:` (add one, for example `type: lines`)",
    "schema.not-allowed": "{value} is not allowed here (use {allowed})",
    "schema.wrong-type": "expected {wanted}, found {found} (change the value)",
    "schema.invalid-form": "'{value}' is not valid here ({hint})",
    "schema.too-few": "needs at least {limit} item(s) (add some)",
    "schema.too-many": "has more than {limit} items (remove some)",
    "schema.empty-text": "{subject} must not be empty (write some text)",
    "schema.text-too-long": "{subject} is too long: {length} characters, at most {limit} "
                            "(shorten it)",
    "schema.invalid-value": "{detail}",
    "schema.other": "{detail} (check this value)",
    # checks beyond the schema
    "block.field-name-repeated": "field name '{name}' is already used by block {first} "
                                 "(give each block its own name)",
    "rating.low-not-below-high": "low ({low}) must be below high ({high}) "
                                 "(for example low: 0, high: 10)",
    "rating.too-many-points": "a scale can have at most 21 points (narrow the range)",
    "tracker.rows-out-of-range": "rows must be between 1 and 60 (or `days`, or a list of labels)",
    "tracker.no-rows": "rows is an empty list (give at least one label)",
    "layout.one-page-large-print": "in large print this {type} block (block {number}) lands "
                                   "on page {page} on {paper}, but the sheet plans {planned} "
                                   "(add `new_page_in_large_print: true` to the block where a "
                                   "new page should start, or shorten the sheet)",
    "block.example-too-long": "this example row has {have} answers but the tracker has "
                              "{most} columns (one answer per column)",
    "block.example-out-of-range": "this example must be a number from {low} to {high}",
    "block.example-quarters": "the example needs one ring number for each of the four "
                              "quarters (for example [2, 1, 3, 4])",
    # text
    "text.missing-glyph": "{what}the font has no glyph for {characters} (remove or replace "
                          "these characters, or choose a theme whose font has them)",
    "text.placeholder": "{detail}",
    "wording.placeholder": "in wording '{key}': {detail}",
    "wording.invalid": "wording '{key}': {detail} (see the built-in en.yaml for the expected "
                       "form)",
    "wording.missing": "wording '{key}' is missing (add `{key}:`; see the built-in en.yaml)",
    # project settings
    "theme.not-found": "theme '{name}' not found (add templates/themes/{name}.yaml or use "
                       "theme: default)",
    "font.unusable": "{detail} (install it, or pick another font in the theme)",
    # layout
    "layout.block-too-tall": "this {type} block is {height:.0f} mm tall but a {paper} page has "
                             "room for {room:.0f} mm (make it shorter or split it into two "
                             "blocks)",
    "layout.field-name-clash": "form field name '{name}' is used twice in this sheet "
                               "(give this block a different `name:`)",
    "layout.columns-too-wide": "the column headings need {need:.0f} mm but the page has "
                               "{have:.0f} mm beside the row labels (use fewer or shorter "
                               "column labels)",
    "layout.too-large": "part of this document is too large to fit on one page (break long "
                        "text, lists or tables into smaller parts)",
    "layout.one-page-block": "the sheet is marked one_page but this {type} block (block "
                             "{number}) does not fit on page 1 on {paper} (fewer lines, a "
                             "shorter prompt, or one_page: false)",
    "layout.one-page-closing": "the sheet is marked one_page but its closing lines run onto "
                               "page 2 on {paper} (shorten the last blocks or set one_page: "
                               "false)",
}


def message(code: str, **slots: Any) -> str:
    return MESSAGES[code].format(**slots)


@dataclass(frozen=True)
class Finding:
    """A problem found inside a model, before it is given a file and position: where in
    the content (a path of keys and indexes), a code, and the values for its message."""

    loc: tuple
    code: str
    slots: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return message(self.code, **self.slots)

    def inside(self, *prefix: Any) -> Finding:
        return Finding((*prefix, *self.loc), self.code, self.slots)
