/** The `gleaner` command line. */
package dev.gleaner.app.cli;
