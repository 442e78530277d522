"""The process-wide objects the HTTP edge hands to the services."""

from __future__ import annotations

from dataclasses import dataclass

from jambonz.config import Settings
from jambonz.db import Database


@dataclass
class Core:
    """Settings plus the shared resources built from them (one per process)."""

    settings: Settings
    db: Database

    @classmethod
    def from_settings(cls, settings: Settings) -> Core:
        return cls(settings=settings, db=Database(settings.database_url))

    async def close(self) -> None:
        await self.db.dispose()
