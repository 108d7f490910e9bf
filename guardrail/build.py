"""``guardrail build-pack``: the whole pack pipeline for any supported model.

For every registered signal built by default (or the ones asked for): its training examples from the data folder, a
grouped-CV sweep over layer x read-out x token position (layers from the signal's ``layer_range``, as fractions of the
model's depth), the threshold at the target false-positive rate on out-of-fold benign scores, the signal's own
calibration (the refusal cliff's drop threshold, the manipulation stream threshold), then, for a signal with a
steering contrast, the steering vector: a layer x coefficient sweep with steering forced on for val-split
positive requests and a degenerate-reply judge, the pick trained into the shipped vector. Writes
``OUT/probes``, ``OUT/steering``, ``OUT/metrics.json`` and ``OUT/report.md`` (+ ROC, layer-sweep and refusal
trajectory plots).

Activations are cached under ``$GUARDRAIL_CACHE_DIR/features`` (keyed by model, data and layers), so an
interrupted build resumes without running the model again; the same model, data and seed give the same pack.
"""

from __future__ import annotations

import inspect
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import torch

from .data import data_dir, load_examples
from .errors import InputError
from .models import LoadedModel, default_cache_dir, load_model
from .probes import Example, LinearProbe, ProbePack, metrics, train_probe
from .signals import Signal, get_signal, signal_names

Progress = Callable[[str, int, int | None], None]  # (task description, advance, total or None to start a task)


def layer_range(lm: LoadedModel, frac: tuple[float, float]) -> list[int]:
    """Decoder layers for a sweep over ``frac`` of the model's depth (never the embedding-adjacent layer 0)."""
    n = lm.num_layers
    lo = max(1, int(np.floor(frac[0] * n)))
    hi = min(n - 1, int(round(frac[1] * n)))
    if hi < lo:
        lo = hi = max(1, min(n - 1, hi))
    return list(range(lo, hi + 1)) if n > 1 else [0]


def degenerate(text: str) -> bool:
    """A reply that says nothing: no words, or fewer than 40% distinct words (a loop like "I'm here to help
    with your programming. I'm here to help with your programming.")."""
    words = [w.strip(".,!?;:'\"()").lower() for w in text.split()]
    words = [w for w in words if w]
    return len(words) < 3 or len(set(words)) / len(words) < 0.4


@dataclass
class BuildConfig:
    signals: Sequence[str] | None = None  # default: every registered signal with training data (built_by_default)
    data: Path | None = None
    seed: int = 0
    target_fpr: float = 0.05
    steering: bool = True
    steering_layers: Sequence[int] | None = None  # default: the probe's layer and the next few (by depth)
    steering_coefficients: Sequence[float] = (0.5, 0.75, 1.0)
    steering_tokens: int = 32
    max_degenerate: float = 0.1
    max_ratio: float = 0.6  # settings whose vector exceeds the default steering cap are not picked
    batch_size: int = 16
    key: str | None = None  # HMAC key for the written pack (default: $GUARDRAIL_PACK_KEY when set)
    feature_cache: Path | None = None  # default: $GUARDRAIL_CACHE_DIR/features
    causal: bool = True  # the causal check of every probe (guardrail.causal), stored in the pack
    causal_config: Any = None  # a guardrail.causal.CausalConfig (default: its defaults, this build's seed)
    dtype: str | None = None  # the model's dtype for the build (default float32); recorded in the report
    #: train the refusal probe on the translated requests too (``refusal_multilingual.jsonl``: French, German,
    #: Spanish, Chinese; :attr:`guardrail.signals.refusal.Refusal.use_translations`); recorded in the pack. Worth it
    #: for a model that reads those languages (the agent model's pack), not for SmolLM2 (BENCHMARKS section 6)
    translations: bool = False
    #: train the refusal probe on short imperative lines too (requests next to lists and code, lists and code alone,
    #: more imperative agent goals; :attr:`guardrail.signals.refusal.Refusal.use_short_lines`); recorded in the pack.
    #: The agent model's pack is built with it, SmolLM2's is not (BENCHMARKS section 6)
    short_lines: bool = False
    #: train the refusal probe on everyday requests to a tool-using assistant too (``refusal_assistant.jsonl``;
    #: :attr:`guardrail.signals.refusal.Refusal.use_assistant`); recorded in the pack
    assistant: bool = False


def target_fpr_for(sig: Signal, default: float = BuildConfig.target_fpr) -> float:
    """The benign false-positive rate ``sig``'s threshold is calibrated at: the signal's own ``target_fpr``, else
    ``default`` (the build's). ``build-pack`` and ``guardrail train`` both use it."""
    return sig.target_fpr if sig.target_fpr is not None else default


@dataclass
class BuildResult:
    out: Path
    pack: ProbePack
    steering: Any
    metrics: dict[str, Any] = field(default_factory=dict)


def calibrate(sig: Signal, lm: Any, pack: ProbePack, examples: list[Example], data: Path | None) -> dict[str, Any]:
    """``sig.calibrate`` with the training-data folder when it takes one (``data``; a plug-in signal written before
    that argument is called without it)."""
    if "data" in inspect.signature(sig.calibrate).parameters:
        return sig.calibrate(lm, pack, examples, data=data)
    return sig.calibrate(lm, pack, examples)


def _examples(sig, data: Path) -> list[Example]:
    ex = sig.training_examples(data)
    if not ex:
        raise InputError(f"no training examples for signal {sig.name!r} in {data}")
    return ex


def _holdout(name: str, data: Path) -> list[Example] | None:
    path = data / f"holdout_{name}.jsonl"
    if not path.is_file():
        return None
    ex, errors = load_examples(path)
    return [e for e in ex if e.label in (0, 1)] or None


def build_pack(model: Any, out: str | os.PathLike, config: BuildConfig | None = None, *,
               progress: Progress | None = None, log: Callable[[str], None] | None = None) -> BuildResult:
    """Build, calibrate, steer, report and save a pack for ``model`` (anything :func:`load_model` takes)."""
    cfg = config or BuildConfig()
    refusal = get_signal("refusal") if "refusal" in signal_names() else None
    options = getattr(refusal, "OPTIONAL_SETS", {})
    before = {opt: getattr(refusal, f"use_{opt}") for opt in options}
    for opt in options:  # on with the option, or when the caller set the attribute before the build
        setattr(refusal, f"use_{opt}", getattr(cfg, opt) or before[opt])
    try:
        return _build_pack(model, out, cfg, progress=progress, log=log)
    finally:
        for opt, was in before.items():
            setattr(refusal, f"use_{opt}", was)


def _build_pack(model: Any, out: str | os.PathLike, cfg: BuildConfig, *, progress: Progress | None,
                log: Callable[[str], None] | None) -> BuildResult:
    from .scoring import score_examples

    say = log or (lambda msg: None)
    t0 = time.perf_counter()
    torch.manual_seed(cfg.seed)
    np.random.seed(cfg.seed)
    data = data_dir(cfg.data)
    lm = load_model(model, dtype=cfg.dtype)
    out = Path(out)
    cache = Path(cfg.feature_cache) if cfg.feature_cache else default_cache_dir() / "features"
    names = list(cfg.signals) if cfg.signals else [s for s in signal_names() if get_signal(s).built_by_default
                                                    and _has_data(get_signal(s), data)]
    if not names:
        raise InputError(f"no signal has training data in {data}")
    probes: list[LinearProbe] = []
    refusal = get_signal("refusal") if "refusal" in names else None
    # the refusal probe's optional sets this build trained on: the option on and one of its files there
    used = {opt: refusal is not None and bool(getattr(refusal, f"use_{opt}")) and
            any((data / f).is_file() for f in files) for opt, files in getattr(refusal, "OPTIONAL_SETS", {}).items()}
    report: dict[str, Any] = {"model": {"name": lm.name, "source": lm.source, "layers": lm.num_layers,
                                        "hidden": lm.hidden_size, "dtype": str(lm.model.dtype).removeprefix("torch.")}, "data": str(data), "seed": cfg.seed,
                              **used, "signals": {}}
    examples: dict[str, list[Example]] = {}
    sweeps: dict[str, list[dict]] = {}
    for s in names:
        sig = get_signal(s)
        ex = _examples(sig, data)
        examples[s] = ex
        layers = layer_range(lm, sig.layer_range)
        n_lab = len([e for e in ex if e.label in (0, 1)])
        if progress:
            progress(f"{s}: activations", 0, n_lab)
        probe, rep = train_probe(s, lm, ex, layers=layers, positions=sig.positions,
                                 target_fpr=target_fpr_for(sig, cfg.target_fpr),
                                 calibrate_on=sig.calibrate_on, feature_cache=cache,
                                 progress=(lambda n, s=s: progress(f"{s}: activations", n, None)) if progress else None)
        probes.append(probe)
        sweeps[s] = rep["sweep"]
        report["signals"][s] = {"best": rep["best"], "metrics": rep["metrics"], "layers_swept": [layers[0], layers[-1]],
                                "threshold": probe.threshold}
        say(f"{s}: layer {probe.layer}, {probe.token_policy}/{probe.method}, cv AUROC "
            f"{rep['metrics']['cv'].get('auroc', float('nan')):.3f}, threshold {probe.threshold:.3f}")
    meta = {"model": lm.name, "data": data.name, "builder": "guardrail build-pack", "seed": cfg.seed}
    meta |= {f"refusal_{opt}": True for opt, on in used.items() if on}  # what the refusal probe was trained on
    pack = ProbePack(probes, lm.fingerprint, meta)
    for s in names:
        sig = get_signal(s)
        if progress:
            progress(f"{s}: calibration", 0, None)
        report["signals"][s]["calibration"] = calibrate(sig, lm, pack, examples[s], data)
        hold = _holdout(s, data)
        if hold:
            if sig.reads == "reply" and any(e.response is None for e in hold):
                hold = [e for e in hold if e.response is not None]
            res = score_examples(lm, pack, s, hold, batch_size=cfg.batch_size)
            y = np.array([e.label for e in hold])
            sc = np.array([r.score for r in res])
            report["signals"][s]["holdout"] = metrics(y, sc, pack[s].threshold)
            report["signals"][s]["_holdout_scores"] = (y.tolist(), sc.tolist())
    if cfg.causal:
        from .causal import CausalConfig, check_pack

        if progress:
            progress("causal check", 0, None)
        ccfg = cfg.causal_config or CausalConfig(seed=cfg.seed)
        for s, r in check_pack(lm, pack, {s: examples[s] for s in names}, ccfg, log=say).items():
            report["signals"][s]["causal"] = r
    steering = None
    if cfg.steering:
        steering = _build_steering(lm, pack, names, data, cfg, report, progress, say)
    out.mkdir(parents=True, exist_ok=True)
    pack.save_pretrained(out / "probes", key=cfg.key)
    if steering is not None:
        steering.save_pretrained(out / "steering", key=cfg.key)
    report["seconds"] = round(time.perf_counter() - t0, 1)
    report["digests"] = {k: json.loads((out / k / "manifest.json").read_text())["digest"]
                         for k in ("probes", "steering") if (out / k / "manifest.json").is_file()}
    _write_report(out, report, sweeps)
    from .guard import Guard

    ts = Guard.trajectory_signal  # the signal whose trajectory the Guard reports
    if ts in pack:
        if progress:
            progress("trajectory plots", 0, None)
        from .reports import _plt, _trajectories

        picks = [e for e in (_holdout(ts, data) or [e for e in examples.get(ts, []) if e.split == "test"])
                 if isinstance(e.prompt, str)]
        if picks:
            _trajectories(lm, pack, picks, out, _plt(), steering=steering if steering is not None else False)
    say(f"wrote {out} in {report['seconds']} s")
    return BuildResult(out, pack, steering, report)


def _has_data(sig, data: Path) -> bool:
    try:
        return bool(sig.training_examples(data))
    except (InputError, OSError):
        return False


@torch.no_grad()
def _steered_replies(lm: LoadedModel, vec, prompts: Sequence[str], tokens: int, batch: int = 8) -> list[str]:
    from .steering import ConditionalSteering

    texts: list[str] = []
    for i in range(0, len(prompts), batch):
        enc = lm.encode([lm.render(p) for p in prompts[i:i + batch]])
        n = enc["input_ids"].shape[0]
        with ConditionalSteering(lm, vec, n, decide=lambda h, k, n=n: torch.ones(n, dtype=torch.bool)
                                 if k == 0 else None):
            out = lm.model.generate(**enc, max_new_tokens=tokens, do_sample=False,
                                    pad_token_id=lm.tokenizer.pad_token_id)
        texts += lm.tokenizer.batch_decode(out[:, enc["input_ids"].shape[1]:], skip_special_tokens=True)
    return texts


def _build_steering(lm, pack, names, data: Path, cfg: BuildConfig, report, progress, say):
    """The steering vector of each signal with a steering contrast: a (layer x coefficient) sweep with steering
    forced on for the val-split positive requests, judged by a keyword refusal judge and a degenerate-reply
    judge; the pick (most refusals among settings with at most ``max_degenerate`` degenerate replies, ties to the
    smaller relative norm) is trained on the train split. Layers below the probe's are not swept: the guard
    decides in the prompt pass at the probe's layer and steers from there on."""
    from .evaluation import is_refusal
    from .steering import SteeringSet, train_contrastive

    vectors = []
    for s in names:
        sig = get_signal(s)
        if sig.steering is None:
            continue
        pos_text, neg_text = sig.steering
        train_pos, train_neg, val_pos = sig.steering_prompts(data)
        if not train_pos or not train_neg:
            say(f"{s}: no train-split requests for a steering vector; none built")
            continue
        base = pack[s].layer
        layers = list(cfg.steering_layers) if cfg.steering_layers else \
            sorted({min(lm.num_layers - 1, base + d) for d in (0, 1, max(2, round(0.07 * lm.num_layers)))})
        rows = []
        if val_pos:
            total = len(layers) * len(cfg.steering_coefficients)
            if progress:
                progress(f"{s}: steering sweep", 0, total)
            for layer in layers:
                base_vec = train_contrastive(lm, s, train_pos, pos_text, neg_text, layer, 1.0, train_neg)
                for coef in cfg.steering_coefficients:
                    vec = replace(base_vec, coefficient=coef)  # the direction depends on the layer only
                    texts = _steered_replies(lm, vec, val_pos, cfg.steering_tokens)
                    rows.append({"layer": layer, "coefficient": coef, "relative_norm": round(vec.relative_norm, 3),
                                 "refusal_rate": float(np.mean([is_refusal(t) for t in texts])),
                                 "degenerate_rate": float(np.mean([degenerate(t) for t in texts])), "n": len(texts),
                                 "example": texts[0][:120] if texts else ""})
                    if progress:
                        progress(f"{s}: steering sweep", 1, None)
            capped = [r for r in rows if r["relative_norm"] <= cfg.max_ratio] or rows
            ok = [r for r in capped if r["degenerate_rate"] <= cfg.max_degenerate] or capped
            best = max(ok, key=lambda r: (r["refusal_rate"], -r["relative_norm"]))
            layer, coef = best["layer"], best["coefficient"]
        else:
            layer, coef = base, cfg.steering_coefficients[len(cfg.steering_coefficients) // 2]
        vec = train_contrastive(lm, s, train_pos, pos_text, neg_text, layer, coef, train_neg)
        if vec.relative_norm > cfg.max_ratio:  # every setting was over the cap: scale the pick down to fit it
            coef = round(coef * 0.95 * cfg.max_ratio / vec.relative_norm, 4)
            vec = replace(vec, coefficient=coef)
        vectors.append(vec)
        report["signals"][s]["steering"] = {"layer": layer, "coefficient": coef,
                                            "relative_norm": round(vec.relative_norm, 3), "sweep": rows,
                                            "eval": "val-split positive requests, steering forced on"}
        say(f"{s}: steering vector at layer {layer} x {coef} (relative norm {vec.relative_norm:.3f})")
    return SteeringSet(vectors, lm.fingerprint, max_ratio=cfg.max_ratio) if vectors else None


def _write_report(out: Path, report: dict[str, Any], sweeps: dict[str, list[dict]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import roc_curve

    lines = [f"# Pack report: {report['model']['name']}", "",
             f"Model: {report['model']['source']} ({report['model']['layers']} layers, hidden "
             f"{report['model']['hidden']}). Data: `{report['data']}`. Seed {report['seed']}. "
             f"Built in {report.get('seconds', '?')} s.", "",
             "| signal | layer | read-out | threshold | CV AUROC | test AUROC | test TPR @ thr | test FPR @ thr | "
             "holdout AUROC | holdout TPR / FPR @ thr |", "|---|---|---|---|---|---|---|---|---|---|"]
    f = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    for s, r in report["signals"].items():
        b, m = r["best"], r["metrics"]
        h = r.get("holdout") or {}
        lines.append(f"| {s} | {b['layer']} | {b['position']} / {b['method']} | {r['threshold']:.3f} | "
                     f"{f(m['cv'].get('auroc'))} | {f(m['test'].get('auroc'))} | {f(m['test'].get('tpr'))} | "
                     f"{f(m['test'].get('fpr'))} | {f(h.get('auroc'))} | {f(h.get('tpr'))} / {f(h.get('fpr'))} |")
    for s, r in report["signals"].items():
        if r.get("calibration"):
            lines += ["", f"**{s} calibration**: `{json.dumps(r['calibration'])}`"]
        st = r.get("steering")
        if st:
            lines += ["", f"**{s} steering**: layer {st['layer']} x {st['coefficient']} (relative norm "
                      f"{st['relative_norm']}), picked from:", "", "| layer | coefficient | refusals | degenerate |",
                      "|---|---|---|---|"]
            lines += [f"| {x['layer']} | {x['coefficient']} | {x['refusal_rate']:.2f} | {x['degenerate_rate']:.2f} |"
                      for x in st["sweep"]]
    causal = {s: r["causal"] for s, r in report["signals"].items() if r.get("causal")}
    if causal:
        from .causal import causal_section

        lines += [""] + causal_section(causal)
    lines += ["", "Digests: " + ", ".join(f"{k} `{v[:16]}…`" for k, v in report.get("digests", {}).items()), "",
              "![layer sweep](layer_sweep.png)", "", "![ROC](roc.png)", "",
              "![refusal trajectories, prompt | answer](trajectories.png)", ""]
    (out / "report.md").write_text("\n".join(lines))
    fig, ax = plt.subplots(figsize=(6, 3.2))
    for s, rows in sweeps.items():
        best: dict[int, float] = {}
        for r in rows:
            best[r["layer"]] = max(best.get(r["layer"], 0.0), r["cv_auroc"])
        ax.plot(sorted(best), [best[k] for k in sorted(best)], marker="o", ms=3, label=s)
    ax.set_xlabel("layer"), ax.set_ylabel("grouped-CV AUROC (best read-out)"), ax.legend()
    fig.tight_layout(), fig.savefig(out / "layer_sweep.png", dpi=110), plt.close(fig)
    fig, ax = plt.subplots(figsize=(4.2, 4.2))
    curves = 0
    for s, r in report["signals"].items():
        yh = r.pop("_holdout_scores", None)
        if yh and len(set(yh[0])) == 2:
            fpr, tpr, _ = roc_curve(*yh)
            ax.plot(fpr, tpr, label=f"{s} holdout ({r['holdout']['auroc']:.3f})")
            curves += 1
    ax.plot([0, 1], [0, 1], "k:", lw=0.8), ax.set_xlabel("FPR"), ax.set_ylabel("TPR")
    if curves:
        ax.legend(fontsize=7)
    fig.tight_layout(), fig.savefig(out / "roc.png", dpi=110), plt.close(fig)
    (out / "metrics.json").write_text(json.dumps(report, indent=1, default=str))
