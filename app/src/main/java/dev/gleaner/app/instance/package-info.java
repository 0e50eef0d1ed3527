/**
 * One Gleaner per workspace: the running Gleaner (the window or {@code gleaner serve}) listens on a
 * Unix domain socket in the workspace, and a command started meanwhile forwards its arguments there
 * and prints what the running Gleaner answers, from its warm index.
 */
package dev.gleaner.app.instance;
