"""gunicorn settings: `gunicorn wsgi:app` picks this file up from the working directory.

The app (and with it the spaCy model) is built once in the master and shared by forked workers
(`preload_app`). Serving arrangement (README "Serving"): the threaded worker, many threads per
worker, and the app's edge (`api/edge.py`) reading each body whole within `BODY_TIMEOUT`, so a slow
client holds one cheap thread for a bounded time and never the model. Recycling (`max_requests`)
is off unless `MAX_REQUESTS` is set, and then comes with a jitter as large as itself, so workers
do not restart in step (each restart reloads nothing: the model is preloaded).
"""
import gc
import os
import sys
import tempfile

# Prometheus multiprocess mode: every worker writes its samples under one folder (api/metrics.py).
# Set before anything imports prometheus_client, which picks its storage at import time.
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="qa-metrics-"))

from api import balance, logs, serving  # noqa: E402
from api.config import ServerSettings  # noqa: E402
from api.open_access import refusal  # noqa: E402

_server = ServerSettings.load()
_shares = balance.Shares()     # allocated here, in the master, so every fork shares it

bind = _server.bind
workers = _server.workers
worker_class = "gthread"
threads = _server.threads
timeout = _server.timeout
graceful_timeout = 30
keepalive = 5
preload_app = True
# Each worker listens on a socket of its own and the kernel spreads new connections over them
# (gunicorn >= 23); on one shared socket the busiest worker wins most accepts (README Serving).
# Off when workers are recycled: an exiting worker's socket resets the connections queued on it.
reuse_port = _server.reuse_port
max_requests = _server.max_requests
max_requests_jitter = _server.max_requests
# Room for every spec-valid request: the longest query the spec allows (maxLengths in openapi.yaml,
# each character percent-encoded at up to 12 bytes) fits in a request line of 8190 bytes.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# No request header sets SCRIPT_NAME or PATH_INFO: gunicorn takes them from any loopback peer by
# default (forwarded_allow_ips), so any local process could move the prefix of every `Location`
# link (red round). A prefix comes only from the server's own `SCRIPT_NAME` environment variable,
# which gunicorn reads for every request (README "Serving").
forwarder_headers = ""
accesslog = "-"
errorlog = "-"
control_socket_disable = True      # no shared socket path to clash over between instances
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s pid=%(p)s'
logconfig_dict = logs.logconfig(_server.log_format) or {}   # LOG_FORMAT=json: JSON lines

serving.install()


def pre_fork(server, worker):
    """Move everything the master built (the model above all) out of the collector's sight.

    A full collection in a worker walks every object it inherited: some 190,000 with the model
    loaded, 100-350 ms with all threads stopped, which was the largest part of GET p99
    (`bench/recycling.py`). Frozen objects are never traversed, nor written to by the collector,
    so the pages stay shared between workers too (the `gc.freeze` recipe of Python's docs).
    The worker also gets its slot in the shared count of connections (`api/balance.py`).
    """
    gc.freeze()
    worker.share_slot = _shares.claim(
        getattr(other, "share_slot", None) for other in server.WORKERS.values())


def post_fork(server, worker):
    """Drop database connections inherited from the master; each worker opens its own."""
    engine = worker.app.wsgi().extensions.get("qa_db")
    if engine is not None:
        engine.dispose(close=False)


def child_exit(server, worker):
    """A dead worker's live gauges leave the merged /metrics (prometheus-client multiprocess),
    and its connections leave the shared count."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
    _shares.release(getattr(worker, "share_slot", None))


def pre_request(worker, req):
    """Close this connection after its answer when the worker holds more than its share
    (`api/balance.py`): the client reconnects, and the kernel picks a worker for it at random.
    Only with `reuse_port`: on a shared socket the crowded worker would mostly win it back."""
    if reuse_port and _shares.over_share(getattr(worker, "share_slot", None),
                                         getattr(worker, "nr_conns", 0)):
        req.must_close = True


def on_starting(server):
    """Refuse a non-loopback bind while no API key exists (`api/open_access.py`)."""
    reason = refusal(server.cfg.bind)
    if reason:
        server.log.error(reason)
        sys.exit(3)
