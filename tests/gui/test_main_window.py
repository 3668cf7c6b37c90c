"""Driving the real main window on a real tarjetero (offscreen Qt, SQLite in tmp dirs)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cardbox.gui import i18n
from cardbox.gui.app import build_window
from cardbox.gui.controllers import choices as ch
from cardbox.gui.errors import log_path
from cardbox.gui.main_window import MainWindow
from cardbox.gui.settings import Settings
from cardbox.model import Contact, Email, Event, Provenance, SourceKind, Warmth
from cardbox.store import Store

pytestmark = pytest.mark.gui


def people(store: Store) -> dict[str, int]:
    valencia = Event("Feria Valencia 2026", start=date(2026, 3, 4))
    madrid = Event("Congreso Madrid", start=date(2025, 10, 1))
    jose = Contact(given_names="José", family_names="Fernández", full_name="José Fernández",
                   org="Consultora Levante", title="Consultor", events=[valencia], tags=["erp"],
                   emails=[Email("jose@levante.es", "work", Provenance(SourceKind.SCAN, "12", 0.83))])
    jose.sources["org"] = Provenance(SourceKind.SCAN, "12", 0.83)
    ana = Contact(full_name="Ana Pérez", org="Beta SL", events=[madrid], warmth=Warmth.TRUSTED)
    luis = Contact(full_name="Luis Gómez", org="Acme", events=[valencia], warmth=Warmth.WARM)
    return {c.full_name: store.save(c) for c in (jose, ana, luis)}


@pytest.fixture
def window(qtbot, store: Store) -> tuple[MainWindow, Store, dict[str, int]]:  # type: ignore[no-untyped-def]
    ids = people(store)
    i18n.install("en")
    win = build_window(store, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, store, ids
    win.close()


def names(win: MainWindow) -> list[str]:
    return [win.model.source.row(r).name for r in range(win.model.rowCount())]  # type: ignore[union-attr]


def test_search_with_a_typo_finds_jose(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store, ids = window
    qtbot.keyClicks(win.search, "fernandes")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=3000)  # the debounce fires by itself
    assert names(win) == ["José Fernández"]
    assert win.current_id() == ids["José Fernández"]
    assert win.detail.title.text() == "José Fernández"
    qtbot.keyClick(win.search, Qt.Key.Key_Escape)
    win.apply_search()
    assert win.model.rowCount() == 3


def test_key_3_sets_hot_and_it_is_stored(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, ids = window
    assert win.select_contact(ids["Luis Gómez"])
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_3)
    assert store.get(ids["Luis Gómez"]).warmth is Warmth.HOT
    assert win.detail.warmth.buttons[Warmth.HOT].isChecked()
    row = win.model.source.position(ids["Luis Gómez"])
    assert win.model.index(row, 4).data() == "Hot"  # the list row was refreshed


def test_editing_a_field_saves_it_as_typed_by_the_user(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, ids = window
    win.select_contact(ids["José Fernández"])
    org = win.detail.fields.edits["org"]
    assert "83 %" in win.detail.fields.origins["org"].text()  # from scan #12, 83 %
    org.setFocus()
    org.selectAll()
    qtbot.keyClicks(org, "Levante Consulting")
    qtbot.keyClick(org, Qt.Key.Key_Return)
    saved = store.get(ids["José Fernández"])
    assert saved.org == "Levante Consulting"
    assert saved.source_of("org").kind is SourceKind.USER
    assert win.detail.fields.origins["org"].isHidden()  # only machine-read values get a label
    assert org.toolTip() == "typed by you"
    win.undo()
    assert store.get(ids["José Fernández"]).org == "Consultora Levante"


def test_typed_text_is_saved_when_switching_contact(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, ids = window
    win.select_contact(ids["Ana Pérez"])
    win.detail.fields.edits["title"].setText("Directora")  # typed, never committed
    win.detail.notes.editor.setPlainText("Wants a demo in May")
    win.select_contact(ids["Luis Gómez"])
    ana = store.get(ids["Ana Pérez"])
    assert ana.title == "Directora"
    assert [n.text for n in ana.notes] == ["Wants a demo in May"]


def test_notes_tags_follow_up_and_introducer(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, ids = window
    win.select_contact(ids["Luis Gómez"])
    pane = win.detail
    pane.notes.editor.setPlainText("Called about the offer")
    pane.notes.contacted.setChecked(True)
    qtbot.mouseClick(pane.notes.add_button, Qt.MouseButton.LeftButton)
    pane.relation.tags_edit.setText("erp, valencia")
    pane.relation.tags_edit.editingFinished.emit()
    pane.relation.follow_up.setDate(pane.relation.follow_up.date().fromString("2026-12-01", "yyyy-MM-dd"))
    pane.relation.follow_up.editingFinished.emit()
    pane.editor.set_introduced_by(ids["Ana Pérez"])
    luis = store.get(ids["Luis Gómez"])
    assert luis.notes[-1].text == "Called about the offer" and luis.notes[-1].contacted
    assert luis.last_contacted is not None
    assert luis.tags == ["erp", "valencia"]
    assert luis.follow_up == date(2026, 12, 1)
    assert luis.introduced_by == ids["Ana Pérez"]
    assert pane.relation.introducer_label.text() == "Ana Pérez"
    qtbot.mouseClick(pane.relation.clear_follow_up, Qt.MouseButton.LeftButton)
    assert store.get(ids["Luis Gómez"]).follow_up is None
    assert pane.notes.list.count() == 1
    qtbot.keyClicks(pane.relation.event_edit, "Cena Madrid")
    qtbot.keyClick(pane.relation.event_edit, Qt.Key.Key_Return)
    assert [e.name for e in store.get(ids["Luis Gómez"]).events] == ["Feria Valencia 2026", "Cena Madrid"]
    valencia = store.event("Feria Valencia 2026")
    pane.relation.events_label.linkActivated.emit(f"remove:{valencia.id}")  # the × beside the event
    assert [e.name for e in store.get(ids["Luis Gómez"]).events] == ["Cena Madrid"]


def test_sidebar_event_and_warmth_filters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, _ids = window
    valencia = store.event("Feria Valencia 2026")
    assert win.sidebar.select(ch.Choice(ch.EVENT, valencia.id))
    assert sorted(names(win)) == ["José Fernández", "Luis Gómez"]
    assert win.sidebar.select(ch.Choice(ch.WARMTH, int(Warmth.TRUSTED)))
    assert names(win) == ["Ana Pérez"]
    assert win.sidebar.select(ch.Choice(ch.TAG, "erp"))
    assert names(win) == ["José Fernández"]
    qtbot.keyClicks(win.search, "ana")
    win.apply_search()
    assert names(win) == []  # the search combines with the sidebar filter
    win.sidebar.select(ch.Choice(ch.ALL))
    assert names(win) == ["Ana Pérez"]
    texts = [item.text(0) for item in win.sidebar.items()]
    assert "Feria Valencia 2026 (2)" in texts
    win.search.clear()
    win.apply_search()
    win.select_contact(_ids["Luis Gómez"])
    win.detail.editor.set_follow_up(date.today())
    win.sidebar.refresh()
    assert "Follow-up due (1)" in [item.text(0) for item in win.sidebar.items()]
    assert win.sidebar.select(ch.Choice(ch.FOLLOW_UP))
    assert names(win) == ["Luis Gómez"]


def test_header_click_sorts_by_company(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store, _ids = window
    win.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert names(win) == ["Luis Gómez", "Ana Pérez", "José Fernández"]  # Acme, Beta, Consultora
    win.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert names(win) == ["José Fernández", "Ana Pérez", "Luis Gómez"]


def test_switching_to_spanish_renames_menus_live(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store, _ids = window
    titles = lambda: [m.title() for m in win.commands.menus.values()]  # noqa: E731
    assert titles()[0] == "&File"
    win.commands["lang_es"].trigger()
    qtbot.waitUntil(lambda: titles()[0] == "&Archivo", timeout=3000)
    assert titles() == ["&Archivo", "&Editar", "&Contacto", "&Ver", "&Idioma", "A&yuda"]
    assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
    assert win.search.placeholderText().startswith("Busca")
    assert Settings().language == "es"  # remembered for the next start
    win.commands["lang_en"].trigger()
    qtbot.waitUntil(lambda: titles()[0] == "&File", timeout=3000)


def test_geometry_and_splitter_are_remembered(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    people(store)
    first = build_window(store, Settings())
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 520)  # the offscreen screen is 800x600: stay inside it
    first.splitter.setSizes([200, 330, 210])
    sizes = first.splitter.sizes()
    first.close()
    second = build_window(store, Settings())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 520)
    assert second.splitter.sizes() == sizes
    assert (Path(Settings().path)).is_file()


def test_dropped_photos_open_the_scan_dialog(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, _store, _ids = window
    photo = Path(__file__).resolve().parents[1] / "data" / "cards-real" / "azure-business_card.jpg"
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")

    def mime(path: Path) -> QMimeData:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        return data

    def drag(path: Path) -> bool:
        data = mime(path)  # the event does not own its mime data: keep it alive
        event = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        win.dragEnterEvent(event)
        return event.isAccepted()

    assert drag(text) is False
    if not win.commands["scan"].isEnabled():
        pytest.skip("the scan dialog (GUI-2) is not in this tree")
    assert drag(photo) is True
    data = mime(photo)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(drop)
    dialog = win.scan_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.paths == [photo]  # type: ignore[attr-defined]
    dialog.close()


def test_unexpected_error_is_logged_shown_and_typed_data_kept(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store, ids = window
    from cardbox.gui.errors import install_excepthook

    old = sys.excepthook
    install_excepthook(lambda: win, win.save_pending)
    try:
        win.select_contact(ids["Ana Pérez"])
        win.detail.fields.edits["department"].setText("Ventas")
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old
    assert "boom in a slot" in log_path().read_text()
    assert store.get(ids["Ana Pérez"]).department == "Ventas"
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert dialogs and "Traceback" not in dialogs[-1].text()
    for d in dialogs:
        d.close()


def test_new_and_delete_contact(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    win, store, _ids = window
    win.new_contact()
    assert store.count() == 4
    new_id = win.current_id()
    assert win.detail.contact is not None and win.detail.contact.id == new_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.delete_contact()
    assert store.count() == 3 and not store.exists(new_id)  # type: ignore[arg-type]


def test_phone_actions_open_their_dialogs(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store, ids = window
    win.select_contact(ids["Ana Pérez"])
    opened = []
    for name in ("qr", "export", "sync"):
        action = win.commands[name]
        if not action.isEnabled():
            continue  # GUI-2's dialog is not in this tree: the action stays visible, disabled
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        action.trigger()
        new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
        assert new, name
        opened.append(type(new[0]).__name__)
        for w in new:
            w.close()
    assert len(opened) == sum(win.commands[n].isEnabled() for n in ("qr", "export", "sync"))


def test_errors_are_described_in_the_users_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from cardbox.errors import StoreLocked
    from cardbox.gui.errors import describe

    error = StoreLocked(path="/x/tarjetero.sqlite3")
    i18n.install("es")
    try:
        assert describe(error).startswith("El tarjetero de /x/tarjetero.sqlite3 está ocupado")
    finally:
        i18n.install("en")
    assert describe(error).startswith("The tarjetero at /x/tarjetero.sqlite3 is busy")
    assert "Traceback" not in describe(RuntimeError("x"))


def test_first_run_offers_the_demo(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from cardbox.gui.app import demo_available, first_run
    from cardbox.gui.dialogs.first_run import FirstRunDialog

    if not demo_available():
        pytest.skip("cardbox.demo is not in this tree")
    settings = Settings()

    def click_demo() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible())
        dialog.demo_button.click()

    QTimer.singleShot(100, click_demo)
    demo = first_run(store, settings)
    try:
        assert demo is not store and demo.count() > 0
        assert settings.first_run_done
        assert first_run(demo, settings) is demo  # never asked again
    finally:
        demo.close()


def test_cardbox_gui_start_opens_the_demo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cardbox.gui.app import demo_available, start

    if not demo_available():
        pytest.skip("cardbox.demo is not in this tree")
    hook = sys.excepthook
    try:
        started = start(["--data-dir", str(tmp_path / "mine"), "--demo", "--lang", "en"])
    finally:
        sys.excepthook = hook  # start() installs the app's hook; give pytest-qt its own back
    assert not isinstance(started, int)
    win, demo = started
    qtbot.addWidget(win)
    try:
        assert win.isVisible() and win.model.rowCount() > 0
        assert (tmp_path / "mine" / "demo" / "tarjetero.sqlite3").is_file()
    finally:
        win.close()
        demo.close()


def test_many_edits_do_not_eat_references_to_true(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide 6.12 on Python 3.11 drops a reference to True per Python-side emit(); hundreds of
    edits in a session must not walk the count down to an interpreter abort."""
    import gc

    win, _store, ids = window
    win.select_contact(ids["Ana Pérez"])
    title = win.detail.fields.edits["title"]
    gc.collect()
    before = sys.getrefcount(True)
    for i in range(150):
        title.setText(f"Directora {i}")
        win.detail.fields.commit("title")  # emit -> save -> saved -> list row refresh
        win.sidebar.select(ch.Choice(ch.ALL if i % 2 else ch.WARMTH, None if i % 2 else int(Warmth.COLD)))
    gc.collect()
    assert sys.getrefcount(True) - before > -100


def test_pyside_reference_guard_keeps_long_sessions_alive(tmp_path: Path) -> None:
    """A session's worth of void Qt calls (each loses a reference to None on PySide 6.12.0 with
    Python 3.11) must not abort the interpreter once cardbox.gui is imported."""
    import subprocess

    from cardbox.gui import pyside_fix

    if pyside_fix.leaks():
        assert pyside_fix.apply() is True
        assert sys.getrefcount(None) > pyside_fix.RESERVE // 2
    script = (
        "import sys, cardbox.gui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "for i in range(300_000): label.setText('x')\n"
        "print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.strip() == "ok"


def test_card_images_show_and_zoom_on_click(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from cardbox.gui.detail.images import ZoomDialog
    from cardbox.model import CardImage

    win, store, ids = window
    photo = Path(__file__).resolve().parents[1] / "data" / "cards-real" / "azure-business_card.jpg"
    sha = store.images.put(photo.read_bytes(), ".jpg")
    ana = store.get(ids["Ana Pérez"])
    ana.cards = [CardImage(sha, "front")]
    store.save(ana)
    win.select_contact(ids["Luis Gómez"])
    win.select_contact(ids["Ana Pérez"])
    thumbs = [w for w in win.detail.images.findChildren(QLabel) if w in win.detail.images._paths]
    assert len(thumbs) == 1 and not thumbs[0].pixmap().isNull()
    qtbot.mouseClick(thumbs[0], Qt.MouseButton.LeftButton)
    zooms = [w for w in win.findChildren(ZoomDialog) if w.isVisible()]
    assert zooms
    zooms[0].close()


def test_reconnect_keeps_its_ranking_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cardbox.gui.app import demo_available
    from cardbox.gui.controllers.choices import reconnect_items

    if not demo_available() or not ch.has_reconnect():
        pytest.skip("cardbox.demo / cardbox.relations are not in this tree")
    from cardbox.demo import create_demo

    demo = create_demo(tmp_path / "demo")
    try:
        items = reconnect_items(demo)
        assert items, "the demo always has someone to call again"
        i18n.install("en")
        win = build_window(demo, Settings())
        qtbot.addWidget(win)
        win.show()
        assert win.sidebar.select(ch.Choice(ch.RECONNECT))
        assert win.model.source.ids == [it.contact_id for it in items]  # best first, not by name
        tip = win.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "days without contact" in tip
        win.sidebar.select(ch.Choice(ch.ALL))
        assert win.model.rowCount() == demo.count() and not win.model.hints
        win.close()
    finally:
        demo.close()
