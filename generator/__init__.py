"""actsheets: print-ready ACT handouts and worksheets from plain YAML."""

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - said plainly to someone on an older Python
    raise SystemExit(f"actsheets needs Python 3.11 or newer, and this is Python "
                     f"{sys.version_info[0]}.{sys.version_info[1]}: install a newer Python "
                     "(python.org) and make the virtual environment with it")

__version__ = "0.1.0"
