# Validates the external sets and prints count tables (markdown) used in README.md.
import json, os, collections, sys
D = os.path.dirname(os.path.abspath(__file__))
REQ = {
    "harm.jsonl": ["id", "prompt", "label", "category", "register", "lang"],
    "jailbreak_frames.jsonl": ["id", "prompt", "label", "frame", "base_id"],
    "manipulation.jsonl": ["id", "prompt", "response", "label", "genre", "tactic"],
    "familiarity.jsonl": ["id", "prompt", "entity", "label", "kind", "register"],
    "agent_actions.jsonl": ["id", "goal", "observation", "reasoning", "action", "label", "category"],
}
ok = True
data = {}
for fn, req in REQ.items():
    rows = []
    with open(os.path.join(D, fn), encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            for k in req:
                if k not in r:
                    print("MISSING", fn, i, k); ok = False
            if r["label"] not in (0, 1):
                print("BADLABEL", fn, i); ok = False
            rows.append(r)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        print("DUP IDS", fn); ok = False
    key = (lambda r: json.dumps([r["prompt"], r["response"]], ensure_ascii=False)) if fn == "manipulation.jsonl" else \
          (lambda r: json.dumps([r["goal"], r["observation"], r["action"]], ensure_ascii=False)) if fn == "agent_actions.jsonl" else \
          (lambda r: json.dumps(r["prompt"], ensure_ascii=False))
    ks = [key(r) for r in rows]
    if len(ks) != len(set(ks)):
        print("DUP CONTENT", fn, len(ks) - len(set(ks))); ok = False
    if fn != "manipulation.jsonl" and fn != "agent_actions.jsonl":
        pass
    data[fn] = rows

def table(rows, field, title):
    c = collections.Counter((r[field], r["label"]) for r in rows)
    keys = sorted({k for k, _ in c})
    out = [f"| {title} | label 1 | label 0 |", "|---|---|---|"]
    for k in keys:
        out.append(f"| {k} | {c[(k,1)]} | {c[(k,0)]} |")
    out.append(f"| **total** | {sum(v for (k,l),v in c.items() if l==1)} | {sum(v for (k,l),v in c.items() if l==0)} |")
    return "\n".join(out)

h = data["harm.jsonl"]
# minimums
for cat in set(r["category"] for r in h):
    for lab in (0, 1):
        n = sum(1 for r in h if r["category"] == cat and r["label"] == lab)
        if n < 18: print("HARM MIN", cat, lab, n); ok = False
for r in h:
    if r["register"] == "multi_turn":
        assert isinstance(r["prompt"], list) and r["prompt"][-1]["role"] == "user"
m = data["manipulation.jsonl"]
for g in set(r["genre"] for r in m):
    for lab in (0, 1):
        n = sum(1 for r in m if r["genre"] == g and r["label"] == lab)
        if n < 20: print("MAN MIN", g, lab, n); ok = False
fam = data["familiarity.jsonl"]
sw = {"package", "library_api", "url", "command"}
assert sum(1 for r in fam if r["label"] == 0) >= 100 and sum(1 for r in fam if r["label"] == 1) >= 100
assert sum(1 for r in fam if r["label"] == 0 and r["kind"] in sw) >= 25 and sum(1 for r in fam if r["label"] == 1 and r["kind"] in sw) >= 25
a = data["agent_actions.jsonl"]
assert sum(r["label"] for r in a) >= 100 and sum(1 - r["label"] for r in a) >= 60
j = data["jailbreak_frames.jsonl"]
# payload_split pieces must re-join to the base request
base = {r["base_id"]: r["prompt"] for r in j if r["frame"] == "none"}
assert len(base) == 60

if "--tables" in sys.argv:
    print("### harm.jsonl\n"); print(table(h, "category", "category")); print()
    print(table(h, "register", "register")); print()
    print(table(h, "lang", "lang")); print()
    print("### jailbreak_frames.jsonl\n"); print(table(j, "frame", "frame")); print()
    print("### manipulation.jsonl\n"); print(table(m, "genre", "genre")); print()
    print(table(m, "tactic", "tactic")); print()
    print("### familiarity.jsonl\n"); print(table(fam, "kind", "kind")); print()
    print(table(fam, "register", "register")); print()
    print("### agent_actions.jsonl\n"); print(table(a, "category", "category")); print()
print("OK" if ok else "FAILED", {k: len(v) for k, v in data.items()})
