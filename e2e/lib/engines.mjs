// The engines of the cross-engine tier: WebKitGTK (the engine of every
// browser on iPhones, here Debian's MiniBrowser through WebKitWebDriver
// under a virtual X server), Firefox ESR (through geckodriver, headless)
// and Chromium (chromedriver, headless). One test file per engine opens
// one session, through plain WebDriver (lib/webdriver.mjs).
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { after, before, describe } from "node:test";
import { ARTIFACTS, PORT_BASE, serveBoth } from "./fixture.mjs";
import { Driver } from "./webdriver.mjs";

function executable(path) {
  try { accessSync(path, constants.X_OK); return true; } catch { return false; }
}

function onPath(name) {
  const dirs = [...(process.env.PATH || "").split(":"), join(homedir(), ".cargo", "bin")];
  return dirs.map((d) => join(d, name)).find(executable);
}

// Debian's WebKitGTK library package ships the MiniBrowser beside its
// helper processes (e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/).
function miniBrowser() {
  if (process.env.TIEXI_MINIBROWSER) return process.env.TIEXI_MINIBROWSER;
  let listed = "";
  try { listed = execFileSync("dpkg", ["-S", "MiniBrowser"], { encoding: "utf8" }); } catch { /* not Debian */ }
  const found = listed.split("\n").map((l) => l.split(": ")[1]).filter(Boolean)
    .filter((p) => p.endsWith("/MiniBrowser") && executable(p));
  if (!found.length) throw new Error("no MiniBrowser: install Debian's webkit2gtk-driver (scripts/setup.sh)");
  return found[0];
}

function need(name, hint) {
  const path = onPath(name);
  if (!path) throw new Error(`${name} not found: ${hint}`);
  return path;
}

/** The engines, each with how to start its driver and open a session.
 * Chromium, which the Playwright tests use, runs here too: the same checks
 * in all three engines, and a control for the checks themselves. */
export const ENGINES = [
  {
    name: "chromium",
    async start() {
      const port = PORT_BASE + 5;
      const driver = need("chromedriver", "install Debian's chromium-driver (scripts/setup.sh)");
      const d = await Driver.start(driver, [`--port=${port}`], port);
      const session = await d.session({
        browserName: "chrome",
        "goog:chromeOptions": {
          binary: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      });
      return { driver: d, session };
    },
  },
  {
    name: "webkit",
    async start() {
      const port = PORT_BASE + 2;
      need("xvfb-run", "install Debian's xvfb (scripts/setup.sh)");
      const driver = need("WebKitWebDriver", "install Debian's webkit2gtk-driver (scripts/setup.sh)");
      // A screen larger than any window the tests open; -a picks a free display.
      const d = await Driver.start("xvfb-run", ["-a", "-s", "-screen 0 1600x1200x24", driver, `--port=${port}`], port);
      const session = await d.session({
        "webkitgtk:browserOptions": { binary: miniBrowser(), args: ["--automation"] },
      });
      return { driver: d, session };
    },
  },
  {
    name: "firefox",
    async start() {
      const port = PORT_BASE + 3;
      const driver = need("geckodriver", "cargo install geckodriver (scripts/setup.sh)");
      const firefox = ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find(existsSync);
      if (!firefox) throw new Error("no Firefox: install Debian's firefox-esr (scripts/setup.sh)");
      // Its own WebDriver BiDi port too, so parallel runs do not collide.
      const d = await Driver.start(driver, ["--host", "127.0.0.1", "--port", String(port), "--websocket-port", String(PORT_BASE + 4)], port);
      const session = await d.session({
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: firefox,
          args: ["-headless"],
          prefs: { "browser.shell.checkDefaultBrowser": false, "datareporting.policy.dataSubmissionEnabled": false },
        },
      });
      return { driver: d, session };
    },
  },
];

/** Runs the `checks` (functions that register tests) in one engine's
 * suite: both servers, the engine's driver and one session, ended
 * afterwards. Each check gets `env`: `env.session` is the session,
 * `env.engine` its name, `env.shot(name)` saves a screenshot to
 * e2e/artifacts/engines-<engine>-<name>.png. */
export function engineSuite(name, ...checks) {
  const engine = ENGINES.find((e) => e.name === name);
  describe(name, () => {
    const env = { engine: name };
    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      env.servers = await serveBoth();
      Object.assign(env, await engine.start());
      env.shot = async (shot) => {
        const png = await env.session.screenshot();
        writeFileSync(join(ARTIFACTS, `engines-${name}-${shot}.png`), png);
        return png;
      };
    });
    after(async () => {
      if (env.session) await env.session.close();
      if (env.driver) await env.driver.stop();
      if (env.servers) {
        env.servers.widget.close();
        env.servers.host.close();
      }
    });
    for (const check of checks) check(env);
  });
}
