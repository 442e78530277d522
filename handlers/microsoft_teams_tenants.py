"""/v1/MicrosoftTeamsTenants (core in services.microsoft_teams_tenants)."""

from __future__ import annotations

from generated.models import MicrosoftTeamsTenantCreate, MicrosoftTeamsTenantUpdate
from handlers.crud import CrudHandlers
from jambonz.services.microsoft_teams_tenants import TENANTS

_tenants = CrudHandlers(
    TENANTS, create_model=MicrosoftTeamsTenantCreate, update_model=MicrosoftTeamsTenantUpdate
)
create_microsoft_teams_tenant = _tenants.create
list_microsoft_teams_tenants = _tenants.list
get_microsoft_teams_tenant = _tenants.get
update_microsoft_teams_tenant = _tenants.update
delete_microsoft_teams_tenant = _tenants.delete
