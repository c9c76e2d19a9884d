import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";

import { renderStaticMarkup } from "./render-static-markup";

const h = createElement;

describe("renderStaticMarkup", () => {
  it("renders host elements with React's attribute names", () => {
    const markup = renderStaticMarkup(
      h("svg", { viewBox: "0 0 10 10", role: "img", "aria-label": "Chart" }, h("line", { x1: 0, strokeWidth: "2", strokeDasharray: undefined, textAnchor: "end" })),
    );

    expect(markup).toBe('<svg viewBox="0 0 10 10" role="img" aria-label="Chart"><line x1="0" stroke-width="2" text-anchor="end"></line></svg>');
  });

  it("maps className and boolean attributes and skips false ones", () => {
    expect(renderStaticMarkup(h("a", { className: "x", href: "/a.csv", download: true, hidden: false }, "CSV"))).toBe('<a class="x" href="/a.csv" download="">CSV</a>');
  });

  it("escapes text and attribute values", () => {
    expect(renderStaticMarkup(h("p", { title: '"<x>" & y' }, "<script>alert(1)</script> & more"))).toBe(
      '<p title="&quot;&lt;x&gt;&quot; &amp; y">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });

  it("renders function components, fragments, arrays and numbers", () => {
    const Cell = ({ value }: { value: number }) => h("td", null, value);
    const markup = renderStaticMarkup(h(Fragment, null, [h(Cell, { key: "a", value: 1 }), null, false, h(Cell, { key: "b", value: 2.5 })]));

    expect(markup).toBe("<td>1</td><td>2.5</td>");
  });

  it("writes void elements without a closing tag", () => {
    expect(renderStaticMarkup(h("div", null, h("br"), "x"))).toBe("<div><br>x</div>");
  });

  it("rejects style objects", () => {
    expect(() => renderStaticMarkup(h("div", { style: { color: "red" } }))).toThrow(/style/);
  });

  it.each(["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"])(
    "drops the unsafe href %j",
    (href) => {
      expect(renderStaticMarkup(h("a", { href }, "link"))).toBe("<a>link</a>");
    },
  );

  it.each(["https://example.com/a", "http://example.com/a", "/o/demo/export.csv", "report.json", "?from=1#top", "//example.com/a"])("keeps the href %j", (href) => {
    expect(renderStaticMarkup(h("a", { href }, "link"))).toBe(`<a href="${href}">link</a>`);
  });
});

