"""Tools over the shipped ontology: consistency and SHACL checks, and browsable documentation."""
from __future__ import annotations
