"""Evaluation maths against hand-computed values; gold files with bad labels are refused."""
from __future__ import annotations

import pytest

from discourse.stance import GoldLabelError, evaluate, format_report, read_gold


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
