"""Write own_dev.jsonl and own_test.jsonl from the hand-written event modules in src/.

    python eval/gold/build_gold.py          # write both files
    python eval/gold/build_gold.py --check  # exit 1 if the files differ from what src/ gives

Each module `src/eNN_*.py` holds one event's articles and their gold, written by hand. The split is
by event and fixed in SPLIT below (decided before any rule was tuned on these items; see README.md).
Changing an item of a test event changes own_test.jsonl, whose hash tests/test_gold_split.py pins.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUTPUTS = {"dev": HERE / "own_dev.jsonl", "test": HERE / "own_test.jsonl"}

# Event -> split. Each topic (swaps, hostages, tolls, evacuations, aid, elections, migrants, rescues)
# has events on both sides; about 55 % of the items are dev.
SPLIT = {
    "pow_swap_840_jun2026": "dev",
    "sudan_uneven_swap_feb2026": "dev",
    "cabo_delgado_truce_oct2025": "dev",
    "anatolia_quake_sep2026": "dev",
    "luzon_typhoon_nov2025": "dev",
    "pilgrimage_heat_may2026": "dev",
    "festival_crush_aug2026": "dev",
    "evia_wildfire_aug2026": "dev",
    "lebanon_repatriation_mar2026": "dev",
    "tajik_quake_aid_feb2027": "dev",
    "valdoria_election_oct2026": "dev",
    "lindenberg_referendum_jun2026": "dev",
    "channel_crossings_may2026": "dev",
    "laos_cave_rescue_jul2026": "dev",
    "libya_detainee_flights_nov2025": "test",
    "zamfara_pupils_mar2026": "test",
    "haiti_aid_workers_jan2026": "test",
    "assam_floods_jul2026": "test",
    "morobe_landslide_may2026": "test",
    "juba_evacuation_jan2026": "test",
    "darfur_aid_apr2026": "test",
    "port_marisa_runoff_oct2025": "test",
    "el_hierro_arrivals_sep2026": "test",
    "zonguldak_mine_feb2026": "test",
    "lampedusa_shipwreck_jun2026": "test",
}


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect() -> dict[str, list[dict[str, Any]]]:
    """Items per split, in module order; every event must have a split."""
    sys.path.insert(0, str(SRC))
    try:
        splits: dict[str, list[dict[str, Any]]] = {name: [] for name in OUTPUTS}
        for path in sorted(SRC.glob("e[0-9][0-9]_*.py")):
            module = load_module(path)
            for row in module.ITEMS:
                if row["event"] != module.EVENT:
                    raise SystemExit(f"{path.name}: item {row['id']} has event {row['event']!r}")
                splits[SPLIT[module.EVENT]].append(row)
        return splits
    finally:
        sys.path.remove(str(SRC))


def render(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    splits = collect()
    stale = []
    for name, path in OUTPUTS.items():
        content = render(splits[name])
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(path.name)
        else:
            path.write_text(content, encoding="utf-8")
            print(f"{path.name}: {len(splits[name])} items")
    if stale:
        print("out of date with src/: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
