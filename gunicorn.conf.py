"""gunicorn settings: `gunicorn wsgi:app` picks this file up from the working directory.

The app (and with it the spaCy model) is built once in the master and shared by forked workers
(`preload_app`), so starting N workers costs one model load. Workers recycle after `max_requests`
(with jitter, so they do not all restart together) to bound slow memory growth.
"""
import sys

from api.config import ServerSettings
from api.open_access import refusal

_server = ServerSettings.load()

bind = _server.bind
workers = _server.workers
threads = _server.threads
timeout = _server.timeout            # one 1 MB article through the model stays well inside this
graceful_timeout = 30
keepalive = 5
preload_app = True
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
errorlog = "-"
control_socket_disable = True      # no shared socket path to clash over between instances
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'


def post_fork(server, worker):
    """Drop database connections inherited from the master; each worker opens its own."""
    engine = worker.app.wsgi().extensions.get("qa_db")
    if engine is not None:
        engine.dispose(close=False)


def on_starting(server):
    """Refuse a non-loopback bind while no API key exists (`api/open_access.py`)."""
    reason = refusal(server.cfg.bind)
    if reason:
        server.log.error(reason)
        sys.exit(3)
