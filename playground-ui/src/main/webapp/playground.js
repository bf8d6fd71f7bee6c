// The playground page: an editor, Run/Stop, an engine choice and three panes (Execute, AST,
// Bytecode) over the Snakebox ES module API; input() is typed in the Execute pane. Every control
// and pane has a data-testid; the status element carries data-ready, data-busy, data-waiting (for
// input) and data-runs (completed runs) for tests.
import { Snakebox } from "./snakebox/snakebox.mjs";

const DEFAULT_CODE = "x = 6 * 7\nprint(x)\n";
const ENGINE_NAMES = { wasm: "WebAssembly", js: "JavaScript" };

const $ = (id) => document.getElementById(id);
const ui = {
  code: $("code"), engine: $("engine"), run: $("run"), stop: $("stop"), status: $("status"),
  execute: $("execute"), exitStatus: $("exit-status"), ast: $("ast"), positions: $("ast-positions"),
  bytecode: $("bytecode"),
};

let py = null;           // the loaded engine, null while (re)loading
let busy = false;        // a Run is in progress
let runs = 0;            // completed (or stopped) Runs, exposed as data-runs
let loading = null;      // the engine load in progress

function setStatus(text, state) {
  ui.status.textContent = text;
  ui.status.dataset.state = state;
  ui.status.dataset.ready = String(py !== null);
  ui.status.dataset.busy = String(busy);
  ui.status.dataset.runs = String(runs);
  ui.status.dataset.waiting = String(inputField !== null);
  ui.status.dataset.engine = py?.engine ?? "";
  ui.run.disabled = py === null || busy;
  ui.stop.disabled = !busy;
}

// Output arrives in many small pieces: collect them and touch the DOM once per frame.
class OutputPane {
  constructor(element) {
    this.element = element;
    this.queue = [];
    this.scheduled = false;
  }

  clear() {
    this.queue = [];
    this.element.replaceChildren();
  }

  append(kind, text) {
    this.queue.push([kind, text]);
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => this.flush());
    }
  }

  flush() {
    this.scheduled = false;
    const atBottom = this.element.scrollTop + this.element.clientHeight >= this.element.scrollHeight - 4;
    const field = this.element.querySelector(".stdin-field");  // output goes before an input field
    for (const [kind, text] of this.queue) {
      const last = field !== null ? field.previousElementSibling : this.element.lastElementChild;
      if (last !== null && last.className === kind) {
        last.append(text);
      } else {
        const span = document.createElement("span");
        span.className = kind;
        span.dataset.testid = kind;
        span.textContent = text;
        this.element.insertBefore(span, field);
      }
    }
    this.queue = [];
    if (atBottom) this.element.scrollTop = this.element.scrollHeight;
  }
}

const panes = { execute: new OutputPane(ui.execute), ast: new OutputPane(ui.ast), bytecode: new OutputPane(ui.bytecode) };

// input(): a text field appears in the Execute pane after the prompt; Enter sends the line, which
// stays in the pane as a terminal echoes it; Ctrl+D sends the end of the input (EOFError).
let inputField = null;   // the field while the program waits for a line

function askForLine() {
  panes.execute.flush();
  return new Promise((resolve) => {
    const field = document.createElement("input");
    field.type = "text";
    field.className = "stdin-field";
    field.dataset.testid = "stdin-input";
    field.autocomplete = "off";
    field.spellcheck = false;
    field.setAttribute("aria-label", "Input for the program (Enter sends the line, Ctrl+D ends the input)");
    const send = (text) => {
      field.remove();
      inputField = null;
      if (text !== null) panes.execute.append("stdin", text + "\n");
      panes.execute.flush();
      setStatus("Running…", "running");
      resolve(text);
    };
    field.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        send(field.value);
      } else if (event.key === "d" && event.ctrlKey) {
        event.preventDefault();
        send(null);
      }
    });
    ui.execute.append(field);
    inputField = field;
    setStatus("Waiting for input…", "input");
    field.focus();
    ui.execute.scrollTop = ui.execute.scrollHeight;
  });
}

// Stop (or an engine crash) while the program waits: the field goes, nothing is sent.
function dropInputField() {
  if (inputField !== null) inputField.remove();
  inputField = null;
}

// A note from the playground itself (not from the program), e.g. "Stopped.".
function note(pane, result) {
  if (result.status === "stopped") pane.append("note", "\n[Stopped]\n");
  if (result.status === "crashed") {
    pane.append("note", `\n[The ${ENGINE_NAMES[py?.engine] ?? ""} engine failed (${result.error.name}: ` +
      `${result.error.message}); a fresh engine was started.]\n`);
  }
  pane.flush();
}

function fill(pane, result) {
  pane.clear();
  pane.append("stdout", result.stdout);
  if (result.stderr !== "") pane.append("stderr", result.stderr);
  note(pane, result);
}

async function showAst(engine) {
  const result = await engine.ast(ui.code.value, { attributes: ui.positions.checked });
  fill(panes.ast, result);
}

async function run() {
  if (py === null || busy) return;
  const engine = py;
  busy = true;
  for (const pane of Object.values(panes)) pane.clear();
  ui.exitStatus.textContent = "";
  delete ui.execute.dataset.exitCode;
  setStatus("Running…", "running");
  const code = ui.code.value;
  // AST and bytecode first: the engine answers in order, and a program that never ends must not
  // keep the other two panes empty.
  const ast = showAst(engine);
  const dis = engine.dis(code).then((result) => fill(panes.bytecode, result));
  const result = await engine.run(code, {
    onStdout: (text) => panes.execute.append("stdout", text),
    onStderr: (text) => panes.execute.append("stderr", text),
    onInput: askForLine,
  });
  dropInputField();
  await Promise.all([ast, dis]);
  note(panes.execute, result);
  panes.execute.flush();
  ui.exitStatus.textContent = result.status === "exited" ? `exit status ${result.exitCode}` : result.status;
  ui.execute.dataset.exitCode = result.exitCode === null ? "" : String(result.exitCode);
  ui.execute.dataset.status = result.status;
  busy = false;
  runs += 1;
  const message = { exited: "Ready", stopped: "Stopped — ready", crashed: "Engine restarted — ready" }[result.status];
  setStatus(`${message} (${ENGINE_NAMES[engine.engine]})`, "ready");
}

async function stop() {
  if (py === null || !busy) return;
  setStatus("Stopping…", "stopping");
  await py.stop();
}

async function loadEngine(engine) {
  const previous = py;
  py = null;
  setStatus(`Loading the ${ENGINE_NAMES[engine]} engine…`, "loading");
  if (previous !== null) previous.dispose();
  const attempt = Snakebox.load({ engine });
  loading = attempt;
  try {
    const loaded = await attempt;
    if (loading !== attempt) { loaded.dispose(); return; }
    py = loaded;
    setStatus(`Ready (${ENGINE_NAMES[engine]})`, "ready");
  } catch (e) {
    if (loading !== attempt) return;
    setStatus(`The ${ENGINE_NAMES[engine]} engine failed to load: ${e.message}`, "error");
  }
}

function onEditorKey(event) {
  if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();  // indent with four spaces instead of leaving the editor
    ui.code.setRangeText("    ", ui.code.selectionStart, ui.code.selectionEnd, "end");
  }
}

function onKey(event) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
}

function start() {
  const params = new URLSearchParams(location.search);
  const wasm = Snakebox.wasmGcSupported();
  if (!wasm) {
    const option = ui.engine.querySelector('option[value="wasm"]');
    option.disabled = true;
    option.textContent += " (not supported here)";
  }
  const asked = params.get("engine");
  ui.engine.value = asked === "js" || asked === "wasm" && wasm ? asked : wasm ? "wasm" : "js";
  ui.code.value = DEFAULT_CODE;

  ui.run.addEventListener("click", run);
  ui.stop.addEventListener("click", stop);
  ui.code.addEventListener("keydown", onEditorKey);
  document.addEventListener("keydown", onKey);
  ui.engine.addEventListener("change", async () => {
    if (busy) await stop();
    loadEngine(ui.engine.value);
  });
  ui.positions.addEventListener("change", () => {
    if (py !== null && !busy && ui.ast.hasChildNodes()) showAst(py);
  });
  loadEngine(ui.engine.value);
}

start();
