"""The Turtle writer: same triples as its N-Triples input, readable names, tricky IRIs kept whole."""
from __future__ import annotations

import pyoxigraph as ox
import rdflib

from lmec_kg.namespaces import PREFIXES
from lmec_kg.turtle import to_turtle

KG = PREFIXES["kg"]
LINES = sorted([
    f'<{KG}person/李永红> <http://xmlns.com/foaf/0.1/name> "李永红"@zh',
    f'<{KG}person/李永红> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person>',
    f'<{KG}person/李永红> <http://www.w3.org/2000/01/rdf-schema#label> "Li Yonghong"@zh-Latn-pinyin',
    f'<{KG}person/李永红> <http://www.w3.org/2000/01/rdf-schema#label> "李永红"@zh',
    f'<{KG}briefing/b-1/s/10-20> <https://w3id.org/lmec-kg/ontology#startChar> "10"^^<http://www.w3.org/2001/XMLSchema#integer>',
    f'<{KG}organization/A%2FB%20中心> <https://w3id.org/lmec-kg/ontology#name> "say \\"hi\\"\\n(两行)"',
    f'<{KG}organization/ends.> <https://w3id.org/lmec-kg/ontology#name> "x"',
    f'<{KG}organization/（括号）·点> <https://w3id.org/lmec-kg/ontology#name> "y"',
    '<http://example.org/other#x> <http://example.org/p> <http://example.org/o>',
])


def _ntriples(lines):
    return "".join(f"{line} .\n" for line in lines).encode("utf-8")


def test_turtle_has_the_same_triples_in_two_parsers():
    ttl = to_turtle(LINES, PREFIXES)
    expected = {q.triple for q in ox.parse(_ntriples(LINES), format=ox.RdfFormat.N_TRIPLES)}
    assert {q.triple for q in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)} == expected
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(g) == len(LINES)


def test_names_are_abbreviated_and_grouped():
    ttl = to_turtle(LINES, PREFIXES)
    assert "\nperson:李永红 a foaf:Person ;" in ttl
    assert 'rdfs:label "Li Yonghong"@zh-Latn-pinyin ,\n\t\t"李永红"@zh' in ttl
    assert "briefing:b-1\\/s\\/10-20" in ttl and '"10"^^xsd:integer' in ttl
    assert f"<{KG}organization/ends.>" in ttl  # a local name may not end with a dot
    assert ttl.count("person:李永红") == 1


def test_output_is_a_pure_function_of_the_lines():
    assert to_turtle(LINES, PREFIXES) == to_turtle(list(LINES), dict(reversed(list(PREFIXES.items()))))


def test_language_tags_are_written_in_canonical_case():
    # Oxigraph hands tags back lower-cased; partners expect BCP 47's zh-Latn-pinyin
    lines = [f'<{KG}person/x> <http://www.w3.org/2000/01/rdf-schema#label> "Li Yonghong"@zh-latn-pinyin',
             f'<{KG}person/x> <http://www.w3.org/2000/01/rdf-schema#label> "x \\"@en\\" y"@en-gb']
    ttl = to_turtle(sorted(lines), PREFIXES)
    assert '"Li Yonghong"@zh-Latn-pinyin' in ttl and '"x \\"@en\\" y"@en-GB' in ttl
