package dev.gleaner.app.library;

import dev.gleaner.core.model.Article;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The article list the window shows and its selection: the articles (paged from the library), the
 * index the list view selects and the article at it. Every list shown goes through {@link #show}, so
 * the selection is cleared before the list changes and set again after. UI thread only.
 */
final class ShownArticles {
    private final ObjectProperty<ObservableList<Article>> articles =
            new SimpleObjectProperty<>(FXCollections.emptyObservableList());
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Article> selected = new SimpleObjectProperty<>();
    private ArticlePages pages;
    // Rows read on the work thread after the list was shown: the selected one is the article now.
    private final ListChangeListener<Article> arrived = c -> {
        int i = selectedIndex.get();
        while (c.next()) {
            if (c.wasReplaced() && i >= c.getFrom() && i < c.getTo()) {
                Article a = c.getList().get(i);
                Article now = selected.get();
                if (a != null && (now == null || now.id() != a.id())) {
                    selected.set(a);
                }
            }
        }
    };

    ShownArticles() {
        selectedIndex.addListener((o, old, i) -> {
            List<Article> list = articles.get();
            selected.set(i.intValue() >= 0 && i.intValue() < list.size() ? list.get(i.intValue()) : null);
        });
    }

    /** Shows {@code shown} with the article at {@code index} selected (-1: none). */
    void show(ArticlePages shown, int index) {
        selectedIndex.set(-1);
        if (pages != null) {
            pages.removeListener(arrived);
        }
        pages = shown;
        shown.addListener(arrived);
        articles.set(shown);
        selectedIndex.set(index);
    }

    /** Shows an empty list without pages (a saved search with no query): nothing is left to act on. */
    void showNothing() {
        selectedIndex.set(-1);
        if (pages != null) {
            pages.removeListener(arrived);
        }
        pages = null;
        articles.set(FXCollections.emptyObservableList());
    }

    /** {@return the pages shown, or null when none are (before the first list, an empty saved search)} */
    ArticlePages pages() {
        return pages;
    }

    /** Puts {@code fresh} in the list at {@code index} when that is still article {@code id}. */
    void replace(int index, long id, Article fresh) {
        List<Article> list = articles.get();
        if (index >= 0
                && index < list.size()
                && list.get(index) != null
                && list.get(index).id() == id) {
            list.set(index, fresh);
        }
    }

    ObjectProperty<ObservableList<Article>> articles() {
        return articles;
    }

    IntegerProperty selectedIndex() {
        return selectedIndex;
    }

    ObjectProperty<Article> selected() {
        return selected;
    }

    /** {@return the selected article, or null} */
    Article current() {
        return selected.get();
    }

    /** {@return the number of articles listed} */
    int size() {
        return articles.get().size();
    }
}
