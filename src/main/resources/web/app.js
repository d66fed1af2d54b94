/* The page: asks the public HTTP API, shows the answer, related questions and feedback buttons. */
"use strict";

(() => {
  const form = document.getElementById("ask");
  const input = document.getElementById("q");
  const status = document.getElementById("status");
  const answer = document.getElementById("answer");
  const RELATED = 3;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function search(question, limit) {
    const response = await fetch("/api/v1/search?limit=" + limit + "&q=" + encodeURIComponent(question));
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || "the server answered " + response.status);
    return body;
  }

  /** Asks a question, shows what the notes say and remembers it in the address bar. */
  async function ask(question, push) {
    question = question.trim();
    if (!question) return;
    input.value = question;
    if (push) history.pushState({ q: question }, "", "?q=" + encodeURIComponent(question));
    status.textContent = "Searching…";
    answer.setAttribute("aria-busy", "true");
    try {
      const result = await search(question, 5);
      answer.replaceChildren(result.answered ? await answered(result) : notFound(result));
      status.textContent = result.answered ? "Answer found." : "No note answers this yet.";
      answer.focus();
    } catch (error) {
      answer.replaceChildren(el("p", "error", "Something went wrong: " + error.message));
      status.textContent = "Error.";
    } finally {
      answer.setAttribute("aria-busy", "false");
    }
  }

  async function answered(result) {
    const hit = result.results[0];
    const article = el("article", "note");
    article.lang = hit.language === "ru" ? "ru" : "en";
    article.append(el("h2", null, hit.question), Markdown.render(hit.answer));
    article.append(el("p", "source", "Source: " + hit.source.file + ":" + hit.source.line + " · id " + hit.id));
    const fragment = document.createDocumentFragment();
    fragment.append(article, feedback(result.queryId, hit.id), await related(hit));
    return fragment;
  }

  function notFound(result) {
    const fragment = document.createDocumentFragment();
    fragment.append(el("h2", null, "No note answers this yet"));
    if (result.results.length) {
      fragment.append(el("p", null, "These are the closest questions:"), links(result.results));
    } else {
      fragment.append(el("p", null, "Try other words, for example: How do I cancel a task?"));
    }
    return fragment;
  }

  /** Other notes close to this one: what a search for its own question finds, without itself. */
  async function related(hit) {
    const section = el("section", "related");
    section.setAttribute("aria-labelledby", "related-title");
    const title = el("h3", null, hit.language === "ru" ? "Похожие вопросы" : "Related questions");
    title.id = "related-title";
    section.append(title);
    try {
      const others = (await search(hit.question, RELATED + 1)).results.filter(other => other.id !== hit.id);
      section.append(others.length ? links(others.slice(0, RELATED)) : el("p", null, "None."));
    } catch (error) {
      section.append(el("p", "error", "Could not load related questions."));
    }
    return section;
  }

  function links(hits) {
    const list = el("ul", "questions");
    for (const hit of hits) {
      const link = el("a", null, hit.question);
      link.href = "?q=" + encodeURIComponent(hit.question);
      link.lang = hit.language === "ru" ? "ru" : "en";
      link.addEventListener("click", event => {
        event.preventDefault();
        ask(hit.question, true);
      });
      const item = el("li");
      item.append(link);
      list.append(item);
    }
    return list;
  }

  function feedback(queryId, id) {
    const group = el("div", "feedback");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Was this answer helpful?");
    const question = el("span", null, "Was this helpful?");
    const thanks = el("span", "thanks");
    thanks.setAttribute("aria-live", "polite");
    const up = vote("👍", "Helpful", true);
    const down = vote("👎", "Not helpful", false);
    group.append(question, up, down, thanks);

    function vote(icon, label, helpful) {
      const button = el("button", "vote");
      button.type = "button";
      button.setAttribute("aria-pressed", "false");
      button.append(el("span", null, icon), " " + label);
      button.querySelector("span").setAttribute("aria-hidden", "true");
      button.addEventListener("click", () => send(helpful, button));
      return button;
    }

    async function send(helpful, pressed) {
      try {
        const response = await fetch("/api/v1/feedback", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ queryId, id, helpful }),
        });
        const body = await response.json();
        if (!response.ok) throw new Error(body.error);
        for (const button of [up, down]) button.setAttribute("aria-pressed", String(button === pressed));
        thanks.textContent = "Thank you, noted.";
      } catch (error) {
        thanks.textContent = "Could not send: " + error.message;
      }
    }
    return group;
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    ask(input.value, true);
  });
  window.addEventListener("popstate", () => {
    const q = new URLSearchParams(location.search).get("q");
    if (q) ask(q, false);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) ask(initial, false);
})();
