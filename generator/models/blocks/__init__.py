"""Worksheet block models: one module per block type, found through the registry."""

import importlib
import pkgutil

from actsheets.models.blocks.registry import BLOCKS, block_union

for _module in pkgutil.iter_modules(__path__):
    if _module.name not in {"base", "registry"}:
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["BLOCKS", "block_union"]
