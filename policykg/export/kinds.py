"""The registry of ``policykg export`` kinds: name -> formats, default file name and writer."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from policykg.export.lookup import ExportError
from policykg.store.base import Store

__all__ = ["ExportKind", "KINDS", "run_export"]


Progress = Callable[[str, int, int], None]  # stage, done, total


@dataclass(frozen=True)
class ExportKind:
    name: str
    description: str
    formats: dict[str, str]  # format name -> default suffix
    needs_policy: bool
    needs_store: bool
    write: Callable[..., str]  # (store, out, policy, format, on_progress=None) -> summary


def _matrix(store: Store | None, out: Path, policy: str | None, fmt: str, on_progress: Progress | None = None) -> str:
    from policykg.export.matrix import build_matrix, write_csv, write_xlsx

    assert store is not None
    matrix = build_matrix(store)
    (write_xlsx if fmt == "xlsx" else write_csv)(matrix, out)
    return f"{len(matrix.policies)} policies x {len(matrix.topics)} topics"


def _dossier(store: Store | None, out: Path, policy: str | None, fmt: str, on_progress: Progress | None = None) -> str:
    from policykg.export.dossier import write_dossier

    assert store is not None and policy is not None
    dossier = write_dossier(store, out, policy=policy, output_format=fmt, on_progress=on_progress)
    return f"{dossier.policy.company}: {len(dossier.facts)} statements, {len(dossier.findings)} findings"


def _dataset(format_name: str) -> Callable[..., str]:
    def write(store: Store | None, out: Path, policy: str | None, fmt: str, on_progress: Progress | None = None) -> str:
        from policykg.export.rdf import export_dataset

        assert store is not None
        export_dataset(store, out, format_name=format_name)
        return f"{len(store.graph_names())} named graphs"

    return write


def _ontology(store: Store | None, out: Path, policy: str | None, fmt: str, on_progress: Progress | None = None) -> str:
    from policykg.export.rdf import export_ontology

    export_ontology(out, format_name=fmt)
    return "ontology" + (" without SHACL shapes (RDF/XML for Protégé)" if fmt != "turtle" else " with SHACL shapes")


def _citations(store: Store | None, out: Path, policy: str | None, fmt: str, on_progress: Progress | None = None) -> str:
    from policykg.export.citations import write_citations

    assert store is not None
    return f"{len(write_citations(store, out, output_format=fmt))} citations"


KINDS: dict[str, ExportKind] = {
    k.name: k
    for k in (
        ExportKind("matrix", "comparison matrix policies x categories, purposes, recipients, conditions, rights, "
                   "measures, tracking, laws and compliance requirements, with quotes and provisions",
                   {"xlsx": ".xlsx", "csv": ".csv"}, False, True, _matrix),
        ExportKind("dossier", "one policy's dossier: publisher, facts with quotes and offsets, findings, source",
                   {"markdown": ".md", "html": ".html", "pdf": ".pdf"}, True, True, _dossier),
        ExportKind("trig", "every named graph as TriG", {"trig": ".trig"}, False, True, _dataset("trig")),
        ExportKind("nquads", "every named graph as N-Quads", {"nquads": ".nq"}, False, True, _dataset("nquads")),
        ExportKind("jsonld", "every named graph as JSON-LD with a @context of the project prefixes",
                   {"jsonld": ".jsonld"}, False, True, _dataset("jsonld")),
        ExportKind("ontology", "the ontology: Turtle (with SHACL shapes) or RDF/XML for Protégé (without)",
                   {"turtle": ".ttl", "xml": ".owl"}, False, False, _ontology),
        ExportKind("citations", "CSL-JSON or BibTeX entries for every policy version",
                   {"csl-json": ".json", "bibtex": ".bib"}, False, True, _citations),
    )
}

_SUFFIX_ALIASES = {".htm": ".html", ".markdown": ".md", ".rdf": ".owl", ".nquads": ".nq", ".json-ld": ".jsonld"}


def resolve_format(kind: ExportKind, out: Path | None, explicit: str | None) -> str:
    """The format named explicitly, else by the suffix of ``out``, else the kind's first format."""
    if explicit:
        if explicit not in kind.formats:
            raise ExportError(f"export {kind.name} has no format {explicit!r}: choose one of {', '.join(kind.formats)}")
        return explicit
    if out is None:
        return next(iter(kind.formats))
    suffix = _SUFFIX_ALIASES.get(out.suffix.lower(), out.suffix.lower())
    for name, default_suffix in kind.formats.items():
        if suffix == default_suffix:
            return name
    raise ExportError(
        f"{out}: export {kind.name} cannot be written as {suffix or '(no suffix)'}; use "
        + ", ".join(kind.formats.values()) + " or --format " + "|".join(kind.formats)
    )


def run_export(store: Store | None, kind_name: str, out: Path | None, *, policy: str | None = None,
               output_format: str | None = None, on_progress: Progress | None = None) -> tuple[Path, str]:
    """Write export ``kind_name`` to ``out`` (default: ``policykg-{kind}{suffix}``); returns the path and a summary.

    ``on_progress(stage, done, total)`` hears of the slow steps (a PDF dossier's layout takes seconds)."""
    kind = KINDS.get(kind_name)
    if kind is None:
        raise ExportError(f"unknown export {kind_name!r}: choose one of {', '.join(KINDS)} (see 'policykg export --list')")
    if kind.needs_policy and not policy:
        raise ExportError(f"export {kind_name} describes one policy: add --policy DOCID|FILE|COMPANY")
    fmt = resolve_format(kind, out, output_format)
    target = out or Path(f"policykg-{kind.name}{kind.formats[fmt]}")
    try:
        summary = kind.write(store, target, policy, fmt, on_progress=on_progress)
    except ValueError as error:  # bad format or topic: the message already says what to do
        raise ExportError(str(error)) from error
    return target, summary
