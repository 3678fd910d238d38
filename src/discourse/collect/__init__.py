"""Collect a real corpus from the web: URL lists, CSVs with a URL column, Media Cloud
search exports and GDELT DOC API article lists -> ``corpus.jsonl`` that
:func:`discourse.corpus.load` reads, with a log that accounts for every input URL.

>>> from discourse.collect import collect, CollectOptions          # doctest: +SKIP
>>> summary = collect("urls.txt", "collected/", CollectOptions(rate=0.5))  # doctest: +SKIP

One module per concern:

- :mod:`.sources`  read SOURCE formats into entries; URL normalization and ``doc_id``
- :mod:`.fetch`    HTTP with timeouts, retries/backoff, per-host rate limit, size cap
- :mod:`.robots`   robots.txt per host (urllib.robotparser), cached
- :mod:`.cache`    raw responses on disk, keyed by URL hash (reruns are offline)
- :mod:`.extract`  main text and metadata with trafilatura
- :mod:`.log`      ``log.csv`` and ``summary.json``
- :mod:`.run`      the run itself, resume and ``--dry-run``

This is the only networked part of discourse (design.md); everything it fetched is in
``DIR/cache``.
"""
from .errors import CacheError, CollectError, ExtractError, FetchError, FetchTimeout, SourceError
from .log import STATUSES
from .run import CollectOptions, build_record, collect, dry_run, format_dry_run
from .sources import Entry, Source, doc_id_for, normalize_url, read_source

__all__ = ["collect", "dry_run", "format_dry_run", "CollectOptions", "build_record", "read_source", "Source",
           "Entry", "normalize_url", "doc_id_for", "STATUSES", "CollectError", "SourceError", "FetchError",
           "FetchTimeout", "CacheError", "ExtractError"]
