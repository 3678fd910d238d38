"""Own-voice doubt in English sentences: how much the cue lexicon and the whole scorer catch,
and how often they see doubt where there is none (prints figures, asserts nothing).

benchmarks/data/doubt_probe.jsonl holds 620 synthetic English sentences about the claim
(see benchmarks/data/README.md), each of one kind:
- ``doubt_own``: the writer doubts, denies or mocks the claim in their own voice;
- ``not_doubt``: the writer does not doubt it, but the sentence has words that look like
  doubt (fake Russian IDs, Moscow's lies, a debunked video, a propaganda film, "no myth").
Three writers wrote them: the errors of sets ``shaping-1`` and ``shaping-2`` were read when
English doubt words were added to the lexicon; set ``held-back`` was only ever scored.

For each set and kind:
- cue level: share of sentences with doubt in the text's own voice (a doubt or ridicule cue
  in an unattributed, unquoted sentence; :class:`discourse.stance.cues.CueExtractor`);
- scorer level: share of sentences called "disagree" when each is scored as a one-sentence
  document by the shipped :class:`discourse.stance.StanceScorer`.
For ``doubt_own`` these are recall, for ``not_doubt`` false-alarm rates.

Usage: python benchmarks/bench_doubt_cues.py
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pandas as pd

warnings.filterwarnings("ignore")
ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "benchmarks" / "data" / "doubt_probe.jsonl"


def own_voice_doubt(extractor, features: list[str], text: str) -> bool:
    """True when ``text`` (English) voices doubt in the text's own voice (``features``: the
    names of the extractor's feature columns)."""
    f = dict(zip(features, extractor.sentence(text, "en")[0]))
    return bool(f["denial_own"] > 0 or (f["own_voice"] and f["ridicule"] > 0))


def main() -> int:
    from discourse.stance import StanceScorer
    from discourse.stance.cues import FEATURES, CueExtractor

    probe = pd.DataFrame([json.loads(line) for line in PROBE.open(encoding="utf-8")])
    extractor = CueExtractor()
    probe["cue_doubt"] = [own_voice_doubt(extractor, FEATURES, t) for t in probe["text"]]
    scores = StanceScorer().fit().score_documents(probe.rename(columns={"id": "doc_id"}).assign(lang="en"))
    probe["called_disagree"] = (scores["stance"] == "disagree").to_numpy()
    print(f"== own-voice doubt in {len(probe)} English probe sentences ({PROBE.name})")
    print(f"  {'set':<12} {'kind':<10} {'n':>4}  {'cue lexicon':>12}  {'whole scorer':>13}")
    for (set_, kind), g in probe.groupby(["set", "kind"], sort=False):
        what = "recall" if kind == "doubt_own" else "false alarm"
        print(f"  {set_:<12} {kind:<10} {len(g):>4}  {g['cue_doubt'].mean():>12.2f}  "
              f"{g['called_disagree'].mean():>13.2f}   ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
