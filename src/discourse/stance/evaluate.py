"""Evaluation maths for stance: per-class precision/recall/F1, macro-F1, confusion matrix,
bootstrap intervals for them, and the agreement of a corpus's scores with its hand labels."""
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


def _codes(gold, pred, labels) -> np.ndarray:
    """Each (gold, predicted) pair as one cell number ``gold_index * len(labels) +
    predicted_index`` of the confusion matrix."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    idx = {lab: i for i, lab in enumerate(labels)}
    return np.array([idx[g] * len(labels) + idx[p] for g, p in zip(gold, pred)], dtype=np.int64)


def _per_class(cm: np.ndarray):
    """Precision, recall, F1 and support per class of confusion matrices ``cm[..., gold,
    predicted]`` (one or a stack); a zero denominator gives 0."""
    tp = np.diagonal(cm, axis1=-2, axis2=-1).astype(float)
    support, predicted = cm.sum(axis=-1), cm.sum(axis=-2)
    prec = np.divide(tp, predicted, out=np.zeros_like(tp), where=predicted > 0)
    rec = np.divide(tp, support, out=np.zeros_like(tp), where=support > 0)
    f1 = np.divide(2 * prec * rec, prec + rec, out=np.zeros_like(tp), where=prec + rec > 0)
    return prec, rec, f1, support


def evaluate(gold, pred, labels=LABELS) -> dict:
    """Score predictions against gold labels.

    Args:
        gold, pred: sequences of labels of equal length.
    Returns:
        ``{"per_class": {label: {precision, recall, f1, support}}, "macro_f1",
        "macro_f1_classes", "macro_f1_gold_or_predicted", "accuracy", "n", "labels",
        "confusion"}``. Macro-F1 averages the classes present in ``gold`` (a class absent
        from gold has no defined recall); ``macro_f1_gold_or_predicted`` averages the classes
        in gold or predicted, as scikit-learn's ``f1_score(average="macro")`` does (a class
        only predicted adds an F1 of 0). ``confusion[i][j]`` counts gold ``labels[i]``
        predicted as ``labels[j]``.
    """
    k = len(labels)
    cm = np.bincount(_codes(list(gold), list(pred), labels), minlength=k * k).reshape(k, k)
    prec, rec, f1, support = _per_class(cm)
    per = {lab: {"precision": round(float(prec[i]), 4), "recall": round(float(rec[i]), 4),
                 "f1": round(float(f1[i]), 4), "support": int(support[i])} for i, lab in enumerate(labels)}
    present = [lab for lab in labels if per[lab]["support"] > 0]
    macro = float(np.mean([per[lab]["f1"] for lab in present])) if present else 0.0
    either = [lab for i, lab in enumerate(labels) if per[lab]["support"] or cm[:, i].sum()]
    macro_either = float(np.mean([per[lab]["f1"] for lab in either])) if either else 0.0
    return {"per_class": per, "macro_f1": round(macro, 4), "macro_f1_classes": present,
            "macro_f1_gold_or_predicted": round(macro_either, 4),
            "accuracy": round(float(np.trace(cm) / cm.sum()), 4) if cm.sum() else 0.0, "n": int(cm.sum()),
            "labels": list(labels), "confusion": cm.tolist()}


def bootstrap(gold, pred, n_boot: int = 1000, level: float = 0.95, labels=LABELS, random_state: int = 0) -> dict:
    """Percentile bootstrap intervals of per-class F1 and macro-F1.

    Each of ``n_boot`` resamples draws ``len(gold)`` records with replacement and scores
    them with the maths of :func:`evaluate`: a class counts toward a resample's macro-F1
    only when it is in that resample's gold. With few texts of a class (3 "disagree" texts,
    say) the interval shows how little its F1 can tell.

    Args:
        gold, pred: sequences of labels of equal length, each in ``labels``.
        n_boot: number of resamples.
        level: coverage of the interval (0.95: the 2.5th and 97.5th percentiles).
        random_state: seed of the resampling (``numpy.random.default_rng``).
    Returns:
        ``{"n_boot", "level", "random_state", "macro_f1": [low, high],
        "per_class": {label: [low, high] or None}}``; a class absent from ``gold`` gets
        ``None``.
    Raises:
        ValueError: if the lengths differ, there are no records, a label is outside
            ``labels``, ``n_boot < 1`` or ``level`` is not between 0 and 1.
    """
    gold, pred = list(gold), list(pred)
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    if not gold:
        raise ValueError("bootstrap needs at least one record")
    if n_boot < 1 or not 0 < level < 1:
        raise ValueError(f"bootstrap: n_boot must be >= 1 and level between 0 and 1 (got {n_boot}, {level})")
    outside = sorted(set(gold + pred) - set(labels))
    if outside:
        raise ValueError(f"labels outside the label set {list(labels)}: {outside}")
    k, n = len(labels), len(gold)
    code = _codes(gold, pred, labels)
    rng = np.random.default_rng(random_state)
    f1 = np.empty((n_boot, k))
    step = max(1, 2_000_000 // n)  # resamples per block, to bound memory on large files
    for lo in range(0, n_boot, step):
        m = min(step, n_boot - lo)
        draws = code[rng.integers(0, n, size=(m, n))] + (np.arange(m) * k * k)[:, None]
        _, _, f, support = _per_class(np.bincount(draws.ravel(), minlength=m * k * k).reshape(m, k, k))
        f[support == 0] = np.nan  # absent from this resample's gold: no F1
        f1[lo:lo + m] = f
    q = [50 * (1 - level), 50 * (1 + level)]

    def interval(values):
        values = values[~np.isnan(values)]
        return [round(float(v), 4) for v in np.percentile(values, q)] if len(values) else None

    present = set(gold)
    return {"n_boot": int(n_boot), "level": level, "random_state": random_state,
            "macro_f1": interval(np.nanmean(f1, axis=1)),
            "per_class": {lab: interval(f1[:, i]) if lab in present else None for i, lab in enumerate(labels)}}


def scores_by_id(scores: pd.DataFrame) -> pd.DataFrame:
    """Document scores indexed by ``id`` as text, to look up gold ids (ids are compared as
    text; where an id is scored twice, its last score counts)."""
    return scores.assign(id=scores["id"].astype(str)).drop_duplicates("id", keep="last").set_index("id")


def against_gold(scores: pd.DataFrame, gold: pd.DataFrame, n_boot: int = 2000, level: float = 0.95,
                 random_state: int = 0) -> dict:
    """Agreement of document scores with hand labels for some of the same documents.

    Args:
        scores: :meth:`StanceScorer.score_documents` output (``id``, ``stance``).
        gold: :func:`read_gold` output (``id``, ``stance``); ids are compared as text.
        n_boot, level, random_state: as in :func:`bootstrap`.
    Returns:
        :func:`evaluate`'s dict over the gold documents that were scored, with
        ``"bootstrap"`` (:func:`bootstrap`) and ``"not_scored"``: the sorted gold ids that have
        no score (not in the corpus, refused by the loader, or filtered out), so none is lost
        without notice.
    Raises:
        GoldLabelError: if no gold id has a score.
    """
    s = scores_by_id(scores)
    ids = gold["id"].astype(str)
    scored = ids.isin(s.index).to_numpy()
    if not scored.any():
        raise GoldLabelError(f"none of the {len(gold)} gold ids has a score (e.g. {ids.iloc[:3].tolist()}); "
                             "do the gold ids match the corpus's doc_id?")
    g = gold["stance"][scored].tolist()
    p = s.loc[ids[scored], "stance"].tolist()
    result = evaluate(g, p)
    result["bootstrap"] = bootstrap(g, p, n_boot=n_boot, level=level, random_state=random_state)
    result["not_scored"] = sorted(ids[~scored])
    return result


def disagreements(scores: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The gold documents whose score differs from their hand label, with the scorer's reasons.

    Reading them is how one learns where the method fails on one's own material (and where a
    hand label may be wrong).

    Args:
        scores: :meth:`StanceScorer.score_documents` output (``id``, ``stance``; its
            ``confidence``, ``rule`` and ``cues`` are carried over when present).
        gold: :func:`read_gold` output (``id``, ``stance``; ``lang`` and ``text`` are
            carried over when present); ids are compared as text.
    Returns:
        One row per disagreement, in gold order: ``id``, ``lang`` (if gold has it), ``gold``,
        ``stance`` (the score), then ``confidence``, ``rule`` and ``cues`` (joined with
        ``"; "``) where the scores have them, and ``text``. Gold ids without a score are left
        out (:func:`against_gold` lists them).
    """
    s = scores_by_id(scores)
    g = gold.assign(id=gold["id"].astype(str))
    g = g[g["id"].isin(s.index)]
    out = g[["id"] + (["lang"] if "lang" in g else [])].assign(gold=g["stance"].to_numpy())
    out["stance"] = s.loc[out["id"], "stance"].to_numpy()
    for col in ("confidence", "rule"):
        if col in s:
            out[col] = s.loc[out["id"], col].to_numpy()
    if "cues" in s:
        out["cues"] = ["; ".join(c) if isinstance(c, (list, tuple, np.ndarray)) else c for c in s.loc[out["id"], "cues"]]
    if "text" in g:
        out["text"] = g["text"].to_numpy()
    return out[out["gold"] != out["stance"]].reset_index(drop=True)


# read-only stand-in for a result without intervals
_NO_BOOTSTRAP = {"per_class": {}, "macro_f1": None}


def agreement_table(result: dict) -> pd.DataFrame:
    """:func:`evaluate`'s result (with its ``"bootstrap"``, if any) as a table.

    Returns:
        One row per class and a last row ``macro``: ``class, precision, recall, f1,
        f1_low, f1_high, support`` (the interval columns are empty without a bootstrap or
        for a class absent from gold).
    """
    boot = result.get("bootstrap") or _NO_BOOTSTRAP
    rows = []
    for lab in result["labels"]:
        r = result["per_class"][lab]
        lo, hi = boot["per_class"].get(lab) or (None, None)
        rows.append({"class": lab, **{k: r[k] for k in ("precision", "recall", "f1")}, "f1_low": lo, "f1_high": hi,
                     "support": r["support"]})
    lo, hi = boot["macro_f1"] or (None, None)
    rows.append({"class": "macro", "precision": None, "recall": None, "f1": result["macro_f1"], "f1_low": lo,
                 "f1_high": hi, "support": result["n"]})
    return pd.DataFrame(rows)


def _interval(v) -> str:
    return f"  [{v[0]:.3f}, {v[1]:.3f}]" if v else ""


def format_report(result: dict) -> str:
    """A plain-text table of :func:`evaluate`'s result, with the intervals of
    :func:`bootstrap` when the result carries them under ``"bootstrap"``."""
    labels = result["labels"]
    boot = result.get("bootstrap") or _NO_BOOTSTRAP
    head = f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"
    lines = [head + (f"  f1 {boot['level']:.0%} interval" if "level" in boot else "")]
    for lab in labels:
        r = result["per_class"][lab]
        lines.append(f"{lab:<10} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} {r['support']:>8d}"
                     + _interval(boot["per_class"].get(lab)))
    lines.append(f"macro-F1 {result['macro_f1']:.3f}{_interval(boot['macro_f1'])} over "
                 f"{', '.join(result['macro_f1_classes'])}; accuracy {result['accuracy']:.3f}; n = {result['n']}")
    if result.get("macro_f1_gold_or_predicted", result["macro_f1"]) != result["macro_f1"]:
        lines.append(f"macro-F1 {result['macro_f1_gold_or_predicted']:.3f} over the classes in gold or predicted "
                     "(a class only predicted counts with F1 0, as in scikit-learn)")
    if "level" in boot:
        lines.append(f"(intervals: percentile bootstrap, {boot['n_boot']} resamples of the records, "
                     f"seed {boot['random_state']})")
    if result.get("not_scored"):
        ids = result["not_scored"]
        lines.append(f"{len(ids)} gold id(s) have no score and are left out: {', '.join(ids[:10])}"
                     + (" ..." if len(ids) > 10 else ""))
    lines.append("confusion (rows gold, columns predicted):")
    lines.append(" " * 11 + " ".join(f"{lab[:9]:>9}" for lab in labels))
    for lab, row in zip(labels, result["confusion"]):
        lines.append(f"{lab:<10} " + " ".join(f"{v:>9d}" for v in row))
    return "\n".join(lines)
