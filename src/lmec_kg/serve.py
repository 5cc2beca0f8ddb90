"""A read-only SPARQL 1.1 Protocol endpoint over a built graph, with an offline query page.

Design: Oxigraph's own server (the ``oxigraph`` binary the ``oxigraph`` package ships, run as
``oxigraph serve-read-only --union-default-graph``) evaluates every query, on a private
loopback port; a thin gateway from the standard library (``http.server``) stands in front of
it on the public address. The alternative, a Python web framework over pyoxigraph, was
rejected: pyoxigraph cannot cancel a running query, so a slow query would hold a thread and a
core for as long as it runs, and the framework would be a new dependency. The binary gives
the SPARQL engine, query cancellation (``--timeout-s``) and the read-only store; what it lacks
and the gateway adds, in this module's few hundred lines:

* a cap on result rows and a time limit that end in a clean HTTP error. Oxigraph streams
  results, so its own timeout cuts a response that has already started with ``200 OK``, and it
  has no row cap. The gateway asks Oxigraph for line-based results (SPARQL TSV for
  SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE), counts lines as they arrive, stops at the cap
  or the deadline and answers 413 or 503 with a message that says which limit was hit;
  otherwise it re-serialises the (bounded) answer with pyoxigraph in the format the client's
  ``Accept`` header asks for: SPARQL JSON, XML, CSV or TSV; Turtle, JSON-LD, N-Triples or
  RDF/XML.
* the project's prefixes (``lmec:``, ``kg:``, ``schema:`` ...) predeclared, as in
  ``lmec-kg query``; syntax errors come back as 400 with the parser's message, line numbers
  counted in the client's own text.
* refusal of writes with a clear message: SPARQL UPDATE (403) and Graph Store writes (405).
  Graph Store reads (``GET /store?graph=...``, a download of one graph) are passed to Oxigraph
  as they are, without the row cap.
* CORS headers only when asked (``cors=True``), for query tools served from elsewhere.
* the query page at ``/`` with its own JavaScript and CSS (package data under
  ``resources/serve/``; nothing from a CDN) and the canned ``queries/*.rq``, read at start-up,
  each described by its leading comment (``/queries.json``).

When ``graph`` is an RDF file it is first loaded into a temporary store folder, removed again
on close. The library never prints; the ``serve`` command reports.
"""
from __future__ import annotations

import html
import http.client
import importlib.resources
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pyoxigraph as ox

from .errors import GraphError, InputError
from .namespaces import PREFIXES
from .store import is_store_dir, rdf_format

__all__ = ["Endpoint", "CannedQuery", "read_canned_queries", "default_queries_dir", "find_oxigraph", "DEFAULT_HOST",
           "DEFAULT_PORT", "DEFAULT_TIMEOUT", "DEFAULT_MAX_ROWS"]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0  # seconds per query
DEFAULT_MAX_ROWS = 10_000  # SELECT rows or CONSTRUCT/DESCRIBE triples per answer

#: media type -> results format, for SELECT and ASK (first is the default)
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: media type -> RDF format, for CONSTRUCT and DESCRIBE (first is the default)
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
#: ``?format=`` shortcuts (for a browser's address bar)
FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_PROLOGUE_LINES = _PROLOGUE.count("\n")
_UPSTREAM_ACCEPT = "text/tab-separated-values, application/n-triples"
_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
_CHUNK = 1 << 16


# --------------------------------------------------------------------------- canned queries

@dataclass(frozen=True)
class CannedQuery:
    """A ``queries/*.rq`` file: its name, a title and description from its leading comment."""

    name: str
    title: str
    description: str
    sparql: str


def _describe_rq(name: str, text: str) -> CannedQuery:
    lines = []
    for line in text.lstrip().splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        line = line.lstrip("#").strip()
        if line and not line.lower().startswith("run:"):
            lines.append(line)
    description = " ".join(lines)
    title, sep, rest = description.partition(":")
    if sep and 0 < len(title) <= 60:
        description = rest.strip()
    else:
        title = name.replace("-", " ").capitalize()
    return CannedQuery(name, title.strip(), description, text)


def default_queries_dir() -> Path | None:
    """``queries/`` of the working folder, else of the source checkout; None if neither."""
    for candidate in (Path("queries"), Path(__file__).resolve().parents[2] / "queries"):
        if candidate.is_dir():
            return candidate
    return None


def read_canned_queries(folder: str | os.PathLike | None) -> list[CannedQuery]:
    """The ``*.rq`` files of ``folder`` in name order; none if it is missing or unreadable."""
    if folder is None:
        return []
    out = []
    for path in sorted(Path(folder).glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            log.warning("skipped canned query %s: %s", path, e)
            continue
        out.append(_describe_rq(path.stem, text))
    return out


# --------------------------------------------------------------------------- content negotiation

def _accepted(accept: str | None) -> list[str]:
    """Media ranges of an Accept header, most wanted first (q=0 dropped, order kept on ties)."""
    if not accept or not accept.strip():
        return ["*/*"]
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            k, _, v = p.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(ranked)]


def negotiate(accept: str | None, table: dict) -> str | None:
    """The first media type of ``table`` the Accept header allows, or None."""
    default = next(iter(table))
    for media in _accepted(accept):
        if media in table:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            hit = next((m for m in table if m.startswith(major)), None)
            if hit:
                return hit
    return None


def _syntax_message(upstream: str) -> str:
    """Oxigraph's parser message, with line numbers counted in the client's own query."""
    msg = upstream.strip()
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.S)
    if not m:
        return msg
    line = max(1, int(m.group(1)) - _PROLOGUE_LINES)
    return f"SPARQL syntax error at line {line}, column {m.group(2)}: {m.group(3)}"


def _used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    """The project's prefixes whose namespace some IRI of ``triples`` is in."""
    iris = {t.value for tr in triples for t in (tr.subject, tr.predicate, tr.object) if isinstance(t, ox.NamedNode)}
    iris |= {tr.object.datatype.value for tr in triples if isinstance(tr.object, ox.Literal)}
    return {p: ns for p, ns in PREFIXES.items() if any(i.startswith(ns) for i in iris)}


# --------------------------------------------------------------------------- the engine process

def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary (shipped by the ``oxigraph`` package)."""
    candidates = [Path(sysconfig.get_path("scripts")) / "oxigraph", Path(sys.executable).parent / "oxigraph"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return str(c)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise GraphError("the oxigraph server binary is missing (install the `oxigraph` package: pip install oxigraph)")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the engine's process (Linux): be sent SIGTERM when the endpoint's process dies."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _load_rdf_file(path: Path, folder: Path) -> None:
    fmt = rdf_format(path)
    try:
        store = ox.Store(str(folder))
        store.bulk_load(path=str(path), format=fmt)
        store.flush()
        del store
    except (SyntaxError, ValueError, OSError) as e:
        raise GraphError(f"{path}: not valid {fmt.name}: {str(e).splitlines()[0]}") from None


# --------------------------------------------------------------------------- the endpoint

class _Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict = field(default_factory=dict)


class Endpoint:
    """The SPARQL endpoint: start it, serve until closed.

    >>> with Endpoint("build/store", port=0) as ep:          # doctest: +SKIP
    ...     threading.Thread(target=ep.serve_forever, daemon=True).start()
    ...     print(ep.url)
    """

    def __init__(self, graph: str | os.PathLike, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                 queries_dir: str | os.PathLike | None = None, cors: bool = False, oxigraph: str | None = None):
        if timeout <= 0:
            raise InputError("the query time limit must be more than 0 seconds")
        if max_rows < 1:
            raise InputError("the row cap must be at least 1")
        self.graph = Path(graph)
        self.host = host
        self.port = port
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.cors = cors  # let pages of other origins (e.g. a hosted YASGUI) read the answers
        self.canned = read_canned_queries(queries_dir if queries_dir is not None else default_queries_dir())
        self._oxigraph = oxigraph
        self._tmp: Path | None = None
        self._proc: subprocess.Popen | None = None
        self._server: ThreadingHTTPServer | None = None
        self.upstream_port: int | None = None
        #: the store folder's identity when the engine opened it: a rebuild replaces the folder
        #: (a rename), and the engine would go on answering from the old one's open files
        self._identity: tuple | None = None
        self._reload_lock = threading.Lock()
        self._retired: list[subprocess.Popen] = []  # engines on replaced stores, ending
        #: called with the folder after the engine reopened a rebuilt store (the CLI says so)
        self.on_reload = None
        self.reloads = 0

    # lifecycle -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The endpoint's base URL (the query page); queries go to ``url + 'query'``."""
        host = self.host if ":" not in self.host else f"[{self.host}]"
        if host in ("0.0.0.0", "[::]", ""):
            host = "127.0.0.1"
        return f"http://{host}:{self.port}/"

    def start(self) -> Endpoint:
        """Open the store, start the engine on a private loopback port, bind the public address."""
        try:
            handler = type("Handler", (_Handler,), {"endpoint": self})
            server_class = _IPv6Server if ":" in self.host else _Server
            try:  # the address first: a busy port is found before any loading
                self._server = server_class((self.host, self.port), handler)
            except OSError as e:
                raise InputError(f"cannot listen on {self.host}:{self.port}: {e.strerror or e}"
                                 + (" (choose another --port)" if e.errno in (98, 48, 10048) else "")) from None
            self.port = self._server.server_address[1]
            self._start_engine(self._store_folder())
        except BaseException:
            self.close()
            raise
        return self

    def serve_forever(self) -> None:
        if self._server is None:
            self.start()
        self._server.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        """Stop the gateway and the engine, remove a temporary store."""
        if self._server is not None:
            if self._server._serving:
                self._server.shutdown()
            self._server.server_close()
            self._server = None
        for proc in [self._proc, *self._retired]:
            if proc is not None:
                _stop(proc)
        self._proc = None
        self._retired = []
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> Endpoint:
        return self.start() if self._server is None else self

    def __exit__(self, *exc) -> None:
        self.close()

    def _store_folder(self) -> Path:
        p = self.graph
        if not p.exists():
            raise GraphError(f"{p}: no such graph file or store folder")
        if p.is_dir():
            if not is_store_dir(p):
                raise GraphError(f"{p}: folder is not an lmec-kg store (build one with `lmec-kg build`)")
            self._identity = _identity(p)
            return p
        self._tmp = Path(tempfile.mkdtemp(prefix="lmec-kg-serve-"))
        _load_rdf_file(p, self._tmp / "store")
        return self._tmp / "store"

    def _start_engine(self, location: Path) -> None:
        self._proc, self.upstream_port = self._launch(location)

    def _launch(self, location: Path) -> tuple[subprocess.Popen, int]:
        """An engine on ``location``, answering on a private port (stopped again if it fails)."""
        binary = self._oxigraph or find_oxigraph()
        port = free_port()
        args = [binary, "serve-read-only", "--location", str(location),
                "--bind", f"127.0.0.1:{port}", "--union-default-graph",
                "--timeout-s", str(max(1, int(self.timeout + 1.999)))]
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, preexec_fn=_die_with_parent)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                    raise GraphError(f"{location}: the SPARQL engine did not start: {err[-1] if err else 'no reason given'}")
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                    conn.request("GET", "/query?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
                    if conn.getresponse().status == 200:
                        conn.close()
                        # drain the engine's stderr so it can never block on a full pipe
                        threading.Thread(target=proc.stderr.read, daemon=True).start()
                        return proc, port
                    conn.close()
                except OSError:
                    pass
                time.sleep(0.05)
            raise GraphError(f"{location}: the SPARQL engine did not answer within 30 s")
        except BaseException:
            _stop(proc)
            raise

    def refresh(self) -> bool:
        """Reopen the store folder if a build replaced it since the engine opened it (checked
        before every query: one stat). Queries already running finish on the old engine,
        which is stopped once they are past the time limit. True if it reopened."""
        if self._identity is None or self._proc is None:
            return False  # an RDF file, loaded once at start
        if _identity(self.graph) in (self._identity, None):
            return False  # unchanged, or mid-replacement: the old store answers meanwhile
        with self._reload_lock:
            now = _identity(self.graph)
            if now in (self._identity, None) or not is_store_dir(self.graph):
                return False
            self._identity = now  # a store that fails to open is not retried until the next build
            try:
                proc, port = self._launch(self.graph)
            except GraphError as e:
                log.warning("%s was rebuilt but cannot be opened (%s); answering from the old store", self.graph, e)
                return False
            old, self._proc, self.upstream_port = self._proc, proc, port
            self._retired.append(old)
            timer = threading.Timer(self.timeout + 2, self._retire, (old,))
            timer.daemon = True
            timer.start()
            self.reloads += 1
        log.info("%s was rebuilt: reopened", self.graph)
        if self.on_reload is not None:
            self.on_reload(self.graph)
        return True

    def _retire(self, proc: subprocess.Popen) -> None:
        _stop(proc)
        with self._reload_lock:
            if proc in self._retired:
                self._retired.remove(proc)

    # queries --------------------------------------------------------------------------
    def run_query(self, sparql: str, accept: str | None, dataset: list[tuple[str, str]] = ()) -> _Answer:
        """Evaluate a query through the engine, within the time limit and the row cap."""
        self.refresh()
        started = time.monotonic()
        deadline = started + self.timeout
        body = urlencode([("query", _PROLOGUE + sparql), *dataset]).encode("utf-8")
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=self.timeout)
        try:
            try:
                conn.request("POST", "/query", body, {
                    "Content-Type": "application/x-www-form-urlencoded", "Accept": _UPSTREAM_ACCEPT})
                sock = conn.sock
                resp = conn.getresponse()
            except TimeoutError:
                return self._timed_out()
            except OSError as e:
                return _Answer(502, f"The SPARQL engine is not answering: {e}\n".encode())
            if resp.status != 200:
                text = resp.read().decode("utf-8", "replace")
                if resp.status == 400:
                    return _Answer(400, (_syntax_message(text) + "\n").encode("utf-8"))
                return _Answer(resp.status, (text.strip() + "\n").encode("utf-8"))
            ctype = resp.getheader("Content-Type", "").split(";")[0].strip()
            graph = ctype == "application/n-triples"
            header_lines = 0 if graph else 1
            chunks, newlines = [], 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return self._timed_out()
                sock.settimeout(remaining)
                try:
                    chunk = resp.read1(_CHUNK)
                except TimeoutError:
                    return self._timed_out()
                except (OSError, http.client.HTTPException) as e:
                    return _Answer(502, f"The SPARQL engine broke off its answer: {e}\n".encode())
                if not chunk:
                    break
                chunks.append(chunk)
                newlines += chunk.count(b"\n")
                if newlines - header_lines > self.max_rows:
                    what = "triples" if graph else "rows"
                    return _Answer(413, (
                        f"The answer has more than {self.max_rows} {what}, this endpoint's cap "
                        f"(lmec-kg serve --max-rows). Add LIMIT {self.max_rows} (and OFFSET to page "
                        f"through), or narrow the query.\n").encode())
        finally:
            conn.close()
        data = b"".join(chunks)
        if data.rstrip().endswith(b"The SPARQL operation has been cancelled"):
            return self._timed_out()
        return self._reserialize(data, graph, accept)

    def _timed_out(self) -> _Answer:
        return _Answer(503, (
            f"The query ran past this endpoint's time limit of {self.timeout:g} s "
            f"(lmec-kg serve --timeout) and was stopped. Narrow it or add LIMIT.\n").encode())

    def _reserialize(self, data: bytes, graph: bool, accept: str | None) -> _Answer:
        table = GRAPH_TYPES if graph else RESULT_TYPES
        media = negotiate(accept, table)
        if media is None:
            kind = "a CONSTRUCT or DESCRIBE" if graph else "a SELECT or ASK"
            return _Answer(406, (f"Not acceptable: the Accept header ({accept}) allows none of the "
                                 f"formats {kind} answer comes in: {', '.join(table)}\n").encode())
        if media in ("text/tab-separated-values", "application/n-triples") and data:
            return _Answer(200, data, media + "; charset=utf-8")  # already in that format
        try:
            if not graph and data.strip() in (b"true", b"false"):
                results = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
                if table[media] in (ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV):
                    out = data.strip() + b"\n"
                else:
                    out = results.serialize(format=table[media])
            elif graph:
                triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
                fmt = table[media]
                prefixes = _used_prefixes(triples) if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
                out = ox.serialize(triples, format=fmt, prefixes=prefixes)
            else:
                results = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
                out = results.serialize(format=table[media])
        except (SyntaxError, ValueError) as e:
            return _Answer(502, f"The SPARQL engine's answer could not be read: {e}\n".encode())
        charset = "" if media == "application/rdf+xml" else "; charset=utf-8"
        return _Answer(200, out, media + charset)

    def store_passthrough(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        """Graph Store reads (GET/HEAD /store?graph=...) relayed to the engine, streamed."""
        self.refresh()
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=self.timeout)
        try:
            conn.request(method, handler.path, headers={"Accept": handler.headers.get("Accept", "*/*")})
            resp = conn.getresponse()
            handler.send_response(resp.status)
            for k in ("Content-Type", "Content-Length"):
                if resp.getheader(k):
                    handler.send_header(k, resp.getheader(k))
            if not resp.getheader("Content-Length"):
                handler.close_connection = True
            handler.end_headers()
            if method != "HEAD":
                while chunk := resp.read1(_CHUNK):
                    handler.wfile.write(chunk)
        finally:
            conn.close()

    def queries_json(self) -> bytes:
        doc = {
            "limits": {"timeout_s": self.timeout, "max_rows": self.max_rows},
            "prefixes": PREFIXES,
            "queries": [{"name": q.name, "title": q.title, "description": q.description, "sparql": q.sparql}
                        for q in self.canned],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _identity(folder: Path) -> tuple | None:
    """What changes when a build replaces the folder (a new one is renamed into its place)."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    _serving = False

    def serve_forever(self, poll_interval=0.5):
        self._serving = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving = False


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


def _static(name: str) -> bytes | None:
    if not re.fullmatch(r"[a-z0-9_-]+\.(html|js|css|svg)", name):
        return None
    res = importlib.resources.files("lmec_kg").joinpath("resources", "serve", name)
    try:
        return res.read_bytes()
    except (FileNotFoundError, OSError):
        return None


_READ_ONLY = ("This endpoint is read-only: SPARQL UPDATE is refused. To change the graph, "
              "edit the briefings or data/curation.yaml and run `lmec-kg build` again.\n")
_NO_WRITES = ("This endpoint is read-only: Graph Store writes (PUT, POST, DELETE) are refused. "
              "To load the graph into a triple store of your own, use `lmec-kg publish`.\n")
_QUERY_PATHS = ("/query", "/sparql")


class _Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint  # set on the subclass made per endpoint
    protocol_version = "HTTP/1.1"
    server_version = "lmec-kg"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    max_body = 10 << 20

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        log.debug("%s " + format, self.address_string(), *args)

    # replies -------------------------------------------------------------------------
    def _reply(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in answer.headers.items():
            self.send_header(k, v)
        if self.endpoint.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _text(self, status: int, message: str, headers: dict | None = None) -> None:
        self._reply(_Answer(status, message.encode("utf-8"), headers=headers or {}))

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.max_body:
            raise _Refused(413, f"The request is larger than {self.max_body >> 20} MiB.\n")
        return self.rfile.read(length) if length else b""

    # routing -------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch()

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PATCH(self) -> None:  # noqa: N802
        self._dispatch()

    def do_OPTIONS(self) -> None:  # noqa: N802 - a CORS preflight
        headers = {"Allow": "GET, HEAD, POST, OPTIONS"}
        if self.endpoint.cors:
            headers.update({"Access-Control-Allow-Methods": "GET, HEAD, POST",
                            "Access-Control-Allow-Headers": "Accept, Content-Type",
                            "Access-Control-Max-Age": "600"})
        self._reply(_Answer(204, b"", headers=headers))

    def _dispatch(self) -> None:
        try:
            self._route()
        except _Refused as e:
            self._text(e.status, str(e), e.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _route(self) -> None:
        url = urlsplit(self.path)
        path, method = url.path, self.command
        params = parse_qsl(url.query, keep_blank_values=True)
        if path == "/update":
            raise _Refused(403, _READ_ONLY)
        if path == "/store":
            if method in ("GET", "HEAD"):
                return self.endpoint.store_passthrough(self, method)
            raise _Refused(405, _NO_WRITES, {"Allow": "GET, HEAD"})
        if path in _QUERY_PATHS:
            if method in ("GET", "HEAD"):
                return self._query(params)
            if method == "POST":
                return self._query_post(params)
            raise _Refused(405, _NO_WRITES if method in ("PUT", "DELETE", "PATCH") else
                           "Use GET or POST for SPARQL queries.\n", {"Allow": "GET, HEAD, POST"})
        if method not in ("GET", "HEAD"):
            raise _Refused(405, _NO_WRITES, {"Allow": "GET, HEAD"})
        if path in ("/", "/index.html"):
            return self._page()
        if path == "/queries.json":
            return self._reply(_Answer(200, self.endpoint.queries_json(), "application/json; charset=utf-8"))
        if path.startswith("/static/"):
            name = path[len("/static/"):]
            data = _static(name)
            if data is not None:
                ctype = _STATIC_TYPES[Path(name).suffix]
                return self._reply(_Answer(200, data, ctype, {"Cache-Control": "max-age=300"}))
        raise _Refused(404, f"Not found: {path}. The SPARQL endpoint is /query; the query page is /.\n")

    def _page(self) -> None:
        page = _static("index.html") or b""
        ep = self.endpoint
        page = page.replace(b"{{limits}}", html.escape(
            f"time limit {ep.timeout:g} s per query, at most {ep.max_rows} rows per answer").encode())
        self._reply(_Answer(200, page, _STATIC_TYPES[".html"]))

    def _query_post(self, params: list[tuple[str, str]]) -> None:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if ctype == "application/sparql-update":
            raise _Refused(403, _READ_ONLY)
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise _Refused(400, "The query is not UTF-8 text.\n") from None
            return self._query(params, text)
        if ctype in ("application/x-www-form-urlencoded", ""):
            try:
                form = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                raise _Refused(400, "The form is not UTF-8 text.\n") from None
            return self._query(params + form)
        raise _Refused(415, f"Unsupported Content-Type {ctype!r}: POST a query as "
                            "application/sparql-query or application/x-www-form-urlencoded.\n")

    def _query(self, params: list[tuple[str, str]], text: str | None = None) -> None:
        names = {k for k, _ in params}
        if "update" in names:
            raise _Refused(403, _READ_ONLY)
        if text is None:
            queries = [v for k, v in params if k == "query"]
            if len(queries) != 1:
                raise _Refused(400, "Give exactly one `query` parameter (the SPARQL query text).\n")
            text = queries[0]
        if _looks_like_update(text):
            raise _Refused(403, _READ_ONLY)
        dataset = [(k, v) for k, v in params if k in ("default-graph-uri", "named-graph-uri")]
        accept = self.headers.get("Accept")
        fmt = next((v for k, v in params if k == "format"), None)
        if fmt:
            if fmt.lower() not in FORMAT_PARAM:
                raise _Refused(400, f"Unknown format {fmt!r} (use one of {', '.join(FORMAT_PARAM)}).\n")
            accept = FORMAT_PARAM[fmt.lower()]
        self._reply(self.endpoint.run_query(text, accept, dataset))


_UPDATE_START = re.compile(
    r"^(?:\s|#[^\n]*\n|(?:PREFIX\s+[^:\s]*:\s*<[^>]*>)|(?:BASE\s*<[^>]*>))*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def _looks_like_update(text: str) -> bool:
    """An update sent as a query: refused as read-only rather than as a syntax error."""
    return bool(_UPDATE_START.match(text))
