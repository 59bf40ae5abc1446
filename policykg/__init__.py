"""policykg: a knowledge graph of company privacy policies with a PRC legal layer.

The import package is one; its subpackages ``policykg.ontology``, ``policykg.ingest`` and
``policykg.queries`` live in the top-level folders of the same names.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
