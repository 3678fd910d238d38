"""Corpus loading and near-duplicate marking speed on 100k records (prints, asserts nothing).

Records are built from real text: paragraphs of the KCNA archive in ../shared/data,
resampled with a seed into 100,000 documents (1 to 4 paragraphs each; 5% are copies of
another document with a few words changed, as syndication does). Without ../shared the
benchmark says so and stops.

Targets (issue 2): loading >= 20,000 records/s; near-duplicate marking >= 5,000 docs/s.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from discourse import corpus
from discourse.corpus import Deduplicator

ROOT = Path(__file__).resolve().parents[1]
KCNA = ROOT.parent / "shared" / "data" / "kcna_2024-11-11.json"
N = 100_000


def build_records(n: int, seed: int = 0) -> list[dict]:
    raw = json.loads(KCNA.read_text(encoding="utf-8"))
    paras = [p.strip() for r in raw for p in (r.get("story_text") or "").split("\n") if len(p.strip()) > 40]
    rng = np.random.default_rng(seed)
    recs = []
    for i in range(n):
        if i > 10 and rng.random() < 0.05:
            src = recs[int(rng.integers(0, i))]
            words = src["text"].split()
            for _ in range(3):
                words[int(rng.integers(0, len(words)))] = "edited"
            text = " ".join(words)
        else:
            k = int(rng.integers(1, 5))
            text = "\n\n".join(paras[j] for j in rng.integers(0, len(paras), size=k))
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 300)))
        recs.append({"doc_id": f"r{i}", "outlet": f"Outlet {i % 40}", "date": day.strftime("%Y-%m-%d"),
                     "title": text[:60], "text": text, "url": f"https://x.example/{i}"})
    return recs


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> int:
    if not KCNA.exists():
        print("skipped: ../shared/data/kcna_2024-11-11.json is absent")
        return 0
    recs = build_records(N)
    with tempfile.TemporaryDirectory() as tmp:
        jl = Path(tmp) / "c.jsonl"
        jl.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        csv = Path(tmp) / "c.csv"
        pd.DataFrame(recs).to_csv(csv, index=False)
        with_lang = [dict(r, lang="en") for r in recs]
        jl2 = Path(tmp) / "c_lang.jsonl"
        jl2.write_text("".join(json.dumps(r) + "\n" for r in with_lang), encoding="utf-8")
        mb = jl.stat().st_size / 1e6
        print(f"{N} records, {mb:.0f} MB JSONL")
        rows = []
        for label, path, kw in [
            ("JSONL, lang given", jl2, {}),
            ("JSONL, lang detected", jl, {}),
            ("CSV, lang detected", csv, {}),
        ]:
            res, dt = timed(lambda: corpus.load(path, outlets=None, dedupe_threshold=None, **kw))
            assert len(res.corpus) + len(res.rejected) == N
            rows.append((label, dt, N / dt))
        for label, dt, rate in rows:
            print(f"load {label:<22} {dt:6.1f} s  {rate:8.0f} records/s   (target >= 20,000)")
        docs = res.corpus
        out, dt = timed(lambda: Deduplicator(threshold=0.6).transform(docs))
        n_dup = int((out["dup_of"] != "").sum())
        print(f"near-duplicate marking    {dt:6.1f} s  {N / dt:8.0f} docs/s      (target >= 5,000); "
              f"{n_dup} marked ({int(N * 0.05)} planted edited copies plus repeats of sampled paragraphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
