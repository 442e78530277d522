"""SMS in the core: providers (where outbound messages go), routing (which provider a
message takes), the message store and the `Messaging` component that runs sends, delivery
receipts and inbound deliveries to applications. No HTTP edge here."""

from jambonz.messaging.engine import Messaging, Submission, Submitted
from jambonz.messaging.providers import (
    HttpProvider,
    OutboundSms,
    Receipt,
    SendOutcome,
    SimulatorProvider,
    SmsProvider,
)
from jambonz.messaging.routing import NoRoute, Route

__all__ = [
    "HttpProvider",
    "Messaging",
    "NoRoute",
    "OutboundSms",
    "Receipt",
    "Route",
    "SendOutcome",
    "SimulatorProvider",
    "SmsProvider",
    "Submission",
    "Submitted",
]
