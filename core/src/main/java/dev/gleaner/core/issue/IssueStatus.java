package dev.gleaner.core.issue;

/** Whether an issue is still being composed or has been published. */
public enum IssueStatus {
    DRAFT,
    PUBLISHED
}
