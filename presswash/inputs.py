"""Read the CLI's inputs: files, gzip transparently, and `-` for standard input."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b"


class InputError(Exception):
    """An input could not be read; the message names it."""


def read_input(name: str) -> bytes:
    """The bytes of a file or of stdin (`-`), gunzipped when they are gzip data."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from exc
    if data.startswith(GZIP_MAGIC):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{name}: broken gzip data ({exc})") from exc
    return data
