"""The collection log (``DIR/log.csv``, one row per input entry) and the summary
(``DIR/summary.json`` and the lines printed at the end).

Statuses (:data:`STATUSES`):

``collected``  fetched now and written to the corpus
``cached``     taken from the cache (fetched by an earlier run) and written to the corpus
``duplicate``  the same normalized URL as an earlier line, or a redirect to a page
               already collected (``reason`` names the first line)
``robots_disallowed``  refused by robots.txt (or robots.txt unreachable: reason says so)
``http_error`` a 3xx/4xx/5xx answer (5xx and 429 after the retries)
``timeout``    no (complete) answer within the timeout, after the retries
``too_large``  the body (or the extracted text) is over the cap
``not_html``   Content-Type is not HTML/XHTML
``no_text``    HTML without extractable main text
``invalid_url`` the line is not an absolute http(s) URL
``error``      anything else (connection refused, extractor failure, interrupted run)

Rows are written and flushed one at a time, so an interrupted run leaves a readable log.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

STATUSES = ("collected", "cached", "duplicate", "robots_disallowed", "http_error", "timeout", "too_large",
            "not_html", "no_text", "invalid_url", "error")
IN_CORPUS = ("collected", "cached")
COLUMNS = ["url", "status", "http_code", "bytes", "reason", "line", "final_url", "doc_id", "attempts",
           "from_cache"]


class CollectLog:
    """Writes ``log.csv`` row by row and counts statuses.

    Args:
        path: the CSV to (over)write.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "w", encoding="utf-8", newline="")
        self._w = csv.DictWriter(self._fh, fieldnames=COLUMNS, extrasaction="raise")
        self._w.writeheader()
        self.counts: Counter = Counter()
        self.rows = 0

    def write(self, *, url: str, status: str, line: int, http_code: int | None = None, bytes: int | None = None,
              reason: str = "", final_url: str = "", doc_id: str = "", attempts: int | None = None,
              from_cache: bool = False) -> None:
        """Append one row (and flush it).

        Raises:
            ValueError: ``status`` is not one of :data:`STATUSES`.
        """
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._w.writerow({"url": url, "status": status, "http_code": "" if http_code is None else http_code,
                          "bytes": "" if bytes is None else bytes, "reason": reason.replace("\n", " "),
                          "line": line, "final_url": final_url, "doc_id": doc_id,
                          "attempts": "" if attempts is None else attempts, "from_cache": int(bool(from_cache))})
        self._fh.flush()
        self.counts[status] += 1
        self.rows += 1

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_log(path: str | Path) -> list[dict]:
    """The rows of a ``log.csv`` as dicts (strings)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_summary(path: str | Path, summary: dict) -> None:
    """Write ``summary`` as pretty JSON."""
    Path(path).write_text(json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def format_summary(summary: dict) -> str:
    """The human summary printed at the end of a run (a few lines)."""
    c = summary["statuses"]
    parts = [f"{k}: {c[k]}" for k in STATUSES if c.get(k)]
    lines = [f"{summary['input_entries']} input URLs -> {summary['records']} records in {summary['corpus']}",
             "  " + (", ".join(parts) or "nothing to do"),
             f"  {summary['requests']} HTTP requests, {summary['hosts']} hosts, {summary['elapsed_s']:.1f} s; "
             f"log: {summary['log']}"]
    if summary.get("interrupted"):
        lines.append("  interrupted: rerun the same command to continue (cached pages are not fetched again)")
    if not summary.get("accounted", True):
        lines.append("  WARNING: the log does not account for every input entry")
    return "\n".join(lines)
