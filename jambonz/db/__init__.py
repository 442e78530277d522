"""Storage: table definitions, the async engine wrapper and migrations."""

from jambonz.db.engine import Database

__all__ = ["Database"]
