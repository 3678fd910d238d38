"""discourse.collect.sources: URL lists, CSV, Media Cloud and GDELT exports (no network)."""
from __future__ import annotations

import json
import re

import pytest

from discourse.collect import SourceError, doc_id_for, normalize_url, read_source
from discourse.collect.sources import gdelt_date, gdelt_lang
from discourse.errors import DiscourseError


def test_normalize_url_and_doc_id_are_stable():
    a = normalize_url("HTTP://Example.COM:80/a/b?utm_source=x&id=3#top")
    assert a == "http://example.com/a/b?id=3"
    assert normalize_url("https://example.com") == "https://example.com/"
    assert normalize_url("https://example.com:8443/x") == "https://example.com:8443/x"
    assert doc_id_for(a) == doc_id_for(normalize_url("http://example.com/a/b?id=3&fbclid=zz"))
    assert doc_id_for(a).startswith("url-") and len(doc_id_for(a)) == 20
    for bad, why in [("example.com/x", "not an absolute URL"), ("ftp://example.com/f", "not an http(s) URL"),
                     ("http:///nohost", "no host"), ("http://exa mple.com/", "whitespace"),
                     ("http://user:pw@example.com/", "credentials"), ("http://example.com:99999/", "not a URL")]:
        with pytest.raises(ValueError, match=re.escape(why)):
            normalize_url(bad)


def test_url_list_comments_invalid_and_duplicates_kept_as_entries(tmp_path):
    p = tmp_path / "urls.txt"
    p.write_text("# my list\n\nhttps://a.example/1\n  https://a.example/1#again  \nnot a url\n"
                 "https://b.example/x  # inline comment\n   # indented comment\nmailto:x@y.z\n", encoding="utf-8")
    src = read_source(p)
    assert src.format == "urls"
    assert [(e.line, e.url, bool(e.problem)) for e in src.entries] == [
        (3, "https://a.example/1", False), (4, "https://a.example/1", False), (5, "", True),
        (6, "https://b.example/x", False), (8, "", True)]
    assert src.entries[2].raw == "not a url" and "absolute" in src.entries[2].problem


def test_csv_url_column_detection_and_override(tmp_path):
    p = tmp_path / "list.csv"
    p.write_text("Title,URL,outlet,date\nFirst,https://a.example/1,Wire,2024-10-18\nSecond,,Wire,\n", encoding="utf-8")
    src = read_source(p)
    assert src.format == "csv" and src.url_column == "URL"
    e1, e2 = src.entries
    assert e1.url == "https://a.example/1" and e1.hints == {"title": "First", "outlet": "Wire", "date": "2024-10-18"}
    assert e1.meta == {"Title": "First", "outlet": "Wire", "date": "2024-10-18"}
    assert e2.problem == "empty URL" and e2.line == 3
    p2 = tmp_path / "links.csv"
    p2.write_text("name;link\nx;https://c.example/\n", encoding="utf-8")
    assert read_source(p2).entries[0].url == "https://c.example/"
    p3 = tmp_path / "other.csv"
    p3.write_text("name,address\nx,https://d.example/\n", encoding="utf-8")
    with pytest.raises(SourceError, match="no URL column"):
        read_source(p3)
    assert read_source(p3, url_column="address").entries[0].url == "https://d.example/"
    with pytest.raises(SourceError, match="no column 'nope'"):
        read_source(p3, url_column="nope")
    assert issubclass(SourceError, DiscourseError)


def test_mediacloud_export(tmp_path):
    p = tmp_path / "mc-export.csv"
    p.write_text(
        "id,indexed_date,language,media_name,media_url,publish_date,title,url\n"
        "101,2024-10-19 01:02:03,en,reuters.com,https://www.reuters.com,2024-10-18 12:00:00,"
        "\"North Korea sends troops, Seoul says\",https://www.reuters.com/world/nk-troops?utm_medium=rss\n"
        "102,2024-10-20 00:00:00,de,spiegel.de,https://www.spiegel.de,2024-10-20,Truppen,https://www.spiegel.de/a\n",
        encoding="utf-8")
    src = read_source(p)
    assert src.format == "mediacloud" and src.url_column == "url"
    e = src.entries[0]
    assert e.url == "https://www.reuters.com/world/nk-troops"
    assert e.hints == {"title": "North Korea sends troops, Seoul says", "date": "2024-10-18 12:00:00",
                       "outlet": "reuters.com", "lang": "en"}
    assert e.meta["id"] == "101" and e.meta["media_url"] == "https://www.reuters.com"
    assert src.entries[1].hints["lang"] == "de" and src.entries[1].line == 3


def test_gdelt_json_article_list(tmp_path):
    arts = {"articles": [
        {"url": "https://www.example.co.uk/news/1", "url_mobile": "", "title": "Troops in Kursk",
         "seendate": "20241018T120000Z", "socialimage": "", "domain": "example.co.uk", "language": "English",
         "sourcecountry": "United Kingdom"},
        {"url": "https://www.example.kr/2", "title": "x", "seendate": "20241104T081500Z", "domain": "example.kr",
         "language": "Korean", "sourcecountry": "South Korea"},
        {"title": "no url here"}, "not an object"]}
    p = tmp_path / "gdelt.json"
    p.write_text(json.dumps(arts), encoding="utf-8")
    src = read_source(p)
    assert src.format == "gdelt" and len(src.entries) == 4
    e = src.entries[0]
    assert e.hints == {"title": "Troops in Kursk", "date": "2024-10-18T12:00:00Z", "outlet": "example.co.uk",
                       "lang": "en"}
    assert e.meta["sourcecountry"] == "United Kingdom"
    assert src.entries[1].hints["lang"] == "ko"
    assert src.entries[2].problem == "article has no 'url'"
    assert "not an object" in src.entries[3].problem
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    assert read_source(tmp_path / "empty.json").entries == []
    (tmp_path / "bad.json").write_text('{"results": []}', encoding="utf-8")
    with pytest.raises(SourceError, match="articles"):
        read_source(tmp_path / "bad.json")


@pytest.mark.parametrize("header,row", [
    ("url,url_mobile,title,seendate,socialimage,domain,language,sourcecountry",
     "https://x.example/a,,Title A,20241018T120000Z,,x.example,French,France"),
    ("URL,MobileURL,Date,Title,Domain,Language,SourceCountry",
     "https://x.example/a,,20241018T120000Z,Title A,x.example,French,France"),
])
def test_gdelt_csv_forms(tmp_path, header, row):
    p = tmp_path / "gdelt.csv"
    p.write_text(f"{header}\n{row}\n", encoding="utf-8")
    src = read_source(p)
    assert src.format == "gdelt"
    assert src.entries[0].url == "https://x.example/a"
    assert src.entries[0].hints == {"title": "Title A", "date": "2024-10-18T12:00:00Z", "outlet": "x.example",
                                    "lang": "fr"}


def test_gdelt_helpers_and_errors(tmp_path):
    assert gdelt_date("20250101T000000Z") == "2025-01-01T00:00:00Z" and gdelt_date("2024-10-18") == "2024-10-18"
    assert gdelt_lang("Ukrainian") == "uk" and gdelt_lang("Klingon") == "" and gdelt_lang("en") == "en"
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(SourceError, match="unknown source format"):
        read_source(tmp_path / "absent.txt", fmt="rss")
