"""Live calls: the call-engine interface and its embedded simulator.

The HTTP edge talks to `CallEngine` only (see `engine.py`), so other engines (an adapter
to real jambonz feature servers, a SIP engine) can be added without touching handlers.
"""
