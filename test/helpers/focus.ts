/**
 * The element that has focus, through open shadow roots (`document.activeElement` stops at the
 * outermost host), or null when focus is lost to `<body>`.
 */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** `focused()` said in words for an assertion message: tag, id, text. */
export function describeFocus(): string {
  const active = focused();
  if (!active) return '<body>';
  const text = active.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${active.localName}${active.id ? `#${active.id}` : ''}> ${text ?? ''}`;
}
