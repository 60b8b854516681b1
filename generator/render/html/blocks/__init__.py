"""HTML renderers of worksheet blocks: one module per block type, found through RENDERERS."""

import importlib
import pkgutil

from actsheets.render.html.blocks.base import RENDERERS

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "base":
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["RENDERERS"]
