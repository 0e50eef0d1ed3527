/**
 * The actions of Gleaner, once, for every front end: the command line and the window call the same
 * use case for the same action. A use case takes plain arguments and a plain {@link
 * dev.gleaner.app.usecase.Progress}, and returns a result; it knows nothing of JavaFX, the status
 * bar or how its result is printed. It runs on the caller's thread, so the window calls it from a
 * background task, never from the FX thread.
 */
package dev.gleaner.app.usecase;
