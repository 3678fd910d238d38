"""Shared fixtures. Tests that need ../shared/data skip cleanly when it is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
NOW = pd.Timestamp("2026-01-01", tz="UTC")


@pytest.fixture
def shared_data() -> Path:
    if not (SHARED_DATA / "kcna_2024-11-11.json").exists():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA


@pytest.fixture(scope="session")
def teaching_docs():
    """The bundled teaching corpus, loaded once per test session (read-only: copy to modify)."""
    from discourse import corpus

    return corpus.load(ROOT / "corpus" / "teaching" / "articles").corpus


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
