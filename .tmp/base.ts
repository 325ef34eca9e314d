import './../src/config.js';
import { LitElement, html } from 'lit';
import '@lit/task';
export class X extends LitElement { render() { return html`x`; } }
customElements.define('x-x', X);
