"""``GuardedChatModel``: a LangChain chat model running a local transformers model through the Guard."""

from __future__ import annotations

import asyncio
import json
import queue
import threading
from typing import Any, AsyncIterator, Callable, Iterator, Literal, Sequence

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.messages.tool import tool_call_chunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, PrivateAttr

from guardrail import Decision, Guard
from guardrail.tool_calls import call_opening
from guardrail.server.streaming import BatchStreamer, GenerationCancelled, RowStream, emitter

from .tool_calls import parse_tool_calls, tools_system_prompt


def to_chat_messages(messages: Sequence[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages -> ``{"role", "content"}`` dicts for a chat template (tool calls as Hermes text)."""
    out = []
    for m in messages:
        content = m.content if isinstance(m.content, str) else "".join(
            p.get("text", "") if isinstance(p, dict) else str(p) for p in m.content)
        if isinstance(m, SystemMessage):
            role = "system"
        elif isinstance(m, HumanMessage):
            role = "user"
        elif isinstance(m, AIMessage):
            role = "assistant"
            for tc in m.tool_calls:
                content += "\n<tool_call>\n" + json.dumps({"name": tc["name"], "arguments": tc["args"]}) + "\n</tool_call>"
        elif isinstance(m, ToolMessage):
            role, content = "tool", f"<tool_response>\n{content}\n</tool_response>"
        else:
            role = getattr(m, "role", "user")
        out.append({"role": role, "content": content})
    return out


class GuardedChatModel(BaseChatModel):
    """A local transformers model behind guardrail's Guard, usable anywhere LangChain takes a chat model.

    >>> model = GuardedChatModel()                 # the embedded SmolLM2-135M-Instruct
    >>> agent = create_agent(model, tools, middleware=[ActivationGuardMiddleware(model.guard)])

    Probe scores and the decision are in ``response_metadata["guardrail"]`` (JSON-safe).

    Streaming (``stream`` / ``astream``) is token by token with the server's safe window
    (:mod:`guardrail.server.streaming`): a token is released only once the guard has scored it and every
    in-generation check over it passed, and ``stream_window`` more tokens are held back. A reply the guard stops
    ends with the policy message; what was still held is never sent. The last chunk carries the decision in
    ``response_metadata["guardrail"]`` (and ``generation_info``), as ``invoke`` does. With tools bound the reply
    is held and emitted at the end, so its tool calls can be parsed whole. A consumer that stops iterating early
    stops the generation.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    guard_: Any = Field(default=None, alias="guard")
    #: new tokens per call; ``None`` takes the guard policy's ``max_new_tokens`` (128 by default)
    max_new_tokens: int | None = None
    model_name: str = "guardrail-local"
    #: streaming: tokens held back beyond the ones the guard has not scored yet (as ``guardrail serve``)
    stream_window: int = Field(default=4, ge=0)
    #: ``False``: the same model with the guard off (no probe reads, no decisions): a baseline for comparisons
    guarded: bool = True
    #: read the familiarity signal on requests made with tools bound. Off by default, as in the action check: an
    #: agent's instruction names things the model cannot know, its user's files ("Delete tmp/cache.log" abstained
    #: at familiarity 0.95 on the agent model); package names in install actions are still checked there
    familiarity_with_tools: bool = False
    #: the tool calls of a reply steered into a refusal: ``"withhold"`` them (the reply is the policy message) or
    #: ``"check"``: emit them for the tool check to judge. On the agent-model benchmark ``"check"`` completed 2 more
    #: of 20 benign tasks (the tool check let two steered benign calls run) and ran no harmful action either, but a
    #: harmful call it blocks is proposed again at every step until the step limit (BENCHMARKS section 13)
    steered_tool_calls: Literal["withhold", "check"] = "withhold"
    #: open the reply with the start of a Hermes tool call (forced tokens, a "JSON prefill") so that a small model
    #: answers with a call: ``"forced"`` when ``tool_choice`` asks for one (``"any"`` / ``"required"`` / a tool's
    #: name, which is then written in), ``"first"`` also on the first model call after a human message, ``"off"``
    #: never. A reply the guard steers from its first token is not forced. On the agent model "first" gave no gain:
    #: the same tasks completed, fewer well-formed calls (47.5% against 57.5%; BENCHMARKS section 13)
    tool_prefill: Literal["forced", "first", "off"] = "forced"
    _guard: Guard | None = PrivateAttr(default=None)

    @property
    def guard(self) -> Guard:
        if self._guard is None:
            self._guard = self.guard_ if isinstance(self.guard_, Guard) else Guard(self.guard_)
        return self._guard

    @property
    def _llm_type(self) -> str:
        return "guardrail-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "max_new_tokens": self.max_new_tokens}

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any):
        formatted = [convert_to_openai_tool(t) for t in tools]
        return super().bind(tools=formatted, tool_choice=tool_choice, **kwargs)

    # -- core ----------------------------------------------------------------------------------------
    def _prepare(self, messages: list[BaseMessage], tools: list[dict] | None,
                 tool_choice: Any = None) -> list[dict[str, str]]:
        """The chat with the tools system prompt. ``tool_choice``: ``None`` / ``"auto"`` (the model decides),
        ``"none"`` (tools not offered), ``"any"`` / ``"required"`` / ``True`` (a call is asked for), a tool name
        or ``{"type": "function", "function": {"name": ...}}`` (that tool is asked for)."""
        chat = to_chat_messages(messages)
        if tools and tool_choice != "none":
            specs = [t.get("function", t) for t in tools]
            forced = tool_choice.get("function", {}).get("name") if isinstance(tool_choice, dict) else tool_choice
            if isinstance(forced, str) and forced not in ("auto", "any", "required"):
                if forced not in {t.get("name") for t in specs}:
                    raise ValueError(f"tool_choice names {forced!r}, which is not among the bound tools")
                specs = [t for t in specs if t.get("name") == forced]
            sys = tools_system_prompt(specs)
            if forced in ("any", "required", True) or (isinstance(forced, str) and forced not in ("auto",)):
                sys += "\nYou must answer with a tool call."
            if chat and chat[0]["role"] == "system":
                chat[0] = {"role": "system", "content": chat[0]["content"] + "\n\n" + sys}
            else:
                chat.insert(0, {"role": "system", "content": sys})
        return chat

    def _to_message(self, d: Decision) -> AIMessage:
        """The decision as an AIMessage. A steered reply's tool calls are withheld by default
        (``steered_tool_calls``): the request was flagged, and a call that survived the steering would be judged by
        the tool check again at every retry of the agent loop (the agent model re-proposed a blocked extortion
        e-mail until the step limit). The reply is then the steering signal's policy message; the withheld calls
        are in ``response_metadata["guardrail"]``."""
        content, calls, invalid = parse_tool_calls(d.text) if d.action in ("allow", "steer") else (d.text, [], [])
        meta = d.to_dict(trajectory=False)
        if d.action == "steer" and calls and self.steered_tool_calls == "withhold":
            meta["withheld_tool_calls"] = [{"name": c["name"], "args": c["args"]} for c in calls]
            content, calls = self.guard.policy.steered_message(d.scores), []
        return AIMessage(
            content=content, tool_calls=calls, invalid_tool_calls=invalid,
            response_metadata={"guardrail": meta, "model_name": self.guard.lm.name},
            usage_metadata={"input_tokens": 0, "output_tokens": d.generated_tokens, "total_tokens": d.generated_tokens},
        )

    def _prefill(self, messages: list[BaseMessage], tools: bool, tool_choice: Any) -> str | None:
        """The forced opening of the reply (``tool_prefill``), or ``None``."""
        if not tools or self.tool_prefill == "off":
            return None
        forced = tool_choice.get("function", {}).get("name") if isinstance(tool_choice, dict) else tool_choice
        if isinstance(forced, str) and forced not in ("auto", "any", "required"):
            return call_opening(forced)
        if forced in ("any", "required", True) or (
                self.tool_prefill == "first" and messages and isinstance(messages[-1], HumanMessage)):
            return call_opening()
        return None

    def _decide(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any],
                **gen_kwargs: Any) -> Decision:
        chat = self._prepare(messages, kwargs.get("tools"), kwargs.get("tool_choice"))
        n = kwargs.get("max_new_tokens", self.max_new_tokens)
        tools = bool(kwargs.get("tools")) and kwargs.get("tool_choice") != "none"
        pack = self.guard.pack if self.guarded else None
        skip = ("familiarity",) if tools and not self.familiarity_with_tools and pack is not None \
            and "familiarity" in pack.probes else ()
        prefix = self._prefill(messages, tools, kwargs.get("tool_choice"))
        d = self.guard.generate(chat, max_new_tokens=int(n) if n is not None else None, guard=self.guarded,
                                skip_signals=skip, reply_prefix=prefix, **gen_kwargs)
        if stop and d.action in ("allow", "steer"):
            cut = min((d.text.find(s) for s in stop if s in d.text), default=-1)
            if cut >= 0:
                d.text = d.text[:cut]
        return d

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        d = self._decide(messages, stop, kwargs)
        return ChatResult(generations=[ChatGeneration(message=self._to_message(d))])

    async def _agenerate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                         run_manager: AsyncCallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        d = await asyncio.to_thread(self._decide, messages, stop, kwargs)
        return ChatResult(generations=[ChatGeneration(message=self._to_message(d))])

    def _last_chunk(self, msg: AIMessage, *, tool_calls: bool = True) -> ChatGenerationChunk:
        """The chunk that ends a stream: the decision (as ``invoke`` puts it in ``response_metadata``, and in
        ``generation_info``), usage, and the tool calls of a held reply."""
        calls = msg.tool_calls if tool_calls else []
        return ChatGenerationChunk(
            message=AIMessageChunk(
                content="", tool_call_chunks=[tool_call_chunk(name=tc["name"], args=json.dumps(tc["args"]),
                                                              id=tc["id"], index=i) for i, tc in enumerate(calls)],
                response_metadata=msg.response_metadata, usage_metadata=msg.usage_metadata, chunk_position="last"),
            generation_info=dict(msg.response_metadata))

    def _chunks(self, d: Decision) -> Iterator[ChatGenerationChunk]:
        """A held reply (tools bound), emitted whole once the guard decided."""
        msg = self._to_message(d)
        words = msg.content.split(" ") if msg.content else []
        for i, w in enumerate(words):
            yield ChatGenerationChunk(message=AIMessageChunk(content=w if i == 0 else " " + w))
        yield self._last_chunk(msg)

    # -- token streaming -------------------------------------------------------------------------------
    def _row(self, emit: Callable[[str], None], stop: list[str] | None) -> RowStream:
        lm = self.guard.lm
        eos = lm.model.generation_config.eos_token_id
        ids = [eos] if isinstance(eos, int) else list(eos or [])
        tok = lm.tokenizer
        return RowStream(lambda t: tok.decode(t, skip_special_tokens=True), emit,
                         eos={int(i) for i in ids + [tok.eos_token_id, tok.pad_token_id] if i is not None},
                         guarded=self.guarded, window=self.stream_window, stops=stop or ())

    def _tail(self, d: Decision, row: RowStream) -> Iterator[ChatGenerationChunk]:
        """What ends a token stream: the rest of an allowed reply, or the policy message after a stop (after what
        was already sent), then the decision. Without tools bound the reply is text: no tool-call parsing."""
        if d.action in ("allow", "steer"):
            rest = row.releaser.remainder(d.text)  # None: a fail-open rerun diverged from what was sent
        else:
            rest = ("\n\n" if row.releaser.emitted else "") + d.text
        if rest:
            yield ChatGenerationChunk(message=AIMessageChunk(content=rest))
        yield self._last_chunk(self._to_message(d), tool_calls=False)

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        if kwargs.get("tools"):  # held: the reply may be tool calls, parsed whole
            chunks: Iterator[ChatGenerationChunk] = self._chunks(self._decide(messages, stop, kwargs))
        else:
            chunks = self._token_stream(messages, stop, kwargs)
        try:
            for chunk in chunks:
                if run_manager:
                    run_manager.on_llm_new_token(chunk.message.content, chunk=chunk)
                yield chunk
        finally:
            chunks.close()  # a consumer that stopped early stops the generation now, not when collected

    def _token_stream(self, messages: list[BaseMessage], stop: list[str] | None,
                      kwargs: dict[str, Any]) -> Iterator[ChatGenerationChunk]:
        q: queue.Queue[tuple[str, Any]] = queue.Queue()
        cancel = threading.Event()
        row = self._row(lambda text: q.put(("delta", text)), stop)

        def work() -> None:
            try:
                q.put(("done", self._decide(messages, stop, kwargs,
                                            streamer=BatchStreamer([row], alive=lambda: not cancel.is_set()))))
            except BaseException as e:  # noqa: BLE001 - handed to the consumer (GenerationCancelled included)
                q.put(("error", e))

        worker = threading.Thread(target=work, name="guardrail-stream", daemon=True)
        worker.start()
        try:
            while True:
                kind, payload = q.get()
                if kind == "delta":
                    yield ChatGenerationChunk(message=AIMessageChunk(content=payload))
                elif kind == "error":
                    raise payload
                else:
                    yield from self._tail(payload, row)
                    return
        finally:
            if worker.is_alive():  # the consumer stopped early: abort the generation at its next step
                cancel.set()
                worker.join()

    async def _astream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                       run_manager: AsyncCallbackManagerForLLMRun | None = None,
                       **kwargs: Any) -> AsyncIterator[ChatGenerationChunk]:
        if kwargs.get("tools"):
            d = await asyncio.to_thread(self._decide, messages, stop, kwargs)
            for chunk in self._chunks(d):
                if run_manager:
                    await run_manager.on_llm_new_token(chunk.message.content, chunk=chunk)
                yield chunk
            return
        loop = asyncio.get_running_loop()
        q: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancel = threading.Event()
        row = self._row(emitter(loop, q), stop)
        fut = loop.run_in_executor(None, lambda: self._decide(
            messages, stop, kwargs, streamer=BatchStreamer([row], alive=lambda: not cancel.is_set())))
        fut.add_done_callback(lambda f: q.put_nowait(("done", None)))  # after every delta: FIFO on the loop
        try:
            while True:
                kind, payload = await q.get()
                if kind == "done":
                    break
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=payload))
                if run_manager:
                    await run_manager.on_llm_new_token(payload, chunk=chunk)
                yield chunk
            d = fut.result()
            for chunk in self._tail(d, row):
                if run_manager:
                    await run_manager.on_llm_new_token(chunk.message.content, chunk=chunk)
                yield chunk
        finally:
            if not fut.done():  # the consumer stopped early (or was cancelled): abort the generation
                cancel.set()
                try:
                    await asyncio.shield(fut)  # returns at the next decoding step
                except (GenerationCancelled, Exception):  # noqa: BLE001 - nobody is listening any more
                    pass
