package dev.loupe.ui;

/** What the workstation is doing, as the reviewer would say it. */
public enum Phase {
    /** Reading queues from the server for the first time. */
    CONNECTING,
    /** No item is open; the reviewer picks a queue and starts. */
    CHOOSING,
    /** Leasing the next item and preparing its pages. */
    LOADING,
    /** An item is on screen and can be decided. */
    REVIEWING,
    /** A decision is on its way to the server. */
    SENDING,
    /** The chosen queue has nothing waiting. */
    QUEUE_EMPTY
}
