// The cross-engine tier in WebKitGTK (MiniBrowser through WebKitWebDriver under xvfb-run): the engine of every browser on iPhones.
import { engineSuite } from "../lib/engines.mjs";
import { fallbackChecks } from "./fallback.mjs";
import { interactionChecks } from "./interact.mjs";
import { isolationChecks } from "./isolation.mjs";
import { renderChecks } from "./render.mjs";

engineSuite("webkit", renderChecks, interactionChecks, fallbackChecks, isolationChecks);
