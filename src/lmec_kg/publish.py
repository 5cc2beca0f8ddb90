"""Send the graph to a partner's triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the build goes in its own ``PUT <endpoint>?graph=<name>`` (replace): one
per briefing (``kg:graph/<id>``), ``kg:graph/entities``, ``kg:graph/curation``, and the
ontology (``ontology/lmec.ttl``) as ``kg:graph/ontology``. A PUT replaces just that graph, so
re-publishing a corrected briefing replaces its graph and nothing else, and publishing twice
leaves the same triples. Each graph travels as Turtle in one request, so a partner's store
either takes the whole graph or (on a failed request) keeps what it had: a graph is never
left half-written by us, and a re-run completes what a failed run left.

A graph that fails is named in the report and the others go on. When the endpoint as a whole
is wrong (login refused, no Graph Store at that URL, server unreachable twice in a row), the
remaining graphs are listed as not sent rather than failed one by one. HTTP basic auth comes
from the environment (``LMEC_KG_USER``, ``LMEC_KG_PASSWORD``), never from the command line.
Only the standard library (urllib) talks HTTP.
"""
from __future__ import annotations

import base64
import http.client
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from .errors import GraphError, InputError
from .export import serialize
from .graph import GRAPH_CURATION, GRAPH_ENTITIES
from .ontology import ONTOLOGY_GRAPH
from .store import open_store, rdf_format

__all__ = ["publish", "plan", "summary", "PublishReport", "GraphUpload", "GRAPH_ONTOLOGY", "DEFAULT_ONTOLOGY",
           "USER_ENV", "PASSWORD_ENV"]

GRAPH_ONTOLOGY = ONTOLOGY_GRAPH  # the graph a build's store keeps it in, sent from the file
DEFAULT_ONTOLOGY = "default"  # the project's ontology/lmec.ttl, wherever validate.ontology_path finds it
USER_ENV = "LMEC_KG_USER"
PASSWORD_ENV = "LMEC_KG_PASSWORD"
TURTLE = "text/turtle; charset=utf-8"


@dataclass
class GraphUpload:
    """One graph's fate: ``sent``, ``failed`` (with why) or ``not sent`` (the run stopped)."""

    graph: str
    triples: int
    status: str = "pending"
    error: str = ""
    seconds: float = 0.0


@dataclass
class PublishReport:
    endpoint: str
    uploads: list[GraphUpload] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "no ontology at ontology/lmec.ttl"
    fatal: str = ""  # why the run stopped early, if it did

    @property
    def sent(self) -> list[GraphUpload]:
        return [u for u in self.uploads if u.status == "sent"]

    @property
    def failures(self) -> list[GraphUpload]:
        return [u for u in self.uploads if u.status != "sent"]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def triples(self) -> int:
        return sum(u.triples for u in self.sent)


@dataclass
class _Graph:
    """One graph to send: its quads are read from the store only when it is sent."""

    name: ox.NamedNode
    triples: int
    store: ox.Store | None = None
    loaded: list[ox.Quad] | None = None

    @property
    def quads(self) -> list[ox.Quad]:
        if self.loaded is not None:
            return self.loaded
        return list(self.store.quads_for_pattern(None, None, None, self.name))


class _EndpointDown(Exception):
    """The endpoint as a whole cannot take graphs: stop sending."""

    def __init__(self, short: str, detail: str):
        super().__init__(detail)
        self.short = short


def plan(graph: str | os.PathLike | ox.Store, ontology: str | os.PathLike | None = DEFAULT_ONTOLOGY,
         notes: list[str] | None = None) -> list[_Graph]:
    """The graphs to send, in order: briefings (by name), entities, curation, ontology."""
    store = graph if isinstance(graph, ox.Store) else open_store(graph)
    names = sorted(store.named_graphs(), key=lambda g: g.value)
    default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
    if default is not None:
        raise GraphError(
            f"{graph}: the graph has triples outside named graphs (a Turtle or N-Triples file keeps "
            "no graphs); publish the store folder (build/store) or an N-Quads/TriG export instead")
    last = {GRAPH_ENTITIES.value: 1, GRAPH_CURATION.value: 2}
    names.sort(key=lambda g: (last.get(g.value, 0), g.value))
    counts = {sol["g"]: int(sol["n"].value) for sol in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    out = [_Graph(g, counts.get(g, 0), store) for g in names if g != GRAPH_ONTOLOGY]
    if ontology == DEFAULT_ONTOLOGY:
        ontology = _project_ontology()
    if ontology is not None:
        path = Path(ontology)
        if path.is_file():
            try:
                quads = list(dict.fromkeys(ox.Quad(t.subject, t.predicate, t.object, GRAPH_ONTOLOGY)
                                           for t in ox.parse(path=str(path), format=rdf_format(path))))
                out.append(_Graph(GRAPH_ONTOLOGY, len(quads), loaded=quads))
            except (SyntaxError, ValueError, OSError) as e:
                raise GraphError(f"{path}: cannot read the ontology: {str(e).splitlines()[0]}") from None
        elif notes is not None:
            notes.append(f"no ontology at {path}: the ontology graph was not sent")
    return out


def _project_ontology() -> Path:
    try:
        from .validate import ontology_path

        return ontology_path()
    except Exception:  # noqa: BLE001 - no ontology to be found is a note, not an error
        return Path("ontology/lmec.ttl")


def _auth_header(env: dict | None = None) -> str | None:
    env = os.environ if env is None else env
    user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
    if not user and not password:
        return None
    if not user:
        raise InputError(f"{PASSWORD_ENV} is set but {USER_ENV} is not")
    token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
    return f"Basic {token}"


def _check_url(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint "
                         "(e.g. http://localhost:7878/store for Oxigraph, http://host:3030/DATASET/data for Fuseki)")
    if parts.fragment:
        raise InputError(f"{endpoint!r}: the endpoint URL cannot have a #fragment")
    return endpoint


def _graph_url(endpoint: str, graph: ox.NamedNode) -> str:
    sep = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{sep}graph={quote(graph.value, safe='')}"


def _reason(e: BaseException) -> str:
    """A one-line reason for a failed request."""
    if isinstance(e, urllib.error.HTTPError):
        try:
            body = e.read(2000).decode("utf-8", "replace").strip().splitlines()
        except (OSError, http.client.HTTPException):
            body = []
        detail = f": {body[0][:200]}" if body else ""
        return f"HTTP {e.code} {e.reason}{detail}"
    if isinstance(e, urllib.error.URLError):
        e = e.reason if isinstance(e.reason, BaseException) else e
        if isinstance(e, str):
            return e
    if isinstance(e, socket.gaierror):
        return f"unknown host ({e.strerror})"
    if isinstance(e, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(e, (TimeoutError, socket.timeout)):
        return "no answer in time"
    if isinstance(e, (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected)):
        return "the server closed the connection"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def _connection_error(e: BaseException) -> bool:
    if isinstance(e, urllib.error.HTTPError):
        return False
    return isinstance(e, (urllib.error.URLError, OSError, http.client.HTTPException))


def publish(endpoint: str, graph: str | os.PathLike | ox.Store = "build/store", *,
            ontology: str | os.PathLike | None = DEFAULT_ONTOLOGY, timeout: float = 120.0,
            env: dict | None = None,
            progress: Callable[[GraphUpload, int, int], None] | None = None) -> PublishReport:
    """PUT each named graph (and the ontology) to a Graph Store endpoint; a report of each.

    Parameters
    ----------
    endpoint : the Graph Store URL (Oxigraph: ``http://host:7878/store``; Fuseki:
        ``http://host:3030/DATASET/data``); ``?graph=<name>`` is added per graph.
    graph : a store folder, an N-Quads/TriG file, or an open store.
    ontology : RDF file sent as ``kg:graph/ontology`` (default: the project's ``ontology/lmec.ttl``);
        skipped with a note if missing; None: not sent.
    env : where to read ``LMEC_KG_USER``/``LMEC_KG_PASSWORD`` (default: the environment).
    progress : called after each graph with (upload, done, total).

    Raises InputError for a URL that is not http(s) and GraphError for a graph that cannot be
    read, before anything is sent; failed uploads are reported, not raised.
    """
    endpoint = _check_url(endpoint)
    auth = _auth_header(env)
    report = PublishReport(endpoint)
    parts = urlsplit(endpoint)
    if auth and parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        report.notes.append("the login goes over plain http: anyone on the way can read it (use https)")
    graphs = plan(graph, ontology, report.notes)
    report.uploads = [GraphUpload(g.name.value, g.triples) for g in graphs]
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    connection_failures = 0
    for i, (g, up) in enumerate(zip(graphs, report.uploads)):
        if report.fatal:
            up.status, up.error = "not sent", f"not sent: {report.fatal}"
            continue
        started = time.monotonic()
        try:
            _put(opener, endpoint, g, auth, timeout)
            up.status = "sent"
            connection_failures = 0
        except _EndpointDown as e:
            up.status, up.error = "failed", str(e)
            report.fatal = e.short
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as e:
            up.status, up.error = "failed", _reason(e)
            if _connection_error(e):
                connection_failures += 1
                if connection_failures >= 2 or (i == 0 and isinstance(getattr(e, "reason", e), socket.gaierror)):
                    report.fatal = "the server is not answering"
        up.seconds = time.monotonic() - started
        if progress is not None:
            progress(up, i + 1, len(graphs))
    return report


def _put(opener, endpoint: str, g: _Graph, auth: str | None, timeout: float) -> None:
    body = serialize(g.quads, "turtle")
    req = urllib.request.Request(_graph_url(endpoint, g.name), data=body, method="PUT")
    req.add_header("Content-Type", TURTLE)
    if auth:
        req.add_header("Authorization", auth)
    try:
        with opener.open(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as e:
        if e.code in (401, 403):
            how = (f"check {USER_ENV} and {PASSWORD_ENV}" if auth else
                   f"this endpoint wants a login: set {USER_ENV} and {PASSWORD_ENV}")
            raise _EndpointDown("login refused", f"login refused (HTTP {e.code}): {how}") from None
        if e.code in (404, 405, 501):
            raise _EndpointDown("not a Graph Store endpoint", f"{_reason(e)}: {endpoint} does not look like a Graph Store endpoint "
                                "(Oxigraph: .../store, Fuseki: .../DATASET/data)") from None
        raise


def summary(report: PublishReport) -> list[str]:
    """Lines for a person: what was sent, what failed and why (one line each)."""
    from .stats import curie

    lines = [f"note: {n}" for n in report.notes]
    for u in report.uploads:
        if u.status == "failed":
            lines.append(f"failed: {curie(u.graph)}: {u.error}")
    unsent = [curie(u.graph) for u in report.uploads if u.status == "not sent"]
    if report.fatal:
        shown = ", ".join(unsent[:8]) + (f" and {len(unsent) - 8} more" if len(unsent) > 8 else "")
        lines.append(f"stopped: {report.fatal}" + (f"; not sent: {shown}" if unsent else ""))
    n, total = len(report.sent), len(report.uploads)
    lines.append(f"published {n} of {total} graph{'s' if total != 1 else ''} "
                 f"({report.triples} triples) to {report.endpoint}")
    if report.failures:
        lines.append("run the same command again to send what is missing (a re-run replaces each graph, "
                     "never duplicates)")
    return lines
