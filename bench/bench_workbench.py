"""Workbench pages at scale: the corpus page (filters, verdict facets, combined facets, text search,
facet "more", keyset page 2), the reader (a Chinese and an English policy), compare, and review write
latency, on an existing checked store (e.g. 10k policies from ``bench/corpus.py`` + ingest + check).

    .venv/bin/python bench/bench_workbench.py --store /tmp/s10k [--reviews 20] [--rebuild]

Each page: the first request (its filters not cached yet; the reader's graph reads cold) and the warm
median, time to first byte and total over HTTP, then time to first byte and to the load event in
Chromium (navigation timing), warm and on a verdict filter never asked before. Baseline, measured in
the same run: the corpus page's facet counts and the verdict filter asked of the graph by SPARQL (as
a page without the summary rows would). Review writes need the store opened for writing (nothing else
may hold it); otherwise they are skipped.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from workbench_fixtures import live_server  # noqa: E402

FACET_SPARQL = {
    "language": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:PrivacyPolicy ; dct:language ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "category": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:collectsCategory ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "recipient": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:sharesWith ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "law": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:citesLaw ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 13",
    "verdict": "SELECT ?k ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH pkgr:compliance { ?f pkg:aboutPolicy ?p ; "
               "pkg:requirementKey ?k ; pkg:verdict ?v } } GROUP BY ?k ?v",
}
VERDICT_FILTER = "cross-border-mechanism:contravention"  # transfers abroad with no lawful route (PIPL 38)
VERDICT_SPARQL = """SELECT ?p ?file WHERE { GRAPH pkgr:compliance { ?f pkg:aboutPolicy ?p ;
  pkg:requirementKey "%s" ; pkg:verdict "%s" } ?p pkg:fileName ?file } ORDER BY ?file LIMIT 51"""


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


def sparql_baseline(store_path: Path) -> dict[str, float]:
    """Seconds for the facet counts (four facets + the verdict facet) and the verdict filter by SPARQL."""
    from policykg.namespaces import sparql_prefixes
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(store_path, read_only=True)  # read-only: opens beside any writer
    try:
        times = {}
        for name, sparql in FACET_SPARQL.items():
            started = time.perf_counter()
            store.select(sparql_prefixes() + sparql)
            times[name] = time.perf_counter() - started
        key, verdict = VERDICT_FILTER.split(":")
        started = time.perf_counter()
        store.select(sparql_prefixes() + VERDICT_SPARQL % (key, verdict))
        times["verdict filter"] = time.perf_counter() - started
        return times
    finally:
        store.close()


def facet_links(html: str, facet: str) -> list[str]:
    """The data-value of every toggle link of one facet on a corpus page."""
    section = html.split(f'id="facet-{facet}"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'data-value="([^"]+)"', section)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reviews", type=int, default=20, help="review writes to time (0: none)")
    parser.add_argument("--rebuild", action="store_true", help="delete the corpus rows first, to time building them")
    args = parser.parse_args()
    if args.rebuild:
        (args.store / "policykg-workbench.sqlite").unlink(missing_ok=True)
    baseline = sparql_baseline(args.store)
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
        docids = re.findall(r'data-docid="([0-9a-f]{16})"', corpus)
        zh = re.findall(r'data-docid="([0-9a-f]{16})"', client.get("/policies?language=zh").text)
        en = re.findall(r'data-docid="([0-9a-f]{16})"', client.get("/policies?language=en").text)
        # filters with matches, found on the unfiltered page (cached already) so each timed URL is asked first when timed
        chips = re.findall(r'data-value="([a-z-]+:(?:contravention|omission))"[^>]*>\s*\w[\w-]* (\d+)', corpus)
        adverse = [value for value, n in sorted(chips, key=lambda c: -int(c[1])) if value != VERDICT_FILTER]
        other = adverse[0] if adverse else "explicit-consent:omission"
        fresh = adverse[1] if len(adverse) > 1 else other
        next_url = re.search(r'id="next" href="([^"]+)"', corpus)
        urls = {
            "corpus": "/policies",
            "corpus, language=zh": "/policies?language=zh",
            "corpus, zh + category": "/policies?language=zh&category=TelephoneNumber",
            f"verdict {VERDICT_FILTER}": "/policies?" + urlencode({"verdict": VERDICT_FILTER}),
            "verdict, most of the corpus": "/policies?verdict=de-identified-data:not-applicable",
            "verdict + language + category": "/policies?" + urlencode({"verdict": other, "language": "en",
                                                                       "category": "TelephoneNumber"}),
            "two verdicts": "/policies?" + urlencode([("verdict", other), ("verdict", VERDICT_FILTER)]),
            "verdict, facet more (max)": "/policies?" + urlencode({"verdict": other, "_facet_size": "max"}),
            "corpus, text search": "/policies?q=" + "cookie",
            "corpus, search zh": "/policies?q=" + "个人信息",
            "search + verdict": "/policies?" + urlencode({"q": "cookie", "verdict": other}),
            "corpus, page 2 (keyset)": next_url.group(1).replace("&amp;", "&") if next_url else "/policies",
            "reader zh": f"/policies/{zh[0] if zh else docids[0]}",
            "reader en": f"/policies/{en[0] if en else docids[1]}",
            "compare zh / en": f"/compare?a={zh[1] if len(zh) > 1 else docids[0]}&b={en[1] if len(en) > 1 else docids[1]}",
        }
        print(f"\n{'page (HTTP)':46} {'first s':>8} {'TTFB p50 s':>11} {'total p50 s':>12} {'KB':>6} {'rows':>7}   "
              "(first: filters not cached, graph reads cold)")
        page_p50 = {}
        for name, url in urls.items():
            runs = [timed_get(client, url) for _ in range(args.repeat + 1)]
            first, runs = runs[0], runs[1:]
            page_p50[name] = statistics.median(r[1] for r in runs)
            found = re.search(r'id="total">([\d,]+)<', client.get(url).text)
            print(f"{name:46} {first[1]:8.3f} {statistics.median(r[0] for r in runs):11.3f} {page_p50[name]:12.3f} "
                  f"{runs[0][2] / 1024:6.0f} {found.group(1) if found else '':>7}")
        facets = sum(v for k, v in baseline.items() if k in FACET_SPARQL)
        verdict_page = page_p50[f"verdict {VERDICT_FILTER}"]
        print(f"\nbaseline (same run), SPARQL on the store: the 5 facet GROUP BYs {facets:.3f} s "
              f"(verdict facet alone {baseline['verdict']:.3f} s); the verdict filter {baseline['verdict filter']:.3f} s. "
              f"The whole verdict-filtered page from the summary rows, warm: {verdict_page:.3f} s "
              f"= 1/{(facets + baseline['verdict filter']) / verdict_page:.0f} of the SPARQL it replaces")
        driver = browser()
        try:
            print(f"\n{'in Chromium':46} {'TTFB s':>11} {'rendered s':>12}")
            for name in ("corpus", f"verdict {VERDICT_FILTER}", "verdict + language + category", "corpus, text search",
                         "reader zh", "reader en", "compare zh / en"):
                runs = [rendered(driver, base + urls[name]) for _ in range(3)]
                print(f"{name:46} {statistics.median(r[0] for r in runs):11.3f} {statistics.median(r[1] for r in runs):12.3f}")
            ttfb, load = rendered(driver, base + "/policies?" + urlencode({"verdict": fresh, "language": "ru"}))
            print(f"{'first, a verdict not asked yet':46} {ttfb:11.3f} {load:12.3f}   ({fresh} + ru)")
        finally:
            driver.quit()
        if tokens:
            review_writes(client, urls, docids, zh or docids, page_p50, args.reviews)


def review_writes(client: httpx.Client, urls: dict[str, str], docids: list[str], zh: list[str],
                  page_p50: dict[str, float], count: int) -> None:
    from bs4 import BeautifulSoup

    docid = urls["reader zh"].rsplit("/", 1)[-1]
    reader = BeautifulSoup(client.get(urls["reader zh"]).text, "html.parser")
    fact = reader.select_one("li.fact[data-iri]")
    headers = {"Authorization": "Bearer bench-token-0123456789", "Accept": "application/json"}
    latencies = []
    for n in range(count):
        started = time.perf_counter()
        response = client.post(f"/policies/{docid}/reviews", headers=headers, data={
            "target": fact["data-iri"], "field": "fact", "value": "", "action": "comment", "comment": f"bench comment {n}"})
        assert response.status_code == 201, response.text
        latencies.append(time.perf_counter() - started)
    first, warm = latencies[0], sorted(latencies[1:]) or latencies
    print(f"\nreview write ({count}): first {first * 1000:.0f} ms, then p50 {statistics.median(warm) * 1000:.0f} ms, "
          f"max {warm[-1] * 1000:.0f} ms (reader page p50 {page_p50['reader zh'] * 1000:.0f} ms)")
    _, after_review, _ = timed_get(client, "/policies")
    print(f"corpus page after the reviews (store fingerprint checked again): {after_review:.3f} s")
    finding = reader.select_one("li.finding[data-iri]")
    if finding is not None:
        verdict = finding["data-verdict"]  # the checker's verdict (the page may show a reviewer's instead)
        started = time.perf_counter()
        response = client.post(f"/policies/{docid}/reviews", headers=headers, data={
            "target": finding["data-iri"], "field": "verdict", "value": verdict, "action": "correct",
            "new_value": "review", "new_reason": "bench"})
        assert response.status_code == 201, response.text
        wrote = time.perf_counter() - started
        _, recount, _ = timed_get(client, "/policies?" + urlencode({"verdict": VERDICT_FILTER}))
        print(f"verdict review: write {wrote * 1000:.0f} ms, next verdict-filtered page (recounts that policy) {recount:.3f} s")


if __name__ == "__main__":
    main()
