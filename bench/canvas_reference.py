"""The yardstick: a plain ReportLab canvas program drawing the reference documents.

It draws what `actsheets build --paper letter --audience client` writes for
    content/handouts/your-homework-between-sessions.yaml   -> <id>.pdf (4 pages)
    content/worksheets/mindful-awareness-log.yaml          -> <id>.pdf and <id>-fillable.pdf
the way a careful person would by hand: read the YAML with pyyaml, fill the few placeholders,
wrap text with stringWidth, place it with the canvas (no Platypus, no actsheets imports).
Same fonts (Atkinson Hyperlegible from its font package, embedded and subset), Letter with
0.6 in margins, the theme's sizes and greys, text set no wider than a comfortable column
(74 average characters), typographer's quotes, bold/italic runs, bullets, the key-point box,
the tracker table with its grid, ruled writing lines 9 mm apart, bold prompts, the writing
space sharing out what is left of a worksheet's page (taller rows, whole lines added), a
footer below a hairline with the title (and licence), the practice line, the safety line
and "Page N of M", bookmarks, metadata (title, author, subject, keywords, language),
invariant output, and in the fillable sheet the same AcroForm fields (one text field per
writing line and tracker cell, multi-line where actsheets makes them so).

It only knows the shapes of these two documents (and copies of them): it is a yardstick for
bench/benchmark.py, not a second renderer. Run from the repository root:

    python bench/canvas_reference.py --out /tmp/x                 # the two reference documents
    python bench/canvas_reference.py --out /tmp/x --jobs 4 DIR    # every YAML file in DIR
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

import yaml
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
REFERENCES = [ROOT / "content/handouts/your-homework-between-sessions.yaml",
              ROOT / "content/worksheets/mindful-awareness-log.yaml"]

# The default theme and English wording, as constants.
REGULAR, BOLD, ITALIC = "AH-Regular", "AH-Bold", "AH-Italic"
PAGE_W, PAGE_H = LETTER
MARGIN = 0.6 * inch
LEFT, RIGHT, WIDTH = MARGIN, PAGE_W - MARGIN, PAGE_W - 2 * MARGIN
SMALL, SMALL_LEAD = 9.0, 12.42
SLACK = 4.5  # kept free on a worksheet's page, so rounding never pushes a block over
CLEARANCE = 8 * mm  # between the last thing on a page and the footer's hairline
FOOTER_H = 3 * SMALL * 1.3 + SMALL * 0.4 + CLEARANCE  # title, contact and safety lines
TOP, BOTTOM = PAGE_H - MARGIN, MARGIN + FOOTER_H
BODY, LEAD = 11.5, 15.87
TITLE, TITLE_LEAD = 22.0, 25.3
SUBTITLE, SUBTITLE_LEAD = 13.5, 18.63
HEADING, HEADING_LEAD = 15.0, 20.7
SUBHEADING, SUBHEADING_LEAD = 12.5, 17.25
CELL, CELL_LEAD = BODY * 0.92, 14.6
GAP = BODY * 0.9
INDENT = BODY * 1.4
LINE_SPACING, ROW_H = 9 * mm, 10 * mm
FIELD_SIZE = 10.9
TEXT, MUTED, RULE, SHADE = (HexColor("#000000"), HexColor("#3a3a3a"), HexColor("#5a5a5a"),
                            HexColor("#ececec"))
HAIRLINE = HexColor("#9a9a9a")
# A comfortable line: 74 characters of this sample's average width.
SAMPLE = ("Noticing the hook gives you a choice: move away, or move towards what matters "
          "to you this week, one small step at a time.")
CLEAR = Color(1, 1, 1, alpha=0)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_INLINE = re.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*([^*\s](?:[^*\n]*?[^*\s])?)\*(?![\w*])")
_PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")
_IF_NOT = re.compile(r"\{%\s*if\s+([\w.]+)\s*!=\s*(\S+)\s*%\}(.*?)\{%\s*endif\s*%\}", re.DOTALL)
_fonts_ready = False
_settings: dict | None = None


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    import fontpkg

    family = "atkinson_hyperlegible"
    for name, weight, style in ((REGULAR, 400, "normal"), (BOLD, 700, "normal"),
                                (ITALIC, 400, "italic")):
        pdfmetrics.registerFont(TTFont(name, str(fontpkg.path(family, weight, style))))
    _fonts_ready = True


def settings() -> dict:
    """The practice name and contact from actsheets.yaml (for the author and the footer)."""
    global _settings
    if _settings is None:
        practice = _load(ROOT / "actsheets.yaml").get("practice") or {}
        name, contact = practice.get("name", ""), practice.get("contact", "")
        _settings = {"practice.name": name,
                     "footer": [line for line in ("  ·  ".join(p for p in (name, contact) if p),
                                                  practice.get("safety", "")) if line]}
    return _settings


def _load(path: Path) -> dict:
    with open(path, "rb") as stream:
        return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# --- text: inline runs, words, wrapping -------------------------------------------------

def words_of(text: str, font: str) -> list[list[tuple[str, str]]]:
    """Words as lists of (font, text) pieces; **bold** and *italic* change the font."""
    runs, position = [], 0
    text = curly(text)
    for match in _INLINE.finditer(text):
        runs.append((font, text[position:match.start()]))
        runs.append((BOLD, match[1]) if match[1] is not None else (ITALIC, match[2]))
        position = match.end()
    runs.append((font, text[position:]))
    words, word = [], []
    for run_font, run in runs:
        for piece in re.split(r"(\s+)", run):
            if not piece:
                continue
            if piece.isspace():
                if word:
                    words.append(word)
                    word = []
            else:
                word.append((run_font, piece))
    if word:
        words.append(word)
    return words


def measure(font: str, size: float) -> float:
    return 74 * stringWidth(SAMPLE, font, size) / len(SAMPLE)


def curly(text: str) -> str:
    """Typographer's quotes and apostrophes, as actsheets sets them."""
    text = re.sub(r"(^|[\s(\[{—–-])([\"'])", lambda m: m[1] + ("\u201c" if m[2] == '"'
                                                                else "\u2018"), text)
    return re.sub(r"([\"'])", lambda m: "\u201d" if m[1] == '"' else "\u2019", text)


def wrap(text: str, font: str, size: float, width: float,
         first_width: float | None = None) -> list[list[list[tuple[str, str]]]]:
    lines, line, used = [], [], 0.0
    space = stringWidth(" ", font, size)
    room = width if first_width is None else first_width
    for word in words_of(text, font):
        w = sum(stringWidth(t, f, size) for f, t in word)
        if line and used + space + w > room:
            lines.append(line)
            line, used, room = [], 0.0, width
        used += (space if line else 0) + w
        line.append(word)
    if line:
        lines.append(line)
    return lines


def paragraphs(text: str) -> list[tuple[str, list[str] | str]]:
    """Markdown subset: ("p", text) for paragraphs, ("ul", items) for bullet lists."""
    blocks: list[tuple[str, list[str] | str]] = []
    para: list[str] = []
    items: list[str] = []
    for raw in text.splitlines() + [""]:
        line = raw.strip()
        if not line:
            if para:
                blocks.append(("p", " ".join(para)))
            if items:
                blocks.append(("ul", items))
            para, items = [], []
        elif line.startswith(("- ", "* ")):
            items.append(line[2:].strip())
        elif items:
            items[-1] += " " + line
        else:
            para.append(line)
    return blocks


# --- layout: a list of pages of drawing operations ---------------------------------------

class Pages:
    """Lays content out top to bottom; each page is a list of operations to draw later,
    when the page count (for "Page N of M") is known."""

    def __init__(self) -> None:
        self.pages: list[list[tuple]] = [[]]
        self.y = TOP
        self.after = 0.0  # the previous item's space after (collapsed with space before)

    @property
    def ops(self) -> list[tuple]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y, self.after = TOP, 0.0

    def room(self) -> float:
        return self.y - BOTTOM

    def advance(self, before: float, height: float) -> None:
        """Move down for an item of `height`, on a new page if it does not fit."""
        if self.y < TOP:
            gap = max(before, self.after)
            if self.y - gap - height < BOTTOM:
                self.new_page()
            else:
                self.y -= gap
        elif self.y - height < BOTTOM:
            self.new_page()

    def text(self, text: str, font: str, size: float, leading: float, colour=TEXT,
             before: float = 0.0, after: float = 0.0, indent: float = 0.0,
             hanging: float = 0.0, keep: float = 0.0, outline: tuple | None = None,
             bullet: bool = False, width: float = WIDTH) -> None:
        """A paragraph `width` wide (less its indent); it may continue on the next page
        (`keep`: room it needs below)."""
        lines = wrap(text, font, size, width - indent, width - indent + hanging)
        self.advance(before, min(len(lines) * leading, 2 * leading) + keep)
        if outline:
            self.ops.append(("outline", *outline))
        first = True
        while lines:
            fits = max(1, int((self.y - BOTTOM) // leading))
            chunk, lines = lines[:fits], lines[fits:]
            x = LEFT + indent
            if bullet and first:
                self.ops.append(("text", LEFT + indent - INDENT, self.y - size, size, leading,
                                 colour, 0.0, [[[(REGULAR, "•")]]]))
            self.ops.append(("text", x, self.y - size, size, leading, colour,
                             -hanging if first else 0.0, chunk))
            self.y -= len(chunk) * leading
            first = False
            if lines:
                self.new_page()
        self.after = after

    def prose(self, text: str, variables: dict, after_list: float = BODY * 0.4) -> None:
        column = measure(REGULAR, BODY)
        for kind, content in paragraphs(fill(text, variables)):
            if kind == "p":
                self.text(content, REGULAR, BODY, LEAD, after=BODY * 0.55,
                          width=min(WIDTH, column))
            else:
                for index, item in enumerate(content):
                    last = index == len(content) - 1
                    self.text(item, REGULAR, BODY, LEAD, indent=INDENT, bullet=True,
                              after=after_list if last else BODY * 0.3,
                              width=min(WIDTH - INDENT, column) + INDENT)

    def heading(self, text: str, level: int, keep: float = 2 * LEAD) -> None:
        if level == 1:
            self.text(text, BOLD, HEADING, HEADING_LEAD, before=BODY * 0.9,
                      after=BODY * 0.35, keep=keep, outline=(text, 1))
        else:
            self.text(text, BOLD, SUBHEADING, SUBHEADING_LEAD, before=BODY * 0.5,
                      after=BODY * 0.2, keep=keep, outline=(text, 2))

    def title_block(self, title: str, subtitle: str | None, label: str | None) -> None:
        self.ops.append(("outline", title, 0))
        if label:
            self.text(label.upper(), REGULAR, SMALL, SMALL_LEAD, MUTED)
        self.text(title, BOLD, TITLE, TITLE_LEAD, after=TITLE * 0.2)
        if subtitle:
            self.text(subtitle, ITALIC, SUBTITLE, SUBTITLE_LEAD, MUTED, after=BODY * 0.9)

    def attribution(self, data: dict) -> None:
        parts = attribution_text(data)
        if parts:
            self.text(parts, REGULAR, SMALL, SMALL_LEAD, MUTED,
                      width=min(WIDTH, measure(REGULAR, SMALL)))


def attribution_text(data: dict) -> str:
    parts = []
    if data.get("adapted_from"):
        parts.append(f"Adapted from: {data['adapted_from']}")
    if data.get("licence"):
        parts.append(f"License: {data['licence']}")
    return "  ·  ".join(parts)


def fill(text: str, variables: dict) -> str:
    """The placeholders these documents use: `{{ name }}` and `{% if name != 1 %}s{% endif %}`."""
    text = _IF_NOT.sub(lambda m: m[3] if str(variables.get(m[1])) != m[2] else "", text)
    return (_PLACEHOLDER.sub(lambda m: str(variables.get(m[1], "")), text))


def _height(text: str, font: str, size: float, leading: float, width: float) -> float:
    return len(wrap(text, font, size, min(width, measure(font, size)))) * leading


# --- the two documents --------------------------------------------------------------------

def handout_pages(data: dict) -> list[list[tuple]]:
    variables = {"practice.name": settings()["practice.name"]}
    out = Pages()
    out.title_block(data["title"], data.get("subtitle"), "For you")
    out.prose(data.get("summary", ""), variables)
    if data.get("key_points"):
        _key_points(out, data["key_points"])
    for part in data.get("sections", []):
        out.heading(part["heading"], 1)
        out.prose(part["body"], variables)
    if data.get("assignments"):
        lead = data.get("assignments_heading") or "Assignments"
        for assignment in data["assignments"]:
            # A practice is kept together (and the list's heading with the first one).
            body = fill(assignment["body"], variables)
            need = SUBHEADING_LEAD + BODY * 0.2 + _height(body, REGULAR, BODY, LEAD, WIDTH)
            if lead:
                need += HEADING_LEAD + BODY * 0.9
            if out.room() < need + BODY:
                out.new_page()
            if lead:
                out.heading(lead, 1, keep=0)
                lead = None
            out.heading(assignment["title"], 2, keep=0)
            out.prose(body, variables)
    column = min(WIDTH, measure(REGULAR, BODY))
    if data.get("references"):
        # The heading, the references and the small print are kept together.
        need = HEADING_LEAD + BODY * 0.35 + GAP + _height(
            attribution_text(data), REGULAR, SMALL, SMALL_LEAD, WIDTH)
        need += sum(_height(item, REGULAR, BODY, LEAD, column - BODY * 1.5) + BODY * 0.55
                    for item in data["references"])
        if out.room() < need + BODY * 0.9:
            out.new_page()
        out.heading("References", 1)
        for item in data["references"]:
            out.text(item, REGULAR, BODY, LEAD, indent=BODY * 1.5, hanging=BODY * 1.5,
                     after=BODY * 0.55, width=column)
    out.y -= GAP
    out.attribution(data)
    return out.pages


def _key_points(out: Pages, points: list[str]) -> None:
    """A shaded, ruled box: the label, then one bullet per point."""
    pad = BODY * 0.9
    inner = WIDTH - 2 * pad
    rows = [wrap(p, REGULAR, BODY, min(inner - INDENT, measure(REGULAR, BODY))) for p in points]
    bottom = max(pad - BODY * 0.7, 0)
    height = pad * 0.75 + SUBHEADING_LEAD + BODY * 0.3 + sum(len(r) * LEAD for r in rows) + bottom
    out.advance(out.after, height)
    top = out.y
    out.ops.append(("box", LEFT, top - height, WIDTH, height))
    y = top - pad * 0.75
    out.ops.append(("text", LEFT + pad, y - SUBHEADING, SUBHEADING, SUBHEADING_LEAD, TEXT, 0.0,
                    [words_of("Key points", BOLD)]))
    y -= SUBHEADING_LEAD + BODY * 0.3
    for lines in rows:
        out.ops.append(("text", LEFT + pad, y - BODY, BODY, LEAD, TEXT, 0.0,
                        [[[(REGULAR, "•")]]]))
        out.ops.append(("text", LEFT + pad + INDENT, y - BODY, BODY, LEAD, TEXT, 0.0, lines))
        y -= len(lines) * LEAD
    out.y = top - height
    out.after = GAP * 0.6 + BODY * 0.75  # the box's spacer and the next heading's space


def worksheet_pages(data: dict, fillable: bool) -> list[list[tuple]]:
    """Laid out twice: at the blocks' least sizes, then with the page's spare height
    shared among the writing blocks (whole lines for ruled lines), as actsheets does."""
    pages, heights, spare = _worksheet_layout(data, fillable, {})
    if len(pages) > 1 or spare <= 0:
        return pages
    weights = {i: h for i, h in heights.items()
               if data["blocks"][i]["type"] == "tracker"
               or (data["blocks"][i]["type"] == "lines" and data["blocks"][i].get("lines", 4) > 1)}
    if not weights:
        return pages
    total = sum(weights.values())
    wanted = {i: spare * w / total for i, w in weights.items()}
    ruled = [i for i in weights if data["blocks"][i]["type"] == "lines"]
    smooth = [i for i in weights if i not in ruled]
    step = LINE_SPACING
    extras = {i: (wanted[i] // step + (wanted[i] % step >= step / 2 and bool(smooth))) * step
              for i in ruled}
    left = spare - sum(extras.values())
    for i in smooth:
        extras[i] = left * weights[i] / sum(weights[j] for j in smooth)
    if not smooth:
        for i in ruled:
            extras[i] += left * weights[i] / total
    return _worksheet_layout(data, fillable, extras)[0]


def _worksheet_layout(data: dict, fillable: bool, extras: dict[int, float]):
    """The pages, each block's height and the spare height left on the (last) page."""
    variables = {f"params.{k}": v for k, v in (data.get("params") or {}).items()}
    out = Pages()
    out.title_block(data["title"], data.get("subtitle"), None)
    out.prose(data.get("instructions", ""), variables)
    heights = {}
    for index, block in enumerate(data["blocks"]):
        kind = block["type"]
        top = out.y
        extra = extras.get(index, 0.0)
        if kind == "name_date":
            _name_date(out, block["fields"], fillable)
        elif kind == "tracker":
            _tracker(out, block, fillable, extra)
        elif kind == "lines":
            _lines(out, block, fillable, extra)
        else:
            raise ValueError(f"the yardstick does not draw `{kind}` blocks")
        heights[index] = top - out.y
        out.after = GAP * 0.6 if kind == "name_date" else GAP
    if not data.get("therapist_guide"):  # otherwise the sources are in the guide
        out.y -= GAP
        out.attribution(data)
    return out.pages, heights, out.y - BOTTOM - SLACK


def _name_date(out: Pages, fields: list[str], fillable: bool) -> None:
    share = {"name": 2.2, "date": 1.3, "week": 1.0}
    gap = BODY * 1.2
    usable = WIDTH - gap * (len(fields) - 1)
    total = sum(share[f] for f in fields)
    height = max(LINE_SPACING, LEAD * 1.6)
    out.advance(out.after, height)
    x = LEFT
    base = out.y - height
    for name in fields:
        width = usable * share[name] / total
        label = name.capitalize()
        label_w = stringWidth(label, REGULAR, BODY) + BODY * 0.4
        out.ops.append(("text", x, base + BODY * 0.35, BODY, LEAD, TEXT, 0.0,
                        [words_of(label, REGULAR)]))
        out.ops.append(("rules", [(x + label_w, base, x + width, base)], 0.6))
        if fillable:
            out.ops.append(("field", name, label, x + label_w, base + 1, width - label_w,
                            min(height - 2, FIELD_SIZE * 1.9), False))
        x += width + gap
    out.y = base - GAP * 0.6
    out.after = 0.0


def _prompt(out: Pages, prompt: str) -> None:
    out.text(prompt, BOLD, BODY, LEAD, before=BODY * 0.15, after=BODY * 0.35,
             width=min(WIDTH, measure(BOLD, BODY)))


def _tracker(out: Pages, block: dict, fillable: bool, extra: float = 0.0) -> None:
    labels = WEEKDAYS if block.get("rows", "days") == "days" else [
        str(n) for n in range(1, int(block["rows"]) + 1)]
    columns = block["columns"]
    heading = block.get("row_heading") or "Day"
    pad = BODY * 0.35
    label_w = min(max(max(stringWidth(t, BOLD, CELL) for t in [*labels, heading])
                      + BODY * 0.7 + 2, BODY * 2.6), WIDTH * 0.3)
    room = WIDTH - label_w
    total = sum(c.get("width", 1) for c in columns)
    widths = [room * c.get("width", 1) / total for c in columns]
    header_h = CELL_LEAD + 6
    row_h = (block["row_mm"] * mm if block.get("row_mm") else ROW_H) + extra / len(labels)
    height = header_h + row_h * len(labels)
    prompt = block.get("prompt")
    prompt_h = _height(prompt, BOLD, BODY, LEAD, WIDTH) if prompt else 0
    if out.room() < prompt_h + BODY * 0.35 + height + GAP:
        out.new_page()
    if prompt:
        _prompt(out, prompt)
    out.advance(out.after, height)
    top = out.y
    xs = [LEFT, LEFT + label_w]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top, top - header_h] + [top - header_h - row_h * (i + 1) for i in range(len(labels))]
    out.ops.append(("fill", LEFT, top - header_h, WIDTH, header_h))
    rules = [(LEFT, y, RIGHT, y) for y in ys] + [(x, top, x, ys[-1]) for x in xs]
    out.ops.append(("rules", rules, 0.7))
    heads = [heading] + [c["label"] for c in columns]
    for x, text in zip(xs, heads):
        out.ops.append(("text", x + pad, top - header_h + 3 + CELL_LEAD - CELL, CELL,
                        CELL_LEAD, TEXT, 0.0, [words_of(text, BOLD)]))
    slugs = ["_".join(re.findall(r"[a-z0-9]+", c["label"].lower())[:4]) for c in columns]
    stem = block.get("name", "tracker")
    for row, label in enumerate(labels, start=1):
        y0 = ys[row + 1]
        baseline = y0 + (row_h + CELL_LEAD) / 2 - CELL  # centred in the row
        out.ops.append(("text", LEFT + pad, baseline, CELL, CELL_LEAD, TEXT, 0.0,
                        [words_of(label, REGULAR)]))
        if fillable:
            for col, (column, slug) in enumerate(zip(columns, slugs)):
                out.ops.append(("field", f"{stem}_{row}_{slug}", f"{label}: {column['label']}",
                                xs[col + 1], y0, widths[col], row_h, True))
    out.y = ys[-1]
    out.after = 0.0


def _lines(out: Pages, block: dict, fillable: bool, extra: float = 0.0) -> None:
    count = block.get("lines", 4) + int(extra // LINE_SPACING)
    spacing = LINE_SPACING + extra % LINE_SPACING / count  # what is left opens them up
    height = count * spacing + 2
    prompt = block.get("prompt")
    prompt_h = _height(prompt, BOLD, BODY, LEAD, WIDTH) if prompt else 0
    if out.room() < prompt_h + BODY * 0.35 + height + GAP:
        out.new_page()
    if prompt:
        _prompt(out, prompt)
    out.advance(out.after, height)
    top = out.y
    if fillable:
        # Typed text has its own line height, so the fillable sheet shows a box.
        out.ops.append(("rect", LEFT, top - height, WIDTH, height - 2, 0.6))
        out.ops.append(("field", block.get("name", "lines"), prompt or "", LEFT + 3,
                        top - height + 3, WIDTH - 6, height - 8, count > 1))
    else:
        rules = [(LEFT, top - i * spacing, RIGHT, top - i * spacing)
                 for i in range(1, count + 1)]
        out.ops.append(("rules", rules, 0.6))
    out.y = top - height
    out.after = 0.0


# --- drawing ------------------------------------------------------------------------------

def draw(pages: list[list[tuple]], data: dict, target: Path) -> None:
    practice = settings()
    title = data["title"]
    canvas = Canvas(str(target), pagesize=LETTER, invariant=1, lang=data.get("language", "en"))
    canvas.setTitle(title)
    canvas.setAuthor(practice["practice.name"] or "actsheets")
    canvas.setSubject(data.get("subtitle") or "")
    canvas.setKeywords(data.get("keywords", []))
    canvas.setCreator("actsheets")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    running = title  # a worksheet's footer also names its licence
    if data["kind"] == "worksheet" and data.get("licence"):
        running += f"  ·  License: {data['licence']}"
    form = None
    total = len(pages)
    outlines = 0
    for number, ops in enumerate(pages, start=1):
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, size, leading, colour, first_dx, lines = op
                _draw_lines(canvas, x, y, size, leading, colour, first_dx, lines)
            elif kind == "rules":
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(op[2])
                canvas.lines(op[1])
            elif kind == "box":
                canvas.setFillColor(SHADE)
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(1)
                canvas.rect(*op[1:5], stroke=1, fill=1)
            elif kind == "fill":
                canvas.setFillColor(SHADE)
                canvas.rect(*op[1:5], stroke=0, fill=1)
            elif kind == "rect":
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(op[5])
                canvas.rect(*op[1:5], stroke=1, fill=0)
            elif kind == "field":
                _, name, tooltip, x, y, w, h, multiline = op
                if form is None:
                    form = canvas.acroForm
                    form.extras["NeedAppearances"] = PDFFromString("true")
                form.textfield(name=name, tooltip=tooltip, value="", x=x, y=y, width=w,
                               height=h, fontName="Helvetica", fontSize=FIELD_SIZE,
                               fieldFlags="multiline" if multiline else "",
                               maxlen=100_000 if multiline else 200, borderWidth=0,
                               borderColor=CLEAR, fillColor=CLEAR, textColor=black,
                               annotationFlags="print")
            elif kind == "outline":
                outlines += 1
                key = f"section-{outlines}"
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(op[1], key, level=op[2], closed=op[2] > 0)
        _footer(canvas, number, total, running, practice["footer"])
        canvas.showPage()
    canvas.save()


def _draw_lines(canvas: Canvas, x: float, y: float, size: float, leading: float, colour,
                first_dx: float, lines) -> None:
    text = canvas.beginText(x, y)
    text.setFillColor(colour)
    current = None
    for index, line in enumerate(lines):
        text.setTextOrigin(x + (first_dx if index == 0 else 0.0), y - index * leading)
        for position, word in enumerate(line):
            for part, (font, piece) in enumerate(word):
                if font != current:
                    text.setFont(font, size)
                    current = font
                text.textOut(" " + piece if position and not part else piece)
    canvas.drawText(text)


def _footer(canvas: Canvas, number: int, total: int, title: str, lines: list[str]) -> None:
    top = MARGIN + FOOTER_H - CLEARANCE
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT, top, RIGHT, top)
    canvas.setFillColor(MUTED)
    y = top - SMALL * 1.2
    room = WIDTH
    if total > 1:
        label = f"Page {number} of {total}"
        canvas.setFont(BOLD, SMALL)
        canvas.drawRightString(RIGHT, y, label)
        room -= stringWidth(label, BOLD, SMALL) + SMALL * 2
    canvas.setFont(REGULAR, SMALL)
    if stringWidth(title, REGULAR, SMALL) > room:  # shortened with an ellipsis
        while title and stringWidth(title + "…", REGULAR, SMALL) > room:
            title = title[:-1]
        title = title.rstrip() + "…"
    canvas.drawString(LEFT, y, title)
    for line in lines:
        y -= SMALL * 1.3
        canvas.drawString(LEFT, y, line)


# --- files --------------------------------------------------------------------------------

def render_file(path: Path | str, out_dir: Path | str) -> list[Path]:
    """Draw one content file: what actsheets writes for it (client audience, Letter)."""
    register_fonts()
    path, out_dir = Path(path), Path(out_dir)
    data = _load(path)
    doc_id = data.get("id") or re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-_")
    written = []
    if data["kind"] == "handout":
        written.append(out_dir / f"{doc_id}.pdf")
        draw(handout_pages(data), data, written[-1])
    elif data["kind"] == "worksheet":
        for fillable, suffix in ((False, ""), (True, "-fillable")):
            written.append(out_dir / f"{doc_id}{suffix}.pdf")
            draw(worksheet_pages(data, fillable), data, written[-1])
    else:
        raise ValueError(f"the yardstick does not draw `{data['kind']}` documents")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        help="YAML files or folders (default: the two reference documents)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs")
    parser.add_argument("--jobs", "-j", type=int, default=1,
                        help="worker processes (0: one per CPU core)")
    args = parser.parse_args(argv)
    files: list[Path] = []
    for path in args.paths or REFERENCES:
        files += sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    args.out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    settings()
    jobs = args.jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) > 1:
        from multiprocessing import Pool

        with Pool(min(jobs, len(files))) as pool:
            batches = pool.starmap(render_file, [(f, args.out) for f in files])
            written = [path for batch in batches for path in batch]
    else:
        written = [p for f in files for p in render_file(f, args.out)]
    print(f"wrote {len(written)} PDF(s) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
