"""TopicVectorizer: min_df capped at the number of topic documents BERTopic fits it on."""
from __future__ import annotations

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from discourse.topics.vectorizer import TopicVectorizer

DOCS = ["troops in kursk troops", "kursk drones kursk", "grain exports in odesa"]


def test_one_topic_document_gets_its_words():
    with pytest.raises(ValueError, match="min_df"):  # what BERTopic met with a single topic
        CountVectorizer(min_df=2).fit_transform(DOCS[:1])
    v = TopicVectorizer(min_df=2)
    X = v.fit_transform(DOCS[:1])
    assert list(v.get_feature_names_out()) == ["in", "kursk", "troops"] and X.sum() == 4
    assert v.min_df == 2 and v.min_df_used_ == 1  # the parameter keeps the value given


def test_enough_documents_behave_as_count_vectorizer():
    v = TopicVectorizer(min_df=2).fit(DOCS)
    assert list(v.get_feature_names_out()) == list(CountVectorizer(min_df=2).fit(DOCS).get_feature_names_out())
    assert v.min_df_used_ == 2
    assert list(TopicVectorizer(min_df=0.5).fit(DOCS).get_feature_names_out()) == ["in", "kursk"]
