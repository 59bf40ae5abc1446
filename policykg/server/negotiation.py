"""Pick the result format from the Accept header or a ``format=`` parameter.

SELECT/ASK answers come as SPARQL results (JSON, XML, CSV, TSV); CONSTRUCT/DESCRIBE answers as
RDF (Turtle, N-Triples, JSON-LD, RDF/XML). The query form is only known once the query is
parsed, so both choices are made up front: a request whose Accept admits neither family gets
406 before anything runs, and one that admits only the other family gets 406 afterwards.
Accept follows RFC 9110 12.5.1: each format gets the q of the most specific range that names it,
so ``text/*;q=0`` excludes Turtle even beside ``*/*;q=0.1``, and ``text/csv;q=0.5, text/*;q=0.9``
prefers TSV. Error messages quote at most 200 characters of the header.
"""
from __future__ import annotations

from dataclasses import dataclass

from policykg.server.limits import HttpError


@dataclass(frozen=True)
class ResultFormat:
    """One serialisation: the media type we answer with and the names ``format=`` accepts."""

    media_type: str
    family: str  # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    aliases: tuple[str, ...]  # media types and short names that select it

    @property
    def content_type(self) -> str:
        text = self.media_type in ("text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples")
        return self.media_type + ("; charset=utf-8" if text else "")


RESULT_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("application/sparql-results+json", "results",
                 ("application/sparql-results+json", "application/json", "text/javascript",
                  "application/javascript", "json", "srj")),
    ResultFormat("application/sparql-results+xml", "results",
                 ("application/sparql-results+xml", "application/xml", "text/xml", "xml", "srx")),
    ResultFormat("text/csv", "results", ("text/csv", "csv")),
    ResultFormat("text/tab-separated-values", "results", ("text/tab-separated-values", "tsv")),
)
GRAPH_FORMATS: tuple[ResultFormat, ...] = (
    # Turtle is valid N3, so N3 requests (SPARQLWrapper sends format=n3) get Turtle.
    ResultFormat("text/turtle", "graph", ("text/turtle", "application/turtle", "application/x-turtle", "turtle", "ttl",
                                          "text/n3", "text/rdf+n3", "application/n3", "n3")),
    ResultFormat("application/n-triples", "graph", ("application/n-triples", "text/plain", "ntriples", "nt", "n-triples")),
    ResultFormat("application/ld+json", "graph",
                 ("application/ld+json", "application/x-json+ld", "application/json", "jsonld", "json-ld", "json")),
    ResultFormat("application/rdf+xml", "graph", ("application/rdf+xml", "rdfxml", "rdf+xml", "rdf", "xml")),
)


@dataclass(frozen=True)
class Negotiated:
    """The format to use for each query form; None where the client accepts nothing we can write."""

    results: ResultFormat | None
    graph: ResultFormat | None

    def for_family(self, family: str) -> ResultFormat:
        chosen = self.results if family == "results" else self.graph
        if chosen is None:
            offered = _offered("results" if family == "results" else "graph")
            raise HttpError(406, f"this query's answer can be written as {offered}, and the Accept header allows none of them")
        return chosen


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, best first (ties keep header order); ``*/*`` when absent."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges: list[tuple[str, float, int]] = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, index))
    ranges.sort(key=lambda item: (-item[1], item[2]))
    return [(media, q) for media, q, _ in ranges]


def _shown(header: str | None, limit: int = 200) -> str:
    """The Accept header for an error message, cut short: a 406 must not echo a huge header back."""
    text = header or ""
    return repr(text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)")


def _specificity(media_range: str, fmt: ResultFormat) -> int:
    """How specifically ``media_range`` names ``fmt``: 3 exactly, 2 by ``type/*``, 1 by ``*/*``, 0 not at all."""
    if media_range == "*/*":
        return 1
    if media_range.endswith("/*"):
        return 2 if fmt.media_type.startswith(media_range[:-1]) else 0
    return 3 if media_range in fmt.aliases and "/" in media_range else 0


def quality(ranges: list[tuple[str, float]], fmt: ResultFormat) -> tuple[float, int]:
    """RFC 9110 12.5.1: the q of the most specific range that matches ``fmt`` (0 if none does),
    and that range's position in the header (for ties)."""
    best: tuple[int, float, int] = (0, 0.0, len(ranges))
    for position, (media, q) in enumerate(ranges):
        rank = _specificity(media, fmt)
        if rank > best[0]:
            best = (rank, q, position)
    return best[1], best[2]


def _choose(ranges: list[tuple[str, float]], formats: tuple[ResultFormat, ...]) -> ResultFormat | None:
    """The acceptable format with the highest q (q=0 excludes); ties go to the range named first, then our order."""
    scored = [(quality(ranges, fmt), index, fmt) for index, fmt in enumerate(formats)]
    acceptable = [(-q, position, index, fmt) for (q, position), index, fmt in scored if q > 0]
    return min(acceptable, key=lambda item: item[:3])[3] if acceptable else None


def _by_name(name: str, formats: tuple[ResultFormat, ...]) -> ResultFormat | None:
    key = name.strip().lower()
    return next((fmt for fmt in formats if key in fmt.aliases), None)


def negotiate(accept: str | None, format_param: str | None = None) -> Negotiated:
    """The result formats for a request; ``format=`` (a short name or media type) beats Accept."""
    if format_param:  # comma-separated names or media types; the first known one per family wins
        names = [n for n in format_param.split(",") if n.strip()]
        results = next((f for f in (_by_name(n, RESULT_FORMATS) for n in names) if f), None)
        graph = next((f for f in (_by_name(n, GRAPH_FORMATS) for n in names) if f), None)
        if results is None and graph is None:
            names = ", ".join(sorted({a for f in RESULT_FORMATS + GRAPH_FORMATS for a in f.aliases if "/" not in a}))
            raise HttpError(406, f"unknown format={_shown(format_param)}; use one of: {names}")
        return Negotiated(results, graph)
    ranges = parse_accept(accept)
    chosen = Negotiated(_choose(ranges, RESULT_FORMATS), _choose(ranges, GRAPH_FORMATS))
    if chosen.results is None and chosen.graph is None:
        raise HttpError(
            406,
            f"cannot answer with Accept: {_shown(accept)}: SELECT/ASK answers are {_offered('results')}; "
            f"CONSTRUCT/DESCRIBE answers are {_offered('graph')}",
        )
    return chosen


def _offered(family: str) -> str:
    formats = RESULT_FORMATS if family == "results" else GRAPH_FORMATS
    return ", ".join(f.media_type for f in formats)
