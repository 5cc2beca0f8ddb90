"""The ``lmec-kg`` command: a click group over the library; each module adds its commands."""
from __future__ import annotations

import importlib

import click

from .. import __version__
from .output import one_line_errors, stop_on_sigterm

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="lmec-kg")
def cli():
    """Knowledge graph of Lancang-Mekong cooperation from LMEC briefings.

    Build the graph from briefings, query it with SPARQL, export it as RDF, and explore
    the network of who cooperates with whom.

    Example:

    \b
        lmec-kg build data/briefings
        lmec-kg query queries/posts.rq --format csv
    """


#: modules whose ``COMMANDS`` list is added to the group, in help order
COMMAND_MODULES = [
    "lmec_kg.cli.core",
    "lmec_kg.cli.network_cmds",
    "lmec_kg.cli.curate_cmds",
    "lmec_kg.cli.validate_cmds",
    "lmec_kg.cli.share_cmds",
]



def _guard(command: click.Command) -> None:
    """Every command (and a group's subcommands) reports errors through ``one_line_errors``."""
    if command.callback is not None and not getattr(command.callback, "one_line_errors", False):
        command.callback = one_line_errors(command.callback)
    for sub in getattr(command, "commands", {}).values():
        _guard(sub)


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(_name).COMMANDS:
        _guard(_command)
        cli.add_command(_command)


def main() -> None:
    stop_on_sigterm()
    try:
        cli(prog_name="lmec-kg")
    except OSError as e:  # a file system problem no command anticipated: one line, not a traceback
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        click.echo(f"Error: {where}{e.strerror or e}", err=True)
        raise SystemExit(1) from None
