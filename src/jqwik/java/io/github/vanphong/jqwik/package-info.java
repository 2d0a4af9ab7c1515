/**
 * The one provider through which jqwik, on the module path, finds every arbitrary of {@code
 * io.github.vanphong.testing}. The package is not exported: applications use {@code io.github.vanphong.testing}.
 */
@NullMarked
package io.github.vanphong.jqwik;

import org.jspecify.annotations.NullMarked;
