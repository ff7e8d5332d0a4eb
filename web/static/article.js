import { api, date, explain, safeUrl, setStatus } from "./api.js";
import { render } from "./highlight.js";

const heading = document.getElementById("article-title");

async function load() {
  setStatus("Loading the article…", true);
  try {
    const id = heading.dataset.articleId;
    const article = await api(`/v1/articles/${encodeURIComponent(id)}?offsets=utf16`);
    heading.textContent = article.title || article.id;
    const meta = document.getElementById("article-meta");
    meta.replaceChildren(`${article.outlet || "No outlet"} · ${date(article.published_at)}`);
    const url = safeUrl(article.url);
    if (url) {
      const link = document.createElement("a");
      link.href = url;
      link.rel = "noopener noreferrer";
      link.textContent = "original";
      meta.append(" · ", link);
    }
    render(article.text, article, { profileLink: (p) => `/speakers/${encodeURIComponent(p)}` });
    setStatus(`${article.quotes.length} quotes.`);
  } catch (error) {
    setStatus(explain(error));
  }
}

load();
