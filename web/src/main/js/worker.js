// The Snakebox worker: loads one engine (worker.js?engine=wasm|js) and answers the page's requests,
// one at a time, in order. The message protocol is declared in snakebox.d.ts (WorkerRequest,
// WorkerMessage); snakebox.mjs is its only client.
//
// A run goes in slices (WebEntry.start / resume): between slices the worker yields to its event
// loop, so the page's messages get through; input() makes it ask the page for a line and wait for
// the reply; time.sleep() waits with setTimeout. Requests that arrive meanwhile wait their turn.
"use strict";
const engine = new URL(self.location.href).searchParams.get("engine") === "js" ? "js" : "wasm";
const streams = { 1: "stdout", 2: "stderr" };                // OutputSink.STDOUT / STDERR in WebEntry
const FINISHED = 0, SLICE = 1, INPUT = 2, SLEEP = 3;         // the statuses of WebEntry
const SLICES_FOR_MS = 10;   // run slices back to back for about this long before yielding

let api = null;
const queue = [];           // requests not yet started
let running = null;         // the run in progress: { id, waiting (for its input reply) }

async function loadEngine() {
  if (engine === "js") { importScripts("js/snakebox.js"); return self; }  // UMD: exports land on self
  importScripts("wasm/snakebox.wasm-runtime.js");
  return (await TeaVM.wasmGC.load("wasm/snakebox.wasm")).exports;
}

// Output is collected and posted in one message per stream change, before the worker waits or
// yields, rather than one message per write.
let output = [];
function sinkFor(id) {
  return (stream, text) => {
    const last = output[output.length - 1];
    if (last !== undefined && last.id === id && last.stream === streams[stream]) last.text += text;
    else output.push({ type: "output", id, stream: streams[stream], text });
  };
}
function flushOutput() {
  for (const message of output) postMessage(message);
  output = [];
}

// A throw out of the engine (RangeError for a blown stack, WebAssembly.RuntimeError for a trap, or
// an escaped Java exception) leaves it in an unknown state: report it, and the page replaces us.
function crash(id, e) {
  flushOutput();
  postMessage({ type: "crash", id, name: String(e?.name ?? "Error"), message: String(e?.message ?? e) });
}

// Runs engine calls for one run until it finishes, waits for input or sleeps; slices follow each
// other for SLICES_FOR_MS, then the worker yields (a MessageChannel message: no timer clamping).
const yielder = new MessageChannel();
let afterYield = null;
yielder.port1.onmessage = () => { const f = afterYield; afterYield = null; f(); };

function step(id, call) {
  let status;
  try {
    status = call();
    const deadline = performance.now() + SLICES_FOR_MS;
    while (status === SLICE && performance.now() < deadline) status = api.resume();
  } catch (e) {
    running = null;
    crash(id, e);
    next();
    return;
  }
  flushOutput();
  if (status === SLICE) {
    afterYield = () => step(id, () => api.resume());
    yielder.port2.postMessage(null);
  } else if (status === INPUT) {
    running.waiting = true;
    postMessage({ type: "input", id, prompt: api.prompt() });
  } else if (status === SLEEP) {
    setTimeout(() => step(id, () => api.resume()), api.sleepMillis());
  } else {
    running = null;
    postMessage({ type: "exit", id, exitCode: api.exitCode() });
    next();
  }
}

function onInputReply({ id, text }) {
  if (running === null || running.id !== id || !running.waiting) return;
  running.waiting = false;
  step(id, () => (typeof text === "string" ? api.resumeWithLine(text) : api.resume()));
}

// The run's other files ({path: text}) as WebEntry.startWithFiles takes them: [path1, text1, ...].
function flatFiles(files) {
  const flat = [];
  for (const [path, text] of Object.entries(files ?? {})) flat.push(path, text);
  return flat;
}

// The next request, unless a run is in progress. -m ast and -m dis answer at once.
function next() {
  while (running === null && queue.length > 0) {
    const { type, id, code, attributes, files } = queue.shift();
    if (type === "run") {
      running = { id, waiting: false };
      step(id, () => api.startWithFiles(code, flatFiles(files), sinkFor(id)));
      return;
    }
    try {
      const exitCode = type === "ast" ? api.ast(code, attributes === true, sinkFor(id)) : api.dis(code, sinkFor(id));
      flushOutput();
      postMessage({ type: "exit", id, exitCode });
    } catch (e) {
      crash(id, e);
    }
  }
}

loadEngine().then(
  (loaded) => {
    api = loaded;
    // the JS build lets the JavaScript engine join strings and print ints (WebEntry.useHostStrings)
    if (engine === "js") api.useHostStrings();
    // the engine's data files (docstrings, Unicode names, pydoc topics) are fetched
    // (synchronously: the run is waiting for them) the first time a program needs one
    api.setDataFiles((name) => {
      const request = new XMLHttpRequest();
      request.open("GET", "data/" + name, false);
      try { request.send(); } catch { return null; }
      return request.status === 200 ? request.responseText : null;
    });
    self.onmessage = ({ data }) => {
      if (data.type === "input-reply") onInputReply(data);
      else { queue.push(data); next(); }
    };
    postMessage({ type: "ready", engine });
  },
  (e) => postMessage({ type: "load-error", engine, message: String(e?.message ?? e) }));
