"""Pages for people: paste an article and see who said what; browse speakers; check a quote.

The pages are plain templates and a few ES modules (`web/static/`), nothing to build, served
by the app itself so they work offline. They are a client of the public `/v1` API like any
other: every figure on them comes from `fetch` calls the browser makes, with the API key the
user typed (kept in `sessionStorage`, never in the page) when the deployment requires one. A
strict Content-Security-Policy allows only this origin's scripts, styles and API, and the
scripts put text from the API into the page as text, never as HTML.
"""
from __future__ import annotations

from flask import Blueprint, Flask, Response, render_template

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
    "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
STATIC_MAX_AGE = 300
"""Seconds a browser keeps the scripts and styles: short, so a deployment's update shows soon."""

blp = Blueprint("web", __name__, template_folder="templates", static_folder="static",
                static_url_path="/assets")


@blp.after_request
def secure(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


@blp.get("/")
def analyse() -> str:
    """Paste or drop an article: quotes highlighted, speakers beside them."""
    return render_template("analyse.html", page="analyse")


@blp.get("/articles/<article_id>")
def article(article_id: str) -> str:
    """A stored article, shown as the analysis page shows a pasted one."""
    return render_template("article.html", page="article", article_id=article_id)


@blp.get("/speakers")
def speakers() -> str:
    return render_template("speakers.html", page="speakers")


@blp.get("/speakers/<speaker_id>")
def speaker(speaker_id: str) -> str:
    return render_template("speaker.html", page="speakers", speaker_id=speaker_id)


@blp.get("/quotes")
def quotes() -> str:
    """Who said this? and: did they really say that?"""
    return render_template("quotes.html", page="quotes")


def init_app(app: Flask) -> None:
    app.config.setdefault("SEND_FILE_MAX_AGE_DEFAULT", STATIC_MAX_AGE)
    app.register_blueprint(blp)
