"""Citations of the policies for papers and briefs: CSL-JSON (Zotero, Pandoc) and BibTeX/BibLaTeX.

Each policy version is one entry: author = the publishing company (as an institution), title =
the document's own title (its HTML title, else the first heading of its text; a description in
square brackets when it has none), URL = where it was read from (when that is a web address),
accessed = when it was ingested (always given), issued = the date the policy states it was last
updated (none when it states none: citation styles then print "n.d.", and the key says ``nd``
rather than inventing a year), note = its SHA-256 so the exact text cited can be verified.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from policykg.export.lookup import list_policies
from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

__all__ = ["Citation", "policy_citations", "to_csl_json", "to_bibtex", "write_citations"]


@dataclass(frozen=True)
class Citation:
    key: str
    company: str
    title: str
    url: str  # http(s) source, else ""
    source: str  # dct:source as stored (may be a file:// IRI)
    file: str
    accessed: str  # YYYY-MM-DD or ""
    issued: str  # YYYY-MM-DD or ""
    sha256: str
    language: str


_META = sparql_prefixes() + """
SELECT ?policy (SAMPLE(?src) AS ?source) (SAMPLE(?hash) AS ?sha) (SAMPLE(?at) AS ?ingested) (SAMPLE(?mod) AS ?modified) WHERE {
  ?policy a pkg:PrivacyPolicy .
  OPTIONAL { ?policy dct:source ?src } OPTIONAL { ?policy pkg:sha256 ?hash }
  OPTIONAL { ?policy pkg:ingestedAt ?at } OPTIONAL { ?policy dct:modified ?mod }
} GROUP BY ?policy
"""

# The opening of each stored text: enough for its first headings.
_OPENINGS = sparql_prefixes() + """
SELECT ?policy (SAMPLE(SUBSTR(?content, 1, 2000)) AS ?opening) WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:hasText ?text . ?text pkg:content ?content .
} GROUP BY ?policy
"""


def policy_citations(store: Store) -> list[Citation]:
    """One citation per policy version in the store, with unique BibTeX-safe keys."""
    meta = {str(row["policy"]): row for row in store.select(_META)}
    openings = {str(row["policy"]): str(row.get("opening", "")) for row in store.select(_OPENINGS)}
    citations: list[Citation] = []
    used: set[str] = set()
    for policy in list_policies(store):
        row = meta.get(policy.iri, {})
        source = str(row.get("source", ""))
        issued = str(row.get("modified", ""))[:10]
        accessed = str(row.get("ingested", ""))[:10]
        key = _unique_key(_key(policy.company, issued, policy.docid), used)
        title = policy.title or first_heading(openings.get(policy.iri, "")) or f"[Privacy policy of {policy.company}]"
        citations.append(Citation(
            key=key, company=policy.company, title=title,
            url=source if source.startswith(("http://", "https://")) else "", source=source, file=policy.file,
            accessed=accessed, issued=issued, sha256=str(row.get("sha", "")), language=policy.language,
        ))
    return citations


def first_heading(opening: str, *, within: int = 6, longest: int = 120) -> str:
    """The document's title as it prints it: the first heading among its first segments that is
    not a navigation bar ("Home | Products | Contact"), or "" when it opens with none."""
    if not opening.strip():
        return ""
    from policykg.ingest.model import Document
    from policykg.ingest.segment import segment

    try:
        segments = segment(Document(source="", name="", text=opening, sha256="", media_type="text/plain", encoding=None, language="und"))[:within]
    except (TypeError, ValueError):
        return ""
    for found in segments:
        text = " ".join(found.text.split())
        if found.kind.value == "heading" and "|" not in text and len(text) <= longest:
            return text
    return ""


def _key(company: str, date: str, docid: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", ascii_name)
    stem = "".join(w.capitalize() for w in words[:3]) or "Policy"
    return f"{stem}{date[:4] or 'nd'}_{docid[:6]}"


def _unique_key(key: str, used: set[str]) -> str:
    candidate, number = key, 1
    while candidate in used:
        number += 1
        candidate = f"{key}_{number}"
    used.add(candidate)
    return candidate


def _date_parts(date: str) -> dict:
    parts = [int(p) for p in date.split("-") if p.isdigit()]
    return {"date-parts": [parts]} if parts else {}


def to_csl_json(citations: list[Citation]) -> list[dict]:
    """CSL-JSON items (type ``webpage``), ready for ``json.dump``."""
    items = []
    for c in citations:
        item: dict = {
            "id": c.key, "type": "webpage", "title": c.title, "author": [{"literal": c.company}],
            "publisher": c.company, "language": c.language, "note": f"SHA-256 {c.sha256}" if c.sha256 else "",
        }
        if c.url:
            item["URL"] = c.url
        elif c.file:
            item["archive_location"] = c.file
        if c.accessed:
            item["accessed"] = _date_parts(c.accessed)
        if c.issued:
            item["issued"] = _date_parts(c.issued)
        items.append(item)
    return items


_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$", "#": r"\#",
    "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
}


def _tex(text: str) -> str:
    return "".join(_BIBTEX_SPECIALS.get(ch, ch) for ch in text.replace("\n", " "))


def _bib_url(url: str) -> str:
    """A URL that cannot unbalance BibTeX braces (the ``url`` field is read verbatim otherwise)."""
    return url.replace("{", "%7B").replace("}", "%7D")


def to_bibtex(citations: list[Citation]) -> str:
    """One ``@misc`` entry per policy (BibLaTeX fields ``url``, ``urldate``, ``date`` are included)."""
    entries = []
    for c in citations:
        fields = [("author", "{" + _tex(c.company) + "}"), ("title", "{" + _tex(c.title) + "}")]
        if c.issued:
            fields += [("year", c.issued[:4]), ("date", c.issued)]
        else:
            fields.append(("year", "n.d."))  # BibTeX styles need a year; none is stated
        if c.url:
            url = _bib_url(c.url)
            # inside howpublished, \url is a macro argument, where % would start a TeX comment
            fields += [("url", url), ("howpublished", r"\url{" + url.replace("%", r"\%").replace("#", r"\#") + "}")]
        elif c.file:
            fields.append(("howpublished", "File " + _tex(c.file)))
        if c.accessed:
            fields.append(("urldate", c.accessed))  # BibLaTeX prints it with the url only
        notes = [f"Accessed {c.accessed}"] if c.accessed and not c.url else []
        if c.language:
            fields.append(("language", _tex(c.language)))
        notes += [f"SHA-256 {c.sha256}"] if c.sha256 else []
        if notes:
            fields.append(("note", ". ".join(notes)))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@misc{{{c.key},\n{body}\n}}\n")
    return "\n".join(entries)


CITATION_FORMATS = {".json": "csl-json", ".csl.json": "csl-json", ".bib": "bibtex"}


def write_citations(store: Store, out: Path, *, output_format: str | None = None) -> list[Citation]:
    """Write the citations of every policy as CSL-JSON (``.json``) or BibTeX (``.bib``)."""
    chosen = output_format or CITATION_FORMATS.get(out.suffix.lower())
    if chosen not in ("csl-json", "bibtex"):
        raise ValueError(f"{out}: citations are written as .json (CSL-JSON) or .bib (BibTeX), or give --format csl-json|bibtex")
    citations = policy_citations(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    if chosen == "bibtex":
        out.write_text(to_bibtex(citations), encoding="utf-8")
    else:
        out.write_text(json.dumps(to_csl_json(citations), ensure_ascii=False, indent=1), encoding="utf-8")
    return citations
