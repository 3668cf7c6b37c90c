"""Row data for the contact list: ids from `store.search`, rows loaded one page per SQL query."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from cardbox.model import Warmth
from cardbox.store import Store
from cardbox.store.search import Filters

PAGE_SIZE = 200
MAX_PAGES = 64  # about 13,000 rows kept in memory; older pages are dropped first

_PAGE_SQL = (
    "SELECT c.id, c.full_name, c.given_names, c.family_names, c.org, c.title, c.warmth, "
    "c.last_contacted, c.follow_up, c.needs_review, "
    "(SELECT e.name FROM contact_events ce JOIN events e ON e.id = ce.event_id "
    " WHERE ce.contact_id = c.id ORDER BY COALESCE(e.start, e.created_at) DESC LIMIT 1) AS event, "
    "(SELECT m.address FROM emails m WHERE m.contact_id = c.id ORDER BY m.pos LIMIT 1) AS email "
    "FROM contacts c WHERE c.id IN ({marks})"
)


@dataclass(frozen=True)
class Row:
    """What one line of the contact list shows."""

    id: int
    name: str
    org: str
    title: str
    event: str
    warmth: Warmth
    last_contacted: date | None
    follow_up: date | None
    needs_review: bool


def _row(r: object) -> Row:
    get = r.__getitem__  # type: ignore[attr-defined]
    name = (get("full_name") or " ".join(p for p in (get("given_names"), get("family_names")) if p)).strip()
    return Row(
        id=get("id"),
        name=name or get("org") or get("email") or "",
        org=get("org"),
        title=get("title"),
        event=get("event") or "",
        warmth=Warmth(get("warmth")),
        last_contacted=date.fromisoformat(get("last_contacted")) if get("last_contacted") else None,
        follow_up=date.fromisoformat(get("follow_up")) if get("follow_up") else None,
        needs_review=bool(get("needs_review")),
    )


class RowSource:
    """The ids of the current query and a bounded cache of loaded pages of rows."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self.page_loads = 0  # how many SQL page loads ran (tests check laziness)
        self.rank: dict[int, int] | None = None  # a list's own order (Reconnect: best first)

    def query(self, text: str, filters: Filters | None, order: str | None, descending: bool = False) -> None:
        """Run the search (ids only) and forget every loaded row."""
        ids = self.store.search(text, filters, order)
        if self.rank is not None and order is None:
            ids.sort(key=lambda cid: self.rank.get(cid, len(self.rank)))  # type: ignore[union-attr]
        self.ids = ids[::-1] if descending else ids
        self._pages.clear()

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, index: int) -> Row | None:
        """The row at this position, loading its page on first use (None when it vanished)."""
        page_no = index // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[index - page_no * PAGE_SIZE]

    def _load(self, page_no: int) -> list[Row | None]:
        ids = self.ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        found = {}
        if ids:
            sql = _PAGE_SQL.format(marks=",".join("?" * len(ids)))
            found = {r["id"]: _row(r) for r in self.store.conn.execute(sql, ids)}
        page = [found.get(i) for i in ids]
        self._pages[page_no] = page
        self.page_loads += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def position(self, contact_id: int) -> int:
        """Where a contact is in the current list, or -1."""
        try:
            return self.ids.index(contact_id)
        except ValueError:
            return -1

    def forget(self, contact_id: int) -> int:
        """Drop the cached page holding this contact (after an edit). Returns its position."""
        pos = self.position(contact_id)
        if pos >= 0:
            self._pages.pop(pos // PAGE_SIZE, None)
        return pos
