"""A real headless Chromium driven through chromedriver's W3C WebDriver HTTP API (httpx only).

Usage::

    from webdriver import chromium_session  # tests/ is on sys.path under pytest
    with chromium_session(tmp_path) as browser:
        browser.get(url)
        browser.run("return document.title")

chromedriver and chromium are the Debian packages ``chromium-driver`` and ``chromium``
(``./run tests`` installs them); a missing one fails the test loudly.
"""
from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from servers import free_port, stop


@dataclass
class Browser:
    base: str  # http://127.0.0.1:PORT/session/ID
    client: httpx.Client

    def _call(self, method: str, path: str, payload: dict | None = None) -> object:
        response = self.client.request(method, self.base + path, json=payload, timeout=60)
        body = response.json()
        if response.status_code != 200:
            raise RuntimeError(f"WebDriver {path}: {body.get('value', body)}")
        return body.get("value")

    def get(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def run(self, script: str, *args: object) -> object:
        """Run ``script`` (a function body; ``return`` gives the value) in the page."""
        return self._call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait_for(self, script: str, *, timeout: float = 30.0) -> object:
        """Poll ``script`` until it returns something truthy; fails with the last value."""
        deadline = time.monotonic() + timeout
        value: object = None
        while time.monotonic() < deadline:
            value = self.run(script)
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for: {script} (last: {value!r})")

    def screenshot(self, out: Path) -> Path:
        import base64

        out.write_bytes(base64.b64decode(str(self._call("GET", "/screenshot"))))
        return out


def _binary(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"none of {', '.join(names)} is installed: run ./run system (Debian: chromium, chromium-driver)")


@contextmanager
def chromium_session(profile: Path, *, width: int = 1400, height: int = 1000) -> Iterator[Browser]:
    driver = _binary("chromedriver")
    chromium = _binary("chromium", "chromium-browser", "google-chrome")
    port = free_port()
    process = subprocess.Popen([driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = httpx.Client()
    try:
        root = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if client.get(root + "/status", timeout=2).json()["value"]["ready"]:
                    break
            except (httpx.HTTPError, KeyError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        options = {"binary": chromium, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            f"--user-data-dir={profile}", f"--window-size={width},{height}"]}
        created = client.post(root + "/session", json={"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}}, timeout=60).json()
        session = created["value"].get("sessionId")
        if not session:
            raise RuntimeError(f"chromedriver could not start Chromium: {created['value']}")
        browser = Browser(f"{root}/session/{session}", client)
        try:
            yield browser
        finally:
            client.delete(browser.base, timeout=30)
    finally:
        client.close()
        stop(process)
