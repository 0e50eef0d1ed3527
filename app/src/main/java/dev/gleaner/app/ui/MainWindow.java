package dev.gleaner.app.ui;

import dev.gleaner.app.Services;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window: the article list beside the reader. */
final class MainWindow {
    private final Services services;

    MainWindow(Services services) {
        this.services = services;
    }

    Scene scene(double width, double height) {
        ListView<Article> list = new ListView<>(
                FXCollections.observableArrayList(services.library().articles(ArticleQuery.all(500))));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title());
            }
        });
        Label title = new Label();
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        title.setWrapText(true);
        TextArea body = new TextArea();
        body.setEditable(false);
        body.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            title.setText(a == null ? "" : a.title());
            body.setText(a == null ? "" : a.text());
        });
        VBox reader = new VBox(8, title, body);
        reader.setStyle("-fx-padding: 12;");
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(list, reader);
        split.setDividerPositions(0.35);
        BorderPane root = new BorderPane(split);
        if (list.getItems().isEmpty()) {
            root.setTop(new Label("  The library is empty: import notes with 'gleaner import PATH'."));
        }
        return new Scene(root, width, height);
    }
}
