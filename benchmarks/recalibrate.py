"""Re-run signals' extra calibration (``Signal.calibrate``) on an existing probe pack, without retraining a probe.

    python benchmarks/recalibrate.py --signals agent_harm [--pack DIR] [--data data/] [--model M --dtype D]

Loads the pack (the shipped one of the model by default), runs each named signal's ``calibrate`` on its training
examples and the training-data folder, as ``guardrail build-pack`` does after training, writes the pack back (the tensors unchanged, the
manifest's params and digest new) and stores the report under ``signals.<name>.calibration`` of the pack folder's
``metrics.json``, with the new digest. A shipped pack then needs its digest in ``guardrail/packs/__init__.py``
(``SHIPPED_DIGESTS``; printed). Used on 2026-12-08 to add agent_harm's ``goal_tail_offset`` to SmolLM2's shipped pack
(BENCHMARKS section 5b).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guardrail.artifacts import manifest_digest  # noqa: E402
from guardrail.build import calibrate  # noqa: E402
from guardrail.models import load_model  # noqa: E402
from guardrail.packs import find_pack  # noqa: E402
from guardrail.probes import ProbePack  # noqa: E402
from guardrail.signals import get_signal  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--signals", required=True, help="comma-separated signals whose calibrate() to run")
    ap.add_argument("--pack", type=Path, default=None, help="pack folder (holding probes/); default: the shipped one")
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--model", default=None)
    ap.add_argument("--dtype", default=None)
    args = ap.parse_args()
    lm = load_model(args.model, dtype=args.dtype)
    folder = args.pack or find_pack(lm)
    pack = ProbePack.from_pretrained(folder / "probes", lm)
    reports = {}
    for s in args.signals.split(","):
        if s not in pack:
            raise SystemExit(f"the pack has no {s!r} probe")
        t = time.time()
        sig = get_signal(s)
        reports[s] = calibrate(sig, lm, pack, sig.training_examples(args.data), args.data)
        print(s, json.dumps(reports[s]), f"{time.time() - t:.0f} s", flush=True)
    pack.save_pretrained(folder / "probes")
    digest = manifest_digest(json.loads((folder / "probes" / "manifest.json").read_text()))
    metrics_file = folder / "metrics.json"
    if metrics_file.is_file():
        m = json.loads(metrics_file.read_text())
        for s, rep in reports.items():
            m.setdefault("signals", {}).setdefault(s, {})["calibration"] = rep
        m.setdefault("digests", {})["probes"] = digest
        metrics_file.write_text(json.dumps(m, indent=1, default=str))  # as build-pack writes it
    print("probes digest", digest)


if __name__ == "__main__":
    main()
