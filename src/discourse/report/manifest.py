"""``manifest.json``: what a report run used and produced, with checksums."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

FILENAME = "manifest.json"


def sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_entry(path: Path, root: Path, **extra) -> dict:
    return {"path": path.relative_to(root).as_posix(), "sha256": sha256(path), "bytes": path.stat().st_size,
            **extra}


def table_entries(folder: Path, root: Path) -> list[dict]:
    """Every CSV under ``folder`` with its sha256, rows and columns (sorted by path)."""
    import csv

    out = []
    for p in sorted(folder.rglob("*.csv")) if folder.exists() else []:
        with open(p, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            rows = sum(1 for _ in reader)
        out.append(file_entry(p, root, rows=rows, columns=header))
    return out


def outputs_of(manifest: dict) -> list[str]:
    """Relative paths of every file a manifest lists (to tidy up after a newer run)."""
    paths = []
    for nb in manifest.get("notebooks", []):
        for entry in (nb.get("outputs") or {}).values():
            if isinstance(entry, dict) and entry.get("path"):
                paths.append(entry["path"])
        paths += [t["path"] for t in nb.get("tables", []) if t.get("path")]
    return paths


def read(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write(manifest: dict, path: Path) -> Path:
    Path(path).write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return Path(path)
