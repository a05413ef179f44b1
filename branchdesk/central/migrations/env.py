"""Alembic environment of the central database: runs on the connection handed over."""

from alembic import context

from branchdesk.central.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,
)
context.run_migrations()
