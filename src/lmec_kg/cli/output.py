"""Shared CLI options and printing: one --format, one print_rows, one --graph."""
from __future__ import annotations

import functools
import signal
import sys
import unicodedata
from pathlib import Path

import click

from ..errors import InputError, LmecError, NothingReadError, QuerySyntaxError
from ..query import QueryResult, to_csv, to_json, to_tsv

__all__ = ["graph_option", "output_format_option", "print_result", "format_table", "fail", "stop_on_sigterm",
           "exit_code", "one_line_errors"]

DEFAULT_GRAPH = "build/store"


def stop_on_sigterm() -> None:
    """SIGTERM (a scheduler's or a container's stop) ends a command like Ctrl-C does, so its
    cleanup runs: a half-written store or export and the build's temporary files go."""
    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. under a test runner)
        pass


def _default_graph() -> str:
    if Path(DEFAULT_GRAPH).exists():
        return DEFAULT_GRAPH
    return "build/lmec-kg.ttl"


graph_option = click.option(
    "--graph", "-g", "graph", metavar="PATH", default=_default_graph, show_default="build/store",
    help="Store folder written by `build`, or an RDF file (.ttl .nt .nq .trig .jsonld .rdf).",
)

output_format_option = click.option(
    "--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
    show_default=True, help="table for reading; csv, tsv or json (SPARQL results JSON) for scripts.",
)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def format_table(columns: list[str], rows: list[list[str | None]], max_width: int = 60) -> str:
    """A plain-text table whose columns line up with Chinese text (wide characters count 2)."""
    def cell(v):
        s = "" if v is None else str(v).replace("\n", " ")
        if _width(s) > max_width:
            out, w = "", 0
            for c in s:
                w += 2 if unicodedata.east_asian_width(c) in "WF" else 1
                if w > max_width - 1:
                    break
                out += c
            s = out + "…"
        return s

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join([line, rule, *body]) + "\n"


def print_result(result: QueryResult, fmt: str) -> None:
    if result.kind == "graph":
        from ..export import serialize

        sys.stdout.buffer.write(serialize(result.triples_as_quads(), "turtle"))
        return
    if result.kind == "ask":
        click.echo(to_json(result) if fmt == "json" else ("true" if result.boolean else "false"))
        return
    if fmt == "csv":
        click.echo(to_csv(result), nl=False)
    elif fmt == "tsv":
        click.echo(to_tsv(result), nl=False)
    elif fmt == "json":
        click.echo(to_json(result), nl=False)
    else:
        click.echo(format_table(result.columns, result.values()), nl=False)
        click.echo(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})", err=True)


def fail(message: str, code: int = 1) -> None:
    """Print 'Error: …' on stderr and exit with ``code`` (no traceback)."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def exit_code(error: Exception) -> int:
    """2 when the command line itself asks for something impossible (a missing input path, a
    query that does not parse: like click's usage errors); 1 for every other failure, among
    them an output that cannot be written and a graph or curation file that cannot be used."""
    return 2 if isinstance(error, (InputError, QuerySyntaxError)) else 1


def one_line_errors(callback):
    """Wrap a command's callback so the library's errors (and a file system error nothing
    foresaw) end it with one ``Error: …`` line and :func:`exit_code`, never a traceback.

    ``lmec_kg.cli`` applies it to every command it adds: the one place errors become messages.
    """
    @functools.wraps(callback)
    def wrapper(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except NothingReadError as e:
            for line in e.skipped:
                click.echo(f"skipped {line}", err=True)
            fail(str(e), exit_code(e))
        except LmecError as e:
            fail(str(e), exit_code(e))
        except OSError as e:
            where = f"{e.filename}: " if getattr(e, "filename", None) else ""
            fail(f"{where}{e.strerror or e}", 1)
    wrapper.one_line_errors = True
    return wrapper
