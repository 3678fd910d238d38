"""HTTP fetching with the standard library (urllib): timeouts, retries with exponential
backoff, a per-host rate limit, a size cap, a content-type check, redirects.

- :class:`RateLimiter`: at most N requests per second per host (``host[:port]``).
- :class:`Fetcher`: ``fetch(url) -> Response``; raises :class:`~.errors.FetchTimeout` or
  :class:`~.errors.FetchError` when no HTTP response could be had at all.
- :class:`Response`: status, final URL, headers and the raw body (possibly cut at the cap).

Retries: connection errors, timeouts, HTTP 5xx and 429 are retried ``retries`` times,
sleeping ``backoff * 2**k`` seconds (or the server's ``Retry-After`` when it is longer, up
to :data:`MAX_WAIT`); 4xx answers are final at once. The last 5xx/429 response is returned
when the retries are used up (the caller logs it as ``http_error``).

Size cap: a ``Content-Length`` above ``max_bytes`` stops before reading the body; a body
without a length is read until ``max_bytes`` and then cut (``Response.truncated``).

Content type: with ``html_only=True`` a ``Content-Type`` other than ``text/html`` or
``application/xhtml+xml`` stops before reading the body (``Response.skipped = "not_html"``);
a missing Content-Type is accepted when the body starts like HTML.

Redirects (301, 302, 303, 307, 308) are followed up to 10 times, to http(s) URLs only;
``Response.final_url`` is where they ended.
"""
from __future__ import annotations

import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http.client import HTTPException
from urllib.parse import urlsplit

from .errors import FetchError, FetchTimeout

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_WAIT = 60.0
CHUNK = 64 * 1024
DEFAULT_USER_AGENT = "discourse-collect/0.1 (media-discourse research; python-urllib)"


@dataclass
class Response:
    """One HTTP response as received.

    Attributes:
        url: the URL requested.
        final_url: the URL after redirects.
        status: HTTP status code; reason: its phrase.
        headers: ``[(name, value), ...]`` as received (of the final response).
        body: raw body bytes (empty when ``skipped``; cut at the cap when ``truncated``).
        truncated: the body was longer than ``max_bytes``; ``max_bytes``: the cap used.
        skipped: ``""``, or why the body was not read (``"not_html"``, ``"too_large"``).
        attempts: requests made for this response (1 + retries used).
        fetched_at: ISO 8601 UTC time the response arrived.
    """

    url: str
    final_url: str
    status: int
    reason: str = ""
    headers: list = field(default_factory=list)
    body: bytes = b""
    truncated: bool = False
    skipped: str = ""
    max_bytes: int | None = None
    attempts: int = 1
    fetched_at: str = ""

    def header(self, name: str, default: str = "") -> str:
        """The first header called ``name`` (case-insensitive), else ``default``."""
        low = name.lower()
        for k, v in self.headers:
            if k.lower() == low:
                return v
        return default

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased (``text/html``)."""
        return self.header("Content-Type").split(";")[0].strip().lower()

    @property
    def charset(self) -> str:
        """The ``charset`` parameter of Content-Type (``""`` when absent)."""
        for part in self.header("Content-Type").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset":
                return v.strip().strip("\"'")
        return ""

    @property
    def content_length(self) -> int | None:
        v = self.header("Content-Length")
        return int(v) if v.strip().isdigit() else None

    def to_meta(self) -> dict:
        """Everything but the body, JSON-ready (what the cache stores beside the body)."""
        return {"url": self.url, "final_url": self.final_url, "status": self.status, "reason": self.reason,
                "headers": [list(h) for h in self.headers], "truncated": self.truncated,
                "skipped": self.skipped, "max_bytes": self.max_bytes, "attempts": self.attempts,
                "fetched_at": self.fetched_at}

    @classmethod
    def from_meta(cls, meta: dict, body: bytes) -> "Response":
        """Rebuild a response from :meth:`to_meta` output and the body bytes."""
        return cls(url=meta["url"], final_url=meta["final_url"], status=int(meta["status"]),
                   reason=meta.get("reason", ""), headers=[tuple(h) for h in meta.get("headers", [])],
                   body=body, truncated=bool(meta.get("truncated")), skipped=meta.get("skipped", ""),
                   max_bytes=meta.get("max_bytes"), attempts=int(meta.get("attempts", 1)),
                   fetched_at=meta.get("fetched_at", ""))


def is_html_type(content_type: str) -> bool:
    """Whether a media type (without parameters) is HTML or XHTML."""
    return content_type in HTML_TYPES


def looks_like_html(body: bytes) -> bool:
    """Whether the start of a body looks like an HTML document (for a missing Content-Type)."""
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<!--"))


class RateLimiter:
    """At most ``per_second`` requests per host; thread-safe.

    Args:
        per_second: requests per second per host; ``0`` or less means no limit.
        clock, sleep: injectable for tests (default ``time.monotonic`` / ``time.sleep``).
    """

    def __init__(self, per_second: float, *, clock=time.monotonic, sleep=time.sleep):
        self.interval = 1.0 / per_second if per_second and per_second > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self._next: dict[str, float] = {}
        self._min_interval: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_min_interval(self, host: str, seconds: float) -> None:
        """Space requests to ``host`` at least ``seconds`` apart (a robots.txt Crawl-delay)."""
        with self._lock:
            self._min_interval[host] = max(0.0, float(seconds))

    def wait(self, host: str) -> float:
        """Block until a request to ``host`` is allowed; returns the seconds slept."""
        with self._lock:
            now = self.clock()
            at = max(now, self._next.get(host, now))
            self._next[host] = at + max(self.interval, self._min_interval.get(host, 0.0))
        delay = at - now
        if delay > 0:
            self.sleep(delay)
        return max(delay, 0.0)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only, counting each as a request of ``owner``."""

    def __init__(self, owner: "Fetcher"):
        self.owner = owner

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-http(s) URL refused: {newurl[:200]}",
                                         headers, fp)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            self.owner.requests += 1
        return new


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return True
    reason = getattr(exc, "reason", None)
    return isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(exc).lower()


def _retry_after(value: str) -> float | None:
    v = (value or "").strip()
    if not v:
        return None
    if v.isdigit():
        return float(v)
    try:
        when = parsedate_to_datetime(v)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


class Fetcher:
    """Fetches URLs politely and defensively (see the module docstring).

    Args:
        user_agent: the User-Agent header.
        timeout: seconds to wait for the connection and for each read.
        retries: extra attempts after a connection error, timeout, 5xx or 429.
        backoff: first retry wait in seconds (doubles each time).
        max_bytes: the body size cap.
        rate: a :class:`RateLimiter`, or requests per second per host.
        total_timeout: seconds for one whole response (default ``4 * timeout``): a server
            that trickles its body slower than that is a timeout.
        proxies: ``None`` uses the environment's proxy settings; a dict (``{}`` for none)
            is passed to ``urllib.request.ProxyHandler``.
        sleep: injectable sleep for the backoff (tests).
    Attributes:
        requests: how many HTTP requests this fetcher has sent (retries and redirects included).
    """

    def __init__(self, *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 20.0, retries: int = 3,
                 backoff: float = 1.0, max_bytes: int = 5_000_000, rate: RateLimiter | float = 1.0,
                 total_timeout: float | None = None, proxies: dict | None = None, sleep=time.sleep):
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if retries < 0:
            raise ValueError("retries must be 0 or more")
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.user_agent, self.timeout, self.retries, self.backoff = user_agent, timeout, retries, backoff
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout if total_timeout is not None else 4 * timeout
        self.rate = rate if isinstance(rate, RateLimiter) else RateLimiter(rate)
        self.sleep = sleep
        handlers = [_RedirectHandler(self)]
        if proxies is not None:
            handlers.append(urllib.request.ProxyHandler(proxies))
        self._opener = urllib.request.build_opener(*handlers)
        self.requests = 0

    def fetch(self, url: str, *, html_only: bool = True, max_bytes: int | None = None) -> Response:
        """Fetch ``url`` (an absolute http(s) URL), retrying as the module docstring says.

        Returns:
            The :class:`Response` (any status; 5xx/429 only after the retries ran out).
        Raises:
            FetchTimeout: every attempt timed out (or the last one did).
            FetchError: no HTTP response at all (refused, DNS, TLS, broken protocol).
        """
        cap = max_bytes or self.max_bytes
        host = urlsplit(url).netloc
        attempts = 0
        while True:
            attempts += 1
            self.rate.wait(host)
            try:
                resp = self._once(url, html_only, cap)
            except FetchError as exc:
                if attempts > self.retries:
                    exc.attempts = attempts
                    raise
                self.sleep(self.backoff * 2 ** (attempts - 1))
                continue
            resp.attempts = attempts
            if (resp.status >= 500 or resp.status == 429) and attempts <= self.retries:
                wait = self.backoff * 2 ** (attempts - 1)
                ra = _retry_after(resp.header("Retry-After"))
                if ra is not None:
                    wait = max(wait, ra)
                self.sleep(min(wait, MAX_WAIT))
                continue
            return resp

    def _once(self, url: str, html_only: bool, cap: int) -> Response:
        req = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" if html_only else "*/*",
            "Accept-Encoding": "identity",
        })
        self.requests += 1
        start = time.monotonic()
        try:
            raw = self._opener.open(req, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            raw = exc  # a response with a 4xx/5xx status: read it like any other
        except (urllib.error.URLError, OSError, HTTPException, ValueError) as exc:
            if _is_timeout(exc):
                raise FetchTimeout(f"no answer within {self.timeout:g} s") from None
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{type(reason).__name__}: {reason}"[:300]) from None
        try:
            return self._read(url, raw, html_only, cap, start)
        finally:
            try:
                raw.close()
            except Exception:  # noqa: BLE001 - closing a broken socket must not mask the result
                pass

    def _read(self, url: str, raw, html_only: bool, cap: int, start: float) -> Response:
        status = int(getattr(raw, "status", None) or raw.getcode() or 0)
        headers = list(raw.headers.items()) if raw.headers is not None else []
        resp = Response(url=url, final_url=raw.geturl() or url, status=status,
                        reason=str(getattr(raw, "reason", "") or ""), headers=headers, max_bytes=cap,
                        fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        if status >= 400:
            cap = min(cap, 64 * 1024)  # error pages are kept for the record, not extracted
        elif html_only and resp.content_type and not is_html_type(resp.content_type):
            resp.skipped = "not_html"
            return resp
        length = resp.content_length
        if length is not None and length > cap:
            resp.skipped, resp.truncated = "too_large", True
            return resp
        chunks, size = [], 0
        try:
            while True:
                if time.monotonic() - start > self.total_timeout:
                    raise FetchTimeout(f"body not complete within {self.total_timeout:g} s")
                chunk = raw.read(min(CHUNK, cap + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > cap:
                    resp.truncated = True
                    break
        except FetchTimeout:
            raise
        except (OSError, HTTPException, ssl.SSLError) as exc:
            if _is_timeout(exc):
                raise FetchTimeout(f"body not complete within {self.timeout:g} s") from None
            raise FetchError(f"reading the body failed: {type(exc).__name__}: {exc}"[:300]) from None
        body = b"".join(chunks)
        resp.body = b"" if resp.truncated else body  # a cut page is not extracted, so not kept
        if html_only and status < 400 and not resp.content_type and not looks_like_html(body):
            resp.skipped, resp.body = "not_html", b""
        return resp
