import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * Renders a tree of synchronous, hook-free components and host elements to an HTML string.
 * The report body is rendered once per cached report with this and served as a string, which
 * costs a fraction of rendering hundreds of table cells and SVG nodes on every request.
 * `react-dom/server` cannot be imported in React Server Components, hence this small renderer.
 * It throws on anything it cannot render faithfully (hooks aside, which it cannot detect).
 */
export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeText(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join("");
  if (!isValidElement(node)) throw new Error(`renderStaticMarkup cannot render ${Object.prototype.toString.call(node)}`);

  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return renderStaticMarkup(props.children);
  if (typeof type === "function") return renderStaticMarkup((type as (props: unknown) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("renderStaticMarkup renders only host elements, fragments and function components");

  const attributes = Object.entries(props)
    .filter(([name]) => name !== "children" && name !== "dangerouslySetInnerHTML")
    .map(([name, value]) => renderAttribute(name, value))
    .join("");
  if (VOID_ELEMENTS.has(type)) return `<${type}${attributes}>`;

  return `<${type}${attributes}>${renderStaticMarkup(props.children)}</${type}>`;
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// React prop names whose HTML or SVG attribute is not their kebab-case form.
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  colSpan: "colspan",
  rowSpan: "rowspan",
  readOnly: "readonly",
  viewBox: "viewBox",
  preserveAspectRatio: "preserveAspectRatio",
};

function attributeName(name: string): string {
  if (name in ATTRIBUTE_NAMES) return ATTRIBUTE_NAMES[name];
  if (/^(aria|data)-/.test(name)) return name;

  // SVG presentation attributes: strokeWidth -> stroke-width.
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

// Browsers ignore tabs and line breaks inside a URL and spaces or control characters before it.
const IGNORED_URL_CHARACTERS = /[\u0000-\u0020]/g;

/**
 * True for an http:, https: or relative URL. Any other scheme (javascript:, data:, vbscript:, ...)
 * could run script when the link is followed, which React's own renderer blocks for javascript:.
 */
export function isSafeHref(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(IGNORED_URL_CHARACTERS, ""));

  return scheme === null || ["http", "https"].includes(scheme[1].toLowerCase());
}

function renderAttribute(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "function" || name === "key" || name === "ref") return "";
  if ((name === "href" || name === "xlinkHref") && !isSafeHref(String(value))) return "";
  if (name === "style") throw new Error("renderStaticMarkup does not render style objects; use classes");
  if (value === true) return name.startsWith("aria-") ? ` ${name}="true"` : ` ${attributeName(name)}=""`;

  return ` ${attributeName(name)}="${escapeAttribute(String(value))}"`;
}

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', "&quot;");
}
