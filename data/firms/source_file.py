"""Shared by the make_*.py scripts here: read a source file as fetched,
check it against the git blob recorded in the script, pick the output path
and write the table.
Python 3 standard library only."""
import hashlib
import os
import sys


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def read_source(path: str, expected_blob: str) -> bytes:
    """The file's bytes; a warning on stderr when its blob is not the recorded one."""
    raw = open(path, "rb").read()
    blob = git_blob_sha1(raw)
    if blob != expected_blob:
        print(f"warning: input blob {blob} differs from the recorded source blob "
              f"{expected_blob}; update SOURCE in the script", file=sys.stderr)
    return raw


def output_path(argv, default_name: str) -> str:
    """argv[2] if given, else default_name next to these scripts."""
    if len(argv) > 2:
        return argv[2]
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), default_name)


def write_table(out: str, header: list, columns: tuple, rows: list) -> None:
    """A UTF-8 TSV with LF line ends: '#' header lines, the column names, the rows."""
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(f"# {line}\n")
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows written to {out}")
