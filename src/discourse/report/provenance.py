"""Provenance: what a report was made from (parameters, corpus checksum and counts,
package versions, git commit, seed).

:func:`show` is called at the top of every notebook. It displays the provenance as an
escaped HTML table and attaches the same facts as JSON (mimetype
:data:`MIMETYPE`), which the report runner reads back into ``manifest.json``.
"""
from __future__ import annotations

import html
import json
import os
import platform
import subprocess
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

MIMETYPE = "application/vnd.discourse.provenance+json"

# Distributions whose versions decide the numbers in a report.
PACKAGES = ("discourse", "pandas", "numpy", "scipy", "scikit-learn", "matplotlib", "nltk",
            "py3langid", "sentence-transformers", "transformers", "torch", "bertopic",
            "umap-learn", "hdbscan", "papermill", "nbconvert", "weasyprint")


def package_versions(names=PACKAGES) -> dict:
    """``{distribution: version}``; ``"not installed"`` for absent ones (no imports made)."""
    out = {"python": platform.python_version()}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


@lru_cache(maxsize=4)
def git_info(root: str | None = None) -> dict:
    """The git commit of the project tree and whether it has uncommitted changes.

    Read-only: runs ``git rev-parse HEAD`` and ``git status --porcelain`` with optional
    locks off, so it never writes to the repository. Returns ``{"commit": None, ...}``
    outside a git checkout or without git.
    """
    from ..resources import project_root

    cwd = Path(root) if root else project_root()
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}

    def run(*args):
        return subprocess.run(["git", "--no-optional-locks", *args], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=20)

    try:
        head = run("rev-parse", "HEAD")
        if head.returncode != 0:
            return {"commit": None, "dirty": None, "note": head.stderr.strip()[:200] or "not a git checkout"}
        status = run("status", "--porcelain")
        changed = [line for line in status.stdout.splitlines() if line.strip()]
        return {"commit": head.stdout.strip(), "dirty": bool(changed), "changed_files": len(changed)}
    except (OSError, subprocess.SubprocessError) as exc:
        return {"commit": None, "dirty": None, "note": f"git unavailable: {exc}"}


def collect(params: dict, load_result=None) -> dict:
    """The provenance facts as a JSON-ready dict."""
    facts: dict = {"parameters": params, "seed": params.get("seed")}
    if load_result is not None:
        m = load_result.manifest
        counts = m.get("counts", {})
        facts["corpus"] = {
            "path": str(params.get("corpus_path", "")),
            "corpus_sha256": m.get("corpus_sha256"),
            "input_records": counts.get("input_records"),
            "loaded": counts.get("loaded"),
            "rejected": counts.get("rejected"),
            "duplicates": counts.get("duplicates"),
            "undated": counts.get("undated"),
            "date_range": m.get("date_range"),
        }
    facts["git"] = dict(git_info())
    facts["packages"] = package_versions()
    facts["platform"] = f"{platform.system()} {platform.machine()}"
    facts["executable"] = sys.executable
    return facts


def _value(v) -> str:
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
    return "None" if v is None else str(v)


def _rows(rows) -> str:
    out = []
    for key, value, mono in rows:
        cell = html.escape(_value(value))
        if mono:
            cell = f'<code class="discourse-nowrap">{cell}</code>'
        out.append(f"<tr><th>{html.escape(key)}</th><td>{cell}</td></tr>")
    return "\n".join(out)


def to_html(facts: dict) -> str:
    """Render the provenance facts as HTML; every value is escaped."""
    corpus = facts.get("corpus") or {}
    git = facts.get("git") or {}
    if git.get("commit"):
        tree = "uncommitted changes" if git.get("dirty") else "clean"
        git_text = f"{git['commit']} ({tree})"
    else:
        git_text = f"unknown ({git.get('note', 'no git')})"
    dr = corpus.get("date_range") or ["", ""]
    main = [
        ("corpus", corpus.get("path", ""), False),
        ("corpus checksum (sha256)", corpus.get("corpus_sha256", ""), True),
        ("records in the input", corpus.get("input_records"), False),
        ("loaded", corpus.get("loaded"), False),
        ("rejected", corpus.get("rejected"), False),
        ("marked as duplicates", corpus.get("duplicates"), False),
        ("undated", corpus.get("undated"), False),
        ("date range", f"{dr[0][:10]} to {dr[1][:10]}" if dr and dr[0] else "", False),
        ("seed", facts.get("seed"), False),
        ("git commit", git_text, True),
        ("platform", facts.get("platform"), False),
    ]
    params = [(name, value, False) for name, value in sorted((facts.get("parameters") or {}).items())]
    packages = facts.get("packages") or {}
    versions = ", ".join(f"{k} {v}" for k, v in packages.items() if v != "not installed")
    return (
        '<div class="discourse-provenance">'
        "<h3>Provenance</h3>"
        f'<table class="discourse-table">{_rows(main)}'
        f"<tr><th>package versions</th><td>{html.escape(versions)}</td></tr></table>"
        "<h4>Parameters</h4>"
        f'<table class="discourse-table">{_rows(params)}</table>'
        "</div>"
    )


def show(params: dict, load_result=None) -> dict:
    """Display the provenance table in the notebook and return the facts.

    Args:
        params: the notebook's parameters (``report.parameters(globals())``).
        load_result: the loaded corpus (``report.load_corpus(params)``).
    """
    from IPython.display import display

    facts = collect(params, load_result)
    payload = json.loads(json.dumps(facts, default=str))
    display({"text/html": to_html(facts), "text/plain": "provenance: " + json.dumps(payload.get("corpus", {})),
             MIMETYPE: payload}, raw=True)
    return facts
