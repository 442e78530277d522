"""The process-wide objects the HTTP edge hands to the services."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from jambonz.alerts import AlertWriter
from jambonz.cache_broadcast import CacheBroadcast
from jambonz.calls.clock import Clock
from jambonz.calls.engine import CallEngine
from jambonz.calls.jambonz_engine import DatabaseApplications, JambonzEngine
from jambonz.calls.records import DatabaseCallRecorder, close_stale_records
from jambonz.calls.shared import SharedCalls
from jambonz.calls.shared_rooms import SharedRooms
from jambonz.calls.simulator import SimulatorEngine
from jambonz.cluster_rooms import ClusterRooms
from jambonz.config import Settings
from jambonz.db import Database
from jambonz.instances import Instances
from jambonz.jambonz_cipher import JambonzCipher
from jambonz.keyring import sealer_for
from jambonz.messaging import Messaging
from jambonz.outbound import OutboundPolicy, parse_networks
from jambonz.redis_client import SharedRedis
from jambonz.registrar import Registrar
from jambonz.sealing import Sealer, Seals, install
from jambonz.services.call_routing import DatabaseCarrierRouter
from jambonz.sessions import Sessions
from jambonz.tts_cache import TtsCache
from jambonz.webhooks_out import WebhookSender
from jambonz.workers import WorkerSlot

log = logging.getLogger("jambonz")


@dataclass
class Core:
    """Settings plus the shared resources built from them (one per process)."""

    settings: Settings
    db: Database
    engine: CallEngine = field(init=False)
    # The one Redis client of the process (JAMBONZ_REDIS_URL; unconfigured without it),
    # shared by sessions, the TTS cache and the SIP registrar.
    redis: SharedRedis = field(init=False)
    # Signed-in users' tokens and sessions (Redis or the database).
    sessions: Sessions = field(init=False)
    messaging: Messaging = field(init=False)
    # Seals the secrets kept at rest (speech credentials, and through the sealed columns
    # of jambonz/db/sealed.py carrier, webhook and account secrets); jambonz/keyring.py.
    sealer: Sealer = field(init=False)
    # Seals the secrets bound to their row (speech credentials, SIP clients' passwords):
    # the sealer, or on MySQL jambonz's own format, which its feature servers and SBCs
    # decrypt from the same rows (jambonz/jambonz_cipher.py).
    row_sealer: Seals = field(init=False)
    # jambonz's TTS cache in Redis, when JAMBONZ_REDIS_URL is set.
    tts_cache: TtsCache = field(init=False)
    # The SIP registrations jambonz's registrar keeps in Redis (read, and simulated).
    registrar: Registrar = field(init=False)
    # The queues and conferences jambonz's feature servers keep in Redis.
    cluster_rooms: ClusterRooms = field(init=False)
    # With JAMBONZ_REDIS_URL and the simulator: this instance among the platform's (its
    # heartbeat, the end of dead ones' calls) and what it shares of its live calls.
    instances: Instances | None = field(init=False, default=None)
    shared_calls: SharedCalls | None = field(init=False, default=None)
    # With JAMBONZ_REDIS_URL: writes announced to, and caches invalidated by, the others.
    cache_broadcast: CacheBroadcast | None = field(init=False, default=None)
    # With several workers, this worker's slot (jambonz/workers.py), released at the end.
    worker_slot: WorkerSlot | None = field(init=False, default=None)
    # Keeps the alerts the call and messaging engines raise (GET .../Alerts).
    alerts: AlertWriter = field(init=False)
    # Delivers every outbound request (webhooks, SMS providers, /AppEnv) under the
    # outbound policy, on one pooled client.
    sender: WebhookSender = field(init=False)

    def __post_init__(self) -> None:
        # First: the sealed columns need it from the first query on.
        self.sealer = sealer_for(self.settings)
        install(self.sealer)
        self.row_sealer = JambonzCipher(self.sealer) if self.db.is_mysql else self.sealer
        if self.db.is_mysql and not self.settings.encryption_secret:
            log.warning(
                "MySQL: the secrets jambonz encrypts (speech credentials, SIP client "
                "passwords, env_vars, bucket credentials) are written in jambonz's format "
                "under this server's own key, which jambonz's feature servers do not "
                "have. Set JAMBONZ_ENCRYPTION_SECRET to the cluster's ENCRYPTION_SECRET."
            )
        self.redis = SharedRedis(self.settings.redis_url)
        self.sessions = Sessions.from_settings(self.settings, self.db, self.redis)
        clock = Clock(self.settings.sim_speed)
        self.alerts = AlertWriter(self.db)
        sender = self.sender = WebhookSender(
            timeout=self.settings.webhook_timeout,
            concurrency=self.settings.webhook_concurrency,
            sleep=clock.sleep,
            policy=OutboundPolicy(
                allow_private=self.settings.webhook_allow_private,
                allow_networks=parse_networks(self.settings.webhook_allow_networks),
            ),
        )
        if self.settings.call_engine == "jambonz":
            self.engine = self._jambonz_engine(clock, sender)
        else:
            name = self.settings.instance_name
            rooms: SharedRooms | None = None
            if self.redis.configured:
                self.instances = Instances(
                    redis=self.redis,
                    name=name,
                    url=self.settings.advertised_url,
                    heartbeat=self.settings.heartbeat_seconds,
                    db=self.db,
                    sender=sender,
                    sealer=self.sealer,
                )
                self.shared_calls = SharedCalls(self.redis, name, self.sealer)
                rooms = SharedRooms(clock, self.redis, self.sealer)
                self.instances.on_calls_ended = rooms.calls_gone
            self.engine = SimulatorEngine(
                clock=clock,
                rooms=rooms,
                sender=sender,
                recorder=DatabaseCallRecorder(self.db, clock, instance_id=name),
                router=DatabaseCarrierRouter(self.db),
                alerts=self.alerts,
                shared=self.shared_calls,
            )
        # SMS shares the webhook sender (one pooled HTTP client for webhooks and providers).
        self.messaging = Messaging(
            db=self.db,
            sender=sender,
            clock=clock,
            provider_timeout=self.settings.sms_provider_timeout,
            concurrency=self.settings.sms_concurrency,
            alerts=self.alerts,
        )
        if self.redis.configured:
            self.cache_broadcast = CacheBroadcast(self.redis, self.db)
        self.tts_cache = TtsCache(self.redis)
        self.registrar = Registrar(self.redis)
        self.cluster_rooms = ClusterRooms(self.redis)

    def _jambonz_engine(self, clock: Clock, sender: WebhookSender) -> JambonzEngine:
        """The engine on a jambonz cluster (JAMBONZ_CALL_ENGINE=jambonz). Its requests to
        feature servers obey the tenants' outbound policy plus the feature servers' own
        networks (JAMBONZ_FEATURE_SERVER_NETWORKS), which tenants' URLs never reach."""
        settings = self.settings
        policy = OutboundPolicy(
            allow_private=settings.webhook_allow_private,
            allow_networks=parse_networks(settings.webhook_allow_networks)
            + parse_networks(settings.feature_server_networks),
        )
        return JambonzEngine(
            redis=self.redis,
            applications=DatabaseApplications(self.db),
            policy=policy,
            clock=clock,
            sender=sender,
            cluster_id=settings.cluster_id,
            feature_server_url=settings.feature_server_url,
            timeout=settings.feature_server_timeout,
            alerts=self.alerts,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Core:
        return cls(
            settings=settings,
            db=Database(settings.database_url, cache_seconds=settings.read_cache_seconds),
        )

    async def start(self) -> None:
        """Close the records this instance's previous run left open and start the engine."""
        if self.cache_broadcast is not None:  # every process: each has its caches
            await self.cache_broadcast.start()
        if self.instances is not None:
            await self.instances.start()
        else:
            await close_stale_records(self.db, self.settings.instance_name)
        await self.engine.start()

    async def close(self) -> None:
        """Finish or cancel SMS work, end live calls cleanly (recorded; this closes the
        shared webhook sender), then release the database."""
        if self.instances is not None:
            self.instances.stop_watching()
        await self.messaging.close()
        await self.engine.stop()
        if self.instances is not None:
            await self.instances.stop()
        await self.alerts.flush()
        if self.cache_broadcast is not None:
            await self.cache_broadcast.stop()
        await self.sessions.aclose()
        await self.redis.close()
        await self.db.dispose()
        if self.worker_slot is not None:
            self.worker_slot.release()
