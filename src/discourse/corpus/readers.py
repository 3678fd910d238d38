"""Readers: turn input files into raw records, never losing one.

Each reader yields :class:`Raw` items: a record (a dict of field -> value) with the file
and line it came from, or a problem that makes that record (or the whole file)
unusable. Normalisation into the Corpus table happens in :mod:`.normalize`.

Line numbers: text formats give the physical line where the record starts (CSV records
with quoted newlines start at their first line); JSON arrays and Parquet give the 1-based
position of the record; a ``.txt``/``.md`` file is one record at line 1.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
TABLE_SUFFIXES = {".csv", ".tsv", ".tab"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES
SIDECAR_NAME = "metadata.csv"
RAW_PREVIEW = 300
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)

csv.field_size_limit(sys.maxsize)


@dataclass
class Raw:
    """One input record, or the reason it (or its whole file) could not be read."""

    source: str
    line: int
    record: dict | None = None
    field: str = ""
    reason: str = ""
    raw: str = ""


@dataclass
class FileInfo:
    """What was learnt about one input file while reading it."""

    path: str
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)


def preview(value: Any, limit: int = RAW_PREVIEW) -> str:
    """A short printable form of a raw value for the Rejected table."""
    s = value if isinstance(value, str) else repr(value)
    return s if len(s) <= limit else s[:limit] + f"... [{len(s)} characters]"


def decode(data: bytes, info: FileInfo) -> str | None:
    """Decode bytes as UTF-8 (with or without BOM), else cp1252 (reported in ``info``).

    Returns None when neither works (the caller rejects the file).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        info.encoding = "utf-8-sig"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    info.encoding = "cp1252"
    info.notes.append(
        f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as cp1252"
    )
    return text


def is_binary(data: bytes) -> bool:
    """Heuristic: a NUL byte in the first 8 KiB means a binary file."""
    return b"\x00" in data[:8192]


def _file_problem(path: str, reason: str, fieldname: str = "file") -> Raw:
    return Raw(source=path, line=0, field=fieldname, reason=reason)


def read_whole(path: Path, info: FileInfo, kind: str, empty: str = "empty file") -> tuple[str | None, Raw | None]:
    """Read and decode a whole file; return ``(text, None)`` or ``(None, problem)``.

    Problems: an empty file, a binary file (NUL bytes), bytes that are neither UTF-8 nor
    cp1252. ``kind`` names the expected format in the message.
    """
    src = str(path)
    data = path.read_bytes()
    if not data.strip():
        return None, _file_problem(src, empty, "text" if kind == "text" else "file")
    if is_binary(data):
        return None, _file_problem(src, f"binary file (NUL bytes), not {kind}")
    text = decode(data, info)
    if text is None:
        return None, _file_problem(src, "cannot be decoded as UTF-8 or cp1252")
    return text, None


def read_text_file(path: Path, info: FileInfo) -> Iterator[Raw]:
    """One ``.txt``/``.md`` file is one record: YAML front matter, else title = first line."""
    src = str(path)
    text, problem = read_whole(path, info, "text")
    if problem:
        yield problem
        return
    text = text.replace("\r\n", "\n")
    meta: dict = {}
    m = FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            yield Raw(src, 1, field="front matter", reason=f"invalid YAML: {exc}".replace("\n", " "),
                      raw=preview(m.group(1)))
            return
        if not isinstance(loaded, dict):
            yield Raw(src, 1, field="front matter", reason="front matter is not a mapping of fields",
                      raw=preview(m.group(1)))
            return
        meta = {str(k): v for k, v in loaded.items()}
        body = text[m.end():]
    else:
        body = text
    body = body.strip("\n")
    if "title" not in meta:
        first, _, rest = body.lstrip().partition("\n")
        meta["title"] = first.strip().lstrip("#").strip()
        body = rest.strip("\n")
    meta.setdefault("text", body)
    meta.setdefault("file", path.name)
    yield Raw(src, 1, record=meta)


def read_table(path: Path, info: FileInfo, delimiter: str | None = None) -> Iterator[Raw]:
    """CSV or TSV with a header row; quoted newlines are allowed."""
    src = str(path)
    text, problem = read_whole(path, info, "CSV", empty="empty file (no header row)")
    if problem:
        yield problem
        return
    if delimiter is None:
        delimiter = "\t" if path.suffix.lower() in {".tsv", ".tab"} else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield _file_problem(src, f"no readable header row: {exc}")
        return
    header = [h.strip() for h in header]
    info.notes.append("columns: " + ", ".join(header))
    yield Raw(src, 1, record=None, field="__header__", raw="\x1f".join(header))
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Raw(src, start, field="(record)", reason=f"malformed CSV: {exc}")
            start = reader.line_num + 1
            continue
        line = start
        start = reader.line_num + 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue  # blank line: not a record
        if len(row) != len(header):
            yield Raw(src, line, field="(record)",
                      reason=f"has {len(row)} fields, the header has {len(header)}",
                      raw=preview(delimiter.join(row)))
            continue
        yield Raw(src, line, record=dict(zip(header, row)))


def read_jsonl(path: Path, info: FileInfo) -> Iterator[Raw]:
    """JSON Lines: one object per line; each line decoded on its own."""
    src = str(path)
    with open(path, "rb") as fh:
        head = fh.read(8192)
        if not head.strip():
            yield _file_problem(src, "empty file")
            return
        if is_binary(head):
            yield _file_problem(src, "binary file (NUL bytes), not JSON Lines")
            return
        fh.seek(0)
        for n, bline in enumerate(fh, 1):
            if n == 1 and bline.startswith(b"\xef\xbb\xbf"):
                bline = bline[3:]
                info.encoding = "utf-8-sig"
            if not bline.strip():
                continue
            try:
                line = bline.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = bline.decode("cp1252")
                except UnicodeDecodeError:
                    yield Raw(src, n, field="(record)", reason="cannot be decoded as UTF-8 or cp1252",
                              raw=preview(bline))
                    continue
                info.notes.append(f"line {n}: not valid UTF-8; decoded as cp1252")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Raw(src, n, field="(record)", reason=f"invalid JSON: {exc.msg} at column {exc.colno}",
                          raw=preview(line))
                continue
            if not isinstance(obj, dict):
                yield Raw(src, n, field="(record)",
                          reason=f"expected a JSON object, got {type(obj).__name__}", raw=preview(line))
                continue
            yield Raw(src, n, record=obj)


def read_json(path: Path, info: FileInfo) -> Iterator[Raw]:
    """A JSON array of objects, or an object holding exactly one such array."""
    src = str(path)
    text, problem = read_whole(path, info, "JSON")
    if problem:
        yield problem
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.lineno > 1 or "\n" in text.strip():
            # Perhaps JSON Lines with a .json suffix.
            first = text.lstrip().split("\n", 1)[0]
            try:
                json.loads(first)
                yield from read_jsonl(path, info)
                return
            except json.JSONDecodeError:
                pass
        yield _file_problem(src, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(obj, dict):
        lists = [k for k, v in obj.items() if isinstance(v, list)]
        if len(lists) == 1:
            info.notes.append(f"records taken from the key {lists[0]!r}")
            obj = obj[lists[0]]
        else:
            obj = [obj]
    if not isinstance(obj, list):
        yield _file_problem(src, f"expected a JSON array of objects, got {type(obj).__name__}")
        return
    for n, item in enumerate(obj, 1):
        if isinstance(item, dict):
            yield Raw(src, n, record=item)
        else:
            yield Raw(src, n, field="(record)",
                      reason=f"expected a JSON object, got {type(item).__name__}", raw=preview(item))


def read_parquet(path: Path, info: FileInfo) -> Iterator[Raw]:
    """A Parquet file (or a folder of Parquet parts read as one table)."""
    import pyarrow.parquet as pq

    src = str(path)
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for unreadable files
        yield _file_problem(src, f"not a readable Parquet file: {exc}")
        return
    info.notes.append("columns: " + ", ".join(table.column_names))
    yield Raw(src, 1, record=None, field="__header__", raw="\x1f".join(table.column_names))
    for n, rec in enumerate(table.to_pylist(), 1):
        yield Raw(src, n, record=rec)


def reader_for(path: Path):
    """Return the reader function for a file, by its suffix, or None."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_text_file
    if suffix in TABLE_SUFFIXES:
        return read_table
    if suffix in JSONL_SUFFIXES:
        return read_jsonl
    if suffix in JSON_SUFFIXES:
        return read_json
    if suffix in PARQUET_SUFFIXES:
        return read_parquet
    return None


def list_inputs(path: Path) -> tuple[list[Path], list[Path], Path | None]:
    """The files a path stands for: (corpus files, ignored files, sidecar CSV or None).

    A folder is walked recursively in sorted order; names starting with ``.`` or ``_``
    and ``README`` files are skipped; ``metadata.csv`` in the top folder is the sidecar.
    """
    if path.is_file():
        return [path], [], None
    if path.is_dir() and any(path.glob("*.parquet")) and not any(
        p.suffix.lower() in KNOWN_SUFFIXES - PARQUET_SUFFIXES for p in path.iterdir()
    ):
        files = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith((".", "_")))
        return files, [], None
    files, ignored = [], []
    sidecar = path / SIDECAR_NAME if (path / SIDECAR_NAME).is_file() else None
    for p in sorted(path.rglob("*")):
        rel = p.relative_to(path)
        if any(part.startswith((".", "_")) for part in rel.parts) or p.is_dir():
            continue
        if p == sidecar or p.stem.upper() == "README":
            continue
        (files if reader_for(p) else ignored).append(p)
    return files, ignored, sidecar
