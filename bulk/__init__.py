"""Backfills on Celery: the queue side (`bulk.queue`, used by the CLI and the API) and the
worker side (`bulk.worker`, run with `celery -A bulk.worker worker`)."""
