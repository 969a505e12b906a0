/**
 * The one way the explorer builds DOM: elements with text children. Strings are appended as text
 * nodes, so labels, document text and URL values can never become markup.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  attrs?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const html: HTMLElement = element;
  if (props.className !== undefined) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) html.addEventListener('click', props.onClick);
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** The page's element `#id`, checked to be of the expected kind. */
export function byId<T extends HTMLElement>(id: string, kind: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return element;
}

/** A coloured dot for a type, relation or community; the colour goes through CSSOM, which the CSP allows. */
export function swatch(color: string, className = 'swatch'): HTMLSpanElement {
  const dot = el('span', { className, attrs: { 'aria-hidden': 'true' } });
  dot.style.setProperty('--swatch', color);
  return dot;
}
