"""Help > Handleiding and F1: the user's manual (docs/handleiding.md) in a window of its own.

The manual is Markdown, shown by Qt's own reader. Its sections are found by their headings'
anchors as GitHub makes them (``slug``), so a link ``[…](#de-bijeenkomstpagina)`` works on
the web and here. F1 opens the section of the page shown (``section_of``), scrolled to its
heading, with that page's shortcuts beside it, read from the window as the overview does.
"""

import unicodedata
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImageReader,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from ontwikkeltafel import paths
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.window.help_dialogs import fill_key_tree

# The manual's section for each page of the navigation, by its key (shell.navigation_labels).
PAGE_SECTIONS = {
    "tables": "tafels-en-bijeenkomsten",
    "meetings": "bijeenkomsten",
    "people": "personen",
    "organisations": "organisaties",
    "themes": "themas",
    "concerns": "vragen-en-zorgen",
    "practices": "goede-voorbeelden",
    "development_points": "ontwikkelpunten",
    "actions": "actiepunten",
}
# The section of each page that is no list of the navigation, by its class.
OTHER_SECTIONS = {
    "TablePage": "de-tafelpagina",
    "MeetingPage": "de-bijeenkomstpagina",
    "LiveView": "vergadering-leiden",
    "SearchPanel": "zoeken",
}
FIRST_SECTION = ""  # the top of the manual
KeyGroups = list[tuple[str, list[tuple[str, str]]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ManualWindow", text)


def slug(heading: str) -> str:
    """The anchor GitHub gives ``heading``: lower case, punctuation out, spaces to hyphens."""
    text = unicodedata.normalize("NFC", heading).strip().lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")


def section_of(window: QWidget, page: QWidget | None) -> str:
    """The anchor of the manual's part about ``page`` (the page ``window`` shows)."""
    search = getattr(window, "search", None)
    if search is not None and search.is_open():
        return OTHER_SECTIONS["SearchPanel"]
    if page is None:
        return FIRST_SECTION
    pages: dict[str, QWidget] = getattr(window, "pages", {})
    for key, shown in pages.items():
        if shown is page:
            return PAGE_SECTIONS.get(key, FIRST_SECTION)
    return OTHER_SECTIONS.get(type(page).__name__, FIRST_SECTION)


def headings(document: QTextDocument) -> Iterator[tuple[QTextBlock, int, str]]:
    """Every heading of ``document``: its block, level and anchor."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            yield block, level, slug(block.text())
        block = block.next()


class ManualWindow(QMainWindow):
    """The manual, its contents to the left and the shortcuts of the page to the right."""

    def __init__(self, parent: QWidget) -> None:
        """A window over ``parent`` (the main window) showing docs/handleiding.md."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manual")
        self.main: QWidget = parent  # the main window it belongs to, wherever it is shown over
        self.setWindowTitle(_tr("Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # anchors are ours (slug), web links the browser's
        self.browser.anchorClicked.connect(self.follow)
        self.browser.viewport().installEventFilter(self)
        self.top: QTextBlock | None = None  # the block at the top: kept when the width changes
        self.browser.verticalScrollBar().actionTriggered.connect(
            lambda _action: QTimer.singleShot(0, self, self._remember_top)
        )
        self.contents = QListWidget()
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(
            lambda item: self.go_to(item.data(Qt.ItemDataRole.UserRole))
        )
        self.contents.itemClicked.connect(
            lambda item: self.go_to(item.data(Qt.ItemDataRole.UserRole))
        )
        self.keys = QTreeWidget()
        self.keys.setColumnCount(2)
        self.keys.setHeaderLabels([_tr("Opdracht"), _tr("Toets")])
        self.keys.setRootIsDecorated(False)
        self.keys.setAlternatingRowColors(True)
        header = self.keys.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.addWidget(self.keys)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680, 360])
        outer = QWidget()
        layout = QHBoxLayout(outer)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setCentralWidget(outer)
        if current_language() != "nl":
            self.statusBar().showMessage(_tr("De handleiding is er nog alleen in het Nederlands."))
        self.load()
        self.resize(1260, 700)

    def load(self) -> None:
        """Read the manual; its images and links resolve beside the file."""
        path = paths.manual_file()
        if not path.is_file():
            self.browser.setPlainText(
                _tr("De handleiding is niet gevonden: %1").replace("%1", str(path))
            )
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.contents.clear()
        bold = QFont(self.contents.font())
        bold.setBold(True)
        for block, level, anchor in headings(self.browser.document()):
            if level > 2:
                continue
            self.contents.addItem(("" if level == 1 else "   ") + block.text())
            item = self.contents.item(self.contents.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, "" if level == 1 else anchor)
            if level == 1:
                item.setFont(bold)
        self.fit_images()

    def heading(self) -> str:
        """The manual's first heading (its title)."""
        return next(
            (block.text() for block, _level, _anchor in headings(self.browser.document())), ""
        )

    def anchors(self) -> list[str]:
        """The anchors of every heading."""
        return [anchor for _block, _level, anchor in headings(self.browser.document())]

    def go_to(self, anchor: str) -> bool:
        """Scroll to the heading of ``anchor`` ("" for the top); False if there is none."""
        document = self.browser.document()
        if not anchor:
            self.show_block(document.begin())
            return True
        for block, _level, found in headings(document):
            if found == anchor:
                self.show_block(block)
                return True
        return False

    def show_block(self, block: QTextBlock) -> None:
        """Put ``block`` at the top of the text (as far as the text goes), the cursor in it."""
        document = self.browser.document()
        layout = document.documentLayout()
        layout.blockBoundingRect(document.lastBlock())  # laid out to the end: the full range
        self.browser.setTextCursor(QTextCursor(block))
        self.top = block
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))

    def shown_heading(self) -> str:
        """The text of the heading at the cursor (where go_to put it)."""
        block = self.browser.textCursor().block()
        while block.isValid() and not block.blockFormat().headingLevel():
            block = block.previous()
        return block.text() if block.isValid() else ""

    def follow(self, url: QUrl) -> None:
        """A link: a section of the manual, or a web page in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.go_to(url.fragment())

    def show_keys(self, groups: KeyGroups) -> None:
        """List the shortcuts ``groups`` (title, rows of what and keys) beside the text."""
        fill_key_tree(self.keys, groups)
        self.keys.scrollToTop()

    def key_rows(self) -> list[tuple[str, str, str]]:
        """The shortcuts listed beside the text: (group, what, keys)."""
        found = []
        groups = [self.keys.topLevelItem(n) for n in range(self.keys.topLevelItemCount())]
        for group in filter(None, groups):
            children = [group.child(m) for m in range(group.childCount())]
            found += [(group.text(0), c.text(0), c.text(1)) for c in filter(None, children)]
        return found

    def fit_images(self) -> None:
        """Every image at most as wide as the text (screenshots are 1280 wide)."""
        room = max(200, self.browser.viewport().width() - 40)
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat()
                if image.isImageFormat():
                    self._fit(
                        document,
                        fragment.position(),
                        fragment.length(),
                        image.toImageFormat(),
                        room,
                    )
                iterator += 1
            block = block.next()

    def _fit(
        self, document: QTextDocument, start: int, length: int, image: QTextImageFormat, room: int
    ) -> None:
        source = self.browser.source().resolved(QUrl(image.name()))
        size = QImageReader(source.toLocalFile()).size()
        if not size.isValid() or size.width() <= 0:
            return
        width = min(room, size.width())
        image.setWidth(width)
        image.setHeight(size.height() * width / size.width())
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The images follow the text's width; the text at the top stays there."""
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
            top = self.top
            if top is not None and top.isValid() and top.position() > 0:
                QTimer.singleShot(0, self, lambda: self.show_block(top))
        return super().eventFilter(watched, event)

    def _remember_top(self) -> None:
        """The block at the top after the reader scrolled."""
        self.top = self.browser.cursorForPosition(QPoint(0, 0)).block()

    @classmethod
    def of(cls, window: QMainWindow) -> "ManualWindow | None":
        """The manual of ``window`` if one was made (its own, or lent to a full-screen view)."""
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.main is window),
            None,
        )

    @classmethod
    def show_for(
        cls, window: QMainWindow, anchor: str, groups: KeyGroups, over: QWidget | None = None
    ) -> "ManualWindow":
        """Show the manual over ``window`` at ``anchor``, the shortcuts ``groups`` beside it.

        ``over``: a window of its own covering the screen (Vergadering leiden, full
        screen). The manual then belongs to that one, so the system keeps it on top of it;
        shown from the main window again, it belongs to the main window again.
        """
        manual = cls.of(window)
        if manual is None:
            manual = cls(window)
        owner = over if over is not None else window
        if manual.parentWidget() is not owner:
            geometry = manual.geometry()
            manual.setParent(owner, Qt.WindowType.Window)  # hides it: shown again below
            manual.setGeometry(geometry)
        manual.show_keys(groups)
        manual.show()
        manual.raise_()
        manual.activateWindow()
        manual.go_to(anchor)
        return manual
