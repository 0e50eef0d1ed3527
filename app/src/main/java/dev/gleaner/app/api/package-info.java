/**
 * The read-only HTTP API of a running Gleaner ({@code gleaner serve --http}): JSON on the loopback
 * address, behind a token kept in the workspace, for scripts and editors.
 */
package dev.gleaner.app.api;
