import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent } from 'storybook/test';
import { COP_REASON_CODES } from '../src/api/enums.js';
import { copStringsDe } from '../src/components/cop-result-badge/strings.de.js';
import '../src/cop-result-badge.js';
import type { CopResultBadgeElement } from '../src/cop-result-badge.js';
import { registerStrings } from '../src/i18n/translate.js';

registerStrings('de', copStringsDe);

interface Args {
  match?: string;
  'reason-code'?: string;
  'account-name'?: string;
  'payment-id'?: string;
  variant: 'compact' | 'full';
  locale?: string;
  theme?: 'light' | 'dark';
  onUseName: () => void;
}

/** The match the API sends with each reason code; the not-checked ones come without. */
const MATCH_OF: Record<string, string | undefined> = {
  ANNM: 'NO_MATCH',
  MBAM: 'CLOSE_MATCH',
  BANM: 'NO_MATCH',
  PANM: 'NO_MATCH',
  BAMM: 'CLOSE_MATCH',
  PAMM: 'CLOSE_MATCH',
};

const badge = (canvas: HTMLElement) =>
  canvas.querySelector<CopResultBadgeElement>('cop-result-badge')!;
const part = (canvas: HTMLElement, name: string) =>
  badge(canvas).shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

const meta: Meta<Args> = {
  title: 'Elements/cop-result-badge',
  component: 'cop-result-badge',
  args: { variant: 'full', onUseName: fn() },
  argTypes: {
    match: { control: 'select', options: ['EXACT_MATCH', 'CLOSE_MATCH', 'NO_MATCH'] },
    'reason-code': { control: 'select', options: [undefined, ...COP_REASON_CODES] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<cop-result-badge
      match=${args.match ?? ''}
      reason-code=${args['reason-code'] ?? ''}
      account-name=${args['account-name'] ?? ''}
      payment-id=${args['payment-id'] ?? ''}
      variant=${args.variant}
      locale=${args.locale ?? ''}
      theme=${args.theme ?? 'light'}
      @cop-use-suggested-name=${args.onUseName}
    ></cop-result-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bank confirmed the name. */
export const ExactMatch: Story = {
  args: { match: 'EXACT_MATCH' },
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'label').textContent).toContain('Name matches');
  },
};

/** Close: the account holder's actual name, and an action to use it. */
export const CloseMatch: Story = {
  args: {
    match: 'CLOSE_MATCH',
    'reason-code': 'MBAM',
    'account-name': 'Acme Office Supplies Limited',
    'payment-id': '652d25b73541d8084a88a38d',
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(part(canvasElement, 'use-name'));
    await expect(args.onUseName).toHaveBeenCalledOnce();
  },
};

/** The name does not match. */
export const NoMatch: Story = { args: { match: 'NO_MATCH', 'reason-code': 'ANNM' } };

/** The bank could not run the check: the owner opted out. */
export const CouldNotCheck: Story = { args: { 'reason-code': 'OPTO' } };

/** No result at all: a SEPA payment, or a run not yet validated. */
export const NotChecked: Story = {};

/** A value the library does not know is shown as sent. */
export const UnknownValue: Story = { args: { match: 'PARTIAL_MATCH' } };

/** Compact, as in a list: the badge is a button that discloses the explanation. */
export const Compact: Story = {
  args: { ...CloseMatch.args, variant: 'compact' },
  play: async ({ canvasElement }) => {
    const label = part(canvasElement, 'label');
    label.focus();
    await userEvent.keyboard('{Enter}');
    await expect(label.getAttribute('aria-expanded')).toBe('true');
    await expect(part(canvasElement, 'details').textContent).toContain('Limited');
  },
};

/** Every reason code, explained in plain words. */
export const EveryReasonCode: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      ${COP_REASON_CODES.map(
        (code) =>
          html`<cop-result-badge
            match=${MATCH_OF[code] ?? ''}
            reason-code=${code}
            account-name=${MATCH_OF[code] === 'CLOSE_MATCH' ? 'Sandbox Supplier Limited' : ''}
            locale=${args.locale ?? ''}
            theme=${args.theme ?? 'light'}
          ></cop-result-badge>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const all = canvasElement.querySelectorAll('cop-result-badge');
    await expect(all.length).toBe(COP_REASON_CODES.length);
  },
};

/** The dark palette. */
export const Dark: Story = {
  args: { ...CloseMatch.args, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background: #16191d; padding: 1rem">${story()}</div>`],
};

/** German. */
export const German: Story = {
  args: { ...CloseMatch.args, locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expect(part(canvasElement, 'label').textContent).toContain('Ähnlicher Name');
  },
};

/** In a narrow table cell (9rem), in German: the label, reason, long name and action wrap. */
export const NarrowCell: Story = {
  args: {
    match: 'CLOSE_MATCH',
    'reason-code': 'BAMM',
    'account-name': 'Bartholomew-Fitzwilliam Hargreaves-Montgomery Consolidated Holdings Limited',
    locale: 'de-DE',
  },
  decorators: [
    (story) => html`<div style="width: 9rem; outline: 1px dashed #8888">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector<HTMLElement>('div')!;
    await expect(badge(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(
      cell.clientWidth + 0.5,
    );
  },
};
