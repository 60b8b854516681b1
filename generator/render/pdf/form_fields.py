"""AcroForm fields drawn where a flowable sits: text fields, checkboxes, radio buttons.

Fields only exist in the fillable variant. They use Helvetica (one of ReportLab's
standard fonts; typed-in text is limited to Latin-1), are transparent, print, and the
form asks viewers to build appearances for typed values (NeedAppearances).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfgen.canvas import Canvas

FIELD_FONT = "Helvetica"
TRANSPARENT = Color(1, 1, 1, alpha=0)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    tooltip: str
    multiline: bool = False


def _enable_appearances(canvas: Canvas) -> None:
    form = canvas.acroForm
    if "NeedAppearances" not in form.extras:
        form.extras["NeedAppearances"] = PDFFromString("true")


def text_field(canvas: Canvas, spec: FieldSpec, x: float, y: float, width: float,
               height: float, font_size: float, value: str = "") -> None:
    _enable_appearances(canvas)
    canvas.acroForm.textfield(
        name=spec.name, tooltip=spec.tooltip, value=value, x=x, y=y, width=width,
        height=height, relative=True, fontName=FIELD_FONT, fontSize=font_size,
        fieldFlags="multiline" if spec.multiline else "", maxlen=100_000 if spec.multiline else 200,
        borderWidth=0, borderColor=TRANSPARENT, fillColor=TRANSPARENT, textColor=black,
        annotationFlags="print",
    )


def checkbox(canvas: Canvas, spec: FieldSpec, x: float, y: float, size: float) -> None:
    _enable_appearances(canvas)
    canvas.acroForm.checkbox(
        name=spec.name, tooltip=spec.tooltip, x=x, y=y, size=size, relative=True,
        buttonStyle="check", borderWidth=0, borderColor=TRANSPARENT, fillColor=TRANSPARENT,
        textColor=black, fieldFlags="", annotationFlags="print",
    )


def radio(canvas: Canvas, group: str, value: str, tooltip: str, x: float, y: float,
          size: float, border: Color | None = None, mark: str = "circle") -> None:
    """A radio button; with `border`, a thin visible ring shows where to click. `mark` is
    what a chosen button shows: a dot ("circle") or an X ("cross")."""
    _enable_appearances(canvas)
    canvas.acroForm.radio(
        name=group, value=value, tooltip=tooltip, x=x, y=y, size=size, relative=True,
        buttonStyle=mark, shape="circle", borderWidth=0.6 if border else 0,
        borderColor=border or TRANSPARENT,
        fillColor=TRANSPARENT, textColor=black, fieldFlags="noToggleToOff radio",
        annotationFlags="print",
    )
