import { expect } from '@open-wc/testing';
import { toNodeHandler } from '../../src/server/index.js';
import { fakeRequest, fakeResponse } from './node-fakes.js';

describe('toNodeHandler', () => {
  it('turns the Node request into a Request and writes the Response back', async () => {
    let seen: Request | undefined;
    let seenBody = '';
    const middleware = toNodeHandler(async (request) => {
      seen = request;
      seenBody = await request.text();
      return new Response('{"ok":true}', {
        status: 201,
        headers: { 'content-type': 'application/json', 'request-ref': 'r-1' },
      });
    });
    const res = fakeResponse();
    middleware(
      fakeRequest({
        method: 'POST',
        url: '/api/v1/payment_runs?x=1',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        chunks: ['{"a":', '1}'],
      }),
      res,
    );
    await res.finished;
    expect(seen!.method).to.equal('POST');
    expect(seen!.url).to.equal('http://localhost/api/v1/payment_runs?x=1');
    expect(seen!.headers.get('content-type')).to.equal('application/json');
    expect(seenBody).to.equal('{"a":1}');
    expect(res.statusCode).to.equal(201);
    expect(res.headers).to.deep.equal({ 'content-type': 'application/json', 'request-ref': 'r-1' });
    expect(res.text()).to.equal('{"ok":true}');
  });

  it('hands paths outside onlyUnder to next() without calling the handler', async () => {
    let called = false;
    const middleware = toNodeHandler(
      () => {
        called = true;
        return Promise.resolve(new Response(null, { status: 204 }));
      },
      { onlyUnder: '/api' },
    );
    let nextCalls = 0;
    for (const url of ['/', '/apiary', '/src/main.ts?import']) {
      middleware(fakeRequest({ url }), fakeResponse(), () => nextCalls++);
    }
    expect(nextCalls).to.equal(3);
    expect(called).to.equal(false);

    const res = fakeResponse();
    middleware(fakeRequest({ url: '/api/v1/institutions' }), res, () => nextCalls++);
    await res.finished;
    expect(called).to.equal(true);
    expect(res.statusCode).to.equal(204);

    const alone = fakeResponse();
    middleware(fakeRequest({ url: '/elsewhere' }), alone);
    await alone.finished;
    expect(alone.statusCode).to.equal(404);
  });

  it('passes a handler failure to next(error), or answers 500 without middleware', async () => {
    const failure = new Error('boom');
    const middleware = toNodeHandler(() => Promise.reject(failure));
    const passed = await new Promise<unknown>((resolve) => {
      middleware(fakeRequest({ url: '/x' }), fakeResponse(), resolve);
    });
    expect(passed).to.equal(failure);

    const res = fakeResponse();
    middleware(fakeRequest({ url: '/x' }), res);
    await res.finished;
    expect(res.statusCode).to.equal(500);
  });
});
