package dev.gleaner.core.issue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A weekly series of issues and how its posts look.
 *
 * @param name the series name, e.g. {@code Article Weekly} (also the Hugo {@code series} value)
 * @param titlePattern the issue title with {@code {number}}, e.g. {@code Article Weekly, Issue {number}}
 * @param authors front matter authors
 * @param tags front matter tags
 * @param categories front matter categories
 * @param weekStart the first day of an issue's week
 * @param zone the time zone of periods and publish dates
 * @param frontMatter the front matter format
 * @param filePattern the post file name with {@code {number}}, e.g. {@code article-weekly-{number}.md}
 * @param siteDir the Hugo site folder, or {@code null}
 * @param contentDir the folder under the site's {@code content} folder, e.g. {@code posts}
 * @param periodHeading the heading of the period section
 * @param referencesHeading the heading of the references section
 * @param options which optional front matter fields to write
 * @param pageBundle whether to write {@code NAME/index.md} instead of {@code NAME.md}
 */
public record Series(
        String name,
        String titlePattern,
        List<String> authors,
        List<String> tags,
        List<String> categories,
        DayOfWeek weekStart,
        ZoneId zone,
        FrontMatterFormat frontMatter,
        String filePattern,
        String siteDir,
        String contentDir,
        String periodHeading,
        String referencesHeading,
        Options options,
        boolean pageBundle) {

    /**
     * Optional front matter fields.
     *
     * @param draft write {@code draft = true} while the issue is a draft
     * @param slug write a {@code slug} from the file name
     * @param lastmod write {@code lastmod} with the export time
     * @param description write a {@code description} listing the headings
     */
    public record Options(boolean draft, boolean slug, boolean lastmod, boolean description) {
        /** {@return no optional fields} */
        public static Options none() {
            return new Options(false, false, false, false);
        }
    }

    public Series {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        Objects.requireNonNull(titlePattern, "titlePattern");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(filePattern, "filePattern");
        if (!filePattern.contains("{number}")) {
            throw new IllegalArgumentException("a file pattern needs {number}: " + filePattern);
        }
        contentDir = contentDir == null ? "posts" : contentDir;
        periodHeading = periodHeading == null ? "Period" : periodHeading;
        referencesHeading = referencesHeading == null ? "References" : referencesHeading;
        options = options == null ? Options.none() : options;
    }

    /** {@return a series named {@code name} with the settings of a typical weekly digest} */
    public static Series defaults(String name) {
        String slug = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        return new Series(
                name,
                name + ", Issue {number}",
                List.of(),
                List.of(),
                List.of(),
                DayOfWeek.SUNDAY,
                ZoneId.systemDefault(),
                FrontMatterFormat.TOML,
                (slug.isEmpty() ? "issue" : slug) + "-{number}.md",
                null,
                "posts",
                "Period",
                "References",
                Options.none(),
                false);
    }

    /** {@return the title of issue {@code number}} */
    public String title(int number) {
        return titlePattern.replace("{number}", Integer.toString(number));
    }

    /** {@return the file name of issue {@code number}, before making it safe} */
    public String fileName(int number) {
        return filePattern.replace("{number}", Integer.toString(number));
    }
}
