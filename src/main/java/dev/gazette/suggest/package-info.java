/**
 * Tag suggestions learned from the reader's own tagging, on the machine: tf-idf features of an
 * article's words (title weighted), source and countries, one linear support-vector machine per
 * tag trained by dual coordinate descent, and a threshold per tag calibrated on the newest tagged
 * articles. Pure Java over the model's records; no network, no downloaded model. Used by the
 * service only.
 */
package dev.gazette.suggest;
