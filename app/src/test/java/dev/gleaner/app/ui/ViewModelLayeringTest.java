package dev.gleaner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.fx.StatusModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ViewModels stay testable without a window: no scene-graph types in their fields or methods. */
class ViewModelLayeringTest {
    private static final List<Class<?>> VIEW_MODELS = List.of(
            dev.gleaner.app.library.LibraryViewModel.class,
            dev.gleaner.app.reader.ReaderViewModel.class,
            dev.gleaner.app.search.SearchViewModel.class,
            dev.gleaner.app.issue.IssueComposerViewModel.class,
            dev.gleaner.app.feeds.FeedsViewModel.class,
            dev.gleaner.app.settings.SettingsViewModel.class,
            StatusModel.class);

    @Test
    void viewModelsUseNoJavafxSceneTypes() {
        List<String> offending = new ArrayList<>();
        for (Class<?> vm : VIEW_MODELS) {
            for (Field f : vm.getDeclaredFields()) {
                check(vm, f.getName(), f.getType(), offending);
            }
            for (Method m : vm.getDeclaredMethods()) {
                Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
                        .forEach(t -> check(vm, m.getName(), t, offending));
            }
        }
        assertEquals(List.of(), offending);
    }

    private static void check(Class<?> vm, String member, Class<?> type, List<String> offending) {
        if (type.getName().startsWith("javafx.scene") || type.getName().startsWith("javafx.stage")) {
            offending.add(vm.getSimpleName() + "." + member + ": " + type.getName());
        }
    }
}
