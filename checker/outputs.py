"""Where a report goes: `--out` checked before the run starts, and never read back as an input.

`checker check dir/ -o dir/report.md` and `checker check dir/ > dir/report.md` both put the report
inside the folder being checked; the shell even creates the second one, empty, before we start. The
report file is recognised by path and by inode (stdout's, via fstat) and left out of the inputs.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from checker.errors import UsageError

FileId = tuple[int, int]  # (st_dev, st_ino)


def check_out_path(out_arg: str | Path, flag: str = "--out") -> None:
    """A file name in an existing, writable folder; anything else is a one-line usage error.

    Takes the argument as typed, so that `dir/` (a trailing slash) is seen even for a new folder."""
    shown = os.fspath(out_arg)
    out = Path(out_arg)
    if shown.endswith(("/", os.sep)) or out.is_dir():
        raise UsageError(f"{flag} {shown}: is a directory; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise UsageError(f"{flag} {shown}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"{flag} {shown}: folder {folder} is not writable")
    if out.exists() and not os.access(out, os.W_OK):
        raise UsageError(f"{flag} {shown}: file is not writable")


def stdout_file() -> FileId | None:
    """The regular file standard output is redirected to, if it is one."""
    try:
        st = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # captured or closed stdout has no usable descriptor
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def report_file_filter(out_arg: str | Path | None) -> Callable[[Path], bool] | None:
    """A predicate true for the file(s) this run writes its report to, or None when there are none."""
    ids: set[FileId] = set()
    paths: set[Path] = set()
    if out_arg is not None:
        out = Path(out_arg)
        paths.add(out.resolve())
        try:
            st = out.stat()
            ids.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    redirected = stdout_file()
    if redirected is not None:
        ids.add(redirected)
    if not ids and not paths:
        return None

    def is_report(path: Path) -> bool:
        if path.resolve() in paths:
            return True
        try:
            st = path.stat()
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in ids

    return is_report
