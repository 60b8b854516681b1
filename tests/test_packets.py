"""Many packets from one plan and a roster: rosters as practices export them, bad rows
reported by row and column while the others build, safe and distinct file names, the
register, and clients' names nowhere but on their own pages."""

from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

import pypdf
import pytest
from conftest import REPO, Project, page_texts, pdf_text

EXAMPLE = REPO / "content" / "plans" / "example-plan.yaml"
NAMES = ["Ana Díaz", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eve Nakamura"]


def _project(root: Path) -> Project:
    proj = Project(root)
    shutil.copytree(REPO / "content" / "worksheets", root / "content" / "worksheets")
    shutil.copy(EXAMPLE, root / "plan.yaml")
    return proj


def _roster(proj: Project, lines: list[str], separator: str = ",", bom: bool = False,
            newline: str = "\n") -> Path:
    text = newline.join(line.replace(",", separator) for line in lines) + newline
    return proj.write("clients/roster.csv", (b"\xef\xbb\xbf" if bom else b"") + text.encode())


def _packets(proj: Project, *args: str):
    return proj.invoke("packets", "plan.yaml", "--roster", "clients/roster.csv", "--out",
                       "clients/out", "--paper", "letter", *args)


def _register(proj: Project) -> list[dict]:
    with open(proj.root / "clients" / "out" / "packets.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_semicolon_separated_bom_prefixed_roster_builds_one_packet_per_row(tmp_path):
    proj = _project(tmp_path / "p")
    rows = ["id,name,start,weeks,mindful.confidence"] + [
        f"c{n:03},{name},2026-03-{9 if n == 2 else 2:02},{3 if n == 2 else ''},"
        for n, name in enumerate(NAMES, start=1)]
    _roster(proj, rows, separator=";", bom=True, newline="\r\n")
    run = _packets(proj)
    assert run.exit_code == 0, run.output
    out = proj.root / "clients" / "out"
    assert sorted(p.name for p in out.glob("*.pdf")) == [f"c00{n}.pdf" for n in range(1, 6)]
    assert "built 5 packet(s) (5 file(s)) from 5 row(s)" in run.stdout
    for n, name in enumerate(NAMES, start=1):
        pdf = out / f"c00{n}.pdf"
        texts = page_texts(pdf)
        assert name in texts[0] and name in texts[-1]
        assert all(other not in " ".join(texts) for other in NAMES if other != name)
        assert pypdf.PdfReader(pdf).metadata.title == f"Homework packet c00{n}"
    # a row's cells change its plan: row 2 runs for 3 weeks and starts a week later
    two = pdf_text(out / "c002.pdf")
    assert "Runs for 3 weeks" in two and "Week 3 (Mar 23 – 29)" in two and "Week 4" not in two
    assert "Next session Monday, April 6, 2026" in two  # moved with the start
    assert [(r["row"], r["id"], r["file"], r["status"]) for r in _register(proj)] == [
        (str(n + 1), f"c00{n}", f"c00{n}.pdf", "built") for n in range(1, 6)]
    assert all(int(r["pages"]) == len(pypdf.PdfReader(out / r["file"]).pages)
               for r in _register(proj))


def test_three_bad_rows_are_reported_by_row_and_column_and_the_rest_build(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start,weeks",
                   "a1,Ana Díaz,2026-03-02,",
                   "a2,,2026-03-02,",            # row 3: empty name
                   "a3,Ben Okafor,2026-02-30,",  # row 4: not a date
                   "a4,Chloé Martin,2026-03-02,",
                   "a5,Dev Patel,2026-03-02,0",  # row 6: weeks out of range
                   "a6,Eve Nakamura,2026-03-02,"])
    run = _packets(proj)
    run.assert_clean_exit()
    assert run.exit_code == 1
    places = sorted((int(m["line"]), int(m["col"])) for m in run.problems)
    assert places == [(3, 2), (4, 3), (6, 4)]
    assert all(m["file"] == "clients/roster.csv" for m in run.problems)
    words = {int(m["line"]): m["message"] for m in run.problems}
    assert words[3].startswith("the name cell is empty")
    assert words[4].startswith("this is not a date (write dates as year-month-day")
    assert words[6].startswith("a plan runs for 1 to 26 weeks")
    assert "failed 3 row(s): 3, 4, 6" in run.stderr
    out = proj.root / "clients" / "out"
    assert sorted(p.name for p in out.glob("*.pdf")) == ["a1.pdf", "a4.pdf", "a6.pdf"]
    assert [(r["row"], r["status"]) for r in _register(proj)] == [
        ("2", "built"), ("3", "failed"), ("4", "failed"), ("5", "built"), ("6", "failed"),
        ("7", "built")]
    for name in ["Ben Okafor", "Dev Patel"]:
        assert name not in run.output


def test_cells_that_do_not_fit_their_column_are_located_without_their_value(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start,weeks,language,mindful.dose.cap",
                   "a1,Ana Díaz,2026-03-02,four,,",
                   "a2,Ben Okafor,2026-03-02,,xx-nowhere,",
                   "a3,Chloé Martin,2026-03-02,,,0.5",
                   "a4,Dev Patel,2026-03-02,,de,"])
    run = _packets(proj)
    assert run.exit_code == 1
    words = {(int(m["line"]), int(m["col"])): m["message"] for m in run.problems}
    assert sorted(words) == [(2, 4), (3, 5), (4, 6)]
    assert words[(2, 4)].startswith("this value does not fit weeks (input should be a valid "
                                    "integer")
    assert words[(3, 5)] == ("this value does not fit language (use a language tag such as en, "
                             "en-GB, de or fr)")
    assert words[(4, 6)].startswith("the cap is below the starting dose")
    assert "four" not in run.output and "xx-nowhere" not in run.output
    assert "Mo., 2. März" in pdf_text(proj.root / "clients" / "out" / "a4.pdf")


@pytest.mark.parametrize("header, col, words", [
    ("id,name", 1, "the roster has no 'start' column"),
    ("id,name,start,mindfull.confidence", 4, ("a roster cannot set 'mindfull.confidence' (did "
                                             "you mean 'mindful.confidence'?)")),
])
def test_a_missing_or_unknown_column_stops_before_anything_is_written(tmp_path, header, col,
                                                                      words):
    proj = _project(tmp_path / "p")
    _roster(proj, [header, "a1,Ana Díaz,2026-03-02,5"[: len(header.split(",")) * 20]])
    run = _packets(proj)
    assert run.exit_code == 1
    [problem] = run.problems
    assert (problem["line"], int(problem["col"])) == ("1", col)
    assert words in problem["message"]
    assert not (proj.root / "clients" / "out").exists() or not list(
        (proj.root / "clients" / "out").iterdir())


def test_a_problem_in_the_plan_is_reported_once_and_no_row_is_built(tmp_path):
    proj = _project(tmp_path / "p")
    plan = proj.root / "plan.yaml"
    plan.write_text(plan.read_text().replace("worksheet: journaling-prompts",
                                             "worksheet: journalling-prompts"))
    _roster(proj, ["id,name,start", "a1,Ana Díaz,2026-03-02", "a2,Ben Okafor,2026-03-02"])
    run = _packets(proj)
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem["file"] == "plan.yaml"
    assert "did you mean 'journaling-prompts'?" in problem["message"]
    assert not list((proj.root / "clients").glob("out/*.pdf"))


def test_rows_that_share_an_id_get_distinct_files_and_the_summary_says_so(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start", "Kim/01,Ana Díaz,2026-03-02", "kim-01,Ben Okafor,2026-03-02",
                   "con,Chloé Martin,2026-03-02"])
    run = _packets(proj, "--fillable")
    assert run.exit_code == 0, run.output
    out = proj.root / "clients" / "out"
    assert sorted(p.name for p in out.glob("*.pdf")) == [
        "con-packet-fillable.pdf", "con-packet.pdf", "kim-01-2-fillable.pdf", "kim-01-2.pdf",
        "kim-01-fillable.pdf", "kim-01.pdf"]
    assert "rows 2, 3 share the id 'kim-01': their packets are kim-01.pdf, kim-01-2.pdf" \
        in run.stdout
    assert "Ben Okafor" in pdf_text(out / "kim-01-2.pdf")
    assert pypdf.PdfReader(out / "kim-01-fillable.pdf").get_fields()


def test_names_go_into_file_names_only_when_asked(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start", "a1,Chloé Martin,2026-03-02"])
    assert _packets(proj, "--names-in-file-names").exit_code == 0
    assert [p.name for p in (proj.root / "clients" / "out").glob("*.pdf")] == [
        "a1-chloe-martin.pdf"]


def test_a_roster_in_another_encoding_is_refused_clearly(tmp_path):
    proj = _project(tmp_path / "p")
    proj.write("clients/roster.csv", "id,name,start\na1,Chloé Martin,2026-03-02\n"
               .encode("latin-1"))
    run = _packets(proj)
    assert run.exit_code == 1
    [problem] = run.problems
    assert problem["line"] == "2" and "not saved as UTF-8" in problem["message"]


def test_a_file_that_is_not_a_plan_is_refused(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start", "a1,Ana Díaz,2026-03-02"])
    run = proj.invoke("packets", "content/worksheets/choice-point.yaml", "--roster",
                      "clients/roster.csv", "--out", "clients/out")
    assert run.exit_code == 1
    assert "this file is a worksheet, not a plan" in run.problems[0]["message"]


def test_names_appear_nowhere_but_in_the_packets(tmp_path):
    """grep of everything actsheets wrote besides the packets, and of what it printed,
    finds no client's name; the build cache holds none either."""
    proj = _project(tmp_path / "p")
    rows = ["id,name,start"] + [f"r{n},{name},2026-03-02" for n, name in enumerate(NAMES)]
    rows.append("bad,Zoë Quinn,someday")
    _roster(proj, rows)
    run = _packets(proj, "-j", "2")
    assert run.exit_code == 1  # one bad row
    shutil.copy(EXAMPLE, proj.root / "clients" / "plan-7.yaml")
    plan = proj.root / "clients" / "plan-7.yaml"
    plan.write_text(plan.read_text().replace("Robin Hale", "Zoë Quinn").replace(
        "id: example-plan", "id: plan-7"))
    build = proj.build("clients/plan-7.yaml")
    assert build.exit_code == 0, build.output
    assert "Zoë Quinn" in pdf_text(proj.pdf("plan-7.pdf"))
    content = proj.root / "content"  # the library it read, not something it wrote
    written = [p for p in proj.root.rglob("*") if p.is_file() and content not in p.parents
               and p.suffix != ".pdf" and p.name not in ("roster.csv", "plan-7.yaml")]
    assert any(p.name == ".actsheets-cache.json" for p in written)
    assert any(p.name == "packets.csv" for p in written)
    for name in [*NAMES, "Zoë Quinn"]:
        for part in name.split():
            for path in written:
                assert part.encode() not in path.read_bytes(), (part, path)
            assert part not in run.output and part not in build.output
        for pdf in proj.root.rglob("*.pdf"):
            assert name.split()[0].lower() not in pdf.name.lower()
            assert name not in str(pypdf.PdfReader(pdf).metadata)


def test_many_rows_use_worker_processes(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start"] + [f"w{n},Client {n},2026-03-02" for n in range(8)])
    run = _packets(proj, "-j", "2")
    assert run.exit_code == 0, run.output
    assert len(list((proj.root / "clients" / "out").glob("*.pdf"))) == 8
    assert "Client 7" in pdf_text(proj.root / "clients" / "out" / "w7.pdf")


@pytest.mark.skipif(not os.environ.get("ACTSHEETS_SLOW_TESTS"),
                    reason="slow: set ACTSHEETS_SLOW_TESTS=1 to build 500 packets")
def test_a_500_row_roster_builds_500_packets(tmp_path):
    proj = _project(tmp_path / "p")
    _roster(proj, ["id,name,start"] + [f"c{n:03},Client {n},2026-03-{2 + n % 20:02}"
                                       for n in range(500)])
    started = time.perf_counter()
    run = _packets(proj)
    seconds = time.perf_counter() - started
    assert run.exit_code == 0, run.output
    assert len(list((proj.root / "clients" / "out").glob("*.pdf"))) == 500
    assert len(_register(proj)) == 500
    print(f"500 packets in {seconds:.1f}s: {500 / seconds:.1f} packets/s")
