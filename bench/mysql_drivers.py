"""asyncmy against aiomysql, both through SQLAlchemy's AsyncEngine, on the queries this
server makes most: a primary-key SELECT and a one-row INSERT, sequentially and with 20 in
flight. Run: .venv/bin/python bench/mysql_drivers.py [--url mysql://root@127.0.0.1/test]

Prints requests per second and CPU per query for each driver, three rounds each, so that
the machine's noise shows.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

META = sa.MetaData()
ROWS = sa.Table(
    "bench_driver_rows",
    META,
    sa.Column("sid", sa.CHAR(36), primary_key=True),
    sa.Column("name", sa.String(64), nullable=False),
)


async def _round(url: str, queries: int, in_flight: int) -> dict[str, float]:
    engine = create_async_engine(url, pool_size=in_flight, max_overflow=0)
    async with engine.begin() as conn:
        await conn.run_sync(META.drop_all)
        await conn.run_sync(META.create_all)
        sids = [str(uuid.uuid4()) for _ in range(100)]
        await conn.execute(sa.insert(ROWS), [{"sid": s, "name": s[:8]} for s in sids])
    select = sa.select(ROWS).where(ROWS.c.sid == sa.bindparam("sid"))
    figures: dict[str, float] = {}
    for kind in ("select", "insert"):

        async def one(i: int, kind: str = kind) -> None:
            async with engine.connect() as conn:
                if kind == "select":
                    (await conn.execute(select, {"sid": sids[i % 100]})).first()
                else:
                    await conn.execute(sa.insert(ROWS).values(sid=str(uuid.uuid4()), name="x"))
                    await conn.commit()

        async def worker(start: int) -> None:
            for i in range(start, queries, in_flight):
                await one(i)

        wall, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker(w) for w in range(in_flight)))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        figures[f"{kind}/s"] = queries / wall
        figures[f"{kind} cpu µs"] = cpu / queries * 1e6
    async with engine.begin() as conn:
        await conn.run_sync(META.drop_all)
    await engine.dispose()
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="mysql://root@127.0.0.1/test")
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base = sa.make_url(args.url)
    for in_flight in (1, 20):
        for _ in range(args.rounds):
            for driver in ("asyncmy", "aiomysql"):
                url = base.set(drivername=f"mysql+{driver}")
                figures = await _round(url.render_as_string(False), args.queries, in_flight)
                shown = "  ".join(f"{k} {v:,.0f}" for k, v in figures.items())
                print(f"{in_flight:>3} in flight  {driver:<9} {shown}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
