"""Reproducible reports: papermill runs the numbered notebooks, nbconvert renders them.

Inside a notebook (kept free of analysis logic)::

    from discourse import report
    params = report.parameters(globals())      # the values of the `parameters` cell
    loaded = report.load_corpus(params)        # corpus.load with corpus_path / mapping
    report.provenance.show(params, loaded)     # checksum, counts, versions, git, seed
    report.publish(table, "by_outlet")         # shown (escaped) and saved as CSV

From the shell, ``discourse report`` runs every ``notebooks/NN_*.ipynb`` and writes the
executed ``.ipynb``, a self-contained ``.html``, a ``.pdf``, the CSV tables,
``manifest.json`` and ``index.html`` (see :func:`render`).

One module per concern: ``session`` (notebook parameters), ``provenance``, ``tables``,
``params`` (command-line parameters), ``discover``, ``execute`` (papermill), ``html``
(nbconvert, offline), ``pdf`` (Chromium or WeasyPrint, character check), ``manifest``,
``index`` and ``runner`` (staging, order, failure handling).
"""
from __future__ import annotations

from . import provenance
from .session import load_corpus, parameters
from .tables import publish

__all__ = ["parameters", "load_corpus", "publish", "provenance", "render", "ReportFailed"]


def render(*args, **kwargs):
    """Run and render the notebooks; see :func:`discourse.report.runner.render`."""
    from .runner import render as _render

    return _render(*args, **kwargs)


def __getattr__(name):
    if name == "ReportFailed":
        from .execute import ReportFailed

        return ReportFailed
    raise AttributeError(name)
