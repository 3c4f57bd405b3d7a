package dev.loupe.server;

/**
 * The resources of the work model beyond leasing and deciding: keeping and giving back leases, resolving
 * escalations, the audit log and conflicts, and users. Grouped so that the routes take them as one.
 */
record WorkflowResources(LeaseResource leases, ResolutionResource resolutions, OversightResource oversight,
        UserResource users) {
}
