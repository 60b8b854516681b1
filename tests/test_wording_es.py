"""The bundled Spanish wording: complete in es.yaml itself, no label left in English, the
same placeholders as the English; Spanish sheets, handouts and packets read back with
Spanish labels, weekdays and dates and /Lang es."""

from __future__ import annotations

import re
import shutil

import pypdf
import pytest
import yaml
from conftest import REPO, Project, collapse, page_texts, pdf_text

from actsheets.models.wording import Wording
from actsheets.templates_path import TemplateSearchPath, builtin_templates
from actsheets.wording import load_wording

ES = builtin_templates() / "wording" / "es.yaml"
EN = builtin_templates() / "wording" / "en.yaml"

# Keys whose Spanish is rightly the same as the English: placeholders only (the practice's
# own words from actsheets.yaml), the paper size, and the abbreviation for minutes.
SAME_AS_ENGLISH = {"footer_line", "safety_line", "footer_line_therapist", "variant_a4",
                   "catalog_minutes"}

PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")

SPANISH_PRACTICE = """\
practice:
  name: Consulta Ribera
  contact: "¿Preguntas entre sesiones? Llame al (555) 010-0199"
  safety: "Los mensajes se leen en días laborables. En una emergencia, llame al 911."
paper: letter
"""

WORKSHEET = """\
kind: worksheet
title: Mi semana
subtitle: Unos minutos cada día
audience: client
language: es
instructions: |
  Cada día, anote cuántos minutos practicó y una cosa que notó.
blocks:
  - type: name_date
    fields: [name, date, week]
  - type: tracker
    prompt: Mi registro
    rows: days
    columns:
      - label: Minutos
      - label: Lo que noté
        width: 3
  - type: choice_point
  - type: bullseye
  - type: letter
    lines: 3
  - type: lines
    prompt: ¿Qué le ayudó esta semana?
    lines: 2
    example: Hacerlo justo después del café.
therapist_guide:
  aim: Crear un hábito breve de atención al momento presente.
  process: Contacto con el momento presente.
  when_to_use: Desde las primeras sesiones.
  cautions: Ofrezca anclas externas si atender a la respiración resulta difícil.
  time: Cinco minutos en sesión.
  introduce: Pruébenlo juntos en la sesión.
  review: Empiece con curiosidad.
  references:
    - 'Harris, R. (2019). *ACT Made Simple* (2.ª ed.). New Harbinger.'
"""

HANDOUT = """\
kind: handout
title: Sus tareas entre sesiones
subtitle: Pasos pequeños
audience: client
language: es
summary: Lo que hace entre sesiones es donde empieza el cambio.
key_points: [Empiece por algo muy pequeño., Un minuto cuenta.]
sections:
  - heading: Por qué importa
    body: |
{body}
assignments:
  - title: Un minuto al día
    body: Note su respiración durante un minuto.
references:
  - 'Harris, R. (2019). *ACT Made Simple* (2.ª ed.). New Harbinger.'
"""


def _yaml(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _texts(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def _english_labels() -> list[str]:
    """Every English label a Spanish page must not show (those rightly the same left out)."""
    english = _yaml(EN)
    return sorted({text for key, value in english.items() if key not in SAME_AS_ENGLISH
                   for text in _texts(value)})


def _contains(text: str, label: str) -> bool:
    """`label` as a whole phrase: "Name" is not found inside "Nombre" or "Named"."""
    return re.search(rf"(?<![\w]){re.escape(label)}(?![\w])", text) is not None


def _lang(path) -> str:
    return str(pypdf.PdfReader(path).trailer["/Root"]["/Lang"])


# --- the wording file -------------------------------------------------------------------

def test_spanish_wording_loads_validates_and_sets_every_key_itself():
    loaded = load_wording("es", TemplateSearchPath())
    assert loaded.files[-1] == ES
    assert {key for key, (path, _) in loaded.places.items() if path != ES} == set()
    assert set(_yaml(ES)) == set(Wording.model_fields)


def test_no_spanish_value_is_the_english_one_unless_it_should_be():
    spanish, english = _yaml(ES), _yaml(EN)
    same = {key for key in Wording.model_fields
            if set(_texts(spanish[key])) & set(_texts(english[key]))}
    assert same == SAME_AS_ENGLISH


@pytest.mark.parametrize("key", sorted(Wording.model_fields))
def test_spanish_values_keep_the_english_placeholders(key):
    spanish, english = _yaml(ES)[key], _yaml(EN)[key]
    assert len(_texts(spanish)) == len(_texts(english))
    for es_text, en_text in zip(_texts(spanish), _texts(english), strict=True):
        assert sorted(PLACEHOLDER.findall(es_text)) == sorted(PLACEHOLDER.findall(en_text))


# --- Spanish documents read back -----------------------------------------------------------

@pytest.fixture(scope="module")
def spanish(tmp_path_factory) -> Project:
    proj = Project(tmp_path_factory.mktemp("es") / "proj")
    proj.config(SPANISH_PRACTICE)
    proj.write("content/mi-semana.yaml", WORKSHEET)
    body = "\n".join("      Respire despacio y note lo que hay aquí, ahora mismo.\n" for _ in range(40))
    proj.write("content/sus-tareas.yaml", HANDOUT.format(body=body))
    run = proj.build("--audience", "both")
    assert run.exit_code == 0, run.output
    return proj


def test_a_spanish_worksheet_has_spanish_labels_and_weekdays(spanish):
    text = pdf_text(spanish.pdf("mi-semana.pdf"))
    for label in ("Nombre", "Fecha", "Semana", "Día", "Movimientos de alejamiento",
                  "Movimientos hacia", "Ganchos:", "La situación:", "Lo que me importa aquí",
                  "Trabajo y estudios", "Tiempo libre", "Querido/a", "Con cariño,",
                  "Página 1 de", "Consulta Ribera", "En una emergencia"):
        assert label in text, label
    weekdays = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
    assert re.search(r"\s+".join(weekdays), text), text
    assert _lang(spanish.pdf("mi-semana.pdf")) == "es"


def test_the_spanish_therapist_version_has_a_spanish_guide_and_title(spanish):
    path = spanish.pdf("mi-semana-therapist.pdf")
    text = pdf_text(path)
    for label in ("Guía para terapeutas", "Objetivo", "Proceso de ACT", "Cuándo usarla",
                  "Precauciones", "Tiempo necesario", "Cómo presentarla",
                  "Revisión en la próxima sesión", "EJEMPLO COMPLETADO"):
        assert label in text, label
    assert pypdf.PdfReader(path).metadata.title == "Mi semana — guía para terapeutas"


def test_a_spanish_handout_has_spanish_labels(spanish):
    path = spanish.pdf("sus-tareas.pdf")
    texts = page_texts(path)
    assert len(texts) >= 2
    text = collapse(" ".join(texts))
    for label in ("PARA USTED", "Puntos clave", "Tareas", "Referencias",
                  f"Página 1 de {len(texts)}", f"Página {len(texts)} de {len(texts)}"):
        assert label in text, label
    assert _lang(path) == "es"


@pytest.mark.parametrize("name", ["mi-semana.pdf", "mi-semana-therapist.pdf",
                                  "mi-semana-fillable.pdf", "sus-tareas.pdf"])
def test_no_english_label_is_left_on_a_spanish_page(spanish, name):
    text = pdf_text(spanish.pdf(name))
    left = [label for label in _english_labels() if _contains(text, label)]
    assert left == []


def test_spanish_fillable_fields_are_described_in_spanish(spanish):
    reader = pypdf.PdfReader(spanish.pdf("mi-semana-fillable.pdf"))
    tooltips = {str(annot.get_object().get("/TU", "")) for page in reader.pages
                for annot in page.get("/Annots") or []}
    assert {"Nombre", "Fecha", "Semana", "Para quién es la carta", "Su carta",
            "Firma"} <= tooltips
    joined = " ".join(tooltips)
    assert [label for label in _english_labels() if _contains(joined, label)] == []


# --- a homework packet in Spanish ----------------------------------------------------------

def test_a_spanish_packet_has_spanish_dates_labels_and_dated_trackers(tmp_path):
    proj = Project(tmp_path / "p")
    shutil.copytree(REPO / "content" / "worksheets", proj.root / "content" / "worksheets")
    plan = (REPO / "content" / "plans" / "example-plan.yaml").read_text(encoding="utf-8")
    proj.write("plan.yaml", plan + "language: es\n")
    run = proj.build("plan.yaml", "--paper", "letter")
    assert run.exit_code == 0, run.output
    path = proj.pdf("example-plan.pdf")
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Cuaderno de práctica example-plan"
    assert reader.outline[0].title == "Cuaderno de práctica"
    assert _lang(path) == "es"
    texts = [collapse(text) for text in page_texts(path)]
    plan_page = texts[0]
    for words in ("Para Robin Hale", "Con Alex Moreno", "Empieza lunes, 2 de marzo de 2026",
                  "Duración 4 semanas", "Próxima sesión lunes, 30 de marzo de 2026",
                  "Semana a semana", "Semana Fechas", "2–8 mar", "1 minuto al día",
                  "3 minutos al día", "Mis prácticas", "Mi plan:", "En un día difícil:",
                  "8 de 10", "Página 1 de"):
        assert words in plan_page, words
    log = next(text for text in texts if "Semana 1 (2–8 mar)" in text)
    assert "Esta semana: 1 minuto al día. Seguimiento:" in log
    assert re.search(r"lun, 2 mar\s+mar, 3 mar\s+mié, 4 mar\s+jue, 5 mar\s+vie, 6 mar\s+"
                     r"sáb, 7 mar\s+dom, 8 mar", log), log
    review = texts[-1]
    for words in ("Mirando atrás", "Próxima sesión: lunes, 30 de marzo de 2026",
                  "Lo que hice", "Con qué frecuencia", "Cómo me fue", "¿Qué se interpuso?"):
        assert words in review, words
    everything = " ".join(texts)
    for english in ("Starts", "Runs for", "Next session", "Week by week", "My practices",
                    "My plan:", "On a hard day:", "out of 10", "This week:", "Checking in:",
                    "a day.", "Page 1 of", "Monday", "Mon, Mar", "March", "Looking back"):
        assert english not in everything, english
