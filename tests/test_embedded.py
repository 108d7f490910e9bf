"""The second embedded model: parts assembled and hash-checked (fast, on fake parts), and the real model by its
short name where ``make agent-model`` installed it."""

import hashlib
import importlib.metadata
from dataclasses import replace

import pytest

import guardrail.embedded as emb
from guardrail.errors import ModelNotFoundError


def _fake(tmp_path, chunks):
    paths = []
    for i, c in enumerate(chunks):
        p = tmp_path / f"part{i}.bin"
        p.write_bytes(c)
        paths.append(p)
    return paths


def test_parts_are_concatenated_in_order_and_hash_checked(tmp_path, monkeypatch):
    chunks = [b"GGUF" + b"a" * 10, b"b" * 7, b"c" * 3]
    whole = b"".join(chunks)
    spec = replace(emb.AGENT_MODEL, sha256=hashlib.sha256(whole).hexdigest(), size=len(whole))
    monkeypatch.setattr(emb, "_part_paths", lambda s: _fake(tmp_path, chunks))
    out = emb.assemble(spec, tmp_path / "m.gguf")
    assert out.read_bytes() == whole
    monkeypatch.setattr(emb, "_part_paths", lambda s: _fake(tmp_path, list(reversed(chunks))))
    with pytest.raises(ModelNotFoundError, match="refusing to load"):
        emb.assemble(spec, tmp_path / "m2.gguf")
    assert not (tmp_path / "m2.gguf").exists() and not (tmp_path / "m2.partial").exists()


def test_a_missing_part_package_says_how_to_install_it():
    spec = replace(emb.AGENT_MODEL, packages=("guardrail-no-such-package",), files=("x/part01.bin",))
    with pytest.raises(ModelNotFoundError, match="make agent-model"):
        emb._part_paths(spec)


def _installed() -> bool:
    try:
        return all(importlib.metadata.version(p) == emb.AGENT_MODEL.version for p in emb.AGENT_MODEL.packages)
    except importlib.metadata.PackageNotFoundError:
        return False


@pytest.mark.agent_model
@pytest.mark.skipif(not _installed(), reason="the agent model is not installed (make agent-model)")
def test_the_agent_model_loads_by_short_name():
    import guardrail

    lm = guardrail.load_model("qwen2.5-coder-0.5b-instruct")
    assert (lm.adapter.model_type, lm.num_layers, lm.hidden_size) == ("qwen2", 24, 896)
    assert "<|im_start|>" in lm.render("hi")
