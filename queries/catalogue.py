"""The query catalogue: one documented SPARQL question per ``.rq`` file, read into frozen records.

A file's header is its documentation (title, question, parameters, provisions, tags), so the
catalogue, ``policykg queries``, the server and the README all show the same words. Header format
(docs/DESIGN.md, "Catalogue queries")::

    # title: Companies collecting a data category
    # question: Which companies say they collect the given category ...?
    # param: category = pd/Contact | vocabulary concept under pkv:, matched with narrower ones
    # param: edition (string) = auto | 2017, 2020, or auto (the edition the policy cites)
    # provisions: law:PIPL/art17, law:GBT35273-2020/s5.5
    # tags: collection, categories

A parameter may name its type in brackets: concept, iri, policy, company, string, integer, date.
Without one the runner infers it from the value (see ``queries/runner.py``). ``# answers: per-policy``
(or ``whole``) keeps the question's rows in an answer table on disk (``queries/answer_tables.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

PARAM_TYPES = ("concept", "iri", "policy", "company", "string", "integer", "date", "auto")
_HEADER_LINE = re.compile(r"^#\s*([a-z][\w-]*)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z]\w*)\s*(?:\((?P<type>\w+)\))?\s*(?:=\s*(?P<rest>.*))?$")


class CatalogueError(ValueError):
    """A catalogue file is malformed or a query name is unknown; the message says which and how to fix it."""


@dataclass(frozen=True)
class Param:
    """One ``?_name`` placeholder of a query, with its default and what it means."""

    name: str
    default: str
    description: str = ""
    type: str = "auto"


@dataclass(frozen=True)
class CatalogueQuery:
    """One catalogue question: its documentation and its SPARQL body (prefixes are added by the runner)."""

    name: str
    title: str
    question: str
    params: tuple[Param, ...]
    provisions: tuple[str, ...]
    tags: tuple[str, ...]
    body: str
    extra: tuple[tuple[str, str], ...] = ()  # other header keys, e.g. ("kind", "omission") for compliance

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def header_value(self, key: str, default: str = "") -> str:
        return dict(self.extra).get(key, default)


def parse_query(text: str, *, name: str, source: str = "<text>") -> CatalogueQuery:
    """Read a header-documented query; ``source`` names the file in error messages.

    Example: ``parse_query(Path("x.rq").read_text(), name="x", source="x.rq")``.
    """
    fields: dict[str, list[str]] = {}
    lines = text.splitlines()
    body_start = len(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            body_start = number
            break
        match = _HEADER_LINE.match(stripped)
        if match:
            fields.setdefault(match.group(1).lower(), []).append(match.group(2).strip())
        elif stripped.startswith("#") and fields and len(stripped) > 1 and stripped[1:2] == " " and stripped[2:3] == " ":
            # an indented continuation line ("#   more text") extends the previous key
            last = list(fields)[-1]
            fields[last][-1] += " " + stripped[1:].strip()
    body = "\n".join(lines[body_start:]).strip()
    if not body:
        raise CatalogueError(f"{source}: no SPARQL after the header; add the query below the '# key: value' lines")
    for key in ("title", "question"):
        if not fields.get(key):
            raise CatalogueError(f"{source}: header has no '# {key}: ...' line; every catalogue query documents its {key}")
    params = tuple(_parse_param(value, source) for value in fields.get("param", []))
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise CatalogueError(f"{source}: a parameter is declared twice ({', '.join(names)})")
    extra = tuple(
        (key, values[-1]) for key, values in fields.items() if key not in {"title", "question", "param", "provisions", "tags"}
    )
    return CatalogueQuery(
        name=name,
        title=fields["title"][-1],
        question=" ".join(fields["question"]),
        params=params,
        provisions=split_list(fields.get("provisions", [])),
        tags=split_list(fields.get("tags", [])),
        body=body,
        extra=extra,
    )


def split_list(values: list[str]) -> tuple[str, ...]:
    """The items of comma-separated header values, stripped, empty ones dropped."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _parse_param(value: str, source: str) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise CatalogueError(f"{source}: cannot read '# param: {value}'; write '# param: name = default | description'")
    rest = match.group("rest") or ""
    default, _, description = rest.partition("|")
    kind = (match.group("type") or "auto").lower()
    if kind not in PARAM_TYPES:
        raise CatalogueError(f"{source}: parameter {match.group('name')!r} has unknown type {kind!r}; use one of {', '.join(PARAM_TYPES)}")
    return Param(name=match.group("name"), default=default.strip(), description=description.strip(), type=kind)


def load_folder(folder: Path | resources.abc.Traversable, *, label: str) -> dict[str, CatalogueQuery]:
    """Every ``*.rq`` file of a folder, by name (file name without ``.rq``)."""
    queries: dict[str, CatalogueQuery] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            queries[name] = parse_query(entry.read_text(encoding="utf-8"), name=name, source=f"{label}/{entry.name}")
    return queries


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, CatalogueQuery]:
    return load_folder(resources.files("policykg.queries") / "catalogue", label="queries/catalogue")


def list_queries(*, tag: str | None = None) -> list[CatalogueQuery]:
    """All catalogue queries sorted by name, or those carrying ``tag``."""
    queries = list(_catalogue().values())
    return [q for q in queries if tag is None or tag in q.tags]


def get_query(name: str) -> CatalogueQuery:
    """The catalogue query called ``name``; raises CatalogueError listing the names if unknown."""
    name = name.removesuffix(".rq")
    try:
        return _catalogue()[name]
    except KeyError:
        known = ", ".join(sorted(_catalogue()))
        raise CatalogueError(f"no catalogue query named {name!r}; run 'policykg queries' to list them ({known})") from None
