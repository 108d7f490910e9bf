"""Layer adapters: where a causal LM keeps its decoder blocks, final norm and hidden size.

Known families are looked up by ``config.model_type``; anything else is discovered (the largest
``nn.ModuleList`` whose length equals the number of layers) and can always be overridden explicitly::

    adapter = LayerAdapter.for_model(model, layers_path="transformer.blocks", norm_path="transformer.norm_f")
"""

from __future__ import annotations

from dataclasses import dataclass

from torch import nn

from .errors import AdapterError

# model_type -> candidate (layers, final norm) attribute paths, most specific first.
_KNOWN: dict[str, list[tuple[str, str]]] = {
    "llama": [("model.layers", "model.norm")],
    "mistral": [("model.layers", "model.norm")],
    "qwen2": [("model.layers", "model.norm")],
    "qwen3": [("model.layers", "model.norm")],
    "gemma": [("model.layers", "model.norm")],
    "gemma2": [("model.layers", "model.norm")],
    "gemma3": [("model.language_model.layers", "model.language_model.norm"), ("model.layers", "model.norm")],
    "gemma3_text": [("model.layers", "model.norm")],
    "phi3": [("model.layers", "model.norm")],
    "gpt2": [("transformer.h", "transformer.ln_f")],
    "gpt_neox": [("gpt_neox.layers", "gpt_neox.final_layer_norm")],
}
SUPPORTED_FAMILIES = tuple(sorted(_KNOWN))


def _get(module: nn.Module, path: str) -> nn.Module | None:
    cur: object = module
    for part in path.split("."):
        cur = getattr(cur, part, None)
        if cur is None:
            return None
    return cur if isinstance(cur, nn.Module) else None


def _text_config(config):
    get = getattr(config, "get_text_config", None)
    return get() if callable(get) else config


@dataclass(frozen=True)
class LayerAdapter:
    """Resolved locations inside one model. ``layers[i]`` is decoder block ``i``; its output is the residual
    stream after block ``i`` (``output_hidden_states`` index ``i + 1``)."""

    layers_path: str
    norm_path: str | None
    hidden_size: int
    num_layers: int
    model_type: str

    @classmethod
    def for_model(
        cls, model: nn.Module, *, layers_path: str | None = None, norm_path: str | None = None
    ) -> "LayerAdapter":
        config = _text_config(getattr(model, "config", None)) if getattr(model, "config", None) else None
        model_type = getattr(getattr(model, "config", None), "model_type", None) or "unknown"
        if layers_path is not None:
            candidates = [(layers_path, norm_path)]
        else:
            candidates = list(_KNOWN.get(model_type, []))
        layers = None
        chosen: tuple[str, str | None] | None = None
        for lp, np_ in candidates:
            found = _get(model, lp)
            if isinstance(found, nn.ModuleList) and len(found) > 0:
                layers, chosen = found, (lp, np_)
                break
        if layers is None and layers_path is not None:
            raise AdapterError(f"layers_path {layers_path!r} is not an nn.ModuleList on {type(model).__name__}")
        if layers is None:
            chosen = cls._discover(model, config)
            layers = _get(model, chosen[0])
        assert chosen is not None and layers is not None
        norm = chosen[1]
        if norm is not None and _get(model, norm) is None:
            if norm_path is not None:
                raise AdapterError(f"norm_path {norm_path!r} not found on {type(model).__name__}")
            norm = None
        hidden = None
        for attr in ("hidden_size", "n_embd", "d_model"):
            hidden = getattr(config, attr, None) if config is not None else None
            if hidden:
                break
        if not hidden:
            raise AdapterError(f"cannot tell the hidden size of {type(model).__name__}; its config has none")
        return cls(chosen[0], norm, int(hidden), len(layers), model_type)

    @staticmethod
    def _discover(model: nn.Module, config) -> tuple[str, str | None]:
        n = getattr(config, "num_hidden_layers", None) or getattr(config, "n_layer", None)
        best: tuple[int, str] | None = None
        for name, mod in model.named_modules():
            if isinstance(mod, nn.ModuleList) and len(mod) > 0 and (n is None or len(mod) == n):
                if best is None or len(mod) > best[0]:
                    best = (len(mod), name)
        if best is None:
            raise AdapterError(
                f"could not find the decoder blocks of {type(model).__name__} "
                f"(model_type={getattr(config, 'model_type', None)!r}); pass layers_path='...' explicitly. "
                f"Known families: {', '.join(SUPPORTED_FAMILIES)}"
            )
        return best[1], None

    def layers(self, model: nn.Module) -> nn.ModuleList:
        found = _get(model, self.layers_path)
        if not isinstance(found, nn.ModuleList):
            raise AdapterError(f"{self.layers_path!r} is no longer an nn.ModuleList on {type(model).__name__}")
        return found

    def layer(self, model: nn.Module, index: int) -> nn.Module:
        layers = self.layers(model)
        if not -len(layers) <= index < len(layers):
            raise AdapterError(f"layer {index} does not exist: the model has {len(layers)} decoder layers")
        return layers[index]

    def final_norm(self, model: nn.Module) -> nn.Module | None:
        return _get(model, self.norm_path) if self.norm_path else None
