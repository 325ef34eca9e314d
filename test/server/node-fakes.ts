import type { NodeRequest, NodeResponse } from '../../src/server/index.js';

/** Stand-ins for Node's IncomingMessage and ServerResponse (the parts the adapter uses). */
export function fakeRequest(init: {
  method?: string;
  url: string;
  headers?: Record<string, string | string[]>;
  chunks?: string[];
}): NodeRequest {
  const encoder = new TextEncoder();
  return {
    method: init.method ?? 'GET',
    url: init.url,
    headers: { host: 'shop.example', ...init.headers },
    async *[Symbol.asyncIterator]() {
      for (const chunk of init.chunks ?? []) {
        await Promise.resolve();
        yield encoder.encode(chunk);
      }
    },
  };
}

export function fakeResponse() {
  const listeners = new Map<string, Set<() => void>>();
  const written: Uint8Array[] = [];
  let finish: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const res = {
    statusCode: 200,
    headersSent: false,
    writableFinished: false,
    headers: {} as Record<string, string | string[]>,
    setHeader(name: string, value: string | string[]) {
      res.headers[name] = value;
    },
    write(chunk: Uint8Array) {
      res.headersSent = true;
      written.push(chunk);
      return true;
    },
    end() {
      res.headersSent = true;
      res.writableFinished = true;
      finish();
    },
    destroy() {
      finish();
    },
    once(event: string, listener: () => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off(event: string, listener: () => void) {
      listeners.get(event)?.delete(listener);
    },
    finished,
    text: () => written.map((chunk) => new TextDecoder().decode(chunk)).join(''),
  };
  return res satisfies NodeResponse;
}
