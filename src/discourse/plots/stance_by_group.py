"""Stance by group (outlet or outlet type): stacked horizontal bars of document shares."""
from __future__ import annotations

import matplotlib

from ._corpus_common import style

COLOURS = {"agree": "#4c72b0", "discuss": "#ccb974", "disagree": "#c44e52", "unrelated": "#bbbbbb"}


def plot(table, title: str = "Stance toward the claim, by group", figsize=(9, 4.5)):
    """Bars from :func:`discourse.stance.summary.by_group` (one bar per group, n in the label).

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    t = table.iloc[::-1]
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        left = [0.0] * len(t)
        for lab in ("agree", "discuss", "disagree", "unrelated"):
            vals = t[f"share_{lab}"].tolist()
            ax.barh(range(len(t)), vals, left=left, color=COLOURS[lab], label=lab)
            left = [a + b for a, b in zip(left, vals)]
        ax.set_yticks(range(len(t)), [f"{g} (n={n})" for g, n in zip(t["group"], t["n_docs"])], fontsize=8)
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of documents")
        ax.set_title(title)
        ax.legend(ncols=4, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.06))
    plt.close(fig)
    return fig
