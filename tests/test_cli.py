"""The `discourse validate` contract: exit codes, one line per refused record, --json."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, write_jsonl
from discourse.cli import main


def test_validate_ok_and_failing(tmp_path, capsys):
    good = write_jsonl(tmp_path / "g.jsonl", [{"id": "1", "text": "fine", "date": "2024-11-01"}])
    assert main(["validate", str(good), "--outlets", str(tmp_path / "none.csv")]) == 2
    assert "none.csv: outlets file not found" in capsys.readouterr().err
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert "1 records: 1 loaded, 0 rejected" in out
    assert "outlets without metadata (1): (no outlet given)" in out
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "1", "text": "fine"}\n{"id": "2", "text": ""}\n{"id": \n', encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{bad}:2: text: empty text"
    assert out[1].startswith(f"{bad}:3: (record): invalid JSON")
    assert out[2].startswith("3 records: 1 loaded, 2 rejected")


def test_validate_json_and_mapping_flags(tmp_path, capsys):
    p = write_jsonl(tmp_path / "k.jsonl", [{"headline": "H", "story_text": "T", "date": 1730419200000}])
    assert main(["validate", str(p), "--map", "text=story_text", "--map", "title=headline",
                 "--set", "outlet=KCNA", "--date-unit", "ms", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["counts"]["loaded"] == 1 and payload["rejected"] == []
    assert payload["outlets_missing_metadata"] == ["KCNA"] or payload["outlets_missing_metadata"] == []


def test_bad_flag_is_an_error_not_a_traceback(tmp_path, capsys):
    p = write_jsonl(tmp_path / "k.jsonl", [{"text": "T"}])
    assert main(["validate", str(p), "--map", "nonsense"]) == 2
    assert "expects COLUMN=VALUE" in capsys.readouterr().err


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "discourse.cli", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.startswith("discourse ")


def test_kcna_archive_validates_with_documented_preset(shared_data, capsys):
    rc = main(["validate", str(shared_data / "kcna_2024-11-11.json"), "--preset", "kcna"])
    out = capsys.readouterr().out.splitlines()
    summary = out[-1] if not out[-1].startswith("outlets") else out[-2]
    assert summary.startswith("2111 records: ")
    loaded, rejected = int(summary.split()[2]), int(summary.split()[4])
    assert loaded + rejected == 2111 and loaded >= 1800
    assert rc == (0 if rejected == 0 else 1)
    assert all(": story_text: empty text" in line for line in out if "kcna_2024-11-11.json:" in line)
