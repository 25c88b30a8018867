package org.policydesk.web;

import java.util.Optional;

import org.policydesk.workflow.Actor;

/**
 * A feature's part of the home page, below the tasks. It is drawn with the feature's own view,
 * which finds what {@link #modelFor} returned as {@code section}; a feature with nothing for this
 * person returns empty and the home page shows nothing of it.
 */
public interface HomeSection {

    /** The view that draws it, such as {@code escalation/home-section}. */
    String view();

    Optional<Object> modelFor(Actor actor);
}
