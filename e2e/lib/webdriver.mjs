// A small W3C WebDriver client over node's fetch: enough to drive WebKitGTK
// (WebKitWebDriver) and Firefox (geckodriver) from the cross-engine tests
// without another dependency. Each method is one endpoint of the standard
// (https://www.w3.org/TR/webdriver2/).
import { spawn } from "node:child_process";

/** Keys as WebDriver spells them (the standard's private-use code points). */
export const KEY = {
  Tab: "\uE004", Enter: "\uE007", Escape: "\uE00C", Shift: "\uE008",
  Home: "\uE011", End: "\uE010",
  ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015",
};

/** A WebDriver server (a driver binary) started by the tests. */
export class Driver {
  /** Starts `command args…`, a driver listening on `port`, and waits until
   * it answers /status. The driver runs in a process group of its own, so
   * `stop()` also ends what it started (Xvfb, the browser). */
  static async start(command, args, port, { timeoutMs = 20000 } = {}) {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr = (stderr + d).slice(-4000); });
    const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = await fetch(`${url}/status`).then((r) => r.json()).then((j) => j.value?.ready !== false, () => false);
      if (ready) break;
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 200))]);
      if (code !== undefined) throw new Error(`${command} exited with ${code} before it answered: ${stderr}`);
      if (Date.now() > deadline) {
        Driver.kill(child);
        throw new Error(`${command} did not answer on ${url} within ${timeoutMs} ms: ${stderr}`);
      }
    }
    return new Driver(url, child, exited);
  }

  constructor(url, child, exited) {
    this.url = url;
    this.child = child;
    this.exited = exited;
  }

  static kill(child) {
    try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
  }

  /** Opens a browser session with these capabilities (`alwaysMatch`). */
  async session(capabilities) {
    const value = await call(this.url, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    return new Session(this.url, value.sessionId, value.capabilities);
  }

  async stop() {
    Driver.kill(this.child);
    const gone = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!gone) try { process.kill(-this.child.pid, "SIGKILL"); } catch { /* already gone */ }
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { value: { error: "not JSON", message: text } }; }
  if (!response.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error}: ${v.message}`);
  }
  return json.value;
}

/** One browser window under WebDriver. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  call(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** The browser's name and version, e.g. "firefox 153.8.0". */
  get browser() {
    return `${this.capabilities.browserName} ${this.capabilities.browserVersion}`;
  }

  goto(url) {
    return this.call("POST", "/url", { url });
  }

  /** Sets the outer window size; returns the viewport's inner size. */
  async setWindowSize(width, height) {
    await this.call("POST", "/window/rect", { width, height });
    return this.execute(() => ({ width: innerWidth, height: innerHeight }));
  }

  /** Runs `fn(...args)` in the page and returns its (JSON) result; `fn` may
   * return a promise, which is awaited. */
  execute(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`;
    return this.call("POST", "/execute/async", { script, args }).then((r) => {
      if (r && r.error) throw new Error(`in the page: ${r.error}`);
      return r ? r.ok : r;
    });
  }

  /** Polls `fn(...args)` in the page until it returns something truthy. */
  async waitFor(fn, args = [], { timeoutMs = 30000, message = "condition" } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.execute(fn, ...args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** Waits until the browser has rendered two more frames. */
  frames() {
    return this.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  }

  /** A PNG of the viewport as the reader sees it. */
  async screenshot() {
    return Buffer.from(await this.call("GET", "/screenshot"), "base64");
  }

  /** Moves the mouse to viewport coordinates. */
  hover(x, y) {
    return this.actions([{
      type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
      actions: [{ type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport", duration: 0 }],
    }]);
  }

  /** Presses and releases each key in turn (KEY names or characters);
   * `shift` holds Shift around them. */
  press(keys, { shift = false } = {}) {
    const list = Array.isArray(keys) ? keys : [keys];
    const actions = list.flatMap((k) => {
      const value = KEY[k] || k;
      return [{ type: "keyDown", value }, { type: "keyUp", value }];
    });
    if (shift) {
      actions.unshift({ type: "keyDown", value: KEY.Shift });
      actions.push({ type: "keyUp", value: KEY.Shift });
    }
    return this.actions([{ type: "key", id: "keyboard", actions }]);
  }

  async actions(actions) {
    await this.call("POST", "/actions", { actions });
    await this.call("DELETE", "/actions");
  }

  close() {
    return this.call("DELETE", "").catch(() => {});
  }
}
