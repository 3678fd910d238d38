"""Offline resources: NLTK data assembled from pip packages, the packaged model path."""
from __future__ import annotations

import pytest

from discourse import resources
from discourse.errors import ResourceMissingError


def test_prepared_nltk_data_works_without_download(tmp_path, monkeypatch):
    root = resources.prepare_nltk_data(tmp_path / "nltk")
    monkeypatch.setenv("DISCOURSE_NLTK_DATA", str(root))
    import nltk

    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    resources.use_nltk_data()
    assert nltk.sent_tokenize("Dr. Kim arrived on Nov. 5. Troops followed.") == [
        "Dr. Kim arrived on Nov. 5.", "Troops followed."]
    assert nltk.sent_tokenize("Die Soldaten sollen z.B. in Kursk sein. Das sagt Kiew.", language="german") == [
        "Die Soldaten sollen z.B. in Kursk sein.", "Das sagt Kiew."]
    from nltk.corpus import stopwords
    from nltk.sentiment import SentimentIntensityAnalyzer

    assert "the" in stopwords.words("english")
    assert SentimentIntensityAnalyzer().polarity_scores("a terrible loss")["compound"] < 0


def test_missing_nltk_data_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCOURSE_NLTK_DATA", str(tmp_path / "empty"))
    with pytest.raises(ResourceMissingError, match="make setup"):
        resources.use_nltk_data()


def test_model_path_offline(tmp_path):
    path = resources.model_path()
    assert (__import__("pathlib").Path(path) / "config.json").exists()
    with pytest.raises(ResourceMissingError, match="never downloaded"):
        resources.model_path(tmp_path)
    with pytest.raises(ResourceMissingError):
        resources.model_path("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2")


def test_pack_vectors_adds_a_pack_with_only_the_missing_texts(tmp_path):
    import numpy as np
    import pandas as pd

    from discourse.embed import Embedder, VectorPack, text_key
    from discourse.stance import StanceScorer

    examples = pd.DataFrame({"text": ["Seoul says North Korean troops are in Kursk. Moscow declined to comment.",
                                      "Grain prices rose in Odesa."], "stance": ["discuss", "unrelated"]})
    first = StanceScorer(use_builtin=False, examples=examples)
    path = resources.pack_vectors(tmp_path, scorer=first)
    assert path.name == "stance-1.npz"
    texts = set(first.training_texts())
    model = Embedder().model_id
    assert set(VectorPack(path).get(model, [text_key(t) for t in texts])) == {text_key(t) for t in texts}
    assert resources.pack_vectors(tmp_path, scorer=first) is None  # nothing missing
    added = pd.DataFrame({"text": ["Pyongyang called the reports a fabrication. No proof was shown."],
                          "stance": ["disagree"]})
    more = pd.concat([examples, added], ignore_index=True)
    second = resources.pack_vectors(tmp_path, scorer=StanceScorer(use_builtin=False, examples=more))
    assert second.name == "stance-2.npz"
    assert len(VectorPack(second)) == 3  # the new text and its two sentences, nothing packed before
    fresh = Embedder(cache_dir=False, packs=False, show_progress=False).encode(["Grain prices rose in Odesa."])
    packed = VectorPack(path).get(model, [text_key("Grain prices rose in Odesa.")])
    assert np.abs(packed[text_key("Grain prices rose in Odesa.")] - fresh[0]).max() < 1e-4
