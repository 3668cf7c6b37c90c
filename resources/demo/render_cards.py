"""Render card images for a few demo contacts with bench/cardgen (run by hand, not at runtime).

    .venv/bin/python resources/demo/render_cards.py

Writes `cards/<key>.png` (flat, upright card fronts, reduced to keep the repo small) for the
contacts listed in CARDS, from the data in demo.json: the images show exactly the demo data.
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

from cardgen.render import render_card  # noqa: E402

CARDS = {
    "lucia": "left",
    "mariajo": "band",
    "javier": "logo",
    "emily": "centred",
    "rocio": "two_columns",
    "francisco": "dark",
}
WIDTH = 700  # px: enough to read on screen, small on disk


def person(spec: dict) -> dict:
    """demo.json contact -> the dict cardgen draws."""
    street, postal, city, region, *country = spec.get("address") or ["", "", "", ""]
    lines = [
        line
        for line in (street, f"{postal} {city}".strip() + (f" ({region})" if region and region != city else ""))
        if line
    ]
    return {
        "full_name": f"{spec['given']} {spec['family']}",
        "given_name": spec["given"],
        "family_name": spec["family"],
        "title": spec["title"],
        "org": spec["org"],
        "emails": spec["emails"],
        "urls": [spec["url"].removeprefix("https://")] if spec.get("url") else [],
        "phones": [{"e164": p.replace(" ", ""), "type": "cell", "text": p, "label": "T."} for p in spec["phones"]],
        "address": {"lines": lines},
    }


def main() -> None:
    data = json.loads((HERE / "demo.json").read_text(encoding="utf-8"))
    out = HERE / "cards"
    out.mkdir(exist_ok=True)
    for spec in data["contacts"]:
        if spec["key"] not in CARDS:
            continue
        rng = random.Random(spec["key"])
        img, _ = render_card(person(spec), rng, CARDS[spec["key"]], with_qr=spec["key"] == "javier")
        img = img.resize((WIDTH, round(img.height * WIDTH / img.width)))
        buf = io.BytesIO()
        img.convert("P", palette=1, colors=64).save(buf, "PNG", optimize=True)  # few colours: small files
        (out / f"{spec['key']}.png").write_bytes(buf.getvalue())
        print(f"{spec['key']}.png {len(buf.getvalue()) // 1024} KiB")


if __name__ == "__main__":
    main()
