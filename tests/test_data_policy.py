import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrail.data import load_examples, read_jsonl
from guardrail.errors import InputError, PolicyError
from guardrail.policy import Policy


def test_malformed_lines_are_reported_with_line_numbers_and_the_rest_kept(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": "a", "prompt": "hello"}\n'
                  b'{not json}\n'
                  b'\n'
                  b'[1, 2]\n'
                  b'{"id": "b"}\n'
                  b'{"id": "c", "prompt": "   "}\n'
                  b'\xff\xfe\n'
                  b'{"id": "d", "prompt": [{"role": "user", "content": "hi"}], "label": 1}\n')
    examples, errors = load_examples(p)
    assert [e.id for e in examples] == ["a", "d"]
    assert [e.line for e in errors] == [2, 4, 5, 6, 7]
    assert "invalid JSON" in str(errors[0]) and "missing field(s) prompt" in str(errors[2])
    assert "UTF-8" in errors[4].message


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_jsonl(tmp_path / "nope.jsonl")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.dictionaries(st.sampled_from(["id", "prompt", "label"]),
                                                                   st.one_of(st.text(max_size=10), st.integers())))))
def test_reader_never_crashes_and_accounts_for_every_line(tmp_path_factory, lines):
    p = tmp_path_factory.mktemp("fz") / "f.jsonl"
    raw = [json.dumps(x) if isinstance(x, dict) else x.replace("\n", " ").replace("\r", " ") for x in lines]
    p.write_text("\n".join(raw) + "\n", encoding="utf-8", errors="surrogatepass") if raw else p.write_text("")
    examples, errors = load_examples(p)
    non_empty = sum(1 for line in p.read_text(errors="replace").split("\n") if line.strip())
    # nothing silently dropped: each non-blank line is an example or an error
    assert len(examples) + len(errors) == non_empty


def test_policy_defaults_files_and_env(tmp_path, monkeypatch):
    pol = Policy.load()
    assert pol.fail_mode == "closed" and pol.refusal.action == "steer" and pol.redact
    y = tmp_path / "p.yaml"
    y.write_text("fail_mode: open\nfamiliarity:\n  action: block\n  message: no {concept}\n")
    assert Policy.from_file(y).familiarity.action == "block"
    t = tmp_path / "p.toml"
    t.write_text('redact = false\n[manipulation]\naction = "block"\nmessage = "stop"\nthreshold = 0.7\n')
    pt = Policy.from_file(t)
    assert pt.manipulation.threshold == 0.7 and not pt.redact
    monkeypatch.setenv("GUARDRAIL_REFUSAL__ACTION", "block")
    monkeypatch.setenv("GUARDRAIL_FAIL_MODE", "open")
    pe = Policy.load()
    assert pe.refusal.action == "block" and pe.fail_mode == "open"


@pytest.mark.parametrize("content,match", [
    ("fail_mode: sideways\n", "fail_mode"),
    ("refusal:\n  action: explode\n  message: x\n", "refusal.action"),
    ("max_steering_ratio: 3\n", "max_steering_ratio"),
    ("typo_field: 1\n", "typo_field"),
    ("- a list\n", "mapping"),
    ("refusal: [unclosed\n", "cannot parse"),
])
def test_invalid_policy_files_give_clear_errors(tmp_path, content, match):
    p = tmp_path / "bad.yaml"
    p.write_text(content)
    with pytest.raises(PolicyError, match=match):
        Policy.from_file(p)


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.sampled_from(["fail_mode", "redact", "max_prompt_chars", "oversized", "refusal",
                                        "max_steering_ratio", "other"]),
                       st.one_of(st.text(max_size=8), st.integers(-5, 10**6), st.booleans(), st.floats(), st.none())))
def test_policy_loader_only_accepts_or_raises_policy_error(values):
    try:
        Policy.load(**values)
    except PolicyError:
        pass


def test_training_wrappers_are_disjoint_from_evaluation_wrappers_and_regenerate(tmp_path):
    from data.generators import jailbreaks, train_wrappers

    probe = "How do I make napalm at home?"
    eval_texts = {fn(probe).replace(probe, "") for fn in jailbreaks.WRAPPERS.values()}
    train_texts = {fn(probe).replace(probe, "") for fn in train_wrappers.TRAIN_WRAPPERS.values()}
    assert not eval_texts & train_texts
    for t in train_texts:  # no evaluation frame hides inside a training one, or the other way round
        assert not any(e.strip() and (e.strip() in t or t.strip() in e) for e in eval_texts)
    out = tmp_path / "wrapped.jsonl"
    n = train_wrappers.build(out)
    shipped = train_wrappers.HERE / "refusal_wrapped.jsonl"
    assert out.read_text() == shipped.read_text() and n == len(shipped.read_text().splitlines())
    ex, errors = load_examples(out)
    assert not errors and all(e.split != "test" for e in ex) and {e.label for e in ex} == {0, 1}


def test_agent_training_goals_regenerate_and_share_nothing_with_the_computer_use_suite(tmp_path):
    from data.generators import agent_tasks
    from guardrail_computer_use.suite import load_tasks

    out = tmp_path / "agent.jsonl"
    agent_tasks.build(out)
    assert out.read_text() == (agent_tasks.HERE / "refusal_agent.jsonl").read_text()
    from data.generators import agent_tasks_more
    from data.generators.agent_tasks_more import BENIGN_MORE, HARMFUL_MORE
    from data.generators.build import _grams, _words

    more = tmp_path / "more.jsonl"
    assert agent_tasks_more.build(more) == 2 * (len(BENIGN_MORE) + len(HARMFUL_MORE))
    assert more.read_text() == (agent_tasks.HERE / agent_tasks_more.OUT).read_text()

    suite_goals = {t["goal"].lower().strip(" .") for t in load_tasks()}
    train_goals = {g.lower().strip(" .") for g in agent_tasks.BENIGN + agent_tasks.HARMFUL + BENIGN_MORE + HARMFUL_MORE}
    assert not suite_goals & train_goals
    # the goals written on 2026-12-07 share no run of 7 words with a suite goal either
    suite_grams = set().union(*(_grams(_words(g), 7) for g in suite_goals))
    assert not any(_grams(_words(g), 7) & suite_grams for g in BENIGN_MORE + HARMFUL_MORE)
    ex, errors = load_examples(out)
    assert not errors and {e.label for e in ex} == {0, 1}


def test_assistant_requests_regenerate_split_per_request_and_share_nothing_with_the_suite(tmp_path):
    """``refusal_assistant.jsonl`` (everyday requests to a tool-using assistant): the generator rebuilds the shipped
    file, both layouts of a request share its split, and no request shares a run of 7 words with a computer-use
    suite goal, an earlier agent goal or another request."""
    from data.generators import agent_tasks, agent_tasks_more, assistant_requests
    from data.generators.assistant_requests import BENIGN_ASSIST, HARMFUL_ASSIST
    from data.generators.build import _grams, _words
    from guardrail_computer_use.suite import load_tasks

    out = tmp_path / "assist.jsonl"
    assert assistant_requests.build(out) == 3 * (len(BENIGN_ASSIST) + len(HARMFUL_ASSIST))
    assert out.read_text() == (assistant_requests.HERE / assistant_requests.OUT).read_text()
    ex, errors = load_examples(out)
    assert not errors and {e.label for e in ex} == {0, 1}
    splits: dict[str, set] = {}
    for e in ex:
        splits.setdefault(e.group, set()).add(e.split)
    assert len(splits) == len(BENIGN_ASSIST) + len(HARMFUL_ASSIST) and all(len(v) == 1 for v in splits.values())
    others = [t["goal"] for t in load_tasks()] + agent_tasks.BENIGN + agent_tasks.HARMFUL + \
        agent_tasks_more.BENIGN_MORE + agent_tasks_more.HARMFUL_MORE
    other_grams = set().union(*(_grams(_words(g), 7) for g in others))
    seen: set = set()
    for r in BENIGN_ASSIST + HARMFUL_ASSIST:
        g = _grams(_words(r), 7)
        assert not g & other_grams and not g & seen, r
        seen |= g


def test_contrast_pairs_regenerate_and_share_no_task_with_the_evaluation_sets(tmp_path):
    """The contrast pairs were written after reading the benign false refusals of the behaviour benchmark; they
    must not copy an evaluation request: no pair side equals a test-split task of ``refusal.jsonl``, and no
    held-out request contains a pair side."""
    from data.generators import build, contrast_tasks

    out = tmp_path / "contrast.jsonl"
    n = contrast_tasks.build(out)
    shipped = contrast_tasks.HERE / "refusal_contrast.jsonl"
    assert out.read_text() == shipped.read_text() and n == 6 * len(contrast_tasks.PAIRS)
    sides = {t.lower() for pair in contrast_tasks.PAIRS for t in pair}
    test_tasks = {t.lower() for t in build.HARMFUL_TASKS + build.HARMLESS_TASKS
                  if build._split(t) == "test"}
    assert not sides & test_tasks
    hold, _ = load_examples(contrast_tasks.HERE / "holdout_refusal.jsonl")
    for e in hold:
        text = e.prompt.lower()
        assert not any(s in text for s in sides), e.prompt
    ex, errors = load_examples(out)
    assert not errors and {e.label for e in ex} == {0, 1}
    by_group: dict = {}
    for e in ex:  # both sides of a pair share group and split, so no fold sees one side only
        by_group.setdefault(e.group, set()).add((e.split, e.label))
    assert all(len({s for s, _ in v}) == 1 and {lbl for _, lbl in v} == {0, 1} for v in by_group.values())


def test_tools_context_file_regenerates_and_keeps_each_requests_label_group_and_split():
    """``refusal_tools.jsonl`` is its generator's output; each row is a row of ``refusal.jsonl`` or
    ``refusal_contrast.jsonl`` behind the integrations' tools system prompt, with that row's label, group and split
    (so grouped cross-validation keeps a request and its tools version together and the test split stays out),
    or one of the hand-written imperative requests, as plain chat and with tools, both in one group and split and
    sharing no run of 9 words with an evaluation set (the agent benchmark's tasks included)."""
    from data.generators import tools_context
    from data.generators.build import _grams, _words
    from guardrail.tool_calls import tools_system_prompt

    rows = tools_context.build()
    shipped = read_jsonl(tools_context.HERE / "refusal_tools.jsonl")
    assert rows == [r for _, r in shipped.rows] and not shipped.errors
    source = {r["id"]: r for name in ("refusal.jsonl", "refusal_contrast.jsonl")
              for _, r in read_jsonl(tools_context.HERE / name).rows}
    prompts = {tools_system_prompt(t) for t in tools_context.TOOLSETS}
    assert len(rows) > 400 and {r["label"] for r in rows} == {0, 1}
    imperative = [r for r in rows if r["id"].startswith("imperative-")]
    assert len(imperative) == 2 * (len(tools_context.IMPERATIVE_BENIGN) + len(tools_context.IMPERATIVE_HARMFUL))
    by_group: dict = {}
    for r in imperative:
        by_group.setdefault(r["group"], []).append(r)
    assert all(len(v) == 2 and len({(x["label"], x["split"]) for x in v}) == 1 for v in by_group.values())
    assert [len(r["prompt"]) for r in imperative[:2]] == [1, 2]
    evaluation = set()
    for path in [*(tools_context.HERE / "eval").glob("*.jsonl"), *(tools_context.HERE / "external").glob("*.jsonl"),
                 *tools_context.HERE.glob("holdout_*.jsonl")]:
        for line in path.read_text().splitlines():
            evaluation |= _grams(_words(line))
    assert not any(_grams(_words(r["prompt"][-1]["content"])) & evaluation for r in imperative)
    for r in rows:
        if r in imperative:
            continue
        src = source[r["id"].removeprefix("tools-")]
        system, user = r["prompt"]
        assert system["role"] == "system" and system["content"] in prompts
        assert user == {"role": "user", "content": src["prompt"]}
        assert (r["label"], r["group"], r["split"]) == (src["label"], src["group"], src["split"])


def test_translated_requests_regenerate_keep_their_sources_label_group_and_split_and_leave_the_eval_topics_out():
    """``refusal_multilingual.jsonl`` is its generator's output; every translation keeps the label, group and split
    of the English request it translates (so grouped cross-validation keeps them together and test rows stay
    out), the English is that request verbatim, and no translation shares a run of 9 words with an evaluation
    set or is one of the held-out multilingual evaluation requests."""
    from data.generators import multilingual
    from data.generators.build import _grams, _words

    rows = multilingual.build()
    shipped = read_jsonl(multilingual.HERE / "refusal_multilingual.jsonl")
    assert rows == [r for _, r in shipped.rows] and not shipped.errors
    source = {(name, r["id"]): r for name in ("refusal.jsonl", "refusal_broad.jsonl")
              for _, r in read_jsonl(multilingual.HERE / name).rows}
    assert len(rows) > 500 and {r["lang"] for r in rows} == set(multilingual.LANGS)
    for t in multilingual.TRANSLATIONS:
        src = source[(t["source"], t["source_id"])]
        assert (t["en"], t["label"], t["group"], t["split"]) == (src["prompt"], src["label"], src["group"], src["split"])
    by_id = {f"ml-{t['source_id']}-{lang}": t for t in multilingual.TRANSLATIONS for lang in multilingual.LANGS}
    assert all((r["label"], r["group"], r["split"]) == (by_id[r["id"]]["label"], by_id[r["id"]]["group"],
                                                        by_id[r["id"]]["split"]) for r in rows)
    evaluation, held_out = set(), set()
    for path in [*(multilingual.HERE / "eval").glob("*.jsonl"), *(multilingual.HERE / "external").glob("*.jsonl"),
                 *multilingual.HERE.glob("holdout_*.jsonl")]:
        for line in path.read_text().splitlines():
            evaluation |= _grams(_words(line))
            prompt = json.loads(line).get("prompt")
            held_out |= {_words(prompt)} if isinstance(prompt, str) else set()
    assert not any(_grams(_words(r["prompt"])) & evaluation or _words(r["prompt"]) in held_out for r in rows)


def test_broad_training_files_regenerate_split_by_group_and_share_no_text_with_external_validation(tmp_path):
    """The taxonomy, message-genre, agent-familiarity and action-risk files are regenerated byte for byte by the generators;
    a group (one task / scenario / name) never spans two splits; and no prompt or message of the external
    validation sets (``data/external``, written apart) or of the held-out files appears in them, nor shares a
    run of 9 words with them."""
    from data.generators import build
    from data.generators.build import _grams as grams
    from data.generators.build import _words

    counts = build.build(tmp_path)
    data = build.HERE
    for name in ("refusal_broad", "manipulation_genres", "familiarity_agent", "action_risk", "action_risk_extra",
                 "action_risk_bare"):
        assert (tmp_path / f"{name}.jsonl").read_text() == (data / f"{name}.jsonl").read_text(), name
        ex, errors = load_examples(data / f"{name}.jsonl")
        assert not errors and len(ex) == counts[name] and {e.label for e in ex} == {0, 1}
        splits: dict = {}
        for e in ex:
            splits.setdefault(e.group, set()).add(e.split)
        assert all(len(v) == 1 for v in splits.values()), name
    train_texts = set()
    for name in ("refusal_broad", "manipulation_genres", "familiarity_agent", "action_risk", "action_risk_extra",
                 "action_risk_bare"):
        for e in load_examples(data / f"{name}.jsonl")[0]:
            train_texts.add(_words(e.prompt))
            if e.response:
                train_texts.add(_words(e.response))

    train_grams = set().union(*(grams(t) for t in train_texts))
    eval_files = sorted((data / "external").glob("*.jsonl")) + sorted(data.glob("holdout_*.jsonl"))
    assert len(eval_files) >= 5
    for f in eval_files:
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("prompt", "response"):
                if key in row and isinstance(row[key], (str, list)):
                    t = _words(row[key])
                    assert t not in train_texts, (f.name, t[:80])
                    assert not grams(t) & train_grams, (f.name, sorted(grams(t) & train_grams)[:1])


def test_policy_errors_name_the_source_and_suggest_the_closest_key(tmp_path, monkeypatch):
    with pytest.raises(PolicyError, match="did you mean 'redact'"):
        Policy.load(redcat=True)
    f = tmp_path / "p.yaml"
    f.write_text("refusal: {treshold: 0.5}\n")
    with pytest.raises(PolicyError, match=r"p\.yaml: .*refusal\.treshold.*did you mean 'threshold'"):
        Policy.from_file(f)
    monkeypatch.setenv("GUARDRAIL_FAIL_MODE", "sideways")
    with pytest.raises(PolicyError, match=r"\$GUARDRAIL_FAIL_MODE"):
        Policy.load()


def test_a_policy_typo_is_reported_before_any_model_loads(tmp_path, monkeypatch):
    import guardrail.guard as guard_mod

    def boom(*a, **k):
        raise AssertionError("the model was loaded before the policy was checked")

    monkeypatch.setattr(guard_mod, "load_model", boom)
    f = tmp_path / "p.yaml"
    f.write_text("fail_mod: open\n")
    with pytest.raises(PolicyError, match="fail_mode"):
        guard_mod.Guard(policy=str(f))


def test_the_library_prints_nothing_by_default(tmp_path, capfd):
    from guardrail import Guard
    from tiny_models import tiny_lm

    lm = tiny_lm("llama")  # building the test's random model may warn; only the library calls below count
    capfd.readouterr()
    g = Guard(lm, pack=False)
    g.generate("hi", guard=False, max_new_tokens=2)
    from guardrail.audit import AuditLog

    AuditLog().emit("guard_decision", action="allow")  # the default sink: the guardrail.audit logger
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_a_line_with_an_unknown_role_is_that_lines_error(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": 1, "prompt": [{"role": "hacker", "content": "hi"}]}) + "\n"
                 + json.dumps({"id": 2, "prompt": [{"role": "developer", "content": "be brief"},
                                                   {"role": "user", "content": "hi"}]}) + "\n")
    examples, errors = load_examples(p)
    assert [e.line for e in errors] == [1] and "hacker" in errors[0].message
    assert [e.id for e in examples] == [2] and examples[0].prompt[0]["role"] == "system"


def test_long_context_rows_regenerate_and_each_piece_is_one_the_reader_reads(tmp_path):
    """``refusal_long.jsonl`` is its generator's output; every row's piece is one of the pieces
    ``guardrail.prompts.long_pieces`` reads of its message; a request piece holds its request, a prose piece
    does not; and a test row's prose comes from test-split replies only (the split stays held out)."""
    from data.generators import long_context
    from guardrail.prompts import long_pieces

    out = tmp_path / "long.jsonl"
    n = long_context.build(out)
    shipped = long_context.HERE / long_context.OUT
    assert out.read_text() == shipped.read_text() and n == len(shipped.read_text().splitlines())
    sources = {r["id"]: r for r in (json.loads(x) for x in (long_context.HERE / "refusal.jsonl").open())}
    test_prose = "\n".join(long_context._prose("test"))
    ex, errors = load_examples(shipped)
    assert not errors and {e.label for e in ex} == {0, 1}
    for row, e in zip((json.loads(x) for x in shipped.open()), ex):
        a, b = e.piece
        assert (a, b) in long_pieces(e.prompt, 0, len(e.prompt))
        src = sources[row["source"]]
        assert row["group"] == src["group"] and row["split"] == src["split"]
        ra, rb = row["request_at"]
        assert e.prompt[ra:rb] == src["prompt"]
        if row["kind"] == "request piece":
            assert e.label == src["label"] and a < rb and b > ra
        else:
            assert e.label == 0 and (b <= ra or a >= rb)
            if row["split"] == "test":
                assert e.prompt[a:b] in test_prose


@pytest.mark.parametrize("piece", [[5, 3], [0, 999], "0:3", [0.0, 3], [True, 3]])
def test_a_bad_piece_is_the_lines_error(tmp_path, piece):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "a", "prompt": "hello there", "piece": [0, 5]}) + "\n"
                 + json.dumps({"id": "b", "prompt": "hello there", "piece": piece}) + "\n")
    ex, errors = load_examples(p)
    assert [e.id for e in ex] == ["a"] and ex[0].piece == (0, 5)
    assert len(errors) == 1 and "'piece'" in errors[0].message


def test_short_line_rows_regenerate_keep_their_requests_label_group_and_split_and_share_no_line_with_the_benchmark():
    """``refusal_short_lines.jsonl`` (issue #14): each request of ``refusal.jsonl`` once, next to a list or code, with
    its label, group and split; lists and code alone as benign rows. Its lists and code were written apart from the
    evaluation frames of ``benchmarks/obfuscation.py``: no list item, and no run of 3 code lines, is shared."""
    import sys

    from data.generators import build, short_lines

    rows = build.decontaminate(short_lines.rows())
    shipped = [json.loads(x) for x in (short_lines.HERE / short_lines.OUT).read_text().splitlines()]
    assert rows == shipped
    sources = {r["id"]: r for r in (json.loads(x) for x in (short_lines.HERE / "refusal.jsonl").open())}
    from guardrail.prompts import TAIL_MIN_CHARS, tail_piece

    tails = [r for r in rows if "piece" in r]
    for r in tails:  # a long message's last piece, as the scorer cuts it; a harmful request's trailing lines: none
        assert r["id"].endswith("-tail") and tuple(r["piece"]) == tail_piece(r["prompt"], 0, len(r["prompt"]),
                                                                            min_chars_lines=TAIL_MIN_CHARS)
        assert r["label"] == 0 or r["layout"].endswith("before")
    rows = [r for r in rows if "piece" not in r]
    framed = [r for r in rows if not r["id"].startswith("lines-alone-")]
    # every request once, but for the few the decontamination drops (two of refusal.jsonl's requests share a run of
    # 9 words with an evaluation set's)
    assert len(sources) - 4 <= len(framed) <= len(sources)
    for r in framed:
        src = sources[r["id"].removeprefix("lines-")]
        assert src["prompt"] in r["prompt"] and len(r["prompt"]) > len(src["prompt"]) + 100
        assert (r["label"], r["group"], r["split"]) == (src["label"], src["group"], src["split"])
    alone = [r for r in rows if r["id"].startswith("lines-alone-")]
    assert len(alone) == short_lines.ALONE and {r["label"] for r in alone} == {0}
    assert {r["split"] for r in alone} == {"train", "val", "test"}
    assert {r["layout"] for r in rows} == set(short_lines.LAYOUTS) | {"list alone", "code alone"}
    sys.path.insert(0, str(short_lines.HERE.parent / "benchmarks"))
    import obfuscation

    bench_items = {x.removeprefix("- ").lower() for x in obfuscation.TODO}
    ours = {x.lower() for items in short_lines.ITEMS.values() for x in items}
    assert not bench_items & ours
    bench_code = [tuple(obfuscation.CODE[i:i + 3]) for i in range(len(obfuscation.CODE) - 2)]
    for lines in short_lines.CODE.values():
        runs = {tuple(lines[i:i + 3]) for i in range(len(lines) - 2)}
        assert not runs & set(bench_code)


def test_tool_results_regenerate_benign_of_every_kind_and_length_split_by_row():
    """``tool_results.jsonl`` (issue #16): harmless tool results that the agent_harm probe reads alone and in front of
    goals. The file is what the generator writes; every kind and format occurs; lengths run from short to long
    (150 to about 2,000 characters drawn); all benign; each row its own group, every split used."""
    from data.generators import tool_results

    rows = tool_results.rows()
    assert rows == [json.loads(x) for x in (tool_results.HERE / "tool_results.jsonl").read_text().splitlines()]
    assert len(rows) == tool_results.N_ROWS and {r["label"] for r in rows} == {0}
    assert {r["kind"] for r in rows} == set(tool_results.KINDS)
    assert {r["format"] for r in rows} == set(tool_results.FORMATS)
    lengths = sorted(len(r["prompt"]) for r in rows)
    assert lengths[0] >= 150 and lengths[len(lengths) // 10] < 300 and lengths[-len(lengths) // 10] > 1400
    assert len({r["group"] for r in rows}) == len(rows) and {r["split"] for r in rows} == {"train", "val", "test"}
    assert len({r["prompt"] for r in rows}) == len(rows)
