package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The files an office's archive keeps track of (hồ sơ của lưu trữ cơ quan), by identifier: for example the files of
 * Văn phòng Tỉnh ủy, from which the archivist lists, in 2027, the files of 2016 whose retention has ended (to propose
 * for disposal) and the permanent files to transfer to the historical archive.
 *
 * <p>{@link #dueForDisposal(Year)} lists the files handed over whose retention has run by a year ({@link
 * ArchiveFile#disposableFrom()}); proposing them is each file's own command, which the appraisal council's approval
 * must follow before any is destroyed ({@link ArchiveRule#DESTRUCTION_ONLY_AFTER_APPROVAL}). {@link #dueForTransfer()}
 * lists the permanent files handed over and not yet transferred; the time the archive law gives for the transfer was
 * not read and is not computed. {@link #summary(LocalDate)} counts the files by state on a day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ArchiveRegister {

  private static final ArchiveRegister EMPTY = new ArchiveRegister(ImmutableSortedMap.of());

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<ArchiveFileId, ArchiveFile> files;

  private ArchiveRegister(ImmutableSortedMap<ArchiveFileId, ArchiveFile> files) {
    this.files = files;
  }

  /**
   * Returns the register of no file.
   *
   * @return the empty register, not null
   */
  public static ArchiveRegister empty() {
    return EMPTY;
  }

  /**
   * Returns the register of the given files.
   *
   * @param files the files, each identifier once, none null
   * @return the register, not null
   * @throws IllegalArgumentException if two files have the same identifier
   */
  public static ArchiveRegister of(Iterable<ArchiveFile> files) {
    TreeMap<ArchiveFileId, ArchiveFile> byId = new TreeMap<>();
    for (ArchiveFile file : Arguments.list(files, "files")) {
      checkArgument(byId.put(file.id(), file) == null, "a register holds each file once: %s is listed twice", file.id());
    }
    return new ArchiveRegister(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * Returns this register with a file, in the place of the file of the same identifier if there is one: the way a
   * file's new step is recorded.
   *
   * @param file the file, not null
   * @return a new register, not null
   */
  public ArchiveRegister with(ArchiveFile file) {
    requireNonNull(file, "file");
    TreeMap<ArchiveFileId, ArchiveFile> byId = new TreeMap<>(files);
    byId.put(file.id(), file);
    return new ArchiveRegister(ImmutableSortedMap.copyOf(byId));
  }

  /**
   * Returns the files, in the order of their identifiers.
   *
   * @return the files, not null
   */
  public ImmutableList<ArchiveFile> files() {
    return files.values().asList();
  }

  /**
   * Returns the file of an identifier.
   *
   * @param id the identifier, not null
   * @return the file, or empty if the register has none of that identifier
   */
  public Optional<ArchiveFile> file(ArchiveFileId id) {
    return Optional.ofNullable(files.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the files handed over whose retention has run by a year: kept for a limited period, closed, and
   * disposable from that year or earlier. These are the files to propose for disposal.
   *
   * @param year the year, not null
   * @return the files, in the order of their identifiers, not null
   */
  public ImmutableList<ArchiveFile> dueForDisposal(Year year) {
    requireNonNull(year, "year");
    return files.values().stream()
        .filter(f -> f.state() == ArchiveFileState.HANDED_OVER)
        .filter(f -> f.disposableFrom().map(from -> !from.isAfter(year)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the permanent files handed over and not yet transferred to the historical archive.
   *
   * @return the files, in the order of their identifiers, not null
   */
  public ImmutableList<ArchiveFile> dueForTransfer() {
    return files.values().stream()
        .filter(f -> f.state() == ArchiveFileState.HANDED_OVER && f.period().isPermanent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the files counted by state at the end of a day.
   *
   * @param day the day, not null
   * @return the summary, {@link ArchiveSummary#empty()} if no file was open by then, not null
   */
  public ArchiveSummary summary(LocalDate day) {
    requireNonNull(day, "day");
    return files.values().stream().collect(ArchiveSummary.collector(day));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArchiveRegister other && files.equals(other.files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }

  /**
   * Returns the number of files: "ArchiveRegister[12 files]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ArchiveRegister[" + files.size() + " files]";
  }
}
