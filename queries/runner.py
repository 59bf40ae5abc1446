"""Run catalogue queries (or any SPARQL) against a store, with parameters bound as RDF terms.

Parameters are untrusted text (CLI, HTTP). They never reach the query as raw text: each value is
first turned into one RDF term (an IRI checked against the SPARQL IRIREF grammar, or a literal that
rdflib escapes), and only that term's serialisation replaces the ``?_name`` placeholder. A value that
cannot be one term is rejected with a ParamError.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from policykg.queries.known_values import unknown_value_message, vocabulary_concepts
from policykg.namespaces import ID, PREFIXES, SEGMENT_BY_FIELD, VOCAB, sparql_prefixes
from policykg.queries.answer_tables import read_answer
from policykg.queries.catalogue import CatalogueQuery, Param, get_query, parse_query
from policykg.queries.ordering import sort_rows, split_order_by
from policykg.store.base import Store
from policykg.store.result_table import parse_json_table

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_CONCEPT_KEY = re.compile(r"^(?P<scheme>[a-z][\w-]*)/(?P<key>[\w.\-]+)$")
_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][\w-]*):(?P<local>[\w.\-/#%]*)$")
_DOCID = re.compile(r"^[0-9a-f]{16}$")
_SLUG = re.compile(r"^[\w-]+$")
_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SCHEMES = set(SEGMENT_BY_FIELD.values())


class ParamError(ValueError):
    """A parameter value is unknown, missing or cannot be a single RDF term."""


@dataclass(frozen=True)
class QueryResult:
    """Columns in SELECT order and rows of rdflib terms (None where a variable is unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    name: str = ""
    sparql: str = ""

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Node | None]]:
        """Rows as dicts, column -> term."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def values(self, column: str) -> list[str | None]:
        """One column as plain strings (IRIs as text), handy in tests and scripts."""
        index = self.columns.index(column)
        return [None if row[index] is None else str(row[index]) for row in self.rows]


def resolve_query(query_or_text: CatalogueQuery | str, *, params: Mapping[str, str] = {}) -> CatalogueQuery:
    """A CatalogueQuery from a record, a catalogue name, or SPARQL text (with or without a header)."""
    if isinstance(query_or_text, CatalogueQuery):
        return query_or_text
    text = query_or_text.strip()
    if re.fullmatch(r"[\w.-]+", text):
        return get_query(text)
    if re.search(r"^#\s*title\s*:", text, flags=re.MULTILINE):
        return parse_query(text, name="adhoc", source="<query text>")
    adhoc = tuple(Param(name=name, default="") for name in params)
    return CatalogueQuery(name="adhoc", title="", question="", params=adhoc, provisions=(), tags=(), body=text)


def to_term(param: Param, value: str) -> URIRef | Literal:
    """The single RDF term a parameter value stands for (see the module docstring for the rules)."""
    value = value.strip()
    kind = param.type if param.type != "auto" else _infer_type(value)
    if kind == "string":
        return Literal(value)
    if kind == "integer":
        if not _INTEGER.match(value):
            raise ParamError(f"parameter {param.name!r}: {value!r} is not a whole number")
        return Literal(int(value))
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ParamError(f"parameter {param.name!r}: {value!r} is not a date (YYYY-MM-DD)") from None
        return Literal(value, datatype=XSD.date)
    if not value:
        raise ParamError(f"parameter {param.name!r} needs a value; pass --param {param.name}=...")
    if kind == "concept":
        match = _CONCEPT_KEY.match(value)
        term = VOCAB[value] if match and match.group("scheme") in _SCHEMES else _iri(param, value)
        _require_known_concept(param, value, term)
        return term
    elif kind == "policy" and _DOCID.match(value):
        return ID[f"policy/{value}"]
    elif kind == "company" and _SLUG.match(value):
        return ID[f"company/{value}"]
    return _iri(param, value)


def _require_known_concept(param: Param, value: str, term: URIRef) -> None:
    """A concept IRI in the project's vocabulary namespace must name one of its concepts."""
    text = str(term)
    if not text.startswith(str(VOCAB)):
        return  # another vocabulary (DPV, a law): the store decides
    concepts = vocabulary_concepts()
    if text[len(str(VOCAB)):] not in concepts:
        raise ParamError(unknown_value_message(param.name, value, "concept of the vocabularies", concepts)
                         + " ('policykg ontology docs' lists every concept)")


def _choices(query: CatalogueQuery) -> dict[str, list[str]]:
    """Parameter -> its allowed values, from the query's ``# choices: NAME = a, b, c`` lines."""
    found: dict[str, list[str]] = {}
    for line in query.header_value("choices").split(";"):
        name, _, values = line.partition("=")
        if name.strip() and values.strip():
            found[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
    return found


def _infer_type(value: str) -> str:
    if _INTEGER.match(value):
        return "integer"
    if _DATE.match(value):
        return "date"
    match = _CONCEPT_KEY.match(value)
    if match and match.group("scheme") in _SCHEMES:
        return "concept"
    if value.startswith("<") or re.match(r"^https?://", value):
        return "iri"
    prefixed = _PREFIXED.match(value)
    if prefixed and prefixed.group("prefix") in PREFIXES:
        return "iri"
    return "string"


def _iri(param: Param, value: str) -> URIRef:
    """An absolute IRI from ``<...>``, ``http(s)://...`` or a known ``prefix:local`` name."""
    text = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    prefixed = _PREFIXED.match(text)
    if prefixed and prefixed.group("prefix") in PREFIXES and not text.startswith(("http:", "https:")):
        text = str(PREFIXES[prefixed.group("prefix")]) + prefixed.group("local")
    if not re.match(r"^[A-Za-z][\w+.-]*:", text) or _IRI_FORBIDDEN.search(text):
        raise ParamError(
            f"parameter {param.name!r}: {value!r} is not an IRI; give a full IRI, a prefixed name such as "
            f"pkv:pd/Contact or law:PIPL/art13, or a key such as pd/Contact (spaces, quotes and <>{{}}|^` are not allowed)"
        )
    return URIRef(text)


def bind_params(query: CatalogueQuery, params: Mapping[str, str] = {}) -> str:
    """The query's full SPARQL (prefixes + body) with every ``?_name`` replaced by its RDF term."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        names = ", ".join(declared) or "none"
        raise ParamError(f"query {query.name!r} has no parameter {', '.join(unknown)}; its parameters: {names}")
    body = query.body
    choices = _choices(query)
    for name, param in declared.items():
        value = params.get(name, param.default)
        allowed = choices.get(name)
        if allowed and value.strip() not in allowed:
            raise ParamError(unknown_value_message(name, value.strip(), f"{name} of {query.name}", allowed)
                             + f" (one of: {', '.join(allowed)})")
        term = to_term(param, value)
        body = re.sub(rf"[?$]_{re.escape(name)}(?!\w)", lambda _m, t=term.n3(): t, body)
    return sparql_prefixes() + body


def policies_by_name(store: Store, query: CatalogueQuery, params: Mapping[str, str]) -> dict[str, str]:
    """``params`` with every ``policy`` parameter given as a file name, company or docid prefix
    replaced by the docid it names in ``store`` (as ``show`` and ``check`` accept them)."""
    resolved = dict(params)
    for param in query.params:
        value = resolved.get(param.name, "").strip()
        if param.type != "policy" or not value or _DOCID.match(value) or _looks_like_iri(value):
            continue
        from policykg.export.lookup import ExportError, resolve_policy

        try:
            resolved[param.name] = resolve_policy(store, value).docid
        except ExportError as error:
            raise ParamError(f"parameter {param.name!r}: {error}") from error
    return resolved


def _looks_like_iri(value: str) -> bool:
    if value.startswith("<") or re.match(r"^https?://", value):
        return True
    prefixed = _PREFIXED.match(value)
    return bool(prefixed and prefixed.group("prefix") in PREFIXES)


def run_query(
    store: Store, query_or_text: CatalogueQuery | str, *, params: Mapping[str, str] = {}, tables: bool = True,
) -> QueryResult:
    """Run a catalogue query (record or name) or SPARQL text and return its columns and rows.

    Example: ``run_query(store, "companies-collecting-category", params={"category": "pd/Contact"})``.
    CONSTRUCT/DESCRIBE results come back as rows of subject, predicate, object; ASK as one ``ask`` cell.
    A trailing ORDER BY is applied here rather than in the store (``ordering``: much cheaper on disk).
    A tabled catalogue question is read from its answer table when that is current (``answer_tables``;
    same rows, same order), unless ``tables=False``.
    """
    query = resolve_query(query_or_text, params=params)
    params = policies_by_name(store, query, params)
    sparql = bind_params(query, params)
    form = _query_form(query.body)
    if form in ("CONSTRUCT", "DESCRIBE"):
        rows = tuple(tuple(triple) for triple in store.construct(sparql))
        return QueryResult(("subject", "predicate", "object"), rows, query.name, sparql)
    if form == "SELECT" and tables and query.header_value("answers"):
        stored = read_answer(store, query, sparql)
        if stored is not None:
            return QueryResult(stored[0], tuple(stored[1]), query.name, sparql)
    if form == "SELECT":
        unordered, order = split_order_by(sparql)
        columns, table = store.select_table(unordered)
        rows = sort_rows(table, columns, order) if order else table
        return QueryResult(columns, tuple(rows), query.name, sparql)
    payload = json.loads(store.query_serialized(sparql, "application/sparql-results+json"))
    if "boolean" in payload:
        return QueryResult(("ask",), ((Literal(bool(payload["boolean"])),),), query.name, sparql)
    columns, table = parse_json_table(payload)
    return QueryResult(columns, tuple(table), query.name, sparql)


def _query_form(body: str) -> str:
    text = re.sub(r"#[^\n]*", "", body)
    text = re.sub(r"(?is)^\s*((PREFIX|BASE)\s+[^\n]*\s*)*", "", text)
    match = re.match(r"\s*(\w+)", text)
    return match.group(1).upper() if match else ""
