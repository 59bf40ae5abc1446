"""Workbench pages at scale: corpus and reader pages (time to first byte and to rendered in Chromium),
and review write latency, on an existing store (e.g. 10k policies from ``bench/corpus.py`` + ingest).

    .venv/bin/python bench/bench_workbench.py --store /tmp/s10k [--reviews 20]

Baseline, measured in the same run: the corpus page's facet counts asked of the graph by SPARQL
(one GROUP BY per facet, as a page without the summary rows would) against the page itself.
Review writes need the store opened for writing (nothing else may hold it); otherwise they are skipped.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from workbench_fixtures import live_server  # noqa: E402

FACET_SPARQL = {
    "language": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:PrivacyPolicy ; dct:language ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "category": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:collectsCategory ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "recipient": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:sharesWith ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "law": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:citesLaw ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
}


def timed_get(client: httpx.Client, url: str) -> tuple[float, float, int]:
    """(time to first byte, total, bytes) of one GET."""
    started = time.perf_counter()
    with client.stream("GET", url) as response:
        first = None
        size = 0
        for chunk in response.iter_bytes():
            if first is None:
                first = time.perf_counter() - started
            size += len(chunk)
        assert response.status_code == 200, (url, response.status_code)
    return first or 0.0, time.perf_counter() - started, size


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def rendered(driver, url: str) -> tuple[float, float]:
    """(TTFB, load event) in seconds as Chromium's navigation timing reports them."""
    driver.get(url)
    timing = driver.execute_script(
        "var t = performance.getEntriesByType('navigation')[0]; return [t.responseStart - t.requestStart, t.loadEventEnd - t.startTime];")
    return timing[0] / 1000, timing[1] / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reviews", type=int, default=20, help="review writes to time (0: none)")
    parser.add_argument("--rebuild", action="store_true", help="delete the corpus rows first, to time building them")
    args = parser.parse_args()
    if args.rebuild:
        (args.store / "policykg-workbench.sqlite").unlink(missing_ok=True)
    from policykg.namespaces import sparql_prefixes
    from policykg.store.oxigraph_store import OxigraphStore

    baseline_store = OxigraphStore(args.store, read_only=True)  # read-only: opens beside any writer
    started = time.perf_counter()
    for sparql in FACET_SPARQL.values():
        baseline_store.select(sparql_prefixes() + sparql)
    baseline = time.perf_counter() - started
    baseline_store.close()
    tokens = {"bench-token-0123456789": "bench"} if args.reviews else None
    try:
        with live_server(args.store, tokens):
            pass
    except Exception as error:  # the folder is locked by a writer: time the pages only
        print(f"(store not writable: {error}; review writes skipped)")
        tokens = None
    with live_server(args.store, tokens) as base:
        client = httpx.Client(base_url=base, timeout=600)
        started = time.perf_counter()
        timed_get(client, "/policies")
        print(f"first corpus page ({'builds' if args.rebuild else 'opens or builds'} the summary rows): "
              f"{time.perf_counter() - started:.2f} s")
        corpus = client.get("/policies").text
        total = corpus.split('id="total">', 1)[1].split("<", 1)[0]
        print(f"policies: {total}")
        import re

        docids = re.findall(r'data-docid="([0-9a-f]{16})"', corpus)
        next_url = re.search(r'id="next" href="([^"]+)"', corpus)
        urls = {
            "corpus": "/policies",
            "corpus, language=zh": "/policies?language=zh",
            "corpus, zh + category": "/policies?language=zh&category=TelephoneNumber",
            "corpus, text search": "/policies?q=" + "cookie",
            "corpus, search zh": "/policies?q=" + "个人信息",
            "corpus, page 2 (keyset)": next_url.group(1).replace("&amp;", "&") if next_url else "/policies",
            "reader": f"/policies/{docids[0]}",
            "reader (2)": f"/policies/{docids[min(7, len(docids) - 1)]}",
            "compare": f"/compare?a={docids[0]}&b={docids[min(1, len(docids) - 1)]}",
        }
        print(f"\n{'page':28} {'first s':>8} {'TTFB p50 s':>11} {'total p50 s':>12} {'KB':>6}   (first: filters not cached yet)")
        page_p50 = {}
        for name, url in urls.items():
            runs = [timed_get(client, url) for _ in range(args.repeat + 1)]
            first, runs = runs[0], runs[1:]
            page_p50[name] = statistics.median(r[1] for r in runs)
            print(f"{name:28} {first[1]:8.3f} {statistics.median(r[0] for r in runs):11.3f} {page_p50[name]:12.3f} {runs[0][2] / 1024:6.0f}")
        print(f"\nbaseline (same run): 4 facet GROUP BYs by SPARQL on the store: {baseline:.3f} s "
              f"= {baseline / page_p50['corpus, zh + category']:.1f}x the whole filtered corpus page "
              "(zh + category, from summary rows, warm)")
        driver = browser()
        try:
            print(f"\n{'in Chromium':28} {'TTFB s':>11} {'rendered s':>12}")
            for name in ("corpus", "corpus, zh + category", "reader", "reader (2)"):
                runs = [rendered(driver, base + urls[name]) for _ in range(3)]
                print(f"{name:28} {statistics.median(r[0] for r in runs):11.3f} {statistics.median(r[1] for r in runs):12.3f}")
        finally:
            driver.quit()
        if tokens:
            from bs4 import BeautifulSoup

            reader = BeautifulSoup(client.get(urls["reader"]).text, "html.parser")
            fact = reader.select_one("li.fact[data-iri]")
            latencies = []
            for n in range(args.reviews):
                started = time.perf_counter()
                response = client.post(f"/policies/{docids[0]}/reviews", headers={
                    "Authorization": "Bearer bench-token-0123456789", "Accept": "application/json"},
                    data={"target": fact["data-iri"], "field": "fact", "value": "", "action": "comment",
                          "comment": f"bench comment {n}"})
                assert response.status_code == 201, response.text
                latencies.append(time.perf_counter() - started)
            latencies.sort()
            print(f"\nreview write ({args.reviews}): p50 {statistics.median(latencies) * 1000:.0f} ms, "
                  f"max {latencies[-1] * 1000:.0f} ms (reader page p50 {page_p50['reader'] * 1000:.0f} ms)")
            _, after_review, _ = timed_get(client, "/policies")
            print(f"corpus page after the reviews (store fingerprint checked again): {after_review:.3f} s")
            finding = reader.select_one("li.finding .req")
            if finding is not None:
                iri = client.get("/query", params={"query": (
                    "SELECT ?f WHERE { GRAPH <https://w3id.org/policykg/graph/compliance> { ?f "
                    f"<https://w3id.org/policykg/ns#aboutPolicy> <https://w3id.org/policykg/id/policy/{docids[0]}> }} }} LIMIT 1")},
                    headers={"Accept": "text/csv"}).text.splitlines()[1].strip()
                verdict = reader.select_one("li.finding span.v").text
                started = time.perf_counter()
                response = client.post(f"/policies/{docids[0]}/reviews", headers={
                    "Authorization": "Bearer bench-token-0123456789", "Accept": "application/json"},
                    data={"target": iri, "field": "verdict", "value": verdict, "action": "correct",
                          "new_value": "review", "new_reason": "bench"})
                assert response.status_code == 201, response.text
                wrote = time.perf_counter() - started
                _, recount, _ = timed_get(client, "/policies")
                print(f"verdict review: write {wrote * 1000:.0f} ms, next corpus page (recounts that policy) {recount:.3f} s")


if __name__ == "__main__":
    main()
