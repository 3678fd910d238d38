"""Stance over time: documents per month, stacked by stance."""
from __future__ import annotations

import matplotlib

from ._corpus_common import style
from .stance_by_group import COLOURS


def plot(table, title: str = "Stance over time", figsize=(9, 4)):
    """Stacked bars from :func:`discourse.stance.summary.over_time` (without a group column).

    Returns:
        The matplotlib Figure (closed in pyplot, so a notebook shows it exactly once).
    """
    import matplotlib.pyplot as plt

    wide = table.pivot_table(index="period", columns="stance", values="n", aggfunc="sum", fill_value=0)
    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        bottom = [0] * len(wide)
        labels = [p.strftime("%Y-%m") for p in wide.index]
        for lab in ("agree", "discuss", "disagree", "unrelated"):
            if lab in wide:
                ax.bar(labels, wide[lab], bottom=bottom, color=COLOURS[lab], label=lab)
                bottom = [a + b for a, b in zip(bottom, wide[lab])]
        ax.set_ylabel("documents")
        ax.set_title(title)
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)
        ax.legend(fontsize=8)
    plt.close(fig)
    return fig
