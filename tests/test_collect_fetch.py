"""discourse.collect fetch, robots and cache against a local site on 127.0.0.1 (port 0).

No other address is contacted: the fetcher is built with ``proxies={}`` and every URL
points at the server these tests start (tests/collect_site/server.py).
"""
from __future__ import annotations

import urllib.error

import pytest

from collect_site.server import Site
from discourse.collect.cache import Cache
from discourse.collect.errors import FetchError, FetchTimeout
from discourse.collect.extract import extract
from discourse.collect.fetch import Fetcher, RateLimiter, Response
from discourse.collect.robots import RobotsPolicy


@pytest.fixture
def site():
    s = Site()
    yield s
    s.stop()


def fetcher(**kw) -> Fetcher:
    opts = dict(timeout=0.5, retries=2, backoff=0.01, max_bytes=100_000, rate=0, proxies={},
                user_agent="discourse-test/1.0")
    opts.update(kw)
    return Fetcher(**opts)


def test_article_fetched_and_extracted_with_metadata(site):
    f = fetcher()
    r = f.fetch(site.url("/articles/a1.html"))
    assert (r.status, r.attempts, r.truncated, r.skipped) == (200, 1, False, "")
    assert r.content_type == "text/html" and r.charset == "utf-8" and r.fetched_at.endswith("Z")
    ex = extract(r)
    assert ex.title == "South Korea says North Korean troops shipped to Russia"
    assert (ex.date, ex.author, ex.sitename, ex.page_lang) == ("2024-10-18", "Jane Doe", "Meridian Wire", "en")
    assert "Chongjin" in ex.text and "Copyright" not in ex.text
    assert site.user_agents == ["discourse-test/1.0"] and f.requests == 1


def test_malformed_html_still_yields_text(site):
    ex = extract(fetcher().fetch(site.url("/articles/malformed.html")))
    assert "drone fire" in ex.text and "reinforcements" in ex.text
    assert ex.title == "Broken markup still has a story"


@pytest.mark.parametrize("path,target", [("/old/a3", "/articles/a3.html"), ("/go/a4", "/articles/a4.html")])
def test_redirects_are_followed_and_the_final_url_recorded(site, path, target):
    f = fetcher()
    r = f.fetch(site.url(path))
    assert r.status == 200 and r.url == site.url(path) and r.final_url == site.url(target)
    assert f.requests == 2 and r.attempts == 1
    assert site.count(path) == 1 and site.count(target) == 1


def test_500_is_retried_with_backoff_then_returned(site):
    slept = []
    r = fetcher(retries=3, sleep=slept.append).fetch(site.url("/always500"))
    assert r.status == 500 and r.attempts == 4
    assert site.count("/always500") == 4
    assert slept == [0.01, 0.02, 0.04]  # exponential backoff


def test_500_then_ok_and_429_with_retry_after(site):
    r = fetcher().fetch(site.url("/flaky"))
    assert (r.status, r.attempts) == (200, 2) and site.count("/flaky") == 2
    r = fetcher().fetch(site.url("/ratelimited"))
    assert (r.status, r.attempts) == (200, 2) and site.count("/ratelimited") == 2


def test_404_is_not_retried(site):
    r = fetcher(retries=5).fetch(site.url("/missing"))
    assert (r.status, r.attempts) == (404, 1) and site.count("/missing") == 1


def test_slow_response_times_out_after_retries(site):
    with pytest.raises(FetchTimeout) as info:
        fetcher(timeout=0.3, retries=1).fetch(site.url("/slow"))
    assert info.value.attempts == 2 and info.value.status == "timeout"
    assert site.count("/slow") == 2


@pytest.mark.parametrize("path", ["/big", "/big-cl"])
def test_size_cap_stops_reading(site, path):
    r = fetcher(max_bytes=50_000).fetch(site.url(path))
    assert r.truncated and r.body == b""
    if path == "/big-cl":
        assert r.skipped == "too_large" and r.content_length > 50_000
    assert fetcher(max_bytes=1_000_000).fetch(site.url(path)).truncated is False


@pytest.mark.parametrize("path,ctype", [("/files/report.pdf", "application/pdf"), ("/files/data.json", "application/json")])
def test_non_html_is_not_read(site, path, ctype):
    r = fetcher().fetch(site.url(path))
    assert r.status == 200 and r.skipped == "not_html" and r.content_type == ctype and r.body == b""
    assert fetcher().fetch(site.url(path), html_only=False).body.startswith((b"%PDF", b"{"))


def test_connection_failure_is_a_fetch_error_after_retries(monkeypatch):
    f = fetcher(retries=2)

    def refuse(req, timeout=None):
        raise urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))

    monkeypatch.setattr(f._opener, "open", refuse)
    with pytest.raises(FetchError) as info:
        f.fetch("http://127.0.0.1:9/never")
    assert info.value.attempts == 3 and info.value.status == "error" and "refused" in str(info.value)


def test_rate_limiter_spaces_requests_per_host():
    now = [100.0]
    slept = []

    def sleep(s):
        slept.append(round(s, 6))
        now[0] += s

    rl = RateLimiter(2.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        rl.wait("a.example")
    rl.wait("b.example")            # another host is not held up
    rl.set_min_interval("a.example", 2.0)  # a Crawl-delay
    rl.wait("a.example")
    assert slept == [0.5, 0.5, 0.5]
    assert RateLimiter(0).wait("x") == 0.0


def test_robots_disallow_and_cache(site, tmp_path):
    f = fetcher()
    cache = Cache(tmp_path / "cache")
    pol = RobotsPolicy(f, cache, "discourse-test/1.0")
    assert pol.allowed(site.url("/articles/a1.html")) == (True, "")
    ok, why = pol.allowed(site.url("/private/secret.html"))
    assert not ok and why == f"disallowed by {site.base}/robots.txt"
    assert site.count("/robots.txt") == 1 and site.count("/private/secret.html") == 0
    # a new policy (a rerun) reads robots.txt from the disk cache: no request
    again = RobotsPolicy(f, cache, "discourse-test/1.0", offline=True)
    assert again.allowed(site.url("/private/secret.html"))[0] is False
    assert again.allowed(site.url("/articles/a2.html"))[0] is True
    assert site.count("/robots.txt") == 1


class _StubFetcher:
    def __init__(self, status):
        self.status, self.rate, self.calls = status, RateLimiter(0), 0

    def fetch(self, url, **kw):
        self.calls += 1
        if self.status is None:
            raise FetchTimeout("no answer")
        return Response(url=url, final_url=url, status=self.status, body=b"")


@pytest.mark.parametrize("status,allowed", [(404, True), (403, True), (503, False), (None, False)])
def test_robots_unusual_answers(status, allowed):
    stub = _StubFetcher(status)
    pol = RobotsPolicy(stub, None, "ua")
    assert pol.allowed("http://h.example/a")[0] is allowed
    assert pol.allowed("http://h.example/b")[0] is allowed
    assert stub.calls == 1  # once per host and run


def test_cache_roundtrip_and_broken_entries(tmp_path):
    c = Cache(tmp_path / "c")
    r = Response(url="http://h.example/a", final_url="http://h.example/b", status=200, reason="OK",
                 headers=[("Content-Type", "text/html")], body=b"<html>x</html>", attempts=2, fetched_at="2025-01-01T00:00:00Z")
    assert c.get(r.url) is None and not c.has(r.url)
    meta = c.put(r.url, r, "pages")
    got = c.get(r.url)
    assert got == r and c.count() == 1
    body = meta.with_suffix(".body")
    body.write_bytes(b"short")  # body and metadata disagree -> treated as absent
    assert c.get(r.url) is None
    meta.write_text("{not json", encoding="utf-8")
    assert c.get(r.url) is None
