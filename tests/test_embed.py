"""Embedder: offline model, identical texts once, on-disk cache, truncation warning."""
from __future__ import annotations

import numpy as np
import pytest

from discourse.embed import Embedder, TruncationWarning

pytestmark = pytest.mark.slow


def test_cache_dedup_and_rerun_recomputes_nothing(tmp_path):
    texts = ["North Korean troops in Kursk.", "Grain exports rose.", "North Korean troops in Kursk."]
    e = Embedder(cache_dir=tmp_path, show_progress=False)
    v = e.encode(texts)
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert e.stats["unique"] == 2 and e.stats["encoded"] == 2
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    assert np.array_equal(v[0], v[2])
    again = Embedder(cache_dir=tmp_path, show_progress=False)
    w = again.encode(texts)
    assert again.stats["encoded"] == 0 and again.stats["cached"] == 2
    assert np.array_equal(v, w)
    assert float(v[0] @ v[1]) < 0.9


def test_truncation_is_counted_and_warned(tmp_path):
    e = Embedder(cache_dir=False, show_progress=False)
    with pytest.warns(TruncationWarning, match="1 of 2 texts are longer"):
        e.encode(["short text", "word " * 400])
    assert e.stats["truncated"] == 1


def test_empty_input():
    assert Embedder(cache_dir=False, show_progress=False).encode([]).shape == (0, 384)
