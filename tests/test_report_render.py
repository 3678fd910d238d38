"""`discourse report` end to end on the small fixture corpus: every notebook in notebooks/
executes; HTML is escaped and offline; PDFs have pages, the checksum and visible content;
tables are identical across runs."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from discourse.report import discover, html as rhtml, pdf as rpdf

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "report_corpus"
# topics of 4 texts or more: the fixture corpus then has two under every seed tried (42, 1, 7)
PARAMS = ("-p", "min_topic_size=4")

pytestmark = pytest.mark.slow


def run_report(*args) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", "import sys; from discourse.cli import main; sys.exit(main())", "report",
           *map(str, args), "--no-progress"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """The small fixture plus 14 short English articles, enough for a topic model to run."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(FIXTURE / "articles.jsonl", folder / "articles.jsonl")
    shutil.copy(ROOT / "tests" / "fixtures" / "report_corpus_extra.jsonl", folder / "extra.jsonl")
    return folder


@pytest.fixture(scope="module")
def gold(tmp_path_factory) -> Path:
    """Hand labels for some fixture documents, one refused by the loader (fx-008) and one
    not in the corpus (fx-none)."""
    labels = {"fx-x02": "agree", "fx-x03": "agree", "fx-x05": "agree", "fx-005": "disagree",
              "fx-x07": "unrelated", "fx-x08": "unrelated", "fx-008": "unrelated", "fx-none": "agree"}
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "(see the corpus)", "stance": s}) + "\n"
                            for i, s in labels.items()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, corpus_dir, gold):
    out = tmp_path_factory.mktemp("report")
    proc = run_report("--corpus", corpus_dir, "--out", out, *PARAMS, "-p", f"gold_path={gold}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_the_topic_notebook_shows_topics(rendered):
    # with the notebook's default of 5 and seed 42, HDBSCAN kept no topic among these 17 short
    # texts on one machine (seeds 1 and 7 kept two): too close to the edge for a test
    out, _ = rendered
    topics = pd.read_csv(out / "tables" / "02_topics" / "topics.csv")
    assert (topics["topic"] >= 0).sum() >= 2


def test_every_notebook_is_rendered(rendered):
    out, manifest = rendered
    expected = [p.stem for p in discover.find()]
    assert [nb["name"] for nb in manifest["notebooks"]] == expected
    for nb in manifest["notebooks"]:
        for kind in ("ipynb", "html"):
            entry = nb["outputs"][kind]
            assert sha(out / entry["path"]) == entry["sha256"]
        for table in nb["tables"]:
            assert sha(out / table["path"]) == table["sha256"]
    assert not (out / ".staging").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    for nb in manifest["notebooks"]:
        assert f'href="{nb["name"]}.html"' in index


def test_every_figure_is_shown_once(rendered):
    """A plot returned as a cell's value is shown once, not again by pyplot's inline flush
    (the confusion matrix, drawn inside a block, is checked in the hand-label test)."""
    out, manifest = rendered
    for nb in manifest["notebooks"]:
        executed = json.loads((out / nb["outputs"]["ipynb"]["path"]).read_text(encoding="utf-8"))
        for cell in executed["cells"]:
            if cell["cell_type"] != "code":
                continue
            images = [o["data"]["image/png"] for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
            source = "".join(cell["source"])
            assert len(images) == len(set(images)), f"{nb['name']}: a figure shown twice in {source[:80]!r}"
            if ".plot(" in source.strip().splitlines()[-1]:  # a figure as the cell's value
                assert images, f"{nb['name']}: no figure from {source[:80]!r}"


def test_manifest_records_provenance(rendered, corpus_dir):
    _, m = rendered
    c = m["corpus"]["counts"]
    assert (c["input_records"], c["loaded"], c["rejected"], c["duplicates"]) == (22, 20, 2, 1)
    assert len(m["corpus"]["corpus_sha256"]) == 64
    assert m["corpus"]["path"] == str(corpus_dir)
    assert "pandas" in m["packages"] and "commit" in m["git"] and "dirty" in m["git"]
    assert m["started"] <= m["finished"] and "seed" in m
    for nb in m["notebooks"]:
        assert nb["started"] and nb["finished"]
        assert nb["parameters"]["corpus_path"] == str(corpus_dir)
        assert nb["provenance"]["corpus"]["corpus_sha256"] == m["corpus"]["corpus_sha256"]
    corpus_nb = next(nb for nb in m["notebooks"] if nb["name"] == "01_corpus")
    names = {Path(t["path"]).name for t in corpus_nb["tables"]}
    assert {"by_outlet.csv", "by_language.csv", "by_month.csv", "syndication.csv", "rejected.csv"} <= names


def test_html_is_escaped_and_loads_nothing_remote(rendered):
    out, m = rendered
    for nb in m["notebooks"]:
        text = (out / nb["outputs"]["html"]["path"]).read_text(encoding="utf-8")
        assert "<script>alert" not in text
        assert "<img src=x onerror" not in text
        assert rhtml.remote_resources(text) == []
        assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\s(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
        assert m["corpus"]["corpus_sha256"] in text
    corpus_html = (out / "01_corpus.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in corpus_html  # shown, but as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in corpus_html


def test_executed_notebook_starts_with_run_header(rendered):
    import nbformat

    out, m = rendered
    for nb_entry in m["notebooks"]:
        nb = nbformat.read(str(out / nb_entry["outputs"]["ipynb"]["path"]), as_version=4)
        first = nb.cells[0]
        assert rhtml.HEADER_TAG in first.metadata.get("tags", [])
        assert m["corpus"]["corpus_sha256"] in first.source and "executed" in first.source


def test_pdfs_have_pages_checksum_and_content(rendered):
    out, m = rendered
    if m["pdf_route"] == "none":
        pytest.skip("no PDF route: neither Chromium nor WeasyPrint is available")
    for nb in m["notebooks"]:
        entry = nb["outputs"]["pdf"]
        path = out / entry["path"]
        assert path.read_bytes()[:5] == b"%PDF-" and entry["pages"] >= 1
        assert entry["route"] == m["pdf_route"]
        if shutil.which("pdftotext") is None:
            continue
        assert entry["characters"]["checked"] and entry["characters"]["missing"] == "", entry["characters"]
        text = rpdf.pdf_text(path)
        assert m["corpus"]["corpus_sha256"] in re.sub(r"\s+", "", text)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing: PDF text not checked")


def test_first_pdf_page_is_not_blank(rendered, tmp_path):
    out, m = rendered
    if m["pdf_route"] == "none":
        pytest.skip("no PDF route: neither Chromium nor WeasyPrint is available")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) missing")
    import matplotlib.image
    import numpy as np

    for nb in m["notebooks"]:
        stem = tmp_path / nb["name"]
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                        str(out / nb["outputs"]["pdf"]["path"]), str(stem)], check=True, timeout=120)
        pixels = np.asarray(matplotlib.image.imread(str(stem) + ".png"), dtype=float)
        assert pixels.std() > 0.02, f"{nb['name']}.pdf page 1 looks blank"


def test_stance_notebook_checks_the_scores_against_hand_labels(rendered):
    out, m = rendered
    nb = next(nb for nb in m["notebooks"] if nb["name"] == "03_stance")
    table = next(t for t in nb["tables"] if t["path"].endswith("stance_agreement.csv"))
    rows = (out / table["path"]).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "class,precision,recall,f1,f1_low,f1_high,support"
    support = {r.split(",")[0]: int(r.split(",")[-1]) for r in rows[1:]}
    assert support == {"agree": 3, "disagree": 1, "discuss": 0, "unrelated": 2, "macro": 6}
    executed = json.loads((out / nb["outputs"]["ipynb"]["path"]).read_text(encoding="utf-8"))
    cell = next(c for c in executed["cells"] if "against_gold(" in "".join(c["source"]))
    printed = "".join(o.get("text", "") if isinstance(o.get("text"), str) else "".join(o.get("text", []))
                      for o in cell["outputs"])
    assert "2 gold id(s) have no score and are left out: fx-008, fx-none" in printed
    assert any("image/png" in o.get("data", {}) for o in cell["outputs"])  # the confusion matrix
    # the documents scored differently from their label: as many as the agreement table's
    # recall leaves, each with the rule and cues behind its score
    recall = {r.split(",")[0]: float(r.split(",")[2]) for r in rows[1:-1]}
    wrong_expected = round(sum(support[c] * (1 - recall[c]) for c in recall))
    table = next(t for t in nb["tables"] if t["path"].endswith("stance_disagreements.csv"))
    wrong = pd.read_csv(out / table["path"])
    assert list(wrong.columns) == ["id", "gold", "stance", "confidence", "rule", "cues", "text"]
    assert len(wrong) == wrong_expected and (wrong["gold"] != wrong["stance"]).all()
    assert set(wrong["id"]) <= {"fx-x02", "fx-x03", "fx-x05", "fx-005", "fx-x07", "fx-x08"}
    assert wrong["cues"].str.startswith("rule:").all()
    assert f"{wrong_expected} of 6 labelled documents scored differently from their label" in printed


def test_tables_are_identical_across_runs(rendered, corpus_dir, gold, tmp_path):
    out, m = rendered
    proc = run_report("--corpus", corpus_dir, "--out", tmp_path / "again", "--pdf", "none", *PARAMS,
                      "-p", f"gold_path={gold}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    again = json.loads((tmp_path / "again" / "manifest.json").read_text(encoding="utf-8"))

    def tables(manifest):
        return [(t["path"], t["sha256"]) for nb in manifest["notebooks"] for t in nb["tables"]]

    assert tables(again) == tables(m) and tables(m)
