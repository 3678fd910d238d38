"""robots.txt: fetched once per host (``scheme://host[:port]``), cached on disk and in
memory, read with :mod:`urllib.robotparser`.

What an unusual robots.txt answer means (RFC 9309):

- 2xx: the rules apply (``Crawl-delay`` slows the host down, capped at :data:`MAX_CRAWL_DELAY`);
- 4xx (none there, forbidden ...): everything is allowed;
- 5xx or no answer at all: nothing is allowed for this run (not cached on disk, so a
  rerun asks again).

Known limit of :mod:`urllib.robotparser`: the first matching rule wins (not the longest),
which is stricter than Google's reading when ``Allow`` follows a broader ``Disallow``.
"""
from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from .cache import Cache
from .errors import FetchError
from .fetch import Fetcher, Response

MAX_ROBOTS_BYTES = 512 * 1024
MAX_CRAWL_DELAY = 60.0


@dataclass
class RobotsRules:
    """The rules of one host: a parser, or allow/deny everything, and why."""

    parser: urllib.robotparser.RobotFileParser | None
    allow_all: bool = False
    deny_all: bool = False
    note: str = ""


def robots_url(url: str) -> str:
    """``http://host:port/robots.txt`` for any URL on that host."""
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "/robots.txt", "", ""))


class RobotsPolicy:
    """Decides whether a URL may be fetched.

    Args:
        fetcher: the :class:`~.fetch.Fetcher` (robots.txt requests obey its rate limit).
        cache: a :class:`~.cache.Cache` (robots namespace), or ``None`` for memory only.
        user_agent: the agent name matched against ``User-agent`` lines.
        offline: never fetch; a host whose robots.txt is not cached is denied.
    """

    def __init__(self, fetcher: Fetcher | None, cache: Cache | None, user_agent: str, *, offline: bool = False):
        self.fetcher, self.cache, self.user_agent, self.offline = fetcher, cache, user_agent, offline
        self._rules: dict[str, RobotsRules] = {}

    def allowed(self, url: str) -> tuple[bool, str]:
        """``(True, "")`` when ``url`` may be fetched, else ``(False, reason)``.

        Never raises for network trouble: an unreachable robots.txt denies the host.
        """
        rules = self.rules_for(url)
        if rules.allow_all:
            return True, ""
        if rules.deny_all:
            return False, rules.note
        if rules.parser.can_fetch(self.user_agent, url):
            return True, ""
        return False, f"disallowed by {robots_url(url)}"

    def rules_for(self, url: str) -> RobotsRules:
        """The (memoised) :class:`RobotsRules` of the host of ``url``."""
        key = robots_url(url)
        if key not in self._rules:
            self._rules[key] = self._load(key)
        return self._rules[key]

    def _load(self, rurl: str) -> RobotsRules:
        resp = self.cache.get(rurl, "robots") if self.cache else None
        if resp is None:
            if self.offline or self.fetcher is None:
                return RobotsRules(None, deny_all=True, note=f"{rurl} not in the cache (offline)")
            try:
                resp = self.fetcher.fetch(rurl, html_only=False, max_bytes=MAX_ROBOTS_BYTES)
            except FetchError as exc:
                return RobotsRules(None, deny_all=True, note=f"{rurl} unreachable ({exc}); host skipped")
            if resp.status < 500 and resp.status != 429 and self.cache is not None:
                self.cache.put(rurl, resp, "robots")
        return self._rules_from(rurl, resp)

    def _rules_from(self, rurl: str, resp: Response) -> RobotsRules:
        if resp.status >= 500 or resp.status == 429:
            return RobotsRules(None, deny_all=True, note=f"{rurl} answered HTTP {resp.status}; host skipped")
        if resp.status >= 400:
            return RobotsRules(None, allow_all=True, note=f"{rurl}: HTTP {resp.status}, everything allowed")
        if resp.truncated:
            return RobotsRules(None, deny_all=True, note=f"{rurl} larger than {MAX_ROBOTS_BYTES} bytes; host skipped")
        parser = urllib.robotparser.RobotFileParser(rurl)
        text = resp.body.decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.user_agent)
        if delay and self.fetcher is not None:
            try:
                d = min(float(delay), MAX_CRAWL_DELAY)
            except (TypeError, ValueError):
                d = 0.0
            self.fetcher.rate.set_min_interval(urlsplit(rurl).netloc, d)
        return RobotsRules(parser)
