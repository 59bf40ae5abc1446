"""Colours of node kinds and relations, shared by the static and interactive renderers."""
from __future__ import annotations

__all__ = ["COLOURS", "GAP_COLOUR", "node_colour", "edge_colour"]

COLOURS = {
    "company": "#4c72b0",
    "category": "#55a868",
    "sensitive": "#c44e52",
    "recipient": "#8172b2",
    "condition": "#dd8452",
    "provision": "#937860",
    "policy": "#222222",
    "statement": "#64b5cd",
    "value": "#55a868",
}
GAP_COLOUR = "#c44e52"


def node_colour(data: dict) -> str:
    """Fill colour of a node; sensitive categories and conditions without a sharing basis stand out."""
    if data.get("kind") == "category" and data.get("sensitive"):
        return COLOURS["sensitive"]
    if data.get("kind") == "statement" and data.get("negative"):
        return "#b0b0b0"
    return COLOURS.get(str(data.get("kind")), "#999999")


def edge_colour(data: dict) -> str:
    if data.get("relation") == "claims" and not data.get("law_allows_sharing", True):
        return GAP_COLOUR
    if data.get("relation") == "allows sharing":
        return "#2e8540"
    if data.get("relation") == "allows collection/use":
        return "#bbbbbb"
    return "#777777"
