// Snakebox: Python 3.13 in the web page — TypeScript declarations of the ES module snakebox.mjs
// and of the message protocol between it and worker.js.
//
//   import { Snakebox } from "./snakebox/snakebox.mjs";
//   const py = await Snakebox.load();                       // wasm-gc where supported, else JS
//   const r = await py.run("print(6 * 7)", { onStdout: (t) => console.log(t) });
//   r.exitCode === 0 && r.stdout === "42\n";

/** Which compilation of the interpreter runs: TeaVM wasm-gc or TeaVM JavaScript. */
export type Engine = "wasm" | "js";

export interface LoadOptions {
  /** Default: "wasm" when Snakebox.wasmGcSupported(), else "js" (also when the wasm engine fails to load). */
  engine?: Engine;
}

export interface RunOptions {
  /** Called with each piece of standard output as the program writes it. */
  onStdout?: (text: string) => void;
  /** Called with each piece of standard error (tracebacks included) as the program writes it. */
  onStderr?: (text: string) => void;
}

export interface InputOptions {
  /**
   * The program's standard input as a fixed text: each input() call returns its next line
   * (split at "\n"), and the end of the text is the end of the input (EOFError). When given,
   * onInput is not called.
   */
  stdin?: string;
  /**
   * Called when input() waits for a line, with its prompt (already written to stdout): returns
   * the line (without "\n"), a Promise of it, or null for the end of the input (EOFError). A
   * text of several lines answers this input() with its first line and the next calls with the
   * others. The run waits meanwhile; stop() still ends it. Without stdin and onInput, input()
   * finds the end of the input at once, as `python3.13 FILE < /dev/null` does.
   */
  onInput?: (prompt: string) => string | null | Promise<string | null>;
}

export interface FileOptions {
  /**
   * Other files the program can import, beside /main.py: `{path: text}`, e.g.
   * `{"helper.py": "...", "pkg/__init__.py": "..."}`. A relative path lies in the root ("/"),
   * which is sys.path[0]; tracebacks through them name their path ("/helper.py"). An entry
   * "main.py" is replaced by the code itself. Each run sees only the files given to it.
   */
  files?: Record<string, string>;
}

export interface AstOptions {
  /** Include positions (lineno, col_offset, end_lineno, end_col_offset): `python3.13 -m ast -a`. */
  attributes?: boolean;
}

/**
 * How a request ended:
 * - "exited": the engine answered; exitCode is the exit status `python3.13` would give.
 * - "stopped": stop() or dispose() ended it; exitCode is null.
 * - "crashed": the engine threw (RangeError: stack exhausted, WebAssembly.RuntimeError: trap, or an
 *   escaped Java exception); exitCode is null, error says what; a fresh engine has been started and
 *   the requests queued behind this one go to it.
 */
export type Status = "exited" | "stopped" | "crashed";

export interface Result {
  status: Status;
  exitCode: number | null;
  /** All standard output written before the request ended. */
  stdout: string;
  /** All standard error written before the request ended. */
  stderr: string;
  /** Present when status is "crashed". */
  error?: { name: string; message: string };
}

export declare class Snakebox {
  /** True when this browser can run the wasm-gc engine (GC types and exnref exception handling). */
  static wasmGcSupported(): boolean;
  /** Starts an engine in a Web Worker; resolves once it can take requests. */
  static load(options?: LoadOptions): Promise<Snakebox>;

  readonly engine: Engine;

  /**
   * Runs code as `python3.13 /main.py` would: the program's file is /main.py, so tracebacks say
   * `File "/main.py", line N, in <module>`. Each call runs in a fresh `__main__`, with a fresh
   * `sys.modules` (the files of options.files are imported anew). A files value that is not a
   * string rejects the Promise with a TypeError.
   * Requests are answered one at a time, in the order they were made. A program that writes
   * more than 8,000,000 characters is stopped with a message on stderr and exit status 1
   * (differences/output-limit.md).
   */
  run(code: string, options?: RunOptions & InputOptions & FileOptions): Promise<Result>;
  /** The text `python3.13 -m ast [-a] /main.py` prints (stdout), or its SyntaxError (stderr). */
  ast(code: string, options?: AstOptions & RunOptions): Promise<Result>;
  /** The text `python3.13 -m dis /main.py` prints (stdout), or its SyntaxError (stderr). */
  dis(code: string, options?: RunOptions): Promise<Result>;
  /**
   * Ends the current and all queued requests at once (they resolve with status "stopped") by
   * terminating the worker, and starts a fresh engine; resolves when it is ready.
   */
  stop(): Promise<void>;
  /** Terminates the engine for good; unanswered requests resolve with status "stopped". */
  dispose(): void;
}

export default Snakebox;

// ---------------------------------------------------------------------------------------------
// The worker protocol (worker.js?engine=wasm|js, a classic worker; one engine per worker).
// The worker posts "ready" (or "load-error") once; only then does the page send requests. The
// worker serves requests one at a time, in order (later ones wait in its queue): zero or more
// "output" messages, then "exit" or "crash" with the request's id. During a "run", "input"
// asks for a line for input(): the run waits until the page sends "input-reply" with the same
// id (text null: the end of the input). A run goes in slices, the worker yielding to its event
// loop between them, and time.sleep() waits with a timer, so the worker stays responsive; Stop
// terminates it all the same. After "crash" the page terminates the worker.

/** Page → worker. */
export type WorkerRequest =
  | { type: "run"; id: number; code: string; files: Record<string, string> }
  | { type: "input-reply"; id: number; text: string | null }
  | { type: "ast"; id: number; code: string; attributes: boolean }
  | { type: "dis"; id: number; code: string };

/** Worker → page. */
export type WorkerMessage =
  | { type: "ready"; engine: Engine }
  | { type: "load-error"; engine: Engine; message: string }
  | { type: "output"; id: number; stream: "stdout" | "stderr"; text: string }
  | { type: "input"; id: number; prompt: string }
  | { type: "exit"; id: number; exitCode: number }
  | { type: "crash"; id: number; name: string; message: string };
