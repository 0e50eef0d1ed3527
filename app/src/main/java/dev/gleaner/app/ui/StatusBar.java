package dev.gleaner.app.ui;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.library.LibraryViewModel;
import dev.gleaner.app.library.Place;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main window's status bar, bound to the status model and the library list. */
final class StatusBar {
    private StatusBar() {}

    /**
     * {@return the bar: the running task's message, progress and Cancel, the last error with Details
     * and dismiss, Undo after a delete, and the count of the list shown}
     */
    static Region of(StatusModel status, LibraryViewModel library, Messages messages, Runnable showLog) {
        Label message = new Label();
        message.textProperty().bind(status.message());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(status.progress());
        progress.visibleProperty().bind(status.running());
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(status.running());
        cancel.setOnAction(e -> status.cancel());
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.textProperty().bind(status.error());
        Hyperlink details = new Hyperlink(messages.get("status.details"));
        details.visibleProperty().bind(status.error().isNotEmpty());
        details.setOnAction(e -> showLog.run());
        Hyperlink dismiss = new Hyperlink("✕");
        dismiss.visibleProperty().bind(status.error().isNotEmpty());
        dismiss.setOnAction(e -> status.dismissError());
        Label deleted = new Label();
        deleted.textProperty().bind(library.undoable());
        Hyperlink undo = new Hyperlink(messages.get("library.undo"));
        undo.getStyleClass().add("undo-delete");
        undo.visibleProperty().bind(library.undoable().isNotEmpty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> library.undoDelete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        // Counted again after each library change, whichever thread wrote: the label changes on the FX thread.
        Runnable showCount = () ->
                count.setText(messages.get("status.count", library.placeCount().get()));
        showCount.run();
        library.placeCount().addListener((o, before, now) -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                showCount.run();
            } else {
                javafx.application.Platform.runLater(showCount);
            }
        });
        // Feeds, tags and issues are no list of articles: a count there would be the last list's, or 0.
        count.getStyleClass().add("status-count");
        count.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> {
                            Place p = library.place().get();
                            return p == null
                                    || !java.util.EnumSet.of(
                                                    Place.Kind.FEEDS,
                                                    Place.Kind.TAGS,
                                                    Place.Kind.ISSUES,
                                                    Place.Kind.SERIES)
                                            .contains(p.kind());
                        },
                        library.place()));
        HBox bar = new HBox(10, message, progress, cancel, error, details, dismiss, deleted, undo, grow, count);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }
}
