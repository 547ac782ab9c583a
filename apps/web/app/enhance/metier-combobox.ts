/**
 * Autocomplete for the métier search, as progressive enhancement: without this script the form is a plain
 * GET search; with it, the input becomes an ARIA 1.2 combobox (list autocomplete, manual selection) whose
 * suggestions come from the public API. Standalone on purpose: no framework, no imports, no inline code
 * (it ships as its own small file, so the pages stay within the JavaScript budget and under a strict CSP).
 *
 * Keyboard: Down/Up move through the suggestions (Alt+Down opens them), Enter opens the highlighted
 * fiche (or submits the search when none is highlighted), Escape closes the list, Tab leaves it.
 * Screen readers follow the highlight through aria-activedescendant and hear the number of suggestions
 * from a polite live region.
 */

/** What the server puts in the form's data-combobox attribute, in the page's language. */
interface ComboboxConfig {
  /** The search endpoint (GET, ?q=&limit=). */
  api: string;
  /** Address prefix of a fiche: the code is appended. */
  fiche: string;
  listLabel: string;
  /** Announcements; "{n}" is replaced by the number of suggestions. */
  one: string;
  other: string;
  none: string;
  matched: string;
  sector: string;
}

interface Suggestion {
  code: string;
  label: string;
  matchedLabel: string | null;
  inSector: boolean;
}

const LIMIT = 8;
const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function enhance(form: HTMLFormElement): void {
  const found = form.querySelector<HTMLInputElement>('input[name="q"]');
  const raw = form.dataset.combobox;
  if (!found || !raw || !found.id) return;
  const input: HTMLInputElement = found;
  const config = JSON.parse(raw) as ComboboxConfig;

  const listId = `${input.id}-suggestions`;
  const list = element('ul', 'combobox__list');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', config.listLabel);
  list.hidden = true;
  input.after(list);

  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  form.classList.add('is-enhanced');

  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  const options = () => list.children;

  function setActive(index: number): void {
    options()[active]?.removeAttribute('aria-selected');
    active = index;
    const option = options()[index];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function isOpen(): boolean {
    return !list.hidden;
  }

  function open(): void {
    if (!suggestions.length) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close(): void {
    setActive(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function go(suggestion: Suggestion): void {
    window.location.assign(config.fiche + encodeURIComponent(suggestion.code));
  }

  function render(items: Suggestion[]): void {
    close();
    suggestions = items;
    list.replaceChildren(
      ...items.map((item, i) => {
        const option = element('li', 'combobox__option');
        option.id = `${listId}-${i}`;
        option.setAttribute('role', 'option');
        const label = element('span', 'combobox__label', item.label);
        label.lang = 'fr';
        option.append(label);
        if (item.matchedLabel) {
          const matched = element('span', 'combobox__matched', `${config.matched} `);
          const text = element('span', '', item.matchedLabel);
          text.lang = 'fr';
          matched.append(text);
          option.append(matched);
        }
        if (item.inSector) option.append(element('span', 'badge badge--sector', config.sector));
        option.addEventListener('click', () => go(item));
        return option;
      }),
    );
    const n = items.length;
    status.textContent = n === 0 ? config.none : (n === 1 ? config.one : config.other).replace('{n}', String(n));
    open();
  }

  async function suggest(query: string): Promise<void> {
    pending?.abort();
    const controller = (pending = new AbortController());
    try {
      const params = new URLSearchParams({ q: query, limit: String(LIMIT) });
      const response = await fetch(`${config.api}?${params.toString()}`, { headers: { accept: 'application/json' }, signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { items: Suggestion[] };
      // A slower answer to an older query must not replace a newer one.
      if (controller === pending && input.value.trim() === query) {
        render(body.items);
        // Which words the list answers (a list shown for a shorter prefix is replaced when the full words' answer comes).
        list.dataset.query = query;
      }
    } catch {
      // Offline or failing API: the form still submits a full search; say nothing, show nothing.
      if (controller === pending) close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_CHARS) {
      pending?.abort();
      suggestions = [];
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    timer = setTimeout(() => void suggest(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const n = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!n) return;
        event.preventDefault();
        if (!isOpen()) {
          open();
          if (!event.altKey) setActive(0);
        } else setActive((active + 1) % n);
        return;
      case 'ArrowUp':
        if (!n) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? n - 1 : active - 1);
        return;
      case 'Enter': {
        const chosen = isOpen() ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          go(chosen);
        }
        return;
      }
      case 'Escape':
        if (isOpen()) {
          // Closes the list and keeps the text (a search input would otherwise clear itself).
          event.preventDefault();
          close();
        }
        return;
      case 'Tab':
        close();
        return;
      default:
    }
  });

  // Clicking a suggestion must not blur the input first (the click would land on a closed list).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', close);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-combobox]')) enhance(form);
