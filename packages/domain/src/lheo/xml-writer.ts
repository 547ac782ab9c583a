/**
 * A small XML writer: elements are opened and closed in order, every text and attribute value is escaped, and
 * characters XML 1.0 cannot carry at all (most control characters, lone surrogates) are dropped. The result is
 * well-formed by construction: no caller builds markup from strings.
 */

/** Characters allowed in an XML 1.0 document: tab, newline, carriage return and the printable planes. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Escapes a text or attribute value (quotes included, so one function serves both). */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"\r]/g, (c) => ESCAPES[c]!);
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly stack: string[] = [];

  private tag(name: string, attributes: XmlAttributes): string {
    if (!NAME.test(name)) throw new Error(`nom d'élément XML invalide : ${name}`);
    let text = `<${name}`;
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      if (!NAME.test(key)) throw new Error(`nom d'attribut XML invalide : ${key}`);
      text += ` ${key}="${escapeXml(String(value))}"`;
    }
    return text;
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }

  /** Opens an element whose children follow; close it with `close()`. */
  open(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}${this.tag(name, attributes)}>\n`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('close() sans élément ouvert');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element holding text only. Null or undefined writes nothing (optional elements). */
  leaf(name: string, text: string | number | null | undefined, attributes: XmlAttributes = {}): this {
    if (text === null || text === undefined) return this;
    this.parts.push(`${this.indent()}${this.tag(name, attributes)}>${escapeXml(String(text))}</${name}>\n`);
    return this;
  }

  /** An element with no content. */
  empty(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}${this.tag(name, attributes)}/>\n`);
    return this;
  }

  toString(): string {
    if (this.stack.length) throw new Error(`éléments non fermés : ${this.stack.join(' > ')}`);
    return this.parts.join('');
  }
}
