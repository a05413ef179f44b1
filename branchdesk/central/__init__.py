"""The central library server: FastAPI over SQLAlchemy (PostgreSQL or SQLite), DESIGN §6."""
