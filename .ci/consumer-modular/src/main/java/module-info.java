/** An application on the module path that uses the library and tests itself with its generators. */
module io.github.vanphong.suite {
  requires io.github.vanphong;

  exports io.github.vanphong.suite;
}
