import { afterAll } from 'vitest';

/**
 * Just enough of a DOM for game/ui/dom.ts's el(): elements, text nodes, attributes and listeners, and an
 * outerHTML that escapes text as a browser would. The unit tests render the page's panels into it and read
 * their words; student text must arrive as text nodes, never markup.
 */
export class FakeText {
  constructor(readonly data: string) {}
  get textContent() {
    return this.data;
  }
  get outerHTML() {
    return this.data.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  }
}

export class FakeElement {
  readonly childNodes: (FakeElement | FakeText)[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, () => void>();
  constructor(readonly tagName: string) {}
  setAttribute(k: string, v: string) {
    this.attributes.set(k, v);
  }
  addEventListener(type: string, fn: () => void) {
    this.listeners.set(type, fn);
  }
  append(...nodes: (FakeElement | FakeText | string)[]) {
    for (const n of nodes) this.childNodes.push(typeof n === 'string' ? new FakeText(n) : n);
  }
  replaceChildren(...nodes: (FakeElement | FakeText | string)[]) {
    this.childNodes.length = 0;
    this.append(...nodes);
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.childNodes.length = 0;
    this.childNodes.push(new FakeText(text));
  }
  get outerHTML(): string {
    const attrs = [...this.attributes].map(([k, v]) => ` ${k}="${v.replaceAll('"', '&quot;')}"`).join('');
    return `<${this.tagName}${attrs}>${this.childNodes.map((c) => c.outerHTML).join('')}</${this.tagName}>`;
  }
  /** This element and every one under it, in document order. */
  all(): FakeElement[] {
    return [this, ...this.childNodes.flatMap((c) => (c instanceof FakeElement ? c.all() : []))];
  }
  /** The elements of this tree with tag `tag` (and class `cls`, when given), in document order. */
  find(tag: string, cls?: string): FakeElement[] {
    return this.all().filter(
      (e) =>
        e.tagName === tag &&
        (cls === undefined || (e.attributes.get('class') ?? '').split(' ').includes(cls)),
    );
  }
}

/**
 * Makes the fake the global `document` now, while the file's tests are collected (some render games then),
 * and puts back whatever was there after its tests.
 */
export function useFakeDocument(): void {
  const saved = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (data: string) => new FakeText(data),
  };
  afterAll(() => {
    (globalThis as { document?: unknown }).document = saved;
  });
}
