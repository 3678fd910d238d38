"""`discourse report` when a notebook fails: it stops with the notebook, cell and error,
keeps the partly executed notebook, leaves earlier results intact and reruns cleanly."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "report_corpus"

pytestmark = pytest.mark.slow

PARAMS = 'corpus_path = "unset"\ntables_dir = None\nseed = 1'
SETUP = ("import pandas as pd\nfrom discourse import report\nparams = report.parameters(globals())\n"
         "loaded = report.load_corpus(params)\nreport.provenance.show(params, loaded);")


def notebook(path: Path, *cells: str) -> None:
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "discourse", "display_name": "discourse",
                                                           "language": "python"}})
    nb.cells = [nbformat.v4.new_code_cell(PARAMS, metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell(SETUP)] + [nbformat.v4.new_code_cell(c) for c in cells]
    nbformat.write(nb, str(path))


def run_report(*args) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", "import sys; from discourse.cli import main; sys.exit(main())", "report",
           *map(str, args), "--no-progress", "--pdf", "none"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failure_keeps_earlier_results_and_reruns_cleanly(tmp_path):
    nbs, out = tmp_path / "nbs", tmp_path / "out"
    nbs.mkdir()
    notebook(nbs / "01_ok.ipynb", 'report.publish(pd.DataFrame({"a": [2, 1]}), "numbers")')
    pattern = str(nbs / "*.ipynb")
    first = run_report("--corpus", FIXTURE, "--out", out, "--notebooks", pattern)
    assert first.returncode == 0, first.stderr[-3000:]
    before = snapshot(out)
    assert "01_ok.html" in before and "tables/01_ok/numbers.csv" in before

    notebook(nbs / "02_fail.ipynb", "x = 1", "ratio = 1 / 0  # the failing cell", "print('never')")
    failed = run_report("--corpus", FIXTURE, "--out", out, "--notebooks", pattern)
    assert failed.returncode != 0
    err = failed.stderr
    assert "02_fail" in err and "ZeroDivisionError" in err and "1 / 0" in err and "cell" in err
    kept = out / "02_fail.failed.ipynb"
    assert kept.exists()
    partial = nbformat.read(str(kept), as_version=4)
    assert any(o.get("ename") == "ZeroDivisionError" for c in partial.cells for o in c.get("outputs", []))
    after = snapshot(out)
    after.pop("02_fail.failed.ipynb")
    assert after == before  # earlier outputs untouched, nothing half-written
    assert not (out / ".staging").exists()

    notebook(nbs / "02_fail.ipynb", "x = 1")  # fixed
    rerun = run_report("--corpus", FIXTURE, "--out", out, "--notebooks", pattern)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert not kept.exists()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [nb["name"] for nb in manifest["notebooks"]] == ["01_ok", "02_fail"]
    assert (out / "02_fail.html").exists()
    assert snapshot(out)["tables/01_ok/numbers.csv"] == before["tables/01_ok/numbers.csv"]


def test_parameters_reach_notebooks_and_typos_are_refused(tmp_path):
    nbs, out = tmp_path / "nbs", tmp_path / "out"
    nbs.mkdir()
    notebook(nbs / "01_p.ipynb", 'report.publish(pd.DataFrame({"seed": [seed]}), "seed")')
    params = tmp_path / "p.yml"
    params.write_text("seed: 5\n", encoding="utf-8")
    ok = run_report("--corpus", FIXTURE, "--out", out, "--notebooks", str(nbs / "*.ipynb"),
                    "--params", params, "-p", "seed=9")
    assert ok.returncode == 0, ok.stderr[-3000:]
    # the kernel talks over encrypted sockets, so ipykernel has no plain-TCP warning to print
    assert "without encryption" not in ok.stderr
    assert (out / "tables" / "01_p" / "seed.csv").read_text(encoding="utf-8") == "seed\n9\n"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == 9 and manifest["parameters"]["seed"] == 9
    bad = run_report("--corpus", FIXTURE, "--out", out, "--notebooks", str(nbs / "*.ipynb"), "-p", "sede=1")
    assert bad.returncode == 2 and "sede" in bad.stderr
