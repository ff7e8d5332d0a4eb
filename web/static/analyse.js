import { api, explain, setStatus } from "./api.js";
import { render } from "./highlight.js";

const form = document.getElementById("analyse-form");
const area = document.getElementById("article-text");
const button = document.getElementById("analyse");

async function analyse(text) {
  setStatus("Reading the article…", true);
  button.disabled = true;
  document.getElementById("result").dataset.state = "loading";
  try {
    const analysis = await api("/v1/analyze?offsets=utf16", { method: "POST", body: { text } });
    render(text, analysis, { profileLink: (id) => `/speakers/${encodeURIComponent(id)}` });
    const n = analysis.quotes.length;
    setStatus(`${n} quote${n === 1 ? "" : "s"}, ${analysis.speakers.length} speaker${analysis.speakers.length === 1 ? "" : "s"}.`);
  } catch (error) {
    document.getElementById("result").dataset.state = "empty";
    setStatus(explain(error));
  } finally {
    button.disabled = false;
  }
}

async function readFile(file) {
  if (!file) return;
  area.value = await file.text();
  analyse(area.value);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (area.value.trim()) analyse(area.value);
});
document.getElementById("article-file").addEventListener("change", (e) => readFile(e.target.files[0]));
area.addEventListener("dragover", (e) => { e.preventDefault(); area.classList.add("drop"); });
area.addEventListener("dragleave", () => area.classList.remove("drop"));
area.addEventListener("drop", (e) => {
  e.preventDefault();
  area.classList.remove("drop");
  readFile(e.dataTransfer.files[0]);
});
