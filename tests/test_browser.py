"""The HTML report and the web page in a real browser: headless Chromium (Debian's package) via Selenium.

Screenshots are saved as test artefacts under tmp/artefacts/ (git-ignored). Each page must make no
request beyond itself: the DevTools performance log lists every URL the browser asked for, and the
browser log must hold no error (a Content-Security-Policy violation is one). Where Chromium is not
installed the tests skip, except under CI (CI=true), where that is a failure: .ci/run installs it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker.extract.rules import RuleExtractor
from checker.pipeline import RunResult
from checker.report import render_html
from tests import browser
from tests.helpers import ROOT, TODAY
from tests.reports import one_seed_run, perturbed_run, perturbed_text

pytestmark = pytest.mark.browser
ARTEFACTS = ROOT / "tmp" / "artefacts"
PAGE_WAIT_S = 30  # the longest a form submission may take to show its answer page
MISSING = browser.available()
if MISSING:
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"browser tests cannot run under CI: {MISSING}")
    pytest.skip(MISSING, allow_module_level=True)


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    with browser.chromium() as driver:
        yield driver


def _fresh_log(driver: Any) -> None:
    browser.requested_urls(driver)  # drain what the browser did before this page
    driver.get_log("browser")


def _open(driver: Any, url: str) -> None:
    _fresh_log(driver)
    driver.get(url)
    assert driver.execute_script("return document.readyState") == "complete"


def _submit(driver: Any) -> None:
    """Submit the form and wait for the answer page: a click returns before the new page is there."""
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element("tag name", "html")
    driver.find_element("id", "submit").click()
    WebDriverWait(driver, PAGE_WAIT_S).until(_gone(old))
    WebDriverWait(driver, PAGE_WAIT_S).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _gone(old: Any) -> Any:
    """Selenium's staleness_of, plus chromedriver's other way of saying the same thing: while the new
    page replaces the old one it may answer 'Node with given id does not belong to the document'."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    def check(_driver: Any) -> bool:
        try:
            old.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
        return False

    return check


def _no_outside_requests(driver: Any, allowed_prefix: str, *, refused: bool = False) -> None:
    """Only the page itself was requested, and the console holds no error (a CSP violation is one).
    `refused`: the page was answered with an error status on purpose (the browser logs that too)."""
    urls = browser.requested_urls(driver)
    assert urls, "the performance log recorded nothing: the check would prove nothing"
    outside = [u for u in urls if not u.startswith(allowed_prefix) and not u.startswith("data:")]
    assert outside == []
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"
              and "favicon.ico" not in e["message"]
              and not (refused and e["source"] == "network" and e["message"].startswith(allowed_prefix))]
    assert errors == []


def _report_file(tmp_path: Path, run: RunResult, name: str) -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(render_html(run), encoding="utf-8")
    return path


def _shot(driver: Any, name: str) -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 0
    return path


def _in_view(driver: Any, element: Any) -> bool:
    return bool(driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element))


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_a_seed_report_renders_offline(chrome: Any, tmp_path: Path, prefix: str) -> None:
    path = _report_file(tmp_path, one_seed_run(prefix), f"seed-{prefix}")
    _open(chrome, path.as_uri())
    _no_outside_requests(chrome, path.as_uri())
    marks = chrome.find_elements("css selector", ".text .fig")
    assert marks and all(m.is_displayed() for m in marks[:3])
    assert chrome.find_element("css selector", "h1").text.startswith(("✓", "?"))
    _shot(chrome, f"report-seed-{prefix}")


def test_clicking_the_contradiction_highlights_its_figures(chrome: Any, tmp_path: Path) -> None:
    path = _report_file(tmp_path, perturbed_run(), "perturbed")
    _open(chrome, path.as_uri())
    _no_outside_requests(chrome, path.as_uri())
    button = chrome.find_element("css selector", ".finding.v-contradiction button.go")
    ids = button.get_attribute("data-marks").split()
    assert len(ids) == 3
    chrome.execute_script("window.scrollTo(0, document.body.scrollHeight)")  # start far from the figures
    button.click()
    marks = [chrome.find_element("id", i) for i in ids]
    assert [m.text for m in marks] == ["679✗", "390✗", "307✗"] or {m.text[:3] for m in marks} == {"679", "390",
                                                                                                  "307"}
    assert all("hl" in m.get_attribute("class").split() for m in marks)
    assert _in_view(chrome, marks[0])
    assert button.get_attribute("aria-pressed") == "true"
    _shot(chrome, "report-perturbed-clicked")
    others = chrome.find_elements("css selector", ".fig.hl")
    assert len(others) == 3  # nothing else lit


def test_the_keyboard_reaches_and_presses_a_finding(chrome: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    path = _report_file(tmp_path, perturbed_run(), "keyboard")
    _open(chrome, path.as_uri())
    body = chrome.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    focused = chrome.switch_to.active_element
    assert focused.tag_name == "button" and "go" in focused.get_attribute("class")
    outline = chrome.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    assert outline != "none"  # a visible focus ring
    focused.send_keys(Keys.ENTER)
    assert chrome.find_elements("css selector", ".fig.hl")
    focused.send_keys(Keys.ESCAPE)
    assert not chrome.find_elements("css selector", ".fig.hl")


def test_an_article_with_a_script_shows_it_as_text(chrome: Any, tmp_path: Path) -> None:
    from tests.helpers import run_text

    run = run_text("<script>document.title='owned'</script> Officials said 300 soldiers were freed on Monday.")
    path = _report_file(tmp_path, run, "script")
    _open(chrome, path.as_uri())
    assert chrome.title.startswith("Consistency report")
    assert "<script>document.title='owned'</script>" in chrome.find_element("css selector", ".text").text


@pytest.fixture
def server() -> Iterator[str]:
    from checker.serve import make

    srv = make("127.0.0.1", 0, RuleExtractor(), today=TODAY)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.port}"
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(10)


def test_the_web_page_checks_pasted_text_end_to_end(chrome: Any, server: str) -> None:
    _open(chrome, server + "/")
    _shot(chrome, "serve-form")
    text = chrome.find_element("id", "text")
    chrome.execute_script("arguments[0].value = arguments[1]", text, perturbed_text())
    text.send_keys(" ")
    chrome.execute_script("arguments[0].value = '2025-05-24'", chrome.find_element("id", "published"))
    _submit(chrome)
    assert "1 contradiction found" in chrome.find_element("css selector", "h1").text
    chrome.find_element("css selector", ".finding.v-contradiction button.go").click()
    assert chrome.find_elements("css selector", ".fig.hl")
    _no_outside_requests(chrome, server + "/")
    _shot(chrome, "serve-report")


def test_the_web_page_refuses_a_binary_upload(chrome: Any, server: str, tmp_path: Path) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _open(chrome, server + "/")
    chrome.find_element("id", "file").send_keys(str(photo))
    _submit(chrome)
    error = chrome.find_element("id", "error")
    assert error.text == "The file photo.txt was not checked: binary file, not text."
    _no_outside_requests(chrome, server + "/", refused=True)
    _shot(chrome, "serve-refused")


def test_the_request_check_sees_a_request_a_page_makes(chrome: Any, tmp_path: Path) -> None:
    """The check above can fail: a page that loads an image from elsewhere (a closed loopback port)
    shows up in the log."""
    probe = "http://127.0.0.1:9/probe.png"
    page = tmp_path / "leaky.html"
    page.write_text(f'<!DOCTYPE html><title>leaky</title><img src="{probe}" alt="">', encoding="utf-8")
    _open(chrome, page.as_uri())
    chrome.execute_script("return 1")
    assert probe in browser.requested_urls(chrome)
