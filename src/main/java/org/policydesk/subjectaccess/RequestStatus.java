package org.policydesk.subjectaccess;

/** Where a request stands: received, its pack produced and waiting for the check, or answered. */
public enum RequestStatus {
    RECEIVED, PACK_READY, SENT
}
