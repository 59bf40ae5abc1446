"""The registry of views: name -> how to build its graph and how to explain it.

Adding a view is one entry here plus a builder in ``networks.py``; the CLI, the renderers and
``policykg viz --list`` read this table.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from policykg.export.lookup import ExportError
from policykg.store.base import Store
from policykg.viz import networks

__all__ = ["View", "VIEWS", "build_view"]


@dataclass(frozen=True)
class View:
    name: str
    title: str
    description: str
    build: Callable[..., nx.Graph]
    needs_policy: bool = False
    layers: tuple[str, ...] = ()  # column captions, left to right


VIEWS: dict[str, View] = {
    view.name: view
    for view in (
        View(
            "company-category",
            "Companies and the personal data they collect",
            "Bipartite graph of companies x data categories (pkg:collectsCategory); categories that are "
            "sensitive under PIPL art. 28 or GB/T 35273-2020 annex B are marked.",
            lambda store, policy=None: networks.company_category(store),
            layers=("companies", "data categories"),
        ),
        View(
            "sharing",
            "Who receives data, and when",
            "Recipient kinds (pkg:sharesWith), companies, and the disclosure conditions each policy "
            "lists (pkg:disclosesWhen).",
            lambda store, policy=None: networks.sharing(store),
            layers=("recipients", "companies", "disclosure conditions"),
        ),
        View(
            "conditions-law",
            "Disclosure conditions: what policies claim vs what the law allows",
            "Companies -> the conditions they claim -> the provisions that allow sharing "
            "(pkg:permittedForSharingBy) or only collection/use (pkg:permittedForCollectionBy). Claims "
            "of a condition with no sharing basis are drawn in red.",
            lambda store, policy=None: networks.conditions_law(store),
            layers=("companies", "disclosure conditions", "provisions"),
        ),
        View(
            "policy",
            "One policy's statements",
            "One policy's own graph: publisher, practice statements (evidence quote on hover), "
            "their disclosure conditions and vocabulary values. Needs --policy.",
            lambda store, policy=None: networks.policy_network(store, policy=policy or ""),
            needs_policy=True,
            layers=("publisher", "policy", "statements", "conditions", "values"),
        ),
    )
}


def build_view(store: Store, name: str, *, policy: str | None = None) -> nx.Graph:
    """The networkx graph of view ``name`` (see VIEWS); ``policy`` selects the policy for per-policy views.

    Example: ``build_view(store, "company-category").number_of_nodes()``
    """
    view = VIEWS.get(name)
    if view is None:
        raise ExportError(f"unknown view {name!r}: choose one of {', '.join(VIEWS)} (see 'policykg viz --list')")
    if view.needs_policy and not policy:
        raise ExportError(f"view {name!r} shows one policy: add --policy DOCID|FILE|COMPANY")
    graph = view.build(store, policy)
    graph.graph.setdefault("view", name)
    graph.graph["title"] = view.title
    return graph
