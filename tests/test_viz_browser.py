"""The network page in real headless Chromium: offline, complete, searchable, and inert to XSS.

Needs Debian's ``chromium`` at /usr/bin/chromium (playwright drives it; no browser is downloaded).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from lmec_kg.viz import write_page

from .test_network import XSS, XSS_EN, FIXTURE_TTL, fixture_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]

XSS_COUNTRY = "<img src=x onerror=window.__xss=2>"


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded page with what it logged, the requests it made and the dialogs it opened."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        pg = self.page
        pg.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        pg.on("pageerror", lambda e: self.errors.append(str(e)))
        pg.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            self.requests.append(r.request.url)
            if r.request.url == path.as_uri():
                r.continue_()
            else:
                r.abort()

        pg.route("**/*", route)
        pg.goto(path.as_uri())
        deadline = time.time() + 30
        while not pg.evaluate("() => window.lmecReady") and time.time() < deadline:
            time.sleep(0.05)
        assert pg.evaluate("() => window.lmecReady"), f"page never drew: {self.errors}"

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def index_of(self, node_id: str) -> int:
        return self.js("(id) => lmec.current().info.findIndex(r => r[0] === id)", node_id)

    def visible(self) -> int:
        return self.js("() => network.body.data.nodes.get({filter: n => !n.hidden}).length")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("pages")
    main = write_page(fixture_store(), d / "network.html")
    import pyoxigraph as ox

    crafted = ox.Store()
    crafted.load(FIXTURE_TTL.replace('"泰国"@zh', f'"{XSS_COUNTRY}"@zh').encode(), format=ox.RdfFormat.TURTLE)
    menus = write_page(crafted, d / "menus.html")
    from lmec_kg.viz import page as page_mod

    old = page_mod.AGGREGATE_THRESHOLD, page_mod.PHYSICS_MAX
    page_mod.AGGREGATE_THRESHOLD = page_mod.PHYSICS_MAX = 5  # as if the graph were large
    try:
        big = write_page(fixture_store(), d / "big.html")
    finally:
        page_mod.AGGREGATE_THRESHOLD, page_mod.PHYSICS_MAX = old
    return {"main": main, "menus": menus, "big": big}


@pytest.fixture(scope="module")
def bundled_page(browser, bundled_graph, tmp_path_factory):
    """The page of the bundled briefings, loaded once for the module."""
    out = write_page(bundled_graph, tmp_path_factory.mktemp("bundled-page") / "network.html")
    p = Page(browser, out)
    yield p
    p.page.close()


def _search(p: Page, query: str) -> None:
    p.page.fill("#search", query)
    p.page.press("#search", "Enter")


@pytest.fixture
def page(browser, pages):
    p = Page(browser, pages["main"])
    yield p
    p.page.close()


def test_loads_offline_without_errors_and_draws_every_node(page, pages):
    assert page.errors == []
    assert page.requests == [pages["main"].as_uri()]  # the file itself, nothing else
    assert page.js("() => network.body.data.nodes.length") == 14
    assert page.js("() => network.body.data.edges.length") == 18
    assert page.js("() => Object.keys(network.body.nodes).length") == 14  # vis built all 14
    assert page.visible() == 14
    assert page.js("() => document.querySelectorAll('#legend .item').length") == 5


def test_search_focuses_the_right_node(page):
    for query, node_id in [("老挝自然资源与环境部", "organization/老挝自然资源与环境部"),
                           ("lmec", "organization/澜湄环境合作中心"), ("Zhou Jun", "person/周军")]:
        page.page.fill("#search", query)
        page.page.press("#search", "Enter")
        assert page.js("() => network.getSelectedNodes()") == [page.index_of(node_id)]
        assert page.js("() => document.querySelector('#details h2').textContent") == \
            page.js("(i) => lmec.current().info[i][1]", page.index_of(node_id))
    page.page.fill("#search", "没有这个名字")
    page.page.press("#search", "Enter")
    assert "没有找到" in page.js("() => document.getElementById('search-result').textContent")


def test_click_shows_properties_and_sources(page):
    i = page.index_of("organization/澜湄环境合作中心")
    page.js("(i) => network.focus(i, {scale: 1.5, animation: false})", i)
    x, y = page.js("(i) => { const p = network.canvasToDOM(network.getPosition(i));"
                   " const r = document.getElementById('mynetwork').getBoundingClientRect();"
                   " return [r.left + p.x, r.top + p.y]; }", i)
    page.page.mouse.click(x, y)
    details = page.js("() => document.getElementById('details').textContent")
    assert "澜湄环境合作中心" in details and "LMEC" in details and "中国" in details
    assert "b-2022-05" in details and "本次对话由生态环境部指导" in details  # briefing and sentence
    assert "b-2021-03" in details and "主办" in details


def test_filters_and_language_switch(page):
    page.page.select_option("#f-type", "person")
    assert page.visible() == 2
    page.page.select_option("#f-type", "")
    page.page.select_option("#f-country", "老挝")
    assert page.visible() == 3  # Laos, its ministry, 宋萨
    page.page.click("#f-reset")
    page.page.select_option("#f-from", "2021")
    page.page.select_option("#f-to", "2021")
    hidden = page.js("() => network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert page.index_of("event/圆桌对话") in hidden and page.index_of("event/培训班") not in hidden
    page.page.click("#f-reset")
    page.page.select_option("#lang", "en")
    i = page.index_of("organization/生态环境部")
    assert page.js("(i) => network.body.data.nodes.get(i).label", i) == "Ministry of Ecology and Environment"
    assert page.js("() => document.querySelector('#f-country option[value=\"老挝\"]').textContent") == "Laos"
    assert page.js("() => document.getElementById('heading').textContent").startswith("Lancang-Mekong")
    assert page.errors == []


def test_xss_name_stays_inert(page):
    i = page.index_of("organization/xss")
    page.js("(i) => lmec.focus(i)", i)
    assert page.js("() => document.querySelector('#details h2').textContent") == XSS
    # its tooltip: hover the node and read vis-network's popup
    x, y = page.js("(i) => { const p = network.canvasToDOM(network.getPosition(i));"
                   " const r = document.getElementById('mynetwork').getBoundingClientRect();"
                   " return [r.left + p.x, r.top + p.y]; }", i)
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y)
    page.page.wait_for_timeout(600)
    tip = page.js("() => { const t = document.querySelector('.vis-tooltip'); return t ? t.textContent : null; }")
    assert tip is not None and XSS in tip
    page.page.select_option("#lang", "en")
    assert page.js("() => document.querySelector('#details h2').textContent") == XSS_EN
    page.page.fill("#search", XSS_EN)
    page.page.press("#search", "Enter")
    page.page.wait_for_timeout(200)
    assert page.js("() => document.querySelectorAll('img').length") == 0
    assert page.js("() => window.__xss") is None
    assert page.dialogs == [] and page.errors == []
    assert page.requests[1:] == []  # an <img src=x> would have asked for "x"


def test_crafted_country_in_menus_stays_text(browser, pages):
    p = Page(browser, pages["menus"])
    try:
        options = p.js("() => Array.from(document.querySelectorAll('#f-country option')).map(o => o.textContent)")
        assert XSS_COUNTRY in options
        p.page.select_option("#f-country", XSS_COUNTRY)
        assert p.visible() >= 1
        i = p.index_of("country/TH")
        p.js("(i) => lmec.focus(i)", i)
        assert p.js("() => document.querySelectorAll('img').length") == 0
        assert p.js("() => window.__xss") is None and p.dialogs == [] and p.errors == []
        assert p.requests == [pages["menus"].as_uri()]
    finally:
        p.page.close()


def test_large_view_message_and_overview_toggle(browser, pages):
    p = Page(browser, pages["big"])
    try:
        assert "14" in p.js("() => document.getElementById('message').textContent")
        assert p.js("() => network.physics.options.enabled") is False
        p.page.click("#toggle-view")
        p.page.wait_for_timeout(100)
        labels = p.js("() => lmec.current().info.map(r => r[1])")
        # organisations collapsed into their top parent; people into their organisation
        assert sorted(labels) == sorted([XSS, "澜湄环境合作中心", "生态环境部", "老挝自然资源与环境部"])
        assert p.js("() => network.body.data.nodes.length") == 4
        members = p.js("() => lmec.current().info.find(r => r[1] === '生态环境部')[8]")
        assert members == 3
        assert p.js("() => network.body.data.edges.length") == 4  # dialogue: 3 pairs; training: 1
        assert "概览" in p.js("() => document.getElementById('message').textContent")
        i = p.js("() => lmec.current().info.findIndex(r => r[1] === '生态环境部')")
        p.js("(i) => lmec.focus(i)", i)
        details = p.js("() => document.getElementById('details').textContent")
        assert "圆桌对话" in details and "b-2022-05" in details
        p.page.click("#toggle-view")
        assert p.js("() => network.body.data.nodes.length") == 14
        assert p.errors == [] and p.requests == [pages["big"].as_uri()]
    finally:
        p.page.close()


def test_search_finds_every_name_of_a_node(page):
    # an English alternative name (skos:altLabel), pinyin without its space, full-width letters
    for query, node_id in [("mee", "organization/生态环境部"), ("ＭＥＥ", "organization/生态环境部"),
                           ("zhoujun", "person/周军"), ("SOMSA", "person/宋萨")]:
        _search(page, query)
        assert page.js("() => network.getSelectedNodes()") == [page.index_of(node_id)], query
        if query == "mee":  # the details show the name it was found by
            assert "MEE" in page.js("() => document.getElementById('details').textContent")
    assert page.errors == []


def test_bundled_briefings_search_wwf_finds_the_fund(bundled_page):
    p = bundled_page
    for query in ("WWF", "wwf", "World Wildlife Fund", "世界野生生物基金会"):
        _search(p, query)
        assert p.js("() => network.getSelectedNodes()") == [p.index_of("organization/世界自然基金会")], query
        assert p.js("() => document.querySelector('#details h2').textContent") == "世界自然基金会"
    assert "WWF" in p.js("() => document.getElementById('details').textContent")
    assert p.errors == []


def test_search_without_match_clears_the_selection_and_says_so(page):
    _search(page, "MEE")
    assert page.js("() => network.getSelectedNodes()") == [page.index_of("organization/生态环境部")]
    _search(page, "没有这个名字")
    assert page.js("() => network.getSelectedNodes()") == []
    assert page.js("() => document.querySelector('#details h2')") is None  # the old details are gone
    note = page.page.locator("#search-result .nomatch")
    assert note.is_visible() and note.text_content() == "没有找到“没有这个名字”。"
    assert page.js("() => document.getElementById('search').getAttribute('aria-invalid')") == "true"
    _search(page, "周军")  # a later hit takes the note away
    assert page.js("() => document.querySelector('#search-result .nomatch')") is None
    assert page.js("() => document.getElementById('search').getAttribute('aria-invalid')") is None
    page.page.select_option("#lang", "en")
    _search(page, "nobody")
    assert page.page.locator("#search-result .nomatch").text_content() == "No match for “nobody”."
    assert page.errors == []


def test_year_range_chosen_backwards_is_swapped(page):
    page.page.select_option("#f-from", "2021")
    page.page.select_option("#f-to", "2021")
    only_2021 = page.visible()
    page.page.select_option("#f-from", "2022")  # from 2022 to 2021: the user means 2021–2022
    assert page.js("() => [document.getElementById('f-from').value, document.getElementById('f-to').value]") == \
        ["2021", "2022"]
    both = page.visible()
    page.page.click("#f-reset")
    page.page.select_option("#f-from", "2021")
    page.page.select_option("#f-to", "2022")
    assert both == page.visible() > only_2021 > 0
    assert page.errors == []


def test_overview_search_finds_aliases(browser, pages):
    p = Page(browser, pages["big"])
    try:
        p.page.click("#toggle-view")
        _search(p, "mee")
        i = p.js("() => lmec.current().info.findIndex(r => r[1] === '生态环境部')")
        assert p.js("() => network.getSelectedNodes()") == [i]
        assert p.errors == []
    finally:
        p.page.close()
