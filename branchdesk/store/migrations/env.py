"""Alembic environment: migrations run on the connection the application hands over."""

from alembic import context

from branchdesk.store.schema import Base

connection = context.config.attributes["connection"]


def include_name(name, type_, parent_names):
    """The FTS5 tables are made by hand in the migrations; autogenerate must leave them be."""
    return not (type_ == "table" and name is not None and "_fts" in name)


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
context.run_migrations()
