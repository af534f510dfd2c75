// Whether a canvas's picture is on the screen, judged from a screenshot of
// the viewport as the browser displays it. A canvas's backing store can
// hold a picture the browser never displays (WebKit did so with the card
// charts), so reading pixels back from the canvas proves nothing: the
// screenshot is compared with what the canvas drew.
import { PNG } from "pngjs";

/** Decodes a PNG (a Buffer, or a data: URL). */
export function decodePng(png) {
  const bytes = typeof png === "string" ? Buffer.from(png.slice(png.indexOf(",") + 1), "base64") : png;
  return PNG.sync.read(bytes);
}

/** The widget's canvases, each scrolled into view in turn and compared
 * with the screenshot: for every opaque pixel the canvas drew, is a pixel
 * of that colour shown where it belongs? Returns one entry per canvas:
 * `drawn` (opaque pixels in its backing store), `inView` (those inside
 * the viewport), `shown` (of those, how many the screen shows), `ratio`. */
export async function canvasesOnScreen(session, hostSelector, { onShot = null } = {}) {
  const count = await session.execute((sel) => document.querySelector(sel).shadowRoot.querySelectorAll("canvas").length, hostSelector);
  const out = [];
  for (let i = 0; i < count; i++) {
    const info = await session.execute(async (sel, index) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelectorAll("canvas")[index];
      canvas.scrollIntoView({ block: "center", inline: "nearest" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = canvas.getBoundingClientRect();
      return {
        className: canvas.className,
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
        viewport: { width: innerWidth, height: innerHeight },
        picture: canvas.width && canvas.height ? canvas.toDataURL("image/png") : null,
      };
    }, hostSelector, i);
    const shot = decodePng(await session.screenshot());
    if (onShot) await onShot(shot, info, i);
    out.push({ className: info.className, ...compare(shot, info) });
  }
  return out;
}

/** How much of a canvas's drawn picture the screenshot shows. */
export function compare(shot, { rect, viewport, picture }) {
  if (!picture) return { drawn: 0, inView: 0, shown: 0, ratio: 0 };
  const own = decodePng(picture);
  const scale = shot.width / viewport.width;
  let drawn = 0, inView = 0, shown = 0;
  for (let by = 0; by < own.height; by++) {
    for (let bx = 0; bx < own.width; bx++) {
      const i = (by * own.width + bx) * 4;
      if (own.data[i + 3] < 250) continue; // edges and translucent fills blend with what is below
      drawn++;
      const sx = Math.floor((rect.left + ((bx + 0.5) * rect.width) / own.width) * scale);
      const sy = Math.floor((rect.top + ((by + 0.5) * rect.height) / own.height) * scale);
      if (sx < 1 || sy < 1 || sx >= shot.width - 1 || sy >= shot.height - 1) continue;
      inView++;
      // Rounding may place the pixel one off: the nearest of 3 × 3 counts.
      let best = 255;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const j = ((sy + dy) * shot.width + sx + dx) * 4;
          const d = Math.max(
            Math.abs(shot.data[j] - own.data[i]),
            Math.abs(shot.data[j + 1] - own.data[i + 1]),
            Math.abs(shot.data[j + 2] - own.data[i + 2]),
          );
          if (d < best) best = d;
        }
      }
      if (best <= 40) shown++;
    }
  }
  return { drawn, inView, shown, ratio: inView ? shown / inView : 0 };
}

/** Crops a rectangle (CSS px of the viewport) out of a screenshot into a
 * new PNG buffer, e.g. to save what one canvas looked like. */
export function crop(shot, rect, viewportWidth) {
  const scale = shot.width / viewportWidth;
  const x0 = Math.max(0, Math.floor(rect.left * scale)), y0 = Math.max(0, Math.floor(rect.top * scale));
  const x1 = Math.min(shot.width, Math.ceil((rect.left + rect.width) * scale));
  const y1 = Math.min(shot.height, Math.ceil((rect.top + rect.height) * scale));
  const out = new PNG({ width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) });
  for (let y = y0; y < y1; y++) shot.data.copy(out.data, (y - y0) * out.width * 4, (y * shot.width + x0) * 4, (y * shot.width + x1) * 4);
  return PNG.sync.write(out);
}
