"""Graph stores: the embedded Oxigraph store and a remote SPARQL 1.1 server, behind one interface.

Use :func:`open_store` to get one; see ``base.py`` for the interface.
"""
from __future__ import annotations

from policykg.store.base import Quad, Store, StoreError, StoreInfo
from policykg.store.open import open_store

__all__ = ["Quad", "Store", "StoreError", "StoreInfo", "open_store"]
