"""Time `discourse report` on the bundled teaching corpus, cold and warm (prints, asserts nothing).

Cold: the first run in a fresh output folder (kernel start-up, imports, Chromium start
with an empty profile). Warm: the same command again right after, into the same folder
(previous results are replaced). For each run it prints the wall time and, per notebook,
the seconds spent executing (papermill), converting to HTML, printing the PDF and checking
its characters, as recorded in manifest.json.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(out: Path) -> tuple[float, dict]:
    cmd = [sys.executable, "-c", "import sys; from discourse.cli import main; sys.exit(main())",
           "report", "--out", str(out), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stderr[-3000:])
        raise SystemExit(f"discourse report failed (exit {proc.returncode})")
    return wall, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def show(label: str, wall: float, manifest: dict) -> None:
    c = manifest["corpus"]["counts"]
    print(f"{label}: {wall:.1f} s wall for {len(manifest['notebooks'])} notebook(s), "
          f"{c['loaded']} documents, PDF route {manifest['pdf_route']}")
    print(f"  {'notebook':<24}{'execute':>9}{'html':>8}{'pdf':>8}{'check':>8}{'total':>8}")
    for nb in manifest["notebooks"]:
        s = nb["seconds"]
        print(f"  {nb['name']:<24}{s['execute']:>9.2f}{s['html']:>8.2f}{s['pdf']:>8.2f}"
              f"{s['character_check']:>8.2f}{s['total']:>8.2f}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        out = Path(tmp) / "reports"
        show("cold", *run(out))
        show("warm", *run(out))


if __name__ == "__main__":
    main()
