// Snakebox: Python 3.13 in the page. The ES module API (declared, with its documentation, in
// snakebox.d.ts). The interpreter runs in a Web Worker, so the page never freezes and stop() is
// immediate: it terminates the worker and starts a fresh one.

// The smallest module that needs both features TeaVM's wasm-gc output uses: a GC struct type
// (ref.null of it) and the exnref form of exception handling (try_table).
const WASM_GC_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x06, 0x02, 0x5f, 0x00, 0x60, 0x00, 0x00,              // types: struct {}, func [] -> []
  0x03, 0x02, 0x01, 0x01,                                      // one function of type 1
  0x0a, 0x0b, 0x01, 0x09, 0x00,                                // its body, no locals:
  0x1f, 0x40, 0x00, 0x0b,                                      //   try_table (no catches) end
  0xd0, 0x00, 0x1a, 0x0b,                                      //   ref.null 0, drop, end
]);

const WORKER_URL = new URL("worker.js", import.meta.url);

export class Snakebox {
  /** True when this browser can run the wasm-gc engine. */
  static wasmGcSupported() {
    try {
      return typeof WebAssembly === "object" && WebAssembly.validate(WASM_GC_PROBE);
    } catch {
      return false;
    }
  }

  /** Starts an engine in a worker; resolves once it can take requests. */
  static async load(options = {}) {
    const wanted = options.engine;
    if (wanted !== undefined && wanted !== "wasm" && wanted !== "js") {
      throw new TypeError(`Snakebox.load: engine must be "wasm" or "js", not ${JSON.stringify(wanted)}`);
    }
    const engine = wanted ?? (Snakebox.wasmGcSupported() ? "wasm" : "js");
    const py = new Snakebox(engine);
    try {
      await py.#ready;
    } catch (e) {
      py.dispose();
      if (wanted === undefined && engine === "wasm") return Snakebox.load({ ...options, engine: "js" });
      throw e;
    }
    return py;
  }

  #engine;
  #worker = null;
  #ready = null;      // resolves when #worker answered "ready"
  #nextId = 1;
  #pending = new Map();  // id -> request still waiting for its answer, in the order sent
  #disposed = false;

  /** Use Snakebox.load(). */
  constructor(engine) {
    this.#engine = engine;
    this.#startWorker();
  }

  /** "wasm" or "js". */
  get engine() {
    return this.#engine;
  }

  /**
   * Runs code as the file /main.py, like `python3.13 /main.py`. input() reads options.stdin (a
   * text, line by line) when given, else asks options.onInput(prompt) (a string, a Promise of one,
   * or null for the end of the input), else finds the end of the input at once. options.files
   * ({path: text}) are other files the program can import, beside /main.py.
   */
  run(code, options = {}) {
    let files;
    try {
      files = checkedFiles(options.files);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.#request({ type: "run", code, files }, options);
  }

  /** The `python3.13 -m ast [-a]` text of code; attributes adds the positions (-a). */
  ast(code, options = {}) {
    return this.#request({ type: "ast", code, attributes: options.attributes === true }, options);
  }

  /** The `python3.13 -m dis` text of code. */
  dis(code, options = {}) {
    return this.#request({ type: "dis", code }, options);
  }

  /**
   * Ends whatever the engine is doing now: every unanswered request resolves with status
   * "stopped", and a fresh engine starts. Resolves when the fresh engine is ready.
   */
  stop() {
    this.#finishAll("stopped");
    this.#startWorker();
    return this.#ready;
  }

  /** Stops the engine for good; unanswered requests resolve with status "stopped". */
  dispose() {
    this.#disposed = true;
    this.#finishAll("stopped");
  }

  #startWorker() {
    const url = new URL(WORKER_URL);
    url.searchParams.set("engine", this.#engine);
    const worker = new Worker(url);
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.type === "ready") {
          worker.onmessage = ({ data }) => this.#onMessage(worker, data);
          resolve();
        } else if (data.type === "load-error") {
          reject(new Error(`Snakebox: the ${this.#engine} engine did not load: ${data.message}`));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(`Snakebox: the ${this.#engine} engine did not load: ${event.message ?? "worker error"}`));
      };
    });
    this.#ready.then(() => {
      if (this.#worker !== worker) return;
      // An error the worker did not catch: treat it as a crash of the request it was serving.
      worker.onerror = (event) => {
        event.preventDefault();
        this.#crash(worker, undefined, "Error", event.message ?? "worker error");
      };
    }, () => {});
    this.#ready.catch(() => {});
    for (const request of this.#pending.values()) this.#send(worker, request);
  }

  #request(message, options) {
    if (this.#disposed) return Promise.reject(new Error("Snakebox: this engine was disposed"));
    return new Promise((resolve) => {
      const request = {
        message: { ...message, id: this.#nextId++ },
        onStdout: options.onStdout, onStderr: options.onStderr, onInput: options.onInput,
        // lines still to give to input(): from options.stdin, or the rest of a multi-line answer
        lines: typeof options.stdin === "string" ? splitLines(options.stdin) : [],
        fixedStdin: typeof options.stdin === "string",
        stdout: "", stderr: "", resolve,
      };
      this.#pending.set(request.message.id, request);
      this.#send(this.#worker, request);
    });
  }

  #send(worker, request) {
    this.#ready.then(() => {
      if (this.#worker === worker && this.#pending.has(request.message.id)) worker.postMessage(request.message);
    }, (e) => this.#finish(request, "crashed", null, { name: "Error", message: e.message }));
  }

  #onMessage(worker, data) {
    if (worker !== this.#worker) return;
    const request = this.#pending.get(data.id);
    if (request === undefined) return;
    if (data.type === "output") {
      request[data.stream] += data.text;
      const callback = data.stream === "stdout" ? request.onStdout : request.onStderr;
      if (callback) callback(data.text);
    } else if (data.type === "input") {
      this.#answer(worker, request, data.prompt);
    } else if (data.type === "exit") {
      this.#finish(request, "exited", data.exitCode);
    } else if (data.type === "crash") {
      this.#crash(worker, data.id, data.name, data.message);
    }
  }

  // input() waits in the worker: the next line of stdin, or onInput's answer (its first line; the
  // others are kept for the next input() calls, as a terminal keeps pasted lines), or the end of
  // the input (null).
  async #answer(worker, request, prompt) {
    let text = null;
    if (request.lines.length > 0) {
      text = request.lines.shift();
    } else if (!request.fixedStdin && request.onInput) {
      try {
        const answer = await request.onInput(prompt);
        if (answer !== null && answer !== undefined) {
          const lines = splitLines(String(answer));
          text = lines.length > 0 ? lines.shift() : "";
          request.lines.push(...lines);
        }
      } catch {
        text = null;  // a failing onInput ends the input
      }
    }
    if (this.#worker === worker && this.#pending.has(request.message.id)) {
      worker.postMessage({ type: "input-reply", id: request.message.id, text });
    }
  }

  // The engine threw (a RangeError for a blown stack, a WebAssembly.RuntimeError for a trap) or
  // the worker died: the request it was serving ends as "crashed", the requests queued behind it
  // go to a fresh worker.
  #crash(worker, id, name, message) {
    if (worker !== this.#worker) return;
    const serving = id !== undefined ? this.#pending.get(id) : this.#pending.values().next().value;
    if (serving !== undefined) this.#finish(serving, "crashed", null, { name, message });
    worker.terminate();
    this.#worker = null;
    if (!this.#disposed) this.#startWorker();
  }

  #finish(request, status, exitCode, error) {
    if (!this.#pending.delete(request.message.id)) return;
    const result = { status, exitCode, stdout: request.stdout, stderr: request.stderr };
    if (error !== undefined) result.error = error;
    request.resolve(result);
  }

  #finishAll(status) {
    for (const request of [...this.#pending.values()]) this.#finish(request, status, null);
    if (this.#worker !== null) this.#worker.terminate();
    this.#worker = null;
  }
}

// A copy of run()'s files option, checked: an object whose values are texts, keyed by paths
// ("helper.py", "pkg/__init__.py"; relative paths lie in the root, beside /main.py).
function checkedFiles(files) {
  if (files === undefined || files === null) return {};
  if (typeof files !== "object" || Array.isArray(files)) {
    throw new TypeError("Snakebox.run: files must be an object {path: text}");
  }
  const copy = {};
  for (const [path, text] of Object.entries(files)) {
    if (typeof text !== "string") {
      throw new TypeError(`Snakebox.run: files[${JSON.stringify(path)}] must be a string, not ${typeof text}`);
    }
    copy[path] = text;
  }
  return copy;
}

// The lines of a text as input() reads them: split at "\n" (a "\r" is kept, as CPython's stdin
// keeps it outside Windows); a last line without "\n" counts, an empty text has none.
function splitLines(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export default Snakebox;
