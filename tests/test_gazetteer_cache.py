"""The gazetteer index's cache file gives back exactly the index it was given, and a missing,
broken or unwritable cache only costs a rebuild."""

from __future__ import annotations

import os
import pickle
import stat

import pytest

from rashomon.extract import gazetteer, gazetteer_cache, gazetteer_keys
from rashomon.extract.gazetteer import Index, Place, _add


def small_index() -> Index:
    """Places of every kind a column can hold: no geonameid, no coordinates, shared keys."""
    index = Index()
    places = [
        Place(101, "Tal Abyad", "SY", "city", 36.6975, 38.9567, 14825, "13"),
        Place(102, "Tell Abiad", "SY", "city", 36.7, 38.95, 0, ""),
        Place(None, "Eastern Ghouta", "SY", "region", None, None, 2_000_000, "08"),
        Place(103, "Ḩamāh", "SY", "city", 35.1318, 36.7578, 460_602, "10"),
    ]
    for place in places:
        position = index.append(place)
        _add(index, place.name, position)
    _add(index, "Tal Abyad", 1)  # a second place under one key: a tuple hit
    return index


def same(a: Index, b: Index) -> None:
    assert a.columns == b.columns
    for left, right in zip(a.columns, b.columns, strict=True):
        assert [type(v) for v in left] == [type(v) for v in right]
    for table in ("exact", "loose", "skeleton"):
        assert list(getattr(a, table).items()) == list(getattr(b, table).items())  # order too


def round_trip(index: Index, tmp_path) -> Index:
    path = tmp_path / "round-trip.bin"
    gazetteer_cache.save(index, path)
    loaded = gazetteer_cache.load(path)
    assert loaded is not None
    return loaded


def test_save_then_load_gives_the_same_index(tmp_path):
    index = small_index()
    assert any(isinstance(hit, tuple) for hit in index.exact.values())
    restored = round_trip(index, tmp_path)
    same(index, restored)
    assert restored.places(restored.exact[gazetteer_keys.exact_key("Eastern Ghouta")])[0].geonameid is None


def test_key_table_answers_like_the_dict(tmp_path):
    index = small_index()
    restored = round_trip(index, tmp_path)
    for table in ("exact", "loose", "skeleton"):
        original, loaded = getattr(index, table), getattr(restored, table)
        assert len(loaded) == len(original)
        for key, hit in original.items():
            assert key in loaded and loaded[key] == hit and loaded.get(key) == hit
        for absent in ("", "nowhere", "tal", "talabyadx", "ḩ", "\udc80", 3):
            assert absent not in loaded and loaded.get(absent, "none") == "none"
        with pytest.raises(KeyError):
            loaded["nowhere"]
    assert pickle.loads(pickle.dumps(restored.exact)) == index.exact  # travels as a dict


def test_an_empty_index_round_trips(tmp_path):
    same(Index(), round_trip(Index(), tmp_path))


def test_save_then_load_and_no_temporary_file_left(tmp_path):
    path = tmp_path / "cache" / "index.bin"
    gazetteer_cache.save(small_index(), path)
    gazetteer_cache.save(small_index(), path)  # a second writer replaces it whole
    same(small_index(), gazetteer_cache.load(path))
    assert [p.name for p in path.parent.iterdir()] == ["index.bin"]


def test_missing_or_broken_file_loads_as_none(tmp_path):
    assert gazetteer_cache.load(tmp_path / "absent.bin") is None
    broken = tmp_path / "broken.bin"
    broken.write_bytes(b"not a cache file")
    assert gazetteer_cache.load(broken) is None
    gazetteer_cache.save(small_index(), broken)
    broken.write_bytes(broken.read_bytes()[:-40])  # cut short, as by a full disk
    assert gazetteer_cache.load(broken) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_read_only_directory_is_no_error(tmp_path):
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        gazetteer_cache.save(small_index(), tmp_path / "index.bin")
        assert not (tmp_path / "index.bin").exists()
    finally:
        tmp_path.chmod(stat.S_IRWXU)


def test_unwritable_cache_path_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    gazetteer_cache.save(small_index(), blocker / "rashomon" / "index.bin")  # mkdir fails: nothing raised


def test_cache_name_follows_its_inputs(tmp_path):
    source = tmp_path / "table.json"
    source.write_text("[1]")
    first = gazetteer_cache.cache_path([source], "v1")
    assert gazetteer_cache.cache_path([source], "v1") == first
    assert gazetteer_cache.cache_path([source], "v2") != first
    source.write_text("[2]")
    assert gazetteer_cache.cache_path([source], "v1") != first


def test_the_real_index_survives_the_round_trip(tmp_path):
    index = gazetteer.get_index()
    same(index, round_trip(index, tmp_path))


def test_older_caches_beyond_the_newest_few_are_removed(tmp_path):
    """Caches of other versions do not pile up: saving keeps only the newest few."""
    for age in range(5):
        old = tmp_path / f"gazetteer-old{age}.bin"
        old.write_bytes(b"x")
        os.utime(old, (1000 + age, 1000 + age))
    (tmp_path / "unrelated.txt").write_text("kept")
    path = tmp_path / "gazetteer-new.bin"
    gazetteer_cache.save(small_index(), path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["gazetteer-new.bin", "gazetteer-old3.bin", "gazetteer-old4.bin", "unrelated.txt"]
