"""Run every report notebook in order and render it; keep ``--out`` consistent.

Each run renders into ``<out>/.staging`` and moves the complete result into ``<out>`` only
when every notebook has succeeded, so a failing run leaves the previous report intact.
The failing notebook's partly executed copy is kept as ``<out>/NN_name.failed.ipynb``;
the next successful run removes it.
"""
from __future__ import annotations

import datetime as _dt
import os
import shutil
import sys
import time
from pathlib import Path

from ..errors import CorpusError, DiscourseError
from . import discover, execute, html as html_mod, index as index_mod, manifest as manifest_mod
from . import params as params_mod, pdf as pdf_mod, provenance as prov_mod, session
from .execute import KERNEL, ReportFailed

STAGING = ".staging"
# Parameters the runner itself understands (set by it or passed to every notebook).
RUNNER_PARAMS = {"corpus_path", "tables_dir", "mapping", "load_options"}


def default_corpus() -> Path:
    from ..resources import project_root

    return project_root() / "corpus" / "teaching" / "articles"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _provenance_of(nb) -> dict:
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data") or {}
            if prov_mod.MIMETYPE in data:
                return dict(data[prov_mod.MIMETYPE])
    return {}


def _commit(staging: Path, out: Path, names: list[str]) -> None:
    """Move a complete staged run into ``out``; tidy files only the previous run listed."""
    old = manifest_mod.read(out / manifest_mod.FILENAME)
    for name in names:
        target = out / "tables" / name
        if target.is_dir():
            shutil.rmtree(target)
    new_rel = set()
    for p in sorted(staging.rglob("*")):
        if p.is_file():
            rel = p.relative_to(staging)
            new_rel.add(rel.as_posix())
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(p, dest)
    for rel in manifest_mod.outputs_of(old):
        if rel not in new_rel and not Path(rel).is_absolute() and ".." not in Path(rel).parts:
            (out / rel).unlink(missing_ok=True)
    tables = out / "tables"
    if tables.is_dir():
        for d in sorted(tables.iterdir()):
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()
    for failed in out.glob("*.failed.ipynb"):
        failed.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def render(corpus: str | Path | None = None, out: str | Path = "reports", params: dict | None = None,
           notebooks: str | None = None, *, kernel: str = KERNEL, pdf: str = "auto", timeout: int | None = None,
           progress: bool = True, log=None) -> dict:
    """Run and render every numbered notebook; return the manifest.

    Args:
        corpus: the corpus file or folder (default: the bundled teaching corpus); passed to
            each notebook as the absolute path ``corpus_path``.
        out: the output folder (created; earlier results are replaced only on success).
        params: other notebook parameters (``{"seed": 1, "outlets": [...]}``); a name no
            notebook declares is an error (a typo guard).
        notebooks: a glob of notebooks (default ``notebooks/NN_*.ipynb`` of the project).
        kernel: the Jupyter kernel to run them in.
        pdf: ``auto`` (Chromium, else WeasyPrint, else none), ``chromium``, ``weasyprint``
            or ``none``.
        timeout: seconds a single cell may run (``None``: no limit).
        progress: show a tqdm progress bar on stderr.
        log: where to print warnings (default: stderr).
    Raises:
        ReportFailed: a notebook failed (its partial copy is ``<out>/NN_name.failed.ipynb``).
        DiscourseError: bad parameters, no notebooks, no corpus, no kernel, no PDF route.
    """
    from tqdm.auto import tqdm

    from .. import __version__
    from ..resources import offline_env

    offline_env()  # kernels inherit it: no model hub lookups
    log = log or sys.stderr
    warnings: list[str] = []

    def warn(msg: str) -> None:
        warnings.append(msg)
        tqdm.write(f"warning: {msg}", file=log)

    paths = discover.find(notebooks)
    user = params_mod.plain(dict(params or {}))
    given_corpus = corpus or user.pop("corpus_path", None)
    user.pop("corpus_path", None)
    user.pop("tables_dir", None)
    corpus_path = Path(given_corpus).expanduser().resolve() if given_corpus else default_corpus()
    if not corpus_path.exists():
        raise CorpusError(f"{corpus_path}: no such corpus file or folder")
    declared = {p.stem: params_mod.declared(p) for p in paths}
    known = set(RUNNER_PARAMS).union(*declared.values())
    unknown = sorted(set(user) - known)
    if unknown:
        raise DiscourseError(f"unknown parameter(s): {', '.join(unknown)}; the notebooks declare: "
                             f"{', '.join(sorted(known - {'tables_dir'}))}")
    route = pdf_mod.choose_route(pdf)
    if route == "none" and pdf == "auto":
        warn("no PDF route (neither Chromium nor WeasyPrint): PDFs are not made")
    loaded = session.load_corpus({"corpus_path": str(corpus_path), **user})
    seeds = {repr(user["seed"])} if "seed" in user else {repr(d.get("seed")) for d in declared.values() if "seed" in d}
    seed = user.get("seed") if "seed" in user else next(
        (d["seed"] for d in declared.values() if "seed" in d), None)
    if len(seeds) > 1:
        warn(f"the notebooks declare different default seeds: {', '.join(sorted(seeds))}")
    git = dict(prov_mod.git_info())
    run_info = {"kernel": kernel, "discourse": __version__, "git": git, "seed": seed,
                "corpus": {"corpus_sha256": loaded.manifest["corpus_sha256"], "counts": loaded.manifest["counts"]}}

    out = Path(out).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    staging = out / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    started, t_run = _now(), time.perf_counter()
    entries = []
    bar = tqdm(total=len(paths), desc="report", unit="notebook", disable=not progress, file=log)
    try:
        for src in paths:
            name = src.stem
            t0 = time.perf_counter()
            tables_dir = staging / "tables" / name
            tables_dir.mkdir(parents=True)
            nb_params = {**user, "corpus_path": str(corpus_path), "tables_dir": str(tables_dir)}
            bar.set_postfix_str(f"{name}: execute")
            dst = staging / f"{name}.ipynb"
            try:
                ex = execute.run(src, dst, nb_params, kernel=kernel, timeout=timeout, name=name)
            except ReportFailed as exc:
                if exc.partial and Path(exc.partial).exists():
                    kept = out / f"{name}.failed.ipynb"
                    os.replace(exc.partial, kept)
                    exc.partial = kept
                raise
            import nbformat

            nb = nbformat.read(str(dst), as_version=4)
            html_mod.add_header(nb, name, run_info)
            nbformat.write(nb, str(dst))
            facts = _provenance_of(nb)
            if not facts:
                warn(f"{name} shows no provenance (call discourse.report.provenance.show at the top)")
            elif (facts.get("corpus") or {}).get("corpus_sha256") not in (None, loaded.manifest["corpus_sha256"]):
                warn(f"{name} loaded a corpus with another checksum than the runner")

            bar.set_postfix_str(f"{name}: html")
            t1 = time.perf_counter()
            html_path = staging / f"{name}.html"
            removed = html_mod.write(nb, html_path, name)
            if removed:
                warn(f"{name}.html: removed {len(removed)} remote resource(s): {', '.join(removed[:5])}")
            t_html = time.perf_counter() - t1

            outputs = {"ipynb": manifest_mod.file_entry(dst, staging),
                       "html": manifest_mod.file_entry(html_path, staging, remote_resources_removed=removed)}
            t_pdf = t_check = 0.0
            if route != "none":
                bar.set_postfix_str(f"{name}: pdf ({route})")
                pdf_path = staging / f"{name}.pdf"
                info = pdf_mod.render(html_path, pdf_path, route)
                t_pdf = info["seconds"]
                t2 = time.perf_counter()
                chars = pdf_mod.check_characters(html_path.read_text(encoding="utf-8"), pdf_path)
                t_check = time.perf_counter() - t2
                if chars["missing"]:
                    warn(f"{name}.pdf ({route}) lacks {len(chars['missing'])} character(s) of the HTML: "
                         f"{chars['missing']} ({' '.join(chars['missing_codepoints'][:20])})")
                elif not chars["checked"]:
                    warn(f"{name}.pdf: {chars['note']}")
                outputs["pdf"] = manifest_mod.file_entry(pdf_path, staging, route=route, pages=info["pages"],
                                                         characters=chars)
            pm = ex.papermill
            entries.append({
                "name": name,
                "source": {"path": str(src), "sha256": manifest_mod.sha256(src)},
                "parameters": {**declared[name], **nb_params,
                               "tables_dir": f"tables/{name}"},
                "started": pm.get("start_time"), "finished": pm.get("end_time"),
                "seconds": {"execute": round(ex.seconds, 3), "html": round(t_html, 3), "pdf": round(t_pdf, 3),
                            "character_check": round(t_check, 3), "total": round(time.perf_counter() - t0, 3)},
                "outputs": outputs,
                "tables": manifest_mod.table_entries(tables_dir, staging),
                "provenance": facts,
            })
            bar.update(1)
        bar.set_postfix_str("done")
    except BaseException:
        bar.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    bar.close()
    m = loaded.manifest
    manifest = {
        "tool": "discourse report",
        "discourse_version": __version__,
        "started": started,
        "finished": _now(),
        "seconds": round(time.perf_counter() - t_run, 3),
        "corpus": {"path": str(corpus_path), "corpus_sha256": m["corpus_sha256"], "counts": m["counts"],
                   "date_range": m.get("date_range"), "files": len(m.get("files", []))},
        "parameters": {"corpus_path": str(corpus_path), **user},
        "seed": seed,
        "git": git,
        "packages": prov_mod.package_versions(),
        "kernel": kernel,
        "pdf_route": route,
        "notebooks": entries,
        "warnings": warnings,
    }
    manifest_mod.write(manifest, staging / manifest_mod.FILENAME)
    index_mod.write(manifest, staging / "index.html")
    _commit(staging, out, [p.stem for p in paths])
    return manifest
