/**
 * The sandbox's SCA step: send the one-time code, then enter it; its view and the simulator's
 * calls it makes (`intents.ts`). Loaded with `import()` on PENDING_CHALLENGE when the element has
 * `sandbox` set (`on-demand.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../../i18n/translate.js';

export { statusScaStrings as strings } from './strings-sca.js';

export { simulateScaChallenge, simulateScaVerify } from '../../api/simulate.js';

export interface ScaPanelState {
  /** The user's roles allow answering the challenge. */
  allowed: boolean;
  /** The code was sent: ask for it. */
  sent: boolean;
  /** Why the last step failed: under the code field once the code was sent. */
  error?: string;
  onIssue: () => void;
  onVerify: (event: SubmitEvent) => void;
}

function stepView(t: Translate, s: ScaPanelState): TemplateResult {
  if (!s.allowed) return html`<p class="reason">${t('sca.needsController')}</p>`;
  if (!s.sent) {
    return html`${
        s.error
          ? html`<p class="alert" role="alert" id="sca-error" tabindex="-1">${s.error}</p>`
          : nothing
      }
      <div class="toolbar">
        <button class="button primary" type="button" @click=${s.onIssue}>${t('sca.send')}</button>
      </div>`;
  }
  return html`<p>${t('sca.sent')}</p>
    <form @submit=${s.onVerify}>
      <div class="field">
        <label for="otp">${t('sca.code')}</label>
        <input
          id="otp"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          required
          aria-invalid=${s.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(s.error ? 'otp-error' : undefined)}
        />
        ${s.error ? html`<p class="field-error" id="otp-error">${s.error}</p>` : nothing}
      </div>
      <button class="button primary" type="submit">${t('sca.verify')}</button>
    </form>`;
}

/** What the sandbox offers in place of Weavr's authorisation UI. */
export function sandboxScaView(t: Translate, s: ScaPanelState): TemplateResult {
  return html`<p class="muted">${t('sca.sandbox')}</p>
    ${stepView(t, s)}`;
}
