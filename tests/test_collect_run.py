"""`discourse collect` end to end against a local site on 127.0.0.1 (port 0).

The done-when check of the issue: a URL list served by the local server becomes a corpus
that `discourse validate` accepts, the log accounts for every input URL, and a rerun sends
no request at all (counted on the server).
"""
from __future__ import annotations

import csv
import json

import pytest

from collect_site.server import Site
from discourse import corpus
from discourse.cli import main
from discourse.collect import CollectOptions, collect, doc_id_for
from discourse.collect import fetch as fetch_module
from discourse.collect.log import read_log

FAST = ["--rate", "0", "--timeout", "0.5", "--retries", "1", "--backoff", "0.01", "--no-progress"]


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """The CLI uses the environment's proxies: make sure none is set, so 127.0.0.1 is direct."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def site():
    s = Site()
    yield s
    s.stop()


def options(**kw) -> CollectOptions:
    o = dict(rate=0, timeout=0.5, retries=1, backoff=0.01, max_bytes=100_000, proxies={}, progress=False)
    o.update(kw)
    return CollectOptions(**o)


def by_line(rows):
    return {int(r["line"]): r for r in rows}


def test_url_list_to_valid_corpus_log_complete_rerun_offline(site, tmp_path, capsys):
    u = site.url
    lines = ["# North Korean troops in Russia: test list",
             u("/articles/a1.html"),             # 2 article with title/date/author meta
             u("/articles/a2.html"),             # 3 JSON-LD date, German
             u("/old/a3"),                       # 4 301 redirect
             u("/go/a4"),                        # 5 302 redirect
             u("/articles/malformed.html"),      # 6 broken markup
             u("/articles/a1.html#comments"),    # 7 duplicate (same normalized URL)
             "www.example.org/no-scheme",        # 8 invalid
             u("/private/secret.html"),          # 9 disallowed by robots.txt
             u("/missing"),                      # 10 404
             u("/files/report.pdf"),             # 11 not HTML
             u("/articles/empty.html"),          # 12 no text
             u("/articles/a3.html"),             # 13 the redirect target of line 4
             "", "   "]
    src = tmp_path / "urls.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"

    assert main(["collect", str(src), "--out", str(out), *FAST]) == 0
    printed = capsys.readouterr().out
    assert "12 input URLs -> 5 records" in printed

    # the corpus loads without a single rejection
    assert main(["validate", str(out / "corpus.jsonl")]) == 0
    assert "5 records: 5 loaded, 0 rejected" in capsys.readouterr().out
    docs = corpus.load(out / "corpus.jsonl").corpus.set_index("url")
    a1 = docs.loc[u("/articles/a1.html")]
    assert a1["doc_id"] == doc_id_for(u("/articles/a1.html"))
    assert (a1["title"], a1["outlet"], a1["author"], str(a1["date"].date())) == (
        "South Korea says North Korean troops shipped to Russia", "Meridian Wire", "Jane Doe", "2024-10-18")
    assert a1["lang"] == "en" and a1["http_status"] == 200 and a1["fetched_at"].endswith("Z")
    assert docs.loc[u("/articles/a2.html"), "lang"] == "de"
    assert str(docs.loc[u("/articles/a2.html"), "date"].date()) == "2024-10-23"
    assert docs.loc[u("/old/a3"), "final_url"] == u("/articles/a3.html")

    # the log accounts for every input line, in order, with a reason where it failed
    rows = read_log(out / "log.csv")
    assert [int(r["line"]) for r in rows] == list(range(2, 14))
    status = {line: r["status"] for line, r in by_line(rows).items()}
    assert status == {2: "collected", 3: "collected", 4: "collected", 5: "collected", 6: "collected",
                      7: "duplicate", 8: "invalid_url", 9: "robots_disallowed", 10: "http_error",
                      11: "not_html", 12: "no_text", 13: "duplicate"}
    r = by_line(rows)
    assert r[7]["reason"] == "same URL as line 2" and r[10]["http_code"] == "404"
    assert r[11]["reason"] == "Content-Type application/pdf" and "absolute" in r[8]["reason"]
    assert all(r[line]["reason"] for line in (7, 8, 9, 10, 11, 12, 13))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["accounted"] and summary["input_entries"] == 12 and summary["records"] == 5
    assert site.count("/private/secret.html") == 0 and site.count("/robots.txt") == 1
    first_corpus = (out / "corpus.jsonl").read_bytes()
    requests = site.count()
    assert summary["requests"] == requests

    # a rerun fetches nothing (robots.txt included) and writes the same corpus
    assert main(["collect", str(src), "--out", str(out), *FAST]) == 0
    assert site.count() == requests
    assert (out / "corpus.jsonl").read_bytes() == first_corpus
    rerun = read_log(out / "log.csv")
    assert [x["status"] for x in rerun][:5] == ["cached"] * 5
    assert [x["status"] for x in rerun][5:] == [x["status"] for x in rows][5:]
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["requests"] == 0

    # --offline rebuilds from the cache alone
    assert main(["collect", str(src), "--out", str(out), "--offline", *FAST]) == 0
    assert site.count() == requests and (out / "corpus.jsonl").read_bytes() == first_corpus


def test_failures_counted_and_transient_ones_retried_on_rerun(site, tmp_path):
    u = site.url
    paths = ["/always500", "/flaky", "/ratelimited", "/slow", "/big", "/big-cl", "/files/data.json"]
    src = tmp_path / "urls.txt"
    src.write_text("\n".join(u(p) for p in paths) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    s = collect(src, out, options(retries=2, timeout=0.3))
    r = {x["url"]: x for x in read_log(out / "log.csv")}
    assert {p: r[u(p)]["status"] for p in paths} == {
        "/always500": "http_error", "/flaky": "collected", "/ratelimited": "collected", "/slow": "timeout",
        "/big": "too_large", "/big-cl": "too_large", "/files/data.json": "not_html"}
    assert r[u("/always500")]["attempts"] == "3" and site.count("/always500") == 3
    assert r[u("/flaky")]["attempts"] == "2" and site.count("/flaky") == 2
    assert r[u("/slow")]["attempts"] == "3" and site.count("/slow") == 3
    assert "max-bytes 100000" in r[u("/big")]["reason"]
    assert s["statuses"]["too_large"] == 2 and s["accounted"]
    # 5xx and timeouts are not cached: a rerun tries only them again
    before = site.counts()
    collect(src, out, options(retries=0, timeout=0.3))
    after = site.counts()
    assert {p: after[p] - before[p] for p in after if after[p] != before[p]} == {"/always500": 1, "/slow": 1}
    # a larger cap fetches the cut pages again
    collect(src, out, options(retries=0, timeout=0.3, max_bytes=1_000_000))
    assert site.count("/big") == 2 and site.count("/big-cl") == 2


def test_interrupted_run_resumes_without_refetching(site, tmp_path, monkeypatch):
    u = site.url
    pages = ["/articles/a1.html", "/articles/a2.html", "/articles/a3.html", "/articles/a4.html",
             "/articles/malformed.html"]
    src = tmp_path / "urls.txt"
    src.write_text("\n".join(u(p) for p in pages) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    real_fetch = fetch_module.Fetcher.fetch
    calls = []

    def fetch_then_interrupt(self, url, **kw):
        if url.endswith(".html"):
            calls.append(url)
            if len(calls) == 3:
                raise KeyboardInterrupt
        return real_fetch(self, url, **kw)

    monkeypatch.setattr(fetch_module.Fetcher, "fetch", fetch_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        collect(src, out, options())
    monkeypatch.setattr(fetch_module.Fetcher, "fetch", real_fetch)
    rows = read_log(out / "log.csv")
    assert [x["status"] for x in rows] == ["collected", "collected", "error", "error", "error"]
    assert rows[2]["reason"] == "not attempted: interrupted"
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["interrupted"] is True

    s = collect(src, out, options())
    assert [x["status"] for x in read_log(out / "log.csv")] == ["cached", "cached", "collected", "collected",
                                                               "collected"]
    assert all(site.count(p) == 1 for p in pages) and s["records"] == 5


def test_dry_run_fetches_and_writes_nothing(site, tmp_path, capsys):
    src = tmp_path / "urls.txt"
    src.write_text(f"{site.url('/articles/a1.html')}\n{site.url('/articles/a1.html')}\nnope\n"
                   "https://other.example/x\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["collect", str(src), "--out", str(out), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "4 entries: 2 unique URLs, 1 duplicates, 1 invalid, 2 hosts" in text
    assert "duplicate line 2" in text and "invalid   line 3" in text
    assert main(["collect", str(src), "--out", str(out), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["hosts"] == {site.host: 1, "other.example": 1} and report["invalid"][0][0] == 3
    assert site.count() == 0 and not out.exists()
    assert main(["collect", str(tmp_path / "absent.txt"), "--out", str(out)]) == 2


def test_mediacloud_export_metadata_fills_the_gaps(site, tmp_path):
    u = site.url
    src = tmp_path / "mc.csv"
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "indexed_date", "language", "media_name", "media_url", "publish_date", "title", "url"])
        w.writerow(["9001", "2024-11-06 00:00:00", "en", "Kyiv Bulletin", "https://kb.example", "2024-11-05 10:00:00",
                    "Casualties mount", u("/articles/malformed.html")])
        w.writerow(["9002", "2024-10-19 00:00:00", "en", "meridian.example", "https://mw.example",
                    "2024-10-18 09:00:00", "Troops shipped", u("/articles/a1.html")])
        w.writerow(["9003", "", "en", "x", "", "not a date", "gone", u("/missing")])
    out = tmp_path / "out"
    s = collect(src, out, options())
    assert s["format"] == "mediacloud" and s["records"] == 2 and s["statuses"]["http_error"] == 1
    recs = [json.loads(x) for x in (out / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    m, a1 = recs
    assert (m["outlet"], m["date"], m["date_source"], m["lang"]) == ("Kyiv Bulletin", "2024-11-05 10:00:00",
                                                                      "source", "en")
    assert m["meta_id"] == "9001" and m["meta_media_url"] == "https://kb.example" and m["source_format"] == "mediacloud"
    assert (a1["outlet"], a1["date"], a1["date_source"], a1["sitename"]) == ("meridian.example", "2024-10-18", "page",
                                                                              "Meridian Wire")
    assert main(["validate", str(out / "corpus.jsonl")]) == 0


def test_gdelt_json_list_becomes_a_corpus(site, tmp_path, capsys):
    u = site.url
    arts = {"articles": [
        {"url": u("/articles/malformed.html"), "url_mobile": "", "title": "Casualties", "seendate": "20241105T101500Z",
         "socialimage": "", "domain": "kyivbulletin.example", "language": "Ukrainian", "sourcecountry": "Ukraine"},
        {"url": u("/articles/a4.html"), "title": "Prisoners", "seendate": "20250111T090000Z",
         "domain": "harbortimes.example", "language": "English", "sourcecountry": "United States"},
        {"url": "", "title": "broken row"}]}
    src = tmp_path / "gdelt.json"
    src.write_text(json.dumps(arts), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["collect", str(src), "--out", str(out), "--rate", "0", "--timeout", "0.5", "--json"]) == 0
    captured = capsys.readouterr()
    assert "collect: 100%" in captured.err  # the tqdm progress bar
    s = json.loads(captured.out)
    assert s["format"] == "gdelt" and s["records"] == 2 and s["statuses"] == {"collected": 2, "invalid_url": 1}
    docs = corpus.load(out / "corpus.jsonl").corpus.set_index("url")
    m = docs.loc[u("/articles/malformed.html")]
    assert (m["outlet"], m["lang"], str(m["date"])) == ("kyivbulletin.example", "uk", "2024-11-05 10:15:00+00:00")
    assert m["meta_sourcecountry"] == "Ukraine"
    assert str(docs.loc[u("/articles/a4.html"), "date"].date()) == "2025-01-11"
    assert main(["validate", str(out / "corpus.jsonl")]) == 0
