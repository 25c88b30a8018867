package org.policydesk.web;

import java.util.function.Predicate;

import org.policydesk.workflow.Actor;

/**
 * An entry in the service navigation, contributed by a feature as a bean and shown only to the
 * people {@code shownTo} accepts. Showing a link is a courtesy: the page behind it checks again.
 */
public record NavigationLink(int order, String label, String path, Predicate<Actor> shownTo) {
}
