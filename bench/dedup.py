"""Dedup benchmark: 100,000 generated contacts with ~5 % injected duplicates, one self-dedup pass.

Prints precision and recall of automatic merges and of the review queue, the wall time and the
peak memory of the pass. Goals (issue "Deduplication and merge"): auto precision >= 0.995,
auto recall >= 0.90, the 100k pass under 60 s and under 1 GiB. Prints, never asserts.

The tarjetero is a real SQLite file in a temp dir, filled with *direct inserts* into the tables
the pass reads (contacts, emails, phones, addresses) in 5,000-row transactions: `save_many`
also builds the full-text and typo indexes, which the dedup pass never reads and which would
make the set-up ~10x slower than the pass itself. The pass runs in a fresh child process so its
peak RSS is its own.

Usage: .venv/bin/python bench/dedup.py [--contacts 100000] [--dup-rate 0.05] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cardbox.model import utcnow
from cardbox.phones import normalize
from cardbox.store import Store
from cardbox.text import squash

GIVEN_F = (
    "María Carmen Ana Laura Lucía Marta Cristina Isabel Elena Paula Sara Raquel Pilar Rocío Beatriz Silvia "
    "Patricia Nuria Irene Alicia Mercedes Rosa Sofía Teresa Julia Eva Inés Claudia Andrea Natalia Sarah Emma "
    "Olivia Emily Jessica Hannah Charlotte Alice Grace Lucy Montserrat Lorena Noelia Verónica Susana Yolanda"
).split() + ["María José", "María del Carmen", "Ana Belén", "María Luisa", "María Ángeles", "Mari Carmen"]
GIVEN_M = (
    "José Antonio Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Pedro "
    "Ángel Sergio Fernando Jorge Luis Alberto Álvaro Adrián Diego Raúl Iván Rubén Óscar Andrés Ignacio James "
    "John Robert Michael William Thomas Richard Mark Paul Peter Enrique Ramón Vicente Joaquín Santiago Emilio"
).split() + ["José Luis", "José Antonio", "Juan Carlos", "Francisco Javier", "José Manuel", "Miguel Ángel"]
SURNAMES = (
    "García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz "
    "Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano "
    "Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido "
    "Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera "
    "Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero "
    "Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona "
    "Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Smith Jones Taylor "
    "Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood "
    "Jackson Clarke Murphy Kelly O'Brien Walsh"
).split()
WORDS = (
    "Innovación Textil Grupo Tecnologías Soluciones Ingeniería Logística Consultores Digital Energía Solar "
    "Alimentación Distribuciones Construcciones Servicios Sistemas Industrial Médica Farma Agro Marina Atlántica "
    "Mediterránea Ibérica Norte Sur Levante Castilla Andaluza Gallega Vasca Datos Redes Software Diseño Moda "
    "Calzados Vinos Aceites Turismo Hoteles Viajes Seguros Finanzas Capital Inversiones Abogados Asesores"
).split()
LEGAL = ["S.L.", "S.A.", "SL", "SLU", "S.A.U.", "", "", "Ltd", "S. Coop."]
CITIES = (
    "Madrid Barcelona Valencia Sevilla Zaragoza Málaga Murcia Palma Bilbao Alicante Córdoba Valladolid Vigo "
    "Gijón Granada Vitoria Coruña Elche Oviedo Pamplona Santander Burgos Salamanca Logroño León Cádiz London "
    "Manchester Dublin"
).split()
TITLES = (
    "Directora Comercial;Director General;Jefe de Ventas;Responsable de Compras;Key Account Manager;CEO;CTO;"
    "Ingeniera de Proyectos;Consultor Senior;Sales Manager;Marketing Manager;Técnico Comercial;Gerente"
).split(";")
WEBMAIL = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "icloud.com"]


def zipf_choice(rng: random.Random, items: list[str]) -> str:
    """Common surnames are much more common (García is ~50x the tail)."""
    i = int(len(items) * (rng.random() ** 2.2))
    return items[min(i, len(items) - 1)]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.mobiles: set[str] = set()
        self.emails: set[str] = set()
        self.orgs = [self._org(i) for i in range(6000)]

    def _org(self, i: int) -> dict[str, str]:
        rng = self.rng
        name = " ".join(rng.sample(WORDS, rng.choice((1, 2, 2, 3))))
        legal = rng.choice(LEGAL)
        key = squash(name).replace(" ", "")[:20] + str(i)
        return {
            "name": f"{name} {legal}".strip(),
            "domain": f"{key}.{rng.choice(['es', 'es', 'com'])}",
            "city": rng.choice(CITIES),
            "switchboard": f"+349{rng.randrange(10**7, 10**8)}",
        }

    def _unique(self, pool: set[str], make) -> str:  # type: ignore[no-untyped-def]
        while True:
            v = make()
            if v not in pool:
                pool.add(v)
                return v

    def _email(self, local: str, domain: str) -> str:
        base = squash(local).replace(" ", ".")
        return self._unique(
            self.emails, lambda: f"{base}{self.rng.choice(['', '', str(self.rng.randrange(99))])}@{domain}"
        )

    def person(self) -> dict:
        rng = self.rng
        given = rng.choice(GIVEN_F if rng.random() < 0.5 else GIVEN_M)
        family = [zipf_choice(rng, SURNAMES)] + ([zipf_choice(rng, SURNAMES)] if rng.random() < 0.8 else [])
        org = rng.choice(self.orgs)
        p = {
            "given": given,
            "family": " ".join(family),
            "org": org["name"],
            "title": rng.choice(TITLES),
            "city": org["city"],
            "emails": [],
            "phones": [],
        }
        first_family = family[0]
        if rng.random() < 0.8:
            p["emails"].append(self._email(f"{given.split()[0]} {first_family}", org["domain"]))
        if rng.random() < 0.25:
            p["emails"].append(self._email(f"{given.split()[0]} {first_family}", rng.choice(WEBMAIL)))
        if rng.random() < 0.15:
            p["emails"].append(f"info@{org['domain']}")
        if rng.random() < 0.85:
            p["phones"].append((self._unique(self.mobiles, lambda: f"+346{rng.randrange(10**7, 10**8)}"), "cell"))
        if rng.random() < 0.5:
            p["phones"].append((org["switchboard"], "work"))
        return p


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def _ocr(rng: random.Random, text: str) -> str:
    for a, b in (("rn", "m"), ("m", "rn"), ("o", "0"), ("l", "1")):
        if a in text and rng.random() < 0.7:
            return text.replace(a, b, 1)
    return text


def _national(e164: str) -> str:
    digits = e164[3:]
    return f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"


def duplicate(gen: Generator, p: dict, kind: str) -> dict:
    """A second card of the same person, as it would arrive from a scan or an old export."""
    rng = gen.rng
    d = json.loads(json.dumps(p))
    if kind == "typo":
        d["family"] = " ".join([_typo(rng, d["family"].split()[0])] + d["family"].split()[1:])
    elif kind == "ocr":
        d["family"] = _ocr(rng, d["family"])
        d["emails"] = [_ocr(rng, e) if rng.random() < 0.3 else e for e in d["emails"]]
    elif kind == "dropped":
        d["family"] = d["family"].split()[0]
        if " " in d["given"] and rng.random() < 0.5:
            d["given"] = d["given"][0] + ". " + d["given"].split(" ", 1)[1]
    elif kind == "newjob":
        org = rng.choice(gen.orgs)
        personal = [e for e in p["emails"] if e.split("@")[1] in WEBMAIL]
        mobiles = [ph for ph in p["phones"] if ph[1] == "cell"]
        d.update(org=org["name"], title=rng.choice(TITLES), city=org["city"])
        d["emails"] = personal + [gen._email(f"{d['given'].split()[0]} {d['family'].split()[0]}", org["domain"])]
        d["phones"] = mobiles + ([(org["switchboard"], "work")] if rng.random() < 0.5 else [])
    elif kind == "format":
        d["emails"] = [e.upper() if rng.random() < 0.5 else e for e in d["emails"]]
        d["phones"] = [(normalize(_national(ph)), t) for ph, t in d["phones"]]
    return d


def write(conn, rows: list[tuple[int, dict]]) -> None:  # type: ignore[no-untyped-def]
    now = utcnow().isoformat()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO contacts(id, uid, full_name, given_names, family_names, org, title, sort_name, created_at, "
        "updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                i,
                f"urn:uuid:bench-{i}",
                f"{p['given']} {p['family']}",
                p["given"],
                p["family"],
                p["org"],
                p["title"],
                squash(p["given"] + " " + p["family"]),
                now,
                now,
            )
            for i, p in rows
        ],
    )
    conn.executemany(
        "INSERT INTO emails(contact_id, pos, address, norm, type) VALUES (?,?,?,?,?)",
        [(i, k, e, e.lower(), "work") for i, p in rows for k, e in enumerate(p["emails"])],
    )
    conn.executemany(
        "INSERT INTO phones(contact_id, pos, e164, type) VALUES (?,?,?,?)",
        [(i, k, ph, t) for i, p in rows for k, (ph, t) in enumerate(p["phones"])],
    )
    conn.executemany(
        "INSERT INTO addresses(contact_id, pos, city, city_norm) VALUES (?,?,?,?)",
        [(i, 0, p["city"], squash(p["city"])) for i, p in rows],
    )
    conn.execute("COMMIT")


def build(path: Path, n: int, dup_rate: float, seed: int, kinds_out: dict[int, str] | None = None) -> dict[int, int]:
    """Fill the tarjetero; returns contact id -> person id (the truth); `kinds_out` gets id -> dup kind."""
    gen = Generator(seed)
    kinds = ["typo", "ocr", "dropped", "newjob", "format"]
    n_dup = int(n * dup_rate)
    people = [gen.person() for _ in range(n - n_dup)]
    cards = [(k, p) for k, p in enumerate(people)]
    for _ in range(n_dup):
        k = gen.rng.randrange(len(people))
        kind = gen.rng.choice(kinds)
        cards.append((k, {**duplicate(gen, people[k], kind), "kind": kind}))
    gen.rng.shuffle(cards)
    truth = {}
    store = Store.open(path)
    for start in range(0, len(cards), 5000):
        chunk = [(start + j + 1, p) for j, (_, p) in enumerate(cards[start : start + 5000])]
        write(store.conn, chunk)
        truth.update({start + j + 1: k for j, (k, _) in enumerate(cards[start : start + 5000])})
        if kinds_out is not None:
            kinds_out.update({i: p["kind"] for i, p in chunk if "kind" in p})
    store.close()
    return truth


def run_pass(path: Path) -> None:
    """Child process: the self-dedup pass; prints one JSON line."""
    from cardbox.dedup import scan_tarjetero

    store = Store.open(path)
    start = time.perf_counter()
    auto, review, compared = [], [], 0
    for ev in scan_tarjetero(store):
        compared = max(compared, ev.done)
        c = ev.payload
        if c is not None:
            (auto if c.decision == "auto" else review).append((c.contact_id, c.other_id))
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"wall": wall, "peak": peak, "auto": auto, "review": review, "compared": compared}))


def pr(found: list[tuple[int, int]], truth: dict[int, int], true_pairs: int) -> tuple[float, float, int]:
    good = sum(1 for a, b in found if truth[a] == truth[b])
    return (good / len(found) if found else 1.0), (good / true_pairs if true_pairs else 1.0), good


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--dup-rate", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pass-only", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.pass_only:
        run_pass(args.pass_only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tarjetero.sqlite3"
        t0 = time.perf_counter()
        kinds: dict[int, str] = {}
        truth = build(path, args.contacts, args.dup_rate, args.seed, kinds)
        print(f"built {len(truth)} contacts by direct inserts in {time.perf_counter() - t0:.1f} s")
        groups: dict[int, int] = {}
        for person in truth.values():
            groups[person] = groups.get(person, 0) + 1
        true_pairs = sum(k * (k - 1) // 2 for k in groups.values())
        out = subprocess.run(
            [sys.executable, __file__, "--pass-only", str(path)], capture_output=True, text=True, check=True
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
    ap_, ar, ag = pr(res["auto"], truth, true_pairs)
    rp, rr, rg = pr(res["review"], truth, true_pairs)
    print(f"true duplicate pairs: {true_pairs}; pairs compared: {res['compared']}")
    print(f"auto:   {len(res['auto'])} pairs, precision {ap_:.4f}, recall {ar:.4f} (goal >= 0.995 / >= 0.90)")
    print(f"review: {len(res['review'])} pairs, precision {rp:.4f}, recall {rr:.4f}")
    print(f"auto + review recall: {(ag + rg) / true_pairs if true_pairs else 1:.4f}")
    found = {tuple(sorted(p)) for p in res["auto"]}
    originals = {truth_id: cid for cid, truth_id in truth.items() if cid not in kinds}
    for kind in sorted(set(kinds.values())):
        dups = [cid for cid, k in kinds.items() if k == kind]
        hit = sum(1 for cid in dups if tuple(sorted((cid, originals[truth[cid]]))) in found)
        print(f"  auto recall for '{kind}' duplicates: {hit / len(dups):.3f} ({hit}/{len(dups)})")
    print(f"pass wall time {res['wall']:.1f} s (goal < 60 s), peak RSS {res['peak'] / 2**20:.0f} MiB (goal < 1024 MiB)")
    print("timings measured on a shared 2-core machine with other jobs running: pessimistic")


if __name__ == "__main__":
    main()
