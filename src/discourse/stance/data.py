"""Training data the project wrote itself: labelled example texts and the teaching corpus."""
from __future__ import annotations

import csv
import json
from importlib import resources as ir
from pathlib import Path

import pandas as pd


def example_files() -> list:
    """The packaged example files, ``stance_examples*.jsonl`` in name order."""
    folder = ir.files("discourse") / "data"
    return sorted((p for p in folder.iterdir() if p.name.startswith("stance_examples") and p.name.endswith(".jsonl")),
                  key=lambda p: p.name)


def builtin_examples() -> pd.DataFrame:
    """The project's 2,912 labelled example texts in 21 languages (``id, lang, style, stance, text``).

    ``stance_examples.jsonl``: 600 clean texts in 16 languages; ``stance_examples_2.jsonl``:
    320 texts written to look like scraped web text (bylines, boilerplate, live blogs, forum
    threads, study notes, truncated news-API records); ``stance_examples_3_*``: 580 texts of
    news, web and non-English coverage with the hard cases of the label definitions (official
    confirmations without distance, relayed denials, doubt without keywords);
    ``stance_examples_4_*``: 330 texts on the boundaries measured as weak on real coverage
    (doubt voiced in hedged news style, hedged reports that keep no doubt of their own,
    presupposed deployments with hedged details); ``stance_examples_5_*``: 300 texts of doubt
    voiced in the outlet's own words next to relays that keep doubt words in quotation marks;
    ``stance_examples_6_en.jsonl``: 160 English texts in the voices of outlets that dispute the
    claim (state media English services, blogs, content-farm reposts, forums) with the words
    such outlets use, approving relays of a denial, and the discuss and agree texts closest to
    them (quoted denial words; doubt words aimed at the denial); a third are full articles
    with web boilerplate; ``stance_examples_7_*``: 280 texts (190 English, 90 in ru, ko, de, fr,
    zh, es), most of them (198) unrelated texts that sound like denials: long, angry statements
    of state media and foreign ministries on other matters ("fabrication", "smear", "hysteria"
    about drills, leaflets, sanctions, Nord Stream, Xinjiang), North Korean domestic military
    news (soldiers sent to flood areas, training bases), Russia-North Korea ties without
    soldiers, and other war news; next to them, in the same voices, texts that do deny the
    deployment (57) or, after April 2025, glorify it (20), and a few hedged ones (5). Before
    them the classifier had seen only short, calm unrelated texts and called such statements
    "disagree" (52 of 1,050 real KCNA texts, benchmarks/bench_stance.py);
    ``stance_examples_8_*``: 342 texts (270 English, 72 in ru, de, fr, ko, zh, es) that
    loosen the tie between a kind of outlet and a label, which most earlier disputing
    texts came with: state media in English, alternative and anti-war writers, forums
    and social posts that take the deployment as fact (agree), withhold judgement or
    relay it neutrally (discuss) next to ones that deny it; mainstream reports that state
    it as fact and hedge only a detail (agree) next to ones that hedge the deployment
    itself (discuss); South Korean English-language wire copy that rests on briefings by
    the spy agency (45 agree, 15 discuss). Without that wire copy, the 30 neutral state
    media relays moved real wire copy citing the spy agency from agree to discuss
    (../shared/data/stance_dev.jsonl, 4 texts).
    All were written for the project; none is copied from real coverage.
    """
    rows = []
    for path in example_files():
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
