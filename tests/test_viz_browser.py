"""The interactive HTML page in a real headless Chromium: it draws every node, it draws something
visible, and policy text that carries scripts never runs.

Chromium is required (Debian package ``chromium``, installed by .ci/run); without it these tests fail.
"""
from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import matplotlib.image
import pytest
from graph_fixtures import load_fixture
from viz_fixtures import HOSTILE, IMG_PAYLOAD, SCRIPT_PAYLOAD, hostile_graphs

from policykg.store.oxigraph_store import OxigraphStore
from policykg.viz import write_view

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=5000"]


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is not installed: run 'apt-get install -y chromium' (the browser tests need it)")


def run_chromium(binary: str, profile: Path, *args: str) -> str:
    result = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def body_attributes(dom: str) -> dict[str, str]:
    match = re.search(r"<body([^>]*)>", dom)
    assert match, dom[:500]
    return dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1)))


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A local http.server on a free loopback port serving a folder of pages."""
    folder = tmp_path_factory.mktemp("pages")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()


def test_page_renders_every_node_and_a_visible_picture(chromium, served, tmp_path: Path):
    base, folder = served
    store = load_fixture(OxigraphStore(None))
    graph = write_view(store, "policy", folder / "policy.html", policy="b3b3")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", f"{base}/policy.html")
    attributes = body_attributes(dom)
    assert int(attributes["data-rendered-nodes"]) == graph.number_of_nodes() > 5
    assert int(attributes["data-rendered-edges"]) == graph.number_of_edges()
    assert f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges" in dom

    big = write_view(store, "company-category", tmp_path / "cc.html")
    shot = tmp_path / "cc.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,800",
                 (tmp_path / "cc.html").as_uri())
    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (800, 1200)
    graph_area = pixels[80:, :850, :3]  # left of the side panel, below the header
    assert graph_area.std() > 0.02, "the drawing area is blank"
    assert (graph_area.sum(axis=2) < 2.4).mean() > 0.001, "no drawn node or edge pixels"
    assert big.number_of_nodes() == 7


def test_policy_text_with_scripts_never_runs(chromium, tmp_path: Path):
    store = OxigraphStore(None)
    store.replace_graphs(hostile_graphs())
    pages = [write_view(store, "policy", tmp_path / "hostile-policy.html", policy=HOSTILE),
             write_view(store, "company-category", tmp_path / "hostile-cc.html")]
    assert pages[0].number_of_nodes() > 3
    # Control: the same payload pasted raw into a page does run, so the detection below can fail.
    control = tmp_path / "control.html"
    raw = f"<p>{SCRIPT_PAYLOAD}{IMG_PAYLOAD}</p>"
    control.write_text(f"<!DOCTYPE html><html><head><title>ok</title></head><body>{raw}</body></html>", encoding="utf-8")
    control_dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", control.as_uri())
    control_title = re.search(r"<title>(.*?)</title>", control_dom, re.S)
    assert control_title and control_title.group(1) == "PWNED-SCRIPT"
    assert body_attributes(control_dom).get("data-pwned") == "img"

    for name, graph in (("hostile-policy.html", pages[0]), ("hostile-cc.html", pages[1])):
        html = (tmp_path / name).read_text("utf-8")
        assert SCRIPT_PAYLOAD not in html and IMG_PAYLOAD not in html
        dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", (tmp_path / name).as_uri())
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        assert title and "PWNED" not in title.group(1)
        attributes = body_attributes(dom)
        assert "data-pwned" not in attributes
        assert "<img" not in dom and "<script>window" not in dom
        assert int(attributes["data-rendered-nodes"]) == graph.number_of_nodes()
