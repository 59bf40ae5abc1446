"""The workbench in a real Chromium (Selenium + Debian's chromium-driver): corpus, filter, reader,
click a finding and see its passage marked, record a review, re-ingest a changed policy, and see the
review still applied; hostile policy text never runs. Chromium is required (no skip)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait
from workbench_fixtures import EN_POLICY, HOSTILE_POLICY, ZH_POLICY, live_server

TOKENS = {"alice-token-0123456789": "alice"}


def policykg(store: Path, *args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("policykg")
    result = subprocess.run([str(exe), "--store", str(store), *args], capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def driver():
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.fail("Chromium and chromium-driver are required: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--window-size=1400,1000"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("policies")
    (folder / "zh_xinghe_notes.txt").write_text(ZH_POLICY, encoding="utf-8")
    (folder / "en_lanternfish_maps.txt").write_text(EN_POLICY, encoding="utf-8")
    (folder / "en_evil_widgets.txt").write_text(HOSTILE_POLICY, encoding="utf-8")
    store = tmp_path_factory.mktemp("store") / "kg"
    policykg(store, "ingest", str(folder))
    policykg(store, "check")
    return folder, store


def wait(driver, css: str):
    return WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_review_round_trip_survives_reingest(driver, corpus, tmp_path) -> None:
    folder, store = corpus
    with live_server(store, TOKENS) as base:
        driver.get(base + "/policies")
        assert wait(driver, "#total").text == "3"
        driver.find_element(By.CSS_SELECTOR, '.facet[data-facet=language] a[data-value="zh"]').click()
        assert wait(driver, "#total").text == "1"
        driver.find_element(By.CSS_SELECTOR, "table.policies a.open").click()
        text = wait(driver, "#text")
        assert text.get_attribute("lang") == "zh"
        docid = driver.current_url.rsplit("/", 1)[-1]
        # click a finding that quotes the text: its passage is marked and scrolled to
        finding = next(f for f in driver.find_elements(By.CSS_SELECTOR, "li.finding") if f.get_attribute("data-spans").strip())
        finding.click()
        marked = driver.find_elements(By.CSS_SELECTOR, "mark.ev.current")
        assert marked, "clicking a finding marks its passage"
        quote = finding.find_element(By.CSS_SELECTOR, "blockquote").text
        assert marked[0].text and marked[0].text in quote
        # clicking a passage lists what was drawn from it
        marked[0].click()
        assert driver.find_element(By.ID, "drawn").is_displayed()
        drawn = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#drawn-list li")]
        name = finding.find_element(By.CSS_SELECTOR, ".req-name").text
        assert any(line.startswith(f"finding: {name} — ") for line in drawn), drawn  # the finding, by its name

        # sign in and reject the email address collected "用于创建账号" (the first collection statement)
        driver.get(base + f"/review/sign-in?next=/policies/{docid}")
        driver.find_element(By.NAME, "name").send_keys("alice")
        driver.find_element(By.NAME, "token").send_keys("alice-token-0123456789")
        driver.find_element(By.CSS_SELECTOR, "form.signin button").click()
        wait(driver, "#text")
        button = driver.find_element(
            By.CSS_SELECTOR, 'button.rv[data-field="category"][data-value="https://w3id.org/policykg/vocab/pd/EmailAddress"]')
        fact_iri = button.get_attribute("data-target")
        button.click()
        dialog = driver.find_element(By.ID, "review-dialog")
        assert not dialog.find_element(By.CSS_SELECTOR, ".reason-to").is_displayed()  # a reason only for a verdict
        dialog.find_element(By.CSS_SELECTOR, 'input[value="reject"]').click()
        dialog.find_element(By.NAME, "comment").send_keys("只用于登录，不是收集目的 <script>window.__pwned=9</script>")
        dialog.find_element(By.ID, "rv-submit").click()
        wait(driver, ".badge.b-reject")
        assert "rejected" in driver.find_element(By.CSS_SELECTOR, f'li.fact[data-iri="{fact_iri}"]').text
        assert driver.execute_script("return window.__pwned") is None

    # re-ingest a changed text: a new version, offsets shifted; the review must follow its passage
    changed = ZH_POLICY.replace("更新日期：2024年3月1日", "更新日期：2024年9月1日\n\n本次更新补充了第三方SDK的说明，请您仔细阅读。")
    (folder / "zh_xinghe_notes.txt").write_text(changed, encoding="utf-8")
    policykg(store, "ingest", str(folder / "zh_xinghe_notes.txt"))
    listed = policykg(store, "reviews", "list")
    assert listed.stdout.startswith("anchored"), listed.stdout
    with live_server(store, TOKENS) as base:
        driver.get(base + "/policies?language=zh")
        row = wait(driver, "table.policies tbody tr")
        new_docid = row.get_attribute("data-docid")
        assert new_docid != docid
        assert row.find_elements(By.CSS_SELECTOR, "td.num")[0].text == "2"  # two versions
        row.find_element(By.CSS_SELECTOR, "a.open").click()
        wait(driver, "#text")
        rejected = driver.find_elements(By.CSS_SELECTOR, ".badge.b-reject")
        assert rejected, "the review is still applied on the new version"
        assert "2024-09-01" in driver.find_element(By.CSS_SELECTOR, ".meta .date").text
        driver.save_screenshot(str(tmp_path / "reader-after-reingest.png"))
    facts = policykg(store, "facts").stdout
    import json

    record = next(r for r in json.loads(facts)["policies"] if r["file"] == "zh_xinghe_notes.txt")
    assert record["reviewed"]["by"] == ["alice"]


def test_hostile_policy_text_never_runs(driver, corpus) -> None:
    _, store = corpus
    with live_server(store, None) as base:
        driver.get(base + "/policies?q=Evil")
        link = wait(driver, "table.policies a.open")
        link.click()
        text = wait(driver, "#text")
        assert "<script>window.__pwned = 1" in text.text  # shown as text
        assert driver.execute_script("return window.__pwned") is None
        assert driver.title != "PWNED"
        for item in driver.find_elements(By.CSS_SELECTOR, ".panel .item")[:5]:
            item.click()
        for mark in driver.find_elements(By.CSS_SELECTOR, "mark.ev")[:5]:
            mark.click()
        assert driver.execute_script("return window.__pwned") is None
        # reading is open, reviewing is off: no review buttons, and a POST is refused
        assert not driver.find_elements(By.CSS_SELECTOR, "button.rv")


def test_facet_more_link_expands_and_keeps_the_filters(driver, corpus) -> None:
    _, store = corpus
    with live_server(store, None) as base:
        driver.get(base + "/policies?language=en")
        assert wait(driver, "#total").text == "2"
        facet = driver.find_element(By.ID, "facet-verdict")
        shown = len(facet.find_elements(By.CSS_SELECTOR, "li.req-group"))
        more = facet.find_element(By.CSS_SELECTOR, "a.more")
        distinct = int(more.text.split()[1])
        assert shown < distinct  # the checklist has more requirements than the short list shows
        more.click()
        facet = wait(driver, "#facet-verdict")
        assert "_facet_size=max" in driver.current_url and "language=en" in driver.current_url
        assert driver.find_element(By.ID, "total").text == "2"
        groups = facet.find_elements(By.CSS_SELECTOR, "li.req-group")
        assert len(groups) == distinct
        # pick a verdict from the part of the list the short view hid: filter applied, list still full
        chip = groups[-1].find_element(By.CSS_SELECTOR, "a.chip")
        wanted, count = chip.get_attribute("data-value"), int(chip.text.split()[-1])
        chip.click()
        assert wait(driver, "#total").text == str(count)
        assert "_facet_size=max" in driver.current_url
        assert driver.find_elements(By.CSS_SELECTOR, f'#facet-verdict a.chip.chosen[data-value="{wanted}"]')
        # a text search from here keeps the filters and the full list
        box = driver.find_element(By.NAME, "q")
        box.send_keys("email")
        box.submit()
        wait(driver, "#total")
        assert "_facet_size=max" in driver.current_url and "language=en" in driver.current_url
        assert "verdict=" in driver.current_url and "q=email" in driver.current_url
        driver.find_element(By.CSS_SELECTOR, "#facet-verdict a.fewer").click()  # back to the short list, filters kept
        wait(driver, "#total")
        assert "_facet_size" not in driver.current_url and "q=email" in driver.current_url and "verdict=" in driver.current_url
        assert len(driver.find_elements(By.CSS_SELECTOR, "#facet-verdict li.req-group")) < distinct
