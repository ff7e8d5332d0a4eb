import { api, el, explain, setStatus } from "./api.js";

const form = document.getElementById("speaker-search");
const list = document.getElementById("speaker-list");
const more = document.getElementById("more");
let next = null;

function card(s) {
  const role = s.roles[0] ? s.roles[0].name : null;
  const org = s.affiliations[0] ? s.affiliations[0].name : null;
  return el("li", { class: "card" },
    el("h2", {}, el("a", { href: `/speakers/${encodeURIComponent(s.id)}` }, s.name)),
    el("p", {}, [role, org].filter(Boolean).join(", ") || s.kind),
    el("p", { class: "muted" }, `${s.quote_count} quotes in ${s.article_count} articles`,
       s.outlets.length ? ` · ${s.outlets.join(", ")}` : ""));
}

async function search(append = false) {
  const params = new URLSearchParams({ limit: "20" });
  const q = form.q.value.trim();
  const affiliation = form.affiliation.value.trim();
  if (q) params.set("q", q);
  if (affiliation) params.set("affiliation", affiliation);
  if (append && next) params.set("cursor", next);
  setStatus("Searching…", true);
  try {
    const page = await api(`/v1/speakers?${params}`);
    if (!append) list.replaceChildren();
    list.append(...page.items.map(card));
    next = page.next_cursor;
    more.hidden = !next;
    setStatus(list.children.length ? `${list.children.length} speakers shown.` : "No speaker matches.");
  } catch (error) {
    setStatus(explain(error));
  }
}

form.addEventListener("submit", (e) => { e.preventDefault(); search(); });
more.addEventListener("click", () => search(true));
const initial = new URLSearchParams(location.search);
form.q.value = initial.get("q") || "";
search();
