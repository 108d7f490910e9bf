"""Conditional activation steering (CAST-style) with a hard cap on the relative change of the residual.

A :class:`SteeringVector` is a contrastive activation-addition direction at one layer with a coefficient.
:class:`ConditionalSteering` adds it only to the batch rows (and from the token) that a signal switched
on, through a removable forward hook active only in its own request's context. Per token the added
``dh`` is scaled down so that ``||dh|| / ||h|| <= max_ratio``: a vector that would exceed the cap cannot
rewrite the model's state wholesale (activation-steering attacks turn a guard into a jailbreak).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import torch

from .artifacts import finite, integer, manifest_fingerprint, mapping, read_artifact, write_artifact
from .errors import ArtifactError, InputError
from .models import LoadedModel, ModelFingerprint
from .taps import ActiveContext, layer_output, last_real_index, replace_layer_output


@dataclass
class SteeringVector:
    name: str
    layer: int
    vector: torch.Tensor
    coefficient: float = 1.0
    reference_norm: float = 1.0  # mean ||h|| at this layer on benign prompts (for the relative-norm check)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def relative_norm(self) -> float:
        return float(self.vector.norm()) * abs(self.coefficient) / max(self.reference_norm, 1e-6)


class SteeringSet:
    """Steering vectors of one model, saved like probe packs (``steering.safetensors`` + manifest)."""

    KIND = "steering"

    def __init__(self, vectors: Sequence[SteeringVector], fingerprint: ModelFingerprint, max_ratio: float = 0.6):
        self.vectors = {v.name: v for v in vectors}
        self.fingerprint = fingerprint
        for v in vectors:
            check_vector(v, max_ratio)

    def __contains__(self, name: str) -> bool:
        return name in self.vectors

    def __getitem__(self, name: str) -> SteeringVector:
        return self.vectors[name]

    def save_pretrained(self, directory: str | os.PathLike, *, key: str | bytes | None = None) -> Path:
        return write_artifact(directory, self.KIND, {f"{n}.vector": v.vector for n, v in self.vectors.items()}, {
            "vectors": {n: {"layer": v.layer, "coefficient": v.coefficient, "reference_norm": v.reference_norm,
                            "params": v.params} for n, v in self.vectors.items()}}, self.fingerprint, key=key)

    @classmethod
    def from_pretrained(cls, directory: str | os.PathLike, model: LoadedModel | None = None,
                        max_ratio: float = 0.6, *, key: str | bytes | None = None) -> "SteeringSet":
        """Load and verify a steering set (digest, optional HMAC, every field validated: a steering coefficient
        must be positive, since a negative one would steer *towards* what the vector steers away from)."""
        from .packs import shipped_digest

        where = f"{directory}/manifest.json"
        tensors, manifest = read_artifact(directory, cls.KIND, model.fingerprint if model is not None else None,
                                          key=key, expected_digest=shipped_digest(directory))
        vecs = []
        for n, s in mapping(manifest.get("vectors"), "vectors", where, nonempty=True).items():
            f = f"vectors.{n}"
            s = mapping(s, f, where)
            t = tensors.get(f"{n}.vector")
            if t is None or t.dim() != 1:
                raise ArtifactError(f"{where}: steering vector {n!r} has no 1-D tensor {n}.vector")
            vecs.append(SteeringVector(n, integer(s.get("layer"), f"{f}.layer", where), t,
                                       finite(s.get("coefficient"), f"{f}.coefficient", where, positive=True),
                                       finite(s.get("reference_norm"), f"{f}.reference_norm", where, positive=True),
                                       mapping(s.get("params", {}), f"{f}.params", where)))
        for v in vecs:  # how a reply steered by this vector reads (chosen per pack, see Guard / Policy.steer_prefix)
            pre = v.params.get("reply_prefix")
            if pre is not None and (not isinstance(pre, str) or len(pre) > 400):
                raise ArtifactError(f"{where}: vectors.{v.name}.params.reply_prefix must be a string of at most 400 "
                                    f"characters, not {pre!r:.60}")
            if not isinstance(v.params.get("prefix_only", False), bool):
                raise ArtifactError(f"{where}: vectors.{v.name}.params.prefix_only must be true or false")
        if model is not None:
            for v in vecs:
                if v.vector.shape != (model.hidden_size,) or not 0 <= v.layer < model.num_layers:
                    raise ArtifactError(f"{directory}: steering vector {v.name!r} does not fit this model")
        try:
            return cls(vecs, manifest_fingerprint(manifest, where), max_ratio)
        except InputError as e:
            raise ArtifactError(f"{directory}: {e}") from e


def check_vector(v: SteeringVector, max_ratio: float) -> None:
    if not torch.isfinite(v.vector).all():
        raise InputError(f"steering vector {v.name!r} holds NaN or inf")
    if not (math.isfinite(v.coefficient) and v.coefficient > 0):
        raise InputError(f"steering vector {v.name!r} has coefficient {v.coefficient!r}; it must be a positive finite "
                         "number (a negative one steers towards what the vector steers away from)")
    if v.relative_norm > max_ratio:
        raise InputError(f"steering vector {v.name!r} has relative norm {v.relative_norm:.2f} > cap {max_ratio:.2f}; "
                         "refusing it (an oversized vector would override the model rather than steer it)")


def cap_delta(h: torch.Tensor, dh: torch.Tensor, max_ratio: float) -> torch.Tensor:
    """Scale ``dh`` per token so that ``||dh|| <= max_ratio * ||h||``."""
    hn = h.float().norm(dim=-1, keepdim=True)
    dn = dh.float().norm(dim=-1, keepdim=True).clamp(min=1e-12)
    return dh * torch.clamp(max_ratio * hn / dn, max=1.0).to(dh.dtype)


class ConditionalSteering(ActiveContext):
    """Add ``vector`` to the rows whose flag is on. ``decide(hidden, step_index)`` (optional) is called inside
    the hook on each pass *before* steering and may switch rows on in the same pass (for the prefill);
    :meth:`enable` switches rows on from the next pass. Rows never switched on are left bit-for-bit intact.
    With ``prefill=False`` the prompt pass itself is never steered (rows decided there are steered from the
    first decode step), so probes at later layers still read the prompt unsteered."""

    def __init__(self, model: LoadedModel, vector: SteeringVector, batch: int, *, max_ratio: float = 0.6,
                 decide: Callable[[torch.Tensor, int], torch.Tensor | None] | None = None,
                 prefill: bool = True) -> None:
        super().__init__()
        self.prefill = prefill
        self.lm, self.vector, self.max_ratio, self.decide = model, vector, max_ratio, decide
        self.rows = torch.zeros(batch, dtype=torch.bool)
        self.steered_tokens = torch.zeros(batch, dtype=torch.long)
        self._handle = None
        self._pass = 0
        self._v: torch.Tensor | None = None

    def enable(self, rows: torch.Tensor | Sequence[int]) -> None:
        if isinstance(rows, torch.Tensor) and rows.dtype == torch.bool:
            self.rows |= rows.cpu()
        else:
            self.rows[list(rows)] = True

    def __enter__(self) -> "ConditionalSteering":
        layer = self.lm.adapter.layer(self.lm.model, self.vector.layer)
        self._handle = layer.register_forward_hook(self._hook)
        self._activate()
        return self

    def __exit__(self, *exc) -> None:
        self._deactivate()
        if self._handle is not None:
            self._handle.remove()
            self._handle = None

    def _hook(self, module, args, output):
        if not self.is_active():
            return None
        h = layer_output(output)
        if self.decide is not None:
            new = self.decide(h, self._pass)
            if new is not None:
                self.rows |= new.cpu()
        self._pass += 1
        rows = self.rows[: h.shape[0]]
        if not rows.any() or (self._pass == 1 and not self.prefill):
            return None
        if self._v is None or self._v.device != h.device or self._v.dtype != h.dtype:
            self._v = (self.vector.coefficient * self.vector.vector).to(device=h.device, dtype=h.dtype)
        v = self._v
        dh = cap_delta(h, v.expand_as(h), self.max_ratio)
        mask = rows.to(h.device).view(-1, 1, 1)
        self.steered_tokens += rows.long() * h.shape[1]
        return replace_layer_output(output, torch.where(mask, h + dh, h))


@torch.no_grad()
def layer_states(lm: LoadedModel, texts: Sequence[str], layer: int, batch_size: int = 16) -> torch.Tensor:
    """Last-token residual at ``layer`` for already-rendered texts: ``(n, hidden)``."""
    from .taps import Tap

    out = []
    for i in range(0, len(texts), batch_size):
        enc = lm.encode(texts[i:i + batch_size])
        with Tap(lm, [layer]) as tap:
            lm.model(**enc)
        idx = last_real_index(enc["attention_mask"])
        acts = tap.activations(layer)
        out.append(acts[torch.arange(acts.shape[0]), idx].float().cpu())
    return torch.cat(out)


def train_contrastive(lm: LoadedModel, name: str, prompts: Sequence[str], positive: str, negative: str, layer: int,
                      coefficient: float, benign_prompts: Sequence[str]) -> SteeringVector:
    """Contrastive activation addition: mean over ``prompts`` of (state after ``positive`` continuation) minus
    (state after ``negative``), read at the continuation's last token."""
    pos = [lm.render(p) + positive for p in prompts]
    neg = [lm.render(p) + negative for p in prompts]
    vec = (layer_states(lm, pos, layer) - layer_states(lm, neg, layer)).mean(0)
    ref = layer_states(lm, [lm.render(p) for p in benign_prompts], layer).norm(dim=-1).mean()
    return SteeringVector(name, layer, vec, coefficient, float(ref),
                          {"positive": positive, "negative": negative, "n_prompts": len(prompts)})
