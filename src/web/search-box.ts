/**
 * The search combobox (WAI-ARIA 1.2 combobox with a listbox popup): the query core's `suggest()`,
 * which lists exact names, substring matches over labels and aliases, then the close and contained
 * names the CLI's "did you mean" offers (重庆市渝中区 → 渝中区, 重庆市).
 * ↑/↓ move, Enter chooses, Esc closes (or clears when already closed).
 */
import type { YuGraph } from '../core/graph-schema.js';
import type { Suggestion } from '../core/query/resolve.js';
import { suggest } from '../core/query/search.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { typeBadge } from './panel-parts.js';

const LIMIT = 12;

export interface SearchBox {
  /** Shows a choice made elsewhere (on the canvas, in the panel), or clears the box for null. */
  show(label: string | null): void;
}

export function mountSearchBox(input: HTMLInputElement, listbox: HTMLElement, graph: YuGraph, onChoose: (node: string) => void): SearchBox {
  let suggestions: Suggestion[] = [];
  let active = -1;

  const optionId = (index: number) => `${listbox.id}-${index}`;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => { option.setAttribute('aria-selected', String(i === index)); });
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    input.setAttribute('aria-activedescendant', optionId(index));
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  };

  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    input.value = suggestion.label;
    close();
    onChoose(suggestion.id);
  };

  const hint = (suggestion: Suggestion): string | null => {
    if (suggestion.matchedBy === 'fuzzy') return t('search.fuzzy', suggestion.matchedText);
    return suggestion.matchedText !== suggestion.label ? t('search.alias', suggestion.matchedText) : null;
  };

  const update = () => {
    const text = input.value.trim();
    listbox.replaceChildren();
    if (text === '') {
      suggestions = [];
      close();
      return;
    }
    suggestions = suggest(graph, text, LIMIT);
    suggestions.forEach((suggestion, index) => {
      const extra = hint(suggestion);
      const option = el('li', { attrs: { role: 'option', id: optionId(index), 'aria-selected': 'false' } },
        el('span', { className: 'label' }, suggestion.label),
        extra === null ? null : el('span', { className: 'matched' }, extra),
        typeBadge(suggestion.type));
      // mousedown, not click: choosing must happen before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(index);
      });
      listbox.append(option);
    });
    if (suggestions.length === 0) listbox.append(el('li', { className: 'empty', attrs: { 'aria-disabled': 'true' } }, t('search.none')));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(suggestions.length > 0 ? 0 : -1);
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => { if (input.value.trim() !== '') update(); });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          update();
          return;
        }
        if (suggestions.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + suggestions.length) % suggestions.length);
        return;
      }
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (open) close();
        else input.value = '';
        return;
    }
  });
  return {
    show: (label) => {
      if (document.activeElement === input) return;
      input.value = label ?? '';
      close();
    },
  };
}
