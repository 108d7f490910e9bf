"""The one action check every agent integration uses: an agent's proposed action, judged before it runs.

``ActionCheck(guard).check(goal, action, observation=..., reasoning=...)`` builds the one prompt layout the
probes were trained on for agent steps (:func:`agent_messages`: the observation as context in its own turn,
then goal + reasoning; the action is the *response*, ``Action: name({...})`` plus any free text it sends),
scores it in one prefill pass, applies per-tool rules, maps ``steer`` / ``abstain`` to ``block`` (an action runs
or it does not), and audits the final decision exactly once. The LangChain middleware and the computer-use
``ActionGate`` keep only their framework glue around it. No framework import here.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Literal, Mapping, Sequence

from .errors import InputError
from .models import Message
from .normalize import normalize_text
from .prompts import GOAL_PREFIX, REASONING_MARK
from .provenance import injected_values, map_strings, string_values

if TYPE_CHECKING:  # pragma: no cover
    from .guard import Decision, Guard

ToolRule = Literal["check", "skip", "block"]
TOOL_RULES = ("check", "skip", "block")
FREE_TEXT_MIN_CHARS = 20  # string arguments at least this long are free text the action sends (scored)
#: the signals that may block an action by default (familiarity is left out: agents legitimately act on names the
#: model has never seen, like a file name; a signal the pack lacks is simply not read)
#: refusal and agent_harm: a pack holding agent_harm reads the goal with it instead of refusal, except on an
#: irreversible action whose agent gave reasoning (:attr:`guardrail.signals.Signal.replaces`,
#: :meth:`ActionCheck.acting_signals`)
DEFAULT_ACTION_SIGNALS: tuple[str, ...] = ("refusal", "agent_harm", "refusal_pieces", "manipulation", "action_risk")
#: the refusal score at which an irreversible action is blocked (None: off); see BENCHMARKS (computer-use suite)
DEFAULT_IRREVERSIBLE_THRESHOLD: float | None = None


def agent_messages(goal: str, observation: str = "", reasoning: str = "") -> list[Message]:
    """How an agent step is shown to the probes (training data for agent goals uses the same layout): the
    observation as context in its own message, then goal + reasoning as the scored request."""
    for name, v in (("goal", goal), ("observation", observation), ("reasoning", reasoning)):
        if not isinstance(v, str):
            raise InputError(f"the agent's {name} must be a string, not {type(v).__name__}")
    if not goal.strip():
        raise InputError("the agent's goal is empty")
    return ([{"role": "user", "content": f"Screen: {observation}"}] if observation else []) + [
        {"role": "user", "content": f"{GOAL_PREFIX}{goal}{REASONING_MARK} {reasoning}".strip()}]


#: the most of the tool results since the user's last message that a tool-call check reads (their end is kept)
MAX_OBSERVATION_CHARS = 4000


def tool_results_since_user(messages: Sequence[Message]) -> str:
    """The tool results after the last user message (``{"role", "content"}`` messages): what the model saw before
    proposing its calls, as the checked step's observation (the server and the LangChain middleware use it)."""
    out: list[str] = []
    for m in reversed(messages):
        if m["role"] == "user":
            break
        if m["role"] == "tool":
            out.append(m["content"])
    return "\n".join(reversed(out))[-MAX_OBSERVATION_CHARS:]


@dataclass
class ProposedAction:
    """A tool call or computer action: ``name`` (tool name or action kind) and JSON-safe ``args``."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    text: str | None = None  # free text the action sends, when the caller knows it (else taken from args)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InputError(f"an action needs a non-empty string name, not {self.name!r}")
        if not isinstance(self.args, Mapping):
            raise InputError(f"an action's args must be a mapping, not {type(self.args).__name__}")

    def describe(self) -> str:
        return f"{self.name}({json.dumps(dict(self.args), ensure_ascii=False, default=str)})"

    def free_text(self) -> str | None:
        if self.text:
            return self.text
        texts = [v for v in self.args.values() if isinstance(v, str) and len(v) >= FREE_TEXT_MIN_CHARS]
        return "\n".join(texts) or None

    def response(self) -> str:
        """The action as the probes read it (the response side of the agent-step layout)."""
        text = self.free_text()
        return f"Action: {self.describe()}" + (f"\n{text}" if text else "")


# -- what an action does, judged by the gate (never trusted from the agent) -----------------------------------
# a tool name is read word by word (``get_sent_emails`` -> get, sent, emails; ``sendEmail`` -> send, email;
# ``mcp__gmail__read_email`` -> mcp, gmail, read, email): its first verb, read-only or acting, says what it does
_READ_ONLY_VERBS = frozenset(
    "get read search list find fetch check query lookup look view show describe count browse inspect preview "
    "verify validate calculate compute summarize summarise extract parse scroll screenshot hover zoom wait "
    "navigate goto download".split())
# verbs whose effect cannot simply be undone: they delete, send or share, pay or book, overwrite or change, install
# or run
_ACTING_VERBS = frozenset(
    "delete remove erase wipe destroy drop truncate purge unlink rmdir rm kill shutdown reboot uninstall reset "
    "revoke cancel archive disable terminate deactivate ban block empty rollback scale send mail email message post "
    "publish tweet retweet share reply forward invite notify upload reschedule pay charge transfer wire purchase "
    "buy order refund checkout reserve book donate subscribe overwrite write save move rename update upsert put set "
    "change modify edit replace patch append insert commit push merge deploy apply grant configure chmod chown "
    "install execute exec shell bash terminal submit confirm approve accept decline reject sign".split())
# objects that make a name with no verb in it act (``settings``, ``user_permissions``)
_ACTING_OBJECTS = frozenset(
    "setting settings config password permission permissions transaction transactions payment payments money "
    "command".split())
# a tool or computer action that runs or types what it is given: every string argument is a command
_EXECUTING_WORDS = frozenset(
    "shell bash exec execute run terminal command cmd script console ssh powershell keyboard".split())


def _name_words(name: str) -> list[str]:
    """A tool name's words, lower-cased: split at ``_``, ``-``, ``.``, ``/``, spaces and camelCase
    (``HTTPPost`` -> http, post)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]


def _name_executes(name: str) -> bool:
    """Whether a tool runs or types what it is given (``shell``, ``run_command``, ``execute_sql``, ``type``)."""
    words = _name_words(name)
    return bool(set(words) & _EXECUTING_WORDS) or words[:1] in (["type"], ["key"], ["press"])


def _name_says(name: str) -> Literal["acts", "reads"] | None:
    """What a tool's name says it does: ``"acts"`` on the world, ``"reads"``, or None (no verb or acting object).
    Its first verb decides (namespace words before it, like ``mcp`` or ``gmail``, are skipped): an acting verb
    acts; a read-only verb reads, even when its object is an e-mail, an order or a message, unless an acting verb
    follows an ``and`` / ``then`` (``fetch_and_post``); with no verb, an acting object (settings, a password, a
    transaction) acts. ``get_flight_information``, ``search_emails`` and ``read_channel_messages`` read;
    ``send_money``, ``reserve_hotel``, ``update_password`` and ``schedule_transaction`` act."""
    words = _name_words(name)
    for i, w in enumerate(words):
        if w in _ACTING_VERBS:
            return "acts"
        if w in _READ_ONLY_VERBS:
            rest = words[i + 1:]
            then_acts = any(a in ("and", "then") and b in _ACTING_VERBS for a, b in zip(rest, rest[1:]))
            return "acts" if then_acts else "reads"
    return "acts" if any(w in _ACTING_OBJECTS for w in words) else None


def _name_acts(name: str) -> bool:
    """Whether a tool's name says it acts on the world (:func:`_name_says`)."""
    return _name_says(name) == "acts"


def _op_decides(name: str) -> bool:
    """Whether an operation named in an argument (:func:`_ops`) decides what a call of this tool does: its name
    says nothing (``file``, ``computer``) or names the tool rather than an act (``str_replace_editor``,
    ``str_replace_based_edit_tool``). ``send_money(action="get")`` still sends."""
    return _name_says(name) is None or _name_words(name)[-1:] in (["editor"], ["tool"])


# words that keep a read-only name from only reading (``get_or_create_user``; ``download_file`` writes a file):
# verbs that are seldom a read's object (``read_email``, ``get_order`` and ``list_posts`` read)
_NOT_ONLY_READING = frozenset(
    "create add make mark request generate enable disable start stop download or and then delete remove erase send "
    "pay transfer write save update set put upload install execute run submit approve cancel invite".split())
# argument names that say where a call goes or what it sends
_DESTINATION_KEYS = frozenset(
    "url uri urls link links href host hostname domain endpoint server address webhook callback email emails to "
    "recipient recipients cc bcc upload".split())
# a URL, a protocol-relative or host:port address, localhost, an e-mail or IP address, or a domain name
_ADDRESS = re.compile(
    r"\b[a-z][a-z0-9+.-]*://|(?:^|\s)//\w|\blocalhost\b|\b[a-z][\w-]*(?:\.[\w-]+)*:\d{2,5}\b|"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b",
    re.I)
_DOMAIN = re.compile(r"\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.([a-z]{2,24})\b", re.I)
# a name ending in one of these is a file, not a host (``notes.txt``, ``Safari.app``)
_FILE_EXTENSIONS = frozenset(
    "txt md rst pdf doc docx xls xlsx csv tsv json jsonl yaml yml toml ini cfg conf xml html htm css js ts jsx tsx py "
    "ipynb rb go rs java kt c h cpp hpp cs php sh bash zsh ps sql db sqlite log lock png jpg jpeg gif svg webp bmp ico "
    "tif tiff mp mp3 mp4 wav flac ogg mov avi mkv zip tar gz tgz bz xz rar dmg exe msi deb rpm app pkg bin iso img "
    "pkl pt pth onnx safetensors gguf ppt pptx odt ods odp rtf tex bib eml ics vcf bak tmp old env dat key pem crt "
    "cer".split())
# statements that change data, in any argument of a call that reads by name (``query_db(query="DELETE ...")``)
_WRITE_STATEMENT = re.compile(
    r"\b(insert\s+into|update\s+\S+\s+set|delete\s+from|drop\s+(table|database|index|view)|alter\s+table|"
    r"create\s+(table|database|index|user)|truncate\s+table|grant\s+\w|merge\s+into)\b|^\s*mutation\b", re.I)


def _sends_out(action: "ProposedAction") -> bool:
    """Whether a call may send something out or change data whatever its name says: an argument named like a
    destination (url, host, to, recipient, webhook... :data:`_DESTINATION_KEYS`, ``forward_to``), an HTTP method
    other than GET / HEAD, a URL, address or domain name in any key, value or text it sends, or a statement that
    changes data."""
    keys: list[str] = []
    texts: list[str] = [action.text] if action.text else []

    def walk(v: Any) -> None:  # every key and string value, nested ones too, in one pass
        if isinstance(v, Mapping):
            for k, x in v.items():
                keys.append(str(k))
                walk(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            texts.append(v)

    walk(dict(action.args))
    for k in keys:
        words = _name_words(k)
        if set(words) & _DESTINATION_KEYS or any(w.startswith("forward") for w in words):
            return True
    method = action.args.get("method")
    if isinstance(method, str) and method.strip().upper() not in ("", "GET", "HEAD"):
        return True
    texts += keys
    return any(_ADDRESS.search(t) or _WRITE_STATEMENT.search(t)
               or any(m.group(1).lower() not in _FILE_EXTENSIONS for m in _DOMAIN.finditer(t)) for t in texts)


def _only_reads(action: "ProposedAction", ops: set[str]) -> bool:
    """Whether a call only reads (:attr:`ActionAssessment.read_only`), irreversibility aside."""
    if _name_executes(action.name) or ops & _WRITE_OPS or (ops - _READ_OPS):
        return False
    if ops and _op_decides(action.name):
        reads = True  # a read operation of a multi-operation tool (``file(op="read")``)
    else:
        reads = _name_says(action.name) == "reads" and not set(_name_words(action.name)) & _NOT_ONLY_READING
    return reads and not _sends_out(action)


_SHELL_IRREVERSIBLE = re.compile(
    r"(\b(rm|rmdir|shred|dd|mkfs(\.\w+)?|truncate|mv|cp|chmod|chown|kill|killall|pkill|shutdown|reboot|halt|"
    r"crontab|userdel|passwd|apt(-get)?|pip|npm|curl|wget|scp|rsync|ssh|mail|sendmail|git\s+push|"
    r"git\s+reset|git\s+clean|docker\s+(rm|rmi|system\s+prune)|kubectl\s+delete|drop\s+(table|database)|"
    r"delete\s+from|insert\s+into|update\s+\S+\s+set|alter\s+table)\b"
    r"|>|\btee\b|\bsed\s+-i\b)", re.I)
# actions no goal makes safe: they destroy a home folder, a root file system or a disk, or fork-bomb the machine
_CATASTROPHIC = [
    (re.compile(r"\brm\s+(-[a-zA-Z]*\s+)*(-[a-zA-Z]*[rR][a-zA-Z]*\s+)(-[a-zA-Z]*\s+)*(--no-preserve-root\s+)?"
                r"(~/?|\$HOME/?|/|/\*|~/\*|\$HOME/\*|\*|/home(/\w+)?/?|/Users(/\w+)?/?|\.\.?/?)(\s|$|;|&)"),
     "recursive delete of a home folder, the root or the working directory"),
    (re.compile(r"\bmkfs(\.\w+)?\s+/dev/"), "formats a disk"),
    (re.compile(r"\bdd\b[^\n]*\bof=/dev/(sd|nvme|hd|vd|disk)"), "overwrites a disk"),
    (re.compile(r":\(\)\s*\{\s*:\|:&\s*\}\s*;\s*:"), "fork bomb"),
    (re.compile(r"\bchmod\s+(-[a-zA-Z]*R[a-zA-Z]*\s+)\S*\s+/(\s|$)"), "recursive permission change of /"),
    (re.compile(r">\s*/dev/(sd|nvme|hd|vd)"), "writes over a disk device"),
]


@dataclass(frozen=True)
class ActionAssessment:
    """What the gate judged an action to do, from the action itself: ``irreversible`` (deletes, overwrites,
    sends, pays, installs, changes settings, or a shell command that does), ``catastrophic`` (no goal makes it
    safe), with the reasons, and ``read_only``."""

    irreversible: bool
    catastrophic: bool
    why: tuple[str, ...] = ()
    #: the action only reads: its name reads (get, list, search, read... and no acting word in it) or its
    #: operation does (``file(op="read")``), it runs and writes nothing, and no argument names a destination, a URL,
    #: an address or a domain (a read of ``https://x.example/?q=<secret>`` sends), nor a statement that changes data
    read_only: bool = False


_COMMAND_KEYS = ("command", "commands", "cmd", "script", "code", "shell", "bash", "sql")
# an operation named in one word under one of these keys (a file tool's ``op``, a text editor's ``command``)
_OP_KEYS = ("op", "operation", "command", "action")
_WRITE_OPS = frozenset(
    "delete remove move write overwrite rename create str_replace insert undo_edit append edit".split())
_READ_OPS = frozenset("read view list get search find open screenshot".split())


def _ops(action: "ProposedAction") -> set[str]:
    """The operations the action names in one word under :data:`_OP_KEYS`, lower-cased (``{"delete"}`` for
    ``file(op="delete")``, ``{"type"}`` for ``computer(action="type")``)."""
    return {v.lower() for k, v in action.args.items()
            if k.lower() in _OP_KEYS and isinstance(v, str) and re.fullmatch(r"[A-Za-z_]+", v)}


def _canonical_shell(cmd: str) -> str:
    """A command with the spellings that hide the same effect folded: quotes dropped, ``${HOME}`` as ``$HOME``,
    long options as short ones, a bare ``--`` removed."""
    c = cmd.replace('"', "").replace("'", "").replace("${HOME}", "$HOME").replace("\\", "")
    c = re.sub(r"--recursive\b", "-r", c)
    c = re.sub(r"--force\b", "-f", c)
    c = re.sub(r"(?<=\s)--(?=\s)", " ", c)
    return re.sub(r"\s+", " ", c)


def _commands(action: "ProposedAction") -> list[str]:
    """Every string the action would run or type, canonicalised: all string arguments of an action whose name
    says it executes or types (``shell``, ``run_command``, ``type`` ...) or whose operation is to type
    (``computer(action="type", text=...)``), else the values under command-like keys
    (lists and nested values included). A message body that merely mentions a command is not one."""
    if _name_executes(action.name) or _ops(action) & {"type", "key"}:  # computer(action="type", text=...) types
        out = string_values(dict(action.args))
    else:
        out = [x for k, v in action.args.items() if k.lower() in _COMMAND_KEYS for x in string_values(v)]
    return [_canonical_shell(c) for c in out]


def assess_action(action: "ProposedAction") -> ActionAssessment:
    """Judge an action's irreversibility and catastrophe from its name and arguments, never from a flag the agent
    sets. Broad for ``irreversible`` (it selects the stricter threshold and, with agent_harm in the pack, which
    harm probe acts); narrow for ``catastrophic`` (it blocks whatever the probes say). A tool's name is read word by
    word (:func:`_name_acts`); an operation named in one word (``op``, an editor's ``command``) decides over it."""
    why: list[str] = []
    cmds = _commands(action)
    catastrophic = False
    for c in cmds:
        for rx, what in _CATASTROPHIC:
            if rx.search(c):
                catastrophic = True
                why.append(f"catastrophic: {what}")
    irreversible = catastrophic
    if any(_SHELL_IRREVERSIBLE.search(c) for c in cmds):
        irreversible = True
        why.append("a shell command that deletes, moves, overwrites, sends, installs or kills")
    ops = _ops(action)
    for op in sorted(ops & _WRITE_OPS):
        irreversible = True
        why.append(f"a file {op}")
    if not _name_executes(action.name) and not (ops & _READ_OPS and _op_decides(action.name)) \
            and _name_acts(action.name):
        irreversible = True
        why.append(f"{action.name!r} acts on the world (sends, deletes, pays, writes or changes settings)")
    target = str(action.args.get("target", ""))
    if action.name == "click" and re.search(r"\b(send|delete|remove|pay|buy|purchase|submit|confirm|transfer|"
                                           r"publish|post)\b", target, re.I):
        irreversible = True
        why.append(f"clicks {target!r}")
    read_only = not irreversible and _only_reads(action, ops)
    return ActionAssessment(irreversible, catastrophic, tuple(dict.fromkeys(why)), read_only)


MAX_PACKAGES = 16  # an action installing more packages than this is not read one by one: it is unknown
_INSTALL = re.compile(r"\b(?:(?:uv\s+)?pip3?\s+install|python3?\s+-m\s+pip\s+install|uv\s+add|poetry\s+add|"
                      r"conda\s+install|npm\s+(?:install|i|add)|pnpm\s+(?:add|install|i)|yarn\s+(?:global\s+)?add|"
                      r"gem\s+install|cargo\s+(?:install|add)|go\s+install|go\s+get)\s+([^;&|\n]*)")
_PKG_NAME = re.compile(r"^@?[A-Za-z0-9][A-Za-z0-9._/-]*$")


def installed_packages(action: "ProposedAction") -> list[str]:
    """The package names an action installs (``pip install``, ``npm install``, ``yarn add``, ``cargo add``...),
    version pins and extras removed; options, requirement files, paths and URLs are not package names."""
    out: list[str] = []
    for cmd in _commands(action):
        for m in _INSTALL.finditer(cmd):
            skip_next = False
            for tok in m.group(1).split():
                if skip_next:
                    skip_next = False
                    continue
                if tok in ("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
                           "--extra-index-url", "-t", "--target"):
                    skip_next = True
                    continue
                if tok.startswith("-") or "://" in tok or tok.startswith((".", "/", "~")):
                    continue
                name = re.split(r"[=<>!~\[;]", tok, maxsplit=1)[0]
                if tok.startswith("@"):  # an npm scope: @scope/name@version
                    name = "@" + tok[1:].split("@")[0]
                else:
                    name = name.split("@")[0]
                if _PKG_NAME.match(name) and name not in out:
                    out.append(name)
    return out


def _check_failed(d: "Decision", what: str, e: Exception, fail_mode: str) -> None:
    """Record a failure of one of the action check's own checks; like any guard failure it blocks unless the policy
    says ``fail_mode: open``."""
    d.failure = f"{type(e).__name__}: {e}"
    d.reasons.append(f"{what} check failed: {d.failure}")
    if fail_mode != "open":
        d.action = "block"


class ActionCheck:
    """Judge proposed actions with a :class:`~guardrail.Guard` (see the module docstring).

    Args:
        guard: the Guard whose model reads the step.
        signals: the signals that may block an action (familiarity is off by default: agents legitimately act
            on names the model has never seen, like a file name). ``action_risk`` (the action unsafe in its
            context) is read only here, when the pack has it; ``refusal_pieces`` reads the pieces of a goal (or earlier
            user turn) of 600 characters or more, and of the observation only with ``observation_pieces``; a signal
            with :attr:`~guardrail.signals.Signal.acts_on_reads` false (action_risk) does not act on a call that only
            reads (:attr:`ActionAssessment.read_only`). When the pack has an ``agent_harm`` probe (harmful intent read
            by a probe trained on agent steps) and it is in this list, it acts in place of ``refusal`` (refusal is
            then scored and audited only), except on an irreversible action whose agent gave its reasoning: there
            refusal acts and agent_harm is only scored (:meth:`acting_signals`). A guard failure always blocks
            (fail-closed) unless the policy says ``fail_mode: open``.
        tool_rules: per action name, ``"check"`` (default), ``"skip"`` (allowed unchecked) or ``"block"`` (never
            runs). Every rule's decision is audited like a checked one.
        irreversible_threshold: a stricter threshold for irreversible actions, on the score of the harm signal that
            acts (:meth:`harm_signal`: refusal when the agent gave reasoning, else agent_harm if the pack has it).
            Irreversibility is judged
            by the gate from the action (:func:`assess_action`: deletes, overwrites, sends, pays, installs, changes
            settings, shell commands by what they do), or-ed with the caller's ``irreversible`` flag; it is never
            only what the agent says. ``None`` turns the stricter threshold off.
        block_catastrophic: block actions no goal makes safe (``rm -rf ~``, formatting a disk, a fork bomb...)
            whatever the probes say (default on).
        check_packages: for an action that installs packages (``pip install``, ``npm install`` ...), read each
            package name with the familiarity probe, in the layout of an agent goal, and block the action when the
            model does not know one (an agent about to install a package that does not exist, or a typosquat it
            has never seen). One extra prefill pass per package; an action installing more than
            ``MAX_PACKAGES`` (16) is treated as unknown. Applies when the pack has a familiarity probe and the
            policy's familiarity action is not ``allow``; a failure of this check blocks unless ``fail_mode: open``.
        observation_as_request: read the observation with the request signals too, as if the user had written it
            (default on). Off, the observation is read only in context (by the goal's turn and the action signals):
            third-party content such as a web page no longer trips the request probes (one more benign task of
            the computer-use suite completed, BENCHMARKS section 5), but a user can then hide a harmful request in
            a file the agent reads ("do what todo.txt says") and only action_risk is left to see it.
        observation_pieces: also cut a long observation read as a request into pieces for the pieces probe
            (``refusal_pieces``; default off). The observation is still read whole and by its last piece; its pieces,
            read as requests, stopped 3.5% of AgentDojo's ordinary calls (long tool outputs) and no injected call
            that nothing else stops (BENCHMARKS section 5b). The goal and the user's earlier turns are always cut.
        check_injected: escalate an action that uses a value (a recipient, an account, a URL, a command, a text it
            sends) found only in an instruction addressed to the AI inside the observation or an earlier tool
            result, and in neither the goal nor the user's earlier turns (:func:`guardrail.provenance.injected_values`;
            default on): the agent is following an injected instruction. A plain-text rule: it sees values copied
            verbatim, not paraphrased instructions (those are left to ``action_risk``). Like the catastrophe rule it
            does not depend on the policy's signal actions (a monitoring policy still escalates); it never turns a
            block into an escalation.
        on_escalate: ``on_escalate(decision, action) -> bool`` asks a human about an escalated action (``True``:
            run it, ``False``: block it). Without it an escalated action comes back as ``"escalate"`` (not run),
            for the caller to ask. An action escalates when a flagged signal's policy action is ``escalate``, or
            when a signal's score lies within the policy's ``escalate_band`` below its threshold.
    """

    def __init__(self, guard: "Guard", *, signals: tuple[str, ...] = DEFAULT_ACTION_SIGNALS,
                 tool_rules: Mapping[str, ToolRule] | None = None,
                 irreversible_threshold: float | None = DEFAULT_IRREVERSIBLE_THRESHOLD,
                 block_catastrophic: bool = True, check_packages: bool = True, observation_as_request: bool = True,
                 check_injected: bool = True, observation_pieces: bool = False,
                 on_escalate: Callable[["Decision", ProposedAction], bool] | None = None) -> None:
        bad = {k: v for k, v in (tool_rules or {}).items() if v not in TOOL_RULES}
        if bad:
            raise InputError(f"tool_rules values must be 'check', 'skip' or 'block': {bad}")
        if irreversible_threshold is not None and not 0.0 <= float(irreversible_threshold) <= 1.0:
            raise InputError(f"irreversible_threshold must be in [0, 1], not {irreversible_threshold!r}")
        self.guard = guard
        self.signals = tuple(signals)
        self.tool_rules = dict(tool_rules or {})
        self.irreversible_threshold = irreversible_threshold
        self.block_catastrophic = block_catastrophic
        self.check_packages = check_packages
        self.observation_as_request = observation_as_request
        self.check_injected = check_injected
        self.observation_pieces = observation_pieces
        self.on_escalate = on_escalate

    def acting_signals(self, irreversible: bool = False, reasoned: bool = True,
                       read_only: bool = False) -> tuple[str, ...]:
        """The signals of :attr:`signals` that may block an action with this guard's pack. A signal the pack holds
        that replaces another (:attr:`guardrail.signals.Signal.replaces`: agent_harm replaces refusal) acts in its
        place, except on an ``irreversible`` action whose agent gave its reasoning (``reasoned``): there the replaced
        signal acts and the replacing one does not. The one that does not act is still scored and audited.

        Why the exception: the chat probe reads an agent's reasoning that notices a problem and acts anyway ("deleting
        it even though it may matter"), which the agent-step probe, trained on neutral reasoning lines, does not; on a
        step with no reasoning both read the goal and its context, the agent-step probe as it was trained (BENCHMARKS
        section 5b). So the agent decides, by writing reasoning or not, which of the two harm probes acts on an
        irreversible call; both are scored and audited either way.

        On an action that only reads (``read_only``, :attr:`ActionAssessment.read_only`), a signal about an action's
        consequences (:attr:`guardrail.signals.Signal.acts_on_reads` false: action_risk) does not act."""
        return self._acting_and_harm(irreversible, reasoned, read_only)[0]

    def harm_signal(self, irreversible: bool = False, reasoned: bool = True) -> str:
        """The signal whose harm score the action check acts on: refusal, or the signal that acts in its place
        (:meth:`acting_signals`). The stricter threshold for irreversible actions reads its score."""
        return self._acting_and_harm(irreversible, reasoned)[1]

    def _acting_and_harm(self, irreversible: bool = False, reasoned: bool = True,
                         read_only: bool = False) -> tuple[tuple[str, ...], str]:
        """:meth:`acting_signals` and :meth:`harm_signal`, from one look at the pack."""
        from .signals import get_signal, signal_names

        pack = self.guard.pack
        held = [s for s in self.signals if pack is not None and s in pack and s in signal_names()]
        # the replacing signals held, with the signals they replace that are held and in the list
        replacing = {s: [r for r in get_signal(s).replaces if r in held] for s in held if get_signal(s).replaces}
        # an irreversible action with the agent's reasoning: the replaced signals act (the chat harm probe reads the
        # reasoning of more of the suite's unsafe steps; BENCHMARKS section 5b), a replacing one is only scored, unless
        # nothing it replaces is there to act
        idle = ({s for s, rs in replacing.items() if rs} if irreversible and reasoned
                else {r for rs in replacing.values() for r in rs})
        idle |= {s for s in held if read_only and not get_signal(s).acts_on_reads}
        acting = tuple(s for s in self.signals if s not in idle)
        harm = next((s for s in held if s in acting and "refusal" in get_signal(s).replaces), "refusal")
        return acting, harm

    def _unknown_packages(self, action: ProposedAction) -> tuple[dict[str, dict], list[str]]:
        """``({package: familiarity result}, [unknown packages])`` for the packages an action installs."""
        pack, pol = self.guard.pack, self.guard.policy
        if not self.check_packages or pack is None or "familiarity" not in pack \
                or pol.for_signal("familiarity").action == "allow":
            return {}, []
        scores, unknown = {}, []
        pkgs = installed_packages(action)
        if len(pkgs) > MAX_PACKAGES:  # too many to read one by one: a person decides
            return {p: {"score": None, "threshold": None, "flagged": True} for p in pkgs}, pkgs
        for pkg in pkgs:
            d = self.guard.check(agent_messages(f"Install {pkg} and use it."), emit_audit=False)
            if d.failure is not None:
                raise RuntimeError(d.failure)
            fam = d.scores.get("familiarity", {})
            scores[pkg] = {"score": fam.get("score"), "threshold": fam.get("threshold"),
                           "flagged": bool(fam.get("flagged"))}
            if fam.get("flagged"):
                unknown.append(pkg)
        return scores, unknown

    def _injected(self, action: ProposedAction, goal: str, observation: str, context: Sequence[Message]) -> list[str]:
        """The action's values that only an instruction to the AI in the observation (or an earlier tool result)
        names; the goal and the user's earlier turns are trusted."""
        if not self.check_injected:
            return []
        norm = normalize_text if self.guard.policy.normalize else (lambda t: t)  # as the probes read the step

        def text(m: Message, role: str) -> list[str]:
            c = m.get("content") if isinstance(m, Mapping) and m.get("role") == role else None
            return [norm(c)] if isinstance(c, str) else []

        trusted = [norm(goal)] + [t for m in context for t in text(m, "user")]
        seen = "\n".join([t for m in context for t in text(m, "tool")] + [norm(observation)])
        return injected_values(map_strings(action.args, norm), trusted, seen)

    def check(self, goal: str, action: ProposedAction, *, observation: str = "", reasoning: str = "",
              irreversible: bool = False, context: Sequence[Message] = ()) -> "Decision":
        """``context``: earlier turns of the conversation (``{"role", "content"}`` messages), placed before the
        agent step; every user turn among them is scored too, so an earlier harmful request is not lost behind a
        "go ahead"."""
        from .guard import Decision

        if not isinstance(action, ProposedAction):
            raise InputError(f"action must be a ProposedAction, not {type(action).__name__}")
        messages = list(context) + agent_messages(goal, observation, reasoning)
        response = action.response()
        rule = self.tool_rules.get(action.name, "check")
        if rule != "check":
            t0 = time.perf_counter()
            d = Decision(uuid.uuid4().hex[:12], "allow" if rule == "skip" else "block",
                         response if rule == "skip" else f"Action {action.name!r} is not allowed by policy.",
                         [f"tool_rules: {action.name!r} is {'skipped' if rule == 'skip' else 'blocked'}"])
            d.latency_ms = (time.perf_counter() - t0) * 1000
        else:
            risk = assess_action(action)
            irreversible = bool(irreversible) or risk.irreversible
            read_only = risk.read_only and not irreversible  # the caller may say it is irreversible
            # observation_as_request off: the request signals read the user's turns (earlier context and goal), the
            # screen only in context (the goal's turn and the action signals see it)
            obs = [len(context)] if observation and not self.observation_as_request else []
            whole = [len(context)] if observation and not self.observation_pieces else []
            d = self.guard.check(messages, response=response, emit_audit=False, action=True, context=obs,
                                 no_pieces=whole)
            d.scores["action"] = {"irreversible": irreversible, "catastrophic": risk.catastrophic,
                                  "read_only": read_only, "why": list(risk.why)}
            if d.failure is None:
                pol = self.guard.policy
                # the agent's own reasoning, as the probes read it (a lone zero-width space is none)
                reasoned = bool((normalize_text(reasoning) if pol.normalize else reasoning).strip())
                acting, harm = self._acting_and_harm(irreversible, reasoned, read_only)
                # a flagged signal whose policy action is "allow" is recorded (monitoring), not acted on
                flagged = [s for s, v in d.scores.items() if s in acting and v.get("flagged")
                           and pol.for_signal(s).action != "allow"]
                d.action = "block" if flagged else "allow"
                if flagged and all(pol.for_signal(s).action == "escalate" for s in flagged):
                    d.action = "escalate"
                band = pol.escalate_band
                near = [s for s, v in d.scores.items() if s in acting and not v.get("flagged") and band > 0
                        and v.get("score") is not None and v.get("threshold") is not None
                        and v["score"] >= v["threshold"] - band]
                if d.action == "allow" and near:
                    d.action = "escalate"
                    d.reasons.append(f"{', '.join(near)} within the escalation band ({band:g}) below the threshold")
                try:
                    pkgs, unknown = self._unknown_packages(action)
                except Exception as e:
                    pkgs, unknown = {}, []
                    _check_failed(d, "package", e, pol.fail_mode)
                if pkgs:
                    d.scores["packages"] = pkgs
                if unknown and d.action != "block":
                    d.action = "escalate" if pol.for_signal("familiarity").action == "escalate" else "block"
                    d.reasons.append(f"installs a package the model does not know: {', '.join(unknown)}")
                try:
                    injected = self._injected(action, goal, observation, context)
                except Exception as e:
                    injected = []
                    _check_failed(d, "injected-value", e, pol.fail_mode)
                if injected:
                    shown = [self.guard.redacted(v) for v in injected]
                    d.scores["action"]["injected_values"] = shown
                    if d.action == "allow":
                        d.action = "escalate"
                    d.reasons.append("uses a value found only in an instruction to the AI in the observation, not in "
                                     f"the goal: {', '.join(shown)}")
                ref = d.scores.get(harm, {})
                if (d.action in ("allow", "escalate") and irreversible and self.irreversible_threshold is not None
                        and ref.get("score") is not None and ref["score"] >= self.irreversible_threshold):
                    d.action = "block"
                    d.reasons.append(f"irreversible action with {harm} score {ref['score']:.2f} >= "
                                     f"{self.irreversible_threshold:.2f}")
            if risk.catastrophic and self.block_catastrophic:
                d.action = "block"
                d.reasons += [r for r in risk.why if r.startswith("catastrophic")]
            if d.action == "block" and d.text == response:
                d.text = f"Action {action.name!r} was blocked by the guard."
            elif d.action == "allow":
                d.text = response  # not a policy message left by a signal that does not act on actions
            if d.action in ("steer", "abstain"):
                d.action = "block"  # an action cannot be steered: it runs or it does not
            if d.action == "escalate" and self.on_escalate is not None:
                try:
                    approved = self.on_escalate(d, action) is True
                except Exception as e:  # a failing reviewer hook fails closed
                    approved = False
                    d.reasons.append(f"escalation hook failed ({type(e).__name__}: {e})")
                d.action = "allow" if approved else "block"
                d.reasons.append("escalated: approved by a human" if approved else "escalated: rejected by a human")
                if not approved:
                    d.text = f"Action {action.name!r} was rejected on review."
        self.guard.audit_decision(d, messages, response, kind="action", tool=action.name)
        return d


__all__ = ["DEFAULT_ACTION_SIGNALS", "ActionAssessment", "ActionCheck", "ProposedAction", "ToolRule", "agent_messages",
           "assess_action", "installed_packages", "tool_results_since_user"]
