"""Exception types of :mod:`discourse.collect`.

All derive from :class:`discourse.errors.DiscourseError`, so the command line reports them
as errors (exit 2) instead of tracebacks. Failures of single URLs are *not* exceptions at
the run level: they end up in the collection log with a status and a reason.
"""
from __future__ import annotations

from ..errors import DiscourseError


class CollectError(DiscourseError):
    """Base class of every error raised on purpose by the collector."""


class SourceError(CollectError):
    """The SOURCE file cannot be read as a URL list, CSV, Media Cloud or GDELT export."""


class FetchError(CollectError):
    """A URL could not be fetched at all (connection refused, DNS, TLS, protocol error).

    Attributes:
        status: the collection-log status this failure maps to (``error`` or ``timeout``).
        attempts: how many requests were tried before giving up.
    """

    status = "error"

    def __init__(self, message: str, attempts: int = 1):
        super().__init__(message)
        self.attempts = attempts


class FetchTimeout(FetchError):
    """The server did not answer (or finish answering) within the timeout."""

    status = "timeout"


class CacheError(CollectError):
    """The cache directory cannot be written."""


class ExtractError(CollectError):
    """The extractor failed on a page (the page is logged as ``error``)."""
