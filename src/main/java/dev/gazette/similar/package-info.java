/**
 * Near-duplicate detection for article bodies: word shingles, MinHash signatures cut into
 * locality-sensitive buckets (so candidates come from an index lookup, never from comparing
 * against every article) and the containment similarity that confirms a candidate. Pure
 * functions over strings and arrays; depends on nothing of ours but may be used by the service.
 */
package dev.gazette.similar;
