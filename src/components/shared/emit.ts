/**
 * Dispatches a typed event that bubbles out of the shadow root. For a cancelable action event it
 * returns `false` when the host called `preventDefault()`: the host has taken the action over and
 * the element must do nothing more.
 */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: !!options.cancelable,
    }),
  );
}
