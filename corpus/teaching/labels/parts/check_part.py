"""Check one writer's articles and label files against the brief (helper for writers)."""
import csv, json, re, sys, pathlib
try:
    import yaml
except ImportError:
    yaml = None
root = pathlib.Path(__file__).resolve().parents[2]
name = sys.argv[1]
parts = root / "labels" / "parts"
docs = {}
for p in sorted((root / "articles").glob("*.md")):
    raw = p.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m:
        print(f"{p.name}: no front matter"); continue
    meta = yaml.safe_load(m.group(1)) if yaml else {}
    body = m.group(2).strip()
    if yaml and meta.get("doc_id") != p.stem:
        print(f"{p.name}: doc_id {meta.get('doc_id')!r} != file name")
    for k in ("outlet", "title", "lang", "corpus_note"):
        if yaml and not meta.get(k):
            print(f"{p.name}: missing {k}")
    docs[p.stem] = body
probs = 0
mine = set()
with open(parts / f"{name}-documents.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        mine.add(row["doc_id"])
        if row["doc_id"] not in docs: print("documents: unknown doc", row["doc_id"]); probs += 1
        if row["stance"] not in {"agree", "disagree", "discuss", "unrelated"}: print("documents: bad label", row); probs += 1
for doc in sorted(mine):
    n = len(docs.get(doc, "").split())
    if not (100 <= n <= 500): print(f"note: {doc} has {n} words (ok only for headline-only items)")
for kind in ("sentences", "quotes"):
    n = 0
    for i, line in enumerate(open(parts / f"{name}-{kind}.jsonl", encoding="utf-8"), 1):
        r = json.loads(line); n += 1
        span = r["sentence"] if kind == "sentences" else r["quote"]
        if r["doc_id"] not in docs: print(f"{kind}:{i}: unknown doc {r['doc_id']}"); probs += 1; continue
        if span not in docs[r["doc_id"]]: print(f"{kind}:{i}: span not found verbatim in {r['doc_id']}: {span[:60]!r}"); probs += 1
        if kind == "sentences" and r["stance"] not in {"agree", "disagree", "discuss", "unrelated"}: print(f"{kind}:{i}: bad label"); probs += 1
        if kind == "quotes" and r["speaker_group"] not in {"Ukraine", "US", "South Korea", "NATO/EU", "Russia", "North Korea", "China", "expert", "anonymous"}: print(f"{kind}:{i}: bad group {r['speaker_group']}"); probs += 1
    print(f"{kind}: {n} rows")
print(f"documents: {len(mine)}; problems: {probs}")
