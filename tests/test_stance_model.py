"""StanceScorer: roll-up rules, outputs with cues, bad input, CLI contracts."""
from __future__ import annotations

import json
import uuid
import warnings

import numpy as np
import pandas as pd
import pytest

from conftest import write_jsonl
from discourse.cli import main
from discourse.embed import TruncationWarning
from discourse.errors import StageError
from discourse.stance import LABELS, StanceScorer
from discourse.stance.model import _passage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scorer():
    return StanceScorer().fit()


def sents(rows):
    return pd.DataFrame(rows, columns=["stance", "relevant", "own_voice", "cues", "text"]).assign(lang="en")


def test_rollup_rules():
    s = StanceScorer()
    assert s._rollup(sents([("agree", False, True, [], "Grain prices rose.")]))[:2] == ("unrelated", "no_relevant_sentence")
    mixed = sents([("discuss", True, False, ["verb:say(neutral)"], "Kyiv says troops are in Kursk."),
                   ("disagree", False, True, ["denial:fake"], "That is fake."),
                   ("agree", True, True, [], "Troops are in Kursk.")])
    # own-voice doubt outweighs the rest, even in a sentence that does not name the soldiers:
    # 1 doubt word / sqrt(3 sentences) = 0.58 > 0.5
    assert s._rollup(mixed) == ("disagree", "own_voice_doubt", ["That is fake."])
    assert StanceScorer(doubt_threshold=0.6)._rollup(mixed)[:2] == ("agree", "asserted")  # 0.58 is not above 0.6
    no_cue = mixed.assign(cues=[[], [], []])
    assert s._rollup(no_cue)[:2] == ("agree", "asserted")  # a disagree guess without a doubt cue does not decide
    # a doubt word in someone else's mouth (not own voice) is not the text's doubt
    relayed = mixed.assign(own_voice=[False, False, True])
    assert s._rollup(relayed)[:2] == ("agree", "asserted")
    assert s._rollup(sents([("discuss", True, False, [], "x")]))[:2] == ("discuss", "attributed_only")


def test_the_passage_is_the_relevant_sentences_and_their_neighbours():
    doc = np.array(["a"] * 7 + ["b"] * 3 + ["c"] * 2)
    rel = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0], bool)
    # a: sentence 2 is relevant, window 1 keeps 1..3; b: its last sentence and the one
    # before; c has no relevant sentence and is read whole
    assert _passage(doc, rel, 1).tolist() == [False, True, True, True, False, False, False,
                                              False, True, True, True, True]
    assert _passage(doc, rel, 3).tolist()[:7] == [True] * 6 + [False]
    assert _passage(doc, rel, None).all() and _passage(doc[:0], rel[:0], 2).tolist() == []


def test_a_sentence_about_the_soldiers_of_a_country_named_before_is_relevant(scorer):
    text = ("North Korea has sent about 10,000 soldiers to Russia, the Pentagon says. "
            "Many of them have moved to the Kursk region. Grain prices rose.")
    docs = pd.DataFrame({"doc_id": ["q"], "text": [text], "lang": "en"})
    sent = scorer.score_sentences(docs)
    assert sent["relevant"].tolist() == [True, True, False]
    carried = "relevant: North Korea named just before"
    assert [carried in c for c in sent["cues"]] == [False, True, False]
    alone = StanceScorer(relevance_context=0).fit().score_sentences(docs)
    assert alone["relevant"].tolist() == [True, False, False]


def test_own_voice_doubt_is_counted_in_the_passage_only():
    s = StanceScorer()
    near = [("agree", True, True, [], "Troops are in Kursk."), ("disagree", False, True, ["denial:fake"], "A fake."),
            ("discuss", False, True, [], "Nothing more was said.")]
    far = [("unrelated", False, True, [], f"Grain item {i}.") for i in range(9)]
    rows = sents(near + far)
    # over the whole text: 1 doubt word / sqrt(12 sentences) = 0.29, not above 0.5
    assert s._rollup(rows)[:2] == ("agree", "asserted")
    # over the passage (the first three sentences): 1 / sqrt(3) = 0.58 > 0.5
    assert s._rollup(rows.assign(in_passage=[True] * 3 + [False] * 9))[:2] == ("disagree", "own_voice_doubt")
    # a doubt word outside the passage is not counted at all
    moved = sents(near[:1] + near[2:] + far[:5] + near[1:2] + far[5:])
    assert s._rollup(moved.assign(in_passage=[True] * 2 + [False] * 10))[:2] == ("agree", "asserted")


def test_text_far_from_the_claim_leaves_the_document_features_alone(scorer):
    claim = ("North Korean soldiers are fighting in Kursk. Kyiv calls it a provocation. "
             "Nothing else was reported. ")
    filler = " ".join(f"Grain exports from the port rose by {i} percent in month {i}." for i in range(12))
    near = ". ".join(filler.split(". ")[:4]) + "."  # the 4 filler sentences within 6 of the relevant one
    docs = pd.DataFrame({"doc_id": ["short", "long"], "text": [claim + near, claim + filler], "lang": "en"})
    dense, units, C, _ = scorer._doc_features(docs)
    assert units.groupby("doc_id")["in_passage"].sum().to_dict() == {"long": 7, "short": 7}
    n_agg = len(dense[0]) - 2 * scorer.dim_ - 1  # cue counts, source groups, ...; then the embeddings
    np.testing.assert_array_equal(dense[0, :n_agg], dense[1, :n_agg])
    np.testing.assert_array_equal(dense[0, -scorer.dim_:], dense[1, -scorer.dim_:])  # relevant sentences' mean
    assert (C[0] != C[1]).nnz == 0  # the same character n-grams
    whole = StanceScorer(passage=None)
    whole.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    C_whole = whole._doc_features(docs)[2]
    assert (C_whole[0] != C_whole[1]).nnz > 0  # read whole, the grain report is counted


def test_the_document_vector_reads_from_just_before_the_claim():
    units = pd.DataFrame({"doc_id": ["a"] * 4 + ["b"] * 2 + ["c"],
                          "start": [0, 5, 10, 15, 0, 4, 0],
                          "relevant": [False, False, True, False, False, True, False]})
    full = ["Aaa. Bbb. Ccc. Ddd.", "Xx. Yy.", "Zz."]
    # a: the claim is third, so from the second sentence; b: second, kept whole; c: none
    assert StanceScorer()._vector_texts(["a", "b", "c"], full, units) == ["Bbb. Ccc. Ddd.", "Xx. Yy.", "Zz."]
    assert StanceScorer(passage=None)._vector_texts(["a", "b", "c"], full, units) == full


def test_rule_weights_mix_a_rule_into_the_classifier(scorer):
    docs = pd.DataFrame({"id": ["a"], "lang": ["en"], "text": [
        "North Korean troops are in Kursk, officials said. Not one photo, not one prisoner has been shown. "
        "It is propaganda."]})
    base = StanceScorer(rule_weights={})
    base.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    plain = base.score_documents(docs).iloc[0]
    assert plain["rule"] == "own_voice_doubt"  # the rule is reported even when it has no weight
    full = StanceScorer(rule_weights={"own_voice_doubt": 1.0})
    full.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    voted = full.score_documents(docs).iloc[0]
    assert voted["stance"] == "disagree" and voted["p_disagree"] == 1.0
    half = StanceScorer(rule_weights={"own_voice_doubt": 0.5})
    half.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    mixed = half.score_documents(docs).iloc[0]
    assert mixed["p_disagree"] == pytest.approx(0.5 * plain["p_disagree"] + 0.5, abs=1e-3)


def test_scoring_chunk_by_chunk_gives_the_same_results_with_a_progress_bar(scorer, capsys):
    docs = pd.DataFrame({"id": list("abcde"), "lang": ["en", "en", "ru", "en", "de"], "text": [
        "North Korea has sent about 10,000 soldiers to Russia, the Pentagon said.",
        "There are no North Korean soldiers in Russia. The story is fake.",
        "Северокорейские военные якобы прибыли в Курскую область.",
        "Grain exports through the Black Sea corridor rose in October.",
        "Nordkoreanische Soldaten sollen in Kursk kämpfen, berichtet Kiew."]})
    whole = scorer.score_documents(docs)
    chunked = StanceScorer(chunk_size=2, progress=True)
    chunked.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    pd.testing.assert_frame_equal(chunked.score_documents(docs), whole)
    bar = capsys.readouterr().err
    assert "stance" in bar and "5/5" in bar
    scorer.score_documents(docs)
    assert capsys.readouterr().err == ""  # no bar unless asked for
    chunked.chunk_size = 0
    with pytest.raises(StageError, match="chunk_size"):
        chunked.score_documents(docs)


def test_char_counts_match_the_vectorizer(scorer):
    texts = ["North Korean troops reportedly reached Kursk.", "", "Северокорейские  военные\nякобы прибыли.",
             "북한군 파병설은 가짜뉴스다", "Zelensky: 'They are fighting.'"] * 3
    fast = scorer._chars(texts)
    assert (fast != scorer.char_vec_.transform(texts)).nnz == 0


def test_scores_have_the_contract_columns_and_cues(scorer):
    docs = pd.DataFrame({"id": ["a", "b", "c"], "lang": ["en", "en", "en"], "text": [
        "North Korea has sent about 10,000 soldiers to Russia, where they are fighting in Kursk, the Pentagon said.",
        "There are no North Korean soldiers in Russia. The story is fake, a Western psyop with no evidence at all.",
        "Grain exports through the Black Sea corridor rose in October, port officials said."]})
    out = scorer.score_documents(docs)
    assert list(out["id"]) == ["a", "b", "c"]
    assert set(out["stance"]) <= set(LABELS) and out["confidence"].between(0, 1).all()
    assert out.loc[0, "stance"] == "agree" and out.loc[1, "stance"] == "disagree" and out.loc[2, "stance"] == "unrelated"
    assert any(c.startswith("rule:own_voice_doubt") for c in out.loc[1, "cues"])
    assert out.loc[2, "rule"] == "no_relevant_sentence"
    sent = scorer.score_sentences(docs.rename(columns={"id": "doc_id"}))
    assert {"doc_id", "start", "end", "stance", "cues", "own_voice", "source_group"} <= set(sent.columns)


def test_two_rows_with_one_id_are_two_documents(scorer):
    texts = ["North Korea has sent about 10,000 soldiers to Russia, where they are fighting in Kursk, the Pentagon said.",
             "There are no North Korean soldiers in Russia. The story is fake, a Western psyop with no evidence at all."]
    apart = scorer.score_documents(pd.DataFrame({"id": ["a", "b"], "text": texts}))
    same = scorer.score_documents(pd.DataFrame({"id": ["a", "a"], "text": texts}))
    assert same["id"].tolist() == ["a", "a"]
    pd.testing.assert_frame_equal(same.drop(columns="id"), apart.drop(columns="id"))


def test_unsupported_language_gets_low_confidence_and_says_so(scorer):
    out = scorer.score_documents(pd.DataFrame({"id": ["x"], "lang": ["sw"], "text": ["Wanajeshi wa Korea Kaskazini."]}))
    assert any("no cue lexicon" in c for c in out.loc[0, "cues"]) and out.loc[0, "confidence"] <= 0.5


def test_user_examples_are_checked():
    with pytest.raises(Exception, match="outside the label set"):
        StanceScorer(use_builtin=False, examples=pd.DataFrame({"text": ["x"], "stance": ["support"]})).fit()


def test_cli_stance_one_line_per_input_line_and_errors(tmp_path, scorer, capsys, monkeypatch):
    # the command trains a scorer: take the trained state of the module's scorer instead
    monkeypatch.setattr(StanceScorer, "fit", lambda self: self.__dict__.update(
        {k: v for k, v in scorer.__dict__.items() if k.endswith("_")}) or self)
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "1", "text": "North Korean troops are fighting in Kursk."}) + "\n"
                   + json.dumps({"id": "2", "text": ""}) + "\n" + '{"id": 3, "text": ["no"]}\n' + "not json\n"
                   + json.dumps({"id": "1", "text": "A second record with the first one's id."}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["stance", str(inp), "--output", str(out)]) == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 5
    assert lines[0]["id"] == "1" and lines[0]["stance"] in LABELS and lines[0]["cues"]
    assert lines[1]["id"] == "2" and lines[1]["error"].startswith("text: empty")
    assert lines[2]["error"].startswith("text: expected text") and lines[3]["error"].startswith("(record): invalid JSON")
    assert lines[2]["id"] == 3  # the id of a refused record, as the input gives it
    assert lines[4]["id"] == "1" and lines[4]["error"].startswith("id: duplicate id '1'") and lines[4]["stance"] is None
    err = capsys.readouterr().err
    assert "training the scorer" in err and "1/1" in err  # what it is doing, and a progress bar
    assert main(["stance", str(inp), "--output", str(tmp_path / "quiet.jsonl"), "--no-progress"]) == 0
    assert capsys.readouterr().err == "" and (tmp_path / "quiet.jsonl").read_text() == out.read_text()
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "1", "text": ""}])
    assert main(["stance", str(bad), "--output", str(tmp_path / "o2.jsonl")]) == 2


def test_cli_stance_reads_a_preset_export(tmp_path, scorer, monkeypatch):
    # the command maps the record's id itself; the preset's own fields must survive that
    monkeypatch.setattr(StanceScorer, "fit", lambda self: self.__dict__.update(
        {k: v for k, v in scorer.__dict__.items() if k.endswith("_")}) or self)
    inp = tmp_path / "kcna.json"
    inp.write_text(json.dumps([
        {"headline": "Wreaths laid", "story_text": "Pyongyang, Nov 1 -- Wreaths were laid at a monument.",
         "date": 1730419200000, "link": "u1"},
        {"headline": "Empty", "story_text": "", "date": 1730419200000, "link": "u2"},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["stance", str(inp), "--preset", "kcna", "--output", str(out), "--no-progress"]) == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert lines[0]["stance"] in LABELS and lines[0]["cues"]
    assert lines[1]["error"] == "story_text: empty text"


def test_cli_evaluate_stance(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "1", "text": "North Korean soldiers were killed in Kursk, Ukraine's army said.", "stance": "agree"},
        {"id": "2", "text": "Reports of North Korean troops are a hoax and pure propaganda.", "stance": "disagree"}])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": "1", "stance": "agree"}, {"id": "2", "stance": "agree"}])
    assert main(["evaluate-stance", str(gold), "--predictions", str(pred), "--json", str(tmp_path / "r.json")]) == 0
    r = json.loads((tmp_path / "r.json").read_text())["all"]
    assert r["per_class"]["agree"]["precision"] == 0.5 and r["per_class"]["disagree"]["recall"] == 0.0
    assert "confusion" in capsys.readouterr().out
    # the records scored differently from gold, with what the predictions file gives
    assert main(["evaluate-stance", str(gold), "--predictions", str(pred), "--errors", str(tmp_path / "e.jsonl")]) == 0
    errors = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert errors == [{"id": "2", "gold": "disagree", "stance": "agree",
                       "text": "Reports of North Korean troops are a hoax and pure propaganda."}]
    assert "1 of 2 record(s) scored differently from gold" in capsys.readouterr().out
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "1", "text": "t", "stance": "pro"}])
    assert main(["evaluate-stance", str(bad)]) == 2


def test_cli_evaluate_stance_bootstrap(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": str(i), "text": "t", "stance": s, "lang": "en"}
                                                 for i, s in enumerate(["agree"] * 6 + ["disagree"] * 4)])
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"id": str(i), "stance": s}
                                                 for i, s in enumerate(["agree"] * 5 + ["disagree"] * 5)])
    args = ["evaluate-stance", str(gold), "--predictions", str(pred), "--bootstrap", "300", "--seed", "1"]
    assert main(args + ["--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    r = json.loads((tmp_path / "r.json").read_text())
    for part in ("all", "lang=en"):
        b = r[part]["bootstrap"]
        assert b["n_boot"] == 300 and b["random_state"] == 1
        assert b["macro_f1"][0] < r[part]["macro_f1"] <= b["macro_f1"][1] <= 1.0
    assert "300 resamples of the records, seed 1" in out
    assert main(args[:4] + ["--bootstrap", "-1"]) == 2
    assert "--bootstrap" in capsys.readouterr().err


def test_weak_sentence_labels_follow_the_stated_rule(scorer):
    docs = pd.DataFrame({"doc_id": ["a", "d", "u"], "title": "", "lang": "en",
                         "stance": ["agree", "disagree", "unrelated"], "text": [
        "North Korean soldiers are fighting in Kursk. Grain prices rose in Odesa.",
        "North Korean troops allegedly reached Kursk. No evidence was presented. Prices rose.",
        "Seoul hosted a film festival. It rained."]})
    weak = scorer._weak_sentences(docs)
    assert weak.to_dict("records") == [
        {"text": "North Korean soldiers are fighting in Kursk.", "lang": "en", "stance": "agree"},
        {"text": "No evidence was presented.", "lang": "en", "stance": "disagree"},
        {"text": "Seoul hosted a film festival.", "lang": "en", "stance": "unrelated"},
        {"text": "It rained.", "lang": "en", "stance": "unrelated"}]


def test_a_denial_quoted_over_several_sentences_is_not_the_texts_own(scorer):
    text = ("Zakharova spoke about North Korean troops on Wednesday. “This is another fake from Kyiv. "
            "There are no North Korean troops in Kursk. It is pure propaganda,” she told reporters.")
    sent = scorer.score_sentences(pd.DataFrame({"doc_id": ["q"], "text": [text], "lang": "en"}))
    inside = sent[sent["text"].str.startswith("There are no")].iloc[0]
    assert not inside["own_voice"] and "quoted doubt:there are no north korean" in inside["cues"]
    assert not any(c.startswith("denial:") for cs in sent["cues"] for c in cs)
    assert scorer.score_documents(pd.DataFrame({"doc_id": ["q"], "text": [text]}))["rule"][0] != "own_voice_doubt"


def test_a_denial_that_goes_on_without_a_new_tag_is_not_the_texts_own(scorer):
    text = ("Seoul said North Korean troops were in Kursk. The Russian embassy rejected the report. "
            "Such statements are a fabrication cooked up to smear Moscow.")
    sent = scorer.score_sentences(pd.DataFrame({"doc_id": ["q"], "text": [text], "lang": "en"}))
    last = sent.iloc[-1]
    assert not last["own_voice"] and "continues reported speech" in last["cues"]
    assert "quoted doubt:a fabrication" in last["cues"]
    # without the reported denial just before it, the same sentence is the text's own doubt
    own = text.replace("The Russian embassy rejected the report. ", "")
    last = scorer.score_sentences(pd.DataFrame({"doc_id": ["q"], "text": [own], "lang": "en"})).iloc[-1]
    assert last["own_voice"] and "denial:a fabrication" in last["cues"]
    assert "continues reported speech" not in last["cues"]


def _with_fitted(scorer, **params):
    s = StanceScorer(**params)
    s.__dict__.update({k: v for k, v in scorer.__dict__.items() if k.endswith("_")})
    return s


def test_a_text_about_the_claim_is_not_called_unrelated(scorer):
    # North Korea, soldiers and the war are named, but never in one sentence
    spread = ("Pyongyang has said nothing so far. Thousands of soldiers were moved east by train, a source "
              "said. The war in Ukraine goes on.")
    # no war named: this one may be unrelated
    parade = "Pyongyang has said nothing so far. Thousands of soldiers marched on the square."
    docs = pd.DataFrame({"id": ["spread", "parade"], "lang": ["en", "en"], "text": [spread, parade]})
    weights = {"no_relevant_sentence": 0.9}  # the rule nearly decides: unrelated
    off = _with_fitted(scorer, rule_weights=weights, guard_unrelated=False).score_documents(docs)
    assert list(off["rule"]) == ["no_relevant_sentence"] * 2
    assert list(off["stance"]) == ["unrelated", "unrelated"]
    on = _with_fitted(scorer, rule_weights=weights).score_documents(docs).set_index("id")
    assert on.loc["spread", "stance"] != "unrelated" and on.loc["spread", "p_unrelated"] == 0
    assert sum(on.loc["spread", f"p_{lab}"] for lab in LABELS) == pytest.approx(1, abs=1e-3)
    # the other classes keep their proportions
    ratio = off.set_index("id").loc["spread", "p_agree"] / off.set_index("id").loc["spread", "p_discuss"]
    assert on.loc["spread", "p_agree"] / on.loc["spread", "p_discuss"] == pytest.approx(ratio, rel=1e-2)
    assert any(c.startswith("about the claim") for c in on.loc["spread", "cues"])
    assert on.loc["parade", "stance"] == "unrelated"
    assert not any(c.startswith("about the claim") for c in on.loc["parade", "cues"])


def test_the_guard_gives_way_to_a_classifier_sure_of_unrelated(scorer):
    text = ("Pyongyang has said nothing so far. Thousands of soldiers were moved east by train, a source "
            "said. The war in Ukraine goes on.")
    docs = pd.DataFrame({"id": ["spread"], "lang": ["en"], "text": [text]})
    alone = _with_fitted(scorer, rule_weights={}, guard_unrelated=False).score_documents(docs).iloc[0]
    p = alone["p_unrelated"]  # the document classifier's own probability of "unrelated"
    held = _with_fitted(scorer, rule_weights={}, guard_unrelated_below=p + 1e-3).score_documents(docs).iloc[0]
    assert held["p_unrelated"] == 0 and any(c.startswith("about the claim") for c in held["cues"])
    kept = _with_fitted(scorer, rule_weights={}, guard_unrelated_below=p - 1e-3).score_documents(docs).iloc[0]
    assert [kept[f"p_{lab}"] for lab in LABELS] == [alone[f"p_{lab}"] for lab in LABELS]
    assert kept["stance"] == alone["stance"]
    assert not any(c.startswith("about the claim") for c in kept["cues"])
    assert any("the classifier is sure it is unrelated" in c for c in kept["cues"])


def test_sentence_rules_vote_only_in_the_languages_given(scorer):
    docs = pd.DataFrame({"id": ["en", "de"], "lang": ["en", "de"], "text": [
        "North Korea has sent about 10,000 soldiers to Russia, the Pentagon said.",
        "Nordkorea hat rund 10.000 Soldaten nach Russland geschickt, teilte das Pentagon mit."]})
    # guard_unrelated off: it rescales the probabilities after the vote
    alone = _with_fitted(scorer, rule_weights={}, guard_unrelated=False).score_documents(docs).set_index("id")
    shipped = _with_fitted(scorer, guard_unrelated=False).score_documents(docs).set_index("id")
    everywhere = _with_fitted(scorer, sentence_rule_langs=None, guard_unrelated=False).score_documents(docs)
    everywhere = everywhere.set_index("id")
    for lang in ("en", "de"):
        assert shipped.loc[lang, "rule"] == "asserted"
    # English: the rule votes 0.15 (default); German: it is reported, has no vote, and says so
    assert shipped.loc["en", "p_agree"] == pytest.approx(0.85 * alone.loc["en", "p_agree"] + 0.15, abs=1e-3)
    assert shipped.loc["de", "p_agree"] == pytest.approx(alone.loc["de", "p_agree"], abs=1e-4)
    assert "rule asserted has no vote in de: the sentence classifier reads no embeddings there" in shipped.loc["de", "cues"]
    assert not any("has no vote" in c for c in shipped.loc["en", "cues"])
    # sentence_rule_langs=None: the rule votes in every language
    assert everywhere.loc["de", "p_agree"] == pytest.approx(0.85 * alone.loc["de", "p_agree"] + 0.15, abs=1e-3)
    assert not any("has no vote" in c for c in everywhere.loc["de", "cues"])


def test_a_long_document_is_scored_without_a_truncation_warning(scorer):
    # the document vector reads the first 256 word pieces by design; a fresh text is encoded
    tag = uuid.uuid4().hex
    text = " ".join(f"Report {tag} number {i} says North Korean soldiers are in Kursk." for i in range(60))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = scorer.score_documents(pd.DataFrame({"id": ["long"], "text": [text], "lang": ["en"]}))
    assert out.loc[0, "stance"] in LABELS
    assert scorer.embedder_.count_truncated([text]) == 1  # the text is over the limit
    assert not [w for w in caught if issubclass(w.category, TruncationWarning)]


class _Recorder:
    """An embedder that records every text it is asked for."""

    def __init__(self):
        from discourse.embed import Embedder

        self.inner, self.seen = Embedder(show_progress=False), []

    def encode(self, texts):
        self.seen += list(texts)
        return self.inner.encode(texts)


def test_training_texts_are_the_texts_a_fit_embeds():
    examples = pd.DataFrame({
        "title": ["Kursk front", "", "", ""],
        "text": ["Seoul says North Korean troops are in Kursk. Moscow declined to comment.",
                 "Pyongyang called the reports a fabrication. We see no proof either.",
                 "Grain prices rose in Odesa this week.",
                 "Rain fell in Kyiv. Trams ran late. Then came news. North Korean soldiers reached Kursk."],
        "stance": ["discuss", "disagree", "unrelated", "agree"]})
    labelled = pd.DataFrame({"text": ["The troops are fighting near Kursk."], "stance": ["agree"], "lang": ["en"]})
    s = StanceScorer(use_builtin=False, examples=examples, sentence_examples=labelled, embedder=_Recorder())
    s.fit()
    expected = s.training_texts()
    assert set(s.embedder.seen) == set(expected)
    assert "Kursk front\n\nSeoul says North Korean troops are in Kursk. Moscow declined to comment." in expected
    assert "Moscow declined to comment." in expected and labelled.loc[0, "text"] in expected
    # the claim comes fourth: the document vector reads from the sentence before it
    assert "Then came news. North Korean soldiers reached Kursk." in expected


def test_the_shipped_packs_hold_every_default_training_text():
    # a fresh machine then fits the default scorer without embedding its training data
    # (minutes on 2 cores); after a change to the training data, run `make vectors`
    from discourse.embed import Embedder, text_key
    from discourse.resources import unpacked_texts

    texts = {text_key(t): t for t in StanceScorer().training_texts()}
    missing = unpacked_texts(texts.values())
    assert not missing, f"{len(missing)} of {len(texts)} training texts are in no shipped pack: run `make vectors`"
    # the packed vectors are this model's: a sample computed afresh agrees
    sample = sorted(texts)[:: max(1, len(texts) // 6)][:6]
    fresh = Embedder(cache_dir=False, packs=False, show_progress=False).encode([texts[k] for k in sample])
    packed = Embedder(cache_dir=False, show_progress=False).encode([texts[k] for k in sample])
    assert np.abs(fresh - packed).max() < 1e-4
