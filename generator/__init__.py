"""actsheets: print-ready ACT handouts and worksheets from plain YAML."""

__version__ = "0.1.0"
