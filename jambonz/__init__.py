"""The domain core of the jambonz REST API: storage, auth and services.

Nothing in this package knows about HTTP; the `handlers` package is the HTTP edge.
"""

__version__ = "0.1.0"
