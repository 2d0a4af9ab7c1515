package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PostTest {

  private static final UnitId TU = UnitId.of("HG-TU");

  @Test
  void aPostIsAKindInAUnit() {
    Post post = Post.of(TU, PostKind.STANDING_DEPUTY_SECRETARY);
    assertThat(post.unit()).isEqualTo(TU);
    assertThat(post.kind()).isEqualTo(PostKind.STANDING_DEPUTY_SECRETARY);
    assertThat(post).hasToString("Standing Deputy Secretary of HG-TU");
  }

  @Test
  void postsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Post.of(TU, PostKind.SECRETARY), Post.of(TU, PostKind.SECRETARY))
        .addEqualityGroup(Post.of(TU, PostKind.CHAIR))
        .addEqualityGroup(Post.of(UnitId.of("HG-HDND"), PostKind.SECRETARY))
        .testEquals();
    new NullPointerTester().setDefault(UnitId.class, TU).testAllPublicStaticMethods(Post.class);
  }
}
