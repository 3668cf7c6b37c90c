"""Search benchmark: 100,000 generated contacts, 200 typed queries, and a 10,000-card import.

Prints p50/p95 query times (prefix, accent-free and one-typo queries) and import throughput.
Goals (issue 2): p95 < 15 ms on 100k contacts; 10k cards imported in < 10 s on 2 cores.
Usage: .venv/bin/python bench/search.py [--contacts 100000] [--cards 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people import people  # noqa: E402

from cardbox.store import Store  # noqa: E402
from cardbox.text import fold  # noqa: E402


def fill(store: Store, n: int) -> float:
    start = time.perf_counter()
    batch = []
    for c in people(n):
        batch.append(c)
        if len(batch) == 2000:
            store.save_many(batch)
            batch = []
    if batch:
        store.save_many(batch)
    return time.perf_counter() - start


def typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["sub", "del", "ins", "swap"])
    letter = rng.choice("aeiourstnl")
    if kind == "sub":
        return word[:i] + letter + word[i + 1 :]
    if kind == "del":
        return word[:i] + word[i + 1 :]
    if kind == "ins":
        return word[:i] + letter + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def queries(store: Store, n: int, seed: int = 3) -> list[tuple[str, str]]:
    """(kind, query) pairs taken from real rows: prefixes, accent-free full words, one typo."""
    rng = random.Random(seed)
    rows = store.conn.execute("SELECT full_name, org FROM contacts ORDER BY random() LIMIT ?", (n,)).fetchall()
    out = []
    for i, (name, org) in enumerate(rows):
        words = fold(f"{name} {org}").replace(".", " ").split()
        long_words = [w for w in words if len(w) >= 5] or words
        kind = ("prefix", "accent-free", "typo")[i % 3]
        if kind == "prefix":
            w = rng.choice(long_words)
            out.append((kind, w[: rng.randint(3, len(w))]))
        elif kind == "accent-free":
            out.append((kind, " ".join(fold(name).split()[:2])))
        else:
            out.append((kind, typo(rng, rng.choice(long_words))))
    return out


def time_queries(store: Store, qs: list[tuple[str, str]]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"all": []}
    for kind, q in qs:
        start = time.perf_counter()
        store.search(q, limit=50)
        elapsed = (time.perf_counter() - start) * 1000
        times.setdefault(kind, []).append(elapsed)
        times["all"].append(elapsed)
    return times


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def bench_import(tmp: Path, n: int) -> None:
    try:
        from cardbox.importer import import_files
        from cardbox.vcard import write_vcards
    except ImportError as exc:
        print(f"import of {n} cards: skipped ({exc})")
        return
    vcf = tmp / "cards.vcf"
    vcf.write_text(write_vcards(people(n, seed=11)), encoding="utf-8")
    with Store.open(tmp / "import" / "tarjetero.sqlite3") as store:
        start = time.perf_counter()
        for _ in import_files(store, [vcf]):
            pass
        elapsed = time.perf_counter() - start
        print(
            f"import of {store.count()} cards from a {vcf.stat().st_size / 1e6:.1f} MB .vcf: {elapsed:.2f} s "
            f"({store.count() / elapsed:.0f} cards/s)  goal < 10 s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--cards", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        with Store.open(tmp / "tarjetero.sqlite3") as store:
            fill_s = fill(store, args.contacts)
            print(f"filled {args.contacts} contacts in {fill_s:.1f} s ({args.contacts / fill_s:.0f}/s)")
            qs = queries(store, args.queries)
            time_queries(store, qs[:20])  # warm the page cache like a running app
            times = time_queries(store, qs)
            for kind, values in times.items():
                print(
                    f"{kind:>12}: n={len(values):3d}  p50 {pct(values, 50):6.2f} ms  p95 {pct(values, 95):6.2f} ms  "
                    f"max {max(values):6.2f} ms"
                )
            print("goal: p95 < 15 ms for all queries")
        bench_import(tmp, args.cards)


if __name__ == "__main__":
    main()
