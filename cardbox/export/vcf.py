"""Contacts to a .vcf file for phones (vCard 3.0 by default, or 4.0), with small card photos."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable

from cardbox.export import Target, write_target
from cardbox.model import Contact
from cardbox.store import Store
from cardbox.vcard import to_vcard

log = logging.getLogger(__name__)

PHOTO_MAX_BYTES = 40_000  # phones and CardDAV servers choke on big PHOTO values
PHOTO_MAX_SIDE = 480


def export_vcf(
    store: Store,
    ids: Iterable[int],
    path_or_stream: Target,
    version: str = "3.0",
    with_photos: bool = False,
) -> int:
    """Write the contacts with these ids as one .vcf; returns how many were written."""
    contacts = store.get_many(ids)
    parts = []
    for c in contacts:
        uid, name = introducer(store, c)
        photo = card_photo(store, c) if with_photos else None
        parts.append(to_vcard(c, version, photo=photo, related_uid=uid, related_name=name))
    write_target("".join(parts), path_or_stream)
    return len(contacts)


def introducer(store: Store, c: Contact) -> tuple[str | None, str | None]:
    """The UID and name of whoever introduced this contact, when known."""
    if c.introduced_by is None or not store.exists(c.introduced_by):
        return (c.introduced_by_uid or None), None
    other = store.get(c.introduced_by)
    return other.uid, other.display_name


def card_photo(store: Store, c: Contact) -> bytes | None:
    """The contact's first card image as a JPEG of at most ~40 KB, or None when there is none."""
    if not c.cards:
        return None
    image = c.cards[0]
    try:
        path = store.images.path(image.sha256, image.ext)
        if not path.exists():
            return None
        return downscale_jpeg(path.read_bytes())
    except (OSError, ValueError) as exc:
        log.warning("card image %s not exported: %s", image.sha256[:12], exc)
        return None


def downscale_jpeg(data: bytes, max_bytes: int = PHOTO_MAX_BYTES, side: int = PHOTO_MAX_SIDE) -> bytes:
    """Shrink any image Pillow reads to a JPEG under `max_bytes`, lowering quality then size."""
    from PIL import Image, ImageOps

    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:  # pragma: no cover - optional: HEIC photos from iPhones
        pass
    with Image.open(io.BytesIO(data)) as opened:
        img = ImageOps.exif_transpose(opened).convert("RGB")
        while True:
            small = img.copy()
            small.thumbnail((side, side))
            for quality in (85, 70, 55, 40):
                out = io.BytesIO()
                small.save(out, "JPEG", quality=quality, optimize=True)
                if out.tell() <= max_bytes:
                    return out.getvalue()
            side = int(side * 0.75)
            if side < 32:
                return out.getvalue()
