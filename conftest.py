"""Shared fixtures. The real default model is loaded once per test session (converted into
``$GUARDRAIL_CACHE_DIR`` on first use; `make test` points that at ./.cache so CI converts once per run)."""

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
