package dev.loupe.core.port;

/**
 * How the reviewer's desk stands, for the status bar.
 *
 * @param queue      the queue work is fetched from; null before one is chosen
 * @param ready      items leased, downloaded and prepared, waiting for the reviewer
 * @param queueEmpty the server had nothing more to lease from the queue last time it was asked
 * @param online     the server answered the last call made to it
 * @param unsent     decisions kept on this machine that the server has not confirmed yet
 * @param problem    what stops the desk from working, as a sentence; empty when nothing does
 */
public record DeskStatus(String queue, int ready, boolean queueEmpty, boolean online, int unsent, String problem) {
    public DeskStatus {
        problem = problem == null ? "" : problem;
    }
}
