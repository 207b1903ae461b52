// HTML → plain text: a DOM walk for parsed pages and a DOM-free linear stripper for hostile input.

/** Longest article body kept, in characters: no news article comes close; hostile input stops here. */
export const MAX_BODY_CHARS = 1_000_000;
/** Most lines kept in a body, for the same reason (line-by-line rules cost time per line). */
export const MAX_BODY_LINES = 20_000;

/** Elements whose content is never article text. */
export const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'button', 'form', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);
/** Elements that start and end a paragraph of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption', 'details', 'summary',
]);

/**
 * Text of a DOM subtree with paragraph breaks at block elements. Iterative (explicit stack) so deep
 * markup cannot overflow the call stack.
 */
export function domToText(root: Node, skip: ReadonlySet<string> = SKIPPED_ELEMENTS): string {
  const out: string[] = [];
  let size = 0;
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && size < MAX_BODY_CHARS) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      size += item.length;
      continue;
    }
    if (item.nodeType === 3) {
      const text = (item.nodeValue ?? '').replace(/\s+/g, ' ');
      out.push(text);
      size += text.length;
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeType === 1 ? (item as Element).localName.toLowerCase() : '';
    if (skip.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) stack.push('\n\n');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (block) stack.push('\n\n');
  }
  return tidy(out.join(''));
}

/**
 * Text of raw HTML without building a DOM: one linear pass over tags, skipping script/style
 * bodies, with paragraph breaks at block tags. Used when markup is too deep or large for the DOM.
 */
export function stripTags(html: string): string {
  const out: string[] = [];
  let size = 0;
  let i = 0;
  while (i < html.length && size < MAX_BODY_CHARS) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    size += lt - i + 1;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const m = /^<\/?([a-zA-Z][\w:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!m) {
      i = gt + 1;
      continue;
    }
    const tag = m[1].toLowerCase();
    const closing = html[lt + 1] === '/';
    if (!closing && (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript')) {
      const close = new RegExp(`</${tag}`, 'ig');
      close.lastIndex = gt + 1;
      const end = close.exec(html);
      i = end ? end.index : html.length;
      continue;
    }
    if (tag === 'br') out.push('\n');
    else if (BLOCK_ELEMENTS.has(tag)) out.push('\n\n');
    i = gt + 1;
  }
  return tidy(decodeEntities(out.join('')));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', copy: '©', eacute: 'é',
};

/** Decodes numeric and common named character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function tidy(text: string): string {
  return text
    .slice(0, MAX_BODY_CHARS)
    .split('\n', MAX_BODY_LINES)
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Maximum element nesting and element count, from one linear pass over the tags. The scan stops
 * once either passes its limit, since the caller only needs to know that. In XML mode no element
 * closes implicitly.
 */
export function measureMarkup(html: string, limits = { depth: Infinity, elements: Infinity }, xml = false): { depth: number; elements: number } {
  // Elements the HTML parser closes implicitly or that never have content do not nest.
  const flat = /^(?:p|li|td|th|tr|dt|dd|option|br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr|param)$/i;
  const isFlat = (tag: string): boolean => !xml && flat.test(tag);
  const tagName = /<(\/?)([a-zA-Z][\w:-]*)/y;
  let depth = 0;
  let max = 0;
  let elements = 0;
  let i = 0;
  while (max <= limits.depth && elements <= limits.elements) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    tagName.lastIndex = lt;
    const m = tagName.exec(html);
    i = gt + 1;
    if (!m || m.index + m[0].length > gt + 1) continue;
    if (m[1] === '/') {
      if (!isFlat(m[2])) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (isFlat(m[2]) || html[gt - 1] === '/') continue;
    depth++;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}
