"""Synthetic multilingual privacy policies with known facts, for benchmarks and recall checks.

Why: the real seed policies are few and may not be copied, yet scale targets (10k, 100k policies)
need many realistic ~2k-word documents whose contents we know. Each policy is assembled from the
clause templates of ``bench/corpus_templates.py`` and filled with vocabulary labels read from
``ontology/vocab/*.ttl`` (skos:prefLabel and skos:altLabel per language). Only labels that the
ingest matcher maps to exactly their own concept are used, so the planted facts are what a correct
extractor should find. Policy ``i`` depends only on (seed, i) and the vocabulary (labels and matcher
of the checkout): the corpus is deterministic for a given checkout and a larger corpus extends a
smaller one; a vocabulary change may swap a label for another of the same concept.

Run: ``python bench/corpus.py --count 10000 --out DIR [--seed 1] [--words 2000]``. Writes
``DIR/{i:06d}_{lang}.txt`` and ``DIR/planted-facts.json`` (policy-facts/1, list fields only).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_templates import LANGUAGES, NAME_SYLLABLES, ZH_NAME_CHARS, Language  # noqa: E402

FACTS_FILE = "planted-facts.json"
# how many concepts of each field one policy plants (low, high)
PLANT_COUNTS: dict[str, tuple[int, int]] = {
    "data_categories": (6, 12),
    "purposes": (3, 6),
    "recipients": (2, 4),
    "disclosure_conditions": (3, 6),
    "rights": (3, 6),
    "security_measures": (2, 4),
    "tracking": (1, 3),
}
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


@dataclass(frozen=True)
class GeneratedPolicy:
    """One synthetic policy and the facts planted in it."""

    file: str
    language: str
    company: str
    text: str
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return count_words(self.text, LANGUAGES[self.language])

    def record(self) -> dict[str, object]:
        """The policy-facts/1 record of what was planted (list fields, company, language)."""
        return {"file": self.file, "company": self.company, "language": self.language,
                **{name: sorted(keys) for name, keys in self.facts.items()}}


def count_words(text: str, language: Language) -> int:
    """Whitespace words, or characters / word_factor for scripts written without spaces."""
    if language.word_factor != 1.0:
        return int(sum(1 for ch in text if not ch.isspace()) / language.word_factor)
    return len(text.split())


@lru_cache(maxsize=1)
def vocabulary_labels() -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
    """field -> language -> key -> labels that the ingest matcher resolves to exactly that key."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, SKOS

    from policykg.ingest.vocabulary import matcher_for
    from policykg.namespaces import SEGMENT_BY_FIELD, VOCAB

    folder = Path(__file__).resolve().parents[1] / "ontology" / "vocab"
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    field_by_segment = {segment: name for name, segment in SEGMENT_BY_FIELD.items()}
    result: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        segment, _, _ = str(concept)[len(str(VOCAB)):].partition("/")
        name = field_by_segment.get(segment)
        notation = graph.value(concept, SKOS.notation)
        if name is None or notation is None:
            continue
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if isinstance(label, Literal) and label.language:
                    lang = label.language.split("-")[0]
                    if lang in LANGUAGES:
                        bucket = result.setdefault(name, {}).setdefault(lang, {})
                        bucket.setdefault(str(notation), [])  # type: ignore[arg-type]
                        bucket[str(notation)].append(str(label))  # type: ignore[union-attr]
    for name, by_lang in result.items():
        for lang, by_key in by_lang.items():
            matcher = matcher_for(name, lang)
            for key in list(by_key):
                clean = tuple(sorted({label for label in by_key[key] if _resolves(matcher, label, key)}))
                if clean:
                    by_key[key] = clean  # type: ignore[assignment]
                else:
                    del by_key[key]
    return result


def _resolves(matcher: object, label: str, key: str) -> bool:
    hits = matcher.find(label)  # type: ignore[attr-defined]
    return len(hits) == 1 and hits[0].key == key and hits[0].end - hits[0].start >= len(label) - 2


def company_name(rng: random.Random, language: Language) -> tuple[str, str]:
    """(legal name, short name) made of random syllables, never a real firm's name."""
    if language.code == "zh":
        short = "".join(rng.choice(ZH_NAME_CHARS) for _ in range(rng.randint(2, 3)))
        city = rng.choice(("杭州", "深圳", "成都", "南京", "武汉", "厦门"))
        return f"{city}{short}{rng.choice(language.legal_forms)}", short
    syllables = "".join(rng.choice(NAME_SYLLABLES) for _ in range(rng.randint(2, 3)))
    short = syllables.capitalize()
    form = rng.choice(language.legal_forms)
    if language.code in ("ru", "az"):
        return (f"{form} «{short}»" if language.code == "ru" else f"\"{short}\" {form}"), short
    return f"{short} {form}", short


def join_items(items: list[str], language: Language) -> str:
    separator, last = language.join
    if len(items) == 1:
        return items[0]
    return separator.join(items[:-1]) + last + items[-1]


def _pick(rng: random.Random, labels: dict[str, tuple[str, ...]], name: str) -> list[tuple[str, str]]:
    """(key, label) pairs for one field: distinct keys, one label each."""
    low, high = PLANT_COUNTS[name]
    keys = rng.sample(sorted(labels), min(len(labels), rng.randint(low, high)))
    return [(key, rng.choice(labels[key])) for key in keys]


def generate_policy(index: int, *, seed: int = 1, words: int = 2000) -> GeneratedPolicy:
    """Policy number ``index`` of the corpus with this seed (deterministic)."""
    rng = random.Random(f"policykg-bench:{seed}:{index}")
    language = LANGUAGES[tuple(LANGUAGES)[index % len(LANGUAGES)]]
    vocab = vocabulary_labels()
    company, short = company_name(rng, language)
    picks = {name: _pick(rng, vocab[name][language.code], name) for name in PLANT_COUNTS}
    facts = {name: tuple(sorted({key for key, _ in pairs})) for name, pairs in picks.items()}
    year, month, day = rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28)
    values = {
        "company": company, "short": short,
        "email": f"privacy@{short.lower() if language.code != 'zh' else 'corp' + str(index)}.example",
        "phone": f"+86 {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "date_iso": f"{year}-{month:02d}-{day:02d}", "date_zh": f"{year}年{month}月{day}日",
        "date_en": f"{_EN_MONTHS[month - 1]} {day}, {year}", "date_ru": f"{day} {_RU_MONTHS[month - 1]} {year} г.",
    }
    sections = list(_sections(rng, language, picks, values))
    text = _assemble(rng, language, sections, values, words)
    file = f"{index:06d}_{language.code}.txt"
    return GeneratedPolicy(file=file, language=language.code, company=company, text=text, facts=facts)


def _fill(template: str, values: dict[str, str], **extra: str) -> str:
    return template.format(**{**values, **extra})


def _sections(rng: random.Random, language: Language, picks: dict[str, list[tuple[str, str]]],
              values: dict[str, str]) -> Iterator[tuple[str, list[str]]]:
    """(heading key, paragraphs) in document order; list items are paragraphs starting with a bullet."""
    labels = {name: [label for _, label in pairs] for name, pairs in picks.items()}
    collection: list[str] = []
    categories = labels["data_categories"]
    chunks: list[list[str]] = []
    while len(categories) > sum(map(len, chunks)):
        done = sum(map(len, chunks))
        chunks.append(categories[done:done + rng.randint(2, 4)])
    for chunk in chunks:
        template = rng.choice(language.collect)
        collection.append(_fill(template, values, activity=rng.choice(language.activities),
                                items=join_items(chunk, language)))
    yield "collection", collection
    yield "use", [_fill(rng.choice(language.purpose), values, items=join_items(labels["purposes"], language))]
    sharing = [_fill(rng.choice(language.share), values, items=join_items(labels["recipients"], language))]
    sharing.append(_fill(rng.choice(language.conditions_intro), values))
    sharing.extend(f"{language.bullet}{label}{'；' if language.code == 'zh' else ';'}"
                   for label in labels["disclosure_conditions"])
    yield "sharing", sharing
    rights = [_fill(rng.choice(language.rights_intro), values)]
    rights.extend(f"{language.bullet}{label}{'；' if language.code == 'zh' else ';'}" for label in labels["rights"])
    yield "rights", rights
    yield "security", [_fill(rng.choice(language.measures), values, items=join_items(labels["security_measures"], language))]
    yield "tracking", [_fill(rng.choice(language.tracking), values, items=join_items(labels["tracking"], language))]
    yield "retention", [_fill(rng.choice(language.retention), values)]
    yield "contact", [_fill(rng.choice(language.contact), values)]


def _assemble(rng: random.Random, language: Language, sections: list[tuple[str, list[str]]],
              values: dict[str, str], words: int) -> str:
    """Title, intro, sections, and filler paragraphs until the policy reaches ``words`` words."""
    space = "" if language.code == "zh" else " "
    head = [_fill(language.title, values), _fill(rng.choice(language.updated), values),
            _fill(rng.choice(language.intro), values)]
    body: list[list[str]] = [[language.headings[key], *paragraphs] for key, paragraphs in sections]
    general: list[str] = [language.headings["general"]]
    body.append(general)
    current = count_words("\n".join(head + [p for block in body for p in block]), language)
    while current < words:
        paragraph = space.join(rng.sample(language.filler, k=min(len(language.filler), rng.randint(3, 6))))
        # most filler goes to the general part, some inside sections, before their first clause
        target = general if rng.random() < 0.6 else body[rng.randrange(len(body) - 1)]
        if target is general:
            target.append(paragraph)
        else:
            target.insert(1, paragraph)
        current += count_words(paragraph, language)
    return "\n\n".join(head + ["\n\n".join(block) for block in body]) + "\n"


def planted_recall(planted: dict[str, object], exported: dict[str, object]) -> dict[str, tuple[int, int]]:
    """field -> (planted keys found in the export, planted keys) over all policies both documents hold.

    ``planted`` is the generator's planted-facts document, ``exported`` a policy-facts/1 export
    (``policykg facts``); records are matched by ``file``.
    """
    found_by_file = {record["file"]: record for record in exported["policies"]}  # type: ignore[index]
    totals: dict[str, list[int]] = {name: [0, 0] for name in PLANT_COUNTS}
    for record in planted["policies"]:  # type: ignore[index]
        got = found_by_file.get(record["file"], {})
        for name in PLANT_COUNTS:
            want = set(record.get(name, ()))
            totals[name][0] += len(want & set(got.get(name, ())))
            totals[name][1] += len(want)
    return {name: (hit, total) for name, (hit, total) in totals.items()}


def write_corpus(out: Path, *, count: int, seed: int = 1, words: int = 2000, start: int = 0,
                 progress: bool = False) -> list[GeneratedPolicy]:
    """Write ``count`` policies and their planted facts to ``out``; returns the policies."""
    out.mkdir(parents=True, exist_ok=True)
    policies: list[GeneratedPolicy] = []
    started = time.perf_counter()
    for index in range(start, start + count):
        policy = generate_policy(index, seed=seed, words=words)
        (out / policy.file).write_text(policy.text, encoding="utf-8")
        policies.append(policy)
        if progress and (index - start + 1) % 1000 == 0:
            print(f"  {index - start + 1}/{count} policies, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    document = {"format": "policy-facts/1", "generator": f"bench/corpus.py seed={seed}",
                "policies": [policy.record() for policy in policies]}
    (out / FACTS_FILE).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return policies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a deterministic synthetic corpus of multilingual privacy policies (en, zh, az, ru, es) "
        f"with known facts: DIR/NNNNNN_LANG.txt plus DIR/{FACTS_FILE} (policy-facts/1).")
    parser.add_argument("--count", type=int, default=100, help="number of policies (default 100)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created if missing)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; same seed, same corpus (default 1)")
    parser.add_argument("--words", type=int, default=2000, help="approximate words per policy (default 2000)")
    parser.add_argument("--start", type=int, default=0, help="index of the first policy (to extend a corpus)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out {args.out} is a file: give a folder")
    started = time.perf_counter()
    policies = write_corpus(args.out, count=args.count, seed=args.seed, words=args.words, start=args.start,
                            progress=True)
    size = sum(len(p.text.encode("utf-8")) for p in policies)
    print(f"wrote {len(policies)} policies ({size / 1e6:.1f} MB) to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
