"""The query page in headless Chromium: pick a canned query, run it, see the rows.

Uses the system Chromium (/usr/bin/chromium, from Debian's package) through Playwright;
never downloads a browser. Skipped, saying why, when either is missing. The page may reach
only the endpoint: any request to another host fails the test.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lmec_kg.query import query as local_query

from .test_serve_support import QUERIES, start_endpoint

CHROMIUM = Path(os.environ.get("LMEC_KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def page_endpoint(bundled_graph):
    ep, thread = start_endpoint(bundled_graph, queries_dir=QUERIES, timeout=20)
    try:
        yield ep
    finally:
        ep.close()
        thread.join(5)


def test_pick_a_canned_query_run_it_and_see_rows(browser, page_endpoint, bundled_graph, tmp_path):
    page = browser.new_page()
    foreign = []

    def guard(route):
        url = route.request.url
        if url.startswith(page_endpoint.url):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    page.route("**/*", guard)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(page_endpoint.url)
        page.wait_for_selector("#canned option[value='0']", state="attached")
        labels = page.locator("#canned option").all_inner_texts()
        posts = next(i for i, t in enumerate(labels) if t.endswith("(posts.rq)"))
        page.select_option("#canned", index=posts)
        assert "who holds which title" in page.inner_text("#canned-description")
        assert page.input_value("#query") == (QUERIES / "posts.rq").read_text(encoding="utf-8")
        page.click("#run")
        page.wait_for_selector("#result-table tbody tr", timeout=20_000)
        rows = page.locator("#result-table tbody tr").count()
        want = local_query(str(bundled_graph), (QUERIES / "posts.rq").read_text(encoding="utf-8"))
        assert rows == len(want.rows) > 0
        headers = page.locator("#result-table th").all_inner_texts()
        assert headers == want.columns
        assert f"{rows} row" in page.inner_text("#status")
        page.screenshot(path=str(tmp_path / "query-page.png"), full_page=True)

        # an error is shown, not swallowed
        page.fill("#query", "SELECT * WHERE { ?s ?p ")
        page.click("#run")
        page.wait_for_selector("#error:not([hidden])")
        assert "HTTP 400" in page.inner_text("#error") and "syntax error" in page.inner_text("#error")
    finally:
        page.close()
    assert not foreign, f"the page reached other hosts: {foreign}"
    assert not errors, errors
