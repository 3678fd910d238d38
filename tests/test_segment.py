"""Segmentation: exact offsets, boilerplate left out, languages."""
from __future__ import annotations

import pandas as pd
import pytest

from discourse import segment
from discourse.errors import StageError

DOC = ("Seoul -- Troops arrived in Kursk. Dr. Kim said so on Nov. 5.\n\nA second paragraph\nthat wraps.\n"
       "Read more: world news\n\nSubscribe to continue reading")


def corpus(text=DOC, lang="en"):
    return pd.DataFrame({"doc_id": ["a"], "text": [text], "lang": [lang]})


def check_offsets(c, units):
    text = dict(zip(c["doc_id"], c["text"]))
    for u in units.itertuples():
        assert text[u.doc_id][u.start:u.end] == u.text


def test_paragraphs_keep_offsets_and_drop_boilerplate():
    c = corpus()
    u = segment.split(c, "paragraph")
    assert u["text"].tolist() == ["Seoul -- Troops arrived in Kursk. Dr. Kim said so on Nov. 5.",
                                  "A second paragraph\nthat wraps."]
    assert u["unit_id"].tolist() == ["a:p0", "a:p1"]
    check_offsets(c, u)
    kept = segment.split(c, "paragraph", drop_boilerplate=False)
    assert kept["text"].str.contains("Subscribe").any()


def test_sentences_with_abbreviations_and_line_breaks():
    c = corpus()
    u = segment.split(c, "sentence")
    assert u["text"].tolist() == ["Seoul -- Troops arrived in Kursk.", "Dr. Kim said so on Nov. 5.",
                                  "A second paragraph", "that wraps."]
    check_offsets(c, u)


def test_german_and_korean_sentences():
    de = corpus("Die Soldaten sollen z.B. in Kursk sein. Das sagt Kiew.", "de")
    assert segment.split(de, "sentence")["text"].tolist() == ["Die Soldaten sollen z.B. in Kursk sein.", "Das sagt Kiew."]
    ko = corpus("국정원은 북한군이 파병됐다고 밝혔다. 러시아는 부인했다.", "ko")
    u = segment.split(ko, "sentence")
    assert len(u) == 2
    check_offsets(ko, u)


def test_missing_column_is_a_clear_error():
    with pytest.raises(StageError, match="lacks column"):
        segment.split(pd.DataFrame({"doc_id": ["a"]}))
