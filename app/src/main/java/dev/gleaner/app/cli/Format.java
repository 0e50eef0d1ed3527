package dev.gleaner.app.cli;

/** Output formats of the commands that print articles. */
enum Format {
    text,
    json,
    markdown
}
