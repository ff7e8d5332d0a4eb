import { api, articleLink, date, el, explain, setStatus } from "./api.js";

const heading = document.getElementById("speaker-name");
const id = heading.dataset.speakerId;
const quotes = document.getElementById("quotes");
const more = document.getElementById("more");
let next = null;

function rows(table, seen) {
  table.tBodies[0].replaceChildren(...seen.map((r) => el("tr", {},
    el("th", { scope: "row" }, r.short ? `${r.name} (${r.short})` : r.name),
    el("td", {}, r.count), el("td", {}, date(r.first_seen)), el("td", {}, date(r.last_seen)))));
}

async function loadQuotes() {
  const params = new URLSearchParams({ limit: "20", offsets: "utf16" });
  if (next) params.set("cursor", next);
  const page = await api(`/v1/speakers/${encodeURIComponent(id)}/quotes?${params}`);
  quotes.append(...page.items.map((q) => el("li", { class: "quote-item" },
    el("blockquote", {}, q.text),
    el("p", { class: "muted" }, q.speaker && q.speaker.role ? `${q.speaker.role} · ` : "", articleLink(q.article)))));
  next = page.next_cursor;
  more.hidden = !next;
}

async function load() {
  setStatus("Loading the profile…", true);
  try {
    const s = await api(`/v1/speakers/${encodeURIComponent(id)}`);
    heading.textContent = s.name;
    document.title = `${s.name} · Quote Attribution`;
    document.getElementById("speaker-summary").textContent =
      `${s.quote_count} quotes in ${s.article_count} articles, ${date(s.first_quoted)} to ${date(s.last_quoted)}` +
      (s.aliases.length ? ` · also written ${s.aliases.join(", ")}` : "");
    rows(document.getElementById("roles"), s.roles);
    rows(document.getElementById("affiliations"), s.affiliations);
    document.getElementById("outlets").replaceChildren(...s.outlets.map((o) => el("li", {}, o)));
    await loadQuotes();
    setStatus("");
  } catch (error) {
    setStatus(explain(error));
  }
}

more.addEventListener("click", () => loadQuotes().catch((e) => setStatus(explain(e))));
load();
