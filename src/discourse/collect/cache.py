"""On-disk cache of raw HTTP responses, so that a rerun is offline and reproducible.

Layout under the cache directory (``DIR/cache``)::

    pages/ab/<sha256 of the normalized URL>.json   status, final URL, headers, fetch time ...
    pages/ab/<sha256>.body                         the raw body bytes as received
    robots/ab/<sha256 of the robots.txt URL>.json|.body

An entry is complete when its ``.json`` exists: the body is written first and both files
are written to a temporary name and renamed, so an interrupted run never leaves a
half-written entry that would be taken for a complete one. A ``.json`` that cannot be
read is treated as absent (the URL is fetched again).
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .errors import CacheError
from .fetch import Response
from .sources import url_hash

NAMESPACES = ("pages", "robots")


class Cache:
    """Raw responses keyed by URL hash.

    Args:
        root: the cache directory (created on the first :meth:`put`).
    """

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def _paths(self, url: str, namespace: str) -> tuple[Path, Path]:
        if namespace not in NAMESPACES:
            raise ValueError(f"namespace must be one of {NAMESPACES}")
        h = url_hash(url)
        d = self.root / namespace / h[:2]
        return d / f"{h}.json", d / f"{h}.body"

    def has(self, url: str, namespace: str = "pages") -> bool:
        """Whether a complete entry for ``url`` exists (does not read it)."""
        return self._paths(url, namespace)[0].is_file()

    def get(self, url: str, namespace: str = "pages") -> Response | None:
        """The cached :class:`~.fetch.Response` for ``url``, or ``None`` when absent or unreadable."""
        meta_path, body_path = self._paths(url, namespace)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes() if body_path.exists() else b""
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("body_bytes", len(body)) != len(body):
            return None
        try:
            return Response.from_meta(meta, body)
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, url: str, response: Response, namespace: str = "pages") -> Path:
        """Store ``response`` for ``url``; returns the path of the ``.json`` file.

        Raises:
            CacheError: the directory or files cannot be written.
        """
        meta_path, body_path = self._paths(url, namespace)
        meta = response.to_meta()
        meta["cache_key_url"] = url
        meta["body_bytes"] = len(response.body)
        try:
            meta_path.parent.mkdir(parents=True, exist_ok=True)
            _atomic_write(body_path, response.body)
            _atomic_write(meta_path, (json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
                          .encode("utf-8"))
        except OSError as exc:
            raise CacheError(f"cannot write the cache under {self.root}: {exc}") from None
        return meta_path

    def count(self, namespace: str = "pages") -> int:
        """Number of complete entries in ``namespace``."""
        d = self.root / namespace
        return sum(1 for _ in d.glob("*/*.json")) if d.is_dir() else 0


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
