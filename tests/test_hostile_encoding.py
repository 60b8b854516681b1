"""Hostile bytes and files: control characters, other encodings, huge and special files.

Each is one located, plain-language problem (never a traceback), and the other files of the
run still build.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from conftest import PROBLEM_LINE

from actsheets.errors import ContentError, Position
from actsheets.loading import read_yaml, read_yaml_text
from actsheets.loading.yaml_reader import MAX_FILE_BYTES

GOOD = "kind: handout\ntitle: Good sheet\nsummary: All fine here.\n"


def problems_reading(tmp_path: Path, raw: bytes):
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    with pytest.raises(ContentError) as info:
        read_yaml(path)
    return info.value.problems


# --- control characters --------------------------------------------------------------------

@pytest.mark.parametrize("character, name", [
    ("\x00", "U+0000"), ("\x01", "U+0001"), ("\x08", "U+0008"), ("\x0b", "U+000B"),
    ("\x0c", "U+000C"), ("\x1b", "U+001B"), ("\x1f", "U+001F"), ("\x7f", "U+007F"),
    ("\x80", "U+0080"), ("\x85", "U+0085"), ("\x9f", "U+009F"), ("\u2028", "U+2028"),
    ("\ufffe", "U+FFFE"),
])
@pytest.mark.parametrize("where", ["plain", "quoted", "key", "comment"])
def test_control_characters_are_one_located_problem(tmp_path, character, name, where):
    line4 = {"plain": f"summary: a{character}b",
             "quoted": f'summary: "a{character}b"',
             "key": f"sum{character}mary: ab",
             "comment": f"summary: ab  # note{character}"}[where]
    text = "kind: handout\ntitle: T\nkey_points: [x]\n" + line4 + "\n"
    [problem] = problems_reading(tmp_path, text.encode("utf-8"))
    assert problem.position.line == 4
    assert problem.position.column == line4.index(character) + 1
    assert name in problem.message and "delete it" in problem.message
    assert PROBLEM_LINE.match(str(problem))


@pytest.mark.parametrize("character", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                       "\u2066", "\u2067", "\u2068", "\u2069"])
def test_text_direction_overrides_are_refused(character):
    with pytest.raises(ContentError) as info:
        read_yaml_text(f"kind: handout\ntitle: ab{character}cd\n", Path("f.yaml"))
    [problem] = info.value.problems
    assert problem.position == Position(2, 10)
    assert f"U+{ord(character):04X}" in problem.message
    assert "display differently" in problem.message


def test_tab_newline_and_carriage_return_are_fine():
    source = read_yaml_text("kind: handout\r\ntitle: 'a\tb'\r\nsummary: x\n", Path("f.yaml"))
    assert source.data["title"] == "a\tb"


def test_one_problem_per_line_and_a_bounded_number():
    text = "".join(f"k{i}: a\x0bb\x0c\n" for i in range(1000))
    with pytest.raises(ContentError) as info:
        read_yaml_text(text, Path("f.yaml"))
    problems = info.value.problems
    assert 1 < len(problems) <= 10
    assert [p.position.line for p in problems[:3]] == [1, 2, 3]
    assert "more" in problems[-1].message


# --- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_mark_say_save_as_utf8(tmp_path, codec):
    raw = GOOD.encode(codec)
    [problem] = problems_reading(tmp_path, raw)
    assert problem.position == Position(1, 1)
    assert "UTF-16" in problem.message and "save the file as UTF-8" in problem.message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_files_with_a_byte_order_mark_are_decoded(tmp_path, codec):
    path = tmp_path / "x.yaml"
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    path.write_bytes(bom + "kind: handout\ntitle: Café\n".encode(codec))
    source = read_yaml(path)
    assert source.data == {"kind": "handout", "title": "Café"}
    assert source.position_of(("title",)) == Position(2, 8)


def test_damaged_utf16_with_a_mark_is_located(tmp_path):
    raw = b"\xff\xfe" + "a: 1\nb: 2\n".encode("utf-16-le") + b"\x00\xd8x\x00"  # lone surrogate
    [problem] = problems_reading(tmp_path, raw)
    assert problem.position.line == 3
    assert "UTF-16" in problem.message and "UTF-8" in problem.message


def test_latin1_file_names_the_line_the_character_and_the_fix(tmp_path):
    text = "kind: handout\ntitle: Plain\nsummary: Un café\nkey_points: [déjà vu]\n"
    [problem] = problems_reading(tmp_path, text.encode("latin-1"))
    assert problem.position == Position(3, 16)
    message = problem.message
    assert "not valid UTF-8" in message and "'é'" in message and "Latin-1" in message
    assert "1 more line" in message
    assert "save the file as UTF-8" in message and "Save As" in message


# --- size and special files ----------------------------------------------------------------

def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:  # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3 * 1024 ** 3)
    read: list = []
    original = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or original(fd, n))
    monkeypatch.setattr(Path, "open", lambda *args, **kw: read.append(args) or 1 / 0)
    with pytest.raises(ContentError) as info:
        read_yaml(path)
    assert "larger than" in info.value.problems[0].message
    assert read == []


def test_reading_stops_at_the_limit(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * MAX_FILE_BYTES)
    with pytest.raises(ContentError, match="larger than"):
        read_yaml(path)


def _in_thread(function, timeout: float = 5.0):
    outcome: list = []

    def run():
        try:
            outcome.append(function())
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    return thread, outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    thread, outcome = _in_thread(lambda: read_yaml(fifo))
    if thread.is_alive():  # unblock the reader, so the test fails instead of hanging
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail("reading a named pipe blocked")
    [error] = outcome
    assert isinstance(error, ContentError)
    assert "is not a regular file" in error.problems[0].message
    assert "named pipe" in error.problems[0].message


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets here")
def test_socket_is_not_a_regular_file(tmp_path):
    path = tmp_path / "s.yaml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError:
        pytest.skip("cannot bind a unix socket here")
    try:
        assert stat.S_ISSOCK(os.stat(path).st_mode)
        with pytest.raises(ContentError, match="is not a regular file"):
            read_yaml(path)
    finally:
        server.close()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_device_is_not_a_regular_file():
    with pytest.raises(ContentError, match="is not a regular file .*device"):
        read_yaml(Path("/dev/null"))


def test_folder_and_missing_file_say_what_happened(tmp_path):
    with pytest.raises(ContentError, match="folder, not a file"):
        read_yaml(tmp_path)
    with pytest.raises(ContentError, match="does not exist"):
        read_yaml(tmp_path / "missing.yaml")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_is_plain(tmp_path):
    path = tmp_path / "secret.yaml"
    path.write_text(GOOD)
    path.chmod(0)
    try:
        with pytest.raises(ContentError, match="permission denied"):
            read_yaml(path)
    finally:
        path.chmod(0o600)


# --- through the CLI: one line per problem, other files still build ------------------------

BAD_FILES: dict[str, bytes] = {
    "nul.yaml": b"kind: handout\ntitle: T\nsummary: a\x00b\n",
    "vtab.yaml": b"kind: handout\ntitle: T\nsummary: a\x0bb\n",
    "formfeed.yaml": b"kind: handout\ntitle: T\n\x0c\nsummary: x\n",
    "del.yaml": b"kind: handout\ntitle: T\nsummary: a\x7fb\n",
    "c1.yaml": "kind: handout\ntitle: T\nsummary: a\x85b\n".encode(),
    "bidi.yaml": "kind: handout\ntitle: T\nsummary: a\u202eb\n".encode(),
    "utf16.yaml": GOOD.encode("utf-16-le"),
    "latin1.yaml": "kind: handout\ntitle: Café\n".encode("latin-1"),
}


def test_cli_reports_each_bad_file_once_and_builds_the_rest(project):
    project.write("content/good.yaml", GOOD)
    for name, raw in BAD_FILES.items():
        project.write(f"content/{name}", raw)
    project.write("content/bom16.yaml", GOOD.encode("utf-16"))
    for command in ("check", "build"):
        run = project.invoke(command)
        run.assert_clean_exit()
        assert run.exit_code == 1, run.output
        problems = run.problems
        assert sorted(Path(m["file"]).name for m in problems) == sorted(BAD_FILES), run.output
        for match in problems:
            assert "\x00" not in match.group(0) and "\x1b" not in match.group(0)
    assert sorted(p.name for p in project.output.glob("*.pdf")) == ["bom16.pdf", "good.pdf"]
