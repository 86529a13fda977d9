"""The event-type registry is the one place type knowledge lives: the shapes and the vocabulary agree with it."""

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS, SH

from kb import eventtypes
from kb.model import EVENT_TYPES, RECORD_TYPES, SUBTYPES
from kb.rdf.namespaces import KB, SEM

ROOT = Path(__file__).resolve().parent.parent


def _sh_in_lists(path: Path, predicate: URIRef) -> list[list]:
    g = Graph().parse(path)
    out = []
    for prop in g.subjects(SH.path, predicate):
        for lst in g.objects(prop, SH["in"]):
            out.append(list(Collection(g, lst)))
    return out


def test_event_shape_lists_exactly_the_registered_types():
    (names,) = _sh_in_lists(ROOT / "shapes" / "events.ttl", KB.eventType)
    assert sorted(str(n) for n in names) == sorted(eventtypes.names())


def test_claim_shape_counts_every_registered_class():
    (classes,) = _sh_in_lists(ROOT / "shapes" / "claims.ttl", KB.countedType)
    assert sorted(classes) == sorted(KB[n] for n in eventtypes.names())


def test_vocabulary_hierarchy_is_the_registry_hierarchy():
    g = Graph().parse(ROOT / "kb" / "vocab.ttl")
    for t in eventtypes.TYPES.values():
        parents = set(g.objects(KB[t.name], RDFS.subClassOf))
        assert parents == {KB[t.parent] if t.parent else SEM.Event}, t.name


def test_model_tables_derive_from_the_registry():
    assert EVENT_TYPES == eventtypes.names()
    assert SUBTYPES == {"Visit": ("StateVisit",), "Election": ("ReElection",)}
    assert RECORD_TYPES["ArmedConflictStart"] == ("Other", "WarStart")
    assert "Meeting" not in RECORD_TYPES  # a type recorded under its own name is not listed


def test_counts_and_families():
    assert set(eventtypes.counted_as("Meeting")) == {"Meeting", "Visit", "StateVisit", "Summit"}
    assert eventtypes.counted_as("PhoneCall") == ("PhoneCall",)
    assert eventtypes.family("Summit") == eventtypes.family("Meeting")
    assert eventtypes.family("Parade") == "Parade"
    assert eventtypes.with_subtypes("Election") == ("Election", "ReElection")
    # every broader kind a type counts as is itself a registered, countable type
    for t in eventtypes.TYPES.values():
        for broader in t.counts_as:
            assert eventtypes.TYPES[broader].countable, (t.name, broader)
