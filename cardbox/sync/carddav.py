"""CardDAV (RFC 6352) as a Storage: discovery, PROPFIND, REPORT sync-collection (RFC 6578) and
addressbook-multiget, conditional PUT/DELETE, and MKCOL for a new address book."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from cardbox.errors import SyncError
from cardbox.sync.http import CT_XML, NS, XMLNS, Forbidden, Rejected, Session, responses
from cardbox.sync.storage import Changes, InvalidSyncToken, Item, ItemNotFound, Storage, href_for_uid, uid_of

VCARD_CT = "text/vcard; charset=utf-8"


@dataclass
class AddressBook:
    url: str  # absolute path on the server, ending in "/"
    displayname: str = ""
    supports_sync: bool = False

    @property
    def name(self) -> str:
        return self.displayname or unquote(self.url.rstrip("/").rsplit("/", 1)[-1])


# -- discovery (RFC 6764, RFC 5397, RFC 6352 section 7) -----------------------------------


def find_principal(session: Session) -> str:
    """current-user-principal, from the given URL or from /.well-known/carddav."""
    for url in (session.url, "/.well-known/carddav"):
        try:
            root = session.propfind(url, "<d:current-user-principal/>", 0)
        except (ItemNotFound, Forbidden, Rejected):
            continue  # not a DAV resource: try the well-known URL
        for _href, _status, prop in responses(root):
            found = prop.findtext("d:current-user-principal/d:href", "", NS).strip()
            if found:
                return found
    raise SyncError("no CardDAV principal found (is this a CardDAV server URL?)", server=session.server)


def find_home(session: Session, principal: str) -> str:
    root = session.propfind(principal, "<c:addressbook-home-set/>", 0)
    for _href, _status, prop in responses(root):
        home = prop.findtext("c:addressbook-home-set/d:href", "", NS).strip()
        if home:
            return home
    return principal  # Radicale-style servers keep address books right under the principal


def list_addressbooks(session: Session, home: str) -> list[AddressBook]:
    """The address books in the home set, with their names and whether they offer sync-collection."""
    props = "<d:displayname/><d:resourcetype/><d:supported-report-set/>"
    books = []
    for href, _status, prop in responses(session.propfind(home, props, 1)):
        if prop.find("d:resourcetype/c:addressbook", NS) is None:
            continue
        reports = {el.tag for el in prop.iter() if el.tag.endswith("}sync-collection")}
        books.append(
            AddressBook(urlsplit(session.abs(href)).path, prop.findtext("d:displayname", "", NS), bool(reports))
        )
    return books


def create_addressbook(session: Session, home: str, name: str) -> AddressBook:
    """Extended MKCOL (RFC 5689) of a new address book called `name` under the home set."""
    slug = quote("".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.lower()) or "cardbox")
    url = urljoin(session.abs(home if home.endswith("/") else home + "/"), slug + "/")
    body = (
        f'<?xml version="1.0" encoding="utf-8"?><d:mkcol {XMLNS}><d:set><d:prop>'
        f"<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
        f"<d:displayname>{escape(name)}</d:displayname></d:prop></d:set></d:mkcol>"
    )
    session.request("MKCOL", url, body=body, headers={"Content-Type": CT_XML}, ok=(201,))
    return AddressBook(urlsplit(url).path, name, True)


def discover(session: Session) -> tuple[str, list[AddressBook]]:
    """The address-book home and the address books the user can sync with."""
    home = find_home(session, find_principal(session))
    return home, list_addressbooks(session, home)


# -- the storage ----------------------------------------------------------------------------


class CardDAVStorage(Storage):
    """One address book on a CardDAV server; hrefs are resource names inside it."""

    def __init__(self, session: Session, collection: str) -> None:
        self.session = session
        self.collection = urlsplit(session.abs(collection)).path.rstrip("/") + "/"
        self.server = session.server
        self._sync: bool | None = None

    def _url(self, href: str) -> str:
        return self.collection + quote(href)

    def _name(self, href: str) -> str | None:
        path = unquote(urlsplit(href).path)
        if path.rstrip("/") == unquote(self.collection).rstrip("/") or path.endswith("/"):
            return None
        return path.rsplit("/", 1)[-1]

    def list(self) -> dict[str, str]:
        out = {}
        for href, status, prop in responses(self.session.propfind(self.collection, "<d:getetag/>", 1)):
            name = self._name(href)
            if name and status == 200:
                out[name] = prop.findtext("d:getetag", "", NS)
        return out

    def get_many(self, hrefs: Iterable[str]) -> Iterator[Item]:
        todo = list(hrefs)
        size = max(1, self.session.settings.batch_size)
        for start in range(0, len(todo), size):
            wanted = "".join(f"<d:href>{escape(self._url(h))}</d:href>" for h in todo[start : start + size])
            body = (
                f'<?xml version="1.0" encoding="utf-8"?><c:addressbook-multiget {XMLNS}>'
                f"<d:prop><d:getetag/><c:address-data/></d:prop>{wanted}</c:addressbook-multiget>"
            )
            for href, status, prop in responses(self.session.report(self.collection, body)):
                name = self._name(href)
                text = prop.findtext("c:address-data", "", NS)
                if name and status == 200 and text:
                    yield Item(uid_of(text), name, prop.findtext("d:getetag", "", NS), text)

    def create(self, item: Item) -> tuple[str, str]:
        href = item.href or href_for_uid(item.uid or uid_of(item.text))
        return href, self._put(href, item.text, {"If-None-Match": "*"})

    def update(self, href: str, text: str, etag: str) -> str:
        return self._put(href, text, {"If-Match": etag})

    def delete(self, href: str, etag: str) -> None:
        self.session.request("DELETE", self._url(href), headers={"If-Match": etag}, ok=(200, 204))

    def _put(self, href: str, text: str, cond: dict[str, str]) -> str:
        resp = self.session.request(
            "PUT", self._url(href), body=text, headers={"Content-Type": VCARD_CT, **cond}, ok=(200, 201, 204)
        )
        etag = resp.headers.get("ETag", "")
        if etag and not etag.startswith("W/"):
            return etag
        for _h, _s, prop in responses(self.session.propfind(self._url(href), "<d:getetag/>", 0)):
            return prop.findtext("d:getetag", "", NS)
        return ""

    def supports_sync(self) -> bool:
        if self._sync is None:
            root = self.session.propfind(self.collection, "<d:supported-report-set/>", 0)
            self._sync = any(el.tag.endswith("}sync-collection") for el in root.iter())
        return self._sync

    def changes(self, token: str | None) -> Changes | None:
        if not self.supports_sync():
            return None
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection {XMLNS}>'
            f"<d:sync-token>{escape(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
            f"<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        try:
            root = self.session.report(self.collection, body, depth=0, ok=(207,))
        except SyncError as exc:
            if token and isinstance(exc, (Forbidden, Rejected)):  # 403/409 valid-sync-token
                raise InvalidSyncToken(server=self.server) from exc
            raise
        out = Changes(token=root.findtext("d:sync-token", "", NS))
        for href, status, prop in responses(root):
            name = self._name(href)
            if not name:
                continue
            if status == 404:
                out.deleted.add(name)
            else:
                out.changed[name] = prop.findtext("d:getetag", "", NS)
        return out
