"""The HTTP edge of a scoped CRUD resource (`jambonz.services.crud`), written once.

A resource module binds its operationIds to these, e.g. for `/Sbcs`:

    sbcs = CrudHandlers(SBCS, create=SbcCreate, update=SbcUpdate)
    create_sbc, delete_sbc = sbcs.create, sbcs.delete

Each method validates the body with the contract's generated model (create with its
defaults, update with only what was sent), calls the core, and answers as every jambonz
resource does: 201 `{"sid"}`, 200 with the item or list, 204 on update and delete. The path
parameters arrive as keyword arguments (Connexion passes them all to a `**params`
function): the item's sid is the one whose name is the resource's sid column, an owner's
(`account_sid`, `service_provider_sid`) places a create or a list under that tenant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from connexion import NoContent
from pydantic import BaseModel

from handlers.context import core, principal
from jambonz.services import crud
from jambonz.services.common import changes


@dataclass(frozen=True)
class CrudHandlers:
    resource: crud.Resource
    create_model: type[BaseModel] | None = None
    update_model: type[BaseModel] | None = None

    def _sid(self, params: dict[str, Any]) -> str:
        return params[self.resource.sid_column]

    def _owners(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            name: params[name] for name in (crud.ACCOUNT, crud.SERVICE_PROVIDER) if name in params
        }

    async def create(self, body: dict[str, Any], token_info: dict[str, Any], **params: Any):
        assert self.create_model is not None
        data = self.create_model.model_validate(body).model_dump()
        sid = await crud.create(
            core().db,
            principal(token_info),
            self.resource,
            data,
            sealer=core().row_sealer,
            **self._owners(params),
        )
        return {"sid": sid}, 201

    async def list(self, token_info: dict[str, Any], **params: Any):
        items = await crud.list_items(
            core().db, principal(token_info), self.resource, sealer=core().row_sealer
        )
        return items, 200

    async def get(self, token_info: dict[str, Any], **params: Any):
        item = await crud.get(
            core().db,
            principal(token_info),
            self.resource,
            self._sid(params),
            sealer=core().row_sealer,
        )
        return item, 200

    async def update(self, body: dict[str, Any], token_info: dict[str, Any], **params: Any):
        assert self.update_model is not None
        values = changes(self.update_model.model_validate(body))
        await crud.update_one(
            core().db,
            principal(token_info),
            self.resource,
            self._sid(params),
            values,
            sealer=core().row_sealer,
        )
        return NoContent, 204

    async def delete(self, token_info: dict[str, Any], **params: Any):
        await crud.delete_one(core().db, principal(token_info), self.resource, self._sid(params))
        return NoContent, 204
