"""Run render jobs in order, in worker processes when there is enough work.

Each worker prepares the project's environment once, renders a whole document (all its
variants) and, when asked, writes the files itself; results come back in job order.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from actsheets.build.environment import Environment, prepare
from actsheets.config import Project

if TYPE_CHECKING:
    from concurrent.futures import Future

J = TypeVar("J")
R = TypeVar("R")

IN_FLIGHT = 4  # jobs queued per worker
_WORKER_ENV: Environment | None = None
_WORKER_FUNCTION: Callable | None = None


def run_jobs(jobs: list[J], function: Callable[[J, Environment], R], env: Environment,
             processes: int, work: int) -> Iterator[tuple[J, R]]:
    if processes <= 1 or len(jobs) < 2 or work < 8:
        for job in jobs:
            yield job, function(job, env)
        return
    # Only now the process machinery: a build of one document, or with -j 1, never loads it.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    workers = min(processes, len(jobs))
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(env.project, function)) as pool:
        # A few unfinished jobs per worker, not all of them: memory stays the same for ten
        # or ten thousand documents, and every worker always has the next job at hand
        # (a slow document at the head of the line holds back only the reporting).
        waiting: deque[tuple[J, Future]] = deque()
        queued = iter(jobs)

        def top_up() -> None:
            unfinished = sum(not future.done() for _, future in waiting)
            for job in itertools.islice(queued, max(0, workers * IN_FLIGHT - unfinished)):
                waiting.append((job, pool.submit(_run_in_worker, job)))

        top_up()
        while waiting:
            job, future = waiting[0]
            while not future.done():
                wait([f for _, f in waiting if not f.done()], return_when=FIRST_COMPLETED)
                top_up()
            waiting.popleft()
            top_up()
            yield job, future.result()


def _init_worker(project: Project, function: Callable) -> None:
    global _WORKER_ENV, _WORKER_FUNCTION
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _end_with_parent()
    _WORKER_ENV = prepare(project)
    _WORKER_FUNCTION = function


def _end_with_parent() -> None:
    """On Linux, the kernel ends this worker when the main process dies, even by SIGKILL
    (elsewhere a worker ends when it next finds the main process gone)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the main process died before prctl took effect
        os._exit(1)


def _run_in_worker(job):
    assert _WORKER_ENV is not None and _WORKER_FUNCTION is not None
    return _WORKER_FUNCTION(job, _WORKER_ENV)
