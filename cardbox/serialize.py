"""Contacts to and from plain JSON-able dicts (CLI `--json`, merge snapshots, tests)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cardbox.model import (
    Address,
    CardImage,
    Contact,
    Email,
    Event,
    Job,
    Note,
    Phone,
    PhoneType,
    Provenance,
    Social,
    SourceKind,
    Url,
    Warmth,
    WarmthChange,
)


def provenance_to_dict(p: Provenance) -> dict[str, Any]:
    return {"kind": p.kind.value, "ref": p.ref, "confidence": round(p.confidence, 4)}


def provenance_from_dict(d: dict[str, Any] | None) -> Provenance:
    if not d:
        return Provenance()
    return Provenance(SourceKind(d.get("kind", "user")), d.get("ref", ""), float(d.get("confidence", 1.0)))


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _pd(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _pdt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def event_to_dict(e: Event) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "start": _d(e.start), "end": _d(e.end), "place": e.place, "notes": e.notes}


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(d["name"], _pd(d.get("start")), _pd(d.get("end")), d.get("place", ""), d.get("notes", ""), d.get("id"))


def contact_to_dict(c: Contact) -> dict[str, Any]:
    """Every field of a contact as JSON-able data; `contact_from_dict` reverses it."""
    return {
        "id": c.id,
        "uid": c.uid,
        "full_name": c.full_name,
        "given_names": c.given_names,
        "family_names": c.family_names,
        "prefix": c.prefix,
        "suffix": c.suffix,
        "org": c.org,
        "department": c.department,
        "title": c.title,
        "emails": [{"address": e.address, "type": e.type, "source": provenance_to_dict(e.source)} for e in c.emails],
        "phones": [{"e164": p.e164, "type": p.type.value, "source": provenance_to_dict(p.source)} for p in c.phones],
        "urls": [{"url": u.url, "source": provenance_to_dict(u.source)} for u in c.urls],
        "addresses": [
            {
                "street": a.street,
                "postal_code": a.postal_code,
                "city": a.city,
                "region": a.region,
                "country": a.country,
                "type": a.type,
                "source": provenance_to_dict(a.source),
            }
            for a in c.addresses
        ],
        "socials": [
            {"service": s.service, "handle": s.handle, "source": provenance_to_dict(s.source)} for s in c.socials
        ],
        "notes": [{"id": n.id, "at": n.at.isoformat(), "text": n.text, "contacted": n.contacted} for n in c.notes],
        "tags": list(c.tags),
        "events": [event_to_dict(e) for e in c.events],
        "warmth": c.warmth.key,
        "warmth_history": [{"warmth": w.warmth.key, "at": w.at.isoformat()} for w in c.warmth_history],
        "introduced_by": c.introduced_by,
        "introduced_by_uid": c.introduced_by_uid,
        "follow_up": _d(c.follow_up),
        "last_contacted": _d(c.last_contacted),
        "birthday": _d(c.birthday),
        "cards": [{"sha256": i.sha256, "side": i.side, "scan_id": i.scan_id, "ext": i.ext} for i in c.cards],
        "jobs": [{"org": j.org, "title": j.title, "until": _d(j.until)} for j in c.jobs],
        "sources": {k: provenance_to_dict(v) for k, v in c.sources.items()},
        "extra_vcard": list(c.extra_vcard),
        "needs_review": c.needs_review,
        "created_at": c.created_at.isoformat(),
        "updated_at": c.updated_at.isoformat(),
    }


def contact_from_dict(d: dict[str, Any]) -> Contact:
    """Rebuild a Contact from `contact_to_dict` output."""
    src = provenance_from_dict
    return Contact(
        id=d.get("id"),
        uid=d["uid"],
        full_name=d.get("full_name", ""),
        given_names=d.get("given_names", ""),
        family_names=d.get("family_names", ""),
        prefix=d.get("prefix", ""),
        suffix=d.get("suffix", ""),
        org=d.get("org", ""),
        department=d.get("department", ""),
        title=d.get("title", ""),
        emails=[Email(e["address"], e.get("type", "other"), src(e.get("source"))) for e in d.get("emails", [])],
        phones=[Phone(p["e164"], PhoneType(p.get("type", "other")), src(p.get("source"))) for p in d.get("phones", [])],
        urls=[Url(u["url"], src(u.get("source"))) for u in d.get("urls", [])],
        addresses=[
            Address(
                a.get("street", ""),
                a.get("postal_code", ""),
                a.get("city", ""),
                a.get("region", ""),
                a.get("country", ""),
                a.get("type", "work"),
                src(a.get("source")),
            )
            for a in d.get("addresses", [])
        ],
        socials=[Social(s["service"], s["handle"], src(s.get("source"))) for s in d.get("socials", [])],
        notes=[Note(n["text"], _pdt(n["at"]), bool(n.get("contacted")), n.get("id")) for n in d.get("notes", [])],
        tags=list(d.get("tags", [])),
        events=[event_from_dict(e) for e in d.get("events", [])],
        warmth=Warmth.parse(d.get("warmth", "cold")),
        warmth_history=[WarmthChange(Warmth.parse(w["warmth"]), _pdt(w["at"])) for w in d.get("warmth_history", [])],
        introduced_by=d.get("introduced_by"),
        introduced_by_uid=d.get("introduced_by_uid", ""),
        follow_up=_pd(d.get("follow_up")),
        last_contacted=_pd(d.get("last_contacted")),
        birthday=_pd(d.get("birthday")),
        cards=[
            CardImage(i["sha256"], i.get("side", "front"), i.get("scan_id"), i.get("ext", ".jpg"))
            for i in d.get("cards", [])
        ],
        jobs=[Job(j.get("org", ""), j.get("title", ""), _pd(j.get("until"))) for j in d.get("jobs", [])],
        sources={k: src(v) for k, v in d.get("sources", {}).items()},
        extra_vcard=list(d.get("extra_vcard", [])),
        needs_review=bool(d.get("needs_review", False)),
        created_at=_pdt(d["created_at"]) if d.get("created_at") else Contact().created_at,
        updated_at=_pdt(d["updated_at"]) if d.get("updated_at") else Contact().updated_at,
    )
