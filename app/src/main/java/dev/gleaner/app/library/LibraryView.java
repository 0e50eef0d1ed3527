package dev.gleaner.app.library;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.model.Article;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The sidebar and the article list, bound to a {@link LibraryViewModel}. */
public final class LibraryView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final ListView<Place> sidebar = new ListView<>();
    private final ListView<Article> list = new ListView<>();
    private final VBox listPane;
    private boolean reloading;
    private boolean following; // the list's selection follows the model's

    /** Builds the views over {@code vm}. */
    public LibraryView(LibraryViewModel vm, Messages messages) {
        sidebar.getStyleClass().add("sidebar");
        // While the entries reload the list's selection shifts by position; that is not a choice.
        vm.places().addListener((javafx.collections.ListChangeListener<Place>) c -> reloading = true);
        sidebar.setItems(vm.places());
        sidebar.setCellFactory(v -> new ListCell<>() {
            {
                // An entry takes the sidebar's width and cuts its name if it must: a sidebar that
                // scrolls sideways by a few pixels shows a stray scroll bar under the entries.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setGraphic(null);
                setTooltip(null);
                setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                if (vm.folds(p)) {
                    foldingRow(this, p, vm, messages);
                    return;
                }
                LibraryViewModel.FeedBadge badge = p.kind() == Place.Kind.FEED ? vm.feedBadge(p.sourceId()) : null;
                if (badge != null) {
                    javafx.scene.layout.HBox marks = new javafx.scene.layout.HBox(4);
                    if (badge.lastError() != null) {
                        Label error = new Label("!");
                        error.getStyleClass().add("feed-error-badge");
                        marks.getChildren().add(error);
                        setTooltip(
                                new javafx.scene.control.Tooltip(messages.get("feeds.errorBadge", badge.lastError())));
                    }
                    if (badge.unread() > 0) {
                        Label unread = new Label(Integer.toString(badge.unread()));
                        unread.getStyleClass().add("unread-count");
                        marks.getChildren().add(unread);
                    }
                    setGraphic(marks);
                    setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                }
                if (p.kind() == Place.Kind.SERIES) {
                    int count = vm.seriesCount(p.name());
                    setText("    " + messages.get("place.series", p.name(), count));
                    setTooltip(new javafx.scene.control.Tooltip(messages.get("place.series.tip", p.name(), count)));
                    return;
                }
                if (p.kind() == Place.Kind.SEARCH) {
                    int count = vm.savedSearchCount(p.name());
                    setText(
                            count < 0
                                    ? messages.get("place.search.counting", p.name())
                                    : messages.get("place.search", p.name(), count));
                    setTooltip(new javafx.scene.control.Tooltip(
                            messages.get("place.search.tip", p.name(), vm.savedSearchQuery(p.name()))));
                    return;
                }
                if (p.kind() == Place.Kind.ISSUES) {
                    setTooltip(new javafx.scene.control.Tooltip(messages.get("place.issues.tip")));
                }
                setText(
                        p.kind() == Place.Kind.FEED
                                ? (vm.inFolder(p) ? "          " : "    ") + p.name()
                                : messages.get("place." + p.kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        // Left folds the Feeds entry or a folder, Right opens it, as in a tree.
        sidebar.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Place p = sidebar.getSelectionModel().getSelectedItem();
            if (p != null
                    && vm.folds(p)
                    && (e.getCode() == javafx.scene.input.KeyCode.LEFT
                            || e.getCode() == javafx.scene.input.KeyCode.RIGHT)) {
                vm.setOpen(p, e.getCode() == javafx.scene.input.KeyCode.RIGHT);
                e.consume();
            }
        });
        // Reloading the entries (a feed or series added, a count changed) keeps the chosen one marked.
        vm.places().addListener((javafx.collections.ListChangeListener<Place>) c -> {
            reloading = false;
            sidebar.getSelectionModel().select(vm.place().get());
        });
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> {
            if (p != null && !reloading && !p.equals(vm.place().get())) {
                vm.choose(p);
            }
        });
        vm.place().addListener((o, old, p) -> sidebar.getSelectionModel().select(p));
        sidebar.getSelectionModel().select(vm.place().get());

        list.getStyleClass().add("article-list");
        list.setFixedCellSize(58);
        list.itemsProperty().bind(vm.articles());
        list.setPlaceholder(new Label(messages.get("list.empty")));
        list.setCellFactory(v -> new ArticleCell(vm));
        vm.snippets().addListener((o, a, m) -> list.setFixedCellSize(m.isEmpty() ? 58 : 96));
        // A row the user picks (click, arrow keys) is opened; one the model selects is only shown.
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, i) -> {
            if (following) {
                return;
            }
            if (i.intValue() < 0 || list.getItems() != vm.articles().get()) {
                vm.selectedIndex().set(i.intValue());
            } else {
                vm.open(i.intValue());
            }
        });
        // A click on the row already shown opens it too (the window may have shown it by itself).
        list.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            javafx.scene.Node n = e.getPickResult().getIntersectedNode();
            while (n != null && n != list && !(n instanceof ListCell<?>)) {
                n = n.getParent();
            }
            int i = list.getSelectionModel().getSelectedIndex();
            if (n instanceof ListCell<?> cell
                    && !cell.isEmpty()
                    && cell.getIndex() == i
                    && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                vm.open(i);
            }
        });
        vm.selectedIndex().addListener((o, old, i) -> {
            if (list.getSelectionModel().getSelectedIndex() != i.intValue()) {
                following = true;
                try {
                    if (i.intValue() < 0) {
                        list.getSelectionModel().clearSelection();
                    } else {
                        list.getSelectionModel().select(i.intValue());
                        list.scrollTo(Math.max(0, i.intValue() - 3));
                    }
                } finally {
                    following = false;
                }
            }
        });
        listPane = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /**
     * Shows the Feeds entry or a folder as a tree row: a disclosure mark that opens or folds it (a
     * click on the mark does not choose the entry), its name, and the unread articles under it.
     */
    private static void foldingRow(ListCell<Place> cell, Place p, LibraryViewModel vm, Messages messages) {
        boolean open = vm.isOpen(p);
        String name = p.kind() == Place.Kind.FOLDER ? p.name() : messages.get("place.feeds");
        cell.setText((p.kind() == Place.Kind.FOLDER ? "    " : "") + name);
        Label mark = new Label(open ? "▾" : "▸");
        mark.getStyleClass().add("disclosure");
        mark.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        mark.setOnMousePressed(e -> {
            vm.setOpen(p, !open);
            e.consume();
        });
        Label label = new Label(name);
        label.setMinWidth(0);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(4, mark, label, grow);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (p.kind() == Place.Kind.FOLDER) {
            row.setPadding(new javafx.geometry.Insets(0, 0, 0, 14));
        }
        int unread = vm.unreadIn(p);
        if (unread > 0) {
            Label count = new Label(Integer.toString(unread));
            count.getStyleClass().add("unread-count");
            count.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            row.getChildren().add(count);
        }
        // The row spans the cell, so the count sits at the right edge as on the feeds' rows.
        row.prefWidthProperty()
                .bind(cell.widthProperty()
                        .subtract(
                                cell.getPadding().getLeft() + cell.getPadding().getRight() + 2));
        row.setMinWidth(0);
        cell.setGraphic(row);
        cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        cell.setTooltip(new javafx.scene.control.Tooltip(messages.get(open ? "place.fold" : "place.unfold", name)));
    }

    /** {@return the sidebar} */
    public ListView<Place> sidebar() {
        return sidebar;
    }

    /** {@return the article list pane} */
    public VBox listPane() {
        return listPane;
    }

    /** {@return the article list} */
    public ListView<Article> list() {
        return list;
    }

    /** {@return the snippet as text nodes, the parts between « and » marked as matches} */
    static java.util.List<javafx.scene.text.Text> highlighted(String snippet) {
        java.util.List<javafx.scene.text.Text> out = new java.util.ArrayList<>();
        boolean match = false;
        for (String part : snippet.split("(?=[«»])|(?<=[«»])")) {
            if (part.equals("«") || part.equals("»")) {
                match = part.equals("«");
                continue;
            }
            javafx.scene.text.Text t = new javafx.scene.text.Text(part.replace('\n', ' '));
            t.getStyleClass().add(match ? "snippet-match" : "snippet-text");
            out.add(t);
        }
        return out;
    }

    /** A row: title (bold while unread), then site and date, and the search snippet while searching. */
    private static final class ArticleCell extends ListCell<Article> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final javafx.scene.text.TextFlow snippet = new javafx.scene.text.TextFlow();
        private final VBox box = new VBox(2, title, meta, snippet);
        private final LibraryViewModel vm;

        ArticleCell(LibraryViewModel vm) {
            this.vm = vm;
            snippet.getStyleClass().add("article-snippet");
            snippet.setPrefWidth(0);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(snippet.widthProperty());
            clip.setHeight(31);
            snippet.setClip(clip);
            snippet.setMaxHeight(31);
            title.getStyleClass().add("article-title");
            meta.getStyleClass().add("article-meta");
            title.setMaxWidth(Double.MAX_VALUE);
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            // Without this a long title widens the cell and the list scrolls sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Article a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            title.setText((a.starred() ? "★ " : "") + a.title());
            title.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unread"), !a.read());
            String site = a.siteName() == null ? "" : a.siteName();
            String date = a.published() == null ? "" : DAY.format(a.published());
            meta.setText(site.isEmpty() ? date : date.isEmpty() ? site : site + " · " + date);
            String text = vm.snippets().get().getOrDefault(a.id(), "");
            text = text.length() > 160 ? text.substring(0, 160) + "…" : text;
            snippet.getChildren().setAll(highlighted(text));
            snippet.setVisible(!text.isEmpty());
            snippet.setManaged(!text.isEmpty());
            setGraphic(box);
        }
    }
}
