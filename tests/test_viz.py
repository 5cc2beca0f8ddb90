"""viz: the offline page at the text level (no remote references, escaping), pictures, timeline."""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from lmec_kg import network as net
from lmec_kg.errors import InputError
from lmec_kg.viz import write_page, write_picture, write_timeline
from lmec_kg.viz import page as page_mod

from .test_network import XSS, XSS_EN, fixture_store


@pytest.fixture(scope="module")
def html_text(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("viz") / "network.html"
    assert write_page(fixture_store(), out) == out
    return out.read_text(encoding="utf-8")


def _payload(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="lmec-data">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def test_no_remote_references(html_text):
    # no element loads anything: no src/href to http(s), no @import, no url() but data:
    assert not re.search(r"<(script|link|img|iframe|source|video|audio)\b[^>]*\b(src|href)\s*=", html_text, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html_text, re.I)
    assert "@import" not in html_text
    assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]*)\)", html_text))
    assert "sourceMappingURL" not in html_text
    assert "bootstrap" not in html_text.lower()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html_text).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_vis_network_inlined_and_global_network(html_text):
    assert "vis-network" in html_text or "vis.Network" in html_text
    assert html_text.count("\n<script") == 3  # data, vis-network, our script
    assert "var network = null" in html_text


def test_xss_name_is_escaped_everywhere(html_text):
    # the raw names never appear as markup: only inside JSON, with < > & escaped
    assert XSS not in html_text
    assert "<script><script>" not in html_text and XSS_EN not in html_text
    data_block = re.search(r'id="lmec-data">(.*?)</script>', html_text, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    data = _payload(html_text)
    labels = [row[1] for row in data["main"]["info"]]
    assert XSS in labels  # the name survives, as data
    assert XSS_EN in [row[2] for row in data["main"]["info"]]
    # the page script never writes text as HTML
    script = page_mod._assets.APP_JS
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


def test_json_escapes_line_separators():
    s = page_mod._script_json({"a": "x\u2028y\u2029z</script>&"})
    assert "\u2028" not in s and "\u2029" not in s and "<" not in s and "&" not in s
    assert json.loads(s) == {"a": "x\u2028y\u2029z</script>&"}


def test_title_from_user_input_is_escaped(tmp_path):
    out = write_page(fixture_store(), tmp_path / "f.html", focus=XSS, depth=1)
    text = out.read_text(encoding="utf-8")
    assert "<title>" in text and XSS not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_payload_has_facts_with_sources(html_text):
    data = _payload(html_text)
    main = data["main"]
    assert len(main["nodes"]) == 14 and len(main["edges"]) == 18
    ids = [row[0] for row in main["info"]]
    host = ids.index("organization/澜湄环境合作中心")
    facts = [f for e in main["edgeInfo"] if host in e[:2] for f in e[4]]
    assert any(f[0] == "hostedBy" and f[3] for f in facts)
    b, s = next(f[3][0] for f in facts if f[0] == "hostedBy")
    assert main["briefings"][b] in ("b-2021-03", "b-2022-05")
    assert "主办" in main["sentences"][s]
    node = main["nodes"][host]
    assert {"x", "y", "size", "color", "shape"} <= set(node)


def test_deterministic_bytes(tmp_path):
    a = write_page(fixture_store(), tmp_path / "a.html").read_bytes()
    b = write_page(fixture_store(), tmp_path / "b.html").read_bytes()
    assert a == b


def test_views_languages_and_errors(tmp_path):
    for view in net.VIEWS:
        assert write_page(fixture_store(), tmp_path / f"{view}.html", view=view).exists()
    en = write_page(fixture_store(), tmp_path / "en.html", lang="en").read_text(encoding="utf-8")
    assert _payload(en)["lang"] == "en" and '<html lang="en">' in en
    with pytest.raises(InputError, match="no node named"):
        write_page(fixture_store(), tmp_path / "x.html", focus="nobody")
    with pytest.raises(InputError, match="empty"):
        write_page(fixture_store(), tmp_path / "x.html", types="nosuchtype")
    with pytest.raises(InputError):
        write_page(fixture_store(), tmp_path / "x.html", lang="fr")


def test_large_graph_gets_overview_and_no_physics(tmp_path, monkeypatch):
    monkeypatch.setattr(page_mod, "AGGREGATE_THRESHOLD", 5)
    monkeypatch.setattr(page_mod, "PHYSICS_MAX", 5)
    data = _payload(write_page(fixture_store(), tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["alt"] is not None and data["main"]["message"] and data["alt"]["message"]
    # the overview is built by the page from the groups: department and 周军 go to 生态环境部
    ids = [row[0] for row in data["main"]["info"]]
    groups = {ids[i]: (ids[g] if g >= 0 else None) for i, g in enumerate(data["main"]["groups"])}
    assert groups["organization/生态环境部国际合作司"] == groups["person/周军"] == "organization/生态环境部"
    assert groups["person/宋萨"] == "organization/老挝自然资源与环境部" and groups["event/圆桌对话"] is None
    monkeypatch.setattr(page_mod, "FULL_MAX", 10)
    data = _payload(write_page(fixture_store(), tmp_path / "huge.html").read_text(encoding="utf-8"))
    assert data["alt"] is None and "overview" in data["main"]["message"][1].lower()


def test_layout_is_seeded_and_covers_large_graphs():
    from lmec_kg.viz.layout import layout

    G = nx.relabel_nodes(nx.connected_caveman_graph(60, 12), str)  # 720 nodes: the numpy layout
    a, b = layout(G, seed=1), layout(G, seed=1)
    assert a == b and len(a) == G.number_of_nodes()
    assert len({p for p in a.values()}) == G.number_of_nodes()  # no two nodes on the same spot


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_picture(tmp_path, fmt):
    out = write_picture(fixture_store(), tmp_path / f"n.{fmt}")
    head = out.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in out.read_bytes()[:2000]
    again = write_picture(fixture_store(), tmp_path / f"m.{fmt}")
    if fmt == "svg":
        assert out.read_bytes() == again.read_bytes()


def test_picture_errors(tmp_path):
    with pytest.raises(InputError, match="format"):
        write_picture(fixture_store(), tmp_path / "n.gif")
    with pytest.raises(InputError, match="empty"):
        write_picture(fixture_store(), tmp_path / "n.png", types="nosuchtype")


def test_timeline(tmp_path):
    G = net.entity_graph(fixture_store())
    # both dated events have participants of two countries (and two kinds): one unit each, not two
    assert net.events_per_year(G, "country") == [(2021, "多国", 1), (2022, "多国", 1)]
    assert net.events_per_year(G, "type", lang="en") == [(2021, "several kinds", 1), (2022, "several kinds", 1)]
    out = write_timeline(fixture_store(), tmp_path / "t.svg", by="type")
    assert out.stat().st_size > 1000
    with pytest.raises(InputError):
        write_timeline(fixture_store(), tmp_path / "t.png", by="nope")


def test_timeline_counts_each_event_once(tmp_path):
    import pyoxigraph as ox

    from .test_network import FIXTURE_TTL

    # without its Thai co-organiser the training is China's alone
    store = ox.Store()
    store.load(FIXTURE_TTL.replace("lmec:coOrganizedBy <organization/xss>", "").encode(),
               format=ox.RdfFormat.TURTLE)
    G = net.entity_graph(store)
    assert net.events_per_year(G, "country", lang="en") == [(2021, "China", 1), (2022, "several countries", 1)]
    assert net.events_per_year(G, "type") == [(2021, "合作中心", 1), (2022, "多类机构", 1)]
    dated = [d["years"] for _, d in G.nodes(data=True) if d["type"] == "event" and d["years"]]
    for by in ("country", "type"):
        assert sum(n for _, _, n in net.events_per_year(G, by)) == len(dated)
    assert write_timeline(store, tmp_path / "t.png").stat().st_size > 1000


def test_timeline_cli_on_the_bundled_briefings(bundled_graph):
    from click.testing import CliRunner

    from lmec_kg.cli import cli

    G = net.entity_graph(bundled_graph)
    events_2022 = sum(1 for _, d in G.nodes(data=True) if d["type"] == "event" and d["years"]
                      and min(d["years"]) == 2022)
    assert events_2022 >= 1
    for by in ("country", "type"):
        r = CliRunner().invoke(cli, ["timeline", "--graph", str(bundled_graph), "--by", by])
        assert r.exit_code == 0, r.output
        lines = r.stdout.splitlines()
        assert lines[0] == f"year,{by},events"
        assert sum(int(x.split(",")[2]) for x in lines[1:] if x.startswith("2022,")) == events_2022


def test_page_carries_every_name_for_search(html_text):
    main = _payload(html_text)["main"]
    i = [row[0] for row in main["info"]].index("organization/生态环境部")
    assert main["aliases"][i] == ["MEE"]  # the labels already shown are not repeated
    j = [row[0] for row in main["info"]].index("person/周军")
    assert main["aliases"][j] == []  # its pinyin is its English label


def test_same_page_under_other_hash_seeds(tmp_path):
    import subprocess
    import sys

    pages = []
    for seed in ("0", "4242"):
        out = tmp_path / f"p{seed}.html"
        p = subprocess.run([sys.executable, "-c", (
            "from tests.test_network import fixture_store; from lmec_kg.viz import write_page;"
            f"write_page(fixture_store(), {str(out)!r})")], capture_output=True, text=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin"}, cwd=str(Path(__file__).resolve().parents[1]))
        assert p.returncode == 0, p.stderr
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_placeholders_in_text_are_not_expanded():
    text = page_mod.render_page({"main": {"x": "%%APP_JS%%"}}, title="%%DATA%% \" <b>", titles=("%%CSP%%", "x"))
    assert text.count("var network = null") == 1  # APP_JS once, in its own script
    assert "<title>%%DATA%% &quot; &lt;b&gt;</title>" in text and 'data-zh="%%CSP%%"' in text


def test_backwards_years_on_the_command_line_are_one_clear_error(bundled_graph, tmp_path):
    from click.testing import CliRunner

    from lmec_kg.cli import cli

    for args in (["viz", "--output", str(tmp_path / "n.html")], ["timeline"],
                 ["timeline", "--output", str(tmp_path / "t.png")]):
        r = CliRunner().invoke(cli, args + ["--graph", str(bundled_graph), "--since", "2026", "--until", "2018"])
        assert r.exit_code != 0
        assert r.stderr.strip() == "Error: the years run backwards: since 2026 is after until 2018"
        assert "Traceback" not in r.output and r.stdout == ""
    assert list(tmp_path.iterdir()) == []
