"""Drawing one business card (PIL) from a person's data, in one of several layouts."""

from __future__ import annotations

import io
import random

import segno
from PIL import Image, ImageDraw, ImageFont

CARD_W, CARD_H = 1050, 680  # 85 x 55 mm at ~314 dpi
FONT_DIR = "/usr/share/fonts/truetype"
FONTS = [
    ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
    ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
    ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
]
LAYOUTS = ["left", "centred", "right", "two_columns", "dark", "vertical", "logo", "band"]
ACCENTS = [(20, 70, 140), (160, 30, 40), (20, 110, 80), (200, 110, 20), (90, 40, 120), (40, 40, 40)]


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{path}", size)


def contact_lines(p: dict, rng: random.Random) -> list[str]:
    """The contact block: phones with labels, email, web, address lines."""
    lines = [f"{ph['label']} {ph['text']}" if rng.random() < 0.9 else ph["text"] for ph in p["phones"]]
    lines += p["emails"] + p["urls"]
    lines += p["address"]["lines"]
    return lines


def qr_payload(p: dict, rng: random.Random) -> str:
    if rng.random() < 0.5:
        tel = ";".join(f"TEL:{ph['e164']}" for ph in p["phones"])
        return f"MECARD:N:{p['family_name']},{p['given_name']};ORG:{p['org']};{tel};EMAIL:{p['emails'][0]};;"
    tels = "".join(f"TEL;TYPE={ph['type']}:{ph['e164']}\n" for ph in p["phones"])
    return (
        f"BEGIN:VCARD\nVERSION:3.0\nN:{p['family_name']};{p['given_name']};;;\nFN:{p['full_name']}\n"
        f"ORG:{p['org']}\nTITLE:{p['title']}\n{tels}EMAIL:{p['emails'][0]}\nEND:VCARD"
    )


def _qr_image(text: str, size: int) -> Image.Image:
    qr = segno.make(text, error="m", micro=False)
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=4, border=2)
    buf.seek(0)
    return Image.open(buf).convert("RGB").resize((size, size), Image.NEAREST)


def render_card(p: dict, rng: random.Random, layout: str, with_qr: bool) -> tuple[Image.Image, str | None]:
    """The card as an RGB image (landscape, or portrait for 'vertical') and the QR text."""
    vertical = layout == "vertical"
    w, h = (CARD_H, CARD_W) if vertical else (CARD_W, CARD_H)
    dark = layout == "dark"
    paper = rng.choice([(250, 250, 248), (245, 242, 232), (255, 255, 255), (236, 240, 244)])
    bg = rng.choice([(25, 35, 60), (30, 30, 30), (60, 20, 30)]) if dark else paper
    ink = (245, 245, 245) if dark else rng.choice([(20, 20, 20), (40, 40, 50), (10, 30, 60)])
    accent = rng.choice(ACCENTS) if not dark else (230, 200, 120)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    regular, bold = rng.choice(FONTS)
    s = rng.uniform(0.9, 1.1)
    f_name, f_title, f_org, f_small = (
        _font(bold, int(54 * s)),
        _font(regular, int(32 * s)),
        _font(bold, int(38 * s)),
        _font(regular, int(27 * s)),
    )
    margin = 60
    qr_text = qr_payload(p, rng) if with_qr else None
    if layout == "band":
        band = int(h * 0.09)
        if rng.random() < 0.5:
            d.rectangle([0, h - band, w, h], fill=accent)
        else:
            d.rectangle([0, 0, w, band], fill=accent)
    if layout == "logo":
        d.rectangle([w - margin - 150, margin, w - margin, margin + 150], fill=accent)
        d.ellipse([w - margin - 120, margin + 30, w - margin - 30, margin + 120], fill=bg)
    head = [(p["full_name"], f_name, ink), (p["title"], f_title, ink), (p["org"], f_org, accent if not dark else ink)]
    body = [(t, f_small, ink) for t in contact_lines(p, rng)]
    if layout == "two_columns":
        _block(d, head, margin, margin + (30 if qr_text else 0), "left", w // 2)
        _block(d, body, w // 2 - 10 if len(max((b[0] for b in body), key=len)) < 30 else margin, h // 2 - 20, "left", w)
    else:
        align = {"centred": "centre", "right": "right"}.get(layout, "left")
        head_right = w - margin - (180 if layout == "logo" else 0)  # names never run into the logo
        y = _block(d, head, margin, margin + (10 if layout == "band" else 0), align, head_right)
        _block(
            d,
            body,
            margin,
            max(y + 30, h - margin - len(body) * int(38 * s) - (20 if layout == "band" else 0)),
            align,
            w - margin,
        )
    if qr_text:
        size = rng.randint(170, 220)
        img.paste(
            _qr_image(qr_text, size), (w - size - 35, h - size - 35) if layout != "right" else (35, h - size - 35)
        )
    return img, qr_text


def _block(
    d: ImageDraw.ImageDraw, items: list[tuple[str, ImageFont.FreeTypeFont, tuple]], x0: int, y: int, align: str, x1: int
) -> int:
    for text, font, colour in items:
        left, top, right, bottom = d.textbbox((0, 0), text, font=font)
        tw = right - left
        if tw > x1 - x0:  # too long for the card: shrink like a designer would
            font = font.font_variant(size=max(12, int(font.size * (x1 - x0) / tw) - 1))
            left, top, right, bottom = d.textbbox((0, 0), text, font=font)
            tw = right - left
        if align == "centre":
            x = (x0 + x1 - tw) // 2
        elif align == "right":
            x = x1 - tw
        else:
            x = x0
        d.text((x, y), text, font=font, fill=colour)
        y += int((bottom - top) * 1.45) + 4
    return y
