"""The c-TF-IDF vectorizer: word counts per topic, with ``min_df`` capped at the number of topics.

BERTopic fits its vectorizer on one concatenated document per topic (outliers included),
so ``min_df`` counts topics, not documents. When it gets a single document (HDBSCAN found
no topic, only outliers, or one topic and no outliers), a ``min_df`` of 2 asks for more
than exist and scikit-learn refuses ("max_df corresponds to < documents than min_df"): a
small corpus then stopped the whole report.
"""
from __future__ import annotations

from numbers import Integral

from sklearn.feature_extraction.text import CountVectorizer


class TopicVectorizer(CountVectorizer):
    """A :class:`~sklearn.feature_extraction.text.CountVectorizer` whose integer ``min_df``
    is capped at the number of documents it is fitted on (for BERTopic: the topics).

    The parameter keeps the value given; the value used in the last fit is
    ``min_df_used_``.
    """

    def fit_transform(self, raw_documents, y=None):
        wanted = self.min_df
        n = len(raw_documents)
        capped = isinstance(wanted, Integral) and not isinstance(wanted, bool) and wanted > max(n, 1)
        self.min_df = max(n, 1) if capped else wanted
        try:
            X = super().fit_transform(raw_documents, y)
        finally:
            self.min_df_used_, self.min_df = self.min_df, wanted
        return X

    def fit(self, raw_documents, y=None):
        self.fit_transform(raw_documents, y)
        return self
