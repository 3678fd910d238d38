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
