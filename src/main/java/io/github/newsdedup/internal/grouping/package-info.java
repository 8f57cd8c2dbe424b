/** Grouping of verified pairs into groups of copies around a representative, without chaining. */
package io.github.newsdedup.internal.grouping;
