"""Helpers for teaching notebooks: answers an instructor shows or hides with one parameter.

In a lesson notebook::

    answers = compare.Answers(show_answers)       # the notebook parameter
    answers.table(kwic_table, "answer_kwic")      # shown and saved, or a short note
    answers.figure(source_profile.plot(profile))  # shown, or closed unseen
    answers.explain("doubt")                      # a stored answer text, or the note
    answers.space(4)                              # ruled lines to write on (handout only)

With ``show=False`` no answer table is displayed or saved as CSV, no answer figure is
drawn into the output, and each answer place says *Answer hidden* instead, so the
rendered PDF is a student handout; with ``show=True`` the same notebook renders the
instructor's copy. Answer texts are kept out of the notebook (in
:mod:`discourse.compare.lesson_answers`), so the handout does not print them as code, and an
answer place shows the *hidden* note once however many outputs it holds.
"""
from __future__ import annotations

import html

HIDDEN_NOTE = "Answer hidden (the instructor renders this notebook with show_answers=True to reveal it)."


def pick_outlets(corpus, outlets=None):
    """The documents of ``outlets`` (``None``: all). Unlike :func:`discourse.corpus.select.select`
    it does not stop at outlet names the corpus lacks: it warns and keeps the others, so a
    lesson's defaults still run on an instructor's own corpus."""
    if outlets is None:
        return corpus
    wanted = list(outlets)
    missing = sorted(set(wanted) - set(corpus["outlet"].dropna()))
    if missing:
        import warnings

        warnings.warn(f"outlets not in this corpus (left out): {', '.join(missing)}", stacklevel=2)
    return corpus[corpus["outlet"].isin(wanted)]


def headlines(corpus, outlets=None) -> "pd.DataFrame":
    """``doc_id, outlet, date`` (``YYYY-MM-DD``) ``, title`` sorted by date, outlet and doc_id,
    for students to look for the same story under several outlets' names (``outlets``: a list
    to keep, ``None`` for all)."""
    import pandas as pd

    d = pick_outlets(corpus, outlets)
    d = d.sort_values(["date", "outlet", "doc_id"], kind="mergesort", na_position="last")
    out = pd.DataFrame({"doc_id": d["doc_id"], "outlet": d["outlet"],
                        "date": d["date"].map(lambda t: "" if pd.isna(t) else t.strftime("%Y-%m-%d")),
                        "title": d["title"]})
    return out.reset_index(drop=True)


class Answers:
    """Show or hide the answer outputs of a lesson notebook (see the module doc)."""

    def __init__(self, show: bool = False, note: str = HIDDEN_NOTE, texts: dict | None = None):
        from .lesson_answers import TEACHING_CORPUS

        self.show = bool(show)
        self.note = note
        self.texts = dict(TEACHING_CORPUS if texts is None else texts)
        self._noted_in = None

    def _display(self, html_text: str, plain: str) -> None:
        from IPython.display import display

        display({"text/html": html_text, "text/plain": plain}, raw=True)

    @staticmethod
    def _cell() -> int | None:
        try:
            from IPython import get_ipython

            ip = get_ipython()
            return None if ip is None else ip.execution_count
        except Exception:  # pragma: no cover - IPython missing
            return None

    def hidden(self) -> None:
        """Display the short *answer hidden* note (once per notebook cell)."""
        cell = self._cell()
        if cell is not None and cell == self._noted_in:
            return None
        self._noted_in = cell
        self._display('<p class="discourse-answer-hidden" style="color:#666;font-style:italic;'
                      f'border-left:3px solid #bbb;padding-left:8px">{html.escape(self.note)}</p>', self.note)

    def _label(self, title: str) -> None:
        cell = self._cell()
        if cell is not None and cell == self._noted_in:
            return None
        self._noted_in = cell
        self._display('<p class="discourse-answer" style="font-weight:bold;color:#2f5d8a;margin:8px 0 2px 0">'
                      f'{html.escape(title)}</p>', title)

    def table(self, df, name: str, title: str = "Answer", **kwargs) -> None:
        """Publish ``df`` (see :func:`discourse.report.publish`) when shown; else the note only."""
        if not self.show:
            return self.hidden()
        from ..report import publish

        self._label(title)
        publish(df, name, **kwargs)
        return None

    def figure(self, fig, title: str = "Answer") -> None:
        """Display a matplotlib figure when shown; close it unseen otherwise."""
        import matplotlib.pyplot as plt

        if self.show:
            from IPython.display import display

            self._label(title)
            display(fig)
        else:
            self.hidden()
        plt.close(fig)
        return None

    def text(self, markdown: str, title: str = "Answer") -> None:
        """Display Markdown text (written by the notebook's author) when shown; else the note."""
        if not self.show:
            return self.hidden()
        from IPython.display import Markdown, display

        self._label(title)
        display(Markdown(markdown))
        return None

    def explain(self, key: str, title: str = "Answer") -> None:
        """Display the stored answer text ``key`` (see :mod:`discourse.compare.lesson_answers`)."""
        if key not in self.texts:
            raise KeyError(f"no answer text {key!r}; known: {', '.join(sorted(self.texts))}")
        return self.text(self.texts[key], title=title)

    def space(self, lines: int = 4) -> None:
        """Ruled lines for students to write their answer on (only in the handout, ``show=False``)."""
        if self.show:
            return None
        rows = "".join('<div style="border-bottom:1px solid #999;height:1.9em"></div>' for _ in range(max(0, lines)))
        self._display(f'<div class="discourse-answer-space" style="margin:6px 0 14px 0">{rows}</div>',
                      "\n".join("_" * 60 for _ in range(max(0, lines))))
        return None
