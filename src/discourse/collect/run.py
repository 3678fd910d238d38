"""A collection run: SOURCE -> fetch (or cache) -> extract -> ``corpus.jsonl`` + ``log.csv``
+ ``summary.json`` under the output directory.

- :class:`CollectOptions`: the knobs (rate, timeout, retries, size cap, user agent ...).
- :func:`collect` -> the summary dict (also written to ``DIR/summary.json``).
- :func:`dry_run` -> a report on the SOURCE (count, duplicates, invalid lines, hosts);
  fetches nothing and writes nothing.
- :func:`build_record` -> one corpus record (the JSONL line) from an entry, a response and
  what was extracted.

Resume: every run walks the whole SOURCE in order and rewrites ``corpus.jsonl`` and
``log.csv`` (row by row, flushed) from the cache plus what it fetches; URLs already in the
cache are never fetched again (nor their robots.txt). 5xx/429 answers, timeouts and
connection errors are not cached, so a rerun tries them again. An interrupted run
(Ctrl-C) logs the entries it did not reach as ``error`` ("not attempted: interrupted").

Corpus record (what :func:`discourse.corpus.load` reads): ``doc_id`` (``url-`` + hash of
the normalized URL), ``outlet`` (the source's outlet -- Media Cloud ``media_name``, GDELT
``domain``, a CSV ``outlet`` column -- else the page's site name, else the host),
``date`` (the page's date, else the source's; only dates the corpus loader accepts),
``title``, ``text``, ``url`` (the normalized input URL), ``lang`` (from the source, else
empty: the loader detects it), plus ``final_url``, ``fetched_at``, ``http_status``,
``author``, ``sitename``, ``page_date``, ``page_lang``, ``date_source``, ``source_format``,
``source_line`` and every source column as ``meta_<column>``.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from .cache import Cache
from .errors import CollectError, ExtractError, FetchError
from .extract import Extracted, extract
from .fetch import DEFAULT_USER_AGENT, Fetcher, Response
from .log import IN_CORPUS, CollectLog, write_summary
from .robots import RobotsPolicy
from .sources import Entry, Source, doc_id_for, normalize_url, read_source

MAX_TEXT_CHARS = 1_000_000  # the corpus loader's default limit


@dataclass
class CollectOptions:
    """How a run behaves. Every field has a polite default.

    Attributes:
        rate: requests per second per host (``0``: no limit).
        timeout: seconds for the connection and each read; ``retries``: extra attempts on
            connection errors, timeouts, 5xx and 429; ``backoff``: first retry wait (doubles).
        max_bytes: body size cap per page.
        user_agent: the User-Agent header and the robots.txt agent name.
        fmt, url_column: how to read SOURCE (see :func:`~.sources.read_source`).
        offline: fetch nothing; URLs not in the cache are logged as ``error``.
        respect_robots: check robots.txt before fetching (on by default).
        progress: show a tqdm progress bar on stderr.
        proxies: ``None`` = the environment's proxies; ``{}`` = none (tests).
        max_text_chars: longer extracted texts are logged ``too_large`` (the loader's limit).
    """

    rate: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_bytes: int = 5_000_000
    user_agent: str = DEFAULT_USER_AGENT
    fmt: str = "auto"
    url_column: str | None = None
    offline: bool = False
    respect_robots: bool = True
    progress: bool = True
    proxies: dict | None = None
    max_text_chars: int = MAX_TEXT_CHARS


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _usable_date(value) -> str:
    """``value`` as given when the corpus loader accepts it as a date, else ``""``."""
    if value in (None, ""):
        return ""
    from ..corpus.dates import parse_dates

    _, problems = parse_dates([str(value)])
    return "" if problems[0] else str(value)


def _host_outlet(url: str) -> str:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def build_record(entry: Entry, resp: Response, ex: Extracted, source_format: str) -> dict:
    """The corpus record (JSON-ready dict) of one collected page (fields: module docstring)."""
    h = entry.hints
    page_date, meta_date = _usable_date(ex.date), _usable_date(h.get("date"))
    date, date_source = (page_date, "page") if page_date else ((meta_date, "source") if meta_date else (None, ""))
    rec = {
        "doc_id": doc_id_for(entry.url),
        "outlet": str(h.get("outlet") or ex.sitename or _host_outlet(resp.final_url)),
        "date": date,
        "title": ex.title or str(h.get("title") or ""),
        "text": ex.text,
        "url": entry.url,
        "lang": str(h.get("lang") or "").lower(),
        "final_url": resp.final_url,
        "fetched_at": resp.fetched_at,
        "http_status": resp.status,
        "author": ex.author,
        "sitename": ex.sitename,
        "page_date": ex.date,
        "page_lang": ex.page_lang,
        "date_source": date_source,
        "source_format": source_format,
        "source_line": entry.line,
    }
    for k, v in entry.meta.items():
        rec[f"meta_{k}"] = v if isinstance(v, (str, int, float, bool)) or v is None else json.dumps(v)
    return rec


def _bytes_of(resp: Response) -> int | None:
    return len(resp.body) if resp.body else resp.content_length


class _Run:
    def __init__(self, source: Source, out: Path, o: CollectOptions):
        self.source, self.out, self.o = source, out, o
        self.cache = Cache(out / "cache")
        self.fetcher = Fetcher(user_agent=o.user_agent, timeout=o.timeout, retries=o.retries, backoff=o.backoff,
                               max_bytes=o.max_bytes, rate=o.rate, proxies=o.proxies)
        self.robots = RobotsPolicy(self.fetcher, self.cache, o.user_agent, offline=o.offline)
        self.seen: dict[str, int] = {}        # normalized input URL -> first line
        self.final_seen: dict[str, int] = {}  # normalized final URL of a record -> its line
        self.records = 0

    def _cached(self, url: str) -> Response | None:
        resp = self.cache.get(url)
        if resp is None:
            return None
        if resp.truncated and resp.max_bytes is not None and self.o.max_bytes > resp.max_bytes:
            return None  # cut at a smaller cap before: fetch again with the larger one
        return resp

    def one(self, e: Entry, log: CollectLog, out_fh) -> str:
        """Process one entry; returns its log status."""
        def w(status, **kw):
            log.write(url=e.url or e.raw, status=status, line=e.line, **kw)
            return status

        if e.problem:
            return w("invalid_url", reason=e.problem)
        if e.url in self.seen:
            return w("duplicate", reason=f"same URL as line {self.seen[e.url]}", doc_id=doc_id_for(e.url))
        self.seen[e.url] = e.line
        if e.url in self.final_seen:
            return w("duplicate", reason=f"same page as line {self.final_seen[e.url]} (its redirect target)")
        resp = self._cached(e.url)
        from_cache = resp is not None
        if resp is None:
            if self.o.offline:
                return w("error", reason="not in the cache (offline run)")
            if self.o.respect_robots:
                ok, why = self.robots.allowed(e.url)
                if not ok:
                    return w("robots_disallowed", reason=why)
            try:
                resp = self.fetcher.fetch(e.url)
            except FetchError as exc:
                return w(exc.status, reason=str(exc), attempts=exc.attempts)
            if not (resp.status >= 500 or resp.status == 429):
                self.cache.put(e.url, resp)
        common = dict(http_code=resp.status, final_url=resp.final_url if resp.final_url != e.url else "",
                      attempts=None if from_cache else resp.attempts, from_cache=from_cache)
        note = " (from the cache)" if from_cache else ""
        if resp.status >= 300:
            return w("http_error", bytes=_bytes_of(resp), reason=f"HTTP {resp.status} {resp.reason}".strip() + note,
                     **common)
        if resp.skipped == "not_html":
            return w("not_html", bytes=resp.content_length,
                     reason=f"Content-Type {resp.header('Content-Type') or '(none, body is not HTML)'}" + note,
                     **common)
        if resp.truncated:
            size = f"Content-Length {resp.content_length}" if resp.content_length else "no Content-Length"
            return w("too_large", bytes=resp.content_length,
                     reason=f"body over --max-bytes {resp.max_bytes} ({size}); not read past the cap" + note,
                     **common)
        try:
            ex = extract(resp)
        except ExtractError as exc:
            return w("error", bytes=len(resp.body), reason=str(exc) + note, **common)
        if not ex.text:
            return w("no_text", bytes=len(resp.body), reason="no main text found by trafilatura" + note, **common)
        if len(ex.text) > self.o.max_text_chars:
            return w("too_large", bytes=len(resp.body),
                     reason=f"extracted text has {len(ex.text)} characters (limit {self.o.max_text_chars})" + note,
                     **common)
        try:
            final_norm = normalize_url(resp.final_url)
        except ValueError:
            final_norm = e.url
        first = self.final_seen.get(final_norm)
        if first is not None:
            return w("duplicate", bytes=len(resp.body),
                     reason=f"redirects to {resp.final_url}, already collected at line {first}", **common)
        self.final_seen[final_norm] = e.line
        rec = build_record(e, resp, ex, self.source.format)
        out_fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out_fh.flush()
        self.records += 1
        return w("cached" if from_cache else "collected", bytes=len(resp.body), doc_id=rec["doc_id"], **common)


def collect(source: str | Path, out: str | Path, options: CollectOptions | None = None) -> dict:
    """Collect every URL of ``source`` into ``out`` (see the module docstring).

    Args:
        source: the SOURCE file (URL list, CSV, Media Cloud export, GDELT JSON/CSV).
        out: the output directory (created): ``corpus.jsonl``, ``log.csv``,
            ``summary.json``, ``cache/``.
        options: a :class:`CollectOptions` (defaults when ``None``).
    Returns:
        The summary: ``input_entries``, ``records``, ``statuses`` (count per status),
        ``requests`` (HTTP requests sent, robots.txt included), ``hosts``, ``accounted``
        (every entry has a log row), ``interrupted``, paths, times and the options.
    Raises:
        SourceError: SOURCE cannot be read. CacheError: the cache cannot be written.
        KeyboardInterrupt: re-raised after the log and summary are completed.
    """
    from tqdm.auto import tqdm

    o = options or CollectOptions()
    src = read_source(source, fmt=o.fmt, url_column=o.url_column)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    run = _Run(src, out, o)
    started, t0 = _now(), time.monotonic()
    interrupted = False
    corpus_path, log_path = out / "corpus.jsonl", out / "log.csv"
    bar = tqdm(total=len(src.entries), desc="collect", unit="url", disable=not o.progress, file=sys.stderr)
    with CollectLog(log_path) as log, open(corpus_path, "w", encoding="utf-8") as out_fh:
        i = 0
        try:
            for i, e in enumerate(src.entries):
                status = run.one(e, log, out_fh)
                bar.update(1)
                bar.set_postfix_str(f"{status}; {run.records} records, {run.fetcher.requests} requests",
                                    refresh=False)
            i = len(src.entries)
        except KeyboardInterrupt:
            interrupted = True
            done = log.rows
            for e in src.entries[done:]:
                log.write(url=e.url or e.raw, status="error", line=e.line, reason="not attempted: interrupted")
        finally:
            bar.close()
    summary = {
        "source": str(source), "format": src.format, "url_column": src.url_column, "notes": src.notes,
        "input_entries": len(src.entries), "records": run.records,
        "statuses": {k: log.counts.get(k, 0) for k in sorted(log.counts)},
        "requests": run.fetcher.requests,
        "hosts": len({e.host for e in src.entries if e.url}),
        "accounted": log.rows == len(src.entries) and run.records == sum(log.counts[k] for k in IN_CORPUS),
        "interrupted": interrupted, "started_at": started, "finished_at": _now(),
        "elapsed_s": round(time.monotonic() - t0, 3),
        "corpus": str(corpus_path), "log": str(log_path), "cache": str(run.cache.root),
        "options": {k: v for k, v in asdict(o).items() if k != "proxies"},
    }
    write_summary(out / "summary.json", summary)
    if interrupted:
        raise KeyboardInterrupt
    return summary


def dry_run(source: str | Path, options: CollectOptions | None = None, out: str | Path | None = None) -> dict:
    """Check SOURCE without fetching anything (and without writing anything).

    Returns:
        ``format``, ``url_column``, ``entries`` (lines/rows read), ``valid``, ``unique``,
        ``duplicates`` (``[(line, url, first_line)]``), ``invalid`` (``[(line, raw, reason)]``),
        ``hosts`` (``{host: unique URLs}``, most first), ``cached`` (unique URLs already in
        ``out``'s cache, when ``out`` is given) and ``min_seconds`` (the least time the run
        takes at the rate limit, cache not counted).
    Raises:
        SourceError: SOURCE cannot be read.
    """
    o = options or CollectOptions()
    src = read_source(source, fmt=o.fmt, url_column=o.url_column)
    seen: dict[str, int] = {}
    duplicates, invalid = [], []
    hosts: Counter = Counter()
    for e in src.entries:
        if e.problem:
            invalid.append((e.line, e.raw, e.problem))
        elif e.url in seen:
            duplicates.append((e.line, e.url, seen[e.url]))
        else:
            seen[e.url] = e.line
            hosts[e.host] += 1
    cached = None
    if out is not None and (Path(out) / "cache").is_dir():
        cache = Cache(Path(out) / "cache")
        cached = sum(1 for u in seen if cache.has(u))
    busiest = max(hosts.values(), default=0)
    return {"source": str(source), "format": src.format, "url_column": src.url_column, "notes": src.notes,
            "entries": len(src.entries), "valid": len(src.entries) - len(invalid), "unique": len(seen),
            "duplicates": duplicates, "invalid": invalid, "hosts": dict(hosts.most_common()),
            "cached": cached, "min_seconds": (busiest - 1) / o.rate if o.rate and busiest > 1 else 0.0}


def format_dry_run(report: dict, limit: int = 20) -> str:
    """The printed form of a :func:`dry_run` report."""
    lines = [f"{report['source']}: {report['format']}"
             + (f" (URL column {report['url_column']!r})" if report["url_column"] else ""),
             f"{report['entries']} entries: {report['unique']} unique URLs, {len(report['duplicates'])} duplicates, "
             f"{len(report['invalid'])} invalid, {len(report['hosts'])} hosts"]
    lines += [f"note: {n}" for n in report["notes"]]
    for line, raw, why in report["invalid"][:limit]:
        lines.append(f"  invalid   line {line}: {raw[:100]!r}: {why}")
    for line, url, first in report["duplicates"][:limit]:
        lines.append(f"  duplicate line {line}: {url[:100]} (first at line {first})")
    more = len(report["invalid"]) + len(report["duplicates"]) - 2 * limit
    if more > 0:
        lines.append("  ... (see --json for all)")
    lines.append("hosts: " + ", ".join(f"{h} ({n})" for h, n in list(report["hosts"].items())[:limit])
                 + (" ..." if len(report["hosts"]) > limit else ""))
    if report["cached"] is not None:
        lines.append(f"already cached: {report['cached']} of {report['unique']}")
    lines.append(f"at the rate limit the busiest host needs at least {report['min_seconds']:.0f} s; nothing fetched")
    return "\n".join(lines)


__all__ = ["CollectOptions", "collect", "dry_run", "format_dry_run", "build_record", "CollectError"]
