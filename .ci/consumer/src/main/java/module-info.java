module io.github.vanphong.consumer {
  requires io.github.vanphong;
}
