"""Documents per month, stacked by outlet type (or any other column): when was the story covered?"""
from __future__ import annotations

import matplotlib

from .. import describe
from ._corpus_common import colours, style


def plot(corpus, by: str = "outlet_type", title: str | None = None, figsize=(9, 4.2)):
    """Stacked bars of documents per calendar month (UTC), one colour per ``by`` group.

    Undated documents are not drawn; their number is given in the axis label.
    Months without documents inside the range are shown as empty bars.

    Args:
        corpus: a Corpus table (or a selection of it).
        by: the column to stack by (``outlet_type``, ``outlet``, ``lang`` ...).
        title: the figure title (default: "Documents per month by <by>").
    Returns:
        The matplotlib Figure (not shown; notebooks display it).
    """
    import matplotlib.pyplot as plt
    import pandas as pd

    with matplotlib.rc_context(style()):
        fig, ax = plt.subplots(figsize=figsize, layout="constrained")
        table = describe.by_month(corpus, by=by)
        undated = int(table.loc[table["month"] == describe.UNDATED, "documents"].sum())
        dated = table[table["month"] != describe.UNDATED]
        ax.set_title(title or f"Documents per month by {by.replace('_', ' ')}")
        if len(dated) == 0:
            ax.text(0.5, 0.5, "no dated documents", ha="center", va="center", transform=ax.transAxes)
            ax.set_xticks([])
            ax.set_yticks([])
        else:
            wide = dated.pivot_table(index="month", columns=by, values="documents", aggfunc="sum", fill_value=0)
            months = pd.period_range(wide.index.min(), wide.index.max(), freq="M").strftime("%Y-%m")
            wide = wide.reindex(months, fill_value=0)
            order = wide.sum().sort_values(ascending=False, kind="stable").index  # biggest group at the bottom
            wide = wide[order]
            bottom = [0] * len(wide)
            x = range(len(wide))
            for col, colour in zip(wide.columns, colours(len(wide.columns))):
                ax.bar(x, wide[col].to_numpy(), bottom=bottom, label=str(col), color=colour, width=0.8)
                bottom = [b + v for b, v in zip(bottom, wide[col].to_numpy())]
            ax.set_xticks(list(x))
            ax.set_xticklabels(list(wide.index), rotation=60, ha="right", fontsize=8)
            ax.set_ylabel("documents")
            ax.legend(title=by.replace("_", " "), fontsize=8, title_fontsize=8, frameon=False,
                      loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_xlabel("month (UTC)" + (f"; {undated} undated document(s) not shown" if undated else ""))
    plt.close(fig)
    return fig
