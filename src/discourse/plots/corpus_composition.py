"""Who is in the corpus: documents per outlet (coloured by outlet type) and per language."""
from __future__ import annotations

import matplotlib

from .. import describe
from ._corpus_common import colours, style


def plot(corpus, title: str | None = None, figsize=(10, 4.8)):
    """Two panels: horizontal bars of documents per outlet, coloured by outlet type, with
    marked duplicates hatched; and documents per language.

    Args:
        corpus: a Corpus table (or a selection of it).
        title: the figure title (default: "Corpus composition (N documents)").
    Returns:
        The matplotlib Figure (not shown; notebooks display it).
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    with matplotlib.rc_context(style()):
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=figsize, width_ratios=[3, 1], layout="constrained")
        fig.suptitle(title or f"Corpus composition ({len(corpus)} documents)")
        outlets = describe.by_outlet(corpus)
        if len(outlets) == 0:
            for ax in (ax1, ax2):
                ax.text(0.5, 0.5, "no documents", ha="center", va="center", transform=ax.transAxes)
                ax.set_xticks([])
                ax.set_yticks([])
            plt.close(fig)
            return fig
        types = sorted(outlets["outlet_type"].unique())
        colour_of = dict(zip(types, colours(len(types))))
        rows = outlets.iloc[::-1]  # largest on top
        y = range(len(rows))
        ax1.barh(y, rows["originals"], color=[colour_of[t] for t in rows["outlet_type"]])
        ax1.barh(y, rows["duplicates"], left=rows["originals"], color=[colour_of[t] for t in rows["outlet_type"]],
                 hatch="///", edgecolor="white", alpha=0.6)
        ax1.set_yticks(list(y))
        ax1.set_yticklabels(list(rows["outlet"]), fontsize=8)
        ax1.set_xlabel("documents (hatched: marked as duplicates)")
        ax1.set_title("by outlet", fontsize=10)
        ax1.legend(handles=[Patch(color=colour_of[t], label=t) for t in types], fontsize=7, frameon=False,
                   loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=min(len(types), 4),
                   title="outlet type", title_fontsize=7)
        langs = describe.by_language(corpus).iloc[::-1]
        ax2.barh(range(len(langs)), langs["documents"], color="#8c8c8c")
        ax2.set_yticks(list(range(len(langs))))
        ax2.set_yticklabels(list(langs["lang"]), fontsize=8)
        ax2.set_xlabel("documents")
        ax2.set_title("by language", fontsize=10)
    plt.close(fig)
    return fig
