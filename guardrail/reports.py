"""Evaluation reports: metrics.json, ROC curve, per-layer sweep and example trajectory plots (PNG)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np

from .models import LoadedModel
from .probes import Example, ProbePack, metrics, train_probe
from .scoring import score_examples


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def write_eval_report(lm: LoadedModel, pack: ProbePack, signal: str, examples: Sequence[Example], out: Path,
                      *, sweep: bool = True) -> dict:
    from sklearn.metrics import roc_curve

    out.mkdir(parents=True, exist_ok=True)
    labelled = [e for e in examples if e.label in (0, 1)]
    results = score_examples(lm, pack, signal, labelled)
    y = np.array([e.label for e in labelled])
    s = np.array([r.score for r in results])
    m = {"signal": signal, "layer": pack[signal].layer, "threshold": pack[signal].threshold,
         **metrics(y, s, pack[signal].threshold)}
    plt = _plt()
    if len(set(y.tolist())) == 2:
        fpr, tpr, _ = roc_curve(y, s)
        fig, ax = plt.subplots(figsize=(4, 4))
        ax.plot(fpr, tpr, label=f"probe L{pack[signal].layer} (AUROC {m['auroc']:.3f})")
        ax.plot([0, 1], [0, 1], "k:", lw=0.8)
        ax.set_xlabel("false-positive rate"), ax.set_ylabel("true-positive rate"), ax.legend(loc="lower right")
        ax.set_title(f"{signal}: ROC")
        fig.tight_layout(), fig.savefig(out / "roc.png", dpi=110), plt.close(fig)
    if sweep and len(labelled) >= 40:
        from dataclasses import replace

        fresh = [replace(e, split="train") for e in labelled]  # a grouped CV over this data, no test split
        _, rep = train_probe(signal, lm, fresh, positions=(pack[signal].token_policy,), methods=("logreg",))
        layers = [r["layer"] for r in rep["sweep"]]
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.plot(layers, [r["cv_auroc"] for r in rep["sweep"]], marker="o", ms=3)
        ax.set_xlabel("layer"), ax.set_ylabel("grouped-CV AUROC"), ax.set_title(f"{signal}: per-layer sweep")
        fig.tight_layout(), fig.savefig(out / "layer_sweep.png", dpi=110), plt.close(fig)
        m["layer_sweep"] = {str(r["layer"]): round(r["cv_auroc"], 4) for r in rep["sweep"]}
    if signal == "refusal":
        _trajectories(lm, pack, labelled, out, plt)
    (out / "metrics.json").write_text(json.dumps(m, indent=2))
    return m


def _trajectories(lm, pack, examples, out, plt, n: int = 3, steering=None) -> None:
    """``trajectories.png``: the refusal probability per token (prompt | answer) of ``n`` positive and ``n``
    negative examples, generated with the guard (``steering``: a SteeringSet, ``None`` to find the pack's)."""
    from .guard import Guard

    guard = Guard(lm, pack=pack, steering=steering, audit=None)
    picks = [e for e in examples if e.label == 1][:n] + [e for e in examples if e.label == 0][:n]
    fig, axes = plt.subplots(len(picks), 1, figsize=(7, 1.6 * len(picks)), sharex=False)
    for ax, ex in zip(np.atleast_1d(axes), picks):
        d = guard.generate(ex.prompt, max_new_tokens=24)
        ax.plot(d.trajectory, lw=1)
        ax.axvline(d.answer_start - 0.5, color="k", ls=":", lw=0.8)
        ax.axhline(pack["refusal"].threshold, color="r", ls="--", lw=0.6)
        ax.set_ylim(0, 1), ax.set_ylabel("p(harm)")
        text = ex.prompt if isinstance(ex.prompt, str) else ex.prompt[-1]["content"]
        ax.set_title(f"[{'harmful' if ex.label else 'benign'} -> {d.action}] {text[:70]}", fontsize=8)
    fig.tight_layout(), fig.savefig(out / "trajectories.png", dpi=110), plt.close(fig)
