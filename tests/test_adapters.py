import pytest
import torch
from torch import nn

from guardrail.adapters import LayerAdapter
from guardrail.errors import AdapterError
from guardrail.taps import Tap, hook_count

from tiny_models import FAMILIES, tiny


@pytest.mark.parametrize("family", FAMILIES)
def test_adapter_finds_blocks_norm_and_hidden_size(family):
    model, layers_path, norm_path = tiny(family)
    a = LayerAdapter.for_model(model)
    assert a.layers_path == layers_path
    assert a.norm_path == norm_path
    assert a.hidden_size == 32
    assert a.num_layers == 3
    assert len(a.layers(model)) == 3
    assert isinstance(a.final_norm(model), nn.Module)


@pytest.mark.parametrize("family", FAMILIES)
def test_tap_matches_hidden_states_on_every_family(family):
    model, _, _ = tiny(family)
    ids = torch.randint(1, 128, (2, 7))
    with torch.no_grad():
        ref = model(ids, output_hidden_states=True).hidden_states
    before = hook_count(model)
    with Tap(model, layers=[0, 1]) as tap, torch.no_grad():
        model(ids)
    assert hook_count(model) == before
    for layer in (0, 1):
        torch.testing.assert_close(tap.activations(layer), ref[layer + 1], rtol=1e-5, atol=1e-5)


class Custom(nn.Module):
    """An architecture guardrail does not know, with its blocks somewhere odd."""

    def __init__(self):
        super().__init__()
        self.config = type("C", (), {"model_type": "mystery", "d_model": 8})()
        self.trunk = nn.Module()
        self.trunk.blocks = nn.ModuleList([nn.Linear(8, 8) for _ in range(2)])
        self.trunk.extra = nn.ModuleList([nn.Linear(8, 8) for _ in range(5)])
        self.trunk.final = nn.LayerNorm(8)


def test_discovery_and_explicit_override():
    m = Custom()
    # discovery picks the largest ModuleList; the override names the right one
    assert LayerAdapter.for_model(m).layers_path == "trunk.extra"
    a = LayerAdapter.for_model(m, layers_path="trunk.blocks", norm_path="trunk.final")
    assert (a.layers_path, a.norm_path, a.num_layers, a.hidden_size) == ("trunk.blocks", "trunk.final", 2, 8)


def test_bad_override_and_missing_layer_are_clear_errors():
    model, _, _ = tiny("llama")
    with pytest.raises(AdapterError, match="not an nn.ModuleList"):
        LayerAdapter.for_model(model, layers_path="model.nope")
    with pytest.raises(AdapterError, match="layer 7 does not exist"):
        Tap(model, layers=[7])
    with pytest.raises(AdapterError, match="pass layers_path"):
        LayerAdapter.for_model(nn.Sequential(nn.Linear(2, 2)))
