"""Shared fixtures. The real default model is loaded once per test session (converted into
``$GUARDRAIL_CACHE_DIR`` on first use; `make test` points that at ./.cache so CI converts once per run).

Two tiers: every test that uses the real model (the ``lm`` fixture, directly or through another fixture, or
an explicit ``@pytest.mark.model``) is marked ``model``; ``pytest -m "not model"`` runs the rest, on tiny
random models built in code, in well under a minute. `make test` runs both, without the optional second
embedded model's tests (``agent_model``: `make test-agent-model`)."""

from __future__ import annotations

import pytest
import torch

torch.manual_seed(0)


@pytest.fixture(scope="session")
def lm():
    import guardrail

    return guardrail.load_model()


def pytest_configure(config):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "tests"))  # tiny_models helper


# fixtures that load the real default model
MODEL_FIXTURES = {"lm", "base_tokenizer"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("agent_model"):
            item.add_marker(pytest.mark.model)  # a real model: out of the fast tier


@pytest.fixture(autouse=True)
def _tiny_models_run_on_one_thread(request):
    """Every test of the fast tier (tiny random models) runs with one intra-op thread: a 32-wide matmul gains nothing
    from a second thread, and on a shared 2-core machine the spinning pool made the tier's model builds ~3x slower.
    Real-model tests keep the machine's setting. The previous setting is restored."""
    if request.node.get_closest_marker("model"):
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def one_torch_thread():
    """One intra-op thread for a module's real-model tests that generate a lot (server, streaming): on a shared
    2-core machine two spinning threads make every pass ~10x slower. The previous setting is restored."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture()
def shipped_copy(tmp_path):
    """Copy one folder of the shipped default pack ("probes" or "steering") into tmp_path, to tamper with."""
    import shutil

    from guardrail.probes import default_pack_dir

    def copy(kind: str):
        dst = tmp_path / f"copy-{kind}"
        shutil.copytree(default_pack_dir() / kind, dst)
        return dst

    return copy
