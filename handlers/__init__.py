"""The HTTP edge: the Connexion app and one thin handler module per resource.

Handlers read the request, call the core (`jambonz`), and shape the answer.
"""

import warnings

# Connexion imports Starlette's TestClient at import time, which warns about httpx.
warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
