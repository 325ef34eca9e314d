import { expect } from '@open-wc/testing';
import {
  AuthenticationError,
  ConfigurationError,
  ConflictError,
  HttpStatusError,
  isPaymentRunApiError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  TokenError,
  UnexpectedResponseError,
  ValidationError,
  type PaymentRunApiError,
} from '../../src/api/index.js';

const every: PaymentRunApiError[] = [
  new ValidationError([]),
  new AuthenticationError('a'),
  new PermissionError(undefined),
  new NotFoundError(undefined, undefined),
  new ConflictError(undefined, undefined),
  new RateLimitError(undefined, undefined),
  new ServerError('s'),
  new HttpStatusError('h'),
  new NetworkError('n'),
  new TimeoutError('t'),
  new UnexpectedResponseError([]),
  new TokenError('t'),
  new ConfigurationError('c'),
];

describe('isPaymentRunApiError', () => {
  for (const error of every) {
    it(`recognises a ${error.name} and its kind ${error.kind}, and no other kind`, () => {
      expect(isPaymentRunApiError(error)).to.equal(true);
      expect(isPaymentRunApiError(error, error.kind)).to.equal(true);
      const others = every.filter((other) => other.kind !== error.kind);
      expect(others.some((other) => isPaymentRunApiError(error, other.kind))).to.equal(false);
    });
  }

  it('narrows to the class of the kind', () => {
    const error: unknown = new RateLimitError(new Date(0), '20');
    if (!isPaymentRunApiError(error, 'rate-limit')) expect.fail('not recognised');
    // Compiles only because the guard narrowed `error` to RateLimitError.
    expect(error.resetAt?.getTime()).to.equal(0);
    expect(error.limit).to.equal('20');
  });

  it('matches an error from another realm (an iframe) by name and kind', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const foreign = new (frame.contentWindow as unknown as typeof globalThis).Error('x');
      Object.assign(foreign, { name: 'ConflictError', kind: 'conflict' });
      expect(foreign instanceof Error).to.equal(false);
      expect(isPaymentRunApiError(foreign, 'conflict')).to.equal(true);
    } finally {
      frame.remove();
      await Promise.resolve();
    }
  });

  const impostors: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ConflictError'],
    ['a plain Error', new Error('x')],
    ['a TypeError', new TypeError('x')],
    ['a kind without its name', Object.assign(new Error('x'), { kind: 'conflict' })],
    [
      'a name with another kind',
      Object.assign(new Error('x'), { name: 'ConflictError', kind: 'server' }),
    ],
    ['an unknown kind', Object.assign(new Error('x'), { name: 'FooError', kind: 'foo' })],
    ['an inherited kind name', Object.assign(new Error('x'), { name: 'Object', kind: 'toString' })],
  ];
  for (const [name, value] of impostors) {
    it(`refuses ${name}`, () => {
      expect(isPaymentRunApiError(value)).to.equal(false);
      expect(isPaymentRunApiError(value, 'conflict')).to.equal(false);
    });
  }
});
