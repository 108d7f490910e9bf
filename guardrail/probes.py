"""Linear probes on the residual stream, probe packs, and their training / evaluation.

A probe reads one layer: ``score(h) = sigmoid(w · h + b)``, so it can score every token of the pass the
model already does. Which layer, which read-out (logistic regression or difference of means) and which
token policy is chosen by a grouped cross-validated sweep on the training split; the threshold is set at a
target false-positive rate on out-of-fold scores of the benign class; the held-out ``test`` split is scored
once, at the end, for the manifest's metrics.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Sequence

import numpy as np
import torch

from .artifacts import finite, integer, manifest_fingerprint, mapping, read_artifact, write_artifact
from .errors import ArtifactError, InputError
from .models import LoadedModel, Message, ModelFingerprint
from .prompts import EncodedChats, Reading, encode_chats
from .taps import Tap, last_real_index

TokenPolicy = Literal["last", "inst", "mean", "max", "ema", "window"]
FEATURES_VERSION = 3  # bump when the prompt encoding (or the set of read-outs) changes what a cached activation means
# "last": the prompt's last token (after the chat template's generation prompt: the post-instruction position);
# "inst": the last token of the scored content itself (a user turn's last token: the instruction position, where
# harmfulness is read apart from the refusal the template tokens carry); "mean": the mean over the content
TOKEN_POLICIES = ("last", "inst", "mean", "max", "ema", "window")


@dataclass
class LinearProbe:
    """One calibrated linear read-out at one decoder layer."""

    signal: str
    layer: int
    weight: torch.Tensor  # (hidden,)
    bias: float
    threshold: float
    token_policy: str = "last"
    method: str = "logreg"
    params: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        w = self.weight.to(device=hidden.device, dtype=torch.float32)
        return hidden.float() @ w + self.bias

    def score(self, hidden: torch.Tensor) -> torch.Tensor:
        """Per-token probability of the signal for ``hidden`` of shape ``(..., hidden_size)``."""
        return torch.sigmoid(self.logits(hidden))

    def aggregate(self, logits: Sequence[float] | torch.Tensor) -> float:
        """Collapse a row's per-token *logit* trajectory with the probe's token policy and return a probability.
        Aggregating logits keeps ``mean`` exact: the mean logit equals the logit of the mean activation."""
        s = torch.as_tensor(logits, dtype=torch.float32).flatten()
        if s.numel() == 0:
            return float("nan")
        if self.token_policy in ("last", "inst"):  # the caller passes the prompt, or the content, as ``logits``
            v = s[-1]
        elif self.token_policy == "mean":
            v = s.mean()
        elif self.token_policy == "max":
            v = s.max()
        elif self.token_policy == "window":
            v = s[-int(self.params.get("window", 4)):].mean()
        elif self.token_policy == "ema":
            a, acc = float(self.params.get("ema_alpha", 0.3)), s[0]
            for x in s[1:]:
                acc = a * x + (1 - a) * acc
            v = acc
        else:
            raise InputError(f"unknown token policy {self.token_policy!r}")
        return float(torch.sigmoid(v))


class ProbePack:
    """The probes of one model. ``save_pretrained`` / ``from_pretrained`` like transformers artifacts:
    ``probes.safetensors`` + ``manifest.json`` with SHA-256, model fingerprint and held-out metrics."""

    KIND = "probes"

    def __init__(self, probes: Iterable[LinearProbe], fingerprint: ModelFingerprint, meta: dict | None = None):
        self.probes: dict[str, LinearProbe] = {p.signal: p for p in probes}
        self.fingerprint = fingerprint
        self.meta = dict(meta or {})

    def __getitem__(self, signal: str) -> LinearProbe:
        try:
            return self.probes[signal]
        except KeyError:
            raise InputError(f"this probe pack has no {signal!r} probe (it has: {sorted(self.probes)})") from None

    def __contains__(self, signal: str) -> bool:
        return signal in self.probes

    @property
    def layers(self) -> list[int]:
        return sorted({p.layer for p in self.probes.values()})

    def save_pretrained(self, directory: str | os.PathLike, *, key: str | bytes | None = None) -> Path:
        """Write the pack (with an HMAC when ``key`` is given or ``$GUARDRAIL_PACK_KEY`` is set)."""
        tensors = {f"{s}.weight": p.weight for s, p in self.probes.items()}
        manifest = {
            "meta": self.meta,
            "probes": {
                s: {"layer": p.layer, "bias": p.bias, "threshold": p.threshold, "token_policy": p.token_policy,
                    "method": p.method, "params": p.params, "metrics": p.metrics}
                for s, p in self.probes.items()
            },
        }
        return write_artifact(directory, self.KIND, tensors, manifest, self.fingerprint, key=key)

    @classmethod
    def from_pretrained(cls, directory: str | os.PathLike, model: LoadedModel | None = None, *,
                        key: str | bytes | None = None) -> "ProbePack":
        """Load and verify a pack; with ``model``, refuse it unless it was trained for that model. ``key`` (or
        ``$GUARDRAIL_PACK_KEY``) requires the pack's HMAC to match. Every field is validated: a malformed or
        out-of-range value is an :class:`ArtifactError` naming it."""
        from .packs import shipped_digest

        where = f"{directory}/manifest.json"
        tensors, manifest = read_artifact(directory, cls.KIND, model.fingerprint if model is not None else None,
                                          key=key, expected_digest=shipped_digest(directory))
        specs = mapping(manifest.get("probes"), "probes", where, nonempty=True)
        probes = []
        for s, spec in specs.items():
            probes.append(_probe_from_spec(s, mapping(spec, f"probes.{s}", where), tensors, where, model))
        meta = manifest.get("meta") or {}
        return cls(probes, manifest_fingerprint(manifest, where), mapping(meta, "meta", where))

    @classmethod
    def default(cls, model: LoadedModel) -> "ProbePack":
        """The pack shipped for the embedded default model."""
        return cls.from_pretrained(default_pack_dir() / "probes", model)


# parameters of the token policies themselves (the signals declare their own: guardrail.signals.Signal.params)
TOKEN_POLICY_PARAMS = {"window": ("int", 1, 4096), "ema_alpha": ("float", 1e-6, 1.0)}
METHODS = ("logreg", "diffmean")


def _probe_from_spec(signal: str, spec: dict[str, Any], tensors: dict[str, torch.Tensor], where: str,
                     model: LoadedModel | None) -> LinearProbe:
    f = f"probes.{signal}"
    w = tensors.get(f"{signal}.weight")
    if w is None or w.dim() != 1:
        raise ArtifactError(f"{where}: probe {signal!r} has no 1-D tensor {signal}.weight")
    layer = integer(spec.get("layer"), f"{f}.layer", where)
    if model is not None and (w.shape[0] != model.hidden_size or layer >= model.num_layers):
        raise ArtifactError(f"{where}: probe {signal!r} does not fit this model's layers")
    policy = spec.get("token_policy")
    if policy not in TOKEN_POLICIES:
        raise ArtifactError(f"{where}: field '{f}.token_policy' must be one of {TOKEN_POLICIES}, got {policy!r}")
    method = spec.get("method", "logreg")
    if method not in METHODS:
        raise ArtifactError(f"{where}: field '{f}.method' must be one of {METHODS}, got {method!r}")
    from .signals import get_signal

    try:
        known = {k: (p.kind, p.lo, p.hi) for k, p in get_signal(signal).params.items()}
    except InputError:
        raise ArtifactError(f"{where}: probe {signal!r} is for a signal this process has not registered "
                            "(import the module that registers it before loading the pack)") from None
    known = {**TOKEN_POLICY_PARAMS, **known}
    params = dict(mapping(spec.get("params", {}), f"{f}.params", where))
    for k, v in params.items():
        if k not in known:
            raise ArtifactError(f"{where}: field '{f}.params.{k}' is not a parameter of signal {signal!r} "
                                f"({', '.join(known)})")
        kind, lo, hi = known[k]
        params[k] = (integer(v, f"{f}.params.{k}", where, lo=int(lo) if lo is not None else 0,
                             hi=int(hi) if hi is not None else None) if kind == "int"
                     else finite(v, f"{f}.params.{k}", where, lo=lo, hi=hi))
    return LinearProbe(signal, layer, w, finite(spec.get("bias"), f"{f}.bias", where),
                       finite(spec.get("threshold"), f"{f}.threshold", where, lo=0.0, hi=1.0), policy, method,
                       params, mapping(spec.get("metrics", {}), f"{f}.metrics", where))


def default_pack_dir() -> Path:
    return Path(str(resources.files("guardrail") / "packs" / "smollm2-135m-instruct"))


# ------------------------------------------------------------------------------------------- features
@dataclass
class Example:
    id: str | int
    prompt: str | list[Message]
    label: int | None = None
    response: str | None = None
    group: str | None = None
    split: str | None = None
    line: int | None = None  # the line of the JSONL file it came from, when it did
    #: a ``(start, end)`` character range of the last message's content: the example's scored span is that piece
    #: of the message only (training rows for reading a long message piece by piece, ``refusal_long.jsonl``).
    #: Training only: ``guardrail score`` reads such a row like the Guard reads a message, every turn (and piece)
    piece: tuple[int, int] | None = None


def example_messages(ex: Example) -> list[Message]:
    return [{"role": "user", "content": ex.prompt}] if isinstance(ex.prompt, str) else list(ex.prompt)


def encode_examples(lm: LoadedModel, examples: Sequence[Example], max_length: int | None = None, *,
                    reading: Reading = Reading()) -> EncodedChats:
    """Left-padded batch of examples with content always literal (see :mod:`guardrail.prompts`): ``span`` marks
    the last message's content, or the response when the example has one; ``turns`` every message's (and the
    extra reads of a user message that ``reading`` asks for: :class:`guardrail.prompts.Reading`)."""
    responses = [ex.response for ex in examples]
    pieces = [ex.piece for ex in examples]
    return encode_chats(lm, [example_messages(ex) for ex in examples],
                        responses if any(r is not None for r in responses) else None, max_length=max_length,
                        reading=reading, span_pieces=pieces if any(q is not None for q in pieces) else None)


def pack_reads_pieces(pack: "ProbePack | None", policy_value: bool | None = None,
                      enabled: Callable[[str], bool] | None = None) -> bool:
    """Whether every long user message is cut into pieces for the signals that read them (``read_pieces``):
    ``policy_value`` when the policy sets it, else on when the pack holds a probe of such a signal
    (``Signal.reads_pieces``: :mod:`guardrail.signals.refusal_pieces`) that ``enabled`` (the policy's, by signal
    name) leaves on. Pieces are read by those signals only: the refusal probe, trained on whole requests, scores
    pieces of harmless prose as high as harmful requests (BENCHMARKS section 6)."""
    if policy_value is not None:
        return bool(policy_value)
    from .signals import get_signal, signal_names

    return bool(pack is not None and any(s in signal_names() and get_signal(s).reads_pieces
                                         and (enabled is None or enabled(s)) for s in pack.probes))


def encode_with_spans(lm: LoadedModel, examples: Sequence[Example], max_length: int | None = None):
    """``(inputs on the model's device, span)`` of :func:`encode_examples`."""
    enc = encode_examples(lm, examples, max_length)
    return enc.inputs(lm.device), enc.span


@torch.no_grad()
def extract_features(lm: LoadedModel, examples: Sequence[Example], layers: Sequence[int], *,
                     batch_size: int = 16, progress=None) -> dict[str, np.ndarray]:
    """One forward pass per batch; returns ``last`` (the prompt's last token), ``inst`` (the span's last token)
    and ``mean`` (over the span) features, each ``(n_layers, n_examples, hidden)``, plus ``span_len``.

    Batches are formed in order of length (rows are independent under the padding mask, so only the padding
    saved differs) and the result is returned in the examples' order. Rows of a batch with the same tokens (pieces
    of one long message, ``Example.piece``) run through the model once."""
    order = sorted(range(len(examples)), key=lambda i: (_approx_len(examples[i]), i))
    examples = [examples[i] for i in order]
    last_f, inst_f, mean_f, lens = [], [], [], []
    for i in range(0, len(examples), batch_size):
        batch = examples[i:i + batch_size]
        inputs, span = encode_with_spans(lm, batch)
        # one forward pass per distinct row (same ids and padding: same activations), mapped back to every row
        key = torch.cat([inputs["input_ids"], inputs["attention_mask"]], 1).cpu()
        uniq, inverse = torch.unique(key, dim=0, return_inverse=True)
        shared = len(uniq) < len(batch)
        if shared:  # run row j is the first row whose tokens are the j-th distinct ones
            first = torch.full((len(uniq),), len(batch), dtype=torch.long).scatter_reduce(
                0, inverse, torch.arange(len(batch)), reduce="amin")
            run = {k: v[first.to(v.device)] for k, v in inputs.items()}
        with Tap(lm, layers) as tap:
            lm.model(**(run if shared else inputs))
        idx = last_real_index(inputs["attention_mask"]).cpu()
        span = span.cpu()
        denom = span.sum(1, keepdim=True).clamp(min=1)
        # the span's last token (the prompt's last token for a row whose span is empty)
        pos = torch.arange(span.shape[1]).expand_as(span)
        inst_idx = torch.where(span.any(1), torch.where(span, pos, -1).max(1).values, idx)
        ls, ins, ms = [], [], []
        for layer in layers:
            acts = tap.activations(layer).float().cpu()
            if shared:
                acts = acts[inverse]
            ls.append(acts[torch.arange(len(batch)), idx])
            ins.append(acts[torch.arange(len(batch)), inst_idx])
            ms.append((acts * span.unsqueeze(-1)).sum(1) / denom)
        last_f.append(torch.stack(ls))
        inst_f.append(torch.stack(ins))
        mean_f.append(torch.stack(ms))
        lens.append(span.sum(1))
        if progress is not None:
            progress(len(batch))
    back = np.argsort(np.array(order, dtype=np.int64), kind="stable")  # position of each original example
    return {"last": torch.cat(last_f, 1).numpy()[:, back], "inst": torch.cat(inst_f, 1).numpy()[:, back],
            "mean": torch.cat(mean_f, 1).numpy()[:, back],
            "span_len": torch.cat(lens).numpy()[back]}


def _approx_len(ex: Example) -> int:
    """Characters of an example's messages and response: a cheap stand-in for its token count when batching."""
    return sum(len(str(m.get("content", ""))) for m in example_messages(ex)) + len(ex.response or "")


def _cached_features(lm: LoadedModel, examples: Sequence[Example], layers: Sequence[int], progress,
                     cache: str | os.PathLike | None) -> dict[str, np.ndarray]:
    if cache is None:
        return extract_features(lm, examples, layers, progress=progress)
    # the encoding version: activations made by another prompt encoding are not reused
    key = hashlib.sha256(json.dumps([lm.fingerprint.to_dict(), data_sha(examples), list(layers), FEATURES_VERSION,
                                     lm.source], sort_keys=True).encode()).hexdigest()[:20]
    path = Path(cache) / f"features-{key}.npz"
    if path.is_file():
        try:
            with np.load(path) as z:
                feats = {k: z[k] for k in ("last", "inst", "mean", "span_len")}
            if progress is not None:
                progress(len(examples))
            return feats
        except (OSError, ValueError, KeyError):
            path.unlink(missing_ok=True)  # a torn write: recompute
    feats = extract_features(lm, examples, layers, progress=progress)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, **feats)
    os.replace(tmp, path)
    return feats


# ------------------------------------------------------------------------------------------- training
def data_sha(examples: Sequence[Example]) -> str:
    h = hashlib.sha256()
    for ex in examples:
        h.update(json.dumps([ex.id, ex.prompt, ex.response, ex.label] + ([list(ex.piece)] if ex.piece else []),
                            sort_keys=True).encode())
    return h.hexdigest()[:16]


def _fit(X: np.ndarray, y: np.ndarray, method: str) -> tuple[np.ndarray, float]:
    """Fit a read-out and return it folded into raw-activation space (weight, bias)."""
    from sklearn.linear_model import LogisticRegression

    mu, sd = X.mean(0), X.std(0) + 1e-6
    Z = (X - mu) / sd
    if method == "logreg":
        clf = LogisticRegression(C=0.05, max_iter=2000).fit(Z, y)
        w, b = clf.coef_[0], float(clf.intercept_[0])
    elif method == "diffmean":
        d = Z[y == 1].mean(0) - Z[y == 0].mean(0)
        d = d / (np.linalg.norm(d) + 1e-9)
        one = LogisticRegression(C=1.0, max_iter=1000).fit((Z @ d)[:, None], y)
        w, b = d * one.coef_[0, 0], float(one.intercept_[0])
    else:
        raise InputError(f"unknown probe method {method!r}")
    w_raw = w / sd
    return w_raw.astype(np.float32), float(b - (w_raw * mu).sum())


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def metrics(y: np.ndarray, s: np.ndarray, threshold: float | None = None) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score, roc_curve

    y = np.asarray(y)
    if len(np.unique(y)) < 2:
        return {"n": int(len(y))}
    fpr, tpr, _ = roc_curve(y, s)
    out = {"auroc": float(roc_auc_score(y, s)), "tpr_at_1fpr": float(np.interp(0.01, fpr, tpr)),
           "tpr_at_5fpr": float(np.interp(0.05, fpr, tpr)), "n": int(len(y)), "n_pos": int(y.sum())}
    if threshold is not None:
        pred = s >= threshold
        out["tpr"] = float(pred[y == 1].mean())
        out["fpr"] = float(pred[y == 0].mean())
    return out


def calibrate_threshold(neg: np.ndarray, pos: np.ndarray, target_fpr: float, min_tpr: float = 0.9) -> float:
    """The benign ``(1 - target_fpr)`` quantile; where the classes separate beyond it (the harmful class's
    ``1 - min_tpr`` quantile lies higher), the midpoint of that gap in logit space instead, so that a
    shift of benign text toward the boundary on new data does not flip it at once."""
    lo = float(np.quantile(neg, 1 - target_fpr))
    hi = float(np.quantile(pos, 1 - min_tpr))
    if hi <= lo:
        return lo
    logit = lambda p: np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6)))
    return float(_sigmoid((logit(lo) + logit(hi)) / 2))


@dataclass
class SweepResult:
    layer: int
    method: str
    position: str
    cv_auroc: float


def train_probe(signal: str, lm: LoadedModel, examples: Sequence[Example], *, layers: Sequence[int] | None = None,
                positions: Sequence[str] = ("last", "mean"), methods: Sequence[str] = ("logreg", "diffmean"),
                target_fpr: float = 0.05, folds: int = 5, progress=None,
                calibrate_on: Callable[[Example], bool] | None = None,
                feature_cache: str | os.PathLike | None = None) -> tuple[LinearProbe, dict[str, Any]]:
    """Sweep layer × read-out × token position with grouped CV on the non-test splits, calibrate the threshold
    at ``target_fpr`` on out-of-fold benign scores, refit on all non-test data, then score the test split.

    ``calibrate_on`` picks the examples whose out-of-fold scores set the threshold (default: all). Easy extra
    negatives (say, entity questions added so the refusal probe ignores unfamiliarity) help the fit but would
    pull a threshold calibrated on them down, so they can be left out of calibration.

    ``feature_cache``: a folder where the activations are kept (keyed by model, data and layers), so that an
    interrupted or repeated build does not run the model again."""
    from sklearn.model_selection import GroupKFold

    from .signals import get_signal

    get_signal(signal)  # an InputError naming the registered signals otherwise
    labelled = [e for e in examples if e.label in (0, 1)]
    if len(labelled) < 20 or len({e.label for e in labelled}) < 2:
        raise InputError(f"need at least 20 labelled examples of both classes to train {signal!r}")
    layers = list(layers) if layers is not None else list(range(1, lm.num_layers))
    feats = _cached_features(lm, labelled, layers, progress, feature_cache)
    y = np.array([e.label for e in labelled])
    groups = np.array([e.group or e.id for e in labelled])
    test = np.array([e.split == "test" for e in labelled])
    fit_idx = np.where(~test)[0]
    gkf = GroupKFold(n_splits=folds)
    sweep: list[SweepResult] = []
    oof_best: dict[tuple, np.ndarray] = {}
    for pos in positions:
        for li, layer in enumerate(layers):
            X = feats[pos][li][fit_idx]
            for method in methods:
                oof = np.zeros(len(fit_idx))
                for tr, va in gkf.split(X, y[fit_idx], groups[fit_idx]):
                    w, b = _fit(X[tr], y[fit_idx][tr], method)
                    oof[va] = X[va] @ w + b
                auc = metrics(y[fit_idx], oof)["auroc"]
                sweep.append(SweepResult(layer, method, pos, auc))
                oof_best[(layer, method, pos)] = oof
    # ties (common when a signal is easy) go to the layer nearest mid-depth, where features are most semantic
    mid = lm.num_layers / 2
    best = max(sweep, key=lambda r: (round(r.cv_auroc, 3), -abs(r.layer - mid), r.method == "logreg"))
    oof = _sigmoid(oof_best[(best.layer, best.method, best.position)])
    cal = np.array([calibrate_on is None or bool(calibrate_on(labelled[i])) for i in fit_idx])
    threshold = calibrate_threshold(oof[(y[fit_idx] == 0) & cal], oof[(y[fit_idx] == 1) & cal], target_fpr)
    li = layers.index(best.layer)
    w, b = _fit(feats[best.position][li][fit_idx], y[fit_idx], best.method)
    test_scores = _sigmoid(feats[best.position][li][test] @ w + b) if test.any() else np.array([])
    m = {"cv": metrics(y[fit_idx], oof, threshold), "test": metrics(y[test], test_scores, threshold),
         "data_sha": data_sha(labelled), "n_train": int(len(fit_idx)), "target_fpr": target_fpr}
    probe = LinearProbe(signal, best.layer, torch.from_numpy(w), b, threshold, best.position, best.method, {}, m)
    report = {"sweep": [r.__dict__ for r in sweep], "best": best.__dict__, "metrics": m,
              "test_ids": [e.id for e, t in zip(labelled, test) if t], "test_scores": test_scores.tolist(),
              "test_labels": y[test].tolist()}
    return probe, report
