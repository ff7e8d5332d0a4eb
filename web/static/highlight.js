// An analysis drawn over its text: one <mark> per quote (its text content is the quote), the
// speaker's mention, the cue and the evidence marked inside or between them, and the side
// panel of speakers. Offsets are UTF-16 code units (the API's ?offsets=utf16), so
// text.substring(start, end) is each span.
import { el } from "./api.js";

const PALETTE = 8;

function speakerClass(index) {
  return index === undefined ? "sp-none" : `sp-${index % PALETTE}`;
}

// Inner spans (mentions, cues, evidence) over [from, to): split at every boundary so that
// overlapping spans each keep their classes.
function fill(parent, text, from, to, marks) {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set([from, to]);
  for (const m of inside) { cuts.add(Math.max(m.start, from)); cuts.add(Math.min(m.end, to)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    const piece = text.substring(a, b);
    if (!covering.length) { parent.append(piece); continue; }
    const span = el("span", { class: covering.map((m) => m.cls).join(" ") }, piece);
    for (const m of covering) if (m.id && m.start === a) span.id = m.id;
    parent.append(span);
  }
}

export function render(text, analysis, { profileLink } = {}) {
  const order = new Map(analysis.speakers.map((s, i) => [s.key, i]));
  const marks = [];
  analysis.quotes.forEach((q, i) => {
    const index = q.speaker ? order.get(q.speaker.key) : undefined;
    if (q.speaker && q.speaker.mention) {
      marks.push({ ...q.speaker.mention, cls: `mention ${speakerClass(index)}`, id: `mention-${i}` });
    }
    if (q.cue) marks.push({ ...q.cue, cls: "cue", id: `cue-${i}` });
  });
  analysis.speakers.forEach((s, si) => (s.evidence || []).forEach((e, ei) => {
    marks.push({ ...e, cls: "evidence", id: `evidence-${si}-${ei}` });
  }));
  const container = document.getElementById("text");
  container.replaceChildren();
  const quotes = [...analysis.quotes].map((q, i) => ({ q, i })).sort((a, b) => a.q.start - b.q.start);
  let at = 0;
  for (const { q, i } of quotes) {
    if (q.start < at) continue;
    fill(container, text, at, q.start, marks);
    const index = q.speaker ? order.get(q.speaker.key) : undefined;
    const who = q.speaker ? (q.speaker.name || q.speaker.descriptor || "unnamed") : "no speaker found";
    const mark = el("mark", {
      class: `quote ${speakerClass(index)}`, id: `quote-${i}`, tabindex: 0,
      title: `Quote by ${who} (${q.method}, confidence ${q.confidence})`,
      dataset: { speaker: q.speaker ? q.speaker.key : "", start: q.start, end: q.end },
    });
    fill(mark, text, q.start, q.end, marks);
    container.append(mark);
    at = q.end;
  }
  fill(container, text, at, text.length, marks);
  renderSpeakers(analysis, order, profileLink);
  document.getElementById("result").dataset.state = "done";
}

function jump(id) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: "center", behavior: "smooth" });
  target.classList.add("flash");
  setTimeout(() => target.classList.remove("flash"), 1600);
  if (target.tabIndex < 0) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

function focusSpeaker(key, button) {
  const on = button.getAttribute("aria-pressed") !== "true";
  for (const b of document.querySelectorAll(".speaker-name[aria-pressed]")) b.setAttribute("aria-pressed", "false");
  for (const m of document.querySelectorAll("mark.quote")) {
    m.classList.toggle("dim", on && m.dataset.speaker !== key);
    m.classList.toggle("focused", on && m.dataset.speaker === key);
  }
  button.setAttribute("aria-pressed", String(on));
  const first = document.querySelector(`mark.quote[data-speaker="${CSS.escape(key)}"]`);
  if (on && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function renderSpeakers(analysis, order, profileLink) {
  const list = document.getElementById("speakers");
  list.replaceChildren();
  const byKey = new Map();
  analysis.quotes.forEach((q, i) => {
    const key = q.speaker ? q.speaker.key : "";
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push([q, i]);
  });
  const speakers = [...analysis.speakers];
  if (byKey.has("")) speakers.push({ key: "", name: null, descriptor: "No speaker found", kind: "", roles: [], affiliations: [], evidence: [] });
  for (const s of speakers) {
    const index = order.get(s.key);
    const name = s.name || s.descriptor || "Unnamed source";
    const head = el("h3", {},
      el("button", { type: "button", class: "speaker-name", "aria-pressed": "false",
                     "aria-label": `Show the quotes of ${name}` }, name));
    head.firstChild.addEventListener("click", (e) => focusSpeaker(s.key, e.currentTarget));
    const facts = el("dl", { class: "facts" });
    const add = (term, value) => { if (value) facts.append(el("dt", {}, term), el("dd", {}, value)); };
    add("Kind", s.kind);
    add("Role", (s.roles || []).join(", "));
    add("Affiliation", (s.affiliations || []).map((a) => (a.short ? `${a.name} (${a.short})` : a.name)).join("; "));
    const evidence = el("ul", { class: "evidence-list" }, (s.evidence || []).map((e, ei) => {
      const b = el("button", { type: "button", class: "link" }, e.text);
      b.addEventListener("click", () => jump(`evidence-${analysis.speakers.indexOf(s)}-${ei}`));
      return el("li", {}, b);
    }));
    const quotes = el("ol", { class: "quote-list" }, (byKey.get(s.key) || []).map(([q, i]) => {
      const b = el("button", { type: "button", class: "link" }, `“${q.text}”`);
      b.addEventListener("click", () => jump(`quote-${i}`));
      return el("li", {}, b, el("span", { class: "muted" }, ` ${q.method.replace(/_/g, " ")} · ${Math.round(q.confidence * 100)}%`));
    }));
    const item = el("li", { class: `speaker ${speakerClass(index)}`, dataset: { key: s.key } }, head, facts);
    if (s.profile_id && profileLink) item.append(el("p", {}, el("a", { href: profileLink(s.profile_id) }, "Profile across articles")));
    if ((s.evidence || []).length) item.append(el("h4", {}, "Evidence"), evidence);
    item.append(el("h4", {}, "Quotes"), quotes);
    list.append(item);
  }
}
