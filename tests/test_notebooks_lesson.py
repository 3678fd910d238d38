"""Notebooks 04 (outlets compared) and 05 (the lesson) execute through discourse.report.render
on the bundled teaching corpus; the lesson hides its answers unless show_answers is set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from discourse import report

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def outputs_text(path: Path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            data = out.get("data") or {}
            parts += ["".join(data.get(k, "")) for k in ("text/html", "text/markdown", "text/plain")]
            parts.append("".join(out.get("text", "")))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    out = tmp_path_factory.mktemp("lesson")
    manifest = report.render(out=out, notebooks=str(ROOT / "notebooks" / "0[45]_*.ipynb"), pdf="none",
                             progress=False)
    return out, manifest


def test_notebooks_04_and_05_execute(handout):
    out, m = handout
    assert [nb["name"] for nb in m["notebooks"]] == ["04_outlets", "05_lesson"]
    tables = {Path(t["path"]).name for nb in m["notebooks"] for t in nb["tables"]}
    assert {"keyness_by_group.csv", "framing_hits.csv", "collocations.csv", "source_profile.csv",
            "kwic_1.csv", "doubt_in_context.csv", "headlines.csv"} <= tables
    html = (out / "04_outlets.html").read_text(encoding="utf-8")
    assert "discourse-term-comparison" in html and "<svg" in html


def test_handout_hides_answers(handout):
    out, m = handout
    text = outputs_text(out / "05_lesson.ipynb")
    assert "Answer hidden" in text
    assert "ghost army" in text  # the exercise material is shown
    lesson = next(nb for nb in m["notebooks"] if nb["name"] == "05_lesson")
    assert not any("answer_" in t["path"] for t in lesson["tables"])
    # the answer texts are not printed as code either
    source = (out / "05_lesson.html").read_text(encoding="utf-8")
    assert "Dismissive labels" not in source


def test_instructor_copy_shows_answers(tmp_path):
    m = report.render(out=tmp_path, notebooks=str(ROOT / "notebooks" / "05_lesson.ipynb"), pdf="none",
                      params={"show_answers": True}, progress=False)
    text = outputs_text(tmp_path / "05_lesson.ipynb")
    assert "Answer hidden" not in text
    assert "Dismissive labels" in text
    names = {Path(t["path"]).name for t in m["notebooks"][0]["tables"]}
    assert {"answer_doubt_markers.csv", "answer_source_profile.csv", "answer_syndication.csv",
            "answer_framing_words.csv"} <= names
