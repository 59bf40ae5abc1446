"""``policykg serve``: the SPARQL 1.1 endpoint, query page and catalogue routes over the embedded store.

``app.py`` wires the routes; ``protocol.py`` reads requests, ``negotiation.py`` picks formats,
``limits.py`` refuses what is not allowed, ``engine.py`` runs queries with deadlines,
``catalogue.py`` serves the query catalogue.
"""
from __future__ import annotations

from policykg.server.app import create_app
from policykg.server.limits import HttpError, Limits

__all__ = ["HttpError", "Limits", "create_app"]
