"""``discourse report``: run every notebook with parameters and render .ipynb, .html, .pdf.

Registered by :mod:`discourse.cli`; the work is done by :func:`discourse.report.render`.
"""
from __future__ import annotations

import argparse
import sys


def cmd_report(args: argparse.Namespace) -> int:
    from . import report
    from .report import params as params_mod
    from .report.execute import ReportFailed

    params = params_mod.merge(args.params, args.param)
    try:
        manifest = report.render(corpus=args.corpus, out=args.out, params=params, notebooks=args.notebooks,
                                 kernel=args.kernel, pdf=args.pdf, timeout=args.timeout,
                                 progress=not args.no_progress)
    except ReportFailed as exc:
        print(f"discourse report: {exc.describe()}", file=sys.stderr)
        print(f"discourse report: stopped; earlier results in {args.out} were left as they were", file=sys.stderr)
        return 1
    n = len(manifest["notebooks"])
    print(f"{n} notebook(s) rendered into {args.out} (PDF: {manifest['pdf_route']}); "
          f"corpus {manifest['corpus']['corpus_sha256'][:12]}; see {args.out}/index.html")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help="run every notebook with parameters; write .ipynb, .html, .pdf, manifest.json",
                       description="Run notebooks/NN_*.ipynb in order with papermill (kernel 'discourse') and "
                                   "render each as executed .ipynb, self-contained .html and .pdf, plus the "
                                   "result tables (CSV), manifest.json and index.html.")
    p.add_argument("--corpus", metavar="PATH", help="corpus file or folder (default: the bundled teaching corpus)")
    p.add_argument("--out", metavar="DIR", default="reports", help="output folder (default: reports)")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a notebook parameter; VALUE is read as YAML (3, null, [a, b], 'text')")
    p.add_argument("--params", metavar="FILE.yml", help="YAML mapping of notebook parameters (-p wins)")
    p.add_argument("--notebooks", metavar="GLOB", help="notebooks to run (default: notebooks/NN_*.ipynb)")
    p.add_argument("--kernel", default="discourse", help="Jupyter kernel (default: discourse)")
    p.add_argument("--pdf", choices=["auto", "chromium", "weasyprint", "none"], default="auto",
                   help="PDF route (default auto: Chromium, else WeasyPrint)")
    p.add_argument("--timeout", type=int, default=None, metavar="SECONDS", help="limit per cell")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_report)
