"""A small picture of a PDF's first page for the catalog: rendered with pdfium, written as
PNG by hand (zlib, no timestamps), so the same PDF always gives the same bytes."""

from __future__ import annotations

import struct
import zlib

WIDTH = 240  # pixels; shown at half that on screen, sharp on high-density displays


def first_page_png(pdf: bytes, width: int = WIDTH) -> bytes:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True)  # RGB
        rows = _rows(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                     bitmap.n_channels)
        size = (bitmap.width, bitmap.height)
        page.close()
    finally:
        document.close()
    return png(rows, *size)


def _rows(buffer: bytes, width: int, height: int, stride: int, channels: int) -> list[bytes]:
    rows = []
    for y in range(height):
        row = buffer[y * stride:y * stride + width * channels]
        if channels == 4:  # drop the unused fourth byte
            row = b"".join(row[i:i + 3] for i in range(0, len(row), 4))
        rows.append(row)
    return rows


def png(rows: list[bytes], width: int, height: int) -> bytes:
    """An 8-bit RGB PNG, rows unfiltered (zlib finds the repeats of a mostly white page)."""
    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + _chunk(b"IEND", b""))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
