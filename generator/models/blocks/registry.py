"""The registry of worksheet blocks. A block module registers its model with `@register`;
adding a block type touches no other block."""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from actsheets.models.blocks.base import BlockModel

BLOCKS: dict[str, type[BlockModel]] = {}


def register(model: type[BlockModel]) -> type[BlockModel]:
    block_type = model.model_fields["type"].annotation.__args__[0]  # Literal["lines"] -> "lines"
    if block_type in BLOCKS:
        raise RuntimeError(f"block type {block_type!r} registered twice")
    BLOCKS[block_type] = model
    return model


def block_union() -> object:
    """`Annotated[Union[...all blocks...], discriminator]` for the worksheet model."""
    models = tuple(BLOCKS[name] for name in sorted(BLOCKS))
    return Annotated[Union[models], Field(discriminator="type")]  # noqa: UP007
