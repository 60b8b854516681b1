"""Fuzz: a few hundred malformed content files, generated deterministically, through the
real `check` and `build` commands. Nothing escapes as a traceback, every problem is one
located line, a bad file exits 1 and writes nothing, and the run stays quick."""

from __future__ import annotations

import random
from pathlib import Path

from conftest import PROBLEM_LINE, REPO, Project

SEED = 8
BUNDLED = sorted((REPO / "content").rglob("*.yaml"))
CONTROL = ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u202e",
           "\u2066", "\ufeff", "\ufffe", "\t", "\r", "\u200b", "\U0001F600", "é", "日"]
MARKUP = ["{{", "}}", "{%", "%}", "{#", "**", "*", "[", "](", "<b>", "&", "\\", "'", '"', ":",
          "- ", "#", "&x", "*x", "!!python/object:os.system", "? ", "|", ">", "---", "...", "%"]


def _generate(rng: random.Random) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    sources = [path.read_bytes() for path in BUNDLED]
    for index in range(60):  # truncated bundled files, cut anywhere (even inside a character)
        raw = rng.choice(sources)
        files[f"cut{index:03}.yaml"] = raw[: rng.randrange(len(raw))]
    for index in range(40):  # bundled files with a few bytes or characters replaced
        text = rng.choice(sources).decode("utf-8")
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(CONTROL + MARKUP) + text[at + 1:]
        files[f"mutant{index:03}.yaml"] = text.encode("utf-8", errors="surrogatepass")
    for index in range(40):  # random bytes
        files[f"bytes{index:03}.yaml"] = bytes(rng.randrange(256) for _ in range(
            rng.randint(1, 400)))
    for index in range(40):  # random text made of awkward pieces
        pieces = CONTROL + MARKUP + ["a", " ", "\n", "title", "kind: handout\n", "  "]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))
        files[f"junk{index:03}.yaml"] = text.encode("utf-8", errors="surrogatepass")
    for index in range(20):  # valid structure, hostile values
        value = "".join(rng.choice(CONTROL + MARKUP + ["a", "1", "e", "0", "x"])
                        for _ in range(rng.randint(1, 60))).replace("'", "''")
        key = rng.choice(["title", "summary", "subtitle", "key_points", "id", "kind",
                          "audience", "weird"])
        files[f"value{index:03}.yaml"] = (
            f"kind: handout\ntitle: Hostile\n{key}: '{value}'\n").encode(
                "utf-8", errors="surrogatepass")
    deep = {
        "deep-list.yaml": "kind: handout\ntitle: D\nkey_points: " + "[" * 5000 + "]" * 5000,
        "deep-map.yaml": "kind: handout\ntitle: D\nsummary: " + "{a: " * 3000 + "1" + "}" * 3000,
        "deep-indent.yaml": "kind: handout\n" + "".join(
            " " * i + f"k{i}:\n" for i in range(300)),
        "long-line.yaml": "kind: handout\ntitle: L\nsummary: " + "word " * 150_000 + "\n",
        "many-keys.yaml": "kind: handout\ntitle: K\n" + "".join(
            f"key{i}: {i}\n" for i in range(20_000)),
        "huge-number.yaml": "kind: handout\ntitle: " + "9" * 5000 + "\nkey_points: [1e999]\n",
        "sexagesimal.yaml": "kind: worksheet\ntitle: S\nblocks:\n  - type: lines\n"
                            "    lines: 10:30\n",
        "bad-date.yaml": "kind: handout\ntitle: 2024-13-01\nsummary: {{ practice }}\n",
        "placeholder-bomb.yaml": "kind: handout\ntitle: P\nsummary: '{{ " + "(" * 900 +
                                 "1" + ")" * 900 + " }}'\n",
        "markdown-bomb.yaml": "kind: handout\ntitle: M\nsummary: '" + "[**" * 6000 + "'\n",
        "aliases.yaml": "a: &x [*x]\nkind: handout\ntitle: A\n",
    }
    for name, text in deep.items():
        files[name] = text.encode("utf-8")
    return files


def test_fuzzed_files_through_check_and_build(tmp_path: Path):
    project = Project(tmp_path / "proj")
    rng = random.Random(SEED)
    files = _generate(rng)
    for name, raw in files.items():
        project.write(f"content/{name}", raw)
    project.write("content/zz-good.yaml", "kind: handout\ntitle: Good\nsummary: '*fine*'\n")
    assert len(files) >= 200

    check = project.invoke("check")  # a hang is caught by the suite's time limit in CI
    build = project.build("--jobs", "1")

    for run in (check, build):
        run.assert_clean_exit()
        assert run.exit_code == 1, run.output[-2000:]
        for line in run.stderr.splitlines():  # every line of stderr is a located problem
            assert _is_problem_line(line), line
            assert line.isprintable(), repr(line)

    failed = {Path(m["file"]).name for m in build.problems}
    built = {path.stem for path in project.output.glob("*.pdf")}
    assert "zz-good" in built
    assert "zz-good.yaml" not in failed
    for name in failed:  # a failing document writes nothing
        assert Path(name).stem not in built, name
    checked_bad = {Path(m["file"]).name for m in check.problems}
    assert checked_bad <= failed, "build accepted a file that check refused"


def _is_problem_line(line: str) -> bool:
    match = PROBLEM_LINE.match(line)
    return bool(match) and int(match["line"]) >= 1 and int(match["col"]) >= 1
