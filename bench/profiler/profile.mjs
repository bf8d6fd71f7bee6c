// Profiles one program in the engine's worker of a page, through the Chrome DevTools protocol,
// and prints where the time went by function (self time), best first.
// Usage: node profile.mjs PAGE_URL DEBUG_PORT ENGINE FILE.py [--top N] [--reps N] [--out FILE.cpuprofile]
// The first run warms the engine up (the JIT); the last of --reps runs is the one sampled.
import CDP from "chrome-remote-interface";
import { readFileSync, writeFileSync } from "node:fs";

const [url, port, engine, file, ...rest] = process.argv.slice(2);
const option = (name, otherwise) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : otherwise;
};
const top = Number(option("--top", "30"));
const reps = Math.max(1, Number(option("--reps", "2")));
const out = option("--out", null);

const client = await CDP({ port: Number(port) });
try {
  const { Page, Runtime, Target } = client;
  const workers = [];
  client.on("Target.attachedToTarget", ({ sessionId }) => workers.push(sessionId));
  await Page.enable();
  // the engine runs in a worker: attach to it as it starts, on a session of its own
  await Target.setAutoAttach({ autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  const loaded = new Promise((ok) => client.once("Page.loadEventFired", ok));
  await Page.navigate({ url });
  await loaded;
  const call = async (expression) => {
    const r = await Runtime.evaluate({ expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
  await call(`load(${JSON.stringify(engine)})`);
  const worker = workers.at(-1);
  if (!worker) throw new Error("the page started no worker");
  const code = readFileSync(file, "utf8");
  let ms = 0;
  let result = null;
  for (let i = 0; i < reps; i++) {
    const last = i === reps - 1;
    if (last) {
      await client.send("Profiler.enable", {}, worker);
      await client.send("Profiler.setSamplingInterval", { interval: 100 }, worker);
      await client.send("Profiler.start", {}, worker);
    }
    const start = Date.now();
    result = await call(`run(${JSON.stringify(code)})`);
    ms = Date.now() - start;
  }
  const { profile } = await client.send("Profiler.stop", {}, worker);
  if (out) writeFileSync(out, JSON.stringify(profile));
  console.log(`${file} on ${engine}: ${ms} ms (run ${reps} of ${reps}), exit status ${result.exitCode}`);

  // self time per function: the samples' time deltas, summed by the node each sample hit
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const f = byId.get(id).callFrame;
    const name = f.functionName || (f.url ? `(anonymous ${f.url.split("/").at(-1)})` : "(program)");
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(100 * t / total).toFixed(1).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  }
} finally {
  await client.close();
}
