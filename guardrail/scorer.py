"""Per-request probe read-out: the tap hands each tapped layer's states to :class:`StepScorer` as soon as the
layer has run (:attr:`Tap.on_layer`), the scorer computes every probe's logits at that layer once, and at the end
of the pass copies them to the host in one transfer. Steering decisions taken inside the same pass read those
logits (:meth:`StepScorer.current`); nothing recomputes them or reaches into the tap."""

from __future__ import annotations

import torch

from .probes import LinearProbe, ProbePack
from .taps import TapStep


def probe_weights(pack: ProbePack, signals: list[str]) -> dict[int, tuple[list[str], torch.Tensor, torch.Tensor]]:
    """``layer -> (signals read there, W (hidden, k), b (k,))``, layers ascending: every probe at a layer scored by
    one matmul (the logits' columns, layer after layer, are the signals in this order)."""
    out = {}
    for layer in sorted({pack[s].layer for s in signals}):
        names = [s for s in signals if pack[s].layer == layer]
        W = torch.stack([pack[s].weight.float() for s in names], dim=1)
        b = torch.tensor([pack[s].bias for s in names], dtype=torch.float32)
        out[layer] = (names, W, b)
    return out


class StepScorer:
    """Per-request accumulator: per-token logits of every probe (one small matmul per tapped layer and pass),
    keeping only real (unpadded) tokens per row in one preallocated buffer. Holds no model state."""

    def __init__(self, pack: ProbePack, signals: list[str], batch: int):
        self.probes: dict[str, LinearProbe] = {s: pack[s] for s in signals}
        self.by_layer = probe_weights(pack, list(self.probes))
        self.batch = batch
        self.names: list[str] = [s for layer in self.by_layer for s in self.by_layer[layer][0]]
        self._col = {s: j for j, s in enumerate(self.names)}
        # (batch, capacity, n_signals) logits of every real token so far, row r's first lengths[r] valid;
        # grown by doubling, so a reply of n tokens costs O(n) copies, and row() is a view, not a concatenation
        self._buf = torch.zeros(batch, 0, len(self.names))
        self.lengths = torch.zeros(batch, dtype=torch.long)
        self.steps = 0
        self.last: dict[str, torch.Tensor] = {}  # signal -> (batch,) logit at the newest real token
        self._pending: dict[int, torch.Tensor] = {}  # layer -> (B, T, k) logits of the pass now running
        self._mask: torch.Tensor | None = None

    @property
    def layers(self) -> list[int]:
        return list(self.by_layer)

    def _weights(self, layer: int, device: torch.device) -> tuple[list[str], torch.Tensor, torch.Tensor]:
        names, W, b = self.by_layer[layer]
        if W.device != device:  # moved once per request, not once per step
            W, b = W.to(device), b.to(device)
            self.by_layer[layer] = (names, W, b)
        return names, W, b

    def on_layer(self, layer: int, hidden: torch.Tensor, mask: torch.Tensor | None, index: int) -> None:
        """A tapped layer's output in the pass now running (called by the tap, before later layers run)."""
        if layer not in self.by_layer:
            return
        _, W, b = self._weights(layer, hidden.device)
        self._pending[layer] = hidden.float() @ W + b
        self._mask = mask

    def on_logits(self, layer: int, logits: torch.Tensor, names: list[str]) -> None:
        """Probe logits at ``layer`` computed elsewhere (an engine backend scores a whole flattened batch with one
        matmul and hands each request its slice): ``logits`` is ``(B, T, len(names))``, columns in ``names`` order;
        the columns of this scorer's signals at that layer are kept. The pass's tokens are all real."""
        if layer not in self.by_layer:
            return
        cols = [names.index(s) for s in self.by_layer[layer][0]]
        self._pending[layer] = logits[..., cols]
        self._mask = None

    def current(self, signal: str) -> tuple[torch.Tensor, torch.Tensor] | None:
        """``(logits (B, T), real-token mask (B, T))`` of ``signal`` in the pass now running, once its layer ran."""
        probe = self.probes.get(signal)
        out = self._pending.get(probe.layer) if probe is not None else None
        if out is None:
            return None
        names = self.by_layer[probe.layer][0]
        mask = self._mask if self._mask is not None else torch.ones(out.shape[:2], dtype=torch.bool)
        return out[..., names.index(signal)], mask

    def on_step(self, step: TapStep) -> None:
        # every tapped layer's probe logits were computed where the activations live; one copy to the host
        outs = []
        for layer in self.by_layer:
            if layer not in self._pending:  # a tap without on_layer (or a layer it skipped)
                self.on_layer(layer, step.hidden[layer], step.mask, step.index)
            outs.append(self._pending[layer])
        self._pending = {}
        out = torch.cat(outs, dim=-1).cpu()  # (B, T, n_signals), columns in self.names order
        mask = step.mask.cpu().bool()
        if not torch.isfinite(out[mask]).all():
            bad = sorted({self.probes[self.names[j]].layer for j in range(out.shape[-1])
                          if not torch.isfinite(out[..., j][mask]).all()})
            raise FloatingPointError(f"non-finite probe logits at layer {bad[0]} (step {step.index})")
        self._append(out[: self.batch], mask[: self.batch])
        for j, s in enumerate(self.names):
            self.last[s] = out[:, -1, j]
        self.steps += 1

    def add_pass(self, out: torch.Tensor) -> None:
        """A whole pass's logits, already on the host and checked finite by the caller: ``(batch, T, n_signals)``,
        columns in :attr:`names` order, every token real (an engine backend copies a flattened batch's logits to the
        host once and hands each request its rows). Replaces :meth:`on_layer` + :meth:`on_step` for that pass."""
        self._pending, self._mask = {}, None
        B, T = out.shape[:2]
        if B != self.lengths.shape[0] or out.shape[2] != len(self.names):
            raise ValueError(f"a pass of shape {tuple(out.shape)} for {self.lengths.shape[0]} rows x "
                             f"{len(self.names)} signals")
        if B == 1:  # one request: a slice copy, no scatter
            n = int(self.lengths[0])
            if n + T > self._buf.shape[1]:
                self._grow(n + T)
            self._buf[0, n: n + T] = out[0]
            self.lengths[0] = n + T
        else:
            self._append(out, torch.ones(B, T, dtype=torch.bool))
        for j, s in enumerate(self.names):
            self.last[s] = out[:, -1, j]
        self.steps += 1

    def _grow(self, need: int) -> None:
        cap = max(need, 2 * self._buf.shape[1], 64)
        grown = torch.zeros(self._buf.shape[0], cap, self._buf.shape[2])
        grown[:, : self._buf.shape[1]] = self._buf
        self._buf = grown

    def _append(self, out: torch.Tensor, mask: torch.Tensor) -> None:
        """Append each row's real tokens of this pass after its earlier ones (one scatter, no per-row loop)."""
        if out.shape[0] != self.lengths.shape[0]:
            raise ValueError(f"a pass of {out.shape[0]} rows for a request of {self.lengths.shape[0]}")
        rows, cols = mask.nonzero(as_tuple=True)  # row-major: each row's tokens in order
        dest = self.lengths[rows] + (mask.long().cumsum(dim=1)[rows, cols] - 1)
        new_len = self.lengths + mask.sum(dim=1)
        need = int(new_len.max()) if new_len.numel() else 0
        if need > self._buf.shape[1]:
            self._grow(need)
        self._buf[rows, dest] = out[rows, cols]
        self.lengths = new_len

    def row(self, signal: str, r: int) -> torch.Tensor:
        """Row ``r``'s per-token logits of ``signal`` so far (real tokens only): a view into the buffer (values
        already written never change, so it stays valid while more is appended); do not modify it in place."""
        return self._buf[r, : int(self.lengths[r]), self._col[signal]]
