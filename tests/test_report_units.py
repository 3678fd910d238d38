"""discourse.report helpers that need no kernel: parameters, tables, HTML safety, discovery."""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from discourse.errors import DiscourseError
from discourse.report import discover, execute, html as rhtml, params, pdf, session, tables


def test_cli_values_are_yaml_scalars(tmp_path):
    assert params.parse_assignment("seed=7") == ("seed", 7)
    assert params.parse_assignment("date_from=2024-10-01") == ("date_from", "2024-10-01")
    assert params.parse_assignment("outlets=[Meridian Wire, Volga Herald]") == ("outlets", ["Meridian Wire", "Volga Herald"])
    assert params.parse_assignment("nr_topics=null") == ("nr_topics", None)
    assert params.parse_assignment("target=North Korea: denies") == ("target", "North Korea: denies")
    with pytest.raises(DiscourseError):
        params.parse_assignment("no-equals")
    f = tmp_path / "p.yml"
    f.write_text("seed: 1\nmapping: {text: story_text}\n", encoding="utf-8")
    assert params.merge(f, ["seed=2"]) == {"seed": 2, "mapping": {"text": "story_text"}}


def test_session_collects_plain_parameters(tmp_path):
    ns = {"corpus_path": "x", "seed": 3, "outlets": ("a",), "In": [], "_i": "", "pd": pd, "tables_dir": str(tmp_path)}
    got = session.parameters(ns)
    assert got == {"corpus_path": "x", "outlets": ["a"], "seed": 3, "tables_dir": str(tmp_path)}
    assert session.tables_dir() == tmp_path


def test_publish_writes_identical_csv_and_escapes(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    df = pd.DataFrame({"title": ["<script>alert(1)</script>", "x" * 500], "n": [1, 2],
                       "date": pd.to_datetime(["2024-10-18", None], utc=True)})
    tables.publish(df, "t1", tmp_path)
    first = hashlib.sha256((tmp_path / "t1.csv").read_bytes()).hexdigest()
    tables.publish(df, "t1", tmp_path)
    assert hashlib.sha256((tmp_path / "t1.csv").read_bytes()).hexdigest() == first
    text = (tmp_path / "t1.csv").read_text(encoding="utf-8")
    assert "2024-10-18T00:00:00+00:00" in text and "\r" not in text
    html = shown[-1]["text/html"]
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "x" * 200 not in html  # display truncated, CSV complete
    assert "x" * 500 in text
    with pytest.raises(ValueError):
        tables.publish(df, "../escape", tmp_path)


def test_publish_shows_rounded_floats_and_midnight_dates_but_saves_them_whole(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    df = pd.DataFrame({"period": pd.to_datetime(["2025-01-01 00:00", "2025-01-01 13:45"]),
                       "share": [2 / 17, np.float32(1 / 3)], "n": [2, 3]})
    tables.publish(df, "t2", tmp_path)
    html = shown[-1]["text/html"]
    assert ">2025-01-01<" in html and "2025-01-01T00:00:00" not in html and "2025-01-01T13:45:00" in html
    assert ">0.1176<" in html and ">0.3333<" in html and "0.117647" not in html
    text = (tmp_path / "t2.csv").read_text(encoding="utf-8")
    assert "2025-01-01T00:00:00" in text and "0.11764705882352941" in text


def test_strip_remote_and_detect():
    page = ('<html><head><script src="https://cdn.example/require.js"></script>'
            '<link rel="stylesheet" href="http://cdn.example/x.css"><style>@import url("https://f.example/a.css");</style>'
            '</head><body><img src="https://x.example/a.png"><a href="https://ok.example/">a link</a></body></html>')
    assert len(rhtml.remote_resources(page)) == 4
    cleaned, removed = rhtml.strip_remote(page)
    assert len(removed) == 4
    assert rhtml.remote_resources(cleaned) == []
    assert 'href="https://ok.example/"' in cleaned  # links are not loads


def test_visible_chars_skip_hidden_parts():
    page = ('<html><head><title>TT</title><style>.q{}</style></head><body><p>가 б</p>'
            '<a class="anchor-link" href="#x">¶</a><script>var z=1;</script></body></html>')
    assert rhtml.visible_chars(page) == {"가", "б"}


def test_discover_skips_failed_and_unnumbered(tmp_path):
    for name in ("02_b.ipynb", "01_a.ipynb", "01_a.failed.ipynb", "notes.ipynb", "1_x.ipynb"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in discover.find(str(tmp_path / "*.ipynb"))] == ["01_a.ipynb", "02_b.ipynb"]
    with pytest.raises(DiscourseError):
        discover.find(str(tmp_path / "none_*.ipynb"))


def test_pdf_route_choice(monkeypatch):
    monkeypatch.setenv("DISCOURSE_CHROMIUM", "/nonexistent/chromium")
    assert pdf.find_chromium() is None
    with pytest.raises(DiscourseError):
        pdf.choose_route("chromium")
    assert pdf.choose_route("none") == "none"
    assert pdf.choose_route("auto") in ("weasyprint", "none")


def test_weasyprint_route_keeps_korean_and_cyrillic(tmp_path):
    if not pdf.has_weasyprint():
        pytest.skip("WeasyPrint is not importable")
    page = tmp_path / "p.html"
    page.write_text('<html><head><meta charset="utf-8"></head><body><p>Report 북한군 러시아 Песков</p>'
                    '<img src="https://x.example/a.png"></body></html>', encoding="utf-8")
    info = pdf.render(page, tmp_path / "p.pdf", "weasyprint")
    assert info["route"] == "weasyprint" and (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    check = pdf.check_characters(page.read_text(encoding="utf-8"), tmp_path / "p.pdf")
    if not check["checked"]:
        pytest.skip(check["note"])
    from matplotlib import font_manager

    if not any("CJK" in f.name for f in font_manager.fontManager.ttflist):
        assert check["missing"]  # no Korean font: the check must say so, not pass silently
    else:
        assert check["missing"] == ""


def test_character_check_reports_what_the_pdf_lacks(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "pdf_text", lambda p: "Report  ")
    got = pdf.check_characters("<html><body><p>Report 가</p></body></html>", Path("x.pdf"))
    assert got["checked"] and got["missing"] == "가" and got["missing_codepoints"] == ["U+AC00"]


def test_kernels_use_encrypted_transport_when_pyzmq_can():
    import zmq

    manager = execute.kernel_manager_class()()
    assert manager.transport_encryption == ("auto" if zmq.has("curve") else "disabled")
    # the project's kernelspec (ipykernel) declares CurveZMQ, so "auto" provisions keys for it
    from jupyter_client.manager import AsyncKernelManager
    assert isinstance(manager, AsyncKernelManager) and AsyncKernelManager().transport_encryption == "disabled"
