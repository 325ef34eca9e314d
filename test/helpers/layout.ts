import { setViewport } from '@web/test-runner-commands';

/** The host boxes every element must fit (CSS px): from a narrow sidebar to a wide desktop. */
export const BOX_WIDTHS = [280, 320, 390, 600, 768, 1024, 1440] as const;

/** One thing that sticks out: which node (a readable path) and by how many pixels. */
export interface Overflow {
  node: string;
  left: number;
  right: number;
}

const describeNode = (el: Element): string => {
  const id = el.id ? `#${el.id}` : '';
  const cls =
    typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/)[0]}` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
  return `${el.localName}${id}${cls}${part}${text ? ` "${text}"` : ''}`;
};

/** Every element under `root`, through open shadow roots, with the scroll box that clips it. */
function* walk(
  root: Element | ShadowRoot,
  clip: Element | null,
): Generator<{ el: Element; clip: Element | null }> {
  for (const el of Array.from(root.children)) {
    yield { el, clip };
    const style = getComputedStyle(el);
    const clips = style.overflowX !== 'visible';
    const inner = clips ? el : clip;
    if (el.shadowRoot) yield* walk(el.shadowRoot, inner);
    yield* walk(el, inner);
  }
}

/**
 * What sticks out of `host`'s box: any element (light or shadow DOM) whose box lies outside the
 * host's left or right edge, unless a scroll region inside the host clips it (then that region is
 * what must fit). Visually hidden text (1 px boxes) and empty boxes are ignored, since they paint
 * nothing, but they still count if they widen a scroll region or the page.
 */
export function overflowsOf(host: HTMLElement, tolerance = 0.5): Overflow[] {
  const box = host.getBoundingClientRect();
  const found: Overflow[] = [];
  const roots: (Element | ShadowRoot)[] = host.shadowRoot ? [host.shadowRoot, host] : [host];
  for (const root of roots) {
    for (const { el, clip } of walk(root, null)) {
      if (clip) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue;
      const left = box.left - r.left;
      const right = r.right - box.right;
      if (left > tolerance || right > tolerance) {
        found.push({ node: describeNode(el), left: Math.round(left), right: Math.round(right) });
      }
    }
  }
  return found;
}

/** Whether the page became wider than the viewport (a horizontal page scrollbar). */
export function pageOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/**
 * Sets the viewport to `width` (the host's box fills it, as on a phone or a single-column page),
 * optionally with the root text at `textZoom` (2 = 200 % text zoom, WCAG 1.4.4/1.4.10).
 */
export async function useBox(width: number, textZoom = 1): Promise<void> {
  await setViewport({ width, height: 900 });
  document.body.style.margin = '0';
  document.documentElement.style.fontSize = textZoom === 1 ? '' : `${textZoom * 100}%`;
}

/** Undoes `useBox`'s page changes. */
export function resetBox(): void {
  document.body.style.margin = '';
  document.documentElement.style.fontSize = '';
}

/**
 * A readable report for a failed fit: what sticks out of the element, and by how much the page
 * grew wider than its box. Empty when everything fits.
 */
export function fitReport(host: HTMLElement): string {
  const overflows = overflowsOf(host);
  const page = pageOverflow();
  const lines = overflows
    .slice(0, 8)
    .map((o) => `  ${o.node}: ${o.left > 0 ? `${o.left} px left` : `${o.right} px right`}`);
  if (overflows.length > 8) lines.push(`  … and ${overflows.length - 8} more`);
  if (page > 0) lines.push(`  the page is ${page} px wider than its box`);
  return lines.join('\n');
}
