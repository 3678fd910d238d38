"""`discourse topics INPUT --output-dir DIR [--seed N]` (contract in design.md)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def cmd_topics(args: argparse.Namespace) -> int:
    from . import corpus
    from .cli import corpus_kwargs
    from .topics import TopicModel

    result = corpus.load(args.input, **corpus_kwargs(args))
    nr = args.nr_topics
    nr = int(nr) if nr not in (None, "auto") else nr
    model = TopicModel(unit=args.unit, seed=args.seed, nr_topics=nr, min_topic_size=args.min_topic_size).fit(
        result.corpus)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.assignments_.to_csv(out / "assignments.csv", index=False)
    model.topics_.to_csv(out / "topics.csv", index=False)
    metrics = model.evaluate()
    metrics["corpus_sha256"] = result.manifest["corpus_sha256"]
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.figures:
        save_topic_figures(model, out)
    if args.save_model:
        model.save(out / "model")
    print(f"{metrics['n_topics']} topics over {metrics['n_documents']} documents; NPMI {metrics['coherence_npmi']:.3f}, "
          f"diversity {metrics['diversity']:.3f}, outliers {metrics['outlier_share']:.1%} "
          f"({metrics['outlier_share_before_reduction']:.1%} before reduction); "
          f"{metrics['excluded_units']} units left out (languages: {metrics['excluded_languages'] or 'none'}) -> {out}")
    return 0


def save_topic_figures(model, out: Path) -> list[Path]:
    """Write the three topic figures as PNG files into ``out``; return their paths."""
    import matplotlib.pyplot as plt

    from .plots import topic_heatmap, topic_sizes, topics_over_time

    figs = {"topic_sizes.png": topic_sizes.plot(model.topics_)}
    group = "outlet_type" if "outlet_type" in model.corpus_ else "outlet"
    figs["topics_by_group.png"] = topic_heatmap.plot(model.per_group(group), model.topics_)
    if model.corpus_["date"].notna().any():
        figs["topics_over_time.png"] = topics_over_time.plot(model.over_time("MS"), model.topics_)
    paths = []
    for name, fig in figs.items():
        fig.savefig(out / name, dpi=120, metadata={"Software": None})
        plt.close(fig)
        paths.append(out / name)
    return paths


def register(sub) -> None:
    from .cli import add_corpus_arguments

    p = sub.add_parser("topics", help="topic model (BERTopic) with assignments, topics and metrics")
    p.add_argument("input", help="a corpus (any format corpus.load reads)")
    p.add_argument("--output-dir", required=True)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--unit", choices=["document", "paragraph"], default="document")
    p.add_argument("--nr-topics", default=None, help="an int to merge down to, or 'auto'")
    p.add_argument("--min-topic-size", type=int, default=10)
    p.add_argument("--figures", action="store_true", help="also write PNG figures")
    p.add_argument("--save-model", action="store_true", help="also save the model (safetensors + JSON)")
    add_corpus_arguments(p)
    p.set_defaults(func=cmd_topics)
