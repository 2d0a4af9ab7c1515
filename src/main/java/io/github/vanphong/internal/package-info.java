/**
 * Not API: the persistent structures the library's packages share, in a package the module does not export.
 * Applications on the class path can see it, but it may change in any release; nothing in the public API returns or
 * takes its types.
 *
 * <p>A structure lives here only when more than one package needs it and Java gives no other way to share it: a
 * package-private class cannot cross packages, and a copy in each would be the same code four times.
 */
@NullMarked
package io.github.vanphong.internal;

import org.jspecify.annotations.NullMarked;
