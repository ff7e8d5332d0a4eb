import { api, articleLink, el, explain, setStatus } from "./api.js";

const form = document.getElementById("quote-form");
const hits = document.getElementById("hits");
const verdictBox = document.getElementById("verdict");
const VERDICTS = {
  exact: "Exact: printed in these words",
  minor_changes: "Minor changes: the printed words, lightly changed",
  altered: "Altered: the printed quote says something else",
  not_found: "Not found: nothing printed in the store comes close",
};

// The printed quote with the searched wording's differences marked: <del> printed words
// it drops or swaps, <ins> the words it has instead.
function diffView(diff, fallback) {
  if (!diff || !diff.length) return el("blockquote", { class: "diff" }, fallback);
  const quote = el("blockquote", { class: "diff" });
  for (const c of diff) {
    if (quote.childNodes.length) quote.append(" ");
    if (c.kind === "equal") { quote.append(c.printed); continue; }
    const minor = c.minor ? " minor" : "";
    if (c.printed) quote.append(el("del", { class: `changed${minor}`, title: "printed" }, c.printed));
    if (c.printed && c.circulating) quote.append(" ");
    if (c.circulating) quote.append(el("ins", { class: `changed${minor}`, title: "as searched" }, c.circulating));
  }
  return quote;
}

function speakerLine(speaker) {
  if (!speaker || !speaker.name) return el("p", { class: "who" }, "No speaker found");
  const name = speaker.profile_id
    ? el("a", { href: `/speakers/${encodeURIComponent(speaker.profile_id)}` }, speaker.name)
    : speaker.name;
  return el("p", { class: "who" }, name);
}

function hitCard(hit) {
  return el("li", { class: "card hit" },
    speakerLine(hit.speaker),
    diffView(hit.diff, hit.text),
    el("p", { class: "muted" }, `${hit.outlet_count} outlet${hit.outlet_count === 1 ? "" : "s"}: ${hit.outlets.join(", ") || "none named"} · first: `,
       articleLink(hit.first_appearance.article)),
    el("details", {}, el("summary", {}, `${hit.occurrences.length} printing${hit.occurrences.length === 1 ? "" : "s"}`),
       el("ul", {}, hit.occurrences.map((o) => el("li", {}, `“${o.text}” `, articleLink(o.article))))));
}

function matchCard(match) {
  return el("li", { class: `card hit verdict-${match.verdict}` },
    speakerLine(match.quote.speaker),
    diffView(match.diff, match.quote.text),
    el("p", { class: "muted" }, `${match.verdict.replace("_", " ")} · score ${match.score}${match.excerpt ? " · excerpt" : ""} · `,
       articleLink(match.quote.article)));
}

async function search(q) {
  const page = await api(`/v1/quotes?${new URLSearchParams({ q, offsets: "utf16" })}`);
  verdictBox.hidden = true;
  hits.replaceChildren(...page.items.map(hitCard));
  setStatus(page.items.length ? `${page.items.length} quote${page.items.length === 1 ? "" : "s"} found.` : "No stored quote matches.");
}

async function check(text, speaker) {
  const body = { text };
  if (speaker) body.speaker = speaker;
  const result = await api("/v1/quotes/check?offsets=utf16", { method: "POST", body });
  verdictBox.hidden = false;
  verdictBox.className = `verdict verdict-${result.verdict}`;
  verdictBox.replaceChildren(el("h2", {}, VERDICTS[result.verdict]));
  if (result.first_appearance) {
    verdictBox.append(el("p", {}, "First printed: ", articleLink(result.first_appearance.article),
      ` · ${result.appearance_count} printing${result.appearance_count === 1 ? "" : "s"}`));
  }
  hits.replaceChildren(...result.matches.map(matchCard));
  setStatus(`Verdict: ${result.verdict.replace("_", " ")}.`);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const q = form.q.value.trim();
  if (!q) return;
  const mode = event.submitter ? event.submitter.value : "search";
  setStatus(mode === "check" ? "Checking…" : "Searching…", true);
  try {
    if (mode === "check") await check(q, form.speaker.value.trim());
    else await search(q);
    history.replaceState(null, "", `?${new URLSearchParams({ q })}`);
  } catch (error) {
    setStatus(explain(error));
  }
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) { form.q.value = initial; form.requestSubmit(document.getElementById("search")); }
