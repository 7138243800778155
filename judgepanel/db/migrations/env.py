"""Alembic environment: always driven programmatically with a live connection."""

from __future__ import annotations

from alembic import context

from judgepanel.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic CLI
    raise RuntimeError("JudgePanel migrations run through judgepanel.db.engine.open_database()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
