package dev.gleaner.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gleaner.app.Services;
import dev.gleaner.app.feeds.FeedsView;
import dev.gleaner.app.feeds.FeedsViewModel;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.issue.IssueComposerView;
import dev.gleaner.app.issue.IssueComposerViewModel;
import dev.gleaner.app.library.LibraryView;
import dev.gleaner.app.library.LibraryViewModel;
import dev.gleaner.app.library.Place;
import dev.gleaner.app.reader.ReaderView;
import dev.gleaner.app.reader.ReaderViewModel;
import dev.gleaner.app.search.SearchView;
import dev.gleaner.app.search.SearchViewModel;
import dev.gleaner.app.settings.SettingsView;
import dev.gleaner.app.settings.SettingsViewModel;
import dev.gleaner.core.model.Article;
import java.io.File;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The main window: sidebar, article list, reader with notes, search field and status bar. */
public final class MainWindow {
    private final Services services;
    private final Messages messages;
    private final WindowKeys keys;
    private final SettingsViewModel settings;
    private final StatusModel status;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    private final IssueComposerViewModel issues;
    private final FeedsViewModel feeds;
    private final LibraryView libraryView;
    private final ReaderView readerView;
    private final SearchView searchView;
    private IssueComposerView issueView;
    private double[] listDividers = {0.17, 0.5};
    private FeedsView feedsView;
    private final SplitPane split;
    private final StackPane content;
    private final Scene scene;
    private final Background background;
    private final Delay delay;
    private Stage stage;
    private MainWindow successor;
    private final java.util.function.Consumer<String> browser;
    private final LinkOpener links;
    private boolean swallowTyped;

    /** Wires the ViewModels on {@code services} and builds the window's scene; links open in the system browser. */
    public MainWindow(Services services, Background background, Delay delay) {
        this(services, background, delay, null);
    }

    /**
     * Wires the ViewModels on {@code services} and builds the window's scene; {@code browser} opens
     * http(s) links (null: the system browser).
     */
    public MainWindow(
            Services services, Background background, Delay delay, java.util.function.Consumer<String> browser) {
        this.services = services;
        this.background = background;
        this.delay = delay;
        this.browser = browser;
        this.settings = new SettingsViewModel(services.library(), java.util.Locale.getDefault());
        this.messages = new Messages(settings.locale());
        this.keys = new WindowKeys(messages);
        this.status = new StatusModel(background, messages);
        this.links = new LinkOpener(browser, status, messages);
        // From here on a changed setting is stored on the work executor, after the writes before it.
        settings.writeThrough(status, messages.get("settings.saving"));
        this.library = libraryViewModel();
        this.reader = new ReaderViewModel(
                services.library(), services.articles(), services.search(), background, delay, status, messages);
        this.search = new SearchViewModel(services.search(), background, messages);
        this.issues = new IssueComposerViewModel(services.issues(), background, status, messages);
        this.feeds = new FeedsViewModel(services.library(), services.feeds(), background, status, messages);
        this.feeds.onChange(library::refreshPlaces);
        // A new issue, one moved to another series, or a series added in Settings shows in the sidebar.
        this.issues.onChange(library::refreshPlaces);

        libraryView = new LibraryView(library, messages);
        readerView = readerView(services, background);
        searchView = new SearchView(search, messages);
        bindKeys();
        // The composer's and the feeds' views are built when first shown: a start needs neither.
        followSelection();
        followSearch();
        content = new StackPane(readerView.root());
        library.place().addListener((o, old, p) -> showPlace(p));
        search.query().addListener((o, a, q) -> {
            boolean was = a != null && !a.isBlank();
            boolean is = q != null && !q.isBlank();
            if (was != is && !library.place().get().listsArticles()) {
                showPlace(library.place().get());
            }
        });
        split = splitPane();
        clearSearchOnSidebarChoice();
        scene = buildScene();
        followSettings();
        acceptDrops();
        showPlace(library.place().get());
        feeds.load();
        issues.load();
    }

    /** {@return the sidebar and list, loading the place the window showed last (in the background)} */
    private LibraryViewModel libraryViewModel() {
        LibraryViewModel list = new LibraryViewModel(
                services.library(),
                services.articles(),
                services.notes(),
                dev.gleaner.app.library.Clipper.of(services.clipping()),
                status,
                messages);
        // Saved searches in the sidebar are counted and run on the window's search.
        list.searchWith(
                new dev.gleaner.app.search.SavedSearchesViewModel(services.searching(), background, status, messages),
                background);
        list.useTimers(delay, () -> settings.readAfter().get());
        // The list's first page loads in the background while the rest of the window is built.
        list.choose(
                Place.fromStored(settings.lastPlace().get()),
                settings.lastArticle().get());
        return list;
    }

    /** {@return the reader's view, its actions wired to what the commands call} */
    private ReaderView readerView(Services services, Background background) {
        ReaderView view = new ReaderView(
                reader,
                messages,
                this::openInBrowser,
                new dev.gleaner.app.reader.ImageCache(
                        services.workspace().root().resolve("cache").resolve("images")),
                background);
        // The reader's actions call what 'gleaner reextract', 'tag' and 'delete' call.
        reader.reextractWith(services.reextraction()::one);
        reader.onChange(library::refreshSelected);
        view.onDelete(library::deleteSelected);
        return view;
    }

    /** The reader follows the list's selection, and the list follows the notes the reader saves. */
    private void followSelection() {
        // The reader shows the selected article; only what the user opens is marked read (by the list).
        library.selected().addListener((o, old, a) -> {
            if (a == null || old == null || a.id() != old.id()) {
                reader.open(a);
            }
        });
        // Notes saved by the reader show up in the list's copy of the article too.
        reader.notesState().addListener((o, a, b) -> {
            if (messages.get("notes.saved").equals(b)) {
                library.refreshSelected();
            }
        });
    }

    /** While a query is typed the list shows its hits, with a placeholder that says when none were found. */
    private void followSearch() {
        // While a query is typed the list shows its hits; clearing the field brings the place back.
        // (It follows each answer, not the hits list, so a query with no hits empties the list too.)
        search.answers().addListener((o, a, b) -> {
            if (search.shownQuery().get().isBlank()) {
                library.reload();
            } else {
                java.util.Map<Long, String> snippets = new java.util.HashMap<>();
                search.hits().forEach(h -> snippets.put(h.articleId(), h.snippet()));
                // Typing opens no hit: the open article stays open when it is among them.
                library.showHits(search.hits().stream().map(h -> h.articleId()).toList(), snippets, false);
            }
        });
        // With a query typed an empty list means nothing was found, not an empty library.
        Label noHits = new Label();
        noHits.getStyleClass().add("no-hits");
        javafx.scene.Node emptyPlace = libraryView.list().getPlaceholder();
        for (Label l : java.util.List.of(noHits, (Label) emptyPlace)) {
            l.setWrapText(true);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            l.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        }
        search.shownQuery().addListener((o, a, q) -> {
            noHits.setText(messages.get("search.noHits", q));
            libraryView.list().setPlaceholder(q == null || q.isBlank() ? emptyPlace : noHits);
        });
        libraryView.listPane().getChildren().addFirst(searchView.chips());
    }

    /** {@return the sidebar, list and reader side by side, split where the user left them} */
    private SplitPane splitPane() {
        SplitPane panes = new SplitPane(libraryView.sidebar(), libraryView.listPane(), content);
        panes.setDividerPositions(
                settings.sidebarDivider().get(),
                settings.sidebarDivider().get()
                        + settings.listDivider().get()
                                * (1 - settings.sidebarDivider().get()));
        SplitPane.setResizableWithParent(libraryView.sidebar(), false);
        return panes;
    }

    /** The window follows the theme, language and text size of the settings, also when they change while open. */
    private void followSettings() {
        // "Follow system" follows the platform's colour scheme, also when it changes while open.
        settings.systemDark()
                .bind(javafx.application.Platform.getPreferences()
                        .colorSchemeProperty()
                        .map(c -> c == javafx.application.ColorScheme.DARK));
        applyTheme();
        settings.dark().addListener((o, a, b) -> applyTheme());
        settings.language().addListener((o, a, b) -> rebuildInLanguage());
        settings.textSize().addListener((o, a, b) -> applyTextSize());
        applyTextSize();
    }

    /** {@return the window's scene: toolbar, panes and status bar, and its shortcut keys} */
    private Scene buildScene() {
        BorderPane root = new BorderPane(split);
        root.setTop(toolbar());
        root.setBottom(statusBar());
        root.getStyleClass().add("gleaner-root");
        Scene built = new Scene(root, settings.width().get(), settings.height().get());
        built.getStylesheets().add(MainWindow.class.getResource("gleaner.css").toExternalForm());
        built.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The character of a key that acted as a shortcut never reaches the field it may have focused.
        built.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        built.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        return built;
    }

    /** Files dropped on the window are imported; a dropped web address (a link) is clipped. */
    private void acceptDrops() {
        scene.setOnDragOver(e -> {
            var board = e.getDragboard();
            if (board.hasFiles() || LibraryViewModel.droppedUrl(board.getUrl(), board.getString()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var board = e.getDragboard();
            String url = LibraryViewModel.droppedUrl(board.getUrl(), board.getString());
            if (board.hasFiles()) {
                List<File> files = board.getFiles();
                library.importFiles(files.stream().map(File::toPath).toList());
            } else if (url != null) {
                library.clip(url);
            }
            e.setDropCompleted(board.hasFiles() || url != null);
            e.consume();
        });
    }

    private Region toolbar() {
        Label brand = new Label("Gleaner");
        brand.getStyleClass().add("brand");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button keys = new Button("?");
        keys.setOnAction(e -> showKeys());
        Button prefs = new Button(messages.get("settings.title"));
        prefs.setOnAction(e -> openSettings());
        HBox bar = new HBox(
                12,
                brand,
                searchView.root(),
                dev.gleaner.app.search.SearchBoxes.saveSearch(search.query(), library::saveSearch, messages),
                grow,
                prefs,
                keys);
        bar.getStyleClass().add("toolbar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private Region statusBar() {
        return StatusBar.of(status, library, messages, this::showLog);
    }

    private void showPlace(Place p) {
        boolean searching =
                search.query().get() != null && !search.query().get().isBlank();
        Region view = searching
                ? readerView.root()
                : switch (p.kind()) {
                    case FEEDS -> feedsView().root();
                    case ISSUES -> {
                        issues.showSeries(null);
                        yield issueView().root();
                    }
                    case SERIES -> {
                        issues.showSeries(p.name());
                        yield issueView().root();
                    }
                    case TAGS -> {
                        search.loadTags();
                        yield dev.gleaner.app.search.SearchBoxes.tags(search, messages);
                    }
                    default -> readerView.root();
                };
        content.getChildren().setAll(view);
        // Feeds, Tags and Issues take the list's room too; the list comes back with its divider
        // (and while searching, so a tag chosen in Tags lists its articles).
        boolean three = split.getItems().size() == 3;
        boolean list = p.listsArticles() || searching;
        if (!list && three) {
            listDividers = split.getDividerPositions();
            split.getItems().setAll(libraryView.sidebar(), content);
            split.setDividerPositions(listDividers[0]);
        } else if (list && !three) {
            split.getItems().setAll(libraryView.sidebar(), libraryView.listPane(), content);
            split.setDividerPositions(listDividers);
        }
    }

    /** Binds one action to every {@link Shortcut}; the key list is built from the same table. */
    private void bindKeys() {
        keys.put(Shortcut.NEXT_ARTICLE, library::next);
        keys.put(Shortcut.PREVIOUS_ARTICLE, library::previous);
        keys.put(Shortcut.NEXT_UNREAD, library::nextUnread);
        keys.put(Shortcut.PREVIOUS_UNREAD, library::previousUnread);
        keys.put(Shortcut.PAGE_DOWN, () -> {
            // Paging through the article the window showed by itself is reading it.
            if (library.selected().get() != null) {
                library.open(library.selectedIndex().get());
            }
            if (library.selected().get() == null || !readerView.pageDown()) {
                library.nextUnread();
            }
        });
        keys.put(Shortcut.PAGE_UP, readerView::pageUp);
        keys.put(Shortcut.MARK_READ, () -> library.markSelected(true));
        keys.put(Shortcut.MARK_UNREAD, () -> library.markSelected(false));
        keys.put(Shortcut.MARK_ALL_READ, library::markAllRead);
        keys.put(Shortcut.STAR, library::toggleStar);
        keys.put(Shortcut.OPEN_IN_BROWSER, () -> openInBrowser(reader.url().get()));
        keys.put(Shortcut.DELETE, library::deleteSelected);
        keys.put(Shortcut.UNDO, library::undoDelete);
        keys.put(Shortcut.ADD_TO_ISSUE, () -> issues.add(library.selected().get()));
        keys.put(Shortcut.EDIT_NOTES, readerView::editNotes);
        keys.put(Shortcut.SEARCH, searchView::focus);
        keys.put(Shortcut.LEAVE_FIELD, () -> libraryView.list().requestFocus());
        keys.put(Shortcut.SHOW_KEYS, this::showKeys);
    }

    /** {@return the shortcuts that have an action in this window} */
    java.util.Set<Shortcut> boundShortcuts() {
        return keys.bound();
    }

    private void onKey(KeyEvent e) {
        // In Feeds, Tags and Issues the keys on articles would act on one not in view (Delete!).
        boolean articlesShown = content.getChildren().contains(readerView.root());
        if (keys.handle(e, scene.getFocusOwner(), articlesShown)) {
            // The key's character (if any) comes next as a KEY_TYPED; it must not type into the field now focused.
            swallowTyped = true;
        }
    }

    /** Shows every key the window answers, from the same table the keys are bound from. */
    private void showKeys() {
        keysDialog().show();
    }

    /** {@return the key list's dialog, not shown yet} */
    javafx.scene.control.Dialog<Void> keysDialog() {
        return keys.dialog(scene);
    }

    /**
     * Choosing a sidebar entry (click or arrow keys) while the search field has text clears the
     * search, so the list shows the entry chosen, also when it is the one already marked.
     */
    private void clearSearchOnSidebarChoice() {
        var sidebar = libraryView.sidebar();
        sidebar.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            javafx.scene.Node n = e.getPickResult().getIntersectedNode();
            while (n != null && n != sidebar && !(n instanceof javafx.scene.control.ListCell<?>)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ListCell<?> cell && !cell.isEmpty()) {
                clearSearch();
            }
        });
        sidebar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN -> clearSearch();
                default -> {}
            }
        });
    }

    private void clearSearch() {
        String q = search.query().get();
        if (q != null && !q.isBlank()) {
            search.query().set("");
        }
    }

    private void showLog() {
        Alert log = new Alert(
                Alert.AlertType.INFORMATION,
                messages.get("status.logAt", services.workspace().logsDir().resolve("gleaner.0.log")));
        log.setHeaderText(status.error().get());
        dev.gleaner.app.fx.DialogButtons.inLanguage(log, messages, "Gleaner");
        log.initOwner(scene.getWindow());
        log.show();
    }

    private void openInBrowser(String url) {
        links.open(url);
    }

    /**
     * Opens the settings dialog at once, its values read on the work thread meanwhile; after a
     * language change there, the rebuilt window opens it again.
     */
    private void openSettings() {
        var values = new dev.gleaner.app.settings.SettingsLoader(
                settings,
                dev.gleaner.app.settings.SeriesSettingsViewModel.unread(services.seriesSettings(), messages, status),
                background,
                status,
                messages);
        SettingsView view =
                new SettingsView(values, messages, services.workspace().root().toString());
        values.read();
        view.show(scene.getWindow());
        // Series added or changed there show in the sidebar and the composer once they are stored.
        status.write(messages.get("settings.series.saving"), p -> null, stored -> {
            library.refreshPlaces();
            issues.load();
        });
        if (successor != null) {
            successor.openSettings();
        }
    }

    /**
     * Applies a new language at once: saves the state, builds the window again in that language on
     * the same stage (same place, article and query) and hands over to it.
     */
    private void rebuildInLanguage() {
        if (stage == null || successor != null) {
            return;
        }
        String query = searchField().getText();
        saveState();
        settings.systemDark().unbind();
        successor = new MainWindow(services, background, delay, browser);
        successor.showOn(stage);
        if (query != null && !query.isBlank()) {
            successor.searchField().setText(query);
        }
    }

    /** {@return the window now on the stage: this one, or the one rebuilt after a language change} */
    public MainWindow current() {
        return successor == null ? this : successor.current();
    }

    /** {@return the search field's model} */
    public SearchViewModel search() {
        return search;
    }

    /** {@return the settings' model} */
    public SettingsViewModel settings() {
        return settings;
    }

    private void applyTheme() {
        boolean dark = settings.dark().get();
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void applyTextSize() {
        scene.getRoot().setStyle("-fx-font-size: " + settings.textSize().get() + "px;");
    }

    /** Remembers size, panes and selection, and saves unsaved notes; call when the window closes. */
    public void saveState() {
        if (successor != null) {
            successor.saveState();
            return;
        }
        reader.saveNotes();
        library.commitDelete();
        double[] d = split.getItems().size() == 3 ? split.getDividerPositions() : listDividers;
        double sidebar = d.length > 0 ? d[0] : 0.17;
        double list = d.length > 1 ? (d[1] - sidebar) / Math.max(0.01, 1 - sidebar) : 0.4;
        Article a = library.selected().get();
        settings.saveWindow(
                scene.getWidth(),
                scene.getHeight(),
                sidebar,
                list,
                library.place().get().stored(),
                a == null ? -1 : a.id());
        // The notes, the delete and the window's state are written on the work thread, in that order;
        // they are stored before the window goes (or is built again in another language).
        status.awaitWrites(java.time.Duration.ofSeconds(10));
    }

    /** Puts the window's scene on {@code stage}. */
    public void showOn(Stage stage) {
        this.stage = stage;
        stage.setTitle("Gleaner");
        stage.setScene(scene);
    }

    /** {@return the scene} */
    public Scene scene() {
        return scene;
    }

    /** {@return the article list's model} */
    public LibraryViewModel library() {
        return library;
    }

    /** {@return the issue composer's model} */
    public IssueComposerViewModel issues() {
        return issues;
    }

    /** {@return the issue composer's view, built on first use} */
    public IssueComposerView issueView() {
        if (issueView == null) {
            issueView = new IssueComposerView(issues, messages, this::openInBrowser);
        }
        return issueView;
    }

    /** {@return the feeds view, built on first use} */
    private FeedsView feedsView() {
        if (feedsView == null) {
            feedsView = new FeedsView(feeds, messages);
        }
        return feedsView;
    }

    /** {@return the reader's model} */
    public ReaderViewModel reader() {
        return reader;
    }

    /** {@return the reader's view} */
    public ReaderView readerView() {
        return readerView;
    }

    /** {@return the sidebar's and the list's view} */
    dev.gleaner.app.library.LibraryView libraryView() {
        return libraryView;
    }

    /** {@return the search field} */
    public javafx.scene.control.TextField searchField() {
        return searchView.field();
    }

    /** {@return the status bar's model} */
    public StatusModel status() {
        return status;
    }
}
