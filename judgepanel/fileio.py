"""Files we write are written atomically; files we read are read with a size limit.

A kit or a signed sheet half-written by a crash must never be mistaken for a good one: we write
to a temporary file beside the target, fsync it, then rename it over the target (atomic on POSIX
and on NTFS), and fsync the folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from judgepanel.domain.errors import FileRejectedError, NotFoundError, UserError


def atomic_write(path: str | Path, data: bytes, *, private: bool = True) -> Path:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError("Cannot write {path}: {reason}", path=str(target),
                        reason=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if private and os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError("Cannot write {path}: {reason}", path=str(target),
                        reason=exc.strerror or str(exc)) from exc
    if os.name == "posix":
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target


def read_limited(path: str | Path, limit: int, *, what: str) -> bytes:
    """Reads at most ``limit`` bytes, refusing larger files before reading them whole."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise FileRejectedError(
                "{path} is too large to be a {what} ({size} bytes; the limit is {limit}).",
                path=str(p), what=what, size=size, limit=limit)
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError as exc:
        raise NotFoundError("There is no file {path}.", path=str(p)) from exc
    except IsADirectoryError as exc:
        raise FileRejectedError("{path} is a folder, not a {what}.", path=str(p),
                                what=what) from exc
    except OSError as exc:
        raise FileRejectedError("Cannot read {path}: {reason}", path=str(p),
                                reason=exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise FileRejectedError("{path} is too large to be a {what}.", path=str(p), what=what)
    return data
