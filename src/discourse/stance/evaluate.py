"""Evaluation maths for stance: per-class precision/recall/F1, macro-F1, confusion matrix."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import DiscourseError

LABELS = ("agree", "disagree", "discuss", "unrelated")


class GoldLabelError(DiscourseError):
    """A gold file is unusable: bad JSON, missing fields or labels outside the label set."""


def read_gold(path: str | Path, labels=LABELS) -> pd.DataFrame:
    """Read a gold JSONL file (``id, text, stance`` per line) into a DataFrame.

    Raises:
        GoldLabelError: naming the file, line and problem, if any line has invalid JSON,
            lacks ``id``/``text``/``stance``, or has a label outside ``labels``.
    """
    rows, problems = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{n}: invalid JSON: {exc.msg}")
                continue
            missing = [k for k in ("id", "text", "stance") if k not in r or r[k] in (None, "")]
            if missing:
                problems.append(f"{path}:{n}: missing {', '.join(missing)}")
                continue
            if r["stance"] not in labels:
                problems.append(f"{path}:{n}: stance: {r['stance']!r} is not in the label set {list(labels)}")
                continue
            rows.append(r)
    if problems:
        raise GoldLabelError(f"{len(problems)} unusable gold line(s):\n" + "\n".join(problems[:50]))
    if not rows:
        raise GoldLabelError(f"{path}: no gold records")
    return pd.DataFrame(rows)


def evaluate(gold, pred, labels=LABELS) -> dict:
    """Score predictions against gold labels.

    Args:
        gold, pred: sequences of labels of equal length.
    Returns:
        ``{"per_class": {label: {precision, recall, f1, support}}, "macro_f1",
        "macro_f1_classes", "accuracy", "n", "labels", "confusion"}``. Macro-F1 averages
        the classes present in ``gold`` (a class absent from gold has no defined recall);
        ``confusion[i][j]`` counts gold ``labels[i]`` predicted as ``labels[j]``.
    """
    gold, pred = list(gold), list(pred)
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    idx = {lab: i for i, lab in enumerate(labels)}
    cm = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, pred):
        cm[idx[g], idx[p]] += 1
    per = {}
    for i, lab in enumerate(labels):
        tp = cm[i, i]
        fp = cm[:, i].sum() - tp
        fn = cm[i, :].sum() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": round(float(prec), 4), "recall": round(float(rec), 4), "f1": round(float(f1), 4),
                    "support": int(cm[i, :].sum())}
    present = [lab for lab in labels if per[lab]["support"] > 0]
    macro = float(np.mean([per[lab]["f1"] for lab in present])) if present else 0.0
    return {"per_class": per, "macro_f1": round(macro, 4), "macro_f1_classes": present,
            "accuracy": round(float(np.trace(cm) / cm.sum()), 4) if cm.sum() else 0.0, "n": int(cm.sum()),
            "labels": list(labels), "confusion": cm.tolist()}


def format_report(result: dict) -> str:
    """A plain-text table of :func:`evaluate`'s result."""
    labels = result["labels"]
    lines = [f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for lab in labels:
        r = result["per_class"][lab]
        lines.append(f"{lab:<10} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} {r['support']:>8d}")
    lines.append(f"macro-F1 {result['macro_f1']:.3f} over {', '.join(result['macro_f1_classes'])}; "
                 f"accuracy {result['accuracy']:.3f}; n = {result['n']}")
    lines.append("confusion (rows gold, columns predicted):")
    lines.append(" " * 11 + " ".join(f"{lab[:9]:>9}" for lab in labels))
    for lab, row in zip(labels, result["confusion"]):
        lines.append(f"{lab:<10} " + " ".join(f"{v:>9d}" for v in row))
    return "\n".join(lines)
