// The cross-engine tier in Chromium (chromedriver, headless): the same checks as in the other engines, and a control for the checks themselves.
import { engineSuite } from "../lib/engines.mjs";
import { fallbackChecks } from "./fallback.mjs";
import { interactionChecks } from "./interact.mjs";
import { isolationChecks } from "./isolation.mjs";
import { renderChecks } from "./render.mjs";

engineSuite("chromium", renderChecks, interactionChecks, fallbackChecks, isolationChecks);
