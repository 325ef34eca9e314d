/** The payments of one funding group: a table, stacked into cards in a narrow box. */
import { html, type TemplateResult } from 'lit';
import type { FundingInstruction } from '../../api/schemas/funding.js';
import { statusLabel } from '../../i18n/status-labels.js';
import type { View } from './views.js';

export function paymentsTable(v: View, group: FundingInstruction): TemplateResult {
  // Each cell carries its column's name, shown beside it once the rows stack into cards.
  const supplier = v.t('funding.payment.supplier');
  const reference = v.t('funding.payment.reference');
  const amount = v.t('funding.payment.amount');
  const status = v.t('funding.payment.status');
  return html`
    <table>
      <caption class="visually-hidden">
        ${v.t('funding.group.paymentsCaption', { reference: group.reference })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${supplier}</th>
          <th scope="col">${reference}</th>
          <th scope="col" class="amount">${amount}</th>
          <th scope="col">${status}</th>
        </tr>
      </thead>
      <tbody>
        ${group.payments.map(
          (p) => html`
            <tr>
              <td data-label=${supplier}>${p.supplier.name}</td>
              <td data-label=${reference}>${p.reference}</td>
              <td class="amount" data-label=${amount}>
                ${v.money(p.paymentAmount.amount, p.paymentAmount.currency)}
              </td>
              <td data-label=${status}>
                <span class="status" data-status=${p.status}>
                  ${statusLabel(v.t, 'payment', p.status)}
                </span>
              </td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}
