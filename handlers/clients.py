"""/v1/Clients: SIP clients (core in services.clients, on the scoped CRUD)."""

from __future__ import annotations

from generated.models import ClientCreate, ClientUpdate
from handlers.crud import CrudHandlers
from jambonz.services.clients import CLIENTS

_clients = CrudHandlers(CLIENTS, create_model=ClientCreate, update_model=ClientUpdate)
create_client = _clients.create
list_clients = _clients.list
get_client = _clients.get
update_client = _clients.update
delete_client = _clients.delete
