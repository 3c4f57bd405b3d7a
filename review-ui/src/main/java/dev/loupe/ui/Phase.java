package dev.loupe.ui;

/** What the workstation is doing, as the reviewer would say it. */
public enum Phase {
    /** Reading queues from the server for the first time. */
    CONNECTING,
    /** No item is open; the reviewer picks a queue and starts. */
    CHOOSING,
    /** Nothing is ready yet: the next item is being leased, downloaded and prepared. */
    WAITING,
    /** Opening an item from the ready buffer. */
    LOADING,
    /** An item is on screen and can be decided. */
    REVIEWING,
    /** A decision is being kept on this machine, before it goes to the server. */
    SENDING,
    /** The chosen queue has nothing waiting. */
    QUEUE_EMPTY
}
