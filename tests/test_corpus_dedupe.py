"""Near-duplicate marking: syndicated copies are found, distinct stories are not."""
from __future__ import annotations

import pandas as pd

from discourse.corpus import Deduplicator, dedupe

WIRE = ("Seoul, Oct 18 -- North Korea has begun shipping special forces troops to Russia's Far East "
        "for training before they are sent to the front, South Korea's intelligence agency said on Friday. "
        "About 1,500 soldiers left on Russian navy ships from ports near Chongjin and Hamhung, the agency said, "
        "citing satellite imagery. Officials in Moscow did not respond to requests for comment.")


def frame(texts, dates=None):
    n = len(texts)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "text": texts,
                         "date": pd.to_datetime(dates or [None] * n, utc=True)})


def test_wire_copies_with_small_edits_point_to_the_earliest():
    copy1 = WIRE.replace("on Friday", "on Friday, Oct 18") + " Read more: world news."
    copy2 = WIRE.replace("Officials in Moscow did not respond to requests for comment.", "")
    other = ("Kyiv, Nov 5 -- Ukrainian forces said they clashed for the first time with North Korean units "
             "in the Kursk region, where Russian troops are trying to push them out of occupied villages.")
    out = dedupe(frame([copy1, WIRE, other, copy2], ["2024-10-19", "2024-10-18", "2024-11-05", "2024-10-20"]))
    assert out["dup_of"].tolist() == ["d1", "", "", "d1"]
    assert 0.6 <= out["dup_similarity"].iloc[0] < 1 and pd.isna(out["dup_similarity"].iloc[1])


def test_exact_copies_even_when_short_and_nothing_dropped():
    out = dedupe(frame(["Troops in Kursk.", "troops in  KURSK.", "Something else entirely."]))
    assert len(out) == 3
    assert out["dup_of"].tolist() == ["", "d0", ""] and out["dup_similarity"].iloc[1] == 1.0


def test_threshold_controls_linking_and_result_is_deterministic():
    half = " ".join(WIRE.split()[:30]) + " completely different ending about grain exports and ports in Odesa today"
    texts = [WIRE, half]
    strict = Deduplicator(threshold=0.95).transform(frame(texts))
    assert strict["dup_of"].tolist() == ["", ""]
    loose = Deduplicator(threshold=0.3).transform(frame(texts))
    assert loose["dup_of"].tolist() == ["", "d0"]
    again = Deduplicator(threshold=0.3).transform(frame(texts))
    assert again.equals(loose)
