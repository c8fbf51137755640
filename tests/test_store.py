"""The SQLite store: schema and migrations, round trips of every model object, errors
that name the problem, and readers that are not blocked by a writer (WAL)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from rashomon.model import (
    ActorFact,
    Article,
    AttributionFact,
    CasualtyFact,
    Extraction,
    PlaceFact,
    QuoteFact,
    Sentence,
    Slot,
    SlotValue,
    Source,
    TimeFact,
    to_dict,
)
from rashomon.store import StoreError, open_store
from rashomon.store import queries as q
from rashomon.store.base import migrations

TEXT = "Police said 12 people were killed in Mosul on Monday. \"We are shocked,\" said Ali Omar."
MONDAY, MOSUL = TEXT.index("Monday"), TEXT.index("Mosul")


def sample_extraction() -> Extraction:
    article = Article(id="a1", text=TEXT, title="Blast", outlet="Ledger", url="https://example.org/a1",
                      published=datetime(2021, 3, 2, 6, 0), published_from="metadata", source="x.jsonl:1")
    sentence = TEXT[:53]
    source = Source(primary="police", via=["Wire"], speaker="", explicit=True)
    return Extraction(
        article=article, anchor=article.published, anchor_from="published",
        sentences=[Sentence(0, 53, sentence), Sentence(54, len(TEXT), TEXT[54:])],
        casualties=[CasualtyFact("a1", 12, 21, TEXT[12:21], sentence, low=12, high=12, victims="people",
                                 source=source)],
        times=[TimeFact("a1", MONDAY, MONDAY + 6, "Monday", sentence, value="2021-03-01", granularity="day",
                        anchor="2021-03-02", happening="attack")],
        places=[PlaceFact("a1", MOSUL, MOSUL + 5, "Mosul", sentence, name="Mosul", geonameid=99072, country="IQ",
                          feature="city", latitude=36.34, longitude=43.13)],
        actors=[ActorFact("a1", 0, 6, "Police", sentence, actor="police", name="Police", role="state forces")],
        attributions=[AttributionFact("a1", 0, 11, "Police said", sentence, source=source)],
        quotes=[QuoteFact("a1", 54, 70, TEXT[54:70], TEXT[54:], quote="We are shocked,", speaker="Ali Omar",
                          speaker_key="aliomar")],
    )


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "corpus.db")
    yield s
    s.close()


def test_schema_is_versioned_and_migrations_apply_once(tmp_path):
    path = tmp_path / "corpus.db"
    first = open_store(path)
    assert first.schema_version() == max(v for v, _, _ in migrations()) >= 1
    assert first.migrate() == []  # nothing left to apply
    first.close()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "facts", "events", "assignments", "duplicates", "slots", "state",
            "schema_migrations"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_extraction_round_trip_keeps_every_fact_field(store):
    extraction = sample_extraction()
    with store.transaction():
        store.add_extractions([extraction])
    loaded = store.extractions(["a1"])["a1"]
    assert to_dict(loaded) == to_dict(extraction)
    for fact in loaded.facts():
        assert loaded.article.text[fact.start:fact.end] == fact.text


def test_slots_round_trip_with_fact_references(store):
    extraction = sample_extraction()
    fact = extraction.casualties[0]
    slot = Slot(id="casualty-1", kind="casualty", label="people killed", status="single", low=12, high=12,
                independent_sources=1, related=["casualty-2"],
                values=[SlotValue("a1", "12", [fact], 12, 12, fact.source)])
    from rashomon.store.codec import EventSummary
    from rashomon.store.events import summarise_event

    summary: EventSummary = summarise_event("ev-a1", [extraction], {}, [slot])
    with store.transaction():
        store.add_extractions([extraction])
        store.assign({"a1": "ev-a1"})
        store.save_events([summary], {"ev-a1": [slot]})
    loaded = store.slots("ev-a1", {f.id: f for f in extraction.facts()})
    assert to_dict(loaded) == to_dict([slot])
    event = store.event("ev-a1")
    assert event.event.place == "Mosul" and event.event.latitude == 36.34
    assert event.event.incident_date.isoformat() == "2021-03-01"
    assert event.event.article_ids == ["a1"] and event.reports == 1


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_extractions([sample_extraction()])
        raise RuntimeError("killed half-way")
    assert store.counts()["articles"] == 0 and store.counts()["facts"] == 0


def test_errors_name_the_sql(store):
    with pytest.raises(StoreError) as caught:
        store.execute(q.Query("SELECT x FROM nowhere"))
    assert "nowhere" in caught.value.sql and "no such table" in str(caught.value)


@pytest.mark.parametrize("case", ["missing_dir", "not_a_db", "directory", "must_exist"])
def test_unusable_paths_give_one_clear_line(tmp_path, case):
    path = {"missing_dir": tmp_path / "nope" / "x.db", "not_a_db": tmp_path / "notes.db",
            "directory": tmp_path, "must_exist": tmp_path / "absent.db"}[case]
    if case == "not_a_db":
        path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError) as caught:
        open_store(path, must_exist=case == "must_exist")
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert {"missing_dir": "does not exist", "not_a_db": "not a database", "directory": "is a directory",
            "must_exist": "no such database"}[case] in message


def test_reader_is_not_blocked_by_an_open_write_transaction(tmp_path):
    path = tmp_path / "corpus.db"
    writer = open_store(path)
    with writer.transaction():
        writer.add_extractions([sample_extraction()])
    seen: list[int] = []

    def read() -> None:
        reader = open_store(path)
        seen.append(reader.counts()["articles"])
        reader.close()

    second = sample_extraction()
    second.article.id = "a2"
    with writer.transaction():
        writer.add_extractions([second])
        thread = threading.Thread(target=read)
        thread.start()
        thread.join(timeout=5)
        assert not thread.is_alive(), "the reader waited for the writer"
    assert seen == [1]  # the committed state, not the half-written batch
    assert writer.counts()["articles"] == 2
    writer.close()


def test_lookups_are_chunked_below_the_parameter_limit(store):
    ids = [f"id{n}" for n in range(q.MAX_PARAMS * 2 + 5)]
    assert store.known(ids, ids) == ({}, {})



def test_fact_rows_encoded_elsewhere_are_stored_as_given(tmp_path):
    """The extraction workers encode fact rows; the store writes them instead of encoding
    its own, and encodes those of articles it was not given rows for."""
    from rashomon.store import codec

    extraction = sample_extraction()
    marked = [(*row[:5], "given", *row[6:]) for row in map(codec.fact_row, extraction.facts())]
    for name, given, texts in (("given", {"a1": marked}, {"given"}),
                               ("other", {"a2": marked}, {f.text for f in extraction.facts()})):
        s = open_store(tmp_path / f"{name}.db")
        with s.transaction():
            s.add_extractions([extraction], fact_rows=given)
        assert {fact.text for fact in s.extractions(["a1"])["a1"].facts()} == texts
        s.close()
