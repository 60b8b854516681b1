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
    "document.missing-kind-of": "missing `kind:` (these keys belong to a {describe}: add "
                                "`kind: {kind}`)",
    "document.wrong-kind": "this file says `kind: {kind}`, but {keys} belong to a {describe} "
                           "(set `kind: {other}`)",
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
    # translations (translations/<language>/<id>.po)
    "language.unknown": "unknown language '{language}'{hint}",
    "translation.syntax": "this translation file cannot be read: {detail} (check the quotes "
                          "on this line; a PO editor such as Poedit shows the mistake)",
    "translation.unknown-status": "unknown translation status '{status}' in "
                                  "X-Translation-Status (use one of: {statuses})",
    "translation.missing": "this text has no {name} translation yet, so it is printed in "
                           "English (add it to {po}; `actsheets translate {language} "
                           "{document_id}` adds an empty entry for it)",
    "translation.empty": "this text is not translated into {name} yet, so it is printed in "
                         "English (write the translation in the msgstr at {po})",
    "translation.incomplete": "{count} text(s) of this document have no finished {name} "
                              "translation and are printed in English (`actsheets check "
                              "--language {language}` lists them)",
    "translation.stale": "this text changed after it was translated, so it is printed in "
                         "English (update the {name} translation at {po}, then remove its "
                         "fuzzy mark)",
    "translation.stale-entry": "this {name} translation is out of date: the English at "
                               "{english} changed (update the translation, then remove the "
                               "fuzzy mark)",
    "translation.unknown-context": "this entry matches no text in '{id}' any more (the "
                                   "English was removed or moved: run `actsheets translate "
                                   "{language} {id}` to set it aside as obsolete)",
    "translation.no-document": "there is no document with the id '{id}' for this translation "
                               "({hint}; a translation file is named after its document's "
                               "id)",
    "translation.wrong-document": "this translation's header names {english}, whose document "
                                  "is '{id}' (rename this file to {id}.po, or correct "
                                  "X-Source-File)",
    "translation.unsupported-kind": "documents of kind '{kind}' cannot be translated yet "
                                    "(make a copy in the other language instead and set "
                                    "its `language:`)",
    # the HTML twin (`--format html`)
    "html.template": "the web page (HTML) template cannot be used: {detail} (fix it, or delete "
                     "your copy to use the built-in one)",
    "html.unsupported-block": "blocks of type '{type}' have no web page (HTML) form yet "
                              "(build this worksheet as PDF only: `--format pdf`)",
    # YAML syntax: the mistake a person most likely made, at its line, with the line fixed
    "yaml.colon-in-value": "{where} contains ': ', which YAML reads as the start of a new key "
                           "(put the whole text in double quotes, for example `{example}`)",
    "yaml.unclosed-quote": "the {quote_name} that opens this value is never closed (add a "
                           "closing {quote} at the end of the text, for example `{example}`)",
    "yaml.apostrophe": "the apostrophe ends this single-quoted text early (write each "
                       "apostrophe as two single quotes, `{doubled}`, or put the text in double "
                       "quotes: `{example}`)",
    "yaml.text-after-quote": "there is more text after the closing quote (put the whole value "
                             "in quotes, for example `{example}`)",
    "yaml.special-start": "a value that starts with {char} must be in quotes (write `{example}`)",
    "yaml.markdown-start": "a value that starts with * (Markdown *italic* or **bold**) must be "
                           "in quotes (write `{example}`)",
    "yaml.placeholder-start": "a value that starts with a placeholder {{{{ ... }}}} must be in "
                              "quotes (write `{example}`)",
    "yaml.unclosed-list": "the list that opens with {bracket} here is never closed (end it "
                          "with {closing}, for example `{example}`)",
    "yaml.missing-colon": "there is no colon after `{key}` (write `{example}`)",
    "yaml.equals-for-colon": "keys take a colon, not '=' (write `{example}`)",
    "yaml.no-space-after-colon": "put a space after the colon (write `{example}`)",
    "yaml.lost-indent": "this line continues {what} but is not indented (indent it with "
                        "{spaces} spaces, or join it to line {line})",
    "yaml.block-text-indent": "this line seems to belong to the text of `{key}` (line {line}) "
                              "but is indented less than that text (indent it with {spaces} "
                              "spaces, like the lines above it)",
    "yaml.missing-dash": "this line is lined up with the list items above but does not start "
                         "with '- ' (write `{example}`, lined up with the '-' on line {line}; "
                         "if it continues the item above, indent it further)",
    "yaml.dash-without-space": "put a space after the '-' that starts a list item (write "
                               "`{example}`)",
    "yaml.misaligned": "`{key}:` is not lined up with the keys around it (line it up with "
                       "`{sibling}` on line {line}: {spaces} spaces from the left)",
    "yaml.misaligned-item": "this list item is not lined up with the one on line {line} (start "
                            "its '-' {spaces} spaces from the left, like that one)",
    "yaml.tab": "this line is indented with a tab character (use spaces, not tabs{lineup})",
    "yaml.duplicate-key": "duplicate key '{key}' (first given on line {line}; keep only one)",
    "yaml.duplicate-key-in-item": "'{key}' is given twice in the list item that starts on line "
                                  "{line} (if this line starts a new item, write '- ' before "
                                  "`{key}:`, lined up with the '-' on line {line}; otherwise "
                                  "keep only one)",
    "yaml.syntax": "{what} (check the quotes, colons and indentation on this line and the "
                   "line above)",
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
    "roster.missing-column": "the roster has no '{name}' column (add it to the first line: "
                             "every roster needs the columns id, name and start)",
    "roster.unknown-column": "a roster cannot set '{name}'{suggestion} (columns are id, name, "
                             "start, plan keys such as weeks or why, and practice keys such "
                             "as {example})",
    "roster.empty-cell": "the {column} cell is empty (every row needs an id, a name and a "
                         "start date)",
    "roster.bad-date": "this is not a date (write dates as year-month-day, for example "
                       "2026-03-02; in Excel, format the column as yyyy-mm-dd)",
    "roster.bad-value": "this value does not fit {column} ({hint})",
    # plans (one client's homework)
    "plan.weeks-out-of-range": "a plan runs for 1 to 26 weeks (set `weeks:` to a whole number "
                               "such as 4)",
    "plan.review-before-start": "the review date comes before the start date (set `review:` "
                                "on or after `start:`, or leave it out)",
    "plan.cap-below-start": "the cap is below the starting dose (a dose grows: set `cap:` "
                            "above `start:`, or leave it out)",
    "plan.dose-never-reaches-cap": "the dose never grows to its cap because its step is not "
                                   "above 0 (set `step:`, for example step: 1, or remove "
                                   "`cap:`)",
    "plan.repeated-practice": "practice id '{id}' is used twice (give each practice its own "
                              "`id:`)",
    "plan.unknown-practice": "no practice has the id '{id}' (use one of: {ids})",
    "plan.unknown-worksheet": "there is no worksheet '{id}' in {library}{suggestion}",
    "plan.unknown-param": "the worksheet '{sheet}' takes no parameter '{name}' ({declared})",
    "plan.sheet-has-problems": "the worksheet '{id}' has problems of its own (they are listed "
                               "with its file; fix them, or choose another worksheet)",
    "plan.confidence-low": "confidence {confidence} is below 7 but there is no smaller version "
                           "(add `smaller:` with an easier version the client feels sure of)",
    "plan.unknown-language": "there are no date formats for the language '{language}' (use a "
                             "language tag such as en, en-GB, de or fr)",
    "packet.not-a-plan": "this file is a {kind}, not a plan (`actsheets packets` needs a file "
                         "with kind: plan)",
    # the schema
    "schema.unknown-key": "unknown key '{key}'{suggestion}",
    "schema.missing-key": "missing required key '{key}' (add `{key}:` here)",
    "schema.unknown-block-type": "unknown block type '{type}'{suggestion}",
    "schema.no-block-type": "this item has no `type:` (add one, for example `type: lines`)",
    "schema.not-allowed": "{value} is not allowed here (use {allowed})",
    "schema.wrong-type": "{subject}: expected {wanted}, found {found} ({fix})",
    "schema.out-of-range": "{subject} must be {limit}, not {found} (change the value)",
    "schema.text-with-colon": "this text contains ': ', which YAML reads as a key and its "
                              "value (put the whole text in double quotes: `{example}`)",
    "schema.not-a-date": "'{value}' is not a real date (write it as YYYY-MM-DD, for example "
                         "2026-01-31)",
    "schema.invalid-form": "'{value}' is not valid here ({hint})",
    "schema.too-few": "needs at least {limit} item(s) (add some)",
    "schema.too-many": "has more than {limit} items (remove some)",
    "schema.empty-text": "{subject} must not be empty (write some text)",
    "schema.text-too-long": "{subject} is too long: {length} characters, at most {limit} "
                            "(shorten it)",
    "schema.invalid-value": "{detail}",
    "schema.other": "{subject} cannot be {found} (check this value against the README or "
                    "the bundled examples)",
    # checks beyond the schema
    "block.field-name-repeated": "field name '{name}' is already used by block {first} "
                                 "(give each block its own name)",
    "rating.low-not-below-high": "low ({low}) must be below high ({high}) "
                                 "(for example low: 0, high: 10)",
    "rating.too-many-points": "a scale can have at most 21 points (narrow the range)",
    "tracker.rows-out-of-range": "rows must be between 1 and 60 (or `days`, or a list of labels)",
    "tracker.no-rows": "rows is an empty list (give at least one label)",
    # courses
    "course.credits-mismatch": "{hours} CE hour(s) for {board} need {need:.0f} credit-bearing "
                               "minutes, but the agenda's credit-bearing parts add up to "
                               "{minutes} (correct the hours or the agenda's minutes; mark "
                               "breaks with credit: false)",
    "course.credit-repeated": "{board} credit in category '{category}' is listed twice (give "
                              "each board and category once)",
    "course.agenda-overlap": "this part starts at {start}, before the part above it ends at "
                             "{expected} (correct this start time or the minutes above)",
    "course.period-backwards": "the {board} approval period ends before it starts (check "
                               "period_start and period_end)",
    "course.approval-repeated": "there is already an approval for {board} (give each board "
                                "once)",
    "course.statement-repeated": "statement '{name}' is listed twice (keep one)",
    "course.question-objective": "this question tests objective {number}, but the course has "
                                 "{count} objective(s) (use a number from 1 to {count})",
    "course.true-false-options": "a true/false question has no options (remove `options:`, or "
                                 "set type: multiple_choice)",
    "course.answer-not-true-false": "the answer to a true/false question must be true or false "
                                    "(write answer: true or answer: false)",
    "course.too-few-options": "a multiple-choice question needs at least two options (add "
                              "them under `options:`)",
    "course.answer-not-an-option": "answer '{answer}' is not one of this question's options "
                                   "(use one of the letters {letters})",
    "course.include-repeated": "'{id}' is already included with the same audience (remove "
                               "one)",
    "course.include-unknown": "no handout or worksheet has the id '{id}'{suggestion}",
    "course.include-kind": "'{id}' is a {kind}; a course pack includes handouts and "
                           "worksheets (remove it from includes)",
    "course.include-broken": "'{id}' ({file}) has problems of its own (fix those first; they "
                             "are listed with that file)",
    "course.question-count": "{count} question(s) for {hours} CE hour(s): boards usually "
                             "expect about {low} to {high} (add or remove questions)",
    "course.too-many-true-false": "{count} true/false questions for {hours} CE hour(s): "
                                  "boards usually allow at most {allowed} (make this one "
                                  "multiple choice)",
    "course.no-pass-mark": "no pass mark is stated, so {mark}% is used (state it with "
                           "pass_mark: {mark})",
    "course.not-a-course": "this file is a {kind}, not a course (give the course file)",
    "statement.not-found": "there is no statement template '{name}' (add "
                           "statements/{name}.j2 to your templates folder, or use one of: "
                           "{known})",
    "statement.slot-unfilled": "the '{name}' statement needs {slot}, which this course does "
                               "not give ({fix})",
    "statement.placeholder": "in statement template '{name}': {detail}",
    "image.not-found": "there is no file {path} (check the path: it is taken from the project "
                       "folder)",
    "image.outside-project": "{path} is outside the project folder (copy the image into the "
                             "project, for example into templates/)",
    "image.wrong-type": "{path} is not a PNG or JPEG image (save it as .png or .jpg)",
    "image.too-large": "{path} is {size} MB; images may be at most {limit} MB (save a smaller "
                       "copy)",
    "image.too-many-pixels": "{path} is {width} x {height} pixels; at most {limit} on a side "
                             "(save a smaller copy)",
    # attendee rosters (certificates)
    "attendees.missing-column": "the first line has no '{name}' column (add it; certificates "
                             "need {required})",
    "attendees.unknown-column": "unknown column '{name}'{suggestion}",
    "attendees.empty-cell": "the {column} cell is empty (fill it in; this row gets no "
                         "certificate until then)",
    "roster.bad-id": "the id in this row can only hold letters, digits, '-' and '_' (at most "
                     "64; it names the certificate's file)",
    "roster.repeated-id": "this id is already used in row {first} (give each attendee their "
                          "own id)",
    "attendees.bad-date": "the {column} cell is not a date (write it as YYYY-MM-DD, for example "
                       "2025-03-14)",
    "roster.bad-minutes": "the minutes cell must be a whole number of minutes attended (or "
                          "empty for the whole course)",
    "roster.bad-score": "the score cell must be a percentage from 0 to 100 (or empty)",
    "roster.name-too-long": "the name in this row is longer than {limit} characters (shorten "
                            "it)",
    "roster.cell-glyphs": "no available font can draw {characters} in the {column} cell of "
                          "this row (check it for stray characters)",
    "certificate.too-few-minutes": "attendee {id} attended fewer than the course's {need} "
                                   "credit-bearing minutes and gets no certificate (correct "
                                   "the minutes if this is a mistake)",
    "certificate.below-pass-mark": "attendee {id} scored below the pass mark of {mark}% and "
                                   "gets no certificate (correct the score if this is a "
                                   "mistake)",
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
    "text.right-to-left": "{what}right-to-left writing such as {character} cannot be printed "
                          "correctly yet (see the README's section on right-to-left "
                          "languages)",
    "text.missing-glyph": "{what}the font has no glyph for {characters} ({advice})",
    "text.placeholder": "{detail}",
    "text.heading": "headings ('{marks} ...') cannot go inside text and would print as "
                    "'{marks}' (start a new section with its own `heading:`, or use **bold** "
                    "for a short title line)",
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


# Codes that are advice rather than errors: printed, but the build still succeeds.
WARNINGS: frozenset[str] = frozenset({
    "course.question-count", "course.too-many-true-false", "course.no-pass-mark",
    "certificate.too-few-minutes", "certificate.below-pass-mark", "plan.confidence-low",
    "translation.missing", "translation.empty", "translation.incomplete", "translation.stale", "translation.stale-entry",
    "translation.unknown-context",
})


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
