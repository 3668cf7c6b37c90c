"""Who introduced you to whom: one introducer per contact, no self-introductions, no cycles."""

from __future__ import annotations

from dataclasses import dataclass, field

from cardbox.errors import InvalidInput
from cardbox.model import Contact
from cardbox.store import Store


def set_introduced_by(store: Store, contact_id: int, introducer_id: int | None) -> Contact:
    """Record (or clear with None) who introduced you to a contact.

    Refused: a contact introducing themselves, or a cycle (A introduced B, B introduced A,
    or longer chains), since an introduction path must lead back to someone you met first.
    """
    with store.transaction():
        contact = store.get(contact_id)
        if introducer_id is None:
            contact.introduced_by, contact.introduced_by_uid = None, ""
        else:
            if introducer_id == contact_id:
                raise InvalidInput("a contact cannot introduce themselves")
            introducer = store.get(introducer_id)
            chain = introducer_chain(store, introducer_id)
            if contact_id in chain:
                raise InvalidInput(
                    f"#{introducer_id} {introducer.display_name} was (indirectly) introduced by "
                    f"#{contact_id} {contact.display_name}: that would be a cycle"
                )
            contact.introduced_by, contact.introduced_by_uid = introducer_id, introducer.uid
        store.save(contact)
    return contact


def delete_contact(store: Store, contact_id: int) -> None:
    """Delete a contact; those they introduced stay, with their introducer cleared (id and UID).

    The foreign key would clear the id alone; clearing both first keeps the vCards of the
    introduced consistent, and keeps the cascade out of the sync change-feed triggers.
    """
    with store.transaction() as conn:
        store.get(contact_id)  # NotFound before any change
        conn.execute(
            "UPDATE contacts SET introduced_by = NULL, introduced_by_uid = '' WHERE introduced_by = ?", (contact_id,)
        )
        store.delete(contact_id)


def introducer_chain(store: Store, contact_id: int) -> list[int]:
    """The contact, who introduced them, who introduced that one… (stops at any loop in old data)."""
    chain: list[int] = []
    current: int | None = contact_id
    while current is not None and current not in chain:
        chain.append(current)
        row = store.conn.execute("SELECT introduced_by FROM contacts WHERE id = ?", (current,)).fetchone()
        current = row[0] if row else None
    return chain


@dataclass
class IntroNode:
    """A contact and the people they introduced you to (to `depth` levels)."""

    contact_id: int
    name: str
    introduced: list[IntroNode] = field(default_factory=list)

    def ids(self) -> list[int]:
        """Every contact id in the tree below this node (not this node)."""
        out: list[int] = []
        for child in self.introduced:
            out += [child.contact_id, *child.ids()]
        return out


def introduction_tree(store: Store, contact_id: int, depth: int = 2) -> IntroNode:
    """Whom a contact introduced, and whom those introduced: the contacts of your contacts."""
    root = store.get(contact_id)
    node = IntroNode(contact_id, root.display_name)
    _grow(store, node, depth, {contact_id})
    return node


def _grow(store: Store, node: IntroNode, depth: int, seen: set[int]) -> None:
    if depth <= 0:
        return
    for cid in store.introduced(node.contact_id):
        if cid in seen:  # a loop imported from elsewhere must not recurse forever
            continue
        seen.add(cid)
        row = store.conn.execute(
            "SELECT full_name, given_names, family_names, org FROM contacts WHERE id = ?", (cid,)
        ).fetchone()
        name = row["full_name"] or " ".join(p for p in (row["given_names"], row["family_names"]) if p) or row["org"]
        child = IntroNode(cid, name)
        node.introduced.append(child)
        _grow(store, child, depth - 1, seen)
