// The page's client of the public /v1 API: the key the user typed (sessionStorage only) and
// problem+json errors turned into one readable line.
const KEY = "qa-api-key";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
  }
}

export async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY);
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export function explain(error) {
  if (error.status === 401) return "This server needs an API key: type it above and press “Use key”.";
  return error.message || String(error);
}

export function setStatus(text, busy = false) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.dataset.busy = busy ? "true" : "false";
}

// Build an element with text content only (never HTML from the API).
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function date(value) {
  return value ? new Date(value).toISOString().slice(0, 10) : "no date";
}

function initKeyForm() {
  const form = document.getElementById("key-form");
  const input = document.getElementById("api-key");
  const state = document.getElementById("key-state");
  const show = () => { state.textContent = sessionStorage.getItem(KEY) ? "key set for this tab" : ""; };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) sessionStorage.setItem(KEY, key); else sessionStorage.removeItem(KEY);
    input.value = "";
    show();
  });
  show();
}

initKeyForm();

// Only web addresses become links: a stored `javascript:` URL stays text.
export function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function articleLink(article) {
  const links = [el("a", { href: `/articles/${encodeURIComponent(article.id)}` }, article.title || article.id)];
  const url = safeUrl(article.url);
  if (url) links.push(" (", el("a", { href: url, rel: "noopener noreferrer" }, "original"), ")");
  return el("span", { class: "article-ref" }, links, ` · ${article.outlet || "no outlet"} · ${date(article.published_at)}`);
}
