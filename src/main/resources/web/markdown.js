/* Renders the notes' markdown into DOM nodes (never innerHTML, so note text cannot inject markup),
   with a small highlighter for Python code blocks. */
"use strict";

const Markdown = (() => {
  const PY_KEYWORDS = "False|None|True|and|as|assert|async|await|break|case|class|continue|def|del|elif|else|" +
    "except|finally|for|from|global|if|import|in|is|lambda|match|nonlocal|not|or|pass|raise|return|try|while|" +
    "with|yield";
  const PY_TOKENS = new RegExp(
    "(#[^\\n]*)" +                                                   // 1 comment
    "|([rbfuRBFU]{0,2}(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''" +  // 2 string
    "|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'))" +
    "|\\b(" + PY_KEYWORDS + ")\\b" +                                 // 3 keyword
    "|(\\b\\d+(?:\\.\\d+)?\\b)" +                                    // 4 number
    "|(@[A-Za-z_][\\w.]*)", "g");                                    // 5 decorator
  const CLASSES = [null, "tok-comment", "tok-string", "tok-keyword", "tok-number", "tok-decorator"];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Python source as text nodes and spans with one class per kind of token. */
  function highlightPython(code) {
    const out = document.createDocumentFragment();
    let last = 0;
    for (const match of code.matchAll(PY_TOKENS)) {
      if (match.index > last) out.append(code.slice(last, match.index));
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      out.append(el("span", CLASSES[group], match[0]));
      last = match.index + match[0].length;
    }
    out.append(code.slice(last));
    return out;
  }

  const INLINE = /(`+)([\s\S]+?)\1|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

  /** Inline code, bold, italics and http(s) links inside a paragraph, heading or list item. */
  function inline(text) {
    const out = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      if (m.index > last) out.append(text.slice(last, m.index));
      if (m[2] !== undefined) out.append(el("code", null, m[2].trim()));
      else if (m[3] !== undefined || m[4] !== undefined) out.append(el("strong", null, m[3] || m[4]));
      else if (m[5] !== undefined) out.append(el("em", null, m[5]));
      else {
        const link = el("a", null, m[6]);
        link.href = m[7];
        link.rel = "noopener noreferrer";
        out.append(link);
      }
      last = m.index + m[0].length;
    }
    out.append(text.slice(last));
    return out;
  }

  function codeBlock(lines, language) {
    const pre = el("pre", "code");
    const code = el("code");
    const source = lines.join("\n");
    const python = language === "" || /^(python|py|python3|pycon)$/i.test(language);
    code.className = "language-" + (language || "python");
    code.append(python ? highlightPython(source) : source);
    pre.append(code);
    pre.tabIndex = 0;  // long lines scroll: the keyboard must reach the scroll bar
    pre.setAttribute("aria-label", (language || "python") + " code");
    return pre;
  }

  /** The whole answer: headings (one level below the question), paragraphs, lists and fenced code. */
  function render(text) {
    const out = document.createDocumentFragment();
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    let paragraph = [];
    let list = null;
    const flush = () => {
      if (paragraph.length) out.append(withInline(el("p"), paragraph.join(" ")));
      paragraph = [];
      list = null;
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const fence = line.match(/^\s*(```+|~~~+)\s*([\w+-]*)/);
      const heading = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/);
      const item = line.match(/^\s*([-*+]|\d+[.)])\s+(.*)$/);
      if (fence) {
        flush();
        const body = [];
        for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i]);
        out.append(codeBlock(body, fence[2]));
      } else if (heading) {
        flush();
        out.append(withInline(el("h" + Math.min(6, heading[1].length + 2)), heading[2]));
      } else if (item) {
        const ordered = /\d/.test(item[1]);
        if (paragraph.length) flush();
        if (!list || (list.tagName === "OL") !== ordered) {
          list = el(ordered ? "ol" : "ul");
          out.append(list);
        }
        list.append(withInline(el("li"), item[2]));
      } else if (line.trim() === "") {
        flush();
      } else if (list && /^\s+\S/.test(line)) {
        list.lastChild.append(" ", inline(line.trim()));
      } else {
        list = null;
        paragraph.push(line.trim());
      }
    }
    flush();
    return out;
  }

  function withInline(node, text) {
    node.append(inline(text));
    return node;
  }

  return { render, highlightPython };
})();
