"""Fixtures of the server tests: Guards on a tiny random model with a random pack (the fast tier); helpers are in
server_helpers.py."""

from __future__ import annotations

import pytest
import torch

from guardrail import Guard, LinearProbe, Policy, ProbePack

#: thresholds of 1.0: the tiny model's random probes (scores ~0.5) never flag; 0.0 on familiarity: always abstain
QUIET = {"refusal": {"threshold": 1.0}, "familiarity": {"threshold": 1.0}, "manipulation": {"threshold": 1.0}}


@pytest.fixture(scope="session")
def tiny_pack(tmp_path_factory):
    """``(lm, pack_dir)``: a tiny random llama and a random pack made for it."""
    from tiny_models import tiny_lm

    lm = tiny_lm("llama")
    torch.manual_seed(1)
    probes = [LinearProbe(s, 1, torch.randn(lm.hidden_size) * 0.01, 0.0, 0.5,
                          "mean" if s != "familiarity" else "last")
              for s in ("refusal", "familiarity", "manipulation")]
    out = tmp_path_factory.mktemp("tinypack")
    ProbePack(probes, lm.fingerprint, {"model": "tiny"}).save_pretrained(out / "probes")
    return lm, out


@pytest.fixture(scope="session")
def tiny_guard(tiny_pack):
    lm, pack = tiny_pack
    return Guard(lm, pack=pack, policy=Policy(**QUIET), audit=None)


@pytest.fixture(scope="session")
def abstaining_guard(tiny_pack):
    lm, pack = tiny_pack
    return Guard(lm, pack=pack, policy=Policy(**{**QUIET, "familiarity": {"threshold": 0.0}}), audit=None)


@pytest.fixture(autouse=True)
def no_env_keys(monkeypatch):
    """Keys in the environment of whoever runs the tests must not change what the tests see."""
    monkeypatch.delenv("GUARDRAIL_API_KEYS", raising=False)
