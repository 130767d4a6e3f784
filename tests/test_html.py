"""The HTML report: golden files, escaping, self-containment, and a real headless browser."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, run_cli
from factcheck.pipeline import ScanOptions, run
from factcheck.render import html
from golden import EVENTS, check, event_report, rendered

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("FACTCHECK_CHROMEDRIVER", "/usr/bin/chromedriver")
HOSTILE = (
    'The <script>alert(\'pwned\')</script> bridge <img src=x onerror="alert(1)"> & "quotes" '
    "cost $1.2 billion, officials said."
)


@pytest.mark.parametrize("event", EVENTS)
def test_golden(event: str) -> None:
    check(f"{event}.html", rendered(lambda: html.render(event_report(event))))


def _hostile_report(tmp_path: Path) -> str:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "b <i>.txt").write_text("Officials said the bridge cost $2.1 billion.")
    return html.render(run([str(tmp_path)], ScanOptions(language="en")))


def test_document_text_is_escaped(tmp_path: Path) -> None:
    page = _hostile_report(tmp_path)
    assert page.count("<script>") == 1  # only the page's own filter script
    assert "<img" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "onerror=&quot;alert(1)&quot;" in page


def test_self_contained_with_hashed_inline_code() -> None:
    report = event_report("solar-plant-deal-2025")
    page = html.render(report)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    for code in (html.STYLE, html.SCRIPT):
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in page
    assert page.count('class="card"') == len(report.conflicts)


def test_cli_writes_html(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run_cli("scan", str(FIXTURES / "port-strike-2025"), "-f", "html", "-o", str(target))
    assert result.returncode == 1, result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if missing:
        pytest.skip(
            f"no headless browser: {', '.join(missing)} missing "
            "(`apt-get install chromium chromium-driver`, which `make test` tries)"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,1600",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver: Any, page: str, folder: Path) -> list[dict[str, Any]]:
    path = folder / "report.html"
    path.write_text(page, encoding="utf-8")
    driver.get_log("browser")  # drop what an earlier page logged
    driver.get(path.as_uri())
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def test_browser_loads_report_without_errors(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    report = event_report("solar-plant-deal-2025")
    errors = _open(browser, rendered(lambda: html.render(report)), tmp_path)
    assert errors == []
    cards = browser.find_elements(By.CSS_SELECTOR, "article.card")
    assert [c.get_attribute("id") for c in cards] == [c.id for c in report.conflicts]
    assert all(c.is_displayed() for c in cards)
    assert "$450 billion" in cards[1].text
    assert browser.find_elements(By.CSS_SELECTOR, "article.card mark")
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    # the filters work without a framework
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="kind"][value="money"]').click()
    visible = [c.get_attribute("id") for c in cards if c.is_displayed()]
    assert visible == [c.id for c in report.conflicts if c.kind.value != "money"]
    browser.find_element(By.CSS_SELECTOR, 'input[data-filter="status"][value="conflict"]').click()
    assert not any(c.is_displayed() for c in cards)


def test_browser_shows_hostile_text_as_text(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    errors = _open(browser, _hostile_report(tmp_path / "docs"), tmp_path)
    assert errors == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    assert not browser.find_elements(By.TAG_NAME, "img")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "<script>alert('pwned')</script>" in body
    assert 'onerror="alert(1)"' in body
