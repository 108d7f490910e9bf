"""Activation taps: read the residual stream at chosen layers during the forward passes the model already
does (``model(...)`` or every prefill/decode step of ``generate`` with the KV cache), with no second pass.

A :class:`Tap` is per request. Its hooks are registered through removable handles when the ``with`` block
starts and removed when it ends, also when generation raises. Hooks of concurrent taps on the same model
only record passes made inside their own context (a :mod:`contextvars` set), so threads and asyncio tasks
sharing a model each get exactly their own activations.

Padding: every step carries the real-token mask of its new positions (taken from the ``attention_mask``
of that forward call), so left-padded rows read the same activations as the row run alone.
"""

from __future__ import annotations

import contextvars
import itertools
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import torch
from torch import nn

from .adapters import LayerAdapter
from .errors import AdapterError

_ACTIVE: contextvars.ContextVar[frozenset[int]] = contextvars.ContextVar("guardrail_active_taps", default=frozenset())
_IDS = itertools.count(1)


def active_tap_ids() -> frozenset[int]:
    """Ids of the taps (and steering contexts) active in the current context."""
    return _ACTIVE.get()


class ActiveContext:
    """Marks one object active in the current context (thread / asyncio task) for its ``with`` block."""

    def __init__(self) -> None:
        self.context_id = next(_IDS)
        self._token: contextvars.Token | None = None

    def _activate(self) -> None:
        self._token = _ACTIVE.set(_ACTIVE.get() | {self.context_id})

    def _deactivate(self) -> None:
        if self._token is not None:
            try:
                _ACTIVE.reset(self._token)
            except ValueError:  # reset from another context: fall back to removing our id
                _ACTIVE.set(_ACTIVE.get() - {self.context_id})
            self._token = None

    def is_active(self) -> bool:
        return self.context_id in _ACTIVE.get()


def layer_output(output) -> torch.Tensor:
    """The hidden-state tensor of a decoder block's output (a tensor in transformers 5, a tuple before)."""
    return output[0] if isinstance(output, (tuple, list)) else output


def replace_layer_output(output, hidden: torch.Tensor):
    if isinstance(output, tuple):
        return (hidden,) + tuple(output[1:])
    if isinstance(output, list):
        return [hidden] + list(output[1:])
    return hidden


@dataclass
class TapStep:
    """One forward pass seen by a tap: ``index`` 0 is the prefill, then one per decode step.

    ``hidden[layer]`` is ``(batch, new_positions, hidden_size)``; ``mask`` is ``(batch, new_positions)``,
    True where the position is a real token (False on left padding); ``start`` is the absolute position of
    the first new token in the sequence.
    """

    index: int
    start: int
    hidden: dict[int, torch.Tensor]
    mask: torch.Tensor

    @property
    def length(self) -> int:
        return self.mask.shape[1]


StepCallback = Callable[[TapStep], None]
#: ``on_layer(layer, hidden, mask, pass_index)``: a tapped layer's output as soon as that layer has run, with the
#: pass's real-token mask (``None`` when unknown); scorers use it to read states before later layers run
LayerCallback = Callable[[int, torch.Tensor, "torch.Tensor | None", int], None]


class Tap(ActiveContext):
    """Record activations of ``layers`` (decoder-block indices; negative counts from the end) while active.

    >>> with Tap(lm, layers=[12, 20]) as tap:
    ...     out = lm.model.generate(**enc, max_new_tokens=16)
    >>> tap.activations(12)          # (batch, prompt + generated - 1, hidden): every token the model read
    >>> tap.row(12, 0)               # row 0's real (unpadded) tokens only

    ``on_step`` is called after each forward pass with a :class:`TapStep`, ``on_layer`` as soon as each tapped
    layer has run; set ``store=False`` to keep nothing but what the callbacks keep.
    """

    def __init__(
        self,
        model,  # LoadedModel or nn.Module
        layers: Iterable[int],
        *,
        on_step: StepCallback | None = None,
        on_layer: LayerCallback | None = None,
        store: bool = True,
        adapter: LayerAdapter | None = None,
        detach_to_cpu: bool = False,
    ) -> None:
        super().__init__()
        module = getattr(model, "model", model) if not isinstance(model, nn.Module) else model
        self.module: nn.Module = module
        self.adapter = adapter or getattr(model, "adapter", None) or LayerAdapter.for_model(module)
        n = self.adapter.num_layers
        resolved = []
        for layer in layers:
            if not -n <= int(layer) < n:
                raise AdapterError(f"layer {layer} does not exist: the model has {n} decoder layers")
            resolved.append(int(layer) % n)
        if not resolved:
            raise AdapterError("a tap needs at least one layer")
        self.layers: tuple[int, ...] = tuple(sorted(set(resolved)))
        self.on_step = on_step
        self.on_layer = on_layer
        self.store = store
        self.detach_to_cpu = detach_to_cpu
        self.steps: list[TapStep] = []
        self._handles: list[torch.utils.hooks.RemovableHandle] = []
        self._pending: dict[int, torch.Tensor] = {}
        self._mask: torch.Tensor | None = None
        self._seen = 0
        self._index = 0

    # -- context manager -----------------------------------------------------------------------------
    def __enter__(self) -> "Tap":
        if self._handles:
            raise RuntimeError("this Tap is already active; create one Tap per request")
        try:
            self._handles.append(self.module.register_forward_pre_hook(self._pre_hook, with_kwargs=True))
            for i in self.layers:
                # prepended: the tap reads a layer's output before any other hook on it (a steering hook on the
                # same layer runs after it), whatever the order the hooks were registered in
                self._handles.append(self.adapter.layer(self.module, i).register_forward_hook(
                    self._make_hook(i), prepend=True))
            self._handles.append(self.module.register_forward_hook(self._post_hook))
        except BaseException:
            self._remove()
            raise
        self._activate()
        return self

    def __exit__(self, *exc) -> None:
        self._deactivate()
        self._remove()

    def _remove(self) -> None:
        for h in self._handles:
            h.remove()
        self._handles.clear()

    # -- hooks ---------------------------------------------------------------------------------------
    def _pre_hook(self, module, args, kwargs):
        if not self.is_active():
            return None
        mask = kwargs.get("attention_mask")
        ids = kwargs.get("input_ids", args[0] if args else None)
        embeds = kwargs.get("inputs_embeds")
        ref = ids if ids is not None else embeds
        new = ref.shape[1] if ref is not None else None
        if mask is not None and mask.dim() == 2 and new is not None:
            self._mask = mask[:, -new:].bool()
        elif ref is not None:
            self._mask = torch.ones(ref.shape[0], ref.shape[1], dtype=torch.bool, device=ref.device)
        else:
            self._mask = None
        self._pending = {}
        return None

    def _make_hook(self, index: int):
        def hook(module, args, output):
            if self.is_active():
                h = layer_output(output).detach()
                self._pending[index] = h.to("cpu") if self.detach_to_cpu else h
                if self.on_layer is not None:
                    self.on_layer(index, h, self._mask, self._index)
            return None

        return hook

    def _post_hook(self, module, args, output):
        if not self.is_active() or not self._pending:
            return None
        any_h = next(iter(self._pending.values()))
        mask = self._mask
        if mask is None or mask.shape[:2] != any_h.shape[:2]:
            mask = torch.ones(any_h.shape[:2], dtype=torch.bool, device=any_h.device)
        step = TapStep(index=self._index, start=self._seen, hidden=dict(self._pending), mask=mask.to(any_h.device))
        self._index += 1
        self._seen += step.length
        self._pending = {}
        if self.store:
            self.steps.append(step)
        if self.on_step is not None:
            self.on_step(step)
        return None

    # -- reading -------------------------------------------------------------------------------------
    def current(self, layer: int) -> torch.Tensor | None:
        """``layer``'s output in the pass now running (for hooks of later layers), else ``None``."""
        return self._pending.get(layer % self.adapter.num_layers)

    def activations(self, layer: int) -> torch.Tensor:
        """``(batch, positions, hidden)`` over every recorded step, padding included (see :meth:`mask`)."""
        layer = layer % self.adapter.num_layers
        if layer not in self.layers:
            raise AdapterError(f"layer {layer} was not tapped (tapped: {self.layers})")
        if not self.steps:
            raise RuntimeError("the tap recorded nothing: was the model run inside the `with` block?")
        return torch.cat([s.hidden[layer] for s in self.steps], dim=1)

    def mask(self) -> torch.Tensor:
        return torch.cat([s.mask for s in self.steps], dim=1)

    def row(self, layer: int, row: int) -> torch.Tensor:
        """Row ``row``'s activations at its real tokens only: ``(n_tokens, hidden)``."""
        return self.activations(layer)[row][self.mask()[row]]

    def rows(self, layer: int) -> list[torch.Tensor]:
        acts, mask = self.activations(layer), self.mask()
        return [acts[i][mask[i]] for i in range(acts.shape[0])]


def hook_count(module: nn.Module) -> int:
    """Number of forward (pre-)hooks registered on ``module`` and all its submodules (for leak tests)."""
    total = 0
    for m in module.modules():
        total += len(m._forward_hooks) + len(m._forward_pre_hooks)
    return total


def last_real_index(mask: torch.Tensor) -> torch.Tensor:
    """Index of each row's last real token in a left- or right-padded mask ``(batch, seq)``."""
    positions = torch.arange(mask.shape[1], device=mask.device).expand_as(mask)
    return torch.where(mask.bool(), positions, torch.full_like(positions, -1)).max(dim=1).values


def select_layers(n_layers: int, layers: Sequence[int] | None) -> list[int]:
    return list(range(n_layers)) if layers is None else [int(x) % n_layers for x in layers]
