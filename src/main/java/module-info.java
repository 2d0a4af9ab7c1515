/**
 * vanphong: the rules of a Vietnamese party committee office (văn phòng cấp ủy) as a pure Java library.
 *
 * <p>Runtime dependencies are Guava and the SLF4J API. Immutables and JSpecify are needed at compile time only;
 * jqwik is needed only by {@code io.github.vanphong.testing}, for users' property-based suites, and Jackson 3 only
 * by {@code io.github.vanphong.json}, for applications that write and read the library's values as JSON.
 */
module io.github.vanphong {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  // @Immutable marks public value types for Error Prone's checks, in theirs as in ours: transitive, like JSpecify,
  // and present wherever Guava is (a dependency of Guava's own).
  requires static transitive com.google.errorprone.annotations;
  requires static tools.jackson.databind; // only io.github.vanphong.json, for applications that use JSON
  // Only io.github.vanphong.testing uses jqwik. Its providers are registered in META-INF/services for the class
  // path; on the module path the module io.github.vanphong.jqwik (the jar of classifier jqwik) provides them.
  requires static net.jqwik.api;
  requires static net.jqwik.time;
  requires static java.compiler; // javax.annotation.processing.Generated on generated classes

  exports io.github.vanphong;
  exports io.github.vanphong.asset;
  exports io.github.vanphong.calendar;
  exports io.github.vanphong.document;
  exports io.github.vanphong.election;
  exports io.github.vanphong.finance;
  exports io.github.vanphong.json;
  exports io.github.vanphong.law;
  exports io.github.vanphong.meeting;
  exports io.github.vanphong.money;
  exports io.github.vanphong.organization;
  exports io.github.vanphong.petition;
  exports io.github.vanphong.programme;
  exports io.github.vanphong.reception;
  exports io.github.vanphong.report;
  exports io.github.vanphong.staffing;
  exports io.github.vanphong.testing;
}
