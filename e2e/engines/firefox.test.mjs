// The cross-engine tier in Firefox ESR (geckodriver, headless).
import { engineSuite } from "../lib/engines.mjs";
import { fallbackChecks } from "./fallback.mjs";
import { hyphenationChecks } from "./hyphenation.mjs";
import { interactionChecks } from "./interact.mjs";
import { isolationChecks } from "./isolation.mjs";
import { renderChecks } from "./render.mjs";

engineSuite("firefox", renderChecks, interactionChecks, fallbackChecks, isolationChecks, hyphenationChecks);
