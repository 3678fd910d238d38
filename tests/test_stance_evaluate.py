"""Evaluation maths and bootstrap intervals against hand-computed values; gold files with bad labels are refused."""
from __future__ import annotations

import numpy as np
import pytest

from discourse.stance import GoldLabelError, bootstrap, evaluate, format_report, read_gold


def test_per_class_macro_and_confusion_hand_computed():
    gold = ["agree", "agree", "agree", "disagree", "discuss", "discuss"]
    pred = ["agree", "agree", "discuss", "disagree", "discuss", "agree"]
    r = evaluate(gold, pred)
    # agree: tp 2, fp 1, fn 1 -> P 2/3, R 2/3, F1 2/3; disagree: 1/1/1; discuss: tp 1, fp 1, fn 1 -> 1/2
    assert r["per_class"]["agree"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "support": 3}
    assert r["per_class"]["disagree"]["f1"] == 1.0 and r["per_class"]["discuss"]["f1"] == 0.5
    assert r["per_class"]["unrelated"]["support"] == 0
    assert r["macro_f1_classes"] == ["agree", "disagree", "discuss"]
    assert r["macro_f1"] == pytest.approx((2 / 3 + 1 + 0.5) / 3, abs=1e-4)
    assert r["accuracy"] == pytest.approx(4 / 6, abs=1e-4)
    assert r["confusion"] == [[2, 0, 1, 0], [0, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]]
    text = format_report(r)
    assert "macro-F1 0.722" in text and "confusion" in text


def test_macro_over_gold_or_predicted_classes_counts_a_class_only_predicted():
    from sklearn.metrics import f1_score

    gold = ["agree", "agree", "disagree", "discuss"]
    pred = ["agree", "unrelated", "disagree", "discuss"]
    r = evaluate(gold, pred)
    # over gold: agree 2/3, disagree 1, discuss 1; unrelated is only predicted and adds an F1 of 0
    assert r["macro_f1"] == pytest.approx((2 / 3 + 1 + 1) / 3, abs=1e-4)
    assert r["macro_f1_gold_or_predicted"] == pytest.approx((2 / 3 + 1 + 1) / 4, abs=1e-4)
    assert r["macro_f1_gold_or_predicted"] == pytest.approx(f1_score(gold, pred, average="macro"), abs=1e-4)
    assert "macro-F1 0.667 over the classes in gold or predicted" in format_report(r)
    assert "gold or predicted" not in format_report(evaluate(gold, gold))


def test_prediction_never_right_scores_zero():
    r = evaluate(["agree", "disagree"], ["disagree", "agree"])
    assert r["macro_f1"] == 0.0 and r["per_class"]["agree"]["precision"] == 0.0


def test_gold_file_with_labels_outside_the_set_is_refused(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "1", "text": "t", "stance": "agree"}\n{"id": "2", "text": "t", "stance": "support"}\n'
                 '{"id": "3", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(GoldLabelError) as exc:
        read_gold(p)
    msg = str(exc.value)
    assert f"{p}:2: stance: 'support' is not in the label set" in msg and f"{p}:3: missing stance" in msg


def test_bootstrap_of_perfect_predictions_is_one_and_absent_classes_have_no_interval():
    gold = ["agree", "agree", "disagree", "discuss"]
    b = bootstrap(gold, gold, n_boot=200)
    assert b["macro_f1"] == [1.0, 1.0]
    assert b["per_class"]["agree"] == [1.0, 1.0] and b["per_class"]["unrelated"] is None
    assert (b["n_boot"], b["level"], b["random_state"]) == (200, 0.95, 0)


def test_bootstrap_intervals_hand_computed():
    # two agree texts, one called disagree. A resample holds record 1 twice (p 1/4: agree
    # F1 1), record 2 twice (p 1/4: F1 0) or both (p 1/2: P 1, R 1/2, F1 2/3). disagree is
    # not in gold, so it has no interval and macro-F1 is agree's F1.
    gold, pred = ["agree", "agree"], ["agree", "disagree"]
    wide = bootstrap(gold, pred, n_boot=2000, level=0.9)
    assert wide["per_class"]["agree"] == [0.0, 1.0] and wide["per_class"]["disagree"] is None
    assert wide["macro_f1"] == wide["per_class"]["agree"]
    # the 30th and 70th percentiles both fall in the middle half: F1 2/3
    narrow = bootstrap(gold, pred, n_boot=2000, level=0.4)
    assert narrow["per_class"]["agree"] == [0.6667, 0.6667]


def test_bootstrap_scores_each_resample_as_evaluate_does():
    gold = ["agree"] * 6 + ["disagree"] * 3 + ["discuss"] * 4 + ["unrelated"]
    pred = ["agree"] * 4 + ["discuss", "disagree"] + ["disagree", "agree", "disagree"] + \
        ["discuss", "discuss", "agree", "disagree"] + ["agree"]
    b = bootstrap(gold, pred, n_boot=300, level=0.8, random_state=7)
    draws = np.random.default_rng(7).integers(0, len(gold), size=(300, len(gold)))
    results = [evaluate([gold[i] for i in d], [pred[i] for i in d]) for d in draws]
    macro = np.percentile([r["macro_f1"] for r in results], [10, 90])
    agree = np.percentile([r["per_class"]["agree"]["f1"] for r in results], [10, 90])
    assert b["macro_f1"] == pytest.approx(list(macro), abs=1e-3)
    assert b["per_class"]["agree"] == pytest.approx(list(agree), abs=1e-3)
    unrelated = [r["per_class"]["unrelated"]["f1"] for r in results if r["per_class"]["unrelated"]["support"]]
    assert b["per_class"]["unrelated"] == pytest.approx(list(np.percentile(unrelated, [10, 90])), abs=1e-3)


def test_bootstrap_is_deterministic_under_its_seed_and_refuses_bad_input():
    gold = ["agree", "disagree", "discuss", "agree", "discuss", "disagree"]
    pred = ["agree", "discuss", "discuss", "disagree", "agree", "disagree"]
    assert bootstrap(gold, pred, n_boot=100, random_state=3) == bootstrap(gold, pred, n_boot=100, random_state=3)
    assert bootstrap(gold, pred, n_boot=100, random_state=3) != bootstrap(gold, pred, n_boot=100, random_state=4)
    with pytest.raises(ValueError, match="differ in length"):
        bootstrap(gold, pred[:-1])
    with pytest.raises(ValueError, match="'pro'"):
        bootstrap(gold, pred[:-1] + ["pro"])
    with pytest.raises(ValueError, match="n_boot"):
        bootstrap(gold, pred, n_boot=0)
    with pytest.raises(ValueError, match="at least one record"):
        bootstrap([], [])


def test_report_prints_the_intervals_it_is_given():
    gold, pred = ["agree", "agree", "disagree"], ["agree", "disagree", "disagree"]
    r = evaluate(gold, pred)
    assert "interval" not in format_report(r)
    r["bootstrap"] = bootstrap(gold, pred, n_boot=50)
    text = format_report(r)
    lo, hi = r["bootstrap"]["macro_f1"]
    assert f"macro-F1 {r['macro_f1']:.3f}  [{lo:.3f}, {hi:.3f}]" in text and "50 resamples" in text


def test_scores_against_hand_labels_list_the_gold_ids_without_a_score():
    import pandas as pd

    from discourse.stance import against_gold, agreement_table

    scores = pd.DataFrame({"id": ["a", "b", "c", "d"], "stance": ["agree", "discuss", "disagree", "agree"]})
    gold = pd.DataFrame({"id": ["a", "b", "c", "x9"], "text": "t", "stance": ["agree", "agree", "disagree", "discuss"]})
    r = against_gold(scores, gold, n_boot=200)
    # a and c right, b (agree) scored discuss; x9 has no score
    assert r["n"] == 3 and r["not_scored"] == ["x9"]
    assert r["confusion"][0] == [1, 0, 1, 0] and r["per_class"]["disagree"]["f1"] == 1.0
    assert r["per_class"]["agree"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert "1 gold id(s) have no score and are left out: x9" in format_report(r)
    table = agreement_table(r)
    assert table["class"].tolist() == ["agree", "disagree", "discuss", "unrelated", "macro"]
    macro = table.iloc[-1]
    assert macro["f1"] == r["macro_f1"] and [macro["f1_low"], macro["f1_high"]] == r["bootstrap"]["macro_f1"]
    assert pd.isna(table.set_index("class").loc["unrelated", "f1_low"])  # absent from gold: no interval
    with pytest.raises(GoldLabelError, match="none of the 1 gold ids"):
        against_gold(scores, gold.iloc[3:])


def test_disagreements_list_each_document_scored_against_its_label_with_the_reasons():
    import pandas as pd

    from discourse.stance import disagreements

    scores = pd.DataFrame({"id": ["a", "b", "c", "d", "e"], "stance": ["agree", "discuss", "disagree", "agree", "agree"],
                           "confidence": [0.9, 0.6, 0.7, 0.8, 0.5], "rule": ["asserted", "attributed_only",
                                                                             "own_voice_doubt", "asserted", "asserted"],
                           "cues": [["rule:asserted->agree"], ["rule:attributed_only->discuss", "hedge:reportedly"],
                                    ["rule:own_voice_doubt->disagree"], [], ["rule:asserted->agree"]]})
    gold = pd.DataFrame({"id": ["e", "b", "c", "x9", "a"], "lang": ["de", "en", "en", "en", "en"],
                         "text": ["te", "tb", "tc", "tx", "ta"],
                         "stance": ["discuss", "agree", "disagree", "agree", "agree"]})
    wrong = disagreements(scores, gold)
    # e and b are wrong, in gold order; c and a are right; x9 has no score; d has no label
    assert wrong.to_dict(orient="records") == [
        {"id": "e", "lang": "de", "gold": "discuss", "stance": "agree", "confidence": 0.5, "rule": "asserted",
         "cues": "rule:asserted->agree", "text": "te"},
        {"id": "b", "lang": "en", "gold": "agree", "stance": "discuss", "confidence": 0.6, "rule": "attributed_only",
         "cues": "rule:attributed_only->discuss; hedge:reportedly", "text": "tb"}]
    # bare predictions (ids as numbers, no reasons) against bare labels
    wrong = disagreements(pd.DataFrame({"id": [1, 2], "stance": ["agree", "agree"]}),
                          pd.DataFrame({"id": ["1", "2"], "stance": ["agree", "unrelated"]}))
    assert wrong.to_dict(orient="records") == [{"id": "2", "gold": "unrelated", "stance": "agree"}]


def test_confusion_plot_shows_counts_and_row_shares():
    from discourse.plots import confusion

    r = evaluate(["agree", "agree", "agree", "disagree"], ["agree", "agree", "discuss", "disagree"])
    fig = confusion.plot(r)
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert texts == {"2\n67%", "1\n33%", "1\n100%"}
    assert "agree (n=3)" in [t.get_text() for t in fig.axes[0].get_yticklabels()]
