"""`discourse stance` and `discourse evaluate-stance` (contracts in design.md)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import DiscourseError


def _load_input(path: str, args) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read any corpus format; ``id`` is the record's identifier."""
    from . import corpus
    from .cli import corpus_kwargs

    kw = corpus_kwargs(args)
    kw.setdefault("mapping", {})
    kw["mapping"].setdefault("doc_id", "id")
    kw.setdefault("outlets", None)
    result = corpus.load(path, dedupe_threshold=None, **kw)
    return result.corpus, result.rejected


def _scorer(args: argparse.Namespace):
    """The stance scorer the command's options ask for, trained."""
    from .stance import StanceScorer

    kw = {"target": args.target} if args.target else {}
    scorer = StanceScorer(progress=not args.no_progress, **kw)
    if scorer.progress:
        print("stance: training the scorer on the project's labelled data", file=sys.stderr)
    return scorer.fit()


def cmd_stance(args: argparse.Namespace) -> int:
    docs, rejected = _load_input(args.input, args)
    if docs.empty:
        for r in rejected.itertuples(index=False):
            print(f"{r.source}:{r.line}: {r.field}: {r.reason}", file=sys.stderr)
        raise DiscourseError(f"{args.input}: no usable record ({len(rejected)} rejected)")
    out = _scorer(args).score_documents(docs)
    out["_source"] = docs["source"].values
    lines = []
    for rec in out.to_dict(orient="records"):
        src = rec.pop("_source")
        file, _, line = src.rpartition(":")
        lines.append((file, int(line), {"id": rec["id"], "stance": rec["stance"], "confidence": rec["confidence"],
                                        "cues": rec["cues"]}))
    for r in rejected.itertuples(index=False):
        rid = None
        try:
            rid = json.loads(r.raw).get("id") if r.raw.startswith("{") else None
        except (ValueError, AttributeError):
            rid = None
        lines.append((r.source, int(r.line), {"id": rid, "stance": None, "confidence": None, "cues": [],
                                              "error": f"{r.field}: {r.reason}"}))
    lines.sort(key=lambda x: (x[0], x[1]))
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as fh:
        for _, _, rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} scored, {len(rejected)} with errors -> {args.output}; "
          + ", ".join(f"{k}: {v}" for k, v in out["stance"].value_counts().sort_index().items()))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .stance import bootstrap, disagreements, evaluate, format_report, read_gold
    from .stance.evaluate import scores_by_id

    if args.bootstrap < 0:
        raise DiscourseError(f"--bootstrap: the number of resamples must be 0 or more (got {args.bootstrap})")
    gold = read_gold(args.gold)
    ids = gold["id"].astype(str)
    if args.predictions:
        scores = pd.DataFrame([json.loads(x) for x in open(args.predictions, encoding="utf-8") if x.strip()])
        have = set(scores["id"].astype(str))
        missing = [i for i in ids if i not in have]
        if missing:
            raise DiscourseError(f"{args.predictions}: no prediction for {len(missing)} gold id(s), e.g. {missing[:3]}")
    else:
        docs = gold.rename(columns={"id": "doc_id"}).assign(doc_id=ids)
        scores = _scorer(args).score_documents(docs)
    predicted = scores_by_id(scores).loc[ids, "stance"].tolist()
    parts = {"all": np.ones(len(gold), bool)}
    if "lang" in gold:
        for lang in sorted(gold["lang"].dropna().unique()):
            mask = (gold["lang"] == lang).to_numpy()
            if mask.sum() >= 10:
                parts[f"lang={lang}"] = mask
    result = {}
    for name, mask in parts.items():
        g, p = gold["stance"][mask].tolist(), [x for x, m in zip(predicted, mask) if m]
        result[name] = evaluate(g, p)
        if args.bootstrap:
            result[name]["bootstrap"] = bootstrap(g, p, n_boot=args.bootstrap, random_state=args.seed)
    for name, res in result.items():
        print(f"== {name}")
        print(format_report(res))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        wrong = disagreements(scores, gold)
        Path(args.errors).parent.mkdir(parents=True, exist_ok=True)
        with open(args.errors, "w", encoding="utf-8") as fh:
            for rec in wrong.to_dict(orient="records"):
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        print(f"{len(wrong)} of {len(gold)} record(s) scored differently from gold -> {args.errors}")
    return 0


def register(sub) -> None:
    from .cli import add_corpus_arguments

    p = sub.add_parser("stance", help="stance of each record toward the target claim")
    p.add_argument("input", help="records with id and text (any corpus format)")
    p.add_argument("--output", required=True, help="JSONL: id, stance, confidence, cues per input record")
    p.add_argument("--target", help="the claim (default: the deployment claim of design.md)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_corpus_arguments(p)
    p.set_defaults(func=cmd_stance)
    e = sub.add_parser("evaluate-stance", help="precision, recall, F1 and confusion matrix against gold labels")
    e.add_argument("gold", help="JSONL with id, text, stance (labels: agree, disagree, discuss, unrelated)")
    e.add_argument("--predictions", help="score these predictions (JSONL with id, stance) instead of running the scorer")
    e.add_argument("--json", help="also write the scores as JSON here")
    e.add_argument("--target", help="the claim (default: the deployment claim of design.md)")
    e.add_argument("--bootstrap", type=int, default=0, metavar="N",
                   help="also print 95%% intervals of every F1 from N bootstrap resamples of the records")
    e.add_argument("--seed", type=int, default=0, help="seed of the bootstrap resampling (default 0)")
    e.add_argument("--errors", metavar="PATH",
                   help="also write the records scored differently from gold as JSONL (id, gold, stance and, when "
                        "the scorer ran, its confidence, rule and cues, then text)")
    e.add_argument("--no-progress", action="store_true", help="no progress bar (when the scorer runs)")
    e.set_defaults(func=cmd_evaluate)
