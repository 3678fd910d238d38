"""Training data the project wrote itself: labelled example texts and the teaching corpus."""
from __future__ import annotations

import csv
import json
from importlib import resources as ir
from pathlib import Path

import pandas as pd


EXAMPLE_FILES = ("stance_examples.jsonl", "stance_examples_2.jsonl")


def builtin_examples() -> pd.DataFrame:
    """The project's 920 multilingual labelled example texts (``id, lang, style, stance, text``).

    ``stance_examples.jsonl`` holds 600 clean texts in 16 languages; ``stance_examples_2.jsonl``
    320 texts written to look like scraped web text (bylines, boilerplate, live blogs, forum
    threads, study notes, truncated news-API records) in 21 languages.
    """
    rows = []
    for name in EXAMPLE_FILES:
        path = ir.files("discourse") / "data" / name
        rows += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return pd.DataFrame(rows)


def teaching_labels(root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """Documents and sentences of the teaching corpus with gold stance, or None if absent.

    Returns:
        ``(documents, sentences)``: documents have ``doc_id, title, text, lang, stance``;
        sentences have ``doc_id, text, lang, stance``.
    """
    from ..corpus import load
    from ..resources import project_root

    root = root or project_root() / "corpus" / "teaching"
    if not (root / "labels" / "documents.csv").exists():
        return None
    docs = load(root / "articles", outlets=None, dedupe_threshold=None).corpus
    with open(root / "labels" / "documents.csv", encoding="utf-8") as fh:
        gold = {r["doc_id"]: r["stance"] for r in csv.DictReader(fh)}
    docs = docs.assign(stance=docs["doc_id"].map(gold)).dropna(subset=["stance"])
    sents = pd.DataFrame([json.loads(x) for x in open(root / "labels" / "sentences.jsonl", encoding="utf-8")])
    lang = dict(zip(docs["doc_id"], docs["lang"]))
    sents = sents.rename(columns={"sentence": "text"}).assign(lang=lambda d: d["doc_id"].map(lang))
    return docs[["doc_id", "title", "text", "lang", "stance"]].reset_index(drop=True), sents
