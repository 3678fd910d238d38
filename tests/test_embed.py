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


def test_a_pack_supplies_vectors_the_cache_lacks(tmp_path):
    from discourse.embed import VectorPack, text_key

    texts = ["Pyongyang denied sending soldiers.", "Seoul said troops were in Kursk."]
    computed = Embedder(cache_dir=False, packs=False, show_progress=False)
    v = computed.encode(texts)
    pack = VectorPack.write(tmp_path / "p.npz", computed.model_id, {text_key(t): x for t, x in zip(texts, v)})
    assert len(pack) == 2
    e = Embedder(cache_dir=tmp_path / "cache", packs=[pack.path], show_progress=False)
    w = e.encode(texts + ["A new text about grain."] + texts[:1])
    assert e.stats == {"texts": 4, "unique": 3, "cached": 0, "packed": 2, "encoded": 1, "truncated": 0}
    assert np.array_equal(w[:2], v) and np.array_equal(w[3], v[0])
    # packed vectors are read, not copied: the cache holds only the computed one
    again = Embedder(cache_dir=tmp_path / "cache", packs=False, show_progress=False)
    again.encode(texts + ["A new text about grain."])
    assert again.stats["cached"] == 1 and again.stats["encoded"] == 2


def test_a_pack_of_another_model_gives_nothing(tmp_path):
    from discourse.embed import VectorPack, text_key

    pack = VectorPack.write(tmp_path / "p.npz", "some-other-model", {text_key("troops"): np.ones(384, np.float32)})
    e = Embedder(cache_dir=False, packs=[pack.path], show_progress=False)
    v = e.encode(["troops"])
    assert e.stats["packed"] == 0 and e.stats["encoded"] == 1
    assert not np.allclose(v[0], 1)
    with pytest.raises(ValueError, match="at least one vector"):
        VectorPack.write(tmp_path / "empty.npz", "m", {})


def test_an_embedder_pickles_without_its_packs(tmp_path):
    import pickle

    from discourse.embed import VectorPack, text_key

    pack = VectorPack.write(tmp_path / "p.npz", "m", {text_key("x"): np.ones(384, np.float32)})
    e = Embedder(cache_dir=False, packs=[pack.path], show_progress=False)
    assert len(e._vector_packs()) == 1
    clone = pickle.loads(pickle.dumps(e))
    assert clone._packs is None and clone.packs == [pack.path]


def test_an_unreadable_pack_is_skipped_with_a_warning(tmp_path):
    bad = tmp_path / "stance-1.npz"
    bad.write_text("version https://git-lfs.github.com/spec/v1\n")  # e.g. a pointer, not the file
    e = Embedder(cache_dir=False, packs=[bad], show_progress=False)
    with pytest.warns(UserWarning, match=r"vector pack .*stance-1.npz is unreadable"):
        v = e.encode(["troops"])
    assert e.stats["packed"] == 0 and e.stats["encoded"] == 1 and v.shape == (1, 384)
