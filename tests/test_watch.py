"""`watch`: a saved file is rebuilt, a mistake is printed, and stopping leaves whole files."""

from __future__ import annotations

import threading
import time

from conftest import pdf_text

from actsheets.build.watch import watch_project
from actsheets.config import load_project

DOC = "kind: handout\ntitle: {title}\nsummary: Notice one breath.\n"


def _wait_for(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_saving_a_file_rebuilds_it_and_mistakes_are_reported(project):
    project.write("content/a.yaml", DOC.format(title="First"))
    runs = []
    stop = threading.Event()

    def build():
        runs.append(project.build())

    watcher = threading.Thread(target=watch_project,
                               args=(load_project(project.root), build, stop))
    watcher.start()
    try:
        assert _wait_for(lambda: len(runs) == 1)
        assert "First" in pdf_text(project.pdf("a.pdf"))
        time.sleep(0.5)  # let the watcher settle before the first save
        project.write("content/a.yaml", DOC.format(title="Second"))
        assert _wait_for(lambda: len(runs) >= 2 and "Second" in pdf_text(project.pdf("a.pdf")))
        project.write("content/a.yaml", "kind: handout\n")
        assert _wait_for(lambda: any(r.exit_code == 1 for r in runs[2:]))
        bad = next(r for r in runs[2:] if r.exit_code == 1)
        assert "missing required key 'title'" in bad.stderr
        assert "Second" in pdf_text(project.pdf("a.pdf"))  # the last good file stays
        count = len(runs)
        (project.output / "unrelated.txt").write_text("written into output/")
        time.sleep(1.0)
        assert len(runs) == count  # writing into output/ never triggers a build
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
