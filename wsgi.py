"""gunicorn entry point: `gunicorn wsgi:app` (settings from the environment, see README)."""
from api import create_app

app = create_app()
