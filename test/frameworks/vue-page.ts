/**
 * A Vue 3 page (the full build: a template compiled in the browser) built by
 * `e2e/frameworks.e2e.mjs`: the four elements in a template, properties bound in camelCase,
 * events with `@event-name`. The props are typed by the generated `payment-run-elements/vue`.
 */
import {
  createApp,
  defineComponent,
  ref,
  shallowRef,
  type GlobalComponents,
  type PropType,
} from 'vue';
import '../../src/index.js';
import type {} from '../../src/types/vue.js';
import { pageFixtures, READY_ID, type PageFixtures } from './fixtures.js';

/** What vue-tsc checks a `<cop-result-badge>` in a template against. */
type BadgeProps = InstanceType<GlobalComponents['cop-result-badge']>['$props'];

const App = defineComponent({
  props: { fixtures: { type: Object as PropType<PageFixtures>, required: true } },
  setup({ fixtures }) {
    const badgeProps: BadgeProps = {
      outcome: fixtures.outcome,
      onCopUseSuggestedName: (event) => void event.detail.accountName,
    };
    const chosen = ref('');
    const confirmRequested = ref('');
    return {
      ...fixtures,
      client: shallowRef(fixtures.client),
      outcome: badgeProps.outcome,
      readyId: READY_ID,
      chosen,
      confirmRequested,
      onConfirm(event: HTMLElementEventMap['payment-run-confirm']) {
        event.preventDefault(); // the host takes the confirmation over
        confirmRequested.value = event.detail.paymentRun.id;
      },
    };
  },
  template: `
    <main>
      <h1 :id="readyId">Vue</h1>
      <payment-run-builder id="builder" :client="client" currencies="GBP EUR"></payment-run-builder>
      <payment-run-status
        id="status"
        :client="client"
        :paymentRunId="runId"
        :roles="['CONTROLLER']"
        :pollInterval="0"
        @payment-run-confirm="onConfirm"
      ></payment-run-status>
      <output id="confirm-requested">confirm requested: {{ confirmRequested || 'no' }}</output>
      <funding-instructions
        id="funding"
        :client="client"
        :paymentRunId="fundingRunId"
        :pollInterval="0"
      ></funding-instructions>
      <cop-result-badge
        id="badge"
        :outcome="outcome"
        payment-id="payment-1"
        @cop-use-suggested-name="chosen = $event.detail.accountName"
      ></cop-result-badge>
      <output id="chosen">chosen: {{ chosen || 'none' }}</output>
    </main>
  `,
});

/** Renders the page into `root` (the module itself has no side effects). */
export async function mount(root: HTMLElement): Promise<void> {
  const app = createApp(App, { fixtures: await pageFixtures('Vue') });
  app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
  app.mount(root);
}
